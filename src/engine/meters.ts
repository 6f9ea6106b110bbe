export const METERS = ['legitimacy', 'efficiency', 'trust', 'initiative'] as const;
export type Meter = (typeof METERS)[number];

export type Meters = Record<Meter, number>;
export type MeterDelta = Partial<Record<Meter, number>>;

export const METER_MIN = 0;
export const METER_MAX = 100;

export function clampMeter(value: number): number {
  return Math.min(METER_MAX, Math.max(METER_MIN, Math.round(value)));
}

/** A delta on one meter, with every key present so all deltas share one shape. */
export function meterDelta(meter: Meter, value: number, other?: Meter, otherValue = 0): MeterDelta {
  const delta = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 };
  delta[meter] = value;
  if (other) delta[other] = otherValue;
  return delta;
}

export function diffMeters(before: Meters, after: Meters): MeterDelta {
  const diff: MeterDelta = {};
  for (const meter of METERS) {
    const change = after[meter] - before[meter];
    if (change !== 0) diff[meter] = change;
  }
  return diff;
}

