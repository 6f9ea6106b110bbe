import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../scenario/shipped';
import { minimalScenario, modelScenario } from '../test-support/fixtures';
import { analyseScenario, analysisProblems } from './analyseScenario';
import { formatAnalysis } from './formatAnalysis';

describe('analyseScenario', () => {
  it('enumerates a small scenario exhaustively and reports its endings and values', () => {
    const a = analyseScenario(minimalScenario());
    expect(a.method).toBe('exhaustive');
    // Two situations cannot give all five strategies a place where they are best.
    expect(analysisProblems(a).some((p) => p.includes('never the best choice'))).toBe(true);
    expect(a.endings.reduce((sum, e) => sum + e.share, 0)).toBeCloseTo(1, 6);
    for (const s of a.situations) expect(s.reach).toBeCloseTo(1, 9);
    expect(a.unreachable).toEqual([]);
    expect(a.deadEnds).toBe(0);
    expect(formatAnalysis(a)).toContain('exhaustive');
  });

  it('samples with a seed when the state space is too large, and the same seed gives the same report', () => {
    const one = analyseScenario(modelScenario(), { stateLimit: 10, samples: 2000, seed: 7 });
    const two = analyseScenario(modelScenario(), { stateLimit: 10, samples: 2000, seed: 7 });
    expect(one.method).toBe('sampled');
    expect(one.explored).toBe(2000);
    expect(one).toEqual(two);
  });

  it('finds the strain crisis and the silo follow-up reachable in the rule fixture', () => {
    const a = analyseScenario(modelScenario(), { samples: 20_000 });
    expect(a.unreachable).toEqual([]);
    expect(a.situations.find((s) => s.id === 'spanningscrisis')!.reach).toBeGreaterThan(0);
    expect(a.situations.find((s) => s.id === 'silo-gevolg')!.reach).toBeGreaterThan(0);
  });

  it('reports a situation whose condition can never hold', () => {
    const scenario = minimalScenario((raw) => {
      const situations = raw.situations as Record<string, unknown>[];
      situations[1]!.when = { meters: { trust: { min: 101 } } };
    });
    const a = analyseScenario(scenario);
    expect(a.unreachable).toEqual(['situatie-2']);
    expect(analysisProblems(a)[0]).toBe('situation "situatie-2" is never reached');
  });

  it('reports a strategy that wins everywhere', () => {
    const scenario = minimalScenario((raw) => {
      for (const s of raw.situations as { options: Record<string, Record<string, unknown>> }[]) {
        s.options.silo!.effect = { legitimacy: 15, efficiency: 15, trust: 15, initiative: 15 };
        s.options.silo!.journey = 'advance';
      }
    });
    const a = analyseScenario(scenario);
    expect(a.dominant.map((d) => d.strategy)).toContain('silo');
    expect(analysisProblems(a).join('\n')).toMatch(/"silo" dominates/);
  });
});

const shipped = await shippedCatalog();

describe('every shipped scenario passes the analyser', () => {
  const playable = shipped.flatMap((e) => (e.ok ? [e.scenario] : []));
  it.each(playable.map((s) => [s.id, s] as const))('%s has no unreachable situation, dead end or dominant strategy', (_id, scenario) => {
    const a = analyseScenario(scenario);
    // Includes: every strategy is the best choice somewhere.
    expect(analysisProblems(a), formatAnalysis(a)).toEqual([]);
  }, 60_000);
});
