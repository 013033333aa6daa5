//! Cross-links in page bodies: actor names and aliases in an article's
//! text or an actor's background link to that actor's dossier.
//!
//! Newsroom convention: only the first mention of each actor in a text is
//! linked, so an article does not turn into a sea of links. Names are never linked inside headings, existing links,
//! images, code or raw HTML, nor inside quotes already marked (a quote mark
//! links to its statement, whose text links the names itself).

use std::collections::BTreeSet;
use std::ops::Range;

use crate::graph::{Mention, NameFinder};
use crate::markdown::{BlockKind, Linkable};

/// The names to link in `body`, where `linkable` says they may go: see
/// [`choose`]. `skip` holds ranges that already link somewhere (quote
/// marks); `exclude` is the actor whose own page this is.
pub fn name_links(
    body: &str,
    linkable: &Linkable,
    finder: &NameFinder,
    skip: &[Range<usize>],
    exclude: Option<usize>,
) -> Vec<Mention> {
    let blocks: Vec<Range<usize>> = linkable
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Heading)
        .map(|b| b.range.clone())
        .collect();
    let mut skip = skip.to_vec();
    skip.extend(linkable.unlinkable.iter().cloned());
    let found: Vec<Mention> = blocks
        .iter()
        .flat_map(|block| {
            finder
                .find(&body[block.clone()])
                .into_iter()
                .map(move |m| Mention {
                    range: m.range.start + block.start..m.range.end + block.start,
                    actor: m.actor,
                })
        })
        .collect();
    choose(&blocks, &found, &skip, exclude)
}

/// The first mention of each actor in the text, among `found` (sorted by
/// position), leaving out mentions that overlap a `skip` range, that lie
/// outside every block, or that name `exclude`.
pub fn choose(
    blocks: &[Range<usize>],
    found: &[Mention],
    skip: &[Range<usize>],
    exclude: Option<usize>,
) -> Vec<Mention> {
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let mut chosen = Vec::new();
    let mut linked = BTreeSet::new();
    for block in blocks {
        for mention in found {
            let inside = block.start <= mention.range.start && mention.range.end <= block.end;
            if inside
                && Some(mention.actor) != exclude
                && !skip.iter().any(|s| overlaps(s, &mention.range))
                && linked.insert(mention.actor)
            {
                chosen.push(mention.clone());
            }
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::actor;

    fn finder() -> NameFinder {
        NameFinder::new(&[
            actor("russia", "Russia", &["Moscow", "Russian"]),
            actor("un", "UN", &["United Nations"]),
        ])
    }

    fn linked(body: &str, skip: &[Range<usize>], exclude: Option<usize>) -> Vec<(usize, String)> {
        // Where names may go, as the writing parse shows it.
        let mut mentions = Vec::new();
        crate::markdown::to_html_linking(body, false, &[], |linkable| {
            mentions = name_links(body, linkable, &finder(), skip, exclude);
            Vec::new()
        });
        mentions
            .into_iter()
            .map(|m| (m.range.start, body[m.range].to_string()))
            .collect()
    }

    #[test]
    fn first_mention_of_each_actor_per_text() {
        let body = "Moscow and the UN met. Russia said the UN lied.\n\nRussia again.\n";
        assert_eq!(
            linked(body, &[], None),
            vec![(0, "Moscow".to_string()), (15, "UN".to_string())]
        );
    }

    #[test]
    fn names_match_whole_words_only() {
        let body = "UNICEF and Russians and Moscowitz, but not the Russian.\n";
        assert_eq!(linked(body, &[], None), vec![(47, "Russian".to_string())]);
    }

    #[test]
    fn no_links_in_headings_links_code_or_marked_quotes() {
        let body = "# Russia\n\n[Moscow](https://a.org) and `UN` and “Russia lied” and the UN.\n";
        let quote = body.find("Russia lied").unwrap();
        let skip = [Range {
            start: quote,
            end: quote + "Russia lied".len(),
        }];
        let un = body.rfind("UN").unwrap();
        assert_eq!(linked(body, &skip, None), vec![(un, "UN".to_string())]);
        // Without the mark, the quote's name is the paragraph's first link-free mention.
        assert_eq!(linked(body, &[], None)[0], (quote, "Russia".to_string()));
    }

    #[test]
    fn an_actor_page_does_not_link_to_itself() {
        let body = "Russia works with the United Nations.\n";
        assert_eq!(
            linked(body, &[], Some(0)),
            vec![(22, "United Nations".to_string())]
        );
    }

    #[test]
    fn choose_drops_mentions_outside_blocks() {
        let found = vec![
            Mention {
                range: 0..2,
                actor: 1,
            },
            Mention {
                range: 10..12,
                actor: 1,
            },
        ];
        let blocks = [Range { start: 5, end: 20 }];
        assert_eq!(choose(&blocks, &found, &[], None), vec![found[1].clone()]);
    }
}
