// The balance analyser. It searches a scenario's whole game tree through the pure engine (see
// engine/search.ts) for the best play under the ending score and under the sum of the meters,
// values every option of every situation by the best ending still reachable after it, plays the
// single-strategy policies and simple heuristics a player might follow, and places each of them
// among tens of thousands of seeded random games. analysisProblems names what makes a scenario
// unfit to ship; libraryProblems what the shipped library as a whole must show.
import {
  BALANCE_POINTS,
  BEST_ENDING,
  ENDING_CLASSES,
  FATE_POINTS,
  METERS,
  compileGame,
  compiledClasses,
  PERSPECTIVES,
  PERSPECTIVE_INFO,
  DILEMMA_INFO,
  STRATEGIES,
  THEORY_FIT,
  advance,
  createGameSearch,
  currentSituation,
  endingKey,
  endingScore,
  legalChoices,
  previewChoice,
  startGame,
  type Choice,
  type FateId,
  type GameSearch,
  type GameState,
  type Meters,
  type Perspective,
  type Scenario,
  type Strategy,
  type Text,
} from '../engine';
import { seededRandom } from './random';

export const RANDOM_GAMES = 50_000;
export const RANDOM_SEED = 20261201;

export interface LineReport {
  score: number;
  ending: string;
  meters: Meters;
  choices: string[];
  /** How often each strategy is chosen on the line. */
  mix: Record<Strategy, number>;
}

export interface OptionReport {
  strategy: Strategy;
  /** The best ending score still reachable after this strategy (its best variant). */
  best: number;
  /** A lower bound: equal to `best` when it is exact (see BANDS); -Infinity when only an upper bound is known. */
  least: number;
  exact: boolean;
  /** For prioritise: the variant that reaches it, e.g. "prioritise:networking". */
  variant: string;
}

export interface SituationReport {
  id: string;
  title: Text;
  /** Share of random games that meet this situation. */
  reach: number;
  /** Where the options were valued: on the best line, on the best line that meets it, or nowhere (never met). */
  at: 'best-line' | 'best-line-through' | 'never-met';
  options: OptionReport[];
  bestStrategy: Strategy | null;
  /** Best minus second-best strategy. */
  margin: number;
  /** Best minus worst strategy. */
  spread: number;
  note?: Text | undefined;
}

export interface PolicyReport {
  name: string;
  kind: 'policy' | 'heuristic';
  ending: string;
  score: number;
  /** Share of random games scoring below it (ties count half), as a percentage. */
  percentile: number;
  realised: boolean;
}

export interface RandomReport {
  games: number;
  seed: number;
  endings: { key: string; share: number }[];
  crisisShare: number;
  bestShare: number;
  realisedShare: number;
  /** The 10th, 25th, 50th, 75th and 90th percentile scores. */
  quantiles: number[];
}

export interface Analysis {
  scenarioId: string;
  states: number;
  optimum: LineReport;
  optimumSum: LineReport & { sum: number };
  /** Ending classes shown reachable (by the best line, the random games or a targeted search). */
  reachable: string[];
  promisedFates: { fate: FateId; reachable: boolean }[];
  situations: SituationReport[];
  unreachable: string[];
  policies: PolicyReport[];
  random: RandomReport;
}

export interface AnalyseOptions {
  games?: number;
  seed?: number;
  /** Skip valuing every option of every situation (the slowest part), for quick checks while writing. */
  quick?: boolean;
}

const variantName = (c: Choice) => `${c.strategy}${c.perspective ? `:${c.perspective}` : ''}${c.perCase ? ':case' : ''}`;
const emptyMix = (): Record<Strategy, number> => ({ 'navigate-rules': 0, align: 0, prioritise: 0, escalate: 0, silo: 0 });

function lineReport(scenario: Scenario, choices: Choice[], end: GameState): LineReport {
  const mix = emptyMix();
  for (const c of choices) mix[c.strategy]++;
  return { score: endingScore(end.ending!, end.meters), ending: endingKey(end.ending!), meters: end.meters, choices: choices.map(variantName), mix };
}

/** Among equally good choices, prefer a strategy the line has not used yet: optimal play shown at its most varied. */
function preferVaried(options: { choice: Choice }[], line: Choice[]): Choice {
  const used = new Set(line.map((c) => c.strategy));
  return (options.find((o) => !used.has(o.choice.strategy)) ?? options[0]!).choice;
}

/** Plays one rule of thumb from the start; `pick` chooses among the open choices. */
export function playPolicy(scenario: Scenario, pick: (choices: Choice[], state: GameState) => Choice): GameState {
  let state = startGame(scenario);
  while (!state.ending) state = advance(scenario, state, pick(legalChoices(scenario, state), state));
  return state;
}

/** Prioritise one perspective throughout; where a strain crisis closes it, the next one in order. */
function prioritisePolicy(perspective: Perspective, perCase: boolean) {
  return (choices: Choice[]) => {
    const order = [...PERSPECTIVES.slice(PERSPECTIVES.indexOf(perspective)), ...PERSPECTIVES.slice(0, PERSPECTIVES.indexOf(perspective))];
    for (const p of order) {
      const found =
        (perCase && choices.find((c) => c.strategy === 'prioritise' && c.perspective === p && c.perCase)) ||
        choices.find((c) => c.strategy === 'prioritise' && c.perspective === p && !c.perCase);
      if (found) return found;
    }
    return choices[0]!;
  };
}

const sumOf = (m: Meters) => m.legitimacy + m.efficiency + m.trust + m.initiative;
const minOf = (m: Meters) => Math.min(m.legitimacy, m.efficiency, m.trust, m.initiative);

/** The rules of thumb a player might follow: each single strategy, and the heuristics the issue names. */
export function policies(scenario: Scenario): { name: string; kind: PolicyReport['kind']; pick: (choices: Choice[], state: GameState) => Choice }[] {
  const only = (strategy: Strategy) => (choices: Choice[]) => choices.find((c) => c.strategy === strategy)!;
  const standing = (choices: Choice[]) => choices.filter((c) => !c.perCase);
  const greedy = (measure: (m: Meters) => number) => (choices: Choice[], state: GameState) => {
    let best = choices[0]!;
    let top = -Infinity;
    for (const c of standing(choices)) {
      const next = advance(scenario, state, c);
      // A crisis next step is the worst that can happen: a careful player sees that coming.
      const value = next.ending?.kind === 'crisis' ? -1 : measure(next.meters) + (measure === minOf ? sumOf(next.meters) / 1000 : 0);
      if (value > top) {
        top = value;
        best = c;
      }
    }
    return best;
  };
  const dilemmaOf = (state: GameState) => currentSituation(scenario, state)!.dilemma;
  const strategyOr = (strategy: Strategy, choices: Choice[]) => choices.find((c) => c.strategy === strategy)!;
  return [
    { name: 'always navigate-rules', kind: 'policy', pick: only('navigate-rules') },
    { name: 'always align', kind: 'policy', pick: only('align') },
    { name: 'always escalate', kind: 'policy', pick: only('escalate') },
    { name: 'always silo', kind: 'policy', pick: only('silo') },
    ...PERSPECTIVES.flatMap((p) => [
      { name: `always prioritise ${p}`, kind: 'policy' as const, pick: prioritisePolicy(p, false) },
      { name: `always prioritise ${p} per case`, kind: 'policy' as const, pick: prioritisePolicy(p, true) },
    ]),
    {
      name: "the theory's fitting strategy, else navigate",
      kind: 'heuristic',
      pick: (choices, state) => strategyOr(THEORY_FIT[dilemmaOf(state)] ?? 'navigate-rules', choices),
    },
    {
      name: 'navigate, but silo in performance-vs-responsiveness and align in specialisation-vs-integration',
      kind: 'heuristic',
      pick: (choices, state) => {
        const d = dilemmaOf(state);
        return strategyOr(d === 'performance-vs-responsiveness' ? 'silo' : d === 'specialisation-vs-integration' ? 'align' : 'navigate-rules', choices);
      },
    },
    { name: 'greedy: the best sum of meters after this step', kind: 'heuristic', pick: greedy(sumOf) },
    { name: 'greedy: the best lowest meter after this step', kind: 'heuristic', pick: greedy(minOf) },
    {
      // A careful player who reads only the preview (how strongly each meter moves, not which way)
      // and always takes the option that stirs the least.
      name: 'cautious: the smallest preview movement',
      kind: 'heuristic',
      pick: (choices, state) => {
        let best = choices[0]!;
        let least = Infinity;
        for (const c of standing(choices)) {
          const preview = previewChoice(scenario, state, c);
          const size = preview.legitimacy + preview.efficiency + preview.trust + preview.initiative;
          if (size < least) {
            least = size;
            best = c;
          }
        }
        return best;
      },
    },
    {
      name: "always prioritise the dilemma's losing side",
      kind: 'heuristic',
      pick: (choices, state) => {
        // The side whose meters are lower on average; within it, the perspective whose meter is lowest.
        const poles = DILEMMA_INFO[dilemmaOf(state)].poles;
        const level = (side: Perspective[]) => side.reduce((sum, p) => sum + state.meters[PERSPECTIVE_INFO[p].meter], 0) / side.length;
        const losing = level(poles[0]) <= level(poles[1]) ? poles[0] : poles[1];
        const ordered = [...losing].sort((a, b) => state.meters[PERSPECTIVE_INFO[a].meter] - state.meters[PERSPECTIVE_INFO[b].meter]);
        for (const p of ordered) {
          const found = choices.find((c) => c.strategy === 'prioritise' && c.perspective === p && !c.perCase);
          if (found) return found;
        }
        return prioritisePolicy(ordered[0]!, false)(choices);
      },
    },
  ];
}

interface RandomRun {
  scores: Float64Array;
  endings: Map<string, number>;
  met: Map<string, number>;
  /** Per situation: the best score of a random game that met it. */
  bestThrough: Map<string, number>;
}

/** Random play: a strategy uniformly, then one of its open variants uniformly. */
function randomGames(scenario: Scenario, games: number, seed: number): RandomRun {
  // Played through the compiled rules (a test checks they agree with the engine step by step).
  const game = compileGame(scenario);
  const start = game.fromState(startGame(scenario));
  const random = seededRandom(seed);
  const scores = new Float64Array(games);
  const endings = new Map<string, number>();
  const metCount = new Array<number>(scenario.situations.length).fill(0);
  const bestByIndex = new Array<number>(scenario.situations.length).fill(-Infinity);
  const trail: number[] = [];
  const byStrategy = (shapes: number[]) => STRATEGIES.map((st) => shapes.filter((i) => game.shapes[i]!.strategy === st));
  for (let g = 0; g < games; g++) {
    let s = start;
    trail.length = 0;
    while (s.end < 0) {
      metCount[s.cur]!++;
      trail.push(s.cur);
      const variants = byStrategy(game.choices(s))[Math.floor(random() * STRATEGIES.length)]!;
      s = game.step(s, variants[Math.floor(random() * variants.length)]!);
    }
    const { fate, balance, low } = compiledClasses(s);
    const crisisMeter = METERS.find((m) => (m === 'legitimacy' ? s.l : m === 'efficiency' ? s.e : m === 'trust' ? s.t : s.i) <= game.floor[m])!;
    const score = s.end === 0 ? 0 : 100 + fate * FATE_POINTS + balance * BALANCE_POINTS + low / 5;
    scores[g] = score;
    for (const i of trail) if (score > bestByIndex[i]!) bestByIndex[i] = score;
    const key = s.end === 0 ? `crisis:${crisisMeter}` : `${FATES[fate]}/${BALANCES[balance]}`;
    endings.set(key, (endings.get(key) ?? 0) + 1);
  }
  scores.sort();
  const met = new Map<string, number>();
  const bestThrough = new Map<string, number>();
  scenario.situations.forEach((x, i) => {
    if (metCount[i]) met.set(x.id, metCount[i]!);
    if (bestByIndex[i]! > -Infinity) bestThrough.set(x.id, bestByIndex[i]!);
  });
  return { scores, endings, met, bestThrough };
}

const FATES = ['dropped', 'stalled', 'changed', 'realised'] as const;
const BALANCES = ['fragile', 'leaning', 'balanced'] as const;

/** Percentage of random games scoring below `score`, ties counted half. */
export function percentileOf(sorted: Float64Array, score: number): number {
  let below = 0;
  let hi = sorted.length;
  while (below < hi) {
    const mid = (below + hi) >> 1;
    if (sorted[mid]! < score) below = mid + 1;
    else hi = mid;
  }
  let equal = below;
  while (equal < sorted.length && sorted[equal] === score) equal++;
  return ((below + (equal - below) / 2) / sorted.length) * 100;
}

/**
 * Points behind the best that the gates ask about: a unique best (5), a spread (30), a single right
 * answer (more than 60). Each option other than the best is placed between two of them by
 * threshold searches, which stop at the first line above a threshold: far cheaper than its exact
 * value, and exact where the gates decide.
 */
export const BANDS = [5, 30, 60 + 1 / 16] as const;

/** The options of a situation valued at one state: the best still reachable after each strategy. */
function optionReports(search: GameSearch, state: GameState): OptionReport[] {
  const best = search.best(state);
  const children = legalChoices(search.scenario, state).map((choice) => ({ choice, next: advance(search.scenario, state, choice) }));
  // An upper and a lower bound per choice: exact for those that reach the best.
  const valued = children.map(({ choice, next }) => {
    if (search.exceeds(next, best - 1 / 16)) return { choice, best, least: best };
    let upper = best;
    let least = -Infinity;
    for (const behind of BANDS) {
      if (search.exceeds(next, best - behind)) {
        least = best - behind;
        break;
      }
      upper = best - behind;
    }
    return { choice, best: upper, least };
  });
  return STRATEGIES.map((strategy) => {
    const mine = valued.filter((v) => v.choice.strategy === strategy);
    const top = mine.reduce((a, b) => (b.best > a.best || (b.best === a.best && b.least > a.least) ? b : a));
    return { strategy, best: top.best, least: top.least, exact: top.least === top.best, variant: variantName(top.choice) };
  });
}

export function analyseScenario(scenario: Scenario, options: AnalyseOptions = {}): Analysis {
  const search = createGameSearch(scenario);
  const start = startGame(scenario);
  const best = search.bestLine(start, 'score', preferVaried);
  const bestSum = options.quick ? best : search.bestLine(start, 'sum', preferVaried);
  const games = options.games ?? RANDOM_GAMES;
  const seed = options.seed ?? RANDOM_SEED;
  const random = randomGames(scenario, games, seed);

  // Each situation is valued where good play meets it: on the best line, or else on the best line that meets it.
  const lineStates = new Map<string, GameState>();
  let at = start;
  for (const choice of best.choices) {
    lineStates.set(at.current!, at);
    at = advance(scenario, at, choice);
  }
  const situations: SituationReport[] = scenario.situations.map((s) => {
    const reach = (random.met.get(s.id) ?? 0) / games;
    if (options.quick) return { id: s.id, title: s.title, reach, at: 'never-met', options: [], bestStrategy: null, margin: 0, spread: 0, note: s.balanceNote };
    let state = lineStates.get(s.id) ?? null;
    let where: SituationReport['at'] = 'best-line';
    if (!state) {
      where = 'best-line-through';
      // The best random game that met it is a line through it: its score lets the search cut below.
      const known = random.bestThrough.get(s.id) ?? -Infinity;
      if (search.best(start, `through:${s.id}`, known) >= 0) {
        const through = search.bestLine(start, `through:${s.id}`, undefined, known, s.id);
        state = through.end.current === s.id ? through.end : null;
      }
    }
    if (!state) return { id: s.id, title: s.title, reach, at: 'never-met', options: [], bestStrategy: null, margin: 0, spread: 0, note: s.balanceNote };
    const opts = optionReports(search, state);
    const sorted = [...opts].sort((a, b) => b.best - a.best);
    return {
      id: s.id,
      title: s.title,
      reach,
      at: where,
      options: opts,
      bestStrategy: sorted[0]!.best - sorted[1]!.best > 0 ? sorted[0]!.strategy : null,
      // Both are at least this: the others' values are upper bounds.
      margin: sorted[0]!.best - sorted[1]!.best,
      spread: sorted[0]!.best - sorted.at(-1)!.best,
      note: s.balanceNote,
    };
  });

  const policyReports: PolicyReport[] = policies(scenario).map(({ name, kind, pick }) => {
    const end = playPolicy(scenario, pick);
    const score = endingScore(end.ending!, end.meters);
    return { name, kind, ending: endingKey(end.ending!), score, percentile: percentileOf(random.scores, score), realised: end.ending!.kind === 'completed' && end.ending!.fate === 'realised' };
  });

  const endings = [...random.endings.entries()].map(([key, n]) => ({ key, share: n / games })).sort((a, b) => b.share - a.share);
  const share = (test: (key: string) => boolean) => endings.filter((e) => test(e.key)).reduce((sum, e) => sum + e.share, 0);
  const quantile = (q: number) => random.scores[Math.min(games - 1, Math.floor(q * games))]!;

  const reachable = new Set<string>([best.end.ending && endingKey(best.end.ending), ...random.endings.keys()].filter((k): k is string => Boolean(k)));
  const promisedFates = (Object.keys(scenario.fates ?? {}) as FateId[]).map((fate) => {
    const classes = ENDING_CLASSES.map((c, i) => [c, i] as const).filter(([c]) => c.startsWith(`${fate}/`));
    let found = classes.some(([c]) => reachable.has(c));
    for (const [c, i] of classes) {
      if (found) break;
      if (search.canReach(start, i)) {
        reachable.add(c);
        found = true;
      }
    }
    return { fate, reachable: found };
  });
  const unreachable = scenario.situations.filter((s) => !random.met.has(s.id) && !search.canMeet(start, s.id)).map((s) => s.id);

  return {
    scenarioId: scenario.id,
    states: search.size,
    optimum: lineReport(scenario, best.choices, best.end),
    optimumSum: { ...lineReport(scenario, bestSum.choices, bestSum.end), sum: sumOf(bestSum.end.meters) },
    reachable: ENDING_CLASSES.filter((c) => reachable.has(c)),
    promisedFates,
    situations,
    unreachable,
    policies: policyReports,
    random: {
      games,
      seed,
      endings,
      crisisShare: share((k) => k.startsWith('crisis:')),
      bestShare: share((k) => k === BEST_ENDING),
      realisedShare: share((k) => k.startsWith('realised/')),
      quantiles: [0.1, 0.25, 0.5, 0.75, 0.9].map(quantile),
    },
  };
}

/** The bars a shipped scenario must clear (issue 9; DESIGN.md "No recipe wins"). */
export const GATES = {
  policyPercentile: 75,
  greedySumPercentile: 90,
  belowOptimum: 40,
  crisisShare: [0.05, 0.3] as const,
  bestShare: 0.1,
  strategiesInOptimum: 4,
  uniqueBestMargin: 5,
  spread: 30,
  spreadShare: 0.5,
  singleAnswer: 60,
};

const GREEDY_SUM = 'greedy: the best sum of meters after this step';

/** The problems that make a scenario unfit to ship. */
export function analysisProblems(a: Analysis): string[] {
  const problems: string[] = [];
  if (a.optimum.ending !== BEST_ENDING) problems.push(`the best ending (${BEST_ENDING}) cannot be reached; the best play ends ${a.optimum.ending}`);
  for (const f of a.promisedFates) if (!f.reachable) problems.push(`the scenario has a text for the fate "${f.fate}", but no game ends that way`);
  for (const id of a.unreachable) problems.push(`situation "${id}" is never reached`);
  for (const p of a.policies) {
    if (p.kind === 'policy' && p.realised) problems.push(`"${p.name}" realises the proposal (${p.ending})`);
    const limit = p.name === GREEDY_SUM ? GATES.greedySumPercentile : GATES.policyPercentile;
    if (p.percentile > limit) problems.push(`"${p.name}" does better than ${p.percentile.toFixed(1)}% of random games (at most ${limit}%)`);
    if (a.optimum.score - p.score < GATES.belowOptimum) problems.push(`"${p.name}" comes within ${(a.optimum.score - p.score).toFixed(1)} points of the best play (at least ${GATES.belowOptimum} below)`);
  }
  const [lo, hi] = GATES.crisisShare;
  if (a.random.crisisShare < lo || a.random.crisisShare > hi) problems.push(`${pct(a.random.crisisShare)} of random games end in a crisis (${pct(lo)}–${pct(hi)})`);
  if (a.random.bestShare > GATES.bestShare) problems.push(`${pct(a.random.bestShare)} of random games reach the best ending (at most ${pct(GATES.bestShare)})`);
  const used = STRATEGIES.filter((s) => a.optimum.mix[s] > 0);
  if (used.length < GATES.strategiesInOptimum) problems.push(`the best play uses only ${used.length} strategies (${used.join(', ')}); at least ${GATES.strategiesInOptimum}`);
  const valued = a.situations.filter((s) => s.at !== 'never-met');
  const wide = valued.filter((s) => s.spread >= GATES.spread).length;
  if (wide < valued.length * GATES.spreadShare) problems.push(`only ${wide} of ${valued.length} situations have ${GATES.spread} points or more between their best and worst option (at least half)`);
  for (const s of valued) {
    if (s.margin > GATES.singleAnswer && !s.note) problems.push(`in "${s.id}" only ${s.bestStrategy} will do (${s.margin.toFixed(1)} points ahead); say why in a balanceNote or soften it`);
  }
  return problems;
}

/** What the library as a whole must show: each strategy the unique best somewhere. */
export function libraryProblems(analyses: Analysis[]): string[] {
  const problems: string[] = [];
  for (const strategy of STRATEGIES) {
    const somewhere = analyses.some((a) => a.situations.some((s) => s.bestStrategy === strategy && s.margin >= GATES.uniqueBestMargin));
    if (!somewhere) problems.push(`"${strategy}" is nowhere in the library the unique best option by ${GATES.uniqueBestMargin} points or more`);
  }
  return problems;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
