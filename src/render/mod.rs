//! Stage 7: render. Dossier graph -> the files of the site, in memory.
//!
//! Renderers only produce bytes; writing them is the output stage's job,
//! so a failed render never touches the previous site.
//!
//! Links between pages are relative and name their file
//! (`../../actors/russia/index.html`), so one output works from `file://`,
//! at a domain root and under a GitHub Pages project path; `base_url` is
//! only used where an absolute URL is required (canonical link, Open
//! Graph, `atom.xml`, `sitemap.xml`, `robots.txt`).

pub mod charts;
pub mod colour;
pub mod compare;
pub mod context;
pub mod crosslinks;
pub mod data;
#[cfg(feature = "highlight")]
pub mod highlight;
pub mod html;
pub mod pages;
pub mod paging;
pub mod search;
pub mod tera_engine;

use crate::error::Result;
use crate::graph::Dossier;
use crate::theme::Theme;

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output folder, `/`-separated.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Everything a render produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Sorted by path, no duplicates.
    pub files: Vec<OutputFile>,
    /// Size of `search-index.js` in bytes.
    pub search_index_bytes: usize,
    /// True when `sitemap.xml` and `atom.xml` were written: they need
    /// absolute addresses, so only with an absolute `base_url`.
    pub feeds: bool,
}

/// Renders every output of the site with `theme`, sorted by path.
pub fn render(dossier: &Dossier<'_>, theme: &Theme) -> Result<Rendered> {
    let templates = html::Templates::new(theme)?;
    let speaker_hrefs = paging::speaker_hrefs(dossier);
    let layout = pages::Layout::new(dossier, &speaker_hrefs);
    // The search index and the data files do not need the templates: made
    // beside the pages, each on its own core.
    let ((search, data), pages) = rayon::join(
        || {
            rayon::join(
                || search::render(dossier, &speaker_hrefs, &layout.page_numbers),
                || data::render(dossier),
            )
        },
        || pages::render(dossier, &templates, &speaker_hrefs, &layout, &|_| true),
    );
    let search_index_bytes = search.bytes.len();
    let mut files = data?;
    files.extend(pages?);
    files.push(search);
    files.push(colour::render(dossier));
    // GitHub Pages: serve the files as they are, without Jekyll.
    files.push(OutputFile {
        path: ".nojekyll".into(),
        bytes: Vec::new(),
    });
    for (path, file) in theme.assets() {
        files.push(OutputFile {
            path: format!("assets/{path}"),
            bytes: file.text.as_bytes().to_vec(),
        });
    }
    // The site's own static files come last, so they win over generated ones.
    for (path, bytes) in &dossier.site.static_files {
        files.push(OutputFile {
            path: path.clone(),
            bytes: bytes.clone(),
        });
    }
    files.reverse();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|later, earlier| later.path == earlier.path);
    let feeds = context::absolute_base(&dossier.site.config).is_some();
    Ok(Rendered {
        files,
        search_index_bytes,
        feeds,
    })
}

/// Renders only the pages whose list starts at a path `keep` accepts (see
/// [`pages::render`]), leaving out the data files, the search index and
/// the assets: `serve` writes the pages an edit touches this way before the
/// rest of the site.
pub fn render_pages_where(
    dossier: &Dossier<'_>,
    theme: &Theme,
    keep: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Vec<OutputFile>> {
    let templates = html::Templates::new(theme)?;
    let speaker_hrefs = paging::speaker_hrefs(dossier);
    let layout = pages::Layout::new(dossier, &speaker_hrefs);
    pages::render(dossier, &templates, &speaker_hrefs, &layout, keep)
}
