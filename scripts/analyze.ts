// npm run analyze [file …]: the balance analyser over the shipped scenarios or the given files.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyseScenario, analysisProblems } from '../src/analysis/analyseScenario';
import { formatAnalysis } from '../src/analysis/formatAnalysis';
import { parseScenario } from '../src/scenario/parseScenario';
import { describeError } from '../src/scenario/describeError';

// npm runs scripts from the package root.
const dir = resolve('scenarios');
const args = process.argv.slice(2);
const files = args.length ? args.map((f) => resolve(f)) : readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => join(dir, f));

let failed = 0;
const started = performance.now();
for (const file of files) {
  const result = parseScenario(readFileSync(file, 'utf8'), basename(file));
  if (!result.ok) {
    failed++;
    console.log(`== ${basename(file)}: cannot be analysed\n${result.errors.map((e) => `  ${describeError(e, 'en')}`).join('\n')}\n`);
    continue;
  }
  const t0 = performance.now();
  const analysis = analyseScenario(result.scenario);
  console.log(`${formatAnalysis(analysis, (performance.now() - t0) / 1000)}\n`);
  if (analysisProblems(analysis).length) failed++;
}
console.log(`${files.length} scenario(s) analysed in ${((performance.now() - started) / 1000).toFixed(2)} s; ${failed ? `${failed} with problems` : 'all fine'}.`);
process.exitCode = failed ? 1 : 0;
