// The browser side of the live protocol. socket.io-client is loaded only when a workshop starts,
// so solo play never downloads it. A dropped connection is picked up again by itself: the
// facilitator re-attaches with the secret, a phone re-joins with its token.
import type { Socket } from 'socket.io-client';
import { LIVE_PATH, type Ack, type ServerError } from './protocol';
import type { FacilitatorState, ParticipantState, PublicState, Vote } from './session';

export class LiveError extends Error {
  constructor(readonly code: ServerError | 'offline') {
    super(code);
  }
}

async function open(): Promise<Socket> {
  const { io } = await import('socket.io-client');
  return io({ path: LIVE_PATH, transports: ['websocket'] });
}

async function call<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  let ack: Ack<T>;
  try {
    ack = (await socket.timeout(8000).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    throw new LiveError('offline');
  }
  if (!ack.ok) throw new LiveError(ack.error);
  return ack.data;
}

export class FacilitatorClient {
  private constructor(
    private readonly socket: Socket,
    readonly code: string,
    private readonly secret: string,
  ) {}

  static async create(scenarioId: string, onState: (s: FacilitatorState) => void, onConnection: (up: boolean) => void): Promise<FacilitatorClient> {
    const socket = await open();
    const created = await call<{ code: string; secret: string; state: FacilitatorState }>(socket, 'session.create', { scenarioId });
    const client = new FacilitatorClient(socket, created.code, created.secret);
    socket.on('facilitator.state', onState);
    socket.on('disconnect', () => onConnection(false));
    socket.io.on('reconnect', () => {
      onConnection(true);
      void call<FacilitatorState>(socket, 'facilitator.attach', { code: created.code, secret: created.secret }).then(onState, () => {});
    });
    onState(created.state);
    return client;
  }

  private command(body: Record<string, unknown>): Promise<FacilitatorState> {
    return call<FacilitatorState>(this.socket, 'facilitator.command', { code: this.code, secret: this.secret, ...body });
  }
  open(situationId: string) {
    return this.command({ command: 'open', situationId });
  }
  reveal() {
    return this.command({ command: 'reveal' });
  }
  revote() {
    return this.command({ command: 'revote' });
  }
  timer(seconds: number) {
    return this.command({ command: 'timer', seconds });
  }
  decide(pick: Vote | null) {
    return this.command({ command: 'decide', pick });
  }
  end() {
    return this.command({ command: 'end' });
  }
  async exportSession(): Promise<{ json: unknown; csv: string }> {
    return call(this.socket, 'facilitator.command', { code: this.code, secret: this.secret, command: 'export' });
  }
  close(): void {
    this.socket.disconnect();
  }
}

export interface ParticipantHandlers {
  onState(state: PublicState): void;
  onMe(me: ParticipantState): void;
  onConnection(up: boolean): void;
}

export class ParticipantClient {
  private constructor(
    private readonly socket: Socket,
    readonly code: string,
    readonly token: string,
  ) {}

  /** Joining again with the kept token is the same participant, with their vote kept. */
  static async join(code: string, token: string | null, nickname: string | null, handlers: ParticipantHandlers): Promise<ParticipantClient> {
    const socket = await open();
    const payload = { code, ...(token ? { token } : {}), ...(nickname ? { nickname } : {}) };
    const joined = await call<{ token: string; state: PublicState; me: ParticipantState }>(socket, 'participant.join', payload);
    socket.on('session.state', handlers.onState);
    socket.on('participant.state', handlers.onMe);
    socket.on('disconnect', () => handlers.onConnection(false));
    socket.io.on('reconnect', () => {
      handlers.onConnection(true);
      void call<{ state: PublicState; me: ParticipantState }>(socket, 'participant.join', { code, token: joined.token }).then((again) => {
        handlers.onState(again.state);
        handlers.onMe(again.me);
      }, () => {});
    });
    handlers.onState(joined.state);
    handlers.onMe(joined.me);
    return new ParticipantClient(socket, code, joined.token);
  }

  vote(vote: Vote): Promise<ParticipantState> {
    return call<ParticipantState>(this.socket, 'participant.vote', { code: this.code, token: this.token, vote });
  }
  close(): void {
    this.socket.disconnect();
  }
}
