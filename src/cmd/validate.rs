//! `newsgraph validate`: data checked against ontology/shapes.ttl with pyshacl.

use super::*;

pub(crate) fn run(a: ValidateArgs) -> Result<()> {
    use crate::validate::Source;
    setup_threads(&a.common)?;
    let mapper = mapper(&a.common)?;
    let source = match (&a.store, a.input.is_empty(), a.files.is_empty()) {
        (Some(dir), true, true) => Source::Store(dir),
        (None, false, true) => Source::Articles(&a.input),
        (None, true, false) => Source::Files(&a.files),
        _ => bail!("give one of --store DIR, --input INPUT..., or RDF files"),
    };
    let (violations, triples) = crate::validate::validate(source, &mapper)?;
    let mut out = std::io::stdout().lock();
    for v in &violations {
        writeln!(
            out,
            "{}: <{}> {}{}",
            v.severity,
            v.focus,
            if v.path.is_empty() {
                String::new()
            } else {
                format!("<{}>: ", v.path)
            },
            v.message
        )?;
        if !v.evidence.is_empty() || !v.article.is_empty() {
            writeln!(out, "    evidence: {:?} in <{}>", v.evidence, v.article)?;
        }
    }
    out.flush()?;
    if !violations.is_empty() {
        bail!(
            "{} violations of ontology/shapes.ttl in {triples} triples",
            violations.len()
        );
    }
    if !a.common.quiet {
        eprintln!("newsgraph: {triples} triples conform to ontology/shapes.ttl");
    }
    Ok(())
}
