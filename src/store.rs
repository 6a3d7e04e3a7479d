//! The store: Oxigraph, on disk (RocksDB, behind the `rocksdb` feature) or in memory.
//!
//! Articles are written one transaction each: the article's graph is dropped and written
//! anew, so loading an article twice never duplicates anything, and a failure leaves every
//! other article as it was. RDF files are parsed whole before anything is written.

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNodeRef, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// What can go wrong with the store.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The store could not be opened.
    #[error("cannot open the store at {path}: {message}")]
    Open {
        /// Its folder.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// A storage operation failed.
    #[error("storage error: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    /// The query or update does not parse.
    #[error("invalid SPARQL: {0}")]
    Syntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    /// The query failed while running.
    #[error("query failed: {0}")]
    Evaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    /// The update failed.
    #[error("update failed: {0}")]
    Update(#[from] oxigraph::sparql::UpdateEvaluationError),
    /// An RDF file does not parse.
    #[error("{path}: {message}")]
    Rdf {
        /// The file.
        path: PathBuf,
        /// The parser's message, with its position.
        message: String,
    },
    /// Writing output failed.
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
    /// The protocol gave a dataset and the update names its own.
    #[error("the update names its dataset (USING, USING NAMED or WITH) and the request gives one too (using-graph-uri, using-named-graph-uri)")]
    DatasetConflict,
    /// The base IRI is no IRI.
    #[error("bad base IRI: {0}")]
    BadBase(String),
    /// On-disk stores need the `rocksdb` feature.
    #[error("this build has no on-disk store (rebuild with the `rocksdb` feature)")]
    NoDiskStore,
}

/// A dataset given by the SPARQL protocol: default graphs, then named graphs.
pub type ProtocolDataset = (Vec<NamedNode>, Vec<NamedNode>);

/// How to run a query: base IRI, protocol dataset, cancellation.
#[derive(Default, Clone)]
pub struct QueryOptions {
    /// Base IRI for relative IRIs in the query.
    pub base: Option<String>,
    /// Default graphs and named graphs given by the protocol.
    pub dataset: Option<ProtocolDataset>,
    /// Cancels the evaluation (a timeout).
    pub token: Option<oxigraph::sparql::CancellationToken>,
}

/// An evaluator with newsgraph's prefixes and, when given, a base IRI.
fn evaluator(base: Option<&str>) -> Result<SparqlEvaluator, StoreError> {
    let mut evaluator = SparqlEvaluator::new();
    if let Some(base) = base {
        evaluator = evaluator
            .with_base_iri(base)
            .map_err(|e| StoreError::BadBase(e.to_string()))?;
    }
    for (p, iri) in PREFIXES {
        evaluator = evaluator.with_prefix(*p, *iri).expect("valid prefix IRI");
    }
    Ok(evaluator)
}

/// The prefixes newsgraph's queries and Turtle output use.
/// A serializer for `format` with newsgraph's prefixes (where the format has prefixes).
pub fn serializer(format: RdfFormat) -> RdfSerializer {
    let mut s = RdfSerializer::from_format(format);
    if !matches!(format, RdfFormat::NTriples | RdfFormat::NQuads) {
        for (p, iri) in PREFIXES {
            s = s.with_prefix(*p, *iri).expect("valid prefix");
        }
    }
    s
}

pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", "https://w3id.org/newsgraph/ontology#"),
    ("schema", "https://schema.org/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    (
        "nif",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    ),
    ("org", "http://www.w3.org/ns/org#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("wd", "http://www.wikidata.org/entity/"),
];

/// A bulk load in progress ([`GraphStore::bulk_loader`]): nothing is visible before
/// [`BulkLoad::commit`].
pub struct BulkLoad<'a>(oxigraph::store::BulkLoader<'a>);

impl BulkLoad<'_> {
    /// Adds quads.
    pub fn load(&mut self, quads: impl IntoIterator<Item = Quad>) -> Result<(), StoreError> {
        self.0.load_quads(quads)?;
        Ok(())
    }

    /// Writes everything loaded to the store.
    pub fn commit(self) -> Result<(), StoreError> {
        self.0.commit()?;
        Ok(())
    }
}

/// The value of a term as text, as a table cell shows it: an IRI, a literal's lexical form.
pub fn term_text(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_owned(),
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

/// An Oxigraph store holding articles' graphs.
#[derive(Clone)]
pub struct GraphStore {
    store: Store,
}

impl GraphStore {
    /// A store in memory.
    pub fn memory() -> Result<Self, StoreError> {
        Ok(Self {
            store: Store::new()?,
        })
    }

    /// Opens (or creates) an on-disk store for reading and writing. Only one process may
    /// hold it at a time.
    #[cfg(feature = "rocksdb")]
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        // a folder that holds files but no store is someone else's: never write into it
        if let Ok(mut entries) = std::fs::read_dir(path) {
            let has_files = entries.next().is_some();
            if has_files && !path.join("CURRENT").exists() {
                return Err(StoreError::Open {
                    path: path.to_owned(),
                    message: "the folder holds files but no store; give an empty or new folder"
                        .into(),
                });
            }
        }
        let store = Store::open(path).map_err(|e| StoreError::Open {
            path: path.to_owned(),
            message: friendly_open_error(&e.to_string()),
        })?;
        // a bulk load that was interrupted (kill -9, power loss) leaves its sorted files
        // behind, unknown to the database (its own files are numbered): we hold the store's
        // lock now, so no loader of ours is writing them
        if let Ok(entries) = std::fs::read_dir(path) {
            for e in entries.flatten() {
                let name = e.file_name();
                let name = name.to_string_lossy();
                if name.starts_with("bulk-") && name.ends_with(".sst") {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        Ok(Self { store })
    }

    /// Opens an on-disk store (needs the `rocksdb` feature).
    #[cfg(not(feature = "rocksdb"))]
    pub fn open(_path: &Path) -> Result<Self, StoreError> {
        Err(StoreError::NoDiskStore)
    }

    /// Opens an on-disk store read-only (it must exist).
    #[cfg(feature = "rocksdb")]
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Open {
                path: path.to_owned(),
                message: "no store there (create one with `newsgraph load --store DIR ...`)".into(),
            });
        }
        let store = Store::open_read_only(path).map_err(|e| StoreError::Open {
            path: path.to_owned(),
            message: friendly_open_error(&e.to_string()),
        })?;
        Ok(Self { store })
    }

    /// Opens an on-disk store read-only (needs the `rocksdb` feature).
    #[cfg(not(feature = "rocksdb"))]
    pub fn open_read_only(_path: &Path) -> Result<Self, StoreError> {
        Err(StoreError::NoDiskStore)
    }

    /// The underlying Oxigraph store.
    pub fn inner(&self) -> &Store {
        &self.store
    }

    /// The article id the store holds for the article graph `graph` (its `ng:identifier`),
    /// if any.
    pub fn article_id_in(&self, graph: &NamedNode) -> Result<Option<String>, StoreError> {
        let found = self
            .store
            .quads_for_pattern(
                None,
                Some(crate::rdf::ng::IDENTIFIER),
                None,
                Some(GraphNameRef::NamedNode(graph.as_ref())),
            )
            .next()
            .transpose()?;
        Ok(found.and_then(|q| match q.object {
            oxigraph::model::Term::Literal(l) => Some(l.value().to_owned()),
            _ => None,
        }))
    }

    /// Replaces one graph with `quads`, atomically. Quads in other graphs (the shared entities
    /// graph) are added beside it.
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<(), StoreError> {
        let mut tx = self.store.start_transaction()?;
        tx.remove_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()))?;
        tx.insert_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()));
        for q in quads {
            tx.insert(q);
        }
        tx.commit()?;
        Ok(())
    }

    /// Loads an RDF file as it is, atomically: it is parsed whole first, then written in one
    /// transaction. For triple formats the triples go in `graph` (or the default graph).
    pub fn load_rdf(
        &self,
        path: &Path,
        format: RdfFormat,
        graph: Option<&NamedNode>,
    ) -> Result<usize, StoreError> {
        let file = std::fs::File::open(path).map_err(|e| StoreError::Rdf {
            path: path.to_owned(),
            message: format!("cannot read: {e}"),
        })?;
        self.load_rdf_reader(file, path, format, graph)
    }

    /// Like [`GraphStore::load_rdf`], from a reader.
    pub fn load_rdf_reader(
        &self,
        reader: impl Read,
        path: &Path,
        format: RdfFormat,
        graph: Option<&NamedNode>,
    ) -> Result<usize, StoreError> {
        let mut parser = RdfParser::from_format(format);
        if let Some(g) = graph {
            parser = parser.with_default_graph(g.clone());
        }
        let mut quads = Vec::new();
        for q in parser.for_reader(reader) {
            quads.push(q.map_err(|e| StoreError::Rdf {
                path: path.to_owned(),
                message: e.to_string(),
            })?);
        }
        let mut tx = self.store.start_transaction()?;
        for q in &quads {
            tx.insert(q);
        }
        tx.commit()?;
        Ok(quads.len())
    }

    /// Oxigraph's bulk loader, for loading many quads fast (not atomic across graphs; the
    /// caller uses it only for graphs not yet in the store). `max_memory_mb` bounds it. One
    /// loader for a whole run writes a few large sorted files, which later queries read
    /// fast; a loader per batch left hundreds of small ones, and reading them made queries
    /// several times slower.
    pub fn bulk_loader(&self, max_memory_mb: usize) -> BulkLoad<'_> {
        BulkLoad(
            self.store
                .bulk_loader()
                .with_max_memory_size_in_megabytes(max_memory_mb),
        )
    }

    /// Compacts the store's files: after a bulk load they overlap, and every lookup reads
    /// them all.
    pub fn optimize(&self) -> Result<(), StoreError> {
        #[cfg(feature = "rocksdb")]
        self.store.optimize()?;
        Ok(())
    }

    /// Writes what is in memory to the store's files, so that a later open (read-only ones
    /// included) has no write-ahead log to replay: after a load into a store that had data,
    /// every read-only open replayed about 1.5 GB of log (88 s for `ASK {}`).
    pub fn flush(&self) -> Result<(), StoreError> {
        #[cfg(feature = "rocksdb")]
        self.store.flush()?;
        Ok(())
    }

    /// True when the store holds this graph.
    pub fn has_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        Ok(self
            .store
            .contains_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()))?)
    }

    /// Number of quads.
    pub fn len(&self) -> Result<usize, StoreError> {
        Ok(self.store.len()?)
    }

    /// True when the store holds no quad.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.store.is_empty()?)
    }

    /// Runs a query. Unless it names its own dataset (FROM), the default graph is the union
    /// of all graphs.
    pub fn query(&self, query: &str) -> Result<QueryResults<'static>, StoreError> {
        self.query_cancellable(query, None)
    }

    /// The rows of a SELECT query, each a map from variable to [`term_text`] (nothing for
    /// another kind of query); cancelling `token` stops it.
    pub fn select_rows(
        &self,
        query: &str,
        token: Option<oxigraph::sparql::CancellationToken>,
    ) -> Result<Vec<std::collections::HashMap<String, String>>, StoreError> {
        let mut rows = Vec::new();
        if let QueryResults::Solutions(solutions) = self.query_cancellable(query, token)? {
            for s in solutions {
                rows.push(
                    s?.iter()
                        .map(|(v, t)| (v.as_str().to_owned(), term_text(t)))
                        .collect(),
                );
            }
        }
        Ok(rows)
    }

    /// Like [`GraphStore::query`]; cancelling `token` stops the evaluation (a timeout).
    pub fn query_cancellable(
        &self,
        query: &str,
        token: Option<oxigraph::sparql::CancellationToken>,
    ) -> Result<QueryResults<'static>, StoreError> {
        self.query_with(
            query,
            &QueryOptions {
                token,
                ..QueryOptions::default()
            },
        )
    }

    /// Runs a query with a base IRI, a dataset given by the protocol (`default-graph-uri`,
    /// `named-graph-uri`: it replaces the query's own FROM and FROM NAMED) and a cancellation
    /// token.
    pub fn query_with(
        &self,
        query: &str,
        options: &QueryOptions,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = evaluator(options.base.as_deref())?;
        if let Some(t) = &options.token {
            evaluator = evaluator.with_cancellation_token(t.clone());
        }
        let mut prepared = evaluator.parse_query(query)?;
        if let Some((default, named)) = &options.dataset {
            let dataset = prepared.dataset_mut();
            dataset.set_default_graph(default.iter().cloned().map(GraphName::from).collect());
            dataset.set_available_named_graphs(named.iter().cloned().map(Into::into).collect());
        } else if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        Ok(prepared.on_store(&self.store).execute()?)
    }

    /// How many quads the update would write at most (add or remove), before it writes: the
    /// solutions of each DELETE/INSERT's WHERE (counted under `token`) times its templates, the
    /// quads of each graph it clears or drops, its data. `None` when it does not parse (the
    /// update itself then says why).
    pub fn update_size(
        &self,
        update: &str,
        base: Option<&str>,
        using: Option<&ProtocolDataset>,
        token: Option<oxigraph::sparql::CancellationToken>,
    ) -> Result<Option<u64>, StoreError> {
        use spargebra::algebra::{AggregateExpression, GraphPattern, GraphTarget, QueryDataset};
        use spargebra::GraphUpdateOperation as Op;
        let mut parser = spargebra::SparqlParser::new();
        if let Some(base) = base {
            parser = parser
                .with_base_iri(base)
                .map_err(|e| StoreError::BadBase(e.to_string()))?;
        }
        for (p, iri) in PREFIXES {
            parser = parser.with_prefix(*p, *iri).expect("valid prefix IRI");
        }
        let Ok(parsed) = parser.parse_update(update) else {
            return Ok(None);
        };
        // the number a `SELECT (COUNT(*) AS ?n)` gives, under the token (the store's own
        // default graph, no union, as an update sees it)
        let count = |query: spargebra::Query| -> Result<u64, StoreError> {
            let mut evaluator = SparqlEvaluator::new();
            if let Some(t) = &token {
                evaluator = evaluator.with_cancellation_token(t.clone());
            }
            let mut found = 0u64;
            if let QueryResults::Solutions(solutions) =
                evaluator.for_query(query).on_store(&self.store).execute()?
            {
                for s in solutions {
                    if let Some(Term::Literal(l)) = s?.get("n") {
                        found = l.value().parse().unwrap_or(u64::MAX);
                    }
                }
            }
            Ok(found)
        };
        let counting = |pattern: GraphPattern, dataset: Option<QueryDataset>| {
            let n = oxigraph::model::Variable::new_unchecked("n");
            spargebra::Query::Select {
                dataset,
                pattern: GraphPattern::Project {
                    inner: Box::new(GraphPattern::Group {
                        inner: Box::new(pattern),
                        variables: Vec::new(),
                        aggregates: vec![(
                            n.clone(),
                            AggregateExpression::CountSolutions { distinct: false },
                        )],
                    }),
                    variables: vec![n],
                },
                base_iri: parsed.base_iri.clone(),
            }
        };
        // every quad of a graph, of the default graph, or of every named graph
        let quads = |graph: Option<spargebra::term::NamedNodePattern>| {
            let var = |v: &str| oxigraph::model::Variable::new_unchecked(v);
            let bgp = GraphPattern::Bgp {
                patterns: vec![spargebra::term::TriplePattern {
                    subject: var("s").into(),
                    predicate: var("p").into(),
                    object: var("o").into(),
                }],
            };
            match graph {
                Some(name) => GraphPattern::Graph {
                    name,
                    inner: Box::new(bgp),
                },
                None => bgp,
            }
        };
        let named = || Some(oxigraph::model::Variable::new_unchecked("g").into());
        let mut total = 0u64;
        for op in &parsed.operations {
            let n = match op {
                Op::InsertData { data } => data.len() as u64,
                Op::DeleteData { data } => data.len() as u64,
                Op::DeleteInsert {
                    delete,
                    insert,
                    using: own,
                    pattern,
                } => {
                    // (the update's own USING, else the protocol's, else the default graph:
                    // no union here, as for the update itself)
                    let dataset = own.clone().or_else(|| {
                        using.map(|(default, named)| QueryDataset {
                            default: default.clone(),
                            named: Some(named.clone()),
                        })
                    });
                    count(counting((**pattern).clone(), dataset))?
                        .saturating_mul((delete.len() + insert.len()) as u64)
                }
                Op::Clear { graph, .. } | Op::Drop { graph, .. } => match graph {
                    GraphTarget::NamedNode(g) => {
                        count(counting(quads(Some(g.clone().into())), None))?
                    }
                    GraphTarget::DefaultGraph => count(counting(quads(None), None))?,
                    GraphTarget::NamedGraphs => count(counting(quads(named()), None))?,
                    GraphTarget::AllGraphs => count(counting(quads(named()), None))?
                        .saturating_add(count(counting(quads(None), None))?),
                },
                Op::Load { .. } | Op::Create { .. } => 0,
            };
            total = total.saturating_add(n);
        }
        Ok(Some(total))
    }

    /// Runs a SPARQL update.
    pub fn update(&self, update: &str) -> Result<(), StoreError> {
        self.update_with(update, None, None, None)
    }

    /// Runs a SPARQL update with a base IRI and a dataset given by the protocol
    /// (`using-graph-uri`, `using-named-graph-uri`), which an update that names its own
    /// (USING, USING NAMED, WITH) may not have as well; cancelling `token` stops it, and
    /// nothing of it is kept.
    pub fn update_with(
        &self,
        update: &str,
        base: Option<&str>,
        using: Option<&ProtocolDataset>,
        token: Option<oxigraph::sparql::CancellationToken>,
    ) -> Result<(), StoreError> {
        let mut evaluator = evaluator(base)?;
        if let Some(t) = token {
            evaluator = evaluator.with_cancellation_token(t);
        }
        let mut prepared = evaluator.parse_update(update)?;
        if let Some((default, named)) = using {
            for dataset in prepared.using_datasets_mut() {
                if !dataset.is_default_dataset() {
                    return Err(StoreError::DatasetConflict);
                }
                dataset.set_default_graph(default.iter().cloned().map(GraphName::from).collect());
                dataset.set_available_named_graphs(named.iter().cloned().map(Into::into).collect());
            }
        }
        prepared.on_store(&self.store).execute()?;
        Ok(())
    }

    /// Writes the whole store, or one graph, in `format`. Triple formats get the union of all
    /// graphs (or the one graph).
    pub fn export(
        &self,
        format: RdfFormat,
        graph: Option<&NamedNode>,
        writer: impl Write,
    ) -> Result<(), StoreError> {
        let mut w = serializer(format).for_writer(writer);
        let graph_ref = graph.map(|g| GraphNameRef::NamedNode(g.as_ref()));
        let mut seen = std::collections::HashSet::new();
        for q in self.store.quads_for_pattern(None, None, None, graph_ref) {
            let q = q?;
            if format.supports_datasets() {
                w.serialize_quad(&q)?;
            } else {
                let t = oxigraph::model::Triple::from(q);
                if seen.insert(t.clone()) {
                    w.serialize_triple(&t)?;
                }
            }
        }
        w.finish()?;
        Ok(())
    }

    /// The named graphs.
    pub fn graphs(&self) -> Result<Vec<GraphName>, StoreError> {
        let mut out = Vec::new();
        for g in self.store.named_graphs() {
            out.push(GraphName::from(g?));
        }
        Ok(out)
    }
}

#[cfg(feature = "rocksdb")]
fn friendly_open_error(message: &str) -> String {
    if message.contains("lock") || message.contains("LOCK") {
        format!("it is in use by another process (only one process may write to a store at a time): {message}")
    } else {
        message.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    fn quad(g: &NamedNode, o: &str) -> Quad {
        let s = NamedNode::new_unchecked("http://e.org/s");
        let p = NamedNode::new_unchecked("http://e.org/p");
        Quad::new(s, p, Literal::new_simple_literal(o), g.clone())
    }

    #[test]
    fn replacing_a_graph_never_duplicates() {
        let store = GraphStore::memory().unwrap();
        let g = NamedNode::new_unchecked("http://e.org/g");
        store
            .replace_graph(&g, &[quad(&g, "a"), quad(&g, "b")])
            .unwrap();
        store
            .replace_graph(&g, &[quad(&g, "a"), quad(&g, "c")])
            .unwrap();
        assert_eq!(store.len().unwrap(), 2);
    }

    #[test]
    fn queries_see_the_union_of_graphs() {
        let store = GraphStore::memory().unwrap();
        let g1 = NamedNode::new_unchecked("http://e.org/g1");
        let g2 = NamedNode::new_unchecked("http://e.org/g2");
        store.replace_graph(&g1, &[quad(&g1, "a")]).unwrap();
        store.replace_graph(&g2, &[quad(&g2, "b")]).unwrap();
        let QueryResults::Solutions(rows) = store.query("SELECT ?o WHERE { ?s ?p ?o }").unwrap()
        else {
            panic!("not solutions")
        };
        assert_eq!(rows.count(), 2);
    }

    #[test]
    fn a_bad_rdf_file_writes_nothing() {
        let store = GraphStore::memory().unwrap();
        let data =
            "<http://e.org/a> <http://e.org/b> \"c\" .\n<http://e.org/a> <http://e.org/b> .\n";
        let err = store
            .load_rdf_reader(
                data.as_bytes(),
                Path::new("x.nt"),
                RdfFormat::NTriples,
                None,
            )
            .unwrap_err();
        assert!(err.to_string().starts_with("x.nt: "), "{err}");
        assert!(
            err.to_string().contains("line 2") || err.to_string().contains("2:"),
            "{err}"
        );
        assert_eq!(store.len().unwrap(), 0);
    }
}
