//! Stage 4: attribute. Quote spans + the actor registry -> occurrences with
//! speaker, role, actor, agency, date and evidence.
//!
//! (First version: "X said" in the same block. The rules grow in issue 3.)

use crate::error::Warning;
use crate::extract::QuoteSpan;
use crate::markdown::Block;
use crate::model::{Actor, Article, Occurrence, QuoteKind};

/// Names the registry knows: actors, their aliases and their people.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// (person name, role, actor id) for every listed person.
    people: Vec<(String, Option<String>, String)>,
}

impl Registry {
    /// Builds the registry from the actors of a site.
    pub fn new(actors: &[Actor]) -> Self {
        let people = actors
            .iter()
            .flat_map(|a| {
                a.people
                    .iter()
                    .map(|p| (p.name.clone(), p.role.clone(), a.id.clone()))
            })
            .collect();
        Registry { people }
    }
}

/// Attributes the quotes of one article.
pub fn attribute(
    article: &Article,
    blocks: &[Block],
    spans: &[QuoteSpan],
    registry: &Registry,
) -> (Vec<Occurrence>, Vec<Warning>) {
    let occurrences = spans
        .iter()
        .map(|span| {
            let block = &article.body[blocks[span.block].range.clone()];
            let person = registry.people.iter().find(|(name, _, _)| {
                let surname = name.rsplit(' ').next().unwrap_or(name);
                block.contains(surname)
            });
            Occurrence {
                text: article.body[span.text.clone()].to_string(),
                span: Some(span.text.clone()),
                kind: QuoteKind::Direct,
                speaker: person.map(|p| p.0.clone()),
                role: person.and_then(|p| p.1.clone()),
                actor: person.map(|p| p.2.clone()),
                via: None,
                date: article.date,
                evidence: None,
                evidence_span: None,
            }
        })
        .collect();
    (occurrences, Vec::new())
}
