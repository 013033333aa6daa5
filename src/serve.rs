//! `onrecord serve`: build, serve the output folder over HTTP on the local
//! machine, rebuild when the site's files change, and reload open pages.
//!
//! Only files inside the output folder are ever served: request paths are
//! decoded and checked segment by segment ([`resolve`]), then the file
//! found is checked again after symlinks are followed ([`contained`]).
//! Changes are found by file system events (the `notify` crate), and by
//! polling modification times, as mdBook's default watcher does, where
//! events cannot be had. Each rebuild goes through an incremental
//! [`Session`]: the pages an edit touches are written and open pages
//! reloaded before the rest of the site is.
//!
//! The server is a small HTTP/1.1 responder on `std::net`: one request per
//! connection (`Connection: close`), each connection on its own thread with
//! read and write timeouts, at most [`MAX_CONNECTIONS`] at once and request
//! heads of at most [`MAX_HEAD`] bytes, so one slow or hostile client cannot
//! stall the others or exhaust memory.
//!
//! Served HTML pages get a small script ([`RELOAD_SCRIPT`]) that long-polls
//! [`RELOAD_PATH`] and reloads the page after each rebuild; the files on
//! disk never hold it. While the last build failed, pages show its error.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result, render_error};
use crate::incremental::{Rebuilt, Session};
use crate::{BuildOptions, BuildReport};

/// How often the site folder is checked for changes when polling.
const POLL_INTERVAL: Duration = Duration::from_millis(100);
/// Connections served at once; more wait in the listen queue's place get a 503.
pub const MAX_CONNECTIONS: usize = 64;
/// Longest request line plus headers accepted.
pub const MAX_HEAD: usize = 16 * 1024;
/// A client that sends or reads nothing for this long is dropped.
const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a reload poll waits for a rebuild before answering anyway.
const RELOAD_WAIT: Duration = Duration::from_secs(25);
/// The path the reload script polls; `?since=<build id>` waits for a newer build.
pub const RELOAD_PATH: &str = "/__onrecord/reload";

/// Injected before `</body>` of served pages only.
const RELOAD_SCRIPT: &str = r#"<script>/* onrecord serve: reload after each rebuild */
(function () {
  var id = null;
  function poll() {
    fetch("/__onrecord/reload" + (id === null ? "" : "?since=" + id), { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (t) {
        if (id !== null && t !== id) { location.reload(); return; }
        id = t; poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>"#;

/// What to build and where to listen.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub build: BuildOptions,
    /// 127.0.0.1 unless the user asks for another address.
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
}

/// What every connection needs to know: the output folder, the current
/// build id and the error of the last build, if it failed.
struct State {
    out: PathBuf,
    build: Mutex<BuildState>,
    changed: Condvar,
    connections: AtomicUsize,
}

struct BuildState {
    id: u64,
    error: Option<String>,
}

/// Serves the site until the process is stopped, after a `first` build
/// by `session` that may have failed (its error is then shown in place of
/// pages until a rebuild succeeds). `on_build` is told about every later
/// build.
pub fn serve(
    options: &ServeOptions,
    session: Session,
    first: &Result<BuildReport>,
    on_build: impl Fn(Result<BuildReport>) + Send + 'static,
) -> Result<()> {
    let out = match first {
        Ok(report) => report.output.clone(),
        Err(_) => crate::output_folder(&options.build),
    };
    let listener = TcpListener::bind(SocketAddr::new(options.bind, options.port)).map_err(|e| {
        Error::Usage(format!(
            "cannot listen on {}:{}: {e}",
            options.bind, options.port
        ))
    })?;
    // Watching before the address is printed: an edit made as soon as the
    // server is reachable is seen as a change.
    let changes = Changes::watch(&options.build.root);
    let addr = listener
        .local_addr()
        .map_or_else(|_| "?".to_string(), |a| a.to_string());
    println!(
        "Serving {} at http://{addr}/ (rebuilds and reloads when the site changes; Ctrl-C stops)",
        out.display()
    );
    let state = Arc::new(State {
        out,
        build: Mutex::new(BuildState {
            id: 1,
            error: first.as_ref().err().map(|e| render_error(e, false)),
        }),
        changed: Condvar::new(),
        connections: AtomicUsize::new(0),
    });
    let watcher = Arc::clone(&state);
    std::thread::spawn(move || watch(session, changes, &watcher, on_build));
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let state = Arc::clone(&state);
        if state.connections.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            state.connections.fetch_sub(1, Ordering::SeqCst);
            // Answered on this thread, so only with a short write timeout.
            let _ = stream.set_write_timeout(Some(Duration::from_millis(100)));
            let _ = write_response(
                &stream,
                503,
                "text/plain; charset=utf-8",
                &[],
                b"busy\n",
                false,
            );
            continue;
        }
        std::thread::spawn(move || {
            handle(&stream, &state);
            state.connections.fetch_sub(1, Ordering::SeqCst);
        });
    }
    Ok(())
}

/// Rebuilds whenever an input file changed: the pages the change touches
/// first, then open pages reload, then the rest.
fn watch(
    mut session: Session,
    mut changes: Changes,
    state: &State,
    on_build: impl Fn(Result<BuildReport>),
) {
    loop {
        let changed = changes.next();
        let result = session.rebuild(Some(&changed), &mut |_| signal(state, None));
        let message = match &result {
            Ok(rebuilt) => Some(rebuilt_message(rebuilt)),
            Err(error) => {
                signal(state, Some(render_error(error, false)));
                None
            }
        };
        on_build(result.map(|rebuilt| rebuilt.report));
        if let Some(message) = message {
            // Nobody may be reading any more; serving goes on regardless.
            let _ = writeln!(std::io::stdout(), "{message}");
        }
    }
}

/// Tells the open pages to reload: a new build id, and the error to show
/// in place of pages (`None`: the site built).
fn signal(state: &State, error: Option<String>) {
    {
        let mut build = state.build.lock().unwrap_or_else(|e| e.into_inner());
        build.id += 1;
        build.error = error;
    }
    state.changed.notify_all();
}

/// One line on what a rebuild did and how long the reload took, with the
/// time of each stage up to the reload signal.
fn rebuilt_message(rebuilt: &Rebuilt) -> String {
    let timings = &rebuilt.report.timings;
    let total: Duration = timings.iter().map(|(_, d)| *d).sum();
    let touched = timings
        .iter()
        .position(|(stage, _)| *stage == crate::incremental::TOUCHED_PAGES);
    let stages: Vec<String> = timings[..touched.map_or(timings.len(), |at| at + 1)]
        .iter()
        .map(|(stage, d)| format!("{stage} {}", d.as_millis()))
        .collect();
    let stages = stages.join(", ");
    let analysed = match rebuilt.full {
        Some(why) => format!("full rebuild ({why}: every article analysed again)"),
        None => format!(
            "{} of {} analysed again",
            rebuilt.analysed,
            count(rebuilt.report.articles, "article")
        ),
    };
    match touched {
        Some(_) => format!(
            "Rebuilt: {analysed}; {} written and reload sent in {} ms ({stages} ms); {} more in {} ms",
            count(rebuilt.first_files, "touched page"),
            rebuilt.first_time.as_millis(),
            count(rebuilt.rest_files, "file"),
            total.as_millis(),
        ),
        None => format!(
            "Rebuilt: {analysed}; {} written and reload sent in {} ms ({stages} ms)",
            count(rebuilt.rest_files, "file"),
            total.as_millis(),
        ),
    }
}

/// `1 article`, `2 articles`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Where changes to the input files come from: file system events, or,
/// where those cannot be had (no inotify watches left, an unsupported
/// file system), polling every file's stamp as mdBook's default watcher
/// does.
enum Changes {
    Events {
        root: PathBuf,
        /// Kept alive for as long as events are wanted.
        watcher: notify::RecommendedWatcher,
        events: std::sync::mpsc::Receiver<notify::Result<notify::Event>>,
    },
    Poll {
        root: PathBuf,
        last: Stamps,
    },
}

/// The folders of a site that hold inputs, beside `site.toml`.
const INPUT_FOLDERS: [&str; 3] = ["content", "static", "themes"];

/// How long events are gathered after the first one: one save is often
/// several events (a temporary file written, then renamed over the file).
const SETTLE: Duration = Duration::from_millis(5);

impl Changes {
    /// Starts watching the inputs of the site at `root`.
    fn watch(root: &Path) -> Changes {
        use notify::{RecursiveMode, Watcher};
        let (sender, events) = std::sync::mpsc::channel();
        let watched = notify::recommended_watcher(sender).and_then(|mut watcher| {
            // The site folder itself only for `site.toml` and new input
            // folders: the output folder in it is written by every rebuild.
            watcher.watch(root, RecursiveMode::NonRecursive)?;
            for folder in INPUT_FOLDERS.map(|f| root.join(f)) {
                if folder.is_dir() {
                    watcher.watch(&folder, RecursiveMode::Recursive)?;
                }
            }
            Ok(watcher)
        });
        match watched {
            Ok(watcher) => Changes::Events {
                root: root.to_path_buf(),
                watcher,
                events,
            },
            Err(_) => Changes::Poll {
                root: root.to_path_buf(),
                last: stamp(root),
            },
        }
    }

    /// Waits for a change to the inputs; returns the paths changed.
    fn next(&mut self) -> Vec<PathBuf> {
        match self {
            Changes::Events {
                root,
                watcher,
                events,
            } => loop {
                let Ok(first) = events.recv() else {
                    // The watcher is gone: poll from here on.
                    let root = root.clone();
                    *self = Changes::Poll {
                        last: stamp(&root),
                        root,
                    };
                    return self.next();
                };
                let mut paths = Vec::new();
                let mut event = Some(first);
                while let Some(result) = event {
                    match result {
                        Ok(event) if !is_read(&event.kind) => paths.extend(event.paths),
                        Ok(_) => {}
                        // Events were lost: read everything again.
                        Err(_) => paths.push(root.join("site.toml")),
                    }
                    event = events.recv_timeout(SETTLE).ok();
                }
                paths.retain(|path| is_input(root, path));
                paths.sort();
                paths.dedup();
                for path in &paths {
                    let new_folder = path.parent() == Some(root.as_path()) && path.is_dir();
                    if new_folder {
                        use notify::Watcher;
                        let _ = watcher.watch(path, notify::RecursiveMode::Recursive);
                    }
                }
                if !paths.is_empty() {
                    return paths;
                }
            },
            Changes::Poll { root, last } => loop {
                std::thread::sleep(POLL_INTERVAL);
                let now = stamp(root);
                if now != *last {
                    let changed = changed_paths(last, &now);
                    *last = now;
                    return changed;
                }
            },
        }
    }
}

/// An event that changes nothing: a file opened, read or closed unwritten
/// (the rebuild's own reads among them).
fn is_read(kind: &notify::EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode};
    matches!(kind, notify::EventKind::Access(access)
        if *access != AccessKind::Close(AccessMode::Write))
}

/// `site.toml`, or a path in one of the [`INPUT_FOLDERS`] of `root`.
fn is_input(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components();
    match parts.next().and_then(|c| c.as_os_str().to_str()) {
        Some("site.toml") => parts.next().is_none(),
        Some(top) => INPUT_FOLDERS.contains(&top),
        None => false,
    }
}

/// The files whose stamp differs between `old` and `new`, or that are in
/// only one of them (both sorted by path).
fn changed_paths(old: &Stamps, new: &Stamps) -> Vec<PathBuf> {
    let before: HashMap<&PathBuf, _> = old.iter().map(|(p, m, l)| (p, (m, l))).collect();
    let after: HashMap<&PathBuf, _> = new.iter().map(|(p, m, l)| (p, (m, l))).collect();
    let mut changed: Vec<PathBuf> = new
        .iter()
        .filter(|(p, m, l)| before.get(p) != Some(&(m, l)))
        .map(|(p, _, _)| p.clone())
        .collect();
    changed.extend(
        old.iter()
            .filter(|(p, _, _)| !after.contains_key(p))
            .map(|(p, _, _)| p.clone()),
    );
    changed
}

type Stamps = Vec<(PathBuf, Option<SystemTime>, u64)>;

/// Path, modification time and size of every input file, sorted: equal
/// stamps mean nothing changed. Symlinks are not followed (no loops), and
/// unreadable entries are skipped (the build reports them).
fn stamp(root: &Path) -> Stamps {
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

/// A request: its method and target, read from the head of the stream.
#[derive(Debug, PartialEq, Eq)]
struct Request {
    method: String,
    target: String,
}

/// Reads the request head (up to the blank line) and parses its first line.
/// `Err(status)` for heads that are too large or malformed.
fn read_request(mut stream: impl Read) -> std::result::Result<Request, u16> {
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && !head.windows(2).any(|w| w == b"\n\n") {
        if head.len() > MAX_HEAD {
            return Err(431);
        }
        let n = stream.read(&mut chunk).map_err(|_| 408u16)?;
        if n == 0 {
            return Err(400);
        }
        head.extend_from_slice(&chunk[..n]);
    }
    let end = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
    if end > MAX_HEAD {
        return Err(431);
    }
    let line = std::str::from_utf8(&head[..end])
        .map_err(|_| 400u16)?
        .trim_end();
    let mut parts = line.split(' ');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(method), Some(target), Some(version), None) if version.starts_with("HTTP/1.") => {
            Ok(Request {
                method: method.to_string(),
                target: target.to_string(),
            })
        }
        _ => Err(400),
    }
}

/// Serves one request on `stream`, then closes it.
fn handle(stream: &TcpStream, state: &State) {
    let _ = stream.set_read_timeout(Some(IO_TIMEOUT));
    let _ = stream.set_write_timeout(Some(IO_TIMEOUT));
    let request = match read_request(stream) {
        Ok(request) => request,
        Err(status) => {
            let _ = write_response(stream, status, "text/plain; charset=utf-8", &[], b"", false);
            return;
        }
    };
    let head_only = request.method == "HEAD";
    if request.method != "GET" && !head_only {
        let _ = write_response(stream, 405, "text/plain; charset=utf-8", &[], b"", false);
        return;
    }
    let (status, kind, headers, body) = answer(state, &request.target);
    // A client that went away is not our problem.
    let _ = write_response(stream, status, &kind, &headers, &body, head_only);
}

type Answer = (u16, String, Vec<(&'static str, String)>, Vec<u8>);

/// The response to `GET target`.
fn answer(state: &State, target: &str) -> Answer {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if path == RELOAD_PATH {
        return reload(state, target);
    }
    let error = state
        .build
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .error
        .clone();
    let found = resolve(&state.out, target).and_then(|path| contained(&state.out, &path));
    let wants_page = path.ends_with('/') || path.ends_with(".html");
    match (found, error) {
        (_, Some(error)) if wants_page => {
            let page = error_page(&error);
            (500, html_type(), vec![], page.into_bytes())
        }
        (Some(Found::File(file)), _) => match std::fs::read(&file) {
            Ok(bytes) => {
                let kind = content_type(&file);
                let bytes = if kind.starts_with("text/html") {
                    with_reload_script(bytes)
                } else {
                    bytes
                };
                (200, kind, vec![], bytes)
            }
            Err(_) => not_found(),
        },
        (Some(Found::Folder), _) => {
            let (path, query) = target.split_once('?').map_or((target, ""), |(p, q)| (p, q));
            // One leading slash: `//actors/` would be read as another host.
            let mut location = format!("/{}/", path.trim_start_matches('/'));
            if !query.is_empty() {
                location = format!("{location}?{query}");
            }
            (
                301,
                "text/plain; charset=utf-8".into(),
                vec![("Location", location)],
                vec![],
            )
        }
        (None, _) => not_found(),
    }
}

/// Answers a reload poll: at once without `since`, else when the build id
/// differs from `since` or after [`RELOAD_WAIT`].
fn reload(state: &State, target: &str) -> Answer {
    let since: Option<u64> = target
        .split_once("since=")
        .and_then(|(_, id)| id.split('&').next()?.parse().ok());
    let build = state.build.lock().unwrap_or_else(|e| e.into_inner());
    let build = match since {
        Some(since) => {
            state
                .changed
                .wait_timeout_while(build, RELOAD_WAIT, |b| b.id == since)
                .unwrap_or_else(|e| e.into_inner())
                .0
        }
        None => build,
    };
    let body = build.id.to_string().into_bytes();
    (
        200,
        "text/plain; charset=utf-8".into(),
        vec![("Cache-Control", "no-store".into())],
        body,
    )
}

fn not_found() -> Answer {
    (
        404,
        "text/plain; charset=utf-8".into(),
        vec![],
        b"404 Not Found\n".to_vec(),
    )
}

fn html_type() -> String {
    "text/html; charset=utf-8".into()
}

/// The page shown while the site does not build: the terminal's message.
fn error_page(message: &str) -> String {
    let escaped = message
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build error</title>\n<style>body{{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}}pre{{background:#fff4f4;border-left:4px solid #c00;padding:1rem;overflow:auto;white-space:pre-wrap}}</style></head>\n<body><h1>The site does not build</h1>\n<p>onrecord serve keeps watching: fix the file and save, and this page reloads.</p>\n<pre class=\"build-error\">{escaped}</pre>\n{RELOAD_SCRIPT}\n</body></html>\n"
    )
}

/// Inserts [`RELOAD_SCRIPT`] before the last `</body>` (or at the end).
fn with_reload_script(mut html: Vec<u8>) -> Vec<u8> {
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, RELOAD_SCRIPT.bytes());
    html
}

fn write_response(
    mut stream: &TcpStream,
    status: u16,
    kind: &str,
    headers: &[(&str, String)],
    body: &[u8],
    head_only: bool,
) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        _ => "Service Unavailable",
    };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// Maps a request target (`/articles/x/?q=1`) to a path under `root`
/// without touching the file system. Refuses (`None`) anything that could
/// leave `root`: `..` segments (also percent-encoded), backslashes, drive
/// letters and other `:` names, NUL, absolute-form targets and text that
/// does not decode to UTF-8. A path ending in `/` gets `index.html`.
pub fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let path = path.strip_prefix('/')?;
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()?;
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

/// The Content-Type of a file, by its extension; text types say UTF-8.
pub fn content_type(path: &Path) -> String {
    let Some(mime) = mime_guess::from_path(path).first() else {
        return "application/octet-stream".to_string();
    };
    let textual =
        mime.type_() == mime_guess::mime::TEXT || mime.subtype() == mime_guess::mime::JAVASCRIPT;
    if textual {
        format!("{}; charset=utf-8", mime.essence_str())
    } else {
        mime.essence_str().to_string()
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
    fn only_inputs_are_watched() {
        let root = Path::new("/site");
        for (rel, input) in [
            ("site.toml", true),
            ("content/articles/a.md", true),
            ("static/logo.png", true),
            ("themes/dossier/page.html", true),
            ("public/index.html", false),
            (".public.onrecord-staging/index.html", false),
            ("site.toml/x", false),
            ("notes.txt", false),
        ] {
            assert_eq!(is_input(root, &root.join(rel)), input, "{rel}");
        }
        assert!(!is_input(root, Path::new("/elsewhere/site.toml")));
    }

    #[test]
    fn changed_paths_are_the_stamps_that_differ() {
        let stamps = |list: &[(&str, u64)]| -> Stamps {
            list.iter()
                .map(|(p, len)| (PathBuf::from(p), None, *len))
                .collect()
        };
        let old = stamps(&[("a", 1), ("b", 1), ("gone", 1)]);
        let new = stamps(&[("a", 1), ("b", 2), ("new", 1)]);
        let mut changed = changed_paths(&old, &new);
        changed.sort();
        assert_eq!(changed, ["b", "gone", "new"].map(PathBuf::from));
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
        assert_eq!(
            content_type(Path::new("search-index.js")),
            "text/javascript; charset=utf-8"
        );
    }

    #[test]
    fn request_heads_are_bounded() {
        let ok = read_request(&b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n"[..]).unwrap();
        assert_eq!(ok.target, "/a");
        let huge = format!("GET /a HTTP/1.1\r\nX: {}\r\n\r\n", "x".repeat(200_000));
        assert_eq!(read_request(huge.as_bytes()), Err(431));
        assert_eq!(read_request(&b"GET /a\r\n\r\n"[..]), Err(400));
        assert_eq!(read_request(&b"GET /a HTTP/1.1\r\n"[..]), Err(400));
    }

    #[test]
    fn reload_script_goes_before_the_body_end() {
        let page = with_reload_script(b"<html><body><p>x</p></body></html>".to_vec());
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains("<p>x</p><script>"), "{page}");
        assert!(page.ends_with("</script></body></html>"), "{page}");
        assert!(error_page("a <b> & c").contains("a &lt;b&gt; &amp; c"));
    }
}
