//! The server's dice: a cryptographically secure generator (ChaCha12 seeded from the OS), the only
//! randomness in the server. Every value drawn is recorded in the action log for exact replays.

use dugout_engine::{DiceSource, DiePurpose};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Fair dice from a CSPRNG.
pub struct CryptoDice(StdRng);

impl CryptoDice {
    /// Dice seeded from the operating system.
    pub fn new() -> Self {
        CryptoDice(StdRng::from_os_rng())
    }
}

impl Default for CryptoDice {
    fn default() -> Self {
        CryptoDice::new()
    }
}

impl DiceSource for CryptoDice {
    fn roll(&mut self, sides: u8, _purpose: DiePurpose) -> u8 {
        self.0.random_range(1..=sides.max(1))
    }
}
