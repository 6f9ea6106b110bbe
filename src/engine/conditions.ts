import { METERS } from './meters';
import type { Condition } from './scenario';
import type { GameState } from './state';

function inRange(value: number, range: { min?: number | undefined; max?: number | undefined } | undefined): boolean {
  return !range || ((range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max));
}

/** Whether a scenario condition holds in a state: every listed part must hold. */
export function holds(condition: Condition, state: GameState): boolean {
  return conditionTest(condition)(state);
}

const compiledConditions = new WeakMap<Condition, (state: GameState) => boolean>();

/**
 * The same test as `holds`, compiled once per condition into a function that checks only the
 * parts the condition lists: the engine's hot path asks for the same conditions again and again.
 */
export function conditionTest(condition: Condition): (state: GameState) => boolean {
  let test = compiledConditions.get(condition);
  if (!test) {
    const checks: ((state: GameState) => boolean)[] = [];
    const { flags, notFlags, meters, strain, siloDebt, escalations, stance, proposal, chose } = condition;
    if (flags?.length) checks.push((s) => flags.every((f) => s.flags.includes(f)));
    if (notFlags?.length) checks.push((s) => !notFlags.some((f) => s.flags.includes(f)));
    if (meters) for (const m of METERS) if (meters[m]) checks.push((s) => inRange(s.meters[m], meters[m]));
    if (strain) checks.push((s) => inRange(s.strain.level, strain));
    if (siloDebt) checks.push((s) => inRange(s.siloDebt, siloDebt));
    if (escalations) checks.push((s) => inRange(s.escalations, escalations));
    if (stance) checks.push((s) => stance.includes(s.stance));
    if (proposal) checks.push((s) => proposal.includes(s.journey.status));
    if (chose) {
      checks.push((s) => {
        const earlier = s.played.find((p) => p.id === chose.situation);
        return earlier !== undefined && chose.strategies.includes(earlier.strategy);
      });
    }
    test = checks.length === 0 ? () => true : checks.length === 1 ? checks[0]! : (s) => checks.every((check) => check(s));
    compiledConditions.set(condition, test);
  }
  return test;
}
