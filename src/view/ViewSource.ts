import type { CraftProfile, Journey, JourneyStage, Lang, Meters, Perspective } from '../engine';

/** What the canvas views read: the game's meters and journey (none outside a game), and labels. */
export interface ViewSnapshot {
  meters: Meters | null;
  journey: Journey | null;
  /** Where the story is now (the current situation's stage), if a situation is on. */
  storyStage: JourneyStage | null;
  lang: Lang;
  meterLabels: Record<keyof Meters, string>;
  stageLabels: Record<JourneyStage | 'realised', string>;
  /** The craft profile once a game has ended, for the plane. */
  profile: CraftProfile | null;
  perspectiveLabels: Record<Perspective, string>;
  axisLabels: { results: string; preconditions: string; insideOut: string; outsideIn: string };
}

export interface ViewSource {
  get(): ViewSnapshot;
  subscribe(listener: (snapshot: ViewSnapshot) => void): () => void;
  reducedMotion(): boolean;
}
