//! Stage 1a: `site.toml` -> [`SiteConfig`].

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result, Warning, did_you_mean};
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
    "chooser",
];

/// Values that are checked keep their span, so errors point at them.
#[derive(Deserialize)]
struct RawConfig {
    title: Spanned<String>,
    description: Option<String>,
    base_url: Option<Spanned<String>>,
    language: Option<String>,
    theme: Option<Spanned<String>>,
    output_dir: Option<Spanned<String>>,
    allow_html: Option<bool>,
    outlets: Option<std::collections::BTreeMap<String, String>>,
    chooser: Option<bool>,
}

/// Themes built into onrecord; any other `theme` must be a folder under `themes/`.
pub const BUILTIN_THEMES: &[&str] = &["dossier", "plain"];

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
    let keys: BTreeMap<Spanned<String>, toml::Value> =
        toml::from_str(text).map_err(|e| located(e.span(), e.message().to_string()))?;
    let mut warnings = Vec::new();
    for key in keys.keys() {
        let name = key.get_ref();
        if !KNOWN_KEYS.contains(&name.as_str()) {
            let hint = match did_you_mean(name, KNOWN_KEYS) {
                Some(known) => format!("did you mean `{known}`?"),
                None => format!("known keys: {}", KNOWN_KEYS.join(", ")),
            };
            warnings.push(Warning {
                file: file.to_string(),
                line: line_column(text, key.span().start).0,
                message: format!("unknown key `{name}` is ignored ({hint})"),
            });
        }
    }
    // Load drops control characters from the text; a TOML escape
    // (`"\u001b"`) would make them anew in titles, feeds and terminals.
    let escaped_control = keys.iter().find(|(_, value)| {
        value.as_str().is_some_and(|text| {
            text.chars()
                .any(|c| c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r'))
        })
    });
    if let Some((key, _)) = escaped_control {
        let name = key.get_ref();
        return Err(located(
            Some(key.span()),
            format!(
                "`{name}` holds a control character (made by an escape such as `\\u001b`): remove it"
            ),
        ));
    }
    let raw: RawConfig =
        toml::from_str(text).map_err(|e| located(e.span(), e.message().to_string()))?;
    let at = |value: &Spanned<String>, message: String| located(Some(value.span()), message);
    if raw.title.get_ref().trim().is_empty() {
        return Err(at(&raw.title, "`title` must not be empty".into()));
    }
    let defaults = SiteConfig::with_title(raw.title.into_inner());
    let base_url = match raw.base_url {
        Some(value) => normalize_base_url(value.get_ref()).map_err(|m| at(&value, m))?,
        None => defaults.base_url.clone(),
    };
    let output_dir = match raw.output_dir {
        Some(value) if value.get_ref().trim().is_empty() => {
            return Err(at(&value, "`output_dir` must not be empty".into()));
        }
        Some(value) => value.into_inner(),
        None => defaults.output_dir.clone(),
    };
    let theme = match raw.theme {
        Some(value) => {
            let name = value.get_ref();
            if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
                return Err(at(
                    &value,
                    format!("`theme` must be a folder name under themes/, found {name:?}"),
                ));
            }
            value.into_inner()
        }
        None => defaults.theme.clone(),
    };
    let config = SiteConfig {
        description: raw.description,
        base_url,
        language: raw.language.unwrap_or(defaults.language),
        theme,
        output_dir,
        allow_html: raw.allow_html.unwrap_or(defaults.allow_html),
        outlets: raw.outlets.unwrap_or_default(),
        chooser: raw.chooser.unwrap_or(defaults.chooser),
        ..defaults
    };
    Ok((config, warnings))
}

/// Checks a `base_url` (from `site.toml` or `--base-url`) and gives it
/// the trailing `/` that page links are joined to.
pub fn normalize_base_url(base_url: &str) -> std::result::Result<String, String> {
    let ok = base_url == "/" || base_url.starts_with("https://") || base_url.starts_with("http://");
    if !ok {
        return Err(format!(
            "`base_url` must be \"/\" or an absolute http(s) URL, found {base_url:?}"
        ));
    }
    Ok(if base_url.ends_with('/') {
        base_url.to_string()
    } else {
        format!("{base_url}/")
    })
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
    fn escaped_control_characters_are_refused() {
        let err = parse(
            "site.toml",
            "title = \"T\"\ndescription = \"a\\u001b[2J\"\n",
        )
        .unwrap_err();
        let err = err.to_string();
        assert!(
            err.starts_with("site.toml:2:") && err.contains("control character"),
            "{err}"
        );
        assert!(parse("site.toml", "title = \"T\\tU\"\n").is_ok());
    }

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
        let (_, warnings) = parse("site.toml", "title = \"T\"\n\nbase_ulr = \"/\"\n").unwrap();
        assert_eq!(warnings[0].line, Some(3));
        assert!(
            warnings[0].message.contains("did you mean `base_url`?"),
            "{warnings:?}"
        );
    }

    #[test]
    fn bad_base_url_is_located_at_its_value_not_in_the_description() {
        let text = "title = \"T\"\ndescription = \"base_url = here\"\nbase_url = \"foo\"\n";
        let err = parse("site.toml", text).unwrap_err();
        assert!(
            err.to_string().starts_with("site.toml:3:12: `base_url`"),
            "{err}"
        );
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
