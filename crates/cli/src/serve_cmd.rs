//! `dugout serve`.

use std::process::ExitCode;

/// Arguments of `dugout serve`.
#[derive(clap::Args)]
pub struct ServeArgs {}

/// Runs `dugout serve`.
pub fn run(_args: ServeArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dugout serve is not available yet")
}
