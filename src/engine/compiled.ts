// The rules of rules.ts compiled for searching: a scenario turned into tables once, a game state
// turned into a handful of numbers, and a step that builds no explanation. The analyser and the
// debrief's look-ahead search millions of states with it. It reuses every rule function for the
// size of each part, and repeats only the order in which rules.ts applies them; a test plays
// every shipped scenario through both and checks that they agree on every step.
import { FORM_RULES, crisisFloor, formExtra } from './form';
import { FATIGUE_CAP, HIERARCHY_TIRES_AT, escalationFatiguePart, hierarchyPart, stanceAfterEscalation } from './escalate';
import { BALANCED_FROM, FRAGILE_BELOW } from './endings';
import { defaultFit } from './fit';
import { CHANGED_FROM, IMPLEMENTED, JOURNEY_STATUSES, REALISED, defaultMove, type JourneyMove } from './journey';
import { METERS, METER_STEP, type Meter, type MeterDelta, type Meters } from './meters';
import { FRAMES_MET, ROUTINE_CAP, roomParts } from './navigate';
import { LOAD_FROM, PRESSURE_FROM, TIME_COST, WAITING_COST, pressurePart, timePart } from './pressure';
import { STRAIN_CRISIS, policyLinePart, precedentPart, priorityPart, strainPart, switchPart } from './prioritise';
import { BUDGETS_POOLED } from './rules';
import type { AnyOption, Condition, PrioritiseOption, Scenario, Situation } from './scenario';
import { SILO_DEBT_CAP, SILO_EROSION, SILO_EROSION_FROM, SILO_REPAID, STRANDED_INPUT, siloReliefPart } from './silo';
import type { Choice, GameState } from './state';
import { HIERARCHY_STANCES, PERSPECTIVES, STRATEGIES } from './theory';

/** A game state as the search sees it: only what can change the future, as numbers. */
export interface CState {
  /** The meters, in points (multiples of 5). */
  l: number;
  e: number;
  t: number;
  i: number;
  /** Index of the current situation, -1 once the game has ended. */
  cur: number;
  /** Index of the first regular situation not yet played or skipped. */
  from: number;
  crisisDone: boolean;
  /** Bits over the scenario's conditional situations: which were skipped. */
  skipped: number;
  /** Bits over the dilemmas: which have been played (a precedent exists). */
  dilemmas: number;
  /** Situations played, up to PRESSURE_FROM (no rule counts further). */
  turn: number;
  flags: number;
  stance: number;
  /** The strained perspective (index), or -1. */
  sp: number;
  sl: number;
  debt: number;
  esc: number;
  nav: number;
  ali: number;
  pos: number;
  /** Index into JOURNEY_STATUSES. */
  st: number;
  changes: number;
  /** Per situation a condition looks back at: the strategy chosen there (3 bits each; 7 when not played). */
  chose: number;
  /** -1 while playing, 0 after a crisis, 1 when completed. */
  end: number;
}

interface CCondition {
  all: number;
  none: number;
  meters: [Meter, number, number][];
  strain: [number, number] | null;
  debt: [number, number] | null;
  esc: [number, number] | null;
  stance: number;
  proposal: number;
  chose: [number, number] | null;
}

interface CChoice {
  choice: Choice;
  strategy: number;
  /** The fit or the situation's own effect, plus its adjustment. */
  base: Meters;
  prio: Meters | null;
  perspective: number;
  perCase: boolean;
  journey: JourneyMove | null;
  set: number;
  clear: number;
  setStance: number;
  rewards: { when: CCondition; delta: MeterDelta }[];
  /** What navigating takes from its room (navigate.ts): by frames met (0/1) and earlier navigations. */
  room: Meters[][];
  /** The default move per hierarchy stance, for when the option names none. */
  defaultMoves: JourneyMove[];
  /** Whether the strategy costs time (and so can be loaded). */
  timed: boolean;
  dilemma: number;
  choseSlot: number;
}

export interface CompiledGame {
  scenario: Scenario;
  /** All choice shapes, in the order legalChoices lists them; `choices` returns indices into it. */
  readonly shapes: readonly Choice[];
  fromState(state: GameState): CState;
  choices(s: CState): number[];
  step(s: CState, shape: number): CState;
  key(s: CState): string;
  /** Whether a situation (by index) has been played. */
  played(s: CState, index: number): boolean;
  floor: Record<Meter, number>;
}

const NAV = 0;
const ALIGN = 1;
const PRIO = 2;
const ESC = 3;
const SILO = 4;
const STALLED = JOURNEY_STATUSES.indexOf('stalled');
const DROPPED = JOURNEY_STATUSES.indexOf('dropped');
const CHANGED = JOURNEY_STATUSES.indexOf('changed');
const MOVING = JOURNEY_STATUSES.indexOf('moving');
const NO_CHOICE = 7;
/** Beyond this many navigations nothing changes: the routine's cap and the load's threshold. */
const NAV_CAP = Math.max(LOAD_FROM, ROUTINE_CAP);

const SHAPES: readonly Choice[] = [
  { strategy: 'navigate-rules' },
  { strategy: 'align' },
  { strategy: 'escalate' },
  { strategy: 'silo' },
  ...PERSPECTIVES.map((perspective): Choice => ({ strategy: 'prioritise', perspective })),
  ...PERSPECTIVES.map((perspective): Choice => ({ strategy: 'prioritise', perspective, perCase: true })),
];

const toMeters = (d: MeterDelta | undefined): Meters => ({ legitimacy: d?.legitimacy ?? 0, efficiency: d?.efficiency ?? 0, trust: d?.trust ?? 0, initiative: d?.initiative ?? 0 });
const clamp = (v: number) => (v < 0 ? 0 : v > 100 ? 100 : v);

export function compileGame(scenario: Scenario): CompiledGame {
  const situations = scenario.situations;
  const index = new Map(situations.map((s, i) => [s.id, i] as const));
  const flagIds = [BUDGETS_POOLED, ...(scenario.flags ?? []).map((f) => f.id).filter((f) => f !== BUDGETS_POOLED)];
  const flagBit = (f: string) => 1 << flagIds.indexOf(f);
  const flagMask = (list: string[] | undefined) => (list ?? []).reduce((m, f) => m | flagBit(f), 0);
  const conditional = situations.map((s, i) => (s.when ? i : -1)).filter((i) => i >= 0);
  const condBit = (i: number) => 1 << conditional.indexOf(i);
  const crisisIndex = situations.findIndex((s) => s.kind === 'strain-crisis');
  const choseRefs = [
    ...new Set(
      situations.flatMap((s) => [
        ...(s.when?.chose ? [s.when.chose.situation] : []),
        ...(Object.values(s.options) as AnyOption[]).flatMap((o) => (o.rewards ?? []).flatMap((r) => (r.when.chose ? [r.when.chose.situation] : []))),
      ]),
    ),
  ].map((id) => index.get(id)!);
  const choseSlot = new Map(choseRefs.map((i, slot) => [i, slot] as const));
  const dilemmaBit = (s: Situation) => 1 << ['rules-vs-flexibility', 'specialisation-vs-integration', 'performance-vs-responsiveness', 'expert-vs-facilitator', 'implement-vs-cocreate', 'individual-vs-shared'].indexOf(s.dilemma);
  const floor = crisisFloor(scenario.participationForm);
  // Above this an escalation count changes nothing: the rules' caps and every condition's thresholds.
  let escCap = Math.max(FATIGUE_CAP, LOAD_FROM, HIERARCHY_TIRES_AT);
  const visitEsc = (c: Condition | undefined) => {
    if (c?.escalations?.min !== undefined) escCap = Math.max(escCap, c.escalations.min);
    if (c?.escalations?.max !== undefined) escCap = Math.max(escCap, c.escalations.max + 1);
  };
  for (const s of situations) {
    visitEsc(s.when);
    for (const o of Object.values(s.options) as AnyOption[]) for (const r of o.rewards ?? []) visitEsc(r.when);
  }
  const relief = toMeters(siloReliefPart(scenario.department).delta);

  const range = (r: { min?: number | undefined; max?: number | undefined } | undefined): [number, number] | null =>
    r ? [r.min ?? -Infinity, r.max ?? Infinity] : null;
  const compileCondition = (c: Condition): CCondition => ({
    all: flagMask(c.flags),
    none: flagMask(c.notFlags),
    meters: METERS.flatMap((m): [Meter, number, number][] => (c.meters?.[m] ? [[m, c.meters[m]!.min ?? -Infinity, c.meters[m]!.max ?? Infinity]] : [])),
    strain: range(c.strain),
    debt: range(c.siloDebt),
    esc: range(c.escalations),
    stance: c.stance ? c.stance.reduce((m, st) => m | (1 << HIERARCHY_STANCES.indexOf(st)), 0) : 0,
    proposal: c.proposal ? c.proposal.reduce((m, st) => m | (1 << JOURNEY_STATUSES.indexOf(st)), 0) : 0,
    chose: c.chose ? [choseSlot.get(index.get(c.chose.situation)!)!, c.chose.strategies.reduce((m, st) => m | (1 << STRATEGIES.indexOf(st)), 0)] : null,
  });
  const inRange = (v: number, r: [number, number] | null) => !r || (v >= r[0] && v <= r[1]);
  const holds = (c: CCondition, s: CState): boolean => {
    if ((s.flags & c.all) !== c.all || (s.flags & c.none) !== 0) return false;
    for (const [m, lo, hi] of c.meters) {
      const v = m === 'legitimacy' ? s.l : m === 'efficiency' ? s.e : m === 'trust' ? s.t : s.i;
      if (v < lo || v > hi) return false;
    }
    if (!inRange(s.sl, c.strain) || !inRange(s.debt, c.debt) || !inRange(s.esc, c.esc)) return false;
    if (c.stance && !(c.stance & (1 << s.stance))) return false;
    if (c.proposal && !(c.proposal & (1 << s.st))) return false;
    if (c.chose) {
      const chosen = (s.chose >> (3 * c.chose[0])) & 7;
      if (chosen === NO_CHOICE || !(c.chose[1] & (1 << chosen))) return false;
    }
    return true;
  };
  const whens = situations.map((s) => (s.when ? compileCondition(s.when) : null));

  const table: CChoice[][] = situations.map((situation) =>
    SHAPES.map((choice): CChoice => {
      const option: AnyOption = situation.options[choice.strategy];
      const base = toMeters(option.effect ?? defaultFit(choice.strategy, situation.dilemma));
      for (const m of METERS) base[m] += option.adjust?.[m] ?? 0;
      const perspective = choice.perspective ? PERSPECTIVES.indexOf(choice.perspective) : -1;
      let prio: Meters | null = null;
      let set = flagMask(option.sets?.flags);
      if (choice.strategy === 'prioritise') {
        prio = toMeters(priorityPart(choice.perspective!, situation.dilemma, choice.perCase).delta);
        if (choice.perCase) for (const m of METERS) prio[m] += precedentPart(situation.id).delta[m] ?? 0;
        const byPerspective = (option as PrioritiseOption).byPerspective?.[choice.perspective!];
        if (byPerspective?.policyLine) for (const m of METERS) prio[m] += policyLinePart(choice.perspective!, byPerspective.policyLine).delta[m] ?? 0;
        set |= flagMask(byPerspective?.sets?.flags);
      }
      if (choice.strategy === 'align' && situation.dilemma === 'specialisation-vs-integration') set |= flagBit(BUDGETS_POOLED);
      return {
        choice,
        strategy: STRATEGIES.indexOf(choice.strategy),
        base,
        prio,
        perspective,
        perCase: Boolean(choice.perCase),
        journey: option.journey ?? null,
        set,
        clear: flagMask(option.sets?.clearFlags),
        setStance: option.sets?.stance ? HIERARCHY_STANCES.indexOf(option.sets.stance) : -1,
        rewards: (option.rewards ?? []).map((r) => ({ when: compileCondition(r.when), delta: r.delta })),
        room: [FRAMES_MET - METER_STEP, FRAMES_MET].map((legitimacy) =>
          Array.from({ length: NAV_CAP + 1 }, (_, earlier) => {
            const cut = toMeters({});
            for (const part of roomParts(base, { legitimacy, efficiency: 50, trust: 50, initiative: 50 }, situation.dilemma, earlier)) for (const m of METERS) cut[m] += part.delta[m] ?? 0;
            return cut;
          }),
        ),
        defaultMoves: HIERARCHY_STANCES.map((stance) => defaultMove(choice.strategy, choice.perspective, stance)),
        timed: TIME_COST[choice.strategy] > 0,
        dilemma: dilemmaBit(situation),
        choseSlot: choseSlot.get(index.get(situation.id)!) ?? -1,
      };
    }),
  );
  const formMeters = METERS.filter((m) => FORM_RULES[scenario.participationForm].weight[m]);

  function played(s: CState, i: number): boolean {
    if (i === crisisIndex) return s.crisisDone;
    if (i >= s.from) return false;
    return !(whens[i] && s.skipped & condBit(i));
  }

  /** Continues the scan for the next situation, as nextSituation does. */
  function next(s: CState): void {
    if (s.sl >= STRAIN_CRISIS && crisisIndex >= 0 && !s.crisisDone) {
      s.cur = crisisIndex;
      return;
    }
    for (let i = s.from; i < situations.length; i++) {
      if (i === crisisIndex) continue;
      const when = whens[i];
      if (!when || holds(when, s)) {
        s.cur = i;
        s.from = i;
        return;
      }
      s.skipped |= condBit(i);
    }
    s.cur = -1;
    s.from = situations.length;
  }

  function fromState(state: GameState): CState {
    const s: CState = {
      l: state.meters.legitimacy,
      e: state.meters.efficiency,
      t: state.meters.trust,
      i: state.meters.initiative,
      cur: state.current === null ? -1 : index.get(state.current)!,
      from: 0,
      crisisDone: crisisIndex >= 0 && state.played.some((p) => p.id === situations[crisisIndex]!.id),
      skipped: state.skipped.reduce((m, id) => m | condBit(index.get(id)!), 0),
      dilemmas: state.played.reduce((m, p) => m | dilemmaBit(situations[index.get(p.id)!]!), 0),
      turn: Math.min(state.played.length, PRESSURE_FROM),
      flags: state.flags.reduce((m, f) => m | flagBit(f), 0),
      stance: HIERARCHY_STANCES.indexOf(state.stance),
      sp: state.strain.perspective === null ? -1 : PERSPECTIVES.indexOf(state.strain.perspective),
      sl: state.strain.level,
      debt: state.siloDebt,
      esc: Math.min(state.escalations, escCap),
      nav: Math.min(state.navigations, NAV_CAP),
      ali: Math.min(state.alignments, LOAD_FROM),
      pos: state.journey.position,
      st: JOURNEY_STATUSES.indexOf(state.journey.status),
      changes: Math.min(state.journey.changes, CHANGED_FROM),
      chose: choseRefs.reduce((m, i, slot) => {
        const p = state.played.find((x) => x.id === situations[i]!.id);
        return m | ((p ? STRATEGIES.indexOf(p.strategy) : NO_CHOICE) << (3 * slot));
      }, 0),
      end: state.ending === null ? -1 : state.ending.kind === 'crisis' ? 0 : 1,
    };
    let from = 0;
    for (const p of state.played) if (index.get(p.id) !== crisisIndex) from = Math.max(from, index.get(p.id)! + 1);
    for (const id of state.skipped) from = Math.max(from, index.get(id)! + 1);
    s.from = state.ending ? situations.length : s.cur >= 0 && s.cur !== crisisIndex ? s.cur : from;
    return s;
  }

  function choices(s: CState): number[] {
    if (s.end >= 0 || s.cur < 0) return [];
    const situation = situations[s.cur]!;
    const blocked = situation.kind === 'strain-crisis' ? s.sp : -1;
    const perCase = (s.dilemmas & dilemmaBit(situation)) !== 0;
    const out = [0, 1, 2, 3];
    for (let p = 0; p < 4; p++) if (p !== blocked) out.push(4 + p);
    if (perCase) for (let p = 0; p < 4; p++) if (p !== blocked) out.push(8 + p);
    return out;
  }

  // The step is the analyser's innermost loop: plain fields and no closures.
  function copy(s: CState): CState {
    return {
      l: s.l, e: s.e, t: s.t, i: s.i, cur: s.cur, from: s.from, crisisDone: s.crisisDone, skipped: s.skipped, dilemmas: s.dilemmas,
      turn: s.turn, flags: s.flags, stance: s.stance, sp: s.sp, sl: s.sl, debt: s.debt, esc: s.esc, nav: s.nav, ali: s.ali,
      pos: s.pos, st: s.st, changes: s.changes, chose: s.chose, end: s.end,
    };
  }

  const total: Meters = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 };
  function add(d: MeterDelta | null | undefined): void {
    if (!d) return;
    if (d.legitimacy) total.legitimacy += d.legitimacy;
    if (d.efficiency) total.efficiency += d.efficiency;
    if (d.trust) total.trust += d.trust;
    if (d.initiative) total.initiative += d.initiative;
  }

  /** prioritiseStrain in prioritise.ts, on the compiled state. */
  function strain(n: CState, chosen: number, inCrisis: boolean): void {
    if (inCrisis && n.sp >= 0) {
      if (n.sl > 0) add(switchPart(PERSPECTIVES[n.sp]!, n.sl).delta);
      n.sp = chosen;
      n.sl = 0;
    } else if (chosen < 0) {
      // Nothing to build or release.
    } else if (n.sp === chosen) {
      n.sl += 1;
      add(strainPart(PERSPECTIVES[chosen]!, n.sl).delta);
    } else {
      if (n.sp >= 0 && n.sl > 0) add(switchPart(PERSPECTIVES[n.sp]!, n.sl).delta);
      n.sp = chosen;
      n.sl = 0;
    }
  }

  function step(s: CState, shape: number): CState {
    const situation = situations[s.cur]!;
    const c = table[s.cur]![shape]!;
    const inCrisis = situation.kind === 'strain-crisis';
    total.legitimacy = c.base.legitimacy;
    total.efficiency = c.base.efficiency;
    total.trust = c.base.trust;
    total.initiative = c.base.initiative;
    const n = copy(s);
    switch (c.strategy) {
      case NAV:
        add(c.room[s.l >= FRAMES_MET ? 1 : 0]![s.nav]);
        add(timePart('navigate-rules', s.nav)?.delta);
        n.nav = Math.min(NAV_CAP, s.nav + 1);
        break;
      case ALIGN:
        add(timePart('align', s.ali)?.delta);
        if (s.debt > 0) total.trust += SILO_REPAID;
        n.debt = Math.max(0, s.debt - 1);
        n.ali = Math.min(LOAD_FROM, s.ali + 1);
        break;
      case PRIO:
        add(c.prio);
        if (c.perCase) {
          // Per case in a crisis still ends the strain, without a switch part.
          if (inCrisis && n.sp >= 0) {
            n.sp = -1;
            n.sl = 0;
          }
        } else strain(n, c.perspective, inCrisis);
        break;
      case ESC:
        add(timePart('escalate', s.esc)?.delta);
        add(hierarchyPart(HIERARCHY_STANCES[s.stance]!)?.delta);
        add(escalationFatiguePart(s.esc)?.delta);
        n.esc = Math.min(escCap, s.esc + 1);
        n.stance = HIERARCHY_STANCES.indexOf(stanceAfterEscalation(HIERARCHY_STANCES[n.stance]!, n.esc));
        break;
      case SILO:
        add(relief);
        break;
    }
    if (c.strategy !== PRIO && inCrisis && n.sp >= 0) strain(n, -1, inCrisis);
    if (s.debt >= SILO_EROSION_FROM) total.trust -= SILO_EROSION;
    if (s.turn >= PRESSURE_FROM) add(pressurePart(s.turn)?.delta);
    if (s.st === STALLED) total.initiative -= WAITING_COST;
    if (c.strategy === SILO) n.debt = Math.min(SILO_DEBT_CAP, s.debt + 1);
    for (const r of c.rewards) if (holds(r.when, s)) add(r.delta);
    for (const m of formMeters) total[m] += formExtra(scenario.participationForm, m, total[m]);

    n.flags = (s.flags | c.set) & ~c.clear;
    if (c.setStance >= 0) n.stance = c.setStance;

    if (s.st !== DROPPED) {
      let move = c.journey ?? c.defaultMoves[s.stance]!;
      const earlier = c.strategy === NAV ? s.nav : c.strategy === ALIGN ? s.ali : c.strategy === ESC ? s.esc : 0;
      if (move === 'advance' && c.timed && earlier >= LOAD_FROM) move = 'stall';
      if (move === 'advance') {
        n.pos = s.pos < REALISED ? s.pos + 1 : REALISED;
        n.st = MOVING;
      } else if (move === 'change') {
        n.pos = s.pos < REALISED ? s.pos + 1 : REALISED;
        n.st = CHANGED;
        n.changes = Math.min(CHANGED_FROM, s.changes + 1);
      } else if (move === 'stall') n.st = STALLED;
      else n.st = DROPPED;
    }

    n.l = clamp(s.l + total.legitimacy);
    n.e = clamp(s.e + total.efficiency);
    n.t = clamp(s.t + total.trust);
    n.i = clamp(s.i + total.initiative);
    n.turn = s.turn < PRESSURE_FROM ? s.turn + 1 : PRESSURE_FROM;
    n.dilemmas = s.dilemmas | c.dilemma;
    if (s.cur === crisisIndex) n.crisisDone = true;
    else n.from = s.cur + 1;
    if (c.choseSlot >= 0) n.chose = (s.chose & ~(7 << (3 * c.choseSlot))) | (c.strategy << (3 * c.choseSlot));

    next(n);
    const crisis = n.l <= floor.legitimacy || n.e <= floor.efficiency || n.t <= floor.trust || n.i <= floor.initiative;
    if (n.cur < 0 && !crisis && n.debt > 0) n.i = clamp(n.i - STRANDED_INPUT * n.debt);
    if (n.l <= floor.legitimacy || n.e <= floor.efficiency || n.t <= floor.trust || n.i <= floor.initiative) n.end = 0;
    else if (n.cur < 0) n.end = 1;
    if (n.end >= 0) {
      n.cur = -1;
      n.from = situations.length;
    }
    return n;
  }

  const ch = String.fromCharCode;
  function key(s: CState): string {
    let k = ch(
      s.l / 5 + 32 * (s.e / 5),
      s.t / 5 + 32 * (s.i / 5),
      s.cur + 1 + 32 * s.from + (s.crisisDone ? 1024 : 0) + 2048 * s.turn,
      s.pos + 8 * s.st + 32 * s.changes + 128 * (s.sp + 1) + 1024 * Math.min(s.sl, 7),
      s.debt + 4 * Math.min(s.esc, 7) + 32 * s.nav + 128 * s.ali + 512 * s.stance + 2048 * (s.end + 1),
      s.flags & 0xffff,
      s.flags >>> 16,
      s.skipped + 256 * s.dilemmas,
    );
    for (let chose = s.chose, n = choseRefs.length; n > 0; n -= 5, chose >>>= 15) k += ch(chose & 0x7fff);
    return k;
  }

  return { scenario, shapes: SHAPES, fromState, choices, step, key, played, floor };
}

/** The balance and fate classes of a completed compiled state, as endings.ts would name them. */
export function compiledClasses(s: CState): { fate: number; balance: number; low: number } {
  const low = Math.min(s.l, s.e, s.t, s.i);
  const fate = s.st === DROPPED ? 0 : s.pos < IMPLEMENTED ? 1 : s.changes >= CHANGED_FROM ? 2 : 3;
  return { fate, balance: low >= BALANCED_FROM ? 2 : low >= FRAGILE_BELOW ? 1 : 0, low };
}
