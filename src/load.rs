//! Stage 1: read a site folder into memory.
//!
//! Walks `content/articles/` (any depth), `content/actors/`, `static/` and
//! `themes/<theme>/` in sorted order, so that everything downstream sees the
//! same input in the same order on every machine. No parsing happens here.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::error::{Error, Result};

/// A text file of the site, with its path relative to the site root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Relative path with `/` separators, e.g. `content/articles/a.md`.
    pub path: String,
    pub text: String,
}

/// The raw files of a site.
#[derive(Debug, Clone)]
pub struct RawSite {
    pub root: PathBuf,
    pub config: SourceFile,
    pub articles: Vec<SourceFile>,
    pub actors: Vec<SourceFile>,
    /// `static/` files: (path relative to `static/`, bytes).
    pub static_files: Vec<(String, Vec<u8>)>,
    /// Names of the folders under `themes/`, sorted.
    pub themes: Vec<String>,
}

/// Reads `site.toml` and the content files under `root`.
pub fn load(root: &Path) -> Result<RawSite> {
    let config_path = root.join("site.toml");
    if !config_path.is_file() {
        return Err(Error::Usage(format!(
            "{} has no site.toml: is this a site folder? (`onrecord init` starts a new one)",
            display_root(root)
        )));
    }
    let config = read_text(root, &config_path)?;
    let mut errors = Vec::new();
    let articles = markdown_files(root, &root.join("content/articles"), &mut errors);
    let actors = markdown_files(root, &root.join("content/actors"), &mut errors);
    let static_files = static_files(root, &mut errors);
    let themes = theme_names(root);
    if let Some(error) = Error::from_list(errors) {
        return Err(error);
    }
    Ok(RawSite {
        root: root.to_path_buf(),
        config,
        articles,
        actors,
        static_files,
        themes,
    })
}

fn theme_names(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("themes"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Reads the theme files of `themes/<name>/` under `root`, if that folder
/// exists: (path inside the theme, text).
pub fn theme_files(root: &Path, name: &str) -> Result<Vec<(String, String)>> {
    let dir = root.join("themes").join(name);
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for entry in walk(&dir) {
        let entry = entry.map_err(|e| walk_error(root, e))?;
        if entry.file_type().is_file() {
            let file = read_text(root, entry.path())?;
            let inner = relative(&dir, entry.path());
            files.push((inner, file.text));
        }
    }
    Ok(files)
}

/// Reads one Markdown file of `content/` again, as [`load`] reads it;
/// `Ok(None)` when it is no longer a file (`serve` re-reads what changed).
pub fn reload_markdown(root: &Path, path: &Path) -> Result<Option<SourceFile>> {
    if !path.is_file() {
        return Ok(None);
    }
    check_name(root, path)?;
    read_text(root, path).map(Some)
}

fn markdown_files(root: &Path, dir: &Path, errors: &mut Vec<Error>) -> Vec<SourceFile> {
    let mut files = Vec::new();
    if !dir.is_dir() {
        return files;
    }
    // Walk in order, then read the files on every core: reading and
    // checking 10,000 files one by one is most of this stage. Results keep
    // the walk's order, errors included.
    let mut found: Vec<Result<PathBuf>> = Vec::new();
    for entry in walk(dir) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                found.push(Err(walk_error(root, e)));
                continue;
            }
        };
        let is_markdown = entry.path().extension().is_some_and(|e| e == "md");
        if entry.file_type().is_file() && is_markdown {
            found.push(Ok(entry.into_path()));
        }
    }
    let read: Vec<Result<SourceFile>> = found
        .into_par_iter()
        .map(|path| {
            let path = path?;
            check_name(root, &path)?;
            read_text(root, &path)
        })
        .collect();
    for file in read {
        match file {
            Ok(file) => files.push(file),
            Err(e) => errors.push(e),
        }
    }
    files
}

fn static_files(root: &Path, errors: &mut Vec<Error>) -> Vec<(String, Vec<u8>)> {
    let dir = root.join("static");
    let mut files = Vec::new();
    if !dir.is_dir() {
        return files;
    }
    for entry in walk(&dir) {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                if let Err(e) = check_name(root, entry.path()) {
                    errors.push(e);
                    continue;
                }
                match std::fs::read(entry.path()) {
                    Ok(bytes) => files.push((relative(&dir, entry.path()), bytes)),
                    Err(e) => errors.push(Error::io(relative_path(root, entry.path()), e)),
                }
            }
            Ok(_) => {}
            Err(e) => errors.push(walk_error(root, e)),
        }
    }
    files
}

/// Sorted, symlink-following walk; walkdir reports symlink loops as errors.
fn walk(dir: &Path) -> walkdir::IntoIter {
    WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
}

fn walk_error(root: &Path, e: walkdir::Error) -> Error {
    let path = e
        .path()
        .map(|p| relative(root, p))
        .unwrap_or_else(|| display_root(root));
    if let Some(ancestor) = e.loop_ancestor() {
        return Error::at(
            &path,
            None,
            None,
            format!("symlink loop back to {}", relative(root, ancestor)),
        );
    }
    match e.into_io_error() {
        Some(io) => Error::io(path, io),
        None => Error::at(&path, None, None, "cannot be read"),
    }
}

/// File names become URLs, folder names and archive manifest lines: they
/// must be UTF-8 (lossy decoding would let two names collide) and hold no
/// control characters (a newline would split a manifest line).
fn check_name(root: &Path, path: &Path) -> Result<()> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    for part in rel.components() {
        let message = match part.as_os_str().to_str() {
            None => "file name is not valid UTF-8: rename it",
            Some(name) if name.chars().any(char::is_control) => {
                "file name holds a control character (a newline, tab or escape): rename it"
            }
            Some(_) => continue,
        };
        let shown = format!("{:?}", rel.to_string_lossy());
        return Err(Error::at(&shown, None, None, message));
    }
    Ok(())
}

/// ASCII control characters (C0 and DEL) but tab, line feed and carriage return: not
/// text, invalid in XML, and escape sequences on a terminal.
fn is_stray_control(c: char) -> bool {
    c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// NUL is an error (it marks a binary or damaged file); other stray
/// control characters are dropped, so no output ever holds them.
fn clean_text(name: &str, text: String) -> Result<String> {
    if let Some(at) = text.find('\0') {
        let line = text[..at].matches('\n').count() + 1;
        let line_start = text[..at].rfind('\n').map_or(0, |nl| nl + 1);
        let column = text[line_start..at].chars().count() + 1;
        return Err(Error::at_column(
            name,
            None,
            Some(line),
            Some(column),
            "holds a NUL character: is it a text file? (save it as UTF-8 text)",
        ));
    }
    if has_stray_control(&text) {
        return Ok(text.chars().filter(|&c| !is_stray_control(c)).collect());
    }
    Ok(text)
}

/// Does `text` hold a stray control character? Byte-wise: control
/// characters are ASCII, never part of another one. Each block is tested
/// whole, without stopping at the first: a loop that may stop is read a
/// byte at a time, and every file is read here.
fn has_stray_control(text: &str) -> bool {
    text.as_bytes().chunks(64).any(|block| {
        block
            .iter()
            .fold(false, |found, &b| found | is_stray_control(char::from(b)))
    })
}

/// Reads a UTF-8 text file; a BOM is dropped, invalid UTF-8 names the line.
fn read_text(root: &Path, path: &Path) -> Result<SourceFile> {
    let name = relative(root, path);
    let bytes = std::fs::read(path).map_err(|e| Error::io(&name, e))?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            let column = valid
                - bytes[..valid]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1)
                + 1;
            return Err(Error::at_column(
                &name,
                None,
                Some(line),
                Some(column),
                "is not valid UTF-8 text (save it as UTF-8)",
            ));
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    let text = clean_text(&name, text)?;
    Ok(SourceFile { path: name, text })
}

fn relative(base: &Path, path: &Path) -> String {
    // walkdir reports loop targets canonicalized: try the canonical root too.
    let rel = match path.strip_prefix(base) {
        Ok(rel) => rel.to_path_buf(),
        Err(_) => match base
            .canonicalize()
            .map(|b| path.strip_prefix(b).map(Path::to_path_buf))
        {
            Ok(Ok(rel)) => rel,
            _ => return path.display().to_string(),
        },
    };
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn relative_path(root: &Path, path: &Path) -> PathBuf {
    PathBuf::from(relative(root, path))
}

fn display_root(root: &Path) -> String {
    root.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_is_an_error_at_its_line_and_column() {
        let err = clean_text("content/articles/a.md", "---\ntitle: é\0x\n".into()).unwrap_err();
        assert!(
            err.to_string().starts_with("content/articles/a.md:2:9:"),
            "{err}"
        );
    }

    #[test]
    fn other_control_characters_are_dropped() {
        let text = clean_text("a.md", "a\u{1b}[31mb\u{7}\tc\r\nd\u{c}".into()).unwrap();
        assert_eq!(text, "a[31mb\tc\r\nd");
    }

    #[test]
    fn a_stray_control_character_is_found_in_any_block() {
        let plain = "é\tx\r\n".repeat(40);
        assert!(!has_stray_control(&plain));
        for at in [0, 2, 63, 64, 65, 128, plain.len()] {
            let mut text = plain.clone();
            text.insert(at, '\u{7f}');
            assert!(has_stray_control(&text), "{at}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn file_names_with_control_characters_or_bad_utf8_are_refused() {
        use std::os::unix::ffi::OsStrExt;
        let root = Path::new("/site");
        let newline = root.join("content/articles/a\nb.md");
        let err = check_name(root, &newline).unwrap_err().to_string();
        assert!(
            err.contains("a\\nb.md") && err.contains("control character"),
            "{err}"
        );
        let latin1 = root.join(std::ffi::OsStr::from_bytes(b"content/articles/caf\xe9.md"));
        let err = check_name(root, &latin1).unwrap_err().to_string();
        assert!(err.contains("not valid UTF-8"), "{err}");
        assert!(check_name(root, &root.join("content/articles/café.md")).is_ok());
    }
}
