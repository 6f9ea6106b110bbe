// npm run assumptions: writes the game's own rules (src/engine/assumptions.ts) into README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withAssumptions } from '../src/engine/assumptionsText';

const file = resolve('README.md');
writeFileSync(file, withAssumptions(readFileSync(file, 'utf8')));
console.log(`Wrote the rules of the game to ${file}`);
