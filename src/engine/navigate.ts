// Navigating within the rules (Aschhoff & Vogel 2018): first the essential legal, financial and
// practical frames, then room for residents. The room comes only once the frames are met, is
// smaller where the dilemma is not about rules, and narrows when the same route is taken again.
import { singleDelta, type Meter, type MeterDelta, type Meters } from './meters';
import type { EffectPart } from './state';
import type { Dilemma } from './theory';

/** Below this legitimacy the frames are not met yet: navigating buys no room, only the frames. */
export const FRAMES_MET = 40;
/** Where navigating gives residents the most room. */
export const NAVIGATE_DILEMMA: Dilemma = 'rules-vs-flexibility';
export const ROOM_STEP = 5;
/** The room narrows by one step per earlier navigation, at most this many. */
export const ROUTINE_CAP = 2;

const ROOM_METERS: readonly Meter[] = ['trust', 'initiative'];

/** The meter where navigating gave the most room (trust or initiative), if any. */
function largestRoom(room: Record<Meter, number>): Meter | null {
  let best: Meter | null = null;
  for (const m of ROOM_METERS) if (room[m] > 0 && (best === null || room[m] > room[best])) best = m;
  return best;
}

/** The parts that take room away from what navigating gave, never more than it gave. */
export function roomParts(base: MeterDelta, meters: Meters, dilemma: Dilemma, earlier: number): EffectPart[] {
  const room = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 };
  for (const m of ROOM_METERS) room[m] = Math.max(0, base[m] ?? 0);
  if (meters.legitimacy < FRAMES_MET) {
    const delta: MeterDelta = {};
    for (const m of ROOM_METERS) if (room[m] > 0) delta[m] = -room[m];
    return Object.keys(delta).length ? [{ rule: 'frames-unmet', delta }] : [];
  }
  const parts: EffectPart[] = [];
  if (dilemma !== NAVIGATE_DILEMMA) {
    const meter = largestRoom(room);
    if (meter) {
      parts.push({ rule: 'room-outside-rules', dilemma, meter, delta: singleDelta(meter, -ROOM_STEP) });
      room[meter] -= ROOM_STEP;
    }
  }
  for (let i = 0; i < Math.min(earlier, ROUTINE_CAP); i++) {
    const meter = largestRoom(room);
    if (!meter) break;
    const last = parts.at(-1);
    if (last?.rule === 'routine' && last.meter === meter) {
      last.delta[meter] = (last.delta[meter] ?? 0) - ROOM_STEP;
      last.count = earlier + 1;
    } else parts.push({ rule: 'routine', count: earlier + 1, meter, delta: singleDelta(meter, -ROOM_STEP) });
    room[meter] -= ROOM_STEP;
  }
  return parts;
}
