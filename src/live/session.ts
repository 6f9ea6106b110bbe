// The workshop session as pure rules: participants join with a token they keep, vote a strategy
// (and a perspective for prioritise), see the spread after the reveal, may vote again, and the
// majority or the facilitator decides. Shared by server, clients and tests; no I/O here.
import { PERSPECTIVES, STRATEGIES, type Choice, type Perspective, type Strategy } from '../engine';

/** No 0/O, 1/I/L: a code read off a projector should not be misread. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const MAX_NICKNAME = 24;
/** The most participants a facilitator may allow in one session, and the number a session starts with. */
export const MAX_PARTICIPANTS = 5000;
export const DEFAULT_PARTICIPANTS = 300;

export type LivePhase = 'lobby' | 'voting' | 'revealed' | 'decided' | 'ended';

export interface Vote {
  strategy: Strategy;
  perspective?: Perspective;
}

/** A participant's votes in one round: the first, and the final after an optional re-vote. */
export interface Ballot {
  first: Vote;
  final: Vote;
}

export interface Round {
  situationId: string;
  /** The round number (LiveSession.round) the votes were cast in: where the store keeps them. */
  round: number;
  ballots: Record<string, Ballot>;
  decided: Vote;
  by: 'majority' | 'facilitator';
}

/**
 * A one-time link to hand the facilitator's seat to another device: the secret sealed with the
 * link's token (which the server keeps only as a hash), and the room's choices so far.
 */
export interface Handoff {
  tokenHash: string;
  expiresAt: number;
  sealed: string;
  iv: string;
  tag: string;
  choices: Choice[];
}

/** A hand-over link works this long: enough to open it on the other device, short for a stray copy. */
export const HANDOFF_MS = 5 * 60 * 1000;

export interface LiveSession {
  /** A pending hand-over to another device, if the facilitator made one (used once, then gone). */
  handoff?: Handoff | null;
  code: string;
  scenarioId: string;
  createdAt: number;
  expiresAt: number;
  phase: LivePhase;
  /** Counts the situations voted on; ballots belong to one round. */
  round: number;
  situationId: string | null;
  revote: boolean;
  timerEndsAt: number | null;
  /** Set by the facilitator: how many may join, and whether new people may join at all. */
  maxParticipants: number;
  joinsOpen: boolean;
  participants: Record<string, { nickname: string | null; joinedAt: number; number: number }>;
  ballots: Record<string, Ballot>;
  rounds: Round[];
}

export type LiveError = 'out-of-phase' | 'unknown-participant' | 'invalid-vote' | 'tie' | 'expired' | 'full' | 'no-votes' | 'session-ended' | 'joins-closed' | 'unknown-situation';

export type Result = { ok: true; session: LiveSession } | { ok: false; error: LiveError };

export function isValidCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

/** Normalises what people type: case, spaces and hyphens. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function createSession(code: string, scenarioId: string, now: number): LiveSession {
  return {
    code,
    scenarioId,
    createdAt: now,
    expiresAt: now + SESSION_TTL_MS,
    phase: 'lobby',
    round: 0,
    situationId: null,
    revote: false,
    timerEndsAt: null,
    maxParticipants: DEFAULT_PARTICIPANTS,
    joinsOpen: true,
    participants: {},
    ballots: {},
    rounds: [],
  };
}

export function isExpired(session: LiveSession, now: number): boolean {
  return now >= session.expiresAt;
}

export function cleanNickname(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const name = [...raw].filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127).join('').trim().slice(0, MAX_NICKNAME);
  return name.length ? name : null;
}

/** Whether someone new may join now: not after the end, not when closed, not beyond the cap. */
export function joinRefusal(session: Pick<LiveSession, 'phase' | 'joinsOpen' | 'maxParticipants'>, count: number): LiveError | null {
  if (session.phase === 'ended') return 'session-ended';
  if (!session.joinsOpen) return 'joins-closed';
  if (count >= Math.min(session.maxParticipants, MAX_PARTICIPANTS)) return 'full';
  return null;
}

/** Joining again with the same participant id changes nothing but, optionally, the nickname. */
export function join(session: LiveSession, participantId: string, nickname: string | null, now: number): Result {
  if (isExpired(session, now)) return { ok: false, error: 'expired' };
  const known = session.participants[participantId];
  if (known) {
    if (session.phase === 'ended') return { ok: false, error: 'session-ended' };
    if (nickname === null || nickname === known.nickname) return { ok: true, session };
    return { ok: true, session: { ...session, participants: { ...session.participants, [participantId]: { ...known, nickname } } } };
  }
  const count = Object.keys(session.participants).length;
  const refusal = joinRefusal(session, count);
  if (refusal) return { ok: false, error: refusal };
  return { ok: true, session: { ...session, participants: { ...session.participants, [participantId]: { nickname, joinedAt: now, number: count + 1 } } } };
}

export function isValidVote(vote: Vote): boolean {
  if (!STRATEGIES.includes(vote.strategy)) return false;
  if (vote.strategy === 'prioritise') return vote.perspective !== undefined && PERSPECTIVES.includes(vote.perspective);
  return vote.perspective === undefined;
}

/** The facilitator sets the room: how many may join, and whether joining is open. */
export function setRoom(session: LiveSession, maxParticipants: number, joinsOpen: boolean): Result {
  if (session.phase === 'ended') return { ok: false, error: 'session-ended' };
  if (!Number.isInteger(maxParticipants) || maxParticipants < 1 || maxParticipants > MAX_PARTICIPANTS) return { ok: false, error: 'invalid-vote' };
  return { ok: true, session: { ...session, maxParticipants, joinsOpen } };
}

/** The facilitator opens a situation for voting: a new round with empty ballots. */
export function openVoting(session: LiveSession, situationId: string, situations?: ReadonlySet<string>): Result {
  if (session.phase === 'ended') return { ok: false, error: 'session-ended' };
  if (situations && !situations.has(situationId)) return { ok: false, error: 'unknown-situation' };
  return { ok: true, session: { ...session, phase: 'voting', round: session.round + 1, situationId, revote: false, timerEndsAt: null, ballots: {} } };
}

/**
 * A vote while voting sets both first and final; during a re-vote only the final changes. Casting
 * the same vote again changes nothing, so a phone may resend a vote it never saw acknowledged.
 */
export function castVote(session: LiveSession, participantId: string, vote: Vote): Result {
  if (!session.participants[participantId]) return { ok: false, error: 'unknown-participant' };
  const next = nextBallot(session, session.ballots[participantId] ?? null, vote);
  if (!next.ok) return next;
  return { ok: true, session: { ...session, ballots: { ...session.ballots, [participantId]: next.ballot } } };
}

/** The rule of castVote for one known participant's ballot alone: what the server applies per vote. */
export function nextBallot(session: Pick<LiveSession, 'phase' | 'revote'>, existing: Ballot | null, vote: Vote): { ok: true; ballot: Ballot } | { ok: false; error: LiveError } {
  if (!isValidVote(vote)) return { ok: false, error: 'invalid-vote' };
  if (session.phase !== 'voting') return { ok: false, error: session.phase === 'ended' ? 'session-ended' : 'out-of-phase' };
  const clean: Vote = vote.strategy === 'prioritise' ? { strategy: vote.strategy, perspective: vote.perspective } : { strategy: vote.strategy };
  return { ok: true, ballot: session.revote ? { first: existing?.first ?? clean, final: clean } : { first: clean, final: clean } };
}

export function reveal(session: LiveSession): Result {
  if (session.phase !== 'voting') return { ok: false, error: 'out-of-phase' };
  return { ok: true, session: { ...session, phase: 'revealed', timerEndsAt: null } };
}

/**
 * Voting again: back to the voting phase with the first votes kept. The spread is hidden again
 * until the facilitator reveals it, so nobody can read one person's change off the live counts.
 */
export function openRevote(session: LiveSession): Result {
  if (session.phase !== 'revealed' || session.revote) return { ok: false, error: 'out-of-phase' };
  return { ok: true, session: { ...session, phase: 'voting', revote: true, timerEndsAt: null } };
}

/** An optional discussion timer, shown on the projector and the phones. */
export function setTimer(session: LiveSession, seconds: number, now: number): Result {
  if (session.phase !== 'voting' && session.phase !== 'revealed') return { ok: false, error: 'out-of-phase' };
  return { ok: true, session: { ...session, timerEndsAt: seconds > 0 ? now + seconds * 1000 : null } };
}

export const voteKey = (v: Vote) => (v.perspective ? `${v.strategy}:${v.perspective}` : v.strategy);

export interface Tally {
  voters: number;
  participants: number;
  /** Final votes per strategy, and per perspective for prioritise. */
  strategies: Record<Strategy, number>;
  perspectives: Record<Perspective, number>;
  /** First votes, to show who changed their mind. */
  firstStrategies: Record<Strategy, number>;
  changed: number;
  /** Participants who have not voted yet: their nickname, or their number when they gave none. */
  notVoted: string[];
}

/** A tally without names: what the store keeps counted as votes come in, so no vote re-reads the room. */
export type Counts = Omit<Tally, 'notVoted'>;

/**
 * The counters one ballot adds to: `v` (a voter), `s:<final strategy>`, `f:<first strategy>`,
 * `p:<final perspective>`, and `c` when it changed. The Redis store keeps the same in Lua.
 */
export function tallyFields(ballot: Ballot): string[] {
  const fields = ['v', `s:${ballot.final.strategy}`, `f:${ballot.first.strategy}`];
  if (ballot.final.perspective) fields.push(`p:${ballot.final.perspective}`);
  if (voteKey(ballot.first) !== voteKey(ballot.final)) fields.push('c');
  return fields;
}

/** Counts from the counters of tallyFields. */
export function countsFromFields(fields: Record<string, number | string>, participants: number): Counts {
  const n = (k: string) => Number(fields[k] ?? 0) || 0;
  return {
    voters: n('v'),
    participants,
    strategies: Object.fromEntries(STRATEGIES.map((s) => [s, n(`s:${s}`)])) as Record<Strategy, number>,
    perspectives: Object.fromEntries(PERSPECTIVES.map((p) => [p, n(`p:${p}`)])) as Record<Perspective, number>,
    firstStrategies: Object.fromEntries(STRATEGIES.map((s) => [s, n(`f:${s}`)])) as Record<Strategy, number>,
    changed: n('c'),
  };
}

/** Final and first votes per strategy, final votes per perspective, and how many changed their mind. */
function countBallots(ballots: readonly Ballot[]): Pick<Tally, 'strategies' | 'perspectives' | 'firstStrategies' | 'changed'> {
  const strategies = Object.fromEntries(STRATEGIES.map((s) => [s, 0])) as Record<Strategy, number>;
  const firstStrategies = { ...strategies };
  const perspectives = Object.fromEntries(PERSPECTIVES.map((p) => [p, 0])) as Record<Perspective, number>;
  let changed = 0;
  for (const ballot of ballots) {
    strategies[ballot.final.strategy]++;
    firstStrategies[ballot.first.strategy]++;
    if (ballot.final.perspective) perspectives[ballot.final.perspective]++;
    if (voteKey(ballot.first) !== voteKey(ballot.final)) changed++;
  }
  return { strategies, perspectives, firstStrategies, changed };
}

export function tally(session: LiveSession): Tally {
  const notVoted = Object.entries(session.participants)
    .filter(([id]) => !session.ballots[id])
    .map(([, p]) => displayName(p));
  return { voters: Object.keys(session.ballots).length, participants: Object.keys(session.participants).length, ...countBallots(Object.values(session.ballots)), notVoted };
}

/** The majority's final vote: the most voted strategy, and for prioritise the most voted perspective. */
export function majority(session: LiveSession): Vote | null {
  const t = tally(session);
  if (t.voters === 0) return null;
  const top = Math.max(...STRATEGIES.map((s) => t.strategies[s]));
  const leaders = STRATEGIES.filter((s) => t.strategies[s] === top);
  if (leaders.length > 1) return null;
  const strategy = leaders[0]!;
  if (strategy !== 'prioritise') return { strategy };
  const best = Math.max(...PERSPECTIVES.map((p) => t.perspectives[p]));
  const perspectives = PERSPECTIVES.filter((p) => t.perspectives[p] === best);
  return perspectives.length === 1 ? { strategy, perspective: perspectives[0]! } : null;
}

/** The majority decides, or the facilitator picks (always when the vote is tied). */
export function decide(session: LiveSession, pick: Vote | null): Result {
  if (session.phase !== 'revealed' && session.phase !== 'voting') return { ok: false, error: 'out-of-phase' };
  if (pick && !isValidVote(pick)) return { ok: false, error: 'invalid-vote' };
  const decided = pick ?? majority(session);
  if (!decided) return { ok: false, error: Object.keys(session.ballots).length ? 'tie' : 'no-votes' };
  const round: Round = { situationId: session.situationId ?? '', round: session.round, ballots: session.ballots, decided, by: pick ? 'facilitator' : 'majority' };
  return { ok: true, session: { ...session, phase: 'decided', revote: false, timerEndsAt: null, rounds: [...session.rounds, round] } };
}

export function end(session: LiveSession): Result {
  if (session.phase === 'ended') return { ok: false, error: 'session-ended' };
  return { ok: true, session: { ...session, phase: 'ended', timerEndsAt: null } };
}

/** What every participant may see: counts only after the reveal, never anyone else's vote. */
export interface PublicState {
  code: string;
  scenarioId: string;
  phase: LivePhase;
  round: number;
  situationId: string | null;
  revote: boolean;
  timerEndsAt: number | null;
  /** Set by the facilitator: how many may join, and whether new people may join at all. */
  maxParticipants: number;
  joinsOpen: boolean;
  participants: number;
  voters: number;
  spread: Pick<Tally, 'strategies' | 'perspectives' | 'firstStrategies' | 'changed'> | null;
  decided: Vote | null;
  decisions: { situationId: string; decided: Vote }[];
}

export function publicState(session: LiveSession): PublicState {
  return publicStateFrom(session, tally(session));
}

/** The same from the session's meta and its counts, without its participants and ballots. */
export function publicStateFrom(session: Omit<LiveSession, 'participants' | 'ballots' | 'rounds'> & { rounds: Pick<Round, 'situationId' | 'decided'>[] }, t: Counts): PublicState {
  const showSpread = session.phase === 'revealed' || session.phase === 'decided';
  const last = session.rounds.at(-1);
  return {
    code: session.code,
    scenarioId: session.scenarioId,
    phase: session.phase,
    round: session.round,
    situationId: session.situationId,
    revote: session.revote,
    timerEndsAt: session.timerEndsAt,
    maxParticipants: session.maxParticipants,
    joinsOpen: session.joinsOpen,
    participants: t.participants,
    voters: t.voters,
    spread: showSpread ? { strategies: t.strategies, perspectives: t.perspectives, firstStrategies: t.firstStrategies, changed: t.changed } : null,
    decided: session.phase === 'decided' && last ? last.decided : null,
    decisions: session.rounds.map((r) => ({ situationId: r.situationId, decided: r.decided })),
  };
}

/**
 * The facilitator also sees who has not voted yet (by nickname or number) and how the room is
 * set. The projector is public: while a vote is open it gets no counts per strategy either.
 */
export interface FacilitatorState extends PublicState {
  /** At most NOT_VOTED_NAMES names (join order); `notVotedCount` says how many in all. */
  notVoted: string[];
  notVotedCount: number;
  liveSpread: Counts | null;
  /** In the lobby: the names of the latest to join, newest first (at most JOINED_NAMES). */
  joined: string[];
}

export const JOINED_NAMES = 12;

/** How a participant is named on the projector: their nickname, or their number. */
export const displayName = (p: { nickname: string | null; number: number }) => p.nickname ?? `#${p.number}`;

/** Names beyond this are not listed: no projector shows more, and listing them costs a pass over the room. */
export const NOT_VOTED_NAMES = 30;

export function facilitatorState(session: LiveSession): FacilitatorState {
  const t = tally(session);
  const joined = session.phase === 'lobby' ? Object.values(session.participants).sort((a, b) => b.number - a.number).slice(0, JOINED_NAMES).map(displayName) : [];
  return facilitatorStateFrom(session, t, t.notVoted.slice(0, NOT_VOTED_NAMES), joined);
}

export function facilitatorStateFrom(session: Parameters<typeof publicStateFrom>[0], t: Counts, notVoted: string[], joined: string[] = []): FacilitatorState {
  const { voters, participants, strategies, perspectives, firstStrategies, changed } = t;
  return {
    ...publicStateFrom(session, t),
    notVoted,
    notVotedCount: Math.max(0, participants - voters),
    liveSpread: session.phase === 'voting' ? null : { voters, participants, strategies, perspectives, firstStrategies, changed },
    joined,
  };
}

/** A participant's own view: their ballot now and in every round, beside the group's decision. */
export interface ParticipantState {
  participantId: string;
  nickname: string | null;
  ballot: Ballot | null;
  history: { situationId: string; mine: Ballot | null; decided: Vote }[];
}

export function participantState(session: LiveSession, participantId: string): ParticipantState {
  const me = session.participants[participantId];
  return {
    participantId,
    nickname: me?.nickname ?? null,
    ballot: session.ballots[participantId] ?? null,
    history: session.rounds.map((r) => ({ situationId: r.situationId, mine: r.ballots[participantId] ?? null, decided: r.decided })),
  };
}

/** The same from one participant's own ballots: `past[i]` is theirs in `rounds[i]`. */
export function participantStateFrom(rounds: Pick<Round, 'situationId' | 'decided'>[], participantId: string, nickname: string | null, ballot: Ballot | null, past: (Ballot | null)[]): ParticipantState {
  return { participantId, nickname, ballot, history: rounds.map((r, i) => ({ situationId: r.situationId, mine: past[i] ?? null, decided: r.decided })) };
}

/** A decided round as the room saw it: the spread of final and first votes, and how divided it was. */
export interface RoundSpread {
  voters: number;
  strategies: Record<Strategy, number>;
  perspectives: Record<Perspective, number>;
  firstStrategies: Record<Strategy, number>;
  changed: number;
  /** 0 when everyone chose alike, towards 1 the more evenly the votes spread (1 − the leader's share). */
  divided: number;
  /** One of the rounds where the room was most divided: the ones to discuss first. */
  discussFirst: boolean;
}

/** The rounds marked to discuss first: at most this many, and only where no strategy had a clear majority. */
export const DISCUSS_FIRST = 2;
const CLEAR_MAJORITY = 0.6;

export function roundSpreads(rounds: readonly Pick<Round, 'ballots'>[]): RoundSpread[] {
  const spreads = rounds.map((r): RoundSpread => {
    const ballots = Object.values(r.ballots);
    const counts = countBallots(ballots);
    const voters = ballots.length;
    const divided = voters ? 1 - Math.max(...STRATEGIES.map((k) => counts.strategies[k])) / voters : 0;
    return { voters, ...counts, divided, discussFirst: false };
  });
  const candidates = spreads
    .map((sp, i) => ({ i, sp }))
    .filter(({ sp }) => sp.voters >= 2 && 1 - sp.divided < CLEAR_MAJORITY)
    .sort((a, b) => b.sp.divided - a.sp.divided || a.i - b.i)
    .slice(0, DISCUSS_FIRST);
  for (const { sp } of candidates) sp.discussFirst = true;
  return spreads;
}

/** The session for the facilitator's export: rounds with first and final votes and the room's spread, participants by number. */
export function sessionExport(session: LiveSession) {
  const number = (id: string) => session.participants[id]?.number ?? 0;
  const spreads = roundSpreads(session.rounds);
  return {
    format: 'spagaat-session/1',
    code: session.code,
    scenarioId: session.scenarioId,
    participants: Object.values(session.participants)
      .map((p) => ({ number: p.number, nickname: p.nickname }))
      .sort((a, b) => a.number - b.number),
    rounds: session.rounds.map((r, i) => ({
      n: i + 1,
      situationId: r.situationId,
      decided: r.decided,
      by: r.by,
      votes: Object.entries(r.ballots)
        .map(([id, b]) => ({ participant: number(id), first: b.first, final: b.final, changed: voteKey(b.first) !== voteKey(b.final) }))
        .sort((a, b) => a.participant - b.participant),
      spread: spreads[i]!,
    })),
  };
}

export function sessionCsv(session: LiveSession): string {
  const data = sessionExport(session);
  const nick = new Map(data.participants.map((p) => [p.number, p.nickname ?? '']));
  const cell = (v: unknown) => {
    let s = String(v ?? '');
    // A cell that a spreadsheet would read as a formula is kept as text (OWASP: CSV injection).
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = [['round', 'situation', 'participant', 'nickname', 'first_vote', 'final_vote', 'changed', 'decided', 'decided_by']];
  for (const r of data.rounds) {
    for (const v of r.votes) rows.push([String(r.n), r.situationId, String(v.participant), nick.get(v.participant) ?? '', voteKey(v.first), voteKey(v.final), v.changed ? 'yes' : '', voteKey(r.decided), r.by]);
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
