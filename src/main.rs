//! The `onrecord` command line: parses arguments, runs the library,
//! prints reports and errors, and maps them to exit codes
//! (0 ok, 1 content errors, 2 usage or I/O errors).

#[cfg(feature = "serve")]
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use onrecord::archive::{self, ArchiveOptions};
#[cfg(feature = "serve")]
use onrecord::serve::ServeOptions;
use onrecord::{BuildOptions, BuildReport, Error};

/// `println!` that does not panic when the reader has gone away
/// (`onrecord quotes | head`): output to a closed pipe is dropped.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// `print!` with the same care as [`outln!`].
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

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
    /// Build the site and pack it, its sources and a SHA-256 manifest into one zip.
    Archive {
        /// The site folder (holds site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The zip to write (default: archive.zip in the site folder).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Check every file of an archive against its MANIFEST.sha256.
    Verify {
        /// The zip written by `onrecord archive`.
        file: PathBuf,
    },
    /// Start a new site: site.toml, an example article and actor, a Pages workflow.
    Init {
        /// The folder of the new site (created if missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Build, serve the output folder on this machine, rebuild on changes.
    #[cfg(feature = "serve")]
    Serve {
        /// The site folder (holds site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output folder (default: output_dir of site.toml, "public").
        #[arg(long)]
        output: Option<PathBuf>,
        /// Port to listen on (0: any free port).
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// Address to listen on; the default serves this machine only.
        #[arg(long, default_value = "127.0.0.1")]
        bind: IpAddr,
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
        Command::Archive { root, output } => archive(root, output),
        Command::Verify { file } => verify(file),
        Command::Init { dir } => init(dir),
        #[cfg(feature = "serve")]
        Command::Serve {
            root,
            output,
            port,
            bind,
        } => serve(root, output, port, bind),
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
    print_report(&report);
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "serve")]
fn serve(
    root: PathBuf,
    output: Option<PathBuf>,
    port: u16,
    bind: IpAddr,
) -> Result<ExitCode, Error> {
    let build = BuildOptions { root, output };
    let first = onrecord::build(&build)?;
    print_report(&first);
    let options = ServeOptions { build, bind, port };
    onrecord::serve::serve(&options, first, |result| match result {
        Ok(report) => print_report(&report),
        // The last good site stays served; the editor fixes and saves again.
        Err(error) => eprintln!("error: {error}"),
    })?;
    Ok(ExitCode::SUCCESS)
}

fn print_report(report: &BuildReport) {
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    outln!(
        "Built {}, {}: {} ({}) by {} -> {} ({}, search index {} KB)",
        count(report.articles, "article"),
        count(report.actors, "actor"),
        count(report.statements, "statement"),
        count(report.quotes, "quote"),
        count(report.speakers, "speaker"),
        report.output.display(),
        count(report.files, "file"),
        report.search_index_bytes.div_ceil(1024)
    );
    if !report.unattributed.is_empty() {
        outln!(
            "{} without a speaker (set `speaker:` under `quotes:` in front matter):",
            count(report.unattributed.len(), "direct quote")
        );
        for item in &report.unattributed {
            outln!("  {item}");
        }
    }
}

/// `1 article`, `2 articles`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
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
    out!("{out}");
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

fn archive(root: PathBuf, output: Option<PathBuf>) -> Result<ExitCode, Error> {
    let source_date_epoch = archive::source_date_epoch_from_env()?;
    let report = archive::archive(&ArchiveOptions {
        root,
        output,
        source_date_epoch,
    })?;
    for warning in &report.build.warnings {
        eprintln!("warning: {warning}");
    }
    outln!(
        "Archived {} articles, {} statements -> {} ({} files, {} bytes), dated {}",
        report.build.articles,
        report.build.statements,
        report.path.display(),
        report.entries,
        report.bytes,
        report.date
    );
    Ok(ExitCode::SUCCESS)
}

fn verify(file: PathBuf) -> Result<ExitCode, Error> {
    let report = archive::verify(&file)?;
    if report.is_ok() {
        outln!(
            "OK: {} files match {} in {}",
            report.checked,
            archive::MANIFEST,
            file.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    for problem in &report.problems {
        outln!("{problem}");
    }
    outln!(
        "FAILED: {} problems in {} ({} files checked)",
        report.problems.len(),
        file.display(),
        report.checked
    );
    Ok(ExitCode::from(1))
}

fn init(dir: PathBuf) -> Result<ExitCode, Error> {
    for path in onrecord::init::init(&dir)? {
        outln!("created {}", path.display());
    }
    outln!(
        "Next: `onrecord build --root {0}`, then open {0}/public/index.html.",
        dir.display()
    );
    if onrecord::init::repository() == onrecord::init::PLACEHOLDER_GIT {
        outln!(
            "Before publishing: set ONRECORD_GIT in .github/workflows/pages.yml to onrecord's git repository."
        );
    }
    Ok(ExitCode::SUCCESS)
}
