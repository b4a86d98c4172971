//! A whole run: set every game slot up, start the clock when all are ready, play until the
//! deadline (a slot whose game ends starts another), merge the figures.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Semaphore, mpsc, watch};
use tokio::time::Instant;

use crate::config::Config;
use crate::manager::{Ending, Manager};
use crate::recorder::Recorder;
use crate::report::Report;
use crate::setup::{Login, Setup, SetupError};

/// Slots being set up at once (logins, game creation, socket connects), so a big run does not
/// open thousands of connections in the same instant.
const SETUP_CONCURRENCY: usize = 64;

/// A run that could not start.
#[derive(Debug, thiserror::Error)]
pub enum LoadgenError {
    /// Building the HTTP client or the runtime failed.
    #[error("could not start: {0}")]
    Start(String),
    /// The first setup step (Dugout: reading the league) failed: the server is not usable.
    #[error(transparent)]
    Setup(#[from] SetupError),
    /// No slot could be set up at all.
    #[error("no game could be set up: {0}")]
    NoGames(String),
}

/// What a slot reports when its first game is ready (or could not be made).
type Ready = Result<(), String>;

/// Runs the load on a new multi-threaded Tokio runtime (for the CLI).
///
/// # Errors
/// As [`run`].
pub fn run_blocking(config: Config) -> Result<Report, LoadgenError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|error| LoadgenError::Start(error.to_string()))?;
    runtime.block_on(run(config))
}

/// Drives `config.games` concurrent games for `config.duration` and reports.
///
/// # Errors
/// [`LoadgenError`] when nothing could be driven at all; failures of single games are counted in
/// the report's `errors` instead.
pub async fn run(config: Config) -> Result<Report, LoadgenError> {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|error| LoadgenError::Start(error.to_string()))?;
    let setup = Arc::new(Setup::new(&config, http).await?);
    let config = Arc::new(config);
    let permits = Arc::new(Semaphore::new(SETUP_CONCURRENCY));
    let (start_tx, start_rx) = watch::channel(None::<Instant>);
    let (ready_tx, mut ready_rx) = mpsc::channel::<Ready>(config.games as usize);

    let mut slots = Vec::new();
    for slot in 0..config.games {
        let (setup, config, permits) = (setup.clone(), config.clone(), permits.clone());
        let (start_rx, ready_tx) = (start_rx.clone(), ready_tx.clone());
        slots.push(tokio::spawn(async move {
            run_slot(slot, &setup, &config, &permits, start_rx, ready_tx).await
        }));
    }
    drop(ready_tx);

    let mut ready = 0;
    let mut first_failure = None;
    while let Some(outcome) = ready_rx.recv().await {
        match outcome {
            Ok(()) => ready += 1,
            Err(error) => {
                tracing::warn!(%error, "game slot setup failed");
                first_failure.get_or_insert(error);
            }
        }
    }
    let start = Instant::now();
    let deadline = start + config.duration;
    // Every slot is waiting on this; a send error only means no slot is left.
    let _ = start_tx.send(Some(start));
    if ready == 0 {
        for slot in slots {
            let _ = slot.await;
        }
        return Err(LoadgenError::NoGames(first_failure.unwrap_or_default()));
    }

    let mut total = Recorder::default();
    let mut completed = 0;
    for slot in slots {
        match slot.await {
            Ok((recorder, games)) => {
                total.merge(&recorder);
                completed += games;
            }
            Err(_) => total.error(),
        }
    }
    let elapsed = deadline.min(Instant::now()) - start;
    Ok(Report::new(&total, elapsed, completed))
}

/// One game slot: its two managers play game after game until the deadline.
async fn run_slot(
    slot: u32,
    setup: &Setup,
    config: &Config,
    permits: &Semaphore,
    mut start_rx: watch::Receiver<Option<Instant>>,
    ready_tx: mpsc::Sender<Ready>,
) -> (Recorder, u64) {
    let mut recorder = Recorder::default();
    let first = {
        let _permit = permits.acquire().await;
        prepare(slot, setup, config).await
    };
    let _ = ready_tx
        .send(first.as_ref().map(|_| ()).map_err(String::clone))
        .await;
    drop(ready_tx);
    let Ok(start) = start_rx.wait_for(Option::is_some).await.map(|start| *start) else {
        return (recorder, 0);
    };
    let Some(start) = start else {
        return (recorder, 0);
    };
    let deadline = start + config.duration;
    let Ok((logins, mut managers)) = first else {
        recorder.error();
        return (recorder, 0);
    };
    let mut completed = 0;
    loop {
        let [home, away] = managers;
        let mut home_recorder = Recorder::default();
        let (home_end, away_end) = tokio::join!(
            home.play(deadline, &mut home_recorder),
            away.play(deadline, &mut recorder)
        );
        recorder.merge(&home_recorder);
        if home_end == Ending::Completed && away_end == Ending::Completed {
            completed += 1;
        }
        if Instant::now() >= deadline {
            break;
        }
        match next_game(slot, setup, config, &logins).await {
            Ok(next) => managers = next,
            Err(error) => {
                tracing::warn!(slot, %error, "could not start the next game");
                recorder.error();
                break;
            }
        }
    }
    (recorder, completed)
}

/// Logs in the slot's two users and gets their first game ready.
async fn prepare(
    slot: u32,
    setup: &Setup,
    config: &Config,
) -> Result<([Login; 2], [Manager; 2]), String> {
    let home = setup
        .login(&format!("lg{slot}h"))
        .await
        .map_err(|e| e.to_string())?;
    let away = setup
        .login(&format!("lg{slot}a"))
        .await
        .map_err(|e| e.to_string())?;
    let logins = [home, away];
    let managers = next_game(slot, setup, config, &logins).await?;
    Ok((logins, managers))
}

/// Creates a game for the slot and connects both managers to it.
async fn next_game(
    slot: u32,
    setup: &Setup,
    config: &Config,
    [home, away]: &[Login; 2],
) -> Result<[Manager; 2], String> {
    let game = setup
        .create_game(slot, home, away)
        .await
        .map_err(|e| e.to_string())?;
    let home = Manager::join(config, home, "home", &game.game_id);
    let away = Manager::join(config, away, "away", &game.game_id);
    let (home, away) = tokio::join!(home, away);
    Ok([
        home.map_err(|e| e.to_string())?,
        away.map_err(|e| e.to_string())?,
    ])
}
