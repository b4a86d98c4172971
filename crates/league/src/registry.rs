//! The leagues a server offers: the embedded sample league, league files given on the command
//! line, and the SBA league when its API is configured (listed as `"sba"`).

use crate::sba::{Cached, SBA_LEAGUE_ID, SbaError, SbaHealth, SbaLeague};
use crate::{LoadError, embedded, load_file};
use dugout_model::{LeagueFile, LeagueSource};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// A league as listed to clients.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeagueInfo {
    /// League id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Where its data comes from.
    pub source: LeagueSource,
}

/// Why a league could not be registered or resolved.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// Two leagues with one id.
    #[error("league id {0:?} is already registered")]
    Duplicate(String),
    /// A league file failed to load.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// No league with that id.
    #[error("no league {0:?}")]
    Unknown(String),
    /// The SBA league could not be fetched and nothing is cached.
    #[error(transparent)]
    Sba(#[from] SbaError),
}

/// The available leagues.
#[derive(Default)]
pub struct LeagueRegistry {
    files: BTreeMap<String, Arc<LeagueFile>>,
    sba: Option<Arc<SbaLeague>>,
}

impl LeagueRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        LeagueRegistry::default()
    }

    /// A registry holding the embedded leagues (`mlb2023`).
    pub fn with_embedded() -> Self {
        let mut registry = LeagueRegistry::new();
        registry
            .files
            .insert(embedded::MLB2023_ID.to_string(), embedded::mlb2023_arc());
        registry
    }

    /// Adds a validated league.
    ///
    /// # Errors
    /// [`RegistryError::Duplicate`] if its id is taken (`sba` is reserved for the API league).
    pub fn add(&mut self, league: Arc<LeagueFile>) -> Result<(), RegistryError> {
        let id = league.league.id.clone();
        if self.files.contains_key(&id) || id == SBA_LEAGUE_ID {
            return Err(RegistryError::Duplicate(id));
        }
        self.files.insert(id, league);
        Ok(())
    }

    /// Loads, validates and adds a league file (`--league-file PATH`).
    ///
    /// # Errors
    /// [`RegistryError::Load`] with every problem of the file, or a duplicate id.
    pub fn add_file(&mut self, path: &Path) -> Result<String, RegistryError> {
        let file = load_file(path)?;
        let id = file.league.id.clone();
        self.add(Arc::new(file))?;
        Ok(id)
    }

    /// Makes the SBA league available as `"sba"`.
    pub fn set_sba(&mut self, sba: Arc<SbaLeague>) {
        self.sba = Some(sba);
    }

    /// The SBA league, when configured.
    pub fn sba(&self) -> Option<&Arc<SbaLeague>> {
        self.sba.as_ref()
    }

    /// The SBA API's health, when configured.
    pub fn sba_health(&self) -> Option<SbaHealth> {
        self.sba.as_ref().map(|s| s.health())
    }

    /// Every league, by id.
    pub fn list(&self) -> Vec<LeagueInfo> {
        let mut out: Vec<LeagueInfo> = self
            .files
            .values()
            .map(|f| LeagueInfo {
                id: f.league.id.clone(),
                name: f.league.name.clone(),
                source: f.league.source,
            })
            .collect();
        if self.sba.is_some() {
            out.push(LeagueInfo {
                id: SBA_LEAGUE_ID.to_string(),
                name: "SBA".to_string(),
                source: LeagueSource::Sba,
            });
        }
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }

    /// A file or embedded league, without touching the network.
    pub fn get(&self, id: &str) -> Option<Arc<LeagueFile>> {
        self.files.get(id).cloned()
    }

    /// Any league, the SBA one through its cache (`stale` when the API is failing).
    ///
    /// # Errors
    /// [`RegistryError::Unknown`], or the SBA API's failure when nothing is cached.
    pub async fn resolve(&self, id: &str) -> Result<Cached<LeagueFile>, RegistryError> {
        if let Some(file) = self.get(id) {
            return Ok(Cached {
                value: file,
                stale: false,
            });
        }
        match (&self.sba, id == SBA_LEAGUE_ID) {
            (Some(sba), true) => Ok(sba.league_file().await?),
            _ => Err(RegistryError::Unknown(id.to_string())),
        }
    }
}
