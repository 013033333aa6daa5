//! `onrecord archive` / `onrecord verify`, and reproducible builds.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use onrecord::archive::{self, ArchiveOptions, Problem};

use crate::util::{build_with_library, copy_example, example, tree};

fn make_archive(root: &Path, zip: &Path, epoch: Option<i64>) -> archive::ArchiveReport {
    archive::archive(&ArchiveOptions {
        root: root.to_path_buf(),
        output: Some(zip.to_path_buf()),
        source_date_epoch: epoch,
    })
    .unwrap()
}

/// Every entry of a zip: name -> bytes.
fn entries(zip: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        out.insert(file.name().unwrap().to_string(), bytes);
    }
    out
}

/// Writes a copy of `from` to `to`, with `edit` deciding each entry's fate:
/// `None` drops it, `Some(bytes)` writes it with those bytes.
fn rewrite(
    from: &Path,
    to: &Path,
    edit: impl Fn(&str, Vec<u8>) -> Option<Vec<u8>>,
    add: &[(&str, &[u8])],
) {
    let options = zip::write::SimpleFileOptions::default();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    for (name, bytes) in entries(from) {
        if let Some(bytes) = edit(&name, bytes) {
            writer.start_file(&name, options).unwrap();
            writer.write_all(&bytes).unwrap();
        }
    }
    for (name, bytes) in add {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap();
}

/// One archive of the example, shared by the tests that only read it.
fn example_archive(dir: &Path) -> PathBuf {
    let zip = dir.join("example.zip");
    make_archive(&example(), &zip, None);
    zip
}

#[test]
fn archive_holds_site_sources_manifest_and_readme_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("out/dossier.zip");
    let report = make_archive(&example(), &zip, None);
    assert_eq!(report.path, zip);

    let files = entries(&zip);
    let names: Vec<&String> = files.keys().collect();
    assert_eq!(names[0], archive::MANIFEST);
    assert_eq!(names[1], "README.txt");
    for name in [
        "site/index.html",
        "site/data/articles.json",
        "site/data/actors.json",
        "site/data/quotes.json",
        "source/site.toml",
        "source/content/articles/aljazeera-no-safe-exit.md",
        "source/content/actors/russia.md",
    ] {
        assert!(files.contains_key(name), "{name} missing from the archive");
    }
    assert_eq!(
        files["source/content/actors/russia.md"],
        std::fs::read(example().join("content/actors/russia.md")).unwrap()
    );

    let readme = String::from_utf8(files["README.txt"].clone()).unwrap();
    assert!(readme.contains("Aleppo, December 2016"), "{readme}");
    assert!(
        readme.contains("2016-12-11 (the newest article)"),
        "{readme}"
    );
    assert!(readme.contains("site/index.html"), "{readme}");

    // The manifest is `sha256sum` output: sorted, one line per other entry.
    let manifest = String::from_utf8(files[archive::MANIFEST].clone()).unwrap();
    let listed: Vec<&str> = manifest.lines().map(|l| &l[66..]).collect();
    let mut sorted = listed.clone();
    sorted.sort_unstable();
    assert_eq!(listed, sorted);
    assert_eq!(listed.len(), files.len() - 1);

    let verified = archive::verify(&zip).unwrap();
    assert!(verified.is_ok(), "{:?}", verified.problems);
    assert_eq!(verified.checked, files.len() - 1);
}

#[test]
fn entries_have_fixed_time_and_mode() {
    let dir = tempfile::tempdir().unwrap();
    let zip = example_archive(dir.path());
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
    for i in 0..archive.len() {
        let file = archive.by_index(i).unwrap();
        let time = file.last_modified().unwrap().to_string();
        assert_eq!(time, "2016-12-11 00:00:00", "{}", file.name().unwrap());
        assert_eq!(file.unix_mode().unwrap() & 0o777, 0o644);
    }
}

#[test]
fn source_date_epoch_sets_every_timestamp() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("epoch.zip");
    // 2023-11-14 22:13:20 UTC
    let report = make_archive(&example(), &zip, Some(1_700_000_000));
    assert_eq!(report.date.origin, archive::DateOrigin::SourceDateEpoch);
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
    for i in 0..archive.len() {
        let time = archive.by_index(i).unwrap().last_modified().unwrap();
        assert_eq!(time.to_string(), "2023-11-14 22:13:20");
    }
    let readme = String::from_utf8(entries(&zip)["README.txt"].clone()).unwrap();
    assert!(readme.contains("2023-11-14T22:13:20Z"), "{readme}");
}

#[test]
fn cli_reads_source_date_epoch_and_refuses_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("cli.zip");
    let run = |epoch: &str| {
        Command::new(env!("CARGO_BIN_EXE_onrecord"))
            .args(["archive", "--root"])
            .arg(example())
            .arg("-o")
            .arg(&zip)
            .env("SOURCE_DATE_EPOCH", epoch)
            .output()
            .unwrap()
    };
    let ok = run("1700000000");
    assert!(ok.status.success(), "{ok:?}");
    let readme = String::from_utf8(entries(&zip)["README.txt"].clone()).unwrap();
    assert!(readme.contains("2023-11-14T22:13:20Z"), "{readme}");

    let bad = run("yesterday");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("SOURCE_DATE_EPOCH"));

    let verified = Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .arg("verify")
        .arg(&zip)
        .output()
        .unwrap();
    assert!(verified.status.success());
    assert!(String::from_utf8_lossy(&verified.stdout).starts_with("OK: "));
}

#[test]
fn a_changed_byte_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let zip = example_archive(dir.path());
    let changed = dir.path().join("changed.zip");
    rewrite(
        &zip,
        &changed,
        |name, mut bytes| {
            if name == "site/data/quotes.json" {
                bytes[10] ^= 1;
            }
            Some(bytes)
        },
        &[],
    );
    let report = archive::verify(&changed).unwrap();
    assert_eq!(
        report.problems,
        vec![Problem::Changed("site/data/quotes.json".into())]
    );

    let failed = Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .arg("verify")
        .arg(&changed)
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failed.stdout).contains("changed: site/data/quotes.json"));
}

#[test]
fn a_damaged_zip_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let zip = example_archive(dir.path());
    let mut bytes = std::fs::read(&zip).unwrap();
    // A byte inside the compressed data of some entry.
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    let damaged = dir.path().join("damaged.zip");
    std::fs::write(&damaged, bytes).unwrap();
    // Either the zip no longer opens, or an entry fails its CRC or hash.
    if let Ok(report) = archive::verify(&damaged) {
        assert!(!report.is_ok(), "damage went unnoticed");
    }
}

#[test]
fn missing_and_extra_files_are_caught() {
    let dir = tempfile::tempdir().unwrap();
    let zip = example_archive(dir.path());
    let edited = dir.path().join("edited.zip");
    rewrite(
        &zip,
        &edited,
        |name, bytes| (name != "source/site.toml").then_some(bytes),
        &[("site/extra.html", b"<p>added later</p>")],
    );
    let report = archive::verify(&edited).unwrap();
    assert_eq!(
        report.problems,
        vec![
            Problem::Extra("site/extra.html".into()),
            Problem::Missing("source/site.toml".into()),
        ]
    );
}

#[test]
fn a_zip_without_manifest_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let zip = example_archive(dir.path());
    let stripped = dir.path().join("stripped.zip");
    rewrite(
        &zip,
        &stripped,
        |name, bytes| (name != archive::MANIFEST).then_some(bytes),
        &[],
    );
    let err = archive::verify(&stripped).unwrap_err();
    assert!(err.to_string().contains("MANIFEST.sha256"), "{err}");
    let not_zip = dir.path().join("not.zip");
    std::fs::write(&not_zip, "hello").unwrap();
    assert!(archive::verify(&not_zip).is_err());
}

#[test]
fn same_input_gives_byte_identical_archives() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(&dir.path().join("a"));
    copy_example(&dir.path().join("somewhere/else/b"));
    let first = dir.path().join("first.zip");
    let second = dir.path().join("out/second.zip");
    make_archive(&dir.path().join("a"), &first, None);
    make_archive(&dir.path().join("somewhere/else/b"), &second, None);
    assert!(
        std::fs::read(&first).unwrap() == std::fs::read(&second).unwrap(),
        "two archives of the same input differ"
    );
}

#[test]
fn builds_in_different_folders_are_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("deeper/b"));
    copy_example(&a);
    copy_example(&b);
    let out_a = dir.path().join("out-a");
    let out_b = dir.path().join("elsewhere/out-b");
    for (root, output) in [(&a, &out_a), (&b, &out_b)] {
        build_with_library(root, output);
    }
    let (tree_a, tree_b) = (tree(&out_a), tree(&out_b));
    assert!(tree_a.contains_key("index.html"));
    assert_eq!(
        tree_a.keys().collect::<Vec<_>>(),
        tree_b.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &tree_a {
        assert!(bytes == &tree_b[name], "{name} differs between the builds");
        let text = String::from_utf8_lossy(bytes);
        for root in [&a, &b, &out_a, &out_b] {
            let path = root.display().to_string();
            assert!(!text.contains(&path), "{name} holds the path {path}");
        }
    }
}

#[test]
fn nested_articles_are_archived_and_hidden_files_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    onrecord::init::init(&site).unwrap();
    let nested = site.join("content/articles/2024/03");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::rename(
        site.join("content/articles/example.md"),
        nested.join("example.md"),
    )
    .unwrap();
    std::fs::write(nested.join(".example.md.swp"), "editor state").unwrap();
    let zip = dir.path().join("nested.zip");
    let report = make_archive(&site, &zip, None);
    assert_eq!(report.date.datetime.date(), jiff::civil::date(2024, 3, 4));

    let files = entries(&zip);
    assert!(files.contains_key("source/content/articles/2024/03/example.md"));
    assert!(!files.keys().any(|name| name.ends_with(".swp")));
    assert!(!files.keys().any(|name| name.contains(".github")));
    assert!(archive::verify(&zip).unwrap().is_ok());
}

#[test]
fn output_bookkeeping_stays_out_and_nojekyll_stays_in() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    onrecord::init::init(&site).unwrap();
    std::fs::create_dir_all(site.join("static")).unwrap();
    std::fs::write(site.join("static/.nojekyll"), "").unwrap();
    std::fs::write(site.join("static/.hidden-note"), "not for the archive").unwrap();
    let zip = dir.path().join("site.zip");
    make_archive(&site, &zip, None);
    let files = entries(&zip);
    assert!(files.contains_key("site/.nojekyll"), "{:?}", files.keys());
    assert!(!files.keys().any(|n| n.contains(".hidden-note")));
    let hidden: Vec<&String> = files
        .keys()
        .filter(|n| n.split('/').any(|part| part.starts_with('.')))
        .filter(|n| !n.ends_with(".nojekyll"))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}
