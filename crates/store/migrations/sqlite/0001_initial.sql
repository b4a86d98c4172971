-- Dugout's schema, SQLite flavour. migrations/postgres/0001_initial.sql is the same logical schema;
-- a change to one is made to the other in the same commit.
-- Times are unix milliseconds (BIGINT) in both databases so ordering and cursors behave alike.
-- JSON documents are TEXT here and JSONB in PostgreSQL.

-- Everyone who has logged in, by Discord or locally.
CREATE TABLE users (
    id          TEXT PRIMARY KEY,          -- "discord:1234", "local:alice"
    name        TEXT NOT NULL,
    avatar_url  TEXT,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);

-- API tokens for non-browser clients. Only the SHA-256 of a token is kept, so a leaked database
-- does not leak usable tokens; session_id lets logout revoke what its session issued.
CREATE TABLE api_tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    session_id  TEXT,
    created_at  BIGINT NOT NULL,
    revoked_at  BIGINT
);
CREATE INDEX api_tokens_session ON api_tokens (session_id);

-- One row per game: what it was created with (setup, fixed), who sits where, its version and the
-- summary the games list shows, kept current by every append.
CREATE TABLE games (
    id            TEXT PRIMARY KEY,        -- UUID, hyphenated lower case
    league_id     TEXT NOT NULL,
    mode          TEXT NOT NULL,           -- "manual" | "auto"
    status        TEXT NOT NULL,           -- "pending" | "active" | "completed"
    home_team_id  BIGINT NOT NULL,
    away_team_id  BIGINT NOT NULL,
    home_seat     TEXT NOT NULL,           -- a user id, "ai" or "open"
    away_seat     TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    setup         TEXT NOT NULL,           -- JSON: everything the game reads, snapshotted at creation
    version       BIGINT NOT NULL,
    home_score    INTEGER NOT NULL,
    away_score    INTEGER NOT NULL,
    inning        INTEGER NOT NULL,
    half          TEXT NOT NULL,
    phase         TEXT NOT NULL,
    waiting_for   TEXT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX games_newest ON games (created_at DESC, id DESC);
CREATE INDEX games_status_newest ON games (status, created_at DESC, id DESC);
CREATE INDEX games_home_seat ON games (home_seat);
CREATE INDEX games_away_seat ON games (away_seat);

-- The action log: one row per accepted change, with the dice it used and the reply its sender got.
-- (game_id, sender, action_id) is the idempotency key; NULL action ids never collide.
CREATE TABLE game_actions (
    game_id     TEXT NOT NULL REFERENCES games (id),
    version     BIGINT NOT NULL,
    action      TEXT NOT NULL,             -- JSON
    dice        TEXT,                      -- JSON
    sender      TEXT NOT NULL,
    action_id   TEXT,
    reply       TEXT NOT NULL,             -- JSON
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (game_id, version)
);
CREATE UNIQUE INDEX game_actions_idempotency ON game_actions (game_id, sender, action_id);

-- The latest state snapshot per game, so loading replays only the actions after it.
CREATE TABLE game_snapshots (
    game_id     TEXT PRIMARY KEY REFERENCES games (id),
    version     BIGINT NOT NULL,
    state       TEXT NOT NULL,             -- JSON
    created_at  BIGINT NOT NULL
);
