// The live server as an attacker and an unlucky operator meet it: a real socket.io server on
// 127.0.0.1 with the real handler, one client with many connections, floods and guesses, events
// with inherited names, foreign origins. Every loop is bounded in count; every wait in time.
import { createServer, type Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { LIVE_PATH, MAX_FRAME_BYTES, type Ack } from '../live/protocol';
import { createSession, sessionCsv, type FacilitatorState, type PublicState } from '../live/session';
import type { Budget, BudgetKind } from './limits';
import { attachLive, type LiveOptions } from './liveServer';
import { MemoryStore } from './store';

const SCENARIOS = new Map([['lindeplein', new Set(['advies-op-de-mat', 'wonen-op-de-kaart'])]]);
const FIRST = 'advies-op-de-mat';

interface Running {
  url: string;
  store: MemoryStore;
  close(): Promise<void>;
}
let running: Running[] = [];
const sockets: Socket[] = [];

async function serve(options: Partial<LiveOptions> & { budgets?: Partial<Record<BudgetKind, Budget>>; maxSessions?: number } = {}): Promise<Running> {
  const http: HttpServer = createServer();
  const io = new Server(http, { path: LIVE_PATH, transports: ['websocket'], maxHttpBufferSize: MAX_FRAME_BYTES });
  const store = new MemoryStore({ maxSessions: options.maxSessions ?? 2000 });
  const live = attachLive(io, { store, scenarios: SCENARIOS, broadcastDelayMs: 10, rate: { perSecond: 1000, burst: 1000 }, ...options });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const address = http.address();
  const server: Running = {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    store,
    async close() {
      live.close();
      io.close();
      await store.close();
      await new Promise((ok) => http.close(ok));
    },
  };
  running.push(server);
  return server;
}

afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await Promise.all(running.map((r) => r.close()));
  running = [];
});

async function client(url: string, extraHeaders?: Record<string, string>): Promise<Socket> {
  const socket = connect(url, { path: LIVE_PATH, transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders });
  sockets.push(socket);
  await new Promise<void>((ok, fail) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', fail);
  });
  return socket;
}

async function call<T>(socket: Socket, event: string, ...args: unknown[]): Promise<Ack<T>> {
  return (await socket.timeout(5000).emitWithAck(event, ...args)) as Ack<T>;
}
function data<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error}`);
  return ack.data;
}

async function newSession(url: string) {
  const facilitator = await client(url);
  const created = data(await call<{ code: string; secret: string }>(facilitator, 'session.create', { scenarioId: 'lindeplein' }));
  return { facilitator, ...created, command: (body: Record<string, unknown>) => call<FacilitatorState>(facilitator, 'facilitator.command', { code: created.code, secret: created.secret, ...body }) };
}

describe('one client cannot stuff a ballot', () => {
  it('is one participant per connection, however often it joins', async () => {
    const { url } = await serve();
    const s = await newSession(url);
    const attacker = await client(url);
    const ids = new Set<string>();
    for (let i = 0; i < 1100; i++) ids.add(data(await call<{ participantId: string }>(attacker, 'participant.join', { code: s.code })).participantId);
    expect(ids.size).toBe(1);
    const view = data(await call<FacilitatorState>(s.facilitator, 'facilitator.attach', { code: s.code, secret: s.secret }));
    expect(view.participants).toBe(1);
  }, 30_000);

  it('stops one address that opens connection after connection to join again and again', async () => {
    const { url } = await serve({ budgets: { join: { burst: 8, perMinute: 1 } } });
    const s = await newSession(url);
    const results: Ack<unknown>[] = [];
    for (let i = 0; i < 20; i++) results.push(await call(await client(url), 'participant.join', { code: s.code }));
    expect(results.filter((r) => r.ok)).toHaveLength(8);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, error: 'rate-limited' });
    expect((refused as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
  });

  it('enforces the cap the facilitator sets, and a room closed to new joins', async () => {
    const { url } = await serve();
    const s = await newSession(url);
    expect(data(await s.command({ command: 'room', maxParticipants: 5, joinsOpen: true })).maxParticipants).toBe(5);
    const joins = await Promise.all(Array.from({ length: 12 }, async () => call(await client(url), 'participant.join', { code: s.code })));
    expect(joins.filter((r) => r.ok)).toHaveLength(5);
    expect(joins.filter((r) => !r.ok).every((r) => !r.ok && r.error === 'full')).toBe(true);

    const t = await serve();
    const room = await newSession(t.url);
    const early = await client(t.url);
    const { token } = data(await call<{ token: string }>(early, 'participant.join', { code: room.code }));
    data(await room.command({ command: 'room', maxParticipants: 300, joinsOpen: false }));
    expect(await call(await client(t.url), 'participant.join', { code: room.code })).toEqual({ ok: false, error: 'joins-closed' });
    // Someone who was in already comes back in, with their token.
    expect((await call(await client(t.url), 'participant.join', { code: room.code, token })).ok).toBe(true);
    expect(await room.command({ command: 'room', maxParticipants: 5001, joinsOpen: true })).toEqual({ ok: false, error: 'invalid-message' });
  });

  it('lets 300 phones from one address join one room within the default budgets', async () => {
    const { url } = await serve();
    const s = await newSession(url);
    const joins = await Promise.all(Array.from({ length: 300 }, async () => call(await client(url), 'participant.join', { code: s.code })));
    expect(joins.filter((r) => !r.ok)).toEqual([]);
  }, 30_000);
});

describe('sessions cannot be created without bound', () => {
  it('gives one address a handful of sessions, then asks it to wait', async () => {
    const { url } = await serve();
    const facilitator = await client(url);
    const results: Ack<unknown>[] = [];
    for (let i = 0; i < 20; i++) results.push(await call(facilitator, 'session.create', { scenarioId: 'lindeplein' }));
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(6);
    expect(results.at(-1)).toMatchObject({ ok: false, error: 'rate-limited' });
    // A new connection from the same address does not reset it.
    expect(await call(await client(url), 'session.create', { scenarioId: 'lindeplein' })).toMatchObject({ ok: false, error: 'rate-limited' });
  });

  it('refuses new sessions with a clear error when the memory store is full, and sweeps expired ones', async () => {
    let clock = 1_000_000;
    const store = new MemoryStore({ maxSessions: 3 }, () => clock);
    for (const code of ['AAAAAA', 'BBBBBB', 'CCCCCC']) expect(await store.create(createSession(code, 'lindeplein', clock), 'h')).toBe('created');
    expect(await store.create(createSession('DDDDDD', 'lindeplein', clock), 'h')).toBe('full');
    clock += 13 * 3600 * 1000; // past every session's 12 hours
    expect(await store.sweep()).toBe(3);
    expect(await store.count()).toBe(0);
    expect(await store.create(createSession('DDDDDD', 'lindeplein', clock), 'h')).toBe('created');
    await store.close();

    const { url } = await serve({ maxSessions: 2, budgets: { create: { burst: 10, perMinute: 10 } } });
    const facilitator = await client(url);
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await call(facilitator, 'session.create', { scenarioId: 'lindeplein' }));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toEqual({ ok: false, error: 'server-full' });
  });
});

describe('codes cannot be guessed', () => {
  it('slows down one address that keeps missing, across reconnects', async () => {
    const { url } = await serve();
    const s = await newSession(url);
    let refusedAt = -1;
    for (let i = 0; i < 60 && refusedAt < 0; i++) {
      // A new connection each time: the budget belongs to the address, not the connection.
      const guesser = await client(url);
      const guess = await call(guesser, 'participant.join', { code: `ZZZZ${'23456789'[i % 8]}${'ABCDEFGH'[Math.floor(i / 8)]}` });
      if (!guess.ok && guess.error === 'rate-limited') refusedAt = i;
      guesser.disconnect();
    }
    expect(refusedAt).toBeGreaterThanOrEqual(25);
    expect(refusedAt).toBeLessThanOrEqual(31);
    // Even the right code now waits: a guesser cannot tell a hit from a miss.
    expect(await call(await client(url), 'participant.join', { code: s.code })).toMatchObject({ ok: false, error: 'rate-limited' });
  }, 30_000);
});

describe('every message gets an answer and changes nothing', () => {
  it('answers inherited names, missing payloads, extra arguments and oversized messages', async () => {
    const { url } = await serve();
    const s = await newSession(url);
    const phone = await client(url);
    for (const event of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'session.delete']) {
      expect(await call(phone, event, { code: s.code }), event).toEqual({ ok: false, error: 'invalid-message' });
    }
    expect(await call(phone, 'participant.join')).toEqual({ ok: false, error: 'invalid-message' });
    expect(await call(phone, 'participant.join', { code: s.code }, 'extra')).toEqual({ ok: false, error: 'invalid-message' });
    expect(await call(phone, 'participant.join', { code: s.code, nickname: 'x'.repeat(20_000) })).toEqual({ ok: false, error: 'too-large', limit: 4096 });
    // Without an acknowledgement the refusal still comes, as its own event.
    const refusal = new Promise((ok) => phone.once('protocol.error', ok));
    phone.emit('toString');
    expect(await refusal).toEqual({ ok: false, error: 'invalid-message', event: 'toString' });
    const view = data(await call<FacilitatorState>(s.facilitator, 'facilitator.attach', { code: s.code, secret: s.secret }));
    expect(view.participants).toBe(0);
  });

  it('verifies tokens exactly, names only the scenario’s situations, and refuses joins once ended', async () => {
    const { url } = await serve();
    const s = await newSession(url);
    const phone = await client(url);
    const { token } = data(await call<{ token: string }>(phone, 'participant.join', { code: s.code }));
    data(await s.command({ command: 'open', situationId: FIRST }));
    const other = await client(url);
    for (const bad of [`${token}x`, `${token}.x`, `x${token}`, token.toLowerCase(), token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))]) {
      const answer = await call(other, 'participant.vote', { code: s.code, token: bad, vote: { strategy: 'silo' } });
      expect(answer.ok, bad).toBe(false);
    }
    expect(await s.command({ command: 'open', situationId: 'not-in-this-scenario' })).toEqual({ ok: false, error: 'unknown-situation' });
    data(await s.command({ command: 'end' }));
    expect(await call(await client(url), 'participant.join', { code: s.code })).toEqual({ ok: false, error: 'session-ended' });
    expect(await call(await client(url), 'participant.join', { code: s.code, token })).toEqual({ ok: false, error: 'session-ended' });
    expect(await call(phone, 'participant.vote', { code: s.code, token, vote: { strategy: 'silo' } })).toEqual({ ok: false, error: 'session-ended' });
  });

  it('takes a resent vote once, and never into a later round', async () => {
    const { url } = await serve();
    const s = await newSession(url);
    const phone = await client(url);
    const { token } = data(await call<{ token: string }>(phone, 'participant.join', { code: s.code }));
    const opened = data(await s.command({ command: 'open', situationId: FIRST }));
    const vote = { code: s.code, token, vote: { strategy: 'align' }, round: opened.round };
    data(await call(phone, 'participant.vote', vote));
    data(await call(phone, 'participant.vote', vote));
    const revealed = data(await s.command({ command: 'reveal' }));
    expect(revealed.liveSpread?.voters).toBe(1);
    data(await s.command({ command: 'decide', pick: { strategy: 'align' } }));
    data(await s.command({ command: 'open', situationId: 'wonen-op-de-kaart' }));
    expect(await call(phone, 'participant.vote', vote)).toEqual({ ok: false, error: 'stale-round' });
  });
});

describe('the WebSocket serves this site only', () => {
  it('refuses a page of another origin and lets this one and a configured proxy in', async () => {
    const { url } = await serve({ origins: ['https://workshop.example.nl'] });
    await expect(client(url, { Origin: 'https://evil.example' })).rejects.toThrow(/origin-not-allowed/);
    await expect(client(url, { Origin: url })).resolves.toBeTruthy();
    await expect(client(url, { Origin: 'https://workshop.example.nl' })).resolves.toBeTruthy();
  });
});

describe('privacy', () => {
  it('hides the spread during a re-vote until the facilitator reveals it again', async () => {
    const { url } = await serve();
    const s = await newSession(url);
    const phones = await Promise.all([client(url), client(url), client(url)]);
    const tokens = await Promise.all(phones.map(async (p) => data(await call<{ token: string }>(p, 'participant.join', { code: s.code })).token));
    data(await s.command({ command: 'open', situationId: FIRST }));
    for (const [i, p] of phones.entries()) data(await call(p, 'participant.vote', { code: s.code, token: tokens[i], vote: { strategy: 'align' } }));
    data(await s.command({ command: 'reveal' }));
    const during: (PublicState | FacilitatorState)[] = [];
    phones[2]!.on('session.state', (st: PublicState) => during.push(st));
    s.facilitator.on('facilitator.state', (st: FacilitatorState) => during.push(st));
    const revote = data(await s.command({ command: 'revote' }));
    expect(revote.phase).toBe('voting');
    data(await call(phones[0]!, 'participant.vote', { code: s.code, token: tokens[0], vote: { strategy: 'silo' } }));
    await new Promise((ok) => setTimeout(ok, 60));
    data(await call(phones[1]!, 'participant.vote', { code: s.code, token: tokens[1], vote: { strategy: 'escalate' } }));
    await new Promise((ok) => setTimeout(ok, 60));
    expect(during.length).toBeGreaterThan(2);
    for (const st of during) {
      expect(st.spread).toBeNull();
      if ('liveSpread' in st) expect(st.liveSpread).toBeNull();
    }
    const final = data(await s.command({ command: 'reveal' }));
    expect(final.spread?.strategies).toMatchObject({ align: 1, silo: 1, escalate: 1 });
    expect(final.spread?.firstStrategies.align).toBe(3);
    expect(final.spread?.changed).toBe(2);
  });

  it('keeps nicknames that look like formulas as text in the CSV', () => {
    const session = createSession('AAAAAA', 'lindeplein', 0);
    session.participants = { a: { nickname: '=HYPERLINK("http://x","y")', joinedAt: 0, number: 1 }, b: { nickname: '+1', joinedAt: 0, number: 2 }, c: { nickname: '@SUM(A1)', joinedAt: 0, number: 3 }, d: { nickname: '-2', joinedAt: 0, number: 4 } };
    session.rounds = [{ situationId: FIRST, decided: { strategy: 'align' }, by: 'majority', ballots: Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, { first: { strategy: 'align' }, final: { strategy: 'align' } }])) }];
    const cells = sessionCsv(session)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)![3]!.replace(/,$/, ''));
    expect(cells).toEqual([`"'=HYPERLINK(""http://x"",""y"")"`, "'+1", "'@SUM(A1)", "'-2"]);
  });
});
