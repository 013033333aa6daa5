//! Themes and pictures: the nested fixture built with each built-in theme
//! (`dossier` in MiniJinja, `plain` in Tera) and with site-local overrides;
//! every build has the actor network, the timeline charts, the actor
//! colours and every wording of a statement, and rebuilds byte for byte.

use std::path::Path;

use crate::util::TempSite;

/// The nested fixture plus a third report of Brook's words, worded a
/// little differently, and a chosen colour for Northland.
fn site(theme: &str) -> TempSite {
    let site = TempSite::copy("nested");
    let config = std::fs::read_to_string(site.path("site.toml")).unwrap();
    site.write("site.toml", format!("theme = \"{theme}\"\n{config}"));
    let northland = std::fs::read_to_string(site.path("content/actors/northland.md")).unwrap();
    site.write(
        "content/actors/northland.md",
        northland.replacen("kind: state\n", "kind: state\ncolour: \"#1f3a93\"\n", 1),
    );
    site.write(
        "content/articles/2016/12/wire-harbour.md",
        "---\ntitle: \"Harbour deal near, Northland says\"\ndate: 2016-12-12\noutlet: \"Coast Courier\"\n---\n\n\
         Foreign Minister Ada Brook spoke to reporters.\n\n\
         \"We are close to a [final] deal with the Southern League on the harbour,\" Brook said.\n",
    );
    site
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn each_built_in_theme_marks_what_a_wording_adds_and_drops() {
    for theme in ["dossier", "plain"] {
        let site = site(theme);
        // One outlet adds a word ("now") to the words the others carry.
        let brief = "content/articles/2016/11/briefs/river-brief.md";
        let text = std::fs::read_to_string(site.path(brief)).unwrap();
        site.write(
            brief,
            text.replacen(
                "\"We are close to a deal",
                "\"We are now close to a deal",
                1,
            ),
        );
        site.build().success();
        let out = site.out();
        let dossier = read(&out, "actors/northland/index.html");
        // Each "worded as" line set against the fullest wording: the
        // bracketed "[final]" it drops, the word it adds.
        let lines: Vec<&str> = dossier
            .split("worded as:")
            .skip(1)
            .map(|rest| &rest[..rest.find('”').unwrap()])
            .collect();
        assert_eq!(lines.len(), 2, "{theme}: {dossier}");
        for line in &lines {
            assert!(
                line.contains("<del class=\"diff-bracket\">[final]</del>"),
                "{theme}: {line}"
            );
        }
        assert!(
            lines
                .iter()
                .any(|line| line.contains("We are <ins>now</ins> close")),
            "{theme}: {lines:?}"
        );
        let style = read(&out, "assets/style.css");
        assert!(
            style.contains(".reports ins::before { content: \"[added: \"; }")
                && style.contains(".reports del::before { content: \"[dropped: \"; }"),
            "{theme}: the changes are said to screen readers"
        );
    }
}

#[test]
fn each_built_in_theme_draws_the_pictures_and_every_wording() {
    for theme in ["dossier", "plain"] {
        let site = site(theme);
        site.build().success();
        let out = site.out();
        let home = read(&out, "index.html");
        assert!(
            home.contains("<svg class=\"chart-svg network-svg\""),
            "{theme}"
        );
        assert!(home.contains("<title id=\"network-title\">"), "{theme}");
        // Nodes link to the dossiers; the numbers are also in a table.
        assert!(
            home.contains("<a xlink:href=\"actors/northland/index.html\"><circle"),
            "{theme}"
        );
        assert!(
            home.contains("<summary>The numbers behind this picture</summary>"),
            "{theme}"
        );
        assert!(
            home.contains("<th scope=\"col\">Actor named</th>"),
            "{theme}"
        );
        let timeline = read(&out, "timeline/index.html");
        assert!(
            timeline.contains("<svg class=\"chart-svg timeline-svg\""),
            "{theme}"
        );
        let dossier = read(&out, "actors/northland/index.html");
        assert!(
            dossier.contains("Statements per day by people who speak for Northland"),
            "{theme}"
        );
        assert!(dossier.contains("3 versions, 2 differ"), "{theme}");
        // The card lists the three reports; the fullest wording has
        // "[final]", the other two say their own words.
        assert!(
            dossier.contains("Harbour Herald") && dossier.contains("Coast Courier"),
            "{theme}"
        );
        assert_eq!(dossier.matches("worded as:").count(), 2, "{theme}");
        assert!(!out.join("compare").exists(), "{theme}: no compare pages");
        let colours = read(&out, "assets/actor-colours.css");
        assert!(
            colours.contains(".actor-c-northland { --actor: #1f3a93; }"),
            "{colours}"
        );
        assert!(
            read(&out, "assets/style.css").starts_with("/*")
                && read(&out, "assets/style.css").contains("@import url(\"actor-colours.css\");"),
            "{theme}: the stylesheet loads the actors' colours"
        );
        assert!(
            !home.contains("actor-colours.css"),
            "{theme}: one stylesheet a page"
        );
        let marker = match theme {
            "plain" => "<ul class=\"nav\">",
            _ => "<header>\n<div>\n<a href=",
        };
        assert!(home.contains(marker), "{theme} renders its own layout");
    }
}

#[test]
fn each_theme_rebuilds_byte_for_byte() {
    for theme in ["dossier", "plain"] {
        let site = site(theme);
        site.build().success();
        let first = read(&site.out(), "index.html");
        let first_dossier = read(&site.out(), "actors/northland/index.html");
        std::fs::remove_dir_all(site.out()).unwrap();
        site.build().success();
        assert_eq!(first, read(&site.out(), "index.html"), "{theme}");
        assert_eq!(
            first_dossier,
            read(&site.out(), "actors/northland/index.html"),
            "{theme}"
        );
    }
}

#[test]
fn a_site_overrides_the_plain_theme_file_by_file() {
    let site = site("plain");
    site.write(
        "themes/plain/templates/home.html",
        "{% extends \"base.html\" %}{% block main %}<p>Our own {{ counts.statements }} statements</p>{% endblock main %}",
    );
    site.build().success();
    let home = read(&site.out(), "index.html");
    assert!(home.contains("<p>Our own "), "{home}");
    assert!(
        home.contains("<ul class=\"nav\">"),
        "base.html still built in"
    );
    assert!(read(&site.out(), "timeline/index.html").contains("timeline-svg"));

    site.write(
        "themes/plain/templates/home.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ counts.nothing_here }}\n{% endblock main %}",
    );
    let run = site.build();
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr.contains("themes/plain/templates/home.html:3"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_site_theme_of_its_own_picks_its_engine_in_theme_toml() {
    let site = site("mine");
    site.write("themes/mine/theme.toml", "engine = \"tera\"\n");
    site.write(
        "themes/mine/templates/statement-item.html",
        "<li class=\"mine\">{{ s.text }}</li>\n",
    );
    site.build().success();
    let dossier = read(&site.out(), "actors/northland/index.html");
    assert!(dossier.contains("<li class=\"mine\">"), "{dossier}");

    site.write("themes/mine/theme.toml", "engine = \"liquid\"\n");
    let run = site.build();
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr.contains("themes/mine/theme.toml:1"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_colour_that_is_not_hex_names_file_and_line() {
    let site = site("dossier");
    let northland = std::fs::read_to_string(site.path("content/actors/northland.md")).unwrap();
    site.write(
        "content/actors/northland.md",
        northland.replace("colour: \"#1f3a93\"", "colour: navy"),
    );
    let run = site.build();
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr.contains("content/actors/northland.md:4"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("colour"), "{}", run.stderr);
}

#[test]
fn each_built_in_theme_renders_speaker_and_outlet_pages_and_the_labelled_details() {
    for theme in ["dossier", "plain"] {
        let site = site(theme);
        site.build().success();
        let out = site.out();
        let speaker = read(&out, "speakers/speaker-ada-brook/index.html");
        assert!(
            speaker.contains("<svg class=\"chart-svg timeline-svg\""),
            "{theme}"
        );
        assert!(
            speaker.contains("Statements per day by Ada Brook"),
            "{theme}"
        );
        let speakers = read(&out, "speakers/index.html");
        assert!(speakers.contains("Bodies and institutions"), "{theme}");
        assert!(
            speakers.contains("speakers/speaker-ada-brook/index.html"),
            "{theme}"
        );
        let outlet = read(&out, "sources/outlet-harbour-herald/index.html");
        assert!(outlet.contains("carrying 4 statements"), "{theme}");
        let dossier = read(&out, "actors/northland/index.html");
        assert!(dossier.contains("At a glance"), "{theme}");
        for label in ["said on", "published <time", "attribution:"] {
            assert!(dossier.contains(label), "{theme}: {label}");
        }
        // The fixture's base_url is absolute, so the feed is linked.
        assert!(dossier.contains("atom.xml"), "{theme}");
    }
}
