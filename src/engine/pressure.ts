// Time and attention (the game's own rules): careful ways of coping take time, the case's hours
// and attention run down as it goes on, and residents who wait in the black box lose heart
// (Van Bochove et al. 2022).
import type { Journey } from './journey';
import type { EffectPart } from './state';
import type { Strategy } from './theory';

/** Efficiency a strategy costs in time: meeting the frames, sitting at one table, waiting upstairs. */
export const TIME_COST: Record<Strategy, number> = { 'navigate-rules': 5, align: 5, prioritise: 0, escalate: 5, silo: 0 };
/**
 * From this many earlier uses on, the same careful route costs twice the time (the frames to check,
 * the tables to sit at and the files upstairs pile up) and the proposal waits meanwhile (rules.ts).
 */
export const LOAD_FROM = 2;
/** From this turn on (0-based), the case's hours run out: every situation costs efficiency. */
export const PRESSURE_FROM = 5;
export const PRESSURE_COST = 5;
/** What residents whose proposal is stalled lose each turn they wait. */
export const WAITING_COST = 5;

// Parts are shared and never changed: these come back on nearly every choice.
const timeParts = new Map<Strategy, [EffectPart | null, EffectPart | null]>();
const pressureParts: EffectPart[] = [];
const WAITING: EffectPart = Object.freeze({ rule: 'waiting', delta: Object.freeze({ initiative: -WAITING_COST }) });

/** `earlier`: how often this strategy was chosen before. */
export function timePart(strategy: Strategy, earlier: number): EffectPart | null {
  const again = earlier >= LOAD_FROM;
  let pair = timeParts.get(strategy);
  if (!pair) {
    const make = (twice: boolean): EffectPart | null => {
      const cost = TIME_COST[strategy] * (twice ? 2 : 1);
      return cost > 0 ? Object.freeze({ rule: 'time', strategy, again: twice, delta: Object.freeze({ efficiency: -cost }) }) : null;
    };
    timeParts.set(strategy, (pair = [make(false), make(true)]));
  }
  return pair[again ? 1 : 0];
}

export function pressurePart(turn: number): EffectPart | null {
  if (turn < PRESSURE_FROM) return null;
  return (pressureParts[turn] ??= Object.freeze({ rule: 'pressure', turn: turn + 1, delta: Object.freeze({ efficiency: -PRESSURE_COST }) }));
}

export function waitingPart(journey: Journey): EffectPart | null {
  return journey.status === 'stalled' ? WAITING : null;
}
