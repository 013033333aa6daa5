//! The search index: `search-index.js`, a script that sets
//! `window.ONRECORD_SEARCH`. A `<script>` tag loads it, so search works from
//! `file://` (no fetch, no module, no worker); the theme's `search.js` reads it.
//!
//! It holds statements, speakers, actors, article titles and the site's
//! pages, not article bodies, and refers to actors and speakers by position
//! instead of repeating names and links, to stay small for large packages.

use std::collections::BTreeMap;

use serde::Serialize;

use super::OutputFile;
use crate::graph::Dossier;

/// Where the index is written.
pub const PATH: &str = "search-index.js";

/// Position in a list, or -1 for none (smaller than `null` in JSON).
type Ref = i64;

#[derive(Serialize)]
struct Index<'a> {
    /// Every space-separated word of the statements and titles, the most
    /// frequent first; texts below are these words' positions in base 62,
    /// separated by spaces (joining the words with spaces gives the text back).
    words: Vec<&'a str>,
    /// Dates (`YYYY-MM-DD`), sorted; referred to by position.
    dates: Vec<String>,
    /// Outlet names, sorted; referred to by position.
    outlets: Vec<&'a str>,
    /// `[id, name, aliases joined by ", "]`; page: `actors/<id>/index.html`.
    actors: Vec<(&'a str, &'a str, String)>,
    /// `[anchor, name, role, actor]`; page: `speakers/index.html#<anchor>`.
    speakers: Vec<(&'a str, &'a str, &'a str, Ref)>,
    /// `[slug, title, outlet, date]`; page: `articles/<slug>/index.html`.
    articles: Vec<(&'a str, String, Ref, Ref)>,
    /// `[id, text, speaker, actor, date]`; permalink on the actor's dossier,
    /// or on `voices/index.html` when the actor is -1.
    statements: Vec<(&'a str, String, Ref, Ref, Ref)>,
    /// `[path, title]` of the site's list pages.
    pages: Vec<(&'a str, &'a str)>,
}

fn position(index: Option<usize>) -> Ref {
    index.and_then(|i| Ref::try_from(i).ok()).unwrap_or(-1)
}

/// The words of many texts, numbered by frequency: statements repeat the
/// same words, so numbers are much shorter than the words.
struct Vocabulary<'a> {
    words: Vec<&'a str>,
    numbers: BTreeMap<&'a str, usize>,
}

impl<'a> Vocabulary<'a> {
    fn new(texts: impl Iterator<Item = &'a str>) -> Self {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for text in texts {
            for word in text.split(' ') {
                *counts.entry(word).or_default() += 1;
            }
        }
        let mut words: Vec<(&str, usize)> = counts.into_iter().collect();
        words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let words: Vec<&str> = words.into_iter().map(|(w, _)| w).collect();
        let numbers = words.iter().enumerate().map(|(i, &w)| (w, i)).collect();
        Vocabulary { words, numbers }
    }

    fn encode(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() / 2);
        for (i, word) in text.split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
            }
            base62(self.numbers[word], &mut out);
        }
        out
    }
}

fn base62(mut n: usize, out: &mut String) {
    const DIGITS: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut digits = Vec::new();
    loop {
        digits.push(DIGITS[n % 62]);
        n /= 62;
        if n == 0 {
            break;
        }
    }
    out.extend(digits.iter().rev().map(|&d| char::from(d)));
}

/// Position of `item` in the sorted, deduplicated `list`.
fn find<T: Ord + ?Sized>(list: &[&T], item: &T) -> Ref {
    position(list.binary_search(&item).ok())
}

/// Builds `search-index.js`.
pub fn render(dossier: &Dossier<'_>) -> OutputFile {
    let site = dossier.site;
    let vocabulary = Vocabulary::new(
        dossier
            .statements
            .iter()
            .map(|s| s.text)
            .chain(site.articles.iter().map(|a| a.title.as_str())),
    );
    let mut dates: Vec<String> = site
        .articles
        .iter()
        .map(|a| a.date.to_string())
        .chain(dossier.statements.iter().map(|s| s.date.to_string()))
        .collect();
    dates.sort();
    dates.dedup();
    let date_refs: Vec<&str> = dates.iter().map(String::as_str).collect();
    let outlets: Vec<&str> = dossier.outlets.iter().map(|o| o.name).collect();
    let index = Index {
        actors: dossier
            .actors
            .iter()
            .map(|n| {
                (
                    n.actor.id.as_str(),
                    n.actor.name.as_str(),
                    n.actor.aliases.join(", "),
                )
            })
            .collect(),
        speakers: dossier
            .speakers
            .iter()
            .map(|s| {
                (
                    s.anchor.as_str(),
                    s.name,
                    s.role.unwrap_or(""),
                    position(s.actor),
                )
            })
            .collect(),
        articles: site
            .articles
            .iter()
            .map(|a| {
                (
                    a.slug.as_str(),
                    vocabulary.encode(&a.title),
                    find(&outlets, a.outlet.as_str()),
                    find(&date_refs, a.date.to_string().as_str()),
                )
            })
            .collect(),
        statements: dossier
            .statements
            .iter()
            .map(|s| {
                (
                    s.id,
                    vocabulary.encode(s.text),
                    position(s.speaker_index),
                    position(s.actor),
                    find(&date_refs, s.date.to_string().as_str()),
                )
            })
            .collect(),
        pages: vec![
            ("index.html", "Home"),
            ("timeline/index.html", "Timeline: every statement by day"),
            ("speakers/index.html", "Speakers: every person quoted"),
            ("sources/index.html", "Sources: outlets and articles"),
            (
                "voices/index.html",
                "Unaffiliated voices and unattributed quotes",
            ),
        ],
        words: vocabulary.words,
        outlets,
        dates,
    };
    let json = serde_json::to_string(&index).expect("the search index always serializes");
    let mut bytes = Vec::with_capacity(json.len() + 32);
    bytes.extend_from_slice(b"window.ONRECORD_SEARCH = ");
    bytes.extend_from_slice(json.as_bytes());
    bytes.extend_from_slice(b";\n");
    OutputFile {
        path: PATH.to_string(),
        bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_encode_as_word_numbers_and_decode_back() {
        let texts = ["no deal  yet", "no deal, no"];
        let vocabulary = Vocabulary::new(texts.into_iter());
        assert_eq!(vocabulary.words[0], "no");
        for text in texts {
            let decoded: Vec<&str> = vocabulary
                .encode(text)
                .split(' ')
                .map(|n| {
                    let number = n.chars().fold(0, |acc, c| {
                        acc * 62
                            + "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                .find(c)
                                .unwrap()
                    });
                    vocabulary.words[number]
                })
                .collect();
            assert_eq!(decoded.join(" "), text);
        }
        let mut out = String::new();
        base62(62 * 62 + 61, &mut out);
        assert_eq!(out, "10Z");
    }
}
