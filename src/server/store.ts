// Where live sessions are kept: in this process's memory by default, or in Redis so that several
// processes share them and a process that dies loses no vote. Votes and participants are stored
// one field each, so concurrent votes never overwrite each other.
import { randomBytes } from 'node:crypto';
import type { RedisClientType } from 'redis';
import type { Ballot, LiveSession } from '../live/session';

export type SessionMeta = Omit<LiveSession, 'participants' | 'ballots'>;
export interface Participant {
  nickname: string | null;
  joinedAt: number;
  number: number;
}

export interface SessionStore {
  /** False when the code is taken. */
  create(meta: SessionMeta, secretHash: string): Promise<boolean>;
  getMeta(code: string): Promise<{ meta: SessionMeta; secretHash: string } | null>;
  setMeta(meta: SessionMeta): Promise<void>;
  /** Idempotent: an existing participant keeps their number; a nickname given replaces the old one. */
  join(code: string, participantId: string, nickname: string | null, now: number): Promise<Participant>;
  getParticipant(code: string, participantId: string): Promise<Participant | null>;
  getParticipants(code: string): Promise<Record<string, Participant>>;
  setBallot(code: string, round: number, participantId: string, ballot: Ballot): Promise<void>;
  getBallot(code: string, round: number, participantId: string): Promise<Ballot | null>;
  getBallots(code: string, round: number): Promise<Record<string, Ballot>>;
  /** The key that signs participant tokens, the same for every process sharing the store. */
  signingKey(): Promise<string>;
  close(): Promise<void>;
}

export async function loadSession(store: SessionStore, code: string): Promise<{ session: LiveSession; secretHash: string } | null> {
  const found = await store.getMeta(code);
  if (!found) return null;
  const [participants, ballots] = await Promise.all([store.getParticipants(code), store.getBallots(code, found.meta.round)]);
  return { session: { ...found.meta, participants, ballots }, secretHash: found.secretHash };
}

export function metaOf(session: LiveSession): SessionMeta {
  const { participants: _p, ballots: _b, ...meta } = session;
  return meta;
}

export class MemoryStore implements SessionStore {
  private sessions = new Map<string, { meta: SessionMeta; secretHash: string; participants: Map<string, Participant>; ballots: Map<number, Map<string, Ballot>> }>();
  private key = randomBytes(32).toString('base64url');

  private live(code: string) {
    const s = this.sessions.get(code);
    if (s && Date.now() >= s.meta.expiresAt) {
      this.sessions.delete(code);
      return undefined;
    }
    return s;
  }

  async create(meta: SessionMeta, secretHash: string) {
    if (this.live(meta.code)) return false;
    this.sessions.set(meta.code, { meta, secretHash, participants: new Map(), ballots: new Map() });
    return true;
  }
  async getMeta(code: string) {
    const s = this.live(code);
    return s ? { meta: s.meta, secretHash: s.secretHash } : null;
  }
  async setMeta(meta: SessionMeta) {
    const s = this.live(meta.code);
    if (s) s.meta = meta;
  }
  async join(code: string, id: string, nickname: string | null, now: number) {
    const s = this.live(code);
    if (!s) throw new Error('unknown session');
    const known = s.participants.get(id);
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
    s.ballots.get(round)!.set(id, ballot);
  }
  async getBallot(code: string, round: number, id: string) {
    return this.live(code)?.ballots.get(round)?.get(id) ?? null;
  }
  async getBallots(code: string, round: number) {
    return Object.fromEntries(this.live(code)?.ballots.get(round) ?? []);
  }
  async signingKey() {
    return this.key;
  }
  async close() {}
}

const PREFIX = 'spagaat:';

/** Sessions in Redis: meta as JSON, participants and ballots as hashes; all expire with the session. */
export class RedisStore implements SessionStore {
  constructor(private readonly redis: RedisClientType) {}

  private ttl(meta: SessionMeta): number {
    return Math.max(1, Math.ceil((meta.expiresAt - Date.now()) / 1000));
  }
  private k = (code: string, part = '') => `${PREFIX}s:${code}${part}`;

  async create(meta: SessionMeta, secretHash: string) {
    const created = await this.redis.set(this.k(meta.code), JSON.stringify({ meta, secretHash }), { condition: 'NX', expiration: { type: 'EX', value: this.ttl(meta) } });
    return created === 'OK';
  }
  async getMeta(code: string) {
    const raw = await this.redis.get(this.k(code));
    return raw ? (JSON.parse(raw) as { meta: SessionMeta; secretHash: string }) : null;
  }
  async setMeta(meta: SessionMeta) {
    const found = await this.getMeta(meta.code);
    if (!found) return;
    await this.redis.set(this.k(meta.code), JSON.stringify({ meta, secretHash: found.secretHash }), { expiration: { type: 'EX', value: this.ttl(meta) } });
  }
  async join(code: string, id: string, nickname: string | null, now: number) {
    const key = this.k(code, ':p');
    const existing = await this.redis.hGet(key, id);
    if (existing) {
      const p = JSON.parse(existing) as Participant;
      if (nickname !== null && nickname !== p.nickname) {
        const updated = { ...p, nickname };
        await this.redis.hSet(key, id, JSON.stringify(updated));
        return updated;
      }
      return p;
    }
    const number = await this.redis.incr(this.k(code, ':n'));
    const p: Participant = { nickname, joinedAt: now, number };
    // HSETNX: a second process joining the same token at the same moment keeps the first.
    const added = await this.redis.hSetNX(key, id, JSON.stringify(p));
    const meta = await this.getMeta(code);
    if (meta) {
      const ttl = this.ttl(meta.meta);
      await Promise.all([this.redis.expire(key, ttl), this.redis.expire(this.k(code, ':n'), ttl)]);
    }
    return added ? p : (JSON.parse((await this.redis.hGet(key, id))!) as Participant);
  }
  async getParticipant(code: string, id: string) {
    const raw = await this.redis.hGet(this.k(code, ':p'), id);
    return raw ? (JSON.parse(raw) as Participant) : null;
  }
  async getParticipants(code: string) {
    const all = await this.redis.hGetAll(this.k(code, ':p'));
    return Object.fromEntries(Object.entries(all).map(([id, raw]) => [id, JSON.parse(raw) as Participant]));
  }
  async setBallot(code: string, round: number, id: string, ballot: Ballot) {
    const key = this.k(code, `:b:${round}`);
    await this.redis.hSet(key, id, JSON.stringify(ballot));
    await this.redis.expire(key, 24 * 3600);
  }
  async getBallot(code: string, round: number, id: string) {
    const raw = await this.redis.hGet(this.k(code, `:b:${round}`), id);
    return raw ? (JSON.parse(raw) as Ballot) : null;
  }
  async getBallots(code: string, round: number) {
    const all = await this.redis.hGetAll(this.k(code, `:b:${round}`));
    return Object.fromEntries(Object.entries(all).map(([id, raw]) => [id, JSON.parse(raw) as Ballot]));
  }
  async signingKey() {
    // The first process to start writes the key; every later one reads the same.
    await this.redis.set(`${PREFIX}signing-key`, randomBytes(32).toString('base64url'), { condition: 'NX' });
    return (await this.redis.get(`${PREFIX}signing-key`))!;
  }
  async close() {
    await this.redis.quit();
  }
}
