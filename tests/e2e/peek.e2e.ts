import { afterAll, beforeAll, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openBrowser, servePreview, ARTIFACTS, type Browser, type Served } from './harness';
let served: Served; let browser: Browser;
beforeAll(async () => { served = await servePreview(); browser = await openBrowser(); });
afterAll(async () => { await browser?.close(); await served?.stop(); });
it('peek', async () => {
  const page = await browser.context.newPage();
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.goto(served.url);
  await page.locator('#screen-heading').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-focus-key="play-lindeplein"]');
  await page.locator('[data-focus-key="play-lindeplein"]').click();
  await page.keyboard.press('Enter');
  const keys = ['1','2','3','4','5','1','2','4','1','1','1'];
  for (const k of keys) {
    const screen = await page.locator('[data-screen]').getAttribute('data-screen');
    if (screen !== 'situation') break;
    await page.keyboard.press(k);
    if (k === '3') await page.keyboard.press('2');
    await page.waitForSelector('[data-screen="consequence"]');
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-screen="debrief"]');
  await page.waitForSelector('#plane-canvas[data-state="ready"]');
  await page.waitForTimeout(500);
  for (const sel of ['.profile', '.timeline', '.debrief-list > li:first-child', '.inside-outside-all', '.reflection']) {
    await page.locator(sel).first().evaluate((e) => e.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.locator(sel).first().screenshot({ path: `${ARTIFACTS}/peek-${sel.replace(/[^a-z]/g, '')}.png` });
  }
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${ARTIFACTS}/peek-debrief.pdf`, format: 'A4', printBackground: true });
}, 120000);
