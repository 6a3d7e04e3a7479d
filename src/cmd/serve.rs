//! `newsgraph serve`: a store over the SPARQL 1.1 Protocol, and its pages.

use super::*;

pub(crate) fn run(a: ServeArgs) -> Result<()> {
    // beyond loopback, updates only when asked for
    let read_only = a.read_only || (!crate::serve::loopback(&a.bind) && !a.writable);
    if read_only && !a.read_only {
        eprintln!(
            "newsgraph: {} is not a loopback address: serving read-only (--writable to take updates)",
            a.bind
        );
    }
    let store = if read_only {
        GraphStore::open_read_only(&a.store)?
    } else {
        GraphStore::open(&a.store)?
    };
    let config = crate::serve::Config {
        bind: a.bind,
        read_only,
        allow_origins: a.allow_origins,
        workers: a.workers,
        queue: a.queue,
        timeout: std::time::Duration::from_secs_f64(a.timeout),
        max_body: a.max_body_kb.saturating_mul(1024),
        max_query_memory: usize::try_from(a.max_query_mb << 20).unwrap_or(usize::MAX),
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
