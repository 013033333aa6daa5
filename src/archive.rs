//! `onrecord archive` and `onrecord verify`: a built site and its sources in
//! one zip that anyone can check against the manifest inside it.
//!
//! Layout of the zip (files only, sorted by name):
//!
//! ```text
//! MANIFEST.sha256   `sha256sum` lines for every other entry, sorted by path
//! README.txt        what the package is, the date it stands for, how to open it
//! site/             the built site, `site/data/*.json` included
//! source/           site.toml, content/, and static/ and themes/ when present
//! ```
//!
//! The same input gives the same bytes: entries are sorted, every entry has
//! mode 0644 and one timestamp (`SOURCE_DATE_EPOCH`, else the newest article
//! date), and Deflate at a fixed level is deterministic. Unzipped, the
//! package checks itself with `sha256sum -c MANIFEST.sha256`.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, Read, Seek, Write};
use std::path::{Path, PathBuf};

use jiff::civil::{Date, DateTime};
use sha2::{Digest, Sha256};
use walkdir::WalkDir;
use zip::write::SimpleFileOptions;

use crate::error::{Error, Result};
use crate::{BuildOptions, BuildReport};

/// Name of the manifest entry.
pub const MANIFEST: &str = "MANIFEST.sha256";
/// Name of the archive when no `-o` is given, in the site root.
pub const DEFAULT_NAME: &str = "archive.zip";
const README: &str = "README.txt";
/// Site folders copied under `source/` besides `site.toml` (when present).
const SOURCE_DIRS: &[&str] = &["content", "static", "themes"];

/// What to archive and where.
#[derive(Debug, Clone)]
pub struct ArchiveOptions {
    /// The site folder (holds `site.toml`).
    pub root: PathBuf,
    /// The zip to write; default [`DEFAULT_NAME`] in `root`.
    pub output: Option<PathBuf>,
    /// `SOURCE_DATE_EPOCH`, when set: the timestamp of every entry.
    pub source_date_epoch: Option<i64>,
}

/// What `archive` wrote.
#[derive(Debug, Clone)]
pub struct ArchiveReport {
    pub path: PathBuf,
    /// Entries in the zip, manifest and README included.
    pub entries: usize,
    /// Size of the zip in bytes.
    pub bytes: u64,
    pub date: ArchiveDate,
    /// The build that went into `site/`.
    pub build: BuildReport,
}

/// The moment an archive stands for; every entry carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveDate {
    /// UTC, within the range a zip can hold (1980 to 2107).
    pub datetime: DateTime,
    pub origin: DateOrigin,
}

/// Where [`ArchiveDate`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrigin {
    SourceDateEpoch,
    NewestArticle,
    /// A site with no articles: the earliest time a zip can hold.
    NoArticles,
}

impl std::fmt::Display for ArchiveDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.origin {
            DateOrigin::SourceDateEpoch => write!(
                f,
                "{}Z (from SOURCE_DATE_EPOCH)",
                self.datetime.strftime("%Y-%m-%dT%H:%M:%S")
            ),
            DateOrigin::NewestArticle => {
                write!(f, "{} (the newest article)", self.datetime.date())
            }
            DateOrigin::NoArticles => write!(f, "{} (no articles)", self.datetime.date()),
        }
    }
}

/// Reads `SOURCE_DATE_EPOCH` from the environment (unset or empty: `None`).
pub fn source_date_epoch_from_env() -> Result<Option<i64>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) if !value.trim().is_empty() => value.trim().parse().map(Some).map_err(|_| {
            Error::Usage(format!(
                "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, found {value:?}"
            ))
        }),
        _ => Ok(None),
    }
}

/// Builds the site at `options.root` and writes it, with its sources and a
/// manifest, to one zip. The zip is written beside its target and renamed
/// into place, so a failed run leaves any earlier archive as it was.
pub fn archive(options: &ArchiveOptions) -> Result<ArchiveReport> {
    let target = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join(DEFAULT_NAME));
    check_target(&options.root, &target)?;
    let scratch = tempfile::Builder::new()
        .prefix("onrecord-archive-")
        .tempdir()
        .map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let site_dir = scratch.path().join("site");
    let build = crate::build(&BuildOptions {
        root: options.root.clone(),
        output: Some(site_dir.clone()),
        base_url: None,
    })?;
    let date = archive_date(options.source_date_epoch, &site_dir)?;

    let mut entries = tree_entries(&site_dir, "site")?;
    entries.push(Entry::file(
        "source/site.toml",
        options.root.join("site.toml"),
    ));
    for dir in SOURCE_DIRS {
        let path = options.root.join(dir);
        if path.is_dir() {
            entries.extend(tree_entries(&path, &format!("source/{dir}"))?);
        }
    }
    let title = site_title(&options.root)?;
    entries.push(Entry::bytes(
        README,
        readme(&title, &build, &date).into_bytes(),
    ));
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let manifest = manifest(&entries)?;
    entries.push(Entry::bytes(MANIFEST, manifest.into_bytes()));
    entries.sort_by(|a, b| a.name.cmp(&b.name));

    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    let mut temp = tempfile::NamedTempFile::new_in(parent).map_err(|e| Error::io(parent, e))?;
    write_zip(temp.as_file_mut(), &entries, zip_time(date.datetime))
        .map_err(|e| Error::io(&target, e))?;
    set_readable(temp.as_file()).map_err(|e| Error::io(&target, e))?;
    let file = temp
        .persist(&target)
        .map_err(|e| Error::io(&target, e.error))?;
    let bytes = file.metadata().map_err(|e| Error::io(&target, e))?.len();
    Ok(ArchiveReport {
        path: target,
        entries: entries.len(),
        bytes,
        date,
        build,
    })
}

/// Refuses a zip path that would overwrite what the archive is made of:
/// `site.toml`, anything inside `content/`, `static/` or `themes/`, the
/// site folder; and anything that is not a regular file.
fn check_target(root: &Path, target: &Path) -> Result<()> {
    let root = crate::output::canonical(root);
    let target_abs = crate::output::canonical(target);
    let refuse = |why: &str| {
        Err(Error::Usage(format!(
            "refusing to write the archive to {}: it is {why}; choose a path of its own, such as {DEFAULT_NAME}",
            target.display()
        )))
    };
    if target_abs == root.join("site.toml") {
        return refuse("the site's site.toml");
    }
    for dir in SOURCE_DIRS {
        if target_abs.starts_with(root.join(dir)) {
            return refuse(&format!(
                "inside the site's {dir}/ folder, which goes into the archive"
            ));
        }
    }
    if root.starts_with(&target_abs) {
        return refuse("the site folder or a parent of it");
    }
    match std::fs::metadata(target) {
        Ok(m) if m.is_dir() => refuse("a folder"),
        Ok(m) if !m.is_file() => refuse("a special file (a pipe, socket or device)"),
        _ => Ok(()),
    }
}

/// The `title` of `site.toml` (the build has just validated it).
fn site_title(root: &Path) -> Result<String> {
    let path = root.join("site.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let (config, _) = crate::config::parse("site.toml", &text)?;
    Ok(config.title)
}

/// One file of the zip: its name there and where its bytes come from.
struct Entry {
    name: String,
    body: Body,
}

enum Body {
    Bytes(Vec<u8>),
    File(PathBuf),
}

impl Entry {
    fn bytes(name: &str, bytes: Vec<u8>) -> Self {
        Entry {
            name: name.to_string(),
            body: Body::Bytes(bytes),
        }
    }

    fn file(name: &str, path: PathBuf) -> Self {
        Entry {
            name: name.to_string(),
            body: Body::File(path),
        }
    }

    /// Streams the entry's bytes (files are read twice, for the manifest and
    /// for the zip, rather than held in memory: sites can be large).
    fn reader(&self) -> std::io::Result<Box<dyn Read + '_>> {
        Ok(match &self.body {
            Body::Bytes(bytes) => Box::new(bytes.as_slice()),
            Body::File(path) => Box::new(BufReader::new(File::open(path)?)),
        })
    }

    fn path_for_errors(&self) -> PathBuf {
        match &self.body {
            Body::Bytes(_) => PathBuf::from(&self.name),
            Body::File(path) => path.clone(),
        }
    }
}

/// The files under `dir`, sorted, named `prefix/<relative path>`. Hidden
/// files are left out (`.DS_Store`, editor swap files, onrecord's own
/// bookkeeping in the output) so that they cannot change the archive, all
/// but `.nojekyll`, which a copy of `site/` published on GitHub Pages needs.
fn tree_entries(dir: &Path, prefix: &str) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    let walk = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            e.depth() == 0 || !name.starts_with('.') || name == ".nojekyll"
        });
    for item in walk {
        let item = item.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            let io = e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("symlink loop"));
            Error::io(path, io)
        })?;
        if !item.file_type().is_file() {
            continue;
        }
        let relative = item.path().strip_prefix(dir).unwrap_or(item.path());
        let mut name = prefix.to_string();
        for part in relative.components() {
            let part = part.as_os_str().to_str().ok_or_else(|| {
                Error::at(
                    &item.path().display().to_string(),
                    None,
                    None,
                    "file name is not valid UTF-8 and cannot go into the archive",
                )
            })?;
            name.push('/');
            name.push_str(part);
        }
        entries.push(Entry::file(&name, item.path().to_path_buf()));
    }
    Ok(entries)
}

/// `SOURCE_DATE_EPOCH` when given, else the newest date in the build's
/// `data/articles.json`.
fn archive_date(epoch: Option<i64>, site_dir: &Path) -> Result<ArchiveDate> {
    if let Some(seconds) = epoch {
        let datetime = jiff::Timestamp::from_second(seconds)
            .map(|t| jiff::tz::Offset::UTC.to_datetime(t))
            .map_err(|e| Error::Usage(format!("SOURCE_DATE_EPOCH {seconds}: {e}")))?;
        return Ok(ArchiveDate {
            datetime: clamp_to_zip(datetime),
            origin: DateOrigin::SourceDateEpoch,
        });
    }
    let path = site_dir.join("data/articles.json");
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let newest = newest_article_date(&text)
        .map_err(|message| Error::at("data/articles.json", None, None, message))?;
    Ok(match newest {
        Some(date) => ArchiveDate {
            datetime: clamp_to_zip(date.to_datetime(jiff::civil::Time::midnight())),
            origin: DateOrigin::NewestArticle,
        },
        None => ArchiveDate {
            datetime: ZIP_EARLIEST,
            origin: DateOrigin::NoArticles,
        },
    })
}

/// The newest `date` of the articles listed in `data/articles.json`.
fn newest_article_date(json: &str) -> std::result::Result<Option<Date>, String> {
    #[derive(serde::Deserialize)]
    struct Articles {
        articles: Vec<Dated>,
    }
    #[derive(serde::Deserialize)]
    struct Dated {
        date: String,
    }
    let file: Articles = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut newest = None;
    for article in file.articles {
        let date: Date = article
            .date
            .parse()
            .map_err(|e| format!("date {:?}: {e}", article.date))?;
        newest = newest.max(Some(date));
    }
    Ok(newest)
}

const ZIP_EARLIEST: DateTime = jiff::civil::datetime(1980, 1, 1, 0, 0, 0, 0);
const ZIP_LATEST: DateTime = jiff::civil::datetime(2107, 12, 31, 23, 59, 58, 0);

/// Zip timestamps run from 1980 to 2107 in 2-second steps.
fn clamp_to_zip(datetime: DateTime) -> DateTime {
    let datetime = datetime.clamp(ZIP_EARLIEST, ZIP_LATEST);
    datetime
        .with()
        .second(datetime.second() - datetime.second() % 2)
        .subsec_nanosecond(0)
        .build()
        .unwrap_or(datetime)
}

fn zip_time(datetime: DateTime) -> zip::DateTime {
    let field = |n: i8| n as u8;
    zip::DateTime::from_date_and_time(
        datetime.year() as u16,
        field(datetime.month()),
        field(datetime.day()),
        field(datetime.hour()),
        field(datetime.minute()),
        field(datetime.second()),
    )
    .unwrap_or_default()
}

fn readme(title: &str, build: &BuildReport, date: &ArchiveDate) -> String {
    format!(
        "{title}\n\
         \n\
         An onrecord dossier package: a site built by onrecord {version} from\n\
         {articles} articles ({statements} statements by {speakers} speakers, {actors} actors),\n\
         together with the sources it was built from.\n\
         \n\
         Date: {date}\n\
         \n\
         To read it, unzip the package and open site/index.html in a web browser.\n\
         The site works from disk, with no network and no server.\n\
         \n\
         Contents:\n\
         \x20 site/             the built site; site/data/ holds the statements as JSON\n\
         \x20 source/           site.toml and the content/ it was built from\n\
         \x20 MANIFEST.sha256   the SHA-256 of every other file\n\
         \n\
         To check that nothing has changed: `onrecord verify <this zip>`, or unzip\n\
         it and run `sha256sum -c MANIFEST.sha256` in the unzipped folder.\n",
        version = env!("CARGO_PKG_VERSION"),
        articles = build.articles,
        statements = build.statements,
        speakers = build.speakers,
        actors = build.actors,
    )
}

/// `sha256sum` lines (`<hex>  <name>`) for `entries`, which are sorted.
fn manifest(entries: &[Entry]) -> Result<String> {
    let mut out = String::new();
    for entry in entries {
        let hash = entry
            .reader()
            .and_then(sha256_hex)
            .map_err(|e| Error::io(entry.path_for_errors(), e))?;
        out.push_str(&format!("{hash}  {}\n", entry.name));
    }
    Ok(out)
}

fn sha256_hex(mut reader: impl Read) -> std::io::Result<String> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = reader.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

fn write_zip(file: &mut File, entries: &[Entry], time: zip::DateTime) -> std::io::Result<()> {
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(time)
        .unix_permissions(0o644);
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
    for entry in entries {
        zip.start_file(&entry.name, options)
            .map_err(std::io::Error::other)?;
        std::io::copy(&mut entry.reader()?, &mut zip)?;
    }
    let mut writer = zip.finish().map_err(std::io::Error::other)?;
    writer.flush()?;
    writer.get_ref().sync_all()
}

/// Temporary files are private (0600); an archive is meant to be shared.
fn set_readable(file: &File) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Entries whose hash was checked (the manifest itself not counted).
    pub checked: usize,
    pub problems: Vec<Problem>,
}

impl VerifyReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// One way an archive differs from its manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Listed in the manifest, not in the archive.
    Missing(String),
    /// In the archive, not in the manifest.
    Extra(String),
    /// In both, with another hash.
    Changed(String),
    /// In the archive but its bytes cannot be read (a damaged zip).
    Unreadable { name: String, reason: String },
    /// A manifest line that is not `<sha256 hex>  <path>`.
    BadManifestLine { line: usize, text: String },
    /// A path the manifest lists twice (`sha256sum -c` would check both).
    ListedTwice(String),
    /// Two entries of the zip with one name: unzip keeps only one of them.
    DuplicateEntry(String),
    /// A name that would unpack outside the folder: `..`, an absolute path,
    /// a backslash or a drive letter.
    UnsafeName(String),
    /// A manifest that lists nothing vouches for nothing.
    EmptyManifest,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Missing(name) => write!(f, "missing: {name} (listed in {MANIFEST})"),
            Problem::Extra(name) => write!(f, "extra: {name} (not listed in {MANIFEST})"),
            Problem::Changed(name) => {
                write!(f, "changed: {name} (SHA-256 differs from {MANIFEST})")
            }
            Problem::Unreadable { name, reason } => write!(f, "unreadable: {name}: {reason}"),
            Problem::BadManifestLine { line, text } => {
                write!(
                    f,
                    "{MANIFEST}:{line}: not a `<sha256>  <path>` line: {text:?}"
                )
            }
            Problem::ListedTwice(name) => write!(f, "listed twice: {name} (in {MANIFEST})"),
            Problem::DuplicateEntry(name) => {
                write!(
                    f,
                    "duplicate: {name} (the zip holds two entries of that name)"
                )
            }
            Problem::UnsafeName(name) => {
                write!(f, "unsafe name: {name:?} (would unpack outside the folder)")
            }
            Problem::EmptyManifest => write!(f, "empty: {MANIFEST} lists no files"),
        }
    }
}

/// The largest manifest `verify` reads: about 500,000 files.
const MANIFEST_LIMIT: u64 = 64 * 1024 * 1024;

/// Checks every entry of the zip at `path` against its `MANIFEST.sha256`.
/// An archive that cannot be opened, or has no manifest, is an error; any
/// difference from the manifest is a [`Problem`] in the report.
pub fn verify(path: &Path) -> Result<VerifyReport> {
    // Opening a FIFO would wait for a writer forever.
    let metadata = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !metadata.is_file() {
        return Err(Error::Usage(format!(
            "{} is not a regular file: give the path of an archive",
            path.display()
        )));
    }
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    verify_reader(path, BufReader::new(file))
}

fn verify_reader<R: Read + Seek>(path: &Path, reader: R) -> Result<VerifyReport> {
    let shown = path.display().to_string();
    let not_a_package = |message: String| Error::at(&shown, None, None, message);
    let mut zip = zip::ZipArchive::new(reader)
        .map_err(|e| not_a_package(format!("is not a readable zip archive: {e}")))?;
    let manifest_text = {
        let entry = zip
            .by_name(MANIFEST)
            .map_err(|_| not_a_package(format!("has no {MANIFEST}: is it an onrecord archive?")))?;
        if entry.size() > MANIFEST_LIMIT {
            return Err(not_a_package(format!(
                "{MANIFEST} says it unpacks to {} bytes, more than the {MANIFEST_LIMIT} a manifest may have",
                entry.size()
            )));
        }
        let mut bytes = Vec::new();
        let declared = entry.size();
        entry
            .take(declared + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| not_a_package(format!("{MANIFEST} cannot be read: {e}")))?;
        if bytes.len() as u64 != declared {
            return Err(not_a_package(format!(
                "{MANIFEST} is not the size its zip entry declares"
            )));
        }
        String::from_utf8(bytes)
            .map_err(|_| not_a_package(format!("{MANIFEST} is not UTF-8 text")))?
    };
    let (mut expected, mut problems) = parse_manifest(&manifest_text);
    if expected.is_empty() && problems.is_empty() {
        problems.push(Problem::EmptyManifest);
    }

    let mut checked = 0;
    for index in 0..zip.len() {
        let mut entry = match zip.by_index(index) {
            Ok(entry) => entry,
            Err(e) => {
                problems.push(Problem::Unreadable {
                    name: format!("entry #{index}"),
                    reason: e.to_string(),
                });
                continue;
            }
        };
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        if !is_safe_name(&name) {
            expected.remove(&name);
            problems.push(Problem::UnsafeName(name));
            continue;
        }
        if entry.is_dir() || name == MANIFEST {
            continue;
        }
        let Some(want) = expected.remove(&name) else {
            problems.push(Problem::Extra(name));
            continue;
        };
        checked += 1;
        match hash_declared(&mut entry) {
            Ok(hash) if hash == want => {}
            Ok(_) => problems.push(Problem::Changed(name)),
            Err(e) => problems.push(Problem::Unreadable {
                name,
                reason: e.to_string(),
            }),
        }
    }
    problems.extend(expected.into_keys().map(Problem::Missing));
    if zip.has_duplicate_names() {
        let start = zip.offset() + zip.central_directory_start();
        let names = central_directory_names(&mut zip.into_inner(), start).unwrap_or_default();
        let mut duplicates: Vec<String> = names
            .iter()
            .enumerate()
            .filter(|(i, name)| names[..*i].contains(name))
            .map(|(_, name)| String::from_utf8_lossy(name).into_owned())
            .collect();
        duplicates.dedup();
        if duplicates.is_empty() {
            duplicates.push("(an entry)".into());
        }
        problems.extend(duplicates.into_iter().map(Problem::DuplicateEntry));
    }
    Ok(VerifyReport { checked, problems })
}

/// The SHA-256 of an entry, reading no more than its declared size: a
/// longer stream (or a failed CRC, checked at the end) is an error.
fn hash_declared(entry: &mut zip::read::ZipFile<'_, impl Read>) -> std::io::Result<String> {
    let declared = entry.size();
    let hash = sha256_hex((&mut *entry).take(declared))?;
    let mut extra = [0u8; 1];
    if entry.read(&mut extra)? != 0 {
        return Err(std::io::Error::other(
            "holds more bytes than its zip entry declares",
        ));
    }
    Ok(hash)
}

/// Whether `name` unpacks inside the folder it is unpacked into.
fn is_safe_name(name: &str) -> bool {
    let drive = name.len() >= 2 && name.as_bytes()[1] == b':';
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && !drive
        && !name.split('/').any(|part| part == "..")
}

/// The raw names in the central directory at `start`, duplicates and all
/// (the zip reader keeps one entry per name).
fn central_directory_names(
    reader: &mut (impl Read + Seek),
    start: u64,
) -> std::io::Result<Vec<Vec<u8>>> {
    const SIGNATURE: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
    const MAX_ENTRIES: usize = 1 << 20;
    reader.seek(std::io::SeekFrom::Start(start))?;
    let mut names = Vec::new();
    let mut header = [0u8; 46];
    while names.len() < MAX_ENTRIES && reader.read_exact(&mut header).is_ok() {
        if header[..4] != SIGNATURE {
            break;
        }
        let field = |at: usize| u64::from(u16::from_le_bytes([header[at], header[at + 1]]));
        let mut name = vec![0u8; field(28) as usize];
        reader.read_exact(&mut name)?;
        reader.seek(std::io::SeekFrom::Current((field(30) + field(32)) as i64))?;
        names.push(name);
    }
    Ok(names)
}

/// Manifest lines -> name to expected hash, plus the lines that are not
/// `sha256sum` lines (`<hex>  <name>`, or `<hex> *<name>` in binary mode).
fn parse_manifest(text: &str) -> (BTreeMap<String, String>, Vec<Problem>) {
    let mut expected = BTreeMap::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed = line.split_once(' ').and_then(|(hash, rest)| {
            let name = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('*'))?;
            let is_hex = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
            (is_hex && !name.is_empty()).then(|| (name.to_string(), hash.to_ascii_lowercase()))
        });
        match parsed {
            Some((name, hash)) => {
                if expected.contains_key(&name) {
                    problems.push(Problem::ListedTwice(name.clone()));
                }
                if !is_safe_name(&name) {
                    problems.push(Problem::UnsafeName(name));
                    continue;
                }
                expected.insert(name, hash);
            }
            None => problems.push(Problem::BadManifestLine {
                line: i + 1,
                text: line.to_string(),
            }),
        }
    }
    (expected, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_lines_parse_both_modes() {
        let hash = "a".repeat(64);
        let text = format!("{hash}  site/index.html\n{hash} *README.txt\nnot a line\n");
        let (expected, problems) = parse_manifest(&text);
        assert_eq!(expected.len(), 2);
        assert_eq!(expected["README.txt"], hash);
        assert_eq!(
            problems,
            vec![Problem::BadManifestLine {
                line: 3,
                text: "not a line".into()
            }]
        );
    }

    #[test]
    fn short_hash_is_a_bad_line() {
        let (expected, problems) = parse_manifest("abc  site/index.html\n");
        assert!(expected.is_empty());
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn newest_article_date_wins() {
        let json =
            r#"{"articles":[{"date":"2016-12-05"},{"date":"2016-12-11"},{"date":"2016-12-09"}]}"#;
        let newest = newest_article_date(json).unwrap();
        assert_eq!(newest, Some(jiff::civil::date(2016, 12, 11)));
        assert_eq!(newest_article_date(r#"{"articles":[]}"#).unwrap(), None);
    }

    #[test]
    fn zip_time_is_clamped_and_even() {
        let early = jiff::civil::datetime(1970, 1, 1, 0, 0, 0, 0);
        assert_eq!(clamp_to_zip(early), ZIP_EARLIEST);
        let odd = jiff::civil::datetime(2020, 5, 6, 7, 8, 9, 500);
        assert_eq!(
            clamp_to_zip(odd),
            jiff::civil::datetime(2020, 5, 6, 7, 8, 8, 0)
        );
        let far = jiff::civil::datetime(2200, 1, 1, 0, 0, 0, 0);
        assert_eq!(clamp_to_zip(far), ZIP_LATEST);
    }

    #[test]
    fn epoch_date_is_utc() {
        let dir = tempfile::tempdir().unwrap();
        let date = archive_date(Some(1_481_414_400), dir.path()).unwrap();
        assert_eq!(date.origin, DateOrigin::SourceDateEpoch);
        assert_eq!(
            date.datetime,
            jiff::civil::datetime(2016, 12, 11, 0, 0, 0, 0)
        );
        assert_eq!(
            date.to_string(),
            "2016-12-11T00:00:00Z (from SOURCE_DATE_EPOCH)"
        );
    }

    #[test]
    fn hex_digest_matches_sha256sum() {
        // `printf abc | sha256sum`
        assert_eq!(
            sha256_hex(&b"abc"[..]).unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
