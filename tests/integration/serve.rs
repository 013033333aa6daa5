//! `onrecord serve`: serves the built site on 127.0.0.1 and nothing
//! outside the output folder.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

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
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    String::from_utf8_lossy(&response).into_owned()
}

#[test]
fn serves_pages_and_refuses_traversal() {
    let site = TempSite::copy("good");
    std::fs::write(site.dir.path().join("secret.txt"), "top secret").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .arg("serve")
        .arg("--root")
        .arg(site.root())
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
