//! Stage 8: write. Rendered files -> the output folder, atomically.
//!
//! The site is written into a staging folder beside the output and swapped
//! in with renames only once every file is written, so a failed build
//! never leaves a half-written site where the last good one was.
//!
//! onrecord only deletes what it wrote: every output folder it makes holds
//! a manifest, [`MANIFEST`], listing its files. A folder without one (or
//! with files the manifest does not list) is never replaced or emptied.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};
use crate::render::OutputFile;

/// The manifest file, at the top of every output folder onrecord writes.
pub const MANIFEST: &str = ".onrecord-output";

/// First line of the manifest; the file paths follow, one a line.
const MANIFEST_HEADER: &str = "# written by onrecord; it deletes only the files listed here";

/// Writes `files` as the new content of `out`, replacing the site that
/// was there. `root` is the site folder, to refuse unsafe output folders.
pub fn write_site(root: &Path, out: &Path, files: &[OutputFile]) -> Result<()> {
    check_output_folder(root, out)?;
    check_paths(files)?;
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Error::Usage(format!("{} is not a folder name", out.display())))?;
    let staging = parent.join(format!(".{name}.onrecord-staging"));
    let old = parent.join(format!(".{name}.onrecord-old"));
    recover(out, &staging, &old)?;
    check_replaceable(out)?;

    std::fs::create_dir(&staging).map_err(|e| Error::io(&staging, e))?;
    let written = write_manifest(&staging, files).and_then(|()| write_all(&staging, files));
    if let Err(e) = written {
        let _ = remove_owned(&staging);
        return Err(e);
    }
    if out.exists() {
        std::fs::rename(out, &old).map_err(|e| Error::io(out, e))?;
    }
    if let Err(e) = std::fs::rename(&staging, out) {
        let _ = std::fs::rename(&old, out);
        let _ = remove_owned(&staging);
        return Err(Error::io(out, e));
    }
    if old.exists() {
        remove_owned(&old)?;
    }
    Ok(())
}

/// Refuses output folders whose replacement would destroy the site or
/// more: the site root or a parent of it, `content/`, `static/`,
/// `themes/` or anything inside them, the home folder and `/`.
pub fn check_output_folder(root: &Path, out: &Path) -> Result<()> {
    let root = canonical(root);
    let out_abs = canonical(out);
    let refuse = |why: &str| {
        Err(Error::Usage(format!(
            "refusing to use {} as the output folder: it is {why}; choose a folder of its own, such as `public`",
            out.display()
        )))
    };
    if out_abs.parent().is_none() {
        return refuse("the root of the file system");
    }
    if root.starts_with(&out_abs) {
        return refuse(if root == out_abs {
            "the site folder itself"
        } else {
            "a parent of the site folder"
        });
    }
    for inner in ["content", "static", "themes"] {
        if out_abs.starts_with(root.join(inner)) {
            return refuse(&format!("inside the site's {inner}/ folder"));
        }
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty())
        && canonical(Path::new(&home)) == out_abs
    {
        return refuse("your home folder");
    }
    if out.is_file() {
        return refuse("a file, not a folder");
    }
    // Renaming a link would swap the link, and deleting the old site would
    // follow it: ask for the real folder instead.
    if out
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        return refuse(&format!(
            "a symbolic link (to {}); give the folder it points to",
            out_abs.display()
        ));
    }
    Ok(())
}

/// The absolute, symlink-free form of `path`, which need not exist yet:
/// the deepest existing ancestor is canonicalized and the rest appended.
fn canonical(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut rest = Vec::new();
    let mut existing = absolute.as_path();
    loop {
        if let Ok(found) = existing.canonicalize() {
            let mut result = found;
            for part in rest.iter().rev() {
                match part {
                    Component::ParentDir => {
                        result.pop();
                    }
                    Component::Normal(name) => result.push(name),
                    _ => {}
                }
            }
            return result;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

/// Rendered paths must stay inside the output folder and not clash with the manifest.
fn check_paths(files: &[OutputFile]) -> Result<()> {
    for file in files {
        let path = Path::new(&file.path);
        let inside = !file.path.is_empty()
            && !file.path.contains('\\')
            && path.components().all(|c| matches!(c, Component::Normal(_)));
        if !inside || file.path == MANIFEST {
            return Err(Error::Usage(format!(
                "internal: refusing to write {:?} outside the output folder",
                file.path
            )));
        }
    }
    Ok(())
}

/// Cleans up after an interrupted build: a leftover staging folder is
/// removed; a previous site left aside by an interrupted swap is put back.
fn recover(out: &Path, staging: &Path, old: &Path) -> Result<()> {
    if staging.exists() {
        remove_owned(staging)?;
    }
    if old.exists() {
        if out.exists() {
            remove_owned(old)?;
        } else {
            std::fs::rename(old, out).map_err(|e| Error::io(old, e))?;
        }
    }
    Ok(())
}

/// An existing output folder may be replaced only if it is empty or every
/// file in it is one onrecord wrote (listed in its manifest).
fn check_replaceable(out: &Path) -> Result<()> {
    if !out.exists() {
        return Ok(());
    }
    let foreign = foreign_files(out)?;
    if foreign.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = foreign.iter().take(5).cloned().collect();
    let more = foreign.len().saturating_sub(listed.len());
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    let why = if out.join(MANIFEST).is_file() {
        "holds files onrecord did not write"
    } else {
        "is not empty and was not written by onrecord (it has no .onrecord-output manifest)"
    };
    Err(Error::Usage(format!(
        "output folder {} {why}: {}{more}. onrecord only replaces folders it made: \
         delete the folder, move those files (site files belong in static/), or choose another output folder",
        out.display(),
        listed.join(", ")
    )))
}

/// The files of `dir` its manifest does not list, sorted, `/`-separated.
fn foreign_files(dir: &Path) -> Result<Vec<String>> {
    let listed = read_manifest(dir);
    let mut foreign = Vec::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io(dir, e.into()))?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = relative(dir, entry.path());
        if rel != MANIFEST && !listed.contains(&rel) {
            foreign.push(rel);
        }
    }
    Ok(foreign)
}

fn read_manifest(dir: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(dir.join(MANIFEST))
        .map(|text| {
            text.lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn write_manifest(dir: &Path, files: &[OutputFile]) -> Result<()> {
    let mut text = format!("{MANIFEST_HEADER}\n");
    for file in files {
        text.push_str(&file.path);
        text.push('\n');
    }
    let path = dir.join(MANIFEST);
    std::fs::write(&path, text).map_err(|e| Error::io(&path, e))
}

fn write_all(dir: &Path, files: &[OutputFile]) -> Result<()> {
    for file in files {
        let path: PathBuf = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(&path, &file.bytes).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}

/// Removes a folder onrecord made: the files its manifest lists, then the
/// folders left empty. Anything else stays, and is reported.
fn remove_owned(dir: &Path) -> Result<()> {
    let foreign = foreign_files(dir)?;
    if !foreign.is_empty() {
        return Err(Error::Usage(format!(
            "{} holds files onrecord did not write ({}); remove it by hand",
            dir.display(),
            foreign.join(", ")
        )));
    }
    let mut dirs = Vec::new();
    for entry in walkdir::WalkDir::new(dir).contents_first(true) {
        let entry = entry.map_err(|e| Error::io(dir, e.into()))?;
        if entry.file_type().is_dir() {
            dirs.push(entry.into_path());
        } else {
            let path = entry.path();
            std::fs::remove_file(path).map_err(|e| Error::io(path, e))?;
        }
    }
    for d in dirs {
        std::fs::remove_dir(&d).map_err(|e| Error::io(&d, e))?;
    }
    Ok(())
}

fn relative(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    fn site_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/articles")).unwrap();
        dir
    }

    #[test]
    fn writes_manifest_and_replaces_own_output() {
        let dir = site_dir();
        let out = dir.path().join("public");
        write_site(
            dir.path(),
            &out,
            &[file("a.html", "1"), file("x/b.html", "2")],
        )
        .unwrap();
        let manifest = std::fs::read_to_string(out.join(MANIFEST)).unwrap();
        assert!(manifest.contains("\na.html\nx/b.html\n"), "{manifest}");
        write_site(dir.path(), &out, &[file("c.html", "3")]).unwrap();
        assert!(!out.join("a.html").exists());
        assert_eq!(std::fs::read_to_string(out.join("c.html")).unwrap(), "3");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert!(!names.iter().any(|n| n.contains("onrecord")), "{names:?}");
    }

    #[test]
    fn refuses_folder_it_did_not_write() {
        let dir = site_dir();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("thesis.docx"), "mine").unwrap();
        let err = write_site(dir.path(), &out, &[file("a.html", "1")]).unwrap_err();
        assert!(err.to_string().contains("thesis.docx"), "{err}");
        assert_eq!(
            std::fs::read_to_string(out.join("thesis.docx")).unwrap(),
            "mine"
        );
        // An empty folder is fine.
        std::fs::remove_file(out.join("thesis.docx")).unwrap();
        write_site(dir.path(), &out, &[file("a.html", "1")]).unwrap();
    }

    #[test]
    fn refuses_files_added_to_its_own_output() {
        let dir = site_dir();
        let out = dir.path().join("public");
        write_site(dir.path(), &out, &[file("a.html", "1")]).unwrap();
        std::fs::write(out.join("notes.txt"), "mine").unwrap();
        let err = write_site(dir.path(), &out, &[file("a.html", "2")]).unwrap_err();
        assert!(err.to_string().contains("notes.txt"), "{err}");
        assert_eq!(std::fs::read_to_string(out.join("a.html")).unwrap(), "1");
    }

    #[test]
    fn refuses_dangerous_output_folders() {
        let dir = site_dir();
        let root = dir.path();
        let bad = [
            root.to_path_buf(),
            root.join("."),
            root.join("content"),
            root.join("content/articles/x"),
            root.join("static"),
            root.parent().unwrap().to_path_buf(),
            root.join("public/../.."),
            PathBuf::from("/"),
        ];
        for out in bad {
            assert!(
                check_output_folder(root, &out).is_err(),
                "{} accepted",
                out.display()
            );
        }
        assert!(check_output_folder(root, &root.join("public")).is_ok());
        assert!(check_output_folder(root, &root.join("../elsewhere")).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn refuses_symlinks() {
        let dir = site_dir();
        let link = dir.path().join("public");
        std::os::unix::fs::symlink(dir.path().join("content"), &link).unwrap();
        let err = check_output_folder(dir.path(), &link).unwrap_err();
        assert!(err.to_string().contains("content/ folder"), "{err}");
        let elsewhere = tempfile::tempdir().unwrap();
        let link = dir.path().join("www");
        std::os::unix::fs::symlink(elsewhere.path(), &link).unwrap();
        let err = check_output_folder(dir.path(), &link).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
    }

    #[test]
    fn leftover_staging_is_removed_and_interrupted_swap_restored() {
        let dir = site_dir();
        let out = dir.path().join("public");
        write_site(dir.path(), &out, &[file("a.html", "1")]).unwrap();
        // Interrupted between the two renames: the last good site is aside.
        let old = dir.path().join(".public.onrecord-old");
        std::fs::rename(&out, &old).unwrap();
        let staging = dir.path().join(".public.onrecord-staging");
        std::fs::create_dir_all(staging.join("x")).unwrap();
        recover(&out, &staging, &old).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("a.html")).unwrap(), "1");
        assert!(!staging.exists() && !old.exists());
    }

    #[test]
    fn refuses_paths_outside_the_output() {
        for bad in ["../x", "/etc/passwd", "a/../../b", "a\\b", "", MANIFEST] {
            assert!(check_paths(&[file(bad, "")]).is_err(), "{bad}");
        }
    }
}
