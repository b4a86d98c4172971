// A Socket.IO stand-in for the socket module's tests: the test plays the server by hand.
import { AckTimeout, type Transport, type TransportStatus } from '../../src/socket/transport';

export interface SentEmit {
  event: string;
  payload: Record<string, unknown>;
  reply: (r: unknown) => void;
  timeOut: () => void;
}

export class FakeTransport implements Transport {
  connected = false;
  connectCalls = 0;
  readonly sent: SentEmit[] = [];
  private readonly handlers = new Map<string, Set<(p: unknown) => void>>();
  private readonly statusFns = new Set<(s: TransportStatus, d?: string) => void>();

  connect(): void {
    this.connectCalls += 1;
  }

  disconnect(): void {
    this.connected = false;
  }

  emitWithAck(event: string, payload: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.sent.push({
        event,
        payload: payload as Record<string, unknown>,
        reply: resolve,
        timeOut: () => reject(new AckTimeout(event)),
      });
    });
  }

  on(event: string, fn: (p: unknown) => void): () => void {
    const set = this.handlers.get(event) ?? new Set();
    set.add(fn);
    this.handlers.set(event, set);
    return () => set.delete(fn);
  }

  onStatus(fn: (s: TransportStatus, d?: string) => void): () => void {
    this.statusFns.add(fn);
    return () => this.statusFns.delete(fn);
  }

  // ---- the test's side ----

  goOnline(): void {
    this.connected = true;
    for (const fn of this.statusFns) fn('connect');
  }

  goOffline(): void {
    this.connected = false;
    for (const fn of this.statusFns) fn('disconnect', 'transport close');
  }

  refuseConnect(message: string): void {
    for (const fn of this.statusFns) fn('connect_error', message);
  }

  serverEmit(event: string, payload: unknown): void {
    for (const fn of this.handlers.get(event) ?? []) fn(payload);
  }

  /** Emits of one event name, in order. */
  named(event: string): SentEmit[] {
    return this.sent.filter((s) => s.event === event);
  }

  last(event: string): SentEmit {
    const all = this.named(event);
    const e = all[all.length - 1];
    if (!e) throw new Error(`nothing sent as ${event}`);
    return e;
  }
}

/** Lets pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}
