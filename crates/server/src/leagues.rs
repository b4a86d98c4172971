//! The leagues this server offers: the embedded sample league and any league files, by id.

use dugout_model::{LeagueFile, Player, Team, TeamId};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// A team a user manages (`GET /api/auth/me`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ManagedTeam {
    /// League id.
    pub league_id: String,
    /// Team id.
    pub team_id: i64,
}

/// Leagues by id. Immutable once built; shared by every request.
#[derive(Debug, Clone, Default)]
pub struct Leagues {
    by_id: BTreeMap<String, Arc<LeagueFile>>,
}

/// A league file that could not be loaded.
#[derive(Debug, thiserror::Error)]
#[error("league file {path}: {source}")]
pub struct LeagueLoadError {
    /// The file.
    pub path: String,
    /// Why.
    #[source]
    pub source: dugout_league::LoadError,
}

impl Leagues {
    /// The embedded sample league plus `files`.
    ///
    /// # Errors
    /// The first league file that does not load.
    pub fn load(files: &[impl AsRef<Path>]) -> Result<Leagues, LeagueLoadError> {
        let mut leagues = Leagues::default();
        for league in crate::sample::embedded_leagues() {
            leagues.insert(league);
        }
        for path in files {
            let path = path.as_ref();
            let file = dugout_league::load_file(path).map_err(|source| LeagueLoadError {
                path: path.display().to_string(),
                source,
            })?;
            leagues.insert(file);
        }
        Ok(leagues)
    }

    /// Adds (or replaces) a league.
    pub fn insert(&mut self, file: LeagueFile) {
        self.by_id.insert(file.league.id.clone(), Arc::new(file));
    }

    /// A league by id.
    pub fn get(&self, id: &str) -> Option<Arc<LeagueFile>> {
        self.by_id.get(id).cloned()
    }

    /// Every league, by id.
    pub fn all(&self) -> impl Iterator<Item = &Arc<LeagueFile>> {
        self.by_id.values()
    }

    /// A team of a league.
    pub fn team(&self, league_id: &str, team_id: i64) -> Option<(Arc<LeagueFile>, Team)> {
        let league = self.get(league_id)?;
        let team = league
            .teams
            .iter()
            .find(|t| t.id == TeamId(team_id))?
            .clone();
        Some((league, team))
    }

    /// A team's roster.
    pub fn roster(league: &LeagueFile, team_id: i64) -> Vec<&Player> {
        league
            .players
            .iter()
            .filter(|p| p.team_id == TeamId(team_id))
            .collect()
    }

    /// Teams whose `manager_ids` name the user (`discord:<id>` matches `<id>`).
    pub fn teams_managed_by(&self, user_id: &str) -> Vec<ManagedTeam> {
        let Some(discord_id) = user_id.strip_prefix("discord:") else {
            return Vec::new();
        };
        self.by_id
            .values()
            .flat_map(|l| l.teams.iter())
            .filter(|t| t.manager_ids.iter().any(|m| m == discord_id))
            .map(|t| ManagedTeam {
                league_id: t.league_id.clone(),
                team_id: t.id.0,
            })
            .collect()
    }

    /// Whether `user_id` may manage `team` (protocol.md §2: empty `manager_ids` = anyone).
    pub fn may_manage(team: &Team, user_id: &str) -> bool {
        team.manager_ids.is_empty()
            || user_id
                .strip_prefix("discord:")
                .is_some_and(|id| team.manager_ids.iter().any(|m| m == id))
    }
}
