//! Property tests over arbitrary text for the front matter splitter, the
//! Markdown stage and the quote extractor: no panics, spans that point at
//! what they claim, ids that do not change between runs.

use onrecord::markdown::{Mark, blocks, to_html};
use onrecord::model::{Actor, Site, SiteConfig};
use onrecord::parse::split_front_matter;
use proptest::prelude::*;

use crate::util::builders::{actor, article, person};

/// Arbitrary text, and text made of the characters that matter here
/// (quote marks, Markdown syntax, line ends) so the interesting paths run.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\"“”‘’'«» a-zA-Z0-9.,>*_`#\\-\\[\\]()!|:<>/&\n\r\t]{0,300}",
        "(\"[a-z ]{0,20}\" said (Sergei )?Ryabkov\\.\n{1,2}|“[a-z ,]{0,20}”|- |> |\n|  |# |\\*\\*){0,40}",
    ]
}

fn front_matter_file() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just(""), Just("\u{feff}")],
        prop_oneof![Just("\n"), Just("\r\n")],
        "[a-z: \"\\-\\[\\]]{0,40}(\n[a-z: \"\\-]{0,40}){0,5}",
        text(),
    )
        .prop_map(|(bom, nl, yaml, body)| format!("{bom}---{nl}{yaml}{nl}---{nl}{body}"))
}

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(256)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn split_front_matter_never_panics_and_covers_the_file(
        text in prop_oneof![text(), front_matter_file()]
    ) {
        if let Ok(split) = split_front_matter("a.md", &text) {
            let unbommed = text.strip_prefix('\u{feff}').unwrap_or(&text);
            prop_assert!(unbommed.ends_with(split.body));
            let body_at = unbommed.len() - split.body.len();
            let lines_before = unbommed[..body_at].matches('\n').count();
            prop_assert_eq!(split.body_line, lines_before + 1);
            let yaml_at = split.yaml.as_ptr() as usize - unbommed.as_ptr() as usize;
            prop_assert!(yaml_at + split.yaml.len() <= body_at);
        }
    }

    #[test]
    fn blocks_are_ordered_slices_of_the_body(body in text()) {
        let found = blocks(&body);
        let mut last_end = 0;
        for block in &found {
            prop_assert!(body.get(block.range.clone()).is_some(), "{:?}", block);
            prop_assert!(!block.range.is_empty());
            prop_assert!(block.range.start >= last_end, "overlap: {:?}", found);
            last_end = block.range.end;
        }
    }

    #[test]
    fn html_never_lets_raw_html_or_script_links_through(body in text()) {
        let marks: Vec<Mark> = blocks(&body)
            .into_iter()
            .enumerate()
            .map(|(i, b)| Mark {
                range: b.range,
                id: format!("q{i}"),
                href: "x.html?\"<t>\"".into(),
            })
            .collect();
        let html = to_html(&body, false, &marks);
        prop_assert!(!html.contains("<script"), "{}", html);
        let script_link = html.contains("href=\"javascript:") || html.contains("src=\"javascript:");
        prop_assert!(!script_link, "{}", html);
        to_html(&body, true, &[]);
    }

    #[test]
    fn quotes_point_into_their_article(bodies in prop::collection::vec(text(), 1..4)) {
        let site = site(&bodies);
        let analysis = onrecord::analyse(&site);
        for quote in &analysis.quotes {
            let article = site.articles.iter().find(|a| a.source == quote.source).unwrap();
            let span = quote.span.clone().expect("found in the body");
            prop_assert_eq!(article.body.get(span.clone()), Some(quote.text.as_str()));
            prop_assert_eq!(quote.line, Some(article.line_of(span.start)));
        }
        let registry = onrecord::attribute::Registry::new(&site.actors);
        for article in &site.articles {
            let blocks = blocks(&article.body);
            let spans = onrecord::extract::find_quotes(&article.body, &blocks);
            let (occurrences, _) =
                onrecord::attribute::attribute(article, &blocks, &spans, &registry);
            for occurrence in occurrences {
                if let Some(span) = occurrence.evidence_span {
                    prop_assert!(article.body.get(span).is_some());
                }
            }
        }
        let again = onrecord::analyse(&site.clone());
        let ids = |a: &onrecord::Analysis| -> Vec<(String, String)> {
            a.quotes.iter().map(|q| (q.id.clone(), q.statement.clone())).collect()
        };
        prop_assert_eq!(ids(&analysis), ids(&again));
    }
}

/// A site with one article per body and one actor, built in memory.
fn site(bodies: &[String]) -> Site {
    let articles = bodies
        .iter()
        .enumerate()
        .map(|(i, body)| article(&format!("a{i}"), body))
        .collect();
    Site {
        config: SiteConfig::with_title("T"),
        articles,
        actors: vec![Actor {
            kind: Some("state".into()),
            people: vec![person(
                "Sergei Ryabkov",
                Some("deputy foreign minister"),
                &[],
            )],
            ..actor("russia", "Russia", &["Moscow"])
        }],
        static_files: Vec::new(),
        theme_overrides: Vec::new(),
    }
}
