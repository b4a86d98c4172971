//! [`GameSetup`]: the unvalidated starting data of a game. [`crate::Game::from_setup`] checks it.

use crate::Position;
use dugout_model::{Player, PlayerId, RuleSettings, Team};
use serde::{Deserialize, Serialize};

/// Manual (managers read their cards) or auto (the engine reads the digital cards).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Managers submit the result read off their cards.
    Manual,
    /// The engine reads the cards.
    #[default]
    Auto,
}

/// One batting-order entry of a lineup card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineupEntry {
    /// The batter.
    pub player_id: PlayerId,
    /// His position (`DH` for the designated hitter, `P` for a batting pitcher without DH).
    pub position: Position,
}

/// A starting lineup: nine batters in order and a starting pitcher (rules.md §2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineupCard {
    /// Nine batters in batting order.
    pub batting_order: Vec<LineupEntry>,
    /// The starting pitcher (also in `batting_order` at `P` when the game has no DH).
    pub pitcher_id: PlayerId,
}

/// One team as it starts the game. The roster is a snapshot: the game never reads live data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamSetup {
    /// The team (its park is used when it is at home).
    pub team: Team,
    /// Every player the team may use.
    pub roster: Vec<Player>,
    /// Its starting lineup.
    pub lineup: LineupCard,
    /// Whether the AI manager plays this side (then either manager may answer its outcomes).
    pub ai: bool,
}

/// Everything a game needs to start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameSetup {
    /// The home team.
    pub home: TeamSetup,
    /// The visitors.
    pub away: TeamSetup,
    /// The rule settings for this game (league settings with the game's overrides applied).
    pub settings: RuleSettings,
    /// Manual or auto.
    pub mode: Mode,
}

impl GameSetup {
    /// The team setup of `side`.
    pub fn team(&self, side: crate::Side) -> &TeamSetup {
        match side {
            crate::Side::Home => &self.home,
            crate::Side::Away => &self.away,
        }
    }
}
