// The one socket module: connection status, joined games and the lobby (re-joined after every
// reconnect), action ids, acks with timeout, resends and version tracking. Screens talk to it only
// through typed methods; the server stays the truth.
import type {
  Ack,
  GameState,
  MutatingEvent,
  MutatingEvents,
  ServerError,
  ServerEvent,
  ServerEvents,
  StateEvent,
} from '../protocol';
import { STATE_EVENTS } from '../protocol';
import { AckTimeout, type Transport } from './transport';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unauthenticated';

/** The server refused an action; `code` and `message` are the server's own. */
export class Refused extends Error {
  readonly code: string;
  constructor(error: ServerError) {
    super(error.message);
    this.name = 'Refused';
    this.code = error.code;
  }
}

/** The action could not be delivered (no reply after every retry). */
export class Undelivered extends Error {
  constructor(event: string) {
    super(`The server did not answer ${event}; check your connection and try again.`);
    this.name = 'Undelivered';
  }
}

export interface ConnectionOptions {
  /** How long to wait for one ack (ms). */
  ackTimeoutMs?: number;
  /** How many unanswered attempts while connected before giving up. */
  maxAttempts?: number;
  /** Pause before retrying an action the server answered `busy` (ms). */
  busyBackoffMs?: number;
  /** How long to wait for a join's ack before sending it again (ms). */
  joinAckTimeoutMs?: number;
  /** Makes action ids; tests inject a counter. */
  newActionId?: () => string;
}

type StateHandler = <E extends StateEvent>(event: E, payload: ServerEvents[E]) => void;

export interface GameHandlers {
  /** A state-carrying event that is not older than what the game already showed. */
  onEvent: StateHandler;
  /** Presence, lineups, box scores and other non-state events of this game. */
  onOther?: <E extends ServerEvent>(event: E, payload: ServerEvents[E]) => void;
}

/** A joined game: its version and its listeners. */
export class GameChannel {
  /** The version of the newest state delivered; -1 before the first `game_state`. */
  version = -1;
  private closed = false;

  constructor(
    readonly gameId: string,
    private readonly conn: Connection,
    private readonly handlers: GameHandlers,
  ) {}

  /** Sends a mutating event stamped with an action id and the version it was decided on. */
  send<E extends MutatingEvent>(event: E, payload: MutatingEvents[E]): Promise<number | undefined> {
    const expected = this.version >= 0 ? this.version : undefined;
    return this.conn.sendAction(event, payload, expected, () => this.resync());
  }

  /** Asks for a fresh `game_state` (after a gap, a stale refusal or a reconnect). */
  resync(): void {
    if (!this.closed) this.conn.emitJoin(this.gameId);
  }

  /** Decides whether a state event is applied, and applies it. */
  receive<E extends StateEvent>(event: E, payload: ServerEvents[E]): void {
    if (this.closed) return;
    const v = (payload as { state: GameState }).state.version;
    if (event === 'game_state') {
      // A full state is always safe to take unless it is older than what we show.
      if (v < this.version) return;
    } else {
      if (v < this.version) return;
      if (this.version >= 0 && v > this.version + 1) {
        // Missed events in between: take a fresh state rather than a partial story.
        this.resync();
        return;
      }
    }
    this.version = v;
    this.handlers.onEvent(event, payload);
  }

  other<E extends ServerEvent>(event: E, payload: ServerEvents[E]): void {
    if (!this.closed) this.handlers.onOther?.(event, payload);
  }

  /** Leaves the room and stops delivering events. */
  leave(): void {
    if (this.closed) return;
    this.closed = true;
    this.conn.dropGame(this);
  }
}

type Waiter = { resolve: () => void };

/** The browser's single Socket.IO connection. */
export class Connection {
  status: ConnectionStatus = 'connecting';
  private readonly games = new Map<string, GameChannel>();
  private readonly lobbyListeners = new Set<(item: ServerEvents['game_listed']['item']) => void>();
  private readonly lobbyJoinedListeners = new Set<() => void>();
  private lobbyJoined = false;
  private readonly statusListeners = new Set<(s: ConnectionStatus) => void>();
  private readonly connectWaiters: Waiter[] = [];
  private readonly disconnectWaiters = new Set<Waiter>();
  private readonly opts: Required<ConnectionOptions>;

  constructor(
    private readonly transport: Transport,
    options: ConnectionOptions = {},
  ) {
    this.opts = {
      ackTimeoutMs: options.ackTimeoutMs ?? 8000,
      maxAttempts: options.maxAttempts ?? 5,
      busyBackoffMs: options.busyBackoffMs ?? 500,
      joinAckTimeoutMs: options.joinAckTimeoutMs ?? 2000,
      newActionId: options.newActionId ?? (() => crypto.randomUUID()),
    };
    transport.onStatus((s, detail) => this.onStatus(s, detail));
    for (const ev of STATE_EVENTS) {
      transport.on(ev, (p) => this.routeState(ev, p));
    }
    for (const ev of ['user_joined', 'user_left', 'lineup_data', 'box_score_data'] as const) {
      transport.on(ev, (p) => this.routeOther(ev, p));
    }
    transport.on('game_listed', (p) => {
      const item = (p as ServerEvents['game_listed']).item;
      for (const fn of this.lobbyListeners) fn(item);
    });
    if (transport.connected) this.status = 'online';
    else transport.connect();
  }

  /** Subscribes to status changes (the connection-loss banner); returns the unsubscribe. */
  onStatusChange(fn: (s: ConnectionStatus) => void): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  /** Joins a game's room; re-joined automatically after every reconnect. */
  joinGame(gameId: string, handlers: GameHandlers): GameChannel {
    this.games.get(gameId)?.leave();
    const ch = new GameChannel(gameId, this, handlers);
    this.games.set(gameId, ch);
    if (this.transport.connected) this.emitJoin(gameId);
    return ch;
  }

  /**
   * Subscribes to `game_listed`; returns the unsubscribe (leaves the lobby with the last one).
   * `onJoined` runs each time the server acknowledges the lobby join (first join and every
   * re-join after a reconnect): from then on no change to the list is missed.
   */
  joinLobby(fn: (item: ServerEvents['game_listed']['item']) => void, onJoined?: () => void): () => void {
    this.lobbyListeners.add(fn);
    if (onJoined) this.lobbyJoinedListeners.add(onJoined);
    if (this.transport.connected) {
      if (this.lobbyListeners.size === 1) void this.emitJoinLobby();
      else if (this.lobbyJoined) onJoined?.();
    }
    return () => {
      this.lobbyListeners.delete(fn);
      if (onJoined) this.lobbyJoinedListeners.delete(onJoined);
      if (this.lobbyListeners.size === 0) {
        this.lobbyJoined = false;
        if (this.transport.connected) void this.quietEmit('leave_lobby', {});
      }
    };
  }

  /** Asks for a side's lineup; resolves with the matching `lineup_data`. */
  getLineup(gameId: string, side: 'home' | 'away'): Promise<ServerEvents['lineup_data']> {
    return new Promise((resolve, reject) => {
      const off = this.transport.on('lineup_data', (p) => {
        const data = p as ServerEvents['lineup_data'];
        if (data.game_id === gameId && data.side === side) {
          off();
          clearTimeout(timer);
          resolve(data);
        }
      });
      const timer = setTimeout(() => {
        off();
        reject(new Undelivered('get_lineup'));
      }, this.opts.ackTimeoutMs);
      this.transport
        .emitWithAck('get_lineup', { game_id: gameId, side }, this.opts.ackTimeoutMs)
        .then((reply) => {
          const ack = reply as Ack | undefined;
          if (ack && ack.ok === false) {
            off();
            clearTimeout(timer);
            reject(new Refused(ack.error));
          }
        })
        .catch(() => undefined);
    });
  }

  close(): void {
    for (const ch of [...this.games.values()]) ch.leave();
    this.transport.disconnect();
  }

  /** @internal Sends one action until it is answered; see protocol.md §1 Retries and Busy. */
  async sendAction(
    event: string,
    payload: object,
    expectedVersion: number | undefined,
    onStale: () => void,
  ): Promise<number | undefined> {
    const stamped = {
      ...payload,
      action_id: this.opts.newActionId(),
      ...(expectedVersion === undefined ? {} : { expected_version: expectedVersion }),
    };
    let unanswered = 0;
    for (;;) {
      await this.whenConnected();
      let reply: Ack | undefined;
      try {
        reply = (await this.attempt(event, stamped)) as Ack | undefined;
      } catch (err) {
        if (err instanceof AckTimeout && this.transport.connected) unanswered += 1;
        if (unanswered >= this.opts.maxAttempts) throw new Undelivered(event);
        continue; // Same action_id: an action the server already took repeats its first reply.
      }
      if (reply === undefined || typeof reply !== 'object' || !('ok' in reply)) {
        throw new Refused({ code: 'internal', message: `unexpected reply to ${event}` });
      }
      if (reply.ok) return reply.version;
      if (reply.error.code === 'busy') {
        unanswered += 1;
        if (unanswered >= this.opts.maxAttempts) throw new Refused(reply.error);
        await delay(this.opts.busyBackoffMs * unanswered);
        continue;
      }
      if (reply.error.code === 'stale_version') onStale();
      throw new Refused(reply.error);
    }
  }

  /** @internal */
  emitJoin(gameId: string): void {
    void this.emitJoinish('join_game', { game_id: gameId });
  }

  /** @internal */
  dropGame(ch: GameChannel): void {
    if (this.games.get(ch.gameId) === ch) {
      this.games.delete(ch.gameId);
      if (this.transport.connected) void this.quietEmit('leave_game', { game_id: ch.gameId });
    }
  }

  private attempt(event: string, payload: object): Promise<unknown> {
    // A disconnect fails the attempt at once; the resend happens after the reconnect.
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve: () => reject(new AckTimeout(event)) };
      this.disconnectWaiters.add(waiter);
      this.transport.emitWithAck(event, payload, this.opts.ackTimeoutMs).then(
        (r) => {
          this.disconnectWaiters.delete(waiter);
          resolve(r);
        },
        (e: unknown) => {
          this.disconnectWaiters.delete(waiter);
          reject(e instanceof Error ? e : new AckTimeout(event));
        },
      );
    });
  }

  private whenConnected(): Promise<void> {
    if (this.transport.connected && this.status === 'online') return Promise.resolve();
    return new Promise((resolve) => this.connectWaiters.push({ resolve }));
  }

  /**
   * Sends a join (idempotent) until it is answered, while connected: the server answers every event,
   * so no answer means the event was lost (a server may drop one that arrives right after the
   * connect, before its handlers are in place). Resolves with the reply, or undefined.
   */
  private async emitJoinish(event: 'join_game' | 'join_lobby', payload: object): Promise<Ack | undefined> {
    for (let attempt = 0; attempt < this.opts.maxAttempts && this.transport.connected; attempt += 1) {
      try {
        return (await this.transport.emitWithAck(event, payload, this.opts.joinAckTimeoutMs)) as Ack | undefined;
      } catch {
        // Unanswered: send it again (a reconnect re-joins anyway).
      }
    }
    return undefined;
  }

  private async emitJoinLobby(): Promise<void> {
    const ack = await this.emitJoinish('join_lobby', {});
    if (!ack || ack.ok !== true || this.lobbyListeners.size === 0) return;
    this.lobbyJoined = true;
    for (const fn of this.lobbyJoinedListeners) fn();
  }

  private async quietEmit(event: string, payload: object): Promise<void> {
    try {
      await this.transport.emitWithAck(event, payload, this.opts.ackTimeoutMs);
    } catch {
      // Joins are repeated on the next reconnect; nothing to do here.
    }
  }

  private onStatus(s: 'connect' | 'disconnect' | 'connect_error', detail?: string): void {
    if (s === 'connect') {
      this.setStatus('online');
      for (const id of this.games.keys()) this.emitJoin(id);
      if (this.lobbyListeners.size > 0) void this.emitJoinLobby();
      for (const w of this.connectWaiters.splice(0)) w.resolve();
    } else if (s === 'disconnect') {
      this.lobbyJoined = false;
      this.setStatus('offline');
      for (const w of [...this.disconnectWaiters]) w.resolve();
      this.disconnectWaiters.clear();
    } else {
      this.setStatus(detail === 'not_authenticated' ? 'unauthenticated' : 'offline');
    }
  }

  private setStatus(s: ConnectionStatus): void {
    if (this.status === s) return;
    this.status = s;
    for (const fn of this.statusListeners) fn(s);
  }

  private routeState(event: StateEvent, p: unknown): void {
    const payload = p as { game_id?: string };
    if (typeof payload?.game_id !== 'string') return;
    const ch = this.games.get(payload.game_id);
    ch?.receive(event, p as ServerEvents[typeof event]);
  }

  private routeOther(event: 'user_joined' | 'user_left' | 'lineup_data' | 'box_score_data', p: unknown): void {
    const payload = p as { game_id?: string };
    if (typeof payload?.game_id !== 'string') return;
    this.games.get(payload.game_id)?.other(event, p as ServerEvents[typeof event]);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
