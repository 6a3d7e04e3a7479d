//! RDF mapping: an article and its extraction -> quads under the newsgraph ontology.
//!
//! One named graph per article, named by the article's IRI. IRIs are minted
//! deterministically: articles from their id, people and organizations from the article and
//! their normalized name, countries from their ISO code, facts from a hash of (article, rule,
//! span, participants). So the same article gives the same triples on any machine.

use crate::article::Article;
use newsgraph_extract::extract::{EntityKind, Extraction, Span};
use newsgraph_extract::lexicon::Lexicon;
use oxrdf::vocab::{rdf, rdfs, xsd};
use oxrdf::{LiteralRef, NamedNode, NamedNodeRef, Quad, QuadRef, TermRef};
use sha2::{Digest, Sha256};

/// The default base under which newsgraph mints IRIs.
pub const DEFAULT_BASE: &str = "https://w3id.org/newsgraph/";

/// Vocabulary terms, one doc line each; every term is defined in `ontology/newsgraph.ttl`.
pub mod ng {
    use oxrdf::NamedNodeRef;
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
    use oxrdf::NamedNodeRef;
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
    /// schema:author
    pub const SCHEMA_AUTHOR: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/author");
    /// schema:publisher
    pub const SCHEMA_PUBLISHER: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/publisher");
    /// schema:inLanguage
    pub const SCHEMA_IN_LANGUAGE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/inLanguage");
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
    /// nif:isString
    pub const NIF_IS_STRING: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString",
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
        NamedNode::new_unchecked(format!(
            "{}article/{}",
            self.base,
            article_slug(&article.id)
        ))
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

    /// All quads of one article, each once, in the order of construction (which follows the
    /// text).
    pub fn map(&self, article: &Article, x: &Extraction) -> Vec<Quad> {
        // sized up front: growing it would copy every quad several times
        let mentions: usize = x.entities.iter().map(|e| e.mentions.len()).sum();
        let mut sink = OwnedQuads {
            quads: Vec::with_capacity(
                32 + 8 * mentions
                    + 8 * x.entities.len()
                    + 12 * (x.roles.len() + x.accusations.len() + x.denials.len())
                    + 5 * x.sentences.len(),
            ),
            repeats: rustc_hash::FxHashSet::default(),
        };
        self.map_into(article, x, &mut sink);
        sink.quads
    }

    /// Gives the quads of one article to `sink`, in the order of construction, as borrowed
    /// quads: a sink that writes text needs no owned term at all (on a corpus, allocating
    /// terms was a quarter of the run time). The same quad may come twice (two roles with
    /// the same evidence sentence); keeping it once is the sink's job.
    pub fn map_into(&self, article: &Article, x: &Extraction, sink: &mut impl QuadSink) {
        let lex = Lexicon::get();
        let a = self.article_iri(article);
        let a = a.as_ref();
        let entities = self.entities_graph();
        // descriptions of nodes every article shares (countries, the tool) go once into the
        // entities graph, so a query over the union of graphs meets each country's name once
        // and not once per article that mentions it
        let mut emit = Emit {
            sink,
            article: a,
            entities: entities.as_ref(),
            shared: false,
            repeats: false,
            described: rustc_hash::FxHashMap::default(),
        };

        // the article
        emit.node(a, rdf::TYPE, ng::ARTICLE);
        emit.lit(a, ng::IDENTIFIER, &article.id);
        if let Some(t) = &article.title {
            emit.lit(a, ext::SCHEMA_HEADLINE, t);
        }
        if let Some(d) = &article.date {
            if crate::article::is_calendar_date(d) {
                emit.term(
                    a,
                    ext::SCHEMA_DATE,
                    LiteralRef::new_typed_literal(d, xsd::DATE),
                );
            } else {
                emit.lit(a, ext::SCHEMA_DATE, d);
            }
        }
        if let Some(u) = &article.url {
            match crate::article::url_iri(u) {
                Some(iri) => emit.node(a, ext::SCHEMA_URL, iri.as_ref()),
                None => emit.lit(a, ext::SCHEMA_URL, u),
            }
        }
        if let Some(l) = &article.language {
            emit.lit(a, ext::SCHEMA_IN_LANGUAGE, l);
        }
        emit.lit(a, ng::SOURCE, &article.source);
        emit.lit(
            a,
            ng::CONTENT_HASH,
            &format!("sha256:{}", article.content_hash()),
        );
        emit.int(a, ng::TEXT_LENGTH, article.text.chars().count());
        // the text the offsets count over: the article is a nif:Context
        emit.lit(a, ext::NIF_IS_STRING, &article.text);
        let agent = NamedNode::new_unchecked(format!(
            "{}agent/newsgraph-{}",
            self.base,
            env!("CARGO_PKG_VERSION")
        ));
        let agent = agent.as_ref();
        emit.node(a, ext::PROV_GENERATED_BY, agent);
        emit.shared = true;
        emit.node(agent, rdf::TYPE, ext::PROV_SOFTWARE_AGENT);
        emit.lit(
            agent,
            rdfs::LABEL,
            concat!("newsgraph ", env!("CARGO_PKG_VERSION")),
        );
        emit.shared = false;

        // sentences used as evidence: only those a fact points to
        // (one per mention: built without `fmt`)
        let span_iri = |sp: &Span| {
            let mut iri = String::with_capacity(a.as_str().len() + 24);
            iri.push_str(a.as_str());
            iri.push_str("#char=");
            iri.push_str(itoa::Buffer::new().format(sp.chars.start));
            iri.push(',');
            iri.push_str(itoa::Buffer::new().format(sp.chars.end));
            NamedNode::new_unchecked(iri)
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
            if used[i] {
                emit.span(&span_iri(sp), ng::SENTENCE, sp, &article.text);
            }
        }

        // entities
        let mut iris = Vec::with_capacity(x.entities.len());
        for e in &x.entities {
            let iri = match e.kind {
                EntityKind::Country => {
                    let c = &lex.countries[e.country.unwrap_or(0)];
                    self.country_iri(&c.key)
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
            let iri = iri.as_ref();
            let class = match e.kind {
                EntityKind::Person => ng::PERSON,
                EntityKind::Country => ng::COUNTRY,
                EntityKind::Organization => ng::ORGANIZATION,
            };
            emit.node(a, ext::SCHEMA_MENTIONS, iri);
            emit.shared = e.kind == EntityKind::Country;
            emit.node(iri, rdf::TYPE, class);
            emit.lit(iri, ext::SCHEMA_NAME, &e.name);
            emit.lit(iri, rdfs::LABEL, &e.name);
            match e.kind {
                EntityKind::Country => {
                    let c = &lex.countries[e.country.unwrap_or(0)];
                    emit.lit(iri, ng::ISO2, &c.iso2);
                    emit.lit(iri, ng::ISO3, &c.iso3);
                    if !c.wikidata.is_empty() {
                        let wikidata = format!("http://www.wikidata.org/entity/{}", c.wikidata);
                        emit.node(
                            iri,
                            ext::OWL_SAME_AS,
                            NamedNodeRef::new_unchecked(&wikidata),
                        );
                    }
                    emit.shared = false;
                }
                _ => {
                    emit.node(iri, ext::PROV_DERIVED, a);
                    emit.lit(iri, ng::RULE, e.rule);
                    if let Some(c) = e.country.filter(|_| e.kind == EntityKind::Organization) {
                        let country = self.country_iri(&lex.countries[c].key);
                        emit.node(iri, ng::COUNTRY_PROP, country.as_ref());
                    }
                }
            }
            for m in &e.mentions {
                let mi = span_iri(&m.span);
                emit.node(iri, ng::MENTION_PROP, mi.as_ref());
                emit.span(&mi, ng::MENTION, &m.span, &article.text);
                emit.node(mi.as_ref(), ng::DENOTES, iri);
                emit.lit(mi.as_ref(), ng::RULE, m.rule);
            }
        }

        // the page's authors (people of the article) and publisher (an organization): the
        // entity of that name when the text names it too, else a node of their own
        let mut own =
            |name: &str, kind: EntityKind, rule: &'static str, iris: &mut Vec<NamedNode>| {
                if let Some(i) = x
                    .entities
                    .iter()
                    .position(|e| e.kind == kind && e.name.eq_ignore_ascii_case(name))
                {
                    return iris[i].clone();
                }
                let segment = if kind == EntityKind::Person {
                    "person"
                } else {
                    "org"
                };
                let base =
                    NamedNode::new_unchecked(format!("{}/{segment}/{}", a.as_str(), slug(name)));
                let iri = if iris.contains(&base) {
                    (2..)
                        .map(|n| NamedNode::new_unchecked(format!("{}-{n}", base.as_str())))
                        .find(|c| !iris.contains(c))
                        .expect("an unused number")
                } else {
                    base
                };
                let class = if kind == EntityKind::Person {
                    ng::PERSON
                } else {
                    ng::ORGANIZATION
                };
                emit.node(iri.as_ref(), rdf::TYPE, class);
                emit.lit(iri.as_ref(), ext::SCHEMA_NAME, name);
                emit.lit(iri.as_ref(), rdfs::LABEL, name);
                emit.node(iri.as_ref(), ext::PROV_DERIVED, a);
                emit.lit(iri.as_ref(), ng::RULE, rule);
                iris.push(iri.clone());
                iri
            };
        let mut own_iris = iris.clone();
        let mut authors: Vec<NamedNode> = Vec::new();
        for name in &article.authors {
            let iri = own(name, EntityKind::Person, "page.author", &mut own_iris);
            if !authors.contains(&iri) {
                authors.push(iri);
            }
        }
        let publisher = article.publisher.as_deref().map(|name| {
            own(
                name,
                EntityKind::Organization,
                "page.publisher",
                &mut own_iris,
            )
        });
        for iri in &authors {
            emit.node(a, ext::SCHEMA_AUTHOR, iri.as_ref());
        }
        if let Some(iri) = &publisher {
            emit.node(a, ext::SCHEMA_PUBLISHER, iri.as_ref());
        }

        let fact_iri = |kind: &str, parts: &[&str]| {
            let mut h = Sha256::new();
            for p in parts {
                h.update(p.as_bytes());
                h.update([0]);
            }
            let hex = crate::article::hex(&h.finalize()[..8]);
            NamedNode::new_unchecked(format!("{}/{kind}/{hex}", a.as_str()))
        };
        // facts can repeat one another (two roles with one title for one person, one
        // accusation found by two rules): from here on the sink keeps each quad once
        emit.repeats = true;
        for r in &x.roles {
            let holder = iris[r.holder].as_ref();
            let of = r.of.map(|o| iris[o].as_str()).unwrap_or_default();
            let ri = fact_iri(
                "role",
                &[
                    r.rule,
                    holder.as_str(),
                    &r.title,
                    of,
                    &r.span.chars.start.to_string(),
                ],
            );
            let ri = ri.as_ref();
            emit.node(ri, rdf::TYPE, ng::ROLE);
            emit.node(ri, ng::HOLDER, holder);
            emit.lit(ri, ng::TITLE, &r.title);
            emit.lit(ri, rdfs::LABEL, &r.title);
            if let Some(o) = r.of {
                emit.node(ri, ng::ROLE_OF, iris[o].as_ref());
            }
            emit.lit(holder, ext::SCHEMA_JOB_TITLE, &r.title);
            emit.node(
                ri,
                ng::EVIDENCE,
                span_iri(&x.sentences[r.sentence]).as_ref(),
            );
            let mention = span_iri(&r.span);
            emit.node(ri, ng::MENTION_PROP, mention.as_ref());
            emit.span(&mention, ng::MENTION, &r.span, &article.text);
            emit.node(ri, ext::PROV_DERIVED, a);
            emit.lit(ri, ng::RULE, r.rule);
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
            {
                let ai = ai.as_ref();
                emit.node(ai, rdf::TYPE, ng::ACCUSATION);
                emit.node(ai, ng::ACCUSER, iris[c.accuser].as_ref());
                emit.node(ai, ng::ACCUSED, iris[c.accused].as_ref());
                if !c.charge.is_empty() {
                    emit.lit(ai, ng::CHARGE, &c.charge);
                }
                let category = format!("{}cameo-{}", ng::NAMESPACE, c.cameo);
                emit.node(ai, ng::CATEGORY, NamedNodeRef::new_unchecked(&category));
                let evidence = span_iri(&x.sentences[c.sentence]);
                emit.provenance(ai, &c.cue, evidence.as_ref(), c.rule);
            }
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
            let di = di.as_ref();
            emit.node(di, rdf::TYPE, ng::DENIAL);
            emit.node(di, ng::DENIER, iris[d.denier].as_ref());
            emit.lit(di, ng::CHARGE, &d.charge);
            if let Some(acc) = d.answers {
                emit.node(di, ng::ANSWERS, acc_iris[acc].as_ref());
            }
            let evidence = span_iri(&x.sentences[d.sentence]);
            emit.provenance(di, &d.cue, evidence.as_ref(), d.rule);
        }
    }
}

/// Where [`RdfMapper::map_into`] puts quads.
pub trait QuadSink {
    /// Takes one quad. With `may_repeat`, the same quad may have come before (also with
    /// `may_repeat`), and the sink must keep it once; without, it is new.
    fn quad(&mut self, quad: QuadRef<'_>, may_repeat: bool);
}

/// The quads as owned values, each once (the ones that may repeat are checked in a set).
struct OwnedQuads {
    quads: Vec<Quad>,
    repeats: rustc_hash::FxHashSet<Quad>,
}

impl QuadSink for OwnedQuads {
    fn quad(&mut self, quad: QuadRef<'_>, may_repeat: bool) {
        if may_repeat && !self.repeats.insert(quad.into_owned()) {
            return;
        }
        self.quads.push(quad.into_owned());
    }
}

/// The mapper's writing hand: the graph to write into, and one method per kind of object.
struct Emit<'a, S> {
    sink: &'a mut S,
    article: NamedNodeRef<'a>,
    entities: NamedNodeRef<'a>,
    /// Whether the subject is shared by all articles (its quads go to the entities graph).
    shared: bool,
    /// Whether the quads may repeat earlier ones (see [`QuadSink::quad`]).
    repeats: bool,
    /// Spans of text described so far, with the classes given them (a sentence and a
    /// mention, or two roles, may share one): each quad of a span is written once.
    described: rustc_hash::FxHashMap<(usize, usize), u8>,
}

impl<S: QuadSink> Emit<'_, S> {
    fn term<'t>(&mut self, s: NamedNodeRef<'t>, p: NamedNodeRef<'t>, o: impl Into<TermRef<'t>>) {
        let g = if self.shared {
            self.entities
        } else {
            self.article
        };
        let o: TermRef<'t> = o.into();
        self.sink.quad(QuadRef::new(s, p, o, g), self.repeats);
    }

    fn node(&mut self, s: NamedNodeRef<'_>, p: NamedNodeRef<'_>, o: NamedNodeRef<'_>) {
        self.term(s, p, o);
    }

    /// A plain string literal, in NFC.
    fn lit(&mut self, s: NamedNodeRef<'_>, p: NamedNodeRef<'_>, o: &str) {
        let o = newsgraph_extract::text::nfc(o);
        self.term(s, p, LiteralRef::new_simple_literal(&o));
    }

    /// A NIF offset: an xsd:nonNegativeInteger, as NIF 2.0 types its indexes.
    fn offset(&mut self, s: NamedNodeRef<'_>, p: NamedNodeRef<'_>, n: usize) {
        let mut digits = itoa::Buffer::new();
        self.term(
            s,
            p,
            LiteralRef::new_typed_literal(digits.format(n), xsd::NON_NEGATIVE_INTEGER),
        );
    }

    fn int(&mut self, s: NamedNodeRef<'_>, p: NamedNodeRef<'_>, n: usize) {
        let mut digits = itoa::Buffer::new();
        self.term(
            s,
            p,
            LiteralRef::new_typed_literal(digits.format(n), xsd::INTEGER),
        );
    }

    /// Where an event fact comes from: its cue word, evidence sentence, article and rule.
    fn provenance(
        &mut self,
        fact: NamedNodeRef<'_>,
        cue: &str,
        evidence: NamedNodeRef<'_>,
        rule: &str,
    ) {
        let article = self.article;
        self.lit(fact, ng::CUE, cue);
        self.node(fact, ng::EVIDENCE, evidence);
        self.node(fact, ext::PROV_DERIVED, article);
        self.lit(fact, ng::RULE, rule);
    }

    /// A span of the text (a sentence or a mention) as a NIF string with its offsets.
    fn span(&mut self, iri: &NamedNode, class: NamedNodeRef<'_>, sp: &Span, text: &str) {
        let iri = iri.as_ref();
        let article = self.article;
        let bit = if class == ng::SENTENCE { 2 } else { 1 };
        let classes = self
            .described
            .entry((sp.chars.start, sp.chars.end))
            .or_insert(0);
        let (new, typed) = (*classes == 0, *classes & bit != 0);
        *classes |= bit;
        if !typed {
            self.node(iri, rdf::TYPE, class);
        }
        if !new {
            return;
        }
        self.offset(iri, ext::NIF_BEGIN, sp.chars.start);
        self.offset(iri, ext::NIF_END, sp.chars.end);
        self.lit(iri, ext::NIF_ANCHOR, slice(text, &sp.bytes));
        self.node(iri, ng::ARTICLE_PROP, article);
    }
}

/// The text of a span; empty rather than a panic if an extraction made from another text
/// (the caller's mistake) is mapped with this article.
fn slice<'t>(text: &'t str, range: &std::ops::Range<usize>) -> &'t str {
    text.get(range.clone()).unwrap_or_default()
}

/// An IRI path segment from a name: NFC, lower case ASCII letters and digits kept, runs of
/// anything else as one `-`, other letters percent-encoded, so any name gives a valid IRI.
/// An article's IRI segment, one per id: the id itself when it is already a slug
/// ("reuters-1", "bbc-business-083"), else its slug and a hash of the id, so ids that differ
/// only in case or punctuation ("Reuters 1", "REUTERS/1") never share a graph and one
/// article never silently replaces another.
pub fn article_slug(id: &str) -> String {
    let s = slug(id);
    if s == id {
        return s;
    }
    let d = Sha256::digest(id.as_bytes());
    let hash: String = d.iter().take(4).map(|b| format!("{b:02x}")).collect();
    format!("{s}-{hash}")
}

pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in newsgraph_extract::text::nfc(name).chars() {
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
    fn article_ids_that_differ_get_different_iris() {
        assert_eq!(article_slug("reuters-1"), "reuters-1");
        let ids = [
            "reuters-1",
            "Reuters 1",
            "REUTERS/1",
            "reuters_1",
            "Reuters-1",
        ];
        let slugs: std::collections::HashSet<String> =
            ids.iter().map(|i| article_slug(i)).collect();
        assert_eq!(slugs.len(), ids.len(), "{slugs:?}");
        assert_eq!(
            article_slug("Reuters 1"),
            article_slug("Reuters 1"),
            "deterministic"
        );
    }

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
        // defined: the subject of a triple of ontology/newsgraph.ttl, parsed as Turtle
        let ontology = include_str!("../../../ontology/newsgraph.ttl");
        let defined: std::collections::HashSet<String> =
            oxrdfio::RdfParser::from_format(oxrdfio::RdfFormat::Turtle)
                .for_slice(ontology.as_bytes())
                .map(|q| q.expect("ontology/newsgraph.ttl parses"))
                .filter_map(|q| match q.subject {
                    oxrdf::NamedOrBlankNode::NamedNode(n) => Some(n.into_string()),
                    _ => None,
                })
                .collect();
        for term in ng::ALL {
            assert!(
                defined.contains(term.as_str()),
                "{term} is not defined in ontology/newsgraph.ttl"
            );
        }
    }
}
