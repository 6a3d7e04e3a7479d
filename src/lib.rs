//! newsgraph: English news articles -> an RDF knowledge graph of people, roles, countries,
//! organizations, accusations and denials, with provenance for every fact.
//!
//! The data flows one way: [`input`] (txt, JSON Lines, folders, stdin) -> [`text`] (tokens,
//! sentences, spans) -> [`extract`] (lexicons and rules -> typed facts) -> [`rdf`] (facts ->
//! quads under the ontology) -> [`store`] (Oxigraph: load, query, export) -> [`cli`].

pub mod cli;
pub mod extract;
pub mod feed;
pub mod html;
pub mod input;
pub mod jsonld;
pub mod lexicon;
pub mod network;
pub mod nquads;
pub mod pages;
pub mod pipeline;
pub mod rdf;
pub mod results;
pub mod serve;
pub mod sink;
pub mod store;
pub mod text;
pub mod validate;
pub mod warc;

pub use extract::{Extraction, Extractor};
pub use input::Article;
pub use rdf::RdfMapper;
pub use store::GraphStore;
