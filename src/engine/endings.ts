// How a game ends: a crisis of its own for each meter at 0; otherwise the proposal's fate and
// the balance of the meters.
import { fateOf, type Fate, type Journey } from './journey';
import { METERS, type Meter, type Meters } from './meters';
import type { Balance, Ending } from './state';

/** What a crisis does to the proposal: a frozen budget holds it up, the others end it. */
const CRISIS_FATE: Record<Meter, Fate> = { legitimacy: 'dropped', efficiency: 'stalled', trust: 'dropped', initiative: 'dropped' };

export function balanceOf(meters: Meters): Balance {
  const lowest = METERS.reduce((a, b) => (meters[b] < meters[a] ? b : a));
  const highest = METERS.reduce((a, b) => (meters[b] > meters[a] ? b : a));
  if (meters[lowest] >= 50) return { kind: 'balanced' };
  if (meters[lowest] < 25) return { kind: 'fragile', meter: lowest };
  return { kind: 'leaning', meter: highest };
}

export function crisisMeter(meters: Meters): Meter | null {
  return METERS.find((meter) => meters[meter] <= 0) ?? null;
}

export function determineEnding(meters: Meters, journey: Journey, situationsLeft: boolean): Ending | null {
  const crisis = crisisMeter(meters);
  if (crisis) return { kind: 'crisis', meter: crisis, fate: CRISIS_FATE[crisis] };
  if (situationsLeft) return null;
  return { kind: 'completed', fate: fateOf(journey), balance: balanceOf(meters) };
}

/** A total order on endings, best last, for the balance analyser and for comparing runs. */
export function endingScore(ending: Ending, meters: Meters): number {
  const values = METERS.map((m) => meters[m]);
  const spread = Math.min(...values) + values.reduce((a, b) => a + b, 0) / 8;
  if (ending.kind === 'crisis') return spread / 4;
  const fate = { dropped: 0, stalled: 1, changed: 2, realised: 3 }[ending.fate];
  const balance = { fragile: 0, leaning: 1, balanced: 2 }[ending.balance.kind];
  return 100 + fate * 60 + balance * 40 + spread / 2;
}

/** A short key naming an ending, e.g. "crisis:trust" or "realised/balanced". */
export function endingKey(ending: Ending): string {
  return ending.kind === 'crisis' ? `crisis:${ending.meter}` : `${ending.fate}/${ending.balance.kind}`;
}
