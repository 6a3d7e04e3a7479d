//! Robustness: the extractor, the RDF mapping, both writers and the JSON Lines reader never
//! panic, and every span they report is a real slice of the text. Inputs are generated from a
//! fixed seed (the same cases on every run): news-like sentences built from tricky pieces, and
//! real corpus articles (when `../shared/corpus` is there) cut and mutated byte by byte.

use newsgraph::input::{read_jsonl, Article};
use newsgraph::{Extractor, RdfMapper};
use std::path::Path;

/// xorshift64*: small, fixed, good enough to spread cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "President",
    "Obama",
    "accused",
    "the",
    "Chinese",
    "government",
    "of",
    "spying",
    ".",
    ",",
    "\u{201c}",
    "\u{201d}",
    "'s",
    "\u{2019}s",
    "U.S.",
    "Gen.",
    "Mr.",
    "Jan.",
    "BEIJING",
    "SAID",
    "denied",
    "charges",
    "that",
    "he",
    "she",
    "it",
    "-",
    " - ",
    "(",
    ")",
    "\n\n",
    "\n",
    "Zoë",
    "中国",
    "é",
    "\u{301}",
    "\u{200b}",
    "Mrs",
    "Blair",
    "was",
    "joined",
    "by",
    "in",
    "criticising",
    "for",
    "made",
    "formal",
    "charge",
    "said",
    "there",
    "evidence",
    "had",
    "been",
    "backdated",
    "capacity",
    "as",
    "a",
    "lawyer",
    "her",
    "his",
    "Federal",
    "Reserve",
    "Board",
    "Chairman",
    "Paul",
    "Volcker",
    "Labour",
    "Party",
    "spokesman",
    "Washington",
    "Tehran",
    "Kuwait's",
    "EC",
    "(EC)",
    "NSA",
    "and",
    "&",
    "\"",
    "'",
    ";",
    ":",
    "?",
    "!",
    "...",
    "\t",
    "  ",
    "\u{feff}",
    "\r\n",
    "Ltd",
    "Inc",
    "Corp",
    "al-",
    "bin",
    "de",
    "U.S",
    "A.",
    "B.",
];

fn check(extractor: &Extractor, mapper: &RdfMapper, raw: &str) {
    let article = Article::from_parts("fuzz", None, raw, "fuzz".into());
    let text = article.text.as_str();
    let x = extractor.extract(text);
    for e in &x.entities {
        for m in &e.mentions {
            assert!(
                text.get(m.span.bytes.clone()).is_some(),
                "bad span in {text:?}"
            );
            assert!(m.span.chars.start <= m.span.chars.end);
        }
    }
    for s in &x.sentences {
        assert!(
            text.get(s.bytes.clone()).is_some(),
            "bad sentence in {text:?}"
        );
    }
    let quads = mapper.map(&article, &x);
    // each quad once: only facts may repeat, and the sinks keep those once
    assert_eq!(
        quads.iter().collect::<std::collections::HashSet<_>>().len(),
        quads.len(),
        "{text:?}"
    );
    let mut out = Vec::new();
    for q in &quads {
        newsgraph::nquads::write_quad(&mut out, q.as_ref());
    }
    // straight to text (the extract path): the same quads, each once, in the same order
    let entities = mapper.entities_graph();
    let mut lines = newsgraph::nquads::ArticleLines::new(entities.as_ref());
    mapper.map_into(&article, &x, &mut lines);
    assert_eq!(lines.len(), quads.len(), "{text:?}");
    let (rendered, shared) = lines.finish();
    let mut expected = Vec::new();
    let mut expected_shared = Vec::new();
    for q in &quads {
        if q.graph_name == oxigraph::model::GraphName::NamedNode(entities.clone()) {
            expected_shared.push(q.clone());
        } else {
            newsgraph::nquads::write_quad(&mut expected, q.as_ref());
        }
    }
    assert!(rendered == expected, "{text:?}");
    assert_eq!(shared, expected_shared, "{text:?}");
    let mut w = newsgraph::jsonld::JsonLdWriter::new(Vec::new()).unwrap();
    w.write_quads(&quads).unwrap();
    w.finish().unwrap();
}

#[test]
fn generated_sentences_never_panic() {
    let extractor = Extractor::new();
    let mapper = RdfMapper::default();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let n = 1 + rng.below(60);
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(PIECES[rng.below(PIECES.len())]);
            if rng.below(3) > 0 {
                text.push(' ');
            }
        }
        check(&extractor, &mapper, &text);
    }
}

#[test]
fn mutated_corpus_articles_never_panic() {
    let extractor = Extractor::new();
    let mapper = RdfMapper::default();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reuters21578.jsonl");
    let Ok(data) = std::fs::read_to_string(&corpus) else {
        // no shared corpus here: the examples stand in
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ruritania.txt"),
        )
        .unwrap();
        check(&extractor, &mapper, &text);
        return;
    };
    let lines: Vec<&str> = data.lines().take(3000).collect();
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for line in &lines {
        let mut bytes = line.as_bytes().to_vec();
        // the JSON Lines reader: a mutated record is an error or an article, never a panic
        for _ in 0..1 + rng.below(4) {
            let i = rng.below(bytes.len());
            bytes[i] = rng.next() as u8;
        }
        let _ = read_jsonl(&bytes[..], Path::new("fuzz.jsonl"), &mut |a| {
            check(&extractor, &mapper, &a.text);
            Ok(())
        });
        // the extractor: cuts at arbitrary points, on char boundaries
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut cut = rng.below(text.len() + 1);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        check(&extractor, &mapper, &text[cut..]);
        check(&extractor, &mapper, &text.to_uppercase());
    }
}
