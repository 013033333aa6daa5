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
    // A byte inside the compressed data of an entry: after the local header
    // (30 bytes, then the name and the extra field) of data/quotes.json. The
    // middle of the file may land in a header field that `verify` does not
    // read.
    let name = b"site/data/quotes.json";
    let at = bytes
        .windows(name.len())
        .position(|w| w == name)
        .expect("the archive holds data/quotes.json");
    let header = at - 30;
    assert_eq!(&bytes[header..header + 4], b"PK\x03\x04", "a local header");
    let extra = usize::from(u16::from_le_bytes([bytes[header + 28], bytes[header + 29]]));
    bytes[at + name.len() + extra + 16] ^= 0xff;
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

/// A zip of stored entries written byte by byte, so that tests can make
/// what no zip library writes: duplicate names, `..`, backslashes.
fn raw_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in entries {
        let (crc, size, len) = (crc32(bytes), bytes.len() as u32, name.len() as u16);
        let offset = out.len() as u32;
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend([20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        out.extend(crc.to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend(len.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out.extend(name.as_bytes());
        out.extend(*bytes);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend([20, 3, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        central.extend(crc.to_le_bytes());
        central.extend(size.to_le_bytes());
        central.extend(size.to_le_bytes());
        central.extend(len.to_le_bytes());
        central.extend([0u8; 12]);
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let start = out.len() as u32;
    let count = entries.len() as u16;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0, 0, 0, 0]);
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend([0, 0]);
    out
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn verify_raw(entries: &[(&str, &[u8])]) -> Vec<Problem> {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("raw.zip");
    std::fs::write(&zip, raw_zip(entries)).unwrap();
    archive::verify(&zip).unwrap().problems
}

#[test]
fn a_good_raw_zip_verifies() {
    let manifest = format!("{}  site/a.html\n", sha256(b"a"));
    let problems = verify_raw(&[
        ("MANIFEST.sha256", manifest.as_bytes()),
        ("site/a.html", b"a"),
    ]);
    assert_eq!(problems, []);
}

#[test]
fn a_file_listed_twice_is_caught() {
    let manifest = format!(
        "{}  site/a.html\n{}  site/a.html\n",
        sha256(b"tampered"),
        sha256(b"a")
    );
    let problems = verify_raw(&[
        ("MANIFEST.sha256", manifest.as_bytes()),
        ("site/a.html", b"a"),
    ]);
    assert!(
        problems.contains(&Problem::ListedTwice("site/a.html".into())),
        "{problems:?}"
    );
}

#[test]
fn a_duplicate_entry_is_caught() {
    let manifest = format!("{}  site/a.html\n", sha256(b"a"));
    let problems = verify_raw(&[
        ("MANIFEST.sha256", manifest.as_bytes()),
        ("site/a.html", b"evil"),
        ("site/a.html", b"a"),
    ]);
    assert!(
        problems.contains(&Problem::DuplicateEntry("site/a.html".into())),
        "{problems:?}"
    );
}

#[test]
fn names_that_unpack_outside_are_caught() {
    for bad in [
        "../evil.sh",
        "/tmp/x",
        "site/../../x",
        "..\\x",
        "C:/x",
        "c:x",
    ] {
        let manifest = format!("{}  {bad}\n{}  site/a.html\n", sha256(b"x"), sha256(b"a"));
        let problems = verify_raw(&[
            ("MANIFEST.sha256", manifest.as_bytes()),
            (bad, b"x"),
            ("site/a.html", b"a"),
        ]);
        assert!(
            problems.contains(&Problem::UnsafeName(bad.into())),
            "{bad}: {problems:?}"
        );
    }
}

#[test]
fn an_empty_manifest_is_caught() {
    assert_eq!(
        verify_raw(&[("MANIFEST.sha256", b"")]),
        [Problem::EmptyManifest]
    );
}

#[test]
fn files_and_manifest_must_match_both_ways() {
    let manifest = format!(
        "{}  site/a.html\n{}  site/b.html\n",
        sha256(b"a"),
        sha256(b"b")
    );
    let problems = verify_raw(&[
        ("MANIFEST.sha256", manifest.as_bytes()),
        ("site/a.html", b"a"),
        ("site/c.html", b"c"),
    ]);
    assert_eq!(
        problems,
        [
            Problem::Extra("site/c.html".into()),
            Problem::Missing("site/b.html".into())
        ]
    );
}

#[cfg(unix)]
#[test]
fn verify_refuses_a_fifo() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.zip");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let err = archive::verify(&fifo).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
}

#[test]
fn a_manifest_bigger_than_the_limit_is_refused_unread() {
    // Declares 100 MiB: refused from the header, before any is unpacked.
    let mut zip = raw_zip(&[("MANIFEST.sha256", b"x")]);
    let size = (100u32 << 20).to_le_bytes();
    let central = zip.len() - 22 - 46 - "MANIFEST.sha256".len();
    zip[central + 24..central + 28].copy_from_slice(&size);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.zip");
    std::fs::write(&path, zip).unwrap();
    let err = archive::verify(&path).unwrap_err();
    assert!(err.to_string().contains("more than"), "{err}");
}

#[test]
fn archive_refuses_to_overwrite_its_sources() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_example(&root);
    let before = std::fs::read(root.join("site.toml")).unwrap();
    for target in [
        "site.toml",
        "content/x.zip",
        "content/articles",
        "themes/a.zip",
        "static/a.zip",
        ".",
    ] {
        let result = archive::archive(&ArchiveOptions {
            root: root.clone(),
            output: Some(root.join(target)),
            source_date_epoch: Some(0),
        });
        let err = result.err().unwrap_or_else(|| panic!("{target} accepted"));
        assert!(err.to_string().contains("refusing"), "{target}: {err}");
    }
    assert_eq!(std::fs::read(root.join("site.toml")).unwrap(), before);
    assert!(!root.join("content/x.zip").exists());
}
