// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine, type GameEvent } from '../../flow/gameMachine';
import { buildCatalog } from '../../scenario/catalog';
import { minimalText } from '../../test-support/fixtures';
import { renderScreen, type ScreenName } from './renderScreen';

function playTo(files: Record<string, string>, events: GameEvent[]) {
  const actor = createActor(gameMachine, { input: { catalog: buildCatalog(files, 'shipped') } }).start();
  for (const e of events) actor.send(e);
  const s = actor.getSnapshot();
  return { screen: s.value as ScreenName, ctx: s.context };
}

describe('renderScreen', () => {
  it('lists a broken scenario file with its errors instead of a blank page', () => {
    const { screen, ctx } = playTo({ 'ok.json': minimalText, 'kapot.json': '{ "formatVersion": 1, ' }, [{ type: 'game.start' }]);
    for (const lang of ['nl', 'en'] as const) {
      const el = renderScreen({ screen, ctx, lang, send: () => {} });
      const broken = el.querySelector('.scenario-broken');
      expect(broken?.textContent).toContain('kapot.json');
      expect(broken?.querySelector('.error-list li')?.textContent).toMatch(lang === 'nl' ? /geen geldige JSON/ : /not valid JSON/);
      // The valid scenario is still offered.
      expect(el.querySelector('[data-focus-key="play-minimaal"]')).not.toBeNull();
    }
  });

  it('renders scenario text as text, never as HTML', () => {
    const raw = JSON.parse(minimalText);
    raw.title.nl = '<img src=x onerror="alert(1)">Park';
    raw.situations[0].text.nl = '<script>alert(1)</script> Een tekst';
    const { screen, ctx } = playTo({ 'x.json': JSON.stringify(raw) }, [{ type: 'game.start' }, { type: 'scenario.choose', id: 'minimaal' }, { type: 'game.continue' }]);
    expect(screen).toBe('situation');
    const el = renderScreen({ screen, ctx, lang: 'nl', send: () => {} });
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('.lead')?.textContent).toBe('<script>alert(1)</script> Een tekst');
    const select = renderScreen({ screen: 'scenarioSelect', ctx, lang: 'nl', send: () => {} });
    expect(select.querySelector('img[onerror]')).toBeNull();
    expect(select.querySelector('h2')?.textContent).toBe('<img src=x onerror="alert(1)">Park');
  });

  it('sends the event of the button a player presses', () => {
    const { screen, ctx } = playTo({ 'x.json': minimalText }, [{ type: 'game.start' }, { type: 'scenario.choose', id: 'minimaal' }, { type: 'game.continue' }]);
    const sent: GameEvent[] = [];
    const el = renderScreen({ screen, ctx, lang: 'en', send: (e) => sent.push(e) });
    el.querySelector<HTMLButtonElement>('[data-focus-key="strategy-align"]')!.click();
    el.querySelector<HTMLButtonElement>('[data-focus-key="advisor-networking"]')!.click();
    expect(sent).toEqual([{ type: 'strategy.choose', strategy: 'align' }, { type: 'advisor.consult', perspective: 'networking' }]);
  });
});
