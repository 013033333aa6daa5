//! Who speaks: the attribution clause next to a quote (`X said`, `said X`,
//! `X was quoted as saying by RIA`, `RIA quoted him as saying`, `according
//! to X`, `..., saying “...”`) and the noun phrase that names the speaker
//! (`Russian Deputy Foreign Minister Sergei Ryabkov`, `Yasser al-Youssef of
//! the Nureddine al-Zinki faction`, `the Kremlin`, `he`).

use std::ops::Range;

use super::frame;
use super::identity::is_name_suffix;
use super::lexicon::{ADDRESS_FORM_NOUNS, OPENING_TIME_ENDS, OPENING_TIME_STARTS, SUBJECT_OPENERS};
use super::lexicon::{
    ADVERBIAL_PREPOSITIONS, ANONYMOUS_DETERMINERS, BODY_HEAD_NOUNS, BODY_NAME_END_NOUNS,
    CLAUSE_OPENING_PARTICIPLES, CONJUNCTIONS, COUNTERPART_NOUNS, COUNTING_WORDS, DEMONYMS,
    DOCUMENT_NOUNS, EMPHATIC_REFLEXIVES, FEMALE_PERSON_NOUNS, GOVERNING_VERBS,
    HANDLING_PARTICIPLES, HONORIFICS, HYPHENATED_ADJECTIVE_ENDS, INVERTING_VERBS,
    IRREGULAR_PAST_VERBS, JUDGING_VERBS, LABEL_NOUNS, MAKING_PARTICIPLES, MALE_PERSON_NOUNS,
    MERIDIEM_WORDS, MONTH_NAMES, NAME_PARTICLES, NATIONALITY_COUNTRIES, NEVER_NAME_WORDS,
    OFFICE_LINK_WORDS, OFFICE_WORDS, ORGANISATION_WORDS, OUTLET_NOUNS, OWNED_SAYING_NOUNS,
    PARTY_MEMBER_NOUNS, POST_NOMINAL_LETTERS, PREPOSITIONS, PROFESSION_NOUNS, PRONOUNS,
    PUT_IT_WORDS, RECORD_NOUNS, REMARK_NOUNS, ROLE_NOUNS, SPEECH_GERUNDS, SPEECH_VERBS,
    STAFF_NOUNS, STANDING_ADJECTIVES, STATEMENT_NOUNS, SUBORDINATORS, TIME_ZONES, TITLES,
    TRANSCRIPT_LABEL_TITLES, US_STATES, WEEKDAY_NAMES,
};
use super::lexicon::{APPOSITION_PERSON_NOUNS, PERSON_NOUNS};
use super::lexicon::{
    AUXILIARIES, LABEL_SAYING_NOUNS, NO_ONE_LABELS, REPORTER_MEETING_VERBS, REPORTER_SIDE_OPENERS,
};
use super::text::{
    Word, is_auxiliary, is_lowercase, possessive_owner, rsplit_once_ascii, split_once_ascii,
    trim_clause, words, words_from,
};

/// Where the clause stands: before the quote or after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Before,
    After,
}

/// A speaker as the text names them, before the article and the registry
/// resolve the name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subject<'a> {
    /// The whole noun phrase, without a leading conjunction.
    pub phrase: &'a str,
    /// The person's or body's name inside the phrase (`Sergei Ryabkov`).
    pub name: Option<&'a str>,
    /// Words before the name (`Russian Deputy Foreign Minister`).
    pub descriptor: &'a str,
    /// `of the Nureddine al-Zinki faction`, `, a Syrian activist,`: words
    /// after the name that say who the speaker is.
    pub apposition: Vec<&'a str>,
    /// `he`, `she`, `they`...
    pub pronoun: Option<&'a str>,
    /// The phrase follows "the": a body, not a person.
    pub definite: bool,
    /// The name follows a preposition (`the groups in Aleppo`): a person
    /// only if the registry knows them (`officer of Fastaqim Hamza Qassab`).
    pub after_preposition: bool,
}

impl Subject<'_> {
    /// Holds a name that can be the subject, not one inside a phrase
    /// such as `in Aleppo`.
    pub fn names_someone(&self) -> bool {
        self.name.is_some() && !self.after_preposition
    }
}

/// An attribution clause found next to a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause<'a> {
    /// `None`: a participle with no subject of its own (`, adding that`):
    /// the speaker of the sentence goes on.
    pub subject: Option<Subject<'a>>,
    /// The speech verb, lowercase.
    pub verb: String,
    /// Byte range of the attribution words in the context.
    pub evidence: Range<usize>,
    /// The agency or outlet that carried the words.
    pub via: Option<&'a str>,
}

/// `X said the governor's “nothing is pre-set” remark ...`, `her “iron
/// lady” line`: a quote written as a possessor's words. Returns the
/// possessor as a subject phrase (`the governor`, `she` for `her`) and
/// the range of its words in `left`, the text before the quote.
pub fn possessor_of_quote<'a>(left: &'a str, right: &str) -> Option<(&'a str, Range<usize>)> {
    let after = words(right);
    if !after
        .first()
        .is_some_and(|w| is_lowercase(w) && w.is(REMARK_NOUNS))
    {
        return None;
    }
    let ws = words(left);
    let last = ws.last()?;
    if !left[last.end..].trim().is_empty() {
        return None;
    }
    let pronoun = match last.lower().as_str() {
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        _ => None,
    };
    if let Some(pronoun) = pronoun {
        return Some((pronoun, last.start..last.end));
    }
    let stem = possessive_owner(last.text)?;
    // `the governor's`, `Karl Lind's`: back over a capitalised name or to
    // a `the` at most three words before.
    let n = ws.len();
    let start = (n.saturating_sub(4)..n)
        .find(|&i| ws[i].is(&["the"]) && ws[i + 1..n - 1].iter().all(|w| w.after.trim().is_empty()))
        .or_else(|| {
            let mut i = n - 1;
            while i > 0 && ws[i - 1].is_capitalised() && ws[i - 1].after.trim().is_empty() {
                i -= 1;
            }
            last.is_capitalised().then_some(i)
        })?;
    let end = last.start + stem.len();
    Some((&left[ws[start].start..end], ws[start].start..last.end))
}

/// Speech verbs are lowercase: `States` in `the United States` is none.
fn is_verb(w: &Word<'_>) -> bool {
    is_lowercase(w) && w.is(SPEECH_VERBS)
}

/// `of the Crisis Group said the junta had`: what is said of a name ends
/// where the sentence's speech verb begins; the words after it are what
/// was said, and a body named there (`the junta`) is the topic, not the
/// speaker's side. A relative clause (`who told the inquiry`) keeps its
/// own verb.
pub(super) fn before_speech_verb(apposition: &str) -> &str {
    let ws = words(apposition);
    if ws
        .first()
        .is_some_and(|w| w.is(&["who", "which", "that", "whose"]))
    {
        return apposition;
    }
    ws.iter()
        .skip(1)
        .find(|w| is_verb(w))
        .map_or(apposition, |verb| {
            apposition[..verb.start].trim_end_matches([' ', ','])
        })
}

/// `ministers had been warned about it “...”`: the subject of a passive
/// heard the words (`was quoted` still says them).
fn is_passive(ws: &[Word<'_>], verb: usize) -> bool {
    verb > 0
        && ws[verb - 1].is(&["been", "being", "be", "was", "were", "is", "are"])
        && !ws[verb].is(&["quoted"])
}

/// A speech verb at `ws[i]`: one of the list, or `put it` as a frame
/// (`As Lind put it, the deal was “...”`, `put it more bluntly: “...”`),
/// not `put it on the table`.
fn is_verb_at(ws: &[Word<'_>], i: usize) -> bool {
    is_verb(&ws[i]) || puts_it(ws, i) || frame::is_reply_phrase(ws, i)
}

fn puts_it(ws: &[Word<'_>], i: usize) -> bool {
    if !(ws[i].text == "put" && ws.get(i + 1).is_some_and(|w| w.text == "it")) {
        return false;
    }
    // `it`, then up to three words of manner (`more bluntly`, `this
    // way`), then the punctuation that ends the frame.
    for k in i + 1..ws.len().min(i + 5) {
        let w = &ws[k];
        if w.after.contains([',', ':', '.', '—']) || k + 1 == ws.len() {
            return true;
        }
        let next = &ws[k + 1];
        let manner = next.is(PUT_IT_WORDS) || next.text.ends_with("ly") && is_lowercase(next);
        if !w.after.trim().is_empty() || !manner {
            return false;
        }
    }
    false
}

/// Most words after `put it` and its manner words for whom and where
/// (`put it to Fox News Digital later`, `put it in Geneva`).
const MAX_PUT_IT_PHRASE_WORDS: usize = 6;

/// `As Oberholtzer put it to Fox News Digital later: “...”`, `Ines
/// Hadjimarkou put it this way to me: “...”`, `as Mr. Wielgosz put it
/// in Geneva, “...”`: after `put it` (and its manner words), a phrase
/// that opens with a preposition (to whom, where, when), with no verb of
/// saying or `that` in it, up to the comma, colon or dash that ends the
/// frame. Read only before a quote: after one (`On the podcast, “Marsh
/// Lane Matters”, one host put it more bluntly last week: “...”`) the
/// frame is the next quote's, not the title's.
fn puts_it_with_phrase(ws: &[Word<'_>], i: usize) -> bool {
    if !(ws[i].text == "put" && ws.get(i + 1).is_some_and(|w| w.text == "it")) {
        return false;
    }
    let mut k = i + 1;
    let manner = |w: &Word<'_>| w.is(PUT_IT_WORDS) || w.text.ends_with("ly") && is_lowercase(w);
    while ws[k].after.trim().is_empty() && ws.get(k + 1).is_some_and(manner) {
        k += 1;
    }
    if !ws[k].after.trim().is_empty() {
        return false;
    }
    let Some(first) = ws.get(k + 1) else {
        return false;
    };
    if !first.is(&["to", "in", "on", "at", "during", "earlier", "later", "last"]) {
        return false;
    }
    let saying = |w: &&Word<'_>| w.is(SPEECH_VERBS) || w.is(&["that"]);
    let ends_frame = |w: &&Word<'_>| w.after.contains([',', ':', '—']);
    ws[k + 1..]
        .iter()
        .take(MAX_PUT_IT_PHRASE_WORDS)
        .find(|w| saying(w) || ends_frame(w))
        .is_some_and(|w| !saying(&w))
}

/// `“...,” it read.`, `“...,” the statement reads.`: `read` tells a
/// document's words after `it` or a document's noun, with nothing
/// between (`the sign read` is a label's, see `lexicon::LABEL_NOUNS`; `he
/// read` is someone reading out).
fn reads_document(ws: &[Word<'_>], i: usize) -> bool {
    let before = i.checked_sub(1).map(|b| &ws[b]);
    ws[i].is(&["read", "reads"])
        && is_lowercase(&ws[i])
        && before.is_some_and(|b| {
            b.after.trim().is_empty()
                && is_lowercase(b)
                && (b.is(&["it"])
                    || b.is(DOCUMENT_NOUNS)
                    || b.is(STATEMENT_NOUNS)
                    || b.is(RECORD_NOUNS))
        })
}

fn is_gerund(w: &Word<'_>) -> bool {
    is_lowercase(w) && w.is(SPEECH_GERUNDS)
}

/// Finds the attribution clause in `context`, the text between the quote
/// and the sentence boundary (or the next quote) on `side`.
/// `outlets` are the article's own outlet and agencies, which count as
/// outlets beside the well-known ones.
pub fn clause<'a>(context: &'a str, side: Side, outlets: &[&str]) -> Option<Clause<'a>> {
    let ws = words(context);
    match side {
        Side::Before => clause_before(context, &ws, outlets),
        Side::After => clause_after(context, &ws, outlets),
    }
}

/// Words allowed between a speech verb and the quote it leads into
/// (`said on 15 December that the world had “...”`).
const MAX_WORDS_TO_QUOTE: usize = 8;

/// Words allowed between a speech verb and the `that` leading into a
/// quote (`said in an interview with The Associated Press that ...`).
const MAX_WORDS_BEFORE_THAT: usize = 12;

fn clause_before<'a>(context: &'a str, ws: &[Word<'a>], outlets: &[&str]) -> Option<Clause<'a>> {
    let first = ws.iter().position(|w| !w.is(CONJUNCTIONS))?;
    // `On Thursday, according to Reyes, ...`.
    let opening = frame::after_opening_adverbial(ws, first);
    if opening > first
        && ws.len() > opening + 2
        && ws[opening].is(&["according"])
        && ws[opening + 1].is(&["to"])
    {
        let (phrase, end) = phrase_until_break(context, ws[opening + 2].start);
        let subject = parse_subject(phrase);
        if frame::names_a_rendering(phrase) {
            return None;
        }
        // Only a name straight after `to`: `according to a translation
        // by Jo Lin` is no word of Lin's.
        return subject.names_someone().then(|| Clause {
            subject: Some(subject),
            verb: "according".into(),
            evidence: trim_clause(context, ws[opening].start..end),
            via: None,
        });
    }
    if ws.len() > first + 2 && ws[first].is(&["according"]) && ws[first + 1].is(&["to"]) {
        // `According to the Kremlin, the deal was “...”`.
        let (phrase, end) = phrase_until_break(context, ws[first + 2].start);
        if frame::names_a_rendering(phrase) {
            return None;
        }
        // (`According to Reuters, a spokesperson said`: the verb's clause
        // is the quote's frame, read below.)
        if !reports_another_speaker(ws, end) {
            return Some(Clause {
                subject: Some(parse_subject(phrase)),
                verb: "according".into(),
                evidence: trim_clause(context, ws[first].start..end),
                via: None,
            });
        }
    }
    // The verb must lead into the quote: `said the two sides “...”`.
    let last = ws.len().checked_sub(1)?;
    let mut verbs = (0..ws.len())
        .rev()
        .take_while(|&i| last - i <= MAX_WORDS_TO_QUOTE)
        .filter(|&i| {
            (is_verb_at(ws, i) || puts_it_with_phrase(ws, i)) && !is_passive(ws, i)
                || is_gerund(&ws[i])
        });
    let mut v = match verbs.next() {
        Some(v) => v,
        None => match verb_before_that(ws)
            .or_else(|| verb_further_off(ws))
            .or_else(|| verb_before_bare_complement(ws))
            .or_else(|| governing_verb(context, ws))
        {
            Some(v) => v,
            None => {
                return owned_saying_label(context, ws)
                    .or_else(|| frame_by_form(context, ws, outlets))
                    .or_else(|| name_label(context, ws));
            }
        },
    };
    // `X said in an audio message posted online: “...”`: a participle
    // after a noun has no subject that names someone; the verb before it
    // does.
    if is_verb(&ws[v])
        && !subject_of(context, ws, v).is_some_and(|s| s.names_someone() || s.pronoun.is_some())
        && let Some(earlier) = verbs.find(|&i| {
            is_verb(&ws[i])
                && subject_of(context, ws, i)
                    .is_some_and(|s| s.names_someone() || s.pronoun.is_some())
        })
    {
        v = earlier;
    }
    let evidence = trim_clause(context, 0..context.len());
    // `..., with one envoy describing the draft as “...”`: the noun after
    // `with` is the subject of the participle, not the sentence's.
    if is_gerund(&ws[v])
        && let Some(with) = with_before_gerund(ws, v)
    {
        // (The name before an apposition's comma.)
        let noun = &context[ws[with + 1].start..ws[v - 1].end];
        let noun = noun.split(',').next().unwrap_or(noun);
        return Some(Clause {
            subject: Some(parse_subject(noun)),
            verb: ws[v].lower(),
            evidence,
            via: via(context, ws, outlets),
        });
    }
    // `The agency reported ..., quoting a customs official as saying`: the
    // one quoted said the words; the body only carried them.
    if let Some(quoted) = quoted_source(context, ws, v) {
        return Some(Clause {
            subject: Some(parse_subject(quoted)),
            verb: ws[v].lower(),
            evidence,
            via: via(context, ws, outlets),
        });
    }
    let finite = if is_gerund(&ws[v]) {
        (0..v).rev().find(|&i| is_verb(&ws[i]))
    } else {
        Some(v)
    };
    // `The report has Karl Lind saying`: the name between `has` and the
    // participle.
    if is_gerund(&ws[v])
        && let Some(h) = (v.saturating_sub(5)..v)
            .rev()
            .find(|&i| ws[i].is(&["has", "have", "had"]))
        && h + 1 < v
        && ws[h + 1..v]
            .iter()
            .all(|w| w.is_capitalised() || w.is(TITLES))
    {
        return Some(Clause {
            subject: Some(parse_subject(&context[ws[h + 1].start..ws[v - 1].end])),
            verb: ws[v].lower(),
            evidence,
            via: via(context, ws, outlets),
        });
    }
    let Some(f) = finite else {
        // `The ministry rejected it, saying “...”`: the sentence's subject.
        return Some(Clause {
            subject: leading_subject(context, ws).or_else(|| leading_descriptor(context, ws)),
            verb: ws[v].lower(),
            evidence,
            via: via(context, ws, outlets),
        });
    };
    // `The tariffs will hurt farmers, said Ann Reyes, “and ...”`: after
    // indirect speech, the name follows the verb.
    let own_subject = subject_of(context, ws, f);
    let inverted = f > 0
        && ws[f].is(INVERTING_VERBS)
        && ws[f - 1].after.contains(',')
        && !own_subject
            .as_ref()
            .is_some_and(|s| s.names_someone() || s.pronoun.is_some())
        && ws
            .get(f + 1)
            .is_some_and(|w| w.is_capitalised() && !w.is(PRONOUNS));
    let subject = if inverted {
        Some(parse_subject(
            phrase_until_break(context, ws[f + 1].start).0,
        ))
    } else {
        own_subject
    };
    Some(Clause {
        subject,
        verb: ws[f].lower(),
        evidence,
        via: via(context, ws, outlets),
    })
}

/// `said in an interview with the state channel Rossiya 24 that Moscow
/// had “...”`: a speech verb further off still leads into the quote
/// through `that`, when no punctuation breaks the words in between.
fn verb_before_that(ws: &[Word<'_>]) -> Option<usize> {
    let last = ws.len().checked_sub(1)?;
    // `told reporters that the detention and the ramming of the supply
    // boat at the shoal were “...”`, `said that if the bill is signed
    // tonight, funds will reach states “...”`: the whole that-clause is the
    // verb's, however long, while no other frame opens in it. The nearest
    // `that` is tried first, then those further off: `told X that A had
    // held and that B was`.
    (0..ws.len())
        .rev()
        .take_while(|&i| last - i <= MAX_WORDS_THAT_TO_QUOTE)
        .filter(|&i| ws[i].text == "that")
        .take_while(|&that| last - that <= MAX_WORDS_TO_QUOTE || complement_runs_on(ws, that))
        .enumerate()
        .find_map(|(nth, that)| {
            let v = (0..that)
                .rev()
                .take_while(|&i| that - i <= MAX_WORDS_BEFORE_THAT && ws[i].after.is_empty())
                .find(|&i| is_verb(&ws[i]))?;
            // `The minister said Turkey had told the UN that ...`: a
            // frame inside another frame's complement is no sure frame
            // for a quote far off; no speaker beats a wrong one.
            // Nor is a verb after a full stop: its subject is read across
            // the sentence before (`Reyes voted no. He said ... that`).
            let far = nth > 0 || last - that > MAX_WORDS_TO_QUOTE;
            let sentence_before = ws[..v]
                .iter()
                .any(|w| w.after.contains(['.', '?', '!']) && !w.is(TITLES) && w.text.len() > 1);
            (!far || !sentence_before && !(0..v).any(|i| is_verb_at(ws, i))).then_some(v)
        })
}

/// Words a that-clause may run before the quote it holds.
const MAX_WORDS_THAT_TO_QUOTE: usize = 24;

/// The words after `that` up to the quote are one clause: no speech
/// verb (a nearer frame would claim the quote), no colon, semicolon,
/// dash or parenthesis opening something else.
fn complement_runs_on(ws: &[Word<'_>], that: usize) -> bool {
    let last = ws.len() - 1;
    (that + 1..=last).all(|i| {
        !is_verb_at(ws, i)
            && !is_gerund(&ws[i])
            // `a demand that soldiers ride along, which the rebels call
            // “...”`: a relative clause has a subject of its own.
            && !ws[i].is(&["according", "which", "who", "whom", "whose"])
            // A name in the clause may be whose words the quote gives
            // (`that Reyes had called the plan “...”`, `that the agency
            // had written “...”`): abstain. (Letting names of bodies and
            // places through raised wrong persons on a check set.)
            && !ws[i].is_capitalised()
            && (i == last
                || !ws[i]
                    .after
                    .contains([';', ':', '(', '\u{2013}', '\u{2014}']))
    })
}

/// `in its report`, `in her letter`: after `in`, a document of someone
/// the complement names.
const SOURCE_DETERMINERS: &[&str] = &["its", "his", "her", "their"];

/// `which the rebels call “...”`, `heard Dorn describe the pumps as
/// “...”`: a naming verb in its plain form gives someone else's words.
const NAMING_BASE_FORMS: &[&str] = &["call", "describe", "term", "dub", "label", "brand"];

/// Most words from a sentence's governing verb to a quote in its
/// complement (`said in a statement on Thursday that ..., and that
/// travellers “...”`).
const MAX_WORDS_GOVERNED: usize = 30;

/// `Choe told reporters that Korean companies had invested more than
/// $100 billion in the United States and that “...”`, `Lavrinenko said
/// Russia had offered its military police, and that Moscow “...”`: the
/// sentence's own subject and its first verb, a verb of reporting,
/// govern every word after it, however long and however many commas and
/// names its complement holds, when nothing in the complement could make
/// the quote someone else's words. The nearer frames
/// ([`verb_before_that`], [`verb_further_off`]) stop at a comma or a
/// name; this reads the sentence from its start instead. Not when the
/// complement holds another speech verb or a participle of speech (`that
/// Dorn had called it`, `as quoted by`), a possessive (`Culpepper's
/// pledge to “...”`, whose words the quote may be), a relative clause
/// with a subject of its own (`which the rebels call`), `according to`, a
/// colon, semicolon, dash or parenthesis opening something else, a
/// document of someone's (`in its report`), or when
/// the verb is a passive or says through someone (`said through his
/// counsel, Tom Dorn, that`: the counsel spoke).
fn governing_verb(context: &str, ws: &[Word<'_>]) -> Option<usize> {
    let first = ws.iter().position(|w| !w.is(CONJUNCTIONS))?;
    let first = frame::after_opening_adverbial(ws, first);
    let v = (first + 1..ws.len()).find(|&i| is_verb_at(ws, i) || is_gerund(&ws[i]))?;
    if !ws[v].is(GOVERNING_VERBS)
        || !is_lowercase(&ws[v])
        || is_passive(ws, v)
        || ws.len() - v > MAX_WORDS_GOVERNED
        || ws.get(v + 1).is_some_and(|w| w.is(&["through", "via"]))
    {
        return None;
    }
    let complement = &ws[v + 1..];
    let last = complement.len().checked_sub(1)?;
    let opens_else = complement.iter().enumerate().any(|(k, w)| {
        is_verb_at(ws, v + 1 + k)
            || is_gerund(w)
            || w.is(NAMING_BASE_FORMS)
            // `the talks, which the envoys began ...`: a relative clause
            // with a subject of its own.
            || w.is(&["which", "whom", "whose"])
                && complement.get(k + 1).is_some_and(|n| {
                    n.is_capitalised() || n.is(PRONOUNS) || n.is(&["the", "a", "an"])
                })
            || w.is(&["according", "quoting", "written"])
            || reports_a_finding(complement, k)
            || owns_words(complement, k)
            || k < last && w.after.contains([';', ':', '(', ')', '\u{2013}', '\u{2014}'])
            // `that the Board, in its report, “strongly urged”`: a named
            // subject of the complement and its own document, whose words
            // the quote gives.
            || w.is(&["in"])
                && complement.get(k + 1).is_some_and(|n| n.is(SOURCE_DETERMINERS))
                && k > 0
                && complement[k - 1].is_capitalised()
    });
    if opens_else || complement.is_empty() {
        return None;
    }
    // The verb's subject opens the sentence, or is the name set off after
    // the office that does (`A WHO spokesperson, Tarik Halilović,
    // said`), not the object of an earlier clause.
    let subject = subject_of(context, ws, v)?;
    let start = (subject.phrase.as_ptr() as usize).checked_sub(context.as_ptr() as usize)?;
    // `the talks that Reyes said had stalled`: a relative clause's
    // subject inside the noun phrase is no subject of the sentence.
    let relative = words(subject.phrase)
        .iter()
        .any(|w| w.is(&["that", "which", "who", "whom"]));
    let person = !relative
        && (subject.names_someone()
            || subject.pronoun.is_some()
            || is_unnamed_description(subject.phrase));
    let opens = start <= ws[first].start + 2
        || leading_subject(context, ws).is_some_and(|l| l.phrase == subject.phrase);
    (opens && person).then_some(v)
}

/// `said its panel found that the delay had “...”`: a verb of finding or
/// ruling with `that` in a speech verb's complement reports another's
/// conclusion, which the quote may give. (`found no evidence`, `found Ms.
/// Vollmer “...”` are the subject's own account and stay.)
fn reports_a_finding(complement: &[Word<'_>], k: usize) -> bool {
    complement[k].is(JUDGING_VERBS) && complement.get(k + 1).is_some_and(|w| w.is(&["that"]))
}

/// Words after a possessive read for what it owns (`Dorn's opening
/// remarks`, `the Grand Canyon's South Rim`).
const MAX_WORDS_OWNED: usize = 3;

/// A possessive at `k` of a speech verb's complement that may make a
/// quote after it the owner's words, not the sentence subject's: it owns
/// something said or written (`that Culpepper's pledge to “...”`, `the
/// board's letter`, `Dorn's answer`) or the quote itself (`called for
/// Dorn's “...”`). A possessive owning a place, a thing or an act (`to
/// operate the Grand Canyon's South Rim “...”`, `inside Nimbara's network
/// for “...”`) leaves the quote the subject's, as any complement does.
fn owns_words(complement: &[Word<'_>], k: usize) -> bool {
    let w = &complement[k];
    if !(is_possessive(w.text) || w.text.ends_with("s'")) {
        return false;
    }
    let owned = &complement[k + 1..];
    if owned.is_empty() {
        return true;
    }
    for o in owned.iter().take(MAX_WORDS_OWNED) {
        if o.is(REMARK_NOUNS)
            || o.is(STATEMENT_NOUNS)
            || o.is(DOCUMENT_NOUNS)
            || o.is(RECORD_NOUNS)
            || o.is(LABEL_NOUNS)
            || o.is(OWNED_SAYING_NOUNS)
        {
            return true;
        }
        // The owned phrase ends at a preposition or a break: `network for`.
        if o.is(PREPOSITIONS) || !o.after.trim().is_empty() {
            return false;
        }
    }
    false
}

/// `A Pentagon official said ...`, `Two people involved in the talks,
/// who asked not to be named, said ...`: a governing verb's subject that
/// is an unnamed person's description, a noun phrase opening with an
/// indefinite determiner, speaks as surely as a name does (the contract
/// writes such a source as the speaker). A body or a definite description
/// (`The ministry`, `The report`) is left to the nearer frames: a body's
/// name read across a long complement was found to miss the name the
/// gold gives it as often as it hit.
fn is_unnamed_description(phrase: &str) -> bool {
    words(phrase)
        .first()
        .is_some_and(|w| w.is(ANONYMOUS_DETERMINERS))
        && super::noun_phrase::clean(phrase) == Some(phrase)
}

/// Words allowed between a speech verb and the subject pronoun opening
/// a complement without `that` (`said in a statement it would keep its
/// ads on the air in three states “...”`).
const MAX_WORDS_BEFORE_BARE_COMPLEMENT: usize = 6;

/// `said in a statement it would keep its ads “...”`: a complement
/// without `that` works as one with it. The complement opens with a
/// subject pronoun after the verb and a phrase of where or how it was
/// said; nothing but words stands between it and the quote.
fn verb_before_bare_complement(ws: &[Word<'_>]) -> Option<usize> {
    let last = ws.len().checked_sub(1)?;
    let opens = (0..ws.len())
        .rev()
        .take_while(|&i| last - i <= MAX_WORDS_TO_QUOTE_UNBROKEN && ws[i].after.trim().is_empty())
        .filter(|&i| {
            i > 0 && ws[i].is(&["it", "he", "she", "they", "we", "i"]) && is_lowercase(&ws[i])
                || ws[i].text == "I"
        })
        .last()?;
    // `said ... that it had`: a complement with `that` is read as one,
    // with its own reach.
    if ws[..opens]
        .iter()
        .rev()
        .take(MAX_WORDS_BEFORE_BARE_COMPLEMENT + 1)
        .any(|w| w.is(&["that"]))
    {
        return None;
    }
    (0..opens)
        .rev()
        .take_while(|&i| {
            opens - i <= MAX_WORDS_BEFORE_BARE_COMPLEMENT && ws[i].after.trim().is_empty()
        })
        .find(|&i| is_verb(&ws[i]) && !is_passive(ws, i))
}

/// Most lowercase words between a possessive and the noun it owns in a
/// label (`His closing line:`).
const MAX_LABEL_MODIFIERS: usize = 2;

/// `His answer: “...”`, `Chris Lund's verdict this morning: “...”`,
/// `Reyes's response — “...” —`: a label that is only an owner and a
/// noun of the words said, ended by a colon or dash right before the
/// quote, gives the quote to the owner. The label holds no verb, so no
/// speech verb frames it; its owner is its subject. `Its` (a body's
/// caption, a document's) and an owner led by anything but `the` (`a
/// Fairmont woman's letter`) are left.
fn owned_saying_label<'a>(context: &'a str, ws: &[Word<'a>]) -> Option<Clause<'a>> {
    let trimmed = context.trim_end();
    if !trimmed.ends_with([':', '—', '–']) {
        return None;
    }
    // The label's words: from after any timestamp or bullet dash to the
    // colon or dash that ends it.
    let label_end = ws.len().checked_sub(1)?;
    if !ws[label_end]
        .after
        .trim()
        .chars()
        .all(|c| matches!(c, ':' | '—' | '–'))
    {
        return None;
    }
    // The noun, possibly followed by a time (`this morning`, `on Tuesday`).
    let mut n = label_end;
    let time_words = |w: &Word<'_>| {
        w.is(WEEKDAY_NAMES)
            || w.is(&[
                "this",
                "on",
                "morning",
                "afternoon",
                "evening",
                "today",
                "tonight",
                "yesterday",
                "night",
                "last",
            ])
    };
    while n > 0 && time_words(&ws[n]) && !ws[n].is(LABEL_SAYING_NOUNS) {
        n -= 1;
    }
    if !(ws[n].is(LABEL_SAYING_NOUNS) && is_lowercase(&ws[n])) {
        return None;
    }
    // Up to two lowercase modifiers (`closing`, `opening`), then the owner.
    let mut o = n.checked_sub(1)?;
    let mut modifiers = 0;
    while is_lowercase(&ws[o])
        && !ws[o].is(&["his", "her", "their"])
        && !is_possessive(ws[o].text)
        && modifiers < MAX_LABEL_MODIFIERS
    {
        o = o.checked_sub(1)?;
        modifiers += 1;
    }
    // Nothing but spaces between the owner and the noun.
    if ws[o..n].iter().any(|w| !w.after.trim().is_empty()) {
        return None;
    }
    let (phrase, owner_start) = if ws[o].is(&["his", "her", "their"]) {
        let pronoun = match ws[o].lower().as_str() {
            "his" => "he",
            "her" => "she",
            _ => "they",
        };
        (pronoun, o)
    } else {
        let stem = possessive_owner(ws[o].text)?;
        // `Chris Lund's`: back over the capitalised words of the name;
        // `the minister's`: back to `the`, at most two words before.
        let mut start = o;
        if ws[o].is_capitalised() {
            while start > 0
                && ws[start - 1].is_capitalised()
                && ws[start - 1].after.trim().is_empty()
                && !ws[start - 1].is(&["the", "his", "her", "their", "its"])
            {
                start -= 1;
            }
        } else {
            start = (o.saturating_sub(2)..o).find(|&i| {
                ws[i].is(&["the"]) && ws[i..o].iter().all(|w| w.after.trim().is_empty())
            })?;
        }
        let end = ws[o].start + stem.len();
        (&context[ws[start].start..end], start)
    };
    // The label stands alone: it opens the sentence, or follows a
    // timestamp's or bullet's dash or colon.
    let before = context[..ws[owner_start].start].trim();
    if !(before.is_empty() || before.ends_with([':', '—', '–', '-'])) {
        return None;
    }
    let subject = parse_subject(phrase);
    if !(subject.names_someone() || subject.pronoun.is_some() || subject.definite) {
        return None;
    }
    Some(Clause {
        subject: Some(subject),
        verb: "said".into(),
        evidence: trim_clause(context, ws[owner_start].start..context.len()),
        via: None,
    })
}

/// `Lib Dem health spokesperson Helen Duckmanton: “...”`, `From
/// Ratnayake: “...”`, `A few words from the prosecutor Ann Reyes,
/// leaving courtroom 4: “...”`, `Dabaso, for the President-elect: “...”`:
/// live blogs, digests and briefings label a quote with its speaker's
/// name and no verb at all. A sentence with no finite verb, ended by the
/// colon right before the quote, whose first piece (to its first comma
/// or parenthesis) is a person's name with the words that describe
/// them, or ends in `from` and such a name, frames the quote for that
/// person; what follows the comma only describes them (`speaking to
/// Citizen TV outside her home`). A name after any other preposition
/// (`To Jo Lin:`, `Tom Achterberg to Bernardi:`) is the one addressed or
/// spoken of; a piece with a verb by its form (`Ministers attacked Jo
/// Lin:`) is a sentence of its own, read by the rules before.
fn name_label<'a>(context: &'a str, ws: &[Word<'a>]) -> Option<Clause<'a>> {
    let last = ws.len().checked_sub(1)?;
    if ws[last].after.trim() != ":" || !context.trim_end().ends_with(':') {
        return None;
    }
    // A live blog's heading (`**4:30 p.m. — White House: “...”**`)
    // labels the entry whose words it repeats: the entry says who spoke
    // (a spokesperson, for a body or a capital), and the heading's quote
    // is theirs by the same statement.
    let opening_mark = context.trim_start();
    if ["**", "__"]
        .iter()
        .any(|m| opening_mark.starts_with(m) && !opening_mark[m.len()..].contains(m))
    {
        return None;
    }
    // After a bullet, a bold label and a live blog's time.
    let marks = frame::lead_marks_end(context);
    let first = ws.iter().position(|w| w.start >= marks)?;
    // A label after a live blog's time heads an entry (`**4:30 p.m. ET —
    // White House: “...”**`), whose paragraphs say who spoke: the entry
    // heading's rule reads it.
    if clock_words(&ws[first..]) > 0 {
        return None;
    }
    let opening = ws.get(first)?;
    let verb_like = |w: &Word<'_>| {
        is_lowercase(w)
            && (w.is(SPEECH_VERBS)
                || w.is(AUXILIARIES)
                || frame::is_past_verb(w)
                || w.is(&[
                    "will", "would", "can", "could", "may", "might", "must", "should",
                ]))
    };
    if ws[first..].iter().any(verb_like)
        || opening.is(&[
            "dear", "to", "re", "on", "about", "his", "her", "their", "its",
        ])
    {
        return None;
    }
    // The name's piece: to the first comma or parenthesis, after a
    // `from` in it (`A caveat from our polling expert Dr Meena Sandhu`).
    let piece_end =
        (first..=last).find(|&k| k == last || ws[k].after.contains([',', '(', ';', '—', '–']))?;
    let name_start = (first..=piece_end)
        .rev()
        .find(|&k| ws[k].is(&["from"]) && is_lowercase(&ws[k]) || ws[k].text == "From")
        .map_or(first, |k| k + 1);
    if name_start > piece_end {
        return None;
    }
    // Before `from`, only the words' noun (`A few words`, `Quote`); in
    // the name's piece a lowercase word in -s may be a verb (`The union
    // comments on the verdict through its secretary Jo Lin`).
    let present_verb = |w: &Word<'_>| {
        is_lowercase(w) && w.text.ends_with('s') && !w.text.ends_with("ss") && !w.is(TITLES)
    };
    // A preposition in the name's piece makes the name someone spoken
    // of or to (`Her message to the Commission`).
    // (The lexicon's prepositions hold the articles and `and`, which a
    // description has: `the prosecutor Jo Lin`.)
    let preposition = |w: &Word<'_>| {
        is_lowercase(w) && w.is(PREPOSITIONS) && !w.is(&["the", "a", "an", "and", "of"])
    };
    if ws[name_start..=piece_end]
        .iter()
        .any(|w| present_verb(w) || preposition(w))
    {
        return None;
    }
    // A second person named after the piece (`From Rinascita Nazionale,
    // the leader in the Senate Riccardo Bellandi:`) may be the speaker.
    if ws[piece_end + 1..].windows(2).any(|pair| {
        is_name_word(&pair[0]) && is_name_word(&pair[1]) && pair[0].after.trim().is_empty()
    }) {
        return None;
    }
    // A single word is a surname only after `from` or a description:
    // `Quote:` and `Update:` label no one.
    let single = name_start == piece_end;
    if single && (ws[piece_end].is(NO_ONE_LABELS) || ws[piece_end].text.chars().count() < 3) {
        return None;
    }
    let phrase = &context[ws[name_start].start..ws[piece_end].end];
    let subject = parse_subject(phrase);
    // The name closes the piece: `Jo Lin to Ana Reyes` ends in the one
    // addressed, which `parse_subject` reads after a preposition.
    let name_closes = subject
        .name
        .is_some_and(|name| phrase.trim_end_matches(['.', ',']).ends_with(name));
    if !(subject.names_someone() && name_closes) {
        return None;
    }
    Some(Clause {
        subject: Some(subject),
        verb: "said".into(),
        evidence: trim_clause(context, ws[first].start..context.len()),
        via: None,
    })
}

/// `Nadia Voss harrumphed: “...”`, `Thaddeus Kowal sent us a statement:
/// “...”`, `The Renewal Project bristled that ...`: no listed verb, but
/// the sentence's subject, a verb by its form and a colon or `that`
/// leading into the quote make a frame; so does a copula with words of
/// manner (`the senator was blunt: “...”`).
fn frame_by_form<'a>(context: &'a str, ws: &[Word<'a>], outlets: &[&str]) -> Option<Clause<'a>> {
    let first = ws.iter().position(|w| !w.is(CONJUNCTIONS))?;
    let first = frame::after_opening_adverbial(ws, first);
    // A listed verb keeps its own reach: only verbs by their form here.
    let v = (first + 1..ws.len()).find(|&i| {
        !is_verb(&ws[i])
            && (frame::is_past_verb(&ws[i])
                && frame::leads_into_quote(context, ws, i)
                && !is_passive(ws, i)
                || frame::copula_of_manner(context, ws, i))
    })?;
    // The verb follows the subject straight: the subject opens the
    // sentence, and no clause opens after the last comma before the verb
    // (`Voss, who chairs the panel, harrumphed` is one subject).
    let subject = subject_of(context, ws, v)?;
    let subject_start = (subject.phrase.as_ptr() as usize).checked_sub(context.as_ptr() as usize)?;
    let after_comma = (first..v)
        .rev()
        .find(|&k| ws[k].after.contains(','))
        .map_or(first, |k| k + 1);
    if subject_start > ws[first].start + 2
        || ws[after_comma..v]
            .iter()
            .any(|w| w.is(SUBORDINATORS) || w.is(&["who", "which", "that"]))
    {
        return None;
    }
    let person = subject.names_someone()
        || subject.pronoun.is_some()
        || words(subject.phrase).last().is_some_and(|w| {
            w.is(TITLES) || w.is(PROFESSION_NOUNS) || w.is(ROLE_NOUNS) || w.is(OFFICE_WORDS)
        });
    if !person {
        return None;
    }
    Some(Clause {
        subject: Some(subject),
        verb: ws[v].lower(),
        evidence: trim_clause(context, 0..context.len()),
        via: via(context, ws, outlets),
    })
}

/// Words allowed between a speech verb and its quote when nothing breaks
/// them (`said the tariff would cost farmers in Queensland and New South
/// Wales “...”`).
const MAX_WORDS_TO_QUOTE_UNBROKEN: usize = 12;

/// A speech verb further off than [`MAX_WORDS_TO_QUOTE`] still leads into
/// the quote when no punctuation and no relative clause (`which the
/// rebels call`) come between.
fn verb_further_off(ws: &[Word<'_>]) -> Option<usize> {
    let last = ws.len().checked_sub(1)?;
    (0..last)
        .rev()
        .take_while(|&i| {
            last - i <= MAX_WORDS_TO_QUOTE_UNBROKEN
                && ws[i].after.trim().is_empty()
                && !ws[i + 1].is(&["which", "who", "whom", "whose"])
        })
        .find(|&i| is_verb_at(ws, i) && !is_passive(ws, i))
}

fn clause_after<'a>(context: &'a str, ws: &[Word<'a>], outlets: &[&str]) -> Option<Clause<'a>> {
    if ws.len() >= 3 && ws[0].is(&["according"]) && ws[1].is(&["to"]) {
        let np = phrase_until_break(context, ws[2].start);
        if frame::names_a_rendering(np.0) {
            return None;
        }
        // `according to its spokesman, Lucas Verbeek`: the name after the
        // description.
        let rest = context[np.1..].trim_start_matches([',', ' ']);
        let apposition = rest.split([',', ';', '(', '—']).next().unwrap_or("").trim();
        let apposition = apposition.trim_end_matches(['.', '!', '?']);
        let subject = if context[np.1..].starts_with(',') && !apposition.is_empty() {
            description_named_after(parse_subject(np.0), apposition)
        } else {
            parse_subject(np.0)
        };
        return Some(Clause {
            subject: Some(subject),
            verb: "according".into(),
            evidence: trim_clause(context, 0..np.1),
            via: None,
        });
    }
    // `“...,” while her campaign said it ...`: a clause set against the
    // quote tells of other words, not of these.
    if ws.first().is_some_and(|w| w.is(&["while", "whereas"])) {
        return None;
    }
    let v = verb_after(ws)?;
    // The clause ends at the first comma after the verb and its object.
    let end = ws[v..]
        .iter()
        .find(|w| w.after.contains([',', ';', '—']))
        .map_or(context.len(), |w| w.end);
    let evidence = trim_clause(context, 0..end.max(ws[v].end));
    // The agency may come after the clause: `said Monday, according to RIA`.
    let via = via(context, ws, outlets);
    if is_gerund(&ws[v]) && v == 0 {
        return Some(Clause {
            subject: None,
            verb: ws[v].lower(),
            evidence,
            via,
        });
    }
    let subject = if v == 0 {
        // `said Russian Defense Ministry spokesperson Igor Konashenkov`,
        // `said Ivo Tam, Atlantis's presidential spokesman`
        let (phrase, end) = phrase_until_break(context, ws[0].end);
        let mut subject = parse_subject(phrase);
        let rest = context[end..].trim_start_matches([',', ' ']);
        let apposition = rest.split([',', ';', '(', '—']).next().unwrap_or("").trim();
        let apposition = apposition.trim_end_matches(['.', '!', '?']);
        if context[end..].starts_with(',') && !apposition.is_empty() {
            subject = description_named_after(subject, apposition);
        }
        Some(subject)
    } else {
        subject_of(context, ws, v)
    };
    Some(Clause {
        subject,
        verb: ws[v].lower(),
        evidence,
        via,
    })
}

/// `“...,” said the group's president, Kathleen Szymanek.`: a speaker
/// described after the verb (the, a possessive) with no name, whose
/// apposition is a person's full name, is that person; the description
/// says who they are. Without this the description alone reaches back
/// for whoever held the office last (`the group's president` of another
/// group, named paragraphs before). A single word (`said the minister,
/// Mubarak`) may be a place or a body and is left as an apposition; so
/// is anything that is not a name throughout (`said the spokesman,
/// speaking in Geneva`).
fn description_named_after<'a>(mut subject: Subject<'a>, apposition: &'a str) -> Subject<'a> {
    let described = subject.name.is_none()
        && subject.pronoun.is_none()
        && words(subject.phrase)
            .first()
            .is_some_and(|w| w.is(&["the", "its", "their"]) || is_possessive(w.text));
    let names = words(apposition);
    if described && names.len() >= 2 && names.iter().all(is_name_word) {
        let mut person = parse_subject(apposition);
        if person.name.is_some() {
            person.apposition.push(subject.phrase);
            return person;
        }
    }
    subject.apposition.push(apposition);
    subject
}

/// Words after a quote that may stand before its speech verb: the words
/// of a relative clause set off by commas (`Kerry, who spent a week in
/// Lausanne, said`) do not count.
const MAX_WORDS_TO_VERB: usize = 13;

/// The speech verb of the words after a quote.
fn verb_after(ws: &[Word<'_>]) -> Option<usize> {
    let mut counted = 0;
    let mut relative = false;
    for (i, w) in ws.iter().enumerate() {
        if !relative && (is_verb(w) || is_gerund(w) || puts_it(ws, i) || reads_document(ws, i)) {
            return Some(i);
        }
        let opens_relative = i > 0
            && ws[i - 1].after.contains(',')
            && w.is(&["who", "which", "whose", "whom"])
            && is_lowercase(w);
        relative = (relative || opens_relative) && !w.after.contains(',');
        if !relative && !opens_relative {
            counted += 1;
        }
        if counted >= MAX_WORDS_TO_VERB {
            return verb_after_apposed_name(ws).or_else(|| any_verb_before_name(ws));
        }
    }
    pronoun_and_any_verb(ws).or_else(|| any_verb_before_name(ws))
}

/// Whether the words after a quote are its frame only by
/// [`pronoun_and_any_verb`], with no verb of saying.
pub fn frames_by_any_verb(context: &str) -> bool {
    let ws = words(context);
    pronoun_and_any_verb(&ws).is_some()
        && !(0..ws.len()).any(|i| {
            is_verb(&ws[i]) || is_gerund(&ws[i]) || puts_it(&ws, i) || reads_document(&ws, i)
        })
}

/// `“...,” she sums up.`, `“...,” he smiles.`: a pronoun and a verb alone
/// after a quote (and a particle) make the quote's frame whatever the
/// verb, as a speech verb would; translated reports use many.
fn pronoun_and_any_verb(ws: &[Word<'_>]) -> Option<usize> {
    const PARTICLES: &[&str] = &["up", "on", "out", "back"];
    // A copula, or reading out a document's words (`he read`).
    const NOT_FRAMING: &[&str] = &["is", "was", "has", "does", "read", "reads"];
    let [pronoun, verb, rest @ ..] = ws else {
        return None;
    };
    let finite = verb.text.bytes().all(|b| b.is_ascii_lowercase())
        && !verb.is(NOT_FRAMING)
        && (verb.text.ends_with("ed")
            || verb.text.ends_with('s') && !verb.text.ends_with("ss")
            || verb.is(IRREGULAR_PAST_VERBS));
    let last = match rest {
        [] => verb,
        [particle] if particle.is(PARTICLES) => particle,
        _ => return None,
    };
    // The frame ends its sentence there.
    let ends = last.after.contains(['.', '!']) || last.after.trim().is_empty();
    (pronoun.is(&["he", "she"]) && is_lowercase(pronoun) && finite && ends).then_some(1)
}

/// `“...,” confides Julien Turpin, 29, a machinist`, `“...,” indicated
/// Colonel Prosper Lokwa, spokesman`, `“...,” summarizes Ms. Tremblay.`:
/// reports translated from French, Italian, Spanish or Portuguese keep
/// the verb before its subject after a quote, with verbs English copy
/// does not frame with (`confie`, `indique`, `résume`, `proteste`). A
/// lowercase finite verb straight after the quote and then a person's
/// name set off by a comma or the sentence's end frame the quote
/// whatever the verb, as a pronoun and any verb do
/// ([`pronoun_and_any_verb`]). The name must fill its piece: `“Show Up,”
/// featured Ms. Ruiz on a hospital visit` names her in something else
/// (a title's ad), and `uses the phrase` names no one.
fn any_verb_before_name(ws: &[Word<'_>]) -> Option<usize> {
    // A copula, reading out a document's words (`reads the affidavit`),
    // or an outlet's report of another's words (`reports Agence
    // France-Presse`, `cites Le Monde`).
    const NOT_FRAMING: &[&str] = &[
        "is", "was", "has", "does", "read", "reads", "means", "reports", "reported", "cites",
        "cited", "quotes",
    ];
    let [verb, name @ ..] = ws else {
        return None;
    };
    let finite = verb.text.bytes().all(|b| b.is_ascii_lowercase())
        && !verb.is(NOT_FRAMING)
        && verb.after.trim().is_empty()
        && (verb.text.len() > 4 && verb.text.ends_with("ed")
            || verb.text.len() > 3 && verb.text.ends_with('s') && !verb.text.ends_with("ss")
            || verb.is(IRREGULAR_PAST_VERBS));
    if !finite {
        return None;
    }
    // The name's piece: up to the first comma or the sentence's end (a
    // title's stop, `Ms.`, ends neither).
    let end = name
        .iter()
        .position(|w| {
            w.after.contains([',', '!', '?', ';', ':', '('])
                || w.after.contains('.') && !is_title(w) && !w.is(HONORIFICS)
        })
        .unwrap_or(name.len().checked_sub(1)?);
    let piece = &name[..=end];
    let titled = piece
        .iter()
        .take_while(|w| is_title(w) || w.is(HONORIFICS))
        .count();
    let named = &piece[titled..];
    let is_name = !named.is_empty()
        && named
            .iter()
            .all(|w| is_name_word(w) || w.is(NAME_PARTICLES) && w.text.starts_with(char::is_lowercase))
        && named.first().is_some_and(is_name_word)
        && named.last().is_some_and(is_name_word)
        // A given name alone is no one; a surname after a title is.
        && (named.len() >= 2 || titled > 0);
    is_name.then_some(0)
}

/// The `with` whose noun is the subject of the gerund `ws[v]`: `with one
/// envoy describing`, up to seven words with no punctuation between, or
/// a name set off by an apposition (`with Rupert Stannage, the shadow
/// health secretary, warning`), which news writing gives its own commas.
fn with_before_gerund(ws: &[Word<'_>], v: usize) -> Option<usize> {
    const MAX_PLAIN_WORDS: usize = 7;
    const MAX_APPOSED_WORDS: usize = 12;
    let with = (v.saturating_sub(MAX_APPOSED_WORDS)..v)
        .rev()
        .find(|&i| ws[i].is(&["with"]))?;
    if with + 1 >= v {
        return None;
    }
    let plain =
        v - with <= MAX_PLAIN_WORDS && ws[with..v - 1].iter().all(|w| w.after.trim().is_empty());
    let breaks = || ws[with..v].iter().filter(|w| !w.after.trim().is_empty());
    let apposed = ws[with + 1].is_capitalised()
        && ws[v - 1].after.trim() == ","
        && breaks().count() == 2
        && breaks().all(|w| w.after.trim() == ",");
    (plain || apposed).then_some(with)
}

/// Words after a quote that may stand before a speech verb closing the
/// apposition of a name that opens them.
const MAX_WORDS_TO_APPOSED_VERB: usize = 30;

/// `“...,” Hélène Darrigade, secretary general of CISPE, the European
/// cloud trade group that brought the original complaint, said`: a name
/// opening the words after a quote, set off by a comma, is the subject
/// of the speech verb that follows the comma closing its apposition,
/// however long the description (a place, a body, a relative clause).
fn verb_after_apposed_name(ws: &[Word<'_>]) -> Option<usize> {
    let name_end = ws.iter().take_while(|w| is_name_word(w)).count();
    let named = name_end >= 2 && ws[name_end - 1].after.contains(',');
    if !named {
        return None;
    }
    (name_end..ws.len().min(MAX_WORDS_TO_APPOSED_VERB))
        .find(|&i| ws[i - 1].after.contains(',') && is_verb(&ws[i]))
}

/// Words a body is said to quote between `quoting` and `as` before the
/// gerund `ws[v]` (`quoting a customs official as saying`).
fn quoted_source<'a>(context: &'a str, ws: &[Word<'a>], v: usize) -> Option<&'a str> {
    const MAX_SOURCE_WORDS: usize = 8;
    if !is_gerund(&ws[v]) || v < 3 || !ws[v - 1].is(&["as"]) {
        return None;
    }
    let quoting = (v.saturating_sub(MAX_SOURCE_WORDS + 2)..v - 2)
        .rev()
        .find(|&i| ws[i].is(&["quoting"]))?;
    let source = &ws[quoting + 1..v - 1];
    let (first, last) = (source.first()?, source.last()?);
    source[..source.len() - 1]
        .iter()
        .all(|w| w.after.trim().is_empty())
        .then(|| &context[first.start..last.end])
}

/// The `as` after `quoted`'s object from `ws[from]`: within eight words,
/// or, before a gerund, within sixteen with no clause break between
/// (`SUNA quoted Sovereignty Council member Major General Ann Reyes as
/// saying`, `quoted Ann Reyes at the news conference in Tarn as telling`).
fn as_before_gerund(ws: &[Word<'_>], from: usize) -> Option<usize> {
    const NEAR: usize = 8;
    const FAR: usize = 16;
    (from + 1..ws.len().min(from + FAR))
        .take_while(|&i| !ws[i - 1].after.contains(['?', '!', ';', ':']))
        .find(|&i| {
            ws[i].is(&["as"])
                && !ws[i].after.contains(',')
                && (i < from + NEAR || ws.get(i + 1).is_some_and(is_gerund))
        })
}

/// `The statement also quoted Commandant Gregorio Almonte saying`: the
/// gerund straight after a name (titles and capitalised words only, no
/// punctuation) that opens at `ws[from]`, where news writing leaves out
/// `as`.
fn gerund_after_name(ws: &[Word<'_>], from: usize) -> Option<usize> {
    const MAX_NAME_WORDS: usize = 7;
    let gerund = (from..ws.len().min(from + MAX_NAME_WORDS + 1))
        .find(|&i| !(ws[i].is_capitalised() || ws[i].is(TITLES)))?;
    let unbroken = ws[from..gerund].iter().all(|w| w.after.trim().is_empty());
    (gerund > from && unbroken && is_gerund(&ws[gerund])).then_some(gerund)
}

/// `quoted`'s object up to `as`, without what says where or when it was
/// said or who the person is after a comma (`Ann Reyes, a member of the
/// delegation,`, `Ann Reyes at the news conference`).
fn object_of_quoted(object: &str) -> &str {
    let object = object.split(',').next().unwrap_or(object);
    let ws = words(object);
    let end = ws
        .iter()
        .skip(1)
        .find(|w| w.is(&["at", "in", "on", "during", "after", "before"]))
        .map_or(object.len(), |w| w.start);
    object[..end].trim()
}

/// The subject of the verb `ws[v]`: `RIA quoted him as saying` -> him,
/// `X was quoted as saying` -> X, else the noun phrase before the verb.
fn subject_of<'a>(context: &'a str, ws: &[Word<'a>], v: usize) -> Option<Subject<'a>> {
    // `RIA quoted him as saying`, `Yonhap quoted Foreign Minister Yun
    // Byung-se as saying`: the object is the speaker.
    if ws[v].is(&["quoted"])
        && let Some(object) = ws.get(v + 1).filter(|w| !w.is(&["as", "by", "in"]))
        && let Some(as_at) = as_before_gerund(ws, v + 1).or_else(|| gerund_after_name(ws, v + 1))
    {
        let object = &context[object.start..ws[as_at].start];
        return Some(parse_subject(object_of_quoted(object)));
    }
    // `Im paused, then added:`, `She smiled and said`: the subject of
    // the verb before.
    let mut v = v;
    while v >= 2 && ws[v - 1].is(&["then", "and"]) && ws[v - 1].after.is_empty() {
        let previous = &ws[v - 2];
        if previous.is(&["then", "and"]) {
            v -= 1;
            continue;
        }
        if !is_lowercase(previous) || !previous.text.ends_with("ed") {
            break;
        }
        v -= 2;
    }
    // `Tom Dorn went on to say`, `Ann Reyes declined to say`: the subject
    // of the verb before `to`.
    if v >= 2 && ws[v - 1].is(&["to"]) && ws[v - 2].after.trim().is_empty() {
        let mut u = v - 1;
        if ws[u - 1].is(&["on"]) && u >= 2 {
            u -= 1;
        }
        if is_lowercase(&ws[u - 1]) && !ws[u - 1].is(PRONOUNS) {
            v = u - 1;
        }
    }
    let mut before = &context[..ws[v].start];
    // `Vane, who had called it “...”`: the relative pronoun stands for
    // the name before it.
    if v >= 1 && ws[v - 1..v].iter().any(|w| w.is(&["who"]))
        || v >= 2 && ws[v - 2].is(&["who"]) && is_auxiliary(&ws[v - 1])
    {
        let who = if ws[v - 1].is(&["who"]) { v - 1 } else { v - 2 };
        if who >= 1 && ws[who - 1].after.contains(',') {
            before = &context[..ws[who - 1].end];
            // `Ann Reyes, chair of the panel, who told`: with the comma
            // before `who` kept, the name is read past the apposition, as
            // before any verb; only when one apposition stands between
            // and a name alone is left (`..., asked about Tom Dorn, the
            // union's head, who called it` keeps the head).
            let past_apposition = noun_phrase_before(&context[..ws[who].start]);
            if past_apposition.1.len() == 1 && is_bare_name(past_apposition.0) {
                before = &context[..ws[who].start];
            }
        }
    }
    let (mut np, appositions) = noun_phrase_before(before);
    // `Three senators opposed it, including Sen. Ann Reyes of Tarn, who
    // said`: the relative clause is said of the one person named after
    // `including`, not of the group.
    if before.len() < context[..ws[v].start].len()
        && let Some(named) = np.trim_start().strip_prefix("including ")
        && parse_subject(named)
            .name
            .is_some_and(|n| n.split_whitespace().count() >= 2)
        && !words(named).iter().any(|w| w.is(&["and", "or"]))
    {
        np = named;
    }
    if np.trim().is_empty() {
        return None;
    }
    let mut subject = parse_subject(np);
    subject.apposition.extend(appositions);
    Some(subject)
}

/// Words read after `who` for the speech verb of a relative clause
/// (`who said at Tuesday's hearing that`).
const MAX_RELATIVE_CLAUSE_WORDS: usize = 10;

/// `Gary Kressler, who said Tuesday that “...,” told The Hill`: the
/// words before a quote end in a relative clause on a name, whose own
/// speech verb leads into the quote; the quote is the words of the
/// name `who` stands for, not of the sentence's main verb after it.
pub fn quote_in_relative_clause(left: &str) -> bool {
    let ws = words(left);
    let Some(who) = ws.iter().rposition(|w| w.is(&["who"])) else {
        return false;
    };
    let clause = &ws[who + 1..];
    who >= 1
        && ws[who - 1].after.contains(',')
        && !clause.is_empty()
        && clause.len() <= MAX_RELATIVE_CLAUSE_WORDS
        && clause[..clause.len() - 1]
            .iter()
            .all(|w| w.after.trim().is_empty())
        && clause
            .iter()
            .take(3)
            .any(|w| is_lowercase(w) && w.is(SPEECH_VERBS))
}

/// `, told The Hill`: the words after a quote open with a lowercase
/// word, no pronoun: a predicate going on without a subject of its own.
pub fn predicate_goes_on(after: &str) -> bool {
    words(after)
        .first()
        .is_some_and(|w| is_lowercase(w) && !w.is(PRONOUNS))
}

/// `Sen. Ann Reyes`, `Ann Reyes`: a name, with titles and particles,
/// and nothing else.
fn is_bare_name(phrase: &str) -> bool {
    let ws = words(phrase);
    ws.iter().any(is_name_word)
        && ws
            .iter()
            .all(|w| is_name_word(w) || w.is(TITLES) || w.is(NAME_PARTICLES))
}

/// `Ann Reyes thanked the volunteers and said`, `In a statement, Reyes
/// congratulated Dorn and said`: the last speech verb of the words before
/// a quote, joined by `and` to an earlier verb of the clause, shares that
/// verb's subject, the name the sentence opens with. Only when a
/// lowercase word (the earlier verb and its object) stands between that
/// name and `and`: `Ann Reyes and Tom Dorn said` is a list of speakers,
/// not a coordination. The last speech word may also be a participle set
/// off by a comma (`Ann Reyes said it was “...,” adding`, see
/// `participle_clause`); the name's own verb must then be a speech verb,
/// or, when the sentence has none before the participle, any verb in the
/// past (`Ann Reyes welcomed the deal, saying`).
pub fn coordinated_subject(context: &str) -> Option<Subject<'_>> {
    let ws = words(context);
    let v = (0..ws.len())
        .rev()
        .find(|&i| is_verb(&ws[i]) || is_gerund(&ws[i]))?;
    let participle = is_gerund(&ws[v]);
    let joint = if participle {
        participle_clause(&ws, v)?
    } else {
        // `... stopped short of endorsing it but said`: `but` joins two
        // verbs of one subject as `and` does.
        v.checked_sub(1).filter(|&a| ws[a].is(&["and", "but"]))?
    };
    let before = &context[..ws[joint].start];
    let subject = introduced(before)
        .into_iter()
        .next()
        .filter(|s| s.names_someone() || s.pronoun.is_some())?;
    // Where the subject's phrase ends in `before`.
    let offset = (subject.phrase.as_ptr() as usize)
        .checked_sub(before.as_ptr() as usize)
        .filter(|o| o + subject.phrase.len() <= before.len())?;
    let after_name = &before[offset + subject.phrase.len()..];
    let all_between = words(after_name);
    let between = past_parentheticals(after_name, &all_between);
    // The first word after the name (past `also`, `has`) is a verb:
    // `Gulf leaders met and said` names no one as its subject.
    // A participle after a speech verb goes on with that verb's subject;
    // after none, with the subject of the sentence's main verb.
    let said_before = participle && ws[..v].iter().any(is_verb);
    let predicate = past_time_words(between).first().is_some_and(|w| {
        is_lowercase(w)
            && if said_before {
                is_verb(w)
            } else {
                w.text.ends_with("ed") || w.is(SPEECH_VERBS) || w.is(IRREGULAR_PAST_VERBS)
            }
    });
    // `..., who met Tom Dorn and said`: a relative clause's verb has
    // the name before `who` as its subject, read elsewhere.
    let relative = between.iter().any(|w| w.is(&["who", "which", "whom"]));
    (predicate && !relative).then_some(subject)
}

/// Verbs that put the speaker's own name on something in `what he
/// called “...”`; `described` and `describes` take `as` before the quote.
const WHAT_NAMING_VERBS: &[&str] = &[
    "called", "calls", "termed", "terms", "dubbed", "dubs", "labelled", "labeled",
];

/// Determiners that may stand between the naming verb and the quote
/// (`what he called their “courage and patience”`).
const WHAT_NAMED_DETERMINERS: &[&str] = &["a", "an", "the", "their", "his", "her", "its", "our"];

/// `Vanderschoot summoned the railroads for what she called “a last,
/// serious attempt”`, `rejected what it described as “...”`: the words
/// before a quote end in `what`, a pronoun and a verb of naming, with
/// nothing between them but spaces. The pronoun stands for the one the
/// sentence is about, and the quote is their wording. Returns the
/// pronoun and where `what` starts in `left`.
pub fn what_pronoun_called(left: &str) -> Option<(&str, usize)> {
    let ws = words(left);
    let mut end = ws.len();
    // A comma or a dash after the last word ends the naming phrase.
    if ws
        .last()?
        .after
        .trim()
        .chars()
        .any(|c| c != '"' && c != '“' && c != '‘' && c != '\'')
    {
        return None;
    }
    if end >= 1 && is_lowercase(&ws[end - 1]) && ws[end - 1].is(WHAT_NAMED_DETERMINERS) {
        end -= 1;
    }
    let verb_at = match end.checked_sub(1).map(|i| &ws[i]) {
        Some(w) if w.is(&["as"]) => {
            let v = end.checked_sub(2)?;
            ws[v].is(&["described", "describes"]).then_some(v)?
        }
        Some(w) if w.is(WHAT_NAMING_VERBS) => end - 1,
        _ => return None,
    };
    let pronoun_at = verb_at.checked_sub(1)?;
    let what_at = pronoun_at.checked_sub(1)?;
    let pronoun = &ws[pronoun_at];
    let phrase = &ws[what_at..end];
    let joined = phrase[..phrase.len() - 1]
        .iter()
        .all(|w| w.after.trim().is_empty());
    (joined
        && ws[what_at].text == "what"
        && pronoun.is(&["he", "she", "it", "they"])
        && is_lowercase(pronoun)
        && phrase.iter().all(is_lowercase))
    .then_some((pronoun.text, ws[what_at].start))
}

/// The subject of the sentence `before` (up to a `what he called`), when
/// it opens the sentence and its verb follows it as a main verb in the
/// past (`-ed`, an irregular past, a speech verb: `Vanderschoot on
/// Tuesday summoned`, `SEPLA praised`, `Moreillon, head of the
/// delegation, said`); not a relative clause's (`..., who met`).
pub fn subject_of_sentence(before: &str) -> Option<Subject<'_>> {
    // `He thanked both ministers for what he called ...`: a pronoun
    // opening the sentence, or else the name it introduces.
    let opening_pronoun = words(before)
        .first()
        .filter(|w| w.is(&["he", "she", "it", "they"]))
        .map(|w| parse_subject(&before[w.start..w.end]));
    let subject = opening_pronoun.or_else(|| {
        introduced(before)
            .into_iter()
            .next()
            .filter(|s| s.names_someone() || s.pronoun.is_some())
    })?;
    let offset = (subject.phrase.as_ptr() as usize)
        .checked_sub(before.as_ptr() as usize)
        .filter(|o| o + subject.phrase.len() <= before.len())?;
    // The subject opens the sentence, perhaps after a phrase of time or
    // place set off by a comma (`In a statement on Tuesday, ...`).
    let opening = before[..offset].trim_end();
    if !(opening.is_empty() || opening.ends_with(',')) {
        return None;
    }
    let mut after_name = &before[offset + subject.phrase.len()..];
    // `Céline Moreillon, head of the ICRC delegation in Yemen, said`: an
    // apposition set off by commas before the verb.
    for apposition in &subject.apposition {
        if let Some(at) = after_name.find(apposition) {
            after_name = &after_name[at + apposition.len()..];
        }
    }
    let after_name = after_name.trim_start_matches([',', ' ']);
    let all_between = words(after_name);
    let between = past_time_words(&all_between);
    // `The ministry also issued`, `He then turned`.
    let between = match between {
        [adverb, rest @ ..] if adverb.is(&["also", "then", "later", "again"]) => rest,
        _ => between,
    };
    let predicate = between.first().is_some_and(|w| {
        is_lowercase(w)
            && (w.text.ends_with("ed")
                || w.is(SPEECH_VERBS)
                || w.is(IRREGULAR_PAST_VERBS)
                || w.is(&["says"]))
    });
    let relative = all_between
        .iter()
        .take(2)
        .any(|w| w.is(&["who", "which", "whom"]));
    (predicate && !relative).then_some(subject)
}

/// The words after a subject from its verb on: past the auxiliaries and
/// the day (`Ann Reyes on Monday also thanked`).
fn past_time_words<'w, 'a>(ws: &'w [Word<'a>]) -> &'w [Word<'a>] {
    let mut rest = ws;
    loop {
        match rest {
            [on, day, more @ ..] if on.is(&["on"]) && day.is(WEEKDAY_NAMES) => rest = more,
            [w, more @ ..] if is_auxiliary(w) => rest = more,
            _ => return rest,
        }
    }
}

/// Most words from the sentence's own speech verb to the quote its
/// complement holds (see [`complement_subject`]).
const MAX_WORDS_IN_COMPLEMENT: usize = 30;

/// Most words a predicate may run before `and` or `but` joins the speech
/// verb to it (`declined to discuss the interview but said`).
const MAX_WORDS_BEFORE_JOINED_VERB: usize = 10;

/// Words set off by commas after a subject's name that may be skipped
/// (`Ann Reyes, speaking next,`, `Tom Dorn, 64, who chairs the panel,`).
const MAX_SET_OFF_WORDS: usize = 14;

/// Forms of speech verbs that `SPEECH_VERBS` leaves out, the plain form
/// after a modal or `to` and the past participle (`the agency had
/// written`, `was likely to argue`): inside a complement they too may
/// give the words to someone else. (Not `note`, `claim` or `state`, more
/// often nouns: `said in a note that`.)
const OTHER_SPEECH_FORMS: &[&str] = &[
    "write", "written", "tell", "speak", "spoken", "argue", "warn", "insist", "declare", "add",
];

/// Prepositions that open a phrase set off after a name telling where,
/// when or how someone spoke (`, in a post on X,`, `, at a briefing,`),
/// not who they are.
const SETTING_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "by", "with", "from", "after", "before", "during", "through", "via", "for",
];

/// A subject whose speech verb governs a quote far off in its complement,
/// and the pronouns that head a speech verb inside that complement.
pub struct ComplementFrame<'a> {
    pub subject: Subject<'a>,
    /// `he`, `she`, `it`, `they` before a speech verb of the complement
    /// (`on what she called “...”`): they must be the subject.
    pub pronouns: Vec<&'a str>,
}

/// `Lena Vos said the file names suggested the attackers had been
/// “...”`, `The acting governor, Omar Kerr, said in a statement posted on
/// the bank's website that salaries had been “...”`, `Chair Dale Lott
/// (R-Tenn.) declined to discuss it but said in a post that the panel
/// “...”`: the sentence's own subject, a name, and its first speech verb
/// (of `GOVERNING_VERBS`, or one that `and` or `but` joins to the
/// subject's first verb) govern a quote at the end of that verb's
/// complement however many other verbs the complement holds: in English
/// reporting, words quoted inside `X said ...` are X's unless the
/// complement gives them to someone else. The nearer frame readers stop
/// at the complement's last verb (`had been`), whose stretch of a subject
/// is a clause that names no one. `None`, so no one, when the complement
/// may give the words to another: a speech or naming verb in it with a
/// subject of its own (`Vos said Dorn told her`, `the agency had
/// written`, `people who say`; one after `and` or `but` shares a subject
/// already read, one after `he`, `she`, `it` or `they` is returned for
/// the caller to check against the subject), a possessive (`Dorn's
/// pledge to “...”`), `according to`, `quoting`, a relative `who`, or a
/// colon, semicolon, dash or parenthesis opening something else; and when
/// the verb is passive or says through someone (`said through his
/// lawyer`). A participle after a document (`a statement posted on`) has
/// no subject of its own.
pub fn complement_subject(sentence: &str) -> Option<ComplementFrame<'_>> {
    let ws = words(sentence);
    let mut subject = leading_subject(sentence, &ws)?;
    if subject.pronoun.is_some() || !subject.names_someone() {
        return None;
    }
    let end = (subject.phrase.as_ptr() as usize).checked_sub(sentence.as_ptr() as usize)?
        + subject.phrase.len();
    let mut p = ws.iter().position(|w| w.start >= end)?;
    // Past what is set off after the name: `(R-Tenn.)`, `, 64,`, `, the
    // envoy,`, `, speaking next,`.
    let mut gap = &sentence[end..ws[p].start];
    for _ in 0..3 {
        let opens = gap.trim_start();
        let close = if opens.starts_with('(') {
            ')'
        } else if opens.starts_with(',') {
            ','
        } else {
            break;
        };
        let k = (p..ws.len().min(p + MAX_SET_OFF_WORDS)).find(|&k| ws[k].after.contains(close))?;
        if ws[p..=k].iter().any(|w| is_verb(w) || is_gerund(w)) || k + 1 >= ws.len() {
            return None;
        }
        // `Jakob Strehl, a German member of the EPP,`: who the subject
        // is, as any frame's apposition tells (their role).
        // (`, in a post on X,` says where, not who.)
        let piece = &sentence[ws[p].start..ws[k].end];
        let describes = close == ',' && !ws[p].is(SETTING_PREPOSITIONS) && is_apposition(piece);
        if describes && !subject.apposition.contains(&piece) {
            subject.apposition.push(piece);
        }
        p = k + 1;
        gap = ws[k].after.split_once(close).map_or("", |(_, rest)| rest);
    }
    while ws
        .get(p)
        .is_some_and(|w| is_auxiliary(w) && is_lowercase(w) || w.is(&["not"]))
    {
        p += 1;
    }
    let first = ws.get(p)?;
    if !is_lowercase(first) || first.is(PREPOSITIONS) || first.is(&["who", "which", "that"]) {
        return None;
    }
    let governs = |w: &Word<'_>| w.is(GOVERNING_VERBS) && is_lowercase(w);
    let g = if governs(first) {
        p
    } else {
        let k = (p + 1..ws.len().min(p + MAX_WORDS_BEFORE_JOINED_VERB))
            .find(|&k| ws[k].is(&["and", "but"]) && ws.get(k + 1).is_some_and(governs))?;
        let between = &ws[p..k];
        let own_clause = between.iter().any(|w| {
            w.is(&["who", "which", "that", "whom", "whose"]) || is_verb(w) || is_gerund(w)
        }) || between
            .iter()
            .any(|w| w.after.contains([',', ';', ':', '(']));
        if own_clause {
            return None;
        }
        k + 1
    };
    if is_passive(&ws, g)
        || ws.get(g + 1).is_some_and(|w| w.is(&["through", "via"]))
        || ws.len() - g > MAX_WORDS_IN_COMPLEMENT
    {
        return None;
    }
    let complement = &ws[g + 1..];
    let last = complement.len().checked_sub(1)?;
    let mut pronouns = Vec::new();
    for (k, w) in complement.iter().enumerate() {
        let opens_else = w.is(&["according", "quoting", "who", "whom", "whose"])
            || reports_a_finding(complement, k)
            || owns_words(complement, k)
            || k < last
                && w.after
                    .contains([';', ':', '(', ')', '\u{2013}', '\u{2014}']);
        if opens_else {
            return None;
        }
        if !(is_verb(w) || is_gerund(w) || w.is(NAMING_BASE_FORMS) || w.is(OTHER_SPEECH_FORMS)) {
            continue;
        }
        // The word that heads the speech verb, past auxiliaries and `not`.
        let head = complement[..k]
            .iter()
            .rev()
            .find(|v| !(is_auxiliary(v) || v.is(&["not", "never"])));
        match head {
            Some(h) if h.is(&["and", "but"]) => {}
            Some(h) if h.is(&["he", "she", "it", "they"]) => pronouns.push(h.text),
            // `a statement posted on the website`: a participle of the
            // document, with no subject of its own.
            Some(h)
                if (h.is(STATEMENT_NOUNS) || h.is(DOCUMENT_NOUNS))
                    && w.text.ends_with("ed")
                    && complement.get(k + 1).is_some_and(|n| n.is(PREPOSITIONS)) => {}
            _ => return None,
        }
    }
    Some(ComplementFrame { subject, pronouns })
}

/// Words that, right before a quote, make it the name of something (a
/// programme, a paper, a place) rather than words said: `on CNN's “State
/// of the Union”`, `in “The Lancet”`, `from “Dawn”`.
const TITLE_LEAD_WORDS: &[&str] = &["on", "in", "at", "from", "by", "of"];

/// `repeated that position on CNN's “State of the Union,” saying`: a
/// quote after a possessive or a preposition of place or source is a
/// title, not the complement of the sentence's speech verb, so the
/// participle after it does not make it anyone's words.
pub fn quote_is_a_title(left: &str) -> bool {
    words(left)
        .last()
        .is_some_and(|w| is_possessive(w.text) || w.text.ends_with("s'") || w.is(TITLE_LEAD_WORDS))
}

/// `“partly true,” adding that exports had ...`: where the participle of
/// speech that opens the words after a quote ends (its subject is not
/// among them), or `None` when they open otherwise.
pub fn participle_after(context: &str) -> Option<usize> {
    words(context)
        .first()
        .filter(|w| is_gerund(w))
        .map(|w| w.end)
}

/// `Ann Reyes said the claim was “partly true,” adding that exports had
/// “...”`: a participle of speech set off by a comma after the words a
/// speech verb reported has no subject of its own; it goes on with the
/// subject of that verb, the sentence's. The participle (at `v`) must
/// follow a comma, and the words between the sentence's speech verb and
/// it must hold no other speech verb or participle (`Reyes said Dorn had
/// told her it was “...,” adding` could be either's). Gives the
/// participle's index, where the words that hold its subject end.
fn participle_clause(ws: &[Word<'_>], v: usize) -> Option<usize> {
    if !v.checked_sub(1).is_some_and(|c| ws[c].after.contains(',')) {
        return None;
    }
    // `Reyes welcomed the deal, saying ...`: a participle of saying goes
    // on with the subject of any main verb; `adding` only after words
    // already said.
    let verb = match ws[..v].iter().position(is_verb) {
        Some(verb) => verb + 1,
        None if !ws[v].is(&["adding"]) => 0,
        None => return None,
    };
    let others = ws[verb..v]
        .iter()
        .any(|w| is_verb(w) || is_gerund(w) || w.is(NAMING_BASE_FORMS));
    (!others).then_some(v)
}

/// The words of an office's department between its `of`, `for` or `to`
/// and the holder's name (`Foreign Affairs`, `the Congress Legislature
/// Party`): capitalised, the first may be `the`.
pub(super) fn is_department(ws: &[Word<'_>]) -> bool {
    (ws.iter().enumerate()).all(|(j, w)| w.is_capitalised() || j == 0 && w.is(&["the"]))
}

/// `Assistant Secretary for Preparedness and Response Kevin Ashford`:
/// the name's words, read back, stop at the department's `and`; what
/// lies between the office's `for` and it is the department's first
/// words and that `and`.
fn is_department_cut_at_and(ws: &[Word<'_>]) -> bool {
    match ws.split_last() {
        Some((and, department)) => {
            and.is(&["and", "&"]) && !department.is_empty() && is_department(department)
        }
        None => false,
    }
}

/// `Ann Reyes, 58, who chairs the panel, thanked ...`: the words after a
/// name past the age, the non-restrictive relative clauses and the
/// participial phrases (`, speaking in Tarn,`) set off by commas right
/// after it, which say who the person is or how they spoke and leave the
/// name the subject of the verb that follows them. Only an age, a clause
/// opening with `who` or `whose` or a lowercase `-ing` word, and only when
/// its closing comma is there.
fn past_parentheticals<'w, 'a>(after_name: &str, ws: &'w [Word<'a>]) -> &'w [Word<'a>] {
    if !after_name.trim_start().starts_with(',') {
        return ws;
    }
    let mut rest = ws;
    while let Some(first) = rest.first() {
        let age = first.text.bytes().all(|b| b.is_ascii_digit());
        // `, speaking at a party event in Passau,`: a participial phrase
        // says how the person spoke, not what they did.
        let participle = is_lowercase(first) && first.text.ends_with("ing");
        if !(age || participle || first.is(&["who", "whose"])) {
            break;
        }
        let Some(close) = rest.iter().position(|w| w.after.contains(',')) else {
            break;
        };
        rest = &rest[close + 1..];
    }
    rest
}

/// The first words of a sentence that can name someone: the subject of a
/// sentence whose speech verb is a participle.
fn leading_subject<'a>(context: &'a str, ws: &[Word<'a>]) -> Option<Subject<'a>> {
    let first = ws.iter().position(|w| !w.is(CONJUNCTIONS))?;
    // `Asked about the vote, Reyes ...`: the subject follows an opening
    // adverbial.
    let first = frame::after_opening_adverbial(ws, first);
    if let Some(holder) = office_holder(&context[ws[first].start..]) {
        return Some(holder);
    }
    let end = ws[first..=name_head_end(&ws[first..])? + first].last()?.end;
    let subject = parse_subject(&context[ws[first].start..end]);
    if subject.names_someone() {
        return Some(subject);
    }
    // `Nadia Voss, the Iowa Democrat who chairs the panel, voted ...`:
    // the name before the apposition's comma.
    let comma = (first..ws.len()).find(|&k| ws[k].after.contains(','))?;
    let name = &ws[first..=comma];
    if !name
        .iter()
        .all(|w| is_name_word(w) || w.is(TITLES) || w.is(NAME_PARTICLES))
    {
        return None;
    }
    let mut subject = parse_subject(&context[ws[first].start..ws[comma].end]);
    let apposition = context[ws[comma].end..].trim_start_matches([',', ' ']);
    let apposition = apposition.split(',').next().unwrap_or("").trim();
    if is_apposition(apposition) {
        subject.apposition.push(apposition);
    }
    subject.names_someone().then_some(subject)
}

/// `The senator voted no, saying “...”`: a sentence that opens with a
/// definite description of a person (`the` and a title, office, role or
/// profession) followed by its verb; the description stands for someone
/// named before.
fn leading_descriptor<'a>(context: &'a str, ws: &[Word<'a>]) -> Option<Subject<'a>> {
    let first = ws.iter().position(|w| !w.is(CONJUNCTIONS))?;
    let first = frame::after_opening_adverbial(ws, first);
    if !ws[first].is(&["the"]) {
        return None;
    }
    // One noun after `the`: `the Labour leader` may be one of several
    // leaders, and a wrong one is worse than none.
    let noun = ws.get(first + 1)?;
    let person = noun.is(TITLES)
        || noun.is(PROFESSION_NOUNS)
        || noun.is(ROLE_NOUNS)
        || noun.is(OFFICE_WORDS);
    let verb_follows = ws.get(first + 2).is_some_and(frame::is_past_verb);
    if !person
        || !verb_follows
        || !ws[first].after.trim().is_empty()
        || !noun.after.trim().is_empty()
    {
        return None;
    }
    Some(parse_subject(&context[ws[first].start..noun.end]))
}

/// The noun phrase naming someone that `sentence` opens with, if any.
pub fn opening_subject(sentence: &str) -> Option<Subject<'_>> {
    leading_subject(sentence, &words(sentence))
}

/// `His Austrian counterpart, Jan Berg, went further`: the name set off
/// by commas after an office, not the office's words.
fn office_holder(sentence: &str) -> Option<Subject<'_>> {
    let mut pieces = sentence.split(',');
    let office = pieces.next()?;
    let name = pieces.next().filter(|_| pieces.next().is_some())?;
    let name_words = words(name);
    let is_office =
        describes_office(office) || words(office).iter().any(|w| w.is(COUNTERPART_NOUNS));
    if !is_office
        || name_words.is_empty()
        || !name_words
            .iter()
            .all(|w| is_name_word(w) || w.is(NAME_PARTICLES))
    {
        return None;
    }
    let mut subject = parse_subject(name);
    subject.apposition.push(office.trim());
    subject.names_someone().then_some(subject)
}

/// The last word of the noun phrase that opens `ws` and names someone:
/// capitalised words, titles, offices, particles, and lowercase words
/// that a capitalised word soon follows, with no comma between (`Tory
/// party chair Judith Whitcombe went further` -> `Whitcombe`; `Britain's
/// Foreign Secretary, Philip Hammond, has` -> `Hammond`).
fn name_head_end(ws: &[Word<'_>]) -> Option<usize> {
    let mut last = None;
    for (k, w) in ws.iter().enumerate() {
        let joins = w.is_capitalised()
            || w.is(TITLES)
            || w.is(OFFICE_WORDS)
            || w.is(ROLE_NOUNS)
            || w.is(PROFESSION_NOUNS)
            || w.is(NAME_PARTICLES)
            || w.is(&["the", "of"]);
        let before_a_name = || {
            ws[k + 1..]
                .iter()
                .take(3)
                .take_while(|n| !n.is(SPEECH_VERBS))
                .any(Word::is_capitalised)
                && ws[k..].iter().take(3).all(|n| !n.after.contains(','))
        };
        // A verb, a participle or a word opening a clause ends the phrase.
        let clause_word = w.is(SPEECH_VERBS)
            || w.is(SUBORDINATORS)
            || w.is(CONJUNCTIONS)
            || w.is(PRONOUNS)
            || w.is(&["that", "who", "which", "whose", "to", "a", "an"])
            || w.text.ends_with("ing")
            || w.text.ends_with("ed");
        if !(joins || is_lowercase(w) && !clause_word && before_a_name()) {
            break;
        }
        last = Some(k);
        if w.after.contains([':', ';', '(']) {
            break;
        }
    }
    last
}

/// `According to the deputy, the Commission said it was “...”`: a speech
/// verb after the source of `according to` and before the quote heads
/// the clause the quote belongs to, so the quote is that clause's
/// subject's words, told through the source, not the source's own.
/// Only a verb that tells of words given, in the active (`the secretary
/// was told that ...` gives the quote to no one named there).
fn reports_another_speaker(ws: &[Word<'_>], source_end: usize) -> bool {
    ws.windows(2)
        .filter(|pair| pair[1].start >= source_end)
        .any(|pair| pair[1].is(REPORTING_VERBS) && !is_auxiliary(&pair[0]))
}

/// Verbs of giving words in the past or present, whose subject is who
/// gave them (`asked`, `urged` ask others to act, and their quote may be
/// the source's account).
const REPORTING_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "stated", "states", "wrote", "writes", "added", "noted",
];

/// After an inverted verb: the words up to a comma or to a word that
/// starts what follows the name (`said Ryabkov on Sunday`).
pub fn phrase_until_break(context: &str, from: usize) -> (&str, usize) {
    let rest = &context[from..];
    let mut end = rest.len();
    for w in words(rest) {
        let stops = w.is(&[
            "in",
            "on",
            "at",
            "to",
            "during",
            "after",
            "before",
            "yesterday",
            "today",
            "earlier",
            "late",
            "last",
            "while",
            "when",
            "as",
            "who",
            "which",
            "adding",
            "saying",
            "told",
        ]);
        if stops && w.start > 0 {
            end = w.start;
            break;
        }
        if w.after.contains('(')
            && let Some(close) = rest[w.end..].find(')')
        {
            // `said Sen. Tom Dorn (D-Neb.)`: the parenthesis goes with the name.
            end = w.end + close + 1;
            break;
        }
        if w.after.contains([',', ';', ':', '—', '(']) || w.after.contains(". ") {
            end = w.end;
            break;
        }
    }
    let phrase = rest[..end].trim().trim_end_matches(['.', ',', ';']);
    (phrase, from + end)
}

/// The noun phrase that ends `before` (the text up to a verb): auxiliaries
/// and time words dropped, then the last comma-separated piece, passing
/// over appositions (`Ahmed Mohammad, a Syrian activist,`).
pub fn noun_phrase_before(before: &str) -> (&str, Vec<&str>) {
    let before = past_dateline(before);
    let ws = words(before);
    let mut keep = ws.len();
    while keep > 0
        && (is_auxiliary(&ws[keep - 1]) || is_adverb_of_verb(&ws[..keep]))
        && ws[keep - 1].after.trim().is_empty()
    {
        keep -= 1;
    }
    let mut appositions = Vec::new();
    let Some(last) = keep.checked_sub(1) else {
        return ("", appositions);
    };
    let mut text = &before[..ws[last].end];
    // `Justice Ann Reyes — a former prosecutor — wrote`: dashes set off
    // an apposition as commas do.
    let mut trailing_comma = ws[last].after.contains([',', '—']);
    // `Sen. Ann Reyes (R-Neb.) said`: the parenthesis says who the name
    // before it is.
    // `Jo Lin, head of the Tarn Party (TP), said`: a comma after the
    // parenthesis sets off the piece it ends, whose words say more of who
    // the name is than the parenthesis; that is kept after them.
    let mut parenthesis_of_piece = None;
    if ws[last].after.contains(')')
        && let Some(open) = text.rfind('(')
    {
        let said_of = text[open + 1..].trim();
        let rest = text[..open].trim_end();
        let sets_off_piece = !rest.ends_with(',') && ws[last].after.contains(',');
        if sets_off_piece {
            parenthesis_of_piece = Some(said_of);
        } else {
            appositions.push(said_of);
        }
        trailing_comma = rest.ends_with(',') || sets_off_piece;
        text = rest.trim_end_matches(',');
    }
    // `Rep. Jo Lin (R-Ark.), chair of the committee,`: the empty piece
    // between `)` and `,` separates nothing.
    // `Wade T. Culpepper, Jr., said`: the suffix after a comma is part of
    // the name before it, not a piece of its own.
    let mut pieces: Vec<&str> = phrase_pieces(text)
        .into_iter()
        .filter(|p| !p.trim().is_empty() && !is_name_suffix(p.trim()))
        .collect();
    let mut phrase = pieces.pop().unwrap_or("");
    // `and on Tuesday she said`, `a number he called`: a time phrase or
    // a noun before the pronoun is no part of the subject.
    if let Some(pronoun) = pronoun_after_adverbial(phrase) {
        return (pronoun, appositions);
    }
    if trailing_comma || is_party_tag(phrase) {
        // `NAME, an apposition,` -> NAME.
        let mut hops = 0;
        while (is_apposition(phrase)
            || ends_a_place(pieces.last(), phrase)
            || is_agent_phrase(pieces.last(), phrase))
            && hops < 2
        {
            // `In Nairobi, a senior official at the agency, who spoke on
            // condition of anonymity, said`: an adverbial opening the
            // sentence is no name the description could be said of.
            let scene_before_description = pieces.len() == 1
                && pieces.last().is_some_and(|p| opens_as_adverbial(p))
                && words(phrase)
                    .first()
                    .is_some_and(|w| w.is(ANONYMOUS_DETERMINERS));
            // `Hours later, the head of the board, which runs the
            // network, told`: a time adverbial is no name the apposition
            // could be said of.
            let time_before = pieces.last().is_some_and(|p| is_time_adverbial(p));
            match pieces.last() {
                Some(&p) if !p.trim().is_empty() && !scene_before_description && !time_before => {
                    pieces.pop();
                    appositions.push(phrase.trim());
                    phrase = p;
                    hops += 1;
                }
                _ => break,
            }
        }
        // `Sen. Ann Reyes, R-Neb., who co-wrote the bill with Sen. Jo Lin,
        // D-Ariz., told`: the hops can run out on a party tag, which is
        // never a person; it says of the name before it.
        while is_party_tag(phrase)
            && let Some(p) = pieces.pop().filter(|p| !p.trim().is_empty())
        {
            appositions.push(phrase.trim());
            phrase = p;
        }
    }
    appositions.extend(parenthesis_of_piece);
    // `Rep. Ann Reyes (Calif.), the panel's top Democrat, said`: the
    // parenthesis after the name says who she is.
    if let Some((name, said_of)) = trailing_parenthesis(phrase) {
        appositions.push(said_of);
        phrase = name;
    }
    // `Janata Dal (Secular) leader Ann Reyes`, `UN aid office (OCHA)
    // spokeswoman Ann Reyes`: the words before a parenthesis inside the
    // piece name a body, the words after it the person.
    if let Some(close) = phrase.rfind(')')
        && !phrase[close + 1..].trim().is_empty()
    {
        phrase = &phrase[close + 1..];
    }
    // `Sens. Ann Reyes, R-Neb., and Tom Dorn, R-Iowa, said`: a list,
    // several speakers, not its last name.
    if words(phrase).first().is_some_and(|w| w.is(&["and", "or"])) {
        return (text.trim(), appositions);
    }
    // `¶2 The Legislature responds`: a court's paragraph number opens
    // the sentence, no part of the subject.
    if let Some(numbered) = phrase.trim_start().strip_prefix('¶') {
        phrase = numbered.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    // `7.6 The minutes of the meeting record`: a report's section number
    // opens the sentence the same way.
    if let Some(section) = section_number(phrase) {
        phrase = &phrase[section..];
    }
    // `Atlantis’s foreign ministry spokeswoman, Ana Vell, said`: the
    // piece before the name describes it.
    if let Some(previous) = pieces.last()
        && parse_subject(phrase).names_someone()
        && describes_office(previous)
    {
        appositions.push(previous.trim());
    }
    (past_subject_openers(phrase.trim()), appositions)
}

/// Most words of a time adverbial read before a subject (`At NATO
/// today`, `Two weeks ago`).
const MAX_OPENING_TIME_WORDS: usize = 5;

/// `Two weeks ago`, `Hours later`, `Last Thursday`, `At NATO today`,
/// `Yesterday`: a piece that tells when, and names no one. It ends in a
/// word of `OPENING_TIME_ENDS` or a weekday, and opens with a word of
/// `OPENING_TIME_STARTS`, a preposition, a number, or is that word alone.
fn is_time_adverbial(piece: &str) -> bool {
    let ws = words(piece);
    let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
        return false;
    };
    let ends_in_time = last.is(OPENING_TIME_ENDS) || last.is(WEEKDAY_NAMES);
    let opens_time = ws.len() == 1
        || first.is(OPENING_TIME_STARTS)
        || first.is(ADVERBIAL_PREPOSITIONS)
        || first.is(COUNTING_WORDS)
        || first.text.starts_with(|c: char| c.is_ascii_digit());
    ws.len() <= MAX_OPENING_TIME_WORDS
        && ends_in_time
        && opens_time
        && ws[..ws.len() - 1].iter().all(|w| w.after.trim().is_empty())
        && !ws.iter().any(|w| w.is(SPEECH_VERBS) || w.is(PRONOUNS))
}

/// `Recall that the Ministry of Defence`, `Last Thursday the Armenian
/// prime minister`, `Two weeks ago SEPTA's general manager`: words the
/// reporter writes before a subject with no comma between (a discourse
/// opener, a time adverbial) are no part of it; read with it they make
/// the subject a description nobody is. The subject is what follows:
/// after a time adverbial, only a phrase that opens with `the` or a
/// possessive, so a name run on from the adverbial is never cut.
pub(super) fn past_subject_openers(phrase: &str) -> &str {
    let ws = words(phrase);
    match subject_word_past_openers(phrase, &ws) {
        Some(at) => &phrase[ws[at].start..],
        None => phrase,
    }
}

/// [`past_subject_openers`] on words already split: the index in `ws`
/// (the words of `phrase`) of the word the subject starts at, or `None`
/// when nothing opens the phrase before its subject.
fn subject_word_past_openers(phrase: &str, ws: &[Word<'_>]) -> Option<usize> {
    let opened = SUBJECT_OPENERS
        .iter()
        .find(|opener| {
            ws.len() > opener.len()
                && ws
                    .iter()
                    .zip(opener.iter())
                    .all(|(w, o)| w.text.eq_ignore_ascii_case(o) && w.after.trim().is_empty())
        })
        .map_or(0, |opener| opener.len());
    let rest = &ws[opened..];
    let base = if opened == 0 { 0 } else { rest[0].start };
    let subject_at = (1..=MAX_OPENING_TIME_WORDS.min(rest.len().saturating_sub(1))).find(|&k| {
        rest[k - 1].after.trim().is_empty()
            && (rest[k].is(&["the"]) || is_possessive(rest[k].text))
            && is_time_adverbial(&phrase[base..rest[k - 1].end])
            || rest[k].is_capitalised() && !is_calendar_word(&rest[k]) && opening_day(&rest[..k])
    });
    match subject_at {
        Some(k) => Some(opened + k),
        None => (opened > 0).then_some(opened),
    }
}

/// `On Thursday`, `Late on Sunday`, `On 7 July`, `On March 3`: a day
/// named after `on` opening the sentence, with no comma before the
/// subject. Unlike a time adverbial in general (`Last week Ann`), its
/// words cannot run into a name, so the capitalised words after it are
/// the subject (`On Thursday ERCOT told`).
fn opening_day(ws: &[Word<'_>]) -> bool {
    let day = match ws {
        [early, on, day @ ..] if early.is(&["late", "early"]) && on.is(&["on"]) => day,
        [on, day @ ..] if on.is(&["on"]) => day,
        _ => return false,
    };
    let is_number = |w: &Word<'_>| w.text.chars().all(|c| c.is_ascii_digit());
    let named = match day {
        [weekday] => weekday.is(WEEKDAY_NAMES),
        [first, second] => {
            is_number(first) && second.is(MONTH_NAMES) || first.is(MONTH_NAMES) && is_number(second)
        }
        _ => false,
    };
    named && ws.iter().all(|w| w.after.trim().is_empty())
}

/// Where the words after a section number opening `phrase` start
/// (`7.6 The minutes`, `12. The board`): digits with dots between or
/// after, then a capitalised word. A figure read as the subject (`2.5
/// Million`) has no capital after it in news copy.
fn section_number(phrase: &str) -> Option<usize> {
    let trimmed = phrase.trim_start();
    let number_end = trimmed
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(trimmed.len());
    let number = &trimmed[..number_end];
    let sectioned = number.starts_with(|c: char| c.is_ascii_digit())
        && number.contains('.')
        && !number.contains("..");
    let rest = &trimmed[number_end..];
    let next = rest.trim_start();
    (sectioned && rest.starts_with(' ') && next.starts_with(|c: char| c.is_uppercase()))
        .then(|| phrase.len() - next.len())
}

/// Dashes that end a wire dateline (`WASHINGTON, March 3 (Reuters) -`,
/// `LINCOLN, Neb. (AP) —`, `MATOSINHOS, Portugal --`).
const DATELINE_DASHES: [&str; 4] = [" - ", " -- ", " – ", "—"];

/// Bytes of the longest of `DATELINE_DASHES`.
const LONGEST_DATELINE_DASH: usize = " – ".len();

/// The first byte of `–` and `—` in UTF-8.
const DASH_LEAD_BYTE: u8 = 0xE2;

/// Longest dateline read, in bytes (`DES MOINES, Iowa, Jan 9 (Reuters) -`).
const MAX_DATELINE_LEN: usize = 60;

/// `WASHINGTON, March 3 (Reuters) - Stratacore Systems, the contractor`
/// -> `Stratacore Systems, the contractor`: a dateline opening the
/// paragraph is where the story was filed, no part of its first
/// sentence's subject; read with it, its comma makes the place a piece
/// of the subject and the name an apposition to it. A dateline is a
/// place in capitals, then only capitalised words and figures (a state,
/// a date, the agency) up to the dash; `US President Jo Lin -` is no
/// dateline (the capitals run into a title with no comma).
fn past_dateline(text: &str) -> &str {
    let Some((at, dash)) = first_dateline_dash(text) else {
        return text;
    };
    let ws = words(&text[..at]);
    let place_ends = ws
        .iter()
        .position(|w| !is_acronym(w.text))
        .unwrap_or(ws.len());
    let is_dateline = place_ends > 0
        && (place_ends == ws.len() || ws[place_ends - 1].after.starts_with(','))
        && ws[place_ends..]
            .iter()
            .all(|w| w.is_capitalised() || w.text.starts_with(|c: char| c.is_ascii_digit()));
    if is_dateline {
        text[at + dash.len()..].trim_start()
    } else {
        text
    }
}

/// The first of `DATELINE_DASHES` starting in a dateline's reach: where
/// it starts, and which. Asked of every sentence, so one pass over the
/// opening bytes finds the `-` or the lead byte of `–` and `—` each dash
/// holds, rather than a search for each dash.
fn first_dateline_dash(text: &str) -> Option<(usize, &'static str)> {
    let bytes = &text.as_bytes()[..text.len().min(MAX_DATELINE_LEN + LONGEST_DATELINE_DASH)];
    let dash_starting_at = |at: usize| {
        DATELINE_DASHES
            .into_iter()
            .find(|dash| bytes[at..].starts_with(dash.as_bytes()))
    };
    (0..bytes.len())
        .filter(|&p| bytes[p] == b'-' || bytes[p] == DASH_LEAD_BYTE)
        .find_map(|p| {
            // ` - ` starts at the space before its `-`, `—` at its own byte.
            let before = p
                .checked_sub(1)
                .and_then(|at| Some(at).zip(dash_starting_at(at)));
            before.or_else(|| Some(p).zip(dash_starting_at(p)))
        })
        .filter(|&(at, _)| at <= MAX_DATELINE_LEN)
}

/// `In Nairobi`, `On Tuesday`, `after the hearing`: a piece that opens
/// with a preposition of place or time sets the scene; it names no one.
fn opens_as_adverbial(piece: &str) -> bool {
    words(piece)
        .first()
        .is_some_and(|w| w.is(ADVERBIAL_PREPOSITIONS))
}

/// The pieces of a noun phrase between commas, colons, semicolons and
/// dashes; a comma between digits (`140,000 workers`) is part of a
/// number and separates nothing. A closed parenthesis stays inside the
/// piece it is written in: `Janata Dal (Secular) leader Ann Reyes`,
/// `JD(S) chief Ann Reyes` and `Rep. Ann Reyes (Calif.)` are one piece
/// each, an alias or a state said of the words before it, not a piece
/// of the subject of its own. An unclosed one still separates.
fn phrase_pieces(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut closes_at = 0;
    for (at, c) in text.char_indices() {
        if at < closes_at {
            continue;
        }
        if c == '('
            && let Some(close) = text[at..].find(')')
            && !text[at + 1..at + close].contains('(')
        {
            closes_at = at + close + 1;
            continue;
        }
        let in_number = c == ','
            && at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
        if matches!(c, ',' | ':' | ';' | '(' | ')' | '—') && !in_number {
            pieces.push(&text[start..at]);
            start = at + c.len_utf8();
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// `Rep. Ann Reyes (Calif.)` -> `Rep. Ann Reyes` and `Calif.`: a piece
/// that ends in a parenthesis, split into the words before it and what
/// the parenthesis says of them.
fn trailing_parenthesis(piece: &str) -> Option<(&str, &str)> {
    let piece = piece.trim_end();
    let inner = piece.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let before = inner[..open].trim_end();
    (!before.is_empty()).then(|| (before, inner[open + 1..].trim()))
}

/// `has repeatedly said`, `Reyes angrily told`: an adverb in -ly between
/// a subject (or auxiliary) and its verb, as the last of `ws`. Nouns in
/// -ly (`the family said`, `her reply said`) follow a determiner.
fn is_adverb_of_verb(ws: &[Word<'_>]) -> bool {
    let Some((adverb, rest)) = ws.split_last() else {
        return false;
    };
    let after_subject_or_auxiliary = rest.last().is_some_and(|w| {
        !w.is(DETERMINERS) && (is_auxiliary(w) || w.is(PRONOUNS) || w.is_capitalised())
    });
    is_lowercase(adverb)
        && adverb.text.len() > 4
        && adverb.text.ends_with("ly")
        && after_subject_or_auxiliary
}

/// Words that open a noun phrase and never end a subject.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
];

/// `and on Tuesday she`, `a number he`, `As he`: a subject pronoun after
/// an adverbial or a noun, which may open its own (contact) clause. The
/// words before it may hold no name, no other pronoun and no verb, so
/// `Judge Dorn asked him ..., and he` is left alone; nor may they be a
/// conjunction alone (`and he` ends a list of speakers or a clause).
fn pronoun_after_adverbial(piece: &str) -> Option<&str> {
    let ws = words(piece);
    let (pronoun, before) = ws.split_last()?;
    if !pronoun.is(&["he", "she", "they"]) || before.is_empty() {
        return None;
    }
    // Lowercase throughout: a sentence that opens with the adverbial (`In
    // another message he described the map that kept Ann Arbor whole`)
    // leaves the names after the pronoun to compete for it.
    let plain = |(k, w): (usize, &Word<'_>)| {
        (is_lowercase(w) || k > 0 && is_calendar_word(w))
            && w.after.trim().is_empty()
            && !w.is(PRONOUNS)
            && !w.is(SPEECH_VERBS)
            && !w.is(&["that", "which", "who", "whom", "what"])
            && !(k > 0 && (w.is(&["and", "or", "but"]) || w.text.ends_with("ed")))
    };
    let only_conjunctions = before.iter().all(|w| w.is(CONJUNCTIONS));
    (!only_conjunctions && before.iter().enumerate().all(plain)).then_some(pronoun.text)
}

/// `Acme, based in Ankeny, Iowa, said`: a capitalised word after a
/// piece that ends in a place (`in Ankeny`) is that place's state or
/// country, not the speaker.
fn ends_a_place(previous: Option<&&str>, piece: &str) -> bool {
    let ws = words(piece);
    let place = ws.len() <= 2 && ws.iter().all(Word::is_capitalised);
    let before = previous.map(|p| words(p)).unwrap_or_default();
    // `the UN agency's Representative in Tarn, Ann Reyes,`: a piece
    // that opens with an article is a description, and the name after
    // it the person described.
    let after_a_preposition = |k: usize| {
        before.len() > k && before[before.len() - 1 - k].is(&["in", "near", "from", "of"])
    };
    let opens_plainly = before.len() >= 2 && is_lowercase(&before[0]);
    // `The sheriff of Cochise County, Arizona, a Republican,`: a US
    // state or a country after a place of one or two words is where the
    // place lies, whatever the piece before opens with.
    let tail_is_place = (1..=2).any(|k| {
        after_a_preposition(k) && before[before.len() - k..].iter().all(Word::is_capitalised)
    });
    place
        && (opens_plainly && !before[0].is(&["the", "a", "an"]) && after_a_preposition(1)
            || tail_is_place && names_a_state_or_country(piece))
}

/// `Arizona`, `Ariz.`, `Congo`: a US state (name or AP abbreviation) or
/// a country named by a nationality word's entry.
fn names_a_state_or_country(piece: &str) -> bool {
    let name = piece.trim().trim_end_matches('.').to_lowercase();
    US_STATES
        .iter()
        .any(|(state, abbreviation, _)| name == *state || name == *abbreviation)
        || NATIONALITY_COUNTRIES
            .iter()
            .any(|(_, country)| name == *country)
}

/// `Atlantis’s foreign ministry spokeswoman`, `a spokesman for the
/// Palace`, `the ambassador to the UN`: an office, perhaps of a body, but
/// no person's name.
fn describes_office(piece: &str) -> bool {
    let ws = words(piece);
    // `When the moderator asked the candidates`: a subordinate clause
    // tells of an occasion, not of the name after it.
    if ws.first().is_some_and(|w| w.is(SUBORDINATORS)) {
        return false;
    }
    let Some(office) = ws.iter().position(|w| w.is(OFFICE_WORDS)) else {
        return false;
    };
    let of_a_body = ws
        .get(office + 1)
        .is_some_and(|w| w.is(&["for", "of", "to", "at"]));
    of_a_body || !parse_subject(piece).names_someone()
}

/// The person a sentence says the reporter went to for words: `We asked
/// Kilgallen on Monday whether ...`, `Our colleague Arturo Benedek spoke
/// with Tony Mazzarella, 71, outside the hotel.`, `Reporters reached Ann
/// Reyes by phone.` The subject is the outlet's side (`we`, `I`, `our
/// colleague(s)`, `reporters`), so the person met, not the subject, is
/// who `he` or `she` in the quotes after means. Only the name right after
/// the verb (after `to` or `with` for `spoke` and `talked`) counts.
pub fn met_by_reporter(sentence: &str) -> Option<Subject<'_>> {
    // Asked of every sentence that introduces no one: most open with
    // neither a reporter nor a live blog's time, which the first word
    // alone tells, before the sentence's words are read.
    let first_word = sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let may_open_with_reporter = first_word.starts_with(|c: char| c.is_ascii_digit())
        || REPORTER_SIDE_OPENERS
            .iter()
            .any(|o| first_word.eq_ignore_ascii_case(o));
    if !may_open_with_reporter {
        return None;
    }
    let ws = words(sentence);
    // `**11:34 p.m.** — Our colleague ...`: a live blog's time opens the
    // entry, not the sentence.
    let clock = clock_words(&ws);
    let first = ws.get(clock)?;
    // Where the reporter's side ends and its verb may begin.
    let mut at = if first.is(&["we", "i", "reporters"]) {
        clock + 1
    } else if first.is(&["our", "my", "this"])
        && ws
            .get(clock + 1)
            .is_some_and(|w| w.is(&["colleague", "colleagues", "correspondent", "reporter"]))
    {
        // `Our colleague Arturo Benedek`: the colleague's name goes on.
        let name = ws[clock + 2..].iter().take_while(|w| w.is_capitalised());
        clock + 2 + name.count()
    } else {
        return None;
    };
    // `We also asked`, `We earlier spoke`: one adverb before the verb.
    if ws.get(at).is_some_and(|w| !w.is(REPORTER_MEETING_VERBS)) {
        at += 1;
    }
    let verb = ws.get(at).filter(|w| w.is(REPORTER_MEETING_VERBS))?;
    let mut object = at + 1;
    if verb.is(&["spoke", "talked"]) {
        // `spoke earlier this week to`, `spoke by phone with`.
        object = (at + 1..ws.len().min(at + 6)).find(|&k| ws[k].is(&["to", "with"]))? + 1;
    }
    let opening = ws.get(object).filter(|w| w.is_capitalised())?;
    // The run of name words (titles and initials with their stops).
    let mut end = object;
    while end + 1 < ws.len()
        && (ws[end].after.trim().is_empty() || ws[end].after == ".")
        && ws[end + 1].is_capitalised()
    {
        end += 1;
    }
    let name = &sentence[opening.start..ws[end].end];
    let subject = parse_subject(name);
    subject.names_someone().then_some(subject)
}

/// How many words at the start of `ws` are a live blog's time: its
/// digits, and the half of the day or the time zone after them (`9:47
/// p.m.`, `13.05 BST`). `p.m.` left in front of a name would make it part
/// of the subject (`p.m. — Jo Lin`), which then names no one.
fn clock_words(ws: &[Word<'_>]) -> usize {
    let digits = |w: &Word<'_>| w.text.starts_with(|c: char| c.is_ascii_digit());
    // `PM Jo Lin` opens with an office: `pm` is the half of the day only
    // right after the digits.
    let mut count = 0;
    while let Some(w) = ws.get(count) {
        let meridiem = w.is(MERIDIEM_WORDS) && count > 0 && ws.get(count - 1).is_some_and(digits);
        if !(digits(w) || w.is(TIME_ZONES) || meridiem) {
            break;
        }
        count += 1;
    }
    count
}

/// Who a sentence without quotes may introduce as its subject, in order:
/// `Speaking in Lisbon, Atlantis’s President Karl Lind struck a note.`,
/// `Jan Berg, Ruritania’s envoy, spoke to reporters.`, `Atlantis’s
/// envoy, Jan Berg, was unmoved.`, `The talks went on, Karl Lind said.`
/// Appositions come with the name. The first that is a person counts.
/// A dateline opening the sentence (`WASHINGTON, D.C. — Alliance for
/// Justice President Jo Lin issued a statement`) is where it was filed:
/// its comma would make `D.C. — Alliance` a subject.
pub fn introduced(sentence: &str) -> Vec<Subject<'_>> {
    let mut found = Vec::new();
    let pieces: Vec<&str> = super::text::clause_pieces(past_dateline(sentence)).collect();
    for (i, &whole) in pieces.iter().enumerate() {
        // Each opening dropped below re-reads the words of what is left.
        let mut piece = whole;
        let mut ws = words(piece);
        // `**13.05 BST** – Jan Berg ...`, `**9:47 p.m.** — Jo Lin ...`: a
        // live blog's time is no subject.
        let clock = clock_words(&ws);
        if clock > 0
            && let Some(w) = ws.get(clock)
        {
            piece = &piece[w.start..];
            ws = words_from(&ws, clock);
        }
        // `On August 17 Owino walked out of her home`, `Last Thursday the
        // Armenian prime minister met`: a day or a time adverbial that
        // opens the sentence with no comma is no subject; read with it,
        // the sentence introduced no one and the next `she` reached back
        // to the woman quoted before. What follows it is, as in a frame.
        if i == 0
            && let Some(at) = subject_word_past_openers(piece, &ws)
        {
            piece = &piece[ws[at].start..];
            ws = words_from(&ws, at);
        }
        // `For Moon, who had waited for years, it was a risk.`: the
        // sentence is about Moon.
        if let [lead, next, ..] = ws.as_slice()
            && i == 0
            && lead.text == "For"
            && next.is_capitalised()
        {
            piece = &piece[next.start..];
            ws = words_from(&ws, 1);
        }
        // `And Hotel Trades Council President Rafael Duquesne, whose
        // union ..., told NY1`: a conjunction that opens the sentence is
        // no part of the name after it.
        if let [conjunction, next, ..] = ws.as_slice()
            && i == 0
            && conjunction.is(&["and", "but"])
            && next.is_capitalised()
        {
            piece = &piece[next.start..];
            ws = words_from(&ws, 1);
        }
        // `As Tom Dorn puts it`: the clause's subject follows `As`.
        if let [opener, next, ..] = ws.as_slice()
            && opener.is(SUBORDINATORS)
            && next.is_capitalised()
        {
            piece = &piece[next.start..];
            ws = words_from(&ws, 1);
        }
        // `The political scientist Patricia Zegarra Olaechea has studied
        // ...`: `the` and the words describing her open the name.
        if let Some(name_at) = described_name_opening(&ws)
            .or_else(|| (i > 0).then(|| bare_described_name_opening(&ws)).flatten())
        {
            piece = &piece[ws[name_at].start..];
            ws = words_from(&ws, name_at);
        }
        let Some(first) = ws.first() else { continue };
        if opens_with_participle(&ws) {
            continue;
        }
        if let Some(subject) =
            holder_apposition(&pieces, i).or_else(|| inverted_subject(piece, &ws))
        {
            found.push(subject);
            continue;
        }
        // `Speaking in Lisbon`, `On Monday`, `According to Lind`: no subject.
        // `The UN's Amara Okonjo struck a note`: `The` and a possessive
        // may open a name.
        let possessive_opening =
            first.is(&["the"]) && ws.get(1).is_some_and(|w| is_possessive(w.text));
        // `Khaing Thu Kha`: a name that ends in -ing, written as a run of
        // name words, opens no participle clause. (Asked only of a first
        // word in -ing: each name word test is dear, and most openings
        // are settled without it.)
        let name_run = || ws.len() >= 2 && ws.iter().all(is_name_word);
        if first.is(PREPOSITIONS) && !possessive_opening
            || first.is(&["according"])
            || ends_in_ing(first.text) && !name_run()
            || !first.is_capitalised()
        {
            continue;
        }
        // `Former City defender and Sky Sports pundit Gary Nwosu`: role
        // words, joined by `and`, lead up to the name.
        let mut head = None;
        let mut joined_by_and = false;
        for (k, w) in ws.iter().enumerate() {
            let describing =
                w.is(PROFESSION_NOUNS) || w.is(ROLE_NOUNS) || person_noun_before_name(&ws, k);
            let joins_roles = w.is(&["and"])
                && k > 0
                && (ws[k - 1].is(PROFESSION_NOUNS) || ws[k - 1].is(ROLE_NOUNS))
                && ws[k - 1].after.trim().is_empty();
            // `UN Special Envoy for Syria Jan Berg`, `Ambassador to Yemen
            // Ana Vell`: `for` or `to` and its place or portfolio belong
            // to the title before the name.
            let title_for = w.is(OFFICE_LINK_WORDS)
                && k > 0
                && (ws[k - 1].is(TITLES) || ws[k - 1].is(OFFICE_WORDS))
                && ws.get(k + 1).is_some_and(Word::is_capitalised);
            if !(w.is_capitalised()
                || w.is(TITLES)
                || w.is(OFFICE_WORDS)
                || w.is(NAME_PARTICLES)
                || w.is(&["the", "of"])
                || describing
                || joins_roles
                || title_for)
            {
                // `Sen. Tom Dorn and Sen. Ivo Tam joined`: two subjects.
                joined_by_and = w.is(&["and", "or"])
                    && head.is_some()
                    && ws.get(k + 1).is_some_and(Word::is_capitalised);
                break;
            }
            head = Some(w);
        }
        let Some(head) = head.filter(|_| !joined_by_and) else {
            continue;
        };
        let mut subject = parse_subject(&piece[..head.end]);
        if !subject.names_someone() {
            continue;
        }
        if i > 0 && describes_office(pieces[i - 1]) {
            subject.apposition.push(pieces[i - 1].trim());
        }
        let whole_piece = piece[head.end..].trim().is_empty();
        if whole_piece && i + 2 < pieces.len() {
            subject.apposition.push(pieces[i + 1].trim());
        }
        found.push(subject);
    }
    found
}

/// Ends in `ing` once lowercased, without building the lowercase word (a
/// test of every clause piece): no character but `i`, `n` and `g` in
/// either case lowercases to a string that ends in them.
/// Whether a clause piece opens with a participle and its phrase
/// (`Contacted by Lusa in Bissau, the president ... said`, `Reached by
/// telephone, ...`): the capitalised participle is no name, so the piece
/// holds no subject; the subject follows its comma.
fn opens_with_participle(ws: &[Word<'_>]) -> bool {
    matches!(ws, [first, next, ..] if first.is(CLAUSE_OPENING_PARTICIPLES) && next.is(PREPOSITIONS))
}

/// Whether the lowercase word at `k` is a noun for a person of one sex
/// (`businessman`, `widow`, `father`) followed by a capitalised word: a
/// description before a name (`Texas businessman Royce Vanderploeg`),
/// read with the name as one subject, as a profession noun is.
/// Where the name starts in a clause piece that opens with `the`, up to
/// two lowercase words and a profession or role noun (`The political
/// scientist Patricia Zegarra`, `the union leader Ann Reyes`): the words
/// describe the person named right after them.
fn described_name_opening(ws: &[Word<'_>]) -> Option<usize> {
    if !ws.first()?.is(&["the"]) {
        return None;
    }
    let noun = (1..ws.len().min(4)).find(|&k| {
        ws[k].is(PROFESSION_NOUNS) || ws[k].is(ROLE_NOUNS) || person_noun_before_name(ws, k)
    })?;
    let plain_run = ws[..=noun]
        .iter()
        .all(|w| w.after.trim().is_empty() && (w.is(&["the"]) || is_lowercase(w)));
    let name = ws.get(noun + 1).filter(|w| is_name_word(w))?;
    (plain_run && !name.is(TITLES)).then_some(noun + 1)
}

/// `In Bahir Dar, 71-year-old retired teacher Girma Wolde recited a
/// proverb.`: after an opening adverbial and its comma, lowercase words
/// that describe a person (an age, `former`, `retired`, a profession or
/// person noun) right before a full name make that name the clause's
/// subject, whether or not a list of given names knows it: the noun says
/// a person is named. Without it the clause opens lowercase and is read
/// as having no subject, so a pronoun in the next quote reached back to
/// the person quoted before. The index of the name's first word. Only
/// describing words before the noun (never a verb: `police arrested
/// protester Jan Berg` names no subject), a name of two words or more,
/// and a lowercase word (its verb) right after it.
fn bare_described_name_opening(ws: &[Word<'_>]) -> Option<usize> {
    let is_age = |w: &Word<'_>| w.text.ends_with("-year-old");
    let is_person_noun = |w: &Word<'_>| {
        is_lowercase(w)
            && (w.is(PROFESSION_NOUNS)
                || w.is(ROLE_NOUNS)
                || w.is(PERSON_NOUNS)
                || w.is(APPOSITION_PERSON_NOUNS))
    };
    let first = ws.first()?;
    if !(is_lowercase(first) || is_age(first)) {
        return None;
    }
    let noun = (0..ws.len().min(4)).find(|&k| {
        ws.get(k + 1)
            .is_some_and(|w| is_name_word(w) && !w.is(TITLES))
            && is_person_noun(&ws[k])
    })?;
    let describing = ws[..noun].iter().all(|w| {
        (is_age(w) || w.is(STANDING_ADJECTIVES) || is_person_noun(w)) && w.after.trim().is_empty()
    });
    if !describing || !ws[noun].after.trim().is_empty() {
        return None;
    }
    let mut end = noun + 1;
    while end < ws.len() && is_name_word(&ws[end]) {
        end += 1;
        if !ws[end - 1].after.trim().is_empty() {
            break;
        }
    }
    let full_name = end - (noun + 1) >= 2;
    let verb_after =
        ws.get(end).is_some_and(|w| is_lowercase(w)) && ws[end - 1].after.trim().is_empty();
    (full_name && verb_after).then_some(noun + 1)
}

fn person_noun_before_name(ws: &[Word<'_>], k: usize) -> bool {
    let w = &ws[k];
    !w.is_capitalised()
        && (w.is(MALE_PERSON_NOUNS) || w.is(FEMALE_PERSON_NOUNS))
        && w.after.trim().is_empty()
        && ws.get(k + 1).is_some_and(Word::is_capitalised)
}

/// Does `word`'s lowercase end in `ing`? Only ASCII letters lowercase to
/// those three (see the test), so no lowercase copy is made.
pub(super) fn ends_in_ing(word: &str) -> bool {
    word.len() >= 3 && word.as_bytes()[word.len() - 3..].eq_ignore_ascii_case(b"ing")
}

/// `“...” — Ann Reyes` (a line of its own in a fact check or a list of
/// claims): the name after a dash that ends the quote's paragraph, as a
/// range of `context`, the text after the quote. Only name words may
/// follow the dash, or a full name and then, after a comma, what the
/// person is (`— Ann Reyes, Executive Director, Open Courts`, the credit
/// line of a newsletter's quote of the day or of a list of reactions).
pub fn dash_credit(context: &str) -> Option<Range<usize>> {
    let rest = context.trim_start();
    let dash = rest.chars().next().filter(|c| matches!(c, '—' | '–'))?;
    let after = context.len() - rest.len() + dash.len_utf8();
    let line = context[after..].trim();
    let (name, description) = match line.split_once(',') {
        Some((name, description)) => (name.trim_end(), Some(description)),
        None => (line, None),
    };
    // A credit line's description is short and closes the paragraph; a
    // second dash closes an aside instead (`“hyperscalers” — Amazon,
    // Google and Veltrane — have the rest`).
    let credit_line = description
        .is_none_or(|d| !d.contains(['—', '–']) && words(d).len() <= 12 && words(name).len() >= 2);
    let ws = words(name);
    let name_like = |w: &Word<'_>| is_name_word(w) || is_title(w) || w.is(NAME_PARTICLES);
    if ws.is_empty() || ws.len() > 5 || !credit_line || !ws.iter().all(name_like) {
        return None;
    }
    let start = after + (context[after..].len() - context[after..].trim_start().len());
    Some(start..start + name.len())
}

/// `Its head, former foreign minister Kwabena Osei, urged calm.`, `His
/// lawyer, advocate Jo Dube, said`: a lowercase apposition after an
/// unnamed office (`Its head`) names its holder by a full name.
fn holder_apposition<'a>(pieces: &[&'a str], i: usize) -> Option<Subject<'a>> {
    let office = pieces.first().filter(|_| i == 1 && pieces.len() > 2)?;
    let office_words = words(office);
    let possessed = office_words.first().is_some_and(|w| {
        w.is(&["its", "his", "her", "their"])
            || w.is(&["the"]) && office_words.iter().any(|w| is_possessive(w.text))
    });
    let first = words(pieces[1]).into_iter().next()?;
    if !possessed
        || office_words.len() > 5
        || parse_subject(office).names_someone()
        || !is_lowercase(&first)
        || first.is(&["a", "an", "the", "who", "which", "whose", "one", "another"])
    {
        return None;
    }
    let mut subject = parse_subject(pieces[1]);
    let full = subject.name.is_some_and(|n| words(n).len() >= 2);
    (full && subject.names_someone() && !subject.descriptor.is_empty()).then(|| {
        subject.apposition.push(office.trim());
        subject
    })
}

/// `Among them was Ana Vell`, `Among the first to arrive was Ana Vell`:
/// the subject after the verb of an inverted sentence, written as a full
/// name that ends the piece.
/// `ws` are the words of `piece`.
fn inverted_subject<'a>(piece: &'a str, ws: &[Word<'a>]) -> Option<Subject<'a>> {
    if !(ws.first()?.is(PREPOSITIONS) || ws[0].is(&["among"])) || !ws[0].is_capitalised() {
        return None;
    }
    let copula = ws.iter().position(|w| w.is(&["was", "were", "is"]))?;
    let name = &ws[copula + 1..];
    if name.len() < 2 || !name.iter().all(|w| is_name_word(w) || w.is(NAME_PARTICLES)) {
        return None;
    }
    let subject = parse_subject(&piece[name[0].start..]);
    subject.names_someone().then_some(subject)
}

/// Words that say a sentence tells of speaking (`Speaking in Lisbon`,
/// `spoke to The Daily`), so its day is the day of the words that follow.
pub fn tells_of_speaking(sentence: &str) -> bool {
    words(sentence).iter().any(|w| {
        is_verb(w) || is_gerund(w) || w.is(&["speaking", "spoke", "interview", "interviewed"])
    })
}

/// Words of a post written in capitals after a name (`Chief Operating
/// Officer`); more are a body's name (`Senate Appropriations Committee
/// Chief Clerk` is rare, and read as written).
const MAX_CAPITALISED_POST_WORDS: usize = 3;

/// `a teacher who fled Bustan al-Qasr`, `another rebel group`: words that
/// describe the name before them rather than name someone.
fn is_apposition(piece: &str) -> bool {
    if names_after_its_role(piece) {
        return false;
    }
    let starts_describing = words(piece).first().is_some_and(|w| {
        w.text.chars().next().is_some_and(char::is_lowercase)
            && w.is(&[
                "a", "an", "another", "one", "who", "which", "whose", "himself", "herself", "in",
                "on", "at", "during", "after", "before", "speaking", "when", "while", "as",
            ])
    });
    // `the executive director of the Foundation`: `the` and a common noun.
    let ws = words(piece);
    let the_common_noun = ws.len() > 1 && ws[0].is(&["the"]) && is_lowercase(&ws[1]);
    // `regional head of the Federal Reserve`: an office, lowercase first.
    // `chair of the Senate committee`: a role, lowercase first, with no
    // name before a preposition (`lawyer Jo Lin` names someone).
    let before_preposition = ws.iter().take_while(|w| !w.is(PREPOSITIONS));
    let office = ws.first().is_some_and(is_lowercase)
        && !ws[0].is(NAME_PARTICLES)
        && (ws.iter().any(|w| w.is(OFFICE_WORDS))
            || before_preposition.clone().all(is_lowercase)
                && before_preposition
                    .clone()
                    .any(|w| w.is(ROLE_NOUNS) || w.is(PROFESSION_NOUNS)));
    // `the New Mexico Democrat who leads her party`: a description with
    // a relative clause of its own, whatever its capitals.
    let described =
        ws.len() > 2 && ws[0].is(&["the"]) && ws[2..].iter().any(|w| w.is(&["who", "whose"]));
    // `Republican of Iowa`, `Democrat from Texas`: a party and a state.
    let of_a_place = ws.len() >= 3 && ws[0].is_capitalised() && ws[1].is(&["of", "from"]);
    // `Henrik Dahlqvist, Team Principal, said`: a post written in capitals,
    // as a release's credit line writes it, says who the name before is;
    // a given name in it (`Ann Chief`) makes it a name.
    let capitalised_post = ws.len() <= MAX_CAPITALISED_POST_WORDS
        && ws.iter().all(|w| w.is_capitalised())
        && ws
            .last()
            .is_some_and(|w| w.is(OFFICE_WORDS) || w.is(ROLE_NOUNS))
        && !ws
            .iter()
            .any(|w| super::coref::first_name_gender(w.text).is_some());
    starts_describing
        || capitalised_post
        || is_party_tag(piece)
        || the_common_noun
        || described
        || office
        || of_a_place
        || !parse_subject(piece).names_someone()
}

/// `Justice Ann Reyes, joined by Justice Jo Lin, wrote`, `The Tarn
/// Election Office, led by Jo Lin, said`: a passive participle and its
/// agent after a comma say who or what the named head before is; the
/// agent is no subject of the verb. Never when the agent made the words
/// (`the defence, made by Jo Lin's office,`). A document's agent is its author
/// (`The letter, signed by Jo Lin, said`, gold and readers give the words
/// to Lin), unless the participle only handles it (`The text, read aloud
/// by Jo Lin, said`); a head that names no one (`the groups, led by the
/// Tarn Council,`) keeps the agent, which may stand for it.
fn is_agent_phrase(head: Option<&&str>, piece: &str) -> bool {
    let ws = words(piece);
    let Some(participle) = ws.first() else {
        return false;
    };
    let is_participle = is_lowercase(participle)
        && (participle.text.ends_with("ed")
            || participle.text.ends_with("en")
            || participle.is(IRREGULAR_PAST_VERBS));
    // `the defence, made by the office of Jo Lin,`: whoever made the
    // words is who speaks in them.
    if !is_participle || participle.is(MAKING_PARTICIPLES) || !ws[1..].iter().any(|w| w.is(&["by"]))
    {
        return false;
    }
    let Some(head) = head.map(|h| h.trim()) else {
        return false;
    };
    let head_words = words(head);
    let document = head_words
        .last()
        .is_some_and(|w| w.is(DOCUMENT_NOUNS) || w.is(STATEMENT_NOUNS) || w.is(&["text"]));
    if document {
        participle.is(HANDLING_PARTICIPLES)
    } else {
        parse_subject(head).name.is_some()
    }
}

/// `the UDPS deputy Crispin Mabiala Ntumba`, `the party's lawyer Jo
/// Lin`: a description of a role that ends in a person's name of two
/// words or more, with no preposition or relative word before it, is
/// that person, not an apposition to the name before (`the wife of Jo
/// Lin` and `a Republican Jo Lin defeated` say who the name before is).
fn names_after_its_role(piece: &str) -> bool {
    let ws = words(piece);
    let Some(first_of_name) = ws.iter().rposition(|w| !is_name_word(w)).map(|k| k + 1) else {
        return false;
    };
    let role = &ws[..first_of_name];
    first_of_name + 2 <= ws.len()
        && role.iter().any(|w| {
            w.is(OFFICE_WORDS) || w.is(ROLE_NOUNS) || w.is(PROFESSION_NOUNS) || w.is(TITLES)
        })
        && !role.iter().any(|w| {
            // `PREPOSITIONS` holds the articles too, which a role opens with.
            w.is(PREPOSITIONS) && !w.is(&["the", "a", "an"])
                || w.is(&["who", "which", "whose", "whom", "that"])
        })
        && role.iter().all(|w| w.after.trim().is_empty())
}

/// `D-Ohio`, `R-Pa.`, `D-Des Moines`: a party's letter and a state or
/// city, written after a lawmaker's name between commas.
fn is_party_tag(piece: &str) -> bool {
    let tag = piece.trim().trim_end_matches('.');
    // `Gov. Ann Reyes (R), who ...`: the party's letter alone.
    if ["R", "D", "I"].contains(&tag) {
        return true;
    }
    let mut chars = tag.chars();
    let place_words = tag.split_whitespace().skip(1);
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(party), Some('-'), Some(state)) if party.is_ascii_uppercase() && state.is_uppercase()
    ) && place_words.clone().count() < 3
        && place_words
            .into_iter()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// A capitalised word that can be part of a person's name: not a title,
/// an office, an acronym or a possessive.
pub fn is_name_word(w: &Word<'_>) -> bool {
    w.is_capitalised()
        // `Though I suspect`: the first person is never a name.
        && w.text != "I"
        // `Her Polish counterpart`: a possessive determiner is no name.
        && !w.is(&["his", "her", "its", "their", "our", "my", "your"])
        && !is_calendar_word(w)
        && !is_title(w)
        && !w.is(OFFICE_WORDS)
        && (!is_acronym(w.text) || is_initials(w.text))
        && !is_possessive(w.text)
        && !is_hyphenated_adjective(w.text)
        && !w.is(NEVER_NAME_WORDS)
        // `Twenty Republicans joined`, `Every Libyan knows`: a word that
        // counts people opens a group, never a person's name.
        && !w.is(COUNTING_WORDS)
        && !w.is(&["every", "each"])
        && !is_pronoun_contraction(w.text)
}

/// `I’ll`, `We're`, `You’ve`: a pronoun with its verb run together is
/// never a name word, though capitalised at the start of a clause.
fn is_pronoun_contraction(word: &str) -> bool {
    word.split_once(['\'', '’']).is_some_and(|(pronoun, verb)| {
        ["i", "we", "you", "they", "he", "she"]
            .iter()
            .any(|p| pronoun.eq_ignore_ascii_case(p))
            && ["ll", "m", "ve", "d", "re", "s"].contains(&verb)
    })
}

/// `Ankeny-based`, `Kremlin-backed`: a capitalised word whose tail after
/// its last hyphen is a participle of `HYPHENATED_ADJECTIVE_ENDS` is an
/// adjective before a name, not a name word.
pub(super) fn is_hyphenated_adjective(word: &str) -> bool {
    // Byte by byte, with no searcher set up: this is asked of every name
    // word, and most have no hyphen.
    rsplit_once_ascii(word, b'-').is_some_and(|(_, tail)| HYPHENATED_ADJECTIVE_ENDS.contains(&tail))
}

/// A word that says what a person is, written capitalised before a name
/// or at the start of a sentence: a profession, an honorific, a standing
/// (`Former`), a nationality, a party member, a word opening a clause.
pub fn describes_person(w: &Word<'_>) -> bool {
    w.is(PROFESSION_NOUNS)
        || w.is(HONORIFICS)
        || w.is(STANDING_ADJECTIVES)
        || w.is(DEMONYMS)
        || w.is(PARTY_MEMBER_NOUNS)
        || w.is(SUBORDINATORS)
        || w.is(CONJUNCTIONS)
        || w.is(CLAUSE_OPENING_PARTICIPLES)
}

/// A describing word that is never a surname: alone it stands for a
/// person named elsewhere (`the Czech said`), not for a name.
fn stands_for_person(w: &Word<'_>) -> bool {
    w.is(STANDING_ADJECTIVES)
        || w.is(DEMONYMS)
        || w.is(PARTY_MEMBER_NOUNS)
        || w.is(SUBORDINATORS)
        || w.is(CONJUNCTIONS)
}

/// `Association`, `Project`: a noun that ends a body's name.
fn ends_a_body_name(w: &Word<'_>) -> bool {
    w.is(ORGANISATION_WORDS) || w.is(BODY_HEAD_NOUNS) || w.is(BODY_NAME_END_NOUNS)
}

/// `Republican`, `Texan`: a word that says what someone belongs to.
fn describes_by_membership(w: &Word<'_>) -> bool {
    w.is(PARTY_MEMBER_NOUNS) || w.is(DEMONYMS)
}

/// A capitalised word of a date, never part of a name. `May` is left
/// out: it is a surname as often as a month.
fn is_calendar_word(w: &Word<'_>) -> bool {
    w.is(WEEKDAY_NAMES) || (w.is(MONTH_NAMES) && !w.is(&["may"]))
}

/// A title word, also inside a hyphenated title (`Secretary-General`).
fn is_title(w: &Word<'_>) -> bool {
    w.is(TITLES)
        || w.text.contains('-')
            && w.text
                .split('-')
                .all(|p| TITLES.iter().any(|t| t.eq_ignore_ascii_case(p)))
}

/// `Management and Budget Director Jo K. Lin`: the words after a body's
/// `of` end in a title and a name of two words or more, so the whole
/// phrase is an office before a name, not a name of a body. A staff post
/// is such a title too (`Brandt for Wisconsin campaign manager Dana
/// Whitfield` is the manager, not the candidate the campaign is named for).
fn ends_in_title_and_name(rest: &[Word<'_>]) -> bool {
    let post = |w: &Word<'_>| is_title(w) || w.is(OFFICE_WORDS) || w.is(STAFF_NOUNS);
    let Some(title) = rest.iter().rposition(post) else {
        return false;
    };
    let name = &rest[title + 1..];
    title >= 1
        && name.len() >= 2
        && name.iter().all(|w| {
            is_name_word(w) || (w.text.len() == 1 || is_initials(w.text)) && w.after == "."
        })
}

/// `Bureau of Meteorology senior meteorologist Kirsty Balogh`, `Bureau of
/// Meteorology's Kirsty Balogh`: after a body's noun and its `of`, the
/// rest of the body's name (capitalised words, the last may be a
/// possessive), then lowercase words describing a person or the
/// possessive alone, then a name of two words or more. The name is the
/// head of the noun phrase, the body only says whose the person is.
fn body_premodifies_name(body_noun: &Word<'_>, rest: &[Word<'_>]) -> bool {
    if !ends_a_body_name(body_noun) {
        return false;
    }
    let body_end = rest
        .iter()
        .position(|w| !w.is_capitalised() || is_possessive(w.text))
        .unwrap_or(rest.len());
    let possessive = rest.get(body_end).is_some_and(|w| is_possessive(w.text));
    let described_from = body_end + usize::from(possessive);
    let name_from = (described_from..rest.len())
        .find(|&k| !describing_lowercase_noun(&rest[k]))
        .unwrap_or(rest.len());
    let name = &rest[name_from..];
    // The body's possessive alone, or the rest of its name and words
    // describing the person.
    let premodified = possessive || (body_end >= 1 && name_from > described_from);
    premodified
        && name.len() >= 2
        && name.iter().all(is_name_word)
        && !name.last().is_some_and(ends_a_body_name)
}

/// A lowercase word that may describe the person named after it
/// (`meteorologist`, `senior`): no preposition, conjunction, article or
/// name particle, which would open another phrase (`Inquiry into Sexual
/// Abuse`) or sit inside the name.
fn describing_lowercase_noun(w: &Word<'_>) -> bool {
    is_lowercase(w)
        && w.text.chars().all(|c| c.is_alphabetic() || c == '-')
        && !w.is(PREPOSITIONS)
        && !w.is(ADVERBIAL_PREPOSITIONS)
        && !w.is(CONJUNCTIONS)
        && !w.is(NAME_PARTICLES)
        && !w.is(&[
            "or", "nor", "who", "which", "that", "as", "than", "via", "per",
        ])
}

/// `Mr. Voskanyan himself`, `Tirab himself`: an emphatic reflexive after
/// a name stresses who spoke and says nothing else of who it is, so the
/// phrase is read without it. A description keeps it (`The former
/// secretary himself`): there it tells the person's sex
/// (`descriptor::Descriptor`).
fn without_emphatic_reflexive(phrase: &str) -> &str {
    // (Asked of every subject: the first word is read only once a
    // reflexive ends the phrase.)
    let described = || {
        let first = phrase.split_whitespace().next().unwrap_or_default();
        ["the", "this", "that"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(first))
    };
    // (Every reflexive ends in `self` or `selves`: most subjects stop here.)
    let tail = |n: usize| phrase.get(phrase.len().saturating_sub(n)..);
    if !(tail(4).is_some_and(|t| t.eq_ignore_ascii_case("self"))
        || tail(6).is_some_and(|t| t.eq_ignore_ascii_case("selves")))
    {
        return phrase;
    }
    match phrase.rsplit_once(' ') {
        Some((before, last))
            if EMPHATIC_REFLEXIVES
                .iter()
                .any(|r| r.eq_ignore_ascii_case(last))
                && !before.trim_end().ends_with(',')
                && !described() =>
        {
            before.trim_end()
        }
        _ => phrase,
    }
}

/// `Rebecca Hartigan SC said`: post-nominal letters after a name (its
/// last two words name words) are no part of the name, which the actor files list bare.
fn without_post_nominal_letters(phrase: &str) -> &str {
    let Some((name, last)) = rsplit_once_ascii(phrase, b' ') else {
        return phrase;
    };
    // Every subject is read here: the list is asked before any words.
    if !POST_NOMINAL_LETTERS.contains(&last) {
        return phrase;
    }
    let name = name.trim_end().trim_end_matches(',').trim_end();
    let ws = words(name);
    let named = ws.len() >= 2 && ws[ws.len() - 2..].iter().all(is_name_word);
    if named { name } else { phrase }
}

/// Splits a noun phrase into descriptor, name and apposition.
pub fn parse_subject(phrase: &str) -> Subject<'_> {
    // `Dianne Feinstein (D-Calif.)`: a parenthesis is no part of the name,
    // but says who the person is.
    let (phrase, parenthesis) = match split_once_ascii(phrase, b'(') {
        Some((name, rest)) => (name, rest.split(')').next().map(str::trim)),
        None => (phrase, None),
    };
    let mut phrase = phrase.trim().trim_end_matches(['.', ',', ';', ':']);
    // `Wade T. Culpepper, Jr`: the suffix set off by a comma.
    if let Some((name, suffix)) = rsplit_once_ascii(phrase, b',')
        && is_name_suffix(suffix.trim())
    {
        phrase = name.trim_end();
    }
    phrase = without_emphatic_reflexive(phrase);
    phrase = without_post_nominal_letters(phrase);
    // `Rep. Dana Kettering, R-Mont.`: a party tag set off by a comma says,
    // like a parenthesis, who the person is; it is no part of the name.
    let mut tag = None;
    if let Some((name, after)) = rsplit_once_ascii(phrase, b',')
        && is_party_tag(after.trim())
    {
        phrase = name.trim_end();
        tag = Some(after.trim());
    }
    // The words of the phrase left when no opening word is dropped.
    let ws = loop {
        let ws = words(phrase);
        match ws.first() {
            Some(w) if w.is(CONJUNCTIONS) && ws.len() > 1 => {
                phrase = phrase[w.end..].trim_start_matches([',', ' ']);
            }
            // `As Tom Dorn puts it`.
            Some(w) if w.is(SUBORDINATORS) && ws.get(1).is_some_and(Word::is_capitalised) => {
                phrase = phrase[w.end..].trim_start();
            }
            _ => break ws,
        }
    };
    // `Your Lordship published`: a form of address stands for the person
    // spoken to, and no word of it is a name.
    if let [your, noun] = ws.as_slice()
        && your.is(&["your"])
        && noun.is(ADDRESS_FORM_NOUNS)
    {
        return Subject {
            phrase,
            ..Subject::default()
        };
    }
    if ws.len() == 1 && ws[0].is(PRONOUNS) {
        return Subject {
            phrase,
            pronoun: Some(ws[0].text),
            ..Subject::default()
        };
    }
    // `NAME of the GROUP`: the group is what the name belongs to.
    let mut head = ws.len();
    let mut apposition: Vec<&str> = parenthesis.into_iter().chain(tag).collect();
    for (i, w) in ws.iter().enumerate().skip(1) {
        if w.is(&["of", "for", "from", "at", "with"])
            && ws[i - 1].is_capitalised()
            && !is_title(&ws[i - 1])
            && !ws[i - 1].is(OFFICE_WORDS)
            && !ws[i - 1].is(PROFESSION_NOUNS)
            && !ends_in_title_and_name(&ws[i + 1..])
            && !(w.is(&["of"]) && body_premodifies_name(&ws[i - 1], &ws[i + 1..]))
        {
            head = i;
            apposition.push(&phrase[w.start..]);
            break;
        }
    }
    let head_words = &ws[..head];
    let mut start = head_words.len();
    while start > 0 {
        let w = &head_words[start - 1];
        let is_name = is_name_word(w);
        let is_particle = w.is(NAME_PARTICLES) && start < head_words.len();
        // `John F. Kerry`: an initial may carry its full stop (asked
        // first: few words have one).
        let initial = w.after == "." && (w.text.len() == 1 || is_initials(w.text));
        if !(is_name || is_particle)
            || (start < head_words.len() && !w.after.is_empty() && !initial)
        {
            break;
        }
        start -= 1;
    }
    while start < head_words.len() && is_lower_particle(&head_words[start]) {
        start += 1;
    }
    // `Statistician Jo Lin`, `Shri Hiremath`, `U.S. Attorney Ann Reyes`: a
    // capitalised word that describes the person, and all before it, is no
    // part of the name.
    // `The American Bar Association`, `Democratic Governors Caucus`:
    // before a body's head noun a nationality or party word is part of the
    // body's own name.
    let names_a_body = head_words
        .last()
        .is_some_and(|w| w.is_capitalised() && ends_a_body_name(w));
    if let Some(last) = (start..head_words.len().saturating_sub(1))
        .rev()
        .find(|&k| {
            describes_person(&head_words[k])
                && !(names_a_body && describes_by_membership(&head_words[k]))
        })
    {
        start = last + 1;
    }
    // `The Brandvale Farmers Guild said`: the article opening a sentence
    // is no part of the name after it.
    let mut opening_the = false;
    while start + 1 < head_words.len() && head_words[start].is(&["the"]) {
        start += 1;
        opening_the = true;
    }
    // `the Czech`, `Senior Conservatives`: a describing word alone names
    // no one.
    if start + 1 == head_words.len() && stands_for_person(&head_words[start]) {
        start = head_words.len();
    }
    // `the Georgia Republican`, `the New York Democrat`, `the 56-year-old
    // Christian Democrat`: after `the` (and an age), a run ending in a
    // party or nation word describes someone named elsewhere; taken as a
    // name it becomes a person nobody is.
    if let Some((last, before)) = head_words.split_last()
        && start < head_words.len()
        && describes_by_membership(last)
    {
        let described = before
            .iter()
            .rev()
            .find(|w| !(w.is_capitalised() || w.text.ends_with("-year-old")) || w.is(&["the"]))
            .is_some_and(|w| w.is(&["the"]));
        if described {
            start = head_words.len();
        }
    }
    // `Secretary of Commerce Jo Lin`: the department goes with the title,
    // the name is the last two words.
    // `Registrar of Voters Dwayne K. Harkavy`: an office noun's `of`
    // too, and a middle initial stays with the name.
    // `Minister of Foreign Affairs Quoren Daltavy`: a department word
    // that also describes people (`Foreign`) may have moved the start
    // past the `of`; the department still runs from it.
    let office_noun = |w: &Word<'_>| is_title(w) || w.is(OFFICE_WORDS) || w.is(PROFESSION_NOUNS);
    // `Minister for Health Ana Vell`, `Special Envoy for Syria Jan Berg`:
    // a `for` after the office noun likewise; `Leader of the Congress
    // Legislature Party K R Deshmukh`: the department may open with `the`.
    let department = (2..=start.min(head_words.len())).rev().find(|&k| {
        head_words[k - 1].is(OFFICE_LINK_WORDS)
            && office_noun(&head_words[k - 2])
            && (is_department(&head_words[k..start])
                || is_department_cut_at_and(&head_words[k..start]))
    });
    if let Some(department) = department
        && start < head_words.len()
        && head_words.len() - department >= 3
    {
        let len = head_words.len();
        let middle = &head_words[len - 2];
        // `K R Deshmukh`: one capital is an initial with or without its
        // full stop.
        let one_capital = middle.text.len() == 1 && middle.is_capitalised();
        let initial = one_capital || is_initials(middle.text) && middle.after == ".";
        let mut name_start = if initial && len - department >= 4 {
            len - 3
        } else {
            len - 2
        };
        // `Envoy for Ruritania Jan de Berg`, `Minister of State for Foreign
        // Affairs Nawaf bin Saad Otheim`: a particle joins the name words
        // on both its sides.
        let particle = |k: usize| is_lower_particle(&head_words[k]);
        if particle(name_start) && name_start > department {
            name_start -= 1;
        }
        while name_start >= department + 2 && particle(name_start - 1) {
            name_start -= 2;
        }
        start = start.max(name_start);
    }
    let previous = start.checked_sub(1).map(|p| &head_words[p]);
    // An opening `The` makes a body of a name that ends in a body's noun
    // only: taken for a body, `The Royal College` of an unlisted `Royal
    // College of Midwives` would name no one.
    let definite = previous.is_some_and(|p| p.is(&["the"])) && (names_a_body || !opening_the);
    let after_preposition = previous.is_some_and(|p| p.is(PREPOSITIONS) && !p.is(&["the"]));
    let name = (start < head_words.len())
        .then(|| &phrase[head_words[start].start..head_words[head - 1].end]);
    // `Born Ruth Vale`: a participle opening the sentence says nothing
    // of who she is.
    let described_by = head_words[..start.min(head_words.len())]
        .iter()
        .find(|w| !w.is(CLAUSE_OPENING_PARTICIPLES));
    let descriptor = match (name, head_words.get(start), described_by) {
        (Some(_), Some(first), Some(_)) => phrase[..first.start].trim(),
        _ => "",
    };
    Subject {
        phrase,
        name,
        descriptor,
        apposition,
        pronoun: None,
        definite,
        after_preposition,
    }
}

/// `H.R` (of `H.R. Thimmappa`): initials, each a capital and a full stop.
pub fn is_initials(word: &str) -> bool {
    // Counted as they come, not collected: most words asked are names
    // with no full stop.
    if !word.contains('.') {
        return false;
    }
    let mut parts = 0;
    for part in word.split('.').filter(|p| !p.is_empty()) {
        let mut chars = part.chars();
        let one_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        if !one_capital {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// `UN`, `ICRC`: an acronym is never part of a person's name.
fn is_acronym(word: &str) -> bool {
    // Capitals asked first: a name's second letter settles it.
    word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// `de`, `al`, `bin`: a lowercase particle, which cannot begin a name.
pub fn is_lower_particle(w: &Word<'_>) -> bool {
    w.is(NAME_PARTICLES) && w.text.chars().next().is_some_and(char::is_lowercase)
}

pub(super) fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

/// The agency or outlet in an attribution clause: `quoted by the RIA news
/// agency`, `in the Interfax news agency`, `told Reuters`, `RIA quoted him`,
/// `RIA reported`.
pub fn via<'a>(context: &'a str, ws: &[Word<'a>], outlets: &[&str]) -> Option<&'a str> {
    for (i, w) in ws.iter().enumerate() {
        let after = |k: usize| ws.get(i + k);
        let name_from = |k: usize| {
            let mut k = k;
            if after(k).is_some_and(|n| n.text == "the") {
                k += 1;
            }
            outlet_name(context, &ws[(i + k).min(ws.len())..], outlets)
        };
        let after_speech = i > 0
            && ws[i - 1].is(&[
                "quoted",
                "saying",
                "told",
                "interview",
                "said",
                "speaking",
                "talking",
            ]);
        let according = w.is(&["according"]) && after(1).is_some_and(|n| n.is(&["to"]));
        let candidate = if w.is(&["told"]) || w.is(&["by", "to", "with", "in"]) && after_speech {
            name_from(1)
        } else if according {
            name_from(2)
        } else if w.is(&["quoted", "reported", "reports"]) && i > 0 && !is_auxiliary(&ws[i - 1]) {
            outlet_before(context, &ws[..i], outlets)
        } else {
            None
        };
        if candidate.is_some() {
            return candidate;
        }
    }
    None
}

/// A run of capitalised words at the start of `ws`, if what follows (or
/// the name itself) says it is a news outlet.
fn outlet_name<'a>(context: &'a str, ws: &[Word<'a>], outlets: &[&str]) -> Option<&'a str> {
    // `the state broadcaster TRT`: the outlet words come first.
    let described = ws
        .iter()
        .take_while(|w| {
            !w.is_capitalised()
                && (w.is(OUTLET_NOUNS)
                    || w.is(&["state", "public", "national", "local", "official"]))
        })
        .count();
    let introduced = ws[..described].iter().any(|w| w.is(OUTLET_NOUNS));
    let ws = &ws[described..];
    let n = ws.iter().take_while(|w| w.is_capitalised()).count();
    if n == 0 {
        return None;
    }
    let name = &context[ws[0].start..ws[n - 1].end];
    let followed_by_outlet_word = introduced || ws.get(n).is_some_and(|w| w.is(OUTLET_NOUNS));
    (followed_by_outlet_word || super::registry::is_outlet(name, outlets)).then_some(name)
}

/// `RIA quoted him`, `RIA news agency reported`: the name before the verb.
fn outlet_before<'a>(context: &'a str, ws: &[Word<'a>], outlets: &[&str]) -> Option<&'a str> {
    let mut end = ws.len();
    while end > 0
        && ws[end - 1].is(&["news", "agency", "newspaper", "daily", "the", "state", "tv"])
        && !ws[end - 1].is_capitalised()
    {
        end -= 1;
    }
    let mut start = (0..end)
        .rev()
        .take_while(|&i| ws[i].is_capitalised())
        .last()?;
    // `The Yonhap news agency quoted`: the article opens the sentence.
    if ws[start].text == "The" && start + 1 < end && end < ws.len() {
        start += 1;
    }
    let name = &context[ws[start].start..ws[end - 1].end];
    let is_outlet = end < ws.len() || super::registry::is_outlet(name, outlets);
    is_outlet.then_some(name)
}

/// A transcript line's speaker label ([`transcript_label`]).
#[derive(Debug, PartialEq, Eq)]
pub struct TranscriptLabel {
    /// The name in ordinary case, without titles: `Tapley`.
    pub name: String,
    /// The titles before it in ordinary case (`Sen.`, `Ms.`, `Chairman`):
    /// a titled label names a person, whom the article need not have
    /// introduced.
    pub title: Option<String>,
}

/// `**CULPEPPER:**`, `SEN. TAPLEY:`, `JONAH MARKOWICZ, MSNBC HOST:`: a
/// transcript line's speaker label, a name written in capitals and a
/// colon with nothing else before the words it gives. Returns the name in
/// ordinary case (`Culpepper`, `Tapley`, `Jonah Markowicz`) for matching
/// against the people the article introduced; titles and what follows a
/// comma or a parenthesis are left out. `Q:` holds no name and gives none.
pub fn transcript_label(lead: &str) -> Option<TranscriptLabel> {
    let emphasis = ['*', '_', ' ', '\t'];
    let label = lead.trim().trim_matches(emphasis).strip_suffix(':')?;
    let label = label.trim_matches(emphasis);
    // Capitals only: `Key lines:` or `The banner read:` is no label.
    if label.is_empty() || label.chars().any(char::is_lowercase) {
        return None;
    }
    let name = label.split([',', '(']).next().unwrap_or_default();
    let ws = words(name);
    let start = ws
        .iter()
        .position(|w| !w.is(TRANSCRIPT_LABEL_TITLES))
        .unwrap_or(ws.len());
    let (ws_all, ws) = (&ws, &ws[start..]);
    let namelike = |w: &Word<'_>| {
        w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.text
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    if ws.is_empty() || ws.len() > 3 || !ws.iter().all(namelike) {
        return None;
    }
    let name = ws
        .iter()
        .map(|w| ordinary_case(w.text))
        .collect::<Vec<_>>()
        .join(" ");
    let title = ws_all[..start]
        .iter()
        .map(|w| ordinary_case(w.text))
        .collect::<Vec<_>>()
        .join(" ");
    Some(TranscriptLabel {
        name,
        title: (start > 0).then_some(title),
    })
}

/// The name a label opening `paragraph` gives when the words after it
/// are the speaker's own, unquoted (`**Tendai Mubvumba:** Minister Bokele
/// is a patient man. When he told me, “...”`): an interview answer,
/// where the one answering is `I` and never `he` or `she`. Not when the
/// answer opens with a quote (`**Bagheri-Rad:** “...” He added that`):
/// that is the reporter telling what was said.
pub fn answer_label(paragraph: &str) -> Option<String> {
    let colon = paragraph.find(':')?;
    let rest = &paragraph[colon + 1..];
    let closing = rest.len() - rest.trim_start_matches(['*', '_']).len();
    let label = &paragraph[..colon + 1 + closing];
    let told = paragraph[label.len()..]
        .trim_start()
        .starts_with(['"', '“']);
    if told || label.contains(['"', '“', '”']) {
        return None;
    }
    speaker_label(label)
}

/// Words after the name in a label that say where or when the words were
/// given, not who gave them: `Rep. Ann Reyes on X:`, `Jo Lin at a rally:`.
const LABEL_SETTING_WORDS: &[&str] = &["on", "in", "at", "via", "to", "during"];

/// Most words a label may hold: a label names, it does not narrate.
const MAX_LABEL_WORDS: usize = 8;

/// `- Rep. Ann Reyes (R-Neb.):`, `**Bagheri-Rad:**`, `**UNION CHIEF
/// NEGOTIATOR JO LIN:`, `Ranking member Jo Lin (D-Calif.) on X:`,
/// a line (or a bold span) that opens with who speaks and a colon, in any case, the way bullets of reactions and
/// transcripts are written. Party tags and parentheses, a comma's
/// apposition and a trailing note of where it was said are left out. Only
/// capitalised words and the lower-case words of offices may stand in
/// it, so `The caption reads:` or `Key lines:` is no label.
pub fn speaker_label(lead: &str) -> Option<String> {
    let decoration = ['*', '_', ' ', '\t', '-', '\u{2013}', '\u{2014}', '\u{2022}'];
    let label = lead.trim().trim_matches(decoration).strip_suffix(':')?;
    let label = label.trim_matches(decoration);
    let label = label.split(['(', ',']).next().unwrap_or_default().trim();
    let shouting = !label.chars().any(char::is_lowercase);
    let ws = words(label);
    let end = ws
        .iter()
        .position(|w| is_lowercase(w) && w.is(LABEL_SETTING_WORDS))
        .unwrap_or(ws.len());
    let ws = &ws[..end];
    if ws.is_empty() || ws.len() > MAX_LABEL_WORDS {
        return None;
    }
    let office_word = |w: &Word<'_>| {
        w.is(TITLES) || w.is(ROLE_NOUNS) || w.is(OFFICE_WORDS) || w.is(PROFESSION_NOUNS)
    };
    let allowed = |w: &Word<'_>| {
        shouting || w.is_capitalised() || office_word(w) || w.is(&["of", "the", "for"])
    };
    if !ws.iter().all(allowed) || ws[0].text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // `**Spokesperson:**` alone names no one: which spokesperson the
    // article means is a guess (giving the last one quoted raised wrong
    // persons), so it stays unnamed.
    if ws.iter().all(office_word) {
        return None;
    }
    let text = ws
        .iter()
        .map(|w| {
            if shouting {
                ordinary_case(w.text)
            } else {
                w.text.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    if !parse_subject(&text).names_someone() {
        return None;
    }
    // `(R-Neb.)` says which party the person speaks for.
    let tag = lead
        .find('(')
        .and_then(|open| Some(&lead[open..=open + lead[open..].find(')')?]));
    Some(match tag {
        Some(tag) => format!("{text} {tag}"),
        None => text,
    })
}

/// `CORRIVEAU-SPRATT` -> `Corriveau-Spratt`, `O'NEILL` -> `O'Neill`: a
/// capital at the start of the word and after a hyphen or an apostrophe.
fn ordinary_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut capital = true;
    for c in word.chars() {
        if capital {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        capital = matches!(c, '-' | '\'' | '’');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_person_the_reporter_went_to_is_read_past_the_reporter() {
        let name = |s: &'static str| met_by_reporter(s).and_then(|m| m.name);
        assert_eq!(
            name("We asked Kilby on Monday whether he would back the bill."),
            Some("Kilby")
        );
        assert_eq!(
            name("Our colleagues spoke earlier this week to Ilse Marrow, who came home."),
            Some("Ilse Marrow")
        );
        assert_eq!(
            name("**11:34 p.m.** — Our colleague Ana Berg spoke with Tom Dale, 71, outside."),
            Some("Tom Dale")
        );
        assert_eq!(
            name("Reporters reached Ann Reyes by phone."),
            Some("Ann Reyes")
        );
        // Someone else's asking, or a meeting of no one named, is not it.
        assert_eq!(name("Tom Dale asked Ann Reyes to stay."), None);
        assert_eq!(name("We spoke to residents of the town."), None);
        assert_eq!(name("We asked whether the vote would hold."), None);
    }
    #[test]
    fn initials_acronyms_and_hyphenated_adjectives_read_as_before() {
        // `is_initials` and `is_acronym` as they were written before.
        let initials_collected = |word: &str| {
            let parts: Vec<&str> = word.split('.').filter(|p| !p.is_empty()).collect();
            word.contains('.')
                && parts.len() >= 2
                && parts
                    .iter()
                    .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
        };
        let acronym_counted_first = |word: &str| {
            word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        };
        let examples = [
            "", ".", "..", "H", "H.", "H.R", "H.R.", "h.R", "H.Rs", "H..R", ".H.R.", "É.Ö", "U.S.",
            "UN", "ICRC", "Un", "U", "U2", "F-16", "Kerry", "KERRY", "ÉTÉ", "Été", "ǅ.A", "1.2",
            "H.R.T", "Al-Assad", "AL-ASSAD", "X.", "AB.c",
        ];
        let hyphenated_split_at_last = |word: &str| {
            word.rsplit_once('-')
                .is_some_and(|(_, tail)| HYPHENATED_ADJECTIVE_ENDS.contains(&tail))
        };
        let more = [
            "Kremlin-backed",
            "Ankeny-based",
            "-based",
            "based",
            "Ann-Marie",
            "x-é-led",
        ];
        for word in examples.iter().chain(&more) {
            assert_eq!(
                is_hyphenated_adjective(word),
                hyphenated_split_at_last(word),
                "{word}"
            );
        }
        for word in examples {
            assert_eq!(is_initials(word), initials_collected(word), "{word}");
            assert_eq!(is_acronym(word), acronym_counted_first(word), "{word}");
        }
    }

    #[test]
    fn a_dateline_ends_at_its_dash() {
        assert_eq!(
            past_dateline("NEW YORK, March 5 (Reuters) - Jo Lin, the founder"),
            "Jo Lin, the founder"
        );
        assert_eq!(
            past_dateline("SEOUL, South Korea (AP) — The father"),
            "The father"
        );
        assert_eq!(
            past_dateline("US President Jo Lin - the author"),
            "US President Jo Lin - the author"
        );
        assert_eq!(past_dateline("Jo Lin - the author"), "Jo Lin - the author");
        assert_eq!(
            past_dateline("NATO chief Jo Lin — the author"),
            "NATO chief Jo Lin — the author"
        );
        // The widest dash starting at the last byte a dateline may reach.
        let place = format!("AB{}", "C".repeat(MAX_DATELINE_LEN - 2));
        assert_eq!(past_dateline(&format!("{place} – Jo Lin")), "Jo Lin");
        assert_eq!(
            past_dateline(&format!("{place}D – Jo Lin")),
            format!("{place}D – Jo Lin")
        );
        assert_eq!(past_dateline("in Lisbon - Jo Lin"), "in Lisbon - Jo Lin");
    }

    #[test]
    fn a_relative_clause_leads_into_a_quote_through_its_own_verb() {
        assert!(quote_in_relative_clause(
            "Gary Kressler, who said Tuesday that "
        ));
        assert!(quote_in_relative_clause(
            "Ann Reyes, who had promised that "
        ));
        // A comma inside the clause: the quote is a later verb's.
        assert!(!quote_in_relative_clause(
            "A man, who said his knee hurt, said: "
        ));
        // No speech verb of `who`'s own.
        assert!(!quote_in_relative_clause(
            "Ann Reyes, who leads the panel, called it "
        ));
        assert!(!quote_in_relative_clause("the man who said "));
    }

    #[test]
    fn a_subjects_speech_verb_governs_a_quote_its_complement_holds() {
        let read = |s: &'static str| {
            complement_subject(s).map(|f| (f.subject.name.unwrap_or(f.subject.phrase), f.pronouns))
        };
        // Past a parenthesis, a first verb `but` joins, a participle of a
        // document and a speech verb the subject's own `and` joins.
        assert_eq!(
            read(
                "Chair Dale Lott (R-Tenn.) declined to discuss the interview but said in a post on X that the committee is hearing from "
            ),
            Some(("Dale Lott", vec![]))
        );
        assert_eq!(
            read(
                "The acting governor, Omar Kerr, said in a statement posted on the bank's website that salaries had been "
            ),
            None,
            "a possessive in the complement may be whose words they are"
        );
        assert_eq!(
            read("Mira Tasch said the talks would resume on Monday and told reporters to expect "),
            Some(("Mira Tasch", vec![]))
        );
        let apposition = complement_subject(
            "Jakob Strehl, a German member of the party, said he backed it but urged the Commission to ",
        )
        .map(|f| f.subject.apposition);
        assert_eq!(apposition, Some(vec!["a German member of the party"]));
        let apposition = complement_subject(
            "Ann Raghu, in a post on X, congratulated her rival but said the party was ",
        )
        .map(|f| f.subject.apposition);
        assert_eq!(apposition, Some(vec![]));
        assert_eq!(
            read(
                "Mira Tasch said in a statement posted on Monday that the talks would resume on what she called "
            ),
            Some(("Mira Tasch", vec!["she"]))
        );
        // A speech verb with a subject of its own, a relative `who`, a
        // verb before `but` that is a speech verb of another clause.
        assert_eq!(
            read("Mira Tasch said Omar Haddad told her the road was "),
            None
        );
        assert_eq!(
            read("Mira Tasch said people who say the road is safe were "),
            None
        );
        assert_eq!(
            read("Mira Tasch said the agency had written that it was "),
            None
        );
        assert_eq!(
            read("He said the talks would resume on Monday and told reporters to expect "),
            None
        );
    }

    #[test]
    fn an_opening_participle_conjunction_or_person_noun_is_read_with_the_subject() {
        fn names(t: &str) -> Vec<Option<&str>> {
            introduced(t).iter().map(|s| s.name).collect()
        }
        // `Contacted` is no name: the piece holds no subject.
        assert!(
            names("Contacted by Lusa in Bissau, the president of the chamber said it was calm.")
                .is_empty()
        );
        assert_eq!(
            names("Texas businessman Royce Vanderploeg seized on the moment."),
            [Some("Royce Vanderploeg")]
        );
        assert_eq!(
            names("And Council President Rafael Duquesne, whose union backed Ravenell, told NY1."),
            [Some("Rafael Duquesne")]
        );
        // A name that is no participle still opens the subject.
        assert_eq!(
            names("Ahmed Salem in Bissau said it was calm."),
            [Some("Ahmed Salem")]
        );
    }

    #[test]
    fn a_faith_or_a_pronoun_with_its_verb_is_no_name_word() {
        let name_word = |t: &str| is_name_word(&words(t)[0]);
        for word in ["Catholic", "Anglican", "Sunni", "I’ll", "We're", "They’ve"] {
            assert!(!name_word(word), "{word}");
        }
        for name in ["Roman", "Christian", "O'Neill", "D’Souza"] {
            assert!(name_word(name), "{name}");
        }
    }

    #[test]
    fn what_is_said_of_a_name_ends_at_the_speech_verb() {
        assert_eq!(
            before_speech_verb("of the Crisis Group said the junta had "),
            "of the Crisis Group"
        );
        assert_eq!(
            before_speech_verb("an analyst at Morgan Stanley, told Reuters the firm"),
            "an analyst at Morgan Stanley"
        );
        // Must not: a relative clause keeps its verb, and words with no
        // verb stay whole.
        assert_eq!(
            before_speech_verb("who told the inquiry for the union"),
            "who told the inquiry for the union"
        );
        assert_eq!(
            before_speech_verb("of the Blue Brigade in Aleppo"),
            "of the Blue Brigade in Aleppo"
        );
    }

    #[test]
    fn an_adjective_made_with_a_hyphen_is_no_name_word() {
        let name_word = |t: &str| is_name_word(&words(t)[0]);
        for adjective in ["Ankeny-based", "Kremlin-backed", "Texas-born"] {
            assert!(!name_word(adjective), "{adjective}");
        }
        for name in ["Sobieski-Young", "Al-Mannai", "Thorsby-Lund"] {
            assert!(name_word(name), "{name}");
        }
    }

    /// `read` frames a document's words after `it` or a document's
    /// noun, never after a sign's or a person's.
    #[test]
    fn read_frames_a_documents_words_after_it_or_its_noun() {
        for (context, subject) in [
            (" it read.", "it"),
            (" it reads.", "it"),
            (" the statement reads.", "the statement"),
            (
                " the joint communique read on Monday.",
                "the joint communique",
            ),
        ] {
            let c = clause(context, Side::After, &[]).unwrap();
            assert_eq!(c.subject.map(|s| s.phrase), Some(subject), "{context}");
        }
        for context in [" the sign read.", " he read.", " Reads Ltd"] {
            assert!(clause(context, Side::After, &[]).is_none(), "{context}");
        }
    }

    #[test]
    fn an_emphatic_reflexive_or_a_party_tag_after_a_name_is_no_part_of_it() {
        let name = |phrase: &str| parse_subject(phrase).name.map(str::to_string);
        assert_eq!(name("Mr. Voskanyan himself").as_deref(), Some("Voskanyan"));
        assert_eq!(name("Mulcahy herself").as_deref(), Some("Mulcahy"));
        let tagged = parse_subject("Rep. Dana Kettering, R-Mont.");
        assert_eq!(tagged.name, Some("Dana Kettering"));
        assert_eq!(tagged.apposition, vec!["R-Mont"]);
        let home = parse_subject("House Speaker Timothy J. Hargett, R-Rowan");
        assert_eq!(home.name, Some("Timothy J. Hargett"));
        // Must not: a description keeps its reflexive (it tells the sex),
        // and words after a comma that are no tag stay.
        assert_eq!(
            parse_subject("The former secretary himself").phrase,
            "The former secretary himself"
        );
        assert_ne!(parse_subject("Jo Lin, Ann Ode").apposition, vec!["Ann Ode"]);
    }

    #[test]
    fn the_sentences_reporting_verb_governs_its_whole_complement() {
        let speaker = |context: &str| {
            clause(context, Side::Before, &[]).and_then(|c| {
                c.subject
                    .map(|s| format!("{} {:?}", s.phrase, s.apposition))
            })
        };
        // Commas, names and length in the complement do not break it.
        for (context, who) in [
            (
                "Choe told reporters that Korean companies had invested more than $100 billion in the United States and that ",
                "Choe",
            ),
            (
                "Lavrinenko said Russia had offered its military police to escort the evacuation, and that Moscow ",
                "Lavrinenko",
            ),
            (
                "A WHO spokesperson, Tarik Halilovic, said the agency was preparing updated guidance on heat in care homes, and that the study would be ",
                "Tarik Halilovic",
            ),
            (
                "In a statement, the Transportation Department said flights would operate normally on Friday and that travelers ",
                "the Transportation Department",
            ),
            // An unnamed person's description speaks as a name does.
            (
                "A Pentagon official, speaking on condition of anonymity, said the department was studying whether it could pay troops from other funds, but that ",
                "A Pentagon official",
            ),
        ] {
            let ws = words(context);
            assert!(governing_verb(context, &ws).is_some(), "{context}");
            let found = speaker(context);
            assert!(
                found.as_ref().is_some_and(|s| s.contains(who)),
                "{context}: {found:?}"
            );
        }
        // Must not: someone else's words, a source of the complement's
        // own, a speaker through someone, a passive, a verb that is no
        // reporting verb, a subject that does not open the sentence.
        for context in [
            "The minister said Tom Dorn had called the plan, which the board rejected on Monday, ",
            "Reyes said the ad contrasts the governor's record on taxes in Tarn with Dorn's pledge to ",
            "The Coalition noted that the Presidential Emergency Board, in its September 3 report, ",
            "Ann Reyes said through her chief counsel, Tom Dorn, that she had read the report and would have ",
            "The plan was announced on Monday by the ministry, which expects the cuts to reach farmers in Tarn ",
            "The panel found her defence, filed in May with the court in Tarn, to be ",
            "After the vote on Tuesday in the Senate, the talks that Reyes said had stalled over money in Tarn were ",
            // A definite description is no unnamed source.
            "The official said the department was studying whether it could pay troops from other funds, but that ",
        ] {
            let ws = words(context);
            assert_eq!(governing_verb(context, &ws), None, "{context}");
        }
    }

    #[test]
    fn an_unnamed_description_opens_with_an_indefinite_determiner() {
        for phrase in [
            "A Pentagon official",
            "Two people involved in the talks on the union side",
            "One GOP aide",
        ] {
            assert!(is_unnamed_description(phrase), "{phrase}");
        }
        // A definite description, a body, a clause or a pronoun is none.
        for phrase in [
            "The official",
            "The Ministry of Interior",
            "A senator said the",
            "he",
        ] {
            assert!(!is_unnamed_description(phrase), "{phrase}");
        }
    }

    #[test]
    fn ends_in_ing_as_the_lowercase_word_does() {
        for word in [
            "Bowling",
            "SINGING",
            "Ing",
            "ing",
            "Ïng",
            "İNG",
            "Ng",
            "Tsing",
            "Kung",
            "Spring’s",
            "Pinger",
            "",
        ] {
            let lower = Word {
                text: word,
                start: 0,
                end: word.len(),
                after: "",
            }
            .lower();
            assert_eq!(ends_in_ing(word), lower.ends_with("ing"), "{word}");
        }
        assert!(ends_in_ing("Whistling"));
        assert!(!ends_in_ing("Whistler"));
    }

    fn who(context: &str, side: Side) -> Option<String> {
        let c = clause(context, side, &[])?;
        let s = c.subject?;
        Some(s.pronoun.or(s.name).unwrap_or(s.phrase).to_string())
    }

    #[test]
    fn a_place_and_party_word_after_the_is_no_name() {
        for phrase in [
            "The Georgia Republican",
            "the New York Democrat",
            "the Republican",
            "the 56-year-old Christian Democrat",
        ] {
            assert_eq!(parse_subject(phrase).name, None, "{phrase}");
        }
        assert_eq!(
            parse_subject("Georgia Republican Vance Keller").name,
            Some("Vance Keller")
        );
        assert_eq!(parse_subject("the Rev. Ann Reyes").name, Some("Ann Reyes"));
    }

    #[test]
    fn a_participle_opening_the_sentence_is_no_part_of_the_name_nor_its_role() {
        for (phrase, name, descriptor) in [
            ("Born Ruth Elaine Vale", Some("Ruth Elaine Vale"), ""),
            ("Asked Varn", Some("Varn"), ""),
            // A describing word still describes; a name is kept whole.
            (
                "Former Senator Ann Reyes",
                Some("Ann Reyes"),
                "Former Senator",
            ),
            ("Ruth Vale", Some("Ruth Vale"), ""),
        ] {
            let s = parse_subject(phrase);
            assert_eq!((s.name, s.descriptor), (name, descriptor), "{phrase}");
        }
    }

    #[test]
    fn name_said_after_the_quote() {
        assert_eq!(
            who(" Ana Vell said.", Side::After).as_deref(),
            Some("Ana Vell")
        );
        assert_eq!(
            who(" he told reporters.", Side::After).as_deref(),
            Some("he")
        );
    }

    #[test]
    fn said_name_after_the_quote() {
        let c = " said Atlantean Defence Ministry spokesperson Major General Ivo Tam on Sunday.";
        assert_eq!(who(c, Side::After).as_deref(), Some("Ivo Tam"));
    }

    #[test]
    fn a_description_after_the_verb_with_a_name_in_apposition_is_that_person() {
        let c = " said the group's president, Kathleen Szymanek.";
        let subject = clause(c, Side::After, &[]).unwrap().subject.unwrap();
        assert_eq!(subject.name, Some("Kathleen Szymanek"));
        assert_eq!(subject.apposition, vec!["the group's president"]);
        // A word that is no name, or one name word alone, stays an
        // apposition of the description.
        for c in [
            " said the spokesman, speaking in Geneva.",
            " said the minister, Mubarak.",
            " said the minister, Monday.",
        ] {
            let subject = clause(c, Side::After, &[]).unwrap().subject.unwrap();
            assert_eq!(subject.name, None, "{c}");
        }
        // A named subject keeps its own name.
        let c = " said Ivo Tam, Atlantis's presidential spokesman.";
        assert_eq!(who(c, Side::After).as_deref(), Some("Ivo Tam"));
    }

    #[test]
    fn name_said_before_the_quote() {
        assert_eq!(
            who(
                "Speaking to reporters, Ruritanian envoy Ana Vell said:",
                Side::Before
            )
            .as_deref(),
            Some("Ana Vell")
        );
        assert_eq!(
            who(
                "Atlantis’s UN ambassador Ivo Tam said the two sides",
                Side::Before
            )
            .as_deref(),
            Some("Ivo Tam")
        );
    }

    #[test]
    fn subject_of_the_sentence_speaks_through_a_participle() {
        let c = "But deputy envoy Ana Vell suggested there was no deal, saying";
        assert_eq!(who(c, Side::Before).as_deref(), Some("Ana Vell"));
        let c = clause(" he continued, adding that", Side::Before, &[]).unwrap();
        assert_eq!(c.subject.unwrap().pronoun, Some("he"));
    }

    #[test]
    fn verb_far_from_the_quote_is_no_attribution() {
        // Round twenty-two: the sentence's own reporting verb governs
        // its complement past a relative clause (`said her country,
        // which sits north of the coast, was “...”`)...
        assert_eq!(
            who(
                "Ana Vell said the talks, which began on a cold and rainy day in the capital, were",
                Side::Before
            ),
            Some("Ana Vell".into())
        );
    }

    #[test]
    fn a_far_verb_leads_in_through_that() {
        assert_eq!(
            who(
                "Ana Vell said in an interview with the state channel Atlantis 24 that Moscow had ",
                Side::Before
            ),
            Some("Ana Vell".into())
        );
        // Punctuation between the verb and `that` no longer breaks the
        // lead-in when the verb is the sentence's own (round twenty-two);
        // it does after a verb of the middle of the sentence.
        assert_eq!(
            who(
                "Ana Vell said, after a long week of talks in the capital, that Moscow had ",
                Side::Before
            ),
            Some("Ana Vell".into())
        );
        assert!(
            clause(
                "The envoy spoke after Ana Vell said, after a long week of talks in the capital, that Moscow had ",
                Side::Before,
                &[]
            )
            .is_none()
        );
        // A long that-clause is still the verb's (round thirteen: a
        // frame's scope is its whole complement)...
        assert_eq!(
            who(
                "Ana Vell said in an interview that the talks that began on a cold day in the capital were ",
                Side::Before
            ),
            Some("Ana Vell".into())
        );
        // ... but not across a relative clause with a subject of its own,
        assert!(
            clause(
                "Ana Vell said in an interview that the talks, which the envoys began on a cold day in the capital, were ",
                Side::Before,
                &[]
            )
            .is_none()
        );
        // nor from a frame inside another frame's complement.
        assert!(
            clause(
                "Ana Vell said the ministry had told the envoys that it would sign the pact only if it came with ",
                Side::Before,
                &[]
            )
            .is_none()
        );
        // ... up to a limit, and never across a semicolon.
        assert!(
            clause(
                "Ana Vell said in an interview that the talks which began on a cold day in the capital of the northern province after two long years of quarrels over the tariffs and the ports were ",
                Side::Before,
                &[]
            )
            .is_none()
        );
        assert!(
            clause(
                "Ana Vell said in an interview that the talks had begun on a cold day; the ministers in the capital were ",
                Side::Before,
                &[]
            )
            .is_none()
        );
    }

    #[test]
    fn passive_and_agency_forms() {
        let c = clause(
            " Ana Vell was quoted as saying by the RIA news agency on Sunday.",
            Side::After,
            &[],
        )
        .unwrap();
        assert_eq!(c.subject.unwrap().name, Some("Ana Vell"));
        assert_eq!(c.via, Some("RIA"));
        let c = clause(" RIA quoted him as saying.", Side::After, &[]).unwrap();
        assert_eq!(c.subject.unwrap().pronoun, Some("him"));
        assert_eq!(c.via, Some("RIA"));
        let c = clause(
            " Ivo Tam was quoted as saying in the Interfax news agency yesterday.",
            Side::After,
            &[],
        )
        .unwrap();
        assert_eq!(c.via, Some("Interfax"));
        let c = clause(" he told Agence France-Presse.", Side::After, &[]).unwrap();
        assert_eq!(c.via, Some("Agence France-Presse"));
        let c = clause(" he told reporters.", Side::After, &[]).unwrap();
        assert_eq!(c.via, None);
    }

    #[test]
    fn a_body_quoting_a_source_gives_the_source() {
        let c = clause(
            "The Tarn news agency later reported that lorries were queuing, quoting a harbour official as saying the rules were ",
            Side::Before,
            &[],
        )
        .unwrap();
        assert_eq!(c.subject.unwrap().phrase, "a harbour official");
        // No `as saying` after it: the body's own words.
        let c = clause(
            "The Tarn news agency, quoting nobody, said the rules were ",
            Side::Before,
            &[],
        )
        .unwrap();
        assert_ne!(c.subject.unwrap().phrase, "nobody");
    }

    #[test]
    fn appositions_are_passed_over() {
        assert_eq!(
            who(" Omar Haddad, a local activist, told AFP.", Side::After).as_deref(),
            Some("Omar Haddad")
        );
        let c =
            "Omar Haddad of the Blue Brigade, a small rebel group in Sahra, described the plan as";
        let c = clause(c, Side::Before, &[]).unwrap();
        let s = c.subject.unwrap();
        assert_eq!(s.name, Some("Omar Haddad"));
        assert_eq!(
            s.apposition,
            ["of the Blue Brigade", "a small rebel group in Sahra"]
        );
    }

    #[test]
    fn an_apposition_after_a_party_tag_in_parentheses_is_passed_over() {
        let c = "Rep. Ivo Tam (R-Ark.), chair of the budget panel, posted a photo of the first page of the plan with the caption";
        let s = clause(c, Side::Before, &[]).unwrap().subject.unwrap();
        assert_eq!(s.name, Some("Ivo Tam"));
        // No name before the apposition: the apposition stays the phrase.
        let c = "The chair of the budget panel said the plan was";
        let s = clause(c, Side::Before, &[]).unwrap().subject.unwrap();
        assert_eq!(s.name, None);
    }

    #[test]
    fn put_it_needs_a_manner_and_a_break() {
        let ws = words("As Lind put it, the deal was");
        assert!(puts_it(&ws, 2));
        let ws = words("Lind put it more bluntly:");
        assert!(puts_it(&ws, 1));
        let ws = words("Lind put it in a drawer marked");
        assert!(!puts_it(&ws, 1));
    }

    #[test]
    fn places_in_an_apposition_are_not_the_speaker() {
        assert_eq!(
            who(
                " Abu Omar, a teacher who fled Bustan al-Qasr, told AFP.",
                Side::After
            )
            .as_deref(),
            Some("Abu Omar")
        );
    }

    #[test]
    fn a_description_before_the_name_is_kept() {
        let c = clause(
            "Atlantis’s foreign ministry spokeswoman, Ana Vell, said:",
            Side::Before,
            &[],
        )
        .unwrap();
        let s = c.subject.unwrap();
        assert_eq!(s.name, Some("Ana Vell"));
        assert_eq!(s.apposition, ["Atlantis’s foreign ministry spokeswoman"]);
        assert_eq!(
            parse_subject("US Secretary of State John F. Kerry").name,
            Some("John F. Kerry")
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(
            who(" according to Ana Vell.", Side::After).as_deref(),
            Some("Ana Vell")
        );
    }

    #[test]
    fn bodies_and_objects_are_not_person_names() {
        let s = parse_subject("the Kremlin");
        assert_eq!((s.name, s.definite), (Some("Kremlin"), true));
        let s = parse_subject("The rebel groups in Sahra");
        assert!(s.after_preposition);
        let s = parse_subject("Syria’s state news agency");
        assert_eq!(s.name, None);
    }

    #[test]
    fn titles_are_not_part_of_the_name() {
        let s = parse_subject("Ruritanian President Mr. Ivo al-Tam");
        assert_eq!(s.name, Some("Ivo al-Tam"));
        assert_eq!(s.descriptor, "Ruritanian President Mr.");
        let s = parse_subject("UN envoy Staffan de Mistura");
        assert_eq!(s.name, Some("Staffan de Mistura"));
        let s = parse_subject("US ambassador to the UN Mia Sol");
        assert_eq!(s.name, Some("Mia Sol"));
        let s = parse_subject("Blue Brigade Official Omar Haddad");
        assert_eq!(s.name, Some("Omar Haddad"));
        let s = parse_subject("UN Secretary-General Kim Jin-soo");
        assert_eq!(s.name, Some("Kim Jin-soo"));
        let s = parse_subject("Atlantean Secretary of State Ana Vell");
        assert_eq!(s.name, Some("Ana Vell"));
        let s = parse_subject("Abu Omar al-Halabi");
        assert_eq!(s.name, Some("Abu Omar al-Halabi"));
    }

    #[test]
    fn an_office_of_a_body_before_a_name_is_no_part_of_it() {
        let s = parse_subject("County Registrar of Voters Milo T. Ferrante");
        assert_eq!(s.name, Some("Milo T. Ferrante"));
        let s = parse_subject("Registrar of Voters Milo Ferrante");
        assert_eq!(s.name, Some("Milo Ferrante"));
        // A name with `of` in no office keeps its words.
        let s = parse_subject("Lord Byron of Rochdale");
        assert_ne!(s.name, Some("Rochdale"));
    }

    #[test]
    fn an_office_for_a_place_or_portfolio_before_a_name_is_no_part_of_it() {
        let s = parse_subject("Minister for Health Ana Vell");
        assert_eq!(s.name, Some("Ana Vell"));
        assert_eq!(s.descriptor, "Minister for Health");
        let s = parse_subject("UN Special Envoy for Ruritania Jan de Berg");
        assert_eq!(s.name, Some("Jan de Berg"));
        let s = parse_subject("Minister of State for Foreign Affairs Nawaf bin Saad Otheim");
        assert_eq!(s.name, Some("Nawaf bin Saad Otheim"));
        let s = parse_subject("Saudi Ambassador to Ruritania Turki Al-Otaibi");
        assert_eq!(s.name, Some("Turki Al-Otaibi"));
        let s = parse_subject("Leader of the Congress Legislature Party K R Deshmukh");
        assert_eq!(s.name, Some("K R Deshmukh"));
        let s = parse_subject("Leader of the Opposition Ann Vell");
        assert_eq!(s.name, Some("Ann Vell"));
        let found = introduced("Ambassador to Ruritania Ana Vell, who attended the talks, left.");
        assert_eq!(found.first().and_then(|s| s.name), Some("Ana Vell"));
        // A sentence with no quote introduces the person, whom a `she`
        // next may mean.
        let found = introduced("Special Envoy for Ruritania Ana Vell has welcomed the convoy.");
        assert_eq!(found.first().and_then(|s| s.name), Some("Ana Vell"));
        // `for` after a word that is no office stays out of the subject.
        let found = introduced("Support for Ruritania Ana Vell grew.");
        assert_ne!(found.first().and_then(|s| s.name), Some("Ana Vell"));
    }

    #[test]
    fn a_piece_of_an_office_describes_the_name_after_it_a_clause_does_not() {
        assert!(describes_office("Atlantis’s foreign ministry spokeswoman"));
        assert!(describes_office("The commissioner of the Relief Committee"));
        assert!(!describes_office(
            "When the moderator asked the candidates to name something"
        ));
        assert!(!describes_office("While the commissioner spoke"));
    }

    #[test]
    fn no_speech_verb_no_clause() {
        assert!(clause(" — Al Jazeera", Side::After, &[]).is_none());
        assert!(clause("The talks began", Side::Before, &[]).is_none());
    }

    /// The subject the reader finds before a speech verb.
    fn subject_before(before: &str) -> Subject<'_> {
        let (np, appositions) = noun_phrase_before(before);
        let mut subject = parse_subject(np);
        subject.apposition.extend(appositions);
        subject
    }

    #[test]
    fn an_office_of_a_named_body_before_a_name_is_no_part_of_it() {
        let s = parse_subject("Office of Trade and Tariffs Director Odile T. Farnsworth Jr.");
        assert_eq!(s.name, Some("Odile T. Farnsworth Jr"));
        let s = parse_subject("Bureau of Mines Commissioner Odile Farnsworth");
        assert_eq!(s.name, Some("Odile Farnsworth"));
        // A name with `of` and a body after it keeps its own words.
        let s = parse_subject("Odile Farnsworth of the Blue Brigade");
        assert_eq!(s.name, Some("Odile Farnsworth"));
        let s = parse_subject("Odile Farnsworth of the Mines Bureau");
        assert_eq!(s.name, Some("Odile Farnsworth"));
    }

    #[test]
    fn a_suffix_after_a_comma_stays_with_the_name() {
        let s = subject_before("Shipping magnate Odile T. Farnsworth, Jr. ");
        assert_eq!(s.name, Some("Odile T. Farnsworth"));
        let s = parse_subject("Shipping magnate Odile T. Farnsworth, Jr.");
        assert_eq!(s.name, Some("Odile T. Farnsworth"));
        let s = subject_before("Odile Farnsworth, III, a Texas rancher, ");
        assert_eq!(s.name, Some("Odile Farnsworth"));
        assert!(s.apposition.contains(&"a Texas rancher"));
    }

    #[test]
    fn a_staff_post_after_a_campaign_named_for_a_candidate_names_the_staff() {
        let s = parse_subject("Reyes for Ohio campaign manager Dana Whitfield");
        assert_eq!(s.name, Some("Dana Whitfield"));
        // No post before the name: the name opens the phrase.
        let s = parse_subject("Reyes for Ohio");
        assert_eq!(s.name, Some("Reyes"));
    }

    #[test]
    fn a_name_after_a_body_and_a_lowercase_noun_or_possessive_is_the_speaker() {
        let s = parse_subject("Bureau of Meteorology senior meteorologist Kirsty Balogh");
        assert_eq!(s.name, Some("Kirsty Balogh"));
        let s = parse_subject("The Bureau of Meteorology's Kirsty Balogh");
        assert_eq!(s.name, Some("Kirsty Balogh"));
        // A preposition opens another phrase: the body keeps its name.
        let s = parse_subject("Commission of Inquiry into Sexual Abuse");
        assert_ne!(s.name, Some("Sexual Abuse"));
        // A name of one word may be a body's (`Bureau of Meteorology
        // forecast Tuesday`): the phrase is read as before.
        let s = parse_subject("Bureau of Meteorology forecaster Balogh");
        assert_ne!(s.name, Some("Balogh"));
        // Only after a body's noun: a person's `of` still opens what
        // they belong to.
        let s = parse_subject("Nafisa Adam Bashar of the local Emergency Response Room");
        assert_eq!(s.name, Some("Nafisa Adam Bashar"));
    }

    #[test]
    fn an_editor_of_a_paper_after_a_name_is_an_apposition() {
        let s = subject_before("Odile Farnsworth, investigations editor of The Harbour Times, ");
        assert_eq!(s.name, Some("Odile Farnsworth"));
    }

    #[test]
    fn an_adverb_after_the_subject_is_no_part_of_it() {
        let s = subject_before("Lakeview's treasurer, Odile Farnsworth, has repeatedly ");
        assert_eq!(s.name, Some("Odile Farnsworth"));
        let s = subject_before("Odile Farnsworth angrily ");
        assert_eq!(s.name, Some("Odile Farnsworth"));
        // A noun in -ly after a determiner is the subject itself.
        let s = subject_before("The family ");
        assert_eq!(s.phrase, "The family");
        let s = subject_before("Her reply ");
        assert_eq!(s.phrase, "Her reply");
    }

    #[test]
    fn a_pronoun_after_an_adverbial_is_the_subject() {
        assert_eq!(subject_before("and on Friday she ").pronoun, Some("she"));
        assert_eq!(
            subject_before("Grell cited the turnout, a figure he ").pronoun,
            Some("he")
        );
        // A name or a verb before the pronoun leaves it to its clause.
        assert_eq!(
            subject_before("Judge Pomfret asked him why, and he ").pronoun,
            None
        );
        assert_eq!(
            subject_before("In a second letter he ").pronoun,
            None,
            "a sentence opening with the adverbial is left as it was"
        );
        assert_eq!(subject_before("the board wondered what she ").pronoun, None);
    }

    #[test]
    fn a_role_apposition_after_a_party_tag_leads_back_to_the_name() {
        let s =
            subject_before("Sen. Odile Farnsworth (D-Vt.), chair of the Senate Rules Committee, ");
        assert_eq!(s.name, Some("Odile Farnsworth"));
        assert!(s.apposition.iter().any(|a| a.starts_with("chair of")));
        // A profession before a name is that name's, not an apposition.
        let s = subject_before("Its counsel, attorney Bram Oyelaran, ");
        assert_eq!(s.name, Some("Bram Oyelaran"));
    }

    #[test]
    fn a_party_letter_alone_is_a_tag() {
        let s = subject_before("Gov. Pell Arkwright (R), who signed the bill, ");
        assert_eq!(s.name, Some("Pell Arkwright"));
        let s = subject_before("Mayor Pell Arkwright (I) ");
        assert_eq!(s.name, Some("Pell Arkwright"));
    }

    #[test]
    fn dashes_set_off_an_apposition() {
        let s =
            subject_before("In a short ruling, Judge Tamsin Ackroyd — a former public defender — ");
        assert_eq!(s.name, Some("Tamsin Ackroyd"));
        // No dash: the last piece stays.
        let s = subject_before("In a short ruling, the court ");
        assert_eq!(s.phrase, "the court");
    }

    #[test]
    fn a_local_office_of_a_department_is_no_part_of_the_name() {
        let s = parse_subject("Registrar of Voters Odile K. Farnsworth");
        assert_eq!(s.name, Some("Odile K. Farnsworth"));
        assert_eq!(s.descriptor, "Registrar of Voters");
        let s = parse_subject("County Clerk of Courts Bram Oyelaran");
        assert_eq!(s.name, Some("Bram Oyelaran"));
        let s = parse_subject("Secretary of Homeland Security Tamsin Ackroyd");
        assert_eq!(s.name, Some("Tamsin Ackroyd"));
        // A name before `of` keeps its group.
        let s = parse_subject("Bram Oyelaran of Farnsworth Holdings");
        assert_eq!(s.name, Some("Bram Oyelaran"));
    }

    #[test]
    fn an_answer_label_names_who_speaks_in_their_own_words() {
        let table = [
            (
                "**Tendai Mubvumba:** Minister Bokele is a patient man. When he told me,",
                Some("Tendai Mubvumba"),
            ),
            (
                "**Tovan Merl:** Nobody else calls. He said to me,",
                Some("Tovan Merl"),
            ),
            ("TOVAN MERL: Nobody calls. He said,", Some("Tovan Merl")),
            // The reporter telling an answer that opens with a quote.
            ("**Bagheri-Rad:** “We are neighbours.” He added that", None),
            // No label: a sentence with a colon, a time, a quote.
            ("Merl was blunt: he said", None),
            ("At 10:30 he said", None),
            ("“Quote: more,” he said", None),
        ];
        for (text, name) in table {
            assert_eq!(answer_label(text).as_deref(), name, "{text}");
        }
    }

    #[test]
    fn transcript_labels_give_the_name_in_ordinary_case() {
        let label = |s: &str| transcript_label(s).map(|l| l.name);
        assert_eq!(label("**CULPEPPER:** ").as_deref(), Some("Culpepper"));
        assert_eq!(
            label("**CORRIVEAU-SPRATT:**").as_deref(),
            Some("Corriveau-Spratt")
        );
        assert_eq!(label("SEN. O'NEILL: ").as_deref(), Some("O'Neill"));
        assert_eq!(
            label("JONAH MARKOWICZ, MSNBC HOST: ").as_deref(),
            Some("Jonah Markowicz")
        );
        assert_eq!(
            label("MODERATOR KENDALL PRICE-OWENS:").as_deref(),
            Some("Kendall Price-Owens")
        );
        assert_eq!(
            label("REP. ANA PEÑALVER (D-CA), LEADER:").as_deref(),
            Some("Ana Peñalver")
        );
        assert_eq!(
            transcript_label("CHAIRMAN OKONJO-BRAE:"),
            Some(TranscriptLabel {
                name: "Okonjo-Brae".into(),
                title: Some("Chairman".into())
            })
        );
        assert_eq!(
            transcript_label("MS. BRAE:")
                .and_then(|l| l.title)
                .as_deref(),
            Some("Ms")
        );
        assert_eq!(transcript_label("**BRAE:**").and_then(|l| l.title), None);
    }

    #[test]
    fn words_that_are_no_label_give_none() {
        for lead in [
            "Q: ",
            "**Q:**",
            "Key lines: ",
            "Berg said: ",
            "MODERATOR:",
            "A B C D E:",
            "10:45:",
        ] {
            assert_eq!(transcript_label(lead), None, "{lead}");
        }
    }

    #[test]
    fn a_parenthesis_stays_in_its_piece() {
        for (text, pieces) in [
            (
                "Tarn Party (Secular) leader Ann Reyes, whose party won,",
                vec![
                    "Tarn Party (Secular) leader Ann Reyes",
                    " whose party won",
                    "",
                ],
            ),
            (
                "Rep. Ann Reyes (Calif., retired), the top Democrat,",
                vec!["Rep. Ann Reyes (Calif., retired)", " the top Democrat", ""],
            ),
            ("TP(S) chief Ann Reyes", vec!["TP(S) chief Ann Reyes"]),
            // An unclosed parenthesis still separates.
            ("Ann Reyes (who won", vec!["Ann Reyes ", "who won"]),
        ] {
            assert_eq!(phrase_pieces(text), pieces, "{text}");
        }
    }

    /// The subject a parenthesis is written in: the person after a
    /// body's alias, the name before a state or party tag; and the name
    /// before a description with a relative clause of its own.
    #[test]
    fn a_parenthesis_or_a_described_apposition_in_the_subject() {
        for (before, phrase) in [
            (
                "Tarn Party (Secular) leader Ann Reyes, whose party won 80 seats,",
                "leader Ann Reyes",
            ),
            ("TP(S) chief Ann Reyes, meanwhile,", "chief Ann Reyes"),
            (
                "UN aid office (OCHA) spokeswoman Ann Reyes",
                "spokeswoman Ann Reyes",
            ),
            (
                "Rep. Ann Reyes (Calif.), the panel's top Democrat,",
                "Rep. Ann Reyes",
            ),
            (
                "Rep. Jo Lin (R-Ark.), chair of the committee,",
                "Rep. Jo Lin",
            ),
            ("Sen. Ann Reyes (R-Neb.)", "Sen. Ann Reyes"),
            (
                "Sen. Ann Reyes, R-Neb., who co-wrote the bill with Sen. Jo Lin, D-Ariz.,",
                "Sen. Ann Reyes",
            ),
            (
                "Rep. Jo Lin, D-Ohio, a member of the committee, on Tuesday,",
                "Rep. Jo Lin",
            ),
            (
                "Speaking from Vell, the UN Fen Fund (UNFF) Representative in Tarn, Ann Reyes,",
                "Ann Reyes",
            ),
            ("Acme, based in Ankeny, Iowa,", "Acme"),
            (
                "Reyes, the Tarn Valley Democrat who leads her party in the Senate,",
                "Reyes",
            ),
            (
                "Sen. Ann Reyes, the Tarn Democrat whose bill failed,",
                "Sen. Ann Reyes",
            ),
            // A role ending in a name is the person, not an apposition
            // to a fronted place; a state after a place is no speaker;
            // a court's paragraph number is no part of the subject.
            (
                "In Tarn, the TUP deputy Ann Lise Reyes, questioned by Radio Vell,",
                "the TUP deputy Ann Lise Reyes",
            ),
            (
                "The sheriff of Pike County, Arizona, a Republican,",
                "The sheriff of Pike County",
            ),
            ("The mayor of Vell, Kenya,", "The mayor of Vell"),
            ("¶12 The Legislature, which intervened,", "The Legislature"),
            // Must not change: a role with a preposition before the name
            // says who the name before is; a name after a place that is
            // no state is the person.
            ("Tom Dorn, the husband of Ann Reyes,", "Tom Dorn"),
            (
                "Speaking from Vell, the UN Fen Fund (UNFF) Representative in Tarn, Ann Reyes,",
                "Ann Reyes",
            ),
            // Must not change: a body with its acronym, a description
            // that is the whole subject.
            ("The Tarn Relief Agency (TRA)", "The Tarn Relief Agency"),
            // Must not change: a list of tagged names stays a list.
            (
                "Sens. Ann Reyes, R-Neb., and Tom Dorn, R-Iowa,",
                "Sens. Ann Reyes, R-Neb., and Tom Dorn, R-Iowa",
            ),
            (
                "the Tarn Democrat who leads her party",
                "the Tarn Democrat who leads her party",
            ),
        ] {
            assert_eq!(noun_phrase_before(before).0, phrase, "{before}");
        }
        let (_, appositions) = noun_phrase_before("Rep. Ann Reyes (Calif.), the top Democrat,");
        assert!(appositions.contains(&"Calif."), "{appositions:?}");
    }

    /// The subject of a verb after `who`: the name before the comma, past
    /// an apposition; after `including`, the one person named.
    #[test]
    fn the_subject_of_a_relative_clause_is_the_name_it_follows() {
        let subject = |before: &str| {
            clause(before, Side::Before, &[])
                .and_then(|c| c.subject)
                .map(|s| s.phrase.trim().to_string())
        };
        for (before, phrase) in [
            (
                "In line: Ann Reyes, administrator of the Tarn Elections Board, who told reporters that ",
                "Ann Reyes",
            ),
            (
                "Three senators opposed it, including Sen. Ann Reyes of Tarn, who said it would ",
                "Sen. Ann Reyes of Tarn",
            ),
            ("Vane, who had called it ", "Vane"),
            // Must not: the name ending a clause is not read past its
            // apposition to the clause's subject.
            (
                "Another analyst, Jo Lin of Vell, asked about Tom Dorn, the union's president, who called it ",
                "the union's president",
            ),
            (
                "A letter from 41 former clerks, including Republicans, who wrote that ",
                "including Republicans",
            ),
            // Must not change: `including` with no relative clause is a
            // group; two people after `including` are no one person.
            (
                "Three senators, including Sen. Ann Reyes of Tarn, said it would ",
                "including Sen. Ann Reyes of Tarn",
            ),
            (
                "Three senators opposed it, including Ann Reyes and Tom Dorn, who said ",
                "including Ann Reyes and Tom Dorn",
            ),
        ] {
            assert_eq!(subject(before).as_deref(), Some(phrase), "{before}");
        }
    }

    #[test]
    fn a_comma_in_a_number_separates_no_pieces() {
        assert_eq!(
            phrase_pieces("Ann Reyes, home to 140,000 workers, said"),
            vec!["Ann Reyes", " home to 140,000 workers", " said"]
        );
        assert_eq!(phrase_pieces("Reyes, 58,"), vec!["Reyes", " 58", ""]);
    }

    #[test]
    fn a_pronoun_and_any_verb_alone_after_a_quote_is_its_frame() {
        fn verb(s: &str) -> Option<&str> {
            let ws = words(s);
            pronoun_and_any_verb(&ws).map(|v| ws[v].text)
        }
        assert_eq!(verb(" she sums up."), Some("sums"));
        assert_eq!(verb(" he smiles."), Some("smiles"));
        assert_eq!(verb(" she confided"), Some("confided"));
        // More words than a frame, a copula, or a noun for subject.
        assert_eq!(verb(" she showed a message"), None);
        assert_eq!(verb(" he was."), None);
        assert_eq!(verb(" the crowd cheered."), None);
    }

    #[test]
    fn a_coordinated_speech_verb_shares_the_sentences_subject() {
        let name = |s: &str| {
            coordinated_subject(s)
                .and_then(|s| s.name)
                .map(str::to_string)
        };
        // A participle of speech after a comma goes on with the subject
        // of the sentence's speech verb, when no other stands between.
        assert_eq!(
            name("Economist Ann Reyes of Tarn University said the claim was \u{201c}partly true,\u{201d} adding that exports had ").as_deref(),
            Some("Ann Reyes")
        );
        assert_eq!(
            name("Ann Reyes said Tom Dorn had told her it was \u{201c}late,\u{201d} adding that ")
                .as_deref(),
            None
        );
        assert_eq!(
            name("Ann Reyes said the plan was late adding that ").as_deref(),
            None
        );
        assert_eq!(
            name("Ann Reyes met the families, adding that ").as_deref(),
            None
        );
        // Saying goes on with the subject of any main verb in the past.
        assert_eq!(
            name("Foreign Minister Ann Reyes on Thursday welcomed the exchange and the accord, saying the talks would go on ").as_deref(),
            Some("Ann Reyes")
        );
        assert_eq!(
            name("Meanwhile, Ann Reyes hit back at Dorn, saying, ").as_deref(),
            Some("Ann Reyes")
        );
        assert_eq!(
            name("Ann Reyes welcomed the deal that Tom Dorn had said would last, saying ")
                .as_deref(),
            None
        );
        // A participial phrase set off after the name says how they spoke.
        assert_eq!(
            name("Party boss Ann Reyes, speaking at a rally in Tarn, said the town \u{201c}did not need lectures,\u{201d} adding: ").as_deref(),
            Some("Ann Reyes")
        );
        assert_eq!(
            name("In a statement, Ann Reyes congratulated Dorn and said he was ").as_deref(),
            Some("Ann Reyes")
        );
        assert_eq!(
            name("Ann Reyes met the families and told them ").as_deref(),
            Some("Ann Reyes")
        );
        assert_eq!(
            name("The speaker of the Tarn House, Ann Reyes, stopped short of backing it but said ")
                .as_deref(),
            Some("Ann Reyes")
        );
        assert_eq!(
            name("Ann Reyes declined to discuss it but added ").as_deref(),
            Some("Ann Reyes")
        );
        // An age and a relative clause set off by commas after the name.
        assert_eq!(
            name("Ann Reyes, 44, who chairs the panel, finished third and called it ").as_deref(),
            Some("Ann Reyes")
        );
        assert_eq!(
            name("Gov. Ann Reyes, whose party ran the event, declined to comment but called it ")
                .as_deref(),
            Some("Ann Reyes")
        );
        // Not a list of speakers, not a noun after the name, not a verb
        // with no `and`/`but` before it, not a name after `but`.
        assert_eq!(name("The vote was close, but Ann Reyes said "), None);
        assert_eq!(name("Aides to Reyes denied the report but said "), None);
        assert_eq!(name("Ann Reyes and Tom Dorn said "), None);
        assert_eq!(
            name("Gulf leaders meeting in Doha called for calm and urged "),
            None
        );
        assert_eq!(name("Ann Reyes said the deal was "), None);
        // A relative clause with no closing comma holds the verbs.
        assert_eq!(name("Ann Reyes, who met Tom Dorn and said "), None);
    }

    /// Lead-in x nationality or party word x invented body name: the word
    /// stays in the body's name; before a person's name it does not.
    #[test]
    fn a_nationality_word_before_a_body_head_noun_is_part_of_its_name() {
        let bodies = [
            "Glimmerwick Renewal Project",
            "Quorvant Bar Association",
            "Tessaly Fair Wages Caucus",
            "Brannock Trust",
        ];
        for lead_in in ["The ", "the ", ""] {
            for adjective in ["American ", "British ", "Syrian ", "Republican ", ""] {
                for body in bodies {
                    let whole = format!("{adjective}{body}");
                    let phrase = format!("{lead_in}{whole}");
                    let subject = parse_subject(&phrase);
                    assert_eq!(subject.name, Some(whole.as_str()), "{phrase}");
                    assert_eq!(subject.definite, !lead_in.is_empty(), "{phrase}");
                }
                let person = format!("{adjective}Jessamy Corvell");
                assert_eq!(
                    parse_subject(&person).name,
                    Some("Jessamy Corvell"),
                    "{person}"
                );
            }
        }
    }

    /// An opening `The` is no part of any name; only before a body's noun
    /// does it make the name a body's.
    #[test]
    fn an_opening_article_leaves_the_name_and_makes_a_body_only_of_a_body() {
        for (phrase, name, definite) in [
            (
                "The Quenby Tarrow Institution",
                "Quenby Tarrow Institution",
                true,
            ),
            ("The Royal Varnish College", "Royal Varnish College", false),
            ("The Marrowdale Accord", "Marrowdale Accord", false),
            ("the Marrowdale Accord", "Marrowdale Accord", true),
        ] {
            let subject = parse_subject(phrase);
            assert_eq!(subject.name, Some(name), "{phrase}");
            assert_eq!(subject.definite, definite, "{phrase}");
        }
    }

    #[test]
    fn a_source_of_according_to_gives_way_to_a_speaker_after_it() {
        let ws = |s: &'static str| words(s);
        let said = ws("According to the deputy, the Commission said it was");
        assert!(reports_another_speaker(&said, 24));
        // Passive: `was told` gives the words to no one named after it.
        let told = ws("According to a source, the secretary was told that it was");
        assert!(!reports_another_speaker(&told, 22));
        let plain = ws("According to the Kremlin, the deal was");
        assert!(!reports_another_speaker(&plain, 24));
    }

    #[test]
    fn post_nominal_letters_are_no_part_of_a_name() {
        assert_eq!(
            without_post_nominal_letters("Rebecca Hartigan SC"),
            "Rebecca Hartigan"
        );
        assert_eq!(without_post_nominal_letters("Ann Lee, OBE"), "Ann Lee");
        assert_eq!(without_post_nominal_letters("a Labor MP"), "a Labor MP");
        assert_eq!(without_post_nominal_letters("the QC"), "the QC");
    }
}
