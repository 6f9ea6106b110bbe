import type { Fate, Journey, JourneyMove } from './journey';
import type { Meter, MeterDelta, Meters } from './meters';
import type { Text } from './text';
import type { Dilemma, HierarchyStance, ParticipationForm, Perspective, Strategy } from './theory';

export interface Choice {
  strategy: Strategy;
  /** Which perspective comes first; required for `prioritise`, absent otherwise. */
  perspective?: Perspective;
  /** Prioritise by comparing with an earlier similar case instead of as a standing rule. */
  perCase?: boolean;
}

/** One named part of a choice's effect, so the debrief can explain it. */
export type EffectPart =
  | { rule: 'fit'; strategy: Strategy; dilemma: Dilemma; theoryFit: boolean; delta: MeterDelta }
  | { rule: 'situation-override'; delta: MeterDelta }
  | { rule: 'situation-adjust'; delta: MeterDelta }
  | { rule: 'time'; strategy: Strategy; again: boolean; delta: MeterDelta }
  | { rule: 'pressure'; turn: number; delta: MeterDelta }
  | { rule: 'waiting'; delta: MeterDelta }
  | { rule: 'frames-unmet'; delta: MeterDelta }
  | { rule: 'room-outside-rules'; dilemma: Dilemma; meter: Meter; delta: MeterDelta }
  | { rule: 'routine'; count: number; meter: Meter; delta: MeterDelta }
  | { rule: 'priority'; perspective: Perspective; raised: Meter; lowered: Meter[]; onSide: boolean; perCase: boolean; delta: MeterDelta }
  | { rule: 'precedent'; situationId: string; delta: MeterDelta }
  | { rule: 'policy-line'; perspective: Perspective; line: Text; delta: MeterDelta }
  | { rule: 'strain'; perspective: Perspective; level: number; meter: Meter; delta: MeterDelta }
  | { rule: 'switch'; from: Perspective; released: number; meter: Meter; delta: MeterDelta }
  | { rule: 'hierarchy'; stance: HierarchyStance; delta: MeterDelta }
  | { rule: 'escalation-fatigue'; count: number; delta: MeterDelta }
  | { rule: 'silo-relief'; department: Text; perspective: Perspective; meter: Meter; delta: MeterDelta }
  | { rule: 'silo-debt'; debt: number; delta: MeterDelta }
  | { rule: 'silo-repaid'; debt: number; delta: MeterDelta }
  | { rule: 'stranded-input'; debt: number; delta: MeterDelta }
  | { rule: 'reward'; note: Text; delta: MeterDelta }
  | { rule: 'participation-form'; form: ParticipationForm; delta: MeterDelta };

export type EffectRule = EffectPart['rule'];

/** How much of each perspective's values a choice served (weights that add up to 1). */
export type ValuesServed = Partial<Record<Perspective, number>>;

export interface Consequence {
  situationId: string;
  dilemma: Dilemma;
  choice: Choice;
  parts: EffectPart[];
  before: Meters;
  after: Meters;
  /** What the choice did to the residents' proposal, and where that left it. */
  move: JourneyMove;
  journey: Journey;
  flagsSet: string[];
  stance: HierarchyStance | null;
  /** Whose values the choice served: what the craft profile is made of. */
  served: ValuesServed;
}

export type Balance = { kind: 'balanced' } | { kind: 'leaning'; meter: Meter } | { kind: 'fragile'; meter: Meter };

export type Ending = { kind: 'crisis'; meter: Meter; fate: Fate } | { kind: 'completed'; fate: Fate; balance: Balance };

export interface Strain {
  /** The perspective given priority again and again since the last switch. */
  perspective: Perspective | null;
  level: number;
}

export interface PlayedSituation {
  id: string;
  strategy: Strategy;
  /** The situation's dilemma, kept here so finding a precedent needs no look-up. */
  dilemma: Dilemma;
}

/**
 * The whole game as plain JSON: saving a game is JSON.stringify. The rules read every field but
 * `history`, which is kept for the consequence screen and the debrief.
 */
export interface GameState {
  scenarioId: string;
  meters: Meters;
  /** The situation being played, or null once the game has ended. */
  current: string | null;
  history: Consequence[];
  /** Situations played so far, in order, with the strategy chosen in each. */
  played: PlayedSituation[];
  /** Situations whose condition did not hold at their turn. */
  skipped: string[];
  ending: Ending | null;
  flags: string[];
  stance: HierarchyStance;
  strain: Strain;
  siloDebt: number;
  escalations: number;
  navigations: number;
  alignments: number;
  journey: Journey;
}
