//! Accusations and denials, from cue words and the entities around them.
//!
//! Frames (see `ontology/lexicon/accusation-cues.tsv`):
//! - active: "X accused Y of Z", "X blamed Y for Z", "X charged Y with Z", "X criticised Y
//!   for Z", "X sued Y for Z";
//! - passive with an agent: "Y was accused by X of Z";
//! - clausal: "X alleged (that) Y ...", "X said/ruled that Y violated ..." (a wrongdoing verb);
//! - nominal: "accusations by X that Y ...";
//! - denials: "X denied ...", "X rejected the charges", "X dismissed Y as baseless", "denials
//!   of X"; a denial of "[Y's] charges" is also an accusation by Y.
//!
//! The accuser must be found: an accusation without one is dropped, never guessed.

use super::entities::SPEECH_VERBS;
use super::{Accusation, Ctx, Denial, EntityKind};
use std::ops::Range;

/// Words skipped between a subject and its verb.
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "today",
    "yesterday",
    "formally",
    "publicly",
    "repeatedly",
    "again",
    "recently",
    "earlier",
    "later",
    "then",
    "strongly",
    "vigorously",
    "back",
    "flatly",
    "firmly",
    "officially",
    "once",
    "already",
    "previously",
    "now",
    "angrily",
    "sharply",
    "will",
    "would",
    "is",
    "are",
    "was",
    "were",
    "did",
    "does",
    "immediately",
    "quickly",
    "even",
    "bitterly",
    "openly",
    "implicitly",
    "effectively",
    "indirectly",
    "currently",
    "still",
    "reportedly",
    "allegedly",
    "apparently",
    "subsequently",
    "last",
    "week",
    "month",
    "year",
    "has",
    "been",
    "not",
    "never",
];

/// Nouns that stand for a country's government when a country word modifies them.
pub(super) const GOVERNMENT_NOUNS: &[&str] = &[
    "government",
    "authorities",
    "administration",
    "officials",
    "official",
    "leaders",
    "leadership",
    "regime",
    "ministry",
    "spokesman",
    "spokeswoman",
    "diplomats",
    "diplomacy",
    "military",
    "army",
    "forces",
    "navy",
    "police",
    "embassy",
    "state",
    "cabinet",
    "junta",
    "gov't",
    "govt",
];

/// Every word that can start an event rule: the cue words of all rules in one set, behind a
/// sketch of their shapes (first letter, last letter, length) that rules out almost every
/// other token without hashing it.
struct Triggers {
    words: rustc_hash::FxHashSet<&'static str>,
    /// One bit per (first byte, last byte, length) shape of a trigger word.
    shapes: Vec<u64>,
}

impl Triggers {
    fn get() -> &'static Triggers {
        static TRIGGERS: std::sync::OnceLock<Triggers> = std::sync::OnceLock::new();
        TRIGGERS.get_or_init(|| {
            let lex = crate::lexicon::Lexicon::get();
            let words: rustc_hash::FxHashSet<&'static str> = lex
                .accusation_cues
                .keys()
                .chain(lex.denial_cues.keys())
                .chain(lex.charge_nouns.iter())
                .map(String::as_str)
                .chain(SPEECH_VERBS.iter().copied())
                .chain(SAID_VERBS.iter().copied())
                .collect();
            let mut shapes = vec![0u64; SHAPES / 64];
            for w in &words {
                if let Some(i) = shape(w) {
                    shapes[i / 64] |= 1 << (i % 64);
                }
            }
            Triggers { words, shapes }
        })
    }

    fn contains(&self, word: &str) -> bool {
        shape(word).is_some_and(|i| self.shapes[i / 64] & (1 << (i % 64)) != 0)
            && self.words.contains(word)
    }
}

const SHAPES: usize = 32 * 32 * 16;

/// A word's shape: first and last byte (5 bits each) and length (up to 15).
fn shape(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let (first, last) = (*b.first()?, *b.last()?);
    Some((usize::from(first & 31) * 32 + usize::from(last & 31)) * 16 + b.len().min(15))
}

/// Verbs besides the speech verbs that report wrongdoing ("the court ruled that ...").
const SAID_VERBS: &[&str] = &["ruled", "found", "alleged", "charged"];

const PASSIVE_AUX: &[&str] = &["was", "were", "been", "be", "is", "are", "being"];

impl Ctx<'_> {
    pub(super) fn find_events(&mut self) {
        let lex = self.lex;
        let triggers = Triggers::get();
        for s in 0..self.doc.sentences.len() {
            let range = self.doc.sentences[s].tokens.clone();
            for k in range.clone() {
                let lower = self.lower(k);
                // one lookup rules out almost every token
                if !triggers.contains(lower) {
                    continue;
                }
                let accusation = lex.accusation_cues.get(lower);
                let said = SPEECH_VERBS.contains(&lower) || SAID_VERBS.contains(&lower);
                let denial = lex.denial_cues.get(lower);
                let charge = lex.charge_nouns.contains(lower);
                if let Some(cue) = accusation {
                    self.accusation_at(k, &range, &cue.pattern, &cue.cameo, s);
                }
                if said {
                    self.said_wrongdoing_at(k, &range, s);
                }
                if let Some(cue) = denial {
                    self.denial_at(k, &range, &cue.pattern, s);
                }
                if charge {
                    self.nominal_accusation_at(k, &range, s);
                    self.repeated_accusation_at(k, &range, s);
                }
            }
        }
        self.link_denials();
    }

    /// The entity a token stands for as an actor: a mention, a pronoun, a country word before
    /// a government noun, or an unknown capitalized chunk (promoted to an organization).
    fn actor_at(&mut self, t: usize) -> Option<(usize, usize)> {
        if t >= self.doc.tokens.len() {
            return None;
        }
        if let Some(m) = self.mention(t) {
            return Some((m.entity, m.tokens.start));
        }
        let lower = self.lower(t);
        if let Some(e) = self.resolve_pronoun(t, lower) {
            return Some((e, t));
        }
        if GOVERNMENT_NOUNS.contains(&lower) && t > 0 {
            // "the Chinese government", "Moscow officials", "the Beijing government"
            for back in 1..=2 {
                if t < back {
                    break;
                }
                if let Some(m) = self.mention(t - back) {
                    if matches!(
                        self.entities[m.entity].kind,
                        EntityKind::Country | EntityKind::Organization
                    ) {
                        return Some((m.entity, m.tokens.start));
                    }
                }
            }
            return None;
        }
        if self.is_cap(t) && !self.lex.capitalized_stopwords.contains(self.word(t)) {
            let e = self.promote_unknown(t..t + 1)?;
            let start = self.mention(t).map(|m| m.tokens.start).unwrap_or(t);
            return Some((e, start));
        }
        None
    }

    pub(super) fn resolve_pronoun(&self, t: usize, lower: &str) -> Option<usize> {
        match lower {
            "he" | "she" | "him" => self.resolve_person(t, lower == "she"),
            "it" => self.resolve_it(t),
            _ => None,
        }
    }

    /// The person "he" or "she" refers to: the latest person mentioned in this or the two
    /// sentences before, of a compatible gender.
    fn resolve_person(&self, t: usize, female: bool) -> Option<usize> {
        let s = self.doc.sentence_of(t);
        let from = self.doc.sentences[s.saturating_sub(2)].tokens.start;
        let mut best = None;
        for m in self
            .mentions
            .iter()
            .filter(|m| m.tokens.start >= from && m.tokens.start < t)
        {
            let e = &self.entities[m.entity];
            if e.kind != EntityKind::Person {
                continue;
            }
            let is_female = self.is_female(m.entity);
            if is_female == female && best.is_none_or(|(start, _)| m.tokens.start > start) {
                best = Some((m.tokens.start, m.entity));
            }
        }
        best.map(|(_, e)| e)
    }

    fn is_female(&self, e: usize) -> bool {
        let name = &self.entities[e].name;
        let first = name.split_whitespace().next().unwrap_or("");
        if self.lex.female_names.contains(first) {
            return true;
        }
        // a female honorific on any mention
        self.person_chunks.iter().any(|(tokens, name, p)| {
            *p == e
                && (tokens.start..name.start).any(|t| {
                    matches!(
                        self.word(t),
                        "Mrs"
                            | "Mrs."
                            | "Ms"
                            | "Ms."
                            | "Miss"
                            | "Lady"
                            | "Queen"
                            | "Princess"
                            | "Dame"
                    )
                })
        }) || self.mentions.iter().any(|m| {
            m.entity == e
                && m.tokens.start > 0
                && matches!(
                    self.word(m.tokens.start - 1),
                    "Mrs" | "Mrs." | "Ms" | "Ms." | "Miss" | "Lady" | "Queen" | "Princess" | "Dame"
                )
        })
    }

    /// The organization or country "it" refers to: the latest one that spoke or acted in this
    /// or the two sentences before, else the first one of the sentence before.
    pub(super) fn resolve_it(&self, t: usize) -> Option<usize> {
        let s = self.doc.sentence_of(t);
        let from = self.doc.sentences[s.saturating_sub(2)].tokens.start;
        let actors: Vec<&super::TokMention> = self
            .mentions
            .iter()
            .filter(|m| m.tokens.start >= from && m.tokens.start < t)
            .filter(|m| {
                matches!(
                    self.entities[m.entity].kind,
                    EntityKind::Organization | EntityKind::Country
                )
            })
            .collect();
        let speaking = actors.iter().filter(|m| {
            let next = m.tokens.end;
            next < self.doc.tokens.len() && {
                let w = self.lower(next);
                SPEECH_VERBS.contains(&w)
                    || matches!(w, "has" | "had" | "is" | "was" | "maintains" | "claims")
            }
        });
        if let Some(m) = speaking.max_by_key(|m| m.tokens.start) {
            return Some(m.entity);
        }
        if s == 0 {
            return None;
        }
        let prev = self.doc.sentences[s - 1].tokens.clone();
        actors
            .iter()
            .find(|m| prev.contains(&m.tokens.start))
            .map(|m| m.entity)
    }

    /// The subject of the verb at `cue`: the entity just before it, skipping auxiliaries,
    /// adverbs, a parenthesis and an apposition set off by commas.
    fn subject_before(&mut self, cue: usize, sentence: &Range<usize>) -> Option<(usize, usize)> {
        let mut t = cue;
        let mut commas = 0;
        while t > sentence.start {
            t -= 1;
            let w = self.lower(t);
            if BETWEEN_SUBJECT_AND_VERB.contains(&w) {
                continue;
            }
            if matches!(
                w,
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "on"
            ) {
                continue;
            }
            if w == ")" {
                while t > sentence.start && self.word(t) != "(" {
                    t -= 1;
                }
                continue;
            }
            if w == "-" || w == "\u{2013}" || w == "\u{2014}" {
                // "Deutsche Bank - itself a target of a Yukos lawsuit - said": the dash that
                // opens the aside
                let limit = t.saturating_sub(30).max(sentence.start);
                match (limit..t).rev().find(|&j| self.word(j) == self.word(t)) {
                    Some(j) if j > sentence.start => {
                        t = j;
                        continue;
                    }
                    _ => return None,
                }
            }
            if w == "and" {
                // "The GATT Council adopted a report and ruled that ...": the subject of the
                // first verb, at the head of the sentence
                let head_end = (sentence.start + 8).min(t);
                return (sentence.start..head_end)
                    .find_map(|j| self.mention(j).map(|m| (m.entity, m.tokens.start)))
                    .filter(|(e, _)| {
                        matches!(
                            self.entities[*e].kind,
                            EntityKind::Person | EntityKind::Country | EntityKind::Organization
                        )
                    });
            }
            if w == "," && commas == 0 {
                // "Kuwait, a target of Iranian anger ..., today rejected": jump over the
                // apposition to the comma that opens it
                commas += 1;
                let mut j = t;
                let limit = t.saturating_sub(30).max(sentence.start);
                while j > limit {
                    j -= 1;
                    if self.word(j) == "," {
                        break;
                    }
                }
                if j > sentence.start && self.word(j) == "," {
                    t = j;
                    continue;
                }
                return None;
            }
            return self.actor_at(t).filter(|(e, _)| {
                matches!(
                    self.entities[*e].kind,
                    EntityKind::Person | EntityKind::Country | EntityKind::Organization
                )
            });
        }
        None
    }

    /// Entities between `from` and the first token of `stop` words, at most `limit` tokens
    /// on; `None` when no stop word comes. Returns the entities and the stop word's index.
    fn objects_until(
        &mut self,
        from: usize,
        sentence: &Range<usize>,
        stop: &[&str],
        limit: usize,
    ) -> Option<(Vec<usize>, usize)> {
        let end = (from + limit).min(sentence.end);
        let stop_at = (from..end).find(|&k| stop.contains(&self.lower(k)))?;
        let mut found = Vec::new();
        let mut k = from;
        while k < stop_at {
            let w = self.lower(k);
            if matches!(w, "which" | "who" | "that" | ";") {
                break;
            }
            if let Some((e, _)) = self.actor_at(k) {
                if !found.contains(&e) {
                    found.push(e);
                }
                k = self
                    .mention(k)
                    .map(|m| m.tokens.end)
                    .unwrap_or(k + 1)
                    .max(k + 1);
                continue;
            }
            k += 1;
        }
        Some((found, stop_at))
    }

    /// The charge: from `from` to the end of the clause.
    fn clause_from(&self, from: usize, sentence: &Range<usize>) -> (String, Option<super::Span>) {
        let mut end = from;
        while end < sentence.end {
            let w = self.word(end);
            if matches!(w, "," | ";" | ":" | "(") || (w == "." && end + 1 >= sentence.end) {
                break;
            }
            // a dash set off by spaces ends the clause; "anti- aircraft" does not
            if w == "-" && end > from && end + 1 < sentence.end {
                let tok = &self.doc.tokens[end];
                let spaced_before = tok.span.start > 0
                    && self.doc.text.as_bytes()[tok.span.start - 1].is_ascii_whitespace();
                if spaced_before {
                    break;
                }
            }
            end += 1;
        }
        if end <= from {
            return (String::new(), None);
        }
        let span = self.span_of(from..end);
        (
            super::normalize_space(&self.doc.text[span.bytes.clone()]),
            Some(span),
        )
    }

    fn is_passive(&self, cue: usize, sentence: &Range<usize>) -> bool {
        cue > sentence.start && PASSIVE_AUX.contains(&self.lower(cue - 1))
            || (cue + 1 < sentence.end
                && matches!(self.lower(cue + 1), "of" | "with" | "by")
                && !(cue > sentence.start
                    && self.mention(cue - 1).is_some()
                    && self.lower(cue + 1) == "with"))
    }

    fn push_accusation(
        &mut self,
        accuser: usize,
        accused: usize,
        charge: (String, Option<super::Span>),
        cameo: &str,
        cue: usize,
        sentence: usize,
        rule: &'static str,
    ) {
        if accuser == accused {
            return;
        }
        let cameo = if cameo == "111" {
            cameo.to_owned()
        } else {
            self.lex
                .charge_category(&charge.0)
                .unwrap_or(cameo)
                .to_owned()
        };
        let cue = self.word(cue).to_owned();
        if self
            .accusations
            .iter()
            .any(|a| a.accuser == accuser && a.accused == accused && a.sentence == sentence)
        {
            return;
        }
        self.accusations.push(Accusation {
            accuser,
            accused,
            charge: charge.0,
            charge_span: charge.1,
            cameo,
            cue,
            sentence,
            rule,
        });
    }

    fn accusation_at(
        &mut self,
        cue: usize,
        sentence: &Range<usize>,
        pattern: &str,
        cameo: &str,
        s: usize,
    ) {
        // "the accused", "an alleged plot": adjectives, not verbs
        if cue > sentence.start && matches!(self.lower(cue - 1), "the" | "a" | "an" | "of") {
            return;
        }
        let prep: &[&str] = match pattern {
            "obj-of" => &["of"],
            "obj-for" => &["for", "over"],
            "obj-with" => &["with"],
            _ => &[],
        };
        if self.is_passive(cue, sentence) {
            // "Y was accused by X of Z"
            if !prep.is_empty() && cue + 2 < sentence.end && self.lower(cue + 1) == "by" {
                let Some((accuser, _)) = self.actor_at(cue + 2) else {
                    return;
                };
                let Some((accused, _)) = self.subject_before(cue, sentence) else {
                    return;
                };
                let after = self
                    .mention(cue + 2)
                    .map(|m| m.tokens.end)
                    .unwrap_or(cue + 3);
                if after < sentence.end && prep.contains(&self.lower(after)) {
                    let charge = self.clause_from(after + 1, sentence);
                    self.push_accusation(
                        accuser,
                        accused,
                        charge,
                        cameo,
                        cue,
                        s,
                        "accusation.passive",
                    );
                }
            }
            return;
        }
        if prep.is_empty() {
            // "X alleged (that) Y ..."
            if pattern != "that" {
                return;
            }
            let Some((accuser, _)) = self.subject_before(cue, sentence) else {
                return;
            };
            let mut k = cue + 1;
            if k < sentence.end && self.lower(k) == "that" {
                k += 1;
            }
            let limit = (k + 6).min(sentence.end);
            for j in k..limit {
                if let Some((accused, _)) = self.actor_at(j) {
                    let charge = self.clause_from(k, sentence);
                    self.push_accusation(
                        accuser,
                        accused,
                        charge,
                        cameo,
                        cue,
                        s,
                        "accusation.alleged-that",
                    );
                    return;
                }
            }
            return;
        }
        // "X was joined by Y in criticising Z for ...", "X joined Y in accusing Z of ...":
        // both accuse
        if cue > sentence.start + 2 && self.lower(cue - 1) == "in" {
            if let Some(accusers) = self.joined_actors(cue - 1, sentence) {
                if let Some((accused, p)) = self.objects_until(cue + 1, sentence, prep, 30) {
                    let charge = self.clause_from(p + 1, sentence);
                    for &x in &accusers {
                        for &a in &accused {
                            self.push_accusation(
                                x,
                                a,
                                charge.clone(),
                                cameo,
                                cue,
                                s,
                                "accusation.joined",
                            );
                        }
                    }
                }
            }
            return;
        }
        // active frames need a subject before the verb
        let Some((accuser, _)) = self.subject_before(cue, sentence) else {
            return;
        };
        match self.objects_until(cue + 1, sentence, prep, 30) {
            Some((accused, p)) if !accused.is_empty() => {
                let charge = self.clause_from(p + 1, sentence);
                for a in accused {
                    self.push_accusation(
                        accuser,
                        a,
                        charge.clone(),
                        cameo,
                        cue,
                        s,
                        "accusation.active",
                    );
                }
            }
            _ => {
                // "Tran criticised Washington": criticism needs no "for"
                if cameo == "111" && cue + 1 < sentence.end {
                    let mut k = cue + 1;
                    while k < sentence.end && matches!(self.lower(k), "the" | "a") {
                        k += 1;
                    }
                    if k < sentence.end {
                        if let Some((accused, _)) = self.actor_at(k) {
                            let end = self.mention(k).map(|m| m.tokens.end).unwrap_or(k + 1);
                            let charge = self.clause_from(end, sentence);
                            self.push_accusation(
                                accuser,
                                accused,
                                charge,
                                cameo,
                                cue,
                                s,
                                "accusation.criticism",
                            );
                        }
                    }
                }
            }
        }
    }

    /// "X made the (formal) charge", "X repeated the accusation": the definite article points
    /// back to the last accusation before this sentence; X makes it too.
    fn repeated_accusation_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        let lower = self.lower(noun);
        if !self.lex.is_cue("repeated-charge", lower) {
            return;
        }
        let mut k = noun;
        while k > sentence.start && self.lex.is_cue("charge-adjective", self.lower(k - 1)) {
            k -= 1;
        }
        if k < sentence.start + 2 || self.lower(k - 1) != "the" {
            return;
        }
        let verb = k - 2;
        if !self.lex.is_cue("repeat-verb", self.lower(verb)) {
            return;
        }
        let Some(previous) = self
            .accusations
            .iter()
            .rev()
            .find(|a| a.sentence < s)
            .cloned()
        else {
            return;
        };
        let Some((accuser, _)) = self.subject_before(verb, sentence) else {
            return;
        };
        let span = previous.charge_span.clone();
        self.push_accusation(
            accuser,
            previous.accused,
            (previous.charge, span),
            &previous.cameo,
            noun,
            s,
            "accusation.repeated",
        );
    }

    /// The two actors of "X was joined by Y in" / "X joined Y in", `in_at` being "in".
    fn joined_actors(&mut self, in_at: usize, sentence: &Range<usize>) -> Option<Vec<usize>> {
        let limit = in_at.saturating_sub(10).max(sentence.start);
        let joined = (limit..in_at).rev().find(|&j| self.lower(j) == "joined")?;
        let mut other = joined + 1;
        if other < in_at && self.lower(other) == "by" {
            other += 1;
        }
        while other < in_at && matches!(self.lower(other), "the" | "a" | "an") {
            other += 1;
        }
        let (y, _) = self.actor_at(other)?;
        let end = self
            .mention(other)
            .map(|m| m.tokens.end)
            .unwrap_or(other + 1);
        if end != in_at {
            return None;
        }
        let (x, _) = self.subject_before(joined, sentence)?;
        (x != y).then(|| vec![x, y])
    }

    /// "X said documents had been backdated": a passive of a fraud verb with no agent
    /// accuses the one other party the sentence names ("by Z" names it outright).
    fn said_passive_wrongdoing_at(
        &mut self,
        cue: usize,
        from: usize,
        sentence: &Range<usize>,
        s: usize,
    ) {
        let limit = (from + 8).min(sentence.end);
        let Some(v) = (from + 1..limit).find(|&v| {
            self.lex.fraud_participles.contains(self.lower(v))
                && matches!(self.lower(v - 1), "been" | "was" | "were")
        }) else {
            return;
        };
        if (from..v).any(|t| matches!(self.word(t), "," | ";") || self.mention(t).is_some()) {
            return;
        }
        let Some((accuser, _)) = self.subject_before(cue, sentence) else {
            return;
        };
        let accused = if v + 2 < sentence.end && self.lower(v + 1) == "by" {
            self.actor_at(v + 2).map(|(e, _)| e)
        } else {
            let mut others: Vec<usize> = (sentence.start..sentence.end)
                .filter_map(|t| self.mention(t).map(|m| m.entity))
                .filter(|&e| e != accuser && self.entities[e].kind != EntityKind::Country)
                .collect();
            others.dedup();
            (others.len() == 1).then(|| others[0])
        };
        let Some(accused) = accused else { return };
        let charge = self.clause_from(from, sentence);
        self.push_accusation(
            accuser,
            accused,
            charge,
            "112",
            v,
            s,
            "accusation.said-passive-wrongdoing",
        );
    }

    /// "X said there was (strong) evidence (that) Y approved ...": evidence of an act is an
    /// accusation of its doer. "A leading member of the Labour Party said" is that member
    /// when the article names one person with a role in the party.
    fn said_evidence_at(&mut self, cue: usize, sentence: &Range<usize>, s: usize) {
        let limit = (cue + 6).min(sentence.end);
        let Some(ev) = (cue + 1..limit).find(|&k| self.lower(k) == "evidence") else {
            return;
        };
        // "there is/was (strong) evidence": a claim of a fact, not "evidence from ..."
        if !(cue + 1..ev).any(|k| self.lower(k) == "there") {
            return;
        }
        if !(cue + 1..ev).all(|k| self.lex.is_cue("evidence-lead", self.lower(k))) {
            return;
        }
        let mut k = ev + 1;
        if k < sentence.end && self.lower(k) == "that" {
            k += 1;
        }
        let Some(j) = (k..(k + 5).min(sentence.end)).find(|&j| self.mention(j).is_some()) else {
            return;
        };
        // the actor is the head of the clause's subject: its last name before a lower-case verb
        let mut last = j;
        while last + 1 < sentence.end && self.mention(last + 1).is_some() {
            last += 1;
        }
        let Some((accused, _)) = self.actor_at(last) else {
            return;
        };
        // a person or an organization did something; "evidence Japanese investors began"
        // speaks of a country's people, not its government
        if self.entities[accused].kind == EntityKind::Country {
            return;
        }
        let Some((mut accuser, at)) = self.subject_before(cue, sentence) else {
            return;
        };
        if let Some(p) = self.member_of(accuser, at, sentence) {
            accuser = p;
        }
        let charge = self.clause_from(j, sentence);
        self.push_accusation(
            accuser,
            accused,
            charge,
            "112",
            ev,
            s,
            "accusation.evidence",
        );
    }

    /// "a (leading|senior) member/official of ORG": the one person the article gives a role
    /// in ORG, if there is exactly one.
    fn member_of(&self, org: usize, at: usize, sentence: &Range<usize>) -> Option<usize> {
        if self.entities[org].kind != EntityKind::Organization {
            return None;
        }
        let window = at.saturating_sub(6).max(sentence.start)..at;
        let of = window.clone().rev().find(|&k| self.lower(k) == "of")?;
        let noun = self.lower(of.checked_sub(1)?);
        if !matches!(
            noun,
            "member" | "official" | "spokesman" | "spokeswoman" | "leader"
        ) {
            return None;
        }
        let indefinite = (window.start..of).any(|k| matches!(self.lower(k), "a" | "an"));
        if !indefinite {
            return None;
        }
        let mut holders: Vec<usize> = self
            .roles
            .iter()
            .filter(|r| r.of == Some(org))
            .map(|r| r.holder)
            .collect();
        holders.sort_unstable();
        holders.dedup();
        (holders.len() == 1).then(|| holders[0])
    }

    /// "X said (that) Y violated ...": a statement of wrongdoing by someone named.
    fn said_wrongdoing_at(&mut self, cue: usize, sentence: &Range<usize>, s: usize) {
        self.said_evidence_at(cue, sentence, s);
        let mut k = cue + 1;
        if k < sentence.end && self.lower(k) == "that" {
            k += 1;
        }
        // the first actor of the clause, then a wrongdoing verb within eight words
        let limit = (k + 5).min(sentence.end);
        let Some(j) = (k..limit)
            .find(|&j| self.mention(j).is_some() || matches!(self.lower(j), "he" | "she" | "it"))
        else {
            self.said_passive_wrongdoing_at(cue, k, sentence, s);
            return;
        };
        let verb_limit = (j + 9).min(sentence.end);
        let Some(v) =
            (j + 1..verb_limit).find(|&v| self.lex.wrongdoing_verbs.contains(self.lower(v)))
        else {
            return;
        };
        // no second clause in between
        if (j + 1..v).any(|t| matches!(self.word(t), "," | ";" | "said" | "says")) {
            return;
        }
        // "2,600 Iraqis had been killed": the subject of a passive is the victim
        if PASSIVE_AUX.contains(&self.lower(v - 1)) {
            return;
        }
        // phrasal verbs that are no wrongdoing: "broke off talks", "broke down", "broke even"
        if v + 1 < sentence.end && self.lex.is_cue("innocent-particle", self.lower(v + 1)) {
            return;
        }
        // the head of the clause's subject is its last actor: "former JWT unit executive John
        // Peters has breached" accuses John Peters
        let last = (j..v)
            .rev()
            .find(|&t| self.mention(t).is_some())
            .unwrap_or(j);
        let Some((accused, _)) = self.actor_at(last) else {
            return;
        };
        let Some((accuser, _)) = self.subject_before(cue, sentence) else {
            return;
        };
        // the whole clause: "the U.S. Superfund tax on oil imports breached trade rules"
        let charge = self.clause_from(k, sentence);
        self.push_accusation(
            accuser,
            accused,
            charge,
            "112",
            v,
            s,
            "accusation.said-wrongdoing",
        );
    }

    /// "accusations by X that Y ...", "X's allegation that Y ...".
    fn nominal_accusation_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        let accuser = if noun + 2 < sentence.end && self.lower(noun + 1) == "by" {
            self.actor_at(noun + 2).map(|(e, _)| e)
        } else if noun > sentence.start && self.is_possessive(noun - 1) {
            self.actor_at(noun - 1).map(|(e, _)| e)
        } else {
            None
        };
        let Some(accuser) = accuser else { return };
        let Some(that) =
            (noun + 1..(noun + 8).min(sentence.end)).find(|&k| self.lower(k) == "that")
        else {
            return;
        };
        let limit = (that + 6).min(sentence.end);
        for j in that + 1..limit {
            if let Some((accused, _)) = self.actor_at(j) {
                let charge = self.clause_from(that + 1, sentence);
                self.push_accusation(
                    accuser,
                    accused,
                    charge,
                    "112",
                    noun,
                    s,
                    "accusation.nominal",
                );
                return;
            }
        }
    }

    fn denial_at(&mut self, cue: usize, sentence: &Range<usize>, pattern: &str, s: usize) {
        if pattern == "noun" {
            // "formal denials of the Beijing government", "Moscow's denial"
            let denier = if cue + 1 < sentence.end && self.lower(cue + 1) == "of" {
                let limit = (cue + 6).min(sentence.end);
                (cue + 2..limit).find_map(|k| self.actor_at(k).map(|(e, _)| e))
            } else if cue > sentence.start && self.is_possessive(cue - 1) {
                self.actor_at(cue - 1).map(|(e, _)| e)
            } else {
                None
            };
            if let Some(denier) = denier {
                let charge = self.sentence_text(sentence);
                self.push_denial(denier, charge, cue, s, "denial.noun");
            }
            return;
        }
        if cue > sentence.start && PASSIVE_AUX.contains(&self.lower(cue - 1)) {
            return; // "was denied bail"
        }
        // "James denied Duff" (a person as object), "denied a request": not denials of a charge
        if cue + 1 < sentence.end {
            if self
                .mention(cue + 1)
                .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
            {
                return;
            }
            let look = (cue + 1..(cue + 4).min(sentence.end))
                .any(|k| self.lex.denial_non_objects.contains(self.lower(k)));
            if look {
                return;
            }
        }
        let Some((denier, _)) = self.subject_before(cue, sentence) else {
            return;
        };
        let end = (cue + 10).min(sentence.end);
        let charge_noun = (cue + 1..end).find(|&k| self.lex.charge_nouns.contains(self.lower(k)));
        let dismissive = (cue + 1..(cue + 14).min(sentence.end)).any(|k| {
            self.lower(k) == "as"
                && k + 1 < sentence.end
                && (k + 1..(k + 4).min(sentence.end)).any(|j| {
                    self.lex
                        .dismissive_words
                        .contains(&self.lower(j).trim_matches('"').to_owned())
                })
        });
        let ok = match pattern {
            "any" => true,
            "charge-obj" => charge_noun.is_some(),
            "charge-obj-or-as" => charge_noun.is_some() || dismissive,
            _ => false,
        };
        if !ok {
            return;
        }
        let (charge, _) = self.clause_from(cue + 1, sentence);
        let charge = if charge.is_empty() {
            self.sentence_text(sentence)
        } else {
            charge
        };
        self.push_denial(
            denier,
            charge.clone(),
            cue,
            s,
            if pattern == "any" {
                "denial.verb"
            } else {
                "denial.rejects-charge"
            },
        );
        // "rejected Iranian charges": the charges' author accused the denier
        if let Some(n) = charge_noun {
            let mut accuser = None;
            for k in cue + 1..n {
                if let Some(m) = self.mention(k) {
                    let e = m.entity;
                    if e != denier
                        && matches!(
                            self.entities[e].kind,
                            EntityKind::Country | EntityKind::Organization | EntityKind::Person
                        )
                    {
                        accuser = Some(e);
                    }
                }
            }
            if let Some(accuser) = accuser {
                let (what, span) = self.clause_from(cue + 1, sentence);
                self.push_accusation(
                    accuser,
                    denier,
                    (what, span),
                    "112",
                    n,
                    s,
                    "accusation.rejected-charge",
                );
            }
        }
    }

    fn sentence_text(&self, sentence: &Range<usize>) -> String {
        super::normalize_space(self.doc.slice(sentence.clone()))
    }

    fn push_denial(
        &mut self,
        denier: usize,
        charge: String,
        cue: usize,
        sentence: usize,
        rule: &'static str,
    ) {
        if self
            .denials
            .iter()
            .any(|d| d.denier == denier && d.sentence == sentence)
        {
            return;
        }
        let cue = self.word(cue).to_owned();
        self.denials.push(Denial {
            denier,
            charge,
            answers: None,
            cue,
            sentence,
            rule,
        });
    }

    /// A denial answers the latest accusation against the denier, when there is one.
    fn link_denials(&mut self) {
        for d in &mut self.denials {
            d.answers = self
                .accusations
                .iter()
                .enumerate()
                .filter(|(_, a)| a.accused == d.denier)
                .min_by_key(|(_, a)| a.sentence.abs_diff(d.sentence))
                .map(|(i, _)| i);
        }
    }
}
