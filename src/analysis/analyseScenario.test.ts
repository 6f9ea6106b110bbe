// The analyser on small fixtures; the shipped library passes it in `npm run analyze`, which
// `npm test` runs before the unit tests.
import { describe, expect, it } from 'vitest';
import { minimalScenario, modelScenario } from '../test-support/fixtures';
import { legalChoices, previewChoice, startGame } from '../engine';
import { analyseScenario, analysisProblems, libraryProblems, percentileOf, policies, type Analysis } from './analyseScenario';
import { formatAnalysis } from './formatAnalysis';

const quick = { games: 2000 };

describe('analyseScenario', () => {
  it('searches the whole tree of a small scenario: best play, every option valued, policies placed among random games', () => {
    const a = analyseScenario(minimalScenario(), quick);
    expect(a.optimum.choices).toHaveLength(2);
    expect(a.random.games).toBe(2000);
    expect(a.random.endings.reduce((sum, e) => sum + e.share, 0)).toBeCloseTo(1, 6);
    for (const s of a.situations) {
      expect(s.at).not.toBe('never-met');
      expect(s.options.map((o) => o.strategy)).toEqual(['navigate-rules', 'align', 'prioritise', 'escalate', 'silo']);
      expect(Math.max(...s.options.map((o) => o.best))).toBeLessThanOrEqual(a.optimum.score);
    }
    expect(a.situations[0]!.options.some((o) => o.best === a.optimum.score)).toBe(true);
    expect(a.policies.map((p) => p.name)).toContain('greedy: the best lowest meter after this step');
    for (const p of a.policies) expect(p.percentile).toBeGreaterThanOrEqual(0);
    // Two situations cannot give the best play four strategies.
    expect(analysisProblems(a).some((p) => p.includes('strategies'))).toBe(true);
    expect(formatAnalysis(a)).toContain('whole game tree');
  });

  it('gives the same report for the same seed', () => {
    expect(analyseScenario(modelScenario(), { ...quick, quick: true })).toEqual(analyseScenario(modelScenario(), { ...quick, quick: true }));
  });

  it('finds the strain crisis and the silo follow-up reachable, and values them on the best line through them', () => {
    const a = analyseScenario(modelScenario(), quick);
    expect(a.unreachable).toEqual([]);
    for (const id of ['spanningscrisis', 'silo-gevolg']) expect(a.situations.find((s) => s.id === id)!.at).toBe('best-line-through');
  });

  it('reports a situation whose condition can never hold', () => {
    const scenario = minimalScenario((raw) => {
      (raw.situations as Record<string, unknown>[])[1]!.when = { meters: { trust: { min: 101 } } };
    });
    const a = analyseScenario(scenario, quick);
    expect(a.unreachable).toEqual(['situatie-2']);
    expect(analysisProblems(a)).toContain('situation "situatie-2" is never reached');
  });

  it('reports a recipe: a strategy that realises the proposal on its own', () => {
    const scenario = modelScenario((raw) => {
      for (const s of raw.situations as { options: Record<string, Record<string, unknown>> }[]) {
        s.options.silo!.effect = { legitimacy: 15, efficiency: 20, trust: 20, initiative: 20 };
        s.options.silo!.journey = 'advance';
      }
    });
    const a = analyseScenario(scenario, quick);
    expect(a.policies.find((p) => p.name === 'always silo')!.realised).toBe(true);
    expect(analysisProblems(a).join('\n')).toMatch(/"always silo" realises the proposal/);
  });

  it('plays a cautious player who takes the option whose preview moves least, the first of equals', () => {
    const scenario = modelScenario();
    const cautious = policies(scenario).find((p) => p.name === 'cautious: the smallest preview movement')!;
    const state = startGame(scenario);
    const choices = legalChoices(scenario, state);
    const size = (c: (typeof choices)[number]) => Object.values(previewChoice(scenario, state, c)).reduce((a: number, b) => a + b, 0);
    const standing = choices.filter((c) => !c.perCase);
    const least = Math.min(...standing.map(size));
    expect(cautious.pick(choices, state)).toEqual(standing.find((c) => size(c) === least));
    // Its size is below some other option's, or the pick would say nothing.
    expect(Math.max(...standing.map(size))).toBeGreaterThan(least);
  });

  it('places a score among random games, ties counted half', () => {
    const scores = Float64Array.from([0, 0, 100, 200, 200, 300]);
    expect(percentileOf(scores, 200)).toBeCloseTo(((3 + 1) / 6) * 100);
    expect(percentileOf(scores, 0)).toBeCloseTo((1 / 6) * 100);
    expect(percentileOf(scores, 400)).toBe(100);
  });

  it('asks of the library that every strategy be the unique best somewhere', () => {
    const a = analyseScenario(minimalScenario(), quick);
    const problems = libraryProblems([a]);
    expect(problems.length).toBeGreaterThan(0);
    const every = { ...a, situations: (['navigate-rules', 'align', 'prioritise', 'escalate', 'silo'] as const).map((s) => ({ ...a.situations[0]!, bestStrategy: s, margin: 5 })) } satisfies Analysis;
    expect(libraryProblems([every])).toEqual([]);
  });
});
