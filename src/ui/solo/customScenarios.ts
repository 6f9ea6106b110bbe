// The player's own scenario files: read safely from a file, kept in local storage until removed.
import { catalogEntry, type CatalogEntry } from '../../scenario/catalog';
import { MAX_SCENARIO_BYTES, decodeScenario, type DecodeProblem } from '../../scenario/decodeScenario';

const PREFIX = 'spagaat.custom.';

export type ReadProblem = DecodeProblem | 'unreadable';

export async function readScenarioFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; problem: ReadProblem }> {
  // Check the size before reading a large file into memory at all.
  if (file.size > MAX_SCENARIO_BYTES) return { ok: false, problem: 'too-large' };
  try {
    return decodeScenario(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

/**
 * The scenarios kept in this browser, each read on its own: one damaged record is removed and
 * named in `removed`, and never hides the others.
 */
export function loadStoredScenarios(storage: Storage | null): { entries: CatalogEntry[]; removed: string[] } {
  const entries: CatalogEntry[] = [];
  const removed: string[] = [];
  let keys: string[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
  } catch {
    keys = [];
  }
  for (const key of keys) {
    let stored: { file?: unknown; text?: unknown } | null;
    try {
      stored = JSON.parse(storage?.getItem(key) ?? 'null') as { file?: unknown; text?: unknown } | null;
    } catch {
      stored = null;
    }
    if (typeof stored?.file === 'string' && typeof stored.text === 'string') {
      entries.push(catalogEntry(stored.file, stored.text, 'custom', key.slice(PREFIX.length)));
      continue;
    }
    removed.push(typeof stored?.file === 'string' ? stored.file : key.slice(PREFIX.length));
    forgetScenario(storage, key.slice(PREFIX.length));
  }
  return { entries: entries.sort((a, b) => a.file.localeCompare(b.file)), removed };
}

/** False when the browser would not store it (private mode, full storage). */
export function storeScenario(storage: Storage | null, key: string, file: string, text: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(PREFIX + key, JSON.stringify({ file, text }));
    return true;
  } catch {
    return false;
  }
}

export function forgetScenario(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(PREFIX + key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}
