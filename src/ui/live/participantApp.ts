// The phone side of a workshop: join by code (from the QR code's link or typed), vote a strategy
// and a perspective for prioritise, see the room's spread and the group's choice, and at the end
// one's own votes beside the group's. The token is kept on the phone, so a phone that sleeps or
// reloads comes back as the same participant with its vote kept.
import { PERSPECTIVES, PERSPECTIVE_INFO, STRATEGIES, STRATEGY_INFO, type Lang, type Strategy } from '../../engine';
import { ParticipantClient, LiveError } from '../../live/client';
import { isValidCode, normaliseCode, type ParticipantState, type PublicState, type Vote } from '../../live/session';
import type { CatalogEntry } from '../../scenario/catalog';
import { optionText } from '../../scenario/optionText';
import type { Scenario } from '../../scenario/schema';
import { button, h } from '../shared/dom';
import { choiceLabel, liveErrorText, t, tx } from '../shared/i18n';
import { heading, kicker, paragraphs } from '../shared/screenParts';

const TOKEN_PREFIX = 'spagaat.live.';

interface Elements {
  main: HTMLElement;
  langButton: HTMLButtonElement;
}

export function mountParticipant(el: Elements, storage: Storage | null, catalog: Promise<CatalogEntry[]>, initialLang: Lang, onLang: (listener: (lang: Lang) => void) => void): void {
  let lang = initialLang;
  let client: ParticipantClient | null = null;
  let state: PublicState | null = null;
  let me: ParticipantState | null = null;
  let error: string | null = null;
  /** What happened to the workshop or the phone's place in it, shown above the join form or the vote. */
  let notice: string | null = null;
  let offline = false;
  let pendingStrategy: Strategy | null = null;
  let scenarios: Scenario[] = [];
  let lastKey = '';
  let ticker: ReturnType<typeof setInterval> | null = null;
  void catalog.then((entries) => {
    scenarios = entries.flatMap((e) => (e.ok ? [e.scenario] : []));
    render();
  });

  const codeFromHash = () => normaliseCode(decodeURIComponent(location.hash.replace(/^#join=?/, '')));
  const scenario = () => scenarios.find((s) => s.id === state?.scenarioId) ?? null;
  const situation = () => scenario()?.situations.find((s) => s.id === state?.situationId) ?? null;

  function readToken(code: string): string | null {
    try {
      return storage?.getItem(TOKEN_PREFIX + code) ?? null;
    } catch {
      return null;
    }
  }

  function forgetToken(code: string): void {
    try {
      storage?.removeItem(TOKEN_PREFIX + code);
    } catch {
      // Nothing kept, nothing to forget.
    }
  }

  /** Back to the join form, with a message that says what happened and what to do. */
  function lost(message: string): void {
    client?.close();
    client = null;
    state = null;
    me = null;
    pendingStrategy = null;
    offline = false;
    notice = message;
    if (location.hash.startsWith('#join')) history.replaceState(null, '', '#join');
    render();
  }

  async function joinWith(code: string, nickname: string | null, retried = false): Promise<void> {
    error = null;
    if (!isValidCode(code)) {
      error = t(lang, 'joinUnknown');
      return render();
    }
    const token = retried ? null : readToken(code);
    try {
      client = await ParticipantClient.join(code, token, nickname, {
        onState: (s) => {
          state = s;
          // The discussion timer counts down on the phone too.
          if (s.timerEndsAt && !ticker) ticker = setInterval(render, 1000);
          if (!s.timerEndsAt && ticker) {
            clearInterval(ticker);
            ticker = null;
          }
          if (s.phase !== 'voting' && s.phase !== 'revealed') pendingStrategy = null;
          render();
        },
        onMe: (m) => {
          me = m;
          render();
        },
        onConnection: (up) => {
          offline = !up;
          render();
        },
        onLost: (reason) => {
          forgetToken(code);
          lost(t(lang, reason === 'ended' ? 'liveLostEnded' : 'liveLostGone', { code }));
        },
        onVoteDropped: () => {
          notice = t(lang, 'liveVoteDropped');
          render();
        },
      });
      notice = retried ? t(lang, 'liveTokenReset') : null;
      render();
      try {
        storage?.setItem(TOKEN_PREFIX + code, client.token);
      } catch {
        // Without storage the phone stays in as long as the page is open.
      }
      if (location.hash !== `#join=${code}`) history.replaceState(null, '', `#join=${code}`);
    } catch (e) {
      // A kept token the server does not accept (damaged, or from before a restart): join afresh.
      if (token && e instanceof LiveError && (e.code === 'not-allowed' || e.code === 'invalid-message')) {
        forgetToken(code);
        return joinWith(code, nickname, true);
      }
      if (token && e instanceof LiveError && e.code === 'unknown-session') forgetToken(code);
      error = e instanceof LiveError && (e.code === 'unknown-session' || e.code === 'invalid-message') ? t(lang, 'joinUnknown') : t(lang, 'joinFailed', { error: liveErrorText(lang, e) });
      render();
    }
  }

  function vote(v: Vote): void {
    pendingStrategy = null;
    if (!client || !state) return;
    client.vote(v, state.round).then(
      (m) => {
        me = m;
        error = null;
        render();
      },
      (e: unknown) => {
        // Offline: the vote is kept and goes out again once the connection is back.
        error = e instanceof LiveError && (e.code === 'offline' || e.code === 'unavailable') ? t(lang, 'liveVoteKept') : t(lang, 'voteFailed', { error: liveErrorText(lang, e) });
        render();
      },
    );
  }

  function joinForm(): HTMLElement[] {
    const code = h('input', { id: 'join-code', attrs: { autocomplete: 'off', autocapitalize: 'characters', maxlength: 12, value: codeFromHash(), inputmode: 'text' } });
    const nickname = h('input', { id: 'join-nickname', attrs: { autocomplete: 'nickname', maxlength: 24 } });
    const submit = (e: Event) => {
      e.preventDefault();
      void joinWith(normaliseCode(code.value), nickname.value.trim() || null);
    };
    return [
      heading(t(lang, 'joinHeading')),
      h('p', { class: 'lead', text: t(lang, 'joinLead') }),
      h(
        'form',
        { class: 'join-form', on: { submit } },
        h('div', { class: 'field' }, h('label', { text: t(lang, 'joinCode'), attrs: { for: 'join-code' } }), code),
        h('div', { class: 'field' }, h('label', { text: t(lang, 'joinNickname'), attrs: { for: 'join-nickname' } }), nickname),
        h('div', { class: 'actions' }, h('button', { class: 'btn btn-primary', text: t(lang, 'joinButton'), attrs: { type: 'submit', 'data-focus-key': 'join' } })),
      ),
      h('p', {}, h('a', { text: t(lang, 'backToGame'), attrs: { href: './' } })),
    ];
  }

  function votingButtons(mine: Vote | null): HTMLElement {
    const sit = situation();
    if (pendingStrategy === 'prioritise') {
      return h(
        'ol',
        { class: 'strategy-list' },
        ...PERSPECTIVES.map((p) =>
          h('li', {}, button([h('strong', { text: t(lang, 'putFirst', { name: PERSPECTIVE_INFO[p].name[lang] }) })], () => vote({ strategy: 'prioritise', perspective: p }), { class: `strategy perspective-option perspective-${p}`, attrs: { 'data-focus-key': `vote-${p}` } })),
        ),
      );
    }
    return h(
      'ol',
      { class: 'strategy-list' },
      ...STRATEGIES.map((s) =>
        h(
          'li',
          {},
          button(
            [h('span', { class: 'strategy-text' }, h('strong', { text: STRATEGY_INFO[s].name[lang] }), sit ? h('span', { text: tx(lang, sit.options[s].label) }) : null)],
            () => (s === 'prioritise' ? ((pendingStrategy = s), render()) : vote({ strategy: s })),
            { class: `strategy${mine?.strategy === s ? ' is-mine' : ''}`, attrs: { 'aria-pressed': mine?.strategy === s ? 'true' : 'false', 'data-focus-key': `vote-${s}` } },
          ),
        ),
      ),
    );
  }

  function sessionView(): HTMLElement[] {
    const s = state!;
    const sit = situation();
    const sc = scenario();
    const mine = me?.ballot?.final ?? null;
    const out: (HTMLElement | null)[] = [kicker(sc ? tx(lang, sc.title) : s.code)];
    if (s.phase === 'lobby' || !sit) {
      out.push(heading(t(lang, 'waitHeading')), h('p', { class: 'lead', text: t(lang, 'waitLead') }));
    } else if (s.phase === 'ended') {
      out.push(
        heading(t(lang, 'endedHeading')),
        h(
          'table',
          { class: 'history-table' },
          h('thead', {}, h('tr', {}, h('td'), h('th', { attrs: { scope: 'col' }, text: t(lang, 'endedMine') }), h('th', { attrs: { scope: 'col' }, text: t(lang, 'endedGroup') }))),
          h(
            'tbody',
            {},
            ...(me?.history ?? []).map((r) =>
              h('tr', {}, h('th', { attrs: { scope: 'row' }, text: sc ? tx(lang, sc.situations.find((x) => x.id === r.situationId)?.title ?? { nl: r.situationId, en: r.situationId }) : r.situationId }), h('td', { text: r.mine ? choiceLabel(lang, r.mine.final) : '—' }), h('td', { text: choiceLabel(lang, r.decided) })),
            ),
          ),
        ),
      );
    } else {
      out.push(heading(tx(lang, sit.title)));
      if (s.phase === 'decided' && s.decided) {
        const texts = optionText(sit, s.decided);
        out.push(
          h(
            'p',
            { class: 'your-choice' },
            h('strong', { text: t(lang, 'decidedHeading', { vote: choiceLabel(lang, s.decided) }) }),
            mine ? h('br') : null,
            mine ? t(lang, 'voteMine', { vote: choiceLabel(lang, mine) }) : null,
          ),
          h('section', { class: 'card inside' }, h('h2', { text: t(lang, 'inside') }), h('p', { text: tx(lang, texts.inside) })),
          h('section', { class: 'card outside' }, h('h2', { text: t(lang, 'outside') }), h('p', { text: tx(lang, texts.outside) })),
        );
      } else {
        if (s.timerEndsAt) {
          const left = Math.max(0, Math.round((s.timerEndsAt - Date.now()) / 1000));
          out.push(h('p', { class: 'timer-left', text: t(lang, 'timerLeft', { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` }) }));
        }
        out.push(...paragraphs(tx(lang, sit.text)));
        if (mine) out.push(h('p', { class: 'your-choice', attrs: { role: 'status' } }, h('strong', { text: t(lang, 'voteMine', { vote: choiceLabel(lang, mine) }) })));
        if (s.phase === 'revealed' && s.spread) {
          out.push(
            h('h2', { text: t(lang, 'revealedHeading') }),
            h('ul', { class: 'spread-list' }, ...STRATEGIES.map((k) => h('li', { text: `${STRATEGY_INFO[k].name[lang]}: ${s.spread!.strategies[k]}` }))),
          );
        }
        const canVote = s.phase === 'voting';
        if (canVote) {
          out.push(h('h2', { text: s.revote ? t(lang, 'revoteNow') : t(lang, 'voteChoose') }));
          if (mine) out.push(h('p', { class: 'hint', text: t(lang, 'voteCanChange') }));
          out.push(votingButtons(mine));
        }
      }
    }
    return out.filter((x): x is HTMLElement => x !== null);
  }

  function render(): void {
    const children = client && state ? sessionView() : joinForm();
    const banner = [
      offline ? h('p', { class: 'note', attrs: { role: 'status' }, text: t(lang, 'connectionLost') }) : null,
      notice ? h('p', { class: 'note notice', attrs: { role: 'status', 'data-notice': 'live' }, text: notice }) : null,
      error ? h('p', { class: 'load-status load-error', attrs: { role: 'alert' }, text: error }) : null,
    ];
    const focusKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;
    el.main.replaceChildren(h('section', { class: 'screen screen-participant', attrs: { 'aria-labelledby': 'screen-heading', 'data-screen': 'participant', 'data-phase': state?.phase ?? 'join' } }, ...banner, ...children));
    const key = `${state?.phase}:${state?.situationId}:${Boolean(client)}:${pendingStrategy}`;
    if (key !== lastKey) {
      lastKey = key;
      el.main.querySelector<HTMLElement>('#screen-heading')?.focus({ preventScroll: true });
    } else if (focusKey) {
      el.main.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
    }
  }

  onLang((next) => {
    lang = next;
    render();
  });
  render();
  // A stored token for this code means we were here before: rejoin without asking again.
  const code = codeFromHash();
  if (isValidCode(code) && readToken(code)) void joinWith(code, null);
}
