//! `onrecord build` on the example site (the repository root) and on the
//! nested fixture: every page kind, links that resolve from disk, and
//! byte-identical rebuilds.

use std::path::{Path, PathBuf};

use onrecord::{BuildOptions, BuildReport};

use crate::site_checks::{assert_site_ok, attribute_values};
use crate::util::{build_with_library, copy_dir, example, fixture, tree};

/// Builds the site at `root` into a fresh temporary folder.
fn build(root: &Path) -> (tempfile::TempDir, PathBuf, BuildReport) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let report = build_with_library(root, &out);
    (dir, out, report)
}

fn nested() -> PathBuf {
    fixture("nested")
}

fn read(out: &Path, path: &str) -> String {
    std::fs::read_to_string(out.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn example_has_every_page_kind() {
    let (_dir, out, report) = build(&example());
    for page in [
        "index.html",
        "timeline/index.html",
        "speakers/index.html",
        "sources/index.html",
        "voices/index.html",
        "search/index.html",
        "404.html",
        ".nojekyll",
        "robots.txt",
        "search-index.js",
        "assets/style.css",
        "assets/search.js",
        "data/articles.json",
        "data/actors.json",
        "data/quotes.json",
    ] {
        assert!(out.join(page).is_file(), "{page} missing");
    }
    for actor in [
        "russia",
        "united-states",
        "rebel-factions",
        "icrc",
        "nureddine-al-zinki",
    ] {
        let page = read(&out, &format!("actors/{actor}/index.html"));
        assert!(page.contains("<h1>"), "actors/{actor}: no heading");
    }
    let home = read(&out, "index.html");
    assert!(
        home.contains("href=\"actors/russia/index.html\""),
        "home links Russia"
    );
    assert!(
        home.contains("href=\"voices/index.html\""),
        "home links voices"
    );
    let article = read(&out, "articles/mee-russia-denies-deal/index.html");
    assert!(article.contains("<a id=\"q-"), "quotes are marked");
    assert!(article.contains("Middle East Eye"));
    // Sub-actors are listed on the parent's dossier.
    let rebels = read(&out, "actors/rebel-factions/index.html");
    assert!(rebels.contains("href=\"../../actors/nureddine-al-zinki/index.html\""));
    // The search index is a script, loaded without fetch.
    let index = read(&out, "search-index.js");
    assert!(index.starts_with("window.ONRECORD_SEARCH = {"));
    assert!(index.contains("mee-russia-denies-deal"), "article slugs");
    assert!(index.contains("\"withdrawing\""), "statement words");
    assert_eq!(report.search_index_bytes, index.len());
    // base_url is "/": no canonical link, and no sitemap or feed, which
    // need absolute addresses.
    assert!(!home.contains("rel=\"canonical\""));
    assert!(!report.feeds);
    assert!(!out.join("sitemap.xml").exists() && !out.join("atom.xml").exists());
    assert!(
        !home.contains("atom.xml"),
        "no link to a feed that is not written"
    );
}

#[test]
fn example_passes_the_site_checks() {
    let (_dir, out, _) = build(&example());
    assert_site_ok(&out);
}

#[test]
fn every_page_has_skip_link_landmarks_and_nav() {
    let (_dir, out, _) = build(&example());
    let pages: Vec<(String, Vec<u8>)> = tree(&out)
        .into_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .collect();
    assert!(pages.len() >= 20, "{} pages", pages.len());
    for (path, bytes) in pages {
        let html = String::from_utf8(bytes).unwrap();
        assert!(
            html.starts_with("<!doctype html>\n<html lang=\"en\""),
            "{path}"
        );
        assert!(
            html.contains("<a href=\"#main\">Skip to content</a>"),
            "{path}"
        );
        assert!(html.contains("<main id=\"main\""), "{path}");
        assert!(html.contains("<nav aria-label=\"Sections\">"), "{path}");
        assert!(!html.contains("fetch("), "{path}");
    }
}

#[test]
fn nested_fixture_builds_with_absolute_base_url() {
    let (_dir, out, report) = build(&nested());
    assert!(
        report.feeds,
        "an absolute base_url gets a sitemap and a feed"
    );
    assert_site_ok(&out);
    let article = read(&out, "articles/harbour-deal/index.html");
    assert!(article.contains(
        "<link rel=\"canonical\" href=\"https://example.github.io/harbour/articles/harbour-deal/index.html\">"
    ));
    assert!(article.contains("property=\"og:url\""));
    assert_eq!(
        article.contains("<pre class=\"code\"><code class=\"language-json\">"),
        cfg!(feature = "highlight"),
        "code is highlighted with the highlight feature only"
    );
    assert!(out.join("articles/river-brief/index.html").is_file());
    let sitemap = read(&out, "sitemap.xml");
    assert!(
        sitemap
            .contains("<loc>https://example.github.io/harbour/actors/northland/index.html</loc>")
    );
    let feed = read(&out, "atom.xml");
    assert!(feed.contains("<id>https://example.github.io/harbour/atom.xml</id>"));
    // The faction's statements roll up into the league's dossier.
    let league = read(&out, "actors/southern-league/index.html");
    assert!(league.contains("has offered nothing"), "{league}");
    assert!(league.contains("Omar Reed"));
    // Unattributed quotes are listed, never dropped.
    let voices = read(&out, "voices/index.html");
    assert!(voices.contains("Nobody asked us."));
    // Actor names in statements link to their dossiers.
    let northland = read(&out, "actors/northland/index.html");
    assert!(
        northland
            .contains("<a href=\"../../actors/southern-league/index.html\">Southern League</a>")
    );
}

#[test]
fn two_builds_are_byte_identical() {
    for root in [example(), nested()] {
        let (_a, first, _) = build(&root);
        let (_b, second, _) = build(&root);
        let (first, second) = (tree(&first), tree(&second));
        assert_eq!(
            first.keys().collect::<Vec<_>>(),
            second.keys().collect::<Vec<_>>()
        );
        for (path, bytes) in &first {
            assert!(bytes == &second[path], "{path} differs between builds");
        }
    }
}

#[test]
fn site_theme_overrides_built_in_files_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&nested(), &root);
    let templates = root.join("themes/dossier/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("home.html"),
        "{% extends \"base.html\" %}{% block main %}<p>Our own home</p>{% endblock %}",
    )
    .unwrap();
    let (_out_dir, out, _) = build(&root);
    let home = read(&out, "index.html");
    assert!(home.contains("<p>Our own home</p>"));
    assert!(
        home.contains("assets/style.css"),
        "base.html still built in"
    );

    std::fs::write(templates.join("home.html"), "{% if %}").unwrap();
    let err = onrecord::build(&BuildOptions {
        root: root.clone(),
        output: Some(dir.path().join("out2")),
        base_url: None,
    })
    .unwrap_err()
    .to_string();
    assert!(
        err.starts_with("themes/dossier/templates/home.html:1"),
        "{err}"
    );
}

/// Issue 2's acceptance line: one statement, three outlets, each linked.
#[test]
fn russia_dossier_lists_ryabkov_statement_once_with_every_outlet() {
    let (_dir, out, _) = build(&example());
    let page = read(&out, "actors/russia/index.html");
    let needle = "The issue of withdrawing militants";
    assert_eq!(page.matches(needle).count(), 1, "listed once");
    let at = page.find(needle).unwrap();
    let start = page[..at].rfind("<li id=\"s-").unwrap();
    let end = at + page[at..].find("</ul>\n</li>").unwrap();
    let item = &page[start..end];
    for slug in [
        "aljazeera-no-safe-exit",
        "mee-russia-denies-deal",
        "presstv-safe-passage-unreal",
    ] {
        assert!(
            item.contains(&format!("href=\"../../articles/{slug}/index.html#q-")),
            "no link to {slug} in {item}"
        );
    }
    assert!(item.contains("via RIA"), "{item}");
}

/// How many `<a` elements of `html` open inside another link.
fn nested_links(html: &str) -> usize {
    let mut depth = 0usize;
    let mut nested = 0;
    for (at, _) in html.match_indices('<') {
        let rest = &html[at..];
        if rest.starts_with("<a ") || rest.starts_with("<a>") {
            nested += usize::from(depth > 0);
            depth += 1;
        } else if rest.starts_with("</a>") {
            depth = depth.saturating_sub(1);
        }
    }
    nested
}

#[test]
fn actor_names_in_bodies_link_to_other_dossiers_never_nested() {
    let (_dir, out, _) = build(&example());
    let article = read(&out, "articles/afp-rebels-reject-aleppo-exit/index.html");
    assert!(
        article.contains("<a href=\"../../actors/army-of-islam/index.html\">Army of Islam</a>"),
        "names in the article text link to dossiers"
    );
    let russia = read(&out, "actors/russia/index.html");
    let background = &russia[russia.find("id=\"background-heading\"").unwrap()..];
    let background = &background[..background.find("</section>").unwrap()];
    assert!(
        background.contains("href=\"../../actors/united-states/index.html\""),
        "{background}"
    );
    for (path, bytes) in tree(&out) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        assert_eq!(nested_links(&html), 0, "{path}: a link inside a link");
        if let Some(id) = path
            .strip_prefix("actors/")
            .and_then(|p| p.strip_suffix("/index.html"))
        {
            // Name links carry no class: any link to the page itself but
            // the chart legend's (a swatch, then the name) would be one.
            let own = format!("href=\"../../actors/{id}/index.html\"");
            let legend = format!("</span><a {own}");
            assert!(
                !html.replace(&legend, "").contains(&own),
                "{path} links to itself"
            );
        }
    }
}

/// Words for made-up quotes that differ from each other in most words.
fn made_up_quote(n: u64) -> String {
    const WORDS: [&str; 24] = [
        "harbour", "grain", "ships", "ferries", "cranes", "tariffs", "fuel", "crews", "docks",
        "permits", "convoys", "bridges", "pilots", "cargo", "quays", "locks", "tugs", "buoys",
        "berths", "depots", "silos", "routes", "tides", "beacons",
    ];
    let mut x = n.wrapping_mul(2_654_435_761).wrapping_add(97);
    let mut words = Vec::new();
    for _ in 0..9 {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        words.push(WORDS[usize::try_from(x >> 59).unwrap() % WORDS.len()]);
    }
    format!("Statement {n}: the {} must wait", words.join(" and "))
}

/// A minute in a debug build (paging starts at 1,000 statements; the rules
/// are unit-tested in `render::paging`): CI runs it as its own step.
#[test]
#[ignore = "stress size; run with `cargo test -- --ignored`"]
fn large_sites_split_speakers_and_timeline_pages() {
    use onrecord::render::paging::{PAGE_ARTICLES, PAGE_STATEMENTS};
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("content/articles")).unwrap();
    std::fs::create_dir_all(site.join("content/actors")).unwrap();
    std::fs::write(site.join("site.toml"), "title = \"Large\"\n").unwrap();
    std::fs::write(
        site.join("content/actors/northland.md"),
        "---\nname: \"Northland\"\npeople:\n  - name: \"Ada Brook\"\n    role: \"Foreign Minister\"\n---\n",
    )
    .unwrap();
    std::fs::write(
        site.join("content/actors/southland.md"),
        "---\nname: \"Southland\"\npeople:\n  - name: \"Omar Reed\"\n    role: \"Commander\"\n---\n",
    )
    .unwrap();
    // 46 articles of 24 quotes: two in November, the rest in December,
    // which then holds more statements than one page shows.
    let mut n = 0;
    for article in 0..46u64 {
        let date = match article {
            0 => "2016-11-29".to_string(),
            1 => "2016-11-30".to_string(),
            a => format!("2016-12-{:02}", 1 + a % 28),
        };
        let mut body = format!(
            "---\ntitle: \"Harbour report {article}\"\ndate: {date}\noutlet: \"Harbour Herald\"\n---\n"
        );
        for _ in 0..24 {
            let speaker = if n % 2 == 0 { "Ada Brook" } else { "Omar Reed" };
            body.push_str(&format!("\n“{},” {speaker} said.\n", made_up_quote(n)));
            n += 1;
        }
        std::fs::write(
            site.join(format!("content/articles/report-{article:02}.md")),
            body,
        )
        .unwrap();
    }
    // Short articles with no quotes, enough to split the sources page.
    for brief in 0..PAGE_ARTICLES - 40 {
        std::fs::write(
            site.join(format!("content/articles/brief-{brief:04}.md")),
            format!("---\ntitle: \"Brief {brief}\"\ndate: 2016-12-01\noutlet: \"Wire {}\"\n---\n\nNo words.\n", brief % 3),
        )
        .unwrap();
    }
    let (_out_dir, out, report) = build(&site);
    assert!(report.statements > PAGE_STATEMENTS, "{}", report.statements);
    assert!(report.articles > PAGE_ARTICLES, "{}", report.articles);

    let speakers = read(&out, "speakers/index.html");
    assert!(speakers.contains("id=\"speaker-ada-brook\""));
    assert!(speakers.contains("href=\"../speakers/speaker-ada-brook/index.html\""));
    let ada = read(&out, "speakers/speaker-ada-brook/index.html");
    assert!(ada.contains("<h1>Ada Brook</h1>"));
    // Ada's statements and Northland's dossier take more than one page.
    let ada_2 = read(&out, "speakers/speaker-ada-brook/2/index.html");
    assert!(ada_2.contains("page 2"));
    // Top and bottom pagers are landmarks with names of their own.
    assert_eq!(ada_2.matches("aria-label=\"Pages\"").count(), 1);
    assert_eq!(
        ada_2.matches("aria-label=\"Pages, end of list\"").count(),
        1
    );
    assert!(ada.contains("href=\"../../speakers/speaker-ada-brook/2/index.html\""));
    let northland_2 = read(&out, "actors/northland/2/index.html");
    let moved = attribute_values(&northland_2, "id")
        .into_iter()
        .find(|id| id.starts_with("s-"))
        .expect("page 2 of the dossier lists statements");
    // The permalink of a statement on page 2 names page 2.
    let search = read(&out, "search-index.js");
    assert!(search.contains(moved));
    let article_links: usize = tree(&out)
        .into_iter()
        .filter(|(path, _)| path.starts_with("articles/"))
        .map(|(_, bytes)| {
            String::from_utf8(bytes)
                .unwrap()
                .matches(&format!("actors/northland/2/index.html#{moved}"))
                .count()
        })
        .sum();
    assert!(article_links > 0, "articles link {moved} on page 2");

    let timeline = read(&out, "timeline/index.html");
    assert!(timeline.contains("href=\"../timeline/2016-11/index.html\""));
    assert!(timeline.contains("href=\"../timeline/2016-12-05/index.html\""));
    let november = read(&out, "timeline/2016-11/index.html");
    assert!(november.contains("id=\"day-2016-11-29\""));
    read(&out, "timeline/2016-12-05/index.html");

    for (path, bytes) in tree(&out) {
        if path.ends_with(".html") {
            let html = String::from_utf8(bytes).unwrap();
            let shown = html.matches("<li class=\"statement\"").count();
            assert!(shown <= PAGE_STATEMENTS, "{path}: {shown} statements");
        }
    }
    let sources = read(&out, "sources/index.html");
    assert!(sources.contains("href=\"../sources/outlet-wire-1/index.html\""));
    let herald = read(&out, "sources/outlet-harbour-herald/index.html");
    assert!(herald.contains("href=\"../../articles/report-00/index.html\""));
    let article = read(&out, "articles/report-00/index.html");
    assert!(article.contains("href=\"../../sources/outlet-harbour-herald/index.html\""));
    assert_site_ok(&out);
}
