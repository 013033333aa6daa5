//! Statement cards as fragments: each statement's card (its words in full,
//! speaker line, first reports) is rendered once with the theme's
//! `card.html` and pasted into every dossier page that lists it, instead
//! of going through the page template once per page.
//!
//! A fragment is rendered with a placeholder for the page's root prefix,
//! filled in per page. Only MiniJinja themes with a `card.html` get
//! fragments; Tera themes keep rendering the lists in their own templates.

use std::sync::Mutex;

use minijinja::Value;
use minijinja::value::Serde;

use super::context::StatementView;
use super::html::Templates;
use crate::error::Result;

/// The template each card is rendered from.
pub const CARD_TEMPLATE: &str = "card.html";

/// Stands for the page's root prefix in a fragment. Passed as a safe
/// string, so it is written as is; every text of the card is escaped, so
/// no `<` of the card's content can be taken for it.
const ROOT_MARK: &str = "<root>";

/// The fragments, made on first use and dropped after their last, so no
/// more of them are held than the pages in progress need.
pub struct Cards {
    slots: Vec<Mutex<Slot>>,
}

struct Slot {
    html: Option<String>,
    /// How many more pages will show the card.
    uses_left: usize,
}

impl Cards {
    /// `uses[s]`: how many pages list statement `s` as a card.
    pub fn new(uses: Vec<usize>) -> Self {
        let slots = uses
            .into_iter()
            .map(|uses_left| {
                Mutex::new(Slot {
                    html: None,
                    uses_left,
                })
            })
            .collect();
        Cards { slots }
    }

    /// The card of `view` (statement `index`) for a page at `root` whose
    /// own dossier is `here` ("" for none): the shared fragment when the
    /// page links the same names as the statement's home dossier, else one
    /// made for this page.
    pub fn card(
        &self,
        templates: &Templates<'_>,
        index: usize,
        view: &StatementView<'_>,
        root: &str,
        here: &str,
    ) -> Result<String> {
        let home = view.actor.as_ref().map_or("", |a| a.href.as_str());
        let shared = here == home
            || !view
                .segments
                .iter()
                .any(|seg| seg.href.as_deref().is_some_and(|h| h == here || h == home));
        if !shared {
            return render(templates, view, root, here);
        }
        let mut slot = self.slots[index].lock().expect("no panic holds the lock");
        let fragment = match slot.html.take() {
            Some(html) => html,
            None => render(templates, view, ROOT_MARK, home)?,
        };
        let card = fragment.replace(ROOT_MARK, root);
        slot.uses_left = slot.uses_left.saturating_sub(1);
        if slot.uses_left > 0 {
            slot.html = Some(fragment);
        }
        Ok(card)
    }
}

/// A card as dossiers and the voices page list it: with its permalink
/// anchor, without the speaker and actor (the group heading names them).
fn render(
    templates: &Templates<'_>,
    view: &StatementView<'_>,
    root: &str,
    here: &str,
) -> Result<String> {
    let context = minijinja::context! {
        s => Value::from(Serde(view)),
        root => Value::from_safe_string(root.to_string()),
        here => here,
        anchor => true,
        speaker => false,
        actor => false,
    };
    templates.render_fragment(CARD_TEMPLATE, context)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuoteKind;
    use crate::render::context::{ActorRef, Segment};
    use crate::theme::Theme;

    fn view(names: Option<&str>) -> StatementView<'static> {
        let actor = |id: &'static str| ActorRef {
            id,
            name: id,
            kind: None,
            href: format!("actors/{id}/index.html"),
        };
        StatementView {
            id: "s-1",
            href: "actors/home/index.html#s-1".into(),
            page_href: None,
            kind: QuoteKind::Direct,
            text: "We agree.",
            segments: vec![Segment {
                text: "We agree.".into(),
                href: names.map(|id| format!("actors/{id}/index.html")),
            }],
            speaker: None,
            speaker_href: None,
            role: None,
            actor: Some(actor("home")),
            date: "2016-12-01".into(),
            date_label: "1 December 2016".into(),
            reports: Vec::new(),
            report_count: 0,
            compare_href: None,
            versions_label: None,
        }
    }

    fn theme() -> Theme {
        let card =
            "{{ root }}|{{ here }}|{% for seg in s.segments %}{{ seg.href or \"-\" }}{% endfor %}";
        Theme::new(
            "dossier",
            &[("templates/card.html".to_string(), card.to_string())],
        )
    }

    #[test]
    fn one_fragment_serves_every_page_root_until_its_last_use() {
        let theme = theme();
        let templates = Templates::new(&theme).unwrap();
        let cards = Cards::new(vec![2]);
        let here = "actors/home/index.html";
        let v = view(None);
        let first = cards.card(&templates, 0, &v, "../../", here).unwrap();
        let second = cards.card(&templates, 0, &v, "../../../", here).unwrap();
        assert_eq!(first, format!("../../|{here}|-"));
        assert_eq!(second, format!("../../../|{here}|-"));
        assert!(cards.slots[0].lock().unwrap().html.is_none(), "freed");
    }

    #[test]
    fn a_page_that_links_other_names_gets_its_own_card() {
        let theme = theme();
        let templates = Templates::new(&theme).unwrap();
        let cards = Cards::new(vec![2]);
        // On the parent's dossier the parent's name is not linked: `here`
        // is the parent, not the statement's home.
        let v = view(Some("parent"));
        let parent = "actors/parent/index.html";
        let card = cards.card(&templates, 0, &v, "../../", parent).unwrap();
        assert_eq!(card, format!("../../|{parent}|{parent}"));
        assert!(cards.slots[0].lock().unwrap().html.is_none());
    }
}
