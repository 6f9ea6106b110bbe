// Past games kept in this browser for comparison: scenario, date, titles and final meters. No
// personal data; nothing leaves the browser.
import { craftProfile, type GameState, type Meters, type Text } from '../engine';
import type { Scenario } from '../scenario/schema';
import { endingTitle } from './i18n';
import { craftTitle } from './learningTexts';

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

function isEntry(value: unknown): value is HistoryEntry {
  const e = value as HistoryEntry;
  return typeof e?.id === 'string' && typeof e.date === 'string' && typeof e.scenarioTitle?.nl === 'string' && typeof e.meters?.trust === 'number';
}

/** A corrupted list is skipped entry by entry, never thrown at the player. */
export function loadHistory(storage: Storage | null): HistoryEntry[] {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter(isEntry) : [];
  } catch {
    return [];
  }
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
