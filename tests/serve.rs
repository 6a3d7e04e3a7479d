//! `newsgraph serve`, driven from outside: raw HTTP from Rust for the status codes, Python's
//! SPARQLWrapper (a real SPARQL client; slow tier, after `scripts/setup --slow`) for the
//! protocol and a concurrent load, and the CLI under SIGTERM for a graceful stop that loses nothing.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::Ordering;
use std::time::Duration;

mod common;

/// A memory store holding the examples, served on a free port until the returned flag is set.
fn start_with(
    read_only: bool,
    max_body: usize,
    timeout: Duration,
    workers: usize,
    queue: usize,
) -> common::Served {
    common::serve(common::examples_store(), |c| {
        c.read_only = read_only;
        c.max_body = max_body;
        c.timeout = timeout;
        c.workers = workers;
        c.queue = queue;
    })
}

fn start(read_only: bool, max_body: usize, timeout: Duration) -> common::Served {
    start_with(read_only, max_body, timeout, 4, 64)
}

/// One HTTP/1.1 request; returns the status and the body.
fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let _ = s.write_all(body);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|b| b.1.to_owned())
        .unwrap_or_default();
    (status, body)
}

fn enc(q: &str) -> String {
    url::form_urlencoded::byte_serialize(q.as_bytes()).collect()
}

#[test]
fn status_codes_follow_the_protocol() {
    let (addr, stop, handle) = start(true, 4096, Duration::from_millis(200));
    let q = enc("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    let (code, body) = http(
        &addr,
        "GET",
        &format!("/query?query={q}"),
        &[("Accept", "text/csv")],
        b"",
    );
    assert_eq!(code, 200, "{body}");
    let n: usize = body.lines().nth(1).unwrap().trim().parse().unwrap();
    assert!(n > 200, "{body}");
    // a bad query: 400 with the parser's message
    let (code, body) = http(
        &addr,
        "GET",
        &format!("/query?query={}", enc("SELEC ?x")),
        &[],
        b"",
    );
    assert_eq!(code, 400);
    assert!(body.contains("invalid SPARQL"), "{body}");
    // nothing acceptable: 406
    let (code, _) = http(
        &addr,
        "GET",
        &format!("/query?query={q}"),
        &[("Accept", "image/png")],
        b"",
    );
    assert_eq!(code, 406);
    // too big a body: 413
    let big = vec![b'#'; 5000];
    let (code, _) = http(
        &addr,
        "POST",
        "/query",
        &[("Content-Type", "application/sparql-query")],
        &big,
    );
    assert_eq!(code, 413);
    // read-only: no updates
    let (code, _) = http(
        &addr,
        "POST",
        "/update",
        &[("Content-Type", "application/sparql-update")],
        b"INSERT DATA { <http://x/s> <http://x/p> 1 }",
    );
    assert_eq!(code, 403);
    // the Graph Store Protocol's read side
    let g = enc("https://w3id.org/newsgraph/article/ruritania");
    let (code, body) = http(
        &addr,
        "GET",
        &format!("/store?graph={g}"),
        &[("Accept", "application/n-triples")],
        b"",
    );
    assert_eq!(code, 200);
    assert!(body.contains("Anna Berg"), "{body}");
    let (code, _) = http(
        &addr,
        "GET",
        &format!("/store?graph={}", enc("http://nowhere/")),
        &[],
        b"",
    );
    assert_eq!(code, 404);
    let (code, _) = http(&addr, "DELETE", "/query", &[], b"");
    assert_eq!(code, 405);
    // a query past the timeout is cancelled: 503, and the server answers the next one
    let slow = enc("SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
    let started = std::time::Instant::now();
    let (code, body) = http(
        &addr,
        "GET",
        &format!("/query?query={slow}"),
        &[("Accept", "text/csv")],
        b"",
    );
    assert_eq!(code, 503, "{body}");
    assert!(started.elapsed() < Duration::from_secs(20));
    let (code, _) = http(&addr, "GET", &format!("/query?query={q}"), &[], b"");
    assert_eq!(code, 200);
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
}

/// One worker, a queue of one: while a slow query holds the worker, a burst gets quick 503s,
/// and the server answers again once it is free.
#[test]
fn a_burst_over_capacity_gets_503() {
    let (addr, stop, handle) = start_with(true, 1 << 20, Duration::from_millis(1500), 1, 1);
    let slow = enc("SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
    let a = addr.clone();
    let holder = std::thread::spawn(move || {
        http(
            &a,
            "GET",
            &format!("/query?query={slow}"),
            &[("Accept", "text/csv")],
            b"",
        )
        .0
    });
    std::thread::sleep(Duration::from_millis(300));
    let q = enc("ASK { ?s ?p ?o }");
    let burst: Vec<_> = (0..6)
        .map(|_| {
            let a = addr.clone();
            let q = q.clone();
            std::thread::spawn(move || http(&a, "GET", &format!("/query?query={q}"), &[], b"").0)
        })
        .collect();
    let codes: Vec<u16> = burst.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(codes.contains(&503), "{codes:?}");
    assert!(codes.iter().all(|c| *c == 503 || *c == 200), "{codes:?}");
    assert_eq!(holder.join().unwrap(), 503, "the slow query timed out");
    let (code, _) = http(&addr, "GET", &format!("/query?query={q}"), &[], b"");
    assert_eq!(code, 200);
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
}

/// SPARQLWrapper: SELECT as JSON and XML, CONSTRUCT as Turtle, an update, a bad query, then
/// 8 client threads x 40 queries at once with no failed request.
#[test]
#[ignore = "slow tier: needs SPARQLWrapper (scripts/setup --slow); cargo test --release -- --ignored"]
fn a_real_sparql_client_and_concurrent_load() {
    let (addr, stop, handle) = start(false, 1 << 20, Duration::from_secs(30));
    let script = r#"
import sys, threading
from SPARQLWrapper import SPARQLWrapper, JSON, XML, TURTLE, POST
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
base = sys.argv[1]
s = SPARQLWrapper(base + "/query")
s.setQuery("PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <https://schema.org/> SELECT ?n WHERE { ?p a ng:Person ; schema:name ?n }")
s.setReturnFormat(JSON)
names = {b["n"]["value"] for b in s.query().convert()["results"]["bindings"]}
assert "Anna Berg" in names, names
s.setReturnFormat(XML)
assert s.query().convert().getElementsByTagName("result")
c = SPARQLWrapper(base + "/query")
c.setQuery("CONSTRUCT { ?p <https://schema.org/name> ?n } WHERE { ?p <https://schema.org/name> ?n }")
c.setReturnFormat(TURTLE)
assert b"Anna Berg" in c.query().convert()
u = SPARQLWrapper(base + "/query", updateEndpoint=base + "/update")
u.setMethod(POST)
u.setQuery("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"added\" } }")
u.query()
a = SPARQLWrapper(base + "/query")
a.setQuery("ASK { GRAPH <http://example.org/g> { ?s ?p \"added\" } }")
a.setReturnFormat(JSON)
assert a.query().convert()["boolean"] is True
bad = SPARQLWrapper(base + "/query")
bad.setQuery("SELECT WHERE {")
try:
    bad.query()
    raise SystemExit("a bad query was accepted")
except QueryBadFormed:
    pass
failures = []
def client():
    w = SPARQLWrapper(base + "/query")
    w.setQuery("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    w.setReturnFormat(JSON)
    for _ in range(40):
        try:
            n = int(w.query().convert()["results"]["bindings"][0]["n"]["value"])
            assert n > 200
        except Exception as e:
            failures.append(repr(e))
threads = [threading.Thread(target=client) for _ in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
assert not failures, failures[:3]
print("ok")
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script, &format!("http://{addr}")])
        .output()
        .expect("python3 runs (SPARQLWrapper is installed by .ci/run)");
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
    assert!(
        out.status.success() && String::from_utf8_lossy(&out.stdout).contains("ok"),
        "SPARQLWrapper: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// SIGTERM: the server stops cleanly and what was updated is in the store afterwards.
#[cfg(feature = "rocksdb")]
#[test]
fn sigterm_stops_the_server_and_keeps_updates() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    assert_cmd::Command::cargo_bin("newsgraph")
        .unwrap()
        .args(["load", "--quiet", "--store"])
        .arg(&store)
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ruritania.txt"))
        .assert()
        .success();
    let addr = format!("127.0.0.1:{}", common::free_port());
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
        .args(["serve", "--bind", &addr, "--store"])
        .arg(&store)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..200 {
        if TcpStream::connect(&addr).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    let (code, _) = http(
        &addr,
        "POST",
        "/update",
        &[("Content-Type", "application/sparql-update")],
        b"INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"kept\" } }",
    );
    assert_eq!(code, 204);
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
    let out = assert_cmd::Command::cargo_bin("newsgraph")
        .unwrap()
        .args(["query", "--format", "csv", "--store"])
        .arg(&store)
        .args([
            "-e",
            "SELECT ?o WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("kept"));
}

/// The library's loader: a bulk load into an empty store, then one transaction per article
/// into the store that has data; an article loaded again replaces its graph (no quad twice).
#[test]
fn the_loader_bulk_loads_then_replaces_graphs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("examples/ruritania.txt");
    let store = newsgraph::GraphStore::memory().unwrap();
    let mut seen = 0;
    let mapper = newsgraph::RdfMapper::default();
    newsgraph::loader::Loader::new(&store, &mapper)
        .load(std::slice::from_ref(&example), &mut |batch| {
            seen += batch.len()
        })
        .unwrap();
    assert_eq!(seen, 1);
    let once = store.len().unwrap();
    assert!(once > 50, "the example gives a graph: {once} quads");
    // into a store that has data: the same article replaces its graph
    newsgraph::loader::Loader::new(&store, &mapper)
        .load(&[example], &mut |_| {})
        .unwrap();
    assert_eq!(store.len().unwrap(), once);
}
