// Every rule of the consequence model on its own (one module per rule), then applyChoice putting
// them together on the smallest fixture.
import { describe, expect, it } from 'vitest';
import { minimalScenario } from '../test-support/fixtures';
import { determineEnding, endingScore, BEST_ENDING, endingKey } from './endings';
import { escalationFatiguePart, hierarchyPart, stanceAfterEscalation } from './escalate';
import { defaultFit } from './fit';
import { FORM_RULES, crisisFloor, formPart } from './form';
import { CHANGED_FROM, START_JOURNEY, defaultMove, fateOf, moveJourney } from './journey';
import { METERS, snapToStep } from './meters';
import { FRAMES_MET, roomParts } from './navigate';
import { LOAD_FROM, PRESSURE_FROM, pressurePart, timePart, waitingPart } from './pressure';
import { mostNeglected, policyLinePart, precedentPart, priorityPart, prioritiseStrain, sideOf, strainPart, switchPart } from './prioritise';
import { valuesServed } from './profile';
import { applyChoice, fitParts, resolveChoice, startGame } from './rules';
import { siloDebtPart, siloReliefPart, siloRepaidPart, strandedInputPart } from './silo';
import type { Choice } from './state';
import { DILEMMAS, DILEMMA_INFO, PERSPECTIVES, PERSPECTIVE_INFO, STRATEGIES } from './theory';

const meters = (legitimacy: number, efficiency: number, trust: number, initiative: number) => ({ legitimacy, efficiency, trust, initiative });

describe('theory constants', () => {
  it('puts the four perspectives in the quadrants of the paper’s Figure 2, inside and outside', () => {
    expect(PERSPECTIVE_INFO.lawful.quadrant).toEqual({ horizontal: 'inside-out', vertical: 'preconditions' });
    expect(PERSPECTIVE_INFO.performing.quadrant).toEqual({ horizontal: 'inside-out', vertical: 'results' });
    expect(PERSPECTIVE_INFO.networking.quadrant).toEqual({ horizontal: 'outside-in', vertical: 'results' });
    expect(PERSPECTIVE_INFO.responsive.quadrant).toEqual({ horizontal: 'outside-in', vertical: 'preconditions' });
    for (const p of PERSPECTIVES) expect(PERSPECTIVE_INFO[p].world).toBe(PERSPECTIVE_INFO[p].quadrant.horizontal === 'inside-out' ? 'inside' : 'outside');
  });

  it('names each dilemma’s two sides: the inside world’s first, the outside world’s second', () => {
    for (const d of DILEMMAS) {
      const [inside, outside] = DILEMMA_INFO[d].poles;
      expect(inside.every((p) => PERSPECTIVE_INFO[p].world === 'inside')).toBe(true);
      expect(outside.every((p) => PERSPECTIVE_INFO[p].world === 'outside')).toBe(true);
    }
  });

  it('gives each meter to exactly one perspective', () => {
    expect(new Set(PERSPECTIVES.map((p) => PERSPECTIVE_INFO[p].meter))).toEqual(new Set(METERS));
  });
});

describe('meters in steps of 5', () => {
  it('rounds to the nearest step, halves away from zero', () => {
    expect([0, 2, 3, 7, 7.5, -2.5, -3, -12].map(snapToStep)).toEqual([0, 0, 5, 5, 10, -5, -5, -10]);
  });
  it('keeps every default fit on the grid', () => {
    for (const s of STRATEGIES) for (const d of DILEMMAS) for (const v of Object.values(defaultFit(s, d))) expect(Math.abs((v ?? 0) % 5)).toBe(0);
  });
});

describe('fit (the theory’s default when a scenario gives no effect of its own)', () => {
  const total = (s: (typeof STRATEGIES)[number], d: (typeof DILEMMAS)[number]) => Object.values(defaultFit(s, d)).reduce((a, b) => a + (b ?? 0), 0);
  it('makes navigate-rules the strongest default for rules-vs-flexibility and align for specialisation-vs-integration', () => {
    for (const s of STRATEGIES) {
      if (s !== 'navigate-rules') expect(total('navigate-rules', 'rules-vs-flexibility')).toBeGreaterThanOrEqual(total(s, 'rules-vs-flexibility'));
      if (s !== 'align') expect(total('align', 'specialisation-vs-integration')).toBeGreaterThan(total(s, 'specialisation-vs-integration'));
    }
  });
  it('names the theory fit, and a situation’s own effect replaces the default', () => {
    const scenario = minimalScenario((raw) => {
      const s = (raw.situations as { options: Record<string, Record<string, unknown>> }[])[0]!;
      s.options.silo!.effect = { trust: -20 };
      s.options.align!.adjust = { legitimacy: 5 };
    });
    const situation = scenario.situations[0]!;
    expect(fitParts(situation, { strategy: 'navigate-rules' })[0]).toMatchObject({ rule: 'fit', theoryFit: true });
    expect(fitParts(situation, { strategy: 'silo' })).toEqual([{ rule: 'situation-override', delta: { trust: -20 } }]);
    expect(fitParts(situation, { strategy: 'align' }).map((p) => p.rule)).toEqual(['fit', 'situation-adjust']);
  });
});

describe('prioritise along the dilemma’s two sides (Thacher & Rein 2004)', () => {
  it('raises the chosen perspective and lowers every meter on the dilemma’s other side', () => {
    expect(priorityPart('lawful', 'rules-vs-flexibility')).toMatchObject({ raised: 'legitimacy', lowered: ['trust', 'initiative'], onSide: true, delta: { legitimacy: 10, trust: -5, initiative: -5 } });
    expect(priorityPart('networking', 'rules-vs-flexibility')).toMatchObject({ lowered: ['legitimacy'], delta: { trust: 10, legitimacy: -5 } });
    expect(priorityPart('networking', 'specialisation-vs-integration').delta).toMatchObject({ trust: 10, legitimacy: -5, efficiency: -5 });
  });
  it('gives a perspective beside the dilemma less, and lets it side with its own world', () => {
    expect(sideOf('performing', 'rules-vs-flexibility')).toBe(0);
    expect(sideOf('responsive', 'implement-vs-cocreate')).toBe(1);
    expect(priorityPart('performing', 'rules-vs-flexibility')).toMatchObject({ onSide: false, delta: { efficiency: 5, trust: -5, initiative: -5 } });
  });
  it('decides per case with a smaller gain, the precedent’s consistency and its time', () => {
    expect(priorityPart('responsive', 'expert-vs-facilitator', true).delta).toMatchObject({ initiative: 5, legitimacy: -5 });
    expect(precedentPart('x').delta).toEqual({ legitimacy: 5, efficiency: -5 });
  });
  it('builds strain on the value in the opposite corner of the plane, and a switch gives it back', () => {
    expect(mostNeglected('lawful')).toBe('trust');
    expect(mostNeglected('performing')).toBe('initiative');
    expect(mostNeglected('networking')).toBe('legitimacy');
    expect(mostNeglected('responsive')).toBe('efficiency');
    expect(strainPart('lawful', 2).delta).toMatchObject({ trust: -10 });
    expect(switchPart('lawful', 2).delta).toMatchObject({ trust: 10 });
    const once = prioritiseStrain({ perspective: null, level: 0 }, 'lawful', false);
    expect(once).toEqual({ parts: [], strain: { perspective: 'lawful', level: 0 } });
    const again = prioritiseStrain(once.strain, 'lawful', false);
    expect(again.strain.level).toBe(1);
    expect(again.parts[0]).toMatchObject({ rule: 'strain', level: 1, meter: 'trust' });
    const switched = prioritiseStrain(again.strain, 'networking', false);
    expect(switched.parts[0]).toMatchObject({ rule: 'switch', from: 'lawful', released: 1 });
    expect(prioritiseStrain({ perspective: 'lawful', level: 2 }, null, true).strain).toEqual({ perspective: null, level: 0 });
  });
  it('gives a priority backed by a coexisting policy line a formal basis', () => {
    expect(policyLinePart('responsive', { nl: 'groenplan', en: 'green plan' }).delta).toEqual({ legitimacy: 5 });
  });
});

describe('navigate within the rules (Aschhoff & Vogel 2018)', () => {
  const base = { legitimacy: 5, efficiency: 0, trust: 5, initiative: 10 };
  it('gives room only once the frames are met', () => {
    expect(roomParts(base, meters(FRAMES_MET - 5, 50, 50, 50), 'rules-vs-flexibility', 0)).toEqual([{ rule: 'frames-unmet', delta: { trust: -5, initiative: -10 } }]);
    expect(roomParts(base, meters(FRAMES_MET, 50, 50, 50), 'rules-vs-flexibility', 0)).toEqual([]);
  });
  it('gives less room where the dilemma is not about rules, and less each time again', () => {
    expect(roomParts(base, meters(50, 50, 50, 50), 'expert-vs-facilitator', 0)).toEqual([{ rule: 'room-outside-rules', dilemma: 'expert-vs-facilitator', meter: 'initiative', delta: { initiative: -5 } }]);
    const routine = roomParts(base, meters(50, 50, 50, 50), 'rules-vs-flexibility', 5);
    expect(routine.map((p) => p.rule)).toEqual(['routine', 'routine']);
    // Never more than it gave, and at most two steps.
    const total = routine.reduce((sum, p) => sum + (p.delta.trust ?? 0) + (p.delta.initiative ?? 0), 0);
    expect(total).toBe(-10);
    expect(roomParts({ legitimacy: 5 }, meters(50, 50, 50, 50), 'rules-vs-flexibility', 2)).toEqual([]);
  });
});

describe('time and pressure (the game’s own rules)', () => {
  it('charges time for the careful routes, double from the third use', () => {
    expect(timePart('navigate-rules', 0)?.delta).toEqual({ efficiency: -5 });
    expect(timePart('align', LOAD_FROM)?.delta).toEqual({ efficiency: -10 });
    expect(timePart('prioritise', 5)).toBeNull();
    expect(timePart('silo', 0)).toBeNull();
  });
  it('runs the clock down late in the case, and costs initiative while the proposal waits', () => {
    expect(pressurePart(PRESSURE_FROM - 1)).toBeNull();
    expect(pressurePart(PRESSURE_FROM)?.delta).toEqual({ efficiency: -5 });
    expect(waitingPart({ position: 2, status: 'stalled', changes: 0 })?.delta).toEqual({ initiative: -5 });
    expect(waitingPart(START_JOURNEY)).toBeNull();
  });
});

describe('escalate (De Graaf et al. 2016; Jaspers & Steen 2019)', () => {
  it('depends on the hierarchy’s stance, and wears thin', () => {
    expect(hierarchyPart('supportive')?.delta).toEqual({ initiative: 5 });
    expect(hierarchyPart('undecided')).toBeNull();
    expect(hierarchyPart('opposed')?.delta).toEqual({ trust: -5, initiative: -5 });
    expect(escalationFatiguePart(0)).toBeNull();
    expect(escalationFatiguePart(1)?.delta).toEqual({ legitimacy: -5 });
    expect(escalationFatiguePart(4)?.delta).toEqual({ legitimacy: -10 });
    expect(stanceAfterEscalation('supportive', 2)).toBe('supportive');
    expect(stanceAfterEscalation('supportive', 3)).toBe('undecided');
    expect(stanceAfterEscalation('opposed', 5)).toBe('opposed');
  });
});

describe('silo (Thacher & Rein 2004; Vrangbæk 2009)', () => {
  it('serves the player’s own department’s values, whatever they are', () => {
    expect(siloReliefPart({ name: { nl: 'Vergunningen', en: 'Permits' }, leaning: 'lawful' }).delta).toEqual({ legitimacy: 10 });
    expect(siloReliefPart({ name: { nl: 'Wijkteam', en: 'Area team' }, leaning: 'networking' }).delta).toEqual({ trust: 10 });
  });
  it('costs trust from two debts on, is repaid by aligning, and strands input at the end', () => {
    expect(siloDebtPart(1)).toBeNull();
    expect(siloDebtPart(2)?.delta).toEqual({ trust: -5 });
    expect(siloRepaidPart(1)?.delta).toEqual({ trust: 5 });
    expect(siloRepaidPart(0)).toBeNull();
    expect(strandedInputPart(3)?.delta).toEqual({ initiative: -15 });
  });
});

describe('the participation form changes play', () => {
  it('weighs large changes of the form’s key meters more, in whole steps', () => {
    expect(formPart('consultation', meters(-10, 0, 0, -10))?.delta).toEqual({ legitimacy: -5, initiative: -5 });
    expect(formPart('consultation', meters(-5, 0, 0, 10))).toBeNull();
    expect(formPart('co-production', meters(0, 0, 20, 0))?.delta).toEqual({ trust: 10 });
    expect(formPart('advice', meters(0, 0, 20, 0))).toBeNull();
    expect(formPart('self-organisation', meters(0, 0, 0, -15))?.delta).toEqual({ initiative: -5 });
  });
  it('puts the crisis on the form’s key meter before it reaches 0', () => {
    expect(crisisFloor('consultation').legitimacy).toBe(15);
    expect(crisisFloor('self-organisation').initiative).toBe(15);
    for (const form of Object.keys(FORM_RULES) as (keyof typeof FORM_RULES)[]) expect(Object.values(crisisFloor(form)).some((v) => v > 0)).toBe(true);
  });
});

describe('the proposal’s journey and the endings', () => {
  it('moves by the strategy’s default unless the option says otherwise', () => {
    expect(defaultMove('silo', undefined, 'supportive')).toBe('stall');
    expect(defaultMove('prioritise', 'lawful', 'supportive')).toBe('change');
    expect(defaultMove('prioritise', 'responsive', 'opposed')).toBe('advance');
    expect(defaultMove('escalate', undefined, 'supportive')).toBe('advance');
    expect(defaultMove('escalate', undefined, 'undecided')).toBe('stall');
    expect(defaultMove('escalate', undefined, 'opposed')).toBe('change');
  });
  it('calls a proposal changed from three changes on', () => {
    let j = START_JOURNEY;
    for (let i = 0; i < 6; i++) j = moveJourney(j, i < CHANGED_FROM - 1 ? 'change' : 'advance');
    expect(fateOf(j)).toBe('realised');
    expect(fateOf(moveJourney(j, 'change'))).toBe('changed');
    expect(fateOf(moveJourney(j, 'drop'))).toBe('dropped');
    expect(fateOf(START_JOURNEY)).toBe('stalled');
  });
  it('orders endings strictly: fate, then balance, then the weakest meter; every crisis 0', () => {
    const realised = { position: 6, status: 'moving', changes: 0 } as const;
    const changed = { position: 6, status: 'changed', changes: 3 } as const;
    const score = (m: ReturnType<typeof meters>, j: typeof realised | typeof changed) => endingScore(determineEnding(m, j, false)!, m);
    expect(score(meters(20, 100, 100, 100), realised)).toBeGreaterThan(score(meters(100, 100, 100, 100), changed));
    expect(score(meters(50, 50, 50, 50), realised)).toBeGreaterThan(score(meters(45, 100, 100, 100), realised));
    expect(score(meters(60, 60, 60, 60), realised)).toBeGreaterThan(score(meters(55, 90, 90, 90), realised));
    expect(endingKey(determineEnding(meters(60, 60, 60, 60), realised, false)!)).toBe(BEST_ENDING);
    expect(endingScore(determineEnding(meters(0, 100, 100, 100), realised, false)!, meters(0, 100, 100, 100))).toBe(0);
    expect(determineEnding(meters(15, 50, 50, 50), realised, true, crisisFloor('consultation'))).toMatchObject({ kind: 'crisis', meter: 'legitimacy' });
  });
});

describe('values served (the craft profile’s material)', () => {
  const department = { name: { nl: 'x', en: 'x' }, leaning: 'performing' as const };
  it('counts what each choice served, adding up to 1', () => {
    const sum = (v: object) => Object.values(v).reduce((a: number, b: number) => a + b, 0);
    for (const choice of [{ strategy: 'navigate-rules' }, { strategy: 'align' }, { strategy: 'escalate' }, { strategy: 'silo' }, { strategy: 'prioritise', perspective: 'networking', perCase: true }] as Choice[]) {
      expect(sum(valuesServed(choice, 'rules-vs-flexibility', department))).toBeCloseTo(1);
    }
    expect(valuesServed({ strategy: 'silo' }, 'rules-vs-flexibility', department)).toEqual({ performing: 1 });
    expect(valuesServed({ strategy: 'escalate' }, 'rules-vs-flexibility', department)).toEqual({ lawful: 1 });
    expect(valuesServed({ strategy: 'navigate-rules' }, 'rules-vs-flexibility', department)).toEqual({ lawful: 0.5, networking: 0.25, responsive: 0.25 });
  });
});

describe('applyChoice puts the rules together', () => {
  const scenario = minimalScenario();

  it('moves the meters by the sum of the parts and records the consequence', () => {
    const start = startGame(scenario);
    const { state, consequence } = applyChoice(scenario, start, { strategy: 'navigate-rules' });
    const sum = (m: (typeof METERS)[number]) => consequence.parts.reduce((a, p) => a + (p.delta[m] ?? 0), 0);
    for (const m of METERS) expect(state.meters[m]).toBe(50 + sum(m));
    expect(consequence.parts.map((p) => p.rule)).toEqual(['fit', 'time']);
    expect(consequence.before).toEqual(start.meters);
    expect(state.current).toBe('situatie-2');
    expect(state.played).toEqual([{ id: 'situatie-1', strategy: 'navigate-rules', dilemma: 'rules-vs-flexibility' }]);
    expect(state.history).toHaveLength(1);
    expect(start.history).toHaveLength(0);
    expect(consequence.served).toEqual({ lawful: 0.5, networking: 0.25, responsive: 0.25 });
  });

  it('reads no history: the same state without it gives the same next state', () => {
    const after = applyChoice(scenario, startGame(scenario), { strategy: 'silo' }).state;
    const bare = { ...after, history: [] };
    const a = applyChoice(scenario, after, { strategy: 'align' }).state;
    const b = applyChoice(scenario, bare, { strategy: 'align' }).state;
    expect({ ...a, history: [] }).toEqual({ ...b, history: [] });
  });

  it('ends the game when the situations run out', () => {
    let state = startGame(scenario);
    state = applyChoice(scenario, state, { strategy: 'align' }).state;
    state = applyChoice(scenario, state, { strategy: 'align' }).state;
    expect(state.current).toBeNull();
    expect(state.ending).toMatchObject({ kind: 'completed' });
    expect(() => applyChoice(scenario, state, { strategy: 'align' })).toThrow(/ended/);
  });

  it('keeps meters within 0–100 and ends in a crisis at the form’s floor', () => {
    const low = minimalScenario((raw) => {
      raw.initialMeters = { legitimacy: 20, efficiency: 50, trust: 50, initiative: 50 };
    });
    const { state } = applyChoice(low, startGame(low), { strategy: 'prioritise', perspective: 'networking' });
    // Consultation: the crisis comes at legitimacy 15.
    expect(state.meters.legitimacy).toBe(15);
    expect(state.ending).toEqual({ kind: 'crisis', meter: 'legitimacy', fate: 'dropped' });
    const high = minimalScenario((raw) => {
      raw.initialMeters = { legitimacy: 95, efficiency: 50, trust: 50, initiative: 50 };
    });
    expect(applyChoice(high, startGame(high), { strategy: 'escalate' }).state.meters.legitimacy).toBe(100);
  });

  it('refuses a prioritise choice without a perspective, and a perspective on other strategies', () => {
    const start = startGame(scenario);
    expect(() => applyChoice(scenario, start, { strategy: 'prioritise' })).toThrow();
    expect(() => applyChoice(scenario, start, { strategy: 'silo', perspective: 'lawful' })).toThrow();
  });

  it('adds the participation form’s weight as its own part', () => {
    const { consequence } = applyChoice(scenario, startGame(scenario), { strategy: 'escalate' });
    // Consultation: escalating's legitimacy gain of 10 weighs half as much again.
    expect(consequence.parts.find((p) => p.rule === 'participation-form')).toMatchObject({ form: 'consultation', delta: { legitimacy: 5 } });
    expect(resolveChoice(scenario, startGame(scenario), scenario.situations[0]!, { strategy: 'align' }).parts.some((p) => p.rule === 'participation-form')).toBe(false);
  });
});
