//! The reading state of one article: who was quoted, who was introduced,
//! what gender each person has shown, which unnamed office holders spoke.
//! Attribution rules read it through `Reader`; it changes only here and at
//! the named reset points below, so a rule that needs to remember
//! something adds a field and says when it is forgotten.

use std::cell::Cell;
use std::ops::Range;

use jiff::civil::Date;

use super::Entity;
use super::coref::{self, Named};
use super::dates;
use super::lexicon::OFFICE_WORDS;
use super::resolve::Gender;
use super::text;
use super::unnamed::described_gender;

/// What the reading of one article remembers, in reading order.
#[derive(Default)]
pub(super) struct Discourse {
    /// People quoted so far, the most recent last.
    pub(super) people: Vec<Entity>,
    /// The block each of them was last quoted in, and the block being
    /// read: how far back a pronoun may reach.
    pub(super) quoted_in: Vec<(String, usize)>,
    pub(super) block: usize,
    /// What the article tells of people's gender (`he said`, `Mrs`), so
    /// `she` skips a man quoted last.
    pub(super) genders: Vec<(String, Gender)>,
    /// The last speaker of any kind: what `they` means.
    pub(super) last_any: Option<Entity>,
    /// Full names attributed so far, for surnames.
    pub(super) known: Vec<Entity>,
    /// Bodies that spoke (`White House`), the most recent last: what `it`
    /// means, and never `he` or `she`.
    pub(super) bodies: Vec<Entity>,
    /// A person a sentence named as its subject after the last quote
    /// (`Speaking on Monday, President Karl Lind struck a note.`): `he`
    /// in the next quote is them.
    pub(super) introduced: Option<Entity>,
    /// An unnamed source a sentence without quotes made its subject (`One
    /// juror, who asked not to be named, told Reuters ...`): `she` in the
    /// next quote is them, never someone quoted before.
    pub(super) introduced_unnamed: Option<String>,
    /// A quote's attribution named someone no rule could resolve (`JD(S)
    /// chief H.R. Timma, meanwhile, called ...`) since the last speaker
    /// was remembered: `he` may be them, so it names no one.
    pub(super) stranger: bool,
    /// The paragraph (its start) where an unnamed source (`one community
    /// leader`) was just quoted: `he` later in it names no one quoted
    /// before.
    pub(super) unnamed_quoted_in: Option<usize>,
    /// The block (index) where an unnamed source the frame described
    /// (`the commander told AFP, asking not to be named`) was the last
    /// speaker: `he` opening the next paragraph is still them, not
    /// someone quoted before them.
    /// With its description (`a woman in the queue`), and whether the
    /// quote was whole words of its own (it opens with a capital), not a
    /// fragment inside a report about someone else (`One board member
    /// told me she was “the most disciplined executive”`).
    pub(super) unnamed_source_in: Option<(usize, String, bool)>,
    /// The block and sentence that introduced them.
    pub(super) introduced_at: Option<(usize, Range<usize>)>,
    /// Offices (`spokesman`) of speakers the article did not name, since
    /// a named holder of that office last spoke: `the spokesman` then
    /// means the unnamed one, not a spokesman quoted before.
    /// With the actor they spoke for, if the article gave one.
    pub(super) unnamed_offices: Vec<UnnamedOffice>,
    /// A block that ends by leading into quotes (`Ana Vell, a spokeswoman,
    /// said:`, `Jan Berg spoke to reporters. Key lines:`): its index, the
    /// person and the introducing words. The quotes that open the next
    /// blocks (list items, a blockquote) are theirs.
    pub(super) lead_in: Option<(usize, Entity, Range<usize>)>,
    /// Candidates (indices) of a quote running on over paragraphs with no
    /// attribution yet: the attribution at its end names their speaker.
    pub(super) runs_on: Vec<usize>,
    /// The day a sentence without quotes gave for a person's words.
    pub(super) occasion: Option<Occasion>,
    /// `On Thursday he conceded ...`: the block and place of the sentence
    /// without quotes just read, whose day a pronoun's quote right after
    /// it may take.
    pub(super) sentence_before: Option<(usize, Range<usize>)>,
    /// The people the paragraph being read names outside its quotes; set
    /// anew for each paragraph.
    pub(super) named_in_block: Vec<Named>,
    /// Those it names in full as a sentence's subject that no list of
    /// given names knows (`Harjit Sanghera, a sports lawyer, said`):
    /// only the paragraph's say on what `he`, `she` or a descriptor
    /// means reads them (`Reader::paragraph_antecedent`).
    pub(super) subjects_in_full: Vec<Named>,
    /// That paragraph and its quotes, for the mentions coreference reads.
    pub(super) paragraph: Range<usize>,
    pub(super) paragraph_quotes: Vec<Range<usize>>,
    /// The people the last paragraph with quotes named after its last
    /// quote (`“...,” Lind said. Dorn, meanwhile, disagreed.`): a quote
    /// opening the next paragraph does not go on with Lind.
    pub(super) named_after_last_quote: Vec<String>,
    /// The text read outside quotes since the last paragraph with quotes:
    /// that paragraph's words after its last quote, and each paragraph
    /// without quotes after it. Who a pronoun opening the next quote may
    /// mean besides the person quoted last (`Reader::told_of_another`).
    pub(super) told_since_quote: Vec<Range<usize>>,
    /// How sure the reading is of the last quote's speaker, with that
    /// quote's index among the candidates: a guess is never what the
    /// next quote goes on from.
    pub(super) last_attribution: Option<(usize, Confidence)>,
    /// People whose latest attribution was a guess: the next pronoun
    /// does not fall back on them.
    pub(super) guessed: Vec<String>,
    /// A paragraph that is only a question nobody is said to have asked
    /// (`“Is anyone refusing to leave?”` in an interview): its block.
    /// The quote opening the next paragraph answers it, so it goes on
    /// with the speaker quoted before the question, not the question.
    pub(super) question_in: Option<usize>,
    /// The last quote was left open at its paragraph's end: the next
    /// paragraph's quote runs on with the same speaker, no guess.
    pub(super) left_open: bool,
    /// People a sentence without quotes made its subject (`Back home,
    /// Zora is feeding her son.`), with the block: what a pronoun weighs
    /// against the person quoted last. The most recent last.
    pub(super) subjects: Vec<(Entity, usize)>,
    /// The block just read and the opening of its last sentence, up to
    /// its first quote: whose subject a pronoun opening the next
    /// paragraph may mean. Set anew at each block's end (none after a
    /// heading), so it reaches over one paragraph break only.
    pub(super) closing_opening: Option<(usize, Range<usize>)>,
    /// The discourse's reference time: the day the text last set, by a
    /// sentence without quotes that tells a day (`The agency grounded the
    /// jet on February 10.`) or by a quote's frame (`said on Monday`). An
    /// anaphoric time in a later frame (`she said at the time`, `the next
    /// day, the office said`) is told against it
    /// (`dates::anaphoric_offset`). Forgotten at a heading and at a live
    /// blog's new entry ([`Discourse::scene_ended`]). Kept as the last
    /// day a frame set and the sentences read since, folded only when an
    /// anaphoric time asks for it ([`Discourse::reference_day`]): most
    /// articles never ask, and telling each sentence's days was a tenth
    /// of a build.
    reference: ReferenceTime,
}

/// The discourse's reference time, unfolded: the day last set outright
/// and the sentences read since, whose days move it in turn.
#[derive(Debug, Default)]
struct ReferenceTime {
    sentences_since: Vec<Range<usize>>,
    /// The day after the first `.0` sentences (`.1`; with none, the day
    /// last set outright): asked again (the event day asks for each quote
    /// that tells no day), the fold goes on from there instead of reading
    /// every sentence again.
    folded: Cell<(usize, Option<Date>)>,
}

/// How an attribution was made, from the surest down. Only a sure one
/// may be what a later pronoun or continuation rests on: a guess built
/// on a guess is how a quote ends up with the wrong real person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Confidence {
    /// A frame that names the speaker (`Lind said`), or a pronoun with
    /// one person in reach.
    Sure,
    /// A pronoun that reached back over other speakers to someone the
    /// paragraph does not mention, or a quote that goes on from such a
    /// guess or from the paragraph before with no attribution of its own.
    Guessed,
}

/// An office holder the article described but did not name: `the
/// official` later is them.
pub(super) struct UnnamedOffice {
    /// The office word, lowercase (`official`).
    pub(super) office: String,
    /// The actor they spoke for, if the article gave one.
    pub(super) actor: Option<String>,
    /// How the article described them (`an Election Commission official`).
    pub(super) description: String,
}

/// `Karl Lind told reporters on Monday that ...`, `Speaking on Monday,
/// Karl Lind ...`: the day of what that person says next.
pub(super) struct Occasion {
    pub(super) speaker: String,
    pub(super) date: Date,
    /// Holds in this block only (`None`: until someone else is quoted).
    pub(super) block: Option<usize>,
}

impl Discourse {
    /// A body that spoke is what `it` means next.
    pub(super) fn note_body(&mut self, speaker: &Entity) {
        if !speaker.person {
            self.bodies.retain(|b| b.name != speaker.name);
            self.bodies.push(speaker.clone());
        }
    }

    /// `A spokesman for the group, who asked not to be named, said`.
    pub(super) fn note_unnamed_office(&mut self, phrase: &str, actor: Option<&str>) {
        let ws = text::words(phrase);
        // `the spokesman said` again: the same holder, first described.
        let again = ws.first().is_some_and(|w| w.is(&["the"]));
        // `A person familiar with the talks said`: `the person` later.
        let head = text::head_noun(&ws);
        let offices = ws
            .iter()
            .enumerate()
            .filter(|&(i, w)| w.is(OFFICE_WORDS) || Some(i) == head && !w.is_capitalised())
            .map(|(_, w)| w);
        for w in offices {
            let office = w.lower();
            if again && self.unnamed_offices.iter().any(|u| u.office == office) {
                continue;
            }
            self.unnamed_offices.retain(|u| u.office != office);
            self.unnamed_offices.push(UnnamedOffice {
                office,
                actor: actor.map(str::to_string),
                description: phrase.trim().to_string(),
            });
        }
    }

    /// A quote's speaker, and how sure the reading is of them.
    /// A guess that only goes on with the person quoted last changes
    /// nothing of what is known of them.
    pub(super) fn remember_quoted(&mut self, speaker: &Entity, confidence: Confidence) {
        let goes_on = (self.people.last()).is_some_and(|p| p.name == speaker.name);
        if confidence == Confidence::Sure || !goes_on {
            self.guessed.retain(|name| *name != speaker.name);
        }
        if confidence == Confidence::Guessed && !goes_on {
            self.guessed.push(speaker.name.clone());
        }
        self.remember(speaker);
    }

    /// Whether someone the reading could not name spoke or was made a
    /// subject since the last speaker it remembered: an unnamed source
    /// quoted (`unnamed_quoted_in`) or introduced, or a stranger. Then
    /// the last speaker remembered is not the last one who spoke.
    pub(super) fn unnamed_holds_the_turn(&self) -> bool {
        self.unnamed_quoted_in.is_some() || self.introduced_unnamed.is_some() || self.stranger
    }

    /// Whether an unnamed source described by its frame was the last
    /// speaker, in this paragraph or the one just before, and may be of
    /// the pronoun's gender: a pronoun then means them, never a person
    /// quoted earlier (`“...,” the commander told AFP, asking not to be
    /// named.` / `“...,” he added.`).
    pub(super) fn unnamed_source_spoke_last(&self, pronoun: Gender) -> bool {
        self.unnamed_source_in
            .as_ref()
            .is_some_and(|(b, description, whole)| {
                *whole
                    && b + 1 >= self.block
                    && described_gender(description).is_none_or(|g| g == pronoun)
            })
    }

    /// The description of that unnamed source, when it tells the
    /// pronoun's gender (`A woman who sells akara`, `An Auralis
    /// spokeswoman` for `she`): who the pronoun means.
    pub(super) fn unnamed_source_meant(&self, pronoun: Gender) -> Option<&str> {
        let (block, description, _) = self.unnamed_source_in.as_ref()?;
        (block + 1 >= self.block && described_gender(description) == Some(pronoun))
            .then_some(description.as_str())
    }

    /// Whether `name`'s latest attribution was a guess.
    pub(super) fn is_guessed(&self, name: &str) -> bool {
        self.guessed.iter().any(|g| g == name)
    }

    pub(super) fn remember(&mut self, speaker: &Entity) {
        self.stranger = false;
        self.unnamed_quoted_in = None;
        self.unnamed_source_in = None;
        if let Some(role) = &speaker.role {
            let held = text::words(role);
            self.unnamed_offices
                .retain(|u| !held.iter().any(|w| w.lower() == u.office));
        }
        if speaker.person {
            self.people.retain(|p| p.name != speaker.name);
            self.people.push(speaker.clone());
            self.quoted_in.retain(|(name, _)| *name != speaker.name);
            self.quoted_in.push((speaker.name.clone(), self.block));
            if speaker.name.contains(' ') && !self.known.iter().any(|k| k.name == speaker.name) {
                self.known.push(speaker.clone());
            }
        }
        self.last_any = Some(speaker.clone());
    }

    /// Reset point: a quote or a reported statement was read. A person
    /// introduced before it no longer stands for the next `he`.
    pub(super) fn statement_read(&mut self) {
        self.introduced = None;
        self.introduced_unnamed = None;
    }

    /// Whether a quote with no attribution of its own may go on with
    /// `speaker`, quoted at `since` in this paragraph (`None`: in the
    /// paragraph before): not when someone else was named or introduced
    /// in between. Then the speaker has changed, or may have.
    pub(super) fn may_continue(&self, speaker: &str, since: Option<usize>, until: usize) -> bool {
        let other = |name: &str| !coref::same_person(name, speaker);
        let named_between = match since {
            Some(since) => (self.named_in_block.iter())
                .any(|n| (since..until).contains(&n.at) && other(&n.name)),
            None => self.named_after_last_quote.iter().any(|n| other(n)),
        };
        let introduced_other = self.introduced.as_ref().is_some_and(|p| other(&p.name));
        let stranger_before = since.is_none() && self.stranger;
        !(named_between || introduced_other || self.introduced_unnamed.is_some() || stranger_before)
    }

    /// Whether a pronoun may reach back to `name`, a person quoted
    /// before: the last person quoted, or one quoted in this paragraph or
    /// the one before. Further back, someone else may have come between.
    pub(super) fn in_reach(&self, name: &str) -> bool {
        self.people.last().is_some_and(|p| p.name == name)
            || (self.quoted_in.iter()).any(|(n, block)| n == name && block + 1 >= self.block)
    }

    /// The article told `name`'s gender; the first telling holds.
    pub(super) fn note_gender(&mut self, name: &str, gender: Gender) {
        if !self.genders.iter().any(|(n, _)| n == name) {
            self.genders.push((name.to_string(), gender));
        }
    }

    /// A sentence without quotes made `person` its subject in the block
    /// being read.
    pub(super) fn subject_named(&mut self, person: &Entity) {
        self.subjects.retain(|(p, _)| p.name != person.name);
        self.subjects.push((person.clone(), self.block));
    }

    /// The person `fits` allows whom a sentence made its subject after
    /// `quoted` (the person a pronoun would fall back on) last spoke, in
    /// this block or the two before: the one the reader has in mind
    /// (`“...,” said Ana. Back home, Zora is feeding her son. ... “...,”
    /// she says.` is Zora).
    pub(super) fn subject_since(
        &self,
        quoted: Option<&str>,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<&Entity> {
        let (subject, block) = self.subjects.iter().rev().find(|(p, _)| fits(p))?;
        let spoke_in = quoted.and_then(|q| {
            (self.quoted_in.iter())
                .find(|(n, _)| n == q)
                .map(|(_, b)| *b)
        });
        let since = spoke_in.is_none_or(|b| *block > b);
        (quoted != Some(subject.name.as_str()) && block + 2 >= self.block && since)
            .then_some(subject)
    }

    /// Reset point: a block ended. Its lead-in (`Key lines:`) holds only
    /// for the block right after it, which sets it anew.
    pub(super) fn block_ended(&mut self) {
        self.lead_in = None;
    }

    /// Reset point: a heading opened a new part of the article, a new
    /// scene: the day the text set before it is no longer what `at the
    /// time` or `the next day` is told against.
    pub(super) fn scene_ended(&mut self) {
        self.reference = ReferenceTime::default();
    }

    /// `The agency grounded the jet on February 10.`: a sentence read
    /// (its range in `body`), whose days a later `at the time` is told
    /// against.
    pub(super) fn sentence_read(&mut self, sentence: Range<usize>) {
        self.reference.sentences_since.push(sentence);
    }

    /// `said on Monday`: a quote's frame set the day outright.
    pub(super) fn day_set(&mut self, day: Date) {
        self.reference = ReferenceTime {
            sentences_since: Vec::new(),
            folded: Cell::new((0, Some(day))),
        };
    }

    /// The day the text last set: the day a frame set, moved by each
    /// sentence read since, clause by clause (`dates::time_told`).
    /// `body` and `published` are always the article's own: the fold is
    /// kept between asks.
    pub(super) fn reference_day(&self, body: &str, published: Date) -> Option<Date> {
        let since = &self.reference.sentences_since;
        let (read, day) = self.reference.folded.get();
        let day = (since[read..].iter()).fold(day, |day, sentence| {
            dates::time_told(&body[sentence.clone()], published, day)
        });
        self.reference.folded.set((since.len(), day));
        day
    }

    /// Reset point: a live blog's new entry began (`**10:30 GMT -
    /// Convoy moves**`). Entries are written apart, often by different
    /// hands: no one quoted, introduced or described in an earlier entry
    /// is who a pronoun, a descriptor or a continuation in this one
    /// means. The full names the article gave still complete surnames,
    /// and genders still hold: they are facts about people, not about
    /// who spoke last.
    pub(super) fn entry_began(&mut self) {
        *self = Discourse {
            known: std::mem::take(&mut self.known),
            genders: std::mem::take(&mut self.genders),
            ..Discourse::default()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, role: Option<&str>) -> Entity {
        Entity {
            name: name.into(),
            role: role.map(str::to_string),
            actor: None,
            person: true,
        }
    }

    #[test]
    fn remembering_a_speaker_orders_people_and_ends_an_unnamed_office() {
        let mut discourse = Discourse::default();
        discourse.note_unnamed_office("A spokesman for the Palace", Some("atlantis"));
        discourse.remember(&person("Ana Vell", None));
        discourse.remember(&person("Jan Berg", Some("spokesman")));
        discourse.remember(&person("Ana Vell", None));
        let names: Vec<_> = discourse.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Jan Berg", "Ana Vell"]);
        // A named spokesman spoke: `the spokesman` is no longer the unnamed one.
        assert!(discourse.unnamed_offices.is_empty());
    }

    #[test]
    fn reset_points_forget_what_they_name() {
        let mut discourse = Discourse {
            introduced: Some(person("Karl Lind", None)),
            lead_in: Some((0, person("Karl Lind", None), 0..4)),
            ..Discourse::default()
        };
        discourse.statement_read();
        assert!(discourse.introduced.is_none());
        assert!(discourse.lead_in.is_some());
        discourse.block_ended();
        assert!(discourse.lead_in.is_none());
    }

    #[test]
    fn a_new_live_blog_entry_forgets_who_spoke_but_not_who_is_who() {
        let mut discourse = Discourse::default();
        discourse.remember_quoted(&person("Ana Vell", None), Confidence::Sure);
        discourse.genders.push(("Ana Vell".into(), Gender::Female));
        discourse.introduced = Some(person("Karl Lind", None));
        discourse.last_attribution = Some((0, Confidence::Sure));
        discourse.entry_began();
        assert!(discourse.people.is_empty());
        assert!(discourse.last_any.is_none());
        assert!(discourse.introduced.is_none());
        assert!(discourse.last_attribution.is_none());
        // Still known: `Vell` completes to her name, and she is `she`.
        assert_eq!(discourse.known.len(), 1);
        assert_eq!(discourse.genders.len(), 1);
    }

    #[test]
    fn a_guessed_speaker_is_marked_until_named_again() {
        let mut discourse = Discourse::default();
        discourse.remember_quoted(&person("Ana Vell", None), Confidence::Guessed);
        assert!(discourse.is_guessed("Ana Vell"));
        assert_eq!(discourse.people.len(), 1);
        // Going on with her, even by a guess, keeps what is known.
        discourse.remember_quoted(&person("Ana Vell", None), Confidence::Guessed);
        assert!(discourse.is_guessed("Ana Vell"));
        discourse.remember_quoted(&person("Ana Vell", None), Confidence::Sure);
        assert!(!discourse.is_guessed("Ana Vell"));
        discourse.remember_quoted(&person("Jan Berg", None), Confidence::Sure);
        discourse.remember_quoted(&person("Jan Berg", None), Confidence::Guessed);
        assert!(!discourse.is_guessed("Jan Berg"));
    }

    #[test]
    fn a_continuation_stops_when_someone_else_is_named_or_introduced() {
        let named = |at: usize, name: &str| Named {
            at,
            name: name.into(),
            gender: None,
        };
        let mut discourse = Discourse {
            named_in_block: vec![named(5, "Ana Vell"), named(40, "Karl Lind")],
            ..Discourse::default()
        };
        // Only the speaker herself between: she goes on.
        assert!(discourse.may_continue("Ana Vell", Some(0), 30));
        // Lind named between: no one goes on.
        assert!(!discourse.may_continue("Ana Vell", Some(0), 50));
        // The paragraph before named Lind after its last quote.
        discourse.named_after_last_quote = vec!["Lind".into()];
        assert!(!discourse.may_continue("Ana Vell", None, 0));
        assert!(discourse.may_continue("Karl Lind", None, 0));
        // Someone introduced since the last quote.
        discourse.introduced = Some(person("Jan Berg", None));
        assert!(!discourse.may_continue("Karl Lind", None, 0));
    }
}
