// Runs the facilitator's side of a workshop next to the game machine: opens each situation for
// voting, turns the room's decision into the same machine events as solo play, and ends the
// session with the game. It keeps the session in the browser (workshopRecord.ts), so a reload or a
// crash resumes it, and hands it to another device with a one-time link. In group mode it turns
// hand-entered tallies into the decision, once they add up.
import type { GameEvent } from '../../flow/gameMachine';
import { FacilitatorClient, LiveError } from '../../live/client';
import type { FacilitatorState, Vote } from '../../live/session';
import { downloadText } from '../shared/dom';
import { liveErrorText, t } from '../shared/i18n';
import { checkTallies, type GroupUi, type LiveUi, type RoomRound } from './liveScreens';
import type { UiActor, UiSnapshot } from '../shared/uiActor';
import { PERSPECTIVE_INFO, STRATEGY_INFO, type Choice, type Lang } from '../../engine';
import { clearWorkshopRecord, readWorkshopRecord, writeWorkshopRecord, type ReadRecord } from './workshopRecord';

const isLoopback = (hostname: string) => hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';

export function createWorkshop(actor: UiActor, rerender: () => void, lang: () => Lang, storage: Storage | null = null): { live: LiveUi; group: GroupUi } {
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
  /** The workshop kept in this browser, read once; null until read. */
  let saved: ReadRecord | null = null;
  let resuming = false;
  let resumeError: string | null = null;
  let savedChoices = -1;
  /** The network address phones are sent to, when this page was opened at localhost. */
  let chosenHost: string | null = null;
  let roomRounds: RoomRound[] | null = null;
  /** A hand-over link made on this device, shown until used or expired. */
  let handoffLink: { url: string; expiresAt: number } | null = null;

  const choicesOf = (s: UiSnapshot): Choice[] => s.context.game?.history.map((c) => c.choice) ?? [];
  /** The session and the room's choices so far, so that a reload finds its way back in. */
  const keep = (s: UiSnapshot) => {
    if (!client || !scenarioId) return;
    const choices = choicesOf(s);
    if (choices.length === savedChoices) return;
    savedChoices = choices.length;
    writeWorkshopRecord(storage, { code: client.code, secret: client.secret, scenarioId, choices, savedAt: Date.now() });
  };
  const forget = () => {
    clearWorkshopRecord(storage);
    saved = { status: 'none' };
    savedChoices = -1;
  };

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
  /** The room votes strategies and perspectives; deciding per case is the facilitator's nuance. */
  const voteOf = ({ strategy, perspective }: Choice): Vote => (perspective ? { strategy, perspective } : { strategy });
  const onConnection = (up: boolean) => {
    offline = !up;
    rerender();
  };
  const onLost = () => {
    lost = true;
    rerender();
  };
  /** A client for this workshop, new, attached again or claimed: the one this page now speaks through. */
  const adopt = (c: FacilitatorClient) => {
    client = c;
    watchHandover(c);
    chosenHost = c.network?.addresses[0] ?? null;
    lost = false;
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
      if (state?.phase !== 'decided') client.decide(voteOf(game.history.at(-1)!.choice)).then(apply, fail);
    }
    if ((s.value === 'ending' || s.value === 'debrief') && !endSent) {
      endSent = true;
      // The workshop is over: nothing left to come back to after a reload.
      forget();
      const c = client;
      c.end()
        .then((next) => {
          apply(next);
          return c.exportSession();
        })
        .then(({ json }) => {
          // The shared debrief shows the room beside each situation.
          roomRounds = (json as { rounds: RoomRound[] }).rounds.map(({ situationId, decided, spread }) => ({ situationId, decided, spread }));
          rerender();
        }, fail);
    }
    if (!endSent) keep(s);
    if (s.value === 'title') close();
  }

  function connect(id: string): void {
    connecting = true;
    error = null;
    scenarioId = id;
    FacilitatorClient.create(id, apply, onConnection, onLost)
      .then((c) => {
        adopt(c);
        endSent = false;
        savedChoices = -1;
        keep(actor.getSnapshot());
        rerender();
        // A new session mid-game opens the situation on screen at once.
        const snapshot = actor.getSnapshot();
        if (snapshot.value === 'situation') onSnapshot(snapshot);
      }, fail)
      .finally(() => (connecting = false));
  }

  function close(): void {
    roomRounds = null;
    handoffLink = null;
    lost = false;
    replaced = false;
    client?.close();
    client = null;
    state = null;
    openedFor = null;
    error = null;
    decidedRounds = 0;
  }

  /** Another device took the seat: this one steps back to the title and says so. */
  const watchHandover = (c: FacilitatorClient) =>
    c.onHandedOver(() => {
      if (client !== c) return;
      forget();
      close();
      resumeError = t(lang(), 'handedOver');
      actor.send({ type: 'game.quit' });
    });

  /** The machine can resume a game only once it knows the scenarios: wait for them if need be. */
  const whenCatalogReady = (go: () => void) => {
    if (actor.getSnapshot().context.catalogReady) return go();
    const sub = actor.subscribe((snap) => {
      if (!snap.context.catalogReady) return;
      sub.unsubscribe();
      go();
    });
  };

  /** This page was opened with a hand-over link (#facilitate=CODE.TOKEN): take the seat. */
  function claimFromLink(): void {
    const match = /^#facilitate=([A-Z2-9]{6})\.([A-Za-z0-9_-]{24})$/.exec(location.hash);
    if (!match) return;
    const [, code, token] = match as unknown as [string, string, string];
    // The token is used once; it leaves the address bar at once.
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    resuming = true;
    FacilitatorClient.claim(code, token, apply, onConnection, onLost)
      .then(
        ({ client: c, choices }) => {
          const scenario = state?.scenarioId ?? '';
          writeWorkshopRecord(storage, { code, secret: c.secret, scenarioId: scenario, choices, savedAt: Date.now() });
          c.close();
          saved = null;
          resuming = false;
          // Resumed as after a reload: the same path, one code.
          whenCatalogReady(() => resumeWorkshop());
        },
        (e: unknown) => {
          resuming = false;
          resumeError = e instanceof LiveError && e.code === 'not-allowed' ? t(lang(), 'handoffRefused') : t(lang(), 'liveError', { error: liveErrorText(lang(), e) });
          rerender();
        },
      );
  }

  /** The game replayed to where the room was; a decision that never reached the server is sent now. */
  function afterAttach(c: FacilitatorClient, scenario: string, choices: Choice[], server: FacilitatorState | null): void {
    actor.send({ type: 'game.resume', scenarioId: scenario, choices, mode: 'live' });
    const last = choices.at(-1);
    const decidedHere = actor.getSnapshot().context.game?.history.at(-1)?.situationId;
    if (last && server && server.phase !== 'decided' && decidedHere === server.situationId) c.decide(voteOf(last)).then(apply, fail);
  }

  /** Back into the kept session: attach with its secret, then replay the room's choices. */
  function resumeWorkshop(): void {
    const found = readSaved();
    if (found.status !== 'ok' || resuming) return;
    const { record } = found;
    resuming = true;
    resumeError = null;
    rerender();
    FacilitatorClient.attach(record.code, record.secret, apply, onConnection, onLost)
      .then(
        (c) => {
          adopt(c);
          scenarioId = record.scenarioId;
          replaced = false;
          const server = state;
          // What the server already has is not sent again: the open round keeps its votes.
          openedFor = server && server.phase !== 'lobby' ? server.situationId : null;
          decidedRounds = record.choices.length;
          endSent = server?.phase === 'ended';
          savedChoices = record.choices.length;
          whenCatalogReady(() => afterAttach(c, record.scenarioId, record.choices, server));
        },
        (e: unknown) => {
          if (e instanceof LiveError && (e.code === 'unknown-session' || e.code === 'not-allowed')) {
            // The server no longer has it (restarted): the game goes on, and a new session is one click away.
            forget();
            scenarioId = record.scenarioId;
            lost = true;
            actor.send({ type: 'game.resume', scenarioId: record.scenarioId, choices: record.choices, mode: 'live' });
          } else {
            resumeError = t(lang(), 'liveError', { error: liveErrorText(lang(), e) });
          }
          rerender();
        },
      )
      .finally(() => (resuming = false));
  }

  function readSaved(): ReadRecord {
    saved ??= readWorkshopRecord(storage);
    return saved;
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
      if (!client) return null;
      // A projector page opened at localhost would show phones an address they cannot reach.
      const origin = isLoopback(location.hostname) && chosenHost ? `${location.protocol}//${chosenHost}${location.port ? `:${location.port}` : ''}` : location.origin;
      return `${origin}${location.pathname}#join=${client.code}`;
    },
    get address() {
      if (!client || !isLoopback(location.hostname)) return null;
      const network = client.network;
      if (!network) return null;
      if (network.loopbackOnly) return { problem: 'loopback' as const, choices: [], chosen: null };
      if (!network.addresses.length) return { problem: 'no-network' as const, choices: [], chosen: null };
      return { problem: null, choices: network.addresses, chosen: chosenHost };
    },
    chooseAddress(address) {
      if (client?.network?.addresses.includes(address)) chosenHost = address;
      rerender();
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
    get handoffLink() {
      return handoffLink && handoffLink.expiresAt > Date.now() ? handoffLink : null;
    },
    makeHandoff() {
      const c = client;
      if (!c) return;
      c.handoff(choicesOf(actor.getSnapshot())).then(({ handoff, expiresAt }) => {
        handoffLink = { url: `${location.origin}${location.pathname}#facilitate=${c.code}.${handoff}`, expiresAt };
        rerender();
      }, fail);
    },
    get roomRounds() {
      return roomRounds;
    },
    get saved() {
      if (client) return null;
      const found = readSaved();
      return found.status === 'ok' ? { code: found.record.code, scenarioId: found.record.scenarioId, decided: found.record.choices.length } : null;
    },
    get savedBroken() {
      return readSaved().status === 'broken';
    },
    get resuming() {
      return resuming;
    },
    get resumeError() {
      return resumeError;
    },
    resumeWorkshop,
    forgetWorkshop() {
      forget();
      resumeError = null;
      rerender();
    },
    stop() {
      // Every phone is told the workshop has ended; then back to the title.
      const ending = client && state?.phase !== 'ended' ? client.end().then(apply) : Promise.resolve();
      forget();
      void ending.catch(() => {}).finally(() => actor.send({ type: 'game.quit' }));
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
      const check = checkTallies(counts);
      if (check.ok) {
        play(check.vote);
        return;
      }
      const l = lang();
      const names = (list: readonly string[], info: Record<string, { name: Record<Lang, string> }>) => list.map((k) => info[k]!.name[l]).join(` ${t(l, 'and')} `);
      groupMessage =
        check.problem === 'empty'
          ? t(l, 'groupEmpty')
          : check.problem === 'mismatch'
            ? t(l, 'groupMismatch', { n: check.prioritise, m: check.perspectives })
            : check.problem === 'tie'
              ? `${t(l, 'spreadTie', { names: names(check.strategies, STRATEGY_INFO) })}`
              : t(l, 'groupPerspectiveTie', { names: names(check.perspectives, PERSPECTIVE_INFO) });
      rerender();
    },
    get message() {
      return groupMessage;
    },
  };

  claimFromLink();
  window.addEventListener('hashchange', claimFromLink);
  return { live, group };
}
