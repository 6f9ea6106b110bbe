// The live endpoint on socket.io: validates every message, checks the facilitator's secret and
// the participants' signed tokens, applies the pure session rules, and coalesces broadcasts so
// the work per vote does not grow with the room.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  castVote,
  cleanNickname,
  createSession,
  decide,
  end,
  facilitatorState,
  isExpired,
  openRevote,
  openVoting,
  participantState,
  publicState,
  reveal,
  sessionCsv,
  sessionExport,
  setTimer,
  type LiveSession,
  type Result,
} from '../live/session';
import { MAX_MESSAGE_BYTES, clientMessages, type Ack, type ClientMessage, type ServerError } from '../live/protocol';
import { loadSession, metaOf, type SessionStore } from './store';

export interface LiveOptions {
  store: SessionStore;
  /** Scenario ids a session may be created for. */
  scenarioIds: ReadonlySet<string>;
  /** How long public broadcasts of one session are gathered before going out. */
  broadcastDelayMs?: number;
  /** Messages per second a connection may send on average, and the burst it may spend at once. */
  rate?: { perSecond: number; burst: number };
  now?: () => number;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A token bucket per connection. */
function rateLimiter(perSecond: number, burst: number, now: () => number) {
  let tokens = burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export function attachLive(io: Server, options: LiveOptions): { flush(): Promise<void> } {
  const { store, scenarioIds } = options;
  const now = options.now ?? Date.now;
  const delay = options.broadcastDelayMs ?? 100;
  const rate = options.rate ?? { perSecond: 10, burst: 30 };
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let signingKey: Promise<string> | null = null;
  const key = () => (signingKey ??= store.signingKey());

  const sign = async (code: string, participantId: string) => `${participantId}.${createHmac('sha256', await key()).update(`${code}:${participantId}`).digest('base64url')}`;
  async function verify(code: string, token: string): Promise<string | null> {
    const [participantId, signature] = token.split('.');
    if (!participantId || !signature) return null;
    const expected = (await sign(code, participantId)).split('.')[1]!;
    return sameHash(signature, expected) ? participantId : null;
  }

  async function broadcast(code: string): Promise<void> {
    pending.delete(code);
    const loaded = await loadSession(store, code);
    if (!loaded) return;
    io.to(`s:${code}`).emit('session.state', publicState(loaded.session));
    io.to(`f:${code}`).emit('facilitator.state', facilitatorState(loaded.session));
  }

  /** Many votes within the delay give one broadcast, not one each. */
  function scheduleBroadcast(code: string): void {
    if (pending.has(code)) return;
    pending.set(code, setTimeout(() => void broadcast(code).catch(() => {}), delay));
  }

  /** After a phase change every phone gets its own view (its ballot and history) once. */
  async function sendParticipantStates(session: LiveSession): Promise<void> {
    for (const id of Object.keys(session.participants)) io.to(`p:${session.code}:${id}`).emit('participant.state', participantState(session, id));
  }

  async function facilitator(code: string, secret: string): Promise<{ session: LiveSession } | ServerError> {
    const loaded = await loadSession(store, code);
    if (!loaded || isExpired(loaded.session, now())) return 'unknown-session';
    if (!sameHash(hash(secret), loaded.secretHash)) return 'not-allowed';
    return { session: loaded.session };
  }

  type Handler = (socket: Socket, payload: never) => Promise<Ack<unknown>>;
  const handlers: Record<ClientMessage, Handler> = {
    'session.create': async (socket, { scenarioId }: { scenarioId: string }) => {
      if (!scenarioIds.has(scenarioId)) return { ok: false, error: 'unknown-scenario' };
      const secret = randomBytes(24).toString('base64url');
      for (let attempt = 0; attempt < 10; attempt++) {
        const session = createSession(newCode(), scenarioId, now());
        if (await store.create(metaOf(session), hash(secret))) {
          await socket.join(`f:${session.code}`);
          return { ok: true, data: { code: session.code, secret, state: facilitatorState(session) } };
        }
      }
      return { ok: false, error: 'server-error' };
    },

    'facilitator.attach': async (socket, { code, secret }: { code: string; secret: string }) => {
      const found = await facilitator(code, secret);
      if (typeof found === 'string') return { ok: false, error: found };
      await socket.join(`f:${code}`);
      return { ok: true, data: facilitatorState(found.session) };
    },

    'facilitator.command': async (_socket, message: { code: string; secret: string; command: string; situationId?: string; seconds?: number; pick?: null | { strategy: never; perspective?: never } }) => {
      const found = await facilitator(message.code, message.secret);
      if (typeof found === 'string') return { ok: false, error: found };
      const session = found.session;
      if (message.command === 'export') return { ok: true, data: { json: sessionExport(session), csv: sessionCsv(session) } };
      let result: Result;
      switch (message.command) {
        case 'open':
          result = openVoting(session, message.situationId!);
          break;
        case 'reveal':
          result = reveal(session);
          break;
        case 'revote':
          result = openRevote(session);
          break;
        case 'timer':
          result = setTimer(session, message.seconds!, now());
          break;
        case 'decide':
          result = decide(session, message.pick ?? null);
          break;
        default:
          result = end(session);
      }
      if (!result.ok) return { ok: false, error: result.error };
      await store.setMeta(metaOf(result.session));
      // A new phase goes out at once: phones should not wait to see the next situation.
      await broadcast(message.code);
      await sendParticipantStates(result.session);
      return { ok: true, data: facilitatorState(result.session) };
    },

    'participant.join': async (socket, { code, token, nickname }: { code: string; token?: string; nickname?: string }) => {
      const found = await store.getMeta(code);
      if (!found || now() >= found.meta.expiresAt) return { ok: false, error: 'unknown-session' };
      let participantId = token ? await verify(code, token) : null;
      if (token && !participantId) return { ok: false, error: 'not-allowed' };
      participantId ??= randomBytes(12).toString('base64url');
      // The store joins idempotently, one field per participant (see SessionStore.join).
      await store.join(code, participantId, cleanNickname(nickname), now());
      await socket.join([`s:${code}`, `p:${code}:${participantId}`]);
      socket.data.participant = { code, participantId };
      const loaded = (await loadSession(store, code))!;
      scheduleBroadcast(code);
      return { ok: true, data: { token: await sign(code, participantId), participantId, state: publicState(loaded.session), me: participantState(loaded.session, participantId) } };
    },

    'participant.vote': async (_socket, { code, token, vote }: { code: string; token: string; vote: { strategy: never; perspective?: never } }) => {
      const participantId = await verify(code, token);
      if (!participantId) return { ok: false, error: 'not-allowed' };
      const found = await store.getMeta(code);
      if (!found) return { ok: false, error: 'unknown-session' };
      const [participant, ballot] = await Promise.all([store.getParticipant(code, participantId), store.getBallot(code, found.meta.round, participantId)]);
      if (!participant) return { ok: false, error: 'unknown-participant' };
      // The rules need only this participant and their ballot: no other vote is read or written.
      const mini: LiveSession = { ...found.meta, participants: { [participantId]: participant }, ballots: ballot ? { [participantId]: ballot } : {} };
      const result = castVote(mini, participantId, vote);
      if (!result.ok) return { ok: false, error: result.error };
      await store.setBallot(code, found.meta.round, participantId, result.session.ballots[participantId]!);
      scheduleBroadcast(code);
      return { ok: true, data: participantState(result.session, participantId) };
    },
  };

  io.on('connection', (socket) => {
    const allow = rateLimiter(rate.perSecond, rate.burst, now);
    for (const [event, handler] of Object.entries(handlers) as [ClientMessage, Handler][]) {
      socket.on(event, async (payload: unknown, ack?: unknown) => {
        const reply = typeof ack === 'function' ? (ack as (a: Ack<unknown>) => void) : () => {};
        try {
          if (!allow()) return reply({ ok: false, error: 'rate-limited' });
          if (JSON.stringify(payload ?? null).length > MAX_MESSAGE_BYTES) return reply({ ok: false, error: 'too-large' });
          const parsed = clientMessages[event].safeParse(payload);
          if (!parsed.success) return reply({ ok: false, error: 'invalid-message' });
          reply(await handler(socket, parsed.data as never));
        } catch {
          reply({ ok: false, error: 'server-error' });
        }
      });
    }
    // Anything that is not part of the protocol gets a clear refusal.
    socket.onAny((event: string, ...args: unknown[]) => {
      if (event in handlers) return;
      const ack = args.at(-1);
      if (typeof ack === 'function') (ack as (a: Ack<unknown>) => void)({ ok: false, error: 'invalid-message' });
    });
  });

  return {
    async flush() {
      await Promise.all([...pending.keys()].map((code) => (clearTimeout(pending.get(code)), broadcast(code))));
    },
  };
}
