//! How the versions of a statement differ: each report's wording set
//! against the statement's fullest wording word by word, counted for the
//! card's "3 versions, 2 differ" line (each wording itself is shown on the
//! card or on the statement's page).
//!
//! Differences are found on tokens: words, punctuation marks, bracketed
//! insertions (`[the rebels]`) and ellipses (a cut). Typographic and
//! straight apostrophes and quotes count as the same.

use std::borrow::Cow;

use super::context::display_text;
use crate::graph::Statement;

/// What a token is, so a change can be named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punctuation,
    /// `[...]`: words an outlet put in.
    Bracket,
    /// `...` or `…`: words an outlet cut.
    Ellipsis,
}

/// Whether a piece is in both texts, only in the version, or only in the
/// statement's fullest wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Added,
    Dropped,
}

/// One token of a compared version, ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// `" "` when a space goes before the token, else `""`.
    pub lead: &'static str,
    pub text: String,
    pub kind: TokenKind,
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Token<'t> {
    text: &'t str,
    space_before: bool,
    kind: TokenKind,
}

impl Token<'_> {
    /// The token as compared: apostrophes and quote marks made plain
    /// (borrowed when it has none: most words).
    fn key(&self) -> Cow<'_, str> {
        if self.kind == TokenKind::Ellipsis {
            return Cow::Borrowed("…");
        }
        let typographic = |c: char| matches!(c, '‘' | '’' | 'ʼ' | '“' | '”' | '«' | '»');
        if !self.text.contains(typographic) {
            return Cow::Borrowed(self.text);
        }
        self.text
            .chars()
            .map(|c| match c {
                '‘' | '’' | 'ʼ' => '\'',
                '“' | '”' | '«' | '»' => '"',
                other => other,
            })
            .collect()
    }
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut space_before = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            space_before = true;
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let (len, kind) = if c == '[' {
            let end = rest.find(']').map_or(rest.len(), |i| i + 1);
            (end, TokenKind::Bracket)
        } else if c == '…' {
            (c.len_utf8(), TokenKind::Ellipsis)
        } else if rest.starts_with("...") {
            (
                rest.len() - rest.trim_start_matches('.').len(),
                TokenKind::Ellipsis,
            )
        } else if c.is_alphanumeric() {
            // A word runs on through inner apostrophes and hyphens
            // ("don't", "al-Sham") and through digit groups ("1,000").
            let mut end = 0;
            let mut prev = None;
            let mut chars = rest.char_indices().peekable();
            while let Some((i, ch)) = chars.next() {
                let next = chars.peek().map(|&(_, n)| n);
                let joiner = prev.is_some()
                    && match ch {
                        '\'' | '’' | '-' => next.is_some_and(char::is_alphanumeric),
                        '.' | ',' => {
                            prev.is_some_and(char::is_numeric) && next.is_some_and(char::is_numeric)
                        }
                        _ => false,
                    };
                if !(ch.is_alphanumeric() || joiner) {
                    break;
                }
                end = i + ch.len_utf8();
                prev = Some(ch);
            }
            (end, TokenKind::Word)
        } else {
            (c.len_utf8(), TokenKind::Punctuation)
        };
        tokens.push(Token {
            text: &rest[..len],
            space_before,
            kind,
        });
        space_before = false;
        rest = &rest[len..];
    }
    tokens
}

/// `version` set against `base`: every token of both, in reading order,
/// marked as the same, added (only in `version`) or dropped (only in
/// `base`). A longest common subsequence of tokens decides what is kept.
pub fn diff(base: &str, version: &str) -> Vec<Piece> {
    let a = tokenize(base);
    let b = tokenize(version);
    let (ka, kb): (Vec<Cow<'_, str>>, Vec<Cow<'_, str>>) = (
        a.iter().map(Token::key).collect(),
        b.iter().map(Token::key).collect(),
    );
    // `walk` takes the tokens of a common head as the same, one
    // by one, without asking the table: the table is made for what
    // follows the head only (most versions differ late, if at all).
    let head = ka.iter().zip(&kb).take_while(|(x, y)| x == y).count();
    let table = LcsTable::of(&ka[head..], &kb[head..]);
    walk(&a, &b, &ka, &kb, |i, j| table.at(i - head, j - head))
}

/// The pieces of `a` against `b` (`ka`, `kb` their tokens as compared),
/// walking both with `lcs(i, j)`, the longest common subsequence of
/// `ka[i..]` and `kb[j..]`, asked only where the tokens differ.
fn walk(
    a: &[Token<'_>],
    b: &[Token<'_>],
    ka: &[Cow<'_, str>],
    kb: &[Cow<'_, str>],
    lcs: impl Fn(usize, usize) -> u32,
) -> Vec<Piece> {
    let piece = |token: &Token<'_>, change| Piece {
        lead: if token.space_before { " " } else { "" },
        text: token.text.to_string(),
        kind: token.kind,
        change,
    };
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && ka[i] == kb[j] {
            out.push(piece(&b[j], Change::Same));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs(i, j + 1) >= lcs(i + 1, j)) {
            out.push(piece(&b[j], Change::Added));
            j += 1;
        } else {
            out.push(piece(&a[i], Change::Dropped));
            i += 1;
        }
    }
    if let Some(first) = out.first_mut() {
        first.lead = "";
    }
    // A word that opens one text can follow a word only the other has:
    // two words never touch.
    for i in 1..out.len() {
        if out[i].lead.is_empty()
            && out[i].kind == TokenKind::Word
            && out[i - 1].kind == TokenKind::Word
        {
            out[i].lead = " ";
        }
    }
    out
}

/// lcs(i, j): the length of the longest common subsequence of `a[i..]`
/// and `b[j..]`, for every `i` and `j`, in one table of rows of
/// `b.len() + 1`.
struct LcsTable {
    width: usize,
    cells: Vec<u32>,
}

impl LcsTable {
    fn of(a: &[Cow<'_, str>], b: &[Cow<'_, str>]) -> Self {
        let width = b.len() + 1;
        let mut cells = vec![0u32; (a.len() + 1) * width];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                cells[i * width + j] = if a[i] == b[j] {
                    cells[(i + 1) * width + j + 1] + 1
                } else {
                    cells[(i + 1) * width + j].max(cells[i * width + j + 1])
                };
            }
        }
        LcsTable { width, cells }
    }

    fn at(&self, i: usize, j: usize) -> u32 {
        self.cells[i * self.width + j]
    }
}

/// "3 versions, 2 differ", the line of a statement's card.
pub fn versions_label(versions: usize, differ: usize) -> String {
    match differ {
        0 => format!("{versions} versions, word for word the same"),
        1 => format!("{versions} versions, 1 differs"),
        n => format!("{versions} versions, {n} differ"),
    }
}

/// Consecutive pieces of one kind and one change made one piece (the
/// tokens' own spaces kept), so a run of five dropped words is marked
/// once: each mark costs about 90 bytes of markup and screen-reader
/// brackets, more than the words it marks.
fn merge_runs(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut merged: Vec<Piece> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match merged.last_mut() {
            Some(last)
                if last.change == piece.change
                    && last.kind == piece.kind
                    && piece.change != Change::Same =>
            {
                last.text.push_str(piece.lead);
                last.text.push_str(&piece.text);
            }
            _ => merged.push(piece),
        }
    }
    merged
}

/// The pieces of a version marked up: added words in `<ins>`, dropped
/// words in `<del>`. The style says the change to screen readers
/// (`[added: ...]`, generated content that is read but not seen): written
/// into every change it was a tenth of the old compare pages. Only a
/// bracketed insertion and an ellipsis carry their kind as a class
/// (`diff-bracket`, `diff-ellipsis`), the two the themes style apart: a
/// class on every word and punctuation mark was 2.1 MB of the 10,000
/// article site.
pub fn pieces_html(pieces: &[Piece]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.text.len() + 8).sum());
    for piece in pieces {
        out.push_str(piece.lead);
        let tag = match piece.change {
            Change::Same => {
                escape(&mut out, &piece.text);
                continue;
            }
            Change::Added => "ins",
            Change::Dropped => "del",
        };
        let class = match piece.kind {
            TokenKind::Word | TokenKind::Punctuation => "",
            TokenKind::Bracket => " class=\"diff-bracket\"",
            TokenKind::Ellipsis => " class=\"diff-ellipsis\"",
        };
        for part in ["<", tag, class, ">"] {
            out.push_str(part);
        }
        escape(&mut out, &piece.text);
        for part in ["</", tag, ">"] {
            out.push_str(part);
        }
    }
    out
}

/// `text` HTML-escaped onto `out`, as the templates escape.
fn escape(out: &mut String, text: &str) {
    // Writing into a `String` cannot fail.
    let _ = super::html::write_escaped(out, text);
}

/// A report's wording `version` set against its statement's words `base`
/// (as shown, [`display_text`]), marked up for its "worded as:" line:
/// added words in `<ins>`, dropped ones in `<del>` (HTML, safe).
pub fn marked_wording(base: &str, version: &str) -> String {
    pieces_html(&merge_runs(diff(base, version)))
}

/// How many of a statement's reports differ from its fullest wording.
pub fn differing(statement: &Statement<'_>) -> usize {
    let words = display_text(statement.text);
    // Most outlets carry the same words (a statement reported 90 times
    // has a handful of wordings): each wording is compared once. A list,
    // not a map: the wordings are few, and most statements have one report.
    let mut compared: Vec<(&str, bool)> = Vec::new();
    statement
        .quotes
        .iter()
        .filter(
            |q| match compared.iter().find(|(text, _)| *text == q.text) {
                Some(&(_, differ)) => differ,
                None => {
                    let differ = display_text(&q.text) != words && differs(statement.text, &q.text);
                    compared.push((&q.text, differ));
                    differ
                }
            },
        )
        .count()
}

/// True when `version` differs from `base` beyond quote-mark style: a
/// word, a bracket, a cut or a punctuation mark added or dropped.
pub fn differs(base: &str, version: &str) -> bool {
    // The diff marks every token the same exactly when the two lists of
    // tokens, as compared, are equal: asked so, without its table.
    let (a, b) = (tokenize(base), tokenize(version));
    !a.iter().map(Token::key).eq(b.iter().map(Token::key))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `diff` as it was: the table of the whole texts, common head too.
    fn diff_with_whole_table(base: &str, version: &str) -> Vec<Piece> {
        let a = tokenize(base);
        let b = tokenize(version);
        let (ka, kb): (Vec<Cow<'_, str>>, Vec<Cow<'_, str>>) = (
            a.iter().map(Token::key).collect(),
            b.iter().map(Token::key).collect(),
        );
        let width = b.len() + 1;
        let mut table = vec![0u32; (a.len() + 1) * width];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                table[i * width + j] = if ka[i] == kb[j] {
                    table[(i + 1) * width + j + 1] + 1
                } else {
                    table[(i + 1) * width + j].max(table[i * width + j + 1])
                };
            }
        }
        walk(&a, &b, &ka, &kb, |i, j| table[i * width + j])
    }

    /// Wordings of one statement as outlets retype, trim, cut and
    /// punctuate it: each is compared with every other.
    const WORDINGS: &[&str] = &[
        "",
        "We are close to a deal",
        "We are close to a deal,",
        "We are close to a deal.",
        "We are near a deal",
        "we are close to a deal",
        "We are close to a deal on the buses, but not yet",
        "We are, close to a deal on the buses… but not yet",
        "We are [the government is] close to a deal",
        "We are close ... to a deal",
        "“We are close to a deal,” he said",
        "\"We are close to a deal,\" he said",
        "We’re close to a deal – we’re close",
        "We're close to a deal - we're close",
        "Close to a deal we are",
        "a deal a deal a deal",
        "We are close to a deal deal",
        "1,000 people are close to a deal",
        "We are close to a 1,000 deals",
        "deal",
    ];

    #[test]
    fn diff_after_the_common_head_is_the_diff_of_the_whole_table() {
        for base in WORDINGS {
            for version in WORDINGS {
                assert_eq!(
                    diff(base, version),
                    diff_with_whole_table(base, version),
                    "{base:?} / {version:?}"
                );
            }
        }
    }

    #[test]
    fn differs_when_the_diff_marks_a_change() {
        for base in WORDINGS {
            for version in WORDINGS {
                let marked = diff_with_whole_table(base, version)
                    .iter()
                    .any(|p| p.change != Change::Same);
                assert_eq!(differs(base, version), marked, "{base:?} / {version:?}");
            }
        }
    }

    /// The changes of a diff in words, by kind (what the compare pages
    /// once printed): `2 words dropped, a cut (…)`; empty
    /// when the version is the same word for word.
    fn summary(pieces: &[Piece]) -> Vec<String> {
        let count = |kind: TokenKind, change: Change| {
            pieces
                .iter()
                .filter(|p| p.kind == kind && p.change == change)
                .count()
        };
        let mut out = Vec::new();
        let words = |n: usize, what: &str| match n {
            1 => format!("1 word {what}"),
            n => format!("{n} words {what}"),
        };
        let dropped = count(TokenKind::Word, Change::Dropped);
        let added = count(TokenKind::Word, Change::Added);
        if dropped > 0 {
            out.push(words(dropped, "dropped"));
        }
        if added > 0 {
            out.push(words(added, "added"));
        }
        if count(TokenKind::Bracket, Change::Added) > 0 {
            out.push("bracketed insertion".to_string());
        }
        if count(TokenKind::Bracket, Change::Dropped) > 0 {
            out.push("bracketed words of another version left out".to_string());
        }
        if count(TokenKind::Ellipsis, Change::Added) > 0 {
            out.push("cut marked with an ellipsis".to_string());
        }
        let punctuation = count(TokenKind::Punctuation, Change::Added)
            + count(TokenKind::Punctuation, Change::Dropped)
            + count(TokenKind::Ellipsis, Change::Dropped);
        if punctuation > 0 {
            out.push("different punctuation".to_string());
        }
        out
    }

    fn marked(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| {
                let text = match p.change {
                    Change::Same => p.text.clone(),
                    Change::Added => format!("+{}", p.text),
                    Change::Dropped => format!("-{}", p.text),
                };
                format!("{}{text}", p.lead)
            })
            .collect()
    }

    #[test]
    fn identical_versions_have_no_changes() {
        let pieces = diff("We will not leave.", "We will not leave.");
        assert!(pieces.iter().all(|p| p.change == Change::Same));
        assert!(summary(&pieces).is_empty());
        assert_eq!(marked(&pieces), "We will not leave.");
    }

    #[test]
    fn a_dropped_first_word_keeps_its_space() {
        let pieces = diff("a proposal had been made", "proposal had been made");
        assert_eq!(marked(&pieces), "-a proposal had been made");
    }

    #[test]
    fn added_and_dropped_words() {
        let pieces = diff(
            "We will not leave Aleppo.",
            "We will never leave Aleppo now.",
        );
        assert_eq!(marked(&pieces), "We will +never -not leave Aleppo +now.");
        assert_eq!(summary(&pieces), ["1 word dropped", "2 words added"]);
    }

    #[test]
    fn bracketed_insertion_is_one_token() {
        let pieces = diff(
            "They must leave the city.",
            "They [the rebels] must leave the city.",
        );
        assert_eq!(marked(&pieces), "They +[the rebels] must leave the city.");
        assert_eq!(summary(&pieces), ["bracketed insertion"]);
    }

    #[test]
    fn a_cut_with_an_ellipsis() {
        let pieces = diff(
            "There is no agreement, and there will be none today.",
            "There is no agreement … today.",
        );
        assert_eq!(
            summary(&pieces),
            [
                "5 words dropped",
                "cut marked with an ellipsis",
                "different punctuation"
            ]
        );
        let three_dots = diff("a b c d", "a ... d");
        assert!(
            three_dots
                .iter()
                .any(|p| p.kind == TokenKind::Ellipsis && p.text == "...")
        );
    }

    #[test]
    fn punctuation_and_typographic_quotes() {
        let pieces = diff("We don’t agree, he said.", "We don't agree; he said.");
        assert_eq!(marked(&pieces), "We don't agree+;-, he said.");
        assert_eq!(summary(&pieces), ["different punctuation"]);
        let words = tokenize("al-Sham's 1,000 fighters, U.S. aid");
        let texts: Vec<&str> = words.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "al-Sham's",
                "1,000",
                "fighters",
                ",",
                "U",
                ".",
                "S",
                ".",
                "aid"
            ]
        );
    }

    #[test]
    fn a_run_of_dropped_words_is_one_piece() {
        let pieces = merge_runs(diff("they are tired and afraid now", "they are now"));
        assert_eq!(marked(&pieces), "they are -tired and afraid now");
    }

    #[test]
    fn a_wording_is_marked_against_the_statement() {
        assert_eq!(
            marked_wording(
                "We are close to a deal & more",
                "We are [very] close to deal & more now"
            ),
            "We are <ins class=\"diff-bracket\">[very]</ins> close to <del>a</del> deal &amp; more <ins>now</ins>"
        );
    }

    #[test]
    fn both_themes_say_the_changes_to_screen_readers() {
        // marked_wording leaves "[added: ...]" to the style's generated content.
        for css in [
            include_str!("../../themes/dossier/assets/style.css"),
            include_str!("../../themes/plain/assets/style.css"),
        ] {
            assert!(css.contains(".reports ins::before { content: \"[added: \"; }"));
            assert!(css.contains(".reports del::before { content: \"[dropped: \"; }"));
            assert!(css.contains(".reports ins::after, .reports del::after { content: \"]\"; }"));
        }
    }

    #[test]
    fn labels() {
        assert_eq!(versions_label(3, 2), "3 versions, 2 differ");
        assert_eq!(versions_label(2, 1), "2 versions, 1 differs");
        assert_eq!(versions_label(2, 0), "2 versions, word for word the same");
    }

    #[test]
    fn differing_counts_every_report_of_a_differing_wording() {
        use crate::test_support::quote;
        let texts = [
            "We are close to a deal",
            "We are close to a deal,",
            "We are close to a deal.",
            "We are close to a deal.",
            "We are near a deal",
        ];
        let quotes: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| quote(&format!("q{i}"), "a", text))
            .collect();
        let statement = Statement {
            id: "s-1",
            text: texts[0],
            kind: crate::model::QuoteKind::Direct,
            speaker: None,
            role: None,
            actor: None,
            speaker_index: None,
            date: jiff::civil::date(2016, 12, 11),
            quotes: quotes.iter().collect(),
            mentions: Vec::new(),
        };
        // The closing comma is not a difference; the full stop twice and
        // the other words once are.
        assert_eq!(differing(&statement), 3);
    }
}
