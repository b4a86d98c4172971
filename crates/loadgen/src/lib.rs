//! `dugout loadgen`: drives N concurrent games on a Dugout server or on the baseline (the Python
//! stack Dugout replaces) through the wire protocol, with real Socket.IO clients, and reports
//! accepted actions per second and acknowledgement latency.
//!
//! Each game slot runs two managers (one socket each). A manager acts as soon as a state it
//! receives says it is its side's turn (manual mode: defensive decision → offensive decision →
//! roll → outcome, answering runner decisions), with `expected_version` and a fresh `action_id`
//! on every action, and waits for the ack before acting again. When a game ends the slot starts
//! another. The run stops by itself after the given seconds; targets must be loopback addresses.
#![forbid(unsafe_code)]

mod config;
mod manager;
mod policy;
mod recorder;
mod report;
mod run;
mod setup;

pub use config::{Config, ConfigError, ServerKind};
pub use report::Report;
pub use run::{LoadgenError, run, run_blocking};
