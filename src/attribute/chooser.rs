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
use super::text::{sentences, words};

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
    ("only_one_near", "the only one named nearby"),
];

pub const FEATURE_COUNT: usize = 22;

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
            f[6] = flag(next.as_ref().is_some_and(&within));
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
            f[21] = flag(!others_near);
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
    (sentences(&body[paragraph.clone()]).into_iter())
        .map(|s| paragraph.start + s.start..paragraph.start + s.end)
        .collect()
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

#[cfg(test)]
mod tests {
    use super::super::chooser_weights::TRAINED_FEATURES;
    use super::*;

    /// An invented article: paragraphs split on blank lines, the quotes
    /// between curly marks, and `names` (the words that name someone, a
    /// full name after each surname) mentioned wherever they stand
    /// outside quotes. Quotes are the speakers given in `quoted` (by the
    /// quote's index) and the chooser reads quote `at`.
    struct Made {
        body: String,
        paragraphs: Vec<Range<usize>>,
        quotes: Vec<Range<usize>>,
        mentions: Vec<Mention>,
    }

    fn made(body: &str, names: &[(&str, &str)], quoted: &[(usize, &str)]) -> Made {
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for piece in body.split("\n\n") {
            paragraphs.push(start..start + piece.len());
            start += piece.len() + 2;
        }
        let mut quotes = Vec::new();
        let mut from = 0;
        while let Some(open) = body[from..].find('“') {
            let open = from + open;
            let close = open + body[open..].find('”').expect("closed") + '”'.len_utf8();
            quotes.push(open..close);
            from = close;
        }
        let block_of = |at: usize| paragraphs.iter().position(|p| p.contains(&at)).unwrap();
        let person = |name: &str| Entity {
            name: name.to_string(),
            role: None,
            actor: None,
            person: !name.starts_with("the "),
        };
        let mut mentions = Vec::new();
        for (word, full) in names {
            for (at, _) in body.match_indices(word) {
                if !quotes.iter().any(|q| q.contains(&at)) {
                    mentions.push(Mention {
                        at,
                        block: block_of(at),
                        entity: person(full),
                        quoted: false,
                    });
                }
            }
        }
        for (k, full) in quoted {
            let at = quotes[*k].start;
            mentions.push(Mention {
                at,
                block: block_of(at),
                entity: person(full),
                quoted: true,
            });
        }
        mentions.sort_by_key(|m| m.at);
        Made {
            body: body.to_string(),
            paragraphs,
            quotes,
            mentions,
        }
    }

    fn genders(name: &str) -> Option<Gender> {
        match name {
            "Vesna Oddel" | "Ilka Droum" => Some(Gender::Female),
            "Tarn Brisk" | "Pell Quarrow" => Some(Gender::Male),
            _ => None,
        }
    }

    /// The features of each candidate of quote `at`, by name.
    fn features_of(m: &Made, at: usize) -> Vec<(String, [f64; FEATURE_COUNT])> {
        let quote = m.quotes[at].clone();
        let scene = Scene {
            body: &m.body,
            paragraphs: &m.paragraphs,
            quotes: &m.quotes,
            block: m
                .paragraphs
                .iter()
                .position(|p| p.contains(&quote.start))
                .unwrap(),
            quote,
        };
        candidates(&scene, &m.mentions, &genders)
            .into_iter()
            .map(|c| (c.entity.name, c.features))
            .collect()
    }

    fn feature(name: &str) -> usize {
        FEATURES.iter().position(|(n, _)| *n == name).expect(name)
    }

    /// Whether `feature` is on for `who` among the candidates of quote `at`.
    fn on(m: &Made, at: usize, who: &str, name: &str) -> bool {
        let all = features_of(m, at);
        let (_, f) = all.iter().find(|(n, _)| n == who).expect(who);
        f[feature(name)] > 0.0
    }

    const DOCK: &str = "Vesna Oddel met Tarn Brisk at the wharf.\n\n\
        Oddel looked at the grey water. “We sail when the wind turns,” she said to nobody. Brisk nodded.";

    fn dock() -> Made {
        made(
            DOCK,
            &[
                ("Vesna Oddel", "Vesna Oddel"),
                ("Tarn Brisk", "Tarn Brisk"),
                ("Oddel ", "Vesna Oddel"),
                ("Brisk ", "Tarn Brisk"),
            ],
            &[],
        )
    }

    #[test]
    fn the_features_are_those_the_weights_were_trained_on() {
        let names: Vec<&str> = FEATURES.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, TRAINED_FEATURES);
    }

    #[test]
    fn candidates_are_the_people_named_up_to_the_next_sentence() {
        let m = dock();
        let names: Vec<String> = features_of(&m, 0).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["Vesna Oddel", "Tarn Brisk"]);
        // Named only two sentences after the quote: no candidate.
        let far = made(
            "Ilka Droum waited.\n\n“Nothing moves tonight,” came a call. The tide was out. Pell Quarrow came late.",
            &[
                ("Ilka Droum", "Ilka Droum"),
                ("Pell Quarrow", "Pell Quarrow"),
            ],
            &[],
        );
        let names: Vec<String> = features_of(&far, 0).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["Ilka Droum"]);
    }

    #[test]
    fn a_mention_is_placed_relative_to_the_quote_sentence_and_paragraph() {
        let m = dock();
        assert!(on(&m, 0, "Vesna Oddel", "earlier_in_paragraph"));
        assert!(!on(&m, 0, "Tarn Brisk", "earlier_in_paragraph"));
        assert!(on(&m, 0, "Vesna Oddel", "opens_sentence_before"));
        assert!(!on(&m, 0, "Tarn Brisk", "opens_sentence_before"));
        assert!(on(&m, 0, "Tarn Brisk", "in_next_sentence"));
        assert!(!on(&m, 0, "Vesna Oddel", "in_next_sentence"));
        assert!(on(&m, 0, "Vesna Oddel", "nearest_before"));
        assert!(!on(&m, 0, "Tarn Brisk", "nearest_before"));
        assert!(on(&m, 0, "Tarn Brisk", "in_previous_paragraph"));
        assert!(!on(&m, 0, "Vesna Oddel", "in_sentence_before"));
        assert!(!on(&m, 0, "Vesna Oddel", "opens_paragraph"));
        let same = made(
            "At the wharf Pell Quarrow shrugged: the boats “are all ours now” and the crew cheered. Nobody else came.",
            &[("Pell Quarrow", "Pell Quarrow")],
            &[],
        );
        assert!(on(&same, 0, "Pell Quarrow", "in_sentence_before"));
        assert!(!on(&same, 0, "Pell Quarrow", "in_sentence_after"));
        assert!(on(&same, 0, "Pell Quarrow", "only_one_near"));
        assert!(!on(&dock(), 0, "Tarn Brisk", "only_one_near"));
    }

    #[test]
    fn a_pronoun_by_the_quote_agrees_or_disagrees() {
        let m = dock();
        assert!(on(&m, 0, "Vesna Oddel", "pronoun_agrees"));
        assert!(!on(&m, 0, "Vesna Oddel", "pronoun_disagrees"));
        assert!(on(&m, 0, "Tarn Brisk", "pronoun_disagrees"));
        assert!(!on(&m, 0, "Tarn Brisk", "pronoun_agrees"));
        // A pronoun more than a few words away, or inside a quote, is
        // not read.
        let far = DOCK.replace(
            "she said to nobody",
            "came a voice over the water from the far end of the pier, and she",
        );
        let far = made(
            &far,
            &[("Vesna Oddel", "Vesna Oddel"), ("Tarn Brisk", "Tarn Brisk")],
            &[],
        );
        assert!(!on(&far, 0, "Vesna Oddel", "pronoun_agrees"));
        let unknown = made(
            "Zembo Fritt waited. “Nothing moves,” he said.",
            &[("Zembo Fritt", "Zembo Fritt")],
            &[],
        );
        assert!(on(&unknown, 0, "Zembo Fritt", "gender_unknown"));
        assert!(!on(&m, 0, "Vesna Oddel", "gender_unknown"));
    }

    #[test]
    fn someone_of_the_same_gender_named_nearer_is_told() {
        let m = made(
            "Ilka Droum and Pell Quarrow arrived. Later Vesna Oddel spoke to the crowd.\n\n“The nets are empty.”",
            &[
                ("Ilka Droum", "Ilka Droum"),
                ("Pell Quarrow", "Pell Quarrow"),
                ("Vesna Oddel", "Vesna Oddel"),
            ],
            &[],
        );
        assert!(on(&m, 0, "Ilka Droum", "same_gender_nearer"));
        assert!(!on(&m, 0, "Pell Quarrow", "same_gender_nearer"));
        assert!(!on(&m, 0, "Vesna Oddel", "same_gender_nearer"));
        assert!(on(&m, 0, "Vesna Oddel", "opens_paragraph"));
        assert!(on(&m, 0, "Vesna Oddel", "paragraphs_back"));
    }

    #[test]
    fn who_was_quoted_and_where_is_told() {
        let m = made(
            "Pell Quarrow spoke first. “The harbour is closed,” Quarrow said. “For how long?” asked Tarn Brisk.\n\n“Until the storm passes.”",
            &[
                ("Pell Quarrow", "Pell Quarrow"),
                ("Tarn Brisk", "Tarn Brisk"),
            ],
            &[(0, "Pell Quarrow"), (1, "Tarn Brisk")],
        );
        assert!(on(&m, 2, "Tarn Brisk", "last_quoted"));
        assert!(!on(&m, 2, "Pell Quarrow", "last_quoted"));
        assert!(on(&m, 2, "Pell Quarrow", "quoted_in_previous_paragraph"));
        assert!(!on(&m, 2, "Pell Quarrow", "quoted_in_paragraph"));
        assert!(on(&m, 1, "Pell Quarrow", "quoted_in_paragraph"));
        assert!(on(&m, 2, "Pell Quarrow", "times_quoted"));
        assert!(!on(&m, 0, "Pell Quarrow", "times_quoted"));
    }

    #[test]
    fn a_label_before_the_quote_names_its_speaker() {
        let m = made(
            "Ilka Droum and Pell Quarrow debated.\n\nDroum: “The fleet stays.”",
            &[
                ("Ilka Droum", "Ilka Droum"),
                ("Pell Quarrow", "Pell Quarrow"),
                ("Droum:", "Ilka Droum"),
            ],
            &[],
        );
        assert!(on(&m, 0, "Ilka Droum", "label"));
        assert!(!on(&m, 0, "Pell Quarrow", "label"));
    }

    #[test]
    fn a_body_is_told() {
        let m = made(
            "the harbour board met Ilka Droum. “Fees will rise next spring.”",
            &[
                ("the harbour board", "the harbour board"),
                ("Ilka Droum", "Ilka Droum"),
            ],
            &[],
        );
        let all = features_of(&m, 0);
        let body = &all
            .iter()
            .find(|(n, _)| n == "the harbour board")
            .unwrap()
            .1;
        let person = &all.iter().find(|(n, _)| n == "Ilka Droum").unwrap().1;
        assert_eq!(body[feature("body")], 1.0);
        assert_eq!(person[feature("body")], 0.0);
    }

    #[test]
    fn the_chooser_gives_a_sure_pick_and_abstains_on_a_weak_one() {
        let choice = |on: &[&str]| {
            let mut features = [0.0; FEATURE_COUNT];
            for name in on {
                features[feature(name)] = 1.0;
            }
            Choice {
                entity: Entity {
                    name: on.join(" "),
                    role: None,
                    actor: None,
                    person: true,
                },
                features,
            }
        };
        // Named in the quote's sentence and nearest, a she agreeing:
        // the model must be sure of it.
        let sure = choice(&[
            "in_sentence_before",
            "nearest_before",
            "earlier_in_paragraph",
            "pronoun_agrees",
            "named_in_full",
            "times_named",
            "only_one_near",
        ]);
        let weak = choice(&["paragraphs_back", "gender_unknown"]);
        let wrong = choice(&[
            "pronoun_disagrees",
            "same_gender_nearer",
            "in_previous_paragraph",
        ]);
        assert!(choose(std::slice::from_ref(&weak)).is_none());
        assert!(choose(std::slice::from_ref(&wrong)).is_none());
        let choices = [weak, sure.clone(), wrong];
        let (picked, evidence) = choose(&choices).expect("a sure pick");
        assert_eq!(picked, &sure.entity);
        assert!(evidence.starts_with("chooser ("), "{evidence}");
        assert!(
            evidence.contains("named before the quote in its sentence"),
            "{evidence}"
        );
    }

    /// The committed weights are what the training script writes from the
    /// committed training data.
    #[test]
    fn the_weights_are_what_the_script_writes() {
        let root = env!("CARGO_MANIFEST_DIR");
        let out = std::process::Command::new("python3")
            .args([
                &format!("{root}/tools/train_chooser.py"),
                "train",
                "--print",
            ])
            .output()
            .expect("python3 runs tools/train_chooser.py");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let committed =
            std::fs::read_to_string(format!("{root}/src/attribute/chooser_weights.rs")).unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), committed);
    }
}
