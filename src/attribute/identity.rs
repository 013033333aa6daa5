//! Who is who across spellings: the identity key of a person's name.
//!
//! Outlets transliterate one name differently (`Siyamend Ehmed`,
//! `Siamand Ahmad`; `Henrika Vaaranmaa`, `Varanmaa`; `Tavakkoli-Nia`,
//! `Tavakoli Nia`; `Quiñones`, `Quinones`). The identity key is the
//! skeleton those spellings share, so the registry finds the listed person
//! under any of them and the package pass knows them for one entity.
//!
//! The key is built word by word and needs the whole name: a name of one
//! word has none, so a surname alone never matches a different person
//! with that surname. Each word keeps what transliterations agree on and
//! drops what they vary:
//!
//! - diacritics, doubled letters and the Arabic article (`al-`, `el-`)
//!   are dropped; hyphens separate words as spaces do; middle initials
//!   and `Jr.`/`III` are no part of the key;
//! - a word with three consonants or more (`Ehmed` -> `hmd`) is its
//!   consonants plus the number of vowel runs (`Mahmoud` has two,
//!   `Mohammed` three: different names), whether it opens with a vowel
//!   (`Ahmad` is not `Hamad`), the class of its first vowel (`a`/`e`,
//!   `i`, `o`/`u`: `Hassan` is not `Hussein`) and how it ends (a
//!   consonant, `a`, another vowel: `Alexandra` is not `Alexander`);
//! - `kh` is `h` and `q` is `k` (`Mukhtar`/`Muhtar`, `Qasim`/`Kasim`):
//!   the two ways English and Turkish or French copy write the same
//!   Arabic letters;
//! - a word of fewer than three consonants and five letters or more
//!   (`Yusuf`, `Yousif`, `Youssef`) is keyed as a long word, except that
//!   it keeps its exact last letter (`Julie` is not `Julio`, `Maria` not
//!   `Mario`);
//! - a shorter word (`Ann`, `Omar`, `Nia`) has too little to go on and
//!   must be spelt alike up to diacritics, doubled letters and `y`/`i`
//!   (`Ann` is not `Anna`, `Omar` not `Umar`).
//!
//! Known limit: two names that differ only in an inner vowel of one
//! class (`Hamid`/`Hamad`, `Eileen`/`Aileen`, `Dione`/`Diane`) share a
//! key; both words of the name must still agree, so a false merge needs
//! two people whose given names and surnames are both that close.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

/// `Jr.`, `sr`, `III`: a word that follows a surname, in any case, with or
/// without its full stop or a comma (`Al Bee, Jr.`).
pub fn is_name_suffix(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']);
    ["jr", "sr", "ii", "iii", "iv"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(word))
}

/// The surname of a full name: its last word that is no suffix (`Al Bee
/// Jr.` -> `Bee`), without a comma that set off the suffix.
pub fn surname(name: &str) -> Option<&str> {
    name.split_whitespace()
        .rev()
        .find(|w| !is_name_suffix(w))
        .map(|w| w.trim_end_matches(','))
}

/// The family name of a full name written family name first in the shape
/// that shows it, as English copy writes Korean names (`Maeng Ji-hoon`,
/// `Lee Hyun-woo`, `Ban Ki-moon`: `Maeng`, `Lee`, `Ban`): two words, the
/// given name last, two syllables joined by a hyphen, the second
/// lowercase. Such a given name is never a family name: `Woo said` is no
/// mention of `Lee Hyun-woo`, `Lee said` is. Other names give none (their
/// family name is their [`surname`], or the package tells it by writing
/// them in both orders: `entities::join_reversed_names`).
pub fn family_name_first(name: &str) -> Option<&str> {
    let (family, given) = name.split_once(' ')?;
    let (_, second) = given.split_once('-')?;
    (!given.contains(' ')
        && second.starts_with(char::is_lowercase)
        && family.starts_with(char::is_uppercase))
    .then_some(family)
}

/// The word of a full name that a bare family name (`Lee`, `Okabe`,
/// `Reyes`) is matched on: the family name written first
/// ([`family_name_first`]), else the [`surname`].
pub fn family_name(name: &str) -> Option<&str> {
    family_name_first(name).or_else(|| surname(name))
}

/// The identity key of a person's full name, `None` for a name of fewer
/// than two words once particles, initials and suffixes are dropped.
pub fn identity_key(name: &str) -> Option<String> {
    let folded = fold_letters(name);
    let mut words: Vec<&str> = Vec::new();
    for token in folded.split_whitespace() {
        let pieces: Vec<&str> = token
            .split('-')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        for (i, piece) in pieces.iter().enumerate() {
            let hyphened_article = i + 1 < pieces.len() && ARABIC_ARTICLES.contains(piece);
            let article = pieces.len() == 1 && ["al", "el"].contains(piece);
            if !piece.is_empty() && !hyphened_article && !article {
                words.push(piece);
            }
        }
    }
    let last = words.len().saturating_sub(1);
    let kept: Vec<String> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            let initial = w.chars().count() == 1 && i < last;
            let suffix = i == last && i > 0 && is_name_suffix(w);
            !initial && !suffix
        })
        .map(|(_, w)| word_key(w))
        .collect();
    (kept.len() >= 2).then(|| kept.join(" "))
}

/// Answers made from a name alone, kept for the names asked most: a
/// thread keeps one per kind of answer (`thread_local!`), since reading
/// an article asks about the same few names at every quote and each
/// answer costs thousands of instructions to make. The memo starts over
/// when it holds `max` names, so it never grows with the package.
pub(super) struct NameMemo<V> {
    answers: FxHashMap<Box<str>, V>,
    max: usize,
}

impl<V> NameMemo<V> {
    pub(super) fn new(max: usize) -> Self {
        NameMemo {
            answers: FxHashMap::default(),
            max,
        }
    }

    /// Calls `read` with the answer `make` gives for `name`, made once.
    pub(super) fn with<R>(
        &mut self,
        name: &str,
        make: impl FnOnce(&str) -> V,
        read: impl FnOnce(&V) -> R,
    ) -> R {
        if let Some(answer) = self.answers.get(name) {
            return read(answer);
        }
        if self.answers.len() >= self.max {
            self.answers.clear();
        }
        let answer = make(name);
        let result = read(&answer);
        self.answers.insert(name.into(), answer);
        result
    }
}

/// Calls `f` with [`identity_key`] of `name`, kept per thread: resolving
/// an article asks the registry about the same few names for each of its
/// quotes, and a key costs thousands of instructions to build.
pub fn with_identity_key<R>(name: &str, f: impl FnOnce(Option<&str>) -> R) -> R {
    thread_local! {
        /// Enough for the names of many articles.
        static KEYS: RefCell<NameMemo<Option<String>>> = RefCell::new(NameMemo::new(4096));
    }
    // `f` runs inside the borrow: it must not ask for another key.
    KEYS.with_borrow_mut(|keys| keys.with(name, identity_key, |key| f(key.as_deref())))
}

/// The Arabic article as outlets glue it to a name with a hyphen
/// (`al-Assad`, `el-Faki`, `as-Sayyid`); `al` and `el` also stand alone
/// (`Al Assad`).
const ARABIC_ARTICLES: &[&str] = &["al", "el", "ul", "as", "ash", "ad", "ar", "at", "az", "an"];

/// A surname folded over the differences of transliteration alone (see
/// `Registry::person_spelt_otherwise`): `dzh`/`j`, `ou`/`u`, `k`/`g`,
/// `y`/`i`/`j` (so `ia`/`ya` and a final `-y`/`-i`), doubled letters,
/// and `m`/`n` before a consonant (a nasal spelt as it is heard:
/// `Nhamtumbo` and `Nhantumbo`).
/// `Kurbanli` and `Gurbanli` fold alike; `Lind` and `Lund` do not.
pub(crate) fn surname_sound(surname: &str) -> String {
    let folded = fold_letters(surname).replace("dzh", "j").replace("ou", "u");
    let mut out = String::with_capacity(folded.len());
    let mut letters = folded.chars().peekable();
    while let Some(c) = letters.next() {
        let before_consonant = letters
            .peek()
            .is_some_and(|n| n.is_alphabetic() && !"aeioumy".contains(*n));
        let c = match c {
            'g' => 'k',
            'y' | 'j' => 'i',
            'm' if before_consonant => 'n',
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Lowercase, without diacritics or apostrophes (`Özdoğru` -> `ozdogru`,
/// `Da’ada` -> `daada`).
fn fold_letters(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ç' | 'č' | 'ć' => out.push('c'),
            'ş' | 'ș' | 'ś' | 'š' => out.push('s'),
            'ğ' => out.push('g'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ł' => out.push('l'),
            'đ' | 'ď' => out.push('d'),
            'ř' => out.push('r'),
            'ţ' | 'ț' | 'ť' => out.push('t'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            '\'' | '’' | 'ʿ' | 'ʾ' | '‘' | '`' => {}
            c => out.push(c),
        }
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// A word of fewer than three consonants folds its inner vowels only
/// from this many letters on (`Yusuf` = `Yousif` = `Youssef`): in a
/// shorter one (`Ann`, `Omar`, `Lois`) a vowel is too much of the name.
const MIN_LETTERS_TO_FOLD_VOWELS: usize = 5;

/// One word's part of the key (see the module's notes).
fn word_key(word: &str) -> String {
    // `kh` and `q` are how English writes two Arabic letters that Turkish
    // and French copy write `h` and `k` (`Mukhtar`/`Muhtar`,
    // `Qasim`/`Kasim`).
    let word = word.replace("ks", "x").replace("kh", "h").replace('q', "k");
    // Doubled letters collapsed: `Tavakkoli` = `Tavakoli`, `Callum` = `Calum`.
    let mut letters: Vec<char> = word.chars().collect();
    letters.dedup();
    let skeleton: String = letters.iter().filter(|c| !is_vowel(**c)).collect();
    let few_consonants = skeleton.chars().count() < 3;
    if few_consonants && letters.len() < MIN_LETTERS_TO_FOLD_VOWELS {
        return letters
            .iter()
            .map(|&c| if c == 'y' { 'i' } else { c })
            .collect();
    }
    let vowel_runs = letters
        .iter()
        .zip(std::iter::once(&' ').chain(letters.iter()))
        .filter(|(c, before)| is_vowel(**c) && !is_vowel(**before))
        .count();
    let opens_with_vowel = letters.first().is_some_and(|c| is_vowel(*c));
    let first_vowel = match letters.iter().find(|c| "aeiou".contains(**c)) {
        Some('a' | 'e') => 'a',
        Some('i') => 'i',
        Some(_) => 'o',
        None => '-',
    };
    let ending = match letters.last() {
        // Two consonants say little: a word of them keeps its very last
        // letter (`Julie` is not `Julio`), only its inner vowels fold.
        Some(&c) if few_consonants => c,
        Some('a') => 'a',
        Some(c) if is_vowel(*c) => 'v',
        _ => 'c',
    };
    format!(
        "{skeleton}{vowel_runs}{}{first_vowel}{ending}",
        if opens_with_vowel { 'v' } else { 'c' }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_korean_name_shows_its_family_name_first() {
        assert_eq!(family_name_first("Lee Hyun-woo"), Some("Lee"));
        assert_eq!(family_name("Ban Ki-moon"), Some("Ban"));
        // Must not: a hyphenated surname, a name of two given names and
        // a surname, a name with no hyphen.
        assert_eq!(family_name_first("Ruth Abernathy-Sloane"), None);
        assert_eq!(family_name_first("Jean-Pierre Dupont"), None);
        assert_eq!(family_name_first("Okabe Jun"), None);
        assert_eq!(
            family_name("Ruth Abernathy-Sloane"),
            Some("Abernathy-Sloane")
        );
        assert_eq!(family_name("Karl Lind Jr."), Some("Lind"));
    }

    #[test]
    fn surnames_one_transliteration_apart_sound_alike() {
        for (a, b) in [
            ("Kurbanli", "Gurbanli"),
            ("Dzhabarov", "Jabarov"),
            ("Aliyev", "Aliev"),
            ("Mammadli", "Mamadli"),
            ("Nouri", "Nuri"),
            ("Zakharia", "Zakharya"),
            ("Petrovsky", "Petrovski"),
            ("Nhamtumbo", "Nhantumbo"),
        ] {
            assert_eq!(surname_sound(a), surname_sound(b), "{a} {b}");
        }
        for (a, b) in [
            ("Lind", "Lund"),
            ("Hamad", "Hamid"),
            ("Karim", "Kareem"),
            ("Hamad", "Hanad"),
        ] {
            assert_ne!(surname_sound(a), surname_sound(b), "{a} {b}");
        }
    }

    #[test]
    fn a_surname_skips_a_suffix() {
        assert_eq!(surname("Hunter L. Pryor Jr."), Some("Pryor"));
        assert_eq!(surname("Hunter Pryor, III"), Some("Pryor"));
        assert_eq!(surname("Ann Reyes"), Some("Reyes"));
        assert!(is_name_suffix("JR.") && is_name_suffix("iv,"));
        assert!(!is_name_suffix("Ivo"));
    }

    #[test]
    fn the_kept_key_is_the_key() {
        for name in [
            "Siamand Ahmad",
            "Siyamend Ehmed",
            "Ahmad",
            "",
            "Bashar al-Assad",
        ] {
            // Twice: built, then kept.
            for _ in 0..2 {
                with_identity_key(name, |key| assert_eq!(key, identity_key(name).as_deref()));
            }
        }
        assert_eq!(
            with_identity_key("Ann Reyes", |key| key.map(str::len)),
            identity_key("Ann Reyes").map(|k| k.len())
        );
    }

    fn same(a: &str, b: &str) -> bool {
        identity_key(a).is_some() && identity_key(a) == identity_key(b)
    }

    #[test]
    fn transliterations_of_one_name_share_the_key() {
        for (a, b) in [
            ("Darya Ehmed", "Darya Ahmad"),
            ("Siyavend Korani", "Siavand Korani"),
            ("Pirjo Vaaranlehto", "Pirjo Varanlehto"),
            ("Ali Tavakkoli-Nia", "Ali Tavakoli Nia"),
            ("Marta Quiñones-Ruiz", "Marta Quinones-Ruiz"),
            ("Sergei Lomov", "Sergey Lomov"),
            ("Abu Hatem al-Karaji", "Abu Hatim el-Karaji"),
            ("Yevgenia Polovina", "Evgenia Polovina"),
            ("Aleksandr Tishin", "Alexandr Tishin"),
            ("Vera Petrosyan", "Vera Petrosian"),
            ("Kemal Özdemirli", "Kemal Ozdemirli"),
            ("Omar Mabrouk", "Omar Mabruk"),
            ("Dana K. Morrow", "Dana Morrow"),
        ] {
            assert!(same(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn different_people_keep_different_keys() {
        for (a, b) in [
            ("Ann Reyes", "Anna Reyes"),
            ("Maria Lenz", "Mario Lenz"),
            ("Alexandra Tishin", "Alexander Tishin"),
            ("Mahmoud Karaji", "Mohammed Karaji"),
            ("Ali Hassan", "Ali Hussein"),
            ("Ahmad Karaji", "Hamad Karaji"),
            ("Daniel Morrow", "Danielle Morrow"),
            ("Karl Lind", "Eva Lind"),
            ("Petra Novak", "Petr Novak"),
        ] {
            assert!(!same(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn a_key_needs_the_whole_name() {
        assert_eq!(identity_key("Ehmed"), None);
        assert_eq!(identity_key("al-Karaji"), None);
        assert_eq!(identity_key("K. Lind Jr."), None);
        assert!(identity_key("Abu Karaji").is_some());
        // `An` is a name of its own, not the article, unless hyphened.
        assert_ne!(identity_key("Tran Van An"), identity_key("Tran Van"));
        assert_eq!(identity_key("Omar an-Nuri"), identity_key("Omar Nuri"));
    }

    /// Every spelling of the given name with every spelling of the
    /// surname is one key: a table, not a list of pairs.
    #[test]
    fn a_table_of_arabic_transliterations_folds_to_one_key() {
        let spellings: [(&[&str], &[&str]); 3] = [
            (
                &["Mohammed", "Muhammad", "Mohamed", "Muhammed"],
                &["al-Mukhtar", "el-Muhtar", "Mukhtar", "Al Mukhtar"],
            ),
            (
                &["Yousif", "Yusuf", "Youssef", "Yousef"],
                &["Qassemi", "Kasemi", "al-Qasemi"],
            ),
            (&["Khalid", "Khaled", "Halid"], &["Tirawi", "el-Tirawi"]),
        ];
        for (givens, surnames) in spellings {
            let names: Vec<String> = givens
                .iter()
                .flat_map(|g| surnames.iter().map(move |s| format!("{g} {s}")))
                .collect();
            for name in &names {
                assert!(same(&names[0], name), "{} / {name}", names[0]);
            }
        }
    }

    /// Given names a vowel or an ending apart, each with invented
    /// surnames: the key keeps them apart.
    #[test]
    fn near_given_names_of_different_people_keep_different_keys() {
        let pairs = [
            ("Hassan", "Hussein"),
            ("Ali", "Alia"),
            ("Omar", "Amir"),
            ("Julie", "Julio"),
            ("Maria", "Mario"),
            ("Louis", "Lois"),
            ("Mahmoud", "Mohammed"),
            ("Yusuf", "Yasin"),
            ("Jan", "Jen"),
            ("Halid", "Hamid"),
        ];
        for (a, b) in pairs {
            for surname in ["Brevant", "al-Oudrani", "Tisk"] {
                let (a, b) = (format!("{a} {surname}"), format!("{b} {surname}"));
                assert!(!same(&a, &b), "{a} / {b}");
            }
        }
    }
}
