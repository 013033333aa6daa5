//! Who `he` or `she` can mean, from the people a paragraph names outside
//! its quotes. The reading state proposes someone (the person introduced,
//! the last person quoted); a paragraph that names people overrules it:
//! a pronoun keeps to the people in front of it, and when two of them fit,
//! or none does and the proposal spoke long ago, it names no one (a wrong
//! real person is the worst error a dossier can make).

use std::ops::Range;

use super::lexicon::{
    APPOSITION_PERSON_NOUNS, AUXILIARIES, CLAUSE_OPENING_WORDS, CONJUNCTIONS, DEMONYMS,
    DESCRIBED_FEMALE_NOUNS, DESCRIBED_MALE_NOUNS, FEMALE_GIVEN_NAMES, FEMALE_NAME_HONORIFICS,
    FEMALE_TITLES_OF_ADDRESS, HONORIFICS, KIN_AND_CALLING_NOUNS, LONE_NAME_REJECTS,
    MALE_GIVEN_NAMES, MALE_NAME_HONORIFICS, MALE_TITLES_OF_ADDRESS, MONTH_NAMES, NAME_PARTICLES,
    OFFICE_WORDS, ORGANISATION_WORDS, PARTY_MEMBER_NOUNS, PERSON_NOUNS, PLACE_OPENERS,
    PREPOSITIONS, PROFESSION_NOUNS, PRONOUNS, ROLE_NOUNS, SCENE_OPENERS, SOURCE_NOUNS,
    SPEECH_VERBS, STAFF_NOUNS, THING_HEAD_NOUNS, TIME_WORDS, TITLES, VESSEL_PREFIXES,
    WEEKDAY_NAMES,
};
use super::lexicon::{
    CLAUSE_OPENING_PARTICIPLES, COUNTING_WORDS, DOCUMENT_NAME_HEADS, DOCUMENT_PART_NOUNS,
    HEADING_SPEECH_VERBS, OUTLET_NOUNS, OUTLETS, THING_OPENERS, TIME_UNIT_NOUNS, US_STATES,
};
use super::resolve::Gender;
use super::speaker;
use super::text::{Word, possessive_owner, without_possessive, words};

/// A person a paragraph names outside its quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Named {
    /// Byte offset of the mention in the article body.
    pub(super) at: usize,
    /// The name as the paragraph gives it, or the full name it completes.
    pub(super) name: String,
    /// What the mention itself tells: a given name, `Mr`, `Mrs`.
    pub(super) gender: Option<Gender>,
}

/// What a pronoun stands for once the paragraph has been consulted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Antecedent {
    /// The reading state's proposal stands.
    Proposed,
    /// The one person in the paragraph who fits.
    Person(String),
    /// Two fit, or the paragraph names only people who cannot be meant.
    Nobody,
}

/// The gender a full name's given name tells (`Fiona Reid`: a woman);
/// a surname alone, or a name given to both, tells nothing.
pub(super) fn given_name_gender(name: &str) -> Option<Gender> {
    let mut parts = name.split_whitespace();
    let first = parts.next()?;
    parts.next()?;
    first_name_gender(first)
}

/// The gender a word tells as a first name (`Fiona`, `Anna-Lena`: the
/// first part decides).
pub(super) fn first_name_gender(word: &str) -> Option<Gender> {
    // `-` is ASCII: found byte-wise, with no searcher set up.
    let first = (word.bytes().position(|b| b == b'-')).map_or(word, |hyphen| &word[..hyphen]);
    if !first.starts_with(char::is_uppercase) {
        return None;
    }
    let is = |list: &'static [&'static str]| is_given_name_in(first, list);
    if is(FEMALE_GIVEN_NAMES) {
        Some(Gender::Female)
    } else if is(MALE_GIVEN_NAMES) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Whether `list` of given names (sorted, lowercase) holds `name`
/// lowercased. An ASCII name is looked up as the rules look up a word
/// ([`Word::is`], kept by address for a word of the body): for a
/// lowercase list, ignoring ASCII case is lowercasing it, and a lowercase
/// copy and two binary searches of a thousand names cost nearly three
/// times as much.
fn is_given_name_in(name: &str, list: &'static [&'static str]) -> bool {
    if name.is_ascii() {
        let word = Word {
            text: name,
            start: 0,
            end: name.len(),
            after: "",
        };
        return word.is(list);
    }
    list.binary_search(&name.to_lowercase().as_str()).is_ok()
}

/// Whether a capitalised name is a place, a feature, a document, an
/// event, a storm, an outlet or a vessel rather than a person: it ends in
/// a thing's head noun (`Second Thomas Shoal`, `Mutual Defense Treaty`,
/// `Independence Day`), opens with a word that makes it a thing
/// (`Hurricane Marisol`, `Operation Sindoor`), is a part of a document
/// by its number or letter (`Annexure D`, `Article II`), a US state
/// (`Illinois`) or an outlet or its programme (`Bloomberg Economics`,
/// `Daily Nation`), and opens with no given name or title; or it opens
/// with a ship prefix (`BRP Teresa Magbanua`). A pronoun or a speech
/// verb never means one, and it never blocks the person named before it.
pub(super) fn names_a_thing(name: &str) -> bool {
    let ws = words(name);
    let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
        return false;
    };
    if first.is(VESSEL_PREFIXES) && ws.len() >= 2 && first.text.chars().all(char::is_uppercase) {
        return true;
    }
    let personal = first_name_gender(first.text).is_some() || first.is(TITLES);
    if personal {
        return false;
    }
    if ws.len() >= 2 && last.is(THING_HEAD_NOUNS) {
        return true;
    }
    // `Hurricane Marisol`, `Tropical Storm Ana`, `Operation Sindoor`: the
    // word before the name makes it a storm's or an operation's, whatever
    // given name follows.
    if ws.len() >= 2 && first.is_capitalised() && first.is(THING_OPENERS) {
        return true;
    }
    // `Annexure D`, `Article II`, `Section 13(3)`, `Option C`: a part of
    // a document, or a choice, by its number or letter.
    if ws.len() == 2 && first.is(DOCUMENT_PART_NOUNS) && is_identifier(ws[1].text) {
        return true;
    }
    is_us_state(name) || names_an_outlet(&ws)
}

/// Whether `text` is a number, a Roman numeral or a capital letter, as a
/// part of a document is numbered (`9`, `13(3)`, `II`, `D`).
fn is_identifier(text: &str) -> bool {
    let text = text.trim_end_matches(['.', ',', ':', ';']);
    let roman = !text.is_empty() && text.chars().all(|c| "IVXLC".contains(c));
    text.starts_with(|c: char| c.is_ascii_digit())
        || roman
        || (text.len() == 1 && text.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Whether `name` is the whole name of a US state (`Illinois`, `New
/// Mexico`): a place, never a person; a state's name that is a given
/// name too (`Georgia`, `Virginia`) is kept out by the caller's test of
/// the first word.
fn is_us_state(name: &str) -> bool {
    let name = name.trim();
    name.starts_with(char::is_uppercase)
        && US_STATES
            .iter()
            .any(|(state, ..)| state.eq_ignore_ascii_case(name))
}

/// Whether a name of two words or more is an outlet's or one of its
/// programmes or units: it opens with the name of a wire or broadcaster
/// the lexicon knows, written as the outlet writes it (`Bloomberg
/// Economics`, `BBC Sport`, `Reuters Breakingviews`), or it opens with a
/// capitalised word that says it is an outlet (`Daily Nation`, `Radio
/// Okapi`).
fn names_an_outlet(ws: &[Word<'_>]) -> bool {
    let [first, second, ..] = ws else {
        return false;
    };
    let opens_with_outlet = OUTLETS
        .iter()
        .any(|o| !o.contains(' ') && *o == first.text && first.after.trim().is_empty());
    opens_with_outlet
        || (first.is(OUTLET_NOUNS) && first.is_capitalised() && second.is_capitalised())
}

/// Whether words a speaker's name was read from open with a phrase of
/// time: a preposition before a day, a month or a time word (`On
/// Saturday morning ...`, `In March`), or a count of a span of time
/// (`Two days later`). No name, and no one's description, opens so.
pub(super) fn opens_with_time(ws: &[Word<'_>]) -> bool {
    let [first, second, ..] = ws else {
        return false;
    };
    (first.is(PREPOSITIONS)
        && (second.is(WEEKDAY_NAMES) || second.is(MONTH_NAMES) || second.is(TIME_WORDS)))
        || second.is(TIME_UNIT_NOUNS)
}

/// Whether a name the rules found may be a person's: neither a thing's
/// ([`names_a_thing`]) nor no name at all ([`is_no_name`]).
pub(super) fn may_be_a_person(name: &str) -> bool {
    !names_a_thing(name) && !is_no_name(name)
}

/// Whether a speaker's name, as the rules found it, is no name at all
/// (round forty-seven): markdown left in it (`FBI.** The bureau`), a
/// phrase of time (`Two days later`, `On Saturday morning your own
/// account on X`), a title or its abbreviation alone (`Adv`, `Dr`), a
/// word that counts people before it (`One Melville` of `One Melville
/// resident`), a participle that opens a clause (`Speaking Arabic`), or
/// a verb of saying closing it (`Bloomberg Economics Says`, a column's
/// heading). A name must look like a name; when unsure, no name.
pub(super) fn is_no_name(name: &str) -> bool {
    if name.contains(['*', '#', '|']) {
        return true;
    }
    let ws = words(name);
    let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
        return true;
    };
    if ws.len() == 1 && first.is(TITLES) {
        return true;
    }
    // `One Melville resident`, not `Two Rivers Council`.
    if (first.is(COUNTING_WORDS) || first.is(&["one", "another", "each", "every"]))
        && !ws.iter().any(|w| w.is(ORGANISATION_WORDS))
    {
        return true;
    }
    if opens_with_time(&ws) {
        return true;
    }
    if ws.len() >= 2
        && (first.is(CLAUSE_OPENING_PARTICIPLES) || first.is(&["speaking", "writing", "talking"]))
    {
        return true;
    }
    ws.len() >= 2
        && last.is_capitalised()
        && last.is(HEADING_SPEECH_VERBS)
        && first_name_gender(first.text).is_none()
}

/// Whether a thing's name ([`names_a_thing`]) is a document's by its
/// head noun (`Doha Declaration`, `Mutual Defense Treaty`): what a speech
/// verb may quote, though never a person.
pub(super) fn names_a_document(name: &str) -> bool {
    names_a_thing(name)
        && words(name)
            .last()
            .is_some_and(|last| last.is(DOCUMENT_NAME_HEADS))
}

/// Whether a speaker a frame gave may stand: not when it is no name
/// ([`is_no_name`]), and not a thing's name ([`names_a_thing`]), unless
/// the frame names it (`the Doha Declaration says`, not `she said`:
/// `for_someone` false) and it is a document's.
pub(super) fn may_speak(name: &str, for_someone: bool) -> bool {
    !is_no_name(name) && (!names_a_thing(name) || !for_someone && names_a_document(name))
}

/// The gender a title of address tells (`Mr`, `Father`, `Sheikh`: a
/// man; `Mrs`, `Sister`, `Queen`: a woman); `Dr` or `Senator` tells
/// nothing.
pub(super) fn title_gender(title: &str) -> Option<Gender> {
    let title = title.to_lowercase();
    let title = title.trim_end_matches('.');
    if MALE_TITLES_OF_ADDRESS.contains(&title) {
        Some(Gender::Male)
    } else if FEMALE_TITLES_OF_ADDRESS.contains(&title) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a person's name itself tells: its given name (`Fiona
/// Reid`), or a title of address it opens with (`Father Velarde`,
/// `Sister Mary`). This is evidence about the person, whoever the
/// article's pronouns were taken to mean.
pub(super) fn name_gender(name: &str) -> Option<Gender> {
    given_name_gender(name).or_else(|| {
        let mut parts = name.split_whitespace();
        let first = parts.next()?;
        parts.next()?;
        first
            .starts_with(char::is_uppercase)
            .then(|| title_gender(first))
            .flatten()
            .or_else(|| honorific_gender(&words(name), 0))
    })
}

/// The gender an honorific of a naming tradition the given-name lists do
/// not cover tells, when `ws[at]` is one and opens a name (`U Kyaw
/// Thura`, `Daw Nang Seng`, `Sai Hseng Murng`, `Ma. Consuelo`): Burmese,
/// Karen and Shan honorifics (`lexicon::MALE_NAME_HONORIFICS`,
/// `FEMALE_NAME_HONORIFICS`), and Filipino `Ma.` with its full stop.
/// The honorific is capitalised and a capitalised name follows it: two
/// words of it for `Sai`, `Saw`, `Naw` and `Nang`, which are words or
/// names of their own too; `U.S.` (the letter and a full stop) is none.
pub(super) fn honorific_gender(ws: &[Word<'_>], at: usize) -> Option<Gender> {
    let w = ws.get(at)?;
    let name_word = |k: usize| {
        ws.get(k)
            .is_some_and(|n| n.is_capitalised() && !n.is(TITLES) && !n.is(PRONOUNS))
    };
    if !w.text.starts_with(char::is_uppercase) || !name_word(at + 1) {
        return None;
    }
    // `after` is the punctuation right after a word, no spaces.
    let plain = w.after.is_empty();
    if w.text == "Ma" && w.after == "." {
        return Some(Gender::Female);
    }
    let needs_two = !w.is(&["u", "daw"]);
    if !plain || (needs_two && !(name_word(at + 2) && ws[at + 1].after.is_empty())) {
        return None;
    }
    if w.is(MALE_NAME_HONORIFICS) {
        Some(Gender::Male)
    } else if w.is(FEMALE_NAME_HONORIFICS) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The last word of a name, for telling whether two mentions are one
/// person (`Reyes` and `Ann Reyes`).
fn surname(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

/// Whether two mentions may be one person: the same surname.
pub(super) fn same_person(a: &str, b: &str) -> bool {
    surname(a) == surname(b)
}

/// The people `text` (at `base` in the body) names outside `quotes`: a
/// run of capitalised words from a known given name (`Labour's Sarah
/// Bell`), a surname after `Mr`/`Ms`/`Dr`, or the surname of someone in
/// `known` (full names the article gave before).
pub(super) fn people_named(
    text: &str,
    base: usize,
    quotes: &[Range<usize>],
    known: &[&str],
) -> Vec<Named> {
    let ws = words(text);
    let quoted = |at: usize| quotes.iter().any(|q| q.contains(&(base + at)));
    let lone = lone_names_in(&ws, &quoted);
    let mut named = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        if quoted(w.start) || !w.is_capitalised() {
            i += 1;
            continue;
        }
        // The run of name words from here: it ends at punctuation or a
        // possessive (`Sarah Bell's`), as a name does.
        let mut end = i;
        // An initial (`George W. Bush`) goes on with the name.
        let initial = |w: &super::text::Word<'_>| w.text.len() == 1 && w.after == ".";
        while end + 1 < ws.len()
            && (ws[end].after.trim().is_empty()
                || initial(&ws[end])
                || ws[end].is(TITLES) && ws[end].after == "."
                // `Ma. Consuelo Manalastas`: Filipino `Ma.` (María) opens
                // the name it abbreviates.
                || ws[end].text == "Ma" && ws[end].after == ".")
            && !ws[end].text.ends_with("'s")
            && !ws[end].text.ends_with("’s")
            && !quoted(ws[end + 1].start)
            && (ws[end + 1].is_capitalised() || ws[end + 1].is(NAME_PARTICLES))
        {
            end += 1;
        }
        let run = &ws[i..=end];
        let (run_start, run_last) = (i, end);
        i = end + 1;
        // `George Bush's council`: a possessor is no one who speaks, unless
        // it opens its sentence (`Whitfield's reply was shorter.`, `Linda
        // Haugen's fifth round is this week.`): what the sentence tells is
        // the possessor's own, and the `he` or `she` after it may be theirs.
        let possessor = speaker::is_possessive(run[run.len() - 1].text);
        if possessor && !opens_sentence(&ws, i - run.len()) {
            continue;
        }
        // The name's last word, without the possessive.
        let last_end = run[run.len() - 1].start + without_possessive(run[run.len() - 1].text).len();
        let last_text = without_possessive(run[run.len() - 1].text);
        // `South Carolina Emergency Management Division`: a run with an
        // organisation word, or a given name after a word that opens a
        // place name, is a body or a place, not a person.
        // (`Ann Cross`: an organisation word right after a given name is
        // a surname.)
        let organisation = (1..run.len()).any(|k| {
            (run[k].is(ORGANISATION_WORDS) || run[k].is(&["division", "bureau", "directorate"]))
                && first_name_gender(run[k - 1].text).is_none()
        });
        if organisation || names_a_thing(&text[run[0].start..run[run.len() - 1].end]) {
            continue;
        }
        // `Mae La (Thailand) (AFP) – Naw Eh Htoo was born`, `Wad Medani,
        // Sudan – The canal`: the words a dateline opens with are where
        // the story was filed, a place, whatever given name is in them.
        if run_start == 0 && !possessor && dateline_follows(&text[last_end..]) {
            continue;
        }
        // `the 56-year-old Christian Democrat`: a run ending in a party
        // member's noun describes someone; no one's name ends so.
        if run.len() >= 2 && run[run.len() - 1].is(PARTY_MEMBER_NOUNS) {
            continue;
        }
        let first_name = run.iter().position(|w| first_name_gender(w.text).is_some());
        if first_name.is_some_and(|f| f > 0 && run[f - 1].is(PLACE_OPENERS)) {
            continue;
        }
        let titled = run
            .iter()
            .position(|w| w.is(TITLES) && !w.is(NAME_PARTICLES))
            .filter(|&t| t + 1 < run.len());
        if !possessor && let Some(gender) = honorific_gender(&ws, run_start) {
            // `U Maung Hla Sein`, `Naw Eh Htoo`: an honorific of another
            // tradition says a person is named, and of which sex, before
            // any word of the name is looked up (`Maung` may be another
            // person's surname, `Mae` a given name of a place). `U` and
            // `Daw` are no part of the name (see `HONORIFICS`).
            // A lone honorific (`U` at a line's end) names nobody.
            let from = usize::from(run[0].is(HONORIFICS) || run[0].text == "Ma");
            if let Some(first) = run.get(from) {
                named.push(Named {
                    at: base + first.start,
                    name: text[first.start..last_end].to_string(),
                    gender: Some(gender),
                });
            }
        } else if let Some(f) = first_name.filter(|&f| f + 1 < run.len()) {
            let name = &text[run[f].start..last_end];
            named.push(Named {
                at: base + run[f].start,
                name: name.to_string(),
                gender: given_name_gender(name),
            });
        } else if let Some(t) = titled {
            let name = &text[run[t + 1].start..last_end];
            named.push(Named {
                at: base + run[t].start,
                name: complete(name, known),
                gender: title_gender(run[t].text),
            });
        } else if let Some(full) = run.iter().rev().find_map(|w| {
            let word = if w.start == run[run.len() - 1].start {
                last_text
            } else {
                w.text
            };
            known.iter().find(|k| {
                k.contains(' ')
                    && (surname(k) == word || family_name_first(k) == Some(word))
                    // An owner that opens the sentence is a person's name
                    // only when the full name is one: `Iowa's` is not
                    // `State of Iowa`'s surname.
                    && (!possessor || looks_like_a_persons_name(k))
            })
        }) {
            named.push(Named {
                at: base + w.start,
                name: (*full).to_string(),
                gender: None,
            });
        } else if !possessor
            && (2..=4).contains(&run.len())
            && run
                .iter()
                .all(|w| could_be_a_lone_name(w) || w.is(NAME_PARTICLES))
            && let Some(gender) = said_to_be_a_person(&ws, run_start, run_last, &quoted)
        {
            // `Shibu Paul, the Samithi's convener, said`, `the alliance's
            // chief negotiator, Sai Hseng Murng,`, `the Samithi's Shibu
            // Paul was unmoved`: a full name no list knows, which the text
            // itself says is a person's.
            named.push(Named {
                at: base + run[0].start,
                name: text[run[0].start..last_end].to_string(),
                gender,
            });
        } else if run.len() >= 2
            && i > run.len()
            && is_lowercase_office(&ws[i - run.len() - 1])
            && !run.iter().any(|w| w.is(ORGANISATION_WORDS))
        {
            // `Greens senator Tamsin Rowe`, `chairman Barry Kell`: a
            // full name after an office, of a gender no list tells.
            named.push(Named {
                at: base + run[0].start,
                name: text[run[0].start..last_end].to_string(),
                gender: None,
            });
        } else if let [one] = run
            && let Some(person) = lone.iter().find(|l| l.at == one.start)
        {
            // `Mercer, the Iowa Republican, sealed his support`: one word,
            // which the text itself says is a person's name.
            named.push(Named {
                at: base + person.at,
                name: person.name.to_string(),
                gender: person.gender,
            });
        }
    }
    named
}

/// Does `rest`, the text right after a paragraph's opening name, go on
/// as a dateline does: a country or a day after a comma (`, Sudan`,
/// `, June 18`), a country or an agency in brackets (`(Thailand)`,
/// `(AFP)`), then a dash? (`Mae La (Thailand) (AFP) –`, `Wad Medani,
/// Sudan –`.) A name then a comma and lowercase words is a sentence's
/// subject, not a dateline, and so is a name then a dash (`Priya Sandhu
/// — no relation to the minister — is a nurse`): a dateline names its
/// country, day or agency before the dash.
pub(super) fn dateline_follows(rest: &str) -> bool {
    let mut rest = rest;
    for piece in 0..4 {
        let t = rest.trim_start();
        if let Some(inner) = t.strip_prefix('(') {
            match inner.find(')') {
                Some(k) if k <= 40 && !inner[..k].contains('\n') => {
                    rest = &inner[k + 1..];
                    continue;
                }
                _ => return false,
            }
        }
        if let Some(after) = t.strip_prefix(',') {
            let end = after.find(['–', '—', '(', ',']).unwrap_or(after.len());
            let piece = after[..end].trim();
            let capitalised = !piece.is_empty()
                && piece.len() <= 30
                && piece.split_whitespace().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        && !w.ends_with(['.', ';', ':'])
                });
            if !capitalised {
                return false;
            }
            rest = &after[end..];
            continue;
        }
        return piece > 0
            && (t.starts_with(['–', '—']) || t.starts_with("- ") || t.starts_with("--"));
    }
    false
}

/// The family name of a full name written family name first, as Korean
/// names are in English copy (`Maeng Ji-hoon`: `Maeng`): see
/// [`super::identity::family_name_first`]. Other names give none (a surname is
/// their last word).
fn family_name_first(name: &str) -> Option<&str> {
    super::identity::family_name_first(name)
}

/// Whether the text around the run of capitalised words `ws[first..=last]`
/// says it is a person's name, whatever its words: an apposition with a
/// person noun after it (`Shibu Paul, the Samithi's convener, said`) or
/// before it (`the alliance's chief negotiator, Sai Hseng Murng,
/// offered`), or an owner before it and a verb after it (`the Samithi's
/// Shibu Paul was unmoved`, `the council's Sai Hseng Murng agreed`; not
/// `Armenia's Nor Ughi bloc`). `Some` with the sex the description tells,
/// if any.
fn said_to_be_a_person(
    ws: &[Word<'_>],
    first: usize,
    last: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<Option<Gender>> {
    let next = ws.get(last + 1);
    let goes_on_in_lowercase = ws[last].after.is_empty()
        && next.is_some_and(|n| n.text.starts_with(char::is_lowercase) && !quoted(n.start));
    if ws[last].after == ","
        && let Some((_, gender)) = apposition_after(ws, last, quoted)
    {
        return Some(gender);
    }
    let before = first.checked_sub(1).map(|b| &ws[b]);
    if before.is_some_and(|b| b.after == ",")
        && (ws[last].after == "," || goes_on_in_lowercase)
        && let Some(gender) = apposition_before(ws, first)
    {
        return Some(gender);
    }
    let owned = before.is_some_and(|b| b.after.is_empty() && speaker::is_possessive(b.text));
    let verb_after = goes_on_in_lowercase
        && next.is_some_and(|n| {
            n.is(SPEECH_VERBS) || n.is(AUXILIARIES) || (n.text.ends_with("ed") && n.text.len() > 3)
        });
    (owned && verb_after).then_some(None)
}

/// A person the text names by one word alone (`Mercer`, `Amira`), where
/// the text itself says the word is a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LoneName<'t> {
    pub(super) name: &'t str,
    /// Byte offset of the name in the text it was found in.
    pub(super) at: usize,
    /// What the text tells: a person noun of one sex in its apposition
    /// (`Her sister, Velka,`), else `his`/`her`/`he`/`she` later in its
    /// own sentence before anyone else is named.
    pub(super) gender: Option<Gender>,
}

/// Whether a full name the article gave is shaped as a person's: every
/// word capitalised (no `of`, `for`) and none an organisation's word
/// (`State of Iowa`, `Iowa Department of Corrections` are not).
fn looks_like_a_persons_name(name: &str) -> bool {
    words(name)
        .iter()
        .all(|w| w.is_capitalised() && !w.is(ORGANISATION_WORDS))
}

/// Whether `ws[at]` opens a sentence: the first word of the text, or
/// after a full stop, a question or exclamation mark, a colon, a line's
/// end or a dash (a live blog's time: `**14:30** – Whitfield's reply`).
fn opens_sentence(ws: &[Word<'_>], at: usize) -> bool {
    at == 0
        || ws[at - 1]
            .after
            .contains(['.', '!', '?', ':', '\n', '—', '–'])
}

/// The one-word names `text` gives in a subject's place (at a sentence's
/// start, or after a comma) outside what `quoted` covers, each with the
/// evidence that it is a person's: an age (`Amira, 34,`), an apposition
/// with a person noun after it (`Mercer, the Iowa Republican, sealed`) or
/// before it (`Her sister, Velka, said`), or `his`/`her` in its own
/// clause (`Back home, Zora is feeding her son`; for a word at a
/// sentence's start, only a known given name, since `Police arrested
/// him at his home` opens with a common noun). A pronoun may mean them
/// (see [`people_named`]); without such evidence a lone capitalised word
/// is nobody.
pub(super) fn lone_names<'t>(text: &'t str, quoted: &dyn Fn(usize) -> bool) -> Vec<LoneName<'t>> {
    lone_names_in(&words(text), quoted)
}

/// [`lone_names`] of a text its caller has split already: `ws` are its
/// words, and offsets are in it. A paragraph or sentence split once is
/// not split again for this.
pub(super) fn lone_names_in<'t>(
    ws: &[Word<'t>],
    quoted: &dyn Fn(usize) -> bool,
) -> Vec<LoneName<'t>> {
    let mut found = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        // Most words are lowercase and a lone name is not (see
        // `could_be_a_lone_name`): this test first spares them the rest.
        if !w.is_capitalised() {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &ws[p]);
        let next = ws.get(i + 1);
        let sentence_start = prev.is_none_or(|p| p.after.contains(['.', '!', '?', ':', ';']));
        let subject_place = prev.is_none_or(|p| !p.after.trim().is_empty());
        // `Ann Reyes`, `Reyes's`: a name of more words, or a possessor.
        let runs_on =
            w.after.is_empty() && next.is_some_and(|n| n.is_capitalised() || n.is(NAME_PARTICLES));
        // `who gave his name only as Tobiah`: a name the words give.
        let given = name_given(ws, i);
        if quoted(w.start)
            || !(subject_place || given.is_some())
            || runs_on
            || !could_be_a_lone_name(w)
            || prev.is_some_and(|p| quoted(p.start) && !sentence_start)
        {
            continue;
        }
        let comma_after = w.after == ",";
        let aged = comma_after
            && next.is_some_and(|n| {
                n.text.parse::<u8>().is_ok_and(|age| age <= 120) && n.after.starts_with(',')
            });
        let after = comma_after
            .then(|| apposition_after(ws, i, quoted))
            .flatten();
        let before = (comma_after && prev.is_some_and(|p| p.after == ","))
            .then(|| apposition_before(ws, i))
            .flatten();
        let noun_gender = after.map(|(_, g)| g).or(before).flatten();
        // The clause goes on after the apposition (`Quorvath, the Ohio
        // Republican, sealed his vote`).
        let clause = after.map_or(i, |(last, _)| last);
        let evidence = aged || after.is_some() || before.is_some() || given.is_some();
        let clause_shaped = w.after.is_empty()
            && next.is_some_and(|n| n.text.starts_with(char::is_lowercase) && !n.is(CONJUNCTIONS))
            && (!sentence_start || first_name_gender(w.text).is_some());
        // The scan for a pronoun reads to the sentence's end: only for a
        // word that is a name by other evidence or may be by its pronoun.
        if !(evidence || clause_shaped) {
            continue;
        }
        let pronoun_gender = pronoun_in_clause(ws, clause, quoted);
        let in_own_clause =
            clause_shaped && pronoun_gender.is_some_and(|(_, possessive)| possessive);
        if evidence || in_own_clause {
            found.push(LoneName {
                name: w.text,
                at: w.start,
                // `Amira, 34, said he had left`: only a possessive is
                // surely the name's own.
                gender: noun_gender.or(given.flatten()).or_else(|| {
                    pronoun_gender
                        .filter(|(_, possessive)| *possessive)
                        .and_then(|(g, _)| g)
                }),
            });
        }
    }
    found
}

/// The words that give a described person's name, up to the name
/// (`who gave his name only as Tobiah`, `asked to be identified only
/// as Mujahid`, `gave only her first name, Sawsan`), lowercase and with
/// no punctuation but the last comma. Not `known as` (a nickname of a
/// person named in full: `Jonas Altidor, known as Bout`).
const NAME_GIVING_ENDINGS: &[&[&str]] = &[
    &["name", "as"],
    &["name", "only", "as"],
    &["names", "as"],
    &["identified", "as"],
    &["identified", "only", "as"],
    &["first", "name"],
    &["first", "name", "only"],
    &["by", "the", "name"],
];

/// Whether the words before `ws[name]` give it as a described person's
/// name (see `NAME_GIVING_ENDINGS`): `Some` with the gender a possessive
/// among them tells (`gave his name as`), if any.
fn name_given(ws: &[Word<'_>], name: usize) -> Option<Option<Gender>> {
    NAME_GIVING_ENDINGS.iter().find_map(|ending| {
        let start = name.checked_sub(ending.len())?;
        let before = &ws[start..name];
        let last = before.len() - 1;
        let fits = before
            .iter()
            .zip(ending.iter())
            .enumerate()
            .all(|(k, (w, e))| {
                // The word first: asked of every capitalised word, most
                // endings fail on it, and the spacing need not be read.
                w.text == *e
                    && if k == last {
                        w.after.trim().is_empty() || w.after.trim() == ","
                    } else {
                        w.after.trim().is_empty()
                    }
            });
        fits.then(|| {
            // `gave his name`, `gave only her first name`: the possessive
            // just before the phrase.
            ws[start.saturating_sub(2)..start]
                .iter()
                .rev()
                .find_map(|w| match w.text {
                    "his" => Some(Gender::Male),
                    "her" => Some(Gender::Female),
                    _ => None,
                })
        })
    })
}

/// Whether a capitalised word can be a name on its own: not a title, a
/// pronoun, a word that opens a clause, a month, a body's word, an
/// acronym (`FBI`) or a party member noun (`Republican`).
pub(super) fn could_be_a_lone_name(w: &Word<'_>) -> bool {
    let acronym = w.text.len() >= 2 && w.text.chars().all(|c| !c.is_lowercase());
    w.is_capitalised()
        && !acronym
        && !w.text.starts_with(|c: char| c.is_ascii_digit())
        && !w.text.ends_with("'s")
        && !w.text.ends_with("’s")
        && !w.is_any(&[
            TIME_WORDS,
            TITLES,
            PRONOUNS,
            CONJUNCTIONS,
            CLAUSE_OPENING_WORDS,
            SCENE_OPENERS,
            PREPOSITIONS,
            WEEKDAY_NAMES,
            MONTH_NAMES,
            ORGANISATION_WORDS,
            PARTY_MEMBER_NOUNS,
            DEMONYMS,
            OFFICE_WORDS,
            ROLE_NOUNS,
            PROFESSION_NOUNS,
            LONE_NAME_REJECTS,
        ])
}

/// A word that opens a description of someone (`the`, `a`, `his`,
/// `the party's`, `another` in `Another volunteer, Musab, said`).
fn opens_description(w: &Word<'_>) -> bool {
    w.is(&[
        "the", "a", "an", "another", "one", "his", "her", "their", "its", "our", "my",
    ]) || w.text.ends_with("'s")
        || w.text.ends_with("’s")
}

/// `daughter-in-law`, `sister-in-law`: the first part is the noun.
fn noun_head<'w>(w: &Word<'w>) -> Word<'w> {
    let text = w.text.split('-').next().unwrap_or(w.text);
    Word {
        text,
        end: w.start + text.len(),
        ..*w
    }
}

fn is_person_noun(w: &Word<'_>) -> bool {
    let w = &noun_head(w);
    [
        OFFICE_WORDS,
        ROLE_NOUNS,
        PROFESSION_NOUNS,
        STAFF_NOUNS,
        PERSON_NOUNS,
        KIN_AND_CALLING_NOUNS,
        PARTY_MEMBER_NOUNS,
        DESCRIBED_FEMALE_NOUNS,
        DESCRIBED_MALE_NOUNS,
        SOURCE_NOUNS,
        APPOSITION_PERSON_NOUNS,
    ]
    .iter()
    .any(|list| w.is(list))
}

/// The sex a description's person nouns tell (`her sister`: a woman).
fn described_gender(piece: &[Word<'_>]) -> Option<Gender> {
    piece.iter().map(noun_head).find_map(|w| {
        if w.is(DESCRIBED_FEMALE_NOUNS) {
            Some(Gender::Female)
        } else if w.is(DESCRIBED_MALE_NOUNS) {
            Some(Gender::Male)
        } else {
            None
        }
    })
}

/// `Mercer, the Iowa Republican, sealed`: the description between the
/// name's comma and the next names a person, and the sentence goes on in
/// lowercase (a verb, `who`). Its last word and the sex it tells when
/// it does.
fn apposition_after(
    ws: &[Word<'_>],
    name: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<(usize, Option<Gender>)> {
    const LONGEST: usize = 8;
    let first = name + 1;
    if let Some(relative) = relative_apposition(ws, first, first + LONGEST) {
        return Some(relative);
    }
    let last = (first..ws.len().min(first + LONGEST)).find(|&k| !ws[k].after.is_empty())?;
    let piece = &ws[first..=last];
    let goes_on = ws
        .get(last + 1)
        .is_some_and(|w| w.text.starts_with(char::is_lowercase) && !quoted(w.start));
    (ws[last].after == ","
        && goes_on
        && opens_description(&piece[0])
        && piece.iter().any(is_person_noun))
    .then(|| (last, described_gender(piece)))
}

/// `Byamungu, a motorcycle-taxi driver who has been unable to work for
/// weeks, was unloading`: a description of a person whose relative
/// clause (`who`) runs on past the commas an apposition is read by. Its
/// last word before `who` (the clause after it is the name's), and the
/// sex it tells. `who` must come before `end` and before any comma or
/// stop (a hyphen, `motorcycle-taxi`, is no break).
fn relative_apposition(
    ws: &[Word<'_>],
    first: usize,
    end: usize,
) -> Option<(usize, Option<Gender>)> {
    let stop = |w: &Word<'_>| w.after.contains([',', '.', ';', ':', '!', '?', '(', ')']);
    let who = (first + 1..ws.len().min(end))
        .take_while(|&k| !stop(&ws[k - 1]))
        .find(|&k| ws[k].text == "who")?;
    let piece = &ws[first..who];
    // `a camp which the drivers who came avoided`: `who` of a clause
    // inside another is not the description's.
    let one_clause = !piece
        .iter()
        .any(|w| w.is(&["which", "that", "where", "whose"]));
    (one_clause && opens_description(&piece[0]) && piece.iter().any(is_person_noun))
        .then(|| (who - 1, described_gender(piece)))
}

/// `Quorvath sealed his support`, `Zelvina, 52, sealed her vote`: the
/// sex a possessive in the clause of `name` (a sentence's subject) tells, reading past an apposition after it
/// but stopping at anyone else named.
pub(super) fn possessive_in_clause(sentence: &str, name: &str) -> Option<Gender> {
    let ws = words(sentence);
    let last = surname(name);
    let at = ws.iter().position(|w| w.text == last)?;
    let clause = if ws[at].after == "," {
        let to = ws.len().min(at + 9);
        (at + 1..to).find(|&k| ws[k].after == ",").unwrap_or(at)
    } else {
        at
    };
    pronoun_in_clause(&ws, clause, &|_| false)
        .filter(|(_, possessive)| *possessive)
        .and_then(|(g, _)| g)
}

/// `Her sister, Velka, said`, `A volunteer from the Red Crescent,
/// Mujtaba, kneels`: the name stands in apposition to a description of a
/// person that opens the clause.
fn apposition_before(ws: &[Word<'_>], name: usize) -> Option<Option<Gender>> {
    const LONGEST: usize = 8;
    let end = name.checked_sub(1)?;
    let mut start = end;
    while start > 0 && ws[start - 1].after.is_empty() && end - start < LONGEST {
        start -= 1;
    }
    let opens_clause = start == 0 || !ws[start - 1].after.trim().is_empty();
    let piece = &ws[start..=end];
    (opens_clause && opens_description(&piece[0]) && piece.iter().any(is_person_noun))
        .then(|| described_gender(piece))
}

/// The first `he`, `she`, `his`, `her` after the name in its sentence,
/// outside quotes and before anyone else is named: its gender, and
/// whether it is possessive (`her daughter`, the name's own; `he` in
/// `Amira said he had left` may be someone else).
fn pronoun_in_clause(
    ws: &[Word<'_>],
    name: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<(Option<Gender>, bool)> {
    for k in name + 1..ws.len() {
        let w = &ws[k];
        if ws[k - 1].after.contains(['.', '!', '?']) || quoted(w.start) {
            return None;
        }
        let gender = match w.lower().as_str() {
            "his" | "himself" => return Some((Some(Gender::Male), true)),
            "her" | "herself" => return Some((Some(Gender::Female), true)),
            "he" | "him" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            _ => None,
        };
        if gender.is_some() {
            return Some((gender, false));
        }
        if w.is_capitalised() && !w.is(TITLES) && !w.is(MONTH_NAMES) && !w.is(WEEKDAY_NAMES) {
            return None;
        }
    }
    None
}

fn is_lowercase_office(w: &super::text::Word<'_>) -> bool {
    w.text.starts_with(char::is_lowercase)
        && w.after.trim().is_empty()
        && (w.is(OFFICE_WORDS) || w.is(ROLE_NOUNS) || w.is(PROFESSION_NOUNS))
}

/// Whether the name opening at `ws[name]` stands where its sentence's
/// subject stands: only its own description comes before it (`The BMA's
/// co-chair Nasreen Qadri visited`, `In The Hague, parliamentarian Yara
/// Bensalah called`, `China's ambassador, Fu Jiankang, said`), or it is
/// the source of `according to` or the inverted subject of `“...,” said
/// Ann Reyes`. A name after a preposition or a verb is what the sentence
/// is about (`Asked by presenter Cathal Rigney`, `She thanked Culpepper`,
/// `with her husband, Te Rangi`), not who goes on speaking.
pub(super) fn in_subject_place(ws: &[Word<'_>], name: usize) -> bool {
    let mut apposition_crossed = false;
    let mut k = name;
    while k > 0 {
        let before = &ws[k - 1];
        let separator = before.after;
        if separator.contains(['.', '!', '?', ':', ';', '\n', '—', '–', '“', '”', '"']) {
            return true;
        }
        if separator.contains(',') {
            // `her husband, Te Rangi`: a name right after a comma stands
            // in apposition to the noun phrase before it; that phrase's
            // place is the name's. Any other comma closes an opening
            // phrase (`In The Hague,`).
            if k != name || apposition_crossed {
                return true;
            }
            apposition_crossed = true;
        }
        let inverted_speech =
            before.is(SPEECH_VERBS) && k >= 2 && ws[k - 2].after.contains([',', '“', '”', '"']);
        if inverted_speech || (before.is(&["to"]) && k >= 2 && ws[k - 2].is(&["according"])) {
            return true;
        }
        let lowercase = !before.is_capitalised();
        let object_place = lowercase
            && !before.is(&["the", "a", "an", "and"])
            && (before.is(PREPOSITIONS)
                || before.is(SPEECH_VERBS)
                || before.is(AUXILIARIES)
                || before.is(&["as", "asked", "thanked", "met", "called", "named", "known"])
                // `She thanked Culpepper`; further back an `-ed` word
                // describes (`retired teacher Moana Pickering`).
                || (k == name && before.text.ends_with("ed")));
        if object_place {
            return false;
        }
        k -= 1;
    }
    true
}

/// Whether `text` (at `base` in the body) names `name` by its surname
/// outside `quotes`: `Cha paused.` mentions Victor Cha.
pub(super) fn mentions(text: &str, base: usize, quotes: &[Range<usize>], name: &str) -> bool {
    let surname = surname(name);
    words(text)
        .iter()
        .any(|w| w.text == surname && !quotes.iter().any(|q| q.contains(&(base + w.start))))
}

/// Whether the paragraph `text` (at `base`) opens, outside its quotes,
/// with `he` or `she` of `gender` as its first word: its subject from the
/// start is someone the paragraph before made salient.
pub(super) fn opens_with_pronoun(
    text: &str,
    quotes: &[Range<usize>],
    base: usize,
    gender: Gender,
) -> bool {
    words(text).first().is_some_and(|w| {
        !quotes.iter().any(|q| q.contains(&(base + w.start)))
            && w.is(&["he", "she"])
            && Gender::of_pronoun(w.text) == Some(gender)
    })
}

/// `the commission said`, `the agency said`: the body the article named
/// last, before `text`'s end, with that noun in its name (`The
/// Commission for Air Quality Management (CAQM) on Monday invoked`), as
/// written without a leading `The`. A name of two words at least, so
/// `Commission` alone (a body of its own elsewhere) is not it.
pub(super) fn body_named_by_noun<'t>(text: &'t str, noun: &str) -> Option<&'t str> {
    let ws = words(text);
    let joins = |w: &super::text::Word<'_>| w.is(&["of", "for", "and", "on"]);
    let name_word = |w: &super::text::Word<'_>| {
        w.is_capitalised() && !w.is(&["the"]) && !w.is(WEEKDAY_NAMES) && !w.is(MONTH_NAMES)
    };
    let bare = |w: &super::text::Word<'t>| {
        let t = w.text;
        possessive_owner(t).unwrap_or(t)
    };
    let hit = ws
        .iter()
        .rposition(|w| w.is_capitalised() && bare(w).eq_ignore_ascii_case(noun))?;
    // Capitalised words, and lowercase joining words between them, on
    // either side of the noun, within one stretch of text.
    // Only spaces between two words of one name (`Management (CAQM)` ends),
    // and never a paragraph break (a heading's `Kyiv` is no part of the
    // name that opens the next paragraph).
    let adjacent = |a: usize, b: usize| {
        let gap = &text[ws[a].end..ws[b].start];
        gap.trim().is_empty() && !gap.contains("\n\n")
    };
    let mut first = hit;
    while first > 0 && adjacent(first - 1, first) && ws[first - 1].is_capitalised() {
        first -= 1;
    }
    if ws[first].is(&["the"]) {
        first += 1;
    }
    let mut last = hit;
    while last + 1 < ws.len() && adjacent(last, last + 1) && bare(&ws[last]) == ws[last].text {
        let next = &ws[last + 1];
        let joined = joins(next)
            && last + 2 < ws.len()
            && adjacent(last + 1, last + 2)
            && ws.get(last + 2).is_some_and(name_word);
        if name_word(next) {
            last += 1;
        } else if joined {
            last += 2;
        } else {
            break;
        }
    }
    (last > first)
        .then(|| past_glued_dash(&text[ws[first].start..ws[last].start + bare(&ws[last]).len()]))
        .filter(|name| !name.is_empty())
}

/// `WASHINGTON—National Treasury Employees Union` -> `National Treasury
/// Employees Union`: a dash written with no spaces glues a dateline (or
/// any lead-in) to the name's first word; no name holds a dash of its
/// own, so the name starts after the last one.
fn past_glued_dash(name: &str) -> &str {
    name.rfind(['—', '–']).map_or(name, |at| {
        name[at..].trim_start_matches(['—', '–']).trim_start()
    })
}

/// `Reyes` -> `Ann Reyes` when the article gave that full name before.
fn complete(name: &str, known: &[&str]) -> String {
    if name.contains(' ') {
        return name.to_string();
    }
    known
        .iter()
        .find(|k| k.contains(' ') && surname(k) == name)
        .map_or_else(|| name.to_string(), |k| (*k).to_string())
}

/// The person the reading state proposes for a pronoun or a descriptor.
#[derive(Debug, Clone, Copy)]
pub(super) struct Proposal<'a> {
    pub(super) name: &'a str,
    /// The gender the article has shown for them.
    pub(super) gender: Option<Gender>,
    /// The paragraph mentions them (their surname, in any form) before
    /// the pronoun.
    pub(super) mentioned: bool,
    /// A sentence made them its subject (`Lind pressed Dorn ...`, the
    /// subject of the pronoun's own sentence): the syntax prefers them.
    pub(super) subject: bool,
    /// They are the person quoted last.
    pub(super) spoke_last: bool,
}

/// Whether the paragraph lets a pronoun of `gender` (or a descriptor, of
/// no gender: `the Porirua builder`) mean the proposed person. `named`
/// are the people the paragraph names before the pronoun, each with the
/// gender the article has shown for them.
///
/// A pronoun names someone only when one person of its gender is in
/// reach: a person known to be of that gender beats any of unknown
/// gender, two of that gender name no one unless the syntax prefers the
/// proposal, and a person of the other gender is never meant.
pub(super) fn antecedent(
    proposed: Option<Proposal<'_>>,
    named: &[(&Named, Option<Gender>)],
    gender: Option<Gender>,
) -> Antecedent {
    let Some(gender) = gender else {
        return descriptor_antecedent(proposed, named);
    };
    let is_proposal = |name: &str| proposed.is_some_and(|p| surname(p.name) == surname(name));
    // The others in reach: known to be of the pronoun's gender, or of a
    // gender the article does not tell.
    let mut known: Vec<&str> = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    for (person, shown) in named {
        let name = person.name.as_str();
        if is_proposal(name)
            || known
                .iter()
                .chain(&unknown)
                .any(|n| surname(n) == surname(name))
        {
            continue;
        }
        match shown {
            Some(g) if *g == gender => known.push(name),
            Some(_) => {}
            None => unknown.push(name),
        }
    }
    let fitting = |known: &[&str], unknown: &[&str]| match (known, unknown) {
        ([one], _) | ([], [one]) => Some((*one).to_string()),
        _ => None,
    };
    let Some(p) = proposed.filter(|p| p.gender.is_none_or(|g| g == gender)) else {
        return fitting(&known, &unknown).map_or(Antecedent::Nobody, Antecedent::Person);
    };
    if named.is_empty() {
        return Antecedent::Proposed;
    }
    match (known.as_slice(), p.gender, p.subject) {
        // One person known to be of that gender beats a proposal whose
        // gender the article never told; two leave no one.
        ([one], None, false) => return Antecedent::Person((*one).to_string()),
        ([_, _, ..], None, false) => return Antecedent::Nobody,
        _ => {}
    }
    if p.mentioned || named.iter().any(|(n, _)| is_proposal(&n.name)) {
        return Antecedent::Proposed;
    }
    // The paragraph names others only: it overrules the proposal.
    match (known.as_slice(), unknown.as_slice()) {
        ([], []) if p.spoke_last || p.subject => Antecedent::Proposed,
        _ => fitting(&known, &unknown).map_or(Antecedent::Nobody, Antecedent::Person),
    }
}

/// A descriptor (`the Porirua builder`) tells no gender: the proposal
/// stands when the paragraph mentions it or names no one, else the one
/// person the paragraph names.
fn descriptor_antecedent(
    proposed: Option<Proposal<'_>>,
    named: &[(&Named, Option<Gender>)],
) -> Antecedent {
    if named.is_empty() {
        return Antecedent::Proposed;
    }
    let mut fitting: Vec<&str> = Vec::new();
    for (person, _) in named {
        if !fitting.iter().any(|f| surname(f) == surname(&person.name)) {
            fitting.push(&person.name);
        }
    }
    if let Some(p) = proposed
        && (p.mentioned || fitting.iter().any(|f| surname(f) == surname(p.name)))
    {
        return Antecedent::Proposed;
    }
    match fitting.as_slice() {
        [one] => Antecedent::Person((*one).to_string()),
        _ => Antecedent::Nobody,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_opens_with_a_pronoun_only_outside_its_quotes() {
        let text = "He would not say. “She knows,” he said.";
        assert!(opens_with_pronoun(text, &[], 10, Gender::Male));
        assert!(!opens_with_pronoun(text, &[], 10, Gender::Female));
        let quoted = "“He knows,” she said.";
        let its_quote = 10..21;
        assert!(!opens_with_pronoun(quoted, &[its_quote], 10, Gender::Male));
        assert!(!opens_with_pronoun(
            "Keller said he would.",
            &[],
            0,
            Gender::Male
        ));
    }

    #[test]
    fn a_name_in_its_sentences_subject_place_has_only_its_description_before_it() {
        let place = |text: &str, name: &str| {
            let ws = words(text);
            let at = text.find(name).unwrap();
            let i = ws.iter().position(|w| w.start == at).unwrap();
            in_subject_place(&ws, i)
        };
        let subjects = [
            ("The BMA's co-chair Nasreen Qadri visited.", "Nasreen"),
            (
                "In The Hague, parliamentarian Yara Bensalah called.",
                "Yara",
            ),
            ("China's ambassador, Fu Jiankang, said so.", "Fu"),
            ("According to Cuamba, 41,000 people wait.", "Cuamba"),
            ("“It struggles,” said Ann Reyes, a lawyer.", "Ann"),
        ];
        for (text, name) in subjects {
            assert!(place(text, name), "{text}");
        }
        let topics = [
            ("Asked by presenter Cathal Rigney, she said no.", "Cathal"),
            ("She thanked Culpepper for a fair fight.", "Culpepper"),
            ("She watched it with her husband, Te Rangi.", "Te"),
            ("We asked Kilgallen on Monday.", "Kilgallen"),
        ];
        for (text, name) in topics {
            assert!(!place(text, name), "{text}");
        }
    }

    /// The first way a first name's gender was read: the word lowercased
    /// and both lists searched.
    fn first_name_gender_by_search(word: &str) -> Option<Gender> {
        let first = word.split('-').next()?;
        if !first.starts_with(char::is_uppercase) {
            return None;
        }
        let first = first.to_lowercase();
        let is = |list: &[&str]| list.binary_search(&first.as_str()).is_ok();
        if is(FEMALE_GIVEN_NAMES) {
            Some(Gender::Female)
        } else if is(MALE_GIVEN_NAMES) {
            Some(Gender::Male)
        } else {
            None
        }
    }

    #[test]
    fn a_first_name_tells_the_gender_the_search_told() {
        let mut samples: Vec<String> =
            ["Zoë", "ZOË", "Élodie", "Ömer", "", "-", "Anna-", "Ann-Lena"]
                .map(String::from)
                .to_vec();
        for name in FEMALE_GIVEN_NAMES.iter().chain(MALE_GIVEN_NAMES) {
            let mut capital = name.chars();
            let capital: String = capital
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(capital)
                .collect();
            samples.extend([
                name.to_string(),
                name.to_uppercase(),
                format!("{capital}-Marie"),
                format!("{capital}s"),
                capital,
            ]);
        }
        for word in &samples {
            assert_eq!(
                first_name_gender(word),
                first_name_gender_by_search(word),
                "{word}"
            );
        }
        // A word of a body being read, asked again, is answered alike.
        let body = "Fiona met Jonas and Zoë in Nairobi.";
        crate::attribute::text::keeping_words(body, || {
            for _ in 0..2 {
                for w in words(body) {
                    assert_eq!(
                        first_name_gender(w.text),
                        first_name_gender_by_search(w.text),
                        "{}",
                        w.text
                    );
                }
            }
        });
    }

    proptest::proptest! {
        #[test]
        fn a_first_name_tells_the_gender_the_search_told_of_any_word(word in "(?s)[A-ZÉÖ][a-zëé-]{0,8}|.{0,10}") {
            proptest::prop_assert_eq!(first_name_gender(&word), first_name_gender_by_search(&word));
        }
    }

    #[test]
    fn the_given_name_lists_are_sorted_for_their_search() {
        for list in [FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES] {
            assert!(list.windows(2).all(|p| p[0] < p[1]));
            assert!(list.iter().all(|n| n.to_lowercase() == *n));
        }
    }

    #[test]
    fn a_name_tells_gender_by_its_given_name_or_its_title_of_address() {
        let table = [
            ("Father Velarde", Some(Gender::Male)),
            ("Sheikh Tamim", Some(Gender::Male)),
            ("Brother Roger", Some(Gender::Male)),
            ("Msgr. Kell", Some(Gender::Male)),
            ("Sister Mary", Some(Gender::Female)),
            ("Queen Rania", Some(Gender::Female)),
            ("Mrs. Dorn", Some(Gender::Female)),
            ("Aurelio Zendejas Carbajal", Some(Gender::Male)),
            ("Yadira Ortiz", Some(Gender::Female)),
            ("Babajide Olowookere", Some(Gender::Male)),
            ("Anuarite Kavugho", Some(Gender::Female)),
            // Given to both, or a title that tells nothing.
            ("Dr. Reyes", None),
            ("Senator Reyes", None),
            ("Rabbi Kahn", None),
            ("Tendai Mubvumba", None),
            // One word, or a title in lowercase, is no name's evidence.
            ("Father", None),
            ("father Velarde", None),
        ];
        for (name, gender) in table {
            assert_eq!(name_gender(name), gender, "{name}");
        }
    }

    #[test]
    fn a_given_name_tells_gender_a_surname_does_not() {
        assert_eq!(given_name_gender("Fiona Reid"), Some(Gender::Female));
        assert_eq!(given_name_gender("Anna-Lena Lind"), Some(Gender::Female));
        assert_eq!(
            given_name_gender("Friedrich-Wilhelm Bauer"),
            Some(Gender::Male)
        );
        assert_eq!(given_name_gender("Reid"), None);
        // Given to both: tells nothing.
        assert_eq!(given_name_gender("Alex Dorn"), None);
    }

    #[test]
    fn names_outside_quotes_are_found_with_their_gender() {
        let text =
            "Labour's Sarah Bellamy said “Mr Hale is wrong”, and Mr. Dorn agreed with Tovey.";
        let quote = text.find('“').unwrap()..text.find('”').unwrap() + 3;
        let named = people_named(
            text,
            100,
            std::slice::from_ref(&(100 + quote.start..100 + quote.end)),
            &["Ivo Tovey"],
        );
        let names: Vec<_> = named.iter().map(|n| (n.name.as_str(), n.gender)).collect();
        assert_eq!(
            names,
            [
                ("Sarah Bellamy", Some(Gender::Female)),
                ("Dorn", Some(Gender::Male)),
                ("Ivo Tovey", None)
            ]
        );
        assert_eq!(named[0].at, 100 + text.find("Sarah").unwrap());
    }

    /// The names [`people_named`] finds in `text`, alone in its block.
    fn names_in(text: &str) -> Vec<String> {
        (people_named(text, 0, &[], &[]).into_iter())
            .map(|n| n.name)
            .collect()
    }

    #[test]
    fn a_name_no_list_knows_is_a_person_by_what_the_text_says_of_it() {
        let named = |text: &str| -> Vec<(String, Option<Gender>)> {
            (people_named(text, 0, &[], &[]).into_iter())
                .map(|n| (n.name, n.gender))
                .collect()
        };
        // An honorific of another tradition: a person, of its sex, even
        // where a word of the name is a given name or another surname.
        assert_eq!(
            named("In Pyinma, U Maung Hla Sein, a trader, waited."),
            [("Maung Hla Sein".to_string(), Some(Gender::Male))]
        );
        assert_eq!(
            named("Mae La is a camp. Naw Eh Htoo was born there."),
            [("Naw Eh Htoo".to_string(), Some(Gender::Female))]
        );
        assert_eq!(
            named("Ma. Teodora Lacsamana filed it."),
            [("Teodora Lacsamana".to_string(), Some(Gender::Female))]
        );
        // An apposition with a person noun, after or before the name.
        assert_eq!(
            named("Later, the alliance's chief negotiator, Sai Tern Hkam, spoke."),
            [("Sai Tern Hkam".to_string(), Some(Gender::Male))]
        );
        assert_eq!(
            named("Later, the group's spokesman, Tavo Rengma, spoke."),
            [("Tavo Rengma".to_string(), Some(Gender::Male))]
        );
        assert_eq!(
            named("Tavo Rengma, the group's spokeswoman, spoke."),
            [("Tavo Rengma".to_string(), Some(Gender::Female))]
        );
        // An owner before it and a verb after it.
        assert_eq!(
            named("In Aluva, the Samithi's Tavo Rengma was unmoved."),
            [("Tavo Rengma".to_string(), None)]
        );
        // Without such words, or with a body's noun after, no one.
        assert!(named("In Aluva, Tavo Rengma was unmoved.").is_empty());
        assert!(named("Armenia's Nor Ughi bloc walked out.").is_empty());
        assert!(named("The U.S. Embassy Team said so.").is_empty());
        // A Korean name written family name first is mentioned by it.
        let known = ["Maeng Ji-hoon"];
        let found: Vec<String> = (people_named("After it, Maeng left.", 0, &[], &known)
            .into_iter())
        .map(|n| n.name)
        .collect();
        assert_eq!(found, ["Maeng Ji-hoon"]);
    }

    #[test]
    fn a_city_is_no_person_a_pronoun_may_mean() {
        // The place ends in a settlement's noun: no one who speaks.
        assert_eq!(
            names_in("She addressed supporters outside her house in Quezon City."),
            Vec::<String>::new()
        );
        // A given name before the settlement's noun is still a person.
        assert_eq!(names_in("Tom Camp said so."), ["Tom Camp"]);
    }

    #[test]
    fn an_owner_is_a_person_named_only_where_it_opens_the_sentence() {
        let known = ["Oscar Whitfield", "State of Iowa"];
        let names = |text: &str| -> Vec<String> {
            (people_named(text, 0, &[], &known).into_iter())
                .map(|n| n.name)
                .collect()
        };
        assert_eq!(names("Whitfield's reply was shorter."), ["Oscar Whitfield"]);
        assert_eq!(
            names("It rained. Linda Haugen’s fifth round is this week."),
            ["Linda Haugen"]
        );
        // Inside the sentence an owner is no one who speaks.
        assert!(names("The talks were held at Linda Haugen's farm.").is_empty());
        // `Iowa's` is no person's surname, though `State of Iowa` ends so.
        assert!(names("Iowa's other senator voted no.").is_empty());
    }

    #[test]
    fn a_place_or_a_body_with_a_given_name_in_it_is_no_person() {
        let text = "The North Dakota Water Division and the Maria Lind Foundation met Ann Cross in San Diego.";
        assert_eq!(names_in(text), ["Ann Cross"]);
        let text = "Officials met Maria Reyes and Diego Lind.";
        assert_eq!(names_in(text), ["Maria Reyes", "Diego Lind"]);
    }

    #[test]
    fn a_party_member_described_by_party_words_is_no_person_named() {
        let text = "On Thursday the 56-year-old Christian Democrat met Ann Cross.";
        assert_eq!(names_in(text), ["Ann Cross"]);
    }

    #[test]
    fn a_feature_a_document_or_a_ship_with_a_given_name_in_it_is_no_person() {
        let text = "Ships met at Second Thomas Shoal near the BRP Teresa Magbanua under the Mutual Defense Treaty, and Ann Bay watched.";
        assert_eq!(names_in(text), ["Ann Bay"]);
        assert!(names_a_thing("Joint Patrol Treaty"));
        assert!(!names_a_thing("Thomas Shoal"));
        assert!(!names_a_thing("Treaty"));
    }

    #[test]
    fn a_storm_an_operation_a_document_part_a_state_an_event_or_an_outlet_is_a_thing() {
        // A word before the name makes it a thing, whatever given name
        // follows.
        assert!(names_a_thing("Hurricane Marisol"));
        assert!(names_a_thing("Tropical Storm Ana"));
        assert!(names_a_thing("Operation Sindoor"));
        // A part of a document by its number or letter.
        assert!(names_a_thing("Annexure D"));
        assert!(names_a_thing("Article II"));
        assert!(names_a_thing("Section 13(3)"));
        assert!(names_a_thing("Option C"));
        // A place, an event, an outlet or its programme.
        assert!(names_a_thing("Illinois"));
        assert!(names_a_thing("New Mexico"));
        assert!(names_a_thing("Independence Day"));
        assert!(names_a_thing("Pacific Islands Forum Leaders Meeting"));
        assert!(names_a_thing("Bloomberg Economics"));
        assert!(names_a_thing("Daily Nation"));
        // Must not: a person with that given name, a person whose name
        // holds such a word, a document noun without its number, a
        // state's name that is a given name, a surname alone.
        assert!(!names_a_thing("Marisol Tapia"));
        assert!(!names_a_thing("Doris Day"));
        assert!(!names_a_thing("Article"));
        assert!(!names_a_thing("Rule Britannia Smith"));
        assert!(!names_a_thing("Georgia"));
        assert!(!names_a_thing("Storm"));
        assert!(!names_a_thing("Daily"));
        assert!(!names_a_thing("Bloomberg"));
        // `Hurricane Marisol`'s name is not a person the paragraph names.
        let text = "Before Hurricane Marisol, Fiona Voss ran the agency.";
        assert_eq!(names_in(text), ["Fiona Voss"]);
    }

    #[test]
    fn a_speakers_name_must_look_like_a_name() {
        for no_name in [
            "FBI.** The bureau",
            "Two days later",
            "Three weeks on",
            "On Saturday morning your own account on X",
            "In March",
            "Adv",
            "Dr",
            "One Melville",
            "Another Republican",
            "Speaking Arabic",
            "Bloomberg Economics Says",
        ] {
            assert!(is_no_name(no_name), "{no_name}");
        }
        for name in [
            "Nosipho Gqamana",
            "Tiago [Mendanha]",
            "United States",
            "Edward Said",
            "Day",
            "Ann Reyes",
            "Two Rivers Council",
        ] {
            assert!(!is_no_name(name), "{name}");
        }
        // A document a frame names may speak; never for a pronoun.
        assert!(may_speak("Doha Declaration", false));
        assert!(!may_speak("Doha Declaration", true));
        assert!(!may_speak("Annexure D", false));
        assert!(!may_speak("Hurricane Marisol", false));
        assert!(may_speak("Carolyn Voss", true));
    }

    #[test]
    fn initials_go_on_with_a_name_and_a_possessor_is_no_one() {
        let text = "Victor Cha, who served on George W. Bush's council, met Ann B. Reyes.";
        assert_eq!(names_in(text), ["Victor Cha", "Ann B. Reyes"]);
        assert!(mentions(text, 0, &[], "Victor Cha"));
        let cha = 0..12;
        assert!(!mentions(text, 0, std::slice::from_ref(&cha), "Victor Cha"));
    }

    #[test]
    fn the_noun_is_the_body_named_last_with_it() {
        let text = "The European Space Agency's probe. The Commission for Air Quality \
            Management (CAQM) on Monday invoked stage 4. In its order,";
        assert_eq!(
            body_named_by_noun(text, "commission"),
            Some("Commission for Air Quality Management")
        );
        assert_eq!(
            body_named_by_noun(text, "agency"),
            Some("European Space Agency")
        );
        // Named alone, or not at all: not this rule's to say.
        assert_eq!(
            body_named_by_noun("The Commission met.", "commission"),
            None
        );
        assert_eq!(body_named_by_noun(text, "ministry"), None);
        // A heading's last word does not run into the next paragraph.
        let text = "## Moscow blames Kyiv\n\nRussia's Defense Ministry claimed it.";
        assert_eq!(
            body_named_by_noun(text, "ministry"),
            Some("Russia's Defense Ministry")
        );
        // A dateline glued on by a dash is no part of the name.
        let text = "WASHINGTON—National Treasury Employees Union (NTEU) said.";
        assert_eq!(
            body_named_by_noun(text, "union"),
            Some("National Treasury Employees Union")
        );
    }

    fn lone(text: &str) -> Vec<(&str, Option<Gender>)> {
        lone_names(text, &|_| false)
            .iter()
            .map(|l| (l.name, l.gender))
            .collect()
    }

    #[test]
    fn lone_names_of_words_split_before_are_those_of_the_text() {
        let quoted = |at: usize| (40..60).contains(&at);
        for text in [
            "Mercer, the Iowa Republican, sealed his support. “Amira said so,” he added.",
            "A carman who gave his name only as Tobiah said it was late.",
            "Quorvath, 41, sealed his vote; Amira, 34, said he had left.",
            "",
        ] {
            assert_eq!(
                lone_names_in(&words(text), &quoted),
                lone_names(text, &quoted)
            );
        }
    }

    #[test]
    fn a_lone_name_is_a_person_by_what_the_text_says_of_it() {
        let (m, f) = (Some(Gender::Male), Some(Gender::Female));
        // Invented names in no list; the evidence is an age, a person
        // apposition after or before, or a possessive in its clause.
        type Found<'a> = &'a [(&'a str, Option<Gender>)];
        let table: [(&str, Found<'_>); 16] = [
            ("Quorvath, 41, waited.", &[("Quorvath", None)]),
            ("Quorvath, 41, sealed his vote.", &[("Quorvath", m)]),
            (
                "Quorvath, the Ohio Republican, sealed his vote.",
                &[("Quorvath", m)],
            ),
            ("Her sister, Zelvina, said so.", &[("Zelvina", f)]),
            (
                "A volunteer from the Red Crescent, Quorvath, kneels.",
                &[("Quorvath", None)],
            ),
            (
                "His daughter-in-law, Zelvina, who came too, waited.",
                &[("Zelvina", f)],
            ),
            ("Back home, Zelvina is feeding her son.", &[("Zelvina", f)]),
            ("On Monday, Quorvath, 60, spoke.", &[("Quorvath", None)]),
            ("Tuesday came. Zelvina, 33, left.", &[("Zelvina", None)]),
            // A name the description itself gives, wherever it stands.
            (
                "A carman who gave his name only as Quorvath said no.",
                &[("Quorvath", m)],
            ),
            (
                "One of them, a roofer who gave his name as Quorvath, said so.",
                &[("Quorvath", m)],
            ),
            (
                "In Basel, a member who asked to be identified only as Quorvath said so.",
                &[("Quorvath", None)],
            ),
            (
                "A nurse, who gave only her first name, Zelvina, said so.",
                &[("Zelvina", f)],
            ),
            (
                "Another volunteer, Quorvath, said so.",
                &[("Quorvath", None)],
            ),
            // A description whose relative clause runs past the commas.
            (
                "Back in Mugunga, Quorvath, a motorcycle-taxi driver who has been unable to work for weeks, was unloading maize.",
                &[("Quorvath", None)],
            ),
            (
                "Back home, Zelvina, a trader who lost her stall, waited.",
                &[("Zelvina", f)],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(lone(text), expected, "{text}");
        }
    }

    #[test]
    fn a_capitalised_word_without_such_evidence_is_no_one() {
        for text in [
            // A description of no person, or a relative clause of a thing.
            "In Mugunga, Quorvath, a camp that has grown for weeks and months, was quiet.",
            "In Mugunga, Quorvath, a camp which the drivers who came avoided, was quiet.",
            // A sentence's first word with a possessive: a common noun.
            "Quorvath sealed his vote.",
            "Police arrested him at his home.",
            // A place in apposition, a thing's possessive.
            "Dunmore, a town on the river, closed its gates.",
            "Back home, Dunmore is closing its gates.",
            // A clause opener, a number that is no age, an acronym.
            "Meanwhile, the senator, who waited, spoke.",
            "Dunmore, 2029, was a year of floods.",
            "FBI, 41, agents.",
            // Object position, not a subject's place.
            "They met Quorvath, 41, at noon.",
            // Part of a longer name.
            "Zelvina Marr, 41, waited.",
            // A nickname of someone named in full, a name the words do
            // not give (`as` of comparison), a name of more words.
            "Jonas Marr, known as Quorvath, said so.",
            "He saw it as Quorvath did.",
            "She gave her name as Zelvina Marr.",
        ] {
            assert_eq!(lone(text), [], "{text}");
        }
        // Inside a quote: not the text's own saying.
        let text = "“Quorvath, 41, waited,” she said.";
        assert!(lone_names(text, &|at| at < 24).is_empty());
    }

    fn named(name: &str, gender: Option<Gender>) -> Named {
        Named {
            at: 0,
            name: name.into(),
            gender,
        }
    }

    fn proposal(name: &str, gender: Option<Gender>) -> Proposal<'_> {
        Proposal {
            name,
            gender,
            mentioned: false,
            subject: false,
            spoke_last: true,
        }
    }

    #[test]
    fn a_pronoun_keeps_to_the_one_person_of_its_gender_in_the_paragraph() {
        let marcus = named("Marcus Hale", Some(Gender::Male));
        let sarah = named("Sarah Bellamy", Some(Gender::Female));
        let people = [(&marcus, marcus.gender), (&sarah, sarah.gender)];
        // `she` proposed as a man of unknown gender: the woman named.
        assert_eq!(
            antecedent(
                Some(proposal("Marcus Hale", None)),
                &people,
                Some(Gender::Female)
            ),
            Antecedent::Person("Sarah Bellamy".into())
        );
        // The proposal is in the paragraph and fits: it stands.
        assert_eq!(
            antecedent(Some(proposal("Hale", None)), &people, Some(Gender::Male)),
            Antecedent::Proposed
        );
    }

    #[test]
    fn a_person_known_to_fit_beats_a_proposal_of_unknown_gender() {
        // `Sen. Ivy Dorn read from a speech in which Tovey called it
        // “...”. “...?” she asked.` with Tovey of unknown gender.
        let ivy = named("Ivy Dorn", Some(Gender::Female));
        let tovey = named("Ivo Tovey", None);
        let people = [(&ivy, ivy.gender), (&tovey, None)];
        let tovey_proposed = Proposal {
            mentioned: true,
            ..proposal("Ivo Tovey", None)
        };
        assert_eq!(
            antecedent(Some(tovey_proposed), &people, Some(Gender::Female)),
            Antecedent::Person("Ivy Dorn".into())
        );
        // Told to be a man: `he` is still Tovey.
        let tovey_male = Proposal {
            gender: Some(Gender::Male),
            ..tovey_proposed
        };
        assert_eq!(
            antecedent(Some(tovey_male), &people, Some(Gender::Male)),
            Antecedent::Proposed
        );
    }

    #[test]
    fn two_of_the_pronouns_gender_name_no_one_the_paragraph_does_not_prefer() {
        let lind = named("Karl Lind", Some(Gender::Male));
        let dorn = named("Tom Dorn", Some(Gender::Male));
        let people = [(&lind, lind.gender), (&dorn, dorn.gender)];
        // Quoted two paragraphs back, neither named here: no one.
        let vell = proposal("Ivo Vell", Some(Gender::Male));
        assert_eq!(
            antecedent(Some(vell), &people, Some(Gender::Male)),
            Antecedent::Nobody
        );
        // `Lind pressed Dorn on the deal. “...,” he said.`: the proposal
        // the paragraph mentions.
        let lind_proposed = Proposal {
            mentioned: true,
            ..proposal("Karl Lind", Some(Gender::Male))
        };
        assert_eq!(
            antecedent(Some(lind_proposed), &people, Some(Gender::Male)),
            Antecedent::Proposed
        );
    }

    #[test]
    fn two_who_fit_or_none_name_no_one() {
        let lind = named("Karl Lind", None);
        let dorn = named("Tom Dorn", None);
        let both = [(&lind, None), (&dorn, None)];
        let vell = proposal("Ana Vell", Some(Gender::Female));
        assert_eq!(
            antecedent(Some(vell), &both, Some(Gender::Female)),
            Antecedent::Nobody
        );
        // Only a man named: `she` is the woman just quoted, else no one.
        let man = [(&lind, Some(Gender::Male))];
        assert_eq!(
            antecedent(Some(vell), &man, Some(Gender::Female)),
            Antecedent::Proposed
        );
        let long_ago = Proposal {
            spoke_last: false,
            ..vell
        };
        assert_eq!(
            antecedent(Some(long_ago), &man, Some(Gender::Female)),
            Antecedent::Nobody
        );
        // Never a man for `she`, even the only one in reach.
        assert_eq!(
            antecedent(None, &man, Some(Gender::Female)),
            Antecedent::Nobody
        );
        // The paragraph mentions the proposal by a surname: it stands.
        let mentioned = Proposal {
            mentioned: true,
            gender: None,
            ..long_ago
        };
        assert_eq!(
            antecedent(Some(mentioned), &both, Some(Gender::Female)),
            Antecedent::Proposed
        );
        // A paragraph that names no one leaves the proposal alone.
        assert_eq!(
            antecedent(Some(long_ago), &[], Some(Gender::Female)),
            Antecedent::Proposed
        );
    }

    #[test]
    fn a_descriptor_keeps_to_the_proposal_or_the_one_person_named() {
        let lind = named("Karl Lind", None);
        let dorn = named("Tom Dorn", None);
        let both = [(&lind, None), (&dorn, None)];
        assert_eq!(
            antecedent(Some(proposal("Ana Vell", None)), &both, None),
            Antecedent::Nobody
        );
        assert_eq!(
            antecedent(Some(proposal("Ana Vell", None)), &both[..1], None),
            Antecedent::Person("Karl Lind".into())
        );
    }
}
