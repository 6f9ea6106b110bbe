// The consequence model rule by rule, on a fixture that has a silo follow-up, a strain crisis,
// flags, a reward and a stance change (src/scenario/fixtures/model.json).
import { describe, expect, it } from 'vitest';
import { modelScenario } from '../test-support/fixtures';
import { holds } from './conditions';
import { escalationFatiguePart } from './escalate';
import { defaultMove, fateOf, moveJourney, START_JOURNEY, REALISED } from './journey';
import { STRAIN_CRISIS, STRAIN_STEP, mostNeglected, prioritiseStrain } from './prioritise';
import { applyChoice, isLegalChoice, legalChoices, previewChoice, startGame } from './rules';
import type { Choice, GameState } from './state';

const scenario = modelScenario();

function play(choices: Choice[], from: GameState = startGame(scenario)): GameState {
  return choices.reduce((state, choice) => applyChoice(scenario, state, choice).state, from);
}
const last = (state: GameState) => state.history.at(-1)!;
const rules = (state: GameState) => last(state).parts.map((p) => p.rule);

describe('prioritise: strain, switch, crisis and per case (Thacher & Rein 2004)', () => {
  const lawful: Choice = { strategy: 'prioritise', perspective: 'lawful' };

  it('builds strain on the most neglected value when the same perspective is prioritised again', () => {
    const once = play([lawful]);
    expect(once.strain).toEqual({ perspective: 'lawful', level: 0 });
    expect(rules(once)).not.toContain('strain');
    const twice = play([lawful], once);
    expect(twice.strain.level).toBe(1);
    const strain = last(twice).parts.find((p) => p.rule === 'strain')!;
    const meter = mostNeglected(once.meters, 'lawful');
    expect(strain).toMatchObject({ perspective: 'lawful', level: 1, meter });
    expect(Object.entries(strain.delta).filter(([, v]) => v)).toEqual([[meter, -STRAIN_STEP]]);
  });

  it('does not reset strain for choices in between, and a switch releases it', () => {
    const strained = play([lawful, { strategy: 'navigate-rules' }, lawful]);
    expect(strained.strain.level).toBe(1);
    const switched = play([{ strategy: 'prioritise', perspective: 'responsive' }], strained);
    expect(switched.strain).toEqual({ perspective: 'responsive', level: 0 });
    expect(last(switched).parts.find((p) => p.rule === 'switch')).toMatchObject({ from: 'lawful', released: 1, meter: 'trust', delta: { trust: 2 } });
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
    const start = startGame(scenario);
    expect(legalChoices(scenario, start).some((c) => c.perCase)).toBe(false);
    const third = play([{ strategy: 'align' }, { strategy: 'align' }]);
    expect(third.current).toBe('situatie-3'); // rules-vs-flexibility again, like situatie-1
    const perCase: Choice = { strategy: 'prioritise', perspective: 'networking', perCase: true };
    expect(isLegalChoice(scenario, third, perCase)).toBe(true);
    const after = play([perCase], third);
    expect(last(after).parts.find((p) => p.rule === 'precedent')).toMatchObject({ situationId: 'situatie-1' });
    expect(last(after).parts.find((p) => p.rule === 'priority')).toMatchObject({ perCase: true, delta: { trust: 4, legitimacy: -3 } });
    expect(after.strain.level).toBe(0);
  });

  it('keeps strain pure: a per-case choice in a crisis still forces the switch', () => {
    expect(prioritiseStrain({ perspective: 'lawful', level: 2 }, null, startGame(scenario).meters, true).strain).toEqual({ perspective: null, level: 0 });
  });
});

describe('silo: quick relief now, silo debt later', () => {
  it('gives efficiency now, then erodes trust and brings the specialisation-vs-integration follow-up', () => {
    const one = play([{ strategy: 'silo' }]);
    expect(one.meters.efficiency).toBeGreaterThan(50);
    expect(one.siloDebt).toBe(1);
    const two = play([{ strategy: 'silo' }, { strategy: 'navigate-rules' }]);
    expect(last(two).parts.find((p) => p.rule === 'silo-debt')).toMatchObject({ debt: 1, delta: { trust: -1 } });
    const three = play([{ strategy: 'silo' }, { strategy: 'silo' }, { strategy: 'navigate-rules' }]);
    expect(three.current).toBe('silo-gevolg');
    expect(scenario.situations.find((s) => s.id === 'silo-gevolg')?.dilemma).toBe('specialisation-vs-integration');
  });

  it('skips the follow-up when there is no silo debt at its turn', () => {
    const state = play([{ strategy: 'align' }, { strategy: 'align' }, { strategy: 'align' }]);
    expect(state.current).toBe('situatie-5');
    expect(state.skipped).toEqual(['silo-gevolg']);
  });

  it('lets aligning pay a silo debt back', () => {
    const state = play([{ strategy: 'silo' }, { strategy: 'align' }]);
    expect(state.siloDebt).toBe(0);
    expect(rules(state)).toContain('silo-repaid');
  });
});

describe('escalate: legitimacy covered, time lost, the hierarchy decides', () => {
  it('depends on the stance, which a choice may change, and wears thin when repeated', () => {
    const first = play([{ strategy: 'escalate' }]);
    expect(last(first).parts.find((p) => p.rule === 'hierarchy')).toMatchObject({ stance: 'undecided' });
    expect(first.journey.status).toBe('moving');
    const second = play([{ strategy: 'escalate' }], first);
    // Situation 2's escalate option sets the stance to supportive and a flag.
    expect(second.stance).toBe('supportive');
    expect(second.flags).toContain('council-informed');
    expect(last(second).stance).toBe('supportive');
    expect(last(second).parts.find((p) => p.rule === 'escalation-fatigue')).toMatchObject({ count: 2 });
    const third = play([{ strategy: 'escalate' }], second);
    expect(last(third).parts.find((p) => p.rule === 'hierarchy')).toMatchObject({ stance: 'supportive' });
    expect(third.journey.status).toBe('moving');
    expect(escalationFatiguePart(0)).toBeNull();
    expect(escalationFatiguePart(5)?.delta).toEqual(escalationFatiguePart(3)?.delta);
  });
});

describe('align: costs time, builds trust, can pool budgets', () => {
  it('sets budgets-pooled in a specialisation-vs-integration situation, which a later reward reads', () => {
    const pooled = play([{ strategy: 'silo' }, { strategy: 'silo' }, { strategy: 'navigate-rules' }, { strategy: 'align' }]);
    expect(last(pooled).situationId).toBe('silo-gevolg');
    expect(pooled.flags).toContain('budgets-pooled');
    expect(last(pooled).flagsSet).toEqual(['budgets-pooled']);
    const rewarded = play([{ strategy: 'align' }], pooled);
    expect(last(rewarded).parts.find((p) => p.rule === 'reward')).toMatchObject({ delta: { efficiency: 6 } });
    const unrewarded = play([{ strategy: 'align' }, { strategy: 'align' }, { strategy: 'align' }, { strategy: 'align' }]);
    expect(rules(unrewarded)).not.toContain('reward');
  });
});

describe('the proposal’s journey', () => {
  it('moves by the strategy’s default unless the option says otherwise', () => {
    expect(defaultMove('silo', undefined, 'supportive')).toBe('change');
    expect(defaultMove('prioritise', 'lawful', 'supportive')).toBe('change');
    expect(defaultMove('escalate', undefined, 'opposed')).toBe('change');
    let j = START_JOURNEY;
    for (let i = 0; i < REALISED + 2; i++) j = moveJourney(j, 'advance');
    expect(j.position).toBe(REALISED);
    expect(fateOf(j)).toBe('realised');
    expect(fateOf(moveJourney(moveJourney(j, 'change'), 'change'))).toBe('changed');
    expect(fateOf(moveJourney(j, 'drop'))).toBe('dropped');
    expect(moveJourney(moveJourney(j, 'drop'), 'advance').status).toBe('dropped');
  });

  it('names the fate in the ending', () => {
    const state = play(Array.from({ length: 4 }, () => ({ strategy: 'align' }) as Choice).concat([{ strategy: 'silo' }]));
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
    expect(holds({ meters: { efficiency: { min: 51 } }, stance: ['undecided'] }, state)).toBe(true);
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
      expect(strength).toBeGreaterThanOrEqual(0);
    }
  });
});
