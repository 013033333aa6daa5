//! Builders for the model values tests need, so a new field of `Article`,
//! `Actor`, `Person` or `Quote` is filled in here once. Unit tests use them as
//! `crate::test_support`; integration tests, the bench and the fuzz targets
//! include this file with `#[path]`, beside a `model` that names
//! `onrecord::model`. Set other fields with struct update syntax:
//! `Article { outlet: "AFP".into(), ..article("a", "") }`.

use super::model::{Actor, Article, Person, Quote, QuoteKind};

/// `content/articles/<slug>.md`, titled `<slug>`, from "Example Wire" on
/// 11 December 2016, with `body` starting on line 6 of the file.
pub fn article(slug: &str, body: &str) -> Article {
    Article {
        source: format!("content/articles/{slug}.md"),
        slug: slug.into(),
        title: slug.into(),
        date: "2016-12-11".parse().expect("a valid date"),
        outlet: "Example Wire".into(),
        url: None,
        authors: Vec::new(),
        agencies: Vec::new(),
        tags: Vec::new(),
        body: body.into(),
        body_line: 6,
        corrections: Vec::new(),
    }
}

/// `content/actors/<id>.md`, with no kind, parent, people or background.
pub fn actor(id: &str, name: &str, aliases: &[&str]) -> Actor {
    Actor {
        id: id.into(),
        source: format!("content/actors/{id}.md"),
        name: name.into(),
        kind: None,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        parent: None,
        people: Vec::new(),
        offices: Vec::new(),
        colour: None,
        body: String::new(),
    }
}

/// `actor`, of kind `party`.
pub fn party(id: &str, name: &str, aliases: &[&str]) -> Actor {
    Actor {
        kind: Some("party".into()),
        ..actor(id, name, aliases)
    }
}

/// Someone listed under an actor's `people:`.
pub fn person(name: &str, role: Option<&str>, aliases: &[&str]) -> Person {
    Person {
        name: name.into(),
        role: role.map(str::to_string),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    }
}

/// A direct quote `id` of statement `id` in `content/articles/<slug>.md`,
/// said and published on the builder article's day, with no speaker, actor
/// or span.
pub fn quote(id: &str, slug: &str, text: &str) -> Quote {
    let day = "2016-12-11".parse().expect("a valid date");
    Quote {
        id: id.into(),
        statement: id.into(),
        source: format!("content/articles/{slug}.md"),
        article: slug.into(),
        text: text.into(),
        kind: QuoteKind::Direct,
        speaker: None,
        role: None,
        actor: None,
        via: None,
        date: day,
        published: day,
        evidence: None,
        span: None,
        line: None,
        rule: None,
        anonymous: false,
        affiliation_evidence: None,
    }
}
