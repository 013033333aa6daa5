//! Integration tests: build fixture sites and assert on pages and JSON.

mod accuracy;
mod archive;
mod build;
mod cli;
mod errors;
mod escaping;
mod init;
mod output;
mod pages;
mod properties;
mod quotes_snapshots;
mod serve;
mod themes;
mod util;
