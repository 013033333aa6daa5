//! One page of each kind of the example site as an insta snapshot, so a
//! change to a template, the graph or attribution shows exactly what moved
//! on the page. Review changes with `cargo insta review` (CONTRIBUTING.md).

use crate::util::{build_with_library, example};

/// (snapshot name, page of the example site).
const PAGES: [(&str, &str); 8] = [
    ("home", "index.html"),
    ("actor", "actors/russia/index.html"),
    ("article", "articles/aljazeera-no-safe-exit/index.html"),
    ("speakers", "speakers/index.html"),
    ("timeline", "timeline/index.html"),
    ("sources", "sources/index.html"),
    ("voices", "voices/index.html"),
    ("search", "search/index.html"),
];

#[test]
fn example_pages_of_each_kind() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_with_library(&example(), &out);
    for (name, page) in PAGES {
        let html =
            std::fs::read_to_string(out.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
        insta::with_settings!({ description => page, omit_expression => true }, {
            insta::assert_snapshot!(name, html);
        });
    }
}
