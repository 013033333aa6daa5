//! Safe output: text from articles, actors and `site.toml` reaches the
//! pages only as text. The fixture puts `<script>`, quotes, ampersands and
//! right-to-left text in titles, names, quote text and bodies.

use std::collections::BTreeMap;

use crate::util::{TempSite, tree};

/// The HTML pages of the built escaping fixture: path -> text.
fn pages() -> BTreeMap<String, String> {
    let site = TempSite::copy("escaping");
    site.build().success();
    tree(&site.out())
        .into_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| (path, String::from_utf8(bytes).unwrap()))
        .collect()
}

#[test]
fn no_markup_from_content_reaches_the_pages() {
    let pages = pages();
    assert!(pages.contains_key("index.html"), "{:?}", pages.keys());
    for (path, html) in &pages {
        let lower = html.to_ascii_lowercase();
        for tag in [
            "<script>alert",
            "<img src=x",
            "<iframe",
            "<b>rebels",
            "<i>omar",
            "<em>wire",
        ] {
            assert!(
                !lower.contains(tag),
                "{path} has unescaped {tag:?}:\n{html}"
            );
        }
        // Escaped markup may keep these as text, but never inside a tag
        // (in attribute values `"` is escaped, so they cannot appear there).
        for attribute in ["href=\"javascript:", "src=\"javascript:", "href=\"data:"] {
            assert!(
                !in_tag(&lower, attribute),
                "{path} has {attribute:?} in a tag:\n{html}"
            );
        }
    }
    let index = &pages["index.html"];
    assert!(index.contains("&lt;script&gt;alert("), "{index}");
    assert!(index.contains("Aleppo &amp; "), "{index}");
}

/// Whether `needle` occurs inside a tag (after a `<` with no `>` between).
fn in_tag(html: &str, needle: &str) -> bool {
    html.match_indices(needle).any(|(at, _)| {
        let before = &html[..at];
        before.rfind('<') > before.rfind('>')
    })
}

/// Needs the article and actor pages of the render branch.
#[test]
fn content_text_is_shown_escaped() {
    let pages = pages();
    let all: String = pages.values().map(String::as_str).collect();
    let article = pages
        .get("articles/rtl/index.html")
        .expect("article page articles/rtl/index.html");
    assert!(article.contains("&lt;script&gt;alert("), "{article}");
    assert!(article.contains("حلب &amp; \u{202e}txt.exe"), "{article}");
    assert!(article.contains("&lt;em&gt;Wire&lt;"), "{article}");
    for text in [
        "&lt;b&gt;Rebels&lt;",
        "Abu &lt;i&gt;Omar&lt;",
        "O&#x27;Brien &lt;x&gt;",
        "&lt;script&gt;alert(&#x27;quote&#x27;)",
    ] {
        assert!(
            all.contains(text) || all.contains(&text.replace("&#x27;", "&#39;")),
            "no page shows {text:?}"
        );
    }
}
