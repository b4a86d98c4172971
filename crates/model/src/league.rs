//! Leagues, teams and parks (data.md §1), and the league file (data.md §2).

use crate::{Player, RuleSettings, TeamId};
use serde::{Deserialize, Serialize};

/// Where a league's data comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LeagueSource {
    /// Shipped inside the binary (`mlb2023`).
    Embedded,
    /// The SBA league API.
    Sba,
    /// Paper Dynasty.
    Pd,
    /// A league file.
    File,
}

/// A league.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct League {
    /// Short id (`"mlb2023"`, `"sba"`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Origin of the data.
    pub source: LeagueSource,
    /// Season.
    pub season: i32,
    /// The league's rule settings.
    #[serde(default)]
    pub settings: RuleSettings,
}

/// A ballpark's ratings: the top of a d20 range each (0–20) for ballpark results (rules.md §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Park {
    /// `BP_HOMERUN` is a home run for a left-handed batter on a d20 at or under this.
    pub hr_vs_l: u8,
    /// Same for a right-handed batter.
    pub hr_vs_r: u8,
    /// `BP_SINGLE` is a single for a left-handed batter on a d20 at or under this.
    pub single_vs_l: u8,
    /// Same for a right-handed batter.
    pub single_vs_r: u8,
}

impl Default for Park {
    fn default() -> Self {
        Park {
            hr_vs_l: 10,
            hr_vs_r: 10,
            single_vs_l: 10,
            single_vs_r: 10,
        }
    }
}

/// A team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Team {
    /// Id within the league.
    pub id: TeamId,
    /// Its league.
    pub league_id: String,
    /// Abbreviation (`"NYY"`).
    pub abbrev: String,
    /// Short name (`"Yankees"`).
    pub sname: String,
    /// Long name (`"New York Yankees"`).
    pub lname: String,
    /// Hex colour without `#`.
    pub color: String,
    /// Hex colour of its dice, without `#`.
    pub dice_color: String,
    /// Discord ids (decimal strings) of its managers; empty means anyone may manage it.
    #[serde(default)]
    pub manager_ids: Vec<String>,
    /// Its home park.
    #[serde(default)]
    pub park: Park,
}

/// A league file (data.md §2): `{league, teams, players}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeagueFile {
    /// The league.
    pub league: League,
    /// Its teams.
    pub teams: Vec<Team>,
    /// Its players.
    pub players: Vec<Player>,
}
