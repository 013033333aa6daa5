//! The pairs of copies that share a run of words ([`super::shared_runs`])
//! and link ([`super::run_copies_link`]), kept between groupings for
//! `serve`: sorting the 770,000 runs of a 10,000-article package and
//! testing its 600,000 pairs again was the largest part of grouping on
//! every rebuild, while an edit changes the runs of one or two copies.
//!
//! A copy is told by its kind, speaker, normalised text and day (all its
//! words and runs follow from those), and keeps an id while it is there.
//! Each grouping finds the copies that came and went, updates the copies
//! holding each of their runs, and tests again only the pairs those runs
//! can have changed: the pairs of a came or went copy, and every pair of a
//! run whose holders crossed the bounds under which a run pairs its
//! holders (two, and [`MAX_POSTING`]). The pairs that link are kept in
//! the order of the copies, which the copies that stay keep among
//! themselves, so the links are made in the order a fresh grouping makes
//! them.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use super::{Copy, MAX_POSTING, SamePeople, close_in_time, run_copies_link, run_hashes};
use crate::model::QuoteKind;

/// The position of a copy that is gone.
const GONE: u32 = u32::MAX;

#[derive(Debug, Default)]
pub(super) struct RunPairs {
    /// Copy ids by [`tell`].
    ids: FxHashMap<u64, Vec<u32>>,
    /// By id; `None` where a copy went (its id is given to the next).
    copies: Vec<Option<KeptCopy>>,
    free: Vec<u32>,
    /// Run hash -> the copies holding that run.
    holders: FxHashMap<u64, Vec<u32>>,
    /// The pairs that share a run and link, by id, each pair and the list
    /// in the order of the copies at the last grouping.
    linking: Vec<(u32, u32)>,
}

/// What is kept of one copy.
#[derive(Debug)]
struct KeptCopy {
    tell: u64,
    kind: QuoteKind,
    speaker: Option<String>,
    key: String,
    day: jiff::civil::Date,
    /// Its distinct runs, sorted.
    runs: Vec<u64>,
}

impl KeptCopy {
    fn is(&self, copy: &Copy) -> bool {
        self.kind == copy.kind
            && self.day == copy.day
            && self.speaker.as_deref() == copy.speaker
            && self.key == copy.key
    }
}

/// A hash of what tells a copy from the others.
fn tell(copy: &Copy) -> u64 {
    let mut hasher = FxHasher::default();
    (copy.kind, copy.speaker, copy.key, copy.day).hash(&mut hasher);
    hasher.finish()
}

/// Does a run hold between two and [`MAX_POSTING`] copies, so that it
/// pairs them ([`super::shared_runs`])?
fn pairs_its_holders(holders: usize) -> bool {
    holders > 1 && holders <= MAX_POSTING
}

impl RunPairs {
    /// The pairs of `copies` (sorted and distinct, as `link_copies` makes
    /// them), by index, that share a run, are said within the window and
    /// link: what `shared_runs` and `run_copies_link` give, in the same
    /// order.
    pub(super) fn linking_pairs<'q>(
        &mut self,
        copies: &[Copy<'q>],
        people: &SamePeople<'q>,
    ) -> Vec<(usize, usize)> {
        let mut id_at = Vec::with_capacity(copies.len());
        let mut came = Vec::new();
        for copy in copies {
            let tell = tell(copy);
            let known = self.ids.get(&tell).and_then(|ids| {
                (ids.iter().copied()).find(|&id| self.kept(id).is_some_and(|k| k.is(copy)))
            });
            let id = known.unwrap_or_else(|| {
                let id = self.insert(tell, copy);
                came.push(id);
                id
            });
            id_at.push(id);
        }
        let mut position = vec![GONE; self.copies.len()];
        for (at, &id) in id_at.iter().enumerate() {
            position[id as usize] = at as u32;
        }
        let went: Vec<u32> = (0..self.copies.len() as u32)
            .filter(|&id| position[id as usize] == GONE && self.kept(id).is_some())
            .collect();

        // The runs that gained or lost a holder, with their holders before.
        let mut before: FxHashMap<u64, usize> = FxHashMap::default();
        for &id in went.iter().chain(&came) {
            for &run in &self.kept(id).expect("a kept copy").runs {
                (before.entry(run)).or_insert_with(|| self.holders.get(&run).map_or(0, Vec::len));
            }
        }
        for &id in &went {
            self.remove(id);
        }
        for &id in &came {
            let copy = self.copies[id as usize].as_ref().expect("a kept copy");
            for &run in &copy.runs {
                self.holders.entry(run).or_default().push(id);
            }
        }

        // The pairs whose run sharing may have changed, each with the copy
        // that comes first in `copies` first.
        let ordered = |a: u32, b: u32| {
            if position[a as usize] < position[b as usize] {
                (a, b)
            } else {
                (b, a)
            }
        };
        let is_new: FxHashSet<u32> = came.iter().copied().collect();
        let mut retest: FxHashSet<(u32, u32)> = FxHashSet::default();
        for (run, &was) in &before {
            let holders = self.holders.get(run).map_or(&[][..], Vec::as_slice);
            if pairs_its_holders(was) != pairs_its_holders(holders.len()) {
                for (k, &a) in holders.iter().enumerate() {
                    retest.extend(holders[k + 1..].iter().map(|&b| ordered(a, b)));
                }
            } else if pairs_its_holders(holders.len()) {
                for &a in holders.iter().filter(|h| is_new.contains(h)) {
                    let others = holders.iter().filter(|&&b| b != a);
                    retest.extend(others.map(|&b| ordered(a, b)));
                }
            }
        }
        let copy_of = |id: u32| &copies[position[id as usize] as usize];
        let mut fresh: Vec<(u32, u32)> = (retest.iter().copied())
            .filter(|&(a, b)| {
                let (x, y) = (copy_of(a), copy_of(b));
                close_in_time(x.day, y.day)
                    && self.share_a_pairing_run(a, b)
                    && run_copies_link(x, y, people)
            })
            .collect();
        let key = |&(a, b): &(u32, u32)| (position[a as usize], position[b as usize]);
        fresh.sort_unstable_by_key(key);

        // The copies that stay keep their order, and so do their pairs.
        let mut fresh = fresh.into_iter().peekable();
        let mut linking = Vec::with_capacity(self.linking.len() + fresh.len());
        let stayed = std::mem::take(&mut self.linking)
            .into_iter()
            .filter(|&(a, b)| {
                position[a as usize] != GONE
                    && position[b as usize] != GONE
                    && !retest.contains(&(a, b))
            });
        for pair in stayed {
            while let Some(new) = fresh.next_if(|new| key(new) < key(&pair)) {
                linking.push(new);
            }
            linking.push(pair);
        }
        linking.extend(fresh);
        self.linking = linking;
        (self.linking.iter())
            .map(|pair| {
                let (a, b) = key(pair);
                (a as usize, b as usize)
            })
            .collect()
    }

    fn kept(&self, id: u32) -> Option<&KeptCopy> {
        self.copies[id as usize].as_ref()
    }

    /// Keeps a copy not seen before (its runs are not held yet).
    fn insert(&mut self, tell: u64, copy: &Copy) -> u32 {
        let mut runs: Vec<u64> = run_hashes(copy.words).collect();
        runs.sort_unstable();
        runs.dedup();
        let kept = KeptCopy {
            tell,
            kind: copy.kind,
            speaker: copy.speaker.map(str::to_string),
            key: copy.key.to_string(),
            day: copy.day,
            runs,
        };
        let id = match self.free.pop() {
            Some(id) => {
                self.copies[id as usize] = Some(kept);
                id
            }
            None => {
                self.copies.push(Some(kept));
                (self.copies.len() - 1) as u32
            }
        };
        self.ids.entry(tell).or_default().push(id);
        id
    }

    /// Forgets a copy that went, and takes it from the holders of its runs.
    fn remove(&mut self, id: u32) {
        let copy = self.copies[id as usize].take().expect("a kept copy");
        for run in &copy.runs {
            if let Some(holders) = self.holders.get_mut(run) {
                holders.retain(|&h| h != id);
                if holders.is_empty() {
                    self.holders.remove(run);
                }
            }
        }
        if let Some(ids) = self.ids.get_mut(&copy.tell) {
            ids.retain(|&i| i != id);
            if ids.is_empty() {
                self.ids.remove(&copy.tell);
            }
        }
        self.free.push(id);
    }

    /// Do two copies share a run that pairs its holders?
    fn share_a_pairing_run(&self, a: u32, b: u32) -> bool {
        let (Some(a), Some(b)) = (self.kept(a), self.kept(b)) else {
            return false;
        };
        let (mut i, mut j) = (0, 0);
        while i < a.runs.len() && j < b.runs.len() {
            match a.runs[i].cmp(&b.runs[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let held = self.holders.get(&a.runs[i]).map_or(0, Vec::len);
                    if pairs_its_holders(held) {
                        return true;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::super::{QuoteWords, shared_runs};
    use super::*;

    /// A text said by a speaker (or an unknown one) on a day counted from
    /// the first of January.
    type Said = (String, Option<&'static str>, i64);

    struct Package {
        said: Vec<(QuoteWords, Option<&'static str>, jiff::civil::Date)>,
    }

    impl Package {
        /// Distinct and sorted as `link_copies` makes its copies.
        fn new(said: &[Said]) -> Self {
            let start = jiff::civil::date(2016, 1, 1);
            let mut said: Vec<_> = (said.iter())
                .map(|(text, speaker, day)| {
                    let date = start.checked_add(jiff::Span::new().days(*day)).unwrap();
                    (QuoteWords::of(text), *speaker, date)
                })
                .collect();
            said.sort_by(|a, b| (a.1, &a.0.key, a.2).cmp(&(b.1, &b.0.key, b.2)));
            said.dedup_by(|a, b| (a.1, &a.0.key, a.2) == (b.1, &b.0.key, b.2));
            Package { said }
        }

        fn copies(&self) -> Vec<Copy<'_>> {
            (self.said.iter().enumerate())
                .map(|(first, (words, speaker, day))| Copy {
                    first,
                    kind: QuoteKind::Direct,
                    speaker: *speaker,
                    day: *day,
                    words: words.matching(),
                    sorted: words.matching_sorted(),
                    key: &words.key,
                })
                .collect()
        }
    }

    /// The kept pairs after each of `steps` are those a fresh look finds.
    fn kept_as_fresh(steps: &[Vec<Said>]) -> Vec<usize> {
        let mut kept = RunPairs::default();
        let mut counts = Vec::new();
        for (step, said) in steps.iter().enumerate() {
            let package = Package::new(said);
            let copies = package.copies();
            let people = SamePeople::default();
            let fresh: Vec<(usize, usize)> = (shared_runs(&copies).into_iter())
                .filter(|&(a, b)| run_copies_link(&copies[a], &copies[b], &people))
                .collect();
            assert_eq!(kept.linking_pairs(&copies, &people), fresh, "step {step}");
            counts.push(fresh.len());
        }
        counts
    }

    fn said(text: &str, speaker: Option<&'static str>, day: i64) -> Said {
        (text.to_string(), speaker, day)
    }

    #[test]
    fn edited_and_removed_copies_leave_the_pairs_a_fresh_look_finds() {
        let full = "We will hold the ridge above the harbour until the last convoy has gone home";
        let trimmed = "hold the ridge above the harbour until the last convoy has gone";
        let retyped = "hold the ridge above the harbor until the last convoy has gone";
        let other = "We will hold the ridge above the harbour until the spring rains begin again";
        let base = vec![
            said(full, Some("Ann Bee"), 0),
            said(trimmed, None, 1),
            said(other, Some("Cem Dal"), 1),
            said(full, Some("Ann Bee"), 40),
        ];
        let mut edited = base.clone();
        edited[1] = said(retyped, None, 1);
        let mut removed = edited.clone();
        removed.remove(0);
        let mut moved = removed.clone();
        moved.push(said(trimmed, None, 39));
        let counts = kept_as_fresh(&[base.clone(), edited, removed, moved, base]);
        // The trimmed copy links to the full words near its day only; the
        // words that differ after the shared run are another statement.
        assert_eq!(counts, [1, 1, 0, 1, 1]);
    }

    #[test]
    fn a_run_held_past_the_bound_pairs_none_of_its_holders() {
        // One line printed on consecutive days by unknown speakers: each
        // copy links to those said within the window, until the line is
        // boilerplate.
        let line = "Stay tuned for further updates on this developing story from our newsroom";
        let holders = |n: i64| -> Vec<Said> { (0..n).map(|day| said(line, None, day)).collect() };
        let bound = MAX_POSTING as i64;
        let counts = kept_as_fresh(&[
            holders(bound - 1),
            holders(bound),
            holders(bound + 1),
            holders(bound),
            holders(1),
            holders(3),
        ]);
        assert!(counts[1] > counts[0] && counts[0] > 0, "{counts:?}");
        assert_eq!((counts[2], counts[4], counts[5]), (0, 0, 3));
    }
}
