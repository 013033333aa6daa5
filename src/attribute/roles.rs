//! A role names a person: `Bangladesh's foreign secretary`, `the UN's
//! humanitarian coordinator`, `ASEAN Special Envoy`, `counsel for
//! Hearthline`. A noun phrase headed by a post (a word of [`POSTS`], or a
//! counsel noun) is a mention of the one person who holds it, never a
//! body. Who holds it comes from the article (someone it named before with
//! that role, for that actor), else from the actor files' `people:` (the
//! one listed person of that actor whose role holds every word of the
//! phrase). With no holder known the phrase stays an unnamed description,
//! on record for the actor it names.

use std::ops::Range;

use super::lexicon::{
    COUNSEL_NOUNS, NAME_PARTICLES, NATIONALITY_COUNTRIES, POSTS, SUBORDINATE_RANK_WORDS, TITLES,
};
use super::registry::{ActorMatch, ListedPerson};
use super::speaker;
use super::speaker::Subject;
use super::text::{self, Word, words};
use super::{Entity, Reader, descriptor};

/// A role phrase read: the post that heads it, the words that narrow it
/// and the actor it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Role {
    /// The post, lowercase (`secretary`).
    pub(super) head: String,
    /// Words that say which post, lowercase, possessives stripped, without
    /// the actor's name and small words (`foreign`; `emergency`).
    pub(super) narrowing: Vec<String>,
}

/// Words that open a phrase meaning no one holder in particular (`a
/// spokesman`, `two envoys`, `his lawyer`): left to the rules for unnamed
/// sources and pronouns.
const NOT_ONE_HOLDER: &[&str] = &[
    "a", "an", "one", "some", "another", "two", "three", "several", "many", "his", "her", "their",
    "its", "my", "our", "your",
];

/// Small words that narrow no post.
const NOT_NARROWING: &[&str] = &["the", "of", "for", "to", "at", "in", "on", "and"];

/// Whether `w` is a post one person may hold: a word of [`POSTS`] (also
/// inside a hyphenated one, `Secretary-General`) or a counsel noun, in
/// the singular.
fn is_post(w: &Word<'_>) -> bool {
    let post = |part: &str| POSTS.iter().any(|(p, _)| p.eq_ignore_ascii_case(part));
    let counsel = w.is(COUNSEL_NOUNS) && !w.text.ends_with('s');
    counsel || post(w.text) || w.text.split('-').any(post)
}

/// `mozambique` -> `Mozambique`: a word as a name opens it, as
/// `Registry::names_part_of` asks.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Lowercase, without a possessive `'s` and the dots of an abbreviation.
fn bare(word: &str) -> String {
    let stem = text::possessive_owner(word).unwrap_or(word);
    stem.replace('.', "").to_lowercase()
}

/// Reads `phrase` as a role: its head noun (the word before what
/// qualifies it) is a post, no possessive follows it (`Secretary of
/// State's Office` is an office), no
/// determiner of someone unnamed comes before the head (`As one senior
/// aide`), and what follows the head names no one but an actor or
/// another post (`Member of the Milli Majlis Tural Ismayilzade` is a
/// title and a name; `Special Representative and Head of MONUSCO` one
/// person's two posts).
/// `actors`: the byte ranges of actor names in the phrase, which are no
/// narrowing words. A leading `as` (`As counsel for the State`) says in
/// what capacity, and is no part of the role.
pub(super) fn read(phrase: &str, actors: &[Range<usize>]) -> Option<Role> {
    let all = words(phrase);
    let ws = match all.split_first() {
        Some((first, rest)) if first.is(&["as"]) => rest,
        _ => &all[..],
    };
    let head = text::head_noun(ws)?;
    let possessive = |w: &Word<'_>| speaker::is_possessive(w.text);
    let in_actor = |w: &Word<'_>| actors.iter().any(|r| r.contains(&w.start));
    let names_someone_else = ws[head + 1..]
        .iter()
        .any(|w| w.is_capitalised() && !in_actor(w) && !is_post(w) && !w.is(TITLES));
    if !is_post(&ws[head])
        || ws[..head].iter().any(|w| w.is(NOT_ONE_HOLDER))
        || ws[head..].iter().any(possessive)
        || names_someone_else
    {
        return None;
    }
    let narrowing = (ws.iter().enumerate())
        .filter(|&(k, w)| k != head && !in_actor(w) && !w.is(NOT_NARROWING))
        .map(|(_, w)| bare(w.text))
        .filter(|w| !w.is_empty())
        .collect();
    Some(Role {
        head: ws[head].lower(),
        narrowing,
    })
}

impl Role {
    /// Whether a role as written (`Foreign Secretary`, `Co-founder and
    /// chief executive`) is this post: it holds the head and every
    /// narrowing word, and no rank the phrase did not give (a deputy
    /// secretary is not the secretary).
    pub(super) fn held_by(&self, role: &str) -> bool {
        let held: Vec<String> = (role.split(|c: char| c.is_whitespace() || c == '-' || c == '/'))
            .map(bare)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |w: &str| held.iter().any(|h| h == w);
        let head_parts = || self.head.split('-');
        let unasked_rank = (held.iter())
            .any(|h| SUBORDINATE_RANK_WORDS.contains(&h.as_str()) && !self.narrowing.contains(h));
        head_parts().all(has) && self.narrowing.iter().all(|w| has(w)) && !unasked_rank
    }
}

impl Reader<'_> {
    /// A subject headed by a post (see the module's comment): `Some` of
    /// the holder, or `Some(None)` when no holder is known (an unnamed
    /// holder of the role); `None` when the phrase is no role.
    pub(super) fn role_named(&self, subject: &Subject<'_>, at: usize) -> Option<Option<Entity>> {
        let phrase = subject.phrase;
        let (role, actor) = self.role_in(phrase)?;
        let id = actor.map(|a| self.registry.actor_id(a).to_string());
        // `said MSF's emergency coordinator, Jo Lin.`: the name set off
        // after the role is its holder.
        if let Some(name) = subject
            .apposition
            .first()
            .and_then(|a| self.apposed_name(a))
        {
            let person = self.resolve(
                &Subject {
                    phrase: name,
                    name: Some(name),
                    ..Subject::default()
                },
                at,
            );
            return Some(person.filter(|p| p.person).map(|p| Entity {
                role: p.role.or_else(|| Some(phrase.trim().to_string())),
                actor: p.actor.or(id),
                ..p
            }));
        }
        let Some(actor) = actor else {
            // No actor named: a holder only where the country decides.
            return self.holder_in_country(&role).map(Some);
        };
        let speaks_for = |id: &str| {
            self.registry
                .actor_by_id(id)
                .is_some_and(|a| a == actor || self.registry.is_ancestor(actor, a))
        };
        // The article first: the one person it named before with that
        // post (a role it gave them must be this one; an actor, this
        // actor).
        let described = std::iter::once("the")
            .chain(role.narrowing.iter().map(String::as_str))
            .chain([role.head.as_str()])
            .collect::<Vec<_>>()
            .join(" ");
        let in_article = self
            .only_person_described(&described, at)
            .filter(|p| p.role.as_deref().is_none_or(|r| role.held_by(r)))
            .filter(|p| p.actor.as_deref().is_none_or(speaks_for));
        if let Some(person) = in_article {
            return Some(Some(Entity {
                role: person.role.or_else(|| Some(phrase.trim().to_string())),
                actor: person.actor.or(id),
                ..person
            }));
        }
        let mut listed = (self.registry.people_listed())
            .filter(|p| speaks_for(&p.actor))
            .filter(|p| p.role.as_deref().is_some_and(|r| role.held_by(r)));
        let holder: &ListedPerson = match (listed.next(), listed.next()) {
            (Some(one), None) => one,
            _ => return Some(None),
        };
        Some(Some(Entity {
            name: holder.name.clone(),
            role: holder.role.clone(),
            actor: Some(holder.actor.clone()),
            person: true,
        }))
    }

    /// `Mozambique's health minister`, `the Malawian health minister`: a
    /// role whose place is a country no actor is named by is held by the
    /// one person the actor files list with that post (every other
    /// narrowing word held) under an actor named for that country (`Mozambique
    /// Ministry of Health`), or one under it. The health minister of
    /// another country is ruled out by the name; two who fit, or no
    /// country said: no holder.
    fn holder_in_country(&self, role: &Role) -> Option<Entity> {
        let (countries, narrowing): (Vec<&String>, Vec<&String>) =
            (role.narrowing.iter()).partition(|w| descriptor::country_of(w).is_some());
        let [word] = countries.as_slice() else {
            return None;
        };
        let country = descriptor::country_of(word)?;
        // The words an actor's name may give the country by: its name and
        // its nationality words (`Mozambique`, `Mozambican`).
        let names: Vec<String> = (NATIONALITY_COUNTRIES.iter())
            .filter(|(_, c)| *c == country)
            .map(|(demonym, _)| *demonym)
            .chain([country])
            .map(capitalised)
            .collect();
        let post = Role {
            head: role.head.clone(),
            narrowing: narrowing.into_iter().cloned().collect(),
        };
        let named_for = |id: &str| {
            let actor = self.registry.actor_by_id(id);
            std::iter::successors(actor, |&a| self.registry.parent(a))
                .take(8)
                .any(|a| names.iter().any(|n| self.registry.names_part_of(a, n)))
        };
        let mut listed = (self.registry.people_listed())
            .filter(|p| p.role.as_deref().is_some_and(|r| post.held_by(r)))
            .filter(|p| named_for(&p.actor));
        let holder = match (listed.next(), listed.next()) {
            (Some(one), None) => one,
            _ => return None,
        };
        Some(Entity {
            name: holder.name.clone(),
            role: holder.role.clone(),
            actor: Some(holder.actor.clone()),
            person: true,
        })
    }

    /// An apposition that is a person's name as a whole: two or more
    /// capitalised words (particles between), no actor's name.
    fn apposed_name<'t>(&self, apposition: &'t str) -> Option<&'t str> {
        let name = apposition.trim().trim_end_matches([',', '.']);
        let ws = words(name);
        let capitalised = ws.iter().filter(|w| w.is_capitalised()).count();
        let whole = (ws.iter()).all(|w| w.is_capitalised() || w.is(NAME_PARTICLES));
        (capitalised >= 2 && whole && self.registry.actors_in(name).is_empty()).then_some(name)
    }

    /// The actor a role phrase no holder was found for names: its
    /// unnamed holder is on record for it.
    pub(super) fn role_actor(&self, phrase: &str) -> Option<String> {
        let actor = self.role_in(phrase)?.1?;
        Some(self.registry.actor_id(actor).to_string())
    }

    /// `phrase` read as a role, with the actor it is a post of, if any.
    fn role_in(&self, phrase: &str) -> Option<(Role, Option<usize>)> {
        let found = self.registry.actors_in(phrase);
        let ranges: Vec<Range<usize>> = found.iter().map(|m| m.range.clone()).collect();
        let role = read(phrase, &ranges)?;
        Some((role, self.role_body(&found)))
    }

    /// The actor a role is a post of: the first the phrase names that is
    /// no party (`the Republican attorney general` holds a state's
    /// office; the party word only describes them).
    fn role_body(&self, found: &[ActorMatch]) -> Option<usize> {
        (found.iter())
            .map(|m| m.actor)
            .find(|&a| !self.registry.is_party(a))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::registry::Registry;
    use crate::attribute::tests::speakers_and_actors;
    use crate::model::Actor;
    use crate::test_support::{actor, person};

    fn role(phrase: &str, actor: &str) -> Option<Role> {
        let ranges: Vec<Range<usize>> = phrase
            .find(actor)
            .filter(|_| !actor.is_empty())
            .map(|s| s..s + actor.len())
            .into_iter()
            .collect();
        read(phrase, &ranges)
    }

    #[test]
    fn a_phrase_headed_by_a_post_is_a_role() {
        let read = role("Bangladesh's foreign secretary", "Bangladesh").unwrap();
        assert_eq!(read.head, "secretary");
        assert_eq!(read.narrowing, vec!["foreign"]);
        let read = role("The UN's humanitarian coordinator", "UN").unwrap();
        assert_eq!(
            (read.head.as_str(), read.narrowing),
            ("coordinator", vec!["humanitarian".to_string()])
        );
        assert_eq!(
            role("counsel for Hearthline", "Hearthline").unwrap().head,
            "counsel"
        );
        assert_eq!(
            role("The ASEAN Special Envoy", "ASEAN").unwrap().narrowing,
            vec!["special"]
        );
        assert_eq!(
            role("MSF's emergency coordinator in the region", "MSF")
                .unwrap()
                .narrowing,
            vec!["emergency", "region"]
        );
        assert_eq!(
            role("the Secretary-General", "").unwrap().head,
            "secretary-general"
        );
        // `As counsel for the State conceded`: in that capacity.
        let counsel = role("As counsel for the State", "State").unwrap();
        assert_eq!(
            (counsel.head.as_str(), counsel.narrowing.len()),
            ("counsel", 0)
        );
    }

    #[test]
    fn a_body_or_someone_unnamed_is_no_role() {
        for phrase in [
            "the foreign ministry",
            "the court",
            "Human Rights Watch",
            "Maine Secretary of State's Office",
            "the minister's office",
            "a spokesman for the ministry",
            "two envoys",
            "his lawyer",
            "the lawyers",
            "the Board of Elections",
            "As one senior Republican aide",
            "Member of the Milli Majlis Tural Ismayilzade",
            "Chairperson of the Commission Gunel Abbaszade",
        ] {
            assert_eq!(role(phrase, ""), None, "{phrase}");
        }
    }

    #[test]
    fn a_role_as_written_holds_the_post_with_every_narrowing_word() {
        let secretary = role("Bangladesh's foreign secretary", "Bangladesh").unwrap();
        assert!(secretary.held_by("Foreign Secretary"));
        assert!(!secretary.held_by("Deputy Foreign Secretary"));
        assert!(!secretary.held_by("Home Secretary"));
        assert!(!secretary.held_by("Foreign Minister"));
        let chief = role("Hearthline's chief executive", "Hearthline").unwrap();
        assert!(chief.held_by("Co-founder and chief executive"));
        assert!(!chief.held_by("Chief safety officer"));
        let envoy = role("ASEAN Special Envoy", "ASEAN").unwrap();
        assert!(envoy.held_by("ASEAN Special Envoy on Myanmar"));
        assert!(!envoy.held_by("Envoy to Myanmar"));
        let deputy = role("the deputy foreign secretary", "").unwrap();
        assert!(deputy.held_by("Deputy Foreign Secretary"));
    }

    fn listing(id: &str, name: &str, aliases: &[&str], people: &[(&str, &str)]) -> Actor {
        Actor {
            people: (people.iter())
                .map(|(n, role)| person(n, Some(role), &[]))
                .collect(),
            ..actor(id, name, aliases)
        }
    }

    fn last_speaker(body: &str) -> (Option<String>, Option<String>) {
        let registry = Registry::new(&[
            listing(
                "tarn",
                "Tarn",
                &["Tarnish"],
                &[
                    ("Mira Holt", "Foreign Secretary"),
                    ("Ivo Brandt", "Deputy Foreign Secretary"),
                ],
            ),
            listing(
                "acme",
                "Acme Robotics",
                &["Acme"],
                &[("Jo Lind", "Co-founder and chief executive")],
            ),
            listing("orlan", "Orlan", &[], &[]),
        ]);
        let found = speakers_and_actors(&registry, body);
        found.last().cloned().unwrap_or_default()
    }

    #[test]
    fn a_role_speaks_as_its_holder_or_as_someone_unnamed_never_as_a_body() {
        let cases = [
            // The one listed holder of the post, for that actor.
            (
                "Tarn's foreign secretary said the border would stay “closed for now.”\n",
                Some("Mira Holt"),
                Some("tarn"),
            ),
            (
                "Acme's chief executive told a committee that the company “won't hide.”\n",
                Some("Jo Lind"),
                Some("acme"),
            ),
            // The article's own apposition names the holder.
            (
                "“We came to listen,” said Orlan's chief negotiator, Tom Dorn.\n\n\
                 Later, Orlan's chief negotiator said the offer was “a door, not a house.”\n",
                Some("Tom Dorn"),
                Some("orlan"),
            ),
            // No holder known: someone unnamed, on record for the actor.
            (
                "Counsel for Acme argued that the changes “have mooted most of it.”\n",
                None,
                Some("acme"),
            ),
            (
                "Orlan's trade envoy said the deal was “a start.”\n",
                None,
                Some("orlan"),
            ),
        ];
        for (body, speaker, actor) in cases {
            assert_eq!(
                last_speaker(body),
                (speaker.map(str::to_string), actor.map(str::to_string)),
                "{body}"
            );
        }
    }

    #[test]
    fn a_countrys_role_is_held_by_the_one_listed_person_of_an_actor_named_for_it() {
        let registry = Registry::new(&[
            listing(
                "zambia-health",
                "Zambia Ministry of Health",
                &["Ministry of Health"],
                &[("Mwila Banda", "Minister of Health")],
            ),
            listing(
                "angola-health",
                "Angolan Ministry of Health",
                &[],
                &[("Rui Dala", "Minister of Health")],
            ),
            listing(
                "angola-trade",
                "Angolan Ministry of Trade",
                &[],
                &[("Ana Neto", "Deputy Minister of Health Trade")],
            ),
        ]);
        let said = |subject: &str| {
            let body = format!("{subject} said on Monday that the danger was “going up.”\n");
            speakers_and_actors(&registry, &body)
                .last()
                .cloned()
                .and_then(|(speaker, _)| speaker)
        };
        assert_eq!(
            said("Zambia's health minister").as_deref(),
            Some("Mwila Banda")
        );
        // The nationality word, and the actor named by it.
        assert_eq!(
            said("The Angolan health minister").as_deref(),
            Some("Rui Dala")
        );
        assert_eq!(
            said("Angola's health minister").as_deref(),
            Some("Rui Dala")
        );
        // Another country's minister, or no post that fits: no one.
        assert_eq!(said("Kenya's health minister"), None);
        assert_eq!(said("Zambia's trade minister"), None);
    }

    #[test]
    fn a_role_leaves_bodies_and_other_posts_alone() {
        let cases = [
            // A body stays a body.
            (
                "Tarn's foreign ministry said the border would stay “closed for now.”\n",
                Some("Tarn's foreign ministry"),
            ),
            // A deputy is not the secretary, nor the secretary a deputy:
            // no holder, so no one named.
            (
                "Tarn's home secretary said the border would stay “closed for now.”\n",
                None,
            ),
        ];
        for (body, speaker) in cases {
            assert_eq!(last_speaker(body).0, speaker.map(str::to_string), "{body}");
        }
    }
}
