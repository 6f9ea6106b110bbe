// Working in your silo (verkokeren; Thacher & Rein 2004): your own department's values first.
// It gives that department quick relief now; the price comes later: the residents' input
// strands between departments, the proposal is bent to one department's mould (journey.ts),
// silo debt builds until aligning pays it off, and a specialisation-vs-integration follow-up
// may land on your desk (a scenario's situation with a siloDebt condition).
import { singleDelta } from './meters';
import type { Department } from './scenario';
import type { EffectPart } from './state';
import { PERSPECTIVE_INFO } from './theory';

export const SILO_RELIEF = 10;
/** Silo debt stops counting here: the departments have stopped talking altogether. */
export const SILO_DEBT_CAP = 3;
/** From this much debt on, every choice costs trust: colleagues you left out stop cooperating. */
export const SILO_EROSION_FROM = 2;
export const SILO_EROSION = 5;
export const SILO_REPAID = 5;
/** At the end, each outstanding debt is residents' input that never came out of a department. */
export const STRANDED_INPUT = 5;

const reliefParts = new WeakMap<Department, EffectPart>();

export function siloReliefPart(department: Department): EffectPart {
  let part = reliefParts.get(department);
  if (!part) reliefParts.set(department, (part = Object.freeze(buildReliefPart(department))));
  return part;
}

function buildReliefPart(department: Department): EffectPart {
  const meter = PERSPECTIVE_INFO[department.leaning].meter;
  return { rule: 'silo-relief', department: department.name, perspective: department.leaning, meter, delta: singleDelta(meter, SILO_RELIEF) };
}

export function siloDebtPart(debt: number): EffectPart | null {
  return debt >= SILO_EROSION_FROM ? { rule: 'silo-debt', debt, delta: { trust: -SILO_EROSION } } : null;
}

/** Aligning with the colleagues you left out pays one debt back. */
export function siloRepaidPart(debt: number): EffectPart | null {
  return debt > 0 ? { rule: 'silo-repaid', debt, delta: { trust: SILO_REPAID } } : null;
}

export function strandedInputPart(debt: number): EffectPart | null {
  return debt > 0 ? { rule: 'stranded-input', debt, delta: { initiative: -STRANDED_INPUT * debt } } : null;
}
