//! Stage 3: find quotes. Article body -> spans of text in quote marks.
//!
//! One pass over each block with a stack of open marks, so nested quotes
//! stay inside the quote that holds them:
//!
//! - `“ ”`, `" "`, `« »` and `‘ ’` / `' '` are quote marks; a quote opened
//!   with one double mark may be closed with the other (`“...required."`).
//! - A straight `"` opens when it follows a space and closes when it is
//!   followed by a space or punctuation, so `"no"` inside `“...”` nests.
//! - A single mark between two letters (`won’t`, `Assad’s`, `al-Da’ada`)
//!   is an apostrophe, and so is one that closes nothing (`militants' claims`).
//! - A double quote still open at the end of its block runs to the end of
//!   the block: newspapers open every paragraph of a long quote and close
//!   only the last one.
//!
//! Which quotes are statements (not headlines or scare quotes) is decided
//! by attribution, which sees the words around them.

use std::ops::Range;

use crate::markdown::{Block, BlockKind};

/// Quoted words found in a body, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Index of the block (see [`crate::markdown::blocks`]) that holds the quote.
    pub block: usize,
    /// Byte range of the quoted words, without the marks.
    pub text: Range<usize>,
    /// Byte range including the marks.
    pub outer: Range<usize>,
    /// The quote is not closed in its block (it goes on in the next one).
    pub open_end: bool,
    /// The block is a heading, where quote marks are headline scare quotes.
    pub in_heading: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
}

/// An open quote mark: its kind, byte offset and length.
type Open = (Mark, usize, usize);

/// Finds the quotes of each block of `body`, in document order.
pub fn find_quotes(body: &str, blocks: &[Block]) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let text = &body[block.range.clone()];
        for (inner, outer, open_end) in scan(text) {
            let base = block.range.start;
            spans.push(QuoteSpan {
                block: index,
                text: base + inner.start..base + inner.end,
                outer: base + outer.start..base + outer.end,
                open_end,
                in_heading: block.kind == BlockKind::Heading,
            });
        }
    }
    spans
}

/// The top-level quotes of one block: (inner range, outer range, open at the end).
fn scan(text: &str) -> Vec<(Range<usize>, Range<usize>, bool)> {
    let mut found = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // Only the first byte of a mark is looked for; the characters around
    // it are decoded when one is found.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = next_mark_start(bytes, from) {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        from = i + len;
        if !is_mark(c) {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[from..].chars().next();
        let opens = opening_position(prev, next);
        let closes = closing_position(prev, next);
        match c {
            // German quotes open low and close with `“`: „so“.
            '“' if closes && opened_low(text, &stack) => {
                close(&mut stack, Mark::Double, i, len, &mut found);
            }
            '“' | '«' | '„' => stack.push((Mark::Double, i, len)),
            '”' | '»' => close(&mut stack, Mark::Double, i, len, &mut found),
            '"' => {
                if closes && stack.iter().any(|o| o.0 == Mark::Double) {
                    close(&mut stack, Mark::Double, i, len, &mut found);
                } else if opens {
                    stack.push((Mark::Double, i, len));
                }
            }
            '‘' if opens => stack.push((Mark::Single, i, len)),
            '’' | '\'' => {
                let apostrophe = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric)
                    || plural_possessive(prev, &text[i + len..]);
                if apostrophe {
                } else if closes && stack.last().is_some_and(|o| o.0 == Mark::Single) {
                    close(&mut stack, Mark::Single, i, len, &mut found);
                } else if c == '\'' && opens {
                    stack.push((Mark::Single, i, len));
                }
            }
            _ => {}
        }
    }
    // A single mark left open counts only when it opens the paragraph
    // (`‘The North needs relief.` then `‘That gives Seoul leverage,’ he
    // said.`): elsewhere it is more likely an apostrophe (`’90s`).
    let open = stack
        .first()
        .filter(|&&(mark, start, _)| mark == Mark::Double || start == 0);
    if let Some(&(_, start, len)) = open {
        let inner = start + len..text.len();
        if !text[inner.clone()].trim().is_empty() {
            found.push((inner, start..text.len(), true));
        }
    }
    found
}

/// Pops the stack down to the innermost open `mark`; a quote that leaves
/// the stack empty is a top-level quote.
fn close(
    stack: &mut Vec<Open>,
    mark: Mark,
    at: usize,
    len: usize,
    found: &mut Vec<(Range<usize>, Range<usize>, bool)>,
) {
    let Some(position) = stack.iter().rposition(|o| o.0 == mark) else {
        return;
    };
    let (_, start, open_len) = stack[position];
    stack.truncate(position);
    let inner = start + open_len..at;
    if stack.is_empty() && !inner.is_empty() {
        found.push((inner, start..at + len, false));
    }
}

/// The innermost open quote was opened with a German `„`.
fn opened_low(text: &str, stack: &[Open]) -> bool {
    stack
        .last()
        .is_some_and(|&(mark, start, _)| mark == Mark::Double && text[start..].starts_with('„'))
}

/// `the rebels’ positions`: after an `s` and before a lowercase word, a
/// single mark is a possessive, not the end of a quote.
fn plural_possessive(prev: Option<char>, rest: &str) -> bool {
    let mut after = rest.chars();
    prev == Some('s') && after.next() == Some(' ') && after.next().is_some_and(char::is_lowercase)
}

/// The first byte at or after `from` that [`may_start_mark`]. A block of
/// bytes with none, most of a body, is passed at once: the test of a whole
/// block vectorises, a loop that may stop at any byte does not.
fn next_mark_start(bytes: &[u8], from: usize) -> Option<usize> {
    const BLOCK: usize = 32;
    let mut start = from;
    for block in bytes[from..].chunks(BLOCK) {
        if block
            .iter()
            .fold(false, |found, &b| found | may_start_mark(b))
        {
            return block
                .iter()
                .position(|&b| may_start_mark(b))
                .map(|i| start + i);
        }
        start += block.len();
    }
    None
}

/// The characters the scanner looks at; everything else is skipped fast.
/// The first byte of every mark of [`is_mark`]: `"`, `'`, and the lead
/// bytes of `« »` (0xC2) and of `“ ” „ ‘ ’` (0xE2).
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)
}

fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '«' | '»' | '„' | '"' | '‘' | '’' | '\'')
}

/// A mark after a space (or at the start) and before a word opens a quote.
fn opening_position(prev: Option<char>, next: Option<char>) -> bool {
    let before = prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | ';' | '“' | '‘' | '"' | '\''
            )
    });
    before && next.is_some_and(|n| !n.is_whitespace())
}

/// A mark after a word and before a space or punctuation closes a quote.
fn closing_position(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_starts_with_a_byte_the_scan_looks_for() {
        for c in ['“', '”', '«', '»', '„', '"', '‘', '’', '\''] {
            assert!(is_mark(c));
            assert!(may_start_mark(c.to_string().as_bytes()[0]), "{c}");
        }
    }
    use crate::markdown::blocks;

    fn quotes(body: &str) -> Vec<&str> {
        find_quotes(body, &blocks(body))
            .into_iter()
            .map(|q| &body[q.text])
            .collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(
            quotes("He said “yes, we can,” and left.\n"),
            ["yes, we can,"]
        );
        assert_eq!(quotes("He said \"no way\" today.\n"), ["no way"]);
    }

    #[test]
    fn single_quotes_are_quotes_and_apostrophes_are_not() {
        assert_eq!(quotes("Talks ‘close’ to a deal.\n"), ["close"]);
        assert_eq!(quotes("He said 'we won' today.\n"), ["we won"]);
        assert!(quotes("Assad’s men won’t go to Karam al-Da’ada.\n").is_empty());
        assert!(quotes("The militants' claims were false.\n").is_empty());
    }

    #[test]
    fn apostrophes_inside_quotes_do_not_close_them() {
        assert_eq!(
            quotes("“It won’t mean the end of Assad’s war,” he said.\n"),
            ["It won’t mean the end of Assad’s war,"]
        );
        assert_eq!(
            quotes("‘Revolutionaries won’t leave’\n"),
            ["Revolutionaries won’t leave"]
        );
    }

    #[test]
    fn plural_possessives_do_not_close_single_quotes() {
        assert_eq!(
            quotes("‘The rebels’ positions are weak,’ he said.\n"),
            ["The rebels’ positions are weak,"]
        );
        assert_eq!(quotes("Talks ‘close’ to a deal.\n"), ["close"]);
    }

    #[test]
    fn german_quotes_open_low_and_close_high() {
        assert_eq!(
            quotes("„Wir sind bereit“, sagte er. „Ein „kleiner“ Schritt“, fügte er hinzu.\n"),
            ["Wir sind bereit", "Ein „kleiner“ Schritt"]
        );
        // English curly quotes still open with `“`.
        assert_eq!(quotes("“Yes,” he said. “No.”\n"), ["Yes,", "No."]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            quotes("“They call it ‘a truce’ and \"peace\" now,” he said.\n"),
            ["They call it ‘a truce’ and \"peace\" now,"]
        );
    }

    #[test]
    fn mixed_marks_close_each_other() {
        assert_eq!(quotes("“Help is needed.\" He left.\n"), ["Help is needed."]);
        assert_eq!(quotes("\"Help is needed.” He left.\n"), ["Help is needed."]);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_end_of_its_paragraph() {
        let body = "He said: “First part.\n\n“Second part,” he added.\n";
        let spans = find_quotes(body, &blocks(body));
        assert_eq!(spans.len(), 2);
        assert_eq!(&body[spans[0].text.clone()], "First part.");
        assert!(spans[0].open_end);
        assert!(!spans[1].open_end);
    }

    #[test]
    fn an_unclosed_single_quote_runs_on_only_when_it_opens_the_paragraph() {
        let body = "‘The North needs relief.\n\n‘That gives leverage,’ he said.\n";
        let spans = find_quotes(body, &blocks(body));
        assert_eq!(spans.len(), 2);
        assert_eq!(&body[spans[0].text.clone()], "The North needs relief.");
        assert!(spans[0].open_end);
        assert_eq!(quotes("Music of the '90s was loud.\n"), Vec::<&str>::new());
        assert_eq!(quotes("He said 'tis the season.\n"), Vec::<&str>::new());
    }

    #[test]
    fn several_quotes_in_one_paragraph() {
        assert_eq!(
            quotes("“One,” he said. “Two.” \"Three\"\n"),
            ["One,", "Two.", "Three"]
        );
    }

    #[test]
    fn heading_quotes_are_flagged() {
        let body = "## ‘Won’t leave’\n\nText.\n";
        let spans = find_quotes(body, &blocks(body));
        assert!(spans[0].in_heading);
    }

    #[test]
    fn stray_marks_do_not_panic_or_invent_quotes() {
        assert!(quotes("a ” b ’ c\n").is_empty());
        assert!(quotes("“\n").is_empty());
        assert_eq!(quotes("5' 10\" tall\n").len(), 0);
    }

    #[test]
    fn next_mark_start_finds_what_a_byte_by_byte_search_finds() {
        // Marks at every distance from a block's edge, and none at all.
        let filler = "plain words here, no marks at all; ";
        let mut texts = vec![String::new(), filler.repeat(5)];
        for at in 0..70 {
            for mark in ["\"", "'", "“", "”", "«", "»", "‘", "’", "„", "é", "—"] {
                let mut text: String = "x".repeat(at);
                text.push_str(mark);
                text.push_str(&filler.repeat(2));
                text.push_str(mark);
                texts.push(text);
            }
        }
        for text in &texts {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let byte_by_byte = bytes[from..]
                    .iter()
                    .position(|&b| may_start_mark(b))
                    .map(|i| from + i);
                assert_eq!(
                    next_mark_start(bytes, from),
                    byte_by_byte,
                    "{text:?} {from}"
                );
            }
        }
    }
}
