//! `dugout sim`.

use std::process::ExitCode;

/// Arguments of `dugout sim`.
#[derive(clap::Args)]
pub struct SimArgs {}

/// Runs `dugout sim`.
pub fn run(_args: SimArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dugout sim is not available yet")
}
