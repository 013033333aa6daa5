//! Incremental rebuilds for `onrecord serve`: after an edit, only what the
//! change touches is read, parsed and analysed again, and the pages it
//! touches are written before the rest of the site.
//!
//! A [`Session`] keeps the loaded site in memory between rebuilds: the text
//! of every content file, each article file as parsed, and each article's
//! quotes as found and attributed (valid while `site.toml` and the actor
//! files stay as they were; a change to either analyses every article
//! again). A rebuild re-reads the changed files, re-analyses the changed
//! articles, reruns the package-wide passes (one name per person, grouping,
//! the dossier graph: whole-package work, seconds at 10,000 articles, see
//! `docs/serve.md`), then works in two phases:
//!
//! 1. the pages the change touches ([`dirty_pages`]: the article's page, and
//!    the statements, speakers, actors and outlet of its quotes before and
//!    after the change, with the list pages that show them) are rendered and
//!    those that changed are written; the caller then signals the reload;
//! 2. the whole site is rendered, every file whose bytes changed is
//!    written and every file no longer made deleted, so that the output
//!    ends byte for byte as `build` writes it; open pages reload again
//!    when this wrote anything.
//!
//! Phase 1 only rewrites files that exist: new and removed files change the
//! output's manifest, so they wait for phase 2, which patches the folder
//! and its manifest in place.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{Error, Result, Warning};
use crate::graph::Dossier;
use crate::load::{self, RawSite, SourceFile};
use crate::model::{Article, Occurrence, Site};
use crate::output::relative;
use crate::render::paging::{self, PAGE_STATEMENTS, numbered_page};
use crate::render::{self, OutputFile, context, pages};
use crate::{BuildOptions, BuildReport, attribute, group, parse, theme};

/// Pages that list statements of every kind, rendered in phase 1 after
/// any article edit. The timeline, one page per day on a large package,
/// follows in phase 2.
const LIST_PAGES: [&str; 3] = ["index.html", "speakers/index.html", "sources/index.html"];

/// The unaffiliated voices (numbered pages on a large package): touched
/// only by statements that speak for no actor.
const VOICES_PAGE: &str = "voices/index.html";

/// The stage that renders and writes the pages an edit touches, in
/// [`BuildReport::timings`]: the reload is signalled after it.
pub const TOUCHED_PAGES: &str = "touched pages";

/// What one rebuild did, for serve's message and the benchmark.
#[derive(Debug, Clone)]
pub struct Rebuilt {
    pub report: BuildReport,
    /// Articles found, attributed and grouped again.
    pub analysed: usize,
    /// Why every article was analysed again, when it was.
    pub full: Option<&'static str>,
    /// Files written in phase 1, before the reload signal.
    pub first_files: usize,
    /// From the start of the rebuild to the end of phase 1 (the whole
    /// rebuild when there was no phase 1).
    pub first_time: Duration,
    /// Files written in phase 2.
    pub rest_files: usize,
    /// True when phase 2 added or removed files, which phase 1 never does.
    pub files_added_or_removed: bool,
}

/// The site in memory between rebuilds.
pub struct Session {
    options: BuildOptions,
    loaded: Option<Loaded>,
    /// The output folder's files as this session last wrote them, by
    /// [`fingerprint`]; `None` until the first write, and after a failed one.
    written: Option<HashMap<String, Fingerprint>>,
    /// Per article source, the pages listing its quotes at the last rebuild.
    footprints: HashMap<String, BTreeSet<String>>,
    /// True after a file could not be read: the next rebuild reads the
    /// whole site folder again.
    stale: bool,
}

/// The content files and what was made of them.
struct Loaded {
    raw: RawSite,
    /// Article files that parsed, by path: unknown-key warnings, and the
    /// article (`None`: a draft).
    parsed: HashMap<String, (Vec<Warning>, Option<Article>)>,
    /// Per article source, its quotes found and attributed.
    analysed: HashMap<String, (Vec<Occurrence>, Vec<Warning>)>,
    /// `site.toml` and the actor files `analysed` was made with.
    analysed_with: Option<(SourceFile, Vec<SourceFile>)>,
    /// The statements of each speaker, clustered at the last rebuild.
    statements: group::StatementCache,
}

/// The content files a change touched.
#[derive(Debug, Default, PartialEq, Eq)]
struct Touched {
    /// Article files whose text changed, appeared or went away.
    articles: BTreeSet<String>,
    /// True when anything else changed (or may have): `site.toml`, an
    /// actor, a theme or static file.
    other: bool,
}

impl Session {
    pub fn new(options: BuildOptions) -> Self {
        Session {
            options,
            loaded: None,
            written: None,
            footprints: HashMap::new(),
            stale: false,
        }
    }

    /// Builds the whole site and writes it as `build` does.
    pub fn build(&mut self, progress: &mut dyn FnMut(&'static str)) -> Result<BuildReport> {
        self.loaded = None;
        self.written = None;
        self.run(None, progress, &mut |_| {}).map(|r| r.report)
    }

    /// Rebuilds after a change to the files `changed` (`None`: unknown,
    /// read everything again). `reload` is called when open pages should
    /// reload: once phase 1 has written the pages the change touches, and
    /// after phase 2 when there was no phase 1 or when phase 2 wrote files.
    pub fn rebuild(
        &mut self,
        changed: Option<&[PathBuf]>,
        reload: &mut dyn FnMut(&Rebuilt),
    ) -> Result<Rebuilt> {
        self.run(changed, &mut |_| {}, reload)
    }

    fn run(
        &mut self,
        changed: Option<&[PathBuf]>,
        progress: &mut dyn FnMut(&'static str),
        reload: &mut dyn FnMut(&Rebuilt),
    ) -> Result<Rebuilt> {
        let started = Instant::now();
        let mut timings = Vec::new();
        let mut lap = Instant::now();
        let mut stage = |name: &'static str, timings: &mut Vec<_>| {
            timings.push((name, lap.elapsed()));
            lap = Instant::now();
        };
        progress("load");
        let touched = self.refresh(changed)?;
        let loaded = self.loaded.as_mut().expect("refresh loads the site");
        let (site, mut warnings) = site_of(&self.options, loaded)?;
        stage("load", &mut timings);
        progress("analyse");
        let full = loaded.invalidate_analyses();
        let analysed = loaded.analyse_missing(&site);
        stage("analyse", &mut timings);
        let registry = attribute::Registry::new(&site.actors).with_chooser(site.config.chooser);
        // Copied on every core: 64,000 quotes at 10,000 articles.
        let kept = &loaded.analysed;
        let per_article = (site.articles.par_iter())
            .map(|a| kept[&a.source].clone())
            .collect();
        let analysis = crate::analyse_package_timed(
            &site,
            per_article,
            &registry,
            &mut loaded.statements,
            &mut |name| stage(name, &mut timings),
        );
        warnings.extend(analysis.warnings.iter().cloned());
        progress("graph");
        let dossier = Dossier::new(&site, &analysis.quotes);
        stage("graph", &mut timings);
        progress("render");
        let theme = theme::Theme::new(&site.config.theme, &site.theme_overrides);
        let output = (self.options.output.clone())
            .unwrap_or_else(|| self.options.root.join(&site.config.output_dir));
        let mut rebuilt = Rebuilt {
            report: crate::report(&site, &analysis, output.clone(), 0, warnings),
            analysed,
            full,
            first_files: 0,
            first_time: Duration::ZERO,
            rest_files: 0,
            files_added_or_removed: false,
        };

        // Where each statement is listed: for the pages phase 1 renders,
        // and for the next edit's footprints.
        let speaker_hrefs = paging::speaker_hrefs(&dossier);
        let layout = pages::Layout::new(&dossier, &speaker_hrefs);
        // Phase 1: only after article edits, when the output is known.
        let phase_one = !touched.other && self.written.is_some();
        if phase_one {
            let lists = Lists::new(&dossier, &speaker_hrefs, &layout);
            let new = footprints_of(&lists, Some(&touched.articles));
            let dirty = dirty_pages(&self.footprints, &new, &touched.articles);
            let pages =
                render::render_pages_where(&dossier, &theme, &speaker_hrefs, &layout, &|path| {
                    dirty.contains(path)
                })?;
            let written = self.written.as_mut().expect("phase one needs the output");
            let existing: Vec<OutputFile> = pages
                .into_iter()
                .filter(|f| written.contains_key(&f.path))
                .collect();
            rebuilt.first_files = self.write_changed(&output, existing)?;
            rebuilt.first_time = started.elapsed();
            stage(TOUCHED_PAGES, &mut timings);
            rebuilt.report.timings = timings.clone();
            reload(&rebuilt);
        }

        // Phase 2: the whole site, written where it changed.
        let rendered = render::render(&dossier, &theme)?;
        stage("render", &mut timings);
        progress("output");
        rebuilt.report.files = rendered.files.len();
        rebuilt.report.search_index_bytes = rendered.search_index_bytes;
        rebuilt.report.feeds = rendered.feeds;
        if self.written.is_some() && output.join(crate::output::MANIFEST).is_file() {
            // Only the files that changed, came or went: a new statement id
            // adds pages and removes others, which is no reason to write
            // the whole folder again.
            let (count, reshaped) = self.patch_output(&output, rendered.files)?;
            rebuilt.rest_files = count;
            rebuilt.files_added_or_removed = reshaped;
        } else {
            self.written = None;
            crate::output::write_site(&self.options.root, &output, &rendered.files)?;
            rebuilt.rest_files = rendered.files.len();
            rebuilt.files_added_or_removed = true;
            self.written = Some(
                rendered
                    .files
                    .into_iter()
                    .map(|f| (f.path, fingerprint(&f.bytes)))
                    .collect(),
            );
        }
        stage("output", &mut timings);
        rebuilt.report.timings = timings;
        if !phase_one {
            rebuilt.first_time = started.elapsed();
        }
        // Phase 2 writes what phase 1 left (the timeline, the dossiers that
        // only name a statement, new pages): open pages reload again.
        if !phase_one || rebuilt.rest_files > 0 || rebuilt.files_added_or_removed {
            reload(&rebuilt);
        }
        // For the next edit's "before": the pages each article is on now.
        self.footprints = footprints_of(&Lists::new(&dossier, &speaker_hrefs, &layout), None);
        Ok(rebuilt)
    }

    /// Reads what changed into memory: the changed Markdown files alone
    /// when only those changed, else the whole site folder.
    fn refresh(&mut self, changed: Option<&[PathBuf]>) -> Result<Touched> {
        let root = &self.options.root;
        let raw = self.loaded.as_ref().map(|loaded| &loaded.raw);
        let markdown: Option<Vec<&PathBuf>> = changed.and_then(|paths| {
            let mut markdown = Vec::new();
            for path in paths {
                match classify(root, path, raw) {
                    Kind::Markdown => markdown.push(path),
                    Kind::Ignored => {}
                    Kind::Other => return None,
                }
            }
            Some(markdown)
        });
        let (Some(markdown), Some(loaded), false) = (markdown, self.loaded.as_mut(), self.stale)
        else {
            return self.reload_all();
        };
        let mut touched = Touched::default();
        for path in markdown {
            let rel = relative(root, path);
            let file = match load::reload_markdown(root, path) {
                Ok(file) => file,
                Err(error) => {
                    // Read everything next time: this file is not in memory.
                    self.stale = true;
                    return Err(error);
                }
            };
            let is_article = rel.starts_with("content/articles/");
            let files = if is_article {
                &mut loaded.raw.articles
            } else {
                &mut loaded.raw.actors
            };
            if replace(files, &rel, file) {
                if is_article {
                    loaded.parsed.remove(&rel);
                    loaded.analysed.remove(&rel);
                    touched.articles.insert(rel);
                } else {
                    touched.other = true;
                }
            }
        }
        Ok(touched)
    }

    /// Reads the whole site folder again, keeping what was made of the
    /// article files whose text is unchanged.
    fn reload_all(&mut self) -> Result<Touched> {
        let raw = match load::load(&self.options.root) {
            Ok(raw) => raw,
            Err(error) => {
                self.stale = true;
                return Err(error);
            }
        };
        self.stale = false;
        let Some(loaded) = self.loaded.as_mut() else {
            self.loaded = Some(Loaded {
                raw,
                parsed: HashMap::new(),
                analysed: HashMap::new(),
                analysed_with: None,
                statements: group::StatementCache::for_rebuilds(),
            });
            return Ok(Touched {
                articles: BTreeSet::new(),
                other: true,
            });
        };
        let old: HashMap<&str, &str> = loaded
            .raw
            .articles
            .iter()
            .map(|f| (f.path.as_str(), f.text.as_str()))
            .collect();
        let mut articles: BTreeSet<String> = raw
            .articles
            .iter()
            .filter(|f| old.get(f.path.as_str()) != Some(&f.text.as_str()))
            .map(|f| f.path.clone())
            .collect();
        let now: BTreeSet<&str> = raw.articles.iter().map(|f| f.path.as_str()).collect();
        articles.extend(
            old.keys()
                .filter(|p| !now.contains(*p))
                .map(|p| p.to_string()),
        );
        for path in &articles {
            loaded.parsed.remove(path);
            loaded.analysed.remove(path);
        }
        loaded.raw = raw;
        Ok(Touched {
            articles,
            other: true,
        })
    }

    /// Makes the output folder hold `files` (sorted by path) in place of
    /// what this session wrote last: files whose bytes changed are written,
    /// files no longer made are deleted with the folders they leave empty,
    /// and the manifest follows when paths came or went. Returns how many
    /// files were written and whether the set of paths changed.
    fn patch_output(&mut self, out: &Path, files: Vec<OutputFile>) -> Result<(usize, bool)> {
        let written = self.written.as_ref().expect("patch_output after a write");
        let now: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
        let mut gone: Vec<String> = (written.keys())
            .filter(|p| !now.contains(p.as_str()))
            .cloned()
            .collect();
        gone.sort_unstable();
        let reshaped = !gone.is_empty() || files.iter().any(|f| !written.contains_key(&f.path));
        if !reshaped {
            return Ok((self.write_changed(out, files)?, false));
        }
        // While files come and go the manifest lists both sets, as
        // `build` does in place: a rebuild cut short leaves no file that
        // the next build would call foreign.
        let both: BTreeSet<&str> = (written.keys().map(String::as_str))
            .chain(now.iter().copied())
            .collect();
        let paths: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
        let result = write_manifest(out, both).and_then(|()| remove_files(out, &gone));
        if let Err(error) = result {
            self.written = None;
            return Err(error);
        }
        let written = self.written.as_mut().expect("checked above");
        for path in &gone {
            written.remove(path);
        }
        let count = self.write_changed(out, files)?;
        if let Err(error) = write_manifest(out, paths.iter().map(String::as_str)) {
            self.written = None;
            return Err(error);
        }
        Ok((count, true))
    }

    /// Writes the files whose bytes differ from what this session wrote
    /// last, each through a temporary file renamed over it; returns how
    /// many it wrote.
    fn write_changed(&mut self, out: &Path, files: Vec<OutputFile>) -> Result<usize> {
        let written = self.written.as_mut().expect("write_changed after a write");
        let changed: Vec<(OutputFile, Fingerprint)> = files
            .into_par_iter()
            .map(|f| {
                let print = fingerprint(&f.bytes);
                (f, print)
            })
            .filter(|(f, print)| written.get(&f.path) != Some(print))
            .collect();
        if let Err(error) = write_files(out, changed.iter().map(|(f, _)| f)) {
            // What is on disk is not known any more: replace it next time.
            self.written = None;
            return Err(error);
        }
        let count = changed.len();
        written.extend(changed.into_iter().map(|(f, print)| (f.path, print)));
        Ok(count)
    }
}

impl Loaded {
    /// Forgets every analysis when `site.toml` or an actor file changed
    /// (the outlets' names and the registry of actors and people); says why.
    fn invalidate_analyses(&mut self) -> Option<&'static str> {
        let why = match &self.analysed_with {
            None => "the first build",
            Some((config, _)) if *config != self.raw.config => "site.toml changed",
            Some((_, actors)) if *actors != self.raw.actors => "an actor file changed",
            Some(_) => return None,
        };
        let now = (self.raw.config.clone(), self.raw.actors.clone());
        self.analysed.clear();
        self.analysed_with = Some(now);
        Some(why)
    }

    /// Finds and attributes the quotes of the articles not analysed yet;
    /// returns how many there were.
    fn analyse_missing(&mut self, site: &Site) -> usize {
        let registry = attribute::Registry::new(&site.actors).with_chooser(site.config.chooser);
        let missing: Vec<_> = site
            .articles
            .par_iter()
            .filter(|a| !self.analysed.contains_key(&a.source))
            .map(|a| (a.source.clone(), crate::analyse_article(a, &registry)))
            .collect();
        let count = missing.len();
        self.analysed.extend(missing);
        count
    }
}

/// Stage 2 from the files in memory, parsing only the article files not
/// parsed before.
fn site_of(options: &BuildOptions, loaded: &mut Loaded) -> Result<(Site, Vec<Warning>)> {
    // Parsed on every core; the files parsed for the first time are kept
    // for the next rebuild.
    let cached = &loaded.parsed;
    let fresh = std::sync::Mutex::new(Vec::new());
    let (site, warnings) = parse::parse_site_with(&loaded.raw, &|file| {
        if let Some((warnings, article)) = cached.get(&file.path) {
            return (warnings.clone(), Ok(article.clone()));
        }
        let (warnings, article) = parse::parse_article_file(file);
        if let Ok(article) = &article {
            let entry = (file.path.clone(), (warnings.clone(), article.clone()));
            fresh.lock().unwrap_or_else(|e| e.into_inner()).push(entry);
        }
        (warnings, article)
    })?;
    let fresh = fresh.into_inner().unwrap_or_else(|e| e.into_inner());
    loaded.parsed.extend(fresh);
    let mut site = crate::settle_site(&options.root, site)?;
    if let Some(base_url) = &options.base_url {
        site.config.base_url = crate::config::normalize_base_url(base_url)
            .map_err(|m| Error::Usage(format!("--base-url: {m}")))?;
    }
    Ok((site, warnings))
}

/// What a changed path means for a rebuild.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    /// An article or actor file: read again on its own.
    Markdown,
    /// Not an input (an editor's swap or backup file beside an article).
    Ignored,
    /// Anything else: read the whole site folder again.
    Other,
}

/// What `path` is, for a rebuild; `raw` are the files read before.
fn classify(root: &Path, path: &Path, raw: Option<&RawSite>) -> Kind {
    let rel = relative(root, path);
    let in_content = ["content/articles/", "content/actors/"]
        .iter()
        .any(|dir| rel.starts_with(dir));
    if !in_content {
        return Kind::Other;
    }
    if rel.ends_with(".md") {
        return Kind::Markdown;
    }
    if path.is_dir() {
        return Kind::Other;
    }
    // Gone: it matters only if it was a folder of articles or actors (an
    // editor's test file, such as vim's `4913`, does not).
    let folder = format!("{rel}/");
    let held_inputs = raw.is_some_and(|raw| {
        (raw.articles.iter())
            .chain(&raw.actors)
            .any(|f| f.path.starts_with(&folder))
    });
    if held_inputs {
        Kind::Other
    } else {
        Kind::Ignored
    }
}

/// Puts `file` in place of the file at `path` in `files` (kept in the
/// loader's order), adds it, or removes the entry when `file` is `None`.
/// True when that changed anything.
fn replace(files: &mut Vec<SourceFile>, path: &str, file: Option<SourceFile>) -> bool {
    // The loader walks each folder sorted by name: component by component.
    let at = files.binary_search_by(|f| f.path.split('/').cmp(path.split('/')));
    match (at, file) {
        (Ok(i), Some(file)) if files[i] == file => false,
        (Ok(i), Some(file)) => {
            files[i] = file;
            true
        }
        (Ok(i), None) => {
            files.remove(i);
            true
        }
        (Err(i), Some(file)) => {
            files.insert(i, file);
            true
        }
        (Err(_), None) => false,
    }
}

/// Where the statements of a dossier are listed: the lists' first pages,
/// and the numbered page that holds each statement in each list.
pub struct Lists<'d, 'a> {
    dossier: &'d Dossier<'a>,
    speaker_hrefs: &'d [String],
    /// Per actor, statement -> the number of its dossier page.
    dossier_pages: Vec<HashMap<usize, usize>>,
    /// Per statement, the number of its page in its speaker's list.
    speaker_pages: Vec<usize>,
}

impl<'d, 'a> Lists<'d, 'a> {
    pub fn new(
        dossier: &'d Dossier<'a>,
        speaker_hrefs: &'d [String],
        layout: &pages::Layout,
    ) -> Self {
        let mut speaker_pages = vec![1; dossier.statements.len()];
        for speaker in &dossier.speakers {
            for (at, &s) in speaker.statements.iter().enumerate() {
                speaker_pages[s] = at / PAGE_STATEMENTS + 1;
            }
        }
        Lists {
            dossier,
            speaker_hrefs,
            dossier_pages: layout.dossier_pages(),
            speaker_pages,
        }
    }

    /// The first page of actor `actor`'s dossier and the page of it that
    /// lists statement `statement`.
    fn dossier_pages_of(&self, actor: usize, statement: usize, pages: &mut BTreeSet<String>) {
        let first = context::actor_page(&self.dossier.actors[actor].actor.id);
        if let Some(&number) = self.dossier_pages[actor].get(&statement) {
            pages.insert(numbered_page(&first, number));
        }
        pages.insert(first);
    }
}

/// Per article source (of `only`, or of every article), the pages that
/// list its quotes: its own page; the page of each statement; the first page of the statement's speaker, of its actor and
/// of the actors it rolls up into, with the numbered page of each that
/// lists the statement; the pages of the other articles reporting it; the
/// article's outlet. The dossiers of the actors a statement names (which
/// show it among the latest that name them) wait for phase 2: they are
/// often the largest, and not the statement's own; so do the numbered
/// pages a statement's coming or going shifts the others onto.
pub fn footprints_of(
    lists: &Lists<'_, '_>,
    only: Option<&BTreeSet<String>>,
) -> HashMap<String, BTreeSet<String>> {
    let dossier = lists.dossier;
    let outlet_anchors = paging::outlet_anchors(dossier.outlets.iter().map(|o| o.name));
    let outlet_hrefs: HashMap<&str, String> = dossier
        .outlets
        .iter()
        .map(|o| o.name)
        .zip(paging::outlet_hrefs(&outlet_anchors))
        .collect();
    let with_ancestors = |actor: usize, statement: usize, pages: &mut BTreeSet<String>| {
        let mut next = Some(actor);
        // A parent chain is short; the bound only guards against a cycle.
        for _ in 0..dossier.actors.len() {
            let Some(a) = next else { break };
            lists.dossier_pages_of(a, statement, pages);
            next = dossier.actors[a].parent;
        }
    };
    let site = dossier.site;
    let slugs: HashMap<&str, &Article> =
        site.articles.iter().map(|a| (a.slug.as_str(), a)).collect();
    site.articles
        .par_iter()
        .enumerate()
        .filter(|(_, a)| only.is_none_or(|only| only.contains(&a.source)))
        .map(|(i, article)| {
            let mut pages = BTreeSet::from([article.page()]);
            if let Some(href) = outlet_hrefs.get(article.outlet.as_str()) {
                pages.insert(href.clone());
            }
            for quote in &dossier.article_quotes[i] {
                let Some(s) = dossier.statement_of(quote) else {
                    continue;
                };
                let statement = &dossier.statements[s];
                pages.insert(context::statement_page(statement.id));
                if let Some(speaker) = statement.speaker_index {
                    let first = &lists.speaker_hrefs[speaker];
                    pages.insert(numbered_page(first, lists.speaker_pages[s]));
                    pages.insert(first.clone());
                }
                match statement.actor {
                    Some(actor) => with_ancestors(actor, s, &mut pages),
                    None => {
                        pages.insert(VOICES_PAGE.to_string());
                    }
                }
                for report in &statement.quotes {
                    if let Some(other) = slugs.get(report.article.as_str()) {
                        pages.insert(other.page());
                    }
                }
            }
            (article.source.clone(), pages)
        })
        .collect()
}

/// The pages to render first after the articles `changed` changed: the
/// pages each was on before (`old`) and is on now (`new`), and the list
/// pages.
pub fn dirty_pages(
    old: &HashMap<String, BTreeSet<String>>,
    new: &HashMap<String, BTreeSet<String>>,
    changed: &BTreeSet<String>,
) -> BTreeSet<String> {
    let mut pages: BTreeSet<String> = LIST_PAGES.iter().map(|p| p.to_string()).collect();
    for source in changed {
        for footprints in [old, new] {
            if let Some(on) = footprints.get(source) {
                pages.extend(on.iter().cloned());
            }
        }
    }
    pages
}

/// A file's length and a 64-bit hash of its bytes: what [`Session`] keeps
/// of each file it wrote, instead of the bytes (hundreds of megabytes on a
/// large package). Two different files pass for one only if they are as
/// long and collide in 64 bits.
type Fingerprint = (usize, u64);

fn fingerprint(bytes: &[u8]) -> Fingerprint {
    use std::hash::Hasher;
    // Fixed keys: one process compares prints made by itself.
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(bytes);
    (bytes.len(), hasher.finish())
}

/// Writes the output folder's manifest listing `paths`, as `build` does.
fn write_manifest<'p>(out: &Path, paths: impl IntoIterator<Item = &'p str>) -> Result<()> {
    let manifest = OutputFile {
        path: crate::output::MANIFEST.to_string(),
        bytes: crate::output::manifest_text(paths).into_bytes(),
    };
    write_files(out, std::iter::once(&manifest))
}

/// Deletes the files `gone` from `out`, then each folder they leave empty.
fn remove_files(out: &Path, gone: &[String]) -> Result<()> {
    for rel in gone {
        let path = out.join(rel);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(Error::io(&path, e)),
            _ => {}
        }
        // Up to the first folder that still holds something.
        let mut folder = path.parent();
        while let Some(dir) = folder.filter(|d| *d != out && d.starts_with(out)) {
            if std::fs::remove_dir(dir).is_err() {
                break;
            }
            folder = dir.parent();
        }
    }
    Ok(())
}

/// Writes `files` into `out`, each through a temporary file renamed over
/// the old one, so a reader never sees half a page.
fn write_files<'f>(out: &Path, files: impl Iterator<Item = &'f OutputFile>) -> Result<()> {
    for file in files {
        let path = out.join(&file.path);
        let folder = path.parent().unwrap_or(out);
        // A new page may be the first of its folder.
        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
        let mut temp = tempfile::NamedTempFile::new_in(folder).map_err(|e| Error::io(folder, e))?;
        temp.write_all(&file.bytes)
            .map_err(|e| Error::io(&path, e))?;
        temp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Quote, SiteConfig};
    use crate::test_support::{actor, article, quote};

    fn site() -> Site {
        let faction = crate::model::Actor {
            parent: Some("russia".into()),
            ..actor("wagner", "Wagner", &[])
        };
        Site {
            config: SiteConfig::with_title("T"),
            articles: vec![
                article("a", ""),
                article("b", ""),
                crate::model::Article {
                    outlet: "Other Wire".into(),
                    ..article("c", "")
                },
            ],
            actors: vec![
                actor("russia", "Russia", &[]),
                actor("turkey", "Turkey", &[]),
                faction,
            ],
            static_files: Vec::new(),
            theme_overrides: Vec::new(),
        }
    }

    fn said(id: &str, statement: &str, slug: &str, speaker: &str, actor: &str) -> Quote {
        Quote {
            statement: statement.into(),
            speaker: Some(speaker.into()),
            actor: Some(actor.into()),
            ..quote(id, slug, "We will not leave.")
        }
    }

    #[test]
    fn an_article_is_on_the_pages_of_its_statements() {
        let site = site();
        let quotes = vec![
            // One statement reported by a and b, by a speaker of a faction.
            said("q1", "s1", "a", "Ann Bee", "wagner"),
            said("q2", "s1", "b", "Ann Bee", "wagner"),
            // Another actor's speaker names Russia.
            Quote {
                text: "Russia must leave.".into(),
                ..said("q3", "s2", "c", "Cem Dal", "turkey")
            },
            // A voice of no actor.
            Quote {
                actor: None,
                ..said("q4", "s3", "b", "Dan Eel", "")
            },
        ];
        let dossier = Dossier::new(&site, &quotes);
        let hrefs = paging::speaker_hrefs(&dossier);
        let layout = pages::Layout::new(&dossier, &hrefs);
        let lists = Lists::new(&dossier, &hrefs, &layout);
        let all = footprints_of(&lists, None);
        let a = &all["content/articles/a.md"];
        assert!(!a.contains(VOICES_PAGE), "{a:?}");
        assert!(all["content/articles/b.md"].contains(VOICES_PAGE));
        let speaker = paging::speaker_hrefs(&dossier)[0].clone();
        for page in [
            "articles/a/index.html",
            "articles/b/index.html",
            "statements/s1/index.html",
            "actors/wagner/index.html",
            "actors/russia/index.html",
            speaker.as_str(),
            "sources/outlet-example-wire/index.html",
        ] {
            assert!(a.contains(page), "{page} missing from {a:?}");
        }
        assert!(!a.contains("actors/turkey/index.html"), "{a:?}");
        let c = &all["content/articles/c.md"];
        assert!(c.contains("actors/turkey/index.html"), "{c:?}");
        assert!(!c.contains("actors/russia/index.html"), "named only: {c:?}");
        assert!(c.contains("sources/outlet-other-wire/index.html"), "{c:?}");
        assert!(!c.contains("articles/a/index.html"), "{c:?}");
        assert!(!c.contains(VOICES_PAGE), "every quote has an actor: {c:?}");

        let only = BTreeSet::from(["content/articles/c.md".to_string()]);
        let some = footprints_of(&lists, Some(&only));
        assert_eq!(some.keys().collect::<Vec<_>>(), ["content/articles/c.md"]);
        assert_eq!(some["content/articles/c.md"], *c);
    }

    #[test]
    fn a_quote_on_a_later_page_touches_that_page_and_the_first_only() {
        let site = site();
        // One speaker of Wagner (rolled up into Russia) with more
        // statements than a page lists, each said on its own day; the
        // last, article c's, is on page 2 of every list.
        let many = PAGE_STATEMENTS + 3;
        let quotes: Vec<Quote> = (0..many)
            .map(|n| {
                let slug = if n + 1 == many { "c" } else { "a" };
                Quote {
                    text: format!("Statement number {n} on its own."),
                    date: (jiff::civil::date(2016, 1, 1))
                        .checked_add(jiff::Span::new().days(n as i64))
                        .unwrap(),
                    ..said(
                        &format!("q{n}"),
                        &format!("s{n}"),
                        slug,
                        "Ann Bee",
                        "wagner",
                    )
                }
            })
            .collect();
        let dossier = Dossier::new(&site, &quotes);
        let hrefs = paging::speaker_hrefs(&dossier);
        let layout = pages::Layout::new(&dossier, &hrefs);
        let lists = Lists::new(&dossier, &hrefs, &layout);
        let all = footprints_of(&lists, None);
        let c = &all["content/articles/c.md"];
        let speaker = hrefs[0].clone();
        for page in [
            "actors/wagner/index.html",
            "actors/wagner/2/index.html",
            "actors/russia/index.html",
            "actors/russia/2/index.html",
            speaker.as_str(),
            numbered_page(&speaker, 2).as_str(),
        ] {
            assert!(c.contains(page), "{page} missing from {c:?}");
        }
        // Article a's quotes fill both pages; c's are on the second alone.
        let a = &all["content/articles/a.md"];
        assert!(a.contains("actors/wagner/2/index.html"), "{a:?}");
        assert!(!c.iter().any(|p| p.contains("/3/")), "{c:?}");
        let b = &all["content/articles/b.md"];
        assert!(!b.iter().any(|p| p.starts_with("actors/")), "{b:?}");
    }

    #[test]
    fn dirty_pages_are_before_and_after_the_change_and_the_lists() {
        let pages = |list: &[&str]| list.iter().map(|p| p.to_string()).collect::<BTreeSet<_>>();
        let old = HashMap::from([
            (
                "a.md".to_string(),
                pages(&["speakers/old/index.html", "articles/a/index.html"]),
            ),
            ("b.md".to_string(), pages(&["speakers/b/index.html"])),
        ]);
        let new = HashMap::from([
            (
                "a.md".to_string(),
                pages(&["speakers/new/index.html", "articles/a/index.html"]),
            ),
            ("n.md".to_string(), pages(&["articles/n/index.html"])),
        ]);
        let changed = BTreeSet::from(["a.md".to_string(), "n.md".to_string()]);
        let dirty = dirty_pages(&old, &new, &changed);
        let mut expected = pages(&LIST_PAGES);
        expected.extend(pages(&[
            "speakers/old/index.html",
            "speakers/new/index.html",
            "articles/a/index.html",
            "articles/n/index.html",
        ]));
        assert_eq!(dirty, expected);
        let deleted = BTreeSet::from(["b.md".to_string()]);
        assert!(dirty_pages(&old, &new, &deleted).contains("speakers/b/index.html"));
    }

    #[test]
    fn removed_files_take_their_empty_folders_with_them() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        for rel in ["compare/s-1/index.html", "compare/s-2/index.html", "a.html"] {
            let path = out.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let gone = ["compare/s-1/index.html", "a.html", "never/written.html"];
        remove_files(&out, &gone.map(String::from)).unwrap();
        assert!(!out.join("compare/s-1").exists());
        assert!(!out.join("a.html").exists());
        assert!(out.join("compare/s-2/index.html").is_file());
    }

    #[test]
    fn replaced_files_keep_the_loaders_order() {
        let file = |path: &str| SourceFile {
            path: path.into(),
            text: "x".into(),
        };
        // The loader walks each folder by name, so `a/` comes before `a-c.md`.
        let mut files = vec![file("c/a/b.md"), file("c/a-c.md")];
        assert!(replace(&mut files, "c/a/a.md", Some(file("c/a/a.md"))));
        assert!(replace(&mut files, "c/a-b.md", Some(file("c/a-b.md"))));
        assert!(!replace(&mut files, "c/a-b.md", Some(file("c/a-b.md"))));
        assert!(replace(&mut files, "c/a/b.md", None));
        assert!(!replace(&mut files, "c/gone.md", None));
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["c/a/a.md", "c/a-b.md", "c/a-c.md"]);
    }

    #[test]
    fn only_markdown_changes_are_read_on_their_own() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/articles/new")).unwrap();
        let file = |path: &str| SourceFile {
            path: path.into(),
            text: String::new(),
        };
        let raw = RawSite {
            root: root.to_path_buf(),
            config: file("site.toml"),
            articles: vec![file("content/articles/2016/a.md")],
            actors: Vec::new(),
            static_files: Vec::new(),
            themes: Vec::new(),
        };
        let kind = |rel: &str| classify(root, &root.join(rel), Some(&raw));
        assert_eq!(kind("content/articles/2016/a.md"), Kind::Markdown);
        assert_eq!(kind("content/actors/russia.md"), Kind::Markdown);
        assert_eq!(kind("content/articles/.a.md.swp"), Kind::Ignored);
        assert_eq!(kind("content/articles/4913"), Kind::Ignored);
        // A folder that is there, or that is gone with the articles it held.
        assert_eq!(kind("content/articles/new"), Kind::Other);
        assert_eq!(kind("content/articles/2016"), Kind::Other);
        assert_eq!(kind("site.toml"), Kind::Other);
        assert_eq!(kind("static/logo.png"), Kind::Other);
        assert_eq!(kind("themes/dossier/base.html"), Kind::Other);
    }
}
