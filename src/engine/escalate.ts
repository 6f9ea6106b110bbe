// Escalating (De Graaf et al. 2016; Jaspers & Steen 2019): the choice goes up the hierarchy,
// whose stance the scenario sets; escalating again and again wears thin.
import type { EffectPart } from './state';
import type { HierarchyStance } from './theory';

const HIERARCHY_EFFECT: Record<HierarchyStance, EffectPart['delta']> = {
  supportive: { trust: 2, initiative: 3 },
  undecided: { efficiency: -2 },
  opposed: { trust: -3, initiative: -4 },
};

export function hierarchyPart(stance: HierarchyStance): EffectPart {
  return { rule: 'hierarchy', stance, delta: HIERARCHY_EFFECT[stance] };
}

/** Each earlier escalation makes the next one cost more of the legitimacy it was meant to buy. */
export function escalationFatiguePart(earlier: number): EffectPart | null {
  if (earlier < 1) return null;
  const n = Math.min(earlier, 3);
  return { rule: 'escalation-fatigue', count: earlier + 1, delta: { legitimacy: -3 * n, trust: -n } };
}
