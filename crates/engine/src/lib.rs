//! See the crate description in Cargo.toml; modules are added as the crate grows.
#![forbid(unsafe_code)]

pub mod advance;
pub mod charts;
pub mod fielding;
