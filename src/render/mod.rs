//! Stage 7: render. Dossier graph -> the files of the site, in memory.
//!
//! Renderers only produce bytes; writing them is the output stage's job,
//! so a failed render never touches the previous site.

pub mod data;
pub mod html;

use crate::error::Result;
use crate::graph::Dossier;

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output folder, `/`-separated.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Renders every output of the site, sorted by path.
pub fn render(dossier: &Dossier<'_>) -> Result<Vec<OutputFile>> {
    let mut files = data::render(dossier)?;
    files.extend(html::render(dossier)?);
    for (path, bytes) in &dossier.site.static_files {
        files.push(OutputFile {
            path: path.clone(),
            bytes: bytes.clone(),
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|later, earlier| later.path == earlier.path);
    Ok(files)
}
