//! Typed errors. Every error about user input names the file and, where
//! there is one, the line, so a journalist can go straight to the fix.

use std::path::PathBuf;

/// An error that stops the build.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A problem in a content, config or theme file, located in that file.
    #[error("{}", .0)]
    Input(Box<InputError>),
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Something about the output folder or the command line is not acceptable.
    #[error("{0}")]
    Usage(String),
    /// Several input errors; all of them are reported at once.
    #[error("{}", render_many(.0))]
    Many(Vec<Error>),
}

/// A problem in one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Path as the user knows it (relative to the site root where possible).
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    pub message: String,
    /// The offending source line, shown under the message.
    pub snippet: Option<String>,
    /// A likely fix, shown as `help:` under the snippet.
    pub help: Option<String>,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", cut(&self.message, MESSAGE_WIDTH))?;
        if let (Some(snippet), Some(line)) = (&self.snippet, self.line) {
            f.write_str(&snippet_block(snippet, line, self.column, "^"))?;
        }
        Ok(())
    }
}

fn render_many(errors: &[Error]) -> String {
    let shown: Vec<String> = errors.iter().map(Error::to_string).collect();
    shown.join("\n")
}

impl Error {
    /// An error located in `file` at `line` (1-based), quoting that line of `text`.
    pub fn at(
        file: &str,
        text: Option<&str>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Self::at_column(file, text, line, None, message)
    }

    /// Like [`Error::at`], with a 1-based column.
    pub fn at_column(
        file: &str,
        text: Option<&str>,
        line: Option<usize>,
        column: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        let snippet = match (text, line) {
            (Some(text), Some(line)) => text
                .lines()
                .nth(line.saturating_sub(1))
                .map(|l| l.trim_end_matches('\r').to_string()),
            _ => None,
        };
        Error::Input(Box::new(InputError {
            file: file.to_string(),
            line,
            column,
            message: message.into(),
            snippet,
            help: None,
        }))
    }

    /// Adds a likely fix to an input error (other kinds are returned as they are).
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        if let Error::Input(input) = &mut self {
            input.help = Some(help.into());
        }
        self
    }

    /// The errors this one stands for: itself, or each of `Many`.
    pub fn flatten(&self) -> Vec<&Error> {
        match self {
            Error::Many(errors) => errors.iter().flat_map(Error::flatten).collect(),
            other => vec![other],
        }
    }

    /// [`Error::flatten`], taking ownership.
    pub fn into_list(self) -> Vec<Error> {
        match self {
            Error::Many(errors) => errors.into_iter().flat_map(Error::into_list).collect(),
            other => vec![other],
        }
    }

    /// The process exit code: 1 for problems in the content, 2 for I/O and
    /// usage problems; several errors take the most serious of them.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Input(_) => 1,
            Error::Io { .. } | Error::Usage(_) => 2,
            Error::Many(errors) => errors.iter().map(Error::exit_code).max().unwrap_or(1),
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Collapses a list of errors: one stays itself, several become `Many`.
    pub fn from_list(mut errors: Vec<Error>) -> Option<Self> {
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => Some(Error::Many(errors)),
        }
    }
}

/// A problem worth telling the editor about that does not stop the build.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The known name closest to a misspelt `word`, if one is close enough
/// to be what was meant (`titel` -> `title`, `quote` -> `quotes`).
pub fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    known
        .iter()
        .map(|&k| (strsim::damerau_levenshtein(&word, k), k))
        .filter(|&(distance, k)| {
            distance <= (k.len() / 3).max(1) || k.starts_with(word.as_str()) && word.len() >= 3
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, k)| k)
}

/// Longest source line shown in a message; longer ones are cut around the column.
const SNIPPET_WIDTH: usize = 120;
/// Longest message shown; a value echoed whole could fill the terminal.
const MESSAGE_WIDTH: usize = 400;

/// Whether to colour messages: only on a terminal, and never when the
/// `NO_COLOR` variable is set (<https://no-color.org>).
pub fn use_color(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Every error in the one message style of onrecord, one block each:
/// `error: what`, `--> file:line:col`, the line with a caret, `help:`.
pub fn render_error(error: &Error, color: bool) -> String {
    let blocks: Vec<String> = error
        .flatten()
        .into_iter()
        .map(|e| match e {
            Error::Input(input) => render_input("error", input, color),
            other => format!(
                "{}: {}",
                label("error", color),
                cut(&other.to_string(), MESSAGE_WIDTH)
            ),
        })
        .collect();
    blocks.join("\n")
}

/// A warning in the same style as errors (without a snippet).
pub fn render_warning(warning: &Warning, color: bool) -> String {
    let mut out = format!(
        "{}: {}",
        label("warning", color),
        cut(&warning.message, MESSAGE_WIDTH)
    );
    match warning.line {
        Some(line) => out.push_str(&format!("\n  --> {}:{line}", warning.file)),
        None => out.push_str(&format!("\n  --> {}", warning.file)),
    }
    out
}

fn render_input(level: &str, input: &InputError, color: bool) -> String {
    let mut out = format!(
        "{}: {}\n",
        label(level, color),
        cut(&input.message, MESSAGE_WIDTH)
    );
    out.push_str(&format!("  --> {}", input.file));
    if let Some(line) = input.line {
        out.push_str(&format!(":{line}"));
        if let Some(column) = input.column {
            out.push_str(&format!(":{column}"));
        }
    }
    let gutter = input.line.map_or(1, |l| l.to_string().len());
    if let (Some(snippet), Some(line)) = (&input.snippet, input.line) {
        out.push_str(&snippet_block(
            snippet,
            line,
            input.column,
            &paint("^", "1;31", color),
        ));
    }
    if let Some(help) = &input.help {
        out.push_str(&format!(
            "\n{:gutter$} = {}: {}",
            "",
            paint("help", "1;36", color),
            help
        ));
    }
    out
}

/// The source line under a gutter with its number, and a caret under the
/// column when there is one.
fn snippet_block(snippet: &str, line: usize, column: Option<usize>, caret: &str) -> String {
    let gutter = line.to_string().len();
    let (shown, caret_at) = window(snippet, column);
    let mut out = format!("\n{:gutter$} |\n{line} | {shown}", "");
    if let Some(caret_at) = caret_at {
        let pad: String = shown
            .chars()
            .take(caret_at)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!("\n{:gutter$} | {pad}{caret}", ""));
    }
    out
}

/// At most [`SNIPPET_WIDTH`] characters of `line` around the 1-based
/// `column`, marked with `…` where cut, and the caret's 0-based position in it.
fn window(line: &str, column: Option<usize>) -> (String, Option<usize>) {
    let chars: Vec<char> = line.chars().collect();
    let caret = column.map(|c| c.saturating_sub(1).min(chars.len()));
    if chars.len() <= SNIPPET_WIDTH {
        return (line.to_string(), caret);
    }
    let start = caret.map_or(0, |c| c.saturating_sub(SNIPPET_WIDTH / 2));
    let end = (start + SNIPPET_WIDTH).min(chars.len());
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    let lead = usize::from(start > 0);
    (shown, caret.map(|c| c - start + lead))
}

/// `text` cut to `max` characters, with `…` where cut.
fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

fn label(level: &str, color: bool) -> String {
    let code = if level == "error" { "1;31" } else { "1;33" };
    paint(level, code, color)
}

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_block_per_error_with_location_caret_and_help() {
        let text = "---\ntitle: x\ndate: 2016-13-45\n---\n";
        let one = Error::at_column(
            "a.md",
            Some(text),
            Some(3),
            Some(7),
            "month 13 does not exist",
        )
        .with_help("use YYYY-MM-DD");
        let two = Error::at("b.md", None, None, "no title");
        let shown = render_error(&Error::Many(vec![one, two]), false);
        assert_eq!(
            shown,
            "error: month 13 does not exist\n  --> a.md:3:7\n  |\n3 | date: 2016-13-45\n  |       ^\n  = help: use YYYY-MM-DD\nerror: no title\n  --> b.md"
        );
        assert!(!shown.contains("error: error"));
    }

    #[test]
    fn exit_code_is_the_most_serious_of_many() {
        let input = || Error::at("a.md", None, None, "x");
        let io = || Error::io("a", std::io::Error::other("x"));
        assert_eq!(input().exit_code(), 1);
        assert_eq!(io().exit_code(), 2);
        assert_eq!(Error::Many(vec![io(), io()]).exit_code(), 2);
        assert_eq!(Error::Many(vec![input(), input()]).exit_code(), 1);
        assert_eq!(Error::Many(vec![input(), io()]).exit_code(), 2);
    }

    #[test]
    fn long_lines_and_messages_are_cut() {
        let long = format!("title: {}", "x".repeat(200_000));
        let e = Error::at_column(
            "a.md",
            Some(&long),
            Some(1),
            Some(100_000),
            "y".repeat(5_000),
        );
        let shown = render_error(&e, false);
        assert!(shown.len() < 1_200, "{}", shown.len());
        assert!(shown.contains('…'));
        let caret_line = shown.lines().find(|l| l.ends_with('^')).unwrap();
        let snippet_line = shown.lines().find(|l| l.starts_with("1 | ")).unwrap();
        assert_eq!(
            caret_line.chars().count(),
            "  | ".len() + 1 + 60 + 1,
            "the caret stays under column 100000:\n{snippet_line}\n{caret_line}"
        );
    }

    #[test]
    fn suggests_near_names_only() {
        let keys = ["title", "date", "outlet", "authors", "quotes", "kind"];
        assert_eq!(did_you_mean("titel", &keys), Some("title"));
        assert_eq!(did_you_mean("quote", &keys), Some("quotes"));
        assert_eq!(did_you_mean("autors", &keys), Some("authors"));
        assert_eq!(did_you_mean("knd", &keys), Some("kind"));
        assert_eq!(did_you_mean("colour", &keys), None);
    }

    #[test]
    fn no_color_unless_a_terminal() {
        assert!(!use_color(false));
        assert!(!render_error(&Error::Usage("x".into()), false).contains('\x1b'));
        assert!(render_error(&Error::Usage("x".into()), true).contains('\x1b'));
    }
}
