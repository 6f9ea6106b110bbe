// The phone's connection (live/client.ts) against a real socket.io server on 127.0.0.1: what it
// does when the server refuses it, holds a vote back, or is asked for fresh counts.
import { createServer, type Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveError, ParticipantClient, type ParticipantHandlers } from '../../live/client';
import { LIVE_PATH } from '../../live/protocol';
import type { ParticipantState, PublicState } from '../../live/session';
import { attachLive } from '../../server/liveServer';
import { MemoryStore } from '../../server/store';

const SCENARIOS = new Map([['lindeplein', new Set(['advies-op-de-mat', 'wonen-op-de-kaart'])]]);
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function serve(options: Partial<Parameters<typeof attachLive>[1]> = {}) {
  const http: HttpServer = createServer();
  const io = new Server(http, { path: LIVE_PATH, transports: ['websocket'] });
  const live = attachLive(io, { store: new MemoryStore(), scenarios: SCENARIOS, broadcastDelayMs: 10, budgets: { create: { burst: 100, perMinute: 100 } }, ...options });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const address = http.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  cleanups.push(async () => {
    live.close();
    io.close();
    await new Promise((ok) => http.close(ok));
  });
  // The facilitator, through the same protocol: a session with a situation open.
  const { io: connect } = await import('socket.io-client');
  const socket = connect(url, { path: LIVE_PATH, transports: ['websocket'], forceNew: true, reconnection: false });
  cleanups.push(() => socket.disconnect());
  await new Promise<void>((ok, fail) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', fail);
  });
  const call = async (event: string, payload: unknown) => {
    const ack = (await socket.timeout(5000).emitWithAck(event, payload)) as { ok: boolean; data: { code: string; secret: string }; error?: string };
    if (!ack.ok) throw new Error(ack.error);
    return ack.data;
  };
  const created = await call('session.create', { scenarioId: 'lindeplein' });
  return { url, code: created.code, command: (body: Record<string, unknown>) => call('facilitator.command', { code: created.code, secret: created.secret, ...body }) };
}

function phone() {
  const seen: { states: PublicState[]; me: ParticipantState | null; lost: string | null; up: boolean[] } = { states: [], me: null, lost: null, up: [] };
  const handlers: ParticipantHandlers = {
    onState: (s) => seen.states.push(s),
    onMe: (m) => (seen.me = m),
    onConnection: (up) => seen.up.push(up),
    onLost: (reason) => (seen.lost = reason),
    onVoteDropped: () => {},
  };
  return { seen, handlers };
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

describe('the participant client', () => {
  it('fails fast, as rate-limited, when the server refuses the connection itself', async () => {
    const s = await serve({ budgets: { create: { burst: 100, perMinute: 100 }, connect: { burst: 1, perMinute: 0 } } });
    const { handlers } = phone();
    const started = Date.now();
    const error = await ParticipantClient.join(s.code, null, null, handlers, s.url).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LiveError);
    expect((error as LiveError).code).toBe('rate-limited');
    // Not after the acknowledgement's timeout of 8 s, as if the network were down.
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('keeps a vote the server holds back as too many at once, and sends it again by itself', async () => {
    const s = await serve({ rate: { perSecond: 0.5, burst: 2 } });
    const p = phone();
    const client = await ParticipantClient.join(s.code, null, null, p.handlers, s.url);
    cleanups.push(() => client.close());
    await s.command({ command: 'open', situationId: 'advies-op-de-mat' });
    await until(() => p.seen.states.at(-1)?.phase === 'voting', 2000);
    // The join spent one of two; this vote the second; the next is refused until the bucket refills.
    await client.vote({ strategy: 'align' }, 1);
    const refused = await client.vote({ strategy: 'silo' }, 1).catch((e: unknown) => e);
    expect((refused as LiveError).code).toBe('rate-limited');
    expect((refused as LiveError).retryAfterMs).toBeGreaterThan(0);
    expect(client.pendingVote).toEqual({ strategy: 'silo' });
    await until(() => client.pendingVote === null, 6000);
    expect(p.seen.me?.ballot?.final).toEqual({ strategy: 'silo' });
  }, 10_000);

  it('refreshes the counts on request, and says nothing more once closed', async () => {
    const s = await serve();
    const a = phone();
    const b = phone();
    const first = await ParticipantClient.join(s.code, null, null, a.handlers, s.url);
    cleanups.push(() => first.close());
    const second = await ParticipantClient.join(s.code, null, null, b.handlers, s.url);
    cleanups.push(() => second.close());
    await s.command({ command: 'open', situationId: 'advies-op-de-mat' });
    await until(() => a.seen.states.at(-1)?.phase === 'voting', 2000);
    await second.vote({ strategy: 'align' }, 1);
    // Phones are not sent counts per vote: the first still shows none until it asks.
    expect(a.seen.states.at(-1)?.voters).toBe(0);
    first.refresh();
    await until(() => a.seen.states.at(-1)?.voters === 1, 2000);
    expect(a.seen.states.at(-1)?.participants).toBe(2);

    first.close();
    const seenBefore = a.seen.states.length;
    await s.command({ command: 'reveal' });
    await until(() => b.seen.states.at(-1)?.phase === 'revealed', 2000);
    expect(a.seen.states.length).toBe(seenBefore);
    expect(a.seen.up).not.toContain(false);
  });
});
