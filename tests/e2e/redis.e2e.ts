// Server processes sharing sessions through Redis, and what goes wrong with them: a process killed
// with votes in flight, Redis down for a while, Redis restarted empty, Redis gone at start or at
// shutdown. The phones are the real client (src/live/client.ts) behind a small load balancer, as in
// a deployment. Every wait is bounded; all traffic stays on 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket as TcpSocket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FacilitatorClient, ParticipantClient, type ParticipantHandlers } from '../../src/live/client';
import type { FacilitatorState, ParticipantState, PublicState, Vote } from '../../src/live/session';
import { ROOT, freePort, serveApp, type Served } from './harness';

const REDIS = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
const SECRET = 'test-secret-of-at-least-thirty-two-characters';

interface RedisProcess {
  url: string;
  port: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const dirs: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

async function startRedis(port: number, options: { persistent?: boolean; dir?: string } = {}): Promise<RedisProcess> {
  if (!existsSync(REDIS)) throw new Error(`redis-server not found at ${REDIS}: install Debian's redis-server (see .ci/run)`);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'spagaat-redis-'));
  if (!options.dir) dirs.push(dir);
  const persistence = options.persistent ? ['--appendonly', 'yes', '--appendfsync', 'always', '--save', ''] : ['--save', '', '--appendonly', 'no'];
  const child: ChildProcess = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, ...persistence], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('redis-server did not start')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (/Ready to accept connections/.test(chunk.toString())) {
        clearTimeout(timer);
        ok();
      }
    });
    child.once('exit', (code) => fail(new Error(`redis-server exited with ${code}`)));
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((ok) => child.once('exit', ok));
    child.kill(signal);
    await exited;
  };
  cleanups.push(() => stop('SIGKILL'));
  return { url: `redis://127.0.0.1:${port}`, port, stop };
}

/** A load balancer: each new connection goes to the next backend that answers. */
async function balancer(backends: () => string[]): Promise<{ url: string; close(): Promise<void> }> {
  let next = 0;
  const open = new Set<TcpSocket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    const targets = backends();
    const tryTarget = (attempt: number) => {
      if (attempt >= targets.length) return client.destroy();
      const { port } = new URL(targets[(next + attempt) % targets.length]!);
      const upstream = createConnection({ host: '127.0.0.1', port: Number(port) });
      upstream.once('error', () => {
        upstream.destroy();
        tryTarget(attempt + 1);
      });
      upstream.once('connect', () => {
        next++;
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    tryTarget(0);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      for (const s of open) s.destroy();
      await new Promise((ok) => server.close(ok));
    },
  };
}

const sockets: Socket[] = [];
async function rawClient(base: string): Promise<Socket> {
  const socket = connect(base, { path: '/live', transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(socket);
  await new Promise<void>((ok, fail) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', fail);
  });
  return socket;
}
async function call<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const ack = (await socket.timeout(5000).emitWithAck(event, payload)) as { ok: boolean; data: T; error?: string };
  if (!ack.ok) throw new Error(`refused: ${ack.error}`);
  return ack.data;
}
async function answer(socket: Socket, event: string, payload: unknown): Promise<{ ok: boolean; error?: string }> {
  return (await socket.timeout(8000).emitWithAck(event, payload)) as { ok: boolean; error?: string };
}

/** Polls until the check holds, at most `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

/** A phone as the game runs it: the real client, which keeps an unacknowledged vote and resends it. */
async function phone(url: string, code: string) {
  const seen: { lost: string | null; me: ParticipantState | null; state: PublicState | null } = { lost: null, me: null, state: null };
  const handlers: ParticipantHandlers = {
    onState: (s) => (seen.state = s),
    onMe: (m) => (seen.me = m),
    onConnection: () => {},
    onLost: (reason) => (seen.lost = reason),
    onVoteDropped: () => {},
  };
  const client = await ParticipantClient.join(code, null, null, handlers, url);
  cleanups.push(() => client.close());
  return { client, seen, vote: (v: Vote) => client.vote(v, seen.state!.round).catch(() => null) };
}

async function serve(redisUrl: string, env: Record<string, string> = {}): Promise<Served> {
  const served = await serveApp({ redisUrl, env: { LIVE_SECRET: SECRET, ...env } });
  cleanups.push(() => served.kill());
  return served;
}

afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist-server/main.js'))) throw new Error('dist-server/ is missing: run `npm run build:server` first');
});

describe('two processes sharing Redis', () => {
  it('lets any process serve any participant, and loses no vote when one is killed with votes in flight', async () => {
    const redis = await startRedis(await freePort());
    const a = await serve(redis.url);
    const b = await serve(redis.url);
    let alive = [a.url, b.url];
    const lb = await balancer(() => alive);
    cleanups.push(() => lb.close());

    // The facilitator works on B directly, so the projector survives A's death.
    const facilitator = await rawClient(b.url);
    const { code, secret } = await call<{ code: string; secret: string }>(facilitator, 'session.create', { scenarioId: 'lindeplein' });
    await call(facilitator, 'facilitator.command', { code, secret, command: 'room', maxParticipants: 100, joinsOpen: true });
    const phones = await Promise.all(Array.from({ length: 40 }, () => phone(lb.url, code)));
    await call(facilitator, 'facilitator.command', { code, secret, command: 'open', situationId: 'advies-op-de-mat' });
    await until(() => phones.every((p) => p.seen.state?.phase === 'voting'), 10_000, 'every phone to see the vote open');

    // Every phone votes at once; A dies before its phones' votes are all acknowledged.
    const strategies = ['align', 'silo', 'escalate', 'navigate-rules'] as const;
    const votes = phones.map((p, i) => p.vote({ strategy: strategies[i % 4]! }));
    await a.kill();
    alive = [b.url];
    const inFlight = phones.filter((p) => p.client.hasPendingVote).length;
    expect(inFlight).toBeGreaterThan(0);
    await Promise.all(votes);
    await until(() => phones.every((p) => !p.client.hasPendingVote), 20_000, 'every pending vote to be acknowledged after the reconnect');

    const revealed = await call<FacilitatorState>(facilitator, 'facilitator.command', { code, secret, command: 'reveal' });
    expect(revealed.voters, `${inFlight} votes were in flight when A was killed`).toBe(40);
    expect(revealed.spread?.strategies).toMatchObject({ align: 10, silo: 10, escalate: 10, 'navigate-rules': 10 });
  }, 60_000);

  it('fails fast while Redis is down, applies nothing later, and takes the phone’s kept vote once Redis is back', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'spagaat-redis-'));
    dirs.push(dir);
    let redis = await startRedis(port, { persistent: true, dir });
    const a = await serve(redis.url);
    const facilitator = await rawClient(a.url);
    const { code, secret } = await call<{ code: string; secret: string }>(facilitator, 'session.create', { scenarioId: 'lindeplein' });
    const p = await phone(a.url, code);
    await call(facilitator, 'facilitator.command', { code, secret, command: 'open', situationId: 'advies-op-de-mat' });
    await until(() => p.seen.state?.phase === 'voting', 5000, 'the vote to open');

    await redis.stop('SIGKILL');
    const started = Date.now();
    const vote = await p.vote({ strategy: 'silo' });
    expect(vote).toBeNull();
    expect(p.client.hasPendingVote).toBe(true);
    const create = await answer(facilitator, 'session.create', { scenarioId: 'lindeplein' });
    const reveal = await answer(facilitator, 'facilitator.command', { code, secret, command: 'reveal' });
    expect([create.error, reveal.error]).toEqual(['unavailable', 'unavailable']);
    expect(Date.now() - started).toBeLessThan(3000);

    redis = await startRedis(port, { persistent: true, dir });
    await until(() => !p.client.hasPendingVote, 15_000, 'the kept vote to be taken');
    // Nothing refused during the outage happened afterwards: still voting, still one session.
    const view = await call<FacilitatorState>(facilitator, 'facilitator.attach', { code, secret });
    expect(view.phase).toBe('voting');
    expect(view.voters).toBe(1);
    const check = await rawClient(a.url);
    expect((await answer(check, 'participant.join', { code: 'ZZZZZZ' })).error).toBe('unknown-session');
    const { createClient } = await import('redis');
    const inspect = createClient({ url: redis.url });
    await inspect.connect();
    expect(await inspect.zCard('spagaat:sessions')).toBe(1);
    await inspect.quit();
  }, 60_000);

  it('after Redis restarts empty, tells the projector and the phones, and every process signs alike', async () => {
    const port = await freePort();
    let redis = await startRedis(port);
    // No LIVE_SECRET here: the processes share the key kept in Redis, and put it back after the restart.
    const a = await serveApp({ redisUrl: redis.url });
    cleanups.push(() => a.kill());
    const b = await serveApp({ redisUrl: redis.url });
    cleanups.push(() => b.kill());
    let facilitatorLost = false;
    const facilitator = await FacilitatorClient.create('lindeplein', () => {}, () => {}, () => (facilitatorLost = true), a.url);
    cleanups.push(() => facilitator.close());
    const p = await phone(b.url, facilitator.code);

    await redis.stop('SIGKILL');
    redis = await startRedis(port);
    await until(() => facilitatorLost && p.seen.lost === 'gone', 15_000, 'the projector and the phone to hear the session is gone');

    // A process started after the restart signs with the same key as the two that were running.
    await until(async () => (await answer(await rawClient(a.url), 'participant.join', { code: 'ZZZZZZ' })).error === 'unknown-session', 10_000, 'A to reach Redis again');
    await until(async () => (await answer(await rawClient(b.url), 'participant.join', { code: 'ZZZZZZ' })).error === 'unknown-session', 10_000, 'B to reach Redis again');
    const c = await serveApp({ redisUrl: redis.url });
    cleanups.push(() => c.kill());
    const onA = await rawClient(a.url);
    const created = await call<{ code: string; secret: string }>(onA, 'session.create', { scenarioId: 'lindeplein' });
    const joined = await call<{ token: string }>(await rawClient(c.url), 'participant.join', { code: created.code });
    await call(onA, 'facilitator.command', { code: created.code, secret: created.secret, command: 'open', situationId: 'advies-op-de-mat' });
    for (const server of [a, b, c]) {
      const voted = await answer(await rawClient(server.url), 'participant.vote', { code: created.code, token: joined.token, vote: { strategy: 'align' } });
      expect(voted.ok, server.url).toBe(true);
    }
  }, 60_000);

  it('refuses to start when Redis cannot be reached, and exits on SIGTERM while Redis is down', async () => {
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const child = spawn(process.execPath, [join(ROOT, 'dist-server/main.js')], { cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', REDIS_URL: nowhere }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((ok) => {
      const timer = setTimeout(() => (child.kill('SIGKILL'), ok(-1)), 15_000);
      child.once('exit', (c) => (clearTimeout(timer), ok(c)));
    });
    expect(code).toBe(1);
    expect(output).toMatch(/could not start: Redis at redis:\/\/127\.0\.0\.1:\d+ did not answer within 5 s/);
    expect(Date.now() - started).toBeLessThan(10_000);

    const redis = await startRedis(await freePort());
    const a = await serve(redis.url);
    await redis.stop('SIGKILL');
    await new Promise((ok) => setTimeout(ok, 300));
    const stopping = Date.now();
    expect(await a.stop()).toEqual({ killed: false });
    expect(Date.now() - stopping).toBeLessThan(3500);
  }, 60_000);
});
