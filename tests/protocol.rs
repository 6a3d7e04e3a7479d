//! The W3C SPARQL 1.1 Protocol test suite (`tests/w3c-protocol/protocol_manifest.ttl`, from
//! w3c/rdf-tests) run against `newsgraph serve` as HTTP requests, and the Graph Store
//! Protocol's read side.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{Graph, NamedNode, NamedNodeRef, NamedOrBlankNode, Term, TermRef};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::Duration;

const MF: &str = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
const HT: &str = "http://www.w3.org/2011/http#";
const CNT: &str = "http://www.w3.org/2011/content#";
const UT: &str = "http://www.w3.org/2009/sparql/tests/test-update#";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/w3c-protocol")
}

mod common;

/// Serves `store` with the default settings.
fn serve(store: newsgraph::GraphStore) -> common::Served {
    common::serve(store, |_| {})
}

/// One HTTP/1.1 exchange; returns status, headers (lower-case names) and body.
fn exchange(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        req.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let split = out
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP answer to {method} {path}: {out:?}"));
    let head = String::from_utf8_lossy(&out[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (status, headers, out[split + 4..].to_vec())
}

fn n(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// The members of an RDF list.
fn list(g: &Graph, head: TermRef<'_>) -> Vec<Term> {
    let mut items = Vec::new();
    let mut head = head.into_owned();
    while let Term::BlankNode(b) = &head {
        let Some(first) = g.object_for_subject_predicate(b, rdf::FIRST) else {
            break;
        };
        items.push(first.into_owned());
        head = g
            .object_for_subject_predicate(b, rdf::REST)
            .map_or_else(|| rdf::NIL.into_owned().into(), TermRef::into_owned);
    }
    items
}

fn object<'a>(g: &'a Graph, s: &Term, p: &str) -> Option<TermRef<'a>> {
    let s = match s {
        Term::NamedNode(x) => NamedOrBlankNode::NamedNode(x.clone()),
        Term::BlankNode(x) => NamedOrBlankNode::BlankNode(x.clone()),
        _ => return None,
    };
    g.object_for_subject_predicate(&s, NamedNodeRef::new_unchecked(p))
}

fn objects(g: &Graph, s: &Term, p: &str) -> Vec<Term> {
    let s = match s {
        Term::NamedNode(x) => NamedOrBlankNode::NamedNode(x.clone()),
        Term::BlankNode(x) => NamedOrBlankNode::BlankNode(x.clone()),
        _ => return Vec::new(),
    };
    g.objects_for_subject_predicate(&s, NamedNodeRef::new_unchecked(p))
        .map(TermRef::into_owned)
        .collect()
}

fn literal(t: Option<TermRef<'_>>) -> Option<String> {
    match t? {
        TermRef::Literal(l) => Some(l.value().to_owned()),
        _ => None,
    }
}

/// What the response must be: status classes ("2xx"), format, ASK answer.
fn check(
    resp: &Term,
    g: &Graph,
    status: u16,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<(), String> {
    let classes: Vec<String> = objects(g, resp, &format!("{MF}expectedStatus"))
        .iter()
        .filter_map(|t| match t {
            Term::NamedNode(n) => n.as_str().rsplit("StatusCode").next().map(str::to_owned),
            _ => None,
        })
        .collect();
    let class = format!("{}xx", status / 100);
    if !classes.is_empty() && !classes.contains(&class) {
        return Err(format!(
            "status {status}, expected {classes:?}: {}",
            String::from_utf8_lossy(body)
        ));
    }
    let content_type = headers
        .iter()
        .find(|(k, _)| k == "content-type")
        .map(|(_, v)| v.split(';').next().unwrap_or("").trim().to_owned())
        .unwrap_or_default();
    let format = literal(object(g, resp, &format!("{MF}expectedFormat")));
    let allowed: &[&str] = match format.as_deref() {
        Some("boolean") => &[
            "application/sparql-results+json",
            "application/sparql-results+xml",
        ],
        Some("tabular") => &[
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
            "text/tab-separated-values",
        ],
        Some("RDF") => &[
            "text/turtle",
            "application/rdf+xml",
            "application/n-triples",
            "application/ld+json",
        ],
        _ => &[],
    };
    if !allowed.is_empty() && !allowed.contains(&content_type.as_str()) {
        return Err(format!(
            "content type {content_type:?}, expected one of {allowed:?}"
        ));
    }
    if let Some(expected) = literal(object(g, resp, &format!("{MF}expectedBoolean"))) {
        let text = String::from_utf8_lossy(body);
        let got = if content_type.ends_with("json") {
            text.contains("\"boolean\":true")
        } else {
            text.contains("<boolean>true</boolean>")
        };
        if got.to_string() != expected {
            return Err(format!("ASK gave {text}, expected {expected}"));
        }
    }
    Ok(())
}

/// Runs one test of the manifest on a fresh server; `Err` says what went wrong.
fn run_test(g: &Graph, test: &Term) -> Result<(), String> {
    let store = newsgraph::GraphStore::memory().unwrap();
    for data in objects(g, test, &format!("{UT}graphData")) {
        let file = match object(g, &data, &format!("{UT}graph")) {
            Some(TermRef::NamedNode(f)) => f.as_str().rsplit('/').next().unwrap().to_owned(),
            _ => return Err("graphData without a file".into()),
        };
        let name = literal(object(g, &data, RDFS_LABEL)).ok_or("graphData without a label")?;
        let quads: Vec<_> = RdfParser::from_format(RdfFormat::NTriples)
            .for_reader(std::fs::File::open(dir().join(&file)).unwrap())
            .map(|q| {
                let q = q.unwrap();
                oxigraph::model::Quad::new(q.subject, q.predicate, q.object, n(&name))
            })
            .collect();
        store.replace_graph(&n(&name), &quads).unwrap();
    }
    let (addr, stop, handle) = serve(store);
    let action = object(g, test, &format!("{MF}action"))
        .ok_or("no action")?
        .into_owned();
    let requests = object(g, &action, &format!("{HT}requests")).ok_or("no requests")?;
    let mut result = Ok(());
    for req in list(g, requests) {
        let method = literal(object(g, &req, &format!("{HT}methodName"))).unwrap();
        let path = literal(object(g, &req, &format!("{HT}absolutePath"))).unwrap();
        let mut headers = Vec::new();
        if let Some(h) = object(g, &req, &format!("{HT}headers")) {
            for item in list(g, h) {
                headers.push((
                    literal(object(g, &item, &format!("{HT}fieldName"))).unwrap(),
                    literal(object(g, &item, &format!("{HT}fieldValue"))).unwrap(),
                ));
            }
        }
        // the test's media types are asked for by the response check, not the request: a
        // client asks for what it reads
        headers.push((
            "Accept".into(),
            "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/turtle;q=0.8, */*;q=0.1".into(),
        ));
        let body = object(g, &req, &format!("{HT}body"))
            .and_then(|b| literal(object(g, &b.into_owned(), &format!("{CNT}chars"))))
            .unwrap_or_default();
        // "charset=UTF-16" tests send the body in UTF-16
        let bytes: Vec<u8> = if headers
            .iter()
            .any(|(_, v)| v.to_ascii_lowercase().contains("utf-16"))
        {
            body.encode_utf16().flat_map(u16::to_be_bytes).collect()
        } else {
            body.into_bytes()
        };
        let (status, resp_headers, resp_body) = exchange(&addr, &method, &path, &headers, &bytes);
        if std::env::var_os("PROTOCOL_TRACE").is_some() {
            eprintln!(
                "{method} {path} -> {status} {:?}",
                resp_headers.iter().find(|(k, _)| k == "content-type")
            );
        }
        let resp = object(g, &req, &format!("{HT}resp"))
            .ok_or("no response")?
            .into_owned();
        if let Err(e) = check(&resp, g, status, &resp_headers, &resp_body) {
            result = Err(format!("{method} {path}: {e}"));
            break;
        }
    }
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
    result
}

#[test]
fn the_w3c_protocol_tests_pass() {
    let base = "file:///w3c-protocol/";
    let g: Graph = RdfParser::from_format(RdfFormat::Turtle)
        .with_base_iri(base)
        .unwrap()
        .for_reader(std::fs::File::open(dir().join("protocol_manifest.ttl")).unwrap())
        .map(|q| {
            let q = q.unwrap();
            oxigraph::model::Triple::new(q.subject, q.predicate, q.object)
        })
        .collect();
    let manifest = Term::from(n(base));
    let entries = object(&g, &manifest, &format!("{MF}entries")).expect("entries");
    let tests = list(&g, entries);
    assert_eq!(tests.len(), 34, "the manifest lists 34 tests");
    let mut failed = Vec::new();
    for t in &tests {
        if let Err(e) = run_test(&g, t) {
            failed.push(format!("{t}: {e}"));
        }
    }
    let passed = tests.len() - failed.len();
    eprintln!("W3C protocol tests: {passed} of {} pass", tests.len());
    // every test passes (the README explains none left out)
    assert!(
        failed.is_empty(),
        "{passed} of 34 pass; failing:\n{}",
        failed.join("\n")
    );
}

/// The Graph Store Protocol's read side: GET and HEAD on `?graph=` and `?default`, every RDF
/// format, 404 on a missing graph.
#[test]
fn the_graph_store_protocol_reads_graphs_in_every_format() {
    let store = newsgraph::GraphStore::memory().unwrap();
    let g = n("http://example.org/g");
    let quads: Vec<_> = RdfParser::from_format(RdfFormat::NTriples)
        .for_reader(std::fs::File::open(dir().join("data1.nt")).unwrap())
        .map(|q| {
            let q = q.unwrap();
            oxigraph::model::Quad::new(q.subject, q.predicate, q.object, g.clone())
        })
        .collect();
    let expected = quads.len();
    assert!(expected > 0);
    store.replace_graph(&g, &quads).unwrap();
    let (addr, stop, handle) = serve(store);
    let path = "/store?graph=http%3A%2F%2Fexample.org%2Fg";
    let formats = [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/rdf+xml", RdfFormat::RdfXml),
        ("application/n-quads", RdfFormat::NQuads),
        ("application/trig", RdfFormat::TriG),
        (
            "application/ld+json",
            RdfFormat::JsonLd {
                profile: Default::default(),
            },
        ),
    ];
    for (media, format) in formats {
        let accept = vec![("Accept".to_owned(), media.to_owned())];
        let (status, headers, body) = exchange(&addr, "GET", path, &accept, b"");
        assert_eq!(status, 200, "{media}");
        let ct = &headers.iter().find(|(k, _)| k == "content-type").unwrap().1;
        assert!(ct.starts_with(media), "{media}: {ct}");
        let got: Vec<_> = RdfParser::from_format(format)
            .for_slice(&body)
            .map(|q| q.unwrap_or_else(|e| panic!("{media}: {e}")))
            .collect();
        assert_eq!(got.len(), expected, "{media}");
        if format.supports_datasets() {
            assert!(
                got.iter().all(|q| q.graph_name == g.clone().into()),
                "{media} keeps the graph name"
            );
        }
        // HEAD: the same headers, no body
        let (status, headers, body) = exchange(&addr, "HEAD", path, &accept, b"");
        assert_eq!(status, 200);
        assert!(body.is_empty(), "HEAD has no body");
        assert!(headers
            .iter()
            .any(|(k, v)| k == "content-type" && v.starts_with(media)));
    }
    let (status, _, body) = exchange(&addr, "GET", "/store?default", &[], b"");
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let (status, _, _) = exchange(
        &addr,
        "GET",
        "/store?graph=http%3A%2F%2Fexample.org%2Fnone",
        &[],
        b"",
    );
    assert_eq!(status, 404);
    let (status, _, _) = exchange(
        &addr,
        "HEAD",
        "/store?graph=http%3A%2F%2Fexample.org%2Fnone",
        &[],
        b"",
    );
    assert_eq!(status, 404);
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
}

/// A POST that asks to upgrade to HTTP/2 (`Connection: Upgrade, HTTP2-Settings`, `Upgrade:
/// h2c`), as Java's HTTP client sends by default, answered over HTTP/1.1 with the connection
/// left open by the client; the raw answer.
fn h2c_post(addr: &str, query: &str) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let req = format!(
        "POST /sparql HTTP/1.1\r\nHost: {addr}\r\nConnection: Upgrade, HTTP2-Settings\r\n\
         Upgrade: h2c\r\nHTTP2-Settings: AAEAAEAAAAIAAAAAAAMAAAAAZAAEAAEAAAAFAAQAAAAGAAAgAA\r\n\
         Content-Type: application/sparql-query\r\nAccept: application/sparql-results+json\r\n\
         Content-Length: {}\r\n\r\n{query}",
        query.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    // read until the JSON body is complete; the client does not close its side
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&out).contains("\"boolean\"") {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(k) => out.extend_from_slice(&buf[..k]),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn h2c_upgrade_posts_are_answered_and_a_burst_does_not_stop_the_server() {
    let (addr, stop, handle) = serve(newsgraph::GraphStore::memory().unwrap());
    let answer = h2c_post(&addr, "ASK {}");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"boolean\":true"), "{answer}");
    // more at once than there are workers (4), each holding its connection open
    let burst: Vec<_> = (0..8)
        .map(|_| {
            let addr = addr.clone();
            std::thread::spawn(move || h2c_post(&addr, "ASK {}"))
        })
        .collect();
    for b in burst {
        let answer = b.join().unwrap();
        assert!(
            answer.starts_with("HTTP/1.1 200") || answer.starts_with("HTTP/1.1 503"),
            "{answer}"
        );
    }
    let (status, _, _) = exchange(&addr, "GET", "/sparql?query=ASK%7B%7D", &[], b"");
    assert_eq!(status, 200, "the server still answers");
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
}

#[test]
fn service_description_cors_base_service_and_origin() {
    let (addr, stop, handle) = serve(newsgraph::GraphStore::memory().unwrap());
    // the service description, at the endpoint with no query and at the root
    for path in ["/sparql", "/query", "/"] {
        let accept = vec![("Accept".to_owned(), "text/turtle".to_owned())];
        let (status, _, body) = exchange(&addr, "GET", path, &accept, b"");
        assert_eq!(status, 200, "{path}");
        let triples: Vec<_> = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(&body)
            .map(|t| t.unwrap())
            .collect();
        let sd = "http://www.w3.org/ns/sparql-service-description#";
        assert!(
            triples
                .iter()
                .any(|t| t.object.to_string() == format!("<{sd}Service>")),
            "{path}: {}",
            String::from_utf8_lossy(&body)
        );
        assert!(triples
            .iter()
            .any(|t| t.object.to_string() == format!("<{sd}SPARQL11Query>")));
    }
    // CORS: a preflight, and the header on answers
    let (status, headers, _) = exchange(&addr, "OPTIONS", "/sparql", &[], b"");
    assert_eq!(status, 204);
    assert!(headers
        .iter()
        .any(|(k, v)| k == "access-control-allow-methods" && v.contains("POST")));
    let (_, headers, _) = exchange(&addr, "GET", "/sparql?query=ASK%7B%7D", &[], b"");
    assert!(headers
        .iter()
        .any(|(k, v)| k == "access-control-allow-origin" && v == "*"));
    // relative IRIs resolve against the endpoint
    let q = "CONSTRUCT { <s> <p> 1 } WHERE {}";
    let form = format!("query={}", url_encode(q));
    let h = vec![
        (
            "Content-Type".to_owned(),
            "application/x-www-form-urlencoded".to_owned(),
        ),
        ("Accept".to_owned(), "application/n-triples".to_owned()),
    ];
    let (status, _, body) = exchange(&addr, "POST", "/sparql", &h, form.as_bytes());
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert!(String::from_utf8_lossy(&body).contains(&format!("<http://{addr}/s>")));
    // SERVICE: not implemented, said so
    let q = url_encode("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
    let (status, _, _) = exchange(&addr, "GET", &format!("/sparql?query={q}"), &[], b"");
    assert_eq!(status, 501);
    // an update from a page of another origin is refused; from the server's own it runs
    let h = |origin: &str| {
        vec![
            (
                "Content-Type".to_owned(),
                "application/sparql-update".to_owned(),
            ),
            ("Origin".to_owned(), origin.to_owned()),
        ]
    };
    let (status, _, _) = exchange(
        &addr,
        "POST",
        "/update",
        &h("http://evil.example"),
        b"CLEAR ALL",
    );
    assert_eq!(status, 403);
    let (status, _, _) = exchange(
        &addr,
        "POST",
        "/update",
        &h(&format!("http://{addr}")),
        b"CLEAR ALL",
    );
    assert_eq!(status, 204);
    // a text/plain body is refused for updates and queries (no simple cross-site request)
    let h = vec![("Content-Type".to_owned(), "text/plain".to_owned())];
    let (status, _, _) = exchange(&addr, "POST", "/update", &h, b"CLEAR ALL");
    assert_eq!(status, 415);
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
}

fn url_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Slow tier: a real Java client (java.net.http.HttpClient, which asks to upgrade every
/// request to h2c) queries by GET and POST, and a burst of its POSTs leaves the server up.
#[test]
#[ignore = "slow tier: needs a JDK (scripts/setup --slow); cargo test --release -- --ignored"]
fn a_java_client_queries_and_its_h2c_burst_leaves_the_server_up() {
    let (addr, stop, handle) = serve(newsgraph::GraphStore::memory().unwrap());
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/java/SparqlClient.java");
    let out = std::process::Command::new("java")
        .arg(source)
        .arg(format!("http://{addr}/sparql"))
        .output()
        .expect("java runs (scripts/setup --slow installs a JDK)");
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
