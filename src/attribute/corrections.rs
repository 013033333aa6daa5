//! Editor corrections from the `quotes:` front matter field. They override
//! what the rules found: `match` picks the quotes whose text holds the
//! fragment; `speaker`, `role`, `actor`, `via`, `date` set fields, `ignore`
//! drops the quote, and `text` adds a statement that has no quote marks.

use jiff::civil::Date;

use super::Candidate;
use super::registry::Registry;
use crate::error::Warning;
use crate::model::{Article, Occurrence, QuoteCorrection, QuoteKind, Rule};

/// Applies the article's corrections to its candidates, in order. Returns
/// a warning for each correction that matches nothing or cannot be read.
pub fn apply(
    article: &Article,
    registry: &Registry,
    candidates: &mut Vec<Candidate>,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for correction in &article.corrections {
        let warn = |message: String| Warning {
            file: article.source.clone(),
            line: Some(correction.line),
            message,
        };
        if let Some(fragment) = &correction.fragment {
            let key = normalise(fragment);
            let mut hits = 0;
            for candidate in candidates.iter_mut() {
                if !key.is_empty() && normalise(&candidate.occurrence.text).contains(&key) {
                    hits += 1;
                    warnings.extend(set_fields(correction, registry, candidate).map(&warn));
                }
            }
            if hits == 0 {
                warnings.push(warn(format!(
                    "`quotes:` entry `match: \"{fragment}\"` matches no quote in this article"
                )));
            }
        } else if let Some(text) = &correction.text {
            let mut candidate = Candidate {
                occurrence: Occurrence {
                    text: text.clone(),
                    span: None,
                    kind: QuoteKind::Direct,
                    speaker: None,
                    role: None,
                    actor: None,
                    via: None,
                    date: article.date,
                    evidence: None,
                    evidence_span: None,
                    rule: None,
                    anonymous: false,
                    affiliation_evidence: None,
                },
                statement: true,
                block: None,
            };
            warnings.extend(set_fields(correction, registry, &mut candidate).map(&warn));
            candidates.push(candidate);
        } else {
            warnings.push(warn(
                "`quotes:` entry needs `match:` (a fragment of a quote) or `text:` (a statement to add)"
                    .into(),
            ));
        }
    }
    warnings
}

/// Sets the fields the correction gives; an unknown actor or a bad date is
/// reported and left unset.
fn set_fields(
    correction: &QuoteCorrection,
    registry: &Registry,
    candidate: &mut Candidate,
) -> Option<String> {
    let occurrence = &mut candidate.occurrence;
    if correction.ignore {
        candidate.statement = false;
        return None;
    }
    let mut problem = None;
    let evidence = format!("{} line {}", super::CORRECTION_EVIDENCE, correction.line);
    if let Some(speaker) = &correction.speaker {
        let person = speaker.as_deref().and_then(|s| registry.person(s));
        occurrence.speaker = match person {
            Some(p) => Some(p.name.clone()),
            None => speaker.clone(),
        };
        occurrence.actor = person.map(|p| p.actor.clone());
        occurrence.role = person.and_then(|p| p.role.clone());
        occurrence.evidence = Some(evidence.clone());
        occurrence.evidence_span = None;
        occurrence.rule = Some(Rule::Correction);
        occurrence.anonymous = false;
        candidate.statement = true;
    }
    if let Some(actor) = &correction.actor {
        match actor {
            Some(id) if registry.actor_by_id(id).is_none() => {
                problem = Some(format!(
                    "`quotes:` entry names actor `{id}`, which has no file in content/actors/"
                ));
            }
            _ => {
                occurrence.actor = actor.clone();
                occurrence.evidence = Some(evidence);
                occurrence.rule = Some(Rule::Correction);
                candidate.statement = true;
            }
        }
    }
    if let Some(role) = &correction.role {
        occurrence.role = role.clone();
    }
    if let Some(via) = &correction.via {
        occurrence.via = Some(via.clone());
    }
    if let Some(date) = &correction.date {
        match date.parse::<Date>() {
            Ok(date) => occurrence.date = date,
            Err(_) => {
                problem = Some(format!(
                    "`quotes:` entry date `{date}` is not a YYYY-MM-DD date"
                ))
            }
        }
    }
    problem
}

/// Lowercase words, so a fragment matches whatever quote marks, apostrophes
/// and spacing the article uses.
fn normalise(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
