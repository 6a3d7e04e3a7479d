//! The pipeline: read -> extract -> map to RDF, in batches, in parallel, in input order.
//!
//! A reader thread reads articles in batches of [`BATCH`], one batch ahead; an extraction
//! thread extracts each batch on all threads of the current rayon pool; the calling thread
//! consumes the batches, in input order, while the next one is being extracted. At most one
//! batch waits between stages, so memory stays flat whatever the input size, and the output
//! is deterministic.

use crate::extract::{Extraction, Extractor};
use crate::input::{self, Article, InputError};
use crate::nquads::ArticleLines;
use crate::rdf::RdfMapper;
use oxigraph::model::Quad;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;

/// Articles per batch.
pub const BATCH: usize = 128;

/// One processed article, in the form the run asked for ([`Render`]).
pub enum Processed {
    /// Mapped to quads: its own graph's and the shared descriptions in the entities graph,
    /// with what was extracted.
    Mapped {
        /// The article.
        article: Article,
        /// What was extracted.
        extraction: Extraction,
        /// Its quads.
        quads: Vec<Quad>,
    },
    /// Rendered in the extraction workers (so serializing runs in parallel too): its own
    /// graph as N-Quads text, and the shared descriptions as quads, for the writer to write
    /// once per run. What was extracted is in the text now and is not kept (memory stays
    /// low).
    Rendered {
        /// The article.
        article: Article,
        /// Its own graph's quads as N-Quads.
        nquads: Vec<u8>,
        /// Its shared descriptions (in the entities graph).
        shared: Vec<Quad>,
        /// How many quads it gave, shared ones included.
        triples: usize,
    },
}

impl Processed {
    /// The article.
    pub fn article(&self) -> &Article {
        match self {
            Self::Mapped { article, .. } | Self::Rendered { article, .. } => article,
        }
    }

    /// How many quads the article gave, shared descriptions included.
    pub fn triples(&self) -> usize {
        match self {
            Self::Mapped { quads, .. } => quads.len(),
            Self::Rendered { triples, .. } => *triples,
        }
    }

    /// The quads that are still quads: all of a mapped article's, the shared ones of a
    /// rendered one.
    pub fn quads(&self) -> &[Quad] {
        match self {
            Self::Mapped { quads, .. } => quads,
            Self::Rendered { shared, .. } => shared,
        }
    }

    /// What was extracted, when the article was mapped rather than rendered.
    pub fn extraction(&self) -> Option<&Extraction> {
        match self {
            Self::Mapped { extraction, .. } => Some(extraction),
            Self::Rendered { .. } => None,
        }
    }

    /// The article and its quads, for a consumer that stores them (a rendered article's
    /// text is not parsed back: `None`).
    pub fn into_mapped(self) -> Option<(Article, Vec<Quad>)> {
        match self {
            Self::Mapped { article, quads, .. } => Some((article, quads)),
            Self::Rendered { .. } => None,
        }
    }
}

/// What the workers make of each article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Render {
    /// Quads: [`Processed::Mapped`].
    None,
    /// N-Quads text: [`Processed::Rendered`].
    NQuads,
}

/// Runs the pipeline over `inputs` (files, folders, `-`), calling `sink` once per batch in
/// input order. A bad input stops the run with its error after everything before it was
/// handed to `sink`; an error from `sink` stops reading and is returned.
pub fn run(
    inputs: &[PathBuf],
    mapper: &RdfMapper,
    shard: Option<(usize, usize)>,
    render: Render,
    sink: &mut dyn FnMut(Vec<Processed>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut files = input::expand(inputs)?;
    // feeds last: an item whose page is in the same input is joined to it (the page has the
    // whole text), so the pages' URLs are known before the items come
    let feeds = files
        .iter()
        .any(|f| input::kind_of(&f.path) == Some(input::InputKind::Feed));
    if feeds {
        files.sort_by_key(|f| input::kind_of(&f.path) == Some(input::InputKind::Feed));
    }
    let extractor = Extractor::new();
    let entities = mapper.entities_graph();
    let process = |articles: Vec<Article>| -> Vec<Processed> {
        articles
            .into_par_iter()
            .map(|article| {
                let extraction = extractor.extract(&article.text);
                match render {
                    Render::None => {
                        let quads = mapper.map(&article, &extraction);
                        Processed::Mapped {
                            article,
                            extraction,
                            quads,
                        }
                    }
                    // the article's own quads straight to text; the shared descriptions stay
                    // quads, for the writer to write once per run
                    Render::NQuads => {
                        let mut lines = ArticleLines::new(entities.as_ref());
                        mapper.map_into(&article, &extraction, &mut lines);
                        let triples = lines.len();
                        let (nquads, shared) = lines.finish();
                        // what was extracted is in the text now: freeing it here, on the
                        // thread that allocated it, keeps the allocator from taking fresh
                        // pages
                        drop(extraction);
                        Processed::Rendered {
                            article,
                            nquads,
                            shared,
                            triples,
                        }
                    }
                }
            })
            .collect()
    };
    // three stages, each on its own thread: reading (one batch ahead), extraction on the
    // pool, writing; channels of one batch keep memory flat
    let (read_tx, read_rx) = sync_channel::<Vec<Article>>(1);
    // one batch may wait to be written while the next is extracted (the writer's system calls
    // come in bursts; a rendezvous made the extraction wait on them)
    let (tx, rx) = sync_channel::<Vec<Processed>>(1);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> anyhow::Result<()> {
            let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
            let mut page_urls: std::collections::HashSet<String> = Default::default();
            for file in &files {
                let mut read = 0usize;
                let is_feed = input::kind_of(&file.path) == Some(input::InputKind::Feed);
                let result = input::read_file(file, &mut |article| {
                    read += 1;
                    if feeds {
                        let url = article.url.as_deref().map(crate::feed::url_key);
                        if is_feed {
                            if url.is_some_and(|u| page_urls.contains(&u)) {
                                crate::feed::JOINED_ITEMS
                                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                                return Ok(());
                            }
                        } else if let Some(u) = url {
                            page_urls.insert(u);
                        }
                    }
                    if shard.is_none_or(|(i, n)| shard_of(&article.id, n) == i) {
                        batch.push(article);
                    }
                    if batch.len() >= BATCH {
                        // the extraction stage hung up: the writer has an error to report
                        read_tx
                            .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                            .map_err(|_| InputError::Stopped)?;
                    }
                    Ok(())
                });
                // an empty .jsonl (or stdin) is an error, as an empty .txt is
                // (a page in another language is skipped with a warning, not an error)
                let page = matches!(
                    input::kind_of(&file.path),
                    Some(input::InputKind::Html | input::InputKind::Warc)
                );
                let result = result.and_then(|()| {
                    if read == 0 && !page {
                        Err(InputError::NoArticles {
                            path: file.path.clone(),
                        })
                    } else {
                        Ok(())
                    }
                });
                match result {
                    Ok(()) => {}
                    Err(InputError::Stopped) => return Ok(()),
                    Err(e) => {
                        // what was read before the bad record still goes through
                        let _ = read_tx.send(batch);
                        return Err(e.into());
                    }
                }
            }
            let _ = read_tx.send(batch);
            Ok(())
        });
        let extractor = scope.spawn(move || {
            for batch in read_rx.iter() {
                if tx.send(process(batch)).is_err() {
                    // the writer hung up; dropping `read_rx` stops the reader
                    break;
                }
            }
        });
        let mut consumed = Ok(());
        for done in rx.iter() {
            if let Err(e) = sink(done) {
                consumed = Err(e);
                break;
            }
        }
        drop(rx);
        let extracted = extractor
            .join()
            .map_err(|_| anyhow::anyhow!("the extraction thread panicked"));
        let produced = reader
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the reading thread panicked")));
        consumed.and(extracted).and(produced)
    })
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
    Processed::Mapped {
        article,
        extraction,
        quads,
    }
}
