//! onrecord: a static site generator for event dossiers.
//!
//! A reporting package (news articles about one event, plus the actors
//! involved) becomes a site where each actor has a dossier of every quoted
//! statement by the people who speak for it.
//!
//! # The pipeline
//!
//! Each stage is one module, taking plain data in and giving plain data out:
//!
//! 1. [`load`]: read `site.toml` and the content files, sorted.
//! 2. [`parse`]: front matter and Markdown bodies -> [`model::Site`].
//! 3. [`extract`]: find the quotes in each article body.
//! 4. [`attribute`]: speaker, role, actor, agency, date and evidence.
//! 5. [`group`]: the same statement across articles gets one id.
//! 6. [`graph`]: the dossier graph: actors, speakers, statements, links.
//! 7. [`render`]: pages, data JSON, search index, feeds, in memory.
//! 8. [`output`]: write the files atomically into the output folder.
//!
//! [`build`] runs them all; [`analyse`] runs stages 3-5 for `onrecord quotes`.

pub mod archive;
pub mod attribute;
pub mod config;
pub mod error;
pub mod extract;
pub mod graph;
pub mod group;
pub mod init;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod parse;
pub mod render;
#[cfg(feature = "serve")]
pub mod serve;
#[cfg(test)]
mod test_support;
pub mod theme;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use error::{Error, Result, Warning};
use model::{Quote, Site};

/// What to build and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder (holds `site.toml`).
    pub root: PathBuf,
    /// Output folder; default: `output_dir` of `site.toml`, under `root`.
    pub output: Option<PathBuf>,
}

/// What a build did, for the short report the CLI prints.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub output: PathBuf,
    pub articles: usize,
    pub actors: usize,
    pub quotes: usize,
    pub statements: usize,
    pub speakers: usize,
    pub files: usize,
    /// Size of the search index (`search-index.js`) in bytes.
    pub search_index_bytes: usize,
    /// Direct quotes with no speaker, for the editor to fix.
    pub unattributed: Vec<Warning>,
    pub warnings: Vec<Warning>,
}

/// The quotes of a site, found, attributed and grouped.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Sorted by article source, then position in the article.
    pub quotes: Vec<Quote>,
    pub warnings: Vec<Warning>,
}

/// Stages 1-2: loads and parses the site at `root`.
pub fn load_site(root: &Path) -> Result<(Site, Vec<Warning>)> {
    let raw = load::load(root)?;
    let (mut site, warnings) = parse::parse_site(raw)?;
    site.theme_overrides = theme::load_overrides(root, &site.config)?;
    Ok((site, warnings))
}

/// Stages 3-5: finds, attributes and groups the quotes of every article.
pub fn analyse(site: &Site) -> Analysis {
    let registry = attribute::Registry::new(&site.actors);
    let per_article: Vec<_> = site
        .articles
        .par_iter()
        .map(|article| {
            let blocks = markdown::blocks(&article.body);
            let spans = extract::find_quotes(&article.body, &blocks);
            attribute::attribute(article, &blocks, &spans, &registry)
        })
        .collect();
    let mut warnings = Vec::new();
    let mut found = Vec::with_capacity(per_article.len());
    for (occurrences, article_warnings) in per_article {
        found.push(occurrences);
        warnings.extend(article_warnings);
    }
    let quotes = group::group(&site.articles, found);
    Analysis { quotes, warnings }
}

/// Runs the whole pipeline and writes the site.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let (site, mut warnings) = load_site(&options.root)?;
    let analysis = analyse(&site);
    warnings.extend(analysis.warnings.iter().cloned());
    let dossier = graph::Dossier::new(&site, &analysis.quotes);
    let theme = theme::Theme::new(&site.config.theme, &site.theme_overrides);
    let rendered = render::render(&dossier, &theme)?;
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join(&site.config.output_dir));
    output::write_site(&options.root, &output, &rendered.files)?;
    let mut report = report(&site, &analysis, output, rendered.files.len(), warnings);
    report.search_index_bytes = rendered.search_index_bytes;
    Ok(report)
}

fn report(
    site: &Site,
    analysis: &Analysis,
    output: PathBuf,
    files: usize,
    warnings: Vec<Warning>,
) -> BuildReport {
    let quotes = &analysis.quotes;
    let mut statements: Vec<&str> = quotes.iter().map(|q| q.statement.as_str()).collect();
    statements.sort_unstable();
    statements.dedup();
    let mut speakers: Vec<&str> = quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
    speakers.sort_unstable();
    speakers.dedup();
    let unattributed = quotes
        .iter()
        .filter(|q| q.speaker.is_none() && q.kind == model::QuoteKind::Direct)
        .map(|q| Warning {
            file: q.source.clone(),
            line: q.line,
            message: format!("“{}”", first_words(&q.text, 8)),
        })
        .collect();
    BuildReport {
        output,
        articles: site.articles.len(),
        actors: site.actors.len(),
        quotes: quotes.len(),
        statements: statements.len(),
        speakers: speakers.len(),
        files,
        search_index_bytes: 0,
        unattributed,
        warnings,
    }
}

/// The first `n` words of `text`, with an ellipsis when cut.
pub fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}...", words[..n].join(" "))
    }
}
