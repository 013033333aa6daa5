//! One unnamed source, one entity (round thirty-six, attr36anon). News
//! writing introduces an unnamed source once with a full description (`A
//! Board of Elections employee who works at the Queens office said`, `per
//! a Democratic aide on the committee`) and then points back at them by
//! the noun of that description (`the employee said`, `the aide said`),
//! often paragraphs later or in a sentence the introduction's readers do
//! not take for a source's. Such a pointer means the one unnamed person
//! the article introduced with that noun, and takes their description.
//! Two introduced with the noun (`a diplomat ... another diplomat`), or
//! one named person the noun may describe (`Kim, an employee,`, `an
//! aide, Jo Lin,`), leave the pointer as the rules found it.

use std::ops::Range;

use super::extent;
use super::lexicon::SPEECH_VERBS;
use super::text::{self, Word};
use super::unnamed;
use super::{Candidate, Reader};

/// Most describing words between an introduction's determiner and its
/// noun (`a senior Board of Elections employee`).
const MAX_INTRODUCING_WORDS: usize = 6;

/// Determiners that introduce one person the article has not told of.
const INTRODUCING_DETERMINERS: &[&str] = &["a", "an", "one", "another"];

/// Words joined inside a name between capitalised words (`Board of
/// Elections`, `Works and Transport`).
const NAME_JOINING_WORDS: &[&str] = &["of", "and", "&"];

/// What a mention of `noun` with a determiner of one person is.
#[derive(Debug, PartialEq, Eq)]
enum Introduction {
    /// Someone unnamed brought in: the description's byte range.
    Unnamed(Range<usize>),
    /// A name's apposition (`Kim, an employee,`, `an aide, Jo Lin,`): the
    /// noun may mean a named person.
    OfNamed,
}

/// The description of the one unnamed person `text` introduces as
/// speaking with `noun` as the head of an indefinite description, outside
/// the quotes (`quoted`, by offset in `text`): from its determiner to its
/// noun (`A Board of Elections employee`). `None` when `text` introduces
/// none, two or more (each indefinite description brings in someone new),
/// or describes a named person with the noun.
pub(super) fn only_introduction(
    text: &str,
    noun: &str,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let ws = text::words(text);
    let mut found = None;
    for k in (0..ws.len()).filter(|&k| ws[k].lower() == noun && text::is_lowercase(&ws[k])) {
        if quoted(ws[k].start) {
            continue;
        }
        match introduction_at(text, &ws, k, quoted) {
            Some(Introduction::Unnamed(range)) if found.is_none() => found = Some(range),
            Some(_) => return None,
            None => {}
        }
    }
    found
}

/// Whether an article's pointer (`the senior official`, `the same
/// aide`) may point at `introduction` (`a senior Treasury official`):
/// each word that describes the pointer's noun is one of the
/// introduction's, so `the front-line manager` is no `program manager`
/// and `the prime minister` no `former minister`.
pub(super) fn fits_pointer(pointer: &str, introduction: &str) -> bool {
    let described = text::words(introduction);
    let ws = text::words(pointer);
    let Some(head) = text::head_noun(&ws) else {
        return false;
    };
    ws.get(1..head).unwrap_or_default().iter().all(|w| {
        w.is(POINTING_ONLY_WORDS)
            || described
                .iter()
                .any(|d| d.text.eq_ignore_ascii_case(w.text))
    })
}

/// Words of a pointer that only point (`the same person`).
const POINTING_ONLY_WORDS: &[&str] = &["same"];

/// Words right before a description that make its person the source of
/// words (`according to a person familiar`, `per a Democratic aide`, `in
/// the words of a French diplomat`).
const SOURCING_BEFORE: &[&[&str]] = &[&["according", "to"], &["per"], &["words", "of"]];

/// Words before a clause's subject that leave it the subject (`and a
/// senior official said`, `but one aide told`).
const CLAUSE_JOINING_WORDS: &[&str] = &["and", "but", "that", "while", "as"];

/// Words that open a sentence before its subject, set off by a comma
/// (`Meanwhile, a senior official said`), besides adverbs in `-ly`
/// (`Privately,`).
const OPENING_CONNECTIVES: &[&str] = &[
    "meanwhile",
    "however",
    "separately",
    "still",
    "later",
    "earlier",
    "yet",
    "instead",
];

/// The introduction whose noun is `ws[k]`: a determiner of one person
/// before it, with only describing words between (`a senior Treasury
/// official`, `one Board of Elections employee`), that makes them the
/// source of words: after `according to` or `per`, after the speech verb
/// (`said a senior official`), or as the subject of its clause with a
/// speech verb later in the sentence (`A Dongbin employee told the
/// paper`). Not a description that says what someone is (`she was a
/// nurse`), one in another clause than the speech verb's subject (`A day
/// after a federal judge blocked the law, lawmakers said`: most often
/// named later), nor one of a list (`A French agronomist, a Brazilian
/// engineer and their driver landed ..., officials said`).
fn introduction_at(
    text: &str,
    ws: &[Word<'_>],
    k: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<Introduction> {
    let joined =
        |w: &Word<'_>| w.after.trim().is_empty() || w.text.contains('.') && w.after.trim() == ".";
    let mut start = k;
    while start > 0 && k - start < MAX_INTRODUCING_WORDS && joined(&ws[start - 1]) {
        let w = &ws[start - 1];
        let inside_name = w.is(NAME_JOINING_WORDS)
            && start >= 2
            && ws[start - 2].is_capitalised()
            && ws[start].is_capitalised();
        if w.is(INTRODUCING_DETERMINERS) || !(inside_name || unnamed::describes_group(w)) {
            break;
        }
        start -= 1;
    }
    let d = start.checked_sub(1)?;
    let determiner = &ws[d];
    if !determiner.is(INTRODUCING_DETERMINERS) || !joined(determiner) {
        return None;
    }
    let before = d.checked_sub(1).map(|b| &ws[b]);
    if before.is_some_and(|b| b.after.trim().is_empty() && b.is(unnamed::PREDICATING_WORDS)) {
        return None;
    }
    let opening = d > 0 && opens_sentence_before_subject(ws, d - 1);
    let name_before =
        !opening && before.is_some_and(|b| b.after.trim() == "," && b.is_capitalised());
    if name_before || unnamed::named_in_apposition(&text[ws[k].end..]) {
        return Some(Introduction::OfNamed);
    }
    let sourced = SOURCING_BEFORE.iter().any(|phrase| {
        d >= phrase.len()
            && (ws[d - phrase.len()..d].iter().zip(phrase.iter()))
                .all(|(w, p)| w.text.eq_ignore_ascii_case(p) && w.after.trim().is_empty())
    });
    let inverted = before.is_some_and(|b| b.is(SPEECH_VERBS) && b.after.trim().is_empty());
    let subject = before.is_none_or(|b| {
        ends_sentence(b)
            || b.after.trim().ends_with(':')
            || opening
            || b.after.trim().is_empty() && b.is(CLAUSE_JOINING_WORDS)
            || b.after.trim() == "," && !b.is_capitalised()
    });
    let listed = ws.get(k + 1).is_some_and(|n| {
        n.is(INTRODUCING_DETERMINERS) && ws[k].after.trim() == ","
            || n.is(&["and", "or"]) && ws[k].after.trim().is_empty()
    });
    let source = sourced || inverted || subject && !listed && speaks_after(ws, k, quoted);
    source.then(|| Introduction::Unnamed(determiner.start..ws[k].end))
}

/// Whether `ws[b]`, set off by a comma, is a sentence's opening adverb
/// (`Privately,`, `Meanwhile,`) rather than a name in apposition.
fn opens_sentence_before_subject(ws: &[Word<'_>], b: usize) -> bool {
    let w = &ws[b];
    let first = b.checked_sub(1).is_none_or(|p| ends_sentence(&ws[p]));
    let adverb = w.lower().ends_with("ly") || w.is(OPENING_CONNECTIVES);
    first && w.after.trim() == "," && adverb
}

/// A word that ends its sentence (`A U.N. official`: the stop of an
/// abbreviation ends none).
fn ends_sentence(w: &Word<'_>) -> bool {
    w.after.contains(['.', '!', '?']) && !w.text.contains('.')
}

/// Whether the sentence goes on from its subject's noun `ws[noun]` to a
/// speech verb outside its quotes (`A Dongbin employee told the paper`).
fn speaks_after(ws: &[Word<'_>], noun: usize, quoted: &dyn Fn(usize) -> bool) -> bool {
    let end = (noun..ws.len())
        .find(|&e| ends_sentence(&ws[e]))
        .unwrap_or(ws.len() - 1);
    ws[noun + 1..=end.max(noun)]
        .iter()
        .any(|w| w.is(SPEECH_VERBS) && !quoted(w.start))
}

impl Reader<'_> {
    /// Each quote whose frame points back at an unnamed source by a noun
    /// (`the employee said`) that no rule linked to anyone takes the
    /// description of the one unnamed person the article introduced
    /// before with that noun, and the actor the description names. Read
    /// once the article is over, so an introduction any number of
    /// paragraphs back, or one no reader took for a source (`per a
    /// Democratic aide on the committee`), counts. Not when a named person
    /// the noun may describe was mentioned before (`the aide` may then be
    /// them: the descriptor rules' business).
    pub(super) fn describe_pointers_by_introduction(&self, candidates: &mut [Candidate]) {
        let quotes: Vec<Range<usize>> = (candidates.iter())
            .filter_map(|c| c.occurrence.span.clone())
            .collect();
        let quoted = |at: usize| quotes.iter().any(|q| q.contains(&at));
        let body = &self.article.body;
        for o in candidates.iter_mut().map(|c| &mut c.occurrence) {
            let (true, None, Some(role), Some(evidence)) =
                (o.anonymous, &o.speaker, &o.role, &o.evidence_span)
            else {
                continue;
            };
            let Some(noun) = unnamed::pointed_back_noun(role) else {
                continue;
            };
            let Some(before) = body.get(..evidence.start) else {
                continue;
            };
            if self.named_as_since(&noun, 0, evidence.start) {
                continue;
            }
            let Some(intro) = only_introduction(before, &noun, &quoted) else {
                continue;
            };
            let paragraph_end = body[intro.end..]
                .find('\n')
                .map_or(body.len(), |p| intro.end + p);
            let modifiers = extent::post_modifier_len(&body[intro.end..paragraph_end]);
            let description = &body[intro.start..intro.end + modifiers];
            if !fits_pointer(role, description) {
                continue;
            }
            if o.actor.is_none() {
                o.actor = self.description_actor(description, intro.start);
            }
            o.speaker = Some(description.to_string());
            o.role = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(text: &str, noun: &str) -> Option<String> {
        only_introduction(text, noun, &|_| false).map(|r| text[r].to_string())
    }

    #[test]
    fn the_one_unnamed_person_introduced_with_the_noun() {
        let text = "A Board of Elections employee who works at the Queens office said staff had \
                    flagged it.";
        assert_eq!(
            only(text, "employee").as_deref(),
            Some("A Board of Elections employee")
        );
        let text = "It is the likeliest thing to sink a deal, per a Democratic aide on the \
                    committee.";
        assert_eq!(only(text, "aide").as_deref(), Some("a Democratic aide"));
    }

    #[test]
    fn two_introduced_with_the_noun_are_two_people() {
        let text = "A Western diplomat said it was late. Another diplomat told Reuters it was not.";
        assert_eq!(only(text, "diplomat"), None);
    }

    #[test]
    fn a_named_person_described_with_the_noun_is_no_unnamed_source() {
        assert_eq!(
            only("Kim, an employee at the plant, said so.", "employee"),
            None
        );
        assert_eq!(only("An aide, Jo Lin, said so.", "aide"), None);
        assert_eq!(only("Before the vote she was a teacher.", "teacher"), None);
    }

    #[test]
    fn someone_brought_in_without_a_word_of_theirs_is_no_source() {
        let text = "A day after a federal judge in Kansas City blocked the law, lawmakers said.";
        assert_eq!(only(text, "judge"), None);
        let text =
            "It has become, in the words of a French diplomat, \u{201c}a file we follow\u{201d}.";
        assert_eq!(only(text, "diplomat").as_deref(), Some("a French diplomat"));
    }

    #[test]
    fn one_of_a_list_is_no_source() {
        let text = "A French agronomist, a Brazilian engineer and their driver landed, officials \
                    said.";
        assert_eq!(only(text, "agronomist"), None);
    }

    #[test]
    fn a_sentence_s_opening_adverb_is_no_name() {
        let text = "Privately, one senior Tennis Australia official told us it was rich.";
        assert_eq!(
            only(text, "official").as_deref(),
            Some("one senior Tennis Australia official")
        );
        let text = "Kim, an employee at the plant, said so.";
        assert_eq!(only(text, "employee"), None);
    }

    #[test]
    fn a_pointer_s_describing_words_are_the_introduction_s() {
        assert!(fits_pointer("the official", "a senior Treasury official"));
        assert!(fits_pointer("the same diplomat", "a French diplomat"));
        assert!(fits_pointer(
            "the senior official",
            "a senior Treasury official"
        ));
        assert!(!fits_pointer("The front-line manager", "A program manager"));
        assert!(!fits_pointer("The prime minister", "A former minister"));
    }

    #[test]
    fn a_member_of_a_group_is_no_introduction_of_one() {
        assert_eq!(only("One of the employees said so.", "employee"), None);
    }
}
