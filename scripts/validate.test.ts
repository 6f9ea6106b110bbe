// The validator as a teacher runs it: built like `npm run validate`, on real files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

// Built inside the project so the bundle finds its dependencies in node_modules.
const out = resolve('.cache/validate-test');
const scratch = mkdtempSync(join(tmpdir(), 'spagaat-validate-'));

beforeAll(async () => {
  await build({ logLevel: 'warn', configFile: resolve('vite.config.ts'), build: { ssr: resolve('scripts/validate.ts'), outDir: out, emptyOutDir: true } });
}, 60_000);

function validate(...files: string[]) {
  const run = spawnSync(process.execPath, [join(out, 'validate.js'), ...files], { encoding: 'utf8' });
  return { code: run.status, output: run.stdout + run.stderr };
}

describe('npm run validate', () => {
  it('refuses a named pipe, a device behind a symlink and a directory at once, with a message', () => {
    const fifo = join(scratch, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const zero = join(scratch, 'zero.json');
    symlinkSync('/dev/zero', zero);
    const run = spawnSync(process.execPath, [join(out, 'validate.js'), fifo, zero, scratch], { encoding: 'utf8', timeout: 10_000 });
    expect(run.error).toBeUndefined(); // not killed by the timeout: nothing hung
    const output = run.stdout + run.stderr;
    expect(output).toContain('pipe.json: not a regular file (a named pipe)');
    expect(output).toContain('zero.json: not a regular file (a device)');
    expect(output).toMatch(/not a regular file \(a directory\)/);
    expect(run.status).toBe(1);
  }, 30_000);

  it('passes a shipped scenario', () => {
    const { code, output } = validate('scenarios/wijkgebouw-de-horst.json');
    expect(output).toContain('✓ wijkgebouw-de-horst.json');
    expect(code).toBe(0);
  }, 180_000);

  it('lists every problem with its location and exits non-zero', () => {
    const { code, output } = validate('src/scenario/fixtures/broken/unknown-flag.json', 'src/scenario/fixtures/broken/missing-english.json');
    expect(output).toContain('unknown-flag.json › situations[1].when.flags[0]: Unknown flag "park-approved"');
    expect(output).toContain('missing-english.json › situations[1]("situatie-2").text.en: The English text is missing.');
    expect(code).toBe(1);
  }, 30_000);

  it('reports balance problems found by the analyser', () => {
    const { code, output } = validate('src/scenario/fixtures/minimal.json');
    expect(output).toMatch(/minimal\.json › balance: the best play uses only \d strategies/);
    expect(code).toBe(1);
  }, 30_000);

  it('refuses a file that is not text', () => {
    const binary = join(scratch, 'photo.json');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    const { code, output } = validate(binary);
    expect(output).toContain('photo.json: not a UTF-8 text file.');
    expect(code).toBe(1);
  });
});
