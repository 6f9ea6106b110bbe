// The rules of the game as pure functions: (scenario, state, choice) → next state and a
// consequence whose effect is split into named parts.
import type { Scenario, Situation } from '../scenario/schema';
import { defaultFit, THEORY_FIT } from './fit';
import { addDeltas, applyDelta, METERS, type Meters } from './meters';
import type { Choice, Consequence, EffectPart, Ending, GameState } from './state';
import { PERSPECTIVE_INFO, type HierarchyStance, type Perspective } from './theory';

export const DEFAULT_START_METERS: Meters = { legitimacy: 50, efficiency: 50, trust: 50, initiative: 50 };

/** How much prioritising raises the chosen perspective's meter and lowers the opposite one. */
export const PRIORITY_GAIN = 8;
export const PRIORITY_LOSS = 6;

const HIERARCHY_EFFECT: Record<HierarchyStance, EffectPart['delta']> = {
  supportive: { trust: 2, initiative: 3 },
  undecided: { efficiency: -2 },
  opposed: { trust: -3, initiative: -4 },
};

export function startGame(scenario: Scenario): GameState {
  return {
    scenarioId: scenario.id,
    meters: { ...DEFAULT_START_METERS, ...scenario.initialMeters },
    current: scenario.situations[0]?.id ?? null,
    history: [],
    ending: null,
  };
}

export function findSituation(scenario: Scenario, id: string): Situation {
  const situation = scenario.situations.find((s) => s.id === id);
  if (!situation) throw new Error(`Scenario "${scenario.id}" has no situation "${id}"`);
  return situation;
}

export function currentSituation(scenario: Scenario, state: GameState): Situation | null {
  return state.current === null ? null : findSituation(scenario, state.current);
}

/** Fit: the theory's default for this strategy and dilemma, unless the situation overrides it. */
export function fitParts(situation: Situation, choice: Choice): EffectPart[] {
  const option = situation.options[choice.strategy];
  const parts: EffectPart[] = [];
  if (option.effect) {
    parts.push({ rule: 'situation-override', delta: option.effect });
  } else {
    parts.push({
      rule: 'fit',
      strategy: choice.strategy,
      dilemma: situation.dilemma,
      theoryFit: THEORY_FIT[situation.dilemma] === choice.strategy,
      delta: defaultFit(choice.strategy, situation.dilemma),
    });
  }
  if (option.adjust) parts.push({ rule: 'situation-adjust', delta: option.adjust });
  return parts;
}

/** Prioritise: the chosen perspective's meter rises, the opposite quadrant's meter falls. */
export function priorityPart(perspective: Perspective): EffectPart {
  const raised = PERSPECTIVE_INFO[perspective].meter;
  const lowered = PERSPECTIVE_INFO[PERSPECTIVE_INFO[perspective].opposite].meter;
  return { rule: 'priority', perspective, raised, lowered, delta: { [raised]: PRIORITY_GAIN, [lowered]: -PRIORITY_LOSS } };
}

/** Escalate: what the hierarchy makes of the question depends on its stance. */
export function hierarchyPart(stance: HierarchyStance): EffectPart {
  return { rule: 'hierarchy', stance, delta: HIERARCHY_EFFECT[stance] };
}

export function effectParts(scenario: Scenario, situation: Situation, choice: Choice): EffectPart[] {
  const parts = fitParts(situation, choice);
  if (choice.strategy === 'prioritise') {
    if (!choice.perspective) throw new Error('Prioritising needs a perspective');
    parts.push(priorityPart(choice.perspective));
  }
  if (choice.strategy === 'escalate') parts.push(hierarchyPart(scenario.hierarchyStance));
  return parts;
}

/** Crisis when a meter hits 0; otherwise, once the situations run out, the balance of meters. */
export function determineEnding(meters: Meters, situationsLeft: boolean): Ending | null {
  const empty = METERS.find((meter) => meters[meter] <= 0);
  if (empty) return { kind: 'crisis', meter: empty };
  if (situationsLeft) return null;
  const lowest = METERS.reduce((a, b) => (meters[b] < meters[a] ? b : a));
  const highest = METERS.reduce((a, b) => (meters[b] > meters[a] ? b : a));
  if (meters[lowest] >= 50) return { kind: 'balanced' };
  if (meters[lowest] < 25) return { kind: 'fragile', meter: lowest };
  return { kind: 'leaning', meter: highest };
}

/** The next situation in the scenario's order that has not been played yet. */
export function nextSituationId(scenario: Scenario, state: GameState): string | null {
  const played = new Set(state.history.map((c) => c.situationId));
  return scenario.situations.find((s) => !played.has(s.id))?.id ?? null;
}

export function isValidChoice(choice: Choice): boolean {
  return choice.strategy === 'prioritise' ? choice.perspective !== undefined : choice.perspective === undefined;
}

export function applyChoice(scenario: Scenario, state: GameState, choice: Choice): { state: GameState; consequence: Consequence } {
  const situation = currentSituation(scenario, state);
  if (!situation || state.ending) throw new Error('The game has ended; no choice can be applied');
  if (!isValidChoice(choice)) throw new Error(`Invalid choice ${JSON.stringify(choice)}`);
  const parts = effectParts(scenario, situation, choice);
  const after = applyDelta(state.meters, addDeltas(...parts.map((p) => p.delta)));
  const consequence: Consequence = {
    situationId: situation.id,
    dilemma: situation.dilemma,
    choice: choice.strategy === 'prioritise' ? { strategy: choice.strategy, perspective: choice.perspective } : { strategy: choice.strategy },
    parts,
    before: state.meters,
    after,
  };
  const history = [...state.history, consequence];
  const next = nextSituationId(scenario, { ...state, history });
  const ending = determineEnding(after, next !== null);
  return {
    state: { ...state, meters: after, history, current: ending ? null : next, ending },
    consequence,
  };
}
