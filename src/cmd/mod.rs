//! The commands' work, one file each, and what they share: worker threads, the mapper from
//! `--base`, output files, the summary line, SPARQL results as text.

pub(crate) mod export;
pub(crate) mod extract;
pub(crate) mod graph;
pub(crate) mod load;
pub(crate) mod query;
pub(crate) mod serve;
pub(crate) mod stats;
pub(crate) mod text;
pub(crate) mod update;
pub(crate) mod validate;

// (what the commands' files share, through `use super::*`)
pub(crate) use crate::cli::*;
pub(crate) use crate::pipeline::{self, Processed};
pub(crate) use crate::rdf::RdfMapper;
pub(crate) use crate::sink::ArticleSink;
pub(crate) use crate::store::{serializer, GraphStore};
pub(crate) use anyhow::{bail, Context, Result};
pub(crate) use clap::ValueEnum;
pub(crate) use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
pub(crate) use oxigraph::io::RdfFormat;
pub(crate) use oxigraph::model::{NamedNode, Quad};
pub(crate) use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
pub(crate) use oxigraph::sparql::QueryResults;
pub(crate) use std::collections::BTreeMap;
pub(crate) use std::io::{IsTerminal, Write};
pub(crate) use std::path::{Path, PathBuf};
pub(crate) use std::time::Instant;

pub(crate) fn setup_threads(common: &Common) -> Result<()> {
    if let Some(n) = common.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot set up worker threads")?;
    }
    Ok(())
}

pub(crate) fn mapper(common: &Common) -> Result<RdfMapper> {
    Ok(RdfMapper::default().with_base(&checked_base(&common.base)?))
}

/// A base IRI checked: an absolute IRI ending in "/" with no query or fragment, so that every
/// IRI is made by appending a path to it ("article/x", "country/FR").
pub(crate) fn checked_base(base: &str) -> Result<String> {
    NamedNode::new(format!("{base}x"))
        .with_context(|| format!("--base {base:?} is not a valid IRI"))?;
    if !base.ends_with('/') || base.contains(['#', '?']) || !base.contains("://") {
        bail!("--base {base:?} must be an absolute IRI that ends in \"/\" and has no \"?\" or \"#\" (e.g. https://example.org/kb/)");
    }
    Ok(base.to_owned())
}

pub(crate) fn open_output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// Counts for the one-line summary, and the progress bar on a terminal.
pub(crate) struct Summary {
    start: Instant,
    articles: usize,
    triples: usize,
    bytes: usize,
    quiet: bool,
    bar: ProgressBar,
    /// The shared graph, and its quads met so far: each is written (and counted) once.
    entities: oxigraph::model::GraphName,
    shared: std::collections::HashSet<Quad>,
}

impl Summary {
    /// `inputs` sizes the bar: the total of their file sizes (stdin counts as unknown).
    pub(crate) fn new(quiet: bool, inputs: &[PathBuf], entities: NamedNode) -> Self {
        let bar = if quiet || !std::io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else {
            let total: u64 = crate::input::expand(inputs)
                .unwrap_or_default()
                .iter()
                .filter_map(|f| std::fs::metadata(&f.path).ok())
                .map(|m| m.len())
                .sum();
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template(
                    "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
                )
                .expect("valid template"),
            );
            bar
        };
        Self {
            start: Instant::now(),
            articles: 0,
            triples: 0,
            bytes: 0,
            quiet,
            bar,
            entities: entities.into(),
            shared: std::collections::HashSet::new(),
        }
    }

    pub(crate) fn add(&mut self, batch: &[Processed]) {
        self.articles += batch.len();
        // the quads that go out: an article's own, and the shared ones the first time
        for p in batch {
            let (mut shared, mut fresh) = (0, 0);
            for q in p.quads().iter().filter(|q| q.graph_name == self.entities) {
                shared += 1;
                if self.shared.insert(q.clone()) {
                    fresh += 1;
                }
            }
            self.triples += p.triples() - shared + fresh;
        }
        let bytes = batch.iter().map(|p| p.article().text.len()).sum::<usize>();
        self.bytes += bytes;
        self.bar.inc(bytes as u64);
        self.bar.set_message(format!("{} articles", self.articles));
    }

    pub(crate) fn print(&self, verb: &str) {
        self.bar.finish_and_clear();
        if self.quiet {
            return;
        }
        let secs = self.start.elapsed().as_secs_f64();
        let skipped = crate::html::SKIPPED_NOT_ENGLISH.load(std::sync::atomic::Ordering::Relaxed);
        if skipped > 0 {
            eprintln!("newsgraph: {skipped} pages not in English skipped");
        }
        let joined = crate::feed::JOINED_ITEMS.load(std::sync::atomic::Ordering::Relaxed);
        if joined > 0 {
            eprintln!("newsgraph: {joined} feed items joined to their pages in the input");
        }
        let records = crate::warc::SKIPPED_RECORDS.load(std::sync::atomic::Ordering::Relaxed);
        if records > 0 {
            eprintln!(
                "newsgraph: {records} WARC records skipped (not an HTML page, a repeat, or not in English)"
            );
        }
        eprintln!(
            "newsgraph: {verb} {} articles, {} triples in {secs:.2} s ({:.1} MB/s)",
            self.articles,
            self.triples,
            self.bytes as f64 / 1e6 / secs.max(1e-9)
        );
    }
}

pub(crate) fn is_rdf_file(path: &Path) -> Option<RdfFormat> {
    RdfOut::from_path(path)
        .filter(|f| *f != RdfOut::Jsonld || path.extension().is_some_and(|e| e == "jsonld"))
        .map(RdfOut::format)
}

pub(crate) fn read_query(file: Option<&Path>, expression: Option<&str>) -> Result<String> {
    match (file, expression) {
        (_, Some(e)) => Ok(e.to_owned()),
        (Some(f), None) => {
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))
        }
        (None, None) => bail!("give a query file or -e"),
    }
}

/// How an error names the query or update it reports on: its file, else "-e".
pub(crate) fn query_source(file: Option<&Path>) -> String {
    file.map_or_else(|| "-e".into(), |p| p.display().to_string())
}

/// The store at `dir`, read-only, or else the articles of `inputs` extracted into a store in
/// memory.
pub(crate) fn store_or_inputs(
    dir: Option<&Path>,
    inputs: &[PathBuf],
    common: &Common,
) -> Result<GraphStore> {
    Ok(match dir {
        Some(dir) => GraphStore::open_read_only(dir)?,
        None => {
            let mapper = mapper(common)?;
            let store = GraphStore::memory()?;
            pipeline::run(
                inputs,
                &mapper,
                None,
                pipeline::Render::None,
                &mut |batch| {
                    for p in &batch {
                        store.replace_graph(&mapper.article_iri(p.article()), p.quads())?;
                    }
                    Ok(())
                },
            )?;
            store
        }
    })
}

pub(crate) fn write_results(
    results: QueryResults<'_>,
    format: Option<&str>,
    mut out: impl Write,
) -> Result<()> {
    match results {
        QueryResults::Graph(triples) => {
            let f = match format {
                None => RdfOut::Turtle,
                Some(f) => RdfOut::from_str(f, true)
                    .map_err(|_| anyhow::anyhow!("unknown RDF format {f:?} for a graph result"))?,
            };
            let mut w = serializer(f.format()).for_writer(&mut out);
            for t in triples {
                w.serialize_triple(&t?)?;
            }
            w.finish()?.flush()?;
        }
        QueryResults::Boolean(b) => match results_format(format)? {
            None => writeln!(out, "{b}")?,
            Some(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
            }
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match results_format(format)? {
                Some(f) => {
                    let mut w = crate::results::SolutionsWriter::start(f, &mut out, vars)?;
                    for s in solutions {
                        w.serialize(&s?)?;
                    }
                    w.finish()?;
                }
                None => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(crate::store::term_text).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_owned()).collect();
                    write_table(&mut out, &header, &rows)?;
                }
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// `None` for the plain-text table.
pub(crate) fn results_format(format: Option<&str>) -> Result<Option<QueryResultsFormat>> {
    let f = match format {
        Some(f) => f.to_ascii_lowercase(),
        None if std::io::stdout().is_terminal() => "table".into(),
        None => "csv".into(),
    };
    Ok(match f.as_str() {
        "table" => None,
        "csv" => Some(QueryResultsFormat::Csv),
        "tsv" => Some(QueryResultsFormat::Tsv),
        "json" => Some(QueryResultsFormat::Json),
        "xml" => Some(QueryResultsFormat::Xml),
        other => bail!("unknown result format {other:?} (table, csv, tsv, json, xml)"),
    })
}

pub(crate) fn write_table(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
) -> Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count().min(60));
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let c: String = if c.chars().count() > 60 {
                    c.chars().take(59).chain(['…']).collect()
                } else {
                    c.clone()
                };
                format!("{c:<w$}", w = *w)
            })
            .collect::<Vec<_>>()
            .join(" | ")
    };
    writeln!(out, "{}", line(header).trim_end())?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for r in rows {
        writeln!(out, "{}", line(r).trim_end())?;
    }
    writeln!(out, "({} rows)", rows.len())?;
    Ok(())
}
