//! `dugout loadgen`.

use std::process::ExitCode;

/// Arguments of `dugout loadgen`.
#[derive(clap::Args)]
pub struct LoadgenArgs {}

/// Runs `dugout loadgen`.
pub fn run(_args: LoadgenArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dugout loadgen is not available yet")
}
