// Composition root: the only file that wires engine, flow, UI and view together.
import './ui/shared/styles.css';
import { createActor, fromCallback } from 'xstate';
import { JOURNEY_STAGES, METERS, PERSPECTIVES, PERSPECTIVE_INFO, lookAhead, type LookAheadSituation } from './engine';
import { findSituation } from './engine/rules';
import { gameMachine, type GameEvent, type LookAheadInput } from './flow/gameMachine';
import { shippedCatalog } from './scenario/shipped';
import { meterName, stageName, t } from './ui/shared/i18n';
import { applyHeaderLang, errorScreen, mountUi, type UiActor, type UiElements } from './ui/mountUi';
import { countFinishedGame, loadLang, prefersReducedMotion, saveIntroSeen, saveLang } from './ui/shared/preferences';
import { mountParticipant } from './ui/live/participantApp';
import type { Lang } from './engine';
import { historyEntry, recordGame } from './ui/solo/history';
import { clearSave, writeSave } from './ui/solo/savedGame';
import type { ViewSnapshot, ViewSource } from './view/ViewSource';
import type { ScreenName } from './ui/solo/renderScreen';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el as T;
}

function start(): void {
  const storage = safeStorage();
  const elements: UiElements = {
    main: byId('main'),
    metersPanel: byId('meters-panel'),
    metersText: byId('meters-text'),
    journeyText: byId('journey-text'),
    planeHost: Object.assign(document.createElement('div'), { className: 'plane-canvas', id: 'plane-canvas' }),
    announcer: byId('announcer'),
    langButton: byId('lang-switch'),
    skipLink: byId('skip-link'),
    brandTagline: byId('brand-tagline'),
  };
  const machine = gameMachine.provide({
    actions: {
      progressMade: ({ context }) => {
        if (context.mode !== 'solo' || !context.scenario || !context.game) return;
        if (context.game.ending) clearSave(storage);
        else writeSave(storage, context.scenario.id, context.game.history.map((c) => c.choice));
      },
      gameFinished: ({ context }) => {
        countFinishedGame(storage);
        if (context.scenario && context.game) recordGame(storage, historyEntry(context.scenario, context.game, new Date()));
      },
      introSeen: () => saveIntroSeen(storage),
    },
    actors: {
      // The look-ahead in a worker; where workers cannot start, the machine's own, after a tick.
      lookAhead: fromCallback<GameEvent, LookAheadInput>(({ sendBack, input }) => {
        let worker: Worker | null = null;
        let fallback: ReturnType<typeof setTimeout> | null = null;
        const onMainThread = () => {
          fallback = setTimeout(() => lookAhead(input.scenario, input.choices, (entry, index) => sendBack({ type: 'debrief.lookAhead', index, entry })), 0);
        };
        try {
          worker = new Worker(new URL('./ui/solo/lookAheadWorker.ts', import.meta.url), { type: 'module' });
          worker.onmessage = (e: MessageEvent<{ index: number; entry: LookAheadSituation }>) => sendBack({ type: 'debrief.lookAhead', ...e.data });
          worker.onerror = () => {
            worker?.terminate();
            worker = null;
            onMainThread();
          };
          worker.postMessage(input);
        } catch {
          onMainThread();
        }
        return () => {
          worker?.terminate();
          if (fallback) clearTimeout(fallback);
        };
      }),
    },
  });
  const actor = createActor(machine, { input: {} });
  actor.start();
  // The shipped scenarios arrive after the first screen; a failed fetch leaves an empty list.
  shippedCatalog()
    .then((entries) => actor.send({ type: 'catalog.loaded', entries }))
    .catch(() => actor.send({ type: 'catalog.loaded', entries: [] }));
  const uiActor: UiActor = {
    getSnapshot: () => {
      const s = actor.getSnapshot();
      return { value: s.value as ScreenName, context: s.context };
    },
    subscribe: (listener) => actor.subscribe(() => listener(uiActor.getSnapshot())),
    send: (event) => actor.send(event),
  };
  const ui = mountUi(uiActor, elements, storage);

  const viewSnapshot = (): ViewSnapshot => {
    const lang = ui.lang();
    const { game, scenario } = actor.getSnapshot().context;
    const inGame = !elements.metersPanel.hidden && game !== null;
    return {
      meters: inGame ? game.meters : null,
      journey: inGame ? game.journey : null,
      storyStage: inGame && scenario && game.current ? findSituation(scenario, game.current).stage : null,
      lang,
      meterLabels: Object.fromEntries(METERS.map((m) => [m, meterName(lang, m)])) as ViewSnapshot['meterLabels'],
      stageLabels: Object.fromEntries([...JOURNEY_STAGES, 'realised' as const].map((s) => [s, stageName(lang, s)])) as ViewSnapshot['stageLabels'],
      profile: actor.getSnapshot().context.debrief?.profile ?? null,
      perspectiveLabels: Object.fromEntries(PERSPECTIVES.map((p) => [p, PERSPECTIVE_INFO[p].name[lang]])) as ViewSnapshot['perspectiveLabels'],
      axisLabels: {
        results: t(lang, 'planeAxisResults'),
        preconditions: t(lang, 'planeAxisPreconditions'),
        insideOut: t(lang, 'planeAxisInsideOut'),
        outsideIn: t(lang, 'planeAxisOutsideIn'),
      },
    };
  };
  const source: ViewSource = {
    get: viewSnapshot,
    subscribe(listener) {
      const sub = actor.subscribe(() => listener(viewSnapshot()));
      ui.onLangChange(() => listener(viewSnapshot()));
      return () => sub.unsubscribe();
    },
    reducedMotion: prefersReducedMotion,
  };

  // Phaser arrives after the first screen is already usable.
  const hosts = { meters: byId('meters-canvas'), journey: byId('journey-canvas') };
  const views = import('./view/startViews');
  // The plane needs its host on the page to size itself: start it at the first debrief.
  let planeStarted = false;
  actor.subscribe((snapshot) => {
    if (planeStarted || snapshot.value !== 'debrief') return;
    planeStarted = true;
    views
      .then(({ startPlane }) => {
        startPlane(elements.planeHost, source);
        elements.planeHost.dataset.state = 'ready';
      })
      .catch(() => {
        elements.planeHost.dataset.state = 'failed';
      });
  });
  views
    .then(({ startViews }) => {
      startViews(hosts, source);
      hosts.meters.dataset.state = 'ready';
      hosts.journey.dataset.state = 'ready';
    })
    .catch(() => {
      for (const host of Object.values(hosts)) {
        host.dataset.state = 'failed';
        host.replaceChildren(document.createTextNode(t(ui.lang(), 'canvasFailed')));
        host.removeAttribute('aria-hidden');
      }
    });
}

/** A phone that follows a workshop's QR code or link gets the participant view instead of the game. */
function startParticipant(): void {
  const storage = safeStorage();
  let lang = loadLang(storage);
  const listeners: ((lang: Lang) => void)[] = [];
  const langButton = byId<HTMLButtonElement>('lang-switch');
  const header = { langButton, skipLink: byId<HTMLAnchorElement>('skip-link'), brandTagline: byId('brand-tagline') };
  const applyLang = () => applyHeaderLang(lang, header);
  langButton.addEventListener('click', () => {
    lang = lang === 'nl' ? 'en' : 'nl';
    saveLang(storage, lang);
    applyLang();
    for (const l of listeners) l(lang);
  });
  applyLang();
  mountParticipant({ main: byId('main'), langButton }, storage, shippedCatalog().catch(() => []), lang, (l) => listeners.push(l));
}

// After one visit the built game works offline (workshop venues with poor Wi-Fi).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without a service worker the game still works online.
    });
  });
}

/** Which page an address starts: the facilitator guide (#guide, #guide/en), the participant view (#join=…) or the game. */
const pageOf = (hash: string) => (hash === '#guide' || hash.startsWith('#guide/') ? 'guide' : hash.startsWith('#join') ? 'join' : 'game');
const page = pageOf(location.hash);
// Moving between the game, the participant view and the guide (a link, or back) starts the other.
window.addEventListener('hashchange', () => {
  if (pageOf(location.hash) !== page) location.reload();
});

/** The facilitator guide, loaded only when asked for, so the game's first download stays small. */
function startGuide(): void {
  const main = byId('main');
  import('./ui/live/facilitatorGuide')
    .then(({ guideLangFromHash, mountGuide }) => mountGuide(main, guideLangFromHash(location.hash) ?? loadLang(safeStorage()), shippedCatalog().catch(() => [])))
    .catch((error: unknown) => main.replaceChildren(errorScreen(loadLang(safeStorage()), error)));
}

try {
  if (page === 'guide') startGuide();
  else if (page === 'join') startParticipant();
  else start();
} catch (error) {
  document.getElementById('main')?.replaceChildren(errorScreen(loadLang(safeStorage()), error));
}
