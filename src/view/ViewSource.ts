import type { Journey, JourneyStage, Lang, Meters } from '../engine';

/** What the canvas views read: the game's meters and journey (none outside a game), and labels. */
export interface ViewSnapshot {
  meters: Meters | null;
  journey: Journey | null;
  /** Where the story is now (the current situation's stage), if a situation is on. */
  storyStage: JourneyStage | null;
  lang: Lang;
  meterLabels: Record<keyof Meters, string>;
  stageLabels: Record<JourneyStage | 'realised', string>;
}

export interface ViewSource {
  get(): ViewSnapshot;
  subscribe(listener: (snapshot: ViewSnapshot) => void): () => void;
  reducedMotion(): boolean;
}
