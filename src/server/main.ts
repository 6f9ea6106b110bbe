// One Node process that serves the built game and the live endpoint. With REDIS_URL set, several
// such processes share sessions through Redis.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient, type RedisClientType } from 'redis';
import { Server } from 'socket.io';
import { LIVE_PATH, MAX_FRAME_BYTES, type NetworkInfo } from '../live/protocol';
import { parseScenario } from '../scenario/parseScenario';
import { parseOrigins, securityHeaders } from './headers';
import { DEFAULT_BUDGETS } from './limits';
import { attachLive } from './liveServer';
import { staticFiles } from './staticFiles';
import { MemoryStore, RedisStore, type SessionStore } from './store';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** This computer's IPv4 addresses on its networks: where phones in the room can reach it. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((nets) => (nets ?? []).filter((n) => n.family === 'IPv4' && !n.internal).map((n) => n.address));
}

function networkInfo(listenOn: string): NetworkInfo {
  const loopbackOnly = LOOPBACK.has(listenOn);
  const all = listenOn === '0.0.0.0' || listenOn === '::';
  return { loopbackOnly, addresses: all ? lanAddresses() : loopbackOnly ? [] : [listenOn] };
}
const root = resolve(process.env.SPAGAAT_DIST ?? 'dist');
const scenariosDir = resolve(process.env.SPAGAAT_SCENARIOS ?? 'scenarios');

/** The shipped scenarios, each with the ids of its situations (facilitator commands may name only those). */
function shippedScenarios(): Map<string, Set<string>> {
  const scenarios = new Map<string, Set<string>>();
  for (const file of readdirSync(scenariosDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
    const result = parseScenario(readFileSync(join(scenariosDir, file), 'utf8'), file);
    if (result.ok) scenarios.set(result.scenario.id, new Set(result.scenario.situations.map((s) => s.id)));
  }
  return scenarios;
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0, not "${raw}"`);
  return value;
}

function liveSecret(): string | undefined {
  const secret = process.env.LIVE_SECRET;
  if (secret === undefined || secret === '') return undefined;
  if (secret.length < 32) throw new Error('LIVE_SECRET must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)');
  return secret;
}

/** Redis must answer within this time at start, or the server does not start. */
const REDIS_START_MS = 5000;
/** However a shutdown goes, the process is gone after this. */
const STOP_MS = 3000;

async function connectRedis(url: string): Promise<RedisClientType> {
  const redis: RedisClientType = createClient({
    url,
    // No queue: a command while Redis is away fails at once, so nothing is applied behind the client's back.
    disableOfflineQueue: true,
    socket: { connectTimeout: REDIS_START_MS, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
  });
  let lastError = '';
  redis.on('error', (error: Error) => {
    if (error.message !== lastError) console.error(`Redis: ${error.message}`);
    lastError = error.message;
  });
  redis.on('ready', () => (lastError = ''));
  const started = await Promise.race([
    redis.connect().then(
      () => true,
      (error: unknown) => ((lastError ||= error instanceof Error ? error.message : String(error)), false),
    ),
    new Promise<false>((ok) => setTimeout(() => ok(false), REDIS_START_MS).unref()),
  ]);
  if (!started) {
    redis.destroy();
    throw new Error(`Redis at ${url.replace(/\/\/[^@/]*@/, '//…@')} did not answer within ${REDIS_START_MS / 1000} s${lastError ? ` (${lastError})` : ''}. Start Redis, or unset REDIS_URL to keep sessions in this process`);
  }
  return redis;
}

async function main(): Promise<void> {
  const secret = liveSecret();
  const origins = parseOrigins(process.env.SPAGAAT_ORIGINS);
  const frameAncestors = process.env.SPAGAAT_FRAME_ANCESTORS?.split(/\s+/).filter(Boolean);
  const maxSessions = positiveInt('SPAGAAT_MAX_SESSIONS', process.env.REDIS_URL ? 20_000 : 2000);
  const headers = securityHeaders({ frameAncestors });

  const http = createServer(staticFiles(root));
  const io = new Server(http, { path: LIVE_PATH, transports: ['websocket'], serveClient: false, maxHttpBufferSize: MAX_FRAME_BYTES });
  // First of all listeners, so the live endpoint's own answers carry the headers too.
  http.prependListener('request', (_req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  });
  let store: SessionStore = new MemoryStore({ maxSessions });
  let redis: RedisClientType | null = null;
  if (process.env.REDIS_URL) {
    redis = await connectRedis(process.env.REDIS_URL);
    // The adapter gets a client of its own that waits through an outage: its reading loop retries at
    // once on every failed read, which with a fail-fast client spins the process at full CPU. What it
    // carries is only the fan-out of state to other processes, never a vote or a command.
    const adapterClient = redis.duplicate({ disableOfflineQueue: false });
    adapterClient.on('error', () => {});
    await adapterClient.connect();
    io.adapter(createAdapter(adapterClient));
    store = new RedisStore(redis, { maxSessions });
    if (!secret) console.warn('LIVE_SECRET is not set: the processes share a signing key kept in Redis. Set LIVE_SECRET so tokens survive anything that happens to Redis.');
  }
  // One address for a whole venue (a big event behind one NAT): raise every per-address budget at once.
  const scale = positiveInt('SPAGAAT_BUDGET_SCALE', 1);
  const budgets = Object.fromEntries(Object.entries(DEFAULT_BUDGETS).map(([kind, b]) => [kind, { burst: b.burst * scale, perMinute: b.perMinute * scale }]));
  const live = attachLive(io, { store, scenarios: shippedScenarios(), secret, origins, budgets, trustProxy: process.env.SPAGAAT_TRUST_PROXY === '1', network: networkInfo(host) });

  // Redis back after an outage, perhaps restarted empty: rooms whose session is gone are told so.
  redis?.on('ready', () => void live.checkSessions().catch(() => {}));

  await new Promise<void>((ok, fail) => {
    http.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is in use; stop what runs there or set PORT to another port`) : error));
    http.listen(port, host, ok);
  });
  const address = http.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Spagaat is running at http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/${redis ? ' (sessions shared through Redis)' : ''}`);
  if (host === '0.0.0.0') for (const net of lanAddresses()) console.log(`  on the local network: http://${net}:${actualPort}/`);
  else if (LOOPBACK.has(host)) console.log('  phones cannot reach this address; for a workshop start with HOST=0.0.0.0 npm start');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Whatever Redis or a client does, the process is gone within STOP_MS.
    setTimeout(() => process.exit(0), STOP_MS).unref();
    live.close();
    io.close();
    http.closeAllConnections();
    http.close();
    await store.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Spagaat could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
