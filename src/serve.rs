//! `newsgraph serve`: the SPARQL 1.1 Protocol over a store, for linked-data tools.
//!
//! - `GET /query?query=...`, `POST /query` (`application/sparql-query` body, or a form with
//!   `query=`): results as SPARQL JSON, XML, CSV or TSV, graphs as Turtle, N-Triples, JSON-LD
//!   or RDF/XML, chosen by the `Accept` header (406 when none of them is acceptable);
//! - `POST /update` (`application/sparql-update` body, or a form with `update=`), unless the
//!   server is read-only (403);
//! - `GET /store?graph=IRI` or `GET /store?default`: the Graph Store Protocol's read side;
//! - 400 with the parser's message for a bad query, 413 for a body over the limit, 503 when
//!   every worker is busy and the queue is full or a query runs past the timeout (checked by
//!   Oxigraph's cancellation inside the evaluation and between result rows here; one
//!   aggregate over a huge join may still run to its end before it is answered).
//!
//! One acceptor thread takes requests and hands them to a bounded queue; a fixed pool of
//! workers answers them, so a flood gets quick 503s instead of unbounded memory. Ctrl-C or
//! SIGTERM stops accepting, lets the workers finish what they hold, then closes the store
//! (updates are transactions: nothing half-written stays).

use crate::store::{serializer, GraphStore};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::{GraphNameRef, NamedNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults};
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tiny_http::{Header, Method, Request, Response, Server};

/// Server settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to bind.
    pub bind: String,
    /// Refuse updates.
    pub read_only: bool,
    /// Worker threads.
    pub workers: usize,
    /// Requests that may wait for a worker before the server answers 503.
    pub queue: usize,
    /// Longest a query may run.
    pub timeout: Duration,
    /// Largest request body, in bytes.
    pub max_body: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:7878".into(),
            read_only: false,
            workers: 4,
            queue: 64,
            timeout: Duration::from_secs(30),
            max_body: 1 << 20,
        }
    }
}

/// A reply: status, content type, body.
type Reply = (u16, &'static str, Vec<u8>);

fn text(status: u16, message: impl Into<String>) -> Reply {
    let mut m = message.into();
    m.push('\n');
    (status, "text/plain; charset=utf-8", m.into_bytes())
}

/// Runs the server until Ctrl-C or SIGTERM (or until `stop` is set, for tests).
pub fn serve(store: GraphStore, config: Config, stop: Arc<AtomicBool>) -> anyhow::Result<()> {
    let server = Arc::new(
        Server::http(&config.bind)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?,
    );
    {
        let (server, stop) = (server.clone(), stop.clone());
        // a second handler cannot be installed in the same process (tests): keep serving
        let _ = ctrlc::set_handler(move || {
            stop.store(true, Ordering::SeqCst);
            server.unblock();
        });
    }
    eprintln!(
        "newsgraph: serving SPARQL on http://{}/query{}",
        config.bind,
        if config.read_only {
            " (read-only)"
        } else {
            " and /update"
        }
    );
    let store = Arc::new(store);
    let watchdog = Watchdog::start(stop.clone());
    let (tx, rx) = sync_channel::<Request>(config.queue);
    let rx = Arc::new(Mutex::new(rx));
    let workers: Vec<_> = (0..config.workers.max(1))
        .map(|_| {
            let (rx, store, config, watchdog) =
                (rx.clone(), store.clone(), config.clone(), watchdog.clone());
            std::thread::spawn(move || worker(&rx, &store, &config, &watchdog))
        })
        .collect();
    while !stop.load(Ordering::SeqCst) {
        let request = match server.recv_timeout(Duration::from_millis(200)) {
            Ok(Some(r)) => r,
            Ok(None) => continue,
            Err(_) => break,
        };
        match tx.try_send(request) {
            Ok(()) => {}
            Err(TrySendError::Full(r)) | Err(TrySendError::Disconnected(r)) => {
                respond(r, text(503, "busy: try again later"));
            }
        }
    }
    drop(tx);
    for w in workers {
        let _ = w.join();
    }
    eprintln!("newsgraph: stopped");
    Ok(())
}

fn worker(rx: &Mutex<Receiver<Request>>, store: &GraphStore, config: &Config, watchdog: &Watchdog) {
    loop {
        let request = match rx.lock() {
            Ok(rx) => match rx.recv() {
                Ok(r) => r,
                Err(_) => return,
            },
            Err(_) => return,
        };
        let mut request = request;
        let reply = handle(&mut request, store, config, watchdog);
        respond(request, reply);
    }
}

fn respond(request: Request, (status, content_type, body): Reply) {
    // text formats say their encoding (CSV and TSV results, Turtle, N-Triples ...)
    let content_type = if content_type.starts_with("text/") && !content_type.contains("charset") {
        format!("{content_type}; charset=utf-8")
    } else {
        content_type.to_owned()
    };
    let header = Header::from_bytes("Content-Type", content_type).expect("valid header");
    let _ = request.respond(
        Response::from_data(body)
            .with_status_code(status)
            .with_header(header),
    );
}

fn handle(
    request: &mut Request,
    store: &GraphStore,
    config: &Config,
    watchdog: &Watchdog,
) -> Reply {
    let url = request.url().to_owned();
    let (path, query_string) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let params: Vec<(String, String)> = url::form_urlencoded::parse(query_string.as_bytes())
        .into_owned()
        .collect();
    let accept = header(request, "Accept").unwrap_or_default();
    match (request.method(), path) {
        (Method::Get, "/query") => match param(&params, "query") {
            Some(q) => run_query(store, &q, &accept, config, watchdog),
            None => text(400, "missing query parameter"),
        },
        (Method::Post, "/query") => match body(request, config, "query") {
            Ok(q) => run_query(store, &q, &accept, config, watchdog),
            Err(reply) => reply,
        },
        (Method::Post, "/update") if config.read_only => text(403, "the server is read-only"),
        (Method::Post, "/update") => match body(request, config, "update") {
            Ok(u) => match store.update(&u) {
                Ok(()) => (204, "text/plain", Vec::new()),
                Err(e @ crate::store::StoreError::Syntax(_)) => text(400, e.to_string()),
                Err(e) => text(500, e.to_string()),
            },
            Err(reply) => reply,
        },
        (Method::Get, "/store") => read_graph(store, &params, &accept),
        (_, "/query" | "/update" | "/store") => text(405, "method not allowed"),
        _ => text(404, "not found: use /query, /update or /store"),
    }
}

fn param(params: &[(String, String)], name: &str) -> Option<String> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

fn header(request: &Request, name: &'static str) -> Option<String> {
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str().to_owned())
}

/// The query or update text of a POST: the body itself, or the `name` field of a form.
fn body(request: &mut Request, config: &Config, name: &str) -> Result<String, Reply> {
    if request.body_length().is_some_and(|n| n > config.max_body) {
        return Err(text(413, format!("body over {} bytes", config.max_body)));
    }
    let mut bytes = Vec::new();
    let limit = config.max_body as u64 + 1;
    if let Err(e) = request.as_reader().take(limit).read_to_end(&mut bytes) {
        return Err(text(400, format!("cannot read the body: {e}")));
    }
    if bytes.len() > config.max_body {
        return Err(text(413, format!("body over {} bytes", config.max_body)));
    }
    let content_type = header(request, "Content-Type").unwrap_or_default();
    if content_type.starts_with("application/x-www-form-urlencoded") {
        return url::form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .ok_or_else(|| text(400, format!("missing {name} field")));
    }
    String::from_utf8(bytes).map_err(|_| text(400, "the body is not UTF-8"))
}

/// The media types we write, in order of preference when the client has none.
const RESULT_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
    ("application/json", QueryResultsFormat::Json),
];

fn graph_types() -> Vec<(&'static str, RdfFormat)> {
    vec![
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        (
            "application/ld+json",
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        ),
        ("application/rdf+xml", RdfFormat::RdfXml),
        ("application/n-quads", RdfFormat::NQuads),
        ("application/trig", RdfFormat::TriG),
    ]
}

/// The first of `offered` the Accept header takes (by q-value, then order); the first offered
/// when there is no header or it takes anything.
fn negotiate<T: Copy>(accept: &str, offered: &[(&'static str, T)]) -> Option<(&'static str, T)> {
    if accept.trim().is_empty() {
        return offered.first().copied();
    }
    let mut ranges: Vec<(String, f32)> = accept
        .split(',')
        .map(|part| {
            let mut pieces = part.split(';');
            let media = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|v| v.parse::<f32>().ok())
                .unwrap_or(1.0);
            (media, q)
        })
        .filter(|(_, q)| *q > 0.0)
        .collect();
    ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (media, _) in ranges {
        for &(m, t) in offered {
            let (ty, _) = m.split_once('/').unwrap_or((m, ""));
            if media == m || media == "*/*" || media == format!("{ty}/*") {
                return Some((m, t));
            }
        }
    }
    None
}

fn run_query(
    store: &GraphStore,
    query: &str,
    accept: &str,
    config: &Config,
    watchdog: &Watchdog,
) -> Reply {
    let token = CancellationToken::new();
    let _guard = watchdog.watch(token.clone(), config.timeout);
    // Oxigraph checks the token inside its operators; rows are checked here too, so a query
    // that streams many rows stops at the deadline as well
    let deadline = Instant::now() + config.timeout;
    let late = || Instant::now() > deadline;
    let results = match store.query_cancellable(query, Some(token)) {
        Ok(r) => r,
        Err(e @ crate::store::StoreError::Syntax(_)) => return text(400, e.to_string()),
        Err(e) => return evaluation_error(e.to_string(), config),
    };
    let out = match results {
        QueryResults::Graph(triples) => {
            let Some((media, format)) = negotiate(accept, &graph_types()) else {
                return text(
                    406,
                    "no acceptable graph format: Turtle, N-Triples, JSON-LD, RDF/XML",
                );
            };
            let mut w = serializer(format).for_writer(Vec::new());
            if let Some(failed) = write_rows(triples, &late, config, |t| w.serialize_triple(t)) {
                return failed;
            }
            match w.finish() {
                Ok(bytes) => (media, bytes),
                Err(e) => return text(500, e.to_string()),
            }
        }
        QueryResults::Boolean(b) => {
            let Some((media, format)) = negotiate(accept, RESULT_TYPES) else {
                return text(406, "no acceptable results format: JSON, XML, CSV, TSV");
            };
            match QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(Vec::new(), b)
            {
                Ok(bytes) => (media, bytes),
                Err(e) => return text(500, e.to_string()),
            }
        }
        QueryResults::Solutions(solutions) => {
            let Some((media, format)) = negotiate(accept, RESULT_TYPES) else {
                return text(406, "no acceptable results format: JSON, XML, CSV, TSV");
            };
            let vars = solutions.variables().to_vec();
            let mut w = match crate::results::SolutionsWriter::start(format, Vec::new(), vars) {
                Ok(w) => w,
                Err(e) => return text(500, e.to_string()),
            };
            if let Some(failed) = write_rows(solutions, &late, config, |s| w.serialize(s)) {
                return failed;
            }
            match w.finish() {
                Ok(bytes) => (media, bytes),
                Err(e) => return text(500, e.to_string()),
            }
        }
    };
    (200, out.0, out.1)
}

/// Writes a result's rows (solutions or triples) with `write`; the reply to send instead when
/// the deadline passes, evaluation fails or writing fails.
fn write_rows<T, E: std::fmt::Display>(
    rows: impl Iterator<Item = Result<T, E>>,
    late: &dyn Fn() -> bool,
    config: &Config,
    mut write: impl FnMut(&T) -> std::io::Result<()>,
) -> Option<Reply> {
    for row in rows {
        if late() {
            return Some(evaluation_error("cancelled".into(), config));
        }
        match row {
            Ok(row) => {
                if let Err(e) = write(&row) {
                    return Some(text(500, e.to_string()));
                }
            }
            Err(e) => return Some(evaluation_error(e.to_string(), config)),
        }
    }
    None
}

fn evaluation_error(message: String, config: &Config) -> Reply {
    if message.to_lowercase().contains("cancel") {
        text(
            503,
            format!("the query ran past the {:?} timeout", config.timeout),
        )
    } else {
        text(500, message)
    }
}

/// `GET /store?graph=IRI` / `GET /store?default`.
fn read_graph(store: &GraphStore, params: &[(String, String)], accept: &str) -> Reply {
    let graph = match (
        param(params, "graph"),
        params.iter().any(|(k, _)| k == "default"),
    ) {
        (Some(g), false) => match NamedNode::new(g) {
            Ok(n) => Some(n),
            Err(e) => return text(400, format!("bad graph IRI: {e}")),
        },
        (None, true) => None,
        _ => return text(400, "give graph=IRI or default"),
    };
    let triple_types: Vec<_> = graph_types()
        .into_iter()
        .filter(|(_, f)| !f.supports_datasets())
        .collect();
    let Some((media, format)) = negotiate(accept, &triple_types) else {
        return text(
            406,
            "no acceptable graph format: Turtle, N-Triples, JSON-LD, RDF/XML",
        );
    };
    let name = graph.as_ref().map(|g| GraphNameRef::NamedNode(g.as_ref()));
    if let Some(GraphNameRef::NamedNode(g)) = name {
        match store.inner().contains_named_graph(g) {
            Ok(true) => {}
            Ok(false) => return text(404, format!("no graph <{}>", g.as_str())),
            Err(e) => return text(500, e.to_string()),
        }
    }
    let mut w = serializer(format).for_writer(Vec::new());
    for q in store.inner().quads_for_pattern(
        None,
        None,
        None,
        Some(name.unwrap_or(GraphNameRef::DefaultGraph)),
    ) {
        match q {
            Ok(q) => {
                if let Err(e) = w.serialize_triple(q.as_ref()) {
                    return text(500, e.to_string());
                }
            }
            Err(e) => return text(500, e.to_string()),
        }
    }
    match w.finish() {
        Ok(bytes) => (200, media, bytes),
        Err(e) => text(500, e.to_string()),
    }
}

/// Cancels queries that run past their deadline: one thread for all of them.
#[derive(Clone)]
struct Watchdog {
    watched: Arc<Mutex<Vec<(u64, Instant, CancellationToken)>>>,
    next: Arc<std::sync::atomic::AtomicU64>,
}

/// Stops watching a query when dropped.
struct Watched {
    id: u64,
    watchdog: Watchdog,
}

impl Drop for Watched {
    fn drop(&mut self) {
        if let Ok(mut w) = self.watchdog.watched.lock() {
            w.retain(|(id, _, _)| *id != self.id);
        }
    }
}

impl Watchdog {
    fn start(stop: Arc<AtomicBool>) -> Self {
        let w = Self {
            watched: Arc::new(Mutex::new(Vec::new())),
            next: Arc::new(std::sync::atomic::AtomicU64::new(0)),
        };
        let watched = w.watched.clone();
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(50));
                if let Ok(w) = watched.lock() {
                    let now = Instant::now();
                    for (_, deadline, token) in w.iter() {
                        if now >= *deadline {
                            token.cancel();
                        }
                    }
                }
            }
        });
        w
    }

    fn watch(&self, token: CancellationToken, timeout: Duration) -> Watched {
        let id = self.next.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut w) = self.watched.lock() {
            w.push((id, Instant::now() + timeout, token));
        }
        Watched {
            id,
            watchdog: self.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_headers_choose_the_format() {
        let t = RESULT_TYPES;
        assert_eq!(
            negotiate("", t).unwrap().0,
            "application/sparql-results+json"
        );
        assert_eq!(negotiate("text/csv", t).unwrap().0, "text/csv");
        assert_eq!(
            negotiate("text/csv;q=0.5, application/sparql-results+xml", t)
                .unwrap()
                .0,
            "application/sparql-results+xml"
        );
        assert_eq!(negotiate("text/*", t).unwrap().0, "text/csv");
        assert!(negotiate("image/png", t).is_none());
        assert!(negotiate("text/csv;q=0", t).is_none());
    }
}
