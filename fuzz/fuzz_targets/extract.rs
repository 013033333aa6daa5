//! The quote extractor on an arbitrary article body: every quote's text is
//! its article's text at its span, evidence lies inside the article, and
//! ids are the same on a second run.
#![no_main]

use jiff::civil::date;
use libfuzzer_sys::fuzz_target;
use onrecord::model::{Actor, Article, Person, Site, SiteConfig};

fuzz_target!(|body: &str| {
    let site = site(body);
    let article = &site.articles[0];
    let first = onrecord::analyse(&site);
    for quote in &first.quotes {
        let span = quote.span.clone().expect("quotes found in the body have a span");
        assert_eq!(article.body.get(span), Some(quote.text.as_str()));
    }
    let blocks = onrecord::markdown::blocks(body);
    let spans = onrecord::extract::find_quotes(body, &blocks);
    let registry = onrecord::attribute::Registry::new(&site.actors);
    let (occurrences, _) = onrecord::attribute::attribute(article, &blocks, &spans, &registry);
    for occurrence in &occurrences {
        if let Some(span) = &occurrence.evidence_span {
            assert!(body.get(span.clone()).is_some(), "evidence outside the body");
        }
    }
    let ids = |a: &onrecord::Analysis| -> Vec<(String, String)> {
        a.quotes.iter().map(|q| (q.id.clone(), q.statement.clone())).collect()
    };
    assert_eq!(ids(&first), ids(&onrecord::analyse(&site)));
});

fn site(body: &str) -> Site {
    Site {
        config: SiteConfig::with_title("T"),
        articles: vec![Article {
            source: "content/articles/a.md".into(),
            slug: "a".into(),
            title: "A".into(),
            date: date(2016, 12, 11),
            outlet: "O".into(),
            url: None,
            authors: Vec::new(),
            agencies: Vec::new(),
            tags: Vec::new(),
            body: body.to_string(),
            body_line: 5,
            corrections: Vec::new(),
        }],
        actors: vec![Actor {
            id: "russia".into(),
            source: "content/actors/russia.md".into(),
            name: "Russia".into(),
            kind: None,
            aliases: vec!["Moscow".into()],
            parent: None,
            offices: Vec::new(),
            colour: None,
            people: vec![Person {
                name: "Sergei Ryabkov".into(),
                role: None,
                aliases: Vec::new(),
            }],
            body: String::new(),
        }],
        static_files: Vec::new(),
        theme_overrides: Vec::new(),
    }
}
