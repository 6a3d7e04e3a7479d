//! The extractor: lexicons and rules -> typed facts, each with its span and rule id.
//!
//! It runs in passes over one article: countries from the gazetteer automaton, capitalized
//! chunks classified as people or organizations (titles, given names, keywords, context),
//! one entity per person however the article names them, then roles, accusations and denials
//! from cue words and the entities around them. Rules are deliberately conservative: a wrong
//! accusation in a knowledge graph is worse than a missing one.

mod entities;
mod events;
mod model;
mod quotes;
mod reference;
mod roles;
mod rules;
mod syntax;

pub use model::{Accusation, Denial, Entity, EntityKind, Extraction, Mention, Role, Span};
pub use rules::{rule_by_id, Rule, RULES};

use crate::lexicon::Lexicon;
use crate::text::{CharIndex, Document, TokenKind};
use std::ops::Range;

/// Turns article text into an [`Extraction`].
#[derive(Debug, Clone, Copy)]
pub struct Extractor {
    lexicon: &'static Lexicon,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// An extractor with the built-in lexicons (compiled once per process).
    pub fn new() -> Self {
        Self {
            lexicon: Lexicon::get(),
        }
    }

    /// Extracts every fact from `text`. Never panics; empty text gives an empty extraction.
    pub fn extract(&self, text: &str) -> Extraction {
        let doc = Document::new(text);
        let mut ctx = Ctx::new(doc, self.lexicon);
        ctx.find_entities();
        ctx.find_female_people();
        ctx.find_copula_companies();
        ctx.find_roles();
        ctx.restore_role_holders();
        ctx.find_events();
        // after the events: a country a person accuses is not the owner of their title
        ctx.default_role_owners();
        ctx.finish()
    }
}

/// A mention of an entity, by tokens, while the extractor works.
#[derive(Debug, Clone)]
struct TokMention {
    entity: usize,
    tokens: Range<usize>,
    rule: &'static str,
}

/// Working state for one article.
struct Ctx<'a> {
    doc: Document<'a>,
    lex: &'static Lexicon,
    chars: CharIndex,
    /// The tokens in lower case, end to end: the rules compare lowercase words many times per
    /// token, and lowercasing at each comparison was a tenth of the extraction time.
    lower_text: String,
    /// Where each token is in `lower_text`; `None` when the text is ASCII and the tokens'
    /// own spans say it.
    lower_at: Option<Vec<Range<usize>>>,
    entities: Vec<Entity>,
    mentions: Vec<TokMention>,
    /// token -> index into `mentions`
    mention_at: Vec<Option<usize>>,
    roles: Vec<Role>,
    accusations: Vec<Accusation>,
    denials: Vec<Denial>,
    /// Capitalized chunks that are not (yet) entities: candidates for organizations named as
    /// actors.
    unknown_chunks: Vec<Range<usize>>,
    /// People found so far, with the words of their names as comparison keys.
    person_words: Vec<(usize, Vec<String>)>,
    /// Organizations found so far, with their comparison keys (names and acronyms).
    org_keys: Vec<entities::OrgKey>,
    /// Tokens before an organization word, by their text: the positions of the organization
    /// words ("Douglas" -> [k] for "McDonnell Douglas Corp"); read by `named_as_organization`.
    org_word_after: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// Organization names that overlap country mentions ("Kuwait News Agency").
    org_overlaps: Vec<(usize, Range<usize>, &'static str)>,
    /// Person chunks: all tokens, the name tokens, the entity.
    person_chunks: Vec<(Range<usize>, Range<usize>, usize)>,
    /// Roles whose title serves a person ("adviser to Barack Obama") whose country was not
    /// known when the title was read: role index, person.
    patrons: Vec<(usize, usize)>,
    /// Set while the speaker of a quotation is looked up, so that a pronoun met on the way
    /// does not ask again.
    in_attribution: bool,
    /// People retyped as organizations, with the rule that had made them people.
    retyped: Vec<(usize, &'static str)>,
    /// Per entity: a woman (for "she"), once the people are known.
    female: Vec<bool>,
}

impl<'a> Ctx<'a> {
    fn new(doc: Document<'a>, lex: &'static Lexicon) -> Self {
        let chars = CharIndex::new(doc.text);
        let n = doc.tokens.len();
        let (lower_text, lower_at) = if doc.text.is_ascii() {
            (doc.text.to_ascii_lowercase(), None)
        } else {
            let mut text = String::with_capacity(doc.text.len());
            let at = (0..n)
                .map(|i| {
                    let start = text.len();
                    let word = doc.word(i);
                    if word.is_ascii() {
                        text.push_str(word);
                        text[start..].make_ascii_lowercase();
                    } else {
                        text.push_str(&word.to_lowercase());
                    }
                    start..text.len()
                })
                .collect();
            (text, Some(at))
        };
        Self {
            doc,
            lex,
            chars,
            lower_text,
            lower_at,
            entities: Vec::new(),
            mentions: Vec::new(),
            mention_at: vec![None; n],
            roles: Vec::new(),
            accusations: Vec::new(),
            denials: Vec::new(),
            unknown_chunks: Vec::new(),
            person_words: Vec::new(),
            org_keys: Vec::new(),
            org_overlaps: Vec::new(),
            org_word_after: Default::default(),
            person_chunks: Vec::new(),
            patrons: Vec::new(),
            in_attribution: false,
            retyped: Vec::new(),
            female: Vec::new(),
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.doc.word(i)
    }

    /// The word without a possessive ending ("Kuwait's" -> "Kuwait").
    fn base(&self, i: usize) -> &'a str {
        strip_possessive(self.word(i))
    }

    /// Token `i` in lower case.
    fn lower(&self, i: usize) -> &str {
        let range = match &self.lower_at {
            Some(at) => at[i].clone(),
            None => self.doc.tokens[i].span.clone(),
        };
        &self.lower_text[range]
    }

    fn is_possessive(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() != strip_possessive(w).len()
    }

    /// "and" at `a`, then capitalized words with a title's head: a portfolio joined to
    /// another before their title ("Posts | and Telecommunications Minister", "Trade | and
    /// Industry Secretary"). `a` must be a token.
    fn joins_portfolio(&self, a: usize) -> bool {
        let n = self.doc.tokens.len();
        self.lower(a) == "and"
            && (a + 1..(a + 4).min(n))
                .take_while(|&t| self.is_cap(t))
                .any(|t| self.lex.role_head(self.word(t)).is_some())
    }

    fn in_caps_sentence(&self, i: usize) -> bool {
        let s = self.doc.sentence_of(i);
        self.doc.sentences.get(s).is_some_and(|s| s.all_caps)
    }

    /// True for a word written with a capital: "Obama", "al-Sabah", "d'Affaires", "U.S.".
    fn is_cap(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        t.cap && t.kind == TokenKind::Word
    }

    fn span_of(&self, tokens: Range<usize>) -> Span {
        let bytes = if tokens.is_empty() {
            0..0
        } else {
            self.doc.tokens[tokens.start].span.start..self.doc.tokens[tokens.end - 1].span.end
        };
        // a trailing possessive is not part of the name
        let mut bytes = bytes;
        if !tokens.is_empty() {
            let last = self.word(tokens.end - 1);
            bytes.end -= last.len() - strip_possessive(last).len();
        }
        Span {
            chars: self.chars.chars(&bytes),
            bytes,
        }
    }

    /// Name text of a token range, without a trailing possessive.
    fn name_of(&self, tokens: Range<usize>) -> String {
        let span = self.span_of(tokens);
        normalize_space(&self.doc.text[span.bytes])
    }

    /// Records a mention; the first mention of a token wins.
    fn add_mention(&mut self, entity: usize, tokens: Range<usize>, rule: &'static str) {
        if tokens.is_empty() || tokens.clone().any(|t| self.mention_at[t].is_some()) {
            return;
        }
        let index = self.mentions.len();
        for t in tokens.clone() {
            self.mention_at[t] = Some(index);
        }
        self.mentions.push(TokMention {
            entity,
            tokens,
            rule,
        });
    }

    fn new_entity(
        &mut self,
        kind: EntityKind,
        name: String,
        country: Option<usize>,
        rule: &'static str,
    ) -> usize {
        self.entities.push(Entity {
            kind,
            name,
            country,
            mentions: Vec::new(),
            aliases: Vec::new(),
            rule,
        });
        self.entities.len() - 1
    }

    /// How often each entity of `kind` is named among `mentions`: (entity, count, start of the
    /// last mention), in the order first named.
    fn mention_counts<'m>(
        &'m self,
        kind: EntityKind,
        mentions: impl Iterator<Item = &'m TokMention>,
    ) -> Vec<(usize, usize, usize)> {
        let mut counts: Vec<(usize, usize, usize)> = Vec::new();
        for m in mentions {
            if self.entities[m.entity].kind != kind {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == m.entity) {
                Some(c) => {
                    c.1 += 1;
                    c.2 = c.2.max(m.tokens.start);
                }
                None => counts.push((m.entity, 1, m.tokens.start)),
            }
        }
        counts
    }

    /// The token after the mention covering token `i`, or after `i` itself.
    fn past(&self, i: usize) -> usize {
        self.mention(i)
            .map(|m| m.tokens.end)
            .unwrap_or(i + 1)
            .max(i + 1)
    }

    /// The name not yet made an entity that opens at token `start`.
    fn unknown_chunk_at(&self, start: usize) -> Option<Range<usize>> {
        self.unknown_chunks
            .iter()
            .find(|c| c.start == start)
            .cloned()
    }

    /// The name not yet made an entity that ends just before token `end`.
    fn unknown_chunk_before(&self, end: usize) -> Option<Range<usize>> {
        self.unknown_chunks.iter().find(|c| c.end == end).cloned()
    }

    /// The mention covering token `i`.
    fn mention(&self, i: usize) -> Option<&TokMention> {
        self.mention_at
            .get(i)
            .copied()
            .flatten()
            .map(|m| &self.mentions[m])
    }

    fn finish(mut self) -> Extraction {
        let sentences: Vec<Span> = self
            .doc
            .sentences
            .iter()
            .map(|s| Span {
                chars: self.chars.chars(&s.span),
                bytes: s.span.clone(),
            })
            .collect();
        let mut mentions = std::mem::take(&mut self.mentions);
        mentions.sort_by_key(|m| m.tokens.start);
        for m in &mentions {
            let span = self.span_of(m.tokens.clone());
            let sentence = self.doc.sentence_of(m.tokens.start);
            self.entities[m.entity].mentions.push(Mention {
                span,
                sentence,
                rule: m.rule,
            });
        }
        // drop entities that ended with no mention (merged away), renumbering references
        let mut remap = vec![None; self.entities.len()];
        let mut kept = Vec::new();
        for (i, e) in std::mem::take(&mut self.entities).into_iter().enumerate() {
            if !e.mentions.is_empty() {
                remap[i] = Some(kept.len());
                kept.push(e);
            }
        }
        let roles = self
            .roles
            .into_iter()
            .filter_map(|mut r| {
                r.holder = remap[r.holder]?;
                r.of = r.of.and_then(|o| remap[o]);
                Some(r)
            })
            .collect();
        // (an accusation dropped with its entity moves the ones after it: the denials that
        // answer one follow it to its new index)
        let mut accusation_at = vec![None; self.accusations.len()];
        let mut accusations: Vec<Accusation> = Vec::with_capacity(self.accusations.len());
        for (i, mut a) in self.accusations.into_iter().enumerate() {
            if let (Some(x), Some(y)) = (remap[a.accuser], remap[a.accused]) {
                a.accuser = x;
                a.accused = y;
                accusation_at[i] = Some(accusations.len());
                accusations.push(a);
            }
        }
        let denials = self
            .denials
            .into_iter()
            .filter_map(|mut d| {
                d.denier = remap[d.denier]?;
                d.answers = d.answers.and_then(|i| accusation_at[i]);
                Some(d)
            })
            .collect();
        Extraction {
            sentences,
            entities: kept,
            roles,
            accusations,
            denials,
        }
    }
}

/// "Kuwait's" -> "Kuwait"; "Yukos'" -> "Yukos".
pub(crate) fn strip_possessive(w: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(b) = w.strip_suffix(suffix) {
            if !b.is_empty() {
                return b;
            }
        }
    }
    if w.len() > 2 && (w.ends_with("s'") || w.ends_with("s\u{2019}")) {
        return w.trim_end_matches(['\'', '\u{2019}']);
    }
    w
}

/// Collapses runs of white space (a name may span a line break).
pub fn normalize_space(s: &str) -> String {
    // most names are already normal: ASCII, single spaces inside
    let bytes = s.as_bytes();
    let normal = s.is_ascii()
        && bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes.windows(2).any(|w| w == b"  ")
        && !bytes
            .iter()
            .any(|&b| matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r'));
    if normal {
        return s.to_owned();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
