// The debrief's engine parts: craft profile, what-ifs, reflection questions and export.
import { describe, expect, it } from 'vitest';
import { modelScenario } from '../test-support/fixtures';
import { EXPORT_FORMAT, gameCsv, gameExport } from './exportGame';
import { choicePoint, craftKind, craftProfile, quadrantPoint } from './profile';
import { reflectionQuestions } from './reflection';
import { applyChoice, startGame } from './rules';
import type { Choice, GameState } from './state';
import { whatIfs } from './whatIf';
import { lookAhead } from './lookAhead';
import { classOfScore, createGameSearch } from './search';

const scenario = modelScenario();
function play(choices: Choice[]): GameState {
  return choices.reduce((s, c) => (s.ending ? s : applyChoice(scenario, s, c).state), startGame(scenario));
}

describe('craft profile', () => {
  it('places the quadrants as in the paper’s Figure 2', () => {
    expect(quadrantPoint('lawful')).toEqual({ x: -1, y: -1 });
    expect(quadrantPoint('performing')).toEqual({ x: -1, y: 1 });
    expect(quadrantPoint('networking')).toEqual({ x: 1, y: 1 });
    expect(quadrantPoint('responsive')).toEqual({ x: 1, y: -1 });
  });

  it('pulls towards the perspective whose values a choice served', () => {
    const lawful = play([{ strategy: 'prioritise', perspective: 'lawful' }]).history[0]!;
    expect(craftKind(choicePoint(lawful))).toBe('lawful');
    // The fixture's department leans performing: working in your silo serves its values.
    const silo = play([{ strategy: 'silo' }]).history[0]!;
    expect(choicePoint(silo)).toEqual(quadrantPoint('performing'));
    const align = play([{ strategy: 'align' }, { strategy: 'align' }, { strategy: 'align' }]);
    expect(craftProfile(align.history).final.x).toBeGreaterThan(0); // outside-in
  });

  it('draws a path with one point per situation and calls the centre bridging', () => {
    const state = play([{ strategy: 'prioritise', perspective: 'lawful' }, { strategy: 'prioritise', perspective: 'networking' }]);
    const profile = craftProfile(state.history);
    expect(profile.path).toHaveLength(2);
    expect(craftKind({ x: 0.05, y: -0.1 })).toBe('bridging');
  });
});

describe('what-ifs', () => {
  it('tries every other choice from the state the player was in', () => {
    const played: Choice[] = [{ strategy: 'silo' }, { strategy: 'silo' }, { strategy: 'escalate' }];
    const ifs = whatIfs(scenario, played);
    expect(ifs.map((w) => w.situationId)).toEqual(['situatie-1', 'situatie-2', 'situatie-3']);
    const third = ifs[2]!;
    expect(third.alternatives.filter((a) => a.chosen)).toHaveLength(1);
    expect(third.alternatives.map((a) => a.choice.strategy)).toEqual(expect.arrayContaining(['navigate-rules', 'align', 'prioritise', 'escalate', 'silo']));
    // The chosen alternative matches what really happened; the silo debt from before shows in all.
    const real = play(played).history[2]!;
    const chosen = third.alternatives.find((a) => a.chosen)!;
    expect(chosen.parts).toEqual(real.parts);
    expect(third.alternatives.find((a) => a.choice.strategy === 'navigate-rules')!.parts.some((p) => p.rule === 'silo-debt')).toBe(true);
  });
});

describe('look-ahead', () => {
  it('names, for every option at every situation played, the best ending still within reach', () => {
    const played: Choice[] = [{ strategy: 'align' }, { strategy: 'silo' }, { strategy: 'prioritise', perspective: 'lawful' }];
    const seen: number[] = [];
    const ahead = lookAhead(scenario, [...play(played).history.map((c) => c.choice)], (_, i) => seen.push(i));
    expect(seen).toEqual([0, 1, 2]);
    expect(ahead.map((a) => a.situationId)).toEqual(['situatie-1', 'situatie-2', 'situatie-3']);
    for (const entry of ahead) expect(entry.options.length).toBeGreaterThanOrEqual(8);
    // The same answer as a search of the whole tree from that state.
    const search = createGameSearch(scenario);
    const state = play(played.slice(0, 1));
    const option = ahead[1]!.options.find((o) => o.choice.strategy === 'navigate-rules')!;
    expect(option.best).toEqual(classOfScore(search.best(applyChoice(scenario, state, { strategy: 'navigate-rules' }).state, 'class')));
  });
});

describe('reflection questions', () => {
  it('asks about what this game gives reason to, then the paper’s general questions', () => {
    const state = play([{ strategy: 'silo' }, { strategy: 'silo' }, { strategy: 'escalate' }, { strategy: 'escalate' }]);
    const ids = reflectionQuestions(state).map((q) => q.id);
    expect(ids).toContain('barriers-silo');
    expect(ids).toContain('escalate-hierarchy');
    expect(ids.length).toBeLessThanOrEqual(6);
    expect(reflectionQuestions(startGame(scenario)).map((q) => q.id)).toEqual(['black-box', 'recognise-perspectives', 'form-matters', 'strengthen']);
  });
});

describe('export', () => {
  const state = play([{ strategy: 'align' }, { strategy: 'prioritise', perspective: 'responsive' }, { strategy: 'silo' }, { strategy: 'align' }, { strategy: 'escalate' }]);
  it('exports the game as JSON that matches the game played', () => {
    const data = gameExport(scenario, state, '2026-11-29T10:00:00.000Z');
    expect(data.format).toBe(EXPORT_FORMAT);
    expect(data.situations.map((s) => s.choice.strategy)).toEqual(state.history.map((c) => c.choice.strategy));
    expect(data.finalMeters).toEqual(state.meters);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
  it('exports CSV with one row per situation and no personal data', () => {
    const csv = gameCsv(scenario, state);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(state.history.length + 1);
    expect(lines[0]).toMatch(/^n,scenario,situation,dilemma,strategy,perspective/);
    expect(lines[2]).toContain('prioritise,responsive');
  });
});
