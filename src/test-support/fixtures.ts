// Fixture scenarios for tests, parsed through the real boundary.
import { parseScenario } from '../scenario/parseScenario';
import type { Scenario } from '../scenario/schema';
import minimalText from '../scenario/fixtures/minimal.json?raw';
import modelText from '../scenario/fixtures/model.json?raw';

function load(text: string, file: string, patch: (raw: Record<string, unknown>) => void): Scenario {
  const raw = JSON.parse(text) as Record<string, unknown>;
  patch(raw);
  const result = parseScenario(raw, file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

export function minimalScenario(patch: (raw: Record<string, unknown>) => void = () => {}): Scenario {
  return load(minimalText, 'minimal.json', patch);
}

/** Seven situations that exercise every rule: a silo follow-up, a strain crisis, flags, rewards. */
export function modelScenario(patch: (raw: Record<string, unknown>) => void = () => {}): Scenario {
  return load(modelText, 'model.json', patch);
}

export { minimalText, modelText };

/** A Storage kept in a Map, for tests of what the browser keeps. */
export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}
