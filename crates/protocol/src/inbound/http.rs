//! HTTP request bodies (protocol.md §2), parsed as strictly as the socket events.

use super::{MAX_PLAYER_ID, Side};
use crate::parse::{MAX_NAME_LEN, Obj, PayloadError, Problem, array_value};
use serde_json::Value;

/// Longest local user name.
pub const MAX_USERNAME_LEN: usize = 32;

/// `POST /api/auth/local`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalLogin {
    /// 1..=32 characters of letters, digits, `_`, `-`, `.`.
    pub username: String,
}

impl LocalLogin {
    /// Parses the body.
    ///
    /// # Errors
    /// A [`PayloadError`] naming the field.
    pub fn parse(v: &Value) -> Result<Self, PayloadError> {
        let mut o = Obj::new(v, "")?;
        let username = o.req_str("username", MAX_NAME_LEN)?;
        o.finish()?;
        let ok_chars = username
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if username.is_empty() || username.chars().count() > MAX_USERNAME_LEN || !ok_chars {
            return Err(PayloadError::new(
                "username",
                Problem::OutOfRange(format!(
                    "must be 1 to {MAX_USERNAME_LEN} letters, digits, '_', '-' or '.'"
                )),
            ));
        }
        Ok(LocalLogin {
            username: username.to_string(),
        })
    }
}

/// Who fills a seat of a new game.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    /// The caller.
    Me,
    /// The first eligible user to claim it.
    Open,
    /// The engine's AI manager.
    Ai,
}

/// Game mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Managers roll and report results from physical cards.
    Manual,
    /// The server rolls and reads the digital cards.
    Auto,
}

/// `POST /api/games`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGame {
    /// League id (≤ 64 characters).
    pub league_id: String,
    /// Home team.
    pub home_team_id: i64,
    /// Away team.
    pub away_team_id: i64,
    /// Manual or auto.
    pub mode: Mode,
    /// Home seat.
    pub home: Seat,
    /// Away seat.
    pub away: Seat,
    /// Rule-setting overrides, as given (validated against the rule settings by the server).
    pub settings: Option<Value>,
}

impl CreateGame {
    /// Parses the body.
    ///
    /// # Errors
    /// A [`PayloadError`] naming the field.
    pub fn parse(v: &Value) -> Result<Self, PayloadError> {
        let mut o = Obj::new(v, "")?;
        let league_id = o.req_id("league_id")?;
        let home_team_id = o.req_int("home_team_id", 0, MAX_PLAYER_ID)?;
        let away_team_id = o.req_int("away_team_id", 0, MAX_PLAYER_ID)?;
        let mode = match o.req_enum("mode", &["manual", "auto"])? {
            0 => Mode::Manual,
            _ => Mode::Auto,
        };
        let home = seat(&mut o, "home")?;
        let away = seat(&mut o, "away")?;
        let settings = match o.get("settings") {
            None => None,
            Some(s) if s.is_object() => Some(s.clone()),
            Some(_) => {
                return Err(PayloadError::new(
                    "settings",
                    Problem::WrongType("an object"),
                ));
            }
        };
        o.finish()?;
        if home_team_id == away_team_id {
            return Err(PayloadError::new(
                "away_team_id",
                Problem::OutOfRange("must differ from home_team_id".into()),
            ));
        }
        Ok(CreateGame {
            league_id,
            home_team_id,
            away_team_id,
            mode,
            home,
            away,
            settings,
        })
    }
}

fn seat(o: &mut Obj<'_>, key: &'static str) -> Result<Seat, PayloadError> {
    Ok(match o.req_enum(key, &["me", "open", "ai"])? {
        0 => Seat::Me,
        1 => Seat::Open,
        _ => Seat::Ai,
    })
}

/// `POST /api/games/{id}/claim`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    /// The seat to take.
    pub side: Side,
}

impl Claim {
    /// Parses the body.
    ///
    /// # Errors
    /// A [`PayloadError`] naming the field.
    pub fn parse(v: &Value) -> Result<Self, PayloadError> {
        let mut o = Obj::new(v, "")?;
        let side = Side::parse(&mut o, "side")?;
        o.finish()?;
        Ok(Claim { side })
    }
}

/// One batting-order entry of a lineup card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineupEntry {
    /// The player.
    pub player_id: i64,
    /// His position (`C`…`RF`, `P`, `DH`).
    pub position: String,
}

/// `POST /api/games/{id}/lineups/{side}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineupRequest {
    /// `{auto: true}`: the engine picks (rules.md §2).
    Auto,
    /// A lineup card.
    Card {
        /// Nine batters in order.
        batting_order: Vec<LineupEntry>,
        /// The starting pitcher.
        pitcher_id: i64,
    },
}

const LINEUP_POSITIONS: [&str; 10] = ["C", "1B", "2B", "3B", "SS", "LF", "CF", "RF", "P", "DH"];

impl LineupRequest {
    /// Parses the body.
    ///
    /// # Errors
    /// A [`PayloadError`] naming the field.
    pub fn parse(v: &Value) -> Result<Self, PayloadError> {
        let mut o = Obj::new(v, "")?;
        if let Some(auto) = o.opt_bool("auto")? {
            if !auto {
                return Err(PayloadError::new(
                    "auto",
                    Problem::OutOfRange("must be true when given".into()),
                ));
            }
            o.finish()?;
            return Ok(LineupRequest::Auto);
        }
        let order = o.req("batting_order")?;
        let items = array_value(order, "batting_order", 9)?;
        if items.len() != 9 {
            return Err(PayloadError::new(
                "batting_order",
                Problem::OutOfRange("must hold exactly 9 entries".into()),
            ));
        }
        let mut batting_order = Vec::with_capacity(9);
        for (i, item) in items.iter().enumerate() {
            let mut e = Obj::new(item, &format!("batting_order[{i}]"))?;
            let player_id = e.req_int("player_id", 0, MAX_PLAYER_ID)?;
            let position = LINEUP_POSITIONS[e.req_enum("position", &LINEUP_POSITIONS)?].to_string();
            e.finish()?;
            batting_order.push(LineupEntry {
                player_id,
                position,
            });
        }
        let pitcher_id = o.req_int("pitcher_id", 0, MAX_PLAYER_ID)?;
        o.finish()?;
        Ok(LineupRequest::Card {
            batting_order,
            pitcher_id,
        })
    }
}
