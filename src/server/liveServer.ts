// The live endpoint on socket.io: answers every message (however malformed), checks the
// facilitator's secret and the participants' signed tokens exactly, applies the pure session
// rules, limits what one client address may do, and coalesces broadcasts so the work per vote
// does not grow with the room.
import { createCipheriv, createDecipheriv, createHash, createHmac, createSecretKey, randomBytes, randomInt, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  cleanNickname,
  createSession,
  decide,
  end,
  facilitatorState,
  isExpired,
  openRevote,
  nextBallot,
  openVoting,
  participantState,
  NOT_VOTED_NAMES,
  facilitatorStateFrom,
  JOINED_NAMES,
  participantStateFrom,
  publicStateFrom,
  reveal,
  sessionCsv,
  sessionExport,
  setRoom,
  setTimer,
  type Ballot,
  type Counts,
  HANDOFF_MS,
  type Handoff,
  type LiveSession,
  type ParticipantState,
  type Result,
} from '../live/session';
import { MAX_MESSAGE_BYTES, TOKEN_PATTERN, clientMessages, type Ack, type ClientMessage, type NetworkInfo, type Refusal, type ServerError } from '../live/protocol';
import { originAllowed } from './headers';
import { AddressBudgets, DEFAULT_BUDGETS, clientAddress, type Budget, type BudgetKind } from './limits';
import { StoreUnavailableError, loadSession, metaOf, type SessionMeta, type SessionStore } from './store';

export interface LiveOptions {
  store: SessionStore;
  /** The scenarios a session may be created for, each with the ids of its situations. */
  scenarios: ReadonlyMap<string, ReadonlySet<string>>;
  /** The key that signs participant tokens (LIVE_SECRET); without it the store keeps one. */
  secret?: string;
  /** How long public broadcasts of one session are gathered before going out. */
  broadcastDelayMs?: number;
  /** Messages per second a connection may send on average, and the burst it may spend at once. */
  rate?: { perSecond: number; burst: number };
  /** Budgets per client address (see limits.ts); each may be overridden. */
  budgets?: Partial<Record<BudgetKind, Budget>>;
  /** Take the client's address from X-Forwarded-For (only behind a reverse proxy you run). */
  trustProxy?: boolean;
  /** Origins besides this server's own whose pages may connect (e.g. a reverse proxy's public address). */
  origins?: readonly string[];
  /** Where phones can reach the server; the facilitator's page shows it in the lobby. */
  network?: NetworkInfo;
  now?: () => number;
}

export interface LiveEndpoint {
  flush(): Promise<void>;
  /**
   * After the store came back (Redis reconnected, perhaps empty): every session someone here is
   * connected to is looked up, and those that are gone are announced to their room (`session.lost`).
   */
  checkSessions(): Promise<void>;
  close(): void;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');
/** The key that seals the facilitator's secret in a hand-over: from the link's token, which the server does not keep. */
const handoffKey = (token: string) => createHash('sha256').update(`handoff:${token}`).digest();

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  // Constant time over the whole text; a length difference is no secret (the format is public).
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

const refuse = (error: ServerError, extra: Omit<Refusal, 'ok' | 'error'> = {}): Refusal => ({ ok: false, error, ...extra });

export function attachLive(io: Server, options: LiveOptions): LiveEndpoint {
  const { store, scenarios } = options;
  const network: NetworkInfo = options.network ?? { loopbackOnly: false, addresses: [] };
  const now = options.now ?? Date.now;
  const delay = options.broadcastDelayMs ?? 100;
  const rate = options.rate ?? { perSecond: 10, burst: 30 };
  const budgets = Object.fromEntries(
    (Object.keys(DEFAULT_BUDGETS) as BudgetKind[]).map((kind) => [kind, new AddressBudgets({ ...DEFAULT_BUDGETS[kind], ...options.budgets?.[kind] }, now)]),
  ) as Record<BudgetKind, AddressBudgets>;
  const sweeper = setInterval(() => Object.values(budgets).forEach((b) => b.sweep()), 60_000);
  sweeper.unref();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Hand-over tokens claimed here, so two claims at once in this process cannot both pass. */
  const claimed = new Set<string>();
  const key = () => (options.secret ? Promise.resolve(options.secret) : store.signingKey());
  // The key as a KeyObject, made again only when the key changes (after a Redis restart, say).
  let keyObject: { text: string; key: KeyObject } | null = null;
  const hmacKey = async () => {
    const text = await key();
    if (keyObject?.text !== text) keyObject = { text, key: createSecretKey(Buffer.from(text)) };
    return keyObject.key;
  };

  const sign = async (code: string, participantId: string) => `${participantId}.${createHmac('sha256', await hmacKey()).update(`${code}:${participantId}`).digest('base64url')}`;
  /** The whole token must be exactly the one this server would issue: no prefix, no suffix. */
  async function verify(code: string, token: string): Promise<string | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const participantId = token.slice(0, token.indexOf('.'));
    return sameText(token, await sign(code, participantId)) ? participantId : null;
  }

  /** The room's state from the counts the store keeps: no vote or join re-reads the room. */
  async function roomState(code: string): Promise<{ meta: SessionMeta; counts: Counts } | null> {
    const found = await store.getMeta(code);
    if (!found) return null;
    return { meta: found.meta, counts: await store.getCounts(code, found.meta.round) };
  }

  /**
   * The projector gets every change; the phones only a new phase, situation or timer (they show
   * no counts), so a vote costs one message to the projector, not one to every phone in the room.
   */
  async function broadcast(code: string, phones = true): Promise<void> {
    if (!phones) pending.delete(code);
    const room = await roomState(code);
    if (!room) return;
    if (phones) io.to(`s:${code}`).emit('session.state', publicStateFrom(room.meta, room.counts));
    // The facilitator may be connected to another process: this goes out through the adapter.
    const notVoted = room.meta.phase === 'voting' ? await store.notVoted(code, room.meta.round, NOT_VOTED_NAMES) : [];
    const joined = room.meta.phase === 'lobby' ? await store.recentNames(code, JOINED_NAMES) : [];
    io.to(`f:${code}`).emit('facilitator.state', facilitatorStateFrom(room.meta, room.counts, notVoted, joined));
  }

  /** One participant's own view: their ballot in this round and in each decided one. */
  async function participantView(code: string, meta: SessionMeta, participantId: string, nickname: string | null, current?: Ballot): Promise<ParticipantState> {
    const [ballot, ...past] = await Promise.all([current ?? store.getBallot(code, meta.round, participantId), ...meta.rounds.map((r) => store.getBallot(code, r.round, participantId))]);
    return participantStateFrom(meta.rounds, participantId, nickname, ballot ?? null, past);
  }

  /** Many votes within the delay give one message to the projector, not one each. */
  function scheduleBroadcast(code: string): void {
    if (pending.has(code)) return;
    pending.set(code, setTimeout(() => void broadcast(code, false).catch(() => {}), delay));
  }

  /** After a phase change every phone gets its own view (its ballot and history) once. */
  function sendParticipantStates(session: LiveSession): void {
    for (const id of Object.keys(session.participants)) io.to(`p:${session.code}:${id}`).emit('participant.state', participantState(session, id));
  }

  /** A code that names no session costs the address from its budget of misses. */
  function missed(address: string): Refusal {
    budgets.miss.spend(address);
    return refuse('unknown-session');
  }

  async function facilitator(code: string, secret: string, address: string): Promise<{ session: LiveSession } | Refusal> {
    const loaded = await loadSession(store, code);
    if (!loaded || isExpired(loaded.session, now())) return missed(address);
    if (!sameText(hash(secret), loaded.secretHash)) {
      budgets.miss.spend(address);
      return refuse('not-allowed');
    }
    return { session: loaded.session };
  }

  type Context = { socket: Socket; address: string };
  type Handler = (context: Context, payload: never) => Promise<Ack<unknown>>;
  const handlers: Record<ClientMessage, Handler> = {
    'session.create': async ({ socket, address }, { scenarioId }: { scenarioId: string }) => {
      if (!scenarios.has(scenarioId)) return refuse('unknown-scenario');
      const spent = budgets.create.spend(address);
      if (!spent.ok) return refuse('rate-limited', { retryAfterMs: spent.retryAfterMs });
      const secret = randomBytes(24).toString('base64url');
      for (let attempt = 0; attempt < 10; attempt++) {
        const session = createSession(newCode(), scenarioId, now());
        const created = await store.create(metaOf(session), hash(secret));
        if (created === 'full') return refuse('server-full');
        if (created === 'created') {
          await socket.join(`f:${session.code}`);
          return { ok: true, data: { code: session.code, secret, state: facilitatorState(session), network } };
        }
      }
      return refuse('server-error');
    },

    'facilitator.attach': async ({ socket, address }, { code, secret }: { code: string; secret: string }) => {
      const found = await facilitator(code, secret, address);
      if ('ok' in found) return found;
      await socket.join(`f:${code}`);
      return { ok: true, data: { ...facilitatorState(found.session), network } };
    },

    'facilitator.claim': async ({ socket, address }, { code, handoff: token }: { code: string; handoff: string }) => {
      const loaded = await loadSession(store, code);
      if (!loaded || isExpired(loaded.session, now())) return missed(address);
      const pending = loaded.session.handoff;
      // Used once: a second claim, a stale link or a wrong token is refused alike.
      if (!pending || now() > pending.expiresAt || !sameText(hash(token), pending.tokenHash) || claimed.has(pending.tokenHash)) {
        budgets.miss.spend(address);
        return refuse('not-allowed');
      }
      claimed.add(pending.tokenHash);
      setTimeout(() => claimed.delete(pending.tokenHash), HANDOFF_MS).unref?.();
      let secret: string;
      try {
        const decipher = createDecipheriv('aes-256-gcm', handoffKey(token), Buffer.from(pending.iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(pending.tag, 'base64url'));
        secret = Buffer.concat([decipher.update(Buffer.from(pending.sealed, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        return refuse('not-allowed');
      }
      await store.setMeta(metaOf({ ...loaded.session, handoff: null }));
      // The device that handed over steps back; this one takes its place.
      socket.to(`f:${code}`).emit('facilitator.handedOver', { code });
      await socket.join(`f:${code}`);
      return { ok: true, data: { secret, choices: pending.choices, state: facilitatorState(loaded.session), network } };
    },

    'facilitator.command': async (
      { address },
      message: { code: string; secret: string; command: string; situationId?: string; seconds?: number; pick?: null | { strategy: never; perspective?: never }; maxParticipants?: number; joinsOpen?: boolean; choices?: Handoff['choices'] },
    ) => {
      const found = await facilitator(message.code, message.secret, address);
      if ('ok' in found) return found;
      const session = found.session;
      if (message.command === 'export') return { ok: true, data: { json: sessionExport(session), csv: sessionCsv(session) } };
      if (message.command === 'handoff') {
        if (session.phase === 'ended') return refuse('session-ended');
        const token = randomBytes(18).toString('base64url');
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', handoffKey(token), iv);
        const sealed = Buffer.concat([cipher.update(message.secret, 'utf8'), cipher.final()]);
        const expiresAt = now() + HANDOFF_MS;
        const handoff: Handoff = { tokenHash: hash(token), expiresAt, sealed: sealed.toString('base64url'), iv: iv.toString('base64url'), tag: cipher.getAuthTag().toString('base64url'), choices: message.choices ?? [] };
        await store.setMeta(metaOf({ ...session, handoff }));
        return { ok: true, data: { handoff: token, expiresAt } };
      }
      let result: Result;
      switch (message.command) {
        case 'open':
          result = openVoting(session, message.situationId!, scenarios.get(session.scenarioId) ?? new Set());
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
        case 'room':
          result = setRoom(session, message.maxParticipants!, message.joinsOpen!);
          break;
        default:
          result = end(session);
      }
      if (!result.ok) return refuse(result.error);
      await store.setMeta(metaOf(result.session));
      // A new phase goes out at once: phones should not wait to see the next situation.
      await broadcast(message.code);
      sendParticipantStates(result.session);
      return { ok: true, data: facilitatorState(result.session) };
    },

    'participant.join': async ({ socket, address }, { code, token, nickname }: { code: string; token?: string; nickname?: string }) => {
      const found = await store.getMeta(code);
      if (!found || now() >= found.meta.expiresAt) return missed(address);
      // One connection is one participant: joining again on it, with or without a token, is the same one.
      const here = socket.data.participant as { code: string; participantId: string } | undefined;
      let participantId = here?.code === code ? here.participantId : null;
      if (!participantId && token) {
        participantId = await verify(code, token);
        if (!participantId) return refuse('not-allowed');
      }
      const isNew = !participantId;
      if (isNew) {
        const spent = budgets.join.check(address);
        if (!spent.ok) return refuse('rate-limited', { retryAfterMs: spent.retryAfterMs });
      }
      participantId ??= randomBytes(12).toString('base64url');
      const joined = await store.join(code, participantId, cleanNickname(nickname), now());
      if (typeof joined === 'string') return refuse(joined);
      if (isNew) budgets.join.spend(address);
      await socket.join([`s:${code}`, `p:${code}:${participantId}`]);
      socket.data.participant = { code, participantId };
      scheduleBroadcast(code);
      const [counts, me] = await Promise.all([store.getCounts(code, found.meta.round), participantView(code, found.meta, participantId, joined.nickname)]);
      return { ok: true, data: { token: await sign(code, participantId), participantId, state: publicStateFrom(found.meta, counts), me } };
    },

    'participant.vote': async ({ address }, { code, token, vote, round }: { code: string; token: string; vote: { strategy: never; perspective?: never }; round?: number }) => {
      const participantId = await verify(code, token);
      if (!participantId) return refuse('not-allowed');
      const found = await store.getMeta(code);
      if (!found || now() >= found.meta.expiresAt) return missed(address);
      if (round !== undefined && round !== found.meta.round) return refuse('stale-round');
      const [participant, ballot] = await Promise.all([store.getParticipant(code, participantId), store.getBallot(code, found.meta.round, participantId)]);
      if (!participant) return refuse('unknown-participant');
      // The rule needs only this participant's ballot: no other vote is read or written.
      const result = nextBallot(found.meta, ballot, vote);
      if (!result.ok) return refuse(result.error);
      await store.setBallot(code, found.meta.round, participantId, result.ballot, found.meta.expiresAt);
      scheduleBroadcast(code);
      return { ok: true, data: await participantView(code, found.meta, participantId, participant.nickname, result.ballot) };
    },
  };

  const addressOf = (socket: Socket) => clientAddress(socket.handshake.address, socket.handshake.headers['x-forwarded-for'], options.trustProxy ?? false);

  // Before a connection is made: a page of another site may not open it, and one address may not
  // open connections faster than a room of phones does.
  io.use((socket, next) => {
    if (!originAllowed(socket.handshake.headers.origin, socket.handshake.headers.host, options.origins ?? [])) return next(new Error('origin-not-allowed'));
    if (!budgets.connect.spend(addressOf(socket)).ok) return next(new Error('rate-limited'));
    next();
  });

  io.on('connection', (socket) => {
    const allow = rateLimiter(rate.perSecond, rate.burst, now);
    const address = addressOf(socket);
    // Every event goes through here, so no name (not even `__proto__` or `toString`) escapes an answer.
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as (a: Ack<unknown>) => void) : null;
      const name = typeof event === 'string' ? event : String(event);
      const reply = (answer: Ack<unknown>) => {
        if (ack) ack(answer);
        else if (!answer.ok) socket.emit('protocol.error', { ...answer, event: name.slice(0, 80) });
      };
      void answer(name, args).then(reply, () => reply(refuse('server-error')));
    });

    async function answer(event: string, args: unknown[]): Promise<Ack<unknown>> {
      if (!allow()) return refuse('rate-limited', { retryAfterMs: Math.ceil(1000 / rate.perSecond) });
      if (!Object.hasOwn(handlers, event)) return refuse('invalid-message');
      if (args.length !== 1) return refuse('invalid-message');
      const payload = args[0];
      let size: number;
      try {
        size = Buffer.byteLength(JSON.stringify(payload) ?? '');
      } catch {
        return refuse('invalid-message');
      }
      if (size > MAX_MESSAGE_BYTES) return refuse('too-large', { limit: MAX_MESSAGE_BYTES });
      const name = event as ClientMessage;
      const parsed = clientMessages[name].safeParse(payload);
      if (!parsed.success) return refuse('invalid-message');
      if (name !== 'session.create') {
        // An address that keeps naming codes that do not exist waits before it may name another.
        const budget = budgets.miss.check(address);
        if (!budget.ok) return refuse('rate-limited', { retryAfterMs: budget.retryAfterMs });
      }
      try {
        return await handlers[name]({ socket, address }, parsed.data as never);
      } catch (error) {
        return refuse(error instanceof StoreUnavailableError ? 'unavailable' : 'server-error');
      }
    }
  });

  return {
    async checkSessions() {
      const codes = new Set<string>();
      for (const room of io.of('/').adapter.rooms.keys()) if (/^[sf]:[A-Z2-9]{6}$/.test(room)) codes.add(room.slice(2));
      for (const code of codes) {
        const found = await store.getMeta(code).catch(() => undefined);
        if (found === null) io.to([`s:${code}`, `f:${code}`]).emit('session.lost', { code });
      }
    },
    async flush() {
      await Promise.all([...pending.keys()].map((code) => (clearTimeout(pending.get(code)), broadcast(code, false))));
    },
    close() {
      clearInterval(sweeper);
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
