// npm run bench:live: simulated phones on loopback join one session and vote at once against real
// server processes; prints p50 and p95 from join to acknowledged vote, and the server's CPU per
// participant, for 500, 2,000 and 5,000 phones (SIZES="500,2000"), beside a bare socket.io server
// that only acknowledges, measured in the same run. With redis-server installed, the same for two
// processes sharing Redis. Targets on one process: p95 < 1 s at 2,000 and < 2 s at 5,000, and CPU
// per participant that does not grow with the room. Bounded in count and time; stops by itself.
// BENCH_PROFILE_DIR=/some/dir writes a CPU profile of each server process there. Each server serves
// a warm-up room of 200 first, as a server that has run before would have (WARM_UP=0 skips it).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';

const SIZES = (process.env.SIZES ?? '500,2000,5000').split(',').map(Number);
const TIME_LIMIT_MS = 15 * 60_000;
const REDIS = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
const TICKS_PER_SECOND = 100;
/** WARM_UP=0 measures each server's very first room instead. */
const WARM_UP = process.env.WARM_UP !== '0';

// The bare server: the same two messages, acknowledged at once, one coalesced broadcast per room.
const BARE = `
const { createServer } = require('node:http');
const { Server } = require('socket.io');
const http = createServer();
const io = new Server(http, { path: '/live', transports: ['websocket'] });
const pending = new Set();
io.on('connection', (socket) => {
  socket.on('participant.join', (p, ack) => { socket.join('s:' + p.code); ack({ ok: true, data: { token: 'x' } }); });
  socket.on('participant.vote', (p, ack) => {
    ack({ ok: true, data: {} });
    if (!pending.has(p.code)) { pending.add(p.code); setTimeout(() => { pending.delete(p.code); io.to('s:' + p.code).emit('session.state', { voters: 1 }); }, 100); }
  });
});
http.listen(0, '127.0.0.1', () => console.log('running at http://127.0.0.1:' + http.address().port + '/'));
`;

interface Proc {
  url: string;
  pid: number;
  stop(): void;
}

function started(child: ChildProcess, what: string): Promise<Proc> {
  return new Promise((ok, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`${what} did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output) ?? /Ready to accept connections/.exec(output);
      if (match) {
        clearTimeout(timer);
        ok({ url: match[1] ?? '', pid: child.pid!, stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${what} exited with ${code}:\n${output}`)));
  });
}

const spagaat = (env: Record<string, string> = {}) =>
  started(spawn(process.execPath, [...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []), 'dist-server/main.js'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SPAGAAT_BUDGET_SCALE: '50', LIVE_SECRET: 'bench-secret-of-at-least-thirty-two-chars', ...env }, stdio: ['ignore', 'pipe', 'pipe'] }), 'the server');
const bare = () => started(spawn(process.execPath, ['-e', BARE], { stdio: ['ignore', 'pipe', 'pipe'] }), 'the bare server');

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => ok(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** CPU seconds a process has used so far (user and system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

async function open(url: string): Promise<Socket> {
  const socket = connect(url, { path: '/live', transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((ok, fail) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', fail);
  });
  return socket;
}
async function call<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const ack = (await socket.timeout(60_000).emitWithAck(event, payload)) as { ok: boolean; data: T; error?: string };
  if (!ack.ok) throw new Error(ack.error);
  return ack.data;
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Opens `n` sockets a few hundred at a time, spread over the given servers. */
async function phones(urls: string[], n: number): Promise<Socket[]> {
  const out: Socket[] = [];
  for (let i = 0; i < n; i += 250) out.push(...(await Promise.all(Array.from({ length: Math.min(250, n - i) }, (_, k) => open(urls[(i + k) % urls.length]!)))));
  return out;
}

const strategies = ['navigate-rules', 'align', 'escalate', 'silo'] as const;

/** Every phone joins and votes at once; the time from its join to its acknowledged vote. */
async function round(sockets: Socket[], code: string): Promise<number[]> {
  const times = await Promise.all(
    sockets.map(async (phone, i) => {
      const t0 = performance.now();
      const { token } = await call<{ token: string }>(phone, 'participant.join', { code });
      await call(phone, 'participant.vote', { code, token, vote: { strategy: strategies[i % strategies.length] } });
      return performance.now() - t0;
    }),
  );
  return times.sort((a, b) => a - b);
}

function report(label: string, n: number, times: number[], cpu: number): string {
  return `${label.padEnd(26)} ${String(n).padStart(5)} phones: p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms, p95 ${percentile(times, 95).toFixed(0).padStart(5)} ms, server CPU ${((cpu * 1000) / n).toFixed(2)} ms per participant`;
}

async function spagaatRun(servers: Proc[], n: number, label: string): Promise<{ line: string; ok: boolean }> {
  const facilitator = await open(servers[0]!.url);
  const sockets = [facilitator];
  try {
    const { code, secret } = await call<{ code: string; secret: string }>(facilitator, 'session.create', { scenarioId: 'lindeplein' });
    await call(facilitator, 'facilitator.command', { code, secret, command: 'room', maxParticipants: n, joinsOpen: true });
    await call(facilitator, 'facilitator.command', { code, secret, command: 'open', situationId: 'advies-op-de-mat' });
    const room = await phones(
      servers.map((s) => s.url),
      n,
    );
    sockets.push(...room);
    if (WARM_UP) await warmUp(servers);
    const before = servers.reduce((t, s) => t + cpuSeconds(s.pid), 0);
    const times = await round(room, code);
    const cpu = servers.reduce((t, s) => t + cpuSeconds(s.pid), 0) - before;
    const view = await call<{ voters: number; liveSpread: { strategies: Record<string, number> } }>(facilitator, 'facilitator.command', { code, secret, command: 'reveal' });
    const ok = view.voters === n && strategies.every((s, k) => view.liveSpread.strategies[s] === Array.from({ length: n }, (_, i) => i).filter((i) => i % 4 === k).length);
    return { line: `${report(label, n, times, cpu)}${ok ? '' : '  (TALLY WRONG)'}`, ok };
  } finally {
    for (const s of sockets) s.disconnect();
  }
}

/**
 * A room of 200 before the measured one, in a session of its own, so the figures are those of a
 * server that has served before (its code compiled), not of its very first votes.
 */
async function warmUp(servers: Proc[], bare = false): Promise<void> {
  const room = await phones(
    servers.map((s) => s.url),
    200,
  );
  try {
    if (bare) {
      await round(room, 'WARM00');
      return;
    }
    const facilitator = await open(servers[0]!.url);
    room.push(facilitator);
    const { code, secret } = await call<{ code: string; secret: string }>(facilitator, 'session.create', { scenarioId: 'lindeplein' });
    await call(facilitator, 'facilitator.command', { code, secret, command: 'open', situationId: 'advies-op-de-mat' });
    await round(room.slice(0, 200), code);
  } finally {
    for (const s of room) s.disconnect();
  }
}

async function bareRun(server: Proc, n: number): Promise<string> {
  const room = await phones([server.url], n);
  try {
    if (WARM_UP) await warmUp([server], true);
    const before = cpuSeconds(server.pid);
    const times = await round(room, 'BARE00');
    return report('bare socket.io', n, times, cpuSeconds(server.pid) - before);
  } finally {
    for (const s of room) s.disconnect();
  }
}

async function main(): Promise<void> {
  const stops: (() => void)[] = [];
  const guard = setTimeout(() => {
    console.error(`Stopped after ${TIME_LIMIT_MS / 1000} s`);
    for (const stop of stops) stop();
    process.exit(1);
  }, TIME_LIMIT_MS);
  let ok = true;
  console.log(WARM_UP ? 'Each server first serves a warm-up room of 200 in a session of its own (WARM_UP=0 to skip).' : 'Each figure is a fresh server’s very first room.');
  try {
    for (const n of SIZES) {
      // A fresh process per size, so one size's garbage does not weigh on the next.
      const one = await spagaat();
      stops.push(one.stop);
      const result = await spagaatRun([one], n, 'Spagaat, one process');
      one.stop();
      ok &&= result.ok;
      console.log(result.line);
      const b = await bare();
      stops.push(b.stop);
      console.log(await bareRun(b, n));
      b.stop();
    }
    if (existsSync(REDIS)) {
      const dir = mkdtempSync(join(tmpdir(), 'spagaat-bench-redis-'));
      const port = await freePort();
      const redis = await started(spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] }), 'redis-server');
      stops.push(redis.stop);
      try {
        for (const n of SIZES) {
          const two = [await spagaat({ REDIS_URL: `redis://127.0.0.1:${port}` }), await spagaat({ REDIS_URL: `redis://127.0.0.1:${port}` })];
          for (const p of two) stops.push(p.stop);
          const result = await spagaatRun(two, n, 'Spagaat, 2 processes+Redis');
          for (const p of two) p.stop();
          ok &&= result.ok;
          console.log(result.line);
        }
      } finally {
        redis.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    } else console.log(`(no redis-server at ${REDIS}: the two-process figures are skipped)`);
  } finally {
    clearTimeout(guard);
    for (const stop of stops) stop();
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
