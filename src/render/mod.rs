//! Stage 7: render. Dossier graph -> the files of the site, handed to an
//! [`Output`] one by one as they are made (`build` writes them as it goes).
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
pub mod quote_list;
pub mod search;
pub mod tera_engine;

use std::collections::HashSet;
use std::io;
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

/// Writes the bytes of one file in parts, into the writer it is given.
pub type WriteParts<'w> = &'w mut dyn FnMut(&mut dyn io::Write) -> io::Result<()>;

/// Where a whole render goes: each file whole, or (the data files, the
/// largest of a site) written in parts, so that no such file need be held
/// whole in memory. Any [`Sink`] closure is one, collecting the parts.
pub trait Output: Sync {
    /// Takes one whole file.
    fn file(&self, file: OutputFile) -> Result<()>;

    /// Takes the file at `path` that `write` writes in parts; the bytes
    /// are the same as if it had been made whole.
    fn streamed(&self, path: &str, write: WriteParts<'_>) -> Result<()> {
        let mut bytes = Vec::new();
        write(&mut bytes).map_err(|e| crate::error::Error::io(path, e))?;
        self.file(OutputFile {
            path: path.to_string(),
            bytes,
        })
    }
}

impl<F: Fn(OutputFile) -> Result<()> + Sync> Output for F {
    fn file(&self, file: OutputFile) -> Result<()> {
        self(file)
    }
}

/// The files a render generates (not the site's own static files) on their
/// way to the output: one of a static file's path is left out, the rest
/// counted.
struct Generated<'a> {
    output: &'a dyn Output,
    static_paths: HashSet<&'a str>,
    count: AtomicUsize,
}

impl Output for Generated<'_> {
    fn file(&self, file: OutputFile) -> Result<()> {
        if self.static_paths.contains(file.path.as_str()) {
            return Ok(());
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        self.output.file(file)
    }

    fn streamed(&self, path: &str, write: WriteParts<'_>) -> Result<()> {
        if self.static_paths.contains(path) {
            return Ok(());
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        self.output.streamed(path, write)
    }
}

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
    let summary = render_into(dossier, theme, &|file: OutputFile| {
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
/// `output` as soon as it is made (the data files in parts), so no more
/// than the pages in progress are held in memory. Each path goes to the
/// output once, in no set order.
pub fn render_into(dossier: &Dossier<'_>, theme: &Theme, output: &dyn Output) -> Result<Summary> {
    let templates = html::Templates::new(theme)?;
    let speaker_hrefs = paging::speaker_hrefs(dossier);
    let layout = pages::Layout::new(dossier, &speaker_hrefs);
    // The site's own static files win over generated ones of the same path.
    let generated = Generated {
        output,
        static_paths: dossier
            .site
            .static_files
            .iter()
            .map(|(path, _)| path.as_str())
            .collect(),
        count: AtomicUsize::new(0),
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
                &|file| generated.file(file),
            )
        },
    );
    data?;
    pages?;
    let search_index_bytes = search.bytes.len();
    generated.file(search)?;
    generated.file(colour::render(dossier))?;
    // GitHub Pages: serve the files as they are, without Jekyll.
    generated.file(OutputFile {
        path: ".nojekyll".into(),
        bytes: Vec::new(),
    })?;
    for (path, file) in theme.assets() {
        generated.file(OutputFile {
            path: format!("assets/{path}"),
            bytes: file.text.as_bytes().to_vec(),
        })?;
    }
    let mut static_written = HashSet::new();
    for (path, bytes) in dossier.site.static_files.iter().rev() {
        // The last of two static files with one path wins.
        if static_written.insert(path.as_str()) {
            generated.count.fetch_add(1, Ordering::Relaxed);
            output.file(OutputFile {
                path: path.clone(),
                bytes: bytes.clone(),
            })?;
        }
    }
    Ok(Summary {
        files: generated.count.into_inner(),
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
