//! `onrecord serve`: build, serve the output folder over HTTP on the local
//! machine, and rebuild when the site's files change.
//!
//! Only files inside the output folder are ever served: request paths are
//! decoded and checked segment by segment ([`resolve`]), then the file
//! found is checked again after symlinks are followed ([`contained`]).
//! Changes are found by polling modification times, as mdBook's default
//! watcher does, so no platform notification API is needed.

use std::net::{IpAddr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result};
use crate::{BuildOptions, BuildReport};

/// How often the site folder is checked for changes.
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// What to build and where to listen.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub build: BuildOptions,
    /// 127.0.0.1 unless the user asks for another address.
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
}

/// Builds the site, then serves it until the process is stopped. `on_build`
/// is told about every build after the first (the CLI prints it).
pub fn serve(
    options: &ServeOptions,
    first: BuildReport,
    on_build: impl Fn(Result<BuildReport>) + Send + 'static,
) -> Result<()> {
    let out = first.output.clone();
    let server =
        tiny_http::Server::http(SocketAddr::new(options.bind, options.port)).map_err(|e| {
            Error::Usage(format!(
                "cannot listen on {}:{}: {e}",
                options.bind, options.port
            ))
        })?;
    let addr = server
        .server_addr()
        .to_ip()
        .map_or_else(|| "?".to_string(), |a| a.to_string());
    println!(
        "Serving {} at http://{addr}/ (rebuilds when the site changes; Ctrl-C stops)",
        out.display()
    );
    let build = options.build.clone();
    std::thread::spawn(move || watch(&build, on_build));
    for request in server.incoming_requests() {
        respond(&out, request);
    }
    Ok(())
}

/// Polls the site folder and rebuilds whenever a file changed.
fn watch(options: &BuildOptions, on_build: impl Fn(Result<BuildReport>)) {
    let mut last = stamp(&options.root);
    loop {
        std::thread::sleep(POLL_INTERVAL);
        let now = stamp(&options.root);
        if now != last {
            last = now;
            on_build(rebuild(options));
        }
    }
}

/// Rebuilds the site after a change. A full build for now; a later
/// incremental build can replace this one function.
pub fn rebuild(options: &BuildOptions) -> Result<BuildReport> {
    crate::build(options)
}

/// Path, modification time and size of every input file, sorted: equal
/// stamps mean nothing changed. Symlinks are not followed (no loops), and
/// unreadable entries are skipped (the build reports them).
fn stamp(root: &Path) -> Vec<(PathBuf, Option<SystemTime>, u64)> {
    let mut files = Vec::new();
    for part in ["site.toml", "content", "static", "themes"] {
        let walk = walkdir::WalkDir::new(root.join(part)).sort_by_file_name();
        for entry in walk.into_iter().flatten() {
            if let Ok(meta) = entry.metadata() {
                files.push((entry.into_path(), meta.modified().ok(), meta.len()));
            }
        }
    }
    files
}

fn respond(out: &Path, request: tiny_http::Request) {
    use tiny_http::{Method, Response};
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(Response::empty(405));
        return;
    }
    let found = resolve(out, request.url()).and_then(|path| contained(out, &path));
    let result = match found {
        Some(Found::File(path)) => match std::fs::File::open(&path) {
            Ok(file) => request.respond(with_type(Response::from_file(file), content_type(&path))),
            Err(_) => request.respond(not_found()),
        },
        Some(Found::Folder) => {
            let url = request.url();
            let (path, query) = url.split_once('?').map_or((url, ""), |(p, q)| (p, q));
            let location = if query.is_empty() {
                format!("{path}/")
            } else {
                format!("{path}/?{query}")
            };
            match tiny_http::Header::from_bytes("Location", location) {
                Ok(header) => request.respond(Response::empty(301).with_header(header)),
                Err(()) => request.respond(not_found()),
            }
        }
        None => request.respond(not_found()),
    };
    // A client that went away is not our problem.
    drop(result);
}

fn not_found() -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    with_type(
        tiny_http::Response::from_string("404 Not Found\n").with_status_code(404),
        "text/plain; charset=utf-8",
    )
}

fn with_type<R: std::io::Read>(
    response: tiny_http::Response<R>,
    kind: &str,
) -> tiny_http::Response<R> {
    match tiny_http::Header::from_bytes("Content-Type", kind) {
        Ok(header) => response.with_header(header),
        Err(()) => response,
    }
}

/// Maps a request target (`/articles/x/?q=1`) to a path under `root`
/// without touching the file system. Refuses (`None`) anything that could
/// leave `root`: `..` segments (also percent-encoded), backslashes, drive
/// letters and other `:` names, NUL, absolute-form targets and bad
/// escapes. A path ending in `/` gets `index.html`.
pub fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let path = path.strip_prefix('/')?;
    let decoded = String::from_utf8(percent_decode(path)?).ok()?;
    let mut rel = PathBuf::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => continue,
            ".." => return None,
            s if s.contains(['\\', ':', '\0']) => return None,
            s => rel.push(s),
        }
    }
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    if decoded.is_empty() || decoded.ends_with('/') {
        rel.push("index.html");
    }
    Some(root.join(rel))
}

fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// What a resolved path is, once symlinks are followed.
#[derive(Debug, PartialEq, Eq)]
enum Found {
    File(PathBuf),
    /// A folder asked for without its trailing `/`: redirect.
    Folder,
}

/// Follows symlinks and checks the result is still inside `root`.
fn contained(root: &Path, path: &Path) -> Option<Found> {
    let root = root.canonicalize().ok()?;
    let real = path.canonicalize().ok()?;
    if !real.starts_with(&root) {
        return None;
    }
    if real.is_dir() {
        return Some(Found::Folder);
    }
    real.is_file().then_some(Found::File(real))
}

/// The Content-Type of a file, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" | "md" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_pages_and_folders() {
        let root = Path::new("/site/public");
        let ok = [
            ("/", "index.html"),
            ("/articles/a/", "articles/a/index.html"),
            ("/articles/a/?q=x", "articles/a/index.html"),
            ("/data/quotes.json", "data/quotes.json"),
            ("/a%20b.html", "a b.html"),
            ("//double//slash", "double/slash"),
            ("/./a", "a"),
            ("/articles/a#top", "articles/a"),
        ];
        for (target, rel) in ok {
            assert_eq!(resolve(root, target), Some(root.join(rel)), "{target}");
        }
    }

    #[test]
    fn refuses_traversal() {
        let root = Path::new("/site/public");
        for target in [
            "/../site.toml",
            "/a/../../etc/passwd",
            "/%2e%2e/site.toml",
            "/%2E%2E%2fsite.toml",
            "/..%2f..%2fetc/passwd",
            "/a/%2e%2e/%2e%2e/x",
            "/..\\site.toml",
            "/%5c..%5csite.toml",
            "/C:/Windows/win.ini",
            "/c:",
            "/a%00.html",
            "/%zz",
            "/%e9",
            "http://example.org/index.html",
            "*",
            "",
        ] {
            assert_eq!(resolve(root, target), None, "{target}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_out_of_the_output_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join("sub")).unwrap();
        std::fs::write(dir.path().join("secret.txt"), "x").unwrap();
        std::fs::write(out.join("sub/index.html"), "x").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), out.join("leak.txt")).unwrap();
        std::os::unix::fs::symlink(dir.path(), out.join("up")).unwrap();
        assert_eq!(contained(&out, &out.join("leak.txt")), None);
        assert_eq!(contained(&out, &out.join("up/secret.txt")), None);
        assert_eq!(contained(&out, &out.join("sub")), Some(Found::Folder));
        assert!(matches!(
            contained(&out, &out.join("sub/index.html")),
            Some(Found::File(_))
        ));
    }

    #[test]
    fn stamp_sees_added_and_changed_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/articles")).unwrap();
        std::fs::write(dir.path().join("site.toml"), "title = \"T\"\n").unwrap();
        let first = stamp(dir.path());
        let article = dir.path().join("content/articles/a.md");
        std::fs::write(&article, "x").unwrap();
        let second = stamp(dir.path());
        assert_ne!(first, second);
        std::fs::write(&article, "xy").unwrap();
        assert_ne!(second, stamp(dir.path()));
        assert_eq!(stamp(dir.path()), stamp(dir.path()));
    }

    #[test]
    fn content_types() {
        assert_eq!(
            content_type(Path::new("a/index.html")),
            "text/html; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("data/quotes.json")),
            "application/json"
        );
        assert_eq!(content_type(Path::new("x.SVG")), "image/svg+xml");
        assert_eq!(content_type(Path::new("x")), "application/octet-stream");
    }
}
