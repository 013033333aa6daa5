//! Large sites: when the speakers and timeline pages are split, and where
//! each piece goes. A small package keeps one page of each (simple
//! navigation); a large one gets a directory page and one page per speaker,
//! and a timeline by month, with one page per day where a month is large.

use std::ops::Range;

use jiff::civil::Date;

use crate::graph::Dossier;

/// The most statements one list page shows before it is split.
pub const PAGE_STATEMENTS: usize = 1000;

/// The most speakers the single speakers page lists.
pub const PAGE_SPEAKERS: usize = 200;

/// The most articles the single sources page lists.
pub const PAGE_ARTICLES: usize = 1000;

/// True when speakers get a page each, listed by a directory page.
pub fn split_speakers(speakers: usize, statements: usize) -> bool {
    speakers > PAGE_SPEAKERS || statements > PAGE_STATEMENTS
}

/// True when the speakers of `dossier` get a page each.
pub fn speakers_split(dossier: &Dossier<'_>) -> bool {
    let statements = dossier.speakers.iter().map(|s| s.statements.len()).sum();
    split_speakers(dossier.speakers.len(), statements)
}

/// Root-relative link to each speaker of the dossier, by speaker index.
pub fn speaker_hrefs(dossier: &Dossier<'_>) -> Vec<String> {
    let split = speakers_split(dossier);
    dossier
        .speakers
        .iter()
        .map(|s| speaker_href(&s.anchor, split))
        .collect()
}

/// A speaker's own page when speakers are split, else their section of the
/// speakers page.
pub fn speaker_href(anchor: &str, split: bool) -> String {
    if split {
        format!("speakers/{anchor}/index.html")
    } else {
        format!("speakers/index.html#{anchor}")
    }
}

/// Unique element ids for outlets (`outlet-al-jazeera`), in the same order.
pub fn outlet_anchors<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut used = std::collections::BTreeSet::new();
    names
        .map(|name| {
            let base = format!("outlet-{}", slug::slugify(name));
            let mut anchor = base.clone();
            let mut n = 2;
            while !used.insert(anchor.clone()) {
                anchor = format!("{base}-{n}");
                n += 1;
            }
            anchor
        })
        .collect()
}

/// Root-relative link to each outlet: its own page when a package of
/// `articles` articles splits the sources page, else its section there.
pub fn outlet_hrefs(anchors: &[String], articles: usize) -> Vec<String> {
    anchors
        .iter()
        .map(|anchor| match articles > PAGE_ARTICLES {
            true => format!("sources/{anchor}/index.html"),
            false => format!("sources/index.html#{anchor}"),
        })
        .collect()
}

/// The letter a name is listed under: its first letter or digit, folded to
/// ASCII and upper case, or `#`.
pub fn initial(name: &str) -> String {
    slug::slugify(name)
        .chars()
        .next()
        .map_or_else(|| "#".to_string(), |c| c.to_ascii_uppercase().to_string())
}

/// A run of statements (indices into the date-ordered statements) that
/// share a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub key: String,
    pub range: Range<usize>,
}

/// Splits date-ordered `dates` into runs of the same `key` (day or month).
pub fn runs(dates: &[Date], key: impl Fn(Date) -> String) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for (i, &date) in dates.iter().enumerate() {
        let k = key(date);
        match out.last_mut() {
            Some(run) if run.key == k => run.range.end = i + 1,
            _ => out.push(Run {
                key: k,
                range: i..i + 1,
            }),
        }
    }
    out
}

/// `2016-12`.
pub fn month_key(date: Date) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

/// `2016-12-11`.
pub fn day_key(date: Date) -> String {
    date.to_string()
}

/// How the timeline is laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Timeline {
    /// Every day on `timeline/index.html`.
    Single,
    /// `timeline/index.html` lists the months; each month has a page, which
    /// shows its days, or links to a page per day when `day_pages`.
    Split(Vec<Month>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    pub run: Run,
    pub days: Vec<Run>,
    pub day_pages: bool,
}

/// Plans the timeline of date-ordered statement `dates`.
pub fn timeline(dates: &[Date]) -> Timeline {
    if dates.len() <= PAGE_STATEMENTS {
        return Timeline::Single;
    }
    let months = runs(dates, month_key)
        .into_iter()
        .map(|run| {
            let days = runs(&dates[run.range.clone()], day_key)
                .into_iter()
                .map(|day| Run {
                    key: day.key,
                    range: day.range.start + run.range.start..day.range.end + run.range.start,
                })
                .collect();
            Month {
                day_pages: run.range.len() > PAGE_STATEMENTS,
                run,
                days,
            }
        })
        .collect();
    Timeline::Split(months)
}

/// Root-relative page of a month.
pub fn month_page(month: &str) -> String {
    format!("timeline/{month}/index.html")
}

/// Root-relative page of a day that has its own page.
pub fn day_page(day: &str) -> String {
    format!("timeline/{day}/index.html")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn small_timelines_stay_on_one_page() {
        let dates = vec![date(2016, 12, 11); PAGE_STATEMENTS];
        assert_eq!(timeline(&dates), Timeline::Single);
    }

    #[test]
    fn large_timelines_split_by_month_and_large_months_by_day() {
        let mut dates = vec![date(2016, 11, 30); 10];
        dates.extend(vec![date(2016, 12, 1); PAGE_STATEMENTS]);
        dates.extend(vec![date(2016, 12, 2); 5]);
        let Timeline::Split(months) = timeline(&dates) else {
            panic!("a large timeline is split")
        };
        assert_eq!(months.len(), 2);
        assert_eq!(months[0].run.key, "2016-11");
        assert!(!months[0].day_pages);
        assert_eq!(months[1].run.range, 10..PAGE_STATEMENTS + 15);
        assert!(months[1].day_pages);
        let days: Vec<(&str, Range<usize>)> = months[1]
            .days
            .iter()
            .map(|d| (d.key.as_str(), d.range.clone()))
            .collect();
        assert_eq!(
            days,
            vec![
                ("2016-12-01", 10..PAGE_STATEMENTS + 10),
                ("2016-12-02", PAGE_STATEMENTS + 10..PAGE_STATEMENTS + 15)
            ]
        );
    }

    #[test]
    fn speakers_split_on_many_speakers_or_statements() {
        assert!(!split_speakers(PAGE_SPEAKERS, PAGE_STATEMENTS));
        assert!(split_speakers(PAGE_SPEAKERS + 1, 1));
        assert!(split_speakers(3, PAGE_STATEMENTS + 1));
        assert_eq!(
            speaker_href("speaker-a", false),
            "speakers/index.html#speaker-a"
        );
        assert_eq!(
            speaker_href("speaker-a", true),
            "speakers/speaker-a/index.html"
        );
    }

    #[test]
    fn outlets_get_unique_anchors_and_pages_on_large_sites() {
        let anchors = outlet_anchors(["Al Jazeera", "Al-Jazeera", "AFP"].into_iter());
        assert_eq!(
            anchors,
            ["outlet-al-jazeera", "outlet-al-jazeera-2", "outlet-afp"]
        );
        assert_eq!(
            outlet_hrefs(&anchors, PAGE_ARTICLES)[2],
            "sources/index.html#outlet-afp"
        );
        assert_eq!(
            outlet_hrefs(&anchors, PAGE_ARTICLES + 1)[2],
            "sources/outlet-afp/index.html"
        );
    }

    #[test]
    fn initials_fold_to_ascii_letters() {
        assert_eq!(initial("Élise Durand"), "E");
        assert_eq!(initial("al-Youssef"), "A");
        assert_eq!(initial("“”"), "#");
    }
}
