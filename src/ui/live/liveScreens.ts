// What the facilitator sees in a workshop: the lobby with code, address and QR code; beside each
// situation the room's votes (count, who has not voted, the spread after the reveal, a re-vote, a
// timer, the decision); and in group mode a form for the room's tallies.
import { PERSPECTIVES, PERSPECTIVE_INFO, STRATEGIES, STRATEGY_INFO, type Lang, type Perspective, type Strategy } from '../../engine';
import type { GameContext, GameEvent } from '../../flow/gameMachine';
import { MAX_PARTICIPANTS, type FacilitatorState, type RoundSpread, type Vote } from '../../live/session';
import { button, h } from '../shared/dom';
import { choiceLabel, t, tx } from '../shared/i18n';
import { qrCode } from '../shared/qrCode';
import { heading, kicker, primary, screen, secondary } from '../shared/screenParts';

export interface LiveUi {
  code: string | null;
  joinUrl: string | null;
  state: FacilitatorState | null;
  error: string | null;
  offline: boolean;
  now: number;
  reveal(): void;
  revote(): void;
  timer(seconds: number): void;
  decideMajority(): void;
  download(kind: 'json' | 'csv'): void;
  /** Set the room: most participants, and whether new ones may join. */
  room(maxParticipants: number, joinsOpen: boolean): void;
  /** The number being typed for the room's size, until saved. */
  roomDraft: string | null;
  setRoomDraft(value: string | null): void;
  /** The server lost the session (restart): the facilitator may start a new one. */
  lost: boolean;
  restart(): void;
  /** Set once a new session replaced a lost one mid-game: its code is shown beside the votes. */
  replaced: boolean;
  /** A workshop kept in this browser that can be resumed (after a reload or a crash), if any. */
  saved: { code: string; scenarioId: string; decided: number } | null;
  /** The kept workshop could not be read and was removed. */
  savedBroken: boolean;
  resuming: boolean;
  resumeError: string | null;
  resumeWorkshop(): void;
  forgetWorkshop(): void;
  /** A one-time link to carry on on another device, once made (valid for a few minutes). */
  handoffLink: { url: string; expiresAt: number } | null;
  makeHandoff(): void;
  /** At the debrief: each decided round as the room voted it (from the session's export). */
  roomRounds: RoomRound[] | null;
  /** End the session for every phone and leave the workshop (after the facilitator confirmed). */
  stop(): void;
  /**
   * Only for a page opened at localhost: whether phones can reach the server at all, and the
   * computer's network addresses to send them to instead.
   */
  address: { problem: 'loopback' | 'no-network' | null; choices: string[]; chosen: string | null } | null;
  chooseAddress(address: string): void;
}

/** The room's door and size: the facilitator's defence against strangers and a stuffed vote. */
export function roomControls(lang: Lang, live: LiveUi, level: 'h2' | 'h3'): HTMLElement | null {
  const state = live.state;
  if (!state || state.phase === 'ended' || live.lost) return null;
  // What the facilitator is typing survives the re-renders that every join brings.
  const max = h('input', {
    id: 'room-max',
    attrs: { type: 'number', min: 1, max: MAX_PARTICIPANTS, inputmode: 'numeric', value: live.roomDraft ?? String(state.maxParticipants), 'data-focus-key': 'room-max' },
    on: { input: (e) => live.setRoomDraft((e.target as HTMLInputElement).value) },
  });
  const save = (e: Event) => {
    e.preventDefault();
    const n = Math.floor(Number(max.value));
    if (n >= 1 && n <= MAX_PARTICIPANTS) live.room(n, state.joinsOpen);
  };
  return h(
    'form',
    { class: 'room-controls', attrs: { 'aria-labelledby': 'room-heading' }, on: { submit: save } },
    h(level, { id: 'room-heading', text: t(lang, 'roomHeading') }),
    h('p', { class: 'meta', attrs: { role: 'status' }, text: state.joinsOpen ? t(lang, 'roomStatusOpen', { n: state.participants, max: state.maxParticipants }) : t(lang, 'roomStatusClosed', { n: state.participants }) }),
    h('label', { class: 'room-label', text: t(lang, 'roomMax'), attrs: { for: 'room-max' } }),
    h(
      'div',
      { class: 'room-row' },
      max,
      h('button', { class: 'btn btn-small', text: t(lang, 'roomSave'), attrs: { type: 'submit', 'data-focus-key': 'room-save' } }),
      button(state.joinsOpen ? t(lang, 'roomClose') : t(lang, 'roomOpen'), () => live.room(state.maxParticipants, !state.joinsOpen), { class: 'btn btn-small btn-secondary', attrs: { 'data-focus-key': 'room-door' } }),
    ),
  );
}

/** Carry on on another device: a one-time link that takes over the facilitator's seat. */
export function handoffControls(lang: Lang, live: LiveUi): HTMLElement | null {
  if (!live.code || live.lost || live.state?.phase === 'ended') return null;
  const link = live.handoffLink;
  const until = link ? new Date(link.expiresAt).toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
  return h(
    'section',
    { class: 'handoff', attrs: { 'aria-labelledby': 'handoff-heading' } },
    h('h2', { id: 'handoff-heading', text: t(lang, 'handoffHeading') }),
    // No QR code: the link gives the facilitator's seat to whoever opens it first, so it is copied
    // and sent to oneself, never projected for the room to scan.
    link
      ? h(
          'div',
          { class: 'handoff-link' },
          h('p', { text: t(lang, 'handoffReady', { time: until }) }),
          h('label', { class: 'visually-hidden', text: t(lang, 'handoffHeading'), attrs: { for: 'handoff-url' } }),
          h('input', { id: 'handoff-url', class: 'handoff-url', attrs: { type: 'text', readonly: true, value: link.url, 'data-focus-key': 'handoff-url' } }),
          button(t(lang, 'handoffCopy'), () => void navigator.clipboard?.writeText(link.url).catch(() => {}), { class: 'btn btn-secondary btn-small', attrs: { 'data-focus-key': 'handoff-copy' } }),
        )
      : h('p', { class: 'hint', text: t(lang, 'handoffLead') }),
    link ? null : button(t(lang, 'handoffMake'), () => live.makeHandoff(), { class: 'btn btn-secondary btn-small', attrs: { 'data-focus-key': 'handoff' } }),
  );
}

/** When the server lost the session: say so plainly and offer a new one. */
function lostNotice(lang: Lang, live: LiveUi): HTMLElement | null {
  if (!live.lost) return null;
  return h(
    'div',
    { class: 'load-status load-error', attrs: { role: 'alert', 'data-notice': 'session-lost' } },
    h('p', { text: t(lang, 'liveSessionLost') }),
    button(t(lang, 'liveRestart'), () => live.restart(), { class: 'btn btn-primary', attrs: { 'data-focus-key': 'live-restart' } }),
  );
}

export interface RoomRound {
  situationId: string;
  decided: Vote;
  spread: RoundSpread;
}

export interface GroupUi {
  counts: Partial<Record<string, number>>;
  setCount(key: string, n: number): void;
  decide(): void;
  message: string | null;
}

/** When the page was opened at localhost: where phones can reach it, or why they cannot. */
function addressNotice(lang: Lang, live: LiveUi): HTMLElement | null {
  const address = live.address;
  if (!address) return null;
  if (address.problem) {
    return h('p', { class: 'load-status load-error address-problem', attrs: { role: 'alert' }, text: t(lang, address.problem === 'loopback' ? 'addressLoopback' : 'addressNoNetwork') });
  }
  if (address.choices.length < 2) return null;
  return h(
    'div',
    { class: 'address-choices' },
    h('p', { class: 'meta', text: t(lang, 'addressChoices') }),
    ...address.choices.map((a) =>
      button(t(lang, 'addressUse', { address: a }), () => live.chooseAddress(a), {
        class: `btn btn-small ${a === address.chosen ? 'btn-primary' : 'btn-secondary'}`,
        attrs: { 'aria-pressed': a === address.chosen ? 'true' : 'false', 'data-focus-key': `address-${a}` },
      }),
    ),
  );
}

/** The newest name slides in once, not again on every re-render. */
let lastNewest: string | null = null;

/** The names of the latest to join, newest first: the room sees itself arrive. */
function joinedNames(lang: Lang, state: FacilitatorState): HTMLElement | null {
  if (!state.joined.length) return null;
  const arrived = `${state.code}:${state.participants}` !== lastNewest;
  lastNewest = `${state.code}:${state.participants}`;
  return h(
    'ul',
    { class: 'joined-names', attrs: { 'aria-label': t(lang, 'lobbyJoinedNames') } },
    ...state.joined.map((name, i) => h('li', { class: i === 0 && arrived ? 'is-new' : '', text: name.startsWith('#') ? t(lang, 'participantNumber', { n: name.slice(1) }) : name })),
  );
}

export function lobbyScreen(ctx: GameContext, lang: Lang, send: (e: GameEvent) => void, live?: LiveUi): HTMLElement {
  const s = ctx.scenario!;
  const ready = live?.code && live.joinUrl && !live.lost;
  return screen(
    'lobby',
    h(
      'div',
      { class: 'lobby-grid' },
      h(
        'div',
        { class: 'lobby-main' },
        kicker(tx(lang, s.title)),
        heading(t(lang, 'lobbyHeading')),
        h('p', { class: 'lead', text: t(lang, 'lobbyLead') }),
        live?.error ? h('p', { class: 'load-status load-error', attrs: { role: 'alert' }, text: live.error }) : null,
        ready
          ? h(
              'dl',
              { class: 'join-facts' },
              h('dt', { text: t(lang, 'lobbyCode') }),
              h('dd', { class: 'join-code', text: live.code!, attrs: { 'data-code': live.code! } }),
              h('dt', { text: t(lang, 'lobbyAddress') }),
              h('dd', { class: 'join-url', text: live.joinUrl! }),
            )
          : !live?.error && !live?.lost
            ? h('p', { attrs: { role: 'status' }, text: t(lang, 'lobbyConnecting') })
            : null,
        live && ready ? addressNotice(lang, live) : null,
        live?.state && !live.lost ? h('p', { class: 'joined-count', attrs: { role: 'status' }, text: t(lang, 'lobbyJoined', { n: live.state.participants }) }) : null,
        live?.state && !live.lost ? joinedNames(lang, live.state) : null,
        live ? lostNotice(lang, live) : null,
        h(
          'div',
          { class: 'actions' },
          primary(t(lang, 'lobbyStart'), () => send({ type: 'game.continue' }), 'continue', 'Enter'),
          live?.error ? secondary(t(lang, 'menuGroup'), () => send({ type: 'mode.choose', mode: 'group' }), 'to-group') : null,
          h('a', { class: 'btn btn-secondary', attrs: { href: lang === 'en' ? '#guide/en' : '#guide', target: '_blank', rel: 'noopener', 'data-focus-key': 'lobby-guide' } }, t(lang, 'guideLink'), h('span', { class: 'visually-hidden', text: ` ${t(lang, 'newTab')}` })),
          secondary(t(lang, 'quit'), () => send({ type: 'game.quit' }), 'quit'),
        ),
        live ? roomControls(lang, live, 'h2') : null,
        live && ready ? handoffControls(lang, live) : null,
      ),
      ready ? h('div', { class: 'qr-box lobby-qr' }, qrCode(live.joinUrl!, t(lang, 'lobbyQr'))) : null,
    ),
  );
}

/** Throughout a workshop, in a corner: the code and a QR code, for whoever comes in late. */
export function joinCorner(lang: Lang, live: LiveUi): HTMLElement | null {
  if (!live.code || !live.joinUrl || live.lost || live.state?.phase === 'ended') return null;
  return h(
    'aside',
    // data-url: the address the QR code holds, the same one the lobby showed.
    { class: 'join-corner', attrs: { 'aria-label': t(lang, 'cornerLabel'), 'data-url': live.joinUrl } },
    h('div', { class: 'corner-qr' }, qrCode(live.joinUrl, t(lang, 'lobbyQr'))),
    h('p', { class: 'corner-text' }, h('span', { class: 'corner-code', text: live.code }), h('span', { class: 'corner-url', text: live.joinUrl.replace(/^https?:\/\//, '').replace(/#join=.*$/, '') })),
  );
}

/** The reveal animates once per round, not again on every re-render (the timer ticks each second). */
let animatedRound: string | null = null;

const share = (n: number, total: number) => (total > 0 ? Math.round((n / total) * 100) : 0);
const votesText = (lang: Lang, n: number) => t(lang, n === 1 ? 'spreadVoteOne' : 'spreadVotes', { n });
const sumOf = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
/** "Rechtmatige overheid 2 · Netwerkende overheid 1": the perspectives that got votes to prioritise. */
const perspectiveText = (lang: Lang, perspectives: Record<Perspective, number>) =>
  PERSPECTIVES.filter((p) => perspectives[p])
    .map((p) => `${PERSPECTIVE_INFO[p].name[lang]} ${perspectives[p]}`)
    .join(' · ');

function topStrategies(state: FacilitatorState): Strategy[] {
  const s = state.spread!;
  const top = Math.max(...STRATEGIES.map((k) => s.strategies[k]));
  return top > 0 ? STRATEGIES.filter((k) => s.strategies[k] === top) : [];
}

/** One strategy's bar, its share of the votes; prioritise split into its perspectives' colours. */
function spreadBar(state: FacilitatorState, k: Strategy, animate: boolean): HTMLElement {
  const s = state.spread!;
  const total = sumOf(s.strategies);
  const parts =
    k === 'prioritise' && s.strategies.prioritise > 0
      ? PERSPECTIVES.filter((p) => s.perspectives[p]).map((p) =>
          h('span', { class: `bar-part perspective-fill-${p}`, attrs: { style: `width:${share(s.perspectives[p], s.strategies.prioritise)}%` } }),
        )
      : [];
  return h('span', { class: `bar strategy-fill-${k}${animate ? ' grow' : ''}${parts.length ? ' bar-split' : ''}`, attrs: { style: `width:${share(s.strategies[k], total)}%`, 'aria-hidden': 'true' } }, ...parts);
}

/**
 * On a projector the result stands on the option itself (the table above says the same for a
 * screen reader): its bar, count and share, the leader marked.
 */
export function optionResult(lang: Lang, live: LiveUi | undefined, k: Strategy): HTMLElement | null {
  const state = live?.state;
  if (!state?.spread) return null;
  const s = state.spread;
  const total = sumOf(s.strategies);
  return h(
    'span',
    { class: `option-result${topStrategies(state).includes(k) ? ' is-top' : ''}`, attrs: { 'aria-hidden': 'true' } },
    h('span', { class: 'option-bar' }, spreadBar(state, k, animateNow)),
    h('span', { class: 'option-count', text: `${votesText(lang, s.strategies[k])} · ${share(s.strategies[k], total)}%` }),
    // After a re-vote the first round stands beside it: a thin grey bar and its count.
    state.revote
      ? h(
          'span',
          { class: 'option-first' },
          h('span', { class: 'option-first-track' }, h('span', { class: 'bar bar-first', attrs: { style: `width:${share(s.firstStrategies[k], sumOf(s.firstStrategies))}%` } })),
          h('span', { class: 'option-first-count', text: t(lang, 'spreadFirstRound', { n: s.firstStrategies[k] }) }),
        )
      : null,
    k === 'prioritise' && s.strategies.prioritise > 0
      ? h('span', { class: 'option-perspectives', text: perspectiveText(lang, s.perspectives) })
      : null,
  );
}

/** Whether this render is the reveal's first (then its bars grow in); set by the panel, read by the options. */
let animateNow = false;

/**
 * The room's spread: a bar per strategy in its own colour, with the count and share written out
 * (so it reads without colour), prioritise split by perspective, and after a re-vote the first
 * round beside the final one. A tie at the top is called out. On the projector the bars stand on
 * the options (optionResult) and this table is for screen readers.
 */
function spread(lang: Lang, state: FacilitatorState): HTMLElement {
  const s = state.spread!;
  const total = sumOf(s.strategies);
  const firstTotal = sumOf(s.firstStrategies);
  const key = `${state.code}:${state.round}:${state.revote ? 'revote' : 'first'}`;
  const animate = animatedRound !== key;
  animatedRound = key;
  animateNow = animate;
  const leaders = topStrategies(state);
  const bar = (k: Strategy) => spreadBar(state, k, animate);
  return h(
    'div',
    { class: 'spread-block' },
    h(
      'table',
      { class: 'spread' },
      h('caption', { text: t(lang, 'spreadCaption') }),
      h(
        'tbody',
        {},
        ...STRATEGIES.map((k) =>
          h(
            'tr',
            { class: `spread-row${leaders.includes(k) ? ' is-top' : ''}` },
            h('th', { attrs: { scope: 'row' }, text: STRATEGY_INFO[k].name[lang] }),
            h(
              'td',
              { class: 'bar-cell' },
              bar(k),
              state.revote ? h('span', { class: 'bar bar-first', attrs: { style: `width:${share(s.firstStrategies[k], firstTotal)}%`, 'aria-hidden': 'true' } }) : null,
            ),
            h(
              'td',
              { class: 'num' },
              h('span', { class: 'count', text: votesText(lang, s.strategies[k]) }),
              h('span', { class: 'pct', text: ` · ${share(s.strategies[k], total)}%` }),
              state.revote ? h('span', { class: 'first-count', text: t(lang, 'spreadFirstRound', { n: s.firstStrategies[k] }) }) : null,
            ),
          ),
        ),
      ),
    ),
    s.strategies.prioritise > 0
      ? h(
          'p',
          { class: 'perspective-split' },
          `${STRATEGY_INFO.prioritise.name[lang]}: `,
          ...PERSPECTIVES.filter((p) => s.perspectives[p]).flatMap((p, i) => [
            i ? ' · ' : '',
            h('span', { class: `swatch perspective-fill-${p}`, attrs: { 'aria-hidden': 'true' } }),
            `${PERSPECTIVE_INFO[p].name[lang]} ${s.perspectives[p]}`,
          ]),
        )
      : null,
    leaders.length === 1 ? h('p', { class: 'spread-leader', text: t(lang, 'spreadLeader', { name: STRATEGY_INFO[leaders[0]!].name[lang], n: s.strategies[leaders[0]!], total }) }) : null,
    state.revote ? h('p', { class: 'changed-minds', text: t(lang, 'votesChangedOf', { n: s.changed, voters: total }) }) : null,
    leaders.length > 1
      ? h('p', { class: 'tie-callout', attrs: { role: 'status' }, text: t(lang, 'spreadTie', { names: leaders.map((k) => STRATEGY_INFO[k].name[lang]).join(` ${t(lang, 'and')} `) }) })
      : null,
  );
}

function timerLine(lang: Lang, live: LiveUi): HTMLElement {
  const left = live.state?.timerEndsAt ? Math.max(0, Math.round((live.state.timerEndsAt - live.now) / 1000)) : null;
  const time = left === null ? '' : `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  return h(
    'div',
    { class: 'timer' },
    h('span', { class: 'timer-label', text: t(lang, 'timerLabel') }),
    ...[1, 2, 3].map((n) => button(t(lang, 'timerMinutes', { n }), () => live.timer(n * 60), { class: 'btn btn-small', attrs: { 'data-focus-key': `timer-${n}` } })),
    left !== null ? button(t(lang, 'timerStop'), () => live.timer(0), { class: 'btn btn-small', attrs: { 'data-focus-key': 'timer-stop' } }) : null,
    left !== null ? h('span', { class: 'timer-left', text: t(lang, 'timerLeft', { time }) }) : null,
  );
}

export function livePanel(lang: Lang, live: LiveUi): HTMLElement {
  const state = live.state;
  const children: (HTMLElement | null)[] = [h('h2', { id: 'votes-heading', text: t(lang, 'votesHeading') })];
  if (live.error) children.push(h('p', { class: 'load-status load-error', attrs: { role: 'alert' }, text: live.error }));
  if (live.offline) children.push(h('p', { class: 'note', attrs: { role: 'status' }, text: t(lang, 'liveOffline') }));
  children.push(lostNotice(lang, live));
  if (live.replaced && live.code && live.joinUrl) children.push(h('p', { class: 'note join-code-inline', attrs: { role: 'status' }, text: t(lang, 'liveNewCode', { code: live.code, url: live.joinUrl }) }));
  if (state) {
    children.push(h('p', { class: 'vote-count', attrs: { role: 'status' }, text: t(lang, 'votesCount', { voters: state.voters, participants: state.participants }) }));
    if (state.phase === 'voting' && state.notVotedCount > 0) {
      const more = state.notVotedCount - state.notVoted.length;
      const text = state.notVoted.length
        ? t(lang, 'votesWaiting', { names: state.notVoted.join(', ') + (more > 0 ? ` ${t(lang, 'votesWaitingMore', { n: more })}` : '') })
        : t(lang, 'votesWaitingCount', { n: state.notVotedCount });
      children.push(h('p', { class: 'meta', text }));
    }
    if (state.spread) {
      children.push(spread(lang, state));
    } else if (state.phase === 'voting' && state.revote) {
      children.push(h('p', { class: 'meta', attrs: { role: 'status' }, text: t(lang, 'votesRevoteOpen') }));
    }
    children.push(
      h(
        'div',
        { class: 'actions live-actions' },
        state.phase === 'voting' ? button(t(lang, 'votesReveal'), () => live.reveal(), { class: 'btn btn-primary', attrs: { 'data-focus-key': 'reveal' } }) : null,
        state.phase === 'revealed' && !state.revote ? button(t(lang, 'votesRevote'), () => live.revote(), { class: 'btn btn-secondary', attrs: { 'data-focus-key': 'revote' } }) : null,
        state.phase === 'revealed' || state.phase === 'voting'
          ? button(t(lang, 'votesMajority'), () => live.decideMajority(), { class: `btn ${state.phase === 'revealed' ? 'btn-primary' : 'btn-secondary'}`, attrs: { 'data-focus-key': 'majority' } })
          : null,
      ),
    );
    children.push(timerLine(lang, live));
    children.push(h('p', { class: 'hint', text: t(lang, 'votesPickHint') }));
  }
  return h('section', { class: 'card live-panel', attrs: { 'aria-labelledby': 'votes-heading' } }, ...children);
}

export function groupPanel(lang: Lang, group: GroupUi): HTMLElement {
  const field = (key: string, label: string) =>
    h(
      'div',
      { class: 'field count-field' },
      h('label', { text: label, attrs: { for: `count-${key}` } }),
      h('input', {
        id: `count-${key}`,
        attrs: { type: 'number', min: 0, max: 999, inputmode: 'numeric', value: String(group.counts[key] ?? 0), 'data-focus-key': `count-${key}` },
        on: { change: (e) => group.setCount(key, Math.max(0, Math.min(999, Math.floor(Number((e.target as HTMLInputElement).value) || 0)))) },
      }),
    );
  return h(
    'section',
    { class: 'card live-panel', attrs: { 'aria-labelledby': 'group-heading' } },
    h('h2', { id: 'group-heading', text: t(lang, 'groupHeading') }),
    h('p', { class: 'hint', text: t(lang, 'groupLead') }),
    h('div', { class: 'count-grid' }, ...STRATEGIES.map((k) => field(k, STRATEGY_INFO[k].name[lang]))),
    h('div', { class: 'count-grid' }, ...PERSPECTIVES.map((p) => field(`prioritise:${p}`, `${STRATEGY_INFO.prioritise.name[lang]}: ${PERSPECTIVE_INFO[p].name[lang]}`))),
    group.message ? h('p', { class: 'note', attrs: { role: 'status' }, text: group.message }) : null,
    h('div', { class: 'actions' }, button(t(lang, 'groupDecide'), () => group.decide(), { class: 'btn btn-primary', attrs: { 'data-focus-key': 'group-decide' } })),
  );
}

export type TallyCheck =
  | { ok: true; vote: Vote }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'mismatch'; prioritise: number; perspectives: number }
  | { ok: false; problem: 'tie'; strategies: Strategy[] }
  | { ok: false; problem: 'perspective-tie'; perspectives: Perspective[] };

/**
 * Hand-entered tallies must add up before they decide: every vote to prioritise goes with one
 * perspective (and no perspective has votes without prioritise); then the majority, by the same
 * rule as live votes, with a tie named.
 */
export function checkTallies(counts: Partial<Record<string, number>>): TallyCheck {
  const n = (k: string) => counts[k] ?? 0;
  if (STRATEGIES.every((k) => n(k) === 0)) return { ok: false, problem: 'empty' };
  const perspectives = PERSPECTIVES.reduce((sum, p) => sum + n(`prioritise:${p}`), 0);
  if (perspectives !== n('prioritise')) return { ok: false, problem: 'mismatch', prioritise: n('prioritise'), perspectives };
  const top = Math.max(...STRATEGIES.map(n));
  const leaders = STRATEGIES.filter((k) => n(k) === top);
  if (leaders.length !== 1) return { ok: false, problem: 'tie', strategies: leaders };
  const strategy = leaders[0]!;
  if (strategy !== 'prioritise') return { ok: true, vote: { strategy } };
  const best = Math.max(...PERSPECTIVES.map((p) => n(`prioritise:${p}`)));
  const tied = PERSPECTIVES.filter((p) => n(`prioritise:${p}`) === best);
  return tied.length === 1 ? { ok: true, vote: { strategy, perspective: tied[0]! } } : { ok: false, problem: 'perspective-tie', perspectives: tied };
}

export function sessionExportSection(lang: Lang, live: LiveUi): HTMLElement {
  return h(
    'section',
    { class: 'export no-print', attrs: { 'aria-labelledby': 'session-export-heading' } },
    h('h2', { id: 'session-export-heading', text: t(lang, 'sessionExportHeading') }),
    h('p', { class: 'hint', text: t(lang, 'sessionExportLead') }),
    h(
      'div',
      { class: 'actions' },
      button(t(lang, 'sessionExportJson'), () => live.download('json'), { class: 'btn btn-secondary', attrs: { 'data-focus-key': 'session-json' } }),
      button(t(lang, 'sessionExportCsv'), () => live.download('csv'), { class: 'btn btn-secondary', attrs: { 'data-focus-key': 'session-csv' } }),
    ),
  );
}

/** In the shared debrief, beside each situation: how the room voted, and whether to discuss it first. */
export function roomRoundBlock(lang: Lang, round: RoomRound): HTMLElement {
  const sp = round.spread;
  const revoted = STRATEGIES.some((k) => sp.firstStrategies[k] !== sp.strategies[k]) || sp.changed > 0;
  return h(
    'div',
    { class: `room-round${sp.discussFirst ? ' discuss-first' : ''}` },
    h('h4', {}, t(lang, 'roomVotesHeading'), sp.discussFirst ? h('span', { class: 'badge', text: t(lang, 'roomDiscussFirst') }) : null),
    h('p', {}, h('strong', { text: `${t(lang, 'groupChoiceLabel')}: ${choiceLabel(lang, round.decided)}` }), ` · ${t(lang, 'roomVoters', { n: sp.voters })}`),
    h(
      'table',
      { class: 'room-spread' },
      h('caption', { class: 'visually-hidden', text: t(lang, 'spreadCaption') }),
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, text: t(lang, 'roomStrategy') }), h('th', { attrs: { scope: 'col' }, text: t(lang, 'roomFinal') }), revoted ? h('th', { attrs: { scope: 'col' }, text: t(lang, 'roomFirst') }) : null)),
      h(
        'tbody',
        {},
        ...STRATEGIES.map((k) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' }, text: STRATEGY_INFO[k].name[lang] }),
            h(
              'td',
              {},
              h('span', { class: 'room-bar-track', attrs: { 'aria-hidden': 'true' } }, h('span', { class: `bar strategy-fill-${k}`, attrs: { style: `width:${share(sp.strategies[k], sp.voters)}%` } })),
              ` ${sp.strategies[k]} (${share(sp.strategies[k], sp.voters)}%)`,
            ),
            revoted ? h('td', { text: String(sp.firstStrategies[k]) }) : null,
          ),
        ),
      ),
    ),
    sp.strategies.prioritise > 0
      ? h('p', { class: 'meta', text: `${STRATEGY_INFO.prioritise.name[lang]}: ${perspectiveText(lang, sp.perspectives)}` })
      : null,
    revoted ? h('p', { class: 'meta', text: t(lang, 'votesChangedOf', { n: sp.changed, voters: sp.voters }) }) : null,
  );
}

/** At the top of the shared debrief: where the room was most divided, to start the discussion there. */
export function roomSummary(lang: Lang, titleOf: (situationId: string) => string, rounds: RoomRound[]): HTMLElement {
  const first = rounds.map((r, i) => ({ r, i })).filter(({ r }) => r.spread.discussFirst);
  return h(
    'section',
    { class: 'card room-summary', attrs: { 'aria-labelledby': 'room-summary-heading' } },
    h('h2', { id: 'room-summary-heading', text: t(lang, 'roomSummaryHeading') }),
    first.length
      ? h('p', { text: t(lang, 'roomSummaryDivided') })
      : h('p', { text: t(lang, 'roomSummaryAgreed') }),
    first.length
      ? h('ol', {}, ...first.map(({ r, i }) => h('li', {}, h('a', { attrs: { href: `#debrief-item-${i}` }, text: `${i + 1}. ${titleOf(r.situationId)}` }), ` · ${roomLine(lang, r.spread)}`)))
      : null,
  );
}

function roomLine(lang: Lang, sp: RoundSpread): string {
  return STRATEGIES.filter((k) => sp.strategies[k])
    .sort((a, b) => sp.strategies[b] - sp.strategies[a])
    .map((k) => `${STRATEGY_INFO[k].name[lang]} ${sp.strategies[k]}`)
    .join(', ');
}
