//! Stage 6: the dossier graph. Site + quotes -> who said what: statements
//! (quotes sharing a statement id), the actors they belong to, sub-actors
//! rolled up into their parents, speakers, outlets and the actor names each
//! statement mentions.
//!
//! Everything is borrowed from the site and the quotes and kept in sorted
//! vectors, so every page built from the graph comes out in the same order
//! on every run. Maps are only used for lookups, never iterated.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use rustc_hash::FxHashMap;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::model::{Actor, Article, Quote, QuoteKind, Site};

/// The whole dossier, borrowed from the loaded site and the found quotes.
#[derive(Debug, Clone)]
pub struct Dossier<'a> {
    pub site: &'a Site,
    pub quotes: &'a [Quote],
    /// Sorted by date said, then speaker, then id.
    pub statements: Vec<Statement<'a>>,
    /// One per actor of the site, in the site's order (by id).
    pub actors: Vec<ActorNode<'a>>,
    /// Named speakers, sorted by name then actor.
    pub speakers: Vec<SpeakerEntry<'a>>,
    /// Outlets sorted by name, each with its articles.
    pub outlets: Vec<Outlet<'a>>,
    /// Per article (same index as `site.articles`): its quotes, in body order.
    pub article_quotes: Vec<Vec<&'a Quote>>,
    /// Finds actor names and aliases, for cross-links in page bodies.
    pub names: NameFinder,
    // Hashed: `serve` builds the graph on every rebuild, and ordered maps
    // of tens of thousands of ids spend it comparing strings.
    statement_of_quote: FxHashMap<&'a str, usize>,
    article_index: FxHashMap<&'a str, usize>,
}

/// One statement: the same words by the same speaker, as reported by one or
/// more articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement<'a> {
    pub id: &'a str,
    /// The fullest wording among the reports.
    pub text: &'a str,
    pub kind: QuoteKind,
    pub speaker: Option<&'a str>,
    pub role: Option<&'a str>,
    /// Index into [`Dossier::actors`]; `None` for unaffiliated voices.
    pub actor: Option<usize>,
    /// Index into [`Dossier::speakers`].
    pub speaker_index: Option<usize>,
    /// The earliest day the words were said.
    pub date: Date,
    /// Every report, sorted by publication date, outlet and article.
    pub quotes: Vec<&'a Quote>,
    /// Actor names and aliases in `text`, in text order.
    pub mentions: Vec<Mention>,
}

/// An actor name or alias found in a statement's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the statement text.
    pub range: Range<usize>,
    /// Index into [`Dossier::actors`].
    pub actor: usize,
}

/// An actor with its place in the graph.
#[derive(Debug, Clone)]
pub struct ActorNode<'a> {
    pub actor: &'a Actor,
    pub parent: Option<usize>,
    /// Direct sub-actors, by id.
    pub children: Vec<usize>,
    /// Statements of the actor's own speakers, in date order.
    pub statements: Vec<usize>,
    /// Statements of the actor and all its sub-actors, in date order.
    pub rolled_up: Vec<usize>,
    /// Statements of other actors (or of no actor) that name this actor or
    /// one of its sub-actors, in date order.
    pub mentioned_by: Vec<usize>,
}

/// A person (or body) quoted, under one actor.
#[derive(Debug, Clone)]
pub struct SpeakerEntry<'a> {
    pub name: &'a str,
    /// True for an institution that speaks as itself (the Kremlin, a
    /// ministry, an observatory), false for a person.
    pub body: bool,
    /// Element id on the speakers page, unique and stable.
    pub anchor: String,
    pub role: Option<&'a str>,
    pub actor: Option<usize>,
    /// In date order.
    pub statements: Vec<usize>,
}

/// A publisher and the articles of it in the package.
#[derive(Debug, Clone)]
pub struct Outlet<'a> {
    pub name: &'a str,
    /// Indices into `site.articles`, sorted by date then title.
    pub articles: Vec<usize>,
}

impl<'a> Dossier<'a> {
    /// Links the quotes of `site` into dossiers.
    pub fn new(site: &'a Site, quotes: &'a [Quote]) -> Self {
        let actor_index: BTreeMap<&str, usize> = site
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let article_index: FxHashMap<&str, usize> = site
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.slug.as_str(), i))
            .collect();
        let finder = NameFinder::new(&site.actors);

        let mut statements = group_statements(quotes, &actor_index, &article_index, site);
        // On every core: one pass of the automaton over each of tens of
        // thousands of texts, on every rebuild of `serve`.
        statements
            .par_iter_mut()
            .for_each(|statement| statement.mentions = finder.find(statement.text));
        // By the day said, then in the order the earliest report gives them,
        // so a follow-up ("he added") comes after the words it follows.
        statements.sort_by_cached_key(|s| {
            let first = s.quotes[0];
            let position = first.span.as_ref().map_or(usize::MAX, |span| span.start);
            (
                s.date,
                first.published,
                first.article.as_str(),
                position,
                s.id,
            )
        });

        let mut speakers = speakers(&mut statements);
        for speaker in &mut speakers {
            speaker.body = is_body(speaker.name, &finder);
        }
        let actors = actor_nodes(site, &actor_index, &statements);
        let outlets = outlets(&site.articles);

        let mut article_quotes: Vec<Vec<&Quote>> = vec![Vec::new(); site.articles.len()];
        for quote in quotes {
            if let Some(&i) = article_index.get(quote.article.as_str()) {
                article_quotes[i].push(quote);
            }
        }
        for list in &mut article_quotes {
            list.sort_by_key(|q| (q.span.as_ref().map_or(usize::MAX, |s| s.start), &q.id));
        }
        let mut statement_of_quote = FxHashMap::default();
        for (i, statement) in statements.iter().enumerate() {
            for quote in &statement.quotes {
                statement_of_quote.insert(quote.id.as_str(), i);
            }
        }
        Dossier {
            site,
            quotes,
            statements,
            actors,
            speakers,
            outlets,
            article_quotes,
            names: finder,
            statement_of_quote,
            article_index,
        }
    }

    /// Index into [`Dossier::statements`] of the statement a quote belongs to.
    pub fn statement_of(&self, quote: &Quote) -> Option<usize> {
        self.statement_of_quote.get(quote.id.as_str()).copied()
    }

    /// The article a quote was found in.
    pub fn article_of(&self, quote: &Quote) -> Option<&'a Article> {
        let site = self.site;
        self.article_index
            .get(quote.article.as_str())
            .map(|&i| &site.articles[i])
    }

    /// Indices of an actor and all its sub-actors, the actor first.
    pub fn family(&self, actor: usize) -> Vec<usize> {
        let mut seen = BTreeSet::new();
        let mut order = Vec::new();
        let mut todo = vec![actor];
        while let Some(next) = todo.pop() {
            if seen.insert(next) {
                order.push(next);
                todo.extend(self.actors[next].children.iter().rev());
            }
        }
        order
    }
}

/// Collects the quotes of each statement id into one [`Statement`], in no
/// particular order: the caller sorts them by a key that ends with the id.
fn group_statements<'a>(
    quotes: &'a [Quote],
    actor_index: &BTreeMap<&str, usize>,
    article_index: &FxHashMap<&str, usize>,
    site: &'a Site,
) -> Vec<Statement<'a>> {
    let mut by_id: FxHashMap<&str, Vec<&Quote>> = FxHashMap::default();
    for quote in quotes {
        by_id.entry(&quote.statement).or_default().push(quote);
    }
    by_id
        .into_iter()
        .map(|(id, mut reports)| {
            // Each report's outlet looked up once, not per comparison.
            reports.sort_by_cached_key(|q| {
                let outlet = article_index
                    .get(q.article.as_str())
                    .map(|&i| site.articles[i].outlet.as_str());
                (q.published, outlet, q.article.as_str(), q.id.as_str())
            });
            // The longest wording is the fullest; ties keep the earliest report.
            let text = reports
                .iter()
                .map(|q| q.text.as_str())
                .fold("", |best, t| if t.len() > best.len() { t } else { best });
            let first = reports[0];
            Statement {
                id,
                text,
                kind: first.kind,
                // An unnamed source ("a senior official") is no one's page
                // of their own: its description shows as the role.
                speaker: reports
                    .iter()
                    .filter(|q| !q.anonymous)
                    .find_map(|q| q.speaker.as_deref()),
                role: reports.iter().find_map(|q| q.role.as_deref()).or_else(|| {
                    reports
                        .iter()
                        .filter(|q| q.anonymous)
                        .find_map(|q| q.speaker.as_deref())
                }),
                actor: reports
                    .iter()
                    .find_map(|q| q.actor.as_deref())
                    .and_then(|a| actor_index.get(a).copied()),
                speaker_index: None,
                date: reports.iter().map(|q| q.date).min().unwrap_or(first.date),
                quotes: reports,
                mentions: Vec::new(),
            }
        })
        .collect()
}

/// The named speakers, with anchors; fills in `speaker_index`.
fn speakers<'a>(statements: &mut [Statement<'a>]) -> Vec<SpeakerEntry<'a>> {
    let mut by_key: BTreeMap<(&str, Option<usize>), Vec<usize>> = BTreeMap::new();
    for (i, statement) in statements.iter().enumerate() {
        if let Some(name) = statement.speaker {
            by_key.entry((name, statement.actor)).or_default().push(i);
        }
    }
    let mut used = BTreeSet::new();
    let mut speakers = Vec::with_capacity(by_key.len());
    for ((name, actor), list) in by_key {
        let base = match slug::slugify(name) {
            s if s.is_empty() => "speaker".to_string(),
            s => format!("speaker-{s}"),
        };
        let mut anchor = base.clone();
        let mut n = 2;
        while !used.insert(anchor.clone()) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        for &i in &list {
            statements[i].speaker_index = Some(speakers.len());
        }
        speakers.push(SpeakerEntry {
            name,
            body: false,
            anchor,
            role: list.iter().find_map(|&i| statements[i].role),
            actor,
            statements: list,
        });
    }
    speakers
}

fn actor_nodes<'a>(
    site: &'a Site,
    actor_index: &BTreeMap<&str, usize>,
    statements: &[Statement<'_>],
) -> Vec<ActorNode<'a>> {
    let mut nodes: Vec<ActorNode<'a>> = site
        .actors
        .iter()
        .map(|actor| ActorNode {
            actor,
            parent: actor
                .parent
                .as_deref()
                .and_then(|p| actor_index.get(p).copied()),
            children: Vec::new(),
            statements: Vec::new(),
            rolled_up: Vec::new(),
            mentioned_by: Vec::new(),
        })
        .collect();
    for i in 0..nodes.len() {
        if let Some(parent) = nodes[i].parent.filter(|&p| p != i) {
            nodes[parent].children.push(i);
        }
    }
    for (i, statement) in statements.iter().enumerate() {
        if let Some(actor) = statement.actor {
            nodes[actor].statements.push(i);
        }
    }
    // Each actor with its ancestors, guarded against parent cycles.
    let ancestry = |start: usize| {
        let mut chain = vec![start];
        let mut at = start;
        while let Some(parent) = nodes[at].parent {
            if chain.contains(&parent) {
                break;
            }
            chain.push(parent);
            at = parent;
        }
        chain
    };
    let chains: Vec<Vec<usize>> = (0..nodes.len()).map(ancestry).collect();
    for (i, statement) in statements.iter().enumerate() {
        let own: &[usize] = statement.actor.map_or(&[], |a| &chains[a]);
        for &a in own {
            nodes[a].rolled_up.push(i);
        }
        let mut named = BTreeSet::new();
        for mention in &statement.mentions {
            named.extend(chains[mention.actor].iter().copied());
        }
        for a in named {
            if !own.contains(&a) {
                nodes[a].mentioned_by.push(i);
            }
        }
    }
    nodes
}

/// Words that name an institution rather than a person.
const BODY_WORDS: &[&str] = &[
    "agency",
    "army",
    "cabinet",
    "command",
    "commission",
    "committee",
    "council",
    "government",
    "icrc",
    "kremlin",
    "ministry",
    "observatory",
    "office",
    "organisation",
    "organization",
    "pentagon",
    "presidency",
    "secretariat",
    "spokesperson's",
    "white house",
];

/// True when a speaker's name is an actor's name or alias, or names an
/// institution ("Kremlin", "Syrian Observatory for Human Rights").
fn is_body(name: &str, finder: &NameFinder) -> bool {
    let whole_actor = finder
        .find(name)
        .iter()
        .any(|m| m.range.start == 0 && m.range.end == name.len());
    let lower = name.to_lowercase();
    whole_actor
        || BODY_WORDS.iter().any(|word| {
            lower
                .match_indices(word)
                .any(|(at, _)| is_word(&lower, at, at + word.len()))
        })
}

fn outlets(articles: &[Article]) -> Vec<Outlet<'_>> {
    let mut by_name: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, article) in articles.iter().enumerate() {
        by_name.entry(&article.outlet).or_default().push(i);
    }
    by_name
        .into_iter()
        .map(|(name, mut list)| {
            list.sort_by_key(|&i| (articles[i].date, &articles[i].title, &articles[i].slug));
            Outlet {
                name,
                articles: list,
            }
        })
        .collect()
}

/// Finds actor names and aliases in text: whole words only, case as
/// written in the actor files, longest name first where names overlap.
///
/// A name matches only where a word starts, so the text is not run
/// through an automaton byte by byte (an overlapping Aho-Corasick search
/// cost about 19 instructions a byte, 105 M of 4,818 M at 1,000
/// articles, the cross-links of every article body): the bytes that
/// follow no letter or digit are found eight at a time, those are asked
/// whether a name starts with them (a table), then with them and the byte
/// after (a bit set), and only there are the names sharing those two
/// bytes compared. The
/// matches are every occurrence of every name, as the overlapping search
/// found them.
#[derive(Debug, Clone)]
pub struct NameFinder {
    /// Every name of two bytes or more with its actor's index, sorted by
    /// bytes: the names sharing their first two bytes lie together.
    names: Vec<(Box<str>, usize)>,
    /// Each first two bytes of a name (as `u16::from_be_bytes`) and the
    /// range of `names` that start with them, sorted by the two bytes.
    by_first_two: Vec<(u16, Range<usize>)>,
    /// One bit per pair of bytes that opens a name: most places in a text
    /// open none, and this is all they cost.
    opens_name: Box<[u64]>,
    /// Names of a single byte (`X`) with their actor's index.
    one_byte_names: Vec<(u8, usize)>,
    /// For each byte, whether a name starts with it.
    opens_name_byte: [bool; 256],
}

impl NameFinder {
    pub fn new(actors: &[Actor]) -> Self {
        let mut names: Vec<(Box<str>, usize)> = Vec::new();
        let mut one_byte_names = Vec::new();
        for (i, actor) in actors.iter().enumerate() {
            for name in std::iter::once(&actor.name).chain(&actor.aliases) {
                if name.trim().is_empty() {
                    continue;
                }
                match name.as_bytes() {
                    [only] => one_byte_names.push((*only, i)),
                    _ => names.push((name.as_str().into(), i)),
                }
            }
        }
        names.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()).then(a.1.cmp(&b.1)));
        let mut opens_name = vec![0u64; (1 << 16) / 64].into_boxed_slice();
        let mut by_first_two: Vec<(u16, Range<usize>)> = Vec::new();
        for (k, (name, _)) in names.iter().enumerate() {
            let pair = first_two(name.as_bytes());
            opens_name[usize::from(pair) / 64] |= 1 << (pair % 64);
            match by_first_two.last_mut() {
                Some((last, range)) if *last == pair => range.end = k + 1,
                _ => by_first_two.push((pair, k..k + 1)),
            }
        }
        let mut opens_name_byte = [false; 256];
        let first_bytes = (names.iter().map(|(name, _)| name.as_bytes()[0]))
            .chain(one_byte_names.iter().map(|&(byte, _)| byte));
        for byte in first_bytes {
            opens_name_byte[usize::from(byte)] = true;
        }
        NameFinder {
            names,
            by_first_two,
            opens_name,
            one_byte_names,
            opens_name_byte,
        }
    }

    /// The non-overlapping names in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        let bytes = text.as_bytes();
        // Eight bytes at a time: which follow no ASCII letter or digit
        // (a byte past ASCII counts as none, so what follows it is asked
        // in full by `starts_word`); only those (about one byte in six)
        // are asked whether a name starts with them.
        let mut chunks = bytes.chunks_exact(8);
        let mut at_chunk = 0;
        // Before the text's first byte: no letter.
        let mut last_was_other = true;
        for chunk in &mut chunks {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(chunk);
            let others = !ascii_letters_and_digits(u64::from_le_bytes(eight)) & HIGH_BITS;
            // The top bit of each byte that follows another byte.
            let mut after_other = (others << 8) | (u64::from(last_was_other) << 7);
            last_was_other = others >> 63 != 0;
            while after_other != 0 {
                let at = at_chunk + after_other.trailing_zeros() as usize / 8;
                after_other &= after_other - 1;
                if self.may_open_name(bytes, at) {
                    self.names_at(text, at, &mut candidates);
                }
            }
            at_chunk += 8;
        }
        for (k, &byte) in chunks.remainder().iter().enumerate() {
            if last_was_other && self.may_open_name(bytes, at_chunk + k) {
                self.names_at(text, at_chunk + k, &mut candidates);
            }
            last_was_other = !byte.is_ascii_alphanumeric();
        }
        candidates.sort_by_key(|&(start, end, owner)| (start, std::cmp::Reverse(end), owner));
        let mut mentions = Vec::new();
        let mut cursor = 0;
        for (start, end, actor) in candidates {
            if start >= cursor {
                mentions.push(Mention {
                    range: start..end,
                    actor,
                });
                cursor = end;
            }
        }
        mentions
    }
}

impl NameFinder {
    /// May a name start at `at`: some name starts with its byte, and
    /// with its byte and the next? Asked where a word may start, before
    /// the call to [`NameFinder::names_at`] (at 1,000 articles 319,577
    /// places pass the first test, 85,088 the second).
    #[inline(always)]
    fn may_open_name(&self, bytes: &[u8], at: usize) -> bool {
        if !self.opens_name_byte[usize::from(bytes[at])] {
            return false;
        }
        if !self.one_byte_names.is_empty() {
            return true;
        }
        bytes.get(at..at + 2).is_some_and(|rest| {
            let pair = first_two(rest);
            self.opens_name[usize::from(pair) / 64] & (1 << (pair % 64)) != 0
        })
    }

    /// Adds each name that starts at `at` (its first byte opens a name)
    /// as a whole word, with its end and actor, to `candidates`.
    #[inline(never)]
    fn names_at(&self, text: &str, at: usize, candidates: &mut Vec<(usize, usize, usize)>) {
        // A name's first byte starts a character (names are whole
        // `str`s), so `at` is a character boundary.
        if !starts_word(text, at) {
            return;
        }
        let rest = &text.as_bytes()[at..];
        let mut found = |len: usize, owner: usize| {
            if ends_word(text, at + len) {
                candidates.push((at, at + len, owner));
            }
        };
        for &(byte, owner) in &self.one_byte_names {
            if byte == rest[0] {
                found(1, owner);
            }
        }
        if rest.len() < 2 {
            return;
        }
        let pair = first_two(rest);
        if self.opens_name[usize::from(pair) / 64] & (1 << (pair % 64)) == 0 {
            return;
        }
        if let Ok(k) = self.by_first_two.binary_search_by_key(&pair, |(p, _)| *p) {
            for (name, owner) in &self.names[self.by_first_two[k].1.clone()] {
                if rest.starts_with(name.as_bytes()) {
                    found(name.len(), *owner);
                }
            }
        }
    }
}

/// One in each byte of a `u64`.
const BYTE_ONES: u64 = u64::MAX / 0xff;
/// The top bit of each byte of a `u64`.
const HIGH_BITS: u64 = BYTE_ONES * 0x80;

/// The top bit of each byte of `v` that is an ASCII letter or digit.
fn ascii_letters_and_digits(v: u64) -> u64 {
    // Each byte's low seven bits plus a constant sets its top bit from
    // the range's first byte on, or from past its last; the sums never
    // carry into the next byte. A byte of 0x80 and above is none.
    let in_range = |x: u64, first: u8, last: u8| {
        let from_first = x + BYTE_ONES * u64::from(0x80 - first);
        let past_last = x + BYTE_ONES * u64::from(0x7f - last);
        from_first & !past_last & HIGH_BITS
    };
    let low = v & !HIGH_BITS;
    // The case bit set makes `A`-`Z` `a`-`z`, and nothing else one.
    let letters = in_range(low | (BYTE_ONES * 0x20), b'a', b'z');
    let digits = in_range(low, b'0', b'9');
    (letters | digits) & !v
}

/// The first two bytes of `bytes` (at least two) as one number.
fn first_two(bytes: &[u8]) -> u16 {
    u16::from_be_bytes([bytes[0], bytes[1]])
}

/// No letter or digit right before `at` (a character boundary): a word
/// may start there. ASCII is read as a byte; `char::is_alphanumeric`
/// agrees with `u8::is_ascii_alphanumeric` on it.
fn starts_word(text: &str, at: usize) -> bool {
    match text.as_bytes()[..at].last() {
        None => true,
        Some(&b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    }
}

/// No letter or digit right at `at` (a character boundary): a word may
/// end there.
fn ends_word(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => true,
        Some(&b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !text[at..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// True when `text[start..end]` is not part of a longer word.
fn is_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SiteConfig;
    use crate::test_support;

    fn actor(id: &str, name: &str, aliases: &[&str], parent: Option<&str>) -> Actor {
        Actor {
            parent: parent.map(str::to_string),
            ..test_support::actor(id, name, aliases)
        }
    }

    fn article(slug: &str, outlet: &str, day: i8) -> Article {
        Article {
            title: format!("Title {slug}"),
            date: jiff::civil::date(2016, 12, day),
            outlet: outlet.into(),
            ..test_support::article(slug, "")
        }
    }

    fn quote(id: &str, statement: &str, slug: &str, text: &str, actor: Option<&str>) -> Quote {
        Quote {
            statement: statement.into(),
            speaker: actor.map(|a| format!("Speaker of {a}")),
            actor: actor.map(str::to_string),
            ..test_support::quote(id, slug, text)
        }
    }

    fn site() -> Site {
        Site {
            config: SiteConfig::with_title("T"),
            articles: vec![article("a", "Outlet B", 11), article("b", "Outlet A", 11)],
            actors: vec![
                actor("faction", "Army of Islam", &[], Some("rebels")),
                actor("rebels", "Rebel factions", &["rebels"], None),
                actor("russia", "Russia", &["Moscow", "Russian"], None),
            ],
            static_files: Vec::new(),
            theme_overrides: Vec::new(),
        }
    }

    #[test]
    fn same_statement_in_two_articles_is_one_statement() {
        let site = site();
        let quotes = vec![
            quote("q-1", "s-1", "a", "No deal.", Some("russia")),
            quote("q-2", "s-1", "b", "No deal", Some("russia")),
        ];
        let dossier = Dossier::new(&site, &quotes);
        assert_eq!(dossier.statements.len(), 1);
        let statement = &dossier.statements[0];
        assert_eq!(statement.text, "No deal.");
        // Reports sorted by outlet on the same day.
        assert_eq!(statement.quotes[0].article, "b");
        assert_eq!(dossier.actors[2].statements, vec![0]);
    }

    #[test]
    fn sub_actor_statements_roll_up_and_mentions_link_back() {
        let site = site();
        let quotes = vec![
            quote("q-1", "s-1", "a", "We will not leave.", Some("faction")),
            quote("q-2", "s-2", "a", "Moscow lied to the rebels.", None),
        ];
        let dossier = Dossier::new(&site, &quotes);
        let rebels = &dossier.actors[1];
        assert_eq!(rebels.children, vec![0]);
        assert_eq!(rebels.rolled_up.len(), 1);
        assert!(rebels.statements.is_empty());
        let s2 = dossier
            .statements
            .iter()
            .position(|s| s.id == "s-2")
            .unwrap();
        assert_eq!(dossier.actors[2].mentioned_by, vec![s2]);
        assert_eq!(rebels.mentioned_by, vec![s2]);
        assert!(dossier.actors[0].mentioned_by.is_empty());
        assert_eq!(dossier.family(1), vec![1, 0]);
    }

    /// What [`NameFinder::find`] returned when an overlapping
    /// Aho-Corasick search found the names: every occurrence of every
    /// name, then the same choice.
    fn found_by_automaton(actors: &[Actor], text: &str) -> Vec<(Range<usize>, usize)> {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (i, actor) in actors.iter().enumerate() {
            for name in std::iter::once(&actor.name).chain(&actor.aliases) {
                if !name.trim().is_empty() {
                    patterns.push(name.as_str());
                    owners.push(i);
                }
            }
        }
        let matcher = aho_corasick::AhoCorasick::new(&patterns).unwrap();
        let mut candidates: Vec<(usize, usize, usize)> = matcher
            .find_overlapping_iter(text)
            .filter(|m| is_word(text, m.start(), m.end()))
            .map(|m| (m.start(), m.end(), owners[m.pattern().as_usize()]))
            .collect();
        candidates.sort_by_key(|&(start, end, owner)| (start, std::cmp::Reverse(end), owner));
        let mut found = Vec::new();
        let mut cursor = 0;
        for (start, end, actor) in candidates {
            if start >= cursor {
                found.push((start..end, actor));
                cursor = end;
            }
        }
        found
    }

    #[test]
    fn letters_and_digits_are_found_in_each_byte_of_eight() {
        for byte in 0..=u8::MAX {
            for place in 0..8 {
                let mut eight = *b"a-Z 9\xff.q";
                eight[place] = byte;
                let found = ascii_letters_and_digits(u64::from_le_bytes(eight));
                for (k, b) in eight.iter().enumerate() {
                    let top_bit = (found >> (8 * k + 7)) & 1 == 1;
                    assert_eq!(top_bit, b.is_ascii_alphanumeric(), "{eight:?} at {k}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn names_are_found_as_the_automaton_found_them(
            names in proptest::collection::vec("[aUSé’ .-]{0,4}", 0..8),
            text in "[aUSbé’ .,-]{0,24}[aUS0z9Z@\\[`{/: é’.-]{0,24}",
        ) {
            // Names of the same few characters, so that they overlap, share
            // first bytes, repeat, hold one byte or stand inside words.
            let actors: Vec<Actor> = names
                .chunks(2)
                .enumerate()
                .map(|(i, pair)| {
                    let aliases: Vec<&str> = pair[1..].iter().map(String::as_str).collect();
                    actor(&format!("a{i}"), &pair[0], &aliases, None)
                })
                .collect();
            let found: Vec<(Range<usize>, usize)> = NameFinder::new(&actors)
                .find(&text)
                .into_iter()
                .map(|m| (m.range, m.actor))
                .collect();
            proptest::prop_assert_eq!(found, found_by_automaton(&actors, &text));
        }
    }

    #[test]
    fn names_match_whole_words_longest_first() {
        let actors = vec![
            actor(
                "ru",
                "Russia",
                &["Russian", "Russian Foreign Ministry"],
                None,
            ),
            actor("un", "UN", &[], None),
        ];
        let finder = NameFinder::new(&actors);
        let text = "The Russian Foreign Ministry, Russians and UNICEF; Russia-backed UN.";
        let found: Vec<(&str, usize)> = finder
            .find(text)
            .into_iter()
            .map(|m| (&text[m.range], m.actor))
            .collect();
        assert_eq!(
            found,
            vec![("Russian Foreign Ministry", 0), ("Russia", 0), ("UN", 1)]
        );
    }

    #[test]
    fn bodies_are_told_from_people() {
        let finder = NameFinder::new(&site().actors);
        assert!(is_body("Kremlin", &finder));
        assert!(is_body("Syrian Observatory for Human Rights", &finder));
        assert!(is_body("Russia", &finder));
        assert!(!is_body("Sergei Ryabkov", &finder));
        assert!(!is_body("Officer Jones", &finder));
    }

    #[test]
    fn statements_of_a_day_follow_the_earliest_article() {
        let site = site();
        let mut first = quote("q-1", "s-b", "a", "We will talk.", Some("russia"));
        first.span = Some(10..20);
        let mut added = quote("q-2", "s-a", "a", "But not today.", Some("russia"));
        added.span = Some(40..50);
        let quotes = vec![added, first];
        let dossier = Dossier::new(&site, &quotes);
        let ids: Vec<&str> = dossier.statements.iter().map(|s| s.id).collect();
        assert_eq!(ids, vec!["s-b", "s-a"]);
    }

    #[test]
    fn speaker_anchors_are_unique() {
        let site = site();
        let mut a = quote("q-1", "s-1", "a", "One.", Some("russia"));
        a.speaker = Some("Al Sham".into());
        let mut b = quote("q-2", "s-2", "a", "Two.", None);
        b.speaker = Some("Al-Sham".into());
        let quotes = vec![a, b];
        let dossier = Dossier::new(&site, &quotes);
        let anchors: Vec<&str> = dossier.speakers.iter().map(|s| s.anchor.as_str()).collect();
        assert_eq!(anchors, vec!["speaker-al-sham", "speaker-al-sham-2"]);
    }
    #[test]
    fn an_unnamed_source_is_a_role_not_a_speaker() {
        let site = site();
        let mut unnamed = quote("q-1", "s-1", "a", "We will hold.", Some("russia"));
        unnamed.speaker = Some("a senior official".into());
        unnamed.anonymous = true;
        let quotes = vec![unnamed];
        let dossier = Dossier::new(&site, &quotes);
        assert!(dossier.speakers.is_empty());
        assert_eq!(dossier.statements[0].speaker, None);
        assert_eq!(dossier.statements[0].role, Some("a senior official"));
    }
}
