// The live protocol: every message a client may send, validated the same way on the server and
// typed for the clients. Anything else is answered with an error and changes nothing.
import { z } from 'zod';
import { PERSPECTIVES, STRATEGIES } from '../engine/theory';
import type { FacilitatorState, LiveError, ParticipantState, PublicState } from './session';
import { CODE_LENGTH, MAX_NICKNAME } from './session';

export const LIVE_PATH = '/live';
/** Any single message larger than this is refused before it is parsed. */
export const MAX_MESSAGE_BYTES = 4096;

const code = z.string().length(CODE_LENGTH).regex(/^[A-Z2-9]+$/);
const secret = z.string().min(20).max(200);
const token = z.string().min(10).max(300);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);
export const voteSchema = z.strictObject({ strategy: z.enum(STRATEGIES), perspective: z.enum(PERSPECTIVES).optional() });

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
  ]),
  'participant.join': z.strictObject({ code, token: token.optional(), nickname: z.string().max(MAX_NICKNAME * 4).optional() }),
  'participant.vote': z.strictObject({ code, token, vote: voteSchema }),
} as const;

export type ClientMessage = keyof typeof clientMessages;
export type ClientPayload<M extends ClientMessage> = z.infer<(typeof clientMessages)[M]>;

export type ServerError = LiveError | 'invalid-message' | 'too-large' | 'rate-limited' | 'unknown-session' | 'not-allowed' | 'unknown-scenario' | 'server-error';

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ServerError };

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
}
