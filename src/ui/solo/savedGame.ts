// The solo game in progress, kept in this browser so it can be resumed: the scenario and the
// choices made (the engine replays them). A save that cannot be read or replayed is reported in
// plain words and removed; nothing else is lost.
import { STRATEGIES, PERSPECTIVES, replayChoices, type Choice, type GameState } from '../../engine';
import type { CatalogEntry } from '../../scenario/catalog';
import type { Scenario } from '../../scenario/schema';

const KEY = 'spagaat.save';

export type SaveProblem = 'unreadable' | 'unknown-scenario' | 'does-not-fit';
export type SavedGame = { status: 'none' } | { status: 'ok'; scenario: Scenario; state: GameState; choices: Choice[] } | { status: 'broken'; problem: SaveProblem };

/** A stored choice, checked field by field (saved games and the kept workshop both read them back). */
export function isChoice(value: unknown): value is Choice {
  const c = value as Choice;
  return (
    typeof c === 'object' && c !== null && STRATEGIES.includes(c.strategy) && (c.perspective === undefined || PERSPECTIVES.includes(c.perspective)) && (c.perCase === undefined || typeof c.perCase === 'boolean')
  );
}

export function readSave(storage: Storage | null, catalog: CatalogEntry[]): SavedGame {
  let raw: string | null;
  try {
    raw = storage?.getItem(KEY) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  let data: { scenarioId?: unknown; choices?: unknown };
  try {
    data = JSON.parse(raw) as typeof data;
  } catch {
    return { status: 'broken', problem: 'unreadable' };
  }
  if (typeof data?.scenarioId !== 'string' || !Array.isArray(data.choices) || !data.choices.every(isChoice)) return { status: 'broken', problem: 'unreadable' };
  const entry = catalog.find((e) => e.ok && e.scenario.id === data.scenarioId);
  if (!entry?.ok) return { status: 'broken', problem: 'unknown-scenario' };
  const replay = replayChoices(entry.scenario, data.choices);
  if (!replay.ok || replay.state.ending) return { status: 'broken', problem: 'does-not-fit' };
  return { status: 'ok', scenario: entry.scenario, state: replay.state, choices: data.choices };
}

export function writeSave(storage: Storage | null, scenarioId: string, choices: Choice[]): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ version: 1, scenarioId, choices, savedAt: new Date().toISOString() }));
  } catch {
    // Full or private storage: the game goes on, only resuming is lost.
  }
}

export function clearSave(storage: Storage | null): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing to remove.
  }
}
