//! Games: one actor task per loaded game (the only writer of its state), the registry that loads
//! and unloads them, and the per-viewer views of their published snapshots.

pub mod actor;
pub mod broadcast;
pub mod command;
pub mod dice;
pub mod handle;
pub mod live;
pub mod load;
pub mod published;
pub mod registry;
pub mod rosters;
pub mod setup_doc;
pub mod snapshot;
pub mod view;
