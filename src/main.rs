//! The `onrecord` command line: parses arguments, runs the library,
//! prints reports and errors, and maps them to exit codes
//! (0 ok, 1 content errors, 2 usage or I/O errors).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use onrecord::archive::{self, ArchiveOptions};
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build { root, output } => build(root, output),
        Command::Archive { root, output } => archive(root, output),
        Command::Verify { file } => verify(file),
        Command::Init { dir } => init(dir),
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
        "Built {} articles, {} actors: {} statements ({} quotes) by {} speakers -> {} ({} files, search index {} KB)",
        report.articles,
        report.actors,
        report.statements,
        report.quotes,
        report.speakers,
        report.output.display(),
        report.files,
        report.search_index_bytes.div_ceil(1024)
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
    println!(
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
        println!(
            "OK: {} files match {} in {}",
            report.checked,
            archive::MANIFEST,
            file.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    for problem in &report.problems {
        println!("{problem}");
    }
    println!(
        "FAILED: {} problems in {} ({} files checked)",
        report.problems.len(),
        file.display(),
        report.checked
    );
    Ok(ExitCode::from(1))
}

fn init(dir: PathBuf) -> Result<ExitCode, Error> {
    for path in onrecord::init::init(&dir)? {
        println!("created {}", path.display());
    }
    println!(
        "Next: `onrecord build --root {0}`, then open {0}/public/index.html.",
        dir.display()
    );
    if onrecord::init::repository() == onrecord::init::PLACEHOLDER_GIT {
        println!(
            "Before publishing: set ONRECORD_GIT in .github/workflows/pages.yml to onrecord's git repository."
        );
    }
    Ok(ExitCode::SUCCESS)
}
