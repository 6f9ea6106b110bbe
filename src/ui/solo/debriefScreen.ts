// The debrief: the ending and the proposal's fate, the craft profile on the paper's plane, the
// meters over time, every situation with its effect parts and what-ifs, inside against outside,
// questions for the group, and print and export.
import {
  ASSUMPTIONS,
  DILEMMA_INFO,
  METERS,
  PERSPECTIVE_INFO,
  STRATEGY_INFO,
  diffMeters,
  literatureFor,
  type Alternative,
  type Choice,
  type Consequence,
  type LookAheadSituation,
  type Lang,
  type Meters,
  type PlanePoint,
  type ReachableEnding,
} from '../../engine';
import { findSituation } from '../../engine/rules';
import type { GameContext, GameEvent } from '../../flow/gameMachine';
import { optionText } from '../../scenario/optionText';
import type { Scenario } from '../../scenario/schema';
import { describePartWithDelta, type PartContext } from '../shared/describePart';
import { button, h } from '../shared/dom';
import type { HistoryEntry } from './history';
import { balanceTitle, choiceLabel, endingTitle, fateText, fateTitle, formName, formatDelta, meterName, t, tx } from '../shared/i18n';
import { CRAFT_TEXT, REFLECTION_TEXT, craftTitle } from '../learning/learningTexts';
import { historyTable } from '../learning/learningScreens';
import { heading, kicker, meterTable, primary, screen, secondary } from '../shared/screenParts';
import { roomRoundBlock, roomSummary, type RoomRound } from '../live/liveScreens';

/** What the debrief needs from the UI besides the snapshot: printing, downloads and past games. */
export interface DebriefUi {
  print(): void;
  download(kind: 'json' | 'csv'): void;
  history: HistoryEntry[];
}

const SVG = 'http://www.w3.org/2000/svg';
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: SVGElement[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.appendChild(c);
  return el;
}

const COLOURS: Record<keyof Meters, string> = { legitimacy: '#2b5797', efficiency: '#a65e00', trust: '#1f7a55', initiative: '#8a3b8f' };
const DASHES: Record<keyof Meters, string> = { legitimacy: '', efficiency: '8 5', trust: '2 4', initiative: '12 4 2 4' };

/** The meters over the situations as lines (each its own colour and dash), with a table as its text. */
function timeline(lang: Lang, history: Consequence[]): HTMLElement {
  const series: Meters[] = history.length ? [history[0]!.before, ...history.map((c) => c.after)] : [];
  const width = 640;
  const height = 220;
  const pad = { left: 34, right: 150, top: 12, bottom: 26 };
  const x = (i: number) => pad.left + (i * (width - pad.left - pad.right)) / Math.max(1, series.length - 1);
  const y = (v: number) => pad.top + ((100 - v) * (height - pad.top - pad.bottom)) / 100;
  const grid = [0, 25, 50, 75, 100].flatMap((v) => [
    svg('line', { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), stroke: '#d9d2c5', 'stroke-width': 1 }),
    (() => {
      const label = svg('text', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#4a5366' });
      label.textContent = String(v);
      return label;
    })(),
  ]);
  // End labels sorted top to bottom and kept at least 15 px apart, so close lines stay readable.
  const last = series.at(-1);
  const labelY = new Map<string, number>();
  if (last) {
    let previous = -Infinity;
    for (const m of [...METERS].sort((a, b) => last[b] - last[a])) {
      const at = Math.max(y(last[m]) + 4, previous + 15);
      labelY.set(m, at);
      previous = at;
    }
  }
  const lines = METERS.flatMap((m) => {
    const points = series.map((s, i) => `${x(i)},${y(s[m])}`).join(' ');
    const last = series.at(-1)!;
    const label = svg('text', { x: width - pad.right + 8, y: labelY.get(m) ?? y(last[m]), 'font-size': 12, fill: COLOURS[m], 'font-weight': 700 });
    label.textContent = `${meterName(lang, m)} ${last[m]}`;
    return [svg('polyline', { points, fill: 'none', stroke: COLOURS[m], 'stroke-width': 3, 'stroke-dasharray': DASHES[m], 'stroke-linejoin': 'round' }), label];
  });
  const figure = series.length ? svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline-chart', 'aria-hidden': 'true', focusable: 'false' }, ...grid, ...lines) : null;
  const table = h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'timeline-table' },
      h('caption', { text: t(lang, 'timelineCaption') }),
      h('thead', {}, h('tr', {}, h('td'), ...series.map((_, i) => h('th', { attrs: { scope: 'col' }, text: i === 0 ? t(lang, 'timelineStart') : t(lang, 'timelineAfter', { n: i }) })))),
      h('tbody', {}, ...METERS.map((m) => h('tr', {}, h('th', { attrs: { scope: 'row' }, text: meterName(lang, m) }), ...series.map((s) => h('td', { class: 'num', text: String(s[m]) }))))),
    ),
  );
  return h('section', { class: 'timeline', attrs: { 'aria-labelledby': 'timeline-heading' } }, h('h2', { id: 'timeline-heading', text: t(lang, 'timelineHeading') }), figure, table);
}

function direction(lang: Lang, value: number, negative: 'dirInsideOut' | 'dirPreconditions', positive: 'dirOutsideIn' | 'dirResults'): string {
  if (Math.abs(value) < 0.15) return t(lang, 'dirCentre');
  return `${t(lang, Math.abs(value) > 0.5 ? 'dirStrong' : 'dirSome')} ${t(lang, value < 0 ? negative : positive)}`;
}

function pointText(lang: Lang, p: PlanePoint): { horizontal: string; vertical: string } {
  return { horizontal: direction(lang, p.x, 'dirInsideOut', 'dirOutsideIn'), vertical: direction(lang, p.y, 'dirPreconditions', 'dirResults') };
}

function profileSection(lang: Lang, ctx: GameContext): HTMLElement {
  const { profile } = ctx.debrief!;
  const ending = ctx.game!.ending!;
  const kind = profile.kind;
  const info = kind === 'bridging' ? null : PERSPECTIVE_INFO[kind];
  return h(
    'section',
    { class: 'profile', attrs: { 'aria-labelledby': 'profile-heading' } },
    h('h2', { id: 'profile-heading', text: t(lang, ctx.mode === 'solo' ? 'profileHeading' : 'profileHeadingGroup') }),
    h('p', { class: 'hint', text: t(lang, 'profileLead') }),
    h(
      'div',
      { class: 'profile-body' },
      h('div', { class: 'plane-slot', attrs: { 'data-slot': 'plane', 'aria-hidden': 'true' } }),
      h(
        'div',
        { class: 'profile-text' },
        h('p', { class: 'craft-title', text: t(lang, 'profileTitle', { title: tx(lang, craftTitle(kind, ending)) }) }),
        h('p', { text: t(lang, 'profilePosition', pointText(lang, profile.final)) }),
        h('p', { text: t(lang, 'profileNearest', { name: info ? info.name[lang] : t(lang, 'bridgingName') }) }),
        h('p', { text: tx(lang, CRAFT_TEXT[kind]) }),
        info
          ? h(
              'dl',
              { class: 'facts' },
              h('dt', { text: t(lang, 'values') }),
              h('dd', { text: info.values.map((v) => v[lang]).join(', ') }),
              h('dt', { text: t(lang, 'competences') }),
              h('dd', { text: info.competences.map((v) => v[lang]).join(', ') }),
            )
          : null,
        h('p', { class: 'hint', text: t(lang, 'profilePath') }),
        h('ol', { class: 'profile-path' }, ...profile.path.map((p, i) => h('li', { text: t(lang, 'profileStep', { n: i + 1, ...pointText(lang, p) }) }))),
      ),
    ),
  );
}


const choiceKey = (c: Choice) => `${c.strategy}:${c.perspective ?? ''}:${c.perCase ? 'case' : ''}`;

/** "still within reach after it: carried out, in balance", or that it is being worked out. */
export function reachText(lang: Lang, best: ReachableEnding | undefined): string {
  if (!best) return t(lang, 'whatIfReachPending');
  const ending = best.kind === 'crisis' ? t(lang, 'reach_crisis') : `${t(lang, `reach_${best.fate}`)}, ${t(lang, `reach_${best.balance}`)}`;
  return t(lang, 'whatIfReach', { ending });
}

function whatIfTable(lang: Lang, index: number, alternatives: Alternative[], ahead: LookAheadSituation | null): HTMLElement {
  const best = (c: Choice) => ahead?.options.find((o) => choiceKey(o.choice) === choiceKey(c))?.best;
  return h(
    'details',
    { class: 'what-if' },
    h('summary', { text: t(lang, 'whatIfHeading') }),
    h('p', { class: 'hint', text: t(lang, 'whatIfReachLead') }),
    h(
      'ul',
      {},
      ...alternatives.map((a) =>
        h(
          'li',
          { class: a.chosen ? 'chosen' : '' },
          h('strong', { text: `${choiceLabel(lang, a.choice)}${a.chosen ? ` ${t(lang, 'whatIfChosen')}` : ''}` }),
          `: ${formatDelta(lang, a.change)}; ${t(lang, 'whatIfMove', { move: t(lang, `moveShort_${a.move}`) })}; `,
          h('span', { class: 'reach', attrs: { 'data-reach': `${index}|${choiceKey(a.choice)}` }, text: reachText(lang, best(a.choice)) }),
        ),
      ),
    ),
  );
}

/** Fills in the look-ahead where it has arrived, without rebuilding the page (open what-ifs stay open). */
export function patchLookAhead(root: HTMLElement, lang: Lang, lookAhead: (LookAheadSituation | null)[]): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-reach]')) {
    const [index, key] = el.dataset.reach!.split('|');
    const best = lookAhead[Number(index)]?.options.find((o) => choiceKey(o.choice) === key)?.best;
    const text = reachText(lang, best);
    if (el.textContent !== text) el.textContent = text;
  }
}

/** The literature the game draws on, and the rules that are its own (engine/assumptions.ts). */
function sourcesSection(lang: Lang): HTMLElement {
  return h(
    'section',
    { class: 'sources-section', attrs: { 'aria-labelledby': 'sources-heading' } },
    h('h2', { id: 'sources-heading', text: t(lang, 'sourcesHeading') }),
    h('p', { text: t(lang, 'sourcesLead') }),
    h('ul', { class: 'assumptions' }, ...ASSUMPTIONS.map((a) => h('li', { text: a.text[lang] }))),
    h('p', {}, h('strong', { text: `${t(lang, 'sourcesReferences')}: ` }), REFERENCES.join('; ')),
  );
}

/** Every author the game cites, from the dilemmas and strategies (THEORY.md's key references). */
const REFERENCES = [
  'Blijleven & Van Hulst 2020',
  'Van der Steen et al. 2015, 2018',
  'Karré et al. 2013',
  'Thacher & Rein 2004',
  'De Graaf et al. 2016',
  'Jaspers & Steen 2019',
  'Aschhoff & Vogel 2018',
  'Jäntti et al. 2023',
  'Edelenbos 2005',
  'Van Aanholt & Majoor 2021',
  'Van Bochove et al. 2022',
  'Torfing et al. 2019',
  'Nabatchi & Amsler 2014',
  'Bryson et al. 2014',
  'Vrangbæk 2009',
];

function situationItem(lang: Lang, s: Scenario, c: Consequence, i: number, alternatives: Alternative[], ahead: LookAheadSituation | null, context: PartContext, room?: RoomRound): HTMLElement {
  const situation = findSituation(s, c.situationId);
  const parts = c.parts.filter((p) => Object.values(p.delta).some((v) => v));
  return h(
    'li',
    { class: 'debrief-item', id: `debrief-item-${i}` },
    h('h3', { text: `${i + 1}. ${tx(lang, situation.title)}` }),
    h('p', { class: 'meta', text: `${t(lang, 'dilemma')}: ${DILEMMA_INFO[c.dilemma].name[lang]}` }),
    h('p', {}, h('strong', { text: `${t(lang, room ? 'groupChoiceLabel' : 'choice')}: ${choiceLabel(lang, c.choice)}` })),
    room ? roomRoundBlock(lang, room) : null,
    h('ul', { class: 'effect-parts' }, ...parts.map((p) => h('li', { text: describePartWithDelta(lang, p, context) }))),
    h('p', { class: 'meta', text: `${t(lang, 'meterChanges')}: ${formatDelta(lang, diffMeters(c.before, c.after))}` }),
    h('p', { class: 'sources', text: `${t(lang, 'literature')}: ${literatureFor(c.dilemma, c.choice.strategy, situation.sources).join('; ')}` }),
    whatIfTable(lang, i, alternatives, ahead),
  );
}

function insideOutside(lang: Lang, s: Scenario, ctx: GameContext): HTMLElement {
  const game = ctx.game!;
  return h(
    'section',
    { class: 'inside-outside-all', attrs: { 'aria-labelledby': 'io-heading' } },
    h('h2', { id: 'io-heading', text: t(lang, 'insideOutsideHeading') }),
    h('p', { class: 'hint', text: t(lang, 'insideOutsideLead') }),
    h(
      'table',
      { class: 'io-table' },
      h('thead', {}, h('tr', {}, h('td'), h('th', { attrs: { scope: 'col' }, text: t(lang, 'inside') }), h('th', { attrs: { scope: 'col' }, text: t(lang, 'outside') }))),
      h(
        'tbody',
        {},
        ...game.history.map((c, i) => {
          const situation = findSituation(s, c.situationId);
          const texts = optionText(situation, c.choice);
          return h('tr', {}, h('th', { attrs: { scope: 'row' }, text: `${i + 1}. ${tx(lang, situation.title)}` }), h('td', { text: tx(lang, texts.inside) }), h('td', { text: tx(lang, texts.outside) }));
        }),
      ),
    ),
    h('p', { class: 'fate-line' }, h('strong', { text: t(lang, 'proposalFate', { proposal: tx(lang, s.proposal.title), fate: fateTitle(lang, game.ending!.fate, s) }) }), ' ', fateText(lang, game.ending!.fate, game.journey, s)),
  );
}

export function debriefScreen(ctx: GameContext, lang: Lang, send: (e: GameEvent) => void, ui?: DebriefUi, room?: RoomRound[] | null): HTMLElement {
  const s = ctx.scenario!;
  const game = ctx.game!;
  const ending = game.ending!;
  const debrief = ctx.debrief!;
  const context: PartContext = { situationTitle: (id) => tx(lang, findSituation(s, id).title) };
  return screen(
    'debrief',
    kicker(tx(lang, s.title), endingTitle(lang, ending, s)),
    heading(t(lang, 'debriefHeading')),
    h('p', { class: 'lead', text: t(lang, 'debriefLead', { proposal: tx(lang, s.proposal.title) }) }),
    h(
      'p',
      { class: 'ending-summary' },
      h('strong', { text: endingTitle(lang, ending, s) }),
      ending.kind === 'completed' ? ` · ${t(lang, 'craftHeading')}: ${balanceTitle(lang, ending.balance)}` : '',
    ),
    room?.length ? roomSummary(lang, (id) => tx(lang, findSituation(s, id).title), room) : null,
    meterTable(lang, t(lang, 'finalMeters'), null, game.meters),
    profileSection(lang, ctx),
    timeline(lang, game.history),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'per-situation-heading' } },
      h('h2', { id: 'per-situation-heading', text: t(lang, 'perSituation') }),
      h('ol', { class: 'debrief-list' }, ...game.history.map((c, i) => situationItem(lang, s, c, i, debrief.whatIfs[i]?.alternatives ?? [], debrief.lookAhead[i] ?? null, context, room?.find((r) => r.situationId === c.situationId && r.spread.voters > 0)))),
    ),
    insideOutside(lang, s, ctx),
    h(
      'section',
      { class: 'reflection', attrs: { 'aria-labelledby': 'reflection-heading' } },
      h('h2', { id: 'reflection-heading', text: t(lang, 'reflectionHeading') }),
      h(
        'ol',
        { class: 'reflection-list' },
        ...debrief.reflections.map((r) =>
          h('li', {
            text: tx(lang, REFLECTION_TEXT[r.id])
              .replace('{strategy}', r.strategy ? STRATEGY_INFO[r.strategy].name[lang].toLowerCase() : '')
              .replace('{form}', formName(lang, s.participationForm).toLowerCase()),
          }),
        ),
      ),
    ),
    sourcesSection(lang),
    ui && ui.history.length > 1
      ? h('section', { class: 'compare', attrs: { 'aria-labelledby': 'compare-heading' } }, h('h2', { id: 'compare-heading', text: t(lang, 'compareHeading') }), historyTable(lang, ui.history.slice(0, 6)))
      : null,
    ui
      ? h(
          'section',
          { class: 'export no-print', attrs: { 'aria-labelledby': 'export-heading' } },
          h('h2', { id: 'export-heading', text: t(lang, 'exportHeading') }),
          h('p', { class: 'hint', text: t(lang, 'exportLead') }),
          h(
            'div',
            { class: 'actions' },
            button(t(lang, 'exportPrint'), () => ui.print(), { class: 'btn btn-secondary', attrs: { 'data-focus-key': 'print' } }),
            button(t(lang, 'exportJson'), () => ui.download('json'), { class: 'btn btn-secondary', attrs: { 'data-focus-key': 'export-json' } }),
            button(t(lang, 'exportCsv'), () => ui.download('csv'), { class: 'btn btn-secondary', attrs: { 'data-focus-key': 'export-csv' } }),
          ),
        )
      : null,
    h('div', { class: 'actions no-print' }, primary(t(lang, 'backToTitle'), () => send({ type: 'game.continue' }), 'continue', 'Enter'), secondary(t(lang, 'playAgain'), () => send({ type: 'game.again' }), 'again')),
  );
}
