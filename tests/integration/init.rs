//! `onrecord init`, and this repository's own Pages workflow.

use std::path::PathBuf;
use std::process::Command;

use onrecord::BuildOptions;

#[test]
fn init_starts_a_site_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("my-dossier");
    let init = Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .arg("init")
        .arg(&site)
        .output()
        .unwrap();
    assert!(init.status.success(), "{init:?}");
    for file in [
        "site.toml",
        "content/articles/example.md",
        "content/actors/example.md",
        ".gitignore",
        ".github/workflows/pages.yml",
    ] {
        assert!(site.join(file).is_file(), "{file} not written");
    }

    let report = onrecord::build(&BuildOptions {
        root: site.clone(),
        output: None,
        base_url: None,
    })
    .unwrap();
    assert_eq!(report.output, site.join("public"));
    assert!(site.join("public/index.html").is_file());
    let quotes = std::fs::read_to_string(site.join("public/data/quotes.json")).unwrap();
    let quotes: serde_json::Value = serde_json::from_str(&quotes).unwrap();
    let quote = &quotes["quotes"][0];
    assert_eq!(quote["speaker"], "Jane Doe", "{quotes:#}");
    assert_eq!(quote["actor"], "example", "{quotes:#}");

    // A second init in the same folder refuses and changes nothing.
    let before = std::fs::read(site.join("site.toml")).unwrap();
    let again = Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .arg("init")
        .arg(&site)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("overwritten"));
    assert_eq!(std::fs::read(site.join("site.toml")).unwrap(), before);
}

/// This repository publishes its example with the same kind of workflow.
#[test]
fn repository_pages_workflow_builds_and_deploys() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".github/workflows/pages.yml");
    let text = std::fs::read_to_string(path).unwrap();
    let yaml: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    assert_eq!(yaml["permissions"]["pages"], "write");
    assert_eq!(yaml["permissions"]["id-token"], "write");
    assert!(yaml["concurrency"]["group"].is_string());
    assert!(text.contains("cargo run --release --locked -- build"));
    for action in [
        "actions/checkout@",
        "actions/configure-pages@",
        "actions/upload-pages-artifact@",
        "actions/deploy-pages@",
    ] {
        assert!(text.contains(action), "{action}");
    }
}
