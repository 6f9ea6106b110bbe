// The game flow: title → scenario choice → briefing → situation ⇄ choosing a priority →
// consequence → … → ending → debrief → title. The machine decides; views render and send events.
import { assign, setup } from 'xstate';
import { applyChoice, isLegalChoice, startGame, type Consequence, type GameState, type Perspective, type Strategy } from '../engine';
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
}

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
  | { type: 'perspective.choose'; perspective: Perspective; perCase?: boolean };

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
  guards: {
    isPlayable: ({ context, event }) => event.type === 'scenario.choose' && playable(context.catalog, event.id) !== null,
    isPrioritise: ({ event }) => event.type === 'strategy.choose' && event.strategy === 'prioritise',
    hasEnded: ({ context }) => (context.game?.ending ?? null) !== null,
    isOpenPerspective: ({ context, event }) =>
      event.type === 'perspective.choose' &&
      context.scenario !== null &&
      context.game !== null &&
      isLegalChoice(context.scenario, context.game, { strategy: 'prioritise', perspective: event.perspective, perCase: event.perCase }),
  },
  actions: {
    loadCatalog: assign({
      catalog: ({ context, event }) => (event.type === 'catalog.loaded' ? [...event.entries, ...context.catalog.filter((e) => e.source === 'custom')] : context.catalog),
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
    leaveGame: assign({ scenario: null, game: null, consequence: null, consulted: [] }),
    // A side effect the host supplies with machine.provide (e.g. remembering that a game was finished).
    gameFinished: () => {},
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({ catalog: input.catalog ?? [], catalogReady: input.catalog !== undefined, scenario: null, game: null, consequence: null, consulted: [] }),
  initial: 'title',
  on: {
    'catalog.loaded': { actions: 'loadCatalog' },
    'catalog.add': { actions: 'addCustomScenario' },
    'catalog.remove': { actions: 'removeCustomScenario' },
  },
  states: {
    title: {
      on: { 'game.start': 'scenarioSelect' },
    },
    scenarioSelect: {
      on: {
        'scenario.choose': { guard: 'isPlayable', target: 'briefing', actions: 'startScenario' },
        'nav.back': 'title',
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
      on: {
        'game.continue': [
          { guard: 'hasEnded', target: 'ending' },
          { target: 'situation', actions: 'clearConsulted' },
        ],
        'game.quit': { target: 'title', actions: 'leaveGame' },
      },
    },
    ending: {
      on: {
        'game.continue': 'debrief',
        'game.quit': { target: 'title', actions: 'leaveGame' },
      },
    },
    debrief: {
      entry: 'gameFinished',
      on: {
        'game.continue': { target: 'title', actions: 'leaveGame' },
      },
    },
  },
});

function play(context: GameContext, choice: Parameters<typeof applyChoice>[2]): Partial<GameContext> {
  if (!context.scenario || !context.game) return {};
  const { state, consequence } = applyChoice(context.scenario, context.game, choice);
  return { game: state, consequence };
}

export type GameMachine = typeof gameMachine;
