//! The list of quotes beside an article's body, written by Rust: the
//! article page's `quote_list`, which the `dossier` theme's `article.html`
//! prints.
//!
//! Through the template engine the list was most of an article page's
//! cost (a `set` block and a dozen lookups a quote, about 270,000
//! instructions a page); here it is the bytes. The markup is the one the
//! template used to print, byte for byte
//! ([`quote_list_template.html`](quote_list_template.html), kept the same
//! by a unit test). The page still carries `quotes`, so a theme that wants
//! other markup loops over them itself (docs/themes.md).

use super::context::{ArticleQuote, StatementLink};
use super::html::write_escaped;

/// The `<ol class="quote-list">` of `quotes`, or the line saying there are
/// none; links prefixed with `root`, the page's way back to the site root.
pub fn quote_list(quotes: &[ArticleQuote<'_, '_>], root: &str) -> String {
    if quotes.is_empty() {
        return "<p class=\"empty\">No quotes found.</p>".to_string();
    }
    let mut out = String::with_capacity(160 * quotes.len() + 32);
    out.push_str("<ol class=\"quote-list\">");
    for quote in quotes {
        item(&mut out, quote, root);
    }
    out.push_str("</ol>");
    out
}

/// One quote: who, its words (in full when the text holds no mark for it,
/// else its first words linked to the mark), how often it was reported.
fn item(out: &mut String, quote: &ArticleQuote<'_, '_>, root: &str) {
    let statement = quote.statement.as_ref();
    if quote.needs_anchor {
        out.push_str("<li id=\"");
        escape(out, quote.id);
        out.push_str("\">");
        who(out, statement);
        out.push_str("\n“");
        escape(out, quote.text);
        out.push('”');
        if let Some(st) = statement {
            out.push_str(" · <a href=\"");
            escape(out, root);
            escape(out, &st.href);
            out.push_str("\">");
            match st.actor {
                Some(actor) => {
                    escape(out, actor.name);
                    out.push_str(" dossier");
                }
                None => out.push_str("permalink"),
            }
            out.push_str("</a>");
        }
    } else {
        out.push_str("<li>");
        who(out, statement);
        out.push_str("\n<a href=\"#");
        escape(out, quote.id);
        out.push_str("\">“");
        escape(out, &quote.excerpt);
        out.push_str("”</a>");
    }
    if let Some(st) = statement.filter(|st| st.report_count > 1) {
        out.push_str(" · ");
        match &st.page_href {
            Some(page_href) => {
                out.push_str("<a href=\"");
                escape(out, root);
                escape(out, page_href);
                out.push_str("\">");
                reports(out, st.report_count);
                out.push_str("</a>");
            }
            None => reports(out, st.report_count),
        }
    }
    out.push_str("</li>\n");
}

/// The speaker in bold, or why there is none.
fn who(out: &mut String, statement: Option<&StatementLink<'_, '_>>) {
    out.push_str("<b>");
    match statement {
        Some(StatementLink {
            speaker: Some(speaker),
            ..
        }) => escape(out, speaker),
        Some(_) => out.push_str("Speaker not named"),
        None => out.push_str("Unattributed"),
    }
    out.push_str("</b>");
}

fn reports(out: &mut String, count: usize) {
    out.push_str(&count.to_string());
    out.push_str(" reports");
}

/// `text` HTML-escaped onto `out`, as the templates escape.
fn escape(out: &mut String, text: &str) {
    // Writing into a `String` cannot fail.
    let _ = write_escaped(out, text);
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::super::context::{ActorRef, ArticleQuote, StatementLink};
    use super::super::html::Templates;
    use super::quote_list;
    use crate::theme::Theme;

    #[derive(Serialize)]
    struct PageRoot<'r> {
        root: &'r str,
    }

    #[derive(Serialize)]
    struct Page<'v, 'a> {
        page: PageRoot<'v>,
        quotes: &'v [ArticleQuote<'v, 'a>],
    }

    fn link<'v>(
        speaker: Option<&'static str>,
        actor: Option<&'v ActorRef<'static>>,
        report_count: usize,
        own_page: bool,
    ) -> StatementLink<'v, 'static> {
        StatementLink {
            speaker,
            actor,
            href: "actors/gondor/index.html#s-1".into(),
            page_href: own_page.then(|| "statements/s-1/index.html".into()),
            report_count,
        }
    }

    fn quote<'v>(
        id: &'static str,
        statement: Option<StatementLink<'v, 'static>>,
        needs_anchor: bool,
    ) -> ArticleQuote<'v, 'static> {
        ArticleQuote {
            id,
            text: "The bridge at <Osgiliath> & the ford stay 'closed' \"for now\"",
            excerpt: "The bridge at <Osgiliath> & the...".into(),
            statement,
            needs_anchor,
        }
    }

    /// Every branch of the list: with and without a statement, a speaker,
    /// an actor, an anchor, several reports and their own page.
    fn quotes<'v>(gondor: &'v ActorRef<'static>) -> Vec<ArticleQuote<'v, 'static>> {
        let mut list = Vec::new();
        for needs_anchor in [false, true] {
            list.push(quote("q-none", None, needs_anchor));
            for speaker in [None, Some("Denethor \"the Steward\"")] {
                for actor in [None, Some(gondor)] {
                    for (count, own_page) in [(1, false), (2, false), (5, true)] {
                        let statement = link(speaker, actor, count, own_page);
                        list.push(quote("q-<1>", Some(statement), needs_anchor));
                    }
                }
            }
        }
        list
    }

    #[test]
    fn the_list_is_the_markup_of_the_template_it_replaces() {
        let overrides = vec![(
            "templates/reference.html".to_string(),
            include_str!("quote_list_template.html").to_string(),
        )];
        let theme = Theme::new("dossier", &overrides);
        let templates = Templates::new(&theme).unwrap();
        let gondor = ActorRef {
            id: "gondor",
            name: "Gondor & Arnor",
            kind: None,
            href: "actors/gondor/index.html".into(),
        };
        let all = quotes(&gondor);
        assert_eq!(all.len(), 26);
        let lists: [&[ArticleQuote<'_, '_>]; 4] = [&all, &all[..1], &all[5..6], &[]];
        for (at, list) in lists.into_iter().enumerate() {
            let root = "../../";
            let page = Page {
                page: PageRoot { root },
                quotes: list,
            };
            let old = templates.render("reference.html", "r.html", &page).unwrap();
            let old = String::from_utf8(old.bytes).unwrap();
            // The renderer ends every file with a newline; the template's
            // own text has none.
            assert_eq!(format!("{}\n", quote_list(list, root)), old, "list {at}");
        }
    }

    #[test]
    fn words_are_escaped_and_links_lead_back_to_the_root() {
        let gondor = ActorRef {
            id: "gondor",
            name: "Gondor & Arnor",
            kind: None,
            href: "actors/gondor/index.html".into(),
        };
        let list = [
            quote(
                "q-1",
                Some(link(Some("Denethor"), Some(&gondor), 5, true)),
                true,
            ),
            quote("q-2", None, false),
        ];
        let html = quote_list(&list, "../../");
        assert!(
            html.contains("“The bridge at &lt;Osgiliath&gt; &amp; the ford stay &#39;closed&#39; &quot;for now&quot;”"),
            "{html}"
        );
        assert!(
            html.contains(
                "<a href=\"../../actors/gondor/index.html#s-1\">Gondor &amp; Arnor dossier</a>"
            ),
            "{html}"
        );
        assert!(
            html.contains(
                " · <a href=\"../../statements/s-1/index.html\">5 reports</a></li>\n<li><b>Unattributed</b>\n<a href=\"#q-2\">"
            ),
            "{html}"
        );
        assert_eq!(
            quote_list(&[], ""),
            "<p class=\"empty\">No quotes found.</p>"
        );
    }
}
