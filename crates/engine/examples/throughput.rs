//! Plays N average-card games on one thread and prints plays per second (a quick check of the
//! engine alone; `dugout sim` is the official figure).

use dugout_engine::{
    Mode, sample,
    sim::{Tally, play_game},
};
use std::sync::Arc;
use std::time::Instant;

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let setup = Arc::new(sample::average_setup(1, Mode::Auto));
    let start = Instant::now();
    let mut tally = Tally::default();
    for i in 0..n {
        match play_game(Arc::clone(&setup), i) {
            Ok(g) => tally.add_game(&g),
            Err(e) => eprintln!("game {i}: {e}"),
        }
    }
    let s = start.elapsed().as_secs_f64();
    println!(
        "{} games, {} plays, {:.3} s, {:.0} plays/s, {:.2} runs/team-game",
        tally.games,
        tally.plays,
        s,
        tally.plays as f64 / s,
        tally.runs as f64 / (2 * tally.games) as f64
    );
}
