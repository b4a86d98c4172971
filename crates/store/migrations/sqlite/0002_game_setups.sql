-- The setup document (rosters and cards: hundreds of KB) moves out of the games row. SQLite
-- rewrites a whole row, overflow pages included, on every UPDATE, so keeping it there made each
-- append (which updates the version and summary) copy the setup into the WAL and fsync it.
-- migrations/postgres/0002_game_setups.sql is the same change.
CREATE TABLE game_setups (
    game_id     TEXT PRIMARY KEY REFERENCES games (id),
    setup       TEXT NOT NULL              -- JSON: everything the game reads, snapshotted at creation
);
INSERT INTO game_setups (game_id, setup) SELECT id, setup FROM games;
ALTER TABLE games DROP COLUMN setup;
