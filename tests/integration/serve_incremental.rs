//! `onrecord serve`'s incremental rebuilds: after each edit, addition,
//! deletion and actor or settings change made through a session, the
//! output folder holds byte for byte what a fresh `build` writes.

use std::path::PathBuf;

use onrecord::BuildOptions;
use onrecord::incremental::{Rebuilt, Session};

use crate::util::{TempSite, build_with_library, tree};

const NO_SAFE_EXIT: &str = "content/articles/aljazeera-no-safe-exit.md";
const RUSSIA: &str = "content/actors/russia.md";

/// A session over a copy of the example, built once.
struct Served {
    site: TempSite,
    session: Session,
}

impl Served {
    fn new() -> Self {
        let site = TempSite::example();
        let mut session = Session::new(BuildOptions {
            root: site.root(),
            output: Some(site.out()),
            base_url: None,
        });
        session.build(&mut |_| {}).expect("first build");
        Served { site, session }
    }

    /// Rewrites `rel` with `edit` applied to its text.
    fn edit(&self, rel: &str, edit: impl Fn(&str) -> String) -> PathBuf {
        let text = std::fs::read_to_string(self.site.path(rel)).unwrap();
        let edited = edit(&text);
        assert_ne!(edited, text, "the edit of {rel} changed nothing");
        self.site.write(rel, edited);
        self.site.path(rel)
    }

    /// Rebuilds after a change to `changed`; returns what the rebuild did
    /// and, for each reload signal, the files phase 1 had written by then.
    fn rebuild(&mut self, changed: Option<&[PathBuf]>) -> (Rebuilt, Vec<usize>) {
        let mut reloads = Vec::new();
        let rebuilt = self
            .session
            .rebuild(changed, &mut |r| reloads.push(r.first_files))
            .expect("rebuild");
        (rebuilt, reloads)
    }

    /// The served output equals a fresh build of the same files.
    fn assert_as_built(&self, step: &str) {
        let fresh = self
            .site
            .dir
            .path()
            .join(format!("fresh-{}", step.replace(' ', "-")));
        build_with_library(&self.site.root(), &fresh);
        let served = tree(&self.site.out());
        let built = tree(&fresh);
        let differ: Vec<&String> = built
            .keys()
            .chain(served.keys())
            .filter(|path| built.get(*path) != served.get(*path))
            .collect();
        assert!(
            differ.is_empty(),
            "after {step}, these differ from a fresh build: {differ:?}"
        );
        // Nor does a removed page leave its folder behind.
        let empty: Vec<_> = walkdir::WalkDir::new(self.site.out())
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .filter(|p| p.is_dir() && std::fs::read_dir(p).unwrap().next().is_none())
            .collect();
        assert!(empty.is_empty(), "after {step}, empty folders: {empty:?}");
    }

    fn read_out(&self, rel: &str) -> String {
        std::fs::read_to_string(self.site.out().join(rel)).unwrap()
    }
}

#[test]
fn a_sequence_of_changes_ends_as_a_fresh_build() {
    let mut served = Served::new();

    // A quote's words: one article analysed again, pages written first.
    let path = served.edit(NO_SAFE_EXIT, |t| {
        t.replace(
            "does not necessarily correspond",
            "does not at all correspond",
        )
    });
    let (rebuilt, reloads) = served.rebuild(Some(&[path]));
    assert_eq!((rebuilt.analysed, rebuilt.full), (1, None));
    // A reload once phase 1 wrote the touched pages; another after phase 2
    // when it wrote what phase 1 left (the timeline, a new statement's page).
    let expected = 1 + usize::from(rebuilt.rest_files > 0 || rebuilt.files_added_or_removed);
    assert!(
        reloads.len() == expected && reloads[0] > 0,
        "a reload after phase 1 wrote pages, then one if phase 2 wrote files: {reloads:?}"
    );
    let page = served.read_out("articles/aljazeera-no-safe-exit/index.html");
    assert!(page.contains("does not at all correspond"));
    served.assert_as_built("quote edit");

    // Another speaker for a quote.
    let path = served.edit(NO_SAFE_EXIT, |t| {
        t.replace("reality,” Ryabkov said", "reality,” Sergei Lavrov said")
    });
    let (rebuilt, reloads) = served.rebuild(Some(&[path]));
    assert_eq!(rebuilt.analysed, 1);
    assert_eq!(
        reloads.len(),
        1 + usize::from(rebuilt.rest_files > 0 || rebuilt.files_added_or_removed)
    );
    served.assert_as_built("speaker edit");

    // A new article, then one deleted: the set of files changes.
    let copy = "content/articles/2016/aljazeera-copy.md";
    served.site.write(
        copy,
        std::fs::read_to_string(served.site.path(NO_SAFE_EXIT))
            .unwrap()
            .replace("Russia says no safe exit", "Moscow repeats: no safe exit")
            .replace("date: 2016-12-11", "date: 2016-12-12"),
    );
    let (rebuilt, reloads) = served.rebuild(Some(&[served.site.path(copy)]));
    assert!(rebuilt.files_added_or_removed);
    assert_eq!(reloads.len(), 2, "again once the new page is written");
    assert!(
        rebuilt.rest_files < rebuilt.report.files,
        "new files are added to the folder, not the whole folder written again: {} of {}",
        rebuilt.rest_files,
        rebuilt.report.files
    );
    assert!(
        served
            .site
            .out()
            .join("articles/aljazeera-copy/index.html")
            .is_file()
    );
    served.assert_as_built("addition");
    let gone = served
        .site
        .path("content/articles/presstv-safe-passage-unreal.md");
    std::fs::remove_file(&gone).unwrap();
    let (rebuilt, _) = served.rebuild(Some(&[gone]));
    assert_eq!(rebuilt.analysed, 0);
    assert!(
        !served
            .site
            .out()
            .join("articles/presstv-safe-passage-unreal")
            .exists()
    );
    served.assert_as_built("deletion");

    // A broken article stops the rebuild; fixed, the site is whole again.
    let good = std::fs::read_to_string(served.site.path(NO_SAFE_EXIT)).unwrap();
    let path = served.edit(NO_SAFE_EXIT, |t| {
        t.replace("date: 2016-12-11", "date: 2016-13-45")
    });
    let broken = served
        .session
        .rebuild(Some(std::slice::from_ref(&path)), &mut |_| {});
    assert!(broken.is_err());
    served.site.write(NO_SAFE_EXIT, &good);
    served.rebuild(Some(&[path]));
    served.assert_as_built("a fix");

    // An actor: every article analysed again.
    let path = served.edit(RUSSIA, |t| {
        t.replace("name: \"Russia\"", "name: \"Russian Federation\"")
    });
    let (rebuilt, reloads) = served.rebuild(Some(&[path]));
    assert_eq!(rebuilt.full, Some("an actor file changed"));
    assert_eq!(
        reloads,
        [0],
        "a full rebuild reloads once, with no first phase"
    );
    assert!(
        served
            .read_out("actors/russia/index.html")
            .contains("Russian Federation")
    );
    served.assert_as_built("actor edit");

    // site.toml, found by reading everything again.
    served.edit("site.toml", |t| {
        t.replacen("title = \"", "title = \"Dossier: ", 1)
    });
    let (rebuilt, _) = served.rebuild(None);
    assert_eq!(rebuilt.full, Some("site.toml changed"));
    served.assert_as_built("settings edit");
}

#[test]
fn an_unchanged_save_rewrites_nothing() {
    let mut served = Served::new();
    let path = served.site.path(NO_SAFE_EXIT);
    let (rebuilt, reloads) = served.rebuild(Some(&[path]));
    assert_eq!(rebuilt.analysed, 0);
    assert_eq!((&reloads[..], rebuilt.rest_files), (&[0][..], 0));
    assert_eq!(rebuilt.full, None);
    served.assert_as_built("nothing");
}

/// Grouping keeps what it made of unchanged quotes between rebuilds: a
/// quote that joins another statement, a speaker the package never had
/// (and then has no more), a copy printed, retyped and dropped in another
/// article, a fragment woven in and taken out, and an article that goes away must each end as a fresh build
/// does.
#[test]
fn kept_grouping_follows_moved_quotes_speakers_copies_and_deletions() {
    const DENIES_DEAL: &str = "content/articles/mee-russia-denies-deal.md";
    const CLOSE: &str = "content/articles/aljazeera-us-russia-close.md";
    let mut served = Served::new();

    // A quote's words become those of another statement of its speaker:
    // its old statement goes, the other gains a report.
    let reports = |served: &Served| {
        let quotes = served.read_out("data/quotes.json");
        quotes.matches("\"statement\":\"s-a6401afe0372\"").count()
    };
    let before = reports(&served);
    let path = served.edit(DENIES_DEAL, |t| {
        t.replace(
            "\"There is some progress, but no agreement.\"",
            "\"We are close to reaching an understanding, but I want to warn against high expectations.\"",
        )
    });
    served.rebuild(Some(&[path]));
    assert_eq!(reports(&served), before + 1);
    served.assert_as_built("a quote moved to another statement");

    // A speaker no article named before.
    let path = served.edit(CLOSE, |t| {
        t.replace(
            "expectations,” Ryabkov added.",
            "expectations,” Maria Zakharova added.",
        )
    });
    served.rebuild(Some(&[path]));
    assert!(
        served
            .read_out("speakers/index.html")
            .contains("Maria Zakharova")
    );
    served.assert_as_built("a new speaker");

    // The speaker goes again, with their entry among the speakers.
    let path = served.edit(CLOSE, |t| {
        t.replace(
            "expectations,” Maria Zakharova added.",
            "expectations,” Ryabkov added.",
        )
    });
    served.rebuild(Some(&[path]));
    assert!(
        !served
            .read_out("speakers/index.html")
            .contains("Maria Zakharova")
    );
    served.assert_as_built("a speaker gone");

    // Another article prints a trimmed copy of one of the speaker's
    // statements (one statement by a shared run of words, which grouping
    // keeps between rebuilds), then retypes it, then drops it.
    const FIGHTERS: &str = "Fighters captured the eastern half of Aleppo";
    let trimmed = "“An intensive document exchange on the situation in Aleppo has taken place,” Ryabkov said.\n\n";
    let path = served.edit(NO_SAFE_EXIT, |t| {
        t.replace(FIGHTERS, &format!("{trimmed}{FIGHTERS}"))
    });
    served.rebuild(Some(&[path]));
    served.assert_as_built("a trimmed copy in another article");
    let path = served.edit(NO_SAFE_EXIT, |t| {
        t.replace(
            "intensive document exchange",
            "intensive exchange of documents",
        )
    });
    served.rebuild(Some(&[path]));
    served.assert_as_built("the copy retyped");
    let path = served.edit(NO_SAFE_EXIT, |t| {
        let retyped = trimmed.replace(
            "intensive document exchange",
            "intensive exchange of documents",
        );
        t.replace(&retyped, "")
    });
    served.rebuild(Some(&[path]));
    served.assert_as_built("the copy dropped");

    // A few of the speaker's words woven into another article's sentence
    // (a fragment, joined through the kept holders of each word), then
    // taken out again.
    let woven = "Ryabkov said he wanted “to warn against high expectations” about the talks.\n\n";
    let path = served.edit(NO_SAFE_EXIT, |t| {
        t.replace(FIGHTERS, &format!("{woven}{FIGHTERS}"))
    });
    served.rebuild(Some(&[path]));
    served.assert_as_built("a fragment in another article");
    let path = served.edit(NO_SAFE_EXIT, |t| t.replace(woven, ""));
    served.rebuild(Some(&[path]));
    served.assert_as_built("the fragment taken out");

    // A new article, weeks later, quotes the speaker's words without
    // naming anyone (a later report, linked to the statement said before
    // it: grouping counts the holders of its words afresh on each
    // rebuild), then goes again.
    const LATER: &str = "content/articles/review-later-report.md";
    served.site.write(
        LATER,
        "---\ntitle: \"Aleppo, looking back\"\ndate: 2017-01-20\noutlet: \"Example Review\"\n---\n\n\
         Weeks before the city fell, the line in Moscow was cautious: “We are close to reaching an understanding, but I want to warn against high expectations.”\n\n\
         The talks then stalled.\n",
    );
    let later = served.site.path(LATER);
    served.rebuild(Some(std::slice::from_ref(&later)));
    assert_eq!(reports(&served), before + 2, "the later report joins");
    served.assert_as_built("a later report in a new article");
    std::fs::remove_file(&later).unwrap();
    served.rebuild(Some(&[later]));
    assert_eq!(reports(&served), before + 1);
    served.assert_as_built("the later report gone");

    // A speaker's full name in another article: one name per person
    // gives it to the speaker's quote in the first, unchanged article, which
    // moves to another speaker's statements (grouping keeps each quote's
    // speaker and cluster between rebuilds); then it goes again.
    let short = "“We will hold the talks again in Geneva next week with the Americans,” Maria Zakharova said.\n\n";
    let path = served.edit(NO_SAFE_EXIT, |t| {
        t.replace(FIGHTERS, &format!("{short}{FIGHTERS}"))
    });
    served.rebuild(Some(&[path]));
    served.assert_as_built("a new speaker in one article");
    const SPEAKING: &str = "Speaking to reporters yesterday";
    let full = "“Nothing has been agreed about the corridors for the civilians yet,” Maria Vladimirovna Zakharova said.\n\n";
    let path = served.edit(CLOSE, |t| t.replace(SPEAKING, &format!("{full}{SPEAKING}")));
    served.rebuild(Some(&[path]));
    let speakers = served.read_out("speakers/index.html");
    assert!(speakers.contains("Maria Vladimirovna Zakharova"));
    assert!(!speakers.contains("Maria Zakharova"), "renamed everywhere");
    served.assert_as_built("the speaker's full name in another article");
    let path = served.edit(CLOSE, |t| t.replace(full, ""));
    served.rebuild(Some(&[path]));
    assert!(
        served
            .read_out("speakers/index.html")
            .contains("Maria Zakharova")
    );
    served.assert_as_built("the full name gone");
    let path = served.edit(NO_SAFE_EXIT, |t| t.replace(short, ""));
    served.rebuild(Some(&[path]));
    served.assert_as_built("the speaker gone");

    // An article whose statements other articles report too.
    let gone = served.site.path(DENIES_DEAL);
    std::fs::remove_file(&gone).unwrap();
    served.rebuild(Some(&[gone]));
    served.assert_as_built("a deleted article");
}
