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
#[cfg(feature = "serve")]
mod serve;
#[cfg(feature = "serve")]
mod serve_incremental;
mod site_checks;
mod snapshots_pages;
mod themes;
mod util;
