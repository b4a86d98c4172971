-- Rosters (players and their cards: ~200 KB each for the sample league) are stored once, under
-- the SHA-256 of their JSON text, and a game's setup refers to each team's roster by that hash
-- instead of embedding it: every game of a team shares one row (decision 101). Rows are never
-- updated or deleted (the same hash is the same document), so a game keeps the roster it was
-- created with even when its league changes later. Setups written before this migration still
-- embed their rosters and are read as they are. migrations/postgres/0003_rosters.sql is the same
-- change.
CREATE TABLE rosters (
    hash        TEXT PRIMARY KEY,          -- lowercase hex SHA-256 of `roster`
    roster      TEXT NOT NULL              -- JSON text, exactly as hashed
);
