//! Attribution on short made-up articles, one phenomenon per test.

use super::*;
use crate::extract::find_quotes;
use crate::markdown::blocks;
use crate::model::{Actor, QuoteCorrection};
use crate::test_support::{self, person};

fn actor(
    id: &str,
    name: &str,
    aliases: &[&str],
    parent: Option<&str>,
    people: &[(&str, &str, &[&str])],
) -> Actor {
    Actor {
        parent: parent.map(str::to_string),
        people: people
            .iter()
            .map(|(n, role, aliases)| person(n, Some(role), aliases))
            .collect(),
        ..test_support::actor(id, name, aliases)
    }
}

/// An actor of `kind` with no aliases or people.
fn actor_of_kind(kind: &str, id: &str, name: &str) -> Actor {
    Actor {
        kind: Some(kind.into()),
        ..actor(id, name, &[], None, &[])
    }
}

fn registry() -> Registry {
    Registry::new(&[
        actor(
            "atlantis",
            "Atlantis",
            &["Atlantean", "the Palace", "Atlantean Foreign Ministry"],
            None,
            &[("Ana Vell", "Foreign Minister", &["Vell"])],
        ),
        actor(
            "blue-brigade",
            "Blue Brigade",
            &["Blue Brigade faction"],
            Some("rebels"),
            &[],
        ),
        actor("rebels", "Rebels", &["rebel groups"], None, &[]),
        actor(
            "relief",
            "Relief Committee",
            &["RC", "Relief Committee"],
            None,
            &[],
        ),
        actor(
            "ruritania",
            "Ruritania",
            &["US", "Ruritanian", "United States"],
            None,
            &[],
        ),
        actor("un", "United Nations", &["UN"], None, &[]),
    ])
}

fn article(body: &str) -> Article {
    Article {
        title: "T".into(),
        // A Friday.
        date: "2016-12-09".parse().unwrap(),
        outlet: "The Daily".into(),
        body_line: 5,
        ..test_support::article("a", body)
    }
}

fn run_article(article: &Article) -> (Vec<Occurrence>, Vec<Warning>) {
    let blocks = blocks(&article.body);
    let spans = find_quotes(&article.body, &blocks);
    attribute(article, &blocks, &spans, &registry())
}

/// (speaker, actor) of each quote of `body`, read with `registry`.
pub(super) fn speakers_and_actors(
    registry: &Registry,
    body: &str,
) -> Vec<(Option<String>, Option<String>)> {
    let article = article(body);
    let blocks = blocks(&article.body);
    let spans = find_quotes(&article.body, &blocks);
    attribute(&article, &blocks, &spans, registry)
        .0
        .into_iter()
        .map(|o| (o.speaker, o.actor))
        .collect()
}

fn run(body: &str) -> Vec<Occurrence> {
    run_article(&article(body)).0
}

fn direct(body: &str) -> Vec<(String, Option<String>, Option<String>)> {
    run(body)
        .into_iter()
        .filter(|o| o.kind == QuoteKind::Direct)
        .map(|o| (o.text, o.speaker, o.actor))
        .collect()
}

fn speakers(body: &str) -> Vec<Option<String>> {
    direct(body).into_iter().map(|d| d.1).collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn quote_then_name_said() {
    assert_eq!(
        speakers("“We will win the war,” Omar Haddad said.\n"),
        [some("Omar Haddad")]
    );
    assert_eq!(
        speakers("“We will win the war,” said Omar Haddad.\n"),
        [some("Omar Haddad")]
    );
}

#[test]
fn a_quote_ending_in_a_quote_it_holds_takes_the_frame_after_it() {
    let body = "“I have run out of ways to say ‘urgent,’” Caroline van Buren said. “Then bring us water.”\n";
    assert_eq!(
        speakers(body),
        [some("Caroline van Buren"), some("Caroline van Buren")]
    );
    assert_eq!(
        closing_inner_quote_read_through("ways to say ‘urgent,’"),
        "ways to say ‘urgent,"
    );
    // Words reported inside the quote are another's: read as before.
    assert_eq!(
        closing_inner_quote_read_through("He told me: ‘He was so light,’"),
        "He told me: ‘He was so light,’"
    );
    // An apostrophe ending a word is no quote closing.
    assert_eq!(
        closing_inner_quote_read_through("nobody asked the workers'"),
        "nobody asked the workers'"
    );
}

#[test]
fn a_quote_ending_in_words_its_speaker_reports_of_themself_takes_the_frame_after_it() {
    let body = "“I told her, ‘Just get us home before the snow,’” Wendell Grabowski said.\n";
    assert_eq!(speakers(body), [some("Wendell Grabowski")]);
    assert_eq!(
        closing_inner_quote_read_through("Then I told him: ‘Go home,’"),
        "Then I told him: ‘Go home,"
    );
    // Another's words reported inside: the frame after them is not read.
    let body = "“He said, ‘Mum, the road is quiet today,’” Ann Reyes said.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn the_frame_after_words_reported_of_another_gives_the_next_quote() {
    // The reported words stay unattributed; the quote after the frame's
    // sentence is the named speaker's.
    let body = "“He said, ‘Mum, the road is quiet today,’” Ann Reyes said. \
“I did not sleep that night.”\n";
    assert_eq!(speakers(body), [None, some("Ann Reyes")]);
    assert!(ends_in_words_reported_by_another(
        "He said, ‘Mum, the road is quiet today,’"
    ));
    assert!(!ends_in_words_reported_by_another("ways to say ‘urgent,’"));
    // A pronoun frame is not read across the reported words: the son
    // named before is no one the pronoun may mean.
    let body = "For Ann Reyes the call came at dawn. Her son Tom had been held for a year. \
“They said, ‘Come to the border and bring warm clothes,’” she said. \
“We waited three winters.”\n";
    // (The short second quote, no one's, is then no statement at all.)
    assert!(speakers(body).iter().all(Option::is_none));
    // Another sentence between the frame and the quote: no one.
    let body = "“He said, ‘Mum, the road is quiet today,’” Ann Reyes said. \
The road closed an hour later. “I did not sleep that night.”\n";
    assert_eq!(speakers(body), [None, None]);
}

#[test]
fn a_quote_after_its_speakers_reported_words_is_theirs() {
    // The reported sentence right before the quote, in its paragraph, is
    // the quote's frame.
    let body = "Outside the stadium, fans were divided. Mr Tomas Varga said he had \
sided with the champion. “He led from the start. Why should he give it away?”\n";
    let occurrences = run(body);
    let quote = occurrences
        .iter()
        .find(|o| o.kind == QuoteKind::Direct)
        .expect("the quote is read");
    assert_eq!(quote.speaker.as_deref(), Some("Tomas Varga"));
    assert_eq!(quote.rule, Some(Rule::AfterReported));
    assert_eq!(quote.evidence.as_deref(), Some("Mr Tomas Varga said"));
    // So does the sentence that closes the paragraph before a quote that
    // fills the next.
    let body = "Ines Moreau said the shelter had run out of blankets.\n\n\
“We ask every family to bring one. We have nothing left to give.”\n";
    assert_eq!(speakers(body), [some("Ines Moreau")]);
    // A question or a few words alone in the next paragraph are a
    // subhead or an interviewer's question, not her going on.
    let body = "Ines Moreau said the shelter had run out of blankets.\n\n\
“Where is my husband?”\n";
    assert_eq!(speakers(body), [None]);
    // Another sentence between them: no one.
    let body = "Ines Moreau said the shelter had run out of blankets. The rain kept falling. \
“We ask every family to bring one. We have nothing left to give.”\n";
    assert_eq!(speakers(body), [None]);
    // A quote with a frame of its own keeps it; one ending in words
    // another said keeps no frame, as after `said` (round thirty-one).
    let body = "Ines Moreau said the shelter had run out of blankets. \
“We ask every family to bring one,” said Omar Haddad.\n";
    assert_eq!(speakers(body), [some("Omar Haddad")]);
    let body = "Ines Moreau said her brother had refused to leave. \
“He says: ‘This is my house and I will die in it,’” Moreau said.\n";
    assert_eq!(speakers(body)[0], None);
}

#[test]
fn a_translation_in_brackets_stands_between_a_quote_and_its_frame() {
    let body = "“Hunger no dey wait for strike o” (hunger does not wait for a strike), \
Ines Moreau said.\n";
    assert_eq!(speakers(body), [some("Ines Moreau")]);
    // Inside a sentence the brackets gloss a title; the words after the
    // comma are no frame of the title's.
    let body = "Ines Moreau, who was speaking to the programme “Ala al-Tawila” (At the Table), \
said the talks were over.\n";
    assert_eq!(speakers(body), []);
    assert_eq!(bracket_before_frame(" (we already work), she said."), 18);
    // Brackets no comma follows frame nothing.
    assert_eq!(bracket_before_frame(" (archived here). Moreau said."), 0);
    assert_eq!(bracket_before_frame(", she said."), 0);
}

#[test]
fn a_paragraph_ending_in_a_colon_leads_into_the_quote_that_fills_the_next() {
    let body = "**18:55** - Pundit Ines Moreau on the evening bulletin:\n\n\
“I said on day one that courts do not like refereeing football. Today they proved it.”\n";
    assert_eq!(speakers(body), [some("Ines Moreau")]);
}

#[test]
fn a_live_blog_time_in_the_afternoon_is_no_part_of_the_subject() {
    let body = "The polls closed at nine.\n\n\
**9:47 p.m.** — Ann Reyes, who had no opponent, weighed in on X: \
“Whoever wins this mess, the city loses.”\n\n\
**10:10 pm** — Omar Haddad posts on X: “Count every ballot, then talk.”\n";
    assert_eq!(speakers(body), [some("Ann Reyes"), some("Omar Haddad")]);
}

#[test]
fn a_quote_mostly_its_own_words_takes_the_frame_after_what_it_reports() {
    let body = "“Every time there is news from the capital, my mother calls me and says, ‘Pack,’” \
        Wendell Grabowski said. “I am already packed.”\n";
    assert_eq!(
        speakers(body),
        [some("Wendell Grabowski"), some("Wendell Grabowski")]
    );
    assert_eq!(
        closing_inner_quote_read_through("my mother calls me and says, ‘Pack,’"),
        "my mother calls me and says, ‘Pack,"
    );
    // As many words reported as its sentence's own, whatever came
    // before it: still another's.
    assert_eq!(
        closing_inner_quote_read_through("She says, ‘Pack it,’"),
        "She says, ‘Pack it,’"
    );
    assert_eq!(
        closing_inner_quote_read_through(
            "I watched a father carry his son from the ambulance. He told me: ‘He was so light,’"
        ),
        "I watched a father carry his son from the ambulance. He told me: ‘He was so light,’"
    );
}

#[test]
fn a_long_apposition_after_a_name_reaches_its_speech_verb() {
    let body = "“This decision proves that the rules work,” Hélène Darrigade, \
                secretary general of CISPE, the European cloud trade group that \
                brought the original complaint, said in a statement.\n";
    assert_eq!(speakers(body), [some("Hélène Darrigade")]);
    let body = "“I am not surprised,” Dwight Kallemeyn, the Le Mars grain elevator \
                manager who caucused for Culpepper in Iowa, told Breitbart News.\n";
    assert_eq!(speakers(body), [some("Dwight Kallemeyn")]);
}

#[test]
fn name_said_colon_quote() {
    assert_eq!(
        speakers("Omar Haddad said: “We will win the war.”\n"),
        [some("Omar Haddad")]
    );
}

#[test]
fn registry_people_get_canonical_name_role_and_actor() {
    let found = run("“We will never agree to this,” Foreign Minister Vell told reporters.\n");
    assert_eq!(found[0].speaker, some("Ana Vell"));
    assert_eq!(found[0].actor, some("atlantis"));
    assert_eq!(found[0].role, some("Foreign Minister"));
}

#[test]
fn titles_are_role_not_name() {
    let found = run(
        "“The corridor is open again,” said Ruritanian Defence Ministry spokesperson Major General Ivo Tam.\n",
    );
    assert_eq!(found[0].speaker, some("Ivo Tam"));
    assert_eq!(found[0].actor, some("ruritania"));
    assert_eq!(
        found[0].role.as_deref(),
        Some("Ruritanian Defence Ministry spokesperson Major General")
    );
}

#[test]
fn split_quote_has_one_speaker() {
    let found = direct(
        "“The route will be agreed,” Omar Haddad said on Monday. “Then a ceasefire can start.”\n",
    );
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].1, some("Omar Haddad"));
}

#[test]
fn quote_over_several_paragraphs() {
    let body = "Omar Haddad said: “The people were trapped there for days.\n\n“The fighting slowed down on the second day.”\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
}

#[test]
fn quote_paragraph_after_a_quote_continues_it_but_not_after_plain_text() {
    let body =
        "“The talks will go on for weeks,” Omar Haddad said.\n\n“We will see what happens next.”\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
    let body = "“The talks will go on for weeks,” Omar Haddad said.\n\nThe talks began in June.\n\n“We will see what happens next.”\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), None]);
}

#[test]
fn pronouns_and_surnames_point_back() {
    let body = "Relief Committee spokesperson Lena Ross spoke in the capital.\n\n“We need access now to the whole city,” Ross said.\n\n“Nobody can reach the wounded,” she added.\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Lena Ross"));
    assert_eq!(found[1].speaker, some("Lena Ross"));
}

#[test]
fn she_skips_a_man_quoted_last() {
    let body = "“We need access now to the whole city,” Lena Ross said.\n\n“It is not our concern at all,” Omar Haddad said. “Ask the others,” he added.\n\n“We will keep asking for access,” she said.\n";
    let found = run(body);
    assert_eq!(found[3].speaker, some("Lena Ross"));
}

#[test]
fn a_pronoun_after_a_paragraph_telling_of_someone_else_means_them() {
    // The paragraph between tells of one man, not the man quoted: he is
    // who `he` means, nearer than the speaker before.
    let body = "“We stay with the patients,” said Omar Haddad, the hospital's director.\n\nIn Nairobi, interior minister Kenneth Rotich defended the officers.\n\n“Our officers held their fire for six hours,” he told journalists.\n";
    assert_eq!(
        speakers(body),
        [some("Omar Haddad"), some("Kenneth Rotich")]
    );
    // Two men told of between: no one.
    let body = "“We stay with the patients,” said Omar Haddad, the hospital's director.\n\nThe officers were praised on Monday by interior minister Kenneth Rotich and by police chief Daniel Mutua.\n\n“Our officers held their fire for six hours,” he told journalists.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), None]);
    // Only a woman told of between: `he` is still the man quoted.
    let body = "“We stay with the patients,” said Omar Haddad, the hospital's director.\n\nInterior minister Fiona Rotich defended the officers.\n\n“Our officers held their fire for six hours,” he told journalists.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
    // The quote's paragraph names him as a possessor: he goes on.
    let body = "“We stay with the patients,” said Omar Haddad, the hospital's director.\n\nIn Nairobi, interior minister Kenneth Rotich defended the officers.\n\nOn Haddad's ward the mood was grim. “We have no beds left,” he said.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
    // The text between mentions him too: he goes on.
    let body = "“We stay with the patients,” said Omar Haddad, the hospital's director.\n\nHaddad met interior minister Kenneth Rotich on Monday.\n\n“Our officers held their fire for six hours,” he told journalists.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
}

#[test]
fn registry_names_match_without_al() {
    let found = run(
        "Atlantean Foreign Minister Ana al-Vell, in an interview published Thursday, said: “We will not give in.”\n",
    );
    assert_eq!(found[0].speaker, some("Ana Vell"));
    assert_eq!(found[0].actor, some("atlantis"));
}

#[test]
fn according_to_an_agency_is_via() {
    let found = run(
        "“Talks will continue this week,” Ana Vell said on Monday, according to the Interfax news agency.\n",
    );
    assert_eq!(found[0].via, some("Interfax"));
    assert_eq!(found[0].date.to_string(), "2016-12-05");
}

#[test]
fn a_pronoun_points_to_the_person_its_sentence_names() {
    let body = "“We have nowhere left to go,” Omar Haddad said.\n\nThe chief negotiator, Lena Ross, accused the army of breaking the deal: “They shot at the buses,” she said.\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("Lena Ross"));
}

#[test]
fn verb_far_before_the_quote() {
    let found = run(
        "UN chief Ivo Tam said on 5 December that the world had “failed the people of the city”.\n",
    );
    assert_eq!(found[0].speaker, some("Ivo Tam"));
    assert_eq!(found[0].date.to_string(), "2016-12-05");
}

#[test]
fn the_office_points_back_to_the_person() {
    let body = "Atlantean Foreign Minister Ana Vell spoke in Vienna. “The talks will go on for a week,” Vell said.\n\n“We expect nothing from this round,” the minister said.\n\n“The road is open again for convoys,” the Palace said. “Convoys may leave at dawn,” it added.\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("Ana Vell"));
    assert_eq!(found[3].speaker, some("Palace"));
    assert!(
        run("“We expect nothing from this round,” the minister said.\n")[0]
            .speaker
            .is_none()
    );
}

#[test]
fn quoted_as_saying_by_an_agency() {
    let found = run(
        "“The issue is the subject of separate agreements,” Omar Haddad was quoted as saying by the RIA news agency on Sunday.\n",
    );
    assert_eq!(found[0].speaker, some("Omar Haddad"));
    assert_eq!(found[0].via, some("RIA"));
    assert_eq!(found[0].date.to_string(), "2016-12-04");
    assert_eq!(
        found[0].evidence.as_deref(),
        Some("Omar Haddad was quoted as saying by the RIA news agency on Sunday")
    );
}

#[test]
fn agency_quoted_him_as_saying() {
    let body = "Omar Haddad said talks would continue in the capital next week.\n\n\"There is some progress on the plan,\" Reuters quoted him as saying.\n";
    let found = direct(body);
    assert_eq!(found[0].1, some("Omar Haddad"));
    assert_eq!(
        run(body)
            .iter()
            .find(|o| o.kind == QuoteKind::Direct)
            .unwrap()
            .via,
        some("Reuters")
    );
}

#[test]
fn saying_and_described_as() {
    let body = "But deputy UN envoy Mia Sol suggested there was no deal, saying “we will not be strung along.”\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Mia Sol"));
    assert_eq!(found[0].actor, some("un"));
    let body = "Omar Haddad of the Blue Brigade faction, a small rebel group, described the plan as “unacceptable.”\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Omar Haddad"));
    assert_eq!(found[0].actor, some("blue-brigade"));
}

#[test]
fn continued_adding_that() {
    let body = "Omar Haddad told reporters yesterday: “We are ready to help the civilians.”\n\n“The fighting slowed down,” he continued, adding that “it was too dangerous” to go in.\n";
    let found = run(body);
    assert_eq!(found.len(), 3);
    assert!(found.iter().all(|o| o.speaker == some("Omar Haddad")));
    // The date carries over to what he went on to say.
    assert!(
        found.iter().all(|o| o.date.to_string() == "2016-12-08"),
        "{found:?}"
    );
}

#[test]
fn yesterday_inside_the_quote_is_not_the_date() {
    let found = run("“The fighting slowed down from yesterday afternoon,” Omar Haddad said.\n");
    assert_eq!(found[0].date.to_string(), "2016-12-09");
}

#[test]
fn the_subject_is_the_speaker_not_other_names() {
    let body = "Speaking of the meeting between Vell and Tam, regional analyst Jon Dee, said that “the fate of the city rests on these two people”.\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Jon Dee"));
    assert_eq!(found[0].actor, None);
    let body = "Atlantis’s UN ambassador Ivo Tam said the two sides “are close to an agreement.”\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Ivo Tam"));
    assert_eq!(found[0].actor, some("atlantis"));
}

#[test]
fn affiliation_needs_an_office_word() {
    let found = run(
        "“Our revolution will never die,” Omar Haddad, a Ruritanian activist, told The Daily.\n",
    );
    assert_eq!(found[0].speaker, some("Omar Haddad"));
    assert_eq!(found[0].actor, None);
    assert_eq!(found[0].role, some("Ruritanian activist"));
    assert_eq!(found[0].via, some("The Daily"));
    let found = run("“Our mission goes on,” RC spokesperson Lena Ross said.\n");
    assert_eq!(found[0].actor, some("relief"));
}

#[test]
fn possessive_in_a_leading_description() {
    let found = run(
        "Atlantis’s foreign ministry spokeswoman, Lia Port, said: “We reject the claims made this week.”\n",
    );
    assert_eq!(found[0].speaker, some("Lia Port"));
    assert_eq!(found[0].actor, some("atlantis"));
}

#[test]
fn bodies_speak_too() {
    let found = run("“No deal was reached with anyone,” the Palace said.\n");
    assert_eq!(found[0].speaker, some("Palace"));
    assert_eq!(found[0].actor, some("atlantis"));
}

#[test]
fn scare_quotes_headings_and_credit_lines_are_not_statements() {
    assert!(run("## Talks ‘close’ to a deal\n\nText.\n").is_empty());
    assert!(run("## “We will never leave this city”\n\nText.\n").is_empty());
    assert!(run("The so-called “truce” failed.\n").is_empty());
    let found = run("“A long quote with no verb after it at all.” — The Daily\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker, None);
}

#[test]
fn an_anonymous_speaker_is_not_the_previous_one() {
    let body = "“The rebels broke the truce,” Omar Haddad said.\n\n“This is a massacre of the people,” said one resident.\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("one resident"));
    assert!(found[1].anonymous);
    assert_eq!(found[1].evidence.as_deref(), Some("said one resident"));
}

#[test]
fn short_quotes_with_an_attribution_are_statements() {
    let found = direct("“This is a massacre,” said one resident.\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, some("one resident"));
    let found =
        direct("“We have nowhere left to go,” Omar Haddad told AFP. “Bombs fall everywhere.”\n");
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].1, some("Omar Haddad"));
    assert!(direct("Activists called it a “scorched earth” campaign.\n").is_empty());
    assert!(direct("The so-called “moderate” rebels said they would stay.\n").is_empty());
    assert_eq!(
        speakers("“We will stay in the city”, Omar Haddad said.\n"),
        [some("Omar Haddad")]
    );
    assert!(direct("The Palace says it wants “lasting peace” for all.\n").len() == 1);
}

#[test]
fn unattributed_quotes_are_kept() {
    let found = run("“The city is empty now and nobody is left,” a resident said.\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker, some("a resident"));
}

#[test]
fn reported_speech_is_kept_apart() {
    let found = run(
        "Ana Vell said on Wednesday that talks would resume in Vienna.\n\nResidents said the bridge was hit.\n",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, QuoteKind::Reported);
    assert_eq!(found[0].text, "talks would resume in Vienna");
    assert_eq!(found[0].speaker, some("Ana Vell"));
    assert_eq!(found[0].date.to_string(), "2016-12-07");
}

#[test]
fn corrections_override_and_warn() {
    let mut a = article("“Our ideology will never die,” a man said.\n\n## ‘Close’\n");
    a.corrections = vec![
        QuoteCorrection {
            fragment: Some("ideology will never".into()),
            speaker: Some(Some("Vell".into())),
            line: 3,
            ..QuoteCorrection::default()
        },
        QuoteCorrection {
            fragment: Some("close".into()),
            ignore: true,
            line: 6,
            ..QuoteCorrection::default()
        },
        QuoteCorrection {
            fragment: Some("not in the text".into()),
            line: 8,
            ..QuoteCorrection::default()
        },
        QuoteCorrection {
            text: Some("Added by hand.".into()),
            speaker: Some(Some("Omar Haddad".into())),
            actor: Some(Some("rebels".into())),
            line: 10,
            ..QuoteCorrection::default()
        },
    ];
    let (found, warnings) = run_article(&a);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].speaker, some("Ana Vell"));
    assert_eq!(found[0].actor, some("atlantis"));
    assert_eq!(found[1].text, "Added by hand.");
    assert_eq!(found[1].actor, some("rebels"));
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].line, Some(8));
    assert!(
        warnings[0]
            .to_string()
            .starts_with("content/articles/a.md:8:")
    );
}

#[test]
fn organisations_are_bodies_not_people() {
    let found = run(
        "The so-called Syrian Observatory for Human Rights announced that over 10,000 civilians fled.\n\n“We counted them all at the crossing,” the Northern Monitoring Group said.\n",
    );
    let speakers: Vec<_> = found.iter().map(|o| o.speaker.clone()).collect();
    assert_eq!(
        speakers,
        [
            some("Syrian Observatory for Human Rights"),
            some("Northern Monitoring Group")
        ]
    );
    assert_eq!(found[0].kind, QuoteKind::Reported);
}

#[test]
fn affiliation_given_once_holds_for_the_article() {
    let body = "“We are ready to talk to anyone,” Omar Haddad said.\n\n“We will not leave the city,” said Omar Haddad of the Blue Brigade faction.\n";
    let found = run(body);
    assert_eq!(found[0].actor, some("blue-brigade"));
    assert_eq!(found[1].actor, some("blue-brigade"));
}

#[test]
fn question_then_name_of_actor_told() {
    let body = "“We will see,” said Mia Sol.\n\n“Where are the guarantees?” Mia Sol of the United Nations told reporters in Vienna.\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("Mia Sol"));
    assert_eq!(found[1].actor, some("un"));
    assert_eq!(found[0].actor, some("un"));
}

#[test]
fn apposition_after_an_inverted_verb() {
    let found =
        run("“Our position has not changed,” said Ivo Tam, Atlantis's presidential spokesman.\n");
    assert_eq!(found[0].speaker, some("Ivo Tam"));
    assert_eq!(found[0].actor, some("atlantis"));
    assert_eq!(found[0].role, some("Atlantis's presidential spokesman"));
}

#[test]
fn capitalised_words_are_not_verbs() {
    let found =
        run("“We will see about all of it,” Mia Sol of the United States told reporters.\n");
    assert_eq!(found[0].speaker, some("Mia Sol"));
    assert_eq!(found[0].actor, some("ruritania"));
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// Text built from the pieces attribution looks at, in any order.
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "'",
            "«",
            "»",
            " ",
            "\n",
            "\n\n",
            "## ",
            "- ",
            ",",
            ".",
            ":",
            "said",
            "told",
            "added",
            "saying",
            "according to",
            "he",
            "she",
            "the",
            "of",
            "Ana",
            "Vell",
            "al-Tam",
            "Blue Brigade",
            "UN",
            "on Sunday",
            "yesterday",
            "é",
            "ü",
            "—",
            "[x]",
            "*",
            "Mr.",
            "U.S.",
            "that",
            "RIA",
            "quoted",
            "as",
            "was",
        ]);
        prop::collection::vec(piece, 0..60).prop_map(|p| p.join(""))
    }

    proptest! {
        #[test]
        fn any_text_gives_spans_in_bounds(body in pieces()) {
            let a = article(&body);
            let blocks = blocks(&a.body);
            let spans = find_quotes(&a.body, &blocks);
            for s in &spans {
                prop_assert!(a.body.get(s.text.clone()).is_some());
                prop_assert!(a.body.get(s.outer.clone()).is_some());
            }
            let (found, _) = attribute(&a, &blocks, &spans, &registry());
            for o in found {
                if let Some(span) = o.span {
                    prop_assert_eq!(&a.body[span], o.text.as_str());
                }
                if let Some(span) = o.evidence_span {
                    prop_assert!(a.body.get(span).is_some());
                }
            }
        }
    }
}

#[test]
fn agency_and_day_carry_over_to_what_the_speaker_added() {
    let body = "“The exchange of documents went on for days,” Ana Vell was quoted as saying by the Interfax news agency on Wednesday.\n\n“We are close to an understanding,” Vell added.\n\n“We are far from it,” Omar Haddad said.\n";
    let found = run(body);
    assert_eq!(found[1].via, some("Interfax"));
    assert_eq!(found[1].date.to_string(), "2016-12-07");
    assert_eq!(found[2].via, None);
    assert_eq!(found[2].date.to_string(), "2016-12-09");
}

// Phenomena found on held-out articles (tests/fixtures/heldout/).

#[test]
fn german_and_guillemet_quotes_with_the_name_after() {
    let body = "Karl Lind arrived on Sunday. „We have never been as close to a deal as now“, Lind told the ARD broadcaster.\n\n«The conditions for an agreement are now in place», Lind said.\n";
    assert_eq!(speakers(body), [some("Karl Lind"), some("Karl Lind")]);
}

fn dated(body: &str) -> Vec<(Option<String>, String)> {
    run(body)
        .into_iter()
        .filter(|o| o.kind == QuoteKind::Direct)
        .map(|o| (o.speaker, o.date.to_string()))
        .collect()
}

#[test]
fn pronoun_points_to_the_person_named_after_the_last_quote() {
    let body = "“We are working hard on the text,” Ana Vell said.\n\nSpeaking in Lisbon on Wednesday, Ruritania's President Karl Lind struck a more upbeat note.\n\n“A final agreement is possible,” he told state television. “We can defend our rights.”\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("Karl Lind"));
    assert_eq!(found[1].actor, some("ruritania"));
    assert_eq!(found[2].speaker, some("Karl Lind"));
    // `Speaking ... on Wednesday` dates what he then says.
    assert_eq!(found[1].date.to_string(), "2016-12-07");
    assert_eq!(found[2].date.to_string(), "2016-12-07");
    // Without a name in between, `he` is still the last person quoted.
    let body = "“We are working hard on the text,” Karl Lind said.\n\nThe talks went on late into the night.\n\n“A final agreement is possible,” he said.\n";
    assert_eq!(speakers(body), [some("Karl Lind"), some("Karl Lind")]);
}

#[test]
fn pronoun_in_the_same_paragraph_as_the_introduction() {
    let body = "“We will sign it,” Ana Vell said.\n\nRuritania’s prime minister, Karl Lind, was unmoved. He wrote on Twitter: “Any final agreement must be verified.”\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("Karl Lind"));
    assert_eq!(found[1].actor, some("ruritania"));
}

#[test]
fn an_introduction_gives_the_affiliation_of_later_surnames() {
    let body = "Jan Berg, Ruritania's deputy foreign minister, spoke to The Daily on Thursday.\n\n“We came with a clear mandate and a clear plan,” Berg said.\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Jan Berg"));
    assert_eq!(found[0].actor, some("ruritania"));
    assert_eq!(found[0].date.to_string(), "2016-12-08");
}

#[test]
fn spokesman_for_a_body_speaks_for_its_actor() {
    let cases = [
        "A spokesman for the Palace, Tom Reed, said the king would “not sign a bad deal”.\n",
        "A spokeswoman for Atlantis, Mia Holt, said the king would “not sign a bad deal”.\n",
        "Asked whether the talks would go on, a spokesperson for the Atlantean Foreign Ministry, Mia Holt, said: “We will not sign a bad deal.”\n",
        "Atlantis's ambassador to the UN, Mia Holt, said the king would “not sign a bad deal”.\n",
        "The Atlantean ambassador to Ruritania, Mia Holt, said the king would “not sign a bad deal”.\n",
        "Mia Holt, the minister of defence of Atlantis, said the king would “not sign a bad deal”.\n",
    ];
    for body in cases {
        let found = run(body);
        assert_eq!(found[0].actor, some("atlantis"), "{body}");
    }
    // The ambassador is sent by a state, not to it: no sender, no actor.
    let found = run("The ambassador to Ruritania, Mia Holt, said the king would “not sign”.\n");
    assert_eq!(found[0].actor, None);
}

#[test]
fn the_day_of_a_dated_sentence_carries_to_the_pronoun_quote() {
    let body = "Foreign Minister Karl Lind of Ruritania told reporters on Monday that a deal was close. “We are ready to sign a deal,” he said.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-05".to_string())]);
    let body = "Karl Lind said on Monday that a deal was close. “We are ready to sign a deal”, Lind told the ARD broadcaster.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-05".to_string())]);
    // Someone else's day does not carry.
    let body = "Karl Lind said on Monday that a deal was close. “We are not ready to sign a deal,” Ana Vell said.\n";
    assert_eq!(dated(body), [(some("Ana Vell"), "2016-12-09".to_string())]);
}

#[test]
fn bodies_keep_their_own_name() {
    let found = run("“We support the talks fully and completely,” the Palace said.\n");
    assert_eq!(found[0].speaker, some("Palace"));
    assert_eq!(found[0].actor, some("atlantis"));
    let found = run("“We support the talks fully and completely,” Atlantis said.\n");
    assert_eq!(found[0].speaker, some("Atlantis"));
    let found = run("The levels were “very high”, according to the Relief Committee.\n");
    assert_eq!(found[0].speaker, some("Relief Committee"));
    assert_eq!(found[0].actor, some("relief"));
    let found = run("According to the Palace, the deal was “a step towards peace”.\n");
    assert_eq!(found[0].speaker, some("Palace"));
    assert_eq!(found[0].actor, some("atlantis"));
}

#[test]
fn said_after_a_long_appositive() {
    let body = "“We found solutions on every key point,” Ana Vell said.\n\n“This is a big day,” Ruritanian Foreign Minister Karl Lind, who spent more than a week in Lisbon negotiating with his counterpart and twice delayed his return home, said Thursday.\n";
    let found = dated(body);
    assert_eq!(found[1], (some("Karl Lind"), "2016-12-08".to_string()));
}

#[test]
fn family_name_first() {
    let body = "Ruritanian Foreign Minister Wang Yi said the outcome was “a good start for all”.\n\n“All sides showed flexibility and the will to compromise,” Wang said.\n";
    assert_eq!(speakers(body), [some("Wang Yi"), some("Wang Yi")]);
}

#[test]
fn anonymous_voices_keep_their_description_and_bare_plurals_have_none() {
    let body = "“We spoke with Karl Lind for a long time,” Ana Vell said.\n\n«No text has been drafted yet», officials said late on Sunday.\n\n“We will hold them to every word of it,” a senior official said.\n";
    assert_eq!(
        speakers(body),
        [some("Ana Vell"), None, some("a senior official")]
    );
}

#[test]
fn an_unnamed_sources_description_ends_before_its_clauses_verb() {
    // The sentence's own verb is no part of who spoke.
    let body = "A source close to Karl Lind disputed that account. “They came for a number, not a deal,” the source said.\n";
    assert_eq!(speakers(body), [some("A source close to Karl Lind")]);
    // A verb coordinated with the speech verb.
    let body = "When I left, an old fisherman stopped me on the road and said, “Come back with something, or do not come back.”\n";
    assert_eq!(speakers(body), [some("an old fisherman")]);
    // A relative clause keeps its own verb; the main verb is cut.
    let body = "A provincial official who was on the other end of the call disputed that account. “We never said that to anyone at all,” the official said.\n";
    assert_eq!(
        speakers(body),
        [some(
            "A provincial official who was on the other end of the call"
        )]
    );
    // Must not fire: a participle that describes the source stays.
    let body = "A Belgian aid worker freed last week after months as a hostage said, “I never lost hope in the end.”\n";
    assert_eq!(
        speakers(body),
        [some(
            "A Belgian aid worker freed last week after months as a hostage"
        )]
    );
    let body = "In the camp, a refugee who had just collected a hygiene kit said the queues were long. “We wait from morning, every single day,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("a refugee who had just collected a hygiene kit")]
    );
}

#[test]
fn an_abbreviations_stop_does_not_cut_a_description() {
    let body = "A spokeswoman for Mr. Lind said he had read the letter. “He takes it seriously, and he will read it all,” she said.\n";
    assert_eq!(speakers(body), [some("A spokeswoman for Mr. Lind")]);
}

#[test]
fn a_span_of_time_or_a_question_is_no_unnamed_source() {
    // `Two days later` opens the sentence, `he` is the man named before.
    let body = "Karl Lind said in a video that “nobody asked me” about the deal. Two days later, after a meeting with the elder Vell, he said he had been heard “like a father”.\n";
    let found = speakers(body);
    assert!(!found.contains(&some("Two days later")), "{found:?}");
    // `employees` of a question is no group a member is picked from.
    let body = "**Q: How do you protect employees who talk to you?**\n\nA: We have our own hotline. One of them said, “I was there. Ask me.” We did.\n";
    let found = speakers(body);
    assert!(
        found.iter().flatten().all(|s| !s.contains("How do you")),
        "{found:?}"
    );
}

#[test]
fn a_definite_body_after_the_head_names_the_sources_actor() {
    // The frame's subject stops at `official`; the description in full
    // ties the source to the committee the article named.
    let body = "The talks at the Relief Committee went on past midnight. “The key was the separate rooms, and nobody left,” said an official at the committee.\n";
    assert_eq!(
        direct(body)[0].2.as_deref(),
        Some("relief"),
        "{:?}",
        direct(body)
    );
    // Must not fire: a relative clause names no body spoken for.
    let body = "The Relief Committee met on Monday. “Nobody expected a deal before the weekend at all,” said a trader who holds Relief Committee bonds.\n";
    assert_eq!(direct(body)[0].2, None, "{:?}", direct(body));
}

#[test]
fn another_source_of_the_kind_speaks_for_the_side_of_the_first() {
    let body = "The talks at the Relief Committee went on past midnight. “The key was the separate rooms, and nobody left,” said an official at the committee.\n\n“It was late, and everyone was tired of the whole thing,” a second official said.\n";
    let found = direct(body);
    assert_eq!(found[1].1.as_deref(), Some("a second official"));
    assert_eq!(found[1].2.as_deref(), Some("relief"), "{found:?}");
    // Must not fire: the first source of the kind spoke for no side.
    let body = "“The key was the separate rooms, and nobody left at all,” said one official.\n\n“It was late, and everyone was tired of the whole thing,” a second official said.\n";
    assert_eq!(direct(body)[1].2, None, "{:?}", direct(body));
}

#[test]
fn a_name_no_list_knows_takes_the_pronoun_its_paragraph_gives_it() {
    // `Sai` tells a man; `Tern Hkam` is in no list of given names. The
    // paragraph names him, so `he` is him, not the general quoted last.
    let body = "General Karl Lind spoke first. “This is not a ceasefire,” he said.\n\nThe council's Sai Tern Hkam agreed, in his own way. “We signed for the people,” he said.\n";
    assert_eq!(speakers(body), [some("Karl Lind"), some("Sai Tern Hkam")]);
    // `U` tells a man and is no part of the name; `Maung` is not the
    // surname of the other man quoted.
    let body = "“We will rebuild,” said Khaing Thura Maung.\n\nIn Pyinma, U Maung Hla Sein, the trader who moved his family, said the water rose. “We were lucky,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("Khaing Thura Maung"), some("Maung Hla Sein")]
    );
}

#[test]
fn an_honorific_of_another_tradition_tells_the_speakers_sex() {
    // `Daw` tells a woman, though the name keeps no trace of it: the
    // `he` after her quote is not her, and no one else is in reach.
    let body = "“The road is closed,” said Daw Khin Nwe Soe.\n\n“We will wait,” he said.\n";
    let found = speakers(body);
    assert_eq!(found[0], some("Khin Nwe Soe"));
    assert!(found[1..].iter().all(|s| *s != some("Khin Nwe Soe")));
}

#[test]
fn korean_name_family_first_after_an_introduction() {
    let body = "UN Secretary-General Ban Ki-moon urged the negotiators to seize the moment. „A good agreement would bring peace to the whole region“, Ban said in a statement on Saturday.\n";
    let found = dated(body);
    assert_eq!(found, [(some("Ban Ki-moon"), "2016-12-03".to_string())]);
}

#[test]
fn hailed_as_is_a_short_statement() {
    let found =
        run("President Karl Lind has hailed the agreement as “a new chapter” for the region.\n");
    assert_eq!(found[0].speaker, some("Karl Lind"));
    // Without a named subject it only labels the agreement.
    assert!(run("The agreement was hailed as “a new chapter” for the region.\n").is_empty());
}

#[test]
fn epithets_point_to_the_person_named_without_a_quote() {
    let body = "The deal is a compromise, Atlantean Foreign Minister Ana Vell told journalists on Thursday.\n\n“Nobody got everything they wanted,” the Atlantean top diplomat said.\n\nVell also spoke about the road. “We hope the road stays open,” the minister stressed.\n";
    assert_eq!(speakers(body), [some("Ana Vell"), some("Ana Vell")]);
    // An epithet naming another actor is not her.
    let body = "The deal is a compromise, Atlantean Foreign Minister Ana Vell told journalists.\n\n“Nobody got everything they wanted,” the Ruritanian top diplomat said.\n";
    assert_ne!(speakers(body), [some("Ana Vell")]);
}

#[test]
fn a_body_with_a_name_of_two_words_is_no_he() {
    let body = "“We will sign the agreement soon,” Karl Lind said.\n\n“We support the talks fully and completely,” the Atlantean Foreign Ministry said.\n\n“The deal is close now,” he said. “Convoys may leave at dawn,” it added.\n";
    assert_eq!(
        speakers(body),
        [
            some("Karl Lind"),
            some("Atlantean Foreign Ministry"),
            some("Karl Lind"),
            some("Atlantean Foreign Ministry")
        ]
    );
}

#[test]
fn it_points_to_a_body_of_reported_speech() {
    let body = "The Atlantean Foreign Ministry said on Monday that the road was open.\n\n“Convoys may leave at dawn,” it added.\n";
    assert_eq!(speakers(body), [some("Atlantean Foreign Ministry")]);
}

#[test]
fn a_dated_introduction_dates_the_quotes_of_its_paragraph() {
    let body = "Karl Lind was more measured on Tuesday. “We should not celebrate too early,” he said on state TV.\n\nKarl Lind arrived on Monday.\n\n“The hardest part is ahead of us,” he said.\n";
    assert_eq!(
        dated(body),
        [
            (some("Karl Lind"), "2016-12-06".to_string()),
            (some("Karl Lind"), "2016-12-09".to_string())
        ]
    );
}

#[test]
fn a_sentence_opening_word_is_no_first_name() {
    let body = "For Omar Haddad, the day had come. “This is the best deal that was available,” says Haddad, an analyst.\n";
    assert_eq!(speakers(body), [some("Omar Haddad")]);
}

#[test]
fn an_apposition_with_the_and_an_office_of_a_body() {
    let body = "Omar Haddad, the executive director of the Foundation for Peace, told reporters that the deal was “a nuclear deal with a sunset clause”.\n";
    assert_eq!(speakers(body), [some("Omar Haddad")]);
}

#[test]
fn reported_speech_after_its_clause_introduces_the_speaker() {
    let body = "LISBON, Dec. 9 (The Daily) -- Atlantis welcomes the agreement, Foreign Ministry spokesperson Hua Chunying said Friday.\n\n“The framework is an important step for all sides,” Hua told a press briefing.\n";
    assert_eq!(
        dated(body),
        [(some("Hua Chunying"), "2016-12-09".to_string())]
    );
}

#[test]
fn an_agency_quoted_a_titled_name_as_saying() {
    let body = "The Yonhap news agency quoted Foreign Minister Yun Byung-se as saying that it “sends a positive signal to the north.”\n\n“We hope the north takes note,” Yun told lawmakers.\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Yun Byung-se"));
    assert_eq!(found[0].via, some("Yonhap"));
    assert_eq!(found[1].speaker, some("Yun Byung-se"));
}

#[test]
fn a_parenthesis_after_the_name_is_not_the_name() {
    let body = "“The hard work starts now,” according to a statement from Sen. Jane Roe (D-Calif.).\n\n“The hard work starts now,” said Jane Roe (Atlantis) on Monday.\n";
    assert_eq!(speakers(body), [some("Jane Roe"), some("Jane Roe")]);
}

#[test]
fn an_unnamed_office_holder_is_no_name_but_speaks_for_the_actor() {
    let body = "The representative of Atlantis said all sides must “return to the table and stop the fighting now”.\n\n\
The representative of the United States said: “We will not accept this text as it stands.”\n\n\
The Atlantean ambassador said: “We will not accept this text as it stands today.”\n";
    let found = direct(body);
    assert_eq!(found[0].1, None);
    assert_eq!(found[0].2, some("atlantis"));
    assert_eq!(found[1].1, None);
    assert_eq!(found[1].2, some("ruritania"));
    assert_eq!(
        (found[2].1.clone(), found[2].2.clone()),
        (None, some("atlantis"))
    );
}

#[test]
fn an_office_holder_who_is_named_or_anonymous_keeps_the_old_rules() {
    let body = "The representative of Atlantis, Jan Berg, said: “We will not accept this text as it stands.”\n\n\
An Atlantean diplomat said: “We will not accept this text as it stands today.”\n\n\
The Relief Committee said: “Aid convoys are waiting at the crossing for a green light.”\n";
    let found = direct(body);
    assert_eq!(
        (found[0].1.clone(), found[0].2.clone()),
        (some("Jan Berg"), some("atlantis"))
    );
    // Anonymous: the description, and no actor for a nationality.
    assert_eq!(
        (found[1].1.clone(), found[1].2.clone()),
        (some("An Atlantean diplomat"), None)
    );
    assert_eq!(found[2].1, some("Relief Committee"));
}

#[test]
fn a_participle_after_a_noun_gives_way_to_the_verb_before() {
    let body = "Omar Haddad said in an audio message posted online: “We will never lay down our arms.”\n\n\
He said in a statement posted on the ministry website: “The convoy will leave at dawn tomorrow.”\n\n\
A message posted online said: “The convoy will leave at dawn tomorrow morning.”\n";
    assert_eq!(
        speakers(body),
        [some("Omar Haddad"), some("Omar Haddad"), None]
    );
}

#[test]
fn a_colon_after_words_introducing_a_person_leads_into_the_quote() {
    let body = "Ana Vell welcomed the deal in a statement: “This is an important step towards peace.”\n\n\
The statement ended with a warning: “Nobody should mistake restraint for weakness.”\n";
    assert_eq!(speakers(body), [some("Ana Vell"), None]);
}

#[test]
fn a_block_ending_with_a_colon_leads_into_list_items_and_blockquotes() {
    let body = "**10.41 GMT** – Omar Haddad has just spoken to reporters outside the hotel. Key lines:\n\n\
- “The memorandum will be signed today by the three guarantors.”\n\
- “Atlantis has agreed to act as a guarantor alongside us.”\n\n\
Jan Berg, a spokesman for the Blue Brigade, said:\n\n\
> “We cannot sit at the table while the bombing goes on.”\n\n\
The fighting went on all day. Residents wrote on the walls:\n\n\
> “We will come back to our homes one day, whatever happens.”\n";
    assert_eq!(
        speakers(body),
        [
            some("Omar Haddad"),
            some("Omar Haddad"),
            some("Jan Berg"),
            None
        ]
    );
}

#[test]
fn a_colon_lead_in_holds_only_for_the_next_block() {
    let body = "Omar Haddad said:\n\n\
The talks went on late into the night in the hotel.\n\n\
“Nobody knows what tomorrow brings for the people of this city.”\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn the_attribution_at_the_end_of_a_run_on_quote_names_all_its_paragraphs() {
    let body = "“The convoy is ready,” said Omar Haddad.\n\n\
“The road is open and it will stay open.\n\n\
“Nobody can stop the aid now,” said Jan Berg of the Relief Committee.\n";
    assert_eq!(
        speakers(body),
        [some("Omar Haddad"), some("Jan Berg"), some("Jan Berg")]
    );
    // A closed quote is no run-on: it continues the quote before it.
    let body = "“The convoy is ready,” said Omar Haddad.\n\n\
“The road is open and it will stay open.”\n\n\
“Nobody can stop the aid now,” said Jan Berg of the Relief Committee.\n";
    assert_eq!(
        speakers(body),
        [some("Omar Haddad"), some("Omar Haddad"), some("Jan Berg")]
    );
}

#[test]
fn a_colon_leads_in_only_after_words_of_saying() {
    let body = "Omar Haddad looked up at the banner over the gate:\n\n\
“Welcome to the free city of the north, brothers and sisters.”\n\n\
Ana Vell arrived late at the hotel. The banner over the door read:\n\n\
> “Welcome to the free city of the north, brothers and sisters, again.”\n\n\
Jan Berg stood at the gate: “Welcome to the free city of the north, everyone.”\n";
    assert_eq!(speakers(body), [None, None, None]);
}

#[test]
fn a_person_named_in_full_taking_their_turn_before_a_colon_speaks() {
    let body = "Omar Haddad chairs the panel. Jan Berg leads the union.\n\n\
The judges took their seats. Haddad sets the tone: “Each side will have exactly the time allocated.”\n\n\
The union flew in a dozen agents. Union president Jan Berg: “We are not lobbyists, we are agents.”\n\n\
Omar Haddad closed by reading out a letter from a constituent: “I found out from a newspaper.”\n\n\
The chair, Labor's Jan Berg, stepped in: “Let the witness answer the question.”\n";
    assert_eq!(
        speakers(body),
        [
            some("Omar Haddad"),
            some("Jan Berg"),
            None,
            some("Jan Berg")
        ]
    );
    // The name that opens the lead is no subject when another name
    // follows it: the quote is not Haddad's.
    let body = "Omar Haddad won the vote. Jan Berg runs his campaign.\n\n\
- Haddad campaign manager Jan Berg, on X: “Won is won, see you in the capital.”\n";
    assert_ne!(speakers(body), [some("Omar Haddad")]);
}

#[test]
fn a_phrase_ending_in_an_office_is_no_name() {
    let body = "He recalled a meeting at which an Atlantean negotiator told him, “We will never give up what protects us.”\n";
    assert_eq!(direct(body)[0].1, None);
}

#[test]
fn for_name_opening_a_sentence_introduces_them() {
    let body = "“Shall we cross over for a moment?” Omar Haddad asked.\n\n\
For Jan Berg, who had waited years for this day, it was a calculated risk. “I have been asked many times whether I trust him,” he told me.\n\n\
For years the talks went nowhere. “Nobody believed in them at all back then,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("Omar Haddad"), some("Jan Berg"), some("Jan Berg")]
    );
}

#[test]
fn dismissed_as_is_said_by_a_named_speaker_only() {
    let body = "Jan Berg, the leader of the opposition, dismissed the summit as “a show staged by the Palace and its friends.”\n\n\
Critics dismissed it as “a show”.\n";
    let found = direct(body);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, some("Jan Berg"));
}

#[test]
fn the_spokesman_after_an_unnamed_spokesman_is_not_the_named_one() {
    let body = "“The convoy has left,” said Omar Haddad, a spokesman for the Blue Brigade.\n\n\
        A spokesman for the rebel groups, who asked not to be named, said the deal was “only to save lives”.\n\n\
        “We did not surrender,” the spokesman said.\n";
    let unnamed = some("A spokesman for the rebel groups");
    assert_eq!(
        speakers(body),
        [some("Omar Haddad"), unnamed.clone(), unnamed]
    );
    // With no unnamed spokesman in between, `the spokesman` is Haddad.
    let body = "“The convoy has left,” said Omar Haddad, a spokesman for the Blue Brigade.\n\n\
        “We did not surrender,” the spokesman said.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
    // A named spokesman after the unnamed one is `the spokesman` again.
    let body = "A spokesman, who asked not to be named, said it was “only to save lives”.\n\n\
        “The convoy has left,” said Omar Haddad, a spokesman for the Blue Brigade.\n\n\
        “We did not surrender,” the spokesman said.\n";
    assert_eq!(
        speakers(body),
        [
            some("A spokesman"),
            some("Omar Haddad"),
            some("Omar Haddad")
        ]
    );
}

#[test]
fn a_surname_without_al_completes_the_full_name() {
    let body = "Abu Omar al-Haddad, the leader of the Blue Brigade, said the fall of the city was “a lesson for all”.\n\n\
        “The factions must unite,” Haddad said.\n";
    assert_eq!(
        speakers(body),
        [some("Abu Omar al-Haddad"), some("Abu Omar al-Haddad")]
    );
    // And with the article written: `Al-Haddad told ...`.
    let body = "“The convoy has left,” said Omar al-Haddad.\n\n“We wait,” Al-Haddad said.\n";
    assert_eq!(
        speakers(body),
        [some("Omar al-Haddad"), some("Omar al-Haddad")]
    );
    // A different surname is no match: it stands as written
    // (`subject_form`), not as Omar al-Haddad.
    let body = "“The convoy has left,” said Omar al-Haddad.\n\n“We wait,” Haddadi said.\n";
    assert_eq!(speakers(body)[1], some("Haddadi"));
}

#[test]
fn a_speaker_named_before_a_pause_says_what_follows() {
    let body = "“We will go,” said Omar Haddad.\n\nAsked about the talks, Mr Haddad paused, then added: “We are looking at all the options.”\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
    let body = "Omar Haddad smiled and then said: “We are looking at all the options.”\n";
    assert_eq!(speakers(body), [some("Omar Haddad")]);
    // Nobody named before the pause: nobody.
    let body = "The room went quiet, and then added: “We are looking at all the options.”\n";
    assert_eq!(speakers(body), [None]);
    let body = "Officials paused, then added: “We are looking at all the options.”\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn an_unnamed_spokesman_for_an_actor_speaks_for_it() {
    let body = "A spokesman for the Blue Brigade, who asked not to be named, said the deal was “only to save lives”.\n";
    assert_eq!(direct(body)[0].1, some("A spokesman for the Blue Brigade"));
    assert_eq!(direct(body)[0].2, some("blue-brigade"));
    // No actor named, or an adjective only: anonymous.
    // `the spokesman` then is that unnamed spokesman, for that actor.
    let body = "A spokesman for the Blue Brigade, who asked not to be named, said the deal was “only to save lives”.\n\n“We did not surrender,” the spokesman said.\n";
    assert_eq!(direct(body)[1].1, some("A spokesman for the Blue Brigade"));
    assert_eq!(direct(body)[1].2, some("blue-brigade"));
    let body = "A spokesman for the group said the deal was “only to save lives”.\n";
    assert_eq!(direct(body)[0].2, None);
    let body = "An Atlantean diplomat said the deal was “only to save lives”.\n";
    assert_eq!(direct(body)[0].2, None);
}

#[test]
fn a_spokesman_for_a_listed_person_is_not_that_person() {
    // The name after `a spokesman for` is whom the words are said for:
    // the staff member spoke, for the person's actor.
    let body =
        "A spokesman for Foreign Minister Ana Vell said the deal was “only to save lives”.\n";
    assert_eq!(
        direct(body)[0].1,
        some("A spokesman for Foreign Minister Ana Vell")
    );
    assert_eq!(direct(body)[0].2, some("atlantis"));
    let body = "An aide to Vell said the minister was “looking at all the options”.\n";
    assert_eq!(direct(body)[0].1, some("An aide to Vell"));
    // A comma: the name is the spokesman's own.
    let body = "A spokesman for the minister, Ana Vell, said the deal was “only to save lives”.\n";
    assert_eq!(direct(body)[0].1, some("Ana Vell"));
    // A capitalised noun is the title of an office the named person holds.
    let body = "Special Adviser to the Palace Ana Vell said the deal was “only to save lives”.\n";
    assert_eq!(direct(body)[0].1, some("Ana Vell"));
}

#[test]
fn a_pronoun_before_anyone_is_named_is_nobody() {
    // `“A,” he said. “B,” Name said.`: `he` has no one to point back to.
    let body = "“We will go to the city,” he said. “We will not come back,” Omar Haddad said.\n";
    assert_eq!(speakers(body), [None, some("Omar Haddad")]);
    let body =
        "“We will go to the city,” Ana Vell said. “We will not come back,” Omar Haddad said.\n";
    assert_eq!(speakers(body), [some("Ana Vell"), some("Omar Haddad")]);
}

#[test]
fn an_office_before_the_name_is_the_listed_holder_the_article_names() {
    let body = "“We will not sign a bad deal,” the foreign minister has told reporters.\n\n\
        Ana Vell said the talks would go on.\n";
    assert_eq!(direct(body)[0].1, some("Ana Vell"));
    assert_eq!(direct(body)[0].2, some("atlantis"));
    // The article never names her: nobody.
    let body = "“We will not sign a bad deal,” the foreign minister has told reporters.\n";
    assert_eq!(direct(body)[0].1, None);
    // Another office than her listed role: nobody.
    let body = "“We will not sign a bad deal,” the defence minister has told reporters.\n\n\
        Ana Vell said the talks would go on.\n";
    assert_eq!(direct(body)[0].1, None);
}

#[test]
fn each_occurrence_names_the_rule_that_attributed_it() {
    let body = "“We spoke for a long time,” Ana Vell said. “Ask the others.”\n\n“We will keep asking,” she said.\n\n“It is done,” the Palace said.\n\nThe foreign minister, Karl Lind, spoke. “Not yet,” the foreign minister said.\n\n“We will hold them to every word of it,” a senior official said.\n\nAn unquoted sentence of fifteen words with “five words in quote marks” and no one said it.\n";
    let rules: Vec<_> = run(body).iter().map(|o| o.rule).collect();
    assert_eq!(
        rules,
        [
            Some(Rule::SpeechVerb),
            Some(Rule::Continuation),
            Some(Rule::Pronoun),
            Some(Rule::Body),
            Some(Rule::Descriptor),
            Some(Rule::Anonymous),
            None,
        ]
    );
}

#[test]
fn an_unnamed_source_keeps_its_description_as_speaker() {
    let found = run("“We will hold them to every word of it,” a senior rebel commander said.\n");
    assert_eq!(found[0].speaker, some("a senior rebel commander"));
    assert!(found[0].anonymous);
    assert_eq!(found[0].role, None);
    // A document, a definite office or a bare plural is no description
    // of a source.
    for body in [
        "“We will hold them,” according to a transcript of the hearing.\n",
        "“We will hold them,” the minister said.\n",
        "“We will hold them,” officials said.\n",
    ] {
        assert_eq!(run(body)[0].speaker, None, "{body}");
    }
    // The body a description names is the actor; a nationality is not.
    let found = run("“We are ready,” said a senior Blue Brigade commander.\n");
    assert_eq!(found[0].actor, some("blue-brigade"));
    let found = run("“We are ready,” a source close to the Relief Committee said.\n");
    assert_eq!(found[0].actor, some("relief"));
    let found = run("“We are ready,” said a Ruritanian delegate.\n");
    assert_eq!(found[0].actor, None);
    let named = run("“We will hold them to every word of it,” Ana Vell said.\n");
    assert!(!named[0].anonymous);
}

/// Parties, offices and a central bank, for the rules of US-style politics.
fn politics_registry() -> Registry {
    let party = |id: &str, name: &str, aliases: &[&str]| Actor {
        kind: Some("party".into()),
        ..actor(id, name, aliases, None, &[])
    };
    Registry::new(&[
        party("blues", "Blue Party", &["Blue", "Blues", "BP", "B"]),
        party("greens", "Green Party", &["Green", "Greens", "G"]),
        Actor {
            offices: vec!["President".into(), "Secretary of State".into()],
            ..actor("republic", "Republic", &["Republican", "Palace"], None, &[])
        },
        actor("bank", "Central Bank", &["CB", "Central Bank"], None, &[]),
    ])
}

fn politics(body: &str) -> Vec<(Option<String>, Option<String>)> {
    speakers_and_actors(&politics_registry(), body)
}

#[test]
fn a_party_word_or_tag_affiliates_a_person_a_nationality_does_not() {
    let found = politics(
        "Blue Ann Reyes said the plan “will not pass in its current form.”\n\n“We will keep fighting for it,” said Sen. Tom Dorn (G-Neb.).\n\n“Nobody expected it to pass this week,” said Rep. Luis Ortega, a Green from Texas.\n\n“It is a good plan for all of us,” said Kim Lowe, a Republican citizen.\n",
    );
    assert_eq!(
        found,
        [
            (some("Ann Reyes"), some("blues")),
            (some("Tom Dorn"), some("greens")),
            (some("Luis Ortega"), some("greens")),
            // `Republican` is the republic's nationality, not a party.
            (some("Kim Lowe"), None),
        ]
    );
}

#[test]
fn a_role_noun_after_an_actor_name_gives_that_actor() {
    let found = politics(
        "CB Chair Rita Moss told lawmakers that inflation was “still too high.”\n\nBlues nominee Dana Whit praised the plan as “long overdue.”\n\nThe host, Jon Pike, said it was “a very long week for all of us here.”\n",
    );
    assert_eq!(
        found,
        [
            (some("Rita Moss"), some("bank")),
            (some("Dana Whit"), some("blues")),
            (some("Jon Pike"), None),
        ]
    );
}

#[test]
fn an_office_listed_by_one_actor_gives_that_actor() {
    let found = politics(
        "President Karl Lind said the tariffs “are here to stay for a long time.”\n\nSecretary of State Jo Ames said the allies “understand our position very well.”\n\nVice Chancellor Ed Moe said the allies “understand nothing at all about it.”\n",
    );
    assert_eq!(
        found,
        [
            (some("Karl Lind"), some("republic")),
            (some("Jo Ames"), some("republic")),
            (some("Ed Moe"), None),
        ]
    );
}

#[test]
fn a_qualified_title_is_another_office() {
    let found = politics(
        "Vice President Karl Lind said the tariffs “are here to stay for a long time.”\n\nThe Dockers Guild said it would strike. Its president, Jo Ames, said the members “will not wait any longer.”\n\nGuild president Ed Moe said the vote was “a formality by now.”\n\nRepublican President Al Bee said the allies “understand our position very well.”\n",
    );
    assert_eq!(
        found,
        [
            // A rank within the office keeps it.
            (some("Karl Lind"), some("republic")),
            (some("Jo Ames"), None),
            (some("Ed Moe"), None),
            // The actor's own name before its title keeps the office.
            (some("Al Bee"), some("republic")),
        ]
    );
}

#[test]
fn a_descriptor_points_back_to_the_person_it_describes() {
    let found = politics(
        "Sen. Ann Reyes (B-Neb.) spoke on Tuesday.\n\n“We have been clear from the start,” the Blue lawmaker told reporters. “Nobody should be surprised.”\n\n“Nobody asked us about it at all,” the Green lawmaker said.\n",
    );
    assert_eq!(
        found,
        [
            (some("Ann Reyes"), some("blues")),
            (some("Ann Reyes"), some("blues")),
            // No Green lawmaker was named: unnamed, but the party's.
            (None, some("greens")),
        ]
    );
}

#[test]
fn a_pronoun_in_the_main_clause_means_the_subject_of_the_subordinate_one() {
    let found = politics(
        "“She knows the votes are there,” Tom Dorn said.\n\nWhen Ann Reyes was asked whether she respects Dorn, she said: “I respect the office, not the tactics.”\n",
    );
    assert_eq!(found[1].0, some("Ann Reyes"));
}

#[test]
fn a_pronoun_never_goes_to_a_person_of_the_other_gender() {
    let body = "“We need access now to the whole city,” Omar Haddad said. “Ask the others,” he added.\n\n“We will keep asking for access,” she said.\n";
    assert_eq!(
        speakers(body),
        [some("Omar Haddad"), some("Omar Haddad"), None]
    );
}

#[test]
fn the_agent_of_a_passive_wrote_the_document_that_speaks() {
    let found = politics(
        "An email sent by Kim Lowe, who runs the campaign, said the senator “will keep fighting for every farmer.”\n\nA letter sent to Kim Lowe said the senator “will stop fighting for every farmer.”\n",
    );
    assert_eq!(found[0].0, some("Kim Lowe"));
    assert_eq!(found[1].0, None);
}

#[test]
fn the_group_s_officer_speaks_for_the_body_named_before() {
    let found = direct(
        "The Blue Brigade vowed to resist. “The aggressors will be buried in the sand,” Omar Haddad, the group's chief negotiator, said.\n\nThe Atlantean Foreign Ministry said the talks were “going nowhere at all”.\n\nJan Berg, the ministry's spokesman, said: “More than 5,000 people have left.”\n\n“We will talk again next week,” Eva Lund, the group's founder, said.\n",
    );
    assert_eq!(found[0].2, some("blue-brigade"));
    assert_eq!(found[2].2, some("atlantis"));
    // Nothing named in this paragraph or the one before is a group.
    assert_eq!(found[3].2, None);
}

#[test]
fn a_titled_surname_is_a_person_a_bare_word_is_not() {
    assert_eq!(
        speakers(
            "Mr. Lind tweeted Friday that the deal “threatens our survival,” and said he would call.\n\n“No text has been drafted yet at all,” Officials said.\n"
        ),
        [some("Lind"), None]
    );
}

#[test]
fn said_with_the_name_after_indirect_speech() {
    assert_eq!(
        speakers(
            "The plan will hurt farmers, said Ana Vell, “and everyone knows it.”\n\nJan Berg, the envoy, said Mr Lind had made clear that “he would have no reason to stay.”\n"
        ),
        [some("Ana Vell"), some("Jan Berg")]
    );
}

#[test]
fn several_speakers_are_no_one_speaker() {
    assert_eq!(
        speakers(
            "Ana Vell, Jan Berg, Omar Haddad and Eva Lund said in a letter that the bill “must be rewritten from scratch.”\n"
        ),
        [None]
    );
}

#[test]
fn a_body_the_actor_files_name_reports_speech() {
    let found = run(
        "Atlantean Foreign Ministry said more than 70,000 people had fled the eastern districts.\n\nsome body said more than 70,000 people had fled.\n",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, QuoteKind::Reported);
    assert_eq!(found[0].actor, some("atlantis"));
}

#[test]
fn the_paper_is_the_outlet_named_last() {
    let found = run(
        "The Guardian published an editorial. “We are not going anywhere soon,” the paper wrote.\n",
    );
    assert_eq!(found[0].speaker, some("The Guardian"));
    // No outlet named before: no speaker.
    let found = run("“Nor are we going anywhere at all,” the network said. The Guardian agreed.\n");
    assert_eq!(found[0].speaker, None);
}

#[test]
fn a_person_s_campaign_speaks_for_that_person_s_actor() {
    let found = politics(
        "Blue Ann Reyes spoke on Monday. Her campaign said in a statement that she was “fully confident of victory.”\n\nReyes's campaign said the polls were “wrong, as they always are.”\n",
    );
    assert_eq!(
        found,
        [
            (some("Reyes's campaign"), some("blues")),
            (some("Reyes's campaign"), some("blues"))
        ]
    );
}

#[test]
fn a_document_speaks_for_the_author_the_paragraph_gives_it() {
    let body = "Sen. Ann Reyes voted against it. Her office released a two-page statement after the vote. “The senator will keep working for a deal,” the statement said.\n\n\
Judge Ivo Tam issued the order on Friday. “The state has not shown any harm at all,” the order said.\n\n\
The Relief Committee said in a statement on Monday that it would appeal. “We disagree with every word of it,” the statement added.\n\n\
In his veto message, Governor Karl Dorn wrote that the plan failed. The message also said the governor remained “ready to sign a budget within two days.”\n";
    let found = direct(body);
    assert_eq!(
        found.iter().map(|d| d.1.clone()).collect::<Vec<_>>(),
        [
            some("Reyes's office"),
            some("Ivo Tam"),
            some("Relief Committee"),
            some("Karl Dorn")
        ]
    );
    assert_eq!(found[2].2, some("relief"));
}

#[test]
fn a_document_whose_author_is_not_told_or_is_several_names_no_one() {
    let body = "A joint statement was read out after the talks. “Both sides agreed to meet again soon,” the statement said.\n\n\
Ann Reyes and Tom Dorn signed the letter on Friday. “We will not vote for this budget,” the letter said.\n\n\
She released a statement later. “Nothing about our plans has changed,” the statement said.\n";
    assert_eq!(speakers(body), [None, None, None]);
}

#[test]
fn a_document_speaks_for_its_author_paragraphs_later_until_another_is_brought_in() {
    // The author told three paragraphs back; a sentence opening with a
    // conjunction and a long description of the document.
    let body = "In a letter to the chairs and ranking members of the budget committees of both houses, the Relief Committee said costs would rise.\n\n\
Ann Reyes voted against the bill.\n\n\
Tom Dorn voted for it.\n\n\
“Most of the loss will not be recovered,” the letter said.\n\n\
But in a memo to the board dated March 4 and seen by this newspaper, Ana Vell warned that the plan failed. “We recommend a pause,” the memo said.\n";
    assert_eq!(speakers(body), [some("Relief Committee"), some("Ana Vell")]);
    // A letter brought in since with no author told: the later one is
    // meant, and no one is named.
    let body = "Ana Vell said in a letter on Monday that costs would rise.\n\n\
A second letter reached the committee on Tuesday.\n\n\
“Most of the loss will not be recovered,” the letter said.\n\n\
Ana Vell said in a statement that she would wait. Tom Dorn's statement came an hour later.\n\n\
“We will not wait,” the statement said.\n\n\
Ana Vell said in an email that she would wait. Tom Dorn's campaign sent 27 fundraising emails in a week.\n\n\
“Chip in $8 before midnight,” the email said.\n";
    assert_eq!(speakers(body), [None, None, None]);
}

#[test]
fn a_generic_body_noun_is_the_body_that_spoke_in_the_paragraph_before() {
    let body = "The Blue Brigade said on Monday that it would withdraw.\n\n\
In a message to its fighters, the group said the fight was “over for now.”\n";
    assert_eq!(speakers(body), [some("Blue Brigade")]);
    // A body of that kind brought in since is meant; a person who spoke
    // is no body; two paragraphs back is too far.
    let body = "The Blue Brigade said on Monday that it would withdraw.\n\n\
A small armed group, Vell Front, disagreed. “We stay,” the group said.\n";
    assert_eq!(speakers(body), [some("Vell Front")]);
    let body = "Ann Reyes said on Monday that she would wait.\n\n\
“We stay,” the group said.\n";
    assert_eq!(speakers(body), [None]);
    let body = "The Blue Brigade said on Monday that it would withdraw.\n\n\
Fighting went on near the river.\n\n\
“We stay,” the group said.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn put_it_is_a_speech_frame_put_it_somewhere_is_not() {
    let body = "Ann Reyes spoke last. As Reyes put it, the deal was “a good roof on a house with no walls.”\n\n\
Tom Dorn put it more bluntly: “Nobody is going to sign this thing.”\n\n\
Jo Ames put it in a drawer marked “Final offer, take it or leave it now.”\n";
    assert_eq!(speakers(body), [some("Ann Reyes"), some("Tom Dorn"), None]);
}

#[test]
fn a_surname_completes_past_a_one_letter_initial() {
    let body = "Mine safety officer Themba K. Ndlovu told the inquiry he had flagged it. “I wrote it down and I phoned it in,” Ndlovu said.\n";
    assert_eq!(speakers(body), [some("Themba K. Ndlovu")]);
}

#[test]
fn a_speech_verb_further_off_leads_in_only_when_nothing_breaks_the_words() {
    let body = "Ann Reyes said the tariff would cost farmers in the north and the south “hundreds of millions this season.”\n\n\
Tom Dorn said the army wanted soldiers in each convoy, which the rebels call “a Trojan horse for the army.”\n";
    assert_eq!(speakers(body), [some("Ann Reyes"), None]);
}

#[test]
fn a_while_clause_after_a_quote_tells_of_other_words() {
    let body = "Tom Dorn voted against it. “It is a flat-out fabrication of the record,” while Ann Reyes said it referred to final votes.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn appositions_that_are_roles_are_not_the_speaker() {
    let found = politics(
        "Sen. Al Bee, Blue of Iowa, said the vote “was never in doubt for us.”\n\nJo Lin, regional head of the Central Bank, confirmed that rates “will stay where they are.”\n\nSecretary of Commerce Ed Moe said the figures were “better than anyone expected.”\n",
    );
    assert_eq!(
        found,
        [
            (some("Al Bee"), some("blues")),
            (some("Jo Lin"), some("bank")),
            (some("Ed Moe"), None),
        ]
    );
}

#[test]
fn more_speech_frames() {
    assert_eq!(
        speakers(
            "As Omar Haddad puts it, “the bill is dead on arrival.”\n\nLena Ross went on to say that the plan “makes no sense at all.”\n\nThe report has Karl Lind saying the tariffs “are here to stay.”\n\nAna Vell criticized Lind for “playing games with people's jobs.”\n\nMia Sol wondered aloud whether the plan “could ever work.”\n\n“It is a disaster,” Jon Dee interjected.\n"
        ),
        [
            some("Omar Haddad"),
            some("Lena Ross"),
            some("Karl Lind"),
            some("Ana Vell"),
            some("Mia Sol"),
            some("Jon Dee"),
        ]
    );
    // Words that only put a label on something stay out.
    assert!(speakers("Activists criticized it as “a scorched earth” plan.\n").is_empty());
}

#[test]
fn an_office_without_an_actor_takes_the_actor_that_opens_the_sentence() {
    let found = direct(
        "Atlantis welcomed the deal, Foreign Ministry spokesperson Ana Vell said. “It is an important step,” Vell told a briefing.\n\nRuritania also welcomed it. Foreign Minister Jan Berg said it “sends a positive signal.”\n\nThe talks went on. Foreign Minister Eva Lund said it “sends no signal at all.”\n",
    );
    assert_eq!(found[0].2, some("atlantis"));
    assert_eq!(found[1].2, some("ruritania"));
    assert_eq!(found[2].2, None);
}

#[test]
fn a_dateline_is_no_part_of_the_role() {
    let found =
        run("WASHINGTON - Sen. Eva Lund said the bill “will not pass in its current form.”\n");
    assert_eq!(found[0].role, some("Sen."));
}

#[test]
fn a_dateline_is_no_part_of_a_subject_with_an_apposition() {
    for dateline in [
        "WASHINGTON, March 3 (Reuters) -",
        "LINCOLN, Neb. (AP) —",
        "DES MOINES, Iowa, Jan 9 (Reuters) -",
        "MATOSINHOS, Portugal --",
        "BISHKEK –",
    ] {
        let body = format!(
            "{dateline} Eva Lund, the senator who wrote the bill, said it “will not pass in its current form.”\n"
        );
        assert_eq!(speakers(&body), [some("Eva Lund")], "{dateline}");
    }
}

#[test]
fn a_dateline_is_no_part_of_the_person_a_statement_introduces() {
    let body = "WASHINGTON, D.C. — Justice Watch President Eva Lund issued the following statement after the hearing:\n\n“The Senate must now do its job and vote.”\n";
    assert_eq!(speakers(body), [some("Eva Lund")]);
}

#[test]
fn a_quote_in_a_relative_clause_is_the_words_of_who_it_stands_for() {
    assert_eq!(
        speakers(
            "Union President Gary Kressler, who said Tuesday that “we warned them for years,” told The Hill the letter was one of six.\n"
        ),
        [some("Gary Kressler")]
    );
    assert_eq!(
        speakers(
            "Health Minister Fiona Calder, who had described the response as “a regulator doing its job,” said on Wednesday she supported it.\n"
        ),
        [some("Fiona Calder")]
    );
}

#[test]
fn a_quote_after_a_relative_clause_keeps_the_day_its_own_frame_tells() {
    let body = "Senator Karl Lind, who said at Monday's hearing that he doubted “another hundred pages will help,” said on Wednesday that the rule was “exactly the overreach I warned about.”\n";
    assert_eq!(
        dated(body),
        [
            (some("Karl Lind"), "2016-12-05".to_string()),
            (some("Karl Lind"), "2016-12-07".to_string())
        ]
    );
}

#[test]
fn a_list_of_voices_names_each_speaker_and_who_they_are() {
    let found = direct(
        "Pundits weighed in:\n\n- Mia Sol, Relief Committee: “This is the end of the bill.”\n- Jon Dee, The Guardian: “Nobody saw this coming at all.”\n- The banner, in red letters: “Nobody saw this coming at all.”\n",
    );
    assert_eq!(found[0].1, some("Mia Sol"));
    assert_eq!(found[0].2, None);
    assert_eq!(found[1].1, some("Jon Dee"));
    assert_eq!(found[2].1, None);
}

#[test]
fn a_collective_noun_office_takes_the_actor_written_before_the_noun() {
    let found = direct(
        "The Atlantean-led coalition launched an assault on Wednesday.\n\nCoalition spokesman Colonel Jan Berg said the operation would be “quick and precise”.\n\nCommittee spokesman Omar Haddad said it would be “slow and careful”.\n",
    );
    assert_eq!(found[0].2, some("atlantis"));
    assert_eq!(found[1].2, None);
}

#[test]
fn a_west_african_honorific_is_no_part_of_the_name() {
    assert_eq!(
        speakers("Comrade Emmanuel Ibekwe said: “The strike goes ahead.”\n"),
        [some("Emmanuel Ibekwe")]
    );
    assert_eq!(
        speakers("“People must eat,” said Alhaji Sani Danjuma.\n"),
        [some("Sani Danjuma")]
    );
}

#[test]
fn a_bare_surname_two_people_bear_is_the_one_named_last() {
    // An analyst and an unrelated cardiologist of one surname: `Mehta
    // said` after the second is named is the second.
    assert_eq!(
        speakers(
            "“It is credible,” analyst Priya Mehta said.\n\nDr. Anil Mehta, a cardiologist who is not related to the analyst, doubted it.\n\n“Programs have moved on,” Mehta said.\n"
        ),
        [some("Priya Mehta"), some("Anil Mehta")]
    );
    // Must not: a relative the article introduces as such (`her
    // husband, Gary Haugen`) is told of by given name afterwards.
    assert_eq!(
        speakers(
            "Linda Haugen filed the lawsuit on Thursday. It says her husband, Gary Haugen, died in February.\n\n“I want answers,” Haugen said.\n"
        ),
        [some("Linda Haugen")]
    );
}

#[test]
fn a_profession_or_honorific_glued_before_a_name_is_no_part_of_it() {
    assert_eq!(
        speakers("“The curve is flat,” said Statistician Ada Kroll.\n"),
        [some("Ada Kroll")]
    );
    assert_eq!(
        speakers("Shri Vikram Rao said: “We will win every seat.”\n"),
        [some("Vikram Rao")]
    );
    assert_eq!(
        speakers("“It was close,” said American Jo Tell.\n"),
        [some("Jo Tell")]
    );
    // A surname that is also a trade stays a name.
    assert_eq!(
        speakers("“We will appeal,” said Frances Farmer.\n"),
        [some("Frances Farmer")]
    );
}

#[test]
fn words_opening_a_quote_or_describing_someone_are_no_name() {
    let found = speakers(
        "Tom Reed lost his seat.\n\n“I wish them well,” he said. “Though I doubt it will last.”\n",
    );
    assert!(found.iter().flatten().all(|s| s == "Tom Reed"), "{found:?}");
    // `the Czech` alone names no body and no one, when no one was named.
    assert_eq!(speakers("“I served badly,” the Czech said.\n"), [None]);
}

#[test]
fn a_nationality_or_an_age_after_the_stands_for_the_person_introduced() {
    assert_eq!(
        speakers("Eva Dvorak lost in three sets. “I served badly,” the Czech said.\n"),
        [some("Eva Dvorak")]
    );
    assert_eq!(
        speakers("Lena Park was in no mood to wait. “It is time,” said the 52-year-old.\n"),
        [some("Lena Park")]
    );
}

#[test]
fn a_party_word_after_the_is_a_member_of_that_party_never_the_party() {
    let found = politics(
        "Blue nominee Ann Reyes spoke first.\n\n“I grew up on a farm,” the Blue said.\n\n“We will see,” the Green said.\n",
    );
    assert_eq!(found, [(some("Ann Reyes"), some("blues")), (None, None)]);
}

#[test]
fn a_party_word_after_a_place_is_a_descriptor_never_a_name() {
    // The one Blue quoted before, whom the paragraph mentions.
    let found = politics(
        "“We will win,” said Blue Sen. Ann Reyes.\n\nReyes was not done. “Not by a mile,” the Ohio Blue said.\n",
    );
    assert_eq!(found[1], (some("Ann Reyes"), some("blues")));
    // The paragraph names someone else: them, not the Blue quoted last.
    let found = politics(
        "“We will win,” said Blue Sen. Ann Reyes.\n\nSen. Tom Dorn questioned the chief. “Not by a mile,” the Ohio Blue said.\n",
    );
    assert_eq!(found[1].0, some("Tom Dorn"));
    // Two others who fit: no one.
    let found = politics(
        "“We will win,” said Blue Sen. Ann Reyes.\n\nThe chief faced Sen. Tom Dorn and Sen. Lisa Marsh. “Not by a mile,” the Ohio Blue said.\n",
    );
    assert_eq!(found[1], (None, None));
    // An office after a party word speaks for its holder, not as a body.
    let found = politics(
        "Governor Ann Reyes declared an emergency.\n\n“It is not normal heat,” the Blue governor said.\n",
    );
    assert_eq!(found[0].0, some("Ann Reyes"));
    let found = politics("“It is not normal heat,” the Blue governor said.\n");
    assert_eq!(found[0], (None, None));
}

#[test]
fn a_relative_pronoun_stands_for_the_name_before_it() {
    assert_eq!(
        speakers("Lena Park, who had called the plan “a fraud”, gave a speech.\n"),
        [some("Lena Park")]
    );
}

#[test]
fn role_words_joined_by_and_lead_up_to_an_introduced_name() {
    assert_eq!(
        speakers(
            "Former City defender and Sky pundit Gary Nolan was less sure. “They will struggle,” he said.\n"
        ),
        [some("Gary Nolan")]
    );
    assert_eq!(
        speakers("The UN's Ama Oko struck a similar note. “The floor has risen,” she said.\n"),
        [some("Ama Oko")]
    );
}

#[test]
fn an_affiliation_said_at_any_mention_holds_for_every_quote() {
    let found = run(
        "Ana Vell met Ruritanian envoy Omar Haddad on Monday.\n\n“We are close,” Haddad said.\n",
    );
    assert_eq!(found[0].speaker, some("Omar Haddad"));
    assert_eq!(found[0].actor, some("ruritania"));
    assert_eq!(
        found[0].affiliation_evidence.as_deref(),
        Some("Ruritanian envoy Omar Haddad")
    );
    // Named after `and`: the words before `and` are someone else's.
    let found = politics(
        "Sen. Tom Dorn (G-Neb.) and Blue nominee Ann Reyes clashed.\n\n“We are not done,” Reyes said.\n",
    );
    assert_eq!(found, [(some("Ann Reyes"), some("blues"))]);
}

#[test]
fn an_office_of_its_body_takes_the_body_that_opens_the_sentence_before() {
    let found = run(
        "The Relief Committee said the convoy was late. Its president, Jo Marsh, blamed the roads.\n\n“We waited for hours,” Marsh said.\n",
    );
    assert_eq!(found[0].actor, some("relief"));
    // The sentence before opens with no actor: `its` is not known.
    let found = run(
        "A local charity said the convoy was late, as did the UN. Its president, Jo Marsh, blamed the roads.\n\n“We waited for hours,” Marsh said.\n",
    );
    assert_eq!(found[0].actor, None);
    // An alias inside a longer name is another body: `its` is not known.
    let found = run(
        "The Ruritania Farm Bureau said the convoy was late. Its president, Jo Marsh, blamed the roads.\n\n“We waited for hours,” Marsh said.\n",
    );
    assert_eq!(found[0].actor, None);
}

/// The actor of each record, the quote last.
fn companies(body: &str) -> Vec<Option<String>> {
    let registry = Registry::new(&[
        actor_of_kind("company", "acme", "Acme Systems"),
        actor_of_kind("company", "zenco", "Zenco"),
        actor("atlantis", "Atlantis", &[], None, &[]),
    ]);
    let article = article(body);
    let blocks = blocks(&article.body);
    let spans = find_quotes(&article.body, &blocks);
    attribute(&article, &blocks, &spans, &registry)
        .0
        .into_iter()
        .map(|o| o.actor)
        .collect()
}

#[test]
fn the_company_is_the_one_company_the_article_named() {
    let found = companies(
        "Acme Systems said it would appeal to Atlantis. The company's chief executive, Jo Ames, said the ruling was “plainly wrong.”\n",
    );
    assert_eq!(found.last(), Some(&some("acme")));
    let found = companies(
        "Acme Systems will appeal. In a statement, the company said so. Its chief executive, Jo Ames, called the ruling “plainly wrong.”\n",
    );
    assert_eq!(found.last(), Some(&some("acme")));
    // Two companies named: which one is not known.
    let found = companies(
        "Acme Systems and Zenco said they would appeal. The company's chief executive, Jo Ames, said the ruling was “plainly wrong.”\n",
    );
    assert_eq!(found.last(), Some(&None));
}

#[test]
fn a_noun_of_one_kind_of_body_is_the_one_actor_of_that_kind_the_article_named() {
    let of_kind = |id: &str, name: &str, aliases: &[&str], kind: &str| Actor {
        kind: Some(kind.into()),
        ..actor(id, name, aliases, None, &[])
    };
    let registry = Registry::new(&[
        of_kind("acme", "Acme Systems", &["Acme"], "company"),
        of_kind("zenco", "Zenco", &[], "company"),
        of_kind("vell", "Vell Albion", &[], "club"),
    ]);
    let speaker = |body: &str| speakers_and_actors(&registry, body)[0].clone();
    // The one company named before, by its actor's name.
    assert_eq!(
        speaker(
            "Acme's chief executive has been silent. But in a letter to the department, the company warned that the date “presents a material risk”.\n"
        ),
        (some("Acme Systems"), some("acme"))
    );
    assert_eq!(
        speaker(
            "Vell Albion published a short statement. The club confirmed it had “submitted a formal offer”.\n"
        ),
        (some("Vell Albion"), some("vell"))
    );
    // Must not: two companies named, or none, name no one.
    assert_eq!(
        speaker("Acme and Zenco met on Monday. Later the company said it was “very pleased”.\n").0,
        None
    );
    assert_eq!(
        speaker("The regulator met on Monday. Later the company said it was “very pleased”.\n").0,
        None
    );
}

/// Two candidates, one with a campaign in the actor files.
fn campaign_registry() -> Registry {
    Registry::new(&[
        Actor {
            kind: Some("campaign".into()),
            ..actor(
                "dorn-campaign",
                "Dorn for Senate",
                &["Dorn campaign"],
                None,
                &[],
            )
        },
        actor("blues", "Blue Party", &["Blues"], None, &[]),
    ])
}

fn campaign(body: &str) -> Vec<(Option<String>, Option<String>)> {
    speakers_and_actors(&campaign_registry(), body)
}

#[test]
fn a_candidate_and_their_staff_speak_for_their_campaign() {
    let found = campaign(
        "Tom Dorn told supporters the race “is far from over tonight.”\n\nHis campaign manager, Jo Ames, said the count “will take until Friday at least.”\n\nDorn's spokesman Ed Moe said the team was “ready for a recount.”\n\n“We will see,” said a Dorn adviser who asked not to be named.\n",
    );
    assert_eq!(
        found,
        [
            (some("Tom Dorn"), some("dorn-campaign")),
            (some("Jo Ames"), some("dorn-campaign")),
            (some("Ed Moe"), some("dorn-campaign")),
            (some("a Dorn adviser"), some("dorn-campaign")),
        ]
    );
    // A person of another surname, and the staff of a candidate the files
    // run no campaign for, are not the campaign's.
    let found = campaign(
        "Ann Reyes told supporters the race “is far from over tonight.”\n\nHer campaign manager, Jo Ames, said the count “will take until Friday at least.”\n",
    );
    assert_eq!(found, [(some("Ann Reyes"), None), (some("Jo Ames"), None)]);
}

#[test]
fn a_profession_at_a_body_names_the_body_not_a_place_inside_it() {
    let found = run("“It is too late,” said Ada Kroll, an analyst at the Relief Committee.\n");
    assert_eq!(found[0].actor, some("relief"));
    let found =
        run("“It is too late,” said Ada Kroll, an analyst at the Ruritania-based Study Group.\n");
    assert_eq!(found[0].actor, None);
    // A verb after the comma is no apposition.
    let found = run(
        "“It is too late,” said Ada Kroll.\n\nAda Kroll, said the UN envoy, had warned them.\n",
    );
    assert_eq!(found[0].actor, None);
}

#[test]
fn a_party_word_naming_a_portfolio_or_a_field_is_no_party() {
    let found = politics(
        "“It is routine,” said Green economist Ada Kroll.\n\n“We will act,” said Green Minister Jo Lin.\n\n“We will not,” said Green MP Al Bee.\n\n“Maybe,” said green campaigner Kim Lowe.\n",
    );
    assert_eq!(
        found,
        [
            (some("Ada Kroll"), None),
            (some("Jo Lin"), None),
            (some("Al Bee"), some("greens")),
            (some("Kim Lowe"), None),
        ]
    );
}

#[test]
fn the_noun_after_with_is_the_subject_of_its_participle() {
    let found = run(
        "Island states lashed out at rich countries, with one envoy describing the draft as “a death sentence in brackets”.\n",
    );
    assert_eq!(found[0].speaker, some("one envoy"));
    assert!(found[0].anonymous);
    // Without `with`, the participle's subject is the sentence's.
    let found = run(
        "Omar Haddad lashed out at rich countries, describing the draft as “a death sentence in brackets”.\n",
    );
    assert_eq!(found[0].speaker, some("Omar Haddad"));
}

#[test]
fn a_name_ends_at_its_first_lowercase_word_and_takes_no_describing_word() {
    let found = run(
        "When Claire Dunn stood on the bank and promised that “not a drop will be bought”, the crowd cheered.\n",
    );
    assert!(
        found[0]
            .speaker
            .as_deref()
            .is_none_or(|s| s == "Claire Dunn"),
        "{:?}",
        found[0].speaker
    );
    // The full name from the body skips a nationality before it.
    let body = "American Jessie Cole won in straight sets.\n\n“A proper rematch,” Cole said.\n";
    assert_eq!(speakers(body), [some("Jessie Cole")]);
}

#[test]
fn criticizing_and_accusing_lead_into_a_quote() {
    let found = run(
        "Ana Vell went on offense early, criticizing Omar Haddad for “voting against every farm bill since 2019”.\n",
    );
    assert_eq!(found[0].speaker, some("Ana Vell"));
}

#[test]
fn a_sentence_subject_with_lowercase_role_words_speaks_through_a_participle() {
    let found = run(
        "Blue party chair Jo Marsh went further, calling the pledge “a fraud on the electorate”.\n",
    );
    assert_eq!(found[0].speaker, some("Jo Marsh"));
    // A clause word after the name ends the subject: no name glued on.
    let found = run(
        "Ana Vell went further, adding that Ruritania would “never accept the text as it stands”.\n",
    );
    assert_eq!(found[0].speaker, some("Ana Vell"));
}

#[test]
fn thundered_and_termed_are_speech() {
    assert_eq!(
        speakers("“I will resign that day,” Omar Haddad thundered at the rally.\n"),
        [some("Omar Haddad")]
    );
}

#[test]
fn the_source_said_after_a_reported_unnamed_source_is_that_source() {
    let found = run(
        "A person familiar with the talks said Acme had raised its offer twice. “They walked away once, in July,” the person said.\n\nA source close to the Relief Committee, who spoke on condition of anonymity, said the board would meet. “There is more room than it looks,” the source said.\n",
    );
    assert_eq!(found[0].speaker, some("A person familiar with the talks"));
    assert_eq!(
        found[1].speaker,
        some("A source close to the Relief Committee")
    );
    assert_eq!(found[1].actor, some("relief"));
}

#[test]
fn initials_and_a_suffix_belong_to_the_name_a_country_abbreviation_does_not() {
    assert_eq!(
        speakers("“We will appeal,” said U.S. Attorney Diane K. Osei.\n"),
        [some("Diane K. Osei")]
    );
    let body =
        "JD leader H.R. Timma spoke first.\n\n“It is not a two-horse race,” Mr. Timma said.\n";
    assert_eq!(speakers(body), [some("H.R. Timma")]);
    let body = "Independent Curtis Boyd Jr. is polling in single digits.\n\n“I answer to everybody,” Boyd said.\n";
    assert_eq!(speakers(body), [some("Curtis Boyd Jr.")]);
}

#[test]
fn the_and_a_common_noun_alias_is_the_actors_name() {
    let found = run("“The convoys are waiting,” the relief committee said.\n");
    assert_eq!(found[0].speaker, some("Relief Committee"));
    let found = run("“We are still here,” rebel groups said.\n");
    assert_eq!(found[0].speaker, some("rebel groups"));
}

#[test]
fn staff_of_a_person_quoted_speak_for_that_persons_actor() {
    let found = politics(
        "“We won on substance,” said Sen. Tom Dorn (G-Neb.).\n\nDorn campaign manager Al Bee told reporters the result was “a clear win for us”.\n\nA spokesperson for Dorn, Jo Lin, emailed that it was “a clear win”.\n\nKim Lowe, who runs the Dorn campaign, said it was “a clear win too”.\n",
    );
    assert_eq!(
        found,
        [
            (some("Tom Dorn"), some("greens")),
            (some("Al Bee"), some("greens")),
            (some("Jo Lin"), some("greens")),
            // Running a campaign is no role word: no actor.
            (some("Kim Lowe"), None),
        ]
    );
}

#[test]
fn a_body_written_as_an_actors_possessive_belongs_to_it() {
    let found = run("“Heat is a silent killer,” the UN's regional office for Europe said.\n");
    assert_eq!(found[0].actor, some("un"));
}

#[test]
fn a_pronoun_after_an_unnamed_source_made_subject_is_that_source() {
    let found = run(
        "“The verdict is fair,” said Lena Vos.\n\nOne juror, who asked not to be identified, told Reuters the spreadsheets had been decisive. “The numbers told the story,” she said.\n",
    );
    assert_eq!(found[1].speaker, some("One juror"));
    assert!(found[1].anonymous);
    // Without such a sentence, `she` is the woman quoted before.
    let found = run(
        "“The verdict is fair,” said Lena Vos.\n\nThe jury had deliberated for two days. “The numbers told the story,” she said.\n",
    );
    assert_eq!(found[1].speaker, some("Lena Vos"));
}

#[test]
fn a_viewpoint_opening_introduces_an_unnamed_source_as_speaking() {
    // `For <an unnamed person>, ...` gives that person's view: `he said`
    // next is them, not the man quoted in the paragraph before.
    let found = run(
        "Omar Haddad told reporters that the talks were “going well”.\n\nFor a senior Atlantean official, speaking to The Daily in the capital, the division of labour is clear. “We have the roads,” he said.\n",
    );
    assert_eq!(found[0].speaker, some("Omar Haddad"));
    assert_eq!(found[1].speaker, some("a senior Atlantean official"));
    assert!(found[1].anonymous);
    // Must not: `For a while,` names no one, and `he` is Haddad again.
    let found = run(
        "Omar Haddad told reporters that the talks were “going well”.\n\nFor a while, speaking of the talks, the mood was calm. “We have the roads,” he said.\n",
    );
    assert_eq!(found[1].speaker, some("Omar Haddad"));
}

#[test]
fn a_possessive_pronoun_phrase_is_no_body_and_a_counterpart_no_staff() {
    let found = run(
        "“The deal is good,” said Omar Haddad of the Blue Brigade.\n\n“It broke faith with the regions,” his counterpart at the Relief Committee told reporters.\n",
    );
    assert_eq!(found[1].speaker, None);
    assert_eq!(found[1].actor, None);
}

#[test]
fn a_pronoun_never_skips_back_over_someone_no_rule_resolved() {
    let found = run(
        "“We will win,” said Omar Haddad.\n\nJD(S) chief H.R. Timma, meanwhile, called both parties “two sides of the same coin”. “They fight here and share contracts there,” he said.\n",
    );
    assert_eq!(found[0].speaker, some("Omar Haddad"));
    assert!(
        found[1..]
            .iter()
            .all(|o| o.speaker.as_deref() != Some("Omar Haddad")),
        "{found:?}"
    );
}

#[test]
fn a_post_held_formerly_names_no_actor() {
    let body = "The Relief Committee's former director, Ivo Tovey, said: “We saw this coming for years, all of us.”\n\n\
The Relief Committee's director, Rita Moss, said: “We will meet every obligation to our staff.”\n";
    let found = direct(body);
    assert_eq!(
        (found[0].1.clone(), found[0].2.clone()),
        (some("Ivo Tovey"), None)
    );
    assert_eq!(
        (found[1].1.clone(), found[1].2.clone()),
        (some("Rita Moss"), some("relief"))
    );
}

#[test]
fn he_or_she_keeps_to_the_people_the_paragraph_names() {
    // The man quoted last is no `she`; the woman the paragraph names is.
    let body = "“We did what we could with what we had,” said Marcus Hale, the director.\n\n\
Sarah Bellamy, who represents the district, said Hale had failed. Hale, she said, “cannot mark his own homework”.\n\n\
“We waited for weeks,” said Tom Dorn. Karl Lind agreed. “Nobody told us anything at all,” she said.\n";
    assert_eq!(
        speakers(body),
        [
            some("Marcus Hale"),
            some("Sarah Bellamy"),
            some("Tom Dorn"),
            None
        ]
    );
}

#[test]
fn the_noun_of_a_body_named_before_is_that_body() {
    let body = "The Commission for Fair Harbours on Monday closed the port.\n\n\
In its order, the commission said the closure was “necessary for the safety of all crews”.\n";
    assert_eq!(speakers(body), [some("Commission for Fair Harbours")]);
}

#[test]
fn surnames_complete_past_a_nickname_and_from_a_particle() {
    let body = "Former police chief Randall \"Randy\" Hollis stayed out of it. Governor Aroha Te Whaiti spoke first.\n\n\
“I will not apologise for wanting safe streets,” Hollis said.\n\n\
“Nothing is settled yet, nothing at all,” Te Whaiti said.\n";
    assert_eq!(
        speakers(body),
        [some("Randall Hollis"), some("Aroha Te Whaiti")]
    );
}

#[test]
fn words_quoted_at_a_sentence_end_or_a_participle_are_no_part_of_a_name() {
    // `“tonight.” Asked` is no nickname and `Asked` no surname; `Born`
    // opening a sentence is no first name.
    let body = "House Speaker Tovan Merrick told reporters the vote was set.\n\n\
Keld told CNN he would not try to remove Merrick \"tonight.\" Asked about tomorrow, he smiled.\n\n\
Press secretary Ilsa Varn spoke at the briefing. “It is open,” she said.\n\n\
Asked whether the cost would be recovered, Varn laughed. “From whom?” she said.\n\n\
Born Ilsa Marie Varn in Dayton, she was a teacher's daughter. “I was stubborn,” she said.\n";
    assert_eq!(
        speakers(body),
        [
            None,
            some("Ilsa Varn"),
            some("Ilsa Varn"),
            some("Ilsa Marie Varn")
        ]
    );
}

#[test]
fn a_described_person_is_the_name_the_description_gives() {
    // The name a description gives before its verb is who `he` means
    // next; the man quoted before is not, nor the description.
    let body = "Harl Vesk, a union steward, said the vote was close. “We will see,” he said.\n\n\
A carman who gave his name only as Tovik said he would not cross a picket line. “If they're out, I'm out,” he said.\n\n\
One of them, a roofer who gave his name as Brannoc, said he would wait. “It's the same,” he said.\n\n\
Another volunteer, Quellan, said the kitchen was empty. “Who can pay that?” he said.\n";
    assert_eq!(
        speakers(body),
        [
            some("Harl Vesk"),
            some("Tovik"),
            some("Brannoc"),
            some("Quellan")
        ]
    );
    // A name after the verb is what was said of someone else: the
    // unnamed subject stays who `he` means.
    let body = "Harl Vesk, a union steward, said the vote was close. “We will see,” he said.\n\n\
One voter said Tovik, 34, had left town. “It's sad,” he said.\n";
    assert_ne!(speakers(body)[1], some("Tovik"));
    assert_ne!(speakers(body)[1], some("Harl Vesk"));
}

#[test]
fn an_unnamed_subject_of_the_sentence_before_is_who_the_pronoun_means() {
    // The unnamed source the sentence before (same paragraph) makes its
    // subject is who `he` means, as the article describes them: whether
    // that sentence quoted them or only told of them.
    let body = "Harl Vesk, a union steward, said the vote was close. “We will see,” he said.\n\n\
An analyst who asked that his name not be used said the side “wants a fight it can film”. “Every time, the cameras are ready,” he said.\n\n\
One community leader, who asked not to be named for fear for his family, said men had been seen “running with bottles”. “Everybody knows who they are,” he said.\n\n\
A senior harbour official, who asked that his name not be used, was more candid. “The boats were never going to wait,” he said.\n";
    let found = run(body);
    let speaker_of = |text: &str| {
        let o = found.iter().find(|o| o.text.starts_with(text)).unwrap();
        (o.speaker.clone(), o.anonymous)
    };
    assert_eq!(speaker_of("Every time"), (some("An analyst"), true));
    assert_eq!(
        speaker_of("Everybody knows"),
        (some("One community leader"), true)
    );
    assert_eq!(
        speaker_of("The boats"),
        (some("A senior harbour official"), true)
    );
}

#[test]
fn an_unnamed_subject_is_not_a_pronoun_of_the_other_gender_nor_beyond_its_sentence() {
    // Must not: a `he` after `a woman`, a pronoun a sentence later or in
    // the next paragraph, a source that asked the question answered, one
    // of untold gender.
    let vesk = "Harl Vesk said the vote was close. “We will see,” he said.\n\n";
    let table = [
        "A woman in the queue said she had voted for Vesk. “It is slow and nobody can tell us why,” he said.\n",
        "An analyst said the side “wants a fight it can film.” The talks went on into the night. “It is slow and nobody can tell us why,” he said.\n",
        "An analyst said the side “wants a fight it can film.”\n\n“It is slow and nobody can tell us why,” he said.\n",
        "On his way out, a reporter asked what he would do. “It is slow and nobody can tell us why,” he said.\n",
        "A senior official was more candid. “It is slow and nobody can tell us why,” he said.\n",
    ];
    for rest in table {
        let found = run(&format!("{vesk}{rest}"));
        let quote = found
            .iter()
            .find(|o| o.text.starts_with("It is slow"))
            .unwrap();
        assert!(!quote.anonymous, "{rest}: {:?}", quote.speaker);
    }
    // A source in the middle of a paragraph about someone else, told of
    // but not told to speak, is what that person talks of.
    let body = "Mira Tosk, who runs the ward, heard the blasts.\n\n“I counted four,” she said.\n\n\
She says the ward took seven of the wounded. One of them, a woman from Kasese, died before dawn. “She kept asking about her truck,” she said.\n";
    assert!(!run(body).last().unwrap().anonymous);
    let body = "Harl Vesk said the vote was close. “We will see,” he said.\n\n\
A carman who gave his name only as Tovik said he would not cross a picket line. “If they're out, I'm out,” he said.\n";
    assert_eq!(speakers(body)[1], some("Tovik"));
}

#[test]
fn a_pronoun_opening_a_paragraph_means_the_subject_of_the_sentence_before_it() {
    // The last sentence of the paragraph before, whose quote no rule
    // attributed, makes Tosk its subject: she is who `she` means, not
    // the woman quoted before her.
    let opening = "Mira Tosk, the chief of staff, spent the day calling senators. Vera Lund said the House would wait. “We are not moving,” she said.\n\n";
    let body = format!(
        "{opening}Ms. Tosk, meanwhile, was in no mood for “compromise talk” of any kind.\n\n\
“Reopen it, and we'll talk,” she said.\n"
    );
    assert_eq!(speakers(&body).last().unwrap(), &some("Mira Tosk"));
}

#[test]
fn a_paragraph_before_decides_only_by_its_main_subject_and_only_next_to_it() {
    // Must not: a name in a clause before the subject (`When Tosk ...`,
    // `Speaking with Tosk, ...`), a sentence two paragraphs back, or one
    // before a heading.
    let opening = "Mira Tosk, the chief of staff, spent the day calling senators. Vera Lund said the House would wait. “We are not moving,” she said.\n\n";
    let table = [
        "When Ms. Tosk arrived with her “compromise talk”, the speaker laughed.\n\n“Reopen it,” she said.\n",
        "Speaking with Ms. Tosk, the speaker was in no mood for “compromise talk” of any kind.\n\n“Reopen it,” she said.\n",
        "Ms. Tosk was in no mood for “compromise talk” of any kind.\n\nThe vote was set for Friday.\n\n“Reopen it,” she said.\n",
        "Ms. Tosk was in no mood for “compromise talk” of any kind.\n\n## Friday\n\n“Reopen it,” she said.\n",
    ];
    for rest in table {
        let body = format!("{opening}{rest}");
        assert_ne!(
            speakers(&body).last().unwrap(),
            &some("Mira Tosk"),
            "{rest}"
        );
    }
}

#[test]
fn a_described_subject_is_who_the_pronoun_after_it_means_never_the_man_quoted_last() {
    // `The nuncio expressed ...`, `The engineer, who ..., said ...`: a
    // description opening a sentence without quotes stands for the person
    // the entity table links it to, or for someone the rules cannot name;
    // never for the man quoted last.
    // (Known limit: `The nuncio expressed the hope ...` after a minister
    // quoted in the block before still gives `he` to the minister: the
    // older descriptor rules propose him and the table abstains.)
    let table = [
        "Tovan Merl, a Brazilian engineer, landed on Wednesday. “I counted the days for nine months,” he said.\n\n\
Minister Harl Vesk said the talks would go on. “We wait,” he said.\n\n\
The engineer, who has a daughter of 9, said he did not know what came next. “I still love that land,” he said.\n",
    ];
    for body in table {
        let found = speakers(body);
        assert_eq!(
            found[..2],
            [some("Tovan Merl"), some("Harl Vesk")],
            "{body}"
        );
        assert_ne!(found[2], some("Harl Vesk"), "{body}");
    }
    // A description the table cannot link keeps the pronoun's usual
    // reading: `The crowd` is no person.
    let body = "Minister Harl Vesk said the talks would go on. “We wait,” he said.\n\n\
The crowd cheered when he left. “It was a good day,” he said.\n";
    assert_eq!(speakers(body), [some("Harl Vesk"), some("Harl Vesk")]);
}

#[test]
fn the_subject_of_a_passive_speech_verb_did_not_speak() {
    let body = "A senior Relief Committee official, who asked not to be named, said ministers had been warned about the port “at least two years ago”.\n";
    let found = direct(body);
    assert_eq!(found[0].1, some("A senior Relief Committee official"));
}

#[test]
fn a_described_person_is_the_one_introduced_unless_the_paragraph_names_another() {
    let body = "Jorge Nunes, the mayor, spoke first. “We asked for planes and got none,” he said.\n\n\
Speaking later at the hall, the Socialist mayor said: “The delay cost us the whole slope.”\n\n\
For homeowner Tama Ruatapu, the cut was welcome. “Every bit helps,” the Porirua builder said.\n";
    assert_eq!(
        speakers(body),
        // (The builder is the one person the paragraph names: round
        // twenty-six's `person_the_paragraph_follows`.)
        [
            some("Jorge Nunes"),
            some("Jorge Nunes"),
            some("Tama Ruatapu")
        ]
    );
}

#[test]
fn an_unnamed_source_is_described_without_the_why_and_speaks_for_the_actor_named_before_the_noun() {
    let body = "A Relief Committee engineer who asked not to be identified said the valve had “failed a test last autumn”.\n\n\
An Atlantean engineer who asked not to be named said the pumps were “never tested at all”.\n";
    let found = direct(body);
    assert_eq!(
        (found[0].1.clone(), found[0].2.clone()),
        (some("A Relief Committee engineer"), some("relief"))
    );
    // A nationality alone names no actor.
    assert_eq!(
        (found[1].1.clone(), found[1].2.clone()),
        (some("An Atlantean engineer"), None)
    );
}

#[test]
fn a_nationality_before_words_of_a_states_service_names_the_state() {
    let registry = Registry::new(&[Actor {
        kind: Some("state".into()),
        ..actor("atlantis", "Atlantis", &["Atlantean"], None, &[])
    }]);
    let body = "An Atlantean diplomat in Yangon said the talks were “going nowhere”.\n\n\
A member of the Atlantean delegation said the offer was “final and fair”.\n\n\
A source in the Atlantean Foreign Ministry said the note was “a bluff”.\n\n\
An Atlantean delegate said it was “too early to tell”.\n\n\
An Atlantean nurse said the wards were “full every night”.\n";
    let actors: Vec<Option<String>> = speakers_and_actors(&registry, body)
        .into_iter()
        .map(|(_, actor)| actor)
        .collect();
    assert_eq!(
        actors,
        [
            some("atlantis"),
            some("atlantis"),
            some("atlantis"),
            None,
            None
        ]
    );
}

#[test]
fn a_partys_word_for_a_member_names_the_party_where_it_describes_the_person() {
    let party = |id: &str, name: &str, aliases: &[&str]| Actor {
        kind: Some("party".into()),
        ..actor(id, name, aliases, None, &[])
    };
    let registry = Registry::new(&[
        party("cons", "Conservative Party", &["Conservatives", "Tories"]),
        party("greens", "Scottish Greens", &["Greens"]),
        party("dems", "Democratic Party", &["Democrats"]),
        party("libdems", "Liberal Democrats", &["Lib Dems"]),
    ]);
    let body = "One Conservative aide said the leaflets were “everywhere this week”.\n\n\
The Conservative shadow home secretary, Alun Prothero, said the memo was “damning”.\n\n\
A Democratic aide said the vote would be “very close”.\n\n\
A Conservative consultant said the polls were “simply wrong”.\n\n\
German Green MEP Anna Westhoff said the fine was “far too small”.\n\n\
Rep. Jo Lin, a Maryland Democrat, said it was “a disgrace”.\n";
    let actors: Vec<Option<String>> = speakers_and_actors(&registry, body)
        .into_iter()
        .map(|(_, actor)| actor)
        .collect();
    assert_eq!(
        actors,
        [some("cons"), some("cons"), some("dems"), None, None, None]
    );
}

#[test]
fn a_companys_officer_by_title_alone_speaks_for_the_articles_one_company() {
    let registry = Registry::new(&[
        Actor {
            kind: Some("company".into()),
            ..actor("acme", "Acme Corp", &["Acme"], None, &[])
        },
        Actor {
            kind: Some("company".into()),
            ..actor("borg", "Borg Industries", &["Borg"], None, &[])
        },
    ]);
    let one = "Acme cut its forecast on Tuesday. Chief Financial Officer Ann Ode said the quarter was “painful”.\n";
    assert_eq!(
        speakers_and_actors(&registry, one),
        [(some("Ann Ode"), some("acme"))]
    );
    // Two companies (a merger), or another body's title: no one's.
    let two = "Acme agreed to buy Borg on Tuesday.\n\nChief Financial Officer Ann Ode said the price was “fair”.\n";
    assert_eq!(speakers_and_actors(&registry, two)[0].1, None);
    let other = "Acme cut its forecast. Zenith CFO Ann Ode said the quarter was “painful”.\n";
    assert_eq!(speakers_and_actors(&registry, other)[0].1, None);
}

#[test]
fn a_quote_written_as_a_possessors_words_is_theirs() {
    let body = "Governor Rita Moss said the bank would wait. “We can afford patience,” she said.\n\n\
Analyst Karl Lind said the governor's “patience” remark left the door open for a cut.\n";
    let found = direct(body);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].1, some("Rita Moss"));
}

#[test]
fn one_named_among_a_group_did_not_speak() {
    let body = "A letter signed by the mayors of eleven towns, including Harbourtown's Ivo Tovey, urged the minister to “pause and consult before another drop is sold”.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn an_unnamed_source_who_gave_a_name_is_that_name() {
    let body = "Another fan, who gave her name only as Jodie, said: “He scored twenty goals for us last year.”\n\n\
One resident, who asked not to be named, said: “We have not slept for three nights now.”\n";
    assert_eq!(speakers(body), [some("Jodie"), some("One resident")]);
}

#[test]
fn a_name_ending_in_ing_is_no_participle_opening() {
    let body = "Major General Ivo Tam said the army was ready. “We never blocked food,” he told reporters.\n\nKhaing Thu Kha, the Blue Brigade's spokesman, dismissed that account. “They starved the city for months,” he said.\n";
    assert_eq!(speakers(body), [some("Ivo Tam"), some("Khaing Thu Kha")]);
    // A participle still opens no subject.
    let body = "Ivo Tam said the army was ready. “We never blocked food,” he told reporters.\n\nSpeaking Tuesday, the envoy was calm. “The road is open,” he said.\n";
    assert_eq!(speakers(body), [some("Ivo Tam"), some("Ivo Tam")]);
}

#[test]
fn a_lowercase_apposition_after_an_unnamed_office_names_its_holder() {
    let body = "“They want to steal our future,” said Ana Vell, a student.\n\nThe observer mission said the vote was calm. Its head, former Ruritanian foreign minister Kofi Mensah-Boateng, urged calm. “Disputes must be settled by law,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("Ana Vell"), some("Kofi Mensah-Boateng")]
    );
    // An indefinite apposition describes the office; it names no holder.
    let body = "“They want to steal our future,” said Ana Vell, a student.\n\nIts head, a former foreign minister, urged calm. “Disputes must be settled by law,” she said.\n";
    assert_eq!(speakers(body)[1], some("Ana Vell"));
}

#[test]
fn the_subject_of_an_inverted_sentence_is_introduced() {
    let body = "“We will rebuild,” said Ana Vell.\n\nOutside, a few hundred people gathered. Among them was Roisin Mac Carthy-Byrne, a nurse. “I did everything I was told,” she said.\n";
    assert_eq!(
        speakers(body),
        [some("Ana Vell"), some("Roisin Mac Carthy-Byrne")]
    );
    // No name after the verb: the pronoun keeps to the person quoted.
    let body = "“We will rebuild,” said Ana Vell.\n\nAmong them was a nurse. “I did everything I was told,” she said.\n";
    assert_eq!(speakers(body)[1], some("Ana Vell"));
}

#[test]
fn a_party_tag_after_a_name_is_an_apposition() {
    assert_eq!(
        speakers(
            "Sen. Ann Reyes, D-Neb., called for a hearing, writing on X that the collapse was “a warning we cannot afford to ignore.”\n"
        ),
        [some("Ann Reyes")]
    );
    assert_eq!(
        speakers(
            "Senate leader Tom Dorn, R-Neb., said in a brief statement Thursday that the House had “finished the job and more.”\n"
        ),
        [some("Tom Dorn")]
    );
    assert_eq!(
        speakers(
            "Rep. Jo Ames, R-Pa., whose district includes rural counties, told the paper that voters “know how to use a calendar.”\n"
        ),
        [some("Jo Ames")]
    );
    // The tag's person is the one who spoke, not the sentence's subject.
    assert_eq!(
        speakers(
            "Ann Reyes met Tom Dorn, R-Neb., who said the plan was “a disaster for every farmer.”\n"
        ),
        [some("Tom Dorn")]
    );
}

#[test]
fn a_noun_for_a_person_is_the_one_the_paragraph_just_named() {
    let body = "“We are ready,” said Ana Vell.\n\nIn the village, Mira Holt was cooking. Her son, she said, has barely spoken. “He hugs me and then he sleeps,” the mother said.\n";
    assert_eq!(speakers(body), [some("Ana Vell"), some("Mira Holt")]);
    let body = "“We are ready,” said Ana Vell.\n\nIvo Tam, chairman of the committee, wrote that the country was “playing with fire.” “Small countries forget their size,” the lawmaker wrote.\n";
    assert_eq!(
        speakers(body),
        [some("Ana Vell"), some("Ivo Tam"), some("Ivo Tam")]
    );
    // The paragraph used the noun for someone it did not name.
    let body = "“We are ready,” said Ana Vell.\n\nVell later met the lawmaker in private. “Small countries forget their size,” the lawmaker said.\n";
    assert_eq!(speakers(body)[1], None);
    // The person quoted last is not named in this paragraph.
    let body = "“We are ready,” said Ana Vell.\n\nThe talks went on all night. “He hugs me and then he sleeps,” the mother said.\n";
    assert_eq!(speakers(body)[1], None);
}

#[test]
fn a_list_of_tagged_lawmakers_is_no_one_speaker() {
    let body = "Sens. Ann Reyes, R-Neb., Jo Ames, R-Mont., and Tom Dorn, R-Utah, said in a statement that they would “use every tool available.”\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_persons_writing_speaks_for_them() {
    let body = "Sen. Tom Dorn joined the majority. His concurrence said “nothing in today's decision” changes the rule.\n";
    assert_eq!(speakers(body), [some("Tom Dorn")]);
    let body =
        "Sen. Ann Reyes dissented. Sen. Reyes's dissent said the ruling was “a vivid story.”\n";
    assert_eq!(speakers(body), [some("Ann Reyes")]);
    // Two men the paragraph names: `his` is neither.
    let body = "Sen. Tom Dorn and Sen. Ivo Tam joined. His concurrence said “nothing in today's decision” changes the rule.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_name_after_a_dash_ends_the_quote_it_credits() {
    let body = "Ann Reyes and Tom Dorn met in a debate.\n\n“Under his votes, gas went up a dollar a gallon.”\n— Reyes\n\nThe number is right.\n";
    assert_eq!(speakers(body), [some("Ann Reyes")]);
    // A credit line names an outlet, no person.
    let body = "“Under his votes, gas went up a dollar a gallon.”\n— The Daily\n";
    assert_eq!(speakers(body), [None]);
    // A full name, then what the person is.
    let body = "REACTIONS:\n\n“Justice delayed is justice denied.” — Ann Reyes, Executive Director, Open Courts\n";
    assert_eq!(speakers(body), [some("Ann Reyes")]);
    // One word before the comma is no full name.
    let body = "“Justice delayed is justice denied.” — Reuters, London\n";
    assert_eq!(speakers(body), [None]);
    // A second dash closes an aside: a scare quote, no credit.
    let body = "US “hyperscalers” — Amazon Web Services, Microsoft and Google — have the rest.\n";
    assert_eq!(speakers(body), [None; 0]);
}

#[test]
fn a_possessive_determiner_is_no_name() {
    let body = "Ana Vell backed the measures. “There can be no loopholes,” she said.\n\nHer Ruritanian counterpart, Jan Berg, was more blunt. Speaking at a border post, he called the countermeasures “a very bad joke”.\n";
    assert_eq!(speakers(body), [some("Ana Vell"), some("Jan Berg")]);
    let body = "“Temporary means temporary,” Ivo Tam told reporters. His Ruritanian counterpart, Ana Vell, went further, calling the plan “a bond in a helmet.”\n";
    assert_eq!(speakers(body), [some("Ivo Tam"), some("Ana Vell")]);
    // No name in the apposition: never the office's words.
    let body =
        "His Austrian counterpart, a hawk, went further, calling the plan “a bond in a helmet.”\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_pronoun_after_an_unnamed_person_names_no_one_quoted_before() {
    // A described subject no rule resolves.
    let body = "“Only the Red Cross,” Ivo Tam said.\n\nThe other diplomat was less upbeat. “Everyone signed for a photograph,” he said.\n";
    assert_eq!(speakers(body), [some("Ivo Tam"), None]);
    // An unnamed source quoted in the paragraph.
    let body = "“We will look at every possibility,” Ivo Tam told reporters.\n\nOne community leader, who asked not to be named, said men were seen “running between the shelters with bottles” before the fire. “Everybody knows who they are,” he said.\n";
    assert_eq!(speakers(body)[0], some("Ivo Tam"));
    assert_ne!(speakers(body)[2], some("Ivo Tam"));
    // In the next paragraph, the person the article is about.
    let body = "“We cut costs every year,” said Ana Vell. One former board member told me she was “the most disciplined executive I have ever worked with.”\n\n“There will be changes, but not the ones they think,” she says.\n";
    assert_eq!(speakers(body).last(), Some(&some("Ana Vell")));
    // A descriptor of the person quoted: still them.
    let body = "“Only the Red Cross,” the spokesman Ivo Tam said.\n\nThe spokesman was less upbeat later. “Everyone signed for a photograph,” he said.\n";
    assert_eq!(speakers(body), [some("Ivo Tam"), some("Ivo Tam")]);
}

/// A party with a member noun (`Democrat`), for descriptors of a person.
fn members(body: &str) -> Vec<(Option<String>, Option<String>)> {
    let dems = Actor {
        kind: Some("party".into()),
        ..actor(
            "dems",
            "Democratic Party",
            &["Democrat", "Democrats", "D"],
            None,
            &[],
        )
    };
    let article = article(body);
    let blocks = blocks(&article.body);
    let spans = find_quotes(&article.body, &blocks);
    attribute(&article, &blocks, &spans, &Registry::new(&[dems]))
        .0
        .into_iter()
        .filter(|o| o.kind == QuoteKind::Direct)
        .map(|o| (o.speaker, o.actor))
        .collect()
}

#[test]
fn a_descriptor_is_a_person_named_before_or_no_one_never_a_name() {
    // The person it describes, introduced with that party.
    let found = members(
        "Democrat Ivo Tam, 68, spoke to reporters on Monday.\n\n“I should have asked more,” the three-term Democrat said.\n",
    );
    assert_eq!(found, [(some("Ivo Tam"), some("dems"))]);
    // No one the rules can tie it to: no name, but the party word holds.
    let found = members(
        "Ivo Tam said he had paid the fine. “I should have asked more,” the three-term Democrat said.\n",
    );
    assert_ne!(found[0].0, some("three-term Democrat"));
    assert_eq!(found[0].1, some("dems"));
    let found = members(
        "The roads will close at noon. The 66-year-old Democrat, who grew up on the coast, said he had “never once been glad I stayed.”\n",
    );
    assert_eq!(found, [(None, some("dems"))]);
}

#[test]
fn a_party_tag_with_a_city_is_no_speaker() {
    let found = members(
        "State Sen. Ana Vell, D-Des Moines, called the timing “convenient,” but backed the case.\n",
    );
    assert_eq!(found, [(some("Ana Vell"), some("dems"))]);
    let found =
        members("Sen. Ana Vell, D-Ohio, called the timing “convenient,” but backed the case.\n");
    assert_eq!(found, [(some("Ana Vell"), some("dems"))]);
}

#[test]
fn an_unnamed_source_is_a_person_not_a_document() {
    assert_eq!(
        speakers(
            "The company would defend itself “in court, where facts matter,” according to a copy seen by Reuters.\n"
        ),
        [None]
    );
    assert_eq!(
        speakers("A section on staffing warns managers against “guessing at the dates.”\n"),
        [None]
    );
    // A noun for people is an unnamed source.
    let found =
        run("The plan is “dead on arrival,” according to two people familiar with the talks.\n");
    assert_eq!(
        found[0].speaker.as_deref(),
        Some("two people familiar with the talks")
    );
    assert!(found[0].anonymous);
}

#[test]
fn a_pronoun_skips_the_last_quoted_for_a_name_after_an_office() {
    // A full name after an office word, of a gender no list tells.
    let body = "“The system failed,” Ms Ana Vell said.\n\nThat did not satisfy senator Tamsin Okoro-Reid, who read from a register. “Who decided red meant go?” she said.\n";
    assert_eq!(
        speakers(body),
        [some("Ana Vell"), some("Tamsin Okoro-Reid")]
    );
    // The last quoted person when no one else is named.
    let body = "“The system failed,” Ms Ana Vell said.\n\nThe hearing went on. “Who decided red meant go?” she said.\n";
    assert_eq!(speakers(body), [some("Ana Vell"), some("Ana Vell")]);
}

#[test]
fn a_name_after_the_pronoun_is_not_what_it_stands_for() {
    let body = "“We accept the result,” said Mr Ivo Tam.\n\nDuring the campaign, he had dismissed party chief Brann Okoro-Reid as “a leader in search of a party”.\n";
    assert_ne!(speakers(body)[1], some("Brann Okoro-Reid"));
}

#[test]
fn a_state_after_a_place_in_an_apposition_is_no_speaker() {
    let found = run(
        "Acme Seeds, based in Ankeny, Iowa, called the lawsuit “without merit” in a statement.\n",
    );
    assert_ne!(found[0].speaker, some("Iowa"));
    // A name after a place of its own is still the name.
    let body = "In Ankeny, Ana Vell called the lawsuit “without merit” in a statement.\n";
    assert_eq!(speakers(body), [some("Ana Vell")]);
}

#[test]
fn a_quote_without_a_frame_does_not_go_on_after_someone_else_is_named() {
    // Another person named in the sentence before the quote: no speaker.
    let body = "Mira Olsen of the Blues said she was “tired but hopeful.” Mr Pardo left early, and the vote was “a long way from over.”\n";
    assert_eq!(speakers(body), [some("Mira Olsen"), None]);
    // `as X put it` is a frame of its own (round seven), so it names X.
    let body = "Mira Olsen of the Blues said she was “tired but hopeful.” The vote was, as Mr Pardo put it, “a long way from over.”\n";
    assert_eq!(speakers(body), [some("Mira Olsen"), some("Pardo")]);
    // The speaker's own attribution naming a place or a body does not
    // stop them: `said Mira Olsen, a lecturer at Tovey College`.
    let body = "“The vote was close,” said Mira Olsen, a lecturer at George Tovey College. “It is far from over.”\n";
    assert_eq!(speakers(body), [some("Mira Olsen"), some("Mira Olsen")]);
}

#[test]
fn a_paragraph_quote_does_not_go_on_after_the_paragraph_before_named_someone_else() {
    // Not Haddad's: the sentence closing the paragraph introduces Brandt,
    // whose turn the quote that fills the next is (round forty-four,
    // `after_introduction`; before it, no one).
    let body = "“The talks will go on for weeks,” Omar Haddad said. Fiona Brandt, his rival, disagreed.\n\n“We will see what happens next.”\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Fiona Brandt")]);
    // Only the speaker mentioned again: the next paragraph goes on.
    let body = "“The talks will go on for weeks,” Omar Haddad said. Haddad left soon after.\n\n“We will see what happens next.”\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
}

#[test]
fn she_is_the_woman_the_paragraph_names_not_the_man_of_unknown_gender_quoted_last() {
    // `Tovey` tells no gender; `Ingrid` tells a woman.
    let body = "“The plan is sound,” Bram Tovey said.\n\nSen. Ingrid Alvane was not persuaded. She read from a speech in which Tovey called drilling “a bridge to burn.” “Do you still believe that?” she asked.\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Bram Tovey"));
    assert_eq!(found[1].speaker, some("Bram Tovey"));
    assert_eq!(found[2].speaker, some("Ingrid Alvane"));
    // Two women named: the subject of the sentence before decides.
    let body = "“The plan is sound,” Bram Tovey said.\n\nSen. Ingrid Alvane sat beside Rep. Fiona Dusk. Alvane read from a speech in which Tovey called drilling “a bridge to burn.” “Do you still believe that?” she asked.\n";
    assert_eq!(speakers(body)[2], some("Ingrid Alvane"));
}

#[test]
fn a_pronoun_reaches_back_over_other_speakers_only_to_someone_of_its_gender() {
    // `Karl` tells a man: `he` skips the woman quoted since.
    let body = "“The deal is dead,” Karl Tovey said.\n\n“It is not,” said Fiona Dusk.\n\nThe talks began in June.\n\n“We will see what they do next,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("Karl Tovey"), some("Fiona Dusk"), some("Karl Tovey")]
    );
    // `Bram` tells nothing: two paragraphs back, he is out of reach.
    let body = "“The deal is dead,” Bram Tovey said.\n\n“It is not,” said Fiona Dusk.\n\nThe talks began in June.\n\n“We will see what they do next,” he said.\n";
    assert_eq!(speakers(body)[2], None);
}

#[test]
fn a_word_that_opens_a_clause_is_no_part_of_a_name() {
    let body = "Ann Brisk and Jo Maddern met on Monday.\n\nWhat Maddern said: “The county needs a new bridge and it needs it now.”\n";
    assert_eq!(speakers(body), [some("Jo Maddern")]);
    // A given name that opens the sentence stays.
    let body = "Jo Maddern said: “The county needs a new bridge and it needs it now.”\n";
    assert_eq!(speakers(body), [some("Jo Maddern")]);
}

#[test]
fn a_clause_fragment_is_no_body_s_name() {
    // Cut back to the actor it names, under the actor's own name.
    let found = speakers(
        "Atlantean Foreign Ministry thanked the mediators and said the talks were “a first step to peace.”\n",
    );
    assert_eq!(found, [some("Atlantis")]);
    // A clause with no actor in its name part gives no speaker.
    let found = speakers(
        "Officials in the port criticised the plan for what they called “a betrayal of the coast.”\n",
    );
    assert_eq!(found, [None]);
    // A described person before the clause is no body of their party.
    let found = politics(
        "Reyes, the Blue who chairs her party's caucus, called the bill “a gift to landlords.”\n",
    );
    assert!(found.iter().all(|f| f.0 != some("Blue Party")));
}

/// Two states and a company, with kinds, for the affiliation of national
/// offices and officials.
fn states_registry() -> Registry {
    let of_kind = |id: &str, name: &str, aliases: &[&str], kind: &str| Actor {
        kind: Some(kind.into()),
        ..actor(id, name, aliases, None, &[])
    };
    Registry::new(&[
        of_kind("atlantis", "Atlantis", &["Atlantean", "ATL"], "state"),
        of_kind("fiji-gov", "Government of Fiji", &["Suva"], "government"),
        of_kind("acme", "Acme", &[], "company"),
        of_kind("kazaari", "Kazaari Mobility", &["Kazaari"], "company"),
        of_kind(
            "high-court",
            "High Court of Atlantis",
            &["High Court"],
            "court",
        ),
    ])
}

/// (speaker, actor) of each quote, read with [`states_registry`].
fn with_states(body: &str) -> Vec<(Option<String>, Option<String>)> {
    speakers_and_actors(&states_registry(), body)
}

/// Attribution with a registry listing `people` under one actor `front`.
fn speakers_listing(
    people: &[(&str, &str, &[&str])],
    body: &str,
) -> Vec<(Option<String>, Option<String>)> {
    let registry = Registry::new(&[actor("front", "Front", &[], None, people)]);
    speakers_and_actors(&registry, body)
}

#[test]
fn an_official_of_a_body_the_files_call_by_its_noun_speaks_for_it() {
    let palace = || {
        actor(
            "palace",
            "Palace of Atlantis",
            &["the administration"],
            None,
            &[],
        )
    };
    let registry = Registry::new(&[
        palace(),
        actor("ec", "Utopian Commission", &["the Commission"], None, &[]),
        actor("audit", "Audit Committee", &["the committee"], None, &[]),
    ]);
    let actor_of = |body: &str| speakers_and_actors(&registry, body)[0].1.clone();
    assert_eq!(
        actor_of("“We are not worried,” a senior administration official said.\n"),
        some("palace")
    );
    assert_eq!(
        actor_of("“We are not worried,” a Commission spokesperson said.\n"),
        some("ec")
    );
    // A longer name ending in the noun is another body; a noun the files
    // give two actors names neither; a noun no serving word follows
    // (`a committee witness`) names none.
    assert_eq!(
        actor_of("“We are not worried,” a Senate Finance Committee aide said.\n"),
        None
    );
    assert_eq!(
        actor_of("“We are not worried,” a committee witness said.\n"),
        None
    );
    // A named holder of such a title too.
    assert_eq!(
        actor_of("“We are not worried,” Commission spokesperson Jo Lind said.\n"),
        some("ec")
    );
    let two = Registry::new(&[
        palace(),
        actor("court", "Court Office", &["the administration"], None, &[]),
    ]);
    let found = speakers_and_actors(&two, "“No,” a senior administration official said.\n");
    assert_eq!(found[0].1, None);
}

#[test]
fn an_official_of_a_country_speaks_for_its_government_not_a_ministry_of_it() {
    let registry = Registry::new(&[
        actor_of_kind(
            "government",
            "fiji-mfa",
            "Ministry of Foreign Affairs of Fiji",
        ),
        actor_of_kind("government", "fiji-gov", "Government of Fiji"),
    ]);
    let found = speakers_and_actors(&registry, "“No,” a senior Fijian official said.\n");
    assert_eq!(found[0].1, some("fiji-gov"));
}

#[test]
fn an_official_speaks_for_the_state_of_their_nationality() {
    // Through an alias, and through the country a nationality word names.
    let found =
        with_states("“We will not be rushed by anyone,” a senior Atlantean official said.\n");
    assert_eq!(found[0].1, some("atlantis"));
    let found = with_states(
        "A senior Fijian trade official, who asked not to be named, said the offer was “not serious at all”.\n",
    );
    assert_eq!(found[0].1, some("fiji-gov"));
    // A diplomat serves their state too (round twenty-five: the gold of
    // every development set says so); a delegate may speak for anyone; an
    // official with no nationality names no state.
    let found = with_states("“We will not be rushed by anyone,” an Atlantean diplomat said.\n");
    assert_eq!(found[0].1, some("atlantis"));
    for body in [
        "“We will not be rushed by anyone,” an Atlantean delegate said.\n",
        "“We will not be rushed by anyone,” a senior official said.\n",
        "Atlantis opened the talks.\n\n“We will not be rushed by anyone,” a senior official said.\n",
    ] {
        assert_eq!(with_states(body)[0].1, None, "{body}");
    }
}

#[test]
fn a_countrys_possessive_before_its_office_names_its_government() {
    let found = with_states(
        "Fiji’s Permanent Representative, Tom Okal, said his Government had “done its part”.\n",
    );
    assert_eq!(found[0], (some("Tom Okal"), some("fiji-gov")));
    let found = with_states("“We are ready,” said Fiji's deputy foreign minister, Tom Okal.\n");
    assert_eq!(found[0].1, some("fiji-gov"));
    // Must not: an office that may serve a body of its own, or a country
    // no government listed is named for.
    for body in [
        "Fiji’s army chief, Tom Okal, said the troops had “done their part”.\n",
        "Tonga’s Permanent Representative, Tom Okal, said his Government had “done its part”.\n",
    ] {
        assert_eq!(with_states(body)[0].1, None, "{body}");
    }
}

#[test]
fn a_national_office_speaks_for_the_one_state_in_play() {
    // The one state its sentence names.
    let found = with_states(
        "Interior Minister Tom Okal said Atlantis had acted “within the law and nothing else”.\n",
    );
    assert_eq!(found[0], (some("Tom Okal"), some("atlantis")));
    // A minister: else the one state the article names.
    let found = with_states(
        "Suva presented its budget on Tuesday.\n\nFinance Minister Tom Okal called it “a plan for growth and for jobs”.\n",
    );
    assert_eq!(found[0].1, some("fiji-gov"));
    for body in [
        // Two states in the sentence.
        "Foreign Minister Tom Okal said Atlantis and Suva had agreed “to talk again next week”.\n",
        // Two states in the article.
        "Suva and Atlantis met.\n\nFinance Minister Tom Okal called it “a plan for growth and for jobs”.\n",
        // Another body's office.
        "Senate President Ann Lowe said Atlantis would “never sign this bill in its present form”.\n",
        // A president needs the sentence: companies have presidents too.
        "Atlantis approved the merger.\n\nPresident Ann Lowe called it “good for everyone who works here”.\n",
        // Sent to a state is not speaking for it.
        "Special Envoy Ann Lowe, who travelled to Atlantis, said the talks were “close to a deal”.\n",
    ] {
        assert_eq!(with_states(body)[0].1, None, "{body}");
    }
}

#[test]
fn a_lone_lowercase_minister_read_at_another_mention_names_no_state() {
    let found = with_states(
        "Atlantis changed the law.\n\nFormer Union labour minister Tom Okal, however, disagreed. “Someone will pay for it,” Okal said.\n",
    );
    assert_eq!(found[0], (some("Tom Okal"), None));
}

#[test]
fn a_judge_speaks_for_the_one_court_the_article_names() {
    let found = with_states(
        "The High Court ruled on Monday.\n\nIn the lead judgment, Mrs Justice Ann Lowe wrote that the minister had “never looked at the evidence at all”.\n",
    );
    assert_eq!(found[0].1, some("high-court"));
    for body in [
        // No court named.
        "In the lead judgment, Mrs Justice Ann Lowe wrote that the minister had “never looked at the evidence at all”.\n",
        // A justice minister is no judge.
        "The High Court ruled.\n\nJustice Minister Ann Lowe said Atlantis and Suva would “appeal against the ruling”.\n",
    ] {
        assert_eq!(with_states(body)[0].1, None, "{body}");
    }
}

#[test]
fn a_body_named_with_a_state_s_name_speaks_for_the_state() {
    let found = with_states(
        "The ATL Ministry of Foreign Affairs said in a statement that the exchange was “the nineteenth we have mediated”.\n",
    );
    assert!(found[0].0.is_some());
    assert_eq!(found[0].1, some("atlantis"));
    // A nationality word opening a body's name is no state's.
    let found = with_states(
        "The Atlantean Observatory for Peace said the strikes were “the heaviest in months”.\n",
    );
    assert_eq!(found[0].1, None);
}

#[test]
fn a_company_name_ending_in_i_is_no_nationality() {
    let found = with_states(
        "“We will keep talking to the state government,” a Kazaari spokesperson said.\n",
    );
    assert_eq!(found[0].1, some("kazaari"));
}

#[test]
fn a_minister_qualified_by_part_of_a_state_s_name_speaks_for_it() {
    let found = with_states(
        "Fiji environment minister Tom Okal said schools would “close until Friday at the earliest”.\n",
    );
    assert_eq!(found[0].1, some("fiji-gov"));
    for body in [
        // A qualifier that is part of no state's name.
        "Harbour environment minister Tom Okal said schools would “close until Friday at the earliest”.\n",
        // A chief minister is on record for a party.
        "Chief Minister Tom Okal said Atlantis would “close schools until Friday at the earliest”.\n",
    ] {
        assert_eq!(with_states(body)[0].1, None, "{body}");
    }
}

#[test]
fn another_transliteration_of_a_listed_name_is_that_person() {
    let listed: &[(&str, &str, &[&str])] = &[("Darya Ehmed", "Spokeswoman", &[])];
    assert_eq!(
        speakers_listing(
            listed,
            "“We will not leave,” said Darya Ahmad, a spokeswoman."
        ),
        [(some("Darya Ehmed"), some("front"))]
    );
    // `Dara` is another given name: another person, no actor.
    assert_eq!(
        speakers_listing(listed, "“We will not leave,” said Dara Ahmad, a farmer."),
        [(some("Dara Ahmad"), None)]
    );
}

#[test]
fn surnames_of_two_words_complete_to_the_one_listed_person() {
    let listed: &[(&str, &str, &[&str])] = &[("Tomás Velho Sá", "Candidate", &[])];
    assert_eq!(
        speakers_listing(listed, "“The count is false,” Velho Sa told reporters."),
        [(some("Tomás Velho Sá"), some("front"))]
    );
    // A given name first: a whole name of its own.
    let listed: &[(&str, &str, &[&str])] = &[("Ana Maria Tovell", "Candidate", &[])];
    assert_eq!(
        speakers_listing(listed, "“The count is false,” Maria Tovell told reporters."),
        [(some("Maria Tovell"), None)]
    );
}

#[test]
fn a_surname_with_a_particle_or_of_two_words_finds_the_full_name_written_before() {
    assert_eq!(
        speakers(
            "Lucas van der Molen won the primary.\n\nVan der Molen said: “We are only starting.”"
        ),
        [some("Lucas van der Molen")]
    );
    assert_eq!(
        speakers(
            "The envoy, Reza Tavakoli Nour, spoke first.\n\n“It is over,” Tavakoli Nour said."
        ),
        [some("Reza Tavakoli Nour")]
    );
    // Written only after the quote: no completion of two plain words.
    assert_eq!(
        speakers("“It is over,” Tavakoli Nour said.\n\nLater, Reza Tavakoli Nour left."),
        [some("Tavakoli Nour")]
    );
}

#[test]
fn honorifics_of_other_traditions_are_no_part_of_the_name() {
    assert_eq!(
        speakers("“We wait for the rice,” said U Min Thet.\n\nDaw Khin Lay said: “We wait too.”"),
        [some("Min Thet"), some("Khin Lay")]
    );
}

#[test]
fn the_subject_of_the_sentence_before_decides_he_among_two_men() {
    let body = "“We must talk first,” Omar Haddad said.\n\nKarl Lind thanked the envoy and briefed Haddad on the talks. “We will not give up the valley,” he said.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Karl Lind")]);
    // A body as the subject has no say: the man quoted last goes on.
    let body = "“We must talk first,” Omar Haddad said.\n\nThe Relief Committee welcomed the talks. “We will not give up the valley,” he said.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
}

#[test]
fn a_new_person_made_subject_is_never_the_man_quoted_before() {
    let body = "“We must talk first,” Omar Haddad said.\n\nIts envoy, Serdar Kaya, rejected the claims. “We did not fire on anyone,” he said.\n";
    assert_ne!(speakers(body)[1], some("Omar Haddad"));
}

#[test]
fn it_is_the_body_the_sentence_before_makes_its_subject() {
    let body = "“We are ready to move the wounded,” Omar Haddad said.\n\nThe Relief Committee confirmed the pause. “Our teams are moving now,” it wrote.\n";
    assert_eq!(speakers(body)[1], some("Relief Committee"));
}

#[test]
fn a_noun_that_only_says_a_body_is_the_body_the_sentence_before_makes_its_subject() {
    let body = "“We are ready,” Omar Haddad said.\n\nThe Vell Relief Fund, which has run the camp since May, closed the road. The group said the army “bombs at night.”\n";
    assert_eq!(speakers(body)[1], some("Vell Relief Fund"));
    // A person as the subject before, or a relative clause that does not
    // close before the verb: no body.
    let body = "“We are ready,” Omar Haddad said.\n\nOmar Haddad closed the road. The group said the army “bombs at night.”\n";
    assert_eq!(speakers(body)[1], None);
    let body = "“We are ready,” Omar Haddad said.\n\nThe Vell Relief Fund, which closed the road. The group said the army “bombs at night.”\n";
    assert_eq!(speakers(body)[1], None);
}

#[test]
fn nothing_carries_across_a_live_blog_entry() {
    let body = "**10:30 GMT - Talks resume**\n\n“We are ready to move the wounded,” Omar Haddad said.\n\n**11:05 GMT - Convoy moves**\n\n“The road is open to everyone,” he said.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), None]);
    let body = "“We are ready to move the wounded,” Omar Haddad said.\n\nThe convoy moved.\n\n“The road is open to everyone,” he said.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
}

#[test]
fn a_live_blog_entry_opens_with_a_clock_time_or_a_bold_line() {
    assert!(opens_entry("**10:30 GMT - Talks resume**"));
    assert!(opens_entry("12.05 BST: Lind arrives in the capital"));
    assert!(opens_entry("## 9:15 am – Polls open"));
    assert!(opens_entry("**Convoy moves**"));
    assert!(!opens_entry("10.50 per cent of voters stayed home."));
    assert!(!opens_entry(
        "**Lind** arrived on Monday and **Dorn** later."
    ));
    assert!(!opens_entry("The talks resumed at 10:30 GMT."));
}

#[test]
fn an_interviewers_question_is_no_ones_and_the_answer_goes_on() {
    let body = "We spoke to Omar Haddad by phone.\n\n“How many people have left the town so far?” The Daily asked.\n\n“More than a thousand people so far,” Haddad said.\n\n“Is anyone staying behind in the town?”\n\n“Some old people who will not leave their homes.”\n";
    let found = speakers(body);
    assert_eq!(found[2], None);
    assert_eq!(found[3], some("Omar Haddad"));
    // A question inside the speaker's own paragraph is still theirs.
    let body = "“Where was this concern before?” Omar Haddad said. “Where was it last year, when we asked?”\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
}

#[test]
fn a_quoted_subhead_goes_on_with_no_one() {
    let found = direct(
        "“We are ready to move the wounded,” Omar Haddad said.\n\n- ‘Gravely concerned’ -\n\nThe convoy moved on.\n",
    );
    assert!(
        found
            .iter()
            .all(|(text, speaker, _)| text.contains("wounded") || speaker.is_none())
    );
}

#[test]
fn a_pronoun_guess_is_not_what_the_next_paragraph_goes_on_from() {
    // `she` among two women the paragraph names, with no subject to
    // decide: a guess, so the next paragraph's quote with no attribution
    // of its own is nobody's.
    let body = "“We need access now to the whole city,” Lena Ross said.\n\nRoss and Fiona Dusk met the envoy on Monday. “We will keep asking for access,” she said.\n\n“Every single day until it opens.”\n";
    let found = speakers(body);
    assert_eq!(found[1], some("Lena Ross"));
    assert_eq!(found[2], None);
    // Ross alone the subject: `she` is sure, and the next paragraph goes on.
    let body = "“We need access now to the whole city,” Lena Ross said.\n\nRoss met the envoy on Monday. “We will keep asking for access,” she said.\n\n“Every single day until it opens.”\n";
    let found = speakers(body);
    assert_eq!(found[1], some("Lena Ross"));
    assert_eq!(found[2], some("Lena Ross"));
}

#[test]
fn an_unnamed_source_after_an_opening_participle_is_who_he_means() {
    let body = "“We are ready to move the wounded,” Omar Haddad said.\n\nSpeaking to reporters on the way home, one released fighter who did not give his name said he had spent weeks in a cellar. “They asked us every single day who we were,” he said.\n";
    assert_eq!(speakers(body)[1].as_deref(), Some("one released fighter"));
}

#[test]
fn frames_that_point_elsewhere_give_the_words_to_whom_they_point() {
    // The words are what Tamsin told Lind, not Lind's own.
    let body = "Karl Lind said Ivo Tamsin had told him the road “would open on Monday at the latest, whatever happens”.\n";
    assert_eq!(speakers(body), [some("Ivo Tamsin")]);
    // The agent of a passive carried the words; the speaker said them.
    let body = "“The corridor will stay closed until the guns fall silent,” Jan Berg was quoted by the RIA news agency as saying.\n\nIn remarks carried by state television, Petra Novak said the army “will not fire on the convoys under any circumstances”.\n";
    assert_eq!(speakers(body), [some("Jan Berg"), some("Petra Novak")]);
    // A name in a subordinate clause is not what the main clause's
    // pronoun means when the clause has its own subject first.
    let body = "“We must keep the road open for the convoys,” Omar Haddad said.\n\nAfter Haddad criticised Berg, he said: “We will not stay silent about any of this.”\n";
    assert_eq!(speakers(body)[1], some("Omar Haddad"));
}

// Round nine, wrong persons: what a pronoun or a frame may never mean.

#[test]
fn a_place_or_a_document_in_the_pronouns_sentence_is_no_one() {
    let body = "Senator Hugo Amaral spoke to reporters on Monday. “We are in talks,” he said.\n\n\
He also said the ministry would raise the clash at Eastern Bank Shoal, which hurt a deckhand. Asked whether the two men had met, he said, “We spoke briefly. That is enough.”\n\n\
Asked whether the navy would invoke its Joint Patrol Treaty with its neighbour, he said: “We are not at that point.”\n";
    assert_eq!(
        speakers(body),
        [
            some("Hugo Amaral"),
            some("Hugo Amaral"),
            some("Hugo Amaral")
        ]
    );
}

#[test]
fn a_clause_attributed_by_a_parenthetical_pronoun_is_no_unnamed_source() {
    let body = "Tomas Rivero said the union would strike. One of the injured divers had a broken wrist, he said, and another was in hospital. “They are alive because the pilot turned,” he said.\n";
    assert_eq!(speakers(body), [some("Tomas Rivero")]);
}

#[test]
fn an_unnamed_source_that_opens_the_sentence_still_speaks() {
    let body = "Tomas Rivero said the union would strike.\n\n\
One of the injured divers, speaking from his bed, was blunter: “We were left there,” he said.\n";
    assert_eq!(speakers(body), [some("One of the injured divers")]);
}

#[test]
fn a_surname_completes_past_a_nickname_and_initials() {
    let body = "Senator Ramon \"Monching\" T. Gallardo asked for an inquiry.\n\n\
“Our fishermen cannot eat statements,” Gallardo said.\n\n\
At home, Lorna Reyes said she had stopped watching the news. “I want to see his face,” she said.\n";
    assert_eq!(
        speakers(body),
        [some("Ramon Gallardo"), some("Lorna Reyes")]
    );
}

#[test]
fn a_pronoun_keeps_to_a_person_its_sentence_names() {
    // The thing filter leaves a person the pronoun's sentence names.
    let body = "Senator Hugo Amaral spoke to reporters on Monday. “We are in talks,” he said.\n\n\
When Lorna Bay was asked whether the pact would hold, she said: “We are not at that point yet.”\n";
    assert_eq!(speakers(body), [some("Hugo Amaral"), some("Lorna Bay")]);
}

#[test]
fn the_ministry_is_the_last_body_of_its_class_the_article_named() {
    let body = "Foreign Ministry spokesperson Kai Lund said the waters were Tarn's.\n\nThe Atlantean Department of Foreign Affairs said it had summoned Tarn's envoy. The ministry said in a statement that the ramming was “a reckless act that endangered the crew”.\n";
    assert_eq!(
        speakers(body),
        [some("Atlantean Department of Foreign Affairs")]
    );
    // No body of the class named before: no speaker.
    let body = "The Atlantean Coast Guard Agency said it had summoned Tarn's envoy. The ministry said in a statement that the ramming was “a reckless act that endangered the crew”.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_described_panel_is_the_committee_the_article_named() {
    let body = "The Harbour Ethics Committee on Thursday admonished Sen. Tom Dorn over six trips.\n\nIn a letter to the senator, the bipartisan panel wrote that his conduct “reflected discredit upon the chamber”.\n";
    assert_eq!(speakers(body), [some("Harbour Ethics Committee")]);
    // A describing word the committee's name does not hold: another body.
    let body = "The Harbour Ethics Committee on Thursday admonished Sen. Tom Dorn over six trips.\n\nIn a letter to the senator, the budget panel wrote that his conduct “reflected discredit upon the chamber”.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn an_apposition_or_a_document_clause_is_no_body() {
    let body = "Kai Brenn, of the Harbour Security Council, said on Wednesday that the government “will not ask permission to feed our own crews”.\n";
    let found = speakers(body);
    assert!(found == [None] || found == [some("Kai Brenn")], "{found:?}");
    let body = "The statement, issued after a special meeting in Port Vell chaired by Atlantis, said the ministers were “seriously concerned over the reclamations”.\n";
    assert_eq!(speakers(body), [None]);
    let body = "The Harbour Council on Monday said the ministers were “seriously concerned over the reclamations”.\n";
    assert_eq!(speakers(body), [some("Harbour Council")]);
}

#[test]
fn a_name_after_a_preposition_is_no_coordinated_subject() {
    let body = "The deputy envoy, Dana Orr, said Ruritania stood “shoulder to shoulder with its friends” with Atlantis and called the ramming near the shoal “a reckless and dangerous act at sea”.\n";
    let found = speakers(body);
    assert!(!found.contains(&some("Atlantis")), "{found:?}");
}

#[test]
fn the_ministers_speak_as_the_group_the_article_named() {
    let body = "Atlantean foreign ministers meeting in Port Vell on Sunday endorsed the corridor.\n\nIn a joint statement, the ministers said they “categorically reject any foreign interference”.\n";
    assert_eq!(speakers(body), [some("Atlantean foreign ministers")]);
    let body = "Two ministers met in Port Vell on Sunday.\n\nIn a joint statement, the ministers said they “categorically reject any foreign interference”.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn an_apposition_left_alone_still_gives_the_actor() {
    let body = "Kai Brenn, of the Relief Committee, said on Wednesday that the government “will not ask permission to feed our own crews”.\n";
    let found = speakers_and_actors(&registry(), body);
    assert_ne!(found[0].0, some("of the Relief Committee"));
    assert_eq!(found[0].1, some("relief"));
}

#[test]
fn a_descriptor_links_to_the_one_person_whose_role_its_noun_covers() {
    let body = "The hearing opened with Colonel Halvard Reyes-Stone, who \
                read a statement.\n\nThe weather was calm all week.\n\n\
                “We sail at dawn,” the officer said.\n";
    let (occurrences, _) = run_article(&article(body));
    assert_eq!(
        occurrences[0].speaker.as_deref(),
        Some("Halvard Reyes-Stone")
    );
}

#[test]
fn a_descriptor_whose_words_contradict_the_person_names_no_one() {
    // An age the article gave otherwise, the other sex: someone else.
    for descriptor in ["the 40-year-old officer", "the spokeswoman"] {
        let body = format!(
            "Halvard Reyes-Stone, a 62-year-old colonel and spokesman, \
             read a statement.\n\n“We sail at dawn,” {descriptor} said.\n"
        );
        let (occurrences, _) = run_article(&article(&body));
        assert_eq!(occurrences[0].speaker, None, "{descriptor}");
    }
}

#[test]
fn a_place_and_party_descriptor_is_the_one_tagged_so() {
    let body = |descriptor: &str| {
        format!(
            "Sen. Ann Reyes (R-La.) opened the hearing.\n\nSen. Tom Dorn, R-Okla., \
             asked the first question.\n\n“Not by a mile,” {descriptor} said.\n"
        )
    };
    for (descriptor, meant) in [
        ("the Oklahoma Republican", Some("Tom Dorn")),
        ("the Louisiana Republican", Some("Ann Reyes")),
        // A state neither was given, another party: no one.
        ("the Texas Republican", None),
        ("the Oklahoma Democrat", None),
    ] {
        let (occurrences, _) = run_article(&article(&body(descriptor)));
        assert_eq!(occurrences[0].speaker.as_deref(), meant, "{descriptor}");
    }
}

#[test]
fn the_person_points_back_at_the_last_unnamed_source_whatever_its_noun() {
    let body = |pointer: &str| {
        format!(
            "A Boi Norte executive who asked not to be named because the audit is ongoing \
             said the company expected more suspensions. “Thirty-eight is where we start,” \
             {pointer} said.\n"
        )
    };
    let (occurrences, _) = run_article(&article(&body("the person")));
    assert_eq!(
        occurrences[0].speaker.as_deref(),
        Some("A Boi Norte executive")
    );
    assert!(occurrences[0].anonymous);
    // Another noun points back only at a description it heads.
    let (occurrences, _) = run_article(&article(&body("the lawyer")));
    assert_eq!(occurrences[0].speaker, None);
}

#[test]
fn two_holders_of_one_office_quoted_close_leave_the_office_to_no_one() {
    let registry = Registry::new(&[
        Actor {
            people: vec![person("Ruth Banda", Some("Minister of Health"), &["Banda"])],
            ..test_support::actor("zm", "Zambia Ministry of Health", &[])
        },
        Actor {
            people: vec![person("Rui Dala", Some("Minister of Health"), &["Dala"])],
            ..test_support::actor("ao", "Angola Ministry of Health", &[])
        },
    ]);
    let body = |second: &str| {
        format!(
            "“The danger is going up,” Banda said on Monday.\n\n\
             {second}\n\n\
             Asked about the camps, the minister said the count was “not finished.”\n"
        )
    };
    let found = speakers_and_actors(
        &registry,
        &body("“It is under control,” Dala said on Tuesday."),
    );
    assert_eq!(found.last().and_then(|(s, _)| s.clone()), None);
    // One holder quoted: the minister is them.
    let found = speakers_and_actors(&registry, &body("Rain fell on Tuesday."));
    assert_eq!(
        found.last().and_then(|(s, _)| s.clone()).as_deref(),
        Some("Ruth Banda")
    );
}

#[test]
fn a_nationality_the_article_gave_someone_else_names_no_one() {
    let body = |descriptor: &str| {
        format!(
            "Iran's envoy, Halvard Reyes-Stone, read a statement.\n\n\
             “We sail at dawn,” {descriptor} said.\n"
        )
    };
    let (occurrences, _) = run_article(&article(&body("the Iranian diplomat")));
    assert_eq!(
        occurrences[0].speaker.as_deref(),
        Some("Halvard Reyes-Stone")
    );
    let (occurrences, _) = run_article(&article(&body("the Zimbabwean diplomat")));
    assert_eq!(occurrences[0].speaker, None);
}

#[test]
fn an_unnamed_official_after_an_abbreviation_is_who_the_official_means() {
    for (unnamed, meant) in [
        ("A U.N. official in Goma", Some("A U.N. official in Goma")),
        ("An E.U. official", Some("An E.U. official")),
        // No one unnamed in between: the named spokeswoman.
        ("The U.N. mission", Some("Halvard Reyes-Stone")),
    ] {
        let body = format!(
            "Government spokesperson Halvard Reyes-Stone denied the strike.\n\n\
             {unnamed} was at the scene within the hour.\n\n\
             “Both sides have the means,” the official said.\n"
        );
        let (occurrences, _) = run_article(&article(&body));
        assert_eq!(occurrences[0].speaker.as_deref(), meant, "{unnamed}");
    }
}

#[test]
fn a_mediator_is_a_diplomat() {
    let body = "The talks' mediator, Halvard Reyes-Stone, read a statement.\n\n\
                “We sail at dawn,” the veteran diplomat said.\n";
    let (occurrences, _) = run_article(&article(body));
    assert_eq!(
        occurrences[0].speaker.as_deref(),
        Some("Halvard Reyes-Stone")
    );
}

#[test]
fn a_lone_surname_that_an_apposition_says_is_a_person_speaks() {
    assert_eq!(
        speakers("Pomeroy, the county's lawyer, told the court: “The deadline is the law.”\n"),
        [some("Pomeroy")]
    );
    // No apposition: a lone capitalised word no one introduced is no one.
    assert_eq!(
        speakers("Witnesses told the court: “The deadline is the law.”\n"),
        [None]
    );
}

#[test]
fn she_after_an_unnamed_woman_is_not_the_woman_quoted_before() {
    let body = "“The count is on schedule,” said Lena Ross, the county clerk.\n\nA woman behind him, who did not give her name, said she had waited two hours. “I could have baked a cake in the time it took to get here,” she said. “Maybe even two of them before noon.”\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Lena Ross"));
    // The unnamed woman the sentence before made its subject (round
    // twenty: her gender told and agreeing), never the woman quoted before;
    // described by the whole noun phrase (round thirty-five).
    assert_eq!(found[1].speaker, some("A woman behind him"));
    assert!(found[1].anonymous);
    assert_ne!(found[2].speaker, some("Lena Ross"));
}

#[test]
fn a_name_inside_an_unnamed_persons_description_is_not_the_speaker() {
    let body = "“We will win this,” Lena Ross said.\n\nAcross the road, a woman wearing a Dorn scarf said she had fixed her ballot. “It took me a minute and nobody made me feel like a suspect,” she said.\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Lena Ross"));
    // The description, not `Dorn` inside it: the whole of it, since the
    // phrase of place before it no longer hides the sentence's subject
    // (round thirty-seven).
    assert_eq!(found[1].speaker, some("a woman wearing a Dorn scarf"));
    assert!(found[1].anonymous);
}

#[test]
fn he_after_an_unnamed_woman_is_still_the_man_quoted_before() {
    let body = "“We will open the doors at eight,” said Omar Haddad.\n\nA woman in the queue said she was cold. “We are nearly ready and nobody will be turned away tonight,” he said.\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("Omar Haddad"));
}

#[test]
fn an_unnamed_person_of_untold_gender_leaves_a_pronoun_unattributed() {
    let body = "“It will end Friday,” said Omar Haddad.\n\nOn his way out, a reporter asked what would happen next. “You will have to wait and see what the court decides,” he said.\n";
    let found = run(body);
    assert_eq!(found[1].speaker, None);
}

#[test]
fn a_noun_that_only_says_a_body_is_the_body_the_paragraph_made_speak() {
    let said = |body: &str| -> Vec<(Option<String>, Option<String>)> {
        run(body)
            .into_iter()
            .map(|o| (o.speaker, o.actor))
            .collect()
    };
    let body = "The Vell Relief Fund said stocks appeared to be low, lower than in 2024. \
        The organisation said in a statement that deliveries “will not resume until \
        the road is cleared on Thursday.”";
    let found = said(body);
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|f| f.0.as_deref() == Some("Vell Relief Fund")),
        "{found:?}"
    );
    // A ministry is no `agency`: no one.
    let ministry = "The Tarn Ministry of Water said stocks appeared to be low. \
        The agency said in a statement that deliveries “will not resume until \
        the road is cleared on Thursday.”";
    // (What the ministry said itself, reported, stays the ministry's.)
    assert_eq!(said(ministry).last(), Some(&(None, None)));
}

#[test]
fn he_in_a_sentence_that_opens_with_a_name_is_that_name() {
    let body = "“The mill needs a buyer,” said Omar Haddad, a union organiser.\n\nBram Keller held a rally at a school gym in Ottumwa, where he told about 200 people he was \"done with promises.\"\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Omar Haddad"));
    assert_eq!(found[1].speaker, some("Bram Keller"));
}

#[test]
fn a_suffix_set_off_by_a_comma_is_part_of_the_speakers_name() {
    let body = "Shipping magnate Bram T. Keller, Jr. closed his bid on Friday, a week after telling a radio host he would stay in \"until the last port.\"\n";
    assert_eq!(run(body)[0].speaker, some("Bram T. Keller"));
}

// Round eleven, wrong persons: the three causes below each gave a quote
// to a real person who did not speak.

#[test]
fn a_place_and_party_word_after_the_describes_someone_and_names_no_one() {
    let body = "Whip Omar Haddad (R-Utah) was sharper. The Utah Republican told reporters the plan was \"a fantasy with a price tag.\"\n";
    let found = run(body);
    assert_ne!(found[0].speaker, some("Utah Republican"));
    assert_ne!(found[0].speaker, some("The Utah Republican"));
    let two_words = "“We have the votes,” the New Mexico Democrat said.\n";
    let found = run(two_words);
    assert_ne!(found[0].speaker, some("Mexico Democrat"));
    // A name that only starts with a place stays a name.
    let named = "“We have the votes,” said Utah Republican Bram Keller.\n";
    assert_eq!(run(named)[0].speaker, some("Bram Keller"));
}

#[test]
fn a_name_after_the_pronoun_is_what_it_spoke_about_not_who_it_is() {
    let body = "“The shelters are full,” Lena Ross, the mayor's spokeswoman, said.\n\nAsked why the mayor had not met the council chair, she said Keller \"has my number and never uses it.\"\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("Lena Ross"));
    // Named before the pronoun, the subject still stands.
    let before = "“The shelters are full,” Lena Ross said.\n\nWhen Ida Brandt was asked about the shelters, she said the city \"will find the beds.\"\n";
    assert_eq!(run(before)[1].speaker, some("Ida Brandt"));
}

#[test]
fn a_paragraph_that_opens_with_he_goes_on_with_the_man_quoted_last() {
    let body = "“There is a deal to be had,” Omar Haddad said.\n\nHe would not say whether he had spoken to Bram Keller. “We talk most weeks,” he said.\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("Omar Haddad"));
    // Opening with the other man's name, the paragraph is about him.
    let other = "“There is a deal to be had,” Omar Haddad said.\n\nBram Keller would not say whether he had spoken to Haddad. “We talk most weeks,” he said.\n";
    assert_ne!(run(other)[1].speaker, some("Omar Haddad"));
}

#[test]
fn a_transcript_label_gives_the_full_name_the_article_introduced() {
    let body = "Talk-show host Mira Okafor interviewed Senator Bram T. Keller Jr. of Ohio on Sunday.\n\n**OKAFOR:** \"Will you vote for the harbour bill on Tuesday?\"\n\n**KELLER:** \"I will vote for it, and I will ask my colleagues to do the same.\"\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Mira Okafor"));
    assert_eq!(found[1].speaker, some("Bram T. Keller Jr."));
}

#[test]
fn a_label_that_names_no_one_the_article_introduced_gives_no_one() {
    // `Q:` is the interviewer's, never the guest's; `AUDIENCE:` is no one
    // the article named.
    let body = "Senator Bram Keller spoke to students at the college on Monday.\n\n**KELLER:** \"We will fund the harbour before the winter storms come.\"\n\n**Q:** \"Why should anyone believe that this time, senator?\"\n\nAUDIENCE: \"We have heard it every year since the mill closed down.\"\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Bram Keller"));
    assert_eq!(found[1].speaker, None);
    assert_eq!(found[2].speaker, None);
}

#[test]
fn a_speech_verb_joined_by_and_takes_the_sentences_named_subject() {
    let body = "In a short speech, Lena Ross thanked the ferry crews and said she was \"proud of every one of them.\"\n";
    assert_eq!(run(body)[0].speaker, some("Lena Ross"));
    // A list of speakers is no coordination, and a noun after the name
    // is no verb: neither gives the first name.
    let list = "Lena Ross and Omar Haddad said the deal was \"a start, not an end.\"\n";
    assert_ne!(run(list)[0].speaker, some("Lena Ross"));
    let noun = "Harbour workers meeting in Tarn on Monday called for a strike and urged \"every crew to stay home until the pay is settled.\"\n";
    assert_eq!(run(noun)[0].speaker, None);
}

#[test]
fn a_number_with_a_thousands_comma_splits_no_apposition() {
    let body = "Sen. Lena Ross, D-Ore., whose district is home to 120,000 ferry workers, said on the floor that the delays were \"exactly what we were warned about.\"\n";
    assert_eq!(run(body)[0].speaker, some("Lena Ross"));
}

#[test]
fn an_unnamed_source_goes_on_into_the_sentence_after_their_attribution() {
    // The attribution sentence is all that stands between the two quotes:
    // the short second quote is the source's too.
    let body = "A dock foreman, speaking on condition of anonymity, said the cranes \
        had been idle since May. “We asked for parts twice,” the foreman said. \
        “Nobody came.”";
    let found = direct(body);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .all(|(_, speaker, _)| speaker.as_deref() == Some("A dock foreman")),
        "{found:?}"
    );
    // Another sentence between them: the short quote is no one's
    // statement (a scare quote as far as the reading knows).
    let body = "“We asked for parts twice,” a dock foreman said. The port shut at \
        noon. “Nobody came.”";
    let found = direct(body);
    assert_eq!(found.len(), 1, "{found:?}");
    // The attribution before the first quote, in a sentence of its own:
    // the next sentence may be anyone's, so the short quote stays out.
    let body = "A dock foreman said “parts were ordered twice” on Monday. “Nobody came.”";
    assert_eq!(direct(body).len(), 1);
}

#[test]
fn the_source_a_sentence_without_quotes_introduced_is_the_one_the_definite_noun_means() {
    let body = "A harbour official who was not authorised to speak publicly told the \
        paper that the berths were full.\n\n“We have turned away four ships this \
        week,” the official said.";
    assert_eq!(
        direct(body)[0].1.as_deref(),
        Some("A harbour official"),
        "{:?}",
        direct(body)
    );
    // No unnamed source introduced: `the official` stays unnamed.
    let body = "The berths were full on Monday.\n\n“We have turned away four ships \
        this week,” the official said.";
    assert_eq!(direct(body)[0].1, None);
}

#[test]
fn one_of_a_group_told_before_speaks_only_the_words_attributed_to_them() {
    // `one of them` is read loosely: the next sentence's short quote is
    // not carried on to them.
    let body = "Two engineers at the plant told the paper the pumps had failed. \
        “The pumps are older than I am,” one of them said. “Truly.”";
    assert_eq!(direct(body).len(), 1, "{:?}", direct(body));
    // A source described by their own words goes on.
    let body = "“The pumps are older than I am,” one engineer at the plant said. \
        “Truly.”";
    assert_eq!(direct(body).len(), 2, "{:?}", direct(body));
}

#[test]
fn one_of_a_group_is_the_group_told_however_far_back_or_no_one() {
    // `one of the people` points back at the group of that noun the
    // article told, paragraphs before.
    let body = "The envoy pressed the junta, two people familiar with the meetings \
        told the paper.\n\nShelling killed nine people on Monday.\n\nThe talks \
        went on.\n\n“It was not a request,” said one of the people.";
    assert_eq!(
        speakers(body),
        [some("two people familiar with the meetings")]
    );
    // `one of them` with no group of sources told: no one a reader can
    // place, so no speaker rather than `one of them`.
    let body = "The accounts shared the video widely.\n\n“Its shells fall on women,” \
        one of them wrote.";
    assert_eq!(speakers(body), [None]);
    // `one resident` after `residents said`: the member's own words.
    let body = "In Goris, residents said the night was loud. “We took the children \
        to the basement,” one resident said.";
    assert_eq!(speakers(body), [some("one resident")]);
}

#[test]
fn an_unnamed_source_the_sentence_goes_on_to_name_is_that_name() {
    let body = "“We have learnt not to celebrate paper,” said a resident of the camp, \
        who gave her name as Mariam.";
    assert_eq!(speakers(body), [some("Mariam")]);
    // A clause that withholds the name leaves the description.
    let body = "“We have learnt not to celebrate paper,” said a resident of the camp, \
        who asked not to be named.";
    assert_eq!(speakers(body), [some("a resident of the camp")]);
}

#[test]
fn a_lone_name_given_an_age_is_a_person() {
    assert_eq!(
        speakers("“The well is dry,” says Halima, 61, who walked for three days.\n"),
        [some("Halima")]
    );
    assert_eq!(
        speakers("Halima, 61, said: “The well is dry.”\n"),
        [some("Halima")]
    );
    // A number that is no age (a count, a year) says nothing of a
    // person: the word stands as written, as any name no one completes
    // (`subject_form`), with no person's role.
    let found = run("“The well is dry,” says Kosti, 2029, in its report.\n");
    assert_eq!(found[0].speaker, some("Kosti"));
    assert_eq!(found[0].role, None);
}

/// Round twelve: who `he`/`she` means, as a grammar. A person is made a
/// sentence's subject in one of several forms after someone else was
/// quoted; material comes between; a pronoun in one of several positions
/// then speaks. Names, ages and the material are invented and in no
/// list.
#[test]
fn a_pronoun_means_the_person_made_the_subject_since_the_last_quote() {
    let opening = "“The vote is close,” said Ivo Brandt, a lawyer for the council.\n\n";
    // (the referent sentence, the name it gives)
    let referents = [
        ("Tarquin Vell sealed his support on Monday.", "Tarquin Vell"),
        (
            "Quorvath, the Ohio Republican, sealed his support on Monday.",
            "Quorvath",
        ),
        ("Quorvath, 41, sealed his support on Monday.", "Quorvath"),
        ("Back home, Quorvath is feeding his horses.", "Quorvath"),
        (
            "His neighbour, Quorvath, sealed his support on Monday.",
            "Quorvath",
        ),
    ];
    // (material between, whether the pronoun still means the referent)
    let between = [
        ("", true),
        ("The vote is set for Tuesday.\n\n", true),
        ("Zelvina, 52, shook her head.\n\n", true),
        // Someone of the same gender quoted since: he is the one in mind.
        ("“Not yet,” said Bruno Kaas.\n\n", false),
    ];
    let pronouns = [
        "“I have no regrets,” he said.\n",
        "He told reporters that “the deal is done.”\n",
        "- He added: “I have had a lot of calls.”\n",
    ];
    let mut wrong = Vec::new();
    for (referent, name) in referents {
        for (material, still) in between {
            for pronoun in pronouns {
                let body = format!("{opening}{referent}\n\n{material}{pronoun}");
                let found = speakers(&body);
                let expected = if still { name } else { "Bruno Kaas" };
                // A full name's gender comes from a listed given name or
                // a pronoun after its quote: with a woman in between,
                // `he` must only not be her.
                let unknown_gender = name.contains(' ') && material.starts_with("Zelvina");
                let right = if unknown_gender {
                    found.last() != Some(&some("Zelvina"))
                } else {
                    found.last() == Some(&some(expected))
                };
                if !right {
                    wrong.push(format!("{body:?}: {found:?}, not {expected}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn she_means_a_woman_named_by_one_word_not_the_woman_quoted_before() {
    let body = "“We are ready,” said Ana Lopes, the mayor.\n\n\
        Her sister, Zelvina, who travelled with her, said she had left early. \
        “I hope there is a bus,” she said.\n";
    assert_eq!(speakers(body)[1], some("Zelvina"));
}

#[test]
fn a_pronoun_never_means_a_lone_word_without_evidence_nor_one_of_the_other_gender() {
    // `Dunmore` is a place; `Zelvina` shook her head: `he` is neither.
    let body = "“The vote is close,” said Ivo Brandt, a lawyer.\n\n\
        Dunmore, a town on the river, closed its gates.\n\n\
        Zelvina, 52, shook her head.\n\n\
        “I have no regrets,” he said.\n";
    assert_eq!(speakers(body).last(), Some(&some("Ivo Brandt")));
    // A woman the sentence made its subject is not `he`; nor is the man
    // quoted long ago, with her in between, a guess worth making for
    // `she`.
    let body = "“The vote is close,” said Ivo Brandt, a lawyer.\n\n\
        Back home, Zelvina is feeding her son.\n\n\
        “I have no regrets,” she said.\n";
    assert_eq!(speakers(body).last(), Some(&some("Zelvina")));
}

/// The speech frame as a grammar: every subject form with every verb
/// form, complement and lead-in gives the subject as speaker. The verbs
/// include ones in no list (`zinged back`, `harrumphed`); the names are
/// invented, so nothing here rests on a list of people or bodies.
#[test]
fn speech_frames_generated_from_a_grammar() {
    // (subject, sentence before it, the speaker expected)
    let subjects = [
        ("Wilma Quarrender", "", "Wilma Quarrender"),
        ("Sen. Wilma Quarrender", "", "Wilma Quarrender"),
        ("Wilma Quarrender (D-Ill.)", "", "Wilma Quarrender"),
        (
            "Wilma Quarrender, the Illinois Democrat who chairs the panel,",
            "",
            "Wilma Quarrender",
        ),
        (
            "The Brackmoor Reform Project",
            "",
            "Brackmoor Reform Project",
        ),
        (
            "The senator",
            "Sen. Wilma Quarrender arrived in the capital on Tuesday.\n\n",
            "Wilma Quarrender",
        ),
    ];
    let verbs = [
        "said",
        "told reporters",
        "zinged back",
        "fired back",
        "countered",
        "quipped",
        "posted",
        "wrote",
        "harrumphed",
    ];
    let full = "“This bill is a bad deal for working families.”";
    let fragment = "“a bad deal for working families.”";
    let listed = |verb: &str| !verb.starts_with("harrumph");
    let leads = [
        "",
        "On Thursday, ",
        "Asked about the vote, ",
        "**Rewind:** ",
        "- ",
    ];
    let mut failures = Vec::new();
    for (subject, before, expected) in subjects {
        for lead in leads {
            let subject = match subject.strip_prefix("The ") {
                Some(rest) if lead.ends_with(", ") => format!("the {rest}"),
                _ => subject.to_string(),
            };
            let mut sentences: Vec<(String, bool)> = Vec::new();
            for verb in verbs {
                sentences.push((format!("{subject} {verb}, {full}"), true));
                sentences.push((format!("{subject} {verb}: {full}"), true));
                sentences.push((
                    format!("{subject} {verb} that the bill was {fragment}"),
                    true,
                ));
                sentences.push((
                    format!("{subject} {verb} in a statement that the bill was {fragment}"),
                    true,
                ));
                // Without `that`: only a verb known to be of speech.
                let bare = format!("{subject} {verb} the bill was {fragment}");
                sentences.push((bare, listed(verb)));
            }
            for main in ["voted against the measure on Oct. 3", "sealed her support"] {
                for participle in [
                    ", telling the Register that the bill was ",
                    ", telling the Register the bill was ",
                    ", saying the bill was ",
                    ", adding that the bill was ",
                    ", arguing that the bill was ",
                ] {
                    sentences.push((format!("{subject} {main}{participle}{fragment}"), true));
                }
            }
            if !subject.starts_with(['T', 't']) {
                let according = if lead.ends_with(", ") {
                    "according to"
                } else {
                    "According to"
                };
                sentences.push((
                    format!("{according} {subject}, the bill was {fragment}"),
                    true,
                ));
            }
            for (sentence, speaks) in sentences {
                let body = format!(
                    "Lawmakers met on Monday to debate the farm bill.\n\n{before}{lead}{sentence}\n"
                );
                let got = speakers(&body);
                let right = match (got.first(), speaks) {
                    (Some(Some(name)), true) => name.contains(expected),
                    (Some(None) | None, false) => true,
                    _ => false,
                };
                if !right {
                    failures.push(format!("{lead}{sentence} => {got:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The frame by form holds back where the quote is someone else's words
/// or no one's.
#[test]
fn speech_frames_by_form_leave_other_words_alone() {
    // A verb of knowing: what the ad said, not the subject.
    assert_eq!(
        speakers(
            "Wilma Quarrender learned that the new flyer was “a smear from start to finish.”\n"
        ),
        [None]
    );
    // A label before the colon: the sign's words.
    assert_eq!(
        speakers(
            "Wilma Quarrender unveiled a sign with the words: “Farms first, always and forever.”\n"
        ),
        [None]
    );
    // A rendering: the translator did not speak.
    assert_eq!(
        speakers(
            "According to a translation by Wilma Quarrender, the envoy called it “a bad deal for farmers.”\n"
        ),
        [None]
    );
    // Someone else's words inside the complement.
    assert_eq!(
        speakers(
            "Wilma Quarrender said that Odo Pennick told her “the deal is dead and buried now.”\n"
        ),
        [some("Odo Pennick")]
    );
}

#[test]
fn a_titled_transcript_label_names_a_person_the_article_never_introduced() {
    // The surname stands; the package pass completes it where another
    // article or the actor files give the full name.
    let body = "HEARING OF THE HARBOUR COMMITTEE, MONDAY.\n\nCHAIRMAN QUILLBY: \"The committee will come to order now.\"\n\nMS. ODUYA-FENN: \"Thank you, Mr. Chairman, for the time today.\"\n\nAUDIENCE: \"We have heard it every year since the mill closed.\"\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Quillby"));
    assert_eq!(found[1].speaker, some("Oduya-Fenn"));
    assert_eq!(found[2].speaker, None);
}

#[test]
fn a_presiding_or_broadcast_title_before_a_name_is_no_part_of_it() {
    let found = run(
        "\"The House will sit on Saturday until the bill is done,\" Speaker Odile Marchetti-Gray said.\n\nHost Bastian Quell asked the senator about the vote. \"Will you vote for it on Friday?\" Quell said.\n",
    );
    assert_eq!(found[0].speaker, some("Odile Marchetti-Gray"));
    assert_eq!(found[1].speaker, some("Bastian Quell"));
}

/// Documents that speak for their issuer, as a grammar: how the article
/// tells who issued the document x the document's noun x the verb of the
/// later frame. Each row must give the issuer; the negative rows (several
/// issuers, no issuer) give no one.
#[test]
fn a_document_speaks_for_the_issuer_however_the_article_tells_it() {
    let issuer_forms: &[(&str, Option<&str>)] = &[
        // `from X` right after the noun.
        (
            "The short {noun} from the Quarrel Valley Growers Union, released at noon, was read aloud.",
            Some("Quarrel Valley Growers Union"),
        ),
        // `In a NOUN carried by someone else, X said`: X speaks in it.
        (
            "In a {noun} released by her campaign on Monday, Wilma Quarrender said she would stay.",
            Some("Wilma Quarrender"),
        ),
        // A verb of sending, whom it went to, the document.
        (
            "Minutes later, the Quarrel Valley Growers Union sent members a two-page {noun}.",
            Some("Quarrel Valley Growers Union"),
        ),
        // Several issuers are no one speaker.
        (
            "The {noun} from Tarnland and the Quarrel Valley Growers Union, released at noon, was read aloud.",
            None,
        ),
        // No issuer told.
        ("A {noun} was read aloud at noon in the square.", None),
    ];
    let nouns = ["statement", "letter", "memo", "email", "communique"];
    let verbs = ["said", "says", "added"];
    let mut failures = Vec::new();
    for (form, expected) in issuer_forms {
        for noun in nouns {
            for verb in verbs {
                let body = format!(
                    "{}\n\n“Prices will not recover before the autumn harvest comes in,” the {noun} {verb}.\n",
                    form.replace("{noun}", noun)
                );
                let found = speakers(&body);
                if found.last().cloned().flatten().as_deref() != *expected {
                    failures.push(format!("{body:?}: {found:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `A note from the ministry published on Monday said`: the issuer ends
/// where what the article says of the document begins.
#[test]
fn an_issuer_after_from_ends_at_a_participle_or_a_preposition() {
    for (tail, expected) in [
        ("published on Monday", some("Quarrel Valley Growers Union")),
        ("on Monday", some("Quarrel Valley Growers Union")),
        ("", some("Quarrel Valley Growers Union")),
    ] {
        let body = format!(
            "A note from the Quarrel Valley Growers Union {tail} said the harvest was “the worst in forty years of records.”\n"
        );
        assert_eq!(speakers(&body), [expected], "{body}");
    }
    let several = "A note from Tarnland and the Quarrel Valley Growers Union said the harvest was “the worst in forty years of records.”\n";
    assert_eq!(speakers(several), [None]);
}

/// `The complaint from the Tarn Water Council centers on ...`: the
/// issuer's name ends at the verb its sentence goes on with, and a later
/// `the complaint states` is the council's.
#[test]
fn an_issuer_after_from_ends_where_its_sentence_goes_on() {
    let registry = Registry::new(&[actor_of_kind("organization", "twc", "Tarn Water Council")]);
    let body = "A watchdog filed a complaint on Wednesday.\n\nThe complaint from the Tarn Water Council centers on a pumping log. “The same four hours of records do not vanish by accident,” the complaint states.\n";
    assert_eq!(
        speakers_and_actors(&registry, body)[0],
        (some("Tarn Water Council"), some("twc"))
    );
    // Must not: several issuers are no one author.
    let body = "The complaint from the Tarn Water Council and Vell Albion centers on a pumping log. “The same four hours of records do not vanish by accident,” the complaint states.\n";
    assert_eq!(speakers_and_actors(&registry, body)[0].0, None);
}

/// `In an estimate released Friday, the Budget Office said ... “...,”
/// the estimate said`: an estimate and a circular are texts a body
/// issues, as a report is.
#[test]
fn an_estimate_speaks_for_the_body_that_issued_it() {
    let registry = Registry::new(&[actor_of_kind("agency", "tbo", "Tarn Budget Office")]);
    let body = "In an estimate released Friday, the Tarn Budget Office said the bill would cut spending.\n\n“Most of the people who would lose eligibility are adults,” the estimate said.\n";
    assert_eq!(
        speakers_and_actors(&registry, body)[0],
        (some("Tarn Budget Office"), some("tbo"))
    );
    // Must not: an estimate no one is said to have made names no one.
    let body = "The bill passed on Friday.\n\n“Most of the people who would lose eligibility are adults,” the estimate said.\n";
    assert_eq!(speakers_and_actors(&registry, body)[0].0, None);
}

/// `the Goiania-based company said`: where a body sits says no more of
/// which body it is than `the company`, and `the Abuja-based Centre for
/// Civic Ledgers` is the centre; but of two governments, `the
/// Tripoli-based government` is read as written.
#[test]
fn a_bodys_seat_before_its_noun_or_name_tells_where_not_which() {
    let registry = Registry::new(&[
        actor_of_kind("company", "boi", "Boi Norte"),
        actor_of_kind("organization", "ccl", "Centre for Civic Ledgers"),
    ]);
    for seat in ["Goiania", "Belo Horizonte", "Sao Paulo"] {
        let body = format!(
            "Boi Norte SA suspended purchases from 38 ranches.\n\nThe suspensions cover “all direct suppliers with any link to the persons investigated,” the {seat}-based company said in a filing.\n"
        );
        assert_eq!(
            speakers_and_actors(&registry, &body)[0],
            (some("Boi Norte"), some("boi")),
            "{body}"
        );
    }
    let body = "The talks ended on Monday.\n\nThe Abuja-based Centre for Civic Ledgers said the bloc must be “as loud about third terms as it is about coups”.\n";
    assert_eq!(
        speakers_and_actors(&registry, body)[0],
        (some("Centre for Civic Ledgers"), some("ccl"))
    );
    assert_eq!(
        super::bodies::without_seat("the Tripoli-based government"),
        None
    );
    assert_eq!(
        super::bodies::without_seat("the Goiania-based meatpacking company").as_deref(),
        Some("the meatpacking company")
    );
}

/// A body introduced by its kind (`a small armed group, X`, `X, a
/// logistics company,`, `the logistics company X`) is what the kind's
/// noun means after it, as a grammar of forms x kinds; a kind the article
/// never gave a name, or another kind, names no one.
#[test]
fn a_body_introduced_by_its_kind_is_what_the_kind_noun_means() {
    let forms: &[(&str, Option<&str>)] = &[
        (
            "A little-known rural {kind}, Vessary Front, claimed the blockade on Sunday.",
            Some("Vessary Front"),
        ),
        (
            "Vessary Front, a small rural {kind}, claimed the blockade on Sunday.",
            Some("Vessary Front"),
        ),
        (
            "The rural {kind} Vessary Front claimed the blockade on Sunday.",
            Some("Vessary Front"),
        ),
        // A kind with no name.
        (
            "A small rural {kind} in Tarnland claimed the blockade.",
            None,
        ),
    ];
    let kinds = ["group", "company", "club", "agency"];
    let mut failures = Vec::new();
    for (form, expected) in forms {
        for kind in kinds {
            let body = format!(
                "{}\n\n“The roads will stay closed until the prices come back up,” the {kind} said.\n",
                form.replace("{kind}", kind)
            );
            let found = speakers(&body);
            if found.last().cloned().flatten().as_deref() != *expected {
                failures.push(format!("{body:?}: {found:?}"));
            }
        }
    }
    // Another kind than the one said: no one.
    let other = "A little-known rural group, Vessary Front, claimed the blockade on Sunday.\n\n“The roads will stay closed until the prices come back up,” the company said.\n";
    if speakers(other) != [None] {
        failures.push(format!("{other:?}: {:?}", speakers(other)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `the Blue front-runner`, `the Green nominee`: a party word and a noun
/// of candidacy stand for the person of that party the paragraph before
/// introduced, their campaign under the party included; a person of
/// another party is never meant.
#[test]
fn a_party_word_and_a_candidacy_noun_stand_for_that_partys_person() {
    let party = |id: &str, name: &str, aliases: &[&str]| Actor {
        kind: Some("party".into()),
        ..actor(id, name, aliases, None, &[])
    };
    let registry = Registry::new(&[
        // Listed by the plural and the party's name only: `Blue` of `the
        // Blue nominee` is read as either.
        party("blues", "Blue Party", &["Blues"]),
        party("greens", "Green Party", &["Green Party"]),
        actor(
            "quarrender-campaign",
            "Quarrender campaign",
            &["Quarrender campaign"],
            Some("blues"),
            &[("Wilma Quarrender", "candidate", &["Quarrender"])],
        ),
    ]);
    let mut failures = Vec::new();
    for intro in [
        "Gov. Wilma Quarrender of Tarnland thanked supporters in Dunmore on Monday night.",
        "Wilma Quarrender, the governor of Tarnland, thanked supporters in Dunmore on Monday night.",
    ] {
        for (words, expected) in [
            ("the Blue front-runner", some("Wilma Quarrender")),
            ("the Blue nominee", some("Wilma Quarrender")),
            ("the Blue candidate", some("Wilma Quarrender")),
            // Another party's word: not her.
            ("the Green front-runner", None),
        ] {
            let body = format!(
                "{intro}\n\n“Dunmore hired me tonight and I will show up for work,” {words} said.\n"
            );
            let found = speakers_and_actors(&registry, &body);
            if found.first().map(|f| f.0.clone()) != Some(expected.clone()) {
                failures.push(format!("{body:?}: {found:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A frame's subject stretch that no rule resolved is read by its form
/// (`subject_form`): a name after long title and role words, a lone
/// surname no one introduced, a pronoun before the verb. Invented names
/// in no list, across the frames the stretch comes with.
#[test]
fn a_subject_stretch_is_read_by_its_form_across_frames() {
    let subjects = [
        ("City director of rowing Quorvel Tashtenko", "Tashtenko"),
        ("Minister of State Brinda Vasquell-Oyo", "Vasquell-Oyo"),
    ];
    let frames = [
        "{S} told Harbour Radio that the levy was “a tax on patience and nothing more.”",
        "{S} said in a statement that the levy was “a tax on patience and nothing more.”",
        "{S} wrote in a note that the levy was “a tax on patience and nothing more.”",
    ];
    let mut failures = Vec::new();
    for (subject, surname) in subjects {
        for frame in frames {
            let body = format!("{}\n", frame.replace("{S}", subject));
            let found = speakers(&body);
            if !found[0].as_deref().is_some_and(|s| s.ends_with(surname)) {
                failures.push(format!("{body:?} gave {found:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // A lone surname stands when nothing completes it; a plural noun
    // that opens no sentence here is no name.
    assert_eq!(
        speakers("“The levy is a tax on patience and nothing more,” Tashtenko said.\n"),
        [some("Tashtenko")]
    );
    assert_eq!(
        speakers("“The levy is a tax on patience and nothing more,” Officials said.\n"),
        [None]
    );
    // A pronoun in a relative clause goes to the sentence's subject.
    assert_eq!(
        speakers(
            "Mayor Quorvel Tashtenko welcomed the levy, which he said would “pay for the harbour wall at last.”\n"
        ),
        [some("Quorvel Tashtenko")]
    );
}

/// The label grammar (round thirteen, attr13label): a line or a bold span
/// that opens with who speaks and a colon gives the speaker of the quote
/// it introduces, in any case, with titles, party tags and a note of where
/// it was said. Names are invented and in no list.
#[test]
fn a_label_of_any_case_gives_the_person_the_article_introduced() {
    let intro = "Rep. Quillon Brathwick-Udo and harbour union chief negotiator Ysolde Pennard-Voss spoke after the vote on Tuesday.\n\n";
    let labels = [
        (
            "- Rep. Quillon Brathwick-Udo (R-Neb.): ",
            "Quillon Brathwick-Udo",
        ),
        ("- Quillon Brathwick-Udo on X: ", "Quillon Brathwick-Udo"),
        ("**Brathwick-Udo:** ", "Quillon Brathwick-Udo"),
        ("**BRATHWICK-UDO:** ", "Quillon Brathwick-Udo"),
        ("**Pennard-Voss:** ", "Ysolde Pennard-Voss"),
        ("**YSOLDE PENNARD-VOSS: ", "Ysolde Pennard-Voss"),
        (
            "- Ysolde Pennard-Voss at a rally in Tarn: ",
            "Ysolde Pennard-Voss",
        ),
    ];
    for (label, speaker) in labels {
        let close = if label.starts_with("**YSOLDE") {
            "**"
        } else {
            ""
        };
        let body = format!(
            "{intro}{label}\"The harbour will stay open through the winter storms.\"{close}\n"
        );
        assert_eq!(run(&body)[0].speaker, some(speaker), "{label}");
    }
}

#[test]
fn a_label_that_narrates_or_names_no_one_introduced_gives_no_one() {
    let intro = "Rep. Quillon Brathwick-Udo spoke after the vote on Tuesday.\n\n";
    for label in [
        "**The banner over the dock read:** ",
        "**Question:** ",
        "**Spokesperson:** ",
        "Key lines from the speech: ",
    ] {
        let body =
            format!("{intro}{label}\"The harbour will stay open through the winter storms.\"\n");
        assert_eq!(run(&body)[0].speaker, None, "{label}");
    }
}

#[test]
fn a_bare_office_label_names_no_one() {
    // Which spokesperson is a guess: no speaker beats a wrong one.
    let body = "At the noon briefing, spokesperson Corvin Aldenholt-Mbeki took questions after spokesperson Ilse Varganova-Roe had spoken.\n\n**Question:** \"Will the harbour stay open through the storms?\"\n\n**Spokesperson:** \"It will stay open, and the crews will be paid.\"\n";
    let found = run(body);
    assert_eq!(found[0].speaker, None);
    assert_eq!(found[1].speaker, None);
}

/// A frame's scope: the whole that-clause after a speech verb is the
/// verb's, however long, unless a nearer frame opens inside it.
#[test]
fn a_quote_deep_in_a_that_clause_is_the_frames_subject() {
    let subjects = ["Quillon Brathwick-Udo", "Rep. Quillon Brathwick-Udo"];
    let frames = [
        "said",
        "told reporters",
        "said in a letter to the committee",
    ];
    let complements = [
        "that the river levee and the old pumping station at the north end of the parish were",
        "that if the harbour bill is signed tonight, funds will reach the parish and its pumps",
        "that the barrier had held and that overtopping at the river levee on the north bank was",
    ];
    for subject in subjects {
        for frame in frames {
            for complement in complements {
                let body = format!(
                    "{subject} {frame} {complement} \"not one failure but a pattern of them.\"\n"
                );
                assert_eq!(
                    run(&body)[0].speaker,
                    some("Quillon Brathwick-Udo"),
                    "{body}"
                );
            }
        }
    }
}

#[test]
fn a_nearer_frame_inside_the_that_clause_claims_the_quote() {
    let body = "Quillon Brathwick-Udo said that at the meeting in Tarn on Monday night the harbour chair, Ysolde Pennard-Voss, told the crews the pumps were \"not one failure but a pattern of them.\"\n";
    assert_ne!(run(body)[0].speaker, some("Quillon Brathwick-Udo"));
    // A name far inside the clause may be whose words they are: abstain.
    let named = "Quillon Brathwick-Udo said that at the meeting on Monday night the harbour crews had heard Pennard-Voss describe the pumps as \"not one failure but a pattern of them.\"\n";
    assert_ne!(run(named)[0].speaker, some("Quillon Brathwick-Udo"));
}

/// A middle initial `A.` is an initial, not the article `a`: a surname
/// alone later completes to the full name however the name was written
/// (round thirteen, found on a blind set after it was scored).
#[test]
fn a_surname_completes_a_full_name_with_the_initial_a() {
    for intro in [
        "Tobrin A. Qelloway Jr. does not endorse candidates.",
        "The Rev. Tobrin A. Qelloway was there.",
        "Tobrin A. Qelloway came too.",
    ] {
        let text = format!("{intro}\n\n\"We are fine here,\" Qelloway said.\n");
        let full = intro
            .trim_start_matches("The Rev. ")
            .split(" does")
            .next()
            .unwrap()
            .split(" was")
            .next()
            .unwrap()
            .split(" came")
            .next()
            .unwrap();
        assert_eq!(run(&text)[0].speaker, some(full), "{intro}");
    }
}

/// A full name after a long office and a title, opening its paragraph
/// and introduced nowhere else, is given as written: a name of two words
/// needs no mid-sentence capital to be a name (only a lone word does).
#[test]
fn a_full_name_after_an_office_and_a_title_is_given_as_written() {
    for subject in [
        "Minister of State Dr. Ilvar Brandosk",
        "Deputy Minister Dr. Ilvar Brandosk",
        "Dr. Ilvar Brandosk",
    ] {
        let text = format!("{subject} said the talks would \"end in March.\"\n");
        assert_eq!(run(&text)[0].speaker, some("Ilvar Brandosk"), "{subject}");
    }
    // A lone word opening the paragraph is still no name (`Officials`).
    let lone = "Officials said the talks would \"end in March.\"\n";
    assert_ne!(run(lone)[0].speaker, some("Officials"));
}

/// Actors of several kinds for the title slot (`resolve::title_slot_actor`):
/// a club, a union known by an acronym, a place and a party, all with
/// invented names.
fn title_slot_registry() -> Registry {
    let kinded = |id: &str, name: &str, aliases: &[&str], kind: &str| Actor {
        kind: Some(kind.into()),
        ..actor(id, name, aliases, None, &[])
    };
    Registry::new(&[
        kinded("velmora", "Velmora Rovers", &["Velmora"], "club"),
        kinded("ktwu", "Kelp and Tin Workers Union", &["KTWU"], "union"),
        kinded("zandoria", "Zandoria", &["Zandorian"], "state"),
        kinded("greys", "Grey Party", &["Greys"], "party"),
    ])
}

#[test]
fn an_actors_name_heading_a_persons_title_gives_that_actor_whatever_the_role() {
    // Forms of the slot x frames; the role nouns (`plinker`, `wrangler`)
    // are in no list: the slot, not the noun, carries the affiliation.
    let slots = [
        ("Velmora chief wrangler Ivo Tarn", "velmora"),
        ("KTWU regional plinker Ivo Tarn", "ktwu"),
        ("Velmora's plinker, Ivo Tarn,", "velmora"),
        (
            "The Kelp and Tin Workers Union's senior plinker, Ivo Tarn,",
            "ktwu",
        ),
        ("Ivo Tarn, KTWU plinker,", "ktwu"),
        // A possessive makes even a place or a party the body.
        ("Zandoria's chief plinker, Ivo Tarn,", "zandoria"),
    ];
    for (slot, actor) in slots {
        let frames = [
            format!("{slot} said the talks were “going nowhere at all this week.”\n"),
            format!("{slot} spoke first.\n\n“We are going nowhere at all this week,” Tarn said.\n"),
        ];
        for body in frames {
            assert_eq!(
                speakers_and_actors(&title_slot_registry(), &body),
                [(some("Ivo Tarn"), some(actor))],
                "{body}"
            );
        }
    }
}

#[test]
fn a_title_slot_that_is_a_place_a_party_or_an_outsider_gives_no_actor() {
    let slots = [
        // A bare place or party name before a role is a place or a
        // portfolio, not a body the person belongs to.
        "Zandoria plinker Ivo Tarn",
        "Zandorian plinker Ivo Tarn",
        // How one stands toward an actor is no membership.
        "Velmora fan Ivo Tarn",
        "KTWU critic Ivo Tarn",
        // A lowercase alias, or a clause inside the role.
        "Velmora plinker and ex-wrangler Ivo Tarn",
    ];
    for slot in slots {
        let body = format!("{slot} said the talks were “going nowhere at all this week.”\n");
        assert_eq!(
            speakers_and_actors(&title_slot_registry(), &body),
            [(some("Ivo Tarn"), None)],
            "{body}"
        );
    }
}

#[test]
fn a_title_slot_gives_its_actor_to_its_own_person_only() {
    let body = "Velmora chief wrangler Ivo Tarn met Oda Brisk on Monday.\n\n“We are going nowhere at all this week,” Brisk said.\n";
    assert_eq!(
        speakers_and_actors(&title_slot_registry(), body),
        [(some("Oda Brisk"), None)]
    );
}

#[test]
fn a_title_slot_names_the_child_body_its_role_word_begins_with() {
    let registry = Registry::new(&[
        Actor {
            kind: Some("organisation".into()),
            ..actor("zunion", "Zandor Union", &["ZU"], None, &[])
        },
        actor(
            "tallage",
            "Zandor Tallage",
            &["Tallage"],
            Some("zunion"),
            &[],
        ),
    ]);
    assert_eq!(
        speakers_and_actors(
            &registry,
            "ZU crisis tallager Ivo Tarn said the fleet was “already in the air tonight.”\n"
        ),
        [(some("Ivo Tarn"), some("tallage"))]
    );
    assert_eq!(
        speakers_and_actors(
            &registry,
            "ZU crisis wrangler Ivo Tarn said the fleet was “already in the air tonight.”\n"
        ),
        [(some("Ivo Tarn"), some("zunion"))]
    );
}

#[test]
fn a_title_slot_held_formerly_gives_no_actor() {
    for body in [
        "Former Velmora captain Ivo Tarn said the club was “going nowhere at all.”\n",
        "Speaking on the radio, former Velmora captain Ivo Tarn said the club was “going nowhere at all.”\n",
        "Speaking on the radio, former Velmora captain Ivo Tarn said both sides had erred. “The club is going nowhere at all,” the 48-year-old said.\n",
    ] {
        let found = speakers_and_actors(&title_slot_registry(), body);
        assert!(
            found.iter().all(|(_, actor)| actor.is_none()),
            "{body}: {found:?}"
        );
    }
}

#[test]
fn a_title_slot_at_a_mention_without_quotes_holds_for_the_persons_quotes() {
    // The role nouns are in no list, so the phrase reader does not keep
    // them as title words: the slot is read from the words themselves.
    for (intro, actor) in [
        (
            "Velmora chief wrangler Ivo Tarn was more candid.",
            some("velmora"),
        ),
        (
            "KTWU regional plinker Ivo Tarn was more candid.",
            some("ktwu"),
        ),
        (
            "Former Velmora chief wrangler Ivo Tarn was more candid.",
            None,
        ),
        ("Velmora fan Ivo Tarn was more candid.", None),
    ] {
        assert_tarn_introduced_with(intro, actor);
    }
}

/// `intro` brings in Ivo Tarn in a paragraph of its own; the quote after
/// it, said by `Tarn`, has `actor` (the title-slot registry's).
fn assert_tarn_introduced_with(intro: &str, actor: Option<String>) {
    let body = format!(
        "The club lost again on Sunday.\n\n{intro}\n\n“We are going nowhere at all this week,” Tarn said.\n"
    );
    assert_eq!(
        speakers_and_actors(&title_slot_registry(), &body),
        [(some("Ivo Tarn"), actor)],
        "{body}"
    );
}

#[test]
fn a_clause_after_an_actors_possessive_is_no_title_slot() {
    for (intro, actor) in [
        (
            "Velmora's late winner came when plinker Ivo Tarn scored.",
            None,
        ),
        (
            "Velmora's third goal in the last minute fell to Ivo Tarn.",
            None,
        ),
        ("The one who spoke for Velmora is Ivo Tarn.", None),
    ] {
        assert_tarn_introduced_with(intro, actor);
    }
}

/// A department named between an office's `of` and the name, with a word
/// in it that also describes people (`Foreign`), stays with the office:
/// the name is the last words. Invented departments and names.
#[test]
fn a_department_after_an_office_of_is_no_part_of_the_name() {
    for office in [
        "Minister of Foreign Affairs",
        "Minister of Foreign Trade",
        "Secretary of Varnish",
        "Minister of Brolt Harvests",
    ] {
        let text = format!("{office} Quoren Daltavy said: \"We will not move an inch.\"\n");
        assert_eq!(run(&text)[0].speaker, some("Quoren Daltavy"), "{office}");
    }
}

/// `and` inside a department's name before an office word is one
/// person's title, not two speakers; two names joined by `and` stay no
/// one speaker.
#[test]
fn and_inside_a_department_name_joins_no_two_speakers() {
    for department in ["Mineral and Petroleum Resources", "Brolt and Varnish"] {
        let text = format!(
            "{department} Minister Brel Okavu, who set up the inquiry in October, said: \"The inquiry will report soon.\"\n"
        );
        assert_eq!(run(&text)[0].speaker, some("Brel Okavu"), "{department}");
    }
    for several in [
        "Brel Okavu and Quoren Daltavy said: \"The inquiry will report soon.\"\n",
        "Sen. Brel Okavu and Sen. Quoren Daltavy said: \"The inquiry will report soon.\"\n",
    ] {
        assert_eq!(run(several)[0].speaker, None, "{several}");
    }
}

/// A pronoun's pick that the quote itself contradicts (it names the
/// picked person as someone else) is withdrawn with the quote read from
/// the same words; the person's own quote elsewhere is kept.
#[test]
fn a_quote_naming_its_picked_speaker_is_withdrawn() {
    let text = "Quoren Daltavy spoke first. \"We will not move,\" Daltavy said.\n\n\
                He would not say whether he had met Brel Okavu. \"Brel and I talk every day,\" he said, adding that the man \"has a harder job than I do.\"\n";
    let speakers = speakers(text);
    assert_eq!(speakers[0], some("Quoren Daltavy"));
    assert_ne!(speakers[1], some("Brel Okavu"));
    assert_ne!(speakers[2], some("Brel Okavu"));
}

/// A name after another subject's speech verb stands in what that
/// subject said: the quote is not the named person's.
#[test]
fn a_name_inside_another_subjects_words_is_not_the_speaker() {
    let text = "Quoren Daltavy is the leader.\n\n\
                An aide, who spoke on condition of anonymity, said Daltavy wanted the vote \"to happen this week.\"\n";
    assert_ne!(run(text)[0].speaker, some("Quoren Daltavy"));
    // Named as the subject, he keeps it.
    let own = "Quoren Daltavy is the leader.\n\nDaltavy told members that the vote \"will happen this week.\"\n";
    assert_eq!(run(own)[0].speaker, some("Quoren Daltavy"));
}

/// Departments of two words after an office's `of`, none of them in a
/// list: the name no list knows is the last two words.
#[test]
fn a_two_word_department_stays_with_its_office() {
    for (office, name) in [
        ("Minister of Brolt Harvests", "Quoren Daltavy"),
        ("Minister of Foreign Trade", "Quoren Daltavy"),
        ("Minister of Foreign Affairs", "Anna Daltavy"),
        ("Minister of Trade", "Quoren Daltavy"),
    ] {
        let text = format!("{office} {name} said: \"We will not move an inch.\"\n");
        assert_eq!(run(&text)[0].speaker, some(name), "{office}");
    }
}

#[test]
fn a_pronoun_in_an_interview_answer_is_never_the_one_answering() {
    // The one who answers speaks of themselves as `I`: `he` in the answer
    // is the one man it names before, or no one.
    let body = "**Reporter: Is there friction with Minister Harl Vesk?**\n\n\
**Tovan Merl:** Minister Vesk is a patient man. When he told me, “Nothing has been dropped,” I believed him.\n\n\
**Reporter: And the others?**\n\n\
**Tovan Merl:** Nobody else calls. He said to me on the first day, “You bring the maps, I bring the coffee.”\n";
    let found = speakers(body);
    assert!(
        found[0].as_deref().is_some_and(|s| s.ends_with("Vesk")),
        "{body}"
    );
    assert_ne!(found[1], some("Tovan Merl"), "{body}");
    // A pronoun outside any answer label keeps its usual reading.
    let body = "Tovan Merl spoke on Monday. “We wait,” he said.\n\n\
Merl was blunt: the name was on every list. “It was a good day,” he said.\n";
    assert_eq!(speakers(body), [some("Tovan Merl"), some("Tovan Merl")]);
}

#[test]
fn a_title_of_address_tells_who_she_cannot_be() {
    // `Father` says a man: `she` after him is no one quoted before.
    let body = "“The line starts here,” said Father Tovan Merl, pointing at the gate.\n\n\
Among those waiting is a woman who arrived with her children.\n\n\
“I have my appointment in May,” she said.\n";
    let found = speakers(body);
    assert!(
        found[0]
            .as_deref()
            .is_some_and(|s| s.ends_with("Tovan Merl")),
        "{body}"
    );
    assert_eq!(found[1], None, "{body}");
}

#[test]
fn she_does_not_reach_back_over_an_unnamed_source() {
    // A woman quoted long before, whose given name tells her gender, is
    // not who `she` means once an unnamed source has spoken since.
    let opening = "“This is the first bread in weeks,” said Fiona Quill.\n\n\
“We wait for the trucks,” said Karl Dorn.\n\n\
Prices have doubled since the road closed.\n\n";
    let last =
        "She said the convoys had been held for hours. “They opened every box,” she added.\n";
    let body = format!(
        "{opening}An aid worker, who did not want to be named, said the bigger problem was fuel. “The generators are running on empty,” she said.\n\n{last}"
    );
    let found = speakers(&body);
    assert_eq!(found[0], some("Fiona Quill"), "{body}");
    assert!(!found[1..].contains(&some("Fiona Quill")), "{body}");
    // With no unnamed source between, she is the one woman quoted.
    let body = format!("{opening}Trucks wait at the checkpoint.\n\n{last}");
    assert_eq!(speakers(&body).last(), Some(&some("Fiona Quill")), "{body}");
}

#[test]
fn he_after_a_described_person_quoted_in_a_few_words_is_not_the_man_quoted_before() {
    let body = "Tovan Merl, the head of the delegation, said the convoy had arrived. “One convoy does not change that,” he said.\n\n\
At the hospital, the director said staff had been “operating with the last of everything” for two weeks. “Tonight we will sleep a little,” he told the team.\n";
    let found = speakers(body);
    assert_eq!(found[0], some("Tovan Merl"), "{body}");
    assert_ne!(found[found.len() - 1], some("Tovan Merl"), "{body}");
}

#[test]
fn a_title_an_actor_lists_speaks_as_its_listed_holder() {
    let registry = Registry::new(&[
        actor(
            "tarn-gov",
            "Office of the Governor of Tarn",
            &["Governor", "the governor's office"],
            None,
            &[
                ("Ana Vell", "Governor of Tarn (D)", &["Vell"]),
                ("Tom Dorn", "Communications director", &["Dorn"]),
            ],
        ),
        actor(
            "orlan",
            "State of Orlan",
            &["Orlan", "Governor of Orlan"],
            None,
            &[("Piet Varn", "Governor of Orlan (R)", &["Varn"])],
        ),
    ]);
    let named = "The session opened at the call of Gov. Ana Vell.\n\n";
    let cases = [
        // The title alone, where the article names its holder.
        (
            format!("{named}The Governor has promised to sign only a map that “voters can read.”\n"),
            Some("Ana Vell"),
            Some("tarn-gov"),
        ),
        (
            format!("{named}On Monday, the Governor boasted that voters would finally “pick their own.”\n"),
            Some("Ana Vell"),
            Some("tarn-gov"),
        ),
        // A title with its place is one office, named here or not.
        (
            "The Governor of Orlan, who has done more than anyone, said last week that the bill would “handcuff” his state.\n".to_string(),
            Some("Piet Varn"),
            Some("orlan"),
        ),
        // The title alone where the article never names the holder (an
        // interview's question: `The governor said Thursday ...`): the
        // alias gave the office's actor, whose one holder speaks.
        (
            "The session opened on Monday.\n\nThe Governor has promised to sign only a map that “voters can read.”\n".to_string(),
            Some("Ana Vell"),
            Some("tarn-gov"),
        ),
        // The office's own alias is the body, not its holder.
        (
            format!("{named}The governor's office said it had “no comment.”\n"),
            Some("Office of the Governor of Tarn"),
            Some("tarn-gov"),
        ),
    ];
    for (body, speaker, actor) in cases {
        let found = speakers_and_actors(&registry, &body);
        assert_eq!(
            found.last(),
            Some(&(speaker.map(str::to_string), actor.map(str::to_string))),
            "{body}"
        );
    }
}

#[test]
fn the_judge_a_court_lists_as_its_alias_is_the_judge_it_lists() {
    // The actor file lists `the judge` among the court's aliases and its
    // judge with the court's name before the post; a clerk's post beside
    // the judge is no judge.
    let court = |judge_role: &str| {
        Registry::new(&[actor(
            "tarn-court",
            "District Court of Tarn",
            &["the court", "the judge"],
            None,
            &[
                ("Ada Roon", judge_role, &["Roon", "Judge Roon"]),
                ("Ben Sayle", "clerk to the judge", &["Sayle"]),
            ],
        )])
    };
    let body = "Judge Ada Roon opened the hearing on Monday.\n\n\
“That does not help you as much as you think,” the judge said.\n";
    for role in [
        "U.S. District Judge presiding over the case",
        "District Court judge",
    ] {
        assert_eq!(
            speakers_and_actors(&court(role), body).last(),
            Some(&(some("Ada Roon"), some("tarn-court"))),
            "{role}"
        );
    }
    // A deputy is another post: where the article does not name the
    // judge, the court speaks, as before.
    let unnamed = "“That does not help you as much as you think,” the judge said.\n";
    assert_eq!(
        speakers_and_actors(&court("Deputy District Judge"), unnamed).last(),
        Some(&(some("District Court of Tarn"), some("tarn-court")))
    );
}

#[test]
fn a_body_found_by_its_name_speaks_under_that_name_not_the_words_around_it() {
    let registry = Registry::new(&[
        actor("tarn", "Tarn", &[], None, &[]),
        actor("itamaraty", "Itamaraty", &[], None, &[]),
    ]);
    let cases = [
        // A live blog's time stamp is no part of the name.
        (
            "**07:45 GMT - Tarn says it is 'fully complying'**\n\nThe pause held.\n",
            "Tarn",
        ),
        // Words that introduce the name are none of it.
        (
            "Brazil's foreign ministry, known as Itamaraty, said in a note that the hostage was “in good health.”\n",
            "Itamaraty",
        ),
    ];
    for (body, speaker) in cases {
        let found = speakers_and_actors(&registry, body);
        assert_eq!(
            found.first().and_then(|f| f.0.as_deref()),
            Some(speaker),
            "{body} {found:?}"
        );
    }
}

#[test]
fn one_of_a_group_of_unnamed_sources_is_the_group_as_written() {
    for (body, meant) in [
        (
            "A refiner bought two cargoes, according to people familiar with the matter. \
             “We are covered,” one of the people said.\n",
            Some("people familiar with the matter"),
        ),
        (
            "Sources at the bank told the paper that directors stayed home. \
             “Nobody knows which signature is valid,” one of the sources said.\n",
            Some("Sources at the bank"),
        ),
        (
            "Two officials, who asked not to be named, said the talks stalled. \
             One of them, a senior administration official who spoke on condition of \
             anonymity, said it was “over for now.”\n",
            Some("a senior administration official"),
        ),
        // The group pointed back at, not told: the words as written.
        (
            "The sources, who were not authorized to speak, met on Monday. \
             “Nobody wants to use it,” one of the sources said.\n",
            Some("one of the sources"),
        ),
    ] {
        let (occurrences, _) = run_article(&article(body));
        assert_eq!(occurrences[0].speaker.as_deref(), meant, "{body}");
        assert!(occurrences[0].anonymous, "{body}");
    }
}

#[test]
fn a_body_written_without_the_place_it_sits_in_speaks_under_its_actors_name() {
    let embassy = Actor {
        kind: Some("government".into()),
        ..actor(
            "tarn-embassy",
            "Tarn Embassy in Vellaria",
            &["Tarn Embassy", "the embassy"],
            None,
            &[],
        )
    };
    let state = Actor {
        kind: Some("state".into()),
        ..actor("orlan", "Orlan", &["Orlan Embassy"], None, &[])
    };
    let registry = Registry::new(&[embassy, state]);
    let cases = [
        (
            "The Tarn Embassy said it was “deeply concerned.”\n",
            "Tarn Embassy in Vellaria",
        ),
        (
            "The Tarn Embassy met both delegations on Monday.\n\nThe envoy “urged calm,” the embassy said.\n",
            "Tarn Embassy in Vellaria",
        ),
        // A state's organ keeps the name it is written with.
        (
            "The Orlan Embassy said it was “deeply concerned.”\n",
            "Orlan Embassy",
        ),
    ];
    for (body, speaker) in cases {
        let found = speakers_and_actors(&registry, body);
        assert_eq!(
            found.last().and_then(|f| f.0.as_deref()),
            Some(speaker),
            "{body}"
        );
    }
}

#[test]
fn a_persons_office_or_government_is_the_body_they_are_listed_under_when_its_name_says_so() {
    let registry = Registry::new(&[
        actor(
            "tarn-gov",
            "Office of the Governor of Tarn",
            &[],
            None,
            &[("Ana Vell", "Governor of Tarn (D)", &["Vell"])],
        ),
        actor(
            "orlan-gov",
            "Government of National Accord",
            &[],
            None,
            &[("Piet Varn", "Prime Minister", &["Varn"])],
        ),
        actor(
            "blue",
            "Blue Party",
            &[],
            None,
            &[("Kim Lowe", "Speaker", &["Lowe"])],
        ),
    ]);
    let cases = [
        (
            "Gov. Ana Vell's office said it had “no comment.”\n",
            Some("Office of the Governor of Tarn"),
        ),
        (
            "Prime Minister Piet Varn's government said it would “not back down.”\n",
            Some("Government of National Accord"),
        ),
        // The actor's name says nothing of an office: as written.
        (
            "Kim Lowe's office said it had “no comment.”\n",
            Some("Kim Lowe's office"),
        ),
    ];
    for (body, speaker) in cases {
        let found = speakers_and_actors(&registry, body);
        assert_eq!(found.last().and_then(|f| f.0.as_deref()), speaker, "{body}");
    }
    // A titled owner whose actor is no office is never the party.
    let body = "Speaker Kim Lowe's office said it had “no comment.”\n";
    let found = speakers_and_actors(&registry, body);
    assert_ne!(
        found.last().and_then(|f| f.0.as_deref()),
        Some("Blue Party"),
        "{body}"
    );
}

#[test]
fn a_descriptor_after_an_unnamed_source_introduced_is_that_source() {
    // Not the lawmaker quoted before, nor the body of lawmakers.
    let body = "Sen. Mara Quill (R-Neb.) said the bill was “dead on arrival.”\n\n\
                A Republican lawmaker who asked not to be named said leaders were \
                preparing a challenge. “The court is the referee,” the lawmaker said.\n";
    let (occurrences, _) = run_article(&article(body));
    assert_eq!(
        occurrences[1].speaker.as_deref(),
        Some("A Republican lawmaker")
    );
    // No unnamed source in between: the named lawmaker still.
    let body = "Sen. Mara Quill (R-Neb.) said the bill was “dead on arrival.”\n\n\
                “The court is the referee,” the lawmaker said.\n";
    let (occurrences, _) = run_article(&article(body));
    assert_eq!(occurrences[1].speaker.as_deref(), Some("Mara Quill"));
}

#[test]
fn the_minister_is_no_prime_minister() {
    let body = "Foreign Minister Marco Valli met Prime Minister Hisham Rajab in Rome.\n\n\
                “Both of them know the time for gestures is over,” the minister said.\n";
    let (occurrences, _) = run_article(&article(body));
    assert_eq!(occurrences[0].speaker.as_deref(), Some("Marco Valli"));
}

#[test]
fn an_agent_is_a_person_an_unnamed_source_may_be() {
    let body = "One Border Patrol agent in the Tucson Sector, who asked not to be named \
                because agents are barred from commenting on legislation, said morale \
                had “never been lower.”\n\n“We want something to change,” the agent said.\n";
    let (occurrences, _) = run_article(&article(body));
    let speakers: Vec<_> = occurrences.iter().map(|o| o.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("One Border Patrol agent in the Tucson Sector"),
            Some("One Border Patrol agent in the Tucson Sector")
        ]
    );
}

#[test]
fn affairs_ends_a_ministry_name_and_opens_no_persons_name() {
    // `the Ministry of Foreign Affairs said`: the whole body speaks, not
    // a person called `Affairs`.
    assert_eq!(
        speakers(
            "In a statement carried by the state news agency, the Ministry of Foreign Affairs said it “welcomes the agreement”.\n"
        ),
        [some("Ministry of Foreign Affairs")]
    );
    // `Spokesperson of the Ministry of Foreign Affairs Nigar Sadikhli`:
    // the ministry's last word is no part of her name.
    let glued = speakers(
        "Spokesperson of the Ministry of Foreign Affairs Nigar Sadikhli said the maps are “known to both sides”.\n",
    );
    assert_ne!(glued, [some("Affairs Nigar Sadikhli")]);
    // Nor is it when her name is completed later in the article.
    let completed = speakers(
        "Spokesperson of the Ministry of Foreign Affairs Nigar Sadikhli said the maps are “known to both sides”.\n\n“We need no third countries,” Nigar Sadikhli said.\n",
    );
    assert_eq!(completed.last(), Some(&some("Nigar Sadikhli")));
}

#[test]
fn a_gender_the_article_tells_later_keeps_he_from_a_woman() {
    // `Teodora` is in no list: only `where she launched her campaign`,
    // further on, tells she is a woman, so `he` is the man quoted before.
    let body = "Borough President Marcus Vantongeren conceded to Comptroller Teodora Quispe on \
                Thursday.\n\n“The count is the count,” Vantongeren said.\n\nQuispe won the final \
                round. The borough president did not take questions. But in remarks, he defended \
                his campaign.\n\n“I will go to my grave knowing it,” he said.\n\nQuispe, speaking \
                at a bodega where she launched her campaign, said he had been “gracious” on the \
                phone.\n\n“I'm grateful to him,” she said.\n";
    let found = run(body);
    assert_eq!(found[1].speaker, some("Marcus Vantongeren"));
    assert_eq!(found[3].speaker, some("Teodora Quispe"));
}

#[test]
fn a_possessive_tells_no_gender_so_she_may_still_mean_the_person() {
    // `came to his defence` is someone else's defence: it must not make
    // Ines Marroquin a man, whom `she said` then could not mean.
    let body = "Senator Tobias Quillfeather was questioned for hours.\n\nThe High Commissioner, \
                Ines Marroquin, came to his defence on Wednesday. “He has the confidence of the \
                President,” she said.\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Ines Marroquin"));
}

/// Round twenty-two: `Reyes condemned it as “...” and said Tarn had
/// “...”`: the second verb shares the subject the sentence opened with,
/// over the quote between them; not across a quote that ended a sentence.
#[test]
fn a_coordinated_verb_after_a_quote_shares_the_sentences_subject() {
    let body = "Ann Reyes condemned the attack as \"an act of terror against all of us\" and said Tarn had \"a duty, not a choice\" to act.\n";
    assert_eq!(speakers(body)[1], some("Ann Reyes"));
    let two_sentences = "Ann Reyes said \"we are done here.\" Tom Dorn's aides thanked her and said Tarn had \"a duty, not a choice\" to act.\n";
    assert_ne!(speakers(two_sentences)[1], some("Ann Reyes"));
}

#[test]
fn it_after_a_sentence_that_brings_in_a_document_is_its_author() {
    let body =
        "Ana Vell issued a statement on Monday. “The road stays shut to every convoy,” it read.\n";
    assert_eq!(speakers(body), [some("Ana Vell")]);
    let body = "Tom Dorn's letter closes with an invitation. “Come to Orlan and see the camps,” it says.\n";
    assert_eq!(speakers(body), [some("Tom Dorn")]);
    // Something spoken is no document: `it` is not its speaker.
    let body =
        "Tom Dorn spoke in an interview on Monday. “Come to Orlan and see the camps,” it says.\n";
    assert_eq!(speakers(body), [None]);
}

/// Round thirty-nine: a speaker in a debate or a hearing reads a
/// letter into the record (`I received a letter this week from X. It
/// says, “...”`, `I have in my hand a letter of X dated ... It says`):
/// the words are the letter's issuer's, never the reader's, and `of`
/// with a name, or a time phrase before `from`, still names the issuer.
#[test]
fn it_after_a_letter_read_into_the_record_is_the_letters_issuer() {
    let body = "Senator Ann Reyes rose to speak.\n\nBut I received a letter this week from the Tarn \
                Farmers Union in Orlan. It says, “The border will close on the wrong day for us.” \
                I cannot vote for that.\n";
    assert_eq!(speakers(body), [some("Tarn Farmers Union")]);
    let body = "Tom Dorn took the floor.\n\nSir, I have in my hand a letter of the Orlan Dockers \
                Association dated 19th January to the port office. It says, “The cranes have \
                failed twice this month.”\n";
    assert_eq!(speakers(body), [some("Orlan Dockers Association")]);
    // `of` and no name: no issuer told, and `it` names no one.
    let body =
        "Tom Dorn sent a letter of resignation on Monday. It says, “I am done with Orlan.”\n";
    assert_ne!(speakers(body), [some("resignation")]);
}

#[test]
fn a_documents_pronoun_author_is_who_the_pronoun_was_read_to_mean() {
    let body = "“We lost the count tonight,” Ana Vell said.\n\nIn a statement released by her office, she said she would “look hard at the numbers.”\n\n“I will decide on a recount next week,” the statement said.\n";
    assert_eq!(speakers(body)[2], some("Ana Vell"));
    // No quote the pronoun attributed in that sentence: no author.
    let body = "“We lost the count tonight,” Ana Vell said.\n\nIn a statement on Monday, she thanked voters.\n\n“I will decide on a recount next week,” the statement said.\n";
    assert_eq!(speakers(body)[1], None);
}

#[test]
fn a_bodys_noun_is_the_listed_body_last_named_with_it() {
    let registry = Registry::new(&[
        actor(
            "unmv",
            "UN Support Mission in Vell",
            &["UN mission in Vell"],
            None,
            &[],
        ),
        actor("orc", "Orlan Resistance Committees", &[], None, &[]),
    ]);
    let body = "The UN mission in Vell urged restraint. “A corridor is a lifeline, not a prize,” the mission said.\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [(some("UN mission in Vell"), some("unmv"))]
    );
    let body = "The Orlan Resistance Committees counted the buses.\n\n“Our eyes are on the checkpoints tonight,” the committees said.\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [(some("Orlan Resistance Committees"), some("orc"))]
    );
    // A body named too many paragraphs before, or with another noun.
    let body = "The UN mission in Vell urged restraint.\n\nA.\n\nB.\n\nC.\n\nD.\n\n“A corridor is a lifeline, not a prize,” the mission said.\n";
    assert_eq!(speakers_and_actors(&registry, body), [(None, None)]);
    let body = "The UN mission in Vell urged restraint. “A corridor is a lifeline, not a prize,” the union said.\n";
    assert_eq!(speakers_and_actors(&registry, body), [(None, None)]);
}

/// `the battalion said` after `The Orlan Battalion said`: a noun no word
/// list holds, but the head of a body's filed name, is that body; and a
/// document it issued speaks for it. Another body of its kind named
/// since, or a person's noun, names no one.
#[test]
fn a_head_noun_of_a_filed_body_name_is_that_body() {
    let registry = Registry::new(&[
        Actor {
            kind: Some("armed-group".into()),
            ..actor("ob", "Orlan Battalion", &[], None, &[])
        },
        Actor {
            kind: Some("armed-group".into()),
            ..actor("vb", "Vell Brigade", &["Vell Battalion"], None, &[])
        },
        Actor {
            kind: Some("armed-group".into()),
            ..actor("tg", "Tarn Guard", &[], None, &[])
        },
        Actor {
            kind: Some("government".into()),
            ..actor("op", "Office of the President", &[], None, &[])
        },
    ]);
    let body = "The Orlan Battalion in Tarn said on Tuesday it held 23 fighters.\n\n“Our prisoners are not for sale,” the battalion said in a statement.\n\n“We will free no one before our commander,” the statement said.\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [
            (some("Orlan Battalion"), some("ob")),
            (some("Orlan Battalion"), some("ob"))
        ]
    );
    // Two bodies whose names hold the noun: no one.
    let body = "The Orlan Battalion and the Vell Battalion clashed on Monday.\n\n“Our prisoners are not for sale,” the battalion said.\n";
    assert_eq!(speakers_and_actors(&registry, body), [(None, None)]);
    // Another body of the same kind named since: no one.
    let body = "The Orlan Battalion held the airport until the Tarn Guard took it.\n\n“We withdrew in good order,” the battalion said.\n";
    assert_eq!(speakers_and_actors(&registry, body), [(None, None)]);
    // `the president` is a person's noun, never the office's head.
    let filed = Registry::new(&[actor("op", "Office of the President", &[], None, &[])]);
    assert!(!filed.is_body_head_noun("president"));
    let body = "The Office of the President said on Monday it would appeal.\n\n“We will appeal,” the president said.\n";
    assert_ne!(speakers(body), [some("Office of the President")]);
}

/// `the organization posted` after `Orlan Harvest, the food bank
/// network, also weighed in.`: a noun that says only that a body speaks
/// is the one listed body the paragraph names, whatever verb named it, by
/// the files' name; two bodies named there, a body of another kind for a
/// kind's noun (`the club`), or a state's organ name no one.
#[test]
fn a_generic_body_noun_is_the_one_body_the_paragraph_names() {
    let registry = Registry::new(&[
        Actor {
            kind: Some("organization".into()),
            ..actor("oh", "Orlan Harvest Network", &["OHN"], None, &[])
        },
        Actor {
            kind: Some("organization".into()),
            ..actor("vr", "Vell Relief", &[], None, &[])
        },
        Actor {
            kind: Some("ministry".into()),
            ..actor("mh", "Ministry of Health of Tarn", &[], None, &[])
        },
        Actor {
            kind: Some("club".into()),
            ..actor("tc", "Tarn City FC", &[], None, &[])
        },
    ]);
    let body = "When the Courier reached OHN on Monday, the food bank network weighed in.\n\n“Food banks cannot make up for cuts of this size,” the organization posted.\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [(some("Orlan Harvest Network"), some("oh"))]
    );
    let body = "OHN and Vell Relief both weighed in.\n\n“Food banks cannot make up for cuts of this size,” the organization posted.\n";
    assert_eq!(speakers_and_actors(&registry, body), [(None, None)]);
    let body = "Nurses wrote to the Ministry of Health of Tarn.\n\n“We need the beds now,” the group said.\n";
    assert_eq!(speakers_and_actors(&registry, body), [(None, None)]);
    let body = "The fine was set by Vell Relief's panel.\n\n“We will appeal,” the club said.\n";
    assert_eq!(speakers_and_actors(&registry, body), [(None, None)]);
}

/// `Ambassador to Ruritania Turki Al-Otaibi`: the place after the
/// office's `to` is no part of the name, so the name said again later
/// (`Turki Al-Otaibi, who ...`) completes to itself, not to `Ruritania
/// Turki Al-Otaibi`.
#[test]
fn an_office_to_a_place_before_a_name_stays_out_of_the_name_completed_later() {
    let body = "Saudi Ambassador to Ruritania Turki Al-Otaibi told reporters the kingdom would help \"in the same operation.\"\n\n\
                Turki Al-Otaibi, who attended the final session, told a newspaper on Friday that the kingdom would hand over detainees \"as a gesture of goodwill.\"\n";
    assert_eq!(
        speakers(body),
        [some("Turki Al-Otaibi"), some("Turki Al-Otaibi")]
    );
}

/// `said the claim was “partly true,” adding that exports had “...”`: the
/// participle after the first quote has no subject of its own, so both
/// quotes are the sentence's speaker's; not when another speech verb
/// stands between the sentence's verb and the participle.
#[test]
fn a_participle_after_a_quote_goes_on_from_the_frame_before_it() {
    let body = "Economist Ann Reyes of Tarn University said the claim was \"partly true,\" adding that grain exports had \"not recovered to anything like the old levels.\"\n";
    assert_eq!(speakers(body), [some("Ann Reyes"), some("Ann Reyes")]);
    let body = "Ann Reyes told reporters that Tarn would \"prepare for every outcome,\" adding: \"We have never relied on a single vote.\"\n";
    assert_eq!(speakers(body), [some("Ann Reyes"), some("Ann Reyes")]);
    // A programme's title is no one's words.
    let body = "Ann Reyes repeated that position on Sunday on TBC's \"Meet the Nation,\" saying the government would \"not pay a ransom to reopen the offices.\"\n";
    assert_eq!(speakers(body), [some("Ann Reyes")]);
    // Whose participle it is, Reyes's or Dorn's, the words do not say.
    let body = "Ann Reyes said Tom Dorn had told her the plan was \"dead in the water,\" adding that the talks had \"never really started at all.\"\n";
    assert!(!speakers(body).contains(&some("Ann Reyes")));
}

/// `David Macharia, secretary-general of the Umoja Mbele Alliance, told
/// Reuters`: an office written as one hyphenated word is an office, so
/// the apposition describes the name before it and the alliance at its
/// end is not the speaker.
#[test]
fn a_hyphenated_office_in_an_apposition_describes_the_name_before_it() {
    let body = "\"Kenya has a strong Supreme Court,\" David Macharia, secretary-general of the Umoja Mbele Alliance, told Reuters.\n\n\
                Ruth Ochieng, director-general of the Kenya Ports Authority, said the port was \"open for business.\"\n";
    assert_eq!(
        speakers(body),
        [some("David Macharia"), some("Ruth Ochieng")]
    );
}

#[test]
fn words_that_go_on_with_the_sentence_after_a_quote_are_no_frame() {
    // `but declined ..., saying`: the quote is the complement of the verb
    // before it, and the next quote goes on with that speaker.
    assert_eq!(
        speakers(
            "Omar Haddad said India supported a corridor that was “inclusive, safe and \
             sustainable,” but declined to comment further, saying it was “for the parties \
             on the ground to agree.”\n"
        ),
        [some("Omar Haddad"), some("Omar Haddad")]
    );
    // `“...,” but Tom Dorn said he doubted it`: not Dorn's words.
    assert_eq!(
        speakers(
            "Ana Vell arrived late. “We are ready for the vote tomorrow,” but Tom Dorn said he doubted it.\n"
        ),
        [None]
    );
    assert!(links_a_predicate(", before adding"));
    assert!(!links_a_predicate(" Tom Dorn said, and added"));
}

#[test]
fn a_pronoun_after_an_unnamed_person_brought_in_is_not_the_person_quoted_before() {
    let body = "“They have signed a paper,” Gurgen Yeghoyan said.\n\nOur correspondent spoke to a man from Ijevan who said he had come with his two sons. “I voted for this government,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("Gurgen Yeghoyan"), some("a man from Ijevan")]
    );
    // Untold gender: no one, never the man quoted before.
    let body = "“They attacked us,” Lawrence Kanyamuhanda said.\n\nContacted by the paper, an officer of the army deployed in Minova, who asked not to be identified, described a tense night. “We saw them moving all night,” he said.\n";
    let kanyamuhanda = some("Lawrence Kanyamuhanda");
    let found = speakers(body);
    assert_eq!(found.first(), Some(&kanyamuhanda));
    assert_eq!(found.iter().filter(|s| **s == kanyamuhanda).count(), 1);
    // A description that points back at the one quoted before brings in
    // no one: `The registrar, a former officer,` is the registrar.
    let body = "“We are not going to rush,” Dwayne Harkavy said.\n\nThe registrar, a former Air Force logistics officer, declined to speculate. “My job ends at the count,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("Dwayne Harkavy"), some("Dwayne Harkavy")]
    );
    // `a woman` is no `he`.
    let body = "“We are not going to rush,” Dwayne Harkavy said.\n\nA woman in the queue waved. “My job ends at the count,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("Dwayne Harkavy"), some("Dwayne Harkavy")]
    );
}

#[test]
fn a_quote_only_paragraph_after_an_unnamed_subject_is_not_the_person_quoted_before() {
    let body = "“We are ready to open from our side,” Ahmed al-Sabri said.\n\nA Houthi official in the district, who requested anonymity because he was not authorised to speak, blamed the delay on “militias” in the city.\n\n“We have removed our barriers in three places,” he said.\n";
    let found = speakers(body);
    assert_eq!(found.first(), Some(&some("Ahmed al-Sabri")));
    assert_eq!(found.last(), Some(&None));
    // A person in the setting's clause brings in no one.
    let body = "“It is not justice,” Brandi Laramore said.\n\nTwo days after a federal judge in Austin ordered the company to act, the hygienist sat at her table.\n\n“It is a guardrail, and we will take it,” she said.\n";
    assert_eq!(
        speakers(body),
        [some("Brandi Laramore"), some("Brandi Laramore")]
    );
}

#[test]
fn a_quote_reported_through_an_aside_is_the_subjects() {
    let body = "“We will not vote for it,” Omar Haddad said.\n\nOne woman, he said, asked him, “Am I still in the same district?”\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("One woman")]);
    // An aside with no speech verb after it keeps the speaker's words.
    let body = "“We will wait,” Ana Vell said. Her interlocutors, she added, had “a talent for agreeing at five minutes to midnight.”\n";
    assert_eq!(speakers(body), [some("Ana Vell"), some("Ana Vell")]);
}

#[test]
fn reporting_asides_are_read_by_their_subject_and_verb() {
    assert_eq!(
        reported_through_aside("Her husband, she said, had told her that morning"),
        Some("Her husband")
    );
    assert_eq!(
        reported_through_aside("The soldiers, he said, told him the road was"),
        Some("The soldiers")
    );
    assert_eq!(
        reported_through_aside("Her interlocutors, she added, had"),
        None
    );
    assert_eq!(reported_through_aside("It was, she said, told"), None);
    assert_eq!(reported_through_aside("she said"), None);
    assert!(kin_of_speaker("Her husband"));
    assert!(!kin_of_speaker("The soldiers"));
}

#[test]
fn a_posted_body_speaks_for_who_sent_it_not_for_where_it_sits() {
    let registry = Registry::new(&[
        Actor {
            kind: Some("state".into()),
            ..actor("orlan", "Orlan", &["Orlan", "Orlan's"], None, &[])
        },
        Actor {
            kind: Some("state".into()),
            ..actor("tarn", "Tarn", &["Tarn", "Velport"], None, &[])
        },
    ]);
    let cases = [
        (
            "Orlan's embassy in Velport said it was “deeply concerned.”\n",
            "Orlan's embassy in Velport",
            Some("orlan"),
        ),
        (
            "The Orlan embassy in Velport said it was “deeply concerned.”\n",
            "Orlan embassy in Velport",
            Some("orlan"),
        ),
        // A sender no file lists: no actor, never the host.
        (
            "The Zem delegation in Velport said it was “deeply concerned.”\n",
            "Zem delegation in Velport",
            None,
        ),
    ];
    for (body, speaker, actor) in cases {
        let found = speakers_and_actors(&registry, body);
        assert_eq!(
            found.last().map(|f| (f.0.as_deref(), f.1.as_deref())),
            Some((Some(speaker), actor)),
            "{body}"
        );
    }
}

#[test]
fn a_name_in_apposition_after_a_postposed_description_is_the_speaker() {
    let body = "\"We will not wait,\" said Ana Vell.\n\n\
        The suppliers' council was more cautious. \"Tariffs are a tax,\" \
        said the group's president, Kim Szymanek.\n";
    assert_eq!(speakers(body)[1], some("Kim Szymanek"));
}

#[test]
fn a_pronoun_never_names_a_speaker_of_the_other_gender_or_number() {
    // `they` after a group is the group, never the woman quoted before.
    let body = "\"We are ready,\" said Ms. Ana Vell.\n\n\
        Community leaders welcomed the deal. In a joint statement, they said \
        they \"thank the envoy and the Red Cross for a deal that took a year\".\n";
    assert_eq!(speakers(body)[1], None);
    // `she` after Mr. Dorn's quote is not Dorn.
    let body = "\"We are ready,\" said Mr. Tom Dorn.\n\n\
        \"It is far too late for the city to wait,\" she said.\n";
    assert_eq!(speakers(body)[1], None);
    // A pronoun that agrees still goes on with the speaker.
    let body = "\"We are ready,\" said Ms. Ana Vell.\n\n\
        \"It is far too late for the city to wait,\" she said.\n";
    assert_eq!(speakers(body)[1], some("Ana Vell"));
}

#[test]
fn a_quote_named_as_a_phrase_is_no_speaker_going_on() {
    assert!(super::named_as_words("and did not recall the phrase "));
    assert!(super::named_as_words("denied using the words "));
    assert!(!super::named_as_words("He said the "));
    assert!(!super::named_as_words("it was a phrase that "));
    let registry = Registry::new(&[]);
    let found = speakers_and_actors(
        &registry,
        "Dwayne Ogletree said he remembered the meeting as \"a pep talk about safety\" \
         and did not recall the phrase \"didn't care how.\"\n",
    );
    assert_eq!(found[0].0.as_deref(), Some("Dwayne Ogletree"));
    assert!(found.get(1).is_none_or(|(speaker, _)| speaker.is_none()));
}

#[test]
fn a_pronoun_in_the_sentence_a_named_man_opens_is_that_man() {
    let body = "Foreign Minister Ivo Tarn called his counterpart, Jan Berg, on Friday.\n\n\
        According to a statement, Tarn said the talks were \"going well.\"\n\n\
        \"We stand with you,\" the minister said.\n\n\
        Berg, for his part, thanked the ministry for its \"principled positions\" \
        and briefed Tarn on what he called \"the militia's games.\" He said the \
        city would \"never fall.\"\n";
    let found = speakers(body);
    assert_eq!(found[1], some("Ivo Tarn"));
    assert_eq!(
        found[found.len() - 2..],
        [some("Jan Berg"), some("Jan Berg")]
    );
    // Must not: a name inside an opening clause is not the sentence's subject.
    let body = "\"We stand with you,\" said Ana Vell.\n\n\
        Pressed on whether Tom Dorn would sign, the press secretary said: \
        \"No comment.\" Asked again, she said, \"Let him do his job.\"\n";
    assert_ne!(speakers(body)[2], some("Tom Dorn"));
}

#[test]
fn a_pronoun_after_an_unnamed_subject_who_withholds_their_name_is_no_one_quoted_before() {
    let body = "“It is a brotherly country,” Rui Brito Sanches said.\n\nContacted by Lusa in Bissau, the president of the chamber of commerce, who asked not to be identified, said businesses had kept their doors closed. “Nobody was hurt among us, but there is fear,” he said.\n";
    assert_eq!(speakers(body), [some("Rui Brito Sanches"), None]);
    let body = "“It is a brotherly country,” Rui Brito Sanches said.\n\nThe wife of one detained officer said she had been to the base three times. “They tell me to come back tomorrow,” she said.\n";
    assert_eq!(speakers(body), [some("Rui Brito Sanches"), None]);
    // Another way of naming the one quoted before still means them.
    let body = "“Sorry is not a safety feature,” said Harlan Dethloff.\n\nThe 64-year-old economist insists he never sought it. “I want a bill,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("Harlan Dethloff"), some("Harlan Dethloff")]
    );
}

#[test]
fn a_name_in_the_subjects_relative_clause_is_not_the_pronouns_antecedent() {
    let body = "“We are moving what we can,” Tomasz Wierzchowski said.\n\nChief executive Gideon Harbinson, who started his career as a brakeman on the old Indiana Harbor Belt, told CNBC that the carriers had offered four days. “We offered everything but the one thing,” he said.\n";
    assert_eq!(
        speakers(body),
        [some("Tomasz Wierzchowski"), some("Gideon Harbinson")]
    );
    // A name the clause gives the unnamed subject is who they are.
    let body = "“We have fuel,” said Patrick Devieux.\n\nA black-market seller by the road to Germa, who would only give his first name, Ghaith, says he buys jerrycans. “I am not the problem,” he says.\n";
    assert_eq!(speakers(body).last(), Some(&some("Ghaith")));
}

#[test]
fn a_quote_in_an_entry_heading_is_the_entry_subjects_or_the_repeaters() {
    // The first sentence under the heading names its one subject.
    let body = "**4:30 p.m. ET — Palace: “The president's door was open to all of them”**\n\n\
Foreign Minister Ana Vell, asked at the briefing whether the policy had changed, pointed to an old statement.\n";
    assert_eq!(speakers(body), [some("Ana Vell")]);
    // A sentence that names someone else too names no one.
    let body = "**3:30 p.m. — Mother: “I knew he was alive all along, every day”**\n\n\
Mara Quell waited at the airfield with her neighbour Tomas Berg, who was freed in January.\n";
    assert_eq!(speakers(body), [None]);
    // A reporter who spoke to others is not whom the heading quotes; the
    // entry repeating the words says who.
    let body = "**14:55 GMT - ‘We counted every bump in the road’**\n\n\
Our reporter Jan Berg spoke to some of the first evacuees.\n\n\
Omar Haddad, 67, said the journey had been long. “We counted every bump in the road,” he said.\n";
    assert_eq!(speakers(body), [some("Omar Haddad"), some("Omar Haddad")]);
    // A question set in bold is an interviewer's, no entry heading.
    let body = "**But the minister said any exit would “reward the aggressor and nobody else”?**\n\n\
Omar Haddad: Let him come and see.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_pronoun_opening_a_paragraph_goes_on_with_the_speaker_the_paragraph_before_ends_with() {
    // The paragraph before ends by telling its subject speaking.
    let body = "“We will rebuild,” said Tom Dorn.\n\n\
Omar Haddad, who was home secretary in the last government, told Times Radio that Ms Vell had been “badly served by the system” but was right to resign.\n\n\
“When your permanent secretary objects, the alarm bells should be ringing,” he said.\n";
    let found = speakers(body);
    assert_eq!(found.last(), Some(&some("Omar Haddad")), "{found:?}");
    // A sentence that only tells of someone hands over nothing.
    assert!(!tells_of_saying("Omar Haddad was shot on Monday."));
    assert!(tells_of_saying("Omar Haddad has been speaking in Kosti."));
}

#[test]
fn an_entry_heading_is_a_heading_or_a_bold_paragraph_that_asks_nothing() {
    assert!(entry_heading(
        BlockKind::Heading,
        "## 16:05 GMT - US envoy: ‘A good day’"
    ));
    assert!(entry_heading(
        BlockKind::Paragraph,
        "**White House “very pleased,” press secretary says**"
    ));
    assert!(!entry_heading(
        BlockKind::Paragraph,
        "**Is there a scenario in which the EU could avoid it?**"
    ));
    assert!(!entry_heading(
        BlockKind::Paragraph,
        "**10:15 a.m.** — Preston Gund is arguing for the Legislature."
    ));
}

/// An actor of `kind` for the tests of round twenty-eight.
fn kind_actor(id: &str, name: &str, aliases: &[&str], kind: &str) -> Actor {
    Actor {
        kind: Some(kind.into()),
        ..actor(id, name, aliases, None, &[])
    }
}

/// A state, a party, a city and two bodies, one the child of the other.
fn round_28_registry() -> Registry {
    Registry::new(&[
        kind_actor("utopia", "State of Utopia", &["Utopia"], "state"),
        kind_actor("ruritania", "Ruritania", &["Ruritanian"], "state"),
        kind_actor("reds", "Red Party", &["Reds", "Red", "R"], "party"),
        kind_actor("port-city", "Port City", &["Port City"], "city"),
        kind_actor("council", "Border Council", &["Border Council"], "union"),
        kind_actor(
            "league",
            "Union of Nations",
            &["U.N.", "UN"],
            "organization",
        ),
        kind_actor("mission", "Harbour Mission", &["HARMIS"], "organization"),
        Actor {
            kind: Some("state".into()),
            people: vec![person("Teresa Vill", Some("Governor"), &["Vill"])],
            ..actor("westland", "State of Westland", &["Westland"], None, &[])
        },
    ])
}

#[test]
fn a_legislators_constituency_is_no_actor_they_speak_for() {
    let registry = round_28_registry();
    let found = speakers_and_actors(
        &registry,
        "Sen. Ann Roe of Utopia, the top Red appropriator, said the bill was “dead on arrival in my chamber”.\n",
    );
    assert_eq!(found[0], (some("Ann Roe"), some("reds")));
    let found = speakers_and_actors(
        &registry,
        "“We will not vote for this,” said Rep. Ann Roe of Utopia.\n",
    );
    assert_eq!(found[0], (some("Ann Roe"), None));
    // A nationality still names the state, and an office that is no
    // legislator's keeps its place.
    let found = speakers_and_actors(
        &registry,
        "“We will not vote for this,” said Ann Roe, Ruritanian Permanent Representative.\n",
    );
    assert_eq!(found[0].1, some("ruritania"));
}

#[test]
fn a_role_its_body_owns_is_held_in_that_body() {
    let registry = round_28_registry();
    let found = speakers_and_actors(
        &registry,
        "The Border Council endorsed the bill on Thursday. Its Port City local president, Lyle Marr, said agents had been “running on fumes since 2023”.\n",
    );
    assert_eq!(found[0], (some("Lyle Marr"), some("council")));
}

#[test]
fn a_body_named_in_apposition_to_the_opening_noun_is_whose_its_means() {
    let registry = round_28_registry();
    let found = speakers_and_actors(
        &registry,
        "The U.N. harbour mission, HARMIS, condemned the attack. Its spokeswoman, Aida Fell, said the mission was “deeply concerned by the escalation”.\n",
    );
    assert_eq!(found[0], (some("Aida Fell"), some("mission")));
    // Must not: an apposition that is more than the body's name.
    let found = speakers_and_actors(
        &registry,
        "The talks had stalled, the UN said on Monday. Its spokeswoman, Aida Fell, said there was “no date for the next round”.\n",
    );
    assert_eq!(found[0], (some("Aida Fell"), None));
}

#[test]
fn a_possessor_is_whom_the_staff_after_them_serve() {
    let registry = round_28_registry();
    let found = speakers_and_actors(
        &registry,
        "Gov. Teresa Vill called a special session.\n\n“She did not have a deal,” said Warren Hadd.\n\nVill's office disputed that account. Her chief of staff, Marc Pike, said: “He can't say he didn't get it.”\n",
    );
    assert_eq!(found[1], (some("Marc Pike"), some("westland")));
}

#[test]
fn an_offices_possessive_before_a_staff_role_describes_the_principal() {
    let registry = round_28_registry();
    let found = speakers_and_actors(
        &registry,
        "House Speaker Terry Boll, a Red, said the bill would not get a vote.\n\nThe speaker's spokeswoman, Kira Ames, said: “It is a press release, not a negotiation.”\n",
    );
    assert_eq!(found.last(), Some(&(some("Kira Ames"), some("reds"))));
}

#[test]
fn a_group_is_no_state_or_party_named_before_it() {
    let registry = round_28_registry();
    let found = speakers_and_actors(
        &registry,
        "The Senate Majority Project said it was adding $12 million in Utopia ads. The group's president, Carl Donner, said: “Utopia is a must-win.”\n",
    );
    // found[0] is the body's reported words.
    assert_eq!(found.last(), Some(&(some("Carl Donner"), None)));
    // A union is what `the union's` may mean.
    let found = speakers_and_actors(
        &registry,
        "The Border Council said it would strike. The group's president, Carl Donner, said: “We are ready.”\n",
    );
    assert_eq!(found.last(), Some(&(some("Carl Donner"), some("council"))));
}

#[test]
fn a_name_inside_an_opening_participle_clause_is_not_the_pronoun() {
    // The asker the clause names is not the one who answers.
    let body = "“Companies must check their backups,” said Dervla Costigan, the commissioner.\n\n\
Asked by presenter Cathal Rigney whether the fine was enough, she said the fine was “proportionate and lawful”.\n";
    assert_eq!(
        speakers(body),
        [some("Dervla Costigan"), some("Dervla Costigan")]
    );
    // Nor is whom the question is about.
    let body = "Attorney General Nadine Preskow told reporters the verdict changed nothing.\n\n\
Asked whether Harlan Tevis could face charges, she said: “I'm not going to speculate.”\n";
    assert_eq!(speakers(body), [some("Nadine Preskow")]);
    // With no one else to mean, the pronoun names no one.
    let body = "More from the minister, who was answering an urgent question.\n\n\
Asked by MP Giles Hurlstone whether she would block the sale, she replied: “It is not for ministers.”\n";
    assert_eq!(speakers(body).last(), Some(&None));
}

#[test]
fn a_quote_far_into_a_named_subjects_complement_is_theirs() {
    let body = "Chair Dale Lott (R-Tenn.) declined to discuss the interview but said in a post on X that the committee is hearing from “people inside the agency who have been ignored.”\n";
    assert_eq!(speakers(body), [some("Dale Lott")]);
    let body = "Mira Tasch said the talks would resume on Monday and told reporters to expect “a long and difficult week for everyone.”\n";
    assert_eq!(speakers(body), [some("Mira Tasch")]);
    // Someone else speaks inside the complement: never the subject.
    let body =
        "Mira Tasch said Omar Haddad had told her the road was “closed to everyone after dark.”\n";
    assert_ne!(speakers(body), [some("Mira Tasch")]);
}

#[test]
fn a_possessive_owning_a_place_or_thing_leaves_the_complements_quote_the_subjects() {
    let body = "Gov. Paloma Iturbe said in a statement that the state would keep paying to operate the Grand Canyon's South Rim “until the first federal ranger is back on shift.”\n";
    assert_eq!(speakers(body), [some("Paloma Iturbe")]);
    let body = "Mira Tasch said the committee would, at its next session, look again at the roof of Haddad's school near the river “before the spring rains come.”\n";
    assert_eq!(speakers(body), [some("Mira Tasch")]);
    // A possessive owning words, or the quote itself, may make them the
    // owner's: no one.
    let body = "Mira Tasch said the committee would, at its next session, look again at Haddad's pledge to “rebuild every school by the spring.”\n";
    assert_eq!(speakers(body), [None]);
    let body = "Mira Tasch said the committee would, at its next session, look again at the whole of Haddad's “we will rebuild every school by spring.”\n";
    assert_eq!(speakers(body), [None]);
    // A finding reported with `that` is another's conclusion.
    let body = "Mira Tasch said in a statement that its panel found that a delay in sending Ana Sereti's sample to the laboratory “had no impact on the finding at all.”\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn the_holder_of_a_post_points_back_at_the_unnamed_source_described_with_it() {
    let body = "The text was agreed late, according to a Western diplomat familiar with the talks. The army had wanted more.\n\n“Nobody slept that night in the hotel,” the diplomat said.\n";
    assert_eq!(
        speakers(body),
        [some("a Western diplomat familiar with the talks")]
    );
    // A holder named in apposition is no unnamed source.
    let body = "The talks were over, according to a spokesman for the Relief Committee, Omar Haddad, who spoke late. The army had wanted more.\n\n“Nobody slept that night in the hotel,” the spokesman said.\n";
    assert_ne!(
        speakers(body),
        [some("a spokesman for the Relief Committee")]
    );
}

#[test]
fn an_ally_a_legislator_and_a_person_placed_by_an_adverb_are_unnamed_sources() {
    let body = "“We will hold them to every word of it,” an independent MLA from Marathwada said.\n\n“It is over for him now,” one ally said.\n\n“Nobody asked us about the maps,” a county clerk up north said.\n";
    assert_eq!(
        speakers(body),
        [
            some("an independent MLA from Marathwada"),
            some("one ally"),
            some("a county clerk up north")
        ]
    );
}

#[test]
fn an_age_said_of_someone_unnamed_points_back_at_them_not_at_who_was_named_since() {
    let body = "“We built those cars properly,” said a 44-year-old assembly-line worker who asked that his name not be used.\n\n\
Trade Minister Ryo Kadowaki told business leaders the government would “not let the supply chain break.”\n\n\
“My father worked here,” the 44-year-old said.\n";
    let found = speakers(body);
    assert_eq!(found[1], some("Ryo Kadowaki"));
    assert_eq!(found[2], None);
    // In apposition to a name, the age is that person's: the rule stands
    // aside, and the kind reads as before.
    let body = "Ken Arai, a 44-year-old assembly-line worker, said: “We built those cars properly.”\n\n\
“My father worked here,” the 44-year-old said.\n";
    assert_eq!(speakers(body), [some("Ken Arai"), some("Ken Arai")]);
}

#[test]
fn an_age_with_a_noun_no_list_knows_is_the_person_the_paragraph_follows() {
    // The article gave no one the age: `the 58-year-old pathologist` adds
    // to what it says of the one person the paragraph before names, not
    // of the spokesman quoted last.
    let body = "Dr. Ines Varga, the county's chief medical examiner, confirmed 31 deaths on Monday.\n\n\
“We are still counting,” said Tom Reilly, a county spokesman.\n\n\
Varga said she expected the count to rise as roads reopened.\n\n\
“I would be surprised if we were done by the end of the month,” the 58-year-old pathologist said.\n";
    assert_eq!(speakers(body), [some("Tom Reilly"), some("Ines Varga")]);
    // Two people named there: the age may be either's, so no one.
    let body = "Dr. Ines Varga, the county's chief medical examiner, confirmed 31 deaths on Monday.\n\n\
“We are still counting,” said Tom Reilly, a county spokesman.\n\n\
Varga and Reilly said they expected the count to rise as roads reopened.\n\n\
“I would be surprised if we were done by the end of the month,” the 58-year-old pathologist said.\n";
    assert_eq!(speakers(body), [some("Tom Reilly"), None]);
}

#[test]
fn a_possessive_descriptor_is_not_someone_called_that_post_of_another() {
    let body = "Bongani Matlakala, the ANC's regional spokesperson, said the party was “fully behind” the mayor.\n\n\
The mayor's spokesperson said on Thursday that Mahlangeni was “focused on getting water to residents”.\n\n\
Lindiwe Zulu, the mayor's spokesperson, said the city was “working around the clock”.\n\n\
The mayor's spokesperson added that tankers were “on their way”.\n";
    assert_eq!(
        speakers(body),
        [
            some("Bongani Matlakala"),
            None,
            some("Lindiwe Zulu"),
            some("Lindiwe Zulu")
        ]
    );
}

#[test]
fn a_scene_opening_the_sentence_is_not_the_unnamed_source() {
    // `In Nairobi,` sets the scene: the description after it, whose
    // relative clause runs to the verb, is who spoke.
    let body = "In Nairobi, a senior official at the agency, who spoke on condition of \
        anonymity because the inquiry is ongoing, said investigators had found \
        “at least two people” who supplied the drugs.";
    assert_eq!(
        run(body)[0].speaker,
        some("a senior official at the agency")
    );
    // A name after the scene is read as before.
    let body = "In Geneva, Maria Lopez, the envoy, said the talks were “very constructive.”";
    assert_eq!(run(body)[0].speaker, some("Maria Lopez"));
}

#[test]
fn a_body_alias_headed_by_a_common_noun_speaks_under_the_actors_name() {
    // `the Portland-based company` describes the body; its capitals are
    // the describing words', not a name's.
    let registry = Registry::new(&[actor(
        "velocor",
        "Velocor",
        &["the Portland-based company", "the Kremlin"],
        None,
        &[],
    )]);
    let body = "The Portland-based company said it would “reinstate the partnership at once”.\n\n\
The Kremlin said it was “following the case”.\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [
            (some("Velocor"), some("velocor")),
            (some("Kremlin"), some("velocor"))
        ]
    );
}

#[test]
fn a_subject_named_in_full_whom_no_given_name_list_knows_is_who_she_means() {
    // Nasreen and Harjit are in no list of given names: the paragraph's
    // subject is still someone else than the person quoted before.
    let body = "“We can do this for five days,” said Priya Varnham, a nurse at the hospital.\n\n\
The union's co-chair, Nasreen Qadri, visited the picket shortly after 9am. “We are not the ones who walked away from the table,” she said.\n\n\
“It was always going to struggle,” said Rupert Pemberthy, the club's lawyer.\n\n\
Harjit Sanghera, a sports lawyer, disagreed with the ruling. “Every club makes it and every commission says the same thing,” he said.\n";
    assert_eq!(
        speakers(body),
        [
            some("Priya Varnham"),
            some("Nasreen Qadri"),
            some("Rupert Pemberthy"),
            some("Harjit Sanghera")
        ]
    );
}

#[test]
fn a_person_named_in_full_as_what_the_sentence_is_about_is_not_who_she_means() {
    // `Asked by presenter Cathal Rigney`: the presenter is asked about,
    // not the one who goes on speaking.
    let body = "“I would ask anyone who holds health data to read this decision,” said Dervla Costigan, the data protection commissioner.\n\n\
Asked by presenter Cathal Rigney whether the fine was enough, she said it was “proportionate and lawful”. “I am not in the business of headlines,” she said.\n";
    assert_eq!(
        speakers(body),
        [
            some("Dervla Costigan"),
            some("Dervla Costigan"),
            some("Dervla Costigan")
        ]
    );
}

#[test]
fn the_and_words_describing_a_person_open_the_name_she_stands_for() {
    // `The political scientist Patricia Zegarra` introduces her as the
    // subject, as `Political scientist Patricia Zegarra` does; `she`
    // after it is not the woman named before.
    let body = "Rosalía Quispecondori, a union leader from Puno, leads the count. \
        The political scientist Patricia Zegarra Olaechea has studied elections for two decades. \
        She spoke to us by video. “I am more worried than in 2021,” she told us.";
    assert_eq!(speakers(body), [some("Patricia Zegarra Olaechea")]);
}

#[test]
fn a_person_described_by_a_post_for_a_place_is_no_body() {
    // `the lawmaker-elect for Puno` is a person the reading cannot name
    // here, never a body called after Puno.
    let body = "Efraín Mamani Torres, spokesman of the front, spoke at the rally. \
        The lawmaker-elect for Puno said the requests were “an attempt to annul the south” and left.";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_pronoun_after_a_turn_label_is_not_the_one_whose_turn_it_is() {
    // In `MR. BERG: He wrote back, “...”` Berg answers as `I`: `he` is
    // someone he tells of, never Berg, even when the frame opens the
    // paragraph with the label in it.
    let body = "Jan Berg testified on Tuesday.\n\n\
MR. HADDAD: What did you need, Mr. Berg?\n\n\
MR. BERG: A contract. You cannot put trucks on a state job without it.\n\n\
MR. HADDAD: And what did the governor reply?\n\n\
MR. BERG: He wrote back, “Talk to the minister. He will get you a number.”\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn the_agent_of_a_participle_after_a_comma_is_no_subject() {
    let body = "Justice Omar Haddad, joined by Justice Jan Berg, wrote that the law \
        “asks too much of officials.”\n";
    assert_eq!(speakers(body), [some("Omar Haddad")]);
    // A document read out by someone is not their words...
    let body = "Jan Berg chaired the hearing.\n\n\
The text, read aloud at the hearing by Jan Berg, said “Make it work.”\n";
    assert_eq!(speakers(body), [None]);
    // ...but words they made are.
    let body = "In a note, the defence of Omar Haddad, made by the office of the lawyer Jan Berg, \
        said that the rancher “has never commanded any burning on that land.”\n";
    assert_eq!(speakers(body), [some("Jan Berg")]);
}

#[test]
fn an_apposition_ending_in_a_parenthesis_and_a_comma_is_set_off() {
    let body = "Jan Berg, head of the Tarn Party (TP), said in a statement: \
        “This is a murder of democracy.”\n";
    assert_eq!(speakers(body), [some("Jan Berg")]);
}

#[test]
fn the_object_of_quoted_may_hold_titles_an_apposition_or_a_place() {
    let body = "The state news agency quoted Sovereignty Council member Major General Omar Haddad \
        as saying the government would not “negotiate away the sovereignty of the state.”\n";
    assert_eq!(speakers(body), [some("Omar Haddad")]);
    let body = "The agency quoted Jan Berg, a member of the negotiating delegation, as saying \
        that the side had “fulfilled its commitment in full.”\n";
    assert_eq!(speakers(body), [some("Jan Berg")]);
}

#[test]
fn a_body_listed_under_a_name_with_and_speaks_under_it() {
    let body =
        "Talks went on.\n\nThe Office of Management and Budget said the bill was \"too costly\".\n";
    let listed = Registry::new(&[actor(
        "omb",
        "Office of Management and Budget",
        &["OMB"],
        None,
        &[],
    )]);
    assert_eq!(
        speakers_and_actors(&listed, body),
        vec![(some("Office of Management and Budget"), some("omb"))]
    );
    // Must not: a name no actor file gives as a body's own may be two
    // bodies or a form the body is not known by.
    assert_eq!(speakers(body), vec![None]);
}

#[test]
fn an_unnamed_source_close_to_the_campaign_speaks_for_the_candidates_campaign() {
    let found = campaign(
        "Tom Dorn spoke in Omaha on Monday.\n\nA person close to the campaign said Dorn was “not worried at all.”\n\n“We will see,” said a source familiar with the campaign's plans.\n",
    );
    assert_eq!(
        found,
        [
            (
                some("A person close to the campaign"),
                some("dorn-campaign")
            ),
            // What a source knows is no side they speak for.
            (some("a source familiar with the campaign's plans"), None),
        ]
    );
    // No candidate named before: no campaign.
    let found = campaign("A person close to the campaign said it was “not worried at all.”\n");
    assert_eq!(found, [(some("A person close to the campaign"), None)]);
}

#[test]
fn an_unnamed_source_tied_to_a_definite_body_speaks_for_it() {
    let registry = Registry::new(&[
        actor_of_kind("company", "acme", "Acme Corp"),
        actor("atlantis", "Atlantis", &["Atlantean"], None, &[]),
    ]);
    let found = speakers_and_actors(
        &registry,
        "Acme Corp shares fell on Monday.\n\nA spokesperson for the company said it “does not comment on rumours.”\n",
    );
    assert_eq!(
        found,
        [(some("A spokesperson for the company"), some("acme"))]
    );
}

#[test]
fn a_noun_the_files_alias_with_the_names_the_body_of_an_unnamed_source() {
    let registry = Registry::new(&[
        actor(
            "atlantean-army",
            "Atlantean Armed Forces",
            &["the army", "Atlantean army"],
            None,
            &[],
        ),
        actor("atlantis", "Atlantis", &["Atlantean"], None, &[]),
    ]);
    let actors = |body: &str| -> Vec<Option<String>> {
        speakers_and_actors(&registry, body)
            .into_iter()
            .map(|(_, a)| a)
            .collect()
    };
    assert_eq!(
        actors("A senior army officer said the road was “open again.”\n"),
        [some("atlantean-army")]
    );
    // An alias with a nationality in it is a body, not a nationality.
    assert_eq!(
        actors("An Atlantean army officer said the road was “open again.”\n"),
        [some("atlantean-army")]
    );
    // A post held formerly names none.
    assert_eq!(
        actors("A former army officer said the road was “open again.”\n"),
        [None]
    );
}

#[test]
fn two_words_for_a_member_of_a_party_with_a_two_word_alias_name_it() {
    let party = |id: &str, name: &str, aliases: &[&str]| Actor {
        kind: Some("party".into()),
        ..actor(id, name, aliases, None, &[])
    };
    let registry = Registry::new(&[
        party("house-blues", "House Blues", &["House Blues"]),
        party("senate-blues", "Senate Blues", &["Senate Blues"]),
    ]);
    let found = speakers_and_actors(
        &registry,
        "“We do not have the votes,” said a senior House Blue aide.\n\n“Nobody knows,” said one Blue lawmaker.\n",
    );
    assert_eq!(
        found,
        [
            (some("a senior House Blue aide"), some("house-blues")),
            // `Blue` alone is either chamber's.
            (some("one Blue lawmaker"), None),
        ]
    );
}

/// `Reader::resolve` asks the registry about a subject's name once and
/// reuses the answer for each rule that asked it again (perf32b): sound
/// only while the answer does not change with asking, listed, spelt
/// otherwise or unlisted.
#[test]
fn the_registry_answers_a_name_the_same_however_often_asked() {
    let registry = Registry::new(&[actor(
        "front",
        "Front",
        &[],
        None,
        &[("Rauf Gurbanli", "minister", &[])],
    )]);
    let listed = |name: &str| registry.person(name).map(|p| p.name.clone());
    assert_eq!(listed("Rauf Gurbanli").as_deref(), Some("Rauf Gurbanli"));
    for name in ["Rauf Gurbanli", "Rauf Kurbanli", "Gurbanli", "Ivo Tovey"] {
        let first = listed(name);
        assert_eq!(listed(name), first, "{name}");
        assert_eq!(listed(name), first, "{name}");
    }
}

/// `Reader::listed_person` keeps the registry's answers for the article:
/// asked once or again, it gives the very person `Registry::person`
/// gives, or none.
#[test]
fn the_reader_keeps_the_registrys_answer_for_each_name() {
    let registry = Registry::new(&[actor(
        "front",
        "Front",
        &[],
        None,
        &[("Rauf Gurbanli", "minister", &[])],
    )]);
    let article = article("Rauf Gurbanli spoke. Ivo Tovey did not.");
    let blocks = blocks(&article.body);
    let spans = find_quotes(&article.body, &blocks);
    let (reader, _) = read_article(&article, &blocks, &spans, &registry, false);
    for name in [
        "Rauf Gurbanli",
        "Rauf Kurbanli",
        "Gurbanli",
        "Ivo Tovey",
        "",
    ] {
        let asked = registry.person(name);
        for _ in 0..2 {
            let kept = reader.listed_person(name);
            assert_eq!(
                kept.map(std::ptr::from_ref),
                asked.map(std::ptr::from_ref),
                "{name}"
            );
        }
    }
}

#[test]
fn according_to_a_bodys_named_voice_gives_the_person_with_the_body_as_actor() {
    let found = direct(
        "The Relief Committee says it wants a decision in “weeks, not months”, according to its spokesman, Lucas Verbeek.\n",
    );
    assert_eq!(found[0].1, some("Lucas Verbeek"));
    assert_eq!(found[0].2, some("relief"));
    let found = direct(
        "The Relief Committee has said such incidents are “isolated individual behaviour” that will be investigated, according to its adviser Omar Haddad.\n",
    );
    assert_eq!(found[0].1, some("Omar Haddad"));
}

#[test]
fn according_to_a_body_after_a_named_person_leaves_the_words_with_the_person() {
    let found = direct(
        "Foreign Minister Omar Haddad, in a phone call on Tuesday, described the border as “a historic border that will remain as it is,” according to a statement by the Relief Committee.\n",
    );
    assert_eq!(found[0].1, some("Omar Haddad"));
    assert_eq!(found[0].2, some("relief"));
}

#[test]
fn quoted_a_name_saying_without_as_gives_the_name() {
    let found = direct(
        "The Relief Committee released a statement. The statement also quoted Commandant Admiral Omar Haddad saying he was “proud of every one” of the crew.\n",
    );
    assert_eq!(found[0].1, some("Omar Haddad"));
}

#[test]
fn with_a_name_set_off_by_an_apposition_is_the_subject_of_the_gerund() {
    let found = direct(
        "Conservatives accused the Government of caving in, with Omar Haddad, the shadow health secretary, warning against “a deal which buys a fortnight of peace”.\n",
    );
    assert_eq!(found[0].1, some("Omar Haddad"));
}

#[test]
fn a_bodys_person_described_and_not_named_gets_no_name_but_the_bodys_actor() {
    let found = direct(
        "The Relief Committee spokesman in Geneva said today they can “move very quickly” once lists are agreed.\n",
    );
    assert_eq!(found[0].1, None);
    assert_eq!(found[0].2, some("relief"));
}

#[test]
fn said_its_spokesman_and_a_full_name_after_the_comma_is_that_person() {
    let found =
        direct("“We take it one road at a time,” said its spokesman, Tariq Oubella, in Geneva.\n");
    assert_eq!(found[0].1, some("Tariq Oubella"));
}

#[test]
fn in_a_labelled_turn_i_is_the_label_and_you_the_one_addressed() {
    let body = "Senator Mira Okafor questioned Harbour Board chair Bram Keller on Tuesday.\n\n\
        MS. OKAFOR: Mr. Keller, on Monday you told reporters the dredging was \"on schedule.\" Is it?\n\n\
        MR. KELLER: No. I told my board in May, \"We will be late,\" and we are.\n\n\
        MS. OKAFOR: Your engineer said, and I quote, \"The silt came back in a week.\"\n";
    let found = direct(body);
    assert_eq!(found[0].1, some("Bram Keller"), "{found:?}");
    assert_eq!(found[1].1, some("Bram Keller"), "{found:?}");
    // Reading out someone else's words gives the reader no quote.
    assert_ne!(found[2].1, some("Mira Okafor"), "{found:?}");
}

#[test]
fn an_office_or_a_place_called_on_is_no_name_and_a_question_for_a_reply_gives_none() {
    // `Madam Prosecutor,` calls on an office: `you` is whoever answers.
    let body = "Prosecutor Ines Varga spoke at the briefing in Sion.\n\n\
        **QUESTION (Le Courrier):** Madam Prosecutor, yesterday you said that \"no lead is closed\". Is that so?\n\n\
        **INES VARGA:** It is.\n\n\
        SENATOR DORN: In Harlow Freight, you wrote, and I'm quoting: \"The statute is broad.\" Why?\n\n\
        **HOST:** This is from Sandra in Kent: \"My surgery was cancelled twice.\" What do you say to her?\n\n\
        **INES VARGA:** I am sorry.\n";
    let found = direct(body);
    assert_eq!(found[0].1, some("Ines Varga"), "{found:?}");
    // `In Harlow Freight,` tells where: no company is the one who wrote.
    assert_eq!(found.len(), 3, "{found:?}");
    assert_ne!(found[1].1, some("Harlow Freight"), "{found:?}");
    // A listener's words, read out, are not the guest's answer to come.
    assert_eq!(found[2].1, None, "{found:?}");
}

#[test]
fn in_an_interview_of_bold_questions_i_and_you_are_the_interviewee() {
    let body = "Harbour Board chair Bram Keller ran the port for ten years. He spoke to The Daily on Thursday.\n\n\
        **On Monday you told reporters the dredging was \"on schedule.\" Was it?**\n\n\
        No. I told my board in May, \"We will be late,\" and we are.\n";
    let found = direct(body);
    assert_eq!(found[0].1, some("Bram Keller"), "{found:?}");
    assert_eq!(found[1].1, some("Bram Keller"), "{found:?}");
    // Without an introduction that tells of an interview, no one.
    let plain = body.replace("He spoke to The Daily on Thursday.", "He retired in May.");
    let found = direct(&plain);
    assert_eq!(found[1].1, None, "{found:?}");
}

#[test]
fn a_pointer_takes_the_one_unnamed_source_introduced_with_its_noun() {
    // Paragraphs apart, and introduced by a subject the pointer's own
    // readers do not take for a source (`of` inside a name).
    let body = "A Board of Elections employee who works at the Queens office said staff had \
                flagged the server.\n\n\
                Jo Lin, the board's chair, said a review was under way.\n\n\
                Rain fell on the count.\n\n\
                “We told them in May,” the employee said.\n";
    let quotes = direct(body);
    assert_eq!(
        quotes[0].1.as_deref(),
        Some("A Board of Elections employee who works at the Queens office")
    );
}

#[test]
fn a_bare_one_with_an_apposition_is_the_apposition() {
    let body = "A few dozen supporters held a vigil. “We are praying,” said one, a retired \
                sheriff's deputy from Mesa who declined to give his name.\n";
    assert_eq!(
        direct(body)[0].1.as_deref(),
        Some("a retired sheriff's deputy from Mesa")
    );
}

#[test]
fn an_adverb_between_an_unnamed_source_and_its_verb_is_no_part_of_the_description() {
    assert_eq!(
        speakers(
            "One of her investors actually said to me, years ago, \"We'll pay you when we have to.\""
        ),
        vec![some("One of her investors")]
    );
}

#[test]
fn a_word_that_counts_people_or_a_preposition_opens_no_name() {
    // `Twenty Republicans` is a group, not the man `he` means.
    let body = "“This is a compromise,” Delgado said.\n\nTwenty Republicans joined all Democrats in support, including Minority Leader Gerald Tate. Tate had previously objected, but on Tuesday he said the calculus had changed. “The air traffic system is fraying,” he told reporters.\n";
    assert_eq!(speakers(body)[1], some("Gerald Tate"));
    // `Inside Solino,` is a place the sentence opens with: the person
    // introduced is the name in the apposition.
    let body = "Inside Solino, the hospital's director, Dr. Wilner Jean-Baptiste, remains with about 30 patients. In a voice note, he said supplies would last “maybe ten days”.\n";
    assert_eq!(speakers(body), [some("Wilner Jean-Baptiste")]);
}

#[test]
fn a_pointer_back_means_the_unnamed_source_before_a_named_holder_of_the_post() {
    let body = "“We will move fast,” Transportation Secretary Miriam Seabrook said.\n\nSeabrook is expected to announce rules as early as Wednesday, according to a senior administration official who was not authorized to discuss the plans publicly. “The rules are basically done,” the official said.\n";
    let found = speakers(body);
    assert_eq!(found[0], some("Miriam Seabrook"));
    assert_ne!(found[1], some("Miriam Seabrook"));
}

#[test]
fn one_who_asks_a_question_is_not_the_source_who_answers() {
    // (An unnamed source after a phrase of place: see
    // `a_name_inside_an_unnamed_persons_description_is_not_the_speaker`.)
    let body = "“He lost fair,” Denny Cobbett said.\n\nOn his way out, a reporter asked what he would do Wednesday. “Sell some trucks,” he said.\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Denny Cobbett"));
    assert!(
        found
            .iter()
            .all(|q| q.speaker.as_deref() != Some("a reporter"))
    );
}

#[test]
fn any_verb_after_a_quote_frames_it_for_the_one_person_named() {
    let body = "Revenue Minister Ann Reyes said 188 camps had opened. “Please do not wait for the water,” she appealed.\n";
    assert_eq!(speakers(body), [some("Ann Reyes")]);
    // Two people the paragraph names: `she` could be either.
    let body = "For the scientist Ann Reyes, Ms. Jo Lin lost votes. “The minister has maybe 180 votes today, and she knows it,” she evaluates.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_participle_of_saying_goes_on_with_the_subject_of_any_verb() {
    let body = "Foreign Minister Ann Reyes on Thursday welcomed the exchange, saying the talks would go on “in full coordination with Tarn.”\n";
    assert_eq!(speakers(body), [some("Ann Reyes")]);
}

#[test]
fn a_transcripts_question_and_answer_labels_are_no_initials() {
    let body = "Q. You wrote, \"if this gets out we are all done.\" Do you remember that?\n\nA. Yes.\n\nQ. Did you ever tell Mr. Tom Voigt to stop?\n\nA. I told him it was dangerous. He said, \"It's a timing problem, not a solvency problem.\"\n";
    let found = speakers(body);
    assert_eq!(found.len(), 2);
    assert!(
        found
            .iter()
            .flatten()
            .all(|name| !name.starts_with("Q.") && !name.starts_with("A.")),
        "{found:?}"
    );
    // One paragraph opening with an initial is no transcript.
    assert_eq!(
        speakers("A. Villareal said, \"We stay until the last bus.\"\n"),
        [some("A. Villareal")]
    );
}

#[test]
fn a_party_tag_goes_before_a_body_a_legislator_only_watches() {
    let registry = Registry::new(&[
        Actor {
            kind: Some("court".into()),
            ..test_support::actor("circuit", "Eighth Circuit", &["the appeals court"])
        },
        test_support::actor("agency", "Anti-Doping Agency", &["the Anti-Doping Agency"]),
        test_support::actor("oversight", "Oversight Committee", &["Oversight Committee"]),
        Actor {
            kind: Some("party".into()),
            ..test_support::actor("gop", "Republican Party", &["Republican", "R"])
        },
    ]);
    // What the senator once did for a court, what he opposes: the tag.
    let body = "Sen. Dale Meservey, R-Iowa, who recommended her for the appeals court seat in 2016 under a different president, said he was “inclined to support” her.\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [(some("Dale Meservey"), some("gop"))]
    );
    let body = "Sen. Ron Keesbury, R-Ore., a longtime critic of the Anti-Doping Agency, said athletes deserved “better than this.”\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [(some("Ron Keesbury"), some("gop"))]
    );
    // A committee of the chamber the legislator chairs stays.
    let body = "Rep. Beau Carr, R-La., chair of the Oversight Committee, said the agency had “a lot to answer for.”\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [(some("Beau Carr"), some("oversight"))]
    );
}

#[test]
fn the_leads_occasion_dates_the_quotes_of_those_it_names() {
    // The lead names a debate on Thursday night (published Friday): the
    // candidates it names, and someone placed at the debate, spoke then;
    // an analyst quoted without a day, and a speaker the lead does not
    // name, spoke on the day of the report.
    let body = "Karl Lind and Ana Vell clashed on Thursday night in the only televised debate of the race.\n\n“My opponent has no plan,” Lind said.\n\n“He has had ten years,” Vell replied.\n\nOmar Haddad, who attended the debate, said it was close. “Nobody landed a blow,” Haddad said.\n\n“The race is tied,” said Jan Berg, an analyst at the university.\n\nRep. Tim Vell, who is not related to the candidate, said the debate showed little. “It was dull,” he said.\n";
    let thursday = "2016-12-08".to_string();
    let friday = "2016-12-09".to_string();
    assert_eq!(
        dated(body),
        [
            (some("Karl Lind"), thursday.clone()),
            (some("Ana Vell"), thursday.clone()),
            (some("Omar Haddad"), thursday),
            (some("Jan Berg"), friday.clone()),
            (some("Tim Vell"), friday),
        ]
    );
}

#[test]
fn what_a_pronoun_called_is_the_words_of_the_sentence_subject() {
    // A short quote after `what she called` was dropped as a scare quote.
    assert_eq!(
        speakers(
            "Labor Secretary Ana Vell on Tuesday summoned the rail chiefs for what she called \"a last, serious attempt\" to avert a strike.\n"
        ),
        [some("Ana Vell")]
    );
    // `it` stands for a body, never for the person the sentence names.
    assert_eq!(
        direct("In a statement, the Relief Committee praised the crew for what it called \"a textbook response\".\n")
            .into_iter()
            .map(|d| d.2)
            .collect::<Vec<_>>(),
        [some("relief")]
    );
    assert!(
        speakers("Omar Haddad met the envoys to discuss what it called \"the Palace plan\".\n")
            .iter()
            .all(Option::is_none)
    );
    // The same pronoun opening the sentence is read as `he said`.
    assert_eq!(
        speakers(
            "\"We will stay,\" Omar Haddad said.\n\nHe thanked both ministers for what he called their \"courage and patience\".\n"
        ),
        [some("Omar Haddad"), some("Omar Haddad")]
    );
}

#[test]
fn put_it_with_a_phrase_of_whom_and_where_frames_the_quote() {
    assert_eq!(
        speakers(
            "Omar Haddad met the envoys. As Haddad put it to Fox News later: \"We will not sign a deal we cannot keep.\"\n"
        ),
        [some("Omar Haddad")]
    );
    assert_eq!(
        speakers(
            "Omar Haddad spoke in Geneva. As Mr. Haddad put it in Geneva, \"cholera does not wait\"\n"
        ),
        [some("Omar Haddad")]
    );
    // Read before a quote only: the podcast's title is no one's words.
    assert_eq!(
        direct(
            "On the fan podcast, \"Marsh Lane\", one host put it more bluntly last week: \"Five words and ten points.\"\n"
        )
        .into_iter()
        .map(|d| d.0)
        .collect::<Vec<_>>(),
        ["Five words and ten points."]
    );
    // `put it to the vote` ends in no comma or colon before the quote: no frame.
    assert_eq!(
        speakers("Omar Haddad put it to the vote and \"nobody objected\"\n"),
        [None; 0]
    );
}

#[test]
fn a_lead_without_an_occasion_or_with_a_day_to_come_dates_nothing() {
    // No occasion of speaking: the day is the day of the event told.
    let body = "Shells hit a camp near Goma on Wednesday, killing 17 people.\n\n“We have never seen this,” Karl Lind said.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-09".to_string())]);
    // A debate still to come.
    let body = "Karl Lind will face Ana Vell in a televised debate on Sunday.\n\n“I am ready,” Lind said.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-09".to_string())]);
    // `the conference table` is no press conference.
    let body = "By the time Karl Lind sat down at the conference table on Wednesday night, he had lost.\n\n“I am ready,” Lind said.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-09".to_string())]);
}

#[test]
fn a_live_blogs_lead_dates_none_of_its_entries() {
    let body = "Karl Lind gave a press conference on Wednesday, the last before the vote.\n\n**10:30 GMT - Lind speaks**\n\n“We are ready,” Lind said.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-09".to_string())]);
}

#[test]
fn the_leads_day_for_its_speaker_holds_past_other_speakers() {
    // `yesterday` in the lead, in a paper of the next morning: the day of
    // the lead speaker's later quotes, though others are quoted between.
    let body = "Foreign Secretary Karl Lind said yesterday that the border would stay closed.\n\n“We cannot take more,” Lind told reporters.\n\n“The camps are full,” said Ana Vell, an aid worker.\n\n“We will not bend,” Lind said.\n";
    let thursday = "2016-12-08".to_string();
    assert_eq!(
        dated(body),
        [
            (some("Karl Lind"), thursday.clone()),
            (some("Ana Vell"), "2016-12-09".to_string()),
            (some("Karl Lind"), thursday),
        ]
    );
}

#[test]
fn a_bare_surname_the_files_list_is_its_holder_not_a_namesake_named_since() {
    // The actor files list `Vell` as the senator's; the article names her
    // daughter of the same surname in between, by her given name too.
    let registry = Registry::new(&[actor(
        "vell-campaign",
        "Vell for Senate",
        &["Vell campaign"],
        None,
        &[
            ("Ana Vell", "U.S. senator", &["Vell", "Sen. Vell"]),
            ("Rosa Vell", "senior adviser, the senator's daughter", &[]),
        ],
    )]);
    let body = "Sen. Ana Vell conceded on Tuesday night, telling supporters that the voters had “spoken clearly.”\n\nShe was joined by her daughter, Rosa Vell, who told reporters her mother had “left everything on the field.”\n\n“I called the winner a few minutes ago, and I meant it,” Vell said.\n";
    let found = speakers_and_actors(&registry, body);
    assert_eq!(
        found.last(),
        Some(&(some("Ana Vell"), some("vell-campaign"))),
        "{found:?}"
    );
}

#[test]
fn a_pronoun_fits_the_namesake_whose_gender_it_is_over_one_of_untold_gender() {
    // `Tovald` is a given name no list holds: nothing tells his gender,
    // and his wife's `she` is told; `she says` after his quote is hers.
    let body = "“My phone has not stopped,” says Mira Ekberg, who runs the firm. “We were patient,” she says.\n\n“They will comply, grudgingly,” says Tovald Ekberg, the firm's chairman.\n\n“I have sat in those meetings for eight years,” she says.\n";
    assert_eq!(
        speakers(body),
        [
            some("Mira Ekberg"),
            some("Mira Ekberg"),
            some("Tovald Ekberg"),
            some("Mira Ekberg")
        ]
    );
}

#[test]
fn a_chamber_title_leads_to_that_chambers_party_listed_beside_the_tags() {
    // The files list each chamber's caucus with no `parent:`; the tag's
    // letter finds the Senate caucus, aliased `Democrats`.
    let party = test_support::party;
    let registry = Registry::new(&[
        party(
            "senate-dems",
            "Senate Democratic Caucus",
            &["Senate Democrats", "Democrats"],
        ),
        party(
            "house-dems",
            "House Democratic Caucus",
            &["House Democrats"],
        ),
    ]);
    let body = "House Minority Leader Tessa Orbell (D-N.Y.) said her caucus would not help. “We are not in the business of saving speakers,” Orbell said.\n\nSen. Mara Quill (D-Ore.) said the Senate would wait. “We have time,” Quill said.\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [
            (some("Tessa Orbell"), some("house-dems")),
            (some("Mara Quill"), some("senate-dems")),
        ]
    );
}

#[test]
fn an_owner_and_a_noun_of_words_said_before_a_colon_give_the_quote_to_the_owner() {
    let body = "Chair Ann Reyes closed the hearing after four hours. Her closing line: “You will be held to it.”\n\n\
**12:15** - Tom Dorn's prediction this morning: “We lose, but narrowly.”\n\n\
Jo Lin was asked about the vote. Lin's answer – “Not in the form it should have been” – drew groans.\n";
    assert_eq!(
        speakers(body),
        [some("Ann Reyes"), some("Tom Dorn"), some("Jo Lin")]
    );
}

#[test]
fn a_label_owning_a_document_or_a_topic_frames_no_quote() {
    // A letter or a caption may quote another; `its` is a thing's; a
    // label with a verb is read as any sentence.
    let body = "Tom Dorn wrote to the board. Dorn's letter: “Approved, subject to a review of the costs by the full board next year.”\n\n\
The video was posted at noon. Its caption: “The river is rising and nobody in the town has been told to leave.”\n\n\
Tom Dorn's answer came later. Dorn's aide sent this: “We will look at it again on Monday with the full board.”\n";
    let found = speakers(body);
    assert!(!found.is_empty());
    assert!(found.iter().all(Option::is_none), "{found:?}");
}

#[test]
fn a_post_held_once_names_no_actor() {
    let registry = Registry::new(&[test_support::actor(
        "board",
        "Railway Board",
        &["the Railway Board"],
    )]);
    // A retired member of a body, and an unnamed former employee of it,
    // speak for themselves.
    let body = "Alok Verma, a retired member of the Railway Board, said the logs mattered. “The cab is where inquiries start,” Verma said.\n\nOne former senior Railway Board engineer, who asked not to be named, said: “Nobody wanted to own the backup.”\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [
            (some("Alok Verma"), None),
            (some("One former senior Railway Board engineer"), None),
        ]
    );
}

#[test]
fn a_pronoun_after_the_reporter_met_someone_means_the_person_met() {
    // The man quoted last is not who `she` means: the reporter's
    // sentence brought in the woman met, named as its object.
    let body = "“We will not sign,” said Tom Varga, the mayor.\n\n\
        Our colleagues spoke earlier this week to Ilse Marrow, who returned to \
        her village two years ago.\n\n\
        “My son calls me every hour,” she told us.\n";
    assert_eq!(speakers(body), [some("Tom Varga"), some("Ilse Marrow")]);
    // `We asked` brings in the person asked (a surname of a full name
    // given before), in the quote's own paragraph.
    let asked = "Dean Kilby, the whip, wrote on X: “No deal.”\n\n\
        “The bill is dead,” said Tom Varga, the mayor.\n\n\
        We asked Kilby on Monday whether he would back it. “Ask me after \
        the vote,” he said.\n";
    assert_eq!(speakers(asked)[2], some("Dean Kilby"));
}

#[test]
fn a_questions_verb_and_a_post_in_capitals_are_no_part_of_a_name() {
    // A Q&A's bold question opens with `Does` before a name; a release's
    // credit line writes the post in capitals after the name.
    let body = "**Does Luca's contract oblige him to follow team orders?**\n\n\
Luca told me on Thursday night: “They have a plan with a name, but they will not use it.”\n\n\
Henrik Dahlqvist, Team Principal, said: “We will deal with this in private.”\n";
    assert_eq!(speakers(body), [some("Luca"), some("Henrik Dahlqvist")]);
}

#[test]
fn an_owner_that_opens_its_sentence_is_a_person_the_pronoun_may_mean() {
    // `Linda Haugen's fifth round` names the patient between the
    // researcher's quote and `she said`: the pronoun is the patient's.
    let body = "“An infusion schedule is a long chain,” Elena Varga said.\n\n\
        Linda Haugen’s fifth round is scheduled for this week.\n\n\
        “Just get it in me,” she said.\n";
    assert_eq!(speakers(body), [some("Elena Varga"), some("Linda Haugen")]);
    // `Whitfield's reply was shorter`: the reply is his, not the last
    // speaker's.
    let reply = "Luca Bernardi wrote on Instagram: “I will not apologise.”\n\n\
        Oscar Whitfield's reply, on Monday morning, was shorter. “Team first,” he posted.\n";
    assert_eq!(
        speakers(reply),
        [some("Luca Bernardi"), some("Oscar Whitfield")]
    );
    // An owner inside the sentence is still no one who speaks.
    let inside = "“We will not sign,” said Tom Varga.\n\n\
        The paper reported on Ilse Marrow's farm. “It was a hard year,” he said.\n";
    assert_eq!(speakers(inside), [some("Tom Varga"), some("Tom Varga")]);
}

#[test]
fn an_anaphoric_time_is_told_against_the_day_the_text_set() {
    // `at the time`: the day the sentence before set.
    let body = "Ruritania closed the border on December 2. Karl Lind called it a precaution. “We will not wait for a second attack,” he said at the time.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-02".to_string())]);
    // `the next day`, then `a day later` told against that day in turn.
    let body = "The talks collapsed on Monday. “There can be no talks now,” Karl Lind said the next morning. A day later, Ana Vell replied that Atlantis “will not be blackmailed”.\n";
    assert_eq!(
        dated(body),
        [
            (some("Karl Lind"), "2016-12-06".to_string()),
            (some("Ana Vell"), "2016-12-07".to_string())
        ]
    );
    // The day a quote's own frame tells sets the time: `that evening`.
    let body = "Karl Lind said on Tuesday that the attack was “planned abroad”. Ana Vell replied that evening that Atlantis “had nothing to do with it”.\n";
    assert_eq!(
        dated(body),
        [
            (some("Karl Lind"), "2016-12-06".to_string()),
            (some("Ana Vell"), "2016-12-06".to_string())
        ]
    );
}

#[test]
fn an_anaphoric_time_with_no_day_set_or_after_a_heading_tells_none() {
    // No day set before: the publication date stands.
    let body = "“We will not wait for a second attack,” Karl Lind said at the time.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-09".to_string())]);
    // A heading opens a new scene: the day before it is forgotten.
    let body = "Ruritania closed the border on December 2.\n\n## The response\n\n“We will not wait for a second attack,” Karl Lind said the next day.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-09".to_string())]);
}

#[test]
fn titles_joined_by_and_before_a_full_name_are_one_persons() {
    // `President and CEO`, `General Manager and CEO`: two posts of one
    // person, not two speakers.
    assert_eq!(
        speakers("President and CEO Dana Coltrane told employees that “we are recovering.”\n"),
        [some("Dana Coltrane")]
    );
    assert_eq!(
        speakers("“We are recovering,” said Riverline General Manager and CEO Dana Coltrane.\n"),
        [some("Dana Coltrane")]
    );
    // The department an office is for may hold an `and` too.
    assert_eq!(
        speakers(
            "HHS Assistant Secretary for Preparedness and Response Kevin Ashby said “the money is there.”\n"
        ),
        [some("Kevin Ashby")]
    );
    // Two names joined are still two speakers.
    assert_eq!(
        speakers("Foreign Minister Ann Reyes and Tom Dorn said “we agree.”\n"),
        [None]
    );
}

#[test]
fn a_time_adverbial_or_an_opener_before_the_subject_is_no_part_of_it() {
    let roles = |body: &str| -> Vec<Option<String>> {
        run(body)
            .into_iter()
            .filter(|o| o.kind == QuoteKind::Direct)
            .map(|o| o.role.or(o.speaker))
            .collect()
    };
    assert_eq!(
        roles("Last Thursday the prime minister said “we will sign.”\n"),
        [some("the prime minister")]
    );
    assert_eq!(
        roles(
            "Two weeks ago the gentleman from Lancaster told the press that “the Senate would not move.”\n"
        ),
        [some("the gentleman from Lancaster")]
    );
    assert_eq!(
        roles("Recall that the Ministry of Defence said in its statement that “units fired.”\n")
            .len(),
        1
    );
    assert!(
        roles("Recall that the Ministry of Defence said in its statement that “units fired.”\n")[0]
            .as_deref()
            .is_none_or(|r| !r.starts_with("Recall"))
    );
    // Set off by a comma, the adverbial is no name the apposition after
    // the subject could be said of.
    assert_eq!(
        roles(
            "Hours later, the head of the Board, which runs the railway, told journalists that “the driver erred.”\n"
        ),
        [some("the head of the Board")]
    );
    // A name run on from the adverbial is kept whole.
    assert_eq!(
        speakers("On Monday Ann Reyes said “we will sign.”\n"),
        [some("Ann Reyes")]
    );
}

#[test]
fn the_prime_minister_is_not_the_foreign_minister() {
    // Only the foreign minister is named; `the prime minister` is another
    // office, whoever holds it.
    let body = "Foreign Minister Lusine Hakobyan flew to Geneva. “We are ready,” she said.\n\n\
                Last Thursday the Armenian prime minister said “there can be no talks.”\n";
    assert_eq!(speakers(body), [some("Lusine Hakobyan"), None]);
}

#[test]
fn a_pronoun_or_a_description_never_means_the_outlet_or_a_place() {
    // The outlet opens the sentence before `she said`; the place is the
    // last name before `the 58-year-old`. Neither spoke: no name is
    // better than either.
    let body = "Al Jazeera reached a vegetable seller by telephone.\n\n\
        “I will believe it when I see the trucks,” she said.\n\n\
        The crowd gathered outside a house in New Manila, Quezon City.\n\n\
        “You cannot remove me from the hearts of the people,” the 58-year-old said.\n";
    assert_eq!(speakers(body), [None, None]);
}

#[test]
fn an_unnamed_source_headed_by_a_noun_without_an_agent_ending_is_described() {
    // `pilot`, `medic`, `umpire`, `nun`, `bloke`: nouns for one person
    // that no `-er`, `-or`, `-ist` or `-ian` tells.
    let body = "A senior Iberia pilot, who asked not to be named, said morale was \
                \"fine, actually\".\n\n\
                Rain fell on the runway.\n\n\
                A medic at the field clinic said supplies were short. \
                \"We are working by torchlight,\" the medic said.\n\n\
                \"Give me whatever you've got,\" said one bloke in the queue.\n";
    let quotes = direct(body);
    assert_eq!(
        quotes[0].1.as_deref(),
        Some("A senior Iberia pilot"),
        "{quotes:?}"
    );
    assert_eq!(
        quotes[1].1.as_deref(),
        Some("A medic at the field clinic"),
        "{quotes:?}"
    );
    assert_eq!(
        quotes[2].1.as_deref(),
        Some("one bloke in the queue"),
        "{quotes:?}"
    );
}

#[test]
fn a_pointer_with_a_class_noun_means_the_unnamed_source_of_the_sentence_before() {
    // `the official` after `One European regulator ... said`: the source
    // just described, not the regulator named before.
    let body = "“We are watching supply closely,” agency director Lukas Verhoef said.\n\nOne European regulator involved in the discussions said some countries could run short. “There is no plan B,” the official said.\n";
    let found = run(body);
    assert_eq!(found[0].speaker, some("Lukas Verhoef"));
    assert_eq!(
        found[1].speaker,
        some("One European regulator involved in the discussions")
    );
    assert!(found[1].anonymous);
    // A noun that is no class of the source's: `the minister` answering
    // a resident is the minister named before.
    let body = "“The road will reopen,” Transport Minister Ann Reyes said.\n\nA resident who asked not to be named said the road had been shut for weeks. “We heard that in March,” the minister said.\n";
    let found = run(body);
    assert_ne!(
        found[1].speaker.as_deref(),
        Some("A resident who asked not to be named")
    );
}

#[test]
fn a_day_between_the_leads_subject_and_verb_dates_the_speakers_quotes() {
    // `X yesterday told ...`, as a paper of the next morning writes its
    // lead: the day is the lead speaker's, for their quotes further on.
    let body = "MANILA - Ombudsman Karl Lind yesterday told the Senate court that more than 1,300 names on the receipts were false.\n\n“The receipts were signed by people who do not exist,” Lind said on direct examination.\n\n“It is a lie,” said Ana Vell, an aide.\n";
    assert_eq!(
        dated(body),
        [
            (some("Karl Lind"), "2016-12-08".to_string()),
            (some("Ana Vell"), "2016-12-09".to_string()),
        ]
    );
    // A word of time that tells no day leaves the quotes on the day of
    // the report.
    let body = "Karl Lind later told the Senate court that the names were false.\n\n“They do not exist,” Lind said.\n";
    assert_eq!(dated(body), [(some("Karl Lind"), "2016-12-09".to_string())]);
}

#[test]
fn the_day_a_lead_in_tells_is_the_day_of_its_quote() {
    let body = "Belgrade's negotiator, Ana Vell, went on N1 television on Tuesday to set the terms: “There will be no deal.”\n\nKarl Lind replied in a statement: “We are ready.”\n";
    assert_eq!(
        dated(body),
        [
            (some("Ana Vell"), "2016-12-06".to_string()),
            (some("Karl Lind"), "2016-12-09".to_string()),
        ]
    );
}

#[test]
fn the_same_statement_is_on_the_day_of_the_statement_told() {
    let body = "The company said in a statement on Sunday that it “took our systems offline” to contain the threat. In the same statement, Karl Lind said: “Our hospitals are open.”\n";
    let dates: Vec<String> = dated(body).into_iter().map(|(_, d)| d).collect();
    assert_eq!(dates.last().map(String::as_str), Some("2016-12-04"));
}

#[test]
fn a_lone_honorific_before_a_line_break_names_nobody() {
    // Found by the property test: `U` ends its run of capitals at the
    // line break, so there is no name after the honorific.
    let found = run("]U\r“A");
    assert!(found.iter().all(|q| q.speaker.is_none()), "{found:?}");
}

#[test]
fn a_person_no_rule_resolved_reporting_before_a_pronoun_takes_the_turn() {
    // Najwa is named by one word no list knows, as the subject of a
    // reported frame: `she` next may be her, so it is not Ramzi.
    assert_eq!(
        speakers(
            "“I have been here since six in the morning,” said Ramzi, a schoolteacher.\n\n\
             Najwa, a pharmacist, said prices had risen by a third in ten days. \
             “Every morning the supplier calls with a new price,” she told the paper.\n"
        ),
        [some("Ramzi"), None]
    );
    // Without her, the pronoun goes on with him.
    assert_eq!(
        speakers(
            "“I have been here since six in the morning,” said Ramzi, a schoolteacher.\n\n\
             Prices had risen by a third in ten days. \
             “Every morning the supplier calls with a new price,” he told the paper.\n"
        ),
        [some("Ramzi"), some("Ramzi")]
    );
}

/// `NAME, who on Tuesday urged ... “...”`: the relative pronoun that is
/// the frame's whole subject stands for the name the comma closes;
/// `which` after a clause that ends in a body's name is that body, and
/// never a person.
#[test]
fn a_relative_pronoun_subject_is_the_phrase_before_its_comma() {
    let body = "Tomas Ferrand leads the Relief Committee.\n\n\
        Ferrand, who on Tuesday urged his staff to “stay calm and stay put,” has not \
        accused anyone.\n\n\
        On aid, we are aligned with the Relief Committee, which has said that convoys \
        “must not wait.”\n\n\
        He met Ana Vell's adviser, which said it was “a fine day.”\n";
    let quotes = direct(body);
    assert_eq!(quotes[0].1, some("Tomas Ferrand"), "{quotes:?}");
    assert_eq!(quotes[1].1, some("Relief Committee"), "{quotes:?}");
    // `which` after a person, or after a phrase the rules cannot
    // resolve, names nobody.
    assert_eq!(quotes[2].1, None, "{quotes:?}");
}

/// A question whose label names no one (`Q12 **Chair:**`, an office
/// alone) and calls the witness by name before `you said`: the words it
/// quotes are the witness's.
#[test]
fn you_in_a_question_is_the_person_its_sentence_calls_by_name() {
    let body = "Witnesses: Dana Korvell and Piet Samsa.\n\n\
        Q12 **Chair:** Ms Korvell, on television on 5 October you said, “We are here to \
        build it.” How many of your companies are still whole?\n\n\
        **Dana Korvell:** Most of them.\n\n\
        Q13 **Chair:** On 6 October you said, “We will sell nothing.” Is that still so?\n";
    let quotes = direct(body);
    assert_eq!(quotes[0].1, some("Dana Korvell"), "{quotes:?}");
    // No name in the sentence: nothing tells who `you` is.
    assert_eq!(quotes[1].1, None, "{quotes:?}");
}

#[test]
fn a_noun_for_a_person_no_list_holds_describes_the_one_the_paragraph_follows() {
    // Round forty-two: `the retired pipefitter` is a noun no list holds,
    // said of the one person the paragraph names; a document's noun
    // (`the statement`) and a body's (`the battalion`) are no one's
    // description, and two people named give no one.
    let body = "Tamsin Orrell waited outside the hall with her two dogs. \
                “We lost the barn,” the retired pipefitter said.\n";
    assert_eq!(speakers(body), [some("Tamsin Orrell")]);
    for noun in ["statement", "battalion"] {
        let body = format!(
            "Tamsin Orrell read out the message of the Harrow Battalion. \
             “We lost the barn,” the {noun} said.\n"
        );
        assert_ne!(speakers(&body), [some("Tamsin Orrell")], "{noun}");
    }
    let body = "Tamsin Orrell waited outside the hall with Corin Vasque. \
                “We lost the barn,” the retired pipefitter said.\n";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn an_office_written_by_its_initials_is_the_one_person_with_that_title() {
    // Round forty-two: `the IG`, `The CJ` are the one person whose title
    // has those initials; capitals the article gives a body in brackets
    // are the body's.
    let body = "Inspector-General of Police Japheth Moraa and Chief Justice \
                Wanjiru Keter spoke on Monday.\n\n\
                “Nobody is above the law,” the IG says.\n\n\
                “The court will sit tomorrow,” the CJ says.\n";
    assert_eq!(
        speakers(body),
        [some("Japheth Moraa"), some("Wanjiru Keter")]
    );
    let body = "Inspector-General of Police Japheth Moraa met the Independent \
                Guild (IG) on Monday.\n\n“Nobody is above the law,” the IG says.\n";
    assert_ne!(speakers(body), [some("Japheth Moraa")]);
}

#[test]
fn an_and_inside_the_body_after_a_name_joins_no_second_speaker() {
    // The `and` is in the name of the place the speaker works, not
    // between two speakers.
    assert_eq!(
        speakers(
            "Tobias Lenz of the Institute for International and Security Affairs said the \
             deal was “fragile.”\n\nProfessor Eom Ji-won of Kessel University of Science and \
             Technology said the tunnel was “unsafe.”\n"
        ),
        [some("Tobias Lenz"), some("Eom Ji-won")]
    );
    // A given name after the `and` is a second person: nobody.
    assert_eq!(
        speakers("Ann Reyes of the Institute for Peace and Mary Dorn said it was “over.”\n"),
        [None]
    );
}

#[test]
fn a_full_name_after_a_rank_ends_an_office_with_its_department() {
    // No list knows `Htun`: the rank before the name says it is a
    // person's, and the `and` is inside the commission's name.
    assert_eq!(
        speakers(
            "Chairman of the State Security and Peace Commission Senior General Htun Aung \
             Kyaw, in his message to the delegation, had stressed that “peace is near.”\n"
        ),
        [some("Htun Aung Kyaw")]
    );
    // A body of several with the same department is no person.
    assert_eq!(
        speakers(
            "The Information Team of the State Security and Peace Commission said the army \
             had carried out “a precision operation.”\n"
        ),
        [None]
    );
}

#[test]
fn a_day_opening_the_sentence_is_no_part_of_a_bodys_name() {
    // `On Thursday UN told`: the day after `on` cannot run into a name,
    // so the body is the subject, under the name its file gives it.
    let body = "Talks went on.\n\nOn Thursday UN told every Syrian: “We have the resources to meet demand.”\n\n\
On 7 July UN announced that it was “making inquiries into the circumstances of the failure”.\n\n\
Late on Sunday Ann Reyes told reporters: “Nothing is agreed.”\n\n\
On March 3 UN said: “The corridor is open.”\n";
    assert_eq!(
        speakers(body),
        [
            some("United Nations"),
            some("United Nations"),
            some("Ann Reyes"),
            some("United Nations")
        ]
    );
}

#[test]
fn a_form_of_address_names_no_one() {
    // `Your Lordship published`: the chair speaks to the witness; the
    // words `Your Lordship` are no one's name.
    let body = "The chair opened the session.\n\n\
On the night of the 18th, Your Lordship published the following sentence: “The dam had a valid stability declaration, issued in September by an auditor.”\n";
    let found = speakers(body);
    assert!(
        found.iter().all(|s| s.as_deref() != Some("Your Lordship")),
        "{found:?}"
    );
}

#[test]
fn a_reports_section_number_is_no_part_of_its_subject() {
    // `7.6 The minutes ... record that`: the section number opens the
    // sentence; read with it, the subject was a body named `7.6 The
    // minutes of the`.
    let body = "Report to creditors.\n\n\
7.6 The minutes of the meeting of the Board held on 26 May record that “the Company's solvency is at risk”.\n";
    let found = speakers(body);
    assert!(
        found
            .iter()
            .all(|s| !s.as_deref().is_some_and(|s| s.contains("7.6"))),
        "{found:?}"
    );
}

/// Round forty-three: `The governor stood at the gate and said`: the
/// frame's verb is the second of two joined to one subject; the subject
/// is the words before the first verb. A subject in the first person,
/// or an unnamed one, names no one.
#[test]
fn the_subject_of_a_predicate_joined_to_the_frame_is_before_its_first_verb() {
    let body = "Governor Halla Brunvik of Tarn took office in May.\n\n\
        The governor stood at the Orlan terminal two weeks ago and said the line \
        was “not for sale.”\n\n\
        My colleague looked at the map and said: “The bridge is gone.”\n\n\
        A farmer in Orlan stood by the road and said: “Nobody came.”\n";
    let quotes = direct(body);
    assert_eq!(quotes[0].1, some("Halla Brunvik"), "{quotes:?}");
    assert_eq!(quotes[1].1, None, "{quotes:?}");
    // (The unnamed source keeps the unnamed-source rules' description.)
    assert_ne!(quotes[2].1, some("Halla Brunvik"), "{quotes:?}");
}

/// A body's words that the same sentence says a named person gave out
/// (`in a statement by its regional director, X`, `from spokeswoman X`)
/// are that person's, for the body; a letter `signed by` someone, or no
/// name after the post, leaves the body.
#[test]
fn a_body_speaking_through_a_named_person_is_that_person() {
    for (text, speaker) in [
        (
            "On Tuesday, the Relief Committee called for “access, not goodwill”, in a statement by its regional director for Asia and the Pacific, Ana Brelt.\n",
            some("Ana Brelt"),
        ),
        (
            "The Relief Committee said it had “no evidence of a systemic issue”, in a statement from spokeswoman Ana Brelt responding to the report.\n",
            some("Ana Brelt"),
        ),
        (
            "The Relief Committee said it would come “in the spirit of reconciliation”, according to a statement read on television by its spokesman, Major General Quoren Daltavy.\n",
            some("Quoren Daltavy"),
        ),
    ] {
        let found = run(text);
        assert_eq!(found[0].speaker, speaker, "{text}");
        assert_eq!(found[0].actor.as_deref(), Some("relief"), "{text}");
    }
    for text in [
        "The Relief Committee said it would “judge by actions”, in a letter signed by its president, Ana Brelt.\n",
        "The Relief Committee said it would “judge by actions”, in a statement issued by its press office.\n",
        // The person of the next sentence speaks for herself.
        "The Relief Committee called the rule “unlawful”. In a statement released by the group, its deputy director, Ana Brelt, said it would sue.\n",
    ] {
        assert_eq!(run(text)[0].speaker, some("Relief Committee"), "{text}");
    }
}

/// An unnamed source quoted last holds the turn into the next paragraph:
/// `he` there is the source, not the person quoted before it; `she` after
/// a source whose description tells it (`An Auralis spokeswoman`) is that
/// source, by its description.
#[test]
fn an_unnamed_source_quoted_last_holds_the_turn_into_the_next_paragraph() {
    let commander = "“We have opened the road,” said Karl Lind, the governor.\n\n\
        “The others want to keep the young men, and they will not get them,” \
        one rebel commander told the agency, asking not to be named.\n\n\
        “We will not hand over anyone,” he added.\n";
    let quotes = direct(commander);
    assert_eq!(quotes[0].1, some("Karl Lind"), "{quotes:?}");
    assert_ne!(quotes[2].1, some("Karl Lind"), "{quotes:?}");
    // Without the source between, `he` goes on with the governor.
    let governor = "“We have opened the road,” said Karl Lind, the governor.\n\n\
        “We will not hand over anyone,” he added.\n";
    assert_eq!(speakers(governor), [some("Karl Lind"), some("Karl Lind")]);
    let spokeswoman = "“We were not told,” said Ana Vell, a patient.\n\n\
        An Auralis spokeswoman said the company knew of the claim and would \
        defend it “vigorously and in full, as it always has”.\n\n\
        “Our priority remains the safety of patients,” she said.\n";
    let quotes = direct(spokeswoman);
    assert_eq!(quotes[0].1, some("Ana Vell"), "{quotes:?}");
    assert_eq!(quotes[2].1, some("An Auralis spokeswoman"), "{quotes:?}");
}

/// `they` is the last speaker of any kind, and an unnamed source quoted
/// since the last one remembered is that speaker: not the body before.
#[test]
fn they_after_an_unnamed_source_is_no_body_quoted_before() {
    let body = "Brackwater Capital said the board had shown “a dereliction of its duty”.\n\n\
        A person close to the board said the letter would “change nothing”.\n\n\
        “The board has looked at this three times,” they said.\n";
    let quotes = direct(body);
    assert_eq!(quotes[0].1, some("Brackwater Capital"), "{quotes:?}");
    assert_ne!(quotes[2].1, some("Brackwater Capital"), "{quotes:?}");
    // With no one between, `they` is the body.
    let alone = "Brackwater Capital said the board had shown “a dereliction of its duty”.\n\n\
        “The board has looked at this three times,” they said.\n";
    assert_eq!(
        speakers(alone),
        [some("Brackwater Capital"), some("Brackwater Capital")]
    );
}

#[test]
fn a_familiar_form_the_article_introduces_is_the_person_named_in_full() {
    // `known as`: the familiar form is the same person.
    let body = "Maria Aparecida dos Santos, 58, known as Dona Cida, is still waiting.\n\n“I want my son back,” says Dona Cida.\n";
    assert_eq!(speakers(body), [some("Maria Aparecida dos Santos")]);
    // A word of address before a given name the article gave in full.
    let body = "The parish priest, Father Júlio César Aguiar, held a vigil.\n\n“Today is not a day for sermons,” said Padre Júlio.\n";
    assert_eq!(speakers(body), [some("Júlio César Aguiar")]);
    // Two full names open with the given name: the form stays as written.
    let body =
        "Carmen Ruiz and Carmen Ortega were there.\n\n“We never doubted it,” said Doña Carmen.\n";
    assert_eq!(speakers(body), [some("Doña Carmen")]);
}

#[test]
fn a_family_name_alone_is_the_bearer_the_article_named_not_the_files_namesake() {
    // The files list `Lee` for a chief executive the article never names;
    // the article named the vice minister, family name first.
    let registry = Registry::new(&[actor(
        "sori",
        "Sori Corp.",
        &[],
        None,
        &[("Lee Jae-won", "Chief executive", &["Lee", "CEO Lee"])],
    )]);
    let body = "Second Vice Minister Lee Ga-eun said the ministry had asked carriers to block the links.\n\n“We are blocking new addresses within an hour,” Lee said.\n";
    assert_eq!(
        speakers_and_actors(&registry, body)[0].0.as_deref(),
        Some("Lee Ga-eun")
    );
    // When the article names the listed bearer last, the bare name is his.
    let body = "Lee Ga-eun spoke first. Chief executive Lee Jae-won answered her.\n\n“We are sorry,” Lee said.\n";
    assert_eq!(
        speakers_and_actors(&registry, body)[0].0.as_deref(),
        Some("Lee Jae-won")
    );
}

#[test]
fn a_run_of_paragraphs_that_are_only_quotes_is_one_turn() {
    let body = "“We have done nothing wrong,” Ines Moreau said in a statement on Friday.\n\n\
“The club has followed every rule the league wrote, and we will show that in court.”\n\n\
“We thank our supporters for their patience over a very long and difficult week.”\n";
    assert_eq!(speakers(body), vec![some("Ines Moreau"); 3]);
    // A paragraph of other words ends the run.
    let body = "“We have done nothing wrong,” Ines Moreau said in a statement on Friday.\n\n\
“The club has followed every rule the league wrote, and we will show that in court.”\n\n\
The league has until Monday to reply.\n\n\
“We thank our supporters for their patience over a very long and difficult week.”\n";
    assert_eq!(
        speakers(body),
        [some("Ines Moreau"), some("Ines Moreau"), None]
    );
}

#[test]
fn a_name_a_dateline_opens_with_is_a_place_not_a_person() {
    // A dateline opens with a place, whatever given name is in it.
    let body = "Mae La (Thailand) (AFP) – Naw Eh Htoo was born in a bamboo hut in the camp.\n\n“My mother came here when she was pregnant with me,” she said.\n";
    assert_ne!(speakers(body)[0].as_deref(), Some("Mae La"));
}

#[test]
fn a_quote_after_the_sentence_that_introduces_its_speaker_is_their_turn() {
    let body = "Asked whether his side had deserved more, Gianluca Moretti paused. \
“Football does not pay you for what you deserve. It pays you for goals.”\n";
    assert_eq!(speakers(body), [some("Gianluca Moretti")]);
    let occurrences = run(body);
    let quote =
        (occurrences.iter().find(|o| o.kind == QuoteKind::Direct)).expect("the quote is read");
    assert_eq!(quote.rule, Some(Rule::AfterIntroduction));
    let found = direct(body);
    assert_eq!(
        found[0].0,
        "Football does not pay you for what you deserve. It pays you for goals."
    );
    let body = "The vote was close. Lena Ortiz was blunt.\n\n\
“The plan is dead and everyone in this building knows it.”\n";
    assert_eq!(speakers(body), [some("Lena Ortiz")]);
    // A credit line signs the quote before it, a document read out may
    // be whose words follow, a bold question is the interviewer's, and a
    // sentence between ends the turn.
    for body in [
        "— Admiral Jo Lin, Commandant\n\n“The vessel came straight at us and gave us no room.”\n",
        "Ana Costa read out the letter.\n\n“We will not be moved from this land, not now and not ever.”\n",
        "**Has Ana Costa asked the ministry to intervene?**\n\n“I will not get into private conversations today.”\n",
        "Lena Ortiz was blunt. The room went quiet. “The plan is dead and everyone knows it.”\n",
    ] {
        assert_eq!(speakers(body), [None], "{body}");
    }
}

#[test]
fn a_full_name_after_a_lowercase_description_is_the_subject_a_pronoun_means() {
    // `71-year-old retired teacher Girma Wolde` after an opening
    // adverbial: the profession says a person is named, though no list
    // knows the given name; `he` next is him, not the man quoted before.
    let body = "“The water is ours,” Tom Reed said.\n\nIn Bahir Dar, near the lake, 71-year-old retired teacher Girma Wolde recited an old proverb.\n\n“Water will look for another road,” he said.\n";
    assert_eq!(speakers(body), [some("Tom Reed"), some("Girma Wolde")]);
    // A verb before the noun: the name is its object, no subject.
    let body = "“The water is ours,” Tom Reed said.\n\nOn Monday, police arrested protester Girma Wolde near the lake.\n\n“Water will look for another road,” he said.\n";
    assert_eq!(speakers(body)[0], some("Tom Reed"));
    assert_ne!(speakers(body)[1], some("Girma Wolde"));
}

#[test]
fn a_day_opening_the_sentence_without_a_comma_is_no_part_of_its_subject() {
    // `On August 17 Ona Vesk walked out`: she is introduced, though no
    // list knows her given name; `she` is her, not the woman quoted
    // before.
    let body = "“That is not it,” Mia Holt said.\n\nThe petitioners believed the split was their card.\n\nOn August 17 Ona Vesk walked out of her home and made a promise.\n\n“We will go to the court,” she said.\n";
    assert_eq!(speakers(body), [some("Mia Holt"), some("Ona Vesk")]);
}

/// Round forty-five: a body's document whose owner is written with `The`
/// (`The company's statement`, `The ABA's letter to this committee of
/// August 30`) speaks for the owner as the same words would as a subject.
#[test]
fn a_document_owned_by_a_body_written_with_the_speaks_for_it() {
    let registry = Registry::new(&[
        actor("aba", "American Bar Association", &["ABA"], None, &[]),
        actor_of_kind("company", "acme", "Acme Holdings"),
    ]);
    let body = "Acme Holdings cut jobs on Monday.\n\n\
                The company's statement said it was \u{201c}not at fault.\u{201d}\n\n\
                The ABA's letter to this committee of August 30 says the judge was \
                \u{201c}well qualified.\u{201d}";
    let got = speakers_and_actors(&registry, body);
    assert_eq!(
        got,
        vec![
            (Some("Acme Holdings".into()), Some("acme".into())),
            (Some("American Bar Association".into()), Some("aba".into())),
        ]
    );
}

/// Round forty-five: `X, whose statement said`, and a clause that tells
/// who made a document before the `which` or `that` that speaks for it.
#[test]
fn a_document_told_in_a_relative_clause_speaks_for_its_owner_or_maker() {
    let registry = Registry::new(&[
        actor(
            "senate",
            "Tarn Senate",
            &[],
            None,
            &[("Rosa Quintero", "Senator", &["Quintero"])],
        ),
        actor_of_kind("company", "acme", "Acme Holdings"),
    ]);
    let body = "Sen. Rosa Quintero, whose statement that morning said she had \
                \u{201c}grave doubts,\u{201d} voted no.\n\n\
                A statement the Tarn Senate issued on Wednesday, which said the order was \
                \u{201c}issued in error,\u{201d} was withdrawn.\n\n\
                Acme Holdings published a statement that said the plant was \
                \u{201c}safe for now.\u{201d}";
    let got = speakers_and_actors(&registry, body);
    assert_eq!(
        got,
        vec![
            (Some("Rosa Quintero".into()), Some("senate".into())),
            (Some("Tarn Senate".into()), Some("senate".into())),
            (Some("Acme Holdings".into()), Some("acme".into())),
        ]
    );
}

/// Round forty-five: `I have a letter here from X. It says`: `here`
/// stands between a document and its issuer as a time word does.
#[test]
fn a_letter_here_from_a_body_is_what_it_says_means() {
    let registry = Registry::new(&[
        actor("fda", "Food and Drug Administration", &["FDA"], None, &[]),
        actor("dpan", "Diabetes Patient Network", &[], None, &[]),
    ]);
    let body = "The FDA said the risk was \u{201c}low.\u{201d}\n\n\
                I have a letter here from the Diabetes Patient Network. It says: \
                \u{201c}Our members found out from a video.\u{201d}";
    let got = speakers_and_actors(&registry, body);
    assert_eq!(
        got[1],
        (Some("Diabetes Patient Network".into()), Some("dpan".into()))
    );
}

#[test]
fn a_translated_report_puts_any_verb_before_the_name_after_a_quote() {
    // French, Italian or Portuguese copy in translation: `confie`,
    // `indique`, `résume` before the speaker's name.
    let body = "“For us, it is the waiting that is hardest,” confides Julien Marot, 29, \
a machinist on the landing-gear line.\n";
    assert_eq!(speakers(body), [some("Julien Marot")]);
    let body = "“The fire lay down overnight,” indicated Amélie Gaudreau, information officer \
at the fire centre.\n";
    assert_eq!(speakers(body), [some("Amélie Gaudreau")]);
    // A title and a surname are a name too.
    let body = "“A quota without cows does not pay the bank,” summarizes Ms. Tremblay.\n";
    assert_eq!(speakers(body), [some("Tremblay")]);
    // A title's quote whose verb names someone in something else, an
    // outlet reporting words, and a verb with no name after it are no
    // frame.
    for body in [
        "That ad, titled “Show Up,” featured Ms. Corriveau on a hospital visit.\n",
        "“The talks have stalled,” reports Agence France-Presse.\n",
        "“The talks have stalled,” follows the statement.\n",
    ] {
        assert!(speakers(body).iter().all(Option::is_none), "{body}");
    }
}

#[test]
fn a_label_of_a_name_and_a_colon_frames_the_quote_after_it() {
    // Live blogs and digests: the speaker's name, described, and no verb.
    for (body, speaker) in [
        (
            "The opposition reacted within minutes. Greens health spokesperson Mara Quell: \
“The minister has run out of excuses and out of time.”\n",
            "Mara Quell",
        ),
        (
            "A few words from the prosecutor Livia Sarto, leaving courtroom 4: \
“There is no satisfaction in a day like this.”\n",
            "Livia Sarto",
        ),
        (
            "Dario Venn, for the governor-elect: “This is a victory for every voter in the state.”\n",
            "Dario Venn",
        ),
    ] {
        assert_eq!(speakers(body), [some(speaker)], "{body}");
    }
    // A name after another preposition is the one addressed, and a
    // sentence with a verb of its own is no label.
    for body in [
        "Race engineer Tom Akker to Luca Berna: “Do the swap, the team needs it now.”\n",
        "Ministers attacked Jo Lindqvist: “She has failed every family in this city.”\n",
    ] {
        assert_eq!(speakers(body), [None], "{body}");
    }
}

/// The files list the minister `Karim Abdel Vanu` with the alias `Abdel
/// Vanu`; the article also quotes a professor of that surname.
fn vanu_registry() -> Registry {
    Registry::new(&[actor(
        "egypt",
        "Egypt",
        &["Cairo"],
        None,
        &[(
            "Karim Abdel Vanu",
            "Minister of Water Resources",
            &["Abdel Vanu"],
        )],
    )])
}

#[test]
fn a_given_name_before_a_listed_surname_is_another_bearers_name() {
    let body = "Water Minister Karim Abdel Vanu said the figure was a floor.\n\n“It is a floor, not a ceiling,” Abdel Vanu said.\n\n“It is the first number on paper,” said Hala Abdel Vanu, professor of hydrology at Cairo University.\n";
    assert_eq!(
        speakers_and_actors(&vanu_registry(), body),
        [
            (some("Karim Abdel Vanu"), some("egypt")),
            (some("Karim Abdel Vanu"), some("egypt")),
            (some("Hala Abdel Vanu"), None)
        ]
    );
    // A title before the listed surname is no given name: the minister.
    let body = "“It is a floor, not a ceiling,” said Minister Abdel Vanu.\n";
    assert_eq!(
        speakers_and_actors(&vanu_registry(), body),
        [(some("Karim Abdel Vanu"), some("egypt"))]
    );
}

/// The files list the grid operator's chief `Graham Tellison`, aliased
/// `Tellison`.
fn tellison_registry() -> Registry {
    Registry::new(&[actor(
        "grid",
        "Grid Operator",
        &["GridCo"],
        None,
        &[(
            "Graham Tellison",
            "Chief Executive Officer, GridCo",
            &["Tellison"],
        )],
    )])
}

#[test]
fn a_namesake_denied_after_a_long_description_is_not_the_bare_surname() {
    // `no relation to` opens a description of eight words before the
    // chief's name: he is the namesake, told of by given name after.
    let body = "In Dallas, state Rep. Marcus Tellison — no relation to the Grid Operator of the State chief executive Graham Tellison — stood outside the centre.\n\n“My constituents have had no power since Monday,” said Tellison, a Democrat.\n\n“We are asking for patience,” Graham Tellison said.\n\nThe lawmaker was unimpressed. “I am not interested in patience,” Tellison said.\n";
    assert_eq!(
        speakers_and_actors(&tellison_registry(), body),
        [
            (some("Marcus Tellison"), None),
            (some("Graham Tellison"), some("grid")),
            (some("Marcus Tellison"), None)
        ]
    );
    // Without the denial, the bare surname is the chief the files list.
    let body = "In Dallas, Graham Tellison spoke outside the centre.\n\n“We are asking for patience,” Tellison said.\n";
    assert_eq!(
        speakers_and_actors(&tellison_registry(), body),
        [(some("Graham Tellison"), some("grid"))]
    );
}

#[test]
fn a_bare_surname_is_the_articles_one_bearer_not_a_files_namesake_never_named() {
    // The files list the whip `Sibu Dlamundi` (alias `Dlamundi`); the
    // article names only the utility's director of that surname.
    let registry = Registry::new(&[actor(
        "party",
        "Party",
        &[],
        None,
        &[("Sibu Dlamundi", "Chief whip", &["Dlamundi"])],
    )]);
    let body = "The mayor, flanked by Water managing director Thandeka Dlamundi, faced questions.\n\nDlamundi said a second transformer would be installed so that the station had no “single point of failure”.\n";
    assert_eq!(
        speakers_and_actors(&registry, body),
        [(some("Thandeka Dlamundi"), None)]
    );
    // The article names the whip by title too: the files' holder may be
    // meant, so the rule stands aside.
    let body = "The mayor, flanked by Water managing director Thandeka Dlamundi, faced questions from Chief Whip Dlamundi.\n\nDlamundi said a second transformer would be installed so that the station had no “single point of failure”.\n";
    assert_ne!(
        speakers_and_actors(&registry, body),
        [(some("Thandeka Dlamundi"), None)]
    );
}

#[test]
fn a_surname_whose_own_clause_denies_a_bearer_is_the_other_one() {
    let registry = Registry::new(&[actor(
        "tonga",
        "Tonga Government",
        &["Tonga"],
        None,
        &[(
            "Tevita Uata Kaufa",
            "Prime Minister of Tonga",
            &["Kaufa", "Prime Minister Kaufa"],
        )],
    )]);
    let body = "Dr Miliakere Kaufa, the agency's principal fisheries scientist, spoke at the launch.\n\n“That is a political number,” said Dr Kaufa, who is no relation to Tonga's Prime Minister, Hon. Tevita Uata Kaufa.\n";
    // (The actor is read from the clause, which names Tonga: a known
    // limit of the affiliation rules, not of who spoke.)
    let found = speakers_and_actors(&registry, body);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, some("Miliakere Kaufa"));
}

#[test]
fn a_storm_named_with_a_given_name_is_no_one_she_means() {
    // Round forty-seven: `Hurricane Marisol` introduces no one, so
    // neither it nor `Marisol` alone is the `she` after.
    let body = "Hurricane Marisol shoved a wall of water through the parish.\n\n\
Administrator Carolyn Voss was confirmed last year. Before Marisol, her tenure was quiet. \
On Aug. 25 she told an interviewer that FEMA had “never been more ready” for a storm.\n";
    assert_eq!(speakers(body), [some("Carolyn Voss")]);
    // Must not: a woman whose given name is the storm's is a person.
    let body = "Marisol Tapia runs the shelter. “We have no water,” she said.\n";
    assert_eq!(speakers(body), [some("Marisol Tapia")]);
}

#[test]
fn a_place_in_the_pieces_before_a_pronoun_does_not_stand_in_for_the_person_after_it() {
    let body = "Supreme Court nominee Theodore Halloran spoke on Tuesday.\n\n\
The son of a school secretary from Joliet, Illinois, Halloran spoke of his late mother. \
“She used to tell me to be fair to everybody in the room,” he said.\n";
    assert_eq!(speakers(body), [some("Theodore Halloran")]);
}

#[test]
fn a_title_abbreviation_is_no_name_and_the_name_after_it_is() {
    let body = "Adv. Nosipho Gqamana chairs the commission.\n\n\
“The Commission will be requesting documents going back five years,” said Adv. Gqamana.\n";
    assert_eq!(speakers(body), [some("Nosipho Gqamana")]);
    // A phrase of time opening the sentence is no one described.
    let body = "Manjunath Biradar said nobody had asked him. Two days later, after a meeting \
with the elder Gowda, the MLA said he had been treated “like a father” by him.\n";
    assert!(
        run(body)
            .iter()
            .all(|o| o.speaker.as_deref() != Some("Two days later"))
    );
}

#[test]
fn a_transcript_label_never_takes_words_its_own_frame_gives_to_another() {
    let body = "NPR's Aya Batrawy reports.\n\n\
AYA BATRAWY, BYLINE: At the airport, a man named Mohammed Qaid waited for his son.\n\n\
MOHAMMED QAID: (Speaking Arabic).\n\n\
BATRAWY: “Thank God, thank God, he is alive,” he says, over and over.\n";
    assert!(
        speakers(body)
            .iter()
            .all(|s| s.as_deref() != Some("Aya Batrawy"))
    );
    // Must not: the label's own words, with no frame, are the label's.
    let body = "NPR's Aya Batrawy reports.\n\n\
AYA BATRAWY, BYLINE: At the airport, a man waited for his son.\n\n\
BATRAWY: “The father fell to his knees when he saw him.”\n";
    assert_eq!(speakers(body), [some("Aya Batrawy")]);
}
