//! `dugout loadgen`: drive a server (Dugout or the baseline) with concurrent games.

use std::process::ExitCode;

use dugout_loadgen::{Config, ServerKind};

/// Which server the target is.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ServerArg {
    /// A Dugout server (local login must be enabled, i.e. a loopback bind).
    Dugout,
    /// The baseline Python server of `../shared/baseline`.
    Baseline,
}

/// Arguments of `dugout loadgen`.
#[derive(clap::Args)]
pub struct LoadgenArgs {
    /// Base URL of the server; loopback addresses only.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    url: String,
    /// Which server it is (how games are set up).
    #[arg(long, value_enum, default_value = "dugout")]
    server: ServerArg,
    /// Concurrent games (two sockets each).
    #[arg(long, default_value_t = 10)]
    games: u32,
    /// How long to drive them.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Print one JSON object `{actions, actions_per_second, p50_ms, p99_ms, refusals, errors}`.
    #[arg(long)]
    json: bool,
}

/// Runs `dugout loadgen`.
pub fn run(args: LoadgenArgs) -> anyhow::Result<ExitCode> {
    let server = match args.server {
        ServerArg::Dugout => ServerKind::Dugout,
        ServerArg::Baseline => ServerKind::Baseline,
    };
    let config = Config::new(&args.url, server, args.games, args.seconds)?;
    let report = dugout_loadgen::run_blocking(config)?;
    if args.json {
        println!("{}", report.to_json());
    } else {
        println!("{report}");
    }
    Ok(ExitCode::SUCCESS)
}
