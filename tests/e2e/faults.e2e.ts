// What a person sees when something outside the game goes wrong: the server restarts under a
// running workshop; the browser's storage holds damaged records. And what every response says
// about itself: the security headers.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, freePort, openBrowser, openPhones, screenOf, screenshot, serveApp, watchErrors, type Browser, type Served } from './harness';

let served: Served | null = null;
let browser: Browser | null = null;
let closePhones: (() => Promise<void>) | null = null;

afterAll(async () => {
  await closePhones?.();
  await browser?.close();
  await served?.stop();
});

const phaseOf = (page: Page) => page.locator('[data-screen="participant"]').getAttribute('data-phase');

describe('a server restart under a running workshop', () => {
  it('tells the projector and the phone plainly, and a new session takes them on', async () => {
    const port = await freePort();
    served = await serveApp({ port });
    browser = await openBrowser();
    const projector = await browser.context.newPage();
    const errors = watchErrors(projector);
    await projector.goto(served.url);
    await projector.locator('[data-focus-key="menu-live"]').click();
    await projector.locator('[data-focus-key="play-lindeplein"]').click();
    await expect.poll(() => projector.locator('.join-code').count(), { timeout: 10_000 }).toBe(1);
    const code = (await projector.locator('.join-code').textContent())!;
    const phoneSet = await openPhones(1);
    closePhones = phoneSet.close;
    const phone = phoneSet.pages[0]!;
    await phone.goto(`${served.url}#join=${code}`);
    await phone.locator('[data-focus-key="join"]').click();
    await expect.poll(() => phaseOf(phone)).toBe('lobby');

    // The server goes down and comes back empty (the memory store), on the same address.
    await served.stop();
    served = await serveApp({ port });
    await expect.poll(() => projector.locator('[data-notice="session-lost"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await projector.locator('[data-notice="session-lost"]').textContent()).toContain('De server kent deze sessie niet meer');
    await expect.poll(() => phone.locator('[data-notice="live"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await phone.locator('[data-notice="live"]').textContent()).toContain(`De workshop met code ${code} bestaat niet meer`);
    expect(await phone.locator('#join-code').count()).toBe(1);
    expect(await axeViolations(projector)).toEqual([]);
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(projector, 'faults-01-projector-session-lost');
    await screenshot(phone, 'faults-02-phone-session-lost');

    // The way on: a new session, its new code, and the phone joins it.
    await projector.locator('[data-focus-key="live-restart"]').click();
    await expect.poll(async () => (await projector.locator('.join-code').textContent()) !== code, { timeout: 10_000 }).toBe(true);
    const fresh = (await projector.locator('.join-code').textContent())!;
    expect(await projector.locator('[data-notice="session-lost"]').count()).toBe(0);
    // A damaged token kept on the phone for this code does not lock it out: it joins afresh and says so.
    await phone.evaluate((c) => localStorage.setItem(`spagaat.live.${c}`, `${'A'.repeat(16)}.${'B'.repeat(43)}`), fresh);
    await phone.locator('#join-code').fill(fresh);
    await phone.locator('[data-focus-key="join"]').click();
    await expect.poll(() => phaseOf(phone)).toBe('lobby');
    expect(await phone.locator('[data-notice="live"]').textContent()).toContain('Je eerdere aanmelding op deze telefoon werkte niet meer');
    await expect.poll(() => projector.locator('.joined-count').textContent()).toContain('1');
    // The browser logs a failed WebSocket while the server is down; nothing else may go wrong.
    expect(errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
  }, 90_000);
});

describe('damaged records in the browser’s storage', () => {
  it('removes a damaged history record, says so once, and shows the rest; a damaged own scenario hides nothing', async () => {
    served ??= await serveApp();
    browser ??= await openBrowser();
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(served.url);
    const good = (n: number) => ({
      id: `${n}-lindeplein`,
      date: new Date(Date.UTC(2026, 10, 1 + (n % 28))).toISOString(),
      scenarioId: 'lindeplein',
      scenarioTitle: { nl: 'Een park op het Lindeplein', en: 'A park on Lindeplein' },
      outcome: { nl: 'Uitgevoerd', en: 'Carried out' },
      title: { nl: 'Verbinder', en: 'Connector' },
      meters: { legitimacy: 60, efficiency: 45, trust: 70, initiative: 65 },
    });
    await page.evaluate(
      ([entries]) => {
        localStorage.setItem('spagaat.history', JSON.stringify(entries));
        localStorage.setItem('spagaat.custom.kapot', '{"file": "kapot.json", "text": ');
      },
      [[good(1), { ...good(2), outcome: undefined }, ...Array.from({ length: 12_000 }, (_, i) => good(i + 3))]] as const,
    );
    await page.reload();
    await expect.poll(() => screenOf(page)).toBe('title');
    await page.locator('[data-focus-key="menu-history"]').click();
    await expect.poll(() => screenOf(page)).toBe('history');
    expect(await page.locator('[data-notice="history-repaired"]').textContent()).toContain('Eén opgeslagen spel was beschadigd');
    expect(await page.locator('.history-table tbody tr').count()).toBe(49);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'faults-03-history-repaired');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('spagaat.history')!).length as number);
    expect(stored).toBe(49);
    expect(await page.evaluate(() => localStorage.getItem('spagaat.custom.kapot'))).toBeNull();
    // Once removed, it is not reported again.
    await page.reload();
    await page.locator('[data-focus-key="menu-history"]').click();
    await expect.poll(() => screenOf(page)).toBe('history');
    expect(await page.locator('[data-notice="history-repaired"]').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('every response', () => {
  it('carries the security headers, and the live endpoint refuses a foreign origin', async () => {
    served ??= await serveApp();
    const index = await fetch(served.url);
    const html = await index.text();
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    for (const path of ['', asset, 'no-such-file', 'live/?EIO=4&transport=polling']) {
      const response = await fetch(`${served.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
    const { io } = await import('socket.io-client');
    const foreign = io(served.url, { path: '/live', transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { Origin: 'https://elders.example' } });
    const refused = await new Promise<string>((ok) => {
      foreign.once('connect', () => ok('connected'));
      foreign.once('connect_error', (e) => ok(e.message));
    });
    foreign.close();
    expect(refused).toBe('origin-not-allowed');
  });
});
