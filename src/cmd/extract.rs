//! `newsgraph extract`: articles to RDF, to stdout or a file.

use super::*;

pub(crate) fn run(a: ExtractArgs) -> Result<()> {
    setup_threads(&a.common)?;
    let mapper = mapper(&a.common)?;
    let format = a
        .format
        .or_else(|| a.output.as_deref().and_then(RdfOut::from_path))
        .unwrap_or(RdfOut::Turtle)
        .format();
    let mut out = open_output(a.output.as_deref())?;
    let mut summary = Summary::new(a.common.quiet, &a.inputs, mapper.entities_graph());
    let render = if format == RdfFormat::NQuads {
        pipeline::Render::NQuads
    } else {
        pipeline::Render::None
    };
    let mut sink = ArticleSink::new(format, &mut out, mapper.entities_graph())?;
    let result = pipeline::run(&a.inputs, &mapper, a.shard, render, &mut |batch| {
        summary.add(&batch);
        for p in &batch {
            sink.write(p)?;
        }
        Ok(())
    });
    // what was extracted before an error is still written out
    sink.finish().context("cannot write output")?;
    out.flush().context("cannot write output")?;
    result?;
    summary.print("extracted");
    Ok(())
}
