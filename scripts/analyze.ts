// npm run analyze [file …]: the balance analyser over the shipped scenarios (or the given files),
// one scenario per worker thread, as many at once as the machine has cores. Prints each report,
// then what the library as a whole must show; exits non-zero on any problem.
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyseScenario, analysisProblems, libraryProblems, type Analysis } from '../src/analysis/analyseScenario';
import { formatAnalysis } from '../src/analysis/formatAnalysis';
import { describeError } from '../src/scenario/describeError';
import { parseScenario } from '../src/scenario/parseScenario';

interface Result {
  file: string;
  report: string;
  analysis: Analysis | null;
  problems: number;
  seconds: number;
}

function analyseFile(file: string): Result {
  const t0 = performance.now();
  const parsed = parseScenario(readFileSync(file, 'utf8'), basename(file));
  if (!parsed.ok) {
    return { file, report: `== ${basename(file)}: cannot be analysed\n${parsed.errors.map((e) => `  ${describeError(e, 'en')}`).join('\n')}`, analysis: null, problems: 1, seconds: 0 };
  }
  const analysis = analyseScenario(parsed.scenario, { quick: process.env.SPAGAAT_QUICK === '1' });
  const seconds = (performance.now() - t0) / 1000;
  return { file, report: formatAnalysis(analysis, seconds), analysis, problems: analysisProblems(analysis).length, seconds };
}

if (!isMainThread) {
  parentPort!.postMessage(analyseFile(workerData as string));
} else {
  // npm runs scripts from the package root.
  const dir = resolve('scenarios');
  const args = process.argv.slice(2);
  const files = args.length ? args.map((f) => resolve(f)) : readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => join(dir, f));
  const started = performance.now();
  const queue = [...files];
  const results: Result[] = [];
  const self = fileURLToPath(import.meta.url);
  const run = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const worker = new Worker(self, { workerData: file });
      results.push(await new Promise<Result>((ok, fail) => {
        worker.once('message', ok);
        worker.once('error', fail);
      }));
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), files.length)) }, run));
  results.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file));
  for (const r of results) console.log(`${r.report}\n`);
  let failed = results.filter((r) => r.problems > 0).length;
  if (!args.length) {
    const library = libraryProblems(results.flatMap((r) => (r.analysis ? [r.analysis] : [])));
    console.log(library.length ? `LIBRARY PROBLEMS:\n${library.map((p) => `  - ${p}`).join('\n')}` : 'Library: every strategy is the unique best option (by 5 points or more) somewhere.');
    if (library.length) failed++;
  }
  const times = results.map((r) => `${basename(r.file, '.json')} ${r.seconds.toFixed(1)} s`).join(', ');
  console.log(`${files.length} scenario(s) analysed in ${((performance.now() - started) / 1000).toFixed(1)} s (${times}); ${failed ? `${failed} with problems` : 'all fine'}.`);
  process.exitCode = failed ? 1 : 0;
}
