//! The SBA league through its API (data.md §4, reference §14): teams and active rosters mapped
//! into the model, cached for an hour, served stale with a warning when the API fails.
//!
//! ```no_run
//! # async fn demo() -> Result<(), dugout_league::sba::SbaError> {
//! use dugout_league::sba::{SbaConfig, SbaLeague};
//! let config = SbaConfig::from_env()?.expect("SBA_API_BASE is set");
//! let sba = SbaLeague::new(config)?;
//! let teams = sba.teams().await?;
//! println!("{} teams{}", teams.value.len(), if teams.stale { " (stale)" } else { "" });
//! # Ok(()) }
//! ```

mod api;
mod cache;
mod config;
mod error;
mod map;

pub use api::{ApiCurrent, ApiPlayer, ApiTeam, DiscordId, SbaApi};
pub use cache::{Cached, Clock, ManualClock, SystemClock};
pub use config::SbaConfig;
pub use error::SbaError;
pub use map::{SBA_LEAGUE_ID, is_major_league};

use cache::{Lookup, RefreshCache};
use dugout_model::{League, LeagueFile, LeagueSource, Player, RuleSettings, Team, TeamId};
use serde::Serialize;
use std::sync::{Arc, Mutex};

/// The SBA API's state as `/api/health` reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SbaHealth {
    /// False after a failed call, until a call succeeds again.
    pub ok: bool,
    /// True while some answer is being served from the stale cache.
    pub serving_stale: bool,
    /// The last failure, if the API is failing.
    pub last_error: Option<String>,
}

/// The SBA league: API client plus caches.
pub struct SbaLeague {
    api: SbaApi,
    season: Option<i32>,
    current: RefreshCache<(), ApiCurrent>,
    teams: RefreshCache<i32, Vec<Team>>,
    rosters: RefreshCache<TeamId, Vec<Player>>,
    health: Mutex<SbaHealth>,
}

impl SbaLeague {
    /// A client on the real clock.
    ///
    /// # Errors
    /// [`SbaError::Config`] for an unusable configuration.
    pub fn new(config: SbaConfig) -> Result<Self, SbaError> {
        SbaLeague::with_clock(config, Arc::new(SystemClock))
    }

    /// A client whose cache judges freshness on `clock`.
    ///
    /// # Errors
    /// [`SbaError::Config`] for an unusable configuration.
    pub fn with_clock(config: SbaConfig, clock: Arc<dyn Clock>) -> Result<Self, SbaError> {
        let (ttl, retry) = (config.ttl, config.retry_after);
        Ok(SbaLeague {
            season: config.season,
            api: SbaApi::new(config)?,
            current: RefreshCache::new(1, ttl, retry, Arc::clone(&clock)),
            teams: RefreshCache::new(16, ttl, retry, Arc::clone(&clock)),
            rosters: RefreshCache::new(1024, ttl, retry, clock),
            health: Mutex::new(SbaHealth {
                ok: true,
                serving_stale: false,
                last_error: None,
            }),
        })
    }

    /// The API's state for `/api/health`.
    pub fn health(&self) -> SbaHealth {
        self.health
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn settle<V>(&self, what: &str, lookup: Lookup<V>) -> Result<Cached<V>, SbaError> {
        let mut health = self.health.lock().unwrap_or_else(|e| e.into_inner());
        match lookup {
            Lookup::Fresh(value) => {
                *health = SbaHealth {
                    ok: true,
                    serving_stale: false,
                    last_error: None,
                };
                Ok(Cached {
                    value,
                    stale: false,
                })
            }
            Lookup::Stale(value, err) => {
                tracing::warn!(error = %err, "SBA API failed; serving stale {what} from the cache");
                *health = SbaHealth {
                    ok: false,
                    serving_stale: true,
                    last_error: Some(err.to_string()),
                };
                Ok(Cached { value, stale: true })
            }
            Lookup::Failed(err) => {
                tracing::warn!(error = %err, "SBA API failed and no {what} is cached");
                health.ok = false;
                health.last_error = Some(err.to_string());
                Err((*err).clone())
            }
        }
    }

    /// The season played: configured, else the league's current season.
    ///
    /// # Errors
    /// The API's failure when nothing is cached.
    pub async fn season(&self) -> Result<i32, SbaError> {
        if let Some(season) = self.season {
            return Ok(season);
        }
        let lookup = self.current.get((), || self.api.current()).await;
        Ok(self.settle("current season", lookup)?.value.season)
    }

    /// The league's major-league teams of the season.
    ///
    /// # Errors
    /// The API's failure when nothing is cached.
    pub async fn teams(&self) -> Result<Cached<Vec<Team>>, SbaError> {
        let season = self.season().await?;
        let lookup = self
            .teams
            .get(season, || async move {
                let teams = self.api.teams(season).await?;
                Ok(teams
                    .iter()
                    .filter(|t| is_major_league(&t.abbrev))
                    .map(map::team)
                    .collect())
            })
            .await;
        self.settle("teams", lookup)
    }

    /// A team's active roster.
    ///
    /// # Errors
    /// The API's failure when nothing is cached.
    pub async fn roster(&self, team: TeamId) -> Result<Cached<Vec<Player>>, SbaError> {
        let lookup = self
            .rosters
            .get(team, || async move {
                let players = self.api.roster(team.0).await?;
                Ok(players.iter().map(|p| map::player(p, team)).collect())
            })
            .await;
        self.settle("roster", lookup)
    }

    /// The whole league as a validated league file (teams and active rosters), for a game's
    /// snapshot; `stale` when any part came from the stale cache.
    ///
    /// # Errors
    /// The API's failure when a part is not cached; [`SbaError::Invalid`] when the league's
    /// data does not validate (a player on two rosters, say).
    pub async fn league_file(&self) -> Result<Cached<LeagueFile>, SbaError> {
        let season = self.season().await?;
        let teams = self.teams().await?;
        let rosters =
            futures_util::future::try_join_all(teams.value.iter().map(|t| self.roster(t.id)))
                .await?;
        let stale = teams.stale || rosters.iter().any(|r| r.stale);
        let file = LeagueFile {
            league: League {
                id: SBA_LEAGUE_ID.to_string(),
                name: "SBA".to_string(),
                source: LeagueSource::Sba,
                season,
                settings: RuleSettings::default(),
            },
            teams: teams.value.as_ref().clone(),
            players: rosters
                .iter()
                .flat_map(|r| r.value.iter().cloned())
                .collect(),
        };
        crate::validate(&file).map_err(SbaError::Invalid)?;
        Ok(Cached {
            value: Arc::new(file),
            stale,
        })
    }
}
