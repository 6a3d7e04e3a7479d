//! What the endpoint tests share: a free port, a memory store with the examples, a server
//! on it in this process.
#![allow(dead_code)] // each test binary uses its part

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU16, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A running server: its address, the flag that stops it, its thread.
pub type Served = (String, Arc<AtomicBool>, std::thread::JoinHandle<()>);

/// A free port below Linux's ephemeral range (32768-60999): a port the OS hands out for
/// port 0 can be taken, before the server binds it, by the source port of one of the many
/// client connections the tests running beside make ("Address already in use", seen in CI).
pub fn free_port() -> u16 {
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let offset = (std::process::id() % 800) as u16 * 15;
    loop {
        let port = 20000 + (offset + NEXT.fetch_add(1, Ordering::SeqCst)) % 12000;
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

/// A memory store holding the shipped examples.
pub fn examples_store() -> newsgraph::GraphStore {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    store_of(&[
        root.join("examples/ruritania.txt"),
        root.join("examples/wire.jsonl"),
    ])
}

/// A memory store holding what `inputs` give.
pub fn store_of(inputs: &[std::path::PathBuf]) -> newsgraph::GraphStore {
    let store = newsgraph::GraphStore::memory().unwrap();
    add_to(&store, inputs);
    store
}

/// Extracts `inputs` into `store` with the library's [`newsgraph::loader::Loader`] (a bulk
/// load into an empty store, one transaction per article into one that has data).
pub fn add_to(store: &newsgraph::GraphStore, inputs: &[std::path::PathBuf]) {
    let mapper = newsgraph::RdfMapper::default();
    newsgraph::loader::Loader::new(store, &mapper)
        .load(inputs, &mut |_| {})
        .unwrap();
}

/// Serves `store` on a free port, with `change` made to the default settings, until the
/// returned flag is set.
pub fn serve(
    store: newsgraph::GraphStore,
    change: impl FnOnce(&mut newsgraph::serve::Config),
) -> Served {
    let addr = format!("127.0.0.1:{}", free_port());
    let mut config = newsgraph::serve::Config {
        bind: addr.clone(),
        ..Default::default()
    };
    change(&mut config);
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let handle = std::thread::spawn(move || newsgraph::serve::serve(store, config, s).unwrap());
    for _ in 0..100 {
        if TcpStream::connect(&addr).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    (addr, stop, handle)
}
