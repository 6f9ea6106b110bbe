import { parseScenario, type ScenarioError } from './parseScenario';
import type { Scenario } from './schema';

/** Where a scenario came from: shipped with the game, or loaded by the player from a file. */
export type ScenarioSource = 'shipped' | 'custom';

/** A scenario file as the game knows it: playable, or broken with the reasons why. */
export type CatalogEntry = { file: string; source: ScenarioSource; key: string } & (
  | { ok: true; scenario: Scenario; migrated?: boolean }
  | { ok: false; errors: ScenarioError[] }
);

/** `key` names the entry in the list: the scenario id when it parses, otherwise the file name. */
export function catalogEntry(file: string, text: string, source: ScenarioSource, key?: string): CatalogEntry {
  const result = parseScenario(text, file);
  return result.ok
    ? { file, source, key: key ?? result.scenario.id, ok: true, scenario: result.scenario, ...(result.migrated ? { migrated: true } : {}) }
    : { file, source, key: key ?? file, ok: false, errors: result.errors };
}

/** Parses every file; a broken file stays in the list with its errors, so the player sees them. */
export function buildCatalog(files: Record<string, string>, source: ScenarioSource): CatalogEntry[] {
  return Object.entries(files)
    .map(([path, text]) => catalogEntry(path.split('/').pop() ?? path, text, source))
    .sort((a, b) => a.file.localeCompare(b.file));
}

export type AddOutcome = 'added' | 'replaced' | 'id-taken';

/**
 * Adds a player's own scenario. One with the id of a shipped scenario is refused; one with the
 * id of an earlier custom scenario replaces it (the teacher loaded a new version).
 */
export function addCustom(catalog: CatalogEntry[], entry: CatalogEntry): { catalog: CatalogEntry[]; outcome: AddOutcome } {
  const same = (e: CatalogEntry) => e.key === entry.key;
  if (catalog.some((e) => same(e) && e.source === 'shipped')) return { catalog, outcome: 'id-taken' };
  const replaced = catalog.some(same);
  return { catalog: [...catalog.filter((e) => !same(e)), { ...entry, source: 'custom' }], outcome: replaced ? 'replaced' : 'added' };
}
