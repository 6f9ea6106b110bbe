// Composition root: the only file that wires engine, flow, UI and view together.
import './ui/styles.css';
import { createActor } from 'xstate';
import { METERS } from './engine';
import { gameMachine } from './flow/gameMachine';
import { shippedCatalog } from './scenario/shipped';
import { meterName, t } from './ui/i18n';
import { errorScreen, mountUi, type UiActor, type UiElements } from './ui/mountUi';
import { loadLang, prefersReducedMotion } from './ui/preferences';
import type { MeterSnapshot, MeterSource } from './view/MeterSource';
import type { ScreenName } from './ui/renderScreen';

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
    announcer: byId('announcer'),
    langButton: byId('lang-switch'),
    skipLink: byId('skip-link'),
    brandTagline: byId('brand-tagline'),
  };
  const actor = createActor(gameMachine, { input: { catalog: shippedCatalog() } });
  actor.start();
  const uiActor: UiActor = {
    getSnapshot: () => {
      const s = actor.getSnapshot();
      return { value: s.value as ScreenName, context: s.context };
    },
    subscribe: (listener) => actor.subscribe(() => listener(uiActor.getSnapshot())),
    send: (event) => actor.send(event),
  };
  const ui = mountUi(uiActor, elements, storage);

  const meterSnapshot = (): MeterSnapshot => {
    const lang = ui.lang();
    const labels = Object.fromEntries(METERS.map((m) => [m, meterName(lang, m)])) as MeterSnapshot['labels'];
    return { meters: elements.metersPanel.hidden ? null : (actor.getSnapshot().context.game?.meters ?? null), lang, labels };
  };
  const source: MeterSource = {
    get: meterSnapshot,
    subscribe(listener) {
      const sub = actor.subscribe(() => listener(meterSnapshot()));
      ui.onLangChange(() => listener(meterSnapshot()));
      return () => sub.unsubscribe();
    },
    reducedMotion: prefersReducedMotion,
  };

  // Phaser arrives after the first screen is already usable.
  const canvasHost = byId('meters-canvas');
  import('./view/startMetersView')
    .then(({ startMetersView }) => {
      startMetersView(canvasHost, source);
      canvasHost.dataset.state = 'ready';
    })
    .catch(() => {
      canvasHost.dataset.state = 'failed';
      canvasHost.replaceChildren(document.createTextNode(t(ui.lang(), 'canvasFailed')));
      canvasHost.removeAttribute('aria-hidden');
    });
}

try {
  start();
} catch (error) {
  document.getElementById('main')?.replaceChildren(errorScreen(loadLang(safeStorage()), error));
}
