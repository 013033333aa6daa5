//! The quote extractor on an arbitrary article body: every quote's text is
//! its article's text at its span, evidence lies inside the article, and
//! ids are the same on a second run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onrecord::model::{self, Actor, Site, SiteConfig};

// The shared builders; this target needs only some of them.
#[allow(dead_code)]
#[path = "../../src/test_support.rs"]
mod builders;

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
        articles: vec![builders::article("a", body)],
        actors: vec![Actor {
            people: vec![builders::person("Sergei Ryabkov", None, &[])],
            ..builders::actor("russia", "Russia", &["Moscow"])
        }],
        static_files: Vec::new(),
        theme_overrides: Vec::new(),
    }
}
