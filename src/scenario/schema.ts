// The scenario file format, as one zod schema. It parses into the engine's domain model
// (src/engine/scenario.ts); a compile-time check below keeps the two in step.
import { z } from 'zod';
import { METERS, METER_STEP } from '../engine/meters';
import { JOURNEY_MOVES, JOURNEY_STAGES, JOURNEY_STATUSES } from '../engine/journey';
import { LEVELS, type Scenario } from '../engine/scenario';
import { DILEMMAS, HIERARCHY_STANCES, PARTICIPATION_FORMS, PERSPECTIVES, STRATEGIES } from '../engine/theory';

/** Format 2: meters in steps of 5, the player's department. Format 1 files are converted on load. */
export const FORMAT_VERSION = 2;
export { LEVELS };
export type { Level } from '../engine/scenario';

const text = z
  .strictObject({
    nl: z.string().trim().min(1),
    en: z.string().trim().min(1),
  })
  .describe('A text in Dutch (nl) and English (en).')
  .meta({ id: 'Text' });

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe('Lower-case letters, digits and hyphens, e.g. "intake-evening".');

const meterValue = z.number().int().min(0).max(100).multipleOf(METER_STEP);
const meterChange = z.number().int().min(-30).max(30).multipleOf(METER_STEP);

const meterDelta = z
  .partialRecord(z.enum(METERS), meterChange)
  .describe('Change per meter in steps of 5, each between -30 and 30.')
  .meta({ id: 'MeterDelta' });

const perspectiveTexts = z
  .strictObject({
    inside: text,
    outside: text,
    policyLine: text.optional().describe('An adopted policy line that backs this priority, e.g. "Groenvisie 2030"; it gives the choice a formal basis.'),
    sets: z.strictObject({ flags: z.array(id).optional() }).optional().describe('Flags this priority sets: what it leaves behind for later situations.'),
  })
  .meta({ id: 'PerspectiveChoice' });

const range = z
  .strictObject({ min: z.number().int().optional(), max: z.number().int().optional() })
  .describe('A range: min and/or max, both inclusive.');

/** When a situation appears or a reward applies; every listed part must hold. */
export const conditionSchema = z
  .strictObject({
    flags: z.array(id).optional().describe('All these flags are set.'),
    notFlags: z.array(id).optional().describe('None of these flags is set.'),
    meters: z.partialRecord(z.enum(METERS), range).optional(),
    strain: range.optional().describe('Strain from prioritising the same perspective again and again.'),
    siloDebt: range.optional().describe('Silo debt from earlier choices to work in your silo.'),
    escalations: range.optional(),
    stance: z.array(z.enum(HIERARCHY_STANCES)).min(1).optional().describe('The hierarchy takes one of these stances.'),
    proposal: z.array(z.enum(JOURNEY_STATUSES)).min(1).optional().describe('The residents’ proposal has one of these statuses.'),
    chose: z
      .strictObject({ situation: id, strategies: z.array(z.enum(STRATEGIES)).min(1) })
      .optional()
      .describe('An earlier situation was played with one of these strategies.'),
  })
  .describe('Every listed part must hold.')
  .meta({ id: 'Condition' });

const optionEffect = {
  /** Replaces the theory's default fit for this strategy in this situation. */
  effect: meterDelta.optional(),
  /** Added to the default fit, as its own named part. */
  adjust: meterDelta.optional(),
  /** How the residents' proposal moves; without it the strategy's default move applies. */
  journey: z.enum(JOURNEY_MOVES).optional(),
  sets: z
    .strictObject({
      flags: z.array(id).optional(),
      clearFlags: z.array(id).optional(),
      stance: z.enum(HIERARCHY_STANCES).optional().describe('The hierarchy’s stance from now on.'),
    })
    .optional(),
  rewards: z
    .array(z.strictObject({ when: conditionSchema, delta: meterDelta, note: text }))
    .optional()
    .describe('Extra effects when a condition holds at the moment of choosing: the pay-off of an earlier choice, or (negative) its price.'),
};

const option = z
  .strictObject({
    label: text,
    inside: text,
    outside: text,
    ...optionEffect,
  })
  .meta({ id: 'Option' });

const prioritiseOption = z.strictObject({
  label: text,
  inside: text.optional(),
  outside: text.optional(),
  byPerspective: z.partialRecord(z.enum(PERSPECTIVES), perspectiveTexts).optional(),
  ...optionEffect,
});

const situation = z.strictObject({
  id,
  sources: z
    .array(z.string().trim().min(1))
    .optional()
    .describe('Literature behind this situation beyond its dilemma and strategies, e.g. "Edelenbos 2005".'),
  dilemma: z.enum(DILEMMAS),
  stage: z.enum(JOURNEY_STAGES).describe('Where in the municipality the story is at this situation.'),
  kind: z.enum(['regular', 'strain-crisis']).default('regular').describe('A strain-crisis situation is inserted when strain passes its threshold.'),
  when: conditionSchema.optional().describe('The situation appears only when this holds at its turn.'),
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
  balanceNote: text.optional().describe('Why one strategy is the single right answer here by a wide margin; the analyser prints it.'),
});

const castMember = z.strictObject({ name: z.string().trim().min(1), role: text });
const fate = z.strictObject({ title: text, text });

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(FORMAT_VERSION),
  id,
  title: text,
  summary: text,
  municipality: z.string().trim().min(1),
  participationForm: z.enum(PARTICIPATION_FORMS).describe('The form of participation that leads this scenario.'),
  minutes: z.number().int().min(3).max(90).describe('Playing time alone, in minutes.'),
  levels: z
    .array(z.enum(LEVELS))
    .min(1)
    .describe('Who it is made for: onboarding (new civil servants), course (teaching), workshop (groups).'),
  hierarchyStance: z.enum(HIERARCHY_STANCES).default('undecided'),
  role: text,
  department: z
    .strictObject({
      name: text.describe('The player’s own department, e.g. "Wijkzaken".'),
      leaning: z.enum(PERSPECTIVES).describe('The perspective whose values that department serves first: working in your silo serves these.'),
    })
    .describe('The player’s own department and the perspective it leans to.'),
  proposal: z.strictObject({ title: text, description: text }),
  briefing: text,
  cast: z.array(castMember).min(1),
  initialMeters: z.record(z.enum(METERS), meterValue).optional(),
  flags: z.array(z.strictObject({ id, description: text })).optional().describe('Flags that choices set and conditions read.'),
  fates: z
    .partialRecord(z.enum(['realised', 'changed', 'stalled', 'dropped']), fate)
    .optional()
    .describe('Scenario-specific texts for what became of the proposal.'),
  situations: z.array(situation).min(1).max(20),
});

export type { AnyOption, Condition, PrioritiseOption, Scenario, ScenarioOption, Situation, SituationOptions } from '../engine/scenario';

// The parsed file is the engine's domain model: this line stops compiling if they drift apart.
export const parsesToDomain: (parsed: z.infer<typeof scenarioSchema>) => Scenario = (parsed) => parsed;
