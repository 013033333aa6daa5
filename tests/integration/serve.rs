//! `onrecord serve`: serves the built site on 127.0.0.1 and nothing
//! outside the output folder.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::TempSite;

/// Kills the server when the test ends, passed or not.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(addr: &str, target: &str) -> String {
    try_get(addr, target).unwrap()
}

fn try_get(addr: &str, target: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(addr)?;
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    Ok(String::from_utf8_lossy(&response).into_owned())
}

/// Starts `onrecord serve` on the site on a free port; returns the server
/// and its address.
fn start(site: &TempSite) -> (Server, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_onrecord"));
    command.arg("serve").arg("--root").arg(site.root());
    started(site, command)
}

/// Starts `onrecord serve` as an editor does, in the site folder with no
/// folder named (`.`, a relative path).
fn start_in_site(site: &TempSite) -> (Server, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_onrecord"));
    command.arg("serve").current_dir(site.root());
    started(site, command)
}

fn started(site: &TempSite, mut command: Command) -> (Server, String) {
    let mut child = command
        .arg("--output")
        .arg(site.out())
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let server = Server(child);
    // The address is printed once the socket is listening (port 0: any free one).
    let addr = BufReader::new(stdout)
        .lines()
        .map(|l| l.unwrap())
        .find_map(|l| {
            let rest = l.split_once("http://")?.1;
            Some(rest.split('/').next()?.to_string())
        })
        .expect("serve printed its address");
    (server, addr)
}

#[test]
fn serves_pages_and_refuses_traversal() {
    let site = TempSite::copy("good");
    std::fs::write(site.dir.path().join("secret.txt"), "top secret").unwrap();
    let (server, addr) = start(&site);
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");

    let page = get(&addr, "/");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(
        page.contains("Content-Type: text/html; charset=utf-8"),
        "{page}"
    );
    assert!(page.contains("Fixture site"), "{page}");
    let json = get(&addr, "/data/quotes.json");
    assert!(json.contains("Content-Type: application/json"), "{json}");

    for target in [
        "/../site.toml",
        "/%2e%2e/site.toml",
        "/..%2f..%2fsecret.txt",
        "/../../secret.txt",
        "/%2e%2e/%2e%2e/secret.txt",
        "/..\\secret.txt",
    ] {
        let response = get(&addr, target);
        assert!(response.starts_with("HTTP/1.1 404"), "{target}: {response}");
        assert!(
            !response.contains("top secret") && !response.contains("title ="),
            "{target}: {response}"
        );
    }
    drop(server);
}

/// The body of a response.
fn body(response: &str) -> &str {
    response.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

/// Polls `target` until `ok` holds of the response, for at most `limit`.
/// A connection the server resets (it may still be at its connection
/// limit, or restarting) is one more poll, not a failure, until `limit`.
fn wait_for(addr: &str, target: &str, limit: Duration, ok: impl Fn(&str) -> bool) -> String {
    let started = Instant::now();
    loop {
        let timed_out = started.elapsed() > limit;
        match try_get(addr, target) {
            Ok(response) if ok(&response) || timed_out => return response,
            Err(e) if timed_out => panic!("GET {target}: {e}"),
            _ => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

const TALKS: &str = "content/articles/talks.md";

#[test]
fn an_edit_is_served_and_a_reload_signalled_within_a_second() {
    let site = TempSite::copy("good");
    let (_server, addr) = start(&site);
    let page = get(&addr, "/articles/talks/");
    assert!(
        page.contains("/__onrecord/reload"),
        "no reload script served"
    );
    let built = std::fs::read_to_string(site.out().join("articles/talks/index.html")).unwrap();
    assert!(
        !built.contains("__onrecord"),
        "the reload script reached the output"
    );
    let id = body(&get(&addr, "/__onrecord/reload")).to_string();

    // The poll waits for the rebuild; it must answer with a new id in time.
    let poll = {
        let addr = addr.clone();
        let id = id.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let response = get(&addr, &format!("/__onrecord/reload?since={id}"));
            (body(&response).to_string(), started.elapsed())
        })
    };
    std::thread::sleep(Duration::from_millis(50));
    let text = std::fs::read_to_string(site.path(TALKS)).unwrap();
    let saved = Instant::now();
    site.write(TALKS, text.replace("Talks in Geneva", "Talks in Vienna"));
    let (new_id, _) = poll.join().unwrap();
    let signalled = saved.elapsed();
    assert_ne!(new_id, id);
    assert!(
        signalled < Duration::from_secs(1),
        "reload after {signalled:?}"
    );
    let page = get(&addr, "/articles/talks/");
    assert!(page.contains("Talks in Vienna"), "{page}");
}

/// The watcher reports changed files by absolute path; a site folder
/// given relative (the default `.`) must still see them.
#[test]
fn an_edit_is_rebuilt_when_serve_runs_in_the_site_folder() {
    let site = TempSite::copy("good");
    let (_server, addr) = start_in_site(&site);
    let text = std::fs::read_to_string(site.path(TALKS)).unwrap();
    site.write(TALKS, text.replace("Talks in Geneva", "Talks in Vienna"));
    let page = wait_for(&addr, "/articles/talks/", Duration::from_secs(10), |page| {
        page.contains("Talks in Vienna")
    });
    assert!(page.contains("Talks in Vienna"), "not rebuilt: {page}");
}

#[test]
fn a_build_error_is_shown_as_a_page_until_it_is_fixed() {
    let site = TempSite::copy("good");
    let (_server, addr) = start(&site);
    let good = std::fs::read_to_string(site.path(TALKS)).unwrap();
    site.write(
        TALKS,
        good.replace("title: Talks in Geneva", "title: [Talks"),
    );
    let page = wait_for(&addr, "/", Duration::from_secs(3), |r| {
        r.starts_with("HTTP/1.1 500")
    });
    assert!(page.starts_with("HTTP/1.1 500"), "{page}");
    assert!(page.contains("error: front matter"), "{page}");
    assert!(
        page.contains("--&gt; content/articles/talks.md:2"),
        "{page}"
    );
    assert!(
        page.contains("/__onrecord/reload"),
        "the error page must reload too"
    );
    site.write(
        TALKS,
        good.replace("Talks in Geneva", "Talks in Geneva, again"),
    );
    let page = wait_for(&addr, "/", Duration::from_secs(3), |r| {
        r.starts_with("HTTP/1.1 200")
    });
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("Fixture site"), "{page}");
}

#[test]
fn a_client_that_reads_nothing_does_not_stall_others() {
    let site = TempSite::copy("good");
    let (_server, addr) = start(&site);
    let mut greedy = TcpStream::connect(&addr).unwrap();
    let mut requests = String::new();
    for _ in 0..500 {
        requests.push_str(&format!(
            "GET /data/quotes.json HTTP/1.1\r\nHost: {addr}\r\n\r\n"
        ));
    }
    greedy.write_all(requests.as_bytes()).unwrap();
    let started = Instant::now();
    let page = get(&addr, "/");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    drop(greedy);
}

#[test]
fn huge_headers_and_too_many_connections_are_refused() {
    let site = TempSite::copy("good");
    let (_server, addr) = start(&site);
    let mut stream = TcpStream::connect(&addr).unwrap();
    let header = format!("GET / HTTP/1.1\r\nX-Big: {}", "x".repeat(64 * 1024));
    // The server may close before all of it is sent; that is the point.
    let _ = stream.write_all(header.as_bytes());
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let response = String::from_utf8_lossy(&response);
    assert!(response.starts_with("HTTP/1.1 431"), "{response}");

    let idle: Vec<TcpStream> = (0..80)
        .map(|_| TcpStream::connect(&addr).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let mut busy = TcpStream::connect(&addr).unwrap();
    busy.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut response = String::new();
    let _ = busy.read_to_string(&mut response);
    assert!(response.starts_with("HTTP/1.1 503"), "{response}");
    drop(idle);
    let page = wait_for(&addr, "/", Duration::from_secs(3), |r| {
        r.starts_with("HTTP/1.1 200")
    });
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
}

#[test]
fn folders_redirect_to_one_leading_slash() {
    let site = TempSite::copy("good");
    let (_server, addr) = start(&site);
    for target in ["//actors", "///actors", "/actors"] {
        let response = get(&addr, target);
        assert!(response.starts_with("HTTP/1.1 301"), "{target}: {response}");
        assert!(
            response.contains("\r\nLocation: /actors/\r\n"),
            "{target}: {response}"
        );
    }
}

#[test]
fn a_site_that_does_not_build_yet_is_served_as_its_error() {
    let site = TempSite::copy("good");
    let good = std::fs::read_to_string(site.path(TALKS)).unwrap();
    site.write(TALKS, good.replace("date: 2016-12-11", "date: 2016-13-45"));
    let (_server, addr) = start(&site);
    let page = get(&addr, "/");
    assert!(page.starts_with("HTTP/1.1 500"), "{page}");
    assert!(page.contains("month 13 does not exist"), "{page}");
    site.write(TALKS, good);
    let page = wait_for(&addr, "/", Duration::from_secs(3), |r| {
        r.starts_with("HTTP/1.1 200")
    });
    assert!(page.contains("Fixture site"), "{page}");
}
