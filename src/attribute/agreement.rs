//! The check every attribution passes after the rules have picked: a
//! speaker the quote or its own attribution words contradict is
//! withdrawn (no speaker, the quote kept as found) rather than kept.
//! A quote given to a different real person is the worst error a
//! dossier can make; no speaker is better than a wrong one.
//!
//! The contradictions are hard evidence, whichever rule picked:
//!
//! - the quote names its speaker as someone else (`“Clayton and I talk
//!   every day,” he said` given to Clayton Dorn);
//! - the attribution words name the speaker only inside what another
//!   subject said or did (`A leadership aide said Dorn wanted
//!   members`, `She criticized Dorn for what she called`).
//!
//! A withdrawn quote takes the quotes that rested on it with it: the
//! continuations after it with the same speaker, and the quotes read
//! from the same attribution words.

use super::Candidate;
use super::identity::is_name_suffix;
use super::lexicon::{COMPLEMENT_VERBS, DOCUMENT_NOUNS, HONORIFICS, PERSON_NOUNS, TITLES};
use super::text::{Word, without_possessive, words};
use crate::model::{QuoteKind, Rule};

/// Withdraws each speaker its quote or attribution words contradict,
/// with the quotes that continue it.
pub(super) fn withdraw_contradicted(candidates: &mut [Candidate]) {
    let mut k = 0;
    while k < candidates.len() {
        if !contradicted(&candidates[k]) {
            k += 1;
            continue;
        }
        let speaker = candidates[k].occurrence.speaker.clone();
        let clause = candidates[k].occurrence.evidence_span.clone();
        withdraw(&mut candidates[k]);
        k += 1;
        while let Some(next) = candidates.get_mut(k) {
            let same_clause = clause.is_some()
                && next.occurrence.evidence_span.as_ref().map(|e| e.start)
                    == clause.as_ref().map(|e| e.start);
            let continues = matches!(next.occurrence.rule, Some(Rule::Continuation | Rule::RunOn));
            if next.occurrence.speaker != speaker || !(same_clause || continues) {
                break;
            }
            withdraw(next);
            k += 1;
        }
    }
}

fn withdraw(candidate: &mut Candidate) {
    let occurrence = &mut candidate.occurrence;
    occurrence.speaker = None;
    occurrence.role = None;
    occurrence.actor = None;
    occurrence.rule = None;
    occurrence.anonymous = false;
    occurrence.affiliation_evidence = None;
}

/// Whether hard evidence contradicts the candidate's speaker.
fn contradicted(candidate: &Candidate) -> bool {
    let occurrence = &candidate.occurrence;
    let (Some(speaker), Some(rule)) = (&occurrence.speaker, occurrence.rule) else {
        return false;
    };
    // An unnamed source or office is a description, not a name, and the
    // editor's word is final. Reported speech is the writer's paraphrase,
    // which names whom it likes (`Aleppo militants told Reuters that
    // ... militants in Aleppo`).
    if occurrence.kind != QuoteKind::Direct
        || occurrence.anonymous
        || matches!(
            rule,
            Rule::Anonymous | Rule::UnnamedOffice | Rule::Correction | Rule::SameStatement
        )
    {
        return false;
    }
    let names_a_person = rule != Rule::Body;
    let evidence = occurrence.evidence.as_deref().unwrap_or("");
    (names_a_person
        && names_speaker_as_another(&occurrence.text, speaker)
        && !frame_names_speaker(rule, evidence, speaker)
        && !(rule == Rule::Pronoun && names_self_in_full(&occurrence.text, speaker)))
        || occurrence
            .evidence
            .as_deref()
            .is_some_and(|evidence| named_in_a_complement(evidence, speaker))
}

/// The words of a person's name that the quote would use for them: the
/// given name and the surname (`Clayton`, `Dorn` of `Clayton M. Dorn
/// Jr.`), never a title (`Father`) or an initial.
fn name_words(speaker: &str) -> Vec<&str> {
    let ws: Vec<&str> = speaker
        .split_whitespace()
        .filter(|w| !is_name_suffix(w))
        .collect();
    if ws.len() < 2 {
        return Vec::new();
    }
    let given = ws[0];
    let surname = ws[ws.len() - 1];
    let is_title = |w: &str| {
        let w = w.trim_end_matches('.');
        TITLES
            .iter()
            .chain(HONORIFICS)
            .chain(PERSON_NOUNS)
            .any(|t| t.eq_ignore_ascii_case(w))
    };
    [given, surname]
        .into_iter()
        .filter(|w| w.chars().count() > 2 && !w.ends_with('.') && !is_title(w))
        .collect()
}

/// `“Clayton and I talk every day”` is not Clayton speaking: people
/// rarely name themselves in the third person, so a quote holding the
/// speaker's given name or surname is someone else's.
fn names_speaker_as_another(quote: &str, speaker: &str) -> bool {
    let names = name_words(speaker);
    !names.is_empty()
        && words(quote).iter().any(|w| {
            let bare = without_possessive(w.text);
            names.contains(&bare)
        })
}

/// `“This is not the victory of Ann Vell,” Ann Vell said`: when the
/// quote's own frame names its speaker (a speech verb whose subject the
/// attribution words spell out), the frame is hard evidence and the
/// name inside the quote is the speaker naming themselves, not someone
/// else. Only the speech-verb rule reads its speaker from those words;
/// `named_in_a_complement` still withdraws a name that stands in what
/// another subject said.
fn frame_names_speaker(rule: Rule, evidence: &str, speaker: &str) -> bool {
    rule == Rule::SpeechVerb
        && name_words(speaker)
            .last()
            .is_some_and(|surname| words(evidence).iter().any(|w| w.text == *surname))
}

/// `“This is not the victory of Ann Vell,” she said`: a speaker who
/// names themselves in the third person (a politician's rhetoric) uses
/// the whole name, given name then surname; a person spoken to or about
/// by a colleague is named by the given name (`Clayton and I`) or by
/// title and surname (`Mr Dorn`). So a quote that holds the speaker's
/// given name and surname together does not veto a pronoun frame.
fn names_self_in_full(quote: &str, speaker: &str) -> bool {
    let names = name_words(speaker);
    let [given, surname] = names[..] else {
        return false;
    };
    let ws = words(quote);
    ws.windows(2).any(|pair| {
        let bare = without_possessive(pair[1].text);
        pair[0].text == given && bare == surname && pair[0].after.trim().is_empty()
    })
}

/// Whether the attribution words name the speaker only after another
/// subject's verb (`A leadership aide said Dorn wanted a vote`): the
/// name then stands in what the aide said, and the quote is the aide's.
/// A verb opening the words (`said Ann Reyes`) has the name as its
/// subject.
pub(super) fn named_in_a_complement(evidence: &str, speaker: &str) -> bool {
    let Some(surname) = name_words(speaker).last().copied().or_else(|| {
        // A body's name of one word (`Egypt`) is its own surname.
        let ws: Vec<&str> = speaker.split_whitespace().collect();
        ws.last().copied().filter(|w| ws.len() > 1 || w.len() > 2)
    }) else {
        return false;
    };
    let ws = words(evidence);
    let Some(at) = ws.iter().position(|w| w.text == surname) else {
        return false;
    };
    // `..., Comeaux said`, `said Mr. Culpepper told the room`: a name
    // with a speech verb of its own is that verb's subject.
    // `Karl Lind said Ivo Tamsin had told him`: an auxiliary may stand
    // between.
    let verb_at = match ws.get(at + 1) {
        Some(w) if w.is(&["had", "has", "have"]) => at + 2,
        _ => at + 1,
    };
    let own_verb = ws.get(verb_at).is_some_and(|w| {
        ws[verb_at - 1].after.trim().is_empty() && w.is(&["said", "says", "told", "tells"])
    });
    if own_verb {
        return false;
    }
    // The name's mention opens at the first of the capitalised words
    // ending in the surname (`Jean-Max Dorsainvil`).
    let mut opens = at;
    while opens > 0 && ws[opens - 1].is_capitalised() && ws[opens - 1].after.trim().is_empty() {
        opens -= 1;
    }
    // The verb is in the name's own clause: no comma between them but
    // one setting the name off (`named the prime minister, Jean-Max
    // Dorsainvil`); `On the night it was announced, Iran's foreign
    // minister, Ali Vaez, wrote` has the verb in another clause.
    // A document's verb (`The indictment says Dorn told`) reports what
    // the named person said: they are the speaker.
    let in_own_clause = |k: usize| {
        ws[k..opens.saturating_sub(1)]
            .iter()
            .all(|w| !w.after.contains(','))
    };
    // `The plan will hurt farmers, said Ana Vell,`: a verb right before
    // a name that ends the words or its clause has it as its subject.
    let ends_clause = at + 1 == ws.len() || ws[at].after.contains(',');
    if opens > 0 && ws[opens - 1].is(COMPLEMENT_VERBS) && ends_clause {
        return false;
    }
    let verb_before = |k: usize, w: &Word<'_>| {
        k > 0 && w.is(COMPLEMENT_VERBS) && !ws[k - 1].is(DOCUMENT_NOUNS) && in_own_clause(k)
    };
    ws[..opens]
        .iter()
        .enumerate()
        .any(|(k, w)| verb_before(k, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Occurrence;

    fn candidate(text: &str, speaker: &str, rule: Rule, evidence: &str, at: usize) -> Candidate {
        Candidate {
            occurrence: Occurrence {
                text: text.into(),
                span: Some(at..at + text.len()),
                kind: QuoteKind::Direct,
                speaker: Some(speaker.into()),
                role: None,
                actor: Some("somewhere".into()),
                via: None,
                date: jiff::civil::date(2020, 1, 1),
                evidence: Some(evidence.into()),
                evidence_span: Some(at + 100..at + 100 + evidence.len()),
                rule: Some(rule),
                anonymous: false,
                affiliation_evidence: None,
            },
            statement: true,
            block: Some(0),
        }
    }

    const PERSON_RULES: [Rule; 5] = [
        Rule::SpeechVerb,
        Rule::Pronoun,
        Rule::Descriptor,
        Rule::Continuation,
        Rule::LeadIn,
    ];

    /// Contradictions x rules: every rule that names a person loses a
    /// pick the quote or the words contradict, and keeps one they do not.
    #[test]
    fn contradictions_withdraw_whatever_rule_picked() {
        // (quote, attribution words, contradicted)
        let table = [
            ("Quoren and I talk every day.", "he said", true),
            ("Ask Daltavy, not me.", "he said", true),
            ("Daltavy's plan is dead.", "she said", true),
            ("We talk every day.", "he said", false),
            ("We talk every day.", "Daltavy said", false),
            ("We talk every day.", "said Quoren Daltavy", false),
            ("We talk.", "An aide said Daltavy wanted members", true),
            (
                "We talk.",
                "She criticized Daltavy for what she called",
                true,
            ),
            (
                "We talk.",
                "Tarn thanked Daltavy for his support and briefed him on what he called",
                true,
            ),
            ("We talk.", "The paper quoted Daltavy as saying", false),
            ("We talk.", "Asked whether he agreed, Daltavy said", false),
            (
                "We talk.",
                "When it was announced, the envoy, Daltavy, wrote",
                false,
            ),
            (
                "We talk.",
                "The indictment says Daltavy told an associate",
                false,
            ),
            (
                "We talk.",
                "He named the envoy, Quoren Daltavy, saying",
                true,
            ),
            (
                "We talk.",
                "Asked about a report that he had warned them, Daltavy said",
                false,
            ),
            ("We talk.", "One of them said Daltavy told the room", false),
            ("We talk.", "Karl Lind said Daltavy had told him", false),
            (
                "We talk.",
                "The plan will fail, said Quoren Daltavy, adding",
                false,
            ),
            ("We talk.", "The plan will fail, said Quoren Daltavy", false),
            ("We talk.", "A statement said Daltavy affirmed his", true),
        ];
        for rule in PERSON_RULES {
            for (quote, evidence, expected) in table {
                assert_withdrawn(quote, rule, evidence, expected);
            }
        }
    }

    /// Whether Quoren M. Daltavy Jr., given `quote` by `rule` through
    /// `evidence`, is withdrawn as its speaker.
    fn assert_withdrawn(quote: &str, rule: Rule, evidence: &str, withdrawn: bool) {
        let mut cs = [candidate(quote, "Quoren M. Daltavy Jr.", rule, evidence, 0)];
        withdraw_contradicted(&mut cs);
        assert_eq!(
            cs[0].occurrence.speaker.is_none(),
            withdrawn,
            "{rule:?} {quote} | {evidence}"
        );
    }

    /// A frame that names its speaker, and a pronoun's speaker named in
    /// full inside the quote, stand (a speaker naming themselves in the
    /// third person); a given name or a surname alone under a pronoun,
    /// and any name under a descriptor, still withdraw.
    #[test]
    fn a_speaker_naming_themselves_in_full_or_named_by_the_frame_stands() {
        let victory = "This is not the victory of Quoren Daltavy.";
        let table = [
            (victory, Rule::Pronoun, "he said in the House", false),
            (
                victory,
                Rule::SpeechVerb,
                "Chief Minister Quoren Daltavy said",
                false,
            ),
            (
                "Daltavy's plan is dead.",
                Rule::SpeechVerb,
                "Daltavy said",
                false,
            ),
            (victory, Rule::Descriptor, "the minister said", true),
            (victory, Rule::SpeechVerb, "he said", true),
            (
                "Quoren and I talk every day.",
                Rule::Pronoun,
                "he said",
                true,
            ),
            ("Daltavy's plan is dead.", Rule::Pronoun, "he said", true),
            ("Daltavy, Quoren is here.", Rule::Pronoun, "he said", true),
            (
                victory,
                Rule::SpeechVerb,
                "An aide said Daltavy wanted members",
                true,
            ),
        ];
        for (quote, rule, evidence, expected) in table {
            assert_withdrawn(quote, rule, evidence, expected);
        }
    }

    /// Reported speech names whom it likes: never withdrawn.
    #[test]
    fn reported_speech_is_never_withdrawn() {
        let mut cs = [candidate(
            "Brolt and Varnish had tabled a plan for the fighters in Brolt",
            "Brolt fighters",
            Rule::Reported,
            "Brolt fighters told Reuters that",
            0,
        )];
        cs[0].occurrence.kind = QuoteKind::Reported;
        withdraw_contradicted(&mut cs);
        assert!(cs[0].occurrence.speaker.is_some());
    }

    /// An unnamed source, an unnamed office and the editor's entry are
    /// descriptions or final: never withdrawn.
    #[test]
    fn descriptions_and_corrections_are_never_withdrawn() {
        for rule in [Rule::Anonymous, Rule::UnnamedOffice, Rule::Correction] {
            let mut cs = [candidate(
                "Quoren and I talk.",
                "Quoren Daltavy",
                rule,
                "An aide said Daltavy told",
                0,
            )];
            withdraw_contradicted(&mut cs);
            assert!(cs[0].occurrence.speaker.is_some(), "{rule:?}");
        }
    }

    /// A title in the speaker's name (`Father`) is no name the quote
    /// would use; a body's name in its own statement is no contradiction.
    #[test]
    fn titles_and_bodies_name_no_one_else() {
        let mut cs = [candidate(
            "Father, forgive them.",
            "Father Quoren Daltavy",
            Rule::Pronoun,
            "he said",
            0,
        )];
        withdraw_contradicted(&mut cs);
        assert!(cs[0].occurrence.speaker.is_some());
        let mut cs = [candidate(
            "The Brolt Ministry will act.",
            "Brolt Ministry",
            Rule::Body,
            "it said",
            0,
        )];
        withdraw_contradicted(&mut cs);
        assert!(cs[0].occurrence.speaker.is_some());
    }

    /// The quotes that rest on a withdrawn pick go with it: its
    /// continuation and a quote read from the same words; the next
    /// speaker's quote stays.
    #[test]
    fn a_withdrawn_pick_takes_its_continuations_along() {
        let mut cs = [
            candidate(
                "Quoren and I talk.",
                "Quoren Daltavy",
                Rule::Pronoun,
                "he said",
                0,
            ),
            candidate("It is hard.", "Quoren Daltavy", Rule::Pronoun, "he said", 0),
            candidate(
                "Still hard.",
                "Quoren Daltavy",
                Rule::Continuation,
                "he said",
                500,
            ),
            candidate("Not so.", "Brel Okavu", Rule::SpeechVerb, "Okavu said", 900),
        ];
        withdraw_contradicted(&mut cs);
        let speakers: Vec<_> = cs.iter().map(|c| c.occurrence.speaker.as_deref()).collect();
        assert_eq!(speakers, [None, None, None, Some("Brel Okavu")]);
    }
}
