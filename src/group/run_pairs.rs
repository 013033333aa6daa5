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

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use super::{
    Copy, MAX_POSTING, QuoteWords, SamePeople, close_in_time, copy_of, run_copies_link, run_hashes,
};
use crate::model::{Quote, QuoteKind};

/// The position or first quote of a copy that is not there.
const NONE: u32 = u32::MAX;

#[derive(Debug, Default)]
pub(super) struct RunPairs {
    /// Copy ids by [`tell`].
    ids: FxHashMap<u64, Vec<u32>>,
    /// By id; `None` where a copy went (its id is given to the next).
    copies: Vec<Option<KeptCopy>>,
    free: Vec<u32>,
    /// Run hash -> the copies holding that run.
    holders: FxHashMap<u64, Vec<u32>>,
    /// Word hash -> the copies holding that word.
    word_holders: FxHashMap<u64, Vec<u32>>,
    /// The copies' ids in the order of the copies at the last grouping.
    order: Vec<u32>,
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
    /// Its distinct words, sorted.
    words: Vec<u64>,
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

/// The copies of one grouping, sorted and distinct as `link_copies`
/// makes them, with what [`RunPairs`] keeps of each.
pub(super) struct KeptCopies<'q> {
    pub(super) copies: Vec<Copy<'q>>,
    /// The id of each of `copies`.
    ids: Vec<u32>,
    /// The ids of the copies not seen at the last grouping.
    came: Vec<u32>,
    /// The runs that gained or lost a holder, with their number of
    /// holders at the last grouping.
    before: FxHashMap<u64, usize>,
}

impl RunPairs {
    /// The copies of `quotes` (one per distinct kind, speaker, text and
    /// day, each with its first quote), in the order of those four: the
    /// kept order of the copies that stay, with the ones that came put in
    /// their places, instead of sorting every quote again.
    pub(super) fn copies<'q>(
        &mut self,
        quotes: &'q [Quote],
        words: &'q [Arc<QuoteWords>],
    ) -> KeptCopies<'q> {
        let copy_at = |i: usize| copy_of(quotes, words, i);
        let found: Vec<(u64, Option<u32>)> = (0..quotes.len())
            .into_par_iter()
            .map(|i| {
                let copy = copy_at(i);
                let tell = tell(&copy);
                (tell, self.find(tell, &copy))
            })
            .collect();
        let mut first = vec![NONE; self.copies.len()];
        let mut came = Vec::new();
        for (i, (tell, known)) in found.into_iter().enumerate() {
            let id = match known {
                Some(id) => id,
                // Found again when another quote of this round brought it.
                None => self.find(tell, &copy_at(i)).unwrap_or_else(|| {
                    let id = self.insert(tell, &copy_at(i));
                    came.push(id);
                    id
                }),
            };
            if first.len() <= id as usize {
                first.resize(id as usize + 1, NONE);
            }
            if first[id as usize] == NONE {
                first[id as usize] = i as u32;
            }
        }
        let stay: Vec<u32> = (self.order.iter().copied())
            .filter(|&id| first[id as usize] != NONE)
            .collect();
        came.par_sort_unstable_by(|&a, &b| self.order_key(a).cmp(&self.order_key(b)));
        let mut order = Vec::with_capacity(stay.len() + came.len());
        let mut rest = &stay[..];
        for &id in &came {
            let key = self.order_key(id);
            let at = rest.partition_point(|&s| self.order_key(s) < key);
            order.extend_from_slice(&rest[..at]);
            order.push(id);
            rest = &rest[at..];
        }
        order.extend_from_slice(rest);
        let copies = (order.iter())
            .map(|&id| copy_at(first[id as usize] as usize))
            .collect();
        let before = self.update(&order, &came);
        KeptCopies {
            copies,
            ids: order,
            came,
            before,
        }
    }

    /// [`Self::copies`] for copies made elsewhere (sorted and distinct).
    #[cfg(test)]
    fn identify<'q>(&mut self, copies: Vec<Copy<'q>>) -> KeptCopies<'q> {
        let mut ids = Vec::with_capacity(copies.len());
        let mut came = Vec::new();
        for copy in &copies {
            let tell = tell(copy);
            let id = self.find(tell, copy).unwrap_or_else(|| {
                let id = self.insert(tell, copy);
                came.push(id);
                id
            });
            ids.push(id);
        }
        let before = self.update(&ids, &came);
        KeptCopies {
            copies,
            ids,
            came,
            before,
        }
    }

    /// The kept copy that is `copy`.
    fn find(&self, tell: u64, copy: &Copy) -> Option<u32> {
        let ids = self.ids.get(&tell)?;
        (ids.iter().copied()).find(|&id| self.kept(id).is_some_and(|k| k.is(copy)))
    }

    /// What orders the copies: their kind, speaker, text and day.
    fn order_key(&self, id: u32) -> (QuoteKind, Option<&str>, &str, jiff::civil::Date) {
        let copy = self.kept(id).expect("a kept copy");
        (copy.kind, copy.speaker.as_deref(), &copy.key, copy.day)
    }

    /// Forgets the copies not in `order` (the copies now, in order), adds
    /// the runs and words of those that `came`, and gives the runs that
    /// gained or lost a holder with their holders before.
    fn update(&mut self, order: &[u32], came: &[u32]) -> FxHashMap<u64, usize> {
        let mut here = vec![false; self.copies.len()];
        for &id in order {
            here[id as usize] = true;
        }
        let went: Vec<u32> = (0..self.copies.len() as u32)
            .filter(|&id| !here[id as usize] && self.kept(id).is_some())
            .collect();
        let mut before: FxHashMap<u64, usize> = FxHashMap::default();
        for &id in went.iter().chain(came) {
            for &run in &self.kept(id).expect("a kept copy").runs {
                (before.entry(run)).or_insert_with(|| self.holders.get(&run).map_or(0, Vec::len));
            }
        }
        for &id in &went {
            self.remove(id);
        }
        for &id in came {
            let copy = self.copies[id as usize].as_ref().expect("a kept copy");
            for &run in &copy.runs {
                self.holders.entry(run).or_default().push(id);
            }
            for &word in &copy.words {
                self.word_holders.entry(word).or_default().push(id);
            }
        }
        self.order = order.to_vec();
        before
    }

    /// The pairs of `now`'s copies, by index, that share a run, are said
    /// within the window and link: what `shared_runs` and
    /// `run_copies_link` give, in the same order.
    pub(super) fn linking_pairs<'q>(
        &mut self,
        now: &KeptCopies<'q>,
        people: &SamePeople<'q>,
    ) -> Vec<(usize, usize)> {
        let position = self.positions(&now.ids);
        let (copies, came, before) = (&now.copies, &now.came, &now.before);

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
        for (run, &was) in before {
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
                position[a as usize] != NONE
                    && position[b as usize] != NONE
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

    /// What [`super::fragment_holders`] gives for `now`'s copies, from the
    /// kept holders of each word instead of sorting every copy's words.
    pub(super) fn fragment_holders(&self, now: &KeptCopies) -> BTreeMap<usize, Vec<usize>> {
        let position = self.positions(&now.ids);
        let holding = |word: u64| self.word_holders.get(&word).map_or(&[][..], Vec::as_slice);
        super::holders_of_fragments(&now.copies, holding, |&id| position[id as usize] as usize)
    }

    /// The place of each kept copy in `ids`, [`NONE`] for the others.
    fn positions(&self, ids: &[u32]) -> Vec<u32> {
        let mut position = vec![NONE; self.copies.len()];
        for (at, &id) in ids.iter().enumerate() {
            position[id as usize] = at as u32;
        }
        position
    }

    fn kept(&self, id: u32) -> Option<&KeptCopy> {
        self.copies[id as usize].as_ref()
    }

    /// Keeps a copy not seen before (its runs are not held yet).
    fn insert(&mut self, tell: u64, copy: &Copy) -> u32 {
        let mut runs: Vec<u64> = run_hashes(copy.words).collect();
        runs.sort_unstable();
        runs.dedup();
        let mut words = copy.words.to_vec();
        words.sort_unstable();
        words.dedup();
        let kept = KeptCopy {
            tell,
            kind: copy.kind,
            speaker: copy.speaker.map(str::to_string),
            key: copy.key.to_string(),
            day: copy.day,
            runs,
            words,
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
        for (postings, hashes) in [
            (&mut self.holders, &copy.runs),
            (&mut self.word_holders, &copy.words),
        ] {
            for hash in hashes {
                if let Some(holders) = postings.get_mut(hash) {
                    holders.retain(|&h| h != id);
                    if holders.is_empty() {
                        postings.remove(hash);
                    }
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
    use super::super::{fragment_holders, shared_runs};
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

    /// The kept pairs and fragments' holders after each of `steps` are
    /// those a fresh look finds; the number of linking pairs and of held
    /// fragments at each step.
    fn kept_as_fresh(steps: &[Vec<Said>]) -> Vec<(usize, usize)> {
        let mut kept = RunPairs::default();
        let mut counts = Vec::new();
        for (step, said) in steps.iter().enumerate() {
            let package = Package::new(said);
            let now = kept.identify(package.copies());
            let copies = &now.copies;
            let people = SamePeople::default();
            let fresh: Vec<(usize, usize)> = (shared_runs(copies).into_iter())
                .filter(|&(a, b)| run_copies_link(&copies[a], &copies[b], &people))
                .collect();
            assert_eq!(kept.linking_pairs(&now, &people), fresh, "step {step}");
            let holders = kept.fragment_holders(&now);
            assert_eq!(holders, fragment_holders(copies), "step {step}");
            counts.push((fresh.len(), holders.len()));
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
        let counts: Vec<usize> = (kept_as_fresh(&[base.clone(), edited, removed, moved, base]))
            .into_iter()
            .map(|(pairs, _)| pairs)
            .collect();
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
        let counts: Vec<usize> = kept_as_fresh(&[
            holders(bound - 1),
            holders(bound),
            holders(bound + 1),
            holders(bound),
            holders(1),
            holders(3),
        ])
        .into_iter()
        .map(|(pairs, _)| pairs)
        .collect();
        assert!(counts[1] > counts[0] && counts[0] > 0, "{counts:?}");
        assert_eq!((counts[2], counts[4], counts[5]), (0, 0, 3));
    }

    #[test]
    fn fragments_are_held_by_the_copies_that_hold_them_now() {
        let long = "The ferry to the islands will run twice a day from the spring";
        let fragment = "run twice a day";
        let elsewhere = "the bakery will run twice a day until the harvest is in";
        let base = vec![
            said(long, Some("Ora Penn"), 0),
            said(fragment, None, 1),
            said(fragment, None, 30),
        ];
        let mut held_twice = base.clone();
        held_twice.push(said(elsewhere, Some("Tam Reed"), 2));
        let mut retyped = held_twice.clone();
        retyped[0] = said(
            "The ferry to the islands will sail daily from the spring",
            Some("Ora Penn"),
            0,
        );
        let mut gone = retyped.clone();
        gone.pop();
        let counts: Vec<usize> = (kept_as_fresh(&[base.clone(), held_twice, retyped, gone, base]))
            .into_iter()
            .map(|(_, held)| held)
            .collect();
        // Only the fragment said near the long copy's day is held; its
        // holders come and go with the copies that hold its words.
        assert_eq!(counts, [1, 1, 1, 0, 1]);
    }

    /// Every pair of copies said within the window that share a run,
    /// each pair once and in order: what pairing per copy must give.
    fn shared_runs_by_hand(copies: &[Copy]) -> Vec<(usize, usize)> {
        let runs: Vec<Vec<&[u64]>> = (copies.iter())
            .map(|c| c.words.windows(super::super::RUN_WORDS).collect())
            .collect();
        let mut pairs = Vec::new();
        for a in 0..copies.len() {
            for b in a + 1..copies.len() {
                let shared = runs[a].iter().any(|r| runs[b].contains(r));
                if shared && close_in_time(copies[a].day, copies[b].day) {
                    pairs.push((a, b));
                }
            }
        }
        pairs
    }

    #[test]
    fn shared_runs_pairs_each_close_pair_sharing_a_run_once() {
        let full = "We will hold the ridge above the harbour until the last convoy has gone home";
        let trimmed = "hold the ridge above the harbour until the last convoy has gone";
        let other = "We will hold the ridge above the harbour until the spring rains begin again";
        // Seven words in a row are no run: not paired.
        let seven = "the ridge above the harbour until the night";
        let package = Package::new(&[
            said(full, Some("Ann Bee"), 0),
            said(trimmed, None, 1),
            said(other, Some("Cem Dal"), 3),
            said(full, Some("Ann Bee"), 4),
            // Too late for the first copies: paired with the day-4 copy only.
            said(trimmed, None, 7),
            said(seven, None, 0),
            said(full, Some("Ann Bee"), 40),
        ]);
        let copies = package.copies();
        let pairs = shared_runs(&copies);
        assert_eq!(pairs, shared_runs_by_hand(&copies));
        assert_eq!(pairs.len(), 6, "{pairs:?}");
        let seven_at = (package.said.iter())
            .position(|(words, ..)| &*words.key == seven)
            .unwrap();
        assert!(pairs.iter().all(|&(a, b)| a != seven_at && b != seven_at));
    }
}
