//! `dugout`: one binary for the server, the simulator, league tools and the load generator.
//! Each subcommand lives in its own module; this file only dispatches.
#![forbid(unsafe_code)]

mod league_cmd;
mod loadgen_cmd;
mod serve_cmd;
mod sim_cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

// The server's hot path allocates many small JSON values per action; mimalloc serves those
// faster than the system allocator (BENCHMARKS.md, server section).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Dugout: real-time Strat-O-Matic-style baseball.
#[derive(Parser)]
#[command(name = "dugout", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

// Parsed once at start; the size of `serve`'s many settings does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum Command {
    /// Run the server (protocol.md §3).
    Serve(serve_cmd::ServeArgs),
    /// Play auto games with the engine alone and print aggregate statistics (rules.md §12).
    Sim(sim_cmd::SimArgs),
    /// Check league files and print rosters and cards.
    League(league_cmd::LeagueArgs),
    /// Drive a server with concurrent games and report throughput and latency.
    Loadgen(loadgen_cmd::LoadgenArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => serve_cmd::run(args),
        Command::Sim(args) => sim_cmd::run(args),
        Command::League(args) => league_cmd::run(args),
        Command::Loadgen(args) => loadgen_cmd::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
