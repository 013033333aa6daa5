//! People an article describes but does not name (`a woman behind him`,
//! `one voter`, `a retired casino porter`). A sentence that makes one of
//! them its subject makes them who `she` in the next quote means, as a
//! named subject would: the pronoun then names no one, never a person
//! quoted before them nor a name inside the description (`a woman
//! wearing a Dorn T-shirt`). The description's head noun (`woman`,
//! `father`) or the pronoun the sentence gives them (`who gave only his
//! first name`, `said she had voted`) tells their gender, so a `he`
//! after `a woman` still reaches the man quoted before.

use super::extent;
use super::lexicon::{
    ASKING_VERBS, AUXILIARIES, BODY_MEMBER_NOUNS, CLAUSE_OPENING_PARTICIPLES, CONJUNCTIONS,
    DESCRIBED_FEMALE_NOUNS, DESCRIBED_MALE_NOUNS, DOCUMENT_NOUNS, IRREGULAR_PAST_VERBS,
    KIN_AND_CALLING_NOUNS, NOT_PERSON_AGENT_NOUNS, OFFICE_WORDS, ONE_PERSON_NOUN_LISTS,
    ORGANISATION_WORDS, PARTY_MEMBER_NOUNS, POINTING_BACK_WORDS, PREPOSITIONS, QUESTION_OPENERS,
    RELATIVE_PRONOUNS, ROLE_NOUNS, SCENE_OPENERS, SPEECH_VERBS, STAFF_NOUNS, STATEMENT_NOUNS,
    SUBORDINATORS,
};
use super::resolve::Gender;
use super::text::{self, Word};

/// An unnamed person a sentence made its subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Described<'t> {
    /// How the article describes them, determiner first (`A woman`).
    pub(super) description: &'t str,
    /// The gender the description or its sentence tells, if any.
    pub(super) gender: Option<Gender>,
}

impl Described<'_> {
    /// Whether a pronoun of `gender` may mean them: not when the article
    /// told they are of the other one.
    pub(super) fn may_be(&self, gender: Gender) -> bool {
        self.gender.is_none_or(|g| g == gender)
    }
}

/// Determiners of one person: `two voters` are no `she`.
const ONE_PERSON_DETERMINERS: &[&str] = &["a", "an", "one", "another"];

/// Verbs that put the subject after them (`Among them was Ana Vell`).
const INVERTING_VERBS: &[&str] = &["was", "were", "is", "are", "stood", "sat", "came"];

/// Describing words allowed between the determiner and the head noun.
const MAX_DESCRIBING_WORDS: usize = 3;

/// How many words a scene-setting opening (`Across the street,`) may
/// have before the comma that ends it.
const MAX_SCENE_WORDS: usize = 12;

/// The unnamed person `sentence` makes its subject: `A woman behind him,
/// who declined to give her name, said`, `Across the street, a woman
/// wearing a campaign T-shirt said`, `Standing in line, one voter said`.
/// The description runs from the determiner to the noun for a person.
pub(super) fn subject_described(sentence: &str) -> Option<Described<'_>> {
    let ws = text::words(sentence);
    let opening = ws.first()?;
    if !opening.is_capitalised() {
        return None;
    }
    let start = if opening.is(ONE_PERSON_DETERMINERS) {
        0
    } else if opening.is(SCENE_OPENERS) || opening.lower().ends_with("ing") {
        // `At a drop box outside the county building, a retired porter
        // said`: the subject follows the words that set the scene.
        let comma = ws
            .iter()
            .take(MAX_SCENE_WORDS)
            .position(|w| w.after.contains(','))?;
        // `Among them was Ana Vell, a nurse.`: an inverted sentence whose
        // subject is the name; what follows the comma describes her.
        if ws[..comma].iter().any(|w| w.is(INVERTING_VERBS)) {
            return None;
        }
        comma + 1
    } else {
        return None;
    };
    let determiner = ws.get(start)?;
    if !determiner.is(ONE_PERSON_DETERMINERS) {
        return None;
    }
    let last = (start + 1 + MAX_DESCRIBING_WORDS).min(ws.len() - 1);
    let head = (start + 1..=last).find(|&k| names_a_person(&ws[k]))?;
    // `A spokeswoman in Basel, Jo Lin, said`: named after all, after the
    // first comma. `An aide to Reyes`, `a friend of the family`: someone's
    // staff or circle, which the affiliation rules read.
    let next = ws.get(head + 1);
    let named_next = (ws[head..].iter().position(|w| w.after.contains(',')))
        .and_then(|i| ws.get(head + i + 1))
        .is_some_and(Word::is_capitalised);
    if named_next || next.is_some_and(|w| w.is(&["for", "of", "to", "with"])) {
        return None;
    }
    let describing = &ws[start..head];
    // `One of the voters`, `a man, 40,`, `A copy of the letter`: not a
    // determiner, describing words and a noun running together.
    if describing.iter().enumerate().any(|(i, w)| {
        !w.after.trim().is_empty() || w.is(SPEECH_VERBS) || i > 0 && w.is(PREPOSITIONS)
    }) || possessive(&ws[head])
    {
        return None;
    }
    let gender = ws[start..=head]
        .iter()
        .rev()
        .find_map(noun_gender)
        .or_else(|| gender_given(&ws[head + 1..]));
    Some(Described {
        description: &sentence[determiner.start..ws[head].end],
        gender,
    })
}

/// The gender a description tells by its nouns (`a woman in the queue`,
/// `one father of three`), if any.
pub(super) fn described_gender(description: &str) -> Option<Gender> {
    text::words(description).iter().find_map(noun_gender)
}

fn noun_gender(w: &Word<'_>) -> Option<Gender> {
    if w.is(DESCRIBED_FEMALE_NOUNS) {
        Some(Gender::Female)
    } else if w.is(DESCRIBED_MALE_NOUNS) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender the rest of the sentence gives its subject: `who gave only
/// his first name`, `said she had voted`. Not a pronoun in a clause of
/// what was said (`asked what he would do`): that may be someone else.
fn gender_given(rest: &[Word<'_>]) -> Option<Gender> {
    let pronoun_gender = |w: &Word<'_>| match w.lower().as_str() {
        "he" | "his" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    };
    let mut in_relative = false;
    for (i, w) in rest.iter().enumerate() {
        if w.is(&["who"]) {
            in_relative = true;
        } else if w.is(&["his", "her"]) && in_relative {
            return pronoun_gender(w);
        } else if w.is(SPEECH_VERBS) {
            // `said she had voted`, `said that he would`.
            let next = rest[i + 1..].iter().find(|n| !n.is(&["that"]));
            let told = next
                .filter(|n| n.is(&["he", "she"]))
                .and_then(pronoun_gender);
            // `who asked that his name not be used`: the relative clause's
            // own verb; its possessive still tells.
            if told.is_some() || !in_relative {
                return told;
            }
        }
    }
    None
}

/// A noun for a person: the lexicon's lists, or a noun for one who does
/// something (`porter`, `roofer`, `organiser`) that is no thing.
fn names_a_person(w: &Word<'_>) -> bool {
    if w.is_capitalised() || w.is(NOT_PERSON_AGENT_NOUNS) {
        return false;
    }
    if w.is(DOCUMENT_NOUNS) || w.is(STATEMENT_NOUNS) || w.is(ORGANISATION_WORDS) {
        return false;
    }
    let lower = w.lower();
    let agent = ["er", "or", "ist", "ian"]
        .iter()
        .any(|end| lower.len() > 4 && lower.ends_with(end));
    agent || ONE_PERSON_NOUN_LISTS.iter().any(|list| w.is(list))
}

/// Words that count the members of a group (`two people`, `several
/// aides`) or describe the group before its noun.
const GROUP_COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some",
    "multiple", "many",
];

/// Words that point back at a group already told (`the sources`, `those
/// people`): such a group is no new one.
const GROUP_BACK_WORDS: &[&str] = &["the", "those", "these", "their", "its", "our", "of"];

/// Words that open what places a group (`people familiar with the
/// matter`, `sources at the bank`, `two senators in the room`, `two
/// donors to the senator`).
const GROUP_PLACING_WORDS: &[&str] = &[
    "familiar", "close", "briefed", "involved", "at", "in", "inside", "within", "from", "with",
    "to",
];

/// Words that never describe a group, though no verb or preposition:
/// `as shippers warned` is no group `as shippers`.
const GROUP_NO_DESCRIBING_WORDS: &[&str] = &[
    "a",
    "an",
    "to",
    "according",
    "per",
    "one",
    "as",
    "when",
    "while",
    "if",
    "because",
    "than",
    "like",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "since",
    "until",
    "all",
    "both",
    "no",
    "not",
    "only",
    "also",
    "even",
    "just",
    "so",
    "then",
    "there",
    "my",
    "his",
    "her",
    "your",
];

/// Describing words allowed before a group's noun (`Turkish diplomatic
/// sources`, `two House Republican leadership aides`).
const MAX_GROUP_DESCRIBING_WORDS: usize = 5;

/// Words allowed in what places a group (`familiar with the talks on the
/// union side`).
const MAX_GROUP_PLACING_WORDS: usize = 7;

/// The last group of unnamed sources `text` introduces as speaking:
/// `according to people familiar with the matter`, `Sources at the bank
/// told`, `Two union officials, who asked not to be named, said`. As the
/// article wrote it, from its count or first describing word to the
/// words that place it; a relative clause tells why, not who. A group
/// pointed back at (`The sources said`, `one of the people`) is none.
pub(super) fn last_group(text: &str) -> Option<&str> {
    let ws = text::words(text);
    (0..ws.len()).rev().find_map(|k| group_at(text, &ws, k))
}

/// The last group of unnamed sources `text` introduces whose plural noun
/// is `noun` (`people` for `two people familiar with the meetings`): the
/// group a later `one of the people` or `the people said` points back at,
/// however far back the article told it.
pub(super) fn last_group_headed<'t>(text: &'t str, noun: &str) -> Option<&'t str> {
    let ws = text::words(text);
    (0..ws.len())
        .rev()
        .filter(|&k| ws[k].lower() == noun)
        .find_map(|k| group_at(text, &ws, k))
}

/// The plural noun a member's partitive names its group by (`people` in
/// `one of the people`, `diplomats` in `one of the diplomats`); else, for
/// `one of them`, that of the last group `text` points back at as
/// speaking (`The people familiar with the meetings said`, `said the
/// sources`). `None`: no noun for people tells the group.
pub(super) fn group_noun_pointed_at(description: &str, text: &str) -> Option<String> {
    let ws = text::words(description);
    match after_one_of(&ws)? {
        [the, .., plural] if the.is(&["the", "those", "these"]) && is_plural_of_person(plural) => {
            Some(plural.lower())
        }
        [back] if back.is(POINTING_BACK_WORDS) => {
            let ws = text::words(text);
            (1..ws.len()).rev().find_map(|k| {
                let pointer = ws[k - 1].is(&["the"]) && ws[k - 1].after.trim().is_empty();
                (pointer && is_plural_of_person(&ws[k]) && !ws[k].is_capitalised())
                    .then(|| ws[k].lower())
            })
        }
        _ => None,
    }
}

/// Words after `who` in which a clause may give an unnamed source's name
/// (`who asked that only her first name, Kavira, be used`).
const MAX_NAME_GIVING_WORDS: usize = 10;

/// Words an indefinite apposition may run before its `who` (`, a woman
/// who gave her name as Khin Khin`).
const MAX_APPOSITION_WORDS: usize = 5;

/// The name the words right after an unnamed source's description give
/// them (`rest`, to the end of the sentence): a relative clause that
/// tells it (`who gave her name as Mariam`, `who identified himself only
/// as Junior`, `who asked that only her first name, Kavira, be used`),
/// directly or inside an indefinite apposition (`, a woman who gave her
/// name as Khin Khin`). A first name and at most one more capitalised
/// word. `None` when the words give no name.
pub(super) fn name_given_after(rest: &str) -> Option<&str> {
    let ws = text::words(rest);
    let who = match ws.first()? {
        w if w.is(&["who"]) => 0,
        w if w.is(&["a", "an"]) => (1..ws.len().min(MAX_APPOSITION_WORDS + 1))
            .take_while(|&k| !ws[k - 1].after.contains([',', ';', ':']))
            .find(|&k| ws[k].is(&["who"]))?,
        _ => return None,
    };
    let clause = &ws[who + 1..ws.len().min(who + 1 + MAX_NAME_GIVING_WORDS)];
    let told = |k: usize| clause[..k].iter().any(|w| w.is(&["name", "identified"]));
    // `name as X`, `identified (himself) only as X`; `first name, X`.
    let first = (1..clause.len()).find(|&k| {
        let previous = &clause[k - 1];
        let after_as = previous.is(&["as"]) && told(k - 1);
        let after_name = previous.is(&["name"]) && k >= 2 && clause[k - 2].is(&["first"]);
        (after_as || after_name) && clause[k].is_capitalised() && !clause[k].is(AUXILIARIES)
    })?;
    let mut last = first;
    if clause[last].after.trim().is_empty()
        && clause.get(last + 1).is_some_and(Word::is_capitalised)
    {
        last += 1;
    }
    Some(&rest[clause[first].start..clause[last].end])
}

/// `one of them`, `one of those`, `one of the people`: a member of a group
/// the words do not describe. Read alone it tells a reader nothing of who
/// spoke, so it is no description to give as the speaker.
pub(super) fn member_of_untold_group(description: &str) -> bool {
    let ws = text::words(description);
    match after_one_of(&ws) {
        Some([back]) => back.is(POINTING_BACK_WORDS),
        Some([the, people]) => the.is(&["the", "those", "these"]) && people.is(&["people"]),
        _ => false,
    }
}

/// The group whose plural noun for people is `ws[k]`, when the words
/// around it make it a source.
fn group_at<'t>(text: &'t str, ws: &[Word<'t>], k: usize) -> Option<&'t str> {
    let (start, end) = group_span(ws, k)?;
    let before = start.checked_sub(1).map(|b| &ws[b]);
    let joined = before.is_some_and(|b| b.after.trim().is_empty());
    if joined && before.is_some_and(|b| b.is(GROUP_BACK_WORDS)) {
        return None;
    }
    let according = start >= 2
        && ws[start - 2].is(&["according"])
        && ws[start - 1].is(&["to"])
        && ws[start - 2].after.trim().is_empty();
    // The subject of its own clause: the sentence's first words, or
    // after a comma, `and`, `but` or `that`.
    let opens_clause = !joined || before.is_some_and(|b| b.is(&["and", "but", "that", "while"]));
    let next = ws.get(end + 1);
    // `Two strategists who have advised the campaign said`, `Two
    // officials, who asked not to be named, said`: the source's verb.
    let speaks = opens_clause && next.is_some_and(|w| w.is(SPEECH_VERBS) || w.is(&["who"]));
    (according || speaks).then(|| &text[ws[start].start..ws[end].end])
}

/// Where the group whose noun is `ws[k]` starts and ends: its count and
/// describing words before, what places it after.
fn group_span(ws: &[Word<'_>], k: usize) -> Option<(usize, usize)> {
    let noun = &ws[k];
    let sentence_start = k == 0 || ws[k - 1].after.contains(['.', '!', '?', ':']);
    // (`three Republicans close to him`: a party's members after a count.)
    let counted_party = k > 0 && ws[k - 1].is(GROUP_COUNT_WORDS) && is_party_plural(noun);
    if noun.is_capitalised() && !sentence_start && !counted_party || !is_plural_of_person(noun) {
        return None;
    }
    let mut start = k;
    while start > 0
        && k - start < MAX_GROUP_DESCRIBING_WORDS
        && ws[start - 1].after.trim().is_empty()
        && describes_group(&ws[start - 1])
    {
        start -= 1;
        // A count opens the group (`two House Republican aides`).
        if ws[start].is(GROUP_COUNT_WORDS) {
            break;
        }
    }
    let mut end = k;
    if noun.after.trim().is_empty() && ws.get(k + 1).is_some_and(|w| w.is(GROUP_PLACING_WORDS)) {
        let mut e = k + 1;
        while e + 1 < ws.len()
            && e - k < MAX_GROUP_PLACING_WORDS
            && ws[e].after.trim().is_empty()
            && !ws[e + 1].is(SPEECH_VERBS)
            && !ws[e + 1].is(&["who", "that", "which"])
        {
            e += 1;
        }
        end = e;
    }
    Some((start, end))
}

/// A word that may stand before a group's noun: a count, a capitalised
/// word (`Turkish`, `GOP`), or a lowercase describing word that is no
/// verb, preposition or determiner (`diplomatic`, `senior`).
pub(super) fn describes_group(w: &Word<'_>) -> bool {
    if w.is(GROUP_COUNT_WORDS) || w.text.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    // (`informed sources`: the one word in `-ed` that describes them.)
    let verb_form = text::is_lowercase(w) && w.text.ends_with("ed") && !w.is(&["informed"]);
    !w.is(GROUP_BACK_WORDS)
        && !w.is(PREPOSITIONS)
        && !w.is(SPEECH_VERBS)
        && !w.is(IRREGULAR_PAST_VERBS)
        && !w.is(AUXILIARIES)
        && !w.is(CONJUNCTIONS)
        && !w.is(GROUP_NO_DESCRIBING_WORDS)
        // `How do you protect employees who talk to you?`: a question
        // and its subject are no group's describing words.
        && !w.is(QUESTION_OPENERS)
        && !w.is(SUBJECT_PRONOUNS)
        && !verb_form
        && !possessive(w)
}

/// Personal pronouns that are a clause's subject or object (`you
/// protect employees`, `we asked workers`): a pronoun never describes
/// the group after it.
const SUBJECT_PRONOUNS: &[&str] = &[
    "i", "you", "we", "he", "she", "it", "they", "me", "us", "him", "them",
];

/// `two Democratic senators who have spoken with her`: a description
/// headed by a plural noun for people, a group rather than one source.
pub(super) fn heads_a_group(description: &str) -> bool {
    let ws = text::words(description);
    text::head_noun(&ws).is_some_and(|h| is_plural_of_person(&ws[h]))
}

/// `people`, `sources`, `aides`, `strategists`: a plural noun for people.
fn is_plural_of_person(w: &Word<'_>) -> bool {
    if !may_be_plural(w.text) {
        return false;
    }
    let lower = w.lower();
    let singular = if lower == "people" {
        "person".to_string()
    } else if let Some(stem) = lower.strip_suffix('s').filter(|s| !s.ends_with('s')) {
        stem.to_string()
    } else {
        return false;
    };
    let singular = Word {
        text: &singular,
        start: 0,
        end: singular.len(),
        after: "",
    };
    names_a_person(&singular)
        || [
            STAFF_NOUNS,
            OFFICE_WORDS,
            ROLE_NOUNS,
            PARTY_MEMBER_NOUNS,
            BODY_MEMBER_NOUNS,
        ]
        .iter()
        .any(|list| singular.is(list))
}

/// `Republicans`, `Democrats`: a party's members, capitalised.
fn is_party_plural(w: &Word<'_>) -> bool {
    w.lower()
        .strip_suffix('s')
        .is_some_and(|singular| PARTY_MEMBER_NOUNS.contains(&singular))
}

/// Whether the lowercase of `word` may be `people` or end in one `s`,
/// read without lowercasing it (asked of most words of a clause): only
/// `S` lowercases to `s`, and only ASCII letters to `people`'s (the one
/// other character lowercased to ASCII, the Kelvin sign, gives `k`).
fn may_be_plural(word: &str) -> bool {
    word.eq_ignore_ascii_case("people") || word.ends_with(['s', 'S'])
}

/// Whether `description` picks one member of `group`: `one of them`,
/// `one of the people` (of `people familiar with the matter`), `one
/// source` (of `Turkish diplomatic sources`); or names the group again
/// (`the sources`).
pub(super) fn picks_one_of(description: &str, group: &str) -> bool {
    let ws = text::words(description);
    let group_ws = text::words(group);
    let Some(noun) = (group_ws.iter().rev()).find(|w| is_plural_of_person(w)) else {
        return false;
    };
    let noun = noun.lower();
    let singular = if noun == "people" {
        "person"
    } else {
        noun.strip_suffix('s').unwrap_or(&noun)
    };
    if let Some(group) = after_one_of(&ws) {
        return match group {
            [back] => back.is(POINTING_BACK_WORDS) || back.lower() == noun,
            [the, .., plural] => the.is(&["the", "those", "these"]) && plural.lower() == noun,
            [] => false,
        };
    }
    match ws.as_slice() {
        [one, member] if one.is(&["one"]) => member.lower() == singular,
        [the, plural] if the.is(&["the"]) => plural.lower() == noun,
        _ => false,
    }
}

/// The words after a description's opening `one of` (`them` in `one of
/// them`, `the people` in `one of the people`): the group a member is
/// picked from. `None` when the description does not open so.
pub(super) fn after_one_of<'w, 'a>(ws: &'w [Word<'a>]) -> Option<&'w [Word<'a>]> {
    match ws {
        [one, of, group @ ..] if one.is(&["one"]) && of.is(&["of"]) && !group.is_empty() => {
            Some(group)
        }
        _ => None,
    }
}

/// Words that point back at one person the article told of (`the
/// official`, `this member`, `that person`).
const POINTING_AT_ONE_WORDS: &[&str] = &["the", "this", "that"];

/// Describing words a pointer back at one person may carry before its
/// noun (`the same person`, `the former clerk`).
const MAX_POINTER_DESCRIBING_WORDS: usize = 2;

/// Words that open what places one unnamed person after their noun (`an
/// official in Goma`, `a member of the delegation`, `a person familiar
/// with the talks`): the group's placing words, and whose member or
/// spokesperson they are.
const ONE_PLACING_WORDS: &[&str] = &["of", "for"];

/// Words allowed in what places one unnamed person, past which only a
/// name goes on (`a senior commander in one of the Popular Mobilisation
/// Forces factions`).
const MAX_ONE_PLACING_WORDS: usize = 9;

/// The noun heading a pointer back at one unnamed person: `the official`,
/// `this member`, `the same person`, `the former clerk`, `the source
/// familiar with the talks` -> `official`, `member`, `person`, `clerk`,
/// `source`. `None` for a name, a possessive, a capitalised describing
/// word (`the Texas Republican`: the descriptor rules' business) or a
/// noun for no person (`the paper`, `the ministry`).
pub(super) fn pointed_back_noun(phrase: &str) -> Option<String> {
    let ws = text::words(phrase.trim());
    let head = text::head_noun(&ws)?;
    let (first, noun) = (ws.first()?, &ws[head]);
    let plain = ws[1..=head].iter().all(text::is_lowercase)
        && ws[..head].iter().all(|w| w.after.trim().is_empty());
    let pointer = first.is(POINTING_AT_ONE_WORDS)
        && (1..=MAX_POINTER_DESCRIBING_WORDS + 1).contains(&head)
        && plain
        && !possessive(noun)
        && (names_a_person(noun) || holds_a_post(noun) && head + 1 == ws.len());
    pointer.then(|| noun.lower())
}

/// Whether `phrase` is a pointer back (see [`pointed_back_noun`]) only
/// by its noun of a post (`the diplomat`), not a noun for a person.
pub(super) fn points_by_post(phrase: &str) -> bool {
    let ws = text::words(phrase.trim());
    text::head_noun(&ws).is_some_and(|h| !names_a_person(&ws[h]) && holds_a_post(&ws[h]))
}

/// Nouns in `-ee` for the person something is done to or for (`a
/// Dongbin employee`, `one former detainee`), which the agent endings of
/// [`names_a_person`] miss; not every word in `-ee` is one (`committee`,
/// `fee`, `degree`), so they are listed.
const UNDERGOER_NOUNS: &[&str] = &[
    "employee",
    "detainee",
    "trainee",
    "retiree",
    "evacuee",
    "refugee",
    "appointee",
    "attendee",
    "returnee",
    "deportee",
    "escapee",
    "abductee",
    "interviewee",
    "trustee",
];

/// `the diplomat`, `the aide`, `the officer`, `the employee`: a post or
/// a staff or work relation someone holds (`lexicon::OFFICE_WORDS`,
/// `STAFF_NOUNS`, [`UNDERGOER_NOUNS`]). Bare after `the` (`the
/// spokesperson for the Secretary-General` is an office of its own, not
/// a pointer), it points back at the one unnamed holder the article just
/// described with the same noun (`a Western diplomat`, `a Democratic aide
/// familiar with the talks`) as surely as `the official` does; these
/// nouns were left out of the person nouns because a bare holder of an
/// office is most often someone named (the descriptor rules read those
/// first, and this pointer is asked only when they found no one).
fn holds_a_post(w: &Word<'_>) -> bool {
    // (`the ministry`, `the office`: a body, whatever word lists it.)
    let body = w.is(ORGANISATION_WORDS) || w.is(DOCUMENT_NOUNS) || w.is(STATEMENT_NOUNS);
    !w.is_capitalised()
        && !body
        && (w.is(OFFICE_WORDS) || w.is(STAFF_NOUNS) || w.is(UNDERGOER_NOUNS))
}

/// The last one unnamed person `text` introduces as speaking whose
/// description `noun` heads: `..., an Election Commission official
/// said.`, `according to a person familiar with the negotiations`, `A
/// U.N. official in Goma, who asked not to be identified, said`. Returns
/// where the description starts and the description as written, from its
/// determiner to the words that place it (a relative clause tells why,
/// not who). A group's member (`one of the sources`) is the group rules'.
pub(super) fn last_one_headed<'t>(text: &'t str, noun: &str) -> Option<(usize, &'t str)> {
    let ws = text::words(text);
    (0..ws.len())
        .rev()
        .filter(|&k| ws[k].lower() == noun && text::is_lowercase(&ws[k]))
        .find_map(|k| one_at(text, &ws, k))
}

/// `a spokesman for the ministry, Omar Haddad, said`: the words after a
/// description open with a name set off by a comma, so the holder is
/// named, and `the spokesman` later is that name (the descriptor rules'),
/// never the description.
pub(super) fn named_in_apposition(after: &str) -> bool {
    let Some(rest) = after.trim_start().strip_prefix(',') else {
        return false;
    };
    // The name runs in capitalised words up to the comma that closes the
    // apposition: `, Moscow is ready` opens the main clause instead.
    let ws = text::words(rest);
    let run = ws.iter().take_while(|w| w.is_capitalised()).count();
    (1..=MAX_APPOSITION_NAME_WORDS).contains(&run)
        && ws[run - 1].after.trim_start().starts_with(',')
}

/// Most words of a name set off after a description.
const MAX_APPOSITION_NAME_WORDS: usize = 5;

/// Nouns that point back at a person whatever the article called them:
/// `the person said` after `A Boi Norte executive who asked not to be
/// named said`, as `the person` would after `a person familiar with it`.
pub(super) const ANY_PERSON_POINTER_NOUNS: &[&str] = &["person"];

/// The last one unnamed person `text` introduces as speaking, whatever
/// noun heads the description (see [`last_one_headed`]), with that noun:
/// what `the person` (of [`ANY_PERSON_POINTER_NOUNS`]) points back at.
pub(super) fn last_one_described(text: &str) -> Option<(usize, &str, String)> {
    let ws = text::words(text);
    (0..ws.len())
        .rev()
        .filter(|&k| names_a_person(&ws[k]))
        .find_map(|k| one_at(text, &ws, k).map(|(at, d)| (at, d, ws[k].lower())))
}

/// The one unnamed person whose noun is `ws[k]`, when a determiner of one
/// opens the description and the words around make them a source.
fn one_at<'t>(text: &'t str, ws: &[Word<'t>], k: usize) -> Option<(usize, &'t str)> {
    // (`A U.N. official`: the stop of an abbreviation ends no phrase.)
    let joined = |w: &Word<'_>| w.after.trim().is_empty() || extent::abbreviation_stop(w);
    let mut start = k;
    while start > 0
        && k - start < MAX_GROUP_DESCRIBING_WORDS
        && joined(&ws[start - 1])
        && !ws[start - 1].is(ONE_PERSON_DETERMINERS)
        && describes_group(&ws[start - 1])
    {
        start -= 1;
    }
    let determiner = start.checked_sub(1)?;
    if !ws[determiner].is(ONE_PERSON_DETERMINERS) || !joined(&ws[determiner]) {
        return None;
    }
    let before = determiner.checked_sub(1).map(|b| &ws[b]);
    let according =
        determiner >= 2 && ws[determiner - 2].is(&["according"]) && ws[determiner - 1].is(&["to"]);
    // The subject of its own clause: the sentence's first words, or after
    // `and`, `but`, `that`, or after a comma that follows no name (`Kim, an
    // executive,` is Kim's apposition).
    let opens_clause = before.is_none_or(|b| {
        b.after.contains(['.', '!', '?', ':'])
            || b.after.trim().is_empty() && b.is(&["and", "but", "that", "while"])
            || b.after.trim() == "," && !b.is_capitalised()
    });
    let mut end = k;
    let noun = &ws[k];
    let placed = |w: &Word<'_>| w.is(GROUP_PLACING_WORDS) || w.is(ONE_PLACING_WORDS);
    if noun.after.trim().is_empty() && ws.get(k + 1).is_some_and(placed) {
        let mut e = k + 1;
        // Never ends inside a name (`in one of the Popular Mobilisation
        // Forces factions`, `of the Sudan Doctors Network in El Obeid`).
        while e + 1 < ws.len()
            && (e - k < MAX_ONE_PLACING_WORDS || ws[e + 1].is_capitalised())
            && joined(&ws[e])
            && !ws[e + 1].is(SPEECH_VERBS)
            && !ws[e + 1].is(AUXILIARIES)
            && !ws[e + 1].is(IRREGULAR_PAST_VERBS)
            && !ws[e + 1].is(&["who", "that", "which"])
        {
            e += 1;
        }
        end = e;
    }
    // A speech verb later in the description's own sentence; or the
    // description opens its sentence (`A House aide was more pointed.`).
    let ends_sentence = |w: &Word<'_>| {
        w.after.contains(['.', '!', '?']) && !w.text.contains('.') && !extent::abbreviation_stop(w)
    };
    let sentence_end = (end..ws.len())
        .find(|&e| ends_sentence(&ws[e]))
        .unwrap_or(ws.len() - 1);
    let speaks = ws[end + 1..=sentence_end.max(end)]
        .iter()
        .any(|w| w.is(SPEECH_VERBS));
    let opens_sentence = before.is_none_or(ends_sentence);
    let source = according || opens_clause && speaks || opens_sentence;
    // `A source close to Halloran disputed that account.`: the words that
    // place the source end before their clause's verb, which is the
    // sentence's own when no speech verb follows.
    let end = extent::clause_verb_at(&ws[determiner..=end], k - determiner, !speaks)
        .map_or(end, |verb| determiner + verb - 1);
    source.then(|| {
        (
            ws[determiner].start,
            &text[ws[determiner].start..ws[end].end],
        )
    })
}

/// Words before a description that make it what someone is or was
/// (`she was a nurse`, `worked as an engineer`, `like a father`), not
/// someone the text brings in.
pub(super) const PREDICATING_WORDS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "became", "become", "becomes", "as", "like",
    "than", "remains", "remained",
];

/// The last unnamed person `text` brings in, anywhere in it and in any
/// part of a sentence outside its quotes (`quoted`, by offset in
/// `text`): `spoke to a man from Ijevan who said`, `A ranch worker, who
/// asked that his name not be used, was more candid.`, `Contacted by
/// the paper, an officer of the army deployed in Minova described`.
/// The description runs from its determiner of one person to its noun
/// for a person, with up to [`MAX_DESCRIBING_WORDS`] words between; its
/// gender is what its words or the rest of its sentence tell. Not a
/// description that says what someone is (`was a nurse`, after
/// [`PREDICATING_WORDS`]), that puts a name in apposition (`Kim, an
/// engineer,`, `a spokeswoman, Jo Lin,`), that is the agent of a passive
/// (`asked by a reporter`) or one who asks (`a reporter asked`): the one
/// asked answers.
pub(super) fn last_one_brought_in<'t>(
    text: &'t str,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<Described<'t>> {
    let ws = text::words(text);
    (0..ws.len())
        .rev()
        .find_map(|k| brought_in_at(text, &ws, k, quoted))
}

/// Words that open a description pointing back at someone the article
/// told of (`The chairman`, `Her lawyer`).
const DEFINITE_OPENERS: &[&str] = &["the", "his", "her", "its", "their", "our", "this", "that"];

/// The unnamed person a sentence opens with as its subject, described
/// by a noun for a person, when the sentence itself tells that no name
/// is given: the person asked not to be named (`..., who asked not to be
/// identified, said`, `speaking on condition of anonymity`), or is known
/// only as someone's kin (`The wife of one detained officer said ...`).
/// The description may point back (`the president of the chamber`) and
/// may follow an opening participle's phrase (`Contacted by Lusa, the
/// president of the chamber, who asked not to be identified, said ...`,
/// `Contacted by the paper, an officer of the army, ...`). Returns the
/// description's words up to its noun (`the president`). Such a person
/// is not whoever the article quoted and named before, so a `he` or
/// `she` right after means them. A plain `The crane operator shrugged`
/// is not read: most often such a description is another way of naming
/// the person just quoted (`The 64-year-old economist insists ...`).
/// Not `Our correspondent` (the reporter), a sentence that asks (`The
/// reporter asked whether ...`), or a description a name follows (`The
/// minister, Ana Vell,`, `The senator Tom Dorn`).
pub(super) fn unnamed_person_subject(sentence: &str) -> Option<&str> {
    let ws = text::words(sentence);
    let after_participle = ws.first()?.is(CLAUSE_OPENING_PARTICIPLES);
    let start = if after_participle {
        ws.iter().position(|w| w.after.contains(','))? + 1
    } else {
        0
    };
    let opener = ws.get(start)?;
    let indefinite = opener.is(ONE_PERSON_DETERMINERS);
    let opens = opener.is(DEFINITE_OPENERS) || indefinite;
    let asks = (ws.windows(2)).any(|p| p[0].is(ASKING_VERBS) && p[1].is(QUESTION_OPENERS));
    if !opens || opener.is(&["our"]) || asks {
        return None;
    }
    // The noun is the last word for a person in the run after the
    // opener, before any punctuation (`The former minister` is the
    // minister; `The farmer's daughter` the daughter).
    let mut head = None;
    let for_person = |w: &Word<'_>| {
        names_a_person(w) || !w.is_capitalised() && (w.is(OFFICE_WORDS) || w.is(ROLE_NOUNS))
    };
    for (k, w) in ws
        .iter()
        .enumerate()
        .skip(start + 1)
        .take(MAX_POINTING_BACK_WORDS - 1)
    {
        if for_person(w) {
            head = Some(k);
        } else if head.is_some() {
            break;
        }
        if !w.after.trim().is_empty() || w.is(PREPOSITIONS) {
            break;
        }
    }
    let head = head.or_else(|| indefinite.then(|| withheld_noun(&ws, start)).flatten())?;
    let next = ws.get(head + 1)?;
    if next.is_capitalised() {
        return None;
    }
    // `The wife of one detained officer`: kin of someone unnamed.
    let kin_of_one = ws[head].is(KIN_AND_CALLING_NOUNS)
        && next.is(&["of"])
        && ws
            .get(head + 2)
            .is_some_and(|w| w.is(ONE_PERSON_DETERMINERS));
    (kin_of_one || withholds_name(&ws)).then(|| &sentence[opener.start..ws[head].end])
}

/// The noun of an indefinite description the word lists do not know
/// for a person (`A ranch hand, who asked that his name not be used,`):
/// the lowercase word that ends the opening run before its comma or
/// preposition, when the sentence tells that a name is withheld. Someone
/// whose name the article withholds is a person, whatever the noun.
fn withheld_noun(ws: &[Word<'_>], opener: usize) -> Option<usize> {
    if !withholds_name(ws) {
        return None;
    }
    let run = (opener + 1..ws.len().min(opener + MAX_POINTING_BACK_WORDS))
        .take_while(|&k| !ws[k].is(PREPOSITIONS) && !ws[k].is(RELATIVE_PRONOUNS));
    let mut last = None;
    for k in run {
        last = Some(k);
        if !ws[k].after.trim().is_empty() {
            break;
        }
    }
    last.filter(|&k| {
        let ends = ws[k].after.contains(',') || ws.get(k + 1).is_some_and(|n| n.is(PREPOSITIONS));
        !ws[k].is_capitalised() && ends
    })
}

/// Whether the words right after a frame's subject (`rest`, from the
/// subject's end) tell that the subject's name is withheld: `said the
/// official, who asked not to be named.`, `the aide said, speaking on
/// condition of anonymity`. A person the article describes while telling
/// it will not name them is no one it has named.
pub(super) fn withheld_after_subject(rest: &str) -> bool {
    let rest = rest.trim_start();
    let Some(clause) = rest.strip_prefix(',') else {
        return false;
    };
    let end = clause.find(['.', '“', '"']).unwrap_or(clause.len());
    withholds_name(&text::words(&clause[..end]))
}

/// Whether a sentence tells that its person's name is withheld: `who
/// asked not to be named` (or `identified`, `quoted`), `asked that his
/// name not be used`, `speaking on condition of anonymity`.
fn withholds_name(ws: &[Word<'_>]) -> bool {
    ws.iter().enumerate().any(|(k, w)| {
        w.is(&["anonymity"])
            || w.is(&["not"])
                && (ws.iter().skip(k + 1).take(3)).any(|n| n.is(WITHHELD_NAME_PARTICIPLES))
    })
}

/// Participles that, after `not` (`asked not to be named`, `his name not
/// be used`), tell that a name is withheld.
const WITHHELD_NAME_PARTICIPLES: &[&str] = &[
    "named",
    "identified",
    "quoted",
    "used",
    "published",
    "disclosed",
];

/// How many words a description pointing back may have before the comma
/// of its apposition (`The 54-year-old mayor,`).
const MAX_POINTING_BACK_WORDS: usize = 6;

/// Whether the stretch of `ws` that ends at `last` (from its sentence's
/// start or the comma before) is a short description opening with a
/// definite or possessive word: `The speaker`, `The 54-year-old mayor`,
/// whose apposition (`, a former nurse,`) describes them and brings in
/// no one. Not `Contacted by the paper`.
fn points_back_before(ws: &[Word<'_>], last: usize) -> bool {
    let start = (0..=last)
        .rev()
        .find(|&j| j == 0 || ws[j - 1].after.contains([',', '.', ';', ':', '!', '?']))
        .unwrap_or(0);
    ws[start].is(DEFINITE_OPENERS) && last - start < MAX_POINTING_BACK_WORDS
}

/// Whether the capitalised run that ends at `last` is the object of a
/// preposition opening its sentence (`At Stepping Hill,`, `In Leeds,`): a
/// place that sets the scene, so the description after its comma is no
/// apposition of a name. Not a preposition later in the sentence
/// (`according to Tom Dorn, a former aide,` describes Dorn).
fn placed_by_preposition(ws: &[Word<'_>], last: usize) -> bool {
    let opens_sentence = |j: usize| j == 0 || ws[j - 1].after.contains(['.', '!', '?']);
    let first = (0..=last)
        .rev()
        .take_while(|&j| ws[j].is_capitalised() && (j == last || ws[j].after.trim().is_empty()))
        .last()
        .unwrap_or(last);
    let preposition = if ws[first].is(PREPOSITIONS) {
        Some(first)
    } else {
        first.checked_sub(1).filter(|&p| ws[p].is(PREPOSITIONS))
    };
    preposition.is_some_and(opens_sentence)
}

/// Whether the word at `at` stands in a subordinate clause its sentence
/// opened and no comma has closed yet (`Two days after a federal judge in
/// Austin ordered ...`): a person told of as the setting, not brought in.
/// `When the vans arrived, a man ...` is past the clause.
fn in_subordinate_clause(ws: &[Word<'_>], at: usize) -> bool {
    let ends = |w: &Word<'_>| w.after.contains(['.', '!', '?']) && !w.text.contains('.');
    let start = (0..at).rev().find(|&j| ends(&ws[j])).map_or(0, |j| j + 1);
    (start..at).any(|j| ws[j].is(SUBORDINATORS) && ws[j..at].iter().all(|w| !w.after.contains(',')))
}

/// The one unnamed person whose noun is `ws[k]`, as
/// [`last_one_brought_in`] reads them.
fn brought_in_at<'t>(
    text: &'t str,
    ws: &[Word<'t>],
    k: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<Described<'t>> {
    let noun = &ws[k];
    if !names_a_person(noun) || possessive(noun) || quoted(noun.start) {
        return None;
    }
    let determiner = (k.saturating_sub(MAX_DESCRIBING_WORDS + 1)..k)
        .rev()
        .find(|&d| ws[d].is(ONE_PERSON_DETERMINERS))?;
    let joined = ws[determiner..k].iter().all(|w| w.after.trim().is_empty());
    let describing = &ws[determiner + 1..k];
    let plain = describing.iter().all(|w| {
        !w.is(SPEECH_VERBS)
            && !w.is(PREPOSITIONS)
            && !w.is(AUXILIARIES)
            && !w.is(CONJUNCTIONS)
            && !w.is(PREDICATING_WORDS)
            && !w.is(ONE_PERSON_DETERMINERS)
            && !possessive(w)
    });
    if !joined || !plain {
        return None;
    }
    let before = determiner.checked_sub(1).map(|b| &ws[b]);
    let predicated = before
        .is_some_and(|b| b.after.trim().is_empty() && (b.is(PREDICATING_WORDS) || b.is(&["by"])));
    // `Kim, an engineer,`, `The registrar, a former officer,`: the
    // apposition of a name or of a description that points back.
    let of_a_name = before.is_some_and(|b| b.after.trim() == ",")
        && (ws[determiner - 1].is_capitalised() && !placed_by_preposition(ws, determiner - 1)
            || points_back_before(ws, determiner - 1));
    // `a spokeswoman, Jo Lin,`: named after all.
    let named_next = noun.after.trim() == "," && ws.get(k + 1).is_some_and(Word::is_capitalised);
    let asks = ws.get(k + 1).is_some_and(|w| w.is(ASKING_VERBS)) && noun.after.trim().is_empty();
    if predicated || of_a_name || named_next || asks || in_subordinate_clause(ws, determiner) {
        return None;
    }
    let sentence_end = (k..ws.len())
        .find(|&e| ws[e].after.contains(['.', '!', '?']) && !ws[e].text.contains('.'))
        .map_or(ws.len(), |e| e + 1);
    let gender = ws[determiner..=k]
        .iter()
        .rev()
        .find_map(noun_gender)
        .or_else(|| gender_given(&ws[k + 1..sentence_end]));
    Some(Described {
        description: &text[ws[determiner].start..noun.end],
        gender,
    })
}

fn possessive(w: &Word<'_>) -> bool {
    w.after.starts_with("'s") || w.after.starts_with("’s") || w.text.ends_with("'s")
}

/// Heads of descriptions of people posted or visiting somewhere: the
/// place their description puts them in is where they work, not whom they
/// speak for.
const POSTED_NOUNS: &[&str] = &[
    "diplomat",
    "diplomats",
    "delegation",
    "delegations",
    "delegate",
    "delegates",
    "envoy",
    "envoys",
    "ambassador",
    "ambassadors",
    "embassy",
    "consulate",
    "negotiator",
    "negotiators",
    "mediator",
    "mediators",
    "correspondent",
    "correspondents",
    "observer",
    "observers",
];

/// `a Western diplomat in Doha` -> `a Western diplomat`: the place after
/// a posted person's description is their post, so it names no actor (a
/// diplomat in Doha need not speak for Qatar, a delegation in Nairobi
/// comes from elsewhere). Other descriptions are kept whole: `an official
/// in Kabul` works where the capital governs.
pub(super) fn without_posting(description: &str) -> &str {
    let ws = text::words(description);
    let Some(head) = text::head_noun(&ws) else {
        return description;
    };
    match ws.get(head + 1..head + 3) {
        Some([preposition, place])
            if ws[head].is(POSTED_NOUNS) && preposition.is(&["in"]) && place.is_capitalised() =>
        {
            description[..ws[head].end].trim_end()
        }
        _ => description,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_introduced_as_a_subject_ends_before_the_sentences_verb() {
        let text = "A source close to Halloran disputed that account.";
        assert_eq!(
            last_one_headed(text, "source").map(|(_, d)| d),
            Some("A source close to Halloran")
        );
        // An abbreviation's stop ends neither the phrase nor the sentence.
        let text = "A spokeswoman for Mr. Moreno said he had read the letter.";
        assert_eq!(
            last_one_headed(text, "spokeswoman").map(|(_, d)| d),
            Some("A spokeswoman for Mr. Moreno")
        );
    }

    #[test]
    fn a_question_is_no_group() {
        assert_eq!(
            last_group("How do you protect employees who talk to you?"),
            None
        );
        // Must still fire on a group that speaks.
        assert_eq!(
            last_group("Two employees who asked not to be named said so."),
            Some("Two employees")
        );
    }

    #[test]
    fn a_word_not_read_as_plural_lowercases_to_neither_people_nor_a_plural() {
        // What `is_plural_of_person` asked of the lowercase word before it
        // asked `may_be_plural` first.
        let plural_when_lowercased = |word: &str| {
            let lower = word.to_lowercase();
            lower == "people" || lower.ends_with('s')
        };
        let examples = [
            "people",
            "People",
            "PEOPLE",
            "peoples",
            "aides",
            "AIDES",
            "Sources",
            "boss",
            "BOSS",
            "staff",
            "aide",
            "",
            "s",
            "S",
            "ſ",
            "\u{212A}ELVIN",
            "Aidés",
            "AIDΣS",
            "ΣΣ",
        ];
        for word in examples {
            assert!(
                may_be_plural(word) || !plural_when_lowercased(word),
                "{word}"
            );
        }
        // Every character: only `S` lowercases to end in `s`, and none but
        // ASCII letters lowercases to letters of `people`.
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let lower = c.to_lowercase().to_string();
            if lower.ends_with('s') {
                assert!(c == 's' || c == 'S', "{c:?}");
            }
            if !c.is_ascii() {
                assert!(!lower.chars().any(|l| "peol".contains(l)), "{c:?}");
            }
        }
    }

    fn described(sentence: &str) -> Option<(&str, Option<Gender>)> {
        subject_described(sentence).map(|u| (u.description, u.gender))
    }

    fn brought_in(text: &str) -> Option<(&str, Option<Gender>)> {
        last_one_brought_in(text, &|_| false).map(|u| (u.description, u.gender))
    }

    #[test]
    fn an_unnamed_person_subject_withholds_a_name_or_is_kin_of_one() {
        let subject = unnamed_person_subject;
        assert_eq!(
            subject(
                "Contacted by Lusa in Bissau, the president of the chamber, who asked not to be identified, said it was calm."
            ),
            Some("the president")
        );
        assert_eq!(
            subject(
                "Contacted by the paper, an officer of the army, who asked not to be named, described a night."
            ),
            Some("an officer")
        );
        assert_eq!(
            subject("The wife of one detained officer said she had been to the base."),
            Some("The wife")
        );
        // An indefinite description at the sentence's start, whatever its
        // noun, when the name is withheld.
        assert_eq!(
            subject("A ranch hand, who asked that his name not be used, was more candid."),
            Some("A ranch hand")
        );
        assert_eq!(
            subject(
                "A bank employee in the exchange department, who spoke on condition of anonymity, said the dinar fell."
            ),
            Some("A bank employee")
        );
        assert_eq!(subject("A ranch hand was more candid."), None);
        // Another way of naming whoever was quoted before: not read.
        assert_eq!(
            subject("The 64-year-old economist insists he never sought it."),
            None
        );
        assert_eq!(subject("The crane operator shrugged."), None);
        // A name after the noun, the reporter, an asker.
        assert_eq!(
            subject("The minister, Ana Vell, who asked not to be named, left."),
            None
        );
        assert_eq!(
            subject("Our correspondent, who asked not to be named, left."),
            None
        );
        assert_eq!(
            subject("The reporter, who asked not to be named, asked whether it was over."),
            None
        );
    }

    #[test]
    fn a_withheld_name_right_after_the_subject_says_no_one_named() {
        assert!(withheld_after_subject(
            ", who asked not to be named. “They will come out again.”"
        ));
        assert!(withheld_after_subject(
            ", speaking on condition of anonymity."
        ));
        // Must not: a clause that withholds nothing, or no clause at all.
        assert!(!withheld_after_subject(
            ", who has led the talks since May."
        ));
        assert!(!withheld_after_subject(
            " on Monday. A source who asked not to be named said"
        ));
    }

    #[test]
    fn a_place_opening_the_sentence_is_no_name_an_apposition_describes() {
        assert_eq!(
            brought_in("At Stepping Hill, a ward sister on the unit said the week had been ")
                .map(|b| b.0),
            Some("a ward sister")
        );
        assert_eq!(
            brought_in("In Leeds, a nurse said ").map(|b| b.0),
            Some("a nurse")
        );
        // Later in the sentence the name is described.
        assert_eq!(
            brought_in("The figures were leaked, according to Tom Dorn, a former aide, who said "),
            None
        );
        assert_eq!(brought_in("Kim Lee, an engineer, said "), None);
    }

    #[test]
    fn an_unnamed_person_brought_in_anywhere_is_found_outside_predicates_and_appositions() {
        assert_eq!(
            brought_in("Our correspondent spoke to a man from Ijevan who said he had come."),
            Some(("a man", Some(Gender::Male)))
        );
        assert_eq!(
            brought_in(
                "Contacted by the paper, an officer of the army, who asked not to be identified, described a night."
            ),
            Some(("an officer", None))
        );
        assert_eq!(
            brought_in("A Houthi official, who asked that his name not be used, blamed militias."),
            Some(("A Houthi official", Some(Gender::Male)))
        );
        // What someone is, an apposition, an asker, a passive's agent.
        assert_eq!(brought_in("She was a nurse for ten years."), None);
        assert_eq!(
            brought_in("The registrar, a former officer, declined."),
            None
        );
        assert_eq!(brought_in("Kim, an engineer, declined."), None);
        assert_eq!(brought_in("Then a reporter asked about the count."), None);
        assert_eq!(
            brought_in("Asked by a reporter about the count, he smiled."),
            None
        );
        assert_eq!(
            brought_in("He has yet to lose a home Test as captain."),
            None
        );
        assert_eq!(
            brought_in("Two days after a federal judge ordered it, the nurse sat down."),
            None
        );
        assert_eq!(
            brought_in("When the vans arrived, a man from the camp waved."),
            Some(("a man", Some(Gender::Male)))
        );
        // Inside a quote.
        assert_eq!(last_one_brought_in("“a man came”", &|_| true), None);
    }

    #[test]
    fn an_unnamed_subject_is_found_with_the_gender_its_noun_tells() {
        assert_eq!(
            described("A man next to her, who would not give his name, said he was tired."),
            Some(("A man", Some(Gender::Male)))
        );
        assert_eq!(
            described("One grandmother in the queue said the wait was long."),
            Some(("One grandmother", Some(Gender::Female)))
        );
    }

    #[test]
    fn the_subject_may_follow_words_that_set_the_scene() {
        assert_eq!(
            described("Outside the town hall, a woman holding a banner said she came early."),
            Some(("a woman", Some(Gender::Female)))
        );
        assert_eq!(
            described("Waiting by the gate, one retired baker said it was cold."),
            Some(("one retired baker", None))
        );
    }

    #[test]
    fn the_sentence_may_tell_the_gender_of_a_noun_that_does_not() {
        assert_eq!(
            described("A young plumber who gave only his nickname said the pipes froze."),
            Some(("A young plumber", Some(Gender::Male)))
        );
        assert_eq!(
            described("A plumber said she had waited an hour."),
            Some(("A plumber", Some(Gender::Female)))
        );
        // `he` in what was asked is not the asker.
        assert_eq!(
            described("On the way out, a reporter asked what he planned next."),
            Some(("a reporter", None))
        );
    }

    #[test]
    fn named_plural_or_thing_subjects_are_no_unnamed_person() {
        assert_eq!(described("Mara Quill, a baker, said she came early."), None);
        assert_eq!(described("Two voters said they came early."), None);
        assert_eq!(
            described("A letter from the mayor said the road would close."),
            None
        );
        assert_eq!(
            described("A number of residents said they would leave."),
            None
        );
        assert_eq!(described("One of the bakers said it was cold."), None);
        assert_eq!(described("The registrar, a former pilot, declined."), None);
        assert_eq!(described("A woman's bag was found at the gate."), None);
        assert_eq!(
            described("A spokeswoman, Jo Lin, said the gate was shut."),
            None
        );
        assert_eq!(
            described("An aide to the mayor said the gate was shut."),
            None
        );
    }

    #[test]
    fn a_group_of_unnamed_sources_is_found_as_the_article_wrote_it() {
        for (text, group) in [
            (
                "A refiner bought two cargoes, according to people familiar with the matter.",
                Some("people familiar with the matter"),
            ),
            (
                "Sources at the bank told the paper that directors stayed home.",
                Some("Sources at the bank"),
            ),
            (
                "According to Turkish diplomatic sources, Ankara called Cairo.",
                Some("Turkish diplomatic sources"),
            ),
            (
                "Two union officials, who asked not to be named, said the offer fell.",
                Some("Two union officials"),
            ),
            (
                "Two Republican strategists who have advised the campaign said it was rehearsed.",
                Some("Two Republican strategists"),
            ),
            // The last group told is the one meant.
            (
                "Two aides said it was over. Later, three senators in the room said it was not.",
                Some("three senators in the room"),
            ),
            // What places a group may open with `to`; a party's members
            // are capitalised after their count; employees are people.
            (
                "Two major donors to the senator said they had stopped.",
                Some("Two major donors to the senator"),
            ),
            (
                "It was leverage, according to three Republicans close to him.",
                Some("three Republicans close to him"),
            ),
            (
                "Staff took the slogans down, according to two employees.",
                Some("two employees"),
            ),
            // A group pointed back at, or only mentioned, is none.
            ("The sources said the bill could be tabled.", None),
            ("One of the people said the deal was close.", None),
            ("Mara Quill met two officials at the port.", None),
            ("The mayor thanked residents for their patience.", None),
            ("Officials cleared the road.", None),
            ("Grain backed up, as shippers warned of delays.", None),
        ] {
            assert_eq!(last_group(text), group, "{text}");
        }
    }

    #[test]
    fn one_member_of_a_group_is_picked_by_them_or_the_group_noun() {
        for (description, group, member) in [
            ("one of the people", "people familiar with the matter", true),
            ("one of them", "Two union officials", true),
            ("one of those", "two aides in the room", true),
            ("one of the sources", "Sources at the bank", true),
            (
                "one of the sources",
                "two sources familiar with the talks",
                true,
            ),
            ("one of them", "two sources familiar with the talks", true),
            ("one source", "Turkish diplomatic sources", true),
            ("one person", "people familiar with the matter", true),
            // Another noun, or no `one`: someone else.
            (
                "one of the senators",
                "people familiar with the matter",
                false,
            ),
            ("one diplomat", "Sources at the bank", false),
            ("a source", "Sources at the bank", false),
            ("one Labour aide", "two aides", false),
            // The group named again.
            ("The sources", "Turkish diplomatic sources", true),
            ("The diplomats", "Turkish diplomatic sources", false),
        ] {
            assert_eq!(picks_one_of(description, group), member, "{description}");
        }
    }

    #[test]
    fn a_group_pointed_back_at_is_the_last_one_told_with_its_noun() {
        let text = "China pressed the junta, two people familiar with the meetings told \
                    Reuters. Shelling killed nine people. The people familiar with the \
                    meetings said the list was raised.";
        for (description, near, noun) in [
            ("one of the people", "", Some("people")),
            ("one of the diplomats", "", Some("diplomats")),
            // `them` is the group the text last pointed back at.
            ("one of them", text, Some("people")),
            ("one of them", "Shelling killed nine people.", None),
            ("one of the bridges", "", None),
            ("a diplomat", "", None),
        ] {
            assert_eq!(
                group_noun_pointed_at(description, near).as_deref(),
                noun,
                "{description}"
            );
        }
        assert_eq!(
            last_group_headed(text, "people"),
            Some("two people familiar with the meetings")
        );
        assert_eq!(last_group_headed(text, "sources"), None);
    }

    #[test]
    fn a_member_of_a_group_no_words_describe_is_no_description() {
        for (description, untold) in [
            ("one of them", true),
            ("One of those", true),
            ("one of the people", true),
            ("one of the delegates", false),
            ("one of his crewmates", false),
            ("one resident", false),
        ] {
            assert_eq!(member_of_untold_group(description), untold, "{description}");
        }
    }

    #[test]
    fn a_name_the_description_goes_on_to_give_is_the_source() {
        for (rest, name) in [
            (
                " who gave his name as Abu Hashem said he was held",
                Some("Abu Hashem"),
            ),
            (", who gave her name as Mariam.", Some("Mariam")),
            (
                ", who asked that only her first name, Kavira, be used, said",
                Some("Kavira"),
            ),
            (
                ", a woman who gave her name as Khin Khin, said",
                Some("Khin Khin"),
            ),
            (
                " who identified himself only as Junior and who",
                Some("Junior"),
            ),
            // No name, or one the clause does not give as theirs.
            (" who asked that only his first name be used", None),
            (
                " who gave her name only as a student of Yerevan State University",
                None,
            ),
            (", who asked not to be named, said", None),
            (" told Reuters, as Mariam said", None),
            (", Dimakatso Mabuza-Kekana, 41", None),
        ] {
            assert_eq!(name_given_after(rest), name, "{rest}");
        }
    }

    #[test]
    fn a_pronoun_of_the_other_gender_is_not_them() {
        let woman = subject_described("A woman in line said she was tired.").unwrap();
        assert!(woman.may_be(Gender::Female));
        assert!(!woman.may_be(Gender::Male));
        // Gender not told: a pronoun of either may be them.
        let baker = subject_described("One baker said it was cold.").unwrap();
        assert!(baker.may_be(Gender::Male) && baker.may_be(Gender::Female));
        assert_eq!(
            described_gender("a woman in the queue"),
            Some(Gender::Female)
        );
        assert_eq!(described_gender("a man behind her"), Some(Gender::Male));
        assert_eq!(described_gender("one retired baker"), None);
        // A verb of the relative clause does not end what it tells.
        let analyst =
            subject_described("An analyst who asked that his name not be used said it.").unwrap();
        assert_eq!(analyst.gender, Some(Gender::Male));
        // Must not: a pronoun in what the subject said is someone else.
        let baker = subject_described("One baker said that his rival was away.").unwrap();
        assert_eq!(baker.gender, None);
    }

    #[test]
    fn a_pointer_back_at_one_person_is_headed_by_a_noun_for_a_person() {
        for (phrase, noun) in [
            ("the official", Some("official")),
            ("this member", Some("member")),
            ("that person", Some("person")),
            ("the same person", Some("person")),
            ("the former official", Some("official")),
            ("The source familiar with the talks", Some("source")),
            // A name, a capitalised describer, a body, a possessive: no.
            ("the Texas Republican", None),
            ("Reyes", None),
            ("the ministry", None),
            ("the statement", None),
            ("the aide's", None),
            ("a senior official", None),
            ("the very long-serving former deputy official", None),
            // A post, a staff relation, a noun in `-ee` for a person.
            ("the diplomat", Some("diplomat")),
            ("The aide", Some("aide")),
            ("the former clerk", Some("clerk")),
            ("the employee", Some("employee")),
            ("the committee", None),
            ("the spokesperson for the Secretary-General", None),
        ] {
            assert_eq!(pointed_back_noun(phrase).as_deref(), noun, "{phrase}");
        }
    }

    #[test]
    fn a_description_with_a_name_in_apposition_is_a_named_holder() {
        assert!(named_in_apposition(
            ", Omar Haddad, said the talks had ended"
        ));
        assert!(!named_in_apposition(" who asked not to be named said"));
        assert!(!named_in_apposition(
            ", speaking on condition of anonymity, said"
        ));
        assert!(!named_in_apposition(" said the talks had ended"));
        // `According to a source in the ministry, Moscow is ready`.
        assert!(!named_in_apposition(", Moscow is ready to host a meeting"));
    }

    #[test]
    fn one_unnamed_source_is_found_by_the_noun_that_heads_their_description() {
        let found = |text: &'static str, noun: &str| last_one_headed(text, noun).map(|(_, d)| d);
        for (text, noun, description) in [
            (
                "The board has issued notices, an Election Board official said.",
                "official",
                Some("an Election Board official"),
            ),
            (
                "A U.N. official in Tarn, who asked not to be identified, said it was bad.",
                "official",
                Some("A U.N. official in Tarn"),
            ),
            (
                "The plan, according to a person familiar with the talks, is dead.",
                "person",
                Some("a person familiar with the talks"),
            ),
            (
                "A member of the Vell delegation, speaking on condition of anonymity, says they will leave.",
                "member",
                Some("A member of the Vell delegation"),
            ),
            (
                "A senior commander in one of the Tarn Mobilisation Forces factions told MEE it was new.",
                "commander",
                Some("A senior commander in one of the Tarn Mobilisation Forces factions"),
            ),
            (
                "A House Democratic leadership aide was more pointed.",
                "aide",
                Some("A House Democratic leadership aide"),
            ),
            // The latest of two.
            (
                "An aide said no, and a second aide said yes.",
                "aide",
                Some("a second aide"),
            ),
            // Must not: a named person's apposition, a thing done to one,
            // another noun, a source pointed back at.
            ("Jo Lin, an aide to the mayor, said no.", "aide", None),
            (
                "Police questioned an aide on Monday, and the mayor said no.",
                "aide",
                None,
            ),
            (
                "A U.N. official in Tarn was at the scene within the hour.",
                "official",
                Some("A U.N. official in Tarn"),
            ),
            ("An aide said no.", "official", None),
            ("The aide said no.", "aide", None),
        ] {
            assert_eq!(found(text, noun), description, "{text}");
        }
    }

    #[test]
    fn a_posted_persons_place_is_their_post_not_their_side() {
        assert_eq!(
            without_posting("a Western diplomat in Doha"),
            "a Western diplomat"
        );
        assert_eq!(
            without_posting("the DRC delegation in Nairobi"),
            "the DRC delegation"
        );
        assert_eq!(
            without_posting("an official in Kabul"),
            "an official in Kabul"
        );
        assert_eq!(
            without_posting("a diplomat in the region"),
            "a diplomat in the region"
        );
        assert_eq!(
            without_posting("a source in the Russian Foreign Ministry"),
            "a source in the Russian Foreign Ministry"
        );
    }
}
