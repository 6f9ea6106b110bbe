// Escalating (De Graaf et al. 2016; Jaspers & Steen 2019): the choice goes up the hierarchy.
// How it comes back depends on the hierarchy's stance, which the scenario sets and choices may
// change; escalating again and again wears thin. Both sizes are the game's own.
import type { EffectPart } from './state';
import type { HierarchyStance } from './theory';

// An undecided hierarchy costs nothing extra here: the file lies on its desk (journey.ts).
const HIERARCHY_EFFECT: Record<HierarchyStance, EffectPart['delta'] | null> = {
  supportive: { initiative: 5 },
  undecided: null,
  opposed: { trust: -5, initiative: -5 },
};

export const FATIGUE_STEP = 5;
export const FATIGUE_CAP = 2;
/** From this escalation on, a supportive hierarchy tires of deciding for you: it turns undecided. */
export const HIERARCHY_TIRES_AT = 3;

/** The hierarchy's stance after an escalation: asked too often, even a supportive one stops carrying you. */
export function stanceAfterEscalation(stance: HierarchyStance, escalations: number): HierarchyStance {
  return stance === 'supportive' && escalations >= HIERARCHY_TIRES_AT ? 'undecided' : stance;
}

const HIERARCHY_PARTS = Object.fromEntries(
  Object.entries(HIERARCHY_EFFECT).map(([stance, delta]) => [stance, delta && Object.freeze({ rule: 'hierarchy', stance, delta } as EffectPart)]),
) as Record<HierarchyStance, EffectPart | null>;

export function hierarchyPart(stance: HierarchyStance): EffectPart | null {
  return HIERARCHY_PARTS[stance];
}

/** Each earlier escalation makes the next one cost some of the legitimacy it was meant to buy. */
export function escalationFatiguePart(earlier: number): EffectPart | null {
  if (earlier < 1) return null;
  return { rule: 'escalation-fatigue', count: earlier + 1, delta: { legitimacy: -FATIGUE_STEP * Math.min(earlier, FATIGUE_CAP) } };
}
