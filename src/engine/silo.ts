// Working in your silo (verkokeren; Thacher & Rein 2004): your own department's values first
// gives quick relief now and a silo debt later that erodes trust until aligning pays it off.
import type { EffectPart } from './state';

/** Trust lost per choice for each outstanding silo debt, at most this many. */
export const SILO_EROSION_CAP = 3;

export function siloDebtPart(debt: number): EffectPart | null {
  return debt > 0 ? { rule: 'silo-debt', debt, delta: { trust: -Math.min(debt, SILO_EROSION_CAP) } } : null;
}

/** Aligning with the colleagues you left out pays one debt back. */
export function siloRepaidPart(debt: number): EffectPart | null {
  return debt > 0 ? { rule: 'silo-repaid', debt, delta: { trust: 2 } } : null;
}
