//! Helpers for tests that build fixture sites: copy a fixture or the
//! example into a temporary folder, run `onrecord build --root --output` (or
//! the library's `build`), look at what it printed and wrote; and the
//! `Article`/`Actor` builders shared with the unit tests.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use onrecord::{BuildOptions, BuildReport};

/// What `builders` calls `super::model`.
pub use onrecord::model;

// The shared builders; the integration tests need only some of them.
#[allow(dead_code)]
#[path = "../../src/test_support.rs"]
pub mod builders;

/// The repository root, which is the example site.
pub fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies the example site's inputs (not its output) into `dest`.
pub fn copy_example(dest: &Path) {
    std::fs::create_dir_all(dest).unwrap();
    std::fs::copy(example().join("site.toml"), dest.join("site.toml")).unwrap();
    for dir in ["content", "static", "themes"] {
        let from = example().join(dir);
        if from.is_dir() {
            copy_dir(&from, &dest.join(dir));
        }
    }
}

/// `tests/fixtures/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A temporary folder holding a copy of a fixture site in `site/`, with
/// room beside it for output folders.
pub struct TempSite {
    pub dir: tempfile::TempDir,
}

impl TempSite {
    /// Copies `tests/fixtures/<name>` into a new temporary folder.
    pub fn copy(name: &str) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&fixture(name), &dir.path().join("site"));
        TempSite { dir }
    }

    /// Copies the example site (the repository root) into a new temporary folder.
    pub fn example() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_example(&dir.path().join("site"));
        TempSite { dir }
    }

    /// The site folder (holds `site.toml`).
    pub fn root(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    /// A path inside the site folder.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    /// Writes a file of the site, making its folders.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// An output folder beside the site, outside it.
    pub fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }

    /// `onrecord build --root <site> --output <out>`.
    pub fn build(&self) -> Run {
        build(&self.root(), &self.out())
    }
}

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    /// `None` when killed by a signal (a crash).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts a clean exit 0.
    #[track_caller]
    pub fn success(&self) -> &Self {
        assert_eq!(self.code, Some(0), "expected success: {self:#?}");
        self.no_panic()
    }

    /// Asserts a failure with `code`, not a crash.
    #[track_caller]
    pub fn failure(&self, code: i32) -> &Self {
        assert_eq!(self.code, Some(code), "expected exit {code}: {self:#?}");
        self.no_panic()
    }

    /// Asserts stderr holds every one of `parts`.
    #[track_caller]
    pub fn stderr_has(&self, parts: &[&str]) -> &Self {
        for part in parts {
            assert!(
                self.stderr.contains(part),
                "stderr lacks {part:?}:\n{}",
                self.stderr
            );
        }
        self
    }

    #[track_caller]
    fn no_panic(&self) -> &Self {
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        self
    }
}

/// Runs `onrecord` with `args`.
pub fn onrecord(args: &[&std::ffi::OsStr]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run onrecord");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `onrecord build --root <root> --output <out>`.
pub fn build(root: &Path, out: &Path) -> Run {
    onrecord(&[
        "build".as_ref(),
        "--root".as_ref(),
        root.as_os_str(),
        "--output".as_ref(),
        out.as_os_str(),
    ])
}

/// The library's `build` of `root` into `out`, which must succeed.
pub fn build_with_library(root: &Path, out: &Path) -> BuildReport {
    onrecord::build(&BuildOptions {
        root: root.to_path_buf(),
        output: Some(out.to_path_buf()),
        base_url: None,
    })
    .unwrap_or_else(|e| panic!("build of {} failed: {e}", root.display()))
}

/// Every file under `dir`: relative path (`/`-separated) -> bytes.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap();
            let rel = rel.to_string_lossy().replace('\\', "/");
            files.insert(rel, std::fs::read(entry.path()).unwrap());
        }
    }
    files
}

/// Names of the entries of `dir`, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Copies a folder tree (files and folders only), making `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
