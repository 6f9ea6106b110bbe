import type { Lang, Meters } from '../engine';

/** What the meters view reads: a snapshot of the meters (or none outside a game) and the language. */
export interface MeterSnapshot {
  meters: Meters | null;
  lang: Lang;
  labels: Record<keyof Meters, string>;
}

export interface MeterSource {
  get(): MeterSnapshot;
  subscribe(listener: (snapshot: MeterSnapshot) => void): () => void;
  reducedMotion(): boolean;
}
