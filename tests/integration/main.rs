//! Integration tests: build fixture sites and assert on pages and JSON.

mod accuracy;
mod archive;
mod build;
mod init;
