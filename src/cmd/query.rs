//! `newsgraph query`: SPARQL on a store, or on articles extracted in memory.

use super::*;

pub(crate) fn run(mut a: QueryArgs) -> Result<()> {
    setup_threads(&a.common)?;
    // "query --input A B FILE.rq": the query file taken as one more input
    if a.query_file.is_none() && a.expression.is_none() {
        let is_query = |p: &PathBuf| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("rq") || e.eq_ignore_ascii_case("sparql"))
        };
        if let Some(i) = a.input.iter().rposition(is_query) {
            a.query_file = Some(a.input.remove(i));
        }
    }
    let text = read_query(a.query_file.as_deref(), a.expression.as_deref())?;
    let store = store_or_inputs(a.store.as_deref(), &a.input, &a.common)?;
    let results = store
        .query(&text)
        .map_err(|e| anyhow::anyhow!("{}: {e}", query_source(a.query_file.as_deref())))?;
    let out = std::io::stdout().lock();
    write_results(results, a.format.as_deref(), out)
}
