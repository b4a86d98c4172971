//! Leagues compiled into the binary (the `mlb2023` sample league, from dugout-league).

use dugout_model::LeagueFile;

/// The embedded leagues.
pub fn embedded_leagues() -> Vec<LeagueFile> {
    vec![dugout_league::embedded::mlb2023().clone()]
}
