// The rules of the game as pure functions: (scenario, state, choice) → next state and a
// consequence whose effect is split into named parts. Each rule lives in its own module.
import type { AnyOption, Scenario, Situation } from '../scenario/schema';
import { holds } from './conditions';
import { determineEnding } from './endings';
import { escalationFatiguePart, hierarchyPart } from './escalate';
import { defaultFit, THEORY_FIT } from './fit';
import { START_JOURNEY, defaultMove, moveJourney, type JourneyMove } from './journey';
import { clampMeter, METERS, type Meter, type Meters } from './meters';
import { precedentPart, priorityPart, prioritiseStrain, STRAIN_CRISIS } from './prioritise';
import { siloDebtPart, siloRepaidPart } from './silo';
import type { Choice, Consequence, EffectPart, GameState } from './state';
import { PERSPECTIVES } from './theory';

export const DEFAULT_START_METERS: Meters = { legitimacy: 50, efficiency: 50, trust: 50, initiative: 50 };
/** Set by aligning in a specialisation-vs-integration situation: the departments pooled budgets. */
export const BUDGETS_POOLED = 'budgets-pooled';

const situationIndex = new WeakMap<Scenario, Map<string, Situation>>();

export function findSituation(scenario: Scenario, id: string): Situation {
  let index = situationIndex.get(scenario);
  if (!index) {
    index = new Map(scenario.situations.map((s) => [s.id, s]));
    situationIndex.set(scenario, index);
  }
  const situation = index.get(id);
  if (!situation) throw new Error(`Scenario "${scenario.id}" has no situation "${id}"`);
  return situation;
}

export function currentSituation(scenario: Scenario, state: GameState): Situation | null {
  return state.current === null ? null : findSituation(scenario, state.current);
}

export function startGame(scenario: Scenario): GameState {
  const state: GameState = {
    scenarioId: scenario.id,
    meters: { ...DEFAULT_START_METERS, ...scenario.initialMeters },
    current: null,
    history: [],
    skipped: [],
    ending: null,
    flags: [],
    stance: scenario.hierarchyStance,
    strain: { perspective: null, level: 0 },
    siloDebt: 0,
    escalations: 0,
    journey: START_JOURNEY,
  };
  const { id, skipped } = nextSituation(scenario, state);
  return { ...state, current: id, skipped };
}

/** Fit: the theory's default for this strategy and dilemma, unless the situation overrides it. */
export function fitParts(situation: Situation, choice: Choice): EffectPart[] {
  const option: AnyOption = situation.options[choice.strategy];
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

/** The most recent earlier situation with the same dilemma: what deciding per case compares with. */
export function precedentFor(state: GameState, situation: Situation): string | null {
  for (let i = state.history.length - 1; i >= 0; i--) {
    const earlier = state.history[i]!;
    if (earlier.dilemma === situation.dilemma) return earlier.situationId;
  }
  return null;
}

/** Every choice the player may make now. In a strain crisis the strained perspective is closed. */
export function legalChoices(scenario: Scenario, state: GameState): Choice[] {
  const situation = currentSituation(scenario, state);
  if (!situation || state.ending) return [];
  const blocked = situation.kind === 'strain-crisis' ? state.strain.perspective : null;
  const open = PERSPECTIVES.filter((p) => p !== blocked);
  const choices: Choice[] = [{ strategy: 'navigate-rules' }, { strategy: 'align' }, { strategy: 'escalate' }, { strategy: 'silo' }];
  for (const perspective of open) choices.push({ strategy: 'prioritise', perspective });
  if (precedentFor(state, situation)) for (const perspective of open) choices.push({ strategy: 'prioritise', perspective, perCase: true });
  return choices;
}

/** The same answer as checking legalChoices, without building the list (this is on the hot path). */
export function isLegalChoice(scenario: Scenario, state: GameState, choice: Choice): boolean {
  const situation = currentSituation(scenario, state);
  return situation !== null && !state.ending && isOpen(situation, state, choice);
}

function isOpen(situation: Situation, state: GameState, choice: Choice): boolean {
  if (choice.strategy !== 'prioritise') return choice.perspective === undefined && !choice.perCase;
  if (!choice.perspective || !PERSPECTIVES.includes(choice.perspective)) return false;
  if (situation.kind === 'strain-crisis' && choice.perspective === state.strain.perspective) return false;
  return !choice.perCase || precedentFor(state, situation) !== null;
}

interface Resolved {
  parts: EffectPart[];
  /** What happens to the proposal; a dropped proposal stays dropped. */
  move: JourneyMove;
  next: Pick<GameState, 'strain' | 'siloDebt' | 'escalations' | 'flags' | 'stance' | 'journey'>;
  flagsSet: string[];
}

/** Every rule that applies to this choice, in the order the debrief names them. */
export function resolveChoice(scenario: Scenario, state: GameState, situation: Situation, choice: Choice): Resolved {
  const option: AnyOption = situation.options[choice.strategy];
  const parts = fitParts(situation, choice);
  let { strain, siloDebt, escalations, stance } = state;
  const inCrisis = situation.kind === 'strain-crisis';

  if (choice.strategy === 'prioritise' && choice.perspective) {
    parts.push(priorityPart(choice.perspective, choice.perCase));
    if (choice.perCase) {
      parts.push(precedentPart(precedentFor(state, situation) ?? situation.id));
      if (inCrisis) strain = prioritiseStrain(strain, null, state.meters, true).strain;
    } else {
      const result = prioritiseStrain(strain, choice.perspective, state.meters, inCrisis);
      parts.push(...result.parts);
      strain = result.strain;
    }
  } else if (inCrisis) {
    const result = prioritiseStrain(strain, null, state.meters, true);
    parts.push(...result.parts);
    strain = result.strain;
  }

  if (choice.strategy === 'escalate') {
    parts.push(hierarchyPart(stance));
    const fatigue = escalationFatiguePart(escalations);
    if (fatigue) parts.push(fatigue);
    escalations += 1;
  }
  if (choice.strategy === 'align') {
    const repaid = siloRepaidPart(siloDebt);
    if (repaid) parts.push(repaid);
    siloDebt = Math.max(0, siloDebt - 1);
  }
  // Debt from earlier silo choices keeps eroding trust.
  const erosion = siloDebtPart(siloDebt);
  if (erosion) parts.push(erosion);
  if (choice.strategy === 'silo') siloDebt += 1;

  if (option.rewards) {
    for (const reward of option.rewards) if (holds(reward.when, state)) parts.push({ rule: 'reward', note: reward.note, delta: reward.delta });
  }

  const flagsSet: string[] = [];
  if (choice.strategy === 'align' && situation.dilemma === 'specialisation-vs-integration' && !state.flags.includes(BUDGETS_POOLED)) flagsSet.push(BUDGETS_POOLED);
  for (const flag of option.sets?.flags ?? []) if (!state.flags.includes(flag) && !flagsSet.includes(flag)) flagsSet.push(flag);
  let flags = flagsSet.length ? [...state.flags, ...flagsSet].sort() : state.flags;
  if (option.sets?.clearFlags) flags = flags.filter((f) => !option.sets?.clearFlags?.includes(f));
  if (option.sets?.stance) stance = option.sets.stance;

  const move = state.journey.status === 'dropped' ? 'drop' : (option.journey ?? defaultMove(choice.strategy, choice.perspective, state.stance));
  const journey = moveJourney(state.journey, move);
  return { parts, move, next: { strain, siloDebt, escalations, flags, stance, journey }, flagsSet };
}

/**
 * The next situation: the strain crisis when strain has passed its threshold; otherwise the next
 * one in the file whose condition holds at its turn. Those whose condition fails are skipped.
 */
export function nextSituation(scenario: Scenario, state: GameState): { id: string | null; skipped: string[] } {
  if (state.strain.level >= STRAIN_CRISIS) {
    const crisis = scenario.situations.find((s) => s.kind === 'strain-crisis' && !wasPlayed(state, s.id));
    if (crisis) return { id: crisis.id, skipped: state.skipped };
  }
  let skipped = state.skipped;
  for (const situation of scenario.situations) {
    if (situation.kind === 'strain-crisis' || skipped.includes(situation.id) || wasPlayed(state, situation.id)) continue;
    if (!situation.when || holds(situation.when, state)) return { id: situation.id, skipped };
    skipped = [...skipped, situation.id];
  }
  return { id: null, skipped };
}

function wasPlayed(state: GameState, id: string): boolean {
  // A plain loop: this runs for every situation on every choice.
  const history = state.history;
  for (let i = 0; i < history.length; i++) if (history[i]!.situationId === id) return true;
  return false;
}

export function applyChoice(scenario: Scenario, state: GameState, choice: Choice): { state: GameState; consequence: Consequence } {
  const situation = currentSituation(scenario, state);
  if (!situation || state.ending) throw new Error('The game has ended; no choice can be applied');
  if (!isOpen(situation, state, choice)) throw new Error(`Choice ${JSON.stringify(choice)} is not open in situation "${situation.id}"`);
  const { parts, move, next, flagsSet } = resolveChoice(scenario, state, situation, choice);
  const after = applyParts(state.meters, parts);
  const consequence: Consequence = {
    situationId: situation.id,
    dilemma: situation.dilemma,
    choice: normaliseChoice(choice),
    parts,
    before: state.meters,
    after,
    move,
    journey: next.journey,
    flagsSet,
    stance: next.stance !== state.stance ? next.stance : null,
  };
  // Built field by field (not spread): this is the engine's hot path.
  const moved: GameState = {
    scenarioId: state.scenarioId,
    meters: after,
    current: null,
    history: state.history.concat(consequence),
    skipped: state.skipped,
    ending: null,
    flags: next.flags,
    stance: next.stance,
    strain: next.strain,
    siloDebt: next.siloDebt,
    escalations: next.escalations,
    journey: next.journey,
  };
  const { id, skipped } = nextSituation(scenario, moved);
  moved.skipped = skipped;
  moved.ending = determineEnding(after, next.journey, id !== null);
  moved.current = moved.ending ? null : id;
  return { state: moved, consequence };
}

/** The meters after all parts, each kept within 0–100. */
export function applyParts(meters: Meters, parts: EffectPart[]): Meters {
  let { legitimacy, efficiency, trust, initiative } = meters;
  for (const { delta } of parts) {
    legitimacy += delta.legitimacy ?? 0;
    efficiency += delta.efficiency ?? 0;
    trust += delta.trust ?? 0;
    initiative += delta.initiative ?? 0;
  }
  return { legitimacy: clampMeter(legitimacy), efficiency: clampMeter(efficiency), trust: clampMeter(trust), initiative: clampMeter(initiative) };
}

function normaliseChoice(choice: Choice): Choice {
  if (choice.strategy !== 'prioritise') return { strategy: choice.strategy };
  return choice.perCase ? { strategy: choice.strategy, perspective: choice.perspective, perCase: true } : { strategy: choice.strategy, perspective: choice.perspective };
}

export type Strength = 0 | 1 | 2 | 3;

/** Effect preview: how strongly a choice would move each meter (0–3), never in which direction. */
export function previewChoice(scenario: Scenario, state: GameState, choice: Choice): Record<Meter, Strength> {
  const situation = currentSituation(scenario, state);
  const preview = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 } as Record<Meter, Strength>;
  if (!situation) return preview;
  const { parts } = resolveChoice(scenario, state, situation, choice);
  const after = applyParts(state.meters, parts);
  for (const m of METERS) {
    const size = Math.abs(after[m] - state.meters[m]);
    preview[m] = size === 0 ? 0 : size <= 3 ? 1 : size <= 7 ? 2 : 3;
  }
  return preview;
}

/** The strongest preview over every open variant of a strategy (prioritise has one per perspective). */
export function previewStrategy(scenario: Scenario, state: GameState, strategy: Choice['strategy']): Record<Meter, Strength> {
  const variants = legalChoices(scenario, state).filter((c) => c.strategy === strategy && !c.perCase);
  const previews = variants.map((c) => previewChoice(scenario, state, c));
  const out = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 } as Record<Meter, Strength>;
  for (const p of previews) for (const m of METERS) out[m] = Math.max(out[m], p[m]) as Strength;
  return out;
}

