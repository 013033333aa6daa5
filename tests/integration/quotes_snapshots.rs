//! `onrecord quotes --format json` of the example and of each fixture set,
//! snapshotted with insta: a rule change shows exactly which quotes moved
//! (speaker, actor, rule). Review changes with `cargo insta review`.

use std::path::Path;

use serde_json::Value;

fn quotes_json(site: &str) -> Value {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(site);
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .args(["quotes", "--format", "json", "--root"])
        .arg(&root)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&run.stdout).unwrap()
}

#[test]
fn quotes_of_the_example_site() {
    insta::assert_json_snapshot!("quotes_example", quotes_json("."));
}

#[test]
fn quotes_of_the_heldout_site() {
    insta::assert_json_snapshot!("quotes_heldout", quotes_json("tests/fixtures/heldout"));
}

#[test]
fn quotes_of_the_development_set() {
    insta::assert_json_snapshot!(
        "quotes_dev_politics",
        quotes_json("tests/fixtures/dev-politics")
    );
}

#[test]
fn quotes_of_the_first_blind_set() {
    insta::assert_json_snapshot!("quotes_blind1", quotes_json("tests/fixtures/blind1"));
}

#[test]
fn quotes_of_the_second_blind_set() {
    insta::assert_json_snapshot!("quotes_blind2", quotes_json("tests/fixtures/blind2"));
}

#[test]
fn quotes_of_the_third_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind3a", quotes_json("tests/fixtures/blind3a"));
    insta::assert_json_snapshot!("quotes_blind3b", quotes_json("tests/fixtures/blind3b"));
}

#[test]
fn quotes_of_the_fourth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind4a", quotes_json("tests/fixtures/blind4a"));
    insta::assert_json_snapshot!("quotes_blind4b", quotes_json("tests/fixtures/blind4b"));
}

#[test]
fn quotes_of_the_fifth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind5a", quotes_json("tests/fixtures/blind5a"));
    insta::assert_json_snapshot!("quotes_blind5b", quotes_json("tests/fixtures/blind5b"));
}

#[test]
fn quotes_of_the_sixth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind6a", quotes_json("tests/fixtures/blind6a"));
    insta::assert_json_snapshot!("quotes_blind6b", quotes_json("tests/fixtures/blind6b"));
}

#[test]
fn quotes_of_the_seventh_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind7a", quotes_json("tests/fixtures/blind7a"));
    insta::assert_json_snapshot!("quotes_blind7b", quotes_json("tests/fixtures/blind7b"));
}

#[test]
fn quotes_of_the_eighth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind8a", quotes_json("tests/fixtures/blind8a"));
    insta::assert_json_snapshot!("quotes_blind8b", quotes_json("tests/fixtures/blind8b"));
}

#[test]
fn quotes_of_the_ninth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind9a", quotes_json("tests/fixtures/blind9a"));
    insta::assert_json_snapshot!("quotes_blind9b", quotes_json("tests/fixtures/blind9b"));
}

#[test]
fn quotes_of_the_tenth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind10a", quotes_json("tests/fixtures/blind10a"));
    insta::assert_json_snapshot!("quotes_blind10b", quotes_json("tests/fixtures/blind10b"));
}

#[test]
fn quotes_of_the_eleventh_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind11a", quotes_json("tests/fixtures/blind11a"));
    insta::assert_json_snapshot!("quotes_blind11b", quotes_json("tests/fixtures/blind11b"));
}

#[test]
fn quotes_of_the_twelfth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind12a", quotes_json("tests/fixtures/blind12a"));
    insta::assert_json_snapshot!("quotes_blind12b", quotes_json("tests/fixtures/blind12b"));
}

#[test]
fn quotes_of_the_thirteenth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind13a", quotes_json("tests/fixtures/blind13a"));
    insta::assert_json_snapshot!("quotes_blind13b", quotes_json("tests/fixtures/blind13b"));
}

#[test]
fn quotes_of_the_fourteenth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind14a", quotes_json("tests/fixtures/blind14a"));
    insta::assert_json_snapshot!("quotes_blind14b", quotes_json("tests/fixtures/blind14b"));
}

#[test]
fn quotes_of_the_fifteenth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind15a", quotes_json("tests/fixtures/blind15a"));
    insta::assert_json_snapshot!("quotes_blind15b", quotes_json("tests/fixtures/blind15b"));
}

#[test]
fn quotes_of_the_sixteenth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind16a", quotes_json("tests/fixtures/blind16a"));
    insta::assert_json_snapshot!("quotes_blind16b", quotes_json("tests/fixtures/blind16b"));
}

#[test]
fn quotes_of_the_seventeenth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind17a", quotes_json("tests/fixtures/blind17a"));
    insta::assert_json_snapshot!("quotes_blind17b", quotes_json("tests/fixtures/blind17b"));
}

#[test]
fn quotes_of_the_nineteenth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind19a", quotes_json("tests/fixtures/blind19a"));
    insta::assert_json_snapshot!("quotes_blind19b", quotes_json("tests/fixtures/blind19b"));
    insta::assert_json_snapshot!("quotes_blind19c", quotes_json("tests/fixtures/blind19c"));
    insta::assert_json_snapshot!("quotes_blind19d", quotes_json("tests/fixtures/blind19d"));
}

#[test]
fn quotes_of_the_twentieth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind20a", quotes_json("tests/fixtures/blind20a"));
    insta::assert_json_snapshot!("quotes_blind20b", quotes_json("tests/fixtures/blind20b"));
    insta::assert_json_snapshot!("quotes_blind20c", quotes_json("tests/fixtures/blind20c"));
    insta::assert_json_snapshot!("quotes_blind20d", quotes_json("tests/fixtures/blind20d"));
}

#[test]
fn quotes_of_the_twenty_first_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind21a", quotes_json("tests/fixtures/blind21a"));
    insta::assert_json_snapshot!("quotes_blind21b", quotes_json("tests/fixtures/blind21b"));
    insta::assert_json_snapshot!("quotes_blind21c", quotes_json("tests/fixtures/blind21c"));
    insta::assert_json_snapshot!("quotes_blind21d", quotes_json("tests/fixtures/blind21d"));
}

#[test]
fn quotes_of_the_twenty_second_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind22a", quotes_json("tests/fixtures/blind22a"));
    insta::assert_json_snapshot!("quotes_blind22b", quotes_json("tests/fixtures/blind22b"));
    insta::assert_json_snapshot!("quotes_blind22c", quotes_json("tests/fixtures/blind22c"));
    insta::assert_json_snapshot!("quotes_blind22d", quotes_json("tests/fixtures/blind22d"));
}

#[test]
fn quotes_of_the_twenty_third_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind23a", quotes_json("tests/fixtures/blind23a"));
    insta::assert_json_snapshot!("quotes_blind23b", quotes_json("tests/fixtures/blind23b"));
    insta::assert_json_snapshot!("quotes_blind23c", quotes_json("tests/fixtures/blind23c"));
    insta::assert_json_snapshot!("quotes_blind23d", quotes_json("tests/fixtures/blind23d"));
}

#[test]
fn quotes_of_the_twenty_fourth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind24a", quotes_json("tests/fixtures/blind24a"));
    insta::assert_json_snapshot!("quotes_blind24b", quotes_json("tests/fixtures/blind24b"));
    insta::assert_json_snapshot!("quotes_blind24c", quotes_json("tests/fixtures/blind24c"));
    insta::assert_json_snapshot!("quotes_blind24d", quotes_json("tests/fixtures/blind24d"));
}

#[test]
fn quotes_of_the_twenty_fifth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind25a", quotes_json("tests/fixtures/blind25a"));
    insta::assert_json_snapshot!("quotes_blind25b", quotes_json("tests/fixtures/blind25b"));
    insta::assert_json_snapshot!("quotes_blind25c", quotes_json("tests/fixtures/blind25c"));
    insta::assert_json_snapshot!("quotes_blind25d", quotes_json("tests/fixtures/blind25d"));
}

#[test]
fn quotes_of_the_twenty_sixth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind26a", quotes_json("tests/fixtures/blind26a"));
    insta::assert_json_snapshot!("quotes_blind26b", quotes_json("tests/fixtures/blind26b"));
    insta::assert_json_snapshot!("quotes_blind26c", quotes_json("tests/fixtures/blind26c"));
    insta::assert_json_snapshot!("quotes_blind26d", quotes_json("tests/fixtures/blind26d"));
}

#[test]
fn quotes_of_the_twenty_seventh_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind27a", quotes_json("tests/fixtures/blind27a"));
    insta::assert_json_snapshot!("quotes_blind27b", quotes_json("tests/fixtures/blind27b"));
    insta::assert_json_snapshot!("quotes_blind27c", quotes_json("tests/fixtures/blind27c"));
    insta::assert_json_snapshot!("quotes_blind27d", quotes_json("tests/fixtures/blind27d"));
}

#[test]
fn quotes_of_the_twenty_eighth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind28a", quotes_json("tests/fixtures/blind28a"));
    insta::assert_json_snapshot!("quotes_blind28b", quotes_json("tests/fixtures/blind28b"));
    insta::assert_json_snapshot!("quotes_blind28c", quotes_json("tests/fixtures/blind28c"));
    insta::assert_json_snapshot!("quotes_blind28d", quotes_json("tests/fixtures/blind28d"));
}

#[test]
fn quotes_of_the_twenty_ninth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind29a", quotes_json("tests/fixtures/blind29a"));
    insta::assert_json_snapshot!("quotes_blind29b", quotes_json("tests/fixtures/blind29b"));
    insta::assert_json_snapshot!("quotes_blind29c", quotes_json("tests/fixtures/blind29c"));
    insta::assert_json_snapshot!("quotes_blind29d", quotes_json("tests/fixtures/blind29d"));
}

#[test]
fn quotes_of_the_thirtieth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind30a", quotes_json("tests/fixtures/blind30a"));
    insta::assert_json_snapshot!("quotes_blind30b", quotes_json("tests/fixtures/blind30b"));
    insta::assert_json_snapshot!("quotes_blind30c", quotes_json("tests/fixtures/blind30c"));
    insta::assert_json_snapshot!("quotes_blind30d", quotes_json("tests/fixtures/blind30d"));
}

#[test]
fn quotes_of_the_thirty_first_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind31a", quotes_json("tests/fixtures/blind31a"));
    insta::assert_json_snapshot!("quotes_blind31b", quotes_json("tests/fixtures/blind31b"));
    insta::assert_json_snapshot!("quotes_blind31c", quotes_json("tests/fixtures/blind31c"));
    insta::assert_json_snapshot!("quotes_blind31d", quotes_json("tests/fixtures/blind31d"));
}

#[test]
fn quotes_of_the_thirty_second_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind32a", quotes_json("tests/fixtures/blind32a"));
    insta::assert_json_snapshot!("quotes_blind32b", quotes_json("tests/fixtures/blind32b"));
    insta::assert_json_snapshot!("quotes_blind32c", quotes_json("tests/fixtures/blind32c"));
    insta::assert_json_snapshot!("quotes_blind32d", quotes_json("tests/fixtures/blind32d"));
}

#[test]
fn quotes_of_the_thirty_third_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind33a", quotes_json("tests/fixtures/blind33a"));
    insta::assert_json_snapshot!("quotes_blind33b", quotes_json("tests/fixtures/blind33b"));
    insta::assert_json_snapshot!("quotes_blind33c", quotes_json("tests/fixtures/blind33c"));
    insta::assert_json_snapshot!("quotes_blind33d", quotes_json("tests/fixtures/blind33d"));
}

#[test]
fn quotes_of_the_thirty_fourth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind34a", quotes_json("tests/fixtures/blind34a"));
    insta::assert_json_snapshot!("quotes_blind34b", quotes_json("tests/fixtures/blind34b"));
    insta::assert_json_snapshot!("quotes_blind34c", quotes_json("tests/fixtures/blind34c"));
    insta::assert_json_snapshot!("quotes_blind34d", quotes_json("tests/fixtures/blind34d"));
}

#[test]
fn quotes_of_the_thirty_fifth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind35a", quotes_json("tests/fixtures/blind35a"));
    insta::assert_json_snapshot!("quotes_blind35b", quotes_json("tests/fixtures/blind35b"));
    insta::assert_json_snapshot!("quotes_blind35c", quotes_json("tests/fixtures/blind35c"));
    insta::assert_json_snapshot!("quotes_blind35d", quotes_json("tests/fixtures/blind35d"));
}

#[test]
fn quotes_of_the_thirty_sixth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind36a", quotes_json("tests/fixtures/blind36a"));
    insta::assert_json_snapshot!("quotes_blind36b", quotes_json("tests/fixtures/blind36b"));
    insta::assert_json_snapshot!("quotes_blind36c", quotes_json("tests/fixtures/blind36c"));
    insta::assert_json_snapshot!("quotes_blind36d", quotes_json("tests/fixtures/blind36d"));
}

#[test]
fn quotes_of_the_thirty_seventh_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind37a", quotes_json("tests/fixtures/blind37a"));
    insta::assert_json_snapshot!("quotes_blind37b", quotes_json("tests/fixtures/blind37b"));
    insta::assert_json_snapshot!("quotes_blind37c", quotes_json("tests/fixtures/blind37c"));
    insta::assert_json_snapshot!("quotes_blind37d", quotes_json("tests/fixtures/blind37d"));
}

#[test]
fn quotes_of_the_thirty_eighth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind38a", quotes_json("tests/fixtures/blind38a"));
    insta::assert_json_snapshot!("quotes_blind38b", quotes_json("tests/fixtures/blind38b"));
    insta::assert_json_snapshot!("quotes_blind38c", quotes_json("tests/fixtures/blind38c"));
    insta::assert_json_snapshot!("quotes_blind38d", quotes_json("tests/fixtures/blind38d"));
}

#[test]
fn quotes_of_the_thirty_ninth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind39a", quotes_json("tests/fixtures/blind39a"));
    insta::assert_json_snapshot!("quotes_blind39b", quotes_json("tests/fixtures/blind39b"));
    insta::assert_json_snapshot!("quotes_blind39c", quotes_json("tests/fixtures/blind39c"));
    insta::assert_json_snapshot!("quotes_blind39d", quotes_json("tests/fixtures/blind39d"));
}

#[test]
fn quotes_of_the_fortieth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind40a", quotes_json("tests/fixtures/blind40a"));
    insta::assert_json_snapshot!("quotes_blind40b", quotes_json("tests/fixtures/blind40b"));
    insta::assert_json_snapshot!("quotes_blind40c", quotes_json("tests/fixtures/blind40c"));
    insta::assert_json_snapshot!("quotes_blind40d", quotes_json("tests/fixtures/blind40d"));
}

#[test]
fn quotes_of_the_forty_first_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind41a", quotes_json("tests/fixtures/blind41a"));
    insta::assert_json_snapshot!("quotes_blind41b", quotes_json("tests/fixtures/blind41b"));
    insta::assert_json_snapshot!("quotes_blind41c", quotes_json("tests/fixtures/blind41c"));
    insta::assert_json_snapshot!("quotes_blind41d", quotes_json("tests/fixtures/blind41d"));
}

#[test]
fn quotes_of_the_forty_second_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind42a", quotes_json("tests/fixtures/blind42a"));
    insta::assert_json_snapshot!("quotes_blind42b", quotes_json("tests/fixtures/blind42b"));
    insta::assert_json_snapshot!("quotes_blind42c", quotes_json("tests/fixtures/blind42c"));
    insta::assert_json_snapshot!("quotes_blind42d", quotes_json("tests/fixtures/blind42d"));
}

#[test]
fn quotes_of_the_forty_third_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind43a", quotes_json("tests/fixtures/blind43a"));
    insta::assert_json_snapshot!("quotes_blind43b", quotes_json("tests/fixtures/blind43b"));
    insta::assert_json_snapshot!("quotes_blind43c", quotes_json("tests/fixtures/blind43c"));
    insta::assert_json_snapshot!("quotes_blind43d", quotes_json("tests/fixtures/blind43d"));
}

#[test]
fn quotes_of_the_forty_fourth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind44a", quotes_json("tests/fixtures/blind44a"));
    insta::assert_json_snapshot!("quotes_blind44b", quotes_json("tests/fixtures/blind44b"));
    insta::assert_json_snapshot!("quotes_blind44c", quotes_json("tests/fixtures/blind44c"));
    insta::assert_json_snapshot!("quotes_blind44d", quotes_json("tests/fixtures/blind44d"));
}

#[test]
fn quotes_of_the_forty_fifth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind45a", quotes_json("tests/fixtures/blind45a"));
    insta::assert_json_snapshot!("quotes_blind45b", quotes_json("tests/fixtures/blind45b"));
    insta::assert_json_snapshot!("quotes_blind45c", quotes_json("tests/fixtures/blind45c"));
    insta::assert_json_snapshot!("quotes_blind45d", quotes_json("tests/fixtures/blind45d"));
}

#[test]
fn quotes_of_the_forty_sixth_blind_sets() {
    insta::assert_json_snapshot!("quotes_blind46a", quotes_json("tests/fixtures/blind46a"));
    insta::assert_json_snapshot!("quotes_blind46b", quotes_json("tests/fixtures/blind46b"));
    insta::assert_json_snapshot!("quotes_blind46c", quotes_json("tests/fixtures/blind46c"));
    insta::assert_json_snapshot!("quotes_blind46d", quotes_json("tests/fixtures/blind46d"));
}
