//! Who has sockets in which game's room. Presence never changes a game's version; it only feeds
//! `user_joined`/`user_left` and each side's `connected` flag.

use std::collections::HashMap;
use std::sync::Mutex;
use uuid::Uuid;

/// Socket counts per game and user.
#[derive(Debug, Default)]
pub struct Presence {
    games: Mutex<HashMap<Uuid, HashMap<String, usize>>>,
}

impl Presence {
    /// A socket of `user` joined `game`; true when it is the user's first.
    pub fn join(&self, game: Uuid, user: &str) -> bool {
        let mut games = self.games.lock().unwrap_or_else(|e| e.into_inner());
        let count = games
            .entry(game)
            .or_default()
            .entry(user.to_string())
            .or_insert(0);
        *count += 1;
        *count == 1
    }

    /// A socket of `user` left `game`; true when it was the user's last.
    pub fn leave(&self, game: Uuid, user: &str) -> bool {
        let mut games = self.games.lock().unwrap_or_else(|e| e.into_inner());
        let Some(users) = games.get_mut(&game) else {
            return false;
        };
        let Some(count) = users.get_mut(user) else {
            return false;
        };
        *count -= 1;
        if *count > 0 {
            return false;
        }
        users.remove(user);
        if users.is_empty() {
            games.remove(&game);
        }
        true
    }

    /// Whether `user` has a socket in `game`.
    pub fn is_connected(&self, game: Uuid, user: &str) -> bool {
        let games = self.games.lock().unwrap_or_else(|e| e.into_inner());
        games.get(&game).is_some_and(|u| u.contains_key(user))
    }
}
