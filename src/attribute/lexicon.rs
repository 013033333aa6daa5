//! Every word list of the attribution rules, in one place: speech verbs,
//! titles, offices, role nouns, pronouns, the words that open a clause,
//! known outlets. A rule that needs a new list adds it here.

/// The posts a person holds in a body, one vocabulary for every rule
/// that reads a role: a post noun with an actor's name is that person's
/// affiliation wherever it stands (`CBP Commissioner Jo Lin`, `Jo Lin,
/// the commissioner of Customs and Border Protection`, `a spokesperson
/// for the agency`), so a post known to one rule is known to all. The
/// flags say where else a post may stand: [`TITLE`] before a name as
/// its title, never part of the name (`Commissioner Jo Lin`); [`ROLE`]
/// a role in a campaign, chamber or broadcast that an actor's name gives
/// and that stands for a person unnamed (`GOP nominee`, `the network
/// host`); [`ROLE_ONLY`] a role kept out of [`OFFICE_WORDS`]; [`ONE`]
/// a post one person holds. Words that are not posts keep their own
/// lists below:
/// courtesy titles and words of a title (`Mr`, `Deputy`, `Foreign`),
/// bodies and collectives (`ministry`, `fighters`).
pub const POSTS: &[(&str, u8)] = &[
    ("president", TITLE | ONE),
    ("vice-president", POST),
    ("minister", TITLE | ONE),
    ("premier", TITLE | ONE),
    ("chancellor", TITLE | ONE),
    ("governor", TITLE),
    ("mayor", TITLE),
    ("secretary", TITLE),
    ("director", TITLE | ONE),
    // Offices written as one hyphenated word (`David Macharia,
    // secretary-general of the alliance, said`): a word of its own, so
    // `secretary` and `director` do not cover them.
    ("secretary-general", TITLE | ONE),
    ("director-general", TITLE | ONE),
    ("attorney-general", TITLE | ONE),
    ("solicitor-general", TITLE | ONE),
    ("inspector-general", TITLE | ONE),
    ("governor-general", TITLE | ONE),
    ("chief", TITLE | ONE),
    ("head", TITLE | ONE),
    ("leader", TITLE),
    ("executive", TITLE),
    ("superintendent", TITLE | ONE),
    ("chairman", TITLE | ONE),
    ("chairwoman", TITLE | ONE),
    ("chairperson", TITLE | ROLE | ROLE_ONLY),
    ("chair", TITLE | ROLE | ROLE_ONLY | ONE),
    ("commissioner", TITLE | ONE),
    ("registrar", TITLE | ONE),
    ("clerk", TITLE | ONE),
    ("treasurer", TITLE | ONE),
    ("comptroller", TITLE | ONE),
    ("consul", TITLE | ONE),
    ("sheriff", TITLE | ONE),
    ("administrator", POST),
    ("coordinator", POST),
    // British and Canadian spellings of a post (`the Nation's emergency
    // co-ordinator`, `the Unite convenor at the plant`): a post known in
    // one house style is known in all.
    ("co-ordinator", POST),
    ("convenor", POST),
    ("convener", POST),
    ("officer", POST),
    ("official", ONE),
    ("member", POST),
    ("spokesperson", TITLE | ONE),
    ("spokesman", TITLE | ONE),
    ("spokeswoman", TITLE | ONE),
    ("ambassador", TITLE | ONE),
    ("envoy", TITLE | ONE),
    ("diplomat", ONE),
    ("representative", ONE),
    ("delegate", ONE),
    ("negotiator", ONE),
    ("adviser", ONE),
    ("advisor", ONE),
    ("aide", ONE),
    ("general", TITLE),
    ("commander", TITLE),
    ("colonel", TITLE),
    ("captain", TITLE),
    ("lieutenant", TITLE),
    ("sergeant", TITLE),
    ("admiral", TITLE),
    ("brigadier", TITLE),
    ("colonel-general", TITLE),
    ("lieutenant-general", TITLE),
    ("major-general", TITLE),
    ("fighter", POST),
    ("militant", POST),
    ("king", TITLE),
    ("queen", TITLE),
    ("prince", TITLE),
    ("emir", TITLE),
    ("pope", TITLE),
    ("senator", TITLE | ROLE),
    ("rep", TITLE | ROLE | ROLE_ONLY),
    ("lawmaker", ROLE),
    ("legislator", ROLE | ROLE_ONLY),
    ("congressman", ROLE | ROLE_ONLY),
    ("congresswoman", ROLE | ROLE_ONLY),
    ("whip", ROLE | ROLE_ONLY),
    ("nominee", ROLE | ROLE_ONLY),
    ("candidate", ROLE | ROLE_ONLY),
    ("manager", ROLE | ROLE_ONLY),
    ("boss", ROLE | ROLE_ONLY),
    ("staffer", ROLE | ROLE_ONLY),
    ("surrogate", ROLE | ROLE_ONLY),
    ("strategist", ROLE | ROLE_ONLY),
    // `Aurelis team principal`, `the school's principal`: who runs a
    // racing team or a school.
    ("principal", ROLE | ROLE_ONLY),
    ("host", TITLE | ROLE | ROLE_ONLY),
    ("anchor", TITLE | ROLE | ROLE_ONLY),
    ("moderator", TITLE),
];

/// A post and nothing more (see [`POSTS`]).
pub const POST: u8 = 0;
/// A post also written before a name as its title (see [`POSTS`]).
pub const TITLE: u8 = 1;
/// A post also a role an actor's name gives (see [`POSTS`]).
pub const ROLE: u8 = 2;
/// A role that is no office word (see [`POSTS`], [`OFFICE_WORDS`]):
/// read as one, `signed by association chair Jo Lin` gave the letter to
/// the association (the frame reader takes an office's first noun for a
/// body's), so the roles [`ROLE_NOUNS`] held before stay out.
pub const ROLE_ONLY: u8 = 4;
/// A post one person holds (see [`POSTS`], [`ONE_PERSON_OFFICES`]).
pub const ONE: u8 = 8;

/// Whether a post of `flags` belongs to the list of `flag`: [`POST`] is
/// every post but the [`ROLE_ONLY`] ones.
const fn selected(flags: u8, flag: u8) -> bool {
    if flag == POST {
        flags & ROLE_ONLY == 0
    } else {
        flags & flag != 0
    }
}

/// How many of [`POSTS`] [`selected`] `flag` selects, plus `extra`
/// words.
const fn posts_len(flag: u8, extra: &[&str]) -> usize {
    let mut n = extra.len();
    let mut i = 0;
    while i < POSTS.len() {
        if selected(POSTS[i].1, flag) {
            n += 1;
        }
        i += 1;
    }
    n
}

/// `extra`, then the posts of [`POSTS`] [`selected`] `flag` selects: a
/// word list derived from the one vocabulary.
const fn posts_with<const N: usize>(flag: u8, extra: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut k = 0;
    while k < extra.len() {
        out[k] = extra[k];
        k += 1;
    }
    let mut i = 0;
    while i < POSTS.len() {
        if selected(POSTS[i].1, flag) {
            out[k] = POSTS[i].0;
            k += 1;
        }
        i += 1;
    }
    out
}

/// Words of a title that are no post: courtesy titles (`Mr`, `Sir`,
/// `Sheikh`), abbreviations (`Sen.`, `Gen.`), words that qualify a post
/// (`Deputy`, `Foreign`, `Prime`), and titles whose body a rule of its
/// own finds (`Judge`, `Justice`: a court's member, `Speaker`: a
/// chamber's) or that are no body's (`Major` is also an adjective).
const TITLE_WORDS: &[&str] = &[
    "deputy",
    "foreign",
    "defense",
    "defence",
    "major",
    "state",
    "prime",
    "vice",
    "first",
    "mr",
    "mister",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "sir",
    "lord",
    "lady",
    "sheikh",
    "imam",
    "sen",
    "gov",
    "gen",
    "lt",
    "col",
    "brig",
    "maj",
    "judge",
    "justice",
    "speaker",
    // `Adv. Nosipho Gqamana`: Advocate, as South African and Indian
    // writing abbreviates it before a counsel's name.
    "adv",
];

/// Titles and ranks written before a name: they are the role, not the
/// name. Derived: [`TITLE_WORDS`] and the posts flagged [`TITLE`].
pub const TITLES: &[&str] = &posts_with::<{ posts_len(TITLE, TITLE_WORDS) }>(TITLE, TITLE_WORDS);

/// Words near a person's name that, like a post, make an actor's name
/// there an affiliation but are no post: bodies and collectives
/// (`ministry`, `army`, `fighters`) and words of a post (`Deputy`).
const OFFICE_BODY_WORDS: &[&str] = &[
    "ministry",
    "officials",
    "commanders",
    "diplomats",
    "fighters",
    "militants",
    "cleric",
    "staff",
    "prime",
    "vice",
    "deputy",
    "agency",
    "army",
    "military",
];

/// Words that join an office to its department, place or portfolio
/// before the holder's name (`Registrar of Voters Dwayne Harkavy`,
/// `Minister for Health Ana Vell`, `Ambassador to Yemen Turki Otaibi`):
/// the words after them up to the name are the office's, not the name's.
pub const OFFICE_LINK_WORDS: &[&str] = &["of", "for", "to"];

/// Office and role words: with one of them, an actor name near a person's
/// name is that person's affiliation (`ICRC spokesperson`), without one it
/// is only a nationality (`a Syrian activist`). Derived: every post of
/// [`POSTS`] but the [`ROLE_ONLY`] roles, and [`OFFICE_BODY_WORDS`].
pub const OFFICE_WORDS: &[&str] =
    &posts_with::<{ posts_len(POST, OFFICE_BODY_WORDS) }>(POST, OFFICE_BODY_WORDS);

/// Role nouns that, after an actor's name or alias, make a person speak
/// for that actor (`GOP nominee`, `Fed Chair`, `Grey campaign manager`)
/// and stand for a person unnamed (`the Democratic nominee`). Derived:
/// the posts flagged [`ROLE`].
pub const ROLE_NOUNS: &[&str] = &posts_with::<{ posts_len(ROLE, &[]) }>(ROLE, &[]);

/// Words that open a subordinate clause: `When Reyes was asked whether
/// she respects Dorn, she said` - the clause's own subject (`Reyes`) is
/// who the main clause's pronoun means, not a name after it.
pub const SUBORDINATORS: &[&str] = &[
    "when", "while", "after", "before", "as", "if", "although", "though", "since", "because",
    "once", "whenever", "until",
];

/// Pronouns that open a relative clause about the person or thing named
/// before them (`Harbinson, who started ...`, `a paediatrician who has
/// worked in Darfur`).
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "whose", "whom", "which"];

/// Verbs of asking: whoever asks a question is not who answers it
/// (`a reporter asked what he would do. “Sell some trucks,” he said.`).
pub const ASKING_VERBS: &[&str] = &["asked", "asks", "questioned", "wondered", "inquired"];

/// Words that open an asked question (`asked what`, `asked whether`), so
/// `asked not to be named` or `asked that his name not be used` is no
/// question.
pub const QUESTION_OPENERS: &[&str] = &[
    "what", "whether", "if", "why", "how", "when", "where", "who", "which", "about",
];

/// Words that open a question (`**Does Luca's contract oblige him?**`,
/// `Is Henrik to blame?`) and are never anyone's first name, though they
/// stand capitalised before a name. Not `Will`, `May` or `Do`, which are.
pub const QUESTION_VERBS: &[&str] = &[
    "does", "did", "is", "are", "was", "were", "has", "have", "had", "should", "would", "could",
    "why", "how", "what", "where", "when", "who",
];

/// Participles whose agent (`by X`) is the author of a document that
/// speaks: `an email sent by Kim Lowe said`.
pub const AGENT_PARTICIPLES: &[&str] = &[
    "sent",
    "written",
    "signed",
    "issued",
    "released",
    "posted",
    "published",
    "authored",
];

/// Nouns for a body that `the ...'s` points back to: `the ministry's
/// spokesman`, `the group's chief negotiator`.
pub const COLLECTIVE_NOUNS: &[&str] = &[
    "group",
    "movement",
    "ministry",
    "government",
    "party",
    "organisation",
    "organization",
    "agency",
    "coalition",
    "militia",
    "faction",
    "alliance",
    "army",
    "committee",
    "council",
    "department",
    "administration",
    "country",
    "embassy",
    "campaign",
];

/// Nouns of `COLLECTIVE_NOUNS` for a body that is never a state, a
/// government or a city: `the group's president` is not the state the
/// group's statement was about (`resolve::Reader::noun_can_be`). Add a
/// noun only for bodies outside government.
pub const NON_STATE_BODY_NOUNS: &[&str] = &[
    "group",
    "movement",
    "organisation",
    "organization",
    "coalition",
    "militia",
    "faction",
    "alliance",
    "campaign",
];

/// Nouns of [`NON_STATE_BODY_NOUNS`] that are no political party either
/// (`the group's president` after a party was named is someone else's).
pub const NOT_PARTY_NOUNS: &[&str] = &["group", "organisation", "organization"];

/// Nouns that refer back to a news outlet: `the paper wrote` is the
/// outlet named last.
pub const OUTLET_REFERENCES: &[&str] = &[
    "paper",
    "newspaper",
    "network",
    "channel",
    "broadcaster",
    "tabloid",
    "magazine",
];

/// Speech verbs whose subject may follow them after indirect speech (`...,
/// said Ann Reyes`); `told` takes an object instead (`..., told The
/// Associated Press`).
pub const INVERTING_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "asked",
    "continued",
    "explained",
    "insisted",
    "noted",
    "argued",
    "warned",
    "recalled",
];

pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "brig",
    "cmdr", "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "co", "corp",
    // `Adv. Gqamana`: Advocate.
    "adv", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
    // Police and military ranks (`Cpl. Dean Sumbler of the RCMP`, `Det.
    // Insp. Ann Vell`, `Pte.`, `Spc.`): a rank's full stop ends no
    // sentence.
    "cpl", "cst", "const", "det", "insp", "supt", "pte", "pvt", "spc", "pfc", "cdr",
];

/// Verbs that introduce what someone said, as news writes them.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "warned",
    "warns",
    "insisted",
    "insists",
    "noted",
    "notes",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "posted",
    "asked",
    "asks",
    "suggested",
    "suggests",
    "explained",
    "explains",
    "argued",
    "argues",
    "claimed",
    "claims",
    "declared",
    "declares",
    "announced",
    "announces",
    "continued",
    "continues",
    "replied",
    "replies",
    "responded",
    "responds",
    "stressed",
    "stresses",
    "urged",
    "urges",
    "acknowledged",
    "admitted",
    "conceded",
    "cautioned",
    "confirmed",
    "denied",
    "described",
    "hailed",
    "hails",
    "describes",
    "quoted",
    "recalled",
    "remarked",
    "observed",
    "emphasised",
    "emphasized",
    "commented",
    "predicted",
    "vowed",
    "pledged",
    "promised",
    "threatened",
    "maintained",
    "countered",
    "complained",
    "lamented",
    "alleged",
    "asserted",
    "affirmed",
    "reiterated",
    "shouted",
    "recounted",
    "called",
    "calls",
    "dismissed",
    "dismisses",
    "branded",
    "praised",
    "praises",
    "gushed",
    "emailed",
    "texted",
    "interjected",
    "assured",
    "wondered",
    "mused",
    "quipped",
    "joked",
    "boasted",
    "scoffed",
    "thundered",
    "fumed",
    "bristled",
    "termed",
    "testified",
    "retorted",
    "snapped",
    "criticized",
    "criticised",
    "accused",
    "blasted",
    "slammed",
    "mocked",
    "lauded",
    "applauded",
    "puts",
    "repeated",
    "answered",
    "objected",
    "protested",
    "pleaded",
    "concluded",
    "recalls",
    "cautions",
    "counters",
    "admits",
    "concedes",
    "acknowledges",
    "wonders",
    "predicts",
    "sighed",
    "laughed",
    "whispered",
];

/// Speech verbs as participles: `..., saying “...”`.
pub const SPEECH_GERUNDS: &[&str] = &[
    "saying",
    "adding",
    "telling",
    "noting",
    "warning",
    "insisting",
    "stressing",
    "explaining",
    "arguing",
    "describing",
    "calling",
    "writing",
    "declaring",
    "asking",
    "urging",
    "praising",
    "dismissing",
    "criticizing",
    "criticising",
    "accusing",
    "conceding",
    "testifying",
    "claiming",
    "promising",
    "vowing",
    "pledging",
    "admitting",
    "acknowledging",
    "asserting",
    "recalling",
    "complaining",
    "branding",
    "labelling",
    "labeling",
    "terming",
];

/// Occasions of speaking a lead sentence may name (`met for their last
/// televised debate on Thursday night`): its day is the day of the
/// report's quotes (`dates::occasion_day`).
pub const SPEAKING_OCCASIONS: &[&str] = &[
    "debate",
    "debates",
    "hustings",
    "conference",
    "briefing",
    "hearing",
    "interview",
    "speech",
    "rally",
    "meeting",
    "session",
    "address",
    "statement",
    "remarks",
];

/// Verbs whose subject goes on speaking: date and agency carry over.
pub const CONTINUING_VERBS: &[&str] = &["added", "adds", "continued", "continues", "adding"];

/// Names of the days of the week.
pub const WEEKDAY_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Names of the months.
pub const MONTH_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub const PRONOUNS: &[&str] = &["he", "she", "they", "him", "her", "them", "it"];

/// Words between a subject and its verb: `Ryabkov has also said`.
pub const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "also",
    "later",
    "then",
    "further",
    "reportedly",
    "actually",
    "publicly",
    "privately",
    "repeatedly",
    "recently",
    "initially",
    "subsequently",
    "previously",
    "earlier",
    "again",
    "once",
    "would",
    "will",
    "had",
    "yesterday",
    "today",
    "on",
    "late",
    "last",
    "night",
    "this",
    "morning",
    "afternoon",
    "evening",
];

/// Capitalised words that are never part of a person's name though they
/// stand capitalised before a role or a name: adjectives of a faith (`the
/// Roman Catholic bishop of Arauca` names no one called `Roman Catholic`).
/// Not faiths that are also given names (`Christian`, `Shia`).
pub const NEVER_NAME_WORDS: &[&str] = &[
    "catholic",
    "anglican",
    "orthodox",
    "protestant",
    "evangelical",
    "methodist",
    "lutheran",
    "presbyterian",
    "pentecostal",
    "muslim",
    "sunni",
    "shiite",
    "jewish",
    "buddhist",
    "hindu",
];

/// Lowercase participles that end a hyphenated adjective made from a
/// place or a body (`Ankeny-based`, `Texas-born`, `Kremlin-backed`,
/// `state-owned`): such a word describes a name, it is no part of one
/// (`Ankeny-based Prairie Crest Genetics` is a company, not a person
/// called `Ankeny-based Prairie`). Add participles that make adjectives
/// this way; a surname's tail is written capitalised (`Sobieski-Young`).
pub const HYPHENATED_ADJECTIVE_ENDS: &[&str] = &[
    "based",
    "born",
    "backed",
    "led",
    "owned",
    "run",
    "funded",
    "controlled",
    "held",
    "allied",
    "aligned",
    "linked",
    "affiliated",
    "bred",
    "raised",
    "headquartered",
];

/// Words that, right after a quote, join a further predicate or clause to
/// the sentence the quote sits in (`“...,” but declined to say more`,
/// `“...,” before adding`, `“...,” though he offered no evidence`): what
/// follows them is no frame of the quote, whose frame, if any, is before
/// it. Add a word only if no speech frame of a quote can open with it.
pub const PREDICATE_LINKS: &[&str] = &[
    "but", "and", "though", "although", "before", "yet", "while", "whereas",
];

/// Words that begin a sentence without being part of its subject.
pub const CONJUNCTIONS: &[&str] = &[
    "but",
    "and",
    "however",
    "meanwhile",
    "yet",
    "so",
    "also",
    "still",
    "separately",
    "instead",
    "later",
    "earlier",
    "now",
    "then",
    "while",
];

/// Head nouns of the name of a society of members (`Saskatchewan
/// Federation of Labour`, `Iowa Police Officers Union`): a place or party
/// word inside such a name names that society, not the state or the
/// party. Bodies of a state (ministry, department, council) are left out:
/// `Russian Defence Ministry` is Russia's.
pub const SOCIETY_NOUNS: &[&str] = &[
    "federation",
    "confederation",
    "association",
    "league",
    "guild",
    "union",
    "society",
    "institute",
    "foundation",
    "coalition",
    "alliance",
    "chamber",
    "lodge",
    "university",
];

/// The words a company's officer's title is made of (`Chief Financial
/// Officer`, `CEO`, `interim chief operating officer`): a title of these
/// words alone before a name is an officer of the one company the article
/// names.
pub const COMPANY_OFFICE_WORDS: &[&str] = &[
    "chief",
    "executive",
    "financial",
    "operating",
    "information",
    "technology",
    "commercial",
    "officer",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "cio",
    "the",
    "deputy",
    "interim",
    "acting",
];

/// A member's noun and the noun of the body they sit on: `band
/// councillor` is a member of the body the files call `band council`,
/// `city commissioner` of a `City Commission` (`resolve.rs`,
/// `member_of_named_body`). Only bodies whose members speak for them by
/// sitting on them; a senator or an assemblyman is left to the party
/// rules, as the sets' gold gives them their party as often as their
/// chamber.
pub const MEMBER_NOUN_BODIES: &[(&str, &str)] = &[
    ("councillor", "council"),
    ("councillors", "council"),
    ("councilor", "council"),
    ("councilors", "council"),
    ("councilman", "council"),
    ("councilwoman", "council"),
    ("councilmember", "council"),
    ("commissioner", "commission"),
];

/// How many words before a member's noun may make, with the body's
/// noun, the body's name (`Tarn Valley Regional District` + `council`).
pub const MEMBER_BODY_NAME_WORDS: usize = 4;

/// Nouns that stand for a body of one kind, and the actor `kind:`s they
/// fit: `the company's chief executive` is an officer of the one company
/// the article named before.
pub const KIND_NOUNS: &[(&str, &[&str])] = &[
    ("company", &["company", "business", "corporation", "firm"]),
    ("firm", &["company", "business", "corporation", "firm"]),
    ("union", &["union", "trade union", "trade-union"]),
    ("club", &["club"]),
    ("court", &["court"]),
    ("university", &["university"]),
];

/// Words that may stand before an office title without making it another
/// body's office: `the President`, `who is now Secretary of State`, and
/// ranks within the same office (`Vice President`, `Assistant U.S.
/// Attorney`). Any other word makes it another body's (`its president`,
/// `Guild president`, `Council President`).
pub const PLAIN_OFFICE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "is",
    "was",
    "as",
    "now",
    "current",
    "incumbent",
    "sitting",
    "serving",
    "vice",
    "deputy",
    "assistant",
    "associate",
    "acting",
    "principal",
];

/// Words that open a place name: a given name after them is part of the
/// place (`South Carolina`, `San Antonio`, `Port Elizabeth`).
pub const PLACE_OPENERS: &[&str] = &[
    "north", "south", "east", "west", "new", "san", "santa", "santo", "sao", "são", "saint", "st",
    "fort", "port", "lake", "mount", "cape", "los", "las",
];

/// Words that make a capitalised name an organisation, not a person
/// (`Syrian Observatory for Human Rights`, `White Helmets Civil Defence`).
pub const ORGANISATION_WORDS: &[&str] = &[
    "observatory",
    "committee",
    "ministry",
    "council",
    "front",
    "army",
    "agency",
    "group",
    "movement",
    "organization",
    "organisation",
    "office",
    "department",
    "center",
    "centre",
    "forces",
    "union",
    "institute",
    "brigade",
    "brigades",
    "party",
    "coalition",
    "defence",
    "defense",
    "government",
    "news",
    "tv",
    "radio",
    "network",
    "foundation",
    "association",
    "commission",
    "authority",
    "bank",
    "company",
    "corporation",
    "university",
    "house",
    "kremlin",
    "pentagon",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "court",
    "police",
    "monitor",
    "command",
    "federation",
    "league",
    "fund",
    "programme",
    "program",
    "service",
    "crescent",
    "cross",
    "helmets",
    "media",
    "press",
    "times",
    "post",
    "affairs",
];

/// Words that begin a prepositional phrase: a name after them is not the subject.
pub const PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "of", "to", "near", "for", "with", "by", "between", "and", "on", "about",
    "against", "over", "under", "after", "before", "into", "across", "the", "a", "an", "inside",
    "outside", "within", "beyond", "amid", "during",
];

/// Prepositions that open an adverbial of place or time (`In Nairobi,`,
/// `On Tuesday,`, `after the hearing,`), never a noun phrase.
pub const ADVERBIAL_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "from",
    "after",
    "before",
    "during",
    "outside",
    "inside",
    "near",
    "across",
    "throughout",
    "within",
];

/// Lowercase words that may sit inside a name: `Staffan de Mistura`.
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "der", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du",
    "ben", "abu", "bint", "dos", "das", "do", "te", "den",
];

/// Verbs that put a name on something: with no named subject, the short
/// quote after them is a label, not a statement.
pub const NAMING_VERBS: &[&str] = &[
    "called",
    "termed",
    "terming",
    "calls",
    "described",
    "describes",
    "calling",
    "describing",
    "hailed",
    "hails",
    "dismissed",
    "dismisses",
    "branded",
    "praised",
    "praises",
    "praising",
    "criticized",
    "criticised",
    "accused",
    "blasted",
    "slammed",
    "mocked",
    "lauded",
    "applauded",
];

/// Nouns of something said: `welcomed the deal in a statement:` leads
/// into the words of the statement.
pub const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "message",
    "speech",
    "interview",
    "remarks",
    "briefing",
    "tweet",
    "post",
    "address",
    "lines",
];

/// Verbs that introduce reported speech.
pub const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "warned",
    "insisted",
    "noted",
    "announced",
    "claimed",
    "denied",
    "confirmed",
    "stressed",
    "argued",
    "explained",
    "acknowledged",
];

/// Verbs of reporting whose complement, however long, is the subject's
/// words (`speaker::governing_verb`). Not `denied` (`denied that ...
/// “...”` may quote the charge) nor verbs that take an object before what
/// was said (`urged`, `asked`). Extend with verbs that take a
/// that-clause of the subject's own words.
pub const GOVERNING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "warned",
    "insisted",
    "noted",
    "announced",
    "claimed",
    "confirmed",
    "stressed",
    "argued",
    "explained",
    "acknowledged",
    "wrote",
    "writes",
];

/// Words between the verb and what was said: `said on Sunday that`.
pub const TIME_WORDS: &[&str] = &[
    "on",
    "earlier",
    "later",
    "late",
    "last",
    "yesterday",
    "today",
    "this",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "also",
    "again",
];

/// Offices one person holds: a phrase headed by one (`the representative
/// of China`, `the Chinese ambassador`) speaks of a person it does not
/// name, so it is no speaker's name.
/// Derived: the posts flagged [`ONE`].
pub const ONE_PERSON_OFFICES: &[&str] = &posts_with::<{ posts_len(ONE, &[]) }>(ONE, &[]);

/// Words that say a name is a news outlet.
pub const OUTLET_NOUNS: &[&str] = &[
    "news",
    "agency",
    "newspaper",
    "daily",
    "radio",
    "television",
    "tv",
    "channel",
    "broadcaster",
    "magazine",
    "website",
    "weekly",
];

/// The half of the day after a clock time (`9:47 p.m.`, `10:10 pm`),
/// as a live blog writes its entries' times.
pub const MERIDIEM_WORDS: &[&str] = &["am", "pm", "a.m", "p.m"];

/// Time zones after a live blog's time (`10.41 BST`).
pub const TIME_ZONES: &[&str] = &[
    "gmt", "bst", "utc", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "msk", "local",
];

/// Actor kinds that are political parties.
pub const PARTY_KINDS: &[&str] = &["party", "political-party", "political party"];

/// Wire agencies and broadcasters that carry other people's words.
pub const OUTLETS: &[&str] = &[
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "Agence France Presse",
    "AP",
    "Associated Press",
    "RIA",
    "RIA Novosti",
    "TASS",
    "Interfax",
    "Sputnik",
    "Anadolu",
    "Xinhua",
    "SANA",
    "DPA",
    "EFE",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "IRNA",
    "Tasnim",
    "Fars",
    "Al Jazeera",
    "Al Arabiya",
    "BBC",
    "CNN",
    "Bloomberg",
    "NPR",
    "Sky News",
    "France 24",
    "Deutsche Welle",
    "Euronews",
    "RT",
    "Al-Mayadeen",
    "Al Mayadeen",
    "The New York Times",
    "The Washington Post",
    "The Guardian",
    "The Wall Street Journal",
    "The Times",
    "Le Monde",
    "Der Spiegel",
];

/// Professions written before a name as if a title (`Statistician Jo Lin`,
/// `U.S. Attorney Ann Reyes`, `Economist Al Bee`): never part of the name.
pub const PROFESSION_NOUNS: &[&str] = &[
    // `One Border Patrol agent in the Tucson Sector, who asked not to be
    // named, said`: an officer of an agency, no thing.
    "agent",
    "attorney",
    "lawyer",
    "solicitor",
    "barrister",
    "prosecutor",
    "statistician",
    "economist",
    "analyst",
    "scientist",
    "researcher",
    "epidemiologist",
    "ecologist",
    "historian",
    "pollster",
    "psephologist",
    "strategist",
    "coach",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "captain",
    "pundit",
    "columnist",
    "commentator",
    "editor",
    "farmer",
    "grower",
    "activist",
    "veteran",
    "campaigner",
    "author",
    "judge",
    "juror",
    "mayor",
    "forecaster",
    "meteorologist",
    "moderator",
    "journalist",
    "ombudsman",
    "registrar",
    "councilmember",
    "councilwoman",
    "councilman",
];

/// Honorifics before a name that are no part of it (`Shri Hiremath`).
///
/// Also the honorifics of other naming traditions: Burmese `U` and `Daw`
/// (`U Tun Aye` is `Tun Aye`), Arabic `Sayyid`, Syriac `Mar`; and those
/// of West African usage (round forty-three): a union member's `Comrade`
/// (`Comrade Ugochukwu Nnaji`) and the pilgrim's `Alhaji`, `Alhaja`,
/// `Hajiya`, `Hajia` (`Alhaji Sani Danjuma` is `Sani Danjuma`). None of
/// them is ever a name; the learned man's `Mallam`, `Malam` is also a
/// given name (`Malam Bacai Sanhá`), so in [`LABELS_ALSO_NAMES`].
pub const HONORIFICS: &[&str] = &[
    "shri", "sri", "smt", "shrimati", "kumari", "sahib", "herr", "u", "daw", "sayyid", "mar",
    "comrade", "alhaji", "alhaja", "hajiya", "hajia",
];

/// Words of address or standing written before a full name that are
/// also names (a surname, a given name), so dropped only before a name
/// of two words or more (`entities::without_leading_titles`): Burmese
/// `Ko` and `Ma` (`Ko Thet Paing Soe`, `Ma Khin Shwe`; `Ko Un`, `Ma
/// Zhaoxu` are names), Filipino `Mang` (`Mang Ronnie Pangilinan`), a
/// faculty's `Dean` and a community's `Elder` (`Dean Lorenzo Ybañez`,
/// `Elder Rosalie Tsinnie`), and Hausa `Mallam`, `Malam` (`Mallam Sadiq
/// Gumel`; `Malam Incanha` is a Guinea-Bissau given name and surname).
pub const LABELS_ALSO_NAMES: &[&str] = &["ko", "ma", "mang", "dean", "elder", "mallam", "malam"];

/// Words of address of kin, faith, trade or courtesy that go before a
/// given name, not a surname (round forty-four): `Dona Cida`, `Seu
/// Tião`, `Padre Júlio`, `Father Ettore`, `Doña Carmen`, `Engineer
/// Chala`, `Tía Rosa`, `Ato Girma`. `Padre Júlio` is the `Father Júlio
/// César Aguiar` the article named (`familiar::given_name_addressed`).
/// Not `Mr`, `Ms`, `Dr` or a post, written before a surname in English.
pub const FAMILIAR_WORDS_OF_ADDRESS: &[&str] = &[
    "dona", "doña", "don", "seu", "padre", "father", "fr", "frei", "madre", "sister", "brother",
    "irmã", "engineer", "eng", "tía", "tío", "tia", "tio", "uncle", "aunt", "auntie", "mama",
    "mamá", "papa", "ato", "abba", "abuna", "imam", "sheikh", "lola", "lolo", "kuya", "aling",
];

/// Words that deny a kinship between two people of one surname, written
/// right after a mention of one of them (`Dr Kaufusi, who is no relation
/// to ... Tevita Uata Kaufusi,`, `Ellison (no relation to the ERCOT
/// chief)`): the mention is not the bearer named after them
/// (`resolve::Reader::bearer_not_denied`), and a bearer named in full
/// after them is introduced as a namesake (`introduced_as_relative`).
pub const DENIED_RELATION: &[&str] = &[
    "no relation to",
    "not related to",
    "no relation of",
    "unrelated to",
    "no kin to",
];

/// Verbs that open a sentence in the imperative before a name (`Let
/// Hiremath resign`, `Ask Vell`): capitalised there, never a given name
/// (`resolve::another_bearers_given_name`).
pub const SENTENCE_OPENING_VERBS: &[&str] = &["let", "ask", "tell", "make", "give", "thank"];

/// Nouns of kinship that introduce a relative of someone the article is
/// about (`his daughter, Claire Haldane`, `Gary Haugen, her husband`): a
/// relative so introduced is told of by given name afterwards, not by the
/// surname alone (`resolve::Reader::bearer_named_last`).
pub const KINSHIP_NOUNS: &[&str] = &[
    "husband",
    "wife",
    "spouse",
    "widow",
    "widower",
    "son",
    "daughter",
    "brother",
    "sister",
    "mother",
    "father",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
];

/// Posts of a county, district or chamber written before a holder's name
/// after the words that say where (`Pima County Recorder Gabriela
/// Sotelo`, `Bhadrak Collector Ananya Rath`, `Majority Whip Ellen Marsh`)
/// that the title lists do not hold: never part of the name
/// (`entities::without_leading_titles`).
pub const POSTS_BEFORE_NAMES: &[&str] =
    &["recorder", "collector", "whip", "supervisor", "supervisors"];

/// Honorifics of naming traditions the given-name lists do not cover
/// that tell a man, standing before the name: Burmese `U` (`U Kyaw
/// Thura`), Karen `Saw`, Shan `Sai` (`Sai Hseng Murng`). A run of
/// capitalised words they open is a person's name whatever its words.
pub const MALE_NAME_HONORIFICS: &[&str] = &["sai", "saw", "u"];

/// The same for a woman: Burmese `Daw`, Karen `Naw`, Shan `Nang`
/// (`Daw Nang Seng`, `Naw Eh Htoo`). Filipino `Ma.` (María, always
/// with its full stop: `Ma` alone is a Chinese surname) is read in
/// `coref::honorific_gender`.
pub const FEMALE_NAME_HONORIFICS: &[&str] = &["daw", "nang", "naw"];

/// Adjectives that describe a person's standing, never part of a name
/// (`Former City defender`, `Senior Conservatives`).
pub const STANDING_ADJECTIVES: &[&str] = &[
    "former", "senior", "junior", "veteran", "ex", "then", "late", "outgoing", "incoming",
    "acting", "interim", "retired", "top", "leading", "new",
];

/// Participles that open a sentence before its subject (`Born Ruth
/// Elaine Vale in Dayton, she ...`, `Asked about it, Varn laughed`):
/// capitalised there, they are never a first name or a surname.
pub const CLAUSE_OPENING_PARTICIPLES: &[&str] = &[
    "asked",
    "born",
    "contacted",
    "interviewed",
    "pressed",
    "questioned",
    "reached",
    "told",
];

/// Words for a nationality: alone after `the` they stand for a person
/// (`the Czech said`), before a name they are no part of it (`American
/// Jessie Cole`).
pub const DEMONYMS: &[&str] = &[
    "american",
    "british",
    "english",
    "scottish",
    "welsh",
    "irish",
    "french",
    "german",
    "italian",
    "spanish",
    "portuguese",
    "dutch",
    "belgian",
    "swiss",
    "austrian",
    "czech",
    "slovak",
    "polish",
    "pole",
    "hungarian",
    "romanian",
    "bulgarian",
    "greek",
    "turkish",
    "russian",
    "ukrainian",
    "swedish",
    "swede",
    "norwegian",
    "danish",
    "dane",
    "finnish",
    "finn",
    "icelandic",
    "chinese",
    "japanese",
    "korean",
    "indian",
    "pakistani",
    "australian",
    "canadian",
    "mexican",
    "brazilian",
    "argentine",
    "argentinian",
    "chilean",
    "colombian",
    "nigerian",
    "kenyan",
    "ghanaian",
    "ethiopian",
    "egyptian",
    "south african",
    "israeli",
    "palestinian",
    "iranian",
    "iraqi",
    "syrian",
    "saudi",
    "samoan",
    "fijian",
    "new zealander",
    "kiwi",
    "croatian",
    "croat",
    "serbian",
    "serb",
    "slovenian",
    "estonian",
    "latvian",
    "lithuanian",
    "belarusian",
    "georgian",
    "armenian",
    "scot",
    "briton",
    "frenchman",
    "frenchwoman",
    "dutchman",
    "spaniard",
    "german-born",
];

/// Nouns for someone who serves a body and speaks for it unnamed, after
/// the body's noun: `a senior administration official`, `a Commission
/// spokesperson`, `a ministry source`.
pub const BODY_SERVICE_NOUNS: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "sources",
    "aide",
    "aides",
];

/// Nouns for a member of a body's staff or ranks, after the body's noun
/// the files alias with `the`: `a senior army officer`, `a court clerk`,
/// `one cabinet minister`. Not `witness` or `lawyer`, who appear before a
/// body without serving it.
pub const BODY_MEMBER_NOUNS: &[&str] = &[
    "officer",
    "officers",
    "clerk",
    "clerks",
    "minister",
    "ministers",
    "member",
    "members",
    "employee",
    "employees",
    "staffer",
    "staffers",
    "soldier",
    "soldiers",
    "commander",
    "commanders",
];

/// Words of a state's service: after a nationality in an unnamed
/// person's description (`a Saudi diplomatic source`, `a member of the
/// Chinese delegation`, `a source in the Russian Foreign Ministry`), they
/// make the nationality the state the person serves. Not `delegate`,
/// `officer` or `security`: a delegate at a conference, an officer of an
/// army that is an actor of its own, a security guard serve no state by
/// the word.
pub const STATE_SERVICE_WORDS: &[&str] = &[
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "diplomatic",
    "delegation",
    "ministry",
    "embassy",
    "consulate",
    "government",
];

/// A nationality word and the country it names (`Japanese` -> `Japan`):
/// how `a senior Japanese official` finds the actor files' `Government of
/// Japan` when no alias holds the adjective. Words shared by two states
/// (`Korean`, `Congolese`) or by a state and a US state (`Georgian`) are
/// left out: they name no one state.
pub const NATIONALITY_COUNTRIES: &[(&str, &str)] = &[
    ("afghan", "afghanistan"),
    ("algerian", "algeria"),
    ("american", "united states"),
    ("u.s", "united states"),
    ("us", "united states"),
    ("argentine", "argentina"),
    ("armenian", "armenia"),
    ("australian", "australia"),
    ("austrian", "austria"),
    ("azerbaijani", "azerbaijan"),
    ("bahraini", "bahrain"),
    ("bangladeshi", "bangladesh"),
    ("belarusian", "belarus"),
    ("belgian", "belgium"),
    ("brazilian", "brazil"),
    ("british", "united kingdom"),
    ("bulgarian", "bulgaria"),
    ("canadian", "canada"),
    ("chilean", "chile"),
    ("chinese", "china"),
    ("colombian", "colombia"),
    ("croatian", "croatia"),
    ("czech", "czech republic"),
    ("danish", "denmark"),
    ("dutch", "netherlands"),
    ("egyptian", "egypt"),
    ("emirati", "united arab emirates"),
    ("estonian", "estonia"),
    ("ethiopian", "ethiopia"),
    ("fijian", "fiji"),
    ("finnish", "finland"),
    ("french", "france"),
    ("german", "germany"),
    ("ghanaian", "ghana"),
    ("greek", "greece"),
    ("hungarian", "hungary"),
    ("indian", "india"),
    ("indonesian", "indonesia"),
    ("iranian", "iran"),
    ("iraqi", "iraq"),
    ("irish", "ireland"),
    ("israeli", "israel"),
    ("italian", "italy"),
    ("japanese", "japan"),
    ("jordanian", "jordan"),
    ("kazakh", "kazakhstan"),
    ("kenyan", "kenya"),
    ("kuwaiti", "kuwait"),
    ("kyrgyz", "kyrgyzstan"),
    ("latvian", "latvia"),
    ("lebanese", "lebanon"),
    ("libyan", "libya"),
    ("lithuanian", "lithuania"),
    ("malaysian", "malaysia"),
    ("mexican", "mexico"),
    ("moroccan", "morocco"),
    ("nigerian", "nigeria"),
    ("norwegian", "norway"),
    ("omani", "oman"),
    ("pakistani", "pakistan"),
    ("polish", "poland"),
    ("portuguese", "portugal"),
    ("qatari", "qatar"),
    ("romanian", "romania"),
    ("russian", "russia"),
    ("rwandan", "rwanda"),
    ("saudi", "saudi arabia"),
    ("serbian", "serbia"),
    ("spanish", "spain"),
    ("sudanese", "sudan"),
    ("swedish", "sweden"),
    ("swiss", "switzerland"),
    ("syrian", "syria"),
    ("thai", "thailand"),
    ("tunisian", "tunisia"),
    ("turkish", "turkey"),
    ("ugandan", "uganda"),
    ("ukrainian", "ukraine"),
    ("venezuelan", "venezuela"),
    ("vietnamese", "vietnam"),
    ("yemeni", "yemen"),
    ("zambian", "zambia"),
    ("zimbabwean", "zimbabwe"),
    ("tanzanian", "tanzania"),
    ("burundian", "burundi"),
    ("angolan", "angola"),
    ("mozambican", "mozambique"),
    ("malawian", "malawi"),
    ("namibian", "namibia"),
    ("senegalese", "senegal"),
    ("malian", "mali"),
    ("cameroonian", "cameroon"),
    ("somali", "somalia"),
    ("peruvian", "peru"),
    ("cuban", "cuba"),
    ("ecuadorian", "ecuador"),
    ("bolivian", "bolivia"),
    ("filipino", "philippines"),
    ("singaporean", "singapore"),
    ("slovak", "slovakia"),
    ("slovenian", "slovenia"),
];

/// Words that make a minister's title no national office: a `Chief
/// Minister` heads a state of India and a `Union Minister` sits in its
/// cabinet, both on record for their party rather than a government.
pub const PARTY_RECORD_OFFICE_WORDS: &[&str] = &["chief", "union"];

/// Titles of a member of a legislature, read where a place beside them
/// would otherwise name its government (`resolve::is_legislator_title`):
/// `Sen. Ann Roe of Kansas` was elected there and speaks for a party, a
/// caucus or the chamber. Add a title held only by legislators.
pub const LEGISLATOR_TITLES: &[&str] = &[
    "sen",
    "sen.",
    "sens.",
    "senator",
    "senators",
    "rep",
    "rep.",
    "reps.",
    "representative",
    "representatives",
    "congressman",
    "congresswoman",
    "congressmember",
    "congressmen",
    "congresswomen",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
];

/// Actor kinds that a national office (a minister, a president, an
/// official of the state) speaks for.
pub const STATE_KINDS: &[&str] = &["state", "government"];

/// Capitalised words a national government office may be written with
/// and still name no actor of its own (`Prime Minister`, `Deputy Foreign
/// Minister`, `Special Envoy`): any other capitalised word qualifies the
/// office (`Senate President`, `Kurdistan Region Prime Minister`).
pub const NATIONAL_OFFICE_WORDS: &[&str] = &[
    "prime",
    "minister",
    "president",
    "premier",
    "deputy",
    "vice",
    "acting",
    "first",
    "special",
    "envoy",
    "government",
    "foreign",
    "interior",
    "defence",
    "defense",
    "finance",
    "information",
    "health",
    "trade",
    "home",
    "environment",
    "economy",
    "economic",
    "security",
    "justice",
    "education",
    "energy",
    "agriculture",
    "transport",
    "industry",
    "commerce",
    "affairs",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Party members named by their party word alone (`the Democrat said`,
/// `the Tory`): a person, never the party as a body.
pub const PARTY_MEMBER_NOUNS: &[&str] = &[
    "democrat",
    "republican",
    "tory",
    "conservative",
    "liberal",
    "socialist",
    "nationalist",
    "unionist",
    "independent",
];

/// Words that open the description of someone the article does not name
/// (`a senior commander`, `one juror`, `two sources familiar with`).
pub const ANONYMOUS_DETERMINERS: &[&str] = &[
    "a", "an", "one", "another", "two", "three", "several", "some",
];

/// Nouns for people an article does not name, besides the office,
/// profession and person lists (`a source close to`, `two people
/// familiar with`, `one Labour MP`).
pub const SOURCE_NOUNS: &[&str] = &[
    "source",
    "sources",
    "person",
    "people",
    "man",
    "men",
    "woman",
    "women",
    "mp",
    "mps",
    // A state legislator in India (`an independent MLA from Marathwada`).
    "mla",
    "mlas",
    // `one ally`, `a longtime Ravenell ally in the party`.
    "ally",
    "allies",
    "aides",
    "diplomats",
    "delegates",
    "envoys",
    "functionary",
    "insider",
    "insiders",
    "colleague",
    "colleagues",
    "friend",
    "friends",
    "neighbour",
    "neighbor",
    "parent",
    "relative",
    "witness",
    "witnesses",
    "official",
    "officials",
    "executive",
    "executives",
];

/// Documents that can carry words (`according to a transcript`, `the
/// filing said`): never a person, named or not.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "transcript",
    "filing",
    "ruling",
    "report",
    "document",
    "letter",
    "study",
    "paper",
    "survey",
    "email",
    "e-mail",
    "note",
    "motion",
    "memo",
    "decision",
    "judgment",
    "order",
    "complaint",
    "indictment",
    "release",
    "analysis",
    "opinion",
    "dissent",
    "concurrence",
    // An outlet's own opinion: `In an editorial, the Daily said ... the
    // editorial said`.
    "editorial",
];

/// People on the other side of someone (`his counterpart`, `her rival`):
/// they do not speak for that person's actor.
pub const COUNTERPART_NOUNS: &[&str] = &[
    "counterpart",
    "rival",
    "opponent",
    "challenger",
    "predecessor",
    "successor",
    "critic",
];

/// Titles of address that tell a man (`Father Velarde`, `Sheikh
/// Tamim`, `Mr Dorn`): the person they stand before is never `she`.
/// Not `Dr`, `Rabbi`, `Bishop` or `Rev.`, given to both.
pub const MALE_TITLES_OF_ADDRESS: &[&str] = &[
    "brother",
    "emir",
    "father",
    "fr",
    "imam",
    "king",
    "lord",
    "monsignor",
    "mr",
    "mister",
    "msgr",
    "pope",
    "prince",
    "sheikh",
    "sir",
];

/// Titles of address that tell a woman (`Sister Mary`, `Queen Rania`,
/// `Ms Reyes`): the person they stand before is never `he`.
pub const FEMALE_TITLES_OF_ADDRESS: &[&str] = &[
    "dame", "lady", "madam", "madame", "miss", "mme", "mrs", "ms", "princess", "queen", "sheikha",
    "sister",
];

/// Given names that, in the languages the articles come from, belong
/// almost only to women: `she` may mean `Fiona Reid`, `he` may not.
/// Names given to both (`Jean`, `Andrea`, `Kim`, `Alex`) are in neither
/// list. Both lists are sorted, lowercase, for a binary search.
pub const FEMALE_GIVEN_NAMES: &[&str] = &[
    "abby",
    "abigail",
    "achieng",
    "ada",
    "adaeze",
    "adele",
    "adriana",
    "agatha",
    "agnes",
    "agnieszka",
    "aiko",
    "aileen",
    "aimee",
    "aisha",
    "aissatou",
    "akiko",
    "akinyi",
    "alana",
    "alejandra",
    "alessandra",
    "alexandra",
    "alice",
    "alicia",
    "alina",
    "alisha",
    "alison",
    "allison",
    "alma",
    "amal",
    "amanda",
    "amara",
    "amelia",
    "amina",
    "aminata",
    "amira",
    "amy",
    "ana",
    "anabel",
    "anastasia",
    "anastasiya",
    "angela",
    "angelica",
    "angelika",
    "angelina",
    "anita",
    "anja",
    "anjali",
    "anke",
    "ann",
    "anna",
    "annabel",
    "anne",
    "annette",
    "annika",
    "antoinette",
    "antonia",
    "anuarite",
    "anya",
    "aoife",
    "araceli",
    "ariana",
    "arianna",
    "asha",
    "asma",
    "astrid",
    "aurora",
    "awa",
    "ayako",
    "ayesha",
    "ayse",
    "ayşe",
    "aïssatou",
    "barbara",
    "beatrice",
    "beatriz",
    "bernadette",
    "beth",
    "bethany",
    "betty",
    "beverly",
    "bianca",
    "birgit",
    "brenda",
    "bridget",
    "brigitte",
    "brittany",
    "brooke",
    "béatrice",
    "caitlin",
    "camila",
    "candace",
    "carina",
    "carla",
    "carmen",
    "carol",
    "carole",
    "carolina",
    "caroline",
    "cassandra",
    "catalina",
    "catherine",
    "cathy",
    "cecilia",
    "celia",
    "celine",
    "chantal",
    "charlene",
    "charlotte",
    "chelsea",
    "cheryl",
    "chiamaka",
    "chiara",
    "chloe",
    "christa",
    "christiane",
    "christina",
    "christine",
    "cindy",
    "claire",
    "clara",
    "clare",
    "clarisse",
    "claudette",
    "claudia",
    "colleen",
    "constance",
    "consuelo",
    "corinne",
    "courtney",
    "cristina",
    "cynthia",
    "dagmar",
    "daisy",
    "dalia",
    "daniela",
    "danielle",
    "daphne",
    "daria",
    "darla",
    "deborah",
    "debra",
    "deepa",
    "deepika",
    "deirdre",
    "delia",
    "delphine",
    "denise",
    "diana",
    "diane",
    "dina",
    "divya",
    "dolores",
    "donna",
    "doris",
    "dorothy",
    "edith",
    "eileen",
    "ekaterina",
    "elaine",
    "eleanor",
    "elena",
    "eleni",
    "elif",
    "elisabeth",
    "elise",
    "eliza",
    "elizabeth",
    "ella",
    "ellen",
    "ellie",
    "eloise",
    "elsa",
    "elsie",
    "elvira",
    "emiko",
    "emilia",
    "emily",
    "emine",
    "emma",
    "erica",
    "erika",
    "erin",
    "esperanza",
    "espérance",
    "estelle",
    "esther",
    "eugenia",
    "eunice",
    "eva",
    "evelyn",
    "ewa",
    "farah",
    "farida",
    "farzana",
    "fatima",
    "fatma",
    "fatou",
    "felicity",
    "fernanda",
    "fiona",
    "florence",
    "folake",
    "francesca",
    "francine",
    "francoise",
    "françoise",
    "freya",
    "funmilayo",
    "gabriela",
    "geeta",
    "gemma",
    "genevieve",
    "georgia",
    "geraldine",
    "gillian",
    "gina",
    "gisela",
    "giselle",
    "gita",
    "giulia",
    "gloria",
    "grace",
    "graciela",
    "greta",
    "griselda",
    "grâce",
    "gudrun",
    "gwen",
    "gwendolyn",
    "hala",
    "halyna",
    "hanako",
    "hanan",
    "hanna",
    "hannah",
    "harriet",
    "haruka",
    "hatice",
    "hayley",
    "heather",
    "heidi",
    "heike",
    "helen",
    "helena",
    "helga",
    "hiba",
    "hilary",
    "hiroko",
    "holly",
    "hortensia",
    "huda",
    "ida",
    "ilse",
    "imelda",
    "immaculee",
    "immaculée",
    "imogen",
    "ines",
    "ingrid",
    "inmaculada",
    "inês",
    "irene",
    "irina",
    "iris",
    "irma",
    "iryna",
    "isabel",
    "isabela",
    "isabella",
    "isabelle",
    "itzel",
    "ivana",
    "jacqueline",
    "jane",
    "janet",
    "janine",
    "jasmine",
    "jeanette",
    "jeanne",
    "jenna",
    "jennifer",
    "jenny",
    "jessica",
    "jill",
    "joan",
    "joanna",
    "joanne",
    "jocelyn",
    "josephine",
    "joséphine",
    "joyce",
    "juanita",
    "judith",
    "judy",
    "julia",
    "juliana",
    "julianne",
    "julie",
    "juliet",
    "justine",
    "kamala",
    "kaori",
    "karen",
    "karin",
    "karina",
    "katarzyna",
    "kate",
    "katelyn",
    "kateryna",
    "katharina",
    "katherine",
    "kathleen",
    "katie",
    "katrin",
    "katrina",
    "kavita",
    "kayla",
    "keiko",
    "khadija",
    "kimberly",
    "kirsten",
    "kristen",
    "kristin",
    "kristina",
    "ksenia",
    "kumiko",
    "lakshmi",
    "lara",
    "larissa",
    "lata",
    "laura",
    "lauren",
    "layla",
    "leah",
    "leila",
    "lena",
    "leonie",
    "lesley",
    "leticia",
    "liliana",
    "lillian",
    "lily",
    "lina",
    "linda",
    "lindiwe",
    "lindsay",
    "lindsey",
    "lisa",
    "lois",
    "lorena",
    "lorna",
    "lorraine",
    "louise",
    "lubna",
    "lucia",
    "lucinda",
    "lucy",
    "lucía",
    "ludmila",
    "luisa",
    "luísa",
    "lydia",
    "lyudmila",
    "mabel",
    "madeleine",
    "madeline",
    "madison",
    "magdalena",
    "maggie",
    "maha",
    "maja",
    "malgorzata",
    "mallory",
    "mandy",
    "manon",
    "marcela",
    "marcia",
    "margaret",
    "margarita",
    "margot",
    "maria",
    "mariam",
    "mariama",
    "mariana",
    "marianne",
    "maribel",
    "maricarmen",
    "maricela",
    "marie",
    "mariko",
    "marilyn",
    "marina",
    "marion",
    "marisa",
    "marisela",
    "marisol",
    "mariya",
    "marjorie",
    "marlene",
    "marta",
    "martha",
    "martina",
    "mary",
    "maryam",
    "maura",
    "maureen",
    "maxine",
    "meena",
    "meera",
    "megan",
    "melanie",
    "melinda",
    "melissa",
    "mercedes",
    "meredith",
    "merve",
    "mia",
    "michelle",
    "michiko",
    "milagros",
    "miriam",
    "moira",
    "molly",
    "mona",
    "monica",
    "monika",
    "monique",
    "mónica",
    "nadia",
    "nadine",
    "nancy",
    "nandini",
    "naoko",
    "naomi",
    "natalia",
    "natalie",
    "nataliya",
    "natasha",
    "nathalie",
    "nayeli",
    "neha",
    "ngozi",
    "nicole",
    "nina",
    "nisha",
    "njeri",
    "noemi",
    "noemí",
    "nokuthula",
    "nomvula",
    "nora",
    "noriko",
    "norma",
    "noura",
    "octavia",
    "odette",
    "odile",
    "ofelia",
    "oksana",
    "olena",
    "olga",
    "olha",
    "olivia",
    "ozlem",
    "pallavi",
    "paloma",
    "pamela",
    "paola",
    "pascaline",
    "patricia",
    "paula",
    "pauline",
    "peggy",
    "penelope",
    "petra",
    "philippa",
    "phoebe",
    "pilar",
    "pooja",
    "preeti",
    "priscilla",
    "priya",
    "priyanka",
    "rachel",
    "radhika",
    "rana",
    "rani",
    "rania",
    "rasha",
    "rashida",
    "rebecca",
    "reem",
    "regina",
    "rekha",
    "renata",
    "renee",
    "reyna",
    "rhonda",
    "rita",
    "roberta",
    "rochelle",
    "rocio",
    "rocío",
    "rosa",
    "rosalba",
    "rosalie",
    "rosalind",
    "rosemary",
    "roxanne",
    "ruby",
    "ruth",
    "régine",
    "sabine",
    "sabrina",
    "sachiko",
    "sally",
    "salma",
    "samantha",
    "samira",
    "sandra",
    "sangeeta",
    "sapna",
    "sara",
    "sarah",
    "saskia",
    "sawsan",
    "seema",
    "selena",
    "selma",
    "serena",
    "sharon",
    "sheila",
    "shelley",
    "sherry",
    "shilpa",
    "shirin",
    "shirley",
    "shreya",
    "silke",
    "silvia",
    "siobhan",
    "sneha",
    "sofia",
    "solange",
    "sonia",
    "sonja",
    "sophie",
    "stella",
    "stephanie",
    "suha",
    "sunita",
    "susan",
    "susanne",
    "suzanne",
    "svetlana",
    "svitlana",
    "swati",
    "sybil",
    "sylvia",
    "tamara",
    "tamsin",
    "tanya",
    "tara",
    "tatiana",
    "teresa",
    "tessa",
    "tetiana",
    "thandiwe",
    "thea",
    "theresa",
    "tiffany",
    "tina",
    "tomoko",
    "ulrike",
    "uma",
    "ursula",
    "usha",
    "valentina",
    "valeria",
    "valerie",
    "vandana",
    "vanessa",
    "vera",
    "veronica",
    "verónica",
    "vicki",
    "victoria",
    "viola",
    "violet",
    "virginia",
    "vivian",
    "wafa",
    "wambui",
    "wanda",
    "wanjiru",
    "wendy",
    "ximena",
    "xiomara",
    "yadira",
    "yasmin",
    "yekaterina",
    "yesenia",
    "yetunde",
    "yoko",
    "yolanda",
    "yuko",
    "yulia",
    "yuliia",
    "yumiko",
    "yvonne",
    "zainab",
    "zanele",
    "zara",
    "zeina",
    "zeynep",
    "zoe",
    "zofia",
    "zulema",
    "zuzana",
];

/// Given names that belong almost only to men: `he` may mean `Karl
/// Lind`, `she` may not.
pub const MALE_GIVEN_NAMES: &[&str] = &[
    "aaron",
    "abdelaziz",
    "abdoulaye",
    "abdul",
    "abdullah",
    "abdulrahman",
    "abraham",
    "abubakar",
    "adam",
    "adebayo",
    "adolfo",
    "adrian",
    "afonso",
    "agustin",
    "agustín",
    "ahmad",
    "ahmed",
    "ahmet",
    "akira",
    "alan",
    "albert",
    "alberto",
    "alejandro",
    "aleksandr",
    "alessandro",
    "alessio",
    "alexander",
    "alexandre",
    "alexei",
    "alexey",
    "alfonso",
    "alfred",
    "alfredo",
    "ali",
    "alistair",
    "aliyu",
    "alvaro",
    "amadou",
    "ambrose",
    "amir",
    "amit",
    "amitabh",
    "anand",
    "anatoly",
    "anders",
    "andre",
    "andreas",
    "andrei",
    "andrew",
    "andriy",
    "andré",
    "andrés",
    "angelo",
    "anil",
    "anthony",
    "antoine",
    "anton",
    "antonio",
    "anwar",
    "archie",
    "arjun",
    "armando",
    "arnold",
    "arthur",
    "arturo",
    "arun",
    "arvind",
    "ashish",
    "ashok",
    "augusto",
    "aurelio",
    "babajide",
    "barnaby",
    "barry",
    "ben",
    "benedict",
    "benito",
    "benjamin",
    "benoit",
    "benoît",
    "bernard",
    "bernardo",
    "bernd",
    "bilal",
    "bjorn",
    "björn",
    "bob",
    "bogdan",
    "bohdan",
    "bongani",
    "boris",
    "boubacar",
    "bradley",
    "brendan",
    "brett",
    "brian",
    "bruce",
    "bruno",
    "bryan",
    "byron",
    "caleb",
    "calvin",
    "camilo",
    "carl",
    "carlo",
    "carlos",
    "carsten",
    "cedric",
    "cesar",
    "chad",
    "charles",
    "christian",
    "christoph",
    "christophe",
    "christopher",
    "chukwuemeka",
    "clarence",
    "clement",
    "clifford",
    "colin",
    "connor",
    "conor",
    "cormac",
    "craig",
    "crispin",
    "cristóbal",
    "curtis",
    "cyril",
    "césar",
    "dale",
    "damian",
    "damien",
    "dan",
    "daniel",
    "darius",
    "dariusz",
    "darnell",
    "darren",
    "darryl",
    "dave",
    "david",
    "declan",
    "deepak",
    "dennis",
    "deogratias",
    "derek",
    "dermot",
    "desmond",
    "didier",
    "diego",
    "dieter",
    "dimitri",
    "dirk",
    "dmitri",
    "dmitry",
    "dmytro",
    "domingo",
    "dominic",
    "donald",
    "doug",
    "douglas",
    "duarte",
    "duncan",
    "dwayne",
    "dylan",
    "déogratias",
    "eamon",
    "eduardo",
    "edward",
    "edwin",
    "elijah",
    "elliot",
    "emeka",
    "emil",
    "emiliano",
    "emilio",
    "emmanuel",
    "emre",
    "enrique",
    "enzo",
    "eric",
    "erik",
    "ernest",
    "ernesto",
    "esteban",
    "ethan",
    "etienne",
    "eugene",
    "evan",
    "evaristo",
    "evgeny",
    "fabian",
    "fabio",
    "fahad",
    "faisal",
    "farid",
    "federico",
    "felipe",
    "felix",
    "fergus",
    "fernando",
    "fidel",
    "florian",
    "floyd",
    "francis",
    "francisco",
    "franco",
    "frank",
    "françois",
    "frederick",
    "frederik",
    "friedrich",
    "fyodor",
    "gabriel",
    "gareth",
    "gary",
    "gaurav",
    "gautam",
    "gavin",
    "genaro",
    "gennady",
    "geoffrey",
    "george",
    "gerald",
    "gerard",
    "gerardo",
    "gerhard",
    "giacomo",
    "gianluca",
    "gilbert",
    "gilberto",
    "giovanni",
    "giuseppe",
    "glenn",
    "godfrey",
    "gonzalo",
    "gonçalo",
    "gordon",
    "graham",
    "grant",
    "greg",
    "gregory",
    "guido",
    "guillaume",
    "gunnar",
    "gustavo",
    "gérard",
    "günter",
    "hakan",
    "hamad",
    "hamid",
    "hamisi",
    "hamza",
    "hans",
    "harish",
    "harold",
    "harry",
    "harvey",
    "hassan",
    "hector",
    "heinrich",
    "heinz",
    "helmut",
    "henrik",
    "henry",
    "herbert",
    "heriberto",
    "herman",
    "hernán",
    "hicham",
    "hiroshi",
    "horacio",
    "horst",
    "howard",
    "hugh",
    "hugo",
    "humberto",
    "hussein",
    "ian",
    "ibrahim",
    "ibrahima",
    "ichiro",
    "ignacio",
    "igor",
    "imran",
    "innocent",
    "isaac",
    "ismail",
    "ivan",
    "ivo",
    "jabulani",
    "jacinto",
    "jack",
    "jacob",
    "jacques",
    "jaime",
    "jairo",
    "jake",
    "jamal",
    "james",
    "jamil",
    "jared",
    "jason",
    "jassim",
    "javier",
    "jeff",
    "jeffrey",
    "jeremy",
    "jerome",
    "jerzy",
    "jesse",
    "jesús",
    "jim",
    "jimmy",
    "joachim",
    "joaquim",
    "joaquin",
    "joaquín",
    "joe",
    "joel",
    "johann",
    "johannes",
    "john",
    "jonas",
    "jonathan",
    "jorge",
    "jose",
    "joseph",
    "josh",
    "joshua",
    "josé",
    "joão",
    "juan",
    "julian",
    "julio",
    "juma",
    "justin",
    "jörg",
    "jürgen",
    "kamal",
    "kapil",
    "karan",
    "karim",
    "karl",
    "keith",
    "kemal",
    "kenji",
    "kenneth",
    "kevin",
    "khaled",
    "khalid",
    "khalil",
    "kirk",
    "klaus",
    "kofi",
    "kojo",
    "konstantin",
    "krzysztof",
    "kurt",
    "kwabena",
    "kwaku",
    "kwame",
    "larry",
    "lars",
    "laurent",
    "lawrence",
    "leandro",
    "leo",
    "leon",
    "leonard",
    "leonardo",
    "leonid",
    "lewis",
    "liam",
    "lionel",
    "lisandro",
    "lorenzo",
    "louis",
    "lucas",
    "ludwig",
    "luigi",
    "luis",
    "luiz",
    "lukas",
    "luke",
    "lázaro",
    "mahmoud",
    "majid",
    "malcolm",
    "mamadou",
    "mandla",
    "manfred",
    "manish",
    "manoj",
    "mansour",
    "manuel",
    "marc",
    "marcel",
    "marcelo",
    "marco",
    "marcos",
    "marcus",
    "marek",
    "mariano",
    "mario",
    "marius",
    "mark",
    "markus",
    "martin",
    "martín",
    "marwan",
    "massimo",
    "mateo",
    "mathieu",
    "matteo",
    "matthew",
    "matthias",
    "maurice",
    "mauricio",
    "maxim",
    "maximilian",
    "maximiliano",
    "mehmet",
    "michael",
    "michel",
    "miguel",
    "mike",
    "mikhail",
    "milton",
    "miroslav",
    "mitchell",
    "mohamed",
    "mohammad",
    "mohammed",
    "moisés",
    "moses",
    "mounir",
    "moussa",
    "muhammad",
    "mukesh",
    "murat",
    "musa",
    "mustafa",
    "mykola",
    "nabil",
    "nasser",
    "nathan",
    "nathaniel",
    "naveen",
    "neil",
    "nelson",
    "niall",
    "nicholas",
    "nick",
    "nicolás",
    "nigel",
    "nikhil",
    "niklas",
    "nikolai",
    "nikolay",
    "nitin",
    "noah",
    "norman",
    "nuno",
    "néstor",
    "octavio",
    "olaf",
    "oleg",
    "oleksandr",
    "oleksiy",
    "oliver",
    "olivier",
    "olusegun",
    "omar",
    "osama",
    "oscar",
    "osvaldo",
    "otto",
    "ousmane",
    "owen",
    "pablo",
    "pankaj",
    "patrice",
    "patricio",
    "patrick",
    "paul",
    "paulo",
    "pavel",
    "pedro",
    "perry",
    "peter",
    "phil",
    "philip",
    "philippe",
    "phillip",
    "pierre",
    "pieter",
    "pietro",
    "piotr",
    "pradeep",
    "prakash",
    "prashant",
    "prosper",
    "pyotr",
    "rafael",
    "raffaele",
    "rahim",
    "rahul",
    "rainer",
    "rajesh",
    "rajiv",
    "rakesh",
    "ralph",
    "ramesh",
    "rami",
    "ramiro",
    "ramon",
    "randall",
    "randy",
    "rashid",
    "raul",
    "ravi",
    "raymond",
    "raúl",
    "reginald",
    "reinaldo",
    "reinhard",
    "renato",
    "reto",
    "reza",
    "ricardo",
    "richard",
    "rick",
    "rigoberto",
    "robert",
    "roberto",
    "rodney",
    "rodrigo",
    "rogelio",
    "roger",
    "rohit",
    "roland",
    "rolando",
    "roman",
    "ronald",
    "ross",
    "roy",
    "ruben",
    "rubén",
    "rudolf",
    "rui",
    "rupert",
    "ruslan",
    "russell",
    "ryan",
    "rémi",
    "sachin",
    "saeed",
    "saleh",
    "salman",
    "salvatore",
    "sami",
    "samir",
    "samuel",
    "sandeep",
    "sanjay",
    "sanjeev",
    "santiago",
    "satoshi",
    "saul",
    "saúl",
    "scott",
    "seamus",
    "sean",
    "sebastian",
    "selim",
    "seraphin",
    "sergei",
    "sergey",
    "sergio",
    "serhiy",
    "seth",
    "seydou",
    "shane",
    "shyam",
    "silvio",
    "simon",
    "sipho",
    "stanislav",
    "stanley",
    "stefan",
    "stefano",
    "stephen",
    "steven",
    "stuart",
    "sudhir",
    "sunil",
    "suresh",
    "sven",
    "sébastien",
    "séraphin",
    "takashi",
    "takeshi",
    "taras",
    "tarek",
    "tariq",
    "teodoro",
    "terence",
    "terrence",
    "thabo",
    "thaddeus",
    "themba",
    "theo",
    "theodore",
    "thierry",
    "thomas",
    "tiago",
    "timothy",
    "tobias",
    "todd",
    "tom",
    "tomasz",
    "tomás",
    "tony",
    "travis",
    "trevor",
    "troy",
    "tshepo",
    "tunde",
    "tyler",
    "ueli",
    "ulises",
    "ulrich",
    "umberto",
    "urs",
    "usman",
    "uwe",
    "vadim",
    "valentin",
    "varun",
    "vasco",
    "vasily",
    "vernon",
    "vicente",
    "victor",
    "vijay",
    "vikram",
    "viktor",
    "vincent",
    "vinod",
    "vitaly",
    "vittorio",
    "vivek",
    "vladimir",
    "volkan",
    "volodymyr",
    "vyacheslav",
    "waleed",
    "walid",
    "wallace",
    "walter",
    "warren",
    "wayne",
    "wendell",
    "werner",
    "wesley",
    "wilfredo",
    "wilhelm",
    "willem",
    "william",
    "wojciech",
    "wolfgang",
    "yaroslav",
    "yasser",
    "yaw",
    "yevgeny",
    "yevhen",
    "yousef",
    "youssef",
    "yuri",
    "yusuf",
    "yves",
    "zachary",
    "zbigniew",
    "ziad",
    "zoltan",
    "álvaro",
    "étienne",
];

/// Head nouns of a body's name beside [`ORGANISATION_WORDS`] and
/// [`BODY_HEAD_NOUNS`]: what the last word before a preposition of words
/// of two or more must be for `entities::names_actor_itself` to take them
/// for a body's name in another word order (`Coordination Headquarters`,
/// `U.S. Chamber`, `Royal College of Surgeons`), not a person's name
/// written inside a firm's (`Amoedo Carvalhais` of `Amoedo Carvalhais
/// Sports Management`).
pub const BODY_NAME_HEADS: &[&str] = &[
    "campaign",
    "chamber",
    "headquarters",
    "college",
    "legislature",
    "mission",
    "embassy",
    "caucus",
    "secretariat",
    "team",
    "club",
    "alliance",
    "bloc",
];

/// Nouns of a body's kind that may follow its name as a description
/// (`the Nor Ughi bloc`, `the Ittihad alliance`): no part of the name.
pub const BODY_KINDS_AFTER_A_NAME: &[&str] = &[
    "bloc",
    "alliance",
    "coalition",
    "party",
    "group",
    "movement",
    "faction",
];

/// Nouns that head a body's name besides `ORGANISATION_WORDS` (`the
/// trust said` after `Northgate Hospitals NHS Trust`), read only when
/// `the` and the noun alone stand for a body the article named.
pub const BODY_HEAD_NOUNS: &[&str] = &["trust", "tribunal", "board", "inquiry"];

/// Nouns for a person that, after `the` and any describing words (`the
/// Porirua builder`, `the veteran saffron leader`, `the central banker`),
/// stand for someone the article named, as professions do.
pub const PERSON_NOUNS: &[&str] = &[
    "leader",
    "builder",
    "banker",
    "homeowner",
    "resident",
    "teacher",
    "nurse",
    "doctor",
    "student",
    "owner",
    "founder",
    "executive",
    "entrepreneur",
    "investor",
    "architect",
    "engineer",
    "writer",
    "novelist",
    "director",
    "actor",
    "actress",
    "singer",
    "player",
    "athlete",
    "runner",
    "politician",
    "candidate",
    "incumbent",
    "challenger",
    "mother",
    "father",
    "widow",
    "survivor",
    // A party's hired hand and a platform's user, who speak unnamed
    // (`One Brooklyn Democratic operative`, `A 17-year-old app user in
    // San Antonio`).
    "operative",
    "user",
];

/// Nouns for a person by kin or calling (`the uncle said`, `the expert
/// said`): after `the`, the one the paragraph just named, and only them.
pub const KIN_AND_CALLING_NOUNS: &[&str] = &[
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "grandmother",
    "grandfather",
    "expert",
    "sheriff",
];

/// Nouns for words someone said, after a quote written as a possessor's
/// (`the governor's “nothing is pre-set” remark`): the words are the
/// possessor's, not the sentence subject's.
pub const REMARK_NOUNS: &[&str] = &[
    "remark",
    "remarks",
    "comment",
    "comments",
    "words",
    "phrase",
    "description",
    "claim",
    "pledge",
    "promise",
    "warning",
    "line",
    "quip",
    "slogan",
    "jibe",
    "boast",
    "assertion",
    "assessment",
    "vow",
    "threat",
    "accusation",
    "admission",
    "mantra",
    "refrain",
];

/// Nouns naming what someone said as a whole, read in a label before a
/// colon or dash (`His answer: “...”`): the words said, never a topic
/// or a document (`His letter`, `Her text` may quote another).
pub const LABEL_SAYING_NOUNS: &[&str] = &[
    "answer",
    "reply",
    "response",
    "retort",
    "verdict",
    "prediction",
    "reaction",
    "advice",
    "line",
    "remark",
    "comment",
    "words",
    "message",
    "warning",
    "pledge",
    "promise",
    "vow",
    "assessment",
    "explanation",
    "speech",
    "statement",
];

/// Nouns of someone's say besides [`REMARK_NOUNS`], after a possessive
/// in a complement (`said Dorn's answer was “...”`): the quote may be the
/// owner's words.
pub const OWNED_SAYING_NOUNS: &[&str] = &[
    "answer",
    "reply",
    "response",
    "position",
    "view",
    "views",
    "argument",
    "account",
    "version",
    "call",
    "calls",
    "demand",
    "demands",
    "criticism",
    "language",
    "text",
    "wording",
    "terms",
    "question",
    "proposal",
    // What a law or ruling lays down in words (`the act's definition of
    // an account holder covers anyone who may “...”`).
    "definition",
    "definitions",
    "requirement",
    "requirements",
    "provision",
    "provisions",
    "clause",
    "finding",
    "findings",
];

/// Verbs of a finding or a ruling: with `that` inside a speech verb's
/// complement (`said its panel found that the delay had “...”`), the
/// words quoted after them may be the finding's, not the subject's.
pub const JUDGING_VERBS: &[&str] = &["found", "ruled", "determined"];

/// Verbs of leading a body, after `who`: `Garrett Lowry, who chairs the
/// Freedom Caucus,` speaks for the caucus. Present tense only: `who
/// chaired the talks` tells of an occasion, not a post.
pub const LEADING_VERBS: &[&str] = &["chairs", "co-chairs", "leads", "heads", "directs", "runs"];

/// Staff after `his` or `her`: `Her spokesman, Jo Marsh` speaks for the
/// person just named. Not `lawyer` or `wife`: they speak for themselves.
pub const STAFF_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "adviser",
    "advisor",
    "staff",
    "deputy",
    "co-leader",
    "secretary",
    "manager",
];

/// Records that carry words besides [`DOCUMENT_NOUNS`] and
/// [`STATEMENT_NOUNS`]: `the minutes showed`, `the communique said`.
pub const RECORD_NOUNS: &[&str] = &[
    "minutes",
    // An issued text of figures or notices: `In an estimate released
    // Friday, the CBO said ... the estimate said`, `the circular said`.
    // (Not `bulletin`: `on the evening bulletin:` is a broadcast.)
    "estimate",
    "circular",
    "communique",
    "communiqué",
    "readout",
    "advisory",
    "draft",
    "notice",
    "verdict",
    "declaration",
];

/// Verbs that make a document its author's: `Her office released a
/// statement`, `Judge Lind issued an order`, `the group filed a
/// complaint`.
pub const AUTHORING_VERBS: &[&str] = &[
    "issued",
    "issues",
    "released",
    "releases",
    "signed",
    "sent",
    "filed",
    "files",
    "published",
    "posted",
    "wrote",
    "drafted",
    "delivered",
    "circulated",
    "submitted",
    "authored",
    "put",
];

/// What a person's own body is called when it speaks as written: `her
/// office said` (`Reyes's office`), `the Lind campaign said`, `Prime
/// Minister Vell's government said`.
pub const PERSONAL_BODY_NOUNS: &[&str] = &["office", "campaign", "government"];

/// Words between `put it` and the quote that keep it a speech frame: `put
/// it more bluntly:`, `put it this way:`, `As Lind put it,`.
pub const PUT_IT_WORDS: &[&str] = &[
    "more",
    "most",
    "less",
    "this",
    "that",
    "way",
    "simply",
    "best",
    "differently",
    "another",
    "so",
    "succinctly",
    "plainly",
    "starkly",
    "bluntly",
    "mildly",
    "gently",
];

/// Words that open a question or a clause and so are never the first
/// word of a name, even capitalised at a sentence start (`What Eberly
/// said:`, `In London, ...`).
pub const CLAUSE_OPENING_WORDS: &[&str] = &[
    "what", "when", "why", "how", "where", "who", "whom", "whose", "which", "while", "if", "as",
    "but", "and", "then", "yet", "although", "though", "because", "since", "after", "before", "in",
    "at", "for", "from", "with", "by", "of", "to", "unlike",
];

/// Head nouns of names that are places, features or documents, never a
/// person (`Second Thomas Shoal`, `Mutual Defense Treaty`): a capitalised
/// run that ends in one is a person only when it opens with a given name
/// or a title (`Ann Bay`). Words that are common surnames (`Bridge`,
/// `Church`, `Field`, `Hill`, `Street`) are left out, and so are places
/// that speak as bodies (`Buckingham Palace`, `Heathrow Airport`, `Halifax
/// Regional Municipality`, `Al-Shifa Hospital`, `Solomon Islands`).
pub const THING_HEAD_NOUNS: &[&str] = &[
    "shoal",
    "shoals",
    "reef",
    "reefs",
    "atoll",
    "isle",
    "strait",
    "straits",
    "sea",
    "gulf",
    "bay",
    "ocean",
    "peninsula",
    "river",
    "valley",
    "desert",
    "square",
    "avenue",
    "boulevard",
    "highway",
    "corridor",
    "checkpoint",
    "airbase",
    "harbour",
    "harbor",
    "city",
    "town",
    "village",
    "county",
    "province",
    "district",
    "camp",
    "airport",
    "palace",
    "stadium",
    "cathedral",
    "mosque",
    "treaty",
    "accord",
    "accords",
    "agreement",
    "pact",
    "protocol",
    "charter",
    "declaration",
    "doctrine",
    "resolution",
    "act",
    "memorandum",
    "communique",
    "award",
    // Events: a day, a gathering or a contest is no one who speaks
    // (`Independence Day`, `Pacific Islands Forum Leaders Meeting`,
    // `London Marathon`); a body that holds one has its own name.
    "day",
    "summit",
    "meeting",
    "games",
    "olympics",
    "marathon",
    "championship",
    "championships",
    "festival",
    // A measure or a list (`European Avalanche Danger Scale`).
    "scale",
    "index",
];

/// The heads of [`THING_HEAD_NOUNS`] that name a document: a document
/// by its name may be what a speech verb quotes (`the Doha Declaration
/// says`, `the Mutual Defense Treaty states`), as a place or an event may
/// not; it is still never what `he` or `she` means (round forty-seven).
pub const DOCUMENT_NAME_HEADS: &[&str] = &[
    "treaty",
    "accord",
    "accords",
    "agreement",
    "pact",
    "protocol",
    "charter",
    "declaration",
    "doctrine",
    "resolution",
    "act",
    "memorandum",
    "communique",
    "award",
];

/// Verbs of saying in the third person present that a heading closes
/// with (`What Bloomberg Economics Says`, `What the Data Tells Us`):
/// no name ends in one. Not `States` (`United States`) nor `Notes`,
/// which are nouns of names too.
pub const HEADING_SPEECH_VERBS: &[&str] = &["says", "tells", "writes", "thinks", "argues"];

/// Words a name of a thing opens with (round forty-seven): a weather
/// system (`Hurricane Marisol`, `Typhoon Haiyan`, `Tropical Storm Ana`,
/// `Storm Ciara`) or a military or police operation (`Operation
/// Sindoor`). A storm's name is often a given name (`Marisol`), so the
/// name after the word tells nothing of a person; a run that opens with
/// one is a thing, never what `he` or `she` means nor a speaker.
pub const THING_OPENERS: &[&str] = &[
    "hurricane",
    "typhoon",
    "cyclone",
    "tropical",
    "superstorm",
    "storm",
    "operation",
];

/// Nouns of a part of a document, or of one of a list of choices, that a
/// number, a numeral or a letter after them names (`Annexure D`,
/// `Article II`, `Section 13`, `Paragraph 8`, `Option C`): a thing quoted
/// or cited, never a person (round forty-seven). Only with the
/// identifier after them: `Article` alone is no name at all.
pub const DOCUMENT_PART_NOUNS: &[&str] = &[
    "annex",
    "annexure",
    "appendix",
    "article",
    "section",
    "paragraph",
    "clause",
    "schedule",
    "chapter",
    "exhibit",
    "option",
    "part",
    "rule",
    "title",
];

/// Nouns of a span of time a number counts (`Two days later`, `Three
/// weeks on`): with a number word before them they open a phrase of
/// time, never a name (round forty-seven).
pub const TIME_UNIT_NOUNS: &[&str] = &[
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "decade", "decades",
];

/// Prefixes of ship names (`BRP Teresa Magbanua`, `HMS Dauntless`): a
/// given name after one is the vessel's, not a person's.
pub const VESSEL_PREFIXES: &[&str] = &[
    "brp", "uss", "usns", "hms", "hmas", "hmcs", "hmnzs", "ins", "mv", "fb", "ml", "rv", "ss", "fv",
];

/// Titles of a member of a body, right before the name, and the actor
/// `kind:`s of that body: `Judge Ann Lowe` sits on the one court the
/// article names, `Councilmember Jo Lin` on its one council.
pub const MEMBER_TITLE_KINDS: &[(&str, &[&str])] = &[
    ("justice", &["court"]),
    ("judge", &["court"]),
    ("magistrate", &["court"]),
    ("councilmember", &["council"]),
    ("councilwoman", &["council"]),
    ("councilman", &["council"]),
    ("councillor", &["council"]),
    ("councilor", &["council"]),
    ("alderman", &["council"]),
    ("alderwoman", &["council"]),
];

/// Words that may stand before a member's title without naming another
/// body: `Chief Justice`, `U.S. District Judge`, `4th District
/// Councilwoman`. Any other capitalised word must be part of the body's
/// own names (`Richmond Councilman`), or it is another body's member
/// (`Superior Court Judge` is no federal judge).
pub const MEMBER_TITLE_RANKS: &[&str] = &[
    "chief",
    "senior",
    "presiding",
    "associate",
    "district",
    "circuit",
    "federal",
    "magistrate",
    "ward",
    "at-large",
    "city",
];

/// Bare titles too many bodies have for the article's actors to tell
/// whose office it is (`Secretary Jo Lin` may be a union's): an office
/// listed as `President of Atlantis` is not meant by `President` alone.
pub const TITLES_OF_MANY_BODIES: &[&str] = &[
    "president",
    "vice president",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "director",
    "secretary",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "head",
    "chief",
    "leader",
    "member",
    "ambassador",
    "envoy",
    "official",
    "chief executive",
];

/// Offices a state sends or appoints: with a nationality word before
/// them (`Venezuelan Deputy Foreign Minister`, `the Atlantean
/// ambassador`) they speak for that state, unlike `a Saudi delegate`.
pub const STATE_OFFICE_NOUNS: &[&str] =
    &["minister", "ambassador", "envoy", "consul", "vice-minister"];

/// Classes of nouns that may name one body (`bodies.rs`): `the ministry`
/// may stand for the `Department of Foreign Affairs` the article named,
/// `the panel` for a committee or a commission. Each entry is a noun
/// after `the` and the nouns of the names it may stand for. To add a
/// class, add an entry and a test in `bodies.rs`.
pub const BODY_NOUN_CLASSES: &[(&str, &[&str])] = &[
    ("ministry", &["ministry", "department"]),
    ("department", &["department", "ministry"]),
    ("panel", &["panel", "committee", "commission"]),
    ("embassy", &["embassy"]),
    ("consulate", &["consulate"]),
];

/// Words before a body's noun that tell nothing of which body it is (`the
/// bipartisan panel` is the committee the article named).
pub const NEUTRAL_BODY_ADJECTIVES: &[&str] = &["bipartisan", "cross-party", "independent"];

/// Plural nouns for office holders who speak as one group (`bodies.rs`):
/// `the ministers said` after `Atlantean foreign ministers endorsed`.
pub const GROUP_NOUNS: &[&str] = &["ministers", "delegations"];

/// Nouns for a kind of outlet that, before an outlet's name, are no part
/// of it (`state news agency SANA`, `nationalist tabloid Global Times`).
pub const MEDIA_KIND_NOUNS: &[&str] = &[
    "paper",
    "newspaper",
    "tabloid",
    "daily",
    "agency",
    "broadcaster",
    "channel",
    "network",
    "television",
    "tv",
    "outlet",
    "magazine",
    "website",
];

/// Classes of roles, for a descriptor that names a person by a broader
/// or another word than the article gave (`the diplomat` for an
/// ambassador, `the prelate` for a bishop, `the veteran MLA` for a
/// legislator). Each class noun stands for every member; a member stands
/// for the class noun too, never for another member (`the ambassador` is
/// no foreign minister). A member may be two words (`foreign minister`).
/// A new word: add it to every class it belongs to.
pub const ROLE_CLASSES: &[(&str, &[&str])] = &[
    (
        "diplomat",
        &[
            "ambassador",
            "envoy",
            "nuncio",
            "consul",
            "emissary",
            "foreign minister",
            "foreign secretary",
            "representative",
            "negotiator",
            "mediator",
            "attache",
            "chargé",
            // In a role as written: a Foreign Ministry spokeswoman, a
            // Foreign Office minister (never a role alone: see
            // NOT_ONE_PERSON_NOUNS).
            "foreign",
        ],
    ),
    (
        "lawmaker",
        &[
            "senator",
            "sen",
            "rep",
            "representative",
            "congressman",
            "congresswoman",
            "legislator",
            "mp",
            "mla",
            "mep",
            "deputy",
            "parliamentarian",
            "assemblyman",
            "assemblywoman",
            "councillor",
            "frontbencher",
            "backbencher",
        ],
    ),
    ("mla", &["legislator", "lawmaker"]),
    ("mp", &["legislator", "lawmaker"]),
    (
        "legislator",
        &[
            "senator",
            "sen",
            "rep",
            "congressman",
            "congresswoman",
            "mp",
            "mla",
            "mep",
            "parliamentarian",
            "lawmaker",
        ],
    ),
    (
        "politician",
        &[
            "senator",
            "congressman",
            "congresswoman",
            "legislator",
            "lawmaker",
            "mp",
            "mla",
            "mep",
            "frontbencher",
            "backbencher",
            "minister",
            "governor",
            "mayor",
        ],
    ),
    (
        "officer",
        &[
            "general",
            "colonel",
            "commander",
            "brigadier",
            "major",
            "captain",
            "lieutenant",
            "admiral",
            "commodore",
            "sergeant",
        ],
    ),
    (
        "commander",
        &["general", "colonel", "brigadier", "admiral", "commodore"],
    ),
    (
        "prelate",
        &[
            "bishop",
            "archbishop",
            "cardinal",
            "nuncio",
            "monsignor",
            "patriarch",
        ],
    ),
    (
        "cleric",
        &[
            "bishop",
            "archbishop",
            "cardinal",
            "nuncio",
            "monsignor",
            "patriarch",
            "imam",
            "priest",
            "rabbi",
            "pastor",
            "mufti",
            "ayatollah",
            "sheikh",
        ],
    ),
    (
        "official",
        &[
            "minister",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "secretary",
            "undersecretary",
            "commissioner",
            "director",
            "administrator",
            "registrar",
            "ombudsman",
            "ombudswoman",
        ],
    ),
    ("spokesperson", &["spokesman", "spokeswoman"]),
    (
        "minister",
        &["foreign minister", "foreign secretary", "secretary"],
    ),
    (
        "premier",
        &["prime minister", "first minister", "chief minister"],
    ),
    (
        "lawyer",
        &["attorney", "solicitor", "barrister", "advocate", "counsel"],
    ),
    (
        "researcher",
        &["scientist", "analyst", "academic", "professor", "economist"],
    ),
    ("host", &["anchor", "presenter", "broadcaster"]),
    // Round ten: the office synonyms `person_by_role` had in a table of
    // its own, and titles the development sets showed with no class.
    ("senator", &["sen"]),
    // Round fifteen: `Gov. Ann Lowe` is `the governor` after; `House
    // Speaker Jo Lin` (a title written before the name) `the speaker`.
    ("governor", &["gov"]),
    ("speaker", &["house speaker", "assembly speaker"]),
    ("congressman", &["rep", "representative"]),
    ("congresswoman", &["rep", "representative"]),
    // Kenya's `Interior Cabinet Secretary X` is `the CS` after.
    ("cs", &["cabinet secretary"]),
    // `Mgr` (Monseigneur) is how French-language news styles a bishop.
    ("bishop", &["mgr", "monseigneur"]),
    (
        "registrar",
        &[
            "registrar of voters",
            "county registrar",
            "election registrar",
        ],
    ),
    ("undersecretary", &["under secretary", "under-secretary"]),
    // Round twenty-three: `Maj Gen Jo Lin` is `the general` after, as
    // `Gov.` is the governor (a rank before `Gen` leaves only the pair).
    ("general", &["gen", "maj gen", "lt gen", "brig gen"]),
    (
        "editor",
        &["editor-in-chief", "managing editor", "executive editor"],
    ),
];

/// Nouns for a person of one sex, in a descriptor (`the spokeswoman`):
/// a descriptor of a woman never stands for a man named before, nor the
/// other way round.
pub const FEMALE_PERSON_NOUNS: &[&str] = &[
    "woman",
    "girl",
    "mother",
    "wife",
    "daughter",
    "sister",
    "aunt",
    "grandmother",
    "widow",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "assemblywoman",
    "councilwoman",
    "businesswoman",
    "ombudswoman",
    "actress",
    "queen",
    "princess",
];

/// See [`FEMALE_PERSON_NOUNS`].
pub const MALE_PERSON_NOUNS: &[&str] = &[
    "man",
    "boy",
    "father",
    "husband",
    "son",
    "brother",
    "uncle",
    "grandfather",
    "widower",
    "spokesman",
    "chairman",
    "congressman",
    "assemblyman",
    "councilman",
    "businessman",
    "king",
    "prince",
];

/// Nouns a descriptor may end in that stand for no one person: the
/// office words that also name a body or a group (`the ministry`, `the
/// army`, `the staff`), and parts of a longer title (`the prime`).
pub const NOT_ONE_PERSON_NOUNS: &[&str] = &[
    "ministry",
    "agency",
    "army",
    "military",
    "staff",
    "prime",
    "vice",
    "first",
    "state",
    "foreign",
    "defense",
    "defence",
    "officials",
    "commanders",
    "diplomats",
    "fighters",
    "militants",
    "member",
    "staffer",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "lord",
    "lady",
];

/// The party a one-letter US tag stands for (`(R-Okla.)`, `D-Ill.`) when
/// no actor is aliased with the letter itself: the names a party actor
/// goes by, tried in order.
pub const PARTY_TAG_LETTERS: &[(&str, &[&str])] = &[
    (
        "R",
        &["Republican", "Republicans", "GOP", "Republican Party"],
    ),
    (
        "D",
        &["Democratic", "Democrats", "Democrat", "Democratic Party"],
    ),
];

/// Capitalised titles of a party's member that a party's word may stand
/// before and still describe the person (`Democratic Sen. Ann Reyes`,
/// `Conservative MP Jo Vell`); any other capitalised word after it makes
/// the word part of another name (`Democratic Republic`).
pub const PARTY_MEMBER_TITLES: &[&str] = &[
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "mp",
    "mla",
    "mep",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "assemblyman",
    "assemblywoman",
    "del",
    "delegate",
    "candidate",
    "nominee",
    "lawmaker",
    "leader",
    "gov",
    "governor",
    "mayor",
];

/// People described by a party word who do not speak for the party: `a
/// Republican consultant`, `a Democratic voter`, `GOP strategist`. They
/// speak for themselves (or their clients) unless other words say more.
pub const PARTY_OUTSIDER_NOUNS: &[&str] = &[
    "consultant",
    "consultants",
    "operative",
    "operatives",
    "strategist",
    "strategists",
    "analyst",
    "analysts",
    "pollster",
    "pollsters",
    "voter",
    "voters",
    "donor",
    "donors",
    "supporter",
    "supporters",
    "resident",
    "residents",
    "commentator",
    "pundit",
];

/// People who speak on someone's behalf, before `for`, `to` or `of` and
/// the one they speak for (`A spokesperson for Kessler said`, `an aide to
/// Sen. Ann Reyes`): the words are the staff member's, not the principal's.
pub const SPEAKING_FOR_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "staffer",
    "staffers",
];
/// A candidate's lawyers: they speak for the candidate's campaign (`Reyes's
/// lawyer, Al Bee`), though not for any other principal's actor (a
/// defendant's lawyer speaks for the client, not for the client's party).
pub const COUNSEL_NOUNS: &[&str] = &["lawyer", "lawyers", "attorney", "attorneys", "counsel"];
/// Nouns of those who act for another, besides counsel, that after an
/// actor's possessive are a post held for it (`Pakistan's agent in the
/// proceedings`: a state's agent before an international court is its
/// appointed representative; `the union's barrister`). Read only after
/// an actor's possessive (`resolve::Reader::possessive_post`): alone
/// (`a Border Patrol agent`, `a barrister`) they name no one's side.
pub const POSSESSIVE_AGENT_NOUNS: &[&str] = &["agent", "barrister", "solicitor"];
/// Nouns that tell a woman is meant (`a woman behind him`, `one
/// grandmother`): `she` next is her, `he` is not.
pub const DESCRIBED_FEMALE_NOUNS: &[&str] = &[
    "woman",
    "mother",
    "wife",
    "daughter",
    "sister",
    "aunt",
    "niece",
    "grandmother",
    "granddaughter",
    "girl",
    "lady",
    "widow",
    "mom",
    "mum",
    "businesswoman",
    "congresswoman",
    "spokeswoman",
    "chairwoman",
    "councilwoman",
    "actress",
    "waitress",
    "nun",
];

/// Nouns that tell a man is meant (`a man who cured his ballot`).
pub const DESCRIBED_MALE_NOUNS: &[&str] = &[
    "man",
    "father",
    "husband",
    "son",
    "brother",
    "uncle",
    "nephew",
    "grandfather",
    "grandson",
    "boy",
    "gentleman",
    "widower",
    "dad",
    "businessman",
    "congressman",
    "spokesman",
    "chairman",
    "councilman",
    "priest",
    "monk",
];

/// Nouns ending like a noun for a person (`-er`, `-or`) that name a
/// thing: `a number of voters`, `a letter from the mayor`.
pub const NOT_PERSON_AGENT_NOUNS: &[&str] = &[
    "number", "letter", "paper", "order", "poster", "border", "corner", "quarter", "center",
    "centre", "chapter", "matter", "banner", "sticker", "flyer", "trailer", "monitor", "sector",
    "factor", "mirror", "corridor", "error", "tractor", "motor",
];

/// Words a sentence may open with to set the scene before its subject
/// (`Across the street, a woman ...`, `Later, one voter ...`).
pub const SCENE_OPENERS: &[&str] = &[
    "at",
    "across",
    "outside",
    "inside",
    "in",
    "on",
    "near",
    "nearby",
    "behind",
    "beside",
    "after",
    "before",
    "during",
    "later",
    "earlier",
    "back",
    "among",
    "along",
    "down",
    "up",
    "over",
    "meanwhile",
    "elsewhere",
    "further",
    "farther",
    "by",
];

/// Nouns for a body that say only that a body is meant, not which kind
/// (`bodies.rs`): `the agency said` after `UNICEF said ...` in the same
/// paragraph is UNICEF. Nouns of a class of their own (`the ministry`,
/// `the embassy`) are in [`BODY_NOUN_CLASSES`] instead.
pub const GENERIC_BODY_NOUNS: &[&str] = &[
    "agency",
    "organisation",
    "organization",
    "group",
    "company",
    "firm",
    "operator",
    "charity",
    "club",
    "mission",
    "body",
    "association",
    "federation",
    "foundation",
    "alliance",
    "coalition",
    "network",
];

/// Titles and roles a transcript's speaker label may put before the name
/// (`SEN. TAPLEY:`, `MODERATOR KENDALL PRICE-OWENS:`): left out, so the
/// label's name is matched against the people the article introduced.
pub const TRANSCRIPT_LABEL_TITLES: &[&str] = &[
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "vice",
    "secretary",
    "speaker",
    "leader",
    "mayor",
    "judge",
    "moderator",
    "host",
    "anchor",
    "correspondent",
    "chairman",
    "chairwoman",
    "chair",
    "ranking",
    "member",
    "administrator",
    "commissioner",
    "director",
    "attorney",
    "general",
    "justice",
    "chief",
];

/// Past tenses not in -ed that open a predicate coordinated with a speech
/// verb (`Reyes met the families and said`): with the -ed forms and the
/// speech verbs, what tells the frame reader that the sentence's subject
/// is the speaker's.
pub const IRREGULAR_PAST_VERBS: &[&str] = &[
    "met", "spoke", "took", "gave", "made", "sent", "went", "came", "held", "led", "won", "lost",
    "left", "began", "brought", "bought", "sought", "struck", "stood", "shook", "drew", "threw",
    "wrote", "read", "told", "saw", "put", "set", "hit", "cut", "ran", "paid", "kept",
];

/// Participles whose agent made the words that follow.
pub const MAKING_PARTICIPLES: &[&str] = &[
    "made",
    "written",
    "signed",
    "issued",
    "drafted",
    "authored",
    "penned",
    "delivered",
];

/// Participles that say what was done with a document someone else made:
/// their agent read, found or passed it on, and did not write it.
pub const HANDLING_PARTICIPLES: &[&str] = &[
    "read",
    "obtained",
    "seen",
    "reviewed",
    "leaked",
    "translated",
    "quoted",
    "cited",
    "shared",
    "circulated",
];

/// Titles and words that place a member in one body of a legislature,
/// and the word that body's actors are named with: `Rep. Al Bee` and
/// `House Budget Committee Chairman Al Bee` sit in the House, `Sen. Jo
/// Lin` in the Senate. A party's member then speaks for the party's actor
/// in that body where the package has one (`House Republicans`, whose
/// `parent:` is the party). Add a title with the (lowercase) word the
/// body's actor files use in their names.
pub const MEMBER_BODY_WORDS: &[(&str, &str)] = &[
    ("rep", "house"),
    ("reps", "house"),
    ("representative", "house"),
    ("representatives", "house"),
    ("congressman", "house"),
    ("congresswoman", "house"),
    ("congressmember", "house"),
    ("house", "house"),
    ("sen", "senate"),
    ("sens", "senate"),
    ("senator", "senate"),
    ("senators", "senate"),
    ("senate", "senate"),
    ("assemblyman", "assembly"),
    ("assemblywoman", "assembly"),
    ("assemblymember", "assembly"),
    ("assembly", "assembly"),
];

/// Abbreviated titles written before a name and the title the actor
/// files' `offices:` spell out: `Arizona Gov. Ann Lowe` holds the office
/// listed as `Arizona governor`.
/// Longer abbreviations come first: `Lt. Gov.` is no `Gov.`.
pub const ABBREVIATED_TITLES: &[(&str, &str)] = &[
    ("Lt. Gov.", "lieutenant governor"),
    ("Atty. Gen.", "attorney general"),
    ("Gov.", "governor"),
    ("Sec.", "secretary"),
    ("Supt.", "superintendent"),
];

/// A court's seats, which an actor file lists as the court's alias (`the
/// judge`) and as its judge's role after the court's name (`U.S. District
/// Judge`, `High Court judge`): not [`POSTS`], which other readers take
/// as a role's first word or a title before a name.
pub const BENCH_POSTS: &[&str] = &["judge", "magistrate"];

/// Words of rank that make the office after them another office
/// (`Lt. Gov. Jo Lin` is no governor, `Deputy Foreign Minister Jo Lin`
/// no minister): after one, a person's role is the words together.
pub const SUBORDINATE_RANK_WORDS: &[&str] =
    &["lt", "lieutenant", "deputy", "vice", "assistant", "under"];

/// Words that make the office after them an office of its own, which
/// the office's bare noun never means: `the minister` is never the prime
/// minister.
pub const OWN_OFFICE_QUALIFIERS: &[&str] = &["prime"];

/// Words by which a description points back to a group told before
/// (`one of them`, `one of those`).
pub const POINTING_BACK_WORDS: &[&str] = &["them", "those", "these", "us"];

/// Nouns that end a capitalised body's name besides `ORGANISATION_WORDS`
/// and `BODY_HEAD_NOUNS` (`American Constitutional Renewal Project`,
/// `Human Rights Watch`): before one, a nationality or party word is part
/// of the body's own name, not a word describing a person.
pub const BODY_NAME_END_NOUNS: &[&str] = &[
    "project",
    "initiative",
    "alliance",
    "society",
    "caucus",
    "bureau",
    "forum",
    "partnership",
    "collective",
    "conference",
    "guild",
    "watch",
    "institution",
];

/// Capitalised words that open a sentence without naming anyone, besides
/// the pronouns, clause openers and time words listed above: never a
/// lone name (`Officials, the spokesman among them, said`). See
/// `coref::lone_names`.
pub const LONE_NAME_REJECTS: &[&str] = &[
    "a",
    "all",
    "an",
    "another",
    "both",
    "critics",
    "each",
    "every",
    "here",
    "it",
    "its",
    "many",
    "most",
    "no",
    "officials",
    "one",
    "others",
    "police",
    "some",
    "that",
    "the",
    "there",
    "these",
    "this",
    "those",
    "witnesses",
    "yes",
];

/// Nouns for a person that no other list holds, in an apposition that
/// makes one word a name (`A volunteer from the Red Crescent, Mujtaba,
/// kneels`). See `coref::lone_names`.
pub const APPOSITION_PERSON_NOUNS: &[&str] = &[
    "carpenter",
    "classmate",
    "cousin",
    "driver",
    "evacuee",
    "fiancee",
    "fiancé",
    "fiancée",
    "fisherman",
    "granddaughter",
    "grandson",
    "herder",
    "laborer",
    "labourer",
    "mechanic",
    "migrant",
    "neighbor",
    "partner",
    "patient",
    "pensioner",
    "pupil",
    "refugee",
    "relative",
    "retiree",
    "shopkeeper",
    "student",
    "tailor",
    "trader",
    "vendor",
    "volunteer",
];

/// Nouns for one person by their work, station or age that the agent
/// endings of the person readers (`-er`, `-or`, `-ist`, `-ian`) miss and
/// no other list holds: the heads of unnamed sources (`a senior Iberia
/// pilot, who asked not to be named,`, `A medic at a clinic outside the
/// town said`, `a chair umpire working at the tournament`). A subject
/// headed by one is a person, so the source is described and `the medic`
/// or `he` after it points back at them. Words that are as often a
/// thing, an adjective or a group (`host`, `figure`, `local`,
/// `principal`, `guard`: `the old guard`, `a guard of honour`) are left
/// out, and so is `constituent`: the constituents a legislator tells of
/// are in their own words, and whoever labels them describes them
/// otherwise.
pub const UNNAMED_PERSON_NOUNS: &[&str] = &[
    "pilot",
    "copilot",
    "medic",
    "paramedic",
    "surgeon",
    "midwife",
    "umpire",
    "referee",
    "clerk",
    "delegate",
    "representative",
    "chef",
    "cook",
    "cashier",
    "janitor",
    "cadet",
    "recruit",
    "soldier",
    "rebel",
    "guerrilla",
    "insurgent",
    "militant",
    "cleric",
    "imam",
    "rabbi",
    "pastor",
    "shepherd",
    "pilgrim",
    "intern",
    "apprentice",
    "graduate",
    "citizen",
    "netizen",
    "tradie",
    "guy",
    "bloke",
    "employee",
    "detainee",
];

/// The word lists whose nouns each stand for one person (not a group, a
/// body or a document): what both readers of an unnamed source's head
/// noun (`attribute::names_a_person`, `unnamed::names_a_person`) accept
/// besides an agent ending.
pub const ONE_PERSON_NOUN_LISTS: &[&[&str]] = &[
    PERSON_NOUNS,
    PROFESSION_NOUNS,
    KIN_AND_CALLING_NOUNS,
    SOURCE_NOUNS,
    DESCRIBED_FEMALE_NOUNS,
    DESCRIBED_MALE_NOUNS,
    UNNAMED_PERSON_NOUNS,
    APPOSITION_PERSON_NOUNS,
];

/// Roles of someone's staff, who speak for the person they serve (their
/// principal: `Her spokeswoman`, `a spokesman for Sen. Ann Reyes`,
/// `Reyes's chief counsel`, `an aide to Reyes`; `attribute/principal.rs`).
/// An entry of several words is matched as a run, in any case. Counsel
/// alone is no staff (`a lawyer for Reyes` may be a defendant's): only a
/// counsel of an office (`chief counsel`, `general counsel`).
pub const PRINCIPAL_STAFF_ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "chief of staff",
    "aide",
    "adviser",
    "advisor",
    "counselor",
    "chief counsel",
    "general counsel",
    "legislative counsel",
    "communications director",
    "director of communications",
    "policy director",
    "legislative director",
    "campaign manager",
    "speechwriter",
    "scheduler",
    "staffer",
    "surrogate",
    "deputy",
];

/// Verbs of a relative clause by which a person serves another (`Jo Lin,
/// who advises Reyes,`): the served person is their principal.
pub const PRINCIPAL_SERVING_VERBS: &[&str] = &[
    "advises",
    "works for",
    "speaks for",
    "counsels",
    "writes speeches for",
];

/// Particles that make any past verb before them a verb of reply, and so
/// of speech: `shot back`, `fired back`, `hit back`. Add a particle that
/// turns a verb of action into one of answering.
pub const FRAME_PARTICLES: &[&str] = &["back"];

/// Forms of `be` that link the subject of a frame to how it spoke:
/// `the senator was blunt: “...”`, `the minister is categorical: “...”`.
pub const MANNER_COPULAS: &[&str] = &["was", "were", "is", "are"];

/// Words after a copula that make it say what the subject is or where
/// it stands, not how it spoke: `was a lawyer:`, `was his reply:`,
/// `was not available:`, `were there:`.
pub const NOT_MANNER_WORDS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those",
    "one", "not", "no", "there", "here", "also", "still", "being",
];

/// Verbs whose `that`-clause tells what the subject knew or found, not
/// what they said: `learned that the ad called her “...”` is no frame of
/// the subject's words. Only verbs in no speech list need to be here.
pub const NON_SPEECH_THAT_VERBS: &[&str] = &[
    "learned",
    "learnt",
    "heard",
    "read",
    "saw",
    "found",
    "noticed",
    "discovered",
    "realized",
    "realised",
    "knew",
    "forgot",
    "remembered",
    "showed",
    "proved",
    "ensured",
    "required",
    "meant",
];

/// Single words that label a quote in live blogs and digests without
/// naming anyone (`Quote: “...”`, `Update: “...”`): no surname, though
/// capitalised before a colon (`speaker::name_label`).
pub const NO_ONE_LABELS: &[&str] = &[
    "quote",
    "quotes",
    "question",
    "answer",
    "update",
    "note",
    "translation",
    "caption",
    "context",
    "background",
    "statement",
    "reaction",
    "verdict",
    "headline",
    "breaking",
    "excerpt",
    "transcript",
];

/// Nouns and verbs before a colon that introduce a label, a caption read
/// out or a list of words rather than what the subject said: `a sign
/// with the words: “...”`, `the ad reads: “...”`.
pub const LABEL_NOUNS: &[&str] = &[
    "words",
    "word",
    "slogan",
    "slogans",
    "headline",
    "headlines",
    "sign",
    "signs",
    "banner",
    "banners",
    "inscription",
    "reads",
    "read",
    "reading",
    "title",
    "titled",
    "entitled",
    "label",
    "labeled",
    "labelled",
    "tagline",
];

/// Words before a colon that bring in words someone else made or
/// something seen, not the subject's own turn: `read out a line from a
/// constituent:`, `showed reporters the caption:`, `recalled her
/// father's advice:`, `stood at the gate:`.
pub const THINGS_SHOWN_OR_CITED: &[&str] = &[
    "stood",
    "stands",
    "sat",
    "sits",
    "looked",
    "looks",
    "watched",
    "watches",
    "saw",
    "sees",
    "gazed",
    "pointed",
    "points",
    "from",
    "by",
    "quoted",
    "quoting",
    "cited",
    "citing",
    "showed",
    "shows",
    "showing",
    "recalled",
    "recalls",
    "recalling",
    "caption",
    "captioned",
    "placard",
    "placards",
    "aloud",
    "translated",
    "translates",
];

/// Words that bring in words someone else made or something seen (a
/// document, a record, a label, a rendering, a thing shown or cited): a
/// sentence holding one may be whose words the next quote is, so it
/// gives no one the turn.
pub const OTHERS_WORDS_NOUN_LISTS: &[&[&str]] = &[
    DOCUMENT_NOUNS,
    RECORD_NOUNS,
    LABEL_NOUNS,
    RENDERING_NOUNS,
    THINGS_SHOWN_OR_CITED,
];

/// Irregular past forms that no other list holds and that lead into
/// speech with a particle (`shot back`, `spat back`): read by their form
/// as verbs, like any word in -ed.
pub const FRAME_PAST_VERBS: &[&str] = &["shot", "spat", "fought", "swung", "bit", "snapped"];

/// Nouns of a rendering of someone's words into other words: after
/// `according to`, their maker (`a translation by Jo Lin`) did not speak
/// the quote.
pub const RENDERING_NOUNS: &[&str] = &[
    "translation",
    "translations",
    "translator",
    "interpreter",
    "interpretation",
    "transcript",
    "transcription",
    "subtitles",
];

/// Nouns for where a person stands in a race, not an office: after a
/// party word (`the Republican front-runner`, `the Democratic nominee`)
/// they stand for the one person of that party the article is about.
pub const CANDIDACY_NOUNS: &[&str] = &[
    "front-runner",
    "frontrunner",
    "nominee",
    "candidate",
    "hopeful",
    "challenger",
    "incumbent",
    "contender",
];

/// Words that make a frame's subject stretch a group that one member
/// of is named in (`the mayors, including Ivo Tovey,`): no one speaker.
/// See `subject_form::head`.
pub const SUBJECT_FORM_GROUP_WORDS: &[&str] = &["including", "among", "both"];

/// The AP's abbreviations of US states written as one word (`Pike
/// County, Ala.`): a capitalised word after a place, never a lone name.
/// See `subject_form::head`.
pub const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ill", "Ind", "Kan", "Mass",
    "Mich", "Minn", "Miss", "Mont", "Neb", "Nev", "Okla", "Ore", "Tenn", "Wash", "Wis", "Wyo",
];

/// The US states: the name (lowercase), its AP abbreviation and its
/// postal code, as a party tag writes them (`R-Okla.`, `D-Ariz.`,
/// `R-Oklahoma`, `D-NY`). What a person's place is next to their name
/// (`Sen. Ann Reyes, R-Okla.,`, `of Oklahoma`) and what a descriptor
/// says of it (`the Oklahoma Republican`). See `descriptor.rs`.
pub const US_STATES: &[(&str, &str, &str)] = &[
    ("alabama", "ala", "al"),
    ("alaska", "alaska", "ak"),
    ("arizona", "ariz", "az"),
    ("arkansas", "ark", "ar"),
    ("california", "calif", "ca"),
    ("colorado", "colo", "co"),
    ("connecticut", "conn", "ct"),
    ("delaware", "del", "de"),
    ("florida", "fla", "fl"),
    ("georgia", "ga", "ga"),
    ("hawaii", "hawaii", "hi"),
    ("idaho", "idaho", "id"),
    ("illinois", "ill", "il"),
    ("indiana", "ind", "in"),
    ("iowa", "iowa", "ia"),
    ("kansas", "kan", "ks"),
    ("kentucky", "ky", "ky"),
    ("louisiana", "la", "la"),
    ("maine", "maine", "me"),
    ("maryland", "md", "md"),
    ("massachusetts", "mass", "ma"),
    ("michigan", "mich", "mi"),
    ("minnesota", "minn", "mn"),
    ("mississippi", "miss", "ms"),
    ("missouri", "mo", "mo"),
    ("montana", "mont", "mt"),
    ("nebraska", "neb", "ne"),
    ("nevada", "nev", "nv"),
    ("new hampshire", "nh", "nh"),
    ("new jersey", "nj", "nj"),
    ("new mexico", "nm", "nm"),
    ("new york", "ny", "ny"),
    ("north carolina", "nc", "nc"),
    ("north dakota", "nd", "nd"),
    ("ohio", "ohio", "oh"),
    ("oklahoma", "okla", "ok"),
    ("oregon", "ore", "or"),
    ("pennsylvania", "pa", "pa"),
    ("rhode island", "ri", "ri"),
    ("south carolina", "sc", "sc"),
    ("south dakota", "sd", "sd"),
    ("tennessee", "tenn", "tn"),
    ("texas", "texas", "tx"),
    ("utah", "utah", "ut"),
    ("vermont", "vt", "vt"),
    ("virginia", "va", "va"),
    ("washington", "wash", "wa"),
    ("west virginia", "wva", "wv"),
    ("wisconsin", "wis", "wi"),
    ("wyoming", "wyo", "wy"),
];

/// Nouns that, after an actor's name in the title slot (`Kremlin critic
/// Ana Vell`, `City fan Jo Lin`), say how a person stands toward the actor
/// rather than that they belong to it: no affiliation. See
/// `resolve::title_slot_actor`.
pub const OUTSIDER_ROLE_NOUNS: &[&str] = &[
    "fan",
    "supporter",
    "critic",
    "opponent",
    "rival",
    "ally",
    "voter",
    "customer",
    "client",
    "patient",
    "passenger",
    "shareholder",
    "investor",
    "watcher",
    "observer",
    "biographer",
    "expert",
    "veteran",
    "alumnus",
    "alumna",
    "resident",
    "native",
];

/// Words that end a title slot's role words (`AMCU organiser and
/// activist`, `City captain who`): what follows is no longer the role the
/// actor's name heads. See `resolve::title_slot_actor`.
pub const TITLE_SLOT_BREAKS: &[&str] = &[
    "and", "or", "but", "who", "whom", "whose", "which", "that", "with", "without", "against",
    "to", "than", "like", "former", "ex", "once", "then", "turned",
];

/// Kinds of actor whose bare name before a role is a place, not a body
/// the person belongs to (`Australia captain`, `Boston resident`,
/// `Ohio farmer`): the title slot gives them no affiliation unless the
/// role is an office (see `OFFICE_WORDS`) or the name is a possessive.
pub const PLACE_KIND_WORDS: &[&str] = &["state", "government", "city", "country", "province"];
/// Verbs that carry another clause's words about someone: a name after
/// one of them, with a subject before it, stands in what that subject
/// said (`A leadership aide said Dorn wanted a vote`, `She criticized
/// Dorn for`), not as the speaker. `quoted` and `asked` are left out:
/// the person after them is who speaks (`quoted Dorn as saying`). See
/// `agreement::named_in_a_complement`.
pub const COMPLEMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "accused",
    "criticized",
    "criticised",
    "named",
    "urged",
    "warned",
    "wrote",
    "noted",
    "called",
    "stated",
    "announced",
    "affirmed",
    "insisted",
    "thanked",
    "praised",
    "blamed",
    "briefed",
    "congratulated",
    "condemned",
    "welcomed",
];

/// Emphatic reflexives that may follow a subject (`Mr. Voskanyan
/// himself said`): they stress who spoke and name no one else.
pub const EMPHATIC_REFLEXIVES: &[&str] = &["himself", "herself", "themselves", "itself"];

/// Words that count people, never a body's name (`one` is left out:
/// `One Nation` is a party).
pub const COUNTING_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "dozen", "dozens",
    "several", "some", "many", "most",
];

/// Honours and ranks written after a name (`Rebecca Hartigan SC`,
/// `Ann Lee, OBE`). Office letters such as `MP` are left out: `a Labor
/// MP` ends with them and is no name.
pub const POST_NOMINAL_LETTERS: &[&str] = &[
    "SC", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "DBE", "OAM", "FRS",
];

/// Words that tie an unnamed source to a body: `a member of`, `a
/// spokesperson for`, `an official at`, `a source in`, `a lawyer with`.
pub const BODY_LINKS: &[&str] = &["of", "for", "at", "in", "with"];

/// Words before `to` that tie a source to a body: `close to`, `an
/// adviser to`, `an aide to`.
pub const CLOSE_TO_WORDS: &[&str] = &["close", "adviser", "advisor", "aide"];

/// Words before `with`, `of` or `in` that tie a source to what they know
/// or take part in, not to a body: `familiar with`, `briefed on`.
pub const KNOWING_WORDS: &[&str] = &["familiar", "involved", "knowledgeable", "aware", "briefed"];

/// Lowercase words a body's own name may hold between its capitalised
/// words (`Office of Management and Budget`, `Organization for Security
/// and Co-operation in Europe`).
pub const BODY_NAME_LINKS: &[&str] = &["of", "for", "on", "in", "and", "the"];

/// First words of a sentence whose subject is the reporter's side (`We`,
/// `Reporters`, `Our colleague`, `This reporter`).
pub const REPORTER_SIDE_OPENERS: &[&str] = &["we", "i", "reporters", "our", "my", "this"];

/// Verbs by which the reporter meets the person the next quotes are
/// from (`We asked Kilgallen`, `Our colleagues spoke to Rahila Kerimli`).
pub const REPORTER_MEETING_VERBS: &[&str] = &[
    "asked",
    "reached",
    "interviewed",
    "visited",
    "met",
    "spoke",
    "talked",
];

/// Words of a time phrase between a document's noun and `from`.
pub const TIME_WORDS_BEFORE_ISSUER: &[&str] = &[
    // `I have a letter here from the union`: where the speaker holds it.
    "here",
    "this",
    "last",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "morning",
    "earlier",
];

/// Head nouns of a definite description (`the Prime Minister said`) that
/// the posts, professions and person nouns leave out but that name one
/// person's post (`the Riverline CEO said`): see `definite.rs`.
pub const DEFINITE_EXTRA_HEADS: &[&str] = &["ceo", "nuncio", "bishop"];

/// Post nouns that many people of one body hold at once (`the official`,
/// `the lawmaker`): a definite description with one of them points back
/// to someone the article described, never to the one holder the
/// package knows (`definite.rs`).
pub const MANY_HOLDER_HEADS: &[&str] = &[
    "member",
    "official",
    "officer",
    "fighter",
    "militant",
    "diplomat",
    "delegate",
    "staffer",
    "surrogate",
    "strategist",
    "lawmaker",
    "legislator",
    "agent",
    "resident",
];

/// Words of a post that make it another post than its bare head (`Prime
/// Minister`, `Deputy Director`, `Chief Executive`, `Press Secretary`):
/// a description must write them to mean its holder (`the minister` is
/// no prime minister).
pub const POST_RANK_WORDS: &[&str] = &[
    "prime",
    "deputy",
    "vice",
    "first",
    "assistant",
    "former",
    "acting",
    "associate",
    "junior",
    "under",
    "shadow",
    "second",
    "chief",
    "press",
];

/// Words before `the` in a description that make it another person's
/// (`no relation to the MP`, `not to be confused with the VVD leader`).
pub const NAME_CLASH_WORDS: &[&str] = &["relation", "related", "confused", "not"];

/// Words that close a time adverbial opening a sentence before its
/// subject (`Two weeks ago the gentleman from Lancaster told`, `Hours
/// later, the head of the board said`, `At NATO today the Secretary
/// General said`, `Last Thursday the prime minister said`): the
/// adverbial says when, and is no part of who spoke.
pub const OPENING_TIME_ENDS: &[&str] = &[
    "ago",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
];

/// Words that open a sentence's time adverbial of their own (`Last
/// Thursday`, `This morning`, `Hours later`, `Moments earlier`): with a
/// word of `OPENING_TIME_ENDS` or a weekday after them, the piece is a
/// time and names no one.
pub const OPENING_TIME_STARTS: &[&str] = &[
    "last", "this", "next", "earlier", "later", "hours", "days", "weeks", "months", "years",
    "minutes", "moments", "shortly", "soon", "only", "just",
];

/// Nouns of a form of address after `your` (`Your Lordship published`,
/// `Your Honour said`): the person spoken to, named by no word of the
/// phrase.
pub const ADDRESS_FORM_NOUNS: &[&str] = &[
    "lordship",
    "ladyship",
    "honour",
    "honor",
    "excellency",
    "majesty",
    "highness",
    "grace",
    "worship",
    "eminence",
    "holiness",
];

/// Discourse openers written before a sentence's subject (`Recall that
/// the ministry said`, `It should be noted that the president stated`):
/// the reporter addressing the reader, no part of the subject.
pub const SUBJECT_OPENERS: &[&[&str]] = &[
    &["recall", "that"],
    &["remember", "that"],
    &["note", "that"],
    &["notably"],
    &["it", "should", "be", "noted", "that"],
    &["it", "should", "be", "recalled", "that"],
    &["it", "will", "be", "recalled", "that"],
    &["it", "is", "worth", "noting", "that"],
    &["it", "is", "worth", "recalling", "that"],
];

/// Nouns of words a body gives out through a person: `in a statement by
/// its regional director, Ann Reyes`, `a remark made by the president's
/// spokesman, Tom Dorn`.
pub const DELIVERED_WORDS_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "remark",
    "remarks",
    "message",
    "comment",
    "comments",
    "note",
];

/// Kinds of actor that are a state or one of its organs, an outlet or a
/// person: never a body that speaks under a short name of its own.
pub const STATE_OUTLET_AND_PERSON_KINDS: &[&str] = &[
    "media",
    "person",
    "state",
    "government",
    "ministry",
    "state-government",
    "local-government",
    "city",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists derived from [`POSTS`] hold what each rule needs: a post
    /// known anywhere is an office word, a title is a title, a role a
    /// role, and the words that are no post keep their own lists.
    #[test]
    fn the_lists_of_posts_derive_from_one_vocabulary() {
        for post in [
            "commissioner",
            "consul",
            "treasurer",
            "spokeswoman",
            "captain",
        ] {
            assert!(OFFICE_WORDS.contains(&post), "{post}");
        }
        for title in ["commissioner", "superintendent", "mr", "sen", "judge"] {
            assert!(TITLES.contains(&title), "{title}");
        }
        for role in ["nominee", "host", "senator"] {
            assert!(ROLE_NOUNS.contains(&role), "{role}");
        }
        assert!(ONE_PERSON_OFFICES.contains(&"registrar"));
        // No post: a courtesy title, a body, a role the frame reader
        // would take for a body's noun.
        assert!(!OFFICE_WORDS.contains(&"mr"));
        assert!(!TITLES.contains(&"ministry"));
        assert!(OFFICE_WORDS.contains(&"ministry"));
        assert!(!OFFICE_WORDS.contains(&"chair"));
        assert!(!ROLE_NOUNS.contains(&"commissioner"));
    }
}
