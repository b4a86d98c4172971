//! Every SQL statement of the store, written once for both databases: `$N` placeholders (which
//! SQLite accepts as numbered parameters), `ON CONFLICT ... DO UPDATE`, `RETURNING`.

pub(crate) const PING: &str = "SELECT 1";

pub(crate) const INSERT_GAME: &str = "INSERT INTO games (id, league_id, mode, status, \
    home_team_id, away_team_id, home_seat, away_seat, created_by, version, home_score, \
    away_score, inning, half, phase, waiting_for, created_at, updated_at) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $10, $11, $12, $13, $14, $15, $16, $16)";

/// The setup lives in its own table: the games row is updated by every append, and a large
/// document in it would be rewritten each time (migration 0002).
pub(crate) const INSERT_SETUP: &str = "INSERT INTO game_setups (game_id, setup) VALUES ($1, $2)";

/// Content-addressed: a hash already stored holds the same document, so a repeat does nothing
/// (migration 0003).
pub(crate) const INSERT_ROSTER: &str =
    "INSERT INTO rosters (hash, roster) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING";

pub(crate) const SELECT_ROSTER: &str = "SELECT roster FROM rosters WHERE hash = $1";

pub(crate) const SELECT_GAME: &str = "SELECT g.id, g.league_id, g.mode, g.status, \
    g.home_team_id, g.away_team_id, g.home_seat, g.away_seat, g.created_by, s.setup, g.version, \
    g.home_score, g.away_score, g.inning, g.half, g.phase, g.waiting_for, g.created_at, \
    g.updated_at FROM games g JOIN game_setups s ON s.game_id = g.id WHERE g.id = $1";

/// Prefix of the games-list query; filters, order and limit are appended by a query builder.
pub(crate) const LIST_GAMES_PREFIX: &str = "SELECT id, league_id, mode, status, home_team_id, \
    away_team_id, home_seat, away_seat, version, home_score, away_score, inning, half, phase, \
    waiting_for, created_at, updated_at FROM games WHERE 1 = 1";

/// Moves a game to its new version if (and only if) it is still at the expected one: this single
/// statement is both the optimistic-concurrency check and the summary update.
pub(crate) const ADVANCE_GAME: &str = "UPDATE games SET version = $1, status = $2, phase = $3, \
    waiting_for = $4, inning = $5, half = $6, home_score = $7, away_score = $8, updated_at = $9, \
    home_seat = COALESCE($10, home_seat), away_seat = COALESCE($11, away_seat) \
    WHERE id = $12 AND version = $13";

pub(crate) const SELECT_VERSION: &str = "SELECT version FROM games WHERE id = $1";

pub(crate) const INSERT_ACTION: &str = "INSERT INTO game_actions (game_id, version, action, dice, \
    sender, action_id, reply, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

pub(crate) const SELECT_ACTIONS_AFTER: &str = "SELECT version, action, dice, sender, action_id, \
    reply, created_at FROM game_actions WHERE game_id = $1 AND version > $2 \
    ORDER BY version LIMIT $3";

pub(crate) const SELECT_REPLY: &str = "SELECT version, reply FROM game_actions \
    WHERE game_id = $1 AND sender = $2 AND action_id = $3";

pub(crate) const UPSERT_SNAPSHOT: &str = "INSERT INTO game_snapshots (game_id, version, state, \
    created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (game_id) DO UPDATE SET \
    version = excluded.version, state = excluded.state, created_at = excluded.created_at \
    WHERE excluded.version >= game_snapshots.version";

pub(crate) const SELECT_SNAPSHOT: &str =
    "SELECT version, state FROM game_snapshots WHERE game_id = $1";

pub(crate) const UPSERT_USER: &str = "INSERT INTO users (id, name, avatar_url, created_at, \
    updated_at) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (id) DO UPDATE SET \
    name = excluded.name, avatar_url = excluded.avatar_url, updated_at = excluded.updated_at \
    RETURNING id, name, avatar_url, created_at, updated_at";

pub(crate) const SELECT_USER: &str =
    "SELECT id, name, avatar_url, created_at, updated_at FROM users WHERE id = $1";

pub(crate) const INSERT_TOKEN: &str = "INSERT INTO api_tokens (token_hash, user_id, session_id, \
    created_at) VALUES ($1, $2, $3, $4)";

pub(crate) const VERIFY_TOKEN: &str = "SELECT u.id, u.name, u.avatar_url, u.created_at, \
    u.updated_at FROM api_tokens t JOIN users u ON u.id = t.user_id \
    WHERE t.token_hash = $1 AND t.revoked_at IS NULL";

pub(crate) const REVOKE_TOKEN: &str =
    "UPDATE api_tokens SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL";

pub(crate) const REVOKE_SESSION_TOKENS: &str =
    "UPDATE api_tokens SET revoked_at = $2 WHERE session_id = $1 AND revoked_at IS NULL";
