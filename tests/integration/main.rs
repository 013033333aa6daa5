//! Integration tests: build fixture sites and assert on pages and JSON.

mod errors;
mod output;
mod properties;
mod serve;
mod util;
