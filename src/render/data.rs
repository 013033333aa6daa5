//! `data/articles.json`, `data/actors.json`, `data/quotes.json`, exactly as
//! the data contract (`docs/data.md`) says.

use serde::Serialize;

use super::{OutputFile, Sink};
use crate::error::Result;
use crate::graph::Dossier;
use crate::model::Person;

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

/// Renders the three data files, handing each to `sink` as soon as it is
/// made (the quotes file is the largest file of a site).
pub fn render(dossier: &Dossier<'_>, sink: Sink<'_>) -> Result<()> {
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
    sink(json_list("data/articles.json", "articles", &articles))?;
    drop(articles);
    sink(json_list("data/actors.json", "actors", &actors))?;
    sink(json_list("data/quotes.json", "quotes", dossier.quotes))
}

/// `{"key":[...]}` with one compact record a line: the content is the
/// data contract, the whitespace is not, and a record a line keeps the
/// file small yet easy to read, grep and diff.
fn json_list(path: &str, key: &str, records: &[impl Serialize]) -> OutputFile {
    let mut bytes = format!("{{\"{key}\":[").into_bytes();
    for (i, record) in records.iter().enumerate() {
        bytes.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        serde_json::to_writer(&mut bytes, record).expect("data records always serialize");
    }
    bytes.extend_from_slice(b"\n]}\n");
    OutputFile {
        path: path.to_string(),
        bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_is_valid_json_with_one_record_a_line() {
        let file = json_list("data/x.json", "xs", &[[1, 2], [3, 4]]);
        let text = String::from_utf8(file.bytes).unwrap();
        assert_eq!(text, "{\"xs\":[\n[1,2],\n[3,4]\n]}\n");
        let empty = json_list("data/x.json", "xs", &[] as &[u8]);
        let value: serde_json::Value = serde_json::from_slice(&empty.bytes).unwrap();
        assert_eq!(value["xs"].as_array().map(Vec::len), Some(0));
    }
}
