//! Stage 5: group. Occurrences from all articles -> quotes with stable ids;
//! the same statement reported by several outlets shares one statement id.
//!
//! Two occurrences are one statement when they have the same speaker and
//! kind and their words match once normalised (case, quote marks,
//! punctuation, spacing and `[bracketed]` insertions do not count): equal
//! or nearly equal (one word dropped or retyped). A quote that only shares
//! a sentence with a longer one stays apart: a speaker often repeats a
//! line inside different statements. Occurrences with no speaker only join when their words are
//! equal. Ids hash content, never positions in the build, so they stay the
//! same from build to build.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use rayon::prelude::*;

use sha2::{Digest, Sha256};

use crate::attribute::entities::spelling_key;
use crate::model::{Article, Occurrence, Quote, QuoteKind};

/// Normalised similarity above which two texts are the same words.
const SAME_WORDS: f64 = 0.9;

/// Gives every occurrence its ids. `found[i]` holds the occurrences of `articles[i]`.
pub fn group(articles: &[Article], found: Vec<Vec<Occurrence>>) -> Vec<Quote> {
    group_with(articles, found, &mut StatementCache::default())
}

/// The statements of each (kind, speaker) found by an earlier grouping:
/// `serve` keeps one between rebuilds, so that only the speakers whose
/// quotes changed are clustered again.
#[derive(Debug, Default)]
pub struct StatementCache {
    /// Per (kind, speaker): each distinct normalised text -> the name of
    /// its cluster. The clusters depend on that set of texts alone.
    buckets: HashMap<(QuoteKind, Option<String>), BTreeMap<String, String>>,
}

/// [`group`], reusing the clusters of `cache` where a speaker's texts are
/// the same as before, and keeping the new ones in it.
pub fn group_with(
    articles: &[Article],
    found: Vec<Vec<Occurrence>>,
    cache: &mut StatementCache,
) -> Vec<Quote> {
    // Articles on every core: line numbers and ids hash one article at a time.
    let per_article: Vec<Vec<Quote>> = articles
        .par_iter()
        .zip(found)
        .map(|(article, occurrences)| quotes_of(article, occurrences))
        .collect();
    let mut quotes = Vec::with_capacity(per_article.iter().map(Vec::len).sum());
    for article_quotes in per_article {
        quotes.extend(article_quotes);
    }
    share_actors(&mut quotes);
    assign_statements(&mut quotes, cache);
    quotes
}

/// The quotes of one article, with their ids but no statement yet.
fn quotes_of(article: &Article, occurrences: Vec<Occurrence>) -> Vec<Quote> {
    let lines = crate::model::LineIndex::new(&article.body, article.body_line);
    occurrences
        .into_iter()
        .map(|occurrence| {
            let position = occurrence
                .span
                .as_ref()
                .map_or_else(|| "front matter".to_string(), |s| s.start.to_string());
            let id = short_hash("q", &[&article.source, &position, &occurrence.text]);
            Quote {
                id,
                statement: String::new(),
                source: article.source.clone(),
                article: article.slug.clone(),
                line: occurrence.span.as_ref().map(|s| lines.line(s.start)),
                text: occurrence.text,
                kind: occurrence.kind,
                speaker: occurrence.speaker,
                role: occurrence.role,
                actor: occurrence.actor,
                via: occurrence.via,
                date: occurrence.date,
                published: article.date,
                evidence: occurrence.evidence,
                span: occurrence.span,
                rule: occurrence.rule,
                anonymous: occurrence.anonymous,
                affiliation_evidence: occurrence.affiliation_evidence,
            }
        })
        .collect()
}

/// A person named with an affiliation in one article speaks for the same
/// actor where another article only gives the name (spelt alike up to
/// initials, `Jr.` and transliteration), when more of the quotes that tell
/// name that actor than any other. The words that told, and the article,
/// become the quote's `affiliation_evidence`. Corrections from front
/// matter and unnamed sources are left as they are.
fn share_actors(quotes: &mut [Quote]) {
    // Per spelling key: actor -> (quotes that name it, the first evidence).
    let mut votes: BTreeMap<String, BTreeMap<&str, (usize, String)>> = BTreeMap::new();
    for q in quotes.iter().filter(|q| !q.anonymous) {
        if let (Some(speaker), Some(actor)) = (q.speaker.as_deref(), q.actor.as_deref()) {
            let words = q
                .affiliation_evidence
                .as_deref()
                .or(q.evidence.as_deref())
                .unwrap_or(speaker);
            let vote = votes
                .entry(spelling_key(speaker))
                .or_default()
                .entry(actor)
                .or_insert_with(|| (0, format!("{words} ({})", q.article)));
            vote.0 += 1;
        }
    }
    let actors: BTreeMap<String, (String, String)> = votes
        .into_iter()
        .filter_map(|(key, by_actor)| {
            let most = by_actor.values().map(|(n, _)| *n).max()?;
            let mut leaders = by_actor.into_iter().filter(|(_, (n, _))| *n == most);
            let (actor, (_, evidence)) = leaders.next()?;
            // A tie names no one actor.
            leaders
                .next()
                .is_none()
                .then(|| (key, (actor.to_string(), evidence)))
        })
        .collect();
    for q in quotes.iter_mut() {
        let corrected = q
            .evidence
            .as_deref()
            .is_some_and(|e| e.starts_with(crate::attribute::CORRECTION_EVIDENCE));
        if q.actor.is_none()
            && !corrected
            && !q.anonymous
            && let Some((actor, evidence)) = q
                .speaker
                .as_deref()
                .and_then(|s| actors.get(&spelling_key(s)))
        {
            q.actor = Some(actor.clone());
            q.affiliation_evidence = Some(evidence.clone());
        }
    }
}

/// Clusters the quotes of each (kind, speaker) and names each cluster by
/// the hash of its smallest normalised text.
fn assign_statements(quotes: &mut [Quote], cache: &mut StatementCache) {
    let keys: Vec<String> = quotes.par_iter().map(|q| normalise(&q.text)).collect();
    let mut buckets: BTreeMap<(QuoteKind, Option<&str>), Vec<usize>> = BTreeMap::new();
    for (i, q) in quotes.iter().enumerate() {
        buckets
            .entry((q.kind, q.speaker.as_deref()))
            .or_default()
            .push(i);
    }
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    let tokens: Vec<Vec<u64>> = keys.par_iter().map(|k| word_hashes(k)).collect();
    let mut clustered = Vec::new();
    for ((kind, speaker), members) in &buckets {
        let texts: BTreeSet<&str> = members.iter().map(|&i| keys[i].as_str()).collect();
        let known = cache
            .buckets
            .get(&(*kind, speaker.map(str::to_string)))
            .filter(|names| names.keys().map(String::as_str).eq(texts.iter().copied()));
        if let Some(names) = known {
            // The same texts as before: the same clusters, unite by name.
            let mut first_named: HashMap<&str, usize> = HashMap::new();
            for &i in members {
                let first = *first_named.entry(names[&keys[i]].as_str()).or_insert(i);
                union(&mut parent, first, i);
            }
            continue;
        }
        clustered.push((*kind, *speaker));
        // Same words first: one pass, whatever the bucket's size.
        let mut first_with: BTreeMap<&str, usize> = BTreeMap::new();
        for &i in members.iter() {
            let first = *first_with.entry(&keys[i]).or_insert(i);
            union(&mut parent, first, i);
        }
        if speaker.is_none() {
            continue;
        }
        // Retypes share their rare words: compare each distinct text only
        // with the texts that hold one of its rarest words, so grouping
        // stays near-linear even for a speaker quoted thousands of times.
        let distinct: Vec<usize> = first_with.into_values().collect();
        let pairs = candidate_pairs(&distinct, &keys);
        for &(i, j) in &pairs {
            let (short, long) = if keys[i].len() <= keys[j].len() {
                (i, j)
            } else {
                (j, i)
            };
            if (keys[short].len() as f64) >= SAME_WORDS * keys[long].len() as f64
                && shared_words(&tokens[i], &tokens[j])
                    >= SAME_WORDS * tokens[i].len().max(tokens[j].len()) as f64 - 2.0
                && same_words(&keys[i], &keys[j])
            {
                union(&mut parent, i, j);
            }
        }
        join_fragments(quotes, &keys, &pairs, &mut parent);
    }
    let mut names: BTreeMap<usize, &str> = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        let root = find(&mut parent, i);
        let name = names.entry(root).or_insert(key);
        if key.as_str() < *name {
            *name = key;
        }
    }
    cache
        .buckets
        .retain(|(kind, speaker), _| buckets.contains_key(&(*kind, speaker.as_deref())));
    for bucket in clustered {
        let members = &buckets[&bucket];
        let named = members
            .iter()
            .map(|&i| (keys[i].clone(), names[&find(&mut parent, i)].to_string()))
            .collect();
        cache
            .buckets
            .insert((bucket.0, bucket.1.map(str::to_string)), named);
    }
    let roots: Vec<usize> = (0..quotes.len()).map(|i| find(&mut parent, i)).collect();
    let ids: Vec<String> = quotes
        .par_iter()
        .zip(roots)
        .map(|(quote, root)| {
            let kind = match quote.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Reported => "reported",
            };
            short_hash(
                "s",
                &[kind, quote.speaker.as_deref().unwrap_or(""), names[&root]],
            )
        })
        .collect();
    for (quote, id) in quotes.iter_mut().zip(ids) {
        quote.statement = id;
    }
}

/// The fewest words a fragment needs to be joined to a longer quote.
const FRAGMENT_WORDS: usize = 3;

/// Words of an attribution that tell the words were said again, on
/// another occasion (`while repeating that “...”`).
const SAID_AGAIN: &[&str] = &["repeat", "reiterat", "again"];

/// A fragment woven into an article's own sentence (`vowed to fight “for
/// every name on the list”`) is part of the speaker's statement that holds
/// those words, when exactly one statement does. A whole sentence repeated
/// inside a longer quote (capitalised) may be another occasion: apart, as
/// is a fragment the article says was said again.
fn join_fragments(
    quotes: &[Quote],
    keys: &[String],
    pairs: &[(usize, usize)],
    parent: &mut [usize],
) {
    let fragment = |i: usize| {
        quotes[i]
            .text
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase)
            && keys[i].split(' ').count() >= FRAGMENT_WORDS
            && !quotes[i].evidence.as_deref().is_some_and(|e| {
                let e = e.to_lowercase();
                SAID_AGAIN.iter().any(|w| e.contains(w))
            })
    };
    let contains = |long: &str, short: &str| {
        long.len() > short.len()
            && (long.starts_with(&format!("{short} "))
                || long.ends_with(&format!(" {short}"))
                || long.contains(&format!(" {short} ")))
    };
    let mut holders: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(i, j) in pairs {
        for (short, long) in [(i, j), (j, i)] {
            if fragment(short) && contains(&keys[long], &keys[short]) {
                holders.entry(short).or_default().push(long);
            }
        }
    }
    for (short, longs) in holders {
        let mut roots: Vec<usize> = longs.iter().map(|&l| find(parent, l)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let [root] = roots[..] {
            union(parent, short, root);
        }
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// How many of a text's rarest words are used to find its retypes.
const PROBE_WORDS: usize = 3;
/// A word held by more texts than this is too common to find retypes by.
const MAX_POSTING: usize = 256;

/// Pairs `(i, j)`, `i < j`, of distinct texts that share one of the
/// [`PROBE_WORDS`] rarest words of either text. A retype keeps most words,
/// so it keeps at least one of those.
fn candidate_pairs(members: &[usize], keys: &[String]) -> Vec<(usize, usize)> {
    // Each text's distinct words, split once.
    let words: Vec<Vec<&str>> = members
        .iter()
        .map(|&i| {
            let mut words: Vec<&str> = keys[i].split(' ').collect();
            words.sort_unstable();
            words.dedup();
            words
        })
        .collect();
    // Only looked up, never iterated: the hash order does not show.
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (&i, text_words) in members.iter().zip(&words) {
        for &word in text_words {
            postings.entry(word).or_default().push(i);
        }
    }
    let mut pairs = Vec::new();
    for (&i, text_words) in members.iter().zip(words) {
        let mut rarest: Vec<(usize, &str)> = text_words
            .into_iter()
            .map(|w| (postings[w].len(), w))
            .collect();
        rarest.sort_unstable();
        for (holders, word) in rarest.into_iter().take(PROBE_WORDS) {
            if holders > MAX_POSTING {
                break;
            }
            for &j in &postings[word] {
                if i != j {
                    pairs.push((i.min(j), i.max(j)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// The words of a normalised text as sorted hashes, for counting shared words.
fn word_hashes(key: &str) -> Vec<u64> {
    let mut hashes: Vec<u64> = key
        .split(' ')
        .map(|w| {
            // FNV-1a: fixed, so grouping does not depend on the run.
            w.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
            })
        })
        .collect();
    hashes.sort_unstable();
    hashes
}

/// How many words two sorted hash lists share, counting repeats.
fn shared_words(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64
}

/// Are two normalised texts the same words, give or take a retyped word?
fn same_words(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    // Cheap test first: texts of very different length are not retypes.
    if (short.len() as f64) < SAME_WORDS * long.len() as f64 {
        return false;
    }
    strsim::normalized_levenshtein(a, b) >= SAME_WORDS
}

/// Lowercase words only, `[insertions]` left out: what stays the same
/// when outlets retype a quote.
fn normalise(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => kept.push(c),
            _ => kept.push(' '),
        }
    }
    // One string built in place: every quote is normalised.
    let mut normal = String::with_capacity(kept.len());
    for word in kept
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !normal.is_empty() {
            normal.push(' ');
        }
        if word.is_ascii() {
            normal.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            normal.push_str(&word.to_lowercase());
        }
    }
    normal
}

/// `prefix-` plus 6 bytes of the SHA-256 of the parts, in hex.
pub fn short_hash(prefix: &str, parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    let digest = hasher.finalize();
    let mut id = String::with_capacity(prefix.len() + 13);
    id.push_str(prefix);
    id.push('-');
    for b in digest.iter().take(6) {
        let _ = write!(id, "{b:02x}");
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support;

    fn article(source: &str) -> Article {
        Article {
            source: source.into(),
            date: jiff::civil::date(2016, 12, 9),
            ..test_support::article(source, "")
        }
    }

    fn occurrence(text: &str, speaker: Option<&str>) -> Occurrence {
        Occurrence {
            text: text.into(),
            span: Some(0..text.len()),
            kind: QuoteKind::Direct,
            speaker: speaker.map(str::to_string),
            role: None,
            actor: None,
            via: None,
            date: "2016-12-09".parse().unwrap(),
            evidence: None,
            evidence_span: None,
            rule: None,
            anonymous: false,
            affiliation_evidence: None,
        }
    }

    /// The actor of each quote after grouping articles with one quote
    /// each: (speaker, actor given by its own article).
    fn shared_actors(quotes: &[(&str, Option<&str>)]) -> Vec<Option<String>> {
        let articles: Vec<Article> = (0..quotes.len())
            .map(|i| article(&format!("a{i}.md")))
            .collect();
        let found = quotes
            .iter()
            .map(|(speaker, actor)| {
                let mut o = occurrence("words", Some(speaker));
                o.actor = actor.map(str::to_string);
                o.evidence = Some(format!("{speaker} said"));
                vec![o]
            })
            .collect();
        group(&articles, found)
            .into_iter()
            .map(|q| q.actor)
            .collect()
    }

    #[test]
    fn an_actor_from_another_article_holds_for_every_spelling_of_the_name() {
        let found = shared_actors(&[
            ("Maria T. Alvarado", Some("blues")),
            ("Maria Alvarado", None),
            ("Sergey Volkov", Some("ruritania")),
            ("Sergei Volkov", None),
        ]);
        let blues = Some("blues".to_string());
        let ruritania = Some("ruritania".to_string());
        assert_eq!(found, [blues.clone(), blues, ruritania.clone(), ruritania]);
    }

    #[test]
    fn the_actor_most_articles_give_wins_and_a_tie_gives_none() {
        let found = shared_actors(&[
            ("Ann Reyes", Some("blues")),
            ("Ann Reyes", Some("blues")),
            ("Ann Reyes", Some("greens")),
            ("Ann Reyes", None),
            ("Tom Dorn", Some("blues")),
            ("Tom Dorn", Some("greens")),
            ("Tom Dorn", None),
        ]);
        assert_eq!(found[3].as_deref(), Some("blues"));
        assert_eq!(found[6], None);
    }

    #[test]
    fn a_shared_actor_keeps_the_words_and_article_that_gave_it() {
        let articles = [article("a.md"), article("b.md")];
        let mut given = occurrence("words", Some("Ann Reyes"));
        given.actor = Some("blues".into());
        given.affiliation_evidence = Some("Blue nominee Ann Reyes".into());
        let quotes = group(
            &articles,
            vec![
                vec![given],
                vec![occurrence("other words", Some("Ann Reyes"))],
            ],
        );
        assert_eq!(
            quotes[1].affiliation_evidence.as_deref(),
            Some("Blue nominee Ann Reyes (a.md)")
        );
    }

    fn statements(texts: &[(&str, Option<&str>)]) -> Vec<String> {
        let articles: Vec<Article> = (0..texts.len())
            .map(|i| article(&format!("a{i}.md")))
            .collect();
        let found = texts.iter().map(|(t, s)| vec![occurrence(t, *s)]).collect();
        group(&articles, found)
            .into_iter()
            .map(|q| q.statement)
            .collect()
    }

    #[test]
    fn retyped_quotes_are_one_statement() {
        let s = statements(&[
            (
                "The issue is the subject of separate agreements. It has not been reached,",
                Some("A B"),
            ),
            (
                "The issue is the subject of separate  agreements. It has not been reached.",
                Some("A B"),
            ),
            (
                "The issue is the subject of separate agreements. It has not yet been reached",
                Some("A B"),
            ),
            (
                "The issue is the subject of [other] separate agreements. It has not been reached",
                Some("A B"),
            ),
        ]);
        assert!(s.iter().all(|x| *x == s[0]), "{s:?}");
    }

    #[test]
    fn different_statements_and_speakers_stay_apart() {
        let s = statements(&[
            ("We are close to reaching an understanding.", Some("A B")),
            ("We are far from reaching an understanding.", Some("A B")),
            ("We are close to reaching an understanding.", Some("C D")),
        ]);
        assert_ne!(s[0], s[1]);
        assert_ne!(s[0], s[2]);
    }

    #[test]
    fn a_shared_sentence_does_not_make_one_statement() {
        let s = statements(&[
            (
                "There is some progress. But there is no agreement on the routes.",
                Some("A B"),
            ),
            ("There is some progress.", Some("A B")),
        ]);
        assert_ne!(s[0], s[1]);
    }

    #[test]
    fn a_fragment_is_part_of_the_one_statement_that_holds_it() {
        let s = statements(&[
            (
                "We fought for every name on the list. They are home now.",
                Some("A B"),
            ),
            ("for every name on the list", Some("A B")),
            // Another speaker, or too short to tell: apart.
            ("for every name on the list", Some("C D")),
            ("the list", Some("A B")),
        ]);
        assert_eq!(s[0], s[1]);
        assert_ne!(s[0], s[2]);
        assert_ne!(s[0], s[3]);
        // Said again: another occasion.
        let articles = [article("a.md"), article("b.md")];
        let again = Occurrence {
            evidence: Some("she said, repeating that".into()),
            ..occurrence("for every name on the list", Some("A B"))
        };
        let found = vec![
            vec![occurrence(
                "We fought for every name on the list.",
                Some("A B"),
            )],
            vec![again],
        ];
        let quotes = group(&articles, found);
        assert_ne!(quotes[0].statement, quotes[1].statement);
        // Two statements hold it: neither.
        let s = statements(&[
            ("We fought for every name on the list.", Some("A B")),
            (
                "Again we fought for every name on the list today.",
                Some("A B"),
            ),
            ("for every name on the list", Some("A B")),
        ]);
        assert_ne!(s[2], s[0]);
        assert_ne!(s[2], s[1]);
    }

    #[test]
    fn a_persons_actor_holds_across_articles_when_all_agree() {
        let articles = vec![article("a.md"), article("b.md"), article("c.md")];
        let mut with_actor = occurrence("First words said here.", Some("A B"));
        with_actor.actor = Some("x".into());
        let found = vec![
            vec![with_actor],
            vec![occurrence("Second words said here.", Some("A B"))],
            vec![occurrence("Third words said here.", Some("C D"))],
        ];
        let quotes = group(&articles, found);
        assert_eq!(quotes[1].actor.as_deref(), Some("x"));
        assert_eq!(quotes[2].actor, None);
    }

    #[test]
    fn ids_do_not_depend_on_order() {
        let a = statements(&[
            ("One thing was said here today.", Some("A B")),
            ("Another thing.", Some("A B")),
        ]);
        let b = statements(&[
            ("Another thing.", Some("A B")),
            ("One thing was said here today.", Some("A B")),
        ]);
        assert_eq!(a[0], b[1]);
        assert_eq!(a[1], b[0]);
    }

    #[test]
    fn a_warm_cache_groups_as_a_cold_one() {
        let articles: Vec<Article> = (0..4).map(|i| article(&format!("a{i}.md"))).collect();
        let texts = |edited: &str| -> Vec<Vec<Occurrence>> {
            vec![
                vec![occurrence(
                    "We will not leave Aleppo today",
                    Some("Ann Bee"),
                )],
                vec![occurrence(
                    "We will not leave Aleppo today.",
                    Some("Ann Bee"),
                )],
                vec![occurrence(edited, Some("Ann Bee"))],
                vec![occurrence("No comment at all.", Some("Cem Dal"))],
            ]
        };
        let mut cache = StatementCache::default();
        let ids = |quotes: Vec<Quote>| -> Vec<String> {
            quotes.into_iter().map(|q| q.statement).collect()
        };
        for edited in [
            "Something else entirely.",
            "We will not leave Aleppo todya",
            "We will not leave Aleppo todya",
            "Something else entirely.",
        ] {
            let warm = ids(group_with(&articles, texts(edited), &mut cache));
            let cold = ids(group(&articles, texts(edited)));
            assert_eq!(warm, cold, "{edited}");
        }
        let joined = ids(group(&articles, texts("We will not leave Aleppo todya")));
        assert_eq!(joined[0], joined[2], "a retype joins the statement");
        assert_eq!(cache.buckets.len(), 2);
    }
}
