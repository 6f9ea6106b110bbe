import { describe, expect, it } from 'vitest';
import { minimalScenario } from '../test-support/fixtures';
import { determineEnding } from './endings';
import { hierarchyPart } from './escalate';
import { defaultFit } from './fit';
import { START_JOURNEY } from './journey';
import { METERS } from './meters';
import { PRIORITY_GAIN, PRIORITY_LOSS, priorityPart } from './prioritise';
import { applyChoice, fitParts, resolveChoice, startGame } from './rules';
import type { Choice } from './state';
import { DILEMMAS, PERSPECTIVES, PERSPECTIVE_INFO, STRATEGIES } from './theory';

const effectParts = (scenario: ReturnType<typeof minimalScenario>, situation: ReturnType<typeof minimalScenario>['situations'][number], choice: Choice) =>
  resolveChoice(scenario, startGame(scenario), situation, choice).parts;

describe('theory constants', () => {
  it('puts the four perspectives in the quadrants of the paper’s Figure 2', () => {
    expect(PERSPECTIVE_INFO.lawful.quadrant).toEqual({ horizontal: 'inside-out', vertical: 'preconditions' });
    expect(PERSPECTIVE_INFO.performing.quadrant).toEqual({ horizontal: 'inside-out', vertical: 'results' });
    expect(PERSPECTIVE_INFO.networking.quadrant).toEqual({ horizontal: 'outside-in', vertical: 'results' });
    expect(PERSPECTIVE_INFO.responsive.quadrant).toEqual({ horizontal: 'outside-in', vertical: 'preconditions' });
  });

  it('makes each perspective’s opposite the diagonally opposite quadrant', () => {
    for (const p of PERSPECTIVES) {
      const a = PERSPECTIVE_INFO[p].quadrant;
      const b = PERSPECTIVE_INFO[PERSPECTIVE_INFO[p].opposite].quadrant;
      expect(a.horizontal).not.toBe(b.horizontal);
      expect(a.vertical).not.toBe(b.vertical);
      expect(PERSPECTIVE_INFO[PERSPECTIVE_INFO[p].opposite].opposite).toBe(p);
    }
  });

  it('gives each meter to exactly one perspective', () => {
    expect(new Set(PERSPECTIVES.map((p) => PERSPECTIVE_INFO[p].meter))).toEqual(new Set(METERS));
  });
});

describe('fit', () => {
  it('makes navigate-rules the strongest default for rules-vs-flexibility and align for specialisation-vs-integration', () => {
    const total = (s: (typeof STRATEGIES)[number], d: (typeof DILEMMAS)[number]) => Object.values(defaultFit(s, d)).reduce((a, b) => a + (b ?? 0), 0);
    for (const s of STRATEGIES) {
      if (s !== 'navigate-rules') expect(total('navigate-rules', 'rules-vs-flexibility')).toBeGreaterThan(total(s, 'rules-vs-flexibility'));
      if (s !== 'align') expect(total('align', 'specialisation-vs-integration')).toBeGreaterThan(total(s, 'specialisation-vs-integration'));
    }
  });

  it('makes every strategy the strongest default for some dilemma', () => {
    const best = new Set(
      DILEMMAS.map((d) => {
        const score = (s: (typeof STRATEGIES)[number]) =>
          Object.values(defaultFit(s, d)).reduce((a, b) => a + (b ?? 0), 0) + (s === 'prioritise' ? PRIORITY_GAIN - PRIORITY_LOSS : 0);
        return [...STRATEGIES].sort((a, b) => score(b) - score(a))[0];
      }),
    );
    expect(best).toEqual(new Set(STRATEGIES));
  });

  it('always costs efficiency when aligning', () => {
    for (const d of DILEMMAS) expect(defaultFit('align', d).efficiency).toBeLessThan(0);
  });
});

describe('effect parts', () => {
  const scenario = minimalScenario();
  const situation = scenario.situations[0]!;

  it('names the theory fit when the strategy is the one the theory names', () => {
    const [fit] = effectParts(scenario, situation, { strategy: 'navigate-rules' });
    expect(fit).toMatchObject({ rule: 'fit', theoryFit: true, dilemma: 'rules-vs-flexibility' });
    const [other] = effectParts(scenario, situation, { strategy: 'silo' });
    expect(other).toMatchObject({ rule: 'fit', theoryFit: false });
  });

  it('raises the prioritised perspective’s meter and lowers the opposite quadrant’s', () => {
    expect(priorityPart('lawful')).toMatchObject({ raised: 'legitimacy', lowered: 'trust', delta: { legitimacy: PRIORITY_GAIN, trust: -PRIORITY_LOSS } });
    expect(priorityPart('responsive')).toMatchObject({ raised: 'initiative', lowered: 'efficiency' });
    const parts = effectParts(scenario, situation, { strategy: 'prioritise', perspective: 'networking' });
    expect(parts.map((p) => p.rule)).toEqual(['fit', 'priority']);
  });

  it('lets the hierarchy’s stance decide part of escalating', () => {
    expect(hierarchyPart('supportive').delta.initiative).toBeGreaterThan(0);
    expect(hierarchyPart('opposed').delta.initiative).toBeLessThan(0);
    const parts = effectParts(scenario, situation, { strategy: 'escalate' });
    expect(parts.at(-1)).toMatchObject({ rule: 'hierarchy', stance: 'supportive' });
  });

  it('replaces the fit by a situation override and adds an adjustment as its own part', () => {
    const custom = minimalScenario((raw) => {
      const s = (raw.situations as { options: Record<string, Record<string, unknown>> }[])[0]!;
      s.options.silo!.effect = { trust: -20 };
      s.options.align!.adjust = { legitimacy: 3 };
    });
    const sit = custom.situations[0]!;
    expect(fitParts(sit, { strategy: 'silo' })).toEqual([{ rule: 'situation-override', delta: { trust: -20 } }]);
    expect(effectParts(custom, sit, { strategy: 'align' }).map((p) => p.rule)).toEqual(['fit', 'situation-adjust']);
  });
});

describe('applyChoice', () => {
  const scenario = minimalScenario();

  it('moves the meters by the sum of the parts and records the consequence', () => {
    const start = startGame(scenario);
    const { state, consequence } = applyChoice(scenario, start, { strategy: 'navigate-rules' });
    const fit = defaultFit('navigate-rules', 'rules-vs-flexibility');
    expect(state.meters.legitimacy).toBe(50 + (fit.legitimacy ?? 0));
    expect(consequence.before).toEqual(start.meters);
    expect(consequence.after).toEqual(state.meters);
    expect(state.current).toBe('situatie-2');
    expect(state.history).toHaveLength(1);
    expect(start.history).toHaveLength(0);
  });

  it('ends the game when the situations run out', () => {
    let state = startGame(scenario);
    state = applyChoice(scenario, state, { strategy: 'align' }).state;
    state = applyChoice(scenario, state, { strategy: 'align' }).state;
    expect(state.current).toBeNull();
    expect(state.ending).not.toBeNull();
    expect(() => applyChoice(scenario, state, { strategy: 'align' })).toThrow(/ended/);
    expect(state.ending).toMatchObject({ kind: 'completed' });
  });

  it('keeps meters within 0–100 and ends in a crisis when a meter reaches 0', () => {
    const low = minimalScenario((raw) => {
      raw.initialMeters = { legitimacy: 98, efficiency: 50, trust: 3, initiative: 50 };
    });
    const { state } = applyChoice(low, startGame(low), { strategy: 'silo' });
    expect(state.meters.trust).toBe(0);
    expect(state.ending).toEqual({ kind: 'crisis', meter: 'trust', fate: 'dropped' });
    expect(state.current).toBeNull();
    const high = minimalScenario((raw) => {
      raw.initialMeters = { legitimacy: 99, efficiency: 50, trust: 50, initiative: 50 };
    });
    expect(applyChoice(high, startGame(high), { strategy: 'escalate' }).state.meters.legitimacy).toBe(100);
  });

  it('refuses a prioritise choice without a perspective, and a perspective on other strategies', () => {
    const start = startGame(scenario);
    expect(() => applyChoice(scenario, start, { strategy: 'prioritise' })).toThrow();
    expect(() => applyChoice(scenario, start, { strategy: 'silo', perspective: 'lawful' })).toThrow();
  });

  it('keeps the state plain JSON', () => {
    let state = startGame(scenario);
    state = applyChoice(scenario, state, { strategy: 'prioritise', perspective: 'responsive' }).state;
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('determineEnding', () => {
  const j = START_JOURNEY;
  it('names the balance of the meters and the proposal’s fate when the game runs out', () => {
    expect(determineEnding({ legitimacy: 60, efficiency: 55, trust: 70, initiative: 52 }, j, false)).toEqual({ kind: 'completed', fate: 'stalled', balance: { kind: 'balanced' } });
    expect(determineEnding({ legitimacy: 80, efficiency: 40, trust: 45, initiative: 30 }, j, false)).toMatchObject({ balance: { kind: 'leaning', meter: 'legitimacy' } });
    expect(determineEnding({ legitimacy: 80, efficiency: 40, trust: 10, initiative: 30 }, j, false)).toMatchObject({ balance: { kind: 'fragile', meter: 'trust' } });
    expect(determineEnding({ legitimacy: 80, efficiency: 40, trust: 10, initiative: 30 }, j, true)).toBeNull();
  });
  it('ends in a crisis of its own for each meter at 0', () => {
    expect(determineEnding({ legitimacy: 0, efficiency: 40, trust: 10, initiative: 30 }, j, true)).toEqual({ kind: 'crisis', meter: 'legitimacy', fate: 'dropped' });
    expect(determineEnding({ legitimacy: 10, efficiency: 0, trust: 10, initiative: 30 }, j, true)).toEqual({ kind: 'crisis', meter: 'efficiency', fate: 'stalled' });
  });
});
