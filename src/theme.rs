//! The theme: MiniJinja templates under `templates/` and files copied to
//! the output under `assets/`.
//!
//! The built-in theme `dossier` lives in `themes/dossier/` of this
//! repository and is embedded in the binary at compile time, so a site
//! needs no `themes/` folder. A site's own `themes/<theme>/` overrides the
//! built-in files one by one (and may add files).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use crate::error::Result;
use crate::load;
use crate::model::SiteConfig;

/// The name of the built-in theme.
pub const BUILT_IN: &str = "dossier";

macro_rules! built_in {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("../themes/dossier/", $path)))),*]
    };
}

/// Every file of the built-in theme: (path inside the theme, text).
const BUILT_IN_FILES: &[(&str, &str)] = built_in![
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
    "assets/style.css",
    "assets/search.js",
];

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
    /// The built-in theme with `overrides` ((path inside the theme, text))
    /// from the site's `themes/<name>/` folder.
    pub fn new(name: &str, overrides: &[(String, String)]) -> Self {
        let mut files: BTreeMap<String, ThemeFile> = BUILT_IN_FILES
            .iter()
            .map(|&(path, text)| {
                let file = ThemeFile {
                    text: Cow::Borrowed(text),
                    origin: format!("themes/{BUILT_IN}/{path} (built-in)"),
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
}
