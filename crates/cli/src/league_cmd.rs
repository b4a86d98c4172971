//! `dugout league check PATH` and `dugout league show LEAGUE [TEAM]`.

use anyhow::Context;
use dugout_league::{LoadError, embedded, load_file, show};
use dugout_model::LeagueFile;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `dugout league`.
#[derive(clap::Args)]
pub struct LeagueArgs {
    #[command(subcommand)]
    command: LeagueCommand,
}

#[derive(clap::Subcommand)]
enum LeagueCommand {
    /// Validate a league file (JSON or .json.gz): prints every problem, or "ok" with counts.
    /// Exit code 1 when the file has problems.
    Check {
        /// The league file; `mlb2023` checks the embedded sample league.
        path: PathBuf,
    },
    /// Print a league's teams, or one team's roster and cards (three columns × rows 2–12).
    Show {
        /// An embedded league id (`mlb2023`) or a league file path.
        league: String,
        /// A team abbreviation (`NYY`) or id.
        team: Option<String>,
    },
}

/// Runs `dugout league`.
pub fn run(args: LeagueArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        LeagueCommand::Check { path } => check(&path),
        LeagueCommand::Show { league, team } => show_league(&league, team.as_deref()),
    }
}

fn check(path: &Path) -> anyhow::Result<ExitCode> {
    let loaded = match embedded_by_arg(path) {
        Some(bytes) => dugout_league::parse_slice(bytes).map_err(LoadError::from),
        None => load_file(path),
    };
    match loaded {
        Ok(file) => {
            let cards = file
                .players
                .iter()
                .map(|p| {
                    usize::from(p.batting_card.is_some())
                        + usize::from(p.pitching.as_ref().is_some_and(|pi| pi.card.is_some()))
                })
                .sum::<usize>();
            println!(
                "ok: league {} ({}), {} teams, {} players, {} cards",
                file.league.id,
                file.league.name,
                file.teams.len(),
                file.players.len(),
                cards
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(LoadError::Invalid(problems)) => {
            println!("{}: {problems}", path.display());
            Ok(ExitCode::from(1))
        }
        Err(other) => Err(other.into()),
    }
}

/// `mlb2023` (no such file in the working directory) names the embedded file.
fn embedded_by_arg(path: &Path) -> Option<&'static [u8]> {
    (path.as_os_str() == embedded::MLB2023_ID && !path.exists()).then(embedded::mlb2023_gz)
}

fn open_league(arg: &str) -> anyhow::Result<std::borrow::Cow<'static, LeagueFile>> {
    if let Some(file) = embedded::by_id(arg) {
        return Ok(std::borrow::Cow::Borrowed(file));
    }
    let path = Path::new(arg);
    if path.exists() {
        let file = load_file(path).with_context(|| format!("loading {arg}"))?;
        return Ok(std::borrow::Cow::Owned(file));
    }
    anyhow::bail!(
        "no league {arg:?}: expected one of {} or a league file path",
        embedded::EMBEDDED_IDS.join(", ")
    )
}

/// Prints to stdout; a closed pipe (`| head`) ends the output quietly instead of panicking.
fn emit(text: &str) -> anyhow::Result<ExitCode> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(ExitCode::SUCCESS),
    }
}

fn show_league(league: &str, team: Option<&str>) -> anyhow::Result<ExitCode> {
    let file = open_league(league)?;
    let Some(team) = team else {
        let mut text = show::render_teams(&file);
        if file.league.id == embedded::MLB2023_ID {
            text.push('\n');
            text.push_str(embedded::MLB2023_ATTRIBUTION);
            text.push('\n');
        }
        return emit(&text);
    };
    let found = file
        .teams
        .iter()
        .find(|t| t.abbrev.eq_ignore_ascii_case(team) || t.id.0.to_string() == team);
    match found {
        Some(t) => emit(&show::render_team(&file, t)),
        None => {
            let abbrevs: Vec<&str> = file.teams.iter().map(|t| t.abbrev.as_str()).collect();
            anyhow::bail!(
                "no team {team:?} in {}: teams are {}",
                file.league.id,
                abbrevs.join(" ")
            )
        }
    }
}
