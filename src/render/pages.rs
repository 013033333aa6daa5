//! Every page of the site: builds each page's context from the dossier
//! graph and renders it with its template.
//!
//! Pages: `index.html`, `actors/<id>/index.html`, `articles/<slug>/index.html`,
//! `speakers/`, `timeline/`, `sources/`, `voices/` and `search/` (each an
//! `index.html`), `404.html`, plus `atom.xml`, `sitemap.xml`, `robots.txt`.

use std::collections::BTreeSet;

use rayon::prelude::*;

use super::OutputFile;
use super::context::*;
use super::crosslinks;
#[cfg(feature = "highlight")]
use super::highlight;
use super::html::Templates;
use super::paging;
use crate::error::Result;
use crate::graph::Dossier;
use crate::markdown::{self, Mark, NameLink};
use crate::model::QuoteKind;

/// How many statements the home page shows as the latest.
const LATEST: usize = 8;

/// How many of the newest statements `atom.xml` carries.
const FEED_ENTRIES: usize = 50;

/// Renders every page and the feeds.
/// `speaker_hrefs` are the links to each speaker (see [`paging`]).
pub fn render(
    dossier: &Dossier<'_>,
    templates: &Templates<'_>,
    speaker_hrefs: &[String],
) -> Result<Vec<OutputFile>> {
    let config = &dossier.site.config;
    let site = SiteView::new(config, dossier);
    let actors = actor_refs(dossier);
    let statements = statement_views(dossier, &actors, speaker_hrefs);
    let outlet_anchors = paging::outlet_anchors(dossier.outlets.iter().map(|o| o.name));
    let outlet_hrefs = paging::outlet_hrefs(&outlet_anchors, dossier.site.articles.len());
    let views = Views {
        dossier,
        site: &site,
        actors: &actors,
        statements: &statements,
        speaker_hrefs,
        outlet_anchors: &outlet_anchors,
        outlet_hrefs: &outlet_hrefs,
    };
    let mut files = vec![
        views.home(templates)?,
        views.voices(templates)?,
        views.plain(templates, "search.html", "search/index.html", "Search")?,
        views.plain(templates, "404.html", "404.html", "Page not found")?,
        views.feed(templates)?,
        views.plain(templates, "robots.txt", "robots.txt", "robots")?,
    ];
    files.extend(views.sources(templates)?);
    files.extend(views.speakers(templates)?);
    files.extend(views.timeline(templates)?);
    let actor_pages: Result<Vec<OutputFile>> = (0..dossier.actors.len())
        .into_par_iter()
        .map(|i| views.actor(templates, i))
        .collect();
    files.extend(actor_pages?);
    let article_pages: Result<Vec<OutputFile>> = (0..dossier.site.articles.len())
        .into_par_iter()
        .map(|i| views.article(templates, i))
        .collect();
    files.extend(article_pages?);
    let sitemap = views.sitemap(templates, &files)?;
    files.push(sitemap);
    Ok(files)
}

/// The graph and the views every page draws from.
struct Views<'v, 'a> {
    dossier: &'v Dossier<'a>,
    site: &'v SiteView<'a>,
    actors: &'v [ActorRef<'a>],
    statements: &'v [StatementView<'a>],
    speaker_hrefs: &'v [String],
    outlet_anchors: &'v [String],
    outlet_hrefs: &'v [String],
}

impl<'v, 'a> Views<'v, 'a> {
    fn home(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let d = self.dossier;
        // The most quoted actors first.
        let mut top: Vec<ActorSummary<'v, 'a>> = d
            .actors
            .iter()
            .enumerate()
            .filter(|(_, node)| node.parent.is_none())
            .map(|(i, _)| self.summary(i, &mut BTreeSet::new()))
            .collect();
        top.sort_by(|a, b| {
            b.statements
                .cmp(&a.statements)
                .then(a.actor.name.cmp(b.actor.name))
        });
        let latest = self.statements.iter().rev().take(LATEST).collect();
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
            latest,
            counts: Counts {
                articles: d.site.articles.len(),
                outlets: d.outlets.len(),
                statements: d.statements.len(),
                speakers: d.speakers.len(),
                unaffiliated: d.statements.iter().filter(|s| s.actor.is_none()).count(),
            },
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

    fn actor(&self, templates: &Templates<'_>, index: usize) -> Result<OutputFile> {
        let d = self.dossier;
        let node = &d.actors[index];
        let actor = node.actor;
        let path = actor_page(&actor.id);
        let mut direct = Vec::new();
        let mut reported = Vec::new();
        for kind in [QuoteKind::Direct, QuoteKind::Reported] {
            let list: Vec<usize> = node
                .rolled_up
                .iter()
                .copied()
                .filter(|&s| d.statements[s].kind == kind)
                .collect();
            let groups = self.speaker_groups(index, &list);
            match kind {
                QuoteKind::Direct => direct = groups,
                QuoteKind::Reported => reported = groups,
            }
        }
        let description = format!(
            "{} statements by people who speak for {}, with every outlet that reported them.",
            node.rolled_up.len(),
            actor.name
        );
        let page = ActorPage {
            site: self.site,
            page: PageMeta::new(&path, actor.name.clone(), description, "actors"),
            actor: &self.actors[index],
            aliases: distinct_aliases(&actor.name, &actor.aliases),
            background: self.body_html(&actor.body, &path, &[], Some(index)),
            parent: node.parent.map(|p| &self.actors[p]),
            children: node.children.iter().map(|&c| &self.actors[c]).collect(),
            direct,
            reported,
            mentioned_by: node
                .mentioned_by
                .iter()
                .map(|&s| &self.statements[s])
                .collect(),
            statement_count: node.rolled_up.len(),
        };
        templates.render("actor.html", &path, &page)
    }

    /// Groups statements by speaker: the most quoted first, unnamed last.
    fn speaker_groups(&self, actor: usize, list: &[usize]) -> Vec<SpeakerGroup<'v, 'a>> {
        let d = self.dossier;
        let mut groups: Vec<(Option<usize>, Option<usize>, Vec<usize>)> = Vec::new();
        for &s in list {
            let statement = &d.statements[s];
            let key = (statement.speaker_index, statement.actor);
            match groups.iter_mut().find(|g| (g.0, g.1) == key) {
                Some(group) => group.2.push(s),
                None => groups.push((key.0, key.1, vec![s])),
            }
        }
        groups.sort_by(|a, b| {
            let name =
                |g: &(Option<usize>, Option<usize>, Vec<usize>)| g.0.map(|i| d.speakers[i].name);
            (a.0.is_none(), std::cmp::Reverse(a.2.len()), name(a)).cmp(&(
                b.0.is_none(),
                std::cmp::Reverse(b.2.len()),
                name(b),
            ))
        });
        groups
            .into_iter()
            .map(|(speaker_index, speaker_actor, statements)| {
                let speaker = speaker_index.map(|i| &d.speakers[i]);
                SpeakerGroup {
                    name: speaker.map(|s| s.name),
                    role: speaker.and_then(|s| s.role),
                    href: speaker_index.map(|i| self.speaker_hrefs[i].clone()),
                    actor: speaker_actor
                        .filter(|&a| a != actor)
                        .map(|a| &self.actors[a]),
                    statements: statements.iter().map(|&s| &self.statements[s]).collect(),
                }
            })
            .collect()
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
                let view = &self.statements[d.statement_of(quote)?];
                let who = match (view.speaker, &view.actor) {
                    (Some(name), Some(actor)) => format!("{name} ({})", actor.name),
                    (Some(name), None) => name.to_string(),
                    (None, Some(actor)) => actor.name.to_string(),
                    (None, None) => "Unattributed".to_string(),
                };
                Some(Mark {
                    range,
                    id: quote.id.clone(),
                    href: format!("../../{}", view.href),
                    title: format!("{who}: see the statement in the dossier"),
                })
            })
            .collect();
        let body = self.body_html(&article.body, &path, &marks, None);
        let anchored = element_ids(&body);
        let list = quotes
            .iter()
            .map(|quote| {
                let statement = d.statement_of(quote).map(|i| &self.statements[i]);
                ArticleQuote {
                    id: &quote.id,
                    text: &quote.text,
                    statement,
                    needs_anchor: !anchored.contains(quote.id.as_str()),
                }
            })
            .collect();
        drop(anchored);
        let description = format!("{}, {}", article.outlet, date_label(article.date));
        let page = ArticlePage {
            site: self.site,
            page: PageMeta::new(&path, article.title.clone(), description, "article"),
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
            source: &article.source,
            body,
            quotes: list,
        };
        templates.render("article.html", &path, &page)
    }

    /// A speaker, with their statements when `full`.
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
        let names: Vec<NameLink> =
            crosslinks::name_links(text, &self.dossier.names, &marked, own_actor)
                .into_iter()
                .map(|mention| {
                    let actor = &self.actors[mention.actor];
                    NameLink {
                        range: mention.range,
                        href: format!("{root}{}", actor.href),
                        title: format!("Dossier: {}", actor.name),
                    }
                })
                .collect();
        let allow_html = self.dossier.site.config.allow_html;
        let html = markdown::to_html_linked(text, allow_html, marks, &names);
        #[cfg(feature = "highlight")]
        let html = highlight::code_blocks(&html);
        html
    }

    fn speaker_view(&self, index: usize, full: bool) -> SpeakerView<'v, 'a> {
        let speaker = &self.dossier.speakers[index];
        SpeakerView {
            name: speaker.name,
            anchor: &speaker.anchor,
            href: &self.speaker_hrefs[index],
            role: speaker.role,
            actor: speaker.actor.map(|a| &self.actors[a]),
            statements: match full {
                true => speaker
                    .statements
                    .iter()
                    .map(|&s| &self.statements[s])
                    .collect(),
                false => Vec::new(),
            },
            count: speaker.statements.len(),
        }
    }

    /// The speakers page; on a large site a directory by letter, and a
    /// page per speaker.
    fn speakers(&self, templates: &Templates<'_>) -> Result<Vec<OutputFile>> {
        let d = self.dossier;
        let path = "speakers/index.html";
        let total = d.speakers.len();
        let meta = || {
            PageMeta::new(
                path,
                "Speakers".into(),
                "Every person quoted, with the actor they speak for and their statements.".into(),
                "speakers",
            )
        };
        if !paging::speakers_split(d) {
            let page = SpeakersPage {
                site: self.site,
                page: meta(),
                up: None,
                speakers: (0..total).map(|i| self.speaker_view(i, true)).collect(),
                directory: Vec::new(),
                total,
            };
            return Ok(vec![templates.render("speakers.html", path, &page)?]);
        }
        let mut directory: Vec<Letter<'v, 'a>> = Vec::new();
        let mut order: Vec<usize> = (0..total).collect();
        order.sort_by_key(|&i| (paging::initial(d.speakers[i].name), i));
        for i in order {
            let letter = paging::initial(d.speakers[i].name);
            let view = self.speaker_view(i, false);
            match directory.last_mut() {
                Some(last) if last.letter == letter => last.speakers.push(view),
                _ => directory.push(Letter {
                    letter,
                    speakers: vec![view],
                }),
            }
        }
        let index = SpeakersPage {
            site: self.site,
            page: meta(),
            up: None,
            speakers: Vec::new(),
            directory,
            total,
        };
        let mut files = vec![templates.render("speakers.html", path, &index)?];
        let pages: Result<Vec<OutputFile>> = (0..total)
            .into_par_iter()
            .map(|i| {
                let speaker = &d.speakers[i];
                let own = &self.speaker_hrefs[i];
                let page = SpeakersPage {
                    site: self.site,
                    page: PageMeta::new(
                        own,
                        speaker.name.to_string(),
                        format!("Every statement by {} in the package.", speaker.name),
                        "speakers",
                    ),
                    up: Some(Link {
                        label: "All speakers".into(),
                        href: format!("{path}#{}", speaker.anchor),
                    }),
                    speakers: vec![self.speaker_view(i, true)],
                    directory: Vec::new(),
                    total,
                };
                templates.render("speakers.html", own, &page)
            })
            .collect();
        files.extend(pages?);
        Ok(files)
    }

    /// The days of statements `range` (indices in date order), with their
    /// statements.
    fn days(&self, range: std::ops::Range<usize>) -> Vec<Day<'v, 'a>> {
        let statements = &self.dossier.statements[range.clone()];
        let mut days: Vec<Day<'v, 'a>> = Vec::new();
        for (statement, view) in statements.iter().zip(&self.statements[range]) {
            match days.last_mut() {
                Some(day) if day.date == view.date => day.statements.push(view),
                _ => days.push(Day {
                    date: view.date.clone(),
                    label: date_label(statement.date),
                    statements: vec![view],
                }),
            }
        }
        days
    }

    /// The timeline: one page, or on a large site an index of months, a
    /// page per month, and a page per day of the large months.
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
            }
        };
        let months = match paging::timeline(&dates) {
            paging::Timeline::Single => {
                let mut single = page(path, "Timeline".into(), None);
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
        // Month and day pages, then rendered in parallel.
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
                    let mut day_page = page(
                        &day_link.href,
                        format!("Timeline: {}", day_link.label),
                        Some(Link {
                            label: link.label.clone(),
                            href: format!("{}#day-{}", link.href, day.key),
                        }),
                    );
                    day_page.days = self.days(day.range.clone());
                    pages.push(day_page);
                }
            } else {
                month_page.days = self.days(month.run.range.clone());
            }
            pages.push(month_page);
        }
        let mut index = page(path, "Timeline".into(), None);
        index.months = month_links;
        pages.push(index);
        pages
            .par_iter()
            .map(|page| templates.render("timeline.html", &page.page.path, page))
            .collect()
    }

    /// The outlet at `index`, with its articles when `full`.
    fn outlet_view(&self, index: usize, full: bool) -> OutletView<'a> {
        let d = self.dossier;
        let outlet = &d.outlets[index];
        let articles = match full {
            false => Vec::new(),
            true => outlet
                .articles
                .iter()
                .map(|&i| {
                    let article = &d.site.articles[i];
                    ArticleRef {
                        title: &article.title,
                        href: article.page(),
                        date: article.date.to_string(),
                        date_label: date_label(article.date),
                        url: article.url.as_deref(),
                        agencies: &article.agencies,
                        quotes: d.article_quotes[i].len(),
                    }
                })
                .collect(),
        };
        OutletView {
            name: outlet.name,
            anchor: self.outlet_anchors[index].clone(),
            href: self.outlet_hrefs[index].clone(),
            articles,
            count: outlet.articles.len(),
        }
    }

    /// The sources page; on a large site a directory of outlets, and a
    /// page per outlet.
    fn sources(&self, templates: &Templates<'_>) -> Result<Vec<OutputFile>> {
        let d = self.dossier;
        let path = "sources/index.html";
        let split = d.site.articles.len() > paging::PAGE_ARTICLES;
        let index = SourcesPage {
            site: self.site,
            page: PageMeta::new(
                path,
                "Sources".into(),
                "The outlets of the package and their articles.".into(),
                "sources",
            ),
            up: None,
            directory: split,
            outlets: (0..d.outlets.len())
                .map(|i| self.outlet_view(i, !split))
                .collect(),
        };
        let mut files = vec![templates.render("sources.html", path, &index)?];
        if split {
            for i in 0..d.outlets.len() {
                let own = &self.outlet_hrefs[i];
                let page = SourcesPage {
                    site: self.site,
                    page: PageMeta::new(
                        own,
                        d.outlets[i].name.to_string(),
                        format!("The articles of {} in the package.", d.outlets[i].name),
                        "sources",
                    ),
                    up: Some(Link {
                        label: "All sources".into(),
                        href: format!("{path}#{}", self.outlet_anchors[i]),
                    }),
                    directory: false,
                    outlets: vec![self.outlet_view(i, true)],
                };
                files.push(templates.render("sources.html", own, &page)?);
            }
        }
        Ok(files)
    }

    fn voices(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let d = self.dossier;
        let path = "voices/index.html";
        let speakers = (0..d.speakers.len())
            .filter(|&i| d.speakers[i].actor.is_none())
            .map(|i| self.speaker_view(i, true))
            .collect();
        let unattributed = d
            .statements
            .iter()
            .zip(self.statements)
            .filter(|(s, _)| s.actor.is_none() && s.speaker.is_none())
            .map(|(_, view)| view)
            .collect();
        let page = VoicesPage {
            site: self.site,
            page: PageMeta::new(
                path,
                "Unaffiliated voices".into(),
                "Speakers who speak for no actor, and quotes with no known speaker.".into(),
                "voices",
            ),
            speakers,
            unattributed,
        };
        templates.render("voices.html", path, &page)
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

    /// Absolute URL of a root-relative path, or the path itself when
    /// `base_url` is not absolute (the feed then resolves it against its own
    /// address).
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.site.base_url.unwrap_or(""))
    }

    fn feed(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        // Atom ids must be absolute: URLs when base_url is, else URNs.
        let urn = format!("urn:onrecord:{}", slug::slugify(self.site.title));
        let entries = self
            .statements
            .iter()
            .rev()
            .take(FEED_ENTRIES)
            .map(|statement| {
                let who = statement
                    .speaker
                    .or(statement.actor.as_ref().map(|a| a.name))
                    .unwrap_or("Unattributed");
                FeedEntry {
                    statement,
                    title: format!("{who}: “{}”", crate::first_words(statement.text, 12)),
                    id: match self.site.base_url {
                        Some(_) => self.url(&statement.href),
                        None => format!("{urn}:{}", statement.id),
                    },
                    url: self.url(&statement.href),
                }
            })
            .collect();
        let page = FeedPage {
            site: self.site,
            feed_id: match self.site.base_url {
                Some(_) => self.url("atom.xml"),
                None => urn.clone(),
            },
            feed_url: self.url("atom.xml"),
            home_url: self.url("index.html"),
            entries,
        };
        templates.render("atom.xml", "atom.xml", &page)
    }

    /// Every page but search and 404, from the files rendered.
    fn sitemap(&self, templates: &Templates<'_>, files: &[OutputFile]) -> Result<OutputFile> {
        let mut paths: Vec<&str> = files
            .iter()
            .map(|f| f.path.as_str())
            .filter(|p| p.ends_with("index.html") && *p != "search/index.html")
            .collect();
        paths.sort_unstable();
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

/// The `id` attributes of an HTML fragment, found in one pass.
fn element_ids(html: &str) -> std::collections::BTreeSet<&str> {
    html.match_indices(" id=\"")
        .filter_map(|(at, open)| {
            let rest = &html[at + open.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
