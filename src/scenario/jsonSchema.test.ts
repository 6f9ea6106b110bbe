import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from './jsonSchema';
import committed from '../../scenarios/scenario.schema.json?raw';
import { loadShippedFiles } from './shipped';

const SHIPPED_FILES = await loadShippedFiles();

describe('the published JSON Schema', () => {
  it('is the one generated from the code (run `npm run schema` after changing the format)', () => {
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('is referenced by every shipped scenario', () => {
    for (const [file, text] of Object.entries(SHIPPED_FILES)) expect(JSON.parse(text).$schema, file).toBe('./scenario.schema.json');
  });
});
