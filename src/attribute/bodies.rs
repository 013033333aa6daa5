//! Bodies named by a noun phrase. A definite description (`the ministry`,
//! `the embassy`, `the bipartisan panel`) is a mention of the body the
//! article last named with a noun of the same class (`the ministry` after
//! `The Department of Foreign Affairs said`); and the words a body speaks
//! under must be a noun phrase that names it, never an apposition or a
//! clause the subject parse took for it (`of the Harbour Council`,
//! `issued after a meeting chaired by Atlantis`, `members meeting in
//! Tarn`).

use super::coref;
use std::ops::Range;

use super::lexicon::{
    BODY_HEAD_NOUNS, BODY_NOUN_CLASSES, COUNTING_WORDS, DELIVERED_WORDS_NOUNS, DEMONYMS,
    DESCRIBED_MALE_NOUNS, DOCUMENT_NOUNS, FEMALE_PERSON_NOUNS, GENERIC_BODY_NOUNS, GROUP_NOUNS,
    KIN_AND_CALLING_NOUNS, KIND_NOUNS, MALE_PERSON_NOUNS, MEDIA_KIND_NOUNS, MONTH_NAMES,
    NAME_PARTICLES, NEUTRAL_BODY_ADJECTIVES, OFFICE_WORDS, ORGANISATION_WORDS, PERSON_NOUNS,
    PROFESSION_NOUNS, RECORD_NOUNS, ROLE_NOUNS, SPEECH_VERBS, STAFF_NOUNS,
    STATE_OUTLET_AND_PERSON_KINDS, STATEMENT_NOUNS, TITLES, WEEKDAY_NAMES,
};
use super::principal::quoted_ranges;
use super::registry;
use super::reported::offset_in;
use super::speaker;
use super::text::{Word, is_lowercase, possessive_owner, starts_lowercase, words};
use super::{Entity, Reader};

/// Lowercase words allowed between `the` and a body's noun (`the
/// bipartisan panel`).
const MAX_BODY_ADJECTIVES: usize = 2;

/// The nouns that may name the same body as `noun` (lowercase): its class
/// in [`BODY_NOUN_CLASSES`], else the noun alone.
fn same_class(noun: &str) -> Vec<&str> {
    BODY_NOUN_CLASSES
        .iter()
        .find(|(head, _)| *head == noun)
        .map_or_else(|| vec![noun], |(_, class)| class.to_vec())
}

fn is_body_noun(w: &Word<'_>) -> bool {
    w.is(ORGANISATION_WORDS)
        || w.is(BODY_HEAD_NOUNS)
        || BODY_NOUN_CLASSES
            .iter()
            .any(|(head, _)| w.text.eq_ignore_ascii_case(head))
}

/// `the ministry`, `the bipartisan panel`: a definite body noun, lowercase,
/// after `the` and up to [`MAX_BODY_ADJECTIVES`] lowercase words. Returns
/// the noun (lowercase) and the describing words.
pub(super) fn definite_body_noun(phrase: &str) -> Option<(String, Vec<&str>)> {
    let ws = words(phrase.trim());
    let [the, adjectives @ .., noun] = ws.as_slice() else {
        return None;
    };
    let fits = the.is(&["the"])
        && is_lowercase(noun)
        && is_body_noun(noun)
        && adjectives.len() <= MAX_BODY_ADJECTIVES
        && ws[..ws.len() - 1].iter().all(|w| w.after.trim().is_empty())
        && adjectives
            .iter()
            .all(|w| is_lowercase(w) && !w.text.contains(['\'', '’']));
    fits.then(|| (noun.lower(), adjectives.iter().map(|w| w.text).collect()))
}

/// The body the article, in `before`, last named with a noun of `noun`'s
/// class (`Department of Foreign Affairs` for `the ministry`), as written;
/// but one named in an earlier paragraph with another noun of the class
/// gives way to the last named with `noun` itself (a writer who named a
/// `Ministry of Health`, then in passing a `Department of Disaster
/// Management`, means the ministry by `the ministry`). Describing words
/// must be in that name or tell nothing of which body it is
/// (`bipartisan`): `the foreign ministry` is not the `Defence Ministry`.
pub(super) fn latest_of_class<'t>(
    before: &'t str,
    noun: &str,
    adjectives: &[&str],
) -> Option<&'t str> {
    let latest = same_class(noun)
        .into_iter()
        .filter_map(|n| coref::body_named_by_noun(before, n))
        .max_by_key(|name| offset_in(before, name))?;
    let paragraph_start = before.rfind("\n\n").unwrap_or(0);
    let name = if offset_in(before, latest) < paragraph_start {
        coref::body_named_by_noun(before, noun).unwrap_or(latest)
    } else {
        latest
    };
    let lower = name.to_lowercase();
    adjectives
        .iter()
        .all(|a| {
            NEUTRAL_BODY_ADJECTIVES.contains(&a.to_lowercase().as_str())
                || lower.split_whitespace().any(|w| w == a.to_lowercase())
        })
        .then_some(name)
}

/// `the ministers`, `the delegations`: a group of office holders
/// that speaks as one, when `phrase` is `the` and a noun of
/// [`GROUP_NOUNS`]. Returns the noun.
pub(super) fn definite_group_noun(phrase: &str) -> Option<String> {
    let ws = words(phrase.trim());
    let [the, noun] = ws.as_slice() else {
        return None;
    };
    (the.is(&["the"]) && is_lowercase(noun) && noun.is(GROUP_NOUNS)).then(|| noun.lower())
}

/// The group the article, in `before`, last named with `noun`: a
/// capitalised word that tells whose (`Arab`, `Asean`), up to
/// [`MAX_BODY_ADJECTIVES`] lowercase words, then the noun (`Arab foreign
/// ministers`), as written.
pub(super) fn latest_group<'t>(before: &'t str, noun: &str) -> Option<&'t str> {
    let ws = words(before);
    ws.iter().enumerate().rev().find_map(|(i, w)| {
        if !w.text.eq_ignore_ascii_case(noun) || !is_lowercase(w) {
            return None;
        }
        let from = i.saturating_sub(MAX_BODY_ADJECTIVES + 1);
        let owner = (from..i).rev().find(|&k| ws[k].is_capitalised())?;
        let fits = ws[owner..i].iter().all(|w| w.after.trim().is_empty())
            && !ws[owner].text.contains(['\'', '’'])
            && !ws[owner].is(GROUP_DETERMINERS);
        fits.then(|| &before[ws[owner].start..w.end])
    })
}

/// Words before a group's noun that tell how many, not whose.
const GROUP_DETERMINERS: &[&str] = &[
    "the", "two", "three", "four", "five", "six", "several", "many", "all", "both", "some",
    "other", "these", "those", "its", "their",
];

/// `the agency`, `The organisation`, `the company`: a definite noun that
/// says only that a body is meant, not which (see
/// [`GENERIC_BODY_NOUNS`]), after up to [`MAX_BODY_ADJECTIVES`]
/// lowercase words. Returns the noun, lowercase.
pub(super) fn definite_generic_body(phrase: &str) -> Option<String> {
    let ws = words(phrase.trim());
    let [the, adjectives @ .., noun] = ws.as_slice() else {
        return None;
    };
    let fits = the.is(&["the"])
        && is_lowercase(noun)
        && noun.is(GENERIC_BODY_NOUNS)
        && adjectives.len() <= MAX_BODY_ADJECTIVES
        && ws[..ws.len() - 1].iter().all(|w| w.after.trim().is_empty())
        && adjectives
            .iter()
            .all(|w| is_lowercase(w) && !w.text.contains(['\'', '’']));
    fits.then(|| noun.lower())
}

/// Participles that, after a place joined by a hyphen, tell where a body
/// sits (`the Goiania-based company`, `the Zurich-headquartered bank`).
const SEAT_PARTICIPLES: &[&str] = &["based", "headquartered"];

/// `the Belo Horizonte-based company` -> `the company`, `the Abuja-based
/// Centre for Democratic Accountability` -> `the Centre for Democratic
/// Accountability`: a body's seat, a place's name joined to
/// [`SEAT_PARTICIPLES`] by a hyphen, says where the body sits, not which
/// body it is, when a name or a noun of a body of no place follows (see
/// [`definite_generic_body`], `KIND_NOUNS`). `the Tripoli-based
/// government` keeps its seat: of two governments, the seat says which.
/// `None` when the phrase has no seat after `the`.
pub(super) fn without_seat(phrase: &str) -> Option<String> {
    let trimmed = phrase.trim();
    let ws = words(trimmed);
    let the = ws.first().filter(|w| w.is(&["the"]))?;
    let seat = ws.iter().position(|w| {
        w.lower()
            .rsplit_once('-')
            .is_some_and(|(place, participle)| {
                !place.is_empty() && SEAT_PARTICIPLES.contains(&participle)
            })
    })?;
    let place = ws.get(1..=seat)?;
    let place_fits = place.iter().all(|w| w.after.trim().is_empty())
        && place
            .iter()
            .all(|w| w.is_capitalised() || w.is(NAME_PARTICLES));
    let rest = ws.get(seat + 1)?;
    let unseated = format!("{} {}", the.text, &trimmed[rest.start..]);
    let of_no_place = rest.is_capitalised()
        || definite_generic_body(&unseated).is_some()
        || ws.last().is_some_and(|noun| {
            KIND_NOUNS
                .iter()
                .any(|(kind, _)| noun.text.eq_ignore_ascii_case(kind))
        });
    (place_fits && of_no_place).then_some(unseated)
}

/// A body named with a noun of a class of its own (`Ministry of Health`,
/// `Tarn Embassy`): `the ministry` means it, `the agency` does not.
pub(super) fn named_with_class_noun(name: &str) -> bool {
    words(name).iter().any(|w| {
        BODY_NOUN_CLASSES
            .iter()
            .any(|(_, class)| class.iter().any(|c| w.text.eq_ignore_ascii_case(c)))
    })
}

/// A speaker the rules took for a body that is no body's name: a phrase
/// that counts or ages people, a title or a nationality alone, words
/// holding a clause, or `the` and one unknown word in the frame's
/// `subject` phrase. A person is left alone: these tests read names of
/// bodies only.
pub(super) fn names_no_body(speaker: &Entity, subject: Option<&str>) -> bool {
    let named_no_body = !speaker.person
        && (counts_or_ages_people(&speaker.name)
            || only_a_title_or_nationality(&speaker.name)
            || holds_a_clause(&speaker.name));
    named_no_body || subject.is_some_and(|phrase| describes_someone_unknown(speaker, phrase))
}

/// `Twenty Republicans`, `54-year-old pharmacist`: a phrase that counts
/// people or gives an age describes speakers, it names no body.
fn counts_or_ages_people(name: &str) -> bool {
    let Some(first) = name.split_whitespace().next() else {
        return false;
    };
    let lower = first.to_lowercase();
    COUNTING_WORDS.contains(&lower.as_str()) || lower.ends_with("-year-old")
}

/// `ICRC spokesman in Sanaa`, `bishop of Tucson`, `investigations editor
/// of The Sunday Times`: a noun phrase headed by a lowercase noun for a
/// person (a post, a profession, staff, kin) describes someone, whatever
/// body it names; it is no body's name. The head is the last word before
/// first word that goes on after it ([`HEAD_ENDING_WORDS`]);
/// a name that ends in a body's noun (`Secretary of State's Office`)
/// names that body.
pub(super) fn describes_a_person(name: &str) -> bool {
    let ws = words(name);
    let Some(last) = ws.last() else {
        return false;
    };
    if ws.len() < 2 || last.is(ORGANISATION_WORDS) || last.is(BODY_HEAD_NOUNS) {
        return false;
    }
    let head = (1..ws.len())
        .find(|&k| ws[k].is(HEAD_ENDING_WORDS))
        .map_or(ws.len() - 1, |k| k - 1);
    let head = &ws[head];
    // (A plural, `officials in Taiz`, is a group the article may name so.)
    is_lowercase(head) && !head.text.ends_with('s') && is_person_noun(head)
}

/// Words that end the head of a noun phrase and go on after it (`of`,
/// `in`, `still held`, `who`).
const HEAD_ENDING_WORDS: &[&str] = &[
    "of", "in", "from", "for", "at", "on", "with", "by", "to", "still", "who", "which", "that",
];

/// A noun for one person (`staff` is many, and `OFFICE_WORDS` holds
/// bodies' nouns too).
fn is_person_noun(w: &Word<'_>) -> bool {
    !w.is(&["staff"])
        && w.is_any(&[
            STAFF_NOUNS,
            PROFESSION_NOUNS,
            ROLE_NOUNS,
            PERSON_NOUNS,
            KIN_AND_CALLING_NOUNS,
            MALE_PERSON_NOUNS,
            FEMALE_PERSON_NOUNS,
            DESCRIBED_MALE_NOUNS,
        ])
}

/// `As the President said`, `the Czech said`: a title or a nationality
/// alone stands for a person (one the article names elsewhere, or no
/// one); it is never a body's name.
fn only_a_title_or_nationality(name: &str) -> bool {
    matches!(words(name).as_slice(), [w] if w.is(TITLES) || w.is(DEMONYMS))
}

/// `the Texan affirmed`: `the` and one capitalised word that is no body
/// the registry knows describes a person by where they are from or what
/// they are; it names no body, so the speaker is not given.
fn describes_someone_unknown(speaker: &Entity, phrase: &str) -> bool {
    let ws = words(phrase.trim());
    !speaker.person
        && speaker.actor.is_none()
        && !speaker.name.contains(' ')
        && ws.first().is_some_and(|w| w.is(&["the"]))
}

/// `Tsang read out a text message the commission`: an article inside a
/// name that no preposition or `and` brings in (`Office of the Governor`
/// does) starts a new noun phrase, so the words hold a clause, no name.
fn holds_a_clause(name: &str) -> bool {
    let ws = words(name);
    ws.windows(2).skip(1).any(|pair| {
        pair[1].is(&["a", "an", "the"])
            && !pair[0].is(&["of", "for", "and", "on", "to", "in", "at"])
    })
}

impl Reader<'_> {
    /// `UNICEF said it was alarmed. “...,” the agency said.`: a body noun
    /// that says no more than that a body speaks stands for the body the
    /// paragraph, before `at`, last made the subject of a speech verb,
    /// by name. A body named with a noun of another class (`the Health
    /// Ministry said`) is no `agency`; a person who spoke since is no
    /// matter (`the agency` is never a person).
    pub(super) fn body_that_spoke_in_paragraph(&self, phrase: &str, at: usize) -> Option<Entity> {
        definite_generic_body(phrase)?;
        let start = self.discourse.paragraph.start.min(at);
        let quotes = &self.discourse.paragraph_quotes;
        let quoted = |i: usize| quotes.iter().any(|q| q.contains(&i));
        self.body_that_spoke_in(start, at, &quoted).or_else(|| {
            // `The Congressional Budget Office said Monday that ... \n\n In
            // a letter ..., the nonpartisan agency said`: the paragraph
            // before, when this one has no body speak before `at`, and
            // neither brings in a body by its kind (`A small group, Vell
            // Front,`: that kind's noun means it, another kind's no one).
            let body = &self.article.body;
            let before = body.get(..start)?.trim_end();
            let from = before.rfind("\n\n").map_or(0, |i| i + 2);
            let by_kind = |text: &str| {
                (GENERIC_BODY_NOUNS.iter()).any(|kind| latest_introduced_as(text, kind).is_some())
            };
            if by_kind(body.get(start..at)?) || by_kind(&before[from..]) {
                return None;
            }
            let quotes = quoted_ranges(&before[from..], from);
            let inside_quote = |i: usize| quotes.iter().any(|q| q.contains(&i));
            self.body_that_spoke_in(from, before.len(), &inside_quote)
        })
    }

    /// The body the text `start..end` last made the subject of a speech
    /// verb outside quotes, by name (see
    /// [`Reader::body_that_spoke_in_paragraph`]).
    fn body_that_spoke_in(
        &self,
        start: usize,
        end: usize,
        quoted: &dyn Fn(usize) -> bool,
    ) -> Option<Entity> {
        let text = self.article.body.get(start..end)?;
        let ws = words(text);
        ws.iter().enumerate().rev().find_map(|(k, verb)| {
            let quoted = quoted(start + verb.start);
            if quoted || !is_lowercase(verb) || !verb.is(SPEECH_VERBS) || k == 0 {
                return None;
            }
            let (phrase, _) = speaker::noun_phrase_before(&text[..verb.start]);
            let subject = speaker::parse_subject(phrase);
            // Only a name: a pronoun or a noun may be anyone, or this very
            // kind of mention.
            let name = subject.name.filter(|_| subject.names_someone())?;
            if subject.pronoun.is_some() || named_with_class_noun(name) {
                return None;
            }
            self.resolve(&subject, start + verb.start)
                .filter(|body| !body.person)
        })
    }
}

/// Words allowed between `a` and the kind noun of a body introduced by
/// its kind (`a little-known Iraqi armed group, Saraya al-Fajr`).
const MAX_KIND_WORDS: usize = 4;

/// How many paragraphs back a body introduced by its kind is still meant
/// by that kind's noun.
const INTRODUCTION_PARAGRAPHS: usize = 3;

/// The body the article, in `before`, last introduced by its kind with
/// `noun` (lowercase, of [`GENERIC_BODY_NOUNS`]): an indefinite noun
/// phrase and the name in apposition (`a small armed group, Vell Front,`,
/// `Vell Front, a Tarn-based company,`) or the noun right before the name
/// (`the logistics company Vell Front`). The latest one is meant; a name
/// that opens with a title is a person's, no body's.
pub(super) fn latest_introduced_as<'t>(before: &'t str, noun: &str) -> Option<&'t str> {
    let ws = words(before);
    let name_at = |from: usize| -> Option<Range<usize>> {
        let first = ws.get(from).filter(|w| {
            w.is_capitalised() && !w.is(TITLES) && !w.is(WEEKDAY_NAMES) && !w.is(MONTH_NAMES)
        })?;
        let mut last = from;
        while last + 1 < ws.len()
            && ws[last].after.trim().is_empty()
            && (ws[last + 1].is_capitalised() || ws[last + 1].is(NAME_PARTICLES))
        {
            last += 1;
        }
        (!first.is(&["the", "a", "an"])).then_some(from..last + 1)
    };
    let phrase_opens = |k: usize| {
        // `a`/`an`/`the`, then up to [`MAX_KIND_WORDS`] describing words,
        // no punctuation between.
        (k.saturating_sub(MAX_KIND_WORDS + 1)..k)
            .rev()
            .take_while(|&d| ws[d].after.trim().is_empty())
            .find(|&d| ws[d].is(&["a", "an", "the"]))
    };
    ws.iter().enumerate().rev().find_map(|(k, w)| {
        if !is_lowercase(w) || !w.text.eq_ignore_ascii_case(noun) {
            return None;
        }
        let opens = phrase_opens(k)?;
        let indefinite = ws[opens].is(&["a", "an"]);
        let after = w.after.trim();
        // `a small armed group, Vell Front,`; `the logistics company Vell
        // Front`.
        let named_after = match after {
            "," if indefinite => name_at(k + 1),
            "" => name_at(k + 1),
            _ => None,
        };
        // `Vell Front, a Tarn-based company,`.
        let named_before = || {
            let comma = opens
                .checked_sub(1)
                .filter(|&c| ws[c].after.trim() == ",")?;
            if !indefinite || !ws[comma].is_capitalised() {
                return None;
            }
            let mut first = comma;
            while first > 0
                && ws[first - 1].after.trim().is_empty()
                && (ws[first - 1].is_capitalised() || ws[first - 1].is(NAME_PARTICLES))
            {
                first -= 1;
            }
            Some(first..comma + 1)
        };
        let run = named_after.or_else(named_before)?;
        let name = &before[ws[run.start].start..ws[run.end - 1].end];
        let name = possessive_owner(name).unwrap_or(name);
        (!name.is_empty()).then_some(name)
    })
}

impl Reader<'_> {
    /// `A small armed group, Vell Front, claimed the attack. “...,” the
    /// group said.`: a definite generic noun stands for the body the
    /// article last introduced with that kind (see
    /// [`latest_introduced_as`]), by its actor's name when the actor
    /// files list it.
    pub(super) fn body_introduced_as(&self, phrase: &str, at: usize) -> Option<Entity> {
        let noun = definite_generic_body(phrase)?;
        let before = self.article.body.get(..at)?;
        // Within a few paragraphs: a kind said long before may have been
        // said of another body since named without it.
        let from = (before.rmatch_indices("\n\n").map(|(i, _)| i + 2))
            .nth(INTRODUCTION_PARAGRAPHS)
            .unwrap_or(0);
        let before = &before[from..];
        let name = latest_introduced_as(before, &noun)?;
        let actor = self.registry.actor_named(name);
        Some(Entity {
            name: actor
                .map_or(name, |a| self.registry.actor_name(a))
                .to_string(),
            role: None,
            actor: actor.map(|a| self.registry.actor_id(a).to_string()),
            person: false,
        })
    }

    /// `the company said`, `the club confirmed`, `the campaign told
    /// supporters`: a noun of one kind of body (`KIND_NOUNS`) stands for
    /// the one actor of that kind the article named before `at`, by the
    /// actor's name. Two such actors, or none: no one.
    pub(super) fn body_of_kind(&self, phrase: &str, at: usize) -> Option<Entity> {
        let ws = words(phrase.trim());
        let [the, noun] = ws.as_slice() else {
            return None;
        };
        // (`the court`: what a court wrote is as often its judge's, as
        // the sets' gold disagrees: left to the document rules.)
        if !the.is(&["the"]) || !is_lowercase(noun) || noun.is(&["court"]) {
            return None;
        }
        let (_, kinds) = KIND_NOUNS.iter().find(|(n, _)| noun.lower() == *n)?;
        let actor = self.one_actor_of_kind(kinds, at)?;
        Some(Entity {
            name: self.registry.actor_name(actor).to_string(),
            role: None,
            actor: Some(self.registry.actor_id(actor).to_string()),
            person: false,
        })
    }
}

/// Organisation words that head no body a later `the NOUN` may mean:
/// `the defence` is a trial's lawyers, `the court` is as often its judge
/// (the sets' gold disagrees, see [`Reader::body_of_kind`]), `the news`,
/// `the forces`, `the front` are no body's noun in running text.
const NO_CLASS_NOUNS: &[&str] = &[
    "defence", "defense", "news", "tv", "radio", "forces", "front", "court",
];

/// `the mission`, `the committees`, `the resistance committees`: `the`,
/// up to [`MAX_BODY_ADJECTIVES`] lowercase describing words and a noun of
/// a body ([`GENERIC_BODY_NOUNS`], [`ORGANISATION_WORDS`],
/// [`BODY_HEAD_NOUNS`] or a class of [`BODY_NOUN_CLASSES`]; not
/// [`NO_CLASS_NOUNS`]), singular or plural. Returns the noun in the
/// singular and the describing words, lowercase.
pub(super) fn definite_class_noun(phrase: &str) -> Option<(String, Vec<String>)> {
    let ws = words(phrase.trim());
    let [the, adjectives @ .., noun] = ws.as_slice() else {
        return None;
    };
    let singular = number_forms(&noun.lower()).find(|n| {
        let n = n.as_str();
        (GENERIC_BODY_NOUNS.contains(&n)
            || ORGANISATION_WORDS.contains(&n)
            || BODY_HEAD_NOUNS.contains(&n)
            || BODY_NOUN_CLASSES.iter().any(|(head, _)| *head == n))
            && !NO_CLASS_NOUNS.contains(&n)
    })?;
    let fits = the.is(&["the"])
        && is_lowercase(noun)
        && adjectives.len() <= MAX_BODY_ADJECTIVES
        && ws[..ws.len() - 1].iter().all(|w| w.after.trim().is_empty())
        && adjectives
            .iter()
            .all(|w| is_lowercase(w) && !w.text.contains(['\'', '’']));
    fits.then(|| (singular, adjectives.iter().map(|w| w.lower()).collect()))
}

/// A lowercase noun as written and the singulars it may be the plural
/// of (`committees`: `committee`, `committe`, `committees`; `agencies`:
/// `agency`), for matching a noun in either number.
fn number_forms(lower: &str) -> impl Iterator<Item = String> + '_ {
    [
        lower.strip_suffix("ies").map(|stem| format!("{stem}y")),
        lower.strip_suffix('s').map(str::to_string),
        Some(lower.to_string()),
    ]
    .into_iter()
    .flatten()
}

/// Whether a body's words (its name as written, or the actor's name)
/// hold `noun` (singular, lowercase) in the singular or plural, and
/// every describing word or one of [`NEUTRAL_BODY_ADJECTIVES`].
fn name_holds(names: &[&str], noun: &str, adjectives: &[String]) -> bool {
    let has = |word: &str| {
        names.iter().any(|name| {
            words(name).iter().any(|w| {
                let w = w.lower();
                let w = possessive_owner(&w).unwrap_or(&w);
                number_forms(w).any(|form| form == word)
            })
        })
    };
    has(noun)
        && adjectives
            .iter()
            .all(|a| NEUTRAL_BODY_ADJECTIVES.contains(&a.as_str()) || has(a))
}

impl Reader<'_> {
    /// `The UN mission in Libya urged restraint. “...,” the mission said.`,
    /// `the committees said` after `The El Obeid Resistance Committees
    /// said`: a definite noun of a body (see [`definite_class_noun`])
    /// stands for the listed actor the article last named, in the
    /// paragraphs within [`INTRODUCTION_PARAGRAPHS`] before `at`, with a
    /// name or alias that holds the noun and its describing words, as
    /// written or in the actor's name (`the mission` after `UNSMIL said`,
    /// the `UN Support Mission in Libya`). It speaks under the actor's
    /// name when written with a common noun, else as written (`Itamaraty`)
    /// unless only a short form of it. Runs after the rules that read
    /// the text's own names, so it only fills what they leave.
    pub(super) fn listed_body_by_noun(&self, phrase: &str, at: usize) -> Option<Entity> {
        let (noun, adjectives, filed) = match definite_class_noun(phrase) {
            Some((noun, adjectives)) => (noun, adjectives, false),
            None => {
                let (noun, adjectives) = self.filed_head_noun_phrase(phrase)?;
                (noun, adjectives, true)
            }
        };
        // `the ministry` an actor lists as an alias is that actor's, by
        // the rules after this one.
        if self.registry.actor_named(phrase).is_some() {
            return None;
        }
        let body = &self.article.body;
        let before = body.get(..at)?;
        let from = (before.rmatch_indices("\n\n").map(|(i, _)| i + 2))
            .nth(INTRODUCTION_PARAGRAPHS)
            .unwrap_or(0);
        // The body's actor names, found once per article.
        let mentions = self
            .actor_mentions
            .get_or_init(|| self.registry.actors_in(body));
        let in_reach =
            || (mentions.iter().rev()).filter(|m| m.range.start >= from && m.range.end <= at);
        let holds = |m: &&registry::ActorMatch| {
            let written = &body[m.range.clone()];
            name_holds(
                &[written, self.registry.actor_name(m.actor)],
                &noun,
                &adjectives,
            )
        };
        let found = in_reach().find(holds)?;
        // A noun only the files make a body's (`the battalion` of the
        // `Faris Battalion`) says less than a listed class noun: another
        // body that holds it in reach, or another body of the same kind
        // named since (`Valkenburg, whose driver ...` after the `Aurelis
        // F1 Team`), may be the one meant, and then no one is named.
        if filed {
            let kind = self.registry.kind(found.actor);
            let other_fits = in_reach().any(|m| {
                m.actor != found.actor
                    && (holds(&m)
                        || m.range.start > found.range.start
                            && kind.is_some()
                            && self.registry.kind(m.actor) == kind)
            });
            if other_fits {
                return None;
            }
        }
        let written = registry::strip_article(&body[found.range.clone()]);
        let actor = found.actor;
        // As [`Reader::named_body`] names it: a common noun by the actor's
        // name, a proper one as written unless only a short form of it.
        let name = if written.starts_with(char::is_lowercase) {
            self.registry.actor_name(actor)
        } else {
            self.body_name(actor, written)
        };
        Some(Entity {
            name: name.to_string(),
            role: None,
            actor: Some(self.registry.actor_id(actor).to_string()),
            person: false,
        })
    }
}

impl Reader<'_> {
    /// `the battalion`, `the caucus`: `the`, up to
    /// [`MAX_BODY_ADJECTIVES`] lowercase describing words and a lowercase
    /// noun that no word list holds but the files make the head of a
    /// body's name or alias (`Faris Battalion`, `House Freedom Caucus`:
    /// see `Registry::is_body_head_noun`), in the singular or plural.
    /// Never a noun for a person (`the president` of an `Office of the
    /// President` is the person), a title, a document or a word of
    /// [`NO_CLASS_NOUNS`]. Returns the noun in the singular and the
    /// describing words, lowercase.
    fn filed_head_noun_phrase(&self, phrase: &str) -> Option<(String, Vec<String>)> {
        let ws = words(phrase.trim());
        let [the, adjectives @ .., noun] = ws.as_slice() else {
            return None;
        };
        let fits = the.is(&["the"])
            && is_lowercase(noun)
            && !is_person_noun(noun)
            && !noun.is(TITLES)
            && !noun.is(DOCUMENT_NOUNS)
            && !noun.is(STATEMENT_NOUNS)
            && !noun.is(RECORD_NOUNS)
            && adjectives.len() <= MAX_BODY_ADJECTIVES
            && ws[..ws.len() - 1].iter().all(|w| w.after.trim().is_empty())
            && adjectives
                .iter()
                .all(|w| is_lowercase(w) && !w.text.contains(['\'', '’']));
        if !fits {
            return None;
        }
        let singular = number_forms(&noun.lower()).find(|n| {
            self.registry.is_body_head_noun(n) && !NO_CLASS_NOUNS.contains(&n.as_str())
        })?;
        Some((singular, adjectives.iter().map(|w| w.lower()).collect()))
    }
}

/// `Ministry of Land`, `Tarn Embassy`: a state's organ by its name.
fn names_state_organ(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| w.is(&["ministry", "department", "embassy", "consulate"]))
}

/// Kinds of actor a noun that says only that a body speaks (`the agency`,
/// `the group`) never means: outlets, people, states and their organs.
const NO_GENERIC_BODY_KINDS: &[&str] = STATE_OUTLET_AND_PERSON_KINDS;

impl Reader<'_> {
    /// `Feeding America, the national food bank network, also weighed
    /// in. “...,” the organization posted.`, `When the paper reached the
    /// DSS, the agency said`: a noun that says only that a body speaks
    /// ([`definite_generic_body`]) stands for the one listed body the
    /// paragraph names before `at`, outside quotes, whatever the verb
    /// that named it; when the paragraph names none, the one the
    /// paragraph before names. Two bodies named there (a state and its
    /// agency, two groups) fit, and then no one is named; so does a body
    /// of the files that is an outlet (`kind: media`), never the speaker
    /// of `the agency said`.
    pub(super) fn one_body_named_near(&self, phrase: &str, at: usize) -> Option<Entity> {
        let noun = definite_generic_body(phrase)?;
        // `the rebel alliance`: describing words say which body is
        // meant, and the next rules read them; only the bare noun here.
        if words(phrase.trim()).len() != 2 {
            return None;
        }
        let body = &self.article.body;
        let start = self.discourse.paragraph.start.min(at);
        let mentions = self
            .actor_mentions
            .get_or_init(|| self.registry.actors_in(body));
        let named_in = |from: usize, to: usize| -> Vec<&registry::ActorMatch> {
            let quotes = quoted_ranges(body.get(from..to).unwrap_or(""), from);
            (mentions.iter())
                .filter(|m| m.range.start >= from && m.range.end <= to)
                .filter(|m| !quotes.iter().any(|q| q.contains(&m.range.start)))
                .collect()
        };
        let mut named = named_in(start, at);
        if named.is_empty() {
            let before = body.get(..start)?.trim_end();
            let from = before.rfind("\n\n").map_or(0, |i| i + 2);
            named = named_in(from, before.len());
        }
        let found = *named.last()?;
        let actor = found.actor;
        // A state or its organ is no `agency` or `association` (`Ryu's
        // association demanded that the Ministry of Land ...`: the
        // association speaks), and a noun of one kind of body (`the
        // club`) means a body of that kind.
        let written = &body[found.range.clone()];
        let name = self.registry.actor_name(actor);
        let kind_fits = KIND_NOUNS
            .iter()
            .find(|(n, _)| *n == noun)
            .is_none_or(|(_, kinds)| self.registry.is_of_kind(actor, kinds));
        if named.iter().any(|m| m.actor != actor)
            || !kind_fits
            || self.registry.is_of_kind(actor, NO_GENERIC_BODY_KINDS)
            || names_state_organ(written)
            || names_state_organ(name)
        {
            return None;
        }
        Some(Entity {
            // By the files' name: `the agency` says nothing of the form
            // (acronym or not) the body was written in.
            name: name.to_string(),
            role: None,
            actor: Some(self.registry.actor_id(actor).to_string()),
            person: false,
        })
    }
}

/// Lowercase words that open no body's name: prepositions opening an
/// apposition (`, of the Harbour Council,`) or a clause.
const OPENS_NO_NAME: &[&str] = &[
    "of", "for", "at", "in", "with", "by", "from", "after", "to", "on", "under", "as",
];

/// Of a phrase taken for a body's name (no leading `the`), the part that
/// names a body: `None` when it opens with a preposition, a participle
/// (`issued after ...`) or a document noun (`remarks reported by ...`: the
/// words, not who said them); a reduced relative clause is cut off
/// (`Arab ministers meeting in Cairo` -> `Arab ministers`); lowercase words
/// before a capitalised name are returned apart, for the caller to drop
/// when the name is a known body (`nationalist tabloid Global Times`).
pub(super) fn name_part(bare: &str) -> Option<NamePart<'_>> {
    let ws = words(bare);
    let first = ws.first()?;
    if is_lowercase(first)
        && (first.is(OPENS_NO_NAME)
            || first.text.ends_with("ed") && ws.get(1).is_some_and(|n| n.is(OPENS_NO_NAME))
            || first.is(STATEMENT_NOUNS)
            || first.is(DOCUMENT_NOUNS)
            || first.is(RECORD_NOUNS))
    {
        return None;
    }
    // `meeting in Cairo`: an -ing word before a preposition opens a clause.
    let relative = (1..ws.len()).find(|&i| {
        is_lowercase(&ws[i])
            && ws[i].text.ends_with("ing")
            && ws[i - 1].after.trim().is_empty()
            && ws.get(i + 1).is_some_and(|n| n.is(OPENS_NO_NAME))
    });
    let end = relative.map_or(bare.len(), |i| ws[i - 1].end);
    let whole = bare[..end].trim_end();
    let proper = ws
        .iter()
        .position(|w| !is_lowercase(w))
        .filter(|&k| k > 0 && ws[k].start < end);
    let proper = proper.map(|k| whole[ws[k].start..].trim());
    Some(NamePart { whole, proper })
}

/// Small words inside an organisation's name (`Court of Arbitration for
/// Sport`, `Department of Health and Social Care`).
const ORGANISATION_NAME_LINKS: &[&str] = &["of", "for", "and", "the", "on", "&"];

/// Capitalised words that, beside a noun of organisation, still name no
/// one body: `Foreign Ministry`, `National Police`, `Ministry of Health`
/// are organs of whichever state the article is about.
const GENERIC_NAME_WORDS: &[&str] = &[
    "foreign",
    "interior",
    "national",
    "federal",
    "state",
    "public",
    "central",
    "defence",
    "defense",
    "health",
    "justice",
    "finance",
    "home",
    "supreme",
    "high",
    "general",
    "regional",
    "local",
    "city",
    "county",
    "provincial",
    "district",
    "military",
    "security",
    "joint",
    "press",
    "new",
    "main",
    "official",
    "external",
    "affairs",
    "economy",
    "trade",
    "energy",
    "environment",
    "education",
    "labour",
    "labor",
    "transport",
    "agriculture",
    "world",
    "international",
    "united",
    "nations",
];

/// A capitalised name of an organisation that no actor file lists, which
/// speaks under its own name: every word capitalised (small linking words
/// aside), no possessive or comma, of two words or more, a noun of
/// organisation heading the name (`World Anti-Doping Agency`, `National
/// Hurricane Center`, `Department of Health and Social Care`) with a word
/// that tells which body it is (not `Foreign Ministry`, not `Ministry of
/// Health`).
pub(super) fn names_an_organisation(bare: &str) -> bool {
    let ws = words(bare);
    let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
        return false;
    };
    let possessive = bare.contains("'s") || bare.contains("’s");
    let inside_punctuation = ws[..ws.len() - 1]
        .iter()
        .any(|w| !w.after.trim().is_empty() && w.after.trim() != "-");
    let every_word = ws
        .iter()
        .all(|w| !is_lowercase(w) || w.is(ORGANISATION_NAME_LINKS) && w.start != first.start);
    if first.text.chars().next().is_none_or(|c| !c.is_uppercase())
        || possessive
        || inside_punctuation
        || !every_word
    {
        return false;
    }
    // An initialism alone (`ICG`) is left to no one: the gold writes
    // the long name another article of the package spelled out.
    if ws.len() == 1 {
        return false;
    }
    // `Agency` ends the name, or `Department of ...` opens it.
    let heads =
        last.is(ORGANISATION_WORDS) || first.is(ORGANISATION_WORDS) && ws[1].is(&["of", "for"]);
    let distinctive = ws
        .iter()
        .any(|w| !is_lowercase(w) && !w.is(ORGANISATION_WORDS) && !w.is(GENERIC_NAME_WORDS));
    heads && distinctive
}

/// Lowercase words that tell a body's standing in a contest, never part
/// of its name: `the opposition Democratic Progressive Party`, `the main
/// opposition People Power Party`, `the ruling Labour Party`.
const BODY_STANDING_WORDS: &[&str] = &[
    "opposition",
    "main",
    "ruling",
    "governing",
    "nonpartisan",
    "non-partisan",
];

/// Whether the words of `whole` before `proper` (its end) only describe
/// it: they tell what kind of outlet it is (`state news agency`,
/// `nationalist tabloid`), introduce its name (`known as`, `called`), or
/// tell its standing or where it is based ([`tells_standing`]).
pub(super) fn only_describes(whole: &str, proper: &str) -> bool {
    let describing = words(&whole[..offset_in(whole, proper)]);
    let introduces = match describing.as_slice() {
        [.., known, as_word] => known.is(&["known"]) && as_word.is(&["as"]),
        [.., called] => called.is(&["called", "dubbed"]),
        [] => false,
    };
    introduces || describing.iter().any(|w| w.is(MEDIA_KIND_NOUNS)) || tells_standing(&describing)
}

/// Whether `describing`, the lowercase words before a body's name, only
/// tell its standing (`main opposition`: [`BODY_STANDING_WORDS`]) or
/// where it is based (`eastern-based`, `Tripoli-based` written lowercase
/// before the name is no part of it): the body speaks under its name
/// without them, as the actor files and any reader write it.
fn tells_standing(describing: &[Word<'_>]) -> bool {
    !describing.is_empty()
        && describing
            .iter()
            .all(|w| is_lowercase(w) && (w.is(BODY_STANDING_WORDS) || w.text.ends_with("-based")))
}

/// What [`name_part`] finds in a phrase.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct NamePart<'a> {
    /// The phrase up to any clause in it.
    pub(super) whole: &'a str,
    /// After lowercase words that open the phrase, the name from its first
    /// capitalised word on (`Global Times` of `tabloid Global Times`).
    pub(super) proper: Option<&'a str>,
}

/// Whether `written`, a name an actor file lists for a body, is a short
/// form of the body's own `name`, one a reader cannot take for another
/// body: its initials (`WFP` for `World Food Programme`, `CBP` for `U.S.
/// Customs and Border Protection`), initials with words of the name (`DRC
/// government`), the name without the one word of kind that ends it
/// (`Prairie Crest` for `Prairie Crest Genetics`), the name without the
/// place it sits in (`U.S. Embassy` for `US Embassy in Libya`), or one part
/// of a name joined by a slash (`M23` for `AFC/M23`). A part named in words of its
/// own (`Treasury` of `New Zealand Treasury`, `UN mission in Libya`) is
/// not: it may be an office of the body, and keeps its name.
pub(super) fn is_short_form(written: &str, name: &str) -> bool {
    let written = written.trim();
    if written.is_empty() || written.eq_ignore_ascii_case(name) {
        return false;
    }
    let slash_part = name.contains('/')
        && name
            .split('/')
            .any(|part| part.trim().eq_ignore_ascii_case(written));
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let written_words: Vec<&str> = written.split_whitespace().collect();
    let without_kind_word = name_words.len() == written_words.len() + 1
        && name_words.starts_with(&written_words)
        && name_words
            .last()
            .is_some_and(|w| w.chars().all(char::is_alphabetic) && !starts_lowercase(w));
    // `U.S. Embassy` of `US Embassy in Libya`: the name without the place
    // it sits in, which tells no other body apart where the files list
    // one.
    let undotted = |w: &str| w.replace('.', "").to_lowercase();
    let without_place = name_words.len() > written_words.len() + 1
        && written_words
            .iter()
            .zip(&name_words)
            .all(|(w, n)| undotted(w) == undotted(n))
        && name_words[written_words.len()..]
            .split_first()
            .is_some_and(|(preposition, place)| {
                ["in", "to", "at"].contains(preposition)
                    && place.iter().any(|w| !starts_lowercase(w))
                    && place.iter().all(|w| !starts_lowercase(w) || *w == "the")
            });
    let initials: String = name_words
        .iter()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    let in_name = |w: &str| name_words.iter().any(|n| n.eq_ignore_ascii_case(w));
    let is_initials = |w: &str| {
        let letters: String = w.chars().filter(|c| *c != '.').collect();
        (2..=6).contains(&letters.chars().count())
            && letters.chars().all(char::is_uppercase)
            && initials.contains(letters.as_str())
            && !in_name(w)
    };
    let initialled = written_words.iter().any(|w| is_initials(w))
        && written_words.iter().all(|w| is_initials(w) || in_name(w));
    slash_part || without_kind_word || without_place || initialled
}

/// The kinds of actor whose name a company goes by in running text: its
/// leading words (see [`is_company_short_name`]).
pub(super) const COMPANY_KINDS: &[&str] = &["company"];

/// Whether `written` is a company's name cut to its leading words:
/// `Nimbara` for `Nimbara Health Cloud`, `Halcyon Summit` for `Halcyon
/// Summit Football Group`, `Veltrane` for `Veltrane Inc.`. News text
/// names a company in full once and then by the words that make its name
/// its own, dropping what says what it does or its legal form; those
/// words never name a part of it, so the company speaks under its full
/// name. Every dropped word is capitalised (or `&`): a cut before a
/// lowercase link (`Société` of `Société Haïtienne de Stockage`) or a
/// number (`Board` of `Board No. 254`) is no such name.
pub(super) fn is_company_short_name(written: &str, name: &str) -> bool {
    let undotted = |w: &str| w.replace('.', "").to_lowercase();
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let written_words: Vec<&str> = written.split_whitespace().collect();
    let Some(first) = written_words.first() else {
        return false;
    };
    let dropped = name_words.get(written_words.len()..).unwrap_or_default();
    !dropped.is_empty()
        && !starts_lowercase(first)
        && written_words.last().is_some_and(|w| *w != "&")
        && written_words
            .iter()
            .zip(&name_words)
            .all(|(w, n)| undotted(w) == undotted(n))
        && dropped.iter().all(|w| {
            *w == "&"
                || w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}

/// What tells one state's ministry from another's in the ways copy and
/// actor files write it (`Armenia's defence ministry`, `Armenian Defense
/// Ministry`, `Ministry of Defence of Armenia`, `Russian MFA`): the state
/// it belongs to and the words of its portfolio, sorted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct MinistryKey {
    /// The country (`armenia`, `saudi arabia`), or an acronym written in
    /// capitals that names the state (`uae`).
    pub(super) state: String,
    /// The portfolio's words, lowercase, one spelling each (`defence`,
    /// `foreign`), sorted.
    pub(super) portfolio: Vec<String>,
}

/// Words of a ministry's name that say nothing of which ministry it is.
const MINISTRY_LINK_WORDS: &[&str] = &["ministry", "of", "the", "for", "and", "&", "affairs"];

/// A portfolio's words spelt two ways: `defense`; `external` (India's
/// Ministry of External Affairs is its foreign ministry).
const PORTFOLIO_SPELLINGS: &[(&str, &str)] = &[("defense", "defence"), ("external", "foreign")];

/// Abbreviations that are a ministry and its portfolio (`Russian MFA`).
const MINISTRY_ABBREVIATIONS: &[(&str, &str)] = &[("mfa", "foreign"), ("mod", "defence")];

/// The state and portfolio of a ministry's name ([`MinistryKey`]): a name
/// holding `ministry` (or `MFA`, `MoD`), one state (a country, its
/// demonym or possessive, or an acronym in capitals) and portfolio
/// words. None when the words name no state or two, or nothing but the
/// ministry (`the Ministry of Foreign Affairs`: whose?). Every other word
/// counts as the portfolio's, so `Turkish Defence Ministry officials` or
/// `Sudan's foreign ministry in Port Sudan` match no filed name.
pub(super) fn ministry_key(name: &str) -> Option<MinistryKey> {
    let written: Vec<&str> = name
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            let w = possessive_owner(w).unwrap_or(w);
            w.trim_end_matches(['\'', '’'])
        })
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    let mut ministry = false;
    let mut state: Option<String> = None;
    let mut portfolio: Vec<String> = Vec::new();
    let mut k = 0;
    while k < lower.len() {
        // The longest country first: `saudi arabia`, `united arab emirates`.
        let country = (1..=3).rev().find_map(|n| {
            let words = lower.get(k..k + n)?;
            super::descriptor::country_of(&words.join(" ")).map(|c| (c, n))
        });
        let word = lower[k].as_str();
        let abbreviation = MINISTRY_ABBREVIATIONS.iter().find(|(a, _)| *a == word);
        let acronym = written[k].len() >= 2
            && written[k]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '.');
        if let Some((_, portfolio_word)) = abbreviation {
            ministry = true;
            portfolio.push((*portfolio_word).to_string());
        } else if let Some((country, n)) = country {
            if state.as_deref().is_some_and(|s| s != country) {
                return None;
            }
            state = Some(country.to_string());
            k += n;
            continue;
        } else if acronym {
            if state.as_deref().is_some_and(|s| s != word) {
                return None;
            }
            state = Some(word.replace('.', ""));
        } else if word == "ministry" {
            ministry = true;
        } else if !MINISTRY_LINK_WORDS.contains(&word) {
            let spelt = PORTFOLIO_SPELLINGS
                .iter()
                .find(|(other, _)| *other == word)
                .map_or(word, |(_, one)| one);
            portfolio.push(spelt.to_string());
        }
        k += 1;
    }
    portfolio.sort_unstable();
    portfolio.dedup();
    (ministry && !portfolio.is_empty())
        .then_some(())
        .and(state)
        .map(|state| MinistryKey { state, portfolio })
}

/// How many words may stand between the noun of the words given out and
/// its `by` (`a statement read on state television Monday evening by`).
const MAX_WORDS_BEFORE_BY: usize = 7;

/// How many words may describe the person after `by` before the name
/// (`its regional director for Asia and the Pacific,`).
const MAX_WORDS_BEFORE_NAME: usize = 9;

/// The words of the sentence that goes on after `at` (a quote's end), up
/// to its end: a line break, or a full stop, question or exclamation mark
/// (closing quote marks after it) after a lowercase letter, a digit or a
/// closing quote mark and before a space (`U.S.` and `Gen. Ann` go on).
fn rest_of_sentence(body: &str, at: usize) -> &str {
    let rest = body.get(at..).unwrap_or_default();
    let line = rest.split('\n').next().unwrap_or_default();
    let mut previous = None;
    for (k, c) in line.char_indices() {
        if ".!?".contains(c)
            && previous
                .is_some_and(|p: char| p.is_lowercase() || p.is_ascii_digit() || "\"”’".contains(p))
        {
            let after = line[k + c.len_utf8()..].trim_start_matches(['"', '”', '’', '\'']);
            if after.is_empty() || after.starts_with(char::is_whitespace) {
                return &line[..k + c.len_utf8()];
            }
        }
        previous = Some(c);
    }
    line
}

/// The person the sentence after a body's words names as the one who gave
/// them out: `..., in a statement by its regional director for Asia,
/// Ann Reyes.`, `..., in a statement from spokeswoman Jill Brekke`,
/// `according to a statement read on television by its spokesman, Major
/// General Thet Naing Oo`, `a remark made by the president's spokesman,
/// Tom Dorn, at a press conference`. A noun of words given out
/// ([`DELIVERED_WORDS_NOUNS`]), `by` or `from` a few words after it, a
/// person's post or staff noun, and a name of two words or more (titles
/// before it dropped), written right after the post or after a comma.
/// `signed by` is left alone: a letter signed by its president is the
/// body's in some labellings and the signer's in others.
fn deliverer_named_after(sentence: &str) -> Option<&str> {
    let ws = words(sentence);
    let noun_at = ws.iter().position(|w| w.is(DELIVERED_WORDS_NOUNS))?;
    let by_at = (noun_at + 1..ws.len().min(noun_at + 2 + MAX_WORDS_BEFORE_BY))
        .find(|&k| ws[k].is(&["by", "from"]))?;
    if ws[by_at - 1].is(&["signed"]) || !ws[noun_at].after.trim().is_empty() {
        return None;
    }
    let limit = ws.len().min(by_at + 1 + MAX_WORDS_BEFORE_NAME);
    let post_at = (by_at + 1..limit).find(|&k| {
        (ws[k].is(STAFF_NOUNS) || ws[k].is(ROLE_NOUNS) || ws[k].is(OFFICE_WORDS))
            && !ws[k].is(ORGANISATION_WORDS)
            && !ws[k].is(BODY_HEAD_NOUNS)
    })?;
    // The name follows the post itself (`spokeswoman Jill Brekke`) or the
    // comma that closes what the post is of (`director for Asia, Ann`).
    let name_at = (post_at + 1..ws.len().min(limit + 1))
        .find(|&k| ws[k].is_capitalised() && (k == post_at + 1 || ws[k - 1].after.contains(',')))?;
    let mut end = name_at;
    while end < ws.len()
        && (ws[end].is_capitalised() || ws[end].is(NAME_PARTICLES))
        && (end == name_at || ws[end - 1].after.trim().is_empty())
    {
        end += 1;
    }
    let mut start = name_at;
    while start < end && ws[start].is(TITLES) {
        start += 1;
    }
    let name = &ws[start..end];
    if name.len() < 2
        || name.last().is_some_and(|w| w.is(NAME_PARTICLES))
        || name
            .iter()
            .any(|w| w.is(ORGANISATION_WORDS) || w.is(BODY_HEAD_NOUNS))
    {
        return None;
    }
    Some(&sentence[ws[start].start..ws[end - 1].end])
}

impl Reader<'_> {
    /// `The Red Cross called for “...”, in a statement by its regional
    /// director, Ann Reyes.`: a body's words that the same sentence says a
    /// named person gave out are that person's, for the body
    /// ([`deliverer_named_after`]); the labellers write the person. The
    /// body stays the quote's actor. Not a name any actor file gives a
    /// body, nor an outlet.
    pub(super) fn name_who_delivered_the_words(&self, candidates: &mut [super::Candidate]) {
        let body = &self.article.body;
        for c in candidates.iter_mut() {
            let o = &mut c.occurrence;
            if o.rule != Some(crate::model::Rule::Body) || o.anonymous || o.actor.is_none() {
                continue;
            }
            let Some(span) = o.span.clone() else {
                continue;
            };
            let Some(name) = deliverer_named_after(rest_of_sentence(body, span.end)) else {
                continue;
            };
            if self.registry.actor_named(name).is_some()
                || registry::is_outlet(name, &self.outlets())
                || coref::names_a_thing(name)
            {
                continue;
            }
            o.speaker = Some(name.to_string());
            o.role = None;
            o.rule = Some(crate::model::Rule::SpeechVerb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_or_aged_people_are_no_body() {
        assert!(counts_or_ages_people("Twenty Republicans"));
        assert!(counts_or_ages_people("54-year-old pharmacist"));
        assert!(!counts_or_ages_people("One Nation"));
        assert!(!counts_or_ages_people("Rapid Support Forces"));
        assert!(!counts_or_ages_people(""));
    }

    #[test]
    fn a_phrase_headed_by_a_noun_for_one_person_describes_a_person() {
        assert!(describes_a_person("ICRC spokesman in Sanaa"));
        assert!(describes_a_person(
            "French nurse still held by jihadists in the Sahel"
        ));
        assert!(describes_a_person("gentleman from Texas"));
        assert!(!describes_a_person("transport ministry in Sanaa"));
        assert!(!describes_a_person("Government officials in Taiz"));
        assert!(!describes_a_person("Maine Secretary of State's Office"));
        assert!(!describes_a_person(
            "Senate Judiciary Committee's majority staff"
        ));
        assert!(!describes_a_person("spokesman"));
    }

    #[test]
    fn an_article_no_preposition_brings_in_makes_a_clause() {
        assert!(holds_a_clause(
            "Tsang read out a text message the commission"
        ));
        assert!(!holds_a_clause("Office of the Governor of Tarn"));
        assert!(!holds_a_clause("The Guardian"));
        assert!(!holds_a_clause(""));
    }

    #[test]
    fn a_title_or_nationality_alone_is_no_body() {
        assert!(only_a_title_or_nationality("President"));
        assert!(only_a_title_or_nationality("Czech"));
        assert!(!only_a_title_or_nationality("President Jo Lin"));
        assert!(!only_a_title_or_nationality("Pentagon"));
        assert!(!only_a_title_or_nationality(""));
    }

    #[test]
    fn the_and_one_unknown_word_describes_someone() {
        let body = |name: &str, actor: Option<&str>| Entity {
            name: name.to_string(),
            role: None,
            actor: actor.map(str::to_string),
            person: false,
        };
        assert!(describes_someone_unknown(&body("Texan", None), "the Texan"));
        assert!(!describes_someone_unknown(
            &body("Pentagon", Some("dod")),
            "the Pentagon"
        ));
        assert!(!describes_someone_unknown(
            &body("Vell Front", None),
            "the Vell Front"
        ));
        assert!(!describes_someone_unknown(&body("Texan", None), "Texan"));
    }

    #[test]
    fn a_capitalised_name_headed_by_a_noun_of_organisation_names_a_body() {
        for name in [
            "World Anti-Doping Agency",
            "National Hurricane Center",
            "Department of Health and Social Care",
        ] {
            assert!(names_an_organisation(name), "{name}");
        }
        // Must not: an organ of no one in particular, a possessive, a
        // post, lowercase words, a person.
        for name in [
            "Foreign Ministry",
            "Ministry of Health",
            "Belarus's main state TV channel",
            "ANC",
            "EU",
            "German aerospace centre DLR",
            "Jan Berg",
            "Supreme Court",
        ] {
            assert!(!names_an_organisation(name), "{name}");
        }
    }

    #[test]
    fn the_noun_with_describing_words_is_a_body_mention() {
        assert_eq!(
            definite_body_noun("the bipartisan panel"),
            Some(("panel".to_string(), vec!["bipartisan"]))
        );
        assert_eq!(
            definite_body_noun("The embassy"),
            Some(("embassy".to_string(), vec![]))
        );
        // A name, an owner or a person are no bare body noun.
        assert_eq!(definite_body_noun("the Harbour Council"), None);
        assert_eq!(definite_body_noun("the mayor's office"), None);
        assert_eq!(definite_body_noun("the spokesman"), None);
        assert_eq!(definite_body_noun("a ministry"), None);
    }

    #[test]
    fn the_ministry_is_the_last_ministry_else_the_last_body_of_its_class() {
        let before = "The Tarn Fisheries Office spoke first. Later the \
            Atlantean Department of Foreign Affairs said it had summoned the envoy.";
        assert_eq!(
            latest_of_class(before, "ministry", &[]),
            Some("Atlantean Department of Foreign Affairs")
        );
        let before = "The Harbour Ethics Committee wrote to the senator.";
        assert_eq!(
            latest_of_class(before, "panel", &["bipartisan"]),
            Some("Harbour Ethics Committee")
        );
        // A describing word the name does not hold is another body.
        assert_eq!(latest_of_class(before, "panel", &["budget"]), None);
        // An embassy is no ministry.
        assert_eq!(
            latest_of_class("The Tarn Embassy in Port Vell said so.", "ministry", &[]),
            None
        );
        // A body named with the noun itself comes before one of its class
        // named in an earlier paragraph, not in the quote's own.
        let before = "The Tarn Ministry of Fisheries spoke first.\n\nLater the \
            Atlantean Department of Foreign Affairs said it had summoned the envoy.\n\n";
        assert_eq!(
            latest_of_class(before, "ministry", &[]),
            Some("Tarn Ministry of Fisheries")
        );
        let before = "The Tarn Ministry of Fisheries spoke first.\n\nLater the \
            Atlantean Department of Foreign Affairs said it had summoned the envoy.";
        assert_eq!(
            latest_of_class(before, "ministry", &[]),
            Some("Atlantean Department of Foreign Affairs")
        );
        assert_eq!(
            latest_of_class(before, "department", &[]),
            Some("Atlantean Department of Foreign Affairs")
        );
    }

    /// `the` and a body's noun, singular or plural, with up to two
    /// describing words; other nouns, a possessive, an indefinite none.
    #[test]
    fn a_definite_class_noun_is_the_and_a_bodys_noun() {
        let noun = |p: &str| definite_class_noun(p).map(|(n, a)| (n, a.join(" ")));
        assert_eq!(noun("the mission"), Some(("mission".into(), String::new())));
        assert_eq!(
            noun("the resistance committees"),
            Some(("committee".into(), "resistance".into()))
        );
        assert_eq!(noun("The agencies"), Some(("agency".into(), String::new())));
        for phrase in [
            "the court",
            "the defence",
            "a mission",
            "the mission's chief",
            "the senator",
            "the very old and famous club",
            "the UN mission",
        ] {
            assert_eq!(noun(phrase), None, "{phrase}");
        }
    }

    #[test]
    fn a_name_holds_a_noun_in_either_number_and_its_describing_words() {
        assert!(name_holds(&["UN mission in Vell"], "mission", &[]));
        assert!(name_holds(
            &["Orlan Resistance Committees"],
            "committee",
            &[]
        ));
        assert!(name_holds(
            &["X", "Orlan Resistance Committees"],
            "committee",
            &["resistance".into()]
        ));
        assert!(name_holds(&["Orlan Agencies"], "agency", &[]));
        assert!(name_holds(
            &["Orlan Board"],
            "board",
            &["independent".into()]
        ));
        assert!(!name_holds(&["Orlan Board"], "board", &["oil".into()]));
        assert!(!name_holds(&["Orlan Missionaries"], "mission", &[]));
    }

    #[test]
    fn an_apposition_or_a_clause_names_no_body() {
        assert_eq!(name_part("of the Harbour Council"), None);
        assert_eq!(
            name_part("issued after a meeting chaired by Atlantis"),
            None
        );
        assert_eq!(name_part("remarks reported by the Daily Tarn"), None);
        assert_eq!(
            name_part("Atlantean ministers meeting in Port Vell").map(|p| p.whole),
            Some("Atlantean ministers")
        );
        let part = name_part("nationalist tabloid Tarn Times").unwrap();
        assert_eq!(part.proper, Some("Tarn Times"));
        assert!(only_describes(part.whole, "Tarn Times"));
        let part = name_part("known as Vellaria").unwrap();
        assert!(only_describes(part.whole, part.proper.unwrap()));
        let part = name_part("pro-government Tarn Times").unwrap();
        assert!(!only_describes(part.whole, part.proper.unwrap()));
        // A name as written stays whole.
        assert_eq!(
            name_part("Harbour Council"),
            Some(NamePart {
                whole: "Harbour Council",
                proper: None
            })
        );
        assert_eq!(
            name_part("Atlantis's ruling party").map(|p| p.whole),
            Some("Atlantis's ruling party")
        );
    }

    #[test]
    fn a_noun_that_only_says_a_body_is_a_generic_body_mention() {
        assert_eq!(
            definite_generic_body("The agency"),
            Some("agency".to_string())
        );
        assert_eq!(
            definite_generic_body("the humanitarian organisation"),
            Some("organisation".to_string())
        );
        // A name, an owner, a person or an indefinite noun are none.
        assert_eq!(definite_generic_body("the Tarn Agency"), None);
        assert_eq!(definite_generic_body("the group's lawyer"), None);
        assert_eq!(definite_generic_body("an agency"), None);
        assert_eq!(definite_generic_body("the ministry"), None);
        assert!(named_with_class_noun("Tarn Ministry of Water"));
        assert!(!named_with_class_noun("Vell Relief Fund"));
    }

    #[test]
    fn the_ministers_are_the_group_the_article_named() {
        assert_eq!(
            definite_group_noun("the ministers"),
            Some("ministers".into())
        );
        assert_eq!(definite_group_noun("the three ministers"), None);
        let before =
            "Atlantean foreign ministers meeting in Port Vell on Sunday endorsed the plan.";
        assert_eq!(
            latest_group(before, "ministers"),
            Some("Atlantean foreign ministers")
        );
        // No one says whose ministers they are.
        assert_eq!(
            latest_group("The foreign ministers met.", "ministers"),
            None
        );
        assert_eq!(latest_group("Two ministers met.", "ministers"), None);
    }

    #[test]
    fn a_body_is_introduced_by_its_kind_in_apposition_or_before_its_name() {
        let cases = [
            (
                "A little-known rural group, Vessary Front, struck.",
                Some("Vessary Front"),
            ),
            (
                "Vessary Front, a small rural group, struck.",
                Some("Vessary Front"),
            ),
            (
                "The rural group Vessary Front struck.",
                Some("Vessary Front"),
            ),
            // The latest of two.
            (
                "The group Orlan Watch met. Later a new group, Vessary Front, struck.",
                Some("Vessary Front"),
            ),
            // No name, a title (a person), a weekday, a plural.
            ("A small group in Orlan struck.", None),
            ("The group Chairman Piet Varn spoke.", None),
            ("The group Monday said no.", None),
            ("Two groups, Vessary Front and Orlan Watch, struck.", None),
        ];
        for (text, expected) in cases {
            assert_eq!(latest_introduced_as(text, "group"), expected, "{text}");
        }
    }

    #[test]
    fn a_short_form_of_a_body_name_is_known_by_its_form() {
        let cases = [
            ("WFP", "World Food Programme", true),
            ("MSF", "Médecins Sans Frontières", true),
            ("ICRC", "International Committee of the Red Cross", true),
            ("CBP", "U.S. Customs and Border Protection", true),
            (
                "DRC government",
                "Government of the Democratic Republic of the Congo",
                true,
            ),
            ("Prairie Crest", "Prairie Crest Genetics", true),
            ("M23", "AFC/M23", true),
            ("U.S. Embassy", "US Embassy in Libya", true),
            ("US embassy", "US Embassy in Libya", true),
            ("Tarn Mission", "Tarn Mission to the United Nations", true),
            ("Tarn Mission", "Tarn Mission to Vellaria", true),
            // Not a short form: the name itself, an office in words of its
            // own, a name the initials do not spell, a longer cut.
            ("World Food Programme", "World Food Programme", false),
            ("Treasury", "New Zealand Treasury", false),
            (
                "State Board of Elections",
                "N.C. State Board of Elections",
                false,
            ),
            ("UN mission in Libya", "UN Support Mission in Libya", false),
            ("ELN", "National Liberation Army", false),
            ("UN food agency", "World Food Programme", false),
            (
                "Presidential Emergency Board",
                "Presidential Emergency Board No. 254",
                false,
            ),
            ("Rail Crafts", "Rail Crafts of the Plains", false),
            // A place before the name is no place it sits in; a name cut
            // inside is another body.
            (
                "Department of Water Resources",
                "Arizona Department of Water Resources",
                false,
            ),
            ("US Embassy", "US Embassy Annex in Libya", false),
            ("Tarn Embassy", "Tarn Embassy in ruins", false),
        ];
        for (written, name, expected) in cases {
            assert_eq!(is_short_form(written, name), expected, "{written} / {name}");
        }
    }

    #[test]
    fn words_of_a_bodys_standing_only_describe_it() {
        let cases = [
            ("opposition Democratic Progressive Party", 11, true),
            ("main opposition People Power Party", 16, true),
            ("eastern-based House of Representatives", 14, true),
            ("ruling Labour Party", 7, true),
            // Other words before the name are kept.
            ("renegade People Power Party", 9, false),
            ("opposition leader Ana Vell", 18, false),
        ];
        for (whole, name_at, expected) in cases {
            let proper = &whole[name_at..];
            assert_eq!(only_describes(whole, proper), expected, "{whole}");
        }
        // No words before the name: nothing describes it.
        assert!(!tells_standing(&[]));
    }

    #[test]
    fn a_company_is_named_by_the_leading_words_of_its_name() {
        let cases = [
            ("Nimbara", "Nimbara Health Cloud", true),
            ("Halcyon Summit", "Halcyon Summit Football Group", true),
            ("Dongbin", "Dongbin Engineering & Construction", true),
            ("Veltrane", "Veltrane Inc.", true),
            ("Baylake", "Baylake Geographic LLC", true),
            // The name itself, another cut, a cut before a lowercase link
            // or a number, words that are not its leading words.
            ("Nimbara Health Cloud", "Nimbara Health Cloud", false),
            ("Health Cloud", "Nimbara Health Cloud", false),
            ("Société", "Société Haïtienne de Stockage Pétrolier", false),
            ("Atlantic &", "Atlantic & Lakes", false),
            ("Board", "Board No. 254", false),
            ("Nimbara Cloud", "Nimbara Health Cloud", false),
            ("the company", "Nimbara Health Cloud", false),
        ];
        for (written, name, expected) in cases {
            assert_eq!(
                is_company_short_name(written, name),
                expected,
                "{written} / {name}"
            );
        }
    }
}
