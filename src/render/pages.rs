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
use super::highlight;
use super::html::Templates;
use crate::error::Result;
use crate::graph::Dossier;
use crate::markdown::{self, Mark};
use crate::model::QuoteKind;

/// How many statements the home page shows as the latest.
const LATEST: usize = 8;

/// How many of the newest statements `atom.xml` carries.
const FEED_ENTRIES: usize = 50;

/// Renders every page and the feeds.
pub fn render(dossier: &Dossier<'_>, templates: &Templates<'_>) -> Result<Vec<OutputFile>> {
    let config = &dossier.site.config;
    let site = SiteView::new(config, dossier);
    let actors = actor_refs(dossier);
    let statements = statement_views(dossier, &actors);
    let views = Views {
        dossier,
        site: &site,
        actors: &actors,
        statements: &statements,
    };
    let mut files = vec![
        views.home(templates)?,
        views.speakers(templates)?,
        views.timeline(templates)?,
        views.sources(templates)?,
        views.voices(templates)?,
        views.plain(templates, "search.html", "search/index.html", "Search")?,
        views.plain(templates, "404.html", "404.html", "Page not found")?,
        views.feed(templates)?,
        views.sitemap(templates)?,
        views.plain(templates, "robots.txt", "robots.txt", "robots")?,
    ];
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
    Ok(files)
}

/// The graph and the views every page draws from.
struct Views<'v, 'a> {
    dossier: &'v Dossier<'a>,
    site: &'v SiteView<'a>,
    actors: &'v [ActorRef<'a>],
    statements: &'v [StatementView<'a>],
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
            background: body_html(&actor.body, d.site.config.allow_html, &[]),
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
            .map(|(speaker, speaker_actor, statements)| {
                let speaker = speaker.map(|i| &d.speakers[i]);
                SpeakerGroup {
                    name: speaker.map(|s| s.name),
                    role: speaker.and_then(|s| s.role),
                    href: speaker.map(|s| format!("speakers/index.html#{}", s.anchor)),
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
        let body = body_html(&article.body, d.site.config.allow_html, &marks);
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

    fn speaker_view(&self, index: usize) -> SpeakerView<'v, 'a> {
        let speaker = &self.dossier.speakers[index];
        SpeakerView {
            name: speaker.name,
            anchor: &speaker.anchor,
            role: speaker.role,
            actor: speaker.actor.map(|a| &self.actors[a]),
            statements: speaker
                .statements
                .iter()
                .map(|&s| &self.statements[s])
                .collect(),
        }
    }

    fn speakers(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let path = "speakers/index.html";
        let page = SpeakersPage {
            site: self.site,
            page: PageMeta::new(
                path,
                "Speakers".into(),
                "Every person quoted, with the actor they speak for and their statements.".into(),
                "speakers",
            ),
            speakers: (0..self.dossier.speakers.len())
                .map(|i| self.speaker_view(i))
                .collect(),
        };
        templates.render("speakers.html", path, &page)
    }

    fn timeline(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let path = "timeline/index.html";
        let mut days: Vec<Day<'v, 'a>> = Vec::new();
        for (statement, view) in self.dossier.statements.iter().zip(self.statements) {
            match days.last_mut() {
                Some(day) if day.date == view.date => day.statements.push(view),
                _ => days.push(Day {
                    date: view.date.clone(),
                    label: date_label(statement.date),
                    statements: vec![view],
                }),
            }
        }
        let page = TimelinePage {
            site: self.site,
            page: PageMeta::new(
                path,
                "Timeline".into(),
                "Every statement, day by day.".into(),
                "timeline",
            ),
            days,
        };
        templates.render("timeline.html", path, &page)
    }

    fn sources(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let d = self.dossier;
        let path = "sources/index.html";
        let mut anchors = BTreeSet::new();
        let outlets = d
            .outlets
            .iter()
            .map(|outlet| {
                let base = format!("outlet-{}", slug::slugify(outlet.name));
                let mut anchor = base.clone();
                let mut n = 2;
                while !anchors.insert(anchor.clone()) {
                    anchor = format!("{base}-{n}");
                    n += 1;
                }
                OutletView {
                    name: outlet.name,
                    anchor,
                    articles: outlet
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
                }
            })
            .collect();
        let page = SourcesPage {
            site: self.site,
            page: PageMeta::new(
                path,
                "Sources".into(),
                "The outlets of the package and their articles.".into(),
                "sources",
            ),
            outlets,
        };
        templates.render("sources.html", path, &page)
    }

    fn voices(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let d = self.dossier;
        let path = "voices/index.html";
        let speakers = (0..d.speakers.len())
            .filter(|&i| d.speakers[i].actor.is_none())
            .map(|i| self.speaker_view(i))
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

    fn sitemap(&self, templates: &Templates<'_>) -> Result<OutputFile> {
        let d = self.dossier;
        let mut paths: Vec<String> = [
            "index.html",
            "speakers/index.html",
            "timeline/index.html",
            "sources/index.html",
            "voices/index.html",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        paths.extend(d.actors.iter().map(|n| actor_page(&n.actor.id)));
        paths.extend(d.site.articles.iter().map(|a| a.page()));
        paths.sort();
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

/// Markdown -> HTML, with fenced code highlighted.
fn body_html(markdown_text: &str, allow_html: bool, marks: &[Mark]) -> String {
    highlight::code_blocks(&markdown::to_html(markdown_text, allow_html, marks))
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
