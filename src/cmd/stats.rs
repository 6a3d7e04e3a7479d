//! `newsgraph stats`: extracted facts counted per rule id.

use super::*;

pub(crate) fn run(a: StatsArgs) -> Result<()> {
    setup_threads(&a.common)?;
    let mapper = mapper(&a.common)?;
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut summary = Summary::new(a.common.quiet, &a.inputs, mapper.entities_graph());
    pipeline::run(
        &a.inputs,
        &mapper,
        None,
        pipeline::Render::None,
        &mut |batch| {
            summary.add(&batch);
            for p in &batch {
                for r in p.extraction().into_iter().flat_map(|x| x.rules()) {
                    *counts.entry(r).or_default() += 1;
                }
            }
            Ok(())
        },
    )?;
    let mut out = std::io::stdout().lock();
    let header = vec!["rule".to_owned(), "count".to_owned()];
    let rows: Vec<Vec<String>> = counts
        .iter()
        .map(|(r, n)| vec![(*r).to_owned(), n.to_string()])
        .collect();
    write_table(&mut out, &header, &rows)?;
    summary.print("read");
    Ok(())
}
