// The scenario file format, as one zod schema: the types the game uses are inferred from it,
// so the format is defined once.
import { z } from 'zod';
import { METERS } from '../engine/meters';
import { DILEMMAS, HIERARCHY_STANCES, PARTICIPATION_FORMS, PERSPECTIVES } from '../engine/theory';

export const FORMAT_VERSION = 1;

const text = z
  .strictObject({
    nl: z.string().trim().min(1),
    en: z.string().trim().min(1),
  })
  .describe('A text in Dutch (nl) and English (en).');

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe('Lower-case letters, digits and hyphens, e.g. "intake-evening".');

const meterValue = z.number().int().min(0).max(100);
const meterChange = z.number().int().min(-30).max(30);

const meterDelta = z.partialRecord(z.enum(METERS), meterChange).describe('Change per meter, each between -30 and 30.');

const perspectiveTexts = z.strictObject({ inside: text, outside: text });

const optionEffect = {
  /** Replaces the theory's default fit for this strategy in this situation. */
  effect: meterDelta.optional(),
  /** Added to the default fit, as its own named part. */
  adjust: meterDelta.optional(),
};

const option = z.strictObject({
  label: text,
  inside: text,
  outside: text,
  ...optionEffect,
});

const prioritiseOption = z.strictObject({
  label: text,
  inside: text.optional(),
  outside: text.optional(),
  byPerspective: z.partialRecord(z.enum(PERSPECTIVES), perspectiveTexts).optional(),
  ...optionEffect,
});

const situation = z.strictObject({
  id,
  dilemma: z.enum(DILEMMAS),
  title: text,
  text,
  advisors: z.record(z.enum(PERSPECTIVES), text),
  options: z.strictObject({
    'navigate-rules': option,
    align: option,
    prioritise: prioritiseOption,
    escalate: option,
    silo: option,
  }),
});

const castMember = z.strictObject({ name: z.string().trim().min(1), role: text });

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(FORMAT_VERSION),
  id,
  title: text,
  summary: text,
  municipality: z.string().trim().min(1),
  participationForm: z.enum(PARTICIPATION_FORMS),
  hierarchyStance: z.enum(HIERARCHY_STANCES).default('undecided'),
  role: text,
  proposal: z.strictObject({ title: text, description: text }),
  briefing: text,
  cast: z.array(castMember).min(1),
  initialMeters: z.record(z.enum(METERS), meterValue).optional(),
  situations: z.array(situation).min(1).max(20),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Situation = Scenario['situations'][number];
export type SituationOptions = Situation['options'];
export type ScenarioOption = z.infer<typeof option>;
export type PrioritiseOption = z.infer<typeof prioritiseOption>;
