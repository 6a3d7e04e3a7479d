//! The facts the extractor produces: typed, with spans and rule ids, and no RDF in sight.

use std::ops::Range;

/// A span of the article text, in bytes (to slice the `&str`) and in characters (Unicode code
/// points, for NIF and Web Annotation offsets).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    /// Byte range.
    pub bytes: Range<usize>,
    /// Character range.
    pub chars: Range<usize>,
}

/// The kinds of entity newsgraph extracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A country or historical state, tied to the gazetteer.
    Country,
    /// An agency, party, company, court, broadcaster...
    Organization,
}

/// One place where an entity is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where.
    pub span: Span,
    /// Index of the sentence, in [`Extraction::sentences`].
    pub sentence: usize,
    /// The rule that recognised this mention.
    pub rule: &'static str,
}

/// A person, country or organization of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Its name: the fullest form in the article, or the gazetteer name for countries.
    pub name: String,
    /// For countries, the gazetteer index; for organizations, the country it belongs to.
    pub country: Option<usize>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Other names in the article (acronyms, short forms).
    pub aliases: Vec<String>,
    /// The rule that made the entity.
    pub rule: &'static str,
}

/// A role (title, position) held by a person, in a country or organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The person, an index into [`Extraction::entities`].
    pub holder: usize,
    /// The title, lower case ("foreign affairs spokesman").
    pub title: String,
    /// The country or organization the role belongs to, when known.
    pub of: Option<usize>,
    /// Where the title is written.
    pub span: Span,
    /// Sentence index.
    pub sentence: usize,
    /// Rule id.
    pub rule: &'static str,
}

/// An accusation: someone charges someone with something. A claim, never a fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accusation {
    /// Who makes the charge.
    pub accuser: usize,
    /// Who is charged.
    pub accused: usize,
    /// The charge, as written.
    pub charge: String,
    /// Where the charge is written, when it is a span of the text.
    pub charge_span: Option<Span>,
    /// CAMEO code (111, 112, 1121-1125).
    pub cameo: String,
    /// The cue word as written.
    pub cue: String,
    /// Sentence index.
    pub sentence: usize,
    /// Rule id.
    pub rule: &'static str,
}

/// A denial of an accusation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denial {
    /// Who denies.
    pub denier: usize,
    /// What is denied, as written.
    pub charge: String,
    /// The accusation it answers, when the article has it.
    pub answers: Option<usize>,
    /// The cue word as written.
    pub cue: String,
    /// Sentence index.
    pub sentence: usize,
    /// Rule id.
    pub rule: &'static str,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    /// Sentence spans (the evidence every fact points to).
    pub sentences: Vec<Span>,
    /// People, countries and organizations.
    pub entities: Vec<Entity>,
    /// Roles.
    pub roles: Vec<Role>,
    /// Accusations.
    pub accusations: Vec<Accusation>,
    /// Denials.
    pub denials: Vec<Denial>,
}

impl Extraction {
    /// The rule ids of every fact and mention, for counting facts per rule.
    pub fn rules(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        for e in &self.entities {
            out.push(e.rule);
            out.extend(e.mentions.iter().map(|m| m.rule));
        }
        out.extend(self.roles.iter().map(|r| r.rule));
        out.extend(self.accusations.iter().map(|a| a.rule));
        out.extend(self.denials.iter().map(|d| d.rule));
        out
    }
}
