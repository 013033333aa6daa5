//! Staff speak for the person they serve. `Her spokeswoman, Annika
//! Fell,`, `Chan Yu, a spokesman for Senator Loretta Cole of Texas,`,
//! `Sen. Reyes's chief counsel, Owen Brandt,`, `An aide to Reyes, Jo
//! Lin,`, `Jo Lin, who advises Reyes,`: each mention of a person quoted
//! with no actor may name a *principal*, and the person then speaks for
//! the principal's actor, however the article made that actor known (the
//! people quoted, the actor files, or any mention of the principal).
//!
//! The relation is grammar, not a list of sentences: a staff role (a
//! class in `lexicon::PRINCIPAL_STAFF_ROLES`) with an owner (`his`/`her`,
//! a capitalised possessive) or a `for`/`to` object, or a serving verb
//! (`lexicon::PRINCIPAL_SERVING_VERBS`) in a relative clause. A role once
//! held (`a former aide to Reyes`) names no principal.

use std::ops::Range;

use super::coref::{Named, given_name_gender, people_named};
use super::identity::surname;
use super::lexicon::{PRINCIPAL_SERVING_VERBS, PRINCIPAL_STAFF_ROLES, SUBORDINATORS, TITLES};
use super::resolve::Gender;
use super::speaker;
use super::text::{Word, possessive_owner, sentence_ends, words};
use super::{Candidate, Reader};

/// Whom a staff role says its holder serves.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Principal<'a> {
    /// `Her spokeswoman`: the person the pronoun stands for.
    Pronoun(Gender),
    /// `a spokesman for Sen. Ann Reyes`, `Reyes's chief counsel`.
    Named(&'a str),
    /// `a spokesperson for the governor`: the person the description
    /// stands for where the staff member is mentioned.
    Described(&'a str),
}

impl Reader<'_> {
    /// The actor of the principal that a mention of `name` says the person
    /// serves, with the words that said it (the staff words, then the
    /// principal's own). `candidates` gives the actors of the people the
    /// article quoted.
    pub(super) fn principal_in_mentions(
        &self,
        name: &str,
        candidates: &[Candidate],
    ) -> Option<(String, String)> {
        let body = &self.article.body;
        let own = surname(name)?;
        for at in super::text::whole_word_starts(body, own) {
            let end = at + own.len();
            for (piece, principal) in served_at(body, at, end) {
                let found = match principal {
                    Principal::Pronoun(gender) => self
                        .pronoun_principal(gender, at, own, candidates)
                        .and_then(|p| self.actor_of_principal(&p, own, candidates)),
                    Principal::Named(p) => self.actor_of_principal(p, own, candidates),
                    // Read where the staff member's name begins.
                    Principal::Described(d) => self
                        .only_person_described(d, name_start(body, at))
                        .and_then(|p| self.actor_of_principal(&p.name, own, candidates)),
                };
                if let Some((actor, principal_words)) = found {
                    let evidence = match principal_words {
                        Some(words) if words != piece => format!("{piece}; {words}"),
                        _ => piece.to_string(),
                    };
                    return Some((actor, evidence));
                }
            }
        }
        None
    }

    /// The actor of the person named `principal` (a full name or a
    /// surname), and the words that gave it when they stand at a mention
    /// of the principal: a candidate's campaign, the actor of their
    /// quotes, the actor files' `people:`, then any mention of them.
    fn actor_of_principal(
        &self,
        principal: &str,
        staff_surname: &str,
        candidates: &[Candidate],
    ) -> Option<(String, Option<String>)> {
        let principal_surname = surname(principal)?;
        if principal_surname == staff_surname {
            return None;
        }
        if let Some(campaign) = self.campaign_actor(principal) {
            return Some((campaign, None));
        }
        let quoted = candidates.iter().find_map(|c| {
            let o = &c.occurrence;
            let speaker = o.speaker.as_deref()?;
            (!o.anonymous && speaker.contains(' ') && surname(speaker) == Some(principal_surname))
                .then_some(())?;
            Some((o.actor.clone()?, o.affiliation_evidence.clone()))
        });
        if quoted.is_some() {
            return quoted;
        }
        if let Some(person) = self
            .registry
            .person(principal)
            .or_else(|| self.registry.person(principal_surname))
        {
            return Some((person.actor.clone(), None));
        }
        self.affiliation_in_mentions(principal)
            .map(|(actor, words)| (actor, Some(words)))
    }

    /// The person `his` or `her` at `at` stands for: the first person of
    /// that gender named outside quotes in the main clause of the nearest
    /// sentence before that names one, back to the paragraph before.
    fn pronoun_principal(
        &self,
        gender: Gender,
        at: usize,
        staff_surname: &str,
        candidates: &[Candidate],
    ) -> Option<String> {
        let body = &self.article.body;
        let paragraph = body[..at].rfind("\n\n").map_or(0, |p| p + 2);
        let from = body[..paragraph.saturating_sub(2)]
            .rfind("\n\n")
            .map_or(0, |p| p + 2);
        // Full names the article gave before: the people quoted, and the
        // names run whole in the narration (`Sen. Rafael Cardenas-Pike`,
        // then `Cardenas-Pike`).
        let quoted = candidates
            .iter()
            .filter_map(|c| c.occurrence.speaker.clone());
        let named_before = people_named(&body[..at], 0, &quoted_ranges(&body[..at], 0), &[])
            .into_iter()
            .map(|n| clean_name(&n.name).to_string());
        let known_names: Vec<String> = quoted
            .chain(named_before)
            .filter(|s| s.contains(' '))
            .collect();
        let known: Vec<&str> = known_names.iter().map(String::as_str).collect();
        let text = &body[from..at];
        let mut starts = vec![0];
        starts.extend(sentence_ends(text));
        let quotes = quoted_ranges(text, from);
        // Sentences from the nearest back.
        let mut bounds: Vec<Range<usize>> = starts
            .iter()
            .zip(starts.iter().skip(1).chain([&text.len()]))
            .map(|(&s, &e)| s..e)
            .collect();
        bounds.reverse();
        for sentence in bounds {
            let main = main_clause_start(&text[sentence.clone()]);
            let base = from + sentence.start + main;
            let clause = &text[sentence.start + main..sentence.end];
            let mut named = people_named(clause, base, &quotes, &known);
            // People the actor files list, by surname, whatever their
            // given name (`Brisco Tamm`), and the owner of a possessive.
            for w in words(clause) {
                let at = base + w.start;
                if !w.is_capitalised() || quotes.iter().any(|q| q.contains(&at)) {
                    continue;
                }
                let found = self
                    .registry
                    .person_by_surname(w.text)
                    .map(|p| p.name.clone())
                    .or_else(|| possessor(w.text, &known, self.registry));
                if let Some(name) = found.filter(|_| !named.iter().any(|n| n.at == at)) {
                    named.push(Named {
                        at,
                        name,
                        gender: None,
                    });
                }
            }
            named.sort_by_key(|n| n.at);
            let people: Vec<Named> = named
                .into_iter()
                .map(|n| Named {
                    name: clean_name(&n.name).to_string(),
                    ..n
                })
                .filter(|n| surname(&n.name) != Some(staff_surname))
                .collect();
            if people.is_empty() {
                continue;
            }
            let fits = |n: &&Named| {
                let told = n
                    .gender
                    .or_else(|| given_name_gender(&n.name))
                    .or_else(|| self.told_gender(&n.name));
                told.is_none_or(|g| g == gender)
            };
            if let Some(first) = people.iter().find(fits) {
                return Some(first.name.clone());
            }
        }
        None
    }

    /// The gender the article told of `name` (`he said`, `Mrs`).
    fn told_gender(&self, name: &str) -> Option<Gender> {
        let last = surname(name)?;
        self.discourse
            .genders
            .iter()
            .find(|(n, _)| surname(n) == Some(last))
            .map(|(_, g)| *g)
    }
}

/// The principals the words around one mention (`at..end` in `body`) say
/// the person serves, each with the words that say it: the apposition
/// after the name (`, a spokesman for Sen. Ann Reyes,`, `, who advises
/// Reyes,`) and the piece before it (`Her spokeswoman, `, `Reyes's
/// chief counsel `).
fn served_at(body: &str, at: usize, end: usize) -> Vec<(&str, Principal<'_>)> {
    let mut served = Vec::new();
    let name_end = [" Jr.", " Sr.", " Jr", " Sr", " II", " III"]
        .iter()
        .find(|suffix| body[end..].starts_with(*suffix))
        .map_or(end, |suffix| end + suffix.len());
    if let Some(rest) = body[name_end..].strip_prefix(", ") {
        let piece = &rest[..phrase_len(rest)];
        if let Some(principal) = serving_clause(piece).or_else(|| staff_role(piece)) {
            served.push((piece, principal));
        }
    }
    let at = name_start(body, at);
    let line = body[..at].rfind('\n').map_or(0, |i| i + 1);
    let sentence = sentence_ends(&body[line..at])
        .last()
        .map_or(line, |&e| line + e);
    let before = body[sentence..at].trim_end();
    // `Her spokeswoman, Jo Lin`: the piece set off by a comma.
    if let Some(piece) = before.strip_suffix(',') {
        let piece = piece
            .rsplit([',', '“', '”', '"', ':'])
            .next()
            .unwrap_or(piece)
            .trim();
        if let Some(principal) = staff_role(piece) {
            served.push((piece, principal));
        }
    } else {
        // `Reyes's spokeswoman Jo Lin`: an owner and a role right before.
        let ws = words(before);
        let owner = ws.iter().rposition(|w| owner_of(w).is_some());
        if let Some(k) = owner.filter(|&k| ws.len() - k <= 4) {
            let piece = &before[ws[k].start..];
            if let Some(principal) = staff_role(piece) {
                served.push((piece, principal));
            }
        }
    }
    served
}

/// `Villanueva's office disputed that. Her chief of staff, ...`: the
/// owner of a possessive is the person the staff member's `her` means,
/// when the article or the actor files give their full name (a quoted or
/// named person of that surname, a listed person). `coref::people_named`
/// leaves possessors out, since a possessor is no one who speaks; whom a
/// staff member serves is exactly who owns the office.
fn possessor(word: &str, known: &[&str], registry: &super::Registry) -> Option<String> {
    let stem = super::text::without_possessive(word);
    if stem.len() == word.len() {
        return None;
    }
    known
        .iter()
        .find(|k| surname(k) == Some(stem))
        .map(|k| clean_name(k).to_string())
        .or_else(|| registry.person_by_surname(stem).map(|p| p.name.clone()))
}

/// A name without the party tag a run of capitalised words may carry
/// along (`Ann Reyes (Z-Okla` is `Ann Reyes`).
fn clean_name(name: &str) -> &str {
    name.split(" (").next().unwrap_or(name).trim()
}

/// Where the full name whose surname starts at `at` starts: back over
/// the given names and initials before it (`Owen J. Brandt`).
fn name_start(body: &str, at: usize) -> usize {
    let mut start = at;
    for _ in 0..3 {
        let before = &body[..start];
        let Some(space) = before.strip_suffix(' ') else {
            break;
        };
        let word = space.rsplit([' ', '\n']).next().unwrap_or("");
        let initial = word.len() == 2 && word.ends_with('.');
        let given = word.starts_with(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-');
        if word.is_empty() || !(given || initial) || word.eq_ignore_ascii_case("the") {
            break;
        }
        start = space.len() - word.len();
    }
    start
}

/// `who advises Reyes`, `who works for Sen. Ann Reyes`: a relative
/// clause of serving a named person.
fn serving_clause(piece: &str) -> Option<Principal<'_>> {
    let rest = piece.strip_prefix("who ")?;
    let verb = PRINCIPAL_SERVING_VERBS
        .iter()
        .find(|v| rest.starts_with(**v) && rest[v.len()..].starts_with(' '))?;
    let object = &rest[verb.len() + 1..];
    named_object(object, 0)
}

/// A staff role with its owner or its `for`/`to` object: `Her
/// spokeswoman`, `Reyes's chief counsel`, `a spokesman for Sen. Ann Reyes
/// of Texas`, `an aide to Reyes`. Another word before the role than an
/// article or a describing lowercase word (`former`, a verb) names none.
fn staff_role(piece: &str) -> Option<Principal<'_>> {
    let ws = words(piece);
    let (k, n) = role_in(&ws)?;
    let head = &ws[..k];
    let tail = &ws[k + n..];
    let describing = |w: &Word<'_>| {
        !w.is_capitalised()
            && !w.is(&[
                "former",
                "ex",
                "onetime",
                "erstwhile",
                "fellow",
                "rival",
                "late",
            ])
            && !w.text.ends_with("ing")
            && !w.text.ends_with("ed")
    };
    match head.first() {
        Some(first) if first.is(&["his", "her"]) && tail.is_empty() => {
            head[1..].iter().all(describing).then(|| {
                Principal::Pronoun(match first.is(&["her"]) {
                    true => Gender::Female,
                    false => Gender::Male,
                })
            })
        }
        _ => {
            // `Sen. Reyes's chief counsel`: titles, the owner, describing
            // words. A person's possessive takes no article: `the South's
            // national security adviser` serves a country, not a person.
            let owner = head.iter().position(|w| owner_of(w).is_some());
            if let Some(o) = owner.filter(|_| tail.is_empty()) {
                let titles = head[..o].iter().all(|w| w.is(TITLES));
                return (titles && head[o + 1..].iter().all(describing))
                    .then(|| Principal::Named(owner_of(&head[o]).unwrap_or_default()));
            }
            if tail.is_empty()
                && let Some(described) = described_owner(piece, head, &describing)
            {
                return Some(described);
            }
            let opening = head
                .iter()
                .all(|w| w.is(&["a", "an", "the", "one", "of"]) || describing(w));
            let to = tail.first().is_some_and(|w| w.is(&["for", "to"]));
            if !(opening && to) {
                return None;
            }
            named_object(piece, tail[0].end).or_else(|| described_object(piece, tail[0].end))
        }
    }
}

/// Most lowercase words after `the` in a description of a principal
/// (`the governor`, `the majority leader`).
const MAX_DESCRIBED_PRINCIPAL_WORDS: usize = 3;

/// `The governor's chief of staff`, `the speaker's spokeswoman`: an
/// office's possessive before a staff role is the owner described, as
/// `a spokesperson for the governor` is (`the`, one to
/// [`MAX_DESCRIBED_PRINCIPAL_WORDS`] lowercase words, the last one
/// possessive, then only describing words). `the company's spokesman`
/// describes no person, and the descriptor rules then find none.
fn described_owner<'a>(
    piece: &'a str,
    head: &[Word<'a>],
    describing: &dyn Fn(&Word<'_>) -> bool,
) -> Option<Principal<'a>> {
    let (the, rest) = head.split_first()?;
    if !the.is(&["the"]) {
        return None;
    }
    let owner = rest.iter().position(|w| speaker::is_possessive(w.text))?;
    let lowercase = |w: &Word<'_>| {
        w.text
            .chars()
            .all(|c| c.is_lowercase() || "-'’".contains(c))
    };
    let fits = owner < MAX_DESCRIBED_PRINCIPAL_WORDS
        && rest[..=owner].iter().all(lowercase)
        && rest[..owner].iter().all(|w| w.after.trim().is_empty())
        && rest[owner + 1..].iter().all(describing);
    let end = rest[owner].end
        - (rest[owner].text.len() - super::text::without_possessive(rest[owner].text).len());
    fits.then(|| Principal::Described(&piece[the.start..end]))
}

/// `the governor` in `a spokesperson for the governor`: `the` and a few
/// lowercase words that end the phrase, a description the descriptor
/// rules resolve to a person named before (`Gov. Boyd Hamrick`). Any
/// other word (`the governor's office`, `the Tarn council`) names none.
fn described_object(text: &str, from: usize) -> Option<Principal<'_>> {
    let rest = &text[from..];
    let ws = words(rest);
    let (the, description) = ws.split_first()?;
    let fits = the.text == "the"
        && (1..=MAX_DESCRIBED_PRINCIPAL_WORDS).contains(&description.len())
        && ws[..ws.len() - 1].iter().all(|w| w.after.trim().is_empty())
        && description
            .iter()
            .all(|w| w.text.chars().all(|c| c.is_lowercase() || c == '-'));
    fits.then(|| Principal::Described(rest[the.start..ws[ws.len() - 1].end].trim()))
}

/// The first run of a role of [`PRINCIPAL_STAFF_ROLES`] in `ws`: its index
/// and length in words.
fn role_in(ws: &[Word<'_>]) -> Option<(usize, usize)> {
    (0..ws.len()).find_map(|k| {
        PRINCIPAL_STAFF_ROLES.iter().find_map(|role| {
            let parts: Vec<&str> = role.split(' ').collect();
            let fits = ws.len() >= k + parts.len()
                && parts
                    .iter()
                    .zip(&ws[k..])
                    .all(|(p, w)| w.text.eq_ignore_ascii_case(p));
            fits.then_some((k, parts.len()))
        })
    })
}

/// `Reyes's`, `Reyes’` : the capitalised owner of a possessive.
fn owner_of<'a>(w: &Word<'a>) -> Option<&'a str> {
    possessive_owner(w.text).filter(|o| o.starts_with(char::is_uppercase))
}

/// The person named in `text` from byte `from`: titles passed over, then
/// the run of capitalised words (`Sen. Ann Reyes of Texas` gives `Ann
/// Reyes`). `the senator` or a lowercase word names no one.
fn named_object(text: &str, from: usize) -> Option<Principal<'_>> {
    let ws: Vec<Word<'_>> = words(&text[from..]);
    let mut i = 0;
    while i + 1 < ws.len() && ws[i].is(TITLES) && ws[i].is_capitalised() {
        i += 1;
    }
    let first = ws.get(i).filter(|w| w.is_capitalised())?;
    let mut last = i;
    while last + 1 < ws.len()
        && ws[last + 1].is_capitalised()
        && (ws[last].after.trim().is_empty() || ws[last].text.len() == 1)
    {
        last += 1;
    }
    let name = &text[from + first.start..from + ws[last].end];
    Some(Principal::Named(name))
}

/// How long an apposition is: up to the comma, period, dash or quote that
/// closes it, reading through the period of an abbreviated title or an
/// initial (`a spokesman for Sen. Ann Reyes, ...`).
fn phrase_len(rest: &str) -> usize {
    for (i, c) in rest.char_indices() {
        match c {
            ',' | ';' | '—' | '\n' | '“' | '"' | ':' | '(' => return i,
            '.' => {
                let word = rest[..i].rsplit(' ').next().unwrap_or("");
                let abbreviation = word.len() <= 4 && word.starts_with(char::is_uppercase);
                if !abbreviation {
                    return i;
                }
            }
            _ => {}
        }
    }
    rest.len()
}

/// Where the main clause of `sentence` starts: after an opening
/// subordinate clause (`After Reyes spoke, Lin said`), else at 0.
fn main_clause_start(sentence: &str) -> usize {
    let trimmed = sentence.trim_start();
    let lead = sentence.len() - trimmed.len();
    let opens = words(trimmed).first().is_some_and(|w| w.is(SUBORDINATORS));
    match (opens, trimmed.find(", ")) {
        (true, Some(comma)) => lead + comma + 2,
        _ => 0,
    }
}

/// The byte ranges (at `base`) of the quoted passages of `text`: names
/// inside a quote are no one the narration points to.
pub(super) fn quoted_ranges(text: &str, base: usize) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(i),
            ('"', None) => open = Some(i),
            ('”' | '"', Some(start)) => {
                ranges.push(base + start..base + i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        ranges.push(base + start..base + text.len());
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::Registry;
    use crate::attribute::tests::speakers_and_actors;
    use crate::model::Actor;
    use crate::test_support;

    /// Parties with invented names and letters, and one person the actor
    /// files list: no principal below is known to any other list.
    fn registry() -> Registry {
        let party = |id: &str, name: &str, aliases: &[&str]| Actor {
            kind: Some("party".into()),
            ..test_support::actor(id, name, aliases)
        };
        Registry::new(&[
            party("azure", "Azure Party", &["Azure", "Azures", "Z"]),
            party("ochre", "Ochre Party", &["Ochre", "Ochres", "K"]),
            Actor {
                people: vec![test_support::person("Brisco Tamm", None, &["Tamm"])],
                ..party("ochre-league", "Ochre League", &["Ochre Leaguers"])
            },
        ])
    }

    /// The principal, introduced in a sentence of its own, with the
    /// surname later sentences use and the actor they should give.
    /// Each is a different way the article may make the actor known.
    const PRINCIPALS: &[(&str, &str, &str)] = &[
        // A party tag.
        (
            "Sen. Odalys Vantreck (Z-Okla.) toured the plant.",
            "Vantreck",
            "azure",
        ),
        // The actor files' `people:`.
        ("Brisco Tamm toured the plant.", "Tamm", "ochre-league"),
        // A party noun in apposition, two sentences before.
        (
            "Carl Pellsworth, an Ochre from Utah, toured the plant. The tour ran late.",
            "Pellsworth",
            "ochre",
        ),
    ];

    /// Staff forms: `{P}` the principal's surname, `{N}` the staff member,
    /// `{pro}` the principal's pronoun; `said-before` gives the frame.
    /// `quillmaster` stands for a role no list knows until the class
    /// has it: it must NOT work, while `scheduler` (in the class) must.
    const STAFF_FORMS: &[(&str, bool)] = &[
        ("{Pro} spokeswoman, {N}, VERB", true),
        ("{N}, a spokesman for {P}, VERB", true),
        ("{N}, a spokesman for Sen. {P}, VERB", true),
        ("{P}'s chief counsel, {N}, VERB", true),
        ("An aide to {P}, {N}, VERB", true),
        ("{N}, who advises {P}, VERB", true),
        ("{N}, a scheduler for {P}, VERB", true),
        ("{N}, {P}'s deputy chief of staff, VERB", true),
        // Negative rows: no staff of the principal.
        ("{N}, a critic of {P}, VERB", false),
        ("{N}, a lawyer suing {P}, VERB", false),
        ("{N}, a former aide to {P}, VERB", false),
        ("{N}, a quillmaster for {P}, VERB", false),
    ];

    /// Frames around the quote: the attribution after it, before it, or
    /// with `told` and an outlet.
    const FRAMES: &[&str] = &["after", "before", "told"];

    fn article(intro: &str, surname: &str, form: &str, frame: &str, pronoun: &str) -> String {
        let staff = |verb: &str| {
            form.replace("{Pro}", pronoun)
                .replace("{P}", surname)
                .replace("{N}", "Yelena Drabkin")
                .replace("VERB", verb)
        };
        let sentence = match frame {
            "after" => {
                // Inside the sentence, `Her` and `An` are lowercase.
                let words = staff("said");
                let lowered = match words.split_once(' ') {
                    Some((first, rest)) if matches!(first, "Her" | "His" | "An") => {
                        format!("{} {rest}", first.to_lowercase())
                    }
                    _ => words,
                };
                format!("“The vote can wait,” {lowered}.")
            }
            "before" => format!("{} “The vote can wait.”", staff("said:")),
            _ => format!(
                "{} the Courier the plan was “dead on arrival.”",
                staff("told")
            ),
        };
        format!("{intro}\n\n{sentence}\n")
    }

    #[test]
    fn staff_speak_for_their_principal_whatever_names_the_principals_actor() {
        let registry = registry();
        let mut failures = Vec::new();
        for &(intro, surname, actor) in PRINCIPALS {
            for &(form, serves) in STAFF_FORMS {
                for frame in FRAMES {
                    let pronoun = if surname == "Vantreck" { "Her" } else { "His" };
                    let body = article(intro, surname, form, frame, pronoun);
                    let found = speakers_and_actors(&registry, &body);
                    let expected = serves.then(|| actor.to_string());
                    let got = found.first().and_then(|f| f.1.clone());
                    let speaker = found.first().and_then(|f| f.0.clone());
                    if speaker.as_deref() != Some("Yelena Drabkin") || got != expected {
                        failures.push(format!(
                            "{body:?} -> {speaker:?}/{got:?}, want {expected:?}"
                        ));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn a_principal_described_by_office_is_the_person_it_stands_for() {
        let registry = registry();
        let cases = [
            // The governor named before: the spokesperson speaks for the
            // governor's side.
            (
                "Gov. Odalys Vantreck (Z-Okla.) toured the plant.\n\n\
                 “The vote can wait,” said Yelena Drabkin, a spokeswoman for the governor.\n",
                Some("azure"),
            ),
            // Not a description of a person: an office of a body, a
            // capitalised body, a described principal no one was named as.
            (
                "Gov. Odalys Vantreck (Z-Okla.) toured the plant.\n\n\
                 “The vote can wait,” said Yelena Drabkin, a spokeswoman for the governor's office.\n",
                None,
            ),
            (
                "Gov. Odalys Vantreck (Z-Okla.) toured the plant.\n\n\
                 “The vote can wait,” said Yelena Drabkin, a spokeswoman for the Tarn council.\n",
                None,
            ),
            (
                "The plant opened on Monday.\n\n\
                 “The vote can wait,” said Yelena Drabkin, a spokeswoman for the governor.\n",
                None,
            ),
        ];
        for (body, expected) in cases {
            let found = speakers_and_actors(&registry, body);
            assert_eq!(found[0].0.as_deref(), Some("Yelena Drabkin"), "{body}");
            assert_eq!(found[0].1.as_deref(), expected, "{body}");
        }
    }

    #[test]
    fn a_pronouns_principal_has_its_gender_and_is_the_main_clauses() {
        let registry = registry();
        // `His` skips the woman named first for the man after her.
        let body = "Sen. Maria Vantreck (Z-Okla.) met Brisco Tamm on Friday.\n\n\
                    His spokesman, Ivo Pardew, said: “No deal.”\n";
        let found = speakers_and_actors(&registry, body);
        assert_eq!(found[0].1.as_deref(), Some("ochre-league"));
        // A name in an opening subordinate clause is not whom `his` means.
        let body = "After Sen. Carl Vantreck (Z-Okla.) spoke, Brisco Tamm left.\n\n\
                    His spokesman, Ivo Pardew, said: “No deal.”\n";
        let found = speakers_and_actors(&registry, body);
        assert_eq!(found[0].1.as_deref(), Some("ochre-league"));
        // No one of the pronoun's gender named before: no actor.
        let body = "Sen. Carl Vantreck (Z-Okla.) toured the plant.\n\nHer spokesman, Ivo Pardew, said: “No deal.”\n";
        let found = speakers_and_actors(&registry, body);
        assert_eq!(found[0].1, None);
        // A hyphenated surname the narration completes, then a pronoun.
        let body = "The plan stalled. Sen. Rafael Ostrand-Pike (Z-Ariz.) is undecided.\n\n\
                    The weather was fine. The FBI said it had finished.\n\n\
                    Ostrand-Pike, who has said the Vell case weighs on him, did not decide. \
                    His chief counsel, Owen Braddock, said he was \"still reading.\"\n";
        let found = speakers_and_actors(&registry, body);
        assert_eq!(found[0].1.as_deref(), Some("azure"));
    }

    #[test]
    fn staff_roles_read_as_grammar() {
        assert_eq!(
            staff_role("a spokesman for Sen. Ann Reyes of Texas"),
            Some(Principal::Named("Ann Reyes"))
        );
        assert_eq!(
            staff_role("Reyes's chief counsel"),
            Some(Principal::Named("Reyes"))
        );
        assert_eq!(
            staff_role("His chief of staff"),
            Some(Principal::Pronoun(Gender::Male))
        );
        assert_eq!(staff_role("His lawyer"), None);
        assert_eq!(staff_role("a former aide to Reyes"), None);
        // A described principal is left to the descriptor rules.
        assert_eq!(
            staff_role("a spokesman for the senator"),
            Some(Principal::Described("the senator"))
        );
        assert_eq!(staff_role("a spokesman for the senator's office"), None);
        assert_eq!(staff_role("the South's national security adviser"), None);
        assert_eq!(
            serving_clause("who advises Reyes"),
            Some(Principal::Named("Reyes"))
        );
        assert_eq!(serving_clause("who defeated Reyes"), None);
        assert_eq!(phrase_len("a spokesman for Sen. Ann Reyes, said"), 30);
        assert_eq!(main_clause_start("After Reyes spoke, Lin left."), 19);
        assert_eq!(main_clause_start("Reyes spoke, and Lin left."), 0);
    }
}
