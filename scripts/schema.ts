// npm run schema: writes scenarios/scenario.schema.json from the code's schema.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scenarioJsonSchemaText } from '../src/scenario/jsonSchema';

const target = resolve('scenarios/scenario.schema.json');
writeFileSync(target, scenarioJsonSchemaText());
console.log(`Wrote ${target}`);
