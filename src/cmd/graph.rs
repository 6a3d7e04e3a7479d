//! `newsgraph graph`: the accusation network as DOT, GraphML, GEXF or SVG.

use super::*;

pub(crate) fn run(a: GraphArgs) -> Result<()> {
    setup_threads(&a.common)?;
    let format = a.format.unwrap_or_else(|| {
        match a
            .output
            .as_deref()
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("graphml") => GraphOut::Graphml,
            Some("gexf") => GraphOut::Gexf,
            Some("svg") => GraphOut::Svg,
            _ => GraphOut::Dot,
        }
    });
    let store = store_or_inputs(a.store.as_deref(), &a.input, &a.common)?;
    let filter = crate::network::Filter {
        category: a.category,
        since: a.since,
        until: a.until,
        top: a.top,
    };
    let net = crate::network::network(&store, a.by, &filter)?;
    let text = match format {
        GraphOut::Dot => net.to_dot(),
        GraphOut::Graphml => net.to_graphml(),
        GraphOut::Gexf => net.to_gexf(),
        GraphOut::Svg => net.to_svg_document(),
    };
    let mut out = open_output(a.output.as_deref())?;
    out.write_all(text.as_bytes())?;
    out.flush()?;
    if !a.common.quiet {
        let weight: usize = net.edges.iter().map(|e| e.weight).sum();
        let mut line = format!(
            "{} nodes, {} edges, {} accusations",
            net.nodes.len(),
            net.edges.len(),
            weight
        );
        if net.without_country > 0 {
            line += &format!(
                " ({} left out: a side with no known country)",
                net.without_country
            );
        }
        eprintln!("{line}");
    }
    Ok(())
}
