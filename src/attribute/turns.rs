//! Turns of a transcript or an interview (`MS. DELGADO: On September 12
//! you told CNBC ...`, `**Haskard:** ... I told her, “...”`): inside a
//! turn that opens with its speaker's label, `I` is whoever the label
//! names and `you` whoever the turn is put to. An interview printed as
//! questions in bold and answers in plain paragraphs has one person
//! answering: the one its introduction says spoke to the outlet.

use super::lexicon::{
    OFFICE_WORDS, PREPOSITIONS, PROFESSION_NOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLES,
};
use super::speaker::{self, Subject};
use super::text::{self, Word};
use super::{Entity, Reader};
use crate::markdown::Block;

/// Verbs with which a turn's speaker reads out someone else's words
/// (`and I quote`, `I'm reading from the notes`): the words are not theirs.
const CITING_VERBS: &[&str] = &["quote", "quoting", "read", "reading", "cite", "citing"];

/// Most words a vocative may hold (`Former Minister Jegal`): a name and
/// the titles before it.
const MAX_VOCATIVE_WORDS: usize = 4;

/// Which person a frame's subject is, when it is the first or second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Person {
    /// `I said`: the one whose turn it is.
    First,
    /// `you told`: the one the turn is put to.
    Second,
}

/// The person of a subject stretch whose last word, right before the
/// verb, is `I` or `you` (`On Tuesday you`, `And I`).
fn person_of(phrase: &str) -> Option<Person> {
    let last = text::words(phrase).pop()?;
    if last.text == "I" {
        Some(Person::First)
    } else if last.is(&["you"]) {
        Some(Person::Second)
    } else {
        None
    }
}

/// Auxiliaries that, before `you`, make a question of the frame.
const ASKING_AUXILIARIES: &[&str] = &["do", "does", "did", "would", "will", "can", "could"];

/// `What do you say to her?`, `How would you answer him?`: a frame whose
/// `you` follows an auxiliary asks the person addressed for words not
/// yet said; the words read out before it are not theirs.
fn asks_for_words(phrase: &str) -> bool {
    let ws = text::words(phrase);
    matches!(ws.as_slice(), [.., auxiliary, you] if you.is(&["you"]) && auxiliary.is(ASKING_AUXILIARIES))
}

/// `a tradie, who said, and I wrote it down, “...”`: whether `I` only
/// takes down words that someone else's speech verb, earlier in the last
/// sentence of `text` and after any quote closed there, brought in (`I
/// said it and I repeat it` is the speaker's own).
fn takes_down_others_words(text: &str) -> bool {
    let Some(last) = text::sentences(text).pop() else {
        return false;
    };
    // An earlier quote's speech verb is done with once its words close.
    let after_quotes = text[last].rsplit(['"', '”']).next().unwrap_or_default();
    let ws = text::words(after_quotes);
    let Some(i) = ws.iter().rposition(|w| w.text == "I") else {
        return false;
    };
    (1..i).any(|v| ws[v].is(SPEECH_VERBS) && !is_first_person(&ws[v - 1]))
}

/// `I`, `I'll`, `I’d`: the speaker themself.
fn is_first_person(w: &Word<'_>) -> bool {
    w.text == "I" || w.text.starts_with("I'") || w.text.starts_with("I’")
}

/// `**Dominic Trask:** Everett, thanks ...`, `MS. DELGADO: On ...`: the
/// name a label opening `paragraph` gives its speaker, with the length
/// of the label.
fn turn_label(paragraph: &str) -> Option<(String, usize)> {
    let colon = paragraph.find(':')?;
    let rest = &paragraph[colon + 1..];
    let closing = rest.len() - rest.trim_start_matches(['*', '_']).len();
    let end = colon + 1 + closing;
    let label = &paragraph[..end];
    if label.contains(['"', '“', '”']) {
        return None;
    }
    speaker::speaker_label(label).map(|name| (name, end))
}

/// Fewest paragraphs that must open with `Q.` and with `A.` for a body
/// to be read as a question-and-answer transcript.
const MIN_TRANSCRIPT_TURNS: usize = 2;

/// `body` with the `Q.` and `A.` that open the paragraphs of a court
/// transcript blanked out (`Q. Did you ever tell him?`, `A. He said, “...”`),
/// or `None` when the body is no such transcript. A single `A. Villareal`
/// is an initial: only a body with at least two of each is a transcript.
pub(super) fn without_question_answer_labels(body: &str, blocks: &[Block]) -> Option<String> {
    let label_at = |block: &Block, letter: &str| {
        let text = body.get(block.range.clone()).unwrap_or_default();
        text.strip_prefix(letter)
            .is_some_and(|rest| rest.starts_with(". "))
            .then_some(block.range.start)
    };
    let questions: Vec<usize> = blocks.iter().filter_map(|b| label_at(b, "Q")).collect();
    let answers: Vec<usize> = blocks.iter().filter_map(|b| label_at(b, "A")).collect();
    if questions.len() < MIN_TRANSCRIPT_TURNS || answers.len() < MIN_TRANSCRIPT_TURNS {
        return None;
    }
    let mut blanked = body.to_string();
    for at in questions.into_iter().chain(answers) {
        blanked.replace_range(at..at + 2, "  ");
    }
    Some(blanked)
}

/// `Mayor Yeom, on March 9 you said`, `Fintan, you said`: the names a
/// sentence of `turn` opens with and sets off by a comma, the way a
/// speaker calls on whom they address; in order.
fn vocatives(turn: &str) -> Vec<&str> {
    text::sentences(turn)
        .into_iter()
        .filter_map(|range| {
            let sentence = turn[range].trim_start_matches(['*', '_', ' ']);
            let ws = text::words(sentence);
            let comma = ws.iter().position(|w| w.after.starts_with(','))?;
            let called: &[Word<'_>] = &ws[..=comma];
            let names = called.len() <= MAX_VOCATIVE_WORDS
                && called.iter().all(Word::is_capitalised)
                && !called
                    .iter()
                    .any(|w| w.is(&["i", "you", "we", "thank", "thanks"]))
                && calls_by_name(called);
            names.then(|| &sentence[..called[comma].end])
        })
        .collect()
}

/// Whether the words a sentence calls on end in a name: `In Calloway
/// Freight Lines,` opens with a preposition and tells where, and `Madam
/// Prosecutor,` or `Mr. Chairman,` call on an office, by no name that
/// could be resolved (the turn that answers tells who holds it).
fn calls_by_name(called: &[Word<'_>]) -> bool {
    let (Some(first), Some(last)) = (called.first(), called.last()) else {
        return false;
    };
    !first.is(PREPOSITIONS)
        && !last.is(TITLES)
        && !last.is(OFFICE_WORDS)
        && !last.is(ROLE_NOUNS)
        && !last.is(PROFESSION_NOUNS)
}

/// Whether `paragraph` is a question set in bold, the way an interview
/// prints the interviewer's turn (`**Did you keep that promise?**`).
fn bold_question(paragraph: &str) -> bool {
    let text = paragraph.trim();
    super::all_bold(text) && text.contains('?')
}

/// Whether the paragraph starting at `start` in `body` is an answer in an
/// interview: plain paragraphs back to a question in bold.
fn answers_bold_question(body: &str, start: usize) -> bool {
    let before = body.get(..start).unwrap_or_default();
    before
        .rsplit("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .find(|p| p.starts_with("**"))
        .is_some_and(bold_question)
}

/// Whether an introduction tells of an interview: someone `spoke to` or
/// `talked with` the outlet, or the word `interview`.
fn tells_of_interview(intro: &str) -> bool {
    let ws = text::words(intro);
    ws.iter().any(|w| w.is(&["interview", "interviewed"]))
        || (ws.windows(2)).any(|p| p[0].is(super::TALKING_VERBS) && p[1].is(&["to", "with"]))
}

/// The paragraph after the one that ends at `end` in `body`.
fn next_paragraph(body: &str, end: usize) -> &str {
    let rest = body.get(end..).unwrap_or_default().trim_start();
    rest.split("\n\n").next().unwrap_or_default()
}

/// Whether the words at byte `at` of `body` stand in a turn of a
/// transcript or an interview: their paragraph opens with who speaks
/// (`CHAIRMAN WEATHERBY: The governor wrote ...`, `Q: Senator Whitacre
/// put out a statement ...`), is a question set in bold, or is a plain
/// answer to one. There the one who speaks mostly reads out or recalls
/// words said elsewhere, by someone the turn may only describe (`The
/// governor`, `your client`, `you`).
pub(crate) fn stands_in_turn(body: &str, at: usize) -> bool {
    let Some(before) = body.get(..at) else {
        return false;
    };
    let start = before.rfind("\n\n").map_or(0, |i| i + 2);
    let rest = &body[start..];
    let paragraph = rest.split("\n\n").next().unwrap_or_default().trim();
    let question_label = ["Q:", "Q.", "**Q:", "**Q."]
        .iter()
        .any(|label| paragraph.starts_with(label));
    question_label
        || turn_label(paragraph).is_some()
        || bold_question(paragraph)
        || (!paragraph.starts_with("**") && answers_bold_question(body, start))
}

impl Reader<'_> {
    /// The speaker of a frame whose subject is `I` or `you` inside a
    /// labelled turn of the paragraph being read, `None` when the frame
    /// is no such: `Some(None)` when the turn does not tell who it is.
    /// `I` is the label's person, unless they read out others' words
    /// (`and I quote`); `you` is the person the turn calls by name
    /// before `before` (`Mayor Yeom, ... you said`), else the one whose
    /// labelled turn comes next, when that is someone else.
    pub(super) fn turn_person(
        &self,
        subject: &Subject<'_>,
        verb: &str,
        before: usize,
    ) -> Option<Option<Entity>> {
        let person = person_of(subject.phrase)?;
        if person == Person::Second && asks_for_words(subject.phrase) {
            return Some(None);
        }
        let body = &self.article.body;
        let paragraph = self.discourse.paragraph.clone();
        let text = body.get(paragraph.start..before.max(paragraph.start))?;
        let Some((label, label_end)) = turn_label(text) else {
            return self
                .interview_person(person, text)
                .or_else(|| self.addressed_in_sentence(person, text, paragraph.start));
        };
        let person_named = |name: &str| {
            self.resolve(&speaker::parse_subject(name), paragraph.start)
                .filter(|e| e.person)
        };
        let speaking = person_named(&label);
        let other = |e: &Entity| {
            !(speaking.as_ref()).is_some_and(|s| super::coref::same_person(&s.name, &e.name))
        };
        Some(match person {
            Person::First
                if text::words(verb).iter().any(|w| w.is(CITING_VERBS))
                    || takes_down_others_words(text) =>
            {
                None
            }
            Person::First => speaking.clone(),
            Person::Second => (vocatives(&text[label_end..]).into_iter().rev())
                .find_map(|name| {
                    person_named(name).filter(|e| other(e) && e.is_person_named_in_full())
                })
                .or_else(|| {
                    let (next, _) = turn_label(next_paragraph(body, paragraph.end))?;
                    person_named(&next).filter(other)
                }),
        })
    }

    /// `you` in a turn whose label names no one (`Q12 **Chair:** Ms
    /// Ostrowski, on 5 October you said`, `Mr. DETHLOFF. Mr. Ashdale, in
    /// your post you wrote`): the person the frame's own sentence calls
    /// by name before it, once any label ending in a colon is left out,
    /// when that name is a person named in full. `text` is the paragraph
    /// up to the quote. `None` when the sentence calls no one by name:
    /// who `you` is then, nothing in the sentence tells.
    fn addressed_in_sentence(
        &self,
        person: Person,
        text: &str,
        at: usize,
    ) -> Option<Option<Entity>> {
        if person != Person::Second {
            return None;
        }
        let last = text::sentences(text).pop()?;
        let sentence = &text[last];
        // `Q12 **Chair:** Ms Ostrowski, ...`: the label before the name.
        let first_comma = sentence.find(',')?;
        let called = match sentence[..first_comma].rfind(':') {
            Some(colon) => &sentence[colon + 1..],
            None => sentence,
        };
        let name = vocatives(called).into_iter().next()?;
        let named = self
            .resolve(&speaker::parse_subject(name), at)
            .filter(Entity::is_person_named_in_full)?;
        Some(Some(named))
    }

    /// `I` in a plain answer, or `you` in a question in bold, of an
    /// interview printed that way: the interviewee (see
    /// [`Reader::interviewee`]). `text` is the paragraph up to the quote;
    /// `None` when the paragraph is neither.
    fn interview_person(&self, person: Person, text: &str) -> Option<Option<Entity>> {
        let body = &self.article.body;
        let paragraph = self.discourse.paragraph.clone();
        let turn = match person {
            Person::First => {
                !text.trim_start().starts_with("**")
                    && answers_bold_question(body, paragraph.start)
                    && !takes_down_others_words(text)
            }
            Person::Second => bold_question(body.get(paragraph.clone())?),
        };
        turn.then(|| self.interviewee())
    }

    /// The person an interview's introduction, the body's first paragraph,
    /// opens with, named in full, when it tells of an interview
    /// (`Grady Dunnigan ran ... Dunnigan talked with POLITICO`).
    fn interviewee(&self) -> Option<Entity> {
        let body = &self.article.body;
        let start = body.len() - body.trim_start().len();
        let intro = body[start..].split("\n\n").next()?;
        if !tells_of_interview(intro) {
            return None;
        }
        let first = text::sentences(intro).into_iter().next()?;
        let sentence = intro[first].trim_matches(['*', '_', ' ']);
        let subject = speaker::introduced(sentence).into_iter().next()?;
        self.resolve(&subject, start)
            .filter(Entity::is_person_named_in_full)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transcripts_labels_are_blanked_in_place() {
        let body = "Q. Did you see it?\n\nA. Yes.\n\nQ. What did he say?\n\nA. He said, \"No.\"\n";
        let blocks = crate::markdown::blocks(body);
        let blanked = without_question_answer_labels(body, &blocks).unwrap();
        assert_eq!(blanked.len(), body.len());
        assert_eq!(
            blanked,
            "   Did you see it?\n\n   Yes.\n\n   What did he say?\n\n   He said, \"No.\"\n"
        );
        // One answer is no transcript, nor is an initial opening a name.
        let body = "Q. Did you see it?\n\nA. Yes.\n\nQ. And then?\n";
        assert_eq!(
            without_question_answer_labels(body, &crate::markdown::blocks(body)),
            None
        );
    }

    #[test]
    fn the_person_is_the_last_word_before_the_verb() {
        assert_eq!(person_of("On Tuesday you"), Some(Person::Second));
        assert_eq!(person_of("And I"), Some(Person::First));
        assert_eq!(
            person_of("Mr. President, Senators. [...] I"),
            Some(Person::First)
        );
        for phrase in ["he", "Ines Vell", "you and Ines Vell", "it"] {
            assert_eq!(person_of(phrase), None, "{phrase}");
        }
    }

    #[test]
    fn a_first_person_after_someone_elses_speech_verb_takes_down_their_words() {
        assert!(takes_down_others_words(
            "MR. TENNANT: I had a bloke ring in. A tradie, who said, and I wrote it down, "
        ));
        assert!(!takes_down_others_words(
            "MS. IGUARAN: I said it in Havana last week and I repeat it: "
        ));
        assert!(!takes_down_others_words(
            "MR. KOVAC: Look, I'll say what I said on the day: "
        ));
        assert!(!takes_down_others_words(
            "MR. LIN: One director said to me, “Go.” And I said, "
        ));
    }

    #[test]
    fn an_answer_follows_a_question_in_bold() {
        let body =
            "Intro.\n\n**Did you keep that promise?**\n\nYes.\n\nAnd more.\n\n**Thanks.**\n\nNo.";
        let at = |p: &str| body.find(p).unwrap();
        assert!(answers_bold_question(body, at("Yes.")));
        assert!(answers_bold_question(body, at("And more.")));
        assert!(!answers_bold_question(body, at("Intro.")));
        assert!(!answers_bold_question(body, at("No.")));
    }

    #[test]
    fn an_introduction_tells_of_an_interview() {
        assert!(tells_of_interview(
            "She spoke to The Indian Express on Thursday."
        ));
        assert!(tells_of_interview(
            "In his first extended interview, Lin talked."
        ));
        assert!(!tells_of_interview("Lin spoke at the rally on Thursday."));
    }

    #[test]
    fn a_turn_label_names_its_speaker_before_a_colon() {
        for (paragraph, name) in [
            ("**Dominic Trask:** Everett, thanks.", "Dominic Trask"),
            ("MS. DELGADO: On September 12 you told", "Ms Delgado"),
        ] {
            assert_eq!(turn_label(paragraph).map(|(n, _)| n).as_deref(), Some(name));
        }
        for paragraph in ["The banner read: no", "He said \"no: never\" then"] {
            assert_eq!(turn_label(paragraph), None, "{paragraph}");
        }
    }

    #[test]
    fn a_vocative_is_a_name_not_a_place_or_an_office() {
        assert!(vocatives(" In Calloway Freight Lines, you wrote").is_empty());
        assert!(vocatives(" Madam Prosecutor, yesterday you said").is_empty());
        assert!(vocatives(" Mr. Chairman, you said").is_empty());
        assert_eq!(
            vocatives(" Madam Varga, yesterday you said"),
            vec!["Madam Varga"]
        );
    }

    #[test]
    fn you_after_an_auxiliary_asks_for_words_to_come() {
        assert!(asks_for_words("What do you"));
        assert!(asks_for_words("How would you"));
        for phrase in ["On Tuesday you", "you", "And you"] {
            assert!(!asks_for_words(phrase), "{phrase}");
        }
    }

    #[test]
    fn words_stand_in_a_turn_of_a_transcript_or_an_interview() {
        let body = "Lin chairs the board.\n\n\
            MS. ROE: The governor wrote, \"Fix it.\"\n\n\
            Q: The judge said, \"Not once.\"\n\n\
            **You told SRF, \"No.\" Why?**\n\n\
            Because it was so: \"Late.\"\n\n\
            **Next steps**\n\n\
            The board said, \"Soon.\"";
        let at = |words: &str| body.find(words).unwrap();
        for words in ["Fix it", "Not once", "No.", "Late"] {
            assert!(stands_in_turn(body, at(words)), "{words}");
        }
        for words in ["Lin chairs", "Soon"] {
            assert!(!stands_in_turn(body, at(words)), "{words}");
        }
    }

    #[test]
    fn a_vocative_opens_a_sentence_and_ends_at_a_comma() {
        assert_eq!(
            vocatives(" Mayor Yeom, on March 9 you said, "),
            vec!["Mayor Yeom"]
        );
        assert_eq!(
            vocatives(" Everett, thanks for being here. On Tuesday you told"),
            vec!["Everett"]
        );
        // `Thank you, Mr. Chairman.` thanks; `In the spring, you` sets a time.
        assert!(vocatives(" Thank you, Mr. Chairman. In the spring, you said").is_empty());
    }
}
