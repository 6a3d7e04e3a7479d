//! newsgraph: English news articles -> an RDF knowledge graph of people, roles, countries,
//! organizations, accusations and denials, with provenance for every fact.
//!
//! The data flows one way: [`input`] (txt, JSON Lines, folders, stdin) -> [`text`] (tokens,
//! sentences, spans) -> [`extract`] (lexicons and rules -> typed facts) -> [`rdf`] (facts ->
//! quads under the ontology) -> [`store`] (Oxigraph: load, query, export) -> [`cli`].

pub mod cli;
mod cmd;
pub mod feed;
pub mod html;
pub mod input;
pub mod loader;
pub mod memory;
pub mod network;
pub mod pages;
pub mod pipeline;
pub mod results;
pub mod serve;
pub mod sink;
pub mod store;
pub mod validate;
pub mod warc;

// the extractor is its own crate (crates/extract), without Oxigraph; its modules are here
// under their old names
pub use input::Article;
pub use newsgraph_extract::{extract, lexicon, text};
// the RDF mapping and writers are their own crate too (crates/rdf)
pub use newsgraph_extract::{Extraction, Extractor};
pub use newsgraph_rdf::{jsonld, nquads, rdf};
pub use rdf::RdfMapper;
pub use store::GraphStore;
