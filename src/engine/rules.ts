// The rules of the game as pure functions: (scenario, state, choice) → next state and a
// consequence whose effect is split into named parts. Each rule lives in its own module; this one
// puts them in order. No rule reads `state.history`: it is kept for the screens only, so the
// analyser can search with states that carry none.
import { conditionTest } from './conditions';
import { crisisFloor, formPart } from './form';
import { crisisMeter, determineEnding } from './endings';
import { escalationFatiguePart, hierarchyPart, stanceAfterEscalation } from './escalate';
import { defaultFit, THEORY_FIT } from './fit';
import { START_JOURNEY, defaultMove, moveJourney, type JourneyMove } from './journey';
import { addDeltas, clampMeter, METERS, type Meter, type Meters } from './meters';
import { roomParts } from './navigate';
import { LOAD_FROM, TIME_COST, pressurePart, timePart, waitingPart } from './pressure';
import { policyLinePart, precedentPart, priorityPart, prioritiseStrain, STRAIN_CRISIS } from './prioritise';
import { servedKey, valuesServedByKey } from './profile';
import type { AnyOption, PrioritiseOption, Scenario, Situation } from './scenario';
import { SILO_DEBT_CAP, siloDebtPart, siloReliefPart, siloRepaidPart, strandedInputPart } from './silo';
import type { Choice, Consequence, EffectPart, GameState } from './state';
import type { Text } from './text';
import { PERSPECTIVES, type Perspective } from './theory';

export const DEFAULT_START_METERS: Meters = { legitimacy: 50, efficiency: 50, trust: 50, initiative: 50 };
/** Set by aligning in a specialisation-vs-integration situation: the departments pooled budgets. */
export const BUDGETS_POOLED = 'budgets-pooled';

export function findSituation(scenario: Scenario, id: string): Situation {
  const at = scenarioPlan(scenario).index.get(id);
  if (at === undefined) throw new Error(`Scenario "${scenario.id}" has no situation "${id}"`);
  return scenario.situations[at]!;
}

export function currentSituation(scenario: Scenario, state: GameState): Situation | null {
  return state.current === null ? null : findSituation(scenario, state.current);
}

export function startGame(scenario: Scenario): GameState {
  // Built in the same field order as every later state, so all states share one shape (hot path).
  const state: GameState = {
    scenarioId: scenario.id,
    meters: applyTotal({ ...DEFAULT_START_METERS, ...scenario.initialMeters }, NO_CHANGE),
    current: null,
    history: [],
    played: [],
    skipped: [],
    ending: null,
    flags: [],
    stance: scenario.hierarchyStance,
    strain: { perspective: null, level: 0 },
    siloDebt: 0,
    escalations: 0,
    navigations: 0,
    alignments: 0,
    journey: START_JOURNEY,
  };
  const { id, skipped } = nextSituation(scenario, state);
  state.current = id;
  state.skipped = skipped;
  return state;
}

const NO_CHANGE: Meters = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 };

/** Fit: the theory's default for this strategy and dilemma, unless the situation overrides it. */
export function fitParts(situation: Situation, choice: Choice): EffectPart[] {
  return optionPlan(situation, choice).fit.slice();
}

/**
 * What one option of a situation does beside the rules, read once from the scenario into one
 * shape: the engine's hot path then reads no optional fields of objects parsed from files.
 */
interface OptionPlan {
  /** The situation's own fields this choice needs, read once (objects parsed from files differ in shape). */
  id: string;
  dilemma: Situation['dilemma'];
  inCrisis: boolean;
  fit: readonly EffectPart[];
  fitSum: Meters;
  journey: JourneyMove | null;
  flags: readonly string[];
  clearFlags: readonly string[];
  stance: GameState['stance'] | null;
  rewards: readonly { test: (state: GameState) => boolean; part: EffectPart; sum: Meters }[];
  /** Prioritise only: the policy line and the flags each perspective brings. */
  byPerspective: Partial<Record<Perspective, { line: Text | null; flags: readonly string[] }>>;
  /** Per variant (see `variantIndex`): the priority part, if any, and the key of the values served. */
  variants: { priority: EffectPart | null; sum: Meters; servedKey: number }[];
}

/** 0 for a strategy without variants; then two per perspective: standing, and per case. */
function variantIndex(choice: Choice): number {
  return choice.perspective ? (PERSPECTIVES.indexOf(choice.perspective) + 1) * 2 + (choice.perCase ? 1 : 0) : 0;
}

const planCache = new WeakMap<Situation, Partial<Record<Choice['strategy'], OptionPlan>>>();
const NONE: readonly string[] = Object.freeze([]);

function optionPlan(situation: Situation, choice: Choice): OptionPlan {
  let bySituation = planCache.get(situation);
  if (!bySituation) planCache.set(situation, (bySituation = {}));
  return (bySituation[choice.strategy] ??= buildPlan(situation, choice));
}

function buildPlan(situation: Situation, choice: Choice): OptionPlan {
  const option: AnyOption = situation.options[choice.strategy];
  const byPerspective: OptionPlan['byPerspective'] = {};
  if (choice.strategy === 'prioritise') {
    for (const p of PERSPECTIVES) {
      const entry = (option as PrioritiseOption).byPerspective?.[p];
      byPerspective[p] = { line: entry?.policyLine ?? null, flags: entry?.sets?.flags ?? NONE };
    }
  }
  const fit = buildFitParts(situation, choice);
  const variants: OptionPlan['variants'] = [{ priority: null, sum: NO_CHANGE, servedKey: servedKey({ strategy: choice.strategy }, situation.dilemma) }];
  if (choice.strategy === 'prioritise') {
    for (const perspective of PERSPECTIVES) {
      for (const perCase of [false, true]) {
        const variant: Choice = perCase ? { strategy: 'prioritise', perspective, perCase } : { strategy: 'prioritise', perspective };
        const priority = priorityPart(perspective, situation.dilemma, perCase);
        variants[variantIndex(variant)] = { priority, sum: addDeltas([priority.delta]), servedKey: servedKey(variant, situation.dilemma) };
      }
    }
  }
  return {
    id: situation.id,
    dilemma: situation.dilemma,
    inCrisis: situation.kind === 'strain-crisis',
    fit,
    fitSum: addDeltas(fit.map((p) => p.delta)),
    journey: option.journey ?? null,
    flags: option.sets?.flags ?? NONE,
    clearFlags: option.sets?.clearFlags ?? NONE,
    stance: option.sets?.stance ?? null,
    rewards: (option.rewards ?? []).map((r) => ({ test: conditionTest(r.when), part: Object.freeze({ rule: 'reward', note: r.note, delta: r.delta }), sum: addDeltas([r.delta]) })),
    byPerspective,
    variants,
  };
}

function buildFitParts(situation: Situation, choice: Choice): EffectPart[] {
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
export function precedentFor(scenario: Scenario, state: GameState, situation: Situation): string | null {
  for (let i = state.played.length - 1; i >= 0; i--) {
    const p = state.played[i]!;
    if (p.dilemma === situation.dilemma) return p.id;
  }
  return null;
}

// The choice lists are shared and frozen: building them is on the analyser's hot path.
const STANDARD_CHOICES: readonly Choice[] = [{ strategy: 'navigate-rules' }, { strategy: 'align' }, { strategy: 'escalate' }, { strategy: 'silo' }];
const PRIORITY_CHOICES: readonly Choice[] = PERSPECTIVES.map((perspective) => ({ strategy: 'prioritise', perspective }));
const PER_CASE_CHOICES: readonly Choice[] = PERSPECTIVES.map((perspective) => ({ strategy: 'prioritise', perspective, perCase: true }));
/** Indexed by the closed perspective (or none) and whether deciding per case is open. */
const CHOICE_LISTS: readonly (readonly Choice[])[] = [null, ...PERSPECTIVES].flatMap((blocked) =>
  [false, true].map((perCase) => {
    const open = (c: Choice) => c.perspective !== blocked;
    return Object.freeze([...STANDARD_CHOICES, ...PRIORITY_CHOICES.filter(open), ...(perCase ? PER_CASE_CHOICES.filter(open) : [])].map((c) => Object.freeze(c)));
  }),
);

function choiceList(blocked: Choice['perspective'] | null, perCase: boolean): readonly Choice[] {
  return CHOICE_LISTS[(blocked === null || blocked === undefined ? 0 : PERSPECTIVES.indexOf(blocked) + 1) * 2 + (perCase ? 1 : 0)]!;
}

/** Every choice the player may make now. In a strain crisis the strained perspective is closed. */
export function legalChoices(scenario: Scenario, state: GameState): Choice[] {
  const situation = currentSituation(scenario, state);
  if (!situation || state.ending) return [];
  const blocked = situation.kind === 'strain-crisis' ? state.strain.perspective : null;
  return choiceList(blocked, precedentFor(scenario, state, situation) !== null) as Choice[];
}

/** The same answer as checking legalChoices, without building the list (this is on the hot path). */
export function isLegalChoice(scenario: Scenario, state: GameState, choice: Choice): boolean {
  const situation = currentSituation(scenario, state);
  return situation !== null && !state.ending && isOpen(scenario, situation, state, choice);
}

function isOpen(scenario: Scenario, situation: Situation, state: GameState, choice: Choice): boolean {
  if (choice.strategy !== 'prioritise') return choice.perspective === undefined && !choice.perCase;
  if (!choice.perspective || !PERSPECTIVES.includes(choice.perspective)) return false;
  if (situation.kind === 'strain-crisis' && choice.perspective === state.strain.perspective) return false;
  return !choice.perCase || precedentFor(scenario, state, situation) !== null;
}

type NextFields = Pick<GameState, 'strain' | 'siloDebt' | 'escalations' | 'navigations' | 'alignments' | 'flags' | 'stance' | 'journey'>;

interface Resolved {
  parts: EffectPart[];
  /** The sum of every part's delta, before the meters are kept within 0–100. */
  total: Meters;
  /** What happens to the proposal; a dropped proposal stays dropped. */
  move: JourneyMove;
  next: NextFields;
  flagsSet: string[];
}

/** The parts of one choice and their running sum, kept together so no rule walks the list twice. */
class Parts {
  readonly list: EffectPart[];
  legitimacy = 0;
  efficiency = 0;
  trust = 0;
  initiative = 0;
  constructor(plan: OptionPlan) {
    this.list = plan.fit.slice();
    this.legitimacy = plan.fitSum.legitimacy;
    this.efficiency = plan.fitSum.efficiency;
    this.trust = plan.fitSum.trust;
    this.initiative = plan.fitSum.initiative;
  }
  add(part: EffectPart | null): void {
    if (!part) return;
    this.list.push(part);
    const d = part.delta;
    if (d.legitimacy) this.legitimacy += d.legitimacy;
    if (d.efficiency) this.efficiency += d.efficiency;
    if (d.trust) this.trust += d.trust;
    if (d.initiative) this.initiative += d.initiative;
  }
  /**
   * A part whose change the caller knows as numbers: no read of the part's delta here, whose shapes
   * vary with the rule (reads of many shapes at one place are slow on the hot path).
   */
  addKnown(part: EffectPart | null, legitimacy: number, efficiency: number, trust: number, initiative: number): void {
    if (!part) return;
    this.list.push(part);
    this.legitimacy += legitimacy;
    this.efficiency += efficiency;
    this.trust += trust;
    this.initiative += initiative;
  }
  /** A part whose change costs efficiency only (time, pressure). */
  addEfficiency(part: EffectPart | null): void {
    if (part) this.addKnown(part, 0, part.delta.efficiency ?? 0, 0, 0);
  }
  addAll(parts: readonly EffectPart[]): void {
    for (let i = 0; i < parts.length; i++) this.add(parts[i]!);
  }
  total(): Meters {
    return { legitimacy: this.legitimacy, efficiency: this.efficiency, trust: this.trust, initiative: this.initiative };
  }
}

/** Every rule that applies to this choice, in the order the debrief names them. */
export function resolveChoice(scenario: Scenario, state: GameState, situation: Situation, choice: Choice): Resolved {
  const plan = optionPlan(situation, choice);
  const parts = new Parts(plan);
  let { strain, siloDebt, escalations, navigations, alignments, stance } = state;
  const { inCrisis, dilemma } = plan;
  const rules = scenarioPlan(scenario);

  switch (choice.strategy) {
    case 'navigate-rules':
      parts.addAll(roomParts(parts.total(), state.meters, dilemma, navigations));
      parts.addEfficiency(timePart('navigate-rules', navigations));
      navigations += 1;
      break;
    case 'align':
      parts.addEfficiency(timePart('align', alignments));
      parts.add(siloRepaidPart(siloDebt));
      siloDebt = Math.max(0, siloDebt - 1);
      alignments += 1;
      break;
    case 'prioritise': {
      const perspective = choice.perspective!;
      const variant = plan.variants[variantIndex(choice)]!;
      parts.addKnown(variant.priority, variant.sum.legitimacy, variant.sum.efficiency, variant.sum.trust, variant.sum.initiative);
      if (choice.perCase) {
        parts.add(precedentPart(precedentFor(scenario, state, situation) ?? plan.id));
        if (inCrisis) strain = prioritiseStrain(strain, null, true).strain;
      } else {
        const result = prioritiseStrain(strain, perspective, inCrisis);
        parts.addAll(result.parts);
        strain = result.strain;
      }
      const line = plan.byPerspective[perspective]!.line;
      if (line) parts.add(policyLinePart(perspective, line));
      break;
    }
    case 'escalate':
      parts.addEfficiency(timePart('escalate', escalations));
      parts.add(hierarchyPart(stance));
      parts.add(escalationFatiguePart(escalations));
      escalations += 1;
      stance = stanceAfterEscalation(stance, escalations);
      break;
    case 'silo':
      parts.add(siloReliefPart(rules.department));
      break;
  }
  if (choice.strategy !== 'prioritise' && inCrisis) {
    const result = prioritiseStrain(strain, null, true);
    parts.addAll(result.parts);
    strain = result.strain;
  }

  // What every situation brings, whatever is chosen: debt from earlier silo choices, the case's
  // running clock, and residents waiting on a stalled proposal.
  parts.add(siloDebtPart(state.siloDebt));
  parts.addEfficiency(pressurePart(state.played.length));
  parts.add(waitingPart(state.journey));
  if (choice.strategy === 'silo') siloDebt = Math.min(SILO_DEBT_CAP, siloDebt + 1);

  for (let i = 0; i < plan.rewards.length; i++) {
    const reward = plan.rewards[i]!;
    if (reward.test(state)) parts.addKnown(reward.part, reward.sum.legitimacy, reward.sum.efficiency, reward.sum.trust, reward.sum.initiative);
  }
  parts.add(formPart(rules.form, parts.total()));

  const flagsSet: string[] = [];
  if (choice.strategy === 'align' && dilemma === 'specialisation-vs-integration' && !state.flags.includes(BUDGETS_POOLED)) flagsSet.push(BUDGETS_POOLED);
  newFlags(plan.flags, state.flags, flagsSet);
  if (choice.strategy === 'prioritise') newFlags(plan.byPerspective[choice.perspective!]!.flags, state.flags, flagsSet);
  let flags = flagsSet.length ? withFlags(state.flags, flagsSet) : state.flags;
  if (plan.clearFlags.length) flags = flags.filter((f) => !plan.clearFlags.includes(f));
  if (plan.stance) stance = plan.stance;

  let move: JourneyMove = state.journey.status === 'dropped' ? 'drop' : (plan.journey ?? defaultMove(choice.strategy, choice.perspective, state.stance));
  // The same careful route a third time: while it takes its double time, the proposal waits.
  if (move === 'advance' && loaded(choice.strategy, state)) move = 'stall';
  const journey = moveJourney(state.journey, move);
  return { parts: parts.list, total: parts.total(), move, next: { strain, siloDebt, escalations, navigations, alignments, flags, stance, journey }, flagsSet };
}

/** Adds to `out` the flags of `list` that are neither set already nor in `out`. */
function newFlags(list: readonly string[], set: readonly string[], out: string[]): void {
  for (let i = 0; i < list.length; i++) {
    const flag = list[i]!;
    if (!set.includes(flag) && !out.includes(flag)) out.push(flag);
  }
}

/** The flags set so far plus new ones, kept in sorted order (equal states have equal flag lists). */
function withFlags(set: readonly string[], flagsSet: readonly string[]): string[] {
  const added = flagsSet.length > 1 ? flagsSet.slice().sort() : flagsSet;
  const out = new Array<string>(set.length + added.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) out[k] = j >= added.length || (i < set.length && set[i]! < added[j]!) ? set[i++]! : added[j++]!;
  return out;
}

/** Whether this careful route has been taken often enough that it now costs double time (pressure.ts). */
export function loaded(strategy: Choice['strategy'], state: GameState): boolean {
  const earlier = strategy === 'navigate-rules' ? state.navigations : strategy === 'align' ? state.alignments : strategy === 'escalate' ? state.escalations : 0;
  return TIME_COST[strategy] > 0 && earlier >= LOAD_FROM;
}

/**
 * The next situation: the strain crisis when strain has passed its threshold; otherwise the next
 * one in the file whose condition holds at its turn. Those whose condition fails are skipped.
 */
export function nextSituation(scenario: Scenario, state: GameState, after?: Situation): { id: string | null; skipped: string[] } {
  const rules = scenarioPlan(scenario);
  if (state.strain.level >= STRAIN_CRISIS && rules.crisis !== null && !wasPlayed(state, rules.crisis)) return { id: rules.crisis, skipped: state.skipped };
  // Regular situations come in file order, so the next one comes after the last one played or
  // skipped; right after a regular situation, that is the one just played.
  const order = rules.order;
  let from = 0;
  if (after && after.kind === 'regular') from = rules.index.get(after.id)! + 1;
  else {
    for (const p of state.played) {
      const i = rules.index.get(p.id)!;
      if (!order[i]!.crisis) from = Math.max(from, i + 1);
    }
    for (const id of state.skipped) from = Math.max(from, rules.index.get(id)! + 1);
  }
  let skipped = state.skipped;
  for (let i = from; i < order.length; i++) {
    const next = order[i]!;
    if (next.crisis) continue;
    if (next.when === null || next.when(state)) return { id: next.id, skipped };
    skipped = [...skipped, next.id];
  }
  return { id: null, skipped };
}

/** What the rules read of a scenario, read once into one shape. */
interface ScenarioPlan {
  form: Scenario['participationForm'];
  floor: ReturnType<typeof crisisFloor>;
  department: Scenario['department'];
  /** The situations in file order. */
  order: { id: string; crisis: boolean; when: ((state: GameState) => boolean) | null }[];
  index: Map<string, number>;
  /** The strain crisis of the file, if any (the parser allows one). */
  crisis: string | null;
}

const scenarioPlans = new WeakMap<Scenario, ScenarioPlan>();
let lastPlanScenario: Scenario | null = null;
let lastPlan: ScenarioPlan | null = null;

function scenarioPlan(scenario: Scenario): ScenarioPlan {
  if (scenario === lastPlanScenario) return lastPlan!;
  let plan = scenarioPlans.get(scenario);
  if (!plan) {
    plan = {
      form: scenario.participationForm,
      floor: crisisFloor(scenario.participationForm),
      department: scenario.department,
      order: scenario.situations.map((s) => ({ id: s.id, crisis: s.kind === 'strain-crisis', when: s.when ? conditionTest(s.when) : null })),
      index: new Map(scenario.situations.map((s, i) => [s.id, i])),
      crisis: scenario.situations.find((s) => s.kind === 'strain-crisis')?.id ?? null,
    };
    scenarioPlans.set(scenario, plan);
  }
  lastPlanScenario = scenario;
  lastPlan = plan;
  return plan;
}

function wasPlayed(state: GameState, id: string): boolean {
  // A plain loop: this runs for every situation on every choice.
  const played = state.played;
  for (let i = 0; i < played.length; i++) if (played[i]!.id === id) return true;
  return false;
}

/** The next state, and the consequence when `record` is set (the analyser searches without it). */
function transition(scenario: Scenario, state: GameState, choice: Choice, record: boolean): { state: GameState; consequence: Consequence | null } {
  const situation = currentSituation(scenario, state);
  if (!situation || state.ending) throw new Error('The game has ended; no choice can be applied');
  if (!isOpen(scenario, situation, state, choice)) throw new Error(`Choice ${JSON.stringify(choice)} is not open in situation "${situation.id}"`);
  const { parts, total, move, next, flagsSet } = resolveChoice(scenario, state, situation, choice);
  let after = applyTotal(state.meters, total);
  // Built field by field (not spread): this is the engine's hot path.
  const moved: GameState = {
    scenarioId: state.scenarioId,
    meters: after,
    current: null,
    history: state.history,
    played: withPlayed(state.played, { id: situation.id, strategy: choice.strategy, dilemma: situation.dilemma }),
    skipped: state.skipped,
    ending: null,
    flags: next.flags,
    stance: next.stance,
    strain: next.strain,
    siloDebt: next.siloDebt,
    escalations: next.escalations,
    navigations: next.navigations,
    alignments: next.alignments,
    journey: next.journey,
  };
  const floor = scenarioPlan(scenario).floor;
  const { id, skipped } = nextSituation(scenario, moved, situation);
  moved.skipped = skipped;
  if (id === null && crisisMeter(after, floor) === null) {
    // The case is closed: input still stuck in a department never comes back out.
    const stranded = strandedInputPart(next.siloDebt);
    if (stranded) {
      parts.push(stranded);
      after = applyTotal(after, { legitimacy: 0, efficiency: 0, trust: 0, initiative: stranded.delta.initiative ?? 0 });
      moved.meters = after;
    }
  }
  moved.ending = determineEnding(after, next.journey, id !== null, floor);
  moved.current = moved.ending ? null : id;
  if (!record) return { state: moved, consequence: null };
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
    served: valuesServedByKey(optionPlan(situation, choice).variants[variantIndex(choice)]!.servedKey, choice, situation.dilemma, scenario.department),
  };
  moved.history = withPlayed(state.history, consequence);
  return { state: moved, consequence };
}

function withPlayed<T>(played: readonly T[], next: T): T[] {
  // A plain copy: Array.prototype.concat is slow on this hot path.
  const out = new Array<T>(played.length + 1);
  for (let i = 0; i < played.length; i++) out[i] = played[i]!;
  out[played.length] = next;
  return out;
}

export function applyChoice(scenario: Scenario, state: GameState, choice: Choice): { state: GameState; consequence: Consequence } {
  const { state: next, consequence } = transition(scenario, state, choice, true);
  return { state: next, consequence: consequence! };
}

/** The same step without a consequence or history: what the analyser and the what-ifs search with. */
export function advance(scenario: Scenario, state: GameState, choice: Choice): GameState {
  return transition(scenario, state, choice, false).state;
}

/** The meters after a summed change, each kept within 0–100. */
export function applyTotal(meters: Meters, total: Meters): Meters {
  return {
    legitimacy: clampMeter(meters.legitimacy + total.legitimacy),
    efficiency: clampMeter(meters.efficiency + total.efficiency),
    trust: clampMeter(meters.trust + total.trust),
    initiative: clampMeter(meters.initiative + total.initiative),
  };
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
  const after = applyTotal(state.meters, resolveChoice(scenario, state, situation, choice).total);
  for (const m of METERS) {
    const size = Math.abs(after[m] - state.meters[m]);
    preview[m] = size === 0 ? 0 : size <= 5 ? 1 : size <= 10 ? 2 : 3;
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
