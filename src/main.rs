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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build { root, output } => build(root, output),
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
