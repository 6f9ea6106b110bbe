// How a game ends: a crisis of its own when a meter falls to its floor (0, or higher where the
// participation form hinges on it); otherwise the proposal's fate and the balance of the meters.
import { fateOf, type Fate, type Journey } from './journey';
import { METERS, type Meter, type Meters } from './meters';
import type { Balance, Ending } from './state';

/** What a crisis does to the proposal: a frozen budget holds it up, the others end it. */
const CRISIS_FATE: Record<Meter, Fate> = { legitimacy: 'dropped', efficiency: 'stalled', trust: 'dropped', initiative: 'dropped' };

/** The meters are balanced when none is below this; fragile when one is below FRAGILE_BELOW. */
export const BALANCED_FROM = 50;
export const FRAGILE_BELOW = 25;
const NO_FLOOR: Record<Meter, number> = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 };

export function balanceOf(meters: Meters): Balance {
  let lowest: Meter = 'legitimacy';
  let highest: Meter = 'legitimacy';
  for (const m of METERS) {
    if (meters[m] < meters[lowest]) lowest = m;
    if (meters[m] > meters[highest]) highest = m;
  }
  if (meters[lowest] >= BALANCED_FROM) return { kind: 'balanced' };
  if (meters[lowest] < FRAGILE_BELOW) return { kind: 'fragile', meter: lowest };
  return { kind: 'leaning', meter: highest };
}

export function crisisMeter(meters: Meters, floor: Record<Meter, number> = NO_FLOOR): Meter | null {
  // Spelled out, in the order of METERS: this runs on every choice.
  if (meters.legitimacy <= floor.legitimacy) return 'legitimacy';
  if (meters.efficiency <= floor.efficiency) return 'efficiency';
  if (meters.trust <= floor.trust) return 'trust';
  if (meters.initiative <= floor.initiative) return 'initiative';
  return null;
}

export function determineEnding(meters: Meters, journey: Journey, situationsLeft: boolean, floor: Record<Meter, number> = NO_FLOOR): Ending | null {
  const crisis = crisisMeter(meters, floor);
  if (crisis) return { kind: 'crisis', meter: crisis, fate: CRISIS_FATE[crisis] };
  if (situationsLeft) return null;
  return { kind: 'completed', fate: fateOf(journey), balance: balanceOf(meters) };
}

const FATE_RANK: Record<Fate, number> = { dropped: 0, stalled: 1, changed: 2, realised: 3 };
const BALANCE_RANK: Record<Balance['kind'], number> = { fragile: 0, leaning: 1, balanced: 2 };

/** Points per step of the proposal's fate and of the balance; the weakest meter adds at most 20. */
export const FATE_POINTS = 120;
export const BALANCE_POINTS = 40;

/**
 * An order on endings, best last, for the analyser and for comparing runs. Strictly in this
 * order: any completed game above any crisis (all crises score 0); then the proposal's fate; then
 * the balance of the meters; last the weakest meter (a fifth of it: one point per step of 5).
 */
export function endingScore(ending: Ending, meters: Meters): number {
  // Every crisis scores 0: it ends the game, whatever the other meters say.
  if (ending.kind === 'crisis') return 0;
  const points = Math.min(meters.legitimacy, meters.efficiency, meters.trust, meters.initiative) / 5;
  return 100 + FATE_RANK[ending.fate] * FATE_POINTS + BALANCE_RANK[ending.balance.kind] * BALANCE_POINTS + points;
}

/** A short key naming an ending, e.g. "crisis:trust" or "realised/balanced". */
export function endingKey(ending: Ending): string {
  return ending.kind === 'crisis' ? `crisis:${ending.meter}` : `${ending.fate}/${ending.balance.kind}`;
}

/** The ending class the game is made for: the proposal realised, the meters balanced. */
export const BEST_ENDING = 'realised/balanced';
