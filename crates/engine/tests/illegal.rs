//! Random illegal (and occasionally legal) actions never panic, and a refused action changes
//! nothing. 120,000+ cases over seeded games in both modes.

mod common;

use common::{check_invariants, random_action};
use dugout_engine::{Game, Mode, SeededDice, SplitMix64, ai, sample};

/// What a refused action must leave as it was.
fn fingerprint(g: &Game) -> String {
    format!(
        "{:?} {:?} {} {:?} {:?} {} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        g.phase(),
        g.waiting_for(),
        g.outs(),
        g.score(),
        g.bases(),
        g.plays().len(),
        g.pending_roll(),
        g.defensive_decision(),
        g.offensive_decision(),
        g.batting_order(dugout_engine::Side::Home),
        g.batting_order(dugout_engine::Side::Away),
        g.lineup_history(dugout_engine::Side::Home).len()
            + g.lineup_history(dugout_engine::Side::Away).len(),
        g.pending_runner_decision(),
        g.pitcher().map(|p| p.id),
    )
}

fn hammer(seed: u64, mode: Mode, per_step: usize) -> usize {
    let mut game = Game::from_setup(sample::average_setup(seed, mode)).expect("setup");
    let mut dice = SeededDice::new(seed);
    let mut rng = SplitMix64::new(seed.wrapping_mul(31));
    let mut manager = ai::Manager::new(seed);
    let mut cases = 0;
    for _ in 0..2_000 {
        for _ in 0..per_step {
            let action = random_action(&game, &mut rng);
            // A full copy every 16th case; a fingerprint of the visible state otherwise (cheap).
            let full = (cases % 16 == 0).then(|| game.clone());
            let print = fingerprint(&game);
            cases += 1;
            match game.apply(action, &mut dice) {
                Ok(_) => check_invariants(&game),
                Err(e) => {
                    if let Some(before) = full {
                        assert_eq!(game, before, "refused ({}) but changed", e.code());
                    }
                    assert_eq!(
                        fingerprint(&game),
                        print,
                        "refused ({}) but changed",
                        e.code()
                    );
                    assert!(!e.to_string().is_empty());
                }
            }
        }
        let Some(choice) = manager.choose(&game) else {
            // Game over: every action is refused with game_over.
            let action = random_action(&game, &mut rng);
            let err = game.apply(action, &mut dice).expect_err("the game is over");
            assert_eq!(err.code(), "game_over");
            break;
        };
        game.apply(choice.action, &mut dice)
            .expect("the AI's move is legal");
    }
    cases
}

#[test]
fn random_actions_never_panic_auto() {
    let cases: usize = (0..80).map(|s| hammer(s, Mode::Auto, 8)).sum();
    assert!(cases >= 60_000, "{cases} cases");
}

#[test]
fn random_actions_never_panic_manual() {
    let cases: usize = (100..130).map(|s| hammer(s, Mode::Manual, 8)).sum();
    assert!(cases >= 60_000, "{cases} cases");
}
