//! The Markdown stage on arbitrary text: block ranges stay inside the body
//! on char boundaries, in order, without overlap, and HTML rendering (with marks) never panics or lets
//! raw HTML through.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onrecord::markdown::{Mark, blocks, plain_text, to_html};

fuzz_target!(|body: &str| {
    let blocks = blocks(body);
    let mut marks = Vec::new();
    let mut last_end = 0;
    for (i, block) in blocks.iter().enumerate() {
        assert!(block.range.start <= block.range.end && block.range.end <= body.len());
        assert!(body.get(block.range.clone()).is_some(), "not on char boundaries");
        assert!(block.range.start >= last_end, "blocks overlap: {blocks:?}");
        last_end = block.range.end;
        marks.push(Mark {
            range: block.range.clone(),
            id: format!("q-{i}"),
            href: "s.html".into(),
            title: "<t>".into(),
        });
    }
    let html = to_html(body, false, &marks);
    assert!(!html.contains("<script"), "raw HTML got through: {html}");
    let _ = to_html(body, true, &[]);
    let _ = plain_text(body);
});
