import { describe, expect, it } from 'vitest';
import {
  DISCUSS_FIRST,
  roundSpreads,
  CODE_ALPHABET,
  castVote,
  cleanNickname,
  createSession,
  decide,
  facilitatorState,
  isExpired,
  isValidCode,
  join,
  majority,
  openRevote,
  openVoting,
  participantState,
  publicState,
  reveal,
  sessionCsv,
  sessionExport,
  tally,
  tallyFields,
  countsFromFields,
  end,
  setRoom,
  type LiveSession,
  type Result,
} from './session';

const ok = (r: Result): LiveSession => {
  if (!r.ok) throw new Error(r.error);
  return r.session;
};
const now = 1_000_000;

function room(): LiveSession {
  let s = createSession('ABC234', 'lindeplein', now);
  s = ok(join(s, 'p1', 'Anouk', now));
  s = ok(join(s, 'p2', null, now));
  s = ok(join(s, 'p3', 'Bram', now));
  return ok(openVoting(s, 'advies-op-de-mat'));
}

describe('live session core', () => {
  it('uses codes of six unambiguous characters', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(isValidCode('ABC234')).toBe(true);
    expect(isValidCode('ABC1O4')).toBe(false);
    expect(isValidCode('ABC23')).toBe(false);
  });

  it('makes joining again idempotent and keeps the number', () => {
    let s = createSession('ABC234', 'lindeplein', now);
    s = ok(join(s, 'p1', 'Anouk', now));
    const again = ok(join(s, 'p1', null, now + 5));
    expect(again).toBe(s);
    expect(Object.keys(again.participants)).toEqual(['p1']);
    expect(ok(join(s, 'p1', 'Anouk B', now)).participants.p1).toMatchObject({ nickname: 'Anouk B', number: 1 });
    expect(cleanNickname('  <b>Jo</b>\u0007 ')).toBe('<b>Jo</b>');
    expect(cleanNickname('x'.repeat(80))).toHaveLength(24);
  });

  it('expires', () => {
    const s = createSession('ABC234', 'lindeplein', now);
    expect(isExpired(s, now + 13 * 3600_000)).toBe(true);
    expect(join(s, 'p9', null, now + 13 * 3600_000)).toEqual({ ok: false, error: 'expired' });
  });

  it('counts votes, hides the spread until the reveal, and lets a vote change while voting', () => {
    let s = room();
    s = ok(castVote(s, 'p1', { strategy: 'align' }));
    s = ok(castVote(s, 'p2', { strategy: 'prioritise', perspective: 'networking' }));
    s = ok(castVote(s, 'p1', { strategy: 'silo' }));
    expect(tally(s)).toMatchObject({ voters: 2, participants: 3, notVoted: ['Bram'] });
    expect(publicState(s).spread).toBeNull();
    expect(facilitatorState(s).notVoted).toEqual(['Bram']);
    s = ok(reveal(s));
    expect(publicState(s).spread?.strategies).toMatchObject({ silo: 1, prioritise: 1, align: 0 });
    // No one sees another's vote: the public state has counts only, the participant state their own.
    expect(JSON.stringify(publicState(s))).not.toContain('p1');
    expect(participantState(s, 'p2').ballot?.final).toEqual({ strategy: 'prioritise', perspective: 'networking' });
  });

  it('refuses votes out of phase, from strangers, or malformed', () => {
    let s = room();
    expect(castVote(s, 'nobody', { strategy: 'align' })).toEqual({ ok: false, error: 'unknown-participant' });
    expect(castVote(s, 'p1', { strategy: 'prioritise' })).toEqual({ ok: false, error: 'invalid-vote' });
    expect(castVote(s, 'p1', { strategy: 'align', perspective: 'lawful' })).toEqual({ ok: false, error: 'invalid-vote' });
    expect(castVote(s, 'p1', { strategy: 'shout' as 'align' })).toEqual({ ok: false, error: 'invalid-vote' });
    s = ok(castVote(s, 'p1', { strategy: 'align' }));
    s = ok(reveal(s));
    expect(castVote(s, 'p1', { strategy: 'silo' })).toEqual({ ok: false, error: 'out-of-phase' });
    expect(reveal(s)).toEqual({ ok: false, error: 'out-of-phase' });
  });

  it('keeps first and final votes through a re-vote, showing who changed their mind', () => {
    let s = room();
    s = ok(castVote(s, 'p1', { strategy: 'align' }));
    s = ok(castVote(s, 'p2', { strategy: 'align' }));
    s = ok(castVote(s, 'p3', { strategy: 'escalate' }));
    s = ok(reveal(s));
    s = ok(openRevote(s));
    s = ok(castVote(s, 'p2', { strategy: 'escalate' }));
    expect(s.ballots.p2).toEqual({ first: { strategy: 'align' }, final: { strategy: 'escalate' } });
    expect(tally(s)).toMatchObject({ changed: 1, strategies: { escalate: 2, align: 1 }, firstStrategies: { align: 2, escalate: 1 } });
    expect(majority(s)).toEqual({ strategy: 'escalate' });
  });

  it('decides by majority, asks the facilitator on a tie, and records the round', () => {
    let s = room();
    s = ok(castVote(s, 'p1', { strategy: 'align' }));
    s = ok(castVote(s, 'p2', { strategy: 'silo' }));
    s = ok(reveal(s));
    expect(decide(s, null)).toEqual({ ok: false, error: 'tie' });
    s = ok(decide(s, { strategy: 'silo' }));
    expect(s.phase).toBe('decided');
    expect(s.rounds).toHaveLength(1);
    expect(s.rounds[0]).toMatchObject({ decided: { strategy: 'silo' }, by: 'facilitator' });
    expect(publicState(s).decided).toEqual({ strategy: 'silo' });
    expect(participantState(s, 'p1').history).toEqual([{ situationId: 'advies-op-de-mat', mine: { first: { strategy: 'align' }, final: { strategy: 'align' } }, decided: { strategy: 'silo' } }]);
    s = ok(openVoting(s, 'wonen-op-de-kaart'));
    expect(s.ballots).toEqual({});
    expect(s.round).toBe(2);
  });

  it('exports rounds by participant number, with nicknames only when given', () => {
    let s = room();
    s = ok(castVote(s, 'p2', { strategy: 'prioritise', perspective: 'lawful' }));
    s = ok(castVote(s, 'p3', { strategy: 'align' }));
    s = ok(decide(ok(reveal(s)), { strategy: 'align' }));
    const data = sessionExport(s);
    expect(data.participants).toEqual([
      { number: 1, nickname: 'Anouk' },
      { number: 2, nickname: null },
      { number: 3, nickname: 'Bram' },
    ]);
    expect(JSON.stringify(data)).not.toMatch(/p[123]"/);
    const csv = sessionCsv(s).trim().split('\r\n');
    expect(csv[0]).toBe('round,situation,participant,nickname,first_vote,final_vote,changed,decided,decided_by');
    expect(csv[1]).toBe('1,advies-op-de-mat,2,,prioritise:lawful,prioritise:lawful,,align,facilitator');
  });

  it('hides the spread again during a re-vote, until the next reveal, and allows one re-vote per round', () => {
    let s = room();
    for (const p of ['p1', 'p2', 'p3']) s = ok(castVote(s, p, { strategy: 'align' }));
    s = ok(reveal(s));
    expect(publicState(s).spread).not.toBeNull();
    s = ok(openRevote(s));
    expect(s.phase).toBe('voting');
    s = ok(castVote(s, 'p1', { strategy: 'silo' }));
    expect(publicState(s).spread).toBeNull();
    expect(facilitatorState(s).liveSpread).toBeNull();
    s = ok(reveal(s));
    expect(publicState(s).spread).toMatchObject({ changed: 1, strategies: { silo: 1, align: 2 } });
    expect(openRevote(s)).toEqual({ ok: false, error: 'out-of-phase' });
  });

  it('lets in nobody new once the room is closed, full or ended, and the same vote twice counts once', () => {
    let s = ok(setRoom(room(), 3, true));
    expect(join(s, 'p4', null, now)).toEqual({ ok: false, error: 'full' });
    s = ok(setRoom(s, 10, false));
    expect(join(s, 'p4', null, now)).toEqual({ ok: false, error: 'joins-closed' });
    expect(join(s, 'p1', 'Anouk', now).ok).toBe(true);
    expect(setRoom(s, 5001, true)).toEqual({ ok: false, error: 'invalid-vote' });
    const once = ok(castVote(s, 'p1', { strategy: 'align' }));
    expect(ok(castVote(once, 'p1', { strategy: 'align' })).ballots).toEqual(once.ballots);
    s = ok(end(s));
    expect(join(s, 'p1', null, now)).toEqual({ ok: false, error: 'session-ended' });
    expect(castVote(s, 'p1', { strategy: 'align' })).toEqual({ ok: false, error: 'session-ended' });
    expect(end(s)).toEqual({ ok: false, error: 'session-ended' });
  });

  it('counts the same from the stored counters as from the ballots', () => {
    let s = room();
    s = ok(castVote(s, 'p1', { strategy: 'prioritise', perspective: 'lawful' }));
    s = ok(castVote(s, 'p2', { strategy: 'align' }));
    s = ok(reveal(s));
    s = ok(openRevote(s));
    s = ok(castVote(s, 'p2', { strategy: 'silo' }));
    const counters: Record<string, number> = {};
    for (const b of Object.values(s.ballots)) for (const f of tallyFields(b)) counters[f] = (counters[f] ?? 0) + 1;
    const { notVoted: _n, ...expected } = tally(s);
    expect(countsFromFields(counters, 3)).toEqual(expected);
  });
});

describe('the room per round, for the shared debrief', () => {
  const b = (first: string, final = first) => ({ first: { strategy: first }, final: { strategy: final } }) as never;
  it('counts final and first votes and marks the most divided rounds to discuss first', () => {
    const spreads = roundSpreads([
      { ballots: { a: b('align'), b: b('align'), c: b('align') } },
      { ballots: { a: b('silo', 'align'), b: b('escalate'), c: b('navigate-rules'), d: b('silo') } },
      { ballots: { a: b('align'), b: b('silo'), c: b('silo') } },
      { ballots: { a: b('align'), b: b('silo'), c: b('escalate') } },
      { ballots: {} },
    ]);
    expect(spreads[1]).toMatchObject({ voters: 4, changed: 1, discussFirst: true });
    expect(spreads[1]!.strategies).toMatchObject({ align: 1, escalate: 1, 'navigate-rules': 1, silo: 1 });
    expect(spreads[1]!.firstStrategies).toMatchObject({ silo: 2, align: 0 });
    // Unanimous and clear majorities are not marked; of the divided ones, at most DISCUSS_FIRST.
    expect(spreads.map((s) => s.discussFirst)).toEqual([false, true, false, true, false]);
    expect(spreads[0]!.divided).toBe(0);
    expect(spreads[4]).toMatchObject({ voters: 0, divided: 0, discussFirst: false });
    expect(DISCUSS_FIRST).toBe(2);
  });
});
