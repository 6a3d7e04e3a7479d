//! newsgraph's RDF side: extracted facts to quads under the project's ontology, and the
//! writers newsgraph makes its own (N-Quads rendered per article, compact JSON-LD). No store:
//! Oxigraph's store and server are the application's (the `newsgraph` crate).

pub mod article;
pub mod jsonld;
pub mod nquads;
pub mod rdf;
