// Past games kept in this browser for comparison: scenario, date, titles and final meters. No
// personal data; nothing leaves the browser.
import { craftProfile, type GameState, type Meters, type Text } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { endingTitle } from '../shared/i18n';
import { craftTitle } from '../learning/learningTexts';

const KEY = 'spagaat.history';
const MAX_ENTRIES = 50;

export interface HistoryEntry {
  id: string;
  date: string;
  scenarioId: string;
  scenarioTitle: Text;
  outcome: Text;
  title: Text;
  meters: Meters;
}

/** Beyond this the stored list is not even parsed (browsers keep about 5 MB per site in all). */
const MAX_STORED_CHARS = 6 * 1024 * 1024;

const isText = (v: unknown): v is Text => typeof v === 'object' && v !== null && typeof (v as Text).nl === 'string' && typeof (v as Text).en === 'string';
const isMeter = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

/** Every field, as the game writes it: a record that lacks one is damaged, whatever else it has. */
export function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const meters = e.meters as Record<string, unknown> | null;
  return (
    typeof e.id === 'string' &&
    e.id.length <= 200 &&
    typeof e.date === 'string' &&
    !Number.isNaN(Date.parse(e.date)) &&
    typeof e.scenarioId === 'string' &&
    isText(e.scenarioTitle) &&
    isText(e.outcome) &&
    isText(e.title) &&
    typeof meters === 'object' &&
    meters !== null &&
    isMeter(meters.legitimacy) &&
    isMeter(meters.efficiency) &&
    isMeter(meters.trust) &&
    isMeter(meters.initiative)
  );
}

/** How many damaged records the last read removed, until the player has been told (see takeRepairNotice). */
let removedUntold = 0;

/**
 * The history, newest first, at most MAX_ENTRIES. A damaged record is dropped and the list written
 * back without it, so it is reported once and never trips a screen again; the rest is kept.
 */
export function loadHistory(storage: Storage | null): HistoryEntry[] {
  let raw: string | null;
  try {
    raw = storage?.getItem(KEY) ?? null;
  } catch {
    return [];
  }
  if (raw === null) return [];
  let list: unknown;
  try {
    list = raw.length > MAX_STORED_CHARS ? null : (JSON.parse(raw) as unknown);
  } catch {
    list = null;
  }
  if (!Array.isArray(list)) {
    removedUntold += 1;
    save(storage, []);
    return [];
  }
  const first = list.slice(0, MAX_ENTRIES);
  const kept = first.filter(isHistoryEntry);
  // Damaged records are reported; records past the cap (never written by this game) just go.
  removedUntold += first.length - kept.length;
  if (kept.length !== list.length) save(storage, kept);
  return kept;
}

/** The number of damaged records removed since last asked; 0 once told. */
export function takeRepairNotice(): number {
  const n = removedUntold;
  removedUntold = 0;
  return n;
}

function save(storage: Storage | null, entries: HistoryEntry[]): void {
  try {
    storage?.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Full or private storage: history is a convenience, the game goes on.
  }
}

export function recordGame(storage: Storage | null, entry: HistoryEntry): void {
  save(storage, [entry, ...loadHistory(storage).filter((e) => e.id !== entry.id)].slice(0, MAX_ENTRIES));
}

export function deleteGame(storage: Storage | null, id: string): void {
  save(storage, loadHistory(storage).filter((e) => e.id !== id));
}

export function clearHistory(storage: Storage | null): void {
  save(storage, []);
}

export function historyEntry(scenario: Scenario, game: GameState, now: Date): HistoryEntry {
  const ending = game.ending!;
  return {
    id: `${now.getTime()}-${scenario.id}`,
    date: now.toISOString(),
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    outcome: { nl: endingTitle('nl', ending, scenario), en: endingTitle('en', ending, scenario) },
    title: craftTitle(craftProfile(game.history).kind, ending),
    meters: game.meters,
  };
}
