//! `newsgraph update`: a SPARQL update on a store.

use super::*;

pub(crate) fn run(a: UpdateArgs) -> Result<()> {
    let text = read_query(a.update_file.as_deref(), a.expression.as_deref())?;
    let store = GraphStore::open(&a.store)?;
    store
        .update(&text)
        .map_err(|e| anyhow::anyhow!("{}: {e}", query_source(a.update_file.as_deref())))?;
    store.flush().context("cannot write the store to disk")?;
    Ok(())
}
