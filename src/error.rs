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
        write!(f, ": {}", self.message)?;
        if let (Some(snippet), Some(line)) = (&self.snippet, self.line) {
            let gutter = line.to_string().len();
            write!(f, "\n{:gutter$} |\n{line} | {snippet}", "")?;
            if let Some(column) = self.column {
                let pad: String = snippet
                    .chars()
                    .take(column.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "\n{:gutter$} | {pad}^", "")?;
            }
        }
        Ok(())
    }
}

fn render_many(errors: &[Error]) -> String {
    let mut out = String::new();
    for (i, e) in errors.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("error: {e}"));
    }
    out
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
        }))
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
