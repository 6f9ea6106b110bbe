// The consequence model rule by rule in play, on a fixture that has a silo follow-up, a strain
// crisis, flags, a reward and a stance change (src/scenario/fixtures/model.json, consultation).
import { describe, expect, it } from 'vitest';
import { modelScenario } from '../test-support/fixtures';
import { holds } from './conditions';
import { REALISED } from './journey';
import { STRAIN_CRISIS, mostNeglected } from './prioritise';
import { applyChoice, isLegalChoice, legalChoices, previewChoice, startGame } from './rules';
import type { Choice, GameState } from './state';

const scenario = modelScenario();

function play(choices: Choice[], from: GameState = startGame(scenario)): GameState {
  return choices.reduce((state, choice) => applyChoice(scenario, state, choice).state, from);
}
const last = (state: GameState) => state.history.at(-1)!;
const rules = (state: GameState) => last(state).parts.map((p) => p.rule);
const part = (state: GameState, rule: string) => last(state).parts.find((p) => p.rule === rule);

describe('prioritise: strain, switch, crisis and per case (Thacher & Rein 2004)', () => {
  const lawful: Choice = { strategy: 'prioritise', perspective: 'lawful' };

  it('builds strain on the value in the opposite corner when the same perspective comes first again', () => {
    const once = play([lawful]);
    expect(once.strain).toEqual({ perspective: 'lawful', level: 0 });
    expect(rules(once)).not.toContain('strain');
    const twice = play([lawful], once);
    expect(twice.strain.level).toBe(1);
    expect(part(twice, 'strain')).toMatchObject({ perspective: 'lawful', level: 1, meter: mostNeglected('lawful'), delta: { trust: -5 } });
  });

  it('keeps strain through other choices, and a switch releases it', () => {
    const strained = play([lawful, { strategy: 'navigate-rules' }, lawful]);
    expect(strained.strain.level).toBe(1);
    const switched = play([{ strategy: 'prioritise', perspective: 'responsive' }], strained);
    expect(switched.strain).toEqual({ perspective: 'responsive', level: 0 });
    expect(part(switched, 'switch')).toMatchObject({ from: 'lawful', released: 1, meter: 'trust', delta: { trust: 5 } });
  });

  it('inserts the strain crisis past the threshold, closes the strained perspective there and forces the switch', () => {
    const state = play([lawful, lawful, lawful]);
    expect(state.strain.level).toBe(STRAIN_CRISIS);
    expect(state.current).toBe('spanningscrisis');
    expect(isLegalChoice(scenario, state, lawful)).toBe(false);
    expect(() => applyChoice(scenario, state, lawful)).toThrow(/not open/);
    const after = play([{ strategy: 'escalate' }], state);
    expect(after.strain).toEqual({ perspective: null, level: 0 });
    expect(rules(after)).toContain('switch');
    // The crisis is played once; the story goes on where it was.
    expect(after.current).toBe('situatie-5');
  });

  it('offers deciding per case only when an earlier situation had the same dilemma', () => {
    expect(legalChoices(scenario, startGame(scenario)).some((c) => c.perCase)).toBe(false);
    const third = play([{ strategy: 'align' }, { strategy: 'align' }]);
    expect(third.current).toBe('situatie-3'); // rules-vs-flexibility again, like situatie-1
    const perCase: Choice = { strategy: 'prioritise', perspective: 'networking', perCase: true };
    expect(isLegalChoice(scenario, third, perCase)).toBe(true);
    const after = play([perCase], third);
    expect(part(after, 'precedent')).toMatchObject({ situationId: 'situatie-1', delta: { legitimacy: 5, efficiency: -5 } });
    expect(part(after, 'priority')).toMatchObject({ perCase: true, delta: { trust: 5, legitimacy: -5 } });
    expect(after.strain.level).toBe(0);
  });
});

describe('silo: quick relief for your own department now, its price later', () => {
  it('helps the department, builds debt, erodes trust from two debts and brings the follow-up', () => {
    const one = play([{ strategy: 'silo' }]);
    expect(part(one, 'silo-relief')).toMatchObject({ perspective: 'performing', meter: 'efficiency', delta: { efficiency: 10 } });
    expect(one.siloDebt).toBe(1);
    expect(one.journey.status).toBe('stalled');
    const two = play([{ strategy: 'silo' }, { strategy: 'silo' }, { strategy: 'navigate-rules' }]);
    expect(part(two, 'silo-debt')).toMatchObject({ debt: 2, delta: { trust: -5 } });
    expect(two.current).toBe('silo-gevolg');
    expect(scenario.situations.find((s) => s.id === 'silo-gevolg')?.dilemma).toBe('specialisation-vs-integration');
  });

  it('skips the follow-up when there is no silo debt at its turn', () => {
    const state = play([{ strategy: 'align' }, { strategy: 'align' }, { strategy: 'escalate' }]);
    expect(state.current).toBe('situatie-5');
    expect(state.skipped).toEqual(['silo-gevolg']);
  });

  it('is paid back by aligning, and strands the rest at the end', () => {
    const repaid = play([{ strategy: 'silo' }, { strategy: 'align' }]);
    expect(repaid.siloDebt).toBe(0);
    expect(rules(repaid)).toContain('silo-repaid');
    const end = play([{ strategy: 'align' }, { strategy: 'navigate-rules' }, { strategy: 'escalate' }, { strategy: 'prioritise', perspective: 'networking' }, { strategy: 'silo' }]);
    expect(end.ending).not.toBeNull();
    expect(part(end, 'stranded-input')).toMatchObject({ debt: 1, delta: { initiative: -5 } });
  });
});

describe('escalate: legitimacy covered, time lost, the hierarchy decides', () => {
  it('lets an undecided hierarchy sit on it, a choice may win it over, and repeating wears thin', () => {
    const first = play([{ strategy: 'escalate' }]);
    expect(first.journey.status).toBe('stalled');
    expect(rules(first)).toEqual(expect.arrayContaining(['time']));
    const second = play([{ strategy: 'escalate' }], first);
    // Situation 2's escalate option sets the stance to supportive and a flag.
    expect(second.stance).toBe('supportive');
    expect(second.flags).toContain('council-informed');
    expect(part(second, 'escalation-fatigue')).toMatchObject({ count: 2, delta: { legitimacy: -5 } });
    const third = play([{ strategy: 'escalate' }], second);
    expect(part(third, 'hierarchy')).toMatchObject({ stance: 'supportive' });
    expect(part(third, 'time')).toMatchObject({ again: true, delta: { efficiency: -10 } });
    // The third time, the proposal waits, and even a supportive hierarchy turns undecided.
    expect(last(third).move).toBe('stall');
    expect(third.stance).toBe('undecided');
  });
});

describe('align: costs time, builds trust, can pool budgets', () => {
  it('sets budgets-pooled in a specialisation-vs-integration situation, which a later reward reads', () => {
    const pooled = play([{ strategy: 'silo' }, { strategy: 'silo' }, { strategy: 'navigate-rules' }, { strategy: 'align' }]);
    expect(last(pooled).situationId).toBe('silo-gevolg');
    expect(pooled.flags).toContain('budgets-pooled');
    expect(last(pooled).flagsSet).toEqual(['budgets-pooled']);
    const rewarded = play([{ strategy: 'align' }], pooled);
    expect(part(rewarded, 'reward')).toMatchObject({ delta: { efficiency: 5 } });
    expect(rules(play([{ strategy: 'align' }, { strategy: 'navigate-rules' }, { strategy: 'escalate' }, { strategy: 'align' }]))).not.toContain('reward');
  });

  it('costs double time and holds the proposal up the third time', () => {
    const state = play([{ strategy: 'align' }, { strategy: 'align' }, { strategy: 'align' }]);
    expect(part(state, 'time')).toMatchObject({ again: true });
    expect(last(state).move).toBe('stall');
  });
});

describe('pressure, waiting and the participation form', () => {
  it('runs the clock down from the sixth situation', () => {
    const state = play([{ strategy: 'align' }, { strategy: 'navigate-rules' }, { strategy: 'escalate' }, { strategy: 'prioritise', perspective: 'networking' }]);
    expect(state.history.every((c) => !c.parts.some((p) => p.rule === 'pressure'))).toBe(true);
    const late = play([{ strategy: 'silo' }, { strategy: 'silo' }, { strategy: 'navigate-rules' }, { strategy: 'align' }, { strategy: 'align' }, { strategy: 'prioritise', perspective: 'networking' }]);
    expect(last(late).parts.some((p) => p.rule === 'pressure')).toBe(true);
  });

  it('costs initiative while the proposal waits', () => {
    const stalled = play([{ strategy: 'silo' }]);
    expect(part(play([{ strategy: 'align' }], stalled), 'waiting')).toMatchObject({ delta: { initiative: -5 } });
  });
});

describe('the proposal’s journey', () => {
  it('needs five steps forward and not three changes to be realised', () => {
    const realised = play([{ strategy: 'align' }, { strategy: 'navigate-rules' }, { strategy: 'prioritise', perspective: 'networking' }, { strategy: 'prioritise', perspective: 'responsive' }, { strategy: 'navigate-rules' }]);
    expect(realised.ending).toMatchObject({ kind: 'completed', fate: 'realised' });
    expect(realised.journey.position).toBeLessThanOrEqual(REALISED);
  });

  it('names the fate in the ending', () => {
    const state = play([{ strategy: 'align' }, { strategy: 'navigate-rules' }, { strategy: 'escalate' }, { strategy: 'align' }, { strategy: 'silo' }]);
    expect(state.ending).toMatchObject({ kind: 'completed', fate: 'dropped' });
  });
});

describe('conditions', () => {
  it('checks every listed part', () => {
    const state = play([{ strategy: 'silo' }]);
    expect(holds({ siloDebt: { min: 1 } }, state)).toBe(true);
    expect(holds({ siloDebt: { min: 1 }, flags: ['council-informed'] }, state)).toBe(false);
    expect(holds({ chose: { situation: 'situatie-1', strategies: ['silo', 'align'] } }, state)).toBe(true);
    expect(holds({ chose: { situation: 'situatie-2', strategies: ['silo'] } }, state)).toBe(false);
    expect(holds({ meters: { efficiency: { min: 55 } }, stance: ['undecided'] }, state)).toBe(true);
    expect(holds({ proposal: ['stalled'] }, state)).toBe(true);
  });
});

describe('effect preview', () => {
  it('shows how strongly each meter moves, never the direction', () => {
    const start = startGame(scenario);
    const preview = previewChoice(scenario, start, { strategy: 'silo' });
    const actual = applyChoice(scenario, start, { strategy: 'silo' }).consequence;
    for (const [meter, strength] of Object.entries(preview)) {
      const size = Math.abs(actual.after[meter as keyof typeof actual.after] - actual.before[meter as keyof typeof actual.before]);
      expect(strength === 0).toBe(size === 0);
    }
  });
});
