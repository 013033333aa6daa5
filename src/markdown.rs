//! Markdown helpers shared by the stages: the text blocks of a body (what
//! the quote finder reads) and Markdown -> HTML (what the renderer shows).

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// What kind of block a piece of body text stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// A heading: headlines and subheads, where quote marks are mostly scare quotes.
    Heading,
    ListItem,
    TableCell,
}

/// A list item being read by [`blocks`].
struct OpenItem {
    index: usize,
    had_paragraph: bool,
    nested_start: Option<usize>,
}

/// A block of running text, as a byte range of the Markdown body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub range: Range<usize>,
}

/// The CommonMark extensions the content contract allows.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

/// The text blocks of `body` in document order. Code blocks and raw HTML
/// blocks are not running text and are left out; a list item that holds
/// paragraphs is represented by those paragraphs.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut reader = BlockReader::new(body);
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        reader.see(&event, range);
    }
    reader.finish()
}

/// Where actor names may be linked in a body, from the parse that writes
/// it (see [`to_html_linking`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linkable {
    /// The text blocks, as [`blocks`] gives them.
    pub blocks: Vec<Block>,
    /// Where no link may go: links, images, inline code, raw HTML.
    pub unlinkable: Vec<Range<usize>>,
}

/// [`blocks`] read event by event, from a parse that is also used for
/// something else.
struct BlockReader<'b> {
    body: &'b str,
    blocks: Vec<Block>,
    /// Open list items: where their block goes, whether a paragraph was
    /// seen inside, and where a nested list starts (a tight item's text
    /// ends there, so nested items are not scanned twice).
    items: Vec<OpenItem>,
}

impl<'b> BlockReader<'b> {
    fn new(body: &'b str) -> Self {
        BlockReader {
            body,
            blocks: Vec::new(),
            items: Vec::new(),
        }
    }

    /// The next event of the parse, at `range` of the body.
    fn see(&mut self, event: &Event<'_>, range: Range<usize>) {
        let (body, blocks, items) = (self.body, &mut self.blocks, &mut self.items);
        match event {
            Event::Start(Tag::Paragraph) => {
                if let Some(item) = items.last_mut() {
                    item.had_paragraph = true;
                }
                blocks.push(Block {
                    kind: BlockKind::Paragraph,
                    range: trim_range(body, range),
                });
            }
            Event::Start(Tag::Heading { .. }) => {
                nested_block(items, range.start);
                blocks.push(Block {
                    kind: BlockKind::Heading,
                    range: heading_text(body, range),
                })
            }
            Event::Start(Tag::TableCell) => blocks.push(Block {
                kind: BlockKind::TableCell,
                range: trim_range(body, range),
            }),
            Event::Start(
                Tag::List(_)
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::Table(_)
                | Tag::FootnoteDefinition(_),
            ) => nested_block(items, range.start),
            Event::Start(Tag::Item) => {
                // The item's own text comes before the blocks of its nested
                // lists but is known only at its end: keep its place with an
                // empty block (dropped below if it stays empty), so deep
                // nesting costs nothing per level.
                items.push(OpenItem {
                    index: blocks.len(),
                    had_paragraph: false,
                    nested_start: None,
                });
                blocks.push(Block {
                    kind: BlockKind::ListItem,
                    range: 0..0,
                });
            }
            Event::End(TagEnd::Item) => {
                if let Some(item) = items.pop()
                    && !item.had_paragraph
                {
                    let end = item.nested_start.unwrap_or(range.end).max(range.start);
                    blocks[item.index].range = item_text(body, range.start..end);
                }
            }
            _ => {}
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.blocks.retain(|b| !b.range.is_empty());
        self.blocks
    }
}

/// A block starts inside the innermost open list item: the item's own
/// text (if tight) ends there.
fn nested_block(items: &mut [OpenItem], start: usize) {
    if let Some(item) = items.last_mut() {
        item.nested_start.get_or_insert(start);
    }
}

fn trim_range(body: &str, range: Range<usize>) -> Range<usize> {
    let slice = &body[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    start..end.max(start)
}

/// What Markdown syntax counts as white space. Other Unicode spaces
/// (U+3000, U+00A0) are text: trimming them here would cut ranges apart.
const MARKDOWN_SPACE: [char; 4] = [' ', '\t', '\r', '\n'];

/// A heading's text without its `#` marks (ATX) or underline (setext).
fn heading_text(body: &str, range: Range<usize>) -> Range<usize> {
    let slice = &body[range.clone()];
    let first_line = slice.split('\n').next().unwrap_or(slice);
    let trimmed = first_line.trim_start_matches(MARKDOWN_SPACE);
    let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
    let start = range.start + (first_line.len() - trimmed.len()) + hashes;
    let mut end = (range.start + first_line.trim_end_matches(MARKDOWN_SPACE).len()).max(start);
    let inner = &body[start..end];
    let without_closing = inner.trim_end_matches('#');
    if hashes > 0 && (without_closing.ends_with(' ') || without_closing.is_empty()) {
        end = start + without_closing.len();
    }
    trim_range(body, start..end.max(start))
}

/// A tight list item's text without its bullet or number.
fn item_text(body: &str, range: Range<usize>) -> Range<usize> {
    let slice = &body[range.clone()];
    let trimmed = slice.trim_start_matches(MARKDOWN_SPACE);
    let marker = trimmed.find(MARKDOWN_SPACE).unwrap_or(trimmed.len());
    let start = range.start + (slice.len() - trimmed.len()) + marker;
    trim_range(body, start..range.end)
}

/// A place in the body to mark in the HTML: the byte range of a quote's
/// text, the element id of its first piece and where it links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub id: String,
    pub href: String,
}

/// A place in the body to link without marking it as a quote: an actor
/// name, linked to the actor's dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameLink {
    pub range: Range<usize>,
    pub href: String,
}

/// Renders a Markdown body to HTML. Raw HTML is escaped unless
/// `allow_html`; links with `javascript:`/`data:` targets lose their link.
/// Each [`Mark`] range is wrapped, text node by text node, in a link to the
/// quote's statement, so marks never break the element structure.
pub fn to_html(body: &str, allow_html: bool, marks: &[Mark]) -> String {
    to_html_linking(body, allow_html, marks, |_| Vec::new())
}

/// [`to_html`], with names linked: `link_names` is shown where names may
/// go (read from the same parse, so a body is parsed once) and returns the
/// [`NameLink`] ranges (which must not overlap a mark or lie inside a
/// link), each wrapped as a mark is, in a link without a class (a link to
/// a dossier without a fragment is what the theme styles as a name link).
pub fn to_html_linking(
    body: &str,
    allow_html: bool,
    marks: &[Mark],
    link_names: impl FnOnce(&Linkable) -> Vec<NameLink>,
) -> String {
    let mut reader = BlockReader::new(body);
    let mut unlinkable = Vec::new();
    let parsed: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(body, options())
        .into_offset_iter()
        .inspect(|(event, range)| {
            reader.see(event, range.clone());
            if matches!(
                event,
                Event::Start(Tag::Link { .. } | Tag::Image { .. })
                    | Event::Code(_)
                    | Event::Html(_)
                    | Event::InlineHtml(_)
            ) {
                unlinkable.push(range.clone());
            }
        })
        .collect();
    let names = link_names(&Linkable {
        blocks: reader.finish(),
        unlinkable,
    });
    let mut wraps: Vec<Wrap> = marks
        .iter()
        .map(|mark| {
            // No `title` tooltip: the list of quotes beside the text names
            // each speaker, and a tooltip per piece weighed on every page.
            // No class either: a quote is the only link to a statement
            // (`#s-`), which is what the theme's style picks.
            let attributes = format!(" href=\"{}\"", escape(&mark.href));
            Wrap {
                range: mark.range.clone(),
                first: format!("<a id=\"{}\"{attributes}>", escape(&mark.id)),
                rest: format!("<a{attributes}>"),
            }
        })
        .chain(names.iter().map(|name| {
            let open = format!("<a href=\"{}\">", escape(&name.href));
            Wrap {
                range: name.range.clone(),
                first: open.clone(),
                rest: open,
            }
        }))
        .collect();
    wraps.sort_by_key(|w| (w.range.start, w.range.end));
    // The furthest end among wraps[..=i]: never decreasing, so the first
    // wrap that can reach a text node is found by binary search (an
    // article with thousands of quotes stays linear).
    let reach: Vec<usize> = wraps
        .iter()
        .scan(0, |max, w| {
            *max = w.range.end.max(*max);
            Some(*max)
        })
        .collect();
    let mut first_piece = vec![true; wraps.len()];
    let mut events: Vec<Event<'_>> = Vec::with_capacity(parsed.len());
    let mut unsafe_link_depth = 0usize;
    for (event, range) in parsed {
        match event {
            Event::Html(html) | Event::InlineHtml(html) if !allow_html => {
                events.push(Event::Text(html))
            }
            Event::Start(Tag::Link { ref dest_url, .. }) if !is_safe_url(dest_url) => {
                unsafe_link_depth += 1
            }
            Event::End(TagEnd::Link) if unsafe_link_depth > 0 => unsafe_link_depth -= 1,
            Event::Start(Tag::Image { ref dest_url, .. }) if !is_safe_url(dest_url) => {
                events.push(Event::Start(Tag::Emphasis))
            }
            Event::Text(text) if body.get(range.clone()) == Some(&*text) => {
                let from = reach.partition_point(|&end| end <= range.start);
                push_marked_text(
                    &mut events,
                    &text,
                    range.start,
                    &wraps,
                    from,
                    &mut first_piece,
                )
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

/// A range to wrap in a link: the opening tag of its first piece, and of
/// the pieces after (a mark's id goes on the first only).
struct Wrap {
    range: Range<usize>,
    first: String,
    rest: String,
}

fn push_marked_text<'a>(
    events: &mut Vec<Event<'a>>,
    text: &str,
    offset: usize,
    wraps: &[Wrap],
    from_wrap: usize,
    first_piece: &mut [bool],
) {
    let end = offset + text.len();
    let mut cursor = offset;
    for (i, wrap) in wraps.iter().enumerate().skip(from_wrap) {
        if wrap.range.start >= end {
            break;
        }
        let (from, to) = (wrap.range.start.max(cursor), wrap.range.end.min(end));
        if from >= to
            || !text.is_char_boundary(from - offset)
            || !text.is_char_boundary(to - offset)
        {
            continue;
        }
        if from > cursor {
            events.push(Event::Text(
                text[cursor - offset..from - offset].to_string().into(),
            ));
        }
        let open = if std::mem::take(&mut first_piece[i]) {
            &wrap.first
        } else {
            &wrap.rest
        };
        events.push(Event::InlineHtml(open.clone().into()));
        events.push(Event::Text(
            text[from - offset..to - offset].to_string().into(),
        ));
        events.push(Event::InlineHtml("</a>".into()));
        cursor = to;
    }
    if cursor < end {
        events.push(Event::Text(text[cursor - offset..].to_string().into()));
    }
}

/// Only web, mail and in-page links are kept.
pub fn is_safe_url(url: &str) -> bool {
    let compact: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let lower = compact.to_ascii_lowercase();
    match lower.find(':') {
        Some(colon) if !lower[..colon].contains(['/', '?', '#']) => {
            matches!(&lower[..colon], "http" | "https" | "mailto")
        }
        _ => true,
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Plain text of a Markdown snippet (for summaries and the search index).
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_cover_paragraphs_headings_and_items() {
        let body = "# Head “x”\n\nPara one\nstill one.\n\n- item a\n- item b\n\n```\ncode\n```\n";
        let blocks = blocks(body);
        let texts: Vec<_> = blocks
            .iter()
            .map(|b| (&body[b.range.clone()], b.kind))
            .collect();
        assert_eq!(
            texts,
            vec![
                ("Head “x”", BlockKind::Heading),
                ("Para one\nstill one.", BlockKind::Paragraph),
                ("item a", BlockKind::ListItem),
                ("item b", BlockKind::ListItem),
            ]
        );
    }

    #[test]
    fn hundred_thousand_nested_items_are_one_block() {
        let depth = 100_000;
        let nested = "- ".repeat(depth) + "x\n";
        let blocks = blocks(&nested);
        assert_eq!(blocks.len(), 1);
        assert_eq!(&nested[blocks[0].range.clone()], "x");
    }

    #[test]
    fn nested_items_do_not_overlap() {
        let body = "- outer “a”\n  - inner “b”\n    - innermost\n- last\n- # head\n";
        let texts: Vec<_> = blocks(body)
            .iter()
            .map(|b| &body[b.range.clone()])
            .collect();
        assert_eq!(
            texts,
            vec!["outer “a”", "inner “b”", "innermost", "last", "head"]
        );
    }

    #[test]
    fn unicode_spaces_around_headings_do_not_panic() {
        // Found by `cargo fuzz run extract`: a setext heading of U+3000.
        for body in ["\u{3000}\n==", "#\u{3000}\n", "-\u{a0}x\n", "# \u{3000}#\n"] {
            for block in blocks(body) {
                assert!(body.get(block.range).is_some(), "{body:?}");
            }
        }
    }

    #[test]
    fn raw_html_is_escaped_unless_allowed() {
        let html = to_html("Hi <script>alert(1)</script>\n", false, &[]);
        assert!(!html.contains("<script>"), "{html}");
        assert!(to_html("<b>x</b>\n", true, &[]).contains("<b>x</b>"));
    }

    #[test]
    fn script_links_lose_their_link() {
        let html = to_html(
            "[click](javascript:alert(1)) and [ok](https://a.org)\n",
            false,
            &[],
        );
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("href=\"https://a.org\""), "{html}");
    }

    #[test]
    fn name_links_wrap_beside_marks() {
        let body = "Russia said “no” today.\n";
        let quote = body.find("no").unwrap();
        let mark = Mark {
            range: quote..quote + 2,
            id: "q-1".into(),
            href: "s.html#s-1".into(),
        };
        let name = NameLink {
            range: 0..6,
            href: "../../actors/russia/index.html".into(),
        };
        let html = to_html_linking(body, false, &[mark], |_| vec![name]);
        assert_eq!(
            html,
            "<p><a href=\"../../actors/russia/index.html\">Russia</a> said “<a id=\"q-1\" href=\"s.html#s-1\">no</a>” today.</p>\n"
        );
    }

    #[test]
    fn the_writing_parse_shows_the_blocks_and_where_no_link_may_go() {
        let body = "# Head\n\nSee [a](x) and `b` and <i>c</i>.\n\n- item\n";
        let mut shown = None;
        let html = to_html_linking(body, false, &[], |linkable| {
            shown = Some(linkable.clone());
            Vec::new()
        });
        assert_eq!(html, to_html(body, false, &[]));
        let shown = shown.expect("link_names is called once");
        assert_eq!(shown.blocks, blocks(body));
        let texts: Vec<&str> = shown.unlinkable.iter().map(|r| &body[r.clone()]).collect();
        assert_eq!(texts, ["[a](x)", "`b`", "<i>", "</i>"]);
    }

    #[test]
    fn marks_wrap_text_across_emphasis() {
        let body = "He said “a *b* c” today.\n";
        let start = body.find('a').unwrap();
        let end = body.find(" c").unwrap() + 2;
        let mark = Mark {
            range: start..end,
            id: "q-1".into(),
            href: "x.html#s".into(),
        };
        let html = to_html(body, false, &[mark]);
        assert_eq!(html.matches("#s\">").count(), 3, "{html}");
        assert_eq!(html.matches("id=\"q-1\"").count(), 1, "{html}");
        assert!(
            html.contains("<em><a href=\"x.html#s\">b</a></em>"),
            "{html}"
        );
    }
}
