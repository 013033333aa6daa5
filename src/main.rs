//! The `onrecord` command line: parses arguments, runs the library,
//! prints reports and errors, and maps them to exit codes
//! (0 ok, 1 content errors, 2 usage or I/O errors).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use onrecord::{BuildOptions, Error};

#[derive(Parser)]
#[command(
    name = "onrecord",
    version,
    about = "Build event dossier sites from news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        /// The site folder (holds site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output folder (default: output_dir of site.toml, "public").
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Print the quotes found in each article, without building the site.
    Quotes {
        /// The site folder (holds site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// `text` for reading, `json` for tools (the records of data/quotes.json).
        #[arg(long, value_enum, default_value = "text")]
        format: QuotesFormat,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum QuotesFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build { root, output } => build(root, output),
        Command::Quotes { root, format } => quotes(root, format),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            match error {
                Error::Input(_) | Error::Many(_) => ExitCode::from(1),
                Error::Io { .. } | Error::Usage(_) => ExitCode::from(2),
            }
        }
    }
}

fn build(root: PathBuf, output: Option<PathBuf>) -> Result<ExitCode, Error> {
    let report = onrecord::build(&BuildOptions { root, output })?;
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    println!(
        "Built {} articles, {} actors: {} statements ({} quotes) by {} speakers -> {} ({} files)",
        report.articles,
        report.actors,
        report.statements,
        report.quotes,
        report.speakers,
        report.output.display(),
        report.files
    );
    if !report.unattributed.is_empty() {
        println!(
            "{} direct quotes have no speaker (set `speaker:` under `quotes:` in front matter):",
            report.unattributed.len()
        );
        for item in &report.unattributed {
            println!("  {item}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn quotes(root: PathBuf, format: QuotesFormat) -> Result<ExitCode, Error> {
    let (site, mut warnings) = onrecord::load_site(&root)?;
    let analysis = onrecord::analyse(&site);
    warnings.extend(analysis.warnings);
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
    let out = match format {
        QuotesFormat::Json => {
            let records = serde_json::json!({ "quotes": analysis.quotes });
            serde_json::to_string_pretty(&records).map_err(|e| Error::Usage(e.to_string()))? + "\n"
        }
        QuotesFormat::Text => quotes_text(&site, &analysis.quotes),
    };
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// Per article: each quote with its line, kind, speaker, actor, agency,
/// date and the words that carry the attribution.
fn quotes_text(site: &onrecord::model::Site, quotes: &[onrecord::model::Quote]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for article in &site.articles {
        let found: Vec<_> = quotes
            .iter()
            .filter(|q| q.source == article.source)
            .collect();
        let _ = writeln!(
            out,
            "{} ({}, {}): {} quotes",
            article.source,
            article.outlet,
            article.date,
            found.len()
        );
        for q in found {
            let line = q
                .line
                .map_or_else(|| "front matter".to_string(), |l| format!("line {l}"));
            let kind = match q.kind {
                onrecord::model::QuoteKind::Direct => "direct",
                onrecord::model::QuoteKind::Reported => "reported",
            };
            let _ = writeln!(
                out,
                "  {line}, {kind}: “{}”",
                onrecord::first_words(&q.text, 12)
            );
            let _ = writeln!(
                out,
                "    speaker: {} | actor: {} | via: {} | said: {} | statement: {}",
                q.speaker.as_deref().unwrap_or("(none)"),
                q.actor.as_deref().unwrap_or("(none)"),
                q.via.as_deref().unwrap_or("-"),
                q.date,
                q.statement
            );
            if let Some(evidence) = &q.evidence {
                let _ = writeln!(out, "    evidence: {evidence}");
            }
        }
    }
    out
}
