//! Integration tests: build fixture sites and assert on pages and JSON.

mod accuracy;
mod archive;
mod build;
mod errors;
mod escaping;
mod init;
mod output;
mod properties;
#[cfg(feature = "serve")]
mod serve;
mod site_checks;
mod snapshots_pages;
mod util;
