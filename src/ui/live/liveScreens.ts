// What the facilitator sees in a workshop: the lobby with code, address and QR code; beside each
// situation the room's votes (count, who has not voted, the spread after the reveal, a re-vote, a
// timer, the decision); and in group mode a form for the room's tallies.
import { PERSPECTIVES, PERSPECTIVE_INFO, STRATEGIES, STRATEGY_INFO, type Lang, type Perspective, type Strategy } from '../../engine';
import type { GameContext, GameEvent } from '../../flow/gameMachine';
import { MAX_PARTICIPANTS, type FacilitatorState, type Vote } from '../../live/session';
import { button, h } from '../shared/dom';
import { t, tx } from '../shared/i18n';
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
  /** End the session for every phone and leave the workshop (after the facilitator confirmed). */
  stop(): void;
}

/** The room's door and size: the facilitator's defence against strangers and a stuffed vote. */
function roomControls(lang: Lang, live: LiveUi, level: 'h2' | 'h3'): HTMLElement | null {
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

export interface GroupUi {
  counts: Partial<Record<string, number>>;
  setCount(key: string, n: number): void;
  decide(): void;
  message: string | null;
}


export function lobbyScreen(ctx: GameContext, lang: Lang, send: (e: GameEvent) => void, live?: LiveUi): HTMLElement {
  const s = ctx.scenario!;
  return screen(
    'lobby',
    kicker(tx(lang, s.title)),
    heading(t(lang, 'lobbyHeading')),
    h('p', { class: 'lead', text: t(lang, 'lobbyLead') }),
    live?.error ? h('p', { class: 'load-status load-error', attrs: { role: 'alert' }, text: live.error }) : null,
    live?.code && live.joinUrl && !live.lost
      ? h(
          'div',
          { class: 'lobby-join' },
          h(
            'dl',
            { class: 'join-facts' },
            h('dt', { text: t(lang, 'lobbyCode') }),
            h('dd', { class: 'join-code', text: live.code, attrs: { 'data-code': live.code } }),
            h('dt', { text: t(lang, 'lobbyAddress') }),
            h('dd', { class: 'join-url', text: live.joinUrl }),
          ),
          h('div', { class: 'qr-box' }, qrCode(live.joinUrl, t(lang, 'lobbyQr'))),
        )
      : !live?.error && !live?.lost
        ? h('p', { attrs: { role: 'status' }, text: t(lang, 'lobbyConnecting') })
        : null,
    live?.state && !live.lost ? h('p', { class: 'joined-count', attrs: { role: 'status' }, text: t(lang, 'lobbyJoined', { n: live.state.participants }) }) : null,
    live ? lostNotice(lang, live) : null,
    live ? roomControls(lang, live, 'h2') : null,
    h(
      'div',
      { class: 'actions' },
      primary(t(lang, 'lobbyStart'), () => send({ type: 'game.continue' }), 'continue', 'Enter'),
      live?.error ? secondary(t(lang, 'menuGroup'), () => send({ type: 'mode.choose', mode: 'group' }), 'to-group') : null,
      secondary(t(lang, 'quit'), () => send({ type: 'game.quit' }), 'quit'),
    ),
  );
}

/** Bars with the counts written out, so the spread reads without colour and without the chart. */
function spread(lang: Lang, state: FacilitatorState): HTMLElement {
  const s = state.spread!;
  const max = Math.max(1, ...STRATEGIES.map((k) => s.strategies[k]));
  return h(
    'table',
    { class: 'spread' },
    h('caption', { text: t(lang, 'spreadCaption') }),
    h(
      'tbody',
      {},
      ...STRATEGIES.map((k) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' }, text: STRATEGY_INFO[k].name[lang] }),
          h('td', { class: 'bar-cell' }, h('span', { class: `bar strategy-bar-${k}`, attrs: { style: `width:${(s.strategies[k] / max) * 100}%`, 'aria-hidden': 'true' } })),
          h('td', { class: 'num', text: `${s.strategies[k]} ${t(lang, 'spreadFinal')}` }),
          h('td', { class: 'num meta', text: state.revote ? `${t(lang, 'spreadFirst')}: ${s.firstStrategies[k]}` : '' }),
        ),
      ),
      s.strategies.prioritise > 0
        ? h(
            'tr',
            { class: 'perspective-row' },
            h('th', { attrs: { scope: 'row' }, text: STRATEGY_INFO.prioritise.name[lang] }),
            h('td', { attrs: { colspan: 3 }, text: PERSPECTIVES.filter((p) => s.perspectives[p]).map((p) => `${PERSPECTIVE_INFO[p].name[lang]}: ${s.perspectives[p]}`).join(' · ') }),
          )
        : null,
    ),
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
      if (state.revote) children.push(h('p', { class: 'meta', text: t(lang, 'votesChanged', { n: state.spread.changed }) }));
    } else if (state.phase === 'voting' && state.revote) {
      children.push(h('p', { class: 'meta', attrs: { role: 'status' }, text: t(lang, 'votesRevoteOpen') }));
    }
    children.push(timerLine(lang, live));
    children.push(
      h(
        'div',
        { class: 'actions' },
        state.phase === 'voting' ? button(t(lang, 'votesReveal'), () => live.reveal(), { class: 'btn btn-primary', attrs: { 'data-focus-key': 'reveal' } }) : null,
        state.phase === 'revealed' && !state.revote ? button(t(lang, 'votesRevote'), () => live.revote(), { class: 'btn btn-secondary', attrs: { 'data-focus-key': 'revote' } }) : null,
        state.phase === 'revealed' || state.phase === 'voting'
          ? button(t(lang, 'votesMajority'), () => live.decideMajority(), { class: `btn ${state.phase === 'revealed' ? 'btn-primary' : 'btn-secondary'}`, attrs: { 'data-focus-key': 'majority' } })
          : null,
      ),
    );
    children.push(h('p', { class: 'hint', text: t(lang, 'votesPickHint') }));
    children.push(roomControls(lang, live, 'h3'));
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

/** The majority of hand-entered counts, by the same rule as live votes; null on a tie. */
export function majorityOfCounts(counts: Partial<Record<string, number>>): Vote | null {
  const n = (k: string) => counts[k] ?? 0;
  const top = Math.max(...STRATEGIES.map(n));
  if (top <= 0) return null;
  const leaders = STRATEGIES.filter((k) => n(k) === top);
  if (leaders.length !== 1) return null;
  const strategy = leaders[0] as Strategy;
  if (strategy !== 'prioritise') return { strategy };
  const best = Math.max(...PERSPECTIVES.map((p) => n(`prioritise:${p}`)));
  const perspectives = PERSPECTIVES.filter((p) => n(`prioritise:${p}`) === best);
  return best > 0 && perspectives.length === 1 ? { strategy, perspective: perspectives[0] as Perspective } : null;
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
