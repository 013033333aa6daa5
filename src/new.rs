//! `onrecord new article|actor`: a new content file with its front matter
//! filled in, so an editor never starts from a blank page. It never
//! overwrites a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::error::{Error, Result};

/// What a new article's front matter holds.
#[derive(Debug, Clone, Default)]
pub struct NewArticle {
    pub title: String,
    pub outlet: Option<String>,
    /// Default: today (UTC).
    pub date: Option<Date>,
    pub url: Option<String>,
}

/// Writes `content/articles/<date>-<slug>.md` under `root`; returns its path.
pub fn article(root: &Path, new: &NewArticle) -> Result<PathBuf> {
    if let Some(url) = &new.url {
        crate::parse::check_url(url).map_err(Error::Usage)?;
    }
    let date = new.date.unwrap_or_else(today);
    let name = format!("{date}-{}.md", slug_of(&new.title)?);
    let mut text = format!(
        "---\ntitle: {}\ndate: {date}\noutlet: {}\n",
        yaml_string(&new.title),
        yaml_string(new.outlet.as_deref().unwrap_or("Outlet name"))
    );
    if let Some(url) = &new.url {
        text.push_str(&format!("url: {}\n", yaml_string(url)));
    }
    text.push_str(
        "authors: []\nagencies: []\n---\n\nThe article text, with quotes in quote marks.\n",
    );
    create(&root.join("content/articles").join(name), &text)
}

/// Writes `content/actors/<slug>.md` under `root`; returns its path.
pub fn actor(root: &Path, name: &str) -> Result<PathBuf> {
    let file = format!("{}.md", slug_of(name)?);
    let text = format!(
        "---\nname: {}\nkind: government\naliases: []\npeople:\n  - name: \"Speaker Name\"\n    role: \"Spokesperson\"\n---\n\nWho {name} is, for the dossier page.\n",
        yaml_string(name)
    );
    create(&root.join("content/actors").join(file), &text)
}

/// Today's date in UTC.
pub fn today() -> Date {
    jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::now())
        .date()
}

fn slug_of(name: &str) -> Result<String> {
    let slug = slug::slugify(name);
    crate::parse::check_slug(&slug)
        .map_err(|m| Error::Usage(format!("cannot name a file after {name:?}: {m}")))?;
    Ok(slug)
}

/// A YAML double-quoted string: safe whatever `: `, `#` or quotes it holds.
pub fn yaml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// Writes a new file, making its folders; refuses to overwrite.
pub fn create(path: &Path, text: &str) -> Result<PathBuf> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Error::Usage(format!(
                "{} exists already: not overwriting it",
                path.display()
            )),
            _ => Error::io(path, e),
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::io(path, e))?;
    Ok(path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::SourceFile;

    #[test]
    fn new_files_parse_and_are_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let new = NewArticle {
            title: "Russia: \"no deal\" #1".into(),
            outlet: Some("Reuters".into()),
            date: Some("2016-12-11".parse().unwrap()),
            url: Some("https://example.org/a".into()),
        };
        let path = article(dir.path(), &new).unwrap();
        assert!(path.ends_with("content/articles/2016-12-11-russia-no-deal-1.md"));
        let text = std::fs::read_to_string(&path).unwrap();
        let parsed = crate::parse::parse_article(&SourceFile {
            path: "a.md".into(),
            text,
        })
        .unwrap()
        .unwrap();
        assert_eq!(parsed.title, "Russia: \"no deal\" #1");
        assert_eq!(parsed.outlet, "Reuters");
        assert!(
            matches!(article(dir.path(), &new), Err(Error::Usage(m)) if m.contains("exists already"))
        );

        let path = actor(dir.path(), "Free Syrian Army").unwrap();
        assert!(path.ends_with("content/actors/free-syrian-army.md"));
        let text = std::fs::read_to_string(&path).unwrap();
        let parsed = crate::parse::parse_actor(&SourceFile {
            path: "content/actors/free-syrian-army.md".into(),
            text,
        })
        .unwrap();
        assert_eq!(parsed.name, "Free Syrian Army");
    }

    #[test]
    fn script_urls_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let new = NewArticle {
            title: "T".into(),
            url: Some("javascript:alert(1)".into()),
            ..NewArticle::default()
        };
        assert!(article(dir.path(), &new).is_err());
    }
}
