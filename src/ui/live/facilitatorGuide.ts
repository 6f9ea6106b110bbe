// The facilitator guide, its own page at #guide (Dutch) and #guide/en: the arc of a workshop,
// plans, which scenario suits which group (from the catalogue, so it stays true), prompts for the
// discussion and what to do when the network fails. Printable on A4; all text is set as text.
import { DILEMMAS, DILEMMA_INFO, PARTICIPATION_FORMS, PERSPECTIVES, PERSPECTIVE_INFO, STRATEGIES, STRATEGY_INFO, type Lang, type Text } from '../../engine';
import type { CatalogEntry } from '../../scenario/catalog';
import { scenarioDilemmas } from '../../scenario/filterScenarios';
import type { Scenario } from '../../scenario/schema';
import { STRATEGY_GIST } from '../learning/learningTexts';
import { button, h } from '../shared/dom';
import { formName, meterName, t, type UiKey } from '../shared/i18n';
import {
  AFTER,
  BEFORE,
  CORE,
  DILEMMA_PROMPTS,
  DISCUSSION,
  DURING,
  GUIDE_SECTIONS,
  GUIDE_UI,
  NETWORK,
  PERSPECTIVE_ADJECTIVE,
  PLANS,
  PLANS_UI,
  SCENARIOS_UI,
  SECTION_TITLE,
  FORM_FIT,
  type GuideItem,
  type GuideSectionId,
} from './guideTexts';

/** The minutes a situation takes in the room: a quick round, and one with a discussion (the game's suggestion). */
export const ROOM_MINUTES = { quick: 4, discussed: 8 } as const;

/** The language of a guide address, or null when the address is not the guide's. */
export function guideLangFromHash(hash: string): Lang | null {
  const m = /^#guide(?:\/(nl|en))?\/?$/.exec(hash);
  return m ? ((m[1] as Lang | undefined) ?? 'nl') : null;
}

export function guideHash(lang: Lang): string {
  return lang === 'nl' ? '#guide' : '#guide/en';
}

/** The catalogue as the guide knows it: still on its way, failed, or there. */
export type GuideCatalog = 'loading' | 'failed' | CatalogEntry[];

/** A guide text with its interface labels filled in ("{votesReveal}" becomes the button's name). */
function fill(lang: Lang, text: Text, params: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name in params) return String(params[name]);
    try {
      return t(lang, name as UiKey);
    } catch {
      return whole;
    }
  });
}

const sectionId = (id: GuideSectionId) => `guide-${id}`;
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

function section(lang: Lang, id: GuideSectionId, ...children: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: `guide-section guide-section-${id}`, id: sectionId(id), attrs: { 'aria-labelledby': `${sectionId(id)}-heading`, 'data-section': id } },
    h('h2', { id: `${sectionId(id)}-heading`, text: SECTION_TITLE[id][lang], attrs: { tabindex: -1 } }),
    ...children,
  );
}

function item(lang: Lang, i: GuideItem): HTMLLIElement {
  return h('li', {}, i.lead ? h('strong', { text: i.lead[lang] }) : null, i.lead ? ' ' : null, fill(lang, i.text));
}

const paragraphs = (lang: Lang, texts: Text[]) => texts.map((text) => h('p', { text: fill(lang, text) }));
const bullets = (lang: Lang, texts: Text[], className = 'guide-list') => h('ul', { class: className }, ...texts.map((text) => h('li', { text: fill(lang, text) })));

function joinNames(lang: Lang, names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${DISCUSSION.and[lang]} ${names.at(-1)!}`;
}

// --- Sections ---

function coreSection(lang: Lang): HTMLElement {
  return section(
    lang,
    'core',
    ...paragraphs(lang, CORE.body),
    h('h3', { text: CORE.perspectivesHeading[lang] }),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'guide-table' },
        h('caption', { text: CORE.perspectivesCaption[lang] }),
        h('thead', {}, h('tr', {}, ...[CORE.colPerspective, CORE.colCitizen, CORE.colMeter].map((c) => h('th', { attrs: { scope: 'col' }, text: c[lang] })))),
        h(
          'tbody',
          {},
          ...PERSPECTIVES.map((p) =>
            h(
              'tr',
              { class: `guide-perspective perspective-${p}` },
              h('th', { attrs: { scope: 'row' }, text: PERSPECTIVE_INFO[p].name[lang] }),
              h('td', { text: PERSPECTIVE_INFO[p].citizenRole[lang] }),
              h('td', { text: meterName(lang, PERSPECTIVE_INFO[p].meter) }),
            ),
          ),
        ),
      ),
    ),
    h('p', { text: CORE.layers[lang] }),
    h('h3', { text: CORE.strategiesHeading[lang] }),
    h('p', { class: 'hint', text: CORE.strategiesLead[lang] }),
    h('ol', { class: 'guide-list guide-strategies' }, ...STRATEGIES.map((s) => h('li', {}, h('strong', { text: STRATEGY_INFO[s].name[lang] }), ': ', lowerFirst(STRATEGY_GIST[s]?.[lang] ?? '')))),
    h('p', { class: 'sources', text: CORE.sources[lang] }),
  );
}

function beforeSection(lang: Lang): HTMLElement {
  return section(lang, 'before', h('ul', { class: 'guide-list guide-checklist' }, ...BEFORE.map((i) => item(lang, i))));
}

function duringSection(lang: Lang): HTMLElement {
  return section(
    lang,
    'during',
    h('h3', { text: DURING.joinHeading[lang] }),
    ...paragraphs(lang, DURING.join),
    h('h3', { text: DURING.stepsHeading[lang] }),
    h('ol', { class: 'guide-list guide-steps' }, ...DURING.steps.map((i) => item(lang, i))),
  );
}

function afterSection(lang: Lang): HTMLElement {
  const items = AFTER.items.map((i) => item(lang, i));
  // The reflection questions belong to the last point, the reflection.
  items.at(-1)?.append(bullets(lang, AFTER.reflection, 'guide-list guide-questions'));
  return section(lang, 'after', h('ul', { class: 'guide-list' }, ...items));
}

function plansSection(lang: Lang): HTMLElement {
  const mark = ` (${GUIDE_UI.suggestion[lang]})`;
  return section(
    lang,
    'plans',
    h('p', { text: PLANS_UI.lead[lang] }),
    ...PLANS.map((plan) =>
      h(
        'div',
        { class: 'guide-plan-block' },
        h('h3', { text: plan.title[lang] }),
        h('p', { text: plan.lead[lang] }),
        h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'guide-table guide-plan', attrs: { 'data-minutes': plan.minutes } },
            h('caption', { text: fill(lang, PLANS_UI.caption, { n: plan.minutes }) + mark }),
            h('thead', {}, h('tr', {}, ...[PLANS_UI.colTime, PLANS_UI.colPart, PLANS_UI.colWhat].map((c) => h('th', { attrs: { scope: 'col' }, text: c[lang] })))),
            h(
              'tbody',
              {},
              ...plan.rows.map((row) =>
                h(
                  'tr',
                  { class: row.pause ? 'guide-pause' : undefined },
                  h('td', { class: 'guide-time', text: row.time }),
                  h('th', { attrs: { scope: 'row' }, text: row.part[lang] }),
                  h('td', { text: fill(lang, row.what) }),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

const round5 = (n: number) => Math.max(5, Math.round(n / 5) * 5);

/** The situations every game of a scenario meets; the others depend on the choices. */
const fixedSituations = (s: Scenario) => s.situations.filter((x) => x.kind === 'regular' && !x.when).length;

/** One scenario's row, from its own metadata. */
function scenarioRow(lang: Lang, entry: CatalogEntry, columns: number): HTMLTableRowElement {
  if (!entry.ok) {
    return h(
      'tr',
      { class: 'guide-broken', attrs: { 'data-scenario': entry.key } },
      h('th', { attrs: { scope: 'row' }, text: entry.file }),
      h('td', { attrs: { colspan: columns - 1 }, text: t(lang, 'brokenScenario') }),
    );
  }
  const s: Scenario = entry.scenario;
  const regular = fixedSituations(s);
  const extra = s.situations.length - regular;
  const covered = scenarioDilemmas(s);
  const missing = DILEMMAS.filter((d) => !covered.includes(d));
  const room = `${round5((regular + 1) * ROOM_MINUTES.quick)}–${round5((regular + 1) * ROOM_MINUTES.discussed)}`;
  return h(
    'tr',
    { attrs: { 'data-scenario': s.id } },
    h('th', { attrs: { scope: 'row' } }, h('span', { class: 'guide-scenario-title', text: s.title[lang] }), entry.source === 'custom' ? h('span', { class: 'badge', text: SCENARIOS_UI.custom[lang] }) : null),
    h('td', { text: formName(lang, s.participationForm) }),
    h('td', { text: s.department.name[lang] }),
    h('td', { class: 'guide-situations', text: extra ? fill(lang, SCENARIOS_UI.situations, { n: regular, extra }) : String(regular) }),
    h('td', { class: 'num', text: String(s.minutes) }),
    h('td', { class: 'num', text: room }),
    h('td', { text: missing.length === 0 ? SCENARIOS_UI.allDilemmas[lang] : fill(lang, SCENARIOS_UI.someDilemmas, { n: covered.length, missing: missing.map((d) => lowerFirst(DILEMMA_INFO[d].name[lang])).join('; ') }) }),
    h('td', { text: s.levels.map((l) => t(lang, `level_${l}`)).join(', ') }),
  );
}

/** What each scenario is about, in its own words. */
function summaries(lang: Lang, entries: CatalogEntry[]): HTMLElement | null {
  const ok = entries.flatMap((e) => (e.ok ? [e.scenario] : []));
  if (!ok.length) return null;
  return h(
    'div',
    { class: 'guide-summaries' },
    h('h3', { text: SCENARIOS_UI.summariesHeading[lang] }),
    h('dl', {}, ...ok.flatMap((s) => [h('dt', { text: s.title[lang] }), h('dd', { text: s.summary[lang] })])),
  );
}

/** The forms of participation the catalogue uses: for whom, and how the game plays them. */
function forms(lang: Lang, scenarios: Scenario[]): HTMLElement | null {
  const used = PARTICIPATION_FORMS.filter((f) => scenarios.some((s) => s.participationForm === f));
  if (!used.length) return null;
  return h(
    'div',
    { class: 'guide-forms' },
    h('h3', { text: SCENARIOS_UI.formsHeading[lang] }),
    h('ul', { class: 'guide-list' }, ...used.map((f) => h('li', {}, h('strong', { text: formName(lang, f) }), ': ', FORM_FIT[f][lang]))),
  );
}

/** Picks for the facilitator in a hurry, drawn from the scenarios' own metadata. */
function quickPicks(lang: Lang, scenarios: Scenario[]): HTMLElement | null {
  const quote = (s: Scenario) => `“${s.title[lang]}”`;
  const picks: string[] = [];
  const onboarding = scenarios.filter((s) => s.levels.includes('onboarding'));
  if (onboarding.length) picks.push(fill(lang, SCENARIOS_UI.quickOnboarding, { titles: joinNames(lang, onboarding.map(quote)) }));
  const fixed = fixedSituations;
  const fewest = Math.min(...scenarios.map(fixed));
  const shortest = scenarios.filter((s) => fixed(s) === fewest);
  if (scenarios.length > 1 && shortest.length < scenarios.length) picks.push(fill(lang, SCENARIOS_UI.quickShort, { n: fewest, titles: joinNames(lang, shortest.map(quote)) }));
  // Two forms far apart on the participation ladder, preferring scenarios made for workshops.
  const byForm = (form: (typeof PARTICIPATION_FORMS)[number]) => {
    const all = scenarios.filter((s) => s.participationForm === form);
    return all.find((s) => s.levels.includes('workshop')) ?? all[0];
  };
  const forms = PARTICIPATION_FORMS.filter((f) => byForm(f));
  if (forms.length >= 2) {
    const a = byForm(forms[0]!)!;
    const b = byForm(forms.at(-1)!)!;
    picks.push(fill(lang, SCENARIOS_UI.quickContrast, { a: quote(a), formA: lowerFirst(formName(lang, a.participationForm)), b: quote(b), formB: lowerFirst(formName(lang, b.participationForm)) }));
  }
  if (!picks.length) return null;
  return h('div', { class: 'guide-quick' }, h('h3', { text: SCENARIOS_UI.quickHeading[lang] }), h('ul', { class: 'guide-list' }, ...picks.map((p) => h('li', { text: p }))));
}

/** The scenario overview: a table rendered from the catalogue passed in. */
export function scenarioOverview(lang: Lang, catalog: GuideCatalog): HTMLElement {
  if (catalog === 'loading') return h('p', { class: 'guide-status', attrs: { role: 'status' }, text: SCENARIOS_UI.loading[lang] });
  if (catalog === 'failed') return h('p', { class: 'load-status load-error', attrs: { role: 'alert' }, text: SCENARIOS_UI.failed[lang] });
  if (catalog.length === 0) return h('p', { class: 'note', text: t(lang, 'noScenarios') });
  const cols = [
    SCENARIOS_UI.colScenario,
    SCENARIOS_UI.colForm,
    SCENARIOS_UI.colRole,
    SCENARIOS_UI.colSituations,
    SCENARIOS_UI.colSolo,
    SCENARIOS_UI.colRoom,
    SCENARIOS_UI.colDilemmas,
    SCENARIOS_UI.colLevels,
  ];
  const scenarios = catalog.flatMap((e) => (e.ok ? [e.scenario] : []));
  return h(
    'div',
    { class: 'guide-overview' },
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'guide-table guide-scenarios' },
        h('caption', { text: fill(lang, SCENARIOS_UI.caption, { n: catalog.length }) }),
        h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { attrs: { scope: 'col' }, text: c[lang] })))),
        h('tbody', {}, ...catalog.map((entry) => scenarioRow(lang, entry, cols.length))),
      ),
    ),
    h('p', { class: 'hint', text: SCENARIOS_UI.tableNote[lang] }),
    quickPicks(lang, scenarios),
    forms(lang, scenarios),
    summaries(lang, catalog),
  );
}

function scenariosSection(lang: Lang, catalog: GuideCatalog): HTMLElement {
  return section(lang, 'scenarios', h('p', { text: SCENARIOS_UI.lead[lang] }), h('div', { class: 'guide-overview-slot', attrs: { 'aria-live': 'polite' } }, scenarioOverview(lang, catalog)));
}

function discussionSection(lang: Lang): HTMLElement {
  const side = (ps: readonly (typeof PERSPECTIVES)[number][]) => joinNames(lang, ps.map((p) => PERSPECTIVE_ADJECTIVE[p][lang]));
  return section(
    lang,
    'discussion',
    h('p', { text: DISCUSSION.lead[lang] }),
    bullets(lang, DISCUSSION.tips),
    h('h3', { text: DISCUSSION.generalHeading[lang] }),
    bullets(lang, DISCUSSION.general, 'guide-list guide-questions'),
    h('h3', { text: DISCUSSION.perDilemmaHeading[lang] }),
    h('p', { text: DISCUSSION.perDilemmaLead[lang] }),
    h(
      'div',
      { class: 'guide-dilemmas' },
      ...DILEMMAS.map((d) => {
        const prompts = DILEMMA_PROMPTS[d];
        const [inside, outside] = DILEMMA_INFO[d].poles;
        const poles = fill(lang, DISCUSSION.poles, { a: side(inside), b: side(outside) });
        return h(
          'div',
          { class: 'guide-dilemma', attrs: { 'data-dilemma': d } },
          h('h4', { text: DILEMMA_INFO[d].name[lang] }),
          h('p', {}, fill(lang, prompts.tension), ' ', h('span', { class: 'guide-poles', text: poles.charAt(0).toUpperCase() + poles.slice(1) })),
          bullets(lang, prompts.questions, 'guide-list guide-questions'),
          prompts.tip ? h('p', { class: 'guide-tip', text: prompts.tip[lang] }) : null,
        );
      }),
    ),
  );
}

function networkSection(lang: Lang): HTMLElement {
  const perspectives = PERSPECTIVES.map((p, i) => `${i + 1} ${PERSPECTIVE_INFO[p].name[lang]}`).join(', ');
  return section(
    lang,
    'network',
    h('p', { text: NETWORK.lead[lang] }),
    h('h3', { text: NETWORK.cardsHeading[lang] }),
    h('p', { text: fill(lang, NETWORK.cards, { list: STRATEGIES.map((s, i) => `${i + 1} ${STRATEGY_INFO[s].name[lang]}`).join(', ') }) }),
    h('p', { text: fill(lang, NETWORK.cardsPrioritise, { list: perspectives }) }),
    h('h3', { text: NETWORK.groupHeading[lang] }),
    bullets(lang, NETWORK.group),
    h('h3', { text: NETWORK.midwayHeading[lang] }),
    bullets(lang, NETWORK.midway),
    h('h3', { text: NETWORK.keptHeading[lang] }),
    bullets(lang, NETWORK.kept),
  );
}

// --- The page ---

/** In-page links that scroll instead of changing the address: the hash is the app's route. */
function contents(lang: Lang): HTMLElement {
  return h(
    'nav',
    { class: 'guide-contents no-print', attrs: { 'aria-labelledby': 'guide-contents-heading' } },
    h('h2', { id: 'guide-contents-heading', class: 'guide-contents-heading', text: GUIDE_UI.contents[lang] }),
    h(
      'ol',
      {},
      ...GUIDE_SECTIONS.map((id) =>
        h(
          'li',
          {},
          h('a', {
            text: SECTION_TITLE[id][lang],
            attrs: { href: `#${sectionId(id)}` },
            on: {
              click: (e) => {
                e.preventDefault();
                const target = document.getElementById(`${sectionId(id)}-heading`);
                target?.scrollIntoView({ block: 'start' });
                target?.focus({ preventScroll: true });
              },
            },
          }),
        ),
      ),
    ),
  );
}

function toolbar(lang: Lang): HTMLElement {
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return h(
    'div',
    { class: 'guide-toolbar no-print', attrs: { role: 'group', 'aria-label': GUIDE_UI.toolbar[lang] } },
    button(GUIDE_UI.print[lang], () => window.print(), { class: 'btn btn-primary', attrs: { 'data-focus-key': 'guide-print' } }),
    h('a', { class: 'btn btn-secondary', text: GUIDE_UI.switchTo[lang], attrs: { href: guideHash(other), lang: other, hreflang: other, 'aria-label': GUIDE_UI.switchToLabel[lang], 'data-focus-key': 'guide-lang' } }),
    h('a', { class: 'btn btn-secondary', text: GUIDE_UI.toGame[lang], attrs: { href: './', 'data-focus-key': 'guide-game' } }),
  );
}

/** The whole guide in one language; the scenario table shows the catalogue as it stands. */
export function renderGuide(lang: Lang, catalog: GuideCatalog): HTMLElement {
  return h(
    'article',
    { class: 'guide', attrs: { 'aria-labelledby': 'guide-heading', lang, 'data-guide-lang': lang } },
    h('p', { class: 'kicker', text: GUIDE_UI.kicker[lang] }),
    h('h1', { id: 'guide-heading', text: GUIDE_UI.title[lang], attrs: { tabindex: -1 } }),
    h('p', { class: 'lead', text: GUIDE_UI.lead[lang] }),
    h('p', { class: 'note guide-status-note' }, h('strong', { text: GUIDE_UI.statusLead[lang] }), ' ', GUIDE_UI.status[lang]),
    toolbar(lang),
    contents(lang),
    coreSection(lang),
    beforeSection(lang),
    duringSection(lang),
    afterSection(lang),
    plansSection(lang),
    scenariosSection(lang, catalog),
    discussionSection(lang),
    networkSection(lang),
  );
}

/** The page's own header (index.html's topbar): its texts, and its language button switches the guide. */
function applyHeader(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = `${GUIDE_UI.title[lang]} · Spagaat`;
  const skip = document.getElementById('skip-link');
  if (skip) skip.textContent = t(lang, 'skipLink');
  const tagline = document.getElementById('brand-tagline');
  if (tagline) tagline.textContent = t(lang, 'brandTagline');
  const langButton = document.getElementById('lang-switch');
  if (langButton) {
    langButton.textContent = t(lang, 'langSwitch');
    langButton.setAttribute('aria-label', t(lang, 'langSwitchLabel'));
    langButton.lang = lang === 'nl' ? 'en' : 'nl';
  }
}

/**
 * Shows the guide in `main` and keeps it in step with the address (#guide ↔ #guide/en) and the
 * catalogue once it arrives. Reads and writes no stored data, so a running workshop in another
 * tab is left alone.
 */
export function mountGuide(main: HTMLElement, lang: Lang, catalog: Promise<CatalogEntry[]>): void {
  let current = lang;
  let entries: GuideCatalog = 'loading';
  const render = () => {
    applyHeader(current);
    main.replaceChildren(renderGuide(current, entries));
  };
  const switchTo = (next: Lang) => {
    if (next === current) return;
    current = next;
    render();
    main.querySelector<HTMLElement>('#guide-heading')?.focus();
  };
  catalog.then(
    (list) => {
      entries = list;
      // Only the table changes, so focus and scroll position stay where the reader is.
      main.querySelector('.guide-overview-slot')?.replaceChildren(scenarioOverview(current, entries));
    },
    () => {
      entries = 'failed';
      main.querySelector('.guide-overview-slot')?.replaceChildren(scenarioOverview(current, entries));
    },
  );
  window.addEventListener('hashchange', () => {
    const next = guideLangFromHash(location.hash);
    if (next) switchTo(next);
  });
  document.getElementById('lang-switch')?.addEventListener('click', () => {
    location.hash = guideHash(current === 'nl' ? 'en' : 'nl');
  });
  // The skip link's "#main" would change the route; move the focus without touching the address.
  document.getElementById('skip-link')?.addEventListener('click', (e) => {
    e.preventDefault();
    main.focus();
  });
  render();
}
