// Who is logged in, and the one socket connection that belongs to that login.
import { reactive } from 'vue';
import { api, HttpError } from './http';
import type { Me } from './protocol';
import { Connection, type ConnectionStatus } from './socket/connection';
import { socketIoTransport } from './socket/transport';

export const session = reactive({
  me: null as Me | null,
  checked: false,
  status: 'connecting' as ConnectionStatus,
});

let connection: Connection | null = null;

/** Asks the server who we are (once per page load unless `force`). */
export async function loadMe(force = false): Promise<Me | null> {
  if (session.checked && !force) return session.me;
  try {
    session.me = await api.me();
  } catch (e) {
    if (!(e instanceof HttpError) || e.status !== 401) console.warn('auth/me failed', e);
    session.me = null;
  }
  session.checked = true;
  return session.me;
}

/** The socket of the logged-in user, connected on first use. */
export function conn(): Connection {
  if (connection === null) {
    connection = new Connection(socketIoTransport());
    session.status = connection.status;
    connection.onStatusChange((s) => {
      session.status = s;
    });
  }
  return connection;
}

/** Ends the session on the server, then forgets it here. */
export async function logout(): Promise<void> {
  try {
    await api.logout();
  } finally {
    connection?.close();
    connection = null;
    session.me = null;
    session.checked = true;
  }
}
