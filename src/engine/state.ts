import type { Meter, MeterDelta, Meters } from './meters';
import type { Dilemma, HierarchyStance, Perspective, Strategy } from './theory';

export interface Choice {
  strategy: Strategy;
  /** Which perspective comes first; required for `prioritise`, absent otherwise. */
  perspective?: Perspective;
}

/** One named part of a choice's effect, so the debrief can explain it. */
export type EffectPart =
  | { rule: 'fit'; strategy: Strategy; dilemma: Dilemma; theoryFit: boolean; delta: MeterDelta }
  | { rule: 'situation-override'; delta: MeterDelta }
  | { rule: 'situation-adjust'; delta: MeterDelta }
  | { rule: 'priority'; perspective: Perspective; raised: Meter; lowered: Meter; delta: MeterDelta }
  | { rule: 'hierarchy'; stance: HierarchyStance; delta: MeterDelta };

export interface Consequence {
  situationId: string;
  dilemma: Dilemma;
  choice: Choice;
  parts: EffectPart[];
  before: Meters;
  after: Meters;
}

export type Ending =
  | { kind: 'crisis'; meter: Meter }
  | { kind: 'balanced' }
  | { kind: 'leaning'; meter: Meter }
  | { kind: 'fragile'; meter: Meter };

/** The whole game as plain JSON: saving a game is JSON.stringify. */
export interface GameState {
  scenarioId: string;
  meters: Meters;
  /** The situation being played, or null once the game has ended. */
  current: string | null;
  history: Consequence[];
  ending: Ending | null;
}
