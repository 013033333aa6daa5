//! The plain data that flows between the pipeline stages.
//!
//! Nothing here does I/O. Each stage takes these types in and gives these
//! types out, which keeps every stage testable on its own and lets later
//! work (incremental `serve`, a second template engine) reuse them.

use std::ops::Range;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// `site.toml`, validated.
#[derive(Debug, Clone, Serialize)]
pub struct SiteConfig {
    pub title: String,
    pub description: Option<String>,
    /// `"/"` or an absolute URL ending in `/`; only used where an absolute
    /// URL is required (canonical links, feed, sitemap).
    pub base_url: String,
    pub language: String,
    pub theme: String,
    pub output_dir: String,
    /// Render raw HTML found in article Markdown (off: it is escaped).
    pub allow_html: bool,
    /// `[outlets]`: another name of an outlet -> the name it is listed under.
    pub outlets: std::collections::BTreeMap<String, String>,
    /// Let the learned chooser give a speaker to quotes no rule
    /// attributes (off: it gave a wrong real person on held-out sets).
    pub chooser: bool,
}

impl SiteConfig {
    /// A configuration with every optional key of `site.toml` at its default.
    pub fn with_title(title: impl Into<String>) -> Self {
        SiteConfig {
            title: title.into(),
            description: None,
            base_url: "/".to_string(),
            language: "en".to_string(),
            theme: "dossier".to_string(),
            output_dir: "public".to_string(),
            allow_html: false,
            outlets: std::collections::BTreeMap::new(),
            chooser: false,
        }
    }

    /// The name an outlet is listed under (see `outlets`).
    pub fn outlet_name<'a>(&'a self, name: &'a str) -> &'a str {
        self.outlets.get(name).map_or(name, String::as_str)
    }
}

/// A news article: front matter plus the Markdown body.
#[derive(Debug, Clone)]
pub struct Article {
    /// Path relative to the site root with `/` separators,
    /// e.g. `content/articles/aljazeera-no-safe-exit.md`.
    pub source: String,
    pub slug: String,
    pub title: String,
    pub date: Date,
    pub outlet: String,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub agencies: Vec<String>,
    pub tags: Vec<String>,
    /// The Markdown body (front matter removed, BOM removed, CRLF kept as is).
    pub body: String,
    /// 1-based line of the file on which `body` starts, for messages.
    pub body_line: usize,
    /// Editor corrections from the `quotes:` front matter field.
    pub corrections: Vec<QuoteCorrection>,
}

impl Article {
    /// Site-relative path of the article's page.
    pub fn page(&self) -> String {
        format!("articles/{}/index.html", self.slug)
    }

    /// 1-based line in the source file of a byte offset into `body`.
    pub fn line_of(&self, body_offset: usize) -> usize {
        let end = body_offset.min(self.body.len());
        self.body_line
            + self.body.as_bytes()[..end]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
    }
}

/// Offset -> line look-ups for one text, without rescanning it each time
/// (an article with thousands of quotes would be quadratic otherwise).
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset at which each line after the first starts.
    starts: Vec<usize>,
    first_line: usize,
}

impl LineIndex {
    /// Indexes `text`, whose first line is line `first_line` of its file.
    pub fn new(text: &str, first_line: usize) -> Self {
        let starts = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i + 1)
            .collect();
        LineIndex { starts, first_line }
    }

    /// 1-based line of a byte offset; same as [`Article::line_of`].
    pub fn line(&self, offset: usize) -> usize {
        self.first_line + self.starts.partition_point(|&s| s <= offset)
    }
}

/// One entry of an article's `quotes:` front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteCorrection {
    /// Fragment of the quoted text the correction applies to.
    #[serde(rename = "match", default)]
    pub fragment: Option<String>,
    /// A statement added by hand (not in quote marks in the body).
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default, deserialize_with = "deserialize_some")]
    pub speaker: Option<Option<String>>,
    #[serde(default, deserialize_with = "deserialize_some")]
    pub role: Option<Option<String>>,
    /// `Some(None)` is an explicit `actor: null`.
    #[serde(default, deserialize_with = "deserialize_some")]
    pub actor: Option<Option<String>>,
    #[serde(default)]
    pub via: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub ignore: bool,
    /// 1-based line of the entry in the article file (filled in by the parser).
    #[serde(skip)]
    pub line: usize,
}

/// Tells an absent field (`None`) from an explicit `null` (`Some(None)`).
fn deserialize_some<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// An actor: a state, government, armed group or organisation.
#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    /// The file stem of `content/actors/<id>.md`.
    pub id: String,
    pub source: String,
    pub name: String,
    pub kind: Option<String>,
    pub aliases: Vec<String>,
    pub parent: Option<String>,
    pub people: Vec<Person>,
    /// Titles whose holders speak for the actor (`President`, `Secretary
    /// of State`), from `offices:`.
    pub offices: Vec<String>,
    /// `#rrggbb` from the actor file's `colour:`, for badges and charts.
    pub colour: Option<String>,
    /// Background, Markdown.
    pub body: String,
}

/// A person known to speak for an actor.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Everything loaded from a site folder.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: SiteConfig,
    /// Sorted by source path; drafts are left out.
    pub articles: Vec<Article>,
    /// Sorted by id.
    pub actors: Vec<Actor>,
    /// Files under `static/`, copied as they are: (site-relative output path, bytes).
    pub static_files: Vec<(String, Vec<u8>)>,
    /// Theme files of the site that override the built-in ones: (path inside the theme, text).
    pub theme_overrides: Vec<(String, String)>,
}

/// Direct (in quote marks) or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Reported,
}

/// One quote occurrence in one article, attributed but not yet grouped.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    /// The quoted words exactly as in the article, without the quote marks.
    pub text: String,
    /// Byte range of `text` in the article body (`None` for statements added
    /// by hand in front matter).
    pub span: Option<Range<usize>>,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub actor: Option<String>,
    pub via: Option<String>,
    /// The day the words were said.
    pub date: Date,
    /// The words of the article that carry the attribution.
    pub evidence: Option<String>,
    /// Byte range of `evidence` in the body.
    pub evidence_span: Option<Range<usize>>,
    /// The attribution rule that gave the speaker (`None`: no attribution).
    pub rule: Option<Rule>,
    /// Said by someone the article does not name (`a senior rebel
    /// commander`): `speaker` is then that description, determiner kept.
    pub anonymous: bool,
    /// The words that gave `actor` when they stand elsewhere than the
    /// attribution (`Democratic nominee Maria Alvarado` earlier in the
    /// article, or in another article of the package).
    pub affiliation_evidence: Option<String>,
}

/// The attribution rule behind an occurrence, so a reader (and a test) can
/// tell which rule put a speaker on a quote. Written in kebab case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A speech verb whose subject is named: `“...,” Jan Berg said`.
    SpeechVerb,
    /// A pronoun subject resolved to an earlier mention: `“...,” she said`.
    Pronoun,
    /// A descriptor resolved to a person named before: `the minister said`.
    Descriptor,
    /// A body or document named by a noun phrase: `the ministry said`.
    Body,
    /// An office holder the article does not name: `China's envoy said`.
    UnnamedOffice,
    /// A speaker the article does not name: `a senior commander said`.
    Anonymous,
    /// A definite description of the one person the package knows in
    /// that post: `the Prime Minister said` (round forty).
    Definite,
    /// A quote continuing the one before it (split quote, next paragraph).
    Continuation,
    /// A quote running on over paragraphs, attributed at its end.
    RunOn,
    /// Words ending in a colon that lead into the quote: `Berg said:`.
    LeadIn,
    /// A quote in a live blog entry's heading, said by whoever says the
    /// same words in the entry, else by the subject of its first sentence.
    EntryHeading,
    /// Reported speech in a sentence without quote marks.
    Reported,
    /// A quote with no frame of its own that opens the sentence right
    /// after a sentence reporting its speaker's words: `Tan said he had
    /// sided with Bernardi. “He led from the start.”`
    AfterReported,
    /// A quote with no frame of its own that opens the sentence right
    /// after a sentence whose subject is a person it introduces, who
    /// takes the turn: `Asked whether his side deserved more, Moretti
    /// paused. “Football does not pay you for what you deserve.”`
    AfterIntroduction,
    /// The editor's `quotes:` entry in front matter.
    Correction,
    /// No rule: the speaker of another copy of the same statement.
    SameStatement,
    /// No rule: the learned chooser's pick among the people the article
    /// mentioned near the quote.
    Chooser,
}

impl Rule {
    /// The name written in the data and by `onrecord quotes`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::SpeechVerb => "speech-verb",
            Rule::Pronoun => "pronoun",
            Rule::Descriptor => "descriptor",
            Rule::Body => "body",
            Rule::UnnamedOffice => "unnamed-office",
            Rule::Anonymous => "anonymous",
            Rule::Definite => "definite",
            Rule::Continuation => "continuation",
            Rule::RunOn => "run-on",
            Rule::LeadIn => "lead-in",
            Rule::EntryHeading => "entry-heading",
            Rule::Reported => "reported",
            Rule::AfterReported => "after-reported",
            Rule::AfterIntroduction => "after-introduction",
            Rule::Correction => "correction",
            Rule::SameStatement => "same-statement",
            Rule::Chooser => "chooser",
        }
    }
}

/// A quote occurrence with its stable ids, as written to `data/quotes.json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub id: String,
    pub statement: String,
    pub source: String,
    pub article: String,
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub actor: Option<String>,
    pub via: Option<String>,
    #[serde(serialize_with = "crate::model::serialize_date")]
    pub date: Date,
    #[serde(serialize_with = "crate::model::serialize_date")]
    pub published: Date,
    pub evidence: Option<String>,
    /// Byte range of `text` in the article body.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    /// 1-based line in the article file.
    pub line: Option<usize>,
    /// The attribution rule that gave the speaker, role and actor.
    pub rule: Option<Rule>,
    /// Said by someone the article does not name; `speaker` describes them.
    pub anonymous: bool,
    /// The words that gave `actor` when they stand elsewhere than the
    /// attribution (another mention, another article).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation_evidence: Option<String>,
}

/// Dates are written as `YYYY-MM-DD`.
pub fn serialize_date<S: serde::Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn line_index_counts_like_a_scan() {
        let text = "a\nbc\n\nd";
        let index = LineIndex::new(text, 5);
        for offset in 0..=text.len() {
            let scanned = 5 + text[..offset].matches('\n').count();
            assert_eq!(index.line(offset), scanned, "offset {offset}");
        }
    }
}
