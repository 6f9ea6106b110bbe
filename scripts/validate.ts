// npm run validate -- <file …>: checks scenario files — readable text, schema, references and
// both languages, then the balance analyser — and prints every problem with its location.
// Exits non-zero when any file has a problem.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { analyseScenario, analysisProblems } from '../src/analysis/analyseScenario';
import { formatAnalysis } from '../src/analysis/formatAnalysis';
import { decodeScenario, MAX_SCENARIO_BYTES } from '../src/scenario/decodeScenario';
import { describeError } from '../src/scenario/describeError';
import { parseScenario } from '../src/scenario/parseScenario';

const args = process.argv.slice(2);
const verbose = args.includes('--report');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.log('Usage: npm run validate -- <scenario.json> [more files] [--report]');
  process.exit(2);
}

/**
 * The file's bytes, or why not: only a regular file is read (a FIFO, a device or a directory is
 * refused before it is opened), opened without blocking and read up to one byte past the limit.
 */
function readRegularFile(path: string): Uint8Array | string {
  const file = basename(path);
  let fd: number | null = null;
  try {
    const info = statSync(path);
    if (!info.isFile()) return `${file}: not a regular file (${info.isDirectory() ? 'a directory' : info.isFIFO() ? 'a named pipe' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a file'}); give the path of a scenario's .json file.`;
    if (info.size > MAX_SCENARIO_BYTES) return `${file}: too large (over 1 MB); a scenario is a text file of a few hundred kB at most.`;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    // The path may have changed between the check and the opening: check what was opened.
    if (!fstatSync(fd).isFile()) return `${file}: not a regular file; give the path of a scenario's .json file.`;
    const buffer = Buffer.alloc(MAX_SCENARIO_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_SCENARIO_BYTES) return `${file}: too large (over 1 MB); a scenario is a text file of a few hundred kB at most.`;
    return buffer.subarray(0, length);
  } catch (error) {
    return `${file}: cannot be read (${error instanceof Error ? error.message : String(error)}).`;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function check(path: string): string[] {
  const file = basename(path);
  if (file.endsWith('.schema.json')) {
    console.log(`${file}: skipped: this is the JSON Schema for scenario files, not a scenario.`);
    return [];
  }
  const bytes = readRegularFile(path);
  if (typeof bytes === 'string') return [bytes];
  const decoded = decodeScenario(bytes);
  if (!decoded.ok) return [decoded.problem === 'too-large' ? `${file}: too large (over 1 MB).` : `${file}: not a UTF-8 text file.`];
  const parsed = parseScenario(decoded.text, file);
  if (!parsed.ok) return parsed.errors.map((e) => describeError(e, 'en'));
  const problems: string[] = [];
  if (parsed.migrated) {
    console.log(`${file}: note: written for formatVersion 1 and converted on load: every number rounded to steps of 5, and a general department (leaning performing). Set "formatVersion": 2, round the numbers and name your department to make it your own.`);
  }
  const raw = JSON.parse(decoded.text) as { $schema?: unknown };
  if (raw.$schema !== './scenario.schema.json') {
    console.log(`${file}: note: add "$schema": "./scenario.schema.json" so editors complete and check the fields.`);
  }
  const analysis = analyseScenario(parsed.scenario);
  if (verbose) console.log(formatAnalysis(analysis));
  const index = new Map(parsed.scenario.situations.map((s, i) => [s.id, i]));
  for (const problem of analysisProblems(analysis)) {
    const id = /situation "([^"]+)"/.exec(problem)?.[1];
    problems.push(id !== undefined ? `${file} › situations[${index.get(id)}]("${id}"): ${problem}` : `${file} › balance: ${problem}`);
  }
  return problems;
}

let failed = 0;
for (const path of files) {
  const problems = check(resolve(path));
  if (problems.length) {
    failed++;
    console.log(`✗ ${basename(path)}: ${problems.length} problem(s)`);
    for (const p of problems) console.log(`  ${p}`);
  } else if (!basename(path).endsWith('.schema.json')) {
    console.log(`✓ ${basename(path)}: schema, references, both languages and balance are fine`);
  }
}
process.exitCode = failed ? 1 : 0;
