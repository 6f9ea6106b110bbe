// One Node process that serves the built game and the live endpoint. With REDIS_URL set, several
// such processes share sessions through Redis.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient, type RedisClientType } from 'redis';
import { Server } from 'socket.io';
import { LIVE_PATH, MAX_MESSAGE_BYTES } from '../live/protocol';
import { parseScenario } from '../scenario/parseScenario';
import { attachLive } from './liveServer';
import { staticFiles } from './staticFiles';
import { MemoryStore, RedisStore, type SessionStore } from './store';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const root = resolve(process.env.SPAGAAT_DIST ?? 'dist');
const scenariosDir = resolve(process.env.SPAGAAT_SCENARIOS ?? 'scenarios');

function shippedScenarioIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(scenariosDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
    const result = parseScenario(readFileSync(join(scenariosDir, file), 'utf8'), file);
    if (result.ok) ids.add(result.scenario.id);
  }
  return ids;
}

async function main(): Promise<void> {
  const http = createServer(staticFiles(root));
  const io = new Server(http, { path: LIVE_PATH, transports: ['websocket'], serveClient: false, maxHttpBufferSize: MAX_MESSAGE_BYTES * 2 });
  let store: SessionStore = new MemoryStore();
  let redis: RedisClientType | null = null;
  if (process.env.REDIS_URL) {
    redis = createClient({ url: process.env.REDIS_URL });
    redis.on('error', (error: Error) => console.error(`Redis: ${error.message}`));
    await redis.connect();
    io.adapter(createAdapter(redis));
    store = new RedisStore(redis);
  }
  attachLive(io, { store, scenarioIds: shippedScenarioIds() });

  await new Promise<void>((ok) => http.listen(port, host, ok));
  const address = http.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Spagaat is running at http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/${redis ? ' (sessions shared through Redis)' : ''}`);
  if (host === '0.0.0.0') {
    for (const nets of Object.values(networkInterfaces())) {
      for (const net of nets ?? []) if (net.family === 'IPv4' && !net.internal) console.log(`  on the local network: http://${net.address}:${actualPort}/`);
    }
  }

  const stop = async () => {
    io.close();
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
