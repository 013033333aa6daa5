//! People an article describes but does not name (`a woman behind him`,
//! `one voter`, `a retired casino porter`). A sentence that makes one of
//! them its subject makes them who `she` in the next quote means, as a
//! named subject would: the pronoun then names no one, never a person
//! quoted before them nor a name inside the description (`a woman
//! wearing a Dorn T-shirt`). The description's head noun (`woman`,
//! `father`) or the pronoun the sentence gives them (`who gave only his
//! first name`, `said she had voted`) tells their gender, so a `he`
//! after `a woman` still reaches the man quoted before.

use super::lexicon::{
    DESCRIBED_FEMALE_NOUNS, DESCRIBED_MALE_NOUNS, DOCUMENT_NOUNS, KIN_AND_CALLING_NOUNS,
    NOT_PERSON_AGENT_NOUNS, ORGANISATION_WORDS, PERSON_NOUNS, PREPOSITIONS, PROFESSION_NOUNS,
    SCENE_OPENERS, SOURCE_NOUNS, SPEECH_VERBS, STATEMENT_NOUNS,
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
            return next
                .filter(|n| n.is(&["he", "she"]))
                .and_then(pronoun_gender);
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
    agent
        || [
            PERSON_NOUNS,
            PROFESSION_NOUNS,
            KIN_AND_CALLING_NOUNS,
            SOURCE_NOUNS,
            DESCRIBED_FEMALE_NOUNS,
            DESCRIBED_MALE_NOUNS,
        ]
        .iter()
        .any(|list| w.is(list))
}

fn possessive(w: &Word<'_>) -> bool {
    w.after.starts_with("'s") || w.after.starts_with("’s") || w.text.ends_with("'s")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(sentence: &str) -> Option<(&str, Option<Gender>)> {
        subject_described(sentence).map(|u| (u.description, u.gender))
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
    }
}
