//! The day words were said, from the attribution clause: "on Sunday",
//! "earlier on Monday", "yesterday", "last week", "on December 8", read
//! relative to the article's publication date.

use std::ops::Range;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::lexicon::{MONTH_NAMES, SPEAKING_OCCASIONS};
use super::text::{Word, possessive_owner, sentences, words};
use crate::markdown::{Block, BlockKind};

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// The first date phrase of `clause` (text outside the quote marks),
/// resolved against the publication date. `None`: the clause tells no day,
/// or it would fall before year 1, which the `YYYY-MM-DD` contract cannot
/// write (the publication date stands then).
pub fn said_on(clause: &str, published: Date) -> Option<Date> {
    phrase_date(clause, published).filter(|date| date.year() >= 1)
}

/// `On Thursday he conceded that ...`, `In a video message on Monday, she
/// was more personal.`, `Asked about that on Wednesday, he laughed.`: a
/// sentence without quotes whose subject is `he` or `she`, after a
/// fronted phrase that tells a day. Returns the pronoun and the day: the
/// next quote the same pronoun attributes was said then. A day after the
/// subject is the day of what the sentence tells (`She said she had
/// tried to move the money Wednesday night`), not of the words quoted.
pub fn pronoun_subject_day(sentence: &str, published: Date) -> Option<(&'static str, Date)> {
    let ws = words(sentence);
    let at = ws.iter().position(|w| w.is(&["he", "she"]))?;
    // The subject follows the comma that ends the fronted phrase, or a
    // fronted day of two words at most (`On Thursday he`).
    let fronted = &sentence[..ws[at].start];
    let day = said_on(fronted, published)?;
    let after_fronted = at > 0 && ws[at - 1].after.contains(',') || at <= 2;
    let pronoun = if ws[at].is(&["he"]) { "he" } else { "she" };
    after_fronted.then_some((pronoun, day))
}

/// `said at the time`, `replied that evening`, `the next day`, `a day
/// later`: a time the clause tells only against the day the text last
/// set (the discourse's reference time, `Discourse::reference_day`).
/// Returns how many days after that day the words were said: 0 for the
/// same day (`at the time`, `that night`, `the same day`, `hours
/// later`), 1 for the day after (`the next morning`, `the following
/// day`, `a day later`). `None`: the clause tells no such time.
pub fn anaphoric_offset(clause: &str) -> Option<i64> {
    let ws = words(clause);
    (0..ws.len()).find_map(|i| anaphoric_at(&ws, i))
}

/// The anaphoric time (see [`anaphoric_offset`]) that starts at word `i`.
fn anaphoric_at(ws: &[Word<'_>], i: usize) -> Option<i64> {
    let at = |k: usize, list: &'static [&'static str]| ws.get(i + k).is_some_and(|w| w.is(list));
    // `at the time`, but not `at the time of the vote` (another event's
    // time) nor `at the same time` (a contrast, no time).
    if at(0, &["at"]) && at(1, &["the"]) && at(2, &["time"]) && !at(3, &["of"]) {
        return Some(0);
    }
    // `that evening`, `that same day`, `later that night`; `that day's`
    // is a day's thing, and `that` after a verb of saying (`said that
    // night falls`) is rare enough to read as the time.
    if at(0, &["that"]) {
        let part = if at(1, &["same"]) { 2 } else { 1 };
        if at(part, DAY_PARTS) && !ws[i + part].text.contains('\'') {
            return Some(0);
        }
    }
    if at(0, &["the"]) && at(1, &["same"]) && at(2, DAY_PARTS) {
        return Some(0);
    }
    // `In the same statement, Whitcomb said`, `in the same interview`:
    // the occasion the text last told, on its day. (`the same time` is a
    // contrast, no occasion.)
    if at(0, &["the"]) && at(1, &["same"]) && at(2, SAME_OCCASIONS) {
        return Some(0);
    }
    // `hours later`, `minutes later`: the same day as the time before.
    if at(0, &["hours", "minutes", "moments"]) && at(1, &["later"]) {
        return Some(0);
    }
    // `the next morning`, `the following day`, `a day later`.
    if at(0, &["the"]) && at(1, &["next", "following"]) && at(2, DAY_PARTS) {
        return Some(1);
    }
    if at(0, &["a", "one"]) && at(1, &["day"]) && at(2, &["later"]) {
        return Some(1);
    }
    None
}

/// Occasions of speaking `the same` points back to (`in the same
/// statement`): the one the text last told, on its day.
const SAME_OCCASIONS: &[&str] = &[
    "statement",
    "message",
    "interview",
    "briefing",
    "speech",
    "post",
    "letter",
    "call",
    "hearing",
    "session",
    "remarks",
    "address",
];

/// The parts of a day an anaphoric time names (`that evening`, `the
/// next morning`).
const DAY_PARTS: &[&str] = &["day", "night", "evening", "morning", "afternoon"];

/// The reference time after reading `text` (a sentence without quotes, or
/// the frame of a quote): each day it tells in turn, a calendar date or a
/// weekday setting the time, an anaphoric time (`the next day`) moving
/// the time `reference` holds. Clauses are read apart, so that `On
/// Thursday, hours before the vote, ... on Friday` ends on Friday.
pub fn time_told(text: &str, published: Date, reference: Option<Date>) -> Option<Date> {
    let mut time = reference;
    for clause in text.split([',', ';', ':', '.', '(', ')', '\u{2014}', '\u{2013}']) {
        if let Some(day) = said_on(clause, published) {
            time = Some(day);
        } else if let Some(offset) = anaphoric_offset(clause) {
            time = time.and_then(|t| t.checked_add(offset.days()).ok());
        }
    }
    time
}

/// The article's lead: the index of its first paragraph that is neither
/// an editor's note (`*Translated from Swedish.*`) nor a dateline alone
/// (`THIRUVANANTHAPURAM`), and the range of its first sentence in the body.
pub fn lead_sentence(body: &str, blocks: &[Block]) -> Option<(usize, Range<usize>)> {
    blocks.iter().enumerate().find_map(|(index, block)| {
        if block.kind != BlockKind::Paragraph {
            return None;
        }
        let text = &body[block.range.clone()];
        if text.trim_start().starts_with(['*', '_', '-']) {
            return None;
        }
        let first = sentences(text).into_iter().next()?;
        let sentence = block.range.start + first.start..block.range.start + first.end;
        (words(&body[sentence.clone()]).len() >= LEAD_MIN_WORDS).then_some((index, sentence))
    })
}

/// `The two candidates met for their last televised debate on Thursday
/// night, ...`, `a heated hustings in the town last night`: the day a
/// lead sentence tells for an occasion of speaking it names (a debate, a
/// hearing, a press conference), the occasion the report is about: its
/// quotes that tell no day of their own were said then. Only a weekday or
/// a relative day counts (`on Thursday`, `last night`): a calendar date in
/// a lead is mostly its dateline. A day to come (`will host ... from
/// Tuesday`, `until Monday evening`) is no day of words said.
pub fn occasion_day(lead: &str, published: Date) -> Option<Date> {
    if !names_occasion(lead) || words(lead).iter().any(|w| w.is(FUTURE_WORDS)) {
        return None;
    }
    phrase_date_of(lead, published, false).filter(|date| date.year() >= 1)
}

/// `a televised debate`, `a press conference`: `text` names an occasion
/// of speaking. A conference is one only as a press or news conference
/// (`the conference table`, `the Episcopal Conference` are none).
pub fn names_occasion(text: &str) -> bool {
    let ws = words(text);
    (0..ws.len()).any(|i| is_occasion_at(&ws, i))
}

/// `said at a news conference`, `who attended the meeting`, `told the
/// hustings`, `said after the debate`: `text` places someone at an
/// occasion of speaking. The occasion as a topic (`the debate showed`, `a
/// debate question`, `in a separate briefing`) places no one there.
pub fn at_occasion(text: &str) -> bool {
    let ws = words(text);
    (0..ws.len()).any(|i| {
        is_occasion_at(&ws, i)
            && ws[i.saturating_sub(OCCASION_LINK_REACH)..i]
                .iter()
                .any(|w| w.is(OCCASION_LINKS))
    })
}

/// Words that place a speaker at an occasion named up to
/// [`OCCASION_LINK_REACH`] words after them.
const OCCASION_LINKS: &[&str] = &[
    "at",
    "during",
    "after",
    "attended",
    "told",
    "addressed",
    "briefed",
];

/// `at a televised news conference`: the link, then up to two words.
const OCCASION_LINK_REACH: usize = 4;

fn is_occasion_at(ws: &[Word<'_>], i: usize) -> bool {
    if ws[i].is(&["conference", "conferences"]) {
        i > 0 && ws[i - 1].is(&["press", "news"])
    } else {
        ws[i].is(SPEAKING_OCCASIONS)
    }
}

/// `Sereti yesterday denied ever using banned substances`: the day a lead
/// sentence tells for what it says someone said (weekdays and relative
/// days only, as [`occasion_day`]).
pub fn lead_said_on(lead: &str, published: Date) -> Option<Date> {
    // `insisted his players must now forget the ruling before Saturday's
    // trip`: a day after `before` is still to come.
    if words(lead)
        .iter()
        .any(|w| w.is(FUTURE_WORDS) || w.is(&["before"]))
    {
        return None;
    }
    phrase_date_of(lead, published, false).filter(|date| date.year() >= 1)
}

/// `Sassi Ferretti yesterday devoted his closing argument to ...`, `The
/// tribunal heard on Tuesday that ...`, `... said in a statement late on
/// Sunday`: the day a sentence of the lead paragraph tells for the event
/// the article reports, when that sentence tells of speaking (`speaking`,
/// the caller's reading of its verbs) or names an occasion of speaking.
/// The event's quotes that tell no day of their own were said then
/// (`Reader::event_day_for`). Only a day before publication counts, told
/// by a weekday or a relative day (`yesterday`, `last night`): a calendar
/// date in a lead is mostly its dateline, and a story whose lead tells
/// the publication day (`today`, the weekday it appears) is about
/// today's events, with no earlier event day ([`tells_publication_day`]).
/// A weekday owning a noun (`Tuesday's election`) tells that thing's day,
/// the day of the event only when the thing is an occasion of speaking
/// (`at Wednesday's briefing`). A day to come, a deadline or a habit
/// (`will`, `until`, `before`, `every`) is no day of words said.
pub fn event_day(sentence: &str, published: Date, speaking: bool) -> Option<Date> {
    let ws = words(sentence);
    if !(speaking || names_occasion(sentence))
        || ws.iter().any(|w| w.is(FUTURE_WORDS) || w.is(&["before"]))
    {
        return None;
    }
    (0..ws.len()).find_map(|i| {
        let lower = ws[i].lower();
        let day = if lower == "yesterday" || lower == "night" && i > 0 && ws[i - 1].is(&["last"]) {
            published.yesterday().ok()?
        } else {
            let owner = possessive_owner(&lower);
            let name = owner.unwrap_or(&lower);
            let &(_, weekday) = WEEKDAYS.iter().find(|(n, _)| *n == name)?;
            // `Tuesday's General Election`: the day of a thing that is
            // no occasion of speaking.
            let reach = ws.len().min(i + 1 + POSSESSIVE_OCCASION_REACH);
            if owner.is_some() && !(i + 1..reach).any(|k| is_occasion_at(&ws, k)) {
                return None;
            }
            if i > 0 && ws[i - 1].is(&["last"]) {
                return None;
            }
            published.tomorrow().ok()?.nth_weekday(-1, weekday).ok()?
        };
        (day < published && day.year() >= 1).then_some(day)
    })
}

/// `at Wednesday's televised briefing`: the occasion up to this many words
/// after the weekday that owns it.
const POSSESSIVE_OCCASION_REACH: usize = 3;

/// Whether `sentence` tells the publication day itself (`today`,
/// `tonight`, `this morning`, the weekday it appears on): a lead that does is about
/// today's events, and sets no earlier event day.
pub fn tells_publication_day(sentence: &str, published: Date) -> bool {
    let ws = words(sentence);
    ws.iter().enumerate().any(|(i, w)| {
        let lower = w.lower();
        let name = possessive_owner(&lower).unwrap_or(&lower);
        w.is(&["today", "tonight"])
            || (i > 0 && ws[i - 1].is(&["this"]) && w.is(DAY_PARTS))
            || WEEKDAYS
                .iter()
                .any(|&(n, weekday)| n == name && published.weekday() == weekday)
    })
}

/// Words that put a lead's day in the future or make it a deadline.
/// `Every Tuesday since July` tells a habit, not a day.
const FUTURE_WORDS: &[&str] = &[
    "will", "would", "until", "till", "from", "ahead", "next", "every", "since",
];

/// Fewer words than this make a dateline or a kicker, not a lead.
const LEAD_MIN_WORDS: usize = 6;

fn phrase_date(clause: &str, published: Date) -> Option<Date> {
    phrase_date_of(clause, published, true)
}

/// The day `clause` tells, reading calendar dates only when `calendar`
/// (a lead's dateline, `BISHKEK, Oct 28 (Reuters) -`, is a calendar date
/// that tells the day of the report, not of any words).
fn phrase_date_of(clause: &str, published: Date, calendar: bool) -> Option<Date> {
    let words = words(clause);
    // Each word lowercased once, as itself, then kept as the previous
    // word, as the next one becomes the word: most clauses tell no day.
    let mut previous: Option<String> = None;
    let mut lower = words.first().map(Word::lower).unwrap_or_default();
    for i in 0..words.len() {
        let next = words.get(i + 1).map(|w| w.lower());
        match lower.as_str() {
            "yesterday" => return published.yesterday().ok(),
            "today" | "tonight" => return Some(published),
            "week" if previous.as_deref() == Some("last") => {
                return published.checked_sub(7.days()).ok();
            }
            "night" if previous.as_deref() == Some("last") => return published.yesterday().ok(),
            // `said this afternoon`: the publication day, as `today`.
            "morning" | "afternoon" | "evening" if previous.as_deref() == Some("this") => {
                return Some(published);
            }
            _ => {}
        }
        // `at Wednesday's briefing` tells the day as `on Wednesday` does.
        let day_name = possessive_owner(&lower).unwrap_or(&lower);
        if let Some(&(_, weekday)) = WEEKDAYS.iter().find(|(name, _)| *name == day_name) {
            let on_or_before = published.tomorrow().ok()?.nth_weekday(-1, weekday).ok()?;
            if previous.as_deref() == Some("last") && on_or_before == published {
                return published.checked_sub(7.days()).ok();
            }
            return Some(on_or_before);
        }
        if let Some(month) = month_of(&lower).filter(|_| calendar) {
            let day_after = next.as_deref().and_then(|n| n.parse::<i8>().ok());
            let day = day_after.or_else(|| previous.as_deref().and_then(|p| p.parse::<i8>().ok()));
            // `June 12, 2024` or `12 June 2024`: the year is given.
            let year_at = if day_after.is_some() { i + 2 } else { i + 1 };
            let year = (words.get(year_at))
                .and_then(|w| w.lower().parse::<i16>().ok())
                .filter(|y| (1000..=9999).contains(y));
            match (day, year) {
                (Some(day), Some(year)) => return Date::new(year, month, day).ok(),
                (Some(day), None) => return day_in_year_before(published, month, day),
                _ => {}
            }
        }
        previous = Some(lower);
        lower = next.unwrap_or_default();
    }
    None
}

/// `december`, `dec` -> 12.
fn month_of(word: &str) -> Option<i8> {
    if word.len() < 3 {
        return None;
    }
    MONTH_NAMES
        .iter()
        .position(|m| *m == word || (word.len() <= 4 && m.starts_with(word)))
        .map(|i| i as i8 + 1)
}

/// Month and day in the publication year, or the year before if that
/// would be after the publication.
fn day_in_year_before(published: Date, month: i8, day: i8) -> Option<Date> {
    let this_year = Date::new(published.year(), month, day).ok()?;
    if this_year <= published {
        Some(this_year)
    } else {
        Date::new(published.year() - 1, month, day).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `phrase_date` before each word was lowercased once: the word, the
    /// previous and the next lowercased at each step.
    fn phrase_date_lowercasing_at_each_word(clause: &str, published: Date) -> Option<Date> {
        let words = words(clause);
        for (i, word) in words.iter().enumerate() {
            let lower = word.lower();
            let previous = i.checked_sub(1).map(|p| words[p].lower());
            let next = words.get(i + 1).map(|w| w.lower());
            match lower.as_str() {
                "yesterday" => return published.yesterday().ok(),
                "today" | "tonight" => return Some(published),
                "week" if previous.as_deref() == Some("last") => {
                    return published.checked_sub(7.days()).ok();
                }
                "night" if previous.as_deref() == Some("last") => {
                    return published.yesterday().ok();
                }
                "morning" | "afternoon" | "evening" if previous.as_deref() == Some("this") => {
                    return Some(published);
                }
                _ => {}
            }
            let day_name = possessive_owner(&lower).unwrap_or(&lower);
            if let Some(&(_, weekday)) = WEEKDAYS.iter().find(|(name, _)| *name == day_name) {
                let on_or_before = published.tomorrow().ok()?.nth_weekday(-1, weekday).ok()?;
                if previous.as_deref() == Some("last") && on_or_before == published {
                    return published.checked_sub(7.days()).ok();
                }
                return Some(on_or_before);
            }
            if let Some(month) = month_of(&lower) {
                let day_after = next.and_then(|n| n.parse::<i8>().ok());
                let day = day_after.or_else(|| previous.and_then(|p| p.parse::<i8>().ok()));
                let year_at = if day_after.is_some() { i + 2 } else { i + 1 };
                let year = (words.get(year_at))
                    .and_then(|w| w.lower().parse::<i16>().ok())
                    .filter(|y| (1000..=9999).contains(y));
                match (day, year) {
                    (Some(day), Some(year)) => return Date::new(year, month, day).ok(),
                    (Some(day), None) => return day_in_year_before(published, month, day),
                    _ => {}
                }
            }
        }
        None
    }

    #[test]
    fn each_word_lowercased_once_reads_the_same_day() {
        let published: Date = "2016-12-09".parse().unwrap();
        let clauses = [
            "",
            "said",
            "she said on Sunday",
            "he said LAST FRIDAY",
            "said last week",
            "said Last Night",
            "told reporters yesterday",
            "said on December 8",
            "said on 8 December",
            "said on Dec 8, 2015",
            "said 12 June 2024",
            "said June",
            "said June 31",
            "at Wednesday's briefing",
            "at Thursday’s hearing",
            "said Tonight",
            "said this afternoon",
            "This Morning",
            "last",
            "said last",
            "Monday",
            "said May 3 1999 on Friday",
            "the 4 of July",
            "said on Dec. 8",
            "said 2015 December",
            "ÉTÉ said Sunday",
        ];
        for clause in clauses {
            assert_eq!(
                phrase_date(clause, published),
                phrase_date_lowercasing_at_each_word(clause, published),
                "{clause}"
            );
        }
    }

    fn on(clause: &str) -> Option<String> {
        // A Friday.
        let published: Date = "2016-12-09".parse().unwrap();
        said_on(clause, published).map(|d| d.to_string())
    }

    #[test]
    fn weekdays_are_the_latest_on_or_before_publication() {
        assert_eq!(on("she said on Sunday").as_deref(), Some("2016-12-04"));
        assert_eq!(
            on("he said earlier on Friday").as_deref(),
            Some("2016-12-09")
        );
        assert_eq!(on("said on Wednesday").as_deref(), Some("2016-12-07"));
        assert_eq!(on("said last Friday").as_deref(), Some("2016-12-02"));
    }

    #[test]
    fn relative_days() {
        assert_eq!(
            on("told reporters yesterday").as_deref(),
            Some("2016-12-08")
        );
        assert_eq!(on("said today").as_deref(), Some("2016-12-09"));
        assert_eq!(on("said last week").as_deref(), Some("2016-12-02"));
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(on("said on December 8").as_deref(), Some("2016-12-08"));
        assert_eq!(on("said on 8 December").as_deref(), Some("2016-12-08"));
        assert_eq!(on("said on Dec. 8").as_deref(), Some("2016-12-08"));
        assert_eq!(on("said on December 25").as_deref(), Some("2015-12-25"));
    }

    #[test]
    fn a_year_given_with_the_date_is_kept() {
        assert_eq!(
            on("in a memo dated Feb. 11, 2015, wrote").as_deref(),
            Some("2015-02-11")
        );
        assert_eq!(
            on("said on 12 June 2014 that").as_deref(),
            Some("2014-06-12")
        );
        // A number that is no year is no year.
        assert_eq!(
            on("said on June 12, 40 days ago").as_deref(),
            Some("2016-06-12")
        );
    }

    #[test]
    fn a_weekday_with_a_possessive_is_that_day() {
        assert_eq!(
            on("at Wednesday's briefing, she said").as_deref(),
            Some("2016-12-07")
        );
        assert_eq!(
            on("at Monday\u{2019}s hearing, he said").as_deref(),
            Some("2016-12-05")
        );
    }

    fn pronoun_day(sentence: &str) -> Option<(&'static str, String)> {
        let published: Date = "2016-12-09".parse().unwrap();
        pronoun_subject_day(sentence, published).map(|(p, d)| (p, d.to_string()))
    }

    #[test]
    fn a_pronoun_subject_with_a_day_tells_its_day() {
        let thursday = |p| Some((p, "2016-12-08".to_string()));
        assert_eq!(
            pronoun_day(
                "On Thursday he conceded that the coast guard could not escort every boat."
            ),
            thursday("he")
        );
        assert_eq!(
            pronoun_day("In a telephone interview on Thursday, she went further."),
            thursday("she")
        );
        assert_eq!(
            pronoun_day("Asked about that on Thursday, He did not deny it."),
            thursday("he")
        );
    }

    #[test]
    fn a_pronoun_that_is_no_subject_tells_no_day() {
        // The pronoun inside the clause, not its subject.
        assert_eq!(
            pronoun_day("Smith said on Thursday that he would go."),
            None
        );
        assert_eq!(pronoun_day("When he arrived on Thursday, Ann left."), None);
        // No day told before the subject: a day after it is the day of
        // what the sentence tells.
        assert_eq!(pronoun_day("In an interview, she went further."), None);
        assert_eq!(
            pronoun_day("She said she had tried to pay on Thursday."),
            None
        );
        assert_eq!(pronoun_day("She received a tarpaulin on Thursday."), None);
        assert_eq!(pronoun_day("They met on Thursday."), None);
    }

    #[test]
    fn anaphoric_times_and_their_offsets() {
        assert_eq!(anaphoric_offset("she said at the time"), Some(0));
        assert_eq!(anaphoric_offset("replied that evening"), Some(0));
        assert_eq!(anaphoric_offset("told the jury the same day"), Some(0));
        assert_eq!(anaphoric_offset("said later that same day"), Some(0));
        assert_eq!(anaphoric_offset("Hours later, the minister said"), Some(0));
        assert_eq!(anaphoric_offset("said the next morning"), Some(1));
        assert_eq!(
            anaphoric_offset("The following day, the office said"),
            Some(1)
        );
        assert_eq!(anaphoric_offset("A day later, the aide replied"), Some(1));
        assert_eq!(
            anaphoric_offset("In the same statement, Whitcomb said"),
            Some(0)
        );
        assert_eq!(
            anaphoric_offset("in the same interview, she added"),
            Some(0)
        );
        // Another event's time, a contrast, no time at all.
        assert_eq!(anaphoric_offset("said at the time of the vote"), None);
        assert_eq!(anaphoric_offset("said at the same time"), None);
        assert_eq!(anaphoric_offset("said that the day was lost"), None);
        assert_eq!(anaphoric_offset("said"), None);
    }

    #[test]
    fn the_time_told_moves_with_each_clause() {
        let published: Date = "2016-12-09".parse().unwrap();
        let told = |text: &str, reference: Option<&str>| {
            let reference = reference.map(|r| r.parse::<Date>().unwrap());
            time_told(text, published, reference).map(|d| d.to_string())
        };
        assert_eq!(
            told("The agency grounded the jet on December 2.", None).as_deref(),
            Some("2016-12-02")
        );
        assert_eq!(
            told("On Monday, hours before the vote, he left.", None).as_deref(),
            Some("2016-12-05")
        );
        assert_eq!(
            told("Baku answered the next day.", Some("2016-12-05")).as_deref(),
            Some("2016-12-06")
        );
        // An anaphoric time with nothing set moves nothing.
        assert_eq!(told("Baku answered the next day.", None), None);
        // A sentence that tells no day keeps the time.
        assert_eq!(
            told("Baku answered.", Some("2016-12-05")).as_deref(),
            Some("2016-12-05")
        );
    }

    #[test]
    fn this_morning_is_the_publication_day() {
        assert_eq!(on("said this afternoon").as_deref(), Some("2016-12-09"));
        assert_eq!(
            on("told the BBC this morning").as_deref(),
            Some("2016-12-09")
        );
        // `this` before no part of a day.
        assert_eq!(on("said this week"), None);
    }

    fn event(sentence: &str, speaking: bool) -> Option<String> {
        // A Friday.
        let published: Date = "2016-12-09".parse().unwrap();
        event_day(sentence, published, speaking).map(|d| d.to_string())
    }

    #[test]
    fn a_lead_sets_the_event_day_of_words_said() {
        assert_eq!(
            event(
                "Sassi Ferretti yesterday devoted his closing argument to the witness.",
                true
            )
            .as_deref(),
            Some("2016-12-08")
        );
        assert_eq!(
            event(
                "The tribunal heard on Tuesday that the samples matched.",
                true
            )
            .as_deref(),
            Some("2016-12-06")
        );
        // An occasion named is speaking enough.
        assert_eq!(
            event(
                "At Wednesday's briefing the spokesman was asked again.",
                false
            )
            .as_deref(),
            Some("2016-12-07")
        );
        assert_eq!(
            event("The party held a hustings in the town last night.", false).as_deref(),
            Some("2016-12-08")
        );
    }

    #[test]
    fn no_event_day_for_today_a_day_to_come_or_a_thing_of_a_day() {
        // The publication day itself: a story about today's events.
        assert_eq!(
            event("The minister said on Friday that talks failed.", true),
            None
        );
        // A day to come, a deadline, a habit.
        assert_eq!(
            event("The court will rule on Tuesday, he said.", true),
            None
        );
        assert_eq!(
            event("He said the deal must be signed before Monday.", true),
            None
        );
        assert_eq!(
            event("She has spoken every Tuesday since July.", true),
            None
        );
        // A weekday owning a thing that is no occasion of speaking.
        assert_eq!(
            event("Observers described Tuesday's election as peaceful.", true),
            None
        );
        // No speaking told or occasion named: the day of something else.
        assert_eq!(
            event("Prisoners returned home on Tuesday night.", false),
            None
        );
        // A calendar date is mostly the dateline.
        assert_eq!(
            event("NAIROBI, Dec 8 - The mission said it was worried.", true),
            None
        );
    }

    #[test]
    fn the_publication_day_told_in_a_lead() {
        let published: Date = "2016-12-09".parse().unwrap();
        assert!(tells_publication_day(
            "Tonight the parties agreed.",
            published
        ));
        assert!(tells_publication_day(
            "And this morning the union came out.",
            published
        ));
        assert!(tells_publication_day("Talks resumed on Friday.", published));
        assert!(!tells_publication_day(
            "Talks ended on Thursday.",
            published
        ));
        assert!(!tells_publication_day(
            "This statement was read.",
            published
        ));
    }

    #[test]
    fn no_date_words_no_date() {
        assert_eq!(on("Ryabkov said"), None);
        assert_eq!(on("may be said"), None);
    }

    #[test]
    fn no_day_before_year_one() {
        let first_day = jiff::civil::date(1, 1, 1);
        assert_eq!(said_on("she said on Friday", first_day), None);
        assert_eq!(said_on("she said yesterday", first_day), None);
        assert_eq!(
            said_on("she said today", first_day),
            Some(first_day),
            "a day in range stays"
        );
    }
}
