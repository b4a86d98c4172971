//! Dice as inputs: the engine draws every die it needs from a caller-supplied [`DiceSource`].
//!
//! The server implements it with a cryptographic RNG, tests and `dugout sim` with the seeded
//! [`SeededDice`], and replay with [`ScriptedDice`] fed the values a [`RecordingDice`] saw. Every die
//! consumed also appears in the resulting play's `rolls`.

/// Why a die is rolled (lets a source log or script dice by purpose).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DiePurpose {
    /// At-bat roll: the white d6 (column).
    Column,
    /// At-bat roll: a red d6 (row, two of them).
    Row,
    /// At-bat roll: the split d20.
    Split,
    /// The d20 of a wild-pitch / passed-ball check.
    WpPbCheck,
    /// Hit-location d20 (rules.md §5.1).
    Location,
    /// Ballpark d20.
    Ballpark,
    /// Fielding check: range d20.
    FieldingRange,
    /// Fielding check: one of the three error d6.
    FieldingError,
    /// Fielding check: rare-play d100.
    FieldingRare,
    /// Steal: a jump d6 (two of them).
    StealJump,
    /// Steal: the safe d20.
    StealSafe,
    /// Extra-base try d20.
    ExtraBase,
    /// Bunt d20.
    Bunt,
    /// Speed check d20 (catcher `SPD`).
    Speed,
    /// Pitcher-injury check (3d6 injury table not used; a d20 is not needed either — reserved).
    Injury,
}

/// Where the engine gets its dice. `roll(sides, _)` returns a value in `1..=sides`.
pub trait DiceSource {
    /// One die with `sides` faces (6, 20 or 100).
    fn roll(&mut self, sides: u8, purpose: DiePurpose) -> u8;
}

impl<T: DiceSource + ?Sized> DiceSource for &mut T {
    fn roll(&mut self, sides: u8, purpose: DiePurpose) -> u8 {
        (**self).roll(sides, purpose)
    }
}

/// Draws a die and keeps it in range whatever the source returns (a replay log could be corrupt).
pub(crate) fn draw(dice: &mut impl DiceSource, sides: u8, purpose: DiePurpose) -> u8 {
    dice.roll(sides, purpose).clamp(1, sides)
}

/// A small deterministic PRNG (SplitMix64), for tests, the AI and `dugout sim`. Never global: it is
/// passed in explicitly, so a seed reproduces a game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform value in `0..n` (`n > 0`), by multiply-shift (bias below 2^-32 for small `n`).
    pub fn below(&mut self, n: u32) -> u32 {
        (((self.next_u64() >> 32) * u64::from(n)) >> 32) as u32
    }

    /// Mixes two numbers into a seed (e.g. a sim seed and a game index).
    pub fn mix(a: u64, b: u64) -> u64 {
        let mut g = SplitMix64::new(a ^ b.wrapping_mul(0xD6E8_FEB8_6659_FD93));
        g.next_u64()
    }
}

/// Fair dice from a seeded [`SplitMix64`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeededDice(pub SplitMix64);

impl SeededDice {
    /// Dice seeded with `seed`.
    pub fn new(seed: u64) -> SeededDice {
        SeededDice(SplitMix64::new(seed))
    }
}

impl DiceSource for SeededDice {
    fn roll(&mut self, sides: u8, _purpose: DiePurpose) -> u8 {
        (self.0.below(u32::from(sides)) + 1) as u8
    }
}

/// Records every value another source gives, so an action can be replayed with [`ScriptedDice`].
#[derive(Debug)]
pub struct RecordingDice<D> {
    /// The source.
    pub inner: D,
    /// Every value drawn, in order.
    pub drawn: Vec<u8>,
}

impl<D: DiceSource> RecordingDice<D> {
    /// Wraps `inner`.
    pub fn new(inner: D) -> Self {
        RecordingDice {
            inner,
            drawn: Vec::new(),
        }
    }

    /// Takes the values recorded so far, leaving the record empty.
    pub fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.drawn)
    }
}

impl<D: DiceSource> DiceSource for RecordingDice<D> {
    fn roll(&mut self, sides: u8, purpose: DiePurpose) -> u8 {
        let v = self.inner.roll(sides, purpose);
        self.drawn.push(v);
        v
    }
}

/// Gives back recorded values in order. When the script runs out it answers 1 and notes it, so a
/// short log is detected ([`ScriptedDice::exhausted`]) instead of panicking.
#[derive(Debug, Clone, Default)]
pub struct ScriptedDice {
    values: Vec<u8>,
    next: usize,
    exhausted: bool,
}

impl ScriptedDice {
    /// A script of `values`.
    pub fn new(values: Vec<u8>) -> ScriptedDice {
        ScriptedDice {
            values,
            next: 0,
            exhausted: false,
        }
    }

    /// Whether a die was asked for after the script ran out.
    pub fn exhausted(&self) -> bool {
        self.exhausted
    }

    /// Values not yet used.
    pub fn remaining(&self) -> usize {
        self.values.len().saturating_sub(self.next)
    }
}

impl DiceSource for ScriptedDice {
    fn roll(&mut self, _sides: u8, _purpose: DiePurpose) -> u8 {
        match self.values.get(self.next) {
            Some(v) => {
                self.next += 1;
                *v
            }
            None => {
                self.exhausted = true;
                1
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_dice_are_fair_enough_and_in_range() {
        let mut d = SeededDice::new(7);
        let mut counts = [0u32; 6];
        for _ in 0..60_000 {
            let v = d.roll(6, DiePurpose::Column);
            assert!((1..=6).contains(&v));
            counts[usize::from(v - 1)] += 1;
        }
        for c in counts {
            assert!((9_000..11_000).contains(&c), "{counts:?}");
        }
        for _ in 0..1000 {
            assert!((1..=100).contains(&d.roll(100, DiePurpose::FieldingRare)));
        }
    }

    #[test]
    fn recording_then_scripting_reproduces() {
        let mut rec = RecordingDice::new(SeededDice::new(3));
        let a: Vec<u8> = (0..10).map(|_| rec.roll(20, DiePurpose::Split)).collect();
        let mut script = ScriptedDice::new(rec.take());
        let b: Vec<u8> = (0..10)
            .map(|_| script.roll(20, DiePurpose::Split))
            .collect();
        assert_eq!(a, b);
        assert!(!script.exhausted());
        script.roll(20, DiePurpose::Split);
        assert!(script.exhausted());
    }
}
