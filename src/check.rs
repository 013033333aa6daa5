//! `onrecord check`: everything a build validates, without writing
//! anything, with every problem found in one run.

use std::path::Path;

use crate::error::{Error, InputError, Warning};

/// What a check found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub errors: Vec<Error>,
    pub warnings: Vec<Warning>,
    pub articles: usize,
    pub actors: usize,
    pub quotes: usize,
}

/// Loads, parses, analyses and renders the site at `root` in memory.
pub fn check(root: &Path) -> CheckReport {
    let mut report = CheckReport::default();
    let (site, warnings) = match crate::load_site(root) {
        Ok(loaded) => loaded,
        Err(error) => {
            report.errors = error.into_list();
            report.warnings = key_warnings(root);
            return report;
        }
    };
    report.warnings = warnings;
    let analysis = crate::analyse(&site);
    report.warnings.extend(analysis.warnings.iter().cloned());
    report.warnings.extend(
        analysis
            .quotes
            .iter()
            .filter(|q| q.speaker.is_none() && q.kind == crate::model::QuoteKind::Direct)
            .map(|q| Warning {
                file: q.source.clone(),
                line: q.line,
                message: format!(
                    "direct quote without a speaker: “{}” (set `speaker:` under `quotes:` in front matter)",
                    crate::first_words(&q.text, 8)
                ),
            }),
    );
    let dossier = crate::graph::Dossier::new(&site, &analysis.quotes);
    let theme = crate::theme::Theme::new(&site.config.theme, &site.theme_overrides);
    // Rendered to find template errors; the pages are dropped as they come.
    if let Err(error) =
        crate::render::render_into(&dossier, &theme, &|_: crate::render::OutputFile| Ok(()))
    {
        report.errors = error.into_list();
    }
    report.articles = site.articles.len();
    report.actors = site.actors.len();
    report.quotes = analysis.quotes.len();
    report
}

/// The unknown-key warnings of every file, for a site whose parse failed
/// (a misspelt key is often the cause of the error).
fn key_warnings(root: &Path) -> Vec<Warning> {
    let Ok(raw) = crate::load::load(root) else {
        return Vec::new();
    };
    let mut warnings = crate::config::parse(&raw.config.path, &raw.config.text)
        .map(|(_, warnings)| warnings)
        .unwrap_or_default();
    for file in &raw.articles {
        warnings.extend(crate::parse::unknown_keys(file, crate::parse::ARTICLE_KEYS));
    }
    for file in &raw.actors {
        warnings.extend(crate::parse::unknown_keys(file, crate::parse::ACTOR_KEYS));
    }
    warnings
}

impl CheckReport {
    /// The report as JSON for tools: `errors` and `warnings`, each with
    /// `file`, `line`, `column`, `message` (and `help`) where known.
    pub fn to_json(&self) -> serde_json::Value {
        let errors: Vec<serde_json::Value> = self
            .errors
            .iter()
            .map(|error| match error {
                Error::Input(input) => {
                    let InputError {
                        file,
                        line,
                        column,
                        message,
                        help,
                        ..
                    } = input.as_ref();
                    serde_json::json!({
                        "file": file, "line": line, "column": column,
                        "message": message, "help": help,
                    })
                }
                other => serde_json::json!({
                    "file": null, "line": null, "column": null,
                    "message": other.to_string(), "help": null,
                }),
            })
            .collect();
        serde_json::json!({
            "errors": errors,
            "warnings": self.warnings,
            "articles": self.articles,
            "actors": self.actors,
            "quotes": self.quotes,
        })
    }
}
