// The balance analyser: plays every path of a scenario through the pure engine — exhaustively,
// merging states whose futures are equal, when the state space is small enough; otherwise a
// seeded random sample — and reports endings, meter ranges, the best strategies per situation,
// unreachable situations, dead ends and any dominant strategy.
import {
  METERS,
  STRATEGIES,
  applyChoice,
  endingKey,
  endingScore,
  legalChoices,
  startGame,
  type Choice,
  type GameState,
  type Meter,
  type Strategy,
} from '../engine';
import type { Scenario } from '../scenario/schema';
import { seededRandom } from './random';

export interface SituationReport {
  id: string;
  /** Share of plays that meet this situation. */
  reach: number;
  /** Mean final score per strategy when chosen here (its best variant), under random play after. */
  value: Partial<Record<Strategy, number>>;
  best: Strategy[];
}

export interface PolicyReport {
  name: string;
  ending: string | null;
  score: number;
}

export interface Analysis {
  scenarioId: string;
  method: 'exhaustive' | 'sampled';
  /** Exhaustive: distinct states after merging. Sampled: the number of paths played. */
  explored: number;
  endings: { key: string; share: number; best: boolean }[];
  meterRanges: Record<Meter, { min: number; max: number }>;
  situations: SituationReport[];
  unreachable: string[];
  deadEnds: number;
  policies: PolicyReport[];
  dominant: { strategy: Strategy; reason: string }[];
}

export interface AnalyseOptions {
  /** Above this many distinct states the analyser samples instead. */
  stateLimit?: number;
  samples?: number;
  seed?: number;
}

/** Two strategies within this many points of final score count as tied. */
const TIE = 1;

/** Random play: a strategy uniformly, then one of its open variants uniformly. */
function choiceProbabilities(choices: Choice[]): number[] {
  const perStrategy = new Map<Strategy, number>();
  for (const c of choices) perStrategy.set(c.strategy, (perStrategy.get(c.strategy) ?? 0) + 1);
  return choices.map((c) => 1 / perStrategy.size / perStrategy.get(c.strategy)!);
}

/** Everything that can change the future, and nothing else: states with equal keys merge. */
function stateKey(state: GameState, choseRefs: readonly string[]): string {
  const played = state.history.map((c) => c.situationId).sort();
  const chosen = choseRefs.map((id) => state.history.find((c) => c.situationId === id)?.choice.strategy ?? '');
  const m = state.meters;
  return JSON.stringify([
    m.legitimacy, m.efficiency, m.trust, m.initiative, state.current, played, state.skipped, state.flags, state.stance,
    state.strain, state.siloDebt, state.escalations, state.journey, chosen, state.ending && endingKey(state.ending),
  ]);
}

function choseReferences(scenario: Scenario): string[] {
  const refs = new Set<string>();
  for (const s of scenario.situations) {
    if (s.when?.chose) refs.add(s.when.chose.situation);
    for (const option of Object.values(s.options)) for (const r of option.rewards ?? []) if (r.when.chose) refs.add(r.when.chose.situation);
  }
  return [...refs].sort();
}

const variantName = (c: Choice) => `${c.strategy}${c.perspective ? `:${c.perspective}` : ''}${c.perCase ? ':case' : ''}`;

class Tally {
  endings = new Map<string, number>();
  bestEnding: { key: string; score: number } | null = null;
  ranges = Object.fromEntries(METERS.map((m) => [m, { min: 100, max: 0 }])) as Record<Meter, { min: number; max: number }>;
  reach = new Map<string, number>();
  /** situation → variant → [weighted sum of value, weight] */
  values = new Map<string, Map<string, [number, number]>>();
  deadEnds = 0;

  end(state: GameState, weight: number): void {
    const ending = state.ending!;
    const key = endingKey(ending);
    this.endings.set(key, (this.endings.get(key) ?? 0) + weight);
    const score = endingScore(ending, state.meters);
    if (!this.bestEnding || score > this.bestEnding.score) this.bestEnding = { key, score };
    for (const m of METERS) {
      this.ranges[m].min = Math.min(this.ranges[m].min, state.meters[m]);
      this.ranges[m].max = Math.max(this.ranges[m].max, state.meters[m]);
    }
  }

  meet(situation: string, weight: number): void {
    this.reach.set(situation, (this.reach.get(situation) ?? 0) + weight);
  }

  value(situation: string, variant: string, value: number, weight: number): void {
    let bySituation = this.values.get(situation);
    if (!bySituation) this.values.set(situation, (bySituation = new Map()));
    const acc = bySituation.get(variant) ?? [0, 0];
    acc[0] += value * weight;
    acc[1] += weight;
    bySituation.set(variant, acc);
  }
}

interface Node {
  state: GameState;
  p: number;
  children: { choice: Choice; key: string; q: number }[];
  value: number;
}

/** Forward over layers merging equal states, then backward for the value of each state. */
function exhaustive(scenario: Scenario, limit: number, tally: Tally): number | null {
  const refs = choseReferences(scenario);
  const layers: Map<string, Node>[] = [];
  const start = startGame(scenario);
  let frontier = new Map<string, Node>([[stateKey(start, refs), { state: start, p: 1, children: [], value: 0 }]]);
  let total = 1;
  while (frontier.size > 0) {
    layers.push(frontier);
    const next = new Map<string, Node>();
    for (const node of frontier.values()) {
      if (node.state.ending) continue;
      const choices = legalChoices(scenario, node.state);
      if (choices.length === 0) {
        tally.deadEnds += node.p;
        continue;
      }
      const probs = choiceProbabilities(choices);
      choices.forEach((choice, i) => {
        const child = applyChoice(scenario, node.state, choice).state;
        const key = stateKey(child, refs);
        node.children.push({ choice, key, q: probs[i]! });
        const existing = next.get(key);
        if (existing) existing.p += node.p * probs[i]!;
        else next.set(key, { state: child, p: node.p * probs[i]!, children: [], value: 0 });
      });
    }
    total += next.size;
    if (total > limit) return null;
    frontier = next;
  }
  for (let depth = layers.length - 1; depth >= 0; depth--) {
    const below = layers[depth + 1];
    for (const node of layers[depth]!.values()) {
      if (node.state.ending) {
        node.value = endingScore(node.state.ending, node.state.meters);
        tally.end(node.state, node.p);
        continue;
      }
      const situation = node.state.current!;
      tally.meet(situation, node.p);
      node.value = 0;
      for (const child of node.children) {
        const value = below!.get(child.key)!.value;
        node.value += child.q * value;
        tally.value(situation, variantName(child.choice), value, node.p);
      }
    }
  }
  return total;
}

/** Plays seeded random paths; each records its final score at every situation it passed. */
function sampled(scenario: Scenario, samples: number, seed: number, tally: Tally): number {
  const random = seededRandom(seed);
  const weight = 1 / samples;
  const trail: [string, string][] = [];
  for (let i = 0; i < samples; i++) {
    let state = startGame(scenario);
    trail.length = 0;
    while (!state.ending) {
      const choices = legalChoices(scenario, state);
      if (choices.length === 0) {
        tally.deadEnds += weight;
        break;
      }
      const strategies = [...new Set(choices.map((c) => c.strategy))];
      const strategy = strategies[Math.floor(random() * strategies.length)]!;
      const variants = choices.filter((c) => c.strategy === strategy);
      const choice = variants[Math.floor(random() * variants.length)]!;
      tally.meet(state.current!, weight);
      trail.push([state.current!, variantName(choice)]);
      state = applyChoice(scenario, state, choice).state;
    }
    if (!state.ending) continue;
    tally.end(state, weight);
    const score = endingScore(state.ending, state.meters);
    for (const [situation, variant] of trail) tally.value(situation, variant, score, 1);
  }
  return samples;
}

/** Plays one fixed strategy throughout (prioritise with one perspective), as a player might. */
export function playPolicy(scenario: Scenario, pick: (choices: Choice[]) => Choice | undefined): { state: GameState; stuck: boolean } {
  let state = startGame(scenario);
  while (!state.ending) {
    const choice = pick(legalChoices(scenario, state));
    if (!choice) return { state, stuck: true };
    state = applyChoice(scenario, state, choice).state;
  }
  return { state, stuck: false };
}

function policies(scenario: Scenario): PolicyReport[] {
  const out: PolicyReport[] = [];
  for (const strategy of STRATEGIES) {
    const variants = strategy === 'prioritise' ? (['lawful', 'performing', 'networking', 'responsive'] as const) : [undefined];
    for (const perspective of variants) {
      const name = perspective ? `${strategy}:${perspective}` : strategy;
      // Where a strain crisis closes the perspective, the policy has to switch, like a player would.
      const { state } = playPolicy(scenario, (choices) =>
        choices.find((c) => c.strategy === strategy && c.perspective === perspective && !c.perCase) ?? choices.find((c) => c.strategy === strategy && !c.perCase),
      );
      out.push({ name, ending: state.ending ? endingKey(state.ending) : null, score: state.ending ? endingScore(state.ending, state.meters) : 0 });
    }
  }
  return out;
}

export function analyseScenario(scenario: Scenario, options: AnalyseOptions = {}): Analysis {
  let tally = new Tally();
  let method: Analysis['method'] = 'exhaustive';
  const limit = options.stateLimit ?? 25_000;
  // About eight open choices a situation: when even heavy merging cannot bring the tree under
  // the limit, go straight to sampling instead of finding out the slow way.
  const depth = scenario.situations.filter((s) => s.kind !== 'strain-crisis').length;
  let explored = 8 ** depth > limit * 50 ? null : exhaustive(scenario, limit, tally);
  if (explored === null) {
    tally = new Tally();
    method = 'sampled';
    explored = sampled(scenario, options.samples ?? 100_000, options.seed ?? 20261129, tally);
  }

  const situations: SituationReport[] = scenario.situations.map((s) => {
    const byVariant = tally.values.get(s.id) ?? new Map<string, [number, number]>();
    const value: Partial<Record<Strategy, number>> = {};
    for (const [variant, [sum, weight]] of byVariant) {
      const strategy = variant.split(':')[0] as Strategy;
      const mean = sum / weight;
      value[strategy] = Math.max(value[strategy] ?? -Infinity, mean);
    }
    const top = Math.max(...Object.values(value));
    const best = STRATEGIES.filter((st) => value[st] !== undefined && value[st]! >= top - TIE);
    return { id: s.id, reach: tally.reach.get(s.id) ?? 0, value, best };
  });

  const reached = situations.filter((s) => s.reach > 0);
  const policyReports = policies(scenario);
  const bestKey = tally.bestEnding?.key ?? null;
  const dominant: Analysis['dominant'] = [];
  for (const strategy of STRATEGIES) {
    if (reached.length > 0 && reached.every((s) => s.best.includes(strategy))) {
      dominant.push({ strategy, reason: 'best or tied best at every situation' });
    }
    const winning = policyReports.find((p) => p.name.split(':')[0] === strategy && p.ending === bestKey);
    if (winning) dominant.push({ strategy, reason: `always choosing ${winning.name} reaches the best ending (${bestKey})` });
  }

  const totalEnd = [...tally.endings.values()].reduce((a, b) => a + b, 0) || 1;
  return {
    scenarioId: scenario.id,
    method,
    explored,
    endings: [...tally.endings.entries()]
      .map(([key, w]) => ({ key, share: w / totalEnd, best: key === bestKey }))
      .sort((a, b) => b.share - a.share),
    meterRanges: tally.ranges,
    situations,
    unreachable: situations.filter((s) => s.reach === 0).map((s) => s.id),
    deadEnds: tally.deadEnds,
    policies: policyReports,
    dominant,
  };
}

/** The problems that make a scenario unfit to ship. */
export function analysisProblems(analysis: Analysis): string[] {
  const problems: string[] = [];
  for (const id of analysis.unreachable) problems.push(`situation "${id}" is never reached`);
  if (analysis.deadEnds > 0) problems.push(`${(analysis.deadEnds * 100).toFixed(2)}% of plays reach a dead end`);
  for (const d of analysis.dominant) problems.push(`strategy "${d.strategy}" dominates: ${d.reason}`);
  // No strategy may win everywhere, and each one must be the right call somewhere.
  const bestSomewhere = new Set(analysis.situations.flatMap((s) => s.best));
  for (const strategy of STRATEGIES) if (!bestSomewhere.has(strategy)) problems.push(`strategy "${strategy}" is never the best choice in any situation`);
  return problems;
}
