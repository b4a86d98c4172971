//! `dugout sim` (rules.md §12): plays auto games between random pairs of a league's teams, both
//! sides AI, and prints aggregate statistics. Game `i` is seeded from (seed, i) and its tally is
//! integer counts, so every figure except the timing is independent of `--threads`.

use anyhow::{Context, bail};
use dugout_engine::sim::{Tally, play_game};
use dugout_engine::{GameSetup, Mode, SplitMix64, sample};
use dugout_model::LeagueFile;
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Arguments of `dugout sim`.
#[derive(clap::Args)]
pub struct SimArgs {
    /// Number of games.
    #[arg(long, default_value_t = 100)]
    games: u64,
    /// Seed: the same seed and league give the same statistics.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// League id: `mlb2023` (embedded) or `average` (built-in league of average cards).
    #[arg(long, default_value = "mlb2023")]
    league: String,
    /// Play a league file instead of an embedded league.
    #[arg(long)]
    league_file: Option<PathBuf>,
    /// Worker threads (default: the number of cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

/// Runs `dugout sim`.
pub fn run(args: SimArgs) -> anyhow::Result<ExitCode> {
    if args.games == 0 {
        bail!("--games must be at least 1");
    }
    let league = load_league(&args)?;
    if league.teams.len() < 2 {
        bail!("the league needs at least two teams");
    }
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 256);
    let setups = Setups::new(&league)?;
    let progress = progress_bar(args.games, args.json);
    let next = AtomicU64::new(0);
    let started = Instant::now();
    let first_error: Mutex<Option<String>> = Mutex::new(None);
    let total = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut tally = Tally::default();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= args.games {
                            break;
                        }
                        let seed = SplitMix64::mix(args.seed, i);
                        let result = setups
                            .for_game(seed)
                            .and_then(|setup| play_game(setup, seed).map_err(|e| e.to_string()));
                        match result {
                            Ok(game) => tally.add_game(&game),
                            Err(e) => {
                                if let Ok(mut slot) = first_error.lock() {
                                    slot.get_or_insert(format!("game {i}: {e}"));
                                }
                            }
                        }
                        if let Some(pb) = &progress {
                            pb.inc(1);
                        }
                    }
                    tally
                })
            })
            .collect();
        let mut total = Tally::default();
        for w in workers {
            if let Ok(t) = w.join() {
                total.merge(&t);
            }
        }
        total
    });
    let seconds = started.elapsed().as_secs_f64();
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    if let Some(e) = first_error.into_inner().ok().flatten() {
        bail!("a simulated game failed: {e}");
    }
    let out = report(&total, seconds);
    if args.json {
        println!("{}", serde_json::to_string(&out)?);
    } else {
        print_table(&out);
    }
    Ok(ExitCode::SUCCESS)
}

fn load_league(args: &SimArgs) -> anyhow::Result<LeagueFile> {
    if let Some(path) = &args.league_file {
        return dugout_league::load_file(path)
            .with_context(|| format!("loading {}", path.display()));
    }
    match args.league.as_str() {
        "average" => Ok(sample::average_league(30)),
        id => embedded_league(id),
    }
}

fn embedded_league(id: &str) -> anyhow::Result<LeagueFile> {
    dugout_league::embedded::by_id(id)
        .cloned()
        .with_context(|| format!("unknown league {id:?}: use mlb2023, average or --league-file"))
}

/// Game setups per (home, away) pair, built once and shared by every game between them, from
/// teams prepared once (roster and lineups vs either hand) so a new pair only copies two teams.
struct Setups {
    teams: Vec<sample::LeagueTeam>,
    settings: dugout_model::RuleSettings,
    cache: Mutex<HashMap<(usize, usize), Arc<GameSetup>>>,
}

impl Setups {
    fn new(league: &LeagueFile) -> anyhow::Result<Setups> {
        let settings = league.league.settings;
        let teams = league
            .teams
            .iter()
            .map(|t| sample::LeagueTeam::new(league, t.id, &settings))
            .collect::<Result<Vec<_>, String>>()
            .map_err(anyhow::Error::msg)?;
        Ok(Setups {
            teams,
            settings,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// A random pair of distinct teams from the game's seed.
    fn for_game(&self, seed: u64) -> Result<Arc<GameSetup>, String> {
        let mut rng = SplitMix64::new(seed ^ 0x5EED_7EA5);
        let n = self.teams.len() as u32;
        let h = rng.below(n) as usize;
        let mut a = rng.below(n - 1) as usize;
        if a >= h {
            a += 1;
        }
        let key = (h, a);
        if let Some(s) = self.cache.lock().map_err(|e| e.to_string())?.get(&key) {
            return Ok(Arc::clone(s));
        }
        let setup = Arc::new(sample::setup_between(
            &self.teams[h],
            &self.teams[a],
            Mode::Auto,
            self.settings,
        ));
        self.cache
            .lock()
            .map_err(|e| e.to_string())?
            .insert(key, Arc::clone(&setup));
        Ok(setup)
    }
}

fn progress_bar(games: u64, json: bool) -> Option<indicatif::ProgressBar> {
    if json || !std::io::stderr().is_terminal() || games < 200 {
        return None;
    }
    let pb = indicatif::ProgressBar::new(games);
    pb.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} games ({per_sec}, eta {eta})",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(pb)
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The JSON object of rules.md §12.
fn report(t: &Tally, seconds: f64) -> Value {
    let team_games = 2 * t.games;
    let mut re24 = Map::new();
    for outs in 0..3 {
        let mut row = Map::new();
        for bits in 0..8 {
            row.insert(
                Tally::re24_key(bits).to_string(),
                t.re24(outs, bits).map_or(Value::Null, |v| json!(v)),
            );
        }
        re24.insert(outs.to_string(), Value::Object(row));
    }
    json!({
        "games": t.games,
        "plate_appearances": t.pa,
        "plays": t.plays,
        "seconds": seconds,
        "plays_per_second": if seconds > 0.0 { t.plays as f64 / seconds } else { 0.0 },
        "runs_per_game": ratio(t.runs, team_games),
        "avg": ratio(t.h, t.ab),
        "obp": ratio(t.h + t.bb + t.hbp, t.ab + t.bb + t.hbp + t.sf),
        "slg": ratio(t.tb, t.ab),
        "hr_per_pa": ratio(t.hr, t.pa),
        "k_per_pa": ratio(t.k, t.pa),
        "bb_per_pa": ratio(t.bb, t.pa),
        "sb_per_game": ratio(t.sb, team_games),
        "cs_per_game": ratio(t.cs, team_games),
        "errors_per_game": ratio(t.errors, team_games),
        "dp_per_game": ratio(t.dp, team_games),
        "extra_inning_games": t.extra_inning_games,
        "re24": re24,
    })
}

fn print_table(v: &Value) {
    let f = |k: &str| v[k].as_f64().unwrap_or(0.0);
    println!("games               {}", v["games"]);
    println!("plate appearances   {}", v["plate_appearances"]);
    println!(
        "plays               {}  ({:.0} plays/s in {:.2} s)",
        v["plays"],
        f("plays_per_second"),
        f("seconds")
    );
    println!("runs per team-game  {:.2}", f("runs_per_game"));
    println!(
        "AVG / OBP / SLG     {:.3} / {:.3} / {:.3}",
        f("avg"),
        f("obp"),
        f("slg")
    );
    println!(
        "HR/PA K/PA BB/PA    {:.4} {:.4} {:.4}",
        f("hr_per_pa"),
        f("k_per_pa"),
        f("bb_per_pa")
    );
    println!(
        "SB CS E DP per game {:.2} {:.2} {:.2} {:.2}",
        f("sb_per_game"),
        f("cs_per_game"),
        f("errors_per_game"),
        f("dp_per_game")
    );
    println!("extra-inning games  {}", v["extra_inning_games"]);
    println!("RE24 (runs to end of half-inning)");
    for outs in 0..3 {
        let row: Vec<String> = (0..8)
            .map(|b| {
                let key = Tally::re24_key(b);
                match v["re24"][outs.to_string()][key].as_f64() {
                    Some(x) => format!("{key} {x:.2}"),
                    None => format!("{key}  -  "),
                }
            })
            .collect();
        println!("  {outs} out: {}", row.join("  "));
    }
}
