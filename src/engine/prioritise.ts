// Prioritising, switching and deciding per case (Thacher & Rein 2004): putting one perspective's
// values first raises its meter and lowers the opposite quadrant's; doing it again and again
// builds strain on the neglected values until a switch releases it.
import { METERS, meterDelta, type Meter, type Meters } from './meters';
import type { EffectPart, Strain } from './state';
import { PERSPECTIVE_INFO, type Perspective } from './theory';

export const PRIORITY_GAIN = 8;
export const PRIORITY_LOSS = 6;
/** Per case weighs this one case, so the swing is smaller. */
export const PER_CASE_GAIN = 4;
export const PER_CASE_LOSS = 3;
/** Each level of strain costs this much on the most neglected value. */
export const STRAIN_STEP = 3;
/** At this level of strain the scenario's strain crisis comes next. */
export const STRAIN_CRISIS = 2;
/** A switch gives back this much per level of strain released. */
export const SWITCH_RELIEF = 2;

export function priorityPart(perspective: Perspective, perCase = false): EffectPart {
  const raised = PERSPECTIVE_INFO[perspective].meter;
  const lowered = PERSPECTIVE_INFO[PERSPECTIVE_INFO[perspective].opposite].meter;
  const [gain, loss] = perCase ? [PER_CASE_GAIN, PER_CASE_LOSS] : [PRIORITY_GAIN, PRIORITY_LOSS];
  return { rule: 'priority', perspective, raised, lowered, perCase, delta: meterDelta(raised, gain, lowered, -loss) };
}

/** Comparing with an earlier similar case: consistent (equal treatment), and it takes a little time. */
export function precedentPart(situationId: string): EffectPart {
  return { rule: 'precedent', situationId, delta: { legitimacy: 3, efficiency: -1 } };
}

/** The value that has been set aside most: the lowest meter outside the prioritised perspective. */
export function mostNeglected(meters: Meters, prioritised: Perspective): Meter {
  const own = PERSPECTIVE_INFO[prioritised].meter;
  return METERS.filter((m) => m !== own).reduce((a, b) => (meters[b] < meters[a] ? b : a));
}

export function strainPart(perspective: Perspective, level: number, meters: Meters): EffectPart {
  const meter = mostNeglected(meters, perspective);
  return { rule: 'strain', perspective, level, meter, delta: meterDelta(meter, -STRAIN_STEP * level) };
}

/** Switching gives the value neglected by the old priority some of its due back. */
export function switchPart(from: Perspective, released: number): EffectPart {
  const meter = PERSPECTIVE_INFO[PERSPECTIVE_INFO[from].opposite].meter;
  return { rule: 'switch', from, released, meter, delta: meterDelta(meter, SWITCH_RELIEF * released) };
}

/**
 * The parts and the new strain when prioritising. Prioritising the strained perspective again
 * raises the strain; another perspective is a switch; a crisis forces the switch whatever is chosen.
 */
export function prioritiseStrain(
  strain: Strain,
  chosen: Perspective | null,
  meters: Meters,
  inCrisis: boolean,
): { parts: EffectPart[]; strain: Strain } {
  if (inCrisis && strain.perspective) {
    const parts = strain.level > 0 ? [switchPart(strain.perspective, strain.level)] : [];
    return { parts, strain: { perspective: chosen, level: 0 } };
  }
  if (chosen === null) return { parts: [], strain };
  if (strain.perspective === chosen) {
    const level = strain.level + 1;
    return { parts: [strainPart(chosen, level, meters)], strain: { perspective: chosen, level } };
  }
  const parts = strain.perspective && strain.level > 0 ? [switchPart(strain.perspective, strain.level)] : [];
  return { parts, strain: { perspective: chosen, level: 0 } };
}
