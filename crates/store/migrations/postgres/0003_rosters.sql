-- Rosters are stored once, under the SHA-256 of their JSON text, and a game's setup refers to
-- each team's roster by that hash instead of embedding it (decision 101); the same change as
-- migrations/sqlite/0003_rosters.sql. TEXT rather than JSONB: the document is kept byte for byte
-- as it was hashed, and the database never looks inside it.
CREATE TABLE rosters (
    hash        TEXT PRIMARY KEY,          -- lowercase hex SHA-256 of `roster`
    roster      TEXT NOT NULL              -- JSON text, exactly as hashed
);
