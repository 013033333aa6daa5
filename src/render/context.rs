//! What templates see: one serializable context struct per page kind, and
//! the views they share (a statement, an actor, a report).
//!
//! Every `href` in a view is relative to the site root and names its file
//! (`actors/russia/index.html#s-1a2b`); templates put the page's `root`
//! prefix (`""`, `"../"`, `"../../"`) in front, so the same output works
//! from disk, at a domain root and under a project subpath.

use jiff::civil::Date;
use std::sync::OnceLock;

use serde::Serialize;

use super::charts::Chart;
use crate::graph::{Dossier, Statement};
use crate::model::{Article, Quote, QuoteKind, SiteConfig};

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
    /// Whitespace-normalised for display (the data keeps the exact text).
    pub text: std::borrow::Cow<'a, str>,
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
    /// The agency the outlet credits; `None` when it is the outlet itself
    /// ("told Al Jazeera" in an Al Jazeera article is an interview).
    pub via: Option<&'a str>,
    pub evidence: Option<&'a str>,
    pub published: String,
    pub published_label: String,
    /// This outlet's wording, when it differs from the statement's text.
    pub wording: Option<&'a str>,
    /// The same wording marked up against the statement's words (HTML,
    /// safe): added words in `<ins>`, dropped ones in `<del>`
    /// ([`super::compare::marked_wording`]).
    pub wording_html: Option<String>,
    /// On a statement's own page only: the number of this report's wording
    /// in the page's list of wordings ([`WordingView`]), so a wording that
    /// many reports share is written once and each report links to it.
    pub wording_number: Option<usize>,
}

/// One wording of a statement, other than its fullest, as its own page
/// lists it once for every report worded so.
#[derive(Debug, Clone, Serialize)]
pub struct WordingView {
    /// 1, 2, ...: in the order the reports first use them; the anchor is
    /// `wording-<number>`.
    pub number: usize,
    /// Marked up against the statement's words, as
    /// [`ReportView::wording_html`].
    pub wording_html: String,
    /// How many of the statement's reports are worded so.
    pub reports: usize,
}

/// Numbers the distinct wordings of `reports` (a statement's, in report
/// order), sets each report's [`ReportView::wording_number`], and returns
/// the wordings. A statement reported a hundred times is mostly reported in
/// two or three wordings: its page shows each once, not once per report.
pub fn number_wordings(reports: &mut [ReportView<'_>]) -> Vec<WordingView> {
    let mut wordings: Vec<WordingView> = Vec::new();
    for report in reports {
        let Some(html) = &report.wording_html else {
            continue;
        };
        let number = match wordings.iter_mut().find(|w| w.wording_html == *html) {
            Some(known) => {
                known.reports += 1;
                known.number
            }
            None => {
                wordings.push(WordingView {
                    number: wordings.len() + 1,
                    wording_html: html.clone(),
                    reports: 1,
                });
                wordings.len()
            }
        };
        report.wording_number = Some(number);
    }
    wordings
}

/// How many reports a statement shows wherever it is listed; the rest are
/// counted and listed on the statement's own page, so no page grows with
/// the number of times one statement was reported.
pub const INLINE_REPORTS: usize = 3;

/// A statement as every page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct StatementView<'a> {
    pub id: &'a str,
    /// The statement's permalink: the page of its actor's dossier (or of the
    /// unaffiliated voices) that lists it.
    pub href: String,
    /// The statement's own page with every report, when it has more than
    /// [`INLINE_REPORTS`].
    pub page_href: Option<String>,
    pub kind: QuoteKind,
    pub text: &'a str,
    pub segments: Vec<Segment<'a>>,
    pub speaker: Option<&'a str>,
    pub speaker_href: Option<String>,
    pub role: Option<&'a str>,
    pub actor: Option<ActorRef<'a>>,
    pub date: String,
    pub date_label: String,
    /// The first [`INLINE_REPORTS`] reports.
    pub reports: Vec<ReportView<'a>>,
    /// Every report, shown or not.
    pub report_count: usize,
    /// "3 versions, 2 differ", when more than one outlet reported the
    /// words: each wording is on the card, or on the statement's own page
    /// when the card shows only the first reports.
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

/// What pages show of a dossier's statements, by statement index, made
/// when a page asks and dropped with the page: no view of every statement
/// is held while the site renders (it was the largest part of the render's
/// memory, about 1.2 KB a statement), and a render of a few pages (`serve`
/// after an edit) makes only what those pages show. A card's view
/// ([`StatementViews::view`]) is made for each list that shows the card
/// (1.1 times a statement on average); a line or a link
/// ([`StatementViews::line`], [`StatementViews::link`]) does without the
/// reports, segments and versions, which are what cost.
pub struct StatementViews<'d, 'a> {
    dossier: &'d Dossier<'a>,
    actors: &'d [ActorRef<'a>],
    speaker_hrefs: &'d [String],
    homes: &'d [String],
    /// Per statement, how many reports differ in wording (see
    /// [`super::compare::differing`]), counted once: the word-by-word
    /// comparison is most of a view's cost, and a card's view is made
    /// once per list that shows it.
    differing: Vec<OnceLock<usize>>,
}

impl<'d, 'a> StatementViews<'d, 'a> {
    /// `speaker_hrefs` are the links to each speaker, by speaker index;
    /// `homes` the page that lists each statement (its permalink's page).
    pub fn new(
        dossier: &'d Dossier<'a>,
        actors: &'d [ActorRef<'a>],
        speaker_hrefs: &'d [String],
        homes: &'d [String],
    ) -> Self {
        StatementViews {
            dossier,
            actors,
            speaker_hrefs,
            homes,
            differing: (0..dossier.statements.len())
                .map(|_| OnceLock::new())
                .collect(),
        }
    }

    /// The card's view of statement `index` of the dossier.
    pub fn view(&self, index: usize) -> StatementView<'a> {
        statement_view(
            self.dossier,
            self.actors,
            self.speaker_hrefs,
            &self.dossier.statements[index],
            &self.homes[index],
            self.differing(index),
        )
    }

    /// How many reports of statement `index` differ in wording, counted
    /// on first use.
    fn differing(&self, index: usize) -> usize {
        *self.differing[index]
            .get_or_init(|| super::compare::differing(&self.dossier.statements[index]))
    }

    /// The statement's permalink (as [`StatementView::href`]).
    pub fn href(&self, index: usize) -> String {
        format!(
            "{}#{}",
            self.homes[index], self.dossier.statements[index].id
        )
    }

    /// Statement `index` as a line showing its first `words` words.
    pub fn line(&self, index: usize, words: usize) -> TimelineLine<'d, 'a> {
        let statement = &self.dossier.statements[index];
        TimelineLine {
            id: statement.id,
            kind: statement.kind,
            speaker: statement.speaker,
            speaker_href: statement
                .speaker_index
                .map(|i| self.speaker_hrefs[i].as_str()),
            role: statement.role,
            actor: statement.actor.map(|a| &self.actors[a]),
            href: self.href(index),
            page_href: has_own_page(statement).then(|| statement_page(statement.id)),
            excerpt: crate::first_words(&display_text(statement.text), words),
            report_count: statement.quotes.len(),
            date: statement.date.to_string(),
            date_label: date_label(statement.date),
        }
    }

    /// Statement `index` as an article's list of quotes links to it.
    pub fn link(&self, index: usize) -> StatementLink<'d, 'a> {
        let statement = &self.dossier.statements[index];
        StatementLink {
            speaker: statement.speaker,
            actor: statement.actor.map(|a| &self.actors[a]),
            href: self.href(index),
            page_href: has_own_page(statement).then(|| statement_page(statement.id)),
            report_count: statement.quotes.len(),
        }
    }

    /// How many statements there are.
    pub fn len(&self) -> usize {
        self.dossier.statements.len()
    }

    /// True when the dossier has no statement.
    pub fn is_empty(&self) -> bool {
        self.dossier.statements.is_empty()
    }
}

/// True when a statement has its own page (see [`statement_page`]): more
/// reports than a list shows. The same test as the view's `page_href`,
/// without making the view.
pub fn has_own_page(statement: &Statement<'_>) -> bool {
    statement.quotes.len() > INLINE_REPORTS
}

fn statement_view<'a>(
    dossier: &Dossier<'a>,
    actors: &[ActorRef<'a>],
    speaker_hrefs: &[String],
    statement: &Statement<'a>,
    home: &str,
    differ: usize,
) -> StatementView<'a> {
    let report_count = statement.quotes.len();
    StatementView {
        versions_label: versions_label(statement, differ),
        id: statement.id,
        href: format!("{home}#{}", statement.id),
        page_href: has_own_page(statement).then(|| statement_page(statement.id)),
        kind: statement.kind,
        text: statement.text,
        segments: segments(statement, actors),
        speaker: statement.speaker,
        speaker_href: statement.speaker_index.map(|i| speaker_hrefs[i].clone()),
        role: statement.role,
        actor: statement.actor.map(|a| actors[a].clone()),
        date: statement.date.to_string(),
        date_label: date_label(statement.date),
        reports: report_views(dossier, statement, INLINE_REPORTS),
        report_count,
    }
}

/// The first `limit` reports of `statement`, in its report order.
pub fn report_views<'a>(
    dossier: &Dossier<'a>,
    statement: &Statement<'a>,
    limit: usize,
) -> Vec<ReportView<'a>> {
    // Compared with each report's words: made once, not per report.
    let words = display_text(statement.text);
    statement
        .quotes
        .iter()
        .filter_map(|&quote| {
            let article = dossier.article_of(quote)?;
            Some(report_view(dossier, quote, article, &words))
        })
        .take(limit)
        .collect()
}

/// A report's own words when they differ from `words`, its statement's
/// text as shown ([`display_text`]).
pub fn wording<'a>(quote: &'a Quote, words: &str) -> Option<&'a str> {
    (display_text(&quote.text) != words).then_some(quote.text.as_str())
}

/// One report of a statement: `quote` as `article` carries it, with its
/// [`wording`] against `words`, its statement's text as shown.
pub fn report_view<'a>(
    dossier: &Dossier<'a>,
    quote: &'a Quote,
    article: &'a Article,
    words: &str,
) -> ReportView<'a> {
    let wording = wording(quote, words);
    ReportView {
        wording_html: wording.map(|version| super::compare::marked_wording(words, version)),
        quote: &quote.id,
        outlet: &article.outlet,
        title: &article.title,
        href: format!("{}#{}", article.page(), quote.id),
        url: article.url.as_deref(),
        via: quote.via.as_deref().filter(|via| {
            let via = dossier.site.config.outlet_name(via);
            !same_outlet(via, &article.outlet)
        }),
        evidence: quote.evidence.as_deref(),
        published: article.date.to_string(),
        published_label: date_label(article.date),
        wording,
        wording_number: None,
    }
}

/// The label of a statement reported more than once ("3 versions, 2
/// differ"); `differ`: how many reports differ in wording.
fn versions_label(statement: &Statement<'_>, differ: usize) -> Option<String> {
    let versions = statement.quotes.len();
    (versions > 1).then(|| super::compare::versions_label(versions, differ))
}

/// Root-relative path of a statement's own page.
pub fn statement_page(id: &str) -> String {
    format!("statements/{id}/index.html")
}

/// True when an agency name is the outlet itself: the same words, or one
/// is the initials of the other ("AFP", "Agence France-Presse").
pub fn same_outlet(a: &str, b: &str) -> bool {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let initials = |s: &str| -> String {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (fa, fb) = (fold(a), fold(b));
    fa == fb || (fa.len() > 1 && (fa == initials(b) || fb == initials(a)))
}

/// Statement text as readers see it: every run of whitespace (non-breaking
/// spaces included) one space, and no trailing comma: a comma that closes a
/// quote belongs to the sentence around it, not to the statement.
pub fn display_text(text: &str) -> String {
    let spaced = collapse_whitespace(text);
    spaced.trim_end_matches([',', ' ']).to_string()
}

/// `text` with every whitespace run as one space, borrowed when already so.
fn collapse_whitespace(text: &str) -> std::borrow::Cow<'_, str> {
    if has_single_spaces_only(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// True when the only whitespace in `text` is single ASCII spaces. Looked
/// at byte by byte (every card's text goes through here): a character is
/// decoded only at a lead byte some non-ASCII whitespace character starts
/// with (U+0085 and U+00A0: 0xC2; U+1680: 0xE1; U+2000 to U+205F: 0xE2;
/// U+3000: 0xE3).
fn has_single_spaces_only(text: &str) -> bool {
    const BLOCK: usize = 32;
    !text.contains("  ")
        && text.as_bytes().chunks(BLOCK).enumerate().all(|(k, block)| {
            // A block with no byte to look at is passed at once: the test
            // of a whole block vectorises, a loop that may stop does not.
            !block
                .iter()
                .fold(false, |found, &b| found | may_be_whitespace(b))
                || block.iter().enumerate().all(|(i, &byte)| match byte {
                    b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => false,
                    0xC2 | 0xE1 | 0xE2 | 0xE3 => !text[k * BLOCK + i..]
                        .chars()
                        .next()
                        .is_some_and(char::is_whitespace),
                    _ => true,
                })
        })
}

/// Is `byte` whitespace other than a space, or the lead byte of a character
/// that may be (see [`has_single_spaces_only`])?
fn may_be_whitespace(byte: u8) -> bool {
    matches!(byte, b'\t'..=b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// The statement's display text in pieces, actor names apart; whitespace
/// runs are one space and a closing comma is dropped (see [`display_text`]).
fn segments<'a>(statement: &Statement<'a>, actors: &[ActorRef<'a>]) -> Vec<Segment<'a>> {
    let text = statement
        .text
        .trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    let mut out = Vec::with_capacity(statement.mentions.len() * 2 + 1);
    let mut cursor = 0;
    for mention in &statement.mentions {
        if mention.range.end > text.len() {
            break;
        }
        if mention.range.start > cursor {
            out.push(Segment {
                text: collapse_whitespace(&text[cursor..mention.range.start]),
                href: None,
            });
        }
        out.push(Segment {
            text: collapse_whitespace(&text[mention.range.clone()]),
            href: Some(actors[mention.actor].href.clone()),
        });
        cursor = mention.range.end;
    }
    if cursor < text.len() {
        out.push(Segment {
            text: collapse_whitespace(&text[cursor..]),
            href: None,
        });
    }
    out
}

/// `11 December 2016`.
pub fn date_label(date: Date) -> String {
    format!("{} {} {}", date.day(), month_name(date), date.year())
}

/// `December 2016`.
pub fn month_label(date: Date) -> String {
    format!("{} {}", month_name(date), date.year())
}

/// `December`.
fn month_name(date: Date) -> &'static str {
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
    MONTHS[usize::try_from(date.month() - 1).unwrap_or(0)]
}

/// Statements by one speaker on a dossier page.
#[derive(Debug, Serialize)]
pub struct SpeakerGroup<'v, 'a> {
    /// Element id of the group, on the page where it starts.
    pub anchor: Option<String>,
    /// True when the group started on an earlier page.
    pub continued: bool,
    pub name: Option<&'a str>,
    pub role: Option<&'a str>,
    pub href: Option<String>,
    /// Set when the speaker speaks for a sub-actor of the page's actor.
    pub actor: Option<&'v ActorRef<'a>>,
    pub statements: Vec<StatementView<'a>>,
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
    /// Actors with statements (their own or their sub-actors').
    pub actors: Vec<ActorSummary<'v, 'a>>,
    /// Actors mentioned in the package but never quoted.
    pub unquoted: Vec<&'v ActorRef<'a>>,
    pub latest: Vec<StatementView<'a>>,
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
    /// On the first page only.
    pub infobox: Option<Infobox<'v, 'a>>,
    pub direct: Vec<SpeakerGroup<'v, 'a>>,
    pub reported: Vec<SpeakerGroup<'v, 'a>>,
    /// The latest statements by others that name the actor (first page only).
    pub mentioned_by: Vec<StatementView<'a>>,
    pub mentioned_count: usize,
    /// Where every statement naming the actor is listed.
    pub mentions_href: String,
    pub statement_count: usize,
    /// This actor's statements per day, on the first page of a dossier
    /// with statements.
    pub timeline_chart: Option<Chart>,
    pub pager: Option<Pager>,
}

/// The head of a dossier: who speaks for the actor, when, carried by whom.
#[derive(Debug, Serialize)]
pub struct Infobox<'v, 'a> {
    pub speakers: Vec<InfoSpeaker<'v, 'a>>,
    /// Speakers beyond those listed.
    pub more_speakers: usize,
    pub first: Option<String>,
    pub first_label: Option<String>,
    pub last: Option<String>,
    pub last_label: Option<String>,
    pub outlets: Vec<OutletCount<'v, 'a>>,
    pub more_outlets: usize,
}

/// A speaker in a dossier's infobox.
#[derive(Debug, Serialize)]
pub struct InfoSpeaker<'v, 'a> {
    pub name: &'a str,
    pub role: Option<&'a str>,
    /// The speaker's own page.
    pub href: &'v str,
    /// The speaker's group on the dossier.
    pub jump: String,
    pub count: usize,
}

/// An outlet with how many statements it carried.
#[derive(Debug, Serialize)]
pub struct OutletCount<'v, 'a> {
    pub name: &'a str,
    pub href: &'v str,
    pub count: usize,
}

/// Links to the numbered pages of a long list.
#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    pub current: usize,
    pub pages: Vec<PageLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    pub number: usize,
    pub href: String,
}

impl Pager {
    /// The pager of page `current` of `count` pages after `first`; `None`
    /// when there is one page.
    pub fn new(first: &str, count: usize, current: usize) -> Option<Pager> {
        (count > 1).then(|| Pager {
            current,
            pages: (1..=count)
                .map(|number| PageLink {
                    number,
                    href: super::paging::numbered_page(first, number),
                })
                .collect(),
        })
    }
}

/// A statement's own page: every report of it.
#[derive(Debug, Serialize)]
pub struct StatementPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub statement: StatementView<'a>,
    pub reports: Vec<ReportView<'a>>,
    /// The wordings of `reports` other than the statement's, each once.
    pub wordings: Vec<WordingView>,
}

/// A plain list of statements over numbered pages (who names an actor).
#[derive(Debug, Serialize)]
pub struct StatementsPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub up: Link,
    pub intro: String,
    pub statements: Vec<StatementView<'a>>,
    pub pager: Option<Pager>,
}

/// A quote of an article, in the article page's list.
#[derive(Debug, Serialize)]
pub struct ArticleQuote<'v, 'a> {
    pub id: &'a str,
    pub text: &'a str,
    /// The first words, to point at the quote in the text.
    pub excerpt: String,
    pub statement: Option<StatementLink<'v, 'a>>,
    /// True when the body shows no mark for it, so the list item carries its id.
    pub needs_anchor: bool,
}

/// What an article's list of quotes shows of a statement: who, and where
/// it is listed; not its words or reports (the article has them).
#[derive(Debug, Serialize)]
pub struct StatementLink<'v, 'a> {
    pub speaker: Option<&'a str>,
    pub actor: Option<&'v ActorRef<'a>>,
    pub href: String,
    pub page_href: Option<String>,
    pub report_count: usize,
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
    pub body: String,
    pub quotes: Vec<ArticleQuote<'v, 'a>>,
    /// `quotes` as the `dossier` theme lists them (HTML, safe), written by
    /// [`super::quote_list`].
    pub quote_list: String,
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
    /// An institution rather than a person.
    pub body: bool,
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

/// The speakers index: people by letter, then bodies.
#[derive(Debug, Serialize)]
pub struct SpeakersPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub people: Vec<Letter<'v, 'a>>,
    pub people_count: usize,
    pub bodies: Vec<SpeakerView<'v, 'a>>,
}

/// A speaker's own page (one of its numbered pages).
#[derive(Debug, Serialize)]
pub struct SpeakerPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub speaker: SpeakerView<'v, 'a>,
    /// The outlets that quoted the speaker, the most first (first page only).
    pub outlets: Vec<OutletCount<'v, 'a>>,
    /// A line per statement, not its card: the dossier has the card with
    /// every source, and a second copy of the words doubled these pages.
    pub statements: Vec<TimelineLine<'v, 'a>>,
    pub pager: Option<Pager>,
    /// The speaker's statements per day (or month), as on a dossier; on
    /// the first page only.
    pub timeline_chart: Option<Chart>,
}

/// The statements of one day.
#[derive(Debug, Serialize)]
pub struct Day<'v, 'a> {
    pub date: String,
    pub label: String,
    pub statements: Vec<TimelineLine<'v, 'a>>,
}

/// A statement on the timeline or a speaker's page: one line (who, for
/// whom, the first words linked to its place in the dossier, how often
/// reported), not its card, which the dossier has.
#[derive(Debug, Serialize)]
pub struct TimelineLine<'v, 'a> {
    pub id: &'a str,
    pub kind: QuoteKind,
    pub speaker: Option<&'a str>,
    pub speaker_href: Option<&'v str>,
    pub role: Option<&'a str>,
    pub actor: Option<&'v ActorRef<'a>>,
    pub href: String,
    pub page_href: Option<String>,
    pub excerpt: String,
    pub report_count: usize,
    pub date: String,
    pub date_label: String,
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
    pub pager: Option<Pager>,
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
    /// Quotes of statements no other outlet reported.
    pub exclusive: usize,
}

/// An outlet with its counts.
#[derive(Debug, Serialize)]
pub struct OutletView<'v, 'a> {
    pub name: &'a str,
    pub anchor: &'v str,
    /// The outlet's own page.
    pub href: &'v str,
    pub count: usize,
    /// Statements it carried, and those no other outlet reported.
    pub statements: usize,
    pub exclusive: usize,
}

/// The sources index: every outlet with its counts.
#[derive(Debug, Serialize)]
pub struct SourcesPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub outlets: Vec<OutletView<'v, 'a>>,
}

/// An outlet's own page (one of its numbered pages of articles).
#[derive(Debug, Serialize)]
pub struct OutletPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    pub outlet: OutletView<'v, 'a>,
    pub articles: Vec<ArticleRef<'a>>,
    pub pager: Option<Pager>,
}

#[derive(Debug, Serialize)]
pub struct VoicesPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
    /// Named speakers who speak for no actor (first page only).
    pub speakers: Vec<SpeakerView<'v, 'a>>,
    /// Statements with neither speaker nor actor, on this page.
    pub unattributed: Vec<StatementView<'a>>,
    pub unattributed_count: usize,
    pub pager: Option<Pager>,
}

/// The search page, the 404 page: layout only.
#[derive(Debug, Serialize)]
pub struct PlainPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    pub page: PageMeta,
}

/// An entry of `atom.xml`.
#[derive(Debug, Serialize)]
pub struct FeedEntry<'a> {
    pub statement: StatementView<'a>,
    /// Speaker and the first words.
    pub title: String,
    /// Absolute URL of the permalink, also the entry's id.
    pub url: String,
}

#[derive(Debug, Serialize)]
pub struct FeedPage<'v, 'a> {
    pub site: &'v SiteView<'a>,
    /// Absolute URL of the feed, also its id.
    pub feed_url: String,
    pub home_url: String,
    pub entries: Vec<FeedEntry<'a>>,
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
    fn a_wording_many_reports_share_is_numbered_once() {
        let report = |wording: Option<&'static str>| ReportView {
            quote: "q-1",
            outlet: "Bree Gazette",
            title: "A made-up headline",
            href: "articles/made-up/index.html#q-1".into(),
            url: None,
            via: None,
            evidence: None,
            published: "2031-04-02".into(),
            published_label: "2 April 2031".into(),
            wording,
            wording_html: wording.map(|w| format!("<ins>{w}</ins>")),
            wording_number: None,
        };
        let mut reports = vec![
            report(Some("short")),
            report(None),
            report(Some("shorter")),
            report(Some("short")),
        ];
        let wordings = number_wordings(&mut reports);
        let numbers: Vec<_> = reports.iter().map(|r| r.wording_number).collect();
        assert_eq!(numbers, [Some(1), None, Some(2), Some(1)]);
        let listed: Vec<_> = wordings
            .iter()
            .map(|w| (w.number, w.wording_html.as_str(), w.reports))
            .collect();
        assert_eq!(
            listed,
            [(1, "<ins>short</ins>", 2), (2, "<ins>shorter</ins>", 1)]
        );
    }

    #[test]
    fn single_spaces_are_told_byte_wise_as_char_wise() {
        let char_wise =
            |t: &str| !t.contains("  ") && !t.chars().any(|c| c.is_whitespace() && c != ' ');
        let samples = [
            "“We stay,” she said — calmly.",
            "Łódź and São Paulo: ça va",
            "tabs\there",
            "two  spaces",
            "a line\nbreak",
            "no\u{a0}break",
            "next\u{85}line",
            "ogham\u{1680}mark",
            "thin\u{2009}space",
            "narrow\u{202f}space",
            "maths\u{205f}space",
            "ideographic\u{3000}space",
            "en dash – em dash — ellipsis … ‘quotes’",
            "zero\u{200b}width (not whitespace)",
            "",
            " ",
        ];
        for sample in samples {
            assert_eq!(
                has_single_spaces_only(sample),
                char_wise(sample),
                "{sample:?}"
            );
        }
        // Every character of the Basic Multilingual Plane beside a letter.
        for c in ('\0'..='\u{ffff}').filter(|c| !c.is_control() || c.is_whitespace()) {
            let sample = format!("a{c}b");
            assert_eq!(has_single_spaces_only(&sample), char_wise(&sample), "{c:?}");
        }
    }

    #[test]
    fn lines_and_links_agree_with_the_card_view() {
        use crate::model::{Quote, Site};
        use crate::test_support;
        let site = Site {
            config: SiteConfig::with_title("T"),
            articles: Vec::new(),
            actors: vec![test_support::actor("north", "North", &[])],
            static_files: Vec::new(),
            theme_overrides: Vec::new(),
        };
        // One statement reported five times (its own page), one once.
        let quotes: Vec<Quote> = (0..6)
            .map(|i| Quote {
                actor: Some("north".into()),
                speaker: Some("Ada Quill".into()),
                statement: if i < 5 { "s-many" } else { "s-once" }.into(),
                ..test_support::quote(
                    &format!("q-{i}"),
                    "a",
                    "The   northern pass stays open to every convoy, we promise,",
                )
            })
            .collect();
        let dossier = Dossier::new(&site, &quotes);
        let actors = actor_refs(&dossier);
        let homes = vec!["actors/north/index.html".to_string(); 2];
        let speaker_hrefs = vec!["speakers/ada-quill/index.html".to_string()];
        let views = StatementViews::new(&dossier, &actors, &speaker_hrefs, &homes);
        assert_eq!(views.len(), 2);
        for index in 0..views.len() {
            let view = views.view(index);
            let line = views.line(index, 4);
            let link = views.link(index);
            assert_eq!(line.href, view.href);
            assert_eq!(link.href, view.href);
            assert_eq!(line.page_href, view.page_href);
            assert_eq!(link.page_href, view.page_href);
            assert_eq!(
                (line.report_count, link.report_count),
                (view.report_count, view.report_count)
            );
            assert_eq!(
                (line.date.as_str(), line.date_label.as_str()),
                (view.date.as_str(), view.date_label.as_str())
            );
            assert_eq!(line.speaker_href, view.speaker_href.as_deref());
            assert_eq!(line.actor.map(|a| a.id), view.actor.as_ref().map(|a| a.id));
            assert_eq!(line.excerpt, "The northern pass stays...");
        }
        let many = views.view(0);
        assert_eq!(many.id, "s-many");
        assert_eq!(many.href, "actors/north/index.html#s-many");
        assert_eq!(
            many.page_href.as_deref(),
            Some("statements/s-many/index.html")
        );
        assert_eq!(views.link(1).page_href, None);
    }

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
    fn statement_pages_are_named_by_id() {
        assert_eq!(statement_page("s-1"), "statements/s-1/index.html");
    }

    #[test]
    fn an_outlet_is_not_its_own_agency() {
        assert!(same_outlet("Al Jazeera", "Al Jazeera"));
        assert!(same_outlet("AFP", "Agence France-Presse"));
        assert!(same_outlet("Agence France-Presse", "AFP"));
        assert!(!same_outlet("Reuters", "Middle East Eye"));
        assert!(!same_outlet("RIA", "Press TV"));
    }

    #[test]
    fn display_text_collapses_spaces_and_drops_a_closing_comma() {
        assert_eq!(
            display_text("a win for us, but\u{a0}\u{a0}\u{a0}  let's be realistic,"),
            "a win for us, but let's be realistic"
        );
        assert_eq!(display_text("No deal."), "No deal.");
    }
}
