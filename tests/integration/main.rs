//! Integration tests: build fixture sites and assert on pages and JSON.

mod errors;
mod escaping;
mod output;
mod properties;
mod serve;
mod util;
