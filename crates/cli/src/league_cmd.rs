//! `dugout league`.

use std::process::ExitCode;

/// Arguments of `dugout league`.
#[derive(clap::Args)]
pub struct LeagueArgs {}

/// Runs `dugout league`.
pub fn run(_args: LeagueArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dugout league is not available yet")
}
