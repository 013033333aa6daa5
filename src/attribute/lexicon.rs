//! Word lists of the entity rules: role nouns, the words that open a
//! subordinate clause, the participles of a passive agent. The older
//! lists (speech verbs, titles, offices) are in [`super::text`].

/// Role nouns that, after an actor's name or alias, make a person speak
/// for that actor (`GOP nominee`, `Fed Chair`, `Grey campaign manager`),
/// as an office word does (`ICRC spokesperson`).
pub const ROLE_NOUNS: &[&str] = &[
    "nominee",
    "candidate",
    "host",
    "anchor",
    "chair",
    "chairperson",
    "manager",
    "staffer",
    "surrogate",
    "strategist",
    "whip",
    "congressman",
    "congresswoman",
    "legislator",
    "lawmaker",
    "senator",
    "rep",
];

/// Nouns for one office that also name another: `the Republican lawmaker`
/// is a senator or a representative named before.
pub const OFFICE_SYNONYMS: &[(&str, &[&str])] = &[
    ("diplomat", &["diplomat", "foreign", "ambassador", "envoy"]),
    (
        "lawmaker",
        &[
            "lawmaker",
            "senator",
            "sen",
            "rep",
            "representative",
            "congressman",
            "congresswoman",
            "legislator",
        ],
    ),
    ("senator", &["senator", "sen"]),
    ("congressman", &["congressman", "rep", "representative"]),
    ("congresswoman", &["congresswoman", "rep", "representative"]),
    (
        "legislator",
        &["legislator", "lawmaker", "senator", "sen", "rep"],
    ),
];

/// Words that open a subordinate clause: `When Reyes was asked whether
/// she respects Dorn, she said` - the clause's own subject (`Reyes`) is
/// who the main clause's pronoun means, not a name after it.
pub const SUBORDINATORS: &[&str] = &[
    "when", "while", "after", "before", "as", "if", "although", "though", "since", "because",
    "once", "whenever", "until",
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

/// Nouns for a news outlet: `the paper wrote` is the outlet named last.
pub const OUTLET_NOUNS: &[&str] = &[
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
