//! Definite descriptions of a person the package knows (round forty):
//! `the Prime Minister said`, `The Minister of Labour said on Tuesday`,
//! `NUPENG's president said`, `the Pittsburgh Regional Transit CEO said`.
//! An article often names an office holder once (or never: another
//! article of the package names them, or the actor files list them with
//! their role) and then calls them by their post. The article pass keeps
//! such a subject as an anonymous description when no person is in reach;
//! this package pass, run once every article is read, gives the quote the
//! one person whose known post fits the description.
//!
//! A post is known from the role of every quote a named person was given
//! in the package (`Tigran Avetisyan, the prime minister of Armenia`) and
//! from the actor files' `people` with a `role`. A description fits a
//! post when its head noun is the post's head (`minister` in `Minister of
//! Foreign Affairs of Azerbaijan`), every other word of the description
//! stands in the post or, for the words before the head, in the holder's
//! actor (`the Armenian prime minister`), and the post has no rank word
//! the description lacks (`the minister` is no prime minister). Exactly
//! one person must fit in the package, else exactly one of those the
//! article names in full; else the description stays: a wrong person is
//! worse than none. A description that points back to someone the
//! article introduced without a name (`a Labour MP from a neighbouring
//! seat ... the MP said`) stays too.
//!
//! Round forty-five: a head noun the package itself gives a named person
//! as a post is a post (`the facilitator`, `the rapporteur`, `the HDF
//! running mate`), the article's own quotes of a person put them in its
//! setting whatever form of the name it writes, and an indefinite
//! introduces only the head of its own phrase (`A former law clerk to
//! Judge Theodore Halloran` introduces no judge).

use std::collections::{BTreeMap, BTreeSet};

use super::entities::person_key;
use super::lexicon::{
    BODY_HEAD_NOUNS, BODY_KINDS_AFTER_A_NAME, BODY_NAME_HEADS, DEFINITE_EXTRA_HEADS,
    MANY_HOLDER_HEADS, NAME_CLASH_WORDS, ORGANISATION_WORDS, PERSON_NOUNS, POST_RANK_WORDS, POSTS,
    PREPOSITIONS, PROFESSION_NOUNS,
};
use super::registry::Registry;
use crate::model::{Occurrence, Rule};

/// Words that join a post's head to its body or portfolio (`Minister of
/// Labour`, `Envoy for the Sahel`, `Adviser to the President`).
const POST_LINKS: &[&str] = &["of", "for", "at", "in", "to", "on"];

/// Words that make a role's piece a clause or a reference rather than a
/// post (`who wore`, `the couple's home`, `its lawyer`).
const NOT_IN_A_POST: &[&str] = &[
    "the", "a", "an", "who", "which", "that", "his", "her", "its", "their", "our", "my", "your",
];

/// Words that introduce someone unnamed (`a senior official`, `one
/// lawyer`, `another MP`).
const INDEFINITES: &[&str] = &["a", "an", "one", "another"];

/// A definite description read from an anonymous quote's subject.
#[derive(Debug, PartialEq)]
struct Description {
    /// Lowercase words of the post, the head noun last (`prime
    /// minister`, `armenian prime minister`).
    post: Vec<String>,
    /// Lowercase words naming the post's body: after `of`, or the
    /// possessor (`labour` in `the Minister of Labour`, `nupeng` in
    /// `NUPENG's president`).
    owner: Vec<String>,
}

impl Description {
    fn head(&self) -> &str {
        self.post.last().map(String::as_str).unwrap_or("")
    }
}

/// A person with a known post: their posts and the actor they speak for.
#[derive(Debug, Default)]
struct Holder {
    roles: Vec<String>,
    actor: Option<String>,
}

/// Gives each anonymous quote whose subject is a definite description of
/// one known office holder that person. `found[i]` holds the occurrences
/// of article `i`, `bodies[i]` its text.
pub fn resolve_definite_descriptions(
    found: &mut [Vec<Occurrence>],
    bodies: &[&str],
    registry: &Registry,
) {
    let holders = known_holders(found, registry);
    if holders.is_empty() {
        return;
    }
    let package_heads = package_post_heads(&holders);
    for (article, occurrences) in found.iter_mut().enumerate() {
        let body = bodies.get(article).copied().unwrap_or("");
        // The people this article quotes by name, in the package's form
        // of their name (`Themba Lucas Mokoena`, written `Themba Mokoena`).
        let quoted_here: BTreeSet<String> = occurrences
            .iter()
            .filter(|o| !o.anonymous && o.rule != Some(Rule::Anonymous))
            .filter_map(|o| o.speaker.clone())
            .collect();
        for occurrence in occurrences.iter_mut() {
            if occurrence.rule != Some(Rule::Anonymous) || occurrence.speaker.is_some() {
                continue;
            }
            let Some(description) = occurrence
                .role
                .as_deref()
                .and_then(|subject| read_description(subject, &package_heads))
            else {
                continue;
            };
            let before = occurrence
                .span
                .as_ref()
                .map_or(body, |span| body.get(..span.start).unwrap_or(body));
            if introduced_unnamed(before, description.head()) {
                continue;
            }
            let Some((name, role)) =
                one_holder(&description, &holders, body, &quoted_here, registry)
            else {
                continue;
            };
            let holder = &holders[&name];
            let evidence = occurrence.evidence.as_deref().unwrap_or("");
            if quotes_a_document(evidence)
                || !setting_agrees(evidence, &description, &role, holder, registry)
            {
                continue;
            }
            occurrence.speaker = Some(name.clone());
            occurrence.role = Some(role);
            if occurrence.actor.is_none() {
                occurrence.actor = holder.actor.clone();
            }
            occurrence.anonymous = false;
            occurrence.rule = Some(Rule::Definite);
        }
    }
}

/// Every named person with a post: from the quotes the package gave them
/// and from the actor files.
fn known_holders(found: &[Vec<Occurrence>], registry: &Registry) -> BTreeMap<String, Holder> {
    let mut holders: BTreeMap<String, Holder> = BTreeMap::new();
    for occurrence in found.iter().flatten() {
        if occurrence.anonymous
            || matches!(
                occurrence.rule,
                None | Some(Rule::Body | Rule::Anonymous | Rule::UnnamedOffice | Rule::Definite)
            )
        {
            continue;
        }
        let (Some(name), Some(role)) = (&occurrence.speaker, &occurrence.role) else {
            continue;
        };
        if person_key(name).is_none() {
            continue;
        }
        let holder = holders.entry(name.clone()).or_default();
        if !holder.roles.contains(role) {
            holder.roles.push(role.clone());
        }
        if holder.actor.is_none() {
            holder.actor.clone_from(&occurrence.actor);
        }
    }
    for person in registry.people_listed() {
        let Some(role) = &person.role else { continue };
        let holder = holders.entry(person.name.clone()).or_default();
        if !holder.roles.contains(role) {
            holder.roles.push(role.clone());
        }
        if holder.actor.is_none() {
            holder.actor = Some(person.actor.clone());
        }
    }
    holders
}

/// The head nouns of the posts the package gives named people
/// (`facilitator` in `lead facilitator of the AU-convened talks`,
/// `rapporteur` in `Federal deputy, rapporteur (relatora) of the CPI`):
/// a noun the package itself uses for a person's post is a post, even
/// when no word list holds it (round forty-five). Only a common noun, as
/// a role writes it in lowercase (`Chief Justice`, `Aurelis F1 Team`,
/// `senator from Illinois` give no head), never a body's noun (`team`)
/// nor a rank word alone (`federal deputy`: `the deputy` may be any
/// deputy).
fn package_post_heads(holders: &BTreeMap<String, Holder>) -> BTreeSet<String> {
    let roles = || holders.values().flat_map(|holder| holder.roles.iter());
    let written_lowercase: BTreeSet<&str> = roles()
        .flat_map(|role| role.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
        .collect();
    roles()
        .flat_map(|role| post_pieces(role))
        // A post is a short noun phrase (`South Africa's special envoy`),
        // not a clause the role kept (`reached briefly outside the
        // couple's home`, `who wore a T-shirt`).
        .filter(|post| post.len() <= 4 && !post.iter().any(|w| NOT_IN_A_POST.contains(&w.as_str())))
        .filter_map(|post| post.last().cloned())
        .filter(|head| {
            head.chars().count() > 2
                && written_lowercase.contains(head.as_str())
                && ![
                    BODY_HEAD_NOUNS,
                    BODY_NAME_HEADS,
                    BODY_KINDS_AFTER_A_NAME,
                    ORGANISATION_WORDS,
                    POST_RANK_WORDS,
                ]
                .iter()
                .any(|list| list.contains(&head.as_str()))
        })
        .collect()
}

/// The posts a role as written holds, each as its lowercase words up to
/// the word that links it to its body (`Minister of Foreign Affairs of
/// Azerbaijan, head of the delegation` -> `minister`, `head`), with
/// `chief executive (officer)` written `ceo`.
fn post_pieces(role: &str) -> Vec<Vec<String>> {
    role.split([',', ';', '(', ')', '/'])
        .flat_map(|piece| piece.split(" and "))
        .map(|piece| {
            let words = lower_words(piece);
            let before_link = words
                .iter()
                .position(|w| POST_LINKS.contains(&w.as_str()))
                .unwrap_or(words.len());
            ceo_as_one_word(words[..before_link].to_vec())
        })
        .filter(|post| !post.is_empty())
        .collect()
}

/// `chief executive` and `chief executive officer` closing a post are
/// the post `ceo` (`Sori's CEO` is the `Chief executive officer of Sori
/// Corp.`).
fn ceo_as_one_word(mut post: Vec<String>) -> Vec<String> {
    if post.last().is_some_and(|w| w == "officer")
        && post.len() >= 3
        && post[post.len() - 3] == "chief"
        && post[post.len() - 2] == "executive"
    {
        post.pop();
    }
    if post.len() >= 2 && post[post.len() - 2] == "chief" && post[post.len() - 1] == "executive" {
        post.truncate(post.len() - 2);
        post.push("ceo".to_string());
    }
    post
}

/// The one person whose post fits, with that post: the only one in the
/// package, else the only one the article names in full.
fn one_holder(
    description: &Description,
    holders: &BTreeMap<String, Holder>,
    body: &str,
    quoted_here: &BTreeSet<String>,
    registry: &Registry,
) -> Option<(String, String)> {
    let mut fitting: Vec<(&String, &String)> = Vec::new();
    let mut identities: Vec<Option<String>> = Vec::new();
    for (name, holder) in holders {
        let actor_words = holder
            .actor
            .as_deref()
            .map(|id| actor_words(id, registry))
            .unwrap_or_default();
        let Some(role) = holder
            .roles
            .iter()
            .find(|role| fits(description, role, &actor_words))
        else {
            continue;
        };
        // Two spellings of one person are one candidate.
        let identity = person_key(name);
        if identity.is_some() && identities.contains(&identity) {
            continue;
        }
        identities.push(identity);
        fitting.push((name, role));
    }
    let chosen = match fitting.as_slice() {
        // The one holder in the package, when the article names them or
        // the body they speak for: else `the senator` of one article is
        // the only senator another article named, not the one meant.
        [one] if quoted_here.contains(one.0) || in_setting(one.0, holders, body, registry) => *one,
        [_] => return None,
        _ => {
            let named: Vec<_> = fitting
                .iter()
                .filter(|(name, _)| body.contains(name.as_str()) || quoted_here.contains(*name))
                .collect();
            match named.as_slice() {
                [one] => **one,
                _ => return None,
            }
        }
    };
    Some((chosen.0.clone(), chosen.1.clone()))
}

/// Whether the article names the person in full, or names the actor
/// they speak for (or a body above it).
fn in_setting(
    name: &str,
    holders: &BTreeMap<String, Holder>,
    body: &str,
    registry: &Registry,
) -> bool {
    if body.contains(name) {
        return true;
    }
    let Some(actor) = holders
        .get(name)
        .and_then(|h| h.actor.as_deref())
        .and_then(|id| registry.actor_by_id(id))
    else {
        return false;
    };
    registry
        .actors_in(body)
        .iter()
        .any(|found| found.actor == actor || registry.is_ancestor(found.actor, actor))
}

/// Whether the frame gives the words to a document the holder cites
/// (`the Prime Minister stressed that, according to the joint
/// statement, it will function`): the words are the document's.
fn quotes_a_document(evidence: &str) -> bool {
    evidence.to_lowercase().contains("according to")
}

/// Whether a place opening the frame's sentence is the holder's (`At
/// NATO today, the Secretary General said` for NATO's Secretary
/// General): `At the Ndosho hospital, the director said` is the
/// hospital's director, not the one director the package knows.
fn setting_agrees(
    evidence: &str,
    description: &Description,
    role: &str,
    holder: &Holder,
    registry: &Registry,
) -> bool {
    let Some(place) = ["At ", "In ", "Inside "]
        .iter()
        .find_map(|opening| evidence.strip_prefix(opening))
    else {
        return true;
    };
    let mut place = place.split(',').next().unwrap_or("");
    // The place ends where the description begins (`At NATO today the
    // Secretary General said`).
    let first = description.post.first().map(String::as_str).unwrap_or("");
    if let Some(at) = place.to_lowercase().find(&format!("the {first}")) {
        place = place.get(..at).unwrap_or(place);
    }
    let mut known = lower_words(role);
    if let Some(id) = holder.actor.as_deref() {
        known.extend(actor_words(id, registry));
    }
    place
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .flat_map(lower_words)
        .all(|w| known.iter().any(|k| alike(&w, k)))
}

/// The words of an actor's id and name, lowercase.
fn actor_words(id: &str, registry: &Registry) -> Vec<String> {
    let mut words = lower_words(id);
    if let Some(actor) = registry.actor_by_id(id) {
        words.extend(lower_words(registry.actor_name(actor)));
    }
    words
}

/// Lowercase words, hyphens parting words, a possessive `'s` dropped.
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| {
            let w = w.trim_matches(|c| c == '\'' || c == '’');
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            w.to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Two words alike: the same, or a name and its adjective (`Armenia`,
/// `Armenian`; `Azerbaijan`, `Azerbaijani`): five letters shared at the
/// start, lengths at most three apart.
fn alike(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a5, b5): (String, String) = (a.chars().take(5).collect(), b.chars().take(5).collect());
    a.chars().count() >= 5
        && b.chars().count() >= 5
        && a5 == b5
        && a.chars().count().abs_diff(b.chars().count()) <= 3
}

/// Whether `role` (a post as written: `Minister of Foreign Affairs of
/// Azerbaijan, head of the delegation`) is what the description says.
fn fits(description: &Description, role: &str, actor_words: &[String]) -> bool {
    let role_words = lower_words(role);
    let head = description.head();
    let qualifiers = &description.post[..description.post.len().saturating_sub(1)];
    post_pieces(role).iter().any(|post| {
        if post.last().map(String::as_str) != Some(head) {
            return false;
        }
        let rank_missing = post.iter().any(|w| {
            POST_RANK_WORDS.contains(&w.as_str()) && !description.post.iter().any(|d| d == w)
        });
        if rank_missing {
            return false;
        }
        qualifiers.iter().all(|q| {
            role_words.iter().any(|w| alike(q, w)) || actor_words.iter().any(|w| alike(q, w))
        }) && description
            .owner
            .iter()
            .all(|o| role_words.iter().any(|w| alike(o, w)))
    })
}

/// Reads a definite description from an anonymous subject as the
/// article pass kept it (`the Prime Minister`, `At NATO today the
/// Secretary General`, `NUPENG's president`); `None` for anything else
/// (`a senior official`, `the board`, `the MP`). Its head must be a
/// post the word lists know or one `package_heads` holds.
fn read_description(subject: &str, package_heads: &BTreeSet<String>) -> Option<Description> {
    let words: Vec<&str> = subject
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')))
        .filter(|w| !w.is_empty())
        .collect();
    let the = words.iter().rposition(|w| w.eq_ignore_ascii_case("the"));
    let described: &[&str] = match the {
        Some(at) => {
            if !plain_opening(&words[..at]) {
                return None;
            }
            &words[at + 1..]
        }
        // Only a possessor opens a description without `the`.
        None if words.first().is_some_and(|w| is_possessive(w)) => &words,
        None => return None,
    };
    let mut post: Vec<String> = Vec::new();
    let mut owner: Vec<String> = Vec::new();
    let mut after_of = false;
    for (i, word) in described.iter().enumerate() {
        let lower = lower_words(word);
        if word.eq_ignore_ascii_case("of") && !after_of && i > 0 {
            after_of = true;
            continue;
        }
        if after_of {
            owner.extend(lower.into_iter().filter(|w| w != "the"));
        } else if is_possessive(word) {
            // `the union's president`: the possessor owns the post.
            owner.append(&mut post);
            owner.extend(lower);
        } else {
            post.extend(lower);
        }
    }
    let post = ceo_as_one_word(post);
    if post.is_empty() || post.len() > 4 || owner.len() > 4 {
        return None;
    }
    let head_written = described
        .iter()
        .take_while(|w| !w.eq_ignore_ascii_case("of"))
        .last()
        .copied()
        .unwrap_or("");
    let head = post.last().map(String::as_str).unwrap_or("");
    // An acronym is a body or a class of members (`the BJP`, `the MP`),
    // save the few posts written so (`the CEO`).
    let acronym = !head_written.chars().any(char::is_lowercase);
    let person_post = POSTS.iter().any(|(p, _)| *p == head)
        || PROFESSION_NOUNS.contains(&head)
        || PERSON_NOUNS.contains(&head)
        || DEFINITE_EXTRA_HEADS.contains(&head)
        || package_heads.contains(head);
    if !person_post
        || MANY_HOLDER_HEADS.contains(&head)
        || (acronym && !DEFINITE_EXTRA_HEADS.contains(&head))
    {
        return None;
    }
    Some(Description { post, owner })
}

/// Whether the words before `the` leave it the subject's determiner: an
/// adverbial or address opening the sentence (`At NATO today`, `Last
/// Thursday`, `When`, `Comrade President,`), not a clause it ends (`that
/// the judge`, `Lawyers for the campaign`) nor a name clash (`no relation
/// to the MP`).
fn plain_opening(before: &[&str]) -> bool {
    let Some(first) = before.first() else {
        return true;
    };
    let last = before.last().map(|w| w.to_lowercase()).unwrap_or_default();
    first.chars().next().is_some_and(char::is_uppercase)
        && !PREPOSITIONS.contains(&last.as_str())
        && !before
            .iter()
            .any(|w| NAME_CLASH_WORDS.contains(&w.to_lowercase().as_str()))
}

fn is_possessive(word: &str) -> bool {
    (word.ends_with("'s") || word.ends_with("’s")) && word.chars().count() > 2
}

/// Whether the text before the quote introduces someone unnamed with this
/// head noun (`a Labour MP from a neighbouring seat`, `one Republican
/// election lawyer`): an indefinite at most four words before it, with
/// no preposition between them. `A former law clerk to Judge Theodore
/// Halloran` introduces a clerk, not a judge (round forty-five).
fn introduced_unnamed(before: &str, head: &str) -> bool {
    let words = lower_words(before);
    words.iter().enumerate().any(|(i, w)| {
        if w != head {
            return false;
        }
        // The nearest indefinite before the head.
        let Some(j) = (i.saturating_sub(5)..i)
            .rev()
            .find(|&j| INDEFINITES.contains(&words[j].as_str()))
        else {
            return false;
        };
        words[j + 1..i]
            .iter()
            .all(|between| !PREPOSITIONS.contains(&between.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_description(subject: &str) -> Option<Description> {
        super::read_description(subject, &BTreeSet::new())
    }

    fn post(words: &[&str], owner: &[&str]) -> Option<Description> {
        Some(Description {
            post: words.iter().map(|w| w.to_string()).collect(),
            owner: owner.iter().map(|w| w.to_string()).collect(),
        })
    }

    #[test]
    fn reads_definite_descriptions_of_a_post() {
        assert_eq!(
            read_description("the Prime Minister"),
            post(&["prime", "minister"], &[])
        );
        assert_eq!(
            read_description("At NATO today the Secretary General"),
            post(&["secretary", "general"], &[])
        );
        assert_eq!(
            read_description("The Minister of Labour"),
            post(&["minister"], &["labour"])
        );
        assert_eq!(
            read_description("NUPENG's president"),
            post(&["president"], &["nupeng"])
        );
        assert_eq!(
            read_description("the Riverline CEO"),
            post(&["riverline", "ceo"], &[])
        );
    }

    #[test]
    fn leaves_bodies_classes_and_clauses_alone() {
        for subject in [
            "a senior official",
            "the board",
            "the MP",
            "the official",
            "that the judge",
            "Lawyers for the campaign",
            "no relation to the Mangochi North legislator",
        ] {
            assert_eq!(read_description(subject), None, "{subject}");
        }
    }

    #[test]
    fn a_post_fits_by_head_words_and_rank() {
        let armenia = vec!["armenia".to_string()];
        let pm = read_description("the Armenian prime minister").unwrap();
        assert!(fits(&pm, "Prime Minister of Armenia", &armenia));
        let minister = read_description("the minister").unwrap();
        assert!(!fits(&minister, "Prime Minister of Armenia", &armenia));
        assert!(fits(&minister, "Minister of Labour and Employment", &[]));
        let foreign = read_description("the Foreign Minister").unwrap();
        assert!(fits(
            &foreign,
            "Minister of Foreign Affairs of Azerbaijan, head of the delegation",
            &[]
        ));
        assert!(!fits(&foreign, "Spokeswoman of the Foreign Ministry", &[]));
    }

    #[test]
    fn an_indefinite_introduction_keeps_the_description() {
        assert!(introduced_unnamed(
            "A Labour MP from a neighbouring seat was blunter.",
            "mp"
        ));
        assert!(!introduced_unnamed(
            "Prime Minister Ann Vell spoke on Monday.",
            "minister"
        ));
    }

    fn occurrence(speaker: Option<&str>, role: &str, rule: Rule, evidence: &str) -> Occurrence {
        Occurrence {
            text: "words".into(),
            span: None,
            kind: crate::model::QuoteKind::Direct,
            speaker: speaker.map(str::to_string),
            role: Some(role.into()),
            actor: None,
            via: None,
            date: jiff::civil::date(2033, 3, 10),
            evidence: Some(evidence.into()),
            evidence_span: None,
            rule: Some(rule),
            anonymous: speaker.is_none(),
            affiliation_evidence: None,
        }
    }

    /// The speaker the package pass gives the anonymous quote `subject`,
    /// in an article that names the people of `named`, each quoted
    /// elsewhere with their post.
    fn definite_speaker(named: &[(&str, &str)], subject: &str, body: &str) -> Option<String> {
        let mut article: Vec<Occurrence> = named
            .iter()
            .map(|(name, role)| occurrence(Some(name), role, Rule::SpeechVerb, "said"))
            .collect();
        article.push(occurrence(
            None,
            subject,
            Rule::Anonymous,
            &format!("{subject} added"),
        ));
        let mut found = vec![article];
        resolve_definite_descriptions(&mut found, &[body], &Registry::default());
        found[0].last().and_then(|o| o.speaker.clone())
    }

    #[test]
    fn a_noun_the_package_gives_as_a_post_is_a_post() {
        let mokoena = (
            "Themba Mokoena",
            "South Africa's special envoy; lead facilitator of the AU-convened talks",
        );
        let body = "Themba Mokoena met the delegations. “...,” the facilitator added.";
        // No word list holds `facilitator`: the package's post does.
        assert_eq!(
            definite_speaker(&[mokoena], "the facilitator", body).as_deref(),
            Some("Themba Mokoena")
        );
        assert_eq!(
            definite_speaker(&[mokoena], "the AU's lead facilitator", body).as_deref(),
            Some("Themba Mokoena")
        );
        // Two people the article names hold the post: no one.
        let second = ("Ana Dube", "facilitator of the technical track");
        let both = "Themba Mokoena and Ana Dube met the delegations.";
        assert_eq!(
            definite_speaker(&[mokoena, second], "the facilitator", both),
            None
        );
        // The article writes the name short; it quotes the person.
        let full = (
            "Themba Lucas Mokoena",
            "lead facilitator of the AU-convened talks",
        );
        assert_eq!(
            definite_speaker(&[full], "the facilitator", body).as_deref(),
            Some("Themba Lucas Mokoena")
        );
        // A body's noun, a rank word alone, a post written only with
        // capitals give no head.
        let principal = ("Hans Dahl", "Team principal, Aurelis F1 Team");
        let deputy = ("Osmar Quin", "President of the FPA, federal deputy");
        let justice = ("Warren Yarrow", "Chief Justice");
        let body = "Hans Dahl, Osmar Quin and Warren Yarrow spoke.";
        for (holder, subject) in [
            (principal, "the team"),
            (deputy, "the deputy"),
            (justice, "the justice"),
        ] {
            assert_eq!(
                definite_speaker(&[holder], subject, body),
                None,
                "{subject}"
            );
        }
        // A clause the role kept is no post (`the home` is no one).
        let clause = ("Meg Vale", "reached briefly outside the couple's home");
        assert_eq!(
            definite_speaker(&[clause], "the home", "Meg Vale was at home."),
            None
        );
    }

    #[test]
    fn a_ceo_is_a_chief_executive() {
        let lee = ("Lee Jae-won", "Chief executive officer of Sori Corp.");
        let body = "Lee Jae-won bowed. “...,” Sori's CEO said.";
        assert_eq!(
            definite_speaker(&[lee], "Sori's CEO", body).as_deref(),
            Some("Lee Jae-won")
        );
    }

    #[test]
    fn an_indefinite_introduces_only_the_head_of_its_own_phrase() {
        // The clerk is introduced; the judge is named.
        assert!(!introduced_unnamed(
            "A former law clerk to Judge Theodore Vance says he misled the panel.",
            "judge"
        ));
        assert!(introduced_unnamed(
            "One Republican election lawyer was blunter.",
            "lawyer"
        ));
    }
}
