// The scenario choice screen: filters, a card per scenario with its tags, broken files with their
// errors, and loading the player's own scenario file.
import { DILEMMAS, DILEMMA_INFO, PARTICIPATION_FORMS, type Lang } from '../../engine';
import type { CatalogEntry } from '../../scenario/catalog';
import { describeError } from '../../scenario/describeError';
import { TIME_BUCKETS, matchesFilter, scenarioDilemmas, type ScenarioFilter } from '../../scenario/filterScenarios';
import { LEVELS } from '../../scenario/schema';
import type { GameEvent } from '../../flow/gameMachine';
import { button, h } from '../shared/dom';
import { formName, t, tx } from '../shared/i18n';

export interface LibraryStatus {
  kind: 'info' | 'error';
  message: string;
  problems: string[];
}

/** View state of the scenario library, kept by the UI (not game state). */
export interface LibraryUi {
  filter: ScenarioFilter;
  setFilter(filter: ScenarioFilter): void;
  loadFile(file: File): void;
  remove(key: string, title: string): void;
  status: LibraryStatus | null;
}

function selectField(id: string, label: string, options: { value: string; label: string }[], value: string | undefined, onChange: (value: string | undefined) => void): HTMLElement {
  const select = h(
    'select',
    { id, attrs: { 'data-focus-key': id }, on: { change: (e) => onChange((e.target as HTMLSelectElement).value || undefined) } },
    ...options.map((o) => h('option', { text: o.label, attrs: { value: o.value, selected: o.value === (value ?? '') } })),
  );
  return h('div', { class: 'field' }, h('label', { text: label, attrs: { for: id } }), select);
}

function filters(lang: Lang, library: LibraryUi): HTMLElement {
  const all = { value: '', label: t(lang, 'filterAll') };
  const set = (patch: Partial<ScenarioFilter>) => library.setFilter({ ...library.filter, ...patch });
  return h(
    'section',
    { class: 'filters', attrs: { 'aria-labelledby': 'filters-heading' } },
    h('h2', { id: 'filters-heading', class: 'visually-hidden', text: t(lang, 'filtersHeading') }),
    selectField('filter-dilemma', t(lang, 'filterDilemma'), [all, ...DILEMMAS.map((d) => ({ value: d, label: DILEMMA_INFO[d].name[lang] }))], library.filter.dilemma, (v) =>
      set({ dilemma: v as ScenarioFilter['dilemma'] }),
    ),
    selectField('filter-form', t(lang, 'filterForm'), [all, ...PARTICIPATION_FORMS.map((f) => ({ value: f, label: formName(lang, f) }))], library.filter.form, (v) =>
      set({ form: v as ScenarioFilter['form'] }),
    ),
    selectField('filter-time', t(lang, 'filterTime'), [all, ...TIME_BUCKETS.map((b) => ({ value: b, label: t(lang, `time_${b}`) }))], library.filter.time, (v) =>
      set({ time: v as ScenarioFilter['time'] }),
    ),
    selectField('filter-level', t(lang, 'filterLevel'), [all, ...LEVELS.map((l) => ({ value: l, label: t(lang, `level_${l}`) }))], library.filter.level, (v) =>
      set({ level: v as ScenarioFilter['level'] }),
    ),
  );
}

function card(lang: Lang, entry: CatalogEntry, send: (e: GameEvent) => void, library: LibraryUi | undefined): HTMLElement {
  const custom = entry.source === 'custom' ? h('p', { class: 'badge', text: t(lang, 'customBadge', { file: entry.file }) }) : null;
  const removeButton = (title: string) =>
    entry.source === 'custom' && library
      ? button(t(lang, 'customRemove', { title }), () => library.remove(entry.key, title), { class: 'btn btn-secondary', attrs: { 'data-focus-key': `remove-${entry.key}` } })
      : null;
  if (!entry.ok) {
    return h(
      'li',
      { class: 'scenario-card scenario-broken' },
      h('h2', { text: t(lang, 'brokenScenario') }),
      custom,
      h('p', { text: t(lang, 'brokenScenarioLead', { file: entry.file }) }),
      h('ul', { class: 'error-list' }, ...entry.errors.map((e) => h('li', { text: describeError(e, lang) }))),
      h('div', { class: 'actions' }, removeButton(entry.file)),
    );
  }
  const s = entry.scenario;
  const regular = s.situations.filter((x) => x.kind === 'regular' && !x.when).length;
  const extra = s.situations.length - regular;
  const title = tx(lang, s.title);
  return h(
    'li',
    { class: `scenario-card${entry.source === 'custom' ? ' scenario-custom' : ''}`, attrs: { 'data-scenario': s.id } },
    h('h2', { text: title }),
    custom,
    h('p', { text: tx(lang, s.summary) }),
    h(
      'dl',
      { class: 'facts' },
      h('dt', { text: t(lang, 'municipality') }),
      h('dd', { text: s.municipality }),
      h('dt', { text: t(lang, 'participationForm') }),
      h('dd', { text: formName(lang, s.participationForm) }),
      h('dt', { text: t(lang, 'dilemmas') }),
      h('dd', { text: scenarioDilemmas(s).map((d) => DILEMMA_INFO[d].name[lang]).join('; ') }),
      h('dt', { text: t(lang, 'playingTime') }),
      h('dd', { text: `${t(lang, 'minutesShort', { n: s.minutes })} · ${extra ? t(lang, 'situationsExtra', { n: regular, extra }) : t(lang, 'situationsCount', { n: regular })}` }),
      h('dt', { text: t(lang, 'levels') }),
      h('dd', { text: s.levels.map((l) => t(lang, `level_${l}`)).join(', ') }),
    ),
    h(
      'div',
      { class: 'actions' },
      button(t(lang, 'playScenario', { title }), () => send({ type: 'scenario.choose', id: s.id }), { class: 'btn btn-primary', attrs: { 'data-focus-key': `play-${s.id}` } }),
      removeButton(title),
    ),
  );
}

function customSection(lang: Lang, library: LibraryUi): HTMLElement {
  const status = library.status;
  return h(
    'section',
    { class: 'card custom-load', attrs: { 'aria-labelledby': 'custom-heading' } },
    h('h2', { id: 'custom-heading', text: t(lang, 'customHeading'), attrs: { tabindex: -1 } }),
    h('p', { text: t(lang, 'customLead') }),
    h('label', { class: 'file-label', attrs: { for: 'custom-file' }, text: t(lang, 'customPick') }),
    h('input', {
      id: 'custom-file',
      attrs: { type: 'file', accept: '.json,application/json', 'data-focus-key': 'custom-file' },
      on: {
        change: (e) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) library.loadFile(file);
          input.value = '';
        },
      },
    }),
    h(
      'div',
      { class: `load-status${status ? ` load-${status.kind}` : ''}`, id: 'custom-status', attrs: { role: 'status', tabindex: -1 } },
      status ? h('p', { text: status.message }) : null,
      status?.problems.length ? h('ul', { class: 'error-list' }, ...status.problems.map((p) => h('li', { text: p }))) : null,
    ),
  );
}

export function scenarioSelectScreen(lang: Lang, catalog: CatalogEntry[], ready: boolean, send: (e: GameEvent) => void, library?: LibraryUi): (HTMLElement | null)[] {
  const filter = library?.filter ?? {};
  const shown = catalog.filter((e) => !e.ok || matchesFilter(e.scenario, filter));
  const playable = catalog.filter((e) => e.ok).length;
  return [
    library ? filters(lang, library) : null,
    !ready
      ? h('p', { class: 'hint', text: t(lang, 'catalogLoading'), attrs: { role: 'status' } })
      : h('p', { class: 'hint', attrs: { role: 'status' }, text: catalog.length ? t(lang, 'filterCount', { shown: shown.filter((e) => e.ok).length, total: playable }) : t(lang, 'noScenarios') }),
    shown.length ? h('ul', { class: 'scenario-list' }, ...shown.map((e) => card(lang, e, send, library))) : ready && catalog.length ? h('p', { text: t(lang, 'noMatch') }) : null,
    library ? customSection(lang, library) : null,
  ];
}
