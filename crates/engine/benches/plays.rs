//! Criterion benches: one plate appearance and one full AI-vs-AI auto game.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use dugout_engine::{Game, Mode, SeededDice, ai, sample, sim::play_game};
use std::hint::black_box;
use std::sync::Arc;

fn one_plate_appearance(c: &mut Criterion) {
    let setup = Arc::new(sample::average_setup(1, Mode::Auto));
    let game = Game::from_shared(Arc::clone(&setup)).expect("setup");
    let mut seed = 0u64;
    c.bench_function("one plate appearance (auto, AI decisions)", |b| {
        b.iter_batched(
            || {
                seed += 1;
                (game.clone(), SeededDice::new(seed), ai::Manager::new(seed))
            },
            |(mut g, mut dice, mut m)| {
                let start = g.plays().len();
                while g.plays().len() == start && !g.is_over() {
                    let choice = m.choose(&g).expect("a move");
                    g.apply(choice.action, &mut dice).expect("legal");
                }
                black_box(g)
            },
            BatchSize::SmallInput,
        );
    });
}

fn one_full_game(c: &mut Criterion) {
    let setup = Arc::new(sample::average_setup(1, Mode::Auto));
    let mut seed = 0u64;
    c.bench_function("one full game (auto, AI vs AI)", |b| {
        b.iter(|| {
            seed += 1;
            black_box(play_game(Arc::clone(&setup), seed).expect("game"))
        });
    });
}

criterion_group!(benches, one_plate_appearance, one_full_game);
criterion_main!(benches);
