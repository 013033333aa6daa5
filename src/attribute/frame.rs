//! The speech frame as grammar, not as a list of shapes: what may stand
//! before the subject of an attribution (a list bullet, a bold label, an
//! opening adverbial), and what counts as a verb phrase that leads into
//! a quote when its verb is in no list (`shot back`, `harrumphed:`,
//! `sent us a statement:`).
//!
//! Word classes live in the lexicon ([`FRAME_PARTICLES`],
//! [`NON_SPEECH_THAT_VERBS`], [`LABEL_NOUNS`]); the rules here only say
//! where a class may stand.

use super::lexicon::{
    FRAME_PARTICLES, FRAME_PAST_VERBS, IRREGULAR_PAST_VERBS, LABEL_NOUNS, MANNER_COPULAS,
    MONTH_NAMES, NON_SPEECH_THAT_VERBS, NOT_MANNER_WORDS, PREPOSITIONS, RENDERING_NOUNS,
    SPEECH_VERBS, STATEMENT_NOUNS, WEEKDAY_NAMES,
};
use super::text::{Word, is_lowercase};

/// Bytes at the start of `sentence` that only format it: a list bullet
/// (`- `, `* `, `+ `, `3. `) and a bold or italic label closed by a
/// colon (`**Flashback:**`, `*Also Thursday*:`). The subject of the
/// sentence follows them; the label names no one. Marks followed by
/// nothing stay: `**REYES:** “...”` is a transcript line whose label
/// names the speaker.
pub fn lead_marks_end(sentence: &str) -> usize {
    let end = marks_end(sentence);
    if sentence[end..].trim().is_empty() {
        0
    } else {
        end
    }
}

fn marks_end(sentence: &str) -> usize {
    let mut at = sentence.len() - sentence.trim_start().len();
    let rest = &sentence[at..];
    if let Some(bullet) = ["- ", "* ", "+ ", "• "]
        .iter()
        .find(|b| rest.starts_with(**b))
    {
        at += bullet.len();
    } else if let Some(dot) = rest.find(". ")
        && dot > 0
        && dot <= 3
        && rest[..dot].bytes().all(|b| b.is_ascii_digit())
    {
        at += dot + 2;
    }
    at += sentence[at..].len() - sentence[at..].trim_start().len();
    let rest = &sentence[at..];
    for mark in ["**", "__", "*", "_"] {
        let Some(inner) = rest.strip_prefix(mark) else {
            continue;
        };
        let Some(close) = inner.find(mark) else {
            return at;
        };
        let label = &inner[..close];
        let after = &inner[close + mark.len()..];
        // `**Flashback:**` or `**Flashback**:`; a bold phrase that is
        // no label (`**Nadia Voss** said`) stays part of the sentence.
        let colon_inside = label.trim_end().ends_with(':');
        let colon_after = after.starts_with(':');
        if !(colon_inside || colon_after) || label.contains(['“', '"']) {
            return at;
        }
        let skipped = mark.len() + close + mark.len() + usize::from(colon_after);
        let rest_after = &rest[skipped..];
        return at + skipped + (rest_after.len() - rest_after.trim_start().len());
    }
    at
}

/// Most words an opening adverbial may hold before its comma (`Asked
/// about the vote on Thursday,`).
const MAX_ADVERBIAL_WORDS: usize = 8;

/// Most words an opening participle's clause may hold before its comma
/// (`Asked by reporters afterward whether she still had confidence in
/// the agency's chief,`).
const MAX_PARTICIPLE_OPENING_WORDS: usize = 20;

/// Index of the first word after an opening adverbial set off by a comma
/// (`On Thursday,`, `Asked about the vote,`, `Late Monday,`), or `first`
/// when the sentence opens with its subject. An adverbial opens with a
/// preposition, a past participle followed by a lowercase word, a day or
/// month, or an adverb in -ly.
pub fn after_opening_adverbial(ws: &[Word<'_>], first: usize) -> usize {
    let Some(opening) = ws.get(first) else {
        return first;
    };
    let lower = opening.lower();
    // `Asked about`, `Speaking to`, `Pressed on whether`; not `Shipping
    // magnate Bram Keller`, a noun before a name.
    let participle = (lower.ends_with("ed") || lower.ends_with("ing"))
        && ws.get(first + 1).is_some_and(|w| {
            w.text.starts_with(char::is_lowercase)
                && (w.is(PREPOSITIONS) || w.is(&["whether", "if", "why", "how", "what", "by"]))
        });
    let adverbial = opening.is(PREPOSITIONS) && !opening.is(&["the", "a", "an", "and"])
        || participle
        || opening.is(WEEKDAY_NAMES)
        || opening.is(MONTH_NAMES) && !opening.is(&["may"])
        || opening.is(&[
            "later",
            "earlier",
            "meanwhile",
            "yesterday",
            "today",
            "last",
        ])
        || lower.ends_with("ly") && opening.after.contains(',');
    if !adverbial {
        return first;
    }
    // A question put to the speaker may run long (`Asked by a journalist
    // whether the capital had been told of the talks before they began,`).
    let reach = if participle {
        MAX_PARTICIPLE_OPENING_WORDS
    } else {
        MAX_ADVERBIAL_WORDS
    };
    ws[first..]
        .iter()
        .take(reach)
        .position(|w| w.after.contains(','))
        .map(|k| first + k + 1)
        .filter(|&k| k < ws.len())
        .unwrap_or(first)
}

/// A finite verb by its form, listed or not: a lowercase word in -ed, an
/// irregular past or a listed speech verb (`harrumphed`, `shot`,
/// `countered`).
pub fn is_past_verb(w: &Word<'_>) -> bool {
    let lowercase = w.text.starts_with(char::is_lowercase);
    let lower = w.lower();
    lowercase
        && (lower.len() > 4 && lower.ends_with("ed")
            || w.is(IRREGULAR_PAST_VERBS)
            || w.is(FRAME_PAST_VERBS)
            || w.is(SPEECH_VERBS))
}

/// `shot back`, `fired back`, `hit back`: a past verb with a particle of
/// reply is a speech verb, whatever the verb.
pub fn is_reply_phrase(ws: &[Word<'_>], i: usize) -> bool {
    is_past_verb(&ws[i])
        && ws[i].after.trim().is_empty()
        && ws.get(i + 1).is_some_and(|p| p.is(FRAME_PARTICLES))
}

/// Most words of a verb phrase between its verb and the colon that opens
/// the quote (`sent us a statement late on Friday:`).
const MAX_WORDS_TO_COLON: usize = 8;

/// Most words of a phrase of where or how between a verb and `that`
/// (`in a letter to the members that`).
const MAX_PHRASE_BEFORE_THAT: usize = 5;

/// Most words between `that` and the quote it leads into, as for a
/// listed verb.
const MAX_WORDS_AFTER_THAT: usize = 8;

/// How the verb at `ws[v]` leads into the quote that ends the words `ws`
/// of the context before it, when the verb is in no list: straight
/// through a colon or a comma (`harrumphed: “...”`, `sent us a
/// statement: “...”`) or through `that` (`bristled that the bill was
/// “...”`). A colon after a word of a label (`the words:`, `the ad
/// reads:`) introduces no speech; `that` after a verb of knowing
/// (`learned that`) introduces no words of the subject.
pub fn leads_into_quote(context: &str, ws: &[Word<'_>], v: usize) -> bool {
    let Some(last) = ws.len().checked_sub(1) else {
        return false;
    };
    let tail = context[ws[last].end..].trim();
    if ws[v].is(NON_SPEECH_THAT_VERBS) {
        return false;
    }
    // `bristled in a statement that`: a phrase of where or how may come
    // between the verb and `that`.
    let that = if ws
        .get(v + 1)
        .is_some_and(|w| w.is(&["in", "on", "to", "at", "during"]))
    {
        (v + 2..ws.len().min(v + 2 + MAX_PHRASE_BEFORE_THAT)).find(|&k| ws[k].is(&["that"]))
    } else {
        Some(v + 1).filter(|&k| ws.get(k).is_some_and(|w| w.is(&["that"])))
    };
    if let Some(that) = that
        && ws[v..that].iter().all(|w| w.after.trim().is_empty())
    {
        return last - that <= MAX_WORDS_AFTER_THAT;
    }
    if !(tail.starts_with(':') || v == last && tail.starts_with(',')) {
        return false;
    }
    // `stood at the gate:` tells of no words; an irregular past leads
    // into speech only with a noun of something said (`sent us a
    // statement:`), a verb in -ed by itself (`harrumphed:`).
    let said_by_form =
        ws[v].lower().ends_with("ed") || ws[v + 1..=last].iter().any(|w| w.is(STATEMENT_NOUNS));
    said_by_form
        && last - v <= MAX_WORDS_TO_COLON
        && ws[v..last].iter().all(|w| w.after.trim().is_empty())
        && !ws[v + 1..=last]
            .iter()
            .any(|w| w.is(LABEL_NOUNS) || w.is(&["which", "that", "who", "whose"]))
}

/// Most words of manner between a copula and the colon that opens the
/// quote (`was similarly downbeat:`, `was a little blunter:` has four and
/// is left).
const MAX_WORDS_OF_MANNER: usize = 3;

/// `the senator was blunt: “...”`, `Another aide was more charitable:
/// “...”`: a copula and a few words of how, then the colon that opens the
/// quote, tell how the subject spoke. Not a noun phrase (`was a lawyer:`),
/// a place (`was in the room:`), a negation (`was not available:`) or a
/// participle straight after the copula (`was asked:`, `was told:`: words
/// said to the subject, not by it).
pub fn copula_of_manner(context: &str, ws: &[Word<'_>], v: usize) -> bool {
    let Some(last) = ws.len().checked_sub(1) else {
        return false;
    };
    if !ws[v].is(MANNER_COPULAS) || last <= v || last - v > MAX_WORDS_OF_MANNER {
        return false;
    }
    let manner = &ws[v + 1..=last];
    context[ws[last].end..].trim_start().starts_with(':')
        && ws[v..last].iter().all(|w| w.after.trim().is_empty())
        && manner
            .iter()
            .all(|w| is_lowercase(w) && !w.is(NOT_MANNER_WORDS) && !w.is(PREPOSITIONS))
        && !(last == v + 1 && is_participle(&ws[last]))
}

/// A past participle by its form: `asked`, `told`, `shown`.
fn is_participle(w: &Word<'_>) -> bool {
    w.lower().ends_with("ed")
        || w.is(IRREGULAR_PAST_VERBS)
        || w.is(&["shown", "given", "written", "heard", "seen", "known"])
}

/// `according to a translation by Jo Lin`: the phrase names a rendering
/// of someone's words, whose maker is not the one who spoke them.
pub fn names_a_rendering(phrase: &str) -> bool {
    let ws = super::text::words(phrase);
    ws.iter()
        .position(|w| w.is(RENDERING_NOUNS))
        .is_some_and(|r| ws[r..].iter().any(|w| w.is(&["by"])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::text::words;

    #[test]
    fn lead_marks_skip_bullets_and_labels_only() {
        fn skip(s: &str) -> &str {
            &s[lead_marks_end(s)..]
        }
        assert_eq!(skip("- Wilma Quist said so."), "Wilma Quist said so.");
        assert_eq!(skip("* Wilma Quist said so."), "Wilma Quist said so.");
        assert_eq!(skip("12. Wilma Quist said so."), "Wilma Quist said so.");
        assert_eq!(skip("**Rewind:** Wilma Quist said"), "Wilma Quist said");
        assert_eq!(
            skip("**Late Tuesday**: Wilma Quist said"),
            "Wilma Quist said"
        );
        assert_eq!(skip("- *Zorp:* Wilma Quist said"), "Wilma Quist said");
        // Bold that is no label, a number that is no list, plain text.
        assert_eq!(skip("**Wilma Quist** said"), "**Wilma Quist** said");
        assert_eq!(skip("2024. Wilma Quist said"), "2024. Wilma Quist said");
        assert_eq!(skip("Wilma Quist - said"), "Wilma Quist - said");
        assert_eq!(
            skip("**Claim 1: “Taxes rose.”**"),
            "**Claim 1: “Taxes rose.”**"
        );
        // A label before nothing is a transcript's: it names the speaker.
        assert_eq!(skip("**QUIST:** "), "**QUIST:** ");
        assert_eq!(skip("- "), "- ");
    }

    #[test]
    fn opening_adverbials_end_at_their_comma() {
        let subject = |s: &str| {
            let ws = words(s);
            ws[after_opening_adverbial(&ws, 0)].text.to_string()
        };
        assert_eq!(subject("On Thursday, Wilma Quist voted"), "Wilma");
        assert_eq!(
            subject("Quizzed about the vote, Wilma Quist voted"),
            "Wilma"
        );
        assert_eq!(subject("Wednesday, Wilma Quist voted"), "Wilma");
        assert_eq!(
            subject(
                "Asked by a zine whether the capital had been told of the talks before they began, Wilma Quist voted"
            ),
            "Wilma"
        );
        assert_eq!(subject("Privately, Wilma Quist voted"), "Wilma");
        // A subject first: nothing to skip, also a name in -ed.
        assert_eq!(subject("Wilma Quist, a Zorbian, voted"), "Wilma");
        assert_eq!(subject("Mahmed Quist, a Zorbian, voted"), "Mahmed");
        assert_eq!(subject("Zorbing magnate Wilma Quist, Jr. voted"), "Zorbing");
        assert_eq!(subject("The Quist Project, a group, voted"), "The");
    }

    #[test]
    fn verb_phrases_lead_into_a_quote_by_their_form() {
        let leads = |s: &str, verb: &str| {
            let ws = words(s);
            let v = ws.iter().position(|w| w.text == verb).unwrap();
            leads_into_quote(s, &ws, v)
        };
        assert!(leads("Wilma Quist harrumphed: ", "harrumphed"));
        assert!(leads("Wilma Quist harrumphed, ", "harrumphed"));
        assert!(leads("Wilma Quist sent us a statement: ", "sent"));
        assert!(leads("Wilma Quist zorbled on Blipper: ", "zorbled"));
        assert!(leads("Wilma Quist bristled that the plan was ", "bristled"));
        assert!(leads(
            "Wilma Quist bristled in a zine that the plan was ",
            "bristled"
        ));
        // A label, a relative clause, a verb of knowing, no frame at all.
        assert!(!leads(
            "Wilma Quist unveiled a sign with the words: ",
            "unveiled"
        ));
        assert!(!leads("Wilma Quist backed the ad, which reads: ", "backed"));
        assert!(!leads("Wilma Quist learned that the ad was ", "learned"));
        assert!(!leads("Wilma Quist zorbled the plan was ", "zorbled"));
        assert!(!leads("Wilma Quist zorbled the plan, ", "zorbled"));
        assert!(!leads("Wilma Quist stood at the gate: ", "stood"));
        assert!(!leads(
            "Wilma Quist zorbled that the plan which began on a cold day in the capital was ",
            "zorbled"
        ));
        assert!(!leads(
            "Wilma Quist zorbled in a zine, and that plan was ",
            "zorbled"
        ));
    }

    #[test]
    fn a_copula_and_words_of_manner_lead_into_a_quote() {
        let leads = |s: &str| {
            let ws = words(s);
            let v = ws.iter().position(|w| w.is(MANNER_COPULAS)).unwrap();
            copula_of_manner(s, &ws, v)
        };
        assert!(leads("The senator was blunt: "));
        assert!(leads("Another aide was similarly downbeat: "));
        assert!(leads("The minister is more charitable: "));
        assert!(leads("Wilma Quist was more guarded: "));
        // What the subject is, where it is, what was said to it; no colon.
        assert!(!leads("Wilma Quist was a lawyer: "));
        assert!(!leads("Wilma Quist was in the room: "));
        assert!(!leads("Wilma Quist was not available: "));
        assert!(!leads("Wilma Quist was asked: "));
        assert!(!leads("Wilma Quist was told: "));
        assert!(!leads("Wilma Quist was blunt, "));
        assert!(!leads("Wilma Quist was blunt about the Zorbian plan: "));
        assert!(!leads("Wilma Quist was Zorbian: "));
    }

    #[test]
    fn a_rendering_names_no_speaker() {
        assert!(names_a_rendering("a translation by Wilma Quist"));
        assert!(names_a_rendering("the interpreter hired by Wilma Quist"));
        // A rendering with no maker named is left to the other readers.
        assert!(!names_a_rendering("a transcript of the hearing"));
        assert!(!names_a_rendering("Wilma Quist"));
        assert!(!names_a_rendering("a report by Wilma Quist"));
    }

    #[test]
    fn a_past_verb_with_a_particle_of_reply_is_speech() {
        let ws = words("Wilma Quist zinged back that");
        assert!(is_reply_phrase(&ws, 2));
        let ws = words("Wilma Quist zinged the plan");
        assert!(!is_reply_phrase(&ws, 2));
        let ws = words("Wilma Quist Back");
        assert!(!is_reply_phrase(&ws, 1));
    }
}
