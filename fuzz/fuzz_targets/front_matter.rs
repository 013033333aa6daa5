//! The front matter splitter and the article parser on arbitrary text:
//! errors are fine, panics are not, and a split must cover the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onrecord::load::SourceFile;
use onrecord::parse::{parse_article, split_front_matter};

fuzz_target!(|text: &str| {
    if let Ok(split) = split_front_matter("a.md", text) {
        assert!(text.ends_with(split.body));
        assert!(text.contains(split.yaml));
        assert!(split.body_line >= 3);
    }
    let file = SourceFile {
        path: "content/articles/a.md".into(),
        text: text.to_string(),
    };
    if let Ok(Some(article)) = parse_article(&file) {
        assert!(text.ends_with(&article.body));
        assert!(onrecord::parse::check_slug(&article.slug).is_ok());
    }
});
