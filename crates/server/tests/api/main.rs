//! The server's integration tests: the real app on a loopback port, real SQLite files and a real
//! PostgreSQL, real HTTP and Socket.IO clients. One binary; one module per area.

mod helpers;

mod auth;
mod authz;
mod bad_input;
mod basics;
mod concurrency;
mod connect;
mod discord;
mod export;
mod games;
mod limits;
mod lobby;
mod recovery;
mod rosters;
mod sba_league;
