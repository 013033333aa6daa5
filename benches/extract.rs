//! Extraction throughput: Markdown blocks, quote finding and attribution
//! (stages 3-4) over a synthetic corpus generated here, on one core.
//!
//! `cargo bench --bench extract` prints MB/s of Markdown. The target is
//! at least 50 MB/s per core (issue 12); the line says whether it is met.

use std::hint::black_box;
use std::time::{Duration, Instant};

use onrecord::model::{self, Actor, Article};
use onrecord::{attribute, extract, markdown};

// The shared builders; this target needs only some of them.
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod builders;

const ARTICLES: usize = 2000;
/// Markdown read per second on one core, in MB.
const TARGET_MB_PER_S: f64 = 50.0;

/// A small deterministic generator (xorshift), so every run reads the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const NAMES: &[&str] = &[
    "Ana Vell",
    "Ivo Tam",
    "Omar Haddad",
    "Mia Sol",
    "Lena Ross",
    "Jon Dee",
];
const ROLES: &[&str] = &[
    "Atlantean Foreign Minister",
    "UN envoy",
    "Blue Brigade commander",
    "Relief Committee spokesperson",
];
const SAYS: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "warned",
    "told Reuters on Sunday",
];
const STATEMENTS: &[&str] = &[
    "The issue of the corridors is the subject of separate agreements, which have not yet been reached",
    "We are close to an understanding, but I want to warn against high expectations",
    "Nobody can reach the wounded in the east of the city while the shelling goes on",
    "Our position on the withdrawal of fighters has not changed and will not change",
];
const NARRATIVE: &[&str] = &[
    "Government forces advanced on three districts overnight, residents said, as thousands fled towards the west of the city.",
    "The talks in Geneva were due to resume on Tuesday after a pause of several days, according to diplomats familiar with the plans.",
    "Aid convoys have not been able to enter the besieged area since July, when the last road was cut by the fighting.",
    "Estimates of the number of fighters still in the east vary widely, and none could be independently verified.",
];

fn article(rng: &mut Rng, i: usize) -> Article {
    let mut body = String::new();
    for p in 0..14 {
        let name = rng.pick(NAMES);
        let statement = rng.pick(STATEMENTS);
        match (p + rng.next() as usize) % 6 {
            0 => body.push_str(&format!(
                "“{statement},” {} {name} {}.",
                rng.pick(ROLES),
                rng.pick(SAYS)
            )),
            1 => body.push_str(&format!(
                "{} {name} said: \"{statement}.\"",
                rng.pick(ROLES)
            )),
            2 => body.push_str(&format!(
                "{name} said talks would continue in Geneva next week, RIA reported."
            )),
            3 => body.push_str(&format!(
                "“{statement},” he added. “We will see what happens next.”"
            )),
            _ => body.push_str(&format!("{} {}", rng.pick(NARRATIVE), rng.pick(NARRATIVE))),
        }
        body.push_str("\n\n");
        if p == 7 {
            body.push_str("## Talks ‘close’ to a deal\n\n");
        }
    }
    builders::article(&format!("a{i:05}"), &body)
}

fn actors() -> Vec<Actor> {
    let actor = |id: &str, name: &str, aliases: &[&str], people: &[&str]| Actor {
        people: people
            .iter()
            .map(|p| builders::person(p, None, &[]))
            .collect(),
        ..builders::actor(id, name, aliases)
    };
    vec![
        actor(
            "atlantis",
            "Atlantis",
            &["Atlantean", "the Palace"],
            &["Ana Vell"],
        ),
        actor(
            "un",
            "United Nations",
            &["UN", "Security Council"],
            &["Ivo Tam"],
        ),
        actor(
            "blue",
            "Blue Brigade",
            &["Blue Brigade faction", "rebels"],
            &["Omar Haddad"],
        ),
        actor("relief", "Relief Committee", &["RC"], &["Lena Ross"]),
    ]
}

fn main() {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let articles: Vec<Article> = (0..ARTICLES).map(|i| article(&mut rng, i)).collect();
    let registry = attribute::Registry::new(&actors());
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();

    let run = || {
        let mut found = 0;
        for article in &articles {
            let blocks = markdown::blocks(&article.body);
            let spans = extract::find_quotes(&article.body, &blocks);
            let (occurrences, _) = attribute::attribute(article, &blocks, &spans, &registry);
            found += occurrences.len();
        }
        black_box(found)
    };
    let first = run();
    assert_eq!(first, run(), "extraction must be deterministic");

    let mut best = Duration::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        run();
        best = best.min(start.elapsed());
    }
    let mb = bytes as f64 / 1_000_000.0;
    let rate = mb / best.as_secs_f64();
    let verdict = if rate >= TARGET_MB_PER_S {
        "meets"
    } else {
        "BELOW"
    };
    println!(
        "extract: {ARTICLES} articles, {mb:.1} MB of Markdown, {first} quotes: best of 5 {:.1} ms = {rate:.1} MB/s (one core; {verdict} the target of {TARGET_MB_PER_S} MB/s)",
        best.as_secs_f64() * 1000.0,
    );
}
