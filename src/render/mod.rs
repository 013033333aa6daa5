//! Stage 7: render. Dossier graph -> the files of the site, handed to a
//! [`Sink`] one by one as they are made (`build` writes them as it goes).
//!
//! Renderers only produce bytes; writing them (into a staging folder) is
//! the output stage's job, so a failed render never touches the previous site.
//!
//! Links between pages are relative and name their file
//! (`../../actors/russia/index.html`), so one output works from `file://`,
//! at a domain root and under a GitHub Pages project path; `base_url` is
//! only used where an absolute URL is required (canonical link, Open
//! Graph, `atom.xml`, `sitemap.xml`, `robots.txt`).

pub mod cards;
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

use std::collections::HashSet;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// Where rendered files go as they are made, from any thread: `build`
/// writes each into its staging folder, [`render`] collects them.
pub type Sink<'s> = &'s (dyn Fn(OutputFile) -> Result<()> + Sync);

/// What a render tells besides its files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// How many files went to the sink (each path once).
    pub files: usize,
    /// Size of `search-index.js` in bytes.
    pub search_index_bytes: usize,
    /// True when `sitemap.xml` and `atom.xml` were written: they need
    /// absolute addresses, so only with an absolute `base_url`.
    pub feeds: bool,
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

/// Renders every output of the site with `theme`, in memory, sorted by
/// path (`serve` compares them with what it wrote last).
pub fn render(dossier: &Dossier<'_>, theme: &Theme) -> Result<Rendered> {
    let files = Mutex::new(Vec::new());
    let summary = render_into(dossier, theme, &|file| {
        files.lock().expect("no panic holds the lock").push(file);
        Ok(())
    })?;
    let mut files = files.into_inner().expect("no panic holds the lock");
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Rendered {
        files,
        search_index_bytes: summary.search_index_bytes,
        feeds: summary.feeds,
    })
}

/// Renders every output of the site with `theme`, handing each file to
/// `sink` as soon as it is made, so no more than the pages in progress are
/// held in memory. Each path goes to the sink once, in no set order.
pub fn render_into(dossier: &Dossier<'_>, theme: &Theme, sink: Sink<'_>) -> Result<Summary> {
    let templates = html::Templates::new(theme)?;
    let speaker_hrefs = paging::speaker_hrefs(dossier);
    let layout = pages::Layout::new(dossier, &speaker_hrefs);
    // The site's own static files win over generated ones of the same path.
    let static_paths: HashSet<&str> = dossier
        .site
        .static_files
        .iter()
        .map(|(path, _)| path.as_str())
        .collect();
    let count = AtomicUsize::new(0);
    let generated = |file: OutputFile| {
        if static_paths.contains(file.path.as_str()) {
            return Ok(());
        }
        count.fetch_add(1, Ordering::Relaxed);
        sink(file)
    };
    // The search index and the data files do not need the templates: made
    // beside the pages, each on its own core.
    let ((search, data), pages) = rayon::join(
        || {
            rayon::join(
                || search::render(dossier, &speaker_hrefs, &layout.page_numbers),
                || data::render(dossier, &generated),
            )
        },
        || {
            pages::render(
                dossier,
                &templates,
                &speaker_hrefs,
                &layout,
                &|_| true,
                &generated,
            )
        },
    );
    data?;
    pages?;
    let search_index_bytes = search.bytes.len();
    generated(search)?;
    generated(colour::render(dossier))?;
    // GitHub Pages: serve the files as they are, without Jekyll.
    generated(OutputFile {
        path: ".nojekyll".into(),
        bytes: Vec::new(),
    })?;
    for (path, file) in theme.assets() {
        generated(OutputFile {
            path: format!("assets/{path}"),
            bytes: file.text.as_bytes().to_vec(),
        })?;
    }
    let mut static_written = HashSet::new();
    for (path, bytes) in dossier.site.static_files.iter().rev() {
        // The last of two static files with one path wins.
        if static_written.insert(path.as_str()) {
            count.fetch_add(1, Ordering::Relaxed);
            sink(OutputFile {
                path: path.clone(),
                bytes: bytes.clone(),
            })?;
        }
    }
    Ok(Summary {
        files: count.into_inner(),
        search_index_bytes,
        feeds: context::absolute_base(&dossier.site.config).is_some(),
    })
}

/// Renders only the pages `keep` accepts (see [`pages::render`]), leaving
/// out the data files, the search index and the assets: `serve` writes the
/// pages an edit touches this way before the rest of the site, with the
/// `speaker_hrefs` and `layout` it has made of `dossier` already.
pub fn render_pages_where(
    dossier: &Dossier<'_>,
    theme: &Theme,
    speaker_hrefs: &[String],
    layout: &pages::Layout,
    keep: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Vec<OutputFile>> {
    let templates = html::Templates::new(theme)?;
    let files = Mutex::new(Vec::new());
    pages::render(dossier, &templates, speaker_hrefs, layout, keep, &|file| {
        files.lock().expect("no panic holds the lock").push(file);
        Ok(())
    })?;
    let mut files = files.into_inner().expect("no panic holds the lock");
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}
