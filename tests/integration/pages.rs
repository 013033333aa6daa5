//! What a reader sees: the details of the example's pages (each a bug once
//! seen), the speaker, outlet and statement pages, and pages whose size
//! does not grow with the package.

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the site at `root` into a fresh temporary folder.
fn build(root: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    crate::util::build_with_library(root, &out);
    (dir, out)
}

fn read(out: &Path, path: &str) -> String {
    std::fs::read_to_string(out.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every HTML page under `dir`, as (relative path, text).
fn pages(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(at) = todo.pop() {
        for entry in std::fs::read_dir(&at).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "html") {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                found.push((rel, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn example_details_read_right() {
    let (_dir, out) = build(&repo());
    let all = pages(&out);
    for (path, html) in &all {
        // An outlet is never shown as its own agency.
        for own in ["via Agence France-Presse", "via Al Jazeera"] {
            assert!(!html.contains(own), "{path}: {own}");
        }
        // Editor-facing text stays in the build report.
        assert!(!html.contains("Source file:"), "{path}: source file shown");
        assert!(
            !html.contains("under <code>quotes:</code>"),
            "{path}: editor hint"
        );
        // Display text is whitespace-normalised.
        if let Some(at) = html.find("a win for us, but") {
            let rest = &html[at + "a win for us, but".len()..];
            assert!(rest.starts_with(" let’s"), "{path}: gap in a quote");
        }
    }
    // Dates and attribution words are labelled.
    let russia = read(&out, "actors/russia/index.html");
    assert!(russia.contains("said on <a href=\"#s-"));
    assert!(russia.contains("published <time"));
    assert!(russia.contains("<b>attribution:</b> Ryabkov added"));
    // A body speaking for itself is not named twice.
    let timeline = read(&out, "timeline/index.html");
    assert!(!timeline.contains(
        ">Russia</a></b> <span class=\"actor-tag actor-c-russia\"><a href=\"../actors/russia/index.html\">Russia</a>"
    ));
    // The timeline is a chronology: a line per statement linked to its
    // place in the dossier, not the card with its reports.
    assert!(!timeline.contains("published <time"));
    assert!(timeline.contains("<a href=\"../actors/russia/index.html#s-"));
    // Role and actor are separated; bodies are listed apart from people.
    let speakers = read(&out, "speakers/index.html");
    assert!(!speakers.contains("activist<a"), "missing separator");
    let bodies = &speakers[speakers.find("id=\"bodies\"").expect("a bodies section")..];
    assert!(bodies.contains(">Kremlin</a>"));
    assert!(bodies.contains(">Syrian Observatory for Human Rights</a>"));
    assert!(!bodies.contains(">Sergei Ryabkov</a>"));
}

#[test]
fn dossier_infobox_and_speaker_and_outlet_pages() {
    let (_dir, out) = build(&repo());
    let russia = read(&out, "actors/russia/index.html");
    let infobox = &russia[russia.find("class=\"infobox\"").expect("an infobox")..];
    let infobox = &infobox[..infobox.find("</aside>").unwrap()];
    assert!(infobox.contains("Who speaks for it"));
    assert!(infobox.contains("href=\"../../speakers/speaker-sergei-ryabkov/index.html\""));
    // "Jump to speaker": the speaker's group on the dossier.
    assert!(infobox.contains("href=\"../../actors/russia/index.html#speaker-sergei-ryabkov\""));
    assert!(russia.contains("id=\"speaker-sergei-ryabkov\""));
    assert!(infobox.contains("First statement") && infobox.contains("Carried by"));

    let ryabkov = read(&out, "speakers/speaker-sergei-ryabkov/index.html");
    assert!(ryabkov.contains("<h1>Sergei Ryabkov</h1>"));
    assert!(ryabkov.contains("speaks for <a href=\"../../actors/russia/index.html\">Russia</a>"));
    assert!(ryabkov.contains("Quoted by"));

    let afp = read(&out, "sources/outlet-afp/index.html");
    assert!(afp.contains("href=\"../../articles/afp-rebels-reject-aleppo-exit/index.html\""));
    assert!(afp.contains("reported by no other outlet"));
    let sources = read(&out, "sources/index.html");
    assert!(sources.contains("href=\"../sources/outlet-afp/index.html\""));

    // Actors never quoted are listed apart, not as empty cards.
    let home = read(&out, "index.html");
    let cards = &home[..home.find("Mentioned, never quoted").unwrap_or(home.len())];
    assert!(!cards.contains("<strong>0</strong> statements"));
}

/// Each statement's words once per page kind: in full with every source on
/// its dossier card, a line of first words elsewhere; no block every page
/// repeats that a script or another page already gives.
#[test]
fn words_in_full_once_per_kind_and_light_chrome() {
    let (_dir, out) = build(&repo());
    let words = "This agreement has not yet been reached";
    let russia = read(&out, "actors/russia/index.html");
    assert!(russia.contains(words), "the dossier keeps the words");
    assert!(
        russia.contains("href=\"../../articles/mee-russia-denies-deal/index.html#q-"),
        "and links each report's article"
    );
    let ryabkov = read(&out, "speakers/speaker-sergei-ryabkov/index.html");
    assert!(
        !ryabkov.contains(words),
        "the speaker page has a line, not the card"
    );
    assert!(ryabkov.contains(
        "<a href=\"../../actors/russia/index.html#s-a238a3c2356a\">“The issue of withdrawing"
    ));
    assert!(ryabkov.contains("<li id=\"s-a238a3c2356a\"><time datetime=\"2016-12-11\">"));
    for (path, html) in pages(&out) {
        // The masthead search box is made by search.js, which runs it.
        assert!(!html.contains("<form class=\"site-search\""), "{path}");
        // No tooltip on quote marks and actor links; no original link per
        // report on cards (the article page has it).
        if path.starts_with("articles/") {
            assert!(!html.contains(" title=\""), "{path}");
        }
        assert!(!html.contains("class=\"original\""), "{path}");
    }
}

/// A site where one statement by Ada Brook is reported by `n` articles.
fn one_statement_site(root: &Path, n: usize) {
    std::fs::create_dir_all(root.join("content/articles")).unwrap();
    std::fs::create_dir_all(root.join("content/actors")).unwrap();
    std::fs::write(root.join("site.toml"), "title = \"Echo\"\n").unwrap();
    std::fs::write(
        root.join("content/actors/northland.md"),
        "---\nname: \"Northland\"\npeople:\n  - name: \"Ada Brook\"\n    role: \"Foreign Minister\"\n---\n",
    )
    .unwrap();
    for i in 0..n {
        std::fs::write(
            root.join(format!("content/articles/echo-{i:04}.md")),
            format!(
                "---\ntitle: \"Echo {i}\"\ndate: 2016-12-{:02}\noutlet: \"{}\"\n---\n\n“The harbour stays open to every ship,” Ada Brook said.\n",
                1 + i % 28,
                match i % 7 {
                    1 => "Outlet One".to_string(),
                    n => format!("Outlet {n}"),
                }
            ),
        )
        .unwrap();
    }
}

#[test]
fn a_statement_reported_many_times_keeps_pages_small() {
    let sizes = |n: usize| {
        let dir = tempfile::tempdir().unwrap();
        one_statement_site(dir.path(), n);
        let (_out_dir, out) = build(dir.path());
        let page = |path: &str| read(&out, path).len();
        let all = pages(&out);
        let statement = all
            .iter()
            .find(|(path, _)| path.starts_with("statements/"))
            .map(|(_, html)| html.matches("<li><a href=\"../../articles/").count());
        (
            page("articles/echo-0000/index.html"),
            page("actors/northland/index.html"),
            page("speakers/speaker-ada-brook/index.html"),
            statement,
        )
    };
    let (article_few, dossier_few, speaker_few, _) = sizes(20);
    let (article_many, dossier_many, speaker_many, statement) = sizes(2000);
    // The count grows by a few digits; the pages do not list every report.
    assert!(
        article_many <= article_few + 8,
        "{article_few} -> {article_many}"
    );
    assert!(
        dossier_many <= dossier_few + 400,
        "{dossier_few} -> {dossier_many}"
    );
    assert!(
        speaker_many <= speaker_few + 400,
        "{speaker_few} -> {speaker_many}"
    );
    // Every report is listed once, on the statement's own page.
    assert_eq!(statement, Some(2000));
}

#[test]
fn outlet_aliases_make_one_outlet() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    one_statement_site(root, 2);
    std::fs::write(
        root.join("site.toml"),
        "title = \"Echo\"\n[outlets]\n\"Outlet One\" = \"Outlet 0\"\n",
    )
    .unwrap();
    let (_out_dir, out) = build(root);
    assert!(out.join("sources/outlet-outlet-0/index.html").is_file());
    assert!(!out.join("sources/outlet-outlet-1/index.html").exists());
    let sources = read(&out, "sources/index.html");
    assert!(sources.contains("Outlet 0</a> · 2 articles"), "{sources}");
}
