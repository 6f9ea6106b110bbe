import type { Lang } from '../../engine';

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

const PREVIEW_KEY = 'spagaat.preview';
const FINISHED_KEY = 'spagaat.gamesFinished';

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Without storage the setting lasts for this visit only.
  }
}

/** The effect preview: as the player set it, else on until a first game is finished. */
export function loadPreview(storage: Storage | null): boolean {
  const stored = read(storage, PREVIEW_KEY);
  if (stored === 'on' || stored === 'off') return stored === 'on';
  return Number(read(storage, FINISHED_KEY) ?? 0) === 0;
}

export function savePreview(storage: Storage | null, on: boolean): void {
  write(storage, PREVIEW_KEY, on ? 'on' : 'off');
}

export function countFinishedGame(storage: Storage | null): void {
  write(storage, FINISHED_KEY, String(Number(read(storage, FINISHED_KEY) ?? 0) + 1));
}

const INTRO_KEY = 'spagaat.introSeen';

export function loadIntroSeen(storage: Storage | null): boolean {
  return read(storage, INTRO_KEY) === 'yes';
}

export function saveIntroSeen(storage: Storage | null): void {
  write(storage, INTRO_KEY, 'yes');
}

const PRESENTATION_KEY = 'spagaat.presentation';

/** Presentation mode: the projector's large type for a lecture with solo play (workshops have it always). */
export function loadPresentation(storage: Storage | null): boolean {
  return read(storage, PRESENTATION_KEY) === 'on';
}

export function savePresentation(storage: Storage | null, on: boolean): void {
  write(storage, PRESENTATION_KEY, on ? 'on' : 'off');
}
