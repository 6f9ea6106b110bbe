// Plays the shipped scenario with the keyboard alone, in Dutch and in English, from the title
// to the debrief; checks each screen with axe and that the meter canvas really drew.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, canvasColours, openBrowser, screenOf, screenshot, serveApp, tabTo, watchErrors, type Browser, type Served } from './harness';

let served: Served;

beforeAll(async () => {
  served = await serveApp();
});

afterAll(async () => {
  await served?.stop();
});


async function expectScreen(page: Page, name: string): Promise<void> {
  await expect.poll(() => screenOf(page)).toBe(name);
}

/** The heading of every new screen takes focus, so keyboard users start there. */
async function expectHeadingFocused(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-heading');
}

async function expectAccessible(page: Page, checked: Set<string>, label: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${label}`).toEqual([]);
  checked.add(label.split('#')[0]!);
}

/** Pixels of each meter colour on the Phaser meters canvas. */
const meterPixels = (page: Page) =>
  canvasColours(page, '#meters-canvas', { legitimacy: [0x2b, 0x57, 0x97], efficiency: [0xa6, 0x5e, 0x00], trust: [0x1f, 0x7a, 0x55], initiative: [0x8a, 0x3b, 0x8f] });

const TEXT = {
  nl: { select: 'Kies een scenario', debrief: 'Nabespreking', priority: 'Welk perspectief gaat voor?', craftTitle: /^Je titel: De /, pending: 'wordt berekend', reach: /^daarna nog haalbaar: (alleen een crisis|(uitgevoerd|uitgevoerd, maar anders|vastgelopen|van tafel), (in balans|scheef|wankel))$/ },
  en: { select: 'Choose a scenario', debrief: 'Debrief', priority: 'Which perspective comes first?', craftTitle: /^Your title: The /, pending: 'being worked out', reach: /^still within reach after it: (only a crisis|(carried out|carried out, but changed|stuck|dropped), (in balance|lopsided|fragile))$/ },
} as const;

const KEY_STRATEGY: Record<string, string> = { '1': 'navigate-rules', '2': 'align', '3': 'prioritise', '4': 'escalate', '5': 'silo' };

describe.each(['nl', 'en'] as const)('keyboard-only play in %s', (lang) => {
  let browser: Browser;
  beforeAll(async () => {
    // The English run also covers reduced motion.
    browser = await openBrowser({ reducedMotion: lang === 'en' ? 'reduce' : 'no-preference' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays from the title to the debrief and back', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const checked = new Set<string>();
    await page.goto(served.url);
    await expectScreen(page, 'title');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    if (lang === 'en') {
      await tabTo(page, '#lang-switch');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      // The choice is remembered across visits.
      await page.reload();
      await expectScreen(page, 'title');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    }
    await expectAccessible(page, checked, 'title');
    await screenshot(page, `${lang}-01-title`);

    // Title: Enter starts, wherever focus is outside a button.
    await page.locator('#screen-heading').focus();
    await page.keyboard.press('Enter');
    await expectScreen(page, 'scenarioSelect');
    await expectHeadingFocused(page);
    expect(await page.locator('h1').textContent()).toBe(TEXT[lang].select);
    await expectAccessible(page, checked, 'scenarioSelect');
    await screenshot(page, `${lang}-02-select`);

    await tabTo(page, '[data-focus-key="play-lindeplein"]');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'briefing');
    await expectHeadingFocused(page);
    await expectAccessible(page, checked, 'briefing');

    // Phaser arrives after the DOM; the meter canvas must really draw four coloured bars.
    await expect.poll(() => page.locator('#meters-canvas').getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
    await expect.poll(async () => Object.values(await meterPixels(page)).every((n) => n > 200), { timeout: 10_000 }).toBe(true);
    // The journey canvas draws the route and the proposal's token too.
    await expect.poll(async () => (await canvasColours(page, '#journey-canvas', { token: [0x1f, 0x7a, 0x55] })).token).toBeGreaterThan(100);
    await screenshot(page, `${lang}-03-briefing`);
    await page.keyboard.press('Enter');

    // Dutch: work in your silo twice, so the silo debt brings its follow-up situation.
    // English: prioritise the lawful perspective three times, so the strain crisis comes, and
    // the neglected trust runs out: a game that ends in a crisis.
    const plan: string[][] = lang === 'nl' ? [['5'], ['5'], ['4'], ['1'], ['2'], ['3', '1'], ['2'], ['1'], ['1'], ['1']] : [['3', '1'], ['3', '1'], ['3', '1'], ['3', '2'], ['5'], ['4'], ['2'], ['1'], ['1'], ['1']];
    let situations = 0;
    let prioritised = false;
    const played: string[] = [];
    const kinds: string[] = [];
    for (;;) {
      await expectScreen(page, 'situation');
      await expectHeadingFocused(page);
      situations++;
      const kind = (await page.locator('[data-screen]').getAttribute('data-kind')) ?? '';
      kinds.push(kind);
      // Consult one advisor by keyboard: its voice appears.
      await tabTo(page, '.advisor-button');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.advice:not([hidden])').count()).toBe(1);
      await expectAccessible(page, checked, `situation#${situations}`);
      if (situations === 1) await screenshot(page, `${lang}-04-situation`);
      if (kind === 'strain-crisis') await screenshot(page, `${lang}-04-crisis`);

      const before = await meterPixels(page);
      const keys = plan[situations - 1] ?? ['1'];
      played.push(KEY_STRATEGY[keys[0]!]!);
      await page.keyboard.press(keys[0]!);
      if (keys[0] === '3') {
        // Prioritise asks which perspective comes first.
        await expectScreen(page, 'choosingPriority');
        expect(await page.locator('h1').textContent()).toBe(TEXT[lang].priority);
        await expectAccessible(page, checked, 'choosingPriority');
        if (kind === 'strain-crisis') {
          // In the crisis the over-prioritised perspective is closed: its key does nothing.
          expect(await page.locator('[data-focus-key="perspective-lawful"]').isDisabled()).toBe(true);
          await page.keyboard.press('1');
          expect(await screenOf(page)).toBe('choosingPriority');
          await screenshot(page, `${lang}-05-priority-crisis`);
        } else if (!prioritised) {
          await screenshot(page, `${lang}-05-priority`);
        }
        await page.keyboard.press(keys[1]!);
        prioritised = true;
      }
      await expectScreen(page, 'consequence');
      await expectHeadingFocused(page);
      // Consequences and meter changes are announced through the live region.
      await expect.poll(() => page.locator('#announcer').textContent()).not.toBe('');
      await expectAccessible(page, checked, `consequence#${situations}`);
      if (situations <= 2 || kind === 'strain-crisis') await screenshot(page, `${lang}-06-consequence-${situations}`);
      // The canvas redraws after a change (the bars animate to the new values).
      await expect.poll(async () => JSON.stringify(await meterPixels(page)) !== JSON.stringify(before), { timeout: 10_000 }).toBe(true);
      await page.keyboard.press('Enter');
      if ((await screenOf(page)) === 'ending' || situations > 14) break;
    }
    // The silo follow-up is the scenario's situation with a silo-debt condition.
    if (lang === 'nl') expect(kinds).toContain('conditional');
    else expect(kinds).toContain('strain-crisis');
    expect(prioritised).toBe(true);
    await expectScreen(page, 'ending');
    await expectHeadingFocused(page);
    if (lang === 'en') {
      expect(await page.locator('h1').textContent()).toBe('Residents walk away');
      await expect.poll(() => page.locator('.ending-crisis').count()).toBe(1);
    } else {
      expect(await page.locator('.ending-crisis').count()).toBe(0);
    }
    await expectAccessible(page, checked, 'ending');
    await screenshot(page, `${lang}-07-ending`);
    await page.keyboard.press('Enter');

    await expectScreen(page, 'debrief');
    expect(await page.locator('h1').textContent()).toBe(TEXT[lang].debrief);
    expect(await page.locator('.debrief-item').count()).toBe(situations);
    // The craft profile (on a Phaser plane and as text), the timeline, the what-ifs and the questions.
    await expect.poll(() => page.locator('#plane-canvas').getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    expect(await page.locator('.craft-title').textContent()).toMatch(TEXT[lang].craftTitle);
    expect(await page.locator('.profile-path li').count()).toBe(situations);
    expect(await page.locator('.timeline-chart polyline').count()).toBe(4);
    expect(await page.locator('.timeline-table tbody tr').count()).toBe(4);
    expect(await page.locator('.what-if').count()).toBe(situations);
    expect(await page.locator('.what-if li.chosen').count()).toBe(situations);
    expect(await page.locator('.io-table tbody tr').count()).toBe(situations);
    expect(await page.locator('.reflection-list li').count()).toBeGreaterThanOrEqual(4);
    await page.locator('.what-if summary').first().click();
    // Beside every option listed (eight, seven in a strain crisis where one perspective is closed),
    // the best ending still within reach after it, searched off the main thread.
    const listed = await page.locator('.what-if li').count();
    expect(listed).toBeGreaterThanOrEqual(situations * 7);
    expect(await page.locator('.what-if .reach').count()).toBe(listed);
    await expect.poll(() => page.locator('.what-if .reach', { hasText: TEXT[lang].pending }).count(), { timeout: 60_000 }).toBe(0);
    expect(await page.locator('.what-if .reach').first().textContent()).toMatch(TEXT[lang].reach);
    // The what-if opened before the look-ahead arrived is still open.
    expect(await page.locator('.what-if').first().getAttribute('open')).not.toBeNull();
    expect(await page.locator('.sources-section li').count()).toBeGreaterThanOrEqual(10);
    await expectAccessible(page, checked, 'debrief');
    await screenshot(page, `${lang}-08-debrief`);

    // The JSON export parses and matches the game just played.
    const downloadJson = page.waitForEvent('download');
    await page.locator('[data-focus-key="export-json"]').click();
    const jsonFile = await (await downloadJson).path();
    const exported = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(exported.format).toBe('spagaat-game/1');
    expect(exported.scenario.id).toBe('lindeplein');
    expect(exported.situations).toHaveLength(situations);
    expect(exported.situations.map((x: { choice: { strategy: string } }) => x.choice.strategy)).toEqual(played);
    const downloadCsv = page.waitForEvent('download');
    await page.locator('[data-focus-key="export-csv"]').click();
    expect(readFileSync(await (await downloadCsv).path(), 'utf8').trim().split('\r\n')).toHaveLength(situations + 1);

    // The print layout: A4, no buttons or side panel; look at the screenshot.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await page.locator('.meters-panel').isVisible()).toBe(false);
    expect(await page.locator('.export').isVisible()).toBe(false);
    await screenshot(page, `${lang}-09-debrief-print`);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#screen-heading').focus();
    await page.keyboard.press('Enter');
    await expectScreen(page, 'title');

    // The finished game is kept for comparison, and can be deleted.
    await tabTo(page, '[data-focus-key="menu-history"]');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'history');
    expect(await page.locator('.history-table tbody tr').count()).toBe(1);
    await expectAccessible(page, checked, 'history');
    await screenshot(page, `${lang}-10-history`);
    await tabTo(page, '.history-table .btn-icon');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.history-table').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expectScreen(page, 'title');

    expect([...checked].sort()).toEqual(['briefing', 'choosingPriority', 'consequence', 'debrief', 'ending', 'history', 'scenarioSelect', 'situation', 'title']);
    expect(errors).toEqual([]);
  });
});
