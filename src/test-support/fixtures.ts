// Fixture scenarios for tests, parsed through the real boundary.
import { parseScenario } from '../scenario/parseScenario';
import type { Scenario } from '../scenario/schema';
import minimalText from '../scenario/fixtures/minimal.json?raw';

export function minimalScenario(patch: (raw: Record<string, unknown>) => void = () => {}): Scenario {
  const raw = JSON.parse(minimalText) as Record<string, unknown>;
  patch(raw);
  const result = parseScenario(raw, 'minimal.json');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

export { minimalText };
