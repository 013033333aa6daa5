//! The gender the article itself tells of the people it names, read once
//! over the whole body before attribution: a `he` or `she` in the
//! sentence whose subject the name is (`Echavarría, speaking at a bodega
//! where she launched her campaign, said`, `Ravenell said he had
//! called`), and `Mr.`, `Ms.` or `Mrs.` before a surname anywhere,
//! quotes included. It is a fact about the person, not about who spoke
//! last, so a pronoun frame read wrongly earlier never outweighs it.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::lexicon::{
    CONJUNCTIONS, FEMALE_PERSON_NOUNS, KIN_AND_CALLING_NOUNS, MALE_PERSON_NOUNS, OFFICE_WORDS,
    PERSON_NOUNS, PREPOSITIONS, PROFESSION_NOUNS, ROLE_NOUNS,
};
use super::resolve::Gender;
use super::speaker;
use super::text::{self, Word, sentence_ends};
use crate::markdown::{Block, BlockKind};

/// How far after the name a pronoun may stand and still be read as the
/// name's: further on, the sentence has usually turned to someone else.
const REACH_IN_WORDS: usize = 25;

/// Words before a capitalised run that make it a place or a day (`at a
/// bodega in Sunset Park`, `on Monday`), not another person the pronoun
/// could mean.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "near", "outside", "inside", "across", "on", "to", "of",
];

/// Words after `her` that show it is no possessive (`called her on
/// Monday`, `thanked her again`): then it is an object, someone else.
const NOT_POSSESSED: &[&str] = &[
    "again", "back", "down", "up", "out", "off", "now", "then", "too", "last", "next", "later",
    "when", "after", "before", "because", "so", "that", "as", "if", "while",
];

/// What the article tells of each person's gender.
#[derive(Debug, Default)]
pub(super) struct ToldGenders {
    /// Each telling by the surname it names: the given name when it gave
    /// one, and the gender. Keyed so that a lookup, asked for every
    /// person a pronoun might mean, compares only tellings of that
    /// surname.
    by_surname: FxHashMap<String, Vec<(Option<String>, Gender)>>,
}

impl ToldGenders {
    /// Reads every paragraph of the body outside headings; `quotes` are
    /// the outer ranges of the quotes found in it.
    pub(super) fn read(body: &str, blocks: &[Block], quotes: &[Range<usize>]) -> Self {
        let mut tellings = Vec::new();
        for block in blocks.iter().filter(|b| b.kind != BlockKind::Heading) {
            let Some(text) = body.get(block.range.clone()) else {
                continue;
            };
            let base = block.range.start;
            let ends = sentence_ends(text);
            let starts = std::iter::once(0).chain(ends.iter().copied());
            let ends = ends.iter().copied().chain(std::iter::once(text.len()));
            for (start, end) in starts.zip(ends) {
                let quoted = |at: usize| quotes.iter().any(|q| q.contains(&(base + at)));
                let Some(sentence) = text.get(start..end) else {
                    continue;
                };
                if quoted(start) {
                    continue;
                }
                tellings.extend(told_by_pronoun(sentence, &|at| quoted(start + at)));
            }
            tellings.extend(told_by_title(text));
            tellings.extend(told_by_gendered_apposition(text));
        }
        let mut told = ToldGenders::default();
        for (name, gender) in tellings {
            if let Some((surname, given)) = surname_and_given(&name) {
                let given = given.map(str::to_string);
                (told.by_surname.entry(surname.to_string()).or_default()).push((given, gender));
            }
        }
        told
    }

    /// The gender every telling for `name` agrees on (`Ravenell` for
    /// `Marcus T. Ravenell`); none when tellings disagree. A telling is
    /// for `name` when it gives the same surname, and the same given name
    /// when both give one (`Curtis Ravenell` is not `Marcus Ravenell`).
    pub(super) fn of(&self, name: &str) -> Option<Gender> {
        let (surname, given) = surname_and_given(name)?;
        let mut genders = (self.by_surname.get(surname)?.iter())
            .filter(|(told, _)| told.as_deref().zip(given).is_none_or(|(x, y)| x == y))
            .map(|(_, g)| *g);
        let first = genders.next()?;
        genders.all(|g| g == first).then_some(first)
    }
}

/// A name's surname (its last word, without `'s`), and its given name when
/// it has two words or more and the first is longer than an initial.
fn surname_and_given(name: &str) -> Option<(&str, Option<&str>)> {
    let mut words = (name.split_whitespace()).map(text::without_possessive);
    let first = words.next()?;
    Some(match words.next_back() {
        None => (first, None),
        Some(last) => (last, (first.chars().count() > 2).then_some(first)),
    })
}

/// `Ravenell said he had called`, `Tenorio-Banks, a home care worker who
/// said she had volunteered`: the first pronoun after the name that
/// opens the sentence tells the name's gender when nothing between could
/// be what it means (another name, a noun for a person, an object
/// pronoun, a quote).
fn told_by_pronoun(sentence: &str, quoted: &dyn Fn(usize) -> bool) -> Option<(String, Gender)> {
    // Most sentences have no such pronoun: their subject is not parsed.
    if !has_subject_pronoun(sentence) {
        return None;
    }
    let subject = speaker::opening_subject(sentence)?;
    let name = subject
        .name
        .filter(|_| subject.pronoun.is_none() && subject.names_someone())?;
    // `name` is a part of `sentence`: where it ends there.
    let name_end = (name.as_ptr() as usize).checked_sub(sentence.as_ptr() as usize)? + name.len();
    if sentence
        .get(..name_end)
        .is_none_or(|before| !before.ends_with(name))
    {
        return None;
    }
    let ws = text::words(sentence);
    let first = ws.iter().position(|w| w.start >= name_end)?;
    // `Name, a home care worker from Flatbush who ...`: the apposition
    // describes the name, so its noun for a person is theirs.
    // `Name, 63, a retired doorman`: an age may come first.
    let age = usize::from(
        ws[first].text.chars().all(|c| c.is_ascii_digit()) && ws[first].after.contains(','),
    );
    let opens_apposition = (ws.get(first + age)).is_some_and(|w| w.is(&["a", "an"]))
        && sentence[..ws[first].start].trim_end().ends_with(',');
    let apposition_end = opens_apposition
        .then(|| (first + age..ws.len()).find(|&k| ws[k].after.contains(',') || ws[k].is(&["who"])))
        .flatten()
        .unwrap_or(first);
    for k in first..ws.len().min(first + REACH_IN_WORDS) {
        let w = &ws[k];
        if quoted(w.start) {
            return None;
        }
        if let Some(gender) = pronoun_gender(w) {
            return Some((name.to_string(), gender));
        }
        if object_pronoun(&ws, k) {
            return None;
        }
        let in_apposition = k < apposition_end;
        let names_a_person = w.is_any(&[
            PERSON_NOUNS,
            FEMALE_PERSON_NOUNS,
            MALE_PERSON_NOUNS,
            KIN_AND_CALLING_NOUNS,
            OFFICE_WORDS,
            ROLE_NOUNS,
            PROFESSION_NOUNS,
        ]);
        if names_a_person && !in_apposition || w.is_capitalised() && !a_place(&ws, k) {
            return None;
        }
    }
    None
}

/// The pronouns [`told_by_pronoun`] reads, lowercase; each has an `h`.
const SUBJECT_PRONOUNS: [&str; 4] = ["he", "she", "himself", "herself"];

/// Whether `sentence` holds a word of [`SUBJECT_PRONOUNS`] in any ASCII
/// case, between characters that are not letters. Every sentence of the
/// body is asked and few hold one: the scan goes from `h` to `h` (each
/// pronoun has one, first or after an `s`), not a character at a time.
fn has_subject_pronoun(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    memchr::memchr2_iter(b'h', b'H', bytes).any(|h| {
        let after_s = h > 0 && bytes[h - 1].eq_ignore_ascii_case(&b's');
        let start = if after_s { h - 1 } else { h };
        SUBJECT_PRONOUNS
            .iter()
            .any(|pronoun| is_whole_word_at(sentence, start, pronoun))
    })
}

/// Whether `word` (ASCII) stands at byte `start` of `text` in any ASCII
/// case, with no letter touching it on either side.
fn is_whole_word_at(text: &str, start: usize, word: &str) -> bool {
    let end = start + word.len();
    text.as_bytes()
        .get(start..end)
        .is_some_and(|bytes| bytes.eq_ignore_ascii_case(word.as_bytes()))
        && !text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
        && !text[end..].chars().next().is_some_and(char::is_alphabetic)
}

/// The gender the pronoun at `k` tells of its antecedent, if it is a
/// subject or reflexive pronoun (`he`, `herself`). A possessive tells
/// nothing: `came to his defence` is as often someone else's.
fn pronoun_gender(w: &Word<'_>) -> Option<Gender> {
    if w.is(&["he", "himself"]) {
        Some(Gender::Male)
    } else if w.is(&["she", "herself"]) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// An object pronoun (`called her on Monday`, `told him`) means someone
/// other than the subject, so a later one may too; a possessive `her`
/// (`her campaign`) does not.
fn object_pronoun(ws: &[Word<'_>], k: usize) -> bool {
    let w = &ws[k];
    let possessive = ws.get(k + 1).is_some_and(|next| {
        w.after.trim().is_empty()
            && !next.is_capitalised()
            && !next.is_any(&[PREPOSITIONS, CONJUNCTIONS, NOT_POSSESSED])
    });
    w.is(&["him", "them", "they"]) || w.is(&["her"]) && !possessive
}

/// Whether the capitalised word at `k` is part of a place or a day after
/// a preposition (`in Sunset Park`), not a person's name.
fn a_place(ws: &[Word<'_>], k: usize) -> bool {
    let mut j = k;
    // Back over the run of capitalised words joined without punctuation,
    // and `the` (`in the Bronx`).
    while j > 0 && ws[j - 1].is_capitalised() && ws[j - 1].after.trim().is_empty() {
        j -= 1;
    }
    if j > 0 && ws[j - 1].is(&["the"]) {
        j -= 1;
    }
    j > 0 && ws[j - 1].is(PLACE_PREPOSITIONS) && ws[j - 1].after.trim().is_empty()
}

/// `Mr. Zappacosta`, `Ms. Lin`: the title tells the surname's gender,
/// inside a quote as well as outside.
fn told_by_title(text: &str) -> Vec<(String, Gender)> {
    // Most paragraphs have no title: not split into words for nothing.
    if !text.contains("Mr") && !text.contains("Ms") {
        return Vec::new();
    }
    let ws = text::words(text);
    (ws.windows(2))
        .filter_map(|pair| {
            let gender = match pair[0].text {
                "Mr" => Gender::Male,
                "Mrs" | "Ms" => Gender::Female,
                _ => return None,
            };
            let joined = matches!(pair[0].after, "." | "");
            let surname = text::without_possessive(pair[1].text);
            (joined && pair[1].is_capitalised()).then(|| (surname.to_string(), gender))
        })
        .collect()
}

/// `His father, Salih Ibrahim, stood`, `her mother, Esther Chelangat,
/// told`: a gendered noun for a person (`father`, `wife`, `woman`) after
/// a possessive and set off by a comma, with the name after it closed by
/// a comma, is that name's apposition and tells its gender.
fn told_by_gendered_apposition(text: &str) -> Vec<(String, Gender)> {
    // Most paragraphs have no such apposition: not split into words for
    // nothing.
    if !has_possessive_before_comma(text) {
        return Vec::new();
    }
    let ws = text::words(text);
    let mut told = Vec::new();
    for k in 1..ws.len() {
        let gender = if ws[k].is(MALE_PERSON_NOUNS) {
            Gender::Male
        } else if ws[k].is(FEMALE_PERSON_NOUNS) {
            Gender::Female
        } else {
            continue;
        };
        if ws[k].after.trim() != ","
            || !ws[k - 1].is(&["his", "her", "their"])
            || !ws[k - 1].after.trim().is_empty()
        {
            continue;
        }
        let run = (ws[k + 1..].iter())
            .position(|w| !w.is_capitalised() || !w.after.trim().is_empty())
            .map(|n| k + 1 + n);
        if let Some(last) = run.filter(|&l| l > k && ws[l].is_capitalised())
            && ws[last].after.trim() == ","
            && let Some(name) = text.get(ws[k + 1].start..ws[last].end)
        {
            told.push((name.to_string(), gender));
        }
    }
    told
}

/// Whether a comma in `text` follows `his`, `her` or `their` and one word
/// (`His father,`): the only place an apposition of a gendered noun can
/// stand, found without splitting the paragraph into words.
fn has_possessive_before_comma(text: &str) -> bool {
    text.match_indices(',').any(|(at, _)| {
        let mut before = text[..at].rsplit(char::is_whitespace);
        before.next().is_some_and(|noun| !noun.is_empty())
            && before.next().is_some_and(|possessive| {
                ["his", "her", "their"]
                    .iter()
                    .any(|p| possessive.eq_ignore_ascii_case(p))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::find_quotes;
    use crate::markdown::blocks;

    fn told(body: &str) -> ToldGenders {
        let blocks = blocks(body);
        let quotes: Vec<Range<usize>> = find_quotes(body, &blocks)
            .iter()
            .map(|q| q.outer.clone())
            .collect();
        ToldGenders::read(body, &blocks, &quotes)
    }

    #[test]
    fn a_pronoun_in_the_names_own_clause_tells_the_gender() {
        let t = told(
            "Echavarría, speaking an hour later at a bodega in Sunset Park where she launched \
             her campaign, said the mayor had been gracious.\n\nRavenell said he had called \
             Echavarría to congratulate her.\n\nGatica said her review showed she had \
             been right.",
        );
        assert_eq!(t.of("Teodora Echavarría"), Some(Gender::Female));
        assert_eq!(t.of("Marcus T. Ravenell"), Some(Gender::Male));
        assert_eq!(t.of("Gatica"), Some(Gender::Female));
    }

    #[test]
    fn an_apposition_that_describes_the_name_does_not_stop_the_reading() {
        let t = told(
            "Denise Tenorio-Banks, a home care worker from Flatbush who said she had \
             volunteered, was in tears.\n\nHéctor Ocasio, 63, a retired doorman in the Bronx, \
             said that he voted.",
        );
        assert_eq!(t.of("Tenorio-Banks"), Some(Gender::Female));
        assert_eq!(t.of("Ocasio"), Some(Gender::Male));
    }

    #[test]
    fn a_title_tells_the_surnames_gender_inside_a_quote_too() {
        let t = told("“Mr. Zappacosta has spent a month talking,” Lin said.");
        assert_eq!(t.of("Carmine Zappacosta"), Some(Gender::Male));
    }

    #[test]
    fn a_pronoun_after_another_person_or_an_object_her_tells_nothing() {
        let t = told(
            "Dorn said the mayor told reporters she would run.\n\nReyes thanked Ivo Tovey, who \
             said he was proud.\n\nLind called her on Monday and she agreed.\n\nAmes said \
             “she is wrong,” and left.\n\nThe High Commissioner, Inés Mondragón, came to his \
             defence.",
        );
        assert_eq!(t.of("Dorn"), None);
        assert_eq!(t.of("Reyes"), None);
        assert_eq!(t.of("Lind"), None);
        assert_eq!(t.of("Ames"), None);
        assert_eq!(t.of("Mondragón"), None);
    }

    #[test]
    fn tellings_that_disagree_tell_nothing_and_another_given_name_is_another_person() {
        let t = told(
            "Kim said he would stay.\n\nKim said she would go.\n\nCurtis Ravenell said he \
             was innocent.",
        );
        assert_eq!(t.of("Kim"), None);
        assert_eq!(t.of("Marcus Ravenell"), None);
        assert_eq!(t.of("Curtis Ravenell"), Some(Gender::Male));
    }

    #[test]
    fn only_a_comma_after_a_possessive_and_one_word_is_looked_at() {
        assert!(has_possessive_before_comma(
            "Her daughter, Mi-rae Gwon, 17,"
        ));
        assert!(has_possessive_before_comma(
            "He came with his wife, Gulistan."
        ));
        assert!(!has_possessive_before_comma(
            "This was final, she said of her decision."
        ));
        assert!(!has_possessive_before_comma("His decision was final."));
    }

    #[test]
    fn a_gendered_noun_in_apposition_tells_the_names_gender() {
        let t = told(
            "His father, Salih Ibrahim, stood by the grave with his wife, Gulistan, as the \
             coffin was lowered. Her colleague, Ann Reyes, said nothing.\n",
        );
        assert_eq!(t.of("Salih Ibrahim"), Some(Gender::Male));
        assert_eq!(t.of("Gulistan"), Some(Gender::Female));
        // `colleague` tells nothing.
        assert_eq!(t.of("Ann Reyes"), None);
    }

    /// The first way the pronouns were looked for: the sentence split at
    /// every character that is not a letter, each piece compared.
    fn has_subject_pronoun_by_split(sentence: &str) -> bool {
        (sentence.split(|c: char| !c.is_alphabetic())).any(|w| {
            ["he", "she", "himself", "herself"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
    }

    #[test]
    fn a_subject_pronoun_is_found_as_the_split_found_it() {
        for s in [
            "Ravenell said he had called.",
            "SHE left; Herself, HE, himSelf.",
            "the hen, she'd, shed, ashe, hes, theHe, she-wolf",
            "Éhe héhe heé he9 9she _he_ “he” he",
            "h",
            "s",
            "sh",
            "she",
            "",
            "shhe",
            "ſhe",
        ] {
            assert_eq!(
                has_subject_pronoun(s),
                has_subject_pronoun_by_split(s),
                "{s:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn a_subject_pronoun_is_found_as_the_split_found_it_in_any_text(
            s in "([hHsSeE]|im|er|self|SELF|[ ,.'’é9ſ_-]|.){0,24}"
        ) {
            proptest::prop_assert_eq!(has_subject_pronoun(&s), has_subject_pronoun_by_split(&s));
        }
    }
}
