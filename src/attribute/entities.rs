//! The package pass, run after every article is attributed: one entity
//! per person across the articles. Spellings of one name (`Sergei` /
//! `Sergey`, `Siamand Ahmad` / `Siyamend Ehmed`, `Ann B. Reyes` / `Ann
//! Reyes`) share a [`person_key`]; where the registry lists the person,
//! every spelling becomes the registry's name, else each article keeps its
//! own. A name written without its middle names (`Salah Gwairi`) is the
//! one person the package names with them (`Salah Idris Gwairi`), under
//! the fuller name. A surname on its own (`Mr. Netanyahu`, where that article never
//! gives the full name) becomes the one full name in the package that ends
//! with it; a given name or a family name on its own (`Owen`, `Hwang`)
//! the one full name in the package that opens with it, when the article
//! writes the rest of it. A title before a name (`Councillor Hannah
//! Bexfield` where the package quotes `Hannah Bexfield`, `Father Ashur
//! Benyamin`) is no part of it. The actor a person speaks for then
//! carries over between articles, by the same key, in [`crate::group`].

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::coref;
use super::identity::{self, identity_key};
use super::lexicon::{
    BODY_HEAD_NOUNS, BODY_KINDS_AFTER_A_NAME, BODY_NAME_HEADS, FEMALE_PERSON_NOUNS,
    FEMALE_TITLES_OF_ADDRESS, HONORIFICS, LABELS_ALSO_NAMES, MALE_PERSON_NOUNS,
    MALE_TITLES_OF_ADDRESS, NAME_PARTICLES, ONE_PERSON_NOUN_LISTS, ORGANISATION_WORDS,
    PERSON_NOUNS, POSTS_BEFORE_NAMES, PREPOSITIONS, PROFESSION_NOUNS, ROLE_CLASSES, ROLE_NOUNS,
    STATE_OUTLET_AND_PERSON_KINDS, TITLES,
};
use super::registry::{Registry, loose_key};
use crate::model::{Occurrence, Rule};

/// Names that are not people never speak (round forty-seven), the last
/// word on what every article's reading gave, before the package pass
/// makes one entity per person (so a storm's name never completes a
/// given name elsewhere) and before grouping (so no quote of the same
/// statement takes it): a speaker the files do not list as a body whose
/// name is no name at all ([`coref::is_no_name`]: `Adv`, `Two days
/// later`) or a thing's ([`coref::names_a_thing`]: `Hurricane Marisol`,
/// `Annexure D`; a document's by its name only where a frame named it,
/// [`coref::may_speak`]), or, for a pronoun or a description, the name
/// of an outlet the package's articles are filed by or through (`Daily
/// Nation`, as a transcript labels a reporter's question), loses its
/// speaker, role and actor; an unnamed source
/// described by a phrase of time (`Two days later, ..., he said`) is no
/// one described; a body's name with markdown left in it (`FBI.** The
/// bureau`) is its actor's name. The editor's corrections stand.
pub fn drop_things(found: &mut [Vec<Occurrence>], outlets: &[&str], registry: &Registry) {
    for o in found.iter_mut().flatten() {
        if matches!(o.rule, Some(Rule::Correction) | None) {
            continue;
        }
        let Some(name) = o.speaker.as_deref() else {
            continue;
        };
        if o.rule == Some(Rule::Body) {
            if name.contains(['*', '#', '[', ']', '|']) {
                let filed = (o.actor.as_deref())
                    .and_then(|id| registry.actor_by_id(id))
                    .map(|a| registry.actor_name(a).to_string());
                match filed {
                    Some(filed) => o.speaker = Some(filed),
                    None => no_speaker(o),
                }
            }
            continue;
        }
        // Whom a pronoun or a description means is a person; a frame
        // that names its speaker may name a document or an outlet (`the
        // Doha Declaration says`, a transcript's `AL JAZEERA:`).
        let person_meant = matches!(o.rule, Some(Rule::Pronoun | Rule::Descriptor));
        let no_one = if o.anonymous {
            coref::opens_with_time(&super::text::words(name))
        } else if registry.actor_named(name).is_some() {
            // A body the files list, carried on by a continuation.
            false
        } else {
            !coref::may_speak(name, person_meant)
                || (person_meant
                    && super::registry::is_outlet(name, outlets)
                    // An outlet that opens with a given name (a person's
                    // own account) may be the person.
                    && coref::given_name_gender(name).is_none())
        };
        if no_one {
            no_speaker(o);
        }
    }
}

/// Leaves `o` with no speaker and nothing taken from them.
fn no_speaker(o: &mut Occurrence) {
    o.speaker = None;
    o.role = None;
    o.actor = None;
    o.rule = None;
    o.anonymous = false;
    o.affiliation_evidence = None;
}

/// How often a name is written, and when first: (uses, first use).
type Uses = (usize, usize);

/// Gives every person one name across the package. `found[i]` holds the
/// occurrences of article `i`, in the package's order, and `bodies[i]` is
/// that article's text (what a short name is checked against: see
/// `given_name_alone`).
pub fn unify_people(found: &mut [Vec<Occurrence>], bodies: &[&str], registry: &Registry) {
    // Identity key -> (name as written -> (uses, first use)).
    let mut spellings: BTreeMap<String, BTreeMap<String, (usize, usize)>> = BTreeMap::new();
    let mut order = 0;
    // Each distinct name keyed once: a package has a few hundred
    // speakers for tens of thousands of quotes.
    let mut keys: HashMap<&str, Option<String>> = HashMap::new();
    for occurrence in found.iter().flatten().filter(|o| is_person(o)) {
        let Some(name) = occurrence.speaker.as_deref() else {
            continue;
        };
        let Some(key) = keys.entry(name).or_insert_with(|| person_key(name)) else {
            continue;
        };
        let entry = spellings
            .entry(key.clone())
            .or_default()
            .entry(name.to_string())
            .or_insert((0, order));
        entry.0 += 1;
        order += 1;
    }
    join_middle_names(&mut spellings);
    // Per entity: the registry's name where it lists the person (every
    // spelling takes it). Else names spelt alike up to middle names
    // (`Salah Gwairi` / `Salah Idris Gwairi`) take the one with the most
    // words written out, and names spelt alike up to initials and `Jr.`
    // (`Richard Hasenfeld` / `Richard L. Hasenfeld`) the one used most,
    // the first on a tie: a middle name is a word of the name an outlet
    // left out, an initial a habit of some outlets, kept by few. Other
    // transliterations (`Abu Hatem` / `Abu Hatim`) stay as each article
    // spells them.
    let mut renamed: HashMap<String, String> = HashMap::new();
    let mut by_surname: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // First word -> the package's full names that open with it, and
    // spelling key -> package name, for names written otherwise in one
    // article (`Owen`, `Councillor Hannah Bexfield`).
    let mut by_first: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut by_spelling: HashMap<String, String> = HashMap::new();
    for names in spellings.values() {
        let registry_name = names
            .keys()
            .find_map(|n| registry.person(n).map(|p| p.name.clone()));
        let mut alike: BTreeMap<String, Vec<(&String, &Uses)>> = BTreeMap::new();
        for (name, uses) in names {
            alike
                .entry(alike_key(name, names.keys()))
                .or_default()
                .push((name, uses));
        }
        for same_spelling in alike.values() {
            let fullest = same_spelling
                .iter()
                .max_by_key(|(name, (uses, first))| {
                    let words = spelling_key(name).split(' ').count();
                    (words, *uses, std::cmp::Reverse(*first))
                })
                .map(|(n, _)| (*n).clone());
            let Some(canonical) = registry_name.clone().or(fullest) else {
                continue;
            };
            for (written, _) in same_spelling {
                renamed.insert((*written).clone(), canonical.clone());
                for surname in surname_key(written)
                    .into_iter()
                    .chain(first_surname_key(written))
                {
                    let names = by_surname.entry(surname).or_default();
                    if !names.contains(&canonical) {
                        names.push(canonical.clone());
                    }
                }
                if let Some(first) = first_key(written) {
                    let names = by_first.entry(first).or_default();
                    if !names.contains(&canonical) {
                        names.push(canonical.clone());
                    }
                }
                by_spelling.insert(spelling_key(written), canonical.clone());
            }
        }
    }
    join_reversed_names(
        &spellings,
        &articles_writing(found),
        registry,
        [&mut by_surname, &mut by_first],
        &mut by_spelling,
        &mut renamed,
    );
    // The name each speaker's name becomes, decided once per name (a
    // given name alone once per name and article: the article's words
    // decide it).
    let mut unified_names: HashMap<String, Option<String>> = HashMap::new();
    let mut given_alone: HashMap<(usize, String), Option<String>> = HashMap::new();
    let mut fuller_forms: HashMap<(usize, String), Option<String>> = HashMap::new();
    // Whether some article writes a word in lowercase, searched once per
    // word over the package (not once per article that asks: that grew
    // with the square of the package).
    let mut lowercase_in_package: HashMap<String, bool> = HashMap::new();
    for (article, occurrences) in found.iter_mut().enumerate() {
        let body = bodies.get(article).copied().unwrap_or_default();
        for occurrence in occurrences.iter_mut().filter(|o| is_person(o)) {
            let Some(name) = occurrence.speaker.as_deref() else {
                continue;
            };
            let unified = match unified_names.get(name) {
                Some(unified) => unified.clone(),
                None => {
                    let unified = unified_name(name, registry, &renamed, &by_surname);
                    // The package's name, or the name as written, without
                    // a title the package writes it without.
                    let full = unified.as_deref().unwrap_or(name);
                    let plain =
                        registry.person(full).is_none() && registry.actor_named(full).is_none();
                    let unified = (title_before_name(full, &by_spelling))
                        .or_else(|| without_title_of_address(full))
                        .or_else(|| without_leading_titles(full))
                        .filter(|_| plain)
                        .or(unified);
                    unified_names.insert(name.to_string(), unified.clone());
                    unified
                }
            };
            let unified = unified.or_else(|| {
                // One word only (checked before the key is made: this
                // runs for nearly every quote).
                if name.split_whitespace().count() != 1 || registry.actor_named(name).is_some() {
                    return None;
                }
                let key = (article, name.to_string());
                given_alone
                    .entry(key)
                    .or_insert_with(|| {
                        given_name_alone(name, body, &by_first, &by_surname)
                            .or_else(|| written_in_full(name, body, &by_spelling, registry))
                    })
                    .clone()
            });
            // `Co-defendant Tagliabue`, `Waters Syed Kamran Haider Naqvi`
            // (for the package's `Syed Kamran Haider Naqvi`): words before
            // a name that are no part of it, decided once per name and
            // article (the article's words tell a common word and give a
            // full name).
            let shown = unified.as_deref().unwrap_or(name);
            let count = shown.split_whitespace().count();
            let unified = if count >= 2 && registry.actor_named(shown).is_none() {
                let key = (article, shown.to_string());
                let shorter = given_alone
                    .entry(key)
                    .or_insert_with(|| {
                        if count == 2 {
                            titled_surname(shown, body, &by_surname, &by_spelling, registry)
                        } else {
                            let package = (bodies, &mut lowercase_in_package);
                            words_before_package_name(shown, body, package, &by_spelling, registry)
                        }
                    })
                    .clone();
                shorter.or(unified)
            } else {
                unified
            };
            if let Some(unified) = unified {
                occurrence.speaker = Some(unified);
            }
            let Some(name) = occurrence.speaker.as_deref() else {
                continue;
            };
            // Decided once per name and article: the article's words decide.
            let key = (article, name.to_string());
            let fuller = match fuller_forms.get(&key) {
                Some(fuller) => fuller.clone(),
                None => {
                    let listed =
                        registry.person(name).is_some() || registry.actor_named(name).is_some();
                    let fuller = (!listed).then(|| fuller_in_article(name, body)).flatten();
                    fuller_forms.insert(key, fuller.clone());
                    fuller
                }
            };
            if let Some(fuller) = fuller {
                occurrence.speaker = Some(fuller);
            }
        }
    }
}

/// The one fuller form of a name of two words that the article itself
/// writes, with middle initials or names between the given name and the
/// surname (`Maria Alvarado` where the article says `Democratic nominee
/// Maria T. Alvarado`): the article's own full form is how it names the
/// person, though the package settles on the shorter form more outlets
/// use. Two fuller forms in the article give none; a listed person keeps
/// the files' name (the caller checks).
fn fuller_in_article(name: &str, body: &str) -> Option<String> {
    let [given, surname] = name.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    let mut found: Option<String> = None;
    for at in super::text::match_starts(body, given) {
        if body[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let Some(middle) = middle_words_before(&body[at + given.len()..], surname) else {
            continue;
        };
        let form = format!("{given} {middle} {surname}");
        match &found {
            Some(other) if *other != form => return None,
            _ => found = Some(form),
        }
    }
    found
}

/// The one or two middle initials or names that `text` (what follows a
/// given name) holds before `surname`: `T. Alvarado, 52` -> `T.`.
fn middle_words_before(text: &str, surname: &str) -> Option<String> {
    if !text.starts_with(' ') {
        return None;
    }
    let words: Vec<&str> = text.split(' ').skip(1).take(3).collect();
    let ends = |w: &str| {
        w.strip_prefix(surname)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    };
    let at = words.iter().position(|w| ends(w))?;
    let middle = &words[..at];
    let is_middle = |w: &&str| {
        let initial = w.len() == 2 && w.ends_with('.');
        let word = w.chars().all(|c| c.is_alphabetic() || c == '-');
        w.starts_with(char::is_uppercase) && (initial || word) && !is_title_word(w)
    };
    (!middle.is_empty() && middle.iter().all(is_middle)).then(|| middle.join(" "))
}

/// Gives a body written with the opening words of a listed actor's name
/// that actor's name (`the Joint Command of the Armed Forces said` for
/// `Joint Command of the Armed Forces of Peru`, `Naval Forces` for `Naval
/// Forces of Ukraine`): copy drops the country or place that ends an
/// official name once the story is about it, and the files give the name
/// in full. Only when one actor's name goes on from it, the words are at
/// least two and name no listed person or actor already (`Rosa Elizondo`
/// stays, though `Rosa Elizondo for Mayor` is listed), and the quote's
/// actor is none, that actor or one above it (which it then becomes).
/// Likewise a listed body's name or alias after a place's possessive
/// (`Britain's Information Commissioner's Office`, `Yemen's Presidential
/// Leadership Council`) is that name as written: the possessive says
/// where the body is, as `the` would, and is no part of its name.
pub fn complete_body_names(found: &mut [Vec<Occurrence>], bodies: &[&str], registry: &Registry) {
    // Decided once per name: a package has a few dozen body names.
    let mut decided: HashMap<String, Option<(String, usize)>> = HashMap::new();
    // Name as written and the quote's actor -> is it that actor's name
    // written another way (see `is_actor_named_otherwise`).
    let mut named_otherwise: HashMap<(String, usize), Option<OtherForm>> = HashMap::new();
    let occurrences = found
        .iter_mut()
        .enumerate()
        .flat_map(|(article, occurrences)| occurrences.iter_mut().map(move |o| (article, o)));
    for (article, occurrence) in occurrences.filter(|(_, o)| !o.anonymous) {
        let Some(name) = occurrence.speaker.as_deref() else {
            continue;
        };
        let renamed = match decided.get(name) {
            Some(renamed) => renamed.clone(),
            None => {
                let renamed = continued_body(name, registry)
                    .map(|actor| (registry.actor_name(actor).to_string(), actor))
                    .or_else(|| body_after_possessive(name, registry));
                decided.insert(name.to_string(), renamed.clone());
                renamed
            }
        };
        let Some((body_name, actor)) = renamed.or_else(|| {
            let actor = registry.actor_by_id(occurrence.actor.as_deref()?)?;
            let key = (name.to_string(), actor);
            let form = *named_otherwise
                .entry(key)
                .or_insert_with(|| actor_named_otherwise(name, actor, registry));
            let body = bodies.get(article).copied().unwrap_or_default();
            let taken = match form? {
                OtherForm::Words => true,
                OtherForm::Noun => noun_names_only(body, name, actor, registry),
            };
            taken.then(|| (registry.actor_name(actor).to_string(), actor))
        }) else {
            continue;
        };
        let fits = match occurrence.actor.as_deref() {
            None => true,
            Some(id) => registry
                .actor_by_id(id)
                .is_some_and(|current| current == actor || registry.is_ancestor(current, actor)),
        };
        if fits {
            occurrence.speaker = Some(body_name);
            occurrence.actor = Some(registry.actor_id(actor).to_string());
        }
    }
    name_bodies_as_filed(found, bodies, registry);
    name_ministries_as_filed(found, registry);
    name_acronyms_as_filed(found, registry);
    name_translations_as_filed(found, registry);
}

/// Kinds of actor whose acronyms the gold keeps as written: a state's
/// or a government's alias in capitals is another body of it (`SANA`,
/// the state news agency, under `Syria`; `KSDMA` under `Kerala`), not
/// its own short name; an outlet's or a person's initials are theirs.
const KINDS_KEEPING_ACRONYMS: &[&str] = STATE_OUTLET_AND_PERSON_KINDS;

/// Kinds whose initials are no body's short name here: a state's or a
/// city's (`US`, `UK`), an outlet's, a person's.
const PLACE_OUTLET_AND_PERSON_KINDS: &[&str] = &["state", "city", "media", "person"];

/// Is `name` an acronym: one word of capitals (digits, `&`, `/`, `-`,
/// `.` between them), two letters or more (`ERCOT`, `FIA`, `PG&E`)?
fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && !name.contains(char::is_whitespace)
        && name.chars().next().is_some_and(char::is_uppercase)
        && name
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || "&/-.".contains(c))
}

/// Gives a body that speaks by its acronym the name its actor file gives
/// it: `ERCOT said` for the `Electric Reliability Council of Texas`,
/// `the FIA said` for the `Fédération Internationale de l'Automobile`.
/// Copy names a body in full once, acronym in parentheses, and by the
/// acronym after; the body is one entity, and its statements belong
/// under one name, the files' (the labellers of the last six rounds'
/// sets wrote the filed name for every body they gave one). Only an
/// acronym the files list as an alias of the quote's actor, never one
/// of a state or its organs ([`KINDS_KEEPING_ACRONYMS`]); every quote of
/// the article under the same acronym and actor (its continuations)
/// follows.
fn name_acronyms_as_filed(found: &mut [Vec<Occurrence>], registry: &Registry) {
    for occurrence in found.iter_mut().flatten() {
        if occurrence.anonymous {
            continue;
        }
        let (Some(name), Some(id)) = (occurrence.speaker.as_deref(), occurrence.actor.as_deref())
        else {
            continue;
        };
        let written = strip_leading_article(name);
        let Some(actor) = registry.actor_by_id(id) else {
            continue;
        };
        let filed = registry.actor_name(actor);
        // A state's, a city's, an outlet's or a person's initials
        // (`US Embassy in Bogotá`) are written so by the gold as well.
        let a_place_or_person = registry.is_of_kind(actor, PLACE_OUTLET_AND_PERSON_KINDS);
        if let Some(expanded) = acronym_spelt_out(written, filed) {
            if occurrence.rule == Some(Rule::Body)
                && !a_place_or_person
                && registry
                    .actor_named(written)
                    .is_none_or(|named| named == actor)
            {
                occurrence.speaker = Some(expanded);
            }
            continue;
        }
        if !is_acronym(written)
            || written == filed
            || registry.is_of_kind(actor, KINDS_KEEPING_ACRONYMS)
                && (a_place_or_person || initials(filed) != written.replace('.', ""))
            || registry.person(written).is_some()
        {
            continue;
        }
        let lower = written.to_lowercase();
        let alias_of_actor = registry.names_lowercase(actor).any(|n| n == lower);
        // An acronym two actors answer to is neither's.
        let alias_of_another = (0..registry.actor_count())
            .any(|other| other != actor && registry.names_lowercase(other).any(|n| n == lower));
        if alias_of_actor && !alias_of_another {
            occurrence.speaker = Some(filed.to_string());
        }
    }
}

/// The initials of a body's name, link words left out (`Anti-Doping
/// Agency of Kenya` -> `ADAK`, `African Union` -> `AU`): an acronym that
/// spells them is that body's own short name, whatever its `kind:` (a
/// state's other bodies, `SANA` under `Syria`, spell other names).
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !NAME_LINK_WORDS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect()
}

/// `AU Commission` under the `African Union`: a body's name opened by
/// the acronym of the quote's actor (its initials, [`initials`], two
/// letters or more) and followed by capitalised words is that name with
/// the actor's name spelt out, `African Union Commission`, as the
/// package names it in full. Never a name of one word, nor one whose
/// other words are not all capitalised (`AU officials`).
fn acronym_spelt_out(written: &str, filed: &str) -> Option<String> {
    let (acronym, rest) = written.split_once(' ')?;
    let letters = acronym.replace('.', "");
    let rest_named = rest
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase) || NAME_LINK_WORDS.contains(&w));
    (is_acronym(acronym)
        && letters.chars().count() >= 2
        && filed.split_whitespace().count() >= 2
        && letters == initials(filed)
        && rest_named)
        .then(|| format!("{filed} {rest}"))
}

/// Is a body's filed name written in a language of its own, not English:
/// a letter with a diacritic (`Ministério Público Federal`, `Agência
/// Nacional de Mineração`) or a link word English does not use (`Liga
/// Guineense dos Direitos Humanos`, `Ministère public du canton du
/// Valais`)? Copy in English translates such a name (`federal
/// prosecutors`, `National Mining Agency`), and the actor file lists the
/// translation as an alias.
fn named_in_own_language(filed: &str) -> bool {
    const FOREIGN_LINK_WORDS: &[&str] = &[
        "de", "da", "do", "dos", "das", "du", "des", "del", "della", "di", "der", "die", "für",
        "und", "y",
    ];
    filed.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
        || filed
            .split_whitespace()
            .any(|w| FOREIGN_LINK_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Gives a body that speaks by a translation of its name the name its
/// actor file gives it: `Federal prosecutors said` for the `Ministério
/// Público Federal`, `the National Mining Agency said` for the `Agência
/// Nacional de Mineração`, `the Office of the Public Prosecutor of the
/// Canton of Valais` for the `Ministère public du canton du Valais`. A
/// body named in its own language ([`named_in_own_language`]) is one
/// body under its English names, and its statements belong under one
/// name, the files' (the labellers write it). Only a quote the body rule
/// gave, under words that are one of the actor's aliases in full, of two
/// words or more (a sub-body's acronym, `Anvisa`, is one word), never a
/// state, a city, an outlet or a person, nor words another actor answers
/// to. The quote's continuations under the same words and actor follow.
fn name_translations_as_filed(found: &mut [Vec<Occurrence>], registry: &Registry) {
    for occurrences in found.iter_mut() {
        let mut renamed: Vec<(String, String, String)> = Vec::new();
        for occurrence in occurrences.iter() {
            if occurrence.rule != Some(Rule::Body) || occurrence.anonymous {
                continue;
            }
            let (Some(name), Some(id)) =
                (occurrence.speaker.as_deref(), occurrence.actor.as_deref())
            else {
                continue;
            };
            let Some(actor) = registry.actor_by_id(id) else {
                continue;
            };
            let filed = registry.actor_name(actor);
            let written = strip_leading_article(name);
            let lower = written.to_lowercase();
            if written == filed
                || written.split_whitespace().count() < 2
                || !named_in_own_language(filed)
                || registry.is_of_kind(actor, PLACE_OUTLET_AND_PERSON_KINDS)
                || !registry.names_lowercase(actor).any(|n| n == lower)
                || (0..registry.actor_count()).any(|other| {
                    other != actor && registry.names_lowercase(other).any(|n| n == lower)
                })
            {
                continue;
            }
            renamed.push((name.to_string(), id.to_string(), filed.to_string()));
        }
        for occurrence in occurrences.iter_mut() {
            let (Some(name), Some(id)) =
                (occurrence.speaker.as_deref(), occurrence.actor.as_deref())
            else {
                continue;
            };
            if let Some((_, _, filed)) = renamed.iter().find(|(n, i, _)| n == name && i == id) {
                occurrence.speaker = Some(filed.clone());
            }
        }
    }
}

/// Gives a quote the body rule gave to a state's ministry the name and
/// actor the files give that ministry: `Armenia's defence ministry said`
/// for `Ministry of Defence of Armenia` (an actor of its own, where the
/// quote had the state `Armenia`), `Turkey's Foreign Ministry` for
/// `Turkish Foreign Ministry` (an alias of `Turkey`), `Russian MFA` for
/// `Ministry of Foreign Affairs of Russia`. Copy names a ministry by its
/// state and portfolio in any order and spelling (a possessive or a
/// demonym, `defense` or `defence`), and one ministry's statements belong
/// under one name, the files'. Only when the words name the state
/// ([`Registry::ministry_as_filed`]): `the Foreign Ministry` is whichever
/// ministry the quote's actor has, and that actor may be the wrong one.
/// The quote's continuations under the same words and actor in the
/// article follow.
fn name_ministries_as_filed(found: &mut [Vec<Occurrence>], registry: &Registry) {
    for occurrences in found.iter_mut() {
        let mut renamed: Vec<(String, Option<String>, String, String)> = Vec::new();
        for occurrence in occurrences.iter() {
            if occurrence.rule != Some(Rule::Body) || occurrence.anonymous {
                continue;
            }
            let Some(name) = occurrence.speaker.as_deref() else {
                continue;
            };
            let current = (occurrence.actor.as_deref()).and_then(|id| registry.actor_by_id(id));
            let Some((actor, filed)) = registry.ministry_as_filed(name, current) else {
                continue;
            };
            if filed != name || Some(actor) != current {
                let id = registry.actor_id(actor).to_string();
                renamed.push((
                    name.to_string(),
                    occurrence.actor.clone(),
                    filed.to_string(),
                    id,
                ));
            }
        }
        for occurrence in occurrences.iter_mut() {
            let Some(name) = occurrence.speaker.as_deref() else {
                continue;
            };
            if let Some((_, _, filed, id)) =
                (renamed.iter()).find(|(n, a, _, _)| n == name && *a == occurrence.actor)
            {
                occurrence.speaker = Some(filed.clone());
                occurrence.actor = Some(id.clone());
            }
        }
    }
}

/// Gives a body that speaks by a noun phrase of its own words the name
/// its actor file gives it: `Armenia's foreign ministry said` for the
/// `Ministry of Foreign Affairs of Armenia`, `the State Department said`
/// for the `U.S. Department of State`, `the Ravenell campaign said` for
/// `Ravenell for New York`. Copy writes one body's name in several word
/// orders (a place's possessive or adjective before the noun, the noun
/// after its qualifier), and one body's statements belong under one name.
/// Only a quote the body rule gave (a named person is theirs), whose
/// actor is set, and only when the words name that actor and no part of
/// it ([`names_actor_itself`]), and a body's noun alone only where the
/// article gives it to no other body ([`noun_names_only`]); then every
/// quote of the article under the same words and actor (its
/// continuations) follows.
fn name_bodies_as_filed(found: &mut [Vec<Occurrence>], bodies: &[&str], registry: &Registry) {
    let mut decided: HashMap<(String, usize), bool> = HashMap::new();
    for (article, occurrences) in found.iter_mut().enumerate() {
        let body = bodies.get(article).copied().unwrap_or_default();
        let mut renamed: Vec<(String, String, String)> = Vec::new();
        for occurrence in occurrences.iter() {
            if occurrence.rule != Some(Rule::Body) || occurrence.anonymous {
                continue;
            }
            let (Some(name), Some(id)) =
                (occurrence.speaker.as_deref(), occurrence.actor.as_deref())
            else {
                continue;
            };
            let Some(actor) = registry.actor_by_id(id) else {
                continue;
            };
            let fits = *decided
                .entry((name.to_string(), actor))
                .or_insert_with(|| names_actor_itself(name, actor, registry));
            // A body's noun alone (`the Board`) is the actor's only where
            // the article gives that noun to no other body (round
            // thirty-nine's check).
            let lone_noun = {
                let lower = strip_leading_article(name).to_lowercase();
                ORGANISATION_WORDS.contains(&lower.as_str())
                    || BODY_HEAD_NOUNS.contains(&lower.as_str())
            };
            if fits && (!lone_noun || noun_names_only(body, name, actor, registry)) {
                let filed = registry.actor_name(actor).to_string();
                renamed.push((name.to_string(), id.to_string(), filed));
            }
        }
        for occurrence in occurrences.iter_mut() {
            let (Some(name), Some(id)) =
                (occurrence.speaker.as_deref(), occurrence.actor.as_deref())
            else {
                continue;
            };
            if let Some((_, _, filed)) = renamed.iter().find(|(n, i, _)| n == name && i == id) {
                occurrence.speaker = Some(filed.clone());
            }
        }
    }
}

/// Words that join a body's head noun to what qualifies it (`Ministry of
/// Defence`, `Ravenell for New York`) and add nothing to what it is.
const NAME_LINK_WORDS: &[&str] = &["the", "of", "for", "and", "in", "on", "a", "an", "&"];

/// The words of a body's name as compared across word orders: lowercase,
/// split at spaces and hyphens, a possessive's ending dropped
/// (`armenia's` -> `armenia`, `ministers'` -> `ministers`), link words left
/// out.
fn body_name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            let w = w
                .trim_matches(|c: char| ".,;:()\"“”*".contains(c))
                .to_lowercase();
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(&w)
                .trim_end_matches(['\'', '’'])
                .to_string()
        })
        .filter(|w| !w.is_empty() && !NAME_LINK_WORDS.contains(&w.as_str()))
        .collect()
}

/// Do the words `name`, given to a quote of `actor` by the body rule,
/// name that actor itself in another order? Every word is a word of the
/// actor's name or aliases, and the head noun (the last word before a
/// preposition: `ministry` of `Armenia's foreign ministry`, `conference`
/// of `Episcopal Conference of Haiti`) is a word of its name: `China's
/// foreign ministry` under an actor named `China`, the `Treasury` under
/// `Government of X`, are a part of it, and the gold keeps them as
/// written. Words that hold the whole name and more (`Government of
/// Rwanda` for `Rwanda`, `Texas Democratic Party`) say more and stay.
/// A candidate's campaign (`the Ravenell campaign`, `Ravenell's
/// campaign`) is the actor named `<Surname> for <Office>` whose name
/// holds that surname. Words of two or more need a body's head noun
/// ([`BODY_NAME_HEADS`]); one word (`Aurelis`, `the Legislature`) is the
/// actor's when it is one of its names' words. Never when the words fit
/// another listed actor as well, nor a listed person's name or another
/// actor's, nor words without a capital.
fn names_actor_itself(name: &str, actor: usize, registry: &Registry) -> bool {
    let filed = registry.actor_name(actor);
    let written = strip_leading_article(name);
    if written.eq_ignore_ascii_case(strip_leading_article(filed))
        || registry.person(written).is_some()
        || registry
            .actor_named(written)
            .is_some_and(|other| other != actor)
    {
        return false;
    }
    let mentioned = body_name_words(written);
    let named = body_name_words(filed);
    // A name has a capital: `small island states` describes the
    // `Alliance of Small Island States`, and the gold keeps it so.
    if mentioned.is_empty()
        || named.is_empty()
        || named.iter().all(|w| mentioned.contains(w))
        || !written.chars().any(char::is_uppercase)
    {
        return false;
    }
    let head_part = written
        .split_whitespace()
        .take_while(|w| !PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    let Some(head) = body_name_words(&head_part).pop() else {
        return false;
    };
    let body_head = [ORGANISATION_WORDS, BODY_HEAD_NOUNS, BODY_NAME_HEADS]
        .iter()
        .any(|list| list.contains(&head.as_str()));
    if mentioned.len() > 1 && !body_head {
        return false;
    }
    let words_of = |actor: usize| {
        let named = body_name_words(registry.actor_name(actor));
        let all_names: Vec<String> = registry
            .names_lowercase(actor)
            .flat_map(body_name_words)
            .collect();
        named.contains(&head) && mentioned.iter().all(|w| all_names.contains(w))
    };
    // One actor only: `the Board` where the files list a Board of
    // Elections and a Campaign Finance Board, `Ministry of Foreign
    // Affairs` where they list two, stay as written.
    if words_of(actor) {
        return !(0..registry.actor_count()).any(|other| other != actor && words_of(other));
    }
    matches!(&mentioned[..], [surname, noun] if noun == "campaign" && named.contains(surname))
        && filed.contains(" for ")
}

/// Is `name`, the words a quote of `actor` is given to, that actor's own
/// name written another way, so that the quote should carry the name the
/// files give? Copy shortens a body's name once it has given it (`the
/// Campaign Finance Board said` for the `New York City Campaign Finance
/// Board`, `the Commission` for the `European Commission`, `the Government`
/// for the `Government of Portugal`) and wraps it in describing words (`the
/// Nor Ughi bloc`, `UN peacekeeping mission MONUSCO`, `Spanish pilots'
/// union SEPLA`): the quote already speaks for that actor, and under the
/// words as written one body's statements would sit under several names.
/// The forms taken:
/// - the closing words of the actor's name, two or more, or one that is a
///   body's noun (`Commission`, `Board`) and no alias: a place the name
///   opens with is often dropped by copy and kept by some readers, but
///   one body is still one name;
/// - the opening word of the actor's name when it is a body's noun
///   (`Government`, `Ministry`; two words or more are
///   [`continued_body`]'s);
/// - the actor's whole name inside the words, after describing words
///   whose last is lowercase and no preposition (`opposition`, `union`),
///   a place's possessive (`Armenia's`) or `-based`, and before at most
///   one noun of a body's kind (`bloc`, `alliance`): never a person noun
///   (`senior Premier League source` is someone in it).
///
/// Never a listed person's name, nor another actor's name or alias.
fn actor_named_otherwise(name: &str, actor: usize, registry: &Registry) -> Option<OtherForm> {
    let full = registry.actor_name(actor);
    let full = strip_leading_article(full);
    let written = strip_leading_article(name);
    if written.eq_ignore_ascii_case(full)
        || registry.person(written).is_some()
        || registry
            .actor_named(written)
            .is_some_and(|other| other != actor)
        || !written.starts_with(char::is_uppercase) && !written.contains(full)
    {
        return None;
    }
    let mentioned: Vec<&str> = written.split_whitespace().collect();
    let named: Vec<&str> = full.split_whitespace().collect();
    // A person's name (`Rosa Elizondo` of `Campaign to Elect Rosa
    // Elizondo`) is theirs, whatever the files call the campaign.
    if named.is_empty() || mentioned.is_empty() || coref::first_name_gender(mentioned[0]).is_some()
    {
        return None;
    }
    let one_body_noun = |w: &str| {
        let lower = w.to_lowercase();
        w.starts_with(char::is_uppercase)
            && (ORGANISATION_WORDS.contains(&lower.as_str())
                || BODY_HEAD_NOUNS.contains(&lower.as_str()))
    };
    if mentioned.len() < named.len() {
        let closing = named.ends_with(&mentioned);
        if closing && mentioned.len() >= 2 {
            return Some(OtherForm::Words);
        }
        let one_noun = closing || named[0] == mentioned[0];
        return (mentioned.len() == 1 && one_noun && one_body_noun(mentioned[0]))
            .then_some(OtherForm::Noun);
    }
    let at = (0..=mentioned.len() - named.len())
        .find(|&at| mentioned[at..at + named.len()] == named[..])?;
    let (before, after) = (&mentioned[..at], &mentioned[at + named.len()..]);
    let describes = before.last().is_none_or(|last| {
        let lower = last.to_lowercase();
        let possessive = ["'s", "’s", "s'", "s’"]
            .iter()
            .any(|end| last.ends_with(end));
        possessive
            || lower.ends_with("-based")
            || last.starts_with(char::is_lowercase) && !PREPOSITIONS.contains(&lower.as_str())
    });
    let kind = match after {
        [] => true,
        [noun] => BODY_KINDS_AFTER_A_NAME.contains(noun),
        _ => false,
    };
    (describes && kind).then_some(OtherForm::Words)
}

/// How a quote's words name its actor otherwise (see
/// [`actor_named_otherwise`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OtherForm {
    /// Words of the name, or the name with describing words: the actor's.
    Words,
    /// A body's noun alone (`Commission`): the actor's only when the
    /// article names no other body with it ([`noun_names_only`]).
    Noun,
}

/// Does every capitalised `noun` in the article stand for `actor`: inside
/// its name or an alias, or alone (`the Board said`)? `Board` in a
/// transcript that names the `Board of Elections` and the `Campaign
/// Finance Board` is either; then the noun keeps its own form.
fn noun_names_only(body: &str, noun: &str, actor: usize, registry: &Registry) -> bool {
    let noun = strip_leading_article(noun);
    let names = registry.actors_in(body);
    super::text::match_starts(body, noun).all(|at| {
        let end = at + noun.len();
        let before = body[..at].chars().next_back();
        let after = body[end..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        // A name or alias around the noun says whose it is; the bare
        // noun as an alias (`the Board`) says nothing of `Board of ...`.
        let around = names.iter().find(|m| {
            m.range.start <= at
                && end <= m.range.end
                && strip_leading_article(&body[m.range.clone()]) != noun
        });
        if let Some(name) = around {
            return name.actor == actor;
        }
        let previous = body[..at]
            .split_whitespace()
            .next_back()
            .unwrap_or_default();
        let next = body[end..].split_whitespace().next().unwrap_or_default();
        let alone_before = previous.is_empty()
            || previous.eq_ignore_ascii_case("the")
            || !previous.starts_with(char::is_uppercase);
        let alone_after = !next.starts_with(char::is_uppercase) && next != "of" && next != "for";
        alone_before && alone_after
    })
}

/// `name` without an opening `The ` or `the `.
fn strip_leading_article(name: &str) -> &str {
    let name = name.trim();
    name.strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name)
}

/// The listed body's name or alias written after a place's possessive of
/// one or two capitalised words (`Haiti's Transitional Presidential
/// Council`), with its actor, when the whole is no listed name.
fn body_after_possessive(name: &str, registry: &Registry) -> Option<(String, usize)> {
    let (place, rest) = name.split_once("'s ").or_else(|| name.split_once("’s "))?;
    let place_words: Vec<&str> = place.split_whitespace().collect();
    let is_place = (1..=2).contains(&place_words.len())
        && place_words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase));
    // A name of its own opens with a capital (`Myanmar's junta` is a
    // description).
    if !is_place || !rest.starts_with(char::is_uppercase) || registry.actor_named(name).is_some() {
        return None;
    }
    let actor = registry.actor_named(rest)?;
    Some((rest.to_string(), actor))
}

/// The one actor whose name `name` opens, for a name of two words or
/// more that is no listed actor's or person's and opens with no given
/// name (see [`complete_body_names`]).
fn continued_body(name: &str, registry: &Registry) -> Option<usize> {
    let first = name.split_whitespace().next()?;
    if name.split_whitespace().nth(1).is_none()
        || coref::first_name_gender(first).is_some()
        || registry.actor_named(name).is_some()
        || registry.person(name).is_some()
    {
        return None;
    }
    registry.actor_continuing(name)
}

/// `Mizorogi Takuya` in one outlet, `Takuya Mizorogi` in the others: a
/// Japanese, Korean, Chinese or Hungarian name is written family name
/// first by some outlets and given name first by others, so two names of
/// two words that are each other's words reversed, in one package, are
/// one person. Their quotes take the form more articles write (an
/// outlet's habit, not how often one article quotes the person; the
/// registry's form where it lists either). On a tie the outlets' habits
/// decide: the form written by the articles whose other reversed names
/// the package took ([`order_habits`]; NHK writes `Okabe Jun`, `Nishida
/// Haruka`, the Shizuoka Shimbun `Jun Okabe`, `Haruka Nishida`, and four
/// more articles `Haruka Nishida`: `Jun Okabe`), else the first used.
/// Every table that leads a surname or a first word to a package name
/// follows. Only names of exactly two words (with three, the order is no
/// longer a plain swap of given and family name), and not two given
/// names the lists know (`Scott Thomas`, `Thomas Scott`: as likely two
/// people as one).
fn join_reversed_names(
    spellings: &BTreeMap<String, BTreeMap<String, Uses>>,
    articles: &HashMap<&str, BTreeSet<usize>>,
    registry: &Registry,
    by_word: [&mut BTreeMap<String, Vec<String>>; 2],
    by_spelling: &mut HashMap<String, String>,
    renamed: &mut HashMap<String, String>,
) {
    // Per package name: the articles that write its spellings, and the
    // first use.
    let mut uses: HashMap<&str, (BTreeSet<usize>, std::cmp::Reverse<usize>)> = HashMap::new();
    for (written, &(_, first)) in spellings.values().flatten() {
        if let Some(canonical) = renamed.get(written) {
            let entry = uses
                .entry(canonical.as_str())
                .or_insert((BTreeSet::new(), std::cmp::Reverse(first)));
            entry
                .0
                .extend(articles.get(written.as_str()).into_iter().flatten());
            entry.1 = entry.1.max(std::cmp::Reverse(first));
        }
    }
    // Each pair of package names once, in the package's order.
    let mut pairs: Vec<(String, String)> = Vec::new();
    for written in spellings.values().flat_map(BTreeMap::keys) {
        let [first, second] = written.split_whitespace().collect::<Vec<_>>()[..] else {
            continue;
        };
        let given = |w: &str| coref::first_name_gender(w).is_some();
        if given(first) && given(second) {
            continue;
        }
        let reversed = spelling_key(&format!("{second} {first}"));
        let (Some(this), Some(other)) = (renamed.get(written), by_spelling.get(&reversed)) else {
            continue;
        };
        let seen =
            |(a, b): &(String, String)| (a == this && b == other) || (a == other && b == this);
        if this != other && !pairs.iter().any(seen) {
            pairs.push((this.clone(), other.clone()));
        }
    }
    if pairs.is_empty() {
        return;
    }
    let rank = |name: &str| {
        let (articles, first) = uses.get(name).cloned().unwrap_or_default();
        (registry.person(name).is_some(), articles.len(), first)
    };
    let written_by = |name: &str| uses.get(name).map(|(a, _)| a.clone()).unwrap_or_default();
    let decided = |a: &str, b: &str| {
        let (x, y) = (rank(a), rank(b));
        (x.0, x.1) != (y.0, y.1)
    };
    let habits = order_habits(pairs.iter().filter(|(a, b)| decided(a, b)).map(|(a, b)| {
        let (winner, loser) = if rank(a) > rank(b) { (a, b) } else { (b, a) };
        (written_by(winner), written_by(loser))
    }));
    let habit = |name: &str| -> i64 {
        written_by(name)
            .iter()
            .map(|a| habits.get(a).copied().unwrap_or(0))
            .sum()
    };
    let mut joined: BTreeMap<String, String> = BTreeMap::new();
    for (this, other) in &pairs {
        if joined.contains_key(this) || joined.contains_key(other) {
            continue;
        }
        let (x, y) = (rank(this), rank(other));
        let this_wins = if (x.0, x.1) != (y.0, y.1) {
            (x.0, x.1) > (y.0, y.1)
        } else if habit(this) != habit(other) {
            habit(this) > habit(other)
        } else {
            x.2 >= y.2
        };
        let (winner, loser) = if this_wins {
            (this, other)
        } else {
            (other, this)
        };
        joined.insert(loser.clone(), winner.clone());
    }
    let follow = |name: &mut String| {
        if let Some(winner) = joined.get(name.as_str()) {
            *name = winner.clone();
        }
    };
    renamed.values_mut().for_each(follow);
    by_spelling.values_mut().for_each(follow);
    for table in by_word {
        for names in table.values_mut() {
            names.iter_mut().for_each(follow);
            let mut seen = HashSet::new();
            names.retain(|n| seen.insert(n.clone()));
        }
    }
}

/// Per article, how often the package took the order it writes a
/// reversed name in, less how often the other order: an outlet writes
/// every Japanese name one way (`Okabe Jun`, `Nishida Haruka`), so where
/// the articles' count settles no pair, the order of the articles whose
/// other names the package took is the package's. `decided` holds, per
/// pair the count settled, the articles writing the form taken and those
/// writing the form left.
fn order_habits(
    decided: impl Iterator<Item = (BTreeSet<usize>, BTreeSet<usize>)>,
) -> HashMap<usize, i64> {
    let mut habits = HashMap::new();
    for (taken, left) in decided {
        for article in taken {
            *habits.entry(article).or_insert(0) += 1;
        }
        for article in left {
            *habits.entry(article).or_insert(0) -= 1;
        }
    }
    habits
}

/// For each speaker's name as written, the articles that give it.
fn articles_writing(found: &[Vec<Occurrence>]) -> HashMap<&str, BTreeSet<usize>> {
    let mut articles: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for (article, occurrences) in found.iter().enumerate() {
        for name in occurrences.iter().filter_map(|o| o.speaker.as_deref()) {
            articles.entry(name).or_default().insert(article);
        }
    }
    articles
}

/// The one person of the package a name of one word opens, when the
/// article writes the rest of that name: `Owen` where the package quotes
/// `Owen Strickmere` and the article says `Sir Owen Strickmere` earlier,
/// `Hwang` where the package quotes `Hwang Ye-rin` (a family name
/// written first). Writers call someone by a given name, or by a family
/// name that opens the name, once they have named them in full; the
/// full name is then the article's own, and the package tells which of
/// its spellings the person goes by. Not when a package name ends with
/// the word (a surname: [`unified_name`] decides), when two package
/// names open with it, or when the article never writes the rest (`Deb`,
/// a voter, is no `Deb Kretschmar` quoted in another article).
fn given_name_alone(
    name: &str,
    body: &str,
    by_first: &BTreeMap<String, Vec<String>>,
    by_surname: &BTreeMap<String, Vec<String>>,
) -> Option<String> {
    if name.split_whitespace().count() != 1 {
        return None;
    }
    let key = spelling_key(name);
    if by_surname.contains_key(&key) {
        return None;
    }
    let [full] = by_first.get(&key)?.as_slice() else {
        return None;
    };
    let body = body.to_lowercase();
    let rest_written = full
        .split_whitespace()
        .skip(1)
        .filter(|w| !identity::is_name_suffix(w))
        .all(|w| writes_word(&body, &w.to_lowercase()));
    rest_written.then(|| full.clone())
}

/// The full name the article writes for a name of one word that the
/// package cannot complete (`Almaz` -> `Almaz Tefera`, where the package
/// quotes her under no fuller name; `familiar::full_name_written`), as
/// the package spells that full name where it quotes it. Not for a
/// listed person or body, a title word alone, or a word the package
/// quotes as a surname of someone else ([`unified_name`] and
/// [`given_name_alone`] were asked first).
fn written_in_full(
    name: &str,
    body: &str,
    by_spelling: &HashMap<String, String>,
    registry: &Registry,
) -> Option<String> {
    if is_title_word(name) || registry.person(name).is_some() {
        return None;
    }
    let full = super::familiar::full_name_written(body, name, NAMING_TITLES)?;
    if registry.actor_named(&full).is_some() || coref::names_a_thing(&full) {
        return None;
    }
    Some(
        by_spelling
            .get(&spelling_key(&full))
            .cloned()
            .unwrap_or(full),
    )
}

/// `Co-defendant Tagliabue`, `Congresswoman Obasi`, `Cllr Bexfield`: a
/// title word of office, address or trade before a surname is no part of
/// the name; the surname is the one full name the package quotes that
/// ends with it, else the one the article writes ([`written_in_full`]).
/// A title that is part of how a peer or ruler is named (`Lord
/// Harcombe`) stays, and without a full name to give the name stays as
/// written.
fn titled_surname(
    name: &str,
    body: &str,
    by_surname: &BTreeMap<String, Vec<String>>,
    by_spelling: &HashMap<String, String>,
    registry: &Registry,
) -> Option<String> {
    let (title, surname) = name.split_once(' ')?;
    let naming = NAMING_TITLES.contains(&title.trim_end_matches('.').to_lowercase().as_str());
    if naming || !is_title_word(title) || is_title_word(surname) {
        return None;
    }
    if !surname.starts_with(char::is_uppercase) || registry.person(name).is_some() {
        return None;
    }
    let full = match by_surname.get(&spelling_key(surname)).map(Vec::as_slice) {
        Some([only]) => Some(only.clone()),
        Some(_) => return None,
        None => written_in_full(surname, body, by_spelling, registry),
    }?;
    // The full name must end with the surname (not open with it: a
    // title goes before a surname, and `Mr Tefera` is no `Tefera Abebe`),
    // unless it is written family name first in the shape that shows it
    // (`Mr Lee` is `Lee Hyun-woo`: an honorific goes with the family name).
    let ends = surname_key(&full).is_some_and(|family| family == spelling_key(surname));
    (ends && full.split_whitespace().count() >= 2).then_some(full)
}

/// `Waters Syed Kamran Haider Naqvi` (from `Pakistan's Commissioner for
/// Indus Waters Syed Kamran Haider Naqvi`), `Protection Niamh Farrelly`,
/// `Azerbaijan Rauf Alakbarli`: the subject reader took the last words of
/// a post's portfolio or place into the name. When the words after them
/// are a full name the package quotes (two words or more, by spelling),
/// the words before are no part of it if each is a title word, a place
/// or body the files name, or a word the article (else another article
/// of the package) also writes in lowercase (a common noun: `waters`,
/// `protection`; names are always capitalised; asked only of the few
/// names whose closing words the package quotes), and none is a given name the lists know (`Ana Maria
/// Tovell` keeps `Ana`). The fewest words are left out.
fn words_before_package_name(
    name: &str,
    body: &str,
    (bodies, lowercase_in_package): (&[&str], &mut HashMap<String, bool>),
    by_spelling: &HashMap<String, String>,
    registry: &Registry,
) -> Option<String> {
    if registry.person(name).is_some() {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut no_name_word = |w: &&str| {
        let bare = w.trim_end_matches('.');
        if coref::first_name_gender(bare).is_some()
            || NAMING_TITLES.contains(&bare.to_lowercase().as_str())
            || NAME_PARTICLES.contains(w)
        {
            return false;
        }
        is_title_word(w)
            || registry.actor_named(bare).is_some()
            || written_in_lowercase(body, bare)
            || *lowercase_in_package
                .entry(bare.to_string())
                .or_insert_with(|| bodies.iter().any(|other| written_in_lowercase(other, bare)))
    };
    (1..words.len().saturating_sub(1)).find_map(|cut| {
        let (before, rest) = words.split_at(cut);
        if !before.iter().all(&mut no_name_word) {
            return None;
        }
        by_spelling.get(&spelling_key(&rest.join(" "))).cloned()
    })
}

/// Whether the article writes `word` (a capitalised word) all in
/// lowercase somewhere, as a word of its own: a common noun or adjective,
/// not a name. Words of four letters or fewer are never asked: short
/// names are often short English words too (Burmese `Than`, `Win`,
/// `Min`), and `than Htike Oo` would lose a name word.
fn written_in_lowercase(body: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower == word || lower.chars().count() < 5 {
        return false;
    }
    super::text::match_starts(body, &lower).any(|at| {
        let before = body[..at].chars().next_back();
        let after = body[at + lower.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether `text` holds `word` as a word of its own; both come in
/// lowercase, so any case matches (`ole Sankaire` for `Ole Sankaire`).
fn writes_word(text: &str, word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']);
    if word.is_empty() {
        return false;
    }
    super::text::match_starts(text, word).any(|at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The package's name for a name that is a title or a calling and then a
/// full name the package quotes (`Councillor Hannah Bexfield`,
/// `Honourable Delphine Mutombo Kabasele`, `Mediator Yves-Marie Le
/// Gallou`, for `Hannah Bexfield` quoted elsewhere): the subject reader
/// took a word of office, address or trade into the name. Every word
/// left out must be such a word ([`is_title_word`]); a given name is
/// never left out (`Ana Beatriz Moreira` is no `Beatriz Moreira`), and
/// what is left is at least two words.
fn title_before_name(name: &str, by_spelling: &HashMap<String, String>) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..words.len().saturating_sub(1)).find_map(|cut| {
        let (title, rest) = words.split_at(cut);
        if !title.iter().all(|w| is_title_word(w)) {
            return None;
        }
        by_spelling.get(&spelling_key(&rest.join(" "))).cloned()
    })
}

/// A full name without the title of address or of the clergy that opens
/// it (`Father Ashur Benyamin`, `Dame Harriet Ellesmere`, `Monsignor
/// Eliécer Montoya Gaviria`): a title says how the person is addressed,
/// not who they are, and the same person is written without it
/// elsewhere. What is left is at least two capitalised words (`Father
/// Velarde` keeps its title: the surname alone is no name to give). A
/// title that is part of how a peer or a ruler is named (`Lord`, `Lady`,
/// `Emir`, `Sheikh`, `King`) stays: see [`NAMING_TITLES`].
fn without_title_of_address(name: &str) -> Option<String> {
    let (title, rest) = name.split_once(' ')?;
    let title = title.trim_end_matches('.').to_lowercase();
    let address = (MALE_TITLES_OF_ADDRESS.contains(&title.as_str())
        || FEMALE_TITLES_OF_ADDRESS.contains(&title.as_str())
        || CLERGY_TITLES.contains(&title.as_str()))
        && !NAMING_TITLES.contains(&title.as_str());
    let named = rest.split_whitespace().count() >= 2
        && rest
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || NAME_PARTICLES.contains(&w));
    (address && named).then(|| rest.to_string())
}

/// A full name without the words of office, rank or trade that open it
/// (`Undersecretary Lorna Vell`, `Pharmacist Nadia Orr-Kent`, `Cdr Imran
/// Ahmed Dhali`): news copy writes a post before a name as a label, not
/// as part of the name, and the person is named without it. Every word
/// left out is such a word ([`is_title_word`], or a noun for a person by
/// their station or trade, `Apprentice Jamie Kerr`, `Evacuee Wendell
/// Grabowski`, or a word of address that is also a name,
/// `lexicon::LABELS_ALSO_NAMES`: `Dean Lorenzo Ybañez`, `Ko Thet Paing
/// Soe`), none a title that is part of how a peer or ruler is named
/// ([`NAMING_TITLES`]), and what is left is at least two capitalised
/// words (or particles), the first no title word: `Mediator Reginald
/// Lafontant` -> `Reginald Lafontant`, `Lord Hadleigh Stowe` stays. A
/// post may follow the words that say where it is ([`post_after_place`]:
/// `Pima County Recorder Gabriela Sotelo`, `Majority Whip Ellen Marsh`).
fn without_leading_titles(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let labels = words.iter().take_while(|w| is_label_before_name(w)).count();
    let cut = post_after_place(&words).map_or(labels, |post| labels.max(post + 1));
    let rest = words.get(cut..)?;
    let naming = words[..cut]
        .iter()
        .any(|w| NAMING_TITLES.contains(&w.trim_end_matches('.').to_lowercase().as_str()));
    let named = rest.len() >= 2
        && rest
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || NAME_PARTICLES.contains(w))
        && !is_title_word(rest[0]);
    (cut > 0 && !naming && named).then(|| rest.join(" "))
}

/// A word that may open a full name as a label of the person, never as
/// part of the name: a title word ([`is_title_word`]), a noun for one
/// person by their station or trade (`Apprentice`, `Evacuee`,
/// `Fisherman`), a post of `lexicon::POSTS_BEFORE_NAMES`, or a word of
/// address that is also a name (`lexicon::LABELS_ALSO_NAMES`: the caller
/// leaves at least two name words after it, so `Dean Acheson`, `Ma
/// Zhaoxu` stay). A given name is never a label.
fn is_label_before_name(word: &str) -> bool {
    if is_title_word(word) {
        return true;
    }
    let word = word.trim_end_matches('.');
    if coref::first_name_gender(word).is_some() {
        return false;
    }
    let lower = word.to_lowercase();
    let lower = lower.as_str();
    ONE_PERSON_NOUN_LISTS
        .iter()
        .chain([LABELS_ALSO_NAMES, POSTS_BEFORE_NAMES, ROLE_NOUNS].iter())
        .any(|list| list.contains(&lower))
}

/// `Pima County Recorder Gabriela Sotelo`, `4th District Councilwoman
/// Ana Beatriz Moreira`, `Senate Minority Whip Terrence Lusk`: the index
/// of a post ([`is_label_before_name`]) that only words saying where it
/// is or which it is come before (capitalised words, an ordinal, none a
/// given name: `Jo Marshal Lin` keeps its name), followed by at least two
/// more words. The place words are the post's, not the person's: a
/// holder is named by given name and surname.
fn post_after_place(words: &[&str]) -> Option<usize> {
    let last = words.len().checked_sub(3)?;
    let post = (1..=last).rev().find(|&k| is_label_before_name(words[k]))?;
    let place_word = |w: &&str| {
        (w.starts_with(char::is_uppercase) || w.starts_with(|c: char| c.is_ascii_digit()))
            && coref::first_name_gender(w).is_none()
            && !NAME_PARTICLES.contains(w)
    };
    words[..post].iter().all(place_word).then_some(post)
}

/// Titles of the clergy written before a name (`Bishop Isidoro Mairena
/// Castillo`, `Rev. Ann Dorn`), given to men and women alike, so in
/// neither list of titles of address.
const CLERGY_TITLES: &[&str] = &[
    "bishop",
    "archbishop",
    "cardinal",
    "reverend",
    "rev",
    "pastor",
];

/// Titles of address that are part of how a peer, a ruler or a sheikh is
/// named (`Lord Harcombe`, `Emir Tamim`, `Queen Rania`): never dropped.
const NAMING_TITLES: &[&str] = &[
    "emir", "king", "lady", "lord", "pope", "prince", "princess", "queen", "sheikh", "sheikha",
];

/// Words of address, office, rank or trade written before a name, never
/// a name of their own: the lexicon's titles, honorifics, titles of
/// address, nouns for a person or a trade, the members of the role
/// classes, and [`CALLING_WORDS`].
pub(super) fn is_title_word(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    if coref::first_name_gender(word).is_some() {
        return false;
    }
    let lower = word.to_lowercase();
    let lower = lower.as_str();
    [
        TITLES,
        HONORIFICS,
        MALE_TITLES_OF_ADDRESS,
        FEMALE_TITLES_OF_ADDRESS,
        PERSON_NOUNS,
        PROFESSION_NOUNS,
        MALE_PERSON_NOUNS,
        FEMALE_PERSON_NOUNS,
        CALLING_WORDS,
    ]
    .iter()
    .any(|list| list.contains(&lower))
        || ROLE_CLASSES
            .iter()
            .any(|(class, members)| *class == lower || members.contains(&lower))
}

/// Words of address and calling before a name that no other list holds:
/// a parliament's form of address (`Honourable`, `Hon.`), its short form
/// of `Councillor`, and callings a subject reader may take into a name
/// (`Co-host Dana Reyes`).
const CALLING_WORDS: &[&str] = &[
    "honourable",
    "honorable",
    "hon",
    "cllr",
    "co-host",
    "host",
    "co-counsel",
    "pharmacist",
    "supervisor",
    "merchant",
];

/// Folds the entity of a name of two words (`Salah Gwairi`) into the one
/// entity whose name has that given name and surname around middle names
/// (`Salah Idris Gwairi`): the same person, written shorter, as outlets
/// do with long names. With two such entities (`Salah Idris Gwairi` and
/// `Salah Omar Gwairi`) the short name could be either and stays apart;
/// another given name with the same surname (`Ali Idris Gwairi`, a
/// brother) is another person.
fn join_middle_names(spellings: &mut BTreeMap<String, BTreeMap<String, Uses>>) {
    // The given name and surname of each key with middle names -> those keys.
    let mut fuller: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for key in spellings.keys() {
        let words: Vec<&str> = key.split(' ').collect();
        if let [given, _, .., surname] = words[..] {
            fuller
                .entry(format!("{given} {surname}"))
                .or_default()
                .push(key.clone());
        }
    }
    for (outer, longer) in fuller {
        if let [long] = &longer[..]
            && let Some(short) = spellings.remove(&outer)
            && let Some(names) = spellings.get_mut(long)
        {
            names.extend(short);
        }
    }
}

/// What a name is grouped on with the other names of its entity
/// (`names`): its [`spelling_key`], or, for a name without middle names,
/// the spelling key of the first of them that has its given name and
/// surname around middle names (`Salah Gwairi` goes with `Salah Idris
/// Gwairi`); a transliteration of the short name (`Salah Guairi`) keeps
/// its own.
fn alike_key<'a>(name: &str, names: impl Iterator<Item = &'a String>) -> String {
    let key = spelling_key(name);
    if key.split(' ').count() != 2 {
        return key;
    }
    names
        .map(|n| spelling_key(n))
        .find(|longer| {
            let words: Vec<&str> = longer.split(' ').collect();
            matches!(words[..], [given, _, .., surname] if format!("{given} {surname}") == key)
        })
        .unwrap_or(key)
}

/// A person's most specific actor holds for all their quotes in the
/// package. Where a quote's words name a body the person belongs to (`a
/// co-chair of the Problem Solvers Caucus`, `House Republicans`) and other
/// quotes give only their party (`R-Pa.`, `the Pennsylvania Republican`)
/// or an actor above that body, the body wins, with the words that named
/// it kept as the quotes' `affiliation_evidence`: a role named beats a
/// party tag, and the party within a chamber that a title gives. Two
/// parties, or two bodies named as often, change nothing.
pub fn prefer_specific_actors(found: &mut [Vec<Occurrence>], registry: &Registry) {
    // Person key -> actor -> (quotes naming it, the first words about the
    // person that named it).
    let mut named: BTreeMap<String, BTreeMap<usize, (usize, Option<String>)>> = BTreeMap::new();
    // Each distinct name keyed and each actor id looked up once, as in
    // `unify_people`: both are asked for twice per quote below, and a
    // package has a few hundred speakers for tens of thousands of quotes.
    let mut keys: HashMap<String, Option<String>> = HashMap::new();
    let mut actors: HashMap<String, Option<usize>> = HashMap::new();
    for occurrence in found.iter().flatten().filter(|o| is_person(o)) {
        if let Some(name) = occurrence.speaker.as_deref()
            && !keys.contains_key(name)
        {
            keys.insert(name.to_string(), person_key(name));
        }
        if let Some(actor) = occurrence.actor.as_deref()
            && !actors.contains_key(actor)
        {
            actors.insert(actor.to_string(), registry.actor_by_id(actor));
        }
    }
    for occurrence in found.iter().flatten().filter(|o| is_person(o)) {
        let (Some(name), Some(actor)) = (occurrence.speaker.as_deref(), &occurrence.actor) else {
            continue;
        };
        let (Some(Some(key)), Some(&Some(actor))) = (keys.get(name), actors.get(actor)) else {
            continue;
        };
        let vote = named
            .entry(key.clone())
            .or_default()
            .entry(actor)
            .or_insert((0, None));
        vote.0 += 1;
        if vote.1.is_none() {
            vote.1 = words_about(occurrence, name);
        }
    }
    let mut specific: HashMap<String, (usize, String)> = HashMap::new();
    for (key, votes) in named {
        if let Some(found) = most_specific(&votes, registry) {
            specific.insert(key, found);
        }
    }
    for occurrence in found.iter_mut().flatten().filter(|o| is_person(o)) {
        let Some(Some(key)) = occurrence.speaker.as_deref().and_then(|s| keys.get(s)) else {
            continue;
        };
        let Some((actor, evidence)) = specific.get(key) else {
            continue;
        };
        // The party, the party within a chamber, or a body above the one
        // named give way; any other actor is the quote's own.
        let replaced = match occurrence.actor.as_deref().map(|a| actors[a]) {
            None => true,
            Some(None) => false,
            Some(Some(own)) => {
                own != *actor
                    && (registry.is_party(own)
                        || registry.is_ancestor(own, *actor)
                        || registry.is_party_in_body(own) && !registry.is_ancestor(*actor, own))
            }
        };
        if replaced {
            occurrence.actor = Some(registry.actor_id(*actor).to_string());
            occurrence.affiliation_evidence = Some(evidence.clone());
        }
    }
}

/// The words of a quote that say who its speaker is, when they name the
/// speaker (`Rep. Al Bee, a co-chair of ...`), not `he said`.
fn words_about(occurrence: &Occurrence, name: &str) -> Option<String> {
    let surname = identity::surname(name)?;
    occurrence
        .affiliation_evidence
        .iter()
        .chain(occurrence.evidence.iter())
        .find(|words| words.contains(surname))
        .cloned()
}

/// The actor among one person's `votes` (actor -> quotes, words naming
/// it) that is more specific than the rest, and the words that named it.
fn most_specific(
    votes: &BTreeMap<usize, (usize, Option<String>)>,
    registry: &Registry,
) -> Option<(usize, String)> {
    let mut parties: Vec<usize> = votes
        .keys()
        .filter_map(|&a| registry.party_above(a))
        .collect();
    parties.sort_unstable();
    parties.dedup();
    if parties.len() > 1 || votes.len() < 2 {
        return None;
    }
    let named: Vec<usize> = votes
        .iter()
        .filter(|(a, (_, words))| words.is_some() && !registry.is_party(**a))
        .map(|(a, _)| *a)
        .collect();
    // A body the words named (a caucus, a committee, a state) before the
    // party within a chamber, which a title alone gives.
    let bodies: Vec<usize> = named
        .iter()
        .copied()
        .filter(|&a| !registry.is_party_in_body(a))
        .collect();
    let class = if bodies.is_empty() { named } else { bodies };
    // A body under another of the class is the more specific.
    let leaves: Vec<usize> = class
        .iter()
        .copied()
        .filter(|&a| !class.iter().any(|&b| registry.is_ancestor(a, b)))
        .collect();
    let most = leaves.iter().map(|a| votes[a].0).max()?;
    let mut leaders = leaves.iter().filter(|a| votes[a].0 == most);
    let leader = *leaders.next()?;
    if leaders.next().is_some() {
        return None;
    }
    Some((leader, votes[&leader].1.clone()?))
}

/// The identity of a full name across the package: its
/// [`identity_key`], else (a name too short for one, `Al Bee Jr.`) its
/// spelling key.
pub fn person_key(name: &str) -> Option<String> {
    if name.split_whitespace().count() < 2 {
        return None;
    }
    identity_key(name).or_else(|| Some(spelling_key(name)))
}

/// The family name of a full name, loosely: what a lone surname is
/// matched on. The last word, or the first of a name written family name
/// first in the shape that shows it (`Lee Hyun-woo`: `lee`, never
/// `hyun-woo`; [`identity::family_name_first`]).
fn surname_key(name: &str) -> Option<String> {
    if let Some(family) = identity::family_name_first(name) {
        return Some(spelling_key(family));
    }
    spelling_key(name).rsplit(' ').next().map(str::to_string)
}

/// The first of two surnames that end a full name of three or more words
/// (`holguín` in `Ricardo Holguín Zarama`), loosely: Spanish and
/// Portuguese names carry two surnames and the first is the one used
/// alone, in articles that never write the full name. Not a given name
/// (`Maria Teresa Buenaflor`), an initial, a particle or a title, nor
/// before a suffix (`Al Bee Jr.`).
fn first_surname_key(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [.., first, last] = words[..] else {
        return None;
    };
    let surname_like = first.chars().count() >= 3
        && first.starts_with(char::is_uppercase)
        && first.chars().all(|c| c.is_alphabetic() || c == '-')
        && coref::first_name_gender(first).is_none()
        && !is_title_word(first)
        && !identity::is_name_suffix(last);
    // `National Park Service`: a body's name is no person's.
    let organisation = words
        .iter()
        .any(|w| ORGANISATION_WORDS.contains(&w.to_lowercase().as_str()));
    (words.len() >= 3 && surname_like && !organisation).then(|| spelling_key(first))
}

/// The first word of a full name of two or more words, loosely: what a
/// given name alone is matched on ([`given_name_alone`]).
fn first_key(name: &str) -> Option<String> {
    let key = spelling_key(name);
    let (first, _) = key.split_once(' ')?;
    Some(first.to_string())
}

/// The package's name for the person a quote calls `name`, if it has one:
/// `renamed` the package's name per full name as written, `by_surname` the
/// full names per surname.
fn unified_name(
    name: &str,
    registry: &Registry,
    renamed: &HashMap<String, String>,
    by_surname: &BTreeMap<String, Vec<String>>,
) -> Option<String> {
    if registry.actor_named(name).is_some() {
        // `it said` after `the Kremlin said`: a body, by another rule.
        None
    } else if name.split_whitespace().count() < 2 {
        match by_surname.get(&spelling_key(name)).map(Vec::as_slice) {
            Some([only]) => Some(only.to_string()),
            _ => None,
        }
    } else if let Some(initials) = given_initials(name) {
        // `K R Deshmukh`, `K.R. Deshmukh`: the one full name of that
        // surname whose given names open with those letters.
        let surname = surname_key(name)?;
        let fits: Vec<&String> = (by_surname.get(&surname)?.iter())
            .filter(|full| {
                given_initials(full).is_none()
                    && full.split_whitespace().count() == initials.len() + 1
                    && (full.split_whitespace().zip(&initials))
                        .all(|(word, initial)| word.starts_with(*initial))
            })
            .collect();
        match fits[..] {
            [only] => Some(only.clone()),
            _ => renamed.get(name).cloned(),
        }
    } else {
        renamed.get(name).cloned()
    }
}

/// The given names of `name` when all of them are initials (`K R
/// Deshmukh`, `K. R. Deshmukh`, `K.R. Deshmukh`): their letters, in
/// order; `None` when any given name is written out.
fn given_initials(name: &str) -> Option<Vec<char>> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (_, given) = words.split_last()?;
    let mut letters = Vec::new();
    for word in given {
        let pieces = word.split('.').filter(|p| !p.is_empty());
        for piece in pieces {
            let mut chars = piece.chars();
            let letter = chars.next().filter(|c| c.is_uppercase())?;
            if chars.next().is_some() {
                return None;
            }
            letters.push(letter);
        }
    }
    (!letters.is_empty()).then_some(letters)
}

/// A speaker who is a person as far as the rules tell: not a body
/// (`Kremlin`), not set by the editor, whose word is final.
fn is_person(occurrence: &Occurrence) -> bool {
    !matches!(occurrence.rule, Some(Rule::Body | Rule::Correction) | None) && !occurrence.anonymous
}

/// What two spellings of one name share: lowercase, `al-` dropped, middle
/// initials and `Jr.` dropped, and the endings transliterations disagree
/// on folded (`Sergey` = `Sergei`, `Yury` = `Yuri`, `Aleksandr` =
/// `Alexandr`).
pub fn spelling_key(name: &str) -> String {
    let key = loose_key(name);
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            let initial = w.trim_end_matches('.').chars().count() == 1 && i > 0 && i < last;
            let suffix = i == last && i > 0 && identity::is_name_suffix(w);
            !initial && !suffix
        })
        .map(|(_, w)| fold_transliteration(w.trim_end_matches([',', '.'])))
        .collect::<Vec<_>>()
        .join(" ")
}

fn fold_transliteration(word: &str) -> String {
    let word = word.replace("ks", "x");
    for (ending, folded) in [("ey", "ei"), ("iy", "i"), ("yy", "i")] {
        if let Some(stem) = word.strip_suffix(ending) {
            return format!("{stem}{folded}");
        }
    }
    match word.strip_suffix('y') {
        Some(stem) if stem.len() >= 3 => format!("{stem}i"),
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuoteKind;

    /// The speakers of the first article's quotes, `""` for none.
    fn speakers_of_first(found: &[Vec<Occurrence>]) -> Vec<&str> {
        found[0]
            .iter()
            .map(|o| o.speaker.as_deref().unwrap_or_default())
            .collect()
    }

    fn said(speaker: &str, rule: Rule) -> Occurrence {
        Occurrence {
            text: "words".into(),
            span: None,
            kind: QuoteKind::Direct,
            speaker: Some(speaker.into()),
            role: None,
            actor: None,
            via: None,
            date: jiff::civil::date(2026, 3, 10),
            evidence: None,
            evidence_span: None,
            rule: Some(rule),
            anonymous: false,
            affiliation_evidence: None,
        }
    }

    fn unified(articles: &[&[(&str, Rule)]]) -> Vec<Vec<String>> {
        let found = articles
            .iter()
            .map(|a| a.iter().map(|(s, r)| said(s, *r)).collect())
            .collect();
        speakers_unified(found, &vec![""; articles.len()])
    }

    /// The speakers of each article after the package pass, `bodies[i]`
    /// the text of article `i`.
    fn speakers_unified(mut found: Vec<Vec<Occurrence>>, bodies: &[&str]) -> Vec<Vec<String>> {
        unify_people(&mut found, bodies, &Registry::default());
        found
            .into_iter()
            .map(|a| a.into_iter().filter_map(|o| o.speaker).collect())
            .collect()
    }

    #[test]
    fn names_that_are_not_people_lose_their_quotes_before_the_package_pass() {
        let mut found = vec![vec![
            said("Hurricane Marisol", Rule::Pronoun),
            said("Adv", Rule::SpeechVerb),
            said("Daily Nation", Rule::Pronoun),
            // Must not: a document a frame names, an outlet a frame
            // names (a transcript's label), a person.
            said("Doha Declaration", Rule::SpeechVerb),
            said("Al Jazeera", Rule::LeadIn),
            said("Carolyn Voss", Rule::Pronoun),
        ]];
        drop_things(
            &mut found,
            &["Daily Nation", "Al Jazeera"],
            &Registry::default(),
        );
        assert_eq!(
            speakers_of_first(&found),
            ["", "", "", "Doha Declaration", "Al Jazeera", "Carolyn Voss"]
        );
        assert!(found[0][0].rule.is_none() && found[0][0].actor.is_none());
        // An unnamed source described by a phrase of time is no one.
        let mut time = said("Two days later", Rule::Anonymous);
        time.anonymous = true;
        let mut kept = said("One senior aide", Rule::Anonymous);
        kept.anonymous = true;
        let mut found = vec![vec![time, kept]];
        drop_things(&mut found, &[], &Registry::default());
        assert_eq!(speakers_of_first(&found), ["", "One senior aide"]);
    }

    #[test]
    fn an_unlisted_person_keeps_each_transliteration_but_not_each_initial() {
        let v = Rule::SpeechVerb;
        assert_eq!(
            unified(&[
                &[("Sergei Volkov", v), ("Sergei Volkov", v)],
                &[("Sergey Volkov", v), ("Ann B. Reyes", v)],
                &[("Ann Reyes", v), ("Volkov", v), ("Abu Hatim Karaji", v)],
                &[("Abu Hatem Karaji", v), ("Ann Reyes", v)],
            ]),
            [
                // Spelt alike up to initials and `-ey`: the one used most.
                vec!["Sergei Volkov", "Sergei Volkov"],
                vec!["Sergei Volkov", "Ann Reyes"],
                vec!["Ann Reyes", "Sergei Volkov", "Abu Hatim Karaji"],
                // Another transliteration: each article's own.
                vec!["Abu Hatem Karaji", "Ann Reyes"],
            ]
        );
    }

    #[test]
    fn a_name_written_family_name_first_is_the_form_more_articles_write() {
        let v = Rule::SpeechVerb;
        assert_eq!(
            unified(&[
                // One article quotes it often; two write it the other way.
                &[
                    ("Mizoro Takumi", v),
                    ("Mizoro Takumi", v),
                    ("Mizoro Takumi", v)
                ],
                &[("Takumi Mizoro", v)],
                &[("Takumi Mizoro", v), ("Mizoro", v)],
                // A swap of three words is no plain family-name-first.
                &[("Ana Beatriz Moreira", v), ("Moreira Ana Beatriz", v)],
            ]),
            [
                vec!["Takumi Mizoro", "Takumi Mizoro", "Takumi Mizoro"],
                vec!["Takumi Mizoro"],
                vec!["Takumi Mizoro", "Takumi Mizoro"],
                vec!["Ana Beatriz Moreira", "Moreira Ana Beatriz"],
            ]
        );
    }

    #[test]
    fn on_a_tie_the_outlets_order_decides_a_reversed_name() {
        let v = Rule::SpeechVerb;
        assert_eq!(
            unified(&[
                // One outlet writes family names first, one given names
                // first; the package took the second's `Haruka Nishida`,
                // so `Okabe Jun` (one article each) follows it.
                &[("Nishida Haruka", v), ("Okabe Jun", v)],
                &[("Haruka Nishida", v), ("Jun Okabe", v)],
                &[("Haruka Nishida", v)],
            ]),
            [
                vec!["Haruka Nishida", "Jun Okabe"],
                vec!["Haruka Nishida", "Jun Okabe"],
                vec!["Haruka Nishida"],
            ]
        );
        // No other pair tells a habit: the first used, as before.
        assert_eq!(
            unified(&[&[("Sugiyama Tomoko", v)], &[("Tomoko Sugiyama", v)]]),
            [vec!["Sugiyama Tomoko"], vec!["Sugiyama Tomoko"]]
        );
        // Must not: two given names the lists know are no swap of one
        // person's (`Thomas Scott`, `Scott Thomas`).
        assert_eq!(
            unified(&[&[("Thomas Scott", v)], &[("Scott Thomas", v)]]),
            [vec!["Thomas Scott"], vec!["Scott Thomas"]]
        );
    }

    #[test]
    fn a_name_written_in_the_listed_persons_other_order_takes_the_files_name() {
        let mut actor = crate::test_support::actor("japan", "Government of Japan", &[]);
        actor.people = vec![
            crate::test_support::person("Jun Okabe", None, &[]),
            crate::test_support::person("Thomas Scott", None, &[]),
        ];
        let registry = Registry::new(&[actor]);
        let v = Rule::SpeechVerb;
        let mut found = vec![vec![said("Okabe Jun", v), said("Scott Thomas", v)]];
        unify_people(&mut found, &[""], &registry);
        let names: Vec<_> = found[0].iter().filter_map(|o| o.speaker.clone()).collect();
        assert_eq!(names, ["Jun Okabe", "Scott Thomas"]);
    }

    #[test]
    fn a_family_name_alone_is_the_one_bearer_written_family_name_first() {
        let v = Rule::SpeechVerb;
        assert_eq!(
            unified(&[&[("Hwang", v), ("Ye-rin", v)], &[("Hwang Ye-rin", v)],])[0],
            // The family name alone is her; her given name is no family
            // name (the article's words may still complete it:
            // `given_name_alone`).
            ["Hwang Ye-rin", "Ye-rin"]
        );
        assert_eq!(
            unified(&[
                &[("Lee", v), ("Woo", v)],
                &[("Lee Hyun-woo", v), ("Lee Jae-won", v)],
            ])[0],
            // Must not: two Lees leave `Lee` as written, and `Woo` is no
            // family name of `Lee Hyun-woo`.
            ["Lee", "Woo"]
        );
    }

    #[test]
    fn a_name_of_initials_becomes_the_one_full_name_they_fit() {
        let v = Rule::SpeechVerb;
        assert_eq!(
            unified(&[
                &[("Kamlakar Ramrao Deshmukh", v), ("K R Deshmukh", v)],
                &[("K.R. Deshmukh", v), ("P. Joshi", v)],
                &[("Prakash Joshi", v), ("Pallavi Joshi", v)],
            ]),
            [
                vec!["Kamlakar Ramrao Deshmukh", "Kamlakar Ramrao Deshmukh"],
                // Two full names fit `P. Joshi`: it stays as written.
                vec!["Kamlakar Ramrao Deshmukh", "P. Joshi"],
                vec!["Prakash Joshi", "Pallavi Joshi"],
            ]
        );
    }

    #[test]
    fn every_spelling_of_a_listed_person_becomes_the_registry_name() {
        let mut actor = crate::test_support::actor("kurds", "Kurdish Front", &[]);
        actor.people = vec![crate::test_support::person("Darya Ehmed", None, &[])];
        let registry = Registry::new(&[actor]);
        let v = Rule::SpeechVerb;
        let mut found = vec![vec![
            said("Darya Ahmad", v),
            said("Daria Ahmed", v),
            said("Dara Ahmad", v),
        ]];
        unify_people(&mut found, &[""], &registry);
        let names: Vec<_> = found[0].iter().filter_map(|o| o.speaker.clone()).collect();
        // `Dara` is another name (a short word must be spelt alike).
        assert_eq!(names, ["Darya Ehmed", "Darya Ehmed", "Dara Ahmad"]);
    }

    #[test]
    fn a_lone_surname_takes_the_one_full_name_that_ends_with_it() {
        let v = Rule::SpeechVerb;
        assert_eq!(
            unified(&[
                &[("Netanyahu", v), ("Lind", v), ("Kremlin", Rule::Body)],
                &[("Benjamin Netanyahu", v), ("Karl Lind", v), ("Eva Lind", v)],
                &[("Ivan Kremlin", v)],
            ])[0],
            // Two Linds: no name is better than the wrong one; a body stays.
            ["Benjamin Netanyahu", "Lind", "Kremlin"]
        );
    }

    /// The first of two surnames alone is the one package name that ends
    /// with both (Spanish and Portuguese names); a middle given name, an
    /// initial or a body's word is no surname.
    #[test]
    fn the_first_of_two_surnames_alone_is_the_one_fuller_name() {
        let v = Rule::SpeechVerb;
        assert_eq!(
            unified(&[&[("Ricardo Holguín Zarama", v)], &[("Holguín", v)]]),
            [["Ricardo Holguín Zarama"], ["Ricardo Holguín Zarama"]]
        );
        assert_eq!(first_surname_key("Maria Teresa Buenaflor"), None);
        assert_eq!(first_surname_key("Maria T. Alvarado"), None);
        assert_eq!(first_surname_key("Raymond Batiste Jr."), None);
        assert_eq!(first_surname_key("National Park Service"), None);
        assert_eq!(first_surname_key("Ana Moreira"), None);
        // Must not: two people the word could mean.
        assert_eq!(
            unified(&[
                &[("Ricardo Holguín Zarama", v), ("Lucía Holguín", v)],
                &[("Holguín", v)]
            ]),
            [
                vec!["Ricardo Holguín Zarama", "Lucía Holguín"],
                vec!["Holguín"]
            ]
        );
    }

    /// A name written without its middle names is the one person the
    /// package names with them; rows: (articles, what each becomes).
    #[test]
    fn a_name_without_its_middle_names_is_the_one_fuller_name() {
        let v = Rule::SpeechVerb;
        /// The speakers of each article, before and after.
        type Row<'a> = (&'a [&'a [(&'a str, Rule)]], &'a [&'a [&'a str]]);
        let rows: [Row<'_>; 6] = [
            (
                &[
                    &[("Salah Gwairi", v), ("Salah Gwairi", v), ("Gwairi", v)],
                    &[("Salah Idris Gwairi", v), ("Rashid al-Hababi", v)],
                    &[("Rashid Hamad al-Hababi", v)],
                ],
                &[
                    &[
                        "Salah Idris Gwairi",
                        "Salah Idris Gwairi",
                        "Salah Idris Gwairi",
                    ],
                    &["Salah Idris Gwairi", "Rashid Hamad al-Hababi"],
                    &["Rashid Hamad al-Hababi"],
                ],
            ),
            // Another transliteration of the short name keeps its spelling.
            (
                &[&[
                    ("Omran Karrouba", v),
                    ("Omran Karuba", v),
                    ("Omran Bashir Karrouba", v),
                ]],
                &[&[
                    "Omran Bashir Karrouba",
                    "Omran Karuba",
                    "Omran Bashir Karrouba",
                ]],
            ),
            // Must not: two fuller names, either could be meant.
            (
                &[&[
                    ("Salah Gwairi", v),
                    ("Salah Idris Gwairi", v),
                    ("Salah Omar Gwairi", v),
                ]],
                &[&["Salah Gwairi", "Salah Idris Gwairi", "Salah Omar Gwairi"]],
            ),
            // Must not: brothers, another given name with the surname.
            (
                &[&[("Salah Gwairi", v), ("Ali Idris Gwairi", v)]],
                &[&["Salah Gwairi", "Ali Idris Gwairi"]],
            ),
            // Must not: a surname that is another person's middle name.
            (
                &[&[("Ann Reyes", v), ("Ann Reyes Dorn", v), ("Ana Reyes", v)]],
                &[&["Ann Reyes", "Ann Reyes Dorn", "Ana Reyes"]],
            ),
            // Must not: a given name that is another's middle name.
            (
                &[&[("Idris Gwairi", v), ("Salah Idris Gwairi", v)]],
                &[&["Idris Gwairi", "Salah Idris Gwairi"]],
            ),
        ];
        for (articles, expected) in rows {
            assert_eq!(unified(articles), expected, "{articles:?}");
        }
    }

    /// The speakers of each article after the package pass, with each
    /// article's text.
    fn unified_in(articles: &[(&str, &[&str])]) -> Vec<Vec<String>> {
        let v = Rule::SpeechVerb;
        let found = articles
            .iter()
            .map(|(_, names)| names.iter().map(|n| said(n, v)).collect())
            .collect();
        let bodies: Vec<&str> = articles.iter().map(|(body, _)| *body).collect();
        speakers_unified(found, &bodies)
    }

    #[test]
    fn a_name_of_one_word_is_the_one_full_name_its_article_writes() {
        assert_eq!(
            unified_in(&[
                // No article quotes the full name: the article gives it.
                (
                    "For ten years, Almaz Tefera saved. But Almaz, 44, says.",
                    &["Almaz"]
                ),
                // A peer named by title and one word keeps the title.
                (
                    "Tonga's fisheries minister, Lord Fakatulolo, said.",
                    &["Fakatulolo"]
                ),
            ]),
            [vec!["Almaz Tefera"], vec!["Lord Fakatulolo"],]
        );
        // Must not: two full names fit; the word inside a longer name
        // (`Kiprono` of `Stephen Kiprono Langat` is no `Mzee Kiprono`);
        // the article writes no full name; a title alone.
        assert_eq!(
            unified_in(&[
                (
                    "Almaz Tefera and Almaz Bekele came. Almaz said.",
                    &["Almaz"]
                ),
                (
                    "Stephen Kiprono Langat won. Kiprono Sang wept.",
                    &["Kiprono"]
                ),
                ("Justice Penrose wrote a concurrence.", &["Penrose"]),
                ("Spokesman Gamal Eldin Sheikh Idris spoke.", &["Idris"]),
                ("Arsenio \"Jun\" Lualhati Jr. spoke.", &["Arsenio"]),
                ("Minister Vell spoke.", &["Minister"]),
            ]),
            [
                vec!["Almaz"],
                vec!["Kiprono"],
                vec!["Penrose"],
                vec!["Idris"],
                vec!["Arsenio"],
                vec!["Minister"],
            ]
        );
    }

    #[test]
    fn the_last_words_of_a_portfolio_are_no_part_of_a_name_the_package_quotes() {
        assert_eq!(
            unified_in(&[
                (
                    "Commissioner for Indus Waters Syed Kamran Naqvi said the waters rose.",
                    &["Waters Syed Kamran Naqvi", "Syed Kamran Naqvi"]
                ),
                (
                    "Commissioner for Data Protection Niamh Farrelly said.",
                    &["Protection Niamh Farrelly"]
                ),
                // Lowercase in another article of the package.
                (
                    "Niamh Farrelly spoke of data protection.",
                    &["Niamh Farrelly"]
                ),
            ]),
            [
                vec!["Syed Kamran Naqvi", "Syed Kamran Naqvi"],
                vec!["Niamh Farrelly"],
                vec!["Niamh Farrelly"],
            ]
        );
        // Must not: a given name the lists know; a word no article writes
        // in lowercase (a name: `Losena`); a name the package never quotes.
        assert_eq!(
            unified_in(&[
                (
                    "Ana Maria Tovell said.",
                    &["Ana Maria Tovell", "Maria Tovell"]
                ),
                (
                    "Losena Tuitubou Vakacegu said.",
                    &["Losena Tuitubou Vakacegu", "Tuitubou Vakacegu"]
                ),
                (
                    "Minister for Fisheries and Forests Lo Vake said of forests.",
                    &["Forests Lo Vake"]
                ),
                (
                    "U Than Htike Oo said more than that.",
                    &["Than Htike Oo", "Htike Oo"]
                ),
            ]),
            [
                vec!["Ana Maria Tovell", "Maria Tovell"],
                vec!["Losena Tuitubou Vakacegu", "Tuitubou Vakacegu"],
                vec!["Forests Lo Vake"],
                vec!["Than Htike Oo", "Htike Oo"],
            ]
        );
    }

    #[test]
    fn a_given_name_alone_is_the_one_package_name_it_opens_that_the_article_writes() {
        assert_eq!(
            unified_in(&[
                (
                    "Owen Strickmere spoke.",
                    &["Owen Strickmere", "Ye-rin Park"]
                ),
                // The article writes the rest of the name (any case).
                ("Sir Owen STRICKMERE came. Owen said.", &["Owen"]),
                ("Hwang Ye-rin wept. Hwang said.", &["Hwang", "Hwang Ye-rin"]),
            ]),
            [
                vec!["Owen Strickmere", "Ye-rin Park"],
                vec!["Owen Strickmere"],
                vec!["Hwang Ye-rin", "Hwang Ye-rin"],
            ]
        );
        // Must not: the article never writes the rest (`Deb`, a voter);
        // the rest only inside another word; two package names open with
        // the word; a package name ends with it (a surname, decided by
        // the surname rule: two `Lind`s, so no one).
        assert_eq!(
            unified_in(&[
                (
                    "Deb Kretschmar spoke.",
                    &["Deb Kretschmar", "Ann Reyes", "Ann Dorn"]
                ),
                ("Deb said. Kretschmarsky left.", &["Deb"]),
                ("Ann Reyes and Ann Dorn came. Ann said.", &["Ann"]),
                (
                    "Karl Lind, Lind Ode and Eva Lind.",
                    &["Lind", "Karl Lind", "Lind Ode"]
                ),
                ("Eva Lind said.", &["Eva Lind"]),
            ]),
            [
                vec!["Deb Kretschmar", "Ann Reyes", "Ann Dorn"],
                vec!["Deb"],
                vec!["Ann"],
                vec!["Lind", "Karl Lind", "Lind Ode"],
                vec!["Eva Lind"],
            ]
        );
    }

    #[test]
    fn a_title_before_a_name_the_package_quotes_is_no_part_of_it() {
        assert_eq!(
            unified_in(&[
                (
                    "",
                    &[
                        "Councillor Hannah Bexfield",
                        "Honourable Delphine Mutombo Kabasele",
                        "Mediator Yves-Marie Le Gallou",
                        // Must not: a given name before a package name.
                        "Ana Beatriz Moreira",
                        // Through the fuller name it is written with.
                        "Councillor Bexfield",
                        // No one in the package without it: the title
                        // words alone go (`without_leading_titles`).
                        "Mediator Reginald Lafontant",
                    ],
                ),
                (
                    "",
                    &[
                        "Hannah Bexfield",
                        "Delphine Mutombo Kabasele",
                        "Yves-Marie Le Gallou",
                        "Beatriz Moreira",
                        "Reginald Holt",
                    ],
                ),
            ])[0],
            [
                "Hannah Bexfield",
                "Delphine Mutombo Kabasele",
                "Yves-Marie Le Gallou",
                "Ana Beatriz Moreira",
                "Hannah Bexfield",
                "Reginald Lafontant",
            ]
        );
    }

    #[test]
    fn words_of_office_or_trade_before_a_full_name_are_no_part_of_it() {
        assert_eq!(
            unified_in(&[(
                "",
                &[
                    "Undersecretary Lorna Vell",
                    "Pharmacist Nadia Orr-Kent",
                    "Co-host Dana Rove",
                    "Counsel Ibrahim Kassim Dabo",
                    // Must not: a surname alone left; a peer's title; a
                    // given name is no title; a lowercase word is no name.
                    "Undersecretary Moss",
                    "Lord Hadleigh Stowe",
                    "Ana Beatriz Moreira",
                    "Counsel for the defence",
                ],
            )])[0],
            [
                "Lorna Vell",
                "Nadia Orr-Kent",
                "Dana Rove",
                "Ibrahim Kassim Dabo",
                "Undersecretary Moss",
                "Lord Hadleigh Stowe",
                "Ana Beatriz Moreira",
                "Counsel for the defence",
            ]
        );
    }

    #[test]
    fn a_name_takes_the_one_fuller_form_its_article_writes() {
        assert_eq!(
            unified_in(&[
                (
                    "Democratic nominee Maria T. Alvarado, 52, spoke. Alvarado said.",
                    &["Maria Alvarado"]
                ),
                ("Salah Idris Gwairi's office said.", &["Salah Gwairi"]),
                // Must not: the article writes no fuller form; two fuller
                // forms; a title between the names; another article's form.
                ("Maria Alvarado spoke.", &["Maria Alvarado"]),
                (
                    "Ann B. Reyes and Ann C. Reyes came.",
                    &["Ann Reyes", "Ann Reyes"]
                ),
                ("Rosa Governor Dorn", &["Rosa Dorn"]),
            ]),
            [
                vec!["Maria T. Alvarado"],
                vec!["Salah Idris Gwairi"],
                vec!["Maria Alvarado"],
                vec!["Ann Reyes", "Ann Reyes"],
                vec!["Rosa Dorn"],
            ]
        );
    }

    #[test]
    fn a_body_written_with_the_opening_words_of_one_actor_or_after_a_possessive_is_that_actor() {
        let actor = |id: &str, name: &str, parent: Option<&str>| crate::model::Actor {
            parent: parent.map(str::to_string),
            ..crate::test_support::actor(id, name, &[name])
        };
        let registry = Registry::new(&[
            actor("ukraine", "Ukraine", None),
            actor("navy", "Naval Forces of Ukraine", Some("ukraine")),
            actor("moi-a", "Ministry of the Interior of Aland", None),
            actor("moi-b", "Ministry of the Interior of Borduria", None),
            actor("rosa", "Rosa Elizondo for Mayor", None),
            actor("fleet", "Fleet Watch", None),
            crate::test_support::actor("ico", "Information Office", &["ICO"]),
            crate::test_support::actor("acme", "Acme's Bank", &[]),
        ]);
        let body = |name: &str, actor: Option<&str>| Occurrence {
            actor: actor.map(str::to_string),
            ..said(name, Rule::Body)
        };
        let mut found = vec![vec![
            body("Naval Forces", Some("ukraine")),
            body("Naval Forces", None),
            // Must not: two actors go on from it; a person's name; one
            // word; another actor's quote.
            body("Ministry of the Interior", None),
            said("Rosa Elizondo", Rule::SpeechVerb),
            body("Naval", None),
            body("Naval Forces", Some("fleet")),
            body("Britain's Information Office", None),
            body("Britain's ICO", Some("ico")),
            // Must not: a listed name that holds a possessive; a body
            // no file lists; a lowercase word before the possessive or
            // after it.
            body("Acme's Bank", None),
            body("Britain's Data Office", None),
            body("the nation's Information Office", None),
            body("Britain's information office", None),
        ]];
        complete_body_names(&mut found, &[""], &registry);
        let got: Vec<(Option<&str>, Option<&str>)> = found[0]
            .iter()
            .map(|o| (o.speaker.as_deref(), o.actor.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Naval Forces of Ukraine"), Some("navy")),
                (Some("Naval Forces of Ukraine"), Some("navy")),
                (Some("Ministry of the Interior"), None),
                (Some("Rosa Elizondo"), None),
                (Some("Naval"), None),
                (Some("Naval Forces"), Some("fleet")),
                (Some("Information Office"), Some("ico")),
                // The acronym, once the possessive is gone, is the body's
                // short name: the filed name (round forty-three).
                (Some("Information Office"), Some("ico")),
                (Some("Acme's Bank"), None),
                (Some("Britain's Data Office"), None),
                (Some("the nation's Information Office"), None),
                (Some("Britain's information office"), None),
            ]
        );
    }

    #[test]
    fn a_body_named_in_another_word_order_takes_its_files_name() {
        use crate::test_support::actor;
        let registry = Registry::new(&[
            actor(
                "velmar-mfa",
                "Ministry of Foreign Affairs of Velmar",
                &["Velmar's foreign ministry"],
            ),
            actor("ostria", "Ostria", &["Ostrian government"]),
            actor("doj", "Tarn Department of Justice", &["Justice Department"]),
            actor("ravel", "Ravel for Mayor", &[]),
            actor("club", "Sport Clube Pell", &["Pell"]),
            actor("aosis", "Alliance of Small Island States", &[]),
            actor("rwanda", "Tarnia", &["Government of Tarnia"]),
        ]);
        let body = |name: &str, actor: &str| Occurrence {
            actor: Some(actor.to_string()),
            ..said(name, Rule::Body)
        };
        let mut found = vec![vec![
            body("Velmar’s foreign ministry", "velmar-mfa"),
            // Its continuation, under the same words, follows.
            Occurrence {
                actor: Some("velmar-mfa".into()),
                ..said("Velmar’s foreign ministry", Rule::Continuation)
            },
            body("Justice Department", "doj"),
            body("Ravel's campaign", "ravel"),
            body("Pell", "club"),
            // Must not: a ministry under an actor named as the country
            // (a part of it); words without a capital; words holding the whole name and more;
            // a speech verb's named subject.
            body("Ostria's foreign ministry", "ostria"),
            body("small island states", "aosis"),
            body("Government of Tarnia", "rwanda"),
            Occurrence {
                actor: Some("velmar-mfa".into()),
                ..said("Velmar's foreign ministry", Rule::SpeechVerb)
            },
        ]];
        complete_body_names(&mut found, &[""], &registry);
        let got = speakers_of_first(&found);
        assert_eq!(
            got,
            [
                "Ministry of Foreign Affairs of Velmar",
                "Ministry of Foreign Affairs of Velmar",
                "Tarn Department of Justice",
                "Ravel for Mayor",
                "Sport Clube Pell",
                "Ostria's foreign ministry",
                "small island states",
                "Government of Tarnia",
                "Velmar's foreign ministry",
            ]
        );
    }

    #[test]
    fn a_body_speaking_by_its_acronym_takes_the_name_the_files_give_it() {
        use crate::model::Actor;
        use crate::test_support::actor;
        let of_kind = |kind: &str, a: Actor| Actor {
            kind: Some(kind.into()),
            ..a
        };
        let registry = Registry::new(&[
            of_kind(
                "organization",
                actor(
                    "egct",
                    "Electric Grid Council of Tarn",
                    &["EGCT", "the council"],
                ),
            ),
            // A state's alias in capitals is another body of the state.
            of_kind("state", actor("tarn", "Tarn", &["TNA", "Tarnish"])),
            // One acronym, two bodies: neither's.
            of_kind(
                "organization",
                actor("lfa", "Lake Fishers Association", &["LFA"]),
            ),
            of_kind(
                "organization",
                actor("lfa2", "League of Free Anglers", &["LFA"]),
            ),
        ]);
        let body = |name: &str, actor: &str, rule: Rule| Occurrence {
            actor: Some(actor.to_string()),
            ..said(name, rule)
        };
        let mut found = vec![vec![
            body("EGCT", "egct", Rule::Body),
            body("The EGCT", "egct", Rule::Body),
            // Its continuation follows.
            body("EGCT", "egct", Rule::Continuation),
            body("TNA", "tarn", Rule::Body),
            body("LFA", "lfa", Rule::Body),
            // Not an acronym.
            body("the council", "egct", Rule::Body),
        ]];
        complete_body_names(&mut found, &[""], &registry);
        let got = speakers_of_first(&found);
        assert_eq!(
            got,
            [
                "Electric Grid Council of Tarn",
                "Electric Grid Council of Tarn",
                "Electric Grid Council of Tarn",
                "TNA",
                "LFA",
                "the council",
            ]
        );
    }

    #[test]
    fn an_acronym_spelling_a_government_bodys_initials_or_opening_its_name_is_spelt_out() {
        use crate::model::Actor;
        use crate::test_support::actor;
        let of_kind = |kind: &str, a: Actor| Actor {
            kind: Some(kind.into()),
            ..a
        };
        let registry = Registry::new(&[
            of_kind(
                "government",
                actor("adt", "Anti-Doping Agency of Tarn", &["ADAT"]),
            ),
            // A government's acronym of another body stays.
            of_kind("government", actor("tarn-gov", "Tarn", &["TSDA"])),
            of_kind("organization", actor("nu", "Northern Union", &["NU"])),
            // A state's initials before a body's noun stay as written.
            of_kind("state", actor("ut", "United Tarn", &["UT"])),
        ]);
        let body = |name: &str, actor: &str| Occurrence {
            actor: Some(actor.to_string()),
            ..said(name, Rule::Body)
        };
        let mut found = vec![vec![
            body("ADAT", "adt"),
            body("TSDA", "tarn-gov"),
            body("NU Commission", "nu"),
            body("NU officials", "nu"),
            body("UT Embassy in Vell", "ut"),
        ]];
        complete_body_names(&mut found, &[""], &registry);
        assert_eq!(
            speakers_of_first(&found),
            [
                "Anti-Doping Agency of Tarn",
                "TSDA",
                "Northern Union Commission",
                "NU officials",
                "UT Embassy in Vell",
            ]
        );
    }

    #[test]
    fn a_body_named_in_its_own_language_speaks_by_that_name_not_a_translation() {
        use crate::model::Actor;
        use crate::test_support::actor;
        let of_kind = |kind: &str, a: Actor| Actor {
            kind: Some(kind.into()),
            ..a
        };
        let registry = Registry::new(&[
            of_kind(
                "government",
                actor(
                    "mpt",
                    "Ministério Público de Tarna",
                    &["federal prosecutors", "MPT"],
                ),
            ),
            // An English name: its aliases may be bodies of their own.
            of_kind(
                "government",
                actor(
                    "dit",
                    "Department of the Interior",
                    &["Park Service of Tarn"],
                ),
            ),
        ]);
        let body = |name: &str, actor: &str, rule: Rule| Occurrence {
            actor: Some(actor.to_string()),
            ..said(name, rule)
        };
        let mut found = vec![vec![
            body("Federal prosecutors", "mpt", Rule::Body),
            body("Federal prosecutors", "mpt", Rule::Continuation),
            body("Park Service of Tarn", "dit", Rule::Body),
        ]];
        complete_body_names(&mut found, &[""], &registry);
        assert_eq!(
            speakers_of_first(&found),
            [
                "Ministério Público de Tarna",
                "Ministério Público de Tarna",
                "Park Service of Tarn",
            ]
        );
    }

    #[test]
    fn a_states_ministry_takes_the_name_and_actor_the_files_give_it() {
        use crate::test_support::actor;
        let registry = Registry::new(&[
            actor(
                "fiji",
                "Fiji",
                &["Fijian foreign ministry", "Fijian Foreign Ministry"],
            ),
            actor("kenya", "Kenya", &[]),
            actor("kenya-mod", "Ministry of Defence of Kenya", &[]),
            actor(
                "qatar",
                "Qatar",
                &[
                    "Qatari Foreign Ministry",
                    "Ministry of Foreign Affairs of Qatar",
                ],
            ),
            actor("uae", "UAE", &["UAE Ministry of Foreign Affairs"]),
            actor("russia-mfa", "Ministry of Foreign Affairs of Russia", &[]),
        ]);
        let body = |name: &str, actor: &str| Occurrence {
            actor: Some(actor.to_string()),
            ..said(name, Rule::Body)
        };
        let mut found = vec![vec![
            body("Fiji's foreign ministry", "fiji"),
            // An actor of its own, whatever the spelling of the portfolio;
            // its continuation follows.
            body("Kenya’s defense ministry", "kenya"),
            Occurrence {
                actor: Some("kenya".into()),
                ..said("Kenya’s defense ministry", Rule::Continuation)
            },
            body("Qatar's Foreign Ministry", "qatar"),
            body("UAE foreign ministry", "uae"),
            body("Russian MFA", "russia-mfa"),
            // Must not: no state named (whose ministry?); words beyond the
            // ministry's; a ministry the files do not name; a speech
            // verb's named subject that no body-rule quote of the article
            // shares.
            body("Foreign Ministry", "qatar"),
            body("Kenyan Defence Ministry officials", "kenya"),
            body("Fiji's health ministry", "fiji"),
            Occurrence {
                actor: Some("qatar".into()),
                ..said("Qatar’s Foreign Ministry", Rule::SpeechVerb)
            },
        ]];
        complete_body_names(&mut found, &[""], &registry);
        let got: Vec<(&str, &str)> = found[0]
            .iter()
            .map(|o| {
                (
                    o.speaker.as_deref().unwrap_or_default(),
                    o.actor.as_deref().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Fijian Foreign Ministry", "fiji"),
                ("Ministry of Defence of Kenya", "kenya-mod"),
                ("Ministry of Defence of Kenya", "kenya-mod"),
                ("Ministry of Foreign Affairs of Qatar", "qatar"),
                ("UAE Ministry of Foreign Affairs", "uae"),
                ("Ministry of Foreign Affairs of Russia", "russia-mfa"),
                ("Foreign Ministry", "qatar"),
                ("Kenyan Defence Ministry officials", "kenya"),
                ("Fiji's health ministry", "fiji"),
                ("Qatar’s Foreign Ministry", "qatar"),
            ]
        );
    }

    #[test]
    fn a_body_quoted_under_a_short_or_described_form_of_its_name_takes_the_name() {
        use crate::test_support::actor;
        let registry = Registry::new(&[
            actor(
                "cfb",
                "Riverton City Campaign Finance Board",
                &["the Board"],
            ),
            actor("ec", "Varnish Commission", &[]),
            actor("gov", "Government of Tarn", &[]),
            actor("bloc", "Nor Vel", &["Nor Vel bloc"]),
            actor("mission", "MONTAR", &[]),
            actor("league", "Premier League", &[]),
            actor("treasury", "Tarn Treasury", &["Treasury"]),
            actor("rosa", "Campaign to Elect Rosa Dorn", &[]),
            actor("wh", "The Palace", &[]),
        ]);
        let quoted = |name: &str, actor: &str| Occurrence {
            actor: Some(actor.to_string()),
            ..said(name, Rule::Body)
        };
        let mut found = vec![vec![
            quoted("Campaign Finance Board", "cfb"),
            quoted("Commission", "ec"),
            quoted("Government", "gov"),
            quoted("Nor Vel bloc", "bloc"),
            quoted("Tarn's opposition Nor Vel bloc", "bloc"),
            quoted("UN peacekeeping mission MONTAR", "mission"),
            // Must not: a person noun after the name; a preposition
            // before it; a person's name; a form of
            // the name; a quote of no actor; another actor's quote.
            quoted("senior Premier League source", "league"),
            quoted("report of MONTAR", "mission"),
            quoted("Rosa Dorn", "rosa"),
            quoted("Palace", "wh"),
            said("Commission", Rule::Body),
            quoted("Campaign Finance Board", "ec"),
        ]];
        // Must not: a noun the article gives another body too.
        found.push(vec![quoted("Board", "cfb"), quoted("Commission", "ec")]);
        let bodies = [
            "The Board said. The Varnish Commission met.",
            "The Riverton City Campaign Finance Board and the Board of Audits met. \
             The Commission said.",
        ];
        complete_body_names(&mut found, &bodies, &registry);
        let got: Vec<&str> = found
            .iter()
            .flatten()
            .map(|o| o.speaker.as_deref().unwrap_or_default())
            .collect();
        assert_eq!(
            got,
            [
                "Riverton City Campaign Finance Board",
                "Varnish Commission",
                "Government of Tarn",
                "Nor Vel",
                "Nor Vel",
                "MONTAR",
                "senior Premier League source",
                "report of MONTAR",
                "Rosa Dorn",
                "Palace",
                "Commission",
                "Campaign Finance Board",
                "Board",
                "Varnish Commission",
            ]
        );
    }

    #[test]
    fn an_honorific_a_station_or_a_post_after_its_place_is_no_part_of_a_full_name() {
        assert_eq!(
            unified_in(&[(
                "",
                &[
                    "Comrade Ugochukwu Nnaji",
                    "Alhaji Sani Danjuma",
                    "Hajiya Binta Musa",
                    "Dean Lorenzo Ybañez",
                    "Apprentice Jamie Kerr",
                    "Ko Thet Paing Soe",
                    "Pima County Recorder Gabriela Sotelo",
                    "Majority Whip Ellen Marsh",
                    "4th District Councilwoman Ana Beatriz Moreira",
                    "Supervisors Hal Brunner",
                    // Must not: a name word alone would be left; a given
                    // name before the post; a word of address that is
                    // also a name before a name of one word.
                    "Dean Acheson",
                    "Jo Marshal Lin",
                    "Ma Zhaoxu",
                    "Malam Incanha",
                ],
            )])[0],
            [
                "Ugochukwu Nnaji",
                "Sani Danjuma",
                "Binta Musa",
                "Lorenzo Ybañez",
                "Jamie Kerr",
                "Thet Paing Soe",
                "Gabriela Sotelo",
                "Ellen Marsh",
                "Ana Beatriz Moreira",
                "Hal Brunner",
                "Dean Acheson",
                "Jo Marshal Lin",
                "Ma Zhaoxu",
                "Malam Incanha",
            ]
        );
    }

    #[test]
    fn a_title_of_address_or_of_the_clergy_is_no_part_of_a_full_name() {
        assert_eq!(
            unified_in(&[(
                "",
                &[
                    "Father Ashur Benyamin",
                    "Dame Harriet Ellesmere",
                    "Msgr. Eliécer Montoya Gaviria",
                    "Bishop Lucas van der Berg",
                    // Must not: a surname alone left; a peer's title; a
                    // lowercase office.
                    "Father Velarde",
                    "Lord Hadleigh Stowe",
                    "bishop of Tucson",
                ],
            )])[0],
            [
                "Ashur Benyamin",
                "Harriet Ellesmere",
                "Eliécer Montoya Gaviria",
                "Lucas van der Berg",
                "Father Velarde",
                "Lord Hadleigh Stowe",
                "bishop of Tucson",
            ]
        );
    }

    #[test]
    fn a_word_is_written_only_as_a_word_of_its_own() {
        assert!(writes_word("said ole sankaire.", "ole"));
        assert!(writes_word("(strickmere)", "strickmere"));
        assert!(!writes_word("kretschmarsky", "kretschmar"));
        assert!(!writes_word("anything", ""));
    }

    #[test]
    fn different_names_stay_apart() {
        let v = Rule::SpeechVerb;
        assert_eq!(
            unified(&[&[("Ann Reyes", v), ("Anna Reyes", v), ("Tom Dorn", v)]])[0],
            ["Ann Reyes", "Anna Reyes", "Tom Dorn"]
        );
    }

    /// A party, its House child, a caucus of its own, and a second party.
    fn congress() -> Registry {
        let actor = |id: &str, name: &str, kind: &str, parent: Option<&str>| crate::model::Actor {
            kind: Some(kind.into()),
            parent: parent.map(str::to_string),
            ..crate::test_support::actor(id, name, &[name])
        };
        Registry::new(&[
            actor("red", "Reds", "party", None),
            actor("house-reds", "House Reds", "party-caucus", Some("red")),
            actor("mend", "Mend-It Caucus", "caucus", None),
            actor("blue", "Blues", "party", None),
        ])
    }

    fn affiliated(actor: &str, evidence: &str) -> Occurrence {
        Occurrence {
            actor: Some(actor.into()),
            evidence: Some(evidence.into()),
            ..said("Ada Quill", Rule::SpeechVerb)
        }
    }

    fn actors_after(found: &mut [Vec<Occurrence>]) -> Vec<Vec<Option<String>>> {
        prefer_specific_actors(found, &congress());
        found
            .iter()
            .map(|a| a.iter().map(|o| o.actor.clone()).collect())
            .collect()
    }

    #[test]
    fn a_body_named_in_one_article_beats_the_party_in_every_other() {
        let mut found = vec![
            vec![affiliated(
                "mend",
                "Ada Quill, a co-chair of the Mend-It Caucus, said",
            )],
            vec![
                affiliated("red", "the Ohio Red said"),
                affiliated("house-reds", "Rep. Ada Quill said"),
                said("Ada Quill", Rule::Pronoun),
            ],
        ];
        let some = |a: &str| Some(a.to_string());
        assert_eq!(
            actors_after(&mut found),
            [
                vec![some("mend")],
                vec![some("mend"), some("mend"), some("mend")]
            ]
        );
        assert_eq!(
            found[1][0].affiliation_evidence.as_deref(),
            Some("Ada Quill, a co-chair of the Mend-It Caucus, said")
        );
    }

    #[test]
    fn the_party_in_a_chamber_beats_the_party() {
        let mut found = vec![vec![
            affiliated("house-reds", "Rep. Ada Quill said"),
            affiliated("red", "the Ohio Red said"),
        ]];
        let some = |a: &str| Some(a.to_string());
        assert_eq!(
            actors_after(&mut found),
            [vec![some("house-reds"), some("house-reds")]]
        );
    }

    #[test]
    fn two_parties_or_words_not_about_the_person_change_nothing() {
        let some = |a: &str| Some(a.to_string());
        let mut found = vec![vec![
            affiliated("mend", "Ada Quill, a co-chair of the Mend-It Caucus, said"),
            affiliated("red", "the Ohio Red said"),
            affiliated("blue", "the Ohio Blue said"),
        ]];
        assert_eq!(
            actors_after(&mut found),
            [vec![some("mend"), some("red"), some("blue")]]
        );
        // `he said`, the caucus from another rule: no words name her.
        let mut found = vec![vec![
            affiliated("mend", "she said"),
            affiliated("red", "the Ohio Red said"),
        ]];
        assert_eq!(actors_after(&mut found), [vec![some("mend"), some("red")]]);
    }
}
