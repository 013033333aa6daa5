//! The search index: `search-index.js`, a script that sets
//! `window.ONRECORD_SEARCH`. A `<script>` tag loads it, so search works from
//! `file://` (no fetch, no module, no worker); the theme's `search.js` reads it.
//!
//! It holds statements, speakers, actors, article titles and the site's
//! pages, not article bodies, and refers to actors and speakers by position
//! instead of repeating names and links, to stay small for large packages.

use serde::Serialize;

use super::OutputFile;
use crate::graph::Dossier;

/// Where the index is written.
pub const PATH: &str = "search-index.js";

/// Position in a list, or -1 for none (smaller than `null` in JSON).
type Ref = i64;

#[derive(Serialize)]
struct Index<'a> {
    /// `[id, name, aliases joined by ", "]`; page: `actors/<id>/index.html`.
    actors: Vec<(&'a str, &'a str, String)>,
    /// `[anchor, name, role, actor]`; page: `speakers/index.html#<anchor>`.
    speakers: Vec<(&'a str, &'a str, &'a str, Ref)>,
    /// `[slug, title, outlet, date]`; page: `articles/<slug>/index.html`.
    articles: Vec<(&'a str, &'a str, &'a str, String)>,
    /// `[id, text, speaker, actor, date]`; permalink on the actor's dossier,
    /// or on `voices/index.html` when the actor is -1.
    statements: Vec<(&'a str, &'a str, Ref, Ref, String)>,
    /// `[path, title]` of the site's list pages.
    pages: Vec<(&'a str, &'a str)>,
}

fn position(index: Option<usize>) -> Ref {
    index.and_then(|i| Ref::try_from(i).ok()).unwrap_or(-1)
}

/// Builds `search-index.js`.
pub fn render(dossier: &Dossier<'_>) -> OutputFile {
    let index = Index {
        actors: dossier
            .actors
            .iter()
            .map(|n| {
                (
                    n.actor.id.as_str(),
                    n.actor.name.as_str(),
                    n.actor.aliases.join(", "),
                )
            })
            .collect(),
        speakers: dossier
            .speakers
            .iter()
            .map(|s| {
                (
                    s.anchor.as_str(),
                    s.name,
                    s.role.unwrap_or(""),
                    position(s.actor),
                )
            })
            .collect(),
        articles: dossier
            .site
            .articles
            .iter()
            .map(|a| {
                (
                    a.slug.as_str(),
                    a.title.as_str(),
                    a.outlet.as_str(),
                    a.date.to_string(),
                )
            })
            .collect(),
        statements: dossier
            .statements
            .iter()
            .map(|s| {
                (
                    s.id,
                    s.text,
                    position(s.speaker_index),
                    position(s.actor),
                    s.date.to_string(),
                )
            })
            .collect(),
        pages: vec![
            ("index.html", "Home"),
            ("timeline/index.html", "Timeline: every statement by day"),
            ("speakers/index.html", "Speakers: every person quoted"),
            ("sources/index.html", "Sources: outlets and articles"),
            (
                "voices/index.html",
                "Unaffiliated voices and unattributed quotes",
            ),
        ],
    };
    let json = serde_json::to_string(&index).expect("the search index always serializes");
    let mut bytes = Vec::with_capacity(json.len() + 32);
    bytes.extend_from_slice(b"window.ONRECORD_SEARCH = ");
    bytes.extend_from_slice(json.as_bytes());
    bytes.extend_from_slice(b";\n");
    OutputFile {
        path: PATH.to_string(),
        bytes,
    }
}
