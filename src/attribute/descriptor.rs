//! Descriptor mentions linked to the people an article named: `the
//! nuncio said`, `the 62-year-old diplomat said`, `the veteran MLA told
//! reporters` stand for a person the article named before with a role
//! the descriptor's noun covers.
//!
//! Before reading, each article gets an **entity table**: the people it
//! names outside its quotes, each with what the text says of them next
//! to the name (titles before it, `Commander Gabriel Arenas`; words of
//! office before it, `Congress legislator Aslam Vora`; an apposition
//! after it, `, a 62-year-old former general,`, or before it, `The
//! Bishop of Arauca, Eliécer Montoya,`): role words, age, the words that
//! tell nationality, party or body, and gender. A descriptor then names
//! the one person in the table, mentioned before it, whose roles its
//! noun covers (directly or through `lexicon::ROLE_CLASSES`) and whom
//! none of its words contradicts (age, nationality, party, sex). Two who
//! fit name no one, unless the later was mentioned much more recently;
//! when unsure, no name.

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::lexicon::{
    AUXILIARIES, BODY_NAME_HEADS, CLAUSE_OPENING_WORDS, COLLECTIVE_NOUNS, CONJUNCTIONS, DEMONYMS,
    DOCUMENT_NOUNS, EMPHATIC_REFLEXIVES, FEMALE_PERSON_NOUNS, GENERIC_BODY_NOUNS,
    KIN_AND_CALLING_NOUNS, MALE_PERSON_NOUNS, MONTH_NAMES, NAME_PARTICLES, NATIONALITY_COUNTRIES,
    NON_STATE_BODY_NOUNS, NOT_ONE_PERSON_NOUNS, OFFICE_LINK_WORDS, OFFICE_WORDS,
    ORGANISATION_WORDS, OWN_OFFICE_QUALIFIERS, PARTY_MEMBER_NOUNS, PARTY_TAG_LETTERS, PERSON_NOUNS,
    PREPOSITIONS, PROFESSION_NOUNS, RECORD_NOUNS, ROLE_CLASSES, ROLE_NOUNS, SPEECH_VERBS,
    STATE_KINDS, STATEMENT_NOUNS, SUBORDINATE_RANK_WORDS, THING_HEAD_NOUNS, TITLES, US_STATES,
    WEEKDAY_NAMES,
};
use super::resolve::Gender;
use super::speaker::{self, Subject};
use super::text::{self, Word, possessive_owner, words};
use super::{Entity, Reader, Registry, coref};
use crate::markdown::{Block, BlockKind};

/// How many blocks back the second person who fits a descriptor must
/// have been last mentioned for the more recent one to be meant.
pub(super) const CLEAR_LEAD_BLOCKS: usize = 3;

/// How many bytes from a mention of a person a noun may stand and be
/// said of them (a title before the name, an apposition after it).
const NOUN_NEAR_NAME: usize = 40;

/// A person the article names, with what it says of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Profile {
    /// The name as written at its fullest (`Eliécer Montoya Gaviria`).
    pub(super) name: String,
    /// Where the article names them (byte offset) and in which block.
    mentions: Vec<(usize, usize)>,
    /// Role words, lowercase, and two-word roles (`foreign minister`).
    roles: Vec<String>,
    /// Every word said of them next to the name, lowercase, possessives
    /// stripped: what tells nationality, party and body.
    about: Vec<String>,
    /// The nouns the article's own words said of them next to the name,
    /// any word, lowercase (`her running mate Salim Mwashighadi`, `Ann
    /// Reyes, the interior minister,`): what a descriptor whose noun no
    /// word list knows is matched against.
    nouns: Vec<String>,
    age: Option<u32>,
    gender: Option<Gender>,
    /// The post an actor file's `people:` list gives them, lowercase
    /// (`registrar of voters`): what the package knows them as, whatever
    /// the article calls them.
    listed_post: Option<String>,
}

/// The people one article names, in the order it first names them.
#[derive(Debug, Default)]
pub(super) struct EntityTable {
    profiles: Vec<Profile>,
}

/// `the 62-year-old Italian-born diplomat`: a determiner, words that
/// describe, and a noun for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Descriptor {
    head: String,
    /// A role of two words the descriptor ends in (`foreign secretary`):
    /// only that role fits, not any secretary.
    two_words: Option<String>,
    /// The describing words, lowercase.
    modifiers: Vec<String>,
    age: Option<u32>,
    /// Whose the person is, from a possessive describing word (`the
    /// mayor's spokesperson` -> `mayor`), lowercase.
    owner: Option<String>,
    /// The sex an emphatic reflexive after the noun tells (`the former
    /// secretary himself`).
    reflexive: Option<Gender>,
    /// Read without the word lists (`the running mate`, `her campaign
    /// manager`, `the 29-year-old`): only a person the article itself
    /// called by the noun (or gave the age) fits.
    open: bool,
}

impl Descriptor {
    fn parse(phrase: &str) -> Option<Self> {
        let mut ws = words(phrase.trim());
        let reflexive = emphatic_reflexive_gender(&mut ws);
        let [the, describing @ .., head] = ws.as_slice() else {
            return None;
        };
        let plain = describing.iter().all(|w| w.after.trim().is_empty())
            && the.after.trim().is_empty()
            && describing.len() <= 4;
        // `the Oklahoma Republican`: a party word names one member too.
        if !the.is(&["the"]) || !plain || !(names_one_person(head) || head.is(PARTY_MEMBER_NOUNS)) {
            return None;
        }
        // Describing words are adjectives and nouns, not a clause.
        if describing.iter().any(|w| {
            w.is(PREPOSITIONS) || w.is(AUXILIARIES) || w.is(CONJUNCTIONS) || w.is(SPEECH_VERBS)
        }) {
            return None;
        }
        let modifiers: Vec<String> = describing.iter().map(|w| bare(w.text)).collect();
        let age = modifiers.iter().find_map(|m| age_of(m));
        let owner = (describing.iter())
            .find(|w| speaker::is_possessive(w.text))
            .map(|w| bare(w.text));
        let two_words = modifiers
            .last()
            .map(|m| format!("{m} {}", head.lower()))
            .filter(|pair| {
                ROLE_CLASSES
                    .iter()
                    .any(|(_, members)| members.contains(&pair.as_str()))
            });
        Some(Descriptor {
            two_words,
            head: head.lower(),
            modifiers,
            age,
            owner,
            reflexive,
            open: false,
        })
    }

    /// `the running mate`, `her campaign manager`, `the 29-year-old`: a
    /// definite description (`the`, `his`, `her`, `its`, up to four
    /// describing words) ending in any lowercase noun or an age, matched
    /// only against what the article said next to a name, so no word
    /// list is needed.
    fn parse_open(phrase: &str) -> Option<Self> {
        let ws = words(phrase.trim());
        let [determiner, describing @ .., head] = ws.as_slice() else {
            return None;
        };
        let plain =
            (ws[..ws.len() - 1].iter()).all(|w| w.after.trim().is_empty()) && describing.len() <= 4;
        let age = head
            .text
            .ends_with("-year-old")
            .then(|| age_of(head.text))
            .flatten();
        if !determiner.is(OPEN_DETERMINERS)
            || !plain
            || !(age.is_some() || text::is_lowercase(head) && said_noun(head))
            || describing.iter().any(|w| {
                w.is(PREPOSITIONS) || w.is(AUXILIARIES) || w.is(CONJUNCTIONS) || w.is(SPEECH_VERBS)
            })
        {
            return None;
        }
        let modifiers: Vec<String> = describing.iter().map(|w| bare(w.text)).collect();
        Some(Descriptor {
            head: head.lower(),
            two_words: None,
            age: age.or_else(|| modifiers.iter().find_map(|m| age_of(m))),
            modifiers,
            owner: None,
            reflexive: None,
            open: true,
        })
    }

    /// `the woman`, `the man`: a noun that tells only the person's sex.
    fn sex_only(&self) -> bool {
        ["woman", "man", "girl", "boy"].contains(&self.head.as_str())
    }

    fn gender(&self) -> Option<Gender> {
        let is = |list: &[&str]| list.contains(&self.head.as_str());
        if is(FEMALE_PERSON_NOUNS) {
            Some(Gender::Female)
        } else if is(MALE_PERSON_NOUNS) {
            Some(Gender::Male)
        } else {
            self.reflexive
        }
    }
}

/// `the former secretary himself`: drops an emphatic reflexive that ends
/// the words, and tells the sex it gives (`themselves`, `itself`: none).
fn emphatic_reflexive_gender(ws: &mut Vec<Word<'_>>) -> Option<Gender> {
    let last = ws
        .last()
        .filter(|w| w.is(EMPHATIC_REFLEXIVES) && ws.len() > 2)?;
    let gender = match last.lower().as_str() {
        "himself" => Some(Gender::Male),
        "herself" => Some(Gender::Female),
        _ => None,
    };
    ws.pop();
    gender
}

/// The determiners of a description [`Descriptor::parse_open`] reads:
/// one person the reader already knows (`a`, `one` bring in someone new).
/// (Not `its`: a body's officer, `its spokesman`, is one of the many
/// officers of the bodies an article names.)
const OPEN_DETERMINERS: &[&str] = &["the", "his", "her"];

/// Words that open a noun phrase before a name (`her running mate Salim
/// Mwashighadi`): what follows says what the person is.
const NOUN_PHRASE_OPENERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our"];

/// A word that may be the noun a phrase says of a person (`mate`,
/// `frontbencher`): letters only, three or more, and no word of the
/// grammar (a preposition, an auxiliary, a speech verb) nor a noun for
/// more than one person or for a body (`the club`).
fn said_noun(w: &Word<'_>) -> bool {
    w.text.chars().count() >= 3
        && w.text.chars().all(char::is_alphabetic)
        && !w.is_any(&[
            PREPOSITIONS,
            AUXILIARIES,
            CONJUNCTIONS,
            SPEECH_VERBS,
            NOT_ONE_PERSON_NOUNS,
            CLAUSE_OPENING_WORDS,
            ORGANISATION_WORDS,
            GENERIC_BODY_NOUNS,
        ])
}

/// Records the noun a phrase said of a person ends in (`running mate`
/// -> `mate`), when it is a lowercase word ([`said_noun`]); whether it
/// did.
fn push_said_noun(head: Option<&Word<'_>>, nouns: &mut Vec<String>) -> bool {
    let Some(head) = head.filter(|w| text::is_lowercase(w) && said_noun(w)) else {
        return false;
    };
    nouns.push(head.lower());
    true
}

/// Whether a phrase opens as a noun phrase does (`her running mate`,
/// `the interior minister`, `Reyes's lawyer`), not as a clause.
fn opens_noun_phrase(ws: &[Word<'_>]) -> bool {
    ws.first()
        .is_some_and(|w| w.is(NOUN_PHRASE_OPENERS) || speaker::is_possessive(w.text))
}

/// A noun that can stand for one person a descriptor means.
fn names_one_person(w: &Word<'_>) -> bool {
    if w.is(NOT_ONE_PERSON_NOUNS) || w.text.contains('-') {
        return false;
    }
    w.is_any(&[
        OFFICE_WORDS,
        ROLE_NOUNS,
        PROFESSION_NOUNS,
        PERSON_NOUNS,
        KIN_AND_CALLING_NOUNS,
        FEMALE_PERSON_NOUNS,
        MALE_PERSON_NOUNS,
    ]) || in_role_classes(w.text)
}

/// Whether `word`, lowercased, is a class or member of `ROLE_CLASSES`.
fn in_role_classes(word: &str) -> bool {
    // Most words are short and ASCII: lowercased on the stack, not into a
    // new string (other words as before, by Unicode's rules).
    let mut buffer = [0u8; 32];
    if word.is_ascii()
        && let Some(lower) = buffer.get_mut(..word.len())
    {
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // Looked up as bytes: no UTF-8 check of what was ASCII.
        return in_lowercase_role_class_bytes(lower);
    }
    in_lowercase_role_classes(&word.to_lowercase())
}

fn in_lowercase_role_classes(word: &str) -> bool {
    in_lowercase_role_class_bytes(word.as_bytes())
}

fn in_lowercase_role_class_bytes(word: &[u8]) -> bool {
    // Asked of nearly every word of every article: one set of the classes
    // and their members, not a scan of each class's members.
    static CLASSES_AND_MEMBERS: LazyLock<FxHashSet<&'static [u8]>> = LazyLock::new(|| {
        ROLE_CLASSES
            .iter()
            .flat_map(|(class, members)| std::iter::once(*class).chain(members.iter().copied()))
            .map(str::as_bytes)
            .collect()
    });
    CLASSES_AND_MEMBERS.contains(word)
}

/// A word that says what a person is, next to their name.
fn is_role_word(w: &Word<'_>) -> bool {
    names_one_person(w) || (w.is(TITLES) && !w.is(NOT_ONE_PERSON_NOUNS))
}

/// Whether a descriptor's noun covers a role the article gave: the same
/// word, or a class noun and one of its members (`the diplomat` for an
/// ambassador; never `the ambassador` for a diplomat, who may be another
/// kind of diplomat).
fn covers(head: &str, role: &str) -> bool {
    head == role
        || ROLE_CLASSES
            .iter()
            .any(|(class, members)| *class == head && members.contains(&role))
}

/// Whether a role as written (`Deputy Foreign Minister`, `Sen.`,
/// `Foreign Ministry spokeswoman`) holds the office `noun` names (`the
/// minister`, `the lawmaker`, `the diplomat`): one of its words, or two
/// of them in a row, is the noun or a member of the noun's class. The
/// noun itself after `of` or `for` (up to a comma or semicolon) names
/// whose office it is, not the office: a `Special Representative of the
/// Secretary-General` is no secretary-general, a `Spokesman for the
/// President` no president. (Not after `to`: a role read from a
/// sentence may hold a verb's `to`, `to question the Defence Minister`.)
pub(super) fn role_names_office(noun: &str, role: &str) -> bool {
    let role_words = words(role);
    let ws: Vec<String> = role_words.iter().map(Word::lower).collect();
    let mut whose = vec![false; ws.len()];
    let mut after_link = false;
    for (k, w) in role_words.iter().enumerate() {
        whose[k] = after_link;
        if w.is(&["of", "for"]) {
            after_link = true;
        }
        if w.after.contains([',', ';']) {
            after_link = false;
        }
    }
    let counts = |k: usize, word: &str| !(whose[k] && word == noun);
    let pairs = (ws.windows(2).enumerate()).map(|(k, p)| (k, format!("{} {}", p[0], p[1])));
    // `Prime Minister`: no minister the bare noun means.
    let alone = |k: usize| k == 0 || !OWN_OFFICE_QUALIFIERS.contains(&ws[k - 1].as_str());
    (ws.iter().enumerate()).any(|(k, w)| alone(k) && counts(k, w) && covers(noun, w))
        || pairs
            .into_iter()
            .any(|(k, p)| counts(k, &p) && covers(noun, &p))
}

/// `62-year-old` -> 62; `66` alone (an apposition's age) too.
pub(super) fn age_of(word: &str) -> Option<u32> {
    let number = word.strip_suffix("-year-old").unwrap_or(word);
    number.parse().ok().filter(|n| (10..=110).contains(n))
}

/// `"...," said a 44-year-old assembly-line worker who asked that his
/// name not be used`, and later `the 44-year-old said`: an age said with
/// `a`, `an` or `one` brings in someone the article does not name, and
/// the same age again points back at them, not at whoever was named
/// since (a minister quoted in between is no 44-year-old worker). An age
/// phrase in apposition to a name (`a 44-year-old teacher, Ann Reyes,`,
/// `Ann Reyes, a 44-year-old teacher,`) names its person and does not
/// count.
pub(super) fn age_given_unnamed(before: &str, age: u32) -> bool {
    let ws = words(before);
    ws.windows(2).enumerate().any(|(k, pair)| {
        let aged = pair[1].text.ends_with("-year-old") && age_of(pair[1].text) == Some(age);
        if !pair[0].is(&["a", "an", "one"]) || !aged {
            return false;
        }
        // The noun phrase runs to the first punctuation; a capitalised
        // word right after it is a name in apposition.
        let end = (k + 1..ws.len())
            .find(|&i| !ws[i].after.trim().is_empty())
            .unwrap_or(ws.len() - 1);
        let named_after =
            ws[end].after.contains(',') && ws.get(end + 1).is_some_and(|w| w.is_capitalised());
        let named_before = k > 0 && ws[k - 1].after.contains(',') && ws[k - 1].is_capitalised();
        !named_after && !named_before
    })
}

/// `The mayor's spokesperson said` is not `Bongani Matlakala, the ANC's
/// regional spokesperson`: when the article called the person by the
/// descriptor's noun and whose they are is not among the words said of
/// them, the noun is someone else's post. A person the article called
/// nothing next to their name is not ruled out.
fn owner_unsaid(descriptor: &Descriptor, profile: &Profile) -> bool {
    descriptor.owner.as_ref().is_some_and(|owner| {
        profile.about.contains(&descriptor.head) && !profile.about.contains(owner)
    })
}

/// Lowercase, without a possessive `'s`.
pub(super) fn bare(word: &str) -> String {
    let stem = possessive_owner(word).unwrap_or(word);
    stem.to_lowercase()
}

/// `Iranian`, `Saudi`: a word of nationality, by the demonyms and the
/// nationality adjectives the lexicon lists.
pub(super) fn is_nationality_word(w: &Word<'_>) -> bool {
    w.is(DEMONYMS) || is_nationality_adjective(w)
}

/// `iranian`: an adjective of `NATIONALITY_COUNTRIES`.
pub(super) fn is_nationality_adjective(w: &Word<'_>) -> bool {
    NATIONALITY_COUNTRIES.iter().any(|(n, _)| w.lower() == *n)
}

/// The country a nationality word names (`Iranian`, `Italian-born`), or
/// the country itself.
pub(super) fn country_of(word: &str) -> Option<&'static str> {
    let word = word.strip_suffix("-born").unwrap_or(word);
    NATIONALITY_COUNTRIES
        .iter()
        .find(|(demonym, country)| *demonym == word || *country == word)
        .map(|(_, country)| *country)
}

/// A place a word says a person is from: a country (`Zimbabwean`,
/// `Iran's`) or a US state (`Oklahoma`). Each kind is compared only
/// with its own: an Oklahoman is no less an American.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Country(&'static str),
    State(&'static str),
}

/// The places words give, lowercase words in order (`new`, `mexico` is
/// New Mexico, not Mexico); a word may hold a whole state name (`new
/// york`, from a party tag).
fn places_of(ws: &[String]) -> Vec<Place> {
    let state = |name: &str| {
        US_STATES
            .iter()
            .find(|(state, ..)| *state == name)
            .map(|(state, ..)| Place::State(state))
    };
    let mut places = Vec::new();
    let mut k = 0;
    while k < ws.len() {
        if let Some(pair) = ws
            .get(k + 1)
            .and_then(|next| state(&format!("{} {next}", ws[k])))
        {
            places.push(pair);
            k += 2;
            continue;
        }
        places.extend(state(&ws[k]).or_else(|| country_of(&ws[k]).map(Place::Country)));
        k += 1;
    }
    places
}

/// A US state as a party tag writes it (`La.`, `N.Y.`, `Oklahoma`,
/// `NY`): its name.
fn state_in_tag(place: &str) -> Option<&'static str> {
    let key: String = (place.chars())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    US_STATES
        .iter()
        .find(|(name, ap, postal)| name.replace(' ', "") == key || *ap == key || *postal == key)
        .map(|(name, ..)| *name)
}

/// What the words right after a name say of the person's state and
/// party: a party tag (` (R-La.)`, `, R-Okla.,`, `, D-New York,`) gives
/// the state and the party's word, ` of Oklahoma` the state.
fn tag_after_name(rest: &str) -> Vec<String> {
    if let Some(of) = rest.strip_prefix(" of ") {
        let lower = of.to_lowercase();
        let state = US_STATES.iter().find(|(name, ..)| {
            of.starts_with(char::is_uppercase)
                && lower.starts_with(name)
                && !lower[name.len()..].starts_with(char::is_alphabetic)
        });
        return state
            .map(|(name, ..)| vec![name.to_string()])
            .unwrap_or_default();
    }
    let Some(tag) = rest.strip_prefix(" (").or_else(|| rest.strip_prefix(", ")) else {
        return Vec::new();
    };
    let tag = &tag[..tag.find([')', ',', ';']).unwrap_or(tag.len())];
    let Some((letter, place)) = tag
        .split_once('-')
        .filter(|(letter, _)| letter.len() == 1 && letter.starts_with(char::is_uppercase))
    else {
        return Vec::new();
    };
    let Some(state) = state_in_tag(place) else {
        return Vec::new();
    };
    let party = PARTY_TAG_LETTERS
        .iter()
        .find(|(l, _)| *l == letter)
        .and_then(|(_, names)| names.first());
    std::iter::once(state)
        .chain(party.copied())
        .map(str::to_lowercase)
        .collect()
}

/// The letter of the US party a word names (`Republican`, `GOP`,
/// `Democrats` -> `R`, `D`), as the party tags write it.
fn party_letter(word: &str) -> Option<&'static str> {
    PARTY_TAG_LETTERS
        .iter()
        .find(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(word)))
        .map(|(letter, _)| *letter)
}

/// The quotes that may overlap `range`, from quotes sorted by start (a
/// quote that starts before it may run into it): a long article's
/// blocks each look at their own few quotes, not at every quote.
fn quotes_in<'q>(quotes: &'q [Range<usize>], range: &Range<usize>) -> &'q [Range<usize>] {
    let first = quotes
        .partition_point(|q| q.start < range.start)
        .saturating_sub(1);
    let last = quotes.partition_point(|q| q.start < range.end);
    &quotes[first..last.max(first)]
}

impl EntityTable {
    /// Reads the article's blocks, outside `quotes`, for the people they
    /// name and what they say of them.
    pub(super) fn build(body: &str, blocks: &[Block], quotes: &[Range<usize>]) -> Self {
        let mut table = EntityTable::default();
        let mut sorted = quotes.to_vec();
        sorted.sort_by_key(|q| q.start);
        let quotes = &sorted;
        for (index, block) in blocks.iter().enumerate() {
            if block.kind == BlockKind::Heading {
                continue;
            }
            let Some(text) = body.get(block.range.clone()) else {
                continue;
            };
            table.read(
                text,
                block.range.start,
                index,
                quotes_in(quotes, &block.range),
            );
        }
        table
    }

    /// The full names of the people block `block` names (`Kieran
    /// Pettifer, a University of Liverpool lecturer`): a paragraph's
    /// people even when no given-name list knows their first name.
    pub(super) fn full_names_in_block(&self, block: usize) -> impl Iterator<Item = &str> {
        (self.profiles.iter())
            .filter(move |p| p.name.contains(' ') && p.mentions.iter().any(|&(_, b)| b == block))
            .map(|p| p.name.as_str())
    }

    /// Gives each person the post an actor file lists them under: once
    /// per article, not at every descriptor.
    pub(super) fn with_listed_posts(mut self, registry: &Registry) -> Self {
        for profile in &mut self.profiles {
            profile.listed_post = (registry.person(&profile.name))
                .and_then(|p| p.role.as_deref())
                .map(str::to_lowercase);
        }
        self
    }

    fn read(&mut self, text: &str, base: usize, block: usize, quotes: &[Range<usize>]) {
        let ws = words(text);
        let quoted = |w: &Word<'_>| quotes.iter().any(|q| q.contains(&(base + w.start)));
        let mut i = 0;
        while i < ws.len() {
            // `Ankeny-based Prairie Crest Genetics`: an adjective made with
            // a hyphen opens no name.
            if quoted(&ws[i])
                || !ws[i].is_capitalised()
                || speaker::is_hyphenated_adjective(ws[i].text)
            {
                i += 1;
                continue;
            }
            let mut end = i;
            let initial = |w: &Word<'_>| w.text.chars().count() == 1 && w.after == ".";
            // `Ann Reyes (D-Neb.)`: an opening bracket ends the name.
            let joined = |k: usize| text[ws[k].end..ws[k + 1].start].trim() == ws[k].after.trim();
            while end + 1 < ws.len()
                && joined(end)
                && (ws[end].after.trim().is_empty()
                    || initial(&ws[end])
                    || ws[end].is(TITLES) && ws[end].after == ".")
                && !ws[end].text.ends_with("'s")
                && !ws[end].text.ends_with("’s")
                && !quoted(&ws[end + 1])
                && (ws[end + 1].is_capitalised() || ws[end + 1].is(NAME_PARTICLES))
            {
                end += 1;
            }
            let run = i..end + 1;
            i = end + 1;
            let at = base + ws[run.start].start;
            if let Some(profile) = self.person_in(text, &ws, run) {
                self.add(profile, at, block);
            }
        }
    }

    /// Is `name` a word of a full name the table holds (`Reyes` after
    /// `Ann Reyes`)? Asked only of a lone name with no title: every
    /// profile's name is read.
    fn surname_of_known(&self, name: &str) -> bool {
        self.profiles
            .iter()
            .any(|p| p.name.contains(' ') && p.name.split_whitespace().any(|w| w == name))
    }

    /// The person a run of capitalised words names, with what the words
    /// around it say of them; `None` for a place, a body or a word that
    /// opens a sentence.
    fn person_in(&self, text: &str, ws: &[Word<'_>], run: Range<usize>) -> Option<Profile> {
        let last = &ws[run.end - 1];
        if speaker::is_possessive(last.text) {
            // `Reyes's office`: a possessor, not a mention of them.
            return None;
        }
        let mut start = run.start;
        // `The`, `In`, `But` opening a sentence are no part of a name.
        while start < run.end
            && (ws[start].is(&["the", "a", "an"]) || ws[start].is(CLAUSE_OPENING_WORDS))
        {
            start += 1;
        }
        let mut roles = Vec::new();
        let mut about = Vec::new();
        // `Homeland Security Secretary Ana P. Vell`: the name follows the
        // last word of a title.
        let mut name_start = name_start_after_title(ws, start..run.end);
        // `Registrar of Voters Dwayne Harkavy`: the office before `of`
        // is theirs, the department's words are no part of the name.
        if let Some(office) = office_before_department(ws, start) {
            if name_start == start {
                name_start = name_after_department(text, ws, start..run.end)?;
            }
            push_roles(&ws[office], &mut roles, &mut about);
        }
        let name_words = &ws[name_start..run.end];
        // No name word is a role word: `name_start_after_title` passed
        // each word from `start` to the run's end that follows the last
        // one, and a name after a department starts later.
        if name_words.is_empty()
            || name_words
                .iter()
                .any(|w| w.is_any(&[ORGANISATION_WORDS, MONTH_NAMES, WEEKDAY_NAMES, DEMONYMS]))
        {
            return None;
        }
        let name = text[name_words[0].start..name_words[name_words.len() - 1].end].to_string();
        push_roles(&ws[start..name_start], &mut roles, &mut about);
        let mut nouns = Vec::new();
        // `Interior Minister Ann Reyes`: the title's last word.
        if let Some(title) = name_start.checked_sub(1).filter(|&t| t >= start)
            && said_noun(&ws[title])
        {
            nouns.push(ws[title].lower());
        }
        // Words of office before the name, in lowercase (`Congress
        // legislator`, `boat captain`), back to punctuation or a word
        // that is no part of a noun phrase.
        let mut k = start;
        while k > 0 && ws[k - 1].after.trim().is_empty() && start - k < 5 {
            let w = &ws[k - 1];
            if w.is_any(&[
                PREPOSITIONS,
                &["the", "a", "an", "and", "or", "but", "who", "which", "that"],
                CONJUNCTIONS,
                AUXILIARIES,
                SPEECH_VERBS,
            ]) {
                break;
            }
            k -= 1;
        }
        // Only a noun phrase of office says who they are (not `met Turkish
        // officials and` before the name).
        if ws[k..start].iter().any(is_role_word) {
            push_roles(&ws[k..start], &mut roles, &mut about);
        }
        // `her running mate Salim Mwashighadi`: the noun right before; a
        // noun phrase there makes the name a person's.
        let mut noun_phrase_said = k < start
            && push_said_noun(ws.get(start - 1), &mut nouns)
            && opens_noun_phrase(&ws[k..start]);
        // `The Bishop of Arauca, Eliécer Montoya`: a noun phrase and a
        // comma right before the name.
        if start > 0 && ws[start - 1].after.trim() == "," && k == start {
            let mut first = start - 1;
            while first > 0 && ws[first - 1].after.trim().is_empty() && start - first < 8 {
                first -= 1;
            }
            if ws[first..start].iter().any(is_role_word) {
                push_apposition(&ws[first..start], &mut roles, &mut about);
            }
            // `her campaign manager, Sunita Vellanki`; not an adverbial
            // (`In a statement, Vellanki said`) nor a noun that qualifies
            // another (`the head of the delegation, X`).
            if !ws[first..start].iter().any(is_qualifier) {
                noun_phrase_said |= push_said_noun(ws.get(start - 1), &mut nouns)
                    && opens_noun_phrase(&ws[first..start]);
            }
        }
        // `Fu Jiankang, China's ambassador,`, `Montoya, 66,`: an
        // apposition after the name.
        let mut age = None;
        if last.after.trim() == "," {
            let rest = &ws[run.end..];
            let len = rest
                .iter()
                .position(|w| !w.after.trim().is_empty())
                .map_or(rest.len(), |p| p + 1);
            let apposition = &rest[..len.min(rest.len())];
            // Closed by a comma: `X, a Senate aide warned.` is no
            // apposition of X's.
            let closed = apposition.last().is_some_and(|w| w.after.trim() == ",");
            let clause = apposition.first().is_none_or(|w| {
                w.is(&[
                    "who", "whom", "whose", "which", "where", "when", "and", "but", "or",
                ]) || w.is(SPEECH_VERBS)
                    || w.is(AUXILIARIES)
            });
            if closed && !clause && apposition.len() <= 14 {
                if let [only] = apposition {
                    age = age_of(only.text);
                }
                push_apposition(apposition, &mut roles, &mut about);
            }
            // (`said Ann Reyes, the interior minister.`: a noun phrase
            // that ends the sentence says the noun too; `X, appeared
            // briefly.` is the sentence's predicate.)
            let ends_sentence = apposition
                .last()
                .is_some_and(|w| [".", ";"].contains(&w.after.trim()))
                && opens_noun_phrase(apposition);
            if (closed || ends_sentence) && !clause && apposition.len() <= 14 {
                let head_end = apposition
                    .iter()
                    .position(is_qualifier)
                    .unwrap_or(apposition.len());
                noun_phrase_said |= push_said_noun(apposition[..head_end].last(), &mut nouns)
                    && opens_noun_phrase(apposition);
            }
        }
        // `Jo Lin is the registrar`, `Jo Lin woke up as the first
        // Saskatchewan premier`: a predicate says what they are.
        // (`REGINA — Jo Lin woke up`: a dateline's dash opens it too.)
        let opens_sentence = start == 0
            || ws[start - 1]
                .after
                .contains(['.', '!', '?', ':', '\n', '—', '–']);
        if let Some(predicate) = predicate_noun_phrase(&ws[run.end - 1..], opens_sentence) {
            if predicate.last().is_some_and(names_one_person) {
                push_apposition(predicate, &mut roles, &mut about);
            }
            push_said_noun(predicate.last(), &mut nouns);
        }
        // `Sen. Ann Reyes (R-Okla.)`, `Ann Reyes of Oklahoma`: her state
        // and party.
        about.extend(tag_after_name(&text[last.end..]));
        let described = !roles.is_empty() || age.is_some() || noun_phrase_said;
        let full_name = name_words.len() >= 2;
        let person = if full_name {
            described || coref::given_name_gender(&name).is_some()
        } else {
            name_start > start || self.surname_of_known(&name)
        };
        if !person {
            return None;
        }
        let age = age.or_else(|| about.iter().find_map(|w| age_of(w)));
        let title_gender = ws[start..name_start]
            .iter()
            .find_map(|w| match w.lower().as_str() {
                "mr" | "sir" | "lord" => Some(Gender::Male),
                "mrs" | "ms" | "miss" | "lady" => Some(Gender::Female),
                _ => None,
            });
        let role_gender = roles.iter().find_map(|r| {
            if FEMALE_PERSON_NOUNS.contains(&r.as_str()) {
                Some(Gender::Female)
            } else if MALE_PERSON_NOUNS.contains(&r.as_str()) {
                Some(Gender::Male)
            } else {
                None
            }
        });
        Some(Profile {
            gender: coref::given_name_gender(&name)
                .or(title_gender)
                .or(role_gender),
            name,
            mentions: Vec::new(),
            roles,
            about,
            nouns,
            age,
            listed_post: None,
        })
    }

    /// Adds a mention: to the person already in the table with that name,
    /// or whose full name holds it as a word (`Montoya` after `Eliécer
    /// Montoya Gaviria`), else as a new person.
    fn add(&mut self, mut profile: Profile, at: usize, block: usize) {
        let same = |p: &Profile| p.name == profile.name;
        // `Van Houten` after `Adrian P. van Houten`; `Montoya` after
        // `Eliécer Montoya Gaviria`.
        let tail = format!(" {}", profile.name.to_lowercase());
        let holds = |p: &Profile| {
            p.name.to_lowercase().ends_with(&tail)
                || (!profile.name.contains(' ')
                    && p.name.split_whitespace().skip(1).any(|w| w == profile.name))
        };
        let found = match self.profiles.iter().position(same) {
            Some(k) => Some(k),
            None => {
                let mut holding = (0..self.profiles.len()).filter(|&k| holds(&self.profiles[k]));
                match (holding.next(), holding.next()) {
                    (Some(k), None) => Some(k),
                    _ => None,
                }
            }
        };
        match found {
            Some(k) => {
                let p = &mut self.profiles[k];
                p.mentions.push((at, block));
                p.roles.append(&mut profile.roles);
                p.about.append(&mut profile.about);
                p.nouns.append(&mut profile.nouns);
                p.age = p.age.or(profile.age);
                p.gender = p.gender.or(profile.gender);
            }
            None => {
                profile.mentions.push((at, block));
                self.profiles.push(profile);
            }
        }
    }
}

/// `Registrar of Voters Dwayne Harkavy`, `Chief Minister of Rakhine
/// State U Hla Thein Aung`: the capitalised office words right before an
/// `of` or `for` that the run at `start` follows, so the run is the
/// office's department and then the name. (`the Director-General of the
/// PNH, Jean-Gardy Dorvilus` is an apposition: the comma keeps it out.)
fn office_before_department(ws: &[Word<'_>], start: usize) -> Option<Range<usize>> {
    let link = ws.get(start.checked_sub(1)?)?;
    if !link.is(OFFICE_LINK_WORDS) || !link.after.trim().is_empty() || start < 2 {
        return None;
    }
    let mut first = start - 1;
    while first > 0 {
        let w = &ws[first - 1];
        let joined = w.after.trim().is_empty() || (w.is(TITLES) && w.after.trim() == ".");
        if !joined || !w.is_capitalised() || !(is_role_word(w) || w.is(TITLES)) {
            break;
        }
        first -= 1;
    }
    (first < start - 1).then_some(first..start - 1)
}

/// Where the name begins in a department and a name (`Voters Dwayne
/// Harkavy`): at the first word a known given name opens, else at the
/// last two words; `None` when no word is left for the department.
fn name_after_department(text: &str, ws: &[Word<'_>], run: Range<usize>) -> Option<usize> {
    let end = ws[run.end - 1].end;
    let given = (run.start + 1..run.end.saturating_sub(1))
        .find(|&k| coref::given_name_gender(&text[ws[k].start..end]).is_some());
    let start = given.unwrap_or(run.end.saturating_sub(2));
    (start > run.start).then_some(start)
}

/// Where the name starts in the capitalised words `run`: after the last
/// role word, title or demonym (`Homeland Security Secretary Ana P.
/// Vell`), or at the run's start. No word from there on is a role word.
fn name_start_after_title(ws: &[Word<'_>], run: Range<usize>) -> usize {
    let start = run.start;
    run.rev()
        .find(|&k| is_role_word(&ws[k]) || ws[k].is_any(&[TITLES, DEMONYMS]))
        .map_or(start, |k| k + 1)
}

/// Copulas that give the subject the noun phrase after them (`Jo Lin
/// is the registrar`, `..., who was a Navy pilot,`).
const PREDICATE_COPULAS: &[&str] = &["is", "was", "became", "remains"];

/// How many words may stand between a name that opens its sentence and
/// the `as` of a predicate (`Jo Lin woke up on Tuesday as the premier`).
const MAX_WORDS_TO_AS: usize = 8;

/// The noun phrase a predicate says the named person is, from the name's
/// last word on (`name`): after a copula right after the name or after
/// `, who` (`Jo Lin is the registrar`, `Jo Lin, who was the mayor,`),
/// or, when the name opens its sentence, after an `as` in the same
/// clause (`Jo Lin woke up on Tuesday as the first Saskatchewan premier
/// in ...`): a determiner, up to four describing words and a word, then
/// punctuation or a preposition. Whether that word is a noun for one
/// person is the caller's to ask (`as the minister arrived` is a clause
/// of its own). No other name or comma may stand between the name and
/// `as`: the phrase may be another's.
fn predicate_noun_phrase<'w, 'a>(
    name: &'w [Word<'a>],
    opens_sentence: bool,
) -> Option<&'w [Word<'a>]> {
    let [last, rest @ ..] = name else {
        return None;
    };
    let open = if last.after.trim().is_empty() && rest.first()?.is(PREDICATE_COPULAS) {
        1
    } else if last.after.trim() == ","
        && rest.first()?.is(&["who"])
        && rest.get(1)?.is(PREDICATE_COPULAS)
        && rest[0].after.trim().is_empty()
    {
        2
    } else if opens_sentence && last.after.trim().is_empty() {
        let before_as = rest
            .iter()
            .take(MAX_WORDS_TO_AS + 1)
            .position(|w| w.is(&["as"]))?;
        let between = &rest[..before_as];
        let plain = between.iter().all(|w| {
            w.after.trim().is_empty()
                && (!w.is_capitalised() || w.is_any(&[WEEKDAY_NAMES, MONTH_NAMES]))
                && !w.is(SPEECH_VERBS)
        });
        if !plain {
            return None;
        }
        before_as + 1
    } else {
        return None;
    };
    let phrase = rest.get(open..)?;
    if !phrase.first()?.is(&["the", "a", "an"]) || !rest[open - 1].after.trim().is_empty() {
        return None;
    }
    // The noun ends the phrase: punctuation or a preposition follows it.
    let ends_at = |k: usize| {
        !phrase[k].after.trim().is_empty() || phrase.get(k + 1).is_none_or(|n| n.is(PREPOSITIONS))
    };
    let noun = (1..phrase.len().min(6)).find(|&k| ends_at(k))?;
    let clause = phrase[1..noun]
        .iter()
        .any(|w| w.is_any(&[PREPOSITIONS, AUXILIARIES, CONJUNCTIONS, SPEECH_VERBS]));
    (!clause).then(|| &phrase[1..=noun])
}

/// Role words and the words said of a person, from words before a name.
fn push_roles(ws: &[Word<'_>], roles: &mut Vec<String>, about: &mut Vec<String>) {
    for (k, w) in ws.iter().enumerate() {
        about.push(bare(w.text));
        // `Lt. Gov.`, `Deputy Foreign Minister`: no governor, no (foreign)
        // minister; only the office with its rank (`lt gov`).
        let subordinate = ws[..k].iter().any(|r| r.is(SUBORDINATE_RANK_WORDS));
        let own_office = k > 0 && ws[k - 1].is(OWN_OFFICE_QUALIFIERS);
        if is_role_word(w) {
            if !subordinate && !own_office {
                roles.push(w.lower());
            }
            if let Some(before) = k.checked_sub(1).map(|b| &ws[b])
                && (!subordinate || before.is(SUBORDINATE_RANK_WORDS))
            {
                roles.push(format!("{} {}", before.lower(), w.lower()));
            }
        }
    }
}

/// An apposition (`a 62-year-old former general`, `the wife of boat
/// captain Ernesto Dalisay`): its roles and what it tells of the person
/// are the words before what qualifies its head (`wife`, not the
/// captain; `envoy for Syria` is no Syrian).
fn push_apposition(ws: &[Word<'_>], roles: &mut Vec<String>, about: &mut Vec<String>) {
    let head_end = ws.iter().position(is_qualifier).unwrap_or(ws.len());
    push_roles(&ws[..head_end], roles, about);
}

/// A word that opens what qualifies a noun (`of`, `for`, `who`): the
/// noun phrase's head is before it.
fn is_qualifier(w: &Word<'_>) -> bool {
    (w.is(PREPOSITIONS) && !w.is(&["the", "a", "an"])) || w.is(&["who", "which", "whose", "that"])
}

impl Reader<'_> {
    /// `the nuncio said`: the one person the entity table holds, named
    /// before `at`, whom the descriptor fits; see the module's comment.
    /// `subject`: the phrase is the subject of its clause (not `According
    /// to the deputy, the Commission said`), so it may stand for the
    /// person the paragraph is about.
    pub(super) fn person_by_descriptor(
        &self,
        phrase: &str,
        at: usize,
        subject: bool,
    ) -> Option<Entity> {
        // (`the MP`, `the MLA`: the word lists know the noun, and the
        // rules for a noun decide, an unnamed `senior Labor MP` too.)
        // An age that is a kind of its own (`the 58-year-old`) is first
        // the person introduced or quoted last (`person_by_kind`), and
        // comes back here through `person_by_age` only when that finds
        // no one.
        let age_follows = super::resolve::person_kind(phrase).is_none();
        self.person_by_described_noun(phrase, at, subject, age_follows)
            .or_else(|| {
                let acronym =
                    office_acronym(phrase).filter(|_| Descriptor::parse(phrase).is_none())?;
                self.person_by_office_acronym(acronym, at)
            })
    }

    /// [`Self::person_by_descriptor`] for a description ending in a noun
    /// (`the nuncio`, `the 62-year-old diplomat`, `the MP`).
    ///
    /// `age_follows`: a description whose age the article gave no one
    /// (`the 41-year-old magistrate`) may stand for the person the
    /// paragraph follows, as a described noun does.
    fn person_by_described_noun(
        &self,
        phrase: &str,
        at: usize,
        subject: bool,
        age_follows: bool,
    ) -> Option<Entity> {
        let descriptor = Descriptor::parse(phrase).or_else(|| Descriptor::parse_open(phrase))?;
        if (self.discourse.unnamed_offices.iter()).any(|u| u.office == descriptor.head) {
            // An unnamed holder of that office spoke since: them.
            return None;
        }
        let mut fitting: Vec<(&Profile, (usize, usize))> = (self.entity_table.profiles.iter())
            .filter_map(|p| {
                let last = p.mentions.iter().rev().find(|(m, _)| *m < at)?;
                Some((p, *last))
            })
            .filter(|(p, _)| self.fits(&descriptor, p) && !self.contradicts(&descriptor, p))
            .collect();
        fitting.sort_by_key(|(_, (m, _))| std::cmp::Reverse(*m));
        // `the Oklahoma Republican`: of two senators, the one the article
        // placed there (`R-Okla.`) is meant.
        let said = places_of(&descriptor.modifiers);
        let placed = |p: &Profile| {
            let known = places_of(&p.about);
            said.iter().all(|place| known.contains(place))
        };
        if !said.is_empty() && fitting.iter().filter(|(p, _)| placed(p)).count() == 1 {
            fitting.retain(|(p, _)| placed(p));
        }
        // A noun no word list knows names only the one person the article
        // called by it (no recency decides between two).
        if descriptor.open && fitting.len() > 1 {
            return None;
        }
        // A noun no word list knows (`the retired pipefitter`) is said of
        // the person the paragraph follows only when it is shaped as a
        // noun for a person (`-er`, `-ist`, `-ian`...): `the statement`,
        // `the battalion` are no one's description. An age (`the
        // 58-year-old`, `the 41-year-old magistrate`) is said only of a
        // person: when the article gave no one that age, it adds to what
        // the writer says of the person it is following, as any
        // description does.
        let open_person = !descriptor.open
            || age_follows && descriptor.age.is_some()
            || agentive_person_noun(&descriptor.head);
        if fitting.is_empty()
            && open_person
            && let Some(only) = (self.only_person_called(&descriptor, at))
                .or_else(|| self.only_person_aged(&descriptor, at))
                .or_else(|| {
                    subject
                        .then(|| self.person_the_paragraph_follows(&descriptor, at))
                        .flatten()
                })
        {
            fitting.push(only);
        }
        if descriptor
            .age
            .zip(self.article.body.get(..at))
            .is_some_and(|(age, before)| age_given_unnamed(before, age))
        {
            return None;
        }
        let (chosen, (last, block)) = *fitting.first()?;
        if let Some((_, (_, runner_up))) = fitting.get(1) {
            // `the woman`: only one person of that sex may be in reach.
            if descriptor.sex_only() || block < runner_up + CLEAR_LEAD_BLOCKS {
                return None;
            }
        }
        if descriptor.sex_only()
            && (self.entity_table.profiles.iter())
                .any(|p| p.gender.is_none() && p.mentions.iter().any(|(m, _)| *m < at))
        {
            return None;
        }
        if self.described_unnamed_between(&descriptor, last, at)
            || self.someone_else_since(&descriptor, chosen, last, at)
        {
            return None;
        }
        let subject = Subject {
            phrase: &chosen.name,
            name: Some(&chosen.name),
            ..Subject::default()
        };
        self.resolve(&subject, at)
            .filter(|e| e.person && !self.speaks_for_another(&descriptor, e))
    }

    /// `Navy spokesman Ivo Tam told reporters ... The 38-year-old captain
    /// added that ...`: an age, when neither the person introduced nor
    /// the one quoted last is a person it can stand for (no one, a place,
    /// an outlet), is the one person the paragraph (or, for a quote that
    /// opens it, the paragraph before) names, as for any description
    /// ([`Self::person_the_paragraph_follows`]).
    pub(super) fn person_by_age(&self, phrase: &str, at: usize, subject: bool) -> Option<Entity> {
        let descriptor = Descriptor::parse(phrase).or_else(|| Descriptor::parse_open(phrase))?;
        descriptor.age?;
        self.person_by_described_noun(phrase, at, subject, true)
    }

    /// `the IG says`, `The CJ says`: an office written by its initials
    /// stands for the one person named before `at` whose title, or the
    /// post an actor file lists them under, has those initials
    /// (`Inspector-General of Police Japheth Ndirangu`, `Chief Justice
    /// Beatrice Gitau`). Not when the capitals are a body's (an actor of
    /// that name, or a name the article gives them in brackets, `the
    /// Democratic Alliance (DA)`); two people who fit: no one.
    fn person_by_office_acronym(&self, acronym: String, at: usize) -> Option<Entity> {
        let written = acronym.to_ascii_uppercase();
        let body = &self.article.body;
        if self.registry.actor_named(&written).is_some()
            || body.contains(&format!("({written})"))
            || body.contains(&format!("({written}s)"))
        {
            return None;
        }
        let holds = |p: &Profile| {
            if !p.mentions.iter().any(|(m, _)| *m < at) {
                return false;
            }
            // The listed post's words are split only for a person met
            // before, not for every profile of the article.
            let listed: Vec<String> = (p.listed_post.iter())
                .flat_map(|post| post.split_whitespace().map(bare))
                .collect();
            initials_spell(&p.about, &acronym) || initials_spell(&listed, &acronym)
        };
        let fitting = self.entity_table.profiles.iter().filter(|p| holds(p));
        self.sole_fitting_person(fitting, at)
    }

    /// `the interior minister said`, when the noun fits no one the table
    /// gave it as a role: the one person named before `at` whom the
    /// article's own words next to the name called by the noun (`Quintino
    /// Djassi, the interior minister,`) and whom no word of the
    /// descriptor contradicts. Two such people: no one.
    fn only_person_called(
        &self,
        descriptor: &Descriptor,
        at: usize,
    ) -> Option<(&Profile, (usize, usize))> {
        let mut called = (self.entity_table.profiles.iter()).filter_map(|p| {
            let last = p.mentions.iter().rev().find(|(m, _)| *m < at)?;
            (p.nouns.contains(&descriptor.head) && !self.contradicts(descriptor, p))
                .then_some((p, *last))
        });
        let only = called.next()?;
        called.next().is_none().then_some(only)
    }

    /// `The 66-year-old Republican said`, when the noun fits no one the
    /// table gave it to: an age is said only of someone the writer is
    /// already following, so the description adds to what the article
    /// said of the one person it named before `at` (`Gov. Harlan DuPre`),
    /// unless its age, place, party or sex rules them out. Two people
    /// named: no one (the article may be adding to either).
    fn only_person_aged(
        &self,
        descriptor: &Descriptor,
        at: usize,
    ) -> Option<(&Profile, (usize, usize))> {
        descriptor.age?;
        let mut named = (self.entity_table.profiles.iter()).filter_map(|p| {
            let last = p.mentions.iter().rev().find(|(m, _)| *m < at)?;
            Some((p, *last))
        });
        let (only, last) = named.next()?;
        if named.next().is_some() || self.contradicts(descriptor, only) {
            return None;
        }
        Some((only, last))
    }

    /// `Stoltzfus, a five-term Republican, said he was drafting a bill.
    /// "...," the Pennsylvania-born lawmaker said.`, when the noun fits no
    /// one the table gave it to: a definite description that introduces
    /// no one new adds to what the writer says of the person the
    /// paragraph is about. That is the one person the paragraph names
    /// before `at`, or, when it names no one and the description's
    /// sentence opens it, the one person the paragraph before names.
    /// Anyone else named there (in the table or not), a description the
    /// person's own words rule out, or a post an actor file lists them
    /// under that the noun does not cover, or a noun made for one sex and
    /// a person whose sex the article has not told (`the spokeswoman`
    /// for `Halvard Reyes-Stone, a colonel and spokesman`): no one.
    fn person_the_paragraph_follows(
        &self,
        descriptor: &Descriptor,
        at: usize,
    ) -> Option<(&Profile, (usize, usize))> {
        let paragraph = self.discourse.paragraph.clone();
        // (`the other diplomat` is someone else; a party word is the
        // party's member, whom `person_kind` reads.)
        if descriptor.sex_only()
            || PARTY_MEMBER_NOUNS.contains(&descriptor.head.as_str())
            || (descriptor.modifiers.iter()).any(|m| OTHER_PERSON_WORDS.contains(&m.as_str()))
            || !paragraph.contains(&at)
        {
            return None;
        }
        // `**Dr Ann Vell:** ... The minister told me, "..."`: in an answer
        // the one the paragraph names is who tells of the minister.
        if speaker::answer_label(self.article.body.get(paragraph.clone())?).is_some() {
            return None;
        }
        let here = self.discourse.block;
        let named_in = |block: usize, before: usize| {
            (self.entity_table.profiles.iter())
                .filter_map(|p| {
                    let last =
                        (p.mentions.iter().rev()).find(|&&(m, b)| b == block && m < before)?;
                    Some((p, *last))
                })
                .collect::<Vec<_>>()
        };
        let mut named = named_in(here, at);
        let stretch = if named.is_empty() {
            // Only the frame of a quote that opens the paragraph goes on
            // with the one before (`At the hospital, the director said`
            // sets a new scene).
            let opens_with_quote = (self.article.body.get(paragraph.clone()))
                .is_some_and(|t| t.trim_start().starts_with(['"', '“']));
            if !opens_with_quote || !self.opens_paragraph(at) {
                return None;
            }
            let previous = here.checked_sub(1)?;
            named = named_in(previous, at);
            let start = named.first()?.1.0;
            start..at
        } else {
            self.discourse.paragraph.start..at
        };
        let [(only, last)] = named.as_slice() else {
            return None;
        };
        // `When Ms. Tosk arrived, the speaker laughed`: a name in the
        // description's own sentence is someone else.
        if !self.sentence_ends_between(last.0, at)
            || self.contradicts(descriptor, only)
            || sex_of_noun(descriptor).is_some_and(|sex| self.gender_of_profile(only) != Some(sex))
            || self.listed_as_another(descriptor, &only.name)
            || self.noun_said_in(descriptor, only, stretch.clone())
            || self.other_person_named(&only.name, stretch)
        {
            return None;
        }
        Some((only, *last))
    }

    /// Whether the descriptor's noun (or a noun it covers) stands in
    /// `range` of the body: the table did not give it to the person
    /// named there, so it described someone else (`the prime minister's
    /// official spokesman was asked whether Mr Harrowby had quit. "...,"
    /// the spokesman said`).
    /// The noun right before the person's name or in the words after it
    /// (`Military expert Col. Ivo Tam`, `Ivo Tam, the expert,`) is
    /// theirs, though the table did not read it.
    fn noun_said_in(&self, descriptor: &Descriptor, person: &Profile, range: Range<usize>) -> bool {
        let base = range.start;
        let text = self.article.body.get(range).unwrap_or_default();
        let body = &self.article.body;
        let theirs = |w: &Word<'_>| {
            let (start, end) = (base + w.start, base + w.end);
            (person.mentions.iter()).any(|&(m, _)| {
                if end <= m {
                    m - end <= NOUN_NEAR_NAME && body.get(end..m).is_some_and(only_title_words)
                } else {
                    start > m
                        && start - m <= NOUN_NEAR_NAME
                        && body.get(m..start).is_some_and(|between| {
                            between.contains(',') || only_title_words(between)
                        })
                        && !text::words(body.get(m..start).unwrap_or_default())
                            .iter()
                            .any(|b| b.is(AUXILIARIES) || b.is(SPEECH_VERBS))
                }
            })
        };
        words(text)
            .iter()
            .any(|w| covers(&descriptor.head, &bare(w.text)) && !theirs(w))
    }

    /// Whether a sentence ends, outside the paragraph's quotes, between
    /// `from` and `at` (a paragraph's end is one).
    fn sentence_ends_between(&self, from: usize, at: usize) -> bool {
        if !self.discourse.paragraph.contains(&from) {
            return true;
        }
        let quotes = &self.discourse.paragraph_quotes;
        let Some(between) = self.article.body.get(from..at) else {
            return false;
        };
        text::sentence_ends(between)
            .iter()
            .any(|&end| !quotes.iter().any(|q| q.contains(&(from + end - 1))))
    }

    /// Whether the paragraph holding `at` has no sentence end outside its
    /// quotes before `at`: the words there open it.
    fn opens_paragraph(&self, at: usize) -> bool {
        self.sentence_starts_before(at)
            .is_some_and(|starts| starts.len() == 1)
    }

    /// Whether `range` of the body names, outside the paragraph's quotes,
    /// anyone who is not `name` (a full name from a known given name, a
    /// titled surname, or the surname of someone attributed before).
    fn other_person_named(&self, name: &str, range: Range<usize>) -> bool {
        let Some(text) = self.article.body.get(range.clone()) else {
            return true;
        };
        let known: Vec<&str> = (self.discourse.known.iter())
            .chain(&self.discourse.people)
            .map(|e| e.name.as_str())
            .collect();
        let quotes = &self.discourse.paragraph_quotes;
        let named = coref::people_named(text, range.start, quotes, &known)
            .iter()
            .any(|n| !one_of_names(&n.name, name) && !one_of_names(name, &n.name));
        named || self.unknown_name_in(text, range.start, name)
    }

    /// `Jonah Alder`: two capitalised words in a row, outside quotes and
    /// not opening a sentence, that are no part of `name`, hold no word
    /// of a body and name no actor: someone the table did not take in.
    pub(super) fn unknown_name_in(&self, text: &str, base: usize, name: &str) -> bool {
        let quotes = &self.discourse.paragraph_quotes;
        let ws = words(text);
        ws.windows(3).any(|w| {
            let pair = &w[1..];
            let run = &text[pair[0].start..pair[1].end];
            !w[0].after.contains(['.', '!', '?', '"', '“', '”'])
                && w[0].after.trim().is_empty()
                && pair[0].after.trim().is_empty()
                && pair.iter().all(Word::is_capitalised)
                && !pair
                    .iter()
                    .any(|p| p.is(ORGANISATION_WORDS) || p.is(TITLES))
                && !quotes.iter().any(|q| q.contains(&(base + pair[0].start)))
                && !name.contains(pair[0].text)
                && !name.contains(pair[1].text)
                && self.registry.actor_named(run).is_none()
        })
    }

    /// Whether the article named, from `from` until `at`, a person whom
    /// `the <noun>` may mean (`Jo Lin, the company's spokesman`): then an
    /// unnamed source described before is not surely who it points at.
    pub(super) fn named_as_since(&self, noun: &str, from: usize, at: usize) -> bool {
        let Some(descriptor) = Descriptor::parse(&format!("the {noun}")) else {
            return false;
        };
        (self.entity_table.profiles.iter()).any(|p| {
            p.mentions.iter().any(|(m, _)| (from..at).contains(m)) && self.fits(&descriptor, p)
        })
    }

    /// `a spokesperson for the governor`: the one person the article,
    /// before `at`, named whom the descriptor fits, read once the article
    /// is over (the reading state then tells nothing of who was in
    /// reach). Two who fit: no one.
    pub(super) fn only_person_described(&self, phrase: &str, at: usize) -> Option<Entity> {
        let descriptor = Descriptor::parse(phrase)?;
        if descriptor.sex_only() {
            return None;
        }
        let fitting = (self.entity_table.profiles.iter()).filter(|p| {
            p.mentions.iter().any(|(m, _)| *m < at)
                && self.fits(&descriptor, p)
                && !self.contradicts(&descriptor, p)
        });
        self.sole_fitting_person(fitting, at)
    }

    /// The one profile of `fitting`, resolved as the person it is;
    /// nobody when none fits or several do.
    fn sole_fitting_person<'p>(
        &self,
        mut fitting: impl Iterator<Item = &'p Profile>,
        at: usize,
    ) -> Option<Entity> {
        let chosen = fitting.next()?;
        if fitting.next().is_some() {
            return None;
        }
        let subject = Subject {
            phrase: &chosen.name,
            name: Some(&chosen.name),
            ..Subject::default()
        };
        self.resolve(&subject, at).filter(|e| e.person)
    }

    /// `the Green lawmaker` is no one who speaks for the Blues (a party
    /// word only rules out members of another party: `the Blue governor`
    /// speaks for the state).
    fn speaks_for_another(&self, descriptor: &Descriptor, person: &Entity) -> bool {
        let party = |a: usize| self.registry.is_party(a);
        let Some(actor) =
            (person.actor.as_deref()).filter(|id| self.registry.actor_by_id(id).is_some_and(party))
        else {
            return false;
        };
        let said: Vec<&str> = (descriptor.modifiers.iter())
            .filter_map(|w| self.registry.actor_named(w))
            .filter(|&a| party(a))
            .map(|a| self.registry.actor_id(a))
            .collect();
        !said.is_empty() && !said.contains(&actor)
    }

    /// Whether a person another rule found for `phrase` is one the
    /// descriptor cannot mean: the entity table says otherwise of their
    /// age, nationality or sex, or someone unnamed was described with
    /// the noun since. (A role the table lacks is no contradiction here:
    /// `the diplomat` may be a ministry's spokeswoman.)
    pub(super) fn descriptor_contradicts(&self, phrase: &str, person: &Entity, at: usize) -> bool {
        let Some(descriptor) = Descriptor::parse(phrase) else {
            return false;
        };
        let profile =
            (self.entity_table.profiles.iter()).find(|p| same_name(&p.name, &person.name));
        profile.is_some_and(|p| {
            let last = p.mentions.iter().rev().find(|(m, _)| *m < at);
            self.contradicts_in_words(&descriptor, p)
                || self.place_unsupported(&descriptor, p, person.actor.as_deref())
                || self.speaks_for_another(&descriptor, person)
                || last.is_some_and(|&(m, _)| self.described_unnamed_between(&descriptor, m, at))
        })
    }

    /// The descriptor's noun covers one of the person's roles (`the
    /// woman`: the person is a woman).
    fn fits(&self, descriptor: &Descriptor, profile: &Profile) -> bool {
        if descriptor.open {
            return called(descriptor, profile);
        }
        if descriptor.sex_only() {
            return self.gender_of_profile(profile) == descriptor.gender();
        }
        if PARTY_MEMBER_NOUNS.contains(&descriptor.head.as_str()) {
            // `the Oklahoma Republican`: one the article gave that party.
            let party = party_letter(&descriptor.head);
            return (profile.about.iter())
                .any(|w| *w == descriptor.head || party.is_some() && party_letter(w) == party);
        }
        let said = match &descriptor.two_words {
            Some(pair) => profile.roles.contains(pair),
            None => profile.roles.iter().any(|r| covers(&descriptor.head, r)),
        };
        said || (profile.listed_post.as_deref()).is_some_and(|post| match &descriptor.two_words {
            Some(pair) => post.contains(pair.as_str()),
            None => role_names_office(&descriptor.head, post),
        })
    }

    /// Whether an actor file lists the person under a post the
    /// descriptor's office noun does not cover (`the MEP` is not the
    /// company's `Chief Executive Officer`), the way
    /// [`known_as_another`] reads the article's own words.
    fn listed_as_another(&self, descriptor: &Descriptor, name: &str) -> bool {
        let office =
            !descriptor.sex_only() && !PARTY_MEMBER_NOUNS.contains(&descriptor.head.as_str());
        office
            && (self.registry.person(name))
                .and_then(|p| p.role.as_deref())
                .is_some_and(|post| !role_names_office(&descriptor.head, &post.to_lowercase()))
    }

    fn gender_of_profile(&self, profile: &Profile) -> Option<Gender> {
        profile.gender.or_else(|| self.gender_of(&profile.name))
    }

    /// Whether what the descriptor says contradicts what the article said
    /// of the person: another age, another country or party, the other
    /// sex.
    fn contradicts(&self, descriptor: &Descriptor, profile: &Profile) -> bool {
        if self.contradicts_in_words(descriptor, profile)
            || self.place_unsupported(descriptor, profile, None)
        {
            return true;
        }
        // An actor the registry knows by the words: `the Philippine
        // representative` is not China's ambassador.
        let actors = |ws: &[String]| -> Vec<usize> {
            ws.iter()
                .filter_map(|w| self.registry.actor_named(w))
                .collect()
        };
        let said = actors(&descriptor.modifiers);
        let mut known = actors(&profile.about);
        if let Some(listed) = self.registry.person(&profile.name) {
            known.extend(self.registry.actor_by_id(&listed.actor));
        }
        !said.is_empty() && !known.is_empty() && !said.iter().any(|a| known.contains(a))
    }

    /// The age, sex and nationality the descriptor's words give differ
    /// from what the article said of the person.
    fn contradicts_in_words(&self, descriptor: &Descriptor, profile: &Profile) -> bool {
        if let (Some(a), Some(b)) = (descriptor.age, profile.age)
            && a != b
        {
            return true;
        }
        if rank_unsaid(descriptor, profile) || owner_unsaid(descriptor, profile) {
            return true;
        }
        if let (Some(a), Some(b)) = (descriptor.gender(), self.gender_of_profile(profile))
            && a != b
        {
            return true;
        }
        // `the Republican` is no one the article tagged `D-`.
        let parties = |ws: &mut dyn Iterator<Item = &String>| -> Vec<&'static str> {
            ws.filter_map(|w| party_letter(w)).collect()
        };
        let said = parties(&mut descriptor.modifiers.iter().chain([&descriptor.head]));
        let known = parties(&mut profile.about.iter());
        !said.is_empty() && !known.is_empty() && !said.iter().any(|p| known.contains(p))
    }

    /// A place the descriptor gives (`the Zimbabwean diplomat`, `the
    /// Oklahoma Republican`) that the article does not give the person:
    /// another place of the same kind next to their name (`R-La.`,
    /// `Iran's`), or, with no place next to it, an actor (`actor`, else
    /// the registry's) that sits under another state's government (a
    /// Congolese minister is no Zimbabwean). A person of no state's
    /// actor may be of any nationality: a Finnish diplomat at the UN.
    fn place_unsupported(
        &self,
        descriptor: &Descriptor,
        profile: &Profile,
        actor: Option<&str>,
    ) -> bool {
        let said = places_of(&descriptor.modifiers);
        if said.is_empty() {
            return false;
        }
        let known = places_of(&profile.about);
        let actor = (actor.and_then(|id| self.registry.actor_by_id(id))).or_else(|| {
            (self.registry.person(&profile.name)).and_then(|p| self.registry.actor_by_id(&p.actor))
        });
        // The states and governments the actor is or sits under.
        let governments: Vec<usize> = std::iter::successors(actor, |&a| self.registry.parent(a))
            .take(8)
            .filter(|&a| self.registry.is_of_kind(a, STATE_KINDS))
            .collect();
        // (`Italian-born` tells where they were born, not whom they serve:
        // the Holy See's nuncio.)
        let born = places_of(
            &(descriptor.modifiers.iter())
                .filter(|w| w.ends_with("-born"))
                .cloned()
                .collect::<Vec<_>>(),
        );
        let of_place = |place: &Place| {
            let (Place::Country(name) | Place::State(name)) = *place;
            governments.is_empty()
                || born.contains(place)
                || (self.registry.state_of_country(name)).is_some_and(|s| governments.contains(&s))
        };
        said.iter().any(|place| {
            let same_kind: Vec<&Place> = (known.iter())
                .filter(|k| std::mem::discriminant(*k) == std::mem::discriminant(place))
                .collect();
            if same_kind.is_empty() {
                !of_place(place)
            } else {
                !same_kind.contains(&place)
            }
        })
    }

    /// `A senior manager, who asked not to be named, ... the manager
    /// said`, `Vietnam's Foreign Minister, who attended, ... the minister
    /// said`: the article described someone unnamed with the noun after
    /// the person it named last (after `a`, a possessive, or as a title
    /// with no name after it), so the descriptor may be them.
    fn described_unnamed_between(&self, descriptor: &Descriptor, from: usize, at: usize) -> bool {
        let Some(text) = self.article.body.get(from..at) else {
            return false;
        };
        let ws = words(text);
        let quotes = &self.discourse.paragraph_quotes;
        // The person's own apposition (`Haddad, a spokesman for X.`) is
        // no one else: read from the next sentence on.
        let next_sentence = ws
            .iter()
            .position(|w| w.after.contains(['.', '!', '?']))
            .map_or(ws.len(), |p| p + 1);
        ws.iter()
            .enumerate()
            .skip(next_sentence.max(1))
            .any(|(k, w)| {
                let quoted = quotes.iter().any(|q| q.contains(&(from + w.start)));
                // (`foreign` of `a former foreign minister` is no noun for
                // a person, though a role may hold it.)
                if quoted || !says_noun(descriptor, w) {
                    return false;
                }
                let before = &ws[k.saturating_sub(4)..k];
                // (`A U.N. official`: the stop of an abbreviation ends no
                // noun phrase.)
                let abbreviation = |b: &Word<'_>| b.text.contains('.') && b.after.trim() == ".";
                let indefinite = before
                    .iter()
                    .rposition(|b| b.is(&["a", "an", "another", "one"]))
                    .is_some_and(|p| {
                        (before[p..].iter()).all(|b| b.after.trim().is_empty() || abbreviation(b))
                    });
                let owned = speaker::is_possessive(ws[k - 1].text);
                let untitled = w.is_capitalised()
                    && !ws
                        .get(k + 1)
                        .is_some_and(|n| n.is_capitalised() && w.after.trim().is_empty());
                indefinite || owned || untitled
            })
    }

    /// Another person the article named, or quoted, after the one chosen
    /// and close before the descriptor, whom its words do not rule out:
    /// `Rhee spoke after Mr. Tam, 78. “...,” the veteran leader said` may
    /// mean Tam, whatever he is.
    fn someone_else_since(
        &self,
        descriptor: &Descriptor,
        chosen: &Profile,
        last: usize,
        at: usize,
    ) -> bool {
        let here = self.discourse.block;
        // The article called them something the noun does not cover, and
        // gave the one chosen the noun itself.
        let ruled_out =
            |p: &Profile| holds_the_noun(descriptor, chosen) && known_as_another(descriptor, p);
        let named = self.entity_table.profiles.iter().any(|p| {
            !one_of_names(&p.name, &chosen.name)
                && p.mentions
                    .iter()
                    .any(|&(m, b)| m > last && m < at && b + 1 >= here)
                && !self.contradicts(descriptor, p)
                && !ruled_out(p)
        });
        let quoted = self.discourse.people.last().is_some_and(|p| {
            p.person
                && !same_name(&p.name, &chosen.name)
                && (self.discourse.quoted_in.iter()).any(|(n, b)| *n == p.name && b + 1 >= here)
                // (One the article told nothing of but an actor file lists
                // under another post: not who the noun means.)
                && !(holds_the_noun(descriptor, chosen)
                    && !(self.entity_table.profiles.iter()).any(|q| same_name(&q.name, &p.name))
                    && self.listed_as_another(descriptor, &p.name))
                && !(self.entity_table.profiles.iter())
                    .find(|q| same_name(&q.name, &p.name))
                    .is_some_and(|q| self.contradicts(descriptor, q) || !self.fits(descriptor, q))
        });
        named || quoted
    }
}

/// The endings of English nouns for a person who does something or is
/// something (`pipefitter`, `cardiologist`, `retiree`, `serviceman`).
const PERSON_NOUN_ENDINGS: &[&str] = &[
    "er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person",
];

/// `pipefitter`, `schoolteacher`, `cardiologist`: a lowercase noun that
/// no word list holds but whose ending makes it a person's, and that no
/// list of documents, statements, records or bodies holds (`statement`,
/// `order`, `government`, `-ment` nouns are things).
fn agentive_person_noun(head: &str) -> bool {
    let thing = [
        DOCUMENT_NOUNS,
        STATEMENT_NOUNS,
        RECORD_NOUNS,
        THING_HEAD_NOUNS,
        COLLECTIVE_NOUNS,
        NON_STATE_BODY_NOUNS,
        BODY_NAME_HEADS,
        GENERIC_BODY_NOUNS,
        ORGANISATION_WORDS,
        NOT_ONE_PERSON_NOUNS,
    ]
    .iter()
    .any(|list| list.contains(&head));
    !thing
        && !head.ends_with("ment")
        && PERSON_NOUN_ENDINGS
            .iter()
            .any(|e| head.len() > e.len() + 2 && head.ends_with(e))
}

/// `the IG`, `The CJ`, `the SDO`: `the` and two to four capitals, the
/// initials of an office (`Inspector-General`, `Chief Justice`,
/// `Sub-Divisional Officer`); the capitals, lowercase.
fn office_acronym(phrase: &str) -> Option<String> {
    let ws = words(phrase.trim());
    let [the, acronym] = ws.as_slice() else {
        return None;
    };
    let letters = acronym.text.chars().count();
    (the.is(&["the"])
        && the.after.trim().is_empty()
        && (2..=4).contains(&letters)
        && acronym.text.chars().all(|c| c.is_ascii_uppercase()))
    .then(|| acronym.text.to_ascii_lowercase())
}

/// Whether words in a row (hyphens part words) have `acronym`'s letters
/// as their initials: `inspector-general` for `ig`, `chief justice` for
/// `cj`. Words of the link (`of`, `the`) count when the acronym spells
/// them, and are skipped otherwise (`Inspector-General of Police` is
/// `IG` and `IGP`).
fn initials_spell(ws: &[String], acronym: &str) -> bool {
    let parts: Vec<&str> = (ws.iter())
        .flat_map(|w| w.split(['-', ' ']))
        .filter(|p| !p.is_empty())
        .collect();
    let letters: Vec<char> = acronym.chars().collect();
    (0..parts.len()).any(|start| {
        let mut k = 0;
        for part in &parts[start..] {
            if k == letters.len() {
                break;
            }
            if part.starts_with(letters[k]) {
                k += 1;
            } else if k > 0 && ["of", "the", "for"].contains(part) {
                continue;
            } else {
                break;
            }
        }
        k == letters.len()
    })
}

/// Words before a descriptor's noun that say it is not the person
/// followed so far (`the other diplomat`, `the second officer`).
const OTHER_PERSON_WORDS: &[&str] = &["other", "another", "second", "third", "latter"];

/// The sex a descriptor's noun is made for: `spokeswoman`,
/// `chairman`, or a noun of the gendered lists (`the mother`).
fn sex_of_noun(descriptor: &Descriptor) -> Option<Gender> {
    let head = descriptor.head.as_str();
    descriptor.gender().or(if head.ends_with("woman") {
        Some(Gender::Female)
    } else if head.ends_with("man") && head.len() > 3 {
        Some(Gender::Male)
    } else {
        None
    })
}

/// `Colonel (ret.) `: the words between a title and the name it comes
/// before, every one capitalised outside brackets.
fn only_title_words(between: &str) -> bool {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in between.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    words(&outside).iter().all(Word::is_capitalised)
}

/// Two forms of one person's name (`Ana Vell`, `Vell`).
fn same_name(a: &str, b: &str) -> bool {
    a == b || a.split_whitespace().last() == b.split_whitespace().last()
}

/// `Lin` after `Lin Jiaqi`, `Vell` after `Ana Vell`: a name of one word
/// that is a word of the other name is the same person written short
/// (the table keeps a surname written first, `Lin`, apart).
fn one_of_names(short: &str, full: &str) -> bool {
    short == full
        || same_name(short, full)
        || (!short.contains(' ') && full.split_whitespace().any(|w| w == short))
}

/// Whether the article gave the person the descriptor's own noun (`the
/// nuncio` for `Apostolic Nuncio Piergiorgio Vannucci`, `the judge` for
/// `Magistrate Judge X`), not only a member of its class (`the minister`
/// for a department's `Secretary`): then what the article told of others
/// may rule them out ([`known_as_another`]).
fn holds_the_noun(descriptor: &Descriptor, profile: &Profile) -> bool {
    if descriptor.open {
        return called(descriptor, profile);
    }
    match &descriptor.two_words {
        Some(pair) => profile.roles.contains(pair),
        None => profile.roles.contains(&descriptor.head),
    }
}

/// Whether the table tells what a person is, and the descriptor's noun
/// covers none of it: `the nuncio` is not the agronomist named since,
/// `the spokesperson` not the minister. A party word (`the Republican`)
/// or a sex (`the woman`) is said of people whatever their office, so it
/// rules no one out this way; nor does a table that gave them no role,
/// or one whose words name the noun under a rank (`Deputy Foreign
/// Minister`, whose roles keep only the rank).
fn known_as_another(descriptor: &Descriptor, profile: &Profile) -> bool {
    let office = !descriptor.sex_only() && !PARTY_MEMBER_NOUNS.contains(&descriptor.head.as_str());
    office
        && !profile.roles.is_empty()
        && !(profile.roles.iter().chain(&profile.about)).any(|r| covers(&descriptor.head, r))
        && !called(descriptor, profile)
}

/// Whether the article called the person by an open descriptor's noun
/// next to their name (`her running mate Salim Mwashighadi` for `the
/// running mate`), or gave them the age it is (`the 29-year-old`).
fn called(descriptor: &Descriptor, profile: &Profile) -> bool {
    if descriptor.head.ends_with("-year-old") {
        return descriptor.age.is_some() && profile.age == descriptor.age;
    }
    profile.nouns.contains(&descriptor.head)
}

/// Whether a word of the text is the descriptor's noun (or, for a noun
/// the word lists know, a role the noun covers): someone described by it.
fn says_noun(descriptor: &Descriptor, w: &Word<'_>) -> bool {
    if descriptor.open {
        return w.lower() == descriptor.head;
    }
    is_role_word(w) && covers(&descriptor.head, &w.lower())
}

/// `the deputy minister`: a rank the descriptor gives (`deputy`, `vice`)
/// that the article never said of the person (`Foreign Minister X`) rules
/// them out: a deputy is another person than the office's holder. So
/// does a word that makes the office one of its own (`the prime
/// minister` is not the foreign minister). A role the files give
/// (`prime minister`) says it as the article's words do.
fn rank_unsaid(descriptor: &Descriptor, profile: &Profile) -> bool {
    let in_roles = |rank: &String| {
        (profile.roles.iter()).any(|r| r.split_whitespace().any(|w| w == rank.as_str()))
    };
    (descriptor.modifiers.iter())
        .filter(|m| {
            SUBORDINATE_RANK_WORDS.contains(&m.as_str())
                || OWN_OFFICE_QUALIFIERS.contains(&m.as_str())
        })
        .any(|rank| !profile.about.contains(rank) && !in_roles(rank))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_office_acronym_is_capitals_no_list_reads_as_a_noun() {
        // Round forty-two: `the IG` is read by its initials; `the MP` is
        // a noun the lists know, which the noun's own rules decide.
        assert_eq!(office_acronym("the IG"), Some("ig".to_string()));
        assert_eq!(office_acronym("The CJ"), Some("cj".to_string()));
        assert_eq!(office_acronym("the Ig"), None);
        assert_eq!(office_acronym("the ABCDE"), None);
        assert!(Descriptor::parse("the MP").is_some());
        assert!(Descriptor::parse("the IG").is_none());
        let said = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(initials_spell(
            &said(&["inspector-general", "of", "police"]),
            "ig"
        ));
        assert!(initials_spell(&said(&["chief", "justice"]), "cj"));
        assert!(!initials_spell(&said(&["chief", "executive"]), "cj"));
    }

    #[test]
    fn a_noun_shaped_as_a_persons_is_no_document_or_body() {
        for noun in [
            "pipefitter",
            "schoolteacher",
            "cardiologist",
            "retiree",
            "serviceman",
        ] {
            assert!(agentive_person_noun(noun), "{noun}");
        }
        for noun in [
            "statement",
            "decision",
            "battalion",
            "order",
            "government",
            "letter",
        ] {
            assert!(!agentive_person_noun(noun), "{noun}");
        }
    }

    #[test]
    fn role_classes_looked_up_as_bytes_as_before() {
        // The body before: ASCII words lowercased on the stack and checked
        // as UTF-8, others lowercased by Unicode's rules; one set of strs.
        fn old_in_role_classes(word: &str) -> bool {
            let set: FxHashSet<&str> = ROLE_CLASSES
                .iter()
                .flat_map(|(c, m)| std::iter::once(*c).chain(m.iter().copied()))
                .collect();
            set.contains(word.to_lowercase().as_str())
        }
        let mut asked = vec!["", "teapot", "Minister", "É", "ÉLU", "a".repeat(40).leak()];
        for (class, members) in ROLE_CLASSES {
            asked.push(class);
            asked.push(class.to_uppercase().leak());
            asked.extend(members.iter().copied());
        }
        for word in asked {
            assert_eq!(in_role_classes(word), old_in_role_classes(word), "{word:?}");
        }
    }

    #[test]
    fn no_name_word_after_a_title_is_a_role_word() {
        // `person_in` no longer asks `is_role_word` of the name words: the
        // check it dropped gives no for every word a name can start from.
        for text in [
            "Homeland Security Secretary Ana P. Vell",
            "Registrar of Voters Dwayne Harkavy",
            "Interior Minister Ann Reyes",
            "Texas businessman Royce Vanderploeg",
            "Former City defender and Sky Sports pundit Gary Nwosu",
            "The Bishop of Arauca Eliécer Montoya",
            "Sen. Ann Reyes",
            "Prime Minister President Doctor Nurse",
        ] {
            let ws = words(text);
            for start in 0..ws.len() {
                let name_start = name_start_after_title(&ws, start..ws.len());
                let dropped_check = ws[name_start..].iter().any(is_role_word);
                assert!(!dropped_check, "{text:?} from {start}");
            }
            // A name after a department is looked for only when no word
            // of the run is a title; it starts inside the run.
            if name_start_after_title(&ws, 0..ws.len()) == 0
                && let Some(later) = name_after_department(text, &ws, 0..ws.len())
            {
                assert!(!ws[later..].iter().any(is_role_word), "{text:?}");
            }
        }
    }

    #[test]
    fn role_classes_hold_each_class_and_member_and_nothing_else() {
        for (class, members) in ROLE_CLASSES {
            assert!(in_lowercase_role_classes(class), "{class}");
            for member in *members {
                assert!(in_lowercase_role_classes(member), "{member}");
            }
        }
        assert!(!in_lowercase_role_classes("teapot"));
        assert!(!in_lowercase_role_classes(""));
        // Lowercase only: `in_role_classes` lowercases.
        let (class, _) = ROLE_CLASSES[0];
        assert!(!in_lowercase_role_classes(&class.to_uppercase()));
    }

    #[test]
    fn a_word_is_in_the_role_classes_in_any_case() {
        let (class, members) = ROLE_CLASSES[0];
        assert!(in_role_classes(&class.to_uppercase()));
        assert!(in_role_classes(&members[0].to_uppercase()));
        assert!(!in_role_classes("Teapot"));
        // Longer than the stack buffer, and not ASCII: lowercased the slow way.
        assert!(!in_role_classes("Commissionerextraordinaryplenipotentiary"));
        assert!(!in_role_classes("Ministère"));
        assert!(!in_role_classes(""));
    }

    #[test]
    fn a_block_sees_the_quotes_that_overlap_it_and_the_one_running_into_it() {
        let quotes = [0..5, 8..20, 30..35, 40..45];
        assert_eq!(quotes_in(&quotes, &(10..32)), &[8..20, 30..35]);
        assert_eq!(quotes_in(&quotes, &(36..39)), &quotes[2..3]);
        assert_eq!(quotes_in(&quotes, &(0..3)), &quotes[..1]);
        assert!(quotes_in(&[], &(0..3)).is_empty());
    }

    fn descriptor(phrase: &str) -> Option<Descriptor> {
        Descriptor::parse(phrase)
    }

    #[test]
    fn a_descriptor_is_a_determiner_describing_words_and_a_noun_for_one_person() {
        let d = descriptor("the 58-year-old Moldovan-born diplomat").unwrap();
        assert_eq!(d.head, "diplomat");
        assert_eq!(d.age, Some(58));
        assert_eq!(d.modifiers, ["58-year-old", "moldovan-born"]);
        assert!(descriptor("The prelate").is_some());
        // Not one person, not a plain noun phrase, no determiner.
        assert!(descriptor("the ministry").is_none());
        assert!(descriptor("the diplomats").is_none());
        assert!(descriptor("the head of the mission").is_none());
        assert!(descriptor("a diplomat").is_none());
        assert!(descriptor("Ruritania's diplomat").is_none());
    }

    #[test]
    fn a_party_tag_or_of_after_a_name_gives_the_state_and_party() {
        for (rest, said) in [
            (" (R-La.) said on Tuesday", &["louisiana", "republican"][..]),
            (", R-Okla., who co-wrote", &["oklahoma", "republican"]),
            (", D-New York, said", &["new york", "democratic"]),
            (" (D-N.Y.)", &["new york", "democratic"]),
            (", I-Vt., said", &["vermont"]),
            (" of Oklahoma, was measured", &["oklahoma"]),
            (" of New Mexico said", &["new mexico"]),
        ] {
            assert_eq!(tag_after_name(rest), said, "{rest}");
        }
        // Not a tag: an apposition, an age, a body, a name with a
        // hyphen, a lowercase or longer word.
        for rest in [
            ", a Republican, said",
            ", 64, said",
            " of the Greens",
            ", Jean-Paul Okafor,",
            " of oklahoma",
            " of Iowans",
            ", Rep-Elect, said",
            "'s office",
        ] {
            assert!(tag_after_name(rest).is_empty(), "{rest}");
        }
    }

    #[test]
    fn words_give_countries_and_states_each_once() {
        let ws = |s: &str| -> Vec<String> { s.split(' ').map(String::from).collect() };
        assert_eq!(places_of(&ws("new mexico")), [Place::State("new mexico")]);
        assert_eq!(
            places_of(&ws("66-year-old zimbabwean")),
            [Place::Country("zimbabwe")]
        );
        assert_eq!(
            places_of(&ws("former iran oklahoma")),
            [Place::Country("iran"), Place::State("oklahoma")]
        );
        assert!(places_of(&ws("veteran former")).is_empty());
        assert_eq!(party_letter("GOP"), Some("R"));
        assert_eq!(party_letter("democrat"), Some("D"));
        assert_eq!(party_letter("diplomat"), None);
    }

    #[test]
    fn a_role_holds_an_office_by_its_words_or_a_member_of_its_class() {
        assert!(role_names_office("minister", "Deputy Foreign Minister"));
        assert!(role_names_office("diplomat", "Deputy Foreign Minister"));
        assert!(role_names_office(
            "diplomat",
            "Foreign Ministry spokeswoman"
        ));
        assert!(role_names_office("lawmaker", "Sen."));
        assert!(role_names_office("congressman", "Rep."));
        assert!(role_names_office("cs", "Interior Cabinet Secretary"));
        assert!(role_names_office("registrar", "Registrar of Voters"));
        assert!(!role_names_office("diplomat", "Secretary of the Treasury"));
        assert!(!role_names_office("senator", "Rep."));
        // A prime minister is no minister `the minister` means.
        assert!(!role_names_office("minister", "Prime Minister"));
        assert!(role_names_office("minister", "Minister of Foreign Affairs"));
        assert!(!role_names_office("cs", "Secretary of State"));
        // Whose office it is, after `of`, is not the office.
        // Whose office it is, after `of`, is not the office.
        let post = "Special Representative of the Secretary-General for Libya";
        assert!(!role_names_office("secretary-general", post));
        assert!(role_names_office("representative", post));
        assert!(!role_names_office(
            "president",
            "Spokesman for the President"
        ));
        // After a semicolon the post goes on: `former chief minister` is one.
        assert!(role_names_office(
            "minister",
            "Leader of the Legislature Party; former chief minister"
        ));
    }

    #[test]
    fn a_class_noun_covers_its_members_and_no_member_another() {
        assert!(covers("diplomat", "ambassador"));
        assert!(covers("prelate", "bishop"));
        assert!(covers("mla", "legislator"));
        assert!(covers("officer", "commodore"));
        assert!(covers("diplomat", "foreign minister"));
        assert!(covers("commander", "commander"));
        assert!(covers("cs", "cabinet secretary"));
        assert!(covers("bishop", "mgr"));
        assert!(covers("senator", "sen"));
        assert!(!covers("cs", "secretary"));
        assert!(!covers("bishop", "monsignor"));
        // A member is one kind of the class: a diplomat may be no nuncio.
        assert!(!covers("nuncio", "diplomat"));
        // Two members of one class are two offices.
        assert!(!covers("ambassador", "foreign minister"));
        assert!(!covers("bishop", "cardinal"));
        assert!(!covers("diplomat", "bishop"));
    }

    fn table(body: &str) -> EntityTable {
        let blocks = crate::markdown::blocks(body);
        EntityTable::build(body, &blocks, &[])
    }

    fn profile<'t>(table: &'t EntityTable, name: &str) -> &'t Profile {
        table
            .profiles
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} not in {table:?}"))
    }

    #[test]
    fn a_lone_name_is_someone_when_a_full_name_holds_it() {
        // Asked only now that the run is one word with no title before it;
        // the answers are the expression's as `person_in` wrote it.
        let t = table(
            "Orsolya Kemeny, a retired general, disagreed.\n\nKemeny left early. \
             Tarnow stayed.",
        );
        let old = |name: &str| {
            (t.profiles.iter())
                .any(|p| p.name.contains(' ') && p.name.split_whitespace().any(|w| w == name))
        };
        for name in ["Kemeny", "Orsolya", "Tarnow", "Orsolya Kemeny", ""] {
            assert_eq!(t.surname_of_known(name), old(name), "{name}");
        }
        assert_eq!(profile(&t, "Orsolya Kemeny").mentions.len(), 2);
        assert!(t.profiles.iter().all(|p| p.name != "Tarnow"), "{t:?}");
    }

    #[test]
    fn an_adjective_made_with_a_hyphen_opens_no_name() {
        let t = table(
            "Attorney General Halvard Reyes-Stone sued Ankeny-based Prairie Crest \
             Genetics on Tuesday.",
        );
        assert!(
            !(t.profiles.iter()).any(|p| p.name.contains("Ankeny")),
            "{t:?}"
        );
        profile(&t, "Halvard Reyes-Stone");
    }

    #[test]
    fn the_table_reads_titles_offices_and_appositions_around_a_name() {
        let t = table(
            "Commodore Halvard Reyes-Stone opened the hearing. The Bishop of \
             Tarnow, Ludo Pellamy Vance, spoke next.\n\nOrsolya Kemeny, a \
             62-year-old former general of Moldova's army, disagreed. Farm \
             union secretary Dorit Amsel was absent.\n\nBishop Pellamy, 66, \
             left early.",
        );
        assert!(
            profile(&t, "Halvard Reyes-Stone")
                .roles
                .contains(&"commodore".into())
        );
        let vance = profile(&t, "Ludo Pellamy Vance");
        assert!(vance.roles.contains(&"bishop".into()));
        // `Bishop Pellamy, 66,` is the same man.
        assert_eq!(vance.age, Some(66));
        assert_eq!(vance.mentions.len(), 2);
        let kemeny = profile(&t, "Orsolya Kemeny");
        assert!(kemeny.roles.contains(&"general".into()));
        assert_eq!(kemeny.age, Some(62));
        // `of Moldova's army` qualifies the general: no word of hers.
        assert!(!kemeny.about.contains(&"moldova".into()));
        assert!(
            profile(&t, "Dorit Amsel")
                .roles
                .contains(&"secretary".into())
        );
        // Words that open a sentence, places and bodies are no one.
        assert!(t.profiles.iter().all(|p| p.name != "Tarnow"));
    }

    #[test]
    fn an_abbreviated_title_is_its_office_and_a_rank_before_an_office_another_office() {
        let t = table(
            "Gov. Ann Lowe spoke first. House Speaker Tomas Rendell spoke next.\n\n\
             Lt. Gov. Piet Varn and Deputy Foreign Minister Jo Ames-Lind left.",
        );
        let lowe = profile(&t, "Ann Lowe");
        assert!(lowe.roles.iter().any(|r| covers("governor", r)), "{lowe:?}");
        let rendell = profile(&t, "Tomas Rendell");
        assert!(rendell.roles.iter().any(|r| covers("speaker", r)));
        assert!(descriptor("the speaker").is_some());
        assert!(descriptor("the 68-year-old speaker").is_some());
        let varn = profile(&t, "Piet Varn");
        assert!(
            !varn.roles.iter().any(|r| covers("governor", r)),
            "{varn:?}"
        );
        let ames = profile(&t, "Jo Ames-Lind");
        assert!(
            !ames.roles.iter().any(|r| covers("minister", r)),
            "{ames:?}"
        );
    }

    #[test]
    fn a_name_with_nothing_said_of_it_and_no_known_given_name_is_not_in_the_table() {
        let t = table("Vantor Quell and Ostrava Lanes reported a loss.");
        assert!(t.profiles.is_empty(), "{t:?}");
    }

    fn last_speaker(body: &str) -> Option<String> {
        let registry = crate::attribute::Registry::new(&[]);
        let found = crate::attribute::tests::speakers_and_actors(&registry, body);
        found.last().cloned().and_then(|(speaker, _)| speaker)
    }

    #[test]
    fn an_office_of_a_department_before_a_name_is_theirs() {
        let t = table(
            "Registrar of Voters Dwayne Harkavy opened the count.\n\n\
             Chief Minister of Rakhine State U Hla Thein Aung, together with officials, came.",
        );
        let harkavy = profile(&t, "Dwayne Harkavy");
        assert!(
            harkavy.roles.iter().any(|r| covers("registrar", r)),
            "{harkavy:?}"
        );
        let aung = profile(&t, "U Hla Thein Aung");
        assert!(
            aung.roles.contains(&"chief minister".to_string()),
            "{aung:?}"
        );
        // Must not: a department with no name after it, or a place after
        // a lowercase noun, names no one (`the people of Rakhine State`).
        let t = table("The people of Rakhine State waited. Minister of Health spoke.");
        assert!(t.profiles.is_empty(), "{t:?}");
    }

    #[test]
    fn a_predicate_says_what_the_named_person_is() {
        let roles = |body: &str, name: &str| profile(&table(body), name).roles.clone();
        let premier = roles(
            "REGINA — Dale Kowalchuk woke up on Tuesday as the first Saskatchewan premier in decades.",
            "Dale Kowalchuk",
        );
        assert!(premier.contains(&"premier".to_string()), "{premier:?}");
        let registrar = roles("Dwayne Harkavy is the county registrar.", "Dwayne Harkavy");
        assert!(
            registrar.contains(&"registrar".to_string()),
            "{registrar:?}"
        );
        let mayor = roles("Ann Ode, who was the mayor, spoke first.", "Ann Ode");
        assert!(mayor.contains(&"mayor".to_string()), "{mayor:?}");
        // Must not: `as` opening a clause of its own, or after another
        // name, or a name in mid-sentence.
        let t = table("Dale Kowalchuk left as the minister arrived with Ann Ode, the mayor.");
        assert!(
            !profile(&t, "Dale Kowalchuk")
                .roles
                .iter()
                .any(|r| r == "minister")
        );
        let t = table("Dale Kowalchuk met Ann Ode as the premier of Quebec, Jo Lin, watched.");
        assert!(
            !profile(&t, "Dale Kowalchuk")
                .roles
                .iter()
                .any(|r| r == "premier")
        );
        let t = table("Then Dale Kowalchuk, a farmer, spoke as the premier of the province.");
        assert!(
            !profile(&t, "Dale Kowalchuk")
                .roles
                .iter()
                .any(|r| r == "premier")
        );
    }

    #[test]
    fn an_emphatic_reflexive_tells_the_described_persons_sex() {
        let d = descriptor("the former secretary himself").unwrap();
        assert_eq!(
            (d.head.as_str(), d.gender()),
            ("secretary", Some(Gender::Male))
        );
        assert_eq!(
            descriptor("the minister herself").unwrap().gender(),
            Some(Gender::Female)
        );
        assert_eq!(descriptor("the minister").unwrap().gender(), None);
        // Must not: a woman named with the office is no `himself`.
        let body = "Sandra Kilgallen, a former secretary of state, spoke first.\n\n\
                    \"I can wait,\" the former secretary himself said.\n";
        assert_eq!(last_speaker(body), None);
        let body = "Sandra Kilgallen, a former secretary of state, spoke first.\n\n\
                    \"I can wait,\" the former secretary herself said.\n";
        assert_eq!(last_speaker(body).as_deref(), Some("Sandra Kilgallen"));
    }

    #[test]
    fn a_quoted_person_an_actor_file_lists_under_another_post_is_not_the_noun() {
        let registry = crate::attribute::Registry::new(&[crate::model::Actor {
            people: vec![crate::test_support::person(
                "Fintan Laverty",
                Some("Chief Executive Officer"),
                &["Laverty"],
            )],
            ..crate::test_support::actor("nimbara", "Nimbara", &[])
        }]);
        let body = |mep: &str| {
            format!(
                "On Tuesday German MEP Ferdinand Stöckl asked Fintan Laverty, who runs Nimbara, \
                 why anyone should trust it.\n\n\
                 \"That is a fair challenge,\" Laverty replied.\n\n\
                 \"A fair challenge deserves a fair answer,\" {mep} told reporters.\n"
            )
        };
        let found = crate::attribute::tests::speakers_and_actors(&registry, &body("the MEP"));
        let last = found.last().and_then(|(s, _)| s.as_deref());
        assert_eq!(last, Some("Ferdinand Stöckl"));
        // Must not: a noun the listed post holds leaves the quoted person
        // in reach (`the executive`: no MEP is meant).
        let found = crate::attribute::tests::speakers_and_actors(&registry, &body("the executive"));
        let last = found.last().and_then(|(s, _)| s.as_deref());
        assert_ne!(last, Some("Ferdinand Stöckl"));
    }

    #[test]
    fn a_person_the_article_called_otherwise_is_no_one_the_noun_means() {
        let body = |since: &str, descriptor: &str| {
            format!(
                "The apostolic nuncio in Colombia, Archbishop Piero Vannelli, arrived on Monday.\n\n\
                 He met {since} at the cathedral.\n\n\
                 “We must not forget them,” {descriptor} said.\n"
            )
        };
        // A bishop named since is not the nuncio.
        let nuncio = last_speaker(&body("Bishop Eli Montero", "the nuncio"));
        assert!(
            nuncio
                .as_deref()
                .is_some_and(|n| n.ends_with("Piero Vannelli")),
            "{nuncio:?}"
        );
        // Must not: someone the article said nothing of may be meant; a
        // class noun the nuncio holds only as a member (`the prelate`)
        // leaves the bishop, a prelate too, in reach.
        assert_eq!(last_speaker(&body("Eli Montero, 66,", "the nuncio")), None);
        assert_eq!(
            last_speaker(&body("Bishop Eli Montero", "the prelate")),
            None
        );
        let t = table("Bishop Eli Montero and Deputy Minister Ana Dorn came.");
        let nuncio = descriptor("the nuncio").unwrap();
        assert!(known_as_another(&nuncio, profile(&t, "Eli Montero")));
        // (`Deputy Minister`: the rank is her only role, the minister is
        // in her words.)
        let minister = descriptor("the minister").unwrap();
        assert!(!known_as_another(&minister, profile(&t, "Ana Dorn")));
        // A party word is said of anyone.
        let party = descriptor("the Republican").unwrap();
        assert!(!known_as_another(&party, profile(&t, "Eli Montero")));
    }

    #[test]
    fn a_surname_written_first_is_one_of_the_names() {
        assert!(one_of_names("Lin", "Lin Jiaqi"));
        assert!(one_of_names("Vell", "Ana Vell"));
        assert!(!one_of_names("Jiaqi Wu", "Lin Jiaqi"));
        assert!(!one_of_names("Lin", "Ana Vell"));
    }

    #[test]
    fn a_rank_the_descriptor_gives_must_be_said_of_the_person() {
        let t = table(
            "Foreign Minister Omar Nur and Deputy Foreign Minister Vadim Sotkin met in Jeddah.",
        );
        let deputy = descriptor("the deputy minister").unwrap();
        assert!(rank_unsaid(&deputy, profile(&t, "Omar Nur")));
        assert!(!rank_unsaid(&deputy, profile(&t, "Vadim Sotkin")));
        let minister = descriptor("the minister").unwrap();
        assert!(!rank_unsaid(&minister, profile(&t, "Omar Nur")));
    }

    #[test]
    fn an_age_adds_to_the_one_person_the_article_named() {
        let body = |named: &str| {
            format!(
                "{named} declared a state of emergency on Monday.\n\n\
                 “We are ready for this,” the 66-year-old Republican said.\n"
            )
        };
        assert_eq!(
            last_speaker(&body("Gov. Harlan Dupree")).as_deref(),
            Some("Harlan Dupree")
        );
        // Two people named, or another age given: no one.
        assert_eq!(
            last_speaker(&body("Gov. Harlan Dupree and Mayor Ann Ashby")),
            None
        );
        assert_eq!(last_speaker(&body("Gov. Harlan Dupree, 70,")), None);
    }

    #[test]
    fn a_description_no_one_was_given_is_the_one_person_the_paragraph_names() {
        // The article names others before; the paragraph names one.
        let lead = "Finance Minister Ruth Ocampo announced the cut on Monday.\n\n";
        let same = format!(
            "{lead}For homeowner Tamsin Reyburn, who refixes in May, it was welcome. \
             “Every bit helps,” the Dunmore builder said.\n"
        );
        assert_eq!(last_speaker(&same).as_deref(), Some("Tamsin Reyburn"));
        // The quote opens its paragraph: the one person the one before names.
        let before = format!(
            "{lead}Mayor Kelvin Otieno said the rumours had died down.\n\n\
             “The mosque helped more than the radio,” the councillor told journalists.\n"
        );
        assert_eq!(last_speaker(&before).as_deref(), Some("Kelvin Otieno"));
        // Two people named in the paragraph: no one.
        let two = format!(
            "{lead}Tamsin Reyburn met Jonah Alder on Friday. \
             “Every bit helps,” the Dunmore builder said.\n"
        );
        assert_eq!(last_speaker(&two), None);
        // The noun said of someone else there: them, not the one named.
        let other = format!(
            "{lead}The council's chief builder was asked whether Tamsin Reyburn had quit. \
             “She resigned,” the builder said.\n"
        );
        assert_eq!(last_speaker(&other), None);
        // A sentence before the quote that names no one: no reaching back.
        let not_first = format!(
            "{lead}Mayor Kelvin Otieno said the rumours had died down.\n\n\
             The vaccine was welcomed. “It helped,” the councillor said.\n"
        );
        assert_eq!(last_speaker(&not_first), None);
    }

    #[test]
    fn the_table_keeps_the_nouns_said_next_to_a_name_without_a_word_list() {
        let t = table(
            "Flanked by her running mate Salim Mwashighadi, she spoke.\n\n\
             The vote was called by Ivo Tamm, the chief whip. Her campaign \
             manager, Sunita Vellanki, agreed.\n\nIn a statement, Dorit Amsel \
             objected. General Walter Ccoyllo Ramos, appeared briefly.",
        );
        assert!(
            profile(&t, "Salim Mwashighadi")
                .nouns
                .contains(&"mate".into())
        );
        assert!(profile(&t, "Ivo Tamm").nouns.contains(&"whip".into()));
        assert!(
            profile(&t, "Sunita Vellanki")
                .nouns
                .contains(&"manager".into())
        );
        // An adverbial before the name, a predicate after it: no noun.
        assert!(!(t.profiles.iter()).any(|p| p.nouns.contains(&"statement".into())));
        assert!(!(t.profiles.iter()).any(|p| p.nouns.contains(&"briefly".into())));
    }

    #[test]
    fn an_open_descriptor_is_a_definite_phrase_ending_in_any_noun_or_an_age() {
        let open = |phrase: &str| Descriptor::parse_open(phrase).map(|d| (d.head, d.age));
        assert_eq!(open("the running mate"), Some(("mate".into(), None)));
        assert_eq!(open("her campaign manager"), Some(("manager".into(), None)));
        assert_eq!(
            open("the 29-year-old"),
            Some(("29-year-old".into(), Some(29)))
        );
        // Someone new, a body's officer, a body, a clause: none.
        assert_eq!(open("a running mate"), None);
        assert_eq!(open("its spokesman"), None);
        assert_eq!(open("the club"), None);
        assert_eq!(open("the mate of the captain"), None);
    }

    #[test]
    fn a_descriptor_names_the_one_person_the_article_called_by_its_noun() {
        let lead = "Nyamweya, flanked by her running mate Salim Mwashighadi, \
                    addressed journalists on the steps of the court.\n\n";
        let one = format!("{lead}“Our agents did their work,” the running mate said.\n");
        assert_eq!(last_speaker(&one).as_deref(), Some("Salim Mwashighadi"));
        // Two people called by the noun: no one.
        let two = format!(
            "{lead}His running mate, Grace Chelagat, spoke in Kericho.\n\n\
             “Our agents did their work,” the running mate said.\n"
        );
        assert_eq!(last_speaker(&two), None);
        // A noun said of no one stays a description.
        let none = format!("{lead}The beekeeper said: “Our agents did their work.”\n");
        assert_eq!(last_speaker(&none), None);
        // A noun of the word lists the table kept no role of (an
        // apposition that ends the sentence): the one person called so.
        let office = "The figure was given by Quintino Djassi, the interior minister.\n\n\
                      Later the interior minister said: “We have the names.”\n";
        assert_eq!(last_speaker(office).as_deref(), Some("Quintino Djassi"));
    }

    #[test]
    fn a_title_or_apposition_beside_the_name_is_the_persons_own_noun() {
        assert!(only_title_words("Colonel (ret.) "));
        assert!(only_title_words(" "));
        assert!(!only_title_words(" was asked whether Mr "));
    }
}
