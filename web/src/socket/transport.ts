// The narrow surface of a Socket.IO client that the connection needs; tests swap in a fake.
import { io, type Socket } from 'socket.io-client';

export type TransportStatus = 'connect' | 'disconnect' | 'connect_error';

/** Thrown by `emitWithAck` when the server did not answer in time. */
export class AckTimeout extends Error {
  constructor(event: string) {
    super(`no reply to ${event}`);
    this.name = 'AckTimeout';
  }
}

export interface Transport {
  readonly connected: boolean;
  connect(): void;
  disconnect(): void;
  /** Emits with an ack callback; resolves with the reply or rejects with {@link AckTimeout}. */
  emitWithAck(event: string, payload: unknown, timeoutMs: number): Promise<unknown>;
  /** Subscribes to a server event; returns the unsubscribe function. */
  on(event: string, fn: (payload: unknown) => void): () => void;
  /** Subscribes to connection changes; `detail` is the connect error's message. */
  onStatus(fn: (status: TransportStatus, detail?: string) => void): () => void;
}

/** The real transport: socket.io-client on this origin, authenticated by the session cookie. */
export function socketIoTransport(url?: string): Transport {
  const opts = { path: '/socket.io/', withCredentials: true, autoConnect: false };
  const socket: Socket = url === undefined ? io(opts) : io(url, opts);
  return {
    get connected() {
      return socket.connected;
    },
    connect() {
      socket.connect();
    },
    disconnect() {
      socket.disconnect();
    },
    async emitWithAck(event, payload, timeoutMs) {
      try {
        return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as unknown;
      } catch {
        throw new AckTimeout(event);
      }
    },
    on(event, fn) {
      socket.on(event, fn);
      return () => socket.off(event, fn);
    },
    onStatus(fn) {
      const onConnect = () => fn('connect');
      const onDisconnect = (reason: string) => {
        fn('disconnect', reason);
        // A server-side disconnect is not retried by socket.io-client itself.
        if (reason === 'io server disconnect') socket.connect();
      };
      const onError = (err: Error) => fn('connect_error', err.message);
      socket.on('connect', onConnect);
      socket.on('disconnect', onDisconnect);
      socket.on('connect_error', onError);
      return () => {
        socket.off('connect', onConnect);
        socket.off('disconnect', onDisconnect);
        socket.off('connect_error', onError);
      };
    },
  };
}
