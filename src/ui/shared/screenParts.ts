// Building blocks shared by the screens.
import { METERS, type Lang, type Meters } from '../../engine';
import { button, h } from './dom';
import { meterName, signed } from './i18n';

export type ScreenName =
  | 'title'
  | 'intro'
  | 'glossary'
  | 'history'
  | 'scenarioSelect'
  | 'lobby'
  | 'briefing'
  | 'situation'
  | 'choosingPriority'
  | 'consequence'
  | 'ending'
  | 'debrief';

export function screen(name: ScreenName, ...children: (Node | null | false)[]): HTMLElement {
  return h('section', { class: `screen screen-${name}`, attrs: { 'aria-labelledby': 'screen-heading', 'data-screen': name } }, ...children);
}

/** Marks which situation a screen shows, for tests and styling. */
export function forSituation(el: HTMLElement, situation: { id: string; kind: string; when?: unknown }): HTMLElement {
  el.dataset.situation = situation.id;
  el.dataset.kind = situation.when ? 'conditional' : situation.kind;
  return el;
}

export function heading(text: string): HTMLHeadingElement {
  return h('h1', { id: 'screen-heading', text, attrs: { tabindex: -1 } });
}

export function kicker(...parts: string[]): HTMLParagraphElement {
  return h('p', { class: 'kicker', text: parts.filter(Boolean).join(' · ') });
}

export function paragraphs(text: string, className?: string): HTMLElement[] {
  return text.split(/\n\s*\n/).map((p) => h('p', { class: className, text: p.trim() }));
}

export function primary(label: string, onClick: () => void, focusKey: string, hint?: string): HTMLButtonElement {
  return button([label, hint ? h('span', { class: 'key-hint', text: hint, attrs: { 'aria-hidden': 'true' } }) : null], onClick, {
    class: 'btn btn-primary',
    attrs: { 'data-focus-key': focusKey, 'aria-keyshortcuts': hint ? 'Enter' : undefined },
  });
}

export function secondary(label: string, onClick: () => void, focusKey: string, shortcut?: string): HTMLButtonElement {
  return button(label, onClick, { class: 'btn btn-secondary', attrs: { 'data-focus-key': focusKey, 'aria-keyshortcuts': shortcut } });
}

export function meterTable(lang: Lang, caption: string, before: Meters | null, after: Meters): HTMLTableElement {
  return h(
    'table',
    { class: 'meter-table' },
    h('caption', { text: caption }),
    h('tbody', {}, ...METERS.map((m) => {
      const change = before ? after[m] - before[m] : 0;
      return h(
        'tr',
        { class: `meter-row meter-${m}` },
        h('th', { attrs: { scope: 'row' }, text: meterName(lang, m) }),
        h('td', { class: 'num', text: String(after[m]) }),
        before ? h('td', { class: `num change ${change > 0 ? 'up' : change < 0 ? 'down' : ''}`, text: change ? signed(change) : '±0' }) : null,
      );
    })),
  );
}

