use clap::Parser;
use std::process::ExitCode;

/// mimalloc: the workers allocate many small strings per article and the writer frees them;
/// glibc's allocator serializes that on an arena lock (measured: a quarter of the run time).
/// Counted per request where `serve` asks, so a query past its memory budget is stopped.
#[global_allocator]
static GLOBAL: newsgraph::memory::Counting<mimalloc::MiMalloc> =
    newsgraph::memory::Counting(mimalloc::MiMalloc);

fn main() -> ExitCode {
    let cli = newsgraph::cli::Cli::parse();
    match newsgraph::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // a closed pipe (`| head`) is not an error worth a message
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}
