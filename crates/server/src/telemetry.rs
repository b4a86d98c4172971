//! Logs (tracing) and metrics (Prometheus) set up once per process.

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use tracing_subscriber::EnvFilter;

/// Installs the tracing subscriber: `RUST_LOG` filter (default `info`), JSON lines when `json`.
/// Safe to call more than once (later calls do nothing).
pub fn init_tracing(json: bool) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// The process-wide Prometheus recorder. Metrics are global in the `metrics` crate, so every App in
/// a process (tests start several) shares one recorder.
pub fn prometheus() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            // Another recorder may already be installed (by an embedding program); then ours only
            // renders what it records, which is nothing, and /metrics stays valid.
            let _ = metrics::set_global_recorder(recorder);
            handle
        })
        .clone()
}

/// Metric names, in one place.
pub mod names {
    /// Counter: accepted actions.
    pub const ACTIONS: &str = "dugout_actions_total";
    /// Counter: refused events, label `code`.
    pub const REFUSALS: &str = "dugout_refusals_total";
    /// Histogram: seconds from handing a batch to the store until it is durable.
    pub const COMMIT_SECONDS: &str = "dugout_commit_seconds";
    /// Gauge: commands waiting in game mailboxes.
    pub const MAILBOX_DEPTH: &str = "dugout_mailbox_depth";
    /// Gauge: connected sockets.
    pub const SOCKETS: &str = "dugout_connected_sockets";
    /// Gauge: games loaded in memory.
    pub const LOADED_GAMES: &str = "dugout_loaded_games";
}
