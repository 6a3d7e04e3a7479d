//! The clause layer the event rules share, over the article's tokens and the entities already
//! found: the verb group at a cue word (auxiliaries, voice, negation), how its clause hangs in
//! the sentence (a main clause, a participial clause ", accusing Y of Z", a reduced relative
//! "Y, accused by X of Z,"), its subject, its objects (coordinated lists), its complements by
//! preposition, and the actors noun phrases and pronouns stand for.
//!
//! It is a shallow parser written over closed word classes (auxiliaries, modals, negation,
//! determiners, prepositions, relative pronouns, adverbs by their `-ly`), not a trained one: the
//! event rules ask it a handful of questions about the few sentences that hold a cue word,
//! which keeps extraction at full speed.

use super::entities::SPEECH_VERBS;
use super::events::GOVERNMENT_NOUNS;
use super::{Ctx, EntityKind};
use std::ops::Range;

/// How a verb's clause attaches to its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Attachment {
    /// "X accused Y", "X has accused Y", "Y was accused by X": the verb has its own subject.
    Finite,
    /// ", accusing Y of Z", "after accusing Y": the subject is the main clause's.
    Participial,
    /// "Y, accused by X of Z,": a past participle after a noun phrase; that noun phrase is the
    /// object of the verb.
    ReducedRelative,
}

/// The verb group around a cue verb.
#[derive(Debug, Clone, Copy)]
pub(super) struct VerbGroup {
    /// The first token of the group (its first auxiliary, else the verb).
    pub start: usize,
    /// The passive voice: a form of "be" or "get" before a past participle.
    pub passive: bool,
    /// "did not accuse", "never blamed", "wouldn't criticise".
    pub negated: bool,
    /// "could sue", "may blame", "would accuse", "will sue": a threat or a hypothesis, not an
    /// accusation made.
    pub hypothetical: bool,
    pub attachment: Attachment,
}

/// Forms of "be" (and the "get" of a passive).
pub(super) const BE: &[&str] = &[
    "was", "were", "been", "be", "is", "are", "being", "am", "'s", "get", "got", "gets", "getting",
];
const AUX: &[&str] = &[
    "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "did", "does", "do", "to",
];
const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "should", "shall", "must", "'ll",
];
const NEGATION: &[&str] = &["not", "never", "n't", "no"];
/// Words that sit inside a verb group without changing it.
const GROUP_ADVERBS: &[&str] = &[
    "also",
    "again",
    "since",
    "then",
    "now",
    "once",
    "already",
    "previously",
    "still",
    "even",
    "later",
    "earlier",
    "today",
    "yesterday",
    "allegedly",
    "reportedly",
    "effectively",
    "both",
    "all",
    "each",
    "repeatedly",
    "just",
    "recently",
    "further",
    "themselves",
    "itself",
    "himself",
    "herself",
];
/// Prepositions that open a phrase inside a noun phrase or an adjunct.
/// Nouns of a government named by the person who leads it: "the Reagan administration".
pub(super) const LED_GOVERNMENTS: &[&str] = &["administration", "government", "regime", "cabinet"];

pub(super) const PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "at", "for", "from", "to", "with", "by", "about", "over", "against", "under",
    "after", "before", "during", "between", "among", "into", "through", "since", "without",
    "within", "across", "behind",
];
/// Words that open a participial clause before an -ing verb.
const PARTICIPLE_LEADS: &[&str] = &[
    ",", "and", "after", "while", "by", "before", "when", "as", "for", "from", "without",
    // ("legal moves against three airlines - ... - accusing them of ...")
    "-", "\u{2013}", "\u{2014}",
];

impl Ctx<'_> {
    /// Where a name opens at `k`, past "the" and up to two lower-case modifiers ("Japan",
    /// "the NSC staff", "the outgoing Irish government"), before `end`.
    pub(super) fn named_after_determiner(&self, k: usize, end: usize) -> Option<usize> {
        if k < end && self.mention(k).is_some() {
            return Some(k);
        }
        if k >= end || self.lower(k) != "the" {
            return None;
        }
        (k + 1..(k + 4).min(end))
            .take_while(|&j| {
                self.mention(j).is_some()
                    || (self.is_word(j)
                        && !self.is_cap(j)
                        && !PREPOSITIONS.contains(&self.lower(j))
                        && !matches!(self.lower(j), "and" | "or" | "that" | "which" | "who"))
            })
            .find(|&j| self.mention(j).is_some())
    }

    /// True when token `k` is a verb-group adverb ("also", "strongly").
    pub(super) fn is_group_adverb(&self, k: usize) -> bool {
        let w = self.lower(k);
        GROUP_ADVERBS.contains(&w) || (w.len() > 4 && w.ends_with("ly") && !self.is_cap(k))
    }

    /// The verb group of the verb at `verb`.
    pub(super) fn verb_group(&self, verb: usize, sentence: &Range<usize>) -> VerbGroup {
        let mut start = verb;
        let mut passive = false;
        let mut negated = false;
        let mut hypothetical = false;
        let mut has_aux = false;
        let mut k = verb;
        while k > sentence.start {
            let w = self.lower(k - 1);
            if BE.contains(&w) {
                // "was accused", "has been accused": a participle after a form of be
                passive |= k == verb || (k..verb).all(|j| self.is_group_adverb(j));
                has_aux = true;
            } else if AUX.contains(&w) {
                has_aux = true;
                hypothetical |= MODALS.contains(&w);
            } else if NEGATION.contains(&w) {
                negated = true;
            } else if w == "cannot" {
                // (a modal and a negation in one word)
                has_aux = true;
                hypothetical = true;
                negated = true;
            } else if !self.is_group_adverb(k - 1) {
                break;
            }
            k -= 1;
            start = k;
        }
        let lower = self.lower(verb);
        // "to accuse": an infinitive is finite enough (its subject is found the same way)
        let before = start.checked_sub(1).filter(|&b| b >= sentence.start);
        let attachment = if has_aux {
            Attachment::Finite
        } else if lower.ends_with("ing")
            && before.is_some_and(|b| {
                PARTICIPLE_LEADS.contains(&self.lower(b))
                    // "opened with a speech criticising Y": the speech is its author's
                    || self.lex.is_cue("speech-noun", self.lower(b))
                    // "filed a lawsuit accusing Y of fraud": so is a suit its plaintiff's, when
                    // the subject brings it (not "refused to dismiss a Justice Department suit
                    // charging Y", "the target of shareholder lawsuits alleging ...")
                    || (self.lex.is_cue("suit-noun", self.lower(b)) && self.suit_brought(b, sentence))
                    // "unveiled a billboard opposite Parliament accusing Y", "a report on
                    // Monday accusing Y": the speech noun before a phrase of place or time
                    || self.speech_noun_before_phrase(b, sentence)
            })
        {
            Attachment::Participial
        } else if lower.ends_with("ed")
            && before.is_some_and(|b| self.word(b) == "," || self.deed_apposition(b, sentence))
            && verb + 1 < sentence.end
            && self.lower(verb + 1) == "by"
        {
            Attachment::ReducedRelative
        } else {
            Attachment::Finite
        };
        VerbGroup {
            start,
            passive: passive && !lower.ends_with("ing"),
            negated,
            hypothetical,
            attachment,
        }
    }

    /// Whether the suit noun at `noun` is brought by the clause's subject: a verb of bringing
    /// ("filed", "brought", "lodged") right before its phrase ("filed a $5 mln civil suit"),
    /// which names no one else ("a Justice Department suit" is the department's).
    fn suit_brought(&self, noun: usize, sentence: &Range<usize>) -> bool {
        let mut k = noun;
        while k > sentence.start && k + 5 > noun {
            let w = self.lower(k - 1);
            if self.lex.is_cue("bring-verb", w) {
                return true;
            }
            if !self.is_word(k - 1) || self.is_cap(k - 1) || self.mention(k - 1).is_some() {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Where the doer of a conduct named from `k` begins: "budget proposals made by X",
    /// "the sanctions imposed by X", "plans drawn up by X" (a lower-case noun phrase of at most
    /// four words ending in a conduct noun, a participle, "by"), "plans by X to ..." (the
    /// noun, then "by" and a name). `None` otherwise.
    pub(super) fn conduct_doer_after(&self, k: usize, end: usize) -> Option<usize> {
        if k >= end || !self.is_word(k) || self.is_cap(k) {
            return None;
        }
        // "plans by the Commission to penalise farmers": the conduct noun, then "by" (before a
        // name: not "plans by 2010")
        // (the noun right before "by": "the spending plans by the Treasury")
        if let Some(n) = (k..(k + 4).min(end))
            .take_while(|&j| self.is_word(j) && !self.is_cap(j))
            .find(|&j| {
                self.lex.is_cue("conduct-noun", self.lower(j))
                    && j + 1 < end
                    && self.lower(j + 1) == "by"
            })
        {
            // (a name, not a possessor: "the decision by Britain's highest court" is the
            // court's)
            let name = |j: usize| {
                j < end
                    && self.is_cap(j)
                    && self
                        .mention(j)
                        .is_none_or(|m| !self.is_possessive(m.tokens.end - 1))
            };
            if n + 2 < end && (name(n + 2) || (self.lower(n + 2) == "the" && name(n + 3))) {
                return Some(n + 2);
            }
        }
        let participle =
            |w: &str| w.ends_with("ed") || matches!(w, "made" | "taken" | "drawn" | "put" | "set");
        let h = (k + 1..(k + 5).min(end))
            .take_while(|&j| self.is_word(j) && !self.is_cap(j))
            .find(|&j| participle(self.lower(j)))
            .filter(|&h| self.lex.is_cue("conduct-noun", self.lower(h - 1)))?;
        let mut by = h + 1;
        if by < end && matches!(self.lower(by), "up" | "forward" | "out") {
            by += 1;
        }
        (by + 1 < end && self.lower(by) == "by").then_some(by + 1)
    }

    /// True when `noun` ends ", a move" or ", the decision": an apposition that names the
    /// main clause's deed ("Statoil exercised an option, a move criticised by Conoco").
    pub(super) fn deed_apposition(&self, noun: usize, sentence: &Range<usize>) -> bool {
        noun >= sentence.start + 2
            && (self.lower(noun) == "move" || self.lex.is_cue("conduct-noun", self.lower(noun)))
            && matches!(self.lower(noun - 1), "a" | "the")
            && self.word(noun - 2) == ","
    }

    /// True when a prepositional phrase ending at `last` follows a speech noun: "a billboard
    /// opposite the Palace of Westminster", "a report on Monday", "a letter to shareholders".
    /// The phrase has no comma, clause word or verb of speech.
    fn speech_noun_before_phrase(&self, last: usize, sentence: &Range<usize>) -> bool {
        let limit = last.saturating_sub(7).max(sentence.start);
        let Some(prep) = (limit + 1..=last).find(|&p| {
            (PREPOSITIONS.contains(&self.lower(p))
                || matches!(self.lower(p), "opposite" | "outside" | "near"))
                && self.lex.is_cue("speech-noun", self.lower(p - 1))
        }) else {
            return false;
        };
        prep < last
            && (prep + 1..=last).all(|k| {
                let w = self.lower(k);
                self.is_word(k)
                    && !matches!(w, "that" | "which" | "who" | "and" | "or" | "but")
                    && !SPEECH_VERBS.contains(&w)
                    && !self.lex.is_cue("speech-noun", w)
            })
    }

    /// The subject of a sentence's main clause, for a participial clause that leans on it:
    /// the first actor of the sentence that is not inside a prepositional phrase, before `before`.
    pub(super) fn main_subject(
        &mut self,
        before: usize,
        sentence: &Range<usize>,
    ) -> Option<(usize, usize)> {
        let mut k = sentence.start;
        while k < before {
            let w = self.lower(k);
            // "The new lawsuit alleges that DLJ ...": no subject inside a that-clause
            if w == "that" && k > sentence.start {
                return None;
            }
            // ("Two lawsuits were filed against ICN and its Viratek unit, charging ...": an
            // auxiliary before any actor; the subject was a common noun, and the names after
            // the verb are no subject)
            if matches!(w, "was" | "were" | "is" | "are" | "has" | "have" | "had")
                && k + 1 < before
                && !self.is_cap(k + 1)
                && (self.lower(k + 1).ends_with("ed")
                    || matches!(
                        self.lower(k + 1),
                        "been" | "taken" | "given" | "brought" | "made" | "held" | "sent" | "won"
                    ))
            {
                return None;
            }
            if PREPOSITIONS.contains(&w) {
                // ("In the latest U.S.-Japan trade row, President Reagan has threatened ...":
                // a phrase that opens the sentence runs to its comma)
                if k == sentence.start {
                    if let Some(comma) =
                        (k + 1..(k + 16).min(before)).find(|&j| self.word(j) == ",")
                    {
                        k = comma + 1;
                        continue;
                    }
                }
                // skip the phrase: up to the next comma or verb-looking word
                k += 1;
                while k < before && !matches!(self.word(k), "," | ";") && self.mention(k).is_some()
                    || k < before
                        && matches!(self.lower(k), "the" | "a" | "an" | "his" | "her" | "its")
                {
                    k = self.past(k);
                }
                continue;
            }
            // a named actor or a pronoun: a capitalized word the parser does not know
            // ("Similarly, ...") is not promoted here
            // ("Union officials said ... and blamed Y": a noun of those who speak for a body,
            // opening the sentence)
            let speaks_for = k <= sentence.start + 2
                && (GOVERNMENT_NOUNS.contains(&w) || self.lex.is_cue("spokes-noun", w));
            let named = self.mention(k).is_some()
                || speaks_for
                || matches!(w, "he" | "she" | "it" | "they" | "the");
            if named {
                // "the panel": the description's noun
                let noun = if w == "the" && k + 1 < before && !self.is_cap(k + 1) {
                    k + 1
                } else {
                    k
                };
                if let Some((e, at)) = self.actor_at(noun) {
                    // "Norway's state-owned oil company Statoil": the possessor's description
                    // names its head
                    let m_end = self.mention(noun).map_or(noun + 1, |m| m.tokens.end);
                    if self.is_possessive(m_end - 1) {
                        let named = (m_end..(m_end + 5).min(before))
                            .take_while(|&j| {
                                !self.is_cap(j) && self.word(j).chars().any(char::is_alphabetic)
                            })
                            .last()
                            .map(|j| j + 1)
                            .filter(|&j| {
                                j < before
                                    && self.is_cap(j)
                                    && (self.is_relation_word(j - 1)
                                        || self.lex.is_cue("org-description", self.lower(j - 1)))
                            });
                        if let Some(j) = named {
                            if let Some((h, at)) =
                                self.actor_at(j).filter(|(h, _)| self.is_agent_kind(*h))
                            {
                                return Some((h, at));
                            }
                        }
                    }
                    if self.is_agent_kind(e) {
                        // "Arsenal boss Arsene Wenger": the head of the noun phrase
                        let head = self.object_list(k, sentence, 8).0.first().copied();
                        return Some((head.unwrap_or(e), at));
                    }
                }
            }
            k = self.past(k);
        }
        None
    }

    /// People, organizations and countries act; nothing else does.
    pub(super) fn is_agent_kind(&self, e: usize) -> bool {
        matches!(
            self.entities[e].kind,
            EntityKind::Person | EntityKind::Country | EntityKind::Organization
        )
    }

    /// The noun phrase that ends just before `comma` ("Y, accused by X"): its head actor.
    pub(super) fn phrase_before(&mut self, comma: usize, sentence: &Range<usize>) -> Option<usize> {
        let mut k = comma;
        let limit = comma.saturating_sub(6).max(sentence.start);
        while k > limit {
            k -= 1;
            // (a name not yet known too, before a relative pronoun: "Greenpeace, which has
            // accused ...")
            let relative =
                comma + 1 < sentence.end && matches!(self.lower(comma + 1), "which" | "who");
            if self.mention(k).is_some() || (relative && self.unknown_chunk_before(k + 1).is_some())
            {
                return self
                    .actor_at(k)
                    .and_then(|(e, _)| self.is_agent_kind(e).then_some(e));
            }
            if matches!(self.word(k), "," | ";" | ":") {
                return None;
            }
        }
        None
    }

    /// "each other", "one another" at `k`.
    pub(super) fn is_reciprocal(&self, k: usize, sentence: &Range<usize>) -> bool {
        k + 1 < sentence.end
            && matches!(
                (self.lower(k), self.lower(k + 1)),
                ("each", "other") | ("one", "another")
            )
    }

    /// The actors of a coordinated subject ending just before `verb_start`: "X and Y", "both X
    /// and Y". Empty unless there are two or more.
    pub(super) fn coordinated_subject(
        &mut self,
        verb_start: usize,
        sentence: &Range<usize>,
    ) -> Vec<usize> {
        let mut found = Vec::new();
        let mut k = verb_start;
        let limit = verb_start.saturating_sub(14).max(sentence.start);
        while k > limit {
            k -= 1;
            let w = self.lower(k);
            if matches!(w, "and" | "," | "both" | "the") {
                continue;
            }
            // "Katerina Thanou, 30, and ...": an age between commas
            if k > limit
                && k + 1 < verb_start
                && w.bytes().all(|b| b.is_ascii_digit())
                && self.word(k - 1) == ","
                && self.word(k + 1) == ","
            {
                continue;
            }
            // "... and her compatriot Kostas Kenteris": a relation after a possessive pronoun
            // before the name
            if k > limit
                && !found.is_empty()
                && !self.is_cap(k)
                && (self.lex.is_cue("relation-noun", w)
                    || self.lex.is_cue("coordinated-relation", w)
                    || self.lex.role_head(w).is_some())
                && matches!(self.lower(k - 1), "his" | "her" | "its" | "their")
            {
                k -= 1;
                continue;
            }
            // "he and the other seven protesters"
            if self.lex.is_cue("people-noun", w) {
                let the = (k.saturating_sub(4).max(sentence.start)..k)
                    .rev()
                    .find(|&j| self.lower(j) == "the");
                if let Some((people, _)) =
                    the.and_then(|j| self.plural_people_at(j, k + 1).filter(|g| g.1 == k + 1))
                {
                    for p in people {
                        if !found.contains(&p) {
                            found.push(p);
                        }
                    }
                    k = the.expect("found with a group");
                    continue;
                }
            }
            match self.actor_at(k) {
                Some((e, at)) if self.is_agent_kind(e) => {
                    if !found.contains(&e) {
                        found.push(e);
                    }
                    k = at;
                }
                _ => break,
            }
        }
        if found.len() < 2 {
            found.clear();
        }
        found
    }

    /// Actors of the noun phrases from `from`, coordinated by commas and "and", up to `limit`
    /// tokens on: "Gazprom, its unit Gazpromneft and Rosneft", "four companies - A, B and C",
    /// "the country's Grain Products Ministry". Stops at the first word that is neither an
    /// actor nor a determiner, numeral or conjunction; returns the actors and where it stopped.
    /// Two actors side by side with no conjunction are one noun phrase: a country before a
    /// name modifies it ("the U.S. Farm Act" is the United States' act), otherwise the last
    /// is the head ("Krupp manager Alex Ivanov").
    pub(super) fn object_list(
        &mut self,
        from: usize,
        sentence: &Range<usize>,
        limit: usize,
    ) -> (Vec<usize>, usize) {
        let end = (from + limit).min(sentence.end);
        let mut found: Vec<usize> = Vec::new();
        let mut k = from;
        // whether the previous word was an actor (no conjunction since)
        let mut adjacent = false;
        while k < end {
            // "charged Jose Arrojo, a vice president of a Windsor subsidiary, Ronald Kahn, ...":
            // a title set off by commas after a listed name
            if !found.is_empty() && k > from && self.word(k - 1) == "," {
                if let Some(close) = self.listed_apposition(k, end) {
                    k = close;
                    adjacent = false;
                    continue;
                }
            }
            // "investigating Occidental, a U.S.-owned firm, for ...": a description of the
            // object set off after it names no one else (a country in it modifies the noun)
            if !found.is_empty()
                && k > from
                && self.word(k - 1) == ","
                && matches!(self.lower(k), "a" | "an")
            {
                // (to the comma that closes it: "U.S.-owned" is more than one token)
                let close = (k + 1..(k + 9).min(end))
                    .find(|&j| matches!(self.word(j), "," | ";" | ":" | "(" | ")" | "\""))
                    .unwrap_or(end.min(k + 9));
                let head = close - 1;
                let described = close > k + 1
                    && !self.is_cap(head)
                    && (self.lex.is_cue("org-description", self.lower(head))
                        || self.lex.is_cue("relation-noun", self.lower(head)))
                    && (k + 1..close).all(|j| !matches!(self.lower(j), "and" | "or"));
                if described {
                    k = close;
                    adjacent = false;
                    continue;
                }
            }
            // "Black and Decker Inc <BD>": a ticker after a name
            if self.word(k) == "<" {
                let close = (k + 1..(k + 6).min(end)).find(|&j| self.word(j) == ">");
                if let Some(c) = close {
                    // "<Advanced Voice Technologies>": Reuters brackets a private company's
                    // name too; that is the object itself
                    let ticker = (k + 1..c).all(|j| !self.word(j).chars().any(char::is_lowercase));
                    k = if ticker { c + 1 } else { k + 1 };
                    continue;
                }
            }
            // "accused the three men of ...", "accused all three of ...": one object per
            // person of the group
            let group = self.plural_people_at(k, end).or_else(|| {
                matches!(self.lower(k), "all" | "both")
                    .then(|| self.plural_people_numbered(k, end))
                    .flatten()
            });
            if let Some((people, next)) = group {
                for p in people {
                    if !found.contains(&p) {
                        found.push(p);
                    }
                }
                k = next;
                adjacent = false;
                continue;
            }
            // "media giant Vivendi Universal", "oil company Statoil": a description of at most
            // three words, ending in an organization or relation noun, before the name
            if !adjacent && self.is_word(k) && !self.is_cap(k) {
                let described = (k..(k + 3).min(end))
                    .take_while(|&j| self.is_word(j) && !self.is_cap(j))
                    .find(|&j| {
                        j + 1 < end
                            && self.is_cap(j + 1)
                            // (an organization's description, not a person's title:
                            // "assistant referee Paul Norman" stays as it is read)
                            && (self.lex.is_cue("org-description", self.lower(j))
                                || self.lex.is_cue("relation-noun", self.lower(j)))
                            && self.lex.role_head(self.lower(j)).is_none()
                            && !PREPOSITIONS.contains(&self.lower(j))
                    });
                if let Some(j) = described.filter(|&j| {
                    self.mention(j + 1).is_some() || self.unknown_chunk_at(j + 1).is_some()
                }) {
                    k = j + 1;
                    continue;
                }
            }
            // "criticised his handling of the affair": the conduct of the one the pronoun means
            if found.is_empty() && matches!(self.lower(k), "his" | "her") && k + 1 < end {
                // (lower-case modifiers only: not "his predecessor's handling")
                let next = self
                    .conduct_head_after(k + 1, end)
                    .filter(|&n| (k + 1..n).all(|j| !self.is_possessive(j) && !self.is_cap(j)));
                if let Some(next) = next {
                    if let Some(p) = self.resolve_person(k, self.lower(k) == "her") {
                        found.push(p);
                        adjacent = false;
                        k = next;
                        continue;
                    }
                }
            }
            let w = self.lower(k);
            if OBJECT_FILLERS.contains(&w) || self.lex.is_cue("actor-premodifier", w) {
                adjacent &= !matches!(w, "and" | "," | "or");
                k += 1;
                continue;
            }
            // "the country's Grain Products Ministry": a possessor that is no actor
            if self.is_possessive(k) && self.actor_at(k).is_none() {
                k += 1;
                continue;
            }
            // "criticised the way Tony Blair's government operates": whose way it is
            if found.is_empty()
                && self.lower(k) == "way"
                && k + 1 < end
                && (self.mention(k + 1).is_some()
                    || self.lower(k + 1) == "the"
                    // ("the way Mr Blunkett introduced ...")
                    || (k + 2 < end
                        && self.lex.honorifics.contains(self.word(k + 1))
                        && self.mention(k + 2).is_some()))
            {
                k += 1;
                continue;
            }
            // ("the way his business partner Scott Borchetta has handled ...": a possessive
            // pronoun and a few words of relation before the name)
            if found.is_empty()
                && self.lower(k) == "way"
                && k + 2 < end
                && matches!(self.lower(k + 1), "his" | "her" | "their" | "its")
            {
                // (a title or relation right before the name, no verb or preposition before
                // it: not "his team played against X")
                let named = (k + 2..(k + 6).min(end))
                    .take_while(|&j| {
                        let w = self.lower(j);
                        self.is_word(j)
                            && (self.is_cap(j) || !(PREPOSITIONS.contains(&w) || w.ends_with("ed")))
                    })
                    .find(|&j| self.is_cap(j))
                    .filter(|&j| {
                        let w = self.lower(j - 1);
                        self.lex.role_head(w).is_some()
                            || self.lex.is_role_modifier(w)
                            || self.lex.is_cue("relation-noun", w)
                    })
                    .filter(|&j| {
                        self.mention(j)
                            .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
                    });
                if let Some(j) = named {
                    k = j;
                    continue;
                }
            }
            // "the government of Japan" is Japan; "the conduct of the NSC staff" is whose
            // conduct is criticised
            // (a name follows: not "accused the government of trying to ...")
            let named_of = (found.is_empty()
                && k + 2 < end
                && self.lower(k + 1) == "of"
                && (GOVERNMENT_HEADS.contains(&self.lower(k))
                    || self.lex.is_cue("conduct-noun", self.lower(k))))
            .then(|| self.named_after_determiner(k + 2, end))
            .flatten();
            if let Some(next) = named_of {
                k = next;
                continue;
            }
            // "criticised the West German policy", "attacked Japanese trade practices": a
            // country word before a conduct noun; whose conduct is criticised is the country's
            if let Some(m) = self.mention(k) {
                let (e, m_end) = (m.entity, m.tokens.end);
                if self.entities[e].kind == EntityKind::Country && !self.is_possessive(m_end - 1) {
                    // "accused Turkish warplanes of ...", "blamed Iraqi troops for ...": the
                    // state's forces and agents act for it
                    // ("charged Japanese steelmakers with dumping", "Japanese semiconductor
                    // makers": a nation's industry, in a trade dispute the state's)
                    let agents = self
                        .state_agents_after(m_end, end)
                        .or_else(|| self.national_industry_after(m_end, end));
                    if let Some(next) = agents.or_else(|| self.conduct_head_after(m_end, end)) {
                        if !found.contains(&e) {
                            found.push(e);
                        }
                        adjacent = false;
                        k = next;
                        continue;
                    }
                }
            }
            // "attacked a key South African law", "criticised the new Japanese trade
            // policy": adjectives before the country word of a conduct noun
            if found.is_empty()
                && !self.is_cap(k)
                && k + 1 < end
                && (self.is_cap(k + 1) || (k + 2 < end && self.is_cap(k + 2)))
                && self.is_word(k)
                && self.mention(k).is_none()
            {
                let country = (k + 1..(k + 3).min(end))
                    .take_while(|&j| self.is_word(j) && !PREPOSITIONS.contains(&self.lower(j)))
                    .find(|&j| self.is_cap(j))
                    .filter(|&j| (k + 1..j).all(|i| !self.is_cap(i)))
                    .and_then(|j| self.mention(j).map(|m| (j, m.entity, m.tokens.end)))
                    // ("criticised the proposed European Community levy": an organization's
                    // too)
                    // (one modifier after a determiner: the phrase opens here, "the proposed
                    // ...", not "the accord breached GATT trade rules")
                    .filter(|&(j, e, m_end)| {
                        let kind = self.entities[e].kind;
                        (kind == EntityKind::Country
                            || (kind == EntityKind::Organization
                                && j == k + 1
                                && k > sentence.start
                                && matches!(
                                    self.lower(k - 1),
                                    "the" | "a" | "an" | "its" | "their" | "his" | "her"
                                )))
                            && !self.is_possessive(m_end - 1)
                            && self.conduct_head_after(m_end, end).is_some()
                    });
                if !PREPOSITIONS.contains(&self.lower(k)) {
                    if let Some((j, _, _)) = country {
                        k = j;
                        continue;
                    }
                }
            }
            // "criticism of the tightening in West German monetary policy", "criticised the
            // shift in Japanese trade policy": a change in a country's conduct is its own
            if found.is_empty()
                && k + 2 < end
                && self.lex.is_cue("change-noun", self.lower(k))
                && matches!(self.lower(k + 1), "in" | "of")
            {
                let at = k + 2 + usize::from(self.lower(k + 2) == "the");
                let conduct = self.mention(at).filter(|m| {
                    self.entities[m.entity].kind == EntityKind::Country
                        && !self.is_possessive(m.tokens.end - 1)
                        && self.conduct_head_after(m.tokens.end, end).is_some()
                });
                if conduct.is_some() {
                    k = at;
                    continue;
                }
            }
            // "attacked budget proposals made by the Commission", "criticised the sanctions
            // imposed by Washington": whose conduct it is follows "by"
            if found.is_empty() {
                if let Some(doer) = self.conduct_doer_after(k, end) {
                    k = doer;
                    continue;
                }
            }
            // "Y, the New York investment bank, ...": in an apposition after an object, a name
            // not yet known between an article and a common noun modifies the noun; it is no
            // object
            if !found.is_empty()
                && k >= from + 2
                && self.word(k - 2) == ","
                && matches!(self.lower(k - 1), "the" | "a" | "an")
                && self.mention(k).is_none()
                && self
                    .unknown_chunk_at(k)
                    .is_some_and(|c| c.end < sentence.end && self.is_modified_noun(c.end))
            {
                break;
            }
            // "blamed the Reagan administration", "accused the Shevardnadze regime": a person
            // naming a government is its country
            let led = self.mention(k).and_then(|m| {
                let m_end = m.tokens.end;
                (self.entities[m.entity].kind == EntityKind::Person
                    && m_end < end
                    && LED_GOVERNMENTS.contains(&self.lower(m_end)))
                .then_some((m_end, m.entity))
            });
            if let Some((noun, head)) = led {
                if let Some((e, _)) = self.actor_at(noun) {
                    if !found.contains(&e) {
                        found.push(e);
                    }
                    // ("criticised Tony Blair's government": its head's own too; "the Reagan
                    // administration" is the country's)
                    if self.is_possessive(noun - 1) && !found.contains(&head) {
                        found.push(head);
                    }
                    k = noun + 1;
                    adjacent = false;
                    continue;
                }
            }
            match self.actor_at(k) {
                // "criticises Iraq war cost": a country's name before a common noun modifies
                // it; the object is the noun's
                Some((e, _))
                    if self.entities[e].kind == EntityKind::Country
                        && self.mention(k).is_some_and(|m| {
                            let end = m.tokens.end;
                            !self.is_possessive(end - 1)
                                && end < sentence.end
                                && self.is_modified_noun(end)
                        }) =>
                {
                    break;
                }
                Some((e, _)) if self.is_agent_kind(e) => {
                    if adjacent {
                        let previous = *found.last().expect("adjacent follows an actor");
                        if self.entities[previous].kind != EntityKind::Country {
                            found.pop();
                            if !found.contains(&e) {
                                found.push(e);
                            }
                        }
                    } else if !found.contains(&e) {
                        found.push(e);
                    }
                    adjacent = true;
                    let described = self.mention(k).is_none();
                    k = self.past(k);
                    // "the United States Anti-Doping Agency (USADA) of ...": a short
                    // parenthesis after a name (its abbreviation) is part of the name
                    if k < end && self.word(k) == "(" {
                        if let Some(close) =
                            (k + 1..(k + 5).min(end)).find(|&j| self.word(j) == ")")
                        {
                            k = close + 1;
                        }
                    }
                    // "the prime minister and Mr Brown": past the rest of a description
                    while described
                        && k < end
                        && !self.is_cap(k)
                        && (self.lex.role_head(self.word(k)).is_some()
                            || self.lex.is_role_modifier(self.word(k)))
                    {
                        k += 1;
                    }
                    // "Iran's government": the possessor is the actor
                    while k < end && GOVERNMENT_HEADS.contains(&self.lower(k)) {
                        k += 1;
                    }
                }
                // (in a headline every word has capitals: "BLASTS BLAIR OVER IRAQ")
                // ("New York Attorney General Letitia James": a place and a title of four
                // words before the name)
                None if self.is_cap(k)
                    && !PREPOSITIONS.contains(&self.lower(k))
                    && (k + 1..(k + 6).min(end))
                        .take_while(|&j| self.is_cap(j))
                        .any(|j| self.mention(j).is_some()) =>
                {
                    // a title or honorific before a name: "Lord Woolf", "Colonel Oliver North"
                    k += 1;
                }
                _ if adjacent && !self.is_cap(k) && self.is_relation_word(k) => {
                    // "Balco boss Victor Conte", "its war enemy Iraq": the actor before a
                    // title word is a modifier of the name after it
                    let name = (k + 1..(k + 4).min(end)).find(|&j| self.mention(j).is_some());
                    match name {
                        Some(j) => {
                            found.pop();
                            adjacent = false;
                            k = j;
                        }
                        None => break,
                    }
                }
                // (a new conjunct too: "Coastal and its chairman, Oscar Wyatt")
                _ if !adjacent && !self.is_cap(k) && self.is_title_or_relation(k) => {
                    // "rapped skipper Olof Mellberg", "sued former chairman John Smith": a
                    // title before the name
                    let name = (k + 1..(k + 4).min(end))
                        .take_while(|&j| self.is_cap(j) || self.is_title_or_relation(j))
                        .find(|&j| self.mention(j).is_some());
                    match name.or_else(|| self.appositive_name(k, end)) {
                        Some(j) => k = j,
                        None => break,
                    }
                }
                _ => {
                    if let Some(name) = self.appositive_name(k, end).filter(|_| !adjacent) {
                        k = name;
                        continue;
                    }
                    // "criticised the state-owned rail company": modifiers, then the
                    // organization noun of a description that stands for one named before
                    if !adjacent && !self.is_cap(k) && k > from {
                        let noun = (k + 1..(k + 3).min(end))
                            .take_while(|&j| self.is_word(j) && !self.is_cap(j))
                            .find(|&j| self.lex.is_cue("org-description", self.lower(j)));
                        if let Some(j) = noun {
                            if let Some((e, _)) = self.actor_at(j) {
                                if !found.contains(&e) {
                                    found.push(e);
                                }
                                adjacent = true;
                                k = j + 1;
                                continue;
                            }
                        }
                    }
                    // "four companies - Gazprom, ...": a common noun opening a list
                    if found.is_empty() && !self.is_cap(k) {
                        let look = (k + 1..(k + 3).min(end)).find(|&j| {
                            matches!(
                                self.lower(j),
                                "-" | ":" | "including" | "\u{2013}" | "\u{2014}"
                            )
                        });
                        if let Some(j) = look {
                            k = j + 1;
                            adjacent = false;
                            continue;
                        }
                    }
                    break;
                }
            }
        }
        (found, k)
    }
}

/// Words inside a list of objects that are neither actors nor its end.
const OBJECT_FILLERS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    ",",
    "its",
    "their",
    "his",
    "her",
    "both",
    "former",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "several",
    "other",
    "fellow",
    "rival",
    "unit",
    "subsidiary",
    "parent",
    "also",
    "either",
];

/// Nouns after a possessive or modifier that leave the actor the same ("Iran's government").
const GOVERNMENT_HEADS: crate::lexicon::WordClass = crate::lexicon::WordClass("government-head");

impl Ctx<'_> {
    /// A word of a title before a name: a role ("skipper", "chairman"), a relation ("rival"),
    /// or a modifier of either ("former", "deputy").
    pub(super) fn is_title_or_relation(&self, k: usize) -> bool {
        self.is_relation_word(k) || self.lex.is_role_modifier(self.word(k))
    }

    /// The token after a noun phrase that opens at `start` (after a modifier) and ends in a
    /// conduct noun within four words: "policy", "trade practices", "budget proposals";
    /// quotation marks do not count ("Labour's \"unfair\" and over-complicated taxes").
    pub(super) fn conduct_head_after(&self, start: usize, limit: usize) -> Option<usize> {
        let mut words = 0;
        (start..limit)
            .take_while(|&j| {
                let word = self.doc.tokens[j].kind == crate::text::TokenKind::Word;
                words += usize::from(word);
                words <= 4
                    && ((word && !PREPOSITIONS.contains(&self.lower(j)))
                        // "the government's \"failure\"": quotation marks around the noun
                        || matches!(self.word(j), "\"" | "'" | "\u{201c}" | "\u{201d}"))
            })
            .find(|&j| self.lex.is_cue("conduct-noun", self.lower(j)))
            .map(|j| j + 1)
    }

    /// "government regulator, the Office of ...", "its former auditor, Arthur Andersen": a
    /// description of at most three lower-case words, ending in a title, relation or
    /// organization noun, set off by a comma before a name. The name's first token.
    fn appositive_name(&self, k: usize, end: usize) -> Option<usize> {
        // ("an Israeli associate, Daniel Sofer": a demonym among the words)
        let demonym = |j: usize| {
            self.mention(j)
                .is_some_and(|m| m.rule == "country.demonym" && m.tokens.end == j + 1)
        };
        if self.is_cap(k) && !demonym(k) {
            return None;
        }
        let comma = (k..(k + 4).min(end))
            .take_while(|&j| {
                self.word(j) == "," || !self.is_cap(j) && self.is_word(j) || demonym(j)
            })
            .find(|&j| self.word(j) == ",")
            .filter(|&c| {
                c > k
                    && (self.is_title_or_relation(c - 1)
                        || self.lex.is_cue("org-description", self.lower(c - 1)))
            })?;
        let name = comma + 1 + usize::from(comma + 1 < end && self.lower(comma + 1) == "the");
        (name < end && self.mention(name).is_some()).then_some(name)
    }

    /// The comma that closes an apposition opening at `k` after a listed name ("a vice
    /// president of a Windsor subsidiary,", "former president of the company,"): lower-case
    /// words with a title among them, no verb, and another name or "and" after the comma.
    fn listed_apposition(&self, k: usize, end: usize) -> Option<usize> {
        // (an apposition opens with an article, "former" or a title word: a cheap test first,
        // object lists are read often)
        let opens = matches!(self.lower(k), "a" | "an" | "the" | "former")
            || self.lex.is_role_modifier(self.word(k))
            || self.lex.role_head(self.word(k)).is_some();
        if !opens || (self.is_cap(k) && !self.lex.is_role_modifier(self.word(k))) {
            return None;
        }
        let close = (k + 1..(k + 12).min(end)).find(|&j| matches!(self.word(j), "," | ";"))?;
        if self.word(close) != "," || close + 1 >= end {
            return None;
        }
        let title = (k..close).any(|j| !self.is_cap(j) && self.is_relation_word(j));
        let clean = (k..close).all(|j| {
            self.is_word(j)
                && !self.lower(j).ends_with("ed")
                && !SPEECH_VERBS.contains(&self.lower(j))
        });
        let next = close + 1 + usize::from(self.lower(close + 1) == "and");
        (title && clean && next < end && self.mention(next).is_some()).then_some(close + 1)
    }

    /// Whether a finite verb group opens at `k`: an auxiliary, a form of "be" or a past
    /// tense ("were abusing", "had violated", "breached"), in lower case.
    pub(super) fn is_verb_start(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.is_word(k)
            && !self.is_cap(k)
            && (BE.contains(&w) || (AUX.contains(&w) && w != "to") || w.ends_with("ed"))
    }

    pub(super) fn is_word(&self, k: usize) -> bool {
        self.doc.tokens[k].kind == crate::text::TokenKind::Word
    }

    /// A word that names what someone is: a role ("boss", "minister") or a relation ("rival",
    /// "enemy", "unit").
    fn is_relation_word(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.lex.role_head(w).is_some() || self.lex.is_cue("relation-noun", w)
    }
}

impl Ctx<'_> {
    /// The end of a state's forces or agents at `k` (before `end`), after the country's
    /// name: "troops", "warplanes", "intelligence"; "security services", "intelligence
    /// agencies", "armed forces" (a modifier, then a noun of them).
    pub(super) fn state_agents_after(&self, k: usize, end: usize) -> Option<usize> {
        let two = k + 1 < end
            && self.lex.is_cue("state-agent-modifier", self.lower(k))
            && (self.lex.is_cue("state-agent-noun", self.lower(k + 1))
                || matches!(
                    self.lower(k + 1),
                    "services" | "service" | "agencies" | "agency"
                ));
        if two {
            return Some(k + 2);
        }
        (k < end && self.lex.is_cue("state-agent-noun", self.lower(k))).then_some(k + 1)
    }

    /// The end of "chipmakers", "semiconductor makers" at `k` (before `end`): a nation's
    /// industry after its demonym (a noun of it, or one lower-case word and the noun).
    pub(super) fn national_industry_after(&self, k: usize, end: usize) -> Option<usize> {
        let is_industry = |j: usize| {
            j < end && !self.is_cap(j) && self.lex.is_cue("national-industry-noun", self.lower(j))
        };
        if is_industry(k) {
            return Some(k + 1);
        }
        (k + 1 < end
            && !self.is_cap(k)
            && self.doc.tokens[k].kind == crate::text::TokenKind::Word
            && is_industry(k + 1))
        .then_some(k + 2)
    }

    /// Who asserts with the verb at `verb` ("X filed", "X called for", "X held"): its subject,
    /// or the main clause's for a participial clause; `None` for a negated, passive or modal
    /// verb ("did not file", "was called", "could hold").
    pub(super) fn asserting_subject(
        &mut self,
        verb: usize,
        sentence: &Range<usize>,
    ) -> Option<usize> {
        let group = self.verb_group(verb, sentence);
        if group.negated || group.passive || group.hypothetical {
            return None;
        }
        let (e, at) = match group.attachment {
            Attachment::Participial => self.main_subject(group.start, sentence),
            _ => self.subject_before(group.start.max(sentence.start + 1), sentence),
        }?;
        // "requesting the Attorney General file a lawsuit", "urged Peru to sue": asked for,
        // not done
        let mut b = at;
        while b > sentence.start && matches!(self.lower(b - 1), "the" | "a" | "an" | "that") {
            b -= 1;
        }
        if b > sentence.start && self.lex.is_cue("request-verb", self.lower(b - 1)) {
            return None;
        }
        Some(e)
    }
}
