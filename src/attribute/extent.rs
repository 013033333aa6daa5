//! How far an unnamed source's description runs (round thirty-five,
//! attr35anon). The noun phrase that introduces an unnamed source ends
//! where the noun phrase ends, not at its head noun: `a source close to
//! the negotiations`, `a teacher in the Daraja Oula neighbourhood`, `a
//! senior adviser to the governor`, `a Gulf diplomat who attended several
//! sessions`, `one woman, 58`. The readers that find the source stop at
//! the head or at the first preposition; this reads on from there through
//! the post-modifiers that belong to the phrase (a prepositional phrase of
//! place, post or affiliation, one opened by `close to`, `familiar with`,
//! `involved in`, a relative clause without a comma before it, an age set
//! off by commas) and stops at the speech verb, at `told <outlet>`, at a
//! comma that opens another clause, at `and`, at a quote, at a phrase that
//! tells how or when it was said (`in a statement`, `on Tuesday`, `on
//! condition of anonymity`). A relative clause set off by commas tells why
//! the source is unnamed or what they did, and is left out.

use super::lexicon::{
    ABBREVIATIONS, AUXILIARIES, DOCUMENT_NOUNS, IRREGULAR_PAST_VERBS, KNOWING_WORDS, MONTH_NAMES,
    PREPOSITIONS, RELATIVE_PRONOUNS, SPEECH_GERUNDS, SPEECH_VERBS, STATEMENT_NOUNS, SUBORDINATORS,
    TIME_WORDS, WEEKDAY_NAMES,
};
use super::text::{self, Word};

/// Prepositions that tie a place, a post or an affiliation to a person
/// (`a nurse at the hospital`, `an adviser to the governor`, `a woman with
/// a cap`, `an aide on the committee`).
const POST_MODIFYING_PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "of", "for", "to", "with", "on", "near", "inside", "outside", "behind",
    "among", "within",
];

/// Words that take a prepositional phrase to make a post-modifier of a
/// person: `close to`, `based in`, `stationed in`, and the knowing words
/// (`familiar with`, `involved in`, `briefed on`).
const LINKING_WORDS: &[&str] = &["close", "based", "stationed", "loyal", "opposed", "allied"];

/// Nouns of a prepositional phrase that tells how, where or when the
/// words were said rather than who said them (`said an official in a
/// statement`, `on condition of anonymity`, `by phone`, `at a news
/// conference`, `to reporters`).
const SAYING_ADJUNCT_NOUNS: &[&str] = &[
    "condition",
    "anonymity",
    "phone",
    "telephone",
    "conference",
    "reporters",
    "journalists",
    "email",
    "call",
    "video",
    "radio",
    "television",
    "camera",
    "cameras",
    "media",
    "time",
];

/// Words of a source's anonymity (`named`, `anonymity`, `authorized`):
/// a relative clause that holds one says why the source is unnamed.
const ANONYMITY_WORDS: &[&str] = &[
    "named",
    "name",
    "identified",
    "identify",
    "anonymity",
    "anonymous",
    "anonymously",
    "authorized",
    "authorised",
    "publicly",
];

/// Words that end a description's post-modifier: a finite verb that
/// begins the clause's predicate, a conjunction, a subordinator.
const PHRASE_ENDING_WORDS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "should",
    "did",
    "does",
    "do",
    "and",
    "but",
    "or",
    "nor",
    "than",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "yesterday",
    "today",
    "tonight",
    "ago",
];

/// The most words a prepositional object or a relative clause is read
/// for: a longer stretch is a clause of its own, not the description's.
const MAX_MODIFIER_WORDS: usize = 12;

/// The bytes of `rest` (the text right after a description as found)
/// that still belong to the description's noun phrase: 0 when none do.
pub(super) fn post_modifier_len(rest: &str) -> usize {
    let ws = text::words(rest);
    if let Some(end) = age_apposition(rest, &ws) {
        return end;
    }
    let mut end = 0;
    let mut i = 0;
    while let Some(next) = ws
        .get(i)
        .filter(|w| spaced_from(rest, end, w))
        .and_then(|_| modifier_phrase(rest, &ws, i))
    {
        end = ws[next - 1].end;
        i = next;
    }
    let relative = ws
        .get(i)
        .filter(|w| spaced_from(rest, end, w))
        .and_then(|_| restrictive_relative(rest, &ws, i));
    let end = relative.map_or(end, |next| ws[next - 1].end);
    before_clause_verb(rest, &ws, end)
}

/// `end`, or where the phrase's words before it stop short of their
/// clause's verb (`close to Halloran disputed that account.`, `who was
/// on the call disputed that`): a noun phrase that runs to the end of
/// its sentence holds the sentence's verb (see [`clause_verb_at`]).
fn before_clause_verb(rest: &str, ws: &[Word<'_>], end: usize) -> usize {
    if end == 0 {
        return 0;
    }
    let phrase_words = ws.iter().take_while(|w| w.end <= end).count();
    let after = rest[end..].trim_start();
    let whole_clause = after.is_empty() || after.starts_with(['.', '!', '?']);
    match clause_verb_from(&ws[..phrase_words], 0, whole_clause) {
        Some(0) => 0,
        Some(v) => ws[v - 1].end,
        None => end,
    }
}

/// `one woman, 58,`: an age set off by commas right after the description.
fn age_apposition(rest: &str, ws: &[Word<'_>]) -> Option<usize> {
    let age = ws.first()?;
    let set_off = rest[..age.start].trim() == ","
        && age.text.len() <= 3
        && age.text.bytes().all(|b| b.is_ascii_digit())
        && matches!(
            rest[age.end..].trim_start().chars().next(),
            Some(',' | '.' | ';') | None
        );
    set_off.then_some(age.end)
}

/// Only white space, and some, between `from` and the word `w`: no
/// comma, quote, dash or bracket ends the phrase there.
fn spaced_from(rest: &str, from: usize, w: &Word<'_>) -> bool {
    let gap = &rest[from..w.start];
    !gap.is_empty() && gap.chars().all(char::is_whitespace)
}

/// `at the hospital`, `close to the negotiations`, `familiar with the
/// talks`: a prepositional phrase at `ws[i]`, maybe after a linking
/// word, that modifies a person; the index past its last word.
fn modifier_phrase(rest: &str, ws: &[Word<'_>], i: usize) -> Option<usize> {
    let w = &ws[i];
    if w.is_capitalised() {
        return None;
    }
    let preposition = if w.is(POST_MODIFYING_PREPOSITIONS) {
        i
    } else if (w.is(LINKING_WORDS) || w.is(KNOWING_WORDS))
        && !w.is(SPEECH_VERBS)
        && !w.is(SPEECH_GERUNDS)
    {
        let next = ws.get(i + 1)?;
        (next.is(POST_MODIFYING_PREPOSITIONS) && spaced_from(rest, w.end, next)).then_some(i + 1)?
    } else {
        return None;
    };
    let end = object_end(rest, ws, preposition + 1)?;
    let object = &ws[preposition + 1..end];
    (!tells_how_or_when(object)).then_some(end)
}

/// The index past the noun phrase a preposition governs, from `ws[k]`:
/// its words run on, with the prepositions inside it (`in the Ministry of
/// Ports`), to a boundary. `None` when it has no word or runs too long.
fn object_end(rest: &str, ws: &[Word<'_>], k: usize) -> Option<usize> {
    let mut end = k;
    let mut from = ws.get(k.checked_sub(1)?)?.end;
    while let Some(w) = ws.get(end) {
        let inside_name = end > k && joins_name(rest, &ws[end - 1], w, ws.get(end + 1));
        if !inside_name && (!spaced_from(rest, from, w) || ends_phrase(w)) {
            break;
        }
        from = w.end;
        end += 1;
    }
    (end > k && end - k <= MAX_MODIFIER_WORDS).then_some(end)
}

/// `the Ministry of Works and Transport`, `Land & Infrastructure Safety`:
/// `and` (or `&`) between two capitalised words joins a name.
fn joins_name(rest: &str, before: &Word<'_>, w: &Word<'_>, after: Option<&Word<'_>>) -> bool {
    let ampersand = rest[before.end..w.start].trim() == "&";
    let and = w.is(&["and"]) && after.is_some_and(|a| a.is_capitalised());
    before.is_capitalised() && (ampersand && w.is_capitalised() || and)
}

/// A word that cannot stand inside a description's modifier: a verb of
/// saying (`told`), a finite verb, a conjunction, a subordinator.
fn ends_phrase(w: &Word<'_>) -> bool {
    !w.is_capitalised() && (w.is(SPEECH_VERBS) || w.is(PHRASE_ENDING_WORDS) || w.is(SUBORDINATORS))
}

/// `in a statement`, `on Tuesday`, `on condition of anonymity`, `in
/// 2025`: a phrase of the saying, not of the person.
fn tells_how_or_when(object: &[Word<'_>]) -> bool {
    object.iter().any(|w| {
        w.is(STATEMENT_NOUNS)
            || w.is(DOCUMENT_NOUNS)
            || w.is(SAYING_ADJUNCT_NOUNS)
            || w.is(WEEKDAY_NAMES)
            || w.is(MONTH_NAMES)
            || (!w.is(&["on"]) && w.is(TIME_WORDS))
            || w.text.bytes().all(|b| b.is_ascii_digit())
    })
}

/// `who attended several sessions`, `that holds Nimbara shares`: a
/// relative clause with no comma before it restricts the description and
/// is part of it, up to the clause's end (a comma, `and`, `because`, a
/// verb of saying after the clause's own verb: `who fled last month
/// told AFP`). A clause whose verb is one of saying (`a woman who said
/// ...`) tells what was said, not who; a clause with no end in sight is
/// not read.
fn restrictive_relative(rest: &str, ws: &[Word<'_>], i: usize) -> Option<usize> {
    let relative = &ws[i];
    let first = ws.get(i + 1)?;
    let relative_pronoun = relative.is(&["who"])
        || relative.is(&["that"]) && !first.is(&["the", "a", "an", "he", "she", "they", "it"]);
    // `who also asked not to be named`: the clause's verb comes after the
    // words that may stand before a verb.
    let verb_at = (i + 1..ws.len()).find(|&k| !ws[k].is(AUXILIARIES))?;
    let verb = &ws[verb_at];
    if relative.is_capitalised()
        || !relative_pronoun
        || !spaced_from(rest, relative.end, first)
        || verb.is(SPEECH_VERBS)
    {
        return None;
    }
    let mut end = verb_at + 1;
    let mut from = verb.end;
    while let Some(w) = ws.get(end) {
        let ends_clause = w.is(&["and", "but", "or"])
            || w.is(SUBORDINATORS) && !w.is(&["as"])
            || w.is(SPEECH_VERBS);
        if !spaced_from(rest, from, w) || ends_clause {
            break;
        }
        from = w.end;
        end += 1;
    }
    let clause = &ws[i + 1..end];
    (end - i <= MAX_MODIFIER_WORDS && !tells_why_unnamed(clause)).then_some(end)
}

/// `who asked not to be named`, `who was not authorized to speak`, `who
/// spoke on condition of anonymity`, `who did not give his name`: the
/// clause tells why the source is not named, not who they are, and
/// articles that describe one source twice keep it in neither (`a Saudi
/// official familiar with the talks` told again as `a Saudi official who
/// asked not to be named`).
fn tells_why_unnamed(clause: &[Word<'_>]) -> bool {
    clause.iter().any(|w| w.is(ANONYMITY_WORDS))
}

/// Finite verbs that open a clause's predicate whatever follows them (`A
/// House aide was more pointed`, `a source close to him has said`).
const FINITE_AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should",
    "shall", "did", "does", "may", "might", "must",
];

/// Words after which a past form describes the noun that follows it (`the
/// embattled minister`, `a detained officer`), not a clause's verb.
const NOUN_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "one", "another", "some", "any", "no", "every", "not", "to", "who", "whom", "which",
    "or", "nor", "but",
];

/// Adverbs that stand inside a verb group (`who had just collected`,
/// `has never worked`): a past form after one is that group's.
const VERB_ADVERBS: &[&str] = &[
    "just", "already", "never", "still", "only", "ever", "even", "since", "yet", "first", "long",
    "once", "also", "not",
];

/// Words a finite verb's object or complement opens with (`stopped me`,
/// `disputed that account`, `rejected the claim`): after a noun, a past
/// form followed by one is the verb of the clause, where a participle
/// that describes the noun is followed by its own phrase (`freed last
/// week`, `reached by phone`, `granted anonymity`).
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "me", "him", "us", "them", "it", "you", "what", "how", "whether",
];

/// `disputed`, `stopped`, `looked`, `went`: a lowercase word in the form
/// of a past tense, which a participle shares. Not the participles that
/// place a person (`familiar`, `involved`, `briefed`, `based`, `close`).
fn is_past_form(w: &Word<'_>) -> bool {
    let lower = w.lower();
    text::is_lowercase(w)
        && (w.is(IRREGULAR_PAST_VERBS) || lower.len() > 4 && lower.ends_with("ed"))
        && !w.is(KNOWING_WORDS)
        && !w.is(LINKING_WORDS)
        && !w.is(SPEECH_VERBS)
}

/// A full stop after `w` that ends no phrase: an abbreviation's (`Mr.`,
/// `Sen.`, `Gov.`, `U.S.`, an initial), as sentence splitting reads it.
pub(super) fn abbreviation_stop(w: &Word<'_>) -> bool {
    let one_capital = w.text.chars().count() == 1 && w.text.chars().all(char::is_uppercase);
    w.after.trim() == "."
        && (w.is(ABBREVIATIONS) || one_capital || w.text.contains('.') && w.is_capitalised())
}

/// Where the verb of the clause begins in `ws`, the words of a stretch
/// taken as an unnamed source's description (`A source close to Halloran
/// disputed that account`, `an old fisherman stopped me on the road
/// and`), read after its head noun at `head`: the description is the
/// noun phrase, and its clause's predicate is none of it. The verb is a
/// lowercase finite auxiliary (`was`, `has`) or a past form right after
/// a word that may end a noun phrase (a noun or a name, not a determiner,
/// a preposition or an auxiliary: `the embattled minister` describes);
/// a past form before `by` is a passive participle (`a resident reached
/// by phone`). When the stretch holds its clause's whole predicate
/// (`whole_clause`: nothing after it but the end of the sentence, or an
/// `and` coordinating a speech verb, `... stopped me and said`) any such
/// past form is the verb; else only one followed by an object's first
/// word (`rejected the claim`), since a participle may describe the
/// head (`an aid worker freed last week said`). A relative clause's own
/// first verb (`who was on the call`) is the relative clause's, and the
/// scan goes on after it (`who was on the call disputed that`).
pub(super) fn clause_verb_at(ws: &[Word<'_>], head: usize, whole_clause: bool) -> Option<usize> {
    clause_verb_from(ws, head + 1, whole_clause)
}

/// [`clause_verb_at`] from `ws[from]` on; a word at 0 follows the head
/// noun, which the caller did not split with `ws`.
fn clause_verb_from(ws: &[Word<'_>], from: usize, whole_clause: bool) -> Option<usize> {
    let mut relative_verb_pending = false;
    for i in from..ws.len() {
        let w = &ws[i];
        if w.is(RELATIVE_PRONOUNS) && !w.is_capitalised() {
            relative_verb_pending = true;
            continue;
        }
        let finite = !w.is_capitalised() && w.is(FINITE_AUXILIARIES);
        let past = is_past_form(w) && !ws.get(i + 1).is_some_and(|n| n.is(&["by"]));
        if !(finite || past) {
            continue;
        }
        if relative_verb_pending {
            relative_verb_pending = false;
            continue;
        }
        let after_noun = i.checked_sub(1).is_none_or(|b| {
            let before = &ws[b];
            before.after.trim().is_empty()
                && !before.is(NOUN_OPENERS)
                && !before.is(PREPOSITIONS)
                && !before.is(FINITE_AUXILIARIES)
                && !before.is(AUXILIARIES)
                && !before.is(VERB_ADVERBS)
                && !before.lower().ends_with("ly")
        });
        if !after_noun {
            continue;
        }
        let object_next = ws
            .get(i + 1)
            .is_some_and(|n| n.is(OBJECT_OPENERS) && w.after.trim().is_empty());
        if finite || whole_clause || object_next {
            return Some(i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(found: &str, rest: &str) -> String {
        format!("{found}{}", &rest[..post_modifier_len(rest)])
    }

    #[test]
    fn a_prepositional_phrase_of_place_post_or_affiliation_belongs_to_the_description() {
        let cases = [
            (
                "a teacher",
                " in the Daraja Oula neighbourhood, he said.",
                "a teacher in the Daraja Oula neighbourhood",
            ),
            (
                "a source",
                " close to the negotiations.",
                "a source close to the negotiations",
            ),
            (
                "a diplomat",
                " briefed on the talks.",
                "a diplomat briefed on the talks",
            ),
            (
                "A senior adviser",
                " to the governor, speaking on condition",
                "A senior adviser to the governor",
            ),
            (
                "a nurse",
                " at Nsanje District Hospital told Nyasa Times",
                "a nurse at Nsanje District Hospital",
            ),
            (
                "an AU official",
                " involved in the talks said",
                "an AU official involved in the talks",
            ),
            ("a woman", " with a FMP cap.", "a woman with a FMP cap"),
            (
                "a Ugandan official",
                " at the Ministry of Works and Transport.",
                "a Ugandan official at the Ministry of Works and Transport",
            ),
            (
                "an official",
                " at the Authority of Land & Infrastructure Safety said",
                "an official at the Authority of Land & Infrastructure Safety",
            ),
        ];
        for (found, rest, want) in cases {
            assert_eq!(whole(found, rest), want, "{rest}");
        }
    }

    #[test]
    fn a_restrictive_relative_clause_runs_to_its_end() {
        let cases = [
            (
                "a Gulf diplomat",
                " who attended several sessions.",
                "a Gulf diplomat who attended several sessions",
            ),
            (
                "a neighbour",
                " who sells vegetables near the gate because",
                "a neighbour who sells vegetables near the gate",
            ),
            (
                "a senior officer",
                " who followed the file and who requested anonymity",
                "a senior officer who followed the file",
            ),
            (
                "a portfolio manager",
                " at a fund that holds Hearthline shares, who asked",
                "a portfolio manager at a fund that holds Hearthline shares",
            ),
            (
                "a Western diplomat",
                " in Lima who followed the crisis closely told AQ",
                "a Western diplomat in Lima who followed the crisis closely",
            ),
        ];
        for (found, rest, want) in cases {
            assert_eq!(whole(found, rest), want, "{rest}");
        }
    }

    #[test]
    fn the_phrase_stops_before_its_clauses_verb() {
        let cases = [
            (
                "A source",
                " close to Halloran disputed that account.",
                "A source close to Halloran",
            ),
            (
                "A provincial official",
                " who was on the Victoria end of the call disputed that account.",
                "A provincial official who was on the Victoria end of the call",
            ),
            // Must not fire: a relative clause's own verb group.
            (
                "a refugee",
                " who had just collected a hygiene kit said",
                "a refugee who had just collected a hygiene kit",
            ),
            // Must not fire: an adjective inside the object.
            (
                "a person",
                " close to the embattled minister said",
                "a person close to the embattled minister",
            ),
        ];
        for (found, rest, want) in cases {
            assert_eq!(whole(found, rest), want, "{rest}");
        }
    }

    #[test]
    fn a_past_form_after_the_head_is_the_verb_only_when_the_clause_says_so() {
        let ws = text::words("a woman looked at me and");
        assert_eq!(clause_verb_at(&ws, 1, true), Some(2));
        // Followed by a preposition and a speech verb after: a participle.
        let ws = text::words("a woman dressed in black");
        assert_eq!(clause_verb_at(&ws, 1, false), None);
        let ws = text::words("an aid worker freed last week");
        assert_eq!(clause_verb_at(&ws, 2, false), None);
        // Followed by an object: the verb.
        let ws = text::words("a source rejected the claim");
        assert_eq!(clause_verb_at(&ws, 1, false), Some(2));
        // A passive participle before `by`.
        let ws = text::words("a resident reached by phone");
        assert_eq!(clause_verb_at(&ws, 1, true), None);
    }

    #[test]
    fn an_age_set_off_by_commas_belongs_to_the_description() {
        assert_eq!(
            whole("one woman", ", 58, who lives nearby"),
            "one woman, 58"
        );
        assert_eq!(whole("one woman", ", 58."), "one woman, 58");
    }

    #[test]
    fn the_phrase_stops_at_the_saying_and_at_what_is_not_the_persons() {
        let kept_as_found = [
            // A comma-set clause tells why or what, not who.
            ", who asked not to be named, said",
            ", speaking on condition of anonymity",
            // How and when it was said.
            " in a statement on Tuesday.",
            " on Tuesday.",
            " on condition of anonymity.",
            " in 2025.",
            // Why the source is not named is not who they are.
            " who asked not to be named because he was not authorized told",
            " who spoke on condition of anonymity said",
            " who also asked not to be named because she feared retaliation said",
            " who did not give his name, told NDTV",
            // The clause says what was said.
            " who said she had voted twice.",
            // The verb, the outlet, the quote.
            " told Reuters the talks had stalled.",
            " said.",
            " “We are tired,”",
            // A complement clause, not a relative one.
            " that the talks had stalled",
        ];
        for rest in kept_as_found {
            assert_eq!(post_modifier_len(rest), 0, "{rest}");
        }
    }
}
