//! The command line: what was typed (clap) turned into work. The only module that prints.

use crate::pipeline::{self, Processed};
use crate::rdf::RdfMapper;
use crate::sink::ArticleSink;
use crate::store::{serializer, GraphStore};
use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::{NamedNode, Quad};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Turn English news articles into an RDF knowledge graph of people, roles, countries,
/// organizations, accusations and denials.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract articles and write RDF (to stdout unless -o).
    Extract(ExtractArgs),
    /// Extract articles (or read RDF files) and load them into an on-disk store.
    Load(LoadArgs),
    /// Run a SPARQL query on a store or on articles extracted in memory.
    Query(QueryArgs),
    /// Write a store's content as RDF.
    Export(ExportArgs),
    /// Run a SPARQL update on a store.
    Update(UpdateArgs),
    /// Count extracted facts per rule id over articles (to check precision rule by rule).
    Stats(StatsArgs),
    /// Serve a store over the SPARQL 1.1 Protocol (/query, /update, /store?graph=).
    Serve(ServeArgs),
    /// Check data against ontology/shapes.ttl with pyshacl; report each violation.
    Validate(ValidateArgs),
    /// Print the text newsgraph reads from each article (the text offsets count over): for a
    /// web page, its headline, a blank line and its main text.
    Text(TextArgs),
    /// Write the accusation network (who accuses whom) as DOT, GraphML, GEXF or SVG.
    Graph(GraphArgs),
}

/// Formats of `newsgraph graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum GraphOut {
    /// Graphviz DOT.
    Dot,
    /// GraphML (networkx, Gephi, yEd).
    Graphml,
    /// GEXF 1.2 (Gephi, networkx).
    Gexf,
    /// An SVG picture.
    Svg,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["store", "input"])))]
struct GraphArgs {
    /// Read this on-disk store.
    #[arg(long, value_name = "DIR")]
    store: Option<PathBuf>,
    /// Extract these articles in memory and read them.
    #[arg(long, value_name = "INPUT", num_args = 1..)]
    input: Vec<PathBuf>,
    /// Output format (default: from the -o extension, else dot).
    #[arg(long, short, value_enum)]
    format: Option<GraphOut>,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Nodes: each actor (people and organizations joined by name across articles), or the
    /// country each side is, belongs to or speaks for.
    #[arg(long, value_enum, default_value = "actor")]
    by: crate::network::By,
    /// Only accusations of this CAMEO category or its subcategories (111, 112, 1121 ...).
    #[arg(long, value_name = "CODE", value_parser = parse_cameo)]
    category: Option<String>,
    /// Only articles dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    since: Option<String>,
    /// Only articles dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    until: Option<String>,
    /// At most this many nodes, those with the most accusations (0: all).
    #[arg(long, value_name = "N", default_value_t = 0)]
    top: usize,
    #[command(flatten)]
    common: Common,
}

fn parse_cameo(s: &str) -> Result<String, String> {
    if !s.is_empty() && s.len() <= 4 && s.starts_with("1") && s.bytes().all(|b| b.is_ascii_digit())
    {
        Ok(s.to_owned())
    } else {
        Err(format!(
            "{s:?} is no CAMEO accusation category: use a code such as 111, 112 or 1121"
        ))
    }
}

fn parse_day(s: &str) -> Result<String, String> {
    if crate::input::is_calendar_date(s) {
        Ok(s.to_owned())
    } else {
        Err(format!("{s:?} is no calendar day: use YYYY-MM-DD"))
    }
}

#[derive(Debug, Args)]
struct TextArgs {
    /// Articles: .txt, .jsonl or .html files, folders of them, or - for stdin.
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<PathBuf>,
    /// Leave the headline out (the body only).
    #[arg(long)]
    body_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RdfOut {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Jsonld,
    Rdfxml,
}

impl RdfOut {
    fn format(self) -> RdfFormat {
        match self {
            Self::Turtle => RdfFormat::Turtle,
            Self::Ntriples => RdfFormat::NTriples,
            Self::Nquads => RdfFormat::NQuads,
            Self::Trig => RdfFormat::TriG,
            Self::Jsonld => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
            Self::Rdfxml => RdfFormat::RdfXml,
        }
    }

    fn from_path(path: &Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "ttl" => Some(Self::Turtle),
            "nt" => Some(Self::Ntriples),
            "nq" => Some(Self::Nquads),
            "trig" => Some(Self::Trig),
            "jsonld" | "json" => Some(Self::Jsonld),
            "rdf" | "xml" | "owl" => Some(Self::Rdfxml),
            _ => None,
        }
    }
}

#[derive(Debug, Args)]
struct Common {
    /// Base IRI for the IRIs newsgraph mints.
    #[arg(long, default_value = crate::rdf::DEFAULT_BASE, value_name = "IRI")]
    base: String,
    /// Worker threads for extraction (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// No summary line on stderr.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    /// Articles: .txt files, .jsonl files, folders of them, or - for stdin.
    #[arg(value_name = "INPUT", default_value = "-")]
    inputs: Vec<PathBuf>,
    /// Output format (default: from the -o extension, else turtle).
    #[arg(long, short, value_enum)]
    format: Option<RdfOut>,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Only the articles of shard I of N (0-based), by a stable hash of their id.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    shard: Option<(usize, usize)>,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct LoadArgs {
    /// The store's folder (created if missing).
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// Articles (.txt, .jsonl, folders, -) or RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf).
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<PathBuf>,
    /// Memory bound of the bulk loader, in MB (used when loading into an empty store). The
    /// process takes about 1.4 times this at its peak.
    #[arg(long, default_value_t = 600, value_name = "MB")]
    max_memory_mb: usize,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["store", "input"])))]
// (a query file or -e, checked in `query`: a FILE.rq after the inputs is read as the query)
#[command(group(clap::ArgGroup::new("q").required(false).args(["query_file", "expression"])))]
struct QueryArgs {
    /// Query this on-disk store.
    #[arg(long, value_name = "DIR")]
    store: Option<PathBuf>,
    /// Extract these articles into a store in memory and query it.
    #[arg(long, value_name = "INPUT", num_args = 1..)]
    input: Vec<PathBuf>,
    /// A file holding the query.
    #[arg(value_name = "FILE.rq")]
    query_file: Option<PathBuf>,
    /// The query itself.
    #[arg(long, short = 'e', value_name = "SPARQL")]
    expression: Option<String>,
    /// Result format: table, csv, tsv, json, xml for SELECT/ASK; an RDF format for
    /// CONSTRUCT/DESCRIBE (default: table on a terminal, else csv; turtle for graphs).
    #[arg(long, short, value_name = "FORMAT")]
    format: Option<String>,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct ExportArgs {
    /// The store's folder.
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// Output format (default: from the -o extension, else nquads).
    #[arg(long, short, value_enum)]
    format: Option<RdfOut>,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Only this graph (an article's IRI).
    #[arg(long, value_name = "IRI")]
    graph: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("u").required(true).args(["update_file", "expression"])))]
struct UpdateArgs {
    /// The store's folder.
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// A file holding the update.
    #[arg(value_name = "FILE.ru")]
    update_file: Option<PathBuf>,
    /// The update itself.
    #[arg(long, short = 'e', value_name = "SPARQL")]
    expression: Option<String>,
}

#[derive(Debug, Args)]
struct ValidateArgs {
    /// Validate a store's whole content.
    #[arg(long, conflicts_with = "input")]
    store: Option<PathBuf>,
    /// Validate what these articles give (.txt, .jsonl, folders, -).
    #[arg(long, num_args = 1..)]
    input: Vec<PathBuf>,
    /// RDF files to validate as they are.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// The store's folder.
    #[arg(long)]
    store: PathBuf,
    /// Address and port; loopback by default (put a proxy in front to expose it).
    #[arg(long, default_value = "127.0.0.1:7878")]
    bind: String,
    /// Refuse updates (403), and open the store read-only.
    #[arg(long)]
    read_only: bool,
    /// Worker threads answering requests.
    #[arg(long, default_value_t = 4)]
    workers: usize,
    /// Requests that may wait for a worker; more get 503.
    #[arg(long, default_value_t = 64)]
    queue: usize,
    /// Longest a query may run, in seconds (then 503): more than 0, at most a day.
    #[arg(long, default_value_t = 30.0, value_parser = parse_timeout)]
    timeout: f64,
    /// Largest request body, in KiB (then 413).
    #[arg(long, default_value_t = 1024)]
    max_body_kb: usize,
    /// Open connections at most; more are closed as they come (each holds a file descriptor).
    #[arg(long, default_value_t = 256)]
    max_connections: usize,
    /// The base IRI the store's IRIs were minted under (load --base): an IRI under it is
    /// served at its path here, as a page to browsers and as RDF to RDF clients.
    #[arg(long, default_value = crate::rdf::DEFAULT_BASE, value_name = "IRI")]
    base: String,
}

#[derive(Debug, Args)]
struct StatsArgs {
    /// Articles: .txt files, .jsonl files, folders of them, or - for stdin.
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    common: Common,
}

fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let (i, n) = s.split_once('/').ok_or("expected I/N, e.g. 0/4")?;
    let i: usize = i.trim().parse().map_err(|_| "I must be a number")?;
    let n: usize = n.trim().parse().map_err(|_| "N must be a number")?;
    if n == 0 || i >= n {
        return Err("need 0 <= I < N".into());
    }
    Ok((i, n))
}

/// Runs the command line.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Extract(a) => extract(a),
        Command::Load(a) => load(a),
        Command::Query(a) => query(a),
        Command::Graph(a) => graph(a),
        Command::Export(a) => export(a),
        Command::Update(a) => update(a),
        Command::Stats(a) => stats(a),
        Command::Text(a) => text(a),
        Command::Serve(a) => serve(a),
        Command::Validate(a) => validate(a),
    }
}

fn validate(a: ValidateArgs) -> Result<()> {
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

fn serve(a: ServeArgs) -> Result<()> {
    let store = if a.read_only {
        GraphStore::open_read_only(&a.store)?
    } else {
        GraphStore::open(&a.store)?
    };
    let config = crate::serve::Config {
        bind: a.bind,
        read_only: a.read_only,
        workers: a.workers,
        queue: a.queue,
        timeout: std::time::Duration::from_secs_f64(a.timeout),
        max_body: a.max_body_kb * 1024,
        max_connections: a.max_connections,
        base: checked_base(&a.base)?,
        ..Default::default()
    };
    crate::serve::serve(
        store,
        config,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    )
}

fn setup_threads(common: &Common) -> Result<()> {
    if let Some(n) = common.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot set up worker threads")?;
    }
    Ok(())
}

fn mapper(common: &Common) -> Result<RdfMapper> {
    Ok(RdfMapper::default().with_base(&checked_base(&common.base)?))
}

/// A base IRI checked: an absolute IRI ending in "/" with no query or fragment, so that every
/// IRI is made by appending a path to it ("article/x", "country/FR").
fn checked_base(base: &str) -> Result<String> {
    NamedNode::new(format!("{base}x"))
        .with_context(|| format!("--base {base:?} is not a valid IRI"))?;
    if !base.ends_with('/') || base.contains(['#', '?']) || !base.contains("://") {
        bail!("--base {base:?} must be an absolute IRI that ends in \"/\" and has no \"?\" or \"#\" (e.g. https://example.org/kb/)");
    }
    Ok(base.to_owned())
}

fn open_output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// A timeout in seconds: a number above 0 and at most a day (not NaN, infinity or negative).
fn parse_timeout(s: &str) -> std::result::Result<f64, String> {
    let t: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number of seconds"))?;
    if t.is_finite() && t > 0.0 && t <= 86_400.0 {
        Ok(t)
    } else {
        Err(format!(
            "{s:?}: give a number of seconds above 0 and at most 86400"
        ))
    }
}

/// Counts for the one-line summary, and the progress bar on a terminal.
struct Summary {
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
    fn new(quiet: bool, inputs: &[PathBuf], entities: NamedNode) -> Self {
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

    fn add(&mut self, batch: &[Processed]) {
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

    fn print(&self, verb: &str) {
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

fn extract(a: ExtractArgs) -> Result<()> {
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

fn is_rdf_file(path: &Path) -> Option<RdfFormat> {
    RdfOut::from_path(path)
        .filter(|f| *f != RdfOut::Jsonld || path.extension().is_some_and(|e| e == "jsonld"))
        .map(RdfOut::format)
}

fn load(a: LoadArgs) -> Result<()> {
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
        // Into an empty store every article's graph is new: they all go through one bulk
        // loader, fed on a thread of its own as extraction goes on and committed at the end
        // (on bad input, with everything before it). Into a store that has data, each
        // article is one transaction that replaces its graph. An id seen twice in one run
        // is always replaced.
        let bulk = store.is_empty()?;
        let mut seen = std::collections::HashSet::new();
        // an id seen again during a bulk load replaces its graph after the commit
        let mut again: Vec<(NamedNode, Vec<Quad>, String)> = Vec::new();
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Quad>>(2);
        let (run, loaded) = std::thread::scope(|scope| {
            let loading = bulk.then(|| {
                let store = &store;
                scope.spawn(move || -> Result<()> {
                    // one stream of quads: the loader sorts them in batches as large as its
                    // memory allows, and few large files make later queries fast
                    let mut loader = store.bulk_loader(a.max_memory_mb);
                    loader.load(rx.into_iter().flatten())?;
                    loader.commit()?;
                    // the loader's sorted files overlap; compacted, queries read a few
                    // (on the corpus: 3 s here, and the slowest canned query 6 s -> 0.8 s)
                    store.optimize()?;
                    Ok(())
                })
            });
            let run = pipeline::run(
                &articles,
                &mapper,
                None,
                pipeline::Render::None,
                &mut |batch| {
                    // (counted first: the quads then move to the store without a copy)
                    summary.add(&batch);
                    let mut fresh = Vec::new();
                    for (article, quads) in batch.into_iter().filter_map(Processed::into_mapped) {
                        let graph = mapper.article_iri(&article);
                        let what = || format!("article {} ({})", article.id, article.source);
                        if !bulk {
                            store
                                .replace_graph(&graph, &quads)
                                .with_context(|| format!("cannot store {}", what()))?;
                        } else if seen.insert(graph.clone()) {
                            fresh.extend(quads);
                        } else {
                            let what = what();
                            again.push((graph, quads, what));
                        }
                    }
                    if !fresh.is_empty() && tx.send(fresh).is_err() {
                        // the loader stopped: its error is reported below
                        bail!("bulk load stopped");
                    }
                    Ok(())
                },
            );
            // what was read before an error is stored all the same
            drop(tx);
            let loaded = loading.map_or(Ok(()), |l| {
                l.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("the loading thread panicked")))
            });
            (run, loaded)
        });
        loaded.context("bulk load failed")?;
        for (graph, quads, what) in again {
            store
                .replace_graph(&graph, &quads)
                .with_context(|| format!("cannot store {what}"))?;
        }
        run?;
    }
    // what the transactions wrote goes to the store's files now, not to the next open
    store.flush().context("cannot write the store to disk")?;
    summary.print("loaded");
    Ok(())
}

fn read_query(file: Option<&Path>, expression: Option<&str>) -> Result<String> {
    match (file, expression) {
        (_, Some(e)) => Ok(e.to_owned()),
        (Some(f), None) => {
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))
        }
        (None, None) => bail!("give a query file or -e"),
    }
}

fn query(mut a: QueryArgs) -> Result<()> {
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
    let results = store.query(&text).map_err(|e| {
        let source = a
            .query_file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "-e".into());
        anyhow::anyhow!("{source}: {e}")
    })?;
    let out = std::io::stdout().lock();
    write_results(results, a.format.as_deref(), out)
}

/// The store at `dir`, read-only, or else the articles of `inputs` extracted into a store in
/// memory.
fn store_or_inputs(dir: Option<&Path>, inputs: &[PathBuf], common: &Common) -> Result<GraphStore> {
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

fn graph(a: GraphArgs) -> Result<()> {
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

fn write_results(
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
fn results_format(format: Option<&str>) -> Result<Option<QueryResultsFormat>> {
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

fn write_table(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> Result<()> {
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

fn export(a: ExportArgs) -> Result<()> {
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

fn update(a: UpdateArgs) -> Result<()> {
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

/// `newsgraph text`: each article's text, articles apart by a form feed line.
fn text(a: TextArgs) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut first = true;
    for file in crate::input::expand(&a.inputs)? {
        crate::input::read_file_with(&file, true, &mut |article| {
            let io = |source| crate::input::InputError::Io {
                path: file.path.clone(),
                source,
            };
            if !first {
                writeln!(out, "\u{c}").map_err(io)?;
            }
            first = false;
            let text = match (&article.title, a.body_only) {
                (Some(t), true) => article
                    .text
                    .strip_prefix(t.as_str())
                    .map_or(article.text.as_str(), str::trim_start),
                _ => article.text.as_str(),
            };
            writeln!(out, "{}", text.trim_end()).map_err(io)
        })?;
    }
    out.flush()?;
    Ok(())
}

fn stats(a: StatsArgs) -> Result<()> {
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
