//! The league data model of Dugout (`shared/spec/data.md` §1): leagues, teams, players, their cards
//! and ratings, and the per-league rule settings of `rules.md`.
//!
//! Pure data with serde: no I/O. The engine reads it, the league crate loads and validates it, the
//! server snapshots it into each game at creation. A rating or hand that a league does not have
//! (players from the SBA API carry none) is `None` here and `null` on the wire.
//!
//! ```
//! use dugout_model::{ResultCode, Hand};
//! let code: ResultCode = serde_json::from_str("\"SINGLE_UNCAPPED\"").unwrap();
//! assert!(code.is_hit());
//! assert_eq!(Hand::R.opposite(), Hand::L);
//! ```
#![forbid(unsafe_code)]

mod card;
mod code;
mod ids;
mod league;
mod player;
mod position;
mod settings;

pub use card::{Card, CardColumn, CardEntry, CardRow, CardSide, ROW_WAYS, ROWS, row_ways};
pub use code::ResultCode;
pub use ids::{PlayerId, TeamId};
pub use league::{League, LeagueFile, LeagueSource, Park, Team};
pub use player::{
    Bats, Endurance, FieldingRating, Grade, Hand, Pitching, Player, Running, StealRatings,
};
pub use position::{FieldPos, ParsePositionError};
pub use settings::RuleSettings;
