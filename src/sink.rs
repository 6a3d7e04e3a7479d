//! Where extracted articles are written, by format: N-Quads rendered by the workers (one
//! article's quads together, the map-step form), compact JSON-LD, or Oxigraph's serializers.
//! Used by `extract` and by `validate` (for its chunks).

use crate::pipeline::Processed;
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNode;
use std::io::Write;

/// Where `extract` writes articles, by format. Descriptions shared by all articles (the
/// entities graph; countries and the tool in triple formats) are written once per run.
pub enum ArticleSink<W: Write> {
    /// N-Quads rendered by the workers: one article's quads together (the map-step form).
    NQuads {
        out: W,
        entities: oxigraph::model::GraphName,
        seen: std::collections::HashSet<oxigraph::model::Quad>,
    },
    /// Compact JSON-LD with the published context.
    JsonLd {
        writer: crate::jsonld::JsonLdWriter<W>,
        entities: oxigraph::model::GraphName,
        seen: std::collections::HashSet<oxigraph::model::Quad>,
    },
    /// Oxigraph's serializers for the other formats.
    Rdf {
        writer: oxigraph::io::WriterQuadSerializer<W>,
        format: RdfFormat,
        entities: oxigraph::model::GraphName,
        seen: std::collections::HashSet<oxigraph::model::Quad>,
        seen_triples: std::collections::HashSet<oxigraph::model::Triple>,
    },
}

impl<W: Write> ArticleSink<W> {
    /// A sink writing `format` to `out`; `entities` is the shared graph.
    pub fn new(format: RdfFormat, out: W, entities: NamedNode) -> std::io::Result<Self> {
        let entities = oxigraph::model::GraphName::NamedNode(entities);
        let seen = std::collections::HashSet::new();
        Ok(match format {
            RdfFormat::NQuads => Self::NQuads {
                out,
                entities,
                seen,
            },
            RdfFormat::JsonLd { .. } => Self::JsonLd {
                writer: crate::jsonld::JsonLdWriter::new(out)?,
                entities,
                seen,
            },
            _ => Self::Rdf {
                writer: crate::store::serializer(format).for_writer(out),
                format,
                entities,
                seen,
                seen_triples: std::collections::HashSet::new(),
            },
        })
    }

    /// Writes one processed article (rendered as N-Quads already when the format is N-Quads).
    pub fn write(&mut self, p: &Processed) -> std::io::Result<()> {
        match self {
            Self::NQuads {
                out,
                entities,
                seen,
            } => {
                // the article's own quads (rendered in the workers, or written here); the
                // shared descriptions the first time they come
                let mut line = Vec::new();
                if let Processed::Rendered { nquads, .. } = p {
                    out.write_all(nquads)?;
                }
                let rendered = matches!(p, Processed::Rendered { .. });
                for q in p.quads() {
                    let shared = rendered || q.graph_name == *entities;
                    if !shared || seen.insert(q.clone()) {
                        line.clear();
                        crate::nquads::write_quad(&mut line, q.as_ref());
                        out.write_all(&line)?;
                    }
                }
            }
            Self::JsonLd {
                writer,
                entities,
                seen,
            } => {
                let quads: Vec<_> = p
                    .quads()
                    .iter()
                    .filter(|q| q.graph_name != *entities || seen.insert((*q).clone()))
                    .cloned()
                    .collect();
                writer.write_quads(&quads)?;
            }
            Self::Rdf {
                writer,
                format,
                entities,
                seen,
                seen_triples,
            } => {
                for q in p.quads() {
                    if format.supports_datasets() {
                        if q.graph_name == *entities && !seen.insert(q.clone()) {
                            continue;
                        }
                        writer.serialize_quad(q)?;
                        continue;
                    }
                    // triple formats: nodes shared by articles (countries, the tool) once
                    let t = oxigraph::model::Triple::from(q.clone());
                    let shared = match &t.subject {
                        oxigraph::model::NamedOrBlankNode::NamedNode(n) => {
                            !n.as_str().contains("/article/")
                        }
                        _ => false,
                    };
                    if shared && !seen_triples.insert(t.clone()) {
                        continue;
                    }
                    writer.serialize_triple(&t)?;
                }
            }
        }
        Ok(())
    }

    /// Ends the document; returns the writer.
    pub fn finish(self) -> std::io::Result<W> {
        match self {
            Self::NQuads { out, .. } => Ok(out),
            Self::JsonLd { writer, .. } => writer.finish(),
            Self::Rdf { writer, .. } => writer.finish(),
        }
    }
}
