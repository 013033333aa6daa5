//! Pictures drawn at build time as inline SVG: the actor network and the
//! timeline charts. No JavaScript; every picture comes with a title and a
//! table of the same numbers (for screen readers and print).
//!
//! Determinism: inputs are the graph's sorted vectors, ties are broken by
//! id, and every coordinate is printed with one fixed decimal, so the same
//! content gives the same bytes.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::civil::Date;
use serde::Serialize;

use super::context::{actor_page, date_label, month_label};
use crate::graph::Dossier;
use crate::markdown::escape;

/// Most actors drawn as their own node; the rest become one "others" node.
pub const NETWORK_NODES: usize = 16;
/// Most actor series in a timeline; the rest are summed as "others".
pub const TIMELINE_SERIES: usize = 6;
/// Longest span drawn day by day; longer spans are drawn month by month.
const DAILY_SPAN: i32 = 92;

/// A picture and its text alternative, as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// Element id, unique on its page.
    pub id: String,
    pub title: String,
    /// The `<svg>` element (already escaped: print it as safe).
    pub svg: String,
    /// Colour key: one entry per series or node kind.
    pub legend: Vec<LegendEntry>,
    pub table: Table,
}

/// One colour of a chart, with the actor it stands for.
#[derive(Debug, Clone, Serialize)]
pub struct LegendEntry {
    pub label: String,
    /// CSS class giving `--actor` (`actor-c-<id>` or `actor-c-others`).
    pub class: String,
    /// The actor's dossier (root-relative), when the entry is one actor.
    pub href: Option<String>,
}

/// The numbers of a chart as a table.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A coordinate with one fixed decimal (`-0.0` never appears), to print.
fn n(value: f64) -> Tenths {
    // Saturates far beyond any coordinate of a chart.
    Tenths((value * 10.0).round() as i64)
}

/// A number of tenths, printed as `12.4`: written into the picture as
/// integers, without a string of its own or a float's formatting (a
/// timeline prints four for each bar).
struct Tenths(i64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let tenths = self.0.unsigned_abs();
        write!(f, "{sign}{}.{}", tenths / 10, tenths % 10)
    }
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// A node of the network: one actor, or the others summed up.
struct Node {
    label: String,
    class: String,
    href: Option<String>,
    statements: usize,
}

/// The actor network: a node per actor sized by its statements, an arrow
/// from a speaker's actor to each actor its statements name, as wide as the
/// number of statements. Nodes stand on a circle, the most active first at
/// the top and then clockwise; beyond [`NETWORK_NODES`] actors the least
/// active are merged into one "other actors" node. `root` prefixes links.
pub fn network(dossier: &Dossier<'_>, root: &str) -> Chart {
    let actors = &dossier.actors;
    // Edges between actor indices, counted once per statement.
    let mut edges: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for statement in &dossier.statements {
        let Some(from) = statement.actor else {
            continue;
        };
        let mut named: Vec<usize> = statement.mentions.iter().map(|m| m.actor).collect();
        named.sort_unstable();
        named.dedup();
        for to in named.into_iter().filter(|&to| to != from) {
            *edges.entry((from, to)).or_default() += 1;
        }
    }
    let mut activity = vec![0usize; actors.len()];
    for (i, node) in actors.iter().enumerate() {
        activity[i] = node.statements.len();
    }
    for (&(from, to), &count) in &edges {
        activity[from] += count;
        activity[to] += count;
    }
    let mut order: Vec<usize> = (0..actors.len()).filter(|&i| activity[i] > 0).collect();
    order.sort_by(|&a, &b| activity[b].cmp(&activity[a]).then(a.cmp(&b)));
    let shown = if order.len() > NETWORK_NODES {
        NETWORK_NODES - 1
    } else {
        order.len()
    };
    // Node index of each actor (the "others" node is `shown`).
    let mut slot = vec![shown; actors.len()];
    let mut nodes: Vec<Node> = order[..shown]
        .iter()
        .map(|&i| {
            let actor = actors[i].actor;
            Node {
                label: actor.name.clone(),
                class: format!("actor-c-{}", actor.id),
                href: Some(actor_page(&actor.id)),
                statements: actors[i].statements.len(),
            }
        })
        .collect();
    for (position, &i) in order[..shown].iter().enumerate() {
        slot[i] = position;
    }
    let others = &order[shown..];
    if !others.is_empty() {
        nodes.push(Node {
            label: format!("{} other actors", others.len()),
            class: "actor-c-others".into(),
            href: None,
            statements: others.iter().map(|&i| actors[i].statements.len()).sum(),
        });
    }
    let mut links: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (&(from, to), &count) in &edges {
        let (a, b) = (slot[from], slot[to]);
        if a != b {
            *links.entry((a, b)).or_default() += count;
        }
    }
    let title = "Who names whom: statements by each actor's speakers that name another actor";
    let svg = draw_network(&nodes, &links, root, title);
    let mut rows: Vec<Vec<String>> = links
        .iter()
        .map(|(&(a, b), &count)| {
            vec![
                nodes[a].label.clone(),
                nodes[b].label.clone(),
                count.to_string(),
            ]
        })
        .collect();
    rows.sort_by(|x, y| {
        let (cx, cy) = (x[2].parse::<usize>(), y[2].parse::<usize>());
        cy.ok().cmp(&cx.ok()).then_with(|| x.cmp(y))
    });
    let legend = nodes
        .iter()
        .map(|node| LegendEntry {
            label: format!("{} ({})", node.label, plural(node.statements, "statement")),
            class: node.class.clone(),
            href: node.href.clone(),
        })
        .collect();
    Chart {
        id: "network".into(),
        title: title.into(),
        svg,
        legend,
        table: Table {
            caption: "Statements that name another actor, by the speaker's actor".into(),
            columns: vec![
                "Speaker's actor".into(),
                "Actor named".into(),
                "Statements".into(),
            ],
            rows,
        },
    }
}

fn draw_network(
    nodes: &[Node],
    links: &BTreeMap<(usize, usize), usize>,
    root: &str,
    title: &str,
) -> String {
    const WIDTH: f64 = 980.0;
    const HEIGHT: f64 = 600.0;
    const RING: f64 = 220.0;
    let (cx, cy) = (WIDTH / 2.0, HEIGHT / 2.0);
    let most = nodes.iter().map(|n| n.statements).max().unwrap_or(0).max(1) as f64;
    let radius = |node: &Node| 7.0 + 23.0 * (node.statements as f64 / most).sqrt();
    let count = nodes.len().max(1) as f64;
    let place = |i: usize| {
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / count;
        (angle, cx + RING * angle.cos(), cy + RING * angle.sin())
    };
    let heaviest = links.values().copied().max().unwrap_or(1) as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart-svg network-svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"group\" aria-labelledby=\"network-title\">\
         <title id=\"network-title\">{}</title>\
         <defs><marker id=\"network-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"12\" markerHeight=\"12\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" class=\"arrow-head\"/></marker></defs>",
        escape(title)
    );
    svg.push_str("<g class=\"edges\">");
    for (&(a, b), &weight) in links {
        let (_, x1, y1) = place(a);
        let (_, x2, y2) = place(b);
        let (dx, dy) = (x2 - x1, y2 - y1);
        let length = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ux, uy) = (dx / length, dy / length);
        // Bend each arrow to its right, so A->B and B->A stay apart.
        let bend = 0.12 * length;
        let (qx, qy) = ((x1 + x2) / 2.0 - uy * bend, (y1 + y2) / 2.0 + ux * bend);
        let start = shorten(x1, y1, qx, qy, radius(&nodes[a]) + 2.0);
        let end = shorten(x2, y2, qx, qy, radius(&nodes[b]) + 4.0);
        let width = 1.0 + 5.0 * weight as f64 / heaviest;
        let _ = write!(
            svg,
            "<path class=\"edge {}\" d=\"M{} {}Q{} {} {} {}\" stroke-width=\"{}\" marker-end=\"url(#network-arrow)\"><title>{} named {} in {}</title></path>",
            nodes[a].class,
            n(start.0),
            n(start.1),
            n(qx),
            n(qy),
            n(end.0),
            n(end.1),
            n(width),
            escape(&nodes[a].label),
            escape(&nodes[b].label),
            plural(weight, "statement"),
        );
    }
    svg.push_str("</g><g class=\"nodes\">");
    for (i, node) in nodes.iter().enumerate() {
        let (angle, x, y) = place(i);
        let r = radius(node);
        let (cos, sin) = (angle.cos(), angle.sin());
        let anchor = if cos > 0.3 {
            "start"
        } else if cos < -0.3 {
            "end"
        } else {
            "middle"
        };
        let lines = wrap(&format!("{} ({})", node.label, node.statements), 22);
        let label_x = x + (r + 6.0) * cos;
        // Labels above the ring grow upwards, labels below it downwards.
        let first_y = if sin < -0.3 {
            y + (r + 6.0) * sin - 16.0 * (lines.len() - 1) as f64
        } else if sin > 0.3 {
            y + (r + 6.0) * sin + 12.0
        } else {
            y + 4.0 - 8.0 * (lines.len() - 1) as f64
        };
        let mut text = format!(
            "<text class=\"node-label\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">",
            n(label_x),
            n(first_y)
        );
        for (k, line) in lines.iter().enumerate() {
            let dy = if k == 0 { "0" } else { "16" };
            let _ = write!(
                text,
                "<tspan x=\"{}\" dy=\"{dy}\">{}</tspan>",
                n(label_x),
                escape(line)
            );
        }
        text.push_str("</text>");
        let shape = format!(
            "<circle class=\"node {}\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>{text}",
            node.class,
            n(x),
            n(y),
            n(r),
        );
        // `xlink:href`: some tools read `a.href` of every `a[href]` as a
        // string, which an SVG link's is not; browsers follow both.
        match &node.href {
            Some(href) => {
                let _ = write!(svg, "<a xlink:href=\"{root}{href}\">{shape}</a>");
            }
            None => svg.push_str(&shape),
        }
    }
    svg.push_str("</g></svg>");
    svg
}

/// The point `by` units from (x, y) towards (tx, ty).
fn shorten(x: f64, y: f64, tx: f64, ty: f64, by: f64) -> (f64, f64) {
    let (dx, dy) = (tx - x, ty - y);
    let length = (dx * dx + dy * dy).sqrt().max(1.0);
    (x + dx / length * by, y + dy / length * by)
}

/// `text` broken into lines of about `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The bars of every timeline: each day from the package's first
/// statement to its last, or each month when that span is longer than
/// [`DAILY_SPAN`] days, so gaps show as gaps. A date's bar is counted out
/// from the first, not looked up by a formatted key: a timeline is drawn
/// on every speaker's and dossier's first page, and formatting a key per
/// day and per statement was most of its cost.
struct Axis {
    first: Date,
    monthly: bool,
    /// One label per bar, in order.
    labels: Vec<String>,
}

impl Axis {
    /// The bars from `first` to `last` (`None`: no statement, no bar).
    fn new(span: Option<(Date, Date)>) -> Self {
        let Some((first, last)) = span else {
            return Axis {
                first: Date::default(),
                monthly: false,
                labels: Vec::new(),
            };
        };
        let monthly = (last - first).get_days() > DAILY_SPAN;
        let labels = if monthly {
            (month_number(first)..=month_number(last))
                .map(|month| month_label(first_day_of_month(month)))
                .collect()
        } else {
            let mut labels = Vec::new();
            let mut day = first;
            while day <= last {
                labels.push(date_label(day));
                match day.tomorrow() {
                    Ok(next) => day = next,
                    Err(_) => break,
                }
            }
            labels
        };
        Axis {
            first,
            monthly,
            labels,
        }
    }

    /// The bar of `date`, a date from the first to the last.
    fn bar_of(&self, date: Date) -> usize {
        let bar = match self.monthly {
            true => month_number(date) - month_number(self.first),
            false => (date - self.first).get_days(),
        };
        usize::try_from(bar).expect("a date of the package is not before its first")
    }
}

/// Months counted from year 0: consecutive months, consecutive numbers.
fn month_number(date: Date) -> i32 {
    i32::from(date.year()) * 12 + i32::from(date.month()) - 1
}

/// The first day of the month [`month_number`] gives `month`.
fn first_day_of_month(month: i32) -> Date {
    let year = i16::try_from(month.div_euclid(12)).expect("a month of a date");
    let month = i8::try_from(month.rem_euclid(12) + 1).expect("1 to 12");
    jiff::civil::date(year, month, 1)
}

/// What a timeline counts: the whole package, or one actor's statements.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// Every statement, by top-level actor (the most active
    /// [`TIMELINE_SERIES`] apart, the others summed).
    All,
    /// The statements of one actor (index into the graph's actors),
    /// sub-actors included.
    Actor(usize),
    /// The statements of one speaker (index into the graph's speakers), in
    /// the colour of the actor each statement speaks for.
    Speaker(usize),
}

/// Statements per day (per month beyond [`DAILY_SPAN`] days) per actor, as
/// stacked bars. `id` must be unique on the page.
pub fn timeline(dossier: &Dossier<'_>, scope: Scope, id: &str) -> Chart {
    let first = dossier.statements.iter().map(|s| s.date).min();
    let last = dossier.statements.iter().map(|s| s.date).max();
    let axis = Axis::new(first.zip(last));
    let top_of = |mut actor: usize| {
        while let Some(parent) = dossier.actors[actor].parent {
            actor = parent;
        }
        actor
    };
    // Series: a key per statement (`Some(actor)` or `None` for "others").
    let statements: Vec<(Option<usize>, Date)> = match scope {
        Scope::All => dossier
            .statements
            .iter()
            .map(|s| (s.actor.map(top_of), s.date))
            .collect(),
        Scope::Actor(actor) => dossier.actors[actor]
            .rolled_up
            .iter()
            .map(|&s| (Some(actor), dossier.statements[s].date))
            .collect(),
        Scope::Speaker(speaker) => dossier.speakers[speaker]
            .statements
            .iter()
            .map(|&s| (dossier.statements[s].actor, dossier.statements[s].date))
            .collect(),
    };
    let mut totals: BTreeMap<usize, usize> = BTreeMap::new();
    for (actor, _) in &statements {
        if let Some(actor) = actor {
            *totals.entry(*actor).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, usize)> = totals.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(TIMELINE_SERIES);
    let series: Vec<usize> = ranked.iter().map(|&(actor, _)| actor).collect();
    let has_others = statements
        .iter()
        .any(|(actor, _)| actor.is_none_or(|a| !series.contains(&a)));
    let columns = series.len() + usize::from(has_others);
    let mut counts = vec![vec![0usize; columns]; axis.labels.len()];
    for (actor, date) in &statements {
        let column = actor
            .and_then(|a| series.iter().position(|&s| s == a))
            .unwrap_or(series.len());
        counts[axis.bar_of(*date)][column] += 1;
    }
    let mut legend: Vec<LegendEntry> = series
        .iter()
        .map(|&a| {
            let actor = dossier.actors[a].actor;
            LegendEntry {
                label: actor.name.clone(),
                class: format!("actor-c-{}", actor.id),
                href: Some(actor_page(&actor.id)),
            }
        })
        .collect();
    if has_others {
        legend.push(LegendEntry {
            label: "Other actors and unaffiliated voices".into(),
            class: "actor-c-others".into(),
            href: None,
        });
    }
    let per = if axis.monthly { "month" } else { "day" };
    let title = match scope {
        Scope::All => format!("Statements per {per}, by actor"),
        Scope::Actor(a) => format!(
            "Statements per {per} by people who speak for {}",
            dossier.actors[a].actor.name
        ),
        Scope::Speaker(p) => format!("Statements per {per} by {}", dossier.speakers[p].name),
    };
    let svg = draw_timeline(id, &title, &axis.labels, &counts, &legend);
    let mut table_columns = vec![if axis.monthly { "Month" } else { "Day" }.to_string()];
    table_columns.extend(legend.iter().map(|l| l.label.clone()));
    if columns > 1 {
        table_columns.push("Total".into());
    }
    let rows = (axis.labels.iter())
        .zip(&counts)
        .filter(|(_, row)| row.iter().sum::<usize>() > 0)
        .map(|(label, row)| {
            let mut cells = vec![label.clone()];
            cells.extend(row.iter().map(usize::to_string));
            if columns > 1 {
                cells.push(row.iter().sum::<usize>().to_string());
            }
            cells
        })
        .collect();
    Chart {
        id: id.into(),
        title: title.clone(),
        svg,
        legend,
        table: Table {
            caption: title,
            columns: table_columns,
            rows,
        },
    }
}

fn draw_timeline(
    id: &str,
    title: &str,
    buckets: &[String],
    counts: &[Vec<usize>],
    legend: &[LegendEntry],
) -> String {
    const WIDTH: f64 = 720.0;
    const HEIGHT: f64 = 240.0;
    const LEFT: f64 = 36.0;
    const RIGHT: f64 = 8.0;
    const TOP: f64 = 10.0;
    const BOTTOM: f64 = 30.0;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let highest = counts
        .iter()
        .map(|row| row.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = plot_h / highest as f64;
    let slot = plot_w / buckets.len().max(1) as f64;
    let bar = (slot * 0.8).max(1.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart-svg timeline-svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-labelledby=\"{id}-title\"><title id=\"{id}-title\">{}</title>",
        escape(title)
    );
    // Axis: zero, half and the highest count.
    let mut ticks = vec![0, highest];
    if highest >= 4 {
        ticks.insert(1, highest / 2);
    }
    for tick in ticks {
        let y = TOP + plot_h - tick as f64 * scale;
        let _ = write!(
            svg,
            "<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/><text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{tick}</text>",
            n(LEFT),
            n(y),
            n(WIDTH - RIGHT),
            n(y),
            n(LEFT - 6.0),
            n(y + 4.0)
        );
    }
    for (i, (bucket, row)) in buckets.iter().zip(counts).enumerate() {
        let x = LEFT + i as f64 * slot + (slot - bar) / 2.0;
        let mut y = TOP + plot_h;
        for (column, &count) in row.iter().enumerate() {
            if count == 0 {
                continue;
            }
            let h = count as f64 * scale;
            y -= h;
            let _ = write!(
                svg,
                "<rect class=\"bar {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}, {}: {}</title></rect>",
                legend[column].class,
                n(x),
                n(y),
                n(bar),
                n(h),
                escape(&legend[column].label),
                escape(bucket),
                plural(count, "statement")
            );
        }
    }
    // Labels under the axis: at most eight, evenly spread, first and last.
    let step = buckets.len().div_ceil(8).max(1);
    for (i, bucket) in buckets.iter().enumerate() {
        if i % step != 0 && i + 1 != buckets.len() {
            continue;
        }
        if i + 1 == buckets.len() && i % step != 0 && i % step < step / 2 {
            continue;
        }
        let x = LEFT + (i as f64 + 0.5) * slot;
        let short_label = short_bucket_label(bucket);
        let _ = write!(
            svg,
            "<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            n(x),
            n(HEIGHT - 10.0),
            escape(&short_label)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// `11 Dec` for a day label, `Dec 2016` for a month label.
fn short_bucket_label(label: &str) -> String {
    let parts: Vec<&str> = label.split(' ').collect();
    let month = |m: &str| m.chars().take(3).collect::<String>();
    match parts.as_slice() {
        [day, m, _year] => format!("{day} {}", month(m)),
        [m, year] => format!("{} {year}", month(m)),
        _ => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Quote, Site, SiteConfig};
    use crate::test_support;

    fn actor(id: &str) -> Actor {
        test_support::actor(id, &format!("Actor {id}"), &[])
    }

    fn site(actors: usize) -> Site {
        Site {
            config: SiteConfig::with_title("T"),
            articles: Vec::new(),
            actors: (0..actors).map(|i| actor(&format!("a{i:02}"))).collect(),
            static_files: Vec::new(),
            theme_overrides: Vec::new(),
        }
    }

    /// Actor `i` speaks `i % 5 + 1` times, each time naming actor `i + 1`.
    fn quotes(actors: usize) -> Vec<Quote> {
        let mut out = Vec::new();
        for i in 0..actors {
            for k in 0..(i % 5 + 1) {
                out.push(Quote {
                    statement: format!("s-{i}-{k}"),
                    speaker: Some(format!("Speaker {i}")),
                    actor: Some(format!("a{i:02}")),
                    date: jiff::civil::date(2016, 12, 1 + (k as i8)),
                    published: jiff::civil::date(2016, 12, 10),
                    ..test_support::quote(
                        &format!("q-{i}-{k}"),
                        "a",
                        &format!("We talked to Actor a{:02} today.", (i + 1) % actors),
                    )
                });
            }
        }
        out
    }

    #[test]
    fn network_is_the_same_bytes_every_time() {
        let site = site(6);
        let quotes = quotes(6);
        let first = network(&Dossier::new(&site, &quotes), "");
        let second = network(&Dossier::new(&site, &quotes), "");
        assert_eq!(first.svg, second.svg);
        assert!(first.svg.contains("<title id=\"network-title\">"));
        assert!(
            first
                .svg
                .contains("<a xlink:href=\"actors/a00/index.html\">")
        );
        assert!(first.svg.contains("marker-end"));
        assert!(!first.table.rows.is_empty());
        assert!(!first.svg.contains("-0.0"));
    }

    #[test]
    fn sixty_actors_fold_into_top_nodes_and_others() {
        let site = site(60);
        let quotes = quotes(60);
        let chart = network(&Dossier::new(&site, &quotes), "../");
        assert_eq!(chart.svg.matches("<circle").count(), NETWORK_NODES);
        assert_eq!(chart.legend.len(), NETWORK_NODES);
        let others = chart.legend.last().unwrap();
        assert!(
            others.label.starts_with("45 other actors"),
            "{}",
            others.label
        );
        assert!(others.href.is_none());
        // The others' statements are not lost.
        let sum: usize = chart
            .legend
            .iter()
            .map(|l| {
                let inner = l.label.rsplit('(').next().unwrap();
                inner.split(' ').next().unwrap().parse::<usize>().unwrap()
            })
            .sum();
        assert_eq!(sum, quotes.len());
    }

    #[test]
    fn timeline_counts_per_day_and_per_actor() {
        let site = site(8);
        let quotes = quotes(8);
        let dossier = Dossier::new(&site, &quotes);
        let chart = timeline(&dossier, Scope::All, "tl");
        // Six series, and the two least active summed as others.
        assert_eq!(chart.legend.len(), TIMELINE_SERIES + 1);
        let total: usize = chart
            .table
            .rows
            .iter()
            .map(|r| r.last().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(total, quotes.len());
        assert_eq!(chart.table.rows[0][0], "1 December 2016");
        let again = timeline(&dossier, Scope::All, "tl");
        assert_eq!(chart.svg, again.svg);
        let one = timeline(&dossier, Scope::Actor(4), "mine");
        assert_eq!(one.legend.len(), 1);
        assert_eq!(one.table.columns, vec!["Day", "Actor a04"]);
        assert!(one.svg.contains("aria-labelledby=\"mine-title\""));
    }

    #[test]
    fn speaker_timeline_counts_only_that_speakers_statements() {
        let site = site(8);
        let quotes = quotes(8);
        let dossier = Dossier::new(&site, &quotes);
        let speaker = 0;
        let chart = timeline(&dossier, Scope::Speaker(speaker), "sp");
        let total: usize = chart
            .table
            .rows
            .iter()
            .map(|r| r.last().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(total, dossier.speakers[speaker].statements.len());
        assert!(total < dossier.statements.len());
        assert!(
            chart.title.ends_with(dossier.speakers[speaker].name),
            "{}",
            chart.title
        );
    }

    #[test]
    fn numbers_print_with_one_fixed_decimal() {
        assert_eq!(n(1.0 / 3.0).to_string(), "0.3");
        assert_eq!(n(-0.04).to_string(), "0.0");
        assert_eq!(n(12.35).to_string(), "12.4");
        assert_eq!(short_bucket_label("11 December 2016"), "11 Dec");
        assert_eq!(short_bucket_label("December 2016"), "Dec 2016");
        assert_eq!(
            wrap("International Committee of the Red Cross (4)", 22),
            ["International", "Committee of the Red", "Cross (4)"]
        );
    }

    /// The bars as they were made before [`Axis`]: a key formatted per day
    /// from the first to the last, a new bar at each new key, and a date's
    /// bar found by its key.
    fn axis_by_keys(first: Date, last: Date, dates: &[Date]) -> (Vec<String>, Vec<usize>) {
        let monthly = (last - first).get_days() > DAILY_SPAN;
        let bucket_of = |date: Date| match monthly {
            true => (
                format!("{:04}-{:02}", date.year(), date.month()),
                month_label(date),
            ),
            false => (date.to_string(), date_label(date)),
        };
        let mut buckets: Vec<(String, String)> = Vec::new();
        let mut day = first;
        while day <= last {
            let bucket = bucket_of(day);
            if buckets.last() != Some(&bucket) {
                buckets.push(bucket);
            }
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }
        let bars = (dates.iter())
            .map(|&date| {
                let key = bucket_of(date).0;
                buckets.iter().position(|b| b.0 == key).unwrap()
            })
            .collect();
        (buckets.into_iter().map(|b| b.1).collect(), bars)
    }

    #[test]
    fn axis_counts_out_the_bars_the_keys_found() {
        use jiff::civil::date;
        let spans = [
            (date(2016, 12, 11), date(2016, 12, 11)),
            (date(2016, 11, 20), date(2017, 2, 20)),
            (date(2016, 11, 20), date(2017, 2, 21)),
            (date(2016, 1, 31), date(2016, 3, 1)),
            (date(2015, 12, 31), date(2018, 1, 1)),
            (date(2016, 2, 29), date(2016, 6, 1)),
        ];
        for (first, last) in spans {
            let mut dates = Vec::new();
            let mut day = first;
            while day <= last {
                dates.push(day);
                day = day.tomorrow().unwrap();
            }
            let axis = Axis::new(Some((first, last)));
            let bars: Vec<usize> = dates.iter().map(|&d| axis.bar_of(d)).collect();
            assert_eq!((axis.labels, bars), axis_by_keys(first, last, &dates));
        }
        assert!(Axis::new(None).labels.is_empty());
    }

    /// `n` as it was before it printed whole tenths: the value rounded to
    /// tenths, then formatted as a float with one decimal.
    fn n_as_float(value: f64) -> String {
        let rounded = (value * 10.0).round() / 10.0;
        format!("{:.1}", if rounded == 0.0 { 0.0 } else { rounded })
    }

    #[test]
    fn tenths_print_as_the_float_did() {
        let mut values = vec![
            0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.15, 0.25, 12.35, -12.35,
        ];
        values.extend((-20_000..20_000).map(|i| f64::from(i) * 0.037));
        values.extend((0..2_000).map(|i| 720.0 / f64::from(i + 1) * 0.8));
        values.extend((1..500).map(|i| 200.0 - 200.0 / f64::from(i) * 3.0));
        for value in values {
            assert_eq!(n(value).to_string(), n_as_float(value), "{value}");
        }
    }
}
