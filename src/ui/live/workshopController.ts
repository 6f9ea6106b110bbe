// Runs the facilitator's side of a workshop next to the game machine: opens each situation for
// voting, turns the room's decision into the same machine events as solo play, and ends the
// session with the game. In group mode it turns hand-entered tallies into that decision.
import type { GameEvent } from '../../flow/gameMachine';
import { FacilitatorClient, LiveError } from '../../live/client';
import type { FacilitatorState, Vote } from '../../live/session';
import { downloadText } from '../shared/dom';
import { liveErrorText, t } from '../shared/i18n';
import { majorityOfCounts, type GroupUi, type LiveUi } from './liveScreens';
import type { UiActor, UiSnapshot } from '../shared/uiActor';
import type { Lang } from '../../engine';

export function createWorkshop(actor: UiActor, rerender: () => void, lang: () => Lang): { live: LiveUi; group: GroupUi } {
  let client: FacilitatorClient | null = null;
  let connecting = false;
  let state: FacilitatorState | null = null;
  let error: string | null = null;
  let offline = false;
  let openedFor: string | null = null;
  let decidedRounds = 0;
  let endSent = false;
  let ticker: ReturnType<typeof setInterval> | null = null;
  let counts: Partial<Record<string, number>> = {};
  let lost = false;
  let replaced = false;
  let roomDraft: string | null = null;
  let scenarioId: string | null = null;
  let groupMessage: string | null = null;

  const fail = (e: unknown) => {
    if (e instanceof LiveError && e.code === 'unknown-session') {
      lost = true;
      error = null;
    } else error = t(lang(), 'liveError', { error: liveErrorText(lang(), e) });
    rerender();
  };
  const apply = (next: FacilitatorState) => {
    state = next;
    rerender();
  };
  /** The decided vote becomes the machine's own events, exactly as if chosen on this screen. */
  const play = (vote: Vote) => {
    actor.send({ type: 'strategy.choose', strategy: vote.strategy });
    if (vote.perspective) actor.send({ type: 'perspective.choose', perspective: vote.perspective } satisfies GameEvent);
  };

  function onSnapshot(s: UiSnapshot): void {
    const { mode, game, scenario } = s.context;
    if (mode !== 'live') {
      if (client && s.value === 'title') close();
      return;
    }
    // Playing again after a finished workshop starts a new session with a new code.
    if (s.value === 'lobby' && client && state?.phase === 'ended') close();
    if (s.value === 'lobby' && !client && !connecting && scenario) {
      decidedRounds = 0;
      replaced = false;
      connect(scenario.id);
    }
    if (!client) return;
    if (s.value === 'situation' && game?.current && openedFor !== game.current) {
      openedFor = game.current;
      client.open(game.current).then(apply, fail);
    }
    // A choice made on this screen (the facilitator's pick) is the decision for the room too.
    const played = game?.history.length ?? 0;
    if (played > decidedRounds && game) {
      decidedRounds = played;
      // The room votes strategies and perspectives; deciding per case is the facilitator's nuance.
      const { strategy, perspective } = game.history.at(-1)!.choice;
      if (state?.phase !== 'decided') client.decide(perspective ? { strategy, perspective } : { strategy }).then(apply, fail);
    }
    if ((s.value === 'ending' || s.value === 'debrief') && !endSent) {
      endSent = true;
      client.end().then(apply, fail);
    }
    if (s.value === 'title') close();
  }

  function connect(id: string): void {
    connecting = true;
    error = null;
    scenarioId = id;
    FacilitatorClient.create(
      id,
      apply,
      (up) => {
        offline = !up;
        rerender();
      },
      () => {
        lost = true;
        rerender();
      },
    )
      .then((c) => {
        client = c;
        lost = false;
        endSent = false;
        rerender();
        // A new session mid-game opens the situation on screen at once.
        const snapshot = actor.getSnapshot();
        if (snapshot.value === 'situation') onSnapshot(snapshot);
      }, fail)
      .finally(() => (connecting = false));
  }

  function close(): void {
    lost = false;
    replaced = false;
    client?.close();
    client = null;
    state = null;
    openedFor = null;
    error = null;
    decidedRounds = 0;
  }

  actor.subscribe((s) => {
    onSnapshot(s);
    // The discussion timer counts down on the projector.
    const timing = Boolean(state?.timerEndsAt);
    if (timing && !ticker) ticker = setInterval(rerender, 1000);
    if (!timing && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
    if (s.value !== 'situation') {
      counts = {};
      groupMessage = null;
    }
  });

  const live: LiveUi = {
    get code() {
      return client?.code ?? null;
    },
    get joinUrl() {
      return client ? `${location.origin}${location.pathname}#join=${client.code}` : null;
    },
    get state() {
      return state;
    },
    get error() {
      return error;
    },
    get offline() {
      return offline;
    },
    get now() {
      return Date.now();
    },
    reveal: () => void client?.reveal().then(apply, fail),
    revote: () => void client?.revote().then(apply, fail),
    timer: (seconds) => void client?.timer(seconds).then(apply, fail),
    decideMajority() {
      client?.decide(null).then((next) => {
        apply(next);
        if (next.decided) play(next.decided);
      }, (e: unknown) => {
        if (e instanceof LiveError && (e.code === 'tie' || e.code === 'no-votes')) {
          error = t(lang(), e.code === 'tie' ? 'votesTie' : 'votesNone');
          rerender();
        } else fail(e);
      });
    },
    room(maxParticipants, joinsOpen) {
      roomDraft = null;
      void client?.room(maxParticipants, joinsOpen).then(apply, fail);
    },
    get roomDraft() {
      return roomDraft;
    },
    setRoomDraft(value) {
      roomDraft = value;
    },
    get lost() {
      return lost;
    },
    get replaced() {
      return replaced;
    },
    restart() {
      if (!scenarioId || connecting) return;
      client?.close();
      client = null;
      state = null;
      openedFor = null;
      replaced = true;
      decidedRounds = actor.getSnapshot().context.game?.history.length ?? 0;
      connect(scenarioId);
    },
    download(kind) {
      void client?.exportSession().then(({ json, csv }) => {
        const name = `spagaat-workshop-${client?.code ?? ''}.${kind}`;
        if (kind === 'json') downloadText(name, JSON.stringify(json, null, 2), 'application/json');
        else downloadText(name, csv, 'text/csv');
      }, fail);
    },
  };

  const group: GroupUi = {
    get counts() {
      return counts;
    },
    setCount(key, n) {
      counts = { ...counts, [key]: n };
    },
    decide() {
      const vote = majorityOfCounts(counts);
      if (!vote) {
        groupMessage = t(lang(), 'groupTie');
        rerender();
        return;
      }
      play(vote);
    },
    get message() {
      return groupMessage;
    },
  };

  return { live, group };
}
