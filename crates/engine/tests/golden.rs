//! Golden games: seeded full games' play-by-play, checked in with insta, so any rules change
//! shows up as a readable diff (`cargo insta review` to accept an intended one).

use dugout_engine::{Game, Half, Mode, Play, SeededDice, SplitMix64, ai, sample, sim::play_game};
use std::fmt::Write;
use std::sync::Arc;

fn bases(p: &Play) -> String {
    let b = &p.state_before.bases;
    format!(
        "{}{}{}",
        if b.first.is_some() { '1' } else { '_' },
        if b.second.is_some() { '2' } else { '_' },
        if b.third.is_some() { '3' } else { '_' }
    )
}

fn play_by_play(game: &Game) -> String {
    let mut s = String::new();
    for p in game.plays() {
        let half = if p.half == Half::Top { 'T' } else { 'B' };
        let _ = writeln!(
            s,
            "{:>3} {half}{:<2} {}o {} {:>2}-{:<2} {}{}",
            p.play_no,
            p.inning,
            p.state_before.outs,
            bases(p),
            p.state_after.score.away,
            p.state_after.score.home,
            p.description,
            if p.runs_scored > 0 {
                format!(
                    "  [{} R, {} RBI, {} ER]",
                    p.runs_scored, p.rbi, p.earned_runs
                )
            } else {
                String::new()
            },
        );
    }
    let bs = game.box_score();
    let _ = writeln!(s, "line away {:?}", bs.line_score.away);
    let _ = writeln!(s, "line home {:?}", bs.line_score.home);
    let _ = writeln!(
        s,
        "R/H/E away {}/{}/{} home {}/{}/{}",
        bs.totals.away.r,
        bs.totals.away.h,
        bs.totals.away.e,
        bs.totals.home.r,
        bs.totals.home.h,
        bs.totals.home.e
    );
    let _ = writeln!(s, "decisions {:?}", bs.decisions);
    s
}

/// `sim::play_game` with [`Game::apply`] (which writes the play descriptions that
/// `sim::play_game`'s quiet apply leaves out); the same dice, AI and plays otherwise.
fn described_game(seed: u64) -> Game {
    let setup = Arc::new(sample::average_setup(seed, Mode::Auto));
    let mut game = Game::from_shared(Arc::clone(&setup)).expect("valid setup");
    let mut dice = SeededDice::new(seed);
    let mut manager = ai::Manager::new(SplitMix64::mix(seed, 0xA1));
    while let Some(choice) = manager.choose(&game) {
        game.apply(choice.action, &mut dice)
            .expect("the AI's move is legal");
    }
    let quiet = play_game(setup, seed).expect("game");
    assert_eq!(quiet.plays().len(), game.plays().len());
    assert_eq!(
        quiet.box_score(),
        game.box_score(),
        "quiet play is the same game"
    );
    game
}

fn golden(seed: u64) -> String {
    let game = described_game(seed);
    assert!(game.is_over());
    play_by_play(&game)
}

#[test]
fn golden_game_seed_1() {
    insta::assert_snapshot!(golden(1));
}

#[test]
fn golden_game_seed_2() {
    insta::assert_snapshot!(golden(2));
}

#[test]
fn golden_game_seed_2026() {
    insta::assert_snapshot!(golden(2026));
}
