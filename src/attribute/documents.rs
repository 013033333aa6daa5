//! Documents and a person's own body as speakers. A document speaks for
//! the one the article says made it (`Her office released a statement.
//! “...,” the statement said.`, `In his veto message, Ambrose wrote ...
//! The message also said`); a person's office or campaign speaks as
//! written (`her office said` -> `Reyes's office`).

use super::identity::surname;
use super::lexicon::{
    AGENT_PARTICIPLES, AUTHORING_VERBS, CONJUNCTIONS, DOCUMENT_NOUNS, MONTH_NAMES, NAME_PARTICLES,
    OFFICE_WORDS, PERSONAL_BODY_NOUNS, RECORD_NOUNS, ROLE_NOUNS, SPEECH_GERUNDS, SPEECH_VERBS,
    STATEMENT_NOUNS, TIME_WORDS, TIME_WORDS_BEFORE_ISSUER, TITLES, WEEKDAY_NAMES,
};
use super::resolve::Gender;
use super::speaker::{self, Subject};
use super::text::{Word, is_lowercase, possessive_owner, sentences, words};
use super::{Entity, Reader};
use crate::model::Rule;
use std::ops::Range;

/// Lowercase words allowed between a document's determiner and its noun
/// (`the joint statement`, `a two-paragraph statement`).
const MAX_DOCUMENT_ADJECTIVES: usize = 3;

/// Words allowed between a speech verb and `in a statement` (`said on
/// Tuesday in a statement`).
const MAX_WORDS_VERB_TO_IN: usize = 3;

/// Words from a document's noun to the `by` of its maker (`The four-page
/// memo, dated Monday and signed by`).
const MAX_WORDS_NOUN_TO_BY: usize = 6;

/// Words from a sentence-opening document's noun to the comma that ends
/// what the sentence says of it (`In a letter to the chairs and ranking
/// members of the House and Senate budget committees, the agency said`).
const MAX_WORDS_DOCUMENT_TO_COMMA: usize = 24;

pub(super) fn is_document_noun(w: &Word<'_>) -> bool {
    w.is(DOCUMENT_NOUNS) || w.is(STATEMENT_NOUNS) || w.is(RECORD_NOUNS)
}

/// `the statement`, `The joint statement`, `the two-page memo`: a
/// definite document with no owner; its head noun, lowercase. `the
/// paper` is an outlet, never a document here.
pub(super) fn document_noun(phrase: &str) -> Option<String> {
    let ws = words(phrase.trim());
    let [the, adjectives @ .., head] = ws.as_slice() else {
        return None;
    };
    (the.is(&["the"])
        && is_document_noun(head)
        && is_lowercase(head)
        && !head.is(&["paper"])
        && adjectives.len() <= MAX_DOCUMENT_ADJECTIVES
        && adjectives
            .iter()
            .all(|w| is_lowercase(w) && !w.text.contains('\'')))
    .then(|| head.lower())
}

/// Determiners of a document an earlier sentence tells of.
const DOCUMENT_DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "its", "their", "this"];

/// Whether `ws[from..noun]` is a determiner (if `determiner`) and up to
/// [`MAX_DOCUMENT_ADJECTIVES`] lowercase words, no punctuation between.
fn document_words(ws: &[Word<'_>], from: usize, noun: usize, determiner: bool) -> bool {
    if from > noun || noun - from > MAX_DOCUMENT_ADJECTIVES + 1 {
        return false;
    }
    let words = &ws[from..noun];
    let opens = !determiner || words.first().is_some_and(|w| w.is(DOCUMENT_DETERMINERS));
    opens
        && words
            .iter()
            .all(|w| describes_document(w) && w.after.trim().is_empty())
        && words
            .iter()
            .skip(usize::from(determiner))
            .all(|w| !w.is(DOCUMENT_DETERMINERS))
}

/// A lowercase describing word, or one a number opens (`a 47-page
/// order`, `its 64-page ruling`).
fn describes_document(w: &Word<'_>) -> bool {
    is_lowercase(w) || w.text.starts_with(|c: char| c.is_ascii_digit())
}

/// In one sentence, the words naming who made a document with head
/// `noun` (lowercase), when the sentence says it:
/// - `a memo sent by Jo Lin`, `the report by the Lind Institute`;
/// - `Acme said in a statement that`, `In his veto message, Lind wrote`;
/// - `Her office released a statement`, `Judge Lind issued an order`.
pub(super) fn author_in<'a>(sentence: &'a str, noun: &str) -> Option<&'a str> {
    let ws = words(sentence);
    let nouns = (0..ws.len())
        .rev()
        .filter(|&k| ws[k].text.eq_ignore_ascii_case(noun));
    for k in nouns {
        // `In a statement released by his campaign, Culpepper said`: the
        // sentence's subject speaks in the document whoever carried it.
        if opening_in(&ws, k).is_some()
            && let Some(subject) = maker_before(sentence, &ws, k)
        {
            return Some(subject);
        }
        if let Some(agent) =
            agent_after(sentence, &ws, k).or_else(|| issuer_after(sentence, &ws, k))
        {
            return Some(agent);
        }
        if let Some(subject) = maker_before(sentence, &ws, k) {
            return Some(subject);
        }
    }
    None
}

/// `The joint statement from House Democrats, released at noon,`: the
/// issuer named right after the noun by `from`, as far as the phrase
/// goes (see [`issuer_in`]); several issuers are no one author.
///
/// `I received a letter this week from the Tarn Farmers Union`: a time
/// phrase may stand between the noun and `from`. `I have in my hand a
/// letter of the Dockers' Union`: `of` and a name (`the` and a capital,
/// or a capital) says who issued it as `from` does; `a letter of
/// resignation`, `a statement of the obvious` name no issuer.
fn issuer_after<'a>(sentence: &'a str, ws: &[Word<'a>], k: usize) -> Option<&'a str> {
    let mut at = k + 1;
    while at <= k + MAX_TIME_WORDS_NOUN_TO_FROM
        && ws.get(at).is_some_and(|w| w.is(TIME_WORDS_BEFORE_ISSUER))
        && ws[at - 1].after.trim().is_empty()
    {
        at += 1;
    }
    let named_after = |j: usize| {
        ws.get(j).is_some_and(Word::is_capitalised)
            || ws.get(j).is_some_and(|w| w.is(&["the"]))
                && ws.get(j + 1).is_some_and(Word::is_capitalised)
    };
    let issuer_follows = ws.get(at).is_some_and(|w| {
        is_lowercase(w) && (w.is(&["from"]) || w.is(&["of"]) && named_after(at + 1))
    });
    if !issuer_follows || !ws[at - 1].after.trim().is_empty() {
        return None;
    }
    let (phrase, _) = speaker::phrase_until_break(sentence, ws.get(at + 1)?.start);
    issuer_in(phrase)
}

/// Most words of a time phrase between a document's noun and the `from`
/// of its issuer (`a letter last week from`).
const MAX_TIME_WORDS_NOUN_TO_FROM: usize = 2;

/// The issuer a phrase after `from` or `by` names, without what follows
/// it (`the ministry published on Monday` -> `the ministry`): it ends at
/// a participle, a preposition or a bracket; `None` for several issuers
/// (`Qatar and Egypt`), a document or nothing.
fn issuer_in(phrase: &str) -> Option<&str> {
    let ws = words(phrase);
    let end = ws
        .iter()
        .position(|w| {
            is_lowercase(w)
                && (w.is(AGENT_PARTICIPLES)
                    || w.is(AUTHORING_VERBS)
                    || w.is(ISSUER_ENDING_WORDS)
                    || w.is(SPEECH_VERBS))
        })
        .unwrap_or(ws.len());
    let mut issuer = &ws[..end];
    if let Some(bracket) = issuer.iter().position(|w| w.after.contains('(')) {
        issuer = &issuer[..=bracket];
    }
    let (first, last) = (issuer.first()?, issuer.last()?);
    if issuer
        .iter()
        .any(|w| w.is(&["and", "or"]) || is_document_noun(w))
    {
        return None;
    }
    // `The complaint from the Campaign Legal Center centers on`: a name
    // ends at the verb its sentence goes on with, whatever the verb.
    Some(name_run(phrase[first.start..last.end].trim()))
}

/// Lowercase words that end an issuer's phrase after `from`: a
/// preposition or a word opening a clause (`a note from the ministry on
/// Monday`, `a letter from Jo Lin that`).
const ISSUER_ENDING_WORDS: &[&str] = &[
    "on", "in", "at", "to", "after", "before", "during", "last", "this", "that", "which", "who",
    "said", "says", "was", "is", "had", "has",
    // `a letter of the Dockers' Association dated 19th January`: the
    // date the letter bears, not the issuer's name.
    "dated",
];

/// `NOUN (sent|signed|...) by X`, `NOUN by X`: X, unless several names
/// follow (`signed by Ann Reyes, Tom Dorn and Jo Ames`: no one author).
fn agent_after<'a>(sentence: &'a str, ws: &[Word<'a>], k: usize) -> Option<&'a str> {
    let by = (k + 1..ws.len().min(k + MAX_WORDS_NOUN_TO_BY + 1)).find(|&j| ws[j].text == "by")?;
    // `the memo, dated Monday and signed by Jo Lin`: past other
    // participles, only one of making joins the author.
    let joined = by == k + 1 || ws[by - 1].is(AGENT_PARTICIPLES) || ws[by - 1].is(AUTHORING_VERBS);
    let joined = joined && (by <= k + 3 || ws[k].after.trim() == ",");
    // `the filing, signed by X`: a comma may set the participle off.
    let unbroken = ws[k + 1..by]
        .iter()
        .all(|w| w.after.trim().is_empty() || w.after.trim() == ",")
        && (ws[k].after.trim().is_empty() || ws[k].after.trim() == ",");
    if !joined || !unbroken || by + 1 >= ws.len() {
        return None;
    }
    let (phrase, end) = speaker::phrase_until_break(sentence, ws[by + 1].start);
    let agent = name_run(phrase);
    let rest = &sentence[end..];
    let rest = rest.split(['.', ';', ':']).next().unwrap_or("");
    // `issued by Qatar and the United States`: two authors.
    let several = words(rest)
        .windows(2)
        .any(|p| p[0].is(&["and"]) && p[1].is_capitalised())
        || words(phrase).iter().any(|w| w.is(&["and"]));
    (!several && !agent.is_empty()).then_some(agent)
}

/// `Jo Lin set a date` -> `Jo Lin`: the agent ends at the first lowercase
/// word after a name that is no office (`chief of staff Jo Lin`, `OMB
/// director Jo Lin`, `the ministry` are whole).
fn name_run(phrase: &str) -> &str {
    let mut seen_name = false;
    for w in words(phrase) {
        if w.is_capitalised() {
            seen_name = true;
        } else if seen_name
            && !w.is(&["of", "the", "for"])
            && !w.is(NAME_PARTICLES)
            && !w.is(OFFICE_WORDS)
            && !w.is(ROLE_NOUNS)
        {
            return phrase[..w.start].trim_end();
        }
    }
    phrase
}

/// `X said (on Tuesday) in a statement`, `In a statement, X said`, `X
/// released a statement`: the subject X of the verb.
fn maker_before<'a>(sentence: &'a str, ws: &[Word<'a>], k: usize) -> Option<&'a str> {
    // `In his veto message, Lind wrote`: the subject after the comma.
    if opening_in(ws, k).is_some() {
        let comma = (k..ws.len().min(k + MAX_WORDS_DOCUMENT_TO_COMMA))
            .find(|&m| ws[m].after.contains(','))?;
        let after_comma = ws.get(comma + 1)?.start;
        let Some(verb) = (comma + 1..ws.len().min(comma + 9)).find(|&v| is_speech_verb(&ws[v]))
        else {
            // `In a pretrial ruling in January, U.S. District Judge Ann
            // Lind had barred the expert`: whoever the sentence then opens
            // with made it, whatever they did in it.
            return speaker::opening_subject(&sentence[after_comma..]).map(|s| s.phrase);
        };
        let subject = sentence[after_comma..ws[verb].start].trim();
        return Some(speaker::noun_phrase_before(subject).0).filter(|s| !s.is_empty());
    }
    // `X said on Tuesday in a statement`.
    let in_at = (k.saturating_sub(MAX_DOCUMENT_ADJECTIVES + 2)..k)
        .rev()
        .find(|&i| ws[i].is(&["in"]) && is_lowercase(&ws[i]) && document_words(ws, i + 1, k, true));
    let verb = match in_at {
        Some(i) => (i.saturating_sub(MAX_WORDS_VERB_TO_IN + 1)..i)
            .rev()
            .take_while(|&v| ws[v].after.trim().is_empty())
            .find(|&v| {
                is_speech_verb(&ws[v]) || ws[v].is(AUTHORING_VERBS) || is_set_off_gerund(ws, v)
            })?,
        // `Her office released a two-paragraph statement`.
        None => (k.saturating_sub(MAX_DOCUMENT_ADJECTIVES + 3)..k)
            .rev()
            .find(|&v| {
                ws[v].is(AUTHORING_VERBS)
                    && is_lowercase(&ws[v])
                    && (document_words(ws, v + 1, k, true)
                        || ws[v + 1].is(&["out"]) && document_words(ws, v + 2, k, true)
                        || sent_to_someone(ws, v, k))
            })?,
    };
    if is_set_off_gerund(ws, verb) {
        // `The ministry rejected the plan, saying in a statement that`:
        // the sentence's subject made the statement.
        return speaker::opening_subject(&sentence[..ws[verb].start]).map(|s| s.phrase);
    }
    let (subject, _) = speaker::noun_phrase_before(&sentence[..ws[verb].start]);
    (!subject.is_empty()).then_some(subject)
}

/// `, saying`, `, adding`: a speech participle set off by a comma, whose
/// subject is the sentence's.
fn is_set_off_gerund(ws: &[Word<'_>], v: usize) -> bool {
    v > 0 && is_lowercase(&ws[v]) && ws[v].is(SPEECH_GERUNDS) && ws[v - 1].after.contains(',')
}

/// A sentence that opens with the document at `k` (`In his veto
/// message,`, `But in a letter to the department,`): where its `in` is,
/// after at most one word that links the sentence to the one before.
fn opening_in(ws: &[Word<'_>], k: usize) -> Option<usize> {
    let at = usize::from(ws.first()?.is(CONJUNCTIONS));
    let opens = k > at
        && ws[at].is(&["in"])
        && (at == 0 || is_lowercase(&ws[at]))
        && document_words(ws, at + 1, k, true);
    opens.then_some(at)
}

/// Whether a sentence brings in a document with head `noun` (lowercase)
/// other than by `the`: `a letter`, `her statement`, `the CBO letter`,
/// `Acme's memo`, or several (`27 fundraising emails`, `the emails`). A
/// later `the letter` means that one (or one of those), whoever made an
/// earlier one.
fn introduces_document(sentence: &str, noun: &str) -> bool {
    let ws = words(sentence);
    let plural = |w: &Word<'_>| w.lower().strip_suffix('s') == Some(noun);
    let plurals = ws.iter().any(plural);
    plurals
        || (0..ws.len())
            .filter(|&k| ws[k].text.eq_ignore_ascii_case(noun))
            .any(|k| {
                // The determiner, past lowercase describing words only.
                let opens = (k.saturating_sub(MAX_DOCUMENT_ADJECTIVES + 1)..k)
                    .rev()
                    .take_while(|&d| ws[d].after.trim().is_empty())
                    .find(|&d| ws[d].is(DOCUMENT_DETERMINERS) || !is_lowercase(&ws[d]));
                !opens.is_some_and(|d| ws[d].is(&["the", "this"]))
            })
}

/// `his campaign sent supporters a fundraising email`, `the group sent
/// members a two-page memo`: a verb of sending, one lowercase word for
/// whom it went to, then the document.
fn sent_to_someone(ws: &[Word<'_>], verb: usize, noun: usize) -> bool {
    let recipient = &ws[verb + 1];
    ws[verb].is(&["sent", "emailed", "e-mailed", "mailed"])
        && is_lowercase(recipient)
        && recipient.after.trim().is_empty()
        && !recipient.is(DOCUMENT_DETERMINERS)
        && !recipient.is(&["out"])
        && document_words(ws, verb + 2, noun, true)
}

fn is_speech_verb(w: &Word<'_>) -> bool {
    is_lowercase(w) && w.is(SPEECH_VERBS)
}

impl Reader<'_> {
    /// `the statement said`, `The order said`, `the memo says`: the
    /// author the article gave the document (the latest mention that
    /// tells who made it), however far back, as long as no document of
    /// that kind was brought in since without its author (`a second
    /// letter`, `Acme's statement`: the later one is meant). No author
    /// told, or one the rules cannot resolve: `None`.
    pub(super) fn document_author(&self, phrase: &str, at: usize) -> Option<Entity> {
        let noun = document_noun(phrase)?;
        let body = &self.article.body;
        let text = &body[..at.min(body.len())];
        // Paragraph by paragraph: a sentence never runs into the next
        // paragraph (a list item opens with no capital).
        let mut end = text.len();
        loop {
            let from = text[..end].rfind("\n\n").map_or(0, |i| i + 2);
            let paragraph = &text[from..end];
            if is_heading(paragraph) {
                // A new section: a document of the one before is not
                // what its `the statement` means.
                return None;
            }
            for range in sentences(paragraph).into_iter().rev() {
                let sentence = &paragraph[range.clone()];
                let Some(author) = author_in(sentence, &noun) else {
                    if introduces_document(sentence, &noun) {
                        return None;
                    }
                    continue;
                };
                return self.author_entity(author, from + range.start..from + range.end);
            }
            if from == 0 {
                return None;
            }
            end = from - 2;
        }
    }

    /// `her office said` (`Reyes's office`), `Kettleman's campaign said`,
    /// `the Marwood campaign said`: a person's office, campaign or
    /// government speaks as written, with the person's surname for `his`
    /// and `her`, for the person's actor; by that actor's name when the
    /// name says it is this kind of body (`Office of the Governor`).
    pub(super) fn personal_body(&self, phrase: &str, at: usize) -> Option<Entity> {
        let phrase = phrase.trim();
        let ws = words(phrase);
        let noun = ws
            .last()
            .filter(|w| w.is(PERSONAL_BODY_NOUNS) && is_lowercase(w))?;
        let owner_words = &ws[..ws.len() - 1];
        let first = owner_words.first()?;
        let (person, name, titled) = if owner_words.len() == 1 && first.is(&["his", "her"]) {
            let pronoun = if first.is(&["his"]) { "he" } else { "she" };
            let subject = Subject {
                phrase: pronoun,
                pronoun: Some(pronoun),
                ..Subject::default()
            };
            let person = self.resolve(&subject, at)?;
            let surname = surname(&person.name)?;
            let name = format!("{surname}'s {}", noun.lower());
            (person, name, false)
        } else {
            // `Kettleman's campaign`, `the Marwood campaign`; `Gov. Ann
            // Reyes's office`: titles before the name are the person's.
            let from = usize::from(first.is(&["the"]));
            let titles = (owner_words.iter().skip(from))
                .take_while(|w| w.is(TITLES) || w.is(OFFICE_WORDS))
                .count();
            let owner = owner_words.get(from + titles..)?;
            let last = owner.last()?;
            let stem = possessive_owner(last.text);
            if owner.is_empty()
                || !owner
                    .iter()
                    .all(|w| speaker::is_name_word(w) || is_possessive_name(w))
                || from == 1 && stem.is_some()
            {
                return None;
            }
            let end = last.start + stem.map_or(last.text.len(), str::len);
            let subject = speaker::parse_subject(&phrase[owner[0].start..end]);
            let written = subject.name.filter(|_| subject.names_someone())?;
            let person = self.resolve(&subject, at)?;
            // `Sen. Ann Reyes's office` -> `Ann Reyes's office`.
            (person, format!("{written}{}", &phrase[end..]), titles > 0)
        };
        if !person.person {
            return None;
        }
        // `Gov. Ann Reyes's office` where her actor is the `Office of the
        // Governor of Tarn`, `Prime Minister Vell's government` where his
        // is the `Government of National Unity`: the body the person is
        // listed under, by its name, when that name says it is this kind
        // of body.
        let own_body = (person.actor.as_deref())
            .and_then(|id| self.registry.actor_by_id(id))
            .map(|a| self.registry.actor_name(a))
            .filter(|actor_name| {
                words(actor_name)
                    .iter()
                    .any(|w| w.text.eq_ignore_ascii_case(noun.text))
            });
        // A titled owner with no body of that kind listed is left as
        // before: the sets disagree on whether `Speaker Bramwell's office`
        // is the office or the speaker.
        if titled && own_body.is_none() {
            return None;
        }
        Some(Entity {
            name: own_body.map_or(name, str::to_string),
            role: None,
            actor: person.actor,
            person: false,
        })
    }

    /// `The group's filing`, `the ministry's statement`, `The ABA's letter
    /// to this committee of August 30`: a document of an owner the
    /// article named speaks for that owner, a body or a person (`the
    /// governor's statement says`); the words after the noun that say
    /// where or when it went are not the owner's.
    pub(super) fn body_document(&self, phrase: &str, at: usize) -> Option<Entity> {
        let ws = words(phrase.trim());
        let ws = &ws[..document_phrase_end(&ws)?];
        let head = ws
            .last()
            .filter(|w| is_document_noun(w) && is_lowercase(w))?;
        let owner = ws[..ws.len() - 1]
            .iter()
            .rposition(|w| speaker::is_possessive(w.text))?;
        let adjectives = &ws[owner + 1..ws.len() - 1];
        if head.is(&["paper"]) || adjectives.len() > MAX_DOCUMENT_ADJECTIVES {
            return None;
        }
        let trimmed = phrase.trim();
        let owner_word = &ws[owner];
        let stem_len = owner_word.text.len()
            - if owner_word.text.ends_with("'s") {
                2
            } else {
                4
            };
        let possessor = &trimmed[..owner_word.start + stem_len];
        let subject = speaker::parse_subject(possessor);
        // `The company's statement`, `The ABA's letter`: an owner with
        // no name of its own is read as the same words would be as a
        // subject (`The company said`, `The ABA said`).
        if subject.name.is_some() {
            self.resolve(&subject, at)
        } else {
            self.body_by_noun(possessor, at)
                .or_else(|| self.body_speaker(&subject, at))
        }
    }
}

impl Reader<'_> {
    /// The entity `author`, the maker a sentence (`sentence`, a range of
    /// the body) gives a document, stands for. A document written by a
    /// document names no one. Who a pronoun meant back then is not what
    /// the reading holds now: what it was read to mean then, if anything.
    fn author_entity(&self, author: &str, sentence: Range<usize>) -> Option<Entity> {
        if document_noun(author).is_some() {
            return None;
        }
        let subject = speaker::parse_subject(author);
        match subject.pronoun {
            Some(pronoun) => self.pronoun_speaker_in(sentence, pronoun),
            None => self.resolve(&subject, sentence.start),
        }
    }

    /// The speaker the reading gave, by a pronoun, to a quote inside
    /// `sentence` (a range of the body): `In a statement released by his
    /// campaign, he said he had won “...”` makes the one `he` was read to
    /// mean then the statement's author. Only a quote that pronoun
    /// attributed (rule `pronoun`, not unnamed): a quote that went on
    /// from an earlier one, or a guess by the chooser, tells nothing of
    /// who the pronoun meant.
    fn pronoun_speaker_in(&self, sentence: Range<usize>, pronoun: &str) -> Option<Entity> {
        let quote = self.candidates.iter().rev().find(|c| {
            let o = &c.occurrence;
            o.rule == Some(Rule::Pronoun)
                && !o.anonymous
                && o.span.as_ref().is_some_and(|s| sentence.contains(&s.start))
        })?;
        let o = &quote.occurrence;
        Some(Entity {
            name: o.speaker.clone()?,
            role: o.role.clone(),
            actor: o.actor.clone(),
            person: Gender::of_pronoun(pronoun).is_some(),
        })
    }

    /// `Ana Vell issued a statement on Monday. “...,” it read.`, `Dorn's
    /// letter closes with an invitation. “...,” it says.`: `it` after a
    /// sentence that brings in a document (see [`last_document`]) means
    /// that document, and the quote is its author's: the possessor it is
    /// written with (`Dorn's`, `His`), else the maker the sentence tells
    /// ([`author_in`]). The sentence holding the quote, before it, and
    /// the one before that, in the paragraph; no document there, or no
    /// author that resolves: `None`, and `it` is read as before.
    pub(super) fn document_it(&self, quote_start: usize) -> Option<Entity> {
        let body = &self.article.body;
        let quotes = &self.discourse.paragraph_quotes;
        let starts = self.sentence_starts_before(quote_start)?;
        // The sentence before the quote's own, when there is one.
        let from = starts[starts.len().saturating_sub(2)];
        let text = &body[from..quote_start];
        let quoted: Vec<Range<usize>> = (quotes.iter())
            .filter(|q| q.start < quote_start && q.end > from)
            .map(|q| q.start.saturating_sub(from)..q.end.min(quote_start) - from)
            .collect();
        let found = last_document(text, &quoted)?;
        let sentence = &text[found.sentence.clone()];
        let at = from + found.sentence.start;
        let entity = match found.possessor {
            Some(possessor) => {
                let possessor = &sentence[possessor];
                let pronoun = match possessor.to_lowercase().as_str() {
                    "his" => Some("he"),
                    "her" => Some("she"),
                    _ => None,
                };
                let subject = match pronoun {
                    Some(pronoun) => Subject {
                        phrase: pronoun,
                        pronoun: Some(pronoun),
                        ..Subject::default()
                    },
                    None => speaker::parse_subject(possessor),
                };
                if subject.pronoun.is_none() && !subject.names_someone() {
                    return None;
                }
                self.resolve(&subject, at)?
            }
            None => {
                let author = author_in(sentence, &found.noun)?;
                self.author_entity(author, at..from + found.sentence.end)?
            }
        };
        Some(entity)
    }

    /// `Acme issued a statement on Thursday, which said`, `a statement
    /// the regional district issued on Wednesday, which said`, `your
    /// company issued a statement that said`: the subject read is the
    /// clause that tells of the document, which speaks for the maker the
    /// clause gives it (see [`clause_document_maker`]).
    pub(super) fn clause_document(&self, phrase: &str, at: usize) -> Option<Entity> {
        let maker = clause_document_maker(phrase.trim())?;
        self.author_entity(maker, at..at + phrase.len())
    }

    /// `A statement from the Brandvale Farmers Guild said`, `a letter by
    /// Jo Lin`: a document whose phrase names who issued it speaks for
    /// the issuer. Several issuers (`from Qatar and Egypt`) are no one
    /// speaker, and an issuer the rules cannot resolve leaves it unnamed.
    pub(super) fn issued_document(&self, phrase: &str, at: usize) -> Option<Entity> {
        let trimmed = phrase.trim();
        let ws = words(trimmed);
        let from = ws.iter().position(|w| w.is(&["from", "by"]))?;
        let noun = from.checked_sub(1)?;
        if !is_issued_document(&ws[..from]) {
            return None;
        }
        if noun == 0 {
            return None;
        }
        // `A note from the ministry published on Monday`: the issuer is
        // the noun phrase, not what the article says of the note.
        let issuer = issuer_in(trimmed[ws.get(from + 1)?.start..].trim())?;
        let subject = speaker::parse_subject(issuer);
        if subject.pronoun.is_some() {
            return None;
        }
        self.resolve(&subject, at)
    }
}

/// Words of a maker between a document's noun and its authoring verb
/// (`a statement the regional district issued`).
const MAX_WORDS_CONTACT_MAKER: usize = 5;

/// A subject stretch that is a clause telling who made a document, the
/// document the clause is about (the frame's `which` or `that` means
/// it): its maker's words. Either the maker, an authoring verb and the
/// document, which ends the stretch but for words telling when (`Acme
/// issued a statement on Thursday`, `Acme published a statement that`),
/// or the document first and then its maker and an authoring verb with
/// nothing between (`A statement the regional district issued on
/// Wednesday`).
fn clause_document_maker(phrase: &str) -> Option<&str> {
    let ws = words(phrase);
    let noun = ws
        .iter()
        .rposition(|w| is_document_noun(w) && is_lowercase(w) && !w.is(&["paper"]))?;
    let determiner = noun.checked_sub(1).and_then(|d| {
        (0..=d)
            .rev()
            .take(MAX_DOCUMENT_ADJECTIVES + 1)
            .find(|&k| ws[k].is(DOCUMENT_DETERMINERS))
    })?;
    // (`A statement`: capitalised when the stretch opens with it.)
    if !document_words(&ws, determiner + 1, noun, false) || !ws[determiner].after.trim().is_empty()
    {
        return None;
    }
    // `on Thursday`, `last week`, `on March 8`: words telling only when.
    let when_only = |rest: &[Word<'_>]| {
        rest.iter().all(|w| {
            is_lowercase(w) && (w.is(TIME_WORDS) || w.is(TIME_WORDS_BEFORE_ISSUER))
                || w.is(WEEKDAY_NAMES)
                || w.is(MONTH_NAMES)
                || w.text.bytes().all(|b| b.is_ascii_digit())
        })
    };
    if determiner == 0 {
        // `A statement the regional district issued on Wednesday`.
        let rest = &ws[noun + 1..];
        let verb = rest.iter().position(|w| w.is(AUTHORING_VERBS))?;
        let maker = &rest[..verb];
        let opens = maker
            .first()
            .is_some_and(|w| w.is(&["the"]) || w.is_capitalised());
        let unbroken = ws[noun..=noun + verb + 1]
            .iter()
            .all(|w| w.after.trim().is_empty());
        if !opens
            || maker.len() > MAX_WORDS_CONTACT_MAKER
            || !unbroken
            || !when_only(&rest[verb + 1..])
        {
            return None;
        }
        return Some(&phrase[maker.first()?.start..maker.last()?.end]);
    }
    // `Acme issued a statement on Thursday`, `Acme published a statement
    // that`: the maker before the verb that made it.
    let after = &ws[noun + 1..];
    let when = match after.split_last() {
        Some((last, when)) if last.is(&["that"]) => when,
        _ => after,
    };
    if !when_only(when) {
        return None;
    }
    let maker = maker_before(phrase, &ws, noun)?;
    // `Yesterday UEFA published a document that`: a word telling when
    // that opens the sentence is no part of the maker's name.
    let opening = words(maker);
    match opening.split_first() {
        Some((first, rest)) if first.is(TIME_WORDS_BEFORE_ISSUER) && !rest.is_empty() => {
            Some(&maker[rest[0].start..])
        }
        _ => Some(maker),
    }
}

/// Words that open what a phrase goes on to say of a document after its
/// noun: where it was sent, when it was dated (`The ABA's letter to this
/// committee of August 30`, `the league's statement on Monday`).
const AFTER_DOCUMENT_NOUN: &[&str] = &[
    "to", "on", "of", "from", "in", "at", "dated", "last", "this",
];

/// How many of `ws` make an owned document's phrase: all of them when
/// the last is its noun, else up to the first document noun that such
/// words follow. `None` when no document noun ends the phrase that way.
fn document_phrase_end(ws: &[Word<'_>]) -> Option<usize> {
    if ws.last().is_some_and(is_document_noun) {
        return Some(ws.len());
    }
    let noun = ws.iter().position(is_document_noun)?;
    let next = ws.get(noun + 1)?;
    (is_lowercase(next) && next.is(AFTER_DOCUMENT_NOUN) && ws[noun].after.trim().is_empty())
        .then_some(noun + 1)
}

/// `A joint statement`, `the two-page letter`: a determiner, up to
/// [`MAX_DOCUMENT_ADJECTIVES`] lowercase words and a document noun, with
/// no punctuation between.
fn is_issued_document(ws: &[Word<'_>]) -> bool {
    let [determiner, adjectives @ .., noun] = ws else {
        return false;
    };
    determiner.is(DOCUMENT_DETERMINERS)
        && adjectives.len() <= MAX_DOCUMENT_ADJECTIVES
        && adjectives.iter().all(is_lowercase)
        && is_document_noun(noun)
        && is_lowercase(noun)
        && !noun.is(&["paper"])
        && ws.iter().all(|w| w.after.trim().is_empty())
}

/// Statement nouns for something spoken, not a text that `reads` or
/// `says` (`In an interview on Monday, ...`): never what a later `it`
/// means.
const SPOKEN_NOUNS: &[&str] = &[
    "interview",
    "speech",
    "remarks",
    "briefing",
    "address",
    "lines",
    "transcript",
];

/// A document a text brings in, for a later `it` (see
/// [`Reader::document_it`]).
#[derive(Debug, PartialEq, Eq)]
pub(super) struct BroughtIn {
    /// The sentence that brings it in, a range of the text.
    sentence: Range<usize>,
    /// Its noun, lowercase.
    noun: String,
    /// The possessor it is written with (`Dorn's`, `His`), without the
    /// `'s`: a range of the sentence.
    possessor: Option<Range<usize>>,
}

/// The last document `text` brings in outside the `quoted` ranges (of
/// `text`): a noun of [`DOCUMENT_NOUNS`], [`STATEMENT_NOUNS`] or
/// [`RECORD_NOUNS`] (not one of [`SPOKEN_NOUNS`]) after a determiner (`a
/// statement`, `His statement`, `the letter`) or a name's possessive
/// (`Gulfport Mayor Dorn's letter`), up to
/// [`MAX_DOCUMENT_ADJECTIVES`] lowercase words between. `the paper` is
/// an outlet. A document noun inside a longer name (`Statement Act`) is
/// none.
pub(super) fn last_document(text: &str, quoted: &[Range<usize>]) -> Option<BroughtIn> {
    let inside = |at: usize| quoted.iter().any(|q| q.contains(&at));
    sentences(text).into_iter().rev().find_map(|range| {
        let sentence = &text[range.clone()];
        let ws = words(sentence);
        (0..ws.len()).rev().find_map(|k| {
            let noun = &ws[k];
            let fits = is_document_noun(noun)
                && is_lowercase(noun)
                && !noun.is(SPOKEN_NOUNS)
                && !noun.is(&["paper"])
                && !inside(range.start + noun.start);
            if !fits {
                return None;
            }
            let possessor = (k.saturating_sub(MAX_DOCUMENT_ADJECTIVES + 1)..k)
                .rev()
                .find(|&d| is_possessive_name(&ws[d]))
                .filter(|&d| {
                    document_words(ws.as_slice(), d + 1, k, false) && ws[d].after.trim().is_empty()
                })
                .map(|d| {
                    let mut first = d;
                    while first > 0
                        && ws[first - 1].after.trim().is_empty()
                        && (ws[first - 1].is_capitalised() || ws[first - 1].is(NAME_PARTICLES))
                    {
                        first -= 1;
                    }
                    let last = &ws[d];
                    let stem = last.text.len() - if last.text.ends_with("'s") { 2 } else { 4 };
                    ws[first].start..last.start + stem
                });
            let determiner = (k.saturating_sub(MAX_DOCUMENT_ADJECTIVES + 1)..k)
                .rev()
                .find(|&d| {
                    // `His statement`, `A letter`: capitalised when the
                    // sentence opens with it.
                    ws[d].is(DOCUMENT_DETERMINERS)
                        && ws[d].after.trim().is_empty()
                        && document_words(&ws, d + 1, k, false)
                });
            let possessor = possessor.or_else(|| {
                determiner
                    .filter(|&d| ws[d].is(&["his", "her", "its", "their"]))
                    .map(|d| ws[d].start..ws[d].end)
            });
            (possessor.is_some() || determiner.is_some()).then(|| BroughtIn {
                sentence: range.clone(),
                noun: noun.lower(),
                possessor,
            })
        })
    })
}

/// A paragraph that is a heading: `## Reactions`, `**Who shared it**`.
fn is_heading(paragraph: &str) -> bool {
    let p = paragraph.trim();
    p.starts_with('#') || p.len() > 4 && p.starts_with("**") && p.ends_with("**")
}

/// `Kettleman's`: a capitalised possessive.
fn is_possessive_name(w: &Word<'_>) -> bool {
    w.is_capitalised() && speaker::is_possessive(w.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_definite_document_has_a_noun_an_owned_or_indefinite_one_not() {
        assert_eq!(document_noun("the statement"), Some("statement".into()));
        assert_eq!(
            document_noun("The joint statement"),
            Some("statement".into())
        );
        assert_eq!(document_noun("the minutes"), Some("minutes".into()));
        assert_eq!(document_noun("a statement"), None);
        assert_eq!(document_noun("the paper"), None);
        assert_eq!(document_noun("the senator"), None);
        assert_eq!(document_noun("the Lind statement"), None);
    }

    #[test]
    fn an_author_is_who_made_the_document() {
        let cases = [
            (
                "Her office released a two-page statement after the vote.",
                "statement",
                Some("Her office"),
            ),
            (
                "Judge Ana Berg issued the order on Friday.",
                "order",
                Some("Judge Ana Berg"),
            ),
            (
                "The memo, sent to members by chief of staff Jo Lin, set a date.",
                "memo",
                None,
            ),
            ("A memo sent by Jo Lin set a date.", "memo", Some("Jo Lin")),
            (
                "Acme said on Monday in a statement that it would appeal.",
                "statement",
                Some("Acme"),
            ),
            (
                "In his veto message, Governor Karl Dorn wrote that the plan failed.",
                "message",
                Some("Governor Karl Dorn"),
            ),
            (
                "The Tarn Institute filed a complaint with the board.",
                "complaint",
                Some("The Tarn Institute"),
            ),
            (
                "Ann Reyes put out a statement.",
                "statement",
                Some("Ann Reyes"),
            ),
            // A speech participle set off by a comma: the sentence's
            // subject, not the object before the comma.
            (
                "The Tarn Institute rejected the plan backed by Ann Reyes, saying in a statement that it failed.",
                "statement",
                Some("The Tarn Institute"),
            ),
            (
                "Acme cut 40 jobs, adding in a letter to staff that more would go.",
                "letter",
                Some("Acme"),
            ),
            // A number opens a describing word; a participle of making
            // after another set off by a comma; an office inside the name.
            (
                "Ann Lind wrote in a 47-page order that the law failed.",
                "order",
                Some("Ann Lind"),
            ),
            (
                "The four-page memo, dated Monday and signed by Tarn director Jo Lin, asks for plans.",
                "memo",
                Some("Tarn director Jo Lin"),
            ),
            // A sentence that opens with the document: its subject made
            // it, whatever the verb.
            (
                "In a pretrial ruling in January, Judge Ann Lind had barred the expert.",
                "ruling",
                Some("Judge Ann Lind"),
            ),
            // Past a participle that is no making, or a noun too far
            // from `by`: no author.
            (
                "The memo, dated Monday and written in haste, was read by Jo Lin.",
                "memo",
                None,
            ),
            // No comma, no participle of speech: no author.
            (
                "Critics of the plan saying in a statement that it failed were ignored.",
                "statement",
                None,
            ),
            (
                "The board met Jo Lin, voting in a statement that no one read.",
                "statement",
                None,
            ),
        ];
        for (sentence, noun, author) in cases {
            assert_eq!(author_in(sentence, noun), author, "{sentence}");
        }
    }

    #[test]
    fn no_author_when_none_is_told_or_several_signed() {
        let cases = [
            ("The statement did not name the player.", "statement"),
            (
                "A letter signed by Ann Reyes, Tom Dorn and Jo Ames urged a vote.",
                "letter",
            ),
            ("Reporters read the statement twice.", "statement"),
            ("The vote came after the report was leaked.", "report"),
        ];
        for (sentence, noun) in cases {
            assert_eq!(author_in(sentence, noun), None, "{sentence}");
        }
    }

    /// Determiner x describing words x document noun, then shapes that
    /// are no document issued by someone.
    #[test]
    fn an_issued_document_is_a_determiner_describing_words_and_a_noun() {
        for determiner in ["A", "a", "the", "The", "their"] {
            for adjectives in ["", "joint ", "two-page signed "] {
                for noun in ["statement", "letter", "memo", "report", "complaint"] {
                    let phrase = format!("{determiner} {adjectives}{noun}");
                    assert!(is_issued_document(&words(&phrase)), "{phrase}");
                }
            }
        }
        for phrase in [
            "the paper",
            "a Glimmerwick letter",
            "the statement, signed",
            "some statement",
            "a senator",
            "the very long and winding letter",
        ] {
            assert!(!is_issued_document(&words(phrase)), "{phrase}");
        }
    }

    #[test]
    fn an_issuer_is_named_by_from_and_an_opening_document_gives_the_subject() {
        let cases = [
            (
                "The joint statement from the Orlan Growers Union, released at noon, was brief.",
                "statement",
                Some("the Orlan Growers Union"),
            ),
            (
                "In a letter carried by his aides on Monday, Piet Varn said he would stay.",
                "letter",
                Some("Piet Varn"),
            ),
            (
                "Her campaign sent donors a fundraising email.",
                "email",
                Some("Her campaign"),
            ),
            // Several issuers, or `from` not right after the noun.
            (
                "The statement from Orlan and Varnia was brief.",
                "statement",
                None,
            ),
            (
                "The statement came from nowhere anyone knew.",
                "statement",
                None,
            ),
            // A sending verb with no one it went to is no document sent.
            ("Her campaign sent it on as an email.", "email", None),
        ];
        for (sentence, noun, expected) in cases {
            assert_eq!(author_in(sentence, noun), expected, "{sentence}");
        }
    }

    #[test]
    fn a_sentence_opening_with_its_document_gives_the_subject_after_the_comma() {
        let cases = [
            (
                "But in a letter to the department dated August 14 and seen by the Herald, the Orlan company warned that it was late.",
                "letter",
                Some("the Orlan company"),
            ),
            (
                "In a letter to the chairs and ranking members of the House and Senate budget committees, the Tarn agency said costs rose.",
                "letter",
                Some("the Tarn agency"),
            ),
            // `in` after the subject: no opening document, and no
            // verb of speech or authorship before it.
            (
                "Piet Varn in a letter to the board said he would stay.",
                "letter",
                None,
            ),
        ];
        for (sentence, noun, expected) in cases {
            assert_eq!(author_in(sentence, noun), expected, "{sentence}");
        }
    }

    #[test]
    fn a_document_is_brought_in_by_any_determiner_but_the() {
        let cases = [
            ("A second letter reached the board.", true),
            ("Her letter reached the board.", true),
            ("The Tarn letter reached the board.", true),
            ("Acme's letter reached the board.", true),
            ("Letters reached the board.", true),
            ("The two letters reached the board.", true),
            ("The letter reached the board.", false),
            ("This letter reached the board.", false),
            ("The two-page letter reached the board.", false),
            ("Nothing reached the board.", false),
        ];
        for (sentence, expected) in cases {
            assert_eq!(
                introduces_document(sentence, "letter"),
                expected,
                "{sentence}"
            );
        }
    }

    /// The last document a text brings in, with the possessor it is
    /// written with; spoken things, outlets and quoted words are none.
    #[test]
    fn a_document_is_brought_in_by_a_determiner_or_a_possessor() {
        let found = |text: &str| {
            last_document(text, &[]).map(|d| {
                let sentence = &text[d.sentence.clone()];
                (d.noun, d.possessor.map(|p| sentence[p].to_string()))
            })
        };
        assert_eq!(
            found("Ana Vell issued a statement on Monday. "),
            Some(("statement".into(), None))
        );
        assert_eq!(
            found("Orlan Mayor Tom Dorn's six-page letter closes with a plea. "),
            Some(("letter".into(), Some("Orlan Mayor Tom Dorn".into())))
        );
        assert_eq!(
            found("His statement announcing the vote was two sentences long. "),
            Some(("statement".into(), Some("His".into())))
        );
        // The later of two sentences, the later of two documents.
        assert_eq!(
            found("Vell sent a letter. The board released its report. "),
            Some(("report".into(), Some("its".into())))
        );
        for text in [
            "In an interview on Monday, Vell was blunt. ",
            "The paper backed her. ",
            "Vell spoke. Nothing else happened. ",
            "The Statement Act passed. ",
        ] {
            assert_eq!(found(text), None, "{text}");
        }
        // A document noun inside quoted words brings in nothing.
        let text = "Vell called it “a statement of intent” on Monday. ";
        let start = text.find('“').unwrap();
        let end = text.find('”').unwrap();
        let quoted = start..end;
        assert_eq!(last_document(text, std::slice::from_ref(&quoted)), None);
    }

    #[test]
    fn a_heading_opens_a_new_section() {
        assert!(is_heading("## Reactions"));
        assert!(is_heading("**Who shared it**"));
        assert!(!is_heading("**Vell** said so."));
        assert!(!is_heading("The statement said so."));
    }

    #[test]
    fn an_issuer_ends_where_the_words_about_the_document_begin() {
        assert_eq!(
            issuer_in("the Orlan ministry published on Monday"),
            Some("the Orlan ministry")
        );
        assert_eq!(issuer_in("Piet Varn on Tuesday"), Some("Piet Varn"));
        assert_eq!(issuer_in("Orlan and Varnia"), None);
        assert_eq!(issuer_in("the report"), None);
        assert_eq!(issuer_in("published on Monday"), None);
    }

    #[test]
    fn a_clause_that_tells_who_made_a_document_gives_its_maker() {
        assert_eq!(
            clause_document_maker("Acme issued a statement on Thursday"),
            Some("Acme")
        );
        assert_eq!(
            clause_document_maker("A statement the regional district issued on Wednesday"),
            Some("the regional district")
        );
        assert_eq!(
            clause_document_maker("Yesterday UEFA published a document that"),
            Some("UEFA")
        );
        // The document is not what the stretch ends with: no maker.
        assert_eq!(
            clause_document_maker("Acme issued a statement about the mine"),
            None
        );
    }

    #[test]
    fn an_owned_document_ends_where_words_of_where_and_when_begin() {
        let phrase = "The ABA's letter to this committee of August 30";
        assert_eq!(document_phrase_end(&words(phrase)), Some(3));
        assert_eq!(
            document_phrase_end(&words("The ABA's own statement")),
            Some(4)
        );
        assert_eq!(
            document_phrase_end(&words("The ABA's statement Bill")),
            None
        );
    }
}
