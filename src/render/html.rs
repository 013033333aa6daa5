//! The HTML pages (and the XML/text files made from templates), rendered
//! with MiniJinja from the theme's templates.
//!
//! Every page kind has its own context struct (see [`super::context`]);
//! pages are independent, so they render in parallel and are sorted after.

use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use super::OutputFile;
use crate::error::{Error, Result};
use crate::theme::Theme;

/// The template engine with the theme's templates loaded.
pub struct Templates<'t> {
    env: Environment<'t>,
    theme: &'t Theme,
    /// Set when the theme is written for Tera: it renders instead.
    tera: Option<super::tera_engine::TeraTemplates<'t>>,
}

impl<'t> Templates<'t> {
    /// Loads every template of `theme`; a syntax error names the template
    /// file and line.
    pub fn new(theme: &'t Theme) -> Result<Self> {
        if theme.engine()? == crate::theme::Engine::Tera {
            let tera = super::tera_engine::TeraTemplates::new(theme)?;
            let env = Environment::new();
            return Ok(Templates {
                env,
                theme,
                tera: Some(tera),
            });
        }
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_debug(true);
        // Block tags on their own lines leave no blank lines behind.
        let syntax = minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .expect("the default delimiters are valid");
        env.set_syntax(syntax);
        env.set_auto_escape_callback(|name| match name.rsplit('.').next() {
            Some("html" | "xml") => AutoEscape::Html,
            _ => AutoEscape::None,
        });
        // MiniJinja's HTML escaping also turns `/` into `&#x2f;`, which makes
        // every link unreadable in the source; escape only what HTML needs.
        env.set_formatter(|out, state, value| {
            if *state.auto_escape() == AutoEscape::Html && !value.is_safe() && !value.is_none() {
                let written = match value.as_str() {
                    Some(text) => write_escaped(out, text),
                    None => write_escaped(out, &value.to_string()),
                };
                written.map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                })
            } else {
                minijinja::escape_formatter(out, state, value)
            }
        });
        // The statement cards of the `statements` macro (see `cards`).
        env.add_function("statement_cards", super::cards::statement_cards);
        let mut templates = Templates {
            env,
            theme,
            tera: None,
        };
        let mut errors = Vec::new();
        for (name, file) in theme.templates() {
            let text: &'t str = &file.text;
            if let Err(e) = templates.env.add_template(name, text) {
                errors.push(templates.error(e));
            }
        }
        match Error::from_list(errors) {
            Some(error) => Err(error),
            None => Ok(templates),
        }
    }

    /// Renders template `name` with `context` into the file at `path`.
    pub fn render(&self, name: &str, path: &str, context: &impl Serialize) -> Result<OutputFile> {
        if let Some(tera) = &self.tera {
            return tera.render(name, path, context);
        }
        let template = self.env.get_template(name).map_err(|e| self.error(e))?;
        let mut text = template.render(Serde(context)).map_err(|e| self.error(e))?;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        // Every page stays in memory until the site is written: no spare
        // capacity from the string's growth.
        text.shrink_to_fit();
        Ok(OutputFile {
            path: path.to_string(),
            bytes: text.into_bytes(),
        })
    }

    /// A template error located in the template file it comes from.
    fn error(&self, e: minijinja::Error) -> Error {
        let name = e.name().unwrap_or("?").to_string();
        let file = self.theme.file(&format!("templates/{name}"));
        let origin = file.map_or_else(|| format!("templates/{name}"), |f| f.origin.clone());
        let mut message = match e.detail() {
            Some(detail) => format!("{}: {detail}", e.kind()),
            None => e.kind().to_string(),
        };
        let mut cause = std::error::Error::source(&e);
        while let Some(inner) = cause {
            message.push_str(&format!(" ({inner})"));
            cause = inner.source();
        }
        Error::at(
            &origin,
            file.map(|f| &*f.text),
            e.line(),
            format!("template error: {message}"),
        )
    }
}

/// Writes `text` HTML-escaped (as [`crate::markdown::escape`]) without building a new string:
/// this runs for every value every template prints, and for every value of the cards
/// written in Rust (`cards.rs`).
pub(super) fn write_escaped(out: &mut impl std::fmt::Write, text: &str) -> std::fmt::Result {
    let bytes = text.as_bytes();
    let mut done = 0;
    // Most blocks hold nothing to escape and are passed at once: a test of
    // a whole block vectorises, a byte loop that may stop at any byte does not.
    for (k, block) in bytes.chunks(ESCAPE_BLOCK).enumerate() {
        if !block.iter().fold(false, |found, &b| found | escapes(b)) {
            continue;
        }
        for (i, &byte) in block.iter().enumerate() {
            let entity = entity(byte);
            if entity.is_empty() {
                continue;
            }
            let at = k * ESCAPE_BLOCK + i;
            out.write_str(&text[done..at])?;
            out.write_str(entity)?;
            done = at + 1;
        }
    }
    out.write_str(&text[done..])
}

/// The bytes [`write_escaped`] tests at once.
const ESCAPE_BLOCK: usize = 32;

/// Is `byte` written as an entity (see [`entity`])?
fn escapes(byte: u8) -> bool {
    matches!(byte, b'&' | b'<' | b'>' | b'"' | b'\'')
}

/// The entity that stands for `byte` in HTML, or `""` for a byte written
/// as it is.
fn entity(byte: u8) -> &'static str {
    match byte {
        b'&' => "&amp;",
        b'<' => "&lt;",
        b'>' => "&gt;",
        b'"' => "&quot;",
        b'\'' => "&#39;",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Ctx {
        link: &'static str,
    }

    #[test]
    fn write_escaped_escapes_as_markdown_escape_does() {
        let long = "é".repeat(15) + "a&b<c>d\"e'f" + &"x".repeat(40) + "&";
        let samples = ["", "&", "plain", "<<>>", "ends with '", long.as_str()];
        for sample in samples {
            for start in (0..=sample.len()).filter(|&i| sample.is_char_boundary(i)) {
                let text = &sample[start..];
                let mut out = String::new();
                write_escaped(&mut out, text).unwrap();
                assert_eq!(out, crate::markdown::escape(text), "{text:?}");
            }
        }
    }

    #[test]
    fn syntax_error_names_template_file_and_line() {
        let overrides = vec![(
            "templates/home.html".to_string(),
            "<p>\n{% if x %}\n".to_string(),
        )];
        let theme = Theme::new("dossier", &overrides);
        let Err(err) = Templates::new(&theme) else {
            panic!("a broken template must fail")
        };
        let err = err.to_string();
        assert!(
            err.starts_with("themes/dossier/templates/home.html:"),
            "{err}"
        );
    }

    #[test]
    fn undefined_values_are_errors_and_slashes_stay_readable() {
        let overrides = vec![
            (
                "templates/t.html".to_string(),
                "<a href=\"{{ link }}\">".to_string(),
            ),
            ("templates/u.html".to_string(), "{{ nope }}".to_string()),
        ];
        let theme = Theme::new("dossier", &overrides);
        let templates = Templates::new(&theme).unwrap();
        let ctx = Ctx {
            link: "../a/index.html?x=\"<",
        };
        let out = templates.render("t.html", "t.html", &ctx).unwrap();
        assert_eq!(
            String::from_utf8(out.bytes).unwrap(),
            "<a href=\"../a/index.html?x=&quot;&lt;\">\n"
        );
        let err = templates.render("u.html", "u.html", &ctx).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("themes/dossier/templates/u.html:1"),
            "{err}"
        );
    }
}
