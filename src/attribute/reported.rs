//! Reported speech: `Ryabkov said talks would continue in Geneva.` Only
//! plain `X said (that) ...` sentences with no quote marks; the caller
//! keeps those whose speaker is named.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::lexicon::{PREPOSITIONS, REPORTING_VERBS, TIME_WORDS, WEEKDAY_NAMES};
use super::speaker::{Subject, noun_phrase_before, parse_subject, via};
use super::text::{Word, words};

/// A reported statement found in one sentence; ranges are in the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported<'a> {
    pub subject: Subject<'a>,
    /// What was said.
    pub text: Range<usize>,
    /// Who said it and how: `Ryabkov said on Sunday that`.
    pub evidence: Range<usize>,
    /// The attribution after the clause: `RIA reported`.
    pub tail: Option<Range<usize>>,
    /// The words that may say when (`on Sunday`), outside the reported clause.
    pub when: Vec<Range<usize>>,
    pub via: Option<&'a str>,
}

/// Words that open a clause of time after `said` (see [`parse`]).
const TIME_CLAUSE_OPENERS: &[&str] = &["after", "before", "as"];

/// Reads one sentence (no quote marks in it) as `X said (that) CLAUSE`.
pub fn parse<'a>(sentence: &'a str, outlets: &[&str]) -> Option<Reported<'a>> {
    // Most sentences hold no reporting verb: find out before splitting words.
    // Without a prefilter: the rare bytes it looks for first are common
    // in prose, and the automaton alone answered in a third of the time.
    static VERBS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .prefilter(false)
            .build(REPORTING_VERBS)
            .ok()
    });
    if VERBS.as_ref().is_some_and(|v| !v.is_match(sentence)) {
        return None;
    }
    let ws = words(sentence);
    // `A source, who spoke on condition of anonymity, said ...`: a verb
    // of the relative clause is not the sentence's.
    let in_relative_clause = |v: usize| {
        ws[..v]
            .iter()
            .rev()
            .take_while(|w| !w.after.contains(','))
            .any(|w| w.is(&["who", "which"]))
    };
    let v = (0..ws.len()).find(|&i| {
        ws[i].is(REPORTING_VERBS)
            && ws[i].text.starts_with(|c: char| c.is_lowercase())
            && !in_relative_clause(i)
    })?;
    // `X, a spokesman, said`: a comma may close an apposition.
    let glued = ws
        .get(v.wrapping_sub(1))
        .is_some_and(|w| w.after.is_empty() || w.after.trim() == "," && !in_relative_clause(v));
    if v == 0 || !glued || ws[v - 1].is(&["was", "is", "were", "be", "been"]) {
        return None;
    }
    if !ws[v].after.is_empty() {
        return None;
    }
    // `Ombudsman Ana Reyes yesterday told the court that ...`, `Lin on
    // Monday said ...`: a day set between the subject and the verb tells
    // when, as after the verb; it is no part of the subject.
    let day_before_verb = day_before_verb(sentence, &ws, v);
    let subject_end = day_before_verb.as_ref().map_or(ws[v].start, |d| d.start);
    let (np, _) = noun_phrase_before(&sentence[..subject_end]);
    let subject = parse_subject(np);
    if subject.pronoun.is_some() || np.is_empty() {
        return None;
    }
    let np_start = offset_in(sentence, np);
    let mut k = v + 1;
    if ws[v].is(&["told"]) {
        // `told Reuters earlier on Sunday that`
        k = (k..ws.len().min(k + 6)).find(|&i| ws[i].is(&["that"]))?;
    } else {
        while k < ws.len()
            && (ws[k].is(TIME_WORDS) || ws[k].is(WEEKDAY_NAMES))
            && ws[k].after.is_empty()
        {
            k += 1;
        }
        let that = ws.get(k).is_some_and(|w| w.is(&["that"]));
        // Only `say` takes a clause without `that`: `denied claims` is no speech.
        if !that && !ws[v].is(&["said", "says"]) {
            return None;
        }
        if that {
            k += 1;
        } else if k > v + 1 && ws.get(k - 1).is_some_and(|w| !w.after.is_empty()) {
            return None;
        }
    }
    if ws[k.saturating_sub(1)].after.contains([',', ':', ';']) && k > v + 1 {
        return None;
    }
    let start_word = if ws.get(k).is_some_and(|w| w.is(&["that"])) {
        k + 1
    } else {
        k
    };
    let first = ws.get(start_word)?;
    // `the minister said after rebel officials claimed ...`: without
    // `that`, a clause of time after the verb tells when, not what.
    let after_that = ws[start_word.saturating_sub(1)].is(&["that"]);
    if !after_that && first.is(TIME_CLAUSE_OPENERS) {
        return None;
    }
    if !after_that && says_nothing(&ws[start_word..]) {
        return None;
    }
    let (end, tail) = clause_end(sentence, &ws, start_word);
    let text = first.start..end;
    if words(&sentence[text.clone()]).len() < 4 {
        return None;
    }
    let head_end = ws[start_word.saturating_sub(1)].end;
    let mut when = Vec::with_capacity(3);
    when.extend(day_before_verb);
    when.push(ws[v].start..head_end);
    let tail_words: Vec<Word<'_>> = ws.iter().copied().filter(|w| w.start >= end).collect();
    if let Some(tail) = tail.clone() {
        when.push(tail);
    }
    let via =
        via(sentence, &ws[v..start_word], outlets).or_else(|| via(sentence, &tail_words, outlets));
    Some(Reported {
        subject,
        text,
        evidence: np_start..head_end,
        tail,
        when,
        via,
    })
}

/// The words right before the verb at `v`, after its subject, that tell
/// a day (`yesterday`, `on Monday`, `late on Sunday`): their range in the
/// sentence. Words of time that tell no day (`later`, `this`) are left
/// to the subject as before.
fn day_before_verb(sentence: &str, ws: &[Word<'_>], v: usize) -> Option<Range<usize>> {
    let mut t = v;
    while t > 1
        && (ws[t - 1].is(TIME_WORDS) || ws[t - 1].is(WEEKDAY_NAMES))
        && ws[t - 1].after.trim().is_empty()
    {
        t -= 1;
    }
    let range = ws.get(t)?.start..ws[v - 1].end;
    let published = jiff::civil::date(2000, 1, 1);
    (t < v && super::dates::said_on(&sentence[range.clone()], published).is_some()).then_some(range)
}

/// `little`, `nothing` as the object of `said`: how much was said, not
/// what (`Brancato herself has said little since Election Day`).
const AMOUNT_OBJECTS: &[&str] = &["little", "nothing"];

/// Words after an amount that show it is the verb's object, not the
/// subject of a clause (`said little had changed` reports a clause).
const AFTER_AN_OBJECT: &[&str] = &["since", "beyond", "about", "publicly", "else", "further"];

/// `said little since ...`, `said nothing about the deal`: what follows
/// the verb is an amount, then a preposition or adverb, so nothing is
/// reported.
fn says_nothing(ws: &[Word<'_>]) -> bool {
    let [amount, next, ..] = ws else {
        return ws.first().is_some_and(|w| w.is(AMOUNT_OBJECTS));
    };
    amount.is(AMOUNT_OBJECTS)
        && (!amount.after.trim().is_empty() || next.is(PREPOSITIONS) || next.is(AFTER_AN_OBJECT))
}

/// Where the reported clause ends: before `, adding ...`, `, RIA reported`,
/// `, according to ...`, else at the sentence's last word. Also gives the
/// attribution tail.
fn clause_end(sentence: &str, ws: &[Word<'_>], from: usize) -> (usize, Option<Range<usize>>) {
    let last = ws.last().map_or(sentence.len(), |w| w.end);
    for i in from..ws.len().saturating_sub(1) {
        if !ws[i].after.contains(',') {
            continue;
        }
        let rest = &ws[i + 1..];
        let leads_on = rest[0].is(&["adding", "saying", "noting", "according"]);
        let says_who = rest.len() <= 5
            && rest
                .iter()
                .any(|w| w.is(&["reported", "said", "reports", "says", "added"]));
        if leads_on || says_who {
            let tail = (rest[0].is(&["according"]) || says_who).then(|| rest[0].start..last);
            return (ws[i].end, tail);
        }
    }
    (last, None)
}

/// Byte offset of `part` (a slice of `whole`) in `whole`.
pub fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(sentence: &str) -> Option<(String, String)> {
        let r = parse(sentence, &[])?;
        Some((
            r.subject.name.unwrap_or(r.subject.phrase).to_string(),
            sentence[r.text].to_string(),
        ))
    }

    #[test]
    fn x_said_that_clause() {
        assert_eq!(
            said("Ana Vell said on Sunday that talks would resume in Vienna."),
            Some(("Ana Vell".into(), "talks would resume in Vienna".into()))
        );
        assert_eq!(
            said("Vell said talks would continue in Vienna, RIA reported."),
            Some(("Vell".into(), "talks would continue in Vienna".into()))
        );
        // After `that`, a clause of time is part of what was said.
        assert_eq!(
            said("Vell said that after the vote the talks would resume."),
            Some((
                "Vell".into(),
                "after the vote the talks would resume".into()
            ))
        );
    }

    #[test]
    fn agency_tail_is_via() {
        let s = "Vell said talks would continue in Vienna, RIA reported.";
        assert_eq!(parse(s, &[]).unwrap().via, Some("RIA"));
    }

    #[test]
    fn told_needs_that() {
        assert_eq!(
            said("Ivo Tam told Reuters earlier on Sunday that a plan had been made.").map(|s| s.1),
            Some("a plan had been made".into())
        );
        assert!(said("Ivo Tam told Reuters about the plan.").is_none());
    }

    #[test]
    fn a_verb_of_a_relative_clause_is_not_the_sentences() {
        assert_eq!(
            said(
                "A source close to the board, who spoke on condition of anonymity, said the board would meet on Monday."
            ),
            Some((
                "A source close to the board".to_string(),
                "the board would meet on Monday".to_string()
            ))
        );
    }

    #[test]
    fn not_reported_speech() {
        assert!(said("He said talks would resume soon.").is_none());
        assert!(said("The plan, it was said, would fail soon.").is_none());
        assert!(said("Many civilians fled, said a monitoring group.").is_none());
        assert!(said("Ana Vell said, adding nothing.").is_none());
        assert!(said("Ana Vell said so.").is_none());
        assert!(said("Ana Vell denied claims made by the rebels about the deal.").is_none());
        assert!(said("Ana Vell said after rebel officials claimed a deal was near.").is_none());
        assert!(
            said("Ana Vell herself has said little since Election Day beyond a statement.")
                .is_none()
        );
        assert!(said("Ana Vell said nothing about the deal with the rebels.").is_none());
        // Must not: an amount that opens the clause reported.
        assert!(said("Ana Vell said little had changed since the deal was signed.").is_some());
    }
}
