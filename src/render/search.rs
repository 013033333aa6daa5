//! The search index: `search-index.js`, a script that sets
//! `window.ONRECORD_SEARCH`. A `<script>` tag loads it, so search works from
//! `file://` (no fetch, no module, no worker); the theme's `search.js` reads it.
//!
//! It holds statements, speakers, actors, article titles and the site's
//! pages, not article bodies. To stay small for large packages (issue 4:
//! under 2 MB for 10,000 articles) it is packed:
//!
//! - texts (statement words and titles) are lists of word numbers, each
//!   distinct text stored once and referred to by number;
//! - numbers are written in a self-delimiting code of printable ASCII (see
//!   [`code`]), so a row of numbers needs no separators;
//! - article slugs are sorted and front-coded;
//! - a statement's actor comes from its speaker unless it has none.

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::OutputFile;
use crate::graph::Dossier;

/// Where the index is written.
pub const PATH: &str = "search-index.js";

/// The code's digits: printable ASCII without space, `"` and `\`, so coded
/// strings need no escaping in JSON. A number is zero or more continuation
/// digits followed by one final digit.
const DIGITS: &[u8] =
    b"!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
/// How many of [`DIGITS`] end a number; the rest continue it.
const FINAL: usize = 64;
const CONTINUE: usize = DIGITS.len() - FINAL;

/// Writes `n` in the self-delimiting code: the 64 most used numbers take
/// one character, the next 64 x 28 two, and so on.
fn code(mut n: usize, out: &mut String) {
    let mut width = 1;
    let mut span = FINAL;
    while n >= span {
        n -= span;
        span *= CONTINUE;
        width += 1;
    }
    // Written last digit first, on the stack: a `usize` takes at most 14.
    let mut digits = [0u8; 16];
    digits[0] = DIGITS[n % FINAL];
    n /= FINAL;
    for digit in &mut digits[1..width] {
        *digit = DIGITS[FINAL + n % CONTINUE];
        n /= CONTINUE;
    }
    out.extend(digits[..width].iter().rev().map(|&d| char::from(d)));
}

#[derive(Serialize)]
struct Index<'a> {
    /// [`DIGITS`] and [`FINAL`], so the reader needs no copy of the code.
    digits: &'static str,
    finals: usize,
    /// Every space-separated word of the texts, the most frequent first.
    words: Vec<&'a str>,
    /// Distinct texts, each as the coded numbers of its words (joining the
    /// words with spaces gives the text back), separated by spaces.
    texts: String,
    /// Dates (`YYYY-MM-DD`), sorted.
    dates: Vec<String>,
    /// Outlet names, sorted.
    outlets: Vec<&'a str>,
    /// `[id, name, aliases joined by ", "]`; page: `actors/<id>/index.html`.
    actors: Vec<(&'a str, &'a str, String)>,
    /// `[href, name, role, actor or -1]`, href from the site root.
    speakers: Vec<(String, &'a str, &'a str, i64)>,
    /// Article slugs, sorted; each is the coded length of the prefix it
    /// shares with the slug before, then the rest. Page:
    /// `articles/<slug>/index.html`.
    slugs: Vec<String>,
    /// Per article, in slug order: title text, outlet, date.
    articles: String,
    /// Statement ids, space-separated, in date order.
    ids: String,
    /// Per statement: text; who (0: nobody, then speakers, then actors, all
    /// plus one); date; the number of the page that lists it. That page is
    /// the actor's dossier, else the speaker's page, else the voices page
    /// (page 2 of `actors/x/index.html` is `actors/x/2/index.html`).
    statements: String,
    /// `[path, title]` of the site's list pages.
    pages: Vec<(&'a str, &'a str)>,
}

/// The words of many texts, numbered by frequency: statements repeat the
/// same words, so numbers are much shorter than the words.
struct Vocabulary<'a> {
    words: Vec<&'a str>,
    /// Hashed, not ordered: only looked up (each word of each text).
    numbers: FxHashMap<&'a str, usize>,
}

impl<'a> Vocabulary<'a> {
    fn new(texts: impl Iterator<Item = &'a str>) -> Self {
        // Hashed: the sort below gives the order (count, then word).
        let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
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

    fn encode(&self, text: &str, out: &mut String) {
        for word in text.split(' ') {
            code(self.numbers[word], out);
        }
    }
}

/// Distinct texts, numbered in order of first use.
struct Texts<'v, 'a> {
    vocabulary: &'v Vocabulary<'a>,
    numbers: FxHashMap<&'a str, usize>,
    coded: String,
}

impl<'v, 'a> Texts<'v, 'a> {
    fn number(&mut self, text: &'a str) -> usize {
        if let Some(&n) = self.numbers.get(text) {
            return n;
        }
        let n = self.numbers.len();
        if n > 0 {
            self.coded.push(' ');
        }
        self.vocabulary.encode(text, &mut self.coded);
        self.numbers.insert(text, n);
        n
    }
}

/// Sorted strings, each as the coded length (in bytes) of the prefix it
/// shares with the one before, then the rest. The shared length is kept
/// below [`FINAL`], so it is always one character.
fn front_code(sorted: &[&str]) -> Vec<String> {
    let mut previous = "";
    sorted
        .iter()
        .map(|&s| {
            let mut shared = previous
                .bytes()
                .zip(s.bytes())
                .take_while(|(a, b)| a == b)
                .count()
                .min(FINAL - 1);
            while !s.is_char_boundary(shared) {
                shared -= 1;
            }
            let mut out = String::new();
            code(shared, &mut out);
            out.push_str(&s[shared..]);
            previous = s;
            out
        })
        .collect()
}

/// Position of `item` in the sorted list.
fn find<T: Ord + ?Sized>(list: &[&T], item: &T) -> usize {
    list.binary_search(&item).unwrap_or(0)
}

/// Builds `search-index.js`.
/// `page_numbers`: per statement, the number of the page that lists it.
pub fn render(
    dossier: &Dossier<'_>,
    speaker_hrefs: &[String],
    page_numbers: &[usize],
) -> OutputFile {
    let site = dossier.site;
    let vocabulary = Vocabulary::new(
        dossier
            .statements
            .iter()
            .map(|s| s.text)
            .chain(site.articles.iter().map(|a| a.title.as_str())),
    );
    let mut texts = Texts {
        vocabulary: &vocabulary,
        numbers: FxHashMap::default(),
        coded: String::new(),
    };
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

    let mut statements = String::new();
    let mut ids = String::new();
    for (s, &page) in dossier.statements.iter().zip(page_numbers) {
        if !ids.is_empty() {
            ids.push(' ');
        }
        ids.push_str(s.id);
        code(texts.number(s.text), &mut statements);
        let who = match (s.speaker_index, s.actor) {
            (Some(speaker), _) => speaker + 1,
            (None, Some(actor)) => dossier.speakers.len() + actor + 1,
            (None, None) => 0,
        };
        code(who, &mut statements);
        code(
            find(&date_refs, s.date.to_string().as_str()),
            &mut statements,
        );
        code(page, &mut statements);
    }

    let mut by_slug: Vec<&crate::model::Article> = site.articles.iter().collect();
    by_slug.sort_by(|a, b| a.slug.cmp(&b.slug));
    let slugs: Vec<&str> = by_slug.iter().map(|a| a.slug.as_str()).collect();
    let mut articles = String::new();
    for a in &by_slug {
        code(texts.number(&a.title), &mut articles);
        code(find(&outlets, a.outlet.as_str()), &mut articles);
        code(find(&date_refs, a.date.to_string().as_str()), &mut articles);
    }

    let index = Index {
        digits: std::str::from_utf8(DIGITS).expect("the digits are ASCII"),
        finals: FINAL,
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
            .zip(speaker_hrefs)
            .map(|(s, href)| {
                (
                    href.clone(),
                    s.name,
                    s.role.unwrap_or(""),
                    s.actor.and_then(|a| i64::try_from(a).ok()).unwrap_or(-1),
                )
            })
            .collect(),
        slugs: front_code(&slugs),
        articles,
        ids,
        statements,
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
        texts: texts.coded,
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

    /// Reads the numbers of a coded string, as `search.js` does.
    fn decode(coded: &str) -> Vec<usize> {
        let mut numbers = Vec::new();
        let (mut value, mut width) = (0, 0);
        for c in coded.bytes() {
            let digit = DIGITS.iter().position(|&d| d == c).unwrap();
            width += 1;
            if digit < FINAL {
                // Numbers of fewer digits come first.
                let mut offset = 0;
                let mut span = FINAL;
                for _ in 1..width {
                    offset += span;
                    span *= CONTINUE;
                }
                numbers.push(offset + value * FINAL + digit);
                (value, width) = (0, 0);
            } else {
                value = value * CONTINUE + (digit - FINAL);
            }
        }
        numbers
    }

    #[test]
    fn numbers_code_without_separators_and_decode_back() {
        let numbers = [0, 1, 63, 64, 65, 64 + 64 * 28 - 1, 64 + 64 * 28, 1_000_000];
        let mut coded = String::new();
        for n in numbers {
            code(n, &mut coded);
        }
        assert_eq!(decode(&coded), numbers);
        let mut one = String::new();
        code(63, &mut one);
        assert_eq!(one.len(), 1);
        one.clear();
        code(64, &mut one);
        assert_eq!(one.len(), 2);
        assert!(!coded.contains([' ', '"', '\\']));
    }

    #[test]
    fn texts_encode_as_word_numbers_and_decode_back() {
        let texts = ["no deal  yet", "no deal, no", ""];
        let vocabulary = Vocabulary::new(texts.into_iter());
        assert_eq!(vocabulary.words[0], "no");
        for text in texts {
            let mut coded = String::new();
            vocabulary.encode(text, &mut coded);
            let decoded: Vec<&str> = decode(&coded)
                .into_iter()
                .map(|n| vocabulary.words[n])
                .collect();
            assert_eq!(decoded.join(" "), text);
        }
    }

    #[test]
    fn repeated_texts_are_stored_once() {
        let vocabulary = Vocabulary::new(["a b", "c"].into_iter());
        let mut texts = Texts {
            vocabulary: &vocabulary,
            numbers: FxHashMap::default(),
            coded: String::new(),
        };
        assert_eq!(texts.number("a b"), 0);
        assert_eq!(texts.number("c"), 1);
        assert_eq!(texts.number("a b"), 0);
        assert_eq!(texts.coded.split(' ').count(), 2);
    }

    #[test]
    fn slugs_share_their_prefix_with_the_one_before() {
        let long = "x".repeat(70);
        let longer = format!("{long}y");
        let slugs = [
            "aj-deal",
            "aj-deal-2",
            "aj-talks",
            "mee-é",
            "mee-ü",
            &long,
            &longer,
        ];
        let coded = front_code(&slugs);
        let mut previous = String::new();
        let decoded: Vec<String> = coded
            .iter()
            .map(|entry| {
                let shared = decode(&entry[..1])[0];
                previous = format!("{}{}", &previous[..shared], &entry[1..]);
                previous.clone()
            })
            .collect();
        assert_eq!(decoded, slugs);
        assert_eq!(&coded[1][1..], "-2");
    }
}
