//! What templates see: one serializable context struct per page kind, and
//! the views they share (a statement, an actor, a report).
//!
//! Every `href` in a view is relative to the site root and names its file
//! (`actors/russia/index.html#s-1a2b`); templates put the page's `root`
//! prefix (`""`, `"../"`, `"../../"`) in front, so the same output works
//! from disk, at a domain root and under a project subpath.

use jiff::civil::Date;
use serde::Serialize;

use super::charts::Chart;
use crate::graph::{Dossier, Statement};
use crate::model::{QuoteKind, SiteConfig};

/// Site-wide values, the same on every page.
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub language: &'a str,
    /// `base_url` when it is an absolute URL, for canonical links, feeds and
    /// Open Graph; `None` when it is `/` (the site can live anywhere).
    pub base_url: Option<&'a str>,
    /// The newest date of the package (articles and statements), ISO.
    pub updated: String,
}

impl<'a> SiteView<'a> {
    pub fn new(config: &'a SiteConfig, dossier: &Dossier<'_>) -> Self {
        let newest = dossier
            .site
            .articles
            .iter()
            .map(|a| a.date)
            .chain(dossier.statements.iter().map(|s| s.date))
            .max();
        SiteView {
            title: &config.title,
            description: config.description.as_deref(),
            language: &config.language,
            base_url: absolute_base(config),
            updated: newest.map_or_else(|| "1970-01-01".to_string(), |d| d.to_string()),
        }
    }
}

/// `base_url` when it is absolute.
pub fn absolute_base(config: &SiteConfig) -> Option<&str> {
    let base = config.base_url.as_str();
    (base.starts_with("http://") || base.starts_with("https://")).then_some(base)
}

/// Where a page is and what it is, for the layout.
#[derive(Debug, Serialize)]
pub struct PageMeta {
    /// Output path, e.g. `actors/russia/index.html`.
    pub path: String,
    /// Prefix from this page back to the site root: `""`, `"../"`, ...
    pub root: String,
    pub title: String,
    pub description: String,
    /// Which nav entry is current: `home`, `timeline`, `speakers`, ...
    pub section: &'static str,
    /// `website` or `article`, for Open Graph.
    pub og_type: &'static str,
}

impl PageMeta {
    pub fn new(path: &str, title: String, description: String, section: &'static str) -> Self {
        PageMeta {
            root: root_of(path),
            path: path.to_string(),
            title,
            description,
            section,
            og_type: if section == "article" {
                "article"
            } else {
                "website"
            },
        }
    }
}

/// The relative prefix from the page at `path` back to the site root.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// A link to an actor's dossier.
#[derive(Debug, Clone, Serialize)]
pub struct ActorRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: Option<&'a str>,
    pub href: String,
}

/// Root-relative path of an actor's dossier.
pub fn actor_page(id: &str) -> String {
    format!("actors/{id}/index.html")
}

/// A piece of a statement's text: plain, or an actor name to link.
#[derive(Debug, Clone, Serialize)]
pub struct Segment<'a> {
    pub text: &'a str,
    /// The dossier of the actor named, when the piece is a name.
    pub href: Option<String>,
}

/// One outlet's report of a statement.
#[derive(Debug, Clone, Serialize)]
pub struct ReportView<'a> {
    pub quote: &'a str,
    pub outlet: &'a str,
    pub title: &'a str,
    /// The article page, at the quote.
    pub href: String,
    /// The original article, when known.
    pub url: Option<&'a str>,
    pub via: Option<&'a str>,
    pub evidence: Option<&'a str>,
    pub published: String,
    pub published_label: String,
    /// This outlet's wording, when it differs from the statement's text.
    pub wording: Option<&'a str>,
}

/// A statement as every page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct StatementView<'a> {
    pub id: &'a str,
    /// The statement's permalink: on its actor's dossier, or on the
    /// unaffiliated voices page.
    pub href: String,
    pub kind: QuoteKind,
    pub text: &'a str,
    pub segments: Vec<Segment<'a>>,
    pub speaker: Option<&'a str>,
    pub speaker_href: Option<String>,
    pub role: Option<&'a str>,
    pub actor: Option<ActorRef<'a>>,
    pub date: String,
    pub date_label: String,
    pub reports: Vec<ReportView<'a>>,
    /// The compare page, when more than one outlet reported the words.
    pub compare_href: Option<String>,
    /// "3 versions, 2 differ", when there is a compare page.
    pub versions_label: Option<String>,
}

/// Builds the views of the actors of a dossier, in the same order.
pub fn actor_refs<'a>(dossier: &Dossier<'a>) -> Vec<ActorRef<'a>> {
    dossier
        .actors
        .iter()
        .map(|node| ActorRef {
            id: &node.actor.id,
            name: &node.actor.name,
            kind: node.actor.kind.as_deref(),
            href: actor_page(&node.actor.id),
        })
        .collect()
}

/// Builds the views of every statement, in the same order as the graph's.
/// `speaker_hrefs` are the links to each speaker, by speaker index.
pub fn statement_views<'a>(
    dossier: &Dossier<'a>,
    actors: &[ActorRef<'a>],
    speaker_hrefs: &[String],
) -> Vec<StatementView<'a>> {
    dossier
        .statements
        .iter()
        .map(|s| statement_view(dossier, actors, speaker_hrefs, s))
        .collect()
}

fn statement_view<'a>(
    dossier: &Dossier<'a>,
    actors: &[ActorRef<'a>],
    speaker_hrefs: &[String],
    statement: &Statement<'a>,
) -> StatementView<'a> {
    let reports: Vec<ReportView<'a>> = statement
        .quotes
        .iter()
        .filter_map(|quote| {
            let article = dossier.article_of(quote)?;
            Some(ReportView {
                quote: &quote.id,
                outlet: &article.outlet,
                title: &article.title,
                href: format!("{}#{}", article.page(), quote.id),
                url: article.url.as_deref(),
                via: quote.via.as_deref(),
                evidence: quote.evidence.as_deref(),
                published: article.date.to_string(),
                published_label: date_label(article.date),
                wording: (quote.text != statement.text).then_some(quote.text.as_str()),
            })
        })
        .collect();
    let (compare_href, versions_label) = if reports.len() > 1 {
        let differ = reports
            .iter()
            .filter_map(|r| r.wording)
            .filter(|w| super::compare::differs(statement.text, w))
            .count();
        (
            Some(super::compare::compare_page(statement.id)),
            Some(super::compare::versions_label(reports.len(), differ)),
        )
    } else {
        (None, None)
    };
    StatementView {
        compare_href,
        versions_label,
        id: statement.id,
        href: statement_href(statement.id, statement.actor.map(|a| actors[a].id)),
        kind: statement.kind,
        text: statement.text,
        segments: segments(statement, actors),
        speaker: statement.speaker,
        speaker_href: statement.speaker_index.map(|i| speaker_hrefs[i].clone()),
        role: statement.role,
        actor: statement.actor.map(|a| actors[a].clone()),
        date: statement.date.to_string(),
        date_label: date_label(statement.date),
        reports,
    }
}

/// Root-relative permalink of a statement.
pub fn statement_href(id: &str, actor: Option<&str>) -> String {
    match actor {
        Some(actor) => format!("{}#{id}", actor_page(actor)),
        None => format!("voices/index.html#{id}"),
    }
}

fn segments<'a>(statement: &Statement<'a>, actors: &[ActorRef<'a>]) -> Vec<Segment<'a>> {
    let text = statement.text;
    let mut out = Vec::with_capacity(statement.mentions.len() * 2 + 1);
    let mut cursor = 0;
    for mention in &statement.mentions {
        if mention.range.start > cursor {
            out.push(Segment {
                text: &text[cursor..mention.range.start],
                href: None,
            });
        }
        out.push(Segment {
            text: &text[mention.range.clone()],
            href: Some(actors[mention.actor].href.clone()),
        });
        cursor = mention.range.end;
    }
    if cursor < text.len() {
        out.push(Segment {
            text: &text[cursor..],
            href: None,
        });
    }
    out
}

/// `11 December 2016`.
pub fn date_label(date: Date) -> String {
    format!("{} {}", date.day(), month_label(date))
}

/// `December 2016`.
pub fn month_label(date: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS[usize::try_from(date.month() - 1).unwrap_or(0)];
    format!("{month} {}", date.year())
}

/// Statements by one speaker on a dossier.
#[derive(Debug, Serialize)]
pub struct SpeakerGroup<'v, 'a> {
    pub name: Option<&'a str>,
    pub role: Option<&'a str>,
    pub href: Option<String>,
    /// Set when the speaker speaks for a sub-actor of the page's actor.
    pub actor: Option<&'v ActorRef<'a>>,
    pub statements: Vec<&'v StatementView<'a>>,
}

/// An actor with its statement count, for lists.
#[derive(Debug, Serialize)]
pub struct ActorSummary<'v, 'a> {
    pub actor: &'v ActorRef<'a>,
    /// Statements of the actor and its sub-actors.
    pub statements: usize,
    pub speakers: usize,
    pub children: Vec<ActorSummary<'v, 'a>>,
}

#[derive(Debug, Serialize)]
pub struct HomePage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub actors: Vec<ActorSummary<'v, 'a>>,
    pub latest: Vec<&'v StatementView<'a>>,
    pub counts: Counts,
    /// Who names whom (see [`super::charts::network`]).
    pub network: Chart,
    /// Statements per day per actor.
    pub timeline_chart: Chart,
}

/// Sizes of the package, for the home page.
#[derive(Debug, Serialize)]
pub struct Counts {
    pub articles: usize,
    pub outlets: usize,
    pub statements: usize,
    pub speakers: usize,
    pub unaffiliated: usize,
}

#[derive(Debug, Serialize)]
pub struct ActorPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub actor: &'v ActorRef<'a>,
    /// Aliases that differ from the name and from each other beyond case.
    pub aliases: Vec<&'a str>,
    pub background: String,
    pub parent: Option<&'v ActorRef<'a>>,
    pub children: Vec<&'v ActorRef<'a>>,
    pub direct: Vec<SpeakerGroup<'v, 'a>>,
    pub reported: Vec<SpeakerGroup<'v, 'a>>,
    pub mentioned_by: Vec<&'v StatementView<'a>>,
    pub statement_count: usize,
    /// This actor's statements per day.
    pub timeline_chart: Chart,
}

/// A quote of an article, in the article page's list.
#[derive(Debug, Serialize)]
pub struct ArticleQuote<'v, 'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub statement: Option<&'v StatementView<'a>>,
    /// True when the body shows no mark for it, so the list item carries its id.
    pub needs_anchor: bool,
}

#[derive(Debug, Serialize)]
pub struct ArticlePage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub title: &'a str,
    pub outlet: &'a str,
    /// Where the outlet's articles are listed.
    pub outlet_href: &'v str,
    pub date: String,
    pub date_label: String,
    pub url: Option<&'a str>,
    pub authors: &'a [String],
    pub agencies: &'a [String],
    pub tags: &'a [String],
    pub source: &'a str,
    pub body: String,
    pub quotes: Vec<ArticleQuote<'v, 'a>>,
}

/// A speaker on the speakers or voices page.
#[derive(Debug, Serialize)]
pub struct SpeakerView<'v, 'a> {
    pub name: &'a str,
    pub anchor: &'v str,
    /// Where the speaker's statements are listed.
    pub href: &'v str,
    pub role: Option<&'a str>,
    pub actor: Option<&'v ActorRef<'a>>,
    /// Empty in the directory of a large site's speakers page.
    pub statements: Vec<&'v StatementView<'a>>,
    pub count: usize,
}

/// Speakers whose names start with one letter, in a directory.
#[derive(Debug, Serialize)]
pub struct Letter<'v, 'a> {
    pub letter: String,
    pub speakers: Vec<SpeakerView<'v, 'a>>,
}

/// A link up from a split page to the page that lists it.
#[derive(Debug, Serialize)]
pub struct Link {
    pub label: String,
    pub href: String,
}

/// The speakers page: every speaker with their statements; on a large site
/// a directory by letter instead, and a page of this kind per speaker.
#[derive(Debug, Serialize)]
pub struct SpeakersPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub up: Option<Link>,
    pub speakers: Vec<SpeakerView<'v, 'a>>,
    pub directory: Vec<Letter<'v, 'a>>,
    /// Speakers in the whole package.
    pub total: usize,
}

/// The statements of one day.
#[derive(Debug, Serialize)]
pub struct Day<'v, 'a> {
    pub date: String,
    pub label: String,
    pub statements: Vec<&'v StatementView<'a>>,
}

/// A day in a list of links.
#[derive(Debug, Clone, Serialize)]
pub struct DayLink {
    pub date: String,
    pub label: String,
    pub href: String,
    pub statements: usize,
}

/// A month in a list of links, with its days.
#[derive(Debug, Clone, Serialize)]
pub struct MonthLink {
    pub key: String,
    pub label: String,
    pub href: String,
    pub statements: usize,
    pub days: Vec<DayLink>,
}

/// A timeline page: days with their statements, or (on a large site) links
/// to the months and days that hold them.
#[derive(Debug, Serialize)]
pub struct TimelinePage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub up: Option<Link>,
    pub months: Vec<MonthLink>,
    pub days: Vec<Day<'v, 'a>>,
    /// Statements per day per actor, on the first timeline page only.
    pub chart: Option<Chart>,
}

/// An article in lists.
#[derive(Debug, Serialize)]
pub struct ArticleRef<'a> {
    pub title: &'a str,
    pub href: String,
    pub date: String,
    pub date_label: String,
    pub url: Option<&'a str>,
    pub agencies: &'a [String],
    pub quotes: usize,
}

#[derive(Debug, Serialize)]
pub struct OutletView<'a> {
    pub name: &'a str,
    pub anchor: String,
    /// Where the outlet's articles are listed.
    pub href: String,
    /// Empty in the directory of a large site's sources page.
    pub articles: Vec<ArticleRef<'a>>,
    pub count: usize,
}

/// The sources page: every outlet with its articles; on a large site a
/// directory of outlets instead, and a page of this kind per outlet.
#[derive(Debug, Serialize)]
pub struct SourcesPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub up: Option<Link>,
    /// True on a large site's index: outlets listed without their articles.
    pub directory: bool,
    pub outlets: Vec<OutletView<'a>>,
}

#[derive(Debug, Serialize)]
pub struct VoicesPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    /// Named speakers who speak for no actor.
    pub speakers: Vec<SpeakerView<'v, 'a>>,
    /// Statements with neither speaker nor actor.
    pub unattributed: Vec<&'v StatementView<'a>>,
}

/// The search page, the 404 page: layout only.
#[derive(Debug, Serialize)]
pub struct PlainPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
}

/// An entry of `atom.xml`.
#[derive(Debug, Serialize)]
pub struct FeedEntry<'v, 'a> {
    pub statement: &'v StatementView<'a>,
    /// Speaker and the first words.
    pub title: String,
    /// The permalink URL, or a URN when `base_url` is not absolute.
    pub id: String,
    /// Absolute URL of the permalink.
    pub url: String,
}

#[derive(Debug, Serialize)]
pub struct FeedPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub feed_id: String,
    pub feed_url: String,
    pub home_url: String,
    pub entries: Vec<FeedEntry<'v, 'a>>,
}

/// `sitemap.xml`: absolute URLs of every page.
#[derive(Debug, Serialize)]
pub struct SitemapPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub urls: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_prefix_follows_depth() {
        assert_eq!(root_of("index.html"), "");
        assert_eq!(root_of("timeline/index.html"), "../");
        assert_eq!(root_of("actors/russia/index.html"), "../../");
    }

    #[test]
    fn dates_read_as_words() {
        assert_eq!(
            date_label(jiff::civil::date(2016, 12, 5)),
            "5 December 2016"
        );
    }

    #[test]
    fn permalinks_name_their_file() {
        assert_eq!(
            statement_href("s-1", Some("russia")),
            "actors/russia/index.html#s-1"
        );
        assert_eq!(statement_href("s-1", None), "voices/index.html#s-1");
    }
}
