// The residents' proposal's way through the inside world (doorwerking, Van Bochove et al. 2022):
// each choice moves it on, holds it up, changes it or drops it.
import type { Perspective, Strategy, HierarchyStance } from './theory';

export const JOURNEY_STAGES = ['intake', 'assessment', 'departments', 'management', 'council', 'implementation'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const JOURNEY_MOVES = ['advance', 'stall', 'change', 'drop'] as const;
export type JourneyMove = (typeof JOURNEY_MOVES)[number];

export const JOURNEY_STATUSES = ['moving', 'stalled', 'changed', 'dropped'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];
export type Fate = 'realised' | 'changed' | 'stalled' | 'dropped';

export interface Journey {
  /** Stages passed: 0 is at intake, JOURNEY_STAGES.length means realised. */
  position: number;
  status: JourneyStatus;
  /** How often the proposal was changed on the way. */
  changes: number;
}

export const START_JOURNEY: Journey = { position: 0, status: 'moving', changes: 0 };
export const REALISED = JOURNEY_STAGES.length;

/** Without a scenario's own say: what each way of coping does to the proposal. */
export function defaultMove(strategy: Strategy, perspective: Perspective | undefined, stance: HierarchyStance): JourneyMove {
  switch (strategy) {
    case 'navigate-rules':
    case 'align':
      return 'advance';
    case 'prioritise':
      // Putting rules or targets first fits the proposal to the organisation; the other two carry it as it is.
      return perspective === 'lawful' || perspective === 'performing' ? 'change' : 'advance';
    case 'escalate':
      // The decision leaves your hands: a supportive hierarchy carries the proposal on, an
      // undecided one lets it lie, an opposed one bends it its way.
      return stance === 'supportive' ? 'advance' : stance === 'opposed' ? 'change' : 'stall';
    case 'silo':
      // Residents' input strands between departments (the paper's "stranded input").
      return 'stall';
  }
}

export function moveJourney(journey: Journey, move: JourneyMove): Journey {
  if (journey.status === 'dropped') return journey;
  switch (move) {
    case 'advance':
      return { position: Math.min(REALISED, journey.position + 1), status: 'moving', changes: journey.changes };
    case 'change':
      return { position: Math.min(REALISED, journey.position + 1), status: 'changed', changes: journey.changes + 1 };
    case 'stall':
      return { position: journey.position, status: 'stalled', changes: journey.changes };
    case 'drop':
      return { position: journey.position, status: 'dropped', changes: journey.changes };
  }
}

/** A proposal that has reached implementation when the story ends is being carried out. */
export const IMPLEMENTED = JOURNEY_STAGES.indexOf('implementation');

/** From this many changes on, the proposal that comes out is no longer the residents' (the game's own rule). */
export const CHANGED_FROM = 3;

export function fateOf(journey: Journey): Fate {
  if (journey.status === 'dropped') return 'dropped';
  if (journey.position < IMPLEMENTED) return 'stalled';
  return journey.changes >= CHANGED_FROM ? 'changed' : 'realised';
}

export function stageAt(journey: Journey): JourneyStage | 'realised' {
  return JOURNEY_STAGES[journey.position] ?? 'realised';
}
