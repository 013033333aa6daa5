//! Where each page goes, and how long lists split into numbered pages so
//! that no page grows with the package: every speaker and every outlet has
//! its own page; a small package keeps one timeline page, a large one gets
//! a timeline by month, with (numbered) pages per day where a month is large.

use std::ops::Range;

use jiff::civil::Date;

use crate::graph::Dossier;

/// The most statements one list page shows before it is split.
pub const PAGE_STATEMENTS: usize = 250;

/// The most articles one outlet page lists before it is split.
pub const PAGE_ARTICLES: usize = 500;

/// Root-relative link to each speaker's own page, by speaker index.
pub fn speaker_hrefs(dossier: &Dossier<'_>) -> Vec<String> {
    dossier
        .speakers
        .iter()
        .map(|s| speaker_href(&s.anchor))
        .collect()
}

/// A speaker's own page.
pub fn speaker_href(anchor: &str) -> String {
    format!("speakers/{anchor}/index.html")
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

/// Root-relative link to each outlet's own page.
pub fn outlet_hrefs(anchors: &[String]) -> Vec<String> {
    anchors
        .iter()
        .map(|anchor| format!("sources/{anchor}/index.html"))
        .collect()
}

/// Page `number` (from 1) of a list whose first page is `first`
/// (`actors/russia/index.html`): the first page itself, then
/// `actors/russia/2/index.html`, ...
pub fn numbered_page(first: &str, number: usize) -> String {
    match number {
        0 | 1 => first.to_string(),
        n => {
            let dir = first.strip_suffix("index.html").unwrap_or(first);
            format!("{dir}{n}/index.html")
        }
    }
}

/// How many pages a list of `items` takes at `per_page` a page (at least one).
pub fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page.max(1)).max(1)
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
    fn speakers_and_outlets_have_their_own_pages() {
        assert_eq!(speaker_href("speaker-a"), "speakers/speaker-a/index.html");
        assert_eq!(
            outlet_hrefs(&["outlet-afp".to_string()]),
            ["sources/outlet-afp/index.html"]
        );
    }

    #[test]
    fn outlets_get_unique_anchors() {
        let anchors = outlet_anchors(["Al Jazeera", "Al-Jazeera", "AFP"].into_iter());
        assert_eq!(
            anchors,
            ["outlet-al-jazeera", "outlet-al-jazeera-2", "outlet-afp"]
        );
    }

    #[test]
    fn numbered_pages_live_under_the_first() {
        assert_eq!(
            numbered_page("actors/russia/index.html", 1),
            "actors/russia/index.html"
        );
        assert_eq!(
            numbered_page("actors/russia/index.html", 3),
            "actors/russia/3/index.html"
        );
        assert_eq!(page_count(0, 10), 1);
        assert_eq!(page_count(10, 10), 1);
        assert_eq!(page_count(11, 10), 2);
    }

    #[test]
    fn initials_fold_to_ascii_letters() {
        assert_eq!(initial("Élise Durand"), "E");
        assert_eq!(initial("al-Youssef"), "A");
        assert_eq!(initial("“”"), "#");
    }
}
