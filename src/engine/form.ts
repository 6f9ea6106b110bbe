// The participation form changes play (the paper's open question: does the form of participation
// change how the dilemmas show?). The game's own answer, per form: which meters weigh more when
// they move, and which meter a crisis hinges on (it comes before that meter reaches 0).
import { METERS, METER_STEP, type Meter, type MeterDelta, type Meters } from './meters';
import type { EffectPart } from './state';
import type { ParticipationForm } from './theory';

export interface FormRules {
  /** Multipliers for a meter's rise (gain) or fall (loss) in one choice. */
  weight: Partial<Record<Meter, { gain: number; loss: number }>>;
  /** A crisis comes when a meter falls to this level or below. */
  floor: Record<Meter, number>;
}

const FLOOR_ZERO: Record<Meter, number> = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 };

export const FORM_RULES: Record<ParticipationForm, FormRules> = {
  // Inspraak: the procedure carries the process, so legitimacy weighs more both ways and a
  // procedure that fails ends it; residents only speak up, so their initiative is fragile.
  consultation: { weight: { legitimacy: { gain: 1.5, loss: 1.5 }, initiative: { gain: 1, loss: 1.5 } }, floor: { ...FLOOR_ZERO, legitimacy: 15 } },
  // Advice: an advisory body whose advice goes unanswered stops advising; trust is lost fast.
  advice: { weight: { trust: { gain: 1, loss: 1.5 } }, floor: { ...FLOOR_ZERO, trust: 5 } },
  // Co-production: working together makes trust move fast both ways, and ends when it is gone.
  'co-production': { weight: { trust: { gain: 1.5, loss: 1.5 } }, floor: { ...FLOOR_ZERO, trust: 15 } },
  // Self-organisation: the residents' initiative is the project; it weighs most, and when it
  // dies the game ends, well before it reaches 0.
  'self-organisation': { weight: { initiative: { gain: 1.5, loss: 1.5 } }, floor: { ...FLOOR_ZERO, initiative: 15 } },
};

/**
 * The extra a form puts on one meter's change in a choice: the weighted change minus the plain
 * one, in whole steps towards zero, so that only changes of two steps or more weigh heavier.
 */
export function formExtra(form: ParticipationForm, meter: Meter, change: number): number {
  const w = FORM_RULES[form].weight[meter];
  return w ? weightedExtra(change, w.gain, w.loss) : 0;
}

function weightedExtra(change: number, gain: number, loss: number): number {
  if (change === 0) return 0;
  const raw = change * (change > 0 ? gain : loss) - change;
  const steps = Math.floor(Math.abs(raw) / METER_STEP + 1e-9);
  return steps === 0 ? 0 : Math.sign(raw) * steps * METER_STEP;
}

/** Per form, the meters it weighs with their multipliers, read once into one shape. */
const WEIGHTED = new Map<ParticipationForm, readonly { meter: Meter; gain: number; loss: number }[]>(
  (Object.keys(FORM_RULES) as ParticipationForm[]).map((form) => [
    form,
    METERS.flatMap((meter) => {
      const w = FORM_RULES[form].weight[meter];
      return w ? [{ meter, gain: w.gain, loss: w.loss }] : [];
    }),
  ]),
);

export function formPart(form: ParticipationForm, total: Meters): EffectPart | null {
  const weighted = WEIGHTED.get(form)!;
  let delta: MeterDelta | null = null;
  for (let i = 0; i < weighted.length; i++) {
    const { meter, gain, loss } = weighted[i]!;
    const extra = weightedExtra(total[meter], gain, loss);
    if (extra !== 0) (delta ??= {})[meter] = extra;
  }
  return delta ? { rule: 'participation-form', form, delta } : null;
}

export function crisisFloor(form: ParticipationForm): Record<Meter, number> {
  return FORM_RULES[form].floor;
}
