//! `Games`: game id → actor handle; loads games from the store on demand.

/// The registry of loaded games.
#[derive(Clone, Default)]
pub struct Games {}

impl Games {
    /// Updates the gauges that are sampled rather than counted.
    pub fn record_gauges(&self) {}
}
