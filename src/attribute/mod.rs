//! Stage 4: attribute. Quote spans + the actor registry -> occurrences with
//! speaker, role, actor, agency, date and evidence.
//!
//! For each quote the rules look at the words of its sentence outside the
//! quote marks, before and after it ([`speaker`]): the speech verb, its
//! subject, the agency that carried the words, the day ([`dates`]). Names
//! are resolved against the article (pronouns and surnames point back to
//! the full name given earlier) and the actor registry ([`registry`]), in
//! `resolve.rs`; the reading state of the article is in `discourse.rs`, the
//! word lists in [`lexicon`], the package pass in [`entities`].
//! A quote with no attribution of its own continues the quote before it in
//! the same paragraph, or in the paragraph before when its paragraph opens
//! with the quote. Short quotes with no attribution (scare quotes, titles,
//! nicknames) and quotes in headings are not statements. Reported speech
//! ([`reported`]) is found in sentences without quote marks. The editor's
//! `quotes:` corrections ([`corrections`]) have the last word.

mod agreement;
mod bodies;
pub mod chooser;
mod chooser_weights;
mod coref;
mod corrections;
pub mod dates;
pub mod definite;
mod descriptor;
mod discourse;
mod documents;
pub mod entities;
mod extent;
mod familiar;
mod frame;
pub mod identity;
mod introduced;
pub mod lexicon;
mod mentions;
mod noun_phrase;
mod principal;
pub mod registry;
pub mod reported;
mod resolve;
mod roles;
pub mod speaker;
mod subject_form;
pub mod text;
mod told_gender;
mod turns;
mod unnamed;

use std::ops::Range;

use jiff::ToSpan;
use jiff::civil::Date;

use chooser::Mention;
use discourse::{Confidence, Discourse, Occasion};
use lexicon::{
    ANONYMOUS_DETERMINERS, BODY_HEAD_NOUNS, BODY_MEMBER_NOUNS, BODY_SERVICE_NOUNS, CONJUNCTIONS,
    CONTINUING_VERBS, DEMONYMS, DOCUMENT_NOUNS, KIN_AND_CALLING_NOUNS, MERIDIEM_WORDS,
    NAMING_VERBS, OFFICE_WORDS, ORGANISATION_WORDS, PARTY_MEMBER_NOUNS, PERSON_NOUNS,
    POINTING_BACK_WORDS, PREPOSITIONS, PROFESSION_NOUNS, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS,
    STAFF_NOUNS, STATEMENT_NOUNS, TIME_WORDS, TIME_ZONES,
};
use lexicon::{
    ASKING_VERBS, CLAUSE_OPENING_PARTICIPLES, OTHERS_WORDS_NOUN_LISTS, PREDICATE_LINKS,
    QUESTION_OPENERS, RELATIVE_PRONOUNS, STATE_SERVICE_WORDS, SUBORDINATORS,
};
use lexicon::{BODY_LINKS, CLOSE_TO_WORDS, KNOWING_WORDS, ONE_PERSON_NOUN_LISTS, TITLES};
use registry::ListedPerson;
pub use registry::Registry;
use resolve::{Gender, is_named};
use speaker::Side;
use text::sentence_ends;
pub(crate) use turns::stands_in_turn;

use crate::error::Warning;
use crate::extract::QuoteSpan;
use crate::markdown::{Block, BlockKind};
use crate::model::{Article, Occurrence, QuoteKind, Rule};

/// How the evidence of a quote set by the editor begins.
pub const CORRECTION_EVIDENCE: &str = "front matter `quotes:` entry,";

/// A quote quoted in fewer words than this needs an attribution of its own
/// to count as a statement: shorter ones are mostly scare quotes.
const SHORT_QUOTE_WORDS: usize = 5;

/// Fewest paragraphs standing in turns of a transcript for the body to be
/// read as one (`Reader::lead_in_transcript`).
const MIN_TRANSCRIPT_TURNS: usize = 3;

/// Verbs of saying in the present (`says`, `tells`): a frame with one
/// gives words of now, said to the article or standing (`says Alessandra
/// Mainardi, professor of criminal procedure`), not at the event the lead
/// dates (`Reader::event_day_for`).
const PRESENT_FRAME_VERBS: &[&str] = &[
    "says", "say", "tells", "writes", "argues", "adds", "insists", "explains", "notes", "recalls",
    "warns", "admits",
];

/// How many words after a nationality a word of a state's service may
/// stand (`Japanese foreign ministry official`, `Dutch social affairs
/// ministry`) for the nationality to name the state served.
const MAX_WORDS_TO_SERVICE: usize = 3;

/// A found quote before corrections, with whether it is a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub occurrence: Occurrence,
    pub statement: bool,
    /// Block of the quote (`None` for statements added in front matter).
    pub block: Option<usize>,
}

/// Words that lead into what someone says: a speech verb, `spoke`,
/// `spoken`, or a noun of something said.
fn tells_of_saying(words: &str) -> bool {
    speaker::tells_of_speaking(words)
        || text::words(words)
            .iter()
            .any(|w| w.is(STATEMENT_NOUNS) || w.is(&["spoken"]))
}

/// The subject's name is a name and the head of its phrase: no
/// capitalised word after it (`Haugstad campaign manager Darcy
/// Wintermute` is no `Haugstad`), and no party or nationality word for a
/// name (`Louisiana Democrat`).
fn is_name_of_subject(lead: &str, subject: &speaker::Subject<'_>) -> bool {
    let Some(name) = subject.name.filter(|_| subject.names_someone()) else {
        return false;
    };
    let Some(at) = lead.find(name) else {
        return false;
    };
    // A possessive before the name says whose the person is (`Labor's
    // Lorraine Merrigan`); from the name on it may make the words
    // another's (`Lin's lawyer:`).
    if text::words(&lead[at..])
        .iter()
        .any(|w| speaker::is_possessive(w.text))
    {
        return false;
    }
    // The subject's phrase may stop at its name; the lead goes on.
    let after_name = &lead[at + name.len()..];
    // Up to a comma, a parenthesis or a preposition: `Jo Lin of the
    // Greens`, `Jo Lin, the House manager,` say who she is.
    let head = after_name.split([',', '(']).next().unwrap_or_default();
    let a_name_after = (text::words(head).iter())
        .take_while(|w| !w.is(PREPOSITIONS))
        .any(text::Word::is_capitalised);
    let describes =
        (text::words(name).last()).is_some_and(|w| w.is(PARTY_MEMBER_NOUNS) || w.is(DEMONYMS));
    !a_name_after && !describes
}

/// Who a mention in the article stands for, with everything known about
/// them: the person or body a name, surname, pronoun or descriptor
/// resolves to, and so the speaker of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Canonical name: the registry's name where listed.
    pub name: String,
    pub role: Option<String>,
    pub actor: Option<String>,
    /// A person, not a body such as a ministry or an agency.
    pub person: bool,
}

impl Entity {
    /// A person the article named in full (`Jo Lin`, not `Lin`): what a
    /// weak frame (a transcript label, a coordinated verb) may name.
    fn is_person_named_in_full(&self) -> bool {
        self.person && self.name.contains(' ')
    }
}

/// Attributes the quotes of one article and finds its reported speech.
/// Returns the occurrences in body order and the corrections' warnings.
pub fn attribute(
    article: &Article,
    blocks: &[Block],
    spans: &[QuoteSpan],
    registry: &Registry,
) -> (Vec<Occurrence>, Vec<Warning>) {
    // `Q. You wrote, “...”`, `A. He said, “...”`: a court transcript's
    // turn labels would read as a name's initial; the rules read the body
    // without them (blanked, so every offset stays).
    let unlabelled = turns::without_question_answer_labels(&article.body, blocks).map(|body| {
        let mut copy = article.clone();
        copy.body = body;
        copy
    });
    let article = unlabelled.as_ref().unwrap_or(article);
    // The rules read the words of each sentence and paragraph many times:
    // they are split once.
    text::keeping_words(&article.body, || {
        attribute_article(article, blocks, spans, registry)
    })
}

/// [`attribute`], the words of the body kept once split.
fn attribute_article(
    article: &Article,
    blocks: &[Block],
    spans: &[QuoteSpan],
    registry: &Registry,
) -> (Vec<Occurrence>, Vec<Warning>) {
    let (reader, mut candidates) =
        read_article(article, blocks, spans, registry, registry.chooser());
    reader.describe_pointers_by_introduction(&mut candidates);
    reader.describe_sources_in_full(&mut candidates);
    another_source_of_the_same_kind(&mut candidates);
    let cases = if registry.chooser() {
        reader.chooser_cases(&candidates, blocks, spans)
    } else {
        Vec::new()
    };
    for (k, choices) in cases {
        if let Some((entity, evidence)) = chooser::choose(&choices) {
            let o = &mut candidates[k].occurrence;
            o.speaker = Some(entity.name.clone());
            o.role.clone_from(&entity.role);
            o.actor.clone_from(&entity.actor);
            o.evidence = Some(evidence);
            o.evidence_span = None;
            o.rule = Some(Rule::Chooser);
        }
    }
    // After the chooser, before any affiliation is shared: a withdrawn
    // speaker lends none.
    agreement::withdraw_contradicted(&mut candidates);
    reader.affiliate_from_mentions(&mut candidates);
    reader.affiliate_by_party_in_chamber(&mut candidates);
    share_affiliations(&mut candidates);
    reader.refine_to_member_bodies(&mut candidates);
    reader.name_who_delivered_the_words(&mut candidates);
    let warnings = corrections::apply(article, registry, &mut candidates);
    let occurrences = candidates
        .into_iter()
        .filter(|c| c.statement)
        .map(|c| c.occurrence)
        .collect();
    (occurrences, warnings)
}

/// A quote no rule attributed, with the chooser's candidates: what
/// `onrecord quotes --candidates` writes for training the chooser.
#[derive(Debug, Clone, PartialEq)]
pub struct ChooserCase {
    /// The quoted words.
    pub text: String,
    pub choices: Vec<chooser::Choice>,
}

/// The quotes of one article that no rule attributed, each with the
/// chooser's candidates and their features, whatever the chooser picks.
pub fn chooser_cases(
    article: &Article,
    blocks: &[Block],
    spans: &[QuoteSpan],
    registry: &Registry,
) -> Vec<ChooserCase> {
    let (reader, candidates) = read_article(article, blocks, spans, registry, true);
    (reader.chooser_cases(&candidates, blocks, spans))
        .into_iter()
        .map(|(k, choices)| ChooserCase {
            text: candidates[k].occurrence.text.clone(),
            choices,
        })
        .collect()
}

/// Reads an article with the rules: the reading state at its end and the
/// quotes found, in body order. The people named are noted for the
/// chooser only when `for_chooser`: no cost when it is off.
fn read_article<'a>(
    article: &'a Article,
    blocks: &[Block],
    spans: &[QuoteSpan],
    registry: &'a Registry,
    for_chooser: bool,
) -> (Reader<'a>, Vec<Candidate>) {
    let quoted: Vec<Range<usize>> = spans.iter().map(|q| q.outer.clone()).collect();
    let mut reader = Reader {
        article,
        registry,
        entity_table: descriptor::EntityTable::build(&article.body, blocks, &quoted)
            .with_listed_posts(registry),
        told_genders: told_gender::ToldGenders::read(&article.body, blocks, &quoted),
        discourse: Discourse::default(),
        candidates: Vec::new(),
        full_names: std::cell::RefCell::default(),
        body_names: std::cell::RefCell::default(),
        other_names: std::cell::RefCell::default(),
        familiar_cues: std::cell::OnceCell::new(),
        listed_people: std::cell::RefCell::default(),
        actor_mentions: std::cell::OnceCell::new(),
        mentions: for_chooser.then(Vec::new),
        lead: None,
        occasion_day: None,
        event_day: None,
        lead_speakers: Vec::new(),
        reported_last: None,
    };
    reader.read_lead(blocks);
    let mut next = 0;
    for (index, block) in blocks.iter().enumerate() {
        let first = next;
        while next < spans.len() && spans[next].block == index {
            next += 1;
        }
        reader.read_block(index, block, &spans[first..next]);
    }
    reader.attribute_entry_headings(blocks);
    let candidates = std::mem::take(&mut reader.candidates);
    (reader, candidates)
}

/// Nouns that name words as words when a quote follows them (`did not
/// recall the phrase “...”`): the quote is what someone else said, or
/// no one, never the sentence speaker going on.
const NAMED_WORDS_NOUNS: &[&str] = &["phrase", "words", "term", "expression", "slogan"];

/// Bytes before a quote read for `the phrase`: more than the two words.
const NAMED_WORDS_REACH: usize = 32;

/// `Ogletree said he remembered the meeting as “...” and did not recall
/// the phrase “...”`: a quote right after `the phrase` (or `the words`,
/// `the term`) is mentioned, not said, by the sentence's speaker, so no
/// speaker goes on into it. `before` is the body up to the opening mark.
fn named_as_words(before: &str) -> bool {
    // Two words back are enough: the tail, not the whole body, is split.
    let mut start = before.len().saturating_sub(NAMED_WORDS_REACH);
    while !before.is_char_boundary(start) {
        start -= 1;
    }
    let before = &before[start..];
    let ws = text::words(before);
    let [.., determiner, noun] = ws.as_slice() else {
        return false;
    };
    before[noun.end..].trim().is_empty()
        && determiner.after.trim().is_empty()
        && determiner.is(&["the", "that", "this"])
        && text::is_lowercase(noun)
        && noun.is(NAMED_WORDS_NOUNS)
}

/// Reads an article block by block, remembering who spoke.
struct Reader<'a> {
    article: &'a Article,
    registry: &'a Registry,
    /// The people the article names and what it says of them, for the
    /// descriptors that stand for them.
    entity_table: descriptor::EntityTable,
    /// The gender the article's own sentences tell of each person.
    told_genders: told_gender::ToldGenders,
    /// What the reading remembers so far: who spoke, who was introduced.
    discourse: Discourse,
    candidates: Vec<Candidate>,
    /// Per surname, the places in the body where a full name ends with it:
    /// a surname is looked up again for every quote of its speaker.
    /// (Looked up only, never walked: Fx hashing, as `listed_people`.)
    full_names: std::cell::RefCell<rustc_hash::FxHashMap<String, Vec<(usize, String)>>>,
    /// Per listed name, whether the body holds it.
    body_names: std::cell::RefCell<rustc_hash::FxHashMap<String, bool>>,
    /// Per name, what the body says of it as another name (see
    /// [`familiar::OtherNames`]): read once, asked at every mention.
    other_names: std::cell::RefCell<rustc_hash::FxHashMap<String, familiar::OtherNames>>,
    /// What those readings look for in the whole body, found once.
    familiar_cues: std::cell::OnceCell<familiar::BodyCues>,
    /// The registry's answer per name asked (see [`Reader::listed_person`]).
    listed_people: std::cell::RefCell<rustc_hash::FxHashMap<String, Option<&'a ListedPerson>>>,
    /// The actor names and aliases the body holds, found once when a
    /// rule first asks (`bodies::Reader::listed_body_by_noun`).
    actor_mentions: std::cell::OnceCell<Vec<registry::ActorMatch>>,
    /// The people the article names outside quotes, in body order: the
    /// chooser's candidates (`None`: the chooser is off, none noted).
    mentions: Option<Vec<chooser::Mention>>,
    /// The article's lead (`dates::lead_sentence`): its block's index and
    /// its paragraph in the body.
    lead: Option<(usize, Range<usize>)>,
    /// The day the lead tells for the occasion of speaking the report is
    /// about: the day of its quotes that tell none (`dates::occasion_day`).
    occasion_day: Option<Date>,
    /// The day the lead paragraph tells for the event the article reports
    /// (`dates::event_day`): the default day of the quotes that tell none
    /// of their own while the text has not moved to another day
    /// ([`Reader::event_day_for`]).
    event_day: Option<Date>,
    /// The people the lead says spoke, with the day it tells: the day of
    /// their later quotes that tell none, whoever is quoted between.
    lead_speakers: Vec<(String, Date)>,
    /// The last sentence read that reports someone's words without
    /// quote marks (`Tan said he had sided with Bernardi.`): its block,
    /// its extent, who it names and the words that say so. A quote that
    /// opens the next sentence with no frame of its own is theirs
    /// ([`Reader::after_reported`]).
    reported_last: Option<ReportedSentence>,
}

/// A sentence of reported speech, as [`Reader::after_reported`] reads it.
struct ReportedSentence {
    block: usize,
    sentence: Range<usize>,
    speaker: Entity,
    evidence: Range<usize>,
}

impl<'a> Reader<'a> {
    /// [`Registry::person`], kept per name for the article: the rules ask
    /// about the same names rule after rule and sentence after sentence,
    /// and an unlisted name, the usual case, goes through every fuzzy
    /// fallback each time. The registry does not change while an article
    /// is read, so the answer kept is the answer it would give.
    fn listed_person(&self, name: &str) -> Option<&'a ListedPerson> {
        if let Some(&kept) = self.listed_people.borrow().get(name) {
            return kept;
        }
        let person = self.registry.person(name);
        self.listed_people
            .borrow_mut()
            .insert(name.to_string(), person);
        person
    }
}

/// What one attribution clause gave.
struct Found {
    speaker: Option<Entity>,
    via: Option<String>,
    date: Option<Date>,
    evidence: Range<usize>,
    /// `he added`, `he continued, adding`: the previous speaker goes on.
    continuing: bool,
    /// The clause names someone who cannot be named (`said one resident`):
    /// the quote is theirs, not the previous speaker's.
    anonymous: bool,
    /// The verb names rather than says (`called`, `described ... as`).
    naming: bool,
    /// The actor of an office holder the clause does not name (`the
    /// representative of China said`): no speaker, but that actor.
    office_actor: Option<String>,
    /// How the clause names its speaker (`a senior commander`) when it
    /// does not name them: the role of an anonymous quote.
    description: Option<String>,
    /// The subject is a pronoun (`he said`).
    pronoun: bool,
    /// The pronoun was resolved among several people who fit, or
    /// reached back over other speakers: a guess, which nothing later
    /// may rest on.
    guessed: bool,
    /// `description` is a group of unnamed sources the article told
    /// (`people familiar with the matter`), one of whom spoke.
    of_group: bool,
    rule: Rule,
}

impl Found {
    /// A frame that names its speaker outright, with nothing else to
    /// tell (no agency, day, description or pronoun).
    fn naming(speaker: Entity, evidence: Range<usize>, rule: Rule) -> Found {
        Found {
            speaker: Some(speaker),
            via: None,
            date: None,
            evidence,
            continuing: false,
            anonymous: false,
            naming: false,
            office_actor: None,
            description: None,
            pronoun: false,
            guessed: false,
            of_group: false,
            rule,
        }
    }

    /// The frame read names no one, describes no one and gives no
    /// office's actor or pronoun: its subject stretch was no noun phrase
    /// (a clause of the complement), so another reading may decide.
    fn found_no_one(&self) -> bool {
        self.speaker.is_none()
            && self.description.is_none()
            && self.office_actor.is_none()
            && !self.pronoun
    }
}

impl Reader<'_> {
    fn read_block(&mut self, index: usize, block: &Block, quotes: &[QuoteSpan]) {
        let body = &self.article.body;
        let range = block.range.clone();
        if opens_entry(&body[range.clone()]) {
            self.discourse.entry_began();
        } else if block.kind == BlockKind::Heading {
            self.discourse.scene_ended();
        }
        // Sentences without quote marks may hold reported speech; read them
        // in order with the quotes so pronouns point back correctly.
        let mut sentences = Vec::new();
        if block.kind != BlockKind::Heading {
            let text = &body[range.clone()];
            for sentence in text::sentences(text) {
                let sentence = range.start + sentence.start..range.start + sentence.end;
                if !quotes.iter().any(|q| overlaps(&q.outer, &sentence)) && !sentence.is_empty() {
                    sentences.push(sentence);
                }
            }
        }
        // Who the paragraph names outside its quotes, once per paragraph:
        // what `he` and `she` in it may mean.
        // Only a quote's pronoun reads them.
        let quoted: Vec<Range<usize>> = quotes.iter().map(|q| q.outer.clone()).collect();
        if block.kind != BlockKind::Heading && self.mentions.is_some() {
            self.note_mentions(index, range.clone(), &quoted);
        }
        (
            self.discourse.named_in_block,
            self.discourse.subjects_in_full,
        ) = if quotes.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            let known: Vec<&str> = (self.discourse.known.iter())
                .chain(&self.discourse.people)
                .map(|e| e.name.as_str())
                .collect();
            let text = &body[range.clone()];
            let named = coref::people_named(text, range.start, &quoted, &known);
            let subjects =
                self.subjects_named_in_full(index, text, range.start, &quoted, &known, &named);
            (named, subjects)
        };
        self.discourse.paragraph = range.clone();
        self.discourse.block = index;
        self.discourse.paragraph_quotes = quoted;
        let mut s = 0;
        for k in 0..quotes.len() {
            while s < sentences.len() && sentences[s].start < quotes[k].outer.start {
                self.read_sentence(sentences[s].clone(), index);
                s += 1;
            }
            self.read_quote(index, block, quotes, k);
        }
        for sentence in &sentences[s..] {
            self.read_sentence(sentence.clone(), index);
        }
        if let Some(last) = quotes.last() {
            let after = sentence_end(body, last.outer.end, range.end);
            self.discourse.named_after_last_quote = (self.discourse.named_in_block.iter())
                .filter(|n| n.at >= after)
                .map(|n| n.name.clone())
                .collect();
            self.discourse.told_since_quote.clear();
            self.discourse.told_since_quote.push(after..range.end);
        } else if block.kind != BlockKind::Heading {
            self.discourse.told_since_quote.push(range.clone());
        }
        self.discourse.block_ended();
        self.discourse.closing_opening = (block.kind != BlockKind::Heading)
            .then(|| closing_opening(body, range.clone(), &self.discourse.paragraph_quotes))
            .flatten()
            .map(|opening| (index, opening));
        let text = body[range.clone()].trim_end();
        let colon_outside = quotes
            .last()
            .is_none_or(|q| q.outer.end < range.start + text.len());
        if block.kind != BlockKind::Heading
            && text.ends_with(':')
            && colon_outside
            && let (Some(person), Some((at, words))) = (&self.discourse.introduced, &self.discourse.introduced_at)
            && *at == index
            // The colon closes the introducing sentence or a short one
            // after it (`Key lines:`), not `The banner read:`.
            && text::words(&body[words.end..range.start + text.len()]).len() <= 2
            && tells_of_saying(&body[words.start..range.start + text.len()])
        {
            self.discourse.lead_in = Some((index, person.clone(), words.clone()));
        } else if block.kind != BlockKind::Heading
            && text.ends_with(':')
            && colon_outside
            && let Some(last) = text::sentences(text).last()
        {
            // `Victoria Penrose, head of equity research at AJ Bell, has
            // sent over her thoughts:` closing its paragraph, the quote
            // filling the next: the sentence before the colon is read as
            // it is before a quote in its own paragraph (`lead_in_of`).
            let sentence = range.start + last.start..range.start + last.end;
            if let Some(person) = self.colon_turn(block, &body[sentence.clone()], sentence.start) {
                let evidence = text::trim_clause(body, sentence);
                self.discourse.lead_in = Some((index, person, evidence));
            }
        }
    }

    /// Who takes the turn a sentence ending in a colon gives (`Lin
    /// said:`, `CJ Musyoka sets the tone:`): a person the words of saying
    /// introduce, else the one person named in full whose turn it is
    /// ([`Reader::turn_taken_by`]); never in a live blog entry's heading,
    /// which only echoes words its entry tells.
    fn colon_turn(&self, block: &Block, lead: &str, at: usize) -> Option<Entity> {
        if tells_of_saying(lead) {
            speaker::introduced(lead)
                .iter()
                .find_map(|s| self.resolve(s, at).filter(|p| p.person))
        } else if !entry_heading(block.kind, &self.article.body[block.range.clone()]) {
            self.turn_taken_by(lead, at)
        } else {
            None
        }
    }

    /// The people block `index` names in full as the subject of a
    /// sentence though no list of given names knows them and `named`
    /// does not hold them (`Harjit Sanghera, a sports lawyer, said`):
    /// someone else than the person quoted before, whom `he` or `she`
    /// after them may mean. A name the sentence is about (`Asked by
    /// presenter Cathal Rigney`) is left out.
    fn subjects_named_in_full(
        &self,
        index: usize,
        text: &str,
        base: usize,
        quoted: &[Range<usize>],
        known: &[&str],
        named: &[coref::Named],
    ) -> Vec<coref::Named> {
        let in_full: Vec<&str> = (self.entity_table.full_names_in_block(index))
            .filter(|n| !known.contains(n))
            .collect();
        if in_full.is_empty() {
            return Vec::new();
        }
        let all: Vec<&str> = known.iter().copied().chain(in_full).collect();
        let ws = text::words(text);
        let in_subject_place = |person: &coref::Named| {
            (ws.iter().position(|w| base + w.start == person.at))
                .is_some_and(|i| coref::in_subject_place(&ws, i))
        };
        coref::people_named(text, base, quoted, &all)
            .into_iter()
            .filter(|p| !named.iter().any(|n| n.at == p.at) && in_subject_place(p))
            .collect()
    }

    fn read_quote(&mut self, index: usize, block: &Block, quotes: &[QuoteSpan], k: usize) {
        let body = &self.article.body;
        let quote = &quotes[k];
        let (left, right, right_runs_on) = contexts(body, block.range.clone(), quotes, k);
        let inner = closing_inner_quote_read_through(
            body[quote.text.clone()].trim_end_matches([' ', ']', ')', '\n', '\r']),
        );
        let ends_with_comma = inner.ends_with(',');
        let ends_sentence = inner.ends_with(['.', '!', '?', '…']);
        let sides = if ends_with_comma {
            [Side::After, Side::Before]
        } else {
            [Side::Before, Side::After]
        };
        let mut found = None;
        let mut found_side = None;
        // `X said the governor's “nothing is pre-set” remark`: the
        // governor's words, whoever the sentence is about.
        if let Some((possessor, words)) =
            speaker::possessor_of_quote(&body[left.clone()], &body[right.clone()])
        {
            let clause = speaker::Clause {
                subject: Some(speaker::parse_subject(possessor)),
                verb: "said".into(),
                evidence: words,
                via: None,
            };
            let context = &body[left.clone()];
            found =
                Some(self.resolve_clause(&clause, left.start, Side::Before, context, left.clone()));
        }
        for side in sides.into_iter().filter(|_| found.is_none()) {
            if side == Side::After && ends_sentence && right_runs_on {
                // `“A.” Then she said: “B.”` - the clause is B's.
                continue;
            }
            if side == Side::After && !ends_clause(inner, &body[right.clone()]) {
                // `the “moderate” rebels said`: the quote ends no clause.
                continue;
            }
            if side == Side::After && links_a_predicate(&body[right.clone()]) {
                // `Reyes said she “would not comment,” but declined to
                // say more`: the words after the quote go on with the
                // sentence; its frame is before.
                continue;
            }
            let context = if side == Side::Before {
                left.clone()
            } else {
                right.clone()
            };
            // `“...,” and said he would`: the verb after the quote shares
            // the subject of the sentence before it; read that side.
            let coordinated = |c: &speaker::Clause<'_>| {
                c.subject.as_ref().is_some_and(|s| {
                    let ws = text::words(s.phrase);
                    !ws.is_empty() && ws.iter().all(|w| w.is(CONJUNCTIONS))
                })
            };
            // `Reyes said it was “partly true,” adding that ...`: a
            // participle after the quote with no subject of its own goes
            // on with the sentence's speaker, whose frame before the quote
            // is read next.
            let participle = |c: &speaker::Clause<'_>| {
                side == Side::After
                    && c.subject.is_none()
                    && !speaker::quote_is_a_title(&body[left.clone()])
                    && speaker::participle_after(&body[context.clone()]).is_some_and(|end| {
                        let sentence = sentence_before_quote(body, block.range.clone(), quotes, k);
                        speaker::coordinated_subject(&body[sentence.start..context.start + end])
                            .is_some()
                    })
            };
            // `Kressler, who said that “...,” told The Hill`: the verb
            // after the quote is the main clause's, whose subject is
            // before the relative clause the quote belongs to.
            let relative = |_: &speaker::Clause<'_>| {
                side == Side::After
                    && speaker::quote_in_relative_clause(&body[left.clone()])
                    && speaker::predicate_goes_on(&body[context.clone()])
            };
            if let Some(clause) = speaker::clause(&body[context.clone()], side, &self.outlets())
                .filter(|c| !coordinated(c) && !participle(c) && !relative(c))
            {
                let lead = left.start..left.end;
                let mut reading =
                    self.resolve_clause(&clause, context.start, side, &body[context.clone()], lead);
                // `“...,” she confided`: a verb that is no speech verb makes
                // a frame only for the one person the paragraph names.
                if side == Side::After
                    && speaker::frames_by_any_verb(&body[context.clone()])
                    && !self.only_person_before(&reading, block.range.start..quote.outer.start)
                {
                    reading.speaker = None;
                }
                found = Some(reading);
                found_side = Some(side);
                break;
            }
        }
        if let Some(side) = found_side
            && found
                .as_ref()
                .is_some_and(|f| f.speaker.as_ref().is_some_and(|s| !s.person))
            && let Some(mut person) = self.person_beside_according(side, &left, &right)
        {
            // The body they speak for, when nothing else tells.
            let body_actor = found.and_then(|f| f.speaker).and_then(|s| s.actor);
            if let Some(speaker) = person.speaker.as_mut().filter(|s| s.actor.is_none()) {
                speaker.actor = body_actor;
            }
            found = Some(person);
        }
        // `Ann Reyes thanked the crowd and said she was “...”`: when the
        // words next to `said` name no one, the sentence's subject does,
        // if it is a person the article named in full.
        // `Reyes condemned the attack as “...” and said Tarn had “...”`:
        // the sentence from its start, over the quotes before this one.
        let sentence = sentence_before_quote(body, block.range.clone(), quotes, k);
        if found.as_ref().is_none_or(|f| f.speaker.is_none())
            && let Some(subject) = speaker::coordinated_subject(&body[sentence.clone()])
            && (self.resolve(&subject, sentence.start)).is_some_and(|p| p.is_person_named_in_full())
        {
            found = Some(self.resolve_sentence_subject(subject, body, sentence.clone(), &left));
        }
        // `Vanderschoot summoned the railroads for what she called “a last,
        // serious attempt”`: the pronoun of `what she called` is the one
        // the sentence is about, and the words are theirs: the sentence's
        // subject, a person named in full for `he` or `she` (of no other
        // told gender), a body for `it` or `they`.
        if found.as_ref().is_none_or(|f| f.speaker.is_none())
            && sentence.start <= left.start
            && let Some((pronoun, what)) = speaker::what_pronoun_called(&body[left.clone()])
            && let Some(subject) =
                speaker::subject_of_sentence(&body[sentence.start..left.start + what])
        {
            match subject.pronoun {
                // `He thanked both ministers for what he called “...”`:
                // the same pronoun, read as `he said` would be.
                Some(p) if p.eq_ignore_ascii_case(pronoun) => {
                    let reading =
                        self.resolve_sentence_subject(subject, body, sentence.clone(), &left);
                    if reading.speaker.is_some() {
                        found = Some(reading);
                    }
                }
                Some(_) => {}
                None => {
                    let fits = self
                        .resolve(&subject, sentence.start)
                        .is_some_and(|entity| {
                            if Gender::of_pronoun(pronoun).is_some() {
                                entity.is_person_named_in_full()
                                    && self.agrees_with_pronoun(&entity, Some(pronoun))
                            } else {
                                !entity.person
                            }
                        });
                    if fits {
                        found = Some(self.resolve_sentence_subject(
                            subject,
                            body,
                            sentence.clone(),
                            &left,
                        ));
                    }
                }
            }
        }
        // `Lena Vos said the file names suggested the attackers had been
        // “...”`: a frame read on the complement's last verb found no one
        // and no description; the sentence's own subject and speech verb
        // govern the quote (`speaker::complement_subject`), unless the
        // quote is only named as words (`did not recall the phrase “...”`).
        // A quote after another of the same sentence goes on with its
        // speaker (`continuation`), as before, when that is who the
        // complement's subject is.
        if found.as_ref().is_none_or(Found::found_no_one)
            && !named_as_words(&body[..quote.outer.start])
            && let Some(frame) = speaker::complement_subject(&body[sentence.clone()])
            && let Some(entity) = self.resolve(&frame.subject, sentence.start)
            && entity.is_person_named_in_full()
            && frame
                .pronouns
                .iter()
                .all(|p| self.pronoun_means(&entity, p))
            && (found.is_some()
                || sentence.start >= left.start
                || (self.candidates.last()).and_then(|c| c.occurrence.speaker.as_deref())
                    != Some(entity.name.as_str()))
        {
            found =
                Some(self.resolve_sentence_subject(frame.subject, body, sentence.clone(), &left));
        }
        // `“...” — Ann Reyes`: a person named after a dash, never a
        // credit line's outlet (`— Reuters` names no person).
        if found.is_none()
            && let Some(name) = speaker::dash_credit(&body[right.clone()])
        {
            let subject =
                speaker::parse_subject(&body[right.start + name.start..right.start + name.end]);
            let outlet = text::words(subject.phrase)
                .first()
                .is_some_and(|w| w.is(&["the"]))
                || self.outlets().contains(&subject.phrase);
            if !outlet
                && self
                    .resolve(&subject, right.start)
                    .is_some_and(|s| s.person)
            {
                let clause = speaker::Clause {
                    subject: Some(subject),
                    verb: "said".into(),
                    evidence: name,
                    via: None,
                };
                let context = &body[right.clone()];
                found = Some(self.resolve_clause(
                    &clause,
                    right.start,
                    Side::After,
                    context,
                    left.clone(),
                ));
            }
        }
        // `BATRAWY: "Thank God, he is alive," he says.`: a quote whose own
        // frame gives it to `he`, `she` or `they` is someone else's words
        // the labelled speaker tells of, whoever the pronoun turned out
        // to mean (round forty-seven: once `he` no longer meant the
        // label before, `(Speaking Arabic)`, the label took the quote).
        let told_of_another = found.as_ref().is_some_and(|f| {
            f.pronoun
                && text::words(&body[f.evidence.clone()])
                    .iter()
                    .any(|w| w.is(&["he", "she", "they"]))
        });
        if found
            .as_ref()
            .is_none_or(|f| f.speaker.is_none() && !f.anonymous)
            && let Some(lead) = self.lead_in_of(index, body, block, quote, &left, told_of_another)
        {
            found = Some(lead);
        }
        if found.as_ref().is_none_or(Found::found_no_one)
            && let Some(frame) = self.frame_left_unread_before(block, quotes, k)
        {
            found = Some(frame);
        }
        // A quote alone in its block, short or a question (a subhead, an
        // interviewer's question), is not the reported speaker's going on.
        let lone_heading_or_question = fills_block(body, block.range.clone(), quote.outer.clone())
            && (inner.split_whitespace().count() < SHORT_QUOTE_WORDS || inner.ends_with('?'));
        if found.is_none()
            && !lone_heading_or_question
            && let Some(reported) = self.after_reported(index, quote)
        {
            found = Some(reported);
        }
        if found.is_none()
            && !lone_heading_or_question
            && ends_sentence
            && let Some(introduced) = self.after_introduction(index, quote)
        {
            found = Some(introduced);
        }
        self.reported_last = None;
        let previous = self.candidates.last().filter(|c| c.statement);
        let same_block = previous.filter(|c| c.block == Some(index));
        let opens_block = body[block.range.start..quote.outer.start].trim().is_empty();
        // A quote alone in its block with no attribution: a subhead
        // (`- ‘Gravely concerned’ -`) goes on with no one; a question
        // (`“Is anyone refusing to leave?”`) is the interviewer's, whom
        // the article does not name, and the quote after it answers.
        let alone = found.is_none() && fills_block(body, block.range.clone(), quote.outer.clone());
        let subhead = alone && inner.split_whitespace().count() < SHORT_QUOTE_WORDS;
        let question = alone && inner.ends_with('?');
        // The speaker quoted before an interviewer's question answers it.
        let answered = (self.discourse.question_in.is_some_and(|q| q + 1 == index))
            .then(|| self.candidates.len().checked_sub(2))
            .flatten()
            .map(|k| &self.candidates[k])
            .filter(|c| index >= 2 && c.block == Some(index - 2));
        let previous_block = answered.or(previous).filter(|c| {
            opens_block
                && index > 0
                && !subhead
                && !question
                && (c.block == Some(index - 1) || answered.is_some())
                && c.occurrence.speaker.is_some()
                && !c.occurrence.anonymous
                // Going on from the paragraph before rests on its
                // speaker: never on a guess.
                && self.confidence_of(c) == Confidence::Sure
        });
        let anonymous = found.as_ref().is_some_and(|f| f.anonymous);
        // `“...,” she said` after a man's quote: the pronoun points to no
        // one the article has named, and not to him.
        let lost_pronoun = found
            .as_ref()
            .is_some_and(|f| f.speaker.is_none() && f.pronoun);
        // An unnamed source goes on only within its sentence (a split
        // quote): `She shrugs. “...”` after them is someone else.
        let same_sentence = |p: &&Candidate| {
            p.occurrence.span.as_ref().is_some_and(|s| {
                s.end <= quote.outer.start
                    && sentence_ends(&body[s.end..quote.outer.start]).is_empty()
            })
        };
        // Someone else named or introduced since the previous quote: the
        // speaker may have changed, so the quote goes on with no one.
        let undisturbed = |p: &&Candidate, same: bool| {
            // From the end of the previous quote's sentence: its own
            // attribution (`said Jo Lin, a professor at George Mason
            // University`) names no one else.
            let since = (p.occurrence.span.as_ref())
                .map(|s| sentence_end(body, s.end, quote.outer.start))
                .filter(|_| same);
            (p.occurrence.speaker.as_deref())
                .is_none_or(|s| self.discourse.may_continue(s, since, quote.outer.start))
        };
        // `“...,” the official said. “...”`: the sentence between the two
        // quotes is only the unnamed source's attribution, so the quote
        // that opens the next sentence is still theirs.
        let attributed_between = |p: &&Candidate| {
            let (Some(s), Some(e)) = (&p.occurrence.span, &p.occurrence.evidence_span) else {
                return false;
            };
            // `“...,” one of them said`: the source is only the group told
            // before, too loose a reading to carry on to more words.
            let points_back = |d: &str| {
                let ws = text::words(d);
                (0..ws.len()).any(|at| {
                    unnamed::after_one_of(&ws[at..])
                        .is_some_and(|group| group[0].is(POINTING_BACK_WORDS))
                })
            };
            // (Also when the group's own words stand for them.)
            let of_a_group = (p.occurrence.speaker.as_deref())
                .is_some_and(|d| text::words(d).iter().any(|w| w.is(POINTING_BACK_WORDS)))
                || (p.occurrence.evidence.as_deref()).is_some_and(points_back);
            !of_a_group && only_attribution_between(body, s.end..quote.outer.start, e)
        };
        let inherit_from = same_block
            .filter(|p| undisturbed(p, true))
            .filter(|p| !p.occurrence.anonymous || same_sentence(p) || attributed_between(p))
            .filter(|_| !lost_pronoun)
            .or(previous_block.filter(|p| !lost_pronoun && undisturbed(p, false)))
            .filter(|_| !anonymous && !named_as_words(&body[..quote.outer.start]));
        let inherit_source = inherit_from.map(|p| (self.confidence_of(p), p.block == Some(index)));
        let inherit_from = inherit_from.cloned();
        let own = found.as_ref().is_some_and(|f| f.speaker.is_some());
        // `said one resident` attributes a short quote; `activists called
        // it a “scorched earth” campaign` only names something.
        let said_by_someone = own || anonymous && found.as_ref().is_some_and(|f| !f.naming);
        let continues = inherit_from
            .as_ref()
            .is_some_and(|p| p.occurrence.speaker.is_some());
        let mut occurrence = Occurrence {
            text: body[quote.text.clone()].to_string(),
            span: Some(quote.text.clone()),
            kind: QuoteKind::Direct,
            speaker: None,
            role: None,
            actor: None,
            via: None,
            date: self.article.date,
            evidence: None,
            evidence_span: None,
            rule: None,
            anonymous: false,
            affiliation_evidence: None,
        };
        // What the quote's speaker rests on: its own attribution (a guess
        // or not), or the quote it goes on from (with whether that quote
        // is in this paragraph).
        let own_guess = (found.as_ref())
            .filter(|f| f.speaker.is_some())
            .map(|f| f.guessed);
        // A day the quote's own frame tells sets the reference time: `A
        // day later` in the next frame is told against it.
        if let Some(day) = found.as_ref().and_then(|f| f.date) {
            self.discourse.day_set(day);
        }
        let inherit_source = inherit_source.filter(|_| own_guess.is_none());
        match (found, inherit_from) {
            (Some(found), previous) if found.speaker.is_some() => {
                let speaker = found.speaker.clone();
                let goes_on = previous.as_ref().filter(|p| {
                    found.continuing
                        && p.occurrence.speaker == speaker.as_ref().map(|s| s.name.clone())
                });
                self.fill(&mut occurrence, &found);
                if found.date.is_none()
                    && let Some(date) = (self.occasion_of(occurrence.speaker.as_deref(), index))
                        .or_else(|| self.pronoun_day_of(&found, index))
                        .or_else(|| self.lead_speaker_day(occurrence.speaker.as_deref()))
                        .or_else(|| self.occasion_day_for(occurrence.speaker.as_deref(), block))
                        .or_else(|| self.event_day_for(Some(&found)))
                {
                    occurrence.date = date;
                }
                if let Some(p) = goes_on {
                    if found.date.is_none() {
                        occurrence.date = p.occurrence.date;
                    }
                    if found.via.is_none() {
                        occurrence.via.clone_from(&p.occurrence.via);
                    }
                }
            }
            (found, Some(previous)) => {
                // A split quote or the next paragraph of a long quote.
                let p = previous.occurrence;
                occurrence.speaker = p.speaker;
                occurrence.role = p.role;
                occurrence.actor = p.actor;
                occurrence.via = p.via;
                // `X, who said on Tuesday that “...,” said on Wednesday
                // that it was “...”`: a day the quote's own frame tells
                // is its day, though the speaker goes on.
                occurrence.date = found.as_ref().and_then(|f| f.date).unwrap_or(p.date);
                occurrence.evidence = p.evidence;
                occurrence.evidence_span = p.evidence_span;
                occurrence.anonymous = p.anonymous;
                occurrence.rule = p.rule.map(|_| Rule::Continuation);
                if let Some(found) = found {
                    occurrence.evidence_span = Some(found.evidence.clone());
                    occurrence.evidence = Some(body[found.evidence].to_string());
                }
            }
            (Some(found), None) => {
                self.fill(&mut occurrence, &found);
                if found.date.is_none()
                    && let Some(date) = (self
                        .occasion_day_for(occurrence.speaker.as_deref(), block))
                    .or_else(|| self.event_day_for(Some(&found)))
                {
                    occurrence.date = date;
                }
            }
            (None, None) => {
                if let Some(date) =
                    (self.occasion_day_for(None, block)).or_else(|| self.event_day_for(None))
                {
                    occurrence.date = date;
                }
            }
        }
        let words = inner.split_whitespace().count();
        let statement = !quote.in_heading
            && (said_by_someone || continues || question || words >= SHORT_QUOTE_WORDS);
        let confidence = match (own_guess, &inherit_source) {
            (Some(true), _) => Confidence::Guessed,
            (Some(false), _) | (None, None) => Confidence::Sure,
            // From the paragraph before with no attribution of its own,
            // unless the quote ran on into this one (left open, as a
            // newspaper prints a long quote) or is all its paragraph
            // holds: a run of paragraphs that are only quotes (a
            // statement's paragraphs, a correspondent's report) is the
            // turn of whoever opened it, as surely in its third
            // paragraph as in its second, since no one else is named
            // between.
            (None, Some((_, false))) if !self.discourse.left_open && !alone => Confidence::Guessed,
            (None, Some((source, _))) => *source,
        };
        self.discourse.left_open = quote.open_end;
        if question {
            // The question is no one's the reading knows: what goes on
            // after it is what went before it.
            self.discourse.question_in = Some(index);
        } else {
            self.discourse.question_in = None;
            self.discourse.last_attribution = Some((self.candidates.len(), confidence));
        }
        // Only the last quote's speaker holds the turn.
        self.discourse.unnamed_source_in = None;
        if let Some(speaker) = self.speaker_of(&occurrence) {
            self.discourse.remember_quoted(&speaker, confidence);
        } else if occurrence.anonymous
            && (occurrence.speaker.is_some() && statement || occurrence.role.is_some())
        {
            // `One leader, who asked not to be named, said men were seen
            // “running”. “...,” he said.`: `he` in this paragraph may be
            // the unnamed source, so it is no one quoted before. So may a
            // described person no rule could name, quoted in a few words
            // (`the director said staff had been “operating with the last
            // of everything”. “...,” he told the team.`), even when the
            // description might be the person quoted last: no name is
            // better than a wrong one.
            self.discourse.unnamed_quoted_in = Some(block.range.start);
            // A described source (not a frame misread as one, whose
            // words are kept as a role) holds the turn into the next
            // paragraph.
            if let Some(description) = occurrence.speaker.as_ref().filter(|_| statement) {
                let whole = inner
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                self.discourse.unnamed_source_in =
                    Some((self.discourse.block, description.clone(), whole));
            }
        }
        self.discourse.statement_read();
        if occurrence.speaker.is_some()
            && self
                .discourse
                .occasion
                .as_ref()
                .is_some_and(|o| Some(&o.speaker) != occurrence.speaker.as_ref())
        {
            self.discourse.occasion = None;
        }
        // A pronoun's day holds for the quote right after its sentence.
        self.discourse.sentence_before = None;
        self.end_run_on(index, opens_block, own, &occurrence);
        if quote.open_end && opens_block && !own {
            self.discourse.runs_on.push(self.candidates.len());
        }
        self.candidates.push(Candidate {
            occurrence,
            statement,
            block: Some(index),
        });
    }

    /// `The agency says it wants “...”, according to its spokesman,
    /// Lucas Verbeek`; `Minister Ann Reyes described it as “...,”
    /// according to a statement by the ministry`: when the frame read on
    /// `side` gave a body and `according to` on one side of the quote
    /// sets a person named in full against it on the other, the person
    /// said the words and the body issued or carried them. Returns the
    /// person's frame, read; `None` when the other side names no person.
    fn person_beside_according(
        &mut self,
        side: Side,
        left: &Range<usize>,
        right: &Range<usize>,
    ) -> Option<Found> {
        let body = &self.article.body;
        // `“...” that will be investigated, according to its adviser X`:
        // where `according to` opens the words after the quote, or opens
        // a phrase of them set off by a comma.
        let after_words = text::words(&body[right.clone()]);
        let according = (0..after_words.len().saturating_sub(2)).find(|&k| {
            after_words[k].is(&["according"])
                && after_words[k + 1].is(&["to"])
                && (k == 0 || after_words[k - 1].after.contains(','))
        })?;
        let (other_side, context) = match side {
            Side::Before => (
                Side::After,
                right.start + after_words[according].start..right.end,
            ),
            // `according to` opening the words after the quote.
            Side::After if according == 0 => (Side::Before, left.clone()),
            Side::After => return None,
        };
        let clause = speaker::clause(&body[context.clone()], other_side, &self.outlets())?;
        let subject = clause.subject.as_ref().filter(|s| s.pronoun.is_none())?;
        self.resolve(subject, context.start)
            .filter(Entity::is_person_named_in_full)?;
        let found = self.resolve_clause(
            &clause,
            context.start,
            other_side,
            &body[context.clone()],
            left.clone(),
        );
        found
            .speaker
            .as_ref()
            .is_some_and(Entity::is_person_named_in_full)
            .then_some(found)
    }

    /// How sure the reading is of a quote's speaker: only the last quote
    /// read may be a guess.
    fn confidence_of(&self, candidate: &Candidate) -> Confidence {
        let at = self
            .candidates
            .iter()
            .rposition(|c| std::ptr::eq(c, candidate));
        match self.discourse.last_attribution {
            Some((k, confidence)) if Some(k) == at => confidence,
            _ => Confidence::Sure,
        }
    }

    /// `‘The North needs relief.` then `‘That gives leverage,’ said Jan
    /// Berg.`: the attribution at the end of a quote that runs on over
    /// paragraphs names the speaker of all of them.
    fn end_run_on(&mut self, index: usize, opens_block: bool, own: bool, occurrence: &Occurrence) {
        let chained = self.discourse.runs_on.last().is_some_and(|&last| {
            last + 1 == self.candidates.len()
                && self.candidates[last].block.is_some_and(|b| b + 1 == index)
        });
        if !chained || !opens_block {
            self.discourse.runs_on.clear();
            return;
        }
        if !own {
            return;
        }
        for k in std::mem::take(&mut self.discourse.runs_on) {
            let o = &mut self.candidates[k].occurrence;
            o.speaker.clone_from(&occurrence.speaker);
            o.role.clone_from(&occurrence.role);
            o.actor.clone_from(&occurrence.actor);
            o.via.clone_from(&occurrence.via);
            o.date = occurrence.date;
            o.evidence.clone_from(&occurrence.evidence);
            o.evidence_span.clone_from(&occurrence.evidence_span);
            o.rule = Some(Rule::RunOn);
        }
    }

    /// `**4:30 p.m. ET — White House: “The president's door was open”**`,
    /// then `Press secretary Jo Vell, asked at the briefing, pointed to
    /// ...`: a live blog sets a speaker's words in the heading of the
    /// entry that tells them. A quote in an entry heading (see
    /// [`entry_heading`]) that no rule gave a speaker is said by whoever
    /// says the same words later in the entry, when that quote has a
    /// speaker (`14:55 GMT - ‘We counted every bump’` over `Our reporter
    /// spoke to evacuees.` and `Sayed said ... “We counted every bump
    /// ...,” he said`); when the entry does not repeat them, by the
    /// subject of the first sentence of the paragraph right under the
    /// heading: the one person that sentence names, or a body when it
    /// names no person. No one when the entry repeats the words without
    /// a speaker, when that sentence names anyone else by another
    /// surname (`... waited with her neighbour Ivo Dane`), tells of its
    /// subject talking to others (`Our correspondent spoke to evacuees`:
    /// the heading quotes one of them), or opens with a quote, a pronoun
    /// or an interview label (`Al-Mukhtar: ...` under a question set in
    /// bold).
    fn attribute_entry_headings(&mut self, blocks: &[Block]) {
        let body = &self.article.body;
        for k in 0..self.candidates.len() {
            let candidate = &self.candidates[k];
            let Some(h) = candidate.block else { continue };
            if candidate.occurrence.speaker.is_some()
                || candidate.occurrence.kind != QuoteKind::Direct
                || !entry_heading(blocks[h].kind, &body[blocks[h].range.clone()])
            {
                continue;
            }
            let Some(next) = blocks.get(h + 1).filter(|b| {
                b.kind == BlockKind::Paragraph && !entry_heading(b.kind, &body[b.range.clone()])
            }) else {
                continue;
            };
            // The repeated quote's speaker as it stands, anonymous or not.
            let said = match self.repeated_in_entry(k, blocks) {
                Some(r) => {
                    let o = &self.candidates[r].occurrence;
                    let speaker = o.speaker.clone().map(|name| Entity {
                        name,
                        role: o.role.clone(),
                        actor: o.actor.clone(),
                        person: true,
                    });
                    speaker
                        .zip(o.evidence_span.clone())
                        .map(|(s, e)| (s, e, o.anonymous))
                }
                None => (self.entry_subject(next.range.clone())).map(|(s, e)| (s, e, false)),
            };
            let Some((speaker, evidence, anonymous)) = said else {
                continue;
            };
            let o = &mut self.candidates[k].occurrence;
            o.speaker = Some(speaker.name);
            o.role = speaker.role;
            o.actor = speaker.actor;
            o.anonymous = anonymous;
            o.evidence = Some(body[evidence.clone()].to_string());
            o.evidence_span = Some(evidence);
            o.rule = Some(Rule::EntryHeading);
        }
    }

    /// The candidate after the heading quote `k` (in block `h`) that says
    /// its words again before the next entry heading, if any.
    fn repeated_in_entry(&self, k: usize, blocks: &[Block]) -> Option<usize> {
        let body = &self.article.body;
        let words = self.candidates[k]
            .occurrence
            .text
            .trim_end_matches([',', '.', ' ']);
        let h = self.candidates[k].block?;
        let entry_end = (h + 1..blocks.len())
            .find(|&b| entry_heading(blocks[b].kind, &body[blocks[b].range.clone()]))
            .unwrap_or(blocks.len());
        (k + 1..self.candidates.len()).find(|&r| {
            let c = &self.candidates[r];
            c.block.is_some_and(|b| b > h && b < entry_end)
                && c.occurrence.kind == QuoteKind::Direct
                && c.occurrence.text.contains(words)
        })
    }

    /// The subject of the first sentence of the paragraph at `range`, with
    /// the words that name it, as [`Reader::attribute_entry_headings`]
    /// reads it: the one person the sentence names, or a body when it
    /// names no person.
    fn entry_subject(&self, range: Range<usize>) -> Option<(Entity, Range<usize>)> {
        let body = &self.article.body;
        let text = &body[range.clone()];
        let first = text::sentences(text).into_iter().next()?;
        let sentence = &text[first.clone()];
        let ws = text::words(sentence);
        let opening = ws.first()?;
        let talks_to_others = ws
            .windows(2)
            .any(|p| p[0].is(TALKING_VERBS) && p[1].is(&["to", "with"]))
            || ws.iter().any(|w| w.is(&["interviewed"]));
        if opening.is(PRONOUNS)
            || sentence.trim_start().starts_with(['"', '“', '‘', '\''])
            || talks_to_others
            || speaker::answer_label(text).is_some()
        {
            return None;
        }
        let start = range.start + first.start;
        let subject = speaker::introduced(sentence).into_iter().next()?;
        let entity = self.resolve(&subject, start)?;
        let known: Vec<&str> = (self.discourse.known.iter())
            .chain(&self.discourse.people)
            .map(|e| e.name.as_str())
            .collect();
        let named = coref::people_named(sentence, start, &[], &known);
        // Anyone else by another surname, known to the article or two
        // capitalised words in a row that name no body.
        let alone = !self.unknown_name_in(sentence, start, &entity.name)
            && if entity.person {
                named
                    .iter()
                    .all(|n| coref::same_person(&n.name, &entity.name))
            } else {
                named.is_empty()
            };
        let at = subject.phrase.as_ptr() as usize - sentence.as_ptr() as usize;
        alone.then(|| (entity, start + at..start + at + subject.phrase.len()))
    }

    /// Whether `found` names a person, not as a guess, and the words at
    /// `range` (the paragraph before the quote) name no one else.
    fn only_person_before(&self, found: &Found, range: Range<usize>) -> bool {
        let Some(person) = found
            .speaker
            .as_ref()
            .filter(|p| p.person && !found.guessed)
        else {
            return false;
        };
        let text = &self.article.body[range.clone()];
        let known: Vec<&str> = (self.discourse.known.iter())
            .chain(&self.discourse.people)
            .map(|e| e.name.as_str())
            .collect();
        let named = coref::people_named(text, range.start, &[], &known);
        !self.unknown_name_in(text, range.start, &person.name)
            && named
                .iter()
                .all(|n| coref::same_person(&n.name, &person.name))
    }

    /// A quote with no attribution of its own after a colon that closes
    /// words introducing a person: `Jan Berg welcomed the deal in a
    /// statement: “...”`, or a block that leads into this one.
    fn lead_in_of(
        &self,
        index: usize,
        body: &str,
        block: &Block,
        quote: &QuoteSpan,
        left: &Range<usize>,
        told_of_another: bool,
    ) -> Option<Found> {
        let found = |speaker: Entity, evidence: Range<usize>| {
            Found::naming(speaker, evidence, Rule::LeadIn)
        };
        let lead = &body[left.clone()];
        let whole_block = body[block.range.start..left.start].trim().is_empty();
        if whole_block && let Some(label) = speaker::transcript_label(lead) {
            if told_of_another {
                return None;
            }
            // A transcript line's label names its speaker: the person the
            // article introduced under that name, in full (`CULPEPPER:` is
            // `Wade T. Culpepper Jr.`), or no one - never the guest the
            // quote before was given. A titled label (`MR. FAIRCHILD:`)
            // names a person even when this article never gave the full
            // name: the surname, which the package pass completes when
            // another article or the actor files give it.
            let evidence = text::trim_clause(body, left.clone());
            let titled = label.title.map(|title| format!("{title} {}", label.name));
            let named = self
                .resolve(&speaker::parse_subject(&label.name), left.start)
                .filter(Entity::is_person_named_in_full);
            let by_title = || {
                let titled = titled.as_deref()?;
                self.resolve(&speaker::parse_subject(titled), left.start)
                    .filter(|p| p.person)
            };
            return named.or_else(by_title).map(|p| found(p, evidence));
        }
        if whole_block && let Some(name) = speaker::speaker_label(lead) {
            // `- Rep. Ann Reyes (R-Neb.): “...”`, `**Reyes:** “...”`: a
            // line that opens with who speaks.
            let evidence = text::trim_clause(body, left.clone());
            let person = self.name_and_affiliation(lead, left.start).or_else(|| {
                self.resolve(&speaker::parse_subject(&name), left.start)
                    .filter(Entity::is_person_named_in_full)
            });
            if let Some(person) = person {
                return Some(found(person, evidence));
            }
        }
        if lead.trim_end().ends_with(':') {
            let evidence = text::trim_clause(body, left.start..left.start + lead.trim_end().len());
            // `- Mary Stone, Metro Daily: “...”`: a list of voices, each
            // a name and who they are.
            if whole_block && let Some(person) = self.name_and_affiliation(lead, left.start) {
                return Some(found(person, evidence));
            }
            // Words that tell of saying something lead in; so does a
            // person named in full taking their turn (`CJ Musyoka sets
            // the tone:`, `Jo Lin, who had no opponent, weighed in on
            // X:`), but not `Jan Berg looked at the banner:`.
            // (An entry's heading, `**10:47 a.m. — Lin: “...”**`, only
            // echoes words its entry tells.)
            let person = self.colon_turn(block, lead, left.start)?;
            // `Stone went on N1 television on May 13 to set the terms:`,
            // `Wahl put it best that night, on X:`: the lead-in is the
            // quote's frame, and the day it tells is the day of the
            // words, as `said on May 13` is.
            let date = (text::sentences(lead).last())
                .and_then(|sentence| self.lead_in_day(&lead[sentence.clone()]));
            return Some(Found {
                date,
                ..found(person, evidence)
            });
        }
        let opens_block = body[block.range.start..quote.outer.start].trim().is_empty();
        let (at, person, evidence) = self.discourse.lead_in.as_ref()?;
        (opens_block && *at + 1 == index).then(|| found(person.clone(), evidence.clone()))
    }

    /// The day the sentence that leads into a quote tells: a day of its
    /// own (`on May 13`, `yesterday`), or an anaphoric time told against
    /// the reference time (`that night`, `the next morning`).
    fn lead_in_day(&self, sentence: &str) -> Option<Date> {
        dates::said_on(sentence, self.article.date).or_else(|| {
            let offset = dates::anaphoric_offset(sentence)?;
            let reference =
                (self.discourse).reference_day(&self.article.body, self.article.date)?;
            reference.checked_add(offset.days()).ok()
        })
    }

    /// `“He said, ‘Don’t worry, Mom,’” she said. “That was Jordan.”`: the
    /// quote before ends in words it reports of another, so its frame was
    /// left unread (`closing_inner_quote_read_through`: the gold and the
    /// dossier give those words to the one reported). The frame still
    /// tells who is speaking: a quote that opens the sentence right after
    /// it, with nothing else between, is that speaker's, as a quote after
    /// `“...,” she said.` is when the frame is read.
    fn frame_left_unread_before(
        &mut self,
        block: &Block,
        quotes: &[QuoteSpan],
        k: usize,
    ) -> Option<Found> {
        let before = quotes.get(k.checked_sub(1)?)?;
        let quote = &quotes[k];
        let body = &self.article.body;
        if before.block != quote.block || before.open_end {
            return None;
        }
        let words = body[before.text.clone()].trim_end_matches([' ', ']', ')', '\n', '\r']);
        if !ends_in_words_reported_by_another(words) {
            return None;
        }
        // Only the frame's sentence stands between the two quotes.
        let gap = before.outer.end..quote.outer.start;
        let between = &body[gap.clone()];
        let [end] = sentence_ends(between)[..] else {
            return None;
        };
        if !between[end..].trim().is_empty() || links_a_predicate(between) {
            return None;
        }
        let frame = gap.start..gap.start + end;
        let clause = speaker::clause(&body[frame.clone()], Side::After, &self.outlets())?;
        // `she told the BBC` after `Her son Narek ... “They said, ‘...,’”`:
        // the one reported (a son, a husband) stands between the pronoun
        // and its antecedent, and a kin noun tells no gender; only a
        // frame that names its speaker is read across the reported words.
        if clause.subject.as_ref().is_none_or(|s| s.pronoun.is_some()) {
            return None;
        }
        let (lead, _, _) = contexts(body, block.range.clone(), quotes, k - 1);
        let mut reading = self.resolve_clause(
            &clause,
            frame.start,
            Side::After,
            &body[frame.clone()],
            lead,
        );
        // Read past words it does not attribute, the frame is no ground
        // for the next pronoun or paragraph (a guess): a widow the next
        // paragraph describes is not the mother named here.
        reading.guessed = true;
        reading.speaker.is_some().then_some(reading)
    }

    /// `Mr Tan said he had sided with Bernardi. “He led from the
    /// start.”`: news writing gives a speaker's point in reported speech
    /// and then their words. A quote with no frame of its own that opens
    /// the sentence right after a sentence reporting someone's words, in
    /// the same paragraph with nothing between, is theirs: the reported
    /// sentence is its frame. A reported sentence that names no one the
    /// rules resolve (`A resident said ...`) gives nothing here.
    fn after_reported(&self, index: usize, quote: &QuoteSpan) -> Option<Found> {
        let reported = self.reported_last.as_ref()?;
        let body = &self.article.body;
        let between = body.get(reported.sentence.end..quote.outer.start)?;
        // The reported sentence closes the paragraph before, or stands
        // right before the quote in its own.
        let next_paragraph = reported.block + 1 == index;
        if !(reported.block == index || next_paragraph) || !between.trim().is_empty() {
            return None;
        }
        // `Zlitni said he had left a brother behind. “He says: ‘This is
        // my house,’” Zlitni said.`: words ending in what another said
        // keep no frame (`ends_in_words_reported_by_another`), this one
        // neither.
        let words = body[quote.text.clone()].trim_end_matches([' ', ']', ')', '\n', '\r']);
        if ends_in_words_reported_by_another(words) {
            return None;
        }
        Some(Found::naming(
            reported.speaker.clone(),
            reported.evidence.clone(),
            Rule::AfterReported,
        ))
    }

    /// `Asked whether his side had deserved more, Moretti paused. “...”`,
    /// `Lena Ortiz was blunt.` then `“...”` opening the next paragraph:
    /// a sentence with no quote whose subject is a person named in full
    /// introduces them (`read_introduction`), and a quote with no frame
    /// at all that opens the sentence right after it, nothing between,
    /// is their turn, as a quote after a reported sentence is
    /// (`after_reported`). The quote is a sentence of its own (not
    /// `“Working together” is the motto`). Not when the introducing
    /// sentence may bring in words someone else made or something seen
    /// (`Lin read out the letter.`, `Lin held up the banner.`: a
    /// document, a record, a label, a rendering, a thing shown), nor when
    /// its subject asks (`A reporter asked Lin what she would do.`: the
    /// one asked answers), nor when the quote ends in words another said.
    fn after_introduction(&self, index: usize, quote: &QuoteSpan) -> Option<Found> {
        let person =
            (self.discourse.introduced.as_ref()).filter(|p| p.is_person_named_in_full())?;
        let (at, sentence) = self.discourse.introduced_at.as_ref()?;
        let body = &self.article.body;
        let between = body.get(sentence.end..quote.outer.start)?;
        if !(*at == index || *at + 1 == index) || !between.trim().is_empty() {
            return None;
        }
        let text = &body[sentence.clone()];
        // `— Admiral Jo Lin, Commandant`: a credit line signs the quote
        // before it; it introduces no one who speaks next.
        if text.trim_start().starts_with(['\u{2014}', '\u{2013}', '-']) {
            return None;
        }
        // `Pintu sent money home every month.` / `“...” (...) Sunita Devi
        // says this again and again.`: someone else named after the quote
        // in its paragraph may be whose words they are.
        let someone_after = (self.discourse.named_in_block.iter())
            .any(|n| n.at >= quote.outer.end && !coref::same_person(&n.name, &person.name));
        if someone_after {
            return None;
        }
        // `Among the speakers was Ana Reyes, whose father, Jo Reyes, died
        // ...`: a sentence that brings in two people gives no one the turn.
        let another = speaker::introduced(text).iter().any(|s| {
            (self.resolve(s, sentence.start)).is_some_and(|p| p.person && p.name != person.name)
        });
        if another {
            return None;
        }
        let ws = text::words(text);
        let others_words = ws.iter().any(|w| w.is_any(OTHERS_WORDS_NOUN_LISTS));
        // `Asked whether ..., Moretti paused.`: the subject was asked.
        let was_asked = ws.first().is_some_and(|w| w.is(&["asked"]));
        // (An interviewer's question in bold is no introduction either.)
        let question = text.trim_end().trim_end_matches(['*', '_']).ends_with('?');
        if others_words || asks_a_question(text) && !was_asked || question {
            return None;
        }
        let words = body[quote.text.clone()].trim_end_matches([' ', ']', ')', '\n', '\r']);
        if ends_in_words_reported_by_another(words) {
            return None;
        }
        Some(Found::naming(
            person.clone(),
            text::trim_clause(body, sentence.clone()),
            Rule::AfterIntroduction,
        ))
    }

    /// `CJ Musyoka sets the tone:`, `Union president Wade Brummitt:`: a
    /// sentence before a colon whose only subject is a person named in
    /// full takes their turn; the quote is theirs. Never when its words
    /// may bring in words someone else made or something seen (`read out
    /// a letter from a constituent:`, `Lin's lawyer:`, `looked at the
    /// banner:`): a document, a label, a rendering, a possessive from the
    /// name on or a source after `from` or `by`; nor when a pronoun may be the one who
    /// speaks (`When Lin began to answer, he cut her off:`).
    fn turn_taken_by(&self, lead: &str, at: usize) -> Option<Entity> {
        let others_words =
            (text::words(lead).iter()).any(|w| w.is_any(OTHERS_WORDS_NOUN_LISTS) || w.is(PRONOUNS));
        if others_words {
            return None;
        }
        let subjects = speaker::introduced(lead);
        // The person is the one the name names, not someone its words
        // lead to (`Haugstad campaign manager Darcy Wintermute`).
        let same_surname = |s: &speaker::Subject<'_>, p: &Entity| {
            let last = |n: &str| text::words(n).last().map(|w| w.lower());
            s.name
                .and_then(last)
                .is_some_and(|w| last(&p.name) == Some(w))
        };
        let mut people = subjects.iter().map(|s| {
            (self.resolve(s, at)).filter(|p| {
                is_name_of_subject(lead, s) && p.is_person_named_in_full() && same_surname(s, p)
            })
        });
        let first = people.next()??;
        people.all(|p| p.as_ref() == Some(&first)).then_some(first)
    }

    /// `Mary Stone, Metro Daily:` - a full name, a comma, and a few
    /// capitalised words saying who the person is, ending in a colon.
    fn name_and_affiliation(&self, lead: &str, at: usize) -> Option<Entity> {
        let lead = lead.trim().trim_end_matches(':');
        let (name, about) = lead.split_once(',')?;
        let about_words = text::words(about);
        let short = !about_words.is_empty()
            && about_words.len() <= 5
            && about_words
                .iter()
                .all(|w| w.is_capitalised() || w.is(&["of", "the"]));
        let mut subject = speaker::parse_subject(name);
        if !short || !subject.names_someone() || !subject.descriptor.is_empty() {
            return None;
        }
        subject.apposition.push(about.trim());
        self.resolve(&subject, at)
            .filter(Entity::is_person_named_in_full)
    }

    /// `On Thursday he conceded ... “...,” he told the BBC.`: the day of
    /// the sentence right before the quote, in its paragraph, whose
    /// subject is the pronoun the quote's own frame gives.
    fn pronoun_day_of(&self, found: &Found, block: usize) -> Option<Date> {
        let (at, sentence) = self.discourse.sentence_before.clone()?;
        if at != block || !found.pronoun {
            return None;
        }
        // Read here, for the few quotes a pronoun frames, not for every
        // sentence without quotes.
        let body = &self.article.body;
        let (pronoun, date) = dates::pronoun_subject_day(&body[sentence], self.article.date)?;
        let frame = text::words(&body[found.evidence.clone()]);
        let same_pronoun = frame.iter().any(|w| w.text.eq_ignore_ascii_case(pronoun));
        same_pronoun.then_some(date)
    }

    /// The day an earlier sentence gave for this speaker's words.
    fn occasion_of(&self, speaker: Option<&str>, block: usize) -> Option<Date> {
        self.discourse
            .occasion
            .as_ref()
            .filter(|o| Some(o.speaker.as_str()) == speaker && o.block.is_none_or(|b| b == block))
            .map(|o| o.date)
    }

    /// The day the lead told for this speaker's words (`Sereti yesterday
    /// denied ...` then, paragraphs later, `“...,” Sereti said`).
    fn lead_speaker_day(&self, speaker: Option<&str>) -> Option<Date> {
        let speaker = speaker?;
        (self.lead_speakers.iter())
            .find(|(name, _)| name == speaker)
            .map(|&(_, date)| date)
    }

    /// The lead's occasion day (`dates::occasion_day`) for a quote that
    /// tells no day: the quote is of the occasion when its speaker is
    /// named in the lead (`Republican Karen Vollmer and Democrat Owen
    /// Brandt clashed Tuesday night ...`) or its paragraph places someone
    /// at the occasion (`X, who attended the briefing, ...`). Others
    /// quoted in the report (an analyst, a voter the next morning, a
    /// spokesman by email) spoke on other days.
    fn occasion_day_for(&self, speaker: Option<&str>, block: &Block) -> Option<Date> {
        let date = self.occasion_day?;
        let body = &self.article.body;
        let lead = &body[self.lead.as_ref()?.1.clone()];
        let named_in_lead = speaker.is_some_and(|name| named_in(lead, name));
        let of_occasion = || dates::at_occasion(&body[block.range.clone()]);
        (named_in_lead || of_occasion()).then_some(date)
    }

    /// Finds the lead and the day it tells for an occasion of speaking,
    /// before the blocks are read. A live blog's entries carry their own
    /// times and days: its lead dates none of them.
    fn read_lead(&mut self, blocks: &[Block]) {
        let body = &self.article.body;
        let Some((index, sentence)) = dates::lead_sentence(body, blocks) else {
            return;
        };
        self.lead = Some((index, blocks[index].range.clone()));
        let live_blog = blocks.iter().any(|b| opens_entry(&body[b.range.clone()]));
        if !live_blog {
            self.occasion_day = dates::occasion_day(&body[sentence], self.article.date);
            self.event_day = self.lead_event_day(&blocks[index], blocks);
        }
    }

    /// The event day of the lead paragraph (`dates::event_day`): the first
    /// day a sentence of it tells for words said, unless one of its
    /// sentences tells the publication day (a story about today's events).
    fn lead_event_day(&self, lead: &Block, blocks: &[Block]) -> Option<Date> {
        let body = &self.article.body;
        let paragraph = &body[lead.range.clone()];
        let sentences = text::sentences(paragraph);
        let published = self.article.date;
        let today = sentences
            .iter()
            .any(|s| dates::tells_publication_day(&paragraph[s.clone()], published));
        // A transcript's turn: the document's own day is its words' day.
        // (One paragraph opening with a label is a dateline, `ISLAMABAD:
        // The Foreign Office on Thursday ...`, not a transcript.)
        if today || self.lead_in_transcript(lead, blocks) {
            return None;
        }
        // `He asked for the acquittal of his client ... Sassi Ferretti
        // yesterday devoted his closing argument to ...`: the paragraph
        // tells of speaking in one sentence and the day in another.
        let speaking = sentences.iter().any(|s| {
            let sentence = &paragraph[s.clone()];
            speaker::tells_of_speaking(sentence) || dates::names_occasion(sentence)
        });
        // A sentence that opens with a quote is that quote and its frame
        // (`“...,” Ana Vell was quoted as saying on Wednesday.`): its day is
        // the quote's own, not the event's.
        let opens_with_quote =
            |sentence: &str| sentence.trim_start().starts_with(['"', '“', '„', '«']);
        (sentences.iter())
            .map(|s| &paragraph[s.clone()])
            .filter(|sentence| !opens_with_quote(sentence))
            .find_map(|sentence| dates::event_day(sentence, published, speaking))
    }

    /// Whether the lead is a turn of a transcript: it and at least a third
    /// of the paragraphs stand in turns (`turns::stands_in_turn`). A few
    /// paragraphs that open with a colon are a dateline (`ISLAMABAD: The
    /// Foreign Office ...`) or a lead-in (`..., said: “...”`), no turns.
    fn lead_in_transcript(&self, lead: &Block, blocks: &[Block]) -> bool {
        let body = &self.article.body;
        let in_turn = |b: &Block| turns::stands_in_turn(body, b.range.start);
        // The lead first: asking every paragraph reads, for each, the
        // paragraphs before it (`stands_in_turn` looks back for a bold
        // question), a cost in the square of the article's length.
        if !in_turn(lead) {
            return false;
        }
        let paragraphs = || blocks.iter().filter(|b| b.kind == BlockKind::Paragraph);
        let turns = paragraphs().filter(|b| in_turn(b)).count();
        turns >= MIN_TRANSCRIPT_TURNS && 3 * turns >= paragraphs().count()
    }

    /// The lead's event day (`dates::event_day`) for a quote that tells no
    /// day of its own, no rule before having dated it: the article's
    /// reference time at its start, and so the default day of its
    /// quotes. Not when the text has since set another day (the reference
    /// time, `Discourse::reference_day`, is another day: `said Friday
    /// morning`, `On Saturday it had ...`): the quotes after it may be of
    /// that day or of the publication day, which stays. Not when the
    /// frame speaks in the present (`says`, `tells`): words of now, a
    /// comment to the article, not the event's.
    fn event_day_for(&self, found: Option<&Found>) -> Option<Date> {
        // A lead that names its occasion (`dates::occasion_day`) or says
        // who spoke on its day (`lead_speakers`) has said whose words are
        // of the event: the others (an analyst, an aide) keep the
        // publication day, as those rules have it.
        if self.occasion_day.is_some() || !self.lead_speakers.is_empty() {
            return None;
        }
        let date = self.event_day?;
        let body = &self.article.body;
        let present = found.is_some_and(|f| {
            text::words(&body[f.evidence.clone()])
                .iter()
                .any(|w| w.is(PRESENT_FRAME_VERBS))
        });
        let reference = (self.discourse).reference_day(body, self.article.date);
        (!present && reference.is_none_or(|day| day == date)).then_some(date)
    }

    /// A sentence of the lead that tells of `speaker` speaking on `date`
    /// (`None`: it tells no day of speaking): their quotes further on that
    /// tell no day were said then.
    fn note_lead_speaker(&mut self, speaker: &str, index: usize, date: Option<Date>) {
        if self.lead.as_ref().is_none_or(|(lead, _)| *lead != index) {
            return;
        }
        if let Some(date) = date {
            self.lead_speakers.push((speaker.to_string(), date));
        }
    }

    /// A sentence without quotes that names a person as its subject: they
    /// are who `he` or `she` means next, the article's word for their
    /// affiliation, and, when it tells of speaking, the day they spoke.
    fn read_introduction(&mut self, sentence: Range<usize>, index: usize) {
        let text = &self.article.body[sentence.clone()];
        // Read once: asked again below when no one is introduced, as most
        // sentences introduce no one.
        let described = described_subject(text);
        // `The nuncio expressed the hope ...`: a description the entity
        // table links to one person named before introduces them, as
        // their name would.
        // `We asked Kilgallen whether ...`: the person the reporter went
        // to, not the reporter, is who the quotes after are from.
        // A thing (`Hurricane Marisol shoved a wall of water ...`) or no
        // name at all introduces no one: it never becomes a full name
        // the article gave, for a surname or a pronoun to reach.
        let a_person = |s: &Entity| s.person && coref::may_be_a_person(&s.name);
        let Some(person) = speaker::met_by_reporter(text)
            .and_then(|met| self.resolve(&met, sentence.start).filter(a_person))
            .or_else(|| {
                speaker::introduced(text)
                    .iter()
                    .find_map(|subject| self.resolve(subject, sentence.start).filter(a_person))
            })
            .or_else(|| {
                described.and_then(|described| {
                    self.person_by_descriptor(described, sentence.start, true)
                })
            })
        else {
            // Split once for the lone names, the verb and the opening
            // adverbial.
            let ws = text::words(text);
            let lone_names = coref::lone_names_in(&ws, &|_| false);
            // `A carman who gave his name only as Tobiah said`, `Another
            // volunteer, Musab, said`: the description's own name, given
            // before its verb, is who the person is.
            // The verb is looked for only when there is a lone name to
            // place before it: most sentences have none.
            let verb = || {
                ws.iter()
                    .find(|w| w.is(SPEECH_VERBS))
                    .map_or(text.len(), |w| w.start)
            };
            let named_in_subject = lone_names.first().filter(|l| l.at < verb());
            if let Some(lone) = named_in_subject {
                self.introduce_lone_name(*lone, sentence, index);
            } else if let Some(description) = (unnamed_subject(text))
                .or_else(|| {
                    after_opening_adverbial(text, &ws).and_then(|r| description_opening(r, false))
                })
                .filter(|d| speaker::tells_of_speaking(text) && self.anonymous_speaker(d).is_some())
                // `A reporter asked what he would do. “...,” he said.`:
                // the one who asks is not the one who answers.
                .filter(|_| !asks_a_question(text))
            {
                self.discourse.introduced = None;
                self.discourse.introduced_unnamed = Some(description.to_string());
            } else if let Some(lone) = lone_names.first() {
                // `Mercer, the Iowa Republican, sealed his support.`: a
                // person by one word, the subject `he` next means, not
                // the man quoted before.
                self.introduce_lone_name(*lone, sentence, index);
            } else if let Some(described) = described
                && self.person_by_role(described, sentence.start).is_none()
                && self.person_described(described, sentence.start).is_none()
            {
                // `The other diplomat was less upbeat.`: someone the
                // article does not name, whom `he` next may mean.
                self.discourse.introduced = None;
                self.discourse.stranger = true;
            }
            return;
        };
        self.discourse.introduced_unnamed = None;
        self.discourse.stranger = false;
        // `Quorvath, 41, sealed his support`: a person named by one word
        // is a man. (For full names this moved too many pronouns over
        // quoted speakers on the blind sets; not yet.)
        if !person.name.contains(' ')
            && let Some(gender) = coref::possessive_in_clause(text, &person.name)
        {
            self.discourse.note_gender(&person.name, gender);
        }
        if person.name.contains(' ') {
            match self
                .discourse
                .known
                .iter_mut()
                .find(|k| k.name == person.name)
            {
                Some(known) if known.actor.is_none() => *known = person.clone(),
                Some(_) => {}
                None => self.discourse.known.push(person.clone()),
            }
        }
        // A day holds for the person's next quotes when the sentence tells
        // of speaking; otherwise only in its own paragraph (`X was more
        // measured on Sunday. “...,” he said.`).
        if let Some(date) = dates::said_on(text, self.article.date) {
            let speaking = speaker::tells_of_speaking(text);
            self.discourse.occasion = Some(Occasion {
                speaker: person.name.clone(),
                date,
                block: (!speaking).then_some(index),
            });
            if speaking {
                let date = dates::lead_said_on(text, self.article.date);
                self.note_lead_speaker(&person.name, index, date);
            }
        }
        self.discourse.subject_named(&person);
        self.discourse.introduced = Some(person);
        self.discourse.introduced_at = Some((index, sentence));
    }

    /// A sentence's subject is a person named by one word (see
    /// `coref::lone_names`): they are introduced, with the gender the
    /// sentence showed.
    fn introduce_lone_name(
        &mut self,
        lone: coref::LoneName<'_>,
        sentence: Range<usize>,
        index: usize,
    ) {
        let person = Entity {
            name: lone.name.to_string(),
            role: None,
            actor: None,
            person: true,
        };
        if let Some(gender) = lone.gender {
            self.discourse.note_gender(&person.name, gender);
        }
        self.discourse.introduced_unnamed = None;
        self.discourse.stranger = false;
        self.discourse.subject_named(&person);
        self.discourse.introduced = Some(person);
        self.discourse.introduced_at = Some((index, sentence));
    }

    fn fill(&self, occurrence: &mut Occurrence, found: &Found) {
        if let Some(s) = &found.speaker {
            occurrence.speaker = Some(s.name.clone());
            occurrence.role.clone_from(&s.role);
            occurrence.actor.clone_from(&s.actor);
        } else {
            occurrence.actor.clone_from(&found.office_actor);
            if found.anonymous
                && let Some(name) = name_given_only(&self.article.body[found.evidence.clone()])
            {
                // `Another fan, who gave her name only as Jodie, said`.
                occurrence.speaker = Some(name.to_string());
            } else if found.anonymous {
                occurrence.anonymous = true;
                let description = found.description.as_deref();
                occurrence.speaker = match description {
                    // `people familiar with the matter`, as the article wrote it.
                    Some(group) if found.of_group => Some(group.to_string()),
                    _ => description.and_then(|d| self.anonymous_speaker(d)),
                };
                if occurrence.speaker.is_none() {
                    occurrence.role.clone_from(&found.description);
                } else if occurrence.actor.is_none() {
                    // Read in full (`said an official at the ministry`:
                    // the frame's subject stops at `official`), as the
                    // description will be written.
                    let at = found.evidence.start;
                    occurrence.actor = occurrence.speaker.as_deref().and_then(|d| {
                        self.description_actor(d, at).or_else(|| {
                            let full = (!unnamed::heads_a_group(d))
                                .then(|| self.description_in_full(d, &found.evidence))
                                .flatten()?;
                            self.tied_body_actor(full, at)
                        })
                    });
                }
            }
        }
        let attributed = found.speaker.is_some() || found.anonymous || found.office_actor.is_some();
        // A source that gave a name is named by the words, not anonymous.
        let named = found.anonymous && !occurrence.anonymous && occurrence.speaker.is_some();
        occurrence.rule = attributed.then_some(if named { Rule::SpeechVerb } else { found.rule });
        occurrence.via.clone_from(&found.via);
        if let Some(date) = found.date {
            occurrence.date = date;
        }
        occurrence.evidence = Some(self.article.body[found.evidence.clone()].to_string());
        occurrence.evidence_span = Some(found.evidence.clone());
    }

    /// Each unnamed source written with the whole noun phrase that
    /// describes them (`extent`): `a source close` -> `a source close to
    /// the negotiations`, and a later `the nurse said` takes what the
    /// introduction says of her (`a nurse at the district hospital`). A
    /// group's description (`two senators`) is left as found: the one of
    /// them who spoke is not the group. The actor stays the one the
    /// rules read: a fund or a street after the head is no body spoken for.
    fn describe_sources_in_full(&self, candidates: &mut [Candidate]) {
        for o in candidates.iter_mut().map(|c| &mut c.occurrence) {
            let (true, Some(speaker), Some(evidence)) = (o.anonymous, &o.speaker, &o.evidence_span)
            else {
                continue;
            };
            if unnamed::heads_a_group(speaker) {
                continue;
            }
            if let Some(name) = self.name_given_to(speaker, evidence) {
                // The source is named after all: one person, no longer
                // unnamed.
                o.speaker = Some(name.to_string());
                o.anonymous = false;
            } else if let Some(full) = self.description_in_full(speaker, evidence) {
                o.speaker = Some(full.to_string());
            }
        }
    }

    /// Where the body gives `description` as written: in the evidence
    /// ending at `until`, else last before it.
    fn description_given_at(&self, description: &str, until: usize) -> Option<usize> {
        let body = &self.article.body;
        body.get(..until)?
            .rmatch_indices(description)
            .map(|(at, _)| at)
            .find(|&at| {
                let before = body[..at].chars().next_back();
                let after = body[at + description.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
    }

    /// The name the sentence that describes an unnamed source goes on to
    /// give them (`a freed fighter who gave his name as Abu Hashem`, `A
    /// nurse on the ward, who asked that only her first name, Kavira, be
    /// used`): the same person, so a dossier names them.
    fn name_given_to(&self, description: &str, evidence: &Range<usize>) -> Option<&str> {
        let body = &self.article.body;
        let from = self.description_given_at(description, evidence.end)? + description.len();
        let paragraph_end = body[from..].find('\n').map_or(body.len(), |p| from + p);
        let rest = &body[from..paragraph_end];
        let sentence = text::sentence_ends(rest)
            .first()
            .map_or(rest, |&e| &rest[..e]);
        unnamed::name_given_after(sentence)
    }

    /// `description` read on to the end of its noun phrase where the body
    /// gives it: in the evidence, else last before it. `None` when the
    /// body does not give it as written or nothing follows that belongs.
    fn description_in_full(&self, description: &str, evidence: &Range<usize>) -> Option<&str> {
        let body = &self.article.body;
        let at = self.description_given_at(description, evidence.end)?;
        let from = at + description.len();
        let paragraph_end = body[from..].find('\n').map_or(body.len(), |p| from + p);
        let modifiers = extent::post_modifier_len(&body[from..paragraph_end]);
        (modifiers > 0).then(|| &body[at..from + modifiers])
    }

    /// The people a paragraph names outside its quotes, resolved as the
    /// reading knows them so far: candidates for the chooser.
    fn note_mentions(&mut self, index: usize, range: Range<usize>, quoted: &[Range<usize>]) {
        let body = &self.article.body;
        let known: Vec<&str> = (self.discourse.known.iter())
            .chain(&self.discourse.people)
            .map(|e| e.name.as_str())
            .collect();
        let named = coref::people_named(&body[range.clone()], range.start, quoted, &known);
        for n in named {
            // The name as resolved when it still names this person (its
            // surname kept), else as the paragraph gives it.
            let surname = n.name.split_whitespace().last().unwrap_or_default();
            let entity = self
                .resolve(&speaker::parse_subject(&n.name), n.at)
                .filter(|e| e.person && e.name.split_whitespace().any(|w| w == surname))
                .unwrap_or(Entity {
                    name: n.name,
                    role: None,
                    actor: None,
                    person: true,
                });
            (self.mentions.get_or_insert_default()).push(chooser::Mention {
                at: n.at,
                block: index,
                entity,
                quoted: false,
            });
        }
    }

    /// The quotes no rule gave a speaker (no frame, or a continuation of
    /// nobody), by index, each with the chooser's candidates.
    fn chooser_cases(
        &self,
        candidates: &[Candidate],
        blocks: &[Block],
        spans: &[QuoteSpan],
    ) -> Vec<(usize, Vec<chooser::Choice>)> {
        let body = &self.article.body;
        let quoted: Vec<Mention> = (candidates.iter())
            .filter(|c| c.statement && c.occurrence.kind == QuoteKind::Direct)
            .filter_map(|c| {
                Some(Mention {
                    at: c.occurrence.span.as_ref()?.start,
                    block: c.block?,
                    entity: self.speaker_of(&c.occurrence)?,
                    quoted: true,
                })
            })
            .collect();
        let named = self.mentions.iter().flatten().cloned();
        let mut mentions: Vec<Mention> = named.chain(quoted).collect();
        mentions.sort_by_key(|m| m.at);
        let paragraphs: Vec<Range<usize>> = blocks.iter().map(|b| b.range.clone()).collect();
        let outer: Vec<Range<usize>> = spans.iter().map(|q| q.outer.clone()).collect();
        let gender = |name: &str| self.gender_of(name);
        let mut cases = Vec::new();
        for (k, c) in candidates.iter().enumerate() {
            let o = &c.occurrence;
            let unattributed = o.speaker.is_none()
                && o.actor.is_none()
                && !o.anonymous
                && matches!(o.rule, None | Some(Rule::Continuation));
            if !c.statement || !unattributed || o.kind != QuoteKind::Direct {
                continue;
            }
            let (Some(block), Some(span)) = (c.block, &o.span) else {
                continue;
            };
            let Some(quote) = spans.iter().find(|q| q.text == *span) else {
                continue;
            };
            let scene = chooser::Scene {
                body,
                paragraphs: &paragraphs,
                quotes: &outer,
                quote: quote.outer.clone(),
                block,
            };
            let choices = chooser::candidates(&scene, &mentions, &gender);
            if !choices.is_empty() {
                cases.push((k, choices));
            }
        }
        cases
    }

    /// The entity a quote's speaker is, for what the reading remembers;
    /// an unnamed source is no one `he` or `she` can mean later.
    fn speaker_of(&self, occurrence: &Occurrence) -> Option<Entity> {
        if occurrence.anonymous {
            return None;
        }
        let name = occurrence.speaker.clone()?;
        let person = !self.discourse.bodies.iter().any(|b| b.name == name)
            && self
                .discourse
                .known
                .iter()
                .find(|k| k.name == name)
                .map_or(occurrence.actor.is_none() || name.contains(' '), |k| {
                    k.person
                });
        Some(Entity {
            name,
            role: occurrence.role.clone(),
            actor: occurrence.actor.clone(),
            person,
        })
    }

    /// The quote's frame as the sentence's own subject and speech verb
    /// (`said`), with the sentence up to the quote as the evidence: for
    /// the readings that look past the words next to the quote.
    fn resolve_sentence_subject(
        &mut self,
        subject: speaker::Subject<'_>,
        body: &str,
        sentence: Range<usize>,
        left: &Range<usize>,
    ) -> Found {
        let context = &body[sentence.clone()];
        let clause = speaker::Clause {
            subject: Some(subject),
            verb: "said".into(),
            evidence: text::trim_clause(context, left.start - sentence.start..sentence.len()),
            via: None,
        };
        self.resolve_clause(&clause, sentence.start, Side::Before, context, left.clone())
    }

    fn resolve_clause(
        &mut self,
        clause: &speaker::Clause<'_>,
        base: usize,
        side: Side,
        context: &str,
        lead: Range<usize>,
    ) -> Found {
        // A subject stretch no rule resolved, read by its form: a name
        // after titles, a lone name, a pronoun before the verb.
        let reading = self.reread_subject(clause, base);
        let clause = reading.clause.as_ref().unwrap_or(clause);
        let evidence = base + clause.evidence.start..base + clause.evidence.end;
        let pronoun = clause.subject.as_ref().is_some_and(|s| s.pronoun.is_some());
        let pronoun_gender = clause
            .subject
            .as_ref()
            .and_then(|s| s.pronoun)
            .and_then(Gender::of_pronoun);
        let named_in_sentence = pronoun
            .then(|| self.sentence_subject(lead.clone()))
            .flatten()
            .filter(|named| {
                // `she` is never a man the sentence names.
                pronoun_gender.is_none_or(|g| self.gender_of(&named.name).is_none_or(|k| k == g))
            });
        // `A senior official, speaking on background, was blunter: Warsaw,
        // he said`: the unnamed source the sentence opens with.
        let unnamed_in_sentence = unnamed_subject(&self.article.body[lead.clone()])
            .filter(|d| pronoun && self.anonymous_speaker(d).is_some())
            .map(str::to_string);
        // `A Republican lawmaker who asked not to be named said ...` and
        // then `“...,” the lawmaker said`: the source just introduced is
        // nearer than any lawmaker named before or the body of lawmakers.
        let introduced_source = (clause.subject.as_ref())
            .filter(|s| s.pronoun.is_none())
            .and_then(|s| self.introduced_by_head(s.phrase));
        // `..., according to a senior official who was not authorized to
        // speak. The official said ...`: a pointer back (`the` and its
        // noun) means the unnamed source this paragraph or the one before
        // described with that noun, nearer than anyone named before who
        // holds such a post; named since, the source is out of reach.
        let pointed_back = (clause.subject.as_ref())
            .filter(|s| s.pronoun.is_none() && introduced_source.is_none())
            .and_then(|s| {
                self.source_pointed_back_at(s.phrase, lead.end)
                    .or_else(|| self.unnamed_subject_pointed_at(s.phrase, lead.end))
            });
        // A name the pronoun's own sentence gives first is what the syntax
        // prefers over anyone else the paragraph names.
        let preferred = named_in_sentence.is_some();
        // `I` and `you` in a transcript's or interview's turn.
        let in_turn =
            (clause.subject.as_ref()).and_then(|s| self.turn_person(s, &clause.verb, lead.end));
        let turn_pronoun = in_turn.is_some();
        let speaker = match named_in_sentence {
            _ if turn_pronoun => in_turn.flatten(),
            _ if unnamed_in_sentence.is_some()
                || introduced_source.is_some()
                || pointed_back.is_some() =>
            {
                None
            }
            Some(named) => Some(named),
            // Resolved once, by the reading when it did.
            None => reading
                .resolved
                .unwrap_or_else(|| (clause.subject.as_ref()).and_then(|s| self.resolve(s, base))),
        };
        // `he had dismissed Tom Dorn as “...”`: a name after the pronoun
        // is not what it stands for.
        let pronoun_at = lead.end.min(evidence.start);
        let mut guessed = false;
        let mut brought_in: Option<(String, Option<Gender>)> = None;
        let speaker = match pronoun_gender {
            // The unnamed source the sentence opens with is who it means.
            Some(_) if unnamed_in_sentence.is_some() => None,
            Some(gender) => {
                let by_subject = (!preferred)
                    .then(|| self.previous_subject(lead.end, gender, speaker.as_ref(), pronoun_at))
                    .flatten();
                let proposal_is_subject = by_subject.as_ref().is_some_and(|decided| {
                    decided.is_some() && decided.as_ref() == speaker.as_ref()
                });
                match by_subject {
                    // The subject is the proposal: the paragraph's form
                    // of the same name, if it gives one, else the proposal.
                    Some(decided) if proposal_is_subject => self
                        .paragraph_antecedent(speaker, Some(gender), pronoun_at, base, true)
                        .filter(|r| {
                            decided
                                .as_ref()
                                .is_some_and(|d| coref::same_person(&d.name, &r.name))
                        })
                        .or(decided),
                    Some(decided) => decided,
                    None => {
                        // A guess is no antecedent for the next pronoun.
                        let proposed =
                            speaker.filter(|p| preferred || !self.discourse.is_guessed(&p.name));
                        let resolved = self.paragraph_antecedent(
                            proposed.clone(),
                            Some(gender),
                            pronoun_at,
                            base,
                            preferred,
                        );
                        // `... spoke to a man from Ijevan who said he had
                        // come. “...,” he said.`: not the man quoted before.
                        brought_in = (resolved.as_ref())
                            .filter(|r| !preferred && r.person)
                            .and_then(|r| self.brought_in_since(&r.name, gender, pronoun_at));
                        let resolved = resolved.filter(|_| brought_in.is_none());
                        let resolved = match &resolved {
                            Some(r) if !preferred => self
                                .told_of_since(&r.name, gender, pronoun_at)
                                .unwrap_or(resolved),
                            _ => resolved,
                        };
                        // The syntax's choice (the subject, the person
                        // just introduced) is no guess.
                        guessed = !preferred
                            && resolved.as_ref().is_some_and(|r| {
                                let introduced = (self.discourse.introduced.as_ref())
                                    .is_some_and(|i| i.name == r.name);
                                !introduced && self.fitting_in_paragraph(gender, pronoun_at) >= 2
                                    || proposed.as_ref() == Some(r)
                                        && self.reached_back(&r.name, gender, pronoun_at)
                            });
                        resolved
                    }
                }
            }
            None if clause
                .subject
                .as_ref()
                .and_then(|s| s.pronoun)
                .is_some_and(|p| p.eq_ignore_ascii_case("it")) =>
            {
                // `Ana Vell issued a statement. “...,” it read.`: the
                // document brought in just before, by its author; what
                // `reads` is always a document, never the body that
                // spoke last.
                if clause.verb == "read" || clause.verb == "reads" {
                    self.document_it(lead.end)
                } else {
                    self.previous_body(lead.end)
                        .or_else(|| self.document_it(lead.end))
                        .or(speaker)
                }
            }
            // `The M23 closed the road. The group said ...`: a noun that
            // only says a body is meant may mean the sentence before's
            // subject, as `it` does.
            None if clause
                .subject
                .as_ref()
                .is_some_and(|s| bodies::definite_generic_body(s.phrase).is_some()) =>
            {
                // Only when no body was named with the noun or introduced
                // as one; a body named with a class noun of its own
                // (`Ministry of Water`) is no `agency`.
                speaker.or_else(|| {
                    self.previous_body(lead.end)
                        .filter(|b| !bodies::named_with_class_noun(&b.name))
                })
            }
            None => speaker,
        };
        // `MR. LIN: He wrote back, “...”`: a frame that opens the
        // paragraph holds the label, which comes before its pronoun.
        let label_before = if pronoun_at <= self.discourse.paragraph.start {
            evidence.end
        } else {
            pronoun_at
        };
        let speaker = match pronoun_gender {
            Some(gender) => self.not_the_answerer(speaker, gender, label_before, base),
            None => speaker,
        };
        let speaker = speaker.filter(|s| {
            pronoun_gender.is_none() || !self.named_in_opening_participle(lead.clone(), &s.name)
        });
        let frame_pronoun = clause.subject.as_ref().and_then(|s| s.pronoun);
        let speaker = speaker.filter(|s| self.agrees_with_pronoun(s, frame_pronoun));
        // `Al Jazeera reached her by telephone. “...,” she said`, `outside
        // her house in Quezon City. “...,” the 58-year-old said`: a pronoun
        // or a description that names no one stands for a person, never
        // for the outlet that carries the words or a place.
        let stands_for_someone =
            turn_pronoun || clause.subject.as_ref().is_some_and(|p| p.name.is_none());
        // Whatever the frame, a thing's name (`Annexure D says`) or no
        // name at all (`said Adv`, `**The FBI.** The bureau said`) is no
        // person who spoke (round forty-seven).
        let speaker = speaker.filter(|s| {
            !(s.person
                && (!coref::may_speak(&s.name, stands_for_someone)
                    || stands_for_someone && registry::is_outlet(&s.name, &self.outlets())))
        });
        let subject_phrase = clause.subject.as_ref().map(|p| p.phrase);
        let speaker = speaker.filter(|s| !bodies::names_no_body(s, subject_phrase));
        // `The ICRC spokesman in Sanaa said`: a body's person described,
        // not named; the body they speak for stays their actor.
        let described_actor = (speaker.as_ref())
            .filter(|s| !s.person && bodies::describes_a_person(&s.name))
            .map(|s| s.actor.clone());
        let speaker = speaker.filter(|_| described_actor.is_none());
        let speaker = speaker.filter(|_| !self.described_as_unnamed(clause, &evidence));
        // `One woman, he said, asked him, “...”`: the woman's words.
        let aside_subject = pronoun
            .then(|| reported_through_aside(&self.article.body[evidence.clone()]))
            .flatten();
        let speaker = speaker.filter(|_| aside_subject.is_none());
        if let (Some(subject), Some(speaker)) = (&clause.subject, &speaker) {
            self.learn_gender(subject, speaker);
        }
        let office_actor = clause
            .subject
            .as_ref()
            .filter(|_| speaker.is_none())
            .and_then(|s| {
                self.speaking_for_actor(s, base)
                    .or_else(|| resolve::office_actor(self.registry, s))
                    .or_else(|| self.unnamed_office_actor(s))
                    .or_else(|| self.staff_actor(s, base))
                    .or_else(|| self.descriptor_party(s))
                    .or_else(|| self.role_actor(s.phrase))
            })
            .or_else(|| described_actor.flatten());
        let rule = match (&speaker, &clause.subject) {
            (Some(_), Some(s)) if s.pronoun.is_some() || turn_pronoun => Rule::Pronoun,
            (Some(speaker), _) if !speaker.person => Rule::Body,
            (Some(_), Some(s)) if s.name.is_none() => Rule::Descriptor,
            (Some(_), _) => Rule::SpeechVerb,
            (None, _) if office_actor.is_some() => Rule::UnnamedOffice,
            (None, _) => Rule::Anonymous,
        };
        if speaker.is_none()
            && clause
                .subject
                .as_ref()
                .is_some_and(|s| s.names_someone() && s.pronoun.is_none())
        {
            self.discourse.stranger = true;
        }
        // `she said` right after `One juror ... told Reuters`: the juror.
        let unnamed_meant = unnamed_in_sentence
            .or_else(|| self.discourse.introduced_unnamed.clone())
            // `A woman in the queue said ... “...,” he said.`: not her.
            .filter(|d| {
                let told = unnamed::described_gender(d);
                told.is_none() || pronoun_gender.is_none_or(|g| told == Some(g))
            })
            .filter(|_| pronoun && speaker.is_none())
            // `An analyst who asked that his name not be used said that
            // ... “...” “...,” he said.`: the subject of the sentence
            // before, when no rule named anyone.
            .or_else(|| {
                let gender = pronoun_gender.filter(|_| speaker.is_none())?;
                self.previous_unnamed_subject(lead.end, gender)
            })
            // The unnamed person brought in since, when the article told
            // their gender and it is the pronoun's.
            .or_else(|| {
                let (description, told) = brought_in.take()?;
                (told.is_some() && told == pronoun_gender).then_some(description)
            })
            // The unnamed source quoted last, in this paragraph or the one
            // before, when its description tells the pronoun's gender.
            .or_else(|| {
                let gender = pronoun_gender.filter(|_| pronoun && speaker.is_none())?;
                (self.discourse.unnamed_source_meant(gender)).map(str::to_string)
            })
            .or_else(|| {
                let subject = aside_subject?;
                (self.anonymous_speaker(subject).is_some() || kin_of_speaker(subject))
                    .then(|| subject.to_string())
            });
        // `An aide who was not authorized to speak said ...` and then
        // `“...,” the aide said`: the source just introduced, by the noun
        // that heads their description.
        let introduced_meant = introduced_source.filter(|_| speaker.is_none());
        // `..., an Election Commission official said. “...,” the official
        // added`: else the source this paragraph or the one before
        // described with the noun the pointer has.
        let pointed_back = pointed_back.filter(|_| speaker.is_none());
        let office_actor = match &pointed_back {
            Some(source) => self.description_actor(source, evidence.start),
            None => office_actor,
        };
        let introduced_meant = introduced_meant.or(pointed_back);
        // The description as a noun phrase (`As one aide put it` -> `one
        // aide`), or the sentence's own subject when the frame was misread.
        let described = clause
            .subject
            .as_ref()
            .filter(|s| s.pronoun.is_none())
            .and_then(|s| match &introduced_meant {
                Some(meant) => Some(meant.clone()),
                None => self.subject_description(s.phrase, lead.clone()),
            });
        let description = described.clone().or_else(|| unnamed_meant.clone());
        let member = (description.as_deref())
            .and_then(|d| self.member_described(d, clause.subject.as_ref(), lead.end));
        let of_group = member.as_ref().is_some_and(|m| m.of_group);
        let description = member.map(|m| m.description).or(description);
        if let Some(speaker) = &speaker {
            self.discourse.note_body(speaker);
        } else if let Some(phrase) = &described {
            // A stretch that is no noun phrase describes no one to point
            // back at.
            self.discourse
                .note_unnamed_office(phrase, office_actor.as_deref());
        }
        // The day is read from the attribution words only: a "yesterday"
        // inside the quote is not the day it was said.
        let date_words = match side {
            Side::Before => context,
            Side::After => &context[clause.evidence.clone()],
        };
        Found {
            via: clause.via.map(clean_outlet),
            date: dates::said_on(date_words, self.article.date).or_else(|| {
                // `she said at the time`, `the next day, the office said`:
                // told against the day the text last set.
                let offset = dates::anaphoric_offset(date_words)?;
                let reference =
                    (self.discourse).reference_day(&self.article.body, self.article.date)?;
                reference.checked_add(offset.days()).ok()
            }),
            evidence,
            continuing: CONTINUING_VERBS.contains(&clause.verb.as_str())
                || clause.subject.as_ref().is_none_or(|s| s.pronoun.is_some()),
            naming: NAMING_VERBS.contains(&clause.verb.as_str()),
            office_actor,
            description,
            pronoun,
            guessed,
            of_group,
            rule,
            anonymous: speaker.is_none()
                && (clause.subject.as_ref().is_some_and(|s| s.pronoun.is_none())
                    || unnamed_meant.is_some()),
            speaker,
        }
    }

    /// Whether `pronoun`, inside the complement of `person`'s own speech
    /// verb, surely is `person`: `he` or `she` for a person the article
    /// told to be of that gender; `it` and `they` never are. A gender
    /// untold is no proof (`Ann Reyes said he called it “...”` may be
    /// someone else's words), and no name beats a wrong one.
    fn pronoun_means(&self, person: &Entity, pronoun: &str) -> bool {
        Gender::of_pronoun(pronoun).is_some_and(|g| self.gender_of(&person.name) == Some(g))
    }

    /// Whether `speaker` may be what the frame's `pronoun` stands for, by
    /// what the article told of them: `she` is never a man, `he` never a
    /// woman, and `they` never one person the article told to be a man
    /// or a woman (`Rohingya leaders welcomed the deal. In a joint
    /// statement, they said` is not the envoy quoted before; `Read the
    /// whole sentence. They said “...”` in an interview is not the last
    /// man named). Whichever path chose the speaker (the sentence's
    /// subject, a turn label, the reading state), a pronoun that
    /// disagrees with them points at someone else, and no name is better
    /// than a wrong one. A speaker of untold gender, a body, and a frame
    /// with no pronoun always agree.
    fn agrees_with_pronoun(&self, speaker: &Entity, pronoun: Option<&str>) -> bool {
        let Some(pronoun) = pronoun.filter(|_| speaker.person) else {
            return true;
        };
        let told = self.gender_of(&speaker.name);
        match Gender::of_pronoun(pronoun) {
            Some(gender) => told.is_none_or(|t| t == gender),
            None if pronoun.eq_ignore_ascii_case("they") => told.is_none(),
            None => true,
        }
    }

    /// How many people the paragraph names before `before` (one each,
    /// by surname) whom a pronoun of `gender` may mean.
    fn fitting_in_paragraph(&self, gender: Gender, before: usize) -> usize {
        let mut fitting: Vec<&str> = Vec::new();
        for n in self
            .discourse
            .named_in_block
            .iter()
            .filter(|n| n.at < before)
        {
            let shown = n.gender.or_else(|| self.gender_of(&n.name));
            if shown.is_none_or(|g| g == gender)
                && !fitting.iter().any(|f| coref::same_person(f, &n.name))
            {
                fitting.push(&n.name);
            }
        }
        fitting.len()
    }

    /// Whether a pronoun of `gender` that means `name` reached back for
    /// them over someone else it could mean: a person quoted since whose
    /// gender is not known to differ, while the paragraph does not
    /// mention them before `before`. Reaching back over speakers of the
    /// other gender (an interview's alternation) is no guess.
    fn reached_back(&self, name: &str, gender: Gender, before: usize) -> bool {
        let since = (self.discourse.people.iter().rev()).take_while(|p| p.name != name);
        let contested = since
            .filter(|p| p.person)
            .any(|p| self.gender_of(&p.name).is_none_or(|g| g == gender));
        contested && !self.in_paragraph(name, before)
    }

    /// The person told of since `proposed` was last quoted, in a
    /// paragraph before this one, whom a pronoun of `gender` means
    /// instead: `“...,” Jean-Baptiste said.` then `In Nairobi, interior
    /// minister Kenneth Rotich defended the officers.` and `“...,” he told
    /// journalists.` is Rotich, nearer than the man quoted. Only when the
    /// text between never mentions `proposed` and this paragraph does not
    /// before the pronoun at `pronoun_at`. `None`: that text has no say;
    /// `Some(None)`: it names more than one who fits, one whose gender
    /// the article never told, or one the rules cannot name in full, so
    /// the pronoun names no one.
    fn told_of_since(
        &self,
        proposed: &str,
        gender: Gender,
        pronoun_at: usize,
    ) -> Option<Option<Entity>> {
        let quoted_here = (self.discourse.quoted_in.iter())
            .any(|(n, b)| n == proposed && *b == self.discourse.block);
        let paragraph = self.discourse.paragraph.start..pronoun_at;
        // `Vollmer's refusal ... she told us`: a possessor is mentioned.
        let owns_here = (self.article.body.get(paragraph)).is_some_and(|t| owned_by(t, proposed));
        if quoted_here || owns_here || self.in_paragraph(proposed, pronoun_at) {
            return None;
        }
        let known: Vec<&str> = (self.discourse.known.iter())
            .chain(&self.discourse.people)
            .filter(|e| e.person)
            .map(|e| e.name.as_str())
            .collect();
        // Each person who may be of the pronoun's gender, and whether the
        // article told that they are.
        let mut fitting: Vec<(coref::Named, bool)> = Vec::new();
        for range in &self.discourse.told_since_quote {
            let text = self.article.body.get(range.clone())?;
            if coref::mentions(text, range.start, &[], proposed) || owned_by(text, proposed) {
                return None;
            }
            for n in coref::people_named(text, range.start, &[], &known) {
                let shown = n.gender.or_else(|| self.gender_of(&n.name));
                let new = !(fitting.iter()).any(|(f, _)| coref::same_person(&f.name, &n.name));
                if shown.is_none_or(|g| g == gender) && new {
                    fitting.push((n, shown == Some(gender)));
                }
            }
        }
        match fitting.as_slice() {
            [] => None,
            // Only one the article told is of that gender is named: one
            // of untold gender may be anyone, a place or a body too.
            [(one, true)] => Some(
                self.resolve(&speaker::parse_subject(&one.name), one.at)
                    .filter(|e| {
                        e.is_person_named_in_full() && coref::same_person(&e.name, &one.name)
                    }),
            ),
            _ => Some(None),
        }
    }

    /// Whether the paragraph mentions `name` (by surname, outside its
    /// quotes) before `before`, or a sentence of it introduced them.
    fn in_paragraph(&self, name: &str, before: usize) -> bool {
        let paragraph = self.discourse.paragraph.clone();
        let text = (self.article.body)
            .get(paragraph.start..before.max(paragraph.start))
            .unwrap_or_default();
        let quotes = &self.discourse.paragraph_quotes;
        (self.discourse.introduced.as_ref()).is_some_and(|p| p.name == name)
            || coref::mentions(text, paragraph.start, quotes, name)
    }

    /// An unnamed person this paragraph brought in before the pronoun at
    /// `pronoun_at` (of `gender`), when the person the pronoun reached
    /// for, `reached`, is someone the paragraph does not mention: `“...,”
    /// Yeghoyan said.` then `Our correspondent spoke to a man from Ijevan
    /// who said he had come with his sons. “...,” he said.` The man is
    /// nearer than anyone quoted in a paragraph before, so the pronoun
    /// names no one (the description, with the gender the article told,
    /// if any). A paragraph that tells nothing before its quote reads the
    /// last sentence of the paragraph before instead, unless that
    /// sentence names `reached` or `reached` was quoted in that paragraph. Not when the article told the unnamed
    /// person is of the
    /// other gender (`a woman` for `he`), nor when a pronoun of `gender`
    /// before the description shows the paragraph went on with someone
    /// already there (`She later met a farmer who ...`).
    fn brought_in_since(
        &self,
        reached: &str,
        gender: Gender,
        pronoun_at: usize,
    ) -> Option<(String, Option<Gender>)> {
        let paragraph = self.discourse.paragraph.clone();
        if pronoun_at < paragraph.start || self.in_paragraph(reached, pronoun_at) {
            return None;
        }
        let body = &self.article.body;
        let quotes = &self.discourse.paragraph_quotes;
        let in_quotes = |at: usize| quotes.iter().any(|q| q.contains(&at));
        let mut start = paragraph.start;
        // `A Houthi official ... blamed the delay on “...”.` and then a
        // paragraph `“...,” he said.`: with nothing told before the quote,
        // the last sentence of the paragraph right before brings them in.
        let told_here = text::words(body.get(start..pronoun_at)?)
            .iter()
            .any(|w| !in_quotes(start + w.start));
        let mut end = pronoun_at;
        if !told_here {
            let (block, opening) = self.discourse.closing_opening.as_ref()?;
            let text = body.get(opening.clone())?;
            // (`“...,” said Ana Vell. One board member told me she was
            // “...”` and then `“...,” she says.`: Ana Vell, quoted there.)
            let quoted_there =
                (self.discourse.quoted_in.iter()).any(|(n, b)| n == reached && *b == *block);
            if block + 1 != self.discourse.block
                || quoted_there
                || coref::mentions(text, 0, &[], reached)
            {
                return None;
            }
            (start, end) = (opening.start, opening.end);
        }
        let text = body.get(start..end)?;
        let quoted = |at: usize| in_quotes(start + at);
        let described = unnamed::last_one_brought_in(text, &quoted)?;
        let at = described.description.as_ptr() as usize - text.as_ptr() as usize;
        let carried_on = text::words(&text[..at]).iter().any(|w| {
            !quoted(w.start) && w.is(&["he", "she"]) && Gender::of_pronoun(w.text) == Some(gender)
        });
        (described.may_be(gender) && !carried_on)
            .then(|| (described.description.to_string(), described.gender))
    }

    /// The grammatical subject of the sentence before a pronoun's, in the
    /// same paragraph, when the paragraph leaves the pronoun open: it
    /// names two or more people who fit, or does not mention the person
    /// the reading state `proposed`. `Hallaj thanked Iran and briefed
    /// Mousavi-Nejad on the talks. He said ...` is Hallaj, not the envoy
    /// quoted last. `Some(None)`: that subject is a person the rules
    /// cannot name (`Its envoy, Serdar Kaya, rejected ...`), so the
    /// pronoun names no one; `None`: the sentence before has no say (it
    /// opens with a quote or a pronoun, its subject is a body or no one,
    /// or a person of the other gender).
    fn previous_subject(
        &self,
        quote_start: usize,
        gender: Gender,
        proposed: Option<&Entity>,
        pronoun_at: usize,
    ) -> Option<Option<Entity>> {
        let paragraph = self.discourse.paragraph.clone();
        if quote_start < paragraph.start || quote_start > paragraph.end {
            return None;
        }
        let decides = proposed.is_none_or(|p| {
            self.fitting_in_paragraph(gender, pronoun_at) >= 2
                || !self.in_paragraph(&p.name, pronoun_at)
                || self.named_only_in_relative_clause(&p.name, quote_start)
        });
        if !decides {
            return None;
        }
        if let Some(opening) = self.previous_opening(quote_start) {
            return self.subject_of_opening(opening, gender, proposed);
        }
        // `Ms. Pottinger told reporters ... “while it is closed.”` and then
        // a paragraph `“Reopen it,” she said.`: the sentence before is the
        // last of the paragraph before. Across that break only a person
        // the rules name decides; one they cannot name is too far back to
        // silence the proposal.
        let opening = self.closing_opening_before(quote_start)?;
        self.subject_of_opening(opening, gender, proposed)
            .filter(Option::is_some)
    }

    /// Whether the paragraph names `name` first inside a relative clause
    /// of the subject of the sentence before the quote at `quote_start`
    /// (`Chief executive Gideon Harbinson, who started his career on the
    /// old Indiana Harbor Belt, told CNBC ... “...,” he said.`, `Rafael
    /// Duquesne, whose union backed Ravenell, told NY1`): a name there
    /// says who the subject is or was, and the sentence is still about its
    /// subject, so the subject, not that name, decides the pronoun after.
    fn named_only_in_relative_clause(&self, name: &str, quote_start: usize) -> bool {
        let Some(opening) = self.previous_opening(quote_start) else {
            return false;
        };
        let body = &self.article.body;
        let quotes = &self.discourse.paragraph_quotes;
        let paragraph_start = self.discourse.paragraph.start;
        let before = body.get(paragraph_start..opening.start).unwrap_or_default();
        if coref::mentions(before, paragraph_start, quotes, name) {
            return false;
        }
        let text = &body[opening.clone()];
        // `A seller by the road to Germa, who would only give his first
        // name, Ghaith, says`: the clause names the unnamed subject.
        if unnamed::subject_described(text).is_some() {
            return false;
        }
        let ws = text::words(text);
        // `Harbinson, who`: a relative pronoun right after a name's comma.
        let relative = (1..ws.len()).find(|&k| {
            ws[k].is(RELATIVE_PRONOUNS)
                && ws[k - 1].after.contains(',')
                && ws[k - 1].is_capitalised()
        });
        relative.is_some_and(|k| {
            let (head, clause) = text.split_at(ws[k].start);
            !coref::mentions(head, opening.start, quotes, name)
                && coref::mentions(clause, opening.start + ws[k].start, quotes, name)
        })
    }

    /// The person the words a sentence opens with (`opening`) make its
    /// subject, as [`Reader::previous_subject`] reads them.
    fn subject_of_opening(
        &self,
        opening: Range<usize>,
        gender: Gender,
        proposed: Option<&Entity>,
    ) -> Option<Option<Entity>> {
        let body = &self.article.body;
        let start = &opening.start;
        // `Across the street, a woman wearing a Dorn T-shirt said she had
        // voted. “...,” she said.`: the unnamed woman, whom the rules do
        // not name, so no one (not Dorn, not a woman quoted before her).
        // A `he` there is not her: the sentence has no say.
        if let Some(described) = unnamed::subject_described(&body[opening.clone()]) {
            return described.may_be(gender).then_some(None);
        }
        // `The wife of one detained officer said she had been ...`,
        // `Contacted by Lusa, the president of the chamber, who asked not
        // to be identified, said`: someone unnamed, so no one (not whoever
        // was quoted before), unless the article told the other gender.
        if let Some(description) = unnamed::unnamed_person_subject(&body[opening.clone()]) {
            let other = unnamed::described_gender(description).is_some_and(|g| g != gender);
            return (!other).then_some(None);
        }
        for subject in speaker::introduced(&body[opening.clone()]) {
            let possessive = text::words(subject.phrase)
                .last()
                .is_some_and(|w| speaker::is_possessive(w.text));
            if possessive || subject.pronoun.is_some() {
                return None;
            }
            match self.resolve(&subject, *start) {
                Some(p) if p.person => {
                    // The proposal itself: the reading state's form of
                    // the name stands.
                    if let Some(q) = proposed.filter(|q| coref::same_person(&q.name, &p.name)) {
                        return Some(Some(q.clone()));
                    }
                    let fits = self.gender_of(&p.name).is_none_or(|g| g == gender);
                    return fits.then_some(Some(p));
                }
                Some(_) => return None,
                None if plainly_a_person(&subject) => return Some(None),
                None => {}
            }
        }
        // `One of the freed soldiers, who gave only his call sign, told
        // ...`: an unnamed source, whom `he` means; no one quoted before. (A
        // name in apposition, `A spokeswoman, Jo Lin, said`, came first.)
        if unnamed_subject(&body[opening.clone()])
            .is_some_and(|d| self.anonymous_speaker(d).is_some())
        {
            return Some(None);
        }
        None
    }

    /// Whether the frame's subject is a description (`the official`)
    /// that the words right after the frame (at `evidence`'s end) tell is
    /// someone unnamed: `“...,” said the official, who asked not to be
    /// named.` A description the article then says it will not name is
    /// not the person named before it with the same noun.
    fn described_as_unnamed(&self, clause: &speaker::Clause<'_>, evidence: &Range<usize>) -> bool {
        let described =
            (clause.subject.as_ref()).is_some_and(|s| s.name.is_none() && s.pronoun.is_none());
        described
            && (self.article.body.get(evidence.end..)).is_some_and(unnamed::withheld_after_subject)
    }

    /// The unnamed source the sentence before the quote at `quote_start`,
    /// in the same paragraph, makes its subject (`One community leader,
    /// who asked not to be named, said men had been seen “running”.`,
    /// `A senior officer was more candid.`), as the article describes
    /// them, when the article told them to be of the pronoun's `gender`.
    /// The paragraph and that one sentence are the reach: an unnamed
    /// source is remembered no further, since nothing tells a later `he`
    /// from someone new.
    /// `None` when the sentence gives the source a name before its verb
    /// (`a roofer who gave his name as Dale`): that name is who it is.
    fn previous_unnamed_subject(&self, quote_start: usize, gender: Gender) -> Option<String> {
        let opening = self.previous_opening(quote_start)?;
        let body = &self.article.body;
        let text = &body[opening.clone()];
        // `She says seven came in. One of them, a driver, died before
        // dawn. “...,” she said.`: a source that neither opens the
        // paragraph nor is told to speak is what the speaker talks of.
        let opens_paragraph = body[self.discourse.paragraph.start..opening.start]
            .trim()
            .is_empty();
        // `On his way out, a reporter asked what he would do. “Sell some
        // trucks,” he said.`: the one asked answers, not the asker.
        let ws = text::words(text);
        let asks = (ws.windows(2)).any(|p| p[0].is(ASKING_VERBS) && p[1].is(QUESTION_OPENERS));
        let verb = ws.iter().find(|w| w.is(SPEECH_VERBS));
        if asks || !opens_paragraph && !speaker::tells_of_speaking(text) {
            return None;
        }
        let described = unnamed::subject_described(text);
        // `A senior officer was more candid.`: no comma or speech verb
        // ends the description (it runs to the sentence's end), its noun
        // does.
        let ends_early = |d: &&str| {
            (text.find(*d)).is_some_and(|at| !text::words(&text[at + d.len()..]).is_empty())
        };
        let description = (unnamed_subject(text).filter(ends_early).into_iter())
            .chain(described.as_ref().map(|d| d.description))
            .find(|d| self.anonymous_speaker(d).is_some())?;
        // Only a source whose gender the article told (`a woman`, `who
        // asked that his name not be used`) agrees with the pronoun: one
        // of untold gender may be anyone (on the CHECK sets they cost a
        // wrong person).
        let told = (described.and_then(|d| d.gender))
            .or_else(|| unnamed::described_gender(description))?;
        let verb_at = verb.map_or(text.len(), |w| w.start);
        let named = name_given_only(text).is_some()
            || coref::lone_names(text, &|_| false)
                .iter()
                .any(|l| l.at < verb_at);
        (told == gender && !named).then(|| description.to_string())
    }

    /// The opening of the last sentence of the paragraph right before
    /// this one, when the quote at `quote_start` is in this paragraph's
    /// first sentence.
    fn closing_opening_before(&self, quote_start: usize) -> Option<Range<usize>> {
        let paragraph = &self.discourse.paragraph;
        let (block, opening) = self.discourse.closing_opening.as_ref()?;
        let first_sentence = (self.article.body.get(paragraph.start..quote_start))
            .is_some_and(|before| sentence_ends(before).is_empty());
        // Only when that sentence ends with a quote no rule attributed:
        // its subject spoke last, unread. After a sentence that only
        // tells of someone, the person quoted before may go on.
        let unread = self.candidates.last().is_some_and(|c| {
            c.block == Some(*block)
                && c.occurrence.speaker.is_none()
                && c.occurrence
                    .span
                    .as_ref()
                    .is_some_and(|s| s.start >= opening.end)
        });
        // Or when that sentence tells its subject speaking (`Back on
        // Packenham Drive, Tom Vey said he would watch the hearing.`,
        // `Envoy Ann Vell has been speaking in Kosti.`) and the paragraph
        // after opens with the quote (`“...,” he said.`): the sentence
        // that hands over to the quote names who talks. One that only
        // tells of someone (`Tom Vey was shot on Monday.`) hands over
        // nothing.
        let spoke_there = self.quote_opens_paragraph(quote_start)
            && tells_of_saying(&self.article.body[opening.clone()]);
        (block + 1 == self.discourse.block && first_sentence && (unread || spoke_there))
            .then(|| opening.clone())
    }

    /// Whether the quote at `quote_start` is the first thing its
    /// paragraph says (only a blockquote mark or a dash before it).
    fn quote_opens_paragraph(&self, quote_start: usize) -> bool {
        let paragraph = &self.discourse.paragraph;
        (self.article.body.get(paragraph.start..quote_start))
            .is_some_and(|before| text::words(before).is_empty())
    }

    /// `The agency confirmed the pause. “...,” it wrote.`: the body the
    /// sentence before makes its subject is what `it` means, whoever
    /// spoke before.
    fn previous_body(&self, quote_start: usize) -> Option<Entity> {
        let opening = self.previous_opening(quote_start)?;
        let text = &self.article.body[opening.clone()];
        // `The ICRC confirmed`: the capitalised words the sentence opens
        // with, after `The`.
        let ws = text::words(text);
        let first = usize::from(ws.first()?.is(&["the"]));
        let name = &ws[first..];
        let run = name
            .iter()
            .take_while(|w| w.is_capitalised() || w.is(&["of", "for"]))
            .count();
        let last = run.checked_sub(1)?;
        // `The M23, which has held Goma since 2025, closed`: the verb
        // comes after the relative clause set off by commas.
        let after_name =
            if name[last].after.contains(',') && name.get(run).is_some_and(|w| w.is(&["which"])) {
                (run..name.len()).find(|&k| name[k].after.contains(','))? + 1
            } else {
                run
            };
        // The name is the whole subject only when a verb follows it (`The
        // Russian embassy responded` has `Russian` in a longer one).
        let verb = name
            .get(after_name)
            .is_some_and(|w| w.is(SPEECH_VERBS) || !w.is_capitalised() && w.text.ends_with("ed"));
        if !verb {
            return None;
        }
        let phrase = &text[name.first()?.start..name[last].end];
        self.resolve(&speaker::parse_subject(phrase), opening.start)
            .filter(|b| !b.person)
    }

    /// Where each sentence of the current paragraph opens, from the
    /// paragraph's start up to `quote_start` (the last one is the quote's
    /// own sentence); a full stop inside a quote ends no sentence. `None`
    /// when `quote_start` lies outside the paragraph.
    pub(super) fn sentence_starts_before(&self, quote_start: usize) -> Option<Vec<usize>> {
        let paragraph = self.discourse.paragraph.clone();
        if !(paragraph.start..=paragraph.end).contains(&quote_start) {
            return None;
        }
        let quotes = &self.discourse.paragraph_quotes;
        let inside = |at: usize| quotes.iter().any(|q| q.start < at && at < q.end);
        let ends = sentence_ends(&self.article.body[paragraph.start..quote_start]);
        let starts = std::iter::once(paragraph.start)
            .chain(ends.into_iter().map(|e| paragraph.start + e))
            .filter(|&at| !inside(at))
            .collect();
        Some(starts)
    }

    /// The words the sentence before the one that holds the quote at
    /// `quote_start` opens with, in the same paragraph, up to its first
    /// quote: where its subject is. `None` when there is no such sentence
    /// or it opens with a quote or a pronoun (it goes on with whoever
    /// that is).
    fn previous_opening(&self, quote_start: usize) -> Option<Range<usize>> {
        let body = &self.article.body;
        let quotes = &self.discourse.paragraph_quotes;
        let starts = self.sentence_starts_before(quote_start)?;
        let [.., start, end] = starts.as_slice() else {
            return None;
        };
        let cut = (quotes.iter())
            .map(|q| q.start)
            .filter(|q| (*start..*end).contains(q))
            .min()
            .unwrap_or(*end);
        let first = text::words(&body[*start..cut]).into_iter().next()?;
        if first.is(PRONOUNS) || first.is(&["i", "we", "you"]) {
            return None;
        }
        Some(*start..cut)
    }

    /// `**Tendai Mubvumba:** Minister Bokele is a patient man. When he
    /// told me, “...”`: whoever answers in an interview speaks of
    /// themselves as `I`, so `he` or `she` in their answer is someone
    /// else: the one person of that gender the answer names before
    /// `before`, or no one. Any other `speaker` stands, and so does the
    /// answerer in an answer the reporter tells (`**Bagheri-Rad:** “...”
    /// He added that`).
    fn not_the_answerer(
        &self,
        speaker: Option<Entity>,
        gender: Gender,
        before: usize,
        at: usize,
    ) -> Option<Entity> {
        let Some(answerer) = self.answer_label(before) else {
            return speaker;
        };
        if !(speaker.as_ref()).is_some_and(|s| coref::same_person(&s.name, &answerer.name)) {
            return speaker;
        }
        let named: Vec<_> = (self.discourse.named_in_block.iter())
            .filter(|n| n.at < before && !coref::same_person(&n.name, &answerer.name))
            .map(|n| (n, n.gender.or_else(|| self.gender_of(&n.name))))
            .collect();
        match coref::antecedent(None, &named, Some(gender)) {
            coref::Antecedent::Person(name) => self
                .resolve(&speaker::parse_subject(&name), at)
                .filter(|e| e.person && !coref::same_person(&e.name, &answerer.name)),
            _ => None,
        }
    }

    /// The person a label opening the paragraph names as the one who
    /// answers in it (see [`speaker::answer_label`]), when the label
    /// comes before `before`.
    fn answer_label(&self, before: usize) -> Option<Entity> {
        let paragraph = self.discourse.paragraph.clone();
        let text = self.article.body.get(paragraph.start..before)?;
        let name = speaker::answer_label(text)?;
        self.resolve(&speaker::parse_subject(&name), paragraph.start)
            .filter(|e| e.person)
    }

    /// The paragraph's say on who `he` or `she` before `before` is, given
    /// the reading state's `proposed` person (see `coref`).
    fn paragraph_antecedent(
        &self,
        proposed: Option<Entity>,
        gender: Option<Gender>,
        before: usize,
        at: usize,
        preferred: bool,
    ) -> Option<Entity> {
        let named: Vec<_> = (self.discourse.named_in_block.iter())
            .chain(&self.discourse.subjects_in_full)
            .filter(|n| n.at < before)
            .map(|n| (n, n.gender.or_else(|| self.gender_of(&n.name))))
            .collect();
        let proposal = proposed.as_ref().filter(|p| p.person).map(|p| {
            let paragraph =
                self.discourse.paragraph.start..before.max(self.discourse.paragraph.start);
            let text = self.article.body.get(paragraph.clone()).unwrap_or_default();
            let quotes = &self.discourse.paragraph_quotes;
            let introduced = (self.discourse.introduced.as_ref()).is_some_and(|i| i.name == p.name);
            let spoke_last = (self.discourse.people.last()).is_some_and(|l| l.name == p.name);
            // `He would not say whether he had met Dorn. “...,” he said.`:
            // a paragraph whose subject from its first word is `he` goes
            // on with the man quoted last; Dorn is only talked about.
            let carried_on = spoke_last
                && gender
                    .is_some_and(|g| coref::opens_with_pronoun(text, quotes, paragraph.start, g));
            coref::Proposal {
                name: p.name.as_str(),
                gender: self.gender_of(&p.name),
                mentioned: carried_on || coref::mentions(text, paragraph.start, quotes, &p.name),
                subject: preferred || introduced,
                spoke_last,
            }
        });
        match coref::antecedent(proposal, &named, gender) {
            coref::Antecedent::Proposed => proposed,
            coref::Antecedent::Person(name) => self
                .resolve(&speaker::parse_subject(&name), at)
                .filter(|e| e.person)
                .or_else(|| {
                    // One word the paragraph itself showed to be a
                    // person's name (`Her sister, Velka, said`).
                    let paragraph = self.discourse.paragraph.clone();
                    let text = self.article.body.get(paragraph.clone())?;
                    let quotes = &self.discourse.paragraph_quotes;
                    let quoted =
                        |at: usize| quotes.iter().any(|q| q.contains(&(paragraph.start + at)));
                    coref::lone_names(text, &quoted)
                        .iter()
                        .any(|l| l.name == name)
                        .then_some(Entity {
                            name,
                            role: None,
                            actor: None,
                            person: true,
                        })
                }),
            coref::Antecedent::Nobody => None,
        }
    }

    fn read_sentence(&mut self, sentence: Range<usize>, index: usize) {
        let body = &self.article.body;
        let text = &body[sentence.clone()];
        self.discourse.sentence_before = Some((index, sentence.clone()));
        self.reported_last = None;
        // `The agency grounded the jet on February 10.`: the day a later
        // `at the time` is told against.
        self.discourse.sentence_read(sentence.clone());
        let Some(found) = reported::parse(text, &self.outlets()) else {
            self.read_introduction(sentence, index);
            return;
        };
        let Some(speaker) = self
            .resolve(&found.subject, sentence.start)
            .filter(|s| is_named(self.registry, &found.subject, s))
        else {
            // `A senior union official told CBC that ...`: `the official`
            // in the next quote is them.
            let phrase = found.subject.phrase;
            if found.subject.pronoun.is_none() && self.anonymous_speaker(phrase).is_some() {
                let actor = self.description_actor(phrase, sentence.start);
                self.discourse.note_unnamed_office(phrase, actor.as_deref());
            } else if reports_a_stranger(&found.subject) {
                // `After the hearing, Maeng told reporters the committee
                // would meet. “...,” he said.`: a person no rule could
                // resolve took the turn; `he` may be them, so it is no
                // one quoted before. The introduction read next clears
                // this when it finds who they are.
                self.discourse.stranger = true;
            }
            self.read_introduction(sentence, index);
            return;
        };
        let date = found
            .when
            .iter()
            .find_map(|r| dates::said_on(&text[r.clone()], self.article.date));
        let evidence = sentence.start + found.evidence.start..sentence.start + found.evidence.end;
        let mut evidence_text = body[evidence.clone()].to_string();
        if let Some(tail) = &found.tail {
            evidence_text = format!("{evidence_text} ... {}", &text[tail.clone()]);
        }
        let span = sentence.start + found.text.start..sentence.start + found.text.end;
        self.discourse.remember(&speaker);
        self.discourse.note_body(&speaker);
        self.discourse.statement_read();
        self.reported_last = Some(ReportedSentence {
            block: index,
            sentence: sentence.clone(),
            speaker: speaker.clone(),
            evidence: evidence.clone(),
        });
        if let Some(date) = date {
            // `Lind told reporters on Monday that ... “...,” he said.`
            self.discourse.occasion = Some(Occasion {
                speaker: speaker.name.clone(),
                date,
                block: Some(index),
            });
            // The day read from the frame's own words is a day of saying.
            self.note_lead_speaker(&speaker.name, index, Some(date));
        }
        self.candidates.push(Candidate {
            occurrence: Occurrence {
                text: body[span.clone()].to_string(),
                span: Some(span),
                kind: QuoteKind::Reported,
                speaker: Some(speaker.name),
                role: speaker.role,
                actor: speaker.actor,
                via: found.via.map(clean_outlet),
                date: date.unwrap_or(self.article.date),
                evidence: Some(evidence_text),
                evidence_span: Some(evidence),
                rule: Some(Rule::Reported),
                anonymous: false,
                affiliation_evidence: None,
            },
            statement: true,
            block: Some(index),
        });
        // Reported speech is no quote: the next quote does not continue it.
        if let Some(last) = self.candidates.last_mut() {
            last.block = None;
        }
    }

    /// The article's own outlet and agencies.
    pub(super) fn outlets(&self) -> Vec<&str> {
        std::iter::once(self.article.outlet.as_str())
            .chain(self.article.agencies.iter().map(String::as_str))
            .collect()
    }

    /// `the spokesman` after `A spokesman for Ahrar al-Sham, who asked not
    /// to be named`: the actor that unnamed spokesman spoke for.
    fn unnamed_office_actor(&self, subject: &speaker::Subject<'_>) -> Option<String> {
        self.unnamed_office(subject.phrase)?.actor.clone()
    }

    /// The unnamed source a sentence without quotes just introduced, as
    /// the article described them (`An aide`), when `phrase` is `the`
    /// and the noun that heads that description (`the aide`).
    fn introduced_by_head(&self, phrase: &str) -> Option<String> {
        let ws = text::words(phrase.trim());
        let [the, noun] = ws.as_slice() else {
            return None;
        };
        let introduced = self.discourse.introduced_unnamed.as_deref()?;
        let source = self.anonymous_speaker(introduced)?;
        let described = text::words(&source);
        let head = &described[text::head_noun(&described)?];
        (the.is(&["the"]) && noun.lower() == head.lower()).then_some(source)
    }

    /// `one of them` (`one of the people`, `one source`): the member of a
    /// group of unnamed sources. An apposition that describes the member
    /// (`One of them, a Western diplomat, said`, `said one, a retired
    /// sheriff's deputy from Mesa`) says who; else the group
    /// the paragraph or the one before introduced last before `before`
    /// (`according to people familiar with the matter`), as the article
    /// wrote it. `None`: no member, or no group told.
    fn member_described(
        &self,
        description: &str,
        subject: Option<&speaker::Subject<'_>>,
        before: usize,
    ) -> Option<Member> {
        let ws = text::words(description);
        // (`said one, a retired sheriff's deputy`: a bare `one` too.)
        let of_them = unnamed::after_one_of(&ws).is_some()
            || matches!(ws.as_slice(), [one] if one.is(&["one"]));
        if of_them
            && let Some(apposition) = (subject?.apposition.iter())
                .find(|a| text::first_word(a).is_some_and(|w| w.is(&["a", "an"])))
        {
            return Some(Member {
                description: apposition.to_string(),
                of_group: false,
            });
        }
        let previous = self.paragraph_before(before);
        let near = &self.article.body[previous..before];
        let group = unnamed::last_group(near)
            .filter(|group| unnamed::picks_one_of(description, group))
            .or_else(|| self.group_told_before(description, near, before))?;
        // `one resident said` after `residents said`: a group told by its
        // noun alone says no more than the member's own words, which tell
        // that one person spoke.
        let one_noun = matches!(ws.as_slice(), [one, _] if one.is(&["one"]));
        if one_noun && text::words(group).len() == 1 {
            return None;
        }
        Some(Member {
            description: group.to_string(),
            of_group: true,
        })
    }

    /// `one of the people` (or `one of them` after `the people said`) with
    /// no group told nearby: the group of that noun the article introduced
    /// last before `before` (`according to two people familiar with the
    /// meetings`), as a definite noun points back at what the reader was
    /// told, however far back.
    fn group_told_before(&self, description: &str, near: &str, before: usize) -> Option<&str> {
        let noun = unnamed::group_noun_pointed_at(description, near)?;
        unnamed::last_group_headed(&self.article.body[..before], &noun)
    }

    /// Where the paragraph before the one `before` is in starts.
    fn paragraph_before(&self, before: usize) -> usize {
        let body = &self.article.body;
        let paragraph = self.discourse.paragraph.start.min(before);
        // The separator before this paragraph is trimmed as characters, not
        // bytes: the paragraph may open right after a multi-byte quote mark.
        body[..paragraph]
            .trim_end_matches('\n')
            .rfind("\n\n")
            .map_or(0, |p| p + 2)
            .min(paragraph)
    }

    /// `the official`, `this member`: the one unnamed source this paragraph
    /// or the one before, up to `before`, last described with the noun
    /// heading `phrase`, as the article described them. No one when a
    /// person the noun may mean was named since.
    fn source_pointed_back_at(&self, phrase: &str, before: usize) -> Option<String> {
        let noun = unnamed::pointed_back_noun(phrase)?;
        // A holder of a post the reading remembers (`the diplomat` after
        // `A Western diplomat following the talks said`) is described as
        // first told (`anonymous_speaker`), in full.
        if unnamed::points_by_post(phrase) && self.unnamed_office(phrase).is_some() {
            return None;
        }
        let from = self.paragraph_before(before);
        let text = self.article.body.get(from..before)?;
        let (at, description, noun) = match unnamed::last_one_headed(text, &noun) {
            Some((at, description)) => (at, description, noun),
            // `the person`: the last one described, whatever the noun.
            None if unnamed::ANY_PERSON_POINTER_NOUNS.contains(&noun.as_str()) => {
                unnamed::last_one_described(text)?
            }
            None => return None,
        };
        let after = &text[at + description.len()..];
        if self.named_as_since(&noun, from + at, before) || unnamed::named_in_apposition(after) {
            return None;
        }
        self.anonymous_speaker(description)
    }

    /// `One European regulator involved in the talks said supplies were
    /// short. “...,” the official said.`: a pointer back (`the` and a
    /// noun for a person) right after a sentence whose subject is an
    /// unnamed source who speaks means that source, even when the writer
    /// varies the noun (`official` for a regulator or a member of a
    /// delegation, `lawmaker` for `a moderate Republican`), and a named
    /// holder of the post further back is not meant: the source stands
    /// between. The noun must be the source's own, or a class noun the
    /// source's noun falls under (`UNNAMED_POINTER_CLASSES`): `the
    /// minister said` after `A resident said` is the minister answering.
    /// The reach is the sentence right before, in the same paragraph or
    /// closing the paragraph before when the quote opens its own; a name
    /// in that sentence before its verb (`a roofer who gave his name as
    /// Dale`) or a question put there leaves the pointer to the other
    /// rules.
    fn unnamed_subject_pointed_at(&self, phrase: &str, quote_start: usize) -> Option<String> {
        let noun = unnamed::pointed_back_noun(phrase)?;
        let opening = self
            .previous_opening(quote_start)
            .or_else(|| self.closing_opening_before(quote_start))?;
        let text = &self.article.body[opening];
        let ws = text::words(text);
        let asks = (ws.windows(2)).any(|p| p[0].is(ASKING_VERBS) && p[1].is(QUESTION_OPENERS));
        if asks || !speaker::tells_of_speaking(text) {
            return None;
        }
        let description = (unnamed_subject(text).into_iter())
            .chain(unnamed::subject_described(text).map(|d| d.description))
            .find(|d| self.anonymous_speaker(d).is_some())?;
        // `An EU diplomat briefed on the talks has told`: the description
        // ends before the auxiliary of its verb.
        let described = text::words(description);
        let description = match described.last() {
            Some(last) if described.len() > 2 && last.is(&["has", "have", "had", "is", "was"]) => {
                description[..described[described.len() - 2].end].trim_end()
            }
            _ => description,
        };
        let described = text::words(description);
        let source_noun = described.get(text::head_noun(&described)?)?.lower();
        // A source of the pointer's own noun is the older rules' to find
        // (`source_pointed_back_at`, `introduced.rs`), which keep the
        // description as the writer closed it.
        let fits = UNNAMED_POINTER_CLASSES
            .iter()
            .any(|(class, members)| *class == noun && members.contains(&source_noun.as_str()));
        let verb_at = (ws.iter().find(|w| w.is(SPEECH_VERBS))).map_or(text.len(), |w| w.start);
        let named = name_given_only(text).is_some()
            || coref::lone_names(text, &|_| false)
                .iter()
                .any(|l| l.at < verb_at);
        (fits && !named)
            .then(|| self.anonymous_speaker(description))
            .flatten()
    }

    /// `the official` after `an Election Commission official said`: that
    /// unnamed office holder.
    fn unnamed_office(&self, phrase: &str) -> Option<&discourse::UnnamedOffice> {
        let ws = text::words(phrase.trim());
        let [the, office] = ws.as_slice() else {
            return None;
        };
        if !the.is(&["the"]) {
            return None;
        }
        let office = office.lower();
        self.discourse
            .unnamed_offices
            .iter()
            .find(|u| u.office == office)
    }

    /// The description a frame's subject stretch gives, as a noun phrase
    /// (`noun_phrase::clean`: `As one aide` -> `one aide`). A stretch the
    /// subject reader took past the frame's own speech verb was misread:
    /// `A senior White House official said the president` is the words
    /// before that verb, and `said both delegations` or `Ankara had`
    /// (after `A Turkish official, speaking on condition of anonymity,
    /// said`) the unnamed source its sentence opens with. `None` for no
    /// noun phrase.
    fn subject_description(&self, phrase: &str, lead: Range<usize>) -> Option<String> {
        if let Some(outer) =
            noun_phrase::before_inner_speech_verb(phrase).and_then(noun_phrase::clean)
        {
            return Some(outer.to_string());
        }
        if let Some(np) = noun_phrase::clean(phrase) {
            return Some(np.trim().to_string());
        }
        if !noun_phrase::holds_finite_verb(phrase) {
            return None;
        }
        // `One of them said Ambersley told colleagues`: a person named as
        // the subject of what was said speaks in the frame read; a body
        // (`House leaders were wary`) or a capital standing for a state
        // (`Ankara had`) does not.
        let said = noun_phrase::after_speech_verb(phrase);
        let bodies = self.registry.actors_in(said);
        let names_someone = text::words(said).iter().any(|w| {
            w.is_capitalised()
                && !w.is(ORGANISATION_WORDS)
                && !bodies.iter().any(|m| m.range.contains(&w.start))
        });
        if names_someone {
            return None;
        }
        let sentence = self.article.body.get(lead)?.trim_start();
        let sentence = opening_connective(sentence).unwrap_or(sentence);
        let opening = unnamed_subject(sentence)?;
        // `A spokesman for the senator, Tom Dorn, emailed ... to say`: a
        // source named in the apposition is the name rules' to read.
        let after = &sentence[reported::offset_in(sentence, opening) + opening.len()..];
        let named = after.starts_with(',')
            && text::first_word(after).is_some_and(|w| w.is_capitalised() && !w.is(PRONOUNS));
        if named {
            return None;
        }
        // Only an unnamed source the sentence opens with: a named subject
        // is the name rules' to read.
        self.anonymous_speaker(opening).map(|_| opening.to_string())
    }

    /// How an anonymous speaker is written: the article's description
    /// with its determiner (`a senior rebel commander`, `one resident`),
    /// or the one given before for `the official`. `None` for a definite
    /// or possessive phrase (`the foreign minister`, `China's envoy`: most
    /// often someone named whom the rules did not find), a document or a
    /// body (`a message posted online`), or no description at all.
    fn anonymous_speaker(&self, description: &str) -> Option<String> {
        let earlier = self
            .unnamed_office(description)
            .map(|u| u.description.as_str())
            .filter(|d| *d != description);
        if let Some(earlier) = earlier {
            return self.anonymous_speaker(earlier);
        }
        // `one of them` with no group told: no one a reader can place.
        if unnamed::member_of_untold_group(description) {
            return None;
        }
        let ws = text::words(description);
        let described = ws.first()?.is(ANONYMOUS_DETERMINERS);
        let head_at = text::head_noun(&ws)?;
        let head = &ws[head_at];
        let document = head.is(ORGANISATION_WORDS)
            || ws
                .iter()
                .any(|w| w.is(STATEMENT_NOUNS) || w.is(DOCUMENT_NOUNS));
        // `An Acme engineer who asked not to be identified`: the relative
        // clause tells why, not who.
        let who = ws
            .iter()
            .position(|w| w.is(&["who", "whom"]))
            .filter(|&i| i >= 2);
        let description = who.map_or(description, |i| description[..ws[i - 1].end].trim_end());
        (described && !document && ws.len() >= 2 && names_a_person(&ws, head_at))
            .then(|| description.to_string())
    }

    /// `Atlantean`, `Saudi` for Saudi Arabia: an alias that is an
    /// adjective of nationality rather than the actor's own name.
    fn is_nationality(&self, alias: &str, actor: usize) -> bool {
        let name = self.registry.actor_name(actor);
        // Not any word in `-i`: `Savaari` is a company, `Saudi` is listed.
        // `US` and `U.S.` are the country's name, not its adjective.
        let adjective = ["an", "ese", "ish"]
            .iter()
            .any(|end| alias.len() > 4 && alias.ends_with(end));
        let listed = |w: &text::Word<'_>| {
            let written_in_capitals = !w.text.chars().any(char::is_lowercase);
            w.is(DEMONYMS) || !written_in_capitals && descriptor::is_nationality_adjective(w)
        };
        // `Sudanese army` is a body, not a nationality: the last word tells.
        !alias.eq_ignore_ascii_case(name)
            && (adjective || text::words(alias).last().is_some_and(listed))
    }

    /// The state an unnamed person serves by their description: a
    /// nationality before words of a state's service
    /// (`lexicon::STATE_SERVICE_WORDS`): `a senior Atlantean official`, `a
    /// Saudi diplomatic source`, `a Chinese diplomat in Yangon`, `a member
    /// of the Chinese delegation`, `a source in the Russian Foreign
    /// Ministry`, `a Malian security source`. Officials, diplomats and
    /// delegations hold an office of their state; a nationality before
    /// any other noun (`a Saudi delegate`, `a Mozambican nurse`, `a
    /// Sudanese military officer`, whose army may be an actor of its own)
    /// tells only where they are from. Only the words right after the
    /// nationality, up to the description's head, are read.
    fn state_served(&self, ws: &[text::Word<'_>]) -> Option<String> {
        let head = text::head_noun(ws)?;
        let last = ws[head..]
            .iter()
            .position(|w| w.is(&["in", "at", "of", "from", "close", "with"]))
            .map_or(ws.len(), |p| head + p);
        // `a member of the Chinese delegation`: the head of what follows
        // `of` is the body served.
        let last = match ws.get(last) {
            Some(w) if w.is(&["of", "in", "at", "close"]) => ws[last..]
                .iter()
                .position(|w| w.is(&["who", "whom", "that", "which", "familiar", "briefed"]))
                .map_or(ws.len(), |p| last + p),
            _ => last,
        };
        ws[..last].iter().enumerate().find_map(|(k, w)| {
            let serves = ws[k + 1..last]
                .iter()
                .take(MAX_WORDS_TO_SERVICE)
                .any(|v| v.is(STATE_SERVICE_WORDS));
            (w.is_capitalised() && serves)
                .then(|| self.state_of_nationality(w.text))
                .flatten()
        })
    }

    /// The actor an anonymous speaker's description names: `one member of
    /// Labour's shadow cabinet`, `a senior Congress functionary`, `a
    /// source close to the employers`; a nationality alone is none.
    fn description_actor(&self, description: &str, at: usize) -> Option<String> {
        let description = unnamed::without_posting(description);
        // `a Reyes aide`: staff of a person speak for that person's side.
        if let Some(actor) = self.principal_actor(description) {
            return Some(actor);
        }
        // `one former senior Acme engineer`, `a retired Acme driver`: a
        // post held once; such sources speak for themselves, not for the
        // body they left.
        if resolve::held_formerly(description) {
            return None;
        }
        let ws = text::words(description);
        let official_state = self.state_served(&ws);
        let subject = speaker::Subject {
            phrase: description,
            descriptor: description,
            ..speaker::Subject::default()
        };
        let aliased = self.body_aliased_before_service(&ws);
        if let Some(actor) = self.affiliation(&subject, at) {
            // `an Atlantean diplomat`: a nationality alone is no actor;
            // `a ministry official` names the body the files call `the
            // ministry`, no nationality.
            let nationality_only = aliased.as_ref() != Some(&actor)
                && !self
                    .registry
                    .actor_by_id(&actor)
                    .is_some_and(|a| self.registry.is_party(a))
                && self
                    .registry
                    .actors_in(description)
                    .iter()
                    .filter(|m| self.registry.actor_id(m.actor) == actor)
                    .all(|m| self.is_nationality(&description[m.range.clone()], m.actor));
            return if nationality_only {
                official_state
            } else {
                Some(actor)
            };
        }
        if official_state.is_some() {
            return official_state;
        }
        // `an Acme engineer`: an actor's name before the noun, unless a
        // nationality (`a Saudi delegate`).
        let before_noun = self.registry.actors_in(description).into_iter().find(|m| {
            let rest = description[m.range.end..].trim_start();
            rest.starts_with(char::is_lowercase)
                && !self.is_nationality(&description[m.range.clone()], m.actor)
        });
        if let Some(m) = before_noun {
            return Some(self.registry.actor_id(m.actor).to_string());
        }
        if let Some(actor) = self.body_noun_modifying(description, &ws) {
            return Some(actor);
        }
        // `a trust spokesman`, `an official at the federation`: the body
        // the article named with that noun.
        if let Some(actor) = ws
            .iter()
            .filter(|w| !w.is_capitalised() && (w.is(ORGANISATION_WORDS) || w.is(BODY_HEAD_NOUNS)))
            .find_map(|w| self.body_by_noun(&format!("the {}", w.lower()), at)?.actor)
        {
            return Some(actor);
        }
        if aliased.is_some() {
            return aliased;
        }
        self.tied_body_actor(description, at)
    }

    /// The body a description ties its source to after the head: a
    /// definite body named by a link (`a source at the ministry`, `an
    /// official of the ministry who was present`: see
    /// [`Reader::linked_body_actor`]) or the body they are close to (`A
    /// source close to the employers`). Read also on the description in
    /// full when the frame's subject stopped at its head (`said an
    /// official at the ministry`), since a relative clause is not read:
    /// `who holds Acme shares` names no body spoken for.
    fn tied_body_actor(&self, description: &str, at: usize) -> Option<String> {
        let ws = text::words(description);
        if let Some(actor) = self.linked_body_actor(description, &ws, at) {
            return Some(actor);
        }
        let relative = ws
            .iter()
            .position(|w| w.is(RELATIVE_PRONOUNS) || w.is(&["that"]))
            .map_or(description.len(), |i| ws[i].start);
        let description = &description[..relative];
        let close = ws
            .windows(2)
            .find(|p| p[0].is(&["close"]) && p[1].is(&["to"]) && p[1].end <= description.len())?;
        let m = self
            .registry
            .actors_in(&description[close[1].end..])
            .into_iter()
            .next()?;
        Some(self.registry.actor_id(m.actor).to_string())
    }
}

impl Reader<'_> {
    /// `a source close to the campaign`, `a spokesperson for the company`,
    /// `an official at the ministry's Road Transport Bureau`: a definite
    /// body the description ties the source to (`of`, `for`, `at`, `in`,
    /// `with`, `close to`, its possessive) is the body the article named
    /// before, as the body rules read `the campaign said`. Words after a
    /// relative pronoun tell why or when, not whom they speak for.
    fn linked_body_actor(
        &self,
        description: &str,
        ws: &[text::Word<'_>],
        at: usize,
    ) -> Option<String> {
        let end = ws
            .iter()
            .position(|w| w.is(RELATIVE_PRONOUNS))
            .unwrap_or(ws.len());
        let ws = &ws[..end];
        (1..ws.len()).find_map(|link| {
            // `familiar with the association's deliberations` tells what
            // they know, not whom they speak for.
            let tied = ws[link].is(BODY_LINKS) && !ws[link - 1].is(KNOWING_WORDS)
                || ws[link].is(&["to"]) && ws[link - 1].is(CLOSE_TO_WORDS);
            if !tied || !ws.get(link + 1)?.is(&["the"]) {
                return None;
            }
            let phrase = definite_body_after(description, &ws[link + 1..])?;
            if phrase.eq_ignore_ascii_case("the campaign") {
                return self.campaign_meant(at);
            }
            self.definite_body(phrase, at)?.actor
        })
    }

    /// `a senior army officer`, `a court clerk`, `one cabinet minister`: a
    /// lowercase noun right before a head that serves a body (an official,
    /// an officer, a clerk: `BODY_SERVICE_NOUNS`, `BODY_MEMBER_NOUNS`),
    /// which one actor's files alias as a body (`the army`, `the court`),
    /// names that body, as [`Reader::body_aliased_before_service`] reads
    /// `a senior administration official`. Not a post held formerly (`a former army officer`), nor
    /// a head that serves no one (`a committee witness`).
    fn body_noun_modifying(&self, description: &str, ws: &[text::Word<'_>]) -> Option<String> {
        if resolve::held_formerly(description) {
            return None;
        }
        let head = text::head_noun(ws)?;
        let noun = ws.get(head.checked_sub(1)?)?;
        let serves = ws[head].is(BODY_SERVICE_NOUNS) || ws[head].is(BODY_MEMBER_NOUNS);
        let plain = text::is_lowercase(noun)
            && noun.after.trim().is_empty()
            && noun.text.chars().all(char::is_alphabetic)
            && !noun.is(ANONYMOUS_DETERMINERS);
        let actor = (serves && plain)
            .then(|| {
                self.registry
                    .only_actor_called(&format!("the {}", noun.lower()))
            })
            .flatten()?;
        Some(self.registry.actor_id(actor).to_string())
    }

    /// `the campaign` in `a source close to the campaign`: the campaign of
    /// the candidate the article named last before `at` (by a surname the
    /// files run a campaign for).
    fn campaign_meant(&self, at: usize) -> Option<String> {
        let before = self.article.body.get(..at)?;
        let candidate = text::words(before)
            .into_iter()
            .rev()
            .find(|w| w.is_capitalised() && self.registry.campaign_of(w.text).is_some())?;
        self.campaign_actor(candidate.text)
    }
}

/// `the campaign`, `the ministry` of `the ministry's Road Transport
/// Bureau`: `the` (first of `ws`) and the lowercase words after it,
/// without a space-free break, up to a possessive, which ends it.
fn definite_body_after<'t>(description: &'t str, ws: &[text::Word<'t>]) -> Option<&'t str> {
    let the = ws.first()?;
    let mut end = None;
    for w in &ws[1..] {
        if !text::is_lowercase(w) || w.is(PREPOSITIONS) {
            break;
        }
        let stem = text::possessive_owner(w.text);
        end = Some(stem.map_or(w.end, |stem| w.start + stem.len()));
        if stem.is_some() || !w.after.trim().is_empty() {
            break;
        }
    }
    description.get(the.start..end?)
}

/// How a member of a group of unnamed sources is written: their own
/// description, or the group's (`of_group`).
struct Member {
    description: String,
    of_group: bool,
}

/// `who gave her name only as Jodie`, `identified only as Omar Said`: the
/// one name an unnamed source is given.
fn name_given_only(clause: &str) -> Option<&str> {
    let ws = text::words(clause);
    let at = ws.windows(2).position(|p| {
        p[1].is(&["as"]) && p[0].is(&["name", "only", "identified", "herself", "himself"])
    })?;
    let told = ws[..at + 1]
        .iter()
        .rev()
        .take(4)
        .any(|w| w.is(&["name", "identified"]));
    let first = ws.get(at + 2).filter(|w| told && w.is_capitalised())?;
    // A first name, or a first name and a surname.
    let mut end = at + 2;
    if end + 1 < ws.len() && ws[end].after.trim().is_empty() && ws[end + 1].is_capitalised() {
        end += 1;
    }
    Some(&clause[first.start..ws[end].end])
}

/// The words the last sentence of the paragraph at `range` opens with, up
/// to its first quote (`quotes`): where its subject is. `None` when it
/// opens with a quote or a pronoun (it goes on with whoever that is).
fn closing_opening(
    body: &str,
    range: Range<usize>,
    quotes: &[Range<usize>],
) -> Option<Range<usize>> {
    let text = body.get(range.clone())?.trim_end();
    let inside = |at: usize| quotes.iter().any(|q| q.start < at && at < q.end);
    let start = (sentence_ends(text).into_iter())
        .map(|e| range.start + e)
        .rfind(|&at| at < range.start + text.len() && !inside(at))
        .unwrap_or(range.start);
    let cut = (quotes.iter())
        .map(|q| q.start)
        .filter(|q| (start..range.end).contains(q))
        .min()
        .unwrap_or(range.start + text.len());
    let first = text::words(&body[start..cut]).into_iter().next()?;
    // `When Calderwood asked ..., the nominee said`, `Speaking with
    // Idris, el-Nour said`: a name in the clause before the subject is
    // no subject, and where that clause ends is not read here.
    let clause_first = first.is(SUBORDINATORS)
        || first.is(CLAUSE_OPENING_PARTICIPLES)
        || speaker::ends_in_ing(first.text);
    // `Antonio Lorenzo “Tonyboy” Quiambao`: a quote inside a name cuts
    // the name short.
    let in_a_name = (quotes.iter().find(|q| q.start == cut)).is_some_and(|q| {
        let before = text::words(&body[start..cut]);
        let after = text::words(body.get(q.end..range.end).unwrap_or_default());
        before
            .last()
            .is_some_and(|w| w.is_capitalised() && w.after.trim().is_empty())
            && after.first().is_some_and(text::Word::is_capitalised)
    });
    let pronoun = first.is(PRONOUNS) || first.is(&["i", "we", "you"]);
    (!pronoun && !clause_first && !in_a_name).then_some(start..cut)
}

/// Sentence adverbs set off by a comma before a sentence's subject
/// (`Meanwhile, a senior official ... said`).
const OPENING_CONNECTIVES: &[&str] = &[
    "meanwhile",
    "still",
    "however",
    "separately",
    "earlier",
    "later",
    "instead",
    "privately",
];

/// The sentence after an opening connective and its comma (`Meanwhile,
/// a senior official in the National Treasury, ... said`), or `None`
/// when it opens otherwise.
fn opening_connective(sentence: &str) -> Option<&str> {
    let first = text::first_word(sentence)?;
    (first.is(OPENING_CONNECTIVES) && first.after.starts_with(','))
        .then(|| sentence[first.end..].trim_start_matches(',').trim_start())
}

/// `One juror, who asked not to be named, told ...`: the description a
/// sentence opens with, up to its first comma or verb.
/// How many words may stand between a reporting aside (`, he said,`) and
/// the speech verb of the one it reports (`asked him`, `had told her`).
const MAX_WORDS_TO_REPORTED_VERB: usize = 3;

/// `One woman, he said, asked him, “...”`, `Her husband, she said, had
/// told her that morning, “...”`: a frame whose pronoun and verb stand
/// as an aside between commas, after a subject that is no pronoun and
/// before that subject's own speech verb, reports what someone else
/// said. The quote is that subject's (returned as written), not the
/// pronoun's: the one who tells is not the one quoted. `None` for a
/// plain frame (`“...,” he said`), an aside with no speech verb after it
/// (`Her interlocutors, she added, had “a talent ...”`: her words), or
/// an aside after a pronoun (`It was, she said, “...”`).
fn reported_through_aside(evidence: &str) -> Option<&str> {
    let ws = text::words(evidence);
    let aside = (1..ws.len().saturating_sub(1)).find(|&i| {
        ws[i - 1].after.trim() == ","
            && ws[i].is(&["he", "she", "they"])
            && ws[i + 1].is(SPEECH_VERBS)
            && ws[i + 1].after.trim() == ","
    })?;
    let subject = &ws[..aside];
    let reported = ws.get(aside + 2..)?;
    let verb_follows = (reported.iter().take(MAX_WORDS_TO_REPORTED_VERB + 1))
        .take_while(|w| !w.after.contains(['.', '!', '?']))
        .any(|w| w.is(SPEECH_VERBS));
    let first = subject.first()?;
    // (`Her husband` is a subject; `he`, `it` are no one else.)
    // `At the checkpoint, she said, a soldier ...`: a scene, no subject.
    let scene = first.is(lexicon::PREPOSITIONS) && !first.is(&["the", "a", "an"]);
    let plain_subject = !first.is(&["i", "we", "you", "he", "she", "it", "they"])
        && !first.is(SUBORDINATORS)
        && !scene
        && subject.iter().all(|w| !w.is(SPEECH_VERBS));
    let last = subject.last()?;
    (verb_follows && plain_subject).then(|| evidence[first.start..last.end].trim())
}

/// `Her husband`, `His daughter`: a relative of the one talking, told by
/// a possessive pronoun and a noun for kin.
fn kin_of_speaker(description: &str) -> bool {
    matches!(text::words(description).as_slice(), [own, kin]
        if own.is(&["her", "his", "their"]) && kin.is(KIN_AND_CALLING_NOUNS))
}

/// Class nouns a writer uses to point back at an unnamed source first
/// described with another noun (`the official` after `one European
/// regulator`, `the lawmaker` after `a moderate Republican`), with the
/// nouns of the descriptions each may point back at. A noun that fits
/// no class here points back only at a source of its own noun.
const UNNAMED_POINTER_CLASSES: &[(&str, &[&str])] = &[
    (
        "official",
        &[
            "member",
            "regulator",
            "officer",
            "aide",
            "diplomat",
            "administrator",
            "adviser",
            "advisor",
            "staffer",
            "negotiator",
            "delegate",
            "envoy",
            "mediator",
            "minister",
        ],
    ),
    (
        "lawmaker",
        &[
            "member",
            "republican",
            "democrat",
            "senator",
            "representative",
            "legislator",
            "congressman",
            "congresswoman",
            "mp",
            "mla",
            "moderate",
            "conservative",
        ],
    ),
    (
        "legislator",
        &[
            "member",
            "republican",
            "democrat",
            "senator",
            "representative",
            "lawmaker",
            "congressman",
            "congresswoman",
            "mp",
            "mla",
        ],
    ),
    (
        "source",
        &[
            "official", "person", "member", "aide", "diplomat", "officer",
        ],
    ),
];

fn unnamed_subject(sentence: &str) -> Option<&str> {
    let trimmed = sentence.trim_start();
    // `Speaking to reporters on the way home, one freed fighter said`:
    // the subject follows the participle clause.
    let first = text::first_word(trimmed)?;
    if first.is_capitalised()
        && speaker::ends_in_ing(first.text)
        && let Some((_, rest)) = trimmed.split_once(',')
    {
        return description_opening(rest.trim_start(), false);
    }
    viewpoint_holder(trimmed).or_else(|| description_opening(trimmed, true))
}

/// `For a senior Algerian official, speaking to Le Monde, the division of
/// labour is clear.`: a sentence that opens with `For` and an unnamed
/// person's description set off by a comma gives that person's view, so
/// the description is who the sentence introduces as speaking, as if it
/// were the subject (`he said` next is them, not someone quoted before).
/// Not `For a while,` or `For one thing,` (no noun for a person: the
/// caller asks `anonymous_speaker`), nor a description that runs on with
/// no comma (`For a country that size the cost is ...`).
fn viewpoint_holder(sentence: &str) -> Option<&str> {
    let first = text::first_word(sentence)?;
    if !(first.is(&["for"]) && first.is_capitalised()) {
        return None;
    }
    let rest = sentence[first.end..].trim_start();
    let description = description_opening(rest, false)?;
    rest[description.len()..]
        .starts_with(',')
        .then_some(description)
}

/// `In Camp 8W, a refugee ... said`: the rest of a sentence after the
/// short phrase of place or time it opens with and its comma, where the
/// subject begins. `ws` are the words of `sentence`, split by the caller,
/// which reads them too.
fn after_opening_adverbial<'s>(sentence: &'s str, ws: &[text::Word<'_>]) -> Option<&'s str> {
    let first = ws.first()?;
    if !first.is_capitalised() || !first.is(lexicon::ADVERBIAL_PREPOSITIONS) {
        return None;
    }
    let comma = ws
        .iter()
        .take(MAX_OPENING_ADVERBIAL_WORDS)
        .position(|w| w.after.trim() == ",")?;
    Some(sentence[ws[comma].end..].trim_start_matches([',', ' ']))
}

/// `a reporter asked what he would do`: the sentence tells of a question
/// put (not of a source who `asked not to be named`).
fn asks_a_question(sentence: &str) -> bool {
    text::words(sentence).windows(2).any(|pair| {
        pair[0].is(&["asked"])
            && pair[1].is(&["what", "whether", "if", "how", "why", "when", "where"])
    })
}

/// Most words of a phrase of place or time that opens a sentence before
/// its subject (`In the village of Tal Hamis,`).
const MAX_OPENING_ADVERBIAL_WORDS: usize = 6;

/// The description `text` opens with (capitalised when `opens_sentence`),
/// up to its first comma or verb.
fn description_opening(trimmed: &str, opens_sentence: bool) -> Option<&str> {
    // Most sentences open otherwise: their first word settles it.
    if !text::first_word(trimmed)?.is(ANONYMOUS_DETERMINERS) {
        return None;
    }
    let ws = text::words(trimmed);
    if !ws.first()?.is(ANONYMOUS_DETERMINERS) || opens_sentence && !ws[0].is_capitalised() {
        return None;
    }
    // (`A spokeswoman for Mr. Moreno`: an abbreviation's stop ends no
    // phrase.)
    let end = ws
        .iter()
        .position(|w| {
            !w.after.trim().is_empty() && !extent::abbreviation_stop(w) || w.is(SPEECH_VERBS)
        })
        .unwrap_or(ws.len() - 1);
    let last = if ws[end].is(SPEECH_VERBS) {
        end.checked_sub(1)?
    } else {
        end
    };
    // `One of the divers had a broken wrist, he said, and ...`: a clause
    // that a parenthetical `he said` attributes is what was said, not who
    // said it.
    let parenthetical = last == end
        && ws.get(end + 1).is_some_and(|w| w.is(PRONOUNS))
        && ws.get(end + 2).is_some_and(|w| w.is(SPEECH_VERBS));
    if parenthetical {
        return None;
    }
    // The description is the noun phrase, never its clause's predicate:
    // `an old fisherman stopped me on the road and said` (a verb
    // coordinated with the speech verb), `A source close to Halloran
    // disputed that account.` (the stretch runs to the sentence's end, so
    // it holds the sentence's verb).
    let coordinated = last < end && ws[last].is(&["and"]);
    let sentence_ends =
        last == end && (ws[end].after.contains(['.', '!', '?']) || end + 1 == ws.len());
    // Cut there, the noun phrase is its head and the words after it
    // that belong to it (`A Bundesbank spokesman on Sunday declined` ->
    // `A Bundesbank spokesman`: a phrase of the saying's time is none).
    let stretch = &ws[..=last];
    let cut = text::head_noun(stretch).and_then(|head| {
        let verb = extent::clause_verb_at(stretch, head, coordinated || sentence_ends)?;
        let head_end = ws[head].end;
        Some(
            ws[verb - 1]
                .end
                .min(head_end + extent::post_modifier_len(&trimmed[head_end..])),
        )
    });
    Some(trimmed[..cut.unwrap_or(ws[last].end)].trim_end())
}

/// `a senior official`, `one of the sources`, `two people`: an unnamed
/// source's head is a noun for people, not a thing (`a copy seen by
/// Reuters`, `A section on communications`).
fn names_a_person(ws: &[text::Word<'_>], head_at: usize) -> bool {
    let head = &ws[head_at];
    // `Two days later`, `A few minutes earlier`: a span of time, whose
    // last word only looks like an agent noun.
    if head.is(TIME_WORDS) {
        return false;
    }
    let singular = head.lower();
    let singular = singular.strip_suffix('s').unwrap_or(&singular);
    let agent = ["er", "or", "ist", "man", "woman", "person", "ant", "ian"]
        .iter()
        .any(|end| singular.len() > 4 && singular.ends_with(end));
    // `one of the sources`: the head is the determiner itself.
    head_at == 0
        || agent
        || [OFFICE_WORDS, ROLE_NOUNS, STAFF_NOUNS, PARTY_MEMBER_NOUNS]
            .iter()
            // `A senior Iberia pilot`, `one boy who came back last year`,
            // `a patient`: nouns for one person the endings miss.
            .chain(ONE_PERSON_NOUN_LISTS)
            .any(|list| head.is(list) || list.contains(&singular))
}

/// `The other diplomat was less upbeat.`: a sentence that opens with
/// `The`, up to two describing words and a noun for a person, then its
/// verb. Returns that description.
fn described_subject(sentence: &str) -> Option<&str> {
    let trimmed = sentence.trim_start();
    // Most sentences open otherwise: their first word settles it.
    let first = text::first_word(trimmed)?;
    if !first.is(&["the"]) || !first.is_capitalised() {
        return None;
    }
    let ws = text::words(trimmed);
    let noun = (1..ws.len().min(4)).find(|&k| {
        let w = &ws[k];
        w.is(OFFICE_WORDS)
            || w.is(PERSON_NOUNS)
            || w.is(PROFESSION_NOUNS)
            || w.is(KIN_AND_CALLING_NOUNS)
    })?;
    let lowercase = |w: &text::Word<'_>| w.text.starts_with(char::is_lowercase);
    let verb = ws.get(noun + 1)?;
    // `The engineer, who has a daughter, said`: a relative clause set off
    // by commas goes on with the subject.
    let relative = ws[noun].after.trim() == "," && verb.is(&["who"]);
    (ws[1..=noun].iter().all(lowercase)
        && ws[..noun].iter().all(|w| w.after.trim().is_empty())
        && (ws[noun].after.trim().is_empty() && !verb.is(&["who"]) || relative)
        && lowercase(verb)
        && !verb.is(&["of", "for", "at", "to", "in", "and"]))
    .then(|| &trimmed[..ws[noun].end])
}

/// Words that open a description of one more source of a kind told
/// before (`a second source`, `another official`, `A third source`).
const ANOTHER_OF_KIND: &[&str] = &["another", "second", "third", "fourth", "fifth", "other"];

/// `a second source`, `another official`: one more unnamed source of
/// the kind the article quoted before, so of the side the earlier ones
/// spoke for, when they had one and all agree (`one of the sources` at
/// the ministry, then `a second source`). Only the head noun is
/// matched: `another official` after `an official at the ministry`.
/// Two sides among the earlier ones, or none: the source keeps none.
fn another_source_of_the_same_kind(candidates: &mut [Candidate]) {
    let head_of = |description: &str| {
        let ws = text::words(description);
        let head = text::head_noun(&ws)?;
        // (`one of the sources`: the group's noun, in the singular.)
        let noun = match unnamed::after_one_of(&ws) {
            Some([.., plural]) => plural.lower().trim_end_matches('s').to_string(),
            _ => ws[head].lower(),
        };
        Some(noun)
    };
    for k in 0..candidates.len() {
        let o = &candidates[k].occurrence;
        let (true, Some(speaker), None) = (o.anonymous, o.speaker.as_deref(), &o.actor) else {
            continue;
        };
        let ws = text::words(speaker);
        let another = match ws.as_slice() {
            [first, ..] if first.is(&["another"]) => true,
            [a, second, ..] => a.is(&["a", "an", "the"]) && second.is(ANOTHER_OF_KIND),
            _ => false,
        };
        let Some(noun) = another.then(|| head_of(speaker)).flatten() else {
            continue;
        };
        let mut sides = candidates[..k].iter().map(|c| &c.occurrence).filter(|e| {
            e.anonymous && e.speaker.as_deref().and_then(head_of).as_deref() == Some(noun.as_str())
        });
        let Some(first) = sides.next().and_then(|e| e.actor.clone()) else {
            continue;
        };
        if sides.all(|e| e.actor.as_deref() == Some(first.as_str())) {
            candidates[k].occurrence.actor = Some(first);
        }
    }
}

/// A person's actor as the article gives it anywhere (`Omar Haddad said`
/// first, `Omar Haddad of the Blue Brigade` later) holds for every quote
/// of that person in the article.
fn share_affiliations(candidates: &mut [Candidate]) {
    let mut actors: Vec<(String, String, Option<String>)> = Vec::new();
    // Two unnamed sources described alike are not one person.
    for c in candidates.iter().filter(|c| !c.occurrence.anonymous) {
        let o = &c.occurrence;
        if let (Some(speaker), Some(actor)) = (&o.speaker, &o.actor)
            && !actors.iter().any(|(s, _, _)| s == speaker)
        {
            actors.push((speaker.clone(), actor.clone(), o.role.clone()));
        }
    }
    for c in candidates.iter_mut() {
        let o = &mut c.occurrence;
        if o.actor.is_some() || o.anonymous {
            continue;
        }
        if let Some((_, actor, role)) = actors
            .iter()
            .find(|(s, _, _)| Some(s) == o.speaker.as_ref())
        {
            o.actor = Some(actor.clone());
            if o.role.is_none() {
                o.role.clone_from(role);
            }
        }
    }
}

/// `the RIA news agency` -> `RIA`.
fn clean_outlet(name: &str) -> String {
    let name = name.trim();
    let name = name.strip_prefix("the ").unwrap_or(name);
    match name
        .strip_suffix(" news agency")
        .or_else(|| name.strip_suffix(" newspaper"))
    {
        // `The Yonhap news agency`; but `The Daily` is a name.
        Some(short) => short.strip_prefix("The ").unwrap_or(short).to_string(),
        None => name.to_string(),
    }
}

/// Verbs of talking with someone (`spoke to`, `talking with`): a
/// sentence whose subject does this tells of an interviewer, whose
/// interviewees the heading above may quote.
const TALKING_VERBS: &[&str] = &["spoke", "speaking", "talked", "talking", "spoken"];

/// Whether a block is a heading over a live blog entry: a heading, or a
/// paragraph all in bold (`**White House “very pleased”**`), that asks
/// no question (a question in bold is an interviewer's).
fn entry_heading(kind: BlockKind, block: &str) -> bool {
    let text = block.trim();
    let asks = text
        .trim_end_matches(['*', '"', '”', '’', '\'', ' '])
        .ends_with('?');
    (kind == BlockKind::Heading || all_bold(text)) && !asks
}

/// Whether a block's text (trimmed) is all in bold: `**...**` with no
/// other bold run inside.
fn all_bold(text: &str) -> bool {
    text.len() > 4
        && text.starts_with("**")
        && text.ends_with("**")
        && !text[2..text.len() - 2].contains("**")
}

/// `text` names the person `name`: their surname with their own first
/// name before it, a title (`Mr. Whitfield`) or no name word at all. `Rep.
/// Tim Brandt` is not named by `Democrat Owen Brandt`.
fn named_in(text: &str, name: &str) -> bool {
    let parts: Vec<&str> = name
        .split_whitespace()
        .map(|p| p.trim_end_matches('.'))
        .collect();
    let [given @ .., surname] = parts.as_slice() else {
        return false;
    };
    if given.is_empty() {
        return false;
    }
    let ws = text::words(text);
    // `Corbin Strother` names `Corbin A. Strother`, `P K Sasidharan`
    // names `P. K. Sasidharan`: any of the given names before the surname.
    let own_given = |w: &text::Word<'_>| given.contains(&w.text.trim_end_matches('.'));
    (0..ws.len()).any(|k| {
        ws[k].text == *surname
            && (k == 0
                || own_given(&ws[k - 1])
                || ws[k - 1].is(TITLES)
                || !ws[k - 1].is_capitalised())
    })
}

/// `**10:30 GMT - Convoy moves**`, `12.05 BST: ...`, a paragraph all in
/// bold: the block opens a live blog's entry.
fn opens_entry(block: &str) -> bool {
    let text = block.trim().trim_start_matches('#').trim();
    if all_bold(text) {
        return true;
    }
    // A clock time: one or two digits, `:` or `.`, two digits, then a
    // time zone, `am`/`pm` or a dash.
    let unstarred = text.trim_start_matches(['*', '_']).trim_start();
    let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
    let hours = digits(unstarred);
    if !(1..=2).contains(&hours) {
        return false;
    }
    let rest = &unstarred[hours..];
    let Some(minutes) = rest.strip_prefix([':', '.']) else {
        return false;
    };
    if digits(minutes) != 2 {
        return false;
    }
    let after = minutes[2..].trim_start_matches(['*', '_']).trim_start();
    let next = text::first_word(after);
    after.starts_with(['-', '–', '—', '|'])
        || next.is_some_and(|w| w.is(TIME_ZONES) || w.is(MERIDIEM_WORDS))
}

/// `Its envoy, Serdar Kaya`: a subject no rule resolves that is plainly
/// a person all the same, a full name with a given name the lists know
/// or an office word said of it.
fn plainly_a_person(subject: &speaker::Subject<'_>) -> bool {
    let Some(name) = subject.name else {
        return false;
    };
    let name_words = text::words(name);
    let full_name = name_words.len() >= 2 && name_words.iter().all(text::Word::is_capitalised);
    let described = std::iter::once(subject.descriptor)
        .chain(subject.apposition.iter().copied())
        .flat_map(text::words)
        .any(|w| w.is(OFFICE_WORDS) || w.is(ROLE_NOUNS));
    full_name && (described || coref::given_name_gender(name).is_some())
}

/// `After the hearing, Maeng told reporters ...`: a reported frame's
/// subject that plainly names a person, by a full name (see
/// [`plainly_a_person`]) or by one capitalised word that is no acronym,
/// no organisation word and follows no `the` (`the Ministry`,
/// `NATO`, `The Legislature` are bodies).
fn reports_a_stranger(subject: &speaker::Subject<'_>) -> bool {
    if subject.pronoun.is_some() || !subject.names_someone() {
        return false;
    }
    let Some(name) = subject.name else {
        return false;
    };
    let name_words = text::words(name);
    let after_the = text::words(subject.phrase).iter().any(|w| w.is(&["the"]));
    let lone_surname = match name_words.as_slice() {
        [word] => {
            word.is_capitalised()
                && !word.is(ORGANISATION_WORDS)
                && name.chars().filter(|c| c.is_lowercase()).count() >= 2
        }
        _ => false,
    };
    plainly_a_person(subject) || lone_surname && !after_the
}

/// Whether the quote at `quote` is all its block holds, but for list
/// dashes, emphasis and the like.
fn fills_block(body: &str, block: Range<usize>, quote: Range<usize>) -> bool {
    let framing = |s: &str| (s.chars()).all(|c| c.is_whitespace() || "-–—*_#>".contains(c));
    framing(&body[block.start..quote.start.max(block.start)])
        && framing(&body[quote.end.min(block.end)..block.end])
}

/// Whether the words right after a quote open with a word that joins a
/// further predicate or clause to the sentence (`, but did not say
/// whether`, `, before adding`, `, though he offered no evidence`,
/// `PREDICATE_LINKS`): what follows is no frame of the quote, which is
/// the complement of the verb before it, or of no one (`“...,” but Dorn
/// said it was wrong` does not make the words Dorn's).
fn links_a_predicate(after: &str) -> bool {
    text::words(after).first().is_some_and(|w| {
        w.is(PREDICATE_LINKS)
            && after[..w.start]
                .trim_start_matches([',', ' ', '\n'])
                .is_empty()
    })
}

/// The words of a quote as its closing punctuation is read: a quote
/// nested at its end (`“I have run out of ways to say ‘urgent,’” she
/// said`) closes with it, and the comma or stop before the inner closing
/// mark closes the outer quote too. Not when the nested quote is words
/// reported inside the quote by another (`He told me: ‘...,’”`, `He
/// said, ‘...,’”`) and they are most of their sentence: they are
/// another's (a dossier lists them as such), and the frame after them is
/// left unread as before. Words the speaker reports of themself (`I told
/// him, ‘...,’”`) are the speaker's either way; so is a sentence whose
/// own words outnumber the ones it reports (`Every time there is news, my
/// mother calls me and says, ‘Pack,’”`). An apostrophe after a word (`the
/// workers'`) follows no punctuation and stays.
fn closing_inner_quote_read_through(inner: &str) -> &str {
    let read = inner.trim_end_matches(['\'', '’', '"', '”']);
    if read.len() == inner.len() || !read.ends_with([',', '.', '!', '?', '…']) {
        return inner;
    }
    // Where the nested quote opens: a mark after a space or a dash.
    let opening = read.char_indices().rev().find(|&(i, c)| {
        matches!(c, '\'' | '‘' | '"' | '“')
            && read[..i].ends_with([' ', '\u{2014}', '\u{2013}', '('])
    });
    let reported = opening.is_some_and(|(i, _)| {
        let lead = last_sentence(read[..i].trim_end());
        let mostly_reported = text::words(lead).len() <= text::words(&read[i..]).len();
        lead.ends_with([',', ':']) && !reported_by_the_speaker(lead) && mostly_reported
    });
    if reported { inner } else { read }
}

/// Whether a quote's words end in a quote they report of another (`He
/// said, ‘...,’`), which `closing_inner_quote_read_through` leaves
/// unread: the words end in a closing mark that the reading keeps.
fn ends_in_words_reported_by_another(inner: &str) -> bool {
    let read = inner.trim_end_matches(['\'', '’', '"', '”']);
    read.len() != inner.len()
        && read.ends_with([',', '.', '!', '?', '…'])
        && closing_inner_quote_read_through(inner).len() == inner.len()
}

/// The last sentence of `words` (all of it when no sentence ends inside).
fn last_sentence(words: &str) -> &str {
    &words[sentence_ends(words).last().copied().unwrap_or(0)..]
}

/// Whether the clause that leads into a nested quote has the speaker of
/// the outer quote as its subject: `I` or `we` in the clause (`I told
/// him,`, `and we said:`).
fn reported_by_the_speaker(clause: &str) -> bool {
    text::words(clause)
        .iter()
        .any(|w| w.text == "I" || w.is(&["we"]))
}

/// Does the quote end a clause, so that the words after it can attribute
/// it (`“...,” he said`, `“...”, he said`, `“...?” he asked`)?
fn ends_clause(inner: &str, after: &str) -> bool {
    inner.ends_with([',', '.', '!', '?', '…', ':', ';', '—', '-'])
        || after.trim_start().starts_with([',', ';', '—', '–', '-'])
}

/// Whether `text` names `name`'s surname as a possessor (`Vollmer's
/// refusal`): a mention `coref::mentions` does not read.
fn owned_by(text: &str, name: &str) -> bool {
    let surname = name.split_whitespace().last().unwrap_or(name);
    text::words(text).iter().any(|w| {
        let owner = text::possessive_owner(w.text);
        owner == Some(surname)
    })
}

/// Where the sentence running at `from` (just after a quote's words or
/// its closing mark) ends, at `until` at the latest: right away when the
/// quote's words end it (`“... make it up.” The director said`).
fn sentence_end(body: &str, from: usize, until: usize) -> usize {
    let until = until.max(from);
    let closing = ['"', '”', '’', '\'', '»', ' '];
    let before = body[..from].trim_end_matches(closing);
    if before.ends_with(['.', '!', '?', '…']) {
        let rest = &body[from..until];
        return until - rest.trim_start_matches(closing).len();
    }
    sentence_ends(&body[from..until])
        .first()
        .map_or(until, |e| from + e)
}

/// Whether `gap`, from the end of one quote to the start of the next,
/// holds just the sentence that attributes the first (`evidence`) and
/// ends right where the next quote opens.
fn only_attribution_between(body: &str, gap: Range<usize>, evidence: &Range<usize>) -> bool {
    if gap.start > gap.end || evidence.start < gap.start || evidence.end > gap.end {
        return false;
    }
    let between = &body[gap];
    match sentence_ends(between).as_slice() {
        [end] => between[*end..].trim().is_empty(),
        _ => false,
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The words around quote `k` of a block, outside quote marks: from the
/// sentence start (or the previous quote) to the quote, and from the quote
/// to the sentence end (or the next quote). The flag says the second runs
/// on into the next quote.
/// The words of the quote's sentence before it, from the sentence's
/// start: the left context of the quote, widened over each quote before
/// it in the same sentence (`Reyes thanked Tarn for its “support” and
/// said ...` for the second quote). A quote that opens its sentence, or
/// the first of its sentence, has its own left context; a quote ending
/// in a full stop ends the sentence before.
fn sentence_before_quote(
    body: &str,
    block: Range<usize>,
    quotes: &[QuoteSpan],
    k: usize,
) -> Range<usize> {
    let end = quotes[k].outer.start;
    let mut j = k;
    let mut start = contexts(body, block.clone(), quotes, j).0.start;
    // A quote that ends in a full stop ends its sentence: `Reyes said
    // “We are done.” Dorn thanked her and said` is two sentences.
    let ends_sentence = |q: &QuoteSpan| {
        body[q.text.clone()]
            .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ' '])
            .ends_with(['.', '!', '?', '\u{2026}'])
    };
    while j > 0
        && quotes[j - 1].outer.end <= start
        && body[quotes[j - 1].outer.end..start].trim().is_empty()
        && !ends_sentence(&quotes[j - 1])
    {
        j -= 1;
        start = contexts(body, block.clone(), quotes, j).0.start;
    }
    start..end
}

fn contexts(
    body: &str,
    block: Range<usize>,
    quotes: &[QuoteSpan],
    k: usize,
) -> (Range<usize>, Range<usize>, bool) {
    let quote = &quotes[k];
    let gap_start = if k == 0 {
        block.start
    } else {
        quotes[k - 1].outer.end.min(quote.outer.start)
    };
    let left_gap = &body[gap_start..quote.outer.start];
    let left_start = sentence_ends(left_gap)
        .last()
        .map_or(gap_start, |e| gap_start + e);
    // `**Flashback:** Reyes said`, `- Reyes told`: the label and the
    // bullet format the sentence; its subject comes after them.
    let left_start = left_start + frame::lead_marks_end(&body[left_start..quote.outer.start]);
    let gap_end = quotes
        .get(k + 1)
        .map_or(block.end, |q| q.outer.start)
        .max(quote.outer.end);
    // The frame after a translation in brackets is read from the comma
    // after it (`bracket_before_frame`), when the quote opens its
    // sentence: inside one (`on the programme "Ala" (At the Table),
    // said`) the brackets gloss a title.
    let opens_sentence = body[left_start..quote.outer.start].trim().is_empty();
    let glossed = if opens_sentence {
        bracket_before_frame(&body[quote.outer.end..gap_end])
    } else {
        0
    };
    let right_start = quote.outer.end + glossed;
    let right_gap = &body[right_start..gap_end];
    match sentence_ends(right_gap).first() {
        Some(&e) => (
            left_start..quote.outer.start,
            right_start..right_start + e,
            false,
        ),
        None => (
            left_start..quote.outer.start,
            right_start..gap_end,
            k + 1 < quotes.len(),
        ),
    }
}

/// `“Hunger no dey wait for strike o” (hunger does not wait for a
/// strike), she said.`: a quote in another language is followed by its
/// translation in brackets, which stands between the quote and its
/// frame. Returns how many bytes of `after` (the words after the quote)
/// the brackets take when a comma follows them, where the frame goes
/// on; 0 otherwise (`“...” (archived here).` frames nothing).
fn bracket_before_frame(after: &str) -> usize {
    let opened = after.trim_start_matches(' ');
    let Some(inside) = opened.strip_prefix('(') else {
        return 0;
    };
    let Some(close) = inside.find(')') else {
        return 0;
    };
    if inside[..close].contains('(') {
        return 0;
    }
    let rest = &inside[close + 1..];
    if rest.starts_with(',') {
        after.len() - rest.len()
    } else {
        0
    }
}

#[cfg(test)]
mod tests;
