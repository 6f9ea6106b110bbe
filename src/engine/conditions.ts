import { METERS } from './meters';
import type { Condition } from './scenario';
import type { GameState } from './state';

function inRange(value: number, range: { min?: number | undefined; max?: number | undefined } | undefined): boolean {
  return !range || ((range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max));
}

/** Whether a scenario condition holds in a state: every listed part must hold. */
export function holds(condition: Condition, state: GameState): boolean {
  if (condition.flags && !condition.flags.every((f) => state.flags.includes(f))) return false;
  if (condition.notFlags && condition.notFlags.some((f) => state.flags.includes(f))) return false;
  if (condition.meters && !METERS.every((m) => inRange(state.meters[m], condition.meters?.[m]))) return false;
  if (!inRange(state.strain.level, condition.strain)) return false;
  if (!inRange(state.siloDebt, condition.siloDebt)) return false;
  if (!inRange(state.escalations, condition.escalations)) return false;
  if (condition.stance && !condition.stance.includes(state.stance)) return false;
  if (condition.proposal && !condition.proposal.includes(state.journey.status)) return false;
  if (condition.chose) {
    const { situation, strategies } = condition.chose;
    const earlier = state.played.find((p) => p.id === situation);
    if (!earlier || !strategies.includes(earlier.strategy)) return false;
  }
  return true;
}
