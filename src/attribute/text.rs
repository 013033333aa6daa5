//! Words and sentences of plain article text, and the word lists the
//! attribution rules read. Everything works on byte offsets into the
//! string it was given, so callers can point back into the article.

use std::cell::RefCell;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::{
    ABBREVIATIONS, AUXILIARIES, PREPOSITIONS, SPEECH_VERBS, TIME_ZONES, WEEKDAY_NAMES,
};

/// A word: `text` is the word without surrounding punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    /// Byte range of `text`.
    pub start: usize,
    pub end: usize,
    /// Punctuation right after the word (`,` in `Sison,`).
    pub after: &'a str,
}

impl Word<'_> {
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Is the word in `list`, ignoring ASCII case? Long lists are looked
    /// up in a hash set (see [`WordSets`]); the rules ask this for nearly
    /// every word they read. Inlined: most lists asked are short and
    /// constant, and a scan of one compiled where it is asked costs less
    /// than the call.
    #[inline]
    pub fn is(&self, list: &'static [&'static str]) -> bool {
        if list.len() < WordSets::MIN_LIST_LEN {
            return list.iter().any(|w| w.eq_ignore_ascii_case(self.text));
        }
        WordSets::contains(list, self.text)
    }

    /// Is the word in any of `lists`? The same as asking [`Word::is`] of
    /// each list in turn, answered by one lookup in the lists' words
    /// merged (see [`MergedLists`]): rules that rule a word out by a dozen
    /// lists ask this of every capitalised word. The slice of lists is
    /// `'static` (`&[TITLES, DEMONYMS]`, promoted to a constant): its
    /// address and length never come to hold other lists, so they alone
    /// tell which lists were merged.
    pub fn is_any(&self, lists: &'static [&'static [&'static str]]) -> bool {
        if self.text.len() > WordSets::MAX_WORD_LEN {
            let scan = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(self.text));
            return lists.iter().any(|list| scan(list));
        }
        WORD_SETS.with_borrow_mut(|sets| sets.is_any(lists, self.text))
    }

    /// [`Word::is`] for a list built at run time.
    pub fn is_one_of(&self, list: &[&str]) -> bool {
        list.iter().any(|w| w.eq_ignore_ascii_case(self.text))
    }

    /// Starts with a capital letter (`Ryabkov`, `al-Assad` counts too).
    pub fn is_capitalised(&self) -> bool {
        // Most words settle on their first byte: an ASCII capital, or
        // another ASCII byte and no `al-`-like particle (its hyphen stands
        // third or fourth). The rest is out of line: asked of nearly every
        // word, this path then saves no registers.
        match self.text.as_bytes() {
            [first, ..] if first.is_ascii_uppercase() => true,
            [first, rest @ ..] if first.is_ascii() && !has_particle_hyphen(rest) => false,
            _ => is_capitalised_word(self.text),
        }
    }
}

/// A hyphen second or third in `rest`, the bytes after a word's first.
fn has_particle_hyphen(rest: &[u8]) -> bool {
    rest.get(1..3).is_some_and(|b| b.contains(&b'-'))
}

/// [`Word::is_capitalised`] of any word, its first character decoded.
#[inline(never)]
fn is_capitalised_word(word: &str) -> bool {
    if word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    if !word.as_bytes().get(1..).is_some_and(has_particle_hyphen) {
        return false;
    }
    let core = strip_particle_prefix(word);
    core.chars().next().is_some_and(char::is_uppercase)
}

/// The long word lists of the lexicon, merged into one table per thread
/// as each list is first asked about: every lowercase word maps to a bit
/// for each list that holds it. A list is known by its address and length
/// (the lists are `'static`, so an address never comes to hold another
/// list) and gets the next free bit. Most words are short: packed into a
/// number, they hash and compare without touching memory.
struct WordSets {
    /// Open addressing by list address; an address of 0 marks a free slot.
    slots: [ListSlot; WordSets::SLOTS],
    lists: u32,
    /// Words of 1 to [`WordSets::PACKED_LEN`] bytes, see [`packed`].
    short_words: FxHashMap<(u128, usize), u128>,
    long_words: FxHashMap<Box<[u8]>, u128>,
    /// The last short word looked up and its bits: a rule asks several
    /// lists about one word in a row. Emptied when a list is entered,
    /// which can add a bit to any word.
    last_short_word: Option<((u128, usize), u128)>,
    /// The lists of each [`Word::is_any`] call, by the address and length
    /// of its `'static` slice of lists.
    merged: FxHashMap<(usize, usize), MergedLists>,
    /// The address range of the body being read (see [`keeping_words`]),
    /// whose bytes cannot change while it is read.
    body: Range<usize>,
    /// The bits of words of that body, by the word's address: the rules
    /// ask about the same words of a sentence list after list and rule
    /// after rule, and an address compared costs less than a word packed
    /// and hashed. Emptied when a list is entered or the body changes.
    body_words: [BodyWordBits; WordSets::BODY_WORD_SLOTS],
}

/// A word of the body by its address and length, and its bits.
#[derive(Clone, Copy)]
struct BodyWordBits {
    address: usize,
    len: usize,
    bits: u128,
}

impl BodyWordBits {
    const NONE: Self = BodyWordBits {
        address: 0,
        len: 0,
        bits: 0,
    };
}

#[derive(Clone, Copy)]
struct ListSlot {
    address: usize,
    len: usize,
    bit: u32,
}

thread_local! {
    static WORD_SETS: RefCell<WordSets> = const { RefCell::new(WordSets::new()) };
}

impl WordSets {
    /// Below this many words a scan costs less than hashing the word.
    const MIN_LIST_LEN: usize = 20;
    /// Longer words are in no list (and are scanned if they are).
    const MAX_WORD_LEN: usize = 48;
    /// Lists beyond this many (one bit each) are scanned.
    const MAX_LISTS: u32 = u128::BITS;
    /// Twice the lists, so a probe ends soon at a free slot.
    const SLOTS: usize = 256;
    /// The bytes of a `u128`.
    const PACKED_LEN: usize = 16;
    /// Words of the body whose bits are kept, by the low bits of their
    /// address: a paragraph's words do not share a slot.
    const BODY_WORD_SLOTS: usize = 512;

    const fn new() -> Self {
        WordSets {
            slots: [ListSlot {
                address: 0,
                len: 0,
                bit: 0,
            }; Self::SLOTS],
            lists: 0,
            short_words: FxHashMap::with_hasher(rustc_hash::FxBuildHasher),
            long_words: FxHashMap::with_hasher(rustc_hash::FxBuildHasher),
            last_short_word: None,
            merged: FxHashMap::with_hasher(rustc_hash::FxBuildHasher),
            body: 0..0,
            body_words: [BodyWordBits::NONE; Self::BODY_WORD_SLOTS],
        }
    }

    /// Starts reading `body` (an address range; empty when none is read).
    fn read_body(&mut self, body: Range<usize>) {
        self.body = body;
        self.body_words = [BodyWordBits::NONE; Self::BODY_WORD_SLOTS];
    }

    #[inline(never)]
    fn contains(list: &'static [&'static str], word: &str) -> bool {
        let scan = || list.iter().any(|w| w.eq_ignore_ascii_case(word));
        if word.len() > Self::MAX_WORD_LEN {
            return scan();
        }
        WORD_SETS.with_borrow_mut(|sets| match sets.bit_of(list) {
            Some(bit) => sets.bits_of_word(word) & (1 << bit) != 0,
            None => scan(),
        })
    }

    /// [`WordSets::bits_of`], kept by address for a word of the body.
    #[inline]
    fn bits_of_word(&mut self, word: &str) -> u128 {
        let address = word.as_ptr() as usize;
        if address < self.body.start || address + word.len() > self.body.end {
            return self.bits_of(word.as_bytes());
        }
        let slot = address % Self::BODY_WORD_SLOTS;
        let kept = self.body_words[slot];
        if kept.address == address && kept.len == word.len() {
            return kept.bits;
        }
        let bits = self.bits_of(word.as_bytes());
        self.body_words[slot] = BodyWordBits {
            address,
            len: word.len(),
            bits,
        };
        bits
    }

    /// [`Word::is_any`] of `word` (of at most [`WordSets::MAX_WORD_LEN`]
    /// bytes). When every list has a bit, the word's bits answer, kept by
    /// address for a word of the body like [`WordSets::contains`]'s: the
    /// rules ask a dozen lists of the same words, and a packed word hashed
    /// for each call cost more than the rest of the call.
    fn is_any(&mut self, lists: &'static [&'static [&'static str]], word: &str) -> bool {
        let key = (lists.as_ptr() as usize, lists.len());
        let lists_bits = match self.merged.get(&key) {
            Some(merged) => merged.lists_bits,
            None => {
                let merged = self.merge(lists);
                let lists_bits = merged.lists_bits;
                self.merged.insert(key, merged);
                lists_bits
            }
        };
        match lists_bits {
            Some(lists_bits) => self.bits_of_word(word) & lists_bits != 0,
            None => self.merged[&key].contains(word.as_bytes()),
        }
    }

    /// The words of `lists` merged, made on the first call with the same
    /// slice of lists.
    fn merge(&mut self, lists: &[&'static [&'static str]]) -> MergedLists {
        let lists_bits = lists
            .iter()
            .try_fold(0u128, |bits, list| Some(bits | 1 << self.bit_of(list)?));
        MergedLists::new(lists, lists_bits)
    }

    /// The bit of `list`, given it (and its words entered) on first use;
    /// `None` once every bit is taken. Inlined, as is [`WordSets::bits_of`],
    /// into [`WordSets::contains`]: a call costs about as much as the lookup
    /// when the list is known. (Always: with [`WordSets::merge`] asking it
    /// too, once per set of lists, the compiler left it out of line.)
    #[inline(always)]
    fn bit_of(&mut self, list: &'static [&'static str]) -> Option<u32> {
        let address = list.as_ptr() as usize;
        // Fibonacci hashing: the top 8 bits of the product index the slots.
        let mut at = address.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (usize::BITS - 8);
        loop {
            let slot = self.slots[at];
            if slot.address == address && slot.len == list.len() {
                return Some(slot.bit);
            }
            if slot.address == 0 {
                break;
            }
            at = (at + 1) % Self::SLOTS;
        }
        if self.lists == Self::MAX_LISTS {
            return None;
        }
        let bit = self.lists;
        self.lists += 1;
        self.last_short_word = None;
        self.body_words = [BodyWordBits::NONE; Self::BODY_WORD_SLOTS];
        self.slots[at] = ListSlot {
            address,
            len: list.len(),
            bit,
        };
        for w in list {
            match packed(w.as_bytes()) {
                Some(key) => *self.short_words.entry(key).or_default() |= 1 << bit,
                None => {
                    let lower = w.as_bytes().to_ascii_lowercase().into_boxed_slice();
                    *self.long_words.entry(lower).or_default() |= 1 << bit;
                }
            }
        }
        Some(bit)
    }

    /// The bits of the lists that hold `word` in any ASCII case.
    #[inline]
    fn bits_of(&mut self, word: &[u8]) -> u128 {
        let Some(key) = packed(word) else {
            let mut buffer = [0u8; Self::MAX_WORD_LEN];
            let lower = &mut buffer[..word.len()];
            lower.copy_from_slice(word);
            lower.make_ascii_lowercase();
            return self.long_words.get(&*lower).copied().unwrap_or(0);
        };
        if let Some((last, bits)) = self.last_short_word
            && last == key
        {
            return bits;
        }
        let bits = self.short_words.get(&key).copied().unwrap_or(0);
        self.last_short_word = Some((key, bits));
        bits
    }
}

/// Several lists asked at once, for [`Word::is_any`]: one lookup answers
/// for every list, where the lists' bits had to be found one by one and
/// the short lists (which [`Word::is`] scans) scanned.
struct MergedLists {
    /// The bits of the lists in [`WordSets`], short lists too; `None` when
    /// one has no bit (all are taken), and the words below answer.
    lists_bits: Option<u128>,
    /// Words of 1 to [`WordSets::PACKED_LEN`] bytes, see [`packed`].
    short_words: FxHashSet<(u128, usize)>,
    long_words: FxHashSet<Box<[u8]>>,
}

impl MergedLists {
    /// The words are merged only when `lists_bits` is `None`.
    fn new(lists: &[&'static [&'static str]], lists_bits: Option<u128>) -> Self {
        let mut merged = MergedLists {
            lists_bits,
            short_words: FxHashSet::default(),
            long_words: FxHashSet::default(),
        };
        if lists_bits.is_some() {
            return merged;
        }
        for w in lists.iter().flat_map(|list| list.iter()) {
            match packed(w.as_bytes()) {
                Some(key) => {
                    merged.short_words.insert(key);
                }
                None => {
                    merged
                        .long_words
                        .insert(w.as_bytes().to_ascii_lowercase().into_boxed_slice());
                }
            }
        }
        merged
    }

    /// Does a list hold `word` (of at most [`WordSets::MAX_WORD_LEN`]
    /// bytes) in any ASCII case?
    fn contains(&self, word: &[u8]) -> bool {
        match packed(word) {
            Some(key) => self.short_words.contains(&key),
            None => {
                let mut buffer = [0u8; WordSets::MAX_WORD_LEN];
                let lower = &mut buffer[..word.len()];
                lower.copy_from_slice(word);
                lower.make_ascii_lowercase();
                self.long_words.contains(&*lower)
            }
        }
    }
}

/// A word of 1 to 16 bytes, ASCII-lowercased and packed with its length
/// into a key; `None` for another length. The bytes are read as two
/// overlapping numbers, not copied one by one: every lookup packs a word.
fn packed(word: &[u8]) -> Option<(u128, usize)> {
    let len = word.len();
    // The head and the tail overlap for most lengths; an overlapping byte
    // is the same byte in both, at the same place.
    let bytes = match len {
        1..=3 => {
            u128::from(word[0])
                | u128::from(word[len / 2]) << (8 * (len / 2))
                | u128::from(word[len - 1]) << (8 * (len - 1))
        }
        4..=7 => {
            let head = u32::from_le_bytes(word[..4].try_into().ok()?);
            let tail = u32::from_le_bytes(word[len - 4..].try_into().ok()?);
            u128::from(head) | u128::from(tail) << (8 * (len - 4))
        }
        8..=WordSets::PACKED_LEN => {
            let head = u64::from_le_bytes(word[..8].try_into().ok()?);
            let tail = u64::from_le_bytes(word[len - 8..].try_into().ok()?);
            u128::from(head) | u128::from(tail) << (8 * (len - 8))
        }
        _ => return None,
    };
    Some((ascii_lowercase(bytes), len))
}

/// `make_ascii_lowercase` of the 16 bytes of `v` at once: every lookup of
/// a word packs it, and a byte at a time cost more than the lookup.
fn ascii_lowercase(v: u128) -> u128 {
    const ONES: u128 = u128::MAX / 0xff;
    const HIGH_BITS: u128 = ONES * 0x80;
    // Each byte's low seven bits plus a constant sets its top bit from
    // `A` (0x41) on, and from past `Z` (0x5b) on; the sums never carry
    // into the next byte. A byte of 0x80 and above is no capital.
    let low = v & !HIGH_BITS;
    let from_a = low + ONES * (0x80 - 0x41);
    let past_z = low + ONES * (0x80 - 0x5b);
    let capitals = from_a & !past_z & !v & HIGH_BITS;
    // The top bit of each capital, moved to the case bit (0x20).
    v | (capitals >> 2)
}

/// `al-Assad` -> `Assad`: the Arabic article written into a name.
fn strip_particle_prefix(word: &str) -> &str {
    for prefix in [
        "al-", "el-", "Al-", "El-", "ad-", "as-", "ash-", "ar-", "an-", "at-",
    ] {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().next().is_some_and(char::is_uppercase)
        {
            return rest;
        }
    }
    word
}

/// Where `needle` starts in `text`: `text.match_indices(needle)`'s
/// starts (leftmost, not overlapping), found by memchr's SIMD search. The
/// rules look for each surname and noun in the whole body, and the
/// standard searcher scanned it a byte at a time (about 2 % of a build's
/// instructions). A match of a non-empty UTF-8 needle in UTF-8 text
/// starts and ends at character boundaries; the empty needle, which
/// matches between characters only, is left to `match_indices`.
pub fn match_starts<'t>(text: &'t str, needle: &'t str) -> impl Iterator<Item = usize> + 't {
    let empty = needle.is_empty();
    let simd = (!empty).then(|| memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes()));
    let by_char = empty.then(|| text.match_indices(needle).map(|(at, _)| at));
    simd.into_iter()
        .flatten()
        .chain(by_char.into_iter().flatten())
}

/// Where `word` stands in `text` as a whole word, no letter or digit
/// touching it on either side (`Reyes` in `Reyes's`, not in `Reyesburg`):
/// each start.
pub fn whole_word_starts<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    match_starts(text, word).filter(move |&at| {
        let end = at + word.len();
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// The owner a possessive names (`Reyes's`, `Reyes’s` -> `Reyes`), one
/// `'s` or `’s` taken off; `None` when the word is no possessive.
pub fn possessive_owner(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// A word without the possessive `'s` or `’s` after it (`Reyes's` ->
/// `Reyes`): how a name is matched where the text writes it as an owner.
pub fn without_possessive(word: &str) -> &str {
    // As `trim_end_matches("'s")` then `("’s")`, without the substring
    // searcher each of those sets up: this is asked of most words of names.
    let mut word = word;
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    word
}

/// `s.split_once(byte)` for an ASCII `byte`, found byte by byte: the
/// texts asked (a subject, a name) are a few words long, and a char
/// searcher's setup costs more than their bytes. An ASCII byte is never
/// inside another character, so both sides are whole characters.
pub fn split_once_ascii(s: &str, byte: u8) -> Option<(&str, &str)> {
    debug_assert!(byte.is_ascii());
    let at = s.bytes().position(|b| b == byte)?;
    Some((&s[..at], &s[at + 1..]))
}

/// `s.rsplit_once(byte)` for an ASCII `byte`, as [`split_once_ascii`].
pub fn rsplit_once_ascii(s: &str, byte: u8) -> Option<(&str, &str)> {
    debug_assert!(byte.is_ascii());
    let at = s.bytes().rposition(|b| b == byte)?;
    Some((&s[..at], &s[at + 1..]))
}

/// The words of `s`. Inside a body being read (see [`keeping_words`])
/// they are taken from the body's pieces, split once.
pub fn words(s: &str) -> Vec<Word<'_>> {
    BODY_PIECES.with_borrow(|kept| match kept {
        Some(body) => body.words(s),
        None => split_words(s),
    })
}

/// Runs `read` with the pieces of `body` split once: the rules read each
/// sentence, paragraph and clause of an article again and again (the
/// paragraph for names, then for pronouns; the sentence for reported
/// speech, then for who it introduces; each clause by each rule), and
/// [`words`] hands them the words from those pieces. Texts elsewhere are
/// split as before.
pub fn keeping_words<R>(body: &str, read: impl FnOnce() -> R) -> R {
    /// Puts back what was kept before, however `read` ends.
    struct Restore(Option<BodyPieces>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            let body = previous.as_ref().map_or(0..0, |p| p.body.clone());
            WORD_SETS.with_borrow_mut(|sets| sets.read_body(body));
            BODY_PIECES.with_borrow_mut(|kept| *kept = previous);
        }
    }
    let pieces = BodyPieces::of(body);
    let address = body.as_ptr() as usize;
    // A body past `u32` offsets has no pieces, but its words' bits are kept.
    WORD_SETS.with_borrow_mut(|sets| sets.read_body(address..address + body.len()));
    let previous = BODY_PIECES.replace(pieces);
    let _restore = Restore(previous);
    read()
}

/// Every piece of a body that is not empty (see [`Piece`]), split once
/// and known by the body's address: while the body is borrowed (see
/// [`keeping_words`]) the bytes there cannot change. A text inside the
/// body has the body's pieces, except where its edges cut one.
struct BodyPieces {
    /// The address range of the body.
    body: Range<usize>,
    /// In order; offsets in the body.
    pieces: Box<[BodyPiece]>,
    /// For each [`BodyPieces::STRIDE`] bytes of the body, the first piece
    /// that starts there or later: most texts asked are a few words long,
    /// and a binary search for their first piece cost more than their words.
    first_piece_from: Box<[u32]>,
    /// The sentence ends of texts of the body (see [`sentence_ends`]), by
    /// the text's offset and length.
    sentence_ends: FxHashMap<(u32, u32), Box<[usize]>>,
}

/// A [`Piece`] of a body: where it starts, its word, its end.
#[derive(Clone, Copy)]
struct BodyPiece {
    start: u32,
    first: u32,
    last: u32,
    end: u32,
}

thread_local! {
    static BODY_PIECES: RefCell<Option<BodyPieces>> = const { RefCell::new(None) };
}

impl BodyPieces {
    /// About five pieces: the bytes a text's first piece is looked for in.
    const STRIDE: usize = 32;
    /// Shorter texts (clause pieces, gaps between quotes) are read each
    /// time: asked once or twice, keeping them would cost more.
    const MIN_KEPT_SENTENCES_LEN: usize = 64;

    /// `None` for a body past `u32` offsets: its texts are split every time.
    fn of(body: &str) -> Option<Self> {
        u32::try_from(body.len()).ok()?;
        let offset = |at: usize| at as u32;
        let mut pieces = Vec::with_capacity(body.len() / 5 + 1);
        let mut start = 0;
        while start < body.len() {
            let piece = Piece::at(body, start);
            // An empty piece (a second space) changes no word.
            if piece.end > start {
                pieces.push(BodyPiece {
                    start: offset(start),
                    first: offset(piece.first),
                    last: offset(piece.last),
                    end: offset(piece.end),
                });
            }
            start = piece.next;
        }
        let mut first_piece_from = Vec::with_capacity(body.len() / Self::STRIDE + 1);
        let mut k = 0;
        for from in (0..=body.len()).step_by(Self::STRIDE) {
            while pieces
                .get(k)
                .is_some_and(|p: &BodyPiece| (p.start as usize) < from)
            {
                k += 1;
            }
            first_piece_from.push(offset(k));
        }
        let address = body.as_ptr() as usize;
        Some(BodyPieces {
            body: address..address + body.len(),
            pieces: pieces.into(),
            first_piece_from: first_piece_from.into(),
            sentence_ends: FxHashMap::default(),
        })
    }

    /// [`find_sentence_ends`] of `s`, kept by its place when `s` lies in
    /// the body.
    fn sentence_ends(&mut self, s: &str) -> Vec<usize> {
        let address = s.as_ptr() as usize;
        if address < self.body.start || address + s.len() > self.body.end {
            return find_sentence_ends(s);
        }
        // Both fit: the body's length does.
        let place = ((address - self.body.start) as u32, s.len() as u32);
        self.sentence_ends
            .entry(place)
            .or_insert_with(|| find_sentence_ends(s).into())
            .to_vec()
    }

    /// The index of the first piece that starts at `from` or later.
    fn first_piece_from(&self, from: usize) -> usize {
        let mut k = self.first_piece_from[from / Self::STRIDE] as usize;
        while self
            .pieces
            .get(k)
            .is_some_and(|p| (p.start as usize) < from)
        {
            k += 1;
        }
        k
    }

    /// [`split_words`] of `s`, from the body's pieces when `s` lies in it.
    fn words<'s>(&self, s: &'s str) -> Vec<Word<'s>> {
        let address = s.as_ptr() as usize;
        if address < self.body.start || address + s.len() > self.body.end {
            return split_words(s);
        }
        let from = address - self.body.start;
        let to = from + s.len();
        let mut out = Vec::with_capacity(s.len() / 5 + 1);
        // The body's pieces from the first that starts in `s` on.
        let k = self.first_piece_from(from);
        // `s` starting inside a piece (not after whitespace) has a piece
        // of its own there, up to the first whitespace.
        if k > 0 && from <= self.pieces[k - 1].end as usize {
            let piece = Piece::at(s, 0);
            push_piece(&mut out, s, 0, &piece);
        }
        for p in &self.pieces[k..] {
            let start = p.start as usize - from;
            if start >= s.len() {
                break;
            }
            if p.end as usize > to {
                // Cut by the end of `s`: its own last piece.
                push_piece(&mut out, s, start, &Piece::at(s, start));
                break;
            }
            let piece = Piece {
                first: p.first as usize - from,
                last: p.last as usize - from,
                end: p.end as usize - from,
                // Not read: the pieces are walked in order.
                next: 0,
            };
            push_piece(&mut out, s, start, &piece);
        }
        out
    }
}

/// The words of `ws[k..]` as [`words`] splits the text from `ws[k]` on,
/// `ws` being the words of a text: offsets count from that word, and
/// nothing before it changes any word after (a punctuation piece only
/// ever joins the word before it).
pub fn words_from<'a>(ws: &[Word<'a>], k: usize) -> Vec<Word<'a>> {
    let rest = ws.get(k..).unwrap_or_default();
    let from = rest.first().map_or(0, |w| w.start);
    rest.iter()
        .map(|w| Word {
            start: w.start - from,
            end: w.end - from,
            ..*w
        })
        .collect()
}

/// [`words`] without keeping: splits `s`.
fn split_words(s: &str) -> Vec<Word<'_>> {
    // Bytes, not chars, for ASCII, classed by a table: every rule reads
    // words, so this runs over each sentence many times. Other characters
    // are decoded.
    let mut out: Vec<Word<'_>> = Vec::with_capacity(s.len() / 5 + 1);
    let mut start = 0;
    while start < s.len() {
        let piece = Piece::at(s, start);
        push_piece(&mut out, s, start, &piece);
        start = piece.next;
    }
    out
}

/// Adds the word of the piece of `s` at `start`, or gives its punctuation
/// to the word before.
#[inline(always)]
fn push_piece<'s>(out: &mut Vec<Word<'s>>, s: &'s str, start: usize, piece: &Piece) {
    match piece.word(s) {
        Some(word) => out.push(word),
        // A piece of punctuation alone (`–`) follows the word before.
        None => {
            if let Some(w) = out.last_mut()
                && w.after.is_empty()
            {
                w.after = &s[start..piece.end];
            }
        }
    }
}

/// A piece of text between whitespace, read in one pass: where its word
/// (the piece without the punctuation around it) starts and ends, where
/// the piece ends and where the next one starts (after the whitespace).
/// One pass, not a search for the end and two for the word's edges: this
/// is most of the cost of [`split_words`].
struct Piece {
    /// The word's byte range; empty when no letter or digit is in the piece.
    first: usize,
    last: usize,
    end: usize,
    next: usize,
}

impl Piece {
    #[inline(always)]
    fn at(s: &str, start: usize) -> Piece {
        let bytes = s.as_bytes();
        let mut at = start;
        // Up to the first letter or digit.
        let first = loop {
            let Some(&byte) = bytes.get(at) else {
                return Piece::without_word(at, at);
            };
            let class = ASCII_CLASS[usize::from(byte)];
            if class & ALPHANUMERIC != 0 {
                break at;
            }
            if class & SPACE != 0 {
                return Piece::without_word(at, at + 1);
            }
            if class & OTHER_CHAR == 0 {
                at += 1;
                continue;
            }
            let (c, len) = char_at(s, at);
            if c.is_whitespace() {
                return Piece::without_word(at, at + len);
            }
            if c.is_alphanumeric() {
                break at;
            }
            at += len;
        };
        // Then to the piece's end, noting where the last letter or digit
        // ends. A run of ASCII letters and digits is passed in a loop of
        // its own: it is most of the bytes.
        let mut last = first;
        loop {
            let run = bytes[at..]
                .iter()
                .position(|&byte| ASCII_CLASS[usize::from(byte)] != ALPHANUMERIC)
                .unwrap_or(bytes.len() - at);
            if run > 0 {
                at += run;
                last = at;
            }
            let Some(&byte) = bytes.get(at) else {
                return Piece {
                    first,
                    last,
                    end: at,
                    next: at,
                };
            };
            let class = ASCII_CLASS[usize::from(byte)];
            if class & SPACE != 0 {
                return Piece {
                    first,
                    last,
                    end: at,
                    next: at + 1,
                };
            }
            if class & OTHER_CHAR == 0 {
                at += 1;
                continue;
            }
            let (c, len) = char_at(s, at);
            if c.is_whitespace() {
                return Piece {
                    first,
                    last,
                    end: at,
                    next: at + len,
                };
            }
            at += len;
            if c.is_alphanumeric() {
                last = at;
            }
        }
    }

    fn without_word(end: usize, next: usize) -> Piece {
        Piece {
            first: end,
            last: end,
            end,
            next,
        }
    }

    /// The piece's word, with the punctuation after it; `None` when no
    /// letter or digit is in the piece.
    #[inline(always)]
    fn word<'s>(&self, s: &'s str) -> Option<Word<'s>> {
        (self.first < self.last).then(|| Word {
            text: &s[self.first..self.last],
            start: self.first,
            end: self.last,
            after: &s[self.last..self.end],
        })
    }
}

/// Classes of bytes for [`words`]: ASCII whitespace, ASCII letters and
/// digits, and the bytes of other characters (decoded to be classed).
/// ASCII punctuation has no bit.
const SPACE: u8 = 1;
const ALPHANUMERIC: u8 = 2;
const OTHER_CHAR: u8 = 4;

const ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if !byte.is_ascii() {
            OTHER_CHAR
        } else if matches!(byte, b' ' | b'\t'..=b'\r') {
            // What `char::is_whitespace` takes in ASCII (with `\x0b`).
            SPACE
        } else if byte.is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The character at byte `i` of `s`, and its length in bytes.
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = s[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// The first word of `s`: `words(s).first()` without reading the rest,
/// except that its `after` is only the punctuation glued to it.
pub fn first_word(s: &str) -> Option<Word<'_>> {
    // The first piece that has a letter or digit holds it; its text and
    // offsets do not depend on what follows.
    let mut start = 0;
    while start < s.len() {
        let piece = Piece::at(s, start);
        if let Some(word) = piece.word(s) {
            return Some(word);
        }
        start = piece.next;
    }
    None
}

/// `s` cut at `,`, `;`, `:`, `(` and `)`, as `str::split` with those
/// characters cuts it, but byte-wise: they are ASCII.
pub fn clause_pieces(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let text = rest?;
        match text
            .bytes()
            .position(|b| matches!(b, b',' | b';' | b':' | b'(' | b')'))
        {
            Some(at) => {
                rest = Some(&text[at + 1..]);
                Some(&text[..at])
            }
            None => rest.take(),
        }
    })
}

/// The paragraph of `body` (between blank lines) that holds byte `at`,
/// and the ends of its sentences as offsets into `body`.
pub fn paragraph_at(body: &str, at: usize) -> (Range<usize>, Vec<usize>) {
    let start = body[..at].rfind("\n\n").map_or(0, |p| p + 2);
    let end = body[at..].find("\n\n").map_or(body.len(), |e| at + e);
    let ends = sentence_ends(&body[start..end])
        .into_iter()
        .map(|e| start + e)
        .collect();
    (start..end, ends)
}

/// The sentences of `s` as byte ranges of it, covering all of it; a
/// text with no sentence end is one sentence, and nothing after the last
/// end makes no empty one.
pub fn sentences(s: &str) -> Vec<Range<usize>> {
    let mut start = 0;
    let mut ranges = Vec::new();
    for end in sentence_ends(s) {
        ranges.push(start..end);
        start = end;
    }
    if start < s.len() || ranges.is_empty() {
        ranges.push(start..s.len());
    }
    ranges
}

/// Byte offsets in `s` just after each sentence end (`.`, `!`, `?` then a
/// space and a capital, digit or quote mark), abbreviations excepted.
/// Inside a body being read (see [`keeping_words`]) a paragraph's ends
/// are found once: the rules ask them of each paragraph three times.
pub fn sentence_ends(s: &str) -> Vec<usize> {
    if s.len() < BodyPieces::MIN_KEPT_SENTENCES_LEN {
        return find_sentence_ends(s);
    }
    BODY_PIECES.with_borrow_mut(|kept| match kept {
        Some(body) => body.sentence_ends(s),
        None => find_sentence_ends(s),
    })
}

/// [`sentence_ends`] without keeping: reads `s`.
fn find_sentence_ends(s: &str) -> Vec<usize> {
    let bytes = s.as_bytes();
    let mut ends = Vec::new();
    // Bytes: `.`, `!` and `?` are ASCII, never part of another character.
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        let c = char::from(bytes[i]);
        let mut j = i + 1;
        while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
            j += 1;
        }
        let rest = &s[j..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !rest.is_empty() {
            continue;
        }
        let starts_sentence = trimmed.is_empty()
            || trimmed
                .chars()
                .next()
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || "“‘\"'«„".contains(n));
        if starts_sentence && !(c == '.' && is_abbreviation(&s[..i])) {
            ends.push(j);
        }
    }
    ends
}

/// Does the text before a full stop end with an abbreviation (`Mr`, `U.S`)?
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || "(“\"".contains(c))
        .next()
        .unwrap_or("");
    let last = word.rsplit('.').next().unwrap_or(word);
    if last.chars().count() == 1 && last.chars().all(char::is_uppercase) {
        return true;
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// The head noun of a description: the word before what qualifies it
/// (`a source close to the presidential office` -> `source`, `a
/// spokesman for the ministry` -> `spokesman`, `one juror` -> `juror`).
///
/// A preposition inside a capitalised name that modifies the head (`a
/// Ministry of Justice spokesman`) qualifies nothing; a participle with
/// its object or preposition (`a young man watching the buses`, `another
/// official travelling with the delegation`) qualifies the noun before it.
pub fn head_noun(ws: &[Word<'_>]) -> Option<usize> {
    let qualifier = (1..ws.len()).find(|&i| {
        let w = &ws[i];
        let qualifies = w.is(PREPOSITIONS)
            || w.is(&["close", "familiar", "who", "which", "that", "speaking"])
            || w.is(PLACING_ADVERBS) && !w.is_capitalised()
            || w.text.ends_with("ed") && !w.is_capitalised()
            || participle_with_object(ws, i);
        qualifies && !inside_modifying_name(ws, i)
    });
    qualifier.unwrap_or(ws.len()).checked_sub(1)
}

/// Lowercase adverbs of place that, after a noun, place the person it
/// names (`a county clerk up north`, `an RSF field commander east of El
/// Fasher`) as a preposition would: the noun before them is the head.
const PLACING_ADVERBS: &[&str] = &["up", "down", "east", "west", "north", "south"];

/// Words a participle's object or complement opens with.
const PARTICIPLE_OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "on", "with", "for", "in", "at", "from", "to",
];

/// `watching the buses`, `working on Senate races`: a lowercase `-ing`
/// word after the noun it describes, followed by its object.
fn participle_with_object(ws: &[Word<'_>], i: usize) -> bool {
    let w = &ws[i];
    i >= 2
        && !w.is_capitalised()
        && w.text.len() > 4
        && w.text.ends_with("ing")
        && ws
            .get(i + 1)
            .is_some_and(|n| n.is(PARTICIPLE_OBJECT_OPENERS))
}

/// The preposition at `i` stands inside a capitalised name that a
/// lowercase noun follows (`Ministry of Justice spokesman`, `Department
/// of Health and Social Care spokesperson`): the name modifies that noun.
fn inside_modifying_name(ws: &[Word<'_>], i: usize) -> bool {
    let capital = |j: usize| ws.get(j).is_some_and(Word::is_capitalised);
    if !(capital(i - 1) && capital(i + 1)) || ws[i - 1].after.contains(',') {
        return false;
    }
    let mut j = i + 1;
    while j < ws.len() && (capital(j) || ws[j].is(&["and", "of", "for", "the", "&"])) {
        j += 1;
    }
    j < ws.len() && capital(j - 1) && !ws[j - 1].after.contains(',') && !ws[j].is(PREPOSITIONS)
}

/// Trims spaces and the punctuation that glues a clause to a quote.
pub fn trim_clause(s: &str, range: Range<usize>) -> Range<usize> {
    let slice = &s[range.clone()];
    let is_glue = |c: char| c.is_whitespace() || ",;:—–-.".contains(c);
    let start = range.start + (slice.len() - slice.trim_start_matches(is_glue).len());
    let end = range.start + slice.trim_end_matches(is_glue).len();
    start..end.max(start)
}

/// A word between a subject and its verb (`has`, `also`, `on Sunday`).
pub fn is_auxiliary(w: &Word<'_>) -> bool {
    w.is(AUXILIARIES) || w.is(WEEKDAY_NAMES)
}

/// A body's name is a noun phrase. When `phrase` is not one, the byte
/// range of the part that can still hold a name: after a live blog's time
/// stamp (`12:45 GMT - the ministry`), before the first word that opens a
/// clause (a personal pronoun, `that`/`what`, a finite verb) and before a
/// conjunction it ends on. `None` when the whole phrase may be a name.
pub fn not_a_noun_phrase(phrase: &str) -> Option<Range<usize>> {
    let ws = words(phrase);
    // `45 GMT`: a number then a time zone written in capitals.
    let stamp = ws.windows(2).rposition(|p| {
        p[0].text
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
            && p[1].is(TIME_ZONES)
            && p[1].text.chars().all(|c| c.is_ascii_uppercase())
    });
    let from = stamp.map_or(0, |i| i + 2);
    let lower = |w: &Word<'_>| !w.is_capitalised();
    let finite = |i: usize| {
        let w = &ws[i];
        lower(w)
            && (w.is(SPEECH_VERBS)
                || w.is(&["is", "are", "was", "were", "has", "have", "had", "will", "would"])
                // `welcomed the exchange`: a past tense with its object.
                || w.text.ends_with("ed")
                    && ws.get(i + 1).is_some_and(|n| {
                        n.is(&["the", "a", "an", "its", "his", "her", "their", "what"])
                    }))
    };
    let opens_clause = (from..ws.len()).find(|&i| {
        let w = &ws[i];
        // `He also blamed`: a pronoun opens a clause at any case (not `IT`).
        w.is(&["he", "she", "they", "him", "them", "it"]) && w.text != "IT"
            || lower(w) && w.is(&["that", "what", "who"])
            || finite(i)
    });
    let mut end = opens_clause.unwrap_or(ws.len());
    while end > from && lower(&ws[end - 1]) && ws[end - 1].is(&["and", "or", "but", "nor"]) {
        end -= 1;
    }
    if stamp.is_none() && opens_clause.is_none() && end == ws.len() {
        return None;
    }
    let start = ws.get(from).map_or(phrase.len(), |w| w.start);
    let stop = if end == ws.len() {
        phrase.len()
    } else {
        ws[end].start
    };
    Some(start..stop.max(start))
}

/// Opens with a lowercase letter (`said`, `al-Assad`; not `Reyes`, `2016`).
pub fn is_lowercase(w: &Word<'_>) -> bool {
    starts_lowercase(w.text)
}

/// [`is_lowercase`] for text not split into words.
pub fn starts_lowercase(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_starts_finds_what_match_indices_finds() {
        let texts = [
            "",
            "aaa",
            "Reyes met Reyes's aide; al-Reyes, Reyesburg.",
            "Müller and Müllerová; ¿Qué? «Qué» qué",
            "“Ann” said Ann’s aide, ann",
            "\u{1F600}a\u{1F600}",
        ];
        let needles = [
            "",
            "a",
            "aa",
            "Reyes",
            "Qué",
            "é",
            "ü",
            "’s",
            "Ann",
            "\u{1F600}",
            "zz",
        ];
        for text in texts {
            for needle in needles {
                let expected: Vec<usize> = text.match_indices(needle).map(|(at, _)| at).collect();
                let found: Vec<usize> = match_starts(text, needle).collect();
                assert_eq!(found, expected, "{needle:?} in {text:?}");
            }
        }
    }

    #[test]
    fn an_ascii_byte_splits_as_its_char_does() {
        let texts = [
            "",
            ",",
            "a,b",
            "Wade T. Culpepper, Jr",
            "Dana Kettering, R-Mont., ok",
            "Dianne Feinstein (D-Calif.)",
            "Ann Reyes",
            "Été, à Zürich (né) , x",
            "((",
            ",,",
        ];
        for s in texts {
            for c in [',', '(', ' '] {
                let byte = c as u8;
                assert_eq!(split_once_ascii(s, byte), s.split_once(c), "{s:?} {c:?}");
                assert_eq!(rsplit_once_ascii(s, byte), s.rsplit_once(c), "{s:?} {c:?}");
            }
        }
    }

    #[test]
    fn the_head_of_a_description_passes_names_and_stops_at_participles() {
        let head = |d: &str| {
            let ws = words(d);
            head_noun(&ws).map(|h| ws[h].text.to_string())
        };
        let rows = [
            (
                "a Department of Health and Social Care spokesperson",
                "spokesperson",
            ),
            ("A Ministry of Justice spokesman", "spokesman"),
            ("A young man watching the buses", "man"),
            (
                "Another official travelling with the delegation",
                "official",
            ),
            ("one GOP consultant working on Senate races", "consultant"),
            // Must not: a name that ends the phrase, a post of somewhere.
            ("the Secretary of State", "Secretary"),
            ("a spokesman for the Ministry of Justice", "spokesman"),
            ("the Minister of Health in Gaza", "Minister"),
            ("a leading economist", "economist"),
            ("a source close to the presidential office", "source"),
            // An adverb of place places the person as a preposition does.
            ("A county clerk up north", "clerk"),
            ("an RSF field commander east of El Fasher", "commander"),
            ("the East Timor envoy", "envoy"),
        ];
        for (d, want) in rows {
            assert_eq!(head(d).as_deref(), Some(want), "{d}");
        }
    }

    #[test]
    fn words_from_a_word_on_are_the_words_of_the_rest() {
        let text = "**09.40 GMT** – Marta Quell, who chairs it — said: “No.” (Again…) ok";
        let ws = split_words(text);
        for k in 0..=ws.len() {
            let rest = ws.get(k).map_or("", |w| &text[w.start..]);
            assert_eq!(words_from(&ws, k), split_words(rest), "from word {k}");
        }
        assert!(words_from(&ws, ws.len() + 3).is_empty());
    }

    /// Every text inside `body` (between any two char boundaries) has the
    /// words `split_words` gives it, read while the body's pieces are kept.
    fn assert_words_of_every_text_inside(body: &str) {
        let bounds: Vec<usize> = (0..=body.len())
            .filter(|&at| body.is_char_boundary(at))
            .collect();
        keeping_words(body, || {
            for (i, &from) in bounds.iter().enumerate() {
                for &to in &bounds[i..] {
                    let text = &body[from..to];
                    assert_eq!(words(text), split_words(text), "{from}..{to} {text:?}");
                }
            }
        });
    }

    #[test]
    fn words_inside_a_body_are_the_words_split_again() {
        assert_words_of_every_text_inside(
            "Dara Venn, the harbour master, said – after a wait –  that \
             the pier would reopen. “It is safe,” she said .\n\nA second\u{a0}one: (ok) …",
        );
        assert_words_of_every_text_inside("");
        assert_words_of_every_text_inside(" — ");
        // Outside the body, and after the reading, texts are split anew.
        let body = "Dara Venn said the pier would reopen.";
        let elsewhere = body.replace("Dara", "Cora");
        keeping_words(body, || {
            assert_eq!(words(&elsewhere), split_words(&elsewhere));
        });
        assert!(BODY_PIECES.with_borrow(Option::is_none));
    }

    #[test]
    fn sentence_ends_inside_a_body_are_those_read_again() {
        let body = "Dara Venn, the harbour master, said the pier would reopen. Mr. Ross \
                    agreed. “It is safe,” she said! Was it? Nobody knew.\n\nA second \
                    paragraph, long enough to be kept, ends here. And another one.";
        let texts: Vec<&str> = body.split("\n\n").chain([body, &body[3..80]]).collect();
        keeping_words(body, || {
            for _ in 0..2 {
                for text in &texts {
                    assert_eq!(sentence_ends(text), find_sentence_ends(text), "{text}");
                }
            }
        });
        // A new reading keeps nothing of the one before.
        let other = body.replace("Venn, the", "Venn. The");
        keeping_words(&other, || {
            assert_eq!(sentence_ends(&other), find_sentence_ends(&other));
        });
        assert!(BODY_PIECES.with_borrow(Option::is_none));
    }

    #[test]
    fn a_reading_inside_another_leaves_the_outer_pieces() {
        let outer = "The first body, read in words.";
        let inner = "A second body, read while the first is being read.";
        let address = |s: &str| s.as_ptr() as usize;
        keeping_words(outer, || {
            keeping_words(inner, || assert_eq!(words(inner), split_words(inner)));
            let kept = BODY_PIECES.with_borrow(|k| k.as_ref().map(|k| k.body.start));
            assert_eq!(kept, Some(address(outer)));
            assert_eq!(words(&outer[4..]), split_words(&outer[4..]));
        });
    }

    /// Twenty-odd words each, so `Word::is` looks them up in its table.
    static BIRDS: [&str; 21] = [
        "wren", "robin", "finch", "heron", "egret", "stork", "crane", "swift", "raven", "crow",
        "rook", "jay", "kite", "hawk", "owl", "gull", "tern", "dove", "lark", "quail", "Kestrel",
    ];
    static NIGHT_ANIMALS: [&str; 22] = [
        "owl",
        "bat",
        "moth",
        "badger",
        "fox",
        "hedgehog",
        "possum",
        "raccoon",
        "lynx",
        "jackal",
        "hyena",
        "kiwi",
        "aardvark",
        "tarsier",
        "loris",
        "civet",
        "genet",
        "firefly",
        "cricket",
        "nightjar",
        "kestrel",
        "red-crested-pochard",
    ];

    fn word(text: &str) -> Word<'_> {
        Word {
            text,
            start: 0,
            end: text.len(),
            after: "",
        }
    }

    #[test]
    fn is_finds_a_word_of_a_long_list_in_any_case_and_only_there() {
        assert!(word("HERON").is(&BIRDS));
        assert!(word("kestrel").is(&BIRDS));
        assert!(!word("heron").is(&NIGHT_ANIMALS));
        assert!(!word("herons").is(&BIRDS));
        assert!(!word("").is(&BIRDS));
        assert!(!word(&"o".repeat(60)).is(&BIRDS));
        // Past the packed length, and a prefix of a packed word.
        assert!(word("Red-Crested-Pochard").is(&NIGHT_ANIMALS));
        assert!(!word("red-crested").is(&NIGHT_ANIMALS));
        assert!(!word("Kestre").is(&BIRDS));
    }

    #[test]
    fn is_agrees_with_a_scan_of_the_lexicon_lists() {
        for list in [SPEECH_VERBS, ABBREVIATIONS, AUXILIARIES, PREPOSITIONS] {
            assert!(list.len() >= WordSets::MIN_LIST_LEN);
            let scan = |w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
            for listed in list {
                for w in [
                    listed.to_string(),
                    listed.to_uppercase(),
                    format!("{listed}s"),
                ] {
                    assert_eq!(word(&w).is(list), scan(&w), "{w}");
                }
            }
        }
    }

    #[test]
    fn is_tells_lists_that_share_words_apart() {
        assert!(word("Owl").is(&BIRDS));
        assert!(word("Owl").is(&NIGHT_ANIMALS));
        assert!(!word("Badger").is(&BIRDS));
        assert!(word("Badger").is(&NIGHT_ANIMALS));
    }

    #[test]
    fn is_any_is_is_asked_of_each_list() {
        const SHORT: &[&str] = &["wren", "hedgehog"];
        let lists = leaked_lists(&[&BIRDS, SHORT, &NIGHT_ANIMALS]);
        let long = "o".repeat(60);
        for w in ["KESTREL", "hedgehog", "Badger", "herons", "", long.as_str()] {
            let any = lists.iter().any(|list| word(w).is(list));
            assert_eq!(word(w).is_any(lists), any, "{w}");
        }
        assert!(word("Wren").is_any(&[SHORT]));
        assert!(!word("Wren").is_any(leaked_lists(&[&NIGHT_ANIMALS])));
        assert!(!word("Wren").is_any(&[]));
    }

    /// `lists` as a `'static` slice, as [`Word::is_any`] asks them.
    fn leaked_lists(lists: &[&'static [&'static str]]) -> &'static [&'static [&'static str]] {
        Box::leak(lists.into())
    }

    /// Lists of `len` words, `word` first, then `filler`.
    fn leaked_list(
        word: &'static str,
        filler: &'static str,
        len: usize,
    ) -> &'static [&'static str] {
        Box::leak(
            (0..len)
                .map(|k| if k == 0 { word } else { filler })
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        )
    }

    #[test]
    fn is_any_by_bits_answers_as_the_merged_words_did() {
        // The body's words, kept by address, and words from elsewhere, of
        // every packed length and longer, in any case.
        const SHORT: &[&str] = &["wren", "hedgehog", "a", "nightjar-of-the-marshes"];
        let lists = leaked_lists(&[&BIRDS, SHORT, &NIGHT_ANIMALS, &[]]);
        let body = String::from(
            "A Wren, a HEDGEHOG and a nightjar-of-the-marshes met an owl, \
             a Kestrel and a badger by the heron's nest; ox, oxen.",
        );
        let others = [
            "",
            "o",
            "OWL",
            "Nightjar-Of-The-Marshes",
            "kestrels",
            "Ferret",
        ];
        let merged = MergedLists::new(lists, None);
        keeping_words(&body, || {
            for _ in 0..2 {
                let mut ws = words(&body);
                ws.extend(others.iter().map(|o| word(o)));
                for w in &ws {
                    let old = merged.contains(w.text.as_bytes());
                    assert_eq!(w.is_any(lists), old, "{}", w.text);
                    assert_eq!(
                        lists.iter().any(|list| w.is_one_of(list)),
                        old,
                        "{}",
                        w.text
                    );
                }
            }
        });
    }

    #[test]
    fn is_any_with_every_bit_taken_merges_the_words() {
        // Each list entered takes a bit, until none is left.
        for k in 0..WordSets::MAX_LISTS {
            let list = leaked_list("stoat", "vole", WordSets::MIN_LIST_LEN + k as usize);
            assert!(word("Stoat").is(list));
        }
        let late = leaked_list("plover", "godwit", WordSets::MIN_LIST_LEN);
        let lists = leaked_lists(&[&BIRDS[..], late]);
        assert!(word("Plover").is_any(lists));
        assert!(word("heron").is_any(lists));
        assert!(!word("stoat").is_any(lists));
        WORD_SETS.with_borrow(|sets| {
            let merged = &sets.merged[&(lists.as_ptr() as usize, lists.len())];
            assert_eq!(merged.lists_bits, None);
        });
    }

    #[test]
    fn a_word_packs_as_its_bytes_copied_and_lowercased_would() {
        // Letters that all differ, capitals among them, so a byte read
        // twice or put in the wrong place shows.
        let text = b"QwErTyUiOpAsDfGhJk";
        for len in 1..=16 {
            let word = &text[..len];
            let mut bytes = [0u8; 16];
            bytes[..len].copy_from_slice(word);
            bytes.make_ascii_lowercase();
            assert_eq!(
                packed(word),
                Some((u128::from_le_bytes(bytes), len)),
                "{len}"
            );
        }
        assert_eq!(packed(b""), None);
        assert_eq!(packed(&text[..17]), None);
    }

    #[test]
    fn is_any_tells_apart_lists_passed_at_one_address() {
        // A slice of lists and its first list alone start at one address.
        let both = leaked_lists(&[&BIRDS, &NIGHT_ANIMALS]);
        assert!(word("Badger").is_any(both));
        assert!(!word("Badger").is_any(&both[..1]));
        assert!(word("Heron").is_any(&both[..1]));
        assert!(!word("Heron").is_any(&both[1..]));
        // Each list alone, asked in turn.
        fn ask(w: &str, list: &'static [&'static str]) -> bool {
            word(w).is_any(leaked_lists(&[list]))
        }
        assert!(ask("Heron", &BIRDS));
        assert!(!ask("Heron", &NIGHT_ANIMALS));
        assert!(ask("Badger", &NIGHT_ANIMALS));
        assert!(!ask("Badger", &BIRDS));
        assert!(ask("Heron", &BIRDS));
    }

    #[test]
    fn sixteen_bytes_lowercase_as_each_byte_would() {
        for byte in 0..=255u8 {
            for at in [0, 7, 15] {
                let mut bytes = [b'Q'; 16];
                bytes[at] = byte;
                let mut expected = bytes;
                expected.make_ascii_lowercase();
                assert_eq!(
                    ascii_lowercase(u128::from_le_bytes(bytes)),
                    u128::from_le_bytes(expected),
                    "byte {byte:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn a_word_asked_again_sees_a_list_entered_since() {
        // `plover` is looked up (and kept as the last word) before the
        // list holding it is entered into the table.
        assert!(!word("plover").is(&NIGHT_ANIMALS));
        let waders: &'static [&'static str] = Box::leak(
            (0..WordSets::MIN_LIST_LEN)
                .map(|k| if k == 0 { "plover" } else { "sandpiper" })
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        assert!(word("plover").is(waders));
        assert!(word("PLOVER").is_any(leaked_lists(&[&NIGHT_ANIMALS, waders])));
        assert!(!word("plover").is(&NIGHT_ANIMALS));
    }

    #[test]
    fn a_word_of_the_body_asked_again_sees_a_list_entered_since() {
        let body = String::from("A curlew and a heron.");
        keeping_words(&body, || {
            let ws = words(&body);
            // Kept by address as in no list, then its list is entered.
            assert!(!ws[1].is(&NIGHT_ANIMALS));
            let waders: &'static [&'static str] = Box::leak(
                (0..WordSets::MIN_LIST_LEN)
                    .map(|k| if k == 0 { "curlew" } else { "godwit" })
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            );
            assert!(ws[1].is(waders));
            assert!(ws[4].is(&BIRDS) && !ws[4].is(waders));
        });
        // Another body read where the first was: its words' own answers.
        for text in ["A heron.", "A moth.", "A heron."] {
            let body = String::from(text);
            keeping_words(&body, || {
                let bird = words(&body)[1];
                assert_eq!(bird.is(&BIRDS), text.contains("heron"), "{text}");
            });
        }
    }

    #[test]
    fn is_answers_for_more_lists_than_it_has_bits() {
        let lists: Vec<&'static [&'static str]> = (0..200)
            .map(|n| {
                let words: Vec<&'static str> = (0..25)
                    .map(|k| &*Box::leak(format!("w{n}x{k}").into_boxed_str()))
                    .collect();
                &*Box::leak(words.into_boxed_slice())
            })
            .collect();
        for (n, list) in lists.iter().enumerate() {
            assert!(word(&format!("W{n}X24")).is(list), "list {n}");
            assert!(!word(&format!("w{}x3", n + 1)).is(list), "list {n}");
        }
    }

    #[test]
    fn paragraph_at_gives_the_paragraph_and_its_sentence_ends_in_body_offsets() {
        let body = "First para.\n\nOne said so. Two said no.\n\nLast.";
        let at = body.find("Two").unwrap();
        let (paragraph, ends) = paragraph_at(body, at);
        assert_eq!(&body[paragraph.clone()], "One said so. Two said no.");
        // Just after the full stop, before the space.
        assert_eq!(ends, [body.find(" Two").unwrap()]);
        assert_eq!(paragraph_at(body, 0).0, 0..11);
    }

    #[test]
    fn words_drop_punctuation_and_keep_offsets() {
        let s = "“Yes,” al-Assad said: (today).";
        let w = words(s);
        let texts: Vec<_> = w.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["Yes", "al-Assad", "said", "today"]);
        assert_eq!(&s[w[1].start..w[1].end], "al-Assad");
        assert_eq!(w[0].after, ",”");
        assert!(w[1].is_capitalised());
        assert!(!w[2].is_capitalised());
    }

    #[test]
    fn without_possessive_trims_as_trim_end_matches_does() {
        let samples = [
            "Reyes's",
            "Reyes’s",
            "Reyes",
            "'s",
            "’s's",
            "Reyes's’s",
            "Reyes’s's",
            "s",
            "Ross",
            "",
        ];
        for word in samples {
            let trimmed = word.trim_end_matches("'s").trim_end_matches("’s");
            assert_eq!(without_possessive(word), trimmed, "{word}");
        }
    }

    #[test]
    fn is_capitalised_reads_the_first_character_or_past_a_particle() {
        let capitalised = [
            "Ryabkov",
            "al-Assad",
            "El-Sisi",
            "ash-Sharaa",
            "Élan",
            "Ωmega",
            "A",
            "X-ray",
        ];
        let not = [
            "", "said", "al-qaeda", "as-is", "x-ray", "élan", "9am", "-Al", "a-B", "ab-", "—",
        ];
        for text in capitalised {
            assert!(word(text).is_capitalised(), "{text}");
        }
        for text in not {
            assert!(!word(text).is_capitalised(), "{text}");
        }
    }

    /// The first way `words` was written, one char at a time: the
    /// byte-wise one must give the same words.
    fn words_by_chars(s: &str) -> Vec<Word<'_>> {
        let mut out: Vec<Word<'_>> = Vec::new();
        let mut offset = 0;
        for raw in s.split_inclusive(char::is_whitespace) {
            let start = offset;
            offset += raw.len();
            let raw = raw.trim_end();
            let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            let core = raw[lead..].trim_end_matches(|c: char| !c.is_alphanumeric());
            if core.is_empty() {
                if let Some(w) = out.last_mut()
                    && w.after.is_empty()
                {
                    w.after = &s[start..start + raw.len()];
                }
                continue;
            }
            let word_start = start + lead;
            let word_end = word_start + core.len();
            out.push(Word {
                text: core,
                start: word_start,
                end: word_end,
                after: &s[word_end..start + raw.len()],
            });
        }
        out
    }

    #[test]
    fn words_are_the_same_as_read_char_by_char() {
        for s in [
            "“Yes,” al-Assad said: (today).",
            "  two  spaces,\tthen a tab\nand — a dash — and « guillemets »",
            "Ünïcödé Ωmega 北京 said… “quoted” \u{a0}nbsp\u{2003}em-space",
            "trailing punctuation?! ",
            "",
            " ",
            "—",
            "a\u{b}b\u{85}c",
        ] {
            assert_eq!(words(s), words_by_chars(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_match_char_by_char_on_any_text(s in "[ a-zA-Z0-9,.;:“”'’\"()\u{a0}\u{2003}\tÉéß北—-]{0,40}") {
            proptest::prop_assert_eq!(words(&s), words_by_chars(&s));
        }

        #[test]
        fn words_match_char_by_char_on_any_characters(s in "(?s).{0,60}") {
            proptest::prop_assert_eq!(words(&s), words_by_chars(&s));
            proptest::prop_assert_eq!(first_word(&s).map(|w| w.text), words_by_chars(&s).first().map(|w| w.text));
        }

        #[test]
        fn words_inside_a_body_match_split_words(
            s in "(?s)[ a-z,.;:“”()\u{a0}\n—-]{0,30}|.{0,30}",
            from in 0usize..32,
            len in 0usize..32,
        ) {
            let floor = |at: usize| (0..=at.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
            let from = floor(from);
            let text = &s[from..floor(from + len).max(from)];
            let inside = keeping_words(&s, || words(text));
            proptest::prop_assert_eq!(inside, split_words(text));
        }
    }

    #[test]
    fn first_word_is_the_first_of_words() {
        for s in [
            "“Yes,” al-Assad said: (today).",
            "  — “ A source said",
            "",
            " ,, ",
            "Ünïcödé Ωmega",
            "word",
        ] {
            assert_eq!(
                first_word(s).map(|w| w.text),
                words(s).first().map(|w| w.text),
                "{s:?}"
            );
            assert_eq!(
                first_word(s).map(|w| w.start),
                words(s).first().map(|w| w.start)
            );
        }
        // Its `after` is the punctuation glued to it, not a dash after it.
        let w = first_word("  “Pell,” – then the rest").expect("a word");
        assert_eq!((w.text, w.after), ("Pell", ",”"));
        assert_eq!(words("“Pell,” – then").first().map(|w| w.after), Some(",”"));
        let w = first_word("Pell –, then").expect("a word");
        assert_eq!(w.after, "");
        assert_eq!(words("Pell –, then").first().map(|w| w.after), Some("–,"));
    }

    #[test]
    fn clause_pieces_cut_as_split_does() {
        for s in [
            "Jan Berg, Ruritania’s envoy (left): yes; no",
            "",
            ",",
            "a,,b",
            "(x)",
        ] {
            let split: Vec<_> = s.split([',', ';', ':', '(', ')']).collect();
            assert_eq!(clause_pieces(s).collect::<Vec<_>>(), split, "{s:?}");
        }
    }

    #[test]
    fn sentences_cover_the_text_without_an_empty_last_one() {
        let text = "Vell spoke. Then Dr. Oddel left.";
        assert_eq!(sentences(text), [0..11, 11..text.len()]);
        let one = |whole: Range<usize>| vec![whole];
        assert_eq!(sentences("Vell spoke."), one(0..11));
        assert_eq!(sentences("no stop here"), one(0..12));
        assert_eq!(sentences(""), one(0..0));
    }

    #[test]
    fn sentences_end_at_stops_but_not_at_abbreviations() {
        let s = "He met Mr. Smith. The U.S. envoy left. On Dec. 8 talks began.";
        let ends: Vec<_> = sentence_ends(s).into_iter().map(|e| &s[..e]).collect();
        assert_eq!(
            ends,
            [
                "He met Mr. Smith.",
                "He met Mr. Smith. The U.S. envoy left.",
                s
            ]
        );
    }

    #[test]
    fn a_police_or_military_rank_ends_no_sentence() {
        let s = "Cpl. Dean Sumbler spoke. Det. Insp. Ann Vell and Pte. Tom Dorn left.";
        assert_eq!(sentence_ends(s).len(), 2);
    }

    #[test]
    fn a_sentence_may_start_with_guillemets_or_german_quotes() {
        let s = "He arrived. „We are ready“, he said. «Yes», he added.";
        assert_eq!(sentence_ends(s).len(), 3);
    }

    fn name_part(phrase: &str) -> Option<&str> {
        not_a_noun_phrase(phrase).map(|r| phrase[r].trim())
    }

    #[test]
    fn a_noun_phrase_is_a_name_whole() {
        assert_eq!(name_part("the Harbour Authority"), None);
        assert_eq!(name_part("the Department of Parks and Gardens"), None);
        assert_eq!(name_part("the elected council"), None);
        assert_eq!(name_part("Velmar's armed forces"), None);
    }

    #[test]
    fn a_clause_is_cut_back_to_the_name_before_it() {
        assert_eq!(
            name_part("The Harbour Authority thanked the crews and"),
            Some("The Harbour Authority")
        );
        assert_eq!(
            name_part("He also blamed the council for what he"),
            Some("")
        );
        assert_eq!(
            name_part("Dr Oster confirmed the Harbour Authority"),
            Some("Dr Oster")
        );
        assert_eq!(name_part("remarks that Velmar officials"), Some("remarks"));
        assert_eq!(name_part("the guild and"), Some("the guild"));
    }

    #[test]
    fn a_live_blog_time_stamp_is_no_part_of_a_name() {
        assert_eq!(name_part("10 GMT - Velmar"), Some("Velmar"));
        assert_eq!(name_part("the 2 local councils"), None);
    }
}
