// The scenario library: filters, a teacher's own scenario loaded from a file and played, a
// broken file and a non-text file refused with their problems listed, kept across visits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, axeViolations, screenOf, screenshot, useAppAndBrowser, watchErrors } from './harness';

const app = useAppAndBrowser();



async function toChoiceScreen(page: Page): Promise<void> {
  await page.goto(app.url);
  await expect.poll(() => screenOf(page)).toBe('title');
  await page.locator('#screen-heading').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => screenOf(page)).toBe('scenarioSelect');
  await expect.poll(() => page.locator('.scenario-card').count()).toBeGreaterThan(0);
}

function fixture(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: readFileSync(join(ROOT, 'src/scenario/fixtures', name)) };
}

describe('scenario library', () => {
  it('filters the shipped scenarios', async () => {
    const page = await app.browser.context.newPage();
    const errors = watchErrors(page);
    await toChoiceScreen(page);
    const all = await page.locator('.scenario-card').count();
    await page.selectOption('#filter-form', 'advice');
    const advice = await page.locator('.scenario-card').count();
    expect(advice).toBeGreaterThan(0);
    expect(advice).toBeLessThanOrEqual(all);
    await expect.poll(() => page.locator('[data-scenario="lindeplein"]').count()).toBe(1);
    await page.selectOption('#filter-form', 'consultation');
    await expect.poll(() => page.locator('[data-scenario="lindeplein"]').count()).toBe(0);
    await page.selectOption('#filter-form', '');
    await page.selectOption('#filter-dilemma', 'expert-vs-facilitator');
    await expect.poll(() => page.locator('[data-scenario="lindeplein"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'library-01-filters');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads a teacher’s own scenario, plays it, keeps it and removes it', async () => {
    const page = await app.browser.context.newPage();
    const errors = watchErrors(page);
    await toChoiceScreen(page);

    // A broken file: its problems are listed in plain language and nothing is added.
    const before = await page.locator('.scenario-card').count();
    await page.setInputFiles('#custom-file', fixture('broken/missing-english.json'));
    await expect.poll(() => page.locator('#custom-status').textContent()).toContain('missing-english.json');
    expect(await page.locator('#custom-status li').first().textContent()).toMatch(/situations\[1\].*text\.en: De Engelse tekst ontbreekt/);
    expect(await page.locator('.scenario-card').count()).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'library-02-broken-file');

    // Not a text file at all.
    await page.setInputFiles('#custom-file', { name: 'foto.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) });
    await expect.poll(() => page.locator('#custom-status').textContent()).toContain('geen tekstbestand');

    // A valid file whose text looks like HTML: it is shown as text, never run.
    const custom = JSON.parse(readFileSync(join(ROOT, 'src/scenario/fixtures/minimal.json'), 'utf8'));
    custom.id = 'eigen-bankje';
    custom.title.nl = 'Ons <b>bankje</b> <img src=x onerror="window.__pwned=1">';
    await page.setInputFiles('#custom-file', { name: 'eigen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(custom)) });
    await expect.poll(() => page.locator('#custom-status').textContent()).toContain('Geladen');
    const card = page.locator('[data-scenario="eigen-bankje"]');
    expect(await card.locator('h2').textContent()).toBe('Ons <b>bankje</b> <img src=x onerror="window.__pwned=1">');
    expect(await card.locator('img').count()).toBe(0);
    await screenshot(page, 'library-03-custom-loaded');

    // Kept across a reload, until removed.
    await toChoiceScreen(page);
    await expect.poll(() => page.locator('[data-scenario="eigen-bankje"]').count()).toBe(1);

    // Play it with the keyboard to the debrief.
    await page.locator('[data-focus-key="play-eigen-bankje"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => screenOf(page)).toBe('briefing');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 2; i++) {
      await expect.poll(() => screenOf(page)).toBe('situation');
      await page.keyboard.press('1');
      await expect.poll(() => screenOf(page)).toBe('consequence');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => screenOf(page)).toBe('ending');
    await page.keyboard.press('Enter');
    await expect.poll(() => screenOf(page)).toBe('debrief');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await toChoiceScreen(page);
    await page.locator('[data-focus-key="remove-eigen-bankje"]').click();
    await expect.poll(() => page.locator('[data-scenario="eigen-bankje"]').count()).toBe(0);
    await toChoiceScreen(page);
    expect(await page.locator('[data-scenario="eigen-bankje"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a solo game in progress to carry on after a reload, and reports a corrupted save', async () => {
    const page = await app.browser.context.newPage();
    const errors = watchErrors(page);
    await toChoiceScreen(page);
    await page.locator('[data-focus-key="play-lindeplein"]').click();
    await page.locator('#screen-heading').focus();
    await page.keyboard.press('Enter');
    for (const key of ['1', '2']) {
      await expect.poll(() => screenOf(page)).toBe('situation');
      await page.keyboard.press(key);
      await expect.poll(() => screenOf(page)).toBe('consequence');
      await page.keyboard.press('Enter');
    }
    await page.reload();
    await expect.poll(() => page.locator('[data-focus-key="resume"]').count()).toBe(1);
    expect(await page.locator('.resume').textContent()).toContain('situatie 3');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'library-04-resume');
    await page.locator('[data-focus-key="resume"]').click();
    await expect.poll(() => screenOf(page)).toBe('situation');
    expect(await page.locator('.kicker').first().textContent()).toMatch(/^Situatie 3/);

    await page.evaluate(() => localStorage.setItem('spagaat.save', '{"scenarioId": "lindeplein", "choices": [{"strategy"'));
    await page.reload();
    await expect.poll(() => page.locator('[data-screen="title"] .note[role="status"]').textContent()).toContain('kon niet worden gelezen');
    expect(await page.locator('[data-focus-key="resume"]').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('spagaat.save'))).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
