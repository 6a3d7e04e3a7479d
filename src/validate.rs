//! `newsgraph validate`: data checked against `ontology/shapes.ttl` by pyshacl.
//!
//! newsgraph does not implement SHACL: it hands N-Quads to pyshacl (`scripts/validate.py`,
//! built into the binary) and reports each violation with its focus node, the evidence text
//! behind it and its article. Articles are validated in chunks of [`CHUNK`] (each chunk
//! carries the shared country descriptions it needs), on as many Python processes as there are
//! cores, so memory stays bounded on a whole archive.

use crate::pipeline::{self, Render};
use crate::rdf::RdfMapper;
use crate::sink::ArticleSink;
use crate::store::GraphStore;
use anyhow::{bail, Context, Result};
use oxigraph::io::RdfFormat;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// The shapes, as shipped.
pub const SHAPES: &str = include_str!("../ontology/shapes.ttl");
const SCRIPT: &str = include_str!("../scripts/validate.py");

/// Articles per chunk handed to pyshacl.
pub const CHUNK: usize = 1500;

/// What to validate.
pub enum Source<'a> {
    /// A store's whole content.
    Store(&'a Path),
    /// Articles, extracted now.
    Articles(&'a [PathBuf]),
    /// RDF files, as they are.
    Files(&'a [PathBuf]),
}

/// One violation.
#[derive(Debug, serde::Deserialize)]
pub struct Violation {
    /// The data file (chunk) it was found in.
    pub file: String,
    /// The focus node.
    pub focus: String,
    /// The property path.
    pub path: String,
    /// The offending value.
    pub value: String,
    /// pyshacl's message.
    pub message: String,
    /// Violation, Warning or Info.
    pub severity: String,
    /// The text behind the focus node.
    pub evidence: String,
    /// The article it comes from.
    pub article: String,
}

/// Validates; returns the violations and the number of triples checked.
pub fn validate(source: Source<'_>, mapper: &RdfMapper) -> Result<(Vec<Violation>, usize)> {
    let dir = std::env::temp_dir().join(format!(
        "newsgraph-validate-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    std::fs::create_dir_all(&dir).context("cannot make a temporary folder")?;
    let result = run(source, mapper, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn run(source: Source<'_>, mapper: &RdfMapper, dir: &Path) -> Result<(Vec<Violation>, usize)> {
    let shapes = dir.join("shapes.ttl");
    std::fs::write(&shapes, SHAPES)?;
    let script = dir.join("validate.py");
    std::fs::write(&script, SCRIPT)?;
    let files = match source {
        Source::Files(files) => files.to_vec(),
        Source::Store(path) => {
            let store = GraphStore::open_read_only(path)?;
            let out = dir.join("store.nq");
            let file = std::io::BufWriter::new(std::fs::File::create(&out)?);
            store.export(RdfFormat::NQuads, None, file)?;
            vec![out]
        }
        Source::Articles(inputs) => chunks(inputs, mapper, dir)?,
    };
    // as many pyshacl processes as cores, each on its share of the files
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(files.len().max(1));
    let mut children = Vec::new();
    for w in 0..workers {
        let share: Vec<&PathBuf> = files.iter().skip(w).step_by(workers).collect();
        let n = share.len();
        let child = std::process::Command::new("python3")
            .arg(&script)
            .arg(&shapes)
            .args(share)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .context("cannot run python3 (validate needs Python 3 with pyshacl)")?;
        children.push((child, n));
    }
    let mut violations = Vec::new();
    let mut triples = 0;
    for (child, n) in children {
        let out = child.wait_with_output()?;
        let mut reported = 0;
        if out.status.code() == Some(2) || !matches!(out.status.code(), Some(0 | 1)) {
            bail!(
                "pyshacl failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            );
        }
        for line in out.stdout.lines() {
            let line = line?;
            let v: serde_json::Value = serde_json::from_str(&line)
                .with_context(|| format!("unexpected output from pyshacl: {line}"))?;
            if v.get("conforms").is_some() {
                reported += 1;
                triples += v["triples"].as_u64().unwrap_or(0) as usize;
            } else {
                violations.push(serde_json::from_value(v)?);
            }
        }
        // every file must have been read and reported on
        if reported != n {
            bail!(
                "pyshacl could not validate the data: {}",
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .last()
                    .unwrap_or("no message")
            );
        }
    }
    Ok((violations, triples))
}

/// Extracts articles into N-Quads files of [`CHUNK`] articles, each with the shared
/// descriptions its articles use (a new sink per chunk).
fn chunks(inputs: &[PathBuf], mapper: &RdfMapper, dir: &Path) -> Result<Vec<PathBuf>> {
    type Chunk = ArticleSink<std::io::BufWriter<std::fs::File>>;
    let mut files = Vec::new();
    let mut sink: Option<Chunk> = None;
    let mut in_chunk = 0;
    let close = |sink: Chunk| -> std::io::Result<()> { sink.finish()?.flush() };
    pipeline::run(inputs, mapper, None, Render::NQuads, &mut |batch| {
        for p in &batch {
            if sink.is_none() || in_chunk >= CHUNK {
                if let Some(s) = sink.take() {
                    close(s)?;
                }
                let path = dir.join(format!("chunk-{:05}.nq", files.len()));
                let file = std::io::BufWriter::new(std::fs::File::create(&path)?);
                sink = Some(ArticleSink::new(
                    RdfFormat::NQuads,
                    file,
                    mapper.entities_graph(),
                )?);
                files.push(path);
                in_chunk = 0;
            }
            sink.as_mut().expect("opened above").write(p)?;
            in_chunk += 1;
        }
        Ok(())
    })?;
    if let Some(s) = sink {
        close(s)?;
    }
    Ok(files)
}
