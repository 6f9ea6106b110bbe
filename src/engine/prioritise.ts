// Prioritising, switching and deciding per case (Thacher & Rein 2004), along the paper's axes:
// putting one perspective's values first raises its meter and lowers the other side of the
// dilemma (broadly the inside world — lawful, performing — against the outside world —
// networking, responsive). Doing it again and again builds strain on the neglected values until
// a switch releases it. A coexisting policy line that backs the priority gives it a formal basis.
import { meterDelta, type Meter, type MeterDelta } from './meters';
import type { Text } from './text';
import type { EffectPart, Strain } from './state';
import { DILEMMAS, DILEMMA_INFO, PERSPECTIVES, PERSPECTIVE_INFO, type Dilemma, type Perspective } from './theory';

/** Gain for a perspective that is one of the dilemma's two sides. */
export const PRIORITY_GAIN = 10;
/** Gain for a perspective that stands beside the dilemma: it does not settle it. */
export const BYSTANDER_GAIN = 5;
/** What each perspective on the other side loses. */
export const PRIORITY_LOSS = 5;
/** Per case weighs this one case, so the gain is smaller; the precedent part adds consistency. */
export const PER_CASE_GAIN = 5;
/** Each level of strain costs this much on the most neglected value. */
export const STRAIN_STEP = 5;
/** At this level of strain the scenario's strain crisis comes next. */
export const STRAIN_CRISIS = 2;
/** A switch gives back this much per level of strain released. */
export const SWITCH_RELIEF = 5;
export const POLICY_LINE_COVER = 5;

/** 0: the dilemma's inside side, 1: its outside side. A bystander perspective sides with its world. */
export function sideOf(perspective: Perspective, dilemma: Dilemma): 0 | 1 {
  const [inside, outside] = DILEMMA_INFO[dilemma].poles;
  if (inside.includes(perspective)) return 0;
  if (outside.includes(perspective)) return 1;
  return PERSPECTIVE_INFO[perspective].world === 'inside' ? 0 : 1;
}

export function isOnSide(perspective: Perspective, dilemma: Dilemma): boolean {
  return DILEMMA_INFO[dilemma].poles.some((pole) => pole.includes(perspective));
}

// The same few parts come back on every choice: built once, shared and never changed.
const PRIORITY_PARTS = Object.fromEntries(
  PERSPECTIVES.map((p) => [p, Object.fromEntries(DILEMMAS.map((d) => [d, [Object.freeze(buildPriorityPart(p, d, false)), Object.freeze(buildPriorityPart(p, d, true))]]))]),
) as Record<Perspective, Record<Dilemma, [EffectPart, EffectPart]>>;

export function priorityPart(perspective: Perspective, dilemma: Dilemma, perCase = false): EffectPart {
  return PRIORITY_PARTS[perspective][dilemma][perCase ? 1 : 0];
}

function buildPriorityPart(perspective: Perspective, dilemma: Dilemma, perCase: boolean): EffectPart {
  const raised = PERSPECTIVE_INFO[perspective].meter;
  const onSide = isOnSide(perspective, dilemma);
  const other = DILEMMA_INFO[dilemma].poles[1 - sideOf(perspective, dilemma)]!;
  const lowered = other.map((p) => PERSPECTIVE_INFO[p].meter).filter((m) => m !== raised);
  const delta: MeterDelta = meterDelta(raised, perCase ? PER_CASE_GAIN : onSide ? PRIORITY_GAIN : BYSTANDER_GAIN);
  for (const m of lowered) delta[m] = -PRIORITY_LOSS;
  return { rule: 'priority', perspective, raised, lowered, onSide, perCase, delta };
}

/** Comparing with an earlier similar case: consistent (equal treatment), and it takes time. */
export function precedentPart(situationId: string): EffectPart {
  return { rule: 'precedent', situationId, delta: { legitimacy: 5, efficiency: -5 } };
}

export function policyLinePart(perspective: Perspective, line: Text): EffectPart {
  return { rule: 'policy-line', perspective, line, delta: { legitimacy: POLICY_LINE_COVER } };
}

/**
 * The value set aside most by putting one perspective first again and again: the one in the
 * diagonally opposite corner of the paper's Figure 2, furthest from it on both axes.
 */
export function mostNeglected(prioritised: Perspective): Meter {
  const q = PERSPECTIVE_INFO[prioritised].quadrant;
  const opposite = PERSPECTIVES.find((p) => {
    const o = PERSPECTIVE_INFO[p].quadrant;
    return o.horizontal !== q.horizontal && o.vertical !== q.vertical;
  })!;
  return PERSPECTIVE_INFO[opposite].meter;
}

export function strainPart(perspective: Perspective, level: number): EffectPart {
  const meter = mostNeglected(perspective);
  return { rule: 'strain', perspective, level, meter, delta: meterDelta(meter, -STRAIN_STEP * level) };
}

/** Switching gives the value most neglected under the old priority some of its due back. */
export function switchPart(from: Perspective, released: number): EffectPart {
  const meter = mostNeglected(from);
  return { rule: 'switch', from, released, meter, delta: meterDelta(meter, SWITCH_RELIEF * released) };
}

/**
 * The parts and the new strain when prioritising. Prioritising the strained perspective again
 * raises the strain; another perspective is a switch; a crisis forces the switch whatever is chosen.
 */
export function prioritiseStrain(strain: Strain, chosen: Perspective | null, inCrisis: boolean): { parts: EffectPart[]; strain: Strain } {
  if (inCrisis && strain.perspective) {
    const parts = strain.level > 0 ? [switchPart(strain.perspective, strain.level)] : [];
    return { parts, strain: { perspective: chosen, level: 0 } };
  }
  if (chosen === null) return { parts: [], strain };
  if (strain.perspective === chosen) {
    const level = strain.level + 1;
    return { parts: [strainPart(chosen, level)], strain: { perspective: chosen, level } };
  }
  const parts = strain.perspective && strain.level > 0 ? [switchPart(strain.perspective, strain.level)] : [];
  return { parts, strain: { perspective: chosen, level: 0 } };
}
