import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { PERSPECTIVES, STRATEGIES } from '../engine';
import { buildCatalog } from '../scenario/catalog';
import { minimalText } from '../test-support/fixtures';
import { INTRO_STEPS, gameMachine, type GameEvent } from './gameMachine';

const catalog = buildCatalog({ 'minimal.json': minimalText, 'broken.json': '{"formatVersion": 1}' }, 'shipped');
const input = { catalog };

const EVENTS: GameEvent[] = [
  { type: 'game.start' },
  { type: 'game.continue' },
  { type: 'game.quit' },
  { type: 'nav.back' },
  { type: 'scenario.choose', id: 'minimaal' },
  { type: 'scenario.choose', id: 'no-such-scenario' },
  ...PERSPECTIVES.map((perspective): GameEvent => ({ type: 'advisor.consult', perspective })),
  ...STRATEGIES.map((strategy): GameEvent => ({ type: 'strategy.choose', strategy })),
  ...PERSPECTIVES.map((perspective): GameEvent => ({ type: 'perspective.choose', perspective })),
  { type: 'intro.open' },
  { type: 'intro.next' },
  { type: 'intro.back' },
  { type: 'glossary.open' },
  { type: 'history.open' },
  { type: 'game.again' },
  { type: 'mode.choose', mode: 'live' },
  { type: 'mode.choose', mode: 'group' },
];

describe('gameMachine', () => {
  it('reaches every state by some path of events', () => {
    const paths = getShortestPaths(gameMachine, {
      input,
      events: EVENTS,
      // One node per state and progress through the scenario keeps the graph small.
      serializeState: (s) => JSON.stringify([s.value, s.context.game?.history.length ?? null, s.context.consulted.length, s.context.introStep, s.context.mode]),
    });
    const reached = new Set(paths.map((p) => String(p.state.value)));
    const all = Object.keys(gameMachine.root.states);
    expect([...reached].sort()).toEqual(all.sort());
  });

  it('plays the scenario from the title to the debrief and back', () => {
    const actor = createActor(gameMachine, { input }).start();
    const send = (e: GameEvent) => actor.send(e);
    send({ type: 'game.start' });
    send({ type: 'scenario.choose', id: 'minimaal' });
    expect(actor.getSnapshot().value).toBe('briefing');
    send({ type: 'game.continue' });
    send({ type: 'advisor.consult', perspective: 'lawful' });
    send({ type: 'advisor.consult', perspective: 'lawful' });
    send({ type: 'advisor.consult', perspective: 'responsive' });
    expect(actor.getSnapshot().context.consulted).toEqual(['lawful', 'responsive']);
    send({ type: 'strategy.choose', strategy: 'prioritise' });
    expect(actor.getSnapshot().value).toBe('choosingPriority');
    send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('situation');
    send({ type: 'strategy.choose', strategy: 'prioritise' });
    send({ type: 'perspective.choose', perspective: 'networking' });
    expect(actor.getSnapshot().value).toBe('consequence');
    expect(actor.getSnapshot().context.consequence?.choice).toEqual({ strategy: 'prioritise', perspective: 'networking' });
    send({ type: 'game.continue' });
    expect(actor.getSnapshot().context.consulted).toEqual([]);
    send({ type: 'strategy.choose', strategy: 'escalate' });
    send({ type: 'game.continue' });
    expect(actor.getSnapshot().value).toBe('ending');
    send({ type: 'game.continue' });
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(actor.getSnapshot().context.game?.history).toHaveLength(2);
    // The engine worked out the debrief: a profile point and what-ifs for each situation.
    expect(actor.getSnapshot().context.debrief?.profile.path).toHaveLength(2);
    expect(actor.getSnapshot().context.debrief?.whatIfs).toHaveLength(2);
    send({ type: 'game.continue' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.game).toBeNull();
  });

  it('ignores a broken or unknown scenario and stays on the choice screen', () => {
    let [state] = initialTransition(gameMachine, input);
    [state] = transition(gameMachine, state, { type: 'game.start' });
    [state] = transition(gameMachine, state, { type: 'scenario.choose', id: 'no-such-scenario' });
    expect(state.value).toBe('scenarioSelect');
    expect(state.context.catalog.some((e) => !e.ok)).toBe(true);
  });

  it('is deterministic: the same events give the same context', () => {
    const run = () => {
      let [state] = initialTransition(gameMachine, input);
      for (const e of [{ type: 'game.start' }, { type: 'scenario.choose', id: 'minimaal' }, { type: 'game.continue' }, { type: 'strategy.choose', strategy: 'silo' }] as GameEvent[]) {
        [state] = transition(gameMachine, state, e);
      }
      return state.context.game;
    };
    expect(run()).toEqual(run());
  });
});

describe('first-play introduction', () => {
  it('pages forward and back, and returns to the title at the end or when skipped', () => {
    const actor = createActor(gameMachine, { input }).start();
    actor.send({ type: 'intro.open' });
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send({ type: 'intro.back' });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'intro.open' });
    for (let i = 0; i < INTRO_STEPS - 1; i++) actor.send({ type: 'intro.next' });
    expect(actor.getSnapshot().context.introStep).toBe(INTRO_STEPS - 1);
    actor.send({ type: 'intro.next' });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'intro.open' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('title');
  });
});

describe('catalog', () => {
  it('waits for the shipped scenarios, keeps custom ones when they arrive, but never one with a shipped id', () => {
    const actor = createActor(gameMachine, { input: {} }).start();
    expect(actor.getSnapshot().context.catalogReady).toBe(false);
    const custom = buildCatalog({ 'eigen.json': minimalText.replace('"id": "minimaal"', '"id": "eigen-minimaal"') }, 'custom')[0]!;
    const sameId = buildCatalog({ 'kopie.json': minimalText }, 'custom')[0]!;
    actor.send({ type: 'catalog.add', entry: custom });
    actor.send({ type: 'catalog.add', entry: sameId });
    actor.send({ type: 'catalog.loaded', entries: catalog });
    expect(actor.getSnapshot().context.catalogReady).toBe(true);
    expect(actor.getSnapshot().context.catalog.filter((e) => e.source === 'custom').map((e) => e.key)).toEqual([custom.key]);
    expect(actor.getSnapshot().context.catalog.filter((e) => e.key === 'minimaal')).toHaveLength(1);
    actor.send({ type: 'catalog.remove', key: custom.key });
    expect(actor.getSnapshot().context.catalog.filter((e) => e.source === 'custom')).toHaveLength(0);
  });
});

describe('resuming a saved game', () => {
  it('replays the saved choices and continues at the next situation, or refuses choices that do not fit', () => {
    const actor = createActor(gameMachine, { input }).start();
    actor.send({ type: 'game.resume', scenarioId: 'minimaal', choices: [{ strategy: 'prioritise' }] });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'game.resume', scenarioId: 'minimaal', choices: [{ strategy: 'align' }] });
    expect(actor.getSnapshot().value).toBe('situation');
    expect(actor.getSnapshot().context.game?.current).toBe('situatie-2');
    expect(actor.getSnapshot().context.mode).toBe('solo');
  });
});
