//! Every mention of a person in an article, not only the one that
//! attributes a quote: `Democratic nominee Maria Alvarado` in the lead,
//! `Its president, Gordon Hale,` after a body, `Ada Kroll, an
//! epidemiologist at Caldermoor University,`. An affiliation said at any
//! of them holds for all the person's quotes, with the words that said it
//! kept as evidence.

use std::ops::Range;

use super::identity::{identity_key, surname};
use super::lexicon::AUXILIARIES;
use super::lexicon::{
    COUNSEL_NOUNS, KIND_NOUNS, LEADING_VERBS, MEMBER_BODY_WORDS, NAME_PARTICLES,
    NATIONAL_OFFICE_WORDS, OFFICE_WORDS, PARTY_TAG_LETTERS, PREPOSITIONS, PROFESSION_NOUNS,
    ROLE_NOUNS, STAFF_NOUNS, STANDING_ADJECTIVES, SUBORDINATORS, TITLES,
};
use super::registry::strip_article;
use super::text::{Word, first_word, sentence_ends, whole_word_starts, words};
use super::{Candidate, Reader, reported, speaker};
use super::{coref, entities, noun_phrase, resolve};
use crate::model::Rule;

/// How far back an `its` or `their` looks for the body it stands for.
const POSSESSIVE_LOOK_BACK: usize = 600;

/// Words before an actor's name for it still to open its sentence
/// (`In a statement, the`).
const SUBJECT_OPENING_WORDS: usize = 4;

impl Reader<'_> {
    /// Gives each person quoted with no actor the affiliation that any
    /// mention of them in the article states. One pass per person, over
    /// the mentions of their surname only.
    pub(super) fn affiliate_from_mentions(&self, candidates: &mut [Candidate]) {
        let mut unserved = Vec::new();
        for name in unaffiliated_people(candidates) {
            let Some((actor, evidence)) = self.affiliation_in_mentions(&name) else {
                unserved.push(name);
                continue;
            };
            if self.relative_of_campaign(&name, &actor) {
                continue;
            }
            give_actor(candidates, &name, &actor, &evidence);
        }
        // Staff speak for their principal, whose actor the pass above may
        // just have found: after it, and never over the staff's own.
        for name in unserved {
            let Some((actor, evidence)) = self.principal_in_mentions(&name, candidates) else {
                continue;
            };
            give_actor(candidates, &name, &actor, &evidence);
        }
    }

    /// Gives a legislator quoted with no actor the caucus of their party
    /// in their chamber, where the files keep one caucus per chamber and
    /// no actor for the party itself (so no party tag or word found one):
    /// `state Sen. Dale Korver, R-Westmoreland,`, `Rep. Ana Ruiz
    /// (D., Philadelphia)`, `Republican Sen. Dale Korver` speak for the
    /// caucus named `Senate Republicans` or `House Democratic Caucus`. The
    /// party comes from a tag after any mention or a party word among the
    /// titles before it, the chamber from the titles
    /// ([`Reader::member_body_words`]); two parties or two chambers give
    /// none.
    pub(super) fn affiliate_by_party_in_chamber(&self, candidates: &mut [Candidate]) {
        for name in unaffiliated_people(candidates) {
            if let Some((actor, evidence)) = self.party_in_chamber_of(&name) {
                give_actor(candidates, &name, &actor, &evidence);
            }
        }
    }

    /// The caucus of [`Reader::affiliate_by_party_in_chamber`] for one
    /// person, with the words of the first mention that told the party.
    fn party_in_chamber_of(&self, name: &str) -> Option<(String, String)> {
        let body = &self.article.body;
        let mut letter: Option<&str> = None;
        let mut evidence: Option<Range<usize>> = None;
        for (at, end, titles) in own_mentions(body, name) {
            let start = titles.last().map_or(at, |t| reported::offset_in(body, t));
            let told = party_tag_after(body, end).or_else(|| {
                titles
                    .iter()
                    .find_map(|t| party_letter_of_word(t))
                    .map(|l| (l, end))
            });
            let Some((found, told_end)) = told else {
                continue;
            };
            if letter.is_some_and(|l| l != found) {
                return None;
            }
            letter = Some(found);
            evidence.get_or_insert(start..told_end);
        }
        let letter = letter?;
        let chambers = self.member_body_words(name);
        let [chamber] = chambers[..] else {
            return None;
        };
        let party_words: Vec<String> = PARTY_TAG_LETTERS
            .iter()
            .filter(|(l, _)| *l == letter)
            .flat_map(|(_, names)| names.iter())
            .flat_map(|n| n.split_whitespace())
            .map(str::to_lowercase)
            .filter(|w| w != "party")
            .collect();
        let party_words: Vec<&str> = party_words.iter().map(String::as_str).collect();
        let actor = self.registry.party_in_chamber(&party_words, chamber)?;
        let evidence = body.get(evidence?)?.trim().to_string();
        Some((self.registry.actor_id(actor).to_string(), evidence))
    }

    /// Moves each named speaker's actor down the tree of `parent:`s to the
    /// body their own titles place them in: `Rep. Al Bee, R-Pa.` speaks
    /// for `House Republicans` where the package has that child of the
    /// party. No such title, or no one child it names, keeps the actor.
    pub(super) fn refine_to_member_bodies(&self, candidates: &mut [Candidate]) {
        // (speaker, actor found, the more specific actor if any)
        let mut refined: Vec<(String, String, Option<String>)> = Vec::new();
        for c in candidates.iter() {
            let o = &c.occurrence;
            let (Some(name), Some(actor)) = (&o.speaker, &o.actor) else {
                continue;
            };
            let seen = refined.iter().any(|(n, a, _)| n == name && a == actor);
            if o.anonymous || !name.contains(' ') || seen {
                continue;
            }
            let specific = self.member_body_actor(name, actor);
            refined.push((name.clone(), actor.clone(), specific));
        }
        for c in candidates.iter_mut() {
            let o = &mut c.occurrence;
            let specific = refined.iter().find_map(|(n, a, specific)| {
                (o.speaker.as_ref() == Some(n) && o.actor.as_ref() == Some(a))
                    .then_some(specific.as_ref())
                    .flatten()
            });
            if let Some(specific) = specific {
                o.actor = Some(specific.clone());
            }
        }
    }

    /// The child (or grandchild) of `actor` that the body words of the
    /// person's titles name, if it is not `actor` itself.
    fn member_body_actor(&self, name: &str, actor: &str) -> Option<String> {
        let found = self.registry.actor_by_id(actor)?;
        let body_words = self.member_body_words(name);
        if body_words.is_empty() {
            return None;
        }
        let mut at = found;
        // A tree of parties, chambers and caucuses is a few levels deep.
        for _ in 0..MEMBER_BODY_DEPTH {
            match self.registry.child_named_by(at, &body_words) {
                Some(child) => at = child,
                None => break,
            }
        }
        // No child named by the chamber: the files may list the party of
        // that chamber beside the one found, with no `parent:` between.
        if at == found
            && let Some(counterpart) = self.registry.chamber_counterpart(found, &body_words)
        {
            at = counterpart;
        }
        (at != found).then(|| self.registry.actor_id(at).to_string())
    }

    /// The body words ([`MEMBER_BODY_WORDS`]) of what the article writes
    /// right before any mention of the person (`Rep.`, `House Budget
    /// Committee Chairman`) and in the apposition right after it (`R-Pa.,
    /// a senator since 2019`).
    fn member_body_words(&self, name: &str) -> Vec<&'static str> {
        let body = &self.article.body;
        let mut found: Vec<&'static str> = Vec::new();
        let mut note = |word: &str| {
            let word = word.to_lowercase();
            if let Some((_, body_word)) = MEMBER_BODY_WORDS.iter().find(|(w, _)| *w == word)
                && !found.contains(body_word)
            {
                found.push(body_word);
            }
        };
        for (_, end, titles) in own_mentions(body, name) {
            for title in titles {
                note(title);
            }
            let mut after = apposition_after(body, end);
            if let Some(tag) = after.clone().filter(|a| party_tag(&body[a.clone()])) {
                // `Al Bee, R-Pa., a senator since 2019,`: the tag's period
                // and comma end it.
                let rest = &body[tag.end..];
                let close = tag.end + rest.len() - rest.trim_start_matches(['.', ')']).len();
                after = apposition_after(body, close);
            }
            if let Some(after) = after {
                for w in words(&body[after]) {
                    note(w.text);
                }
            }
        }
        found
    }

    /// The first actor that a mention of `name` (full, or surname alone)
    /// states, with the words of that mention.
    pub(super) fn affiliation_in_mentions(&self, name: &str) -> Option<(String, String)> {
        let body = &self.article.body;
        let surname = surname(name)?;
        // A party (`(R-Okla.)`) is the least specific affiliation: an
        // office or body said at another mention (`chair of the NRSC`)
        // goes before it.
        let mut party = None;
        for at in whole_word_starts(body, surname) {
            let end = at + surname.len();
            if let Some(found) = self.affiliation_at(name, surname, at..end) {
                let is_party = self
                    .registry
                    .actor_by_id(&found.0)
                    .is_some_and(|a| self.registry.is_party(a));
                if !is_party {
                    return Some(found);
                }
                party = party.or(Some(found));
            }
        }
        party
    }

    /// The affiliation the noun phrase around one mention of `name`
    /// states; none when the mention writes another person of that
    /// surname (`Sen. Lucia Reyes` for `Nathan Reyes`).
    fn affiliation_at(
        &self,
        name: &str,
        surname: &str,
        mention: Range<usize>,
    ) -> Option<(String, String)> {
        let body = &self.article.body;
        let start =
            self.outside_actor_names(body, clause_start(body, mention.start), mention.start);
        let before = &body[start..mention.end];
        let (phrase, appositions) = speaker::noun_phrase_before(before);
        let phrase = name_group(phrase);
        let phrase = &before
            [self.outside_actor_names(before, reported::offset_in(before, phrase), before.len())..];
        let mut subject = speaker::parse_subject(phrase);
        // The phrase must end with this very name, not merely hold it.
        let names_it = subject
            .name
            .and_then(self::surname)
            .is_some_and(|last| last == surname);
        if !names_it || subject.after_preposition {
            return None;
        }
        if subject
            .name
            .is_some_and(|written| names_another_person(written, name))
        {
            return None;
        }
        // `Meg Halloran, the judge's wife` and, elsewhere, `Judge
        // Halloran`: a title and surname the actor files list as another
        // person's alias are that person's mention, not hers.
        let titled_start = body[..mention.start]
            .trim_end()
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + 1);
        let titled = &body[titled_start..mention.end];
        if titled_start < mention.start
            && self
                .registry
                .person(titled)
                .is_some_and(|listed| names_another_person(&listed.name, name))
        {
            return None;
        }
        subject.apposition.extend(appositions);
        // `Al Bee Jr., the envoy,`: the apposition follows the suffix.
        let name_end = [" Jr.", " Sr.", " Jr", " Sr", " II", " III", " IV"]
            .iter()
            .find(|suffix| body[mention.end..].starts_with(*suffix))
            .map_or(mention.end, |suffix| mention.end + suffix.len());
        let after = apposition_after(body, name_end);
        if let Some(after) = &after {
            subject.apposition.push(&body[after.clone()]);
        }
        // `Carla Benavides of California, the ranking Democrat on the
        // panel,`: a second apposition after a place.
        let second = after
            .as_ref()
            .filter(|a| body[(*a).clone()].starts_with("of "))
            .and_then(|a| apposition_after(body, a.end))
            .filter(|b| body[..b.start].ends_with(", "));
        if let Some(second) = &second {
            subject.apposition.push(&body[second.clone()]);
        }
        let after = second.or(after);
        // `Garrett Lowry of South Carolina, who chairs the Freedom Caucus,`.
        let leading = leading_clause(body, after.as_ref().map_or(name_end, |a| a.end));
        if let Some(leading) = &leading {
            subject.apposition.push(&body[leading.clone()]);
        }
        let after = leading.or(after);
        let phrase_start = start + reported::offset_in(before, phrase);
        // `former Villa captain Al Bee`: the phrase read leaves the word
        // out, yet the title is no longer held (what the appositions say
        // still counts).
        let held_formerly = words(&body[start..phrase_start])
            .last()
            .is_some_and(resolve::marks_a_post_held_once);
        if held_formerly {
            subject.descriptor = "";
        }
        // `Atlantis's envoy, Jan Berg`: the piece before a comma says who
        // the name is.
        let leading = &body[start..phrase_start];
        let piece_before = leading
            .trim_end()
            .strip_suffix(',')
            .map_or("", |l| l.rsplit(',').next().unwrap_or(l).trim());
        // `his Democratic challenger, Maria Alvarado`: a piece that names
        // no one describes the name after it.
        // A party tag there is the previous name's (`Al Bee, R-Ohio, Jo Lin`).
        // `The High Commissioner for Peace, Ana Vell`: the capitalised
        // words of an office are no one's name.
        let describes = !piece_before.is_empty()
            && !party_tag(piece_before)
            && !opens_subordinate_clause(piece_before)
            && (!speaker::parse_subject(piece_before).names_someone()
                || self.is_office_piece(piece_before));
        if describes {
            subject.apposition.push(piece_before);
        }
        let evidence_start = if describes {
            start + reported::offset_in(leading, piece_before)
        } else {
            phrase_start
        };
        let evidence_end = after.as_ref().map_or(mention.end, |a| a.end);
        // Keep the opening mark of a title the words begin with.
        let evidence_start = match body[..evidence_start].chars().next_back() {
            Some(mark @ ('"' | '“')) if body[evidence_start..evidence_end].contains(['"', '”']) => {
                evidence_start - mark.len_utf8()
            }
            _ => evidence_start,
        };
        let evidence = body[evidence_start..evidence_end].trim().to_string();
        if let Some(actor) = self.affiliation(&subject, mention.start) {
            return Some((actor, evidence));
        }
        // `City chief wrangler Ivo Tarn was more candid`: the phrase read
        // keeps only the title words it knows, while the title slot needs
        // none; the words before the name up to a comma are read whole.
        if let Some(name) = subject.name {
            let name_start = phrase_start + reported::offset_in(phrase, name);
            let slot = body[start..name_start]
                .rsplit([',', ';', ':', '(', '\n'])
                .next()
                .unwrap_or("");
            let held_formerly =
                |before: &str| words(before).iter().any(resolve::marks_a_post_held_once);
            let found = self
                .registry
                .actors_in(slot)
                .last()
                .filter(|m| !held_formerly(&slot[..m.range.start]))
                .and_then(|m| {
                    let title = &slot[m.range.start..];
                    Some((self.title_slot_actor(title)?, format!("{title}{name}")))
                });
            if found.is_some() {
                return found;
            }
        }
        // `Her spokesman, Jordan Ng`: staff of the person the pronoun
        // means, found by `principal.rs` after this pass.
        // `His lawyer, Al Bee`: counsel speak for a candidate's campaign.
        let counsel = std::iter::once(subject.descriptor)
            .chain(subject.apposition.iter().copied())
            .any(is_pronoun_counsel);
        if counsel && let Some(actor) = self.principal_before(phrase_start, true) {
            return Some((actor, evidence));
        }
        let possessive = std::iter::once(subject.descriptor)
            .chain(std::iter::once(piece_before))
            .chain(subject.apposition.iter().copied())
            .any(is_possessive_office);
        possessive
            .then(|| self.body_before(phrase_start))
            .flatten()
            .map(|actor| (actor, evidence))
    }

    /// `at` moved back to the start of an actor's name it falls inside
    /// (`Customs and Border Protection Commissioner Al Bee`): an `and`
    /// inside a name joins no clause. `end` bounds the names looked at.
    fn outside_actor_names(&self, text: &str, at: usize, end: usize) -> usize {
        let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
        self.registry
            .actors_in(&text[line..end])
            .into_iter()
            .map(|m| (line + m.range.start, line + m.range.end))
            .find(|&(from, to)| from < at && at < to)
            .map_or(at, |(from, _)| from)
    }

    /// `The High Commissioner for Peace`, `The secretary general of the
    /// Episcopal Conference`: a piece before a name that is an office, not
    /// a name, though it holds capitalised words: a title the actor files
    /// list (alone or with their actor's name), or a noun phrase of
    /// office words with an office `of`/`for`/`to`/`at` a body.
    fn is_office_piece(&self, piece: &str) -> bool {
        let title = strip_article(piece.trim());
        if self.registry.office_holder_actor(title).is_some()
            || !self.registry.bare_office_actors(title).is_empty()
        {
            return true;
        }
        let ws = words(piece);
        let of_a_body = ws
            .windows(2)
            .any(|p| is_office_word(&p[0]) && p[1].is(&["of", "for", "to", "at"]));
        // Every lowercase word is an office's or a little word: no verb
        // (`The minister met Sen. Ann Reyes`).
        let noun_phrase = ws.iter().all(|w| {
            w.is_capitalised()
                || is_office_word(w)
                || w.is(&[
                    "the", "a", "an", "its", "their", "his", "her", "of", "for", "to", "at", "on",
                    "and", "general", "senior",
                ])
        });
        of_a_body && noun_phrase
    }

    /// The actor of the person whom the paragraph names first before
    /// `at` (the last sentence of the paragraph before, when `at` opens
    /// its paragraph), among the people the article quoted with an actor
    /// and those the actor files list: whom `his` or `her` stands for.
    /// With `campaign_only`, only a principal's campaign counts.
    fn principal_before(&self, at: usize, campaign_only: bool) -> Option<String> {
        let body = &self.article.body;
        let paragraph = body[..at].rfind("\n\n").map_or(0, |p| p + 2);
        let ends = sentence_ends(&body[paragraph..at]);
        let from = match ends.as_slice() {
            [_, ..] => paragraph,
            // The paragraph's first sentence: the last of the one before.
            [] => {
                let previous = body[..paragraph].trim_end();
                let start = previous.rfind("\n\n").map_or(0, |p| p + 2);
                sentence_ends(&body[start..previous.len()])
                    .iter()
                    .rev()
                    .map(|e| start + e)
                    .find(|&e| e < previous.len())
                    .unwrap_or(start)
            }
        };
        let text = &body[from..at];
        self.discourse
            .known
            .iter()
            .chain(self.discourse.people.iter())
            .filter(|p| p.person)
            .filter_map(|p| {
                // Staff speak for their principal's campaign, if any.
                let actor = self
                    .campaign_actor(&p.name)
                    .or_else(|| p.actor.clone().filter(|_| !campaign_only))?;
                let surname = surname(&p.name)?;
                let at = whole_word_starts(text, surname).next()?;
                Some((at, Some(actor)))
            })
            // People the actor files list, by any name or alias.
            .chain(
                words(text)
                    .into_iter()
                    .filter(|w| w.is_capitalised())
                    .filter_map(|w| {
                        let person = self.registry.person(w.text)?;
                        let actor = match campaign_only {
                            true => self.campaign_actor(&person.name)?,
                            false => person.actor.clone(),
                        };
                        Some((w.start, Some(actor)))
                    }),
            )
            .min_by_key(|(at, _)| *at)
            .and_then(|(_, actor)| actor)
    }

    /// The actor that opens the sentence before `at` (`The Port
    /// Employers Association said ... Its president, ...`): what `its`
    /// stands for. None when that sentence opens with something else.
    fn body_before(&self, at: usize) -> Option<String> {
        let body = &self.article.body;
        let mut from = at.saturating_sub(POSSESSIVE_LOOK_BACK);
        while !body.is_char_boundary(from) {
            from += 1;
        }
        let window = &body[from..at];
        let ends = paragraph_sentence_ends(window);
        let previous = match ends.as_slice() {
            [.., before, _] => &window[*before..ends[ends.len() - 1]],
            [only] => &window[..*only],
            [] => return None,
        };
        let previous = previous.rsplit('\n').find(|p| !p.trim().is_empty())?;
        if let Some(actor) = self.subject_named_in_apposition(previous) {
            return Some(actor);
        }
        let Some(m) = self.registry.actors_in(previous).into_iter().next() else {
            // `In a statement, the company said ... Its chief executive`:
            // the one actor of that kind the article named.
            let ws = words(previous);
            return ws
                .windows(2)
                .take(SUBJECT_OPENING_WORDS + 1)
                .find(|p| p[0].is(&["the"]))
                .and_then(|p| KIND_NOUNS.iter().find(|(n, _)| p[1].is_one_of(&[n])))
                .and_then(|(_, kinds)| self.actor_of_kind(kinds, at));
        };
        let words_before = words(&previous[..m.range.start]);
        let opens = words_before.len() <= SUBJECT_OPENING_WORDS;
        // `The Iowa Farm Bureau Federation said`: an alias inside a longer
        // name stands for a body the files do not list.
        let capitalised = |w: &str| w.starts_with(char::is_uppercase);
        let longer_name = previous[m.range.end..]
            .split_whitespace()
            .next()
            .is_some_and(capitalised)
            || words_before.len() > 1 && words_before.last().is_some_and(|w| w.is_capitalised());
        (opens && !longer_name && !in_apposition_of_a_name(&words_before))
            .then(|| self.registry.actor_id(m.actor).to_string())
    }

    /// `The state's largest teachers union, the Teachers Association,
    /// said ...`, `The U.N. peacekeeping mission, MONUSCO, condemned ...`:
    /// a sentence that opens with a noun phrase set off by a comma and a
    /// body's whole name is about that body; the actor the opening phrase
    /// may hold (`U.N.`) only qualifies the noun. The opening phrase is at
    /// most [`OPENING_PHRASE_WORDS`] words, opens with `the` or `a` (a
    /// name opening the sentence is read by [`in_apposition_of_a_name`]
    /// instead) and holds no subordinator or auxiliary (`The deal, which
    /// ...`, `The talks had stalled, the UN said`); the apposition is the
    /// body's name and nothing more.
    fn subject_named_in_apposition(&self, sentence: &str) -> Option<String> {
        let (opening, rest) = sentence.split_once(", ")?;
        let ws = words(opening);
        let fits = ws.first().is_some_and(|w| w.is(&["the", "a", "an"]))
            && ws.len() <= OPENING_PHRASE_WORDS
            && !ws.iter().any(|w| w.is(SUBORDINATORS) || w.is(AUXILIARIES));
        if !fits {
            return None;
        }
        let (apposition, _) = rest.split_once(',')?;
        let name = strip_article(apposition.trim());
        let m = self.registry.actors_in(name).into_iter().next()?;
        (m.range == (0..name.len())).then(|| self.registry.actor_id(m.actor).to_string())
    }
}

/// [`sentence_ends`] of `text`, with the end of each paragraph as the
/// end of its last sentence whatever mark closes it: `NHS England said:
/// “... stepping in.”` ends its paragraph at the closing quote, which
/// [`sentence_ends`] does not pass over, so `Its chief operating
/// officer, Joanna Whitfield,` in the next paragraph would read the
/// sentence before that one for its `its`.
fn paragraph_sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = sentence_ends(text);
    let mut from = 0;
    while let Some(i) = text[from..].find("\n\n").map(|i| from + i) {
        from = i + 2;
        let closed = text[..i].trim_end().len();
        let ended = ends.iter().any(|&e| e >= closed && e <= i);
        if closed > 0 && !ended {
            ends.push(closed);
        }
    }
    ends.sort_unstable();
    ends
}

/// The most words of the noun phrase that opens a sentence before the
/// body's name set off in apposition (`The state's largest teachers
/// union, the ...`).
const OPENING_PHRASE_WORDS: usize = 7;

/// `Komeito, the LDP's coalition partner, kept its seat. Its
/// secretary-general ...`: the words before the actor open with a name,
/// set off by a comma, that the actor only describes; the sentence's
/// subject, whose office `its` means, is that name.
fn in_apposition_of_a_name(words_before: &[Word<'_>]) -> bool {
    let Some(comma) = words_before.iter().position(|w| w.after.contains(',')) else {
        return false;
    };
    let name = &words_before[..=comma];
    name.iter().all(Word::is_capitalised) && !name[0].is(PREPOSITIONS)
}

/// `Sen. Lucia Reyes` written where `Nathan Reyes` is quoted: a mention
/// whose given names share none with the person's is another person of
/// that surname (a relative, a namesake, `no relation to`), and what it
/// says about them is not the person's affiliation. Initials and words
/// of title or address (`Sen.`, `Mr`, `Dr`) tell nothing; two spellings
/// of one name (`Mohammad`, `Mohammed`) agree by their identity key.
fn names_another_person(written: &str, person: &str) -> bool {
    let given = |name: &str| -> Vec<String> {
        let ws: Vec<&str> = name.split_whitespace().collect();
        let Some((_, before_surname)) = ws.split_last() else {
            return Vec::new();
        };
        before_surname
            .iter()
            .map(|w| w.trim_end_matches([',', '.']))
            // `H.E.`, `J.`: abbreviations and initials.
            .filter(|w| w.chars().count() > 1 && !w.contains('.'))
            .filter(|w| w.starts_with(char::is_uppercase))
            .filter(|w| !entities::is_title_word(w))
            .map(str::to_lowercase)
            .collect()
    };
    let (written_given, person_given) = (given(written), given(person));
    if written_given.is_empty() || person_given.is_empty() {
        return false;
    }
    if written_given.iter().any(|w| person_given.contains(w)) {
        return false;
    }
    let written_key = identity_key(written);
    written_key.is_none() || written_key != identity_key(person)
}

/// How many levels below the actor found a member's titles may lead.
const MEMBER_BODY_DEPTH: usize = 3;

/// The most words a title before a name runs to (`House Budget Committee
/// Chairman`).
const TITLE_RUN_WORDS: usize = 6;

/// The mentions of `name` by its surname in `body` that are the person's
/// own: each as the surname's start and end and the run of titles
/// written right before it on its line ([`title_run_before`]). `Sen.
/// Lucia Reyes` for `Nathan Reyes` is left out: another given name right
/// before the surname is another person.
fn own_mentions<'b>(body: &'b str, name: &str) -> Vec<(usize, usize, Vec<&'b str>)> {
    let Some(surname) = surname(name) else {
        return Vec::new();
    };
    let given: Vec<&str> = name
        .split_whitespace()
        .filter(|w| *w != surname)
        .map(|w| w.trim_end_matches('.'))
        .collect();
    whole_word_starts(body, surname)
        .filter_map(|at| {
            let line = body[..at].rfind('\n').map_or(0, |i| i + 1);
            let titles = title_run_before(&body[line..at], &given);
            let another_person = !given.is_empty()
                && titles
                    .first()
                    .is_some_and(|w| coref::first_name_gender(w).is_some());
            (!another_person).then_some((at, at + surname.len(), titles))
        })
        .collect()
}

/// The capitalised words right before a name (its `given` names and
/// initials skipped) that no punctuation parts from it: `Rep.` in `said
/// Rep. Al Bee`, `House Budget Committee Chairman`. A short word may end
/// in its abbreviation's period (`Sen.`); a longer one with a period ends
/// a sentence and the run.
fn title_run_before<'t>(before: &'t str, given: &[&str]) -> Vec<&'t str> {
    let ws = words(before);
    let mut run = Vec::new();
    let mut next_start = before.len();
    let mut names_done = false;
    for w in ws.iter().rev() {
        // Only spaces between this word and the next one.
        let joined = before[w.end..next_start]
            .trim_start_matches(w.after)
            .chars()
            .all(char::is_whitespace);
        let abbreviation = w.after == "." && w.text.chars().count() <= 4;
        if !joined || !(w.after.is_empty() || abbreviation) || !w.is_capitalised() {
            break;
        }
        next_start = w.start;
        let initial = w.text.chars().count() == 1;
        if !names_done && (initial || given.contains(&w.text)) {
            continue;
        }
        names_done = true;
        run.push(w.text);
        if run.len() == TITLE_RUN_WORDS {
            break;
        }
    }
    run
}

/// The words that belong with the name ending `phrase`: `Ana Vell met
/// Ruritanian envoy Omar Haddad` -> `Ruritanian envoy Omar Haddad`. A
/// lowercase word that is no title, office, role or particle ends them.
fn name_group(phrase: &str) -> &str {
    let ws = words(phrase);
    let mut start = ws.len();
    while start > 0 {
        let w = &ws[start - 1];
        let belongs = w.is_capitalised()
            || w.is(TITLES)
            || w.is(OFFICE_WORDS)
            || w.is(ROLE_NOUNS)
            || w.is(PROFESSION_NOUNS)
            || w.is(NAME_PARTICLES)
            || w.text.starts_with(|c: char| c.is_ascii_digit());
        if !belongs {
            break;
        }
        start -= 1;
    }
    ws.get(start).map_or(phrase, |w| &phrase[w.start..])
}

/// Where the noun phrase ending at `at` can begin: the start of its line,
/// sentence, or of the last `and` / `or` / `;` before it.
fn clause_start(body: &str, at: usize) -> usize {
    let line = body[..at].rfind('\n').map_or(0, |i| i + 1);
    let sentence = sentence_ends(&body[line..at])
        .last()
        .map_or(line, |&end| line + end);
    let clause = &body[sentence..at];
    let joined = ["; ", " and ", " or ", "“", "\"", " — "]
        .iter()
        .filter_map(|sep| {
            let mut end = clause.len();
            loop {
                let i = clause[..end].rfind(sep)?;
                // `told "Fox News Sunday" host Bret Halvorsen`: a title in
                // quotes belongs to the words about the name.
                match title_opening(&clause[..i + sep.len()]) {
                    Some(opening) => end = opening,
                    None => return Some(sentence + i + sep.len()),
                }
            }
        })
        .max();
    joined.unwrap_or(sentence)
}

/// Where the quoted title that `text` ends with opens (`"Fox News
/// Sunday"`, `“Meet the Press”`): up to four words between quote marks,
/// the first capitalised, with no sentence inside. None when `text` does
/// not end with one.
fn title_opening(text: &str) -> Option<usize> {
    let closing = text.chars().next_back()?;
    let opening = match closing {
        '"' => '"',
        '”' => '“',
        _ => return None,
    };
    let inner_end = text.len() - closing.len_utf8();
    let open_at = text[..inner_end].rfind(opening)?;
    let inner = &text[open_at + opening.len_utf8()..inner_end];
    let ws = words(inner);
    let title = (1..=4).contains(&ws.len())
        && ws[0].is_capitalised()
        && !inner.contains(['.', ',', '!', '?', ';', ':'])
        && !inner.starts_with(' ');
    title.then_some(open_at)
}

/// `, chief executive of Acme,`, ` (R-Neb.)`, ` of the Greens`: the words
/// right after a name that say who the person is.
fn apposition_after(body: &str, end: usize) -> Option<Range<usize>> {
    let rest = &body[end..];
    let (skip, closers): (usize, &[char]) = if rest.starts_with(" (") {
        (2, &[')', '\n'])
    } else if rest.starts_with(", ") && (describes_someone(&rest[2..]) || party_tag(&rest[2..])) {
        (2, &[',', '.', ';', '—', '\n', '“', '"', ':'])
    } else if rest.starts_with(" of ") || rest.starts_with(" at ") {
        (1, &[',', '.', ';', '—', '\n', '“', '"', ':'])
    } else {
        return None;
    };
    let inner = &rest[skip..];
    let mut len = inner.find(closers).unwrap_or(inner.len());
    if skip == 1 {
        len = object_phrase_end(&inner[..len]);
    }
    (len > 0).then(|| end + skip..end + skip + len)
}

/// Words that may stand inside a name after `of` or `at` (`of the
/// Ministry of Trade and Industry`, `at Médecins du Monde`).
const NAME_LINK_WORDS: &[&str] = &[
    "of", "for", "and", "the", "on", "de", "du", "des", "la", "le", "el", "al", "y",
];

/// Where the prepositional phrase `of Maine and Jo Lin of Ohio joined
/// all 48 Greens` that follows a name without a comma ends. With no comma
/// to close it, the phrase is only the place or body the preposition
/// names, with at most one lowercase word heading it (`at the Caldermoor
/// University lab`, `of the Congress party`); a second lowercase word or
/// a preposition after the name (`joined all`, `in Yerevan`) is the
/// sentence going on, and an actor named there (`Greens`) is what the
/// person did or where they are, not whom they speak for. Lowercase words
/// before any capitalised one stay (`of the ruling Green Party`), and so
/// do the little words inside a name ([`NAME_LINK_WORDS`]).
fn object_phrase_end(phrase: &str) -> usize {
    let mut named = false;
    let mut headed = false;
    for w in words(phrase) {
        if w.is_capitalised() {
            named = true;
            headed = false;
        } else if named && !w.is(NAME_LINK_WORDS) {
            if headed || w.is(PREPOSITIONS) {
                return phrase[..w.start].trim_end().len();
            }
            headed = true;
        }
    }
    phrase.len()
}

/// `, who chairs the Freedom Caucus,`, `, who sits at the table on
/// behalf of the union,`: a relative clause of leading a body or acting
/// for one, right after a name or its apposition; the range starts at
/// the verb.
fn leading_clause(body: &str, end: usize) -> Option<Range<usize>> {
    let inner = body[end..].strip_prefix(", who ")?;
    let verb = first_word(inner)?;
    let len = inner
        .find([',', '.', ';', '—', '\n', '“', '"', ':'])
        .unwrap_or(inner.len());
    // `, who sits on the panel on behalf of the union,` speaks for it.
    let on_behalf = inner[..len].contains(" on behalf of ");
    if !(verb.is(LEADING_VERBS) || on_behalf) || verb.start != 0 {
        return None;
    }
    let start = end + ", who ".len();
    Some(start..start + len)
}

/// `R-Pa.`, `D-Tucson`: a party tag set off by commas after a name.
/// `When counsel for the IEBC argued that ..., Justice Nelson Were`: a
/// piece that opens with a subordinating word is a clause of its own
/// (its subject the counsel, its verb `argued`), not words about the
/// name after its comma. Without a verb it is the words about the name
/// (`..., while the Liberal Democrats' health spokesperson, Imran
/// Qureshi, said`); `As` is left out: `As chief executive of Acme, Jo
/// Lin` describes her.
fn opens_subordinate_clause(piece: &str) -> bool {
    words(piece)
        .first()
        .is_some_and(|w| !w.is(&["as"]) && w.is(SUBORDINATORS))
        && noun_phrase::holds_finite_verb(piece)
}

fn party_tag(text: &str) -> bool {
    let tag = text.split([',', ' ']).next().unwrap_or("");
    tag.split_once('-').is_some_and(|(letter, place)| {
        (1..=2).contains(&letter.len())
            && letter.chars().all(|c| c.is_ascii_uppercase())
            && place.starts_with(|c: char| c.is_ascii_uppercase())
    })
}

/// `a former crane operator`, `its president`, `Acme's chief executive`,
/// `chief executive of Acme`, `Mr. Ebersole's deputy chief of staff`:
/// words after a comma that describe the name before them, not a verb
/// that goes on (`, said ...`).
fn describes_someone(text: &str) -> bool {
    let possessive = |w: &Word<'_>| w.is_capitalised() && speaker::is_possessive(w.text);
    // The rest of the body follows: only its first words are read.
    let mut peek = text.len().min(APPOSITION_PEEK_BYTES);
    while !text.is_char_boundary(peek) {
        peek -= 1;
    }
    let ws = words(&text[..peek]);
    let Some(w) = ws.first() else {
        return false;
    };
    // `Mr. Ebersole's`, `Gov. Ann Reyes's`: a person's possessive after
    // their title of address.
    let titled_possessive = w.is(TITLES)
        && ws[1..]
            .iter()
            .take(MAX_NAME_WORDS)
            .take_while(|v| v.is_capitalised())
            .any(possessive);
    // `senior vice president at Acme`, `former crane operator`: a word of
    // standing before the office it qualifies.
    let standing_office = w.is(STANDING_ADJECTIVES)
        && ws[1..]
            .iter()
            .take(STANDING_TO_OFFICE_WORDS)
            .any(is_office_word);
    w.is(&["a", "an", "the", "its", "their", "his", "her", "one"])
        || standing_office
        || w.is(OFFICE_WORDS)
        || w.is(ROLE_NOUNS)
        || w.is(PROFESSION_NOUNS)
        || possessive(w)
        || titled_possessive
}

/// How many words after a word of standing (`senior`) may lead to the
/// office it qualifies (`senior vice president`, `senior Asia
/// researcher`).
const STANDING_TO_OFFICE_WORDS: usize = 3;

/// How far into the text after a comma [`describes_someone`] reads.
const APPOSITION_PEEK_BYTES: usize = 80;

/// The most words of a name after a title of address (`Gov. Ann Marie
/// Reyes's`).
const MAX_NAME_WORDS: usize = 3;

/// An office, role, profession or staff noun, in any case.
fn is_office_word(w: &Word<'_>) -> bool {
    w.is(OFFICE_WORDS)
        || w.is(ROLE_NOUNS)
        || w.is(PROFESSION_NOUNS)
        || w.is(STAFF_NOUNS)
        || w.is(NATIONAL_OFFICE_WORDS)
}

/// `His lawyer`, `her attorneys`: counsel of the person just named.
fn is_pronoun_counsel(text: &str) -> bool {
    let ws = words(text);
    ws.first().is_some_and(|w| w.is(&["his", "her"]))
        && ws.len() <= 3
        && ws[1..].iter().any(|w| w.is(COUNSEL_NOUNS))
}

/// `its president`, `their chair`: an office of a body named before.
fn is_possessive_office(text: &str) -> bool {
    let ws = words(text);
    ws.first().is_some_and(|w| w.is(&["its", "their"]))
        && ws
            .iter()
            .any(|w| w.is(OFFICE_WORDS) || w.is(ROLE_NOUNS) || w.is(PROFESSION_NOUNS))
}

/// The people quoted by name in the article none of whose quotes has an
/// actor yet.
fn unaffiliated_people(candidates: &[Candidate]) -> Vec<String> {
    let mut unaffiliated: Vec<String> = Vec::new();
    for c in candidates {
        let o = &c.occurrence;
        let Some(name) = &o.speaker else { continue };
        let person = !o.anonymous
            && !matches!(o.rule, Some(Rule::Body | Rule::Correction) | None)
            && name.contains(' ');
        let has_actor = candidates
            .iter()
            .any(|d| d.occurrence.speaker.as_ref() == Some(name) && d.occurrence.actor.is_some());
        if person && !has_actor && !unaffiliated.contains(name) {
            unaffiliated.push(name.clone());
        }
    }
    unaffiliated
}

/// The party letter (of [`PARTY_TAG_LETTERS`]) of a tag right after a
/// name, and where the tag ends: `, R-Westmoreland,`, ` (D-Phila.)`,
/// ` (R-31)` (a district's number), ` (R., Lancaster)` (the style with a
/// period and a comma).
fn party_tag_after(body: &str, end: usize) -> Option<(&'static str, usize)> {
    let rest = &body[end..];
    let (skip, closers): (usize, &[char]) = if rest.starts_with(" (") {
        (2, &[')', '\n'])
    } else if rest.starts_with(", ") {
        (2, &[',', ';', '\n'])
    } else {
        return None;
    };
    let inner = &rest[skip..];
    let letters = inner.chars().take_while(char::is_ascii_uppercase).count();
    if !(1..=2).contains(&letters) {
        return None;
    }
    let (written, after) = inner.split_at(letters);
    let place = after
        .strip_prefix('-')
        .or_else(|| after.strip_prefix("., "))?;
    if !place.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    let (letter, _) = PARTY_TAG_LETTERS.iter().find(|(l, _)| *l == written)?;
    // `(R., Lancaster)`: the comma is inside the parentheses.
    let len = inner[letters + 1..]
        .find(closers)
        .map_or(inner.len(), |i| letters + 1 + i);
    let close = usize::from(rest.starts_with(" (") && inner[len..].starts_with(')'));
    Some((letter, end + skip + len + close))
}

/// `Republican`, `GOP`, `Democratic`: a title word that is one of a
/// party's own words ([`PARTY_TAG_LETTERS`]), and that party's letter.
fn party_letter_of_word(word: &str) -> Option<&'static str> {
    PARTY_TAG_LETTERS
        .iter()
        .find(|(_, names)| names.contains(&word))
        .map(|(letter, _)| *letter)
}

/// `name`'s quotes that have no actor take `actor`, with the words that
/// gave it.
fn give_actor(candidates: &mut [Candidate], name: &str, actor: &str, evidence: &str) {
    for c in candidates.iter_mut() {
        let o = &mut c.occurrence;
        if o.speaker.as_deref() == Some(name) && o.actor.is_none() {
            o.actor = Some(actor.to_string());
            o.affiliation_evidence = Some(evidence.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::Registry;
    use crate::attribute::tests::speakers_and_actors;
    use crate::model::Actor;
    use crate::test_support;

    /// (speaker, actor) of each quote of `body`, against a court aliased
    /// `the justices`, a bureau, a department, a committee and a party.
    fn affiliated(body: &str) -> Vec<(Option<String>, Option<String>)> {
        let registry = Registry::new(&[
            test_support::actor("court", "High Court", &["the justices"]),
            test_support::actor("bureau", "Federal Bureau", &["Bureau"]),
            test_support::actor("works", "Works Department", &["Works Department"]),
            test_support::actor("relief", "Relief Committee", &["Relief Committee"]),
            Actor {
                people: vec![test_support::person("Ana Vell", None, &["Vell"])],
                ..test_support::actor("atlantis", "Atlantis", &["Atlantean"])
            },
            test_support::actor("schools", "Lakeside Schools", &["Lakeside school board"]),
            Actor {
                kind: Some("party".into()),
                ..test_support::actor("greens", "Green Party", &["Green", "Greens", "G"])
            },
            Actor {
                kind: Some("party".into()),
                people: vec![test_support::person("Ida Nyam", None, &["Nyam"])],
                ..test_support::actor("front", "Haki Front", &[])
            },
        ]);
        speakers_and_actors(&registry, body)
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn a_prepositional_phrase_after_a_name_ends_where_the_sentence_goes_on() {
        let found = affiliated(
            "Senators Cora Tasca of Maine and Lyle Arrow of Alaska joined all 48 Greens in voting no.\n\n“We are not moved,” Tasca said.\n",
        );
        assert_eq!(found[0].1, None);
        assert_eq!(
            object_phrase_end("of Maine joined all Greens"),
            "of Maine joined".len()
        );
        assert_eq!(
            object_phrase_end("of the Lab in Utopia"),
            "of the Lab".len()
        );
        assert_eq!(
            object_phrase_end("of the ruling Green Party"),
            "of the ruling Green Party".len()
        );
        // Must not: a body that is the phrase's own object.
        let found = affiliated(
            "Jo Lin of the Relief Committee met donors.\n\n“We are not moved,” Lin said.\n",
        );
        assert_eq!(found, [(some("Jo Lin"), some("relief"))]);
    }

    #[test]
    fn a_word_of_standing_before_an_office_opens_an_apposition() {
        let found = affiliated(
            "Tea Blais, senior vice president at the Relief Committee, said the cost would grow. “Every shutdown teaches,” she said.\n",
        );
        assert_eq!(found[1], (some("Tea Blais"), some("relief")));
        // Must not: an office held once.
        let found = affiliated(
            "Tea Blais, former vice president at the Relief Committee, said the cost would grow. “Every shutdown teaches,” she said.\n",
        );
        assert_eq!(found[1], (some("Tea Blais"), None));
    }

    #[test]
    fn someone_described_with_a_body_works_with_it() {
        let found = affiliated(
            "“We are tired,” said Nilar Thein, a nurse with the Relief Committee, who has treated children.\n",
        );
        assert_eq!(found, [(some("Nilar Thein"), some("relief"))]);
        // The body's initials in parentheses are the body.
        let found = affiliated(
            "“We are tired,” says Dr Ada Haddou, a surgeon with the Federal Bureau (FB) who has operated all week.\n",
        );
        assert_eq!(found, [(some("Ada Haddou"), some("bureau"))]);
        // Must not: how one stands toward the body, or a body inside a longer object.
        let found =
            affiliated("“We are tired,” said Nilar Thein, a critic with the Relief Committee.\n");
        assert_eq!(found, [(some("Nilar Thein"), None)]);
        let found = affiliated(
            "“We are tired,” said Nilar Thein, a nurse with Relief Committee Partners.\n",
        );
        assert_eq!(found, [(some("Nilar Thein"), None)]);
    }

    #[test]
    fn a_title_slot_is_read_without_the_clause_or_place_after_it() {
        let found = affiliated(
            "“We see it,” says Dr Ida Brekke, a Relief Committee paediatrician who has worked in Darfur.\n",
        );
        assert_eq!(found, [(some("Ida Brekke"), some("relief"))]);
        let found =
            affiliated("“We see it,” says Dr Ida Brekke, a Relief Committee surgeon in Goma.\n");
        assert_eq!(found, [(some("Ida Brekke"), some("relief"))]);
        // Must not: a nationality is still no affiliation.
        let found = affiliated(
            "“We see it,” says Ida Brekke, an Atlantean activist who has worked in Darfur.\n",
        );
        assert_eq!(found, [(some("Ida Brekke"), None)]);
    }

    #[test]
    fn a_party_tag_between_commas_names_the_party() {
        let found = affiliated(
            "Sen. Ann Reyes, G-Ohio, whose district is rural, spoke first.\n\n“We will not move,” Reyes said.\n",
        );
        assert_eq!(found, [(some("Ann Reyes"), some("greens"))]);
        assert!(party_tag("R-Pa., whose district"));
        assert!(!party_tag("X-ray machines"));
        assert!(!party_tag("COVID-19 rules"));
        assert!(!party_tag("a Green"));
    }

    #[test]
    fn leading_a_body_the_whole_object_names_it() {
        let found = affiliated(
            "Rep. Jo Lin of Ohio, who chairs the Relief Committee, spoke.\n\n“We are not moved,” Lin said.\n",
        );
        assert_eq!(found, [(some("Jo Lin"), some("relief"))]);
        // A programme named after a state is not the state.
        let found = affiliated(
            "Jo Lin, who directs the Atlantis Initiative at a think tank, spoke.\n\n“They will escalate,” Lin said.\n",
        );
        assert_eq!(found, [(some("Jo Lin"), None)]);
        // Having chaired a meeting is no post.
        let found = affiliated(
            "Jo Lin, who chaired the Relief Committee talks, spoke.\n\n“They went well,” Lin said.\n",
        );
        assert_eq!(found, [(some("Jo Lin"), None)]);
    }

    #[test]
    fn a_member_title_names_the_body_of_its_plural() {
        let found = affiliated("“The law is plain,” Justice Mara Quill wrote.\n");
        assert_eq!(found[0].1, some("court"));
        let found = affiliated("“The law is plain,” said Mara Quill, a justice campaigner.\n");
        assert_eq!(found, [(some("Mara Quill"), None)]);
    }

    #[test]
    fn a_body_written_as_an_actors_possessive_belongs_to_it() {
        let found = affiliated(
            "Wade Noll, the special agent in charge of the Bureau's Ruritania field office, spoke.\n\n“We followed the money,” Noll said.\n",
        );
        assert_eq!(found, [(some("Wade Noll"), some("bureau"))]);
        let found = affiliated(
            "Wade Noll, a critic of the Bureau's budget, spoke.\n\n“They waste money,” Noll said.\n",
        );
        assert_eq!(found, [(some("Wade Noll"), None)]);
    }

    #[test]
    fn pronoun_staff_speak_for_the_person_named_before() {
        let found = affiliated(
            "“We will appeal,” said Atlantean minister Ann Reyes.\n\nReyes vowed to fight. Her spokesman, Jo Marsh, later wrote that the appeal would come “within days, not weeks.”\n",
        );
        assert_eq!(found[0], (some("Ann Reyes"), some("atlantis")));
        assert_eq!(found[1], (some("Jo Marsh"), some("atlantis")));
        let found = affiliated(
            "“We will appeal,” said Atlantean minister Ann Reyes.\n\nReyes vowed to fight. Her lawyer, Jo Marsh, later wrote that the appeal would come “within days, not weeks.”\n",
        );
        assert_eq!(found[1], (some("Jo Marsh"), None));
    }

    #[test]
    fn pronoun_staff_of_a_listed_person_speak_for_their_actor() {
        let found = affiliated(
            "Governor Vell vetoed the bill in August. “We will win,” she said. Her spokesman, Jo Marsh, wrote that a suit would come “within days, not weeks.”\n",
        );
        assert_eq!(found[1], (some("Jo Marsh"), some("atlantis")));
    }

    #[test]
    fn staff_counsel_or_running_mate_of_a_listed_person_take_their_actor() {
        let found =
            affiliated("Jo Marsh, Mr. Vell's deputy chief of staff, said “we are talking.”\n");
        assert_eq!(found[0], (some("Jo Marsh"), some("atlantis")));
        // Counsel argue a party's candidate's side, not a minister's.
        let found = affiliated("Nyam's lawyer Tom Dorn said it was “a farce.”\n");
        assert_eq!(found[0], (some("Tom Dorn"), some("front")));
        let found = affiliated("Vell's lawyer Tom Dorn said it was “a farce.”\n");
        assert_eq!(found[0], (some("Tom Dorn"), None));
        let found = affiliated("Vell's running mate Tom Dorn said it was “a farce.”\n");
        assert_eq!(found[0], (some("Tom Dorn"), some("atlantis")));
        // Someone unlisted's lawyer, or a possessive that is no title's.
        let found = affiliated("Reyes's lawyer Tom Dorn said it was “a farce.”\n");
        assert_eq!(found[0], (some("Tom Dorn"), None));
        let found = affiliated("Jo Marsh, Mr. Vell's neighbour, said it was “a farce.”\n");
        assert_eq!(found[0], (some("Jo Marsh"), None));
    }

    #[test]
    fn counsel_for_a_body_named_whole_argue_its_side() {
        let found = affiliated(
            "“It is a right on paper only,” said Tom Dorn, counsel for the Relief Committee, at the hearing.\n",
        );
        assert_eq!(found[0], (some("Tom Dorn"), some("relief")));
        let found = affiliated(
            "“It is a right on paper only,” said Tom Dorn, counsel for the Relief Committee's pension fund, at the hearing.\n",
        );
        assert_eq!(found[0], (some("Tom Dorn"), None));
    }

    #[test]
    fn a_title_in_quotes_belongs_to_the_words_about_the_name() {
        let body = "Reyes told \"Atlantis Tonight\" host Jo Lin that she would run.";
        let at = body.find("Lin").unwrap();
        assert_eq!(
            &body[clause_start(body, at)..at],
            "Reyes told \"Atlantis Tonight\" host Jo "
        );
        // A quote that is a sentence still ends the words before a name.
        let body = "\"We will run, and win,\" host Jo Lin said.";
        let at = body.find("Lin").unwrap();
        assert_eq!(&body[clause_start(body, at)..at], " host Jo ");
    }

    #[test]
    fn a_second_apposition_after_a_place_describes_the_name() {
        let found = affiliated(
            "Ann Reyes of Ohio, the ranking Green on the panel, spoke.\n\n“It is a cover-up,” Reyes said.\n",
        );
        assert_eq!(found, [(some("Ann Reyes"), some("greens"))]);
        let found = affiliated(
            "Al Bee Jr., the Atlantean envoy, spoke.\n\n“It is a cover-up,” Bee said.\n",
        );
        assert_eq!(found, [(some("Al Bee Jr."), some("atlantis"))]);
    }

    #[test]
    fn an_office_takes_the_place_its_sentence_opens_with() {
        let found = affiliated(
            "In Atlantis, government spokesman Jo Marsh said the attack was “a provocation.”\n",
        );
        assert_eq!(found, [(some("Jo Marsh"), some("atlantis"))]);
        let found = affiliated(
            "In a statement, government spokesman Jo Marsh said the attack was “a provocation.”\n",
        );
        assert_eq!(found, [(some("Jo Marsh"), None)]);
    }

    #[test]
    fn a_board_office_takes_the_board_named_before() {
        let found = affiliated(
            "The Lakeside school board voted 4-3 on Tuesday.\n\nBoard president Ann Reyes said the vote was “about age, not censorship.”\n",
        );
        assert_eq!(found, [(some("Ann Reyes"), some("schools"))]);
        let found = affiliated(
            "The vote was 4-3 on Tuesday.\n\nBoard president Ann Reyes said the vote was “about age, not censorship.”\n",
        );
        assert_eq!(found, [(some("Ann Reyes"), None)]);
    }

    #[test]
    fn an_office_of_a_bare_noun_takes_the_body_named_with_it() {
        let found = affiliated(
            "The Works Department closed the bridge.\n\nIn an email, a department spokesman, Jo Marsh, said the bridge was “unsafe for anyone.”\n",
        );
        assert_eq!(found, [(some("Jo Marsh"), some("works"))]);
        let found = affiliated(
            "The bridge closed.\n\nIn an email, a department spokesman, Jo Marsh, said the bridge was “unsafe for anyone.”\n",
        );
        assert_eq!(found, [(some("Jo Marsh"), None)]);
    }

    #[test]
    fn a_mention_with_another_given_name_is_another_person() {
        // The senator's son shares her surname, not her party.
        let found = affiliated(
            "Greens Sen. Lucia Reyes voted no.\n\n“She did what she said she would,” said Nathan Reyes, her son, a student in Albany.\n",
        );
        assert_eq!(found, [(some("Nathan Reyes"), None)]);
        // The same given name, or the surname alone, is the person.
        let found = affiliated(
            "Greens Sen. Lucia Reyes voted no.\n\n“I did what I said I would,” said Lucia Reyes.\n",
        );
        assert_eq!(found, [(some("Lucia Reyes"), some("greens"))]);
        assert!(names_another_person("Sen. Lucia Reyes", "Nathan Reyes"));
        assert!(!names_another_person("Sen. Lucia Reyes", "Lucia Reyes"));
        assert!(!names_another_person("Dr. L. Reyes", "Lucia Reyes"));
        assert!(!names_another_person(
            "Mohammed Ali Reyes",
            "Mohammad Ali Reyes"
        ));
        assert!(!names_another_person("Reyes", "Nathan Reyes"));
    }

    #[test]
    fn an_apposition_ends_at_its_comma_or_parenthesis() {
        let body = "Ada Kroll, chief executive of Acme, spoke. Tom Dorn (R-Neb.) did not.";
        let a = apposition_after(body, 9).unwrap();
        assert_eq!(&body[a], "chief executive of Acme");
        let b = apposition_after(body, body.find(" (").unwrap()).unwrap();
        assert_eq!(&body[b], "R-Neb.");
        assert_eq!(apposition_after(body, body.find(" spoke").unwrap()), None);
    }

    #[test]
    fn a_noun_phrase_starts_after_and_or_the_sentence() {
        let body = "It rained. Tom Dorn and Blue nominee Ann Reyes met.";
        let at = body.find("Reyes").unwrap();
        assert_eq!(&body[clause_start(body, at)..at], "Blue nominee Ann ");
        let body = "It rained. Blue nominee Ann Reyes met.";
        let at = body.find("Reyes").unwrap();
        assert_eq!(
            body[clause_start(body, at)..at].trim_start(),
            "Blue nominee Ann "
        );
    }

    /// (speaker, actor) of each quote of `body`, against the actors of
    /// the affiliation rules of round nine: offices listed with and
    /// without their actor's name, a council, a court, a state known by
    /// its nationality word, a body whose name holds `and`.
    fn affiliated_round_nine(body: &str) -> Vec<(Option<String>, Option<String>)> {
        let kind = |kind: &str, actor: Actor| Actor {
            kind: Some(kind.into()),
            ..actor
        };
        let registry = Registry::new(&[
            Actor {
                offices: vec!["High Commissioner for Calm".into()],
                ..kind(
                    "state",
                    test_support::actor("atlantis", "Atlantis", &["Atlantean"]),
                )
            },
            Actor {
                offices: vec![
                    "Tarnland Secretary of State".into(),
                    "Mayor of Tarnland".into(),
                ],
                ..kind(
                    "state",
                    test_support::actor("tarnland", "State of Tarnland", &["Tarnland"]),
                )
            },
            kind(
                "state",
                test_support::actor("venezuela", "Venezuela", &["Caracas"]),
            ),
            kind(
                "council",
                test_support::actor("council", "Tarnland City Council", &["City Council"]),
            ),
            kind(
                "court",
                test_support::actor("court", "U.S. federal courts", &["federal court"]),
            ),
            test_support::actor("customs", "Customs and Excise", &["Customs and Excise"]),
            test_support::actor("relief", "Relief Committee", &["Relief Committee"]),
            test_support::actor("caldermoor", "Caldermoor University", &[]),
        ]);
        speakers_and_actors(&registry, body)
    }

    /// The actor of the one quote `“It is settled,” Lin said.` after
    /// `intro`.
    fn actor_after(intro: &str) -> Option<String> {
        let found = affiliated_round_nine(&format!("{intro}\n\n“It is settled,” Lin said.\n"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0.as_deref(), Some("Jo Lin"), "{intro}");
        found[0].1.clone()
    }

    #[test]
    fn an_office_before_a_name_describes_it_though_capitalised() {
        assert_eq!(
            actor_after("The High Commissioner for Calm, Jo Lin, rejected that reading."),
            some("atlantis")
        );
        assert_eq!(
            actor_after("The secretary general of the Relief Committee, Jo Lin, spoke."),
            some("relief")
        );
        // A piece with a verb tells of someone else.
        assert_eq!(
            actor_after("The Relief Committee's team met Karl Dorn, Jo Lin and Al Bee."),
            None
        );
        // Capitalised words that are no office are a name, not a role.
        assert_eq!(actor_after("The Relief Committee, Jo Lin, spoke."), None);
    }

    /// One vocabulary of posts (`lexicon::POSTS`): a post known to any
    /// rule affiliates in every form, at the frame or at another mention;
    /// the guards hold (a nationality, an outsider, a post held formerly).
    #[test]
    fn a_post_affiliates_in_every_form() {
        let relief = some("relief");
        let atlantis = some("atlantis");
        let cases = [
            // The post capitalised after the actor's name, as a title.
            (
                "Relief Committee Commissioner Jo Lin met the mayor.",
                &relief,
            ),
            ("Relief Committee Treasurer Jo Lin met the mayor.", &relief),
            (
                "Relief Committee Superintendent Jo Lin met the mayor.",
                &relief,
            ),
            // `ROLE of ACTOR` in an apposition, with or without `the`.
            (
                "Jo Lin, the commissioner of the Relief Committee, spoke.",
                &relief,
            ),
            (
                "Jo Lin, commissioner of the Relief Committee, spoke.",
                &relief,
            ),
            // A post no list knew before: a consul.
            ("The consul of Atlantis in Porto, Jo Lin, spoke.", &atlantis),
            ("Jo Lin, the consul of Atlantis in Porto, spoke.", &atlantis),
            // Guards.
            ("Jo Lin, an Atlantean activist, spoke.", &None),
            ("Jo Lin, a critic of the Relief Committee, spoke.", &None),
            (
                "Jo Lin, a former Relief Committee commissioner, spoke.",
                &None,
            ),
            (
                "Jo Lin, a former Relief Committee commissioner now in private practice, spoke.",
                &None,
            ),
        ];
        for (intro, expected) in cases {
            assert_eq!(&actor_after(intro), expected, "{intro}");
        }
    }

    #[test]
    fn acting_on_behalf_of_a_body_is_speaking_for_it() {
        assert_eq!(
            actor_after("Jo Lin, who sits at the table on behalf of the Relief Committee, spoke."),
            some("relief")
        );
        assert_eq!(
            actor_after("Jo Lin, who wrote on behalf of the Relief Committee's critics, spoke."),
            None
        );
    }

    #[test]
    fn an_and_inside_an_actors_name_joins_no_clause() {
        assert_eq!(
            actor_after("Customs and Excise spokesman Jo Lin defended the seizure."),
            some("customs")
        );
        assert_eq!(
            actor_after("Customs officers and spokesman Jo Lin defended the seizure."),
            None
        );
    }

    #[test]
    fn a_members_title_sits_on_the_one_body_of_its_kind() {
        assert_eq!(
            actor_after("The City Council voted 5-4. Councilmember Jo Lin cast the deciding vote."),
            some("council")
        );
        assert_eq!(
            actor_after("A federal court heard it. U.S. District Judge Jo Lin granted the stay."),
            some("court")
        );
        // Another court's judge, or no council named: no actor.
        assert_eq!(
            actor_after("A federal court heard it. Superior Court Judge Jo Lin granted the stay."),
            None
        );
        assert_eq!(
            actor_after("The vote was 5-4. Councilmember Jo Lin cast the deciding vote."),
            None
        );
    }

    #[test]
    fn a_nationality_before_a_state_office_names_the_state() {
        assert_eq!(
            actor_after("Venezuelan Deputy Foreign Minister for Trade, Jo Lin, spoke in Doha."),
            some("venezuela")
        );
        assert_eq!(
            actor_after("A Venezuelan delegate, Jo Lin, spoke in Doha."),
            None
        );
    }

    #[test]
    fn a_bare_title_is_the_office_of_the_one_actor_named_that_lists_it() {
        assert_eq!(
            actor_after("Secretary of State Jo Lin certified the Tarnland result."),
            some("tarnland")
        );
        assert_eq!(
            actor_after("In Tarnland, a spokesman for the mayor, Jo Lin, said little."),
            some("tarnland")
        );
        // Another state in play may hold the title unlisted.
        assert_eq!(
            actor_after(
                "Secretary of State Jo Lin certified the Tarnland result, as Venezuela watched."
            ),
            None
        );
        // The article names no actor listing it, or the mayor is criticised.
        assert_eq!(
            actor_after("Secretary of State Jo Lin certified the result."),
            None
        );
        assert_eq!(
            actor_after("In Tarnland, Jo Lin, a critic of the mayor, said little."),
            None
        );
    }

    #[test]
    fn a_body_that_is_the_whole_object_of_at_after_a_name_is_theirs() {
        assert_eq!(
            actor_after(
                "The trial was led by neurologist Jo Lin at Caldermoor University, who spoke."
            ),
            some("caldermoor")
        );
        assert_eq!(
            actor_after(
                "The trial was led by neurologist Jo Lin at the Caldermoor University lab."
            ),
            None
        );
    }

    /// Round forty-seven: the role words beside a name.
    #[test]
    fn its_office_after_a_paragraph_closed_by_a_quote_takes_its_speaker() {
        let lins = |intro: &str| -> Vec<Option<String>> {
            affiliated_round_nine(&format!("{intro}\n\n“It is settled,” Lin said.\n"))
                .into_iter()
                .filter(|(speaker, _)| speaker.as_deref() == Some("Jo Lin"))
                .map(|(_, actor)| actor)
                .fold(Vec::new(), |mut seen, actor| {
                    if !seen.contains(&actor) {
                        seen.push(actor);
                    }
                    seen
                })
        };
        assert_eq!(
            lins(
                "The Relief Committee said on Monday: “The roads are open again.”\n\nIts chief operating officer, Jo Lin, said the week would be long."
            ),
            [some("relief")]
        );
        // Must not: a paragraph before that names no body.
        assert_eq!(
            lins(
                "Reporters asked about the roads: “Are they open again?”\n\nIts chief operating officer, Jo Lin, said the week would be long."
            ),
            [None]
        );
        let text = "It said: “Open.”\n\nIts chief";
        assert_eq!(paragraph_sentence_ends(text), ["It said: “Open.”".len()]);
        let text = "It said so.\n\nIts chief";
        assert_eq!(paragraph_sentence_ends(text), ["It said so.".len()]);
    }

    #[test]
    fn an_actors_possessive_before_a_post_in_an_apposition_names_it() {
        assert_eq!(
            actor_after("Jo Lin, Atlantis's agent in the proceedings, told reporters so."),
            some("atlantis")
        );
        // Must not: a noun that is no post (nor a noun of one who
        // acts for another).
        assert_eq!(
            actor_after("Jo Lin, Atlantis's fiercest critic, told reporters so."),
            None
        );
    }

    #[test]
    fn a_title_slot_is_read_without_when_or_where_the_post_is_held() {
        assert_eq!(
            actor_after("Jo Lin, the Relief Committee forecaster on duty, told reporters so."),
            some("relief")
        );
        assert_eq!(
            actor_after("As the Relief Committee forecaster on duty, Jo Lin, told reporters so."),
            some("relief")
        );
        // Must not: a noun of how one stands toward the body.
        assert_eq!(
            actor_after("Jo Lin, a Relief Committee critic on television, told reporters so."),
            None
        );
    }

    #[test]
    fn a_profession_at_a_body_named_by_its_noun_is_at_that_body() {
        assert_eq!(
            actor_after(
                "The Relief Committee raised the alert on Saturday. A forecaster at the committee, Jo Lin, told reporters it was clear."
            ),
            some("relief")
        );
        // Must not: a body the article never named, or a nationality.
        assert_eq!(
            actor_after("A forecaster at the institute, Jo Lin, told reporters it was clear."),
            None
        );
        assert_eq!(
            actor_after("An Atlantean forecaster, Jo Lin, told reporters it was clear."),
            None
        );
    }

    #[test]
    fn an_actor_describing_a_name_before_it_is_not_whose_office_its_means() {
        // The words before the actor in the sentence before `Its ...`.
        assert!(in_apposition_of_a_name(&words("Komeito, the")));
        assert!(in_apposition_of_a_name(&words("Komeito Party, the")));
        assert!(!in_apposition_of_a_name(&words("In Tokyo, the")));
        assert!(!in_apposition_of_a_name(&words("On Monday, the")));
        assert!(!in_apposition_of_a_name(&words("the")));
    }

    #[test]
    fn its_or_their_office_stands_for_a_body() {
        assert!(is_possessive_office("Its president"));
        assert!(is_possessive_office("their chief executive"));
        assert!(!is_possessive_office("its new stadium"));
        assert!(!is_possessive_office("the president"));
    }

    /// (speaker, actor) of each quote of `body`, against two US parties
    /// known by their names only, a campaign that lists its candidate, a
    /// state office that lists its governor and a committee.
    fn affiliated_in_us(body: &str) -> Vec<(Option<String>, Option<String>)> {
        let party = |id: &str, name: &str, aliases: &[&str]| Actor {
            kind: Some("party".into()),
            ..test_support::actor(id, name, aliases)
        };
        let registry = Registry::new(&[
            party("red", "Republican Party", &["Republicans", "Republican"]),
            party("blue", "Democratic Party", &["Democrats", "Democratic"]),
            Actor {
                kind: Some("campaign".into()),
                people: vec![test_support::person(
                    "Tomas Dorn Jr.",
                    None,
                    &["Dorn", "Tomas Dorn"],
                )],
                ..test_support::actor("dorn-campaign", "Dorn campaign", &["Dorn campaign"])
            },
            Actor {
                people: vec![test_support::person("Ivo Marchetti", None, &["Marchetti"])],
                ..test_support::actor("governor", "Office of the Governor", &[])
            },
            test_support::actor("relief", "Relief Committee", &["Relief Committee"]),
        ]);
        speakers_and_actors(&registry, body)
    }

    #[test]
    fn a_one_letter_party_tag_names_the_party_by_its_name() {
        let found = affiliated_in_us(
            "Rep. Lena Hoskins (R-Ky.), whose district is rural, spoke first.\n\n“We will not move,” Hoskins said.\n",
        );
        assert_eq!(found, [(some("Lena Hoskins"), some("red"))]);
        let found = affiliated_in_us("“We will not move,” said Sen. Pavel Orr (D-Vt.).\n");
        assert_eq!(found, [(some("Pavel Orr"), some("blue"))]);
        // A letter no party goes by names none.
        let found = affiliated_in_us("“We will not move,” said Sen. Pavel Orr (Q-Vt.).\n");
        assert_eq!(found, [(some("Pavel Orr"), None)]);
    }

    #[test]
    fn an_office_at_another_mention_goes_before_a_party_tag() {
        let found = affiliated_in_us(
            "“We will not move,” said Lena Hoskins.\n\nSen. Lena Hoskins (R-Ky.) spoke first.\n\nHoskins, who chairs the Relief Committee, left early.\n",
        );
        assert_eq!(found, [(some("Lena Hoskins"), some("relief"))]);
    }

    #[test]
    fn a_party_word_before_an_outsiders_noun_names_no_party() {
        let found = affiliated_in_us(
            "“The count is slow,” said Wes Albright, a Republican consultant in Reno.\n",
        );
        assert_eq!(found, [(some("Wes Albright"), None)]);
        let found = affiliated_in_us(
            "“The count is slow,” said Wes Albright, a Republican lawmaker from Reno.\n",
        );
        assert_eq!(found, [(some("Wes Albright"), some("red"))]);
    }

    #[test]
    fn a_candidates_relative_is_not_the_campaign() {
        let found = affiliated_in_us(
            "Tomas Dorn conceded.\n\n“He needs sleep,” said Marta Dorn, a teacher.\n\n“We fought hard,” Tomas Dorn said.\n",
        );
        assert_eq!(
            found,
            [
                (some("Marta Dorn"), None),
                (some("Tomas Dorn Jr."), some("dorn-campaign"))
            ]
        );
    }

    #[test]
    fn a_candidates_lawyer_speaks_for_the_campaign() {
        let found = affiliated_in_us(
            "Dorn's lawyer, Quentin Faber, said the ruling was “plainly wrong.”\n\nTomas Dorn said little. His lawyer, Ada Szabo, went on: “We will appeal,” Szabo said.\n",
        );
        assert_eq!(
            found,
            [
                (some("Quentin Faber"), some("dorn-campaign")),
                (some("Ada Szabo"), some("dorn-campaign"))
            ]
        );
        // A lawyer of someone with no campaign speaks for the client only.
        let found = affiliated_in_us(
            "Marchetti's lawyer, Quentin Faber, said the ruling was “plainly wrong.”\n",
        );
        assert_eq!(found, [(some("Quentin Faber"), None)]);
    }

    #[test]
    fn an_adviser_to_a_titled_principal_speaks_for_the_principals_actor() {
        let found = affiliated_in_us(
            "Nora Feld, a senior adviser to Gov. Marchetti, said he “respects the courts.”\n",
        );
        assert_eq!(found, [(some("Nora Feld"), some("governor"))]);
    }

    #[test]
    fn a_candidates_relative_is_not_the_campaign_whatever_the_words_around() {
        let found = affiliated_in_us(
            "Tomas Dorn conceded.\n\n“He needs sleep,” said Marta Dorn, a nurse who rarely spoke during the Dorn campaign.\n",
        );
        assert_eq!(found, [(some("Marta Dorn"), None)]);
        // Staff with another surname are the campaign's, as the words say.
        let found = affiliated_in_us(
            "“He needs sleep,” said Ines Kovac, a spokeswoman for the Dorn campaign.\n",
        );
        assert_eq!(found, [(some("Ines Kovac"), some("dorn-campaign"))]);
    }

    #[test]
    fn a_lawyer_representing_a_body_speaks_for_it() {
        let found = affiliated_in_us(
            "Ines Kovac, a lawyer representing the Dorn campaign and the Relief Committee, called it “a stunt.”\n",
        );
        assert_eq!(found, [(some("Ines Kovac"), some("dorn-campaign"))]);
        // Counsel for people the files do not list speak for no actor.
        let found = affiliated_in_us(
            "Ines Kovac, a lawyer representing several voters, called it “a stunt.”\n",
        );
        assert_eq!(found, [(some("Ines Kovac"), None)]);
    }

    #[test]
    fn an_office_of_a_body_before_a_full_name_is_no_part_of_it() {
        let found = affiliated_in_us(
            "Registrar of Voters Milo T. Ferrante opened the count.\n\n“We will not rush,” Ferrante said.\n",
        );
        assert_eq!(found, [(some("Milo T. Ferrante"), None)]);
    }

    /// A party with a child in each chamber, a caucus under the party
    /// that also names a chamber, a caucus of its own, a state, and a
    /// leader whose staff speak for their party in the Senate.
    fn affiliated_in_congress(body: &str) -> Vec<(Option<String>, Option<String>)> {
        let kind = |kind: &str, parent: Option<&str>, actor: Actor| Actor {
            kind: Some(kind.into()),
            parent: parent.map(str::to_string),
            ..actor
        };
        let registry = Registry::new(&[
            kind(
                "party",
                None,
                test_support::actor("red", "Republican Party", &["Republicans", "Republican"]),
            ),
            kind(
                "party-caucus",
                Some("red"),
                test_support::actor("house-reds", "House Republicans", &["House GOP"]),
            ),
            Actor {
                people: vec![test_support::person("Ana Reyes", None, &["Reyes"])],
                ..kind(
                    "party-caucus",
                    Some("red"),
                    test_support::actor("senate-reds", "Senate Republicans", &["Senate GOP"]),
                )
            },
            kind(
                "caucus",
                Some("house-reds"),
                test_support::actor("lantern", "House Lantern Caucus", &["Lantern Caucus"]),
            ),
            kind(
                "caucus",
                None,
                test_support::actor("mend", "Mend-It Caucus", &["Mend-It Caucus"]),
            ),
            Actor {
                offices: vec!["Ohio governor".into()],
                ..kind(
                    "state-government",
                    None,
                    test_support::actor("ohio", "State of Ohio", &["Ohio"]),
                )
            },
        ]);
        speakers_and_actors(&registry, body)
    }

    #[test]
    fn a_members_chamber_title_leads_to_the_party_in_that_chamber() {
        let found =
            affiliated_in_congress("Rep. Ada Quill, R-Ohio, voted no.\n\n“We stay,” Quill said.\n");
        assert_eq!(found, [(some("Ada Quill"), some("house-reds"))]);
        let found =
            affiliated_in_congress("Sen. Ada Quill (R-Ohio) voted no.\n\n“We stay,” Quill said.\n");
        assert_eq!(found, [(some("Ada Quill"), some("senate-reds"))]);
        // A committee's title names its chamber too.
        let found = affiliated_in_congress(
            "House Rules Committee Chairman Ada Quill, R-Ohio, voted no.\n\n“We stay,” Quill said.\n",
        );
        assert_eq!(found, [(some("Ada Quill"), some("house-reds"))]);
    }

    #[test]
    fn a_party_tag_and_a_chamber_title_name_the_caucus_where_no_party_is_filed() {
        let party = test_support::party;
        let registry = Registry::new(&[
            party(
                "senate-gop",
                "Ohio Senate Republican Caucus",
                &["Senate Republicans"],
            ),
            party(
                "house-dems",
                "Ohio House Democratic Caucus",
                &["House Democrats"],
            ),
            party("senate-dems", "Ohio Senate Democratic Caucus", &[]),
        ]);
        let found = |body: &str| speakers_and_actors(&registry, body);
        let some = |s: &str| Some(s.to_string());
        let found_tag =
            found("“We pay for it,” said state Sen. Dale Korver, R-Westmoreland, who voted no.\n");
        assert_eq!(found_tag, [(some("Dale Korver"), some("senate-gop"))]);
        // A district's number, and the style with a period and a comma.
        let found_number = found("Sen. Ida Vell (D-31) spoke.\n\n“No,” Vell said.\n");
        assert_eq!(found_number, [(some("Ida Vell"), some("senate-dems"))]);
        let found_period = found("Rep. Ana Ruiz (D., Philadelphia) spoke.\n\n“No,” Ruiz said.\n");
        assert_eq!(found_period, [(some("Ana Ruiz"), some("house-dems"))]);
        let found_word = found("Republican Sen. Dale Korver spoke.\n\n“No,” Korver said.\n");
        assert_eq!(found_word, [(some("Dale Korver"), some("senate-gop"))]);
        // No caucus of that party in that chamber; no chamber title.
        let none_filed = found("Rep. Dale Korver (R-Ohio) spoke.\n\n“No,” Korver said.\n");
        assert_eq!(none_filed, [(some("Dale Korver"), None)]);
        let no_title = found("Dale Korver (D-Ohio) spoke.\n\n“No,” Korver said.\n");
        assert_eq!(no_title, [(some("Dale Korver"), None)]);
    }

    #[test]
    fn no_chamber_title_keeps_the_party() {
        let found =
            affiliated_in_congress("Ada Quill, R-Ohio, voted no.\n\n“We stay,” Quill said.\n");
        assert_eq!(found, [(some("Ada Quill"), some("red"))]);
        // A chamber word at the end of the sentence before is no title.
        let found = affiliated_in_congress(
            "The vote moved to the House. Ada Quill, R-Ohio, voted no.\n\n“We stay,” Quill said.\n",
        );
        assert_eq!(found, [(some("Ada Quill"), some("red"))]);
    }

    #[test]
    fn a_chamber_title_leads_to_no_caucus_that_says_more() {
        // From the House Republicans, `House` names nothing new: the
        // Lantern Caucus needs its own words.
        let found = affiliated_in_congress(
            "Rep. Ada Quill, a member of the House GOP, voted no.\n\n“We stay,” Quill said.\n",
        );
        assert_eq!(found, [(some("Ada Quill"), some("house-reds"))]);
    }

    #[test]
    fn a_shared_role_that_names_a_body_beats_the_party_tag() {
        let found = affiliated_in_congress(
            "Rep. Ada Quill, R-Ohio, a co-chair of the bipartisan Mend-It Caucus, said the talks were “over.”\n",
        );
        assert_eq!(found, [(some("Ada Quill"), some("mend"))]);
    }

    #[test]
    fn an_abbreviated_title_after_a_state_is_its_office() {
        let found = affiliated_in_congress(
            "Ohio Gov. Lena Park said the parks would stay “open for now.”\n",
        );
        assert_eq!(found, [(some("Lena Park"), some("ohio"))]);
        // `Gov.` alone may be any state's.
        let found =
            affiliated_in_congress("Gov. Lena Park said the parks would stay “open for now.”\n");
        assert_eq!(found, [(some("Lena Park"), None)]);
    }

    #[test]
    fn staff_of_a_listed_person_speak_for_that_persons_actor() {
        let found = affiliated_in_congress(
            "Jo Pike, Ms. Reyes's deputy chief of staff, said the talks were “stuck.”\n",
        );
        assert_eq!(found, [(some("Jo Pike"), some("senate-reds"))]);
        // A rival is no staff.
        let found = affiliated_in_congress(
            "Jo Pike, Ms. Reyes's longtime rival, said the talks were “stuck.”\n",
        );
        assert_eq!(found, [(some("Jo Pike"), None)]);
    }

    /// (speaker, actor) of each quote of `body`, against a court filed
    /// as `government` (as writers often file one), a commission, a
    /// party, and a listed judge known as `Judge Tarn`.
    fn affiliated_round_forty_five(body: &str) -> Vec<(Option<String>, Option<String>)> {
        let kind = |kind: &str, actor: Actor| Actor {
            kind: Some(kind.into()),
            ..actor
        };
        let registry = Registry::new(&[
            Actor {
                people: vec![test_support::person(
                    "Oskar Tarn",
                    Some("Judge"),
                    &["Judge Tarn"],
                )],
                ..kind(
                    "government",
                    test_support::actor("apex", "Supreme Court of Tarnland", &["apex court"]),
                )
            },
            kind(
                "organization",
                test_support::actor("poll", "Poll Commission", &["Poll Commission"]),
            ),
            kind(
                "party",
                test_support::actor("blues", "Blue Party", &["Blue Party", "Blues"]),
            ),
        ]);
        speakers_and_actors(&registry, body)
    }

    #[test]
    fn a_justice_sits_on_the_body_named_a_court_whatever_its_kind() {
        let found = affiliated_round_forty_five(
            "The Supreme Court of Tarnland heard the petition. Justice Ida Brenn was sharp.\n\n\
             “Who verified the forms?” Brenn asked.\n",
        );
        assert_eq!(found, [(some("Ida Brenn"), some("apex"))]);
    }

    #[test]
    fn a_subordinate_clause_before_a_name_says_nothing_of_it() {
        // The counsel of the clause are the commission's, not the judge.
        let found = affiliated_round_forty_five(
            "The Supreme Court of Tarnland sat on Monday.\n\n\
             When counsel for the Poll Commission argued that the chair alone could declare, \
             Justice Ida Brenn interrupted.\n\n“Who verified the forms?” Brenn asked.\n",
        );
        assert_eq!(found, [(some("Ida Brenn"), some("apex"))]);
        // A subordinator before a noun phrase still opens words about
        // the name after the comma.
        let found = affiliated_round_forty_five(
            "The vote was close, while the Blue Party's whip, Ivo Lund, was absent.\n\n\
             “We will return,” Lund said.\n",
        );
        assert_eq!(found, [(some("Ivo Lund"), some("blues"))]);
    }

    #[test]
    fn a_title_and_surname_listed_for_another_person_is_not_this_ones_mention() {
        // `Judge Tarn` is the listed judge, not his wife quoted.
        let found = affiliated_round_forty_five(
            "The Supreme Court of Tarnland met.\n\n\
             Mia Tarn, reached at home, said: “He is a good man.”\n\n\
             Judge Tarn spoke first. Mia Tarn, the judge's wife, sat behind him.\n",
        );
        assert_eq!(found, [(some("Mia Tarn"), None)]);
    }
}
