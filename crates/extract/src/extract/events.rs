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
use super::syntax::{Attachment, VerbGroup, BE, PREPOSITIONS};
use super::{strip_possessive, Accusation, Ctx, Denial, EntityKind};
use crate::lexicon::AccusationCue as Frame;
use crate::lexicon::{AccusationFrame as F, DenialPattern as D};
use std::ops::Range;

impl Frame {
    /// The prepositions that introduce the charge in this frame.
    fn complements(&self) -> &'static [&'static str] {
        match self.pattern {
            F::ObjOf => &["of"],
            F::ObjFor | F::ObjForOnly | F::OutAt | F::Take | F::FingerAt | F::RoundOn => {
                &["for", "over"]
            }
            F::ObjWith => &["with"],
            F::ObjIn => &["in"],
            F::ObjOn => &["on", "for"],
            F::That | F::ThatWrong | F::ThatAbout => &[],
        }
    }

    /// Whether the verb with only an object is an accusation: "X criticised Y", "X sued Y",
    /// "X blamed Y". Not "X attacked Y" (mostly not verbal) nor "X charged Y" unless Y is a
    /// person ("charged a fee" never reaches here; "charged the company" is a price).
    fn bare_object_ok(&self, accused: &[usize], ctx: &Ctx) -> bool {
        match self.pattern {
            F::ObjForOnly | F::That | F::ThatWrong | F::ThatAbout => false,
            F::ObjWith => accused
                .iter()
                .all(|&a| ctx.entities[a].kind == EntityKind::Person),
            _ => true,
        }
    }
}

/// Words skipped between a subject and its verb.
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "since",
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
    "always",
    "long",
    "still",
    "angrily",
    "sharply",
    "will",
    "would",
    "could",
    "can",
    "is",
    "are",
    "was",
    "were",
    "cannot",
    "did",
    "does",
    "immediately",
    "flat-out",
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
    "this",
    "weekend",
    "night",
    "morning",
    "afternoon",
    "evening",
];

/// Nouns that stand for a country's government when a country word modifies them.
pub(super) const GOVERNMENT_NOUNS: crate::lexicon::WordClass =
    crate::lexicon::WordClass("government-noun");

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
                .chain(
                    TRIGGER_CLASSES
                        .iter()
                        .filter_map(|kind| lex.cue_words.get(*kind))
                        .flatten()
                        .map(String::as_str),
                )
                .chain(SPEECH_VERBS.iter())
                .chain(SAID_VERBS.iter())
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

/// The cue-word classes (`ontology/lexicon/cue-words.tsv`) whose words start a rule.
const TRIGGER_CLASSES: &[&str] = &[
    "event-noun",
    "ouster-noun",
    "responsible-word",
    "plead-verb",
    "innocence-word",
    "report-participle",
    "under-word",
    "insult-word",
    "court-word",
    "ouster-verb",
    "desist-verb",
    "label-verb",
    "critical-adjective",
    "angry-adjective",
    "fault-noun",
    "punish-verb",
    "punish-base",
    "according-word",
    "rebuttal-verb",
    "punish-call-verb",
    "untrue-word",
    "rumour-noun",
    "complaint-noun",
    "substance-noun",
    "impose-verb",
    "critic-noun",
    "trade-verb",
];

/// Verbs besides the speech verbs that report wrongdoing ("the court ruled that ...").
const SAID_VERBS: crate::lexicon::WordClass = crate::lexicon::WordClass("report-verb");

/// Words that open a subordinate clause with a subject of its own.
const SUBORDINATORS: &[&str] = &[
    "since", "after", "when", "because", "while", "before", "although", "though", "until", "once",
    "whereas", "unless",
];

const NEGATION_WORDS: &[&str] = &["not", "never", "n't"];

const PASSIVE_AUX: &[&str] = &["was", "were", "been", "be", "is", "are", "being"];

impl Ctx<'_> {
    pub(super) fn find_events(&mut self) {
        let lex = self.lex;
        let triggers = Triggers::get();
        for s in 0..self.doc.sentences.len() {
            let range = self.doc.sentences[s].tokens.clone();
            // (what the sentence-wide rules below need, noted on the way)
            let (mut first_person, mut naming) = (false, false);
            for k in range.clone() {
                let lower = self.lower(k);
                first_person |= matches!(lower, "we" | "i");
                naming |= matches!(lower, "names" | "named" | "name" | "naming");
                // one lookup rules out almost every token
                if !triggers.contains(lower) {
                    continue;
                }
                // cue words are lower case in running text: "Sue Smith", "Massive Attack"
                // (but Reuters capitalizes the word after "U.S.": "recent U.S. Criticism of")
                if k > range.start
                    && self.is_cap(k)
                    && !self.doc.sentences[s].all_caps
                    && !is_dotted_abbreviation(self.word(k - 1))
                {
                    continue;
                }
                // "charge d'affaires": a diplomat
                if lower == "charge" && k + 1 < range.end && self.lower(k + 1).starts_with("d'") {
                    continue;
                }
                let accusation = lex.accusation_cues.get(lower);
                let said = SPEECH_VERBS.contains(&lower) || SAID_VERBS.contains(&lower);
                let denial = lex.denial_cues.get(lower);
                let charge = lex.charge_nouns.contains(lower);
                let complaint = lex.is_cue("complaint-noun", lower);
                let substance = lex.is_cue("substance-noun", lower);
                let rumour = lex.is_cue("rumour-noun", lower);
                let event_noun = lex.is_cue("event-noun", lower);
                let ouster = lex.is_cue("ouster-noun", lower);
                let responsible = lex.is_cue("responsible-word", lower);
                let plead = lex.is_cue("plead-verb", lower);
                let innocence = lex.is_cue("innocence-word", lower);
                let reporting = said || lex.is_cue("report-participle", lower);
                let under = lex.is_cue("under-word", lower);
                let insult = lex.is_cue("insult-word", lower);
                let court = lex.is_cue("court-word", lower);
                let asked_verb =
                    lex.is_cue("ouster-verb", lower) || lex.is_cue("desist-verb", lower);
                let label_verb = lex.is_cue("label-verb", lower);
                let critical =
                    lex.is_cue("critical-adjective", lower) || lex.is_cue("angry-adjective", lower);
                let fault = lex.is_cue("fault-noun", lower);
                // ("the NFL will fine Rudolph for his role in the fight": a penalty announced)
                let punish = lex.is_cue("punish-verb", lower)
                    || (lex.is_cue("punish-base", lower)
                        && k > range.start
                        && self.lower(k - 1) == "will");
                let according = lex.is_cue("according-word", lower);
                let impose = lex.is_cue("impose-verb", lower);
                let critic = lex.is_cue("critic-noun", lower);
                let trade = lex.is_cue("trade-verb", lower);
                let rebuttal = lex.is_cue("rebuttal-verb", lower);
                let punish_call = lex.is_cue("punish-call-verb", lower);
                let untrue = lex.is_cue("untrue-word", lower);
                // (a verb's form after an article is a noun or an adjective: "the attack",
                // "a mock trial")
                let accusation = accusation.filter(|_| {
                    !(k > range.start && matches!(self.lower(k - 1), "a" | "an" | "the"))
                });
                if let Some(cue) = accusation {
                    self.accusation_at(k, &range, cue, s);
                }
                let said = said || accusation.is_some_and(|c| c.pattern == F::ThatWrong);
                let (made, denied) = (self.accusations.len(), self.denials.len());
                if said {
                    self.said_wrongdoing_at(k, &range, s);
                }
                if reporting {
                    self.said_not_wrong_at(k, &range, s);
                    self.said_misread_at(k, &range, s);
                }
                if self.accusations.len() > made || self.denials.len() > denied {
                    self.share_with_co_subjects(k, &range, s, made, denied);
                }
                if let Some(cue) = denial {
                    self.coordinated_denial_at(k, &range, cue.pattern, s);
                }
                if charge || complaint {
                    self.nominal_accusation_at(k, &range, s);
                }
                if substance {
                    self.quoted_no_truth_at(k, &range, s);
                }
                if charge {
                    self.charge_source_at(k, &range, s);
                    self.repeated_accusation_at(k, &range, s);
                    self.said_unfounded_at(k, &range, s);
                } else if rumour {
                    // ("Rumors that we have written off ... are unfounded", "no truth in the
                    // rumours": a rumour is denied as a charge is, but accuses no one)
                    self.said_unfounded_at(k, &range, s);
                }
                if event_noun {
                    self.event_noun_at(k, &range, s);
                }
                if ouster {
                    self.ouster_call_at(k, &range, s);
                }
                if responsible {
                    self.responsibility_at(k, &range, s);
                }
                if plead {
                    self.not_guilty_at(k, &range, s);
                }
                if innocence {
                    self.innocence_at(k, &range, s);
                }
                if under {
                    self.under_fire_at(k, &range, s);
                }
                if insult {
                    self.branded_at(k, &range, s);
                }
                if court {
                    self.taken_to_court_at(k, &range, s);
                }
                if asked_verb {
                    self.ouster_verb_at(k, &range, s);
                }
                if label_verb {
                    self.labelled_at(k, &range, s);
                }
                if critical {
                    self.critical_of_at(k, &range, s);
                }
                if fault {
                    self.fault_reason_at(k, &range, s);
                }
                if punish {
                    self.punished_at(k, &range, s);
                }
                if impose {
                    self.sanction_at(k, &range, s);
                }
                if critic {
                    self.critic_of_at(k, &range, s);
                }
                if trade {
                    self.traded_accusations_at(k, &range, s);
                }
                if according {
                    self.according_to_at(k, &range, s);
                }
                if rebuttal {
                    self.rebuttal_at(k, &range, s);
                }
                if punish_call {
                    self.punishment_call_at(k, &range, s);
                }
                if untrue {
                    self.said_untrue_at(k, &range, s);
                }
            }
            self.quoted_wrongdoing(&range, s);
            if naming {
                self.suit_defendants(&range, s);
            }
            if first_person {
                self.quoted_not_wrong(&range, s);
            }
        }
        self.link_denials();
    }

    /// The subject of the verb at `cue`: the entity just before it, skipping auxiliaries,
    /// adverbs, a parenthesis and an apposition set off by commas.
    pub(super) fn subject_before(
        &mut self,
        cue: usize,
        sentence: &Range<usize>,
    ) -> Option<(usize, usize)> {
        let mut t = cue;
        let mut commas = 0;
        let mut last_comma: Option<usize> = None;
        while t > sentence.start {
            t -= 1;
            let w = self.lower(t);
            // "Mr Blair directly denied", "she categorically denied": adverbs
            if BETWEEN_SUBJECT_AND_VERB.contains(&w)
                || (w.len() > 4 && w.ends_with("ly") && !self.is_cap(t))
            {
                continue;
            }
            // ('said it "categorically denies" the claims': a quotation opening on the verb
            // group itself, only adverbs between it and the verb)
            if is_quote(self.word(t))
                && t > sentence.start
                && self.is_word(t - 1)
                && (t + 1 == cue || (t + 2 == cue && self.lower(t + 1).ends_with("ly")))
            {
                continue;
            }
            // "Ian MacDonald QC criticised": letters after a person's name
            if t > sentence.start
                && self.lex.is_cue("post-nominal", self.word(t))
                && self
                    .mention(t - 1)
                    .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
            {
                continue;
            }
            // "Labour, which denies ...", "Mr Smith, who accused ...", "the Scottish National
            // Party which accused him": the antecedent
            if matches!(w, "who" | "which") {
                if t > sentence.start && self.word(t - 1) == "," {
                    return self.phrase_before(t - 1, sentence).map(|e| (e, t - 1));
                }
                if t > sentence.start && self.mention(t - 1).is_some() {
                    return self.actor_at(t - 1).filter(|(e, _)| self.is_agent_kind(*e));
                }
                return None;
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
            // "Pittway Corp (PRY)", "Pittway Corp <PRY>": a parenthesis or a ticker
            if w == ")" || w == ">" {
                let open = if w == ")" { "(" } else { "<" };
                while t > sentence.start && self.word(t) != open {
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
            if w == "and" || w == "but" {
                // "The GATT Council adopted a report and ruled that ...", "Fitzwater did not
                // say when, but denied ...": the subject of the first verb, at the head of
                // the sentence
                // ("In a report, the panel blasted ... and criticised": past the opening
                // phrase, a description too), within the sentence's first words
                let head_end = (sentence.start + 12).min(t);
                return self.main_subject(head_end, sentence);
            }
            // ("One of the men, David Redvers, 34, from Hartpury, Gloucestershire, said": past
            // each short apposition, an age, a place, back to the name)
            let apposed = commas > 0
                && commas < 4
                && last_comma.is_some_and(|c| self.apposition_between(t + 1, c, 6));
            if w == "," && (commas == 0 || apposed) {
                last_comma = Some(t);
                // (the comma that opens an apposition: the actor named before it is the
                // subject, "Thailand, a major rice exporter, has criticised")
                // (a description or a pronoun too, "The company, a unit of X, denied"; not a
                // name not yet known, which a place before an apposition often is)
                if commas > 0
                    && t > sentence.start
                    && (self.mention(t - 1).is_some() || !self.is_cap(t - 1))
                {
                    if let Some((e, at)) =
                        self.actor_at(t - 1).filter(|&(e, _)| self.is_agent_kind(e))
                    {
                        return Some((e, at));
                    }
                }
                // "the director of the Trust, Norman Brennan, accused": a person's name set
                // off by commas is the subject itself (letters after it too: ", Brian
                // Monteith MSP,")
                if t > sentence.start {
                    let last = if t > sentence.start + 1
                        && self.lex.is_cue("post-nominal", self.word(t - 1))
                    {
                        t - 2
                    } else {
                        t - 1
                    };
                    if let Some(m) = self.mention(last) {
                        let e = m.entity;
                        let start = m.tokens.start;
                        // (", turnaround expert Enrico Bondi,": a title before the name)
                        let mut open = start;
                        while open > sentence.start
                            && open + 4 > start
                            && self.is_word(open - 1)
                            && !self.is_cap(open - 1)
                            && self.mention(open - 1).is_none()
                            && !self.lower(open - 1).ends_with("ed")
                            && !matches!(
                                self.lower(open - 1),
                                "and"
                                    | "or"
                                    | "but"
                                    | "who"
                                    | "which"
                                    | "that"
                                    | "to"
                                    | "of"
                                    | "by"
                                    | "with"
                                    | "for"
                                    | "in"
                                    | "on"
                                    | "at"
                                    | "from"
                            )
                            && !SPEECH_VERBS.contains(&self.lower(open - 1))
                        {
                            open -= 1;
                        }
                        // ("its Swiss subsidiary, Metall AG, sued": an organization's name
                        // set off after a description noun, too)
                        let described = open > sentence.start + 1
                            && self.entities[e].kind == EntityKind::Organization
                            && self.is_word(open - 2)
                            && !self.is_cap(open - 2)
                            && self.lex.is_cue("relation-noun", self.lower(open - 2));
                        if (self.entities[e].kind == EntityKind::Person || described)
                            && open > sentence.start
                            && self.word(open - 1) == ","
                        {
                            return Some((e, start));
                        }
                    }
                }
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
                    // (the opening comma is looked at again: the apposition may follow another)
                    t = j + 1;
                    continue;
                }
                return None;
            }
            // (an opening comma past which no other apposition lies: the name before it)
            if w == "," {
                continue;
            }
            // "the home secretary said": a title of several words, read from its first
            let mut t = t;
            // ("the secretary of state denied": one that runs on past its head)
            if let Some(start) = self.multiword_title_ending_at(t, sentence.start) {
                t = start;
            }
            if !self.is_cap(t) && self.lex.role_head(self.lower(t)).is_some() {
                let mut b = t;
                while b > sentence.start + 1
                    && !self.is_cap(b - 1)
                    && self.is_word(b - 1)
                    && self.lower(b - 1) != "the"
                    && (self.lex.is_role_modifier(self.lower(b - 1))
                        || self.lex.role_head(self.lower(b - 1)).is_some())
                {
                    b -= 1;
                }
                if b < t && self.lower(b - 1) == "the" {
                    t = b;
                }
            }
            let found = self.actor_at(t).filter(|(e, _)| {
                matches!(
                    self.entities[*e].kind,
                    EntityKind::Person | EntityKind::Country | EntityKind::Organization
                )
            });
            // "the majority owner of Yukos has sued": the subject is the owner, not Yukos
            // ("the government of Japan" is Japan)
            if let Some((_, start)) = found {
                // nor is it "Denmark" in "Farma Food of Denmark said"
                // ("the directors of Baker", "lawyers for X": those who speak for it are it)
                // ("the majority owner of embattled Russian oil firm Yukos": past a description
                // of the organization to its "of")
                let mut of_at = start;
                let mut b = start;
                while b > sentence.start + 1
                    && start - b < 5
                    && self.is_word(b - 1)
                    && self.lower(b - 1) != "of"
                    && (!self.is_cap(b - 1)
                        || self
                            .mention(b - 1)
                            .is_some_and(|m| m.rule == "country.demonym"))
                {
                    b -= 1;
                }
                if b < start
                    && self.lower(b - 1) == "of"
                    && (b..start).any(|k| self.lex.is_cue("org-description", self.lower(k)))
                {
                    of_at = b;
                }
                if of_at >= sentence.start + 2 && self.lower(of_at - 1) == "of" {
                    let head = self.lower(of_at - 2);
                    // ("About 20 members of Congress", "legislators of the ruling party": those
                    // who belong to it speak for it; not one member, "a former member of Hamas")
                    let members = head == "members" || self.lex.is_cue("member-noun", head);
                    if !GOVERNMENT_NOUNS.contains(&head)
                        && !self.lex.is_cue("spokes-noun", head)
                        && !members
                    {
                        return None;
                    }
                }
                // nor "the administration" in "Sources close to the administration say"
                let before =
                    start - usize::from(start > sentence.start && self.lower(start - 1) == "the");
                if before >= sentence.start + 2
                    && matches!(self.lower(before - 1), "to" | "with")
                    && self.is_word(before - 2)
                    && !self.is_cap(before - 2)
                {
                    return None;
                }
                return found;
            }
            // "Soviet officials and the state media blamed": a description joined to a named
            // subject by "and" ("and the", at most two words after it): the named one speaks
            if !self.is_cap(t) {
                let and = (t.saturating_sub(3).max(sentence.start)..t)
                    .rev()
                    .find(|&k| self.lower(k) == "and")
                    .filter(|&k| {
                        k + 1 < t
                            && self.lower(k + 1) == "the"
                            && (k + 2..=t).all(|j| !self.is_cap(j) && self.is_word(j))
                    });
                if let Some(and) = and {
                    if and > sentence.start {
                        return self
                            .actor_at(and - 1)
                            .filter(|(e, _)| self.is_agent_kind(*e));
                    }
                }
            }
            return None;
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
                k = self.past(k);
                continue;
            }
            k += 1;
        }
        Some((found, stop_at))
    }

    /// What a charge noun names: "charges of insider trading brought by X" -> "insider
    /// trading"; the rest of the clause when no "of" follows the noun.
    fn charge_of_noun(
        &self,
        noun: usize,
        sentence: &Range<usize>,
    ) -> (String, Option<super::Span>) {
        // (past the author: "criticism from X over Z"; not the "of" of a name, "the
        // Department of Justice")
        let of = (noun + 1..(noun + 12).min(sentence.end))
            .take_while(|&k| !matches!(self.word(k), "," | ";" | ":"))
            .find(|&k| {
                matches!(self.lower(k), "of" | "over" | "for" | "about")
                    && self.mention(k).is_none()
            });
        let Some(of) = of else {
            // (no more than the author: "criticism from X")
            if noun + 1 < sentence.end && matches!(self.lower(noun + 1), "from" | "by") {
                return (String::new(), None);
            }
            return self.clause_from(noun + 1, sentence);
        };
        let clause_end = self.clause_end(of + 1, sentence);
        // up to the author: "brought by X", "filed by X", "with X"
        let end = (of + 1..clause_end)
            .find(|&k| {
                self.lower(k) == "with"
                    || (self.lower(k) == "by" && self.lex.is_cue("bring-verb", self.lower(k - 1)))
            })
            .map(|k| if self.lower(k) == "by" { k - 1 } else { k })
            .unwrap_or(clause_end);
        self.charge_text(of + 1..end)
    }

    /// The words of `tokens` as a charge: their text with spaces normalized, and their span
    /// (nothing for no tokens).
    fn charge_text(&self, tokens: Range<usize>) -> (String, Option<super::Span>) {
        if tokens.is_empty() {
            return (String::new(), None);
        }
        let span = self.span_of(tokens);
        (
            super::normalize_space(&self.doc.text[span.bytes.clone()]),
            Some(span),
        )
    }

    /// The charge: from `from` to the end of the clause.
    fn clause_from(&self, from: usize, sentence: &Range<usize>) -> (String, Option<super::Span>) {
        self.charge_text(from..self.clause_end(from, sentence))
    }

    /// Where the clause that goes on at `from` ends: a comma, semicolon, colon, parenthesis,
    /// spaced dash, a second accusation verb after "and" or the subject's second verb group
    /// ("and was fined"), or the final stop.
    fn clause_end(&self, from: usize, sentence: &Range<usize>) -> usize {
        let mut end = from;
        while end < sentence.end {
            let w = self.word(end);
            // (the final stop, maybe inside a closing quotation mark)
            let last_stop = w == "." && (end + 1..sentence.end).all(|k| is_quote(self.word(k)));
            if matches!(w, "," | ";" | ":" | "(") || last_stop {
                break;
            }
            // "the conduct of the staff and criticised Y": a second verb of the subject
            // ("of cheating and was fined by the FA": the subject's second verb group)
            if w == "and"
                && end + 1 < sentence.end
                && (self.lex.accusation_cues.contains_key(self.lower(end + 1))
                    || (end > from
                        && end + 2 < sentence.end
                        && matches!(self.lower(end + 1), "was" | "were" | "has" | "had")
                        && !self.is_cap(end + 2)
                        && self.lower(end + 2).ends_with("ed")))
            {
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
        end
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
        // facts come sentence by sentence: a repeat is among this sentence's, at the end
        if self
            .accusations
            .iter()
            .rev()
            .take_while(|a| a.sentence == sentence)
            .any(|a| a.accuser == accuser && a.accused == accused)
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

    /// An accusation verb; with a coordinated subject ("Chile and Argentina accused Peru"),
    /// each of the subjects accuses.
    /// One accusation by `accuser` of each of `accused`, with the same charge.
    #[allow(clippy::too_many_arguments)]
    fn push_accusations(
        &mut self,
        accuser: usize,
        accused: impl IntoIterator<Item = usize>,
        charge: (String, Option<super::Span>),
        cameo: &str,
        cue: usize,
        sentence: usize,
        rule: &'static str,
    ) {
        for a in accused {
            self.push_accusation(accuser, a, charge.clone(), cameo, cue, sentence, rule);
        }
    }

    /// The charge after the first of `words` within `reach` tokens from `from` ("... over the
    /// spill"); none when no such word comes.
    fn charge_after(
        &self,
        from: usize,
        reach: usize,
        words: &[&str],
        sentence: &Range<usize>,
    ) -> (String, Option<super::Span>) {
        match (from..(from + reach).min(sentence.end)).find(|&j| words.contains(&self.lower(j))) {
            Some(j) => self.clause_from(j + 1, sentence),
            None => (String::new(), None),
        }
    }

    fn accusation_at(&mut self, cue: usize, sentence: &Range<usize>, frame: &Frame, s: usize) {
        let before = self.accusations.len();
        self.accusation_verb_at(cue, sentence, frame, s);
        if self.accusations.len() == before {
            return;
        }
        let subjects = self.plural_subject(cue, sentence);
        if subjects.len() < 2 {
            return;
        }
        self.share_accusations(&subjects, before, cue, s, |a| {
            matches!(
                a.rule,
                "accusation.active"
                    | "accusation.object"
                    | "accusation.alleged-that"
                    | "accusation.blame-on"
            )
        });
    }

    /// The accusations made since the count `since` by one of `subjects`, made by each of the
    /// others too (those `keep` passes): "X and Y accused Z" accuses Z twice.
    fn share_accusations(
        &mut self,
        subjects: &[usize],
        since: usize,
        cue: usize,
        s: usize,
        keep: impl Fn(&Accusation) -> bool,
    ) {
        let made: Vec<Accusation> = self.accusations[since..]
            .iter()
            .filter(|a| subjects.contains(&a.accuser) && keep(a))
            .cloned()
            .collect();
        for a in made {
            for &x in subjects {
                if x != a.accuser && x != a.accused {
                    self.push_accusation(
                        x,
                        a.accused,
                        (a.charge.clone(), a.charge_span.clone()),
                        &a.cameo,
                        cue,
                        s,
                        a.rule,
                    );
                }
            }
        }
    }

    /// The actors of a subject joined by "and" that ends at `verb_start` ("Chile and
    /// Argentina"), not set side by side by commas ("the director of the Trust, Norman
    /// Brennan, accused"; "like AS, Marca criticises") nor inside a preposition's object
    /// ("administrator of the Agriculture Department's Food Safety and Inspection Service");
    /// empty unless two or more.
    fn joined_subjects(&mut self, verb_start: usize, sentence: &Range<usize>) -> Vec<usize> {
        let subjects = self.coordinated_subject(verb_start, sentence);
        let first = (verb_start.saturating_sub(16).max(sentence.start)..verb_start).find(|&k| {
            self.mention(k)
                .is_some_and(|m| subjects.contains(&m.entity))
        });
        let Some(first) = first else {
            return Vec::new();
        };
        let joined = (first..verb_start).any(|k| self.lower(k) == "and");
        let mut open = first;
        while open > sentence.start
            && open + 4 > first
            && (matches!(self.lower(open - 1), "the" | "both") || self.is_cap(open - 1))
        {
            open -= 1;
        }
        let governed = open > sentence.start && PREPOSITIONS.contains(&self.lower(open - 1));
        if subjects.len() < 2 || !joined || governed {
            return Vec::new();
        }
        subjects
    }

    fn accusation_verb_at(&mut self, cue: usize, sentence: &Range<usize>, frame: &Frame, s: usize) {
        // "hit out at Y", "hit back at Y", "took aim at Y", "pointed the finger at Y",
        // "rounded on Y": the object after the particles; "took Y to task"
        let particles = |words: &[&str]| {
            cue + words.len() < sentence.end
                && words
                    .iter()
                    .enumerate()
                    .all(|(i, w)| self.lower(cue + 1 + i) == *w)
        };
        let obj_from = match frame.pattern {
            F::OutAt if particles(&["out", "at"]) || particles(&["back", "at"]) => cue + 3,
            F::Take if particles(&["aim", "at"]) => cue + 3,
            F::Take => {
                let (objects, end) = self.object_list(cue + 1, sentence, 8);
                if objects.is_empty()
                    || end + 1 >= sentence.end
                    || self.lower(end) != "to"
                    || self.lower(end + 1) != "task"
                {
                    return;
                }
                cue + 1
            }
            F::FingerAt if particles(&["the", "finger", "at"]) => cue + 4,
            F::RoundOn if particles(&["on"]) => cue + 2,
            F::OutAt | F::FingerAt | F::RoundOn => return,
            _ => cue + 1,
        };
        // "the accused", "an alleged plot", "his criticism": nouns and adjectives, not verbs
        if cue > sentence.start
            && matches!(
                self.lower(cue - 1),
                "the" | "a" | "an" | "of" | "his" | "her" | "its" | "their"
            )
        {
            return;
        }
        // "Y is to blame (for Z)": Y is blamed, by whoever says so
        if cue >= sentence.start + 2
            && self.lower(cue - 1) == "to"
            && PASSIVE_AUX.contains(&self.lower(cue - 2))
        {
            self.responsibility_at(cue, sentence, s);
            return;
        }
        // "has been banned from suing Y", "was barred from criticising Y": kept from it
        if cue >= sentence.start + 2
            && self.lower(cue - 1) == "from"
            && self.lex.is_cue("prevent-verb", self.lower(cue - 2))
        {
            return;
        }
        let group = self.verb_group(cue, sentence);
        // "did not accuse", "never blamed": no accusation; "could sue", "will blame": not yet
        if group.negated || group.hypothetical {
            return;
        }
        // "an alleged plot", "Friday's alleged attack": "alleged" as an adjective; the
        // clause of "alleged (that)" opens with "that", a determiner or an actor
        if frame.pattern == F::That {
            if cue > sentence.start && self.is_possessive(cue - 1) {
                return;
            }
            let mut next = cue + 1;
            // ("alleged in its complaint that ...", "alleged this month that ...")
            if next < sentence.end && self.opens_when(next) {
                if let Some(that) = (next + 1..(next + 6).min(sentence.end))
                    .take_while(|&j| self.is_word(j))
                    .find(|&j| self.lower(j) == "that")
                {
                    next = that;
                }
            }
            let opens_clause = next < sentence.end
                && (matches!(
                    self.lower(next),
                    "that"
                        | "the"
                        | "a"
                        | "an"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                ) || self.mention(next).is_some()
                    || self.is_cap(next));
            if !opens_clause {
                return;
            }
        }
        let prep = frame.complements();
        if group.passive || group.attachment == Attachment::ReducedRelative {
            self.passive_accusation(cue, sentence, frame, group, s);
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
                                &frame.cameo,
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
        // "X and Y accused each other of ...", "each blamed the other"
        if self.reciprocal_accusation(cue, sentence, frame, group, s) {
            return;
        }
        let (accuser, rule) = match group.attachment {
            // ", accusing Y of Z": the main clause's subject accuses
            Attachment::Participial => match self.main_subject(group.start, sentence) {
                Some((e, _)) => (e, "accusation.participial"),
                None => return,
            },
            _ => {
                match self
                    .subject_before(group.start.max(sentence.start + 1).min(cue), sentence)
                    .or_else(|| self.control_subject(cue, sentence))
                    // ("The pair accused Y": the first of a group; the others in accusation_at)
                    .or_else(|| self.group_subject(cue, sentence).first().map(|&e| (e, cue)))
                {
                    // ("urged Y to blame Z", "asked the WTO to investigate Z": asked for, not
                    // done)
                    Some((_, at))
                        if cue > sentence.start
                            && self.lower(cue - 1) == "to"
                            && at > sentence.start
                            && {
                                let mut b = at - 1;
                                if matches!(self.lower(b), "the" | "a" | "an") && b > sentence.start
                                {
                                    b -= 1;
                                }
                                self.lex.is_cue("request-verb", self.lower(b))
                            } =>
                    {
                        return
                    }
                    Some((e, _)) => (e, "accusation.active"),
                    None => return,
                }
            }
        };
        // "X alleged (that) Y ...", and "X charged that Y ...", "X charged Y had ...": a charge
        // made as a clause
        let clausal = frame.pattern == F::That
            || (frame.lemma == "charge" && cue + 1 < sentence.end && self.lower(cue + 1) == "that")
            || (frame.lemma == "charge" && self.object_then_verb(cue + 1, sentence));
        if clausal {
            self.alleged_that(accuser, cue, sentence, frame, s);
            return;
        }
        if frame.pattern == F::ThatWrong {
            return; // read by said_wrongdoing_at
        }
        if frame.pattern == F::ThatAbout {
            self.complained_at(accuser, cue, sentence, frame, s);
            return;
        }
        // "X is investigating whether Y broke the law": an inquiry into what a clause's
        // subject did
        if matches!(frame.lemma.as_str(), "investigate" | "probe") {
            let mut k = cue + 1;
            while k < sentence.end && self.is_group_adverb(k) {
                k += 1;
            }
            // (what the subject did: not "whether Karen Holt was murdered", done to them)
            let passive = (k + 1..(k + 9).min(sentence.end)).any(|j| {
                BE.contains(&self.lower(j))
                    && j + 1 < sentence.end
                    && self.lower(j + 1).ends_with("ed")
            });
            if k + 1 < sentence.end && self.lower(k) == "whether" && !passive {
                if let Some(accused) = self.clause_subjects(k + 1, sentence) {
                    let charge = self.clause_from(k + 1, sentence);
                    self.push_accusations(accuser, accused, charge, &frame.cameo, cue, s, rule);
                }
                return;
            }
        }
        // "blamed the crash on Y"
        // ("blamed the United States for the attack on its oil platforms": someone blamed
        // for something, the "on" inside the deed)
        // (read from the names already known: an object list here would promote unknown
        // names as a side effect)
        let blamed_for = frame.lemma == "blame" && {
            let at =
                obj_from + usize::from(obj_from < sentence.end && self.lower(obj_from) == "the");
            self.mention(at).is_some_and(|m| {
                m.tokens.end < sentence.end
                    && self.lower(m.tokens.end) == "for"
                    && self.is_agent_kind(m.entity)
            })
        };
        // ("Russia blamed for cyber attack on Ukraine": a headline's passive, "for" right
        // after the verb; whoever is blamed is its subject, and no one here blames)
        // (but "Iran, which Washington blamed for the attacks": a relative clause's object)
        if frame.lemma == "blame"
            && self.lower(cue).ends_with("ed")
            && obj_from < sentence.end
            && self.lower(obj_from) == "for"
            && self.object_relative(group.start, sentence).is_none()
        {
            return;
        }
        if frame.lemma == "blame" && !blamed_for {
            // (the last "on" that names someone: "blamed a spate of blasts in South African
            // cities in recent months on the ANC"; "blamed the attack on the U.S. embassy on
            // Iran")
            let ons: Vec<usize> = (cue + 1..(cue + 22).min(sentence.end))
                .take_while(|&k| !matches!(self.word(k), ";" | ":"))
                .filter(|&k| self.lower(k) == "on")
                .collect();
            let named_on = ons
                .iter()
                .rev()
                .copied()
                .find(|&on| !self.object_list(on + 1, sentence, 12).0.is_empty());
            if let Some(on) = named_on.or(ons.first().copied()) {
                let (accused, _) = self.object_list(on + 1, sentence, 12);
                // "blamed England's poor run on a lack of leadership": what is blamed is the
                // object, whoever is blamed comes after "on"; no one named there, no accusation
                if accused.is_empty() {
                    return;
                }
                {
                    let charge = self.clause_from(cue + 1, sentence);
                    self.push_accusations(
                        accuser,
                        accused,
                        charge,
                        &frame.cameo,
                        cue,
                        s,
                        "accusation.blame-on",
                    );
                    return;
                }
            }
        }
        let (mut accused, mut end) = self.object_list(obj_from, sentence, 30);
        // "legal moves against three airlines - Lufthansa, Alitalia and Olympic Airways -
        // accusing them of ...": "them" is the ones named before in the sentence
        if group.attachment == Attachment::Participial
            && obj_from < sentence.end
            && self.lower(obj_from) == "them"
        {
            // (the list just before the participle: names joined by commas, "and" and
            // dashes, tickers between them)
            let mut named: Vec<usize> = Vec::new();
            let mut k = group.start;
            while k > sentence.start {
                let w = self.lower(k - 1);
                if matches!(w, "," | "and" | "-" | "\u{2013}" | "\u{2014}" | ">") {
                    if w == ">" {
                        match (sentence.start..k - 1).rev().find(|&j| self.word(j) == "<") {
                            Some(open) if open + 6 >= k => {
                                k = open;
                                continue;
                            }
                            _ => break,
                        }
                    }
                    k -= 1;
                    continue;
                }
                let Some(m) = self.mention(k - 1) else { break };
                let (e, start) = (m.entity, m.tokens.start);
                if e != accuser && self.is_agent_kind(e) && !named.contains(&e) {
                    named.push(e);
                }
                k = start;
                // ("<Olympic Airways>": a name in brackets)
                if k > sentence.start && self.word(k - 1) == "<" {
                    k -= 1;
                }
            }
            named.reverse();
            if named.len() >= 2 {
                accused = named;
                end = obj_from + 1;
            }
        }
        if accused.is_empty() {
            // "Iran, which Washington has accused of ...": the object is the antecedent of
            // the relative pronoun before the subject
            let Some(y) = self.object_relative(group.start, sentence) else {
                return;
            };
            accused.push(y);
            end = cue + 1;
        }
        // "hit back at Labour claims (that) he ...", "attacked U.S. criticism of ...": the
        // objects name whose charge is answered; the answer is a denial, the charge theirs
        if end < sentence.end
            && self.lex.charge_nouns.contains(self.lower(end))
            && matches!(frame.pattern, F::OutAt | F::FingerAt | F::RoundOn)
        {
            return;
        }
        // "condemned the club to a ninth defeat": a sentence, not a censure
        if end < sentence.end && self.lower(end) == "to" && frame.lemma == "condemn" {
            return;
        }
        // the complement: right after the objects, or after the rest of their noun phrase
        // ("the shell company which won the bidding - for their part")
        let complement = (end..(end + 15).min(sentence.end))
            .take_while(|&j| {
                !matches!(self.word(j), ";" | ":")
                    && !SPEECH_VERBS.contains(&self.lower(j))
                    // "blasted A and criticised B for Z": the complement is the second verb's
                    && (self.lower(j) != "and"
                        || j + 1 >= sentence.end
                        || !self.lex.accusation_cues.contains_key(self.lower(j + 1)))
            })
            .find(|&j| prep.contains(&self.lower(j)));
        // ("accused Oliver Finegold, of the Evening Standard, of doorstepping him": a phrase
        // set off by commas belongs to the object; the complement follows it)
        let complement = complement.map(|j| {
            if j > sentence.start && self.word(j - 1) == "," {
                let close = (j + 1..(j + 10).min(sentence.end)).find(|&c| self.word(c) == ",");
                if let Some(c) =
                    close.filter(|&c| c + 1 < sentence.end && self.lower(c + 1) == self.lower(j))
                {
                    return c + 1;
                }
            }
            j
        });
        // "attacked President Bush's economic record", "attacked the Tory plans": what is
        // attacked is someone's conduct, a criticism
        // ("attacked budget proposals made by the Commission": the conduct before its doer)
        let conduct = self.conduct_head_after(end, sentence.end).is_some()
            || (end > cue + 1 && self.lex.is_cue("conduct-noun", self.lower(end - 1)))
            || self.conduct_doer_after(cue + 1, sentence.end).is_some();
        // "X attacked Y, saying ...", "X attacked Y, accusing him of ...": an attack that
        // goes on to speak is verbal
        // (the objects' end may be the comma or the word after it)
        let participle = if end < sentence.end && self.word(end) == "," {
            end + 1
        } else {
            end
        };
        let spoken = frame.pattern == F::ObjForOnly
            && participle < sentence.end
            && participle > cue + 1
            && self.word(participle - 1) == ","
            && (self.lex.is_cue("speech-verb", self.lower(participle))
                || self
                    .lex
                    .accusation_cues
                    .contains_key(self.lower(participle)))
            && self.lower(participle).ends_with("ing");
        if complement.is_none() && !conduct && !spoken && !frame.bare_object_ok(&accused, self) {
            return;
        }
        let charge = match complement {
            Some(j) => self.clause_from(j + 1, sentence),
            // ("blamed General Electric, which purchased NBC": a relative clause describes
            // the one blamed; it is no charge)
            None if participle < sentence.end
                && matches!(self.lower(participle), "which" | "who" | "whose") =>
            {
                (String::new(), None)
            }
            None => self.clause_from(end, sentence),
        };
        let rule = if complement.is_some() || rule != "accusation.active" {
            rule
        } else {
            "accusation.object"
        };
        self.push_accusations(accuser, accused, charge, &frame.cameo, cue, s, rule);
    }

    /// The subject of an infinitive that leans on the verb before it: "X went on to accuse
    /// Y", "X was quick to blame Y", "X used his speech to attack Y" (subject control; not
    /// "urged Y to sue", whose infinitive is Y's).
    fn control_subject(&mut self, cue: usize, sentence: &Range<usize>) -> Option<(usize, usize)> {
        if cue < sentence.start + 3 || self.lower(cue - 1) != "to" {
            return None;
        }
        let mut v = cue - 2;
        // ("went on to", "was quick to")
        if matches!(self.lower(v), "on" | "quick" | "swift" | "first" | "keen")
            && v > sentence.start
        {
            v -= 1;
        }
        if self.lex.is_cue("control-verb", self.lower(v))
            || matches!(self.lower(v), "was" | "were" | "is" | "are")
        {
            let group = self.verb_group(v, sentence);
            if group.negated || group.hypothetical {
                return None;
            }
            return self.subject_before(group.start.max(sentence.start + 1), sentence);
        }
        // "used his speech (the occasion, a visit) to attack Y": a few words of object between
        let used = (cue.saturating_sub(7).max(sentence.start)..cue - 1)
            .rev()
            .find(|&k| self.lex.is_cue("use-verb", self.lower(k)))?;
        if (used + 1..cue - 1).any(|k| !self.is_word(k) || self.mention(k).is_some()) {
            return None;
        }
        let group = self.verb_group(used, sentence);
        if group.negated || group.hypothetical {
            return None;
        }
        self.subject_before(group.start.max(sentence.start + 1), sentence)
    }

    /// "Kuznetsova's naming was condemned": whose act the subject is, when the subject is a
    /// common noun (one or two words) after a possessive name; or a country or organization
    /// modifying the conduct that is the subject ("The new Japanese tariffs were criticised").
    fn possessor_of_subject(
        &mut self,
        verb_start: usize,
        sentence: &Range<usize>,
    ) -> Option<usize> {
        let mut k = verb_start;
        let mut nouns = 0;
        while k > sentence.start && nouns < 3 {
            let t = k - 1;
            if self.is_possessive(t) {
                return self
                    .actor_at(t)
                    .map(|(e, _)| e)
                    .filter(|&e| self.is_agent_kind(e) && nouns > 0);
            }
            // "The new Japanese tariffs have been criticised", "The proposed European
            // Community levy was attacked": a country or organization modifying the conduct
            // that is the subject
            if let Some(m) = self.mention(t) {
                let (e, start) = (m.entity, m.tokens.start);
                return (nouns > 0
                    && matches!(
                        self.entities[e].kind,
                        EntityKind::Country | EntityKind::Organization
                    )
                    && self.conduct_head_after(t + 1, verb_start) == Some(verb_start)
                    && start > sentence.start
                    && (matches!(self.lower(start - 1), "the" | "a" | "an")
                        || (start - 1 > sentence.start
                            && self.lower(start - 2) == "the"
                            && self.is_word(start - 1)
                            && !self.is_cap(start - 1))))
                .then_some(e);
            }
            if self.is_cap(t) || !self.is_word(t) {
                return None;
            }
            nouns += 1;
            k = t;
        }
        None
    }

    /// Whether the phrase at `at` follows a preposition, past its article: "in the UK".
    fn after_preposition(&self, at: usize, sentence: &Range<usize>) -> bool {
        let mut j = at;
        while j > sentence.start && matches!(self.lower(j - 1), "the" | "a" | "an") {
            j -= 1;
        }
        j > sentence.start && PREPOSITIONS.contains(&self.lower(j - 1))
    }

    /// The person "his" or "her" means when it opens the subject before a verb group at
    /// `verb_start`, a noun or two after it: "Her comments have been described as ...".
    fn pronoun_owner_of_subject(
        &self,
        verb_start: usize,
        sentence: &Range<usize>,
    ) -> Option<usize> {
        let from = verb_start.saturating_sub(3).max(sentence.start);
        let p = (from..verb_start).find(|&k| matches!(self.lower(k), "his" | "her"))?;
        let nouns = p + 1..verb_start;
        if nouns.is_empty() || !nouns.clone().all(|k| self.is_word(k) && !self.is_cap(k)) {
            return None;
        }
        // (the owner's conduct, "her comments", "his plans"; not "her husband")
        if self.conduct_head_after(p + 1, verb_start) != Some(verb_start) {
            return None;
        }
        self.resolve_person(p, self.lower(p) == "her")
    }

    /// The antecedent of "which"/"who"/"whom" that opens the clause whose verb group starts at
    /// `start`: "Iran, which Washington has accused" -> Iran.
    fn object_relative(&mut self, start: usize, sentence: &Range<usize>) -> Option<usize> {
        let limit = start.saturating_sub(6).max(sentence.start);
        let rel = (limit..start)
            .rev()
            .find(|&k| matches!(self.lower(k), "which" | "who" | "whom"))?;
        // only the verb's subject between the pronoun and the verb: "which Washington has
        // accused", not "who has settled SEC charges"
        if (rel + 1..start).any(|k| matches!(self.word(k), "," | ";")) || rel + 1 >= start {
            return None;
        }
        let (_, at) = self.subject_before(start.max(sentence.start + 1), sentence)?;
        if !(rel + 1..at).all(|k| matches!(self.lower(k), "the" | "a" | "an")) {
            return None;
        }
        if rel > sentence.start && self.word(rel - 1) == "," {
            self.phrase_before(rel - 1, sentence)
        } else {
            None
        }
    }

    /// "Y was accused by X of Z", "Y has been criticised by X", "Y, accused by X of Z,".
    fn passive_accusation(
        &mut self,
        cue: usize,
        sentence: &Range<usize>,
        frame: &Frame,
        group: VerbGroup,
        s: usize,
    ) {
        // the agent: "by X" right after the verb or after its complement ("accused of fraud by X")
        let limit = (cue + 14).min(sentence.end);
        let Some(by) = (cue + 1..limit).find(|&k| self.lower(k) == "by") else {
            return;
        };
        if (cue + 1..by).any(|k| matches!(self.word(k), "," | ";" | ":")) {
            return;
        }
        let (accusers, after) = self.object_list(by + 1, sentence, 10);
        let Some(&accuser) = accusers.first() else {
            return;
        };
        // "the attack, blamed by Kuwait on Iran", "was blamed on Iran by Kuwait": whoever is
        // blamed comes after "on"; the subject is the deed
        if frame.lemma == "blame" {
            let on = (cue + 1..limit)
                .take_while(|&k| !matches!(self.word(k), "," | ";" | ":"))
                .find(|&k| self.lower(k) == "on");
            if let Some(on) = on {
                let (blamed, _) = self.object_list(on + 1, sentence, 10);
                if blamed.is_empty() {
                    return;
                }
                // the charge is the deed: the subject's phrase
                let end = if group.start > sentence.start && self.word(group.start - 1) == "," {
                    group.start - 1
                } else {
                    group.start
                };
                let mut b = end;
                while b > sentence.start && b + 8 > end && self.is_word(b - 1) {
                    b -= 1;
                }
                let charge = self.charge_text(b..end);
                let rule = if group.attachment == Attachment::ReducedRelative {
                    "accusation.reduced-relative"
                } else {
                    "accusation.passive"
                };
                for &x in &accusers {
                    self.push_accusations(
                        x,
                        blamed.clone(),
                        charge.clone(),
                        &frame.cameo,
                        cue,
                        s,
                        rule,
                    );
                }
                return;
            }
        }
        let deed = group.start > sentence.start && self.deed_apposition(group.start - 1, sentence);
        let accused = if deed {
            // ", a move criticised by X": the deed is the main clause's, done by its subject
            self.main_subject(group.start - 3, sentence).map(|(e, _)| e)
        } else if group.attachment == Attachment::ReducedRelative {
            self.phrase_before(group.start - 1, sentence)
        } else {
            self.subject_before(group.start.max(sentence.start + 1), sentence)
                .map(|(e, _)| e)
                .or_else(|| self.possessor_of_subject(group.start, sentence))
        };
        let Some(accused) = accused else { return };
        let prep = frame.complements();
        // "Chile was attacked by Peru": an attack without "for"/"over" is no censure (but a
        // deed attacked is: ", a move attacked by X")
        // ("the Japanese tariffs were attacked by X": conduct attacked is criticised)
        let conduct_subject = group.start > sentence.start
            && self.lex.is_cue("conduct-noun", self.lower(group.start - 1));
        if frame.pattern == F::ObjForOnly
            && !deed
            && !conduct_subject
            && !(after < sentence.end && prep.contains(&self.lower(after)))
            && !(cue + 1 < by && prep.contains(&self.lower(cue + 1)))
        {
            return;
        }
        let charge = if after < sentence.end && prep.contains(&self.lower(after)) {
            self.clause_from(after + 1, sentence)
        } else if cue + 1 < by && prep.contains(&self.lower(cue + 1)) {
            self.clause_from(cue + 2, sentence)
        } else {
            self.clause_from(after, sentence)
        };
        let rule = if group.attachment == Attachment::ReducedRelative {
            "accusation.reduced-relative"
        } else {
            "accusation.passive"
        };
        // ("Liverpool and Millwall have been charged by the Football Association": each of a
        // coordinated subject)
        let mut all = vec![accused];
        if !deed && group.attachment != Attachment::ReducedRelative {
            for e in self.joined_subjects(group.start, sentence) {
                if !all.contains(&e) {
                    all.push(e);
                }
            }
        }
        self.push_accusations(accuser, all, charge, &frame.cameo, cue, s, rule);
    }

    /// "X and Y accused each other of Z", "X and Y each blamed the other".
    fn reciprocal_accusation(
        &mut self,
        cue: usize,
        sentence: &Range<usize>,
        frame: &Frame,
        group: VerbGroup,
        s: usize,
    ) -> bool {
        let (object_at, subject_end) = if self.is_reciprocal(cue + 1, sentence) {
            (cue + 1, group.start)
        } else if cue + 2 < sentence.end
            && self.lower(cue + 1) == "the"
            && self.lower(cue + 2) == "other"
            && group.start > sentence.start
            && self.lower(group.start - 1) == "each"
        {
            (cue + 1, group.start - 1)
        } else if cue + 2 < sentence.end
            && self.lower(cue + 1) == "the"
            && self.lower(cue + 2) == "other"
            && group.start > sentence.start + 1
            && self.lower(group.start - 2) == "each"
            && matches!(
                self.lower(group.start - 1),
                "side" | "party" | "country" | "camp"
            )
        {
            // "France and West Germany, with each side blaming the other"
            let mut end = group.start - 2;
            while end > sentence.start && matches!(self.lower(end - 1), "with" | "," | "and") {
                end -= 1;
            }
            (cue + 1, end)
        } else {
            return false;
        };
        let parties = self.reciprocal_parties(subject_end, sentence);
        if parties.len() != 2 {
            return false;
        }
        let prep = frame.complements();
        let end = (object_at + 2).min(sentence.end);
        let charge = if end < sentence.end && prep.contains(&self.lower(end)) {
            self.clause_from(end + 1, sentence)
        } else {
            self.clause_from(end, sentence)
        };
        for (x, y) in [(parties[0], parties[1]), (parties[1], parties[0])] {
            self.push_accusation(
                x,
                y,
                charge.clone(),
                &frame.cameo,
                cue,
                s,
                "accusation.reciprocal",
            );
        }
        true
    }

    /// The two sides of a reciprocal subject ending at `subject_end`: "India and Pakistan",
    /// or a plural description of two named before ("The two countries", "the firms").
    fn reciprocal_parties(&mut self, subject_end: usize, sentence: &Range<usize>) -> Vec<usize> {
        let parties = self.coordinated_subject(subject_end, sentence);
        if parties.len() == 2 {
            return parties;
        }
        // (the "the" that opens the subject: "After the talks, the two countries traded ...")
        (subject_end.saturating_sub(5).max(sentence.start)..subject_end)
            .rev()
            .find(|&t| self.lower(t) == "the")
            .and_then(|t| self.plural_people_at(t, subject_end))
            .filter(|(group, next)| *next == subject_end && group.len() == 2)
            .map(|(group, _)| group)
            .unwrap_or_default()
    }

    /// "India and Pakistan traded accusations over the attack", "the two countries exchanged
    /// charges": each side accuses the other.
    fn traded_accusations_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        let group = self.verb_group(verb, sentence);
        if group.negated || group.hypothetical || group.passive {
            return;
        }
        // the noun of accusing within three words: "traded angry accusations"
        let Some(noun) = (verb + 1..(verb + 4).min(sentence.end))
            .take_while(|&k| self.is_word(k) && !self.is_cap(k))
            .find(|&k| self.lex.is_cue("traded-charge-noun", self.lower(k)))
        else {
            return;
        };
        let parties = self.reciprocal_parties(group.start, sentence);
        if parties.len() != 2 {
            return;
        }
        let charge = self.clause_from(noun + 1, sentence);
        for (x, y) in [(parties[0], parties[1]), (parties[1], parties[0])] {
            self.push_accusation(
                x,
                y,
                charge.clone(),
                "112",
                verb,
                s,
                "accusation.reciprocal",
            );
        }
    }

    /// Whether the words from `from` are a clause's subject then its verb: "Texaco had
    /// improperly wrested", "the company violated" (an actor, then an auxiliary or a past
    /// tense within three words).
    fn object_then_verb(&mut self, from: usize, sentence: &Range<usize>) -> bool {
        let (actors, end) = self.object_list(from, sentence, 8);
        if actors.is_empty() || end >= sentence.end {
            return false;
        }
        (end..(end + 3).min(sentence.end)).any(|k| {
            let w = self.lower(k);
            matches!(
                w,
                "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will"
            ) || self.is_wrongdoing_at(k)
        }) && !matches!(self.lower(end), "with" | "for" | "of" | "in")
    }

    /// "X alleged (that) Y ...": the first actor of the clause is accused.
    fn alleged_that(
        &mut self,
        accuser: usize,
        cue: usize,
        sentence: &Range<usize>,
        frame: &Frame,
        s: usize,
    ) {
        let mut k = cue + 1;
        // "alleged in its complaint that ...", "charged in a statement that ...": a short
        // phrase before "that"
        // ("alleged this month that", "charged last week that": when)
        if k < sentence.end && self.opens_when(k) {
            if let Some(that) = (k + 1..(k + 6).min(sentence.end))
                .take_while(|&j| self.is_word(j))
                .find(|&j| self.lower(j) == "that")
            {
                k = that;
            }
        }
        if k < sentence.end && self.lower(k) == "that" {
            k += 1;
        }
        let Some(accused) = self.clause_subjects(k, sentence) else {
            return;
        };
        let charge = self.clause_from(k, sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            &frame.cameo,
            cue,
            s,
            "accusation.alleged-that",
        );
    }

    /// "X complained (to Z) that Y ...", "X complained (to Z) about Y('s plans)": the subject
    /// of the complaint's clause, or what it is about, is accused.
    fn complained_at(
        &mut self,
        accuser: usize,
        cue: usize,
        sentence: &Range<usize>,
        frame: &Frame,
        s: usize,
    ) {
        let mut k = cue + 1;
        while k < sentence.end && self.is_group_adverb(k) {
            k += 1;
        }
        // "complained to the European Commission that ...": past the one complained to
        if k < sentence.end && self.lower(k) == "to" {
            let Some(j) = (k + 1..(k + 9).min(sentence.end))
                .take_while(|&j| !matches!(self.word(j), "," | ";" | ":"))
                .find(|&j| matches!(self.lower(j), "that" | "about"))
            else {
                return;
            };
            k = j;
        }
        if k + 1 >= sentence.end {
            return;
        }
        let accused = match self.lower(k) {
            "that" => self.clause_subjects(k + 1, sentence),
            // "about Y", "about the way Y ...", "about Y's plans"
            "about" | "over" => {
                let (found, _) = self.object_list(k + 1, sentence, 10);
                (!found.is_empty()).then_some(found)
            }
            _ => None,
        };
        let Some(accused) = accused else { return };
        let charge = self.clause_from(k + 1, sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            &frame.cameo,
            cue,
            s,
            "accusation.complained",
        );
    }

    /// The actors of a clause's subject that opens within six words of `k`: "Coastal and its
    /// chairman, Oscar Wyatt, unlawfully interfered" gives both. `None` when its first actor
    /// is no person, organization or country.
    fn clause_subjects(&mut self, k: usize, sentence: &Range<usize>) -> Option<Vec<usize>> {
        // "alleged the firms were abusing ...", "charged that the three men had ...": a plural
        // description of bodies or people named before, right before the clause's verb
        if k < sentence.end && self.lower(k) == "the" {
            if let Some((group, next)) = self.plural_people_at(k, sentence.end) {
                if next < sentence.end && self.is_verb_start(next) {
                    return Some(group);
                }
            }
        }
        let limit = (k + 6).min(sentence.end);
        let (j, first) = (k..limit).find_map(|j| self.actor_at(j).map(|(e, _)| (j, e)))?;
        if !self.is_agent_kind(first) {
            return None;
        }
        // ("Softklone's Mirror software product violated": the possessor, not its product;
        // "Lotus founder Mitchell Kapor breached": the head after the title)
        let (list, _) = self.object_list(j, sentence, 16);
        let possessor = self
            .mention(j)
            .is_some_and(|m| self.is_possessive(m.tokens.end - 1));
        if list.contains(&first) || (!list.is_empty() && !possessor) {
            Some(list)
        } else {
            Some(vec![first])
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
        let Some(accuser) = self.reporter_of(cue, sentence) else {
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

    /// Who reports with the speech verb at `cue`: its subject ("X said"), the main clause's
    /// for a participle (", saying ..."), the passive's for "was quoted as saying".
    fn reporter_of(&mut self, cue: usize, sentence: &Range<usize>) -> Option<usize> {
        if cue >= sentence.start + 2
            && self.lower(cue - 1) == "as"
            && matches!(self.lower(cue - 2), "quoted" | "cited")
        {
            let group = self.verb_group(cue - 2, sentence);
            return self
                .subject_before(group.start.max(sentence.start + 1), sentence)
                .map(|(e, _)| e);
        }
        let group = self.verb_group(cue, sentence);
        if group.attachment == Attachment::Participial && self.lower(cue).ends_with("ing") {
            return self.main_subject(group.start, sentence).map(|(e, _)| e);
        }
        self.subject_before(cue, sentence).map(|(e, _)| e)
    }

    /// "X said (that) Y violated ...": a statement of wrongdoing by someone named.
    fn said_wrongdoing_at(&mut self, cue: usize, sentence: &Range<usize>, s: usize) {
        // ("officials would not say if Y had been evading the charge": nothing said)
        if self.verb_group(cue, sentence).negated {
            return;
        }
        self.said_evidence_at(cue, sentence, s);
        if self.said_wrongdoing_before(cue, sentence, s) {
            return;
        }
        let mut k = cue + 1;
        // past a short adjunct of when or where it was said: "said in a statement (that)",
        // "said yesterday", "said on Monday", "said in an interview"
        k = self.past_report_adjunct(k, sentence);
        // "told the BBC that ...", "told BBC Radio 4's Today programme that ...": past the
        // one told, to the clause its "that" opens
        if matches!(self.lower(cue), "told" | "tells" | "tell") && k < sentence.end {
            let that = (k + 1..(k + 9).min(sentence.end))
                .take_while(|&j| {
                    !matches!(self.word(j), "," | ";" | ":" | "(" | ")" | ".")
                        && !is_quote(self.word(j))
                        && !SPEECH_VERBS.contains(&self.lower(j))
                })
                .find(|&j| self.lower(j) == "that");
            // (not "told reporters that day", nor "told the panel that investigated ...": a
            // demonstrative or a relative "that")
            let clause = that.filter(|&t| {
                t + 1 < sentence.end && {
                    let next = self.lower(t + 1);
                    !self.lex.is_cue("time-unit", next)
                        && !matches!(next, "day" | "morning" | "night" | "evening" | "afternoon")
                        && (!next.ends_with("ed") || self.is_cap(t + 1))
                }
            });
            if let Some(that) = clause {
                k = that;
            }
        }
        if k < sentence.end && self.lower(k) == "that" {
            k += 1;
        }
        // 'told BBC Radio 4's Today programme: "Taken together, Y's comments are partial"': the
        // quotation after the colon is what was said, past a short opening phrase
        let colon = (k..(k + 12).min(sentence.end))
            .take_while(|&j| !SPEECH_VERBS.contains(&self.lower(j)) || j == k)
            .find(|&j| self.word(j) == ":");
        if let Some(c) =
            colon.filter(|&c| c > k && c + 2 < sentence.end && is_quote(self.word(c + 1)))
        {
            k = c + 2;
            let opening = (k..(k + 5).min(sentence.end))
                .take_while(|&j| self.is_word(j) && self.mention(j).is_none())
                .last()
                .map(|j| j + 1)
                .filter(|&j| j < sentence.end && self.word(j) == ",");
            if let Some(comma) = opening {
                k = comma + 1;
            }
        }
        self.said_clause_at(cue, k, sentence, s);
        // "said Lord Butler's comments were justified and Mr Blair's style was corrosive": a
        // second reported clause after "and", opening with a name (within the report: before
        // any other speech verb)
        let end = (k + 1..sentence.end)
            .find(|&t| SPEECH_VERBS.contains(&self.lower(t)))
            .unwrap_or(sentence.end);
        let seconds: Vec<usize> = (k + 1..end.saturating_sub(2))
            .filter(|&t| self.lower(t) == "and")
            .map(|t| t + 1 + usize::from(self.lex.honorifics.contains(self.word(t + 1))))
            .filter(|&n| {
                n < end
                    && self
                        .mention(n)
                        .is_some_and(|m| self.is_possessive(m.tokens.end - 1))
            })
            .collect();
        for n in seconds {
            self.said_clause_at(cue, n, sentence, s);
        }
    }

    /// The end of a title after its owner's name at `j..end` that stands for its holder
    /// ("the Manchester United manager", "the Russian foreign minister"): `None` when no
    /// person the article names holds it.
    fn owned_title_end(&mut self, j: usize, end: usize, sentence: &Range<usize>) -> Option<usize> {
        let mut h = end;
        while h < sentence.end
            && h < end + 3
            && self.is_word(h)
            && !self.is_cap(h)
            && (self.lex.role_head(self.lower(h)).is_some()
                || self.lex.is_role_modifier(self.lower(h)))
        {
            h += 1;
        }
        if h == end || self.lex.role_head(self.lower(h - 1)).is_none() {
            return None;
        }
        let (e, _) = self.actor_at(j)?;
        (self.entities[e].kind == EntityKind::Person).then_some(h)
    }

    /// Past the description opening at `j` after "the" ("chancellor", "prime minister",
    /// "company") when it stands for someone the article names (a person, organization or
    /// country).
    fn description_end(&mut self, j: usize) -> Option<usize> {
        // ("said management was intransigent": a company's managers, bare)
        if self.lower(j) == "management" {
            return self
                .actor_at(j)
                .filter(|&(e, _)| self.is_agent_kind(e))
                .map(|_| j + 1);
        }
        if j == 0 || self.lower(j - 1) != "the" {
            return None;
        }
        if self
            .lex
            .is_cue("org-description", strip_possessive(self.lower(j)))
        {
            return self
                .actor_at(j)
                .filter(|&(e, _)| self.is_agent_kind(e))
                .map(|_| j + 1);
        }
        // ("the prime minister": title modifiers, then the head)
        let head = (j..(j + 3).min(self.doc.tokens.len()))
            .take_while(|&h| self.is_word(h) && !self.is_cap(h))
            .find(|&h| {
                self.lex
                    .role_head(strip_possessive(self.lower(h)))
                    .is_some()
            })?;
        if !(j..head).all(|h| self.lex.is_role_modifier(self.lower(h))) {
            return None;
        }
        self.actor_at(j)
            .filter(|&(e, _)| self.is_agent_kind(e))
            .map(|_| head + 1)
    }

    /// The reported clause opening at `k` after the speech verb at `cue`: an accusation when
    /// it tells of someone's wrongdoing or censures them.
    fn said_clause_at(&mut self, cue: usize, k: usize, sentence: &Range<usize>, s: usize) {
        // "said the men had used a forged letter": people named together before
        if let Some((people, next)) = self.plural_people_at(k, sentence.end) {
            self.said_group_wrongdoing(cue, k, people, next, sentence, s);
            return;
        }
        // the first actor of the clause, then a wrongdoing verb within eight words
        // ("said the government had misled ...": a government noun stands for its country)
        let limit = (k + 5).min(sentence.end);
        let Some(j) = (k..limit).find(|&j| {
            self.mention(j).is_some()
                || matches!(self.lower(j), "he" | "she" | "it")
                // (a name not yet known: "said Shell was wrong to ..."; not one before a
                // title, "Ofsted boss Mr Bell", nor people named by a plural title, "MPs")
                || self.unknown_chunk_at(j).is_some_and(|c| {
                    c.end < sentence.end
                        && !self.is_title_or_relation(c.end)
                        && self.mention(c.end).is_none()
                        && !(c.len() == 1
                            && self
                                .word(j)
                                .strip_suffix('s')
                                .is_some_and(|w| self.lex.role_head(w).is_some()))
                })
                || (GOVERNMENT_NOUNS.contains(&strip_possessive(self.lower(j)))
                    && self.actor_at(j).is_some_and(|(e, _)| self.is_agent_kind(e)))
                // ("said the chancellor had misled ...", "said the company was reckless": a
                // description of someone the article names)
                || self.description_end(j).is_some()
        }) else {
            self.said_passive_wrongdoing_at(cue, k, sentence, s);
            return;
        };
        // ("said Ofsted boss Mr Bell's comments were ...": a body, a title and a person are
        // one noun phrase, headed by the person)
        let j = self.person_after_body(j, sentence).unwrap_or(j);
        // ("said talks with Japan had failed to ...", "said the sale to Iran had violated
        // ...": an actor after a preposition is not the clause's subject)
        let np_start = if j > k && self.lower(j - 1) == "the" {
            j - 1
        } else {
            j
        };
        if np_start > k
            && matches!(
                self.lower(np_start - 1),
                "with"
                    | "of"
                    | "to"
                    | "from"
                    | "between"
                    | "among"
                    | "against"
                    | "about"
                    | "for"
                    | "at"
                    | "on"
                    | "in"
                    | "into"
                    | "over"
            )
        {
            return;
        }
        let verb_limit = (j + 9).min(sentence.end);
        // a censure ("Y was irresponsible") right after a named subject, not after the one
        // told ("told the BBC that ...") nor a dummy "it" ("it was wrong to ...")
        // (a name not yet known is promoted only once the accusation holds: the actor_at
        // below)
        let named_end = self
            .mention(j)
            .map(|m| m.tokens.end)
            // ("claiming the Manchester United manager is guilty of ...": past the title its
            // owner's name opens, to the holder's verb)
            .map(|e| self.owned_title_end(j, e, sentence).unwrap_or(e))
            .or_else(|| self.unknown_chunk_at(j).map(|c| c.end))
            .or_else(|| self.description_end(j))
            .or_else(|| {
                GOVERNMENT_NOUNS
                    .contains(&strip_possessive(self.lower(j)))
                    .then_some(j + 1)
            })
            // (but "told reporters: \"Y is a liar\"" quotes what was told)
            .filter(|_| {
                !matches!(self.lower(cue), "told" | "tells" | "tell")
                    || (cue + 1..j).any(|k| self.word(k) == ":")
                    // ("told the BBC that Y was irresponsible": past the one told)
                    || (k > cue + 2 && self.lower(k - 1) == "that")
            });
        // ("said Labour's plans were reckless": the censure of a named one's conduct)
        // ("said Mr Blair's style of leadership was corrosive": past the head's "of" phrase)
        let censured_at = named_end.map(|e| {
            if e > j && self.is_possessive(e - 1) {
                let mut c = self.conduct_head_after(e, sentence.end).unwrap_or(e);
                if c > e && c + 1 < sentence.end && self.lower(c) == "of" {
                    let past = (c + 1..(c + 4).min(sentence.end))
                        .take_while(|&k| self.is_word(k) && !self.is_cap(k))
                        .find(|&k| matches!(self.lower(k), "was" | "is" | "were" | "are"));
                    if let Some(p) = past {
                        c = p;
                    }
                }
                c
            } else {
                e
            }
        });
        // (past auxiliaries: "Y had been dishonest")
        let censured_at = censured_at.map(|mut c| {
            while c + 1 < sentence.end
                && matches!(self.lower(c), "had" | "has" | "have" | "would" | "will")
                && self.lower(c + 1) == "been"
            {
                c += 1;
            }
            c
        });
        let Some(v) = (j + 1..verb_limit).find(|&v| {
            self.is_wrongdoing_at(v) || (censured_at == Some(v) && self.is_censure_at(v, sentence))
        }) else {
            return;
        };
        // no second clause in between, nor a verb of the subject's own ("they opposed the
        // Iran initiative yet failed to end it")
        if (j + 1..v).any(|t| {
            // ("said it understood why the U.S. attacked ...": a question, not a statement)
            matches!(
                self.lower(t),
                "," | ";" | "said" | "says" | "yet" | "but" | "why" | "how" | "whether" | "if"
            ) || (t > j + 1
                    // ("used illegally obtained information": the verb the adverb marks)
                    && !(t + 1 == v && self.lex.is_cue("wrongdoing-adverb", self.lower(v)))
                    && self.mention(t).is_none()
                    && !self.is_cap(t)
                    && self.lower(t).ends_with("ed")
                    && !self.lex.is_cue("wrongdoing-adverb", self.lower(t)))
        }) {
            return;
        }
        // "X said it had been misled by Y": the speaker, wronged, accuses the agent
        if v + 2 < sentence.end
            && self.lower(v + 1) == "by"
            && matches!(self.lower(j), "it" | "he" | "she" | "we" | "they" | "i")
            && self.lex.wrongdoing_verbs.contains(self.lower(v))
        {
            let Some(accuser) = self.reporter_of(cue, sentence) else {
                return;
            };
            let Some(&accused) = self.object_list(v + 2, sentence, 8).0.first() else {
                return;
            };
            let charge = self.clause_from(k, sentence);
            self.push_accusation(
                accuser,
                accused,
                charge,
                "112",
                v,
                s,
                "accusation.said-passive-wrongdoing",
            );
            return;
        }
        if !self.wrong_done_at(v, sentence) {
            return;
        }
        // the head of the clause's subject is its last actor: "former JWT unit executive John
        // Peters has breached" accuses John Peters
        let last = (j..v)
            .rev()
            .find(|&t| self.mention(t).is_some())
            .unwrap_or(j);
        // (the reporter first: the accused may be a name not yet known, promoted only when
        // the accusation holds)
        let Some(accuser) = self.reporter_of(cue, sentence) else {
            return;
        };
        let Some((accused, _)) = self.actor_at(last) else {
            return;
        };
        // ("Larry Speakes said he and President Reagan misled the public": an admission)
        if self.shared_by_speaker(k, v, accuser) {
            return;
        }
        // "U.S. Defence Secretary Weinberger said U.S. destroyers attacked ...": a report of
        // one's own country's force
        if self.lex.is_cue("force-verb", self.lower(v))
            && self
                .roles
                .iter()
                .any(|r| r.holder == accuser && r.of == Some(accused))
        {
            return;
        }
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
        // "X said Y was wrong to say (claim, suggest ...) ...": X also rejects what Y said
        let wrong = (v + 1..(v + 4).min(sentence.end)).find(|&w| self.lower(w) == "wrong");
        if let Some(w) = wrong {
            if w + 2 < sentence.end
                && self.lower(w + 1) == "to"
                && self.lex.is_cue("claim-verb", self.lower(w + 2))
            {
                let charge = self.sentence_text(sentence);
                self.push_denial(accuser, charge, w, s, "denial.said-wrong-to-say");
            }
        }
    }

    /// "Y is the target of an SEC probe", "Y has been the subject of an investigation by the
    /// UK's Office of Fair Trading", "Y was also the subject of a complaint filing" (a suit or
    /// complaint: by whoever filed the last one the article told of): the one an inquiry, suit
    /// or complaint is about. The investigator or plaintiff is named before the noun, after
    /// "by", or (for suits and complaints) is the last plaintiff within five sentences. True
    /// when the noun is read so.
    fn subject_of_event_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) -> bool {
        let lower = self.lower(noun).to_owned();
        let inquiry = self.lex.is_cue("inquiry-noun", &lower);
        let suit =
            self.lex.is_cue("suit-noun", &lower) || self.lex.is_cue("complaint-noun", &lower);
        if !(inquiry || suit) {
            return false;
        }
        // "the subject of a(n) [formal private | SEC] probe": back over modifiers to "of a"
        let Some(article) = (noun.saturating_sub(5).max(sentence.start)..noun)
            .rev()
            .find(|&k| matches!(self.lower(k), "a" | "an"))
        else {
            return false;
        };
        // (a subject before "the": four words at least)
        if article < sentence.start + 4
            || self.lower(article - 1) != "of"
            || !matches!(self.lower(article - 2), "subject" | "target" | "focus")
            || self.lower(article - 3) != "the"
        {
            return false;
        }
        let mut be = article - 4;
        while be > sentence.start && matches!(self.lower(be), "also" | "now" | "still") {
            be -= 1;
        }
        if !(BE.contains(&self.lower(be)) || matches!(self.lower(be), "became" | "become")) {
            return false;
        }
        let group = self.verb_group(be, sentence);
        if group.negated || group.hypothetical {
            return false;
        }
        let Some((accused, _)) = self.subject_before(group.start.max(sentence.start + 1), sentence)
        else {
            return false;
        };
        // the one who investigates or sues: before the noun ("an SEC probe"), after "by"
        let before = (article + 1..noun).find_map(|k| {
            self.mention(k)
                .filter(|m| self.entities[m.entity].kind != EntityKind::Person)
                .map(|m| m.entity)
        });
        // (past a possessor: "by the UK's Office of Fair Trading")
        let by = (noun + 1..(noun + 4).min(sentence.end))
            .find(|&k| self.lower(k) == "by")
            .and_then(|k| {
                (k + 1..(k + 9).min(sentence.end)).find_map(|j| {
                    self.mention(j)
                        .filter(|m| !self.is_possessive(m.tokens.end - 1))
                        .map(|m| m.entity)
                        .filter(|&e| self.is_agent_kind(e))
                })
            });
        let earlier = || {
            self.last_suit(s.saturating_sub(5), s, true)
                .map(|a| a.accuser)
        };
        let accuser = before
            .or(by)
            .or_else(|| if suit { earlier() } else { None });
        let Some(accuser) = accuser else {
            return false;
        };
        let charge = self.charge_after(noun + 1, 4, &["of", "into", "for", "over"], sentence);
        self.push_accusation(
            accuser,
            accused,
            charge,
            if inquiry { "112" } else { "1121" },
            noun,
            s,
            "accusation.subject-of",
        );
        true
    }

    /// The start of the person a body's title names right after the body's mention at `j`:
    /// "Ofsted boss Mr Bell", "Krupp manager Alex Ivanov" (titles and honorifics between).
    fn person_after_body(&self, j: usize, sentence: &Range<usize>) -> Option<usize> {
        let m = self.mention(j)?;
        if self.entities[m.entity].kind == EntityKind::Person
            || self.is_possessive(m.tokens.end - 1)
        {
            return None;
        }
        let mut t = m.tokens.end;
        let first = t;
        while t < sentence.end
            && t < first + 4
            && self.mention(t).is_none()
            && (self.lex.role_head(self.word(t)).is_some()
                || self.lex.is_role_modifier(self.lower(t))
                || self.lex.honorifics.contains(self.word(t)))
        {
            t += 1;
        }
        (t > first
            && self
                .mention(t)
                .is_some_and(|p| self.entities[p.entity].kind == EntityKind::Person))
        .then_some(t)
    }

    /// "X said the (two) men had forged a letter": a reported clause whose subject is a plural
    /// description of people named together before; each is accused.
    fn said_group_wrongdoing(
        &mut self,
        cue: usize,
        k: usize,
        people: Vec<usize>,
        next: usize,
        sentence: &Range<usize>,
        s: usize,
    ) {
        let limit = (next + 4).min(sentence.end);
        let Some(v) = (next..limit).find(|&v| self.is_wrongdoing_at(v)) else {
            return;
        };
        if !self.only_words_between(next, v) || !self.wrong_done_at(v, sentence) {
            return;
        }
        let Some(accuser) = self.reporter_of(cue, sentence) else {
            return;
        };
        let charge = self.clause_from(k, sentence);
        self.push_accusations(
            accuser,
            people,
            charge,
            "112",
            v,
            s,
            "accusation.said-wrongdoing",
        );
    }

    /// The defendants a suit names besides the one it was brought against, in a sentence of
    /// their own: "The suit also names as defendants A, B and C", "Others named as defendants
    /// were A and B", "The four companies named in the suit are A, B, C and D", "A and B were
    /// also named as defendants". The plaintiff is whoever brought the last suit the article
    /// told of (within ten sentences).
    fn suit_defendants(&mut self, sentence: &Range<usize>, s: usize) {
        let is_suit = |this: &Self, k: usize| {
            let w = this.lower(k);
            this.lex.is_cue("suit-noun", w)
                || (w == "suit" || w == "action")
                    && k > sentence.start
                    && matches!(this.lower(k - 1), "law" | "legal" | "civil")
        };
        let named = (sentence.start..sentence.end).find(|&k| {
            matches!(self.lower(k), "names" | "named" | "name" | "naming")
                && ((k + 2 < sentence.end
                    && self.lower(k + 1) == "as"
                    && matches!(
                        self.lower(k + 2),
                        "defendants" | "defendant" | "co-defendants"
                    ))
                    || (k + 3 < sentence.end
                        && self.lower(k + 1) == "in"
                        && (k + 2..(k + 5).min(sentence.end)).any(|j| is_suit(self, j))))
        });
        let Some(named) = named else { return };
        // the list: after "as defendants" when the suit names them ("the suit names as
        // defendants A, B"), after "are"/"were"/"include" ("others named ... were A, B"), or
        // before "were (also) named" ("A and B were also named as defendants")
        let after_as = if self.lower(named + 1) == "as" {
            named + 3
        } else {
            named + 1
        };
        let suit_subject = named > sentence.start
            && (sentence.start..named)
                .rev()
                .take(3)
                .any(|k| is_suit(self, k));
        let copula = (after_as..(after_as + 8).min(sentence.end))
            .take_while(|&k| !matches!(self.word(k), ";" | ":"))
            .find(|&k| {
                matches!(
                    self.lower(k),
                    "are" | "were" | "include" | "included" | "includes"
                )
            });
        let passive_before = named >= sentence.start + 2
            && (sentence.start..named)
                .rev()
                .take(3)
                .any(|k| matches!(self.lower(k), "were" | "was" | "are" | "is" | "been"));
        let (from, to) = if suit_subject && self.lower(named + 1) == "as" {
            (after_as, sentence.end)
        } else if let Some(c) = copula {
            (c + 1, sentence.end)
        } else if passive_before {
            (sentence.start, named)
        } else {
            return;
        };
        // every actor of the list, past descriptions ("gas giant Gazprom, its unit
        // Gazpromneft"), not the possessors in it
        let mut defendants: Vec<usize> = Vec::new();
        for m in self.mentions_in(from, to) {
            let (e, end) = (m.entity, m.tokens.end);
            if self.is_agent_kind(e) && !self.is_possessive(end - 1) && !defendants.contains(&e) {
                defendants.push(e);
            }
        }
        // (names not yet known, listed after the copula: "are gas giant Gazprom, its unit
        // Gazpromneft, investment company Baikal, and state oil firm Rosneft")
        if copula.is_some_and(|c| c + 1 == from) {
            for e in self.object_list(from, sentence, to - from).0 {
                if self.is_agent_kind(e) && !defendants.contains(&e) {
                    defendants.push(e);
                }
            }
        }
        if defendants.is_empty() {
            return;
        }
        // the plaintiff of the last suit told of
        let first = s.saturating_sub(10);
        let plaintiff = self
            .last_suit(first, s + 1, false)
            .map(|a| (a.accuser, a.charge.clone()));
        // (else whoever sued in those sentences though the ones sued went unnamed there:
        // "Yukos has sued four companies ... The four companies named in the law suit are A, B")
        // (not a headline's "X SUED OVER ...", a passive without "was"; nor one of the
        // defendants)
        let plaintiff = plaintiff.or_else(|| {
            (first..s).rev().find_map(|p| {
                if self.doc.sentences[p].all_caps {
                    return None;
                }
                let range = self.doc.sentences[p].tokens.clone();
                let verb = range
                    .clone()
                    .find(|&k| matches!(self.lower(k), "sue" | "sues" | "sued" | "suing"))?;
                self.asserting_subject(verb, &range)
                    .filter(|e| !defendants.contains(e))
                    .map(|e| (e, self.sentence_text(&range)))
            })
        });
        let Some((plaintiff, charge)) = plaintiff else {
            return;
        };
        let charge = (charge, None);
        self.push_accusations(
            plaintiff,
            defendants,
            charge,
            "1121",
            named,
            s,
            "accusation.suit-defendants",
        );
    }

    /// '"We were robbed. Y lied to us," X said', 'X said: "... Y cheated."': a sentence
    /// of a quotation, with no report of its own, whose subject is named and whose verb
    /// states wrongdoing (or whose "be" states censure); the quotation's speaker accuses.
    fn quoted_wrongdoing(&mut self, sentence: &Range<usize>, s: usize) {
        if sentence.is_empty() {
            return;
        }
        let from = sentence.start + usize::from(is_quote(self.word(sentence.start)));
        if from >= sentence.end {
            return;
        }
        // the subject: a name at the start, after at most a conjunction or an article
        let limit = (from + 3).min(sentence.end);
        let Some(j) = (from..limit).find(|&j| self.mention(j).is_some()) else {
            return;
        };
        if !(from..j).all(|k| matches!(self.lower(k), "but" | "and" | "so" | "yet" | "the" | "now"))
        {
            return;
        }
        let (subjects, head_end) = self.subject_phrase(j, sentence);
        let Some(v) = (head_end..(head_end + 3).min(sentence.end)).find(|&v| {
            self.is_wrongdoing_at(v) || (v == head_end && self.is_censure_at(v, sentence))
        }) else {
            return;
        };
        if !self.only_words_between(head_end, v) || !self.wrong_done_at(v, sentence) {
            return;
        }
        // (only now, the quotation: most sentences fail the cheaper tests above)
        if !self.in_quote(from) {
            return;
        }
        // a sentence with its own report is read by said_wrongdoing_at
        if sentence.clone().any(|k| {
            let w = self.lower(k);
            (SPEECH_VERBS.contains(&w) || SAID_VERBS.contains(&w)) && !self.in_quote(k)
        }) {
            return;
        }
        let accused: Vec<usize> = if subjects.len() > 1 {
            subjects
        } else {
            match self.actor_at(j) {
                Some((e, _)) if self.is_agent_kind(e) => vec![e],
                _ => return,
            }
        };
        let Some(speaker) = self.quote_speaker(from) else {
            return;
        };
        let charge = self.clause_from(from, sentence);
        self.push_accusations(
            speaker,
            accused,
            charge,
            "112",
            v,
            s,
            "accusation.quoted-wrongdoing",
        );
    }

    /// The subject phrase that opens at the name at `j`: its actors and the token after its
    /// head. A coordinated subject is one phrase ("Disney and ABC failed to ..."); else the
    /// phrase is the name.
    fn subject_phrase(&mut self, j: usize, sentence: &Range<usize>) -> (Vec<usize>, usize) {
        let (subjects, end) = self.object_list(j, sentence, 12);
        let head_end = if subjects.len() > 1 {
            end
        } else {
            self.mention(j).map(|m| m.tokens.end).unwrap_or(j + 1)
        };
        (subjects, head_end)
    }

    /// "was irresponsible", "were \"incompetent\"", "is a disgrace": a form of "be", then
    /// within three words (quotes, "so", "very", an article) a word of censure; not after
    /// "not" ("was not wrong" defends).
    fn is_censure_at(&self, v: usize, sentence: &Range<usize>) -> bool {
        if !matches!(self.lower(v), "was" | "were" | "is" | "are" | "been") {
            return false;
        }
        let mut k = v + 1;
        // (a list of adjectives may lead to the censure: "partial, inaccurate and politically
        // biased")
        let mut limit = (v + 5).min(sentence.end);
        while k < limit {
            let w = self.lower(k).trim_matches(|c| c == '"' || c == '\'');
            let listed = k + 1 < sentence.end
                && matches!(self.lower(k + 1), "," | "and" | "or")
                && self.is_word(k)
                && !self.is_cap(k)
                && w != "not";
            if listed && !self.lex.is_cue("insult-word", w) {
                k += 2;
                limit = (limit + 2).min((v + 10).min(sentence.end));
                continue;
            }
            // ("were a sign of \"abusive politics\"", "is tantamount to fraud", "was nothing
            // short of a disgrace": a frame whose complement is the censure)
            let next = |i: usize| {
                if k + i < sentence.end {
                    self.lower(k + i)
                } else {
                    ""
                }
            };
            // (the frame's length in words)
            let frame = match (w, next(1), next(2)) {
                ("sign" | "example" | "symptom" | "form" | "kind" | "act" | "piece", "of", _) => 2,
                ("tantamount" | "akin", "to", _) => 2,
                ("nothing", "but", _) => 2,
                ("nothing" | "little", "short", "of")
                | ("nothing" | "little", "less" | "more", "than") => 3,
                _ => 0,
            };
            if frame > 0 {
                k += frame;
                limit = (limit + frame).min((v + 10).min(sentence.end));
                continue;
            }
            if w.is_empty()
                || (w.len() > 4 && w.ends_with("ly") && !self.is_cap(k))
                || matches!(
                    w,
                    "so" | "very"
                        | "totally"
                        | "utterly"
                        | "a"
                        | "an"
                        | "being"
                        | "simply"
                        | "completely"
                        | "deeply"
                )
            {
                k += 1;
                continue;
            }
            // ("is simply not credible": a virtue denied)
            if w == "not" {
                return k + 1 < sentence.end && self.lex.is_cue("virtue-word", self.lower(k + 1));
            }
            return self.lex.is_cue("insult-word", w) || w == "wrong";
        }
        false
    }

    /// A wrongdoing verb used for no wrongdoing: a passive, whose subject is the victim
    /// ("2,600 Iraqis had been killed", "the tapes were probably stolen"), a phrasal verb
    /// ("broke off talks", "broke even"), or a harmless object ("has broken his wrist",
    /// "broke the world record").
    fn innocent_use(&self, v: usize, sentence: &Range<usize>) -> bool {
        let mut b = v;
        while b > sentence.start + 1 && {
            let w = self.lower(b - 1);
            w.len() > 4 && w.ends_with("ly")
        } {
            b -= 1;
        }
        // (a passive: "was misled"; not the progressive, "is breaking the rules")
        (b > sentence.start
            && PASSIVE_AUX.contains(&self.lower(b - 1))
            && !self.lower(v).ends_with("ing"))
            || (v + 1 < sentence.end
                && self.lex.is_cue("innocent-particle", self.lower(v + 1))
                && !self.lex.is_cue("wrong-with-up", self.lower(v)))
            || (v + 1..(v + 5).min(sentence.end))
                .any(|k| self.lex.is_cue("innocent-object", self.lower(k)))
    }

    /// A word that states wrongdoing in a clause: a wrongdoing verb ("violated", "broken"),
    /// "failed to" ("failed to disclose"), or an adverb of wrongdoing before the verb
    /// ("unlawfully interfered", "illegally transported").
    fn is_wrongdoing_at(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.lex.wrongdoing_verbs.contains(w)
            // "covered up the effects", 'had "sexed up" the dossier': a wrong only with "up"
            || (self.lex.is_cue("wrong-with-up", w) && {
                let up = k + 1 + usize::from(k + 1 < self.doc.tokens.len() && is_quote(self.word(k + 1)));
                up < self.doc.tokens.len() && self.lower(up) == "up"
            })
            || self.lex.is_cue("wrongdoing-adverb", w)
            // "Labour is breaking the rules", "Japan was dumping chips": the progressive
            || (self.lex.is_cue("wrongdoing-progressive", w)
                && k > 0
                && (matches!(self.lower(k - 1), "is" | "are" | "was" | "were" | "been")
                    || (k > 1
                        && self.lower(k - 1).ends_with("ly")
                        && matches!(self.lower(k - 2), "is" | "are" | "was" | "were" | "been"))))
            || self.negated_duty_at(k)
            // "fired missiles at ships", "fired at a patrol boat": shooting (not "fired its
            // chief"): a verb of aim, then "at"
            || (self.lex.is_cue("aim-verb", w) && {
                let at = (k + 1..(k + 6).min(self.doc.tokens.len()))
                    .take_while(|&j| self.is_word(j))
                    .find(|&j| self.lower(j) == "at");
                // (what was fired is no one: not "its chief executive", "the manager")
                at.is_some_and(|at| {
                    (k + 1..at).all(|j| {
                        !matches!(self.lower(j), "its" | "his" | "her" | "their")
                            && self.lex.role_head(self.lower(j)).is_none()
                    })
                })
            })
            // "filed inaccurate reports", "made false statements", "issued misleading
            // figures": a statement made false
            || (self.lex.is_cue("statement-verb", w)
                && (k + 1..(k + 4).min(self.doc.tokens.len()))
                    .take_while(|&j| self.is_word(j))
                    .any(|j| self.lex.is_cue("falsity-adjective", self.lower(j))))
            // "Wal-Mart's failure to comply", "Japan's violation of the pact": a named one's
            // fault
            || (k > 0
                && self.is_possessive(k - 1)
                && self.mention(k - 1).is_some()
                && self.lex.is_cue("fault-noun", w))
            // "committed fraud", "did not commit the crimes": a crime done
            || self.commits_crime_at(k)
            || (w == "failed" && {
                // ('had "failed" to provide': a quotation mark may close first)
                let to = k + 1 + usize::from(k + 1 < self.doc.tokens.len() && is_quote(self.word(k + 1)));
                to + 1 < self.doc.tokens.len()
                    && self.lower(to) == "to"
                    && !self.is_cap(to + 1)
                    // "failed to win", "failed to reach agreement": a lack of success
                    && !self.lex.is_cue("success-verb", self.lower(to + 1))
            })
    }

    /// Whether the first word of a name at the start of a sentence stands capitalized inside
    /// some sentence too: a name, not a common word capitalized to open the sentence
    /// ("Sensitive information ...", "Spammers are ...").
    fn capitalized_elsewhere(&self, name: &Range<usize>) -> bool {
        let word = self.word(name.start);
        self.doc.sentences.iter().any(|s| {
            !s.all_caps
                && (s.tokens.start + 1..s.tokens.end)
                    .any(|k| k != name.start && self.word(k) == word)
        })
    }

    /// Whether the wrongdoing verb at `v` states a wrong done: a duty not done ("failed to
    /// disclose"), or any use that is not an innocent one ("broke off the talks").
    fn wrong_done_at(&self, v: usize, sentence: &Range<usize>) -> bool {
        self.negated_duty_at(v) || !self.innocent_use(v, sentence)
    }

    /// Whether tokens `from..to` are plain words naming no one: a subject's phrase reaches
    /// its verb ("the men had used", not "the men, Smith said, used").
    fn only_words_between(&self, from: usize, to: usize) -> bool {
        (from..to).all(|t| self.is_word(t) && self.mention(t).is_none())
    }

    /// The comma right before token `k`, past a quotation mark that closes there: ", said X",
    /// '," Howard said'.
    fn comma_before(&self, k: usize, sentence: &Range<usize>) -> Option<usize> {
        if k > sentence.start && self.word(k - 1) == "," {
            Some(k - 1)
        } else if k > sentence.start + 1 && is_quote(self.word(k - 1)) && self.word(k - 2) == "," {
            Some(k - 2)
        } else {
            None
        }
    }

    /// True when the tokens `from..to` (between two commas) are an apposition of at most
    /// `max` tokens that says nothing but an age, a place or a description: "34", "from
    /// Hartpury", "Gloucestershire", "a former director", "chairman of the board"; no clause of
    /// its own (no relative, speech or wrongdoing verb, no quotation).
    fn apposition_between(&self, from: usize, to: usize, max: usize) -> bool {
        if from >= to || to - from > max {
            return false;
        }
        // ("Cargill, Inc.,": a legal form set off by commas is the name's)
        if to == from + 1
            && self
                .lex
                .is_cue("legal-form", self.word(from).trim_end_matches('.'))
        {
            return false;
        }
        let first = self.lower(from);
        let opens = first.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                first,
                "from"
                    | "of"
                    | "in"
                    | "aged"
                    | "a"
                    | "an"
                    | "the"
                    | "former"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
            )
            || self.lex.role_head(first).is_some()
            || self.lex.is_role_modifier(first)
            || (from..to).all(|k| {
                self.is_cap(k)
                    && self
                        .mention(k)
                        .is_none_or(|m| self.entities[m.entity].kind == EntityKind::Country)
            });
        opens
            && (from..to).all(|k| {
                let w = self.lower(k);
                (self.is_word(k) || w.bytes().all(|b| b.is_ascii_digit()))
                    && !matches!(w, "who" | "which" | "that" | "and")
                    && !SPEECH_VERBS.contains(&w)
                    && !self.lex.wrongdoing_verbs.contains(w)
            })
    }

    /// True when the comma at `comma` closes an apposition set off after a name that opens
    /// the sentence: "Viktor Makarov, 50,", "John Smith, a pensioner,", "Ann Lee, chairman of
    /// the board,". The apposition is an age or a noun phrase: no verb of its own, nor a
    /// relative.
    fn closes_apposition(&self, comma: usize, sentence: &Range<usize>) -> bool {
        let limit = comma.saturating_sub(12).max(sentence.start);
        let Some(open) = (limit..comma).rev().find(|&k| self.word(k) == ",") else {
            return false;
        };
        // the name: a mention that ends at the first comma and opens the sentence (after at
        // most a title word or two)
        let named = open > sentence.start
            && self.mention(open - 1).is_some_and(|m| {
                m.tokens.start <= sentence.start + 2
                    && (sentence.start..m.tokens.start).all(|k| self.is_cap(k))
            });
        if !named || open + 1 >= comma {
            return false;
        }
        self.apposition_between(open + 1, comma, 11)
    }

    /// "Y violated the accord, X said", "..., the FTC charged", "..., said X": the reported
    /// clause comes first. True when the verb is such an inverted report (whether or not it
    /// made an accusation).
    fn said_wrongdoing_before(&mut self, cue: usize, sentence: &Range<usize>, s: usize) -> bool {
        // (", saying Y ...": a participle reports what follows)
        if self.lower(cue).ends_with("ing") {
            return false;
        }
        // who speaks, and the comma that ends the reported clause
        // (a quotation may close between the comma and the verb: '..., " said X')
        // ("Viktor Makarov, 50, said Y had ...", "X, a pensioner, said": the comma closes the
        // subject's apposition, not a reported clause)
        let comma_before = self
            .comma_before(cue, sentence)
            .filter(|&c| !self.closes_apposition(c, sentence));
        let (accuser, comma) = if let Some(comma) = comma_before {
            let Some(&x) = self.object_list(cue + 1, sentence, 6).0.first() else {
                return false;
            };
            (x, comma)
        } else {
            let Some((x, at)) = self.subject_before(cue, sentence) else {
                return false;
            };
            let mut at = at;
            while at > sentence.start && matches!(self.lower(at - 1), "the" | "a" | "an") {
                at -= 1;
            }
            // ('"Blair has misled the country," Howard said': a quotation closes first)
            let Some(comma) = self.comma_before(at, sentence) else {
                return false;
            };
            (x, comma)
        };
        // the clause's subject: its first actor near the start, then a wrongdoing verb
        let from = sentence.start
            + usize::from(sentence.start < comma && is_quote(self.word(sentence.start)));
        // ("On Monday, X said Y had ...", "Speaking in London, X said ...": an opening
        // phrase, no clause; what X said follows the verb)
        let opening = PREPOSITIONS.contains(&self.lower(from))
            || (self.lower(from).ends_with("ing") && !self.is_cap(from + 1));
        if opening && !is_quote(self.word(sentence.start)) {
            return false;
        }
        let limit = (from + 5).min(comma);
        // (a name not yet known too, "Baldwin-United made false statements ..., the SEC said";
        // promoted below only once the accusation holds)
        let Some(j) = (from..limit).find(|&j| {
            self.mention(j).is_some()
                || matches!(self.lower(j), "he" | "she" | "it" | "the")
                || self
                    .unknown_chunk_at(j)
                    .is_some_and(|c| j > sentence.start || self.capitalized_elsewhere(&c))
        }) else {
            return false;
        };
        // "Talks between the EC and the U.S. have failed ...": an actor after a noun's
        // preposition is not the clause's subject
        if (from + 1..j).any(|p| {
            PREPOSITIONS.contains(&self.lower(p))
                && self.is_word(p - 1)
                && self.mention(p - 1).is_none()
                && (p - 1 == from || !self.is_cap(p - 1))
        }) {
            return true;
        }
        // a censure right after the subject ('"Labour's tactics are pathetic," X said', '"The
        // Labour Party is incompetent," X said')
        let censured = self.censure_after_subject(j, comma, sentence);
        let wrongdoing = (j + 1..comma).find(|&v| self.is_wrongdoing_at(v));
        // "The Conservatives, Milburn said, lied about tax": a report set inside its clause,
        // whose subject fills the words before it and whose verb follows it
        let inside = (wrongdoing.is_none() && censured.is_none() && comma_before.is_none())
            .then(|| self.verb_after_parenthesis(j, comma, cue, sentence))
            .flatten();
        if let Some((v, accused)) = inside {
            let accused: Vec<usize> = accused
                .into_iter()
                .filter(|&e| self.is_agent_kind(e) && e != accuser)
                .collect();
            if !accused.is_empty() && !self.innocent_use(v, sentence) {
                self.push_said_wrongdoing(accuser, accused, cue + 2, v, sentence, s);
            }
            return true;
        }
        let Some(v) = wrongdoing.or(censured) else {
            return true;
        };
        // the verb's own subject: the actor's phrase ends at most two words before it
        // ("TransCanada has breached", not "Dome does not consider ... breached"); a
        // coordinated subject is one phrase ("Disney and ABC failed to ...")
        let (subjects, head_end) = self.subject_phrase(j, sentence);
        let head_end = head_end + usize::from(head_end < comma && is_quote(self.word(head_end)));
        if (wrongdoing.is_some() && v > head_end + 2)
            || (from..v).any(|t| matches!(self.lower(t), "whether" | "if" | "unless"))
        {
            return true;
        }
        if (j + 1..v).any(|t| matches!(self.word(t), "," | ";")) || self.innocent_use(v, sentence) {
            return true;
        }
        let accused = if subjects.len() > 1 {
            subjects
        } else {
            let last = (j..v)
                .rev()
                .find(|&t| self.mention(t).is_some())
                .unwrap_or(j);
            let Some((accused, _)) = self.actor_at(last) else {
                return true;
            };
            if !self.is_agent_kind(accused) {
                return true;
            }
            vec![accused]
        };
        self.push_said_wrongdoing(accuser, accused, from, v, sentence, s);
        true
    }

    /// The accusation of a reported clause whose charge runs from `from`, its wrongdoing
    /// verb at `v`.
    /// Whether the subject of a reported wrong at `from..v` joins the speaker to others: "he
    /// and President Reagan misled the public", "we and our partners" (an admission).
    fn shared_by_speaker(&self, from: usize, v: usize, speaker: usize) -> bool {
        (from..v).any(|k| {
            let w = self.lower(k);
            let joined = (k + 1 < v && self.lower(k + 1) == "and")
                || (k > from && self.lower(k - 1) == "and");
            joined
                && match w {
                    "we" | "i" => true,
                    "he" | "she" => self.resolve_person(k, w == "she") == Some(speaker),
                    _ => false,
                }
        })
    }

    fn push_said_wrongdoing(
        &mut self,
        accuser: usize,
        accused: Vec<usize>,
        from: usize,
        v: usize,
        sentence: &Range<usize>,
        s: usize,
    ) {
        // ("Larry Speakes said he and President Reagan misled the public": a wrong the speaker
        // owns with others is an admission, no accusation)
        if self.shared_by_speaker(from, v.min(sentence.end), accuser) || accused.contains(&accuser)
        {
            return;
        }
        let charge = self.clause_from(from, sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            "112",
            v,
            s,
            "accusation.said-wrongdoing",
        );
    }

    /// The wrongdoing verb right after a report set off by commas inside its clause, "Y, X
    /// said, (had) lied ...", and the actors of the clause's subject: the subject phrase at
    /// `j` ends at the `comma` before the reporter, and the speech verb at `cue` is followed
    /// by a comma.
    fn verb_after_parenthesis(
        &mut self,
        j: usize,
        comma: usize,
        cue: usize,
        sentence: &Range<usize>,
    ) -> Option<(usize, Vec<usize>)> {
        if cue + 2 >= sentence.end || self.word(cue + 1) != "," {
            return None;
        }
        // (past auxiliaries and adverbs: "had repeatedly lied"; the verb first, so that no
        // name is promoted where nothing is charged)
        let v = (cue + 2..(cue + 6).min(sentence.end))
            .take_while(|&v| self.is_word(v))
            .find(|&v| self.is_wrongdoing_at(v))
            .filter(|&v| {
                (cue + 2..v).all(|t| {
                    matches!(self.lower(t), "had" | "has" | "have" | "was" | "were")
                        || self.is_group_adverb(t)
                })
            })?;
        // (read up to the comma: the reporter after it is no part of the subject)
        let (subjects, end) = self.object_list(j, &(sentence.start..comma), 12);
        (!subjects.is_empty() && end == comma).then_some((v, subjects))
    }

    /// The verb of a censure right after the subject phrase that opens at `j` ("Labour's
    /// tactics are pathetic", "the Labour Party is incompetent", "Y had been dishonest"),
    /// before `limit`.
    fn censure_after_subject(
        &mut self,
        j: usize,
        limit: usize,
        sentence: &Range<usize>,
    ) -> Option<usize> {
        // (not a dummy "it": "It was pathetic that ...")
        if self.lower(j) == "it" {
            return None;
        }
        let (subjects, end) = self.object_list(j, sentence, 12);
        if subjects.is_empty() || end >= limit {
            return None;
        }
        let mut c = end;
        if c > j && self.is_possessive(c - 1) {
            c = self.conduct_head_after(c, limit)?;
        }
        while c + 1 < limit
            && matches!(self.lower(c), "had" | "has" | "have" | "would" | "will")
            && self.lower(c + 1) == "been"
        {
            c += 1;
        }
        (c < limit && self.is_censure_at(c, sentence)).then_some(c)
    }

    /// "X said the allegations were untrue", "ABC said the claims had no merit", "X believes
    /// charges that it dumped waste are unfounded": the speaker denies.
    fn said_unfounded_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        // "X said there was no truth in the allegations", "... no substance to the claims"
        if let Some(verb) = self.no_truth_in(noun, sentence) {
            let group = self.verb_group(verb, sentence);
            if group.negated || group.hypothetical {
                return;
            }
            if let Some(denier) = self.asserting_subject(verb, sentence) {
                let charge = self.clause_from(noun, sentence).0;
                self.push_denial(denier, charge, noun, s, "denial.said-unfounded");
            }
            return;
        }
        // the verb that reports: a speech or belief verb a few words before the noun, or
        // after the quotation the noun opens ('"The charges are untrue," X said')
        let limit = noun.saturating_sub(5).max(sentence.start);
        let Some(verb) = (limit..noun).rev().find(|&v| {
            let w = self.lower(v);
            SPEECH_VERBS.contains(&w) || self.lex.is_cue("belief-verb", w)
        }) else {
            self.quoted_unfounded(noun, sentence, s);
            return;
        };
        if !(verb + 1..noun).all(|k| {
            matches!(
                self.lower(k),
                "that"
                    | "the"
                    | "these"
                    | "those"
                    | "such"
                    | "all"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "any"
                    // ("said press reports were exaggerated")
                    | "press"
                    | "media"
                    | "newspaper"
                    | "news"
                    | "recent"
                    | "published"
            ) || self.is_possessive(k)
                || self.mention(k).is_some()
        }) {
            return;
        }
        let dismissed = self.dismissed_after(noun, sentence);
        if !dismissed {
            return;
        }
        // ("said the rumors were untrue", "said rumours the car-maker was suffering currency
        // difficulties were absolute rubbish": a rumour of no wrong)
        // (read up to the verb that dismisses it: "were untrue" is no wrong told)
        let dismissing = (noun + 1..(noun + 20).min(sentence.end))
            .find(|&k| {
                matches!(
                    self.lower(k),
                    "were" | "was" | "are" | "is" | "had" | "have"
                )
            })
            .unwrap_or(sentence.end);
        if self.lex.is_cue("rumour-noun", self.lower(noun))
            && self.tells_no_wrong(noun + 1, dismissing)
        {
            return;
        }
        let group = self.verb_group(verb, sentence);
        if group.negated || group.hypothetical {
            return;
        }
        let Some(denier) = self.asserting_subject(verb, sentence) else {
            return;
        };
        let charge = self.clause_from(noun, sentence).0;
        self.push_denial(denier, charge, noun, s, "denial.said-unfounded");
    }

    /// Whether the words at `from..to` tell of no wrong (no crime, fault, censure, wrongdoing
    /// verb or hostile act): a rumour of a bid, a plan or losses denied answers no
    /// accusation ("said rumors the company is interested in acquiring Wendy's are not
    /// true"), one of a crime does ("denied rumours that the day's loss was the result of ...
    /// manipulation"); a change of course asked for censures only what is called wrong.
    fn tells_no_wrong(&self, from: usize, to: usize) -> bool {
        !(from..to).any(|k| {
            let w = self.lower(k);
            self.is_wrongdoing_at(k)
                || (self.lex.charge_nouns.contains(w) && !self.lex.is_cue("rumour-noun", w))
                || self.is_wrong_noun(w)
                || self.lex.is_cue("committed-crime", w)
                || self.lex.is_cue("insult-word", w)
                || self.lex.is_cue("falsity-adjective", w)
                || self.lex.is_cue("hostile-verb", w)
                // ("JAPAN DENIES BREAKING SEMICONDUCTOR TRADE PACT": a headline's bare
                // progressive)
                || self.lex.is_cue("wrongdoing-progressive", w)
        })
    }

    /// Whether a clause whose subject is the charge noun at `noun` dismisses it: "were",
    /// "are", "had" and a dismissive word ("untrue", "no merit", "not true") within it.
    fn dismissed_after(&self, noun: usize, sentence: &Range<usize>) -> bool {
        // then "were"/"are"/"had" and a dismissive word within the clause: any such verb
        // ("reports that she had likened X to Y were inaccurate")
        let end = (noun + 20).min(sentence.end);
        (noun + 1..end)
            .take_while(|&k| !matches!(self.word(k), ";" | ":"))
            // ("appear to be baseless", "believe it to be without merit")
            .filter(|&k| {
                matches!(
                    self.lower(k),
                    "was" | "were" | "is" | "are" | "had" | "have" | "has" | "be"
                )
            })
            .any(|be| {
                (be + 1..(be + 5).min(sentence.end)).any(|k| {
                    let w = self
                        .lower(k)
                        .trim_matches(|c| c == '"' || c == '\'')
                        .to_owned();
                    self.lex.dismissive_words.contains(&w)
                        || (matches!(w.as_str(), "merit" | "foundation" | "basis")
                            && matches!(self.lower(k - 1), "no" | "without"))
                        || (w == "true" && self.lower(k - 1) == "not")
                })
            })
    }

    /// '"The charges are untrue," X said', '"These allegations have no merit," said X': a
    /// quotation that opens with the charge noun and dismisses it, its speaker after it.
    fn quoted_unfounded(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        let from = sentence.start + usize::from(is_quote(self.word(sentence.start)));
        if from == sentence.start
            || noun > from + 2
            || !(from..noun).all(|k| matches!(self.lower(k), "the" | "these" | "those" | "all"))
            || !self.dismissed_after(noun, sentence)
        {
            return;
        }
        let Some(denier) = self.reporting_speaker(noun, noun + 1, sentence) else {
            return;
        };
        let charge = self.clause_from(noun, sentence).0;
        self.push_denial(denier, charge, noun, s, "denial.said-unfounded");
    }

    /// '"There is no foundation to this," he said', '"There is no truth in these claims,"
    /// X said': a quotation that says what it answers is unfounded denies for its speaker.
    /// `truth` is the word of substance ("truth", "foundation", "basis" ...).
    fn quoted_no_truth_at(&mut self, truth: usize, sentence: &Range<usize>, s: usize) {
        let Some(there) = self.there_is_no(truth, sentence.start, true) else {
            return;
        };
        if truth + 2 >= sentence.end
            || !matches!(self.lower(truth + 1), "in" | "to" | "for" | "behind")
            || !self.in_quote(truth)
        {
            return;
        }
        // what is unfounded: "this", "that", "it", "them", or a charge or rumour noun
        let what = truth + 2;
        let mut n = what;
        while n + 1 < sentence.end
            && matches!(
                self.lower(n),
                "the" | "these" | "those" | "such" | "any" | "his" | "her" | "their" | "its"
            )
        {
            n += 1;
        }
        let answers = matches!(self.lower(what), "this" | "that" | "it" | "them")
            && (what + 1 >= sentence.end || !self.is_word(what + 1))
            || self.lex.charge_nouns.contains(self.lower(n))
            || self.lex.is_cue("rumour-noun", self.lower(n));
        if !answers {
            return;
        }
        let Some(denier) = self.quote_speaker(truth) else {
            return;
        };
        let charge = self.clause_from(there, sentence).0;
        self.push_denial(denier, charge, truth, s, "denial.said-unfounded");
    }

    /// Where "there is no" (or, with `contraction`, "there's no") opens before the word of
    /// substance at `truth` ("truth", "basis" ...), within the text from `from`.
    fn there_is_no(&self, truth: usize, from: usize, contraction: bool) -> Option<usize> {
        if truth < from + 2 || self.lower(truth - 1) != "no" {
            return None;
        }
        if contraction && matches!(self.lower(truth - 2), "there's" | "there\u{2019}s") {
            return Some(truth - 2);
        }
        (truth >= from + 3
            && matches!(self.lower(truth - 2), "was" | "is" | "were" | "are")
            && self.lower(truth - 3) == "there")
            .then_some(truth - 3)
    }

    /// The speech verb of "said (that) there was no truth in (the) <noun>", "there is no
    /// substance to the claims", "no basis for the charges": a denial that opens before the
    /// charge noun at `noun`.
    fn no_truth_in(&self, noun: usize, sentence: &Range<usize>) -> Option<usize> {
        // (of rumours and reports too: "no substance to the reports" of a plan is a denial, as
        // "denied reports that ..." is)
        let mut k = noun;
        // the noun's determiner or possessor
        while k > sentence.start + 5
            && (matches!(
                self.lower(k - 1),
                "the" | "these" | "those" | "such" | "any"
            ) || self.is_possessive(k - 1))
        {
            k -= 1;
        }
        if k < sentence.start + 6 || !matches!(self.lower(k - 1), "in" | "to" | "for" | "behind") {
            return None;
        }
        let truth = k - 2;
        if !self.lex.is_cue("substance-noun", self.lower(truth)) {
            return None;
        }
        let there = self.there_is_no(truth, sentence.start, false)?;
        let mut verb = there - 1;
        if self.lower(verb) == "that" && verb > sentence.start {
            verb -= 1;
        }
        let w = self.lower(verb);
        (SPEECH_VERBS.contains(&w) || self.lex.is_cue("belief-verb", w)).then_some(verb)
    }

    /// "... criticised the government for holding too much in dollars. A parliament statement
    /// said the criticism came from 18 Kuomintang legislators": a charge the text made, named
    /// again by "the" and its noun, and who it came from. Those named after "came from" make
    /// the charge of the latest accusation in the three sentences before, against the same one.
    fn charge_source_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        // (a noun of accusing, not "the report came from Lloyd's")
        if noun == sentence.start
            || noun + 3 >= sentence.end
            || !(self.lex.is_cue("accusation-noun", self.lower(noun))
                || self.lex.is_cue("complaint-noun", self.lower(noun))
                || matches!(
                    self.lower(noun),
                    "criticism" | "criticisms" | "attack" | "attacks"
                ))
            || self.lower(noun - 1) != "the"
            || !matches!(self.lower(noun + 1), "came" | "comes" | "come")
            || self.lower(noun + 2) != "from"
        {
            return;
        }
        let Some(earlier) = self
            .accusations
            .iter()
            .rev()
            .find(|a| a.sentence < s && a.sentence + 3 >= s)
            .cloned()
        else {
            return;
        };
        // (a list of names, or of members who speak for a body: "18 Kuomintang (nationalist)
        // legislators and several opposition members")
        let (mut sources, _) = self.object_list(noun + 3, sentence, 12);
        if sources.is_empty() {
            let end = (noun + 15).min(sentence.end);
            let mut k = noun + 3;
            while k < end && !matches!(self.lower(k), "," | ";" | "who" | "which" | "that") {
                if self.lex.is_cue("member-noun", self.lower(k))
                    || self.lex.is_cue("spokes-noun", self.lower(k))
                {
                    // (past a bracketed gloss: "Kuomintang (nationalist) legislators")
                    let mut at = k;
                    if at > noun + 4 && self.word(at - 1) == ")" {
                        if let Some(open) = (noun + 3..at - 1).rev().find(|&j| self.word(j) == "(")
                        {
                            at = open;
                        }
                    }
                    // (the noun itself, else the name before it: "Kuomintang legislators")
                    let found = if at == k { self.actor_at(k) } else { None }.or_else(|| {
                        (self.is_cap(at - 1))
                            .then(|| self.actor_at(at - 1))
                            .flatten()
                    });
                    if let Some((e, _)) = found {
                        if !sources.contains(&e) {
                            sources.push(e);
                        }
                    }
                }
                k += 1;
            }
        }
        let charge = (earlier.charge.clone(), earlier.charge_span.clone());
        for x in sources {
            if x != earlier.accused && self.is_agent_kind(x) {
                self.push_accusation(
                    x,
                    earlier.accused,
                    charge.clone(),
                    &earlier.cameo,
                    noun,
                    s,
                    "accusation.charge-source",
                );
            }
        }
    }

    /// "accusations by X that Y ...", "complaints from X that Y ...", "X's allegation that
    /// Y ...".
    fn nominal_accusation_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        // "Monday's report that ...", "claims that prices will rise": not accusations
        if !self.lex.is_cue("accusation-noun", self.lower(noun))
            && !self.lex.is_cue("complaint-noun", self.lower(noun))
        {
            return;
        }
        // the author: "by X" after, or "X's", "his" before (past "latest", "repeated" ...)
        let mut p = noun;
        while p > sentence.start + 1
            && p + 2 > noun
            && self.is_word(p - 1)
            && !self.is_cap(p - 1)
            && !self.is_possessive(p - 1)
            && !matches!(
                self.lower(p - 1),
                "his" | "her" | "its" | "their" | "the" | "a" | "an"
            )
            && (self.lower(p - 1).ends_with("ed") || self.lower(p - 1).ends_with("est"))
        {
            p -= 1;
        }
        // ("faces accusations from X that ...": the faced-criticism rule's)
        let received = (noun.saturating_sub(3).max(sentence.start)..noun)
            .any(|k| self.lex.is_cue("receive-verb", self.lower(k)));
        let accuser = if noun + 2 < sentence.end
            && (self.lower(noun + 1) == "by" || (self.lower(noun + 1) == "from" && !received))
        {
            self.actor_at(noun + 2).map(|(e, _)| e)
        } else if p > sentence.start && self.is_possessive(p - 1) {
            self.actor_at(p - 1).map(|(e, _)| e)
        } else if p > sentence.start && matches!(self.lower(p - 1), "his" | "her" | "its" | "their")
        {
            self.possessive_pronoun_owner(p - 1)
        } else {
            None
        };
        let Some(accuser) = accuser else { return };
        let Some(that) =
            (noun + 1..(noun + 8).min(sentence.end)).find(|&k| self.lower(k) == "that")
        else {
            return;
        };
        // (a complaint's clause follows the noun or its author: not "its complaint alleges
        // that ...", the suit's own claim)
        if self.lex.is_cue("complaint-noun", self.lower(noun))
            && that != noun + 1
            && self.mention(that - 1).is_none()
        {
            return;
        }
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

    /// Nominal accusations: "X filed a suit against Y", "X's lawsuit against Y", "charges
    /// against Y by X", "criticism of Y from X", "Y faced criticism from X".
    fn event_noun_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        if self.subject_of_event_at(noun, sentence, s) {
            return;
        }
        let lower = self.lower(noun).to_owned();
        if self.suit_claims_at(noun, sentence, s) {
            return;
        }
        // ("a legal challenge from X", not "a challenge against Federer": a challenge is a
        // legal one only when it says so, as an action is)
        let legal_said = || {
            (noun.saturating_sub(4).max(sentence.start)..noun)
                .any(|k| self.lex.is_cue("legal-modifier", self.lower(k)))
        };
        if matches!(lower.as_str(), "challenge" | "challenges") && !legal_said() {
            return;
        }
        // "Guest said the complaint is without merit": a suit dismissed by the one it names
        if self.lex.is_cue("suit-noun", &lower) && !self.lex.charge_nouns.contains(&lower) {
            self.said_unfounded_at(noun, sentence, s);
        }
        // the accused: "against Y", or "of Y" for criticism nouns
        // (a suit or charges may name their court first: "filed civil fraud charges in a
        // Boston federal court against Y")
        // ("The lawsuit to reveal the names of the leakers was filed against Y": a suit's
        // purpose may come first)
        let reach = if self.lex.is_cue("suit-noun", &lower) {
            14
        } else if self.lex.charge_nouns.contains(&lower) {
            10
        } else {
            6
        };
        let window = (noun + 1)..(noun + reach).min(sentence.end);
        // ("a complaint from X about Y", "a complaint by X about how Y ...": a complaint's
        // "about" names whom it is against, after its author)
        let complaint = self.lex.is_cue("complaint-noun", &lower);
        let target = window
            .clone()
            .take_while(|&k| !matches!(self.word(k), "," | ";" | ":" | "(" | "\""))
            .find(|&k| {
                self.lower(k) == "against"
                    || (k == noun + 1
                        && self.lower(k) == "of"
                        && self.lex.is_cue("target-of-noun", &lower))
                    || (complaint
                        && self.lower(k) == "about"
                        && k > noun + 2
                        && matches!(self.lower(noun + 1), "from" | "by"))
                    // ("an investigation into Y", "a probe by X into Y")
                    || (self.lower(k) == "into" && self.lex.is_cue("inquiry-noun", &lower))
            });
        // the start of the noun phrase: "a $5 mln civil suit"
        let mut head_start = noun;
        while head_start > sentence.start
            && head_start + 5 > noun
            && !self.is_possessive(head_start - 1)
            && !matches!(self.word(head_start - 1), "," | ";" | ":" | "\"")
            && !self.lex.is_cue("bring-verb", self.lower(head_start - 1))
            && !self.lex.is_cue("take-verb", self.lower(head_start - 1))
            && !self.lex.is_cue("receive-verb", self.lower(head_start - 1))
            && self.mention(head_start - 1).is_none()
            && !matches!(
                self.lower(head_start - 1),
                "by" | "from" | "with" | "under" | "its" | "their" | "his" | "her"
            )
            // ("responded to criticism": the answer's "to"; not "five to 10 mln dlr suit")
            && !(self.lower(head_start - 1) == "to"
                && head_start >= sentence.start + 2
                && self.lex.is_cue("answer-word", self.lower(head_start - 2)))
            // ("her connection to the federal inquiry into Y": a preposition opens the
            // noun's phrase; "five to 10 mln dlr suit" is a range)
            && !(matches!(self.lower(head_start - 1), "to" | "into" | "in" | "on" | "at" | "about")
                && !self.word(head_start).starts_with(|c: char| c.is_ascii_digit()))
        {
            head_start -= 1;
        }
        // "filed suit to stop Y (from ...)", "a suit to block Y's bid": whom the suit is
        // brought to stop
        let target = target.or_else(|| {
            if !self.lex.is_cue("suit-noun", &lower) {
                return None;
            }
            // (past the court: "filed a suit in a Texas state court to force Y to ...")
            let to_block = (noun + 1..(noun + 10).min(sentence.end))
                .take_while(|&k| !matches!(self.word(k), "," | ";" | ":"))
                .find(|&k| self.lower(k) == "to")
                .filter(|&k| {
                    k + 1 < sentence.end && self.lex.is_cue("block-verb", self.lower(k + 1))
                })
                .map(|k| k + 1);
            // "a suit seeking punitive damages from Y": whom it asks to pay
            to_block.or_else(|| {
                let seeking = (noun + 1..(noun + 3).min(sentence.end))
                    .find(|&k| matches!(self.lower(k), "seeking" | "asking"))?;
                let damages = (seeking + 1..(seeking + 9).min(sentence.end))
                    .take_while(|&k| !matches!(self.word(k), "," | ";"))
                    .find(|&k| matches!(self.lower(k), "damages" | "compensation"))?;
                (damages + 1 < sentence.end && self.lower(damages + 1) == "from")
                    .then_some(damages + 1)
            })
        });
        // "criticism by Baker of West German policy": the author first, then whom
        let mut early_agent = None;
        // ("a suit filed by X against Y": the participle of bringing it, then its author)
        let by = if noun + 3 < sentence.end
            && self.lex.is_cue("bring-verb", self.lower(noun + 1))
            && self.lower(noun + 1).ends_with("ed")
            && self.lower(noun + 2) == "by"
        {
            noun + 2
        } else {
            noun + 1
        };
        let target = match target {
            // "a complaint by X against Y", "a complaint from X about Y": the author between
            // the noun and its target
            Some(t)
                if t > by + 1
                    && (self.lower(by) == "by"
                        || (complaint && by == noun + 1 && self.lower(by) == "from")) =>
            {
                let (agents, end) = self.object_list(by + 1, sentence, 8);
                early_agent = agents.first().copied().filter(|_| end == t);
                Some(t)
            }
            Some(t) => Some(t),
            None if noun + 2 < sentence.end
                && self.lower(noun + 1) == "by"
                && self.lex.is_cue("target-of-noun", &lower) =>
            {
                let (agents, end) = self.object_list(noun + 2, sentence, 8);
                early_agent = agents.first().copied();
                (end < sentence.end && self.lower(end) == "of" && early_agent.is_some())
                    .then_some(end)
            }
            None => None,
        };
        let (mut accused, after) = match target {
            // ("about how Labour uses its call centres": whose doing)
            Some(t)
                if self.lower(t) == "about"
                    && t + 2 < sentence.end
                    && matches!(self.lower(t + 1), "how" | "why") =>
            {
                self.object_list(t + 2, sentence, 4)
            }
            Some(t) => self.object_list(t + 1, sentence, 12),
            None => (Vec::new(), noun + 1),
        };
        // "criticism of its trade policies": whose conduct
        if let Some(t) = target.filter(|_| accused.is_empty()) {
            if t + 2 < sentence.end
                && matches!(self.lower(t + 1), "its" | "their" | "his" | "her")
                && self.conduct_head_after(t + 2, sentence.end).is_some()
            {
                accused.extend(self.possessive_pronoun_owner(t + 1));
            }
        }
        // the accuser: "by X" / "from X" after ("criticism of Y voiced by X"), "X's" or
        // "its" before, the actor modifying the noun ("U.S. criticism of Y"), or the subject
        // of "filed"
        // ("by U.S. Treasury Secretary James Baker": the person, not the country before the
        // title)
        let agent = early_agent.or_else(|| {
            let by = (after..(after + 3).min(sentence.end))
                .find(|&k| matches!(self.lower(k), "by" | "from"))?;
            let list = self.object_list(by + 1, sentence, 8).0;
            // "by British publisher Robert Maxwell": a demonym and a title before the name
            let Some(&first) = list.first() else {
                return self.titled_person_after(by + 1, sentence);
            };
            if self.entities[first].kind != EntityKind::Country {
                return Some(first);
            }
            // a country, then title words, then a person's name
            let titled = (by + 2..(by + 7).min(sentence.end))
                .take_while(|&k| self.is_cap(k))
                .find_map(|k| {
                    self.mention(k)
                        .filter(|m| self.entities[m.entity].kind == EntityKind::Person)
                        .map(|m| m.entity)
                });
            Some(titled.unwrap_or(first))
        });
        let possessor = if head_start > sentence.start && self.is_possessive(head_start - 1) {
            self.actor_at(head_start - 1).map(|(e, _)| e)
        } else if head_start > sentence.start {
            let k = head_start - 1;
            match self.lower(k) {
                "its" | "their" | "his" | "her" => self.possessive_pronoun_owner(k),
                // ("U.S. criticism", "widespread U.S. criticism"; not "his time in Spain was
                // going and dismissed criticism")
                _ => self
                    .mention(k)
                    .filter(|_| head_start + 1 >= noun)
                    .filter(|_| self.lex.is_cue("target-of-noun", &lower))
                    .map(|m| m.entity)
                    .filter(|&e| self.is_agent_kind(e)),
            }
        } else {
            None
        };
        let verb = head_start.checked_sub(1).filter(|&v| v >= sentence.start);
        // ("took legal action against Y", "has taken disciplinary action against Y": an action
        // taken is a legal one only when it says so; "took action against inflation" is none)
        let legal_action = matches!(lower.as_str(), "action" | "challenge" | "challenges")
            && (head_start..noun).any(|k| self.lex.is_cue("legal-modifier", self.lower(k)));
        let bring = verb.filter(|&v| {
            self.lex.is_cue("bring-verb", self.lower(v))
                || (self.lex.is_cue("take-verb", self.lower(v)) && legal_action)
        });
        // "is seeking $20bn in a separate US lawsuit against Y": the suit in which the subject
        // seeks damages (past a modifier naming where: "US")
        let bring = bring.or_else(|| {
            if !self.lex.is_cue("suit-noun", &lower) {
                return None;
            }
            let within = noun.saturating_sub(5).max(sentence.start);
            let at = (within..head_start)
                .rev()
                .find(|&k| self.lower(k) == "in")
                .filter(|&k| (k + 1..noun).all(|t| self.is_word(t)))?;
            (at.saturating_sub(6).max(sentence.start)..at)
                .rev()
                .take_while(|&v| self.word(v) != ",")
                .find(|&v| matches!(self.lower(v), "seeking" | "seeks" | "sought" | "seek"))
        });
        // "responded to criticism from X", "in reaction to criticism from X": the one
        // who answers was criticised
        let answered = verb
            .filter(|&v| self.lower(v) == "to" && v > sentence.start)
            .map(|v| v - 1)
            .filter(|&v| self.lex.is_cue("answer-word", self.lower(v)));
        // "settled SEC charges", "faces U.S. charges of fraud": the author named before the
        // noun, the verb before the author
        let premodifier = head_start
            .checked_sub(1)
            .filter(|&k| k >= sentence.start && self.lex.is_cue("accusation-noun", &lower))
            .and_then(|k| self.mention(k).map(|m| (m.entity, m.tokens.start)))
            .filter(|&(e, _)| self.is_agent_kind(e));
        let verb_before_author = premodifier.and_then(|(_, start)| {
            let mut b = start;
            while b > sentence.start && matches!(self.lower(b - 1), "the" | "a" | "an") {
                b -= 1;
            }
            b.checked_sub(1).filter(|&v| v >= sentence.start)
        });
        let receive = verb
            .filter(|&v| self.lex.is_cue("receive-verb", self.lower(v)))
            .or(answered)
            .or(verb_before_author.filter(|&v| self.lex.is_cue("receive-verb", self.lower(v))));
        // "Greenpeace renewed its criticism of Y": "its" of a name not yet known that opens
        // the sentence (promoted now that the fact holds)
        let possessor = possessor.or_else(|| {
            let k = head_start.checked_sub(1)?;
            if accused.is_empty() || !matches!(self.lower(k), "its" | "their") {
                return None;
            }
            let chunk = self
                .unknown_chunk_at(sentence.start)
                .filter(|c| c.end < k)?;
            // (its verb right after it: "Greenpeace renewed its ...", not "Clearwater said
            // the buyers renewed their ...")
            if k > chunk.end + 3
                || (chunk.end..k).any(|j| {
                    matches!(self.lower(j), "," | ";" | ":" | "the" | "a" | "an")
                        || SPEECH_VERBS.contains(&self.lower(j))
                })
            {
                return None;
            }
            self.promote_unknown(chunk)
        });
        // ("its 10 billion dlr litigation against Y", "cited significant litigation against
        // Y": litigation is often the other side's, or no one's; read only when brought)
        let possessor = possessor.filter(|_| lower != "litigation");
        if !accused.is_empty() {
            let accuser = match (agent, possessor, bring) {
                (Some(a), _, _) => Some(a),
                (_, Some(p), _) => Some(p),
                (_, _, Some(v)) => self.asserting_subject(v, sentence),
                // "Apple's lawsuit accused anonymous people ... The lawsuit was filed against
                // PowerPage and Apple Insider": "the" suit is the one brought before, by its
                // author (a suit the article told of within five sentences, or the noun
                // with its owner in the three before)
                _ if noun > sentence.start
                    && self.lower(noun - 1) == "the"
                    && self.lex.is_cue("suit-noun", &lower) =>
                {
                    self.last_suit(s.saturating_sub(5), s, true)
                        .map(|a| a.accuser)
                        .or_else(|| self.document_author(noun, &lower))
                }
                _ => None,
            };
            let Some(accuser) = accuser else { return };
            let charge = self.clause_from(after, sentence);
            let cameo = if self.lex.is_cue("target-of-noun", &lower) {
                "111"
            } else {
                "112"
            };
            self.push_accusations(
                accuser,
                accused,
                charge,
                cameo,
                noun,
                s,
                "accusation.against",
            );
            return;
        }
        // "Y faced (stinging) criticism from X (... and from W)"
        // ("Y faces accusations from X that ...")
        if let Some(v) = receive {
            // ("faces a lawsuit from X", "received a complaint from X", "is facing legal
            // action from X": a suit faced, received or settled)
            let suit_faced = (self.lex.is_cue("suit-noun", &lower) || legal_action)
                && self.lex.is_cue("face-verb", self.lower(v));
            if !self.lex.is_cue("target-of-noun", &lower)
                && !self.lex.is_cue("accusation-noun", &lower)
                && !suit_faced
            {
                return;
            }
            // every author named after "from": "charges from the Department of Justice and
            // the SEC"
            let mut accusers: Vec<usize> =
                agent.into_iter().chain(premodifier.map(|p| p.0)).collect();
            // "charges of insider trading brought by X", "settled charges with X" (not "settles
            // suit with X": either side may have sued)
            let settled = self.lex.is_cue("settle-verb", self.lower(v)) && !suit_faced;
            let from = (after..(after + 3).min(sentence.end))
                .find(|&k| {
                    matches!(self.lower(k), "by" | "from") || (settled && self.lower(k) == "with")
                })
                .or_else(|| {
                    (after..(after + 10).min(sentence.end))
                        .take_while(|&k| !matches!(self.word(k), "," | ";" | ":"))
                        .find(|&k| {
                            self.lower(k) == "by"
                                && self.lex.is_cue("bring-verb", self.lower(k - 1))
                        })
                });
            if let Some(from) = from {
                for x in self.object_list(from + 1, sentence, 12).0 {
                    if !accusers.contains(&x) {
                        accusers.push(x);
                    }
                }
            }
            let mut k = after;
            while k + 2 < sentence.end && self.word(k) != ";" {
                if self.lower(k) == "and" && matches!(self.lower(k + 1), "from" | "by") {
                    if let Some(&x) = self.object_list(k + 2, sentence, 12).0.first() {
                        accusers.push(x);
                    }
                }
                k += 1;
            }
            if accusers.is_empty() {
                return;
            }
            // ("in reaction to": the main clause's subject)
            let accused = if self.lex.is_cue("answer-noun", self.lower(v))
                && v > sentence.start
                && self.lower(v - 1) == "in"
            {
                // (one clause: not "..., saying he had been unable to ... in response to")
                if (sentence.start..v).any(|k| matches!(self.word(k), "," | ";" | ":")) {
                    return;
                }
                self.main_subject(v - 1, sentence).map(|(e, _)| e)
            } else if answered == Some(v) && self.verb_group(v, sentence).passive {
                // "Y was subjected to criticism from X": the passive's subject bears it
                let group = self.verb_group(v, sentence);
                if group.negated || group.hypothetical {
                    return;
                }
                self.subject_before(group.start.max(sentence.start + 1), sentence)
                    .map(|(e, _)| e)
            } else {
                // ("Y's plan provoked criticism from X": whose act the subject is)
                self.asserting_subject(v, sentence).or_else(|| {
                    let group = self.verb_group(v, sentence);
                    (!group.negated && !group.hypothetical && !group.passive)
                        .then(|| self.possessor_of_subject(group.start, sentence))
                        .flatten()
                })
            };
            let Some(accused) = accused else {
                return;
            };
            let charge = self.charge_of_noun(noun, sentence);
            for accuser in accusers {
                self.push_accusation(
                    accuser,
                    accused,
                    charge.clone(),
                    "111",
                    noun,
                    s,
                    "accusation.faced-criticism",
                );
            }
        }
    }

    /// The person named after a title at `k`: "British publisher Robert Maxwell", "former
    /// Treasury official Tom Kelly" (a demonym, role words and title modifiers, then the name).
    fn titled_person_after(&self, k: usize, sentence: &Range<usize>) -> Option<usize> {
        let mut j = k;
        while j < (k + 6).min(sentence.end) {
            if let Some(m) = self.mention(j) {
                if self.entities[m.entity].kind == EntityKind::Person {
                    return Some(m.entity);
                }
                if m.rule != "country.demonym" {
                    return None;
                }
                j = m.tokens.end;
                continue;
            }
            let w = self.lower(j);
            if self.lex.role_head(w).is_none() && !self.lex.is_role_modifier(w) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// "The suit alleges (that) Y ...", "The lawsuit also names Y": a suit filed earlier in
    /// the article (an accusation made with a suit word) speaks for whoever filed it. True
    /// when the noun opens such a clause.
    fn suit_claims_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) -> bool {
        if !self.lex.is_cue("suit-noun", self.lower(noun)) || noun == sentence.start {
            return false;
        }
        // "The suit", "The new lawsuit", "Its amended complaint": a determiner, then at most
        // two lower-case modifiers
        let det = (noun.saturating_sub(3).max(sentence.start)..noun)
            .rev()
            .take_while(|&k| k == noun - 1 || !self.is_cap(k) || k + 3 >= noun)
            .find(|&k| {
                matches!(
                    self.lower(k),
                    "the" | "its" | "their" | "his" | "her" | "this"
                )
            });
        let det = det.or_else(|| {
            (noun > sentence.start && matches!(self.lower(noun - 1), "a" | "an")).then(|| noun - 1)
        });
        // "TransAmerican's suit alleges", "Vestron's new lawsuit alleges": the possessor filed
        // it
        let owner = (noun.saturating_sub(3).max(sentence.start)..noun)
            .rev()
            .find(|&k| self.is_possessive(k) && self.mention(k).is_some())
            .filter(|&k| (k + 1..noun).all(|j| self.is_word(j) && !self.is_cap(j)));
        let (det, owner) = match (owner, det) {
            (Some(k), _) => (
                k,
                self.actor_at(k)
                    .map(|(e, _)| e)
                    .filter(|&e| self.is_agent_kind(e)),
            ),
            (None, Some(d)) => (d, None),
            (None, None) => return false,
        };
        if owner.is_none() && (det + 1..noun).any(|k| self.is_cap(k) || self.mention(k).is_some()) {
            return false;
        }
        let mut v = noun + 1;
        // "The suit, filed in Manhattan, also names Y": past an aside; "A complaint, filed
        // by the District Attorney's office, alleges": the aside names the plaintiff
        let mut filer = owner;
        if v < sentence.end && self.word(v) == "," {
            if let Some(c) = (v + 1..(v + 12).min(sentence.end)).find(|&j| self.word(j) == ",") {
                if let Some(by) = (v + 1..c).find(|&j| self.lower(j) == "by") {
                    filer = self.object_list(by + 1, sentence, 10).0.first().copied();
                }
                v = c + 1;
            }
        }
        while v < sentence.end && matches!(self.lower(v), "also" | "further" | "additionally") {
            v += 1;
        }
        if v >= sentence.end || !self.lex.is_cue("suit-verb", self.lower(v)) {
            return false;
        }
        let earlier = || self.last_suit(0, s, false).map(|a| a.accuser);
        // "a complaint alleges" speaks for no one unless its aside names who filed it
        let indefinite = matches!(self.lower(det), "a" | "an");
        let plaintiff = match filer {
            Some(f) => Some(f),
            None if indefinite => None,
            None => earlier(),
        };
        let Some(plaintiff) = plaintiff else {
            return false;
        };
        let accused = if matches!(self.lower(v), "names" | "named") {
            self.object_list(v + 1, sentence, 20).0
        } else {
            let k = v + 1 + usize::from(v + 1 < sentence.end && self.lower(v + 1) == "that");
            self.clause_subjects(k, sentence).unwrap_or_default()
        };
        let from = v + 1 + usize::from(v + 1 < sentence.end && self.lower(v + 1) == "that");
        let charge = self.clause_from(from, sentence);
        self.push_accusations(
            plaintiff,
            accused,
            charge,
            "112",
            v,
            s,
            "accusation.suit-claims",
        );
        true
    }

    /// "Y came under fire from X (over Z)", "Y has come under attack from X": X criticises Y.
    fn under_fire_at(&mut self, under: usize, sentence: &Range<usize>, s: usize) {
        if under == sentence.start || under + 3 >= sentence.end {
            return;
        }
        let noun = under
            + 1
            + usize::from(matches!(
                self.lower(under + 1),
                "heavy" | "fierce" | "sharp" | "strong" | "renewed" | "intense" | "growing"
            ));
        // ("Y is under investigation by X": an inquiry one is under, as one comes under fire)
        let inquiry = self.lex.is_cue("inquiry-noun", self.lower(noun));
        if noun + 2 >= sentence.end
            || !(self.lex.is_cue("under-noun", self.lower(noun)) || inquiry)
            || !matches!(self.lower(noun + 1), "from" | "by")
        {
            return;
        }
        let verb = under - 1;
        if !(self.lex.is_cue("receive-verb", self.lower(verb))
            || (inquiry
                && (BE.contains(&self.lower(verb)) || self.lower(verb).starts_with("remain"))))
        {
            return;
        }
        let (accusers, after) = self.object_list(noun + 2, sentence, 12);
        if accusers.is_empty() {
            return;
        }
        let Some(accused) = self.asserting_subject(verb, sentence) else {
            return;
        };
        let charge = self.charge_after(after, 4, &["over", "for", "into"], sentence);
        for x in accusers {
            self.push_accusation(
                x,
                accused,
                charge.clone(),
                if inquiry { "112" } else { "111" },
                under,
                s,
                "accusation.under-fire",
            );
        }
    }

    /// "X was highly critical of Y('s plans)", "X is scathing about Y": a form of "be" (an
    /// adverb or two between), the adjective, then "of"/"about" and whom it censures.
    fn critical_of_at(&mut self, adj: usize, sentence: &Range<usize>, s: usize) {
        // "critical of Y"; "angry with Y", "unhappy with the way Y ..." ("at" is left out:
        // "angry at Y" reads as a place)
        let angry = self.lex.is_cue("angry-adjective", self.lower(adj));
        if adj + 2 >= sentence.end
            || !(matches!(self.lower(adj + 1), "of" | "about")
                || (angry && self.lower(adj + 1) == "with"))
        {
            return;
        }
        let mut be = adj;
        while be > sentence.start + 1 && be + 3 > adj && {
            let w = self.lower(be - 1);
            w.len() > 3 && w.ends_with("ly")
        } {
            be -= 1;
        }
        if be == sentence.start
            || !matches!(
                self.lower(be - 1),
                "was" | "is" | "are" | "were" | "been" | "remains" | "remained" | "became"
            )
        {
            return;
        }
        let (accused, _) = self.object_list(adj + 2, sentence, 12);
        if accused.is_empty() {
            return;
        }
        let Some(accuser) = self.asserting_subject(be - 1, sentence) else {
            return;
        };
        let charge = self.clause_from(adj + 2, sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            "111",
            adj,
            s,
            "accusation.critical-of",
        );
    }

    /// "Perle, a staunch critic of Y, ...", "X was an outspoken critic of Reagan
    /// administration proposals", "Brierley, which has been a frequent critic of the merger",
    /// "Iain Duncan Smith, one of the chief critics of the plans": one named as a critic of
    /// someone (or of their conduct) criticises them. A critic is one: "a"/"an" before it, or
    /// "one of the ... critics"; "critics of Y say" names no one.
    fn critic_of_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        if noun + 2 >= sentence.end || self.lower(noun + 1) != "of" {
            return;
        }
        // the phrase's start: "a staunch", "an outspoken", "one of the chief"
        let mut b = noun;
        while b > sentence.start && noun - b < 3 && self.is_word(b - 1) && !self.is_cap(b - 1) {
            let w = self.lower(b - 1);
            if matches!(w, "a" | "an" | "the") {
                break;
            }
            b -= 1;
        }
        if b == sentence.start {
            return;
        }
        // ("a film critic of the Chicago Sun-Times": a reviewer for the paper, no critic of it)
        if (b..noun).any(|k| self.lex.is_cue("review-field", self.lower(k))) {
            return;
        }
        let det = self.lower(b - 1);
        let plural = self.lower(noun) == "critics";
        let opens = if !plural && matches!(det, "a" | "an") {
            b - 1
        } else if plural
            && det == "the"
            && b >= sentence.start + 3
            && self.lower(b - 2) == "of"
            && self.lower(b - 3) == "one"
        {
            b - 3
        } else {
            return;
        };
        // ("a critic of U.S.-Soviet arms control agreements": a pact of two states is
        // neither's conduct alone)
        let at = noun + 2 + usize::from(self.lower(noun + 2) == "the");
        if self.mention(at).is_some_and(|m| {
            m.tokens.end < sentence.end && matches!(self.word(m.tokens.end), "-" | "\u{2013}")
        }) {
            return;
        }
        let (accused, _) = self.object_list(at, sentence, 12);
        if accused.is_empty() {
            return;
        }
        // who: the name before the comma of an apposition ("X, a critic of Y"), the
        // antecedent of "which/who has been" ("X, which has been a critic of Y"), or the
        // subject of "be" ("X is a critic of Y")
        let mut v = opens;
        while v > sentence.start
            && matches!(
                self.lower(v - 1),
                "been" | "has" | "had" | "have" | "long" | "always"
            )
        {
            v -= 1;
        }
        let accuser = if v > sentence.start && self.word(v - 1) == "," {
            self.phrase_before(v - 1, sentence)
        } else if v >= sentence.start + 2
            && matches!(self.lower(v - 1), "which" | "who")
            && self.word(v - 2) == ","
        {
            self.phrase_before(v - 2, sentence)
        } else if v > sentence.start
            && matches!(
                self.lower(v - 1),
                "is" | "was" | "are" | "were" | "remains" | "remained" | "became"
            )
        {
            self.asserting_subject(v - 1, sentence)
        } else if opens > sentence.start && matches!(self.lower(opens - 1), "been" | "has" | "had")
        {
            self.asserting_subject(opens - 1, sentence)
        } else {
            None
        };
        let Some(accuser) = accuser else { return };
        let charge = self.clause_from(noun + 2, sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            "111",
            noun,
            s,
            "accusation.critic-of",
        );
    }

    /// "Washington put tariffs on Japanese goods over Tokyo's alleged failure to honour the
    /// pact", "Cyprus protested over alleged violations of its airspace by the Turkish air
    /// force": a fault of Y's given as the reason for what the clause's subject does (or says).
    fn fault_reason_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        // "failure to honour", not "failure to win": a duty unmet, not a lack of success
        if matches!(self.lower(noun), "failure" | "failures")
            && !(noun + 2 < sentence.end
                && self.lower(noun + 1) == "to"
                && !self.lex.is_cue("success-verb", self.lower(noun + 2)))
        {
            return;
        }
        // back over "alleged", "repeated" and lower-case modifiers to the owner or the lead
        let mut b = noun;
        while b > sentence.start && b + 4 > noun && {
            let w = self.lower(b - 1);
            self.is_word(b - 1)
                && !self.is_cap(b - 1)
                && !self.is_possessive(b - 1)
                && !PREPOSITIONS.contains(&w)
                && !matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "and"
                        | "or"
                        | "no"
                        | "any"
                        | "not"
                )
                && !w.ends_with("ing")
        } {
            b -= 1;
        }
        if b == sentence.start {
            return;
        }
        // the owner: "Tokyo's (alleged) failure", "its failure"; else "violations ... by Y"
        let (accused, lead) =
            if self.is_possessive(b - 1) || matches!(self.lower(b - 1), "its" | "their") {
                let Some((y, at)) = self.actor_at(b - 1) else {
                    return;
                };
                let start = self.mention(at).map_or(at, |m| m.tokens.start);
                let mut lead = start;
                while lead > sentence.start && matches!(self.lower(lead - 1), "the" | "alleged") {
                    lead -= 1;
                }
                (vec![y], lead)
            } else {
                let mut lead = b;
                if matches!(self.lower(lead - 1), "the" | "a") {
                    lead -= 1;
                }
                let Some(by) = (noun + 1..(noun + 6).min(sentence.end))
                    .take_while(|&j| !matches!(self.word(j), "," | ";" | ":"))
                    .find(|&j| self.lower(j) == "by")
                else {
                    return;
                };
                let (accused, _) = self.object_list(by + 1, sentence, 8);
                (accused, lead)
            };
        if accused.is_empty() || lead == sentence.start {
            return;
        }
        // the lead: "over", "for", "because of", "citing", "in protest at"
        let p = self.lower(lead - 1);
        let reason = self.lex.is_cue("reason-preposition", p)
            || (p == "of" && lead >= sentence.start + 2 && self.lower(lead - 2) == "because")
            || (p == "to" && lead >= sentence.start + 2 && self.lower(lead - 2) == "response");
        if !reason {
            return;
        }
        // who does it: the main clause's subject, named at the sentence's start (after an
        // opening phrase set off by a comma), never inside a that-clause
        let Some((accuser, at)) = self.main_subject(lead - 1, sentence) else {
            return;
        };
        // (only an article between the last comma before it, or the sentence's start, and it)
        let clause_start = (sentence.start..at)
            .rev()
            .find(|&c| self.word(c) == ",")
            .map_or(sentence.start, |c| c + 1);
        let opening = (clause_start..at).all(|t| matches!(self.lower(t), "the" | "a" | "an"));
        if !opening || !self.is_agent_kind(accuser) {
            return;
        }
        // "He is the first official to visit Japan since Reagan announced tariffs over ...":
        // in a subordinate clause, that clause's subject does it
        let (accuser, at) = match (self.past(at)..lead)
            .rev()
            .find(|&t| SUBORDINATORS.contains(&self.lower(t)) && self.lower(t + 1) != "of")
        {
            Some(sub) => {
                let Some((e, at)) = (sub + 1..(sub + 5).min(lead))
                    .find(|&t| self.mention(t).is_some())
                    .and_then(|t| self.actor_at(t))
                else {
                    return;
                };
                if !self.is_agent_kind(e) {
                    return;
                }
                (e, at)
            }
            None => (accuser, at),
        };
        // the subject's own verb: a finite verb right after its noun phrase, not negated
        let head_end = self.past(at);
        if (head_end..lead).any(|t| NEGATION_WORDS.contains(&self.lower(t))) {
            return;
        }
        let charge = self.clause_from(b, sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            "112",
            noun,
            s,
            "accusation.fault-reason",
        );
    }

    /// "According to the Justice Department, Hale embezzled $2m", "Peru violated the treaty,
    /// according to Chile": the source states a clause that names a wrong (a wrongdoing verb,
    /// a negated duty, "failed to").
    fn according_to_at(&mut self, word: usize, sentence: &Range<usize>, s: usize) {
        if word + 2 >= sentence.end || self.lower(word + 1) != "to" {
            return;
        }
        // the source: one actor (not a list: "According to Chile, Peru violated ...")
        let mut t = word + 2;
        if t < sentence.end && matches!(self.lower(t), "the" | "a" | "an") {
            t += 1;
        }
        if t >= sentence.end {
            return;
        }
        let Some((source, _)) = self.actor_at(t) else {
            return;
        };
        let end = self.past(t);
        if !self.is_agent_kind(source) {
            return;
        }
        // the clause: after "According to X," or before ", according to X"
        let clause = if word == sentence.start && end < sentence.end && self.word(end) == "," {
            end + 1..sentence.end
        } else if word > sentence.start + 1 && self.word(word - 1) == "," {
            sentence.start..word - 1
        } else {
            return;
        };
        let limit = (clause.start + 5).min(clause.end);
        let Some(j) = (clause.start..limit)
            .find(|&j| self.mention(j).is_some() || matches!(self.lower(j), "he" | "she" | "it"))
        else {
            return;
        };
        let Some(v) = (j + 1..(j + 9).min(clause.end)).find(|&v| self.is_wrongdoing_at(v)) else {
            return;
        };
        if (j + 1..v).any(|t| matches!(self.word(t), "," | ";")) || self.innocent_use(v, sentence) {
            return;
        }
        let last = (j..v)
            .rev()
            .find(|&t| self.mention(t).is_some())
            .unwrap_or(j);
        let Some((accused, _)) = self.actor_at(last) else {
            return;
        };
        let charge = self.clause_from(clause.start, &(clause.start..clause.end));
        self.push_accusation(
            source,
            accused,
            charge,
            "112",
            word,
            s,
            "accusation.according-to",
        );
    }

    /// "The FA fined Chelsea for failing to control their players", "Kenteris was suspended
    /// by the IAAF for missing three drugs tests": a penalty whose reason is a wrong.
    fn punished_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        let group = self.verb_group(verb, sentence);
        // ("will fine Y for ...": announced, and read only with its reason below)
        let announced = self.lex.is_cue("punish-base", self.lower(verb));
        if group.negated || (group.hypothetical && !announced) || (announced && group.passive) {
            return;
        }
        // "Y was fined 1m euros ($1.3m; £690,000) by X": a fine's amount may come first
        let fine = self.lex.is_cue("fine-verb", self.lower(verb));
        let by = if fine {
            let mut depth = 0usize;
            let mut found = None;
            for j in verb + 1..(verb + 15).min(sentence.end) {
                match self.word(j) {
                    "(" => depth += 1,
                    ")" => depth = depth.saturating_sub(1),
                    _ if depth > 0 => {}
                    "by" => {
                        found = Some(j);
                        break;
                    }
                    // ("fined £15,000 and severely reprimanded by X": penalties joined share
                    // their agent)
                    "and"
                        if (j + 1..(j + 4).min(sentence.end))
                            .any(|t| self.lex.is_cue("punish-verb", self.lower(t))) => {}
                    w if matches!(w, "," | ";")
                        || matches!(self.lower(j), "for" | "and" | "after") =>
                    {
                        break
                    }
                    _ => {}
                }
            }
            found
        } else {
            (verb + 1 < sentence.end && self.lower(verb + 1) == "by").then_some(verb + 1)
        };
        let (accuser, accused, after) = if group.passive {
            // "Y was fined by X for ...": the agent right after the verb
            let Some(by) = by.filter(|&b| b + 1 < sentence.end) else {
                return;
            };
            let (agents, end) = self.object_list(by + 1, sentence, 8);
            let Some(&x) = agents.first() else { return };
            // ("Vivendi and Messier were each fined": each of them; "each" is inside the verb
            // group)
            let joined = self.joined_subjects(group.start, sentence);
            let accused = if joined.is_empty() {
                let Some((y, _)) =
                    self.subject_before(group.start.max(sentence.start + 1), sentence)
                else {
                    return;
                };
                vec![y]
            } else {
                joined
            };
            (x, accused, end)
        } else {
            if group.attachment == Attachment::ReducedRelative {
                return;
            }
            let (objects, end) = self.object_list(verb + 1, sentence, 8);
            if objects.is_empty() {
                return;
            }
            let x = if announced {
                self.subject_before(group.start.max(sentence.start + 1), sentence)
                    .map(|(e, _)| e)
            } else {
                self.asserting_subject(verb, sentence)
            };
            let Some(x) = x else {
                return;
            };
            (x, objects, end)
        };
        // "for" and a wrong within eight words: "for allegedly suggesting", "for failing to",
        // "for breach of contract", "for his comments" (not "for two years"); a fine needs no
        // reason: it is imposed for a wrong
        let reason = (after..(after + 8).min(sentence.end))
            .take_while(|&j| !matches!(self.word(j), ";" | ":"))
            .find(|&j| {
                self.lower(j) == "for"
                    && (self.is_wrong_reason(j + 1, sentence)
                        || ((self.lex.is_cue("penalty-verb", self.lower(verb)) || announced)
                            && j + 1 < sentence.end
                            && self.is_word(j + 1)
                            && !self.word(j + 1).starts_with(|c: char| c.is_ascii_digit())
                            // (not a spell: "for two seasons", "for the next three games")
                            && !(j + 1..(j + 5).min(sentence.end))
                                .any(|k| self.lex.is_cue("time-unit", self.lower(k)))))
            });
        // ("disqualified RKO as licensee of WNAC-TV in Boston, citing anti-competitive trade
        // practices": the reason the punisher cites, after a comma)
        let reason = reason.or_else(|| {
            (after..(after + 14).min(sentence.end))
                .take_while(|&j| !matches!(self.word(j), ";" | ":"))
                .find(|&j| {
                    // (a noun of wrong after "citing": not "citing rising costs")
                    self.lower(j) == "citing"
                        && self.word(j - 1) == ","
                        && self.wrong_noun_within(j + 1, sentence)
                })
        });
        // ("sacked X and Y in November 2003 after allegations that they had violated ...",
        // "was suspended over accusations of doping": the charges the penalty answers)
        let reason = reason.or_else(|| {
            (after..(after + 10).min(sentence.end))
                .take_while(|&j| !matches!(self.word(j), ";" | ":"))
                .find(|&j| {
                    matches!(self.lower(j), "after" | "over" | "following")
                        && j + 1 < sentence.end
                        && self.lex.is_cue("accusation-noun", self.lower(j + 1))
                })
                .map(|j| j + 1)
        });
        let charge = match reason {
            Some(f) => self.clause_from(f + 1, sentence),
            // (no reason given: the penalty itself, "fined 1m euros"; not one announced)
            None if fine && !announced => self.clause_from(verb, sentence),
            None => return,
        };
        self.push_accusations(
            accuser,
            accused,
            charge,
            "112",
            verb,
            s,
            "accusation.punished",
        );
    }

    /// "The EC imposed sanctions against Syria because of its alleged role in the bombing",
    /// "Reagan imposed tariffs on Japanese electronics goods in retaliation for Japan's
    /// alleged violation of the pact": a penalty laid on someone for a wrong accuses them of
    /// it. The one who lays it (or decides, threatens, moves to) accuses; "on" or "against"
    /// names whom (a nation's goods are the nation's); the reason must name a wrong.
    fn sanction_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        let group = self.verb_group(verb, sentence);
        if group.negated || group.passive {
            return;
        }
        // the penalty noun within six words: "imposed 300 mln dlrs in sanctions on"
        let Some(noun) = (verb + 1..(verb + 7).min(sentence.end))
            .take_while(|&j| !matches!(self.word(j), "," | ";" | ":"))
            .find(|&j| self.lex.is_cue("imposed-penalty-noun", self.lower(j)))
        else {
            return;
        };
        // (past an amount: "tariffs of 300 mln dlrs a year on")
        let Some(on) = (noun + 1..(noun + 9).min(sentence.end))
            .take_while(|&j| !matches!(self.word(j), "," | ";" | ":" | "(" | "\""))
            .find(|&j| matches!(self.lower(j), "on" | "against"))
        else {
            // no one named it is laid on: "imposed penalties over Japan's alleged failure to
            // ...": whose the wrong is
            self.sanction_for_owned_wrong(verb, noun, group, sentence, s);
            return;
        };
        let target = on + 1 + usize::from(on + 1 < sentence.end && self.lower(on + 1) == "the");
        let (mut accused, mut end) = self.object_list(target, sentence, 10);
        // "on Japanese electronics goods", "on Gulf petrochemical exports": a nation's goods
        if accused.is_empty() {
            if let Some(m) = self.mention(target) {
                let (e, m_end) = (m.entity, m.tokens.end);
                let goods = (m_end..(m_end + 3).min(sentence.end))
                    .take_while(|&j| self.is_word(j) && !self.is_cap(j))
                    .find(|&j| self.lex.is_cue("traded-goods-noun", self.lower(j)));
                if let (EntityKind::Country, Some(g)) = (self.entities[e].kind, goods) {
                    accused.push(e);
                    end = g + 1;
                }
            }
        }
        if accused.is_empty() {
            return;
        }
        // the reason: "for", "because of", "over", "in retaliation for", then a wrong within
        // eight words ("what it sees as Japan's violations", "its alleged role in")
        let reason = (end..(end + 12).min(sentence.end))
            .take_while(|&j| !matches!(self.word(j), ";" | ":"))
            .find(|&j| match self.lower(j) {
                "for" | "over" => true,
                "because" => j + 1 < sentence.end && self.lower(j + 1) == "of",
                _ => false,
            });
        let Some(reason) = reason else { return };
        let wrong = (reason + 1..(reason + 9).min(sentence.end))
            .take_while(|&j| !matches!(self.word(j), "," | ";" | ":"))
            .any(|j| {
                let w = self.lower(j);
                matches!(w, "alleged" | "allegedly")
                    || self.is_wrong_noun(w)
                    || self.lex.is_cue("wrongdoing-progressive", w)
            });
        if !wrong {
            return;
        }
        // who lays it: the subject, also of "decided to impose", "threatened to impose"
        let accuser = if group.hypothetical {
            None
        } else if let Some(to) = self.infinitive_to(verb, sentence) {
            self.intending_subject(to, sentence)
        } else {
            self.asserting_subject(verb, sentence)
        };
        let Some(accuser) = accuser else { return };
        let charge = self.clause_from(reason + 1, sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            "112",
            verb,
            s,
            "accusation.sanctioned",
        );
    }

    /// A penalty laid for a wrong its owner is named with, no one it is laid on named: "X
    /// imposed penalties over Japan's alleged failure to adhere to the pact", "Washington
    /// imposed the tariffs because of Japan's alleged failure to uphold ..." (the wrong's noun
    /// right after the owner, past "alleged").
    fn sanction_for_owned_wrong(
        &mut self,
        verb: usize,
        noun: usize,
        group: VerbGroup,
        sentence: &Range<usize>,
        s: usize,
    ) {
        let Some(reason) =
            (noun + 1..(noun + 4).min(sentence.end)).find(|&j| match self.lower(j) {
                "for" | "over" => true,
                "because" => j + 1 < sentence.end && self.lower(j + 1) == "of",
                _ => false,
            })
        else {
            return;
        };
        let owner_at = reason
            + if self.lower(reason) == "because" {
                2
            } else {
                1
            };
        let Some(m) = self.mention(owner_at) else {
            return;
        };
        let (e, m_end) = (m.entity, m.tokens.end);
        if !self.is_possessive(m_end - 1) || !self.is_agent_kind(e) {
            return;
        }
        let mut k = m_end;
        if k < sentence.end && matches!(self.lower(k), "alleged" | "apparent" | "continued") {
            k += 1;
        }
        let wrong = k < sentence.end && self.is_wrong_noun(self.lower(k));
        if !wrong || group.hypothetical {
            return;
        }
        let accuser = match self.infinitive_to(verb, sentence) {
            Some(to) => self.intending_subject(to, sentence),
            None => self.asserting_subject(verb, sentence),
        };
        let Some(accuser) = accuser else { return };
        let charge = self.clause_from(k, sentence);
        self.push_accusation(accuser, e, charge, "112", verb, s, "accusation.sanctioned");
    }

    /// Whether the word at `k` opens a phrase of where or when before a reported clause: "in
    /// its complaint", "on Monday", "this month", "last week", "yesterday".
    fn opens_when(&self, k: usize) -> bool {
        let w = self.lower(k);
        matches!(w, "in" | "on" | "this" | "last" | "earlier")
            || self.lex.is_cue("report-time-word", w)
    }

    /// The "to" of the infinitive at `verb`, past adverbs ("to also impose", "to swiftly
    /// impose").
    fn infinitive_to(&self, verb: usize, sentence: &Range<usize>) -> Option<usize> {
        let mut k = verb.checked_sub(1)?;
        while k > sentence.start + 1 && {
            let w = self.lower(k);
            matches!(w, "also" | "then" | "still" | "again") || (w.len() > 4 && w.ends_with("ly"))
        } {
            k -= 1;
        }
        (k > sentence.start + 1 && self.lower(k) == "to").then_some(k)
    }

    /// Who means the deed of the infinitive whose "to" is at `to`: the subject of the verb
    /// before it ("decided to impose", "threatened to impose"), the one who asks for it
    /// ("urged the government to impose": the one urging), or the owner of a noun of intent
    /// ("the U.S. threat to impose", "Reagan's decision to impose"). `None` when negated.
    fn intending_subject(&mut self, to: usize, sentence: &Range<usize>) -> Option<usize> {
        let mut v = to.checked_sub(1).filter(|&v| v > sentence.start)?;
        // ("the U.S. threat on Friday to impose": past when)
        if self.lex.is_cue("report-time-word", self.lower(v)) && v > sentence.start + 1 {
            v -= 1 + usize::from(self.lower(v - 1) == "on" && v > sentence.start + 2);
        }
        // ("refused to impose", "was reluctant to impose": no deed meant)
        if self.lex.is_cue("refusal-word", self.lower(v)) {
            return None;
        }
        // "urged the U.S. government to impose": the request's subject
        let request = (v.saturating_sub(6).max(sentence.start)..=v)
            .rev()
            .find(|&k| self.lex.is_cue("request-verb", self.lower(k)));
        if let Some(r) = request {
            let group = self.verb_group(r, sentence);
            if group.negated {
                return None;
            }
            return self
                .subject_before(group.start.max(sentence.start + 1), sentence)
                .map(|(e, _)| e);
        }
        if self.lex.is_cue("intent-noun", self.lower(v)) {
            return self.actor_at(v - 1).map(|(e, _)| e);
        }
        let group = self.verb_group(v, sentence);
        if group.negated {
            return None;
        }
        self.subject_before(group.start.max(sentence.start + 1), sentence)
            .map(|(e, _)| e)
    }

    /// The words after a penalty's "for" name a wrong: "allegedly ...", an -ing verb ("taking
    /// cocaine", "failing to"), or within three words a noun of a crime, fault, charge or
    /// conduct ("his comments", "breach of contract").
    fn is_wrong_reason(&self, k: usize, sentence: &Range<usize>) -> bool {
        if k >= sentence.end {
            return false;
        }
        let w = self.lower(k);
        if matches!(w, "allegedly" | "alleged" | "illegally" | "unlawfully") {
            return true;
        }
        if w.len() > 4
            && w.ends_with("ing")
            && !self.is_cap(k)
            && !matches!(
                w,
                "during" | "nothing" | "something" | "morning" | "evening"
            )
        {
            return true;
        }
        self.wrong_noun_within(k, sentence)
    }

    /// Within three lower-case words from `k`, a noun of a crime, fault, charge or conduct
    /// ("anti-competitive trade practices", "his comments", "breach of contract").
    fn wrong_noun_within(&self, k: usize, sentence: &Range<usize>) -> bool {
        (k..(k + 4).min(sentence.end))
            .take_while(|&j| self.is_word(j) && !self.is_cap(j))
            .any(|j| {
                let w = self.lower(j);
                self.is_wrong_noun(w) || self.lex.is_cue("punish-reason", w)
            })
    }

    /// A noun (or adjective) of a wrong: a crime, a fault, wrong conduct ("fraud",
    /// "violations", "misconduct", "illegal").
    fn is_wrong_noun(&self, w: &str) -> bool {
        self.lex.is_cue("crime-noun", w)
            || self.lex.is_cue("fault-noun", w)
            || self.lex.is_cue("wrong-conduct", w)
    }

    /// "had not honoured the pact", "haven't lived up to it", "never complied": a duty
    /// unmet. True at the verb of the duty after a negation.
    fn negated_duty_at(&self, k: usize) -> bool {
        let w = self.lower(k);
        if k < 2 || !self.lex.is_cue("obligation-verb", w) {
            return false;
        }
        if matches!(w, "lived" | "live")
            && !(k + 2 < self.doc.tokens.len()
                && self.lower(k + 1) == "up"
                && self.lower(k + 2) == "to")
        {
            return false;
        }
        let mut n = k - 1;
        if matches!(self.lower(n), "fully" | "yet" | "always") && n > 0 {
            n -= 1;
        }
        let w = self.lower(n);
        // "hasn't", "didn't": one token
        (w.ends_with("n't") || w.ends_with("n\u{2019}t"))
            || (NEGATION_WORDS.contains(&w)
                && n > 0
                && matches!(
                    self.lower(n - 1),
                    "has" | "have" | "had" | "did" | "does" | "do" | "was" | "were" | "is" | "are"
                ))
    }

    /// "X called Y a liar", "X branded Y \"tasteless\"", "X described Y as incompetent": a
    /// name for someone's wrongdoing or a censure of it.
    fn branded_at(&mut self, word: usize, sentence: &Range<usize>, s: usize) {
        let limit = word.saturating_sub(9).max(sentence.start);
        let Some(verb) = (limit..word)
            .rev()
            .find(|&v| self.lex.is_cue("brand-verb", self.lower(v)))
        else {
            return;
        };
        if verb > sentence.start
            && matches!(
                self.lower(verb - 1),
                "been" | "was" | "were" | "is" | "are" | "be" | "being"
            )
        {
            self.branded_passive(verb, word, sentence, s);
            return;
        }
        // the object: a name or a person's pronoun, not "it" ("called it a disgrace")
        let first = verb + 1;
        if first >= word
            || !(self.mention(first).is_some()
                // (or a title before the name: "branded Governor Tom Reed a liar")
                || self.is_title_or_relation(first)
                || matches!(self.lower(first), "him" | "her" | "them" | "the"))
        {
            return;
        }
        let (accused, end) = self.object_list(first, sentence, 8);
        if accused.is_empty() || end > word {
            return;
        }
        // between the object and the word: an article, "as", quotes, a few modifiers
        let filler = (end..word).all(|k| {
            let w = self.lower(k);
            matches!(
                w,
                "a" | "an" | "as" | "\"" | "'" | "\u{201c}" | "\u{2018}" | "and" | ","
            ) || (self.is_word(k) && !self.is_cap(k) && k + 3 >= word)
        });
        if !filler || word - end > 4 {
            return;
        }
        let Some(accuser) = self.asserting_subject(verb, sentence) else {
            return;
        };
        let charge = self.clause_from(end, sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            "111",
            verb,
            s,
            "accusation.branded",
        );
    }

    /// "Y has been branded \"irresponsible\" by X", "Her comments were described as
    /// outrageous by X": the passive of `branded_at`, the one named (or the owner of what is
    /// named) the subject, the one who names it after "by".
    fn branded_passive(&mut self, verb: usize, word: usize, sentence: &Range<usize>, s: usize) {
        // "by X" after the name and what joins it to others ("\"irresponsible\" and
        // \"outrageous\" by X")
        let limit = (word + 8).min(sentence.end);
        let Some(by) = (word + 1..limit)
            .take_while(|&k| {
                let w = self.lower(k);
                is_quote(self.word(k))
                    || matches!(w, "and" | "or" | "by")
                    || (self.is_word(k)
                        && !self.is_cap(k)
                        && (self.lex.is_cue("insult-word", w) || w.ends_with("ly")))
            })
            .find(|&k| self.lower(k) == "by")
        else {
            return;
        };
        let (accusers, _) = self.object_list(by + 1, sentence, 10);
        let Some(&accuser) = accusers.first() else {
            return;
        };
        let group = self.verb_group(verb, sentence);
        // (not a name inside a phrase of the subject: "Plans to store waste in the UK have
        // been branded ...")
        let subject = self
            .subject_before(group.start.max(sentence.start + 1), sentence)
            .filter(|&(_, at)| !self.after_preposition(at, sentence))
            .map(|(e, _)| e);
        let accused = subject
            .or_else(|| self.possessor_of_subject(group.start, sentence))
            .or_else(|| self.pronoun_owner_of_subject(group.start, sentence));
        let Some(accused) = accused.filter(|&e| e != accuser) else {
            return;
        };
        let mut end = by;
        while end > word + 1 && is_quote(self.word(end - 1)) {
            end -= 1;
        }
        let charge = self.charge_text(word..end);
        self.push_accusation(
            accuser,
            accused,
            charge,
            "111",
            verb,
            s,
            "accusation.branded",
        );
    }

    /// "X branded Y's plans \"fantasy economics\"", "X branded Y a \"dinosaur\"": a verb that
    /// only ever gives a bad name, with the name in quotation marks.
    fn labelled_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        // not "branded it ..." (mostly a thing: a budget, a poster)
        if verb + 1 < sentence.end && self.lower(verb + 1) == "it" {
            return;
        }
        let (accused, end) = self.object_list(verb + 1, sentence, 10);
        if accused.is_empty() {
            return;
        }
        // the name's modifier use ("the ID scheme") is no object, unless of a conduct noun
        // ("the Tory plans", "Chelsea's expected complaint")
        let modifier = end < sentence.end
            && self.is_word(end)
            && !self.is_cap(end)
            && !matches!(self.lower(end), "a" | "an" | "as" | "the")
            && self.conduct_head_after(end, sentence.end).is_none()
            && !self.is_possessive(end.saturating_sub(1));
        if modifier {
            return;
        }
        // the quoted name within six words after the object
        let quote = (end..(end + 7).min(sentence.end))
            .take_while(|&k| !matches!(self.word(k), "," | ";"))
            .find(|&k| matches!(self.word(k), "\"" | "\u{201c}" | "'" | "\u{2018}"));
        let Some(q) = quote else {
            return;
        };
        let Some(accuser) = self.asserting_subject(verb, sentence) else {
            return;
        };
        let charge = self.clause_from(q, sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            "111",
            verb,
            s,
            "accusation.branded",
        );
    }

    /// "X took Y to court (over Z)": X sues Y.
    fn taken_to_court_at(&mut self, court: usize, sentence: &Range<usize>, s: usize) {
        if court < sentence.start + 3 || self.lower(court - 1) != "to" {
            return;
        }
        let limit = court.saturating_sub(12).max(sentence.start);
        let Some(verb) = (limit..court - 1)
            .rev()
            .find(|&v| self.lex.is_cue("take-verb", self.lower(v)))
        else {
            return;
        };
        let (accused, end) = self.object_list(verb + 1, sentence, 10);
        if accused.is_empty() || end != court - 1 {
            return;
        }
        let Some(accuser) = self.asserting_subject(verb, sentence) else {
            return;
        };
        let charge = self.charge_after(court + 1, 3, &["over", "for"], sentence);
        self.push_accusations(
            accuser,
            accused,
            charge,
            "1121",
            verb,
            s,
            "accusation.court",
        );
    }

    /// "X called for Y to resign", "X urged Y to step down", "X demanded that Y quit"; and a
    /// call to give up what one does: "X urged Y to stop squabbling", "called on Y to abandon
    /// the guidelines", whose charge is what Y is to give up.
    fn ouster_verb_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        if self.lower(verb) == "step"
            && !(verb + 1 < sentence.end && matches!(self.lower(verb + 1), "down" | "aside"))
        {
            return;
        }
        // (what is to be given up follows: "to stop squabbling", not "asked him to stop")
        let desist = self.lex.is_cue("desist-verb", self.lower(verb));
        if desist
            && !(verb + 1 < sentence.end
                && self.is_word(verb + 1)
                && !PREPOSITIONS.contains(&self.lower(verb + 1)))
        {
            return;
        }
        if verb < sentence.start + 3 {
            return;
        }
        // the one asked to go, and the word before that one ("X said Y should quit": the
        // speaker asks)
        let (y_end, lead) = if self.lower(verb - 1) == "to" {
            (verb - 1, None)
        } else if matches!(self.lower(verb - 1), "should" | "must") {
            (verb - 1, Some("said"))
        } else {
            (verb, Some("that"))
        };
        // the actors right before: a noun phrase after the word that asks, else a mention
        // or pronoun that ends at y_end
        let asked = self.asked_phrase(y_end, sentence);
        let Some((mut accused, at)) = asked.or_else(|| {
            (y_end.saturating_sub(5).max(sentence.start)..y_end)
                .rev()
                .take_while(|&k| {
                    self.mention(k).is_some()
                        || matches!(
                            self.lower(k),
                            "him" | "her" | "them" | "he" | "she" | "they"
                        )
                })
                .last()
                .and_then(|k| self.actor_at(k))
                .map(|(e, at)| (vec![e], at))
        }) else {
            return;
        };
        accused.retain(|&e| self.is_agent_kind(e));
        if accused.is_empty() || at == sentence.start {
            return;
        }
        let mut v = at - 1;
        // past an honorific or a title before the name: "called on Mr Hockney to quit"
        while v > sentence.start
            && self.is_cap(v)
            && self.mention(v).is_none()
            && (self.lex.honorifics.contains(self.word(v))
                || self.lex.title_abbreviations.contains_key(self.word(v))
                || self.lex.role_head(self.word(v)).is_some())
        {
            v -= 1;
        }
        if lead == Some("said") {
            // (a call to give up is asked for, not said: "said Britain should drop the
            // tariff" is advice)
            if desist {
                return;
            }
            // "X says Y should quit", "X said that Y must resign"; not "should quit if the
            // team loses" (but "should quit if he is found to have influenced ...": a call on
            // a wrong being shown)
            let condition = (verb + 1..(verb + 4).min(sentence.end))
                .find(|&j| matches!(self.lower(j), "if" | "unless"));
            if let Some(c) = condition {
                let shown = (c + 1..(c + 5).min(sentence.end))
                    .any(|j| self.lex.is_cue("shown-word", self.lower(j)));
                if !shown {
                    return;
                }
            }
            if self.lower(v) == "that" && v > sentence.start {
                v -= 1;
            }
            if !SPEECH_VERBS.contains(&self.lower(v)) {
                return;
            }
            for a in accused {
                self.push_ouster_call(v, a, verb, 5, &["over", "for", "after", "if"], sentence, s);
            }
            return;
        }
        if lead == Some("that") {
            if self.lower(v) != "that" || v == sentence.start {
                return;
            }
            v -= 1;
        } else if matches!(self.lower(v), "for" | "on") && v > sentence.start {
            v -= 1;
        }
        let w = self.lower(v);
        if !(self.lex.is_cue("call-verb", w) || self.lex.is_cue("request-verb", w)) {
            return;
        }
        // "joined the calls for him to resign", "renewed their demands for Y to quit": the
        // noun's verb speaks
        if matches!(w, "calls" | "call" | "demands" | "demand") && v >= sentence.start + 2 {
            let mut d = v - 1;
            if matches!(
                self.lower(d),
                "growing" | "mounting" | "renewed" | "repeated"
            ) && d > sentence.start + 1
            {
                d -= 1;
            }
            if matches!(self.lower(d), "the" | "a" | "his" | "her" | "their" | "its") {
                if !self.lex.is_cue("join-verb", self.lower(d - 1)) {
                    return;
                }
                v = d - 1;
            }
        }
        if desist {
            // ("urged the government to scrap the \"grossly unfair\" tax": a change of course
            // asked for is a censure only when what is to be given up is called wrong; not
            // "asked him to reconsider his decision", "to drop beef restrictions"; "to stop
            // squabbling" gives up a wrong by the verb itself)
            let stop = self.lex.is_cue("stop-verb", self.lower(verb));
            if !stop && self.tells_no_wrong(verb + 1, (verb + 8).min(sentence.end)) {
                return;
            }
            let charge = self.clause_from(verb, sentence);
            self.push_call(
                v,
                accused,
                verb,
                charge,
                "accusation.desist-call",
                sentence,
                s,
            );
            return;
        }
        for a in accused {
            self.push_ouster_call(v, a, verb, 4, &["over", "for", "after"], sentence, s);
        }
    }

    /// The actors asked to go or give up, as a noun phrase that ends at `end` right after
    /// the word that asks ("called on the British government to", "urged the two men to",
    /// "demanded that the board"), and where that phrase starts.
    fn asked_phrase(&mut self, end: usize, sentence: &Range<usize>) -> Option<(Vec<usize>, usize)> {
        let from = end.saturating_sub(6).max(sentence.start + 1);
        (from..end).find_map(|k| {
            let w = self.lower(k - 1);
            let asks = matches!(w, "on" | "for" | "that")
                || self.lex.is_cue("call-verb", w)
                || self.lex.is_cue("request-verb", w);
            if !asks {
                return None;
            }
            let (found, stop) = self.object_list(k, sentence, end - k);
            (stop == end && !found.is_empty()).then_some((found, k))
        })
    }

    /// "X called for Y's resignation (over Z)", "X demanded the resignation of Y".
    fn ouster_call_at(&mut self, noun: usize, sentence: &Range<usize>, s: usize) {
        // "demanded an apology from Y (over Z)"
        if self.lower(noun) == "apology" {
            if noun + 2 >= sentence.end
                || self.lower(noun + 1) != "from"
                || noun < sentence.start + 2
                || !matches!(self.lower(noun - 1), "an" | "a" | "the")
            {
                return;
            }
            let verb = noun - 2;
            if !self.lex.is_cue("call-verb", self.lower(verb)) {
                return;
            }
            let (accused, after) = self.object_list(noun + 2, sentence, 8);
            let Some(accuser) = self.asserting_subject(verb, sentence) else {
                return;
            };
            let charge = self.charge_after(after, 3, &["over", "for"], sentence);
            self.push_accusations(
                accuser,
                accused,
                charge,
                "111",
                noun,
                s,
                "accusation.ouster-call",
            );
            return;
        }
        let (accused, det) = if noun > sentence.start && self.is_possessive(noun - 1) {
            let Some((e, at)) = self.actor_at(noun - 1) else {
                return;
            };
            (e, at)
        } else if noun > sentence.start
            && self.lower(noun - 1) == "the"
            && noun + 2 < sentence.end
            && self.lower(noun + 1) == "of"
        {
            // "the resignation of Attorney General Edwin Meese"
            let Some(&e) = self.object_list(noun + 2, sentence, 6).0.first() else {
                return;
            };
            (e, noun - 1)
        } else {
            return;
        };
        if !self.is_agent_kind(accused) {
            return;
        }
        // "called for", "demanded": the verb right before the phrase
        let mut v = det;
        if v > sentence.start && self.lower(v - 1) == "for" {
            v -= 1;
        }
        let Some(verb) = v.checked_sub(1).filter(|&v| v >= sentence.start) else {
            return;
        };
        if !self.lex.is_cue("call-verb", self.lower(verb)) {
            return;
        }
        let Some(accuser) = self.asserting_subject(verb, sentence) else {
            return;
        };
        let charge = self.clause_from(noun + 1, sentence);
        self.push_accusation(
            accuser,
            accused,
            charge,
            "111",
            noun,
            s,
            "accusation.ouster-call",
        );
    }

    /// "X held Y responsible for Z"; "X said Y was behind Z" / "was responsible for Z".
    fn responsibility_at(&mut self, word: usize, sentence: &Range<usize>, s: usize) {
        let lower = self.lower(word).to_owned();
        // "held Y responsible (for Z)"
        if matches!(lower.as_str(), "responsible" | "accountable") {
            let limit = word.saturating_sub(8).max(sentence.start);
            if let Some(hold) = (limit..word)
                .rev()
                .find(|&k| self.lex.is_cue("hold-verb", self.lower(k)))
            {
                let (accused, end) = self.object_list(hold + 1, sentence, 8);
                if end == word && !accused.is_empty() {
                    let Some(accuser) = self.asserting_subject(hold, sentence) else {
                        return;
                    };
                    let charge = self.clause_from(word + 1, sentence);
                    self.push_accusations(
                        accuser,
                        accused,
                        charge,
                        "112",
                        word,
                        s,
                        "accusation.held-responsible",
                    );
                    return;
                }
            }
        }
        // "Y was behind Z", "Y is responsible for Z", "Y was to blame", reported by someone
        // ("Y should be held accountable for the deaths": a passive of holding, whose
        // "should" or "must" asks for the blame it lays)
        let held = matches!(lower.as_str(), "responsible" | "accountable")
            && word >= sentence.start + 2
            && self.lower(word - 1) == "held";
        let be = if lower == "blame" {
            if word < sentence.start + 2 || self.lower(word - 1) != "to" {
                return;
            }
            word - 2
        } else if held {
            word - 2
        } else {
            if word == sentence.start {
                return;
            }
            word - 1
        };
        if !matches!(
            self.lower(be),
            "was" | "were" | "is" | "are" | "been" | "be"
        ) {
            return;
        }
        // "responsible for", "guilty of", "involved in"
        let complement =
            word + 1 < sentence.end && matches!(self.lower(word + 1), "for" | "of" | "in");
        if !(matches!(lower.as_str(), "behind" | "blame") || complement) {
            return;
        }
        let group = self.verb_group(be, sentence);
        // ("should also be held accountable": the modal anywhere in the verb group)
        let asked = held && (group.start..be).any(|k| matches!(self.lower(k), "should" | "must"));
        if group.negated
            || (group.hypothetical && !asked)
            || (be > sentence.start && NEGATION_WORDS.contains(&self.lower(be - 1)))
        {
            return;
        }
        // "involved in the talks", "responsible for marketing", "behind schedule": only a
        // wrong done makes it an accusation ("to blame" is one by itself)
        if lower != "blame"
            && !(word + 1..(word + 8).min(sentence.end))
                .any(|k| self.lex.is_cue("crime-noun", self.lower(k)))
        {
            return;
        }
        let Some((accused, at)) =
            self.subject_before(group.start.max(sentence.start + 1), sentence)
        else {
            return;
        };
        let Some(accuser) = self.reporting_speaker(at, word, sentence) else {
            return;
        };
        // ("responsible for Z", "to blame for Z": the charge is Z)
        let from = if complement || self.lower(word + 1) == "for" {
            word + 2
        } else {
            word + 1
        };
        let charge = self.clause_from(from.min(sentence.end), sentence);
        self.push_accusation(
            accuser,
            accused,
            charge,
            "112",
            word,
            s,
            "accusation.said-responsible",
        );
    }

    /// Who reports a clause from `start` to `end`: "X said (that) <clause>" before it, or
    /// "<clause>, X said" / "<clause>, said X" after it.
    fn reporting_speaker(
        &mut self,
        start: usize,
        end: usize,
        sentence: &Range<usize>,
    ) -> Option<usize> {
        let before = (sentence.start..start).rev().find(|&k| {
            SPEECH_VERBS.contains(&self.lower(k)) || self.lex.is_cue("belief-verb", self.lower(k))
        });
        if let Some(v) = before {
            // no other verb's clause in between: "that" or nothing between the verb and the clause
            // (or an article or a title before the name: "said the World Bank was to blame",
            // "said Governor Tom Reed was responsible")
            // ("told reporters that ...", "told a news conference that ...": the one told,
            // then "that")
            // (not "Holt was told by investigators that ...": the one told is no speaker)
            let told = matches!(self.lower(v), "told" | "tells" | "tell")
                && !(v > sentence.start && BE.contains(&self.lower(v - 1)))
                && start <= v + 6
                && start > v + 1
                && self.lower(start - 1) == "that"
                && (v + 1..start - 1).all(|k| self.is_word(k));
            if told
                || (v + 1..start).all(|k| {
                    matches!(self.lower(k), "that" | "the")
                        || self.mention(k).is_some()
                        || self.is_title_or_relation(k)
                })
            {
                return self.subject_before(v, sentence).map(|(e, _)| e);
            }
            return None;
        }
        let after = (end..sentence.end).find(|&k| SPEECH_VERBS.contains(&self.lower(k)))?;
        if !(end..after).any(|k| self.word(k) == ",") {
            return None;
        }
        // ', said X', and '," said X' after a quotation
        if self.comma_before(after, sentence).is_some() {
            return self.object_list(after + 1, sentence, 6).0.first().copied();
        }
        self.subject_before(after, sentence).map(|(e, _)| e)
    }

    /// '"That is simply not true," X said', "X said this was untrue", "X's spokesman told
    /// Fox News that this, too, was not the whole truth": what was said before, called
    /// untrue by a pronoun (this, that, it, these, those), is denied by the speaker.
    fn said_untrue_at(&mut self, word: usize, sentence: &Range<usize>, s: usize) {
        // ('"It's pure fiction," said one official, referring to the rumor that the
        // administration would make an offer': a rumour of no wrong called untrue)
        // (what tells a wrong is read outside the word that calls it untrue: "said these were
        // false")
        // (a rumour noun, not "talk", mostly the verb)
        let rumour = (sentence.start..sentence.end).any(|k| {
            let w = self.lower(k);
            w != "talk" && self.lex.is_cue("rumour-noun", w)
        });
        if rumour
            && self.tells_no_wrong(sentence.start, word)
            && self.tells_no_wrong(word + 1, sentence.end)
        {
            return;
        }
        let w = self.lower(word);
        // '"Nothing of the sort occurred," X said', 'X said no such thing happened': the
        // claim denied outright
        if matches!(w, "sort" | "thing") {
            let idiom = word >= sentence.start + 3
                && match w {
                    "sort" => {
                        self.lower(word - 1) == "the"
                            && self.lower(word - 2) == "of"
                            && self.lower(word - 3) == "nothing"
                    }
                    _ => self.lower(word - 1) == "such" && self.lower(word - 2) == "no",
                };
            // (a verb of happening after it: not "he did nothing of the sort" as a reply)
            let happened =
                word + 1 < sentence.end && self.lex.is_cue("happen-verb", self.lower(word + 1));
            if !idiom || !happened {
                return;
            }
            let start = word - if w == "sort" { 3 } else { 2 };
            self.push_untrue_denial(start, word, sentence, s);
            return;
        }
        // "not true", "not the (whole) truth", "false", "nonsense" ...
        let needs_not = matches!(w, "true" | "truth");
        let mut k = word;
        let mut negated = false;
        while k > sentence.start {
            let b = self.lower(k - 1);
            if NEGATION_WORDS.contains(&b) {
                negated = true;
            } else if !(matches!(
                b,
                "," | "a"
                    | "the"
                    | "whole"
                    | "complete"
                    | "total"
                    | "utter"
                    | "too"
                    | "just"
                    | "all"
                    | "pure"
                    | "quite"
                    | "entirely"
                    | "completely"
                    | "totally"
                    | "absolutely"
                    | "simply"
                    | "wholly"
                    | "also"
            ) || (b.len() > 4 && b.ends_with("ly")))
            {
                break;
            }
            k -= 1;
        }
        if negated != needs_not || k < sentence.start + 2 {
            return;
        }
        // ("it is wrong to say", "it is ridiculous that ...": an opinion of something else)
        let next = (word + 1 < sentence.end).then(|| self.lower(word + 1));
        if next == Some("to")
            || (next == Some("that") && !needs_not && w != "untrue" && w != "false")
        {
            return;
        }
        // ("it is not a true profit-based tax": a word before a noun, not a verdict)
        if let Some(n) = next {
            if word + 1 < sentence.end
                && self.is_word(word + 1)
                && !matches!(
                    n,
                    "at" | "all" | "and" | "or" | "either" | "that" | "about" | "in" | "whatsoever"
                )
            {
                return;
            }
        }
        // the copula, then the pronoun: "that is", "this was", "that's", "it's"
        let be = self.lower(k - 1);
        let subject = if matches!(be, "is" | "was" | "are" | "were") {
            // ("this, too, was not the whole truth")
            let mut j = k - 2;
            while j > sentence.start && matches!(self.lower(j), "," | "too" | "also") {
                j -= 1;
            }
            j
        } else if matches!(
            be,
            "that's" | "it's" | "this's" | "that\u{2019}s" | "it\u{2019}s"
        ) {
            k - 1
        } else {
            return;
        };
        let pronoun = self.lower(subject);
        // ("it was wrong": the speaker's own fault owned, not another's claim denied)
        if w == "wrong" && pronoun.starts_with("it") {
            return;
        }
        if !matches!(
            pronoun,
            "this"
                | "that"
                | "it"
                | "these"
                | "those"
                | "that's"
                | "it's"
                | "that\u{2019}s"
                | "it\u{2019}s"
        ) {
            return;
        }
        self.push_untrue_denial(subject, word, sentence, s);
    }

    /// The denial of a claim called untrue at `word`, its words opening at `start`: by the
    /// speaker of the quotation it stands in, else by the one reporting it.
    fn push_untrue_denial(&mut self, start: usize, word: usize, sentence: &Range<usize>, s: usize) {
        let speaker = if self.in_quote(word) {
            self.quote_speaker(word)
        } else {
            self.reporting_speaker(start, word + 1, sentence)
        };
        if let Some(denier) = speaker {
            let charge = self.sentence_text(sentence);
            self.push_denial(denier, charge, word, s, "denial.said-untrue");
        }
    }

    /// The token after a short adjunct of when or where something was said, at `k` right
    /// after the speech verb: "in a statement", "in an interview", "in a letter", "in a
    /// (news) release", "on Monday", "yesterday", "today", "late yesterday"; else `k`.
    fn past_report_adjunct(&self, k: usize, sentence: &Range<usize>) -> usize {
        let mut j = k;
        loop {
            if j >= sentence.end {
                return k;
            }
            let w = self.lower(j);
            if self.lex.is_cue("report-time-word", w) {
                j += 1;
                continue;
            }
            if matches!(w, "in" | "on") && j + 1 < sentence.end {
                let next = self.lower(j + 1);
                // "on Monday"
                if w == "on" && self.lex.is_cue("report-time-word", next) {
                    j += 2;
                    continue;
                }
                // "in a statement", "in a written statement", "in a news release"
                if w == "in" && matches!(next, "a" | "an" | "its" | "his" | "her" | "their") {
                    if let Some(n) = (j + 2..(j + 5).min(sentence.end))
                        .find(|&n| self.lex.is_cue("report-medium-noun", self.lower(n)))
                    {
                        if (j + 2..n).all(|m| self.is_word(m) && !self.is_cap(m)) {
                            j = n + 1;
                            continue;
                        }
                    }
                }
            }
            break;
        }
        // (only when a clause follows: "that", or a word that can open one)
        if j > k && j < sentence.end && self.is_word(j) {
            j
        } else {
            k
        }
    }

    /// "X called for the league to suspend Y", "X said the prime minister should sack Y",
    /// "X urged the board to fire Y"; "X called for Y to be sacked", "X said Y should be
    /// disciplined": a call to punish Y accuses Y, as a call to resign does.
    fn punishment_call_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        if verb < sentence.start + 3 {
            return;
        }
        // the passive: the one to be punished comes first, as in "Y to resign"
        if self.lower(verb - 1) == "be" {
            if NEGATION_WORDS.contains(&self.lower(verb - 2))
                || (verb >= sentence.start + 4 && NEGATION_WORDS.contains(&self.lower(verb - 3)))
            {
                return;
            }
            if matches!(self.lower(verb - 2), "to" | "should" | "must" | "that")
                || (verb >= sentence.start + 4 && self.lower(verb - 3) == "that")
            {
                self.ouster_verb_at(verb - 1, sentence, s);
            }
            return;
        }
        // the active: "to suspend Y", "should sack Y" (not "urged them not to prosecute Y")
        let modal = self.lower(verb - 1).to_owned();
        if !matches!(modal.as_str(), "to" | "should" | "must")
            || NEGATION_WORDS.contains(&self.lower(verb - 2))
        {
            return;
        }
        let (accused, _) = self.object_list(verb + 1, sentence, 6);
        let Some(&accused) = accused.first() else {
            return;
        };
        if !self.is_agent_kind(accused) {
            return;
        }
        // back over the one asked to punish ("the league", "the prime minister", "the FA")
        // to the verb that asks: "called for", "urged", "lobbied for", "said (that)"
        let mut v = verb - 1;
        let limit = v.saturating_sub(7).max(sentence.start);
        while v > limit {
            v -= 1;
            let w = self.lower(v);
            if self.is_word(v)
                && (self.mention(v).is_some() || !self.is_cap(v))
                && !matches!(w, "for" | "on" | "that")
                && !SPEECH_VERBS.contains(&w)
                && !self.lex.is_cue("call-verb", w)
                && !self.lex.is_cue("request-verb", w)
            {
                continue;
            }
            break;
        }
        if matches!(self.lower(v), "for" | "on" | "that") && v > sentence.start {
            v -= 1;
        }
        let w = self.lower(v);
        let asks = self.lex.is_cue("call-verb", w) || self.lex.is_cue("request-verb", w);
        let says = SPEECH_VERBS.contains(&w) && modal != "to";
        if !(asks || says) {
            return;
        }
        self.push_ouster_call(v, accused, verb, 6, &["over", "for", "after"], sentence, s);
    }

    /// A call, by the subject of the verb at `v`, for `accused` to go or be punished: an
    /// ouster call (CAMEO 111), its charge the reason after the `verb` of going or punishing
    /// ("over", "for" ... within `reach` words).
    #[allow(clippy::too_many_arguments)]
    fn push_ouster_call(
        &mut self,
        v: usize,
        accused: usize,
        verb: usize,
        reach: usize,
        reasons: &[&str],
        sentence: &Range<usize>,
        s: usize,
    ) {
        let charge = self.charge_after(verb + 1, reach, reasons, sentence);
        self.push_call(
            v,
            [accused],
            verb,
            charge,
            "accusation.ouster-call",
            sentence,
            s,
        );
    }

    /// A call by the subject of the verb at `v` on `accused` to go, be punished or give up
    /// what they do (CAMEO 111), cued at `verb`.
    #[allow(clippy::too_many_arguments)]
    fn push_call(
        &mut self,
        v: usize,
        accused: impl IntoIterator<Item = usize>,
        verb: usize,
        charge: (String, Option<super::Span>),
        rule: &'static str,
        sentence: &Range<usize>,
        s: usize,
    ) {
        let Some(accuser) = self.asserting_subject(v, sentence) else {
            return;
        };
        self.push_accusations(accuser, accused, charge, "111", verb, s, rule);
    }

    /// The last accusation made by a suit (or a complaint, petition, injunction; with
    /// `complaints`, by complaints too) in sentences `from..to`: its accuser is the plaintiff
    /// that later mentions of "the suit" speak for.
    fn last_suit(
        &self,
        from: usize,
        to: usize,
        complaints: bool,
    ) -> Option<&super::model::Accusation> {
        self.accusations
            .iter()
            .rev()
            .filter(|a| a.sentence >= from && a.sentence < to)
            .find(|a| {
                let cue = a.cue.to_lowercase();
                self.lex.is_cue("suit-cue", &cue)
                    || (complaints && self.lex.is_cue("complaint-noun", &cue))
            })
    }

    /// "Mr Brown insists his only motivation was ...", "'...,' he insisted", "X countered
    /// that ...": one the article has accused answers, and denies; so does anyone who
    /// insists "despite claims to the contrary", or argues "in turn".
    fn rebuttal_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        let group = self.verb_group(verb, sentence);
        if group.negated || group.hypothetical || group.passive {
            return;
        }
        let next = (verb + 1 < sentence.end).then(|| self.lower(verb + 1));
        let argue = self.lex.is_cue("argue-verb", self.lower(verb));
        let in_turn = verb >= sentence.start + 2
            && self.lower(verb - 2) == "in"
            && self.lower(verb - 1) == "turn";
        if argue && !in_turn {
            return;
        }
        // ("insisted on a vote", "countered with a bid", "maintained its dividend": a demand
        // or an act, not an answer; but "insisted on his innocence")
        let after_quote = verb > sentence.start
            && (sentence.start..verb).any(|k| is_quote(self.word(k)))
            && (verb.saturating_sub(4).max(sentence.start)..verb)
                .any(|k| matches!(self.word(k), "," | "\"" | "\u{201d}"));
        let clause = match next {
            None => after_quote,
            Some("that") => true,
            Some("on") => (verb + 2..(verb + 5).min(sentence.end))
                .any(|k| self.lex.is_cue("innocence-word", self.lower(k))),
            Some(w) if PREPOSITIONS.contains(&w) || matches!(w, "," | "." | "a" | "an") => {
                after_quote && matches!(w, "," | ".")
            }
            // "insists his only motivation was ...": a clause with its own subject
            Some(w) => {
                !self.lex.is_cue("that-only-rebuttal", self.lower(verb))
                    && (matches!(
                        w,
                        "he" | "she"
                            | "it"
                            | "they"
                            | "we"
                            | "i"
                            | "the"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "this"
                            | "there"
                    ) || self.mention(verb + 1).is_some())
            }
        };
        if !clause {
            return;
        }
        let speaker = match group.attachment {
            Attachment::Participial => self.main_subject(group.start, sentence),
            // ("X in turn argues": the subject before "in turn")
            _ => self
                .subject_before(
                    (if in_turn { verb - 2 } else { group.start }).max(sentence.start + 1),
                    sentence,
                )
                // ('"...," insisted Mr Brown')
                .or_else(|| {
                    after_quote
                        .then(|| self.object_list(verb + 1, sentence, 6).0.first().copied())
                        .flatten()
                        .map(|e| (e, verb + 1))
                }),
        };
        let Some((speaker, at)) = speaker else {
            return;
        };
        // ("he insisted he still trusted Mr Blair": not Mr Blair; but '"...," insisted Mr
        // Brown' names the speaker right after the verb)
        if at < verb
            && self
                .mentions_in(verb + 1, sentence.end)
                .any(|m| m.entity == speaker && self.is_cap(m.tokens.start))
        {
            return;
        }
        let accused_before = self
            .accusations
            .iter()
            .any(|a| a.accused == speaker && a.sentence < s);
        // "insisted he still trusted Mr Blair, despite claims to the contrary"
        let despite = (sentence.start..sentence.end).any(|k| {
            self.lower(k) == "despite"
                && (k + 1..(k + 4).min(sentence.end))
                    .any(|j| self.lex.charge_nouns.contains(self.lower(j)))
        });
        if !(accused_before || despite || in_turn) {
            return;
        }
        // (after a quotation, what is held is the sentence)
        let charge = match self.clause_from(verb + 1, sentence).0 {
            c if c.is_empty() => self.sentence_text(sentence),
            c => c,
        };
        self.push_denial(speaker, charge, verb, s, "denial.rebuttal");
    }

    /// "X pleaded not guilty (to the charges)": a denial by X.
    fn not_guilty_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        let next = (verb + 1..(verb + 3).min(sentence.end))
            .map(|k| self.lower(k))
            .collect::<Vec<_>>();
        let innocent = next.first() == Some(&"innocent")
            || (next.first() == Some(&"not") && next.get(1) == Some(&"guilty"));
        if !innocent {
            return;
        }
        let group = self.verb_group(verb, sentence);
        let subjects = self.coordinated_subject(group.start, sentence);
        let deniers = if subjects.is_empty() {
            let Some((e, _)) = self.subject_before(group.start.max(sentence.start + 1), sentence)
            else {
                return;
            };
            vec![e]
        } else {
            subjects
        };
        let charge = self.sentence_text(sentence);
        for d in deniers {
            self.push_denial(d, charge.clone(), verb, s, "denial.not-guilty");
        }
    }

    /// "X said it had done nothing wrong", "X insisted he was innocent": a denial by X when the
    /// clause's subject is X itself.
    fn innocence_at(&mut self, word: usize, sentence: &Range<usize>, s: usize) {
        let before = |ctx: &Self, back: usize| {
            (word >= sentence.start + back).then(|| ctx.lower(word - back).to_owned())
        };
        let innocent = match self.lower(word) {
            // "did nothing wrong", "saw nothing untoward" (not "knew nothing of the new
            // rules": knowing is no wrong); "we had nothing to do with it" (the speaker's own
            // part denied: after a pronoun)
            "nothing" => {
                (word + 1 < sentence.end
                    && matches!(
                        self.lower(word + 1),
                        "wrong"
                            | "illegal"
                            | "improper"
                            | "untoward"
                            | "unlawful"
                            | "inappropriate"
                    ))
                    || (word + 3 < sentence.end
                        && self.lower(word + 1) == "to"
                        && self.lower(word + 2) == "do"
                        && self.lower(word + 3) == "with"
                        && before(self, 1)
                            .is_some_and(|w| matches!(w.as_str(), "had" | "has" | "have"))
                        && before(self, 2).is_some_and(|w| {
                            matches!(w.as_str(), "we" | "i" | "he" | "she" | "it" | "they")
                        }))
            }
            // "it was not aware of any wrongdoing / unlawful conduct / irregularities"
            "aware" => {
                let be = |w: Option<String>| {
                    w.is_some_and(|w| PASSIVE_AUX.contains(&w.as_str()) || w == "am")
                };
                // ("neither company is aware of any unlawful conduct")
                let neither = be(before(self, 1))
                    && (2..5).any(|b| {
                        before(self, b).is_some_and(|w| matches!(w.as_str(), "neither" | "none"))
                    });
                let negated = before(self, 1).as_deref() == Some("not") && be(before(self, 2))
                    || before(self, 1).as_deref() == Some("unaware")
                    || neither;
                negated
                    && word + 3 < sentence.end
                    && self.lower(word + 1) == "of"
                    && matches!(self.lower(word + 2), "any" | "anything")
                    && (word + 2..(word + 6).min(sentence.end))
                        .any(|k| self.lex.is_cue("wrong-conduct", self.lower(k)))
            }
            // "it had acted properly", "he always behaved lawfully"
            "properly" | "lawfully" | "legally" | "appropriately" | "correctly" | "responsibly" => {
                let acted = |w: Option<String>| {
                    w.is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "acted" | "behaved" | "act" | "behave" | "acts" | "behaves"
                        )
                    })
                };
                // ("we act ethically and properly": another manner joined before it)
                let joined = before(self, 1).as_deref() == Some("and")
                    && before(self, 2).is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
                    && acted(before(self, 3));
                acted(before(self, 1)) || acted(before(self, 2)) || joined
            }
            // "it had acted in good faith"
            "faith" => {
                before(self, 1).as_deref() == Some("good")
                    && before(self, 2).as_deref() == Some("in")
                    && before(self, 3).is_some_and(|w| {
                        matches!(w.as_str(), "acted" | "behaved" | "act" | "behave")
                    })
            }
            // "it had acted within the law"
            "law" => {
                before(self, 1).as_deref() == Some("the")
                    && before(self, 2).as_deref() == Some("within")
                    && before(self, 3)
                        .is_some_and(|w| matches!(w.as_str(), "acted" | "behaved" | "operated"))
            }
            // "we are not guilty"
            "guilty" => {
                before(self, 1).as_deref() == Some("not")
                    && before(self, 2)
                        .is_some_and(|w| PASSIVE_AUX.contains(&w.as_str()) || w == "am")
            }
            _ => before(self, 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "was" | "is" | "were" | "are" | "am" | "of" | "his" | "her" | "its" | "their"
                )
            }),
        };
        if !innocent {
            return;
        }
        // "Jones repeated her innocence", "he has always maintained his innocence"
        if word >= sentence.start + 2
            && matches!(self.lower(word - 1), "her" | "his" | "its" | "their")
            && self.lex.is_cue("assert-verb", self.lower(word - 2))
        {
            // (each of a group: "Conte and Valente were indicted but have pleaded their
            // innocence")
            let group = self.plural_subject(word - 2, sentence);
            let deniers = if group.len() > 1 {
                group
            } else {
                self.asserting_subject(word - 2, sentence)
                    .into_iter()
                    .collect()
            };
            let charge = self.sentence_text(sentence);
            for denier in deniers {
                self.push_denial(denier, charge.clone(), word, s, "denial.innocence");
            }
            return;
        }
        // the clause's subject: the nearest pronoun or name before the phrase
        let limit = word.saturating_sub(6).max(sentence.start);
        // "X said neither company is aware of any wrongdoing": the speaker denies
        if let Some(n) = (limit..word).find(|&k| matches!(self.lower(k), "neither" | "none")) {
            let speech = (n.saturating_sub(2).max(sentence.start)..n)
                .rev()
                .find(|&v| SPEECH_VERBS.contains(&self.lower(v)));
            if let Some(denier) = speech.and_then(|v| self.asserting_subject(v, sentence)) {
                let charge = self.sentence_text(sentence);
                self.push_denial(denier, charge, word, s, "denial.innocence");
            }
            return;
        }
        // ("said the company had acted properly": a description of the speaker too)
        let Some(k) = (limit..word).rev().find(|&k| {
            matches!(self.lower(k), "i" | "we" | "he" | "she" | "it" | "they")
                || self.mention(k).is_some()
                || (k > sentence.start
                    && self.lower(k - 1) == "the"
                    && self.lex.is_cue("org-description", self.lower(k)))
        }) else {
            return;
        };
        // "We have done nothing wrong," he said: the quotation's speaker
        if matches!(self.lower(k), "i" | "we") {
            if let Some(speaker) = self.quote_speaker(k) {
                let charge = self.sentence_text(sentence);
                self.push_denial(speaker, charge, word, s, "denial.innocence");
            }
            return;
        }
        // X said (that) X had done nothing wrong: the speech verb before, its subject the
        // clause's
        let Some(v) = (limit.saturating_sub(4).max(sentence.start)..k)
            .rev()
            .find(|&v| SPEECH_VERBS.contains(&self.lower(v)))
        else {
            return;
        };
        let Some((speaker, _)) = self.subject_before(v, sentence) else {
            return;
        };
        let Some((subject, _)) = self.actor_at(k) else {
            return;
        };
        if subject != speaker {
            return;
        }
        let charge = self.sentence_text(sentence);
        self.push_denial(speaker, charge, word, s, "denial.innocence");
    }

    /// "X said it had not violated the accord", "X defended them, saying they did not break
    /// the rules": a reported clause, its subject a pronoun for the speaker or the speaker's,
    /// that negates a wrongdoing verb is a denial by the speaker.
    fn said_not_wrong_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        let mut k = self.past_report_adjunct(verb + 1, sentence);
        if k < sentence.end && self.lower(k) == "that" {
            k += 1;
        }
        if k >= sentence.end {
            return;
        }
        let pronoun = self.lower(k).to_owned();
        // ("said his film was not offensive": the speaker's own conduct)
        let own = matches!(pronoun.as_str(), "his" | "its" | "their" | "her")
            && k + 1 < sentence.end
            && self.is_word(k + 1)
            && !self.is_cap(k + 1);
        // ("a spokesman for Apex said the company had not broken any rules": a description
        // of the speaker; checked once the speaker is known)
        let described = !own
            && pronoun == "the"
            && k + 2 < sentence.end
            && self.is_word(k + 1)
            && !self.is_cap(k + 1);
        if !own && !described && !matches!(pronoun.as_str(), "it" | "he" | "she" | "they") {
            return;
        }
        let subject_end = k + usize::from(own || described);
        if !self.not_wrong_after(subject_end, sentence) {
            return;
        }
        let Some(speaker) = self.asserting_speaker(verb, sentence) else {
            return;
        };
        if described && self.actor_at(k + 1).map(|(e, _)| e) != Some(speaker) {
            return;
        }
        // "he"/"she" is the speaker, not someone the speaker defends ("X defended Y, saying
        // he had never lied": with another person named before it, the pronoun is not sure)
        if matches!(pronoun.as_str(), "he" | "she")
            && (self
                .resolve_pronoun(k, &pronoun)
                .is_some_and(|e| e != speaker)
                || self.mentions_in(sentence.start, k).any(|m| {
                    m.entity != speaker && self.entities[m.entity].kind == EntityKind::Person
                }))
        {
            return;
        }
        let charge = self.clause_from(k, sentence).0;
        self.push_denial(speaker, charge, verb, s, "denial.said-not-wrong");
    }

    /// Who speaks with the speech verb at `verb`, asserting (not negated, hypothetical or
    /// passive): its subject, or the main clause's for a participle (", saying ...").
    fn asserting_speaker(&mut self, verb: usize, sentence: &Range<usize>) -> Option<usize> {
        let group = self.verb_group(verb, sentence);
        if group.negated || group.hypothetical || group.passive {
            return None;
        }
        let speaker = match group.attachment {
            Attachment::Participial => self.main_subject(group.start, sentence),
            _ => self.subject_before(group.start.max(sentence.start + 1), sentence),
        };
        speaker.map(|(e, _)| e)
    }

    /// "Fraser Kemp said the poster had been misunderstood", "Baker later said his remark
    /// had been misinterpreted", "the party said the comment had been taken out of context":
    /// one who says their own words or work were misread denies what was read into them.
    fn said_misread_at(&mut self, verb: usize, sentence: &Range<usize>, s: usize) {
        let mut k = self.past_report_adjunct(verb + 1, sentence);
        if k < sentence.end && self.lower(k) == "that" {
            k += 1;
        }
        // the clause's subject: "his remark", "the poster", "its comments"
        if k + 4 >= sentence.end
            || !matches!(
                self.lower(k),
                "his" | "her" | "its" | "their" | "the" | "my" | "our"
            )
            || !self.lex.is_cue("statement-noun", self.lower(k + 1))
        {
            return;
        }
        let mut v = k + 2;
        if !matches!(
            self.lower(v),
            "had" | "has" | "have" | "was" | "were" | "is" | "are"
        ) {
            return;
        }
        if matches!(self.lower(v), "had" | "has" | "have") {
            v += 1;
            if self.lower(v) != "been" {
                return;
            }
        }
        v += 1;
        let w = self.lower(v);
        let misread = self.lex.is_cue("misread-participle", w)
            || (matches!(w, "taken" | "quoted")
                && v + 3 < sentence.end
                && self.lower(v + 1) == "out"
                && self.lower(v + 2) == "of"
                && self.lower(v + 3) == "context");
        // ("the statement had been misinterpreted by markets": misread by someone named, a
        // report of it, no denial)
        let by = (v + 1..(v + 3).min(sentence.end)).any(|j| self.lower(j) == "by");
        if !misread || by {
            return;
        }
        let Some(speaker) = self.asserting_speaker(verb, sentence) else {
            return;
        };
        // the words are the speaker's: "his remark" of the speaker, or "the comment" where
        // the sentence names no one else but the speaker's own body ("Labour campaign
        // spokesman Fraser Kemp said the poster had been misunderstood")
        let own = match self.lower(k) {
            "the" => self.mentions_in(sentence.start, sentence.end).all(|m| {
                m.entity == speaker
                    || self
                        .roles
                        .iter()
                        .any(|r| r.holder == speaker && r.of == Some(m.entity))
            }),
            "my" | "our" => true,
            _ => self.possessive_pronoun_owner(k) == Some(speaker),
        };
        if !own {
            return;
        }
        let charge = self.clause_from(k, sentence).0;
        self.push_denial(speaker, charge, verb, s, "denial.misread");
    }

    /// The clause whose subject is at `k` says its subject did no wrong: "had not
    /// violated", "did not break", "never lied", or kept a duty: "had complied with".
    fn not_wrong_after(&self, k: usize, sentence: &Range<usize>) -> bool {
        let mut j = k + 1;
        let mut negated = false;
        while j < (k + 6).min(sentence.end) {
            let w = self.lower(j);
            if NEGATION_WORDS.contains(&w) {
                negated = true;
            } else if !matches!(
                w,
                "had"
                    | "has"
                    | "have"
                    | "did"
                    | "does"
                    | "do"
                    | "ever"
                    | "been"
                    | "in"
                    | "any"
                    | "way"
            ) {
                break;
            }
            j += 1;
        }
        let w = self.lower(j.min(sentence.end - 1));
        // "it had not violated ...", or "it had complied with ..." (a duty kept)
        // (with what it kept after it: "complied fully with", "honoured the pact"; not
        // "been honoured to speak")
        let kept = !negated
            && j + 1 < sentence.end
            && self.lex.is_cue("compliance-verb", w)
            && matches!(
                self.lower(j + 1),
                "with" | "by" | "fully" | "all" | "the" | "its" | "their" | "every"
            )
            && !PASSIVE_AUX.contains(&self.lower(j - 1));
        // "he was not a racist", "it is not illegal": a censure denied
        let not_censured = k + 3 < sentence.end
            && matches!(self.lower(k + 1), "was" | "is" | "were" | "are")
            && self.lower(k + 2) == "not"
            && {
                let c = k + 3 + usize::from(matches!(self.lower(k + 3), "a" | "an"));
                c < sentence.end
                    && self
                        .lex
                        .is_cue("insult-word", self.lower(c).trim_matches('"'))
            };
        kept || not_censured
            || (negated
                && j < sentence.end
                && (self.lex.wrongdoing_verbs.contains(w)
                    || self.lex.is_cue("wrongdoing-base", w)
                    || self.commits_crime_at(j)))
    }

    /// "committed fraud", "commit the crimes", "committed the offences": a crime done (one of
    /// the crimes one commits within four lower-case words after the verb; not "committed
    /// errors", "committed suicide", nor "committed to fighting fraud").
    fn commits_crime_at(&self, k: usize) -> bool {
        // "engaged in a manipulative and deceptive practice", "engaged in unfair trade
        // practices", "engaging in fraud": a wrong taken part in
        let n = self.doc.tokens.len();
        if matches!(self.lower(k), "engaged" | "engages" | "engaging")
            && k + 2 < n
            && self.lower(k + 1) == "in"
        {
            // (not "neither X nor the company ever engaged in insider trading")
            let open = self.doc.sentences[self.doc.sentence_of(k)].tokens.start;
            let denied = (k.saturating_sub(8).max(open)..k).any(|j| {
                matches!(
                    self.lower(j),
                    "neither" | "nor" | "never" | "not" | "n't" | "no"
                )
            });
            return !denied
                && (k + 2..(k + 7).min(n))
                    .take_while(|&j| self.is_word(j) && !self.is_cap(j) && self.lower(j) != "to")
                    .any(|j| {
                        let w = self.lower(j);
                        self.lex.is_cue("committed-crime", w)
                            || self.lex.is_cue("wrong-conduct", w)
                            || self.lex.is_cue("falsity-adjective", w)
                            || self.lex.is_cue("engaged-wrong", w)
                    });
        }
        matches!(
            self.lower(k),
            "commit" | "commits" | "committed" | "committing"
        ) && k + 1 < self.doc.tokens.len()
            && self.lower(k + 1) != "to"
            && (k + 1..(k + 5).min(self.doc.tokens.len()))
                .take_while(|&j| self.is_word(j) && !self.is_cap(j) && self.lower(j) != "to")
                .any(|j| self.lex.is_cue("committed-crime", self.lower(j)))
    }

    /// '"We have not broken any rules," X said', 'X said: "I never lied"': the first person
    /// in a quotation denies for its speaker.
    fn quoted_not_wrong(&mut self, sentence: &Range<usize>, s: usize) {
        for k in sentence.clone() {
            if !matches!(self.lower(k), "we" | "i") || !self.not_wrong_after(k, sentence) {
                continue;
            }
            if !self.in_quote(k) {
                continue;
            }
            let Some(speaker) = self.quote_speaker(k) else {
                continue;
            };
            let charge = self.clause_from(k, sentence).0;
            self.push_denial(speaker, charge, k, s, "denial.quoted-not-wrong");
            return;
        }
    }

    /// The actors of the plural subject of the active, finite verb at `cue`: joined by "and"
    /// ("Chile and Argentina accused", "Zambia, Mozambique and Zimbabwe denied") or a group
    /// ("The pair denied", "All three, who ..."). Empty when the subject is one actor.
    fn plural_subject(&mut self, cue: usize, sentence: &Range<usize>) -> Vec<usize> {
        let group = self.verb_group(cue, sentence);
        if group.passive || group.attachment != Attachment::Finite {
            return Vec::new();
        }
        let subjects = self.joined_subjects(group.start, sentence);
        if !subjects.is_empty() {
            return subjects;
        }
        let subjects = self.group_subject(cue, sentence);
        if !subjects.is_empty() {
            return subjects;
        }
        // "Conte and Valente were indicted in May but have pleaded their innocence", "The two
        // men - along with X and Y - were all indicted but have ...": a verb phrase joined to
        // the sentence's first shares its subject, a list or a plural description opening it
        let b = group.start;
        if b <= sentence.start + 2 || !matches!(self.lower(b - 1), "but" | "and") {
            return Vec::new();
        }
        let first = sentence.start..b - 1;
        // (the first clause the verb's own: not "Smith and Jones said the firm was fined and
        // has denied wrongdoing", where the joined verb is the reported clause's)
        if first.clone().any(|k| {
            let w = self.lower(k);
            w == "that" || SPEECH_VERBS.contains(&w) || SAID_VERBS.contains(&w)
        }) {
            return Vec::new();
        }
        let listed = self.listed_subject(first.clone());
        if listed.len() > 1 {
            return listed;
        }
        let Some((mut people, next)) = self.plural_people_at(sentence.start, first.end) else {
            return Vec::new();
        };
        // ("- along with personal trainer X and athletics coach Y -": an aside that adds to
        // the group)
        if next < first.end && matches!(self.word(next), "-" | "\u{2013}" | "\u{2014}") {
            let along = next + 2 < first.end
                && self.lower(next + 1) == "along"
                && self.lower(next + 2) == "with";
            let close = (next + 1..first.end).find(|&k| self.word(k) == self.word(next));
            if let (true, Some(close)) = (along, close) {
                for m in self.mentions_in(next + 3, close) {
                    if self.entities[m.entity].kind == EntityKind::Person
                        && !people.contains(&m.entity)
                    {
                        people.push(m.entity);
                    }
                }
            }
        }
        people
    }

    /// "Apex and Delta said Y had lied", "Apex and Delta said they had not broken any rules":
    /// what the speech verb at `cue` reported since the counts `made` and `denied`, said by
    /// each of a subject's actors joined by "and".
    fn share_with_co_subjects(
        &mut self,
        cue: usize,
        sentence: &Range<usize>,
        s: usize,
        made: usize,
        denied: usize,
    ) {
        // ("Iran and Iraq, X said, had violated the truce": a report set inside its clause has
        // one speaker, not the clause's subjects)
        let inside = cue + 2 < sentence.end
            && self.word(cue + 1) == ","
            && !is_quote(self.word(cue + 2))
            && {
                // (and a comma before the reporter's name: not "Chile and Argentina said, in
                // a joint statement, that ...")
                let opens = self.verb_group(cue, sentence).start;
                let mut b = opens;
                while b > sentence.start
                    && (self.is_cap(b - 1) || matches!(self.lower(b - 1), "the" | "a" | "an"))
                {
                    b -= 1;
                }
                b < opens && b > sentence.start && self.word(b - 1) == ","
            };
        let subjects = self.plural_subject(cue, sentence);
        if subjects.len() < 2 || inside {
            return;
        }
        self.share_accusations(&subjects, made, cue, s, |_| true);
        let denials: Vec<Denial> = self.denials[denied..]
            .iter()
            .filter(|d| subjects.contains(&d.denier))
            .cloned()
            .collect();
        for d in denials {
            for &x in &subjects {
                if x != d.denier {
                    self.push_denial(x, d.charge.clone(), cue, s, d.rule);
                }
            }
        }
    }

    /// A denial verb's denial, made by each of a subject's actors joined by "and" ("Zambia,
    /// Mozambique and Zimbabwe denied the charges"); each is accused by the charges' author
    /// when the denial names one ("denied Botha's charges").
    fn coordinated_denial_at(&mut self, cue: usize, sentence: &Range<usize>, pattern: D, s: usize) {
        let (denials, accusations) = (self.denials.len(), self.accusations.len());
        self.denial_at(cue, sentence, pattern, s);
        if self.denials.len() == denials {
            return;
        }
        // (or a group: "The pair rejected Iranian charges" accuses each of the pair)
        let subjects = self.plural_subject(cue, sentence);
        let denier = self.denials[denials].denier;
        if !subjects.contains(&denier) {
            return;
        }
        let made = self.denials[denials].clone();
        let answered: Vec<Accusation> = self.accusations[accusations..]
            .iter()
            .filter(|a| a.accused == denier)
            .cloned()
            .collect();
        for &x in subjects.iter().filter(|&&x| x != denier) {
            self.push_denial(x, made.charge.clone(), cue, s, made.rule);
            for a in &answered {
                if a.accuser != x {
                    self.push_accusation(
                        a.accuser,
                        x,
                        (a.charge.clone(), a.charge_span.clone()),
                        &a.cameo,
                        cue,
                        s,
                        a.rule,
                    );
                }
            }
        }
    }

    fn denial_at(&mut self, cue: usize, sentence: &Range<usize>, pattern: D, s: usize) {
        if pattern == D::Noun {
            // "formal denials of the Beijing government", "Moscow's denial", "despite denials
            // by Trade and Industry Secretary Paul Channon that ..." (past the title)
            // ("denial of access", "denial of bail": a refusal)
            if cue + 2 < sentence.end
                && self.lower(cue + 1) == "of"
                && self.lex.denial_non_objects.contains(self.lower(cue + 2))
            {
                return;
            }
            let by = cue + 1 < sentence.end && self.lower(cue + 1) == "by";
            let denier = if by || (cue + 1 < sentence.end && self.lower(cue + 1) == "of") {
                let limit = (cue + if by { 8 } else { 6 }).min(sentence.end);
                by.then(|| self.titled_person_after(cue + 2, sentence))
                    .flatten()
                    .or_else(|| (cue + 2..limit).find_map(|k| self.actor_at(k).map(|(e, _)| e)))
            } else if cue > sentence.start && self.is_possessive(cue - 1) {
                self.actor_at(cue - 1).map(|(e, _)| e)
            } else {
                None
            };
            // ("a denial by the commission for a rate increase": a request refused, no charge;
            // "by" needs what is denied, a that-clause or a charge)
            let denier = denier.filter(|_| {
                !by || (cue + 3..(cue + 14).min(sentence.end)).any(|k| {
                    self.lower(k) == "that" || self.lex.charge_nouns.contains(self.lower(k))
                })
            });
            if let Some(denier) = denier {
                let charge = self.sentence_text(sentence);
                self.push_denial(denier, charge, cue, s, "denial.noun");
            }
            return;
        }
        // "a claim denied by the chancellor": a reduced relative, passive without "was"
        let reduced = cue + 2 < sentence.end
            && self.lower(cue + 1) == "by"
            && (cue.saturating_sub(3).max(sentence.start)..cue)
                .any(|k| self.lex.charge_nouns.contains(self.lower(k)));
        if cue > sentence.start && (reduced || self.verb_group(cue, sentence).passive) {
            // "That charge was (strongly) denied by Mr Mandelson"; "was denied bail" is no
            // denial
            // a verb that is a denial only of a charge ("rejected") needs the charge as its
            // subject: "the offer was rejected by X" is no denial
            let of_charge = pattern == D::Any
                || (cue.saturating_sub(5).max(sentence.start)..cue)
                    .any(|k| self.lex.charge_nouns.contains(self.lower(k)));
            // ("was denied at the time by X": a short phrase before "by")
            // (not "was denied bail by ...": an object, no phrase)
            let by = (cue + 1..(cue + 5).min(sentence.end))
                .take_while(|&k| self.is_word(k))
                .find(|&k| self.lower(k) == "by")
                .filter(|&by| {
                    by == cue + 1
                        || PREPOSITIONS.contains(&self.lower(cue + 1))
                        || matches!(self.lower(cue + 1), "yesterday" | "today" | "later")
                });
            if let Some(by) = by.filter(|&by| of_charge && by + 1 < sentence.end) {
                if let Some(&denier) = self.object_list(by + 1, sentence, 8).0.first() {
                    let charge = self.sentence_text(sentence);
                    self.push_denial(denier, charge, cue, s, "denial.passive");
                }
                return;
            }
            // "Reports that X plans an election have been described as 'idle speculation' by
            // Downing Street", "the claims were dismissed as nonsense by Y": a charge or a
            // rumour opening the sentence, called baseless by someone
            if matches!(pattern, D::Called | D::ChargeObjOrAs)
                && cue + 3 < sentence.end
                && self.lower(cue + 1) == "as"
            {
                let dismissive = (cue + 2..(cue + 6).min(sentence.end)).find(|&k| {
                    let w = self.lower(k).trim_matches('"');
                    self.lex.dismissive_words.contains(w)
                });
                let named = (sentence.start..(sentence.start + 3).min(cue)).any(|k| {
                    self.lex.charge_nouns.contains(self.lower(k))
                        || self.lex.is_cue("rumour-noun", self.lower(k))
                });
                let by = dismissive.and_then(|d| {
                    (d + 1..(d + 4).min(sentence.end)).find(|&k| self.lower(k) == "by")
                });
                if let Some(by) = by.filter(|&b| named && b + 1 < sentence.end) {
                    if let Some(&denier) = self.object_list(by + 1, sentence, 8).0.first() {
                        let charge = self.sentence_text(sentence);
                        self.push_denial(denier, charge, cue, s, "denial.passive");
                    }
                }
            }
            return;
        }
        // ("determined to counter that accusation": "counter" as a verb only after "to"; "claims
        // and counter claims" is a noun)
        if self.lower(cue) == "counter" && !(cue > sentence.start && self.lower(cue - 1) == "to") {
            return;
        }
        // "Chelsea denied by James heroics": a headline's passive without "was", no denial
        if cue + 1 < sentence.end && self.lower(cue + 1) == "by" {
            return;
        }
        // "James denied Duff" (a person as object), "denied a request": not denials of a charge
        if cue + 1 < sentence.end {
            if self
                .mention(cue + 1)
                .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
            {
                return;
            }
            // ("Martyn denied the England striker": a titled person as object, not one whose
            // claims are denied, "denied the minister's claims")
            let titled = matches!(self.lower(cue + 1), "the" | "a")
                && (cue + 2..(cue + 5).min(sentence.end))
                    .take_while(|&k| self.is_word(k))
                    .find(|&k| {
                        self.lex
                            .role_head(strip_possessive(self.lower(k)))
                            .is_some()
                    })
                    .is_some_and(|k| {
                        !self.is_possessive(k)
                            && !(k + 1 < sentence.end && matches!(self.lower(k + 1), "of" | "that"))
                    });
            if pattern == D::Any && titled {
                return;
            }
            // ("defended the proposals" answers criticism of them)
            // (within three words, past a ticker: "EPA DENIES WHEELING-PITTSBURGH <QWHX>
            // REQUEST")
            let ticker = (cue + 2..(cue + 4).min(sentence.end))
                .find(|&k| self.word(k) == "<")
                .and_then(|open| {
                    (open + 1..(open + 4).min(sentence.end)).find(|&k| self.word(k) == ">")
                })
                .map_or(0, |close| close + 1 - (cue + 2));
            let look = pattern != D::ConductObj
                && (cue + 1..(cue + 4 + ticker).min(sentence.end))
                    .any(|k| self.lex.denial_non_objects.contains(self.lower(k)));
            if look {
                return;
            }
            // ("has denied Elvis his fourth number one": one kept from something, not a
            // charge denied)
            let mut name_end = cue + 1;
            while name_end < sentence.end && self.is_cap(name_end) && self.is_word(name_end) {
                name_end += 1;
            }
            let when = self.lex.is_cue("report-time-word", self.lower(cue + 1));
            if !when
                && name_end > cue + 1
                && name_end < sentence.end
                && matches!(
                    self.lower(name_end),
                    "his" | "her" | "its" | "their" | "him" | "them"
                )
            {
                return;
            }
        }
        // "did not deny that ...", "a figure BMW does not deny": no denial; but "cannot accept
        // the charges" is one (a verb that denies only when negated)
        let negated = self.verb_group(cue, sentence).negated;
        if negated != (pattern == D::NegChargeObj) {
            return;
        }
        // "had he denied the charge": a condition that did not happen
        if cue >= sentence.start + 2
            && self.lower(cue - 2) == "had"
            && matches!(
                self.lower(cue - 1),
                "he" | "she" | "it" | "they" | "we" | "i"
            )
        {
            return;
        }
        // ("denied reports that it plans to buy back its stock", "deny race riot rumours": a
        // rumour or a report denied is a denial, as readers and the gold count it; it answers an
        // accusation only when the article has one)
        // (a group's subject when no single one is found: "the pair denied"; the group's
        // other members deny in coordinated_denial_at)
        // ("vowed to fight the charges": the subject of the verb the infinitive leans on; a
        // vow to deny is a denial, a threat to sue is no suit, so vows only here)
        // ("was forced to deny", "moved to deny", "was quick to deny", "had to deny": a denial
        // made under pressure or in haste is made)
        // (what is denied is a claim: a charge noun, "that", or a clause with its verb; not
        // "moved to deny workers the right to strike")
        let denies_claim = || {
            (cue + 1..(cue + 7).min(sentence.end)).any(|k| {
                let w = self.lower(k);
                self.lex.charge_nouns.contains(w)
                    || (k == cue + 1 && w == "that")
                    || matches!(
                        w,
                        "was" | "were" | "is" | "are" | "had" | "has" | "have" | "would" | "will"
                    )
            })
        };
        let pressed = pattern == D::Any
            && cue >= sentence.start + 3
            && self.lower(cue - 1) == "to"
            && self.lex.is_cue("pressed-word", self.lower(cue - 2))
            && denies_claim();
        let leans = cue >= sentence.start + 3
            && self.lower(cue - 1) == "to"
            && (self.lex.is_cue("vow-verb", self.lower(cue - 2)) || pressed);
        // ("were at pains to deny that ...": the subject is read back from "at", past "were")
        let lean_verb = if cue >= sentence.start + 4
            && self.lower(cue - 2) == "pains"
            && self.lower(cue - 3) == "at"
        {
            cue - 3
        } else {
            cue - 2
        };
        let denier = match self.subject_before(cue, sentence).or_else(|| {
            leans
                .then(|| self.subject_before(lean_verb, sentence))
                .flatten()
        }) {
            Some((d, _)) => d,
            None => match self.group_subject(cue, sentence).first() {
                Some(&d) => d,
                None => return,
            },
        };
        let end = (cue + 10).min(sentence.end);
        // ("dismissed the latest Tory attack": an attack in words is answered as a charge is)
        let charge_noun = (cue + 1..end).find(|&k| {
            self.lex.charge_nouns.contains(self.lower(k))
                || self.lex.is_cue("rebutted-noun", self.lower(k))
                || self.owned_misgiving_at(cue, k, sentence)
        });
        let dismissive = (cue + 1..(cue + 14).min(sentence.end)).any(|k| {
            self.lower(k) == "as"
                && k + 1 < sentence.end
                && (k + 1..(k + 4).min(sentence.end)).any(|j| {
                    self.lex
                        .dismissive_words
                        .contains(self.lower(j).trim_matches('"'))
                })
        });
        // "help Taiwan defend itself": a defence by arms, asked for; "dollar defending
        // measures": a modifier
        if pattern == D::ConductObj {
            let prev = if cue > sentence.start {
                self.lower(cue - 1)
            } else {
                ""
            };
            let prev2 = if cue > sentence.start + 1 {
                self.lower(cue - 2)
            } else {
                ""
            };
            if prev == "to"
                || prev2.starts_with("help")
                || (self.lower(cue) == "defending"
                    && !matches!(
                        prev,
                        "," | "while" | "after" | "by" | "was" | "is" | "were" | "are" | "been"
                    ))
            {
                return;
            }
        }
        // "defended its decision", "defended the proposals", "defended himself": the object,
        // after determiners and modifiers, is someone's conduct or the subject itself
        let conduct = || {
            (cue + 1..(cue + 5).min(sentence.end))
                .take_while(|&k| {
                    self.is_word(k) && !self.is_cap(k) && !PREPOSITIONS.contains(&self.lower(k))
                })
                .any(|k| {
                    let w = self.lower(k);
                    (self.lex.is_cue("conduct-noun", w) && !matches!(w, "failure" | "failures"))
                        || (k == cue + 1
                            && matches!(w, "himself" | "herself" | "itself" | "themselves"))
                })
                // ("defended the Licensing Act", "defended the Budget": a law or budget by its
                // name)
                || {
                    let mut k = cue + 1;
                    if k < sentence.end && self.lower(k) == "the" {
                        k += 1;
                    }
                    let name_end = (k..(k + 5).min(sentence.end))
                        .take_while(|&j| self.is_cap(j))
                        .last();
                    name_end.is_some_and(|j| matches!(self.word(j), "Act" | "Bill" | "Budget"))
                }
        };
        // ("denied rumours that he had offered his resignation", "MALAYSIAN POLICE DENY RACE
        // RIOT RUMOURS", "UAW DENIES FORD SET AS TARGET": a rumour, or a headline's claim,
        // of no wrong)
        let rumour = (cue + 1..(cue + 5).min(sentence.end))
            .take_while(|&k| self.is_word(k))
            .any(|k| self.lex.is_cue("rumour-noun", self.lower(k)));
        let headline = self.doc.sentences[s].all_caps;
        let ok = match pattern {
            D::Any => !((rumour || headline) && self.tells_no_wrong(cue + 1, sentence.end)),
            D::ChargeObj | D::NegChargeObj => charge_noun.is_some(),
            D::ChargeObjOrAs => charge_noun.is_some() || dismissive,
            D::ConductObj => charge_noun.is_some() || conduct(),
            // "brushed aside the criticism", "shrugged off the allegations", "played down the
            // claims", "hit back at the claims": the particle, then the charge within 3 words
            D::ParticleCharge => {
                cue + 2 < sentence.end
                    && matches!(
                        (self.lower(cue), self.lower(cue + 1)),
                        ("brushed" | "brushes", "aside")
                            | ("shrugged" | "shrugs", "off")
                            | ("played" | "plays", "down")
                            | ("hit" | "hits" | "hitting", "back")
                            | ("pushed" | "pushes" | "pushing", "back")
                    )
                    && charge_noun.is_some_and(|n| n <= cue + 5)
            }
            // "will contest the charges", "would fight the lawsuit": the charge or suit is the
            // object, after at most two modifiers (not "fought all the way ... to claim")
            D::ChargeOrSuit => (cue + 1..(cue + 4).min(sentence.end))
                .take_while(|&k| self.is_word(k) && !PREPOSITIONS.contains(&self.lower(k)))
                .any(|k| {
                    let w = self.lower(k);
                    self.lex.is_cue("suit-noun", w)
                        || (self.lex.charge_nouns.contains(w) && w != "claim" && w != "claims")
                }),
            // "called the allegations ridiculous", "branded the claims a smear": the charge
            // first, then a dismissive word
            // ("called the lawsuit \"baseless\"": a suit brought against the denier too; not
            // "called the lawsuit against Microsoft frivolous", another's)
            D::Called => charge_noun
                .or_else(|| {
                    (cue + 1..(cue + 4).min(sentence.end))
                        .find(|&k| self.lex.is_cue("suit-noun", self.lower(k)))
                        .filter(|&n| {
                            n + 1 >= sentence.end
                                || self.lower(n + 1) != "against"
                                || self.actor_at(n + 2).map(|(e, _)| e) == Some(denier)
                        })
                })
                .is_some_and(|n| {
                    n <= cue + 3
                        && (n + 1..(n + 5).min(sentence.end)).any(|k| {
                            self.lex
                                .dismissive_words
                                .contains(self.lower(k).trim_matches(|c| c == '"' || c == '\''))
                        })
                }),
            _ => false,
        };
        if !ok {
            return;
        }
        // (past the particles of a phrasal verb: "shrugged off the allegations")
        let from = match pattern {
            D::ParticleCharge if self.lower(cue + 2) == "at" => cue + 3,
            D::ParticleCharge => cue + 2,
            _ => cue + 1,
        };
        let (charge, _) = self.clause_from(from, sentence);
        let charge = if charge.is_empty() {
            self.sentence_text(sentence)
        } else {
            charge
        };
        let rule = match pattern {
            D::Any => "denial.verb",
            D::ConductObj => "denial.defends",
            D::Called => "denial.called",
            _ => "denial.rejects-charge",
        };
        self.push_denial(denier, charge.clone(), cue, s, rule);
        // "rejected Iranian charges": the charges' author accused the denier (a report or a
        // suggestion rejected is no accusation)
        // ("hit back at Labour claims he had used ...": claims about the denier are charges;
        // "rebuffed U.S. criticism": criticism is)
        let about_denier = |this: &mut Self, n: usize| {
            let mut k = n + 1;
            if k < sentence.end && this.lower(k) == "that" {
                k += 1;
            }
            k < sentence.end && this.actor_at(k).is_some_and(|(e, _)| e == denier)
        };
        let charge_noun = charge_noun.filter(|&n| {
            let w = self.lower(n);
            self.lex.is_cue("accusation-noun", w)
                // (not "criticism of Y": Y's)
                || (self.lex.is_cue("target-of-noun", w)
                    && !(n + 1 < sentence.end && self.lower(n + 1) == "of"))
                || (matches!(w, "claim" | "claims") && about_denier(self, n))
        });
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
                let (what, span) = self.clause_from(from, sentence);
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

    /// The people a sentence opens with, listed: "John Smith and Alan Brandt were charged",
    /// "Smith, Brandt and Jones face ..." (empty unless each is a person and the list ends
    /// at a verb).
    fn listed_subject(&self, sentence: Range<usize>) -> Vec<usize> {
        let mut found = Vec::new();
        let mut k = sentence.start;
        while let Some(m) = self.mention(k).filter(|_| k < sentence.end) {
            if self.entities[m.entity].kind != EntityKind::Person
                || self.is_possessive(m.tokens.end - 1)
            {
                return Vec::new();
            }
            found.push(m.entity);
            k = m.tokens.end;
            if k < sentence.end && matches!(self.word(k), "," | "and") {
                k += 1;
                if k < sentence.end && self.lower(k) == "and" {
                    k += 1;
                }
            } else {
                break;
            }
        }
        // (the list ends at its verb: "were", "have", "face", not a preposition or a name)
        let verb = k < sentence.end
            && self.is_word(k)
            && !self.is_cap(k)
            && !PREPOSITIONS.contains(&self.lower(k));
        if verb {
            found
        } else {
            Vec::new()
        }
    }

    /// The people or bodies of a plural subject of the verb at `cue`: a list before ", who"
    /// ("Tzekos, Thanou and Kenteris, who have all denied"), or a plural description of people
    /// named together before ("the pair denied", "All three, who ...", "Lawyers for the pair
    /// denied"). Empty when the subject is none of these.
    fn group_subject(&mut self, cue: usize, sentence: &Range<usize>) -> Vec<usize> {
        // ("have all denied": "all" is inside the verb group)
        let b = self.verb_group(cue, sentence).start;
        // ", who": the phrase before the comma
        let relative =
            b >= sentence.start + 2 && self.lower(b - 1) == "who" && self.word(b - 2) == ",";
        let end = if relative { b - 2 } else { b };
        // (only then: reading a list promotes names not yet known)
        if relative {
            let listed = self.joined_subjects(end, sentence);
            if listed.len() > 1 {
                return listed;
            }
        }
        // "John Smith and Alan Brandt were charged ... They have all denied": the people
        // listed as the subject of the sentence before
        if end == sentence.start + 1 && self.lower(sentence.start) == "they" {
            let s = self.doc.sentence_of(sentence.start);
            if let Some(prev) = s.checked_sub(1) {
                let listed = self.listed_subject(self.doc.sentences[prev].tokens.clone());
                if listed.len() > 1 {
                    return listed;
                }
            }
        }
        // "the pair", "the three men", "All three", "Lawyers for the pair": the phrase's "the"
        // (or "all", "both" before a number) within four words before the end
        let from = end.saturating_sub(4).max(sentence.start);
        for t in from..end {
            let w = self.lower(t);
            let numbered = matches!(w, "all" | "both") && t + 1 < end;
            if w == "the" {
                if let Some((people, next)) = self.plural_people_at(t, end) {
                    // (the whole subject: "Lawyers for the pair", not "a report on the pair")
                    let speaks_for = t >= sentence.start + 2
                        && matches!(self.lower(t - 1), "for" | "of")
                        && self.lex.is_cue("spokes-noun", self.lower(t - 2));
                    // ("said outside court the pair denied": a reported clause's subject)
                    let reported = (t.saturating_sub(3).max(sentence.start)..t)
                        .any(|k| SPEECH_VERBS.contains(&self.lower(k)) || self.lower(k) == "that");
                    // ("But the companies denied": a conjunction opening the sentence)
                    let opens = t == sentence.start
                        || (t == sentence.start + 1
                            && matches!(self.lower(sentence.start), "but" | "and" | "yet"));
                    if next == end && (opens || speaks_for || reported || !self.is_word(t - 1)) {
                        return people;
                    }
                }
            } else if numbered && t + 2 == end && (t == sentence.start || !self.is_word(t - 1)) {
                // "All three": as "the three"
                let the = t;
                if let Some((people, _)) = self.plural_people_numbered(the, end) {
                    return people;
                }
            }
        }
        Vec::new()
    }

    /// True when `k` is a misgiving noun that is the object of the verb at `cue` (within three
    /// words) and someone's: a name or possessor before it ("U.S. fears", "Tory tax fears"), or
    /// "from" or "that" after it ("fears from some Conservatives that ..."). Not "citing
    /// concerns about financing" nor "played down fears of a recession".
    fn owned_misgiving_at(&self, cue: usize, k: usize, sentence: &Range<usize>) -> bool {
        self.lex.is_cue("misgiving-noun", self.lower(k))
            && k <= cue + 4
            && ((cue + 1..k).any(|j| self.mention(j).is_some() || self.is_possessive(j))
                || (k + 1 < sentence.end && matches!(self.lower(k + 1), "from" | "that")))
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
            .rev()
            .take_while(|d| d.sentence == sentence)
            .any(|d| d.denier == denier)
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
        // the accusations against each party, in text order (one pass, not one per denial)
        let mut against: rustc_hash::FxHashMap<usize, Vec<(usize, usize)>> = Default::default();
        for (i, a) in self.accusations.iter().enumerate() {
            against.entry(a.accused).or_default().push((a.sentence, i));
        }
        for d in &mut self.denials {
            d.answers = against.get(&d.denier).and_then(|list| {
                // the nearest by sentence; the first of equals
                let at = list.partition_point(|&(s, _)| s < d.sentence);
                let after = list.get(at);
                let before = at.checked_sub(1).and_then(|b| {
                    let s = list[b].0;
                    list.iter().find(|x| x.0 == s)
                });
                match (before, after) {
                    (Some(b), Some(a)) if d.sentence - b.0 <= a.0 - d.sentence => Some(b.1),
                    (_, Some(a)) => Some(a.1),
                    (Some(b), None) => Some(b.1),
                    (None, None) => None,
                }
            });
        }
    }
}

/// A quotation mark.
/// "U.S.", "U.K.", "U.N.": letters with a dot after each.
fn is_dotted_abbreviation(w: &str) -> bool {
    w.len() >= 4
        && w.len() <= 6
        && w.ends_with('.')
        && w.split('.').filter(|p| !p.is_empty()).all(|p| p.len() == 1)
}

pub(super) fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "\u{201c}" | "\u{201d}" | "''" | "``")
}
