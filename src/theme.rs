//! The theme: templates under `templates/`, files copied to the output
//! under `assets/`, and `theme.toml`, which names the template engine:
//! `engine = "minijinja"` (the default) or `engine = "tera"`.
//!
//! Two themes are built in and embedded in the binary at compile time, so
//! a site needs no `themes/` folder: `dossier` (MiniJinja) and `plain`
//! (Tera, text first, for archives and print). A site's own
//! `themes/<theme>/` overrides the built-in files one by one (and may add
//! files); a theme of another name starts from the built-in theme of its
//! engine.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, Result};
use crate::load;
use crate::model::SiteConfig;

/// The name of the default built-in theme.
pub const BUILT_IN: &str = "dossier";

/// The name of the built-in Tera theme.
pub const PLAIN: &str = "plain";

macro_rules! built_in {
    ($theme:literal: $($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("../themes/", $theme, "/", $path)))),*]
    };
}

/// Every file of the built-in theme: (path inside the theme, text).
const BUILT_IN_FILES: &[(&str, &str)] = built_in![
    "dossier":
    "theme.toml",
    "templates/base.html",
    "templates/macros.html",
    "templates/home.html",
    "templates/actor.html",
    "templates/article.html",
    "templates/speakers.html",
    "templates/speaker.html",
    "templates/statement.html",
    "templates/statements.html",
    "templates/outlet.html",
    "templates/timeline.html",
    "templates/sources.html",
    "templates/voices.html",
    "templates/search.html",
    "templates/404.html",
    "templates/atom.xml",
    "templates/sitemap.xml",
    "templates/robots.txt",
    "templates/chart.html",
    "assets/style.css",
    "assets/search.js",
];

/// Every file of the built-in `plain` theme (it shares the search script).
const PLAIN_FILES: &[(&str, &str)] = built_in![
    "plain":
    "theme.toml",
    "templates/base.html",
    "templates/statement-item.html",
    "templates/statement-list.html",
    "templates/report.html",
    "templates/pager.html",
    "templates/speaker-group.html",
    "templates/speaker-item.html",
    "templates/chart.html",
    "templates/home.html",
    "templates/actor.html",
    "templates/article.html",
    "templates/speakers.html",
    "templates/speaker.html",
    "templates/statement.html",
    "templates/statements.html",
    "templates/outlet.html",
    "templates/timeline.html",
    "templates/sources.html",
    "templates/voices.html",
    "templates/search.html",
    "templates/404.html",
    "templates/atom.xml",
    "templates/sitemap.xml",
    "templates/robots.txt",
    "assets/style.css",
];

/// The search script both built-in themes use.
const SEARCH_SCRIPT: (&str, &str) = (
    "assets/search.js",
    include_str!("../themes/dossier/assets/search.js"),
);

/// The template engine a theme is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    MiniJinja,
    Tera,
}

/// `theme.toml`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeToml {
    #[serde(default)]
    engine: Option<String>,
}

/// The engine `theme.toml` names; the message says what is wrong.
fn engine_of(text: &str) -> std::result::Result<Engine, (Option<usize>, String)> {
    let parsed: ThemeToml = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
        (line, e.message().to_string())
    })?;
    match parsed.engine.as_deref() {
        None | Some("minijinja") => Ok(Engine::MiniJinja),
        Some("tera") => Ok(Engine::Tera),
        Some(other) => {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("engine"));
            Err((
                line.map(|i| i + 1),
                format!("`engine` must be \"minijinja\" or \"tera\", found {other:?}"),
            ))
        }
    }
}

/// One file of the theme in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeFile {
    pub text: Cow<'static, str>,
    /// Where the file comes from, for error messages.
    pub origin: String,
}

/// The theme in use: built-in files with the site's overrides applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    files: BTreeMap<String, ThemeFile>,
}

impl Theme {
    /// The built-in theme `name` (or, for a site's own theme, the built-in
    /// theme of the engine its `theme.toml` names) with `overrides` ((path
    /// inside the theme, text)) from the site's `themes/<name>/` folder.
    pub fn new(name: &str, overrides: &[(String, String)]) -> Self {
        let own_toml = overrides
            .iter()
            .find(|(path, _)| path == "theme.toml")
            .map(|(_, text)| text.as_str());
        let (base, base_files) = match name {
            PLAIN => (PLAIN, PLAIN_FILES),
            BUILT_IN => (BUILT_IN, BUILT_IN_FILES),
            _ if own_toml.and_then(|t| engine_of(t).ok()) == Some(Engine::Tera) => {
                (PLAIN, PLAIN_FILES)
            }
            _ => (BUILT_IN, BUILT_IN_FILES),
        };
        let mut files: BTreeMap<String, ThemeFile> = base_files
            .iter()
            .chain((base == PLAIN).then_some(&SEARCH_SCRIPT))
            .map(|&(path, text)| {
                let file = ThemeFile {
                    text: Cow::Borrowed(text),
                    origin: format!("themes/{base}/{path} (built-in)"),
                };
                (path.to_string(), file)
            })
            .collect();
        for (path, text) in overrides {
            let file = ThemeFile {
                text: Cow::Owned(text.clone()),
                origin: format!("themes/{name}/{path}"),
            };
            files.insert(path.clone(), file);
        }
        Theme { files }
    }

    /// The engine named in `theme.toml`; a bad `theme.toml` is an error
    /// naming the file and line.
    pub fn engine(&self) -> Result<Engine> {
        let Some(file) = self.files.get("theme.toml") else {
            return Ok(Engine::MiniJinja);
        };
        engine_of(&file.text).map_err(|(line, message)| {
            Error::at(
                &file.origin,
                Some(&file.text),
                line,
                format!("theme.toml: {message}"),
            )
        })
    }

    /// Templates: (name inside `templates/`, file), sorted.
    pub fn templates(&self) -> impl Iterator<Item = (&str, &ThemeFile)> {
        self.under("templates/")
    }

    /// Files copied to the output: (path under `assets/`, file), sorted.
    pub fn assets(&self) -> impl Iterator<Item = (&str, &ThemeFile)> {
        self.under("assets/")
    }

    /// The file at `path` inside the theme.
    pub fn file(&self, path: &str) -> Option<&ThemeFile> {
        self.files.get(path)
    }

    fn under<'s>(&'s self, prefix: &'s str) -> impl Iterator<Item = (&'s str, &'s ThemeFile)> {
        self.files
            .iter()
            .filter_map(move |(path, file)| Some((path.strip_prefix(prefix)?, file)))
    }
}

/// Reads the site's `themes/<theme>/` overrides (`parse::parse_site` has
/// already refused a theme other than the built-in one with no folder).
pub fn load_overrides(root: &Path, config: &SiteConfig) -> Result<Vec<(String, String)>> {
    load::theme_files(root, &config.theme)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_replace_built_in_files_one_by_one() {
        let overrides = vec![("templates/home.html".to_string(), "mine".to_string())];
        let theme = Theme::new("dossier", &overrides);
        let home = theme.file("templates/home.html").unwrap();
        assert_eq!(home.text, "mine");
        assert_eq!(home.origin, "themes/dossier/templates/home.html");
        let base = theme.file("templates/base.html").unwrap();
        assert!(base.origin.ends_with("(built-in)"));
        assert!(theme.assets().any(|(path, _)| path == "style.css"));
    }

    #[test]
    fn theme_toml_names_the_engine() {
        assert_eq!(
            Theme::new("dossier", &[]).engine().unwrap(),
            Engine::MiniJinja
        );
        let plain = Theme::new("plain", &[]);
        assert_eq!(plain.engine().unwrap(), Engine::Tera);
        assert!(
            plain
                .file("templates/home.html")
                .unwrap()
                .origin
                .contains("plain")
        );
        // A site's own theme starts from the built-in theme of its engine.
        let own = vec![("theme.toml".to_string(), "engine = \"tera\"\n".to_string())];
        let mine = Theme::new("mine", &own);
        assert_eq!(mine.engine().unwrap(), Engine::Tera);
        assert!(mine.file("templates/statement.html").is_some());
        assert!(
            Theme::new("mine", &[])
                .file("templates/macros.html")
                .is_some()
        );
        let bad = vec![(
            "theme.toml".to_string(),
            "# mine\nengine = \"handlebars\"\n".to_string(),
        )];
        let err = Theme::new("mine", &bad).engine().unwrap_err().to_string();
        assert!(err.starts_with("themes/mine/theme.toml:2:"), "{err}");
    }
}
