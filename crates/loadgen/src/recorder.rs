//! Per-manager counters and latency histogram, merged into one at the end of a run (no shared
//! lock on the hot path).

use std::collections::BTreeMap;
use std::time::Duration;

use hdrhistogram::Histogram;

/// Latencies are recorded in microseconds, from 1 µs to 60 s, at 3 significant digits.
const MAX_LATENCY_US: u64 = 60_000_000;

/// What one manager (or, merged, the whole run) saw.
#[derive(Debug, Clone)]
pub(crate) struct Recorder {
    /// Acks of accepted actions.
    pub(crate) actions: u64,
    /// Acks that refused the action, by error code.
    pub(crate) refusals: BTreeMap<String, u64>,
    /// Actions never acknowledged in time, lost connections, failed setups.
    pub(crate) errors: u64,
    /// Ack latency of every acknowledged action (accepted or refused).
    pub(crate) latency_us: Histogram<u64>,
}

impl Default for Recorder {
    fn default() -> Self {
        Recorder {
            actions: 0,
            refusals: BTreeMap::new(),
            errors: 0,
            latency_us: new_histogram(),
        }
    }
}

fn new_histogram() -> Histogram<u64> {
    // Constant, valid bounds: this cannot fail.
    Histogram::new_with_bounds(1, MAX_LATENCY_US, 3).expect("valid histogram bounds")
}

impl Recorder {
    /// An accepted action and its ack latency.
    pub(crate) fn accepted(&mut self, latency: Duration) {
        self.actions += 1;
        self.record_latency(latency);
    }

    /// A refused action (ack with `ok: false`) and its ack latency.
    pub(crate) fn refused(&mut self, code: &str, latency: Duration) {
        *self.refusals.entry(code.to_owned()).or_default() += 1;
        self.record_latency(latency);
    }

    /// Something that should not happen under load.
    pub(crate) fn error(&mut self) {
        self.errors += 1;
    }

    fn record_latency(&mut self, latency: Duration) {
        let micros = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
        self.latency_us
            .saturating_record(micros.clamp(1, MAX_LATENCY_US));
    }

    /// Adds another recorder's counts to this one.
    pub(crate) fn merge(&mut self, other: &Recorder) {
        self.actions += other.actions;
        self.errors += other.errors;
        for (code, count) in &other.refusals {
            *self.refusals.entry(code.clone()).or_default() += count;
        }
        // Same bounds on both sides, so adding cannot fail; count a failure as an error anyway.
        if self.latency_us.add(&other.latency_us).is_err() {
            self.errors += 1;
        }
    }

    /// Total refusals.
    pub(crate) fn refusal_count(&self) -> u64 {
        self.refusals.values().sum()
    }

    /// Latency at `quantile` (0..=1) in milliseconds; 0 without samples.
    pub(crate) fn latency_ms(&self, quantile: f64) -> f64 {
        if self.latency_us.is_empty() {
            return 0.0;
        }
        self.latency_us.value_at_quantile(quantile) as f64 / 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_of_known_samples() {
        let mut recorder = Recorder::default();
        // 1..=100 ms: p50 is 50 ms, p99 is 99 ms (within the histogram's 3 digits).
        for ms in 1..=100 {
            recorder.accepted(Duration::from_millis(ms));
        }
        assert!(
            (recorder.latency_ms(0.5) - 50.0).abs() < 0.1,
            "{}",
            recorder.latency_ms(0.5)
        );
        assert!(
            (recorder.latency_ms(0.99) - 99.0).abs() < 0.1,
            "{}",
            recorder.latency_ms(0.99)
        );
        assert_eq!(recorder.actions, 100);
    }

    #[test]
    fn empty_recorder_reports_zero_latency() {
        assert_eq!(Recorder::default().latency_ms(0.99), 0.0);
    }

    #[test]
    fn merge_adds_counts_and_samples() {
        let mut a = Recorder::default();
        let mut b = Recorder::default();
        a.accepted(Duration::from_millis(1));
        a.refused("stale_version", Duration::from_millis(2));
        b.refused("stale_version", Duration::from_millis(3));
        b.refused("busy", Duration::from_millis(4));
        b.error();
        a.merge(&b);
        assert_eq!(a.actions, 1);
        assert_eq!(a.refusal_count(), 3);
        assert_eq!(a.refusals["stale_version"], 2);
        assert_eq!(a.errors, 1);
        assert_eq!(a.latency_us.len(), 4);
        assert!((a.latency_ms(1.0) - 4.0).abs() < 0.01);
    }

    #[test]
    fn sub_microsecond_and_huge_latencies_are_clamped() {
        let mut recorder = Recorder::default();
        recorder.accepted(Duration::from_nanos(10));
        recorder.accepted(Duration::from_secs(3600));
        assert_eq!(recorder.latency_us.len(), 2);
        assert!(recorder.latency_ms(1.0) <= 60_100.0);
    }
}
