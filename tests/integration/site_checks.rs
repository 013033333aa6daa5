//! The checks every built site must pass, on every HTML page: it opens
//! from `file://` (each internal link and `#anchor` names a file and an id
//! of the site; no root-absolute link, no link to a folder), loads nothing
//! from the network, and its tags are balanced. `build.rs` runs them on the
//! example and the nested fixture; `.ci/run` adds the Nu Html Checker, a
//! crawl under a subpath and a real browser.

use std::path::Path;

use crate::util::tree;

/// Elements with no end tag.
const VOID: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Runs every check on every page of the site in `out`.
#[track_caller]
pub fn assert_site_ok(out: &Path) {
    let files = tree(out);
    let mut links = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes.clone()).unwrap();
        if let Err(problem) = well_formed(&html) {
            panic!("{path}: {problem}");
        }
        if let Some(url) = network_resource(&html) {
            panic!("{path}: loads {url} from the network");
        }
        let dir = Path::new(path).parent().unwrap_or(Path::new(""));
        for url in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            let url = url.replace("&amp;", "&");
            if ["http://", "https://", "mailto:"]
                .iter()
                .any(|scheme| url.starts_with(scheme))
            {
                continue;
            }
            assert!(!url.starts_with('/'), "{path}: root-absolute link {url}");
            let (file, fragment) = url.split_once('#').unwrap_or((&url, ""));
            let target = if file.is_empty() {
                path.clone()
            } else {
                normalise(&dir.join(file))
            };
            assert!(
                !file.ends_with('/') && files.contains_key(&target),
                "{path}: link {url} names no file of the site ({target})"
            );
            if !fragment.is_empty() {
                let page = String::from_utf8_lossy(&files[&target]);
                assert!(
                    page.contains(&format!(" id=\"{fragment}\"")),
                    "{path}: link {url}: no id {fragment} in {target}"
                );
            }
            links += 1;
        }
    }
    assert!(links > 50, "only {links} links checked");
}

/// The values of `attr="..."` in an HTML page.
pub fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let start = at + needle.len();
            html[start..].find('"').map(|end| &html[start..start + end])
        })
        .collect()
}

/// The first script, image, stylesheet or other resource the page would
/// fetch over the network. Links a reader follows (`<a href>`, canonical)
/// may point anywhere.
fn network_resource(html: &str) -> Option<String> {
    let remote =
        |url: &&str| url.starts_with("http:") || url.starts_with("https:") || url.starts_with("//");
    if let Some(url) = attribute_values(html, "src").into_iter().find(remote) {
        return Some(url.to_string());
    }
    html.match_indices("<link ")
        .map(|(at, _)| &html[at..at + html[at..].find('>').unwrap_or(0)])
        .filter(|tag| !tag.contains("rel=\"canonical\"") && !tag.contains("rel=\"alternate\""))
        .flat_map(|tag| attribute_values(tag, "href"))
        .find(remote)
        .map(str::to_string)
}

/// Every start tag is closed in order (void elements excepted), every tag
/// and quoted attribute value ends, and no id is used twice.
fn well_formed(html: &str) -> Result<(), String> {
    let mut open: Vec<&str> = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment.find("-->").ok_or("unclosed comment")?;
            rest = &comment[end + 3..];
            continue;
        }
        let end = tag_end(rest).ok_or_else(|| format!("unclosed tag {}", first_chars(rest)))?;
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue; // doctype
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            match open.pop() {
                Some(top) if top.eq_ignore_ascii_case(&name) => {}
                top => return Err(format!("</{name}> closes <{}>", top.unwrap_or("nothing"))),
            }
            continue;
        }
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default();
        for id in attribute_values(tag, "id") {
            if !ids.insert(id) {
                return Err(format!("id {id} used twice"));
            }
        }
        if name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style") {
            // Raw text: skip to the end tag.
            let close = format!("</{name}>");
            let end = rest.find(&close).ok_or(format!("unclosed <{name}>"))?;
            rest = &rest[end + close.len()..];
        } else if !VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) && !tag.ends_with('/') {
            open.push(name);
        }
    }
    match open.last() {
        Some(name) => Err(format!("<{name}> never closed")),
        None => Ok(()),
    }
}

/// The index of the `>` that ends the tag `text` starts with, outside quotes.
fn tag_end(text: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            (None, '>') => return Some(i),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

fn first_chars(text: &str) -> &str {
    &text[..text.char_indices().nth(40).map_or(text.len(), |(i, _)| i)]
}

/// `a/b/../c` -> `a/c`, with `/` separators.
fn normalise(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                assert!(parts.pop().is_some(), "{} leaves the site", path.display());
            }
            std::path::Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    parts.join("/")
}

#[test]
fn well_formed_catches_misnested_unclosed_and_duplicate_ids() {
    let page = "<!doctype html><html><body><p id=\"a\">x<br><img src=\"i.png\" alt=\"a > b\"></p><script>if (a<b) {}</script></body></html>";
    assert_eq!(well_formed(page), Ok(()));
    assert!(
        well_formed("<div><p></div></p>")
            .unwrap_err()
            .contains("</div> closes <p>")
    );
    assert!(
        well_formed("<main><p>text</p>")
            .unwrap_err()
            .contains("never closed")
    );
    assert!(
        well_formed("<p id=\"a\"></p><p id=\"a\"></p>")
            .unwrap_err()
            .contains("twice")
    );
    assert!(well_formed("<a href=\"x>y</a>").is_err());
}

#[test]
fn network_resources_are_found_but_links_to_read_are_not() {
    assert_eq!(
        network_resource(
            "<a href=\"https://example.org/\">x</a><link rel=\"canonical\" href=\"https://e.org/\">"
        ),
        None
    );
    assert_eq!(
        network_resource("<img src=\"https://cdn.example/x.png\">").as_deref(),
        Some("https://cdn.example/x.png")
    );
    assert_eq!(
        network_resource("<link rel=\"stylesheet\" href=\"//cdn.example/s.css\">").as_deref(),
        Some("//cdn.example/s.css")
    );
}
