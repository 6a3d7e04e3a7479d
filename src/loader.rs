//! Articles into a store: the load policy behind `newsgraph load`, as a library.
//!
//! Into an empty store every article's graph is new: they all go through one bulk loader, fed
//! on a thread of its own while extraction goes on and committed at the end (on bad input,
//! with everything read before it), then compacted. Into a store that has data, each article
//! is one transaction that replaces its graph. An id seen twice in one run is always
//! replaced: the later article wins, as it would one article at a time. Two different ids
//! whose graphs would be one (their IRIs are made so that they never are: a collision of the
//! hash in an IRI) are an error, not a replacement.

use crate::pipeline::{self, Processed};
use crate::rdf::RdfMapper;
use crate::store::GraphStore;
use anyhow::{bail, Context, Result};
use oxigraph::model::{NamedNode, Quad};
use std::path::PathBuf;

/// Loads articles into a store.
pub struct Loader<'a> {
    store: &'a GraphStore,
    mapper: &'a RdfMapper,
    max_memory_mb: usize,
}

impl<'a> Loader<'a> {
    /// A loader into `store`, mapping with `mapper`; the bulk loader's memory bound is 600 MB
    /// until [`Loader::max_memory_mb`] says otherwise.
    pub fn new(store: &'a GraphStore, mapper: &'a RdfMapper) -> Self {
        Self {
            store,
            mapper,
            max_memory_mb: 600,
        }
    }

    /// The bulk loader's memory bound, in MB (the process takes about 1.4 times this).
    pub fn max_memory_mb(mut self, mb: usize) -> Self {
        self.max_memory_mb = mb;
        self
    }

    /// Extracts the articles of `inputs` and stores each in its graph. `progress` sees every
    /// batch before it is stored. On bad input, what was read before it is stored and the
    /// error returned.
    pub fn load(&self, inputs: &[PathBuf], progress: &mut dyn FnMut(&[Processed])) -> Result<()> {
        let store = self.store;
        let mapper = self.mapper;
        let bulk = store.is_empty()?;
        // the id each graph holds: two different ids must never share one (and a graph seen
        // before during a bulk load is replaced after the commit)
        let mut ids: std::collections::HashMap<NamedNode, String> = Default::default();
        // an id seen again during a bulk load replaces its graph after the commit
        let mut again: Vec<(NamedNode, Vec<Quad>, String)> = Vec::new();
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Quad>>(2);
        let max_memory_mb = self.max_memory_mb;
        let (run, loaded) = std::thread::scope(|scope| {
            let loading = bulk.then(|| {
                scope.spawn(move || -> Result<()> {
                    // one stream of quads: the loader sorts them in batches as large as its
                    // memory allows, and few large files make later queries fast
                    let mut loader = store.bulk_loader(max_memory_mb);
                    loader.load(rx.into_iter().flatten())?;
                    loader.commit()?;
                    // the loader's sorted files overlap; compacted, queries read a few
                    // (on the corpus: 3 s here, and the slowest canned query 6 s -> 0.8 s)
                    store.optimize()?;
                    Ok(())
                })
            });
            let run = pipeline::run(inputs, mapper, None, pipeline::Render::None, &mut |batch| {
                // (seen first: the quads then move to the store without a copy)
                progress(&batch);
                let mut fresh = Vec::new();
                for (article, quads) in batch.into_iter().filter_map(Processed::into_mapped) {
                    let graph = mapper.article_iri(&article);
                    let what = || format!("article {} ({})", article.id, article.source);
                    let held = match ids.get(&graph) {
                        Some(id) => Some(id.clone()),
                        None if !bulk => store.article_id_in(&graph)?,
                        None => None,
                    };
                    if let Some(other) = held.filter(|other| *other != article.id) {
                        bail!(
                            "{}: its graph {graph} already holds article {other:?}; two ids may \
                             not share one (give one of them another id)",
                            what()
                        );
                    }
                    let first = ids.insert(graph.clone(), article.id.clone()).is_none();
                    if !bulk {
                        store
                            .replace_graph(&graph, &quads)
                            .with_context(|| format!("cannot store {}", what()))?;
                    } else if first {
                        fresh.extend(quads);
                    } else {
                        let what = what();
                        again.push((graph, quads, what));
                    }
                }
                if !fresh.is_empty() && tx.send(fresh).is_err() {
                    // the loader stopped: its error is reported below
                    bail!("bulk load stopped");
                }
                Ok(())
            });
            // what was read before an error is stored all the same
            drop(tx);
            let loaded = loading.map_or(Ok(()), |l| {
                l.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("the loading thread panicked")))
            });
            (run, loaded)
        });
        loaded.context("bulk load failed")?;
        for (graph, quads, what) in again {
            store
                .replace_graph(&graph, &quads)
                .with_context(|| format!("cannot store {what}"))?;
        }
        run
    }
}
