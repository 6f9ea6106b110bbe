// Where live sessions are kept: in this process's memory by default, or in Redis so that several
// processes share them and a process that dies loses no vote. Votes and participants are stored
// one field each, so concurrent votes never overwrite each other.
import { randomBytes } from 'node:crypto';
import type { RedisClientType } from 'redis';
import { MAX_PARTICIPANTS, countsFromFields, displayName, joinRefusal, tallyFields, type Ballot, type Counts, type LiveSession, type Round } from '../live/session';

/** A session without its participants and ballots; its rounds name their decision, not their votes. */
export type SessionMeta = Omit<LiveSession, 'participants' | 'ballots' | 'rounds'> & { rounds: Omit<Round, 'ballots'>[] };
export interface Participant {
  nickname: string | null;
  joinedAt: number;
  number: number;
}

/** Thrown when the store cannot be reached: the client is told at once, nothing is queued for later. */
export class StoreUnavailableError extends Error {
  constructor(cause?: unknown) {
    super(`the session store is unavailable${cause instanceof Error ? `: ${cause.message}` : ''}`);
  }
}

export type CreateResult = 'created' | 'taken' | 'full';
/** Why a join was refused, or the participant (known or new). */
export type JoinResult = Participant | 'full' | 'joins-closed' | 'session-ended' | 'unknown-session';

export interface StoreLimits {
  /** Sessions held at once; a new one beyond this is refused with `server-full`. */
  maxSessions: number;
  /** How often expired sessions are removed. */
  sweepMs: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = { maxSessions: 2000, sweepMs: 60_000 };

export interface SessionStore {
  /** `taken` when the code is in use, `full` when the store holds as many sessions as it may. */
  create(meta: SessionMeta, secretHash: string): Promise<CreateResult>;
  getMeta(code: string): Promise<{ meta: SessionMeta; secretHash: string } | null>;
  setMeta(meta: SessionMeta): Promise<void>;
  /**
   * Idempotent: an existing participant keeps their number; a nickname given replaces the old one.
   * Someone new is refused when the session has ended, is closed, or holds its maximum, checked in
   * one step with the adding, so concurrent joins never pass the cap.
   */
  join(code: string, participantId: string, nickname: string | null, now: number): Promise<JoinResult>;
  getParticipant(code: string, participantId: string): Promise<Participant | null>;
  getParticipants(code: string): Promise<Record<string, Participant>>;
  /** Stores the ballot and updates the round's counts in the same step (see tallyFields); `expiresAt`: the session's, when known. */
  setBallot(code: string, round: number, participantId: string, ballot: Ballot, expiresAt?: number): Promise<void>;
  getBallot(code: string, round: number, participantId: string): Promise<Ballot | null>;
  getBallots(code: string, round: number): Promise<Record<string, Ballot>>;
  /** The round's counts and the number of participants, read without reading the room. */
  getCounts(code: string, round: number): Promise<Counts>;
  /** Up to `limit` participants without a ballot in the round, by nickname or number, in join order. */
  notVoted(code: string, round: number, limit: number): Promise<string[]>;
  /** The names of the latest to join, newest first (nickname or number). */
  recentNames(code: string, limit: number): Promise<string[]>;
  /** Removes expired sessions now (a timer calls it too). Returns how many went. */
  sweep(): Promise<number>;
  /** The number of live sessions held. */
  count(): Promise<number>;
  /** The key that signs participant tokens, the same for every process sharing the store. */
  signingKey(): Promise<string>;
  close(): Promise<void>;
}

/** The whole session, every round's votes included: for the facilitator's commands, not for each vote. */
export async function loadSession(store: SessionStore, code: string): Promise<{ session: LiveSession; secretHash: string } | null> {
  const found = await store.getMeta(code);
  if (!found) return null;
  const [participants, ballots, ...past] = await Promise.all([
    store.getParticipants(code),
    store.getBallots(code, found.meta.round),
    ...found.meta.rounds.map((r) => (r.round === found.meta.round ? Promise.resolve(null) : store.getBallots(code, r.round))),
  ]);
  const rounds = found.meta.rounds.map((r, i) => ({ ...r, ballots: past[i] ?? ballots }));
  return { session: { ...found.meta, rounds, participants, ballots }, secretHash: found.secretHash };
}

export function metaOf(session: LiveSession): SessionMeta {
  const { participants: _p, ballots: _b, rounds, ...meta } = session;
  return { ...meta, rounds: rounds.map(({ ballots: _r, ...round }) => round) };
}

function addCounts(counts: Map<string, number>, ballot: Ballot, sign: 1 | -1): void {
  for (const field of tallyFields(ballot)) counts.set(field, (counts.get(field) ?? 0) + sign);
}

interface MemorySession {
  meta: SessionMeta;
  secretHash: string;
  participants: Map<string, Participant>;
  ballots: Map<number, Map<string, Ballot>>;
  counts: Map<number, Map<string, number>>;
}

export class MemoryStore implements SessionStore {
  private sessions = new Map<string, MemorySession>();
  private key = randomBytes(32).toString('base64url');
  private readonly limits: StoreLimits;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    limits: Partial<StoreLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_STORE_LIMITS, ...limits };
    this.timer = setInterval(() => void this.sweep(), this.limits.sweepMs);
    this.timer.unref();
  }

  private live(code: string): MemorySession | undefined {
    const s = this.sessions.get(code);
    if (s && this.now() >= s.meta.expiresAt) {
      this.sessions.delete(code);
      return undefined;
    }
    return s;
  }

  async create(meta: SessionMeta, secretHash: string): Promise<CreateResult> {
    if (this.live(meta.code)) return 'taken';
    if (this.sessions.size >= this.limits.maxSessions) {
      await this.sweep();
      if (this.sessions.size >= this.limits.maxSessions) return 'full';
    }
    this.sessions.set(meta.code, { meta, secretHash, participants: new Map(), ballots: new Map(), counts: new Map() });
    return 'created';
  }
  async getMeta(code: string) {
    const s = this.live(code);
    return s ? { meta: s.meta, secretHash: s.secretHash } : null;
  }
  async setMeta(meta: SessionMeta) {
    const s = this.live(meta.code);
    if (s) s.meta = meta;
  }
  async join(code: string, id: string, nickname: string | null, now: number): Promise<JoinResult> {
    const s = this.live(code);
    if (!s) return 'unknown-session';
    const known = s.participants.get(id);
    if (s.meta.phase === 'ended') return 'session-ended';
    if (!known) {
      const refusal = joinRefusal(s.meta, s.participants.size);
      if (refusal) return refusal as JoinResult;
    }
    const p = known ? { ...known, nickname: nickname ?? known.nickname } : { nickname, joinedAt: now, number: s.participants.size + 1 };
    s.participants.set(id, p);
    return p;
  }
  async getParticipant(code: string, id: string) {
    return this.live(code)?.participants.get(id) ?? null;
  }
  async getParticipants(code: string) {
    return Object.fromEntries(this.live(code)?.participants ?? []);
  }
  async setBallot(code: string, round: number, id: string, ballot: Ballot) {
    const s = this.live(code);
    if (!s) return;
    if (!s.ballots.has(round)) s.ballots.set(round, new Map());
    if (!s.counts.has(round)) s.counts.set(round, new Map());
    const ballots = s.ballots.get(round)!;
    const counts = s.counts.get(round)!;
    const previous = ballots.get(id);
    if (previous) addCounts(counts, previous, -1);
    addCounts(counts, ballot, 1);
    ballots.set(id, ballot);
  }
  async getCounts(code: string, round: number) {
    const s = this.live(code);
    return countsFromFields(Object.fromEntries(s?.counts.get(round) ?? []), s?.participants.size ?? 0);
  }
  async recentNames(code: string, limit: number) {
    const s = this.live(code);
    if (!s) return [];
    // Insertion order is join order: the newest are at the end.
    return [...s.participants.values()].slice(-limit).reverse().map(displayName);
  }
  async notVoted(code: string, round: number, limit: number) {
    const s = this.live(code);
    const names: string[] = [];
    if (!s) return names;
    const ballots = s.ballots.get(round);
    for (const [id, p] of s.participants) {
      if (names.length >= limit) break;
      if (!ballots?.has(id)) names.push(p.nickname ?? `#${p.number}`);
    }
    return names;
  }
  async getBallot(code: string, round: number, id: string) {
    return this.live(code)?.ballots.get(round)?.get(id) ?? null;
  }
  async getBallots(code: string, round: number) {
    return Object.fromEntries(this.live(code)?.ballots.get(round) ?? []);
  }
  async sweep() {
    const t = this.now();
    let removed = 0;
    for (const [code, s] of this.sessions) {
      if (t >= s.meta.expiresAt) {
        this.sessions.delete(code);
        removed++;
      }
    }
    return removed;
  }
  async count() {
    return this.sessions.size;
  }
  async signingKey() {
    return this.key;
  }
  async close() {
    clearInterval(this.timer);
  }
}

const PREFIX = 'spagaat:';
const INDEX = `${PREFIX}sessions`;
const KEY = `${PREFIX}signing-key`;

/**
 * Adds a participant unless the cap is reached, in one step (a Lua script runs atomically).
 * KEYS: participants hash, number counter. ARGV: id, nickname as JSON, joinedAt, cap, ttl seconds.
 * Returns the stored participant as JSON, or false when full.
 */
const JOIN_SCRIPT = `
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if existing then return existing end
if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then return false end
local number = redis.call('INCR', KEYS[2])
local p = '{"nickname":' .. ARGV[2] .. ',"joinedAt":' .. ARGV[3] .. ',"number":' .. number .. '}'
redis.call('HSET', KEYS[1], ARGV[1], p)
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('EXPIRE', KEYS[2], ARGV[5])
return p
`;

/**
 * Stores a ballot and moves the round's counters from the old ballot to the new in one step.
 * KEYS: ballots hash, counts hash. ARGV: participant id, ballot JSON, ttl seconds. The fields are
 * those of tallyFields in session.ts.
 */
const BALLOT_SCRIPT = `
local function fields(b)
  local f = {'v', 's:' .. b.final.strategy, 'f:' .. b.first.strategy}
  if b.final.perspective then table.insert(f, 'p:' .. b.final.perspective) end
  local first = b.first.strategy .. ':' .. (b.first.perspective or '')
  local final = b.final.strategy .. ':' .. (b.final.perspective or '')
  if first ~= final then table.insert(f, 'c') end
  return f
end
local previous = redis.call('HGET', KEYS[1], ARGV[1])
if previous == ARGV[2] then return 0 end
if previous then
  for _, f in ipairs(fields(cjson.decode(previous))) do redis.call('HINCRBY', KEYS[2], f, -1) end
end
for _, f in ipairs(fields(cjson.decode(ARGV[2]))) do redis.call('HINCRBY', KEYS[2], f, 1) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1
`;

/** Above this many participants the projector gets only the count of who has not voted, not names. */
const NAMES_UP_TO = 300;

/**
 * Sessions in Redis: meta as JSON, participants and ballots as hashes; all expire with the session,
 * and an index of codes by expiry bounds how many are held. Commands are never queued while Redis
 * is away: they fail at once and the client is told (`unavailable`).
 */
export class RedisStore implements SessionStore {
  private readonly limits: StoreLimits;
  private readonly timer: ReturnType<typeof setInterval>;
  private key: string | null = null;

  constructor(
    private readonly redis: RedisClientType,
    limits: Partial<StoreLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_STORE_LIMITS, maxSessions: 20_000, ...limits };
    this.timer = setInterval(() => void this.sweep().catch(() => {}), this.limits.sweepMs);
    this.timer.unref();
    // Redis came back, perhaps empty after a restart without persistence: put the signing key this
    // process holds back first, so every process (and every phone's token) keeps working.
    redis.on('ready', () => {
      if (this.key) void this.restoreKey(this.key).catch(() => {});
    });
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    if (!this.redis.isReady) throw new StoreUnavailableError();
    try {
      return await command();
    } catch (error) {
      if (!this.redis.isReady || /closed|offline|socket|connect/i.test(error instanceof Error ? `${error.name} ${error.message}` : '')) throw new StoreUnavailableError(error);
      throw error;
    }
  }

  /** Seconds until the session expires: how long its keys live. */
  private ttl({ expiresAt }: { expiresAt: number }): number {
    return Math.max(1, Math.ceil((expiresAt - this.now()) / 1000));
  }
  private k = (code: string, part = '') => `${PREFIX}s:${code}${part}`;

  async create(meta: SessionMeta, secretHash: string): Promise<CreateResult> {
    return this.run(async () => {
      await this.redis.zRemRangeByScore(INDEX, '-inf', this.now());
      if ((await this.redis.zCard(INDEX)) >= this.limits.maxSessions) return 'full';
      const created = await this.redis.set(this.k(meta.code), JSON.stringify({ meta, secretHash }), { condition: 'NX', expiration: { type: 'EX', value: this.ttl(meta) } });
      if (created !== 'OK') return 'taken';
      await this.redis.zAdd(INDEX, { score: meta.expiresAt, value: meta.code });
      return 'created';
    });
  }
  async getMeta(code: string) {
    const raw = await this.run(() => this.redis.get(this.k(code)));
    return raw ? (JSON.parse(raw) as { meta: SessionMeta; secretHash: string }) : null;
  }
  async setMeta(meta: SessionMeta) {
    const found = await this.getMeta(meta.code);
    if (!found) return;
    await this.run(() => this.redis.set(this.k(meta.code), JSON.stringify({ meta, secretHash: found.secretHash }), { condition: 'XX', expiration: { type: 'EX', value: this.ttl(meta) } }));
  }
  async join(code: string, id: string, nickname: string | null, now: number): Promise<JoinResult> {
    const found = await this.getMeta(code);
    if (!found) return 'unknown-session';
    const key = this.k(code, ':p');
    const existing = await this.run(() => this.redis.hGet(key, id));
    if (found.meta.phase === 'ended') return 'session-ended';
    if (existing) {
      const p = JSON.parse(existing) as Participant;
      if (nickname !== null && nickname !== p.nickname) {
        const updated = { ...p, nickname };
        await this.run(() => this.redis.hSet(key, id, JSON.stringify(updated)));
        return updated;
      }
      return p;
    }
    const refusal = joinRefusal(found.meta, 0);
    if (refusal) return refusal as JoinResult;
    const cap = Math.min(found.meta.maxParticipants, MAX_PARTICIPANTS);
    const added = await this.run(() =>
      this.redis.eval(JOIN_SCRIPT, { keys: [key, this.k(code, ':n')], arguments: [id, JSON.stringify(nickname), String(now), String(cap), String(this.ttl(found.meta))] }),
    );
    return typeof added === 'string' ? (JSON.parse(added) as Participant) : 'full';
  }
  async getParticipant(code: string, id: string) {
    const raw = await this.run(() => this.redis.hGet(this.k(code, ':p'), id));
    return raw ? (JSON.parse(raw) as Participant) : null;
  }
  async getParticipants(code: string) {
    const all = await this.run(() => this.redis.hGetAll(this.k(code, ':p')));
    return Object.fromEntries(Object.entries(all).map(([id, raw]) => [id, JSON.parse(raw) as Participant]));
  }
  async setBallot(code: string, round: number, id: string, ballot: Ballot, expiresAt?: number) {
    const until = expiresAt ?? (await this.getMeta(code))?.meta.expiresAt;
    if (until === undefined) return;
    const ttl = this.ttl({ expiresAt: until });
    await this.run(() => this.redis.eval(BALLOT_SCRIPT, { keys: [this.k(code, `:b:${round}`), this.k(code, `:t:${round}`)], arguments: [id, JSON.stringify(ballot), String(ttl)] }));
  }
  async getCounts(code: string, round: number) {
    const [fields, participants] = await this.run(() => Promise.all([this.redis.hGetAll(this.k(code, `:t:${round}`)), this.redis.hLen(this.k(code, ':p'))]));
    return countsFromFields(fields, participants);
  }
  async recentNames(code: string, limit: number) {
    const size = await this.run(() => this.redis.hLen(this.k(code, ':p')));
    if (size > NAMES_UP_TO) return [];
    const all = await this.run(() => this.redis.hGetAll(this.k(code, ':p')));
    return Object.values(all)
      .map((raw) => JSON.parse(raw) as Participant)
      .sort((a, b) => b.number - a.number)
      .slice(0, limit)
      .map(displayName);
  }
  async notVoted(code: string, round: number, limit: number) {
    const size = await this.run(() => this.redis.hLen(this.k(code, ':p')));
    if (size > NAMES_UP_TO) return [];
    const [all, voted] = await this.run(() => Promise.all([this.redis.hGetAll(this.k(code, ':p')), this.redis.hKeys(this.k(code, `:b:${round}`))]));
    const done = new Set(voted);
    return Object.entries(all)
      .filter(([id]) => !done.has(id))
      .map(([, raw]) => JSON.parse(raw) as Participant)
      .sort((a, b) => a.number - b.number)
      .slice(0, limit)
      .map((p) => p.nickname ?? `#${p.number}`);
  }
  async getBallot(code: string, round: number, id: string) {
    const raw = await this.run(() => this.redis.hGet(this.k(code, `:b:${round}`), id));
    return raw ? (JSON.parse(raw) as Ballot) : null;
  }
  async getBallots(code: string, round: number) {
    const all = await this.run(() => this.redis.hGetAll(this.k(code, `:b:${round}`)));
    return Object.fromEntries(Object.entries(all).map(([id, raw]) => [id, JSON.parse(raw) as Ballot]));
  }
  /** The sessions' own keys expire in Redis; the index of codes is trimmed here. */
  async sweep() {
    return this.run(() => this.redis.zRemRangeByScore(INDEX, '-inf', this.now()));
  }
  async count() {
    return this.run(async () => {
      await this.redis.zRemRangeByScore(INDEX, '-inf', this.now());
      return this.redis.zCard(INDEX);
    });
  }
  private async restoreKey(candidate: string): Promise<string> {
    // The first process to write the key wins; every later one, and every one that comes back
    // after Redis lost it, takes the same.
    await this.redis.set(KEY, candidate, { condition: 'NX' });
    this.key = (await this.redis.get(KEY)) ?? candidate;
    return this.key;
  }
  async signingKey() {
    if (this.key) return this.key;
    return this.run(() => this.restoreKey(randomBytes(32).toString('base64url')));
  }
  async close() {
    clearInterval(this.timer);
    if (this.redis.isReady) await this.redis.quit().catch(() => this.redis.destroy());
    else this.redis.destroy();
  }
}
