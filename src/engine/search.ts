// Searching the whole game tree of a scenario: the best ending still reachable from any state.
// Depth first over the compiled rules (compiled.ts), with three ways of not doing the same work
// twice: states equal in everything that can change the future share one entry in a table (the
// history is not part of it); a branch is cut as soon as an upper bound shows it cannot beat the
// best already found (branch and bound); and a state is cut when a searched state that differs
// only by higher meters could not beat it either (the rules are monotone in the meters when no
// condition reads them). Every value the search returns as exact is exact.
import { compileGame, compiledClasses, type CompiledGame, type CState } from './compiled';
import { BALANCED_FROM, BALANCE_POINTS, FATE_POINTS, FRAGILE_BELOW } from './endings';
import { FORM_RULES } from './form';
import { defaultFit } from './fit';
import { IMPLEMENTED, REALISED } from './journey';
import { METERS, METER_STEP, type Meter, type Meters } from './meters';
import { PRESSURE_COST, PRESSURE_FROM, TIME_COST } from './pressure';
import { POLICY_LINE_COVER, STRAIN_CRISIS, SWITCH_RELIEF, priorityPart } from './prioritise';
import { advance } from './rules';
import type { AnyOption, PrioritiseOption, Scenario, Situation } from './scenario';
import { SILO_RELIEF, SILO_REPAID } from './silo';
import type { Fate } from './journey';
import type { Balance, Choice, Ending, GameState } from './state';
import { PERSPECTIVES, PERSPECTIVE_INFO, STRATEGIES } from './theory';

/** The 16 ending classes, as bits of a mask: four crises, then fate × balance. */
export const ENDING_CLASSES = [
  'crisis:legitimacy',
  'crisis:efficiency',
  'crisis:trust',
  'crisis:initiative',
  ...['dropped', 'stalled', 'changed', 'realised'].flatMap((fate) => ['fragile', 'leaning', 'balanced'].map((balance) => `${fate}/${balance}`)),
];

const FATE_RANK = { dropped: 0, stalled: 1, changed: 2, realised: 3 } as const;
const BALANCE_RANK = { fragile: 0, leaning: 1, balanced: 2 } as const;
const CRISIS_INDEX = { legitimacy: 0, efficiency: 1, trust: 2, initiative: 3 } as const;

export function endingClassIndex(ending: Ending): number {
  return ending.kind === 'crisis' ? CRISIS_INDEX[ending.meter] : 4 + FATE_RANK[ending.fate] * 3 + BALANCE_RANK[ending.balance.kind];
}

/**
 * What a search maximises over the endings reachable from a state: the engine's ending score; the
 * ending class alone (the score without the weakest meter's points: quicker, for the debrief); the
 * final sum of the four meters in a game that ends without a crisis (a crisis counts 0); or the
 * ending score of lines that meet one situation (`through:<id>`; other lines count -1).
 */
export type Objective = 'score' | 'class' | 'sum' | `through:${string}`;

/** Below every ending score: a line that does not meet the situation an objective asks for. */
const MISSED = -1;

/** Every crisis scores 0 (endings.ts). */
const CRISIS_CEILING = 0;

export interface GameSearch {
  readonly scenario: Scenario;
  /** The best value still reachable from a state (exact); `atLeast`, when known to be reachable, speeds it up. */
  best(state: GameState, objective?: Objective, atLeast?: number): number;
  /** The best value from a state if it is above `alpha` (exact: true); otherwise a bound at or below `alpha`. */
  above(state: GameState, alpha: number, objective?: Objective): { value: number; exact: boolean };
  /** Whether some line from a state scores above `threshold` (stops at the first one found). */
  exceeds(state: GameState, threshold: number, objective?: Objective): boolean;
  /** The value of each open choice: the best still reachable after it (exact). */
  choiceValues(state: GameState, objective?: Objective): { choice: Choice; value: number }[];
  /** One best line of play from a state (up to a situation, if given), and the state it ends in. */
  bestLine(
    state: GameState,
    objective?: Objective,
    prefer?: (choices: { choice: Choice; value: number }[], line: Choice[]) => Choice,
    atLeast?: number,
    until?: string,
  ): { choices: Choice[]; end: GameState };
  /** Whether some line of play from a state ends in this ending class (index into ENDING_CLASSES). */
  canReach(state: GameState, endingClass: number): boolean;
  /** Whether some line of play from a state meets this situation. */
  canMeet(state: GameState, situationId: string): boolean;
  /** Distinct states in the search tables so far. */
  readonly size: number;
}

interface SituationCeiling {
  /** Per meter: the most it can change in this situation, whatever is chosen (may be negative). */
  gain: Meters;
  /** The same with the case's running clock counted (the situation comes at a late turn). */
  gainLate: Meters;
  /** The most the four meters together can change in this situation. */
  sum: number;
  sumLate: number;
  /** Per weighing in LINEAR_BOUNDS: the most the weighted meters can change (early, late). */
  linear: number[];
  linearLate: number[];
}

/**
 * Weighings of the four meters for bounds that respect that one option is chosen per situation:
 * the lowest meter is at most any weighted average of the meters, so the best weighted change,
 * summed over what is still to come, bounds it (the balance and the score's last points).
 */
const LOW_WEIGHTS: Meters[] = (() => {
  // Equal weights on every non-empty subset of the meters: 15 weighings.
  const out: Meters[] = [];
  for (let mask = 1; mask < 16; mask++) {
    const size = [0, 1, 2, 3].filter((i) => mask & (1 << i)).length;
    const w = (i: number) => (mask & (1 << i) ? 1 / size : 0);
    out.push({ legitimacy: w(0), efficiency: w(1), trust: w(2), initiative: w(3) });
  }
  return out;
})();
const LINEAR_BOUNDS: Meters[] = LOW_WEIGHTS;

const ZERO = (): Meters => ({ legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 });

/**
 * Upper bounds of what one situation can do to the meters: every part that can only help is
 * counted at its best, every part that can only hurt is left out, fixed costs are counted.
 */
function situationCeiling(scenario: Scenario, situation: Situation): SituationCeiling {
  const weights = FORM_RULES[scenario.participationForm].weight;
  // The participation form scales a choice's total: a monotone step, so bounds stay bounds.
  const scaled = (m: Meter, total: number) => (total > 0 ? total + Math.floor((total * ((weights[m]?.gain ?? 1) - 1)) / METER_STEP + 1e-9) * METER_STEP : total);
  const inCrisis = situation.kind === 'strain-crisis';
  const variants: { delta: Meters; bonus: number }[] = [];
  for (const strategy of STRATEGIES) {
    const option: AnyOption = situation.options[strategy];
    const base = ZERO();
    const effect = option.effect ?? defaultFit(strategy, situation.dilemma);
    for (const m of METERS) base[m] += (effect[m] ?? 0) + (option.adjust?.[m] ?? 0);
    for (const r of option.rewards ?? []) for (const m of METERS) base[m] += Math.max(0, r.delta[m] ?? 0);
    // A switch can give one neglected meter back up to two levels of strain.
    const switchBonus = strategy === 'prioritise' || inCrisis ? SWITCH_RELIEF * STRAIN_CRISIS : 0;
    if (strategy === 'prioritise') {
      for (const p of PERSPECTIVES) {
        for (const perCase of [false, true]) {
          const v = { ...base };
          const part = priorityPart(p, situation.dilemma, perCase);
          for (const m of METERS) v[m] += part.delta[m] ?? 0;
          if (perCase) {
            v.legitimacy += 5;
            v.efficiency -= 5;
          }
          if ((option as PrioritiseOption).byPerspective?.[p]?.policyLine) v.legitimacy += POLICY_LINE_COVER;
          variants.push({ delta: v, bonus: switchBonus });
        }
      }
      continue;
    }
    const v = { ...base };
    v.efficiency -= TIME_COST[strategy];
    if (strategy === 'align') v.trust += SILO_REPAID;
    if (strategy === 'escalate') v.initiative += 5; // a supportive hierarchy, the best stance
    if (strategy === 'silo') v[PERSPECTIVE_INFO[scenario.department.leaning].meter] += SILO_RELIEF;
    variants.push({ delta: v, bonus: switchBonus });
  }
  const bound = (late: boolean) => {
    const gain = { legitimacy: -Infinity, efficiency: -Infinity, trust: -Infinity, initiative: -Infinity };
    let sum = -Infinity;
    const linear = LINEAR_BOUNDS.map(() => -Infinity);
    for (const { delta, bonus } of variants) {
      const d = { ...delta };
      if (late) d.efficiency -= PRESSURE_COST;
      const plain = ZERO();
      const extra = ZERO();
      for (const m of METERS) {
        plain[m] = scaled(m, d[m]);
        extra[m] = bonus ? scaled(m, d[m] + bonus) - plain[m] : 0;
        gain[m] = Math.max(gain[m], plain[m] + extra[m]);
      }
      const total = METERS.reduce((t, m) => t + plain[m], 0);
      sum = Math.max(sum, total + Math.max(...METERS.map((m) => extra[m])));
      LINEAR_BOUNDS.forEach((w, k) => {
        const value = METERS.reduce((t, m) => t + w[m] * plain[m], 0) + Math.max(...METERS.map((m) => w[m] * extra[m]));
        linear[k] = Math.max(linear[k]!, value);
      });
    }
    return { gain, sum, linear };
  };
  const early = bound(false);
  const late = bound(true);
  return { gain: early.gain, gainLate: late.gain, sum: early.sum, sumLate: late.sum, linear: early.linear, linearLate: late.linear };
}


// A table entry: the value times 64, doubled, plus 1 when exact. Every score is a multiple of 1/8;
// a bound may not be, so it is rounded up (a bound stays a bound).
const entry = (value: number, exact: boolean) => (exact ? Math.round(value * 64) : Math.ceil(value * 64 - 1e-9)) * 2 + (exact ? 1 : 0);
const entryValue = (e: number) => Math.floor(e / 2) / 64;
const entryExact = (e: number) => Math.abs(e % 2) === 1;

// Meters as 6-bit fields (0–20 steps each, a guard bit above): A dominates B when no field borrows.
const GUARD = (1 << 5) | (1 << 11) | (1 << 17) | (1 << 23);
const packMeters = (s: CState) => s.l / METER_STEP | ((s.e / METER_STEP) << 6) | ((s.t / METER_STEP) << 12) | ((s.i / METER_STEP) << 18);
/** Whether every meter of `a` is at least that of `b`. */
const dominates = (a: number, b: number) => (((a | GUARD) - b) & GUARD) === GUARD;

export function createGameSearch(scenario: Scenario): GameSearch {
  const game: CompiledGame = compileGame(scenario);
  const situations = scenario.situations;
  const ceilings = situations.map((s) => situationCeiling(scenario, s));
  // Regular situations without a condition come for certain, unless a crisis ends the game first.
  const certain = situations.map((s) => s.kind === 'regular' && !s.when);
  const crisisIndex = situations.findIndex((s) => s.kind === 'strain-crisis');
  const floor = game.floor;
  // Dominance needs a game that is monotone in the meters: no condition may read them.
  const monotone = !situations.some((s) => s.when?.meters || (Object.values(s.options) as AnyOption[]).some((o) => (o.rewards ?? []).some((r) => r.when.meters)));
  const tables = new Map<Objective, Map<string, number>>();
  const dominance = new Map<Objective, Map<string, number[]>>();
  const throughCache = new Map<Objective, number>();
  const throughIndex = (objective: Objective) => {
    let i = throughCache.get(objective);
    if (i === undefined) throughCache.set(objective, (i = objective.startsWith('through:') ? situations.findIndex((s) => s.id === objective.slice(8)) : -1));
    return i;
  };

  function terminalValue(s: CState, objective: Objective): number {
    if (objective === 'sum') return s.end === 0 ? 0 : s.l + s.e + s.t + s.i;
    const through = throughIndex(objective);
    if (through >= 0 && !game.played(s, through)) return MISSED;
    if (s.end === 0) return 0;
    const { fate, balance, low } = compiledClasses(s);
    return 100 + fate * FATE_POINTS + balance * BALANCE_POINTS + (objective === 'class' ? 0 : low / 5);
  }

  /** Whether situation `i` can still come (it is current, or later and not yet passed). */
  /** Regular situations still to play, counting the current one. */
  function playsLeft(s: CState): number {
    const start = s.cur >= 0 && s.cur !== crisisIndex ? s.cur : s.from;
    let n = 0;
    for (let i = start; i < situations.length; i++) if (i !== crisisIndex) n++;
    return n;
  }

  /** The strain crisis can still come only if enough prioritising is left to build the strain. */
  function crisisPossible(s: CState): boolean {
    if (crisisIndex < 0 || s.crisisDone) return false;
    if (s.cur === crisisIndex) return true;
    const needed = s.sp < 0 ? STRAIN_CRISIS + 1 : STRAIN_CRISIS - s.sl;
    return playsLeft(s) >= needed;
  }

  function toCome(s: CState, i: number): { comes: boolean; sure: boolean } {
    if (i === s.cur) return { comes: true, sure: true };
    if (i === crisisIndex) return { comes: crisisPossible(s), sure: false };
    const start = s.cur >= 0 && s.cur !== crisisIndex ? s.cur + 1 : s.from;
    return i >= start ? { comes: true, sure: certain[i]! } : { comes: false, sure: false };
  }

  /**
   * An upper bound on what a state can still reach in a game that ends without a crisis (a crisis
   * scores below any completed game, so the bound never needs it): every meter as high as it could
   * get, the proposal as far as it could go.
   */
  const linear = new Float64Array(LOW_WEIGHTS.length);
  const lowWeights = LOW_WEIGHTS.map((w) => [w.legitimacy, w.efficiency, w.trust, w.initiative]);
  const gains = ceilings.map((c) => [c.gain.legitimacy, c.gain.efficiency, c.gain.trust, c.gain.initiative]);
  const gainsLate = ceilings.map((c) => [c.gainLate.legitimacy, c.gainLate.efficiency, c.gainLate.trust, c.gainLate.initiative]);

  function ceiling(s: CState, objective: Objective): number {
    const through = throughIndex(objective);
    if (through >= 0 && !game.played(s, through) && !toCome(s, through).comes) return MISSED;
    let l = s.l;
    let e = s.e;
    let t = s.t;
    let m = s.i;
    let sum = l + e + t + m;
    for (let k = 0; k < lowWeights.length; k++) {
      const w = lowWeights[k]!;
      linear[k] = w[0]! * l + w[1]! * e + w[2]! * t + w[3]! * m;
    }
    let turn = s.turn;
    let left = 0;
    // What can still come: the current situation, later regular ones, and the crisis if not yet played.
    const start = s.cur >= 0 && s.cur !== crisisIndex ? s.cur + 1 : s.from;
    const crisisMay = crisisPossible(s);
    for (let i = 0; i < ceilings.length; i++) {
      let sure: boolean;
      if (i === s.cur) sure = true;
      else if (i === crisisIndex) {
        if (!crisisMay) continue;
        sure = false;
      } else if (i >= start) sure = certain[i]!;
      else continue;
      left++;
      const late = sure && turn >= PRESSURE_FROM;
      const c = ceilings[i]!;
      const g = late ? gainsLate[i]! : gains[i]!;
      if (sure) {
        l += g[0]!;
        e += g[1]!;
        t += g[2]!;
        m += g[3]!;
        sum += late ? c.sumLate : c.sum;
        turn++;
      } else {
        l += Math.max(0, g[0]!);
        e += Math.max(0, g[1]!);
        t += Math.max(0, g[2]!);
        m += Math.max(0, g[3]!);
        sum += Math.max(0, c.sum);
      }
      const lin = late ? c.linearLate : c.linear;
      for (let k = 0; k < linear.length; k++) linear[k]! += sure ? lin[k]! : Math.max(0, lin[k]!);
    }
    l = Math.min(100, l);
    e = Math.min(100, e);
    t = Math.min(100, t);
    m = Math.min(100, m);
    // A meter that cannot stay above its floor means every line ends in a crisis.
    if (l <= floor.legitimacy || e <= floor.efficiency || t <= floor.trust || m <= floor.initiative) return objective === 'sum' ? 0 : CRISIS_CEILING;
    const total = Math.min(l + e + t + m, sum);
    if (objective === 'sum') return total;
    // Each situation moves the proposal once at most.
    const fate = s.st === 3 ? 0 : Math.min(REALISED, s.pos + left) < IMPLEMENTED ? 1 : s.changes >= 3 ? 2 : 3;
    // The lowest meter is at most any weighted average of the meters (LOW_WEIGHTS).
    let low = Math.min(l, e, t, m, total / 4);
    for (let k = 0; k < linear.length; k++) if (linear[k]! < low) low = linear[k]!;
    // Meters move in steps of 5, so the lowest one is a multiple of 5.
    low = Math.floor(low / METER_STEP + 1e-9) * METER_STEP;
    const balance = low >= BALANCED_FROM ? 2 : low >= FRAGILE_BELOW ? 1 : 0;
    return 100 + fate * FATE_POINTS + balance * BALANCE_POINTS + (objective === 'class' ? 0 : low / 5);
  }

  function tableFor(objective: Objective) {
    let table = tables.get(objective);
    if (!table) tables.set(objective, (table = new Map()));
    return table;
  }

  /**
   * Branch and bound: the exact best value when it is above `alpha`; otherwise some upper bound
   * at or below `alpha`. The table keeps which of the two it holds.
   */
  function search(s: CState, alpha: number, objective: Objective, knownBound?: number): number {
    if (s.end >= 0) return terminalValue(s, objective);
    // Once the situation is met, a line through it is any line: share the ending score's table.
    const through = throughIndex(objective);
    if (through >= 0 && game.played(s, through)) return search(s, alpha, 'score');
    const table = tableFor(objective);
    const k = game.key(s);
    const known = table.get(k);
    if (known !== undefined && (entryExact(known) || entryValue(known) <= alpha)) return entryValue(known);
    const bound = knownBound ?? ceiling(s, objective);
    if (bound <= alpha) return bound;
    // A searched state equal in all but the meters, with every meter at least as high, can do at
    // least as well: its value (or bound) bounds this one too.
    let list: number[] | undefined;
    const packed = packMeters(s);
    if (monotone) {
      let lists = dominance.get(objective);
      if (!lists) dominance.set(objective, (lists = new Map()));
      const rest = k.slice(2);
      list = lists.get(rest);
      if (!list) lists.set(rest, (list = []));
      for (let i = 0; i < list.length; i += 2) if (list[i + 1]! <= alpha && dominates(list[i]!, packed)) return list[i + 1]!;
    }
    const children = game.choices(s).map((shape) => {
      const next = game.step(s, shape);
      return { next, bound: next.end >= 0 ? terminalValue(next, objective) : ceiling(next, objective) };
    });
    // Most promising first, so good lines are found early and the rest can be cut.
    children.sort((a, b) => b.bound - a.bound);
    let best = -Infinity;
    for (const child of children) {
      const floorValue = Math.max(alpha, best);
      if (child.bound <= floorValue) {
        best = Math.max(best, child.bound);
        break;
      }
      const value = child.next.end >= 0 ? child.bound : search(child.next, floorValue, objective, child.bound);
      if (value > best) best = value;
    }
    // Children cut by the loop are bounded by the last bound seen, which is at most `best`.
    const e = entry(best, best > alpha);
    table.set(k, e);
    if (list) list.push(packed, entryValue(e));
    return best;
  }

  /**
   * Whether some line from the state scores above `threshold`: stops at the first one found, so it
   * is much cheaper than the best value when the answer is yes.
   */
  function exceeds(s: CState, threshold: number, objective: Objective): boolean {
    if (s.end >= 0) return terminalValue(s, objective) > threshold;
    const table = tableFor(objective);
    const k = game.key(s);
    const known = table.get(k);
    if (known !== undefined) {
      if (entryExact(known)) return entryValue(known) > threshold;
      if (entryValue(known) <= threshold) return false;
    }
    if (ceiling(s, objective) <= threshold) return false;
    const children = game.choices(s).map((shape) => {
      const next = game.step(s, shape);
      return { next, bound: next.end >= 0 ? terminalValue(next, objective) : ceiling(next, objective) };
    });
    children.sort((a, b) => b.bound - a.bound);
    for (const child of children) {
      if (child.bound <= threshold) break;
      if (exceeds(child.next, threshold, objective)) return true;
    }
    // Nothing above the threshold: remember it as a bound, unless a tighter one is known.
    if (known === undefined || entryValue(known) > threshold) table.set(k, entry(threshold, false));
    return false;
  }

  const shapeOf = (choice: Choice) =>
    game.shapes.findIndex((c) => c.strategy === choice.strategy && c.perspective === choice.perspective && Boolean(c.perCase) === Boolean(choice.perCase));

  function best(state: GameState, objective: Objective = 'score', atLeast = -Infinity): number {
    // A value known to be reachable lets the search cut everything below it from the start.
    return search(game.fromState(state), atLeast - 1 / 64, objective);
  }

  function above(state: GameState, alpha: number, objective: Objective = 'score') {
    const s = game.fromState(state);
    const value = s.end >= 0 ? terminalValue(s, objective) : search(s, alpha, objective);
    return { value, exact: value > alpha };
  }

  function choiceValues(state: GameState, objective: Objective = 'score') {
    const s = game.fromState(state);
    return game.choices(s).map((shape) => {
      const next = game.step(s, shape);
      return { choice: game.shapes[shape]!, value: next.end >= 0 ? terminalValue(next, objective) : search(next, -Infinity, objective) };
    });
  }

  function bestLine(state: GameState, objective: Objective = 'score', prefer?: (choices: { choice: Choice; value: number }[], line: Choice[]) => Choice, atLeast = -Infinity, until?: string) {
    const choices: Choice[] = [];
    let at = state;
    let s = game.fromState(state);
    const target = search(s, atLeast - 1 / 64, objective);
    while (s.end < 0 && at.current !== until) {
      // Only which choices keep the best within reach matters here, not how good the others are.
      const keeping = game
        .choices(s)
        .map((shape) => {
          const next = game.step(s, shape);
          return { choice: game.shapes[shape]!, value: next.end >= 0 ? terminalValue(next, objective) : search(next, target - 1 / 64, objective) };
        })
        .filter((v) => v.value >= target);
      const choice = prefer ? prefer(keeping, choices) : keeping[0]!.choice;
      choices.push(choice);
      s = game.step(s, shapeOf(choice));
      at = advance(scenario, at, choice);
    }
    return { choices, end: at };
  }

  // Reachability: depth first, remembering states known not to lead there.
  const dead = new Map<string, Set<string>>();
  function reach(s: CState, goal: string, hit: (s: CState) => boolean, hopeless: (s: CState) => boolean): boolean {
    if (hit(s)) return true;
    if (s.end >= 0 || hopeless(s)) return false;
    let seen = dead.get(goal);
    if (!seen) dead.set(goal, (seen = new Set()));
    const k = game.key(s);
    if (seen.has(k)) return false;
    for (const shape of game.choices(s)) if (reach(game.step(s, shape), goal, hit, hopeless)) return true;
    seen.add(k);
    return false;
  }

  function canReach(state: GameState, endingClass: number): boolean {
    const wantsFate = endingClass >= 4 ? Math.floor((endingClass - 4) / 3) : -1;
    const wantsBalance = endingClass >= 4 ? (endingClass - 4) % 3 : -1;
    const remaining = (s: CState) => situations.reduce((n, _, i) => n + (toCome(s, i).comes ? 1 : 0), 0);
    return reach(
      game.fromState(state),
      `ending:${endingClass}`,
      (s) => {
        if (s.end < 0) return false;
        if (endingClass < 4) {
          if (s.end !== 0) return false;
          const crisis = [s.l <= floor.legitimacy, s.e <= floor.efficiency, s.t <= floor.trust, s.i <= floor.initiative].indexOf(true);
          return crisis === endingClass;
        }
        if (s.end !== 1) return false;
        const { fate, balance } = compiledClasses(s);
        return fate === wantsFate && balance === wantsBalance;
      },
      (s) => {
        if (wantsFate < 0) return false;
        if (s.st === 3) return wantsFate !== 0;
        if (wantsFate === 3 && s.changes >= 3) return true;
        return wantsFate >= 2 && Math.min(REALISED, s.pos + remaining(s)) < IMPLEMENTED;
      },
    );
  }

  function canMeet(state: GameState, situationId: string): boolean {
    const i = situations.findIndex((x) => x.id === situationId);
    return reach(
      game.fromState(state),
      `meet:${situationId}`,
      (s) => s.cur === i,
      (s) => game.played(s, i) || !toCome(s, i).comes,
    );
  }

  return {
    scenario,
    best,
    above,
    exceeds: (state, threshold, objective = 'score') => exceeds(game.fromState(state), threshold, objective),
    choiceValues,
    bestLine,
    canReach,
    canMeet,
    get size() {
      let n = 0;
      for (const table of tables.values()) n += table.size;
      return n;
    },
  };
}

/** The ending class a score stands for: a crisis, or the proposal's fate and the balance. */
export function classOfScore(score: number): { kind: 'crisis' } | { kind: 'completed'; fate: Fate; balance: Balance['kind'] } {
  if (score < 100) return { kind: 'crisis' };
  const fate = Math.min(3, Math.floor((score - 100) / FATE_POINTS));
  const balance = Math.min(2, Math.floor((score - 100 - fate * FATE_POINTS) / BALANCE_POINTS));
  return { kind: 'completed', fate: (['dropped', 'stalled', 'changed', 'realised'] as const)[fate]!, balance: (['fragile', 'leaning', 'balanced'] as const)[balance]! };
}
