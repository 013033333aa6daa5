//! A person's other names, read from what the article says of them
//! (round forty-four): a familiar form the text introduces for someone
//! named in full (`Maria Aparecida dos Santos, known as Dona Cida`), a
//! word of address before a given name the article gave in full (`Padre
//! Júlio` after `Father Júlio César Aguiar`), a family name written
//! first (`Lee` after `Lee Ga-eun`), and a name a dateline opens with,
//! which is a place (`Mae La (Thailand) (AFP) –`).

use super::lexicon::{FAMILIAR_WORDS_OF_ADDRESS, ORGANISATION_WORDS};
use super::speaker;
use super::text::{Word, words};

/// The places where `name` stands as words of its own in `text`.
fn places_of<'t>(text: &'t str, name: &'t str) -> impl Iterator<Item = usize> + 't {
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).filter(move |&i| {
        text.is_char_boundary(i)
            && text.is_char_boundary(i + name.len())
            && !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && !text[i + name.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// The start of the sentence `at` stands in: after the last full stop,
/// question or exclamation mark or line break before it.
fn sentence_start(text: &str, at: usize) -> usize {
    text[..at].rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1)
}

/// A word that goes on a person's full name: a name word, or a particle
/// in lowercase (`dos`, `da`) inside it.
fn name_or_particle(w: &Word<'_>) -> bool {
    (speaker::is_name_word(w) || speaker::is_lower_particle(w))
        && !w.is(ORGANISATION_WORDS)
        // `the 5th Infantry Division, known as Al-Haggana`: a unit's name.
        && !w.is(&["division", "bureau", "directorate", "brigade", "battalion", "regiment", "corps"])
}

/// The last word of the run of name words that goes on from `from`
/// (words joined by spaces only), short of a lowercase particle at its
/// end (`de`, `van`).
fn name_run_end(ws: &[Word<'_>], from: usize) -> usize {
    let mut end = from;
    while end + 1 < ws.len() && ws[end].after.trim().is_empty() && name_or_particle(&ws[end + 1]) {
        end += 1;
    }
    while end > from && speaker::is_lower_particle(&ws[end]) {
        end -= 1;
    }
    end
}

/// The last full name of a person (two name words or more, particles
/// between them) in `ws`, as `text` writes it: `Maria Aparecida dos
/// Santos` in `Maria Aparecida dos Santos, 58,`; `Geraldo Magela Pinto`
/// in `The mayor of São Gonçalo da Serra, Geraldo Magela Pinto,`. A run
/// that opens with a word describing someone (`Brazilian`) or ends in a
/// possessive names no one here.
fn last_full_name(ws: &[Word<'_>], text: &str) -> Option<String> {
    let mut best = None;
    let mut k = 0;
    while k < ws.len() {
        if !name_or_particle(&ws[k]) || speaker::is_lower_particle(&ws[k]) {
            k += 1;
            continue;
        }
        let end = name_run_end(ws, k);
        let names = ws[k..=end]
            .iter()
            .filter(|w| !speaker::is_lower_particle(w))
            .count();
        let possessed = ws
            .get(end + 1)
            .is_some_and(|w| speaker::is_possessive(w.text) && ws[end].after.trim().is_empty());
        if names >= 2 && !speaker::describes_person(&ws[k]) && !possessed {
            best = Some(text[ws[k].start..ws[end].end].to_string());
        }
        k = end + 1;
    }
    best
}

/// `Dona Cida` -> `Maria Aparecida dos Santos` where the article says
/// `Maria Aparecida dos Santos, 58, known as Dona Cida`, `Geraldo Magela
/// Pinto – known locally as Geraldinho –`, `Sebastião Ferreira da Cruz,
/// a 71-year-old farmer known to everyone in Vila do Cedro as Seu Tião`,
/// or `... nicknamed`/`dubbed` the name: the name is the one the article
/// goes on to call that person by. The full name is the last one before
/// `known`, in the same sentence. Two people introduced under one
/// familiar form give none.
pub(super) fn introduced_as(body: &str, name: &str) -> Option<String> {
    let mut found: Option<String> = None;
    for i in places_of(body, name) {
        let start = sentence_start(body, i);
        let before = body[start..i]
            .trim_end()
            .trim_end_matches(['"', '“', '‘', '\''])
            .trim_end();
        let ws = words(before);
        let n = ws.len();
        let introducing = match ws.last() {
            Some(last) if last.is(&["nicknamed", "dubbed"]) => Some(n - 1),
            Some(last) if last.is(&["as"]) => (n.saturating_sub(9)..n - 1)
                .rev()
                .find(|&k| ws[k].is(&["known"])),
            _ => None,
        };
        let Some(k) = introducing else {
            continue;
        };
        let Some(full) = last_full_name(&ws[..k], before) else {
            continue;
        };
        if full == name {
            continue;
        }
        match &found {
            Some(other) if *other != full => return None,
            _ => found = Some(full),
        }
    }
    found
}

/// `Padre Júlio` -> `Júlio César Aguiar`, `Doña Carmen` -> `Carmen
/// Echeverría`, `Engineer Chala` -> `Chala Gemechu`: a word of address
/// of kin, faith, trade or courtesy that is used with a given name
/// ([`FAMILIAR_WORDS_OF_ADDRESS`]), then a given name the article writes
/// at the head of one full name (with or without the word). Two full
/// names that open with the given name give none.
pub(super) fn given_name_addressed(body: &str, name: &str) -> Option<String> {
    let ws = words(name);
    let [address, given] = ws.as_slice() else {
        return None;
    };
    if !address.is(FAMILIAR_WORDS_OF_ADDRESS)
        || !speaker::is_name_word(given)
        || given.text.chars().count() < 2
    {
        return None;
    }
    let mut found: Option<String> = None;
    for i in places_of(body, given.text) {
        let mut end = (i + 160).min(body.len());
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        let line_end = body[i..end].find('\n').map_or(end, |k| i + k);
        let after = &body[i..line_end];
        let aws = words(after);
        if aws.first().is_none_or(|w| w.text != given.text) {
            continue;
        }
        let last = name_run_end(&aws, 0);
        if last == 0 || speaker::is_possessive(aws[last].text) {
            continue;
        }
        let full = &after[..aws[last].end];
        match &found {
            Some(other) if other != full => return None,
            _ => found = Some(full.to_string()),
        }
    }
    found
}

/// The one full name the article writes for a name of one word (`Almaz`
/// -> `Almaz Tefera`, `Tagliabue` -> `Giuseppe Tagliabue`, `Fakatulolo`
/// -> `Lord Fakatulolo`): every run of name words (particles between
/// them, on one line, nothing but a space between) that holds the word,
/// without the words describing the person that open it (`Brazilian`,
/// `Minister`), is read; the runs of two words or more that open or end
/// with it are the full names it may stand for. A writer names someone in
/// full once and then by given name or surname alone, so the name is the
/// full name; two different full names (`Stephen Kiprono Langat` and
/// `Kiprono arap Sang`), or one that holds the word in its middle, give
/// none: completing there could join two people. A peer or ruler named
/// by a title and one word only (`Lord Fakatulolo`, `Sheikh Tamim`) is
/// that title and word, the form of the name the article uses most fully
/// (`naming_titles`: the caller's list of such titles).
pub(super) fn full_name_written(
    body: &str,
    name: &str,
    naming_titles: &'static [&'static str],
) -> Option<String> {
    if name.contains(' ') || !name.starts_with(char::is_uppercase) || name.chars().count() < 2 {
        return None;
    }
    let mut found: Option<String> = None;
    for i in places_of(body, name) {
        let line_start = body[..i].rfind('\n').map_or(0, |k| k + 1);
        let line_end = body[i..].find('\n').map_or(body.len(), |k| i + k);
        let line = &body[line_start..line_end];
        let ws = words(line);
        let Some(at) = ws.iter().position(|w| line_start + w.start == i) else {
            continue;
        };
        if !name_or_particle(&ws[at]) {
            continue;
        }
        let mut first = at;
        while first > 0 && ws[first - 1].after.trim().is_empty() && name_or_particle(&ws[first - 1])
        {
            first -= 1;
        }
        let last = name_run_end(&ws, at);
        // `Brazilian Maria Lind`, `Justice Penrose`: words that describe
        // the person are no part of the name.
        while first < at
            && (speaker::describes_person(&ws[first]) || speaker::is_lower_particle(&ws[first]))
        {
            first += 1;
        }
        let possessed = ws
            .get(last + 1)
            .is_some_and(|w| speaker::is_possessive(w.text) && ws[last].after.trim().is_empty());
        if possessed {
            continue;
        }
        let full = if first == last {
            // A peer's title before the one word: `Lord Fakatulolo`.
            // Not a given name (`Sheikh Faisal` is a form of `Faisal bin
            // Nasser Al-Muhannadi`), nor a title inside a longer name
            // (`Gamal Eldin Sheikh Idris`).
            let inside = first > 1
                && ws[first - 2].after.trim().is_empty()
                && name_or_particle(&ws[first - 2]);
            let titled = first > 0
                && ws[first - 1].after.trim().is_empty()
                && ws[first - 1].is(naming_titles)
                && ws[first - 1].is_capitalised()
                && !inside
                && super::coref::first_name_gender(name).is_none();
            if !titled {
                continue;
            }
            &line[ws[first - 1].start..ws[last].end]
        } else if first == at || last == at {
            &line[ws[first].start..ws[last].end]
        } else {
            // The word inside a longer name: not this name's form.
            return None;
        };
        // `Arsenio "Jun" Lualhati Jr.`: a nickname in quotes is no
        // part of the name run.
        if full.contains(['"', '“', '”']) {
            return None;
        }
        match &found {
            Some(other) if other != full => return None,
            _ => found = Some(full.to_string()),
        }
    }
    found
}

/// Is `word` a Korean given name as English copy writes it, two
/// syllables joined by a hyphen, the second lowercase (`Ga-eun`,
/// `Hye-young`)?
fn hyphenated_given_name(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().all(char::is_alphabetic)
        && !second.is_empty()
        && second
            .chars()
            .all(|c| c.is_alphabetic() && c.is_lowercase())
}

/// `Lee said` after `Second Vice Minister Lee Ga-eun said`: the full names
/// written family name first (`coref::family_name_first`'s shape) for the
/// family name `family`, each with its place in the body; the one given
/// last before a mention is the bearer in play there, whoever else of that
/// family name the files list.
fn family_name_first_places(body: &str, family: &str) -> Vec<(usize, String)> {
    if family.contains(' ') || !family.starts_with(char::is_uppercase) {
        return Vec::new();
    }
    let mut places = Vec::new();
    for i in places_of(body, family) {
        let rest = &body[i + family.len()..];
        let Some(rest) = rest.strip_prefix(' ') else {
            continue;
        };
        let given = rest
            .split(|c: char| c.is_whitespace() || ",.;:)”\"’'".contains(c))
            .next()
            .unwrap_or_default();
        if hyphenated_given_name(given) {
            places.push((i, format!("{family} {given}")));
        }
    }
    places
}

/// What an article says of one name as another name of someone: read
/// once per article and name, since each reading scans the whole body
/// and a name is asked again at every mention.
pub(super) struct OtherNames {
    /// The name opens a dateline: a place ([`written_as_dateline`]).
    pub(super) dateline: bool,
    /// The full name it is a familiar form of ([`introduced_as`], else
    /// [`given_name_addressed`]).
    pub(super) full_name: Option<String>,
    /// The places of the full names written with it as the family name
    /// first, in body order, each with that full name: the one before a
    /// mention is the bearer in play there.
    pub(super) family_name_first: Vec<(usize, String)>,
}

impl OtherNames {
    pub(super) fn read(body: &str, name: &str, cues: &BodyCues) -> Self {
        let introduced = || {
            cues.introduces_names
                .then(|| introduced_as(body, name))
                .flatten()
        };
        OtherNames {
            dateline: written_as_dateline(body, name, cues),
            full_name: introduced().or_else(|| given_name_addressed(body, name)),
            family_name_first: family_name_first_places(body, name),
        }
    }
}

/// `Mae La (Thailand) (AFP) – Naw Eh Htoo was born`, `Wad Medani, Sudan
/// – The canal`: the article opens a paragraph with `name` as its
/// dateline, so `name` is the place the story was filed from, never a
/// person, whatever given name is in it (`Mae`).
fn written_as_dateline(body: &str, name: &str, cues: &BodyCues) -> bool {
    cues.line_openings.iter().any(|&i| {
        body[i..].strip_prefix(name).is_some_and(|rest| {
            !rest.chars().next().is_some_and(char::is_alphanumeric)
                && super::coref::dateline_follows(rest)
        })
    })
}

/// What every name of one article is read against, found once per
/// article: asking the whole body again for each name was the cost.
pub(super) struct BodyCues {
    /// Where each line's words open, after emphasis marks and spaces: a
    /// dateline stands there.
    line_openings: Vec<usize>,
    /// Does the body hold a word that introduces another name (`known`,
    /// `nicknamed`, `dubbed`, in any case)? Without one, no familiar
    /// form is introduced ([`introduced_as`]).
    introduces_names: bool,
}

impl BodyCues {
    pub(super) fn read(body: &str) -> Self {
        let line_openings = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', body.as_bytes()).map(|k| k + 1))
            .map(|start| {
                start
                    + body[start..]
                        .bytes()
                        .take_while(|b| matches!(b, b'*' | b'_' | b' '))
                        .count()
            })
            .filter(|&i| i < body.len())
            .collect();
        let lower = body.to_ascii_lowercase();
        let introduces_names = ["known", "nicknamed", "dubbed"]
            .iter()
            .any(|cue| lower.contains(cue));
        BodyCues {
            line_openings,
            introduces_names,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_familiar_form_introduced_with_known_as_is_the_full_names() {
        let body = "Maria Aparecida dos Santos, 58, known as Dona Cida, is still waiting.\n\n\
                    “I want my son,” says Dona Cida.";
        assert_eq!(
            introduced_as(body, "Dona Cida").as_deref(),
            Some("Maria Aparecida dos Santos")
        );
        let body = "The mayor of São Gonçalo da Serra, Geraldo Magela Pinto – known locally as \
                    Geraldinho – said the mud came down.";
        assert_eq!(
            introduced_as(body, "Geraldinho").as_deref(),
            Some("Geraldo Magela Pinto")
        );
        let body = "This Wednesday, Sebastião Ferreira da Cruz, a 71-year-old farmer known to \
                    everyone in Vila do Cedro as Seu Tião, sat in the first row.";
        assert_eq!(
            introduced_as(body, "Seu Tião").as_deref(),
            Some("Sebastião Ferreira da Cruz")
        );
        // A body's other name, or a name no one is introduced under.
        let body = "The 5th Infantry Division, known as Al-Haggana, held the line.";
        assert_eq!(introduced_as(body, "Al-Haggana"), None);
        assert_eq!(introduced_as("Dona Cida said so.", "Dona Cida"), None);
    }

    #[test]
    fn a_word_of_address_before_a_given_name_is_the_full_name_it_opens() {
        let body = "The parish priest, Father Júlio César Aguiar, held a vigil. \
                    “It is a day to hold hands,” said Padre Júlio.";
        assert_eq!(
            given_name_addressed(body, "Padre Júlio").as_deref(),
            Some("Júlio César Aguiar")
        );
        let body = "Her mother, Doña Carmen Echeverría, 78, said so. “Never,” said Doña Carmen.";
        assert_eq!(
            given_name_addressed(body, "Doña Carmen").as_deref(),
            Some("Carmen Echeverría")
        );
        // Two full names open with the given name: none.
        let body = "Carmen Ruiz and Carmen Ortega spoke. Doña Carmen said no.";
        assert_eq!(given_name_addressed(body, "Doña Carmen"), None);
        // A courtesy title before a surname is another rule's.
        assert_eq!(given_name_addressed("Mr Tan Wei said.", "Mr Tan"), None);
    }

    #[test]
    fn a_family_name_alone_is_the_family_name_first_full_name_written_last() {
        let body = "Vice Minister Lee Ga-eun said the ministry acted. “We block it,” Lee said.";
        let at = body.find("“We").unwrap();
        let bearer_before = |body: &str, at: usize| {
            (OtherNames::read(body, "Lee", &BodyCues::read(body))
                .family_name_first
                .iter())
            .rev()
            .find(|(place, _)| *place < at)
            .map(|(_, full)| full.clone())
        };
        assert_eq!(bearer_before(body, at).as_deref(), Some("Lee Ga-eun"));
        // After the place asked about, or a surname written last: none.
        assert_eq!(bearer_before(body, 3), None);
        assert_eq!(bearer_before("Ann Lee said.", 13), None);
    }

    #[test]
    fn a_name_that_opens_a_dateline_is_a_place() {
        let dateline =
            |body: &str, name: &str| written_as_dateline(body, name, &BodyCues::read(body));
        let body = "Mae La (Thailand) (AFP) – Naw Eh Htoo was born here.\n\n\"We wait,\" she said.";
        assert!(dateline(body, "Mae La"));
        assert!(!dateline(body, "Naw Eh Htoo"));
        let body = "Wad Medani, Sudan – The canal is dry.";
        assert!(dateline(body, "Wad Medani"));
        // A name then a comma and words in lowercase, or a dash: a subject.
        let body = "Mae Jemison, the astronaut, said – with a smile – no.";
        assert!(!dateline(body, "Mae Jemison"));
        let body = "Priya Sandhu — no relation to the minister — is a nurse.";
        assert!(!dateline(body, "Priya Sandhu"));
        // After a paragraph break and emphasis marks: still a dateline.
        let body = "Intro.\n\n**Wad Medani, Sudan** – The canal is dry.";
        assert!(dateline(body, "Wad Medani"));
    }
}
