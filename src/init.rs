//! `onrecord init`: starts a new site folder with a tiny working example
//! and a GitHub Pages workflow. It never overwrites: if any of its files
//! exists already, it writes nothing.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Where the workflow installs onrecord from when this build does not know
/// its repository (`repository` in Cargo.toml).
pub const PLACEHOLDER_GIT: &str = "https://github.com/OWNER/onrecord";

/// The files `init` writes: (path in the new site, contents).
pub fn starter_files() -> Vec<(&'static str, String)> {
    vec![
        (".github/workflows/pages.yml", pages_workflow(repository())),
        (".gitignore", include_str!("init/gitignore").to_string()),
        (
            "content/actors/example.md",
            include_str!("init/example-actor.md").to_string(),
        ),
        (
            "content/articles/example.md",
            include_str!("init/example-article.md").to_string(),
        ),
        ("site.toml", include_str!("init/site.toml").to_string()),
    ]
}

/// The GitHub Pages workflow of a new site, installing onrecord from `git`.
pub fn pages_workflow(git: &str) -> String {
    include_str!("init/pages.yml").replace("@ONRECORD_GIT@", git)
}

/// The git repository of onrecord, or [`PLACEHOLDER_GIT`].
pub fn repository() -> &'static str {
    match env!("CARGO_PKG_REPOSITORY") {
        "" => PLACEHOLDER_GIT,
        url => url,
    }
}

/// Writes the starter files into `dir` (created if missing) and returns
/// their paths. Refuses, writing nothing, if any of them exists.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>> {
    let files = starter_files();
    let existing: Vec<String> = files
        .iter()
        .map(|(path, _)| dir.join(path))
        .filter(|path| path.exists())
        .map(|path| path.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(Error::Usage(format!(
            "not starting a site in {}: these files exist and would be overwritten: {}",
            dir.display(),
            existing.join(", ")
        )));
    }
    let mut written = Vec::with_capacity(files.len());
    for (path, text) in files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        write_new(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// Creates `path`, failing if it appeared since the check above.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    file.write_all(bytes).map_err(|e| Error::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The workflow, read as YAML, has what GitHub Pages needs.
    #[test]
    fn workflow_is_valid_pages_yaml() {
        let text = pages_workflow("https://example.org/onrecord");
        let yaml: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(yaml["permissions"]["pages"], "write");
        assert_eq!(yaml["permissions"]["id-token"], "write");
        assert_eq!(yaml["concurrency"]["group"], "pages");
        assert_eq!(yaml["env"]["ONRECORD_GIT"], "https://example.org/onrecord");
        let uses: Vec<String> = ["build", "deploy"]
            .iter()
            .flat_map(|job| yaml["jobs"][job]["steps"].as_array().unwrap().clone())
            .filter_map(|step| step["uses"].as_str().map(str::to_string))
            .collect();
        for action in [
            "actions/checkout@",
            "actions/configure-pages@",
            "actions/upload-pages-artifact@",
            "actions/deploy-pages@",
        ] {
            assert!(uses.iter().any(|u| u.starts_with(action)), "{action}");
        }
        assert_eq!(
            yaml["jobs"]["deploy"]["environment"]["name"],
            "github-pages"
        );
    }

    #[test]
    fn refuses_to_overwrite_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.toml"), "title = \"Mine\"\n").unwrap();
        let err = init(dir.path()).unwrap_err();
        assert!(err.to_string().contains("site.toml"), "{err}");
        assert!(!dir.path().join("content").exists());
        let kept = std::fs::read_to_string(dir.path().join("site.toml")).unwrap();
        assert_eq!(kept, "title = \"Mine\"\n");
    }

    #[test]
    fn writes_every_starter_file() {
        let dir = tempfile::tempdir().unwrap();
        let written = init(&dir.path().join("new")).unwrap();
        assert_eq!(written.len(), starter_files().len());
        assert!(written.iter().all(|p| p.is_file()));
    }
}
