//! The leagues this server offers: the embedded sample league, any league files, and the SBA
//! league (`"sba"`) through the league crate's cached API client when `SBA_API_BASE` is set.

use dugout_league::sba::{SBA_LEAGUE_ID, SbaError, SbaLeague};
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
#[derive(Clone, Default)]
pub struct Leagues {
    by_id: BTreeMap<String, Arc<LeagueFile>>,
    sba: Option<Arc<SbaLeague>>,
}

impl std::fmt::Debug for Leagues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Leagues")
            .field("files", &self.by_id.keys().collect::<Vec<_>>())
            .field("sba", &self.sba.is_some())
            .finish()
    }
}

/// The SBA league API failed and nothing usable is cached.
#[derive(Debug, thiserror::Error)]
#[error("the SBA league API is unavailable: {0}")]
pub struct LeagueUnavailable(#[from] pub SbaError);

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

    /// Serves the SBA league as `"sba"`.
    pub fn set_sba(&mut self, sba: Arc<SbaLeague>) {
        self.sba = Some(sba);
    }

    /// The SBA league, when configured.
    pub fn sba(&self) -> Option<&Arc<SbaLeague>> {
        self.sba.as_ref()
    }

    fn sba_for(&self, id: &str) -> Option<&Arc<SbaLeague>> {
        self.sba.as_ref().filter(|_| id == SBA_LEAGUE_ID)
    }

    /// A file or embedded league by id (never the API league; see [`Leagues::resolve`]).
    pub fn get(&self, id: &str) -> Option<Arc<LeagueFile>> {
        self.by_id.get(id).cloned()
    }

    /// `(id, name)` of every league, the SBA one included when configured.
    pub fn list(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .by_id
            .values()
            .map(|l| (l.league.id.clone(), l.league.name.clone()))
            .collect();
        if self.sba.is_some() {
            out.push((SBA_LEAGUE_ID.to_string(), "SBA".to_string()));
        }
        out.sort();
        out
    }

    /// A whole league (teams and rosters) by id, the SBA one through its cache; `None` when
    /// there is no such league.
    ///
    /// # Errors
    /// [`LeagueUnavailable`] when the SBA API fails with nothing cached.
    pub async fn resolve(&self, id: &str) -> Result<Option<Arc<LeagueFile>>, LeagueUnavailable> {
        if let Some(file) = self.get(id) {
            return Ok(Some(file));
        }
        match self.sba_for(id) {
            Some(sba) => Ok(Some(sba.league_file().await?.value)),
            None => Ok(None),
        }
    }

    /// A league's teams, the SBA ones through the cache (without fetching rosters).
    ///
    /// # Errors
    /// [`LeagueUnavailable`] when the SBA API fails with nothing cached.
    pub async fn teams(&self, id: &str) -> Result<Option<Arc<Vec<Team>>>, LeagueUnavailable> {
        if let Some(file) = self.get(id) {
            return Ok(Some(Arc::new(file.teams.clone())));
        }
        match self.sba_for(id) {
            Some(sba) => Ok(Some(sba.teams().await?.value)),
            None => Ok(None),
        }
    }

    /// A team's roster (`None`: no such league or team).
    ///
    /// # Errors
    /// [`LeagueUnavailable`] when the SBA API fails with nothing cached.
    pub async fn team_roster(
        &self,
        league_id: &str,
        team_id: i64,
    ) -> Result<Option<Vec<Player>>, LeagueUnavailable> {
        if let Some((league, _)) = self.team(league_id, team_id) {
            return Ok(Some(
                Leagues::roster(&league, team_id)
                    .into_iter()
                    .cloned()
                    .collect(),
            ));
        }
        let Some(sba) = self.sba_for(league_id) else {
            return Ok(None);
        };
        let teams = sba.teams().await?.value;
        if !teams.iter().any(|t| t.id == TeamId(team_id)) {
            return Ok(None);
        }
        Ok(Some(
            sba.roster(TeamId(team_id)).await?.value.as_ref().clone(),
        ))
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

    /// Teams whose `manager_ids` name the user (`discord:<id>` matches `<id>`), the SBA
    /// league's included when its teams can be had (cached or fetched).
    pub async fn teams_managed_by(&self, user_id: &str) -> Vec<ManagedTeam> {
        let Some(discord_id) = user_id.strip_prefix("discord:") else {
            return Vec::new();
        };
        let managed = |t: &Team| {
            t.manager_ids
                .iter()
                .any(|m| m == discord_id)
                .then(|| ManagedTeam {
                    league_id: t.league_id.clone(),
                    team_id: t.id.0,
                })
        };
        let mut out: Vec<ManagedTeam> = self
            .by_id
            .values()
            .flat_map(|l| l.teams.iter())
            .filter_map(managed)
            .collect();
        if let Some(sba) = &self.sba {
            match sba.teams().await {
                Ok(teams) => out.extend(teams.value.iter().filter_map(managed)),
                Err(e) => tracing::warn!(error = %e, "SBA teams unavailable for /me"),
            }
        }
        out
    }

    /// Whether `user_id` may manage `team` (protocol.md §2: empty `manager_ids` = anyone).
    pub fn may_manage(team: &Team, user_id: &str) -> bool {
        team.manager_ids.is_empty()
            || user_id
                .strip_prefix("discord:")
                .is_some_and(|id| team.manager_ids.iter().any(|m| m == id))
    }
}
