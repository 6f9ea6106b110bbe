export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text a player reads, in both languages; Dutch comes first. */
export interface Text {
  nl: string;
  en: string;
}
