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
use std::fs::{File, TryLockError};
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::render::{Output, OutputFile, WriteParts};

/// The manifest file, at the top of every output folder onrecord writes.
pub const MANIFEST: &str = ".onrecord-output";

/// First line of the manifest; the file paths follow, one a line.
const MANIFEST_HEADER: &str = "# written by onrecord; it deletes only the files listed here";

/// Writes `files` as the new content of `out`, replacing the site that
/// was there. `root` is the site folder, to refuse unsafe output folders.
pub fn write_site(root: &Path, out: &Path, files: &[OutputFile]) -> Result<()> {
    write_site_with(root, out, |staging| {
        files.par_iter().try_for_each(|file| staging.write(file))
    })
}

/// Writes the site `produce` makes as the new content of `out`: `produce`
/// hands each file to the [`Staging`] folder as soon as it is made, from
/// any thread, and the new site replaces the old one only once it returns
/// `Ok`. The output lock is held throughout.
pub fn write_site_with<T>(
    root: &Path,
    out: &Path,
    produce: impl FnOnce(&Staging) -> Result<T>,
) -> Result<T> {
    write_site_as(root, out, Swap::Rename, produce)
}

/// How a new site takes the place of the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Swap {
    /// Rename the staging folder into place; fall back to [`Swap::InPlace`]
    /// when the output folder cannot be renamed.
    Rename,
    /// Write into the output folder file by file (tests force this path,
    /// as they cannot make a mount point).
    InPlace,
}

fn write_site_as<T>(
    root: &Path,
    out: &Path,
    swap: Swap,
    produce: impl FnOnce(&Staging) -> Result<T>,
) -> Result<T> {
    check_output_folder(root, out)?;
    // `out/../out` or `out/.` must name the folder itself before anything
    // is renamed: the staging and old folders go beside the real one.
    let out = canonical(out);
    let parent = out
        .parent()
        .ok_or_else(|| Error::Usage(format!("{} is not a folder name", out.display())))?;
    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Error::Usage(format!("{} is not a folder name", out.display())))?;
    let _lock = OutputLock::acquire(parent.join(format!(".{name}.onrecord-lock")), &out)?;
    let staging = parent.join(format!(".{name}.onrecord-staging"));
    let old = parent.join(format!(".{name}.onrecord-old"));
    // Under the lock, a staging or old folder is never a live build's.
    recover(&out, &staging, &old)?;
    check_replaceable(&out)?;
    check_writable(&out)?;

    let staged = Staging::create(&staging).and_then(|folder| {
        let made = produce(&folder)?;
        Ok((made, folder.finish()?))
    });
    let (made, paths) = match staged {
        Ok(staged) => staged,
        Err(e) => {
            let _ = remove_owned(&staging);
            return Err(e);
        }
    };
    if swap == Swap::InPlace && out.is_dir() {
        return write_in_place(&out, &staging, &paths)
            .and_then(|()| remove_owned(&staging))
            .map(|()| made);
    }
    if out.exists()
        && let Err(e) = std::fs::rename(&out, &old)
    {
        // A mount point (bind mount, Docker volume) cannot be renamed.
        if matches!(
            e.kind(),
            std::io::ErrorKind::ResourceBusy | std::io::ErrorKind::CrossesDevices
        ) {
            return write_in_place(&out, &staging, &paths)
                .and_then(|()| remove_owned(&staging))
                .map(|()| made);
        }
        remove_owned(&staging)?;
        return Err(Error::io(&out, e));
    }
    if let Err(e) = std::fs::rename(&staging, &out) {
        let _ = std::fs::rename(&old, &out);
        let _ = remove_owned(&staging);
        return Err(Error::io(&out, e));
    }
    if old.exists() {
        remove_owned(&old)?;
    }
    Ok(made)
}

impl Output for Staging {
    fn file(&self, file: OutputFile) -> Result<()> {
        self.write(&file)
    }

    fn streamed(&self, path: &str, write: WriteParts<'_>) -> Result<()> {
        self.write_streamed(path, write)
    }
}

/// Bytes a streamed file is written in: few system calls, little memory.
const STREAM_BUFFER: usize = 256 * 1024;

/// The folder a new site is written into before it replaces the old one.
/// Its manifest is a journal while files arrive: each path is added before
/// its file is written, so a staging folder left by an interrupted build
/// lists all it holds and the next build removes it. Once complete, the
/// manifest is written again, sorted, as the site's own.
pub struct Staging {
    dir: PathBuf,
    journal: Mutex<Journal>,
}

struct Journal {
    manifest: File,
    paths: BTreeSet<String>,
    /// Folders made so far, each made once.
    folders: BTreeSet<String>,
}

impl Staging {
    fn create(dir: &Path) -> Result<Self> {
        std::fs::create_dir(dir).map_err(|e| Error::io(dir, e))?;
        let path = dir.join(MANIFEST);
        let mut manifest = File::create(&path).map_err(|e| Error::io(&path, e))?;
        writeln!(manifest, "{MANIFEST_HEADER}").map_err(|e| Error::io(&path, e))?;
        Ok(Staging {
            dir: dir.to_path_buf(),
            journal: Mutex::new(Journal {
                manifest,
                paths: BTreeSet::new(),
                folders: BTreeSet::new(),
            }),
        })
    }

    /// Writes one file of the new site; each path once.
    pub fn write(&self, file: &OutputFile) -> Result<()> {
        let path = self.enter(&file.path)?;
        std::fs::write(&path, &file.bytes).map_err(|e| Error::io(&path, e))
    }

    /// Writes the file at `path` that `write` writes in parts, through a
    /// buffer, so it is never whole in memory; each path once, as
    /// [`Staging::write`].
    pub fn write_streamed(&self, path: &str, write: WriteParts<'_>) -> Result<()> {
        let path = self.enter(path)?;
        let file = File::create(&path).map_err(|e| Error::io(&path, e))?;
        let mut out = std::io::BufWriter::with_capacity(STREAM_BUFFER, file);
        write(&mut out)
            .and_then(|()| out.flush())
            .map_err(|e| Error::io(&path, e))
    }

    /// Journals `path` (refused if it came before) and makes its folder:
    /// the file's place in the staging folder, to be written.
    fn enter(&self, path: &str) -> Result<PathBuf> {
        check_path(path)?;
        let mut journal = self.journal.lock().expect("no panic holds the lock");
        if !journal.paths.insert(path.to_string()) {
            return Err(Error::Usage(format!(
                "internal: {path:?} was rendered twice"
            )));
        }
        let manifest = self.dir.join(MANIFEST);
        writeln!(journal.manifest, "{path}").map_err(|e| Error::io(&manifest, e))?;
        if let Some((folder, _)) = path.rsplit_once('/')
            && !journal.folders.contains(folder)
        {
            let folder_path = self.dir.join(folder);
            std::fs::create_dir_all(&folder_path).map_err(|e| Error::io(&folder_path, e))?;
            journal.folders.insert(folder.to_string());
        }
        Ok(self.dir.join(path))
    }

    /// The paths written, with the manifest rewritten in their order.
    fn finish(self) -> Result<BTreeSet<String>> {
        let journal = self.journal.into_inner().expect("no panic holds the lock");
        drop(journal.manifest);
        let path = self.dir.join(MANIFEST);
        let text = manifest_text(journal.paths.iter().map(String::as_str));
        std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
        Ok(journal.paths)
    }
}

/// How long a build waits for another build of the same output folder.
const LOCK_TIMEOUT: Duration = Duration::from_secs(300);

/// An advisory lock on one output folder, held for the whole write, so
/// that two builds never stage, swap or clean up the same folder at once.
/// The lock file holds the pid of its holder, to name it to a waiting build.
struct OutputLock {
    path: PathBuf,
    _file: File,
}

impl OutputLock {
    fn acquire(path: PathBuf, out: &Path) -> Result<Self> {
        let deadline = Instant::now() + LOCK_TIMEOUT;
        let mut told = false;
        loop {
            let mut file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(|e| Error::io(&path, e))?;
            match file.try_lock() {
                // The last holder removes the file before unlocking: a lock
                // on a removed file guards nothing, so open it again.
                Ok(()) if !still_at(&file, &path) => continue,
                Ok(()) => {
                    let pid = std::process::id().to_string();
                    file.set_len(0)
                        .and_then(|()| file.write_all(pid.as_bytes()))
                        .map_err(|e| Error::io(&path, e))?;
                    return Ok(OutputLock { path, _file: file });
                }
                Err(TryLockError::WouldBlock) => {
                    let holder = std::fs::read_to_string(&path).unwrap_or_default();
                    let holder = match holder.trim() {
                        "" => "another onrecord process".to_string(),
                        pid => format!("onrecord process {pid}"),
                    };
                    if Instant::now() >= deadline {
                        return Err(Error::Usage(format!(
                            "{holder} has been writing {} for {} seconds; wait for it to finish or stop it \
                             (its lock file is {})",
                            out.display(),
                            LOCK_TIMEOUT.as_secs(),
                            path.display()
                        )));
                    }
                    if !told {
                        eprintln!("waiting for {holder}, which is writing {}", out.display());
                        told = true;
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        // Removed while still held (see `acquire`), so no lock file stays.
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether `path` still names the open `file`.
fn still_at(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

/// For an output folder that cannot be renamed: the old site's files the
/// new one lacks are deleted (first, so that a file can become a folder or
/// the other way round), then each new file is written beside its place
/// and renamed over it. While this runs the manifest lists old and new
/// files, so a write cut short leaves nothing the next build calls foreign.
/// The new files are copied from `staging`, which holds `new`.
fn write_in_place(out: &Path, staging: &Path, new: &BTreeSet<String>) -> Result<()> {
    let old = read_manifest(out);
    let new: BTreeSet<&str> = new.iter().map(String::as_str).collect();
    let both: BTreeSet<&str> = old
        .iter()
        .map(String::as_str)
        .chain(new.iter().copied())
        .collect();
    replace_file(out, MANIFEST, manifest_text(both).as_bytes())?;
    for gone in old.iter().filter(|p| !new.contains(p.as_str())) {
        let path = out.join(gone);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(Error::io(&path, e));
            }
            _ => {}
        }
    }
    // Folders the old site needed and the new one does not.
    for entry in walkdir::WalkDir::new(out).min_depth(1).contents_first(true) {
        let entry = entry.map_err(|e| Error::io(out, e.into()))?;
        if entry.file_type().is_dir() {
            let _ = std::fs::remove_dir(entry.path());
        }
    }
    for rel in &new {
        let from = staging.join(rel);
        let bytes = std::fs::read(&from).map_err(|e| Error::io(&from, e))?;
        replace_file(out, rel, &bytes)?;
    }
    replace_file(out, MANIFEST, manifest_text(new).as_bytes())
}

/// Suffix of the file [`replace_file`] writes before renaming it into place.
const PARTIAL_SUFFIX: &str = ".onrecord-partial";

/// Writes `dir/rel` atomically: a file beside it, renamed over it.
fn replace_file(dir: &Path, rel: &str, bytes: &[u8]) -> Result<()> {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let mut partial = path.clone().into_os_string();
    partial.push(PARTIAL_SUFFIX);
    let partial = PathBuf::from(partial);
    std::fs::write(&partial, bytes).map_err(|e| Error::io(&partial, e))?;
    std::fs::rename(&partial, &path).map_err(|e| Error::io(&path, e))
}

/// Replacing a site deletes its files. In a read-only folder that would
/// fail only after the swap, with the old site stuck aside: refuse first.
fn check_writable(out: &Path) -> Result<()> {
    if !out.is_dir() {
        return Ok(());
    }
    for entry in walkdir::WalkDir::new(out).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io(out, e.into()))?;
        if !entry.file_type().is_dir() {
            continue;
        }
        let metadata = entry
            .metadata()
            .map_err(|e| Error::io(entry.path(), e.into()))?;
        if metadata.permissions().readonly() {
            return Err(Error::Usage(format!(
                "output folder {} is read-only ({}): make it writable (`chmod -R u+w`) or choose another output folder",
                out.display(),
                entry.path().display()
            )));
        }
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
    // Checked on the resolved path too: `fifo/.` is the FIFO.
    for path in [out, out_abs.as_path()] {
        match path.symlink_metadata() {
            Ok(m) if m.is_file() => return refuse("a file, not a folder"),
            Ok(m) if !m.is_dir() && !m.file_type().is_symlink() => {
                return refuse("a special file (a pipe, socket or device), not a folder");
            }
            _ => {}
        }
    }
    Ok(())
}

/// The absolute, symlink-free form of `path`, which need not exist yet:
/// the deepest existing ancestor is canonicalized and the rest appended.
pub(crate) fn canonical(path: &Path) -> PathBuf {
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

/// A rendered path must stay inside the output folder and not clash with the manifest.
fn check_path(rel: &str) -> Result<()> {
    let inside = !rel.is_empty()
        && !rel.contains('\\')
        && Path::new(rel)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if !inside || rel == MANIFEST {
        return Err(Error::Usage(format!(
            "internal: refusing to write {rel:?} outside the output folder"
        )));
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
    let why = if out.join(MANIFEST).is_file() {
        "holds files onrecord did not write"
    } else {
        "is not empty and was not written by onrecord (it has no .onrecord-output manifest)"
    };
    Err(Error::Usage(format!(
        "output folder {} {why}: {}. onrecord only replaces folders it made: \
         delete the folder, move those files (site files belong in static/), or choose another output folder",
        out.display(),
        some_names(&foreign)
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
        let partial_of_listed = rel
            .strip_suffix(PARTIAL_SUFFIX)
            .is_some_and(|p| p == MANIFEST || listed.contains(p));
        if rel != MANIFEST && !listed.contains(&rel) && !partial_of_listed {
            foreign.push(rel);
        }
    }
    Ok(foreign)
}

/// The first few of `names`, then how many more: messages stay short
/// however many files there are.
fn some_names(names: &[String]) -> String {
    const SHOWN: usize = 5;
    let listed = names[..names.len().min(SHOWN)].join(", ");
    match names.len().saturating_sub(SHOWN) {
        0 => listed,
        more => format!("{listed} and {more} more"),
    }
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

pub(crate) fn manifest_text<'a>(paths: impl IntoIterator<Item = &'a str>) -> String {
    let mut text = format!("{MANIFEST_HEADER}\n");
    for path in paths {
        text.push_str(path);
        text.push('\n');
    }
    text
}

/// Removes a folder onrecord made: the files its manifest lists, the
/// manifest last, then the folders left empty, deepest first. Anything
/// else stays, and is reported. A removal cut short leaves a folder that
/// still has its manifest (or nothing but folders), which the next build
/// removes.
fn remove_owned(dir: &Path) -> Result<()> {
    let foreign = foreign_files(dir)?;
    if !foreign.is_empty() {
        return Err(Error::Usage(format!(
            "{} holds files onrecord did not write ({}); remove it by hand",
            dir.display(),
            some_names(&foreign)
        )));
    }
    let manifest = dir.join(MANIFEST);
    let mut files = Vec::new();
    let mut dirs_by_depth: Vec<Vec<PathBuf>> = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.map_err(|e| Error::io(dir, e.into()))?;
        if entry.file_type().is_dir() {
            let depth = entry.depth();
            if dirs_by_depth.len() <= depth {
                dirs_by_depth.resize_with(depth + 1, Vec::new);
            }
            dirs_by_depth[depth].push(entry.into_path());
        } else if entry.path() != manifest {
            files.push(entry.into_path());
        }
    }
    on_each_at_once(&files, |path| std::fs::remove_file(path))?;
    match std::fs::remove_file(&manifest) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(Error::io(&manifest, e)),
        _ => {}
    }
    for dirs in dirs_by_depth.iter().rev() {
        on_each_at_once(dirs, |path| std::fs::remove_dir(path))?;
    }
    Ok(())
}

/// How many removals wait on the disk at once. Removing is bound by the
/// disk's latency, not the processor: on ext4 mounted with `discard` (as
/// on many cloud machines) each folder removed waits about 4 ms for the
/// device, so one at a time a 10,000-article site takes most of a minute
/// to delete, and sixteen at a time about a tenth of that.
const REMOVALS_AT_ONCE: usize = 16;

/// Runs `remove` on every path, up to [`REMOVALS_AT_ONCE`] at a time;
/// the first failure is returned once all have been tried.
fn on_each_at_once(
    paths: &[PathBuf],
    remove: impl Fn(&Path) -> std::io::Result<()> + Sync,
) -> Result<()> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failure = Mutex::new(None);
    let workers = REMOVALS_AT_ONCE.min(paths.len().div_ceil(8));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(path) =
                    paths.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    if let Err(e) = remove(path) {
                        let mut first = failure.lock().unwrap_or_else(|p| p.into_inner());
                        first.get_or_insert_with(|| Error::io(path, e));
                    }
                }
            });
        }
    });
    match failure.into_inner().unwrap_or_else(|p| p.into_inner()) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `path` relative to `base`, `/`-separated, as manifests and the loader
/// name files.
pub(crate) fn relative(base: &Path, path: &Path) -> String {
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

    fn write_in_place_files(root: &Path, out: &Path, files: &[OutputFile]) -> Result<()> {
        write_site_as(root, out, Swap::InPlace, |staging| {
            files.iter().try_for_each(|f| staging.write(f))
        })
    }

    #[test]
    fn a_failed_stream_leaves_the_old_site_and_no_staging() {
        let dir = site_dir();
        let out = dir.path().join("public");
        write_site(dir.path(), &out, &[file("a.html", "1")]).unwrap();
        let failed: Result<()> = write_site_with(dir.path(), &out, |staging| {
            staging.write(&file("a.html", "2"))?;
            staging.write(&file("x/b.html", "3"))?;
            Err(Error::Usage("render failed".into()))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(out.join("a.html")).unwrap(), "1");
        assert!(!dir.path().join(".public.onrecord-staging").exists());
    }

    #[test]
    fn a_staging_folder_cut_short_lists_its_files_and_goes() {
        let dir = site_dir();
        let staging_dir = dir.path().join(".public.onrecord-staging");
        let staging = Staging::create(&staging_dir).unwrap();
        staging.write(&file("a.html", "1")).unwrap();
        staging.write(&file("x/b.html", "2")).unwrap();
        // Killed before `finish`: the journal names every file written.
        drop(staging);
        let out = dir.path().join("public");
        write_site(dir.path(), &out, &[file("c.html", "3")]).unwrap();
        assert!(!staging_dir.exists());
        assert_eq!(std::fs::read_to_string(out.join("c.html")).unwrap(), "3");
    }

    #[test]
    fn a_file_written_in_parts_is_in_the_site_and_its_manifest() {
        let dir = site_dir();
        let out = dir.path().join("public");
        write_site_with(dir.path(), &out, |staging| {
            staging.write(&file("a.html", "1"))?;
            staging.write_streamed("data/big.json", &mut |w| {
                // More parts than the buffer holds, so some reach the file
                // before the last is written.
                for i in 0..100_000 {
                    write!(w, "{i},")?;
                }
                Ok(())
            })
        })
        .unwrap();
        let expected: String = (0..100_000).map(|i| format!("{i},")).collect();
        assert_eq!(
            std::fs::read_to_string(out.join("data/big.json")).unwrap(),
            expected
        );
        let manifest = std::fs::read_to_string(out.join(MANIFEST)).unwrap();
        assert!(manifest.lines().any(|l| l == "data/big.json"), "{manifest}");
    }

    #[test]
    fn a_file_failing_in_parts_fails_the_build_and_its_path_goes_once() {
        let dir = site_dir();
        let out = dir.path().join("public");
        write_site(dir.path(), &out, &[file("a.html", "1")]).unwrap();
        let failed: Result<()> = write_site_with(dir.path(), &out, |staging| {
            staging.write_streamed("data/x.json", &mut |w| {
                w.write_all(b"{\"half")?;
                Err(std::io::Error::other("no space left"))
            })
        });
        let err = failed.unwrap_err().to_string();
        assert!(
            err.contains("x.json") && err.contains("no space left"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(out.join("a.html")).unwrap(), "1");
        assert!(!dir.path().join(".public.onrecord-staging").exists());
        let twice: Result<()> = write_site_with(dir.path(), &out, |staging| {
            staging.write(&file("d.json", "1"))?;
            staging.write_streamed("d.json", &mut |w| w.write_all(b"2"))
        });
        assert!(twice.is_err());
    }

    #[test]
    fn a_path_written_twice_is_refused() {
        let dir = site_dir();
        let out = dir.path().join("public");
        let twice = [file("a.html", "1"), file("a.html", "2")];
        assert!(write_site(dir.path(), &out, &twice).is_err());
        assert!(!out.exists());
    }

    #[test]
    fn in_place_write_replaces_files_and_deletes_only_old_ones() {
        let dir = site_dir();
        let out = dir.path().join("public");
        write_site(
            dir.path(),
            &out,
            &[file("a.html", "1"), file("x/b.html", "2")],
        )
        .unwrap();
        let folder = File::open(&out).unwrap();
        // The folder `x/` becomes a file `x`.
        let files = [file("a.html", "new"), file("x", "3")];
        write_in_place_files(dir.path(), &out, &files).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("a.html")).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(out.join("x")).unwrap(), "3");
        let manifest = std::fs::read_to_string(out.join(MANIFEST)).unwrap();
        assert!(manifest.ends_with("\na.html\nx\n"), "{manifest}");
        assert!(still_at(&folder, &out), "the folder was replaced");
        // Same bytes as a build that renames.
        let other = dir.path().join("other");
        write_site(dir.path(), &other, &files).unwrap();
        assert_eq!(
            std::fs::read(other.join(MANIFEST)).unwrap(),
            std::fs::read(out.join(MANIFEST)).unwrap()
        );
        // A foreign file still stops it.
        std::fs::write(out.join("notes.txt"), "mine").unwrap();
        assert!(write_in_place_files(dir.path(), &out, &files).is_err());
        assert_eq!(
            std::fs::read_to_string(out.join("notes.txt")).unwrap(),
            "mine"
        );
    }

    #[test]
    fn in_place_write_cut_short_is_finished_by_the_next_build() {
        let dir = site_dir();
        let out = dir.path().join("public");
        write_site(dir.path(), &out, &[file("a.html", "1")]).unwrap();
        // Killed mid-way: manifest lists old and new, a partial file lies about.
        std::fs::write(out.join(MANIFEST), manifest_text(["a.html", "b.html"])).unwrap();
        std::fs::write(out.join("b.html.onrecord-partial"), "hal").unwrap();
        write_in_place_files(dir.path(), &out, &[file("b.html", "2")]).unwrap();
        let names: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(names, [MANIFEST, "b.html"]);
    }

    #[test]
    fn a_second_lock_waits_for_the_first_and_the_file_goes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".public.onrecord-lock");
        let out = dir.path().join("public");
        let first = OutputLock::acquire(path.clone(), &out).unwrap();
        let pid = std::fs::read_to_string(&path).unwrap();
        assert_eq!(pid, std::process::id().to_string());
        let (done, waited) = std::sync::mpsc::channel();
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let second = OutputLock::acquire(path.clone(), &out).unwrap();
                done.send(()).unwrap();
                drop(second);
            });
            assert!(
                waited.recv_timeout(Duration::from_millis(300)).is_err(),
                "the second lock did not wait"
            );
            drop(first);
            waited.recv_timeout(Duration::from_secs(10)).unwrap();
        });
        assert!(!path.exists(), "the lock file stays");
    }

    #[test]
    fn removals_at_once_all_run_and_the_first_failure_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let mut paths: Vec<PathBuf> = (0..40).map(|i| dir.path().join(format!("f{i}"))).collect();
        for path in &paths {
            std::fs::write(path, "x").unwrap();
        }
        paths.insert(17, dir.path().join("never-written"));
        let result = on_each_at_once(&paths, |path| std::fs::remove_file(path));
        let message = result.unwrap_err().to_string();
        assert!(message.contains("never-written"), "{message}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn long_name_lists_are_cut() {
        let names: Vec<String> = (0..400).map(|i| format!("f{i}")).collect();
        assert_eq!(some_names(&names), "f0, f1, f2, f3, f4 and 395 more");
        assert_eq!(some_names(&names[..2]), "f0, f1");
    }

    #[test]
    fn refuses_paths_outside_the_output() {
        for bad in ["../x", "/etc/passwd", "a/../../b", "a\\b", "", MANIFEST] {
            assert!(check_path(bad).is_err(), "{bad}");
        }
    }
}
