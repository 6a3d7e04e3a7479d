//! `newsgraph load`: articles (through [`crate::loader::Loader`]) or RDF files into a store.

use super::*;

pub(crate) fn run(a: LoadArgs) -> Result<()> {
    setup_threads(&a.common)?;
    let mapper = mapper(&a.common)?;
    let store = GraphStore::open(&a.store)?;
    let mut summary = Summary::new(a.common.quiet, &a.inputs, mapper.entities_graph());
    let (rdf, articles): (Vec<PathBuf>, Vec<PathBuf>) = a
        .inputs
        .iter()
        .cloned()
        .partition(|p| is_rdf_file(p).is_some());
    for path in &rdf {
        let n = store.load_rdf(path, is_rdf_file(path).expect("partitioned"), None)?;
        summary.triples += n;
    }
    if !articles.is_empty() {
        crate::loader::Loader::new(&store, &mapper)
            .max_memory_mb(a.max_memory_mb)
            .load(&articles, &mut |batch| summary.add(batch))?;
    }
    // what the transactions wrote goes to the store's files now, not to the next open
    store.flush().context("cannot write the store to disk")?;
    summary.print("loaded");
    Ok(())
}
