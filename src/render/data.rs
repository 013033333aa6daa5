//! `data/articles.json`, `data/actors.json`, `data/quotes.json`, exactly as
//! the data contract (`docs/data.md`) says.

use std::io::{self, Write};

use serde::Serialize;

use super::Output;
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

/// Renders the three data files, each written record by record into the
/// output (the quotes file is the largest file of a site: about 3 KB an
/// article, so it is never made whole in memory).
pub fn render(dossier: &Dossier<'_>, output: &dyn Output) -> Result<()> {
    let site = dossier.site;
    let articles = site.articles.iter().map(|a| ArticleRecord {
        slug: &a.slug,
        source: &a.source,
        title: &a.title,
        outlet: &a.outlet,
        date: a.date.to_string(),
        url: a.url.as_deref(),
        page: a.page(),
        agencies: &a.agencies,
        authors: &a.authors,
    });
    let actors = site.actors.iter().map(|a| ActorRecord {
        id: &a.id,
        name: &a.name,
        parent: a.parent.as_deref(),
        kind: a.kind.as_deref(),
        aliases: &a.aliases,
        page: format!("actors/{}/index.html", a.id),
        people: &a.people,
    });
    output.streamed("data/articles.json", &mut |out| {
        write_list(out, "articles", articles.clone())
    })?;
    output.streamed("data/actors.json", &mut |out| {
        write_list(out, "actors", actors.clone())
    })?;
    output.streamed("data/quotes.json", &mut |out| {
        write_list(out, "quotes", dossier.quotes)
    })
}

/// `{"key":[...]}` with one compact record a line: the content is the
/// data contract, the whitespace is not, and a record a line keeps the
/// file small yet easy to read, grep and diff.
fn write_list(
    out: &mut dyn Write,
    key: &str,
    records: impl IntoIterator<Item = impl Serialize>,
) -> io::Result<()> {
    write!(out, "{{\"{key}\":[")?;
    for (i, record) in records.into_iter().enumerate() {
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &record)?;
    }
    out.write_all(b"\n]}\n")
}

#[cfg(test)]
mod tests {
    use super::super::OutputFile;
    use super::*;

    fn list(key: &str, records: impl IntoIterator<Item = impl Serialize>) -> String {
        let mut bytes = Vec::new();
        write_list(&mut bytes, key, records).unwrap();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn a_list_is_valid_json_with_one_record_a_line() {
        let text = list("xs", [[1, 2], [3, 4]]);
        assert_eq!(text, "{\"xs\":[\n[1,2],\n[3,4]\n]}\n");
        let empty = list("xs", [] as [u8; 0]);
        let value: serde_json::Value = serde_json::from_str(&empty).unwrap();
        assert_eq!(value["xs"].as_array().map(Vec::len), Some(0));
    }

    /// Writes into a writer that takes a few bytes at a time and fails
    /// after `limit` bytes, as a full disk would.
    struct Trickle {
        bytes: Vec<u8>,
        limit: usize,
    }

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.bytes.len() >= self.limit {
                return Err(io::Error::other("disk full"));
            }
            let n = buf.len().min(3);
            self.bytes.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_list_written_in_small_parts_is_the_same_and_a_write_error_is_passed_on() {
        let records = [("Łódź", 1), ("said \"no\"", 2)];
        let mut trickle = Trickle {
            bytes: Vec::new(),
            limit: usize::MAX,
        };
        write_list(&mut trickle, "pairs", records).unwrap();
        assert_eq!(
            String::from_utf8(trickle.bytes).unwrap(),
            list("pairs", records)
        );
        let mut full = Trickle {
            bytes: Vec::new(),
            limit: 10,
        };
        assert!(write_list(&mut full, "pairs", records).is_err());
    }

    #[test]
    fn a_collecting_output_gets_the_streamed_bytes_as_one_file() {
        let files = std::sync::Mutex::new(Vec::new());
        let collect = |file: OutputFile| {
            files.lock().unwrap().push(file);
            Ok(())
        };
        collect
            .streamed("data/x.json", &mut |out| write_list(out, "xs", [7]))
            .unwrap();
        let files = files.into_inner().unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].path, "data/x.json");
        assert_eq!(files[0].bytes, b"{\"xs\":[\n7\n]}\n");
    }
}
