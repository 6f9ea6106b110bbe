// The accessible DOM view of the game machine: renders each state as a screen, moves focus to
// new content, announces changes, and maps keys to events. It decides nothing itself.
import { METERS, PERSPECTIVES, STRATEGIES, type Lang } from '../engine';
import type { GameContext, GameEvent } from '../flow/gameMachine';
import { downloadText, h } from './shared/dom';
import { confirmDialog } from './shared/confirmDialog';
import { formatDelta, meterName, signed, stageName, t } from './shared/i18n';
import { loadIntroSeen, loadLang, loadPresentation, loadPreview, saveLang, savePresentation, savePreview } from './shared/preferences';
import { clearHistory, deleteGame, loadHistory, takeRepairNotice } from './solo/history';
import type { LearningUi } from './learning/learningScreens';
import { patchLookAhead, type DebriefUi } from './solo/debriefScreen';
import { createWorkshop } from './live/workshopController';
import { clearSave, readSave, type SavedGame } from './solo/savedGame';
import type { ResumeUi } from './solo/renderScreen';
import { gameCsv, gameExport, type Perspective } from '../engine';
import { renderScreen, type ScreenName } from './solo/renderScreen';
import type { UiActor, UiSnapshot } from './shared/uiActor';
import type { LibraryStatus, LibraryUi } from './solo/scenarioSelectScreen';
import { forgetScenario, loadStoredScenarios, readScenarioFile, storeScenario } from './solo/customScenarios';
import { addCustom, catalogEntry, type CatalogEntry } from '../scenario/catalog';
import { describeError } from '../scenario/describeError';
import type { ScenarioFilter } from '../scenario/filterScenarios';
import { PERSPECTIVE_INFO, STRATEGY_INFO, diffMeters, stageAt } from '../engine';
import { findSituation } from '../engine/rules';

export type { UiActor, UiSnapshot } from './shared/uiActor';

export interface UiElements {
  main: HTMLElement;
  metersPanel: HTMLElement;
  metersText: HTMLElement;
  journeyText: HTMLElement;
  /** The craft-profile canvas host; kept across renders and moved into the debrief's slot. */
  planeHost: HTMLElement;
  announcer: HTMLElement;
  langButton: HTMLButtonElement;
  skipLink: HTMLAnchorElement;
  brandTagline: HTMLElement;
}

const ENTER_EVENTS: Partial<Record<ScreenName, GameEvent>> = {
  title: { type: 'game.start' },
  lobby: { type: 'game.continue' },
  intro: { type: 'intro.next' },
  briefing: { type: 'game.continue' },
  consequence: { type: 'game.continue' },
  ending: { type: 'game.continue' },
  debrief: { type: 'game.continue' },
};

const ESCAPE_EVENTS: Partial<Record<ScreenName, GameEvent>> = {
  scenarioSelect: { type: 'nav.back' },
  intro: { type: 'nav.back' },
  glossary: { type: 'nav.back' },
  history: { type: 'nav.back' },
  choosingPriority: { type: 'nav.back' },
};

const IN_GAME: ReadonlySet<ScreenName> = new Set(['lobby', 'briefing', 'situation', 'choosingPriority', 'consequence', 'ending', 'debrief']);

export interface MountedUi {
  lang(): Lang;
  onLangChange(listener: (lang: Lang) => void): void;
}

export function mountUi(actor: UiActor, el: UiElements, storage: Storage | null): MountedUi {
  let lang = loadLang(storage);
  let filter: ScenarioFilter = {};
  let status: LibraryStatus | null = null;
  const setStatus = (next: LibraryStatus | null) => {
    status = next;
    render(actor.getSnapshot());
    // The status region announces itself; put focus there too when something went wrong.
    if (next?.kind === 'error') el.main.querySelector<HTMLElement>('#custom-status')?.focus();
  };
  async function loadFile(file: File): Promise<void> {
    const read = await readScenarioFile(file);
    if (!read.ok) {
      const key = read.problem === 'too-large' ? 'customTooLarge' : read.problem === 'not-text' ? 'customNotText' : 'customUnreadable';
      return setStatus({ kind: 'error', message: t(lang, key, { file: file.name }), problems: [] });
    }
    const entry = catalogEntry(file.name, read.text, 'custom');
    if (!entry.ok) {
      return setStatus({ kind: 'error', message: t(lang, 'customBroken', { file: file.name }), problems: entry.errors.map((e) => describeError(e, lang)) });
    }
    const title = entry.scenario.title[lang];
    const { outcome } = addCustom(actor.getSnapshot().context.catalog, entry);
    if (outcome === 'id-taken') return setStatus({ kind: 'error', message: t(lang, 'customIdTaken', { file: file.name, id: entry.scenario.id }), problems: [] });
    const stored = storeScenario(storage, entry.key, file.name, read.text);
    actor.send({ type: 'catalog.add', entry });
    const loaded = t(lang, outcome === 'replaced' ? 'customReplaced' : 'customLoaded', { title });
    const message = entry.migrated ? `${loaded} ${t(lang, 'customMigrated')}` : loaded;
    setStatus({ kind: 'info', message: stored ? message : `${message} ${t(lang, 'customNotStored')}`, problems: [] });
  }
  // The player's own scenarios come in once the shipped ones are known, so a stored one whose id
  // is now a shipped scenario's is refused with a message instead of standing beside it twice.
  const stored = loadStoredScenarios(storage);
  let storedAdded = false;
  function addStored(catalog: CatalogEntry[]): void {
    storedAdded = true;
    const messages: string[] = [];
    for (const entry of stored.entries) {
      if (catalog.some((e) => e.source === 'shipped' && e.key === entry.key)) {
        forgetScenario(storage, entry.key);
        messages.push(t(lang, 'customStoredIdTaken', { file: entry.file, id: entry.key }));
      } else actor.send({ type: 'catalog.add', entry });
    }
    if (stored.removed.length) messages.push(t(lang, 'customStoredDamaged', { files: stored.removed.join(', ') }));
    if (messages.length) setStatus({ kind: 'error', message: messages.join(' '), problems: [] });
  }
  actor.subscribe((s) => {
    if (!storedAdded && s.context.catalogReady) addStored(s.context.catalog);
  });
  const library: LibraryUi = {
    get filter() {
      return filter;
    },
    setFilter(next) {
      filter = next;
      render(actor.getSnapshot());
    },
    loadFile: (file) => void loadFile(file),
    remove(key, title) {
      forgetScenario(storage, key);
      actor.send({ type: 'catalog.remove', key });
      setStatus({ kind: 'info', message: t(lang, 'customRemoved', { title }), problems: [] });
      el.main.querySelector<HTMLElement>('#custom-heading')?.focus();
    },
    get status() {
      return status;
    },
  };
  let quadrant: Perspective | null = null;
  // Damaged history records found on this page's reads: removed at once, reported on the history screen.
  let historyRepaired = 0;
  const readHistory = () => {
    const entries = loadHistory(storage);
    historyRepaired += takeRepairNotice();
    return entries;
  };
  const learning: LearningUi = {
    get introSeen() {
      return loadIntroSeen(storage);
    },
    get history() {
      return readHistory();
    },
    get historyRepaired() {
      return historyRepaired;
    },
    deleteGame(id) {
      deleteGame(storage, id);
      render(actor.getSnapshot());
      el.main.querySelector<HTMLElement>('#screen-heading')?.focus();
    },
    clearHistory() {
      clearHistory(storage);
      render(actor.getSnapshot());
      el.main.querySelector<HTMLElement>('#screen-heading')?.focus();
    },
    get quadrant() {
      return quadrant;
    },
    setQuadrant(p) {
      quadrant = p;
      render(actor.getSnapshot());
    },
  };
  const debriefUi: DebriefUi = {
    print: () => window.print(),
    download(kind) {
      const { scenario, game } = actor.getSnapshot().context;
      if (!scenario || !game) return;
      const stamp = new Date().toISOString();
      const name = `spagaat-${scenario.id}-${stamp.slice(0, 10)}.${kind}`;
      if (kind === 'json') downloadText(name, JSON.stringify(gameExport(scenario, game, stamp), null, 2), 'application/json');
      else downloadText(name, gameCsv(scenario, game), 'text/csv');
    },
    get history() {
      return readHistory();
    },
  };
  // The saved game is read once the scenarios are known; a broken one is reported once and removed.
  let saved: SavedGame | null = null;
  const resume: ResumeUi = {
    get saved(): SavedGame {
      const ctx = actor.getSnapshot().context;
      if (!ctx.catalogReady) return { status: 'none' };
      if (saved === null) {
        saved = readSave(storage, ctx.catalog);
        if (saved.status === 'broken') clearSave(storage);
      }
      return saved;
    },
    resume() {
      const current = resume.saved;
      if (current.status === 'ok') actor.send({ type: 'game.resume', scenarioId: current.scenario.id, choices: current.choices });
    },
    discard() {
      clearSave(storage);
      saved = { status: 'none' };
      render(actor.getSnapshot());
      el.main.querySelector<HTMLElement>('#screen-heading')?.focus();
    },
  };
  const workshop = createWorkshop(actor, () => render(actor.getSnapshot()), () => lang, storage);
  /** Stopping a running workshop ends it for every phone: asked first, never by one stray click. */
  let confirming = false;
  const send = (event: GameEvent) => {
    const { context } = actor.getSnapshot();
    const running = context.mode === 'live' && workshop.live.code !== null && workshop.live.state?.phase !== 'ended' && !workshop.live.lost;
    if (event.type !== 'game.quit' || !running) {
      actor.send(event);
      return;
    }
    if (confirming) return;
    confirming = true;
    void confirmDialog({ heading: t(lang, 'stopHeading'), body: t(lang, 'stopBody'), yes: t(lang, 'stopYes'), no: t(lang, 'stopNo') }).then((yes) => {
      confirming = false;
      if (yes) workshop.live.stop();
    });
  };
  /** A switch the player sets once and the browser keeps (the effect preview, presentation mode). */
  const setting = (initial: boolean, save: (storage: Storage | null, on: boolean) => void) => {
    let value = initial;
    return {
      get on() {
        return value;
      },
      set(on: boolean) {
        value = on;
        save(storage, on);
        render(actor.getSnapshot());
      },
    };
  };
  const presentation = setting(loadPresentation(storage), savePresentation);
  const preview = setting(loadPreview(storage), savePreview);
  const langListeners: ((lang: Lang) => void)[] = [];
  let lastScreenKey = '';
  let lastConsequenceCount = 0;

  const screenKey = (s: UiSnapshot) => `${s.value}:${s.context.game?.current ?? ''}:${s.context.game?.history.length ?? 0}`;

  function render(snapshot: UiSnapshot): void {
    const key = screenKey(snapshot);
    const isNewScreen = key !== lastScreenKey;
    const focusKey = document.activeElement instanceof HTMLElement && el.main.contains(document.activeElement) ? document.activeElement.dataset.focusKey : undefined;

    try {
      el.main.replaceChildren(renderScreen({ screen: snapshot.value, ctx: snapshot.context, lang, send, preview, presentation, library, learning, debriefUi, live: workshop.live, group: workshop.group, resume }));
    } catch (error) {
      // Never a blank page: say what went wrong and keep the language switch usable.
      el.main.replaceChildren(errorScreen(lang, error));
      lastScreenKey = '';
      return;
    }
    renderMeters(snapshot);
    // The plane canvas lives on between renders: put it in the debrief's slot, or park it.
    const slot = el.main.querySelector('[data-slot="plane"]');
    if (slot) slot.replaceWith(el.planeHost);
    else el.planeHost.remove();

    if (isNewScreen) {
      lastScreenKey = key;
      const headingEl = el.main.querySelector<HTMLElement>('#screen-heading');
      // Move focus to the new content so keyboard and screen-reader users start at its heading.
      headingEl?.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
    } else if (focusKey) {
      el.main.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
    }
    announceConsequence(snapshot);
  }

  function renderMeters(snapshot: UiSnapshot): void {
    const game = snapshot.context.game;
    // The lobby has nothing to measure yet: the room sees the code and the QR code, not empty meters.
    const show = IN_GAME.has(snapshot.value) && snapshot.value !== 'lobby' && game !== null;
    // A workshop (and a lecture in presentation mode) is read from the back of the room.
    document.documentElement.classList.toggle('projector', snapshot.context.mode !== 'solo' || presentation.on);
    el.metersPanel.hidden = !show;
    document.body.classList.toggle('in-game', show);
    if (!show || !game) return;
    const last = snapshot.context.consequence;
    const change = last && snapshot.value === 'consequence' ? diffMeters(last.before, last.after) : {};
    el.metersText.replaceChildren(
      ...METERS.map((m) =>
        h(
          'li',
          { class: `meter-text meter-${m}` },
          h('span', { class: 'meter-name', text: meterName(lang, m) }),
          h('span', { class: 'meter-value', text: String(game.meters[m]) }),
          change[m] ? h('span', { class: `meter-change ${(change[m] ?? 0) > 0 ? 'up' : 'down'}`, text: signed(change[m] ?? 0) }) : null,
        ),
      ),
    );
    // The journey canvas's text equivalent, plus the hidden pressures of the consequence model.
    const j = game.journey;
    const scenario = snapshot.context.scenario;
    const story = scenario && game.current ? findSituation(scenario, game.current).stage : null;
    const lines = [
      j.position >= 6 ? t(lang, 'journeyRealised') : t(lang, 'journeyAt', { stage: stageName(lang, stageAt(j)).toLowerCase() }),
      t(lang, `status_${j.status}`, { changes: j.changes }),
      story ? t(lang, 'journeyStory', { stage: stageName(lang, story).toLowerCase() }) : '',
      game.strain.level > 0 && game.strain.perspective
        ? t(lang, 'strainNote', { level: game.strain.level, perspective: PERSPECTIVE_INFO[game.strain.perspective].name[lang].toLowerCase() })
        : '',
      game.siloDebt > 0 ? t(lang, 'siloNote', { debt: game.siloDebt }) : '',
    ].filter(Boolean);
    el.journeyText.replaceChildren(...lines.map((line) => h('li', { text: line })));
  }

  function announceConsequence(snapshot: UiSnapshot): void {
    const count = snapshot.context.game?.history.length ?? 0;
    if (count === lastConsequenceCount) return;
    lastConsequenceCount = count;
    const c = snapshot.context.consequence;
    if (!c || count === 0) return;
    const changes = formatDelta(lang, diffMeters(c.before, c.after));
    const now = METERS.map((m) => `${meterName(lang, m)} ${c.after[m]}`).join(', ');
    el.announcer.textContent = `${t(lang, 'announceConsequence', { strategy: STRATEGY_INFO[c.choice.strategy].name[lang], changes })} ${now}.`;
  }

  function applyLang(): void {
    applyHeaderLang(lang, el);
    document.body.dataset.dropHint = t(lang, 'dropHint');
    el.metersPanel.querySelector('#meters-heading')!.textContent = t(lang, 'metersHeading');
    el.metersPanel.querySelector('#journey-heading')!.textContent = t(lang, 'journeyHeading');
  }

  el.langButton.addEventListener('click', () => {
    lang = lang === 'nl' ? 'en' : 'nl';
    saveLang(storage, lang);
    applyLang();
    render(actor.getSnapshot());
    for (const listener of langListeners) listener(lang);
  });

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const snapshot = actor.getSnapshot();
    const digit = /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
    if (snapshot.value === 'situation' && digit >= 0 && digit < STRATEGIES.length) {
      event.preventDefault();
      actor.send({ type: 'strategy.choose', strategy: STRATEGIES[digit]! });
    } else if (snapshot.value === 'choosingPriority' && digit >= 0 && digit < PERSPECTIVES.length) {
      event.preventDefault();
      actor.send({ type: 'perspective.choose', perspective: PERSPECTIVES[digit]! });
    } else if (event.key === 'Enter' && ENTER_EVENTS[snapshot.value] && !target?.closest('button, a, summary')) {
      // On a focused button Enter already clicks it; elsewhere it continues.
      event.preventDefault();
      actor.send(ENTER_EVENTS[snapshot.value]!);
    } else if (snapshot.value === 'intro' && (event.key === 'ArrowRight' || event.key === 'ArrowLeft') && !target?.closest('.plane-grid')) {
      event.preventDefault();
      actor.send({ type: event.key === 'ArrowRight' ? 'intro.next' : 'intro.back' });
    } else if (event.key === 'Escape' && ESCAPE_EVENTS[snapshot.value]) {
      event.preventDefault();
      actor.send(ESCAPE_EVENTS[snapshot.value]!);
    }
  });

  // A printed debrief shows every what-if, not just the ones opened on screen.
  window.addEventListener('beforeprint', () => el.main.querySelectorAll('details').forEach((d) => (d.open = true)));

  // Dropping a file anywhere on the page while choosing a scenario loads it.
  document.addEventListener('dragover', (event) => {
    if (actor.getSnapshot().value !== 'scenarioSelect' || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    document.body.classList.add('dropping');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) document.body.classList.remove('dropping');
  });
  document.addEventListener('drop', (event) => {
    document.body.classList.remove('dropping');
    if (actor.getSnapshot().value !== 'scenarioSelect') return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void loadFile(file);
  });

  applyLang();
  render(actor.getSnapshot());
  let lastDebrief: GameContext['debrief'] = null;
  actor.subscribe((snapshot) => {
    // A message about a loaded file belongs to the visit of the choice screen that made it.
    if (snapshot.value !== 'scenarioSelect') status = null;
    // Back on the title, the saved game may have changed: read it again there.
    if (snapshot.value !== 'title') saved = null;
    const debrief = snapshot.context.debrief;
    // The look-ahead arriving changes only the what-ifs: fill them in where they are.
    const onlyLookAhead = screenKey(snapshot) === lastScreenKey && debrief && lastDebrief && debrief !== lastDebrief && debrief.profile === lastDebrief.profile;
    lastDebrief = debrief;
    if (!onlyLookAhead) render(snapshot);
    else if (snapshot.value === 'debrief') patchLookAhead(el.main, lang, debrief.lookAhead);
  });
  return { lang: () => lang, onLangChange: (listener) => langListeners.push(listener) };
}

/** The page language and the header's texts: shared by the game and the phone view. */
export function applyHeaderLang(lang: Lang, el: Pick<UiElements, 'langButton' | 'skipLink' | 'brandTagline'>): void {
  document.documentElement.lang = lang;
  el.langButton.textContent = t(lang, 'langSwitch');
  el.langButton.setAttribute('aria-label', t(lang, 'langSwitchLabel'));
  el.langButton.lang = lang === 'nl' ? 'en' : 'nl';
  el.skipLink.textContent = t(lang, 'skipLink');
  el.brandTagline.textContent = t(lang, 'brandTagline');
}

export function errorScreen(lang: Lang, error: unknown): HTMLElement {
  return h(
    'section',
    { class: 'screen screen-error', attrs: { 'aria-labelledby': 'screen-heading', role: 'alert' } },
    h('h1', { id: 'screen-heading', text: t(lang, 'startLoadError'), attrs: { tabindex: -1 } }),
    h('p', { text: error instanceof Error ? error.message : String(error) }),
  );
}

