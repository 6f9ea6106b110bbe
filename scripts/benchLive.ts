// npm run bench:live: 500 simulated phones on loopback join one session and vote at once against
// a real server process; prints p50 and p95 from join to acknowledged vote and checks the tally.
// Target: p95 under 1 s on one process. Bounded in count and time; stops by itself.
import { spawn } from 'node:child_process';
import { io as connect, type Socket } from 'socket.io-client';

const PARTICIPANTS = Number(process.env.PARTICIPANTS ?? 500);
const TIME_LIMIT_MS = 60_000;

function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['dist-server/main.js'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('server did not start')), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        ok({ url: match[1]!, stop: () => child.kill('SIGTERM') });
      }
    });
  });
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
  const ack = (await socket.timeout(20_000).emitWithAck(event, payload)) as { ok: boolean; data: T; error?: string };
  if (!ack.ok) throw new Error(ack.error);
  return ack.data;
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main(): Promise<void> {
  const server = await startServer();
  const guard = setTimeout(() => {
    console.error(`Stopped after ${TIME_LIMIT_MS / 1000} s`);
    server.stop();
    process.exit(1);
  }, TIME_LIMIT_MS);
  const sockets: Socket[] = [];
  try {
    const facilitator = await open(server.url);
    sockets.push(facilitator);
    const { code, secret } = await call<{ code: string; secret: string }>(facilitator, 'session.create', { scenarioId: 'lindeplein' });
    await call(facilitator, 'facilitator.command', { code, secret, command: 'open', situationId: 'advies-op-de-mat' });
    const phones = await Promise.all(Array.from({ length: PARTICIPANTS }, () => open(server.url)));
    sockets.push(...phones);
    const strategies = ['navigate-rules', 'align', 'escalate', 'silo'] as const;
    const started = performance.now();
    const times = await Promise.all(
      phones.map(async (phone, i) => {
        const t0 = performance.now();
        const { token } = await call<{ token: string }>(phone, 'participant.join', { code });
        await call(phone, 'participant.vote', { code, token, vote: { strategy: strategies[i % strategies.length] } });
        return performance.now() - t0;
      }),
    );
    const total = performance.now() - started;
    times.sort((a, b) => a - b);
    const view = await call<{ voters: number; participants: number; liveSpread: { strategies: Record<string, number> } }>(facilitator, 'facilitator.attach', { code, secret });
    const expected = Object.fromEntries(strategies.map((s, k) => [s, Array.from({ length: PARTICIPANTS }, (_, i) => i).filter((i) => i % strategies.length === k).length]));
    const tallyOk = view.voters === PARTICIPANTS && view.participants === PARTICIPANTS && strategies.every((s) => view.liveSpread.strategies[s] === expected[s]);
    console.log(`Live: ${PARTICIPANTS} participants joined and voted at once on one process in ${(total / 1000).toFixed(2)} s`);
    console.log(`Live: join → acknowledged vote: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms (target p95 < 1000 ms)`);
    console.log(`Live: facilitator's tally ${tallyOk ? 'matches' : 'DOES NOT match'}: ${view.voters} voters, ${JSON.stringify(view.liveSpread.strategies)}`);
    process.exitCode = tallyOk ? 0 : 1;
  } finally {
    clearTimeout(guard);
    for (const s of sockets) s.disconnect();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
