//! `data/articles.json`, `data/actors.json`, `data/quotes.json`, exactly as
//! the data contract (`docs/data.md`) says.

use serde::Serialize;

use super::OutputFile;
use crate::error::Result;
use crate::graph::Dossier;
use crate::model::{Person, Quote};

#[derive(Serialize)]
struct ArticleRecord<'a> {
    slug: &'a str,
    source: &'a str,
    title: &'a str,
    outlet: &'a str,
    date: String,
    url: Option<&'a str>,
    page: String,
    agencies: &'a [String],
    authors: &'a [String],
}

#[derive(Serialize)]
struct ActorRecord<'a> {
    id: &'a str,
    name: &'a str,
    parent: Option<&'a str>,
    kind: Option<&'a str>,
    aliases: &'a [String],
    page: String,
    people: &'a [Person],
}

/// Renders the three data files.
pub fn render(dossier: &Dossier<'_>) -> Result<Vec<OutputFile>> {
    let site = dossier.site;
    let articles: Vec<ArticleRecord<'_>> = site
        .articles
        .iter()
        .map(|a| ArticleRecord {
            slug: &a.slug,
            source: &a.source,
            title: &a.title,
            outlet: &a.outlet,
            date: a.date.to_string(),
            url: a.url.as_deref(),
            page: a.page(),
            agencies: &a.agencies,
            authors: &a.authors,
        })
        .collect();
    let actors: Vec<ActorRecord<'_>> = site
        .actors
        .iter()
        .map(|a| ActorRecord {
            id: &a.id,
            name: &a.name,
            parent: a.parent.as_deref(),
            kind: a.kind.as_deref(),
            aliases: &a.aliases,
            page: format!("actors/{}/index.html", a.id),
            people: &a.people,
        })
        .collect();
    Ok(vec![
        json_file("data/articles.json", &ArticlesFile { articles }),
        json_file("data/actors.json", &ActorsFile { actors }),
        json_file(
            "data/quotes.json",
            &QuotesFile {
                quotes: dossier.quotes,
            },
        ),
    ])
}

#[derive(Serialize)]
struct ArticlesFile<'a> {
    articles: Vec<ArticleRecord<'a>>,
}

#[derive(Serialize)]
struct ActorsFile<'a> {
    actors: Vec<ActorRecord<'a>>,
}

#[derive(Serialize)]
struct QuotesFile<'a> {
    quotes: &'a [Quote],
}

fn json_file(path: &str, value: &impl Serialize) -> OutputFile {
    let mut bytes = serde_json::to_vec_pretty(value).expect("data records always serialize");
    bytes.push(b'\n');
    OutputFile {
        path: path.to_string(),
        bytes,
    }
}
