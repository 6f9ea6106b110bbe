export const METERS = ['legitimacy', 'efficiency', 'trust', 'initiative'] as const;
export type Meter = (typeof METERS)[number];

export type Meters = Record<Meter, number>;
export type MeterDelta = Partial<Record<Meter, number>>;

export const METER_MIN = 0;
export const METER_MAX = 100;
/**
 * Meters move in steps of 5 (the game's own rule): every change is big enough to see on a
 * projector, and equal positions reached by different paths merge, so the analyser can search
 * every path of a scenario.
 */
export const METER_STEP = 5;

export function clampMeter(value: number): number {
  return Math.min(METER_MAX, Math.max(METER_MIN, Math.round(value)));
}

/** To the nearest step of 5, halves away from zero, so gains and losses scale alike. */
export function snapToStep(value: number): number {
  const steps = Math.round(Math.abs(value) / METER_STEP);
  if (steps === 0) return 0;
  return value < 0 ? -steps * METER_STEP : steps * METER_STEP;
}

/** A delta on one meter, with every key present so all deltas share one shape. */
export function meterDelta(meter: Meter, value: number, other?: Meter, otherValue = 0): MeterDelta {
  const delta = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 };
  delta[meter] = value;
  if (other) delta[other] = otherValue;
  return delta;
}

/** A delta on one meter alone, written per meter (a computed key is slow to build on the hot path). */
export function singleDelta(meter: Meter, value: number): MeterDelta {
  switch (meter) {
    case 'legitimacy':
      return { legitimacy: value };
    case 'efficiency':
      return { efficiency: value };
    case 'trust':
      return { trust: value };
    case 'initiative':
      return { initiative: value };
  }
}

/** The sum of several deltas, every key present. */
export function addDeltas(deltas: readonly MeterDelta[]): Meters {
  const sum = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 };
  for (const d of deltas) {
    sum.legitimacy += d.legitimacy ?? 0;
    sum.efficiency += d.efficiency ?? 0;
    sum.trust += d.trust ?? 0;
    sum.initiative += d.initiative ?? 0;
  }
  return sum;
}

export function diffMeters(before: Meters, after: Meters): MeterDelta {
  const diff: MeterDelta = {};
  for (const meter of METERS) {
    const change = after[meter] - before[meter];
    if (change !== 0) diff[meter] = change;
  }
  return diff;
}
