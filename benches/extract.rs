//! Extractor throughput on articles of several sizes (criterion, Throughput::Bytes).
//! Uses the shipped examples, and real corpus articles from ../shared/corpus when present.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsgraph::Extractor;
use std::io::BufRead;

fn corpus_texts() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/bbc-news.jsonl"
    );
    let Ok(file) = std::fs::File::open(path) else {
        return Vec::new();
    };
    std::io::BufReader::new(file)
        .lines()
        .take(400)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l.ok()?).ok())
        .filter_map(|v| {
            Some(format!(
                "{}\n\n{}",
                v["title"].as_str()?,
                v["text"].as_str()?
            ))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new();
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/ruritania.txt"
    ))
    .unwrap();
    let mut texts = corpus_texts();
    texts.sort_by_key(String::len);
    let mut cases = vec![("example".to_owned(), example)];
    if !texts.is_empty() {
        cases.push(("short".into(), texts[texts.len() / 10].clone()));
        cases.push(("median".into(), texts[texts.len() / 2].clone()));
        cases.push(("long".into(), texts[texts.len() - 1].clone()));
    }
    let mut group = c.benchmark_group("extract");
    for (name, text) in &cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new(name.as_str(), text.len()), text, |b, t| {
            b.iter(|| extractor.extract(t))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
