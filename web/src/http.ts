// REST calls of protocol.md §2. Errors carry the server's code and message.
import type {
  BoxScore,
  GameListItem,
  GameState,
  League,
  Me,
  Mode,
  Play,
  Player,
  Side,
  Team,
} from './protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: {} };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new HttpError(0, 'network', 'The server cannot be reached.');
  }
  const text = await res.text();
  let data: unknown = null;
  if (text.length > 0) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new HttpError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? `${res.status} ${res.statusText}`);
  }
  return data as T;
}

export type Seat = 'me' | 'open' | 'ai';

export interface NewGame {
  league_id: string;
  home_team_id: number;
  away_team_id: number;
  mode: Mode;
  home: Seat;
  away: Seat;
  settings?: { innings?: number };
}

export interface LineupEntry {
  player_id: number;
  position: string;
}

export type LineupBody = { batting_order: LineupEntry[]; pitcher_id: number } | { auto: true };

/** Which login methods the server offers (decision 080). */
export interface LoginMethods {
  discord: boolean;
  local: boolean;
}

export interface Health {
  status: string;
  version?: string;
  database?: string;
  auth?: Partial<LoginMethods>;
  discord_login?: boolean;
  local_login?: boolean;
}

export const api = {
  health: () => call<Health>('GET', '/api/health'),
  me: () => call<Me>('GET', '/api/auth/me'),
  localLogin: (username: string) => call<unknown>('POST', '/api/auth/local', { username }),
  logout: () => call<unknown>('POST', '/api/auth/logout'),
  leagues: () => call<League[]>('GET', '/api/leagues'),
  teams: (leagueId: string) => call<Team[]>('GET', `/api/leagues/${encodeURIComponent(leagueId)}/teams`),
  roster: (leagueId: string, teamId: number) =>
    call<Player[]>('GET', `/api/leagues/${encodeURIComponent(leagueId)}/teams/${teamId}/roster`),
  games: (query: { status?: string; mine?: boolean; cursor?: string; limit?: number }) => {
    const q = new URLSearchParams();
    if (query.status) q.set('status', query.status);
    if (query.mine) q.set('mine', 'true');
    if (query.cursor) q.set('cursor', query.cursor);
    if (query.limit) q.set('limit', String(query.limit));
    const qs = q.toString();
    return call<{ games: GameListItem[]; next_cursor: string | null }>('GET', `/api/games${qs ? `?${qs}` : ''}`);
  },
  createGame: (body: NewGame) => call<{ game_id: string }>('POST', '/api/games', body),
  claim: (gameId: string, side: Side) => call<{ game_id: string; side: Side }>('POST', `/api/games/${gameId}/claim`, { side }),
  game: (gameId: string) => call<GameState>('GET', `/api/games/${gameId}`),
  setLineup: (gameId: string, side: Side, body: LineupBody) =>
    call<unknown>('POST', `/api/games/${gameId}/lineups/${side}`, body),
  plays: (gameId: string, after?: number) =>
    call<{ plays: Play[] }>('GET', `/api/games/${gameId}/plays${after === undefined ? '' : `?after=${after}`}`),
  boxScore: (gameId: string) => call<BoxScore>('GET', `/api/games/${gameId}/box-score`),
};

/** Reads the login methods from `/api/health` when it says; otherwise offers both (decision 080). */
export function loginMethodsFrom(health: Health | null): LoginMethods {
  if (health?.auth && (health.auth.discord !== undefined || health.auth.local !== undefined)) {
    return { discord: health.auth.discord ?? false, local: health.auth.local ?? false };
  }
  if (health && (health.discord_login !== undefined || health.local_login !== undefined)) {
    return { discord: health.discord_login ?? false, local: health.local_login ?? false };
  }
  return { discord: true, local: true };
}
