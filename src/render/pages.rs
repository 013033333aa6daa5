//! Every page of the site: builds each page's context from the dossier
//! graph and renders it with its template.
//!
//! Pages: `index.html`; `actors/<id>/index.html` (then `actors/<id>/2/`, ...
//! on a long dossier, and `actors/<id>/mentions/`); `articles/<slug>/`;
//! `statements/<id>/` for a statement reported more often than a list
//! shows; `speakers/` and `speakers/<anchor>/`; `sources/` and
//! `sources/<anchor>/`; `timeline/`, `voices/` and `search/`; `404.html`,
//! `robots.txt`, and `atom.xml` and `sitemap.xml` when `base_url` is
//! absolute. No page lists more than [`paging::PAGE_STATEMENTS`]
//! statements, each with at most [`INLINE_REPORTS`] reports, so no page
//! grows with the package.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::charts;
use super::context::*;
use super::crosslinks;
#[cfg(feature = "highlight")]
use super::highlight;
use super::html::Templates;
use super::paging::{self, PAGE_ARTICLES, PAGE_STATEMENTS, numbered_page, page_count};
use super::quote_list;
use super::{OutputFile, Sink};
use crate::error::Result;
use crate::graph::Dossier;
use crate::markdown::{self, Mark, NameLink};
use crate::model::QuoteKind;

/// How many statements the home page shows as the latest.
const LATEST: usize = 8;

/// How many of the newest statements `atom.xml` carries.
const FEED_ENTRIES: usize = 50;

/// How many statements naming an actor its dossier shows; the rest are on
/// the actor's mentions pages.
const MENTIONS_SHOWN: usize = 5;

/// How many words of a quote point at it in an article's list of quotes.
const EXCERPT_WORDS: usize = 7;

/// How many words of a statement its line on the timeline shows.
const TIMELINE_WORDS: usize = 12;

/// How many speakers and outlets a dossier's infobox names.
const INFOBOX_ROWS: usize = 12;

/// Renders every page whose list starts at a path `keep` accepts, and the
/// feeds when `base_url` is absolute, handing each to `sink` as it is
/// made. A list's numbered pages (an outlet's, the timeline, the voices)
/// come or stay together, by their first page; but of a dossier or a
/// speaker's list, whose pages are many and mostly untouched by one edit,
/// only the later pages (and a dossier's mentions pages) that `keep`
/// accepts as well: `serve` renders the pages an edit touches first this
/// way. `speaker_hrefs` are the links to each speaker (see [`paging`]).
pub fn render(
    dossier: &Dossier<'_>,
    templates: &Templates<'_>,
    speaker_hrefs: &[String],
    layout: &Layout,
    keep: &(dyn Fn(&str) -> bool + Sync),
    sink: Sink<'_>,
) -> Result<()> {
    let config = &dossier.site.config;
    let site = SiteView::new(config, dossier);
    let actors = actor_refs(dossier);
    let layouts = &layout.dossiers;
    let unattributed = &layout.unattributed;
    let statements = StatementViews::new(dossier, &actors, speaker_hrefs, &layout.homes);
    let outlet_anchors = paging::outlet_anchors(dossier.outlets.iter().map(|o| o.name));
    let outlet_hrefs = paging::outlet_hrefs(&outlet_anchors);
    let reach = OutletReach::new(dossier);
    let views = Views {
        dossier,
        site: &site,
        actors: &actors,
        statements: &statements,
        speaker_hrefs,
        outlet_anchors: &outlet_anchors,
        outlet_hrefs: &outlet_hrefs,
        reach: &reach,
    };
    // The sitemap lists the pages, so it needs their paths.
    let sitemap = site.base_url.is_some() && keep("sitemap.xml");
    let listed = Mutex::new(Vec::new());
    let emit = |file: OutputFile| {
        if sitemap && file.path.ends_with("index.html") && file.path != "search/index.html" {
            listed
                .lock()
                .expect("no panic holds the lock")
                .push(file.path.clone());
        }
        sink(file)
    };
    let emit_all = |files: Vec<OutputFile>| files.into_iter().try_for_each(&emit);
    if keep("index.html") {
        emit(views.home(templates)?)?;
    }
    if keep("speakers/index.html") {
        emit(views.speakers_index(templates)?)?;
    }
    if keep("sources/index.html") {
        emit(views.sources_index(templates)?)?;
    }
    for (template, path, title) in [
        ("search.html", "search/index.html", "Search"),
        ("404.html", "404.html", "Page not found"),
        ("robots.txt", "robots.txt", "robots"),
    ] {
        if keep(path) {
            emit(views.plain(templates, template, path, title)?)?;
        }
    }
    if keep(VOICES) {
        emit_all(views.voices(templates, unattributed)?)?;
    }
    if keep("timeline/index.html") {
        emit_all(views.timeline(templates)?)?;
    }
    // Each list of pages is split down to single pages (`with_max_len(1)`):
    // rayon otherwise splits a range into a few long runs and splits a run
    // further only when the other core steals from it, so the last run,
    // once started, is done on one core while the other idles. The pages
    // are uneven (a dossier or an outlet's pages, only some statements
    // with a page), and a page is far longer than a job's bookkeeping.
    let outlets: Vec<usize> = (0..dossier.outlets.len())
        .filter(|&i| keep(&outlet_hrefs[i]))
        .collect();
    outlets
        .into_par_iter()
        .with_max_len(1)
        .try_for_each(|i| emit_all(views.outlet(templates, i)?))?;
    let speakers: Vec<usize> = (0..dossier.speakers.len())
        .filter(|&i| keep(&speaker_hrefs[i]))
        .collect();
    speakers
        .into_par_iter()
        .with_max_len(1)
        .try_for_each(|i| emit_all(views.speaker(templates, i, keep)?))?;
    let actors_kept: Vec<usize> = (0..dossier.actors.len())
        .filter(|&i| keep(&actor_page(&dossier.actors[i].actor.id)))
        .collect();
    actors_kept
        .into_par_iter()
        .with_max_len(1)
        .try_for_each(|i| emit_all(views.actor(templates, i, &layouts[i], keep)?))?;
    // Few statements have a page of their own (more reports than a list
    // shows), and they are not spread evenly over the statements.
    let statement_pages: Vec<usize> = (0..dossier.statements.len())
        .filter(|&i| {
            let statement = &dossier.statements[i];
            has_own_page(statement) && keep(&statement_page(statement.id))
        })
        .collect();
    statement_pages
        .into_par_iter()
        .with_max_len(1)
        .try_for_each(|i| emit(views.statement(templates, i)?))?;
    (0..dossier.site.articles.len())
        .into_par_iter()
        .with_max_len(1)
        .filter(|&i| keep(&dossier.site.articles[i].page()))
        .try_for_each(|i| emit(views.article(templates, i)?))?;
    // Sitemaps and feeds need absolute addresses; readers reject relative ones.
    if site.base_url.is_some() && keep("atom.xml") {
        emit(views.feed(templates)?)?;
    }
    if sitemap {
        let mut paths = listed.into_inner().expect("no panic holds the lock");
        paths.sort_unstable();
        sink(views.sitemap(templates, &paths)?)?;
    }
    Ok(())
}

/// Where every statement is listed: the order of each dossier, and the
/// page (its permalink's target) of each statement.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Per actor, its dossier's statements in display order.
    dossiers: Vec<Vec<Entry>>,
    /// Statements with neither actor nor speaker, listed on the voices pages.
    unattributed: Vec<usize>,
    /// Per statement, the root-relative page that lists it.
    homes: Vec<String>,
    /// Per statement, the number (from 1) of that page in its list.
    pub page_numbers: Vec<usize>,
}

impl Layout {
    pub fn new(d: &Dossier<'_>, speaker_hrefs: &[String]) -> Self {
        let dossiers: Vec<Vec<Entry>> =
            (0..d.actors.len()).map(|a| dossier_entries(d, a)).collect();
        let unattributed: Vec<usize> = (0..d.statements.len())
            .filter(|&s| d.statements[s].actor.is_none() && d.statements[s].speaker.is_none())
            .collect();
        let (homes, page_numbers) = statement_homes(d, &dossiers, speaker_hrefs, &unattributed);
        Layout {
            dossiers,
            unattributed,
            homes,
            page_numbers,
        }
    }

    /// Per actor, the number (from 1) of the dossier page that lists each
    /// of its statements, by statement index.
    pub fn dossier_pages(&self) -> Vec<HashMap<usize, usize>> {
        (self.dossiers.iter())
            .map(|entries| {
                (entries.iter().enumerate())
                    .map(|(at, entry)| (entry.statement, at / PAGE_STATEMENTS + 1))
                    .collect()
            })
            .collect()
    }
}

/// A statement in a dossier's display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    statement: usize,
    kind: QuoteKind,
    speaker: Option<usize>,
    /// The actor the speaker speaks for (the page's actor or a sub-actor).
    actor: Option<usize>,
}

/// The statements of an actor's dossier in the order shown: on the record,
/// then reported speech; each grouped by speaker, the most quoted first,
/// unnamed last, and in date order within a speaker.
fn dossier_entries(d: &Dossier<'_>, actor: usize) -> Vec<Entry> {
    let mut entries = Vec::with_capacity(d.actors[actor].rolled_up.len());
    for kind in [QuoteKind::Direct, QuoteKind::Reported] {
        let mut groups: Vec<(Option<usize>, Option<usize>, Vec<usize>)> = Vec::new();
        let mut group_of: BTreeMap<(Option<usize>, Option<usize>), usize> = BTreeMap::new();
        for &s in &d.actors[actor].rolled_up {
            let statement = &d.statements[s];
            if statement.kind != kind {
                continue;
            }
            let key = (statement.speaker_index, statement.actor);
            let at = *group_of.entry(key).or_insert_with(|| {
                groups.push((key.0, key.1, Vec::new()));
                groups.len() - 1
            });
            groups[at].2.push(s);
        }
        let name = |g: &(Option<usize>, Option<usize>, Vec<usize>)| g.0.map(|i| d.speakers[i].name);
        groups.sort_by(|a, b| {
            (a.0.is_none(), std::cmp::Reverse(a.2.len()), name(a)).cmp(&(
                b.0.is_none(),
                std::cmp::Reverse(b.2.len()),
                name(b),
            ))
        });
        for (speaker, speaker_actor, list) in groups {
            entries.extend(list.into_iter().map(|statement| Entry {
                statement,
                kind,
                speaker,
                actor: speaker_actor,
            }));
        }
    }
    entries
}

/// The page that lists each statement, its permalink's target: its own
/// actor's dossier page, else its speaker's page, else a voices page.
fn statement_homes(
    d: &Dossier<'_>,
    layouts: &[Vec<Entry>],
    speaker_hrefs: &[String],
    unattributed: &[usize],
) -> (Vec<String>, Vec<usize>) {
    let mut homes = vec![String::new(); d.statements.len()];
    let mut numbers = vec![1; d.statements.len()];
    let mut place = |s: usize, first: &str, at: usize| {
        numbers[s] = at / PAGE_STATEMENTS + 1;
        homes[s] = numbered_page(first, numbers[s]);
    };
    for (actor, entries) in layouts.iter().enumerate() {
        let first = actor_page(&d.actors[actor].actor.id);
        for (at, entry) in entries.iter().enumerate() {
            if d.statements[entry.statement].actor == Some(actor) {
                place(entry.statement, &first, at);
            }
        }
    }
    for (speaker, href) in d.speakers.iter().zip(speaker_hrefs) {
        for (at, &s) in speaker.statements.iter().enumerate() {
            if d.statements[s].actor.is_none() {
                place(s, href, at);
            }
        }
    }
    for (at, &s) in unattributed.iter().enumerate() {
        place(s, VOICES, at);
    }
    (homes, numbers)
}

const VOICES: &str = "voices/index.html";

/// Which outlets carried each statement, and how many statements each
/// outlet carried and alone reported.
struct OutletReach {
    /// Per statement: indices into `Dossier::outlets`, sorted, distinct.
    outlets: Vec<Vec<usize>>,
    carried: Vec<usize>,
    exclusive: Vec<usize>,
}

impl OutletReach {
    fn new(d: &Dossier<'_>) -> Self {
        // Each article's outlet looked up once, by the slug its quotes
        // name: `serve` makes this on every rebuild, and searching the
        // outlets by name for each of 64,000 quotes cost it 40-50 ms.
        let outlet_of: FxHashMap<&str, usize> = (d.outlets.iter().enumerate())
            .flat_map(|(o, outlet)| {
                (outlet.articles.iter()).map(move |&a| (d.site.articles[a].slug.as_str(), o))
            })
            .collect();
        let outlets: Vec<Vec<usize>> = (d.statements.par_iter())
            .map(|s| {
                let mut list: Vec<usize> = (s.quotes.iter())
                    .filter_map(|q| outlet_of.get(q.article.as_str()).copied())
                    .collect();
                list.sort_unstable();
                list.dedup();
                list
            })
            .collect();
        let mut carried = vec![0; d.outlets.len()];
        let mut exclusive = vec![0; d.outlets.len()];
        for list in &outlets {
            for &o in list {
                carried[o] += 1;
                if list.len() == 1 {
                    exclusive[o] += 1;
                }
            }
        }
        OutletReach {
            outlets,
            carried,
            exclusive,
        }
    }
}

/// The graph and the views every page draws from.
struct Views<'v, 'a> {
    dossier: &'v Dossier<'a>,
    site: &'v SiteView<'a>,
    actors: &'v [ActorRef<'a>],
    statements: &'v StatementViews<'v, 'a>,
    speaker_hrefs: &'v [String],
    outlet_anchors: &'v [String],
    outlet_hrefs: &'v [String],
    reach: &'v OutletReach,
}

impl<'v, 'a> Views<'v, 'a> {
    fn home(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let d = self.dossier;
        // The most quoted actors first; the never quoted apart.
        let mut top: Vec<ActorSummary<'v, 'a>> = d
            .actors
            .iter()
            .enumerate()
            .filter(|(_, node)| node.parent.is_none() && !node.rolled_up.is_empty())
            .map(|(i, _)| self.summary(i, &mut BTreeSet::new()))
            .collect();
        top.sort_by(|a, b| {
            b.statements
                .cmp(&a.statements)
                .then(a.actor.name.cmp(b.actor.name))
        });
        let unquoted = d
            .actors
            .iter()
            .enumerate()
            .filter(|(_, node)| node.rolled_up.is_empty())
            .map(|(i, _)| &self.actors[i])
            .collect();
        let latest = (0..self.statements.len())
            .rev()
            .take(LATEST)
            .map(|i| self.statements.view(i))
            .collect();
        let description = d.site.config.description.clone().unwrap_or_default();
        let page = HomePage {
            site: self.site,
            page: PageMeta::new(
                "index.html",
                d.site.config.title.clone(),
                description,
                "home",
            ),
            actors: top,
            unquoted,
            latest,
            counts: Counts {
                articles: d.site.articles.len(),
                outlets: d.outlets.len(),
                statements: d.statements.len(),
                speakers: d.speakers.len(),
                unaffiliated: d.statements.iter().filter(|s| s.actor.is_none()).count(),
            },
            network: charts::network(d, ""),
            timeline_chart: charts::timeline(d, charts::Scope::All, "timeline-chart"),
        };
        templates.render("home.html", "index.html", &page)
    }

    fn summary(&self, actor: usize, seen: &mut BTreeSet<usize>) -> ActorSummary<'v, 'a> {
        seen.insert(actor);
        let node = &self.dossier.actors[actor];
        let speakers: BTreeSet<&str> = node
            .rolled_up
            .iter()
            .filter_map(|&s| self.dossier.statements[s].speaker)
            .collect();
        let children = node
            .children
            .iter()
            .filter(|&&c| !seen.contains(&c))
            .copied()
            .collect::<Vec<_>>()
            .into_iter()
            .map(|c| self.summary(c, seen))
            .collect();
        ActorSummary {
            actor: &self.actors[actor],
            statements: node.rolled_up.len(),
            speakers: speakers.len(),
            children,
        }
    }

    /// The pages of an actor's dossier: the first with the infobox and the
    /// latest statements naming it, then numbered pages; and its mentions.
    fn actor(
        &self,
        templates: &Templates<'_>,
        index: usize,
        entries: &[Entry],
        keep: &(dyn Fn(&str) -> bool + Sync),
    ) -> Result<Vec<OutputFile>> {
        let d = self.dossier;
        let node = &d.actors[index];
        let actor = node.actor;
        let first = actor_page(&actor.id);
        let pages = page_count(entries.len(), PAGE_STATEMENTS);
        let mentions_first = format!("actors/{}/mentions/index.html", actor.id);
        // Page by page on every core: one long dossier is most of the work.
        let wanted = |number: &usize| *number == 1 || keep(&numbered_page(&first, *number));
        let numbered: Result<Vec<OutputFile>> = (1..pages + 1).into_par_iter().with_max_len(1).filter(wanted).map(|number| {
            let path = numbered_page(&first, number);
            let start = (number - 1) * PAGE_STATEMENTS;
            let chunk =
                &entries[start.min(entries.len())..(start + PAGE_STATEMENTS).min(entries.len())];
            let previous = start.checked_sub(1).map(|i| &entries[i]);
            let (direct, reported) = self.speaker_groups(index, chunk, previous);
            let description = format!(
                "{} statements by people who speak for {}, with every outlet that reported them.",
                node.rolled_up.len(),
                actor.name
            );
            let title = match number {
                1 => actor.name.clone(),
                n => format!("{}, page {n}", actor.name),
            };
            let first_page = number == 1;
            let page = ActorPage {
                site: self.site,
                page: PageMeta::new(&path, title, description, "actors"),
                actor: &self.actors[index],
                aliases: distinct_aliases(&actor.name, &actor.aliases),
                background: match first_page {
                    true => self.body_html(&actor.body, &path, &[], Some(index)),
                    false => String::new(),
                },
                parent: node.parent.map(|p| &self.actors[p]),
                children: node.children.iter().map(|&c| &self.actors[c]).collect(),
                infobox: first_page.then(|| self.infobox(index, entries)),
                direct,
                reported,
                mentioned_by: match first_page {
                    true => node
                        .mentioned_by
                        .iter()
                        .rev()
                        .take(MENTIONS_SHOWN)
                        .map(|&s| self.statements.view(s))
                        .collect(),
                    false => Vec::new(),
                },
                mentioned_count: node.mentioned_by.len(),
                mentions_href: mentions_first.clone(),
                statement_count: node.rolled_up.len(),
                pager: Pager::new(&first, pages, number),
                timeline_chart: (first_page && !node.rolled_up.is_empty()).then(|| {
                    charts::timeline(d, charts::Scope::Actor(index), "timeline-chart")
                }),
            };
            templates.render("actor.html", &path, &page)
        }).collect();
        let mut files = numbered?;
        if node.mentioned_by.len() > MENTIONS_SHOWN && keep(&mentions_first) {
            let mentions = &node.mentioned_by;
            let pages = page_count(mentions.len(), PAGE_STATEMENTS);
            for (number, chunk) in mentions.chunks(PAGE_STATEMENTS).enumerate() {
                let path = numbered_page(&mentions_first, number + 1);
                let page = StatementsPage {
                    site: self.site,
                    page: PageMeta::new(
                        &path,
                        format!("Who names {}", actor.name),
                        format!("Statements by others that name {}.", actor.name),
                        "actors",
                    ),
                    up: Link {
                        label: format!("Dossier: {}", actor.name),
                        href: first.clone(),
                    },
                    intro: format!(
                        "{} statements by others name {}, in date order.",
                        mentions.len(),
                        actor.name
                    ),
                    statements: chunk.iter().map(|&s| self.statements.view(s)).collect(),
                    pager: Pager::new(&mentions_first, pages, number + 1),
                };
                files.push(templates.render("statements.html", &path, &page)?);
            }
        }
        Ok(files)
    }

    /// Who speaks for an actor, when, and which outlets carried them.
    fn infobox(&self, actor: usize, entries: &[Entry]) -> Infobox<'v, 'a> {
        let d = self.dossier;
        let first = actor_page(&d.actors[actor].actor.id);
        // Each speaker's count, and where their group starts on the dossier.
        let mut speakers: Vec<(usize, usize, String)> = Vec::new();
        let mut seen: BTreeMap<usize, usize> = BTreeMap::new();
        for (at, entry) in entries.iter().enumerate() {
            let Some(speaker) = entry.speaker else {
                continue;
            };
            match seen.get(&speaker) {
                Some(&i) => speakers[i].1 += 1,
                None => {
                    seen.insert(speaker, speakers.len());
                    let page = numbered_page(&first, at / PAGE_STATEMENTS + 1);
                    let anchor = group_anchor(d.speakers[speaker].anchor.as_str(), entry.kind);
                    speakers.push((speaker, 1, format!("{page}#{anchor}")));
                }
            }
        }
        speakers.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(d.speakers[a.0].name.cmp(d.speakers[b.0].name))
        });
        let more_speakers = speakers.len().saturating_sub(INFOBOX_ROWS);
        let rolled_up = &d.actors[actor].rolled_up;
        let mut per_outlet: BTreeMap<usize, usize> = BTreeMap::new();
        for &s in rolled_up {
            for &o in &self.reach.outlets[s] {
                *per_outlet.entry(o).or_default() += 1;
            }
        }
        let mut outlets: Vec<(usize, usize)> = per_outlet.into_iter().collect();
        outlets.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let more_outlets = outlets.len().saturating_sub(INFOBOX_ROWS);
        let first_date = rolled_up.first().map(|&s| d.statements[s].date);
        let last_date = rolled_up.last().map(|&s| d.statements[s].date);
        Infobox {
            speakers: speakers
                .into_iter()
                .take(INFOBOX_ROWS)
                .map(|(i, count, jump)| InfoSpeaker {
                    name: d.speakers[i].name,
                    role: d.speakers[i].role,
                    href: &self.speaker_hrefs[i],
                    jump,
                    count,
                })
                .collect(),
            more_speakers,
            first: first_date.map(|date| date.to_string()),
            first_label: first_date.map(date_label),
            last: last_date.map(|date| date.to_string()),
            last_label: last_date.map(date_label),
            outlets: outlets
                .into_iter()
                .take(INFOBOX_ROWS)
                .map(|(o, count)| OutletCount {
                    name: d.outlets[o].name,
                    href: &self.outlet_hrefs[o],
                    count,
                })
                .collect(),
            more_outlets,
        }
    }

    /// The entries of one dossier page as speaker groups, on the record and
    /// reported apart; `previous` is the entry just before the page.
    fn speaker_groups(
        &self,
        actor: usize,
        chunk: &[Entry],
        previous: Option<&Entry>,
    ) -> (Vec<SpeakerGroup<'v, 'a>>, Vec<SpeakerGroup<'v, 'a>>) {
        let d = self.dossier;
        let mut direct: Vec<SpeakerGroup<'v, 'a>> = Vec::new();
        let mut reported: Vec<SpeakerGroup<'v, 'a>> = Vec::new();
        let mut last: Option<&Entry> = previous;
        for entry in chunk {
            let same = |e: &Entry| {
                (e.kind, e.speaker, e.actor) == (entry.kind, entry.speaker, entry.actor)
            };
            let list = match entry.kind {
                QuoteKind::Direct => &mut direct,
                QuoteKind::Reported => &mut reported,
            };
            let continues_here = list.last().is_some() && last.is_some_and(same);
            if !continues_here {
                let speaker = entry.speaker.map(|i| &d.speakers[i]);
                let continued = last.is_some_and(same);
                list.push(SpeakerGroup {
                    anchor: (!continued).then(|| {
                        group_anchor(speaker.map_or("unnamed", |s| s.anchor.as_str()), entry.kind)
                    }),
                    continued,
                    name: speaker.map(|s| s.name),
                    role: speaker.and_then(|s| s.role),
                    href: entry.speaker.map(|i| self.speaker_hrefs[i].clone()),
                    actor: entry.actor.filter(|&a| a != actor).map(|a| &self.actors[a]),
                    statements: Vec::new(),
                });
            }
            if let Some(group) = list.last_mut() {
                group.statements.push(self.statements.view(entry.statement));
            }
            last = Some(entry);
        }
        (direct, reported)
    }

    fn article(&self, templates: &Templates<'_>, index: usize) -> Result<OutputFile> {
        let d = self.dossier;
        let article = &d.site.articles[index];
        let path = article.page();
        let quotes = &d.article_quotes[index];
        let marks: Vec<Mark> = quotes
            .iter()
            .filter_map(|quote| {
                let range = quote.span.clone()?;
                let statement = d.statement_of(quote)?;
                Some(Mark {
                    range,
                    id: quote.id.clone(),
                    href: format!("../../{}", self.statements.href(statement)),
                })
            })
            .collect();
        let body = self.body_html(&article.body, &path, &marks, None);
        let anchored = element_ids(&body);
        let list = quotes
            .iter()
            .map(|quote| {
                let statement = d.statement_of(quote).map(|i| self.statements.link(i));
                ArticleQuote {
                    id: &quote.id,
                    text: &quote.text,
                    excerpt: crate::first_words(&display_text(&quote.text), EXCERPT_WORDS),
                    statement,
                    needs_anchor: !anchored.contains(quote.id.as_str()),
                }
            })
            .collect::<Vec<_>>();
        drop(anchored);
        let description = format!("{}, {}", article.outlet, date_label(article.date));
        let page = PageMeta::new(&path, article.title.clone(), description, "article");
        let quote_list = quote_list::quote_list(&list, &page.root);
        let page = ArticlePage {
            site: self.site,
            page,
            title: &article.title,
            outlet: &article.outlet,
            outlet_href: d
                .outlets
                .binary_search_by(|o| o.name.cmp(&article.outlet))
                .map_or("sources/index.html", |i| &self.outlet_hrefs[i]),
            date: article.date.to_string(),
            date_label: date_label(article.date),
            url: article.url.as_deref(),
            authors: &article.authors,
            agencies: &article.agencies,
            tags: &article.tags,
            body,
            quotes: list,
            quote_list,
        };
        templates.render("article.html", &path, &page)
    }

    /// Markdown -> HTML for the page at `path`: quotes marked, actor names
    /// linked to their dossiers (never `own_actor`'s), code highlighted.
    fn body_html(
        &self,
        text: &str,
        path: &str,
        marks: &[Mark],
        own_actor: Option<usize>,
    ) -> String {
        let marked: Vec<std::ops::Range<usize>> = marks.iter().map(|m| m.range.clone()).collect();
        let root = root_of(path);
        let allow_html = self.dossier.site.config.allow_html;
        let html = markdown::to_html_linking(text, allow_html, marks, |linkable| {
            crosslinks::name_links(text, linkable, &self.dossier.names, &marked, own_actor)
                .into_iter()
                .map(|mention| {
                    let actor = &self.actors[mention.actor];
                    NameLink {
                        range: mention.range,
                        href: format!("{root}{}", actor.href),
                    }
                })
                .collect()
        });
        #[cfg(feature = "highlight")]
        let html = highlight::code_blocks(&html);
        html
    }

    fn speaker_view(&self, index: usize) -> SpeakerView<'v, 'a> {
        let speaker = &self.dossier.speakers[index];
        SpeakerView {
            name: speaker.name,
            anchor: &speaker.anchor,
            href: &self.speaker_hrefs[index],
            role: speaker.role,
            actor: speaker.actor.map(|a| &self.actors[a]),
            body: speaker.body,
            count: speaker.statements.len(),
        }
    }

    /// The speakers index: people by letter, then bodies.
    fn speakers_index(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let d = self.dossier;
        let path = "speakers/index.html";
        let mut people: Vec<Letter<'v, 'a>> = Vec::new();
        let mut order: Vec<usize> = (0..d.speakers.len())
            .filter(|&i| !d.speakers[i].body)
            .collect();
        let people_count = order.len();
        order.sort_by_key(|&i| (paging::initial(d.speakers[i].name), i));
        for i in order {
            let letter = paging::initial(d.speakers[i].name);
            let view = self.speaker_view(i);
            match people.last_mut() {
                Some(last) if last.letter == letter => last.speakers.push(view),
                _ => people.push(Letter {
                    letter,
                    speakers: vec![view],
                }),
            }
        }
        let page = SpeakersPage {
            site: self.site,
            page: PageMeta::new(
                path,
                "Speakers".into(),
                "Every person and body quoted, with the actor they speak for.".into(),
                "speakers",
            ),
            people,
            people_count,
            bodies: (0..d.speakers.len())
                .filter(|&i| d.speakers[i].body)
                .map(|i| self.speaker_view(i))
                .collect(),
        };
        templates.render("speakers.html", path, &page)
    }

    /// A speaker's pages: who they are, the outlets that quoted them, their
    /// statements in date order.
    fn speaker(
        &self,
        templates: &Templates<'_>,
        index: usize,
        keep: &(dyn Fn(&str) -> bool + Sync),
    ) -> Result<Vec<OutputFile>> {
        let d = self.dossier;
        let speaker = &d.speakers[index];
        let first = &self.speaker_hrefs[index];
        let pages = page_count(speaker.statements.len(), PAGE_STATEMENTS);
        let mut per_outlet: BTreeMap<usize, usize> = BTreeMap::new();
        for &s in &speaker.statements {
            for &o in &self.reach.outlets[s] {
                *per_outlet.entry(o).or_default() += 1;
            }
        }
        let mut outlets: Vec<(usize, usize)> = per_outlet.into_iter().collect();
        outlets.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        // `1..=pages` is no indexed iterator in rayon: `with_max_len` needs one.
        (1..pages + 1)
            .into_par_iter()
            .with_max_len(1)
            .filter(|&number| number == 1 || keep(&numbered_page(first, number)))
            .map(|number| {
                let path = numbered_page(first, number);
                let start = (number - 1) * PAGE_STATEMENTS;
                let chunk = &speaker.statements[start.min(speaker.statements.len())
                    ..(start + PAGE_STATEMENTS).min(speaker.statements.len())];
                let title = match number {
                    1 => speaker.name.to_string(),
                    n => format!("{}, page {n}", speaker.name),
                };
                let page = SpeakerPage {
                    site: self.site,
                    page: PageMeta::new(
                        &path,
                        title,
                        format!("Every statement by {} in the package.", speaker.name),
                        "speakers",
                    ),
                    speaker: self.speaker_view(index),
                    outlets: match number {
                        1 => outlets
                            .iter()
                            .map(|&(o, count)| OutletCount {
                                name: d.outlets[o].name,
                                href: &self.outlet_hrefs[o],
                                count,
                            })
                            .collect(),
                        _ => Vec::new(),
                    },
                    statements: chunk
                        .iter()
                        .map(|&s| self.statements.line(s, TIMELINE_WORDS))
                        .collect(),
                    pager: Pager::new(first, pages, number),
                    timeline_chart: (number == 1).then(|| {
                        charts::timeline(d, charts::Scope::Speaker(index), "timeline-chart")
                    }),
                };
                templates.render("speaker.html", &path, &page)
            })
            .collect()
    }

    /// A statement's own page, with every report.
    fn statement(&self, templates: &Templates<'_>, index: usize) -> Result<OutputFile> {
        let d = self.dossier;
        let statement = &d.statements[index];
        let view = self.statements.view(index);
        let path = statement_page(statement.id);
        let who = statement
            .speaker
            .or(view.actor.as_ref().map(|a| a.name))
            .unwrap_or("Unnamed speaker");
        let mut reports = report_views(d, statement, usize::MAX);
        let wordings = number_wordings(&mut reports);
        let page = StatementPage {
            site: self.site,
            page: PageMeta::new(
                &path,
                format!("{who}: “{}”", crate::first_words(statement.text, 8)),
                format!(
                    "A statement by {who}, {}, and the {} reports of it.",
                    view.date_label, view.report_count
                ),
                "statement",
            ),
            statement: view,
            reports,
            wordings,
        };
        templates.render("statement.html", &path, &page)
    }

    /// The statements `indices` (in date order) by day.
    fn days(&self, indices: std::ops::Range<usize>) -> Vec<Day<'v, 'a>> {
        let mut days: Vec<Day<'v, 'a>> = Vec::new();
        for i in indices {
            let line = self.statements.line(i, TIMELINE_WORDS);
            match days.last_mut() {
                Some(day) if day.date == line.date => day.statements.push(line),
                _ => days.push(Day {
                    date: line.date.clone(),
                    label: date_label(self.dossier.statements[i].date),
                    statements: vec![line],
                }),
            }
        }
        days
    }

    /// The timeline: one page, or on a large site an index of months, a
    /// page per month, and numbered pages per day of the large months.
    fn timeline(&self, templates: &Templates<'_>) -> Result<Vec<OutputFile>> {
        let d = self.dossier;
        let path = "timeline/index.html";
        let dates: Vec<jiff::civil::Date> = d.statements.iter().map(|s| s.date).collect();
        let page = |path: &str, title: String, up: Option<Link>| {
            let meta = PageMeta::new(
                path,
                title,
                "Every statement, day by day.".into(),
                "timeline",
            );
            TimelinePage {
                site: self.site,
                page: meta,
                up,
                months: Vec::new(),
                days: Vec::new(),
                chart: None,
                pager: None,
            }
        };
        let months = match paging::timeline(&dates) {
            paging::Timeline::Single => {
                let mut single = page(path, "Timeline".into(), None);
                single.chart = Some(charts::timeline(d, charts::Scope::All, "timeline-chart"));
                single.days = self.days(0..dates.len());
                return Ok(vec![templates.render("timeline.html", path, &single)?]);
            }
            paging::Timeline::Split(months) => months,
        };
        let month_links: Vec<MonthLink> = months
            .iter()
            .map(|month| {
                let href = paging::month_page(&month.run.key);
                MonthLink {
                    key: month.run.key.clone(),
                    label: month_label(dates[month.run.range.start]),
                    statements: month.run.range.len(),
                    days: month
                        .days
                        .iter()
                        .map(|day| DayLink {
                            date: day.key.clone(),
                            label: date_label(dates[day.range.start]),
                            href: match month.day_pages {
                                true => paging::day_page(&day.key),
                                false => format!("{href}#day-{}", day.key),
                            },
                            statements: day.range.len(),
                        })
                        .collect(),
                    href,
                }
            })
            .collect();
        let mut pages = Vec::new();
        for (month, link) in months.iter().zip(&month_links) {
            let mut month_page = page(
                &link.href,
                format!("Timeline: {}", link.label),
                Some(Link {
                    label: "All months".into(),
                    href: format!("{path}#month-{}", month.run.key),
                }),
            );
            if month.day_pages {
                month_page.months = vec![link.clone()];
                for (day, day_link) in month.days.iter().zip(&link.days) {
                    let count = page_count(day.range.len(), PAGE_STATEMENTS);
                    for number in 1..=count {
                        let own = numbered_page(&day_link.href, number);
                        let title = match number {
                            1 => format!("Timeline: {}", day_link.label),
                            n => format!("Timeline: {}, page {n}", day_link.label),
                        };
                        let mut day_page = page(
                            &own,
                            title,
                            Some(Link {
                                label: link.label.clone(),
                                href: format!("{}#day-{}", link.href, day.key),
                            }),
                        );
                        let start = day.range.start + (number - 1) * PAGE_STATEMENTS;
                        day_page.days =
                            self.days(start..(start + PAGE_STATEMENTS).min(day.range.end));
                        day_page.pager = Pager::new(&day_link.href, count, number);
                        pages.push(day_page);
                    }
                }
            } else {
                month_page.days = self.days(month.run.range.clone());
            }
            pages.push(month_page);
        }
        let mut index = page(path, "Timeline".into(), None);
        index.months = month_links;
        index.chart = Some(charts::timeline(d, charts::Scope::All, "timeline-chart"));
        pages.push(index);
        pages
            .par_iter()
            .with_max_len(1)
            .map(|page| templates.render("timeline.html", &page.page.path, page))
            .collect()
    }

    fn outlet_view(&self, index: usize) -> OutletView<'v, 'a> {
        let outlet = &self.dossier.outlets[index];
        OutletView {
            name: outlet.name,
            anchor: &self.outlet_anchors[index],
            href: &self.outlet_hrefs[index],
            count: outlet.articles.len(),
            statements: self.reach.carried[index],
            exclusive: self.reach.exclusive[index],
        }
    }

    /// The sources index: every outlet with its counts.
    fn sources_index(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let path = "sources/index.html";
        let page = SourcesPage {
            site: self.site,
            page: PageMeta::new(
                path,
                "Sources".into(),
                "The outlets of the package, their articles and the statements they carried."
                    .into(),
                "sources",
            ),
            outlets: (0..self.dossier.outlets.len())
                .map(|i| self.outlet_view(i))
                .collect(),
        };
        templates.render("sources.html", path, &page)
    }

    /// An outlet's pages: its articles, each with the quotes it carried and
    /// how many of them no other outlet reported.
    fn outlet(&self, templates: &Templates<'_>, index: usize) -> Result<Vec<OutputFile>> {
        let d = self.dossier;
        let outlet = &d.outlets[index];
        let first = &self.outlet_hrefs[index];
        let pages = page_count(outlet.articles.len(), PAGE_ARTICLES);
        let mut files = Vec::with_capacity(pages);
        for number in 1..=pages {
            let path = numbered_page(first, number);
            let start = (number - 1) * PAGE_ARTICLES;
            let chunk = &outlet.articles[start.min(outlet.articles.len())
                ..(start + PAGE_ARTICLES).min(outlet.articles.len())];
            let articles = chunk
                .iter()
                .map(|&i| {
                    let article = &d.site.articles[i];
                    let quotes = &d.article_quotes[i];
                    ArticleRef {
                        title: &article.title,
                        href: article.page(),
                        date: article.date.to_string(),
                        date_label: date_label(article.date),
                        url: article.url.as_deref(),
                        agencies: &article.agencies,
                        quotes: quotes.len(),
                        exclusive: quotes
                            .iter()
                            .filter(|q| {
                                d.statement_of(q)
                                    .is_some_and(|s| self.reach.outlets[s].len() == 1)
                            })
                            .count(),
                    }
                })
                .collect();
            let title = match number {
                1 => outlet.name.to_string(),
                n => format!("{}, page {n}", outlet.name),
            };
            let page = OutletPage {
                site: self.site,
                page: PageMeta::new(
                    &path,
                    title,
                    format!(
                        "The articles of {} in the package and the statements it carried.",
                        outlet.name
                    ),
                    "sources",
                ),
                outlet: self.outlet_view(index),
                articles,
                pager: Pager::new(first, pages, number),
            };
            files.push(templates.render("outlet.html", &path, &page)?);
        }
        Ok(files)
    }

    /// The voices pages: speakers for no actor (linked), then the statements
    /// with no named speaker, over numbered pages.
    fn voices(&self, templates: &Templates<'_>, unattributed: &[usize]) -> Result<Vec<OutputFile>> {
        let d = self.dossier;
        let pages = page_count(unattributed.len(), PAGE_STATEMENTS);
        let mut files = Vec::with_capacity(pages);
        for number in 1..=pages {
            let path = numbered_page(VOICES, number);
            let start = (number - 1) * PAGE_STATEMENTS;
            let chunk = &unattributed
                [start.min(unattributed.len())..(start + PAGE_STATEMENTS).min(unattributed.len())];
            let title = match number {
                1 => "Unaffiliated voices".to_string(),
                n => format!("Unaffiliated voices, page {n}"),
            };
            let page = VoicesPage {
                site: self.site,
                page: PageMeta::new(
                    &path,
                    title,
                    "Speakers who speak for no actor, and quotes with no known speaker.".into(),
                    "voices",
                ),
                speakers: match number {
                    1 => (0..d.speakers.len())
                        .filter(|&i| d.speakers[i].actor.is_none())
                        .map(|i| self.speaker_view(i))
                        .collect(),
                    _ => Vec::new(),
                },
                unattributed: chunk.iter().map(|&s| self.statements.view(s)).collect(),
                unattributed_count: unattributed.len(),
                pager: Pager::new(VOICES, pages, number),
            };
            files.push(templates.render("voices.html", &path, &page)?);
        }
        Ok(files)
    }

    fn plain(
        &self,
        templates: &Templates<'_>,
        template: &str,
        path: &str,
        title: &str,
    ) -> Result<OutputFile> {
        let section = match template {
            "search.html" => "search",
            _ => "other",
        };
        let page = PlainPage {
            site: self.site,
            page: PageMeta::new(path, title.to_string(), String::new(), section),
        };
        templates.render(template, path, &page)
    }

    /// Absolute URL of a root-relative path (`base_url` is absolute
    /// wherever this is used).
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.site.base_url.unwrap_or(""))
    }

    fn feed(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let entries = (0..self.statements.len())
            .rev()
            .take(FEED_ENTRIES)
            .map(|i| {
                let statement = self.statements.view(i);
                let who = statement
                    .speaker
                    .or(statement.actor.as_ref().map(|a| a.name))
                    .unwrap_or("Unattributed");
                FeedEntry {
                    title: format!("{who}: “{}”", crate::first_words(statement.text, 12)),
                    url: self.url(&statement.href),
                    statement,
                }
            })
            .collect();
        let page = FeedPage {
            site: self.site,
            feed_url: self.url("atom.xml"),
            home_url: self.url("index.html"),
            entries,
        };
        templates.render("atom.xml", "atom.xml", &page)
    }

    /// Every page but search and 404, from the files rendered.
    /// `paths`: the pages to list, sorted.
    fn sitemap(&self, templates: &Templates<'_>, paths: &[String]) -> Result<OutputFile> {
        let page = SitemapPage {
            site: self.site,
            urls: paths.iter().map(|p| self.url(p)).collect(),
        };
        templates.render("sitemap.xml", "sitemap.xml", &page)
    }
}

/// The aliases worth showing: not the name again, no case variants.
fn distinct_aliases<'a>(name: &str, aliases: &'a [String]) -> Vec<&'a str> {
    let mut seen = BTreeSet::from([name.to_lowercase()]);
    aliases
        .iter()
        .filter(|a| seen.insert(a.to_lowercase()))
        .map(String::as_str)
        .collect()
}

/// Element id of a speaker's group of statements on a dossier page.
fn group_anchor(speaker_anchor: &str, kind: QuoteKind) -> String {
    match kind {
        QuoteKind::Direct => speaker_anchor.to_string(),
        QuoteKind::Reported => format!("{speaker_anchor}-reported"),
    }
}

/// The `id` attributes of an HTML fragment, found in one pass.
fn element_ids(html: &str) -> std::collections::BTreeSet<&str> {
    // memchr's search, not `match_indices`: an article page's HTML is
    // long and this marker rare.
    const OPEN: &str = " id=\"";
    memchr::memmem::find_iter(html.as_bytes(), OPEN)
        .filter_map(|at| {
            let rest = &html[at + OPEN.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Quote, Site, SiteConfig};
    use crate::test_support::{actor, article, quote};

    #[test]
    fn a_long_list_renders_only_the_later_pages_keep_accepts() {
        let site = Site {
            config: SiteConfig::with_title("T"),
            articles: vec![article("a", "")],
            actors: vec![actor("russia", "Russia", &[])],
            static_files: Vec::new(),
            theme_overrides: Vec::new(),
        };
        // Three pages of statements by one speaker of one actor.
        let quotes: Vec<Quote> = (0..PAGE_STATEMENTS * 2 + 1)
            .map(|n| Quote {
                speaker: Some("Ann Bee".into()),
                actor: Some("russia".into()),
                ..quote(&format!("q{n}"), "a", &format!("Statement {n}."))
            })
            .collect();
        let dossier = Dossier::new(&site, &quotes);
        let theme = crate::theme::Theme::new(&site.config.theme, &site.theme_overrides);
        let templates = Templates::new(&theme).unwrap();
        let hrefs = paging::speaker_hrefs(&dossier);
        let layout = Layout::new(&dossier, &hrefs);
        let rendered = |keep: &(dyn Fn(&str) -> bool + Sync)| {
            let files = Mutex::new(BTreeSet::new());
            let sink = |file: OutputFile| {
                files.lock().unwrap().insert(file.path);
                Ok(())
            };
            render(&dossier, &templates, &hrefs, &layout, keep, &sink).unwrap();
            files.into_inner().unwrap()
        };
        let speaker = hrefs[0].as_str();
        let speaker_last = numbered_page(speaker, 3);
        let all = rendered(&|_| true);
        for page in [
            "actors/russia/index.html",
            "actors/russia/2/index.html",
            "actors/russia/3/index.html",
            speaker,
            speaker_last.as_str(),
        ] {
            assert!(all.contains(page), "{page} missing from {all:?}");
        }
        let wanted = [
            "actors/russia/index.html",
            "actors/russia/3/index.html",
            speaker,
        ];
        let some = rendered(&|path| wanted.contains(&path));
        let wanted: BTreeSet<String> = wanted.iter().map(|p| p.to_string()).collect();
        assert_eq!(some, wanted);
        // A later page alone is no reason to render its list.
        let none = rendered(&|path| path == "actors/russia/2/index.html");
        assert!(none.is_empty(), "{none:?}");
    }

    #[test]
    fn aliases_skip_the_name_and_case_variants() {
        let aliases: Vec<String> = ["rebels", "Rebels", "Rebel factions", "rebel groups"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            distinct_aliases("Rebel factions", &aliases),
            vec!["rebels", "rebel groups"]
        );
    }
}
