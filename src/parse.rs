//! Stage 2: raw files -> [`Site`]: `site.toml`, front matter and bodies.
//!
//! Every problem found is collected, so one run reports all bad files at
//! once, each with its file and line.

use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use rayon::prelude::*;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_saphyr::Spanned;

use crate::config;
use crate::error::{Error, Result, Warning, did_you_mean};
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
        let error = |line, column| {
            Error::at_column(
                &file.path,
                Some(&file.text),
                line,
                column,
                format!("front matter: {message}"),
            )
        };
        if let Some(field) = backquoted_after(&message, "missing field ") {
            // The parser places a missing field at the end of the mapping;
            // the likely cause is a misspelt key, so point there instead.
            let misspelt = top_level_keys(split)
                .into_iter()
                .find(|key| did_you_mean(&key.name, &[field]).is_some());
            return match misspelt {
                Some(key) => error(Some(key.line), Some(key.column)).with_help(format!(
                    "`{}` is not a known key: did you mean `{field}`?",
                    key.name
                )),
                None => error(Some(1), None)
                    .with_help(format!("add `{field}: ...` to the front matter")),
            };
        }
        let error = error(line, column);
        match unknown_field_hint(&message) {
            Some(help) => error.with_help(help),
            None => error,
        }
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

/// The text between backquotes right after `prefix` in `message`.
fn backquoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = &message[message.find(prefix)? + prefix.len()..];
    rest.strip_prefix('`')?.split('`').next()
}

/// For serde's "unknown field `x`, expected one of `a`, `b`": the nearest known name.
fn unknown_field_hint(message: &str) -> Option<String> {
    let field = backquoted_after(message, "unknown field ")?;
    let expected = &message[message.find("expected")?..];
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    did_you_mean(field, &known).map(|k| format!("did you mean `{k}`?"))
}

/// The keys of the front matter's top-level mapping, the keys onrecord
/// reads from articles, and those it reads from actors.
pub const ARTICLE_KEYS: &[&str] = &[
    "title", "date", "outlet", "url", "authors", "agencies", "slug", "tags", "draft", "quotes",
];
pub const ACTOR_KEYS: &[&str] = &["name", "kind", "aliases", "parent", "people", "offices"];

/// A top-level key of a front matter, located by the YAML parser.
struct Key {
    name: String,
    /// 1-based line and column in the whole file.
    line: usize,
    column: usize,
}

/// The top-level keys of a front matter, in file order; none when the
/// YAML does not parse (the typed parse reports that).
fn top_level_keys(split: &Split<'_>) -> Vec<Key> {
    let Ok(map) = serde_saphyr::from_str::<HashMap<Spanned<String>, IgnoredAny>>(split.yaml) else {
        return Vec::new();
    };
    let mut keys: Vec<Key> = map
        .into_keys()
        .map(|key| Key {
            name: key.value,
            line: key.referenced.line() as usize + split.yaml_line - 1,
            column: key.referenced.column() as usize,
        })
        .collect();
    keys.sort_by_key(|k| (k.line, k.column));
    keys
}

/// True when every line of `yaml` that starts a top-level entry is a plain
/// `key:` with a known key, so a second YAML parse would find nothing.
/// Anything else (a quoted or unknown key, a line at the margin that is not
/// `key:`) answers false and the front matter is parsed for its keys.
fn only_known_plain_keys(yaml: &str, known: &[&str]) -> bool {
    yaml.lines()
        .filter(|line| !line.is_empty() && !line.starts_with([' ', '\t', '#']))
        .all(|line| {
            line.split_once(':').is_some_and(|(key, _)| {
                key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') && known.contains(&key)
            })
        })
}

/// A warning for each top-level key of `file`'s front matter that is not
/// in `known` (onrecord would ignore it), naming the key it resembles.
pub fn unknown_keys(file: &SourceFile, known: &[&str]) -> Vec<Warning> {
    let Ok(split) = split_front_matter(&file.path, &file.text) else {
        return Vec::new();
    };
    if only_known_plain_keys(split.yaml, known) {
        return Vec::new();
    }
    top_level_keys(&split)
        .into_iter()
        .filter(|key| !known.contains(&key.name.as_str()))
        .map(|key| {
            let hint = match did_you_mean(&key.name, known) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("known keys: {}", known.join(", ")),
            };
            Warning {
                file: file.path.clone(),
                line: Some(key.line),
                message: format!("unknown key `{}` is ignored ({hint})", key.name),
            }
        })
        .collect()
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
    date: Spanned<String>,
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
    quotes: Vec<Spanned<QuoteCorrection>>,
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
    #[serde(default)]
    offices: Vec<String>,
    #[serde(default, alias = "color")]
    colour: Option<String>,
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
    let date = parse_date(&fm.date.value).ok_or_else(|| {
        Error::at_column(
            &file.path,
            Some(&file.text),
            Some(fm.date.referenced.line() as usize + split.yaml_line - 1),
            Some(fm.date.referenced.column() as usize),
            format!("date: {}", date_problem(&fm.date.value)),
        )
        .with_help("dates are YYYY-MM-DD, such as 2016-12-11, or RFC 3339, such as 2016-12-11T09:30:00+03:00")
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
    let mut corrections = Vec::with_capacity(fm.quotes.len());
    for entry in fm.quotes {
        let mut correction = entry.value;
        correction.line = entry.referenced.line() as usize + split.yaml_line - 1;
        if correction.fragment.is_none() && correction.text.is_none() {
            return Err(Error::at(
                &file.path,
                Some(&file.text),
                Some(correction.line),
                "a `quotes:` entry needs `match:` (a fragment of a quote) or `text:` (a statement added by hand)",
            ));
        }
        corrections.push(correction);
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
    if let Some(colour) = &fm.colour
        && crate::render::colour::Rgb::parse(colour).is_none()
    {
        return Err(Error::at(
            &file.path,
            Some(&file.text),
            key_line(&split, "colour").or_else(|| key_line(&split, "color")),
            format!("`colour` must be a hex colour like \"#1f3a93\", found {colour:?}"),
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
        offices: fm.offices,
        colour: fm.colour,
        body: split.body.to_string(),
    })
}

/// Parses and cross-checks a whole site. Errors from every file are
/// collected; warnings go to the caller.
pub fn parse_site(mut raw: RawSite) -> Result<(Site, Vec<Warning>)> {
    // Each article file's text goes as soon as it is parsed: the texts and
    // the articles made of them are never all held at once.
    let files = std::mem::take(&mut raw.articles);
    parse_site_from(&raw, files.into_par_iter(), &parse_article_file)
}

/// An article file's unknown-key warnings and its article (`None`: a draft).
pub type ParsedArticle = (Vec<Warning>, Result<Option<Article>>);

/// Parses one article file with its unknown-key warnings.
pub fn parse_article_file(file: &SourceFile) -> ParsedArticle {
    (unknown_keys(file, ARTICLE_KEYS), parse_article(file))
}

/// [`parse_site`] with each article file parsed by `parse`: `serve` gives
/// one that remembers the files it parsed before.
pub fn parse_site_with(
    raw: &RawSite,
    parse: &(dyn Fn(&SourceFile) -> ParsedArticle + Sync),
) -> Result<(Site, Vec<Warning>)> {
    parse_site_from(raw, raw.articles.par_iter(), parse)
}

/// [`parse_site_with`], the article files taken from `files` (owned or
/// borrowed) instead of `raw`.
fn parse_site_from<F: Borrow<SourceFile> + Send>(
    raw: &RawSite,
    files: impl IndexedParallelIterator<Item = F>,
    parse: &(dyn Fn(&SourceFile) -> ParsedArticle + Sync),
) -> Result<(Site, Vec<Warning>)> {
    let (config, mut warnings) = config::parse(&raw.config.path, &raw.config.text)?;
    config::check_theme(
        &raw.config.path,
        &raw.config.text,
        &config.theme,
        &raw.themes,
    )?;
    let mut errors = Vec::new();
    let mut actors = Vec::new();
    let mut actor_errors = Vec::new();
    for file in &raw.actors {
        match parse_actor(file) {
            Ok(actor) => actors.push(actor),
            Err(e) => actor_errors.push(e),
        }
    }
    let ids: Vec<&str> = actors.iter().map(|a| a.id.as_str()).collect();
    // Articles parse independently: on every core, results in file order.
    // A correction's actor is checked here, while the file's text is at
    // hand for the message.
    let parsed: Vec<_> = files
        .map(|file| {
            let file = file.borrow();
            let (unknown, article) = parse(file);
            let unknown_actors = match &article {
                Ok(Some(article)) => unknown_correction_actors(article, &file.text, &ids),
                _ => Vec::new(),
            };
            (unknown, article, unknown_actors)
        })
        .collect();
    let mut articles = Vec::with_capacity(parsed.len());
    let mut correction_errors = Vec::new();
    for (unknown, article, unknown_actors) in parsed {
        warnings.extend(unknown);
        match article {
            Ok(Some(article)) => articles.push(article),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
        correction_errors.extend(unknown_actors);
    }
    for file in &raw.actors {
        warnings.extend(unknown_keys(file, ACTOR_KEYS));
    }
    errors.extend(actor_errors);
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
    let (duplicates, near_duplicates) = duplicate_articles(&articles);
    errors.extend(duplicates);
    warnings.extend(near_duplicates);
    errors.extend(actor_ids_differing_by_case(&actors));
    warnings.extend(people_under_two_actors(&actors));
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
            errors.push(unknown_actor(
                Error::at(
                    &actor.source,
                    text.map(|f| f.text.as_str()),
                    line,
                    format!(
                        "parent: unknown actor `{parent}` (known: {})",
                        ids.join(", ")
                    ),
                ),
                parent,
                &ids,
            ));
        }
    }
    errors.extend(correction_errors);
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
        static_files: raw.static_files.clone(),
        theme_overrides: Vec::new(),
    };
    Ok((site, warnings))
}

/// The editor's corrections of `article` (its file's text `text`) that
/// name an actor not among `ids`.
fn unknown_correction_actors(article: &Article, text: &str, ids: &[&str]) -> Vec<Error> {
    let mut errors = Vec::new();
    for correction in &article.corrections {
        if let Some(Some(actor)) = &correction.actor
            && !ids.contains(&actor.as_str())
        {
            errors.push(unknown_actor(
                Error::at(
                    &article.source,
                    Some(text),
                    Some(correction.line),
                    format!(
                        "quotes: unknown actor `{actor}` (known: {})",
                        ids.join(", ")
                    ),
                ),
                actor,
                ids,
            ));
        }
    }
    errors
}

/// Adds "did you mean" to an unknown actor id error when an id is close.
fn unknown_actor(error: Error, id: &str, ids: &[&str]) -> Error {
    match did_you_mean(id, ids) {
        Some(near) => error.with_help(format!("did you mean `{near}`?")),
        None => error,
    }
}

/// Two articles with one outlet, title and date: the same report filed
/// twice when the text is the same too (an error: every statement in it
/// would count twice), else perhaps two updates of a live page (a warning).
fn duplicate_articles(articles: &[Article]) -> (Vec<Error>, Vec<Warning>) {
    let mut seen: BTreeMap<(&str, &str, Date), &Article> = BTreeMap::new();
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    for article in articles {
        let key = (article.outlet.trim(), article.title.trim(), article.date);
        let Some(first) = seen.get(&key) else {
            seen.insert(key, article);
            continue;
        };
        if first.body.trim() == article.body.trim() {
            errors.push(
                Error::at(
                    &article.source,
                    None,
                    None,
                    format!(
                        "duplicates {}: same outlet, title, date and text, so every quote in it would be counted twice",
                        first.source
                    ),
                )
                .with_help("delete one of the two files, or set `draft: true` in one"),
            );
        } else {
            warnings.push(Warning {
                file: article.source.clone(),
                line: None,
                message: format!(
                    "same outlet, title and date as {} (another text): if it is the same report, delete one",
                    first.source
                ),
            });
        }
    }
    (errors, warnings)
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

/// `YYYY-MM-DD` or an RFC 3339 timestamp (its local date is kept), in
/// the years 1 to 9999 that the YYYY-MM-DD contract can write.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if text.len() < 10 || !text.is_char_boundary(10) {
        return None;
    }
    let date: Date = text[..10].parse().ok()?;
    if date.year() < 1 {
        return None;
    }
    if text.len() == 10 {
        return Some(date);
    }
    text.parse::<jiff::Timestamp>().ok().map(|_| date)
}

/// Why [`parse_date`] refused `text`, in the editor's terms.
pub fn date_problem(text: &str) -> String {
    let text = text.trim();
    let parts: Vec<&str> = text.get(..10).unwrap_or(text).split('-').collect();
    let numbers: Option<Vec<i64>> = parts.iter().map(|p| p.parse().ok()).collect();
    let shaped =
        parts.len() == 3 && parts[0].len() == 4 && parts[1].len() == 2 && parts[2].len() == 2;
    match numbers {
        Some(n) if shaped => {
            let (year, month, day) = (n[0], n[1], n[2]);
            if year < 1 {
                return format!(
                    "year {} is before year 1 (dates run from 0001-01-01 to 9999-12-31)",
                    parts[0]
                );
            }
            if !(1..=12).contains(&month) {
                return format!("month {month} does not exist (in {text:?})");
            }
            let days =
                Date::new(year as i16, month as i8, 1).map_or(31, |d| i64::from(d.days_in_month()));
            if !(1..=days).contains(&day) {
                return format!(
                    "day {day} does not exist: {}-{} has {days} days",
                    parts[0], parts[1]
                );
            }
            format!("the time after the date is not RFC 3339, found {text:?}")
        }
        _ if text
            .split('-')
            .next()
            .is_some_and(|y| y.len() > 4 && y.chars().all(|c| c.is_ascii_digit())) =>
        {
            format!("the year of {text:?} is after 9999 (dates run from 0001-01-01 to 9999-12-31)")
        }
        _ => format!("expected YYYY-MM-DD or RFC 3339, found {text:?}"),
    }
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

    #[test]
    fn plain_known_keys_skip_the_second_parse_and_anything_else_does_not() {
        let known = &["title", "date", "quotes"];
        assert!(only_known_plain_keys(
            "title: A\ndate: 2016-12-01\nquotes:\n  - x: y\n",
            known
        ));
        assert!(!only_known_plain_keys("title: A\nquote:\n  - x\n", known));
        assert!(!only_known_plain_keys("\"title\": A\n", known));
        assert!(!only_known_plain_keys("title: \"A\nB: c\"\n", known));
        assert!(!only_known_plain_keys("title: [a,\nb]\n", known));
    }
    use super::*;

    fn file(path: &str, text: &str) -> SourceFile {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    /// A site of one actor, `west`, and the article files given.
    fn raw_site(articles: Vec<SourceFile>) -> RawSite {
        RawSite {
            root: std::path::PathBuf::from("."),
            config: file("site.toml", "title = \"Test\"\n"),
            articles,
            actors: vec![file(
                "content/actors/west.md",
                "---\nname: West\nkind: state\n---\n",
            )],
            static_files: Vec::new(),
            themes: Vec::new(),
        }
    }

    fn talks(actor: &str) -> SourceFile {
        let text = format!(
            "---\ntitle: Talks\ndate: 2020-03-04\noutlet: Wire\nquotes:\n  - match: a short pause\n    actor: {actor}\n---\n“A short pause,” said Ada Lind.\n"
        );
        file("content/articles/talks.md", &text)
    }

    #[test]
    fn a_correction_naming_an_unknown_actor_shows_its_line_when_the_file_text_is_freed() {
        let raw = raw_site(vec![talks("wset")]);
        let kept = parse_site_with(&raw, &parse_article_file).unwrap_err();
        let freed = parse_site(raw).unwrap_err();
        let shown = crate::error::render_error(&freed, false);
        assert_eq!(shown, crate::error::render_error(&kept, false));
        assert!(shown.contains("unknown actor `wset`"), "{shown}");
        assert!(shown.contains("talks.md:6"), "{shown}");
        assert!(shown.contains("- match: a short pause"), "{shown}");
    }

    #[test]
    fn a_correction_naming_a_known_actor_parses() {
        let (site, _) = parse_site(raw_site(vec![talks("west")])).unwrap();
        assert_eq!(site.articles.len(), 1);
        assert_eq!(site.articles[0].corrections.len(), 1);
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
    fn impossible_dates_are_named() {
        let cases = [
            ("2016-13-45", "month 13 does not exist"),
            ("2016-02-30", "day 30 does not exist: 2016-02 has 29 days"),
            ("2016-12-11T25:00:00Z", "not RFC 3339"),
            ("0000-01-01", "year 0000 is before year 1"),
            ("10000-01-01", "after 9999"),
            ("yesterday", "expected YYYY-MM-DD"),
        ];
        for (text, message) in cases {
            assert!(parse_date(text).is_none(), "{text}");
            assert!(
                date_problem(text).contains(message),
                "{text}: {}",
                date_problem(text)
            );
        }
        assert!(parse_date("0001-01-01").is_some());
        assert!(parse_date("9999-12-31").is_some());
    }

    #[test]
    fn date_error_points_at_the_value() {
        let e = parse_article(&file(
            "a.md",
            "---\ntitle: T\noutlet: O\ndate: 2016-13-45\n---\n",
        ))
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("a.md:4:7: date: month 13 does not exist"),
            "{e}"
        );
    }

    #[test]
    fn misspelt_keys_warn_and_point_at_the_key() {
        let text =
            "---\ntitle: T\ndate: 2016-12-11\noutlet: O\nquote:\n  - match: x\nautors: [A]\n---\n";
        let warnings = unknown_keys(&file("a.md", text), ARTICLE_KEYS);
        let shown: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "a.md:5: unknown key `quote` is ignored (did you mean `quotes`?)",
                "a.md:7: unknown key `autors` is ignored (did you mean `authors`?)"
            ]
        );
        let e = parse_article(&file(
            "a.md",
            "---\ndate: 2016-12-11\ntitel: T\noutlet: O\n---\n",
        ))
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("a.md:3:1: front matter: missing field `title`"),
            "{e}"
        );
        let Error::Input(input) = e else { panic!() };
        assert_eq!(
            input.help.as_deref(),
            Some("`titel` is not a known key: did you mean `title`?")
        );
    }

    #[test]
    fn an_actors_offices_key_is_known() {
        let text = "---\nname: Atlantis\noffices: [President]\nofices: [Mayor]\n---\n";
        let shown: Vec<String> = unknown_keys(&file("atlantis.md", text), ACTOR_KEYS)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            shown,
            ["atlantis.md:4: unknown key `ofices` is ignored (did you mean `offices`?)"]
        );
    }

    #[test]
    fn the_same_report_twice_is_an_error_another_text_a_warning() {
        let article = |path: &str, body: &str| {
            let text = format!("---\ntitle: T\ndate: 2016-12-11\noutlet: O\n---\n{body}");
            parse_article(&file(path, &text)).unwrap().unwrap()
        };
        let (errors, warnings) =
            duplicate_articles(&[article("a.md", "Same."), article("b.md", "Same.\n")]);
        assert_eq!((errors.len(), warnings.len()), (1, 0));
        assert!(
            errors[0].to_string().starts_with("b.md: duplicates a.md"),
            "{}",
            errors[0]
        );
        let (errors, warnings) =
            duplicate_articles(&[article("a.md", "Morning."), article("b.md", "Evening.")]);
        assert_eq!((errors.len(), warnings.len()), (0, 1));
    }

    #[test]
    fn quotes_entry_line_comes_from_the_parser() {
        let a = parse_article(&file(
            "a.md",
            "---\ntitle: We will talk\ndate: 2016-12-11\noutlet: O\nquotes:\n  - match: talk\n    speaker: X\n---\nHe said \"we will talk\".\n",
        ))
        .unwrap()
        .unwrap();
        assert_eq!(a.corrections[0].line, 6);
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
