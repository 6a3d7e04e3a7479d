//! `newsgraph update`: a SPARQL update on a store.

use super::*;

pub(crate) fn run(a: UpdateArgs) -> Result<()> {
    let text = read_query(a.update_file.as_deref(), a.expression.as_deref())?;
    let store = GraphStore::open(&a.store)?;
    store.update(&text).map_err(|e| {
        let source = a
            .update_file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "-e".into());
        anyhow::anyhow!("{source}: {e}")
    })?;
    store.flush().context("cannot write the store to disk")?;
    Ok(())
}
