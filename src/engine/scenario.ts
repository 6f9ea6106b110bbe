// The scenario as the engine consumes it: the domain model. src/scenario parses raw files into
// these types; the engine never sees a raw file.
import type { JourneyMove, JourneyStage, JourneyStatus } from './journey';
import type { Meter, MeterDelta } from './meters';
import type { Text } from './text';
import type { Dilemma, HierarchyStance, ParticipationForm, Perspective, Strategy } from './theory';

export const LEVELS = ['onboarding', 'course', 'workshop'] as const;
export type Level = (typeof LEVELS)[number];

export interface Range {
  min?: number | undefined;
  max?: number | undefined;
}

/** When a situation appears or a reward applies; every listed part must hold. */
export interface Condition {
  flags?: string[] | undefined;
  notFlags?: string[] | undefined;
  meters?: Partial<Record<Meter, Range>> | undefined;
  strain?: Range | undefined;
  siloDebt?: Range | undefined;
  escalations?: Range | undefined;
  stance?: HierarchyStance[] | undefined;
  proposal?: JourneyStatus[] | undefined;
  chose?: { situation: string; strategies: Strategy[] } | undefined;
}

export interface Reward {
  when: Condition;
  delta: MeterDelta;
  note: Text;
}

/** What a scenario says about one option's consequences, beside its texts. */
export interface OptionEffect {
  /** Replaces the theory's default fit for this strategy in this situation. */
  effect?: MeterDelta | undefined;
  /** Added to the default fit, as its own named part. */
  adjust?: MeterDelta | undefined;
  /** How the residents' proposal moves; without it the strategy's default move applies. */
  journey?: JourneyMove | undefined;
  sets?: { flags?: string[] | undefined; clearFlags?: string[] | undefined; stance?: HierarchyStance | undefined } | undefined;
  rewards?: Reward[] | undefined;
}

export interface InsideOutside {
  inside: Text;
  outside: Text;
}

export interface ScenarioOption extends OptionEffect, InsideOutside {
  label: Text;
}

/** What putting one perspective first means in this situation. */
export interface PerspectiveChoice extends InsideOutside {
  /** A coexisting, adopted policy line that backs this priority (the paper's "contradictory policy lines"). */
  policyLine?: Text | undefined;
  /** Flags this priority sets, beside those of the prioritise option itself: what it leaves behind. */
  sets?: { flags?: string[] | undefined } | undefined;
}

export interface PrioritiseOption extends OptionEffect {
  label: Text;
  inside?: Text | undefined;
  outside?: Text | undefined;
  byPerspective?: Partial<Record<Perspective, PerspectiveChoice>> | undefined;
}

export type AnyOption = ScenarioOption | PrioritiseOption;

export interface SituationOptions {
  'navigate-rules': ScenarioOption;
  align: ScenarioOption;
  prioritise: PrioritiseOption;
  escalate: ScenarioOption;
  silo: ScenarioOption;
}

export interface Situation {
  id: string;
  sources?: string[] | undefined;
  dilemma: Dilemma;
  stage: JourneyStage;
  kind: 'regular' | 'strain-crisis';
  when?: Condition | undefined;
  title: Text;
  text: Text;
  advisors: Record<Perspective, Text>;
  options: SituationOptions;
  /** Why one strategy is the single right answer here by a wide margin; the analyser prints it. */
  balanceNote?: Text | undefined;
}

/** The player's own department: whose values working in your silo serves. */
export interface Department {
  name: Text;
  leaning: Perspective;
}

export type FateId = 'realised' | 'changed' | 'stalled' | 'dropped';

export interface Scenario {
  $schema?: string | undefined;
  formatVersion: number;
  id: string;
  title: Text;
  summary: Text;
  municipality: string;
  participationForm: ParticipationForm;
  minutes: number;
  levels: Level[];
  hierarchyStance: HierarchyStance;
  role: Text;
  department: Department;
  proposal: { title: Text; description: Text };
  briefing: Text;
  cast: { name: string; role: Text }[];
  initialMeters?: Record<Meter, number> | undefined;
  flags?: { id: string; description: Text }[] | undefined;
  fates?: Partial<Record<FateId, { title: Text; text: Text }>> | undefined;
  situations: Situation[];
}
