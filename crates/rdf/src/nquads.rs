//! A fast N-Quads line writer for the extract hot path.
//!
//! Oxigraph's serializer formats every term through `std::fmt`, one character at a time for
//! literals; on a corpus that is most of the run time. Our quads are simple (valid IRIs from
//! [`crate::rdf`], literals with a datatype or language), so a line can be written with a few
//! `extend_from_slice` calls, in the extraction workers, in parallel. The escaping follows the
//! canonical N-Triples form (RDF 1.1 N-Triples, section 2.3), the same output as Oxigraph's
//! serializer: tests compare the two byte for byte.

use crate::rdf::QuadSink;
use oxrdf::{GraphNameRef, NamedNodeRef, NamedOrBlankNodeRef, Quad, QuadRef, TermRef};
use rustc_hash::FxHashMap;
use std::hash::Hasher;

/// A [`QuadSink`] that writes one article's quads straight to N-Quads text, each line once
/// (lines that may repeat are hashed), with no owned term on the way. Quads in the shared graph (descriptions every article
/// repeats) stay quads, for the writer to write once per run.
pub struct ArticleLines<'g> {
    text: Vec<u8>,
    shared_graph: NamedNodeRef<'g>,
    shared: Vec<Quad>,
    /// A written line's hash -> where it is in `text`, to drop a repeated line.
    seen: FxHashMap<u64, (usize, usize)>,
    lines: usize,
}

impl<'g> ArticleLines<'g> {
    /// An empty sink; quads in `shared_graph` are kept aside.
    pub fn new(shared_graph: NamedNodeRef<'g>) -> Self {
        Self {
            text: Vec::with_capacity(64 * 1024),
            shared_graph,
            shared: Vec::new(),
            seen: FxHashMap::default(),
            lines: 0,
        }
    }

    /// How many distinct quads came, shared ones included.
    pub fn len(&self) -> usize {
        self.lines + self.shared.len()
    }

    /// Whether no quad came.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The article's N-Quads text, and the shared quads.
    pub fn finish(self) -> (Vec<u8>, Vec<Quad>) {
        (self.text, self.shared)
    }
}

impl QuadSink for ArticleLines<'_> {
    fn quad(&mut self, quad: QuadRef<'_>, may_repeat: bool) {
        if quad.graph_name == GraphNameRef::NamedNode(self.shared_graph) {
            if !self.shared.iter().any(|q| q.as_ref() == quad) {
                self.shared.push(quad.into_owned());
            }
            return;
        }
        let start = self.text.len();
        write_quad(&mut self.text, quad);
        if may_repeat {
            let mut h = rustc_hash::FxHasher::default();
            h.write(&self.text[start..]);
            match self.seen.entry(h.finish()) {
                std::collections::hash_map::Entry::Occupied(e) => {
                    let (s, end) = *e.get();
                    if self.text[s..end] == self.text[start..] {
                        self.text.truncate(start);
                        return;
                    }
                    // two lines with one hash: both are written; a later repeat of the
                    // first is only missed as a repeat, never lost
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert((start, self.text.len()));
                }
            }
        }
        self.lines += 1;
    }
}

/// Appends `q` as one N-Quads line.
pub fn write_quad(out: &mut Vec<u8>, q: QuadRef<'_>) {
    subject(out, q.subject);
    out.push(b' ');
    iri(out, q.predicate.as_str());
    out.push(b' ');
    term(out, q.object);
    if let GraphNameRef::NamedNode(g) = q.graph_name {
        out.push(b' ');
        iri(out, g.as_str());
    } else if let GraphNameRef::BlankNode(b) = q.graph_name {
        out.push(b' ');
        blank(out, b.as_str());
    }
    out.extend_from_slice(b" .\n");
}

fn iri(out: &mut Vec<u8>, iri: &str) {
    out.push(b'<');
    out.extend_from_slice(iri.as_bytes());
    out.push(b'>');
}

fn blank(out: &mut Vec<u8>, id: &str) {
    out.extend_from_slice(b"_:");
    out.extend_from_slice(id.as_bytes());
}

fn subject(out: &mut Vec<u8>, s: NamedOrBlankNodeRef<'_>) {
    match s {
        NamedOrBlankNodeRef::NamedNode(n) => iri(out, n.as_str()),
        NamedOrBlankNodeRef::BlankNode(b) => blank(out, b.as_str()),
    }
}

fn term(out: &mut Vec<u8>, t: TermRef<'_>) {
    match t {
        TermRef::NamedNode(n) => iri(out, n.as_str()),
        TermRef::BlankNode(b) => blank(out, b.as_str()),
        TermRef::Literal(l) => {
            quoted(out, l.value());
            if let Some(lang) = l.language() {
                out.push(b'@');
                out.extend_from_slice(lang.as_bytes());
            } else if l.datatype() != oxrdf::vocab::xsd::STRING {
                out.extend_from_slice(b"^^");
                iri(out, l.datatype().as_str());
            }
        }
        #[allow(unreachable_patterns)]
        other => out.extend_from_slice(other.to_string().as_bytes()),
    }
}

/// A string literal's lexical form in canonical N-Triples escaping.
fn quoted(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: Option<&[u8]> = match b {
            b'"' => Some(b"\\\""),
            b'\\' => Some(b"\\\\"),
            b'\n' => Some(b"\\n"),
            b'\r' => Some(b"\\r"),
            b'\t' => Some(b"\\t"),
            0x08 => Some(b"\\b"),
            0x0C => Some(b"\\f"),
            _ => None,
        };
        if escape.is_none() && !(b < 0x20 || b == 0x7F) {
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        match escape {
            Some(e) => out.extend_from_slice(e),
            None => out.extend_from_slice(format!("\\u{:04X}", b).as_bytes()),
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxrdf::{GraphName, Literal, NamedNode, Quad};
    use oxrdfio::{RdfFormat, RdfSerializer};

    /// Same bytes as Oxigraph's own serializer, on literals that need every kind of escape.
    #[test]
    fn matches_oxigraph_serializer() {
        let s = NamedNode::new("http://example.org/s").unwrap();
        let p = NamedNode::new("http://example.org/p").unwrap();
        let g = GraphName::NamedNode(NamedNode::new("http://example.org/g").unwrap());
        let objects = vec![
            Literal::new_simple_literal("plain"),
            Literal::new_simple_literal(
                "quote \" back \\ nl \n cr \r tab \t bell \u{7} del \u{7F} é 中",
            ),
            Literal::new_simple_literal("\u{8}\u{c}"),
            Literal::new_typed_literal("42", oxrdf::vocab::xsd::INTEGER),
            Literal::new_language_tagged_literal("hi", "en").unwrap(),
        ];
        for o in objects {
            let q = Quad::new(s.clone(), p.clone(), o, g.clone());
            let mut ours = Vec::new();
            write_quad(&mut ours, q.as_ref());
            let mut theirs = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
            theirs.serialize_quad(&q).unwrap();
            let theirs = theirs.finish().unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs).unwrap()
            );
        }
        let q = Quad::new(
            s,
            p,
            NamedNode::new("http://example.org/o").unwrap(),
            GraphName::DefaultGraph,
        );
        let mut ours = Vec::new();
        write_quad(&mut ours, q.as_ref());
        assert_eq!(
            ours,
            b"<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
        );
    }
}
