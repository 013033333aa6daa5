//! The statement cards of the `dossier` theme written by Rust: the
//! `statement_cards` template function, which the theme's `statements`
//! macro (`macros.html`) calls.
//!
//! A card through the template VM cost about 30,000 instructions (its
//! loops, tests and attribute lookups), more than the page around it on a
//! dossier; written here it is the lookups and the bytes. The markup is
//! the one the macro used to print, byte for byte; a theme that wants
//! other markup overrides `macros.html` with a `statements` macro of its
//! own (docs/themes.md has the template this function replaces).

use std::fmt::Write as _;

use minijinja::value::{Kwargs, Value};
use minijinja::{Error, ErrorKind};

/// How a list of statements is shown, as the macro's keyword arguments.
#[derive(Debug, Clone, Copy)]
struct Options<'o> {
    /// Each item carries the statement's id (its permalink target).
    anchor: bool,
    /// The speaker is named on each card.
    speaker: bool,
    /// The actor is named on each card (unless it is the speaker).
    actor: bool,
    /// The card with its reports; otherwise a line of outlets.
    full: bool,
    /// The dossier the page is: its name is not linked.
    here: &'o str,
}

/// `statement_cards(list, root, anchor=false, speaker=true, actor=true,
/// full=true, here="")`: the `<ol class="statements">` of the
/// StatementViews in `list`, links prefixed with `root`.
pub fn statement_cards(list: &Value, root: &str, options: Kwargs) -> Result<Value, Error> {
    let here: Option<&str> = options.get("here")?;
    let options_read = Options {
        anchor: options.get::<Option<bool>>("anchor")?.unwrap_or(false),
        speaker: options.get::<Option<bool>>("speaker")?.unwrap_or(true),
        actor: options.get::<Option<bool>>("actor")?.unwrap_or(true),
        full: options.get::<Option<bool>>("full")?.unwrap_or(true),
        here: here.unwrap_or(""),
    };
    options.assert_all_used()?;
    let mut out = String::with_capacity(1024);
    out.push_str("<ol class=\"statements\">\n");
    for statement in list.try_iter()? {
        card(&mut out, &statement, root, options_read)?;
    }
    out.push_str("</ol>");
    Ok(Value::from_safe_string(out))
}

/// One statement's list item.
fn card(out: &mut String, s: &Value, root: &str, o: Options<'_>) -> Result<(), Error> {
    let reported = field(s, "kind")?.as_str() == Some("reported");
    out.push_str("<li");
    if o.anchor {
        out.push_str(" id=\"");
        print(out, &field(s, "id")?);
        out.push('"');
    }
    out.push_str(">\n");
    let speaker = field(s, "speaker")?;
    let role = field(s, "role")?;
    let actor = field(s, "actor")?;
    // The actor is named unless it is the speaker (a body speaking for itself).
    let actor_shown = o.actor && actor.is_true() && field(&actor, "name")? != speaker;
    if o.full {
        if reported {
            out.push_str(
                "<p class=\"statement-text reported-text\"><span class=\"kind-label\">Reported</span> ",
            );
            words(out, s, root, o.here)?;
            out.push_str("</p>\n");
        } else {
            out.push_str("<blockquote><p>");
            words(out, s, root, o.here)?;
            out.push_str("</p></blockquote>\n");
        }
        out.push_str("<p class=\"statement-meta\">");
        if !o.speaker && !speaker.is_true() && role.is_true() {
            out.push_str("<span class=\"role\">");
            print(out, &role);
            out.push_str(", not named</span>");
        }
        if o.speaker {
            out.push_str("<span class=\"speaker\">");
            who(out, s, &speaker, &role, root)?;
            out.push_str("</span>");
        }
        if actor_shown {
            out.push_str("<span class=\"actor-tag actor-c-");
            print(out, &field(&actor, "id")?);
            out.push_str("\">");
            actor_link(out, &actor, root)?;
            out.push_str("</span>");
        }
        out.push_str("<span>said on <a href=\"");
        if o.anchor {
            out.push('#');
            print(out, &field(s, "id")?);
        } else {
            link(out, root, &field(s, "href")?);
        }
        said(out, s)?;
        out.push_str("</p>\n");
        let versions_label = field(s, "versions_label")?;
        if versions_label.is_true() {
            out.push_str("<p class=\"compare-line\">");
            print(out, &versions_label);
            out.push_str("</p>\n");
        }
        out.push_str("<ul class=\"reports\">\n");
        let said_on = field(s, "date")?;
        for report in field(s, "reports")?.try_iter()? {
            full_report(out, &report, root, &said_on)?;
        }
        out.push_str("</ul>\n");
        let page_href = field(s, "page_href")?;
        if page_href.is_true() {
            out.push_str("<p class=\"reports-more\"><a href=\"");
            link(out, root, &page_href);
            out.push_str("\">All ");
            print(out, &field(s, "report_count")?);
            out.push_str(" reports</a></p>");
        }
    } else {
        out.push_str("<p class=\"statement-text");
        out.push_str(match reported {
            true => " reported-text\">",
            false => "\">“",
        });
        words(out, s, root, o.here)?;
        if !reported {
            out.push('”');
        }
        out.push_str("</p>\n<p class=\"statement-meta\">");
        if o.speaker {
            who(out, s, &speaker, &role, root)?;
        }
        if actor_shown {
            out.push_str("<span class=\"actor-tag\">");
            actor_link(out, &actor, root)?;
            out.push_str("</span>");
        }
        out.push_str("<span>said on <a href=\"");
        link(out, root, &field(s, "href")?);
        said(out, s)?;
        outlets_line(out, s, root)?;
        out.push_str("</p>");
    }
    out.push_str("</li>\n");
    Ok(())
}

/// A short card's "reported by" line: the outlets shown, and a link to the
/// statement's page for the rest.
fn outlets_line(out: &mut String, s: &Value, root: &str) -> Result<(), Error> {
    out.push_str("<span class=\"reports-line\">reported by ");
    let reports = field(s, "reports")?;
    let shown = reports.len().unwrap_or(0);
    for (at, report) in reports.try_iter()?.enumerate() {
        out.push_str("<a href=\"");
        link(out, root, &field(&report, "href")?);
        out.push_str("\">");
        print(out, &field(&report, "outlet")?);
        out.push_str("</a>");
        let via = field(&report, "via")?;
        if via.is_true() {
            out.push_str(" (via ");
            print(out, &via);
            out.push(')');
        }
        if at + 1 < shown {
            out.push_str(", ");
        }
    }
    let page_href = field(s, "page_href")?;
    if page_href.is_true() {
        out.push_str(" and <a href=\"");
        link(out, root, &page_href);
        out.push_str("\">");
        let count = field(s, "report_count")?;
        let count = count.as_usize().ok_or_else(|| {
            Error::new(ErrorKind::InvalidOperation, "report_count is not a number")
        })?;
        let _ = write!(out, "{}", count.saturating_sub(shown));
        out.push_str(" more</a>");
    }
    out.push_str("</span>");
    Ok(())
}

/// The statement's words, each actor name linked to its dossier but `here`.
fn words(out: &mut String, s: &Value, root: &str, here: &str) -> Result<(), Error> {
    for segment in field(s, "segments")?.try_iter()? {
        let href = field(&segment, "href")?;
        if href.is_true() && href.as_str() != Some(here) {
            out.push_str("<a href=\"");
            link(out, root, &href);
            out.push_str("\">");
            print(out, &field(&segment, "text")?);
            out.push_str("</a>");
        } else {
            print(out, &field(&segment, "text")?);
        }
    }
    Ok(())
}

/// The speaker linked to their page with their role, or "not named".
fn who(
    out: &mut String,
    s: &Value,
    speaker: &Value,
    role: &Value,
    root: &str,
) -> Result<(), Error> {
    if speaker.is_true() {
        out.push_str("<a class=\"who\" href=\"");
        link(out, root, &field(s, "speaker_href")?);
        out.push_str("\">");
        print(out, speaker);
        out.push_str("</a>");
        if role.is_true() {
            out.push_str("<span class=\"role\">, ");
            print(out, role);
            out.push_str("</span>");
        }
    } else {
        out.push_str("<span class=\"who unknown\">Speaker not named</span>");
    }
    Ok(())
}

fn actor_link(out: &mut String, actor: &Value, root: &str) -> Result<(), Error> {
    out.push_str("<a href=\"");
    link(out, root, &field(actor, "href")?);
    out.push_str("\">");
    print(out, &field(actor, "name")?);
    out.push_str("</a>");
    Ok(())
}

/// The rest of the permalink (after its `href`): the day said.
fn said(out: &mut String, s: &Value) -> Result<(), Error> {
    out.push_str("\"><time datetime=\"");
    print(out, &field(s, "date")?);
    out.push_str("\">");
    print(out, &field(s, "date_label")?);
    out.push_str("</time></a></span>\n");
    Ok(())
}

/// One report on a full card: outlet, day published (only when it is not
/// `said_on`, the day the card already shows: most reports appear the day
/// the words were said), agency, attribution words, and the outlet's
/// wording when it differs.
fn full_report(out: &mut String, r: &Value, root: &str, said_on: &Value) -> Result<(), Error> {
    out.push_str("<li><a href=\"");
    link(out, root, &field(r, "href")?);
    out.push_str("\">");
    print(out, &field(r, "outlet")?);
    out.push_str("</a>");
    let published = field(r, "published")?;
    if published != *said_on {
        out.push_str(" <span>published <time datetime=\"");
        print(out, &published);
        out.push_str("\">");
        print(out, &field(r, "published_label")?);
        out.push_str("</time></span>");
    }
    let via = field(r, "via")?;
    if via.is_true() {
        out.push_str("<span class=\"via\">via ");
        print(out, &via);
        out.push_str("</span>");
    }
    let evidence = field(r, "evidence")?;
    if evidence.is_true() {
        out.push_str("<div><b>attribution:</b> ");
        print(out, &evidence);
        out.push_str("</div>");
    }
    let wording = field(r, "wording_html")?;
    if wording.is_true() {
        out.push_str("<div><b>worded as:</b> “");
        // Marked up already (src/render/compare.rs), as `| safe` prints it.
        out.push_str(wording.as_str().unwrap_or_default());
        out.push_str("”</div>");
    }
    out.push_str("</li>\n");
    Ok(())
}

/// A field of a view; a missing one is an error, as in the templates
/// (undefined values are errors there).
fn field(value: &Value, name: &str) -> Result<Value, Error> {
    let found = value.get_attr(name)?;
    if found.is_undefined() {
        return Err(Error::new(
            ErrorKind::UndefinedError,
            format!("statement_cards: no `{name}` in a statement or report"),
        ));
    }
    Ok(found)
}

/// `root` then a root-relative link, both escaped.
fn link(out: &mut String, root: &str, href: &Value) {
    escape_into(out, root);
    print(out, href);
}

/// A value as `{{ value }}` prints it in an HTML template (see
/// `html::Templates`): safe strings as they are, the rest escaped.
fn print(out: &mut String, value: &Value) {
    match value.as_str() {
        Some(text) if value.is_safe() => out.push_str(text),
        Some(text) => escape_into(out, text),
        None => escape_into(out, &value.to_string()),
    }
}

/// `text` HTML-escaped onto `out`, as the templates escape.
fn escape_into(out: &mut String, text: &str) {
    // Writing into a `String` cannot fail.
    let _ = super::html::write_escaped(out, text);
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use serde::Serialize;

    use super::super::context::{ActorRef, ReportView, Segment, StatementView};
    use super::super::html::Templates;
    use crate::model::QuoteKind;
    use crate::theme::Theme;

    fn report<'a>(
        outlet: &'a str,
        via: Option<&'a str>,
        wording: Option<&'a str>,
    ) -> ReportView<'a> {
        ReportView {
            quote: "q-1",
            outlet,
            title: "A made-up headline",
            href: "articles/made-up/index.html#q-1".into(),
            url: Some("https://example.test/a"),
            via,
            evidence: via.map(|_| "said in a briefing"),
            published: "2031-04-02".into(),
            published_label: "2 April 2031".into(),
            wording,
            wording_html: wording.map(|w| {
                super::super::compare::marked_wording(
                    "The bridge at <Osgiliath> & the ford stay 'closed'",
                    w,
                )
            }),
            wording_number: None,
        }
    }

    fn statement<'a>(
        id: &'a str,
        kind: QuoteKind,
        speaker: Option<&'a str>,
        actor: Option<ActorRef<'a>>,
        reports: Vec<ReportView<'a>>,
    ) -> StatementView<'a> {
        let report_count = reports.len() + 2;
        StatementView {
            id,
            href: format!("actors/gondor/index.html#{id}"),
            page_href: (report_count > 3).then(|| format!("statements/{id}/index.html")),
            kind,
            text: "The bridge at <Osgiliath> & the ford stay 'closed'",
            segments: vec![
                Segment {
                    text: Cow::Borrowed("The bridge at <Osgiliath> & the "),
                    href: None,
                },
                Segment {
                    text: Cow::Borrowed("Rohirrim"),
                    href: Some("actors/rohan/index.html".into()),
                },
                Segment {
                    text: Cow::Borrowed(" ford stay 'closed'"),
                    href: None,
                },
            ],
            speaker,
            speaker_href: speaker.map(|_| "speakers/denethor/index.html".into()),
            role: Some("Steward \"acting\""),
            actor,
            date: "2031-04-01".into(),
            date_label: "1 April 2031".into(),
            reports,
            report_count,
            versions_label: (id != "s-3").then(|| "5 versions, 2 differ".into()),
        }
    }

    #[derive(Serialize)]
    struct Page<'v, 'a> {
        list: &'v [StatementView<'a>],
        root: &'v str,
        anchor: bool,
        speaker: bool,
        actor: bool,
        full: bool,
        here: &'v str,
    }

    /// Every statement kind and field combination the cards print.
    fn statements() -> Vec<StatementView<'static>> {
        let gondor = ActorRef {
            id: "gondor",
            name: "Gondor",
            kind: None,
            href: "actors/gondor/index.html".into(),
        };
        let council = ActorRef {
            id: "council",
            name: "The Council",
            kind: None,
            href: "actors/council/index.html".into(),
        };
        vec![
            statement(
                "s-1",
                QuoteKind::Direct,
                Some("Denethor"),
                Some(gondor),
                vec![
                    report("Minas Tirith Herald", Some("Pelargir Wire"), None),
                    // Published the day the words were said.
                    ReportView {
                        published: "2031-04-01".into(),
                        published_label: "1 April 2031".into(),
                        ..report("Dol Amroth Post", None, Some("The bridge stays closed"))
                    },
                ],
            ),
            statement(
                "s-2",
                QuoteKind::Reported,
                None,
                Some(council.clone()),
                vec![report("Bree Gazette", None, None)],
            ),
            statement(
                "s-3",
                QuoteKind::Direct,
                Some("The Council"),
                Some(council),
                vec![],
            ),
            statement("s-4", QuoteKind::Reported, Some("Beregond"), None, vec![]),
        ]
    }

    #[test]
    fn cards_are_the_markup_of_the_template_they_replace() {
        let overrides = vec![
            (
                "templates/reference.html".to_string(),
                include_str!("cards_template.html").to_string(),
            ),
            (
                "templates/old.html".to_string(),
                "{% from \"reference.html\" import statements %}{{ statements(list, root, anchor=anchor, speaker=speaker, actor=actor, full=full, here=here) }}".to_string(),
            ),
            (
                "templates/new.html".to_string(),
                "{% from \"macros.html\" import statements %}{{ statements(list, root, anchor=anchor, speaker=speaker, actor=actor, full=full, here=here) }}".to_string(),
            ),
        ];
        let theme = Theme::new("dossier", &overrides);
        let templates = Templates::new(&theme).unwrap();
        let list = statements();
        let mut compared = 0;
        for bits in 0..32 {
            let on = |bit: u32| bits & (1 << bit) != 0;
            let page = Page {
                list: &list,
                root: "../../",
                anchor: on(0),
                speaker: on(1),
                actor: on(2),
                full: on(3),
                here: if on(4) { "actors/rohan/index.html" } else { "" },
            };
            let old = templates.render("old.html", "old.html", &page).unwrap();
            let new = templates.render("new.html", "new.html", &page).unwrap();
            let (old, new) = (
                String::from_utf8(old.bytes).unwrap(),
                String::from_utf8(new.bytes).unwrap(),
            );
            assert_eq!(new, old, "options {bits:05b}");
            compared += 1;
        }
        assert_eq!(compared, 32);
    }

    #[test]
    fn cards_escape_the_words_and_leave_the_page_dossier_unlinked() {
        let overrides = vec![(
            "templates/t.html".to_string(),
            "{% from \"macros.html\" import statements %}{{ statements(list, root, here=here) }}"
                .to_string(),
        )];
        let theme = Theme::new("dossier", &overrides);
        let templates = Templates::new(&theme).unwrap();
        let list = statements();
        let render = |here: &str| {
            let page = Page {
                list: &list[..1],
                root: "../",
                anchor: false,
                speaker: true,
                actor: true,
                full: true,
                here,
            };
            String::from_utf8(templates.render("t.html", "t.html", &page).unwrap().bytes).unwrap()
        };
        let linked = render("");
        assert!(
            linked.contains("The bridge at &lt;Osgiliath&gt; &amp; the "),
            "{linked}"
        );
        assert!(linked.contains(" ford stay &#39;closed&#39;"), "{linked}");
        assert!(linked.contains("<a href=\"../actors/rohan/index.html\">Rohirrim</a>"));
        let here = render("actors/rohan/index.html");
        assert!(!here.contains("rohan/index.html\">Rohirrim"), "{here}");
        assert!(here.contains("&amp; the Rohirrim ford"), "{here}");
    }

    #[test]
    fn the_day_published_is_shown_only_when_it_is_not_the_day_said() {
        let overrides = vec![(
            "templates/t.html".to_string(),
            "{% from \"macros.html\" import statements %}{{ statements(list, root) }}".to_string(),
        )];
        let theme = Theme::new("dossier", &overrides);
        let templates = Templates::new(&theme).unwrap();
        let list = statements();
        let page = Page {
            list: &list[..1],
            root: "",
            anchor: false,
            speaker: true,
            actor: true,
            full: true,
            here: "",
        };
        let card =
            String::from_utf8(templates.render("t.html", "t.html", &page).unwrap().bytes).unwrap();
        // The day said once, on the permalink; the day after once, labelled.
        assert_eq!(card.matches("1 April 2031").count(), 1, "{card}");
        assert!(
            card.contains("Minas Tirith Herald</a> <span>published <time datetime=\"2031-04-02\">2 April 2031</time></span>"),
            "{card}"
        );
        assert!(
            card.contains("Dol Amroth Post</a><div><b>worded as:</b>"),
            "{card}"
        );
        // The wording's changes marked, its own words escaped.
        assert!(card.contains("<ins>"), "{card}");
        assert!(!card.contains("<Osgiliath>"), "{card}");
    }

    #[test]
    fn a_statement_without_its_fields_is_an_error_not_an_empty_card() {
        let overrides = vec![(
            "templates/t.html".to_string(),
            "{% from \"macros.html\" import statements %}{{ statements([{\"id\": \"s-9\"}], \"\") }}"
                .to_string(),
        )];
        let theme = Theme::new("dossier", &overrides);
        let templates = Templates::new(&theme).unwrap();
        #[derive(Serialize)]
        struct Empty {}
        let err = templates.render("t.html", "t.html", &Empty {}).unwrap_err();
        assert!(err.to_string().contains("statement_cards"), "{err}");
    }
}
