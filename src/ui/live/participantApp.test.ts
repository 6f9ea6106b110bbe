// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { craftProfile, valuesServed, type Lang } from '../../engine';
import { LiveError, type ParticipantHandlers } from '../../live/client';
import type { ParticipantState, PublicState, Vote } from '../../live/session';
import type { CatalogEntry } from '../../scenario/catalog';
import { memoryStorage, modelScenario } from '../../test-support/fixtures';
import { agreement, mountParticipant, percentages, personalOverview, type JoinLive, type LiveLink } from './participantApp';

const scenario = modelScenario();
const [s1, s2, s3] = scenario.situations.filter((s) => !s.when);

function publicState(patch: Partial<PublicState> = {}): PublicState {
  return {
    code: 'ABCDEF',
    scenarioId: scenario.id,
    phase: 'lobby',
    round: 0,
    situationId: null,
    revote: false,
    timerEndsAt: null,
    maxParticipants: 300,
    joinsOpen: true,
    participants: 20,
    voters: 0,
    spread: null,
    decided: null,
    decisions: [],
    ...patch,
  };
}

const meState = (patch: Partial<ParticipantState> = {}): ParticipantState => ({ participantId: 'p1', nickname: null, ballot: null, history: [], ...patch });

/** A workshop on the other end of the line: the test plays the server. */
class FakeLink implements LiveLink {
  pendingVote: Vote | null = null;
  votes: Vote[] = [];
  closed = false;
  refreshed = 0;
  answer: ((v: Vote) => Promise<ParticipantState>) | null = null;
  constructor(
    readonly code: string,
    readonly token: string,
    readonly handlers: ParticipantHandlers,
  ) {}
  vote(v: Vote): Promise<ParticipantState> {
    this.votes.push(v);
    this.pendingVote = v;
    const answer = this.answer ?? (async (x: Vote) => meState({ ballot: { first: x, final: x } }));
    return answer(v).then(
      (m) => {
        this.pendingVote = null;
        return m;
      },
      (e: unknown) => {
        if (!(e instanceof LiveError && (e.code === 'offline' || e.code === 'unavailable'))) this.pendingVote = null;
        throw e;
      },
    );
  }
  refresh(): void {
    this.refreshed++;
  }
  close(): void {
    this.closed = true;
  }
}

interface Harness {
  main: HTMLElement;
  links: FakeLink[];
  joins: { code: string; token: string | null; nickname: string | null }[];
  storage: Storage;
  setLang(lang: Lang): void;
  text(): string;
  click(selector: string): void;
  /** What the server answers to the next joins: a state to join with, or an error. */
  next: (PublicState | LiveError)[];
}

/** Lets the fake server's promises settle (microtasks only, so it works under fake timers too). */
const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

function mount(options: { hash?: string; storage?: Storage; catalog?: CatalogEntry[] } = {}): Harness {
  history.replaceState(null, '', options.hash ?? '#join');
  document.body.replaceChildren();
  const main = document.createElement('main');
  const langButton = document.createElement('button');
  document.body.append(langButton, main);
  const storage = options.storage ?? memoryStorage();
  const links: FakeLink[] = [];
  const joins: Harness['joins'] = [];
  const next: Harness['next'] = [];
  let tokens = 0;
  const join: JoinLive = async (code, token, nickname, handlers) => {
    joins.push({ code, token, nickname });
    const answer = next.shift() ?? publicState({ code });
    if (answer instanceof LiveError) throw answer;
    const link = new FakeLink(code, token ?? `${'t'.repeat(16)}.${String(++tokens).padStart(43, 'x')}`, handlers);
    links.push(link);
    handlers.onState({ ...answer, code });
    handlers.onMe(meState({ nickname }));
    return link;
  };
  let langListener: (l: Lang) => void = () => {};
  const catalog = options.catalog ?? [{ file: 'model.json', source: 'shipped', key: 'model', ok: true, scenario } as CatalogEntry];
  mountParticipant({ main, langButton }, storage, Promise.resolve(catalog), 'nl', (l) => (langListener = l), { join, announcer: null });
  return {
    main,
    links,
    joins,
    storage,
    next,
    setLang: (l) => langListener(l),
    text: () => main.textContent ?? '',
    click: (selector) => {
      const el = main.querySelector<HTMLElement>(selector);
      if (!el) throw new Error(`nothing matches ${selector}`);
      el.click();
    },
  };
}

async function joinAs(hx: Harness, code = 'ABCDEF', nickname = ''): Promise<FakeLink> {
  hx.main.querySelector<HTMLInputElement>('#join-code')!.value = code;
  hx.main.querySelector<HTMLInputElement>('#join-nickname')!.value = nickname;
  hx.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await flush();
  return hx.links.at(-1)!;
}

const phase = (hx: Harness) => hx.main.querySelector('[data-screen="participant"]')!.getAttribute('data-phase');
const view = (hx: Harness) => hx.main.querySelector('[data-screen="participant"]')!.getAttribute('data-view');

beforeEach(() => {
  // jsdom draws nothing, so it scrolls nothing either.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('personalOverview', () => {
  it('reads each final vote through the engine’s valuesServed and craftProfile', () => {
    const history: ParticipantState['history'] = [
      { situationId: s1!.id, mine: { first: { strategy: 'escalate' }, final: { strategy: 'align' } }, decided: { strategy: 'align' } },
      { situationId: s2!.id, mine: { first: { strategy: 'prioritise', perspective: 'responsive' }, final: { strategy: 'prioritise', perspective: 'responsive' } }, decided: { strategy: 'prioritise', perspective: 'lawful' } },
      { situationId: s3!.id, mine: null, decided: { strategy: 'silo' } },
    ];
    const view = personalOverview(history, scenario);
    expect(view.rounds.map((r) => r.agreement)).toEqual(['same', 'same-strategy', 'none']);
    expect(view.rounds[0]!.title).toEqual(s1!.title);
    const served = [valuesServed({ strategy: 'align' }, s1!.dilemma, scenario.department), valuesServed({ strategy: 'prioritise', perspective: 'responsive' }, s2!.dilemma, scenario.department)];
    expect(view.craft!.votes).toBe(2);
    expect(view.craft!.kind).toBe(craftProfile(served.map((s) => ({ served: s }))).kind);
    const share = Object.fromEntries(view.craft!.shares.map((c) => [c.perspective, c.share]));
    // align serves networking 0.75 and responsive 0.25; prioritise-responsive serves responsive 1.
    expect(share).toEqual({ lawful: 0, performing: 0, networking: 0.375, responsive: 0.625 });
    expect(view.craft!.shares.find((c) => c.perspective === 'responsive')!.votes).toBe(2);
  });

  it('has no craft without votes or without the scenario', () => {
    const history: ParticipantState['history'] = [{ situationId: s1!.id, mine: null, decided: { strategy: 'align' } }];
    expect(personalOverview(history, scenario).craft).toBeNull();
    expect(personalOverview([{ ...history[0]!, mine: { first: { strategy: 'align' }, final: { strategy: 'align' } } }], null)).toMatchObject({ craft: null, rounds: [{ title: null, agreement: 'same' }] });
  });

  it('rounds shares to whole percentages that add up to 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([0.375, 0.625, 0, 0])).toEqual([38, 62, 0, 0]);
    expect(percentages([0, 0])).toEqual([0, 0]);
    expect(agreement(null, { strategy: 'align' })).toBe('none');
    expect(agreement({ first: { strategy: 'align' }, final: { strategy: 'silo' } }, { strategy: 'align' })).toBe('other');
  });
});

describe('the phone app', () => {
  it('says what is happening while waiting: the scenario, who joined, the next step', async () => {
    const hx = mount();
    await flush();
    await joinAs(hx, 'abc-def', 'Anouk');
    expect(hx.joins).toEqual([{ code: 'ABCDEF', token: null, nickname: 'Anouk' }]);
    expect(phase(hx)).toBe('lobby');
    expect(hx.text()).toContain('De facilitator start zo met de eerste situatie.');
    expect(hx.text()).toContain(scenario.title.nl);
    expect(hx.text()).toContain('20, jij meegeteld');
    expect(hx.text()).toContain('Anouk');
    // The token is kept under its own code.
    expect(hx.storage.getItem('spagaat.live.ABCDEF')).toBe(hx.links[0]!.token);

    const link = hx.links[0]!;
    link.handlers.onState(publicState({ phase: 'voting', round: 1, situationId: s1!.id, voters: 12 }));
    expect(hx.text()).toContain('12 van de 20 hebben al gestemd');
    link.handlers.onState(publicState({ phase: 'decided', round: 1, situationId: s1!.id, voters: 20, decided: { strategy: 'align' }, decisions: [{ situationId: s1!.id, decided: { strategy: 'align' } }] }));
    expect(hx.main.querySelector('h1')!.textContent).toBe(s1!.title.nl);
    expect(hx.text()).toContain('De groep koos: Afstemmen');
    expect(hx.text()).toContain('De facilitator opent zo de volgende situatie.');
  });

  it('asks again how many have joined while waiting in the lobby, and when the phone wakes up', async () => {
    const hx = mount();
    await flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    const link = await joinAs(hx);
    vi.advanceTimersByTime(60_000);
    expect(link.refreshed).toBe(2);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(link.refreshed).toBe(3);
  });

  it('goes back from the prioritise sub-screen without voting, by its button and by Escape', async () => {
    const hx = mount();
    await flush();
    const link = await joinAs(hx);
    link.handlers.onState(publicState({ phase: 'voting', round: 1, situationId: s1!.id }));
    hx.click('[data-focus-key="vote-prioritise"]');
    expect(view(hx)).toBe('prioritise');
    hx.click('[data-focus-key="back-strategies"]');
    expect(view(hx)).toBe('session');
    expect(document.activeElement?.getAttribute('data-focus-key')).toBe('vote-prioritise');
    hx.click('[data-focus-key="vote-prioritise"]');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(view(hx)).toBe('session');
    expect(link.votes).toEqual([]);
    // With the keyboard: 3 is prioritise, then 4 the responsive perspective.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '3' }));
    expect(view(hx)).toBe('prioritise');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '4' }));
    await flush();
    expect(link.votes).toEqual([{ strategy: 'prioritise', perspective: 'responsive' }]);
    expect(view(hx)).toBe('session');
    expect(hx.main.querySelector('.your-choice')!.textContent).toContain('Responsieve overheid');
    // One's own vote brings a fresh count.
    expect(link.refreshed).toBe(1);
  });

  it('shows the overview as a card per situation, with the craft profile as text, and goes back', async () => {
    const hx = mount();
    await flush();
    const link = await joinAs(hx);
    const history: ParticipantState['history'] = [
      { situationId: s1!.id, mine: { first: { strategy: 'escalate' }, final: { strategy: 'align' } }, decided: { strategy: 'align' } },
      { situationId: s2!.id, mine: { first: { strategy: 'silo' }, final: { strategy: 'silo' } }, decided: { strategy: 'escalate' } },
    ];
    link.handlers.onState(publicState({ phase: 'decided', round: 2, situationId: s2!.id, decided: { strategy: 'escalate' } }));
    link.handlers.onMe(meState({ history, ballot: history[1]!.mine }));
    hx.click('[data-focus-key="open-overview"]');
    expect(view(hx)).toBe('overview');
    const cards = [...hx.main.querySelectorAll('.phone-round')];
    expect(cards).toHaveLength(2);
    expect(cards[0]!.querySelector('h3')!.textContent).toContain(s1!.title.nl);
    expect(cards[0]!.textContent).toContain('Jouw eerste stem');
    expect(cards[0]!.textContent).toContain('Escaleren');
    expect(cards[0]!.textContent).toContain('Je ging mee met de groep.');
    expect(cards[1]!.textContent).toContain('Je stemde anders dan de groep.');
    const rows = [...hx.main.querySelectorAll('.phone-craft-row')].map((r) => r.textContent);
    expect(rows).toHaveLength(4);
    expect(rows.join(' ')).toMatch(/\d+%/);
    expect(hx.main.querySelector('.phone-craft-lead')!.textContent).toMatch(/dichtst bij de|tussen alle vier/);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(view(hx)).toBe('session');
    // At the end the same overview is the screen itself.
    link.handlers.onState(publicState({ phase: 'ended', round: 2, situationId: s2!.id }));
    expect(view(hx)).toBe('overview');
    expect(hx.main.querySelectorAll('.phone-round')).toHaveLength(2);
    hx.setLang('en');
    expect(hx.main.querySelector('h1')!.textContent).toBe('The workshop has ended');
  });

  it('leaves the old workshop for a new link, and keeps each token for its own code', async () => {
    const storage = memoryStorage();
    storage.setItem('spagaat.live.ABCDEF', `${'a'.repeat(16)}.${'b'.repeat(43)}`);
    const hx = mount({ hash: '#join=ABCDEF', storage });
    await flush();
    expect(hx.joins[0]).toMatchObject({ code: 'ABCDEF', token: `${'a'.repeat(16)}.${'b'.repeat(43)}` });
    const old = hx.links[0]!;
    old.handlers.onState(publicState({ phase: 'ended', round: 1 }));
    expect(phase(hx)).toBe('ended');
    history.replaceState(null, '', '#join=GHJKMN');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await flush();
    expect(old.closed).toBe(true);
    expect(hx.joins[1]).toMatchObject({ code: 'GHJKMN', token: null });
    expect(phase(hx)).toBe('lobby');
    expect(hx.text()).toContain('Je hebt workshop ABCDEF verlaten en doet nu mee met workshop GHJKMN.');
    expect(storage.getItem('spagaat.live.ABCDEF')).toBe(`${'a'.repeat(16)}.${'b'.repeat(43)}`);
    expect(storage.getItem('spagaat.live.GHJKMN')).toBe(hx.links[1]!.token);
    // The old link's late news changes nothing.
    old.handlers.onState(publicState({ phase: 'voting', round: 5, situationId: s1!.id }));
    expect(phase(hx)).toBe('lobby');
  });

  it('keeps a lost workshop’s votes on the phone and names the way on', async () => {
    const hx = mount();
    await flush();
    const link = await joinAs(hx);
    link.handlers.onState(publicState({ phase: 'decided', round: 1, situationId: s1!.id, decided: { strategy: 'align' } }));
    link.handlers.onMe(meState({ history: [{ situationId: s1!.id, mine: { first: { strategy: 'align' }, final: { strategy: 'align' } }, decided: { strategy: 'align' } }] }));
    link.handlers.onLost('gone');
    expect(phase(hx)).toBe('join');
    expect(hx.main.querySelector('[data-notice="live"]')!.textContent).toContain('De workshop met code ABCDEF bestaat niet meer');
    expect(hx.main.querySelector('[data-notice="live"]')!.textContent).toContain('nieuwe code');
    expect(link.closed).toBe(true);
    hx.click('[data-focus-key="previous-overview"]');
    expect(view(hx)).toBe('previous');
    expect(hx.main.querySelectorAll('.phone-round')).toHaveLength(1);
    hx.click('[data-focus-key="back-join"]');
    expect(hx.main.querySelector('#join-code')).not.toBeNull();
  });

  it('keeps the overview when the workshop ended while the phone was away', async () => {
    const hx = mount();
    await flush();
    const link = await joinAs(hx);
    link.handlers.onState(publicState({ phase: 'decided', round: 1, situationId: s1!.id, decided: { strategy: 'align' } }));
    link.handlers.onMe(meState({ history: [{ situationId: s1!.id, mine: null, decided: { strategy: 'align' } }] }));
    link.handlers.onLost('ended');
    expect(phase(hx)).toBe('ended');
    expect(hx.text()).toContain('terwijl je telefoon geen verbinding had');
    expect(hx.main.querySelectorAll('.phone-round')).toHaveLength(1);
  });

  it('says a kept vote is kept while offline, and names each refusal to join with its way on', async () => {
    const hx = mount();
    await flush();
    const link = await joinAs(hx);
    link.handlers.onState(publicState({ phase: 'voting', round: 1, situationId: s1!.id }));
    link.answer = () => Promise.reject(new LiveError('offline'));
    link.handlers.onConnection(false);
    hx.click('[data-focus-key="vote-align"]');
    await flush();
    expect(link.pendingVote).toEqual({ strategy: 'align' });
    expect(hx.main.querySelector('[data-notice="offline"]')!.textContent).toContain('Je stem (Afstemmen) is bewaard');
    expect(hx.main.querySelector('.your-choice')!.textContent).toContain('wordt verstuurd');
    expect(hx.main.querySelector('.load-error')).toBeNull();

    const cases: [LiveError, string][] = [
      [new LiveError('rate-limited', 12_000), 'Wacht 12 seconden'],
      [new LiveError('full'), 'zit vol'],
      [new LiveError('joins-closed'), 'deur dichtgedaan'],
      [new LiveError('unknown-session'), 'Er loopt geen workshop met code ZXCVBN'],
      [new LiveError('offline'), 'wifi of mobiele data'],
      [new LiveError('server-full'), 'Wacht een minuut'],
      [new LiveError('session-ended'), 'is al afgelopen'],
    ];
    for (const [e, words] of cases) {
      const fresh = mount();
      await flush();
      fresh.next.push(e);
      await joinAs(fresh, 'ZXCVBN');
      expect(fresh.main.querySelector('.load-error')!.textContent).toContain(words);
    }
  });
});
