// The live protocol: every message a client may send, validated the same way on the server and
// typed for the clients. Anything else is answered with an error and changes nothing.
import { z } from 'zod';
import { PERSPECTIVES, STRATEGIES } from '../engine/theory';
import type { FacilitatorState, LiveError, ParticipantState, PublicState } from './session';
import { CODE_LENGTH, MAX_NICKNAME, MAX_PARTICIPANTS } from './session';

export const LIVE_PATH = '/live';
/** Any single message larger than this is refused before it is parsed; the refusal names the limit. */
export const MAX_MESSAGE_BYTES = 4096;
/** What the socket layer reads at most; a larger frame closes the connection (socket.io cannot answer it). */
export const MAX_FRAME_BYTES = 64 * 1024;

const code = z.string().length(CODE_LENGTH).regex(/^[A-Z2-9]+$/);
const secret = z.string().min(20).max(200);
/** A participant id (12 random bytes) and its signature (32 bytes), both base64url: nothing else. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/;
const token = z.string().regex(TOKEN_PATTERN);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);
export const voteSchema = z.strictObject({ strategy: z.enum(STRATEGIES), perspective: z.enum(PERSPECTIVES).optional() });
const choiceSchema = z.strictObject({ strategy: z.enum(STRATEGIES), perspective: z.enum(PERSPECTIVES).optional(), perCase: z.boolean().optional() });
/** 18 random bytes, base64url: the one-time token of a hand-over link. */
export const HANDOFF_PATTERN = /^[A-Za-z0-9_-]{24}$/;

export const clientMessages = {
  'session.create': z.strictObject({ scenarioId: id }),
  'facilitator.attach': z.strictObject({ code, secret }),
  'facilitator.command': z.discriminatedUnion('command', [
    z.strictObject({ code, secret, command: z.literal('open'), situationId: id }),
    z.strictObject({ code, secret, command: z.literal('reveal') }),
    z.strictObject({ code, secret, command: z.literal('revote') }),
    z.strictObject({ code, secret, command: z.literal('timer'), seconds: z.number().int().min(0).max(3600) }),
    z.strictObject({ code, secret, command: z.literal('decide'), pick: voteSchema.nullable() }),
    z.strictObject({ code, secret, command: z.literal('end') }),
    z.strictObject({ code, secret, command: z.literal('export') }),
    z.strictObject({ code, secret, command: z.literal('room'), maxParticipants: z.number().int().min(1).max(MAX_PARTICIPANTS), joinsOpen: z.boolean() }),
    /** A one-time link for another device; `choices`: the room's choices so far, for its game. */
    z.strictObject({ code, secret, command: z.literal('handoff'), choices: z.array(choiceSchema).max(100) }),
  ]),
  /** The other device takes the facilitator's seat with the link's one-time token. */
  'facilitator.claim': z.strictObject({ code, handoff: z.string().regex(HANDOFF_PATTERN) }),
  'participant.join': z.strictObject({ code, token: token.optional(), nickname: z.string().max(MAX_NICKNAME * 4).optional() }),
  /** `round`: the round the phone voted in, so a vote resent after a reconnect never lands in a later one. */
  'participant.vote': z.strictObject({ code, token, vote: voteSchema, round: z.number().int().min(1).max(10_000).optional() }),
} as const;

export type ClientMessage = keyof typeof clientMessages;
export type ClientPayload<M extends ClientMessage> = z.infer<(typeof clientMessages)[M]>;

export type ServerError =
  | LiveError
  | 'invalid-message'
  | 'too-large'
  | 'rate-limited'
  | 'unknown-session'
  | 'not-allowed'
  | 'unknown-scenario'
  | 'server-full'
  | 'stale-round'
  | 'unavailable'
  | 'server-error';

/** A refusal may say the limit it hit (`limit`, in bytes) or when to try again (`retryAfterMs`). */
export type Refusal = { ok: false; error: ServerError; limit?: number; retryAfterMs?: number };
export type Ack<T> = { ok: true; data: T } | Refusal;

/**
 * Where phones can reach this server: whether it listens on this computer only, and its addresses
 * on the local network (IPv4), for a projector page opened at localhost.
 */
export interface NetworkInfo {
  loopbackOnly: boolean;
  addresses: string[];
}

export interface CreatedSession {
  code: string;
  secret: string;
}

export interface Joined {
  token: string;
  participantId: string;
  state: PublicState;
  me: ParticipantState;
}

/** Events the server sends. */
export interface ServerEvents {
  'session.state': (state: PublicState) => void;
  'facilitator.state': (state: FacilitatorState) => void;
  'participant.state': (state: ParticipantState) => void;
  /** The session is gone from the store (e.g. Redis restarted empty): say so and offer the way on. */
  'session.lost': (info: { code: string }) => void;
  /** The facilitator's seat was taken by another device with a one-time link: this one steps back. */
  'facilitator.handedOver': (info: { code: string }) => void;
  /** The answer to a message sent without an acknowledgement callback: it still gets one. */
  'protocol.error': (refusal: Refusal & { event: string }) => void;
}
