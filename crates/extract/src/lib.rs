//! newsgraph's extractor: English news text to typed facts, with no RDF and no store, so the
//! rule work builds and tests in seconds (`cargo test -p newsgraph-extract`).
//!
//! [`text`] (tokens, sentences, character offsets) -> [`lexicon`] (the data files of
//! `ontology/`, compiled in) -> [`extract`] (entities, roles, reference, the clause layer and
//! the event rules) -> an [`Extraction`] of people, organizations, countries, roles,
//! accusations and denials, each with its evidence and rule id.

pub mod extract;
pub mod lexicon;
pub mod text;

pub use extract::{Extraction, Extractor};
