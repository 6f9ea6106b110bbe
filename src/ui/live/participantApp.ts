// The phone side of a workshop: join by code (from the QR code's link or typed), vote a strategy
// and a perspective for prioritise, see the room's spread and the group's choice, and a personal
// overview: per situation one's own vote beside the group's, and whose values one's votes served
// (the engine's craft profile). The token is kept on the phone per code, so a phone that sleeps
// or reloads comes back as the same participant with its vote kept; a link with another code
// leaves the old workshop for the new one.
import {
  PERSPECTIVES,
  PERSPECTIVE_INFO,
  STRATEGIES,
  STRATEGY_INFO,
  craftProfile,
  valuesServed,
  type CraftKind,
  type Lang,
  type Perspective,
  type Strategy,
  type ValuesServed,
} from '../../engine';
import { LiveError, ParticipantClient, type ParticipantHandlers } from '../../live/client';
import { isValidCode, normaliseCode, voteKey, type Ballot, type ParticipantState, type PublicState, type Vote } from '../../live/session';
import type { CatalogEntry } from '../../scenario/catalog';
import { optionText } from '../../scenario/optionText';
import type { Scenario } from '../../scenario/schema';
import { button, h } from '../shared/dom';
import { choiceLabel, liveErrorText, t, tx } from '../shared/i18n';
import { heading, kicker, paragraphs } from '../shared/screenParts';

const TOKEN_PREFIX = 'spagaat.live.';
/** After this long without a connection the phone says more than "we are trying again". */
export const LONG_OFFLINE_MS = 20_000;
/** When a phone in the lobby asks again how many have joined, after it joined (plus up to the jitter). */
const LOBBY_REFRESH_MS = [15_000, 45_000];
const LOBBY_REFRESH_JITTER_MS = 10_000;

/** What the phone needs of its connection to the workshop (ParticipantClient; a fake in tests). */
export interface LiveLink {
  readonly code: string;
  readonly token: string;
  /** A vote sent but not yet acknowledged: it is kept and resent by the link itself. */
  readonly pendingVote: Vote | null;
  vote(vote: Vote, round: number): Promise<ParticipantState>;
  /** Asks for the room's state now (the counts of who joined and voted). */
  refresh(): void;
  close(): void;
}

export type JoinLive = (code: string, token: string | null, nickname: string | null, handlers: ParticipantHandlers) => Promise<LiveLink>;

interface Elements {
  main: HTMLElement;
  langButton: HTMLButtonElement;
}

interface Options {
  join?: JoinLive;
  /** A polite live region for what changes without the participant doing anything. */
  announcer?: HTMLElement | null;
}

/** How one's vote stood to the group's choice in a round. */
export type Agreement = 'same' | 'same-strategy' | 'other' | 'none';

export function agreement(mine: Ballot | null, decided: Vote): Agreement {
  if (!mine) return 'none';
  if (voteKey(mine.final) === voteKey(decided)) return 'same';
  return mine.final.strategy === decided.strategy ? 'same-strategy' : 'other';
}

export interface OverviewRound {
  situationId: string;
  /** Null when the scenario (or this situation in it) is not known on the phone. */
  title: Scenario['title'] | null;
  mine: Ballot | null;
  decided: Vote;
  agreement: Agreement;
}

export interface CraftShare {
  perspective: Perspective;
  /** The part of all one's votes' weight that served this perspective (0–1; the four add up to 1). */
  share: number;
  /** In how many of one's votes this perspective's values were served at all. */
  votes: number;
}

export interface PersonalCraft {
  /** One's votes that count: the final vote of each decided situation one voted in. */
  votes: number;
  shares: CraftShare[];
  /** The engine's craft profile: where the votes put one on the plane of the four perspectives. */
  kind: CraftKind;
}

export interface PersonalOverview {
  rounds: OverviewRound[];
  /** Null without votes, or without the scenario (the values served depend on its situations). */
  craft: PersonalCraft | null;
}

/**
 * One's votes as the engine reads a player's choices: each final vote serves the values that
 * `valuesServed` names for its situation's dilemma and the scenario's department, and
 * `craftProfile` places them on the plane, as the solo debrief does.
 */
export function personalOverview(history: ParticipantState['history'], scenario: Scenario | null): PersonalOverview {
  const rounds = history.map((r): OverviewRound => ({
    situationId: r.situationId,
    title: scenario?.situations.find((s) => s.id === r.situationId)?.title ?? null,
    mine: r.mine,
    decided: r.decided,
    agreement: agreement(r.mine, r.decided),
  }));
  if (!scenario) return { rounds, craft: null };
  const served: ValuesServed[] = [];
  for (const r of history) {
    const situation = scenario.situations.find((s) => s.id === r.situationId);
    if (r.mine && situation) served.push(valuesServed(r.mine.final, situation.dilemma, scenario.department));
  }
  if (!served.length) return { rounds, craft: null };
  const shares = PERSPECTIVES.map((p) => ({
    perspective: p,
    share: served.reduce((sum, s) => sum + (s[p] ?? 0), 0) / served.length,
    votes: served.filter((s) => (s[p] ?? 0) > 0).length,
  }));
  return { rounds, craft: { votes: served.length, shares, kind: craftProfile(served.map((s) => ({ served: s }))).kind } };
}

/** Whole percentages that add up to 100 (largest remainder), so the list reads right. */
export function percentages(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  if (total <= 0) return shares.map(() => 0);
  const raw = shares.map((s) => (s / total) * 100);
  const out = raw.map(Math.floor);
  let left = 100 - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  return out;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** A text that follows the language switch: kept as a function of the language, not as a string. */
type Message = (lang: Lang) => string;

type SubScreen = 'prioritise' | 'overview' | null;

export function mountParticipant(el: Elements, storage: Storage | null, catalog: Promise<CatalogEntry[]>, initialLang: Lang, onLang: (listener: (lang: Lang) => void) => void, options: Options = {}): void {
  const joinLive: JoinLive = options.join ?? ((code, token, nickname, handlers) => ParticipantClient.join(code, token, nickname, handlers));
  const announcer = options.announcer === undefined ? document.getElementById('announcer') : options.announcer;
  let lang = initialLang;
  let link: LiveLink | null = null;
  /** Counts joins: the handlers of a workshop the phone has left (or a join overtaken by another) do nothing. */
  let generation = 0;
  /** The code being joined right now, so the join button cannot be pressed twice. */
  let joining: string | null = null;
  let state: PublicState | null = null;
  let me: ParticipantState | null = null;
  /** The workshop ended while the phone was away: its last view is kept, without a connection. */
  let endedAway = false;
  /** A workshop the server lost: its last view stays on the phone, so one's votes are not lost with it. */
  let previous: { state: PublicState; me: ParticipantState } | null = null;
  let sub: SubScreen = null;
  let error: Message | null = null;
  /** What happened to the workshop or the phone's place in it, shown above the join form or the vote. */
  let notice: Message | null = null;
  /** Why a vote the phone keeps has not arrived yet, while it is connected. */
  let voteWaits: 'unavailable' | 'rate-limited' | null = null;
  let offlineSince: number | null = null;
  let offlineTimer: ReturnType<typeof setTimeout> | null = null;
  let scenarios: Scenario[] = [];
  let lastKey = '';
  let focusNext: string | null = null;
  /** What is typed in the join form, kept across re-renders (a failed join must not empty it). */
  const draft: { code: string | null; nickname: string } = { code: null, nickname: '' };
  let ticker: ReturnType<typeof setInterval> | null = null;
  let lobbyTimers: ReturnType<typeof setTimeout>[] = [];
  void catalog.then((entries) => {
    scenarios = entries.flatMap((e) => (e.ok ? [e.scenario] : []));
    render();
  });

  const codeFromHash = () => normaliseCode(decodeURIComponent(location.hash.replace(/^#join=?/, '')));
  const scenarioOf = (s: PublicState | null) => scenarios.find((x) => x.id === s?.scenarioId) ?? null;
  const situationOf = (s: PublicState | null, id: string | null | undefined) => scenarioOf(s)?.situations.find((x) => x.id === id) ?? null;
  const titleOf = (s: PublicState | null, id: string | null | undefined) => {
    const sit = situationOf(s, id);
    return sit ? tx(lang, sit.title) : null;
  };

  function readToken(code: string): string | null {
    try {
      return storage?.getItem(TOKEN_PREFIX + code) ?? null;
    } catch {
      return null;
    }
  }

  function keepToken(code: string, token: string): void {
    try {
      storage?.setItem(TOKEN_PREFIX + code, token);
    } catch {
      // Without storage the phone stays in as long as the page is open.
    }
  }

  function forgetToken(code: string): void {
    try {
      storage?.removeItem(TOKEN_PREFIX + code);
    } catch {
      // Nothing kept, nothing to forget.
    }
  }

  function announce(text: string): void {
    if (!announcer) return;
    // Emptied first, so the same words said twice are still read out.
    announcer.textContent = '';
    setTimeout(() => (announcer.textContent = text), 50);
  }

  function setOffline(down: boolean): void {
    if (offlineTimer) clearTimeout(offlineTimer);
    offlineTimer = null;
    offlineSince = down ? (offlineSince ?? Date.now()) : null;
    // After a while the banner says more: check the network, ask the facilitator if it lasts.
    if (down) offlineTimer = setTimeout(render, LONG_OFFLINE_MS + 100);
  }

  /**
   * The server sends phones no counts between phases, so a phone waiting in the lobby asks twice
   * for the room's state, while the room fills (spread out, so a room of phones does not ask at once).
   */
  function refreshLobbyLater(): void {
    for (const timer of lobbyTimers) clearTimeout(timer);
    lobbyTimers = LOBBY_REFRESH_MS.map((ms) =>
      setTimeout(() => {
        if (state?.phase === 'lobby' && document.visibilityState !== 'hidden') link?.refresh();
      }, ms + Math.random() * LOBBY_REFRESH_JITTER_MS),
    );
  }

  function stopTicker(): void {
    if (ticker) clearInterval(ticker);
    ticker = null;
  }

  /** Leaves the workshop on this phone: closes its connection; its token stays kept for its own code. */
  function leave(): void {
    generation++;
    link?.close();
    link = null;
    joining = null;
    state = null;
    me = null;
    endedAway = false;
    sub = null;
    voteWaits = null;
    setOffline(false);
    stopTicker();
    for (const timer of lobbyTimers) clearTimeout(timer);
    lobbyTimers = [];
  }

  /** Back to the join form, with a message that says what happened and what to do. */
  function lost(message: Message): void {
    if (state && me) previous = { state, me };
    leave();
    notice = message;
    error = null;
    if (location.hash.startsWith('#join')) history.replaceState(null, '', '#join');
    render();
  }

  function onState(s: PublicState): void {
    const before = state;
    state = s;
    if (before && (before.round !== s.round || before.phase !== s.phase)) {
      // A new step of the workshop: the prioritise sub-screen of the last vote closes, and a
      // message about the last situation goes.
      if (sub === 'prioritise') sub = null;
      if (before.round !== s.round) notice = error = null;
      announcePhase(s);
    }
    // The discussion timer counts down on the phone too, in its own line only.
    if (s.timerEndsAt && !ticker) ticker = setInterval(updateTimer, 1000);
    if (!s.timerEndsAt) stopTicker();
    render();
  }

  function announcePhase(s: PublicState): void {
    if (s.phase === 'voting') announce(t(lang, 'phoneAnnounceVoting', { title: titleOf(s, s.situationId) ?? t(lang, 'situationOf', { n: s.round }) }));
    else if (s.phase === 'revealed') announce(t(lang, 'phoneAnnounceRevealed'));
    else if (s.phase === 'decided' && s.decided) announce(t(lang, 'decidedHeading', { vote: choiceLabel(lang, s.decided) }));
    else if (s.phase === 'ended') announce(t(lang, 'endedHeading'));
  }

  /** `from`: the workshop this phone just left for this one (a new link), to say so once in. */
  async function joinWith(code: string, nickname: string | null, how: { retried?: boolean; from?: string | null } = {}): Promise<void> {
    const retried = how.retried ?? false;
    error = null;
    if (!isValidCode(code)) {
      error = (l) => t(l, 'phoneCodeInvalid');
      return render();
    }
    const mine = ++generation;
    const token = retried ? null : readToken(code);
    joining = code;
    render();
    const current = () => mine === generation;
    try {
      const joined = await joinLive(code, token, nickname, {
        onState: (s) => current() && onState(s),
        onMe: (m) => {
          if (!current()) return;
          me = m;
          // The link resent a vote it kept, and the server has it now.
          if (voteWaits && link && !link.pendingVote) voteWaits = null;
          render();
        },
        onConnection: (up) => {
          if (!current()) return;
          setOffline(!up);
          render();
        },
        onLost: (reason) => {
          if (!current()) return;
          if (reason === 'ended' && state && me) {
            // Ended while the phone was away: the overview stays, from what the phone saw last.
            link?.close();
            link = null;
            generation++;
            endedAway = true;
            state = { ...state, phase: 'ended', timerEndsAt: null };
            sub = null;
            setOffline(false);
            stopTicker();
            notice = (l) => t(l, 'phoneEndedAway');
            render();
            return;
          }
          forgetToken(code);
          lost((l) => t(l, reason === 'ended' ? 'liveLostEnded' : 'liveLostGone', { code }));
        },
        onVoteDropped: () => {
          if (!current()) return;
          voteWaits = null;
          notice = (l) => t(l, 'liveVoteDropped');
          render();
        },
      });
      if (!current()) {
        // Overtaken by another join (a newer link) while this one was on its way.
        joined.close();
        return;
      }
      link = joined;
      joining = null;
      draft.code = null;
      previous = null;
      endedAway = false;
      const from = how.from;
      notice = retried ? (l) => t(l, 'liveTokenReset') : from ? (l) => t(l, 'phoneSwitched', { old: from, code }) : null;
      keepToken(code, joined.token);
      if (state?.phase === 'lobby') refreshLobbyLater();
      if (location.hash !== `#join=${code}`) history.replaceState(null, '', `#join=${code}`);
      render();
    } catch (e) {
      if (!current()) return;
      joining = null;
      // A kept token the server does not accept (damaged, or from before a restart): join afresh.
      if (token && e instanceof LiveError && (e.code === 'not-allowed' || e.code === 'invalid-message')) {
        forgetToken(code);
        return joinWith(code, nickname, { retried: true, from: how.from });
      }
      if (token && e instanceof LiveError && (e.code === 'unknown-session' || e.code === 'session-ended')) forgetToken(code);
      error = joinErrorText(e, code);
      render();
    }
  }

  /** Why joining failed, and what to do about it. */
  function joinErrorText(e: unknown, code: string): Message {
    const reason = e instanceof LiveError ? e.code : null;
    switch (reason) {
      case 'unknown-session':
      case 'invalid-message':
      case 'expired':
        return (l) => t(l, 'joinUnknown', { code });
      case 'offline':
        return (l) => t(l, 'phoneErrOffline');
      case 'rate-limited': {
        const seconds = Math.max(5, Math.ceil(((e as LiveError).retryAfterMs ?? 30_000) / 1000));
        return (l) => t(l, 'phoneErrRateLimited', { seconds });
      }
      case 'full':
        return (l) => t(l, 'phoneErrFull');
      case 'joins-closed':
        return (l) => t(l, 'phoneErrClosed');
      case 'session-ended':
        return (l) => t(l, 'phoneErrEnded', { code });
      case 'server-full':
        return (l) => t(l, 'phoneErrServerFull');
      case 'unavailable':
        return (l) => t(l, 'phoneErrUnavailable');
      default:
        return (l) => t(l, 'joinFailed', { error: liveErrorText(l, e) });
    }
  }

  function vote(v: Vote): void {
    sub = null;
    const at = link;
    if (!at || !state) return;
    const mine = generation;
    error = null;
    voteWaits = null;
    at.vote(v, state.round).then(
      (m) => {
        if (mine !== generation) return;
        me = m;
        voteWaits = null;
        announce(t(lang, 'phoneVoteArrived', { vote: choiceLabel(lang, m.ballot?.final ?? v) }));
        // The count of votes shown beside one's own: fresh from the server, with this vote in it.
        at.refresh();
        render();
      },
      (e: unknown) => {
        if (mine !== generation) return;
        const code = e instanceof LiveError ? e.code : null;
        // Kept by the link and sent again by itself: say so, without calling it a failure.
        if (code === 'offline') voteWaits = null;
        else if (code === 'unavailable' || code === 'rate-limited') voteWaits = code;
        // A vote for a closed situation: the link's own notice says it (onVoteDropped).
        else if (code !== 'stale-round') error = (l) => t(l, 'voteFailed', { error: liveErrorText(l, e) });
        render();
      },
    );
    render();
  }

  function openSub(next: SubScreen, focusAfter?: string): void {
    sub = next;
    if (focusAfter) focusNext = focusAfter;
    render();
  }

  // ---- Screens -------------------------------------------------------------------------------

  function joinForm(): HTMLElement[] {
    const code = h('input', {
      id: 'join-code',
      attrs: { autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 12, value: joining ?? draft.code ?? codeFromHash(), inputmode: 'text', 'aria-describedby': 'join-code-hint', 'data-focus-key': 'join-code' },
      on: { input: () => (draft.code = code.value) },
    });
    const nickname = h('input', { id: 'join-nickname', attrs: { autocomplete: 'nickname', maxlength: 24, value: draft.nickname, 'data-focus-key': 'join-nickname' }, on: { input: () => (draft.nickname = nickname.value) } });
    const submit = (e: Event) => {
      e.preventDefault();
      if (joining) return;
      void joinWith(normaliseCode(code.value), nickname.value.trim() || null);
    };
    const busy = joining !== null;
    return [
      heading(t(lang, 'joinHeading')),
      h('p', { class: 'lead', text: t(lang, 'joinLead') }),
      h(
        'form',
        { class: 'join-form', on: { submit } },
        h('div', { class: 'field' }, h('label', { text: t(lang, 'joinCode'), attrs: { for: 'join-code' } }), code, h('p', { class: 'hint', id: 'join-code-hint', text: t(lang, 'phoneCodeHint') })),
        h('div', { class: 'field' }, h('label', { text: t(lang, 'joinNickname'), attrs: { for: 'join-nickname' } }), nickname),
        h(
          'div',
          { class: 'actions' },
          h('button', { class: 'btn btn-primary phone-wide', text: busy ? t(lang, 'phoneJoining') : t(lang, 'joinButton'), attrs: { type: 'submit', 'data-focus-key': 'join', 'aria-disabled': busy ? 'true' : undefined } }),
        ),
      ),
      // Beside the button that was pressed, where the eye (and, above a phone's keyboard, the screen) is.
      error ? h('p', { class: 'load-status load-error', attrs: { role: 'alert' }, text: error(lang) }) : null,
      previous && previous.me.history.length
        ? h(
            'section',
            { class: 'card phone-previous', attrs: { 'aria-labelledby': 'previous-heading' } },
            h('h2', { id: 'previous-heading', text: t(lang, 'phonePreviousHeading', { code: previous.state.code }) }),
            h('p', { text: t(lang, 'phonePreviousLead') }),
            button(t(lang, 'phonePreviousButton'), () => openSub('overview'), { class: 'btn btn-secondary phone-wide', attrs: { 'data-focus-key': 'previous-overview' } }),
          )
        : null,
      h('p', { class: 'phone-leave' }, h('a', { text: t(lang, 'backToGame'), attrs: { href: './' } })),
    ].filter((x): x is HTMLElement => x !== null);
  }

  function backButton(label: string, onBack: () => void, focusKey: string): HTMLElement {
    return button([h('span', { class: 'phone-back-arrow', text: '←', attrs: { 'aria-hidden': 'true' } }), label], onBack, { class: 'btn btn-secondary phone-back', attrs: { 'data-focus-key': focusKey, 'aria-keyshortcuts': 'Escape' } });
  }

  /** What is happening now, in one or two plain sentences at the top of the screen. */
  function statusBox(main: string, ...more: (string | null)[]): HTMLElement {
    return h('div', { class: 'phone-status' }, h('p', { class: 'phone-status-main', text: main }), ...more.filter((x): x is string => Boolean(x)).map((m) => h('p', { text: m })));
  }

  function facts(s: PublicState): HTMLElement {
    const sc = scenarioOf(s);
    const rows: [string, string][] = [];
    if (sc) rows.push([t(lang, 'phoneFactScenario'), tx(lang, sc.title)]);
    rows.push([t(lang, 'phoneFactJoined'), t(lang, 'phoneJoinedCount', { n: s.participants })]);
    if (me?.nickname) rows.push([t(lang, 'phoneFactNickname'), me.nickname]);
    rows.push([t(lang, 'phoneFactCode'), s.code]);
    return h('dl', { class: 'phone-facts' }, ...rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]));
  }

  function overviewButton(): HTMLElement | null {
    if (!me?.history.length) return null;
    return h('p', { class: 'phone-more' }, button(t(lang, 'phoneOverviewButton', { n: me.history.length }), () => openSub('overview'), { class: 'btn btn-secondary phone-wide', attrs: { 'data-focus-key': 'open-overview' } }));
  }

  function shownVote(): Vote | null {
    return link?.pendingVote ?? me?.ballot?.final ?? null;
  }

  function votingButtons(s: PublicState, mine: Vote | null): HTMLElement {
    const sit = situationOf(s, s.situationId);
    return h(
      'ol',
      { class: 'strategy-list phone-options' },
      ...STRATEGIES.map((k, i) =>
        h(
          'li',
          {},
          button(
            [
              h(
                'span',
                { class: 'strategy-text' },
                h('strong', { text: STRATEGY_INFO[k].name[lang] }),
                sit ? h('span', { text: tx(lang, sit.options[k].label) }) : null,
                k === 'prioritise' ? h('span', { class: 'phone-then', text: t(lang, 'phonePrioritiseThen') }) : null,
              ),
            ],
            () => (k === 'prioritise' ? openSub('prioritise') : vote({ strategy: k })),
            { class: `strategy${mine?.strategy === k ? ' is-mine' : ''}`, attrs: { 'aria-pressed': mine?.strategy === k ? 'true' : 'false', 'data-focus-key': `vote-${k}`, 'aria-keyshortcuts': String(i + 1) } },
          ),
        ),
      ),
    );
  }

  function prioritiseView(s: PublicState): HTMLElement[] {
    const mine = shownVote();
    const back = () => openSub(null, 'vote-prioritise');
    return [
      kicker(titleOf(s, s.situationId) ?? t(lang, 'situationOf', { n: s.round })),
      heading(t(lang, 'prioritiseHeading')),
      h('p', { class: 'lead', text: t(lang, 'phonePrioritiseLead') }),
      backButton(t(lang, 'phoneBackToStrategies'), back, 'back-strategies'),
      h(
        'ol',
        { class: 'strategy-list phone-options' },
        ...PERSPECTIVES.map((p, i) => {
          const chosen = mine?.strategy === 'prioritise' && mine.perspective === p;
          return h(
            'li',
            {},
            button(
              [h('span', { class: 'strategy-text' }, h('strong', { text: t(lang, 'putFirst', { name: PERSPECTIVE_INFO[p].name[lang] }) }), h('span', { text: PERSPECTIVE_INFO[p].values.map((v) => v[lang]).join(', ') }))],
              () => vote({ strategy: 'prioritise', perspective: p }),
              { class: `strategy perspective-option perspective-${p}${chosen ? ' is-mine' : ''}`, attrs: { 'aria-pressed': chosen ? 'true' : 'false', 'data-focus-key': `vote-${p}`, 'aria-keyshortcuts': String(i + 1) } },
            ),
          );
        }),
      ),
      h('p', { class: 'hint', text: t(lang, 'phonePrioritiseNoVote') }),
    ];
  }

  function spreadList(s: PublicState, mine: Vote | null): HTMLElement | null {
    const spread = s.spread;
    if (!spread) return null;
    const total = STRATEGIES.reduce((sum, k) => sum + spread.strategies[k], 0);
    const top = Math.max(...STRATEGIES.map((k) => spread.strategies[k]));
    const pct = percentages(STRATEGIES.map((k) => spread.strategies[k]));
    const votes = (n: number) => t(lang, n === 1 ? 'spreadVoteOne' : 'spreadVotes', { n });
    return h(
      'ul',
      { class: 'phone-spread', attrs: { 'aria-label': t(lang, 'spreadCaption') } },
      ...STRATEGIES.map((k, i) => {
        const n = spread.strategies[k];
        const isMine = mine?.strategy === k;
        const perspectives = k === 'prioritise' && n > 0 ? PERSPECTIVES.filter((p) => spread.perspectives[p] > 0).map((p) => `${PERSPECTIVE_INFO[p].name[lang]}: ${spread.perspectives[p]}`) : [];
        const first = spread.firstStrategies[k];
        return h(
          'li',
          { class: `phone-spread-row${n === top && n > 0 ? ' is-top' : ''}${isMine ? ' is-mine' : ''}` },
          h(
            'span',
            { class: 'phone-spread-label' },
            h('span', { class: 'phone-spread-name', text: STRATEGY_INFO[k].name[lang] }),
            h('span', { class: 'phone-spread-count', text: total ? `${votes(n)} · ${pct[i]}%` : votes(n) }),
          ),
          h('span', { class: 'phone-bar-track', attrs: { 'aria-hidden': 'true' } }, h('span', { class: `phone-bar strategy-fill-${k}`, attrs: { style: `width: ${total ? (n / total) * 100 : 0}%` } })),
          isMine ? h('span', { class: 'phone-spread-note', text: t(lang, 'phoneSpreadMine') }) : null,
          perspectives.length ? h('span', { class: 'phone-spread-note', text: perspectives.join(', ') }) : null,
          spread.changed > 0 && first !== n ? h('span', { class: 'phone-spread-note', text: t(lang, 'spreadFirstRound', { n: first }) }) : null,
        );
      }),
    );
  }

  function agreementText(a: Agreement): string {
    return t(lang, a === 'same' ? 'phoneWithRoomSame' : a === 'same-strategy' ? 'phoneWithRoomStrategy' : a === 'other' ? 'phoneWithRoomOther' : 'phoneWithRoomNone');
  }

  function sessionView(s: PublicState): HTMLElement[] {
    const sc = scenarioOf(s);
    const sit = situationOf(s, s.situationId);
    const mine = shownVote();
    const pending = link?.pendingVote ?? null;
    const situationTitle = sit ? tx(lang, sit.title) : s.situationId ? t(lang, 'situationOf', { n: s.round }) : null;
    const top = kicker(sc ? tx(lang, sc.title) : t(lang, 'phoneKicker', { code: s.code }), s.situationId && s.phase !== 'ended' && s.phase !== 'lobby' ? t(lang, 'situationOf', { n: s.round }) : '');
    if (s.phase === 'ended') return overviewView(s, me, 'ended');
    if (s.phase === 'lobby' || !s.situationId) {
      return [top, heading(t(lang, 'waitHeading')), statusBox(t(lang, 'phoneWaitLobby'), t(lang, 'waitLead')), facts(s), overviewButton()].filter((x): x is HTMLElement => x !== null);
    }
    const out: (HTMLElement | null)[] = [top, heading(situationTitle ?? '')];
    if (s.phase === 'decided' && s.decided) {
      const last = me?.history.at(-1);
      const a = last && last.situationId === s.situationId ? agreement(last.mine, last.decided) : agreement(me?.ballot ?? null, s.decided);
      out.push(
        statusBox(t(lang, 'decidedHeading', { vote: choiceLabel(lang, s.decided) }), mine ? `${t(lang, 'voteMine', { vote: choiceLabel(lang, mine) })}. ${agreementText(a)}` : agreementText(a), t(lang, 'phoneWaitNext')),
      );
      if (sit) {
        const texts = optionText(sit, s.decided);
        out.push(
          h('section', { class: 'card inside phone-card' }, h('h2', { text: t(lang, 'inside') }), h('p', { text: tx(lang, texts.inside) })),
          h('section', { class: 'card outside phone-card' }, h('h2', { text: t(lang, 'outside') }), h('p', { text: tx(lang, texts.outside) })),
        );
      }
      out.push(h('h2', { text: t(lang, 'revealedHeading') }), spreadList(s, mine), facts(s), overviewButton());
      return out.filter((x): x is HTMLElement => x !== null);
    }
    if (s.phase === 'revealed') {
      out.push(
        statusBox(t(lang, 'phoneRevealed', { voters: s.voters, participants: s.participants }), mine ? t(lang, 'voteMine', { vote: choiceLabel(lang, mine) }) : t(lang, 'phoneNotVoted'), t(lang, 'phoneRevealedNext')),
      );
      if (s.timerEndsAt) out.push(timerLine(s.timerEndsAt));
      out.push(h('h2', { text: t(lang, 'revealedHeading') }), spreadList(s, mine), overviewButton());
      return out.filter((x): x is HTMLElement => x !== null);
    }
    // Voting: what to do, how far the room is, then the situation and the options.
    const counts = { voters: s.voters, participants: s.participants };
    const main = s.revote
      ? t(lang, 'phoneRevoteOpen')
      : pending
        ? t(lang, 'phoneVoteOnItsWay')
        : mine
          ? t(lang, s.voters >= s.participants ? 'phoneAllVoted' : 'phoneVotedWaiting', counts)
          : t(lang, 'phoneVoteOpen', counts);
    const box = statusBox(main);
    if (mine) {
      box.append(
        h(
          'p',
          { class: `your-choice${pending ? ' is-pending' : ''}` },
          h('strong', { text: t(lang, 'voteMine', { vote: choiceLabel(lang, mine) }) }),
          pending ? h('span', { class: 'phone-pending', text: ` ${t(lang, 'phoneVoteSending')}` }) : null,
        ),
      );
    }
    out.push(box);
    if (s.timerEndsAt) out.push(timerLine(s.timerEndsAt));
    if (sit) out.push(h('div', { class: 'phone-story' }, ...paragraphs(tx(lang, sit.text))));
    out.push(h('h2', { text: s.revote ? t(lang, 'revoteNow') : t(lang, 'voteChoose') }));
    if (mine) out.push(h('p', { class: 'hint', text: t(lang, 'voteCanChange') }));
    out.push(votingButtons(s, mine), overviewButton());
    return out.filter((x): x is HTMLElement => x !== null);
  }

  function timerText(endsAt: number): string {
    const left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    return t(lang, 'timerLeft', { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` });
  }

  function timerLine(endsAt: number): HTMLElement {
    return h('p', { class: 'timer-left', attrs: { 'data-ends-at': endsAt }, text: timerText(endsAt) });
  }

  function updateTimer(): void {
    const line = el.main.querySelector<HTMLElement>('.timer-left');
    const endsAt = Number(line?.dataset.endsAt);
    if (line && endsAt) line.textContent = timerText(endsAt);
  }

  /** The personal overview: whose values one's votes served, then a card per situation. */
  function overviewView(s: PublicState, who: ParticipantState | null, mode: 'ended' | 'during' | 'previous'): HTMLElement[] {
    const sc = scenarioOf(s);
    const view = personalOverview(who?.history ?? [], sc);
    const back =
      mode === 'during'
        ? backButton(t(lang, 'phoneBackToWorkshop'), () => openSub(null, 'open-overview'), 'back-workshop')
        : mode === 'previous'
          ? backButton(t(lang, 'phoneBackToJoin'), () => openSub(null, 'previous-overview'), 'back-join')
          : null;
    const out: (HTMLElement | null)[] = [
      kicker(sc ? tx(lang, sc.title) : t(lang, 'phoneKicker', { code: s.code })),
      heading(t(lang, mode === 'ended' ? 'endedHeading' : mode === 'during' ? 'phoneOverviewSoFar' : 'phoneOverviewHeading')),
      h('p', { class: 'lead', text: t(lang, mode === 'ended' ? 'phoneEndedLead' : mode === 'during' ? 'phoneOverviewLead' : 'phonePreviousOverviewLead') }),
      back,
    ];
    if (!view.rounds.length) {
      out.push(h('p', { class: 'phone-empty', text: t(lang, 'phoneOverviewEmpty') }));
    } else {
      out.push(craftSection(view), h('h2', { id: 'rounds-heading', text: t(lang, 'perSituation') }), roundCards(view.rounds));
    }
    if (mode === 'ended') {
      out.push(
        h(
          'p',
          { class: 'phone-more' },
          button(
            t(lang, 'phoneToJoin'),
            () => {
              if (state && me) previous = { state, me };
              leave();
              notice = null;
              if (location.hash.startsWith('#join')) history.replaceState(null, '', '#join');
              render();
            },
            { class: 'btn btn-secondary phone-wide', attrs: { 'data-focus-key': 'to-join' } },
          ),
        ),
      );
    } else if (back && view.rounds.length > 2) {
      out.push(h('p', { class: 'phone-more' }, backButton(mode === 'during' ? t(lang, 'phoneBackToWorkshop') : t(lang, 'phoneBackToJoin'), mode === 'during' ? () => openSub(null, 'open-overview') : () => openSub(null, 'previous-overview'), 'back-bottom')));
    }
    return out.filter((x): x is HTMLElement => x !== null);
  }

  function craftSection(view: PersonalOverview): HTMLElement {
    const craft = view.craft;
    const body: (HTMLElement | null)[] = [h('h2', { id: 'craft-heading', text: t(lang, 'phoneCraftHeading') })];
    if (!craft) {
      body.push(h('p', { text: t(lang, view.rounds.some((r) => r.mine) ? 'phoneCraftUnknown' : 'phoneCraftNone') }));
    } else {
      const info = craft.kind === 'bridging' ? null : PERSPECTIVE_INFO[craft.kind];
      body.push(
        h('p', { class: 'phone-craft-lead', text: info ? t(lang, 'phoneCraftNearest', { name: lowerFirst(info.name[lang]), values: info.values.map((v) => v[lang]).join(', ') }) : t(lang, 'phoneCraftBridging') }),
        h('p', { class: 'hint', text: t(lang, craft.votes === 1 ? 'phoneCraftBasisOne' : 'phoneCraftBasis', { n: craft.votes }) }),
      );
      const pct = percentages(craft.shares.map((c) => c.share));
      body.push(
        h(
          'ul',
          { class: 'phone-craft', attrs: { 'aria-label': t(lang, 'phoneCraftListLabel') } },
          ...craft.shares.map((c, i) =>
            h(
              'li',
              { class: `phone-craft-row perspective-${c.perspective}${craft.kind === c.perspective ? ' is-nearest' : ''}` },
              h('span', { class: 'phone-spread-label' }, h('span', { class: 'phone-spread-name', text: PERSPECTIVE_INFO[c.perspective].name[lang] }), h('span', { class: 'phone-spread-count', text: `${pct[i]}%` })),
              h('span', { class: 'phone-bar-track', attrs: { 'aria-hidden': 'true' } }, h('span', { class: `phone-bar perspective-fill-${c.perspective}`, attrs: { style: `width: ${pct[i]}%` } })),
              h('span', { class: 'phone-spread-note', text: c.votes === 0 ? t(lang, 'phoneCraftShareNone') : craft.votes === 1 ? t(lang, 'phoneCraftShareOne') : t(lang, 'phoneCraftShareVotes', { n: c.votes, total: craft.votes }) }),
            ),
          ),
        ),
      );
    }
    return h('section', { class: 'card phone-craft-card', attrs: { 'aria-labelledby': 'craft-heading' } }, ...body);
  }

  function roundCards(rounds: OverviewRound[]): HTMLElement {
    return h(
      'ol',
      { class: 'phone-rounds', attrs: { 'aria-labelledby': 'rounds-heading' } },
      ...rounds.map((r, i) => {
        const changed = r.mine && voteKey(r.mine.first) !== voteKey(r.mine.final);
        const rows: [string, string][] = !r.mine
          ? [[t(lang, 'endedMine'), t(lang, 'phoneNoVote')]]
          : changed
            ? [
                [t(lang, 'phoneMineFirst'), choiceLabel(lang, r.mine.first)],
                [t(lang, 'phoneMineFinal'), choiceLabel(lang, r.mine.final)],
              ]
            : [[t(lang, 'endedMine'), choiceLabel(lang, r.mine.final)]];
        rows.push([t(lang, 'endedGroup'), choiceLabel(lang, r.decided)]);
        return h(
          'li',
          { class: `card phone-round agree-${r.agreement}`, attrs: { 'data-situation': r.situationId } },
          h('h3', { text: `${i + 1}. ${r.title ? tx(lang, r.title) : t(lang, 'situationOf', { n: i + 1 })}` }),
          h('dl', { class: 'phone-facts' }, ...rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])),
          h('p', { class: 'phone-agree' }, h('span', { class: 'phone-agree-mark', text: r.agreement === 'same' ? '✓' : r.agreement === 'none' ? '–' : '≠', attrs: { 'aria-hidden': 'true' } }), agreementText(r.agreement)),
        );
      }),
    );
  }

  function banner(withError: boolean): (HTMLElement | null)[] {
    const pending = link?.pendingVote ?? null;
    const out: (HTMLElement | null)[] = [];
    if (offlineSince !== null) {
      const long = Date.now() - offlineSince >= LONG_OFFLINE_MS;
      out.push(
        h(
          'div',
          { class: 'note phone-note', attrs: { 'data-notice': 'offline' } },
          h('p', { text: t(lang, long ? 'phoneOfflineLong' : 'connectionLost') }),
          pending ? h('p', { text: t(lang, 'liveVoteKept', { vote: choiceLabel(lang, pending) }) }) : null,
        ),
      );
    } else if (pending && voteWaits) {
      out.push(h('p', { class: 'note phone-note', attrs: { 'data-notice': 'vote-waits' }, text: t(lang, voteWaits === 'unavailable' ? 'phoneVoteUnavailable' : 'phoneVoteRateLimited', { vote: choiceLabel(lang, pending) }) }));
    }
    if (notice) out.push(h('p', { class: 'note notice phone-note', attrs: { 'data-notice': 'live' }, text: notice(lang) }));
    if (error && withError) out.push(h('p', { class: 'load-status load-error', attrs: { role: 'alert' }, text: error(lang) }));
    return out;
  }

  function byFocusKey(key: string): HTMLElement | null {
    return [...el.main.querySelectorAll<HTMLElement>('[data-focus-key]')].find((x) => x.dataset.focusKey === key) ?? null;
  }

  function render(): void {
    let children: HTMLElement[];
    let view: string;
    if (state && sub === 'overview' && state.phase !== 'ended') {
      children = overviewView(state, me, 'during');
      view = 'overview';
    } else if (state && sub === 'prioritise' && state.phase === 'voting' && link) {
      children = prioritiseView(state);
      view = 'prioritise';
    } else if (state) {
      children = sessionView(state);
      view = state.phase === 'ended' ? 'overview' : 'session';
    } else if (previous && sub === 'overview') {
      children = overviewView(previous.state, previous.me, 'previous');
      view = 'previous';
    } else {
      children = joinForm();
      view = 'join';
    }
    const focusKey = document.activeElement instanceof HTMLElement && el.main.contains(document.activeElement) ? document.activeElement.dataset.focusKey : undefined;
    el.main.replaceChildren(
      h(
        'section',
        { class: 'screen screen-participant', attrs: { 'aria-labelledby': 'screen-heading', 'data-screen': 'participant', 'data-phase': state?.phase ?? 'join', 'data-view': view, 'data-ended-away': endedAway ? 'true' : undefined } },
        ...banner(view !== 'join').filter((x): x is HTMLElement => x !== null),
        ...children,
      ),
    );
    const key = `${view}:${state?.code}:${state?.phase}:${state?.round}`;
    if (key !== lastKey) {
      const first = lastKey === '';
      lastKey = key;
      const target = focusNext ? byFocusKey(focusNext) : null;
      focusNext = null;
      (target ?? el.main.querySelector<HTMLElement>('#screen-heading'))?.focus({ preventScroll: true });
      // A new screen starts at its top (the page does not keep the old one's scroll).
      if (!first && !target) window.scrollTo?.(0, 0);
      else target?.scrollIntoView?.({ block: 'center' });
    } else if (focusKey) {
      const again = byFocusKey(focusKey);
      again?.focus({ preventScroll: true });
      // Typing goes on where it was: at the end of what is typed.
      if (again instanceof HTMLInputElement) again.setSelectionRange(again.value.length, again.value.length);
    }
  }

  // Escape goes back from a sub-screen; digits choose an option, as in solo play.
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
    if (e.key === 'Escape' && sub) {
      e.preventDefault();
      openSub(null, sub === 'prioritise' ? 'vote-prioritise' : state ? 'open-overview' : 'previous-overview');
      return;
    }
    if (!/^[1-5]$/.test(e.key) || !link || state?.phase !== 'voting') return;
    const n = Number(e.key) - 1;
    if (sub === 'prioritise') {
      const p = PERSPECTIVES[n];
      if (!p) return;
      e.preventDefault();
      vote({ strategy: 'prioritise', perspective: p });
    } else if (!sub) {
      const k: Strategy | undefined = STRATEGIES[n];
      if (!k) return;
      e.preventDefault();
      if (k === 'prioritise') openSub('prioritise');
      else vote({ strategy: k });
    }
  });

  // A link with another workshop's code (a new QR code, a new link in the same tab): leave the
  // old workshop and join the new one. The old token stays kept, for its own code only.
  window.addEventListener('hashchange', () => {
    if (!location.hash.startsWith('#join')) return;
    const code = codeFromHash();
    const here = link?.code ?? joining ?? (endedAway ? state?.code : null) ?? null;
    if (!isValidCode(code) || code === here) return;
    const nickname = me?.nickname ?? (draft.nickname.trim() || null);
    if (state && me) previous = { state, me };
    draft.code = null;
    leave();
    error = null;
    notice = null;
    void joinWith(code, nickname, { from: here });
  });

  // A phone picked up again asks for the room's state (the counts are not pushed to phones).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') link?.refresh();
  });

  onLang((next) => {
    lang = next;
    render();
  });
  render();
  // A stored token for this code means we were here before: rejoin without asking again.
  const code = codeFromHash();
  if (isValidCode(code) && readToken(code)) void joinWith(code, null);
}
