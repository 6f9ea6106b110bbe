// The game flow: title → scenario choice → briefing → situation ⇄ choosing a priority →
// consequence → … → ending → debrief → title. The machine decides; views render and send events.
import { and, assign, fromCallback, setup, spawnChild, stopChild } from 'xstate';
import {
  applyChoice,
  craftProfile,
  isLegalChoice,
  lookAhead,
  reflectionQuestions,
  startGame,
  whatIfs,
  replayChoices,
  type Choice,
  type Consequence,
  type CraftProfile,
  type GameState,
  type LookAheadSituation,
  type Perspective,
  type Reflection,
  type Strategy,
  type WhatIf,
} from '../engine';
import { addCustom, type CatalogEntry } from '../scenario/catalog';
import type { Scenario } from '../scenario/schema';

export interface GameContext {
  catalog: CatalogEntry[];
  /** False until the shipped scenarios have been fetched and parsed. */
  catalogReady: boolean;
  scenario: Scenario | null;
  game: GameState | null;
  /** The latest consequence, shown on the consequence screen. */
  consequence: Consequence | null;
  /** Advisors consulted in the current situation, in the order asked. */
  consulted: Perspective[];
  /** Worked out by the engine when a game ends: what the debrief shows. */
  debrief: Debrief | null;
  /** Which page of the first-play introduction is open. */
  introStep: number;
  /** Solo play; a live workshop where phones vote; or one screen where the facilitator enters the room's tallies. */
  mode: PlayMode;
}

export type PlayMode = 'solo' | 'live' | 'group';

export interface Debrief {
  profile: CraftProfile;
  whatIfs: WhatIf[];
  /** Per situation, filled in as the look-ahead finds it: the best ending still within reach after each option. */
  lookAhead: (LookAheadSituation | null)[];
  reflections: Reflection[];
}

export interface LookAheadInput {
  scenario: Scenario;
  choices: Choice[];
}

/**
 * The look-ahead searches the game tree, which can take seconds: the host supplies one that runs
 * off the main thread (machine.provide). This one, for tests and as a fallback, runs after a tick.
 */
export const mainThreadLookAhead = fromCallback<GameEvent, LookAheadInput>(({ sendBack, input }) => {
  const timer = setTimeout(() => lookAhead(input.scenario, input.choices, (entry, index) => sendBack({ type: 'debrief.lookAhead', index, entry })), 0);
  return () => clearTimeout(timer);
});

/** The pages of the first-play introduction. */
export const INTRO_STEPS = 4;

export type GameEvent =
  | { type: 'catalog.loaded'; entries: CatalogEntry[] }
  | { type: 'catalog.add'; entry: CatalogEntry }
  | { type: 'catalog.remove'; key: string }
  | { type: 'game.start' }
  | { type: 'game.continue' }
  | { type: 'game.quit' }
  | { type: 'nav.back' }
  | { type: 'scenario.choose'; id: string }
  | { type: 'advisor.consult'; perspective: Perspective }
  | { type: 'strategy.choose'; strategy: Strategy }
  | { type: 'perspective.choose'; perspective: Perspective; perCase?: boolean }
  | { type: 'intro.open' }
  | { type: 'intro.next' }
  | { type: 'intro.back' }
  | { type: 'glossary.open' }
  | { type: 'history.open' }
  | { type: 'game.again' }
  | { type: 'mode.choose'; mode: PlayMode }
  /** `mode: 'live'` carries on a workshop whose facilitator reloaded or came back on another device. */
  | { type: 'game.resume'; scenarioId: string; choices: Choice[]; mode?: PlayMode }
  | { type: 'debrief.lookAhead'; index: number; entry: LookAheadSituation };

export interface GameInput {
  /** Scenarios known at start; without it the machine waits for `catalog.loaded`. */
  catalog?: CatalogEntry[];
}

function playable(catalog: CatalogEntry[], id: string): Scenario | null {
  const entry = catalog.find((e) => e.ok && e.scenario.id === id);
  return entry?.ok ? entry.scenario : null;
}

export const gameMachine = setup({
  types: {} as { context: GameContext; events: GameEvent; input: GameInput },
  actors: { lookAhead: mainThreadLookAhead },
  guards: {
    isPlayable: ({ context, event }) => event.type === 'scenario.choose' && playable(context.catalog, event.id) !== null,
    isPrioritise: ({ event }) => event.type === 'strategy.choose' && event.strategy === 'prioritise',
    hasEnded: ({ context }) => (context.game?.ending ?? null) !== null,
    isLive: ({ context }) => context.mode === 'live',
    canResume: ({ context, event }) => {
      if (event.type !== 'game.resume') return false;
      const scenario = playable(context.catalog, event.scenarioId);
      if (!scenario) return false;
      const replay = replayChoices(scenario, event.choices);
      return replay.ok && replay.state.ending === null;
    },
    resumesInLobby: ({ event }) => event.type === 'game.resume' && event.mode === 'live' && event.choices.length === 0,
    isLastIntroStep: ({ context }) => context.introStep >= INTRO_STEPS - 1,
    isFirstIntroStep: ({ context }) => context.introStep === 0,
    isOpenPerspective: ({ context, event }) =>
      event.type === 'perspective.choose' &&
      context.scenario !== null &&
      context.game !== null &&
      isLegalChoice(context.scenario, context.game, { strategy: 'prioritise', perspective: event.perspective, perCase: event.perCase }),
  },
  actions: {
    loadCatalog: assign({
      // A custom scenario never stands beside a shipped one with the same id (mountUi refuses it with a message).
      catalog: ({ context, event }) =>
        event.type === 'catalog.loaded' ? [...event.entries, ...context.catalog.filter((e) => e.source === 'custom' && !event.entries.some((s) => s.key === e.key))] : context.catalog,
      catalogReady: true,
    }),
    addCustomScenario: assign({
      catalog: ({ context, event }) => (event.type === 'catalog.add' ? addCustom(context.catalog, event.entry).catalog : context.catalog),
    }),
    removeCustomScenario: assign({
      catalog: ({ context, event }) =>
        event.type === 'catalog.remove' ? context.catalog.filter((e) => !(e.source === 'custom' && e.key === event.key)) : context.catalog,
    }),
    startScenario: assign(({ context, event }) => {
      const scenario = event.type === 'scenario.choose' ? playable(context.catalog, event.id) : null;
      return { scenario, game: scenario && startGame(scenario), consequence: null, consulted: [] };
    }),
    consultAdvisor: assign({
      consulted: ({ context, event }) =>
        event.type === 'advisor.consult' && !context.consulted.includes(event.perspective) ? [...context.consulted, event.perspective] : context.consulted,
    }),
    chooseStrategy: assign(({ context, event }) =>
      event.type === 'strategy.choose' ? play(context, { strategy: event.strategy }) : {},
    ),
    choosePerspective: assign(({ context, event }) =>
      event.type === 'perspective.choose' ? play(context, { strategy: 'prioritise', perspective: event.perspective, perCase: event.perCase }) : {},
    ),
    clearConsulted: assign({ consulted: [] }),
    restartScenario: assign(({ context }) => ({ game: context.scenario && startGame(context.scenario), consequence: null, consulted: [], debrief: null })),
    leaveGame: assign({ scenario: null, game: null, consequence: null, consulted: [], debrief: null }),
    prepareDebrief: assign({ debrief: ({ context }) => (context.scenario && context.game ? debriefOf(context.scenario, context.game) : null) }),
    startLookAhead: spawnChild('lookAhead', {
      id: 'lookAhead',
      input: ({ context }) => ({ scenario: context.scenario!, choices: context.game!.history.map((c) => c.choice) }),
    }),
    stopLookAhead: stopChild('lookAhead'),
    storeLookAhead: assign({
      debrief: ({ context, event }) => {
        if (event.type !== 'debrief.lookAhead' || !context.debrief) return context.debrief;
        const lookAhead = [...context.debrief.lookAhead];
        lookAhead[event.index] = event.entry;
        return { ...context.debrief, lookAhead };
      },
    }),
    openIntro: assign({ introStep: 0 }),
    resumeGame: assign(({ context, event }) => {
      const scenario = event.type === 'game.resume' ? playable(context.catalog, event.scenarioId) : null;
      const replay = scenario && event.type === 'game.resume' ? replayChoices(scenario, event.choices) : null;
      return { scenario, game: replay?.ok ? replay.state : null, consequence: null, consulted: [], mode: event.type === 'game.resume' ? (event.mode ?? 'solo') : 'solo' };
    }),
    chooseMode: assign({ mode: ({ event }) => (event.type === 'mode.choose' ? event.mode : 'solo') }),
    nextIntroStep: assign({ introStep: ({ context }) => Math.min(INTRO_STEPS - 1, context.introStep + 1) }),
    previousIntroStep: assign({ introStep: ({ context }) => Math.max(0, context.introStep - 1) }),
    // Side effects the host supplies with machine.provide: remembering a finished game, keeping
    // the game in progress, marking the introduction seen.
    gameFinished: () => {},
    progressMade: () => {},
    introSeen: () => {},
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({
    catalog: input.catalog ?? [],
    catalogReady: input.catalog !== undefined,
    scenario: null,
    game: null,
    consequence: null,
    consulted: [],
    debrief: null,
    introStep: 0,
    mode: 'solo',
  }),
  initial: 'title',
  on: {
    'catalog.loaded': { actions: 'loadCatalog' },
    'catalog.add': { actions: 'addCustomScenario' },
    'catalog.remove': { actions: 'removeCustomScenario' },
    'debrief.lookAhead': { actions: 'storeLookAhead' },
  },
  states: {
    title: {
      on: {
        'game.start': { target: 'scenarioSelect', actions: 'chooseMode' },
        'mode.choose': { target: 'scenarioSelect', actions: 'chooseMode' },
        'game.resume': [
          // A workshop that had not begun comes back to its lobby, with its code.
          { guard: and(['canResume', 'resumesInLobby']), target: 'lobby', actions: 'resumeGame' },
          { guard: 'canResume', target: 'situation', actions: 'resumeGame' },
        ],
        'intro.open': { target: 'intro', actions: 'openIntro' },
        'glossary.open': 'glossary',
        'history.open': 'history',
      },
    },
    intro: {
      on: {
        'intro.next': [
          { guard: 'isLastIntroStep', target: 'title', actions: 'introSeen' },
          { actions: 'nextIntroStep' },
        ],
        'intro.back': [{ guard: 'isFirstIntroStep', target: 'title' }, { actions: 'previousIntroStep' }],
        'nav.back': { target: 'title', actions: 'introSeen' },
        'game.start': { target: 'scenarioSelect', actions: 'introSeen' },
      },
    },
    glossary: {
      on: { 'nav.back': 'title' },
    },
    history: {
      on: { 'nav.back': 'title' },
    },
    scenarioSelect: {
      on: {
        'scenario.choose': [
          { guard: and(['isPlayable', 'isLive']), target: 'lobby', actions: 'startScenario' },
          { guard: 'isPlayable', target: 'briefing', actions: 'startScenario' },
        ],
        'nav.back': 'title',
      },
    },
    // A live workshop waits here while phones join by code or QR code.
    lobby: {
      on: {
        'game.continue': 'briefing',
        // Without a live server the room can still play: the facilitator enters the tallies.
        'mode.choose': { target: 'briefing', actions: 'chooseMode' },
        'game.quit': { target: 'title', actions: 'leaveGame' },
      },
    },
    briefing: {
      on: {
        'game.continue': 'situation',
        'game.quit': { target: 'title', actions: 'leaveGame' },
      },
    },
    situation: {
      on: {
        'advisor.consult': { actions: 'consultAdvisor' },
        'strategy.choose': [
          { guard: 'isPrioritise', target: 'choosingPriority' },
          { target: 'consequence', actions: 'chooseStrategy' },
        ],
        'game.quit': { target: 'title', actions: 'leaveGame' },
      },
    },
    choosingPriority: {
      on: {
        'perspective.choose': { guard: 'isOpenPerspective', target: 'consequence', actions: 'choosePerspective' },
        'nav.back': 'situation',
        'game.quit': { target: 'title', actions: 'leaveGame' },
      },
    },
    consequence: {
      entry: 'progressMade',
      on: {
        'game.continue': [
          { guard: 'hasEnded', target: 'ending' },
          { target: 'situation', actions: 'clearConsulted' },
        ],
        'game.quit': { target: 'title', actions: 'leaveGame' },
      },
    },
    ending: {
      // The look-ahead starts while the player reads the ending, and runs on into the debrief.
      entry: ['prepareDebrief', 'startLookAhead'],
      on: {
        'game.continue': 'debrief',
        'game.quit': { target: 'title', actions: ['stopLookAhead', 'leaveGame'] },
      },
    },
    debrief: {
      entry: 'gameFinished',
      on: {
        'game.again': [
          { guard: 'isLive', target: 'lobby', actions: ['stopLookAhead', 'restartScenario'] },
          { target: 'briefing', actions: ['stopLookAhead', 'restartScenario'] },
        ],
        'game.continue': { target: 'title', actions: ['stopLookAhead', 'leaveGame'] },
      },
    },
  },
});

function debriefOf(scenario: Scenario, game: GameState): Debrief {
  return {
    profile: craftProfile(game.history),
    whatIfs: whatIfs(scenario, game.history.map((c) => c.choice)),
    lookAhead: game.history.map(() => null),
    reflections: reflectionQuestions(game),
  };
}

function play(context: GameContext, choice: Parameters<typeof applyChoice>[2]): Partial<GameContext> {
  if (!context.scenario || !context.game) return {};
  const { state, consequence } = applyChoice(context.scenario, context.game, choice);
  return { game: state, consequence };
}

export type GameMachine = typeof gameMachine;
