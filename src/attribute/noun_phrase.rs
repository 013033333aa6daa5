//! A frame's subject read as a noun phrase (round twenty-two, attr22anon).
//!
//! The subject reader takes the words before a speech verb back to a
//! boundary it knows. Words that tie the subject to the clause before
//! (`As one aide put it`, `after what a senior official described as`,
//! `which the ministry said`, `..., and one consultant described him as`)
//! are then read with it, and a subject that holds a finite verb of its
//! own (`said both delegations`, `We heard a senator`) is no subject at
//! all: the frame was misread. Every rule that writes a description or a
//! body's name as the article gives it reads the phrase through [`clean`].

use super::extent;
use super::lexicon::{ANONYMOUS_DETERMINERS, PRONOUNS, SPEECH_VERBS};
use super::text::{self, Word};

/// Words that open a subject only to tie it to what came before:
/// `As one aide put it`, `what the minister called`, `which the ministry
/// said`, `but the minister said`.
const LEADING_TIES: &[&str] = &["as", "what", "which", "whom", "but", "and", "so", "yet"];

/// Prepositions a relative pronoun may follow (`in which it said`, `after
/// what an official described as`, `according to whom`).
const RELATIVE_PREPOSITIONS: &[&str] = &[
    "in", "after", "before", "of", "for", "by", "to", "from", "with", "under", "at", "on",
];

/// Relative and interrogative pronouns that open a clause inside a
/// subject stretch: what follows is the clause's own subject.
const RELATIVES: &[&str] = &["which", "whom", "what"];

/// Words that open a noun phrase after a clause boundary: the phrase
/// after `, and` or `that` is only taken when it opens with one (or with a
/// capitalised word).
const NOUN_PHRASE_OPENERS: &[&str] = &[
    "a", "an", "one", "another", "the", "this", "that", "two", "three", "several", "some", "its",
    "his", "her", "their",
];

/// Finite verbs and auxiliaries that make a stretch a clause, besides the
/// speech verbs (`Ankara had`, `House leaders were wary`).
const FINITE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can",
    "did", "does", "do",
];

/// Personal pronouns that are a clause's subject, never part of a
/// speaker's noun phrase (`We heard a senator`, `I received a letter`).
const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "you"];

/// The noun phrase a frame's subject stretch holds, without the words
/// that tie it to the clause before; `None` when the stretch is no noun
/// phrase (a clause, a prepositional phrase, a pronoun). `As one senior
/// aide` -> `one senior aide`; `after what a senior Kurdish official` ->
/// `a senior Kurdish official`; `He was sued twice ..., and one GOP
/// consultant` -> `one GOP consultant`; `said both delegations`,
/// `which is what it always`, `after the debate` -> `None`.
pub fn clean(phrase: &str) -> Option<&str> {
    if text::words(phrase).iter().any(is_subject_pronoun) {
        return None;
    }
    let phrase = after_ties(phrase);
    let ws = text::words(phrase);
    let first = ws.first()?;
    let lower = |w: &Word<'_>| !w.is_capitalised();
    // `after the debate`, `to leave Libya and`: a prepositional phrase.
    if lower(first) && first.is(RELATIVE_PREPOSITIONS) {
        return None;
    }
    // `appearing for the association`: a participle's clause.
    if lower(first) && (first.text.ends_with("ing") || first.text.ends_with("ed")) && ws.len() > 1 {
        return None;
    }
    // `it`, `he`: a pronoun is no description.
    let pronoun = ws.len() == 1 && first.is(PRONOUNS);
    (!is_clause(&ws) && !pronoun).then(|| before_coordinated_verb(phrase, &ws))
}

/// `an old fisherman stopped me on the road and` (before `said`), `a
/// woman looked at me and`: a stretch that ends in `and` right before the
/// speech verb holds a verb coordinated with it, and the subject is the
/// noun phrase before that verb (`an old fisherman`, `a woman`). The
/// stretch as it is when no such verb stands after its head.
fn before_coordinated_verb<'t>(phrase: &'t str, ws: &[Word<'_>]) -> &'t str {
    let [.., and] = ws else {
        return phrase;
    };
    if !and.is(&["and"]) || and.is_capitalised() || !and.after.trim().is_empty() {
        return phrase;
    }
    let verb = text::head_noun(ws).and_then(|head| extent::clause_verb_at(ws, head, true));
    match verb {
        Some(v) if v >= 1 => phrase[..ws[v - 1].end].trim_end(),
        _ => phrase,
    }
}

/// Words that make a stretch a clause: a subject pronoun (`We heard`), a
/// finite verb or a speech verb (`Ankara had`, `said both delegations`),
/// a relative `who`, `that` past the first word (`that strategist` is a
/// determiner).
fn is_clause(ws: &[Word<'_>]) -> bool {
    // `who` or `which` alone: a relative pronoun, no description.
    if ws.first().is_some_and(|w| w.is(&["who", "whom", "which"])) {
        return true;
    }
    has_finite_verb(ws)
}

/// A lowercase finite verb or speech verb before any relative clause.
fn has_finite_verb(ws: &[Word<'_>]) -> bool {
    before_relative(ws)
        .iter()
        .any(|w| !w.is_capitalised() && (w.is(FINITE_WORDS) || w.is(SPEECH_VERBS)))
}

/// The words before a relative clause (`a strategist who has worked on
/// Nevada races`: the clause is part of the noun phrase).
fn before_relative<'w, 'a>(ws: &'w [Word<'a>]) -> &'w [Word<'a>] {
    let relative = (1..ws.len())
        .find(|&i| !ws[i].is_capitalised() && ws[i].is(&["who", "whom", "whose", "which", "that"]));
    &ws[..relative.unwrap_or(ws.len())]
}

/// `I`, `we`, `you`, also contracted (`I've`, `we're`): the stretch is
/// someone speaking in the first or second person, so the subject is
/// theirs and never a speaker's noun phrase (`I would point out that a
/// member said`, `We heard a senator`).
fn is_subject_pronoun(w: &Word<'_>) -> bool {
    let base = w.text.split(['\'', '’']).next().unwrap_or(w.text);
    SUBJECT_PRONOUNS
        .iter()
        .any(|p| base.eq_ignore_ascii_case(p))
}

/// The stretch holds a finite verb or a speech verb of its own (`said
/// both delegations`, `Treasury had flagged the tender`): the subject
/// reader read a clause of what was said, not the frame's subject.
pub fn holds_finite_verb(phrase: &str) -> bool {
    has_finite_verb(&text::words(after_ties(phrase)))
}

/// `phrase` without the words that tie it to the clause before: leading
/// ties (`As`, `after what`, `in which`), and everything up to the last
/// tie inside it after which a noun phrase opens (`..., and one
/// consultant`, `emails in which one sales manager`). Not after `that`:
/// `told this outlet that the Church`, `remarks that officials described`
/// open what was said or a relative clause, whose subject is not the
/// speaker.
fn after_ties(phrase: &str) -> &str {
    let ws = text::words(phrase);
    let opens_noun_phrase = |i: usize| {
        ws.get(i).is_some_and(|w| {
            w.is(NOUN_PHRASE_OPENERS) || w.is_capitalised() && !is_subject_pronoun(w)
        })
    };
    let lower = |w: &Word<'_>| !w.is_capitalised();
    // `He recalled a meeting at which a negotiator told him`: the one
    // the stretch opens with tells what was said to them, so a relative
    // clause's subject is not the speaker.
    // (`It cites emails in which one manager wrote`: a document is
    // told nothing.)
    let told_by_pronoun = ws.first().is_some_and(|w| w.is(&["he", "she", "they"]));
    // The last tie inside the stretch after which a noun phrase opens.
    let inner = (1..ws.len()).rev().find(|&i| {
        let w = &ws[i];
        let after_comma = ws[i - 1].after.contains(',');
        let tie =
            lower(w) && w.is(RELATIVES) && !told_by_pronoun || w.is(&["and", "but"]) && after_comma;
        tie && opens_noun_phrase(i + 1)
    });
    let mut from = inner.map_or(0, |i| i + 1);
    // Leading ties: `As`, `after what`, `in which`.
    while let Some(w) = ws.get(from) {
        let relative_next = ws.get(from + 1).is_some_and(|n| n.is(RELATIVES));
        if w.is(LEADING_TIES) && ws.len() > from + 1 || w.is(RELATIVE_PREPOSITIONS) && relative_next
        {
            from += 1;
        } else {
            break;
        }
    }
    ws.get(from).map_or("", |w| &phrase[w.start..])
}

/// What a misread stretch says after its last speech verb (`said
/// Ambersley` -> `Ambersley`), or the whole stretch when it holds none
/// (`Ankara had`): the subject of what was said.
pub fn after_speech_verb(phrase: &str) -> &str {
    let ws = text::words(phrase);
    ws.iter()
        .rposition(|w| !w.is_capitalised() && w.is(SPEECH_VERBS))
        .and_then(|v| ws.get(v + 1))
        .map_or(phrase, |w| &phrase[w.start..])
}

/// A body's phrase without the words that tie it to the clause before
/// (`As the NOC` -> `the NOC`, `which the ministry` -> `the ministry`);
/// `None` when the stretch opens a clause of its own: a subject pronoun
/// (`We heard a senator of Pará`, `I received a letter`) or a participle
/// with its complement (`appearing for the association`).
pub fn without_ties(phrase: &str) -> Option<&str> {
    if text::words(phrase).iter().any(is_subject_pronoun) {
        return None;
    }
    let phrase = after_ties(phrase);
    let ws = text::words(phrase);
    let first = ws.first()?;
    let participle = !first.is_capitalised()
        && first.text.ends_with("ing")
        && ws
            .get(1)
            .is_some_and(|n| n.is(RELATIVE_PREPOSITIONS) || n.is(NOUN_PHRASE_OPENERS));
    (!participle).then_some(phrase)
}

/// The subject a stretch that holds its own speech verb was read past:
/// `A senior White House official said the president` -> `A senior White
/// House official` (the frame read was the inner verb's). `None` when no
/// speech verb stands inside the stretch after a word.
pub fn before_inner_speech_verb(phrase: &str) -> Option<&str> {
    let ws = text::words(phrase);
    let before = before_relative(&ws);
    // The last: `A UN official quoted by a newspaper said early findings`.
    let verb = (1..before.len()).rfind(|&i| !ws[i].is_capitalised() && ws[i].is(SPEECH_VERBS))?;
    // Only an unnamed source's frame (`A senior official said the
    // president`), never `to speak`, and never one whose clause names
    // someone who may be the inner frame's speaker (`One of them said
    // Ambersley told colleagues`, `Judge Arguello asked him ..., and he`).
    let described = ws[0].is(ANONYMOUS_DETERMINERS);
    let infinitive = ws[verb - 1].is(&["to"]);
    let names_after = ws[verb + 1..]
        .iter()
        .any(|w| w.is_capitalised() || w.is(PRONOUNS));
    (described && !infinitive && !names_after)
        .then(|| phrase[..ws[verb - 1].end].trim_end_matches(','))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_coordinated_with_the_speech_verb_is_no_part_of_the_subject() {
        assert_eq!(
            clean("an old fisherman stopped me on the road and"),
            Some("an old fisherman")
        );
        assert_eq!(clean("a woman looked at me and"), Some("a woman"));
        // Must not fire: no verb before the `and`.
        assert_eq!(clean("one aide"), Some("one aide"));
    }

    #[test]
    fn a_subject_is_the_noun_phrase_without_its_ties() {
        let rows = [
            (
                "As one senior Republican aide",
                Some("one senior Republican aide"),
            ),
            ("as one of them", Some("one of them")),
            (
                "after what a senior Kurdish official",
                Some("a senior Kurdish official"),
            ),
            ("which the ministry", Some("the ministry")),
            ("As the NOC", Some("the NOC")),
            (
                "He was sued twice over conditions at the jail, and one GOP consultant working on Senate races",
                Some("one GOP consultant working on Senate races"),
            ),
            (
                "It cites internal emails in which one sales manager",
                Some("one sales manager"),
            ),
            (
                "A Republican strategist who has worked on Nevada races",
                Some("A Republican strategist who has worked on Nevada races"),
            ),
            // Must not: a noun phrase stays whole.
            (
                "a Department of Health and Social Care spokesperson",
                Some("a Department of Health and Social Care spokesperson"),
            ),
            ("that strategist", Some("that strategist")),
            ("Brazil and China", Some("Brazil and China")),
            (
                "The Ministry of Economy, Trade and Industry",
                Some("The Ministry of Economy, Trade and Industry"),
            ),
        ];
        for (phrase, want) in rows {
            assert_eq!(clean(phrase), want, "{phrase}");
        }
    }

    #[test]
    fn a_clause_or_a_prepositional_phrase_is_no_noun_phrase() {
        for phrase in [
            "said both delegations",
            "Treasury had flagged the tender",
            "which is what it always",
            "in which it",
            "after the debate",
            "appearing for the Digital Platforms Association of India and",
            "We heard a senator of Pará",
            "I received on Saturday a letter from the Prime Minister",
            "who",
            "I would point out that a Conservative member",
            "He recalled a meeting at which an Atlantean negotiator",
            "I have a consultant who runs the software, and I've",
            "told this outlet that the Church on both sides of the border",
        ] {
            assert_eq!(clean(phrase), None, "{phrase}");
        }
    }

    #[test]
    fn a_speech_verb_inside_the_stretch_marks_the_outer_frame() {
        assert_eq!(
            before_inner_speech_verb("A senior White House official said the president"),
            Some("A senior White House official")
        );
        assert_eq!(before_inner_speech_verb("said both delegations"), None);
        // Must not: a name after the verb may be the inner speaker; an
        // infinitive; a named subject.
        assert_eq!(before_inner_speech_verb("One of them said Ambersley"), None);
        assert_eq!(
            before_inner_speech_verb("A strategist who asked for anonymity to speak candidly"),
            None
        );
        assert_eq!(
            before_inner_speech_verb("Eckhoff said the share of voters"),
            None
        );
        assert_eq!(
            without_ties("I'd just point you to what the Chinese Foreign Ministry"),
            None
        );
        assert_eq!(after_speech_verb("One of them said Ambersley"), "Ambersley");
        assert_eq!(after_speech_verb("Ankara had"), "Ankara had");
        assert_eq!(
            after_speech_verb("A UN official quoted by Middle East Eye said early findings"),
            "early findings"
        );
        assert_eq!(without_ties("As the NOC"), Some("the NOC"));
        assert_eq!(without_ties("We heard a senator of Pará"), None);
        assert_eq!(
            without_ties("appearing for the Digital Platforms Association"),
            None
        );
        assert_eq!(without_ties("the ruling party"), Some("the ruling party"));
        assert_eq!(before_inner_speech_verb("the senior aide"), None);
        assert!(holds_finite_verb("said initial information"));
        assert!(holds_finite_verb("Ankara had"));
        assert!(!holds_finite_verb("Said Hassan"));
        assert!(!holds_finite_verb("including Griffith's Dino Pellegrini"));
    }
}
