-- The setup document (rosters and cards: hundreds of KB) moves out of the games row, which every
-- append updates; the same change as migrations/sqlite/0002_game_setups.sql (where it matters
-- most: SQLite rewrites a whole row, overflow pages included, on every UPDATE).
CREATE TABLE game_setups (
    game_id     TEXT PRIMARY KEY REFERENCES games (id),
    setup       JSONB NOT NULL             -- everything the game reads, snapshotted at creation
);
INSERT INTO game_setups (game_id, setup) SELECT id, setup FROM games;
ALTER TABLE games DROP COLUMN setup;
