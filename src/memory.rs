//! The memory one request holds, so `serve` can stop a query or update that grows past its
//! budget (Oxigraph sorts and joins rows in memory and has no limit of its own).
//!
//! [`Counting`] wraps a global allocator (the system's, mimalloc ...) and adds what a thread allocates and
//! frees to the [`Meter`] that thread has set, if any; threads without one pay a thread-local
//! read per allocation. A binary installs it with
//! `#[global_allocator] static A: Counting<System> = Counting(System);` (the `newsgraph`
//! binary does, over mimalloc); without it every meter reads zero.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::sync::Arc;

/// An allocator, counting for threads that set a [`Meter`].
pub struct Counting<A = System>(pub A);

thread_local! {
    /// The meter of the request this thread runs, or null.
    static METER: Cell<*const AtomicIsize> = const { Cell::new(std::ptr::null()) };
}

fn count(delta: isize) {
    // (the slot may be gone while the thread ends: nothing is counted then)
    let _ = METER.try_with(|m| {
        let p = m.get();
        if !p.is_null() {
            // SAFETY: a non-null pointer is set by a live `Meter` on this thread, which holds
            // the counter and clears the pointer before it lets it go
            unsafe { (*p).fetch_add(delta, Ordering::Relaxed) };
        }
    });
}

fn signed(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

// SAFETY: every call goes to the inner allocator unchanged; counting only reads a
// thread-local and updates an atomic, and never allocates.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Counting<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { self.0.alloc(layout) };
        if !p.is_null() {
            count(signed(layout.size()));
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { self.0.alloc_zeroed(layout) };
        if !p.is_null() {
            count(signed(layout.size()));
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { self.0.dealloc(ptr, layout) };
        count(-signed(layout.size()));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { self.0.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            count(signed(new_size) - signed(layout.size()));
        }
        p
    }
}

/// Counts, while it lives, the bytes its thread holds beyond what it held when the meter was
/// set (memory freed by other threads is not seen). Not `Send`: it belongs to its thread.
/// Meters on one thread end in the reverse order they started (a guard held for a request);
/// ending one out of order aborts the process rather than leave the thread counting into a
/// freed counter.
pub(crate) struct Meter {
    held: Arc<AtomicIsize>,
    previous: *const AtomicIsize,
    _thread: PhantomData<*const ()>,
}

impl Meter {
    /// Starts counting on this thread into `held` (read it from any thread); the meter set
    /// before, if any, counts again once this one is dropped.
    pub(crate) fn start(held: Arc<AtomicIsize>) -> Self {
        let previous = METER
            .try_with(|m| m.replace(Arc::as_ptr(&held)))
            .unwrap_or(std::ptr::null());
        Self {
            held,
            previous,
            _thread: PhantomData,
        }
    }

    /// Bytes held now (negative when the thread freed more than it allocated).
    #[cfg(test)]
    pub(crate) fn held(&self) -> isize {
        self.held.load(Ordering::Relaxed)
    }
}

impl Drop for Meter {
    fn drop(&mut self) {
        let _ = METER.try_with(|m| {
            if m.get() != Arc::as_ptr(&self.held) {
                // (a meter started after this one still counts into its own counter: restoring
                // the older pointer now would leave that one pointing at freed memory later)
                std::process::abort();
            }
            m.set(self.previous);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // the library's unit tests run with the counting allocator
    #[global_allocator]
    static A: Counting = Counting(System);

    #[test]
    fn a_meter_counts_what_its_thread_holds_and_stops_when_dropped() {
        let held = Arc::new(AtomicIsize::new(0));
        let big = {
            let meter = Meter::start(held.clone());
            let v = vec![1u8; 10 << 20];
            assert!(meter.held() >= 10 << 20, "{}", meter.held());
            // what another thread allocates is not this meter's
            let before = meter.held();
            std::thread::spawn(|| vec![2u8; 5 << 20].len())
                .join()
                .unwrap();
            assert!(meter.held() - before < 1 << 20, "{}", meter.held() - before);
            drop(v);
            assert!(meter.held() < 1 << 20, "{}", meter.held());
            vec![3u8; 4 << 20]
        };
        // after the meter is dropped nothing more is counted
        let after = held.load(Ordering::Relaxed);
        drop(big);
        assert_eq!(held.load(Ordering::Relaxed), after);
    }
}
