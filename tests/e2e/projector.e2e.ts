// The workshop as the room sees it, at 1920×1080 and 1280×720: a lobby that reads from the back
// row, results on the options, a facilitator who reloads mid-session and carries on, a late joiner
// from the corner's QR address, Stop that reaches the phones, and the shared debrief with the room.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPhones, screenOf, screenshot, useAppAndBrowser, watchErrors } from './harness';

const app = useAppAndBrowser();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

const phaseOf = (page: Page) => page.locator('[data-screen="participant"]').getAttribute('data-phase');
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function startWorkshop(projector: Page): Promise<string> {
  await projector.goto(app.url);
  await expect.poll(() => screenOf(projector)).toBe('title');
  await projector.locator('[data-focus-key="menu-live"]').click();
  await projector.locator('[data-focus-key="play-lindeplein"]').click();
  await expect.poll(() => projector.locator('.join-code').count(), { timeout: 10_000 }).toBe(1);
  return (await projector.locator('.join-code').textContent())!;
}

async function join(phone: Page, url: string, nickname?: string): Promise<void> {
  await phone.goto(url);
  await phone.waitForLoadState('networkidle');
  if (nickname) await phone.locator('#join-nickname').fill(nickname);
  await phone.locator('[data-focus-key="join"]').click();
  await expect.poll(() => phaseOf(phone)).not.toBeNull();
}

describe('the workshop on a projector', () => {
  it('reads from the back row, survives a reload of the projector, lets latecomers in and shows the room in the debrief', async () => {
    const projector = await app.browser.context.newPage();
    const errors = watchErrors(projector);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    const code = await startWorkshop(projector);
    const joinUrl = (await projector.locator('.join-url').textContent())!;

    // Body type of at least 28 px at 1080p, a QR code of at least a third of the screen's height.
    expect(await projector.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.lead')!).fontSize))).toBeGreaterThanOrEqual(23);
    expect(await projector.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(28);
    expect((await projector.locator('.lobby-qr svg').boundingBox())!.height).toBeGreaterThanOrEqual(1080 / 3);
    // Served on 127.0.0.1 only: the lobby says phones cannot reach it, and how to start it for the room.
    await expect.poll(() => projector.locator('.address-problem').textContent()).toContain('HOST=0.0.0.0');
    // No empty meters beside the lobby.
    expect(await projector.locator('#meters-panel').isHidden()).toBe(true);

    const phoneSet = await openPhones(3);
    closers.push(phoneSet.close);
    const [anouk, sem, late] = phoneSet.pages as [Page, Page, Page];
    await join(anouk, joinUrl, 'Anouk');
    await join(sem, joinUrl);
    // The names roll in, newest first; a phone without a nickname is a numbered participant.
    await expect.poll(() => projector.locator('.joined-names li').allTextContents()).toEqual(['deelnemer 2', 'Anouk']);
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, 'projector-01-lobby-1920', { fullPage: false });

    await projector.locator('[data-focus-key="continue"]').click();
    await expect.poll(() => screenOf(projector)).toBe('briefing');
    await projector.locator('[data-focus-key="continue"]').click();
    await expect.poll(() => screenOf(projector)).toBe('situation');
    // The code and the QR code stay in a corner; a latecomer joins from its address.
    const cornerUrl = (await projector.locator('.join-corner').getAttribute('data-url'))!;
    expect(cornerUrl).toBe(joinUrl);
    expect(await projector.locator('.join-corner .corner-code').textContent()).toBe(code);
    await join(late, cornerUrl, 'Laat');
    await expect.poll(() => phaseOf(late)).toBe('voting');

    await expect.poll(() => phaseOf(anouk)).toBe('voting');
    await anouk.locator('[data-focus-key="vote-align"]').click();
    await sem.locator('[data-focus-key="vote-silo"]').click();
    await late.locator('[data-focus-key="vote-align"]').click();
    await expect.poll(() => projector.locator('.vote-count').textContent()).toMatch(/^3 /);
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, 'projector-02-voting-1920', { fullPage: false });
    await projector.locator('[data-focus-key="reveal"]').click();
    // Results on the options: counts and shares, the leader named.
    await expect.poll(() => projector.locator('.option-count').allTextContents()).toEqual(['0 stemmen · 0%', '2 stemmen · 67%', '0 stemmen · 0%', '0 stemmen · 0%', '1 stem · 33%']);
    expect(await projector.locator('.spread-leader').textContent()).toContain('Afstemmen (2 van 3)');
    await projector.waitForTimeout(900); // the bars grow in
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, 'projector-03-reveal-1920', { fullPage: false });

    // The re-vote: Sem changes to align; first and final side by side, one changed their mind.
    await projector.locator('[data-focus-key="revote"]').click();
    await expect.poll(() => phaseOf(sem)).toBe('voting');
    await expect.poll(() => sem.locator('[data-focus-key="vote-align"]').count()).toBe(1);
    await sem.locator('[data-focus-key="vote-align"]').click();
    await projector.locator('[data-focus-key="reveal"]').click();
    await expect.poll(() => projector.locator('.changed-minds').textContent()).toBe('1 van de 3 veranderden van mening.');
    await screenshot(projector, 'projector-04-revote-1920', { fullPage: false });
    await projector.locator('[data-focus-key="majority"]').click();
    await expect.poll(() => screenOf(projector)).toBe('consequence');
    expect(await projector.locator('.your-choice strong').textContent()).toMatch(/^Keuze van de groep: Afstemmen/);
    await projector.locator('[data-focus-key="continue"]').click();
    await expect.poll(() => screenOf(projector)).toBe('situation');

    // Situation 2 at 1280×720: the situation and the results above the fold.
    await projector.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => phaseOf(anouk)).toBe('voting');
    await anouk.locator('[data-focus-key="vote-escalate"]').click();
    await sem.locator('[data-focus-key="vote-navigate-rules"]').click();
    await expect.poll(() => projector.locator('.vote-count').textContent()).toMatch(/^2 /);

    // The projector's tab reloads mid-vote: the title offers the running workshop, and it carries on
    // where it was, with the votes cast so far.
    await projector.reload();
    await expect.poll(() => screenOf(projector)).toBe('title');
    await expect.poll(() => projector.locator('[data-focus-key="resume-workshop"]').textContent()).toBe(`Workshop ${code} hervatten`);
    expect(await axeViolations(projector)).toEqual([]);
    await projector.locator('[data-focus-key="resume-workshop"]').click();
    await expect.poll(() => screenOf(projector)).toBe('situation');
    await expect.poll(() => projector.locator('.vote-count').textContent()).toMatch(/^2 van 3/);
    await late.locator('[data-focus-key="vote-escalate"]').click();
    await expect.poll(() => projector.locator('.vote-count').textContent()).toMatch(/^3 van 3/);
    await projector.locator('[data-focus-key="reveal"]').click();
    await expect.poll(() => projector.locator('.option-count').count()).toBe(5);
    await projector.waitForTimeout(900);
    for (const box of [await projector.locator('.live-panel').boundingBox(), await projector.locator('.option-count').last().boundingBox(), await projector.locator('#screen-heading').boundingBox()]) {
      expect(box!.y + box!.height).toBeLessThanOrEqual(720);
    }
    await screenshot(projector, 'projector-05-reveal-1280', { fullPage: false });
    await projector.locator('[data-focus-key="majority"]').click();
    await expect.poll(() => screenOf(projector)).toBe('consequence');

    // The rest: the facilitator picks on the projector, as a room in a hurry would.
    for (let round = 0; round < 14; round++) {
      await projector.locator('[data-focus-key="continue"]').click();
      const screen = await screenOf(projector);
      if (screen === 'ending') break;
      await expect.poll(() => screenOf(projector)).toBe('situation');
      await projector.locator('#screen-heading').focus();
      await projector.keyboard.press('2');
      await expect.poll(() => screenOf(projector)).toBe('consequence');
    }
    await expect.poll(() => screenOf(projector)).toBe('ending');
    await projector.locator('[data-focus-key="continue"]').click();
    await expect.poll(() => screenOf(projector)).toBe('debrief');
    for (const phone of [anouk, sem, late]) await expect.poll(() => phaseOf(phone)).toBe('ended');
    // The shared debrief shows the room: per situation its spread and the group's choice; the
    // divided ones first.
    await expect.poll(() => projector.locator('.room-round').count()).toBeGreaterThanOrEqual(2);
    expect(await projector.locator('.room-summary').count()).toBe(1);
    expect(await projector.locator('.room-round').first().textContent()).toContain('Keuze van de groep: Afstemmen');
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, 'projector-06-debrief-1280');
    expect(await noSideScroll(anouk)).toBe(true);
    // The finished workshop is no longer offered for resuming.
    await projector.goto(app.url);
    await expect.poll(() => screenOf(projector)).toBe('title');
    expect(await projector.locator('[data-focus-key="resume-workshop"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await projector.close();
  });

  it('asks before Stop, and then tells every phone that the workshop has ended', async () => {
    const projector = await app.browser.context.newPage();
    await projector.setViewportSize({ width: 1280, height: 720 });
    await startWorkshop(projector);
    const joinUrl = (await projector.locator('.join-url').textContent())!;
    const phoneSet = await openPhones(1);
    closers.push(phoneSet.close);
    const phone = phoneSet.pages[0]!;
    await join(phone, joinUrl, 'Bram');
    await expect.poll(() => phaseOf(phone)).toBe('lobby');
    await projector.locator('[data-focus-key="quit"]').click();
    await expect.poll(() => projector.locator('dialog.confirm-dialog[open]').count()).toBe(1);
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, 'projector-07-stop-confirm', { fullPage: false });
    // Escape is "no": the workshop goes on.
    await projector.keyboard.press('Escape');
    await expect.poll(() => projector.locator('dialog.confirm-dialog').count()).toBe(0);
    expect(await screenOf(projector)).toBe('lobby');
    await projector.locator('[data-focus-key="quit"]').click();
    await projector.locator('[data-focus-key="confirm-yes"]').click();
    await expect.poll(() => screenOf(projector)).toBe('title');
    await expect.poll(() => phaseOf(phone)).toBe('ended');
    expect(await projector.locator('[data-focus-key="resume-workshop"]').count()).toBe(0);
    await projector.close();
  });

  it('hands the workshop to another device with a one-time link', async () => {
    const projector = await app.browser.context.newPage();
    await projector.setViewportSize({ width: 1280, height: 720 });
    const code = await startWorkshop(projector);
    await projector.locator('[data-focus-key="handoff"]').click();
    const link = await projector.locator('#handoff-url').inputValue();
    expect(link).toMatch(new RegExp(`#facilitate=${code}\\.[A-Za-z0-9_-]{24}$`));
    expect(await axeViolations(projector)).toEqual([]);
    // The other device (its own storage) opens the link and is in the lobby of the same workshop.
    const devices = await openPhones(2);
    closers.push(devices.close);
    const [laptop, stranger] = devices.pages as [Page, Page];
    await laptop.setViewportSize({ width: 1280, height: 720 });
    await laptop.goto(link);
    await expect.poll(() => screenOf(laptop)).toBe('lobby');
    await expect.poll(() => laptop.locator('.join-code').textContent()).toBe(code);
    expect(new URL(laptop.url()).hash).toBe('');
    // The first device steps back and says where the workshop went.
    await expect.poll(() => screenOf(projector)).toBe('title');
    await expect.poll(() => projector.locator('[role="alert"]').first().textContent()).toContain('andere apparaat');
    // The link worked once.
    await stranger.setViewportSize({ width: 1280, height: 720 });
    await stranger.goto(link);
    await expect.poll(() => stranger.locator('[role="alert"]').first().textContent()).toContain('doorgeeflink werkt niet');
    await projector.close();
  });
});
