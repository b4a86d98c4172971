//! The Discord user (`GET /users/@me`) as a Dugout account: id `discord:<snowflake>`, display
//! name, avatar URL on Discord's CDN. Everything Discord sends is checked and bounded here.

use dugout_store::NewUser;
use serde::Deserialize;

/// Discord's CDN, where avatar images live (not overridden by `DISCORD_API_BASE`: it is only
/// ever a link the browser loads).
pub const CDN_BASE: &str = "https://cdn.discordapp.com";

/// Longest display name kept (protocol.md §1.4: names ≤ 100 characters).
const MAX_NAME_CHARS: usize = 100;

/// The fields of Discord's user object that Dugout uses.
#[derive(Debug, Clone, Deserialize)]
pub struct DiscordUser {
    /// Snowflake id, a decimal string.
    pub id: String,
    /// Unique username.
    pub username: String,
    /// Display name, when the user set one.
    #[serde(default)]
    pub global_name: Option<String>,
    /// Avatar hash, or null for the default avatar.
    #[serde(default)]
    pub avatar: Option<String>,
    /// Legacy discriminator; `"0"` for users on the new username system.
    #[serde(default)]
    pub discriminator: Option<String>,
}

/// Why a user object cannot become an account.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProfileError {
    /// The id is not a snowflake.
    #[error("Discord user id {0:?} is not a snowflake")]
    BadId(String),
    /// Neither a display name nor a username.
    #[error("Discord user {0} has no name")]
    NoName(String),
}

impl DiscordUser {
    /// The account this Discord user logs in as (created on first login, refreshed after).
    ///
    /// # Errors
    /// [`ProfileError`] when Discord's answer is not a usable user.
    pub fn to_account(&self) -> Result<NewUser, ProfileError> {
        let snowflake =
            parse_snowflake(&self.id).ok_or_else(|| ProfileError::BadId(bounded(&self.id)))?;
        let name = [self.global_name.as_deref(), Some(self.username.as_str())]
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|n| !n.is_empty())
            .map(bounded)
            .ok_or_else(|| ProfileError::NoName(self.id.clone()))?;
        Ok(NewUser {
            id: format!("discord:{}", self.id),
            name,
            avatar_url: Some(self.avatar_url(snowflake)),
        })
    }

    /// The avatar's CDN URL: the custom avatar when its hash is sane, else Discord's default one.
    fn avatar_url(&self, snowflake: u64) -> String {
        match self.avatar.as_deref().filter(|h| is_avatar_hash(h)) {
            Some(hash) => format!("{CDN_BASE}/avatars/{}/{hash}.png", self.id),
            None => {
                // Discord's rule: new usernames pick by id, legacy tags by discriminator.
                let legacy = self
                    .discriminator
                    .as_deref()
                    .and_then(|d| d.parse::<u64>().ok())
                    .filter(|d| *d != 0);
                let index = match legacy {
                    Some(d) => d % 5,
                    None => (snowflake >> 22) % 6,
                };
                format!("{CDN_BASE}/embed/avatars/{index}.png")
            }
        }
    }
}

/// A snowflake: 1 to 20 decimal digits that fit a u64.
fn parse_snowflake(id: &str) -> Option<u64> {
    if id.is_empty() || id.len() > 20 || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    id.parse().ok()
}

/// Avatar hashes are short hex strings (animated ones start with `a_`).
fn is_avatar_hash(hash: &str) -> bool {
    !hash.is_empty()
        && hash.len() <= 64
        && hash.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// At most [`MAX_NAME_CHARS`] characters, without control characters.
fn bounded(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(global_name: Option<&str>, avatar: Option<&str>, discriminator: &str) -> DiscordUser {
        DiscordUser {
            id: "80351110224678912".into(),
            username: "nelly".into(),
            global_name: global_name.map(str::to_string),
            avatar: avatar.map(str::to_string),
            discriminator: Some(discriminator.into()),
        }
    }

    #[test]
    fn display_name_wins_over_username() {
        let account = user(Some("Nelly"), None, "0").to_account().unwrap();
        assert_eq!(account.id, "discord:80351110224678912");
        assert_eq!(account.name, "Nelly");
        let account = user(Some("  "), None, "0").to_account().unwrap();
        assert_eq!(account.name, "nelly");
    }

    #[test]
    fn avatar_urls_follow_the_cdn_pattern() {
        let custom = user(None, Some("8342729096ea3675442027381ff50dfe"), "0")
            .to_account()
            .unwrap();
        assert_eq!(
            custom.avatar_url.as_deref(),
            Some(
                "https://cdn.discordapp.com/avatars/80351110224678912/8342729096ea3675442027381ff50dfe.png"
            )
        );
        // (80351110224678912 >> 22) % 6 == 5
        let default_new = user(None, None, "0").to_account().unwrap();
        assert_eq!(
            default_new.avatar_url.as_deref(),
            Some("https://cdn.discordapp.com/embed/avatars/5.png")
        );
        let default_legacy = user(None, None, "1337").to_account().unwrap();
        assert_eq!(
            default_legacy.avatar_url.as_deref(),
            Some("https://cdn.discordapp.com/embed/avatars/2.png")
        );
        let hostile = user(None, Some("../../evil"), "0").to_account().unwrap();
        assert_eq!(
            hostile.avatar_url.as_deref(),
            Some("https://cdn.discordapp.com/embed/avatars/5.png")
        );
    }

    #[test]
    fn bad_ids_and_long_names_are_handled() {
        let mut u = user(None, None, "0");
        u.id = "12a".into();
        assert!(matches!(u.to_account(), Err(ProfileError::BadId(_))));
        u.id = "1".repeat(21);
        assert!(matches!(u.to_account(), Err(ProfileError::BadId(_))));
        let long = user(Some(&"é".repeat(300)), None, "0")
            .to_account()
            .unwrap();
        assert_eq!(long.name.chars().count(), 100);
    }
}
