//! SPARQL solutions written out: Oxigraph's serializers for JSON, XML and TSV, and CSV written
//! here. Oxigraph's CSV writer (sparesults 0.3) writes IRIs and blank nodes bare, so an IRI
//! that holds a comma (every mention IRI does: `...#char=585,595`) splits the row for any CSV
//! reader. SPARQL 1.1 Query Results CSV (section 2) says a field holding a comma, a quotation
//! mark or a line break is quoted as RFC 4180 does, whatever term it is; this writer does
//! that. The same one-line fix for sparesults is in `patches/sparesults-csv-quote-iris.patch`,
//! ready to offer upstream.

use oxigraph::model::TermRef;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QuerySolution, Variable};
use std::io::{self, Write};

/// Writes the solutions of a SELECT query in one of the SPARQL results formats.
pub enum SolutionsWriter<W: Write> {
    /// JSON, XML, TSV: Oxigraph's serializers.
    Oxigraph(oxigraph::sparql::results::WriterSolutionsSerializer<W>),
    /// CSV, every field quoted where RFC 4180 needs it.
    Csv {
        out: W,
        variables: Vec<Variable>,
        line: String,
    },
}

impl<W: Write> SolutionsWriter<W> {
    /// Starts a document (the CSV header, the JSON head ...).
    pub fn start(
        format: QueryResultsFormat,
        mut out: W,
        variables: Vec<Variable>,
    ) -> io::Result<Self> {
        if format != QueryResultsFormat::Csv {
            return QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(out, variables)
                .map(Self::Oxigraph);
        }
        let mut line = String::new();
        for (i, v) in variables.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            push_field(&mut line, v.as_str());
        }
        line.push_str("\r\n");
        out.write_all(line.as_bytes())?;
        Ok(Self::Csv {
            out,
            variables,
            line,
        })
    }

    /// Writes one solution.
    pub fn serialize(&mut self, solution: &QuerySolution) -> io::Result<()> {
        match self {
            Self::Oxigraph(w) => w.serialize(solution),
            Self::Csv {
                out,
                variables,
                line,
            } => {
                line.clear();
                for (i, v) in variables.iter().enumerate() {
                    if i > 0 {
                        line.push(',');
                    }
                    if let Some(term) = solution.get(v) {
                        push_term(line, term.as_ref());
                    }
                }
                line.push_str("\r\n");
                out.write_all(line.as_bytes())
            }
        }
    }

    /// Ends the document; returns the writer.
    pub fn finish(self) -> io::Result<W> {
        match self {
            Self::Oxigraph(w) => w.finish(),
            Self::Csv { out, .. } => Ok(out),
        }
    }
}

/// A term as SPARQL CSV writes it: an IRI bare, a blank node as `_:id`, a literal's lexical
/// form; quoted when it needs to be.
fn push_term(line: &mut String, term: TermRef<'_>) {
    match term {
        TermRef::NamedNode(n) => push_field(line, n.as_str()),
        TermRef::BlankNode(b) => push_field(line, &format!("_:{}", b.as_str())),
        TermRef::Literal(l) => push_field(line, l.value()),
    }
}

/// One CSV field: quoted, with quotation marks doubled, when it holds a comma, a quotation
/// mark or a line break (RFC 4180, section 2).
fn push_field(line: &mut String, s: &str) {
    if s.bytes().any(|c| matches!(c, b'"' | b',' | b'\n' | b'\r')) {
        line.push('"');
        for c in s.chars() {
            if c == '"' {
                line.push('"');
            }
            line.push(c);
        }
        line.push('"');
    } else {
        line.push_str(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode, Term};
    use std::sync::Arc;

    #[test]
    fn iris_with_commas_and_literals_with_quotes_are_quoted() {
        let vars = vec![Variable::new_unchecked("m"), Variable::new_unchecked("t")];
        let solution = QuerySolution::from((
            Arc::<[Variable]>::from(vars.clone()),
            vec![
                Some(Term::from(NamedNode::new_unchecked(
                    "https://x.org/a#char=5,9",
                ))),
                Some(Term::from(Literal::new_simple_literal("say \"no\", twice"))),
            ],
        ));
        let mut w = SolutionsWriter::start(QueryResultsFormat::Csv, Vec::new(), vars).unwrap();
        w.serialize(&solution).unwrap();
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert_eq!(
            out,
            "m,t\r\n\"https://x.org/a#char=5,9\",\"say \"\"no\"\", twice\"\r\n"
        );
    }
}
