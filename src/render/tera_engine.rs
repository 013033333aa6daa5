//! The second template engine: Tera 2, for themes whose `theme.toml` says
//! `engine = "tera"` (the built-in `plain` theme). It renders the same page
//! contexts as MiniJinja; errors name the template file and line.

use serde::Serialize;

use super::OutputFile;
use crate::error::{Error, Result};
use crate::theme::Theme;

/// Tera with the theme's templates loaded.
pub struct TeraTemplates<'t> {
    tera: tera::Tera,
    theme: &'t Theme,
}

impl<'t> TeraTemplates<'t> {
    /// Loads every template of `theme` (Tera checks inheritance across
    /// them, so they are added together); a syntax error names the
    /// template file and line.
    pub fn new(theme: &'t Theme) -> Result<Self> {
        let mut tera = tera::Tera::new();
        tera.autoescape_on([".html", ".xml"]);
        let templates: Vec<(&str, &str)> = theme
            .templates()
            .map(|(name, file)| (name, &*file.text))
            .collect();
        let loaded = TeraTemplates { tera, theme };
        let mut loaded = loaded;
        if let Err(e) = loaded.tera.add_raw_templates(templates) {
            return Err(loaded.error(&e));
        }
        Ok(loaded)
    }

    /// Renders template `name` with `context` into the file at `path`.
    pub fn render(&self, name: &str, path: &str, context: &impl Serialize) -> Result<OutputFile> {
        let context = tera::Context::from_serialize(context).map_err(|e| self.error(&e))?;
        let mut text = self
            .tera
            .render(name, &context)
            .map_err(|e| self.error(&e))?;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        Ok(OutputFile {
            path: path.to_string(),
            bytes: text.into_bytes(),
        })
    }

    /// A Tera error located in the template file it comes from.
    fn error(&self, e: &tera::Error) -> Error {
        let (name, line, mut message) = match e.kind() {
            tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => (
                Some(report.filename().to_string()),
                Some(report.span().start_line),
                report.message().to_string(),
            ),
            tera::ErrorKind::MissingParent { current, .. } => {
                (Some(current.clone()), None, e.to_string())
            }
            other => (None, None, other.to_string()),
        };
        let mut cause = std::error::Error::source(e);
        while let Some(inner) = cause {
            message.push_str(&format!(" ({inner})"));
            cause = inner.source();
        }
        let file = name
            .as_deref()
            .and_then(|n| self.theme.file(&format!("templates/{n}")));
        let origin = match (&name, file) {
            (_, Some(f)) => f.origin.clone(),
            (Some(n), None) => format!("templates/{n}"),
            (None, None) => "templates".to_string(),
        };
        Error::at(
            &origin,
            file.map(|f| &*f.text),
            line,
            format!("template error: {message}"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Ctx {
        link: &'static str,
    }

    fn theme(files: &[(&str, &str)]) -> Theme {
        let mut overrides = vec![("theme.toml".to_string(), "engine = \"tera\"\n".to_string())];
        overrides.extend(
            files
                .iter()
                .map(|(p, t)| (format!("templates/{p}"), t.to_string())),
        );
        Theme::new("mine", &overrides)
    }

    #[test]
    fn syntax_error_names_template_file_and_line() {
        let theme = theme(&[("home.html", "<p>\n\n{% if x %}\n")]);
        let Err(err) = TeraTemplates::new(&theme) else {
            panic!("a broken template must fail")
        };
        let err = err.to_string();
        assert!(err.starts_with("themes/mine/templates/home.html:"), "{err}");
    }

    #[test]
    fn render_error_names_template_file_and_line_and_escapes() {
        let theme = theme(&[
            ("t.html", "<a href=\"{{ link }}\">"),
            ("u.html", "line one\n{{ nope.deeper }}"),
        ]);
        let templates = TeraTemplates::new(&theme).unwrap();
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
                .starts_with("themes/mine/templates/u.html:2"),
            "{err}"
        );
    }
}
