// The debrief's engine parts: craft profile, what-ifs, reflection questions and export.
import { describe, expect, it } from 'vitest';
import { modelScenario } from '../test-support/fixtures';
import { EXPORT_FORMAT, gameCsv, gameExport } from './exportGame';
import { choicePoint, craftKind, craftProfile, quadrantPoint } from './profile';
import { reflectionQuestions } from './reflection';
import { applyChoice, startGame } from './rules';
import type { Choice, GameState } from './state';
import { whatIfs } from './whatIf';

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
    const silo = play([{ strategy: 'silo' }]).history[0]!;
    expect(choicePoint(silo).x).toBeLessThan(0); // inside-out
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
    const played: Choice[] = [{ strategy: 'silo' }, { strategy: 'align' }, { strategy: 'escalate' }];
    const ifs = whatIfs(scenario, played);
    expect(ifs.map((w) => w.situationId)).toEqual(['situatie-1', 'situatie-2', 'situatie-3']);
    const second = ifs[1]!;
    expect(second.alternatives.filter((a) => a.chosen)).toHaveLength(1);
    expect(second.alternatives.map((a) => a.choice.strategy)).toEqual(expect.arrayContaining(['navigate-rules', 'align', 'prioritise', 'escalate', 'silo']));
    // The chosen alternative matches what really happened; silo debt from situation 1 shows in all.
    const real = play(played).history[1]!;
    const chosen = second.alternatives.find((a) => a.chosen)!;
    expect(chosen.parts).toEqual(real.parts);
    expect(second.alternatives.find((a) => a.choice.strategy === 'navigate-rules')!.parts.some((p) => p.rule === 'silo-debt')).toBe(true);
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
