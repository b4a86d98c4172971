//! Accounts: sessions (cookie), API tokens (Bearer / socket `auth.token`), login and logout.

pub mod discord;
pub mod extract;
pub mod origin;
pub mod routes;
pub mod session;
