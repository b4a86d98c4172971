//! Row shapes shared by both databases (`FromRow` is generic over the row type) and their
//! conversion to the public records.

use serde_json::Value;
use sqlx::types::Json;
use uuid::Uuid;

use crate::time_ms::from_millis;
use crate::{
    GameListItem, GameRecord, GameStatus, GameSummary, Seat, Seats, StoreError, StoredAction,
    StoredReply, User,
};

fn parse_game_id(text: &str) -> Result<Uuid, StoreError> {
    Uuid::try_parse(text).map_err(|_| StoreError::Corrupt(format!("game id {text:?}")))
}

/// A full `games` row.
#[derive(sqlx::FromRow)]
pub(crate) struct GameRow {
    id: String,
    league_id: String,
    mode: String,
    status: String,
    home_team_id: i64,
    away_team_id: i64,
    home_seat: String,
    away_seat: String,
    created_by: String,
    setup: Json<Value>,
    version: i64,
    home_score: i32,
    away_score: i32,
    inning: i32,
    half: String,
    phase: String,
    waiting_for: Option<String>,
    created_at: i64,
    updated_at: i64,
}

impl GameRow {
    pub(crate) fn into_record(self) -> Result<GameRecord, StoreError> {
        Ok(GameRecord {
            id: parse_game_id(&self.id)?,
            league_id: self.league_id,
            mode: self.mode,
            home_team_id: self.home_team_id,
            away_team_id: self.away_team_id,
            seats: Seats {
                home: Seat::from_stored(&self.home_seat),
                away: Seat::from_stored(&self.away_seat),
            },
            created_by: self.created_by,
            setup: self.setup.0,
            version: self.version,
            summary: GameSummary {
                status: GameStatus::parse(&self.status)?,
                phase: self.phase,
                waiting_for: self.waiting_for,
                inning: self.inning,
                half: self.half,
                home_score: self.home_score,
                away_score: self.away_score,
            },
            created_at: from_millis(self.created_at)?,
            updated_at: from_millis(self.updated_at)?,
        })
    }
}

/// A `games` row as the list reads it (no setup document).
#[derive(sqlx::FromRow)]
pub(crate) struct GameListRow {
    id: String,
    league_id: String,
    mode: String,
    status: String,
    home_team_id: i64,
    away_team_id: i64,
    home_seat: String,
    away_seat: String,
    version: i64,
    home_score: i32,
    away_score: i32,
    inning: i32,
    half: String,
    phase: String,
    waiting_for: Option<String>,
    pub(crate) created_at: i64,
    updated_at: i64,
}

impl GameListRow {
    pub(crate) fn into_item(self) -> Result<GameListItem, StoreError> {
        Ok(GameListItem {
            id: parse_game_id(&self.id)?,
            league_id: self.league_id,
            mode: self.mode,
            home_team_id: self.home_team_id,
            away_team_id: self.away_team_id,
            seats: Seats {
                home: Seat::from_stored(&self.home_seat),
                away: Seat::from_stored(&self.away_seat),
            },
            version: self.version,
            summary: GameSummary {
                status: GameStatus::parse(&self.status)?,
                phase: self.phase,
                waiting_for: self.waiting_for,
                inning: self.inning,
                half: self.half,
                home_score: self.home_score,
                away_score: self.away_score,
            },
            created_at: from_millis(self.created_at)?,
            updated_at: from_millis(self.updated_at)?,
        })
    }
}

/// A `game_actions` row.
#[derive(sqlx::FromRow)]
pub(crate) struct ActionRow {
    version: i64,
    action: Json<Value>,
    dice: Option<Json<Value>>,
    sender: String,
    action_id: Option<String>,
    reply: Json<Value>,
    created_at: i64,
}

impl ActionRow {
    pub(crate) fn into_action(self) -> Result<StoredAction, StoreError> {
        Ok(StoredAction {
            version: self.version,
            action: self.action.0,
            dice: self.dice.map(|dice| dice.0),
            sender: self.sender,
            action_id: self.action_id,
            reply: self.reply.0,
            created_at: from_millis(self.created_at)?,
        })
    }
}

/// A remembered reply.
#[derive(sqlx::FromRow)]
pub(crate) struct ReplyRow {
    version: i64,
    reply: Json<Value>,
}

impl ReplyRow {
    pub(crate) fn into_reply(self) -> StoredReply {
        StoredReply {
            version: self.version,
            reply: self.reply.0,
        }
    }
}

/// A snapshot row.
#[derive(sqlx::FromRow)]
pub(crate) struct SnapshotRow {
    pub(crate) version: i64,
    pub(crate) state: Json<Value>,
}

/// A `users` row.
#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    id: String,
    name: String,
    avatar_url: Option<String>,
    created_at: i64,
    updated_at: i64,
}

impl UserRow {
    pub(crate) fn into_user(self) -> Result<User, StoreError> {
        Ok(User {
            id: self.id,
            name: self.name,
            avatar_url: self.avatar_url,
            created_at: from_millis(self.created_at)?,
            updated_at: from_millis(self.updated_at)?,
        })
    }
}
