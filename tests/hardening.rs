//! `newsgraph serve` against careless and hostile clients: idle connections past the limit,
//! clients that never read their answers, endless headers, queries past the timeout (ORDER BY
//! included), and a stop while a long query runs. In process, on loopback, each in seconds.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

mod common;

/// The examples in a memory store, served with `change` made to the settings.
fn start(change: impl FnOnce(&mut newsgraph::serve::Config)) -> common::Served {
    common::serve(common::examples_store(), change)
}

/// GET `path`; the status, or 0 when no answer came within 10 s.
fn get(addr: &str, path: &str) -> u16 {
    let Ok(mut s) = TcpStream::connect(addr) else {
        return 0;
    };
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    if s.write_all(req.as_bytes()).is_err() {
        return 0;
    }
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out)
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

fn enc(q: &str) -> String {
    url::form_urlencoded::byte_serialize(q.as_bytes()).collect()
}

/// Every triple against every triple against every triple: hundreds of millions of rows,
/// streamed (sorted ones, updates and the memory budget are attacked on a real server
/// process in `tests/attack.rs`).
const CARTESIAN: &str = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

#[test]
fn idle_connections_past_the_limit_neither_stop_nor_freeze_the_server() {
    let (addr, stop, handle) = start(|c| {
        c.max_connections = 20;
        c.header_timeout = Duration::from_secs(1);
    });
    // more idle connections than allowed, holding them open
    let idle: Vec<TcpStream> = (0..60)
        .filter_map(|_| TcpStream::connect(&addr).ok())
        .collect();
    assert!(idle.len() >= 20);
    // the idle ones are cut after the header deadline; the server answers again
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(get(&addr, "/sparql?query=ASK%7B%7D"), 200);
    assert!(!handle.is_finished(), "the server is still running");
    drop(idle);
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
}

#[test]
fn clients_that_never_read_do_not_hold_the_workers() {
    let (addr, stop, handle) = start(|c| c.workers = 2);
    // eight clients ask for every triple and never read a byte of the answer
    let q = enc("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }");
    let hogs: Vec<TcpStream> = (0..8)
        .map(|_| {
            let mut s = TcpStream::connect(&addr).unwrap();
            let req = format!("GET /sparql?query={q} HTTP/1.1\r\nHost: {addr}\r\n\r\n");
            s.write_all(req.as_bytes()).unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    assert_eq!(get(&addr, "/sparql?query=ASK%7B%7D"), 200);
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    drop(hogs);
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
}

#[test]
fn an_endless_header_is_refused() {
    let (addr, stop, handle) = start(|_| {});
    let mut s = TcpStream::connect(&addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX-Junk: ")
        .unwrap();
    let chunk = vec![b'a'; 16 * 1024];
    // the server closes the connection (after 431) well before 10 MB of header
    let mut sent = 0;
    while sent < 10 << 20 {
        if s.write_all(&chunk).is_err() {
            break;
        }
        sent += chunk.len();
    }
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let answer = String::from_utf8_lossy(&out);
    assert!(
        sent < 10 << 20 || answer.starts_with("HTTP/1.1 431"),
        "{sent} bytes taken: {answer}"
    );
    assert_eq!(get(&addr, "/sparql?query=ASK%7B%7D"), 200);
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
}

#[test]
fn a_query_past_the_timeout_gets_503_and_a_stop_cancels_a_running_query() {
    let (addr, stop, handle) = start(|c| c.timeout = Duration::from_secs(1));
    let t = Instant::now();
    let status = get(&addr, &format!("/sparql?query={}", enc(CARTESIAN)));
    assert_eq!(status, 503, "after {:?}", t.elapsed());
    assert!(t.elapsed() < Duration::from_secs(8), "{:?}", t.elapsed());
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();

    // a stop while a long query runs: the query is cancelled and the server ends
    let (addr, stop, handle) = start(|c| c.timeout = Duration::from_secs(60));
    let a = addr.clone();
    let client = std::thread::spawn(move || get(&a, &format!("/sparql?query={}", enc(CARTESIAN))));
    std::thread::sleep(Duration::from_millis(500));
    let t = Instant::now();
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
    assert!(
        t.elapsed() < Duration::from_secs(10),
        "stopped after {:?}",
        t.elapsed()
    );
    let _ = client.join();
}

#[test]
fn a_rebound_host_cannot_update_a_loopback_server() {
    let post = |addr: &str, host: &str, origin: &str| {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let body = "CLEAR ALL";
        let req = format!(
            "POST /update HTTP/1.1\r\nHost: {host}\r\nOrigin: {origin}\r\nConnection: close\r\n\
             Content-Type: application/sparql-update\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        s.write_all(req.as_bytes()).unwrap();
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out
    };
    let (addr, stop, handle) = start(|_| {});
    let port = addr.rsplit(':').next().unwrap();
    // DNS rebinding: the page's own origin and host, resolved to 127.0.0.1
    let evil = format!("evil.example:{port}");
    let answer = post(&addr, &evil, &format!("http://{evil}"));
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    let local = format!("localhost:{port}");
    let answer = post(&addr, &local, &format!("http://{local}"));
    assert!(answer.starts_with("HTTP/1.1 204"), "{answer}");
    // another site's page: refused, unless the server names its origin (--allow-origin)
    let answer = post(&addr, &local, "https://app.example.org");
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
    let (addr, stop, handle) =
        start(|c| c.allow_origins = vec!["https://app.example.org".to_owned()]);
    let port = addr.rsplit(':').next().unwrap();
    let local = format!("localhost:{port}");
    let answer = post(&addr, &local, "https://app.example.org");
    assert!(answer.starts_with("HTTP/1.1 204"), "{answer}");
    let answer = post(&addr, &local, "https://other.example.org");
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap();
}
