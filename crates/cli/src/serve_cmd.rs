//! `dugout serve` (protocol.md §3): every setting is a flag and an environment variable.

use anyhow::Context;
use dugout_server::{App, DiscordSettings, SbaSettings, Settings};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `dugout serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "DUGOUT_BIND", default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// `sqlite://PATH` (created if missing) or `postgres://…`.
    #[arg(
        long = "database",
        env = "DATABASE_URL",
        default_value = "sqlite://dugout.db"
    )]
    database_url: String,
    /// Enable `POST /api/auth/local` (default: on when bound to loopback, else off).
    #[arg(long, env = "DUGOUT_LOCAL_LOGIN")]
    local_login: Option<BoolFlag>,
    /// Base URL used in redirects and cookies (default `http://<bind>`).
    #[arg(long, env = "DUGOUT_PUBLIC_URL")]
    public_url: Option<String>,
    /// Discord OAuth2 client id.
    #[arg(long, env = "DISCORD_CLIENT_ID")]
    discord_client_id: Option<String>,
    /// Discord OAuth2 client secret.
    #[arg(long, env = "DISCORD_CLIENT_SECRET", hide_env_values = true)]
    discord_client_secret: Option<String>,
    /// Discord OAuth2 redirect URI.
    #[arg(long, env = "DISCORD_REDIRECT_URI")]
    discord_redirect_uri: Option<String>,
    /// Discord API base (tests).
    #[arg(long, env = "DISCORD_API_BASE")]
    discord_api_base: Option<String>,
    /// SBA league API base URL.
    #[arg(long, env = "SBA_API_BASE")]
    sba_api_base: Option<String>,
    /// SBA league API token.
    #[arg(long, env = "SBA_API_TOKEN", hide_env_values = true)]
    sba_api_token: Option<String>,
    /// Extra league file (repeatable; in the environment, paths separated by `:`).
    #[arg(
        long = "league-file",
        env = "DUGOUT_LEAGUE_FILE",
        value_delimiter = ':'
    )]
    league_files: Vec<PathBuf>,
    /// Folder of the built web UI.
    #[arg(long, env = "DUGOUT_WEB_DIR", default_value = "web/dist")]
    web_dir: PathBuf,
    /// Log JSON lines instead of text.
    #[arg(long, env = "DUGOUT_LOG_JSON")]
    log_json: Option<BoolFlag>,
}

/// A boolean written as 1/0, true/false, on/off, yes/no.
#[derive(Clone, Copy, Debug)]
struct BoolFlag(bool);

impl std::str::FromStr for BoolFlag {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "1" | "true" | "on" | "yes" => Ok(BoolFlag(true)),
            "0" | "false" | "off" | "no" | "" => Ok(BoolFlag(false)),
            other => Err(format!(
                "expected 1/0, true/false, on/off or yes/no, got {other:?}"
            )),
        }
    }
}

impl ServeArgs {
    fn settings(self) -> anyhow::Result<Settings> {
        let mut settings = Settings::new(self.database_url);
        settings.bind = self.bind;
        settings.local_login = self.local_login.map(|b| b.0);
        settings.public_url = self.public_url;
        settings.discord = match (
            self.discord_client_id,
            self.discord_client_secret,
            self.discord_redirect_uri,
        ) {
            (Some(client_id), Some(client_secret), Some(redirect_uri)) => Some(DiscordSettings {
                client_id,
                client_secret,
                redirect_uri,
                api_base: self.discord_api_base,
            }),
            (None, None, None) => None,
            _ => anyhow::bail!(
                "Discord login needs DISCORD_CLIENT_ID, DISCORD_CLIENT_SECRET and DISCORD_REDIRECT_URI together"
            ),
        };
        settings.sba = self.sba_api_base.map(|api_base| SbaSettings {
            api_base,
            api_token: self.sba_api_token,
        });
        settings.limits = settings.limits.clone().with_env()?;
        settings.league_files = self.league_files;
        settings.web_dir = self.web_dir;
        Ok(settings)
    }
}

/// Runs `dugout serve` until SIGTERM or SIGINT, then drains and exits 0.
pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    dugout_server::telemetry::init_tracing(args.log_json.is_some_and(|b| b.0));
    let settings = args.settings()?;
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let app = App::build(settings).await?;
        app.run_until(shutdown_signal()).await?;
        Ok(ExitCode::SUCCESS)
    })
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
