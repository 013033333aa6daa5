//! `onrecord import`: web pages saved from a browser become articles.
//!
//! The page's metadata (JSON-LD `NewsArticle`, Open Graph,
//! `article:published_time`, `<link rel=canonical>`, the byline) gives the
//! front matter; a readability-style extraction ([`dom_smoothie`], a port
//! of Mozilla's Readability) finds the article body and writes it as
//! Markdown. Navigation, promos, captions and "read more" lines are dropped
//! first. Every guess and every gap goes into the report.

use std::path::{Path, PathBuf};

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

use crate::error::{Error, Result};
use crate::new::yaml_string;

/// What happened to one saved page.
#[derive(Debug, Clone)]
pub struct ImportedPage {
    pub source: PathBuf,
    pub written: PathBuf,
    /// What was guessed and what could not be found, for the editor to check.
    pub notes: Vec<String>,
}

/// What an import did: the pages written and the pages that failed.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub pages: Vec<ImportedPage>,
    pub errors: Vec<Error>,
}

/// Agencies named in datelines (`BEIRUT (Reuters) -`) and credits.
const AGENCIES: &[&str] = &[
    "Reuters",
    "AFP",
    "AP",
    "Associated Press",
    "Agence France-Presse",
    "dpa",
    "Anadolu",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "SANA",
    "Xinhua",
    "EFE",
    "ANSA",
    "Bloomberg",
];

/// Elements that are never part of the story: removed before extraction.
const CLUTTER: &str = "nav, header nav, footer, aside, figure, figcaption, form, noscript, iframe, \
    [role=navigation], [role=complementary], [aria-hidden=true], \
    [class*=promo], [class*=related], [class*=newsletter], [class*=share], [class*=advert], \
    [class*=read-more], [class*=readmore], [class*=caption], [id*=promo], [id*=related]";

/// Imports each `.html` file of `paths` (folders are searched, sorted)
/// into `root/content/articles/`. Existing files are never overwritten.
pub fn import(root: &Path, paths: &[PathBuf]) -> Result<ImportReport> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let walk = walkdir::WalkDir::new(path).sort_by_file_name();
            for entry in walk {
                let entry = entry.map_err(|e| Error::io(path, e.into()))?;
                let is_html = entry.path().extension().is_some_and(|e| {
                    e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")
                });
                if entry.file_type().is_file() && is_html {
                    files.push(entry.into_path());
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut report = ImportReport::default();
    for file in files {
        match import_page(root, &file) {
            Ok(page) => report.pages.push(page),
            Err(error) => report.errors.push(error),
        }
    }
    Ok(report)
}

fn import_page(root: &Path, file: &Path) -> Result<ImportedPage> {
    let bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
    let html = String::from_utf8_lossy(&bytes);
    let draft = extract(&html);
    let shown = file.display().to_string();
    let draft = draft.map_err(|m| Error::at(&shown, None, None, m))?;
    let name = format!("{}-{}.md", draft.date, slug_for(&draft.title));
    let path = root.join("content/articles").join(name);
    crate::new::create(&path, &draft.markdown())?;
    Ok(ImportedPage {
        source: file.to_path_buf(),
        written: path,
        notes: draft.notes,
    })
}

fn slug_for(title: &str) -> String {
    let slug: String = slug::slugify(title).chars().take(60).collect();
    let slug = slug.trim_end_matches('-').to_string();
    if crate::parse::check_slug(&slug).is_ok() {
        slug
    } else {
        "article".to_string()
    }
}

/// An article taken from a page, before it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub title: String,
    pub date: jiff::civil::Date,
    pub outlet: String,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub agencies: Vec<String>,
    pub body: String,
    pub notes: Vec<String>,
}

impl Draft {
    /// The article file: front matter, then the body.
    pub fn markdown(&self) -> String {
        let list = |items: &[String]| {
            let quoted: Vec<String> = items.iter().map(|s| yaml_string(s)).collect();
            format!("[{}]", quoted.join(", "))
        };
        let mut text = format!(
            "---\ntitle: {}\ndate: {}\noutlet: {}\n",
            yaml_string(&self.title),
            self.date,
            yaml_string(&self.outlet)
        );
        if let Some(url) = &self.url {
            text.push_str(&format!("url: {}\n", yaml_string(url)));
        }
        text.push_str(&format!(
            "authors: {}\nagencies: {}\n---\n\n{}\n",
            list(&self.authors),
            list(&self.agencies),
            self.body.trim()
        ));
        text
    }
}

/// Finds the article in a saved page. Fails only when there is no text.
pub fn extract(html: &str) -> std::result::Result<Draft, String> {
    let document = Document::from(html);
    let mut notes = Vec::new();
    let canonical = attr(&document, "link[rel=canonical]", "href")
        .or_else(|| attr(&document, "meta[property='og:url']", "content"))
        .filter(|u| crate::parse::check_url(u).is_ok());
    let dateline_text = document.select("body p").text().to_string();
    document.select(CLUTTER).remove();

    let config = Config {
        text_mode: TextMode::Markdown,
        char_threshold: 200,
        ..Config::default()
    };
    let mut readability = Readability::with_document(document, canonical.as_deref(), Some(config))
        .map_err(|e| format!("cannot read this page: {e}"))?;
    let article = readability
        .parse()
        .map_err(|e| format!("no article text found in this page: {e}"))?;

    let title = article.title.trim().to_string();
    let title = if title.is_empty() {
        notes.push("title: not found; set `title:`".to_string());
        "Untitled".to_string()
    } else {
        title
    };
    let date = match article
        .published_time
        .as_deref()
        .and_then(crate::parse::parse_date)
    {
        Some(date) => date,
        None => {
            let today = crate::new::today();
            notes.push(format!(
                "date: no publication date in the page; used today ({today}): correct `date:`"
            ));
            today
        }
    };
    let host = canonical.as_deref().and_then(host_of);
    let outlet = match article
        .site_name
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(name) => name.to_string(),
        None => match &host {
            Some(host) => {
                notes.push(format!(
                    "outlet: guessed {host:?} from the address; correct `outlet:`"
                ));
                host.clone()
            }
            None => {
                notes.push("outlet: not found; set `outlet:`".to_string());
                "Unknown outlet".to_string()
            }
        },
    };
    if canonical.is_none() {
        notes.push("url: no canonical address in the page; add `url:`".to_string());
    }
    let authors = article
        .byline
        .as_deref()
        .map(authors_of)
        .unwrap_or_default();
    if authors.is_empty() {
        notes.push("authors: no byline found".to_string());
    }
    let agencies = agencies_in(&dateline_text, &authors);
    if !agencies.is_empty() {
        notes.push(format!(
            "agencies: guessed {} from the text; check `agencies:`",
            agencies.join(", ")
        ));
    }
    let body = clean_body(&article.text_content);
    if body.is_empty() {
        return Err("no article text found in this page".to_string());
    }
    Ok(Draft {
        title,
        date,
        outlet,
        url: canonical,
        authors,
        agencies,
        body,
        notes,
    })
}

fn attr(document: &Document, selector: &str, name: &str) -> Option<String> {
    let value = document.select(selector).attr(name)?;
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// `https://www.example.org/a` -> `example.org`.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

/// `By Jane Doe and John Roe, Reuters` -> the people's names.
fn authors_of(byline: &str) -> Vec<String> {
    let byline = byline.trim();
    let byline = byline
        .strip_prefix("By ")
        .or_else(|| byline.strip_prefix("by "))
        .unwrap_or(byline);
    byline
        .split([',', ';', '|'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty() && !AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(name)))
        .map(String::from)
        .collect()
}

/// Agencies named in a dateline (`(Reuters)`, `(AFP) -`) or a credit
/// line of the text, and in the byline.
fn agencies_in(text: &str, byline: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for agency in AGENCIES {
        let marks = [
            format!("({agency})"),
            format!("({agency}) "),
            format!("— {agency}"),
            format!("Source: {agency}"),
            format!("Additional reporting by {agency}"),
        ];
        let in_text = marks.iter().any(|m| text.contains(m.as_str()));
        let in_byline = byline.iter().any(|b| b.eq_ignore_ascii_case(agency));
        if (in_text || in_byline) && !found.contains(&agency.to_string()) {
            found.push(agency.to_string());
        }
    }
    found
}

/// Drops the lines a reader does not need: "read more" and promo lines,
/// images, and runs of blank lines.
fn clean_body(markdown: &str) -> String {
    const NOISE: &[&str] = &[
        "read more",
        "read also",
        "related:",
        "advertisement",
        "sign up",
        "subscribe",
        "follow us",
        "share this",
        "recommended",
    ];
    let mut out = String::new();
    let mut blank = true;
    for line in markdown.lines() {
        let trimmed = line.trim();
        let lower = trimmed.to_lowercase();
        let lower = lower.trim_start_matches(['*', '_', '#', '>', ' ', '[']);
        let words = trimmed.split_whitespace().count();
        // A byline or a bare date left above the story repeats the front matter.
        let byline = out.is_empty() && lower.starts_with("by ") && words <= 12;
        let bare_date = words <= 4
            && !trimmed.ends_with(['.', '"', '”'])
            && trimmed.split_whitespace().any(is_year);
        let noise = NOISE.iter().any(|n| lower.starts_with(n)) || trimmed.starts_with("![");
        if noise || byline || bare_date {
            continue;
        }
        if noise {
            continue;
        }
        if trimmed.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
            continue;
        }
        out.push_str(line.trim_end());
        out.push('\n');
        blank = false;
    }
    out.trim().to_string()
}

fn is_year(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_ascii_digit());
    word.len() == 4 && (word.starts_with("19") || word.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_become_author_lists() {
        assert_eq!(
            authors_of("By Jane Doe and John Roe, Reuters"),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(authors_of("Anne Barnard"), ["Anne Barnard"]);
    }

    #[test]
    fn agencies_come_from_datelines() {
        let text = "BEIRUT (Reuters) - Talks resumed. Source: AFP";
        assert_eq!(agencies_in(text, &[]), ["Reuters", "AFP"]);
        assert!(agencies_in("APPLES (and pears)", &[]).is_empty());
    }

    #[test]
    fn read_more_and_images_are_dropped() {
        let body = "By Jane Doe\n\n14 Dec 2016\n\nFirst.\n\n\n**Read more:** elsewhere\n\n![x](y.jpg)\n\n> \"Quoted.\"\n\nBy 2020, it said.\n";
        assert_eq!(
            clean_body(body),
            "First.\n\n> \"Quoted.\"\n\nBy 2020, it said."
        );
    }

    #[test]
    fn hosts_lose_www() {
        assert_eq!(
            host_of("https://www.example.org/a/b").as_deref(),
            Some("example.org")
        );
        assert_eq!(host_of("nope"), None);
    }
}
