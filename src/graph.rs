//! Stage 6: the dossier graph. Site + quotes -> who said what, grouped by
//! actor and statement, with cross-links. Borrows the site and the quotes.

use crate::model::{Quote, Site};

/// The whole dossier, borrowed from the loaded site and the found quotes.
#[derive(Debug, Clone, Copy)]
pub struct Dossier<'a> {
    pub site: &'a Site,
    pub quotes: &'a [Quote],
}

impl<'a> Dossier<'a> {
    /// Links the quotes of `site` into dossiers.
    pub fn new(site: &'a Site, quotes: &'a [Quote]) -> Self {
        Dossier { site, quotes }
    }
}
