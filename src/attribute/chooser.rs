//! The chooser: a small learned ranker for the quotes no rule attributes
//! (no frame at all, or a continuation with no speaker to go on from).
//! It runs after the reading, so it only adds speakers and changes no
//! rule's reading. Its candidates are the people (and bodies) the article
//! mentioned up to the end of the quote's paragraph and the sentence after
//! it; each is described by a few generic features (how near its last
//! mention is, whether it was the last speaker quoted, whether a `he` or
//! `she` by the quote agrees with it...), scored by a logistic regression
//! trained by `tools/train_chooser.py` on the development sets' gold
//! (weights in `chooser_weights.rs`), and the best is given only when its
//! probability clears a threshold chosen so that picks are mostly right:
//! no speaker is better than a wrong one.

use std::ops::Range;

use super::Entity;
use super::chooser_weights::{BIAS, THRESHOLD, WEIGHTS};
use super::resolve::Gender;
use super::text::{sentence_ends, words};

/// What each feature means, in the order of the weights; its name in the
/// training data, and the words the evidence shows when it speaks for
/// the pick.
pub const FEATURES: [(&str, &str); FEATURE_COUNT] = [
    ("last_quoted", "the last speaker quoted"),
    ("quoted_in_paragraph", "quoted earlier in the paragraph"),
    (
        "quoted_in_previous_paragraph",
        "quoted in the paragraph before",
    ),
    ("times_quoted", "quoted before"),
    (
        "in_sentence_before",
        "named before the quote in its sentence",
    ),
    ("in_sentence_after", "named after the quote in its sentence"),
    ("in_next_sentence", "named in the next sentence"),
    ("earlier_in_paragraph", "named earlier in the paragraph"),
    ("in_previous_paragraph", "named in the paragraph before"),
    ("paragraphs_back", "named some paragraphs back"),
    ("nearest_before", "the person named last before the quote"),
    ("pronoun_agrees", "a he/she by the quote agrees"),
    ("pronoun_disagrees", "a he/she by the quote disagrees"),
    ("gender_unknown", "gender unknown"),
    (
        "same_gender_nearer",
        "someone of the same gender named nearer",
    ),
    ("times_named", "named often"),
    ("named_in_full", "named in full"),
    ("body", "a body"),
    ("opens_paragraph", "the quote opens its paragraph"),
    ("label", "named in a label before the quote"),
    ("opens_sentence_before", "subject of the sentence before"),
    ("continuation", "the quote goes on from an unattributed one"),
    ("only_one_near", "the only one named nearby"),
];

pub const FEATURE_COUNT: usize = 23;

/// How many paragraphs back a mention still makes a candidate.
const REACH_PARAGRAPHS: usize = 3;

/// How many words on either side of a quote a `he` or `she` is read.
const PRONOUN_WINDOW: usize = 8;

/// One mention of a person or body in the article: where it stands and
/// who it resolves to.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Mention {
    /// Byte offset in the body.
    pub(super) at: usize,
    /// Index of the block (paragraph) it stands in.
    pub(super) block: usize,
    pub(super) entity: Entity,
    /// The mention is the speaker of a quote (its attribution).
    pub(super) quoted: bool,
}

/// A quote no rule attributed, in its article.
pub(super) struct Scene<'a> {
    pub(super) body: &'a str,
    /// The paragraphs of the article (byte ranges), in order.
    pub(super) paragraphs: &'a [Range<usize>],
    /// Every quote of the article, with its marks.
    pub(super) quotes: &'a [Range<usize>],
    /// The quote, with its marks.
    pub(super) quote: Range<usize>,
    pub(super) block: usize,
    /// The quote went on from one with no speaker (the continuation rule
    /// gave it nothing).
    pub(super) continuation: bool,
}

/// A candidate speaker of a quote with its features.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub entity: Entity,
    pub features: [f64; FEATURE_COUNT],
}

/// The candidates of a quote, each with its features, in the order the
/// article first names them. `gender` tells what the article says of a
/// name's gender.
pub(super) fn candidates(
    scene: &Scene<'_>,
    mentions: &[Mention],
    gender: &dyn Fn(&str) -> Option<Gender>,
) -> Vec<Choice> {
    let body = scene.body;
    let paragraph = scene.paragraphs[scene.block].clone();
    let sentences = sentences_of(body, &paragraph);
    let here = sentences
        .iter()
        .position(|s| s.end > scene.quote.start)
        .unwrap_or(sentences.len().saturating_sub(1));
    let sentence = sentences[here].start..sentences[here].end.max(scene.quote.end);
    let next = match sentences.get(here + 1) {
        Some(s) if s.start >= sentence.end => Some(s.clone()),
        _ => (scene.paragraphs.get(scene.block + 1))
            .map(|p| sentences_of(body, p).first().cloned().unwrap_or(p.clone())),
    };
    let previous_sentence = here.checked_sub(1).map(|k| sentences[k].clone());
    let horizon = next.as_ref().map_or(paragraph.end, |n| n.end);
    let in_reach = |m: &&Mention| {
        m.at < horizon && m.block + REACH_PARAGRAPHS >= scene.block && !overlaps(m, &scene.quote)
    };
    let reach: Vec<&Mention> = mentions.iter().filter(in_reach).collect();
    let mut names: Vec<&Entity> = Vec::new();
    for m in &reach {
        if !names.iter().any(|n| n.name == m.entity.name) {
            names.push(&m.entity);
        }
    }
    let before = |m: &Mention| m.at < scene.quote.start;
    let last_before = |name: &str| {
        (reach.iter().filter(|m| m.entity.name == name && before(m))).max_by_key(|m| m.at)
    };
    let last_quoted = (mentions.iter())
        .filter(|m| m.quoted && m.at < scene.quote.start)
        .max_by_key(|m| m.at)
        .map(|m| m.entity.name.as_str());
    let nearest = (reach.iter().filter(|m| before(m)))
        .max_by_key(|m| m.at)
        .map(|m| m.entity.name.as_str());
    let pronoun = pronoun_by(scene, &paragraph);
    let near_blocks = |m: &&&Mention| m.block + 1 >= scene.block;
    let lead = &body[paragraph.start..scene.quote.start];
    let label = lead.trim_end().ends_with(':');
    let opens = lead.trim().is_empty();
    names
        .into_iter()
        .map(|entity| {
            let name = entity.name.as_str();
            let of = |m: &&Mention| m.entity.name == name;
            let mine: Vec<&Mention> = mentions.iter().filter(|m| of(m)).collect();
            let within = |r: &Range<usize>| mine.iter().any(|m| !m.quoted && r.contains(&m.at));
            let quoted_before: Vec<&&Mention> =
                (mine.iter()).filter(|m| m.quoted && before(m)).collect();
            let g = if entity.person { gender(name) } else { None };
            let last = last_before(name);
            let back = last.map_or(REACH_PARAGRAPHS + 1, |m| scene.block - m.block);
            let same_gender_nearer = g.is_some_and(|g| {
                let at = last.map_or(0, |m| m.at);
                (reach.iter()).any(|m| {
                    m.entity.name != name
                        && before(m)
                        && m.at > at
                        && m.entity.person
                        && gender(&m.entity.name) == Some(g)
                })
            });
            let others_near = (reach.iter().filter(near_blocks)).any(|m| m.entity.name != name);
            let surname = name.split_whitespace().last().unwrap_or(name);
            let mut f = [0.0; FEATURE_COUNT];
            f[0] = flag(last_quoted == Some(name));
            f[1] = flag(quoted_before.iter().any(|m| m.block == scene.block));
            f[2] = flag(quoted_before.iter().any(|m| m.block + 1 == scene.block));
            f[3] = (quoted_before.len() as f64).ln_1p();
            f[4] = flag(within(&(sentence.start..scene.quote.start)));
            f[5] = flag(within(&(scene.quote.end..sentence.end)));
            f[6] = flag(next.as_ref().is_some_and(|n| within(n)));
            f[7] = flag(within(&(paragraph.start..sentence.start)));
            f[8] = flag(mine.iter().any(|m| m.block + 1 == scene.block));
            f[9] = back.min(REACH_PARAGRAPHS + 1) as f64 / (REACH_PARAGRAPHS + 1) as f64;
            f[10] = flag(nearest == Some(name));
            f[11] = flag(g.is_some() && pronoun.is_some() && g == pronoun);
            f[12] = flag(g.is_some() && pronoun.is_some() && g != pronoun);
            f[13] = flag(g.is_none());
            f[14] = flag(same_gender_nearer);
            f[15] = (mine.len() as f64).ln_1p() / 2.0;
            f[16] = flag(name.contains(' '));
            f[17] = flag(!entity.person);
            f[18] = flag(opens);
            f[19] = flag(label && words(lead).iter().any(|w| w.text == surname));
            f[20] = flag(previous_sentence.as_ref().is_some_and(|s| {
                let opening = words(&body[s.clone()]).into_iter().take(4);
                let opening: Vec<_> = opening.map(|w| s.start + w.start).collect();
                mine.iter().any(|m| opening.contains(&m.at))
            }));
            f[21] = flag(scene.continuation);
            f[22] = flag(!others_near);
            Choice {
                entity: entity.clone(),
                features: f,
            }
        })
        .collect()
}

/// The probability that a candidate is the speaker.
pub fn probability(features: &[f64; FEATURE_COUNT]) -> f64 {
    let z: f64 = BIAS
        + (WEIGHTS.iter().zip(features))
            .map(|(w, f)| w * f)
            .sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// The candidate the model gives the quote, if it is sure enough, with
/// the evidence in words: the features that spoke most for it.
pub(super) fn choose(choices: &[Choice]) -> Option<(&Entity, String)> {
    let best = (choices.iter())
        .map(|c| (c, probability(&c.features)))
        .filter(|(_, p)| *p >= THRESHOLD)
        // The first named wins a tie: the order is the article's.
        .reduce(|a, b| if b.1 > a.1 { b } else { a })?;
    let mut reasons: Vec<(f64, &str)> = (WEIGHTS.iter().zip(&best.0.features))
        .zip(FEATURES)
        .map(|((w, f), (_, words))| (w * f, words))
        .filter(|(c, _)| *c > 0.0)
        .collect();
    reasons.sort_by(|a, b| b.0.total_cmp(&a.0));
    let reasons: Vec<&str> = reasons.into_iter().take(3).map(|(_, w)| w).collect();
    let evidence = format!("chooser ({:.0}%): {}", best.1 * 100.0, reasons.join(", "));
    Some((&best.0.entity, evidence))
}

fn flag(b: bool) -> f64 {
    if b { 1.0 } else { 0.0 }
}

fn overlaps(m: &Mention, quote: &Range<usize>) -> bool {
    quote.contains(&m.at)
}

/// The sentences of a paragraph, as byte ranges of the body.
fn sentences_of(body: &str, paragraph: &Range<usize>) -> Vec<Range<usize>> {
    let mut start = paragraph.start;
    let mut sentences = Vec::new();
    for end in sentence_ends(&body[paragraph.clone()]) {
        sentences.push(start..paragraph.start + end);
        start = paragraph.start + end;
    }
    if start < paragraph.end || sentences.is_empty() {
        sentences.push(start..paragraph.end);
    }
    sentences
}

/// The gender of a `he` or `she` outside quotes within a few words of
/// the quote in its paragraph: after it first (`“...,” she told`), then
/// before it.
fn pronoun_by(scene: &Scene<'_>, paragraph: &Range<usize>) -> Option<Gender> {
    let body = scene.body;
    let quoted = |at: usize| scene.quotes.iter().any(|q| q.contains(&at));
    let after = words(&body[scene.quote.end..paragraph.end]);
    let after = (after.iter().take(PRONOUN_WINDOW))
        .filter(|w| !quoted(scene.quote.end + w.start))
        .find_map(|w| subject_pronoun(w.text));
    let before = words(&body[paragraph.start..scene.quote.start]);
    let before = (before.iter().rev().take(PRONOUN_WINDOW))
        .filter(|w| !quoted(paragraph.start + w.start))
        .find_map(|w| subject_pronoun(w.text));
    after.or(before)
}

fn subject_pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "He" => Some(Gender::Male),
        "she" | "She" => Some(Gender::Female),
        _ => None,
    }
}
