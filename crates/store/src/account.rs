//! Users and API tokens.

use rand::RngCore;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

/// A user as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// `"discord:1234"` or `"local:alice"`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Avatar image URL, if the identity provider gave one.
    pub avatar_url: Option<String>,
    /// First login.
    pub created_at: OffsetDateTime,
    /// Last profile update (every login refreshes name and avatar).
    pub updated_at: OffsetDateTime,
}

/// A user to create or refresh at login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    /// `"discord:1234"` or `"local:alice"`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Avatar image URL.
    pub avatar_url: Option<String>,
}

/// Makes a new API token: 32 random bytes as 64 hex digits. 256 bits from the OS-seeded CSPRNG
/// are unguessable, which is also why a fast hash (not a password hash) is enough to store it.
pub(crate) fn generate_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    to_hex(&bytes)
}

/// What the database keeps instead of the token: hex SHA-256.
pub(crate) fn hash_token(token: &str) -> String {
    to_hex(&Sha256::digest(token.as_bytes()))
}

fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_64_hex_digits_and_differ() {
        let a = generate_token();
        let b = generate_token();
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn hash_is_sha256_hex() {
        assert_eq!(
            hash_token("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
