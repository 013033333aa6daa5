//! The HTML pages, rendered with MiniJinja from the theme's templates.

use super::OutputFile;
use crate::error::Result;
use crate::graph::Dossier;
use crate::markdown::escape;

/// Renders every page of the site.
pub fn render(dossier: &Dossier<'_>) -> Result<Vec<OutputFile>> {
    let title = escape(&dossier.site.config.title);
    let page = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1></body></html>\n"
    );
    Ok(vec![OutputFile {
        path: "index.html".into(),
        bytes: page.into_bytes(),
    }])
}
