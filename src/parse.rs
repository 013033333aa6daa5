//! Stage 2: raw files -> [`Site`]: `site.toml`, front matter and bodies.
//!
//! Every problem found is collected, so one run reports all bad files at
//! once, each with its file and line.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;

use crate::config;
use crate::error::{Error, Result, Warning};
use crate::load::{RawSite, SourceFile};
use crate::model::{Actor, Article, Person, QuoteCorrection, Site};

/// A file split at its front matter fences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the fences.
    pub yaml: &'a str,
    /// 1-based line of the first YAML line.
    pub yaml_line: usize,
    pub body: &'a str,
    /// 1-based line of the first body line.
    pub body_line: usize,
}

/// Splits `---` front matter from the body. The first line must be `---`
/// and a later line must be `---` (CRLF line ends are fine).
pub fn split_front_matter<'a>(file: &str, text: &'a str) -> Result<Split<'a>> {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text_no_bom.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end_matches(['\r', '\n']).trim_end() != "---" {
        let message = if text_no_bom.trim().is_empty() {
            "is empty: an article needs front matter between `---` lines (title, date, outlet)"
        } else {
            "must start with a `---` line, then the front matter, then a closing `---` line"
        };
        return Err(Error::at(file, Some(text_no_bom), Some(1), message));
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (line, l) in (2..).zip(lines) {
        if l.trim_end_matches(['\r', '\n']).trim_end() == "---" {
            let body_start = offset + l.len();
            return Ok(Split {
                yaml: &text_no_bom[yaml_start..offset],
                yaml_line: 2,
                body: &text_no_bom[body_start..],
                body_line: line + 1,
            });
        }
        offset += l.len();
    }
    Err(Error::at(
        file,
        Some(text_no_bom),
        Some(1),
        "front matter opened with `---` is never closed: add a `---` line after it",
    ))
}

/// Deserializes the YAML of a split file, with errors located in the file.
fn from_yaml<T: for<'de> Deserialize<'de>>(file: &SourceFile, split: &Split<'_>) -> Result<T> {
    if split.yaml.trim().is_empty() {
        return Err(Error::at(
            file.path.as_str(),
            Some(&file.text),
            Some(1),
            "front matter is empty",
        ));
    }
    let value = serde_saphyr::from_str::<T>(split.yaml).map_err(|e| {
        let (line, column) = match e.location() {
            Some(loc) if loc.line() > 0 => (
                Some(loc.line() as usize + split.yaml_line - 1),
                Some(loc.column() as usize).filter(|&c| c > 0),
            ),
            _ => (Some(split.yaml_line), None),
        };
        let message = yaml_message(&e.to_string(), split, line);
        Error::at_column(
            &file.path,
            Some(&file.text),
            line,
            column,
            format!("front matter: {message}"),
        )
    })?;
    check_no_escaped_controls(file, split)?;
    Ok(value)
}

/// YAML escapes that make a C0 control character or DEL.
const CONTROL_ESCAPES: &[&str] = &[
    "\\0",
    "\\a",
    "\\b",
    "\\e",
    "\\f",
    "\\v",
    "\\x0",
    "\\x1",
    "\\x7f",
    "\\u000",
    "\\u001",
    "\\u007f",
    "\\U0000000",
    "\\U0000001",
    "\\U0000007f",
];

/// Load drops control characters from the text, but a YAML escape
/// (`"\e"`, `"\x07"`) makes them anew, to reach HTML, feeds and terminals:
/// refuse those.
fn check_no_escaped_controls(file: &SourceFile, split: &Split<'_>) -> Result<()> {
    if !split.yaml.contains('\\') {
        return Ok(());
    }
    let Ok(value) = serde_saphyr::from_str::<serde_json::Value>(split.yaml) else {
        return Ok(());
    };
    if !holds_control(&value) {
        return Ok(());
    }
    let line = split
        .yaml
        .lines()
        .position(|l| CONTROL_ESCAPES.iter().any(|e| l.contains(e)))
        .map(|i| i + split.yaml_line);
    Err(Error::at(
        &file.path,
        Some(&file.text),
        line,
        "front matter: an escape such as `\\e` or `\\x07` makes a control character, which has no place in text: remove it",
    ))
}

fn holds_control(value: &serde_json::Value) -> bool {
    let is_control = |text: &str| {
        text.chars()
            .any(|c| c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r'))
    };
    match value {
        serde_json::Value::String(text) => is_control(text),
        serde_json::Value::Array(items) => items.iter().any(holds_control),
        serde_json::Value::Object(map) => {
            map.iter().any(|(k, v)| is_control(k) || holds_control(v))
        }
        _ => false,
    }
}

/// The YAML parser's message, without its own (YAML-relative) location,
/// said in the words of the content contract where it is terse.
fn yaml_message(raw: &str, split: &Split<'_>, line: Option<usize>) -> String {
    let first = raw.lines().next().unwrap_or(raw).trim();
    let first = first.strip_prefix("error:").unwrap_or(first).trim_start();
    let message = match first.strip_prefix("line ") {
        Some(rest) => rest.split_once(": ").map_or(first, |(_, m)| m),
        None => first,
    };
    let source_line = line.and_then(|l| split.yaml.lines().nth(l.saturating_sub(split.yaml_line)));
    let (key, value) = source_line
        .and_then(|l| l.split_once(':'))
        .map_or((None, ""), |(k, v)| (Some(k.trim()), v.trim()));
    let key = key.filter(|k| !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || c == '_'));
    let hint = if message.contains("mapping values are not allowed") {
        " (a value with `: ` in it must be in quotes: `title: \"Russia: no deal\"`)"
    } else if message.contains("after double-quoted scalar") {
        " (put a value with \" in it in single quotes: `title: 'He said \"no\"'`)"
    } else if value.starts_with(['[', '{']) && message.contains("expected string") {
        " (a value starting with `[` or `{` is read as a list: put it in quotes)"
    } else {
        ""
    };
    let message = format!("{message}{hint}");
    let message = message.as_str();
    match (message, key) {
        ("expected mapping start", _) => {
            "must be `key: value` lines (title, date, outlet, ...)".to_string()
        }
        ("expected sequence start", Some(key)) => {
            format!("`{key}` must be a list, such as `{key}: [a, b]`")
        }
        (message, Some(key)) if !message.contains('`') => format!("`{key}`: {message}"),
        (message, _) => message.to_string(),
    }
}

/// 1-based line in the file of the first `key:` line of the front matter.
fn key_line(split: &Split<'_>, key: &str) -> Option<usize> {
    split
        .yaml
        .lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + split.yaml_line)
}

#[derive(Deserialize)]
struct ArticleFrontMatter {
    title: String,
    date: String,
    outlet: String,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    #[serde(default)]
    agencies: Vec<String>,
    #[serde(default)]
    slug: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    quotes: Vec<QuoteCorrection>,
}

#[derive(Deserialize)]
struct ActorFrontMatter {
    name: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    parent: Option<String>,
    #[serde(default)]
    people: Vec<Person>,
}

/// Parses one article file; `Ok(None)` for a draft.
pub fn parse_article(file: &SourceFile) -> Result<Option<Article>> {
    let split = split_front_matter(&file.path, &file.text)?;
    let fm: ArticleFrontMatter = from_yaml(file, &split)?;
    let at = |key: &str, message: String| {
        Error::at(&file.path, Some(&file.text), key_line(&split, key), message)
    };
    if fm.draft {
        return Ok(None);
    }
    let date = parse_date(&fm.date).ok_or_else(|| {
        at(
            "date",
            format!("date: expected YYYY-MM-DD or RFC 3339, found {:?}", fm.date),
        )
    })?;
    for (key, value) in [("title", &fm.title), ("outlet", &fm.outlet)] {
        if value.trim().is_empty() {
            return Err(at(key, format!("`{key}` must not be empty")));
        }
    }
    if let Some(url) = &fm.url {
        check_url(url).map_err(|m| at("url", m))?;
    }
    let stem = file
        .path
        .rsplit('/')
        .next()
        .unwrap_or(&file.path)
        .trim_end_matches(".md");
    let slug = match fm.slug {
        Some(slug) => {
            check_slug(&slug).map_err(|m| at("slug", m))?;
            slug
        }
        None => {
            let slug = slug::slugify(stem);
            check_slug(&slug)
                .map_err(|m| Error::at(&file.path, None, None, format!("file name: {m}")))?;
            slug
        }
    };
    let mut corrections = fm.quotes;
    for correction in &mut corrections {
        let needle = correction
            .fragment
            .as_deref()
            .or(correction.text.as_deref())
            .unwrap_or("");
        correction.line = split
            .yaml
            .lines()
            .position(|l| !needle.is_empty() && l.contains(needle))
            .map_or(split.yaml_line, |i| i + split.yaml_line);
        if correction.fragment.is_none() && correction.text.is_none() {
            return Err(Error::at(
                &file.path,
                Some(&file.text),
                Some(correction.line),
                "a `quotes:` entry needs `match:` (a fragment of a quote) or `text:` (a statement added by hand)",
            ));
        }
    }
    Ok(Some(Article {
        source: file.path.clone(),
        slug,
        title: fm.title,
        date,
        outlet: fm.outlet,
        url: fm.url,
        authors: fm.authors,
        agencies: fm.agencies,
        tags: fm.tags,
        body: split.body.to_string(),
        body_line: split.body_line,
        corrections,
    }))
}

/// Parses one actor file; the id is the file stem.
pub fn parse_actor(file: &SourceFile) -> Result<Actor> {
    let split = split_front_matter(&file.path, &file.text)?;
    let fm: ActorFrontMatter = from_yaml(file, &split)?;
    let stem = file
        .path
        .rsplit('/')
        .next()
        .unwrap_or(&file.path)
        .trim_end_matches(".md");
    check_slug(stem)
        .map_err(|m| Error::at(&file.path, None, None, format!("actor id (file name): {m}")))?;
    if fm.name.trim().is_empty() {
        return Err(Error::at(
            &file.path,
            Some(&file.text),
            key_line(&split, "name"),
            "`name` must not be empty",
        ));
    }
    Ok(Actor {
        id: stem.to_string(),
        source: file.path.clone(),
        name: fm.name,
        kind: fm.kind,
        aliases: fm.aliases,
        parent: fm.parent,
        people: fm.people,
        body: split.body.to_string(),
    })
}

/// Parses and cross-checks a whole site. Errors from every file are
/// collected; warnings go to the caller.
pub fn parse_site(raw: RawSite) -> Result<(Site, Vec<Warning>)> {
    let (config, mut warnings) = config::parse(&raw.config.path, &raw.config.text)?;
    config::check_theme(
        &raw.config.path,
        &raw.config.text,
        &config.theme,
        &raw.themes,
    )?;
    let mut errors = Vec::new();
    let mut articles = Vec::new();
    for file in &raw.articles {
        match parse_article(file) {
            Ok(Some(article)) => articles.push(article),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    let mut actors = Vec::new();
    for file in &raw.actors {
        match parse_actor(file) {
            Ok(actor) => actors.push(actor),
            Err(e) => errors.push(e),
        }
    }
    // Keyed by lower case: slugs differing only by case name one folder on
    // macOS and Windows, and in an archive unpacked there.
    let mut by_slug: BTreeMap<String, (&str, &str)> = BTreeMap::new();
    for article in &articles {
        let key = article.slug.to_lowercase();
        if let Some((slug, first)) = by_slug.insert(key, (&article.slug, &article.source)) {
            let message = if slug == article.slug {
                format!("slug `{slug}` is already used by {first}: set a different `slug:`")
            } else {
                format!(
                    "slug `{}` differs only by case from `{slug}` of {first}, and the two collide on macOS and Windows: set a different `slug:`",
                    article.slug
                )
            };
            errors.push(Error::at(&article.source, None, None, message));
        }
    }
    errors.extend(actor_ids_differing_by_case(&actors));
    warnings.extend(people_under_two_actors(&actors));
    let ids: Vec<&str> = actors.iter().map(|a| a.id.as_str()).collect();
    for actor in &actors {
        if let Some(parent) = &actor.parent
            && !ids.contains(&parent.as_str())
        {
            let text = raw.actors.iter().find(|f| f.path == actor.source);
            let line = text.and_then(|f| {
                f.text
                    .lines()
                    .position(|l| l.starts_with("parent:"))
                    .map(|i| i + 1)
            });
            errors.push(Error::at(
                &actor.source,
                text.map(|f| f.text.as_str()),
                line,
                format!(
                    "parent: unknown actor `{parent}` (known: {})",
                    ids.join(", ")
                ),
            ));
        }
    }
    for article in &articles {
        for correction in &article.corrections {
            if let Some(Some(actor)) = &correction.actor
                && !ids.contains(&actor.as_str())
            {
                let text = raw.articles.iter().find(|f| f.path == article.source);
                errors.push(Error::at(
                    &article.source,
                    text.map(|f| f.text.as_str()),
                    Some(correction.line),
                    format!(
                        "quotes: unknown actor `{actor}` (known: {})",
                        ids.join(", ")
                    ),
                ));
            }
        }
    }
    if articles.is_empty() && errors.is_empty() {
        warnings.push(Warning {
            file: "content/articles".into(),
            line: None,
            message: "no articles found: add Markdown files under content/articles/".into(),
        });
    }
    if let Some(error) = Error::from_list(errors) {
        return Err(error);
    }
    let site = Site {
        config,
        articles,
        actors,
        static_files: raw.static_files,
        theme_overrides: Vec::new(),
    };
    Ok((site, warnings))
}

/// Actor ids are file stems: `Russia.md` and `russia.md` are one file on
/// macOS and Windows, and in an archive unpacked there.
fn actor_ids_differing_by_case(actors: &[Actor]) -> Vec<Error> {
    let mut by_id: BTreeMap<String, &Actor> = BTreeMap::new();
    let mut errors = Vec::new();
    for actor in actors {
        if let Some(first) = by_id.insert(actor.id.to_lowercase(), actor) {
            errors.push(Error::at(
                &actor.source,
                None,
                None,
                format!(
                    "actor id `{}` differs only by case from {}, and the two collide on macOS and Windows: rename one file",
                    actor.id, first.source
                ),
            ));
        }
    }
    errors
}

/// A person listed under two actors: their quotes can go to only one.
fn people_under_two_actors(actors: &[Actor]) -> Vec<Warning> {
    let mut by_name: BTreeMap<String, &Actor> = BTreeMap::new();
    let mut warnings = Vec::new();
    for actor in actors {
        for person in &actor.people {
            let name = person.name.trim();
            match by_name.get(&name.to_lowercase()) {
                Some(first) if first.id != actor.id => warnings.push(Warning {
                    file: actor.source.clone(),
                    line: None,
                    message: format!(
                        "{name} is also listed under people in {}: their quotes go to one actor only; keep them under one",
                        first.source
                    ),
                }),
                Some(_) => {}
                None => {
                    by_name.insert(name.to_lowercase(), actor);
                }
            }
        }
    }
    warnings
}

/// `YYYY-MM-DD` or an RFC 3339 timestamp (its local date is kept).
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if text.len() < 10 || !text.is_char_boundary(10) {
        return None;
    }
    let date: Date = text[..10].parse().ok()?;
    if text.len() == 10 {
        return Some(date);
    }
    text.parse::<jiff::Timestamp>().ok().map(|_| date)
}

/// Slugs become folder names: keep them to one safe path segment.
pub fn check_slug(slug: &str) -> std::result::Result<(), String> {
    const RESERVED: &[&str] = &[
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
        "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];
    let ok_chars = slug
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.');
    if slug.is_empty() {
        return Err("slug must not be empty".into());
    }
    if !ok_chars || slug.starts_with('.') || slug.contains("..") {
        return Err(format!(
            "slug {slug:?} must be one path segment of letters, digits, `-`, `_` (no `/`, `\\`, `..`)"
        ));
    }
    let stem = slug.split('.').next().unwrap_or(slug).to_ascii_lowercase();
    if RESERVED.contains(&stem.as_str()) {
        return Err(format!("slug {slug:?} is a reserved file name on Windows"));
    }
    Ok(())
}

/// Links from front matter must not run code in a reader's browser.
pub fn check_url(url: &str) -> std::result::Result<(), String> {
    let lower: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let lower = lower.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        Ok(())
    } else {
        Err(format!("url must be an http(s) address, found {url:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> SourceFile {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    #[test]
    fn splits_front_matter_and_counts_lines() {
        let s = split_front_matter("a.md", "---\ntitle: x\n---\nbody\n").unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.body, "body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn crlf_and_bom_work() {
        let s = split_front_matter("a.md", "\u{feff}---\r\ntitle: x\r\n---\r\nbody\r\n").unwrap();
        assert_eq!(s.yaml, "title: x\r\n");
        assert_eq!(s.body, "body\r\n");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = split_front_matter("a.md", "---\ntitle: x\n").unwrap_err();
        assert!(e.to_string().contains("never closed"), "{e}");
    }

    #[test]
    fn article_fields_and_errors() {
        let a = parse_article(&file(
            "content/articles/x.md",
            "---\ntitle: T\ndate: 2016-12-11\noutlet: O\n---\nHello\n",
        ))
        .unwrap()
        .unwrap();
        assert_eq!(a.slug, "x");
        assert_eq!(a.date.to_string(), "2016-12-11");
        let e = parse_article(&file(
            "a.md",
            "---\ntitle: T\ndate: yesterday\noutlet: O\n---\n",
        ))
        .unwrap_err();
        assert!(e.to_string().starts_with("a.md:3"), "{e}");
        let e = parse_article(&file("a.md", "---\ntitle: T\noutlet: O\n---\n")).unwrap_err();
        assert!(e.to_string().contains("date"), "{e}");
        let e = parse_article(&file("a.md", "---\ntitle: [unclosed\n---\n")).unwrap_err();
        assert!(e.to_string().starts_with("a.md:"), "{e}");
        let e = parse_article(&file(
            "a.md",
            "---\ntitle: Russia: no deal\ndate: 2016-12-11\noutlet: O\n---\n",
        ))
        .unwrap_err();
        assert!(e.to_string().contains("must be in quotes"), "{e}");
    }

    #[test]
    fn rfc3339_date_keeps_local_day() {
        assert_eq!(
            parse_date("2016-12-11T23:30:00+03:00").unwrap().to_string(),
            "2016-12-11"
        );
        assert!(parse_date("2016-13-01").is_none());
        assert!(parse_date("yesterday").is_none());
    }

    #[test]
    fn unsafe_slugs_are_refused() {
        for bad in ["../x", "a/b", "a\\b", "c:", "CON", "", ".hidden"] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
        assert!(check_slug("aljazeera-no-safe-exit").is_ok());
    }

    fn actor(path: &str, people: &[&str]) -> Actor {
        let people: String = people
            .iter()
            .map(|name| format!("  - name: \"{name}\"\n"))
            .collect();
        let people = if people.is_empty() {
            " []\n".to_string()
        } else {
            format!("\n{people}")
        };
        let text = format!("---\nname: X\npeople:{people}---\n");
        parse_actor(&file(path, &text)).unwrap()
    }

    #[test]
    fn actor_ids_differing_by_case_are_an_error() {
        let actors = [
            actor("content/actors/Russia.md", &[]),
            actor("content/actors/russia.md", &[]),
            actor("content/actors/turkey.md", &[]),
        ];
        let errors = actor_ids_differing_by_case(&actors);
        assert_eq!(errors.len(), 1);
        let message = errors[0].to_string();
        assert!(
            message.starts_with("content/actors/russia.md:")
                && message.contains("content/actors/Russia.md"),
            "{message}"
        );
    }

    #[test]
    fn person_under_two_actors_warns_naming_both_files() {
        let actors = [
            actor("content/actors/a.md", &["Jane Roe", "Sam Poe"]),
            actor("content/actors/b.md", &["jane roe"]),
        ];
        let warnings = people_under_two_actors(&actors);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].file, "content/actors/b.md");
        assert!(warnings[0].message.contains("content/actors/a.md"));
    }

    #[test]
    fn escaped_control_characters_are_refused_at_their_line() {
        let text = "---\ntitle: ok\noutlet: \"Wire\\e[2J\"\ndate: 2016-12-11\n---\nBody\n";
        let err = parse_article(&file("a.md", text)).unwrap_err().to_string();
        assert!(
            err.starts_with("a.md:3: ") && err.contains("control character"),
            "{err}"
        );
        let fine = "---\ntitle: \"caf\\u00e9\\ttab\"\noutlet: O\ndate: 2016-12-11\n---\n";
        assert!(parse_article(&file("a.md", fine)).is_ok());
    }

    #[test]
    fn script_urls_are_refused() {
        assert!(check_url("javascript:alert(1)").is_err());
        assert!(check_url(" data:text/html,x").is_err());
        assert!(check_url("https://example.org/a").is_ok());
    }
}
