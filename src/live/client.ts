// The browser side of the live protocol. socket.io-client is loaded only when a workshop starts,
// so solo play never downloads it. A dropped connection is picked up again by itself: the
// facilitator re-attaches with the secret, a phone re-joins with its token.
import type { Socket } from 'socket.io-client';
import { LIVE_PATH, type Ack, type NetworkInfo, type ServerError } from './protocol';
import type { Choice } from '../engine/state';
import type { FacilitatorState, ParticipantState, PublicState, Vote } from './session';

export class LiveError extends Error {
  constructor(
    readonly code: ServerError | 'offline',
    /** When the server said how long to wait before trying again (`rate-limited`). */
    readonly retryAfterMs?: number,
  ) {
    super(code);
  }
}

/** `url`: the server, when it is not the page's own (tests, or a live server on another host). */
async function open(url?: string): Promise<Socket> {
  const { io } = await import('socket.io-client');
  const options = { path: LIVE_PATH, transports: ['websocket'] };
  return url ? io(url, { ...options, forceNew: true }) : io(options);
}

/** How long a phone waits before sending a vote again that the server could not store. */
const RETRY_MS = 2000;

async function call<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  let ack: Ack<T>;
  try {
    ack = (await socket.timeout(8000).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    throw new LiveError('offline');
  }
  if (!ack.ok) throw new LiveError(ack.error, ack.retryAfterMs);
  return ack.data;
}

export class FacilitatorClient {
  private constructor(
    private readonly socket: Socket,
    readonly code: string,
    /** Kept by the projector's browser so that a reload can attach again (ui/live/workshopRecord.ts). */
    readonly secret: string,
    /** Where phones can reach the server (an older server says nothing: then the page's own address). */
    readonly network: NetworkInfo | null,
  ) {}

  /**
   * `onLost` is called when the server no longer knows the session after a reconnect (it was
   * restarted, or its store lost the data): the facilitator is told and can start a new one.
   */
  static async create(scenarioId: string, onState: (s: FacilitatorState) => void, onConnection: (up: boolean) => void, onLost: () => void = () => {}, url?: string): Promise<FacilitatorClient> {
    const socket = await open(url);
    try {
      const created = await call<{ code: string; secret: string; state: FacilitatorState; network?: NetworkInfo }>(socket, 'session.create', { scenarioId });
      return FacilitatorClient.wire(socket, created.code, created.secret, created.state, created.network ?? null, onState, onConnection, onLost);
    } catch (error) {
      socket.disconnect();
      throw error;
    }
  }

  /** Back into a running session with its code and secret: after a reload, or on another device. */
  static async attach(code: string, secret: string, onState: (s: FacilitatorState) => void, onConnection: (up: boolean) => void, onLost: () => void = () => {}, url?: string): Promise<FacilitatorClient> {
    const socket = await open(url);
    try {
      const { network, ...state } = await call<FacilitatorState & { network?: NetworkInfo }>(socket, 'facilitator.attach', { code, secret });
      return FacilitatorClient.wire(socket, code, secret, state, network ?? null, onState, onConnection, onLost);
    } catch (error) {
      socket.disconnect();
      throw error;
    }
  }

  /** Takes the seat handed over with a one-time link; the choices are the room's so far. */
  static async claim(code: string, handoff: string, onState: (s: FacilitatorState) => void, onConnection: (up: boolean) => void, onLost: () => void = () => {}, url?: string): Promise<{ client: FacilitatorClient; choices: Choice[] }> {
    const socket = await open(url);
    try {
      const claimed = await call<{ secret: string; choices: Choice[]; state: FacilitatorState; network?: NetworkInfo }>(socket, 'facilitator.claim', { code, handoff });
      return { client: FacilitatorClient.wire(socket, code, claimed.secret, claimed.state, claimed.network ?? null, onState, onConnection, onLost), choices: claimed.choices };
    } catch (error) {
      socket.disconnect();
      throw error;
    }
  }

  /** Heard when another device took this seat with a hand-over link. */
  onHandedOver(listener: () => void): void {
    this.socket.on('facilitator.handedOver', () => listener());
  }

  /** A one-time link's token for another device, valid for a few minutes. */
  handoff(choices: Choice[]): Promise<{ handoff: string; expiresAt: number }> {
    return call(this.socket, 'facilitator.command', { code: this.code, secret: this.secret, command: 'handoff', choices });
  }

  private static wire(
    socket: Socket,
    code: string,
    secret: string,
    state: FacilitatorState,
    network: NetworkInfo | null,
    onState: (s: FacilitatorState) => void,
    onConnection: (up: boolean) => void,
    onLost: () => void,
  ): FacilitatorClient {
    const client = new FacilitatorClient(socket, code, secret, network);
    socket.on('facilitator.state', onState);
    socket.on('session.lost', () => onLost());
    socket.on('disconnect', () => onConnection(false));
    socket.io.on('reconnect', () => {
      onConnection(true);
      void call<FacilitatorState>(socket, 'facilitator.attach', { code, secret }).then(onState, (e: unknown) => {
        if (e instanceof LiveError && (e.code === 'unknown-session' || e.code === 'not-allowed')) onLost();
      });
    });
    onState(state);
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
  room(maxParticipants: number, joinsOpen: boolean) {
    return this.command({ command: 'room', maxParticipants, joinsOpen });
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
  /** The server no longer has this workshop (restarted, or its store lost it), or it has ended. */
  onLost(reason: 'gone' | 'ended'): void;
  /** A vote sent before the connection dropped was not counted: it was for a situation now closed. */
  onVoteDropped(): void;
}

/** How long a phone waits before connecting again when the server itself refused the connection. */
const REFUSED_RETRY_MS = 5000;

/**
 * Rejects when the server refuses the connection itself (too many connections from this address,
 * or a page of another site). socket.io gives such a socket up instead of retrying, so without
 * this a join would only fail after the acknowledgement's timeout, as if the network were down.
 */
function refusal(socket: Socket): { promise: Promise<never>; stop(): void } {
  let listener: (error: Error) => void = () => {};
  const promise = new Promise<never>((_, reject) => {
    listener = (error) => {
      if (!socket.active) reject(new LiveError(error.message === 'rate-limited' ? 'rate-limited' : 'not-allowed'));
    };
    socket.on('connect_error', listener);
  });
  return { promise, stop: () => socket.off('connect_error', listener) };
}

export class ParticipantClient {
  /** A vote sent but not acknowledged: kept until the server says it has it, resent after a reconnect. */
  private pending: { vote: Vote; round: number } | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private rejoinTimer: ReturnType<typeof setTimeout> | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  /** Closed by the page (it left for another workshop): nothing more reaches its handlers. */
  private closed = false;

  private constructor(
    private readonly socket: Socket,
    readonly code: string,
    readonly token: string,
    private readonly handlers: ParticipantHandlers,
  ) {}

  /** Joining again with the kept token is the same participant, with their vote kept. */
  static async join(code: string, token: string | null, nickname: string | null, handlers: ParticipantHandlers, url?: string): Promise<ParticipantClient> {
    const socket = await open(url);
    const payload = { code, ...(token ? { token } : {}), ...(nickname ? { nickname } : {}) };
    const refused = refusal(socket);
    let joined: { token: string; state: PublicState; me: ParticipantState };
    try {
      joined = await Promise.race([call<{ token: string; state: PublicState; me: ParticipantState }>(socket, 'participant.join', payload), refused.promise]);
    } catch (error) {
      socket.disconnect();
      throw error;
    } finally {
      refused.stop();
    }
    const client = new ParticipantClient(socket, code, joined.token, handlers);
    client.wire();
    handlers.onState(joined.state);
    handlers.onMe(joined.me);
    return client;
  }

  private wire(): void {
    const { socket, handlers } = this;
    socket.on('session.state', (state: PublicState) => this.closed || handlers.onState(state));
    socket.on('participant.state', (me: ParticipantState) => this.closed || handlers.onMe(me));
    socket.on('session.lost', () => this.closed || this.lost('gone'));
    socket.on('disconnect', (reason) => {
      // Closing it ourselves is no lost connection; a server that sent us away is not retried by socket.io.
      if (this.closed || reason === 'io client disconnect') return;
      handlers.onConnection(false);
      if (reason === 'io server disconnect') this.reconnectLater();
    });
    // Back after a drop (socket.io's own reconnect, or ours after a refusal): the same participant again.
    socket.on('connect', () => {
      if (this.closed) return;
      handlers.onConnection(true);
      void this.rejoin();
    });
    socket.on('connect_error', () => {
      if (!socket.active) this.reconnectLater();
    });
  }

  private reconnectLater(): void {
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.closed && !this.socket.connected) this.socket.connect();
    }, REFUSED_RETRY_MS);
  }

  private lost(reason: 'gone' | 'ended'): void {
    this.pending = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.handlers.onLost(reason);
  }

  private async rejoin(): Promise<void> {
    if (this.rejoinTimer) clearTimeout(this.rejoinTimer);
    this.rejoinTimer = null;
    try {
      const again = await call<{ state: PublicState; me: ParticipantState }>(this.socket, 'participant.join', { code: this.code, token: this.token });
      if (this.closed) return;
      this.handlers.onState(again.state);
      this.handlers.onMe(again.me);
      if (this.pending) await this.send(this.pending.vote, this.pending.round).then((me) => this.closed || this.handlers.onMe(me), () => {});
    } catch (error) {
      if (this.closed) return;
      if (error instanceof LiveError && (error.code === 'unknown-session' || error.code === 'not-allowed')) this.lost('gone');
      else if (error instanceof LiveError && error.code === 'session-ended') this.lost('ended');
      else if (this.socket.connected) {
        // Connected, but the server could not answer yet (its store away, too busy): ask again shortly.
        const wait = Math.max(RETRY_MS, error instanceof LiveError ? (error.retryAfterMs ?? 0) : 0);
        this.rejoinTimer = setTimeout(() => {
          this.rejoinTimer = null;
          if (!this.closed && this.socket.connected) void this.rejoin();
        }, wait);
      }
    }
  }

  private async send(vote: Vote, round: number): Promise<ParticipantState> {
    try {
      const me = await call<ParticipantState>(this.socket, 'participant.vote', { code: this.code, token: this.token, vote, round });
      if (this.pending?.vote === vote) this.pending = null;
      return me;
    } catch (error) {
      // Offline: the vote stays pending and goes again after the reconnect. A store that is away,
      // or too many messages at once: nothing was stored, so it goes again shortly (the same vote
      // counts once).
      const later = error instanceof LiveError && (error.code === 'unavailable' || error.code === 'rate-limited');
      if (later && this.pending?.vote === vote && !this.retry) {
        this.retry = setTimeout(
          () => {
            this.retry = null;
            if (!this.closed && this.pending?.vote === vote && this.socket.connected) void this.send(vote, round).then((me) => this.closed || this.handlers.onMe(me), () => {});
          },
          Math.max(RETRY_MS, error.retryAfterMs ?? 0),
        );
      } else if (error instanceof LiveError && error.code !== 'offline' && !later) {
        if (this.pending?.vote === vote) this.pending = null;
        if (error.code === 'stale-round') this.handlers.onVoteDropped();
        if (error.code === 'unknown-session') this.lost('gone');
      }
      throw error;
    }
  }

  /** `round`: the round shown when the vote was cast (PublicState.round). */
  vote(vote: Vote, round: number): Promise<ParticipantState> {
    this.pending = { vote, round };
    return this.send(vote, round);
  }

  /**
   * Asks for the room's state now: the server sends phones a new state only when the phase
   * changes, so the counts they show (joined, voted) are refreshed after one's own vote or when
   * the phone wakes up. It is the same call as a rejoin (idempotent, and it resends a kept vote).
   */
  refresh(): void {
    if (!this.closed && this.socket.connected) void this.rejoin();
  }

  /** Whether a vote is waiting for the server's acknowledgement. */
  get hasPendingVote(): boolean {
    return this.pending !== null;
  }

  /** The vote waiting for the server's acknowledgement, to show it as on its way. */
  get pendingVote(): Vote | null {
    return this.pending?.vote ?? null;
  }

  close(): void {
    this.closed = true;
    for (const timer of [this.retry, this.rejoinTimer, this.reconnectTimer]) if (timer) clearTimeout(timer);
    this.retry = this.rejoinTimer = this.reconnectTimer = null;
    this.socket.disconnect();
  }
}
