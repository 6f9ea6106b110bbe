// Integration tests: a real socket.io server on 127.0.0.1 with simulated phones and a facilitator.
import { createServer, type Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_PATH, type Ack } from '../live/protocol';
import type { FacilitatorState, ParticipantState, PublicState } from '../live/session';
import { attachLive } from './liveServer';
import { MemoryStore } from './store';

const SCENARIOS = new Map([['lindeplein', new Set(['advies-op-de-mat', 'wonen-op-de-kaart'])]]);
let http: HttpServer;
let io: Server;
let url: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  http = createServer();
  io = new Server(http, { path: LIVE_PATH, transports: ['websocket'] });
  attachLive(io, { store: new MemoryStore(), scenarios: SCENARIOS, broadcastDelayMs: 20, rate: { perSecond: 20, burst: 40 }, budgets: { create: { burst: 100, perMinute: 100 } } });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const address = http.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  io.close();
  await new Promise((ok) => http.close(ok));
});

async function client(): Promise<Socket> {
  const socket = connect(url, { path: LIVE_PATH, transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(socket);
  await new Promise<void>((ok, fail) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', fail);
  });
  return socket;
}

async function call<T>(socket: Socket, event: string, payload: unknown): Promise<Ack<T>> {
  return (await socket.timeout(5000).emitWithAck(event, payload)) as Ack<T>;
}
function data<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error}`);
  return ack.data;
}

async function newSession() {
  const facilitator = await client();
  const created = data(await call<{ code: string; secret: string }>(facilitator, 'session.create', { scenarioId: 'lindeplein' }));
  return { facilitator, ...created, command: (body: Record<string, unknown>) => call<FacilitatorState>(facilitator, 'facilitator.command', { code: created.code, secret: created.secret, ...body }) };
}

describe('live server', () => {
  it('creates a session with a six-character code from the unambiguous alphabet', async () => {
    const { code, secret } = await newSession();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(secret.length).toBeGreaterThanOrEqual(20);
  });

  it('lets phones join, vote, and come back after a dropped connection with their vote kept', async () => {
    const s = await newSession();
    const phone = await client();
    const joined = data(await call<{ token: string; participantId: string; me: ParticipantState }>(phone, 'participant.join', { code: s.code, nickname: 'Anouk' }));
    data(await s.command({ command: 'open', situationId: 'advies-op-de-mat' }));
    const voted = data(await call<ParticipantState>(phone, 'participant.vote', { code: s.code, token: joined.token, vote: { strategy: 'prioritise', perspective: 'networking' } }));
    expect(voted.ballot?.final).toEqual({ strategy: 'prioritise', perspective: 'networking' });

    // The phone sleeps: its connection is gone. A new connection with the same token is the same participant.
    phone.disconnect();
    const again = await client();
    const rejoined = data(await call<{ participantId: string; me: ParticipantState; state: PublicState }>(again, 'participant.join', { code: s.code, token: joined.token }));
    expect(rejoined.participantId).toBe(joined.participantId);
    expect(rejoined.me.ballot?.final).toEqual({ strategy: 'prioritise', perspective: 'networking' });
    expect(rejoined.me.nickname).toBe('Anouk');
    expect(rejoined.state.participants).toBe(1);
  });

  it('shows the facilitator who has not voted, and the room only counts until the reveal', async () => {
    const s = await newSession();
    const phones = await Promise.all([client(), client(), client()]);
    const tokens = await Promise.all(phones.map(async (p, i) => data(await call<{ token: string }>(p, 'participant.join', { code: s.code, nickname: i === 2 ? undefined : `P${i}` })).token));
    data(await s.command({ command: 'open', situationId: 'advies-op-de-mat' }));
    const publicStates: PublicState[] = [];
    phones[2]!.on('session.state', (st: PublicState) => publicStates.push(st));
    const projectorStates: FacilitatorState[] = [];
    s.facilitator.on('facilitator.state', (st: FacilitatorState) => projectorStates.push(st));
    await call(phones[0]!, 'participant.vote', { code: s.code, token: tokens[0], vote: { strategy: 'align' } });
    await call(phones[1]!, 'participant.vote', { code: s.code, token: tokens[1], vote: { strategy: 'silo' } });
    const facilitatorView = data(await call<FacilitatorState>(s.facilitator, 'facilitator.attach', { code: s.code, secret: s.secret }));
    expect(facilitatorView.voters).toBe(2);
    expect(facilitatorView.notVoted).toEqual(['#3']);
    await new Promise((ok) => setTimeout(ok, 60));
    // The projector follows the count; the phones show no counts and get no message per vote.
    expect(projectorStates.at(-1)?.voters).toBe(2);
    expect(publicStates).toEqual([]);
    expect(projectorStates.every((st) => st.spread === null && st.liveSpread === null)).toBe(true);
    // Until the reveal no message shows anyone's vote: the projector gets counts only.
    expect(JSON.stringify(projectorStates)).not.toMatch(/"align"|"silo"/);
    const revealed = data(await s.command({ command: 'reveal' }));
    expect(revealed.spread?.strategies).toMatchObject({ align: 1, silo: 1 });
    expect((await s.command({ command: 'decide', pick: null })).ok).toBe(false); // a tie needs the facilitator
    const decided = data(await s.command({ command: 'decide', pick: { strategy: 'align' } }));
    expect(decided.decided).toEqual({ strategy: 'align' });
  });

  it('requires the facilitator secret for every facilitator action', async () => {
    const s = await newSession();
    const intruder = await client();
    expect(await call(intruder, 'facilitator.command', { code: s.code, secret: 'x'.repeat(32), command: 'reveal' })).toEqual({ ok: false, error: 'not-allowed' });
    expect(await call(intruder, 'facilitator.attach', { code: s.code, secret: 'y'.repeat(32) })).toEqual({ ok: false, error: 'not-allowed' });
    expect(await call(intruder, 'facilitator.command', { code: 'ZZZZZZ', secret: s.secret, command: 'reveal' })).toEqual({ ok: false, error: 'unknown-session' });
  });

  it('answers malformed, oversized, unknown and out-of-phase messages with an error and changes nothing', async () => {
    const s = await newSession();
    const phone = await client();
    const { token } = data(await call<{ token: string }>(phone, 'participant.join', { code: s.code }));
    expect(await call(phone, 'participant.vote', { code: s.code, token, vote: { strategy: 'align' } })).toEqual({ ok: false, error: 'out-of-phase' });
    data(await s.command({ command: 'open', situationId: 'advies-op-de-mat' }));
    expect(await call(phone, 'participant.vote', { code: s.code, token, vote: { strategy: 'shout' } })).toEqual({ ok: false, error: 'invalid-message' });
    expect(await call(phone, 'participant.vote', { code: s.code, token, vote: { strategy: 'prioritise' } })).toEqual({ ok: false, error: 'invalid-vote' });
    expect(await call(phone, 'participant.vote', { code: s.code, token: `${token.split('.')[0]}.${'A'.repeat(43)}`, vote: { strategy: 'align' } })).toEqual({ ok: false, error: 'not-allowed' });
    expect(await call(phone, 'participant.join', { code: s.code, nickname: 'x'.repeat(5000) })).toEqual({ ok: false, error: 'too-large', limit: 4096 });
    expect(await call(phone, 'participant.join', 'not an object')).toEqual({ ok: false, error: 'invalid-message' });
    expect(await call(phone, 'session.delete', { code: s.code })).toEqual({ ok: false, error: 'invalid-message' });
    expect(await call(phone, 'session.create', { scenarioId: 'no-such-scenario' })).toEqual({ ok: false, error: 'unknown-scenario' });
    const view = data(await call<FacilitatorState>(s.facilitator, 'facilitator.attach', { code: s.code, secret: s.secret }));
    expect(view.voters).toBe(0);
    expect(view.participants).toBe(1);
  });

  it('limits the rate of messages per connection', async () => {
    const s = await newSession();
    const phone = await client();
    const results = await Promise.all(Array.from({ length: 60 }, () => call(phone, 'participant.join', { code: s.code })));
    expect(results.some((r) => !r.ok && r.error === 'rate-limited')).toBe(true);
  });

  it('coalesces broadcasts: many votes, few messages to the projector and none to the phones', async () => {
    const s = await newSession();
    data(await s.command({ command: 'open', situationId: 'advies-op-de-mat' }));
    const watcher = await client();
    data(await call(watcher, 'participant.join', { code: s.code }));
    let received = 0;
    let toPhones = 0;
    s.facilitator.on('facilitator.state', () => received++);
    watcher.on('session.state', () => toPhones++);
    const phones = await Promise.all(Array.from({ length: 20 }, () => client()));
    await Promise.all(phones.map(async (p) => {
      const { token } = data(await call<{ token: string }>(p, 'participant.join', { code: s.code }));
      data(await call(p, 'participant.vote', { code: s.code, token, vote: { strategy: 'escalate' } }));
    }));
    await new Promise((ok) => setTimeout(ok, 100));
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(10);
    expect(toPhones).toBe(0);
    const view = data(await s.command({ command: 'reveal' }));
    expect(view.liveSpread?.strategies.escalate).toBe(20);
  });

  it('exports the session as JSON and CSV for the facilitator', async () => {
    const s = await newSession();
    const phone = await client();
    const { token } = data(await call<{ token: string }>(phone, 'participant.join', { code: s.code, nickname: 'Bram' }));
    data(await s.command({ command: 'open', situationId: 'advies-op-de-mat' }));
    data(await call(phone, 'participant.vote', { code: s.code, token, vote: { strategy: 'silo' } }));
    data(await s.command({ command: 'decide', pick: null }));
    const exported = data(await s.command({ command: 'export' })) as unknown as { json: { rounds: { votes: unknown[] }[] }; csv: string };
    expect(exported.json.rounds[0]!.votes).toEqual([{ participant: 1, first: { strategy: 'silo' }, final: { strategy: 'silo' }, changed: false }]);
    expect(exported.csv).toContain('1,advies-op-de-mat,1,Bram,silo,silo,,silo,majority');
  });

  it('shows the projector the names of the latest to join, newest first, and where phones can reach it', async () => {
    const s = await newSession();
    const states: FacilitatorState[] = [];
    s.facilitator.on('facilitator.state', (st: FacilitatorState) => states.push(st));
    for (const nickname of ['Ali', undefined, 'Mira']) {
      const phone = await client();
      data(await call(phone, 'participant.join', { code: s.code, ...(nickname ? { nickname } : {}) }));
    }
    await expect.poll(() => states.at(-1)?.participants).toBe(3);
    expect(states.at(-1)!.joined).toEqual(['Mira', '#2', 'Ali']);
    // Attaching again (a reloaded projector) gets the state and the network facts back.
    const again = await client();
    const attached = data(await call<FacilitatorState & { network: unknown }>(again, 'facilitator.attach', { code: s.code, secret: s.secret }));
    expect(attached.participants).toBe(3);
    expect(attached.network).toEqual({ loopbackOnly: false, addresses: [] });
  });

  it("hands the facilitator's seat to another device once, with the room's choices, and tells the first device", async () => {
    const s = await newSession();
    const handedOver = new Promise<void>((ok) => s.facilitator.once('facilitator.handedOver', () => ok()));
    const choices = [{ strategy: 'align' }, { strategy: 'prioritise', perspective: 'lawful', perCase: true }];
    const { handoff, expiresAt } = data(await s.command({ command: 'handoff', choices } as never)) as unknown as { handoff: string; expiresAt: number };
    expect(handoff).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(expiresAt).toBeGreaterThan(Date.now());
    const other = await client();
    // A wrong token is refused and changes nothing.
    expect(await call(other, 'facilitator.claim', { code: s.code, handoff: 'A'.repeat(24) })).toMatchObject({ ok: false, error: 'not-allowed' });
    const claimed = data(await call<{ secret: string; choices: unknown[]; state: FacilitatorState }>(other, 'facilitator.claim', { code: s.code, handoff }));
    expect(claimed.secret).toBe(s.secret);
    expect(claimed.choices).toEqual(choices);
    await handedOver;
    // Used once: a second claim with the same token is refused.
    const third = await client();
    expect(await call(third, 'facilitator.claim', { code: s.code, handoff })).toMatchObject({ ok: false, error: 'not-allowed' });
    // The stored session carries no trace of the token or the secret a client could read.
    const view = data(await call<FacilitatorState>(other, 'facilitator.attach', { code: s.code, secret: claimed.secret }));
    expect(JSON.stringify(view)).not.toContain('sealed');
  });
});
