// The first-play introduction (with the plane of the four perspectives to explore), the glossary
// and the list of past games.
import { PERSPECTIVES, PERSPECTIVE_INFO, STRATEGIES, STRATEGY_INFO, METERS, type Lang, type Perspective } from '../../engine';
import { INTRO_STEPS, type GameContext, type GameEvent } from '../../flow/gameMachine';
import { button, h } from '../shared/dom';
import type { HistoryEntry } from '../solo/history';
import { meterName, t, tx } from '../shared/i18n';
import { GLOSSARY, INTRO_PAGES, STRATEGY_GIST } from './learningTexts';
import { heading, kicker, paragraphs, primary, screen, secondary } from '../shared/screenParts';

/** View state for the learning screens, kept by the UI. */
export interface LearningUi {
  introSeen: boolean;
  history: HistoryEntry[];
  /** Damaged records removed from the stored history on this visit. */
  historyRepaired: number;
  deleteGame(id: string): void;
  clearHistory(): void;
  quadrant: Perspective | null;
  setQuadrant(p: Perspective): void;
}

/** The plane of the paper's Figure 2 as four buttons, with the chosen quadrant explained below. */
export function planeExplorer(lang: Lang, learning: LearningUi): HTMLElement {
  // Grid order: results first on top, inside-out on the left.
  const order: Perspective[] = ['performing', 'networking', 'lawful', 'responsive'];
  const chosen = learning.quadrant;
  const info = chosen ? PERSPECTIVE_INFO[chosen] : null;
  return h(
    'div',
    { class: 'plane-explorer' },
    h(
      'div',
      { class: 'plane-grid', attrs: { role: 'group', 'aria-label': t(lang, 'planeChoose') } },
      h('span', { class: 'axis axis-top', text: `↑ ${t(lang, 'planeAxisResults')}` }),
      h('span', { class: 'axis axis-bottom', text: `↓ ${t(lang, 'planeAxisPreconditions')}` }),
      h('span', { class: 'axis axis-left', text: `← ${t(lang, 'planeAxisInsideOut')}` }),
      h('span', { class: 'axis axis-right', text: `${t(lang, 'planeAxisOutsideIn')} →` }),
      ...order.map((p) =>
        button(
          [h('strong', { text: PERSPECTIVE_INFO[p].name[lang] }), h('span', { text: meterName(lang, PERSPECTIVE_INFO[p].meter) })],
          () => learning.setQuadrant(p),
          { class: `quadrant quadrant-${p}`, attrs: { 'aria-pressed': chosen === p ? 'true' : 'false', 'data-focus-key': `quadrant-${p}` } },
        ),
      ),
    ),
    h(
      'div',
      { class: 'quadrant-info', attrs: { 'aria-live': 'polite' } },
      info
        ? h(
            'dl',
            { class: `facts perspective-${info.id}` },
            h('dt', { text: t(lang, 'citizenRole') }),
            h('dd', { text: info.citizenRole[lang] }),
            h('dt', { text: t(lang, 'values') }),
            h('dd', { text: info.values.map((v) => v[lang]).join(', ') }),
            h('dt', { text: t(lang, 'competences') }),
            h('dd', { text: info.competences.map((v) => v[lang]).join(', ') }),
            h('dt', { text: t(lang, 'meterLabel') }),
            h('dd', { text: meterName(lang, info.meter) }),
          )
        : h('p', { class: 'hint', text: t(lang, 'planeChoose') }),
    ),
  );
}

export function introScreen(ctx: GameContext, lang: Lang, send: (e: GameEvent) => void, learning?: LearningUi): HTMLElement {
  const step = ctx.introStep;
  const page = INTRO_PAGES[step]!;
  const last = step === INTRO_STEPS - 1;
  const extra =
    step === 0
      ? h('img', { class: 'hero', attrs: { src: './spagaat-hero.svg', alt: '', width: 640, height: 260 } })
      : step === 1 && learning
        ? planeExplorer(lang, learning)
        : step === 2
          ? h('ol', { class: 'strategy-gist' }, ...STRATEGIES.map((s) => h('li', {}, h('strong', { text: STRATEGY_INFO[s].name[lang] }), ` — ${tx(lang, STRATEGY_GIST[s]!)}`)))
          : step === 3
            ? h('ul', { class: 'meter-gist' }, ...METERS.map((m) => h('li', { class: `meter-text meter-${m}`, text: `${meterName(lang, m)}: ${PERSPECTIVE_INFO[PERSPECTIVES.find((p) => PERSPECTIVE_INFO[p].meter === m)!].name[lang]}` })))
            : null;
  return screen(
    'intro',
    kicker(t(lang, 'introOf', { n: step + 1, total: INTRO_STEPS })),
    heading(tx(lang, page.title)),
    ...page.body.flatMap((b) => paragraphs(tx(lang, b), 'lead')),
    extra,
    h(
      'div',
      { class: 'actions' },
      primary(t(lang, last ? 'introDone' : 'introNext'), () => send({ type: 'intro.next' }), 'intro-next', 'Enter'),
      step > 0 ? secondary(t(lang, 'introBack'), () => send({ type: 'intro.back' }), 'intro-back') : null,
      secondary(t(lang, last ? 'introPlay' : 'introSkip'), () => send(last ? { type: 'game.start' } : { type: 'nav.back' }), 'intro-skip', last ? undefined : 'Escape'),
    ),
  );
}

export function glossaryScreen(lang: Lang, send: (e: GameEvent) => void): HTMLElement {
  return screen(
    'glossary',
    heading(t(lang, 'glossaryHeading')),
    h('p', { class: 'lead', text: t(lang, 'glossaryLead') }),
    h('dl', { class: 'glossary' }, ...GLOSSARY.flatMap((g) => [h('dt', { text: tx(lang, g.term) }), h('dd', { text: tx(lang, g.meaning) })])),
    h('div', { class: 'actions' }, secondary(t(lang, 'back'), () => send({ type: 'nav.back' }), 'back', 'Escape')),
  );
}

export function historyTable(lang: Lang, entries: HistoryEntry[], learning?: LearningUi): HTMLElement {
  const date = (iso: string) => new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'history-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[t(lang, 'historyDate'), t(lang, 'historyScenario'), t(lang, 'historyEnding'), t(lang, 'historyTitle'), ...METERS.map((m) => meterName(lang, m))].map((c) => h('th', { text: c, attrs: { scope: 'col' } })),
          learning ? h('td') : null,
        ),
      ),
      h(
        'tbody',
        {},
        ...entries.map((e) =>
          h(
            'tr',
            {},
            h('td', { text: date(e.date) }),
            h('td', { text: tx(lang, e.scenarioTitle) }),
            h('td', { text: tx(lang, e.outcome) }),
            h('td', { text: tx(lang, e.title) }),
            ...METERS.map((m) => h('td', { class: 'num', text: String(e.meters[m]) })),
            learning
              ? h('td', {}, button('×', () => learning.deleteGame(e.id), { class: 'btn-icon', attrs: { 'aria-label': t(lang, 'historyDelete', { date: date(e.date) }), 'data-focus-key': `delete-${e.id}` } }))
              : null,
          ),
        ),
      ),
    ),
  );
}

export function historyScreen(lang: Lang, send: (e: GameEvent) => void, learning?: LearningUi): HTMLElement {
  const entries = learning?.history ?? [];
  return screen(
    'history',
    heading(t(lang, 'historyHeading')),
    h('p', { class: 'lead', text: t(lang, 'historyLead') }),
    learning?.historyRepaired ? h('p', { class: 'note', attrs: { role: 'status', 'data-notice': 'history-repaired' }, text: learning.historyRepaired === 1 ? t(lang, 'historyRepairedOne') : t(lang, 'historyRepaired', { n: learning.historyRepaired }) }) : null,
    entries.length ? historyTable(lang, entries, learning) : h('p', { text: t(lang, 'historyEmpty') }),
    h(
      'div',
      { class: 'actions' },
      secondary(t(lang, 'back'), () => send({ type: 'nav.back' }), 'back', 'Escape'),
      entries.length && learning ? secondary(t(lang, 'historyDeleteAll'), () => learning.clearHistory(), 'delete-all') : null,
    ),
  );
}
