import type { Lang } from '../engine';

const LANG_KEY = 'spagaat.lang';

/** The remembered language, else Dutch (the game's first language). */
export function loadLang(storage: Storage | null): Lang {
  try {
    const stored = storage?.getItem(LANG_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function saveLang(storage: Storage | null, lang: Lang): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Private mode or full storage: the choice then lasts for this visit only.
  }
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
