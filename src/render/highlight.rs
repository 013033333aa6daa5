//! Syntax highlighting of fenced code blocks with syntect, as CSS classes
//! (the theme's stylesheet colours them), so pages carry no inline styles.
//!
//! Articles rarely hold code: the syntax definitions are loaded once, and
//! only when a page has a fenced block with a known language.

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

const OPEN: &str = "<pre><code class=\"language-";
const CLOSE: &str = "</code></pre>";

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// Highlights the `<pre><code class="language-x">` blocks of rendered
/// Markdown; blocks in unknown languages are left as they are.
pub fn code_blocks(html: &str) -> String {
    if !html.contains(OPEN) {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len() * 2);
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len()..];
        let parsed = after.split_once("\">").and_then(|(lang, tail)| {
            let (code, tail) = tail.split_once(CLOSE)?;
            Some((lang, code, tail))
        });
        let Some((lang, code, tail)) = parsed else {
            out.push_str(&rest[start..]);
            return out;
        };
        match highlight(lang, &unescape(code)) {
            Some(classed) => {
                out.push_str("<pre class=\"code\"><code class=\"language-");
                out.push_str(lang);
                out.push_str("\">");
                out.push_str(&classed);
                out.push_str(CLOSE);
            }
            None => out.push_str(&rest[start..rest.len() - tail.len()]),
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

fn highlight(lang: &str, code: &str) -> Option<String> {
    let set = syntaxes();
    let syntax = set.find_syntax_by_token(lang)?;
    let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, set, ClassStyle::Spaced);
    for line in LinesWithEndings::from(code) {
        generator
            .parse_html_for_line_which_includes_newline(line)
            .ok()?;
    }
    Some(generator.finalize())
}

/// Undoes pulldown-cmark's escaping of code text.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_languages_get_classes_others_stay() {
        let html = crate::markdown::to_html(
            "Text\n\n```rust\nfn main() { let a = 1 < 2; }\n```\n\n```nosuchlang\nx < y\n```\n",
            false,
            &[],
        );
        let out = code_blocks(&html);
        assert!(
            out.contains("<pre class=\"code\"><code class=\"language-rust\">"),
            "{out}"
        );
        assert!(
            out.contains("<span class=\"storage type function rust\">fn</span>"),
            "{out}"
        );
        assert!(out.contains("&lt;"), "{out}");
        assert!(
            out.contains("<pre><code class=\"language-nosuchlang\">x &lt; y"),
            "{out}"
        );
    }

    #[test]
    fn pages_without_code_are_untouched() {
        assert_eq!(code_blocks("<p>a</p>\n"), "<p>a</p>\n");
    }
}
