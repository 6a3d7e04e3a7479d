//! RDF mapping: an article and its extraction -> quads under the newsgraph ontology.
//!
//! One named graph per article, named by the article's IRI. IRIs are minted
//! deterministically: articles from their id, people and organizations from the article and
//! their normalized name, countries from their ISO code, facts from a hash of (article, rule,
//! span, participants). So the same article gives the same triples on any machine.

use crate::extract::{EntityKind, Extraction, Span};
use crate::input::Article;
use crate::lexicon::Lexicon;
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

/// The default base under which newsgraph mints IRIs.
pub const DEFAULT_BASE: &str = "https://w3id.org/newsgraph/";

/// Vocabulary terms, one doc line each; every term is defined in `ontology/newsgraph.ttl`.
pub mod ng {
    use oxigraph::model::NamedNodeRef;
    macro_rules! term {
        ($($(#[$doc:meta])* $name:ident = $local:literal;)*) => {
            $( $(#[$doc])* pub const $name: NamedNodeRef<'static> =
                NamedNodeRef::new_unchecked(concat!("https://w3id.org/newsgraph/ontology#", $local)); )*
            /// Every term, for the test that checks they are all defined in the ontology.
            pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
        };
    }
    /// The ontology namespace.
    pub const NAMESPACE: &str = "https://w3id.org/newsgraph/ontology#";
    term! {
        /// A news article.
        ARTICLE = "Article";
        /// A named person of one article.
        PERSON = "Person";
        /// A country or historical state.
        COUNTRY = "Country";
        /// An organization of one article.
        ORGANIZATION = "Organization";
        /// A role held by a person in a country or organization.
        ROLE = "Role";
        /// An accusation made by someone against someone.
        ACCUSATION = "Accusation";
        /// A denial of an accusation.
        DENIAL = "Denial";
        /// A span of an article's text naming an entity.
        MENTION = "Mention";
        /// A sentence of an article's text given as evidence.
        SENTENCE = "Sentence";
        /// A category of accusation (CAMEO-aligned).
        ACCUSATION_CATEGORY = "AccusationCategory";
        /// The entity a mention names.
        DENOTES = "denotes";
        /// A mention of the entity.
        MENTION_PROP = "mention";
        /// The person holding a role.
        HOLDER = "holder";
        /// The country or organization a role belongs to.
        ROLE_OF = "roleOf";
        /// The title of a role, as written, in lower case.
        TITLE = "title";
        /// Who makes an accusation.
        ACCUSER = "accuser";
        /// Who is accused.
        ACCUSED = "accused";
        /// Who denies.
        DENIER = "denier";
        /// The accusation a denial answers.
        ANSWERS = "answers";
        /// The charge, as written in the article.
        CHARGE = "charge";
        /// The category of an accusation.
        CATEGORY = "category";
        /// The cue word that signalled the fact.
        CUE = "cue";
        /// The sentence that is the evidence for a fact.
        EVIDENCE = "evidence";
        /// The id of the extraction rule that produced a fact.
        RULE = "rule";
        /// The article a mention, sentence or fact comes from.
        ARTICLE_PROP = "article";
        /// ISO 3166-1 alpha-2 code.
        ISO2 = "iso2";
        /// ISO 3166-1 alpha-3 code.
        ISO3 = "iso3";
        /// The country an organization belongs to.
        COUNTRY_PROP = "country";
        /// Where the tool read the article (file, file:line, <stdin>).
        SOURCE = "source";
        /// SHA-256 of the text the tool read, hex.
        CONTENT_HASH = "contentHash";
        /// Length of the text the tool read, in characters.
        TEXT_LENGTH = "textLength";
        /// The article's identifier in its collection.
        IDENTIFIER = "identifier";
    }
}

/// Other vocabularies newsgraph reuses.
pub mod ext {
    use oxigraph::model::NamedNodeRef;
    /// schema:name
    pub const SCHEMA_NAME: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/name");
    /// schema:headline
    pub const SCHEMA_HEADLINE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/headline");
    /// schema:datePublished
    pub const SCHEMA_DATE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/datePublished");
    /// schema:url
    pub const SCHEMA_URL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/url");
    /// schema:mentions
    pub const SCHEMA_MENTIONS: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/mentions");
    /// schema:jobTitle
    pub const SCHEMA_JOB_TITLE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/jobTitle");
    /// owl:sameAs
    pub const OWL_SAME_AS: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#sameAs");
    /// prov:wasDerivedFrom
    pub const PROV_DERIVED: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#wasDerivedFrom");
    /// prov:wasGeneratedBy
    pub const PROV_GENERATED_BY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#wasAttributedTo");
    /// prov:SoftwareAgent
    pub const PROV_SOFTWARE_AGENT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#SoftwareAgent");
    /// nif:beginIndex
    pub const NIF_BEGIN: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex",
    );
    /// nif:endIndex
    pub const NIF_END: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex",
    );
    /// nif:anchorOf
    pub const NIF_ANCHOR: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf",
    );
    /// skos:notation
    pub const SKOS_NOTATION: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#notation");
}

/// Maps articles and extractions to quads.
#[derive(Debug, Clone)]
pub struct RdfMapper {
    base: String,
}

impl Default for RdfMapper {
    fn default() -> Self {
        Self {
            base: DEFAULT_BASE.to_owned(),
        }
    }
}

/// The CAMEO-aligned accusation categories, by code, with labels; defined in the ontology.
pub const CATEGORIES: &[(&str, &str)] = &[
    ("111", "criticize or denounce"),
    ("112", "accuse"),
    ("1121", "accuse of crime or corruption"),
    ("1122", "accuse of human rights abuses"),
    ("1123", "accuse of aggression"),
    ("1124", "accuse of war crimes"),
    ("1125", "accuse of espionage or treason"),
];

impl RdfMapper {
    /// A mapper minting IRIs under `base` (which should end with `/` or `#`).
    #[must_use]
    pub fn with_base(mut self, base: &str) -> Self {
        self.base = base.to_owned();
        self
    }

    /// The base IRI.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The IRI of an article (also its graph's name).
    pub fn article_iri(&self, article: &Article) -> NamedNode {
        NamedNode::new_unchecked(format!("{}article/{}", self.base, slug(&article.id)))
    }

    /// The graph that holds the descriptions shared by all articles: countries (names, ISO
    /// codes, Wikidata links) and the tool.
    pub fn entities_graph(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}graph/entities", self.base))
    }

    /// The IRI of a country, from its ISO code.
    pub fn country_iri(&self, iso2: &str) -> NamedNode {
        NamedNode::new_unchecked(format!(
            "{}country/{}",
            self.base,
            slug(iso2).to_uppercase()
        ))
    }

    /// All quads of one article.
    pub fn map(&self, article: &Article, x: &Extraction) -> Vec<Quad> {
        let lex = Lexicon::get();
        let a = self.article_iri(article);
        let g = GraphName::NamedNode(a.clone());
        // sized up front: growing it would copy every quad several times
        let mentions: usize = x.entities.iter().map(|e| e.mentions.len()).sum();
        let mut out = Vec::with_capacity(
            32 + 8 * mentions
                + 8 * x.entities.len()
                + 12 * (x.roles.len() + x.accusations.len() + x.denials.len())
                + 5 * x.sentences.len(),
        );
        // descriptions of nodes every article shares (countries, the tool) go once into the
        // entities graph, so a query over the union of graphs meets each country's name once
        // and not once per article that mentions it; `shared` says which graph is being
        // written
        let entities = GraphName::NamedNode(self.entities_graph());
        let shared = std::cell::Cell::new(false);
        let mut add = |s: &NamedNode, p: NamedNodeRef<'_>, o: Term| {
            out.push(Quad::new(
                NamedOrBlankNode::NamedNode(s.clone()),
                p.into_owned(),
                o,
                if shared.get() {
                    entities.clone()
                } else {
                    g.clone()
                },
            ));
        };
        let lit = |s: &str| Term::Literal(Literal::new_simple_literal(crate::text::nfc(s)));
        let int = |n: usize| Term::Literal(Literal::new_typed_literal(n.to_string(), xsd::INTEGER));
        let node = |n: &NamedNode| Term::NamedNode(n.clone());

        // the article
        add(&a, rdf::TYPE, node(&ng::ARTICLE.into_owned()));
        add(&a, ng::IDENTIFIER, lit(&article.id));
        if let Some(t) = &article.title {
            add(&a, ext::SCHEMA_HEADLINE, lit(t));
        }
        if let Some(d) = &article.date {
            let is_date = d.len() == 10
                && d.chars().enumerate().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }
                });
            add(
                &a,
                ext::SCHEMA_DATE,
                if is_date {
                    Term::Literal(Literal::new_typed_literal(d, xsd::DATE))
                } else {
                    lit(d)
                },
            );
        }
        if let Some(u) = &article.url {
            match url::Url::parse(u) {
                Ok(u) => add(
                    &a,
                    ext::SCHEMA_URL,
                    Term::NamedNode(NamedNode::new_unchecked(u.as_str())),
                ),
                Err(_) => add(&a, ext::SCHEMA_URL, lit(u)),
            }
        }
        add(&a, ng::SOURCE, lit(&article.source));
        add(
            &a,
            ng::CONTENT_HASH,
            lit(&format!("sha256:{}", article.content_hash())),
        );
        add(&a, ng::TEXT_LENGTH, int(article.text.chars().count()));
        let agent = NamedNode::new_unchecked(format!(
            "{}agent/newsgraph-{}",
            self.base,
            env!("CARGO_PKG_VERSION")
        ));
        add(&a, ext::PROV_GENERATED_BY, node(&agent));
        shared.set(true);
        add(
            &agent,
            rdf::TYPE,
            node(&ext::PROV_SOFTWARE_AGENT.into_owned()),
        );
        add(
            &agent,
            rdfs::LABEL,
            lit(concat!("newsgraph ", env!("CARGO_PKG_VERSION"))),
        );
        shared.set(false);

        // sentences used as evidence: only those a fact points to
        let span_iri = |sp: &Span| {
            NamedNode::new_unchecked(format!(
                "{}#char={},{}",
                a.as_str(),
                sp.chars.start,
                sp.chars.end
            ))
        };
        // (a mention's sentence follows from its offsets; writing every sentence out again
        // would double the size of the output for no fact)
        let mut used = vec![false; x.sentences.len()];
        for s in x
            .roles
            .iter()
            .map(|r| r.sentence)
            .chain(x.accusations.iter().map(|r| r.sentence))
            .chain(x.denials.iter().map(|r| r.sentence))
        {
            used[s] = true;
        }
        for (i, sp) in x.sentences.iter().enumerate() {
            if !used[i] {
                continue;
            }
            let s = span_iri(sp);
            add(&s, rdf::TYPE, node(&ng::SENTENCE.into_owned()));
            add(&s, ext::NIF_BEGIN, int(sp.chars.start));
            add(&s, ext::NIF_END, int(sp.chars.end));
            add(&s, ext::NIF_ANCHOR, lit(slice(&article.text, &sp.bytes)));
            add(&s, ng::ARTICLE_PROP, node(&a));
        }

        // entities
        let mut iris = Vec::with_capacity(x.entities.len());
        for e in &x.entities {
            let iri = match e.kind {
                EntityKind::Country => {
                    let c = &lex.countries[e.country.unwrap_or(0)];
                    self.country_iri(&c.iso2)
                }
                EntityKind::Person => {
                    NamedNode::new_unchecked(format!("{}/person/{}", a.as_str(), slug(&e.name)))
                }
                EntityKind::Organization => {
                    NamedNode::new_unchecked(format!("{}/org/{}", a.as_str(), slug(&e.name)))
                }
            };
            // two entities whose names slug alike ("Kilroy-Silk", "Kilroy Silk") keep two
            // nodes: the later one gets a number, in text order, so it is still deterministic
            let iri = if e.kind != EntityKind::Country && iris.contains(&iri) {
                (2..)
                    .map(|n| NamedNode::new_unchecked(format!("{}-{n}", iri.as_str())))
                    .find(|candidate| !iris.contains(candidate))
                    .expect("an unused number")
            } else {
                iri
            };
            iris.push(iri);
        }
        for (e, iri) in x.entities.iter().zip(&iris) {
            let class = match e.kind {
                EntityKind::Person => ng::PERSON,
                EntityKind::Country => ng::COUNTRY,
                EntityKind::Organization => ng::ORGANIZATION,
            };
            add(&a, ext::SCHEMA_MENTIONS, node(iri));
            shared.set(e.kind == EntityKind::Country);
            add(iri, rdf::TYPE, node(&class.into_owned()));
            add(iri, ext::SCHEMA_NAME, lit(&e.name));
            add(iri, rdfs::LABEL, lit(&e.name));
            match e.kind {
                EntityKind::Country => {
                    let c = &lex.countries[e.country.unwrap_or(0)];
                    add(iri, ng::ISO2, lit(&c.iso2));
                    add(iri, ng::ISO3, lit(&c.iso3));
                    if !c.wikidata.is_empty() {
                        add(
                            iri,
                            ext::OWL_SAME_AS,
                            Term::NamedNode(NamedNode::new_unchecked(format!(
                                "http://www.wikidata.org/entity/{}",
                                c.wikidata
                            ))),
                        );
                    }
                    shared.set(false);
                }
                _ => {
                    add(iri, ext::PROV_DERIVED, node(&a));
                    add(iri, ng::RULE, lit(e.rule));
                    if let Some(c) = e.country.filter(|_| e.kind == EntityKind::Organization) {
                        add(
                            iri,
                            ng::COUNTRY_PROP,
                            node(&self.country_iri(&lex.countries[c].iso2)),
                        );
                    }
                }
            }
            for m in &e.mentions {
                let mi = span_iri(&m.span);
                add(iri, ng::MENTION_PROP, node(&mi));
                add(&mi, rdf::TYPE, node(&ng::MENTION.into_owned()));
                add(&mi, ng::DENOTES, node(iri));
                add(&mi, ext::NIF_BEGIN, int(m.span.chars.start));
                add(&mi, ext::NIF_END, int(m.span.chars.end));
                add(
                    &mi,
                    ext::NIF_ANCHOR,
                    lit(slice(&article.text, &m.span.bytes)),
                );
                add(&mi, ng::ARTICLE_PROP, node(&a));
                add(&mi, ng::RULE, lit(m.rule));
            }
        }

        let fact_iri = |kind: &str, parts: &[&str]| {
            let mut h = Sha256::new();
            for p in parts {
                h.update(p.as_bytes());
                h.update([0]);
            }
            let d = h.finalize();
            let hex: String = d.iter().take(8).map(|b| format!("{b:02x}")).collect();
            NamedNode::new_unchecked(format!("{}/{kind}/{hex}", a.as_str()))
        };
        for r in &x.roles {
            let holder = &iris[r.holder];
            let of =
                r.of.map(|o| iris[o].as_str().to_owned())
                    .unwrap_or_default();
            let ri = fact_iri(
                "role",
                &[
                    r.rule,
                    holder.as_str(),
                    &r.title,
                    &of,
                    &r.span.chars.start.to_string(),
                ],
            );
            add(&ri, rdf::TYPE, node(&ng::ROLE.into_owned()));
            add(&ri, ng::HOLDER, node(holder));
            add(&ri, ng::TITLE, lit(&r.title));
            add(&ri, rdfs::LABEL, lit(&r.title));
            if let Some(o) = r.of {
                add(&ri, ng::ROLE_OF, node(&iris[o]));
            }
            add(holder, ext::SCHEMA_JOB_TITLE, lit(&r.title));
            add(&ri, ng::EVIDENCE, node(&span_iri(&x.sentences[r.sentence])));
            add(&ri, ng::MENTION_PROP, node(&span_iri(&r.span)));
            add(
                &span_iri(&r.span),
                rdf::TYPE,
                node(&ng::MENTION.into_owned()),
            );
            add(&span_iri(&r.span), ext::NIF_BEGIN, int(r.span.chars.start));
            add(&span_iri(&r.span), ext::NIF_END, int(r.span.chars.end));
            add(
                &span_iri(&r.span),
                ext::NIF_ANCHOR,
                lit(slice(&article.text, &r.span.bytes)),
            );
            add(&span_iri(&r.span), ng::ARTICLE_PROP, node(&a));
            add(&ri, ext::PROV_DERIVED, node(&a));
            add(&ri, ng::RULE, lit(r.rule));
        }
        let mut acc_iris = Vec::new();
        for c in &x.accusations {
            let ai = fact_iri(
                "accusation",
                &[
                    c.rule,
                    iris[c.accuser].as_str(),
                    iris[c.accused].as_str(),
                    &c.sentence.to_string(),
                    &c.charge,
                ],
            );
            add(&ai, rdf::TYPE, node(&ng::ACCUSATION.into_owned()));
            add(&ai, ng::ACCUSER, node(&iris[c.accuser]));
            add(&ai, ng::ACCUSED, node(&iris[c.accused]));
            if !c.charge.is_empty() {
                add(&ai, ng::CHARGE, lit(&c.charge));
            }
            add(
                &ai,
                ng::CATEGORY,
                node(&NamedNode::new_unchecked(format!(
                    "{}cameo-{}",
                    ng::NAMESPACE,
                    c.cameo
                ))),
            );
            add(&ai, ng::CUE, lit(&c.cue));
            add(&ai, ng::EVIDENCE, node(&span_iri(&x.sentences[c.sentence])));
            add(&ai, ext::PROV_DERIVED, node(&a));
            add(&ai, ng::RULE, lit(c.rule));
            acc_iris.push(ai);
        }
        for d in &x.denials {
            let di = fact_iri(
                "denial",
                &[
                    d.rule,
                    iris[d.denier].as_str(),
                    &d.sentence.to_string(),
                    &d.charge,
                ],
            );
            add(&di, rdf::TYPE, node(&ng::DENIAL.into_owned()));
            add(&di, ng::DENIER, node(&iris[d.denier]));
            add(&di, ng::CHARGE, lit(&d.charge));
            if let Some(acc) = d.answers {
                add(&di, ng::ANSWERS, node(&acc_iris[acc]));
            }
            add(&di, ng::CUE, lit(&d.cue));
            add(&di, ng::EVIDENCE, node(&span_iri(&x.sentences[d.sentence])));
            add(&di, ext::PROV_DERIVED, node(&a));
            add(&di, ng::RULE, lit(d.rule));
        }
        // the order is the order of construction, which follows the text; a quad made twice
        // (two roles with the same evidence sentence) is kept once
        let mut seen = rustc_hash::FxHashSet::default();
        let keep: Vec<bool> = out.iter().map(|q| seen.insert(q)).collect();
        drop(seen);
        let mut keep = keep.into_iter();
        out.retain(|_| keep.next().unwrap_or(true));
        out
    }
}

/// The text of a span; empty rather than a panic if an extraction made from another text
/// (the caller's mistake) is mapped with this article.
fn slice<'t>(text: &'t str, range: &std::ops::Range<usize>) -> &'t str {
    text.get(range.clone()).unwrap_or_default()
}

/// An IRI path segment from a name: NFC, lower case ASCII letters and digits kept, runs of
/// anything else as one `-`, other letters percent-encoded, so any name gives a valid IRI.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in crate::text::nfc(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if c.is_alphanumeric() {
            for b in c.to_lowercase().collect::<String>().bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        // a name of symbols only: a hash keeps it distinct and valid
        let d = Sha256::digest(name.as_bytes());
        out = d.iter().take(6).map(|b| format!("{b:02x}")).collect();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_valid_iri_segments() {
        assert_eq!(slug("Barack Obama"), "barack-obama");
        assert_eq!(slug("Gary O'Donoghue"), "gary-o-donoghue");
        assert_eq!(slug("\"<Evil> name\""), "evil-name");
        assert_eq!(slug("Zoë"), "zo%C3%AB");
        assert_eq!(slug("习近平").len(), 27);
        assert!(!slug("<>\"").is_empty());
        for name in ["a b", "<x>", "\"q\"", "Ünïcödé", "{}|^`\\", "习近平"] {
            let iri = format!("{DEFAULT_BASE}person/{}", slug(name));
            assert!(NamedNode::new(&iri).is_ok(), "{iri}");
        }
    }

    #[test]
    fn every_vocabulary_term_is_in_the_ontology() {
        let ontology = include_str!("../ontology/newsgraph.ttl");
        for term in ng::ALL {
            let local = term.as_str().strip_prefix(ng::NAMESPACE).unwrap();
            assert!(
                ontology.contains(&format!("ng:{local} "))
                    || ontology.contains(&format!("ng:{local}\n")),
                "{local} missing from ontology/newsgraph.ttl"
            );
        }
    }
}
