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
//! 7. [`render`]: pages, data JSON, search index, feeds, each handed on
//!    as it is made.
//! 8. [`output`]: write them into a staging folder as they come, then swap
//!    it in atomically.
//!
//! [`build`] runs them all; [`analyse`] runs stages 3-5 for `onrecord quotes`.

pub mod archive;
pub mod attribute;
pub mod check;
pub mod config;
pub mod error;
pub mod extract;
pub mod graph;
pub mod group;
pub mod import;
#[cfg(feature = "serve")]
pub mod incremental;
pub mod init;
pub mod load;
pub mod markdown;
pub mod model;
pub mod new;
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
use model::{Article, Occurrence, Quote, Site};

/// What to build and where.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site folder (holds `site.toml`).
    pub root: PathBuf,
    /// Output folder; default: `output_dir` of `site.toml`, under `root`.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` of `site.toml` for this build.
    pub base_url: Option<String>,
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
    /// True when `sitemap.xml` and `atom.xml` were written; they are only
    /// written when `base_url` is absolute.
    pub feeds: bool,
    /// Direct quotes with no speaker, for the editor to fix.
    pub unattributed: Vec<Warning>,
    pub warnings: Vec<Warning>,
    /// Wall-clock time of each stage, in pipeline order.
    pub timings: Vec<(&'static str, std::time::Duration)>,
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
    let (site, warnings) = parse::parse_site(raw)?;
    Ok((settle_site(root, site)?, warnings))
}

/// The last step of [`load_site`], after parsing: the theme overrides of
/// the site folder, and each outlet under the name `site.toml` lists it.
pub fn settle_site(root: &Path, mut site: Site) -> Result<Site> {
    site.theme_overrides = theme::load_overrides(root, &site.config)?;
    // One outlet under one name, whatever name an article gives it.
    let config = &site.config;
    for article in &mut site.articles {
        article.outlet = config.outlet_name(&article.outlet).to_string();
    }
    Ok(site)
}

/// Stages 3-5: finds, attributes and groups the quotes of every article.
pub fn analyse(site: &Site) -> Analysis {
    let registry = attribute::Registry::new(&site.actors).with_chooser(site.config.chooser);
    let per_article: Vec<_> = site
        .articles
        .par_iter()
        .map(|article| analyse_article(article, &registry))
        .collect();
    // A one-shot build keeps nothing for a later grouping.
    analyse_package(site, per_article, &registry, None, &mut |_| {})
}

/// Stages 3-4 for one article: its quotes, found and attributed, with the
/// warnings about them.
pub fn analyse_article(
    article: &Article,
    registry: &attribute::Registry,
) -> (Vec<Occurrence>, Vec<Warning>) {
    let blocks = markdown::blocks(&article.body);
    let spans = extract::find_quotes(&article.body, &blocks);
    attribute::attribute(article, &blocks, &spans, registry)
}

/// The quotes of every article that no rule attributed, with the
/// chooser's candidates and their features, by article source: the
/// chooser's training data (`onrecord quotes --candidates`).
pub fn chooser_cases(site: &Site) -> Vec<(String, attribute::ChooserCase)> {
    let registry = attribute::Registry::new(&site.actors).with_chooser(site.config.chooser);
    let mut cases = Vec::new();
    for article in &site.articles {
        let blocks = markdown::blocks(&article.body);
        let spans = extract::find_quotes(&article.body, &blocks);
        for case in attribute::chooser_cases(article, &blocks, &spans, &registry) {
            cases.push((article.source.clone(), case));
        }
    }
    cases
}

/// The package-wide end of [`analyse`]: one name per person across the
/// articles, then stage 5, reusing the clusters of `statements` where
/// they still hold, and telling `lap` when each of its passes ends (one
/// name per person, then grouping), for serve's line on a rebuild.
/// `per_article` follows `site.articles`.
pub fn analyse_package_timed(
    site: &Site,
    per_article: Vec<(Vec<Occurrence>, Vec<Warning>)>,
    registry: &attribute::Registry,
    statements: &mut group::StatementCache,
    lap: &mut dyn FnMut(&'static str),
) -> Analysis {
    analyse_package(site, per_article, registry, Some(statements), lap)
}

/// [`analyse_package_timed`], with or without a cache of statements.
fn analyse_package(
    site: &Site,
    per_article: Vec<(Vec<Occurrence>, Vec<Warning>)>,
    registry: &attribute::Registry,
    statements: Option<&mut group::StatementCache>,
    lap: &mut dyn FnMut(&'static str),
) -> Analysis {
    let mut warnings = Vec::new();
    let mut found = Vec::with_capacity(per_article.len());
    for (occurrences, article_warnings) in per_article {
        found.push(occurrences);
        warnings.extend(article_warnings);
    }
    let bodies: Vec<&str> = site.articles.iter().map(|a| a.body.as_str()).collect();
    let mut outlets: Vec<&str> = (site.articles.iter())
        .flat_map(|a| std::iter::once(&a.outlet).chain(&a.agencies))
        .map(String::as_str)
        .filter(|o| !o.is_empty())
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    attribute::entities::drop_things(&mut found, &outlets, registry);
    attribute::entities::unify_people(&mut found, &bodies, registry);
    attribute::definite::resolve_definite_descriptions(&mut found, &bodies, registry);
    attribute::entities::prefer_specific_actors(&mut found, registry);
    attribute::entities::complete_body_names(&mut found, &bodies, registry);
    lap("people");
    let quotes = match statements {
        Some(statements) => group::group_with(&site.articles, found, statements),
        None => group::group(&site.articles, found),
    };
    lap("grouping");
    Analysis { quotes, warnings }
}

/// Runs the whole pipeline and writes the site.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    build_with_progress(options, &mut |_| {})
}

/// [`build`], telling `progress` the name of each stage as it starts.
/// Render and output are one streaming stage: each page is written into
/// the staging folder as soon as it is rendered, so memory does not grow
/// with the site; `output` is the manifest and the swap at the end.
pub fn build_with_progress(
    options: &BuildOptions,
    progress: &mut dyn FnMut(&'static str),
) -> Result<BuildReport> {
    let mut clock = StageClock::new(progress);
    clock.start("load");
    let (mut site, mut warnings) = load_site(&options.root)?;
    if let Some(base_url) = &options.base_url {
        site.config.base_url = config::normalize_base_url(base_url)
            .map_err(|m| Error::Usage(format!("--base-url: {m}")))?;
    }
    clock.start("analyse");
    let analysis = analyse(&site);
    warnings.extend(analysis.warnings.iter().cloned());
    clock.start("graph");
    let dossier = graph::Dossier::new(&site, &analysis.quotes);
    clock.start("render");
    let theme = theme::Theme::new(&site.config.theme, &site.theme_overrides);
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join(&site.config.output_dir));
    let rendered = output::write_site_with(&options.root, &output, |staging| {
        let rendered = render::render_into(&dossier, &theme, staging)?;
        clock.start("output");
        Ok(rendered)
    })?;
    let mut report = report(&site, &analysis, output, rendered.files, warnings);
    report.search_index_bytes = rendered.search_index_bytes;
    report.feeds = rendered.feeds;
    report.timings = clock.finish();
    Ok(report)
}

/// The output folder a build with `options` writes: `--output`, else
/// `output_dir` of `site.toml`, else `public` (when `site.toml` is broken).
pub fn output_folder(options: &BuildOptions) -> PathBuf {
    if let Some(output) = &options.output {
        return output.clone();
    }
    let config = std::fs::read_to_string(options.root.join("site.toml"))
        .ok()
        .and_then(|text| config::parse("site.toml", &text).ok());
    let dir = config.map_or_else(|| "public".to_string(), |(config, _)| config.output_dir);
    options.root.join(dir)
}

/// Times the stages of a build, one after the other.
struct StageClock<'a> {
    progress: &'a mut dyn FnMut(&'static str),
    current: Option<(&'static str, std::time::Instant)>,
    done: Vec<(&'static str, std::time::Duration)>,
}

impl<'a> StageClock<'a> {
    fn new(progress: &'a mut dyn FnMut(&'static str)) -> Self {
        Self {
            progress,
            current: None,
            done: Vec::new(),
        }
    }

    /// Ends the running stage, if any, and starts `stage`.
    fn start(&mut self, stage: &'static str) {
        self.stop();
        (self.progress)(stage);
        self.current = Some((stage, std::time::Instant::now()));
    }

    fn stop(&mut self) {
        if let Some((stage, started)) = self.current.take() {
            self.done.push((stage, started.elapsed()));
        }
    }

    fn finish(mut self) -> Vec<(&'static str, std::time::Duration)> {
        self.stop();
        self.done
    }
}

fn report(
    site: &Site,
    analysis: &Analysis,
    output: PathBuf,
    files: usize,
    warnings: Vec<Warning>,
) -> BuildReport {
    let quotes = &analysis.quotes;
    // Counted, not listed: hashed rather than sorted (serve reports on
    // every rebuild, 64,000 quotes at 10,000 articles).
    let statements: rustc_hash::FxHashSet<&str> =
        quotes.iter().map(|q| q.statement.as_str()).collect();
    let speakers: rustc_hash::FxHashSet<&str> =
        quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
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
        feeds: false,
        unattributed,
        warnings,
        timings: Vec::new(),
    }
}

/// The first `n` words of `text`, with an ellipsis when cut.
pub fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        // "Aleppo..." rather than "Aleppo,...": a cut ends on a word, not
        // on the punctuation that led to the next one.
        let cut = words[..n].join(" ");
        format!(
            "{}...",
            cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:—–".contains(c))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::first_words;

    #[test]
    fn first_words_cut_on_a_word_not_on_its_punctuation() {
        assert_eq!(
            first_words("we will stay in Aleppo, come what may", 5),
            "we will stay in Aleppo..."
        );
        assert_eq!(first_words("one, two", 5), "one, two");
        assert_eq!(first_words("talks — not war — now", 2), "talks...");
        assert_eq!(first_words("no cut at all", 4), "no cut at all");
    }
}
