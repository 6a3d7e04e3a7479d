//! Rule examples: sentences each rule must match, and sentences it must not. A rule is not
//! done until its examples pass. The sentences are written for these tests in news style.

use super::*;

fn names(x: &Extraction, kind: EntityKind) -> Vec<String> {
    let mut v: Vec<String> = x
        .entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.name.clone())
        .collect();
    v.sort();
    v
}

fn roles(x: &Extraction) -> Vec<(String, String, String)> {
    x.roles
        .iter()
        .map(|r| {
            (
                x.entities[r.holder].name.clone(),
                r.title.clone(),
                r.of.map(|o| x.entities[o].name.clone()).unwrap_or_default(),
            )
        })
        .collect()
}

fn accusations(x: &Extraction) -> Vec<(String, String)> {
    x.accusations
        .iter()
        .map(|a| {
            (
                x.entities[a.accuser].name.clone(),
                x.entities[a.accused].name.clone(),
            )
        })
        .collect()
}

fn denials(x: &Extraction) -> Vec<String> {
    x.denials
        .iter()
        .map(|d| x.entities[d.denier].name.clone())
        .collect()
}

fn run(text: &str) -> Extraction {
    Extractor::new().extract(text)
}

#[test]
fn people_with_titles_given_names_and_short_forms_are_one_entity_each() {
    let x = run("President Maria Lopez met Gen. Tomas Vidal on Monday. Lopez said the talks went well, and Vidal agreed.");
    assert_eq!(
        names(&x, EntityKind::Person),
        vec!["Maria Lopez", "Tomas Vidal"]
    );
    let lopez = x.entities.iter().find(|e| e.name == "Maria Lopez").unwrap();
    assert_eq!(lopez.mentions.len(), 2);
}

#[test]
fn places_organizations_and_common_words_are_not_people() {
    let x = run("The Central Bank of Ruritania said Downing Street and the Supreme Court met in Punta del Este. Reactions were mixed.");
    assert!(
        names(&x, EntityKind::Person).is_empty(),
        "{:?}",
        names(&x, EntityKind::Person)
    );
    assert!(names(&x, EntityKind::Organization).contains(&"Central Bank of Ruritania".to_owned()));
}

#[test]
fn countries_by_name_demonym_and_capital_for_government() {
    let x =
        run("Beijing said Chinese officials would talk to Britain. A hearing was held in Moscow.");
    assert_eq!(
        names(&x, EntityKind::Country),
        vec!["China", "United Kingdom"]
    );
}

#[test]
fn roles_before_and_after_names_with_owners() {
    let x = run("Ruritanian Foreign Minister Anna Berg spoke. Acme Corp chief executive John Hale said so. Paul Gray, a French trade official, disagreed.");
    let r = roles(&x);
    assert!(
        r.contains(&("Anna Berg".into(), "foreign minister".into(), "".into()))
            || r.iter()
                .any(|x| x.0 == "Anna Berg" && x.1 == "foreign minister"),
        "{r:?}"
    );
    assert!(
        r.contains(&(
            "John Hale".into(),
            "chief executive".into(),
            "Acme Corp".into()
        )),
        "{r:?}"
    );
    assert!(
        r.contains(&("Paul Gray".into(), "trade official".into(), "France".into())),
        "{r:?}"
    );
}

#[test]
fn role_of_an_organization_after_of() {
    let x =
        run("The head of the National Energy Agency (NEA), General David Stone, warned lawmakers.");
    let r = roles(&x);
    assert!(
        r.contains(&(
            "David Stone".into(),
            "head".into(),
            "National Energy Agency".into()
        )),
        "{r:?}"
    );
    assert!(
        r.iter().any(|x| x.0 == "David Stone" && x.1 == "general"),
        "{r:?}"
    );
}

#[test]
fn active_accusations_with_countries_and_people() {
    let x = run("Senator John Wade accused the Iranian government of supporting terrorism.");
    assert_eq!(accusations(&x), vec![("John Wade".into(), "Iran".into())]);
    assert_eq!(x.accusations[0].charge, "supporting terrorism");
    let x = run("France blamed Germany for the collapse of the talks.");
    assert_eq!(accusations(&x), vec![("France".into(), "Germany".into())]);
    let x = run("Japan charged Canada with violating the treaty.");
    assert_eq!(accusations(&x), vec![("Japan".into(), "Canada".into())]);
}

#[test]
fn accusations_need_a_named_accuser() {
    // passive without an agent, adjectives, and no cue at all
    for text in [
        "Acme Corp was accused of fraud.",
        "The accused man, Peter Cole, left the court.",
        "An alleged plot was foiled in Brazil.",
        "Brazil and Argentina signed a trade accord.",
    ] {
        assert!(run(text).accusations.is_empty(), "{text}");
    }
}

#[test]
fn espionage_charges_get_their_category() {
    let x = run("Russia accused Estonia of spying on its navy.");
    assert_eq!(x.accusations[0].cameo, "1125");
}

#[test]
fn denials_and_the_accusation_in_a_rejected_charge() {
    let x = run("NORWAY REJECTS SWEDISH FISHING CHARGES");
    assert_eq!(denials(&x), vec!["Norway"]);
    assert_eq!(accusations(&x), vec![("Sweden".into(), "Norway".into())]);
    assert_eq!(x.denials[0].answers, Some(0));
    let x =
        run("Chile denied the report. The minister, Ana Ruiz, dismissed the claims as baseless.");
    assert!(denials(&x).contains(&"Chile".to_owned()));
    // no denial cue, no denial
    assert!(run("Chile accepted the report.").denials.is_empty());
    // "was denied bail" is not a denial by anyone
    assert!(run("Peter Cole was denied bail.").denials.is_empty());
}

#[test]
fn evidence_spans_slice_the_text_exactly() {
    let text = "“Zoë Ångström,” said Premier Li Wei, accused Japan of lying.";
    let x = run(text);
    let chars: Vec<char> = text.chars().collect();
    for e in &x.entities {
        for m in &e.mentions {
            assert!(text.get(m.span.bytes.clone()).is_some());
            let by_chars: String = chars[m.span.chars.clone()].iter().collect();
            assert_eq!(by_chars, &text[m.span.bytes.clone()]);
        }
    }
}

#[test]
fn never_panics_on_odd_input() {
    let samples = [
        "",
        " ",
        "\n\n",
        "A",
        "U.S.",
        "Mr.",
        "'s",
        "al-",
        "d'",
        "Gen. ,",
        "(((",
        ")))",
        "Mr. .",
        "ACCUSED OF",
        "X accused",
        "accused of",
        "He denied",
        "“”",
        "\u{0}",
        "é\u{301}",
        "The (EC) accused (GATT) of",
        "Kuwait's",
        "Its lawyer, ,",
        "Prime Minister",
        "and and and",
        "Iranian Charge d'Affaires",
        "said that he",
        "rejected charges",
        "denials of",
        // a name that ends the text, with and without "of" after it
        "Victims",
        "Victims of",
        "Victims of Crime Trust",
        "analyst Orin Middleton",
        // a title's possessor and a description noun that end the text
        "Emilio Botin, chairman of Spain's biggest bank",
        "Botin is chairman of Spain's biggest bank",
        // a nickname, a legislature, a charge's source, each at the very end
        "Paul \"Gazza\"",
        "the Taiwan parliament",
        "Chile accused Peru. The criticism came from",
    ];
    for s in samples {
        let x = run(s);
        for e in &x.entities {
            for m in &e.mentions {
                assert!(s.get(m.span.bytes.clone()).is_some(), "{s:?}");
            }
        }
    }
    // every prefix and suffix of a realistic sentence
    let text = "Kuwait's Foreign Ministry, citing KUNA, said Sheikh Saad al-Sabah denied Iran's charges that U.S. Gen. Ray Li spied.";
    for (i, _) in text.char_indices() {
        run(&text[..i]);
        run(&text[i..]);
    }
}

#[test]
fn an_organization_then_a_title_then_a_name_is_two_entities() {
    let x =
        run("Ruritania Central Bank Governor Anna Berg said rates would rise. Berg spoke later.");
    assert_eq!(names(&x, EntityKind::Person), vec!["Anna Berg"]);
    assert!(roles(&x).contains(&(
        "Anna Berg".into(),
        "governor".into(),
        "Ruritania Central Bank".into()
    )));
}

#[test]
fn joined_critics_both_accuse() {
    let x = run("The spokesman said the European Union was joined by Canada in criticising Peru for closing its ports.");
    let acc = accusations(&x);
    assert!(
        acc.contains(&("European Union".into(), "Peru".into())),
        "{acc:?}"
    );
    assert!(acc.contains(&("Canada".into(), "Peru".into())), "{acc:?}");
}

#[test]
fn made_the_charge_repeats_the_last_accusation() {
    let x = run("Norway accused Chile of dumping steel. Norwegian envoy Karl Maas made the formal charge to the trade body on Monday.");
    let acc = accusations(&x);
    assert!(
        acc.contains(&("Karl Maas".into(), "Chile".into())),
        "{acc:?}"
    );
    // no earlier accusation, nothing to repeat
    let x = run("Envoy Karl Maas made the formal charge to the trade body on Monday.");
    assert!(accusations(&x).is_empty());
}

#[test]
fn evidence_of_an_act_accuses_its_doer_but_evidence_from_does_not() {
    let x = run("Opposition leader Karl Maas said there was strong evidence Prime Minister Anna Berg approved the sale of rifles to the rebels.");
    assert_eq!(
        accusations(&x),
        vec![("Karl Maas".into(), "Anna Berg".into())]
    );
    let x = run("Karl Maas said evidence from Anna Berg suggests growth will slow.");
    assert!(accusations(&x).is_empty());
}

#[test]
fn passive_fraud_accuses_the_other_party_and_victims_are_not_accused() {
    let x = run("But Ostbank - itself a target of a Koral Oil lawsuit - said documents had been backdated to strengthen the case.");
    assert_eq!(
        accusations(&x),
        vec![("Ostbank".into(), "Koral Oil".into())]
    );
    let x = run("Peru said 200 Chileans had been killed in the fighting.");
    assert!(accusations(&x).is_empty(), "{:?}", accusations(&x));
    let x = run("Acme Corp said its Bolt Co unit broke off merger talks with Zenith Inc.");
    assert!(accusations(&x).is_empty(), "{:?}", accusations(&x));
}

#[test]
fn a_country_its_president_accuses_is_not_the_president_s_country() {
    let x = run("President Anna Berg accused the Chilean government of supporting the rebels.");
    let r = roles(&x);
    assert!(!r.iter().any(|(_, _, of)| of == "Chile"), "{r:?}");
}

#[test]
fn in_her_capacity_as_gives_a_role() {
    let x = run("Anna Berg spoke at the rally. Her office said she was speaking in her capacity as a lawyer.");
    assert!(
        roles(&x).contains(&("Anna Berg".into(), "lawyer".into(), String::new())),
        "{:?}",
        roles(&x)
    );
}

#[test]
fn a_name_after_an_institution_of_a_title_is_a_person() {
    let x =
        run("Chancellor of the Exchequer Nigel Lawson said rates would fall. Lawson spoke later.");
    assert_eq!(names(&x, EntityKind::Person), vec!["Nigel Lawson"]);
    assert!(
        roles(&x).contains(&(
            "Nigel Lawson".into(),
            "chancellor of the exchequer".into(),
            String::new()
        )),
        "{:?}",
        roles(&x)
    );
}

#[test]
fn multiword_titles_keep_their_words_and_have_no_false_owner() {
    let x = run("Secretary of State James Baker said so. Baker left.");
    assert_eq!(
        roles(&x),
        vec![(
            "James Baker".into(),
            "secretary of state".into(),
            String::new()
        )]
    );
}

#[test]
fn a_capital_stands_for_the_historical_state_the_article_names() {
    let x = run("The Soviet Union rejected the plan. Moscow said the talks had failed.");
    assert_eq!(names(&x, EntityKind::Country), ["Soviet Union"]);
    let x = run("Moscow said the talks had failed.");
    assert_eq!(names(&x, EntityKind::Country), ["Russia"]);
    let x = run("Yugoslav troops crossed the border. Belgrade denied it.");
    assert_eq!(names(&x, EntityKind::Country), ["Yugoslavia"]);
}

#[test]
fn capitalized_words() {
    for w in [
        "Obama",
        "al-Sabah",
        "d'Affaires",
        "U.S.",
        "Jean-Pierre",
        "O'Neill",
        "Zoë",
    ] {
        assert!(crate::text::is_capitalized(w), "{w}");
    }
    for w in [
        "the",
        "well-known",
        "anti-American",
        "o'clock",
        "al",
        "élan",
        "1987",
        "-",
    ] {
        assert!(!crate::text::is_capitalized(w), "{w}");
    }
}

#[test]
fn a_hyphenated_compound_of_modifiers_stays_in_the_title() {
    let x = run("Moscow has agreed to talks, Chinese Vice-Foreign Minister Qian Qichen said.");
    assert_eq!(
        roles(&x),
        [(
            "Qian Qichen".to_owned(),
            "vice-foreign minister".to_owned(),
            "China".to_owned()
        )]
    );
}

#[test]
fn countries_inside_compounds_and_after_a_dropped_form() {
    // a blocker covers its words inside a compound; a country form that fails the word
    // boundary ("West German" after a hyphen) leaves the words after it to be found
    let x = run("Texas-New Mexico Power Co sold bonds. Talks on Soviet-West German ventures.");
    assert_eq!(names(&x, EntityKind::Country), ["Germany"]);
    let x = run("Prices rose...The Philippines bought wheat.");
    assert_eq!(names(&x, EntityKind::Country), ["Philippines"]);
}

#[test]
fn names_get_single_spaces() {
    for (raw, name) in [
        ("Barack Obama", "Barack Obama"),
        ("Barack  Obama", "Barack Obama"),
        (" Barack Obama\n", "Barack Obama"),
        ("Barack\nObama", "Barack Obama"),
        ("Barack\u{a0}Obama", "Barack Obama"),
        ("Zoë\tBerg", "Zoë Berg"),
    ] {
        assert_eq!(normalize_space(raw), name, "{raw:?}");
    }
}

#[test]
fn a_title_for_another_person_is_not_that_person_s_and_takes_its_country() {
    let x = run("The spokesman for Prime Minister Tony Blair, Tom Kelly, said Britain would wait.");
    assert!(
        !roles(&x)
            .iter()
            .any(|r| r.0 == "Tony Blair" && r.1 == "spokesman"),
        "{:?}",
        roles(&x)
    );
    let x = run(
        "Prime Minister Tony Blair was in Paris. Tom Kelly, spokesman for Tony Blair, said \
         Britain would wait.",
    );
    assert!(
        roles(&x).contains(&(
            "Tom Kelly".to_owned(),
            "spokesman".to_owned(),
            "United Kingdom".to_owned()
        )),
        "{:?}",
        roles(&x)
    );
}

#[test]
fn a_country_another_holder_s_title_names_is_not_the_default_owner() {
    let x = run(
        "Tehran protested. It said Iranian Charge d'Affaires Mohammad Baqeri was summoned by \
         the Kuwaiti ministry to confer with Foreign Undersecretary Suleiman Majed al-Shaheen. \
         Kuwait wants calm.",
    );
    let r = roles(&x);
    assert!(
        r.iter()
            .any(|r| r.0 == "Suleiman Majed al-Shaheen" && r.2 == "Kuwait"),
        "{r:?}"
    );
}

#[test]
fn an_organization_after_to_then_a_name_is_two_entities() {
    let x = run("Ambassador to the United Nations John Bolton said so.");
    assert_eq!(names(&x, EntityKind::Person), ["John Bolton"]);
    assert_eq!(
        roles(&x),
        [(
            "John Bolton".to_owned(),
            "ambassador".to_owned(),
            "United Nations".to_owned()
        )]
    );
    // a name after "for" with no organization before it stays whole
    let x = run("UAE Minister of State for Foreign Affairs Rashid Abdulla al-Nuaimi said today.");
    assert_eq!(names(&x, EntityKind::Person), ["Rashid Abdulla al-Nuaimi"]);
}

#[test]
fn his_after_a_titled_person_shares_that_person_s_country() {
    let x = run(
        "Germany agreed, Germany said. The meeting was attended by French President Francois \
         Mitterrand, his Prime Minister Jacques Chirac and Chancellor Helmut Kohl.",
    );
    let r = roles(&x);
    assert!(
        r.contains(&(
            "Jacques Chirac".to_owned(),
            "prime minister".to_owned(),
            "France".to_owned()
        )),
        "{r:?}"
    );
    assert!(
        r.contains(&(
            "Helmut Kohl".to_owned(),
            "chancellor".to_owned(),
            "Germany".to_owned()
        )),
        "{r:?}"
    );
}

#[test]
fn a_relative_clause_on_the_one_blamed_is_no_charge() {
    let x = run("Apex Mining Corp blamed Delta Steel Inc, which is based in Ohio.");
    assert_eq!(
        accusations(&x),
        [("Apex Mining Corp".to_owned(), "Delta Steel Inc".to_owned())]
    );
    assert_eq!(x.accusations[0].charge, "");
    let x = run("Apex Mining Corp criticised Delta Steel Inc, saying it had polluted the river.");
    assert_eq!(x.accusations[0].charge, "saying it had polluted the river");
}
