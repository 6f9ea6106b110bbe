// Two server processes sharing sessions through Redis: a facilitator on one, phones on both; the
// votes meet; one process dies and its phones carry on at the other with their votes kept.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, serveApp, type Served } from './harness';

const REDIS = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
let redis: ChildProcess;
let redisDir: string;
let a: Served;
let b: Served;
const sockets: Socket[] = [];

beforeAll(async () => {
  if (!existsSync(REDIS)) throw new Error(`redis-server not found at ${REDIS}: install Debian's redis-server (see .ci/run)`);
  const port = await freePort();
  redisDir = mkdtempSync(join(tmpdir(), 'spagaat-redis-'));
  redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', redisDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('redis-server did not start')), 10_000);
    redis.stdout?.on('data', (chunk: Buffer) => {
      if (/Ready to accept connections/.test(chunk.toString())) {
        clearTimeout(timer);
        ok();
      }
    });
    redis.once('exit', (code) => fail(new Error(`redis-server exited with ${code}`)));
  });
  const url = `redis://127.0.0.1:${port}`;
  [a, b] = await Promise.all([serveApp({ redisUrl: url }), serveApp({ redisUrl: url })]);
}, 60_000);

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await Promise.all([a?.stop(), b?.stop()]);
  if (redis && redis.exitCode === null) {
    redis.kill('SIGTERM');
    await new Promise((ok) => redis.once('exit', ok));
  }
  if (redisDir) rmSync(redisDir, { recursive: true, force: true });
});

async function client(base: string): Promise<Socket> {
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

describe('two processes sharing Redis', () => {
  it('lets any process serve any participant, and loses no vote when one dies', async () => {
    const facilitator = await client(a.url);
    const { code, secret } = await call<{ code: string; secret: string }>(facilitator, 'session.create', { scenarioId: 'lindeplein' });
    await call(facilitator, 'facilitator.command', { code, secret, command: 'open', situationId: 'advies-op-de-mat' });

    const onA = await client(a.url);
    const onB = await client(b.url);
    const tokenA = (await call<{ token: string }>(onA, 'participant.join', { code, nickname: 'A' })).token;
    const tokenB = (await call<{ token: string }>(onB, 'participant.join', { code, nickname: 'B' })).token;
    await call(onA, 'participant.vote', { code, token: tokenA, vote: { strategy: 'align' } });
    await call(onB, 'participant.vote', { code, token: tokenB, vote: { strategy: 'silo' } });

    // The facilitator on A sees B's vote, also pushed through the Redis adapter.
    const pushed = new Promise<{ voters: number }>((ok) => facilitator.on('facilitator.state', (s: { voters: number }) => s.voters === 2 && ok(s)));
    const view = await call<{ voters: number; participants: number }>(facilitator, 'facilitator.attach', { code, secret });
    expect(view).toMatchObject({ voters: 2, participants: 2 });
    expect((await pushed).voters).toBe(2);

    // Process B dies; its phone comes back through A with the same token and finds its vote.
    await b.stop();
    const again = await client(a.url);
    const rejoined = await call<{ participantId: string; me: { ballot: { final: { strategy: string } } | null; nickname: string } }>(again, 'participant.join', { code, token: tokenB });
    expect(rejoined.me.nickname).toBe('B');
    expect(rejoined.me.ballot?.final.strategy).toBe('silo');
    const revealed = await call<{ spread: { strategies: Record<string, number> } }>(facilitator, 'facilitator.command', { code, secret, command: 'reveal' });
    expect(revealed.spread.strategies).toMatchObject({ align: 1, silo: 1 });
  });
});
