// The JSON Schema that editors use to complete and check scenario files, generated from the zod
// schema so the format is defined once. `npm run schema` writes it to scenarios/scenario.schema.json.
import { z } from 'zod';
import { scenarioSchema } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: 'scenario.schema.json',
    title: 'Spagaat scenario',
    description: 'One scenario for Spagaat, the serious game about citizen participation. See scenarios/README.md.',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
