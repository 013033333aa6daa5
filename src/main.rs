//! The `onrecord` command line: parses arguments, runs the library,
//! prints reports and errors, and maps them to exit codes
//! (0 ok, 1 content errors, 2 usage or I/O errors).

use std::io::IsTerminal;
#[cfg(feature = "serve")]
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};

use onrecord::archive::{self, ArchiveOptions};
use onrecord::error::{render_error, render_warning, use_color};
#[cfg(feature = "serve")]
use onrecord::serve::ServeOptions;
use onrecord::{BuildOptions, BuildReport, Error};

// Many small allocations come and go in every build and rebuild (the
// quotes, their words, the pages): see `docs/serve.md`, round fifteen.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Print errors only: no report, no warnings.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more: each stage of a build as it starts.
    #[arg(long, short, global = true)]
    verbose: bool,
}

/// The site folder, given as `[DIR]` or `--root DIR` (the current folder if neither).
#[derive(clap::Args)]
struct Site {
    /// The site folder (holds site.toml); default: the current folder.
    #[arg(value_name = "DIR")]
    dir: Option<PathBuf>,
    /// The site folder, as an option (the same as DIR).
    #[arg(long, value_name = "DIR", conflicts_with = "dir")]
    root: Option<PathBuf>,
}

impl Site {
    fn path(self) -> PathBuf {
        self.root.or(self.dir).unwrap_or_else(|| PathBuf::from("."))
    }
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        #[command(flatten)]
        site: Site,
        /// Output folder (default: output_dir of site.toml, "public").
        #[arg(long)]
        output: Option<PathBuf>,
        /// Use this base_url for this build instead of the one in site.toml.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Print the time each stage took.
        #[arg(long)]
        timings: bool,
    },
    /// Check the site as a build would, without writing anything; report every problem.
    Check {
        #[command(flatten)]
        site: Site,
        /// `text` for reading, `json` for tools.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Print the quotes found in each article, without building the site.
    Quotes {
        #[command(flatten)]
        site: Site,
        /// `text` for reading, `json` for tools (the records of data/quotes.json).
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Print instead the quotes no rule attributed, each with the
        /// chooser's candidates and features, as JSON: the training data
        /// of `tools/train_chooser.py`.
        #[arg(long)]
        candidates: bool,
    },
    /// Turn web pages saved from a browser into articles under content/articles/.
    Import {
        /// Saved pages (.html), or folders of them.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The site folder (holds site.toml).
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
    },
    /// Start a new article or actor file with its front matter filled in.
    New {
        #[command(subcommand)]
        what: New,
        /// The site folder (holds site.toml).
        #[arg(long, value_name = "DIR", default_value = ".", global = true)]
        root: PathBuf,
    },
    /// Build the site and pack it, its sources and a SHA-256 manifest into one zip.
    Archive {
        #[command(flatten)]
        site: Site,
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
        #[command(flatten)]
        site: Site,
    },
    /// Build, serve the output folder on this machine, rebuild and reload on changes.
    #[cfg(feature = "serve")]
    Serve {
        #[command(flatten)]
        site: Site,
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

#[derive(Subcommand)]
enum New {
    /// content/articles/<date>-<slug>.md
    Article {
        /// The headline.
        title: String,
        /// The outlet's name (default: a placeholder to fill in).
        #[arg(long)]
        outlet: Option<String>,
        /// YYYY-MM-DD (default: today).
        #[arg(long, value_parser = parse_day)]
        date: Option<jiff::civil::Date>,
        /// The article's address.
        #[arg(long)]
        url: Option<String>,
    },
    /// content/actors/<slug>.md
    Actor {
        /// The actor's name.
        name: String,
    },
}

fn parse_day(text: &str) -> Result<jiff::civil::Date, String> {
    onrecord::parse::parse_date(text).ok_or_else(|| onrecord::parse::date_problem(text))
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

/// How much to print, and whether in colour.
#[derive(Clone, Copy)]
struct Printer {
    quiet: bool,
    verbose: bool,
    color: bool,
}

impl Printer {
    fn warnings(&self, warnings: &[onrecord::Warning]) {
        if self.quiet {
            return;
        }
        for warning in warnings {
            eprintln!("{}", render_warning(warning, self.color));
        }
    }

    fn error(&self, error: &Error) {
        eprintln!("{}", render_error(error, self.color));
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let printer = Printer {
        quiet: cli.quiet,
        verbose: cli.verbose,
        color: use_color(std::io::stderr().is_terminal()),
    };
    let result = match cli.command {
        Command::Build {
            site,
            output,
            base_url,
            timings,
        } => {
            let options = BuildOptions {
                root: site.path(),
                output,
                base_url,
            };
            build(&options, timings, printer)
        }
        Command::Check { site, format } => check(&site.path(), format, printer),
        Command::Quotes {
            site,
            candidates: true,
            ..
        } => chooser_candidates(site.path(), printer),
        Command::Quotes { site, format, .. } => quotes(site.path(), format, printer),
        Command::Import { files, root } => import(&root, &files, printer),
        Command::New { what, root } => new(&root, what, printer),
        Command::Archive { site, output } => archive(site.path(), output, printer),
        Command::Verify { file } => verify(file),
        Command::Init { site } => init(site.path(), printer),
        #[cfg(feature = "serve")]
        Command::Serve {
            site,
            output,
            port,
            bind,
        } => serve(site.path(), output, port, bind, printer),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            printer.error(&error);
            ExitCode::from(error.exit_code())
        }
    }
}

fn build(options: &BuildOptions, timings: bool, printer: Printer) -> Result<ExitCode, Error> {
    let report = build_with_progress(options, printer)?;
    print_report(&report, printer);
    if timings {
        let total: Duration = report.timings.iter().map(|(_, t)| *t).sum();
        for (stage, time) in &report.timings {
            eprintln!("{stage:>8} {:>8.1} ms", time.as_secs_f64() * 1000.0);
        }
        eprintln!("{:>8} {:>8.1} ms", "total", total.as_secs_f64() * 1000.0);
    }
    Ok(ExitCode::SUCCESS)
}

/// A build that shows its stages: each one with --verbose; on a terminal,
/// the current one once the build has run for a second.
fn build_with_progress(options: &BuildOptions, printer: Printer) -> Result<BuildReport, Error> {
    with_progress(printer, |progress| {
        onrecord::build_with_progress(options, progress)
    })
}

/// Runs `build`, showing the stage it tells of on a terminal once it has
/// taken over a second (every stage with `--verbose`).
fn with_progress<T>(printer: Printer, build: impl FnOnce(&mut dyn FnMut(&'static str)) -> T) -> T {
    let started = Instant::now();
    let terminal = !printer.quiet && std::io::stderr().is_terminal();
    let mut shown = false;
    let result = build(&mut |stage| {
        if printer.verbose {
            eprintln!(
                "{:>7.0} ms  {stage}",
                started.elapsed().as_secs_f64() * 1000.0
            );
        } else if terminal && started.elapsed() > Duration::from_secs(1) {
            eprint!("\r\x1b[K{stage}...");
            shown = true;
        }
    });
    if shown {
        eprint!("\r\x1b[K");
    }
    result
}

fn check(root: &Path, format: Format, printer: Printer) -> Result<ExitCode, Error> {
    let report = onrecord::check::check(root);
    match format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&report.to_json())
                .map_err(|e| Error::Usage(e.to_string()))?;
            outln!("{json}");
        }
        Format::Text => {
            printer.warnings(&report.warnings);
            for error in &report.errors {
                printer.error(error);
            }
            if !printer.quiet {
                let found = format!(
                    "{}, {}",
                    count(report.errors.len(), "error"),
                    count(report.warnings.len(), "warning")
                );
                // The counts are only known once the whole site parsed.
                let summary = if report.articles + report.actors == 0 {
                    format!("Checked: {found}")
                } else {
                    format!(
                        "Checked {}, {}, {}: {found}",
                        count(report.articles, "article"),
                        count(report.actors, "actor"),
                        count(report.quotes, "quote"),
                    )
                };
                if report.errors.is_empty() {
                    outln!("{summary}");
                } else {
                    eprintln!("{summary}");
                }
            }
        }
    }
    Ok(worst_exit_code(&report.errors))
}

/// The exit code of the most serious of `errors` (0 when there are none).
fn worst_exit_code(errors: &[Error]) -> ExitCode {
    ExitCode::from(errors.iter().map(Error::exit_code).max().unwrap_or(0))
}

fn import(root: &Path, files: &[PathBuf], printer: Printer) -> Result<ExitCode, Error> {
    let report = onrecord::import::import(root, files)?;
    for page in &report.pages {
        if !printer.quiet {
            outln!("{} -> {}", page.source.display(), page.written.display());
            for note in &page.notes {
                outln!("  {note}");
            }
        }
    }
    for error in &report.errors {
        printer.error(error);
    }
    Ok(worst_exit_code(&report.errors))
}

fn new(root: &Path, what: New, printer: Printer) -> Result<ExitCode, Error> {
    let path = match what {
        New::Article {
            title,
            outlet,
            date,
            url,
        } => onrecord::new::article(
            root,
            &onrecord::new::NewArticle {
                title,
                outlet,
                date,
                url,
            },
        )?,
        New::Actor { name } => onrecord::new::actor(root, &name)?,
    };
    if !printer.quiet {
        outln!("created {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "serve")]
fn serve(
    root: PathBuf,
    output: Option<PathBuf>,
    port: u16,
    bind: IpAddr,
    printer: Printer,
) -> Result<ExitCode, Error> {
    // The watcher reports changed files by absolute path: a folder given
    // relative (`.` by default) is made absolute, or no change is seen.
    let root = std::path::absolute(&root).map_err(|e| Error::io(&root, e))?;
    let build = BuildOptions {
        root,
        output,
        base_url: None,
    };
    // A first build that fails on the content still serves: the browser
    // shows the error until the file is fixed, as after any later failure.
    // A wrong folder or output (exit code 2) stops here.
    let mut session = onrecord::incremental::Session::new(build.clone());
    let first = match with_progress(printer, |progress| session.build(progress)) {
        Err(error) if error.exit_code() == 2 => return Err(error),
        other => other,
    };
    match &first {
        Ok(report) => print_report(report, printer),
        Err(error) => printer.error(error),
    }
    let options = ServeOptions { build, bind, port };
    onrecord::serve::serve(&options, session, &first, move |result| match result {
        Ok(report) => print_report(&report, printer),
        // The last good site stays served; the editor fixes and saves again.
        Err(error) => printer.error(&error),
    })?;
    Ok(ExitCode::SUCCESS)
}

fn print_report(report: &BuildReport, printer: Printer) {
    printer.warnings(&report.warnings);
    if printer.quiet {
        return;
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

/// The chooser's training data: per quote no rule attributed, its
/// candidates with their features, in the order of
/// `onrecord::attribute::chooser::FEATURES`.
fn chooser_candidates(root: PathBuf, printer: Printer) -> Result<ExitCode, Error> {
    use onrecord::attribute::chooser::FEATURES;
    let (site, warnings) = onrecord::load_site(&root)?;
    printer.warnings(&warnings);
    #[derive(serde::Serialize)]
    struct Candidate<'a> {
        name: &'a str,
        features: &'a [f64],
    }
    #[derive(serde::Serialize)]
    struct Case<'a> {
        source: &'a str,
        text: &'a str,
        candidates: Vec<Candidate<'a>>,
    }
    #[derive(serde::Serialize)]
    struct Dump<'a> {
        features: Vec<&'a str>,
        cases: Vec<Case<'a>>,
    }
    let cases = onrecord::chooser_cases(&site);
    let dump = Dump {
        features: FEATURES.iter().map(|(name, _)| *name).collect(),
        cases: (cases.iter())
            .map(|(source, case)| Case {
                source,
                text: &case.text,
                candidates: (case.choices.iter())
                    .map(|c| Candidate {
                        name: &c.entity.name,
                        features: &c.features,
                    })
                    .collect(),
            })
            .collect(),
    };
    let out = serde_json::to_string(&dump).map_err(|e| Error::Usage(e.to_string()))? + "\n";
    out!("{out}");
    Ok(ExitCode::SUCCESS)
}

fn quotes(root: PathBuf, format: Format, printer: Printer) -> Result<ExitCode, Error> {
    let (site, mut warnings) = onrecord::load_site(&root)?;
    let analysis = onrecord::analyse(&site);
    warnings.extend(analysis.warnings);
    printer.warnings(&warnings);
    let out = match format {
        Format::Json => {
            // Serialised straight from the quotes: no JSON value tree in between.
            #[derive(serde::Serialize)]
            struct Records<'a> {
                quotes: &'a [onrecord::model::Quote],
            }
            let records = Records {
                quotes: &analysis.quotes,
            };
            serde_json::to_string_pretty(&records).map_err(|e| Error::Usage(e.to_string()))? + "\n"
        }
        Format::Text => quotes_text(&site, &analysis.quotes),
    };
    out!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// Per article: each quote with its line, kind, speaker, actor, agency,
/// date and the words that carry the attribution.
fn quotes_text(site: &onrecord::model::Site, quotes: &[onrecord::model::Quote]) -> String {
    use std::fmt::Write;
    let mut by_source: std::collections::HashMap<&str, Vec<&onrecord::model::Quote>> =
        std::collections::HashMap::new();
    for q in quotes {
        by_source.entry(q.source.as_str()).or_default().push(q);
    }
    let mut out = String::new();
    for article in &site.articles {
        let found = by_source
            .remove(article.source.as_str())
            .unwrap_or_default();
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
            if let Some(rule) = q.rule {
                let unnamed = match (&q.role, q.anonymous) {
                    (Some(who), true) => format!(" | unnamed: {who}"),
                    _ => String::new(),
                };
                let _ = writeln!(out, "    rule: {}{unnamed}", rule.name());
            }
            if let Some(evidence) = &q.evidence {
                let _ = writeln!(out, "    evidence: {evidence}");
            }
        }
    }
    out
}

fn archive(root: PathBuf, output: Option<PathBuf>, printer: Printer) -> Result<ExitCode, Error> {
    let source_date_epoch = archive::source_date_epoch_from_env()?;
    let report = archive::archive(&ArchiveOptions {
        root,
        output,
        source_date_epoch,
    })?;
    printer.warnings(&report.build.warnings);
    if printer.quiet {
        return Ok(ExitCode::SUCCESS);
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

fn init(dir: PathBuf, printer: Printer) -> Result<ExitCode, Error> {
    let created = onrecord::init::init(&dir)?;
    if printer.quiet {
        return Ok(ExitCode::SUCCESS);
    }
    for path in created {
        outln!("created {}", path.display());
    }
    outln!(
        "Next: `onrecord check {0}`, `onrecord serve {0}`, or `onrecord build {0}` and open {0}/public/index.html.",
        dir.display()
    );
    if onrecord::init::repository() == onrecord::init::PLACEHOLDER_GIT {
        outln!(
            "Before publishing: set ONRECORD_GIT in .github/workflows/pages.yml to onrecord's git repository."
        );
    }
    Ok(ExitCode::SUCCESS)
}
