//! Stage 5: group. Occurrences from all articles -> quotes with stable ids;
//! the same statement reported by several outlets shares one statement id.

use sha2::{Digest, Sha256};

use crate::model::{Article, Occurrence, Quote};

/// Gives every occurrence its ids. `found[i]` holds the occurrences of `articles[i]`.
pub fn group(articles: &[Article], found: Vec<Vec<Occurrence>>) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for (article, occurrences) in articles.iter().zip(found) {
        let lines = crate::model::LineIndex::new(&article.body, article.body_line);
        for occurrence in occurrences {
            let key = normalise(&occurrence.text);
            let id = short_hash(
                "q",
                &[
                    &article.source,
                    &occurrence.span.as_ref().map_or(0, |s| s.start).to_string(),
                    &occurrence.text,
                ],
            );
            let statement = short_hash("s", &[occurrence.speaker.as_deref().unwrap_or(""), &key]);
            quotes.push(Quote {
                id,
                statement,
                source: article.source.clone(),
                article: article.slug.clone(),
                line: occurrence.span.as_ref().map(|s| lines.line(s.start)),
                text: occurrence.text,
                kind: occurrence.kind,
                speaker: occurrence.speaker,
                role: occurrence.role,
                actor: occurrence.actor,
                via: occurrence.via,
                date: occurrence.date,
                published: article.date,
                evidence: occurrence.evidence,
                span: occurrence.span,
            });
        }
    }
    quotes
}

/// Lowercase words only: what stays the same when outlets retype a quote.
fn normalise(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// `prefix-` plus 6 bytes of the SHA-256 of the parts, in hex.
pub fn short_hash(prefix: &str, parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("{prefix}-{hex}")
}
