//! Stage 3: find quotes. Article body -> spans of text in quote marks.
//!
//! (First version: paired “curly” and "straight" double quotes inside one
//! block. The rules grow in issue 3.)

use std::ops::Range;

use crate::markdown::Block;

/// Quoted words found in a body, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Index of the block (see [`crate::markdown::blocks`]) that holds the quote.
    pub block: usize,
    /// Byte range of the quoted words, without the marks.
    pub text: Range<usize>,
    /// Byte range including the marks.
    pub outer: Range<usize>,
}

/// Finds the quotes of each block of `body`.
pub fn find_quotes(body: &str, blocks: &[Block]) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let text = &body[block.range.clone()];
        let mut open: Option<(usize, char)> = None;
        for (i, c) in text.char_indices() {
            match (open, c) {
                (None, '“' | '"') => open = Some((i, c)),
                (Some((start, opener)), '”' | '"') if opener == '“' || c == '"' => {
                    let base = block.range.start;
                    let inner = base + start + opener.len_utf8()..base + i;
                    if !inner.is_empty() {
                        spans.push(QuoteSpan {
                            block: index,
                            text: inner,
                            outer: base + start..base + i + c.len_utf8(),
                        });
                    }
                    open = None;
                }
                _ => {}
            }
        }
    }
    spans
}
