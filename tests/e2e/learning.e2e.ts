// The first-play introduction (skippable, offered again from the menu) and the glossary, by
// keyboard, in both languages, with axe on each page.
import { describe, expect, it } from 'vitest';
import { axeViolations, screenOf, screenshot, tabTo, useAppAndBrowser, watchErrors } from './harness';

const app = useAppAndBrowser();

describe('first-play introduction and glossary', () => {
  it('walks through the introduction, explores the plane and skips back, in Dutch and English', async () => {
    const page = await app.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    await expect.poll(() => screenOf(page)).toBe('title');
    // A first visit points to the introduction.
    expect(await page.locator('.first-visit').count()).toBe(1);

    for (const lang of ['nl', 'en'] as const) {
      if (lang === 'en') {
        await tabTo(page, '#lang-switch');
        await page.keyboard.press('Enter');
      }
      await tabTo(page, '[data-focus-key="menu-intro"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => screenOf(page)).toBe('intro');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `${lang}-intro-1`);
      await page.keyboard.press('Enter');
      // Page 2: the plane of the four perspectives, explored by keyboard.
      await expect.poll(() => page.locator('.quadrant').count()).toBe(4);
      await tabTo(page, '[data-focus-key="quadrant-networking"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.quadrant-info dd').count()).toBe(4);
      expect(await page.locator('[data-focus-key="quadrant-networking"]').getAttribute('aria-pressed')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `${lang}-intro-2-plane`);
      await page.locator('#screen-heading').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.strategy-gist li').count()).toBe(5);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.locator('.quadrant').count()).toBe(4);
      // Escape skips the rest; the menu offers it again.
      await page.keyboard.press('Escape');
      await expect.poll(() => screenOf(page)).toBe('title');
      expect(await page.locator('.first-visit').count()).toBe(0);
      expect(await page.locator('[data-focus-key="menu-intro"]').count()).toBe(1);

      await tabTo(page, '[data-focus-key="menu-glossary"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => screenOf(page)).toBe('glossary');
      expect(await page.locator('.glossary dt').count()).toBeGreaterThanOrEqual(15);
      const terms = (await page.locator('.glossary dt').allTextContents()).join(' ');
      for (const term of ['Participatiespagaat', 'Verkokering', 'Doorwerking', 'Inspraak'].map((t) => (lang === 'nl' ? t : t.toLowerCase()))) {
        expect(terms.toLowerCase()).toContain(term.toLowerCase());
      }
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `${lang}-glossary`);
      await page.keyboard.press('Escape');
      await expect.poll(() => screenOf(page)).toBe('title');
    }
    expect(errors).toEqual([]);
  });

  it('works offline after one visit', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(app.url);
    await expect.poll(() => screenOf(page)).toBe('title');
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active)), { timeout: 20_000 }).toBe(true);
    await app.browser.context.setOffline(true);
    try {
      await page.reload();
      await expect.poll(() => screenOf(page)).toBe('title');
      await page.locator('#screen-heading').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-focus-key="play-lindeplein"]').count()).toBe(1);
      await page.locator('[data-focus-key="play-lindeplein"]').click();
      await expect.poll(() => screenOf(page)).toBe('briefing');
      // The Phaser chunk comes from the cache too.
      await expect.poll(() => page.locator('#meters-canvas').getAttribute('data-state')).toBe('ready');
    } finally {
      await app.browser.context.setOffline(false);
    }
  });
});
