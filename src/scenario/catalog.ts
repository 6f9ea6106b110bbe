import { parseScenario, type ScenarioError } from './parseScenario';
import type { Scenario } from './schema';

/** A scenario file as the game knows it: playable, or broken with the reasons why. */
export type CatalogEntry = { file: string; ok: true; scenario: Scenario } | { file: string; ok: false; errors: ScenarioError[] };

/** Parses every file; a broken file stays in the list with its errors, so the player sees them. */
export function buildCatalog(files: Record<string, string>): CatalogEntry[] {
  return Object.entries(files)
    .map(([path, text]): CatalogEntry => {
      const file = path.split('/').pop() ?? path;
      const result = parseScenario(text, file);
      return result.ok ? { file, ok: true, scenario: result.scenario } : { file, ok: false, errors: result.errors };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
