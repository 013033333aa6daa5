//! The `onrecord` command line: parses arguments, runs the library,
//! prints reports and errors, and maps them to exit codes
//! (0 ok, 1 content errors, 2 usage or I/O errors).

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use onrecord::serve::ServeOptions;
use onrecord::{BuildOptions, BuildReport, Error};

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
    /// Build, serve the output folder on this machine, rebuild on changes.
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build { root, output } => build(root, output),
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
}
