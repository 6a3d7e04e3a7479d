//! A real `newsgraph serve` process on an on-disk store, attacked on loopback as a hostile or
//! careless client would, in bounded loops: 2,000 idle connections, 50 clients that never read
//! their answers, an oversized and an endless header, a cartesian SELECT, ORDER BY and UPDATE
//! under a 2 s timeout and a 128 MiB budget per request, a cross-origin `text/plain` update,
//! and SIGTERM during a long query. After each, a normal query is answered within a second and
//! the store has every quad it had; at the end the server's peak memory is under the bound
//! README states (its own footprint plus the budget of the requests that ran at once). And a
//! server bound beyond the loopback takes updates only with `--writable`.

#![cfg(all(unix, feature = "rocksdb"))]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");
/// Memory one request may hold (`serve --max-query-mb`).
const BUDGET_MB: u64 = 128;

/// Every quad against every quad against every quad: 656 quads give 282 million rows.
const CARTESIAN: &str =
    "SELECT * WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }";
const COUNT: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(store: &Path) -> Self {
        Self::start_on(store, "127.0.0.1", &[])
    }

    /// Serves `store` on a free port of `host` with `args` added; `addr` is the loopback
    /// address to reach it.
    fn start_on(store: &Path, host: &str, args: &[&str]) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr = format!("127.0.0.1:{port}");
        let child = Command::new(BIN)
            .args(["serve", "--store"])
            .arg(store)
            .args(["--bind", &format!("{host}:{port}"), "--timeout", "2"])
            .args(["--workers", "4", "--max-query-mb", &BUDGET_MB.to_string()])
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut server = Self { child, addr };
        let started = Instant::now();
        while TcpStream::connect(&server.addr).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "serve did not start"
            );
            // (a port taken by another process between our probe and the bind: say so)
            if let Some(exit) = server.child.try_wait().unwrap() {
                panic!("serve exited before listening: {exit:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }

    /// The peak resident memory of the server, in KiB.
    fn peak_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    }

    /// A request; the status line and body, or "" when none came within `wait`.
    fn send(&self, request: &str, wait: Duration) -> String {
        let Ok(mut s) = TcpStream::connect(&self.addr) else {
            return String::new();
        };
        s.set_read_timeout(Some(wait)).unwrap();
        if s.write_all(request.as_bytes()).is_err() {
            return String::new();
        }
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    fn get(&self, query: &str, wait: Duration) -> String {
        let q: String = url::form_urlencoded::byte_serialize(query.as_bytes()).collect();
        self.send(
            &format!(
                "GET /sparql?query={q} HTTP/1.1\r\nHost: {}\r\nAccept: text/csv\r\n\
                 Connection: close\r\n\r\n",
                self.addr
            ),
            wait,
        )
    }

    fn post(&self, content_type: &str, origin: Option<&str>, body: &str) -> String {
        let origin = origin.map_or(String::new(), |o| format!("Origin: {o}\r\n"));
        self.send(
            &format!(
                "POST /update HTTP/1.1\r\nHost: {}\r\n{origin}Content-Type: {content_type}\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                self.addr,
                body.len()
            ),
            Duration::from_secs(30),
        )
    }

    /// After an attack: a normal query is answered within a second and the store holds
    /// `quads` quads.
    fn still_serves(&self, after: &str, quads: usize) {
        let t = Instant::now();
        let answer = self.get(COUNT, Duration::from_secs(5));
        let took = t.elapsed();
        assert!(
            answer.starts_with("HTTP/1.1 200"),
            "after {after}: {answer}"
        );
        assert!(
            took < Duration::from_secs(1),
            "after {after}: answered in {took:?}"
        );
        assert_eq!(count_in(&answer), quads, "after {after}: quads lost");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The number in a CSV answer to [`COUNT`].
fn count_in(answer: &str) -> usize {
    answer
        .lines()
        .rev()
        .find_map(|l| l.trim().parse().ok())
        .unwrap_or(usize::MAX)
}

fn status(answer: &str) -> &str {
    answer.split(' ').nth(1).unwrap_or("none")
}

/// Raises this process's limit on open files to `n` (2,000 idle connections need as many).
fn allow_open_files(n: u64) {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls on a local struct
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit), 0);
        if limit.rlim_cur < n {
            limit.rlim_cur = n.min(limit.rlim_max);
            assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &limit), 0);
        }
    }
}

/// A store in `dir` with the shipped examples loaded by `newsgraph load`.
fn load_examples(dir: &Path) -> std::path::PathBuf {
    let store = dir.join("store");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = Command::new(BIN)
        .args(["load", "--quiet", "--store"])
        .arg(&store)
        .arg(root.join("examples/ruritania.txt"))
        .arg(root.join("examples/wire.jsonl"))
        .status()
        .unwrap();
    assert!(loaded.success());
    store
}

#[test]
fn a_real_server_survives_hostile_clients_within_its_time_and_memory_bounds() {
    allow_open_files(4096);
    let dir = tempfile::tempdir().unwrap();
    let store = load_examples(dir.path());
    let server = Server::start(&store);
    let quads = count_in(&server.get(COUNT, Duration::from_secs(10)));
    assert!(quads > 500 && quads < 100_000, "{quads} quads");

    // 2,000 idle connections (the server keeps 256 and closes the rest as they come)
    let idle: Vec<TcpStream> = (0..2000)
        .filter_map(|_| TcpStream::connect(&server.addr).ok())
        .collect();
    assert!(idle.len() >= 256, "{} connections", idle.len());
    drop(idle);
    std::thread::sleep(Duration::from_millis(1000));
    server.still_serves("2,000 idle connections", quads);

    // 50 clients ask for every quad and never read a byte of the answer (they stay connected
    // while the normal query runs)
    let all = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }";
    let q: String = url::form_urlencoded::byte_serialize(all.as_bytes()).collect();
    let hogs: Vec<TcpStream> = (0..50)
        .filter_map(|_| {
            let mut s = TcpStream::connect(&server.addr).ok()?;
            let req = format!(
                "GET /sparql?query={q} HTTP/1.1\r\nHost: {}\r\n\r\n",
                server.addr
            );
            s.write_all(req.as_bytes()).ok()?;
            Some(s)
        })
        .collect();
    assert_eq!(hogs.len(), 50);
    std::thread::sleep(Duration::from_millis(500));
    server.still_serves("50 clients that never read", quads);
    drop(hogs);

    // an oversized header: 431
    let big = format!(
        "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {}\r\nX-Junk: {}\r\n\r\n",
        server.addr,
        "a".repeat(100 * 1024)
    );
    let answer = server.send(&big, Duration::from_secs(10));
    assert_eq!(
        status(&answer),
        "431",
        "{}",
        &answer[..answer.len().min(200)]
    );
    server.still_serves("an oversized header", quads);

    // an endless header: the connection is closed well before 10 MB
    let mut s = TcpStream::connect(&server.addr).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX-Junk: ")
        .unwrap();
    let chunk = vec![b'a'; 16 * 1024];
    let mut sent = 0;
    while sent < 10 << 20 && s.write_all(&chunk).is_ok() {
        sent += chunk.len();
    }
    assert!(sent < 10 << 20, "{sent} bytes of header taken");
    drop(s);
    server.still_serves("an endless header", quads);

    // a cartesian SELECT, streamed: stopped at the timeout or the memory budget
    let t = Instant::now();
    let answer = server.get(CARTESIAN, Duration::from_secs(30));
    assert_eq!(
        status(&answer),
        "503",
        "{}",
        &answer[..answer.len().min(300)]
    );
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    server.still_serves("a cartesian SELECT", quads);

    // the same under ORDER BY: the rows are sorted in memory, so the budget stops it
    let t = Instant::now();
    let answer = server.get(
        &format!("{CARTESIAN} ORDER BY ?c ?f ?i LIMIT 1"),
        Duration::from_secs(30),
    );
    assert_eq!(status(&answer), "503", "{answer}");
    assert!(
        answer.contains("memory") || answer.contains("timeout"),
        "{answer}"
    );
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    server.still_serves("a cartesian ORDER BY", quads);

    // an update that would write more quads than one per KiB of the budget: refused before
    // it writes (its writes are one RocksDB transaction the budget and deadline cannot stop)
    let answer = server.post(
        "application/sparql-update",
        None,
        "INSERT { GRAPH <http://example.org/g> { ?a <http://example.org/p> ?d } } WHERE { \
         GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } }",
    );
    assert_eq!(status(&answer), "413", "{answer}");
    assert!(answer.contains("nothing was written"), "{answer}");
    server.still_serves("an update too large to write", quads);

    // a cartesian UPDATE: stopped, and nothing of it kept
    let t = Instant::now();
    let answer = server.post(
        "application/sparql-update",
        None,
        "INSERT { GRAPH <http://example.org/g> { ?a <http://example.org/p> ?i } } WHERE { \
         GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }",
    );
    assert_eq!(status(&answer), "503", "{answer}");
    assert!(
        answer.contains("nothing of the update was kept"),
        "{answer}"
    );
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    server.still_serves("a cartesian UPDATE", quads);

    // a web page's cross-origin text/plain POST cannot drop the store
    let answer = server.post("text/plain", Some("http://evil.example"), "DROP ALL");
    assert!(matches!(status(&answer), "403" | "415"), "{answer}");
    let answer = server.post(
        "application/sparql-update",
        Some("http://evil.example"),
        "DROP ALL",
    );
    assert_eq!(status(&answer), "403", "{answer}");
    server.still_serves("a cross-origin update", quads);

    // memory: what the server holds idle (about 100 MiB with RocksDB's caches) and one
    // request's budget, with room for the allocator
    let peak_mib = server.peak_kib() / 1024;
    let bound = 200 + 2 * BUDGET_MB;
    eprintln!("serve's peak memory: {peak_mib} MiB (bound {bound} MiB)");
    assert!(peak_mib < bound, "peak {peak_mib} MiB, bound {bound} MiB");

    // SIGTERM while a long query runs: the query is cancelled, the server stops within a few
    // seconds, and the store reopens with everything it had
    let mut server = server;
    let addr = server.addr.clone();
    let client = std::thread::spawn(move || {
        let q: String = url::form_urlencoded::byte_serialize(CARTESIAN.as_bytes()).collect();
        let mut s = TcpStream::connect(&addr).unwrap();
        let _ = s.write_all(
            format!("GET /sparql?query={q} HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes(),
        );
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
    });
    std::thread::sleep(Duration::from_millis(500));
    let t = Instant::now();
    let killed = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let exit = loop {
        if let Some(exit) = server.child.try_wait().unwrap() {
            break exit;
        }
        assert!(t.elapsed() < Duration::from_secs(10), "still running");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    let _ = client.join();
    let again = Server::start(&store);
    again.still_serves("SIGTERM during a long query", quads);
}

#[test]
fn a_server_bound_beyond_loopback_takes_updates_only_when_told() {
    let dir = tempfile::tempdir().unwrap();
    let store = load_examples(dir.path());
    let update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }";
    for (args, expected) in [(&[][..], "403"), (&["--writable"][..], "204")] {
        let server = Server::start_on(&store, "0.0.0.0", args);
        let answer = server.post("application/sparql-update", None, update);
        assert_eq!(status(&answer), expected, "{args:?}: {answer}");
        // a browser's update there: its Host and Origin could be a rebound name's, so only an
        // origin given with --allow-origin writes
        let own = format!("http://{}", server.addr);
        let answer = server.post("application/sparql-update", Some(&own), update);
        assert_eq!(status(&answer), "403", "{args:?}: {answer}");
        // queries are answered either way
        let answer = server.get(COUNT, Duration::from_secs(5));
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }
}
