// Shared browser-test harness: serves the built game with `vite preview` and drives Debian's
// Chromium through playwright-core. Both are always stopped, even when a test fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

export interface Served {
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM; after 3 s SIGKILL. Says whether it had to kill. */
  stop(): Promise<{ killed: boolean }>;
  /** As a crash does it: SIGKILL, no shutdown of any kind. */
  kill(): Promise<void>;
}

/**
 * Starts the real server (the built game and the live endpoint, as `npm start` runs it) on a free
 * port on 127.0.0.1; with `redisUrl`, it shares sessions through Redis.
 */
export async function serveApp(options: { redisUrl?: string; port?: number; env?: Record<string, string> } = {}): Promise<Served> {
  if (!existsSync(join(ROOT, 'dist/index.html')) || !existsSync(join(ROOT, 'dist-server/main.js'))) {
    throw new Error('dist/ or dist-server/ is missing: run `vite build` and `npm run build:server` before the browser tests');
  }
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist-server/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(options.port ?? 0), HOST: '127.0.0.1', ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return { killed: false };
    let killed = false;
    const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, 3000);
    await exited;
    clearTimeout(timer);
    return { killed };
  };
  let output = '';
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
    child.kill('SIGKILL');
    await exited;
  };
  try {
    const url = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`the server did not start:\n${output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match) {
          clearTimeout(timer);
          ok(match[1]!);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => fail(new Error(`the server exited with ${code}:\n${output}`)));
    });
    return { url, stop, kill, output: () => output };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The usual setup of a browser-test file: the app served as `npm start` does, and one browser. */
export function useAppAndBrowser(): { readonly url: string; readonly browser: Browser } {
  let served: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served = await serveApp();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });
  return {
    get url() {
      return served!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBrowser(options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run)`);
  const profile = mkdtempSync(join(tmpdir(), 'spagaat-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects console errors and uncaught exceptions of a page; a test asserts the list is empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** Separate phones: one browser, a fresh context (own storage) per phone, phone-sized. */
export async function openPhones(count: number): Promise<{ pages: Page[]; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pages: Page[] = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true });
    pages.push(await context.newPage());
  }
  return { pages, close: () => browser.close() };
}

export const screenOf = (page: Page) => page.locator('[data-screen]').getAttribute('data-screen');

/** Tab forward until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, maxTabs = 40): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} with Tab`);
}

/** Counts opaque pixels of the given colours (±5 per channel) drawn on a canvas under `selector`. */
export async function canvasColours(page: Page, selector: string, colours: Record<string, [number, number, number]>): Promise<Record<string, number>> {
  return page.evaluate(
    ([sel, wanted]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`${sel} canvas`);
      const counts: Record<string, number> = Object.fromEntries(Object.keys(wanted).map((k) => [k, 0]));
      if (!canvas) return counts;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 250) continue;
        for (const [name, [r, g, b]] of Object.entries(wanted)) {
          if (Math.abs(data[i]! - r) < 6 && Math.abs(data[i + 1]! - g) < 6 && Math.abs(data[i + 2]! - b) < 6) counts[name]!++;
        }
      }
      return counts;
    },
    [selector, colours] as const,
  );
}
