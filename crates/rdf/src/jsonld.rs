//! Compact JSON-LD with the published context `ontology/context.jsonld`.
//!
//! Oxigraph writes expanded JSON-LD (every property a full IRI, every value an object). Users
//! of a JSON API want `"name": "Tom Donilon"`, so extract writes the compact form: the
//! context inline (the same object as `ontology/context.jsonld`, so the document reads
//! without fetching anything), one graph object per article, one node object per subject.
//! A term of the context is used only where it reads back to the same triple (an IRI for an
//! `@id` term, a literal of the term's datatype, a plain string for an untyped term); any
//! other value is written in expanded form, so the output always round-trips to the same
//! quads (tested against Oxigraph's and rdflib's parsers).

use oxrdf::{GraphName, NamedOrBlankNode, Quad, Term};
use serde_json::{json, Map, Value};
use std::io::Write;
use std::sync::OnceLock;

/// The context document, as published.
pub const CONTEXT: &str = include_str!("../../../ontology/context.jsonld");

/// What a term's values are coerced to.
#[derive(Debug, Clone, PartialEq)]
enum Coercion {
    /// Plain strings.
    None,
    /// IRIs.
    Id,
    /// Literals of this datatype IRI.
    Datatype(String),
}

struct Context {
    /// The `@context` object.
    object: Value,
    /// Property IRI -> (term, coercion).
    terms: Vec<(String, String, Coercion)>,
    /// Prefix -> namespace IRI, for compact type names.
    prefixes: Vec<(String, String)>,
}

fn context() -> &'static Context {
    static CONTEXT_CELL: OnceLock<Context> = OnceLock::new();
    CONTEXT_CELL.get_or_init(|| {
        let doc: Value = serde_json::from_str(CONTEXT).expect("ontology/context.jsonld is JSON");
        let object = doc["@context"].clone();
        let map = object.as_object().expect("@context is an object");
        let mut prefixes = Vec::new();
        for (k, v) in map {
            if let Some(s) = v.as_str() {
                if s.ends_with('#') || s.ends_with('/') {
                    prefixes.push((k.clone(), s.to_owned()));
                }
            }
        }
        let expand = |c: &str| -> String {
            match c.split_once(':') {
                Some((p, local)) => prefixes
                    .iter()
                    .find(|(k, _)| k == p)
                    .map(|(_, ns)| format!("{ns}{local}"))
                    .unwrap_or_else(|| c.to_owned()),
                None => c.to_owned(),
            }
        };
        let mut terms = Vec::new();
        for (k, v) in map {
            let (id, coercion) = match v {
                Value::String(s) if !(s.ends_with('#') || s.ends_with('/')) => {
                    (expand(s), Coercion::None)
                }
                Value::Object(o) => {
                    let id = expand(o.get("@id").and_then(Value::as_str).unwrap_or_default());
                    let coercion = match o.get("@type").and_then(Value::as_str) {
                        Some("@id") => Coercion::Id,
                        Some(t) => Coercion::Datatype(expand(t)),
                        None => Coercion::None,
                    };
                    (id, coercion)
                }
                _ => continue,
            };
            terms.push((id, k.clone(), coercion));
        }
        Context {
            object,
            terms,
            prefixes,
        }
    })
}

/// Writes quads as one compact JSON-LD document, article by article.
pub struct JsonLdWriter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> JsonLdWriter<W> {
    /// Starts the document: the context, and the opening of the top `@graph`.
    pub fn new(mut out: W) -> std::io::Result<Self> {
        let ctx = serde_json::to_string(&context().object)?;
        write!(out, "{{\"@context\":{ctx},\"@graph\":[")?;
        Ok(Self { out, first: true })
    }

    /// Writes the quads of one article: one graph object per graph they are in.
    pub fn write_quads(&mut self, quads: &[Quad]) -> std::io::Result<()> {
        let mut graphs: Vec<(&GraphName, Vec<&Quad>)> = Vec::new();
        for q in quads {
            match graphs.iter_mut().find(|(g, _)| *g == &q.graph_name) {
                Some((_, v)) => v.push(q),
                None => graphs.push((&q.graph_name, vec![q])),
            }
        }
        for (graph, quads) in graphs {
            let nodes = nodes(&quads);
            let value = match graph {
                GraphName::NamedNode(g) => json!({"@id": g.as_str(), "@graph": nodes}),
                GraphName::BlankNode(b) => {
                    json!({"@id": format!("_:{}", b.as_str()), "@graph": nodes})
                }
                GraphName::DefaultGraph => {
                    // default-graph nodes sit at the top level
                    for n in nodes {
                        self.item(&n)?;
                    }
                    continue;
                }
            };
            self.item(&value)?;
        }
        Ok(())
    }

    fn item(&mut self, v: &Value) -> std::io::Result<()> {
        if !self.first {
            self.out.write_all(b",\n")?;
        } else {
            self.out.write_all(b"\n")?;
        }
        self.first = false;
        serde_json::to_writer(&mut self.out, v)?;
        Ok(())
    }

    /// Ends the document.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.out.write_all(b"\n]}\n")?;
        Ok(self.out)
    }
}

/// Node objects, one per subject, in order of first appearance.
fn nodes(quads: &[&Quad]) -> Vec<Value> {
    let ctx = context();
    let mut order: Vec<(String, Map<String, Value>)> = Vec::new();
    for q in quads {
        let id = match &q.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        };
        let i = match order.iter().position(|(s, _)| *s == id) {
            Some(i) => i,
            None => {
                let mut m = Map::new();
                m.insert("@id".into(), Value::String(id.clone()));
                order.push((id, m));
                order.len() - 1
            }
        };
        let node = &mut order[i].1;
        let p = q.predicate.as_str();
        let (key, value) = if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" {
            match &q.object {
                Term::NamedNode(t) => ("@type".to_owned(), Value::String(compact(ctx, t.as_str()))),
                other => (p.to_owned(), expanded(other)),
            }
        } else {
            match ctx.terms.iter().find(|(iri, _, _)| iri == p) {
                Some((_, term, coercion)) => match (coercion, &q.object) {
                    (Coercion::Id, Term::NamedNode(n)) => {
                        (term.clone(), Value::String(n.as_str().to_owned()))
                    }
                    (Coercion::None, Term::Literal(l))
                        if l.language().is_none()
                            && l.datatype().as_str()
                                == "http://www.w3.org/2001/XMLSchema#string" =>
                    {
                        (term.clone(), Value::String(l.value().to_owned()))
                    }
                    (Coercion::Datatype(dt), Term::Literal(l))
                        if l.language().is_none() && l.datatype().as_str() == dt =>
                    {
                        (term.clone(), Value::String(l.value().to_owned()))
                    }
                    // the value does not fit the term: the full IRI and an explicit value
                    (_, other) => (p.to_owned(), expanded(other)),
                },
                None => (p.to_owned(), expanded(&q.object)),
            }
        };
        match node.get_mut(&key) {
            Some(Value::Array(a)) => a.push(value),
            Some(v) => {
                let old = v.take();
                *v = Value::Array(vec![old, value]);
            }
            None => {
                node.insert(key, value);
            }
        }
    }
    order.into_iter().map(|(_, m)| Value::Object(m)).collect()
}

/// A value object that needs no context.
fn expanded(t: &Term) -> Value {
    match t {
        Term::NamedNode(n) => json!({"@id": n.as_str()}),
        Term::BlankNode(b) => json!({"@id": format!("_:{}", b.as_str())}),
        Term::Literal(l) => match l.language() {
            Some(lang) => json!({"@value": l.value(), "@language": lang}),
            None => json!({"@value": l.value(), "@type": l.datatype().as_str()}),
        },
        #[allow(unreachable_patterns)]
        other => json!({"@id": other.to_string()}),
    }
}

/// A class IRI as `prefix:local` when a prefix of the context covers it.
fn compact(ctx: &Context, iri: &str) -> String {
    for (p, ns) in &ctx.prefixes {
        if let Some(local) = iri.strip_prefix(ns.as_str()) {
            if !local.is_empty() && local.chars().all(|c| c.is_alphanumeric() || c == '_') {
                return format!("{p}:{local}");
            }
        }
    }
    iri.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxrdf::{Literal, NamedNode};
    use oxrdfio::{RdfFormat, RdfParser};

    /// Compact where a term fits, expanded where it does not; the same quads read back.
    #[test]
    fn compact_output_reads_back_to_the_same_quads() {
        let g = GraphName::NamedNode(NamedNode::new("https://example.org/a").unwrap());
        let s = NamedNode::new("https://example.org/a/person/x").unwrap();
        let n = |i: &str| NamedNode::new(i).unwrap();
        let quads = vec![
            Quad::new(
                s.clone(),
                n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                n("https://w3id.org/newsgraph/ontology#Person"),
                g.clone(),
            ),
            Quad::new(
                s.clone(),
                n("https://schema.org/name"),
                Literal::new_simple_literal("Zoë \"Q\" Ng"),
                g.clone(),
            ),
            Quad::new(
                s.clone(),
                n("https://schema.org/name"),
                Literal::new_language_tagged_literal("Zoe", "en").unwrap(),
                g.clone(),
            ),
            Quad::new(
                s.clone(),
                n("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"),
                Literal::new_typed_literal("7", oxrdf::vocab::xsd::INTEGER),
                g.clone(),
            ),
            Quad::new(
                s.clone(),
                n("https://w3id.org/newsgraph/ontology#mention"),
                n("https://example.org/a#char=0,3"),
                g.clone(),
            ),
            // an @id term with a literal: written expanded
            Quad::new(
                s.clone(),
                n("https://w3id.org/newsgraph/ontology#holder"),
                Literal::new_simple_literal("not an IRI"),
                g.clone(),
            ),
            Quad::new(
                s.clone(),
                n("https://example.org/unknown"),
                Literal::new_simple_literal("u"),
                GraphName::DefaultGraph,
            ),
        ];
        let mut w = JsonLdWriter::new(Vec::new()).unwrap();
        w.write_quads(&quads).unwrap();
        let out = w.finish().unwrap();
        let text = String::from_utf8(out.clone()).unwrap();
        assert!(text.contains(r#""name":"Zoë \"Q\" Ng""#), "{text}");
        assert!(text.contains("\"@type\":\"ng:Person\""), "{text}");
        let mut back: Vec<Quad> = RdfParser::from_format(RdfFormat::JsonLd {
            profile: Default::default(),
        })
        .for_slice(&out)
        .collect::<Result<_, _>>()
        .unwrap();
        let mut want = quads.clone();
        back.sort_by_key(|q| q.to_string());
        want.sort_by_key(|q| q.to_string());
        assert_eq!(back, want);
    }
}
