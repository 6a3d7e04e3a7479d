//! `newsgraph serve`: the SPARQL 1.1 Protocol over a store, for linked-data tools.
//!
//! - `/sparql` (queries and updates), `/query` (queries), `/update` (updates): a query by GET
//!   or POST (`application/sparql-query` body, or a form with `query=`), an update by POST
//!   (`application/sparql-update` body, or a form with `update=`) unless the server is
//!   read-only (403); the protocol's dataset parameters (`default-graph-uri`,
//!   `named-graph-uri`, `using-graph-uri`, `using-named-graph-uri`); the endpoint's IRI as the
//!   base; a GET with no query gives the service description;
//! - results as SPARQL JSON, XML, CSV or TSV, graphs as Turtle, N-Triples, N-Quads, TriG,
//!   JSON-LD or RDF/XML, chosen by the `Accept` header (406 when none of them is acceptable);
//! - `GET`/`HEAD /store?graph=IRI` or `?default`: the Graph Store Protocol's read side;
//! - `/ontology`, `/shapes`, `/context.jsonld`: the vocabulary, so its IRIs resolve;
//! - 400 for a bad or ambiguous request, 415 for a body of another media type or charset, 413
//!   for a body over the limit or an update that would write more quads than its budget allows, 501 for SERVICE, 503 when every worker is busy and the queue is
//!   full, or a query or update runs past the timeout or holds more memory than its budget
//!   (a watchdog cancels it; Oxigraph's evaluator, patched in `vendor/spareval`, stops at
//!   once, sorts and joins of rows in memory included; result rows are checked here too);
//! - reads allow any origin (CORS); an update from another origin is refused, unless
//!   `Config::allow_origins` names it; `newsgraph serve` is read-only on an address beyond the
//!   loopback unless told `--writable`.
//!
//! HTTP/1.1 is hyper's, on a small tokio runtime: a bounded number of connections (more are
//! closed at once), a deadline for a request's headers (idle and slow clients are cut), a
//! limit on header size (431) and body size (413), and a longest life for a connection (a
//! client that never reads its answer cannot hold it). Requests run on a fixed number of
//! worker threads; a bounded number may wait for one, more get a quick 503. Ctrl-C or SIGTERM
//! stops accepting, cancels running queries, lets updates finish, then closes the store
//! (updates are transactions: nothing half-written stays).

use crate::store::{serializer, GraphStore};
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::{HeaderMap, Method};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::{GraphNameRef, NamedNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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
    /// Longest a query or update may run.
    pub timeout: Duration,
    /// Most memory one query or update may hold, in bytes (counted where the binary installs
    /// [`crate::memory::Counting`]; `newsgraph` does).
    pub max_query_memory: usize,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Open connections at most; more are closed as they come.
    pub max_connections: usize,
    /// Longest a client may take to send a request's headers; also how long an idle
    /// keep-alive connection stays open.
    pub header_timeout: Duration,
    /// The base IRI of the store's IRIs: an IRI under it is served at its path.
    pub base: String,
    /// Web origins besides the server's own whose pages may send updates
    /// (`https://app.example.org`, as browsers send them).
    pub allow_origins: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:7878".into(),
            read_only: false,
            workers: 4,
            queue: 64,
            timeout: Duration::from_secs(30),
            max_query_memory: 1 << 30,
            max_body: 1 << 20,
            max_connections: 256,
            header_timeout: Duration::from_secs(10),
            base: crate::rdf::DEFAULT_BASE.to_owned(),
            allow_origins: Vec::new(),
        }
    }
}

/// Largest request head (request line and headers); more gets 431.
const MAX_HEAD: usize = 64 * 1024;
/// Longest a client may take to send a body.
const BODY_TIMEOUT: Duration = Duration::from_secs(30);

/// A request as the handlers read it: method, path and query, headers, the whole body.
struct HttpRequest {
    method: Method,
    url: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

/// A reply: status, content type, body, and headers besides the content type.
struct Reply {
    status: u16,
    content_type: String,
    body: Vec<u8>,
    headers: Vec<(&'static str, String)>,
}

impl Reply {
    fn new(status: u16, content_type: &str, body: Vec<u8>) -> Self {
        Self {
            status,
            content_type: content_type.to_owned(),
            body,
            headers: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
}

fn text(status: u16, message: impl Into<String>) -> Reply {
    let mut m = message.into();
    m.push('\n');
    Reply::new(status, "text/plain; charset=utf-8", m.into_bytes())
}

/// Runs the server until Ctrl-C or SIGTERM (or until `stop` is set, for tests).
pub fn serve(store: GraphStore, config: Config, stop: Arc<AtomicBool>) -> anyhow::Result<()> {
    // (a second handler cannot be installed in the same process, as in tests: keep serving)
    {
        let stop = stop.clone();
        let _ = ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(config.workers.max(1) + 2)
        .enable_all()
        .build()?;
    let result = runtime.block_on(run(store, config, stop));
    // a request slow to stop may still run on its worker: do not wait for it
    runtime.shutdown_timeout(Duration::from_secs(1));
    result
}

/// What every connection shares.
struct State {
    store: GraphStore,
    config: Config,
    watchdog: Watchdog,
    /// One permit per worker thread.
    workers: Arc<tokio::sync::Semaphore>,
    /// Requests waiting for a worker.
    waiting: AtomicUsize,
    /// Requests being answered or waiting.
    active: AtomicUsize,
    /// Set on Ctrl-C or SIGTERM: no request starts after it (the watchdog may be gone).
    stop: Arc<AtomicBool>,
}

async fn run(store: GraphStore, config: Config, stop: Arc<AtomicBool>) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(&config.bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?;
    eprintln!(
        "newsgraph: serving SPARQL on http://{}/sparql{}",
        config.bind,
        if config.read_only {
            " (read-only)"
        } else {
            " (queries and updates)"
        }
    );
    let connections = Arc::new(tokio::sync::Semaphore::new(config.max_connections.max(1)));
    // a connection lives at most this long: the longest query, then time to send its answer
    let max_life = config.timeout + Duration::from_secs(120);
    let header_timeout = config.header_timeout;
    let state = Arc::new(State {
        store,
        watchdog: Watchdog::start(stop.clone(), config.max_query_memory),
        workers: Arc::new(tokio::sync::Semaphore::new(config.workers.max(1))),
        waiting: AtomicUsize::new(0),
        active: AtomicUsize::new(0),
        stop: stop.clone(),
        config,
    });
    let mut tasks = tokio::task::JoinSet::new();
    while !stop.load(Ordering::SeqCst) {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            () = tokio::time::sleep(Duration::from_millis(200)) => continue,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            // out of file descriptors, a connection reset before it was taken: wait, go on
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // more connections than allowed: closed at once, the open ones keep their answers
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let state = state.clone();
        tasks.spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let state = state.clone();
                async move { Ok::<_, std::convert::Infallible>(answer(req, state).await) }
            });
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(header_timeout)
                .max_buf_size(MAX_HEAD)
                .max_header_size(MAX_HEAD)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            let _ = tokio::time::timeout(max_life, connection).await;
            drop(permit);
        });
        // finished connections leave the set as they go
        while tasks.try_join_next().is_some() {}
    }
    // stop: no new connection; running queries are cancelled by the watchdog, updates run
    // to their end; then the connections close
    drop(listener);
    let deadline = Instant::now() + state.config.timeout + Duration::from_secs(5);
    while state.active.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tasks.abort_all();
    while tasks.join_next().await.is_some() {}
    eprintln!("newsgraph: stopped");
    Ok(())
}

/// Reads a request's body within its limits, waits for a worker (or answers 503), answers on
/// a worker thread.
async fn answer(req: hyper::Request<Incoming>, state: Arc<State>) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = req.into_parts();
    let max = state.config.max_body;
    let announced = parts
        .headers
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<usize>().ok());
    if announced.is_some_and(|n| n > max) {
        return response(text(413, format!("body over {max} bytes")));
    }
    let body = match tokio::time::timeout(BODY_TIMEOUT, Limited::new(body, max).collect()).await {
        Ok(Ok(collected)) => collected.to_bytes().to_vec(),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => {
            return response(text(413, format!("body over {max} bytes")));
        }
        Ok(Err(e)) => return response(text(400, format!("cannot read the body: {e}"))),
        Err(_) => return response(text(408, "the body took too long to come")),
    };
    let request = HttpRequest {
        method: parts.method,
        url: parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned()),
        headers: parts.headers,
        body,
    };
    // a bounded number wait for a worker; more are told to come back
    if state.waiting.fetch_add(1, Ordering::SeqCst) >= state.config.queue {
        state.waiting.fetch_sub(1, Ordering::SeqCst);
        return response(text(503, "busy: try again later").with("Retry-After", "1"));
    }
    state.active.fetch_add(1, Ordering::SeqCst);
    let permit = state.workers.clone().acquire_owned().await;
    state.waiting.fetch_sub(1, Ordering::SeqCst);
    if state.stop.load(Ordering::SeqCst) {
        state.active.fetch_sub(1, Ordering::SeqCst);
        return response(text(503, "the server is stopping").with("Retry-After", "5"));
    }
    // an update runs to its end and is answered then: a 503 at the deadline would tell the
    // client it failed while it goes on and commits
    let content_type = header(&request, "Content-Type").unwrap_or_default();
    let is_update = request.url.starts_with("/update")
        || content_type.starts_with("application/sparql-update")
        || (content_type.starts_with("application/x-www-form-urlencoded")
            && url::form_urlencoded::parse(&request.body).any(|(k, _)| k == "update"));
    let worker_state = state.clone();
    let work = tokio::task::spawn_blocking(move || {
        let reply = handle(
            &request,
            &worker_state.store,
            &worker_state.config,
            &worker_state.watchdog,
        );
        drop(permit);
        reply
    });
    // the client has its answer at the deadline even if an evaluation were slow to stop (an
    // operator the patched evaluator does not cover); an update is answered when it has
    // stopped, so the answer says whether it was kept
    let limit = if is_update {
        Duration::MAX / 4
    } else {
        state.config.timeout + Duration::from_secs(2)
    };
    let reply = match tokio::time::timeout(limit, work).await {
        Ok(Ok(reply)) => reply,
        Ok(Err(_)) => text(500, "the request failed"),
        Err(_) => text(
            503,
            format!(
                "the request ran past the {:?} timeout",
                state.config.timeout
            ),
        ),
    };
    state.active.fetch_sub(1, Ordering::SeqCst);
    response(reply)
}

fn response(reply: Reply) -> hyper::Response<Full<Bytes>> {
    // text formats say their encoding (CSV and TSV results, Turtle, N-Triples ...)
    let content_type =
        if reply.content_type.starts_with("text/") && !reply.content_type.contains("charset") {
            format!("{}; charset=utf-8", reply.content_type)
        } else {
            reply.content_type
        };
    let mut builder = hyper::Response::builder()
        .status(reply.status)
        .header(hyper::header::CONTENT_TYPE, content_type);
    for (name, value) in reply.headers {
        builder = builder.header(name, value);
    }
    builder
        .body(Full::new(Bytes::from(reply.body)))
        .unwrap_or_else(|_| {
            let mut r = hyper::Response::new(Full::new(Bytes::from_static(b"bad response\n")));
            *r.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
            r
        })
}

fn handle(
    request: &HttpRequest,
    store: &GraphStore,
    config: &Config,
    watchdog: &Watchdog,
) -> Reply {
    let url = request.url.clone();
    let (path, query_string) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let params: Vec<(String, String)> = url::form_urlencoded::parse(query_string.as_bytes())
        .into_owned()
        .collect();
    let accept = header(request, "Accept").unwrap_or_default();
    // relative IRIs in a query or update resolve against the endpoint's own IRI
    let host = header(request, "Host").unwrap_or_else(|| config.bind.clone());
    let base = format!("http://{host}{path}");
    let method = request.method.clone();
    let endpoint = match path {
        "/query" => Some(Endpoint::Query),
        "/update" => Some(Endpoint::Update),
        "/sparql" | "/sparql/" => Some(Endpoint::Both),
        _ => None,
    };
    if let Some(endpoint) = endpoint {
        let reply = match method {
            Method::OPTIONS => preflight("GET, HEAD, POST, OPTIONS"),
            Method::GET | Method::HEAD => {
                sparql_get(store, config, watchdog, endpoint, &params, &accept, &base)
            }
            Method::POST => sparql_post(
                request, store, config, watchdog, endpoint, params, &accept, &base,
            ),
            _ => text(405, "use GET or POST").with("Allow", "GET, HEAD, POST, OPTIONS"),
        };
        // queries may be read from any web page (read-only, no credentials)
        return reply.with("Access-Control-Allow-Origin", "*");
    }
    if matches!(method, Method::GET | Method::HEAD) {
        if let Some(reply) = pages(path, &params, &accept, store, config, watchdog) {
            return reply;
        }
    }
    match (method, path) {
        (Method::GET | Method::HEAD, "/store") => {
            read_graph(store, &params, &accept).with("Access-Control-Allow-Origin", "*")
        }
        (Method::OPTIONS, "/store") => {
            preflight("GET, HEAD, OPTIONS").with("Access-Control-Allow-Origin", "*")
        }
        (_, "/store") => text(405, "the store is read over GET or HEAD")
            .with("Allow", "GET, HEAD, OPTIONS"),
        (Method::GET | Method::HEAD, "/") => service_description(&format!("http://{host}/sparql"), config, &accept),
        (Method::GET | Method::HEAD, "/ontology" | "/ontology.ttl") => {
            Reply::new(200, "text/turtle", ONTOLOGY.as_bytes().to_vec())
                .with("Access-Control-Allow-Origin", "*")
        }
        (Method::GET | Method::HEAD, "/shapes" | "/shapes.ttl") => {
            Reply::new(200, "text/turtle", SHAPES.as_bytes().to_vec())
                .with("Access-Control-Allow-Origin", "*")
        }
        (Method::GET | Method::HEAD, "/context.jsonld") => {
            Reply::new(200, "application/ld+json", crate::jsonld::CONTEXT.as_bytes().to_vec())
                .with("Access-Control-Allow-Origin", "*")
        }
        _ => text(
            404,
            "not found: use /sparql (or /query and /update), /store, /ontology, /shapes or /context.jsonld",
        ),
    }
}

/// The headers of every page: no script, nothing from elsewhere, forms back to this server.
const PAGE_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

fn page(status: u16, html: String) -> Reply {
    Reply::new(status, "text/html; charset=utf-8", html.into_bytes())
        .with("Content-Security-Policy", PAGE_POLICY)
        .with("X-Content-Type-Options", "nosniff")
        .with("Referrer-Policy", "no-referrer")
        .with("Vary", "Accept")
}

/// True when the client asks for HTML first: `text/html` (or XHTML) named, with a weight no
/// lower than any RDF or results type it names. (`*/*` alone is no browser.)
fn wants_html(accept: &str) -> bool {
    let mut html = 0.0f32;
    let mut other = 0.0f32;
    for part in accept.split(',') {
        let mut fields = part.split(';');
        let media = fields.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = fields
            .filter_map(|f| f.trim().strip_prefix("q="))
            .filter_map(|q| q.trim().parse::<f32>().ok())
            .next()
            .unwrap_or(1.0);
        match media.as_str() {
            "text/html" | "application/xhtml+xml" => html = html.max(q),
            "*/*" | "text/*" | "application/*" | "application/xml" | "text/xml" => {}
            _ => other = other.max(q),
        }
    }
    html > 0.0 && html >= other
}

/// The pages for browsers, and the entities' IRIs dereferenced; `None` when the path is none
/// of them.
fn pages(
    path: &str,
    params: &[(String, String)],
    accept: &str,
    store: &GraphStore,
    config: &Config,
    watchdog: &Watchdog,
) -> Option<Reply> {
    if path == "/static/style.css" {
        let css = format!("{}\n{}\n", crate::pages::STYLE, crate::network::SVG_STYLE);
        return Some(
            Reply::new(200, "text/css; charset=utf-8", css.into_bytes())
                .with("Cache-Control", "max-age=3600"),
        );
    }
    let html = wants_html(accept);
    let token = CancellationToken::new();
    let _guard = watchdog.watch(token.clone(), config.timeout);
    let site = crate::pages::Site {
        store,
        base: &config.base,
        token: token.clone(),
    };
    let failed = |e: crate::store::StoreError| {
        if token.is_cancelled() {
            page(
                503,
                crate::pages::error_page(
                    "Too slow",
                    &format!("The page took more than {:?} to make.", config.timeout),
                ),
            )
            .with("Retry-After", "5")
        } else {
            page(
                500,
                crate::pages::error_page("The page failed", &e.to_string()),
            )
        }
    };
    let network_params = || match crate::pages::NetworkParams::from_query(params) {
        Ok(p) => Ok(p),
        Err(e) => Err(page(400, crate::pages::error_page("Bad filter", &e))),
    };
    let reply = match path {
        "/" if html => crate::pages::home(&site).map_or_else(failed, |h| page(200, h)),
        "/search" => {
            let q = param(params, "q").unwrap_or_default();
            crate::pages::search(&site, &q).map_or_else(failed, |h| page(200, h))
        }
        "/ui/query" => {
            let q = param(params, "query");
            page(200, crate::pages::query_page(&site, q.as_deref(), 1000))
        }
        "/network" => {
            let p = match network_params() {
                Ok(p) => p,
                Err(reply) => return Some(reply),
            };
            match param(params, "format").as_deref() {
                None => crate::pages::network_page(&site, &p).map_or_else(failed, |h| page(200, h)),
                Some(format) => match crate::pages::network_of(&site, &p) {
                    Err(e) => failed(e),
                    Ok(net) => match format {
                        "dot" => Reply::new(
                            200,
                            "text/vnd.graphviz; charset=utf-8",
                            net.to_dot().into_bytes(),
                        ),
                        "graphml" => Reply::new(
                            200,
                            "application/graphml+xml; charset=utf-8",
                            net.to_graphml().into_bytes(),
                        ),
                        "gexf" => Reply::new(
                            200,
                            "application/gexf+xml; charset=utf-8",
                            net.to_gexf().into_bytes(),
                        ),
                        "svg" => Reply::new(
                            200,
                            "image/svg+xml; charset=utf-8",
                            net.to_svg_document().into_bytes(),
                        ),
                        other => text(
                            400,
                            format!("format={other:?}: use dot, graphml, gexf or svg"),
                        ),
                    }
                    .with(
                        "Content-Disposition",
                        format!("attachment; filename=\"accusations.{format}\""),
                    )
                    .with("Access-Control-Allow-Origin", "*"),
                },
            }
        }
        "/network/edge" => {
            let p = match network_params() {
                Ok(p) => p,
                Err(reply) => return Some(reply),
            };
            let (source, target) = (param(params, "source")?, param(params, "target")?);
            match crate::pages::edge_page(&site, &p, &source, &target) {
                Ok(Some(h)) => page(200, h),
                Ok(None) => page(
                    404,
                    crate::pages::error_page("No such edge", "No accusation joins these two."),
                ),
                Err(e) => failed(e),
            }
        }
        _ => {
            // an IRI under the base, or any IRI by /resource?iri=
            let iri = if path == "/resource" {
                param(params, "iri")?
            } else {
                format!("{}{}", config.base, path.strip_prefix('/')?)
            };
            if NamedNode::new(iri.as_str()).is_err() || path.len() < 2 {
                return None;
            }
            let kind = match crate::pages::type_of(&site, &iri) {
                Ok(Some(kind)) => kind,
                Ok(None) => return None,
                Err(e) => return Some(failed(e)),
            };
            if html {
                let made = if kind == "article" {
                    crate::pages::article(&site, &iri)
                } else {
                    crate::pages::entity(&site, &iri, kind)
                };
                made.map_or_else(failed, |h| page(200, h))
            } else {
                describe(store, &iri, accept, config, watchdog)
            }
        }
    };
    Some(reply)
}

/// What the store says about an IRI, for RDF clients: its triples and those that point to
/// it, in the format the client accepts (Turtle unless it says otherwise).
fn describe(
    store: &GraphStore,
    iri: &str,
    accept: &str,
    config: &Config,
    watchdog: &Watchdog,
) -> Reply {
    let query = format!(
        "CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}"
    );
    let accept = if accept.trim().is_empty() {
        "text/turtle"
    } else {
        accept
    };
    run_query(store, &query, None, iri, accept, config, watchdog)
        .with("Vary", "Accept")
        .with("Access-Control-Allow-Origin", "*")
}

/// The ontology and the shapes, served as they are in `ontology/`.
const ONTOLOGY: &str = include_str!("../ontology/newsgraph.ttl");
const SHAPES: &str = include_str!("../ontology/shapes.ttl");

/// Which operations a path takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endpoint {
    Query,
    Update,
    Both,
}

/// An answer to a CORS preflight.
fn preflight(methods: &str) -> Reply {
    Reply::new(204, "text/plain", Vec::new())
        .with("Access-Control-Allow-Methods", methods)
        .with("Access-Control-Allow-Headers", "Content-Type, Accept")
        .with("Access-Control-Max-Age", "86400")
}

/// The IRIs of every parameter called `name`.
fn graph_params(params: &[(String, String)], name: &str) -> Result<Vec<NamedNode>, Reply> {
    params
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| NamedNode::new(v).map_err(|e| text(400, format!("bad {name} {v:?}: {e}"))))
        .collect()
}

/// The dataset a request gives with `default` and `named` parameters, if any.
fn protocol_dataset(
    params: &[(String, String)],
    default: &str,
    named: &str,
) -> Result<Option<crate::store::ProtocolDataset>, Reply> {
    let d = graph_params(params, default)?;
    let n = graph_params(params, named)?;
    Ok((!d.is_empty() || !n.is_empty()).then_some((d, n)))
}

/// `GET /sparql?query=...` (and `/query`); with no query, the service description.
fn sparql_get(
    store: &GraphStore,
    config: &Config,
    watchdog: &Watchdog,
    endpoint: Endpoint,
    params: &[(String, String)],
    accept: &str,
    base: &str,
) -> Reply {
    if params.iter().any(|(k, _)| k == "update") {
        return text(
            400,
            "an update goes by POST (application/sparql-update or a form)",
        );
    }
    if endpoint == Endpoint::Update {
        return text(405, "updates go by POST").with("Allow", "POST, OPTIONS");
    }
    let queries: Vec<&String> = params
        .iter()
        .filter(|(k, _)| k == "query")
        .map(|(_, v)| v)
        .collect();
    match queries.as_slice() {
        [] => service_description(base, config, accept),
        [q] => match protocol_dataset(params, "default-graph-uri", "named-graph-uri") {
            Ok(dataset) => run_query(store, q, dataset, base, accept, config, watchdog),
            Err(reply) => reply,
        },
        _ => text(400, "more than one query parameter"),
    }
}

/// `POST /sparql` (and `/query`, `/update`): a query or an update, directly or in a form.
#[allow(clippy::too_many_arguments)]
fn sparql_post(
    request: &HttpRequest,
    store: &GraphStore,
    config: &Config,
    watchdog: &Watchdog,
    endpoint: Endpoint,
    mut params: Vec<(String, String)>,
    accept: &str,
    base: &str,
) -> Reply {
    let content_type = header(request, "Content-Type").unwrap_or_default();
    let mut parts = content_type.split(';');
    let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts
        .filter_map(|p| {
            p.trim()
                .to_ascii_lowercase()
                .strip_prefix("charset=")
                .map(str::to_owned)
        })
        .next();
    if charset.is_some_and(|c| c.trim_matches('"') != "utf-8") {
        return text(415, "the body must be UTF-8");
    }
    let bytes = request.body.clone();
    let (mut queries, mut updates) = (Vec::new(), Vec::new());
    match media.as_str() {
        "application/x-www-form-urlencoded" => {
            for (k, v) in url::form_urlencoded::parse(&bytes).into_owned() {
                match k.as_str() {
                    "query" => queries.push(v),
                    "update" => updates.push(v),
                    _ => params.push((k, v)),
                }
            }
        }
        "application/sparql-query" | "application/sparql-update" => {
            let Ok(body) = String::from_utf8(bytes) else {
                return text(400, "the body is not UTF-8");
            };
            if media == "application/sparql-query" {
                queries.push(body);
            } else {
                updates.push(body);
            }
        }
        "" => return text(415, "a POST needs a Content-Type: application/sparql-query, application/sparql-update or application/x-www-form-urlencoded"),
        other => return text(415, format!("unsupported Content-Type {other:?}: use application/sparql-query, application/sparql-update or application/x-www-form-urlencoded")),
    }
    queries.extend(
        params
            .iter()
            .filter(|(k, _)| k == "query")
            .map(|(_, v)| v.clone()),
    );
    match (queries.len(), updates.len()) {
        (1, 0) if endpoint != Endpoint::Update => {
            match protocol_dataset(&params, "default-graph-uri", "named-graph-uri") {
                Ok(dataset) => {
                    run_query(store, &queries[0], dataset, base, accept, config, watchdog)
                }
                Err(reply) => reply,
            }
        }
        (0, 1) if endpoint != Endpoint::Query => {
            if config.read_only {
                return text(403, "the server is read-only");
            }
            // a page in the user's browser may not change the store: on a loopback address
            // the Host must name the loopback (DNS rebinding: evil.example resolved to
            // 127.0.0.1), and an Origin, when sent, must be the server's own (cross-site)
            if loopback(&config.bind) {
                let host = header(request, "Host").unwrap_or_default();
                if !is_loopback_host(&host) {
                    return text(
                        403,
                        format!(
                            "updates to a loopback server must name it as the host, not {host:?}"
                        ),
                    );
                }
            }
            if let Some(origin) = header(request, "Origin") {
                // (beyond the loopback the Host is the client's word, and a rebound name
                // sends a matching one: there only an origin given with --allow-origin writes)
                let own = header(request, "Host")
                    .filter(|_| loopback(&config.bind))
                    .map(|h| format!("http://{h}"));
                let origin = origin.trim_end_matches('/');
                if own.as_deref() != Some(origin)
                    && !config.allow_origins.iter().any(|o| o == origin)
                {
                    return text(
                        403,
                        format!("updates from another origin ({origin}) are refused"),
                    );
                }
            }
            let using = match protocol_dataset(&params, "using-graph-uri", "using-named-graph-uri")
            {
                Ok(u) => u,
                Err(reply) => return reply,
            };
            // cancelled at the deadline or past the memory budget, an update keeps nothing
            let token = CancellationToken::new();
            let watched = watchdog.watch_update(token.clone(), config.timeout);
            // the writes come in one RocksDB transaction that neither the budget counts nor
            // the deadline stops: an update that would write more quads than one per KiB of
            // the budget (a million by default) is refused before it writes
            let limit = (config.max_query_memory / 1024) as u64;
            match store.update_size(&updates[0], Some(base), using.as_ref(), Some(token.clone())) {
                Ok(Some(n)) if n > limit => {
                    return text(
                        413,
                        format!(
                            "the update would write {n} quads, more than {limit} (one per KiB of \
                             serve --max-query-mb): nothing was written"
                        ),
                    )
                }
                Err(e) if watched.cancelled() => return update_stopped(e, config, &watched),
                _ => {}
            }
            match store.update_with(&updates[0], Some(base), using.as_ref(), Some(token)) {
                Ok(()) => Reply::new(204, "text/plain", Vec::new()),
                // (told by the token, not the message: "DROP GRAPH <http://ex.org/cancelled>")
                Err(e) if watched.cancelled() => update_stopped(e, config, &watched),
                Err(
                    e @ (crate::store::StoreError::Syntax(_)
                    | crate::store::StoreError::DatasetConflict
                    | crate::store::StoreError::BadBase(_)),
                ) => text(400, e.to_string()),
                Err(e) => text(500, e.to_string()),
            }
        }
        (0, 0) => text(400, "missing query or update"),
        (1, 0) => text(400, "this endpoint takes updates: POST the query to /query"),
        (0, 1) => text(
            400,
            "this endpoint takes queries: POST the update to /update",
        ),
        _ => text(400, "give exactly one query or one update"),
    }
}

/// Whether the server listens on a loopback address only.
pub fn loopback(bind: &str) -> bool {
    bind.parse::<std::net::SocketAddr>()
        .map(|a| a.ip().is_loopback())
        .unwrap_or_else(|_| bind.starts_with("localhost:"))
}

/// Whether a Host header names the loopback: `localhost`, `127.x.x.x` or `[::1]`, with or
/// without a port.
fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The service description (SPARQL 1.1 Service Description) of the endpoint at `endpoint`.
fn service_description(endpoint: &str, config: &Config, accept: &str) -> Reply {
    let update = if config.read_only {
        ""
    } else {
        ", sd:SPARQL11Update"
    };
    let ttl = format!(
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query{update} ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,
        fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:RDF_XML, fmt:JSON-LD ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"
    );
    let triple_types: Vec<_> = graph_types()
        .into_iter()
        .filter(|(_, f)| !f.supports_datasets())
        .collect();
    let Some((media, format)) = negotiate(accept, &triple_types) else {
        return text(
            406,
            "no acceptable format for the service description: Turtle, N-Triples, JSON-LD, RDF/XML",
        );
    };
    let mut w = serializer(format).for_writer(Vec::new());
    for t in oxigraph::io::RdfParser::from_format(RdfFormat::Turtle).for_slice(ttl.as_bytes()) {
        match t {
            Ok(q) => {
                if let Err(e) = w.serialize_quad(&q) {
                    return text(500, e.to_string());
                }
            }
            Err(e) => return text(500, e.to_string()),
        }
    }
    match w.finish() {
        Ok(bytes) => Reply::new(200, media, bytes).with("Access-Control-Allow-Origin", "*"),
        Err(e) => text(500, e.to_string()),
    }
}

fn param(params: &[(String, String)], name: &str) -> Option<String> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

fn header(request: &HttpRequest, name: &'static str) -> Option<String> {
    request
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The media types we write, in order of preference when the client has none.
const RESULT_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
    ("application/json", QueryResultsFormat::Json),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/xml", QueryResultsFormat::Xml),
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
        // names clients send for the same formats
        ("application/x-turtle", RdfFormat::Turtle),
        ("text/n3", RdfFormat::Turtle),
        ("text/plain", RdfFormat::NTriples),
        ("application/xml", RdfFormat::RdfXml),
        ("text/xml", RdfFormat::RdfXml),
        (
            "application/json",
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        ),
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
    dataset: Option<crate::store::ProtocolDataset>,
    base: &str,
    accept: &str,
    config: &Config,
    watchdog: &Watchdog,
) -> Reply {
    let token = CancellationToken::new();
    let guard = watchdog.watch(token.clone(), config.timeout);
    // Oxigraph checks the token inside its operators; rows are checked here too, so a query
    // that streams many rows stops at the deadline as well
    let deadline = Instant::now() + config.timeout;
    // (past the deadline, or cancelled by a stop)
    let watched = token.clone();
    let late = || Instant::now() > deadline || watched.is_cancelled();
    let options = crate::store::QueryOptions {
        base: Some(base.to_owned()),
        dataset,
        token: Some(token),
    };
    let results = match store.query_with(query, &options) {
        Ok(r) => r,
        Err(e @ (crate::store::StoreError::Syntax(_) | crate::store::StoreError::BadBase(_))) => {
            return text(400, e.to_string())
        }
        Err(e) => return evaluation_error(e.to_string(), config, &guard),
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
            if let Some(failed) =
                write_rows(triples, &late, config, &guard, |t| w.serialize_triple(t))
            {
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
            if let Some(failed) = write_rows(solutions, &late, config, &guard, |s| w.serialize(s)) {
                return failed;
            }
            match w.finish() {
                Ok(bytes) => (media, bytes),
                Err(e) => return text(500, e.to_string()),
            }
        }
    };
    Reply::new(200, out.0, out.1)
}

/// Writes a result's rows (solutions or triples) with `write`; the reply to send instead when
/// the deadline passes, evaluation fails or writing fails.
fn write_rows<T, E: std::fmt::Display>(
    rows: impl Iterator<Item = Result<T, E>>,
    late: &dyn Fn() -> bool,
    config: &Config,
    watched: &Watched,
    mut write: impl FnMut(&T) -> std::io::Result<()>,
) -> Option<Reply> {
    for row in rows {
        if late() {
            return Some(evaluation_error("cancelled".into(), config, watched));
        }
        match row {
            Ok(row) => {
                if let Err(e) = write(&row) {
                    return Some(text(500, e.to_string()));
                }
            }
            Err(e) => return Some(evaluation_error(e.to_string(), config, watched)),
        }
    }
    None
}

/// The answer to an update stopped at its deadline or budget: why, and that nothing of it was
/// kept (an update is one transaction).
fn update_stopped(e: crate::store::StoreError, config: &Config, watched: &Watched) -> Reply {
    let reply = evaluation_error(e.to_string(), config, watched);
    let why = String::from_utf8_lossy(&reply.body).trim_end().to_owned();
    text(
        reply.status,
        format!("{why}: nothing of the update was kept"),
    )
}

fn evaluation_error(message: String, config: &Config, watched: &Watched) -> Reply {
    let lower = message.to_lowercase();
    if watched.over_memory() || watched.held() > watched.budget() {
        text(
            503,
            format!(
                "the request needed more than {} MiB of memory (serve --max-query-mb)",
                config.max_query_memory >> 20
            ),
        )
    } else if watched.cancelled() || Instant::now() >= watched.watch.deadline {
        text(
            503,
            format!("the request ran past the {:?} timeout", config.timeout),
        )
    } else if lower.contains("service") {
        // this endpoint queries nothing beyond its own store
        text(
            501,
            format!("SERVICE (federated query) is not supported: {message}"),
        )
    } else {
        text(500, message)
    }
}

/// `GET /store?graph=IRI` / `GET /store?default` (and `HEAD`): one graph, in any RDF format;
/// the dataset formats (N-Quads, TriG, JSON-LD) keep the graph's name.
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
    let Some((media, format)) = negotiate(accept, &graph_types()) else {
        return text(
            406,
            "no acceptable graph format: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML",
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
        let written = match q {
            Ok(q) if format.supports_datasets() => w.serialize_quad(q.as_ref()),
            Ok(q) => w.serialize_triple(q.as_ref()),
            Err(e) => return text(500, e.to_string()),
        };
        if let Err(e) = written {
            return text(500, e.to_string());
        }
    }
    match w.finish() {
        Ok(bytes) => Reply::new(200, media, bytes),
        Err(e) => text(500, e.to_string()),
    }
}

/// Cancels queries and updates that run past their deadline or hold more memory than their
/// budget: one thread for all of them, looking every 10 ms.
#[derive(Clone)]
struct Watchdog {
    watched: Arc<Mutex<Vec<Arc<Watch>>>>,
    next: Arc<std::sync::atomic::AtomicU64>,
    /// Bytes one request may hold.
    budget: isize,
}

/// One request watched.
struct Watch {
    id: u64,
    deadline: Instant,
    token: CancellationToken,
    /// Bytes its worker thread holds (see [`crate::memory`]).
    held: Arc<std::sync::atomic::AtomicIsize>,
    /// Cancelled because it held more than the budget.
    over_memory: AtomicBool,
    /// Cancelled on Ctrl-C or SIGTERM (queries); an update runs to its end then.
    on_stop: bool,
}

/// Stops watching a request when dropped; counts the memory its thread holds while it lives.
struct Watched {
    watch: Arc<Watch>,
    watchdog: Watchdog,
    _meter: crate::memory::Meter,
}

impl Watched {
    /// Whether it was cancelled for holding more memory than its budget.
    fn over_memory(&self) -> bool {
        self.watch.over_memory.load(Ordering::SeqCst)
    }

    /// Whether it was cancelled: past its deadline or budget, or by a stop.
    fn cancelled(&self) -> bool {
        self.watch.token.is_cancelled()
    }

    /// Bytes its thread holds now.
    fn held(&self) -> isize {
        self.watch.held.load(Ordering::Relaxed)
    }

    /// Bytes it may hold.
    fn budget(&self) -> isize {
        self.watchdog.budget
    }
}

impl Drop for Watched {
    fn drop(&mut self) {
        if let Ok(mut w) = self.watchdog.watched.lock() {
            w.retain(|watch| watch.id != self.watch.id);
        }
    }
}

impl Watchdog {
    fn start(stop: Arc<AtomicBool>, budget: usize) -> Self {
        let w = Self {
            watched: Arc::new(Mutex::new(Vec::new())),
            next: Arc::new(std::sync::atomic::AtomicU64::new(0)),
            budget: isize::try_from(budget).unwrap_or(isize::MAX),
        };
        let watched = w.watched.clone();
        let budget = w.budget;
        std::thread::spawn(move || loop {
            // memory grows by about a gigabyte a second in a join of rows in memory: every
            // 10 ms keeps what passes the budget small
            std::thread::sleep(Duration::from_millis(10));
            // on Ctrl-C or SIGTERM every running query is cancelled, so the workers finish
            // and the server stops; the watchdog ends once nothing is watched any more
            let stopping = stop.load(Ordering::SeqCst);
            let Ok(w) = watched.lock() else { return };
            let now = Instant::now();
            for watch in w.iter() {
                if watch.held.load(Ordering::Relaxed) > budget {
                    watch.over_memory.store(true, Ordering::SeqCst);
                    watch.token.cancel();
                }
                if (stopping && watch.on_stop) || now >= watch.deadline {
                    watch.token.cancel();
                }
            }
            if stopping && w.is_empty() {
                return;
            }
        });
        w
    }

    /// Watches a query run on this thread: cancelled at its deadline, past its memory budget
    /// and on a stop.
    fn watch(&self, token: CancellationToken, timeout: Duration) -> Watched {
        self.watch_as(token, timeout, true)
    }

    /// Watches an update run on this thread: cancelled at its deadline and past its memory
    /// budget (nothing of it is kept then); a stop lets it finish.
    fn watch_update(&self, token: CancellationToken, timeout: Duration) -> Watched {
        self.watch_as(token, timeout, false)
    }

    fn watch_as(&self, token: CancellationToken, timeout: Duration, on_stop: bool) -> Watched {
        let held = Arc::new(std::sync::atomic::AtomicIsize::new(0));
        let watch = Arc::new(Watch {
            id: self.next.fetch_add(1, Ordering::SeqCst),
            deadline: Instant::now() + timeout,
            token,
            held: held.clone(),
            over_memory: AtomicBool::new(false),
            on_stop,
        });
        if let Ok(mut w) = self.watched.lock() {
            w.push(watch.clone());
        }
        Watched {
            watch,
            watchdog: self.clone(),
            _meter: crate::memory::Meter::start(held),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        assert!(is_loopback_host("localhost:7878"));
        assert!(is_loopback_host("127.0.0.1:7878"));
        assert!(is_loopback_host("[::1]:7878"));
        assert!(is_loopback_host("localhost"));
        assert!(!is_loopback_host("evil.example:7878"));
        assert!(!is_loopback_host("127.0.0.1.evil.example"));
        assert!(loopback("127.0.0.1:7878"));
        assert!(!loopback("0.0.0.0:7878"));
    }

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
