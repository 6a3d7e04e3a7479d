//! The rule examples: every rule in the registry (`newsgraph_extract::extract::RULES`) has sentences it
//! must match and sentences it must not, with the exact facts, in `tests/rules/*.tsv`:
//!
//! ```text
//! rule <TAB> + or - <TAB> text <TAB> fact
//! ```
//!
//! A fact is written by the rule's family: `accuser -> accused` (accusation.*), `denier`
//! (denial.*), `holder | title | owner` (role.*, owner may be empty), or an entity's name
//! (person.*, org.*, country.*). A `+` line passes when the rule makes that fact from the text;
//! a `-` line passes when it does not (`*` as the fact: when the rule makes nothing at all).
//! The sentences are written for these tests in news style; none is copied from an article.
//!
//! The suite fails when a rule has fewer than two `+` lines or no `-` line, when a line names a
//! rule the registry does not know, or when the source writes a rule id the registry lacks.
//! It needs only the extractor: `cargo test -p newsgraph-extract` builds neither Oxigraph nor
//! a store. The example files stay at the top, in `tests/rules/`.

use newsgraph_extract::extract::{Extraction, Extractor, RULES};
use std::collections::BTreeMap;
use std::path::Path;

struct Example {
    file: String,
    line: usize,
    rule: String,
    positive: bool,
    text: String,
    fact: String,
}

fn examples() -> Vec<Example> {
    // (the example files are at the top of the repository)
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/rules");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/rules exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let data = std::fs::read_to_string(&path).expect("readable examples");
        for (i, line) in data.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                cols.len(),
                4,
                "{file}:{}: want 4 tab-separated columns, got {}",
                i + 1,
                cols.len()
            );
            assert!(
                cols[1] == "+" || cols[1] == "-",
                "{file}:{}: the second column is + or -",
                i + 1
            );
            out.push(Example {
                file: file.clone(),
                line: i + 1,
                rule: cols[0].to_owned(),
                positive: cols[1] == "+",
                // ("\n" in the file is a line break: a headline, a blank line, the body)
                text: cols[2].replace("\\n", "\n"),
                fact: cols[3].trim().to_owned(),
            });
        }
    }
    out
}

/// The facts `rule` made in `x`, written as the examples write them.
fn facts_of(x: &Extraction, rule: &str) -> Vec<String> {
    let name = |i: usize| x.entities[i].name.clone();
    let family = rule.split('.').next().unwrap_or("");
    match family {
        "accusation" => x
            .accusations
            .iter()
            .filter(|a| a.rule == rule)
            .map(|a| format!("{} -> {}", name(a.accuser), name(a.accused)))
            .collect(),
        "denial" => x
            .denials
            .iter()
            .filter(|d| d.rule == rule)
            .map(|d| name(d.denier))
            .collect(),
        "role" => x
            .roles
            .iter()
            .filter(|r| r.rule == rule)
            .map(|r| {
                format!(
                    "{} | {} | {}",
                    name(r.holder),
                    r.title,
                    r.of.map(name).unwrap_or_default()
                )
                .trim_end()
                .to_owned()
            })
            .collect(),
        _ => x
            .entities
            .iter()
            .filter(|e| e.rule == rule || e.mentions.iter().any(|m| m.rule == rule))
            .map(|e| e.name.clone())
            .collect(),
    }
}

/// Everything the extractor made, for a failure message.
fn describe(x: &Extraction) -> String {
    let mut out = String::new();
    for e in &x.entities {
        out += &format!("  entity {:?} {:?} ({})\n", e.kind, e.name, e.rule);
    }
    for r in RULES {
        if r.id.starts_with("person.") || r.id.starts_with("org.") || r.id.starts_with("country.") {
            continue;
        }
        for f in facts_of(x, r.id) {
            out += &format!("  {}: {f}\n", r.id);
        }
    }
    out
}

#[test]
fn every_rule_example_holds() {
    let extractor = Extractor::new();
    let mut failures = Vec::new();
    for ex in examples() {
        let x = extractor.extract(&ex.text);
        let facts = facts_of(&x, &ex.rule);
        let ok = if ex.positive {
            facts.contains(&ex.fact)
        } else if ex.fact == "*" {
            facts.is_empty()
        } else {
            !facts.contains(&ex.fact)
        };
        if !ok {
            failures.push(format!(
                "{}:{}: {} {} {:?} in {:?}\n{}",
                ex.file,
                ex.line,
                ex.rule,
                if ex.positive {
                    "must make"
                } else {
                    "must not make"
                },
                ex.fact,
                ex.text,
                describe(&x)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rule examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_two_positive_and_one_negative_example() {
    let mut counts: BTreeMap<&str, (usize, usize)> = RULES.iter().map(|r| (r.id, (0, 0))).collect();
    let examples = examples();
    for ex in &examples {
        let Some(c) = counts.get_mut(ex.rule.as_str()) else {
            panic!(
                "{}:{}: rule {:?} is not in the registry (src/extract/rules.rs)",
                ex.file, ex.line, ex.rule
            );
        };
        if ex.positive {
            c.0 += 1;
        } else {
            c.1 += 1;
        }
    }
    let missing: Vec<String> = counts
        .iter()
        .filter(|(_, (p, n))| *p < 2 || *n < 1)
        .map(|(id, (p, n))| format!("{id}: {p} positive, {n} negative"))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without enough examples:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_rule_id_in_the_source_is_registered() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract");
    let mut unknown = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("src/extract exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|x| x != "rs") || path.ends_with("rules.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("readable source");
        for (i, part) in source.split('"').enumerate() {
            // string literals are the odd parts
            let family = part.split('.').next().unwrap_or("");
            let is_id = i % 2 == 1
                && matches!(
                    family,
                    "accusation" | "denial" | "role" | "person" | "org" | "country"
                )
                && part.len() > family.len() + 1
                && part[family.len() + 1..]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-');
            if is_id && !RULES.iter().any(|r| r.id == part) {
                unknown.push(format!("{}: {part}", path.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "rule ids written by the extractor but missing from the registry:\n{}",
        unknown.join("\n")
    );
}

/// Every word class of `ontology/lexicon/cue-words.tsv` is read by the code (a kind written
/// wrong in the data, or one no rule reads any more, fails here).
#[test]
fn every_cue_word_class_is_read_by_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(root.join("../../ontology/lexicon/cue-words.tsv")).unwrap();
    let mut source = String::new();
    for dir in ["../../src", "src", "src/extract"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "rs") {
                source.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut unread: Vec<&str> = data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next())
        // (read by name, or by a name made from its stem: `format!("name-of-{noun}")`)
        .filter(|kind| {
            !source.contains(&format!("\"{kind}\""))
                && !kind
                    .rsplit_once('-')
                    .is_some_and(|(stem, _)| source.contains(&format!("\"{stem}-{{")))
        })
        .collect();
    unread.sort_unstable();
    unread.dedup();
    assert!(unread.is_empty(), "word classes no code reads: {unread:?}");
}
