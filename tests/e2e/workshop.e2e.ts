// A workshop in real Chromium: a facilitator on the projector and three phones play a whole
// scenario; one phone reloads mid-vote and keeps its vote; the room re-votes once; the session is
// exported at the end.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPhones, screenOf, screenshot, useAppAndBrowser, watchErrors } from './harness';

const app = useAppAndBrowser();
let closePhones: (() => Promise<void>) | null = null;

afterAll(async () => {
  await closePhones?.();
});

const phaseOf = (page: Page) => page.locator('[data-screen="participant"]').getAttribute('data-phase');

describe('workshop live mode', () => {
  it('runs a whole scenario with a facilitator and three phones', async () => {
    const projector = await app.browser.context.newPage();
    const errors = watchErrors(projector);
    await projector.goto(app.url);
    await expect.poll(() => screenOf(projector)).toBe('title');
    await projector.locator('[data-focus-key="menu-live"]').click();
    await expect.poll(() => screenOf(projector)).toBe('scenarioSelect');
    await projector.locator('[data-focus-key="play-lindeplein"]').click();
    await expect.poll(() => screenOf(projector)).toBe('lobby');
    await expect.poll(() => projector.locator('.join-code').count(), { timeout: 10_000 }).toBe(1);
    const code = (await projector.locator('.join-code').textContent())!;
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    const joinUrl = (await projector.locator('.join-url').textContent())!;
    expect(joinUrl).toContain(`#join=${code}`);
    expect(await projector.locator('svg.qr path').getAttribute('d')).toMatch(/^M/);
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, 'workshop-01-lobby');

    // The facilitator sizes the room while people join: what is typed survives their arrival.
    await projector.locator('#room-max').fill('25');

    // Three phones: two follow the link (as from the QR code), one types the code.
    const phoneSet = await openPhones(3);
    closePhones = phoneSet.close;
    const phones = phoneSet.pages;
    await phones[0]!.goto(joinUrl);
    await phones[1]!.goto(joinUrl);
    await phones[2]!.goto(`${app.url}#join`);
    for (const [i, phone] of phones.entries()) {
      if (i === 2) await phone.locator('#join-code').fill(code.toLowerCase());
      if (i === 0) await phone.locator('#join-nickname').fill('Anouk');
      await phone.locator('[data-focus-key="join"]').click();
      await expect.poll(() => phaseOf(phone)).toBe('lobby');
    }
    await expect.poll(() => projector.locator('.joined-count').textContent()).toContain('3');
    expect(await projector.locator('#room-max').inputValue()).toBe('25');
    await projector.locator('#room-max').press('Enter');
    await expect.poll(() => projector.locator('.room-controls [role="status"]').textContent()).toContain('maximaal 25');
    expect(await screenOf(projector)).toBe('lobby');
    expect(await axeViolations(phones[0]!)).toEqual([]);
    await screenshot(phones[0]!, 'workshop-02-phone-waiting');

    await projector.locator('#screen-heading').focus();
    await projector.keyboard.press('Enter'); // lobby → briefing
    await expect.poll(() => screenOf(projector)).toBe('briefing');
    await projector.keyboard.press('Enter');

    let round = 0;
    const picks = ['align', 'silo', 'navigate-rules', 'escalate'];
    for (;;) {
      await expect.poll(() => screenOf(projector)).toBe('situation');
      round++;
      for (const phone of phones) await expect.poll(() => phaseOf(phone), { timeout: 10_000 }).toBe('voting');
      // Two phones agree, the third differs; in round 2 the third reloads after voting.
      const majority = picks[round % picks.length]!;
      await phones[0]!.locator(`[data-focus-key="vote-${majority}"]`).click();
      await phones[1]!.locator(`[data-focus-key="vote-${majority}"]`).click();
      await phones[2]!.locator('[data-focus-key="vote-prioritise"]').click();
      if (round === 1) {
        // The prioritise sub-screen has a way back that casts no vote.
        await phones[2]!.locator('[data-focus-key="back-strategies"]').click();
        await expect.poll(() => phones[2]!.locator('[data-focus-key="vote-prioritise"]').count()).toBe(1);
        expect(await phones[2]!.locator('.your-choice').count()).toBe(0);
        await phones[2]!.locator('[data-focus-key="vote-prioritise"]').click();
      }
      await phones[2]!.locator('[data-focus-key="vote-networking"]').click();
      await expect.poll(() => phones[2]!.locator('.your-choice').textContent()).toContain('Netwerkende');
      if (round === 2) {
        await phones[2]!.reload();
        await expect.poll(() => phaseOf(phones[2]!)).toBe('voting');
        await expect.poll(() => phones[2]!.locator('.your-choice').textContent()).toContain('Netwerkende');
      }
      await expect.poll(() => projector.locator('.vote-count').textContent()).toMatch(/^3 /);
      if (round === 1) {
        // The optional discussion timer shows on the projector and the phones.
        await projector.locator('[data-focus-key="timer-1"]').click();
        await expect.poll(() => projector.locator('.timer-left').count()).toBe(1);
        await expect.poll(() => phones[0]!.locator('.timer-left').count()).toBe(1);
        expect(await axeViolations(projector)).toEqual([]);
        await screenshot(projector, 'workshop-03-projector-voting');
        expect(await axeViolations(phones[2]!)).toEqual([]);
        await screenshot(phones[2]!, 'workshop-04-phone-voted');
      }
      await projector.locator('[data-focus-key="reveal"]').click();
      await expect.poll(() => projector.locator('table.spread').count()).toBe(1);
      if (round === 1) {
        // A re-vote: the spread is hidden while the room votes again, so nobody reads one person's
        // change off the screen; one phone changes its mind; the second reveal shows first against final.
        await projector.locator('[data-focus-key="revote"]').click();
        await expect.poll(() => projector.locator('table.spread').count()).toBe(0);
        await expect.poll(() => phones[2]!.locator(`[data-focus-key="vote-${majority}"]`).count()).toBe(1);
        await phones[2]!.locator(`[data-focus-key="vote-${majority}"]`).click();
        await expect.poll(() => phones[2]!.locator('.your-choice').textContent()).not.toContain('Netwerkende');
        await screenshot(projector, 'workshop-05a-projector-revote-hidden');
        expect(await projector.locator('table.spread').count()).toBe(0);
        await projector.locator('[data-focus-key="reveal"]').click();
        await expect.poll(() => projector.locator('table.spread').count()).toBe(1);
        await expect.poll(() => projector.locator('.live-panel').textContent()).toMatch(/: 1/);
        await screenshot(projector, 'workshop-05-projector-revote');
      }
      await projector.locator('[data-focus-key="majority"]').click();
      await expect.poll(() => screenOf(projector)).toBe('consequence');
      for (const phone of phones) await expect.poll(() => phaseOf(phone)).toBe('decided');
      if (round === 1) {
        expect(await axeViolations(phones[0]!)).toEqual([]);
        await screenshot(phones[0]!, 'workshop-06-phone-decided');
      }
      await projector.locator('#screen-heading').focus();
      await projector.keyboard.press('Enter');
      if ((await screenOf(projector)) === 'ending' || round > 12) break;
    }
    await expect.poll(() => screenOf(projector)).toBe('ending');
    await projector.keyboard.press('Enter');
    await expect.poll(() => screenOf(projector)).toBe('debrief');
    for (const phone of phones) await expect.poll(() => phaseOf(phone)).toBe('ended');
    // The personal overview: a card per situation, and the craft profile of one's own votes as text.
    expect(await phones[0]!.locator('.phone-round').count()).toBe(round);
    expect(await phones[0]!.locator('.phone-craft-row').count()).toBe(4);
    expect(await axeViolations(phones[0]!)).toEqual([]);
    await screenshot(phones[0]!, 'workshop-07-phone-personal');

    const download = projector.waitForEvent('download');
    await projector.locator('[data-focus-key="session-json"]').click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported.format).toBe('spagaat-session/1');
    expect(exported.rounds).toHaveLength(round);
    expect(exported.participants).toEqual([
      { number: 1, nickname: 'Anouk' },
      { number: 2, nickname: null },
      { number: 3, nickname: null },
    ]);
    // Round 1: participant 3 changed from prioritise to the majority's choice.
    expect(exported.rounds[0].votes[2]).toMatchObject({ participant: 3, first: { strategy: 'prioritise', perspective: 'networking' }, changed: true });
    expect(errors).toEqual([]);
  });

  it('plays in group mode without a server, by the room’s hand-entered tallies', async () => {
    const page = await app.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    await expect.poll(() => screenOf(page)).toBe('title');
    await page.locator('[data-focus-key="menu-group"]').click();
    await page.locator('[data-focus-key="play-lindeplein"]').click();
    await expect.poll(() => screenOf(page)).toBe('briefing');
    await page.locator('#screen-heading').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => screenOf(page)).toBe('situation');
    // A tie first: the facilitator is asked to choose.
    await page.locator('#count-align').fill('4');
    await page.locator('#count-silo').fill('4');
    await page.locator('#count-silo').blur();
    await page.locator('[data-focus-key="group-decide"]').click();
    await expect.poll(() => page.locator('.live-panel .note').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workshop-08-group-mode');
    expect(await page.locator('.live-panel .note').textContent()).toContain('Gelijke stand tussen Afstemmen en Verkokeren');
    // Tallies that do not add up are refused, with what is wrong.
    await page.locator('#count-prioritise').fill('9');
    await page.locator('#count-prioritise\\:lawful').fill('6');
    await page.locator('#count-prioritise\\:lawful').blur();
    await page.locator('[data-focus-key="group-decide"]').click();
    await expect.poll(() => page.locator('.live-panel .note').textContent()).toContain('Voorrang geven heeft 9 stemmen, maar de perspectieven samen 6');
    expect(await screenOf(page)).toBe('situation');
    await page.locator('#count-prioritise\\:networking').fill('3');
    await page.locator('#count-prioritise\\:networking').blur();
    await page.locator('[data-focus-key="group-decide"]').click();
    await expect.poll(() => screenOf(page)).toBe('consequence');
    expect(await page.locator('.your-choice').textContent()).toContain('Rechtmatige overheid');
    expect(errors).toEqual([]);
  });
});
