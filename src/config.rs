//! Stage 1a: `site.toml` -> [`SiteConfig`].

use serde::Deserialize;

use crate::error::{Error, Result, Warning};
use crate::model::SiteConfig;

/// The keys `site.toml` may hold; anything else gets a warning.
const KNOWN_KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "theme",
    "output_dir",
    "allow_html",
    "outlets",
];

#[derive(Deserialize)]
struct RawConfig {
    title: String,
    description: Option<String>,
    base_url: Option<String>,
    language: Option<String>,
    theme: Option<String>,
    output_dir: Option<String>,
    allow_html: Option<bool>,
    outlets: Option<std::collections::BTreeMap<String, String>>,
}

/// Themes built into onrecord; any other `theme` must be a folder under `themes/`.
pub const BUILTIN_THEMES: &[&str] = &["dossier"];

/// Checks that the configured theme exists: built in, or among `site_themes`
/// (the folder names under `themes/`). `text` is `site.toml`, for the line.
pub fn check_theme(file: &str, text: &str, theme: &str, site_themes: &[String]) -> Result<()> {
    if BUILTIN_THEMES.contains(&theme) || site_themes.iter().any(|t| t == theme) {
        return Ok(());
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with("theme"))
        .map(|i| i + 1);
    let mut known: Vec<&str> = BUILTIN_THEMES.to_vec();
    known.extend(site_themes.iter().map(String::as_str));
    Err(Error::at(
        file,
        Some(text),
        line,
        format!(
            "theme {theme:?} does not exist: it is not built in and there is no themes/{theme}/ folder (available: {})",
            known.join(", ")
        ),
    ))
}

/// Parses the text of `site.toml` (`file` is its name for messages).
pub fn parse(file: &str, text: &str) -> Result<(SiteConfig, Vec<Warning>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let located = |span: Option<std::ops::Range<usize>>, message: String| {
        let (line, column) = match span {
            Some(span) => line_column(text, span.start),
            None => (None, None),
        };
        Error::at_column(file, Some(text), line, column, message)
    };
    let table: toml::Table =
        toml::from_str(text).map_err(|e| located(e.span(), e.message().to_string()))?;
    let mut warnings = Vec::new();
    for key in table.keys() {
        if !KNOWN_KEYS.contains(&key.as_str()) {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with(key.as_str()))
                .map(|i| i + 1);
            warnings.push(Warning {
                file: file.to_string(),
                line,
                message: format!(
                    "unknown key `{key}` is ignored (known keys: {})",
                    KNOWN_KEYS.join(", ")
                ),
            });
        }
    }
    let raw: RawConfig =
        toml::from_str(text).map_err(|e| located(e.span(), e.message().to_string()))?;
    let key_error = |key: &str, message: String| {
        let offset = text
            .find(&format!("{key} "))
            .or_else(|| text.find(&format!("{key}=")));
        located(offset.map(|o| o..o), message)
    };
    if raw.title.trim().is_empty() {
        return Err(key_error("title", "`title` must not be empty".into()));
    }
    let defaults = SiteConfig::with_title(raw.title);
    let base_url = raw.base_url.unwrap_or(defaults.base_url);
    let base_ok =
        base_url == "/" || base_url.starts_with("https://") || base_url.starts_with("http://");
    if !base_ok {
        return Err(key_error(
            "base_url",
            format!("`base_url` must be \"/\" or an absolute http(s) URL, found {base_url:?}"),
        ));
    }
    let base_url = if base_url.ends_with('/') {
        base_url
    } else {
        format!("{base_url}/")
    };
    let output_dir = raw.output_dir.unwrap_or(defaults.output_dir);
    if output_dir.trim().is_empty() {
        return Err(key_error(
            "output_dir",
            "`output_dir` must not be empty".into(),
        ));
    }
    let theme = raw.theme.unwrap_or(defaults.theme);
    if theme.is_empty() || theme.contains(['/', '\\']) || theme.starts_with('.') {
        return Err(key_error(
            "theme",
            format!("`theme` must be a folder name under themes/, found {theme:?}"),
        ));
    }
    let config = SiteConfig {
        description: raw.description,
        base_url,
        language: raw.language.unwrap_or(defaults.language),
        theme,
        output_dir,
        allow_html: raw.allow_html.unwrap_or(defaults.allow_html),
        outlets: raw.outlets.unwrap_or_default(),
        ..defaults
    };
    Ok((config, warnings))
}

/// 1-based line and column of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (Option<usize>, Option<usize>) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (Some(line), Some(column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_apply() {
        let (config, warnings) = parse("site.toml", "title = \"T\"\n").unwrap();
        assert_eq!(config.base_url, "/");
        assert_eq!(config.output_dir, "public");
        assert_eq!(config.theme, "dossier");
        assert!(warnings.is_empty());
    }

    #[test]
    fn unknown_key_warns() {
        let (_, warnings) = parse("site.toml", "title = \"T\"\ncolour = 1\n").unwrap();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, Some(2));
    }

    #[test]
    fn bad_value_names_line() {
        let err = parse("site.toml", "title = \"T\"\nbase_url = \"foo\"\n").unwrap_err();
        assert!(err.to_string().starts_with("site.toml:2"), "{err}");
        let err = parse("site.toml", "title = 5\n").unwrap_err();
        assert!(err.to_string().starts_with("site.toml:1"), "{err}");
    }

    #[test]
    fn missing_theme_names_site_toml_line() {
        let text = "title = \"T\"\ntheme = \"nope\"\n";
        let err = check_theme("site.toml", text, "nope", &[]).unwrap_err();
        assert!(
            err.to_string().starts_with("site.toml:2: theme \"nope\""),
            "{err}"
        );
        assert!(check_theme("site.toml", text, "nope", &["nope".into()]).is_ok());
        assert!(check_theme("site.toml", "", "dossier", &[]).is_ok());
    }

    #[test]
    fn outlet_aliases_map_to_one_name() {
        let text = "title = \"T\"\n[outlets]\n\"Agence France-Presse\" = \"AFP\"\n";
        let (config, warnings) = parse("site.toml", text).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(config.outlet_name("Agence France-Presse"), "AFP");
        assert_eq!(config.outlet_name("Reuters"), "Reuters");
    }

    #[test]
    fn base_url_gets_trailing_slash() {
        let (config, _) = parse(
            "site.toml",
            "title = \"T\"\nbase_url = \"https://a.github.io/repo\"\n",
        )
        .unwrap();
        assert_eq!(config.base_url, "https://a.github.io/repo/");
    }
}
