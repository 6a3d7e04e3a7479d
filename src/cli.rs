//! The command line's argument layer: what can be typed (clap), checked, and handed to the
//! command's work in `cmd/` (one file per command).

use anyhow::Result;
use clap::{Args, Parser, Subcommand, ValueEnum};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use std::path::{Path, PathBuf};

/// Turn English news articles into an RDF knowledge graph of people, roles, countries,
/// organizations, accusations and denials.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
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
pub(crate) enum GraphOut {
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
pub(crate) struct GraphArgs {
    /// Read this on-disk store.
    #[arg(long, value_name = "DIR")]
    pub(crate) store: Option<PathBuf>,
    /// Extract these articles in memory and read them.
    #[arg(long, value_name = "INPUT", num_args = 1..)]
    pub(crate) input: Vec<PathBuf>,
    /// Output format (default: from the -o extension, else dot).
    #[arg(long, short, value_enum)]
    pub(crate) format: Option<GraphOut>,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Nodes: each actor (people and organizations joined by name across articles), or the
    /// country each side is, belongs to or speaks for.
    #[arg(long, value_enum, default_value = "actor")]
    pub(crate) by: crate::network::By,
    /// Only accusations of this CAMEO category or its subcategories (111, 112, 1121 ...).
    #[arg(long, value_name = "CODE", value_parser = parse_cameo)]
    pub(crate) category: Option<String>,
    /// Only articles dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(crate) since: Option<String>,
    /// Only articles dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(crate) until: Option<String>,
    /// At most this many nodes, those with the most accusations (0: all).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub(crate) top: usize,
    #[command(flatten)]
    pub(crate) common: Common,
}

pub(crate) fn parse_cameo(s: &str) -> Result<String, String> {
    if !s.is_empty() && s.len() <= 4 && s.starts_with("1") && s.bytes().all(|b| b.is_ascii_digit())
    {
        Ok(s.to_owned())
    } else {
        Err(format!(
            "{s:?} is no CAMEO accusation category: use a code such as 111, 112 or 1121"
        ))
    }
}

pub(crate) fn parse_day(s: &str) -> Result<String, String> {
    if crate::input::is_calendar_date(s) {
        Ok(s.to_owned())
    } else {
        Err(format!("{s:?} is no calendar day: use YYYY-MM-DD"))
    }
}

#[derive(Debug, Args)]
pub(crate) struct TextArgs {
    /// Articles: .txt, .jsonl or .html files, folders of them, or - for stdin.
    #[arg(value_name = "INPUT", required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    /// Leave the headline out (the body only).
    #[arg(long)]
    pub(crate) body_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum RdfOut {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Jsonld,
    Rdfxml,
}

impl RdfOut {
    pub(crate) fn format(self) -> RdfFormat {
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

    pub(crate) fn from_path(path: &Path) -> Option<Self> {
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
pub(crate) struct Common {
    /// Base IRI for the IRIs newsgraph mints.
    #[arg(long, default_value = crate::rdf::DEFAULT_BASE, value_name = "IRI")]
    pub(crate) base: String,
    /// Worker threads for extraction (default: all cores).
    #[arg(long, value_name = "N")]
    pub(crate) threads: Option<usize>,
    /// No summary line on stderr.
    #[arg(long, short)]
    pub(crate) quiet: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    /// Articles: .txt files, .jsonl files, folders of them, or - for stdin.
    #[arg(value_name = "INPUT", default_value = "-")]
    pub(crate) inputs: Vec<PathBuf>,
    /// Output format (default: from the -o extension, else turtle).
    #[arg(long, short, value_enum)]
    pub(crate) format: Option<RdfOut>,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Only the articles of shard I of N (0-based), by a stable hash of their id.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub(crate) shard: Option<(usize, usize)>,
    #[command(flatten)]
    pub(crate) common: Common,
}

#[derive(Debug, Args)]
pub(crate) struct LoadArgs {
    /// The store's folder (created if missing).
    #[arg(long, value_name = "DIR")]
    pub(crate) store: PathBuf,
    /// Articles (.txt, .jsonl, folders, -) or RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf).
    #[arg(value_name = "INPUT", required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    /// Memory bound of the bulk loader, in MB (used when loading into an empty store). The
    /// process takes about 1.4 times this at its peak.
    #[arg(long, default_value_t = 600, value_name = "MB")]
    pub(crate) max_memory_mb: usize,
    #[command(flatten)]
    pub(crate) common: Common,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["store", "input"])))]
// (a query file or -e, checked in `query`: a FILE.rq after the inputs is read as the query)
#[command(group(clap::ArgGroup::new("q").required(false).args(["query_file", "expression"])))]
pub(crate) struct QueryArgs {
    /// Query this on-disk store.
    #[arg(long, value_name = "DIR")]
    pub(crate) store: Option<PathBuf>,
    /// Extract these articles into a store in memory and query it.
    #[arg(long, value_name = "INPUT", num_args = 1..)]
    pub(crate) input: Vec<PathBuf>,
    /// A file holding the query.
    #[arg(value_name = "FILE.rq")]
    pub(crate) query_file: Option<PathBuf>,
    /// The query itself.
    #[arg(long, short = 'e', value_name = "SPARQL")]
    pub(crate) expression: Option<String>,
    /// Result format: table, csv, tsv, json, xml for SELECT/ASK; an RDF format for
    /// CONSTRUCT/DESCRIBE (default: table on a terminal, else csv; turtle for graphs).
    #[arg(long, short, value_name = "FORMAT")]
    pub(crate) format: Option<String>,
    #[command(flatten)]
    pub(crate) common: Common,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// The store's folder.
    #[arg(long, value_name = "DIR")]
    pub(crate) store: PathBuf,
    /// Output format (default: from the -o extension, else nquads).
    #[arg(long, short, value_enum)]
    pub(crate) format: Option<RdfOut>,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Only this graph (an article's IRI).
    #[arg(long, value_name = "IRI")]
    pub(crate) graph: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("u").required(true).args(["update_file", "expression"])))]
pub(crate) struct UpdateArgs {
    /// The store's folder.
    #[arg(long, value_name = "DIR")]
    pub(crate) store: PathBuf,
    /// A file holding the update.
    #[arg(value_name = "FILE.ru")]
    pub(crate) update_file: Option<PathBuf>,
    /// The update itself.
    #[arg(long, short = 'e', value_name = "SPARQL")]
    pub(crate) expression: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ValidateArgs {
    /// Validate a store's whole content.
    #[arg(long, conflicts_with = "input")]
    pub(crate) store: Option<PathBuf>,
    /// Validate what these articles give (.txt, .jsonl, folders, -).
    #[arg(long, num_args = 1..)]
    pub(crate) input: Vec<PathBuf>,
    /// RDF files to validate as they are.
    #[arg(value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    #[command(flatten)]
    pub(crate) common: Common,
}

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The store's folder.
    #[arg(long)]
    pub(crate) store: PathBuf,
    /// Address and port; loopback by default (put a proxy in front to expose it).
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub(crate) bind: String,
    /// Refuse updates (403), and open the store read-only. The default when --bind is not a
    /// loopback address, unless --writable.
    #[arg(long, conflicts_with = "writable")]
    pub(crate) read_only: bool,
    /// Take updates though --bind is not a loopback address (anyone who can reach the port
    /// can then change the store: put an authenticating proxy in front).
    #[arg(long)]
    pub(crate) writable: bool,
    /// A web origin (scheme, host and port: "https://app.example.org") whose pages may send
    /// updates, besides the server's own; may be given more than once.
    #[arg(long = "allow-origin", value_name = "ORIGIN", value_parser = parse_origin)]
    pub(crate) allow_origins: Vec<String>,
    /// Worker threads answering requests.
    #[arg(long, default_value_t = 4)]
    pub(crate) workers: usize,
    /// Requests that may wait for a worker; more get 503.
    #[arg(long, default_value_t = 64)]
    pub(crate) queue: usize,
    /// Longest a query or update may run, in seconds (then 503; an update keeps nothing):
    /// more than 0, at most a day.
    #[arg(long, default_value_t = 30.0, value_parser = parse_timeout)]
    pub(crate) timeout: f64,
    /// Most memory one query or update may hold, in MiB (then 503; an update keeps nothing):
    /// sorts and joins of rows in memory stop there.
    #[arg(long, default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=1 << 24))]
    pub(crate) max_query_mb: u64,
    /// Largest request body, in KiB (then 413).
    #[arg(long, default_value_t = 1024)]
    pub(crate) max_body_kb: usize,
    /// Open connections at most; more are closed as they come (each holds a file descriptor).
    #[arg(long, default_value_t = 256)]
    pub(crate) max_connections: usize,
    /// The base IRI the store's IRIs were minted under (load --base): an IRI under it is
    /// served at its path here, as a page to browsers and as RDF to RDF clients.
    #[arg(long, default_value = crate::rdf::DEFAULT_BASE, value_name = "IRI")]
    pub(crate) base: String,
}

#[derive(Debug, Args)]
pub(crate) struct StatsArgs {
    /// Articles: .txt files, .jsonl files, folders of them, or - for stdin.
    #[arg(value_name = "INPUT", required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub(crate) common: Common,
}

pub(crate) fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let (i, n) = s.split_once('/').ok_or("expected I/N, e.g. 0/4")?;
    let i: usize = i.trim().parse().map_err(|_| "I must be a number")?;
    let n: usize = n.trim().parse().map_err(|_| "N must be a number")?;
    if n == 0 || i >= n {
        return Err("need 0 <= I < N".into());
    }
    Ok((i, n))
}

/// Runs the command line: each command's work is in its own file under `cmd/`.
pub fn run(cli: Cli) -> Result<()> {
    use crate::cmd;
    match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Load(a) => cmd::load::run(a),
        Command::Query(a) => cmd::query::run(a),
        Command::Graph(a) => cmd::graph::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Update(a) => cmd::update::run(a),
        Command::Stats(a) => cmd::stats::run(a),
        Command::Text(a) => cmd::text::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Validate(a) => cmd::validate::run(a),
    }
}

/// A web origin as browsers send it: `http` or `https`, a host, an optional port, no path.
pub(crate) fn parse_origin(s: &str) -> std::result::Result<String, String> {
    let url = url::Url::parse(s.trim()).map_err(|e| format!("{s:?} is not an origin: {e}"))?;
    if !matches!(url.scheme(), "http" | "https")
        || url.host_str().is_none()
        || !matches!(url.path(), "" | "/")
        || url.query().is_some()
        || url.fragment().is_some()
        || !url.username().is_empty()
    {
        return Err(format!(
            "{s:?} is not an origin: give a scheme, a host and maybe a port, as \"https://app.example.org\""
        ));
    }
    Ok(url.origin().ascii_serialization())
}

/// A timeout in seconds: a number above 0 and at most a day (not NaN, infinity or negative).
pub(crate) fn parse_timeout(s: &str) -> std::result::Result<f64, String> {
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
