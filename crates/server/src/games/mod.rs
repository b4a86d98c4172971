//! Games: one actor task per loaded game (the only writer of its state), the registry that loads
//! and unloads them, and the per-viewer views of their published snapshots.

pub mod command;
pub mod handle;
pub mod published;
pub mod registry;
pub mod view;
