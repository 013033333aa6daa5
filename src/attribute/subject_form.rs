//! The subject stretch a speech frame hands over, read by its form when
//! no rule resolved it and it would otherwise be filed as an unnamed
//! source. An unnamed source is a description (`a senior official`);
//! a stretch that ends in a name after title and role words (`City
//! director of football Paolo Benedetti told`), a lone name
//! (`McAllister said`) or a pronoun (`In her acceptance speech she
//! said`, `the decision, which he said would`) is someone, and goes to
//! the reader that resolves that form. Anything else is left as it was.

use super::lexicon::{
    ANONYMOUS_DETERMINERS, FEMALE_GIVEN_NAMES, IRREGULAR_PAST_VERBS, MALE_GIVEN_NAMES, MONTH_NAMES,
    NAME_PARTICLES, ORGANISATION_WORDS, OUTLETS, PREPOSITIONS, PROFESSION_NOUNS, PRONOUNS,
    ROLE_NOUNS, SPEECH_VERBS, STATE_ABBREVIATIONS, SUBJECT_FORM_GROUP_WORDS, TIME_WORDS, TITLES,
};
use super::speaker::{self, Clause, Subject};
use super::text::{self, Word};
use super::{Entity, Reader, coref};

/// What the head of a subject stretch is, by its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Head<'t> {
    /// `he` or `she` as written: the pronoun reader decides who.
    Pronoun(&'t str),
    /// A person's name as written, without the title and role words
    /// before it (`descriptor`).
    Name { name: &'t str, descriptor: &'t str },
}

/// Words of a name a stretch may end with (`Winfield T. Aldersley Jr.`);
/// more is a title or a body's name run into the name.
const MAX_NAME_WORDS: usize = 5;

/// Title and role words a name may follow before the stretch is more
/// than a subject (`Union minister of state for environment`).
const MAX_DESCRIPTOR_WORDS: usize = 9;

/// Words of a stretch that opens with its pronoun (`She nonetheless`)
/// without ending in a conjunction before the verb.
const MAX_PRONOUN_OPENING_WORDS: usize = 3;

/// The head of `phrase`, the subject stretch of a frame, by its form;
/// `None` when it is a description, several people, a body or no
/// subject at all.
pub(super) fn head(phrase: &str) -> Option<Head<'_>> {
    let ws = text::words(phrase);
    let (first, last) = (ws.first()?, ws.last()?);
    // `the mayors, including Ivo Tovey,`: one of a group is not who spoke.
    if ws.iter().any(|w| w.is(SUBJECT_FORM_GROUP_WORDS)) {
        return None;
    }
    // `Reyes said no. He`: a stretch across a sentence's end is the
    // frame finder's misreading; whom its pronoun means, no one knows.
    let sentence_ends = ws[..ws.len() - 1]
        .iter()
        .any(|w| w.after.contains(['?', '!']) || w.after.contains('.') && !w.is_capitalised());
    // `Lin said she had asked the dealer and was told`: a pronoun after
    // a speech verb is the subject of what was said, not of the frame.
    let reported = ws[..ws.len() - 1]
        .iter()
        .any(|w| !w.is_capitalised() && w.is(SPEECH_VERBS));
    if sentence_ends || reported && (is_personal_pronoun(last) || is_personal_pronoun(first)) {
        return None;
    }
    if last.text == "I" {
        // `Mr. President, Minister. [...] I said`: the first person right
        // before the verb is the subject, and no name; the words before
        // it are another sentence (test `the_first_person_before_the_verb_names_no_one`).
        return None;
    }
    if is_personal_pronoun(last) && last.after.trim().is_empty() {
        // Right before the verb: `this afternoon he`, `which she`,
        // `As she`, `what he`.
        return Some(Head::Pronoun(last.text));
    }
    if is_personal_pronoun(first) && first.after.trim().is_empty() {
        // `She nonetheless`, `He declined to predict delays but`: the
        // pronoun opens the clause whose verb the frame found.
        let coordinated = last.is(&["and", "but"]);
        return (ws.len() <= MAX_PRONOUN_OPENING_WORDS || coordinated)
            .then_some(Head::Pronoun(first.text));
    }
    if first.is(ANONYMOUS_DETERMINERS) || first.is(&["the", "a", "an"]) {
        return None;
    }
    if last.is(&["and", "but"])
        && let Some(verb) = ws.iter().position(|w| !part_of_name_run(w))
        && verb > 0
        && is_past_verb(&ws[verb])
        && ws[verb - 1].after.trim().is_empty()
    {
        // `Harkavy declined to comment on the suit but`: the name that
        // opens a clause whose first verb is joined to the frame's.
        return name_head(&phrase[..ws[verb - 1].end], &ws[..verb]);
    }
    name_head(phrase, &ws)
}

/// `declined`, `welcomed`: a lowercase word in the past tense's `-ed`.
fn is_past_verb(w: &Word<'_>) -> bool {
    w.text.ends_with("ed") && w.text.chars().next().is_some_and(char::is_lowercase)
}

fn is_personal_pronoun(w: &Word<'_>) -> bool {
    w.is(&["he", "she"])
}

/// A name the stretch ends with, after title and role words.
fn name_head<'t>(phrase: &'t str, ws: &[Word<'t>]) -> Option<Head<'t>> {
    let last = ws.len() - 1;
    // The capitalised run the stretch ends with (particles and initials
    // inside it: `Lucas van der Berg`, `Winfield T. Aldersley Jr.`).
    let mut start = last;
    while start > 0 && part_of_name_run(&ws[start - 1]) {
        start -= 1;
    }
    if !ws[start].is_capitalised()
        || !ws[last].is_capitalised()
        || possessive(&ws[last])
        || ws[last].after.contains(',')
    {
        return None;
    }
    // `Minister of State Khalifa Al Mansoori`, `Office of Marsh and Fen
    // Director Ann Reyes`: after a preposition, the run's first word
    // ends the body or office the role names.
    let after_preposition = start > 0 && ws[start - 1].is(PREPOSITIONS);
    // `Minister of Foreign Affairs Quoren Daltavy`: a describing word
    // (`Foreign`) opening that body lengthens it by one word.
    let describing = (ws[start..last].iter())
        .take_while(|w| speaker::describes_person(w))
        .count();
    let skipped = if after_preposition && last - start >= 2 {
        1 + describing * usize::from(last - start >= 2 + describing)
    } else {
        0
    };
    let run_start = start + skipped;
    // `Minister of Brolt Harvests Quoren Daltavy`: after an office's
    // `of`, a name no list knows is the last two words (three with a
    // middle initial), as `speaker::parse_subject` reads it.
    let office_of = after_preposition
        && start >= 2
        && ws[start - 1].is(&["of"])
        && is_title_word(&ws[start - 2]);
    let initial = last >= 1 && ws[last - 1].text.chars().count() == 1 && ws[last - 1].after == ".";
    let office_department_end = if office_of && last >= start + 2 {
        (last - 1 - usize::from(initial && last >= start + 3)).max(run_start)
    } else {
        run_start
    };
    // The name starts at its first given name, else after the title,
    // office and role words the run opens with.
    let given =
        (run_start..=last).find(|&k| ws[k].is(FEMALE_GIVEN_NAMES) || ws[k].is(MALE_GIVEN_NAMES));
    // A title before the given name opens the name: in `Dr. Shawki
    // Saleh Bamatraf` the name is all three words, not from `Saleh`.
    let name_start = match given {
        Some(g) => (run_start..g)
            .rev()
            .find(|&k| ws[k].is(TITLES))
            .map_or(g, |title| title + 1),
        None => (run_start..=last)
            .find(|&k| !is_title_word(&ws[k]))
            .unwrap_or(last + 1)
            .max(office_department_end),
    };
    // A title before the name, or a role's preposition object skipped
    // (not the first of two names after `and`).
    let after_and = start > 0 && ws[start - 1].is(&["and", "&"]);
    let titled = name_start > run_start || run_start > start && !after_and;
    // `Senators Ann Reyes and Jo Lin`, `the Ministry of Fen Affairs`: a
    // run after a preposition or `and` with no title before it is a
    // second person or the rest of a body's name.
    if after_preposition && !titled
        || name_start > last
        || last + 1 - name_start > MAX_NAME_WORDS
        || name_start > MAX_DESCRIPTOR_WORDS
    {
        return None;
    }
    let name_words = &ws[name_start..=last];
    if name_words.iter().any(|w| w.is(ORGANISATION_WORDS)) {
        // `India's Ministry of Commerce`: a body, which other readers name.
        return None;
    }
    let before = &ws[..start];
    let lone = name_words.len() == 1;
    // `S` of `JD(S)`: a lone name has a lowercase letter and more than
    // an initial's length.
    let lone_word = &name_words[0];
    let name_like = lone_word.text.chars().count() >= 3
        && lone_word.text.chars().any(char::is_lowercase)
        && coref::could_be_a_lone_name(lone_word)
        // `Margaux`, `Reuters`, `Ala.`: a given name alone is no one the
        // package can complete; an outlet or a state is no speaker.
        && ![FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, OUTLETS, STATE_ABBREVIATIONS]
            .iter()
            .any(|list| lone_word.is(list));
    if lone && !(titled || before.is_empty() && name_like) {
        return None;
    }
    let listed = before
        .iter()
        .any(|w| w.is_capitalised() && w.after.contains(','));
    let possessed = before.last().is_some_and(possessive);
    // `Thousands of supporters rallied in central Bishkek`: a verb among
    // the words before the name makes the stretch a clause, not a title.
    // A noun after a preposition (`director of planning`) is no verb.
    let clause = before.iter().enumerate().any(|(k, w)| {
        !w.is_capitalised()
            && (w.text.ends_with("ed") || w.text.ends_with("ing"))
            && w.text.len() > 4
            && !(k > 0 && before[k - 1].is(PREPOSITIONS))
    });
    if listed || possessed || clause {
        return None;
    }
    Some(Head::Name {
        name: &phrase[name_words[0].start..ws[last].end],
        descriptor: phrase[..name_words[0].start].trim_end(),
    })
}

/// Lowercase words that may stand inside a body's name (`Rural Union of
/// Redenção`, `New Yorkers for a Safer City`).
const INNER_NAME_WORDS: &[&str] = &["of", "for", "and", "a", "an", "de", "the", "&"];

/// The name `phrase` ends with, its capitalised words and the lowercase
/// words a name holds between them, with `the` before it: `the American
/// College of Cardiology` of `we are aligned with the American College of
/// Cardiology`. `None` when the phrase does not end in a capitalised word.
fn trailing_name(phrase: &str) -> Option<&str> {
    let ws = text::words(phrase);
    let mut start = ws.len();
    while start > 0 && (ws[start - 1].is_capitalised() || ws[start - 1].is(INNER_NAME_WORDS)) {
        start -= 1;
    }
    // The name opens with a capitalised word or `the`, never `of`.
    while start < ws.len() && !ws[start].is_capitalised() && !ws[start].is(&["the"]) {
        start += 1;
    }
    let name = &ws[start..];
    let first_capital = name.iter().position(|w| w.is_capitalised())?;
    // `the` alone before a name ends it; a sentence-opening capital is no
    // name's start unless it is the whole phrase's first word.
    (first_capital <= 1 && start > 0).then(|| &phrase[name[0].start..])
}

/// `statement that morning`, `latest letter`: after `whose`, up to
/// three lowercase describing words, a document noun and words that
/// tell only when.
fn owned_document_words(ws: &[Word<'_>]) -> bool {
    let Some(noun) = ws.iter().position(super::documents::is_document_noun) else {
        return false;
    };
    noun <= 3
        && ws[..=noun].iter().all(text::is_lowercase)
        && ws[noun + 1..]
            .iter()
            .all(|w| is_time_word(w) || w.is(&["that", "this", "last"]))
}

/// A word that may stand between a relative pronoun and its verb and
/// tells only when (`who on Tuesday`, `which had earlier`, `who in
/// August 2031`).
fn is_time_word(w: &Word<'_>) -> bool {
    w.is(TIME_WORDS)
        || text::is_auxiliary(w)
        || w.is(MONTH_NAMES)
        || w.is(&[
            "in",
            "at",
            "ago",
            "month",
            "year",
            "weekend",
            "previously",
            "repeatedly",
        ])
        || w.text.chars().all(|c| c.is_ascii_digit())
}

/// Adverbs a reporter puts between a subject and its verb (`The
/// ministry also welcomed`).
const ADVERBS_BEFORE_PREDICATE: &[&str] = &["also", "then", "later", "again", "first"];

/// Words of the first or second person: a subject that holds one is the
/// speaker's own acquaintance or the addressee's (`My colleague looked
/// at the image and said`), never someone the article names.
const FIRST_AND_SECOND_PERSON_WORDS: &[&str] = &[
    "i", "we", "you", "my", "our", "your", "me", "us", "mine", "ours", "yours",
];

/// The first verb of a predicate a frame's verb may be joined to: a
/// lowercase past tense (`stood`, `welcomed`) or present (`says`).
fn is_predicate_verb(w: &Word<'_>) -> bool {
    !w.is_capitalised()
        && (is_past_verb(w) && w.text.len() > 3 || w.is(IRREGULAR_PAST_VERBS) || w.is(SPEECH_VERBS))
}

fn possessive(w: &Word<'_>) -> bool {
    speaker::is_possessive(w.text)
}

/// A word that may stand inside a name: capitalised or a particle, no
/// possessive, and no punctuation after it but an initial's point.
fn part_of_name_run(w: &Word<'_>) -> bool {
    (w.is_capitalised() || w.is(NAME_PARTICLES))
        && !possessive(w)
        && matches!(w.after.trim(), "" | ".")
}

/// A word of a title or role written before a name (`Colonel`,
/// `Director`): not the name itself. An acronym is not one: `BNP
/// Paribas` is a body's whole name.
fn is_title_word(w: &Word<'_>) -> bool {
    w.is(TITLES) || w.is(ROLE_NOUNS) || w.is(PROFESSION_NOUNS)
}

/// A frame's clause after its subject stretch was read by its form.
pub(super) struct SubjectReading<'a> {
    /// The clause with its subject re-read; `None`: read on as it was.
    pub(super) clause: Option<Clause<'a>>,
    /// Whom the subject read on names, when the reading already resolved
    /// it (a name nobody introduced given as written); `None`: not yet
    /// resolved (a pronoun, which its own reader resolves).
    pub(super) resolved: Option<Option<Entity>>,
}

impl Reader<'_> {
    /// `clause` with its subject read by its form, when no rule resolved
    /// the subject as the frame found it; with the speaker a lone name
    /// gives as written when nothing in the article or the files
    /// completes it (`McAllister said`: the person under a short name,
    /// not an unnamed `McAllister`). `None`: the clause stays as it was.
    pub(super) fn reread_subject<'a>(&self, clause: &Clause<'a>, at: usize) -> SubjectReading<'a> {
        let as_it_was = |resolved| SubjectReading {
            clause: None,
            resolved,
        };
        let Some(subject) = clause.subject.as_ref() else {
            return as_it_was(Some(None));
        };
        if subject.pronoun.is_some() {
            return as_it_was(None);
        }
        if let Some(entity) = self.resolve(subject, at) {
            return as_it_was(Some(Some(entity)));
        }
        if let Some(entity) = self.relative_antecedent(subject.phrase) {
            return as_it_was(Some(Some(entity)));
        }
        if let Some(entity) = self.coordinated_clause_subject(subject.phrase) {
            return as_it_was(Some(Some(entity)));
        }
        let Some(head) = head(subject.phrase) else {
            return as_it_was(Some(None));
        };
        let (reread, resolved) = match head {
            // `As he said it, a voice could be heard saying`: a clause of
            // time, not the frame; `as she put it` is one.
            Head::Pronoun(_)
                if text::first_word(subject.phrase).is_some_and(|w| w.is(&["as"]))
                    && clause.verb != "put" =>
            {
                return as_it_was(Some(None));
            }
            Head::Pronoun(pronoun) => (
                Subject {
                    phrase: pronoun,
                    pronoun: Some(pronoun),
                    ..Subject::default()
                },
                None,
            ),
            Head::Name { name, descriptor } => {
                let reread = Subject {
                    phrase: subject.phrase,
                    name: Some(name),
                    descriptor,
                    apposition: subject.apposition.clone(),
                    ..Subject::default()
                };
                // A name of two words or more is a name wherever it
                // stands (`Dr. Ilya Brandov` opening a paragraph); a lone
                // word must be written as one inside a sentence.
                if let Some(entity) = self.resolve(&reread, at) {
                    (reread, Some(Some(entity)))
                } else if name.contains(' ') || self.written_as_a_name(name) {
                    let as_written = Entity {
                        name: name.to_string(),
                        role: None,
                        actor: None,
                        person: true,
                    };
                    (reread, Some(Some(as_written)))
                } else {
                    // A word no one introduced and the article never
                    // writes as a name inside a sentence: `Officials`.
                    return as_it_was(Some(None));
                }
            }
        };
        SubjectReading {
            clause: Some(Clause {
                subject: Some(reread),
                ..clause.clone()
            }),
            resolved,
        }
    }

    /// `Kittredge, who on Tuesday urged his supporters to “...”`, `Cal
    /// Fire, which said in its final update that ...`: a relative `who`
    /// or `which` that is the frame's whole subject (but for the time
    /// words before its verb) stands for the noun phrase the comma or
    /// dash before it closes, in the same sentence; that phrase is
    /// resolved as a subject of its own would be. A document before
    /// `which` (`Corvanta's recall letter, which asks`) speaks for the
    /// body that owns it. `which` never stands for a person; an
    /// antecedent that holds a verb or names no one resolves to nobody.
    fn relative_antecedent(&self, phrase: &str) -> Option<Entity> {
        let ws = text::words(phrase);
        let (relative, rest) = ws.split_first()?;
        let which = relative.text == "which";
        // `Sen. Ann Reyes, whose statement that morning said`: the
        // statement's owner is the noun phrase before, a person or not.
        let owned_document = relative.text == "whose" && owned_document_words(rest);
        if !(which || relative.text == "who" || owned_document)
            || !owned_document && !rest.iter().all(is_time_word)
        {
            return None;
        }
        let body = self.article.body.as_str();
        let at = super::reported::offset_in(body, phrase);
        // The phrase must be the article's own text, not a copy.
        if !body
            .get(at..at + phrase.len())
            .is_some_and(|s| std::ptr::eq(s.as_ptr(), phrase.as_ptr()))
        {
            return None;
        }
        let paragraph_start = body[..at].rfind("\n\n").map_or(0, |i| i + 2);
        let before = &body[paragraph_start..at];
        let sentence = text::sentences(before).pop()?;
        let before = before[sentence].trim_end();
        if !before.ends_with([',', '—', '–']) {
            return None;
        }
        let (antecedent, _) = speaker::noun_phrase_before(before);
        let antecedent = antecedent.trim();
        let antecedent_words = text::words(antecedent);
        let last = antecedent_words.last()?;
        if antecedent_words
            .iter()
            .any(|w| w.is(PRONOUNS) || w.is(&["who", "which"]))
        {
            return None;
        }
        if super::noun_phrase::holds_finite_verb(antecedent) {
            // `according to Cal Fire, which said`, `a letter from Common
            // Sense Media, which says`: the body's name that ends a
            // clause is the nearest noun phrase, and `which` means it. Not
            // for `who`: `the daughter of Tom Dorn, who` may be either.
            let object = trailing_name(antecedent).filter(|_| which)?;
            return self
                .resolve(&speaker::parse_subject(object), at)
                .filter(|entity| !entity.person);
        }
        if super::documents::is_document_noun(last) {
            return self.body_document(antecedent, at);
        }
        let entity = self.resolve(&speaker::parse_subject(antecedent), at)?;
        (!(which && entity.person)).then_some(entity)
    }

    /// `The Governor stood at the terminal two weeks ago and said`, `Qatar's
    /// Ministry of Foreign Affairs also welcomed the agreement and said`:
    /// the frame's verb is the second of two joined to one subject, and
    /// the stretch handed over runs from that subject over the first
    /// verb's whole predicate to the `and`. The subject is the words
    /// before the first verb (a lowercase past tense, `also`, `then`
    /// or `later` allowed before it), resolved as a subject of its own
    /// would be; a description (`the minister`) goes to the description
    /// rules. Only a person is taken. A subject in the first or second
    /// person (`My colleague`, `Your lawyer`), or one that describes an
    /// unnamed source (`A GP in Orange`), names no one here.
    fn coordinated_clause_subject(&self, phrase: &str) -> Option<Entity> {
        let ws = text::words(phrase);
        let last = ws.last()?;
        if !last.is(&["and", "but"]) || ws.len() < 3 {
            return None;
        }
        // `the retired miner`, `the newly elected mayor`: a past form
        // after a determiner or an adverb describes the noun.
        let verb = (0..ws.len() - 1).find(|&k| {
            is_predicate_verb(&ws[k])
                && (k == 0
                    || !(ws[k - 1].is(&["the", "a", "an", "its", "his", "her", "their"])
                        || possessive(&ws[k - 1])
                        || ws[k - 1].text.ends_with("ly")))
        })?;
        // `stood up and` alone: the subject stands before a comma, in an
        // apposition the frame reader cut off; tried (round forty-three),
        // the pronoun and continuation after it then went astray.
        if verb == 0 {
            return None;
        }
        let mut end = verb;
        while end > 0 && ws[end - 1].is(ADVERBS_BEFORE_PREDICATE) {
            end -= 1;
        }
        let subject_words = &ws[..end];
        let first = subject_words.first()?;
        // A comma inside the subject is an apposition or a list, which the
        // frame reader reads with its own rules.
        if subject_words.iter().any(|w| {
            w.is(PRONOUNS) || w.is(FIRST_AND_SECOND_PERSON_WORDS) || w.after.contains([',', ';'])
        }) || first.is(ANONYMOUS_DETERMINERS)
            || first.is(&["a", "an"])
            || super::noun_phrase::holds_finite_verb(&phrase[..subject_words.last()?.end])
        {
            return None;
        }
        let subject =
            speaker::past_subject_openers(&phrase[first.start..subject_words.last()?.end]);
        let at = super::reported::offset_in(&self.article.body, subject);
        // A body's frame (`The ministry welcomed the deal and said`) is
        // the body rules' to read: their name for it may be another form
        // (`Authority` for `the Authority`) or stand for its spokesperson.
        self.resolve(&speaker::parse_subject(subject), at)
            .filter(|entity| entity.person)
    }

    /// Whether the article writes `word` capitalised inside a sentence
    /// somewhere, as a name is and a common noun opening a sentence is not.
    fn written_as_a_name(&self, word: &str) -> bool {
        let body = self.article.body.as_str();
        text::whole_word_starts(body, word).any(|at| {
            let before = body[..at].trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '*' | '_')
            });
            before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | '–' | '—'))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Invented names in no list, with 0-2 titles or roles before them.
    const NAMES: &[&str] = &[
        "Quorvel Tashtenko",
        "Brinda Vasquell-Oyo",
        "Tamsk R. Ollivane Jr.",
        "Pell van der Strook",
    ];
    const DESCRIPTORS: &[&str] = &[
        "",
        "Sen. ",
        "City director of football ",
        "Head of planning ",
        "Deputy Minister ",
        "Office of Marsh and Fen Director ",
        "Zelbar chief executive ",
    ];

    #[test]
    fn a_name_after_titles_and_roles_is_the_head() {
        for name in NAMES {
            for descriptor in DESCRIPTORS {
                let phrase = format!("{descriptor}{name}");
                assert_eq!(
                    head(&phrase),
                    Some(Head::Name {
                        name: name.trim_end_matches('.'),
                        descriptor: descriptor.trim_end()
                    }),
                    "{phrase}"
                );
            }
        }
    }

    /// A given name in a list (`Saleh`) inside a name whose first word
    /// is in none: the title before it opens the name.
    #[test]
    fn a_title_opens_the_name_before_a_listed_given_name() {
        for (phrase, name) in [
            (
                "Minister of Fen Affairs and Expatriates Dr. Quorvik Saleh Tandrafi",
                "Quorvik Saleh Tandrafi",
            ),
            ("Brig. Gen. Yelvan Omar Dastrel", "Yelvan Omar Dastrel"),
            ("Deputy Minister Saleh Tandrafi", "Saleh Tandrafi"),
        ] {
            assert!(
                matches!(head(phrase), Some(Head::Name { name: n, .. }) if n == name),
                "{phrase}: {:?}",
                head(phrase)
            );
        }
    }

    #[test]
    fn a_lone_name_is_the_head_but_not_a_lone_common_word() {
        assert_eq!(
            head("Tashtenko"),
            Some(Head::Name {
                name: "Tashtenko",
                descriptor: ""
            })
        );
        for phrase in [
            "Officials",
            "Witnesses",
            "Police",
            "It",
            "S",
            "TV",
            "Reuters",
            "Okla",
            "Margaret",
        ] {
            assert_eq!(head(phrase), None, "{phrase}");
        }
    }

    #[test]
    fn the_first_person_before_the_verb_names_no_one() {
        // A transcript's turn whose `[...]` keeps the sentences before in
        // the subject's stretch: `I` is no lone name.
        for phrase in ["I", "Mr. President, Senators, Minister. [...] I"] {
            assert_eq!(head(phrase), None, "{phrase}");
        }
    }

    #[test]
    fn a_pronoun_before_the_verb_or_opening_the_clause_is_the_head() {
        for lead_in in [
            "",
            "In her speech ",
            "On Monday ",
            "Later ",
            "the ruling, which ",
        ] {
            for pronoun in ["she", "he"] {
                let phrase = format!("{lead_in}{pronoun}");
                assert_eq!(head(&phrase), Some(Head::Pronoun(pronoun)), "{phrase}");
            }
        }
        assert_eq!(head("She nonetheless"), Some(Head::Pronoun("She")));
        assert_eq!(
            head("He declined to predict the delays but"),
            Some(Head::Pronoun("He"))
        );
    }

    #[test]
    fn a_name_opening_a_clause_joined_to_the_frame_is_the_head() {
        let name = |name| {
            Some(Head::Name {
                name,
                descriptor: "",
            })
        };
        for (phrase, expected) in [
            (
                "Harkavy declined to comment on the suit but",
                name("Harkavy"),
            ),
            (
                "Tomas Rendell welcomed the federal money and",
                name("Tomas Rendell"),
            ),
            // No past verb right after the name, a verb phrase with no
            // name before it, or a stretch not joined by `and`/`but`.
            ("Federal workers' union welcomes deal but", None),
            ("denied the accusation and", None),
            ("Harkavy declined to comment on the suit", None),
            ("Harkavy, 54, declined to comment but", None),
            ("Officials in Tarn and Varn welcomed it but", None),
        ] {
            assert_eq!(head(phrase), expected, "{phrase}");
        }
    }

    #[test]
    fn a_pronoun_inside_a_subordinate_clause_is_no_head() {
        for phrase in [
            "when he followed up",
            "though she offered no evidence and did not",
            "He declined to predict the delays",
            "they",
            "Brinda Oyo said she",
            "The prelate said the talks went well and that he",
        ] {
            assert_eq!(head(phrase), None, "{phrase}");
        }
    }

    #[test]
    fn descriptions_groups_bodies_and_clauses_are_no_head() {
        for phrase in [
            "a senior Zelbar official",
            "the Zelbar spokesman",
            "Senators Quorvel Tashtenko and Brinda Oyo",
            "Quorvel Tashtenko, Brinda Oyo and Pell Strook",
            "the mayors, including Quorvel Tashtenko",
            "Harrowfield's Quorvel Tashtenko",
            "Zelbar's Ministry of Fen Affairs",
            "Thousands of supporters rallied in central Vostrograd",
            "that",
            "after the debate",
            "Zelbar's main state TV channel",
            "to leave Vostrograd and",
            "Tashtenko said no. He",
            "Analysts at Zelbar Fenworth",
        ] {
            assert_eq!(head(phrase), None, "{phrase}");
        }
    }
}
