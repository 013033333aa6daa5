//! The command line as a new user meets it: every command on a fresh
//! `onrecord init` site, the site folder given as `[DIR]` or `--root`, and
//! each kind of error, with the messages checked as snapshots.

use std::ffi::OsStr;

use crate::util::{Run, TempSite, fixture, onrecord};

/// Runs `onrecord` with string arguments and paths.
fn run(args: &[&dyn AsRef<OsStr>]) -> Run {
    let args: Vec<&OsStr> = args.iter().map(|a| a.as_ref()).collect();
    onrecord(&args)
}

/// A fresh `onrecord init` site in a temporary folder.
fn fresh_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    run(&[&"init", &root]).success();
    (dir, root)
}

/// `onrecord check <root>` after writing `rel` with `text` in a copy of the good fixture.
fn check_with(rel: &str, text: &str) -> Run {
    let site = TempSite::copy("good");
    site.write(rel, text);
    run(&[&"check", &site.root()])
}

const TALKS: &str = "content/articles/talks.md";

#[test]
fn misspelt_top_level_keys_warn_with_a_suggestion() {
    let out = check_with(
        TALKS,
        "---\ntitle: Talks in Geneva\ndate: 2016-12-11\noutlet: Example Wire\nautors: [A]\nquote:\n  - match: close\n    speaker: Sergei Ryabkov\n---\n“We are close to a deal,” said Sergei Ryabkov.\n",
    );
    out.success();
    insta::assert_snapshot!("misspelt_keys", out.stderr);
}

#[test]
fn a_misspelt_required_key_is_named_on_its_own_line() {
    let out = check_with(
        TALKS,
        "---\ndate: 2016-12-11\ntitel: Talks in Geneva\noutlet: Example Wire\n---\nText.\n",
    );
    out.failure(1);
    insta::assert_snapshot!("titel", out.stderr);
}

#[test]
fn impossible_dates_are_named_as_such() {
    for (name, date) in [
        ("month_13", "2016-13-45"),
        ("day_30_february", "2016-02-30"),
        ("year_0", "0000-01-01"),
        ("year_10000", "10000-01-01"),
    ] {
        let out = check_with(
            TALKS,
            &format!("---\ntitle: T\ndate: {date}\noutlet: O\n---\nText.\n"),
        );
        out.failure(1);
        insta::assert_snapshot!(name, out.stderr);
    }
}

#[test]
fn a_bad_base_url_is_shown_at_its_own_line() {
    let out = check_with(
        "site.toml",
        "title = \"Fixture site\"\ndescription = \"\"\"\nWhere base_url = is explained\n\"\"\"\nbase_url = \"example.org\"\n",
    );
    out.failure(1);
    insta::assert_snapshot!("base_url", out.stderr);
}

#[test]
fn a_quotes_entry_is_located_at_the_entry_not_at_the_title() {
    let out = check_with(
        TALKS,
        "---\ntitle: We are close to a deal\ndate: 2016-12-11\noutlet: Example Wire\nquotes:\n  - match: close to a deal\n    actor: rusia\n---\n“We are close to a deal,” said Sergei Ryabkov.\n",
    );
    out.failure(1);
    insta::assert_snapshot!("quotes_entry", out.stderr);
}

#[test]
fn several_errors_are_each_reported_once_with_exit_1() {
    let site = TempSite::copy("good");
    site.write("content/articles/a.md", "---\ntitle: [unclosed\n---\n");
    site.write(
        "content/articles/b.md",
        "---\ntitle: B\ndate: 2016-12-11\n---\n",
    );
    let out = run(&[&"build", &"--root", &site.root(), &"--output", &site.out()]);
    out.failure(1);
    assert!(!out.stderr.contains("error: error"), "{}", out.stderr);
    assert_eq!(out.stderr.matches("error: ").count(), 2, "{}", out.stderr);
    insta::assert_snapshot!("two_errors", out.stderr);
}

#[test]
fn a_huge_line_is_cut_in_the_message() {
    let huge = "x".repeat(200_000);
    let out = check_with(
        TALKS,
        &format!("---\ntitle: \"{huge}\ndate: 2016-12-11\noutlet: O\n---\n"),
    );
    out.failure(1);
    assert!(
        out.stderr.len() < 2_000,
        "{} bytes of stderr",
        out.stderr.len()
    );
    assert!(out.stderr.contains('…'), "{}", out.stderr);
}

#[test]
fn duplicate_articles_are_an_error() {
    let site = TempSite::copy("good");
    let text = std::fs::read_to_string(site.path(TALKS)).unwrap();
    site.write("content/articles/talks-again.md", &text);
    let out = run(&[&"check", &"--root", &site.root()]);
    out.failure(1);
    insta::assert_snapshot!("duplicate", out.stderr);
    // Another text under the same headline (a live page's updates) only warns.
    site.write(
        "content/articles/talks-again.md",
        text.replace("close to", "far from"),
    );
    let out = run(&[&"check", &"--root", &site.root()]);
    out.success()
        .stderr_has(&["warning: same outlet, title and date as"]);
}

#[test]
fn check_writes_nothing_and_speaks_json() {
    let site = TempSite::copy("good");
    site.write(
        "content/articles/more.md",
        "---\ntitle: More\ndate: 2016-12-12\noutlet: O\nautors: [A]\n---\nThe statement was short.\n\n“Nothing will change, whatever happens next in the city.”\n",
    );
    let before = crate::util::tree(&site.root());
    let out = run(&[&"check", &site.root()]);
    out.success();
    assert!(out.stderr.contains("did you mean"), "{}", out.stderr);
    assert!(out.stderr.contains("without a speaker"), "{}", out.stderr);
    let out = run(&[&"check", &site.root(), &"--format", &"json"]);
    out.success();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["errors"].as_array().unwrap().len(), 0);
    assert_eq!(json["warnings"][0]["file"], "content/articles/more.md");
    assert_eq!(json["warnings"][0]["line"], 5);
    assert_eq!(crate::util::tree(&site.root()), before, "check wrote files");
    insta::assert_json_snapshot!("check_json", json);
}

#[test]
fn every_command_takes_the_site_as_dir_or_root() {
    let (dir, root) = fresh_site();
    for command in ["check", "quotes", "build"] {
        run(&[&command, &root]).success();
        run(&[&command, &"--root", &root]).success();
    }
    let out = run(&[&"build", &root, &"--root", &root]);
    out.failure(2);
    let zip = dir.path().join("site.zip");
    run(&[&"archive", &root, &"-o", &zip]).success();
    run(&[&"verify", &zip]).success();
}

#[test]
fn build_flags_base_url_quiet_and_timings() {
    let (_dir, root) = fresh_site();
    let out = run(&[
        &"build",
        &root,
        &"--base-url",
        &"https://example.org/dossier",
        &"--timings",
    ]);
    out.success();
    for stage in ["load", "analyse", "graph", "render", "output", "total"] {
        assert!(
            out.stderr.contains(stage),
            "no {stage} timing: {}",
            out.stderr
        );
    }
    let feed = std::fs::read_to_string(root.join("public/atom.xml")).unwrap_or_default();
    let index = std::fs::read_to_string(root.join("public/index.html")).unwrap();
    assert!(
        feed.contains("https://example.org/dossier/")
            || index.contains("https://example.org/dossier/"),
        "base URL not used"
    );
    let out = run(&[&"build", &root, &"--quiet"]);
    out.success();
    assert_eq!(out.stdout, "");
    let out = run(&[&"build", &root, &"--base-url", &"example.org"]);
    out.failure(2);
    assert!(out.stderr.contains("--base-url"), "{}", out.stderr);
}

#[test]
fn new_article_and_actor_build() {
    let (_dir, root) = fresh_site();
    let out = run(&[
        &"new",
        &"article",
        &"Talks resume: no deal",
        &"--outlet",
        &"Wire",
        &"--date",
        &"2016-12-11",
        &"--url",
        &"https://wire.example/a",
        &"--root",
        &root,
    ]);
    out.success();
    let article = root.join("content/articles/2016-12-11-talks-resume-no-deal.md");
    let text = std::fs::read_to_string(&article).unwrap();
    assert!(text.contains("title: \"Talks resume: no deal\""), "{text}");
    run(&[&"new", &"actor", &"Free Syrian Army", &"--root", &root]).success();
    assert!(root.join("content/actors/free-syrian-army.md").is_file());
    run(&[&"check", &root]).success();
    let again = run(&[&"new", &"actor", &"Free Syrian Army", &"--root", &root]);
    again.failure(2).stderr_has(&["exists already"]);
    let bad = run(&[
        &"new",
        &"article",
        &"X",
        &"--date",
        &"2016-13-01",
        &"--root",
        &root,
    ]);
    bad.failure(2).stderr_has(&["month 13 does not exist"]);
}

#[test]
fn import_five_outlet_layouts() {
    let (_dir, root) = fresh_site();
    let pages = fixture("import");
    let out = run(&[&"import", &pages, &"--root", &root]);
    out.success();
    let read =
        |name: &str| std::fs::read_to_string(root.join("content/articles").join(name)).unwrap();

    let wire = read("2016-12-11-rebels-reject-corridor-offer-in-aleppo.md");
    for part in [
        "outlet: \"Wire Service\"",
        "url: \"https://www.wire.example/world/rebels-reject-corridor-offer-idUS123\"",
        "authors: [\"Lina Haddad\", \"Tom Perry\"]",
        "agencies: [\"Reuters\"]",
        "\"We will not surrender the city",
    ] {
        assert!(wire.contains(part), "{part}:\n{wire}");
    }
    for noise in [
        "Read more",
        "morning briefing",
        "Earlier story",
        "Terms of use",
        "Home",
        "By Lina",
    ] {
        assert!(!wire.contains(noise), "{noise}:\n{wire}");
    }

    let broadsheet = read("2016-12-12-ceasefire-talks-stall-in-geneva.md");
    for part in [
        "> \"There is no agreement",
        "- access for aid convoys;",
        "authors: [\"Martin Chulov\"]",
    ] {
        assert!(broadsheet.contains(part), "{part}:\n{broadsheet}");
    }
    assert!(
        !broadsheet.contains("Photograph"),
        "caption kept:\n{broadsheet}"
    );
    assert!(!broadsheet.contains("Sign up"), "promo kept:\n{broadsheet}");

    let broadcaster = read("2016-12-14-aleppo-evacuation-deal-collapses.md");
    assert!(
        broadcaster.contains("outlet: \"Gulf Broadcaster\""),
        "{broadcaster}"
    );
    assert!(
        broadcaster.contains("authors: [\"Zeina Khodr\"]"),
        "{broadcaster}"
    );
    assert!(!broadcaster.contains("Share on"), "{broadcaster}");

    let agency = read("2016-12-08-russia-says-syrian-army-has-halted-operations-in-aleppo.md");
    assert!(agency.contains("agencies: [\"AP\"]"), "{agency}");
    assert!(!agency.contains("Advertisement"), "{agency}");

    // The page with no metadata is imported, and the report says what is missing.
    for part in [
        "blog-minimal.html",
        "date: no publication date",
        "outlet: not found",
        "authors: no byline",
    ] {
        assert!(out.stdout.contains(part), "{part}:\n{}", out.stdout);
    }
    let minimal = std::fs::read_dir(root.join("content/articles"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with("notes-from-the-siege.md"))
        .expect("blog page imported");
    assert!(!read(&minimal).contains("Read also"));

    // The imported site checks; importing again never overwrites.
    run(&[&"check", &root]).success();
    let again = run(&[&"import", &pages.join("wire-jsonld.html"), &"--root", &root]);
    again.failure(2).stderr_has(&["exists already"]);
    insta::assert_snapshot!("import_wire", wire);
}

#[test]
fn an_empty_page_is_an_error_naming_the_file() {
    let (dir, root) = fresh_site();
    let page = dir.path().join("empty.html");
    std::fs::write(&page, "<html><body><nav>Home</nav></body></html>").unwrap();
    let out = run(&[&"import", &page, &"--root", &root]);
    out.failure(1)
        .stderr_has(&["empty.html", "no article text"]);
}
