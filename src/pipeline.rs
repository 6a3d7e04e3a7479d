//! The pipeline: read -> extract -> map to RDF, in batches, in parallel, in input order.
//!
//! Articles stream through in batches of [`BATCH`]: a batch is read, extracted on all threads
//! of the current rayon pool, and handed on in input order before the next one is read, so
//! memory stays flat whatever the input size and the output is deterministic.

use crate::extract::{Extraction, Extractor};
use crate::input::{self, Article, InputError};
use crate::rdf::RdfMapper;
use oxigraph::model::Quad;
use rayon::prelude::*;
use std::path::PathBuf;

/// Articles per batch.
pub const BATCH: usize = 512;

/// One processed article.
pub struct Processed {
    /// The article.
    pub article: Article,
    /// What was extracted.
    pub extraction: Extraction,
    /// Its quads, all in the article's graph.
    pub quads: Vec<Quad>,
}

/// Runs the pipeline over `inputs` (files, folders, `-`), calling `sink` once per batch in
/// input order. A bad input stops the run with its error after everything before it was
/// handed to `sink`.
pub fn run(
    inputs: &[PathBuf],
    mapper: &RdfMapper,
    shard: Option<(usize, usize)>,
    sink: &mut dyn FnMut(Vec<Processed>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let files = input::expand(inputs)?;
    let extractor = Extractor::new();
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut index = 0usize;
    let process = |batch: &mut Vec<Article>,
                   sink: &mut dyn FnMut(Vec<Processed>) -> anyhow::Result<()>|
     -> anyhow::Result<()> {
        let articles = std::mem::take(batch);
        let done: Vec<Processed> = articles
            .into_par_iter()
            .map(|article| {
                let extraction = extractor.extract(&article.text);
                let quads = mapper.map(&article, &extraction);
                Processed {
                    article,
                    extraction,
                    quads,
                }
            })
            .collect();
        sink(done)
    };
    let mut pending_error: Option<anyhow::Error> = None;
    for file in &files {
        let mut sink_error = None;
        let result = input::read_file(file, &mut |article| {
            let take = shard.is_none_or(|(i, n)| shard_of(&article.id, n) == i);
            index += 1;
            if take {
                batch.push(article);
            }
            if batch.len() >= BATCH {
                if let Err(e) = process(&mut batch, sink) {
                    sink_error = Some(e);
                    return Err(InputError::Record {
                        path: file.clone(),
                        line: 0,
                        message: "stopped".into(),
                    });
                }
            }
            Ok(())
        });
        if let Some(e) = sink_error {
            return Err(e);
        }
        if let Err(e) = result {
            pending_error = Some(e.into());
            break;
        }
    }
    process(&mut batch, sink)?;
    match pending_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The shard (0-based, of `n`) an article belongs to: a stable hash of its id, so shards
/// are the same on any machine and in any order of input.
pub fn shard_of(id: &str, n: usize) -> usize {
    // FNV-1a, 64 bits: stable across platforms and Rust versions
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % n.max(1) as u64) as usize
}

/// Extracts one text (for tests and embedding).
pub fn extract_text(id: &str, text: &str, mapper: &RdfMapper) -> Processed {
    let article = Article::from_txt(id, text, format!("{id}.txt"));
    let extraction = Extractor::new().extract(&article.text);
    let quads = mapper.map(&article, &extraction);
    Processed {
        article,
        extraction,
        quads,
    }
}
