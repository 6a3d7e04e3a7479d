//! `newsgraph export`: a store's content as RDF.

use super::*;

pub(crate) fn run(a: ExportArgs) -> Result<()> {
    let store = GraphStore::open_read_only(&a.store)?;
    let format = a
        .format
        .or_else(|| a.output.as_deref().and_then(RdfOut::from_path))
        .unwrap_or(RdfOut::Nquads)
        .format();
    let graph = match &a.graph {
        Some(g) => Some(
            NamedNode::new(g.clone())
                .with_context(|| format!("--graph {g:?} is not a valid IRI"))?,
        ),
        None => None,
    };
    let out = open_output(a.output.as_deref())?;
    store.export(format, graph.as_ref(), out)?;
    Ok(())
}
