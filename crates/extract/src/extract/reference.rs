//! Reference: the actor a token stands for. Names (mentions), pronouns ("he", "she", "it",
//! "they"), definite descriptions ("the company", "the government", "the president") and
//! country words before a government noun ("the Chinese government", "Moscow officials").
//! An actor that cannot be resolved is `None`: the event rules then drop the fact rather than
//! guess.

use super::entities::SPEECH_VERBS;
use super::events::{is_quote, GOVERNMENT_NOUNS};
use super::{Ctx, EntityKind};

impl Ctx<'_> {
    /// The entity a token stands for as an actor: a mention, a pronoun, a country word before
    /// a government noun, or an unknown capitalized chunk (promoted to an organization).
    pub(super) fn actor_at(&mut self, t: usize) -> Option<(usize, usize)> {
        if t >= self.doc.tokens.len() {
            return None;
        }
        if let Some(m) = self.mention(t) {
            let (e, start, end, rule) = (m.entity, m.tokens.start, m.tokens.end, m.rule);
            // "Bank of America", "Korea Development Bank": a country word inside an
            // organization's name is the organization's
            if self.entities[e].kind == EntityKind::Country {
                if let Some((org, toks)) =
                    self.org_named_with_country(|toks| toks.start <= start && end <= toks.end)
                {
                    return Some((org, toks.start));
                }
            }
            // "the Russian president", "the Arsenal manager": the person the article gives
            // that title in that country or body
            if let Some(found) = self.owner_title_holder(e, start, end) {
                return found.map(|p| (p, start - 1));
            }
            // "The Russian said she did nothing wrong", "the Greek sprinter denied": one
            // person, whom the article spoke of last
            if rule == "country.demonym" {
                if let Some(p) = self.described_person(start) {
                    return Some((p, start - 1));
                }
            }
            // "Swiss noteholders", "Spanish Judge Garzon", "Canadian delegates": a demonym
            // modifying anything but a government noun, the state's forces and agents
            // ("Iraqi troops", "British intelligence") or its industry ("Japanese
            // chipmakers") is no actor
            if rule == "country.demonym"
                && end < self.doc.tokens.len()
                && self.doc.tokens[end].kind == crate::text::TokenKind::Word
                && !GOVERNMENT_NOUNS.contains(&self.lower(end))
                && !self.nation_named_by_demonym(start, end)
                && self
                    .state_agents_after(end, self.doc.tokens.len())
                    .is_none()
                && self
                    .national_industry_after(end, self.doc.tokens.len())
                    .is_none()
            {
                return None;
            }
            // "EC producers", "IBM shareholders": a name before those it serves or gathers
            // is not their voice
            if end < self.doc.tokens.len()
                && !self.is_possessive(end - 1)
                && self.lex.is_cue("constituency-noun", self.lower(end))
            {
                return None;
            }
            if self.after_place_preposition(start) {
                return None;
            }
            return Some((e, start));
        }
        let lower = super::strip_possessive(self.lower(t));
        // "we", "I" inside a quotation: its speaker
        if matches!(lower, "i" | "we" | "me" | "us") {
            return self.quote_speaker(t).map(|e| (e, t));
        }
        // "A Benetton spokeswoman said ... She also denied ...": an unnamed spokesperson
        // named last speaks for the body
        if matches!(lower, "he" | "she") {
            let female = lower == "she";
            if let Some(mut p) = self.unnamed_spokesperson_before(t, female) {
                // ("Lib Dem spokesman Vince Cable said ... the Lib Dem spokesman questioned
                // ... He urged": "the spokesman" is the one named before for that body)
                if let Some(named) = self.named_spokesperson_before(p) {
                    return Some((named, t));
                }
                // ("a Benetton spokeswoman said ... the spokeswoman said ... She denied": "the
                // spokeswoman" continues the one introduced before, within the window)
                let window = p.saturating_sub(DESCRIPTION_WINDOW);
                for _ in 0..4 {
                    // ("a spokeswoman for Benetton": the body after "for")
                    let body = if p + 3 < t && self.lower(p + 1) == "for" {
                        p + 2 + usize::from(self.lower(p + 2) == "the")
                    } else {
                        p
                    };
                    // (only a body already named: resolving a pronoun makes no new
                    // organization of a name not yet known)
                    let known = if body == p {
                        p > 0
                            && (self.mention(p - 1).is_some()
                                || self.lex.is_cue("org-description", self.lower(p - 1))
                                // ("a Benetton spokeswoman" after "Benetton SpA")
                                || self.unknown_chunk_before(p).is_some_and(|c| {
                                    let short = self.name_of(c);
                                    self.entities.iter().any(|e| {
                                        e.kind == EntityKind::Organization
                                            && e.name.len() > short.len()
                                            && e.name.starts_with(&short)
                                            && e.name[short.len()..].starts_with(' ')
                                    })
                                }))
                    } else {
                        self.mention(body).is_some()
                    };
                    let found = if known { self.actor_at(body) } else { None };
                    if let Some(found) = found.filter(|&(e, _)| {
                        matches!(
                            self.entities[e].kind,
                            EntityKind::Organization | EntityKind::Country
                        )
                    }) {
                        return Some((found.0, t));
                    }
                    let word = self.lower(p).to_owned();
                    let earlier = (p > 0 && self.lower(p - 1) == "the")
                        .then(|| (window..p).rev().find(|&k| self.lower(k) == word))
                        .flatten();
                    // (one with a name of its own speaks for itself: the chain stops)
                    match earlier {
                        Some(k) if !self.spokesperson_named(k, t) => p = k,
                        _ => break,
                    }
                }
            }
        }
        let lower_owned = super::strip_possessive(self.lower(t)).to_owned();
        let lower = lower_owned.as_str();
        if let Some(e) = self.resolve_pronoun(t, lower) {
            return Some((e, t));
        }
        // "the Russian president accused": the title's head, after its owner's name
        if t > 0 && self.is_word(t) && self.lex.role_head(lower).is_some() {
            let mut k = t;
            while k > 0
                && t - k < 3
                && !self.is_cap(k - 1)
                && self.lex.is_role_modifier(self.lower(k - 1))
            {
                k -= 1;
            }
            let owner = k
                .checked_sub(1)
                .and_then(|o| self.mention(o))
                .filter(|m| m.tokens.end == k)
                .map(|m| (m.entity, m.tokens.start));
            if let Some((e, start)) = owner {
                if let Some(found) = self.owner_title_holder(e, start, k) {
                    return found.map(|p| (p, start - 1));
                }
            }
        }
        // "his spokesman", "its lawyers": whom the pronoun stands for speaks through them;
        // "Snoop Dogg's spokesman", "Mr Jackson's lawyers": so does a person named before
        if t > 0 && (GOVERNMENT_NOUNS.contains(&lower) || self.lex.is_cue("agent-noun", lower)) {
            if let Some(e) = self.possessive_pronoun_owner(t - 1) {
                return Some((e, t - 1));
            }
            if self.lex.is_cue("agent-noun", lower) && self.is_possessive(t - 1) {
                if let Some(m) = self
                    .mention(t - 1)
                    .filter(|m| self.entities[m.entity].kind == EntityKind::Person)
                {
                    return Some((m.entity, m.tokens.start));
                }
                // "the rapper's spokesman": whom the description means
                if t >= 2 && self.lower(t - 2) == "the" && self.mention(t - 1).is_none() {
                    if let Some(found) = self.definite_description(t - 1) {
                        return Some(found);
                    }
                }
            }
        }
        // "Santander's board of governors strongly reject the charges", "the Apex board": a
        // body's board acts for it (named before it, a possessor too)
        if t >= 2
            && matches!(lower, "directors" | "governors" | "trustees")
            && self.lower(t - 1) == "of"
            && self.lower(t - 2) == "board"
        {
            return self.actor_at(t - 2);
        }
        if t > 0 && lower == "board" {
            if let Some(found) = self
                .country_or_org_before(t, true)
                .filter(|&(e, _)| self.entities[e].kind == EntityKind::Organization)
            {
                return Some(found);
            }
        }
        // "a United Nations report blamed ...", "the Pentagon study found ...": a document
        // speaks for whoever put it out (named before it, not as a possessor)
        if t > 0 && self.lex.is_cue("document-noun", lower) {
            if let Some(found) = self.country_or_org_before(t, false) {
                return Some(found);
            }
            // "Coastal sent a letter to shareholders ... The letter also accused Y": "the"
            // document is the one named before, its author the one who put it out ("its
            // report", "Coastal's letter", or the subject of the sentence that names it)
            if self.lower(t - 1) == "the" {
                if let Some(author) = self.document_author(t, lower) {
                    return Some((author, t - 1));
                }
            }
        }
        if GOVERNMENT_NOUNS.contains(&lower) && t > 0 {
            // "the Chinese government", "Moscow officials", "the Beijing government"
            if let Some(found) = self.country_or_org_before(t, true) {
                return Some(found);
            }
            // "U.S. Government and industry officials": the first of two nouns joined by
            // "and" under one country word
            if t >= 3
                && self.lower(t - 2) == "and"
                && self.is_word(t - 1)
                && !self.is_cap(t - 1)
                && GOVERNMENT_NOUNS.contains(&self.lower(t - 3))
            {
                if let Some(found) = self.country_or_org_before(t - 3, true) {
                    return Some(found);
                }
            }
            // "the Reagan administration", "the Thatcher government": the country its head
            // holds a title of (events are read before titles with no owner get a default one,
            // so only one the text gives)
            if super::syntax::LED_GOVERNMENTS.contains(&lower) {
                if let Some(m) = self
                    .mention(t - 1)
                    .filter(|m| self.entities[m.entity].kind == EntityKind::Person)
                {
                    let (holder, start) = (m.entity, m.tokens.start);
                    let own = self.roles.iter().find_map(|r| {
                        r.of.filter(|&o| {
                            r.holder == holder && self.entities[o].kind == EntityKind::Country
                        })
                    });
                    if let Some(c) = own {
                        return Some((c, start));
                    }
                    if let Some((c, _)) = self.state_of_institutions(t) {
                        return Some((c, start));
                    }
                }
            }
            // "Union officials", "company executives": the organization the noun means
            // speaks through them (the phrase's first word: not "Labour Party officials")
            if self.lex.is_cue("spokes-noun", lower) {
                let noun = self.lower(t - 1);
                // ("A company spokesman": the article before it)
                if self.lex.is_cue("org-description", noun)
                    && (t == 1
                        || !self.is_word(t - 2)
                        || !self.is_cap(t - 2)
                        || matches!(self.lower(t - 2), "a" | "an" | "the"))
                {
                    let window = t.saturating_sub(DESCRIPTION_WINDOW);
                    return self
                        .described_organization(t - 1, noun, window)
                        .map(|e| (e, t - 1));
                }
            }
            // "a Greenpeace spokesman", "Solidarity officials": a name not yet known, right
            // before the noun, is the organization it speaks for
            let unknown = self
                .unknown_chunk_before(t)
                .filter(|c| !self.after_place_preposition(c.start))
                // (not a common noun capitalized to open the sentence: "Administration
                // officials")
                .filter(|c| {
                    c.len() > 1
                        || !(GOVERNMENT_NOUNS.contains(&self.lower(c.start))
                            || self.lex.is_cue("org-description", self.lower(c.start)))
                });
            if let Some(chunk) = unknown {
                return self
                    .promote_unknown(chunk.clone())
                    .map(|e| (e, chunk.start));
            }
            // "accused ministers of ...", "Ministers deny ...": ministers with no word to
            // say whose are the government's
            // (not "Ministers from the 12 EC states", "ministers of both countries")
            // (but "accused ministers of wasting money": the charge's "of")
            let n = self.doc.tokens.len();
            let of_others = t + 2 < n
                && (self.lower(t + 1) == "from"
                    || (self.lower(t + 1) == "of"
                        && (self.is_cap(t + 2)
                            || matches!(self.lower(t + 2), "the" | "both" | "all" | "member"))));
            if lower == "ministers" && self.bare_noun_at(t) && !of_others {
                let window = t.saturating_sub(DESCRIPTION_WINDOW);
                return self.government_at(t, window).map(|e| (e, t));
            }
            return self
                .definite_description(t)
                .or_else(|| self.state_of_institutions(t));
        }
        // "Union officials said management was being intransigent", "the management said":
        // a company's managers speak for the company the article is about (not "the
        // management of X", nor "senior management")
        // (a verb or a mark after it: not "the management buyout", "management fees", "the
        // management of X")
        let acts = t + 1 >= self.doc.tokens.len()
            || !self.is_word(t + 1)
            || self.is_verb_start(t + 1)
            || self.is_report_verb(t + 1);
        if lower == "management"
            && acts
            && (self.bare_noun_at(t) || (t > 0 && self.lower(t - 1) == "the"))
        {
            let from = if t > 0 && self.lower(t - 1) == "the" {
                t - 1
            } else {
                t
            };
            let window = t.saturating_sub(DESCRIPTION_WINDOW);
            return self
                .described_organization(t, "company", window)
                .map(|e| (e, from));
        }
        // "Tory MPs", "18 Kuomintang legislators", "U.S. lawmakers": the members of a party,
        // legislature or country's parliament speak for it
        if t > 0 && self.lex.is_cue("member-noun", lower) {
            if let Some(found) = self.country_or_org_before(t, false) {
                return Some(found);
            }
        }
        // "the Taiwan parliament", "the Japanese parliament": a country's legislature named
        // by the common noun, a body of its own
        if let Some(found) = self.national_legislature_at(t) {
            return Some(found);
        }
        // "British intelligence", "Iranian troops": a country's forces and agents act for it
        // (and "UK security services", "Iranian secret police": their two-word names, read
        // from the country word)
        if t > 0 {
            // (the two-word name first: "police" alone is an agent too)
            let country = (0..=1.min(t)).rev().map(|b| t - b).find_map(|k| {
                (k > 0 && self.state_agents_after(k, t + 1) == Some(t + 1))
                    .then(|| self.mention(k - 1))
                    .flatten()
                    .filter(|m| self.entities[m.entity].kind == EntityKind::Country)
                    .map(|m| (m.entity, m.tokens.start))
            });
            if let Some(found) = country {
                return Some(found);
            }
        }
        if t > 0 && self.lower(t - 1) == "the" && !self.is_cap(t) {
            return self.definite_description(t);
        }
        // "the oil company", "the Houston-based firm", "the state-owned airline": an
        // organization noun after a few modifiers reads as the noun alone ("the company"),
        // unless a modifier sets another body apart ("the rival company", "the parent firm")
        if t > 1 && !self.is_cap(t) && self.lex.is_cue("org-description", lower) {
            let mut k = t - 1;
            while k > 0
                && t - k <= 3
                && self.is_word(k)
                && self.mention(k).is_none()
                && (!self.is_cap(k) || self.lower(k).ends_with("-based"))
                // (a word that modifies nouns, or a compound: not "The minister said company
                // officials", whose "said" is a verb)
                && (self.lex.modifier_words.contains(self.lower(k)) || self.lower(k).contains('-'))
                && !matches!(
                    self.lower(k),
                    "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "that"
                )
                && !self.lex.is_cue("other-body-modifier", self.lower(k))
                && !self.lex.is_cue("org-description", self.lower(k))
                && number_word(self.lower(k)).is_none()
            {
                k -= 1;
            }
            if k + 1 < t && self.lower(k) == "the" {
                let window = t.saturating_sub(DESCRIPTION_WINDOW);
                return self
                    .described_organization(t, lower, window)
                    .map(|e| (e, k));
            }
        }

        // "Congressional leaders", "Congressional critics": an adjective the lexicon knows for
        // an institution, before those who speak for it, is the institution
        // (read from the adjective or from the noun after it)
        let known_adjective = |k: usize| {
            self.is_cap(k)
                && self
                    .lex
                    .known_organization_adjectives
                    .contains_key(self.word(k))
        };
        let adjective =
            if t + 1 < self.doc.tokens.len() && known_adjective(t) && self.speaks_for_noun(t + 1) {
                Some(t)
            } else if t > 0 && known_adjective(t - 1) && self.speaks_for_noun(t) {
                Some(t - 1)
            } else {
                None
            };
        if let Some(a) = adjective {
            if let Some(e) = self.promote_unknown(a..a + 1) {
                return Some((e, a));
            }
        }
        // "Congressional leaders", "Glenview residents": a capitalized word before a plural
        // noun modifies it
        let before_plural = t + 1 < self.doc.tokens.len()
            && !self.is_cap(t + 1)
            && self.lex.plural_nouns.contains(self.lower(t + 1))
            // "Edu blasts Arsenal": a cue verb, not a noun
            && !self.lex.accusation_cues.contains_key(self.lower(t + 1))
            && !self.lex.denial_cues.contains_key(self.lower(t + 1));
        if self.is_cap(t)
            && !before_plural
            && !self.lex.capitalized_stopwords.contains(self.word(t))
            && !self.lex.plural_nouns.contains(self.lower(t))
        {
            // "MPs criticised ...": people named by a plural title, no organization
            // ("Labour MPs have accused ...": the party's)
            let w = self.word(t);
            if let Some(singular) = w.strip_suffix('s') {
                if self.lex.role_head(singular).is_some() {
                    let p = t.checked_sub(1)?;
                    if let Some(m) = self.mention(p).filter(|m| {
                        matches!(
                            self.entities[m.entity].kind,
                            EntityKind::Organization | EntityKind::Country
                        )
                    }) {
                        return Some((m.entity, m.tokens.start));
                    }
                    // "Labour MPs" read as one name: the organization "Labour" opens
                    let before = self.word(p);
                    if !self.is_cap(p) {
                        return None;
                    }
                    return self
                        .entities
                        .iter()
                        .position(|e| {
                            e.kind == EntityKind::Organization
                                && e.name.split(' ').next() == Some(before)
                        })
                        .map(|e| (e, p));
                }
            }
            // "the Glenview, Ill., company": a town before a state's abbreviation; "filed in
            // Harris County": a place, as for a known name (but a possessor is no place: "in
            // Shearson Lehman's action")
            let chunk = self
                .unknown_chunks
                .iter()
                .find(|c| c.start <= t && t < c.end)
                .map_or(t..t + 1, |c| c.clone());
            if chunk.end + 1 < self.doc.tokens.len()
                && self.word(chunk.end) == ","
                && self
                    .lex
                    .is_cue("region-abbreviation", self.word(chunk.end + 1))
            {
                return None;
            }
            if self.after_place_preposition(chunk.start) && !self.is_possessive(chunk.end - 1) {
                return None;
            }
            let e = self.promote_unknown(t..t + 1)?;
            let (start, end) = self
                .mention(t)
                .map_or((t, t + 1), |m| (m.tokens.start, m.tokens.end));
            // ("accused the Leeds United striker": a title after a body's new name)
            if let Some(found) = self.owner_title_holder(e, start, end) {
                return found.map(|p| (p, start - 1));
            }
            return Some((e, start));
        }
        None
    }

    /// "the Japanese had not lived up to it", "accused the Japanese of dumping", "the French
    /// say": a demonym after "the" that heads its phrase (a verb, "of", "to" follows, not a
    /// noun: "the Japanese market") stands for its nation.
    fn nation_named_by_demonym(&self, start: usize, end: usize) -> bool {
        if start == 0 || self.lower(start - 1) != "the" || end != start + 1 {
            return false;
        }
        // (a form that names a people: "the Japanese", "the French", "the Americans"; not
        // one person, "The Australian accused Roddick")
        if !names_a_people(self.lower(start)) {
            return false;
        }
        let next = self.lower(end);
        self.lex.is_cue("nation-follower", next) || self.reports_or_charges(next)
    }

    /// A speech verb, or a verb of accusing or denying.
    fn reports_or_charges(&self, w: &str) -> bool {
        SPEECH_VERBS.contains(&w)
            || self.lex.accusation_cues.contains_key(w)
            || self.lex.denial_cues.contains_key(w)
    }

    /// "the government" (or "Tony Blair's government") that no country named near it or in
    /// the article resolves, in an article that names the institutions of one ("Downing
    /// Street", "the Labour Party", "the Conservatives": Britain's): that country, named here
    /// (a mention of it at "the government", made when a rule asks who the government is). At
    /// least two institutions of one country and more than of any other; else `None`.
    fn state_of_institutions(&mut self, t: usize) -> Option<(usize, usize)> {
        if t == 0 || !self.lex.is_cue("government-description", self.lower(t)) {
            return None;
        }
        // "the government", or a government its head names ("Tony Blair's government", "the
        // Blair government")
        let led = self
            .mention(t - 1)
            .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
            && super::syntax::LED_GOVERNMENTS.contains(&self.lower(t));
        if self.lower(t - 1) != "the" && !led {
            return None;
        }
        let span = if led { t..t + 1 } else { t - 1..t + 1 };
        let mut tally: Vec<(String, usize)> = Vec::new();
        for e in &self.entities {
            if e.kind != EntityKind::Organization {
                continue;
            }
            let iso2 = self
                .lex
                .parties
                .get(e.name.as_str())
                .map(|p| p.iso2.clone())
                .or_else(|| self.lex.known_organizations.get(e.name.as_str()).cloned());
            if let Some(iso2) = iso2 {
                match tally.iter_mut().find(|(c, _)| *c == iso2) {
                    Some(c) => c.1 += 1,
                    None => tally.push((iso2, 1)),
                }
            }
        }
        tally.sort_by(|a, b| b.1.cmp(&a.1));
        let (iso2, n) = tally.first()?;
        if *n < 2 || tally.get(1).is_some_and(|(_, m)| m == n) {
            return None;
        }
        let country = self.lex.country_by_iso2(iso2)?;
        if let Some(e) = self
            .entities
            .iter()
            .position(|e| e.kind == EntityKind::Country && e.country == Some(country))
        {
            return Some((e, span.start));
        }
        let name = self.lex.countries[country].name.clone();
        let e = self.new_entity(
            EntityKind::Country,
            name,
            Some(country),
            "country.government",
        );
        self.add_mention(e, span.clone(), "country.government");
        Some((e, span.start))
    }

    /// An organization whose name holds a country's name and more ("Bank of Japan", "Korea
    /// Development Bank"; not "Soviet Union", which is the country), the first whose name's
    /// tokens `pick` takes: the organization and those tokens.
    pub(super) fn org_named_with_country(
        &self,
        pick: impl Fn(&std::ops::Range<usize>) -> bool,
    ) -> Option<(usize, std::ops::Range<usize>)> {
        self.org_overlaps
            .iter()
            .filter(|(_, toks, _)| pick(toks))
            .find(|(_, toks, _)| {
                toks.clone().any(|t| {
                    self.mention(t)
                        .is_none_or(|m| self.entities[m.entity].kind != EntityKind::Country)
                })
            })
            .map(|(e, toks, _)| (*e, toks.clone()))
    }

    /// A name at `start` used as a place: after "in", "at", "near" or "outside" ("a suit filed
    /// in New York"), but not aimed at ("hit out at Peru").
    pub(super) fn after_place_preposition(&self, start: usize) -> bool {
        start > 0
            && matches!(self.lower(start - 1), "in" | "at" | "near" | "outside")
            // ("hit out at Y", "hit back at Y", "took aim at Y", "pointed the finger at Y")
            && !(start > 1 && matches!(self.lower(start - 2), "out" | "back" | "aim" | "finger"))
    }

    /// A country or organization named in the one or two tokens before `t` ("the Chinese
    /// government", "the Beijing government"), a possessor too when `possessive` allows it.
    fn country_or_org_before(&self, t: usize, possessive: bool) -> Option<(usize, usize)> {
        (1..=2.min(t)).find_map(|back| {
            let m = self.mention(t - back)?;
            (matches!(
                self.entities[m.entity].kind,
                EntityKind::Country | EntityKind::Organization
            ) && (possessive || !self.is_possessive(m.tokens.end - 1)))
            .then_some((m.entity, m.tokens.start))
        })
    }

    /// The author of the document "the <noun>" at `t` names: the same noun in the three
    /// sentences before, after "its"/"his"/"their" or a possessive name, or in a sentence
    /// whose subject, a person or organization, puts it out ("published", "sent",
    /// "issued" ...).
    pub(super) fn document_author(&self, t: usize, noun: &str) -> Option<usize> {
        let s = self.doc.sentence_of(t);
        let from = self.doc.sentences[s.saturating_sub(3)].tokens.start;
        let here = self.doc.sentences[s].tokens.start;
        let k = (from..here).rev().find(|&k| self.lower(k) == noun)?;
        let b = k.checked_sub(1)?;
        let author = if matches!(self.lower(b), "its" | "his" | "her" | "their") {
            self.possessive_pronoun_owner(b)
        } else if self.is_possessive(b) {
            self.mention(b).map(|m| m.entity)
        } else if matches!(self.lower(b), "a" | "an") && b > 0 && self.lower(b - 1) == "in" {
            // ("In a letter to shareholders, Coastal said ...": who speaks in it)
            let range = self.doc.sentences[self.doc.sentence_of(k)].tokens.clone();
            let said = (k + 1..range.end).find(|&v| SPEECH_VERBS.contains(&self.lower(v)))?;
            self.last_named_before(k + 1, said)
        } else {
            // ("sent a letter", "published a report", "filed a lawsuit": the verb that puts
            // it out, just before)
            let suit = self.lex.is_cue("suit-noun", noun);
            let verb = (b.saturating_sub(2)..=b).find(|&v| {
                self.lex.is_cue("publish-verb", self.lower(v))
                    || (suit && self.lex.is_cue("bring-verb", self.lower(v)))
            })?;
            // (its subject: the last person or organization named before the verb, in its
            // sentence, not a possessor)
            let range = self.doc.sentences[self.doc.sentence_of(k)].tokens.clone();
            self.last_named_before(range.start, verb)
        };
        author.filter(|&e| {
            matches!(
                self.entities[e].kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            )
        })
    }

    /// The legislature a lower-case noun at `t` names after a country word: "the Taiwan
    /// parliament", "the Japanese parliament", "Taiwan's legislature" (an organization named
    /// by the two words, made once per article). `None` for anything else.
    fn national_legislature_at(&mut self, t: usize) -> Option<(usize, usize)> {
        if t == 0 || self.is_cap(t) || !self.lex.is_cue("legislature-noun", self.lower(t)) {
            return None;
        }
        let m = self.mention(t - 1)?;
        let (c, start) = (m.entity, m.tokens.start);
        if self.entities[c].kind != EntityKind::Country {
            return None;
        }
        let country = super::strip_possessive(&self.name_of(start..t)).to_owned();
        let name = format!("{country} {}", self.lower(t));
        let existing = self
            .entities
            .iter()
            .position(|e| e.kind == EntityKind::Organization && e.name.eq_ignore_ascii_case(&name));
        let e = existing.unwrap_or_else(|| {
            let state = self.entities[c].country;
            self.new_entity(EntityKind::Organization, name, state, "org.legislature")
        });
        self.add_mention(e, t..t + 1, "org.legislature");
        Some((e, start))
    }

    /// The last person or organization named between `from` and `to`, not as a possessor:
    /// the subject before a verb.
    fn last_named_before(&self, from: usize, to: usize) -> Option<usize> {
        self.mentions_in(from, to)
            .filter(|m| {
                matches!(
                    self.entities[m.entity].kind,
                    EntityKind::Person | EntityKind::Organization
                ) && !self.is_possessive(m.tokens.end - 1)
            })
            .last()
            .map(|m| m.entity)
    }

    /// Whom "his", "her", "its" or "their" at `t` stands for.
    pub(super) fn possessive_pronoun_owner(&self, t: usize) -> Option<usize> {
        match self.lower(t) {
            "his" => self.resolve_person(t, false),
            "her" => self.resolve_person(t, true),
            "its" => self.resolve_it(t),
            "their" => self.resolve_they(t),
            _ => None,
        }
    }

    pub(super) fn resolve_pronoun(&self, t: usize, lower: &str) -> Option<usize> {
        match lower {
            "he" | "she" => self.resolve_person(t, lower == "she"),
            "him" => self.resolve_object_person(t),
            "it" => self.resolve_it(t),
            "they" | "them" => self.resolve_they(t),
            _ => None,
        }
    }

    /// The spokesperson noun that "he"/"she" at `t` continues: the last one in this or the
    /// sentence before, of a compatible gender, with no name of its own ("spokesman Tom
    /// Kelly") and no person named after it.
    fn unnamed_spokesperson_before(&self, t: usize, female: bool) -> Option<usize> {
        let s = self.doc.sentence_of(t);
        let from = self.doc.sentences[s.saturating_sub(1)].tokens.start;
        let p = (from..t).rev().find(|&k| match self.lower(k) {
            "spokeswoman" => female,
            "spokesman" => !female,
            "spokesperson" => true,
            _ => false,
        })?;
        let named = |k: usize| {
            self.mention(k)
                .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
        };
        (!self.spokesperson_named(p, t) && !(p + 1..t).any(named)).then_some(p)
    }

    /// The person a definite "the (Lib Dem) spokesman" at `p` means: the one named with the
    /// same noun for the same body earlier in the window ("Lib Dem spokesman Vince Cable").
    fn named_spokesperson_before(&self, p: usize) -> Option<usize> {
        // the body before the noun, and the word before that body
        let lead = match self.mention(p.checked_sub(1)?) {
            Some(m) => m.tokens.start.checked_sub(1)?,
            None => p - 1,
        };
        if self.lower(lead) != "the" {
            return None;
        }
        let word = self.lower(p);
        // (the body in the same words: a name inside a title is not always a mention)
        let n = p - lead - 1;
        let same_body =
            |k: usize| k >= n && (0..n).all(|i| self.lower(k - n + i) == self.lower(lead + 1 + i));
        let person = |k: usize| {
            self.mention(k)
                .filter(|m| self.entities[m.entity].kind == EntityKind::Person)
                .map(|m| m.entity)
        };
        let from = p.saturating_sub(DESCRIPTION_WINDOW);
        // (the nearest use of the noun for that body: "A Tory spokesman said ... the spokesman
        // added" is the unnamed one, not a spokesman named earlier)
        let k = (from..lead)
            .rev()
            .find(|&k| self.lower(k) == word && same_body(k))?;
        // "spokesman Vince Cable", "spokesman, Vince Cable"
        person(k + 1).or_else(|| (self.word(k + 1) == ",").then(|| person(k + 2)).flatten())
    }

    /// Whether the spokesperson noun at `p` has a name of its own before `t`: "spokesman Tom
    /// Kelly", "Tom Kelly, spokesman for ...", "X's spokesman, Tom Kelly".
    fn spokesperson_named(&self, p: usize, t: usize) -> bool {
        let named = |k: usize| {
            self.mention(k)
                .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
        };
        named(p + 1)
            || (p + 2 < t && self.word(p + 1) == "," && named(p + 2))
            || (p > 0 && named(p - 1) && !self.is_possessive(p - 1))
            || (p > 1 && self.word(p - 1) == "," && named(p - 2))
            || (p > 2
                && matches!(self.lower(p - 1), "a" | "the")
                && self.word(p - 2) == ","
                && named(p - 3))
    }

    /// The person "he" or "she" refers to, of a compatible gender: the first one named in
    /// this sentence before it, else the first one named in the nearest of the two sentences
    /// before that names one. The first person of a sentence is mostly its subject, which a
    /// pronoun after it mostly continues ("Peston wrote a book about Brown. In it he alleges
    /// ..." is Peston's).
    pub(super) fn resolve_person(&self, t: usize, female: bool) -> Option<usize> {
        let s = self.doc.sentence_of(t);
        self.resolve_person_after(t, female, s.saturating_sub(8))
    }

    /// [`Ctx::resolve_person`], looking no further back than sentence `floor` (a chain of
    /// pronouns followed back shares one floor: the search stays short however long the
    /// article).
    fn resolve_person_after(&self, t: usize, female: bool, floor: usize) -> Option<usize> {
        let s = self.doc.sentence_of(t);
        let keep =
            |m: &super::TokMention| self.female.get(m.entity).copied().unwrap_or(false) == female;
        // (sentences of a quotation the pronoun is not in do not count: "Ms James told the
        // BBC: '...' '...' But she said ..." continues Ms James)
        let quoted_here = self.in_quote(t);
        let mut counted = 0;
        let mut i = s;
        loop {
            let range = &self.doc.sentences[i].tokens;
            let end = if i == s { t } else { range.end };
            // (wholly quoted: its second and last tokens inside; not '"...," said X.')
            let quoted = i != s
                && !quoted_here
                && range.len() > 2
                && self.in_quote(range.start + 1)
                && self.in_quote(range.end - 1);
            if !quoted {
                // ("He went on to accuse Mr Brown of ... He also accused ...": a sentence whose
                // subject is the same pronoun, before anyone it names, is about whom that one
                // means, not about the first one it names)
                if i != s {
                    let main = self.main_clause_start(range.start, end);
                    let pronoun = if female { "she" } else { "he" };
                    if main < end
                        && self.lower(main) == pronoun
                        && !self.in_quote(main)
                        && s - i <= 3
                    {
                        return self.resolve_person_after(main, female, floor);
                    }
                }
                // ("But the official dismissed the idea ... He accused them of ...": a sentence
                // about someone unnamed ends the search; "he" is most likely that one)
                if i != s {
                    let mut k = self.main_clause_start(range.start, end);
                    if k + 1 < end && matches!(self.lower(k), "but" | "and" | "yet") {
                        k += 1;
                    }
                    if k < end && matches!(self.lower(k), "the" | "a" | "an") {
                        k += 1;
                        if k + 1 < end && matches!(self.lower(k), "senior" | "top" | "u.s.") {
                            k += 1;
                        }
                        // (the noun, then its verb: not "The official figures came out")
                        // (spokespeople are read before this: they speak for a body)
                        let noun =
                            k < end && matches!(self.lower(k), "official" | "aide" | "source");
                        let verb = k + 1 < end && {
                            let w = self.lower(k + 1);
                            w == ","
                                || w.ends_with("ed")
                                || SPEECH_VERBS.contains(&w)
                                || matches!(w, "is" | "was" | "has" | "had" | "will" | "would")
                        };
                        let unnamed = noun
                            && verb
                            && self.mentions_in(k + 1, (k + 4).min(end)).next().is_none();
                        if unnamed {
                            return None;
                        }
                    }
                }
                // ('"...," the Tory leader said.', 'Y's plan was wrong, Mr Howard added':
                // who speaks a sentence is whom it is about; '..., he said' whom that "he"
                // means, found or not: the search ends there, so it stays linear)
                if i != s {
                    if let Some(found) = self.attributed_speaker(range.start, end, female, floor) {
                        return found;
                    }
                }
                if let Some(found) = self.sentence_subject(range.start, end, keep) {
                    return Some(found);
                }
                counted += 1;
            }
            if counted > 2 || i <= floor || s - i >= 8 {
                break;
            }
            i -= 1;
        }
        None
    }

    /// The person of a compatible gender who speaks the sentence from `start` to `end` after
    /// what is said: `..., X said`, `..., the Tory leader said` (a description of someone the
    /// article names), `..., he said` (whom that pronoun means), or `..., said X`. `None` when
    /// the sentence has no such attribution.
    fn attributed_speaker(
        &self,
        start: usize,
        end: usize,
        female: bool,
        floor: usize,
    ) -> Option<Option<usize>> {
        let person = |e: usize| {
            self.entities[e].kind == EntityKind::Person
                && self.female.get(e).copied().unwrap_or(false) == female
        };
        let v = (start + 2..end).find(|&v| {
            SPEECH_VERBS.contains(&self.lower(v)) && !self.in_quote(v) && {
                // (a comma, or a comma and a closing quotation mark, before the speaker)
                (v.saturating_sub(7).max(start)..v).any(|c| self.word(c) == ",")
            }
            // (the attribution closes what was said: the sentence ends, or an adjunct of
            // when, where or to whom follows; not "a charge John Smith said was baseless")
            && (v + 1 >= end
                || !self.is_word(v + 1)
                || matches!(
                    self.lower(v + 1),
                    "on" | "in" | "at" | "yesterday" | "today" | "tonight" | "last" | "after"
                        | "before" | "when" | "as" | "during" | "to" | "later" | "earlier"
                        | "he" | "she"
                )
                || self.mention(v + 1).is_some())
        })?;
        // ", said X." (the name ends the sentence or its phrase: not "Simon, who held his
        // post, said Reagan's tax cuts are positive")
        if self.word(v - 1) == "," || is_quote(self.word(v - 1)) {
            let m = self.mention(v + 1).filter(|_| v + 1 < end)?;
            let after = m.tokens.end;
            let closes = after >= end || !self.is_word(after);
            return (closes && !self.is_possessive(after - 1))
                .then(|| Some(m.entity).filter(|&e| person(e)));
        }
        let comma = (v.saturating_sub(7).max(start)..v)
            .rev()
            .find(|&c| self.word(c) == ",")?;
        let mut k = comma + 1;
        if k < v && is_quote(self.word(k)) {
            k += 1;
        }
        // (the speaker's phrase only: words and names, no clause)
        if k >= v || !(k..v).all(|j| self.is_word(j)) {
            return None;
        }
        // (a person named there; "the Tory leader": a party's name inside a description)
        // (one of the other sex speaking: no word on this one, the search goes on)
        if let Some(m) = self.mentions_in(k, v).find(|m| {
            !self.is_possessive(m.tokens.end - 1)
                && self.entities[m.entity].kind == EntityKind::Person
        }) {
            return person(m.entity).then_some(Some(m.entity));
        }
        match self.lower(k) {
            "he" | "she" if k + 1 == v && (self.lower(k) == "she") == female => {
                Some(self.resolve_person_after(k, female, floor))
            }
            // "the Tory leader said": the one holding that title of that party or country
            "the" if k + 1 < v && self.is_cap(k + 1) => {
                let owner = self.mention(k + 1).map(|m| (m.entity, m.tokens.end))?;
                let title = (owner.1..v)
                    .map(|j| super::strip_possessive(self.lower(j)))
                    .collect::<Vec<_>>()
                    .join(" ");
                let mut holders = self
                    .roles
                    .iter()
                    .filter(|r| r.of == Some(owner.0) && !title.is_empty() && r.title == title)
                    .map(|r| r.holder);
                let first = holders.next()?;
                (holders.all(|h| h == first) && person(first)).then_some(Some(first))
            }
            "the" if k + 1 < v => self
                .definite_description(k + 1)
                .map(|(e, _)| e)
                .filter(|&e| person(e))
                .map(Some),
            _ => None,
        }
    }

    /// The person a sentence (from `start` to `end`) is about, among those `keep` accepts: the
    /// first named in its main clause, past an opening adverbial clause ("Speaking after Mr
    /// Brown's Budget, Mr Kennedy said ..."), else in the whole sentence when the main clause
    /// names no one; a possessor only when no one else is named ("Brown's Britain by Robert
    /// Preston").
    fn sentence_subject(
        &self,
        start: usize,
        end: usize,
        keep: impl Fn(&super::TokMention) -> bool,
    ) -> Option<usize> {
        let person =
            |m: &&super::TokMention| self.entities[m.entity].kind == EntityKind::Person && keep(m);
        let main = self.main_clause_start(start, end);
        let from = if self.mentions_in(main, end).any(|m| person(&m)) {
            main
        } else {
            start
        };
        let mut people = self.mentions_in(from, end).filter(person);
        let first = people.next();
        let named = std::iter::once(first)
            .flatten()
            .chain(people)
            .find(|m| !self.is_possessive(m.tokens.end - 1));
        named.or(first).map(|m| m.entity)
    }

    /// Where a sentence's main clause starts: after an opening adverbial or participial
    /// clause set off by a comma ("After the vote, ...", "Speaking in the Commons, ..."),
    /// else at the sentence's start.
    fn main_clause_start(&self, start: usize, end: usize) -> usize {
        if start >= end {
            return start;
        }
        let w = self.lower(start);
        let opens_clause = super::syntax::PREPOSITIONS.contains(&w)
            || matches!(
                w,
                "when"
                    | "while"
                    | "although"
                    | "though"
                    | "as"
                    | "if"
                    | "because"
                    | "since"
                    | "once"
                    | "despite"
                    | "following"
                    | "speaking"
                    | "asked"
                    | "according"
            );
        if !opens_clause {
            return start;
        }
        (start + 1..end.min(start + 40))
            .find(|&k| self.word(k) == ",")
            .map_or(start, |c| c + 1)
    }

    /// The man "him" refers to: the latest one named in this or the two sentences before
    /// (an object pronoun is not its own clause's subject: "Howard sacked Peacock after
    /// accusing him" is Peacock).
    fn resolve_object_person(&self, t: usize) -> Option<usize> {
        let s = self.doc.sentence_of(t);
        let male = |m: &&super::TokMention| {
            self.entities[m.entity].kind == EntityKind::Person
                && !self.female.get(m.entity).copied().unwrap_or(false)
        };
        // not the subject of its own clause ("Mr Clarke accused him"): for a participle
        // ("... after accusing him") the main clause's first person, for a finite verb the
        // name right before it; after a preposition ("the action against him") no one
        let range = self.doc.sentences[s].tokens.clone();
        let mut v = t;
        while v > range.start && {
            let w = self.lower(v - 1);
            w.len() > 4 && w.ends_with("ly")
        } {
            v -= 1;
        }
        let subject = v
            .checked_sub(1)
            .filter(|&v| v >= range.start)
            .and_then(|v| {
                let w = self.lower(v);
                // (a progressive is finite: "TBWA was blaming him")
                let progressive = v > range.start
                    && matches!(
                        self.lower(v - 1),
                        "was" | "were" | "is" | "are" | "been" | "be"
                    );
                if w.ends_with("ing") && !progressive {
                    let main = self.main_clause_start(range.start, v);
                    self.mentions_in(main, v)
                        .find(|m| self.entities[m.entity].kind == EntityKind::Person)
                        .map(|m| m.entity)
                } else if w.ends_with("ed")
                    || w.ends_with("ing")
                    || self.lex.accusation_cues.contains_key(w)
                {
                    // the word right before the verb (past auxiliaries): a name, or "he"
                    let mut k = v;
                    while k > range.start
                        && matches!(
                            self.lower(k - 1),
                            "has"
                                | "had"
                                | "have"
                                | "was"
                                | "were"
                                | "is"
                                | "are"
                                | "also"
                                | "then"
                        )
                    {
                        k -= 1;
                    }
                    let k = k.checked_sub(1).filter(|&k| k >= range.start)?;
                    match self.lower(k) {
                        "he" => self.resolve_person(k, false),
                        _ => self.mention(k).map(|m| m.entity),
                    }
                } else {
                    None
                }
            });
        // another man named before it in this sentence ("Howard sacked Peacock after
        // accusing him"), else the subject of the nearest sentence before that names one
        let here = self
            .mentions_in(range.start, t)
            .filter(|m| male(m) && Some(m.entity) != subject)
            .last()
            .map(|m| m.entity);
        here.or_else(|| {
            (1..=2).find_map(|back| {
                let r = self.doc.sentences[s.checked_sub(back)?].tokens.clone();
                self.sentence_subject(r.start, r.end, |m| {
                    !self.female.get(m.entity).copied().unwrap_or(false)
                        && Some(m.entity) != subject
                })
            })
        })
    }

    /// Which entities are women, by a female given name or a female honorific on any of
    /// their mentions: computed once, after the people are known (one pass over chunks and
    /// mentions, not one per pronoun).
    pub(super) fn find_female_people(&mut self) {
        let lex = self.lex;
        let honorific = |w: &str| lex.is_cue("female-honorific", w);
        let mut female: Vec<bool> = self
            .entities
            .iter()
            .map(|e| {
                // (a given name, not a family name after a title: "President Reagan";
                // "Madonna" alone is still a woman's)
                let mut words = e.name.split_whitespace();
                let first = words.next().unwrap_or("");
                (words.next().is_some() || e.rule != "person.title")
                    && self.lex.female_names.contains(first)
            })
            .collect();
        for (tokens, name, p) in &self.person_chunks {
            if (tokens.start..name.start).any(|t| honorific(self.word(t))) {
                female[*p] = true;
            }
        }
        for m in &self.mentions {
            if m.tokens.start > 0 && honorific(self.word(m.tokens.start - 1)) {
                female[m.entity] = true;
            }
        }
        self.female = female;
    }

    /// The organization or country "it" refers to: the latest one that spoke or acted in this
    /// or the two sentences before, else the first one of the sentence before.
    pub(super) fn resolve_it(&self, t: usize) -> Option<usize> {
        let s = self.doc.sentence_of(t);
        // "The suit said ... It also said ...": a sentence that opens with "it" after one whose
        // subject is a suit or a document goes on about the document, no actor
        if s > 0 && t == self.doc.sentences[s].tokens.start {
            let prev = self.doc.sentences[s - 1].tokens.clone();
            let opens_with_document = prev.len() > 2
                && self.lower(prev.start) == "the"
                && (prev.start + 1..(prev.start + 4).min(prev.end)).any(|k| {
                    let w = self.lower(k);
                    self.lex.is_cue("suit-noun", w) || self.lex.is_cue("document-noun", w)
                });
            if opens_with_document {
                return None;
            }
        }
        let from = self.doc.sentences[s.saturating_sub(2)].tokens.start;
        let mut actors: Vec<&super::TokMention> = self
            .mentions_in(from, t)
            .filter(|m| {
                matches!(
                    self.entities[m.entity].kind,
                    EntityKind::Organization | EntityKind::Country
                )
            })
            .collect();
        // the clause's own: "TransAmerican could pursue its lawsuit" (the latest one in this
        // sentence, with no comma between)
        let start = self.doc.sentences[s].tokens.start;
        // (a name, not a demonym nor a place: "a ruling in U.S. District Court on its suit")
        let own = actors
            .iter()
            .filter(|m| {
                m.tokens.start >= start
                    && m.rule != "country.demonym"
                    && !(m.tokens.start.saturating_sub(2).max(start)..m.tokens.start)
                        .any(|k| matches!(self.lower(k), "in" | "at" | "on" | "from"))
            })
            .max_by_key(|m| m.tokens.start)
            .filter(|m| {
                (m.tokens.end..t).all(|k| {
                    !matches!(
                        self.lower(k),
                        "," | ";" | ":" | "\"" | "that" | "and" | "which" | "who" | "but" | "if"
                    )
                }) && self.doc.tokens[m.tokens.start].cap
                    // (nor across a report whose clause has its own subject: "X said the
                    // buyers renewed their criticism")
                    && !(m.tokens.end..t).any(|k| self.report_with_own_subject(k, t))
            });
        // (not the object of a preposition or a charge in a reported clause whose subject
        // that is: in "X said Y has filed a suit against it", "it" is X; a subject acting on
        // itself says "itself")
        let object = t > start && self.lower(t) == "it" && {
            let prev = self.lower(t - 1);
            matches!(
                prev,
                "against" | "with" | "for" | "of" | "to" | "by" | "from" | "on" | "at" | "over"
            ) || self.lex.accusation_cues.contains_key(prev)
        };
        let object = object
            && own.is_some_and(|m| {
                (start..m.tokens.start).any(|k| SPEECH_VERBS.contains(&self.lower(k)))
            });
        match own {
            Some(m) if !object => return Some(m.entity),
            Some(m) => {
                let subject = m.entity;
                actors.retain(|a| a.entity != subject);
            }
            None => {}
        }
        // "X attacked the Conservative Party, accusing it of ...": the object of a participle
        // after the main clause is the latest one that clause names
        // (an object: "accusing it of", "charging it with"; not "alleging it was ...", nor a
        // place: "filed suit against Y in U.S. District Court, charging it with ...")
        if t >= start + 2
            && self.lower(t) == "it"
            && self.word(t - 2) == ","
            && self.lower(t - 1).ends_with("ing")
            && t + 1 < self.doc.tokens.len()
            && matches!(self.lower(t + 1), "of" | "with" | "for" | "over")
        {
            let named = actors
                .iter()
                .filter(|m| m.tokens.start >= start && m.tokens.end <= t - 2)
                .filter(|m| {
                    m.rule != "country.demonym"
                        && !self.is_possessive(m.tokens.end - 1)
                        && !(m.tokens.start.saturating_sub(2).max(start)..m.tokens.start)
                            .any(|k| matches!(self.lower(k), "in" | "at"))
                })
                .max_by_key(|m| m.tokens.start);
            if let Some(m) = named {
                return Some(m.entity);
            }
        }
        // in the order they were found (countries first), as the fallback below reads them
        actors.sort_by_key(|m| self.mention_at[m.tokens.start]);
        let speaking = actors.iter().filter(|m| {
            // ("<Phoenix Canada Oil Co Ltd> said": past a closing bracket)
            let mut next = m.tokens.end;
            while next < self.doc.tokens.len() && matches!(self.word(next), ">" | ")") {
                next += 1;
            }
            next < self.doc.tokens.len() && {
                let w = self.lower(next);
                SPEECH_VERBS.contains(&w)
                    || matches!(w, "has" | "had" | "is" | "was" | "maintains" | "claims")
            }
            // (not when the report's clause, in this sentence, has a subject of its own
            // before the pronoun: "X said the buyers renewed their criticism")
            && !(t <= self.doc.sentences[s].tokens.end
                && m.tokens.start >= start
                && self.report_with_own_subject(next, t))
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
            // "Yukos called the sale illegal. It also has vowed ... . Earlier this month it
            // sued ...": a sentence that opens with "It" and names no one continues the chain
            .or_else(|| self.it_chain(s))
    }

    /// Whether token `k` is a speech verb whose clause has a subject of its own before token
    /// `t` ("said the buyers ..."): a pronoun at `t` belongs to that clause, not to the speaker.
    fn report_with_own_subject(&self, k: usize, t: usize) -> bool {
        k + 1 < t
            && SPEECH_VERBS.contains(&self.lower(k))
            && matches!(self.lower(k + 1), "the" | "a" | "an")
    }

    /// "Yukos called the sale illegal. It also has vowed ... . Earlier this month it sued
    /// ...": when the sentence before sentence `s` opens with "It" and names no one, the
    /// subject of the sentence before that (its first organization or country, not a place
    /// after "in", "at", "on" or "from") is what "it" continues.
    fn it_chain(&self, s: usize) -> Option<usize> {
        let prev = self.doc.sentences[s.checked_sub(1)?].tokens.clone();
        if self.lower(prev.start) != "it" || self.mentions_in(prev.start, prev.end).next().is_some()
        {
            return None;
        }
        let before = self.doc.sentences[s.checked_sub(2)?].tokens.clone();
        self.mentions_in(before.start, before.end)
            .find(|m| {
                matches!(
                    self.entities[m.entity].kind,
                    EntityKind::Organization | EntityKind::Country
                ) && m.rule != "country.demonym"
                    && !(m.tokens.start.saturating_sub(2).max(before.start)..m.tokens.start)
                        .any(|k| matches!(self.lower(k), "in" | "at" | "on" | "from"))
            })
            .map(|m| m.entity)
    }

    /// "the company", "the government", "the president": the entity the article means. An
    /// organization noun is the latest organization named before it; a government noun the
    /// latest country named in this or the three sentences before; a title the latest person
    /// holding it. Only after "the" (or "its"/"their" for nothing: "its government" is not
    /// resolved), and only for a singular head.
    fn definite_description(&self, t: usize) -> Option<(usize, usize)> {
        if t == 0 || self.lower(t - 1) != "the" {
            return None;
        }
        // ("The 19-year-old said": the person spoken of last)
        if let Some(p) = self.described_person(t) {
            return Some((p, t - 1));
        }
        // "the company's" is the company
        let noun = super::strip_possessive(self.lower(t));
        // what came before, within a window: linear however long the article
        let window = t.saturating_sub(DESCRIPTION_WINDOW);
        if self.lex.is_cue("org-description", noun) {
            return self
                .described_organization(t, noun, window)
                .map(|e| (e, t - 1));
        }
        if self.lex.is_cue("government-description", noun) {
            return self.government_at(t, window).map(|e| (e, t - 1));
        }
        // "the prime minister": title modifiers, then the head
        let mut head = t;
        while head + 1 < self.doc.tokens.len()
            && self
                .lex
                .role_head(super::strip_possessive(self.lower(head)))
                .is_none()
            && self.lex.is_role_modifier(self.lower(head))
            && head < t + 3
        {
            head += 1;
        }
        // ("the attorney general": a title of several words runs past its first head; its
        // head is still the first's)
        let noun = super::strip_possessive(self.lower(head));
        if let Some(n) = self.multiword_title_at(head, head + 1) {
            head += n - 1;
        }
        if self.lex.role_head(noun).is_some() {
            let title = self.title_words(t..head + 1);
            // the latest person named before `t` whose title ends in this noun
            // "the chancellor" is the one whose title is just that before a "shadow chancellor"
            let exact: Vec<usize> = self
                .roles
                .iter()
                .filter(|r| r.title == title)
                .map(|r| r.holder)
                .collect();
            // else a longer title that ends in it, unless a rank word sets the holder apart
            // ("the prime minister" is not the deputy prime minister)
            let holders: Vec<usize> = if exact.is_empty() {
                self.roles
                    .iter()
                    .filter(|r| {
                        r.title.ends_with(title.as_str())
                            && !r.title.split(' ').any(|w| RANK_WORDS.contains(&w))
                    })
                    .map(|r| r.holder)
                    .collect()
            } else {
                exact
            };
            let held = self.latest_named(&holders, window, t).map(|e| (e, t - 1));
            if held.is_some() || !holders.is_empty() {
                return held;
            }
            // no one named holds the title: a description that continues the subject of
            // the sentence before ("Tony Blair has dismissed reports ... '...,' the prime
            // minister told the BBC"), when that person has no title of another kind; the
            // article's first use of the description decides for the later ones
            let words = head + 1 - t;
            let first_use = (window.max(1)..t).find(|&k| {
                self.lower(k - 1) == "the"
                    && k + words <= self.doc.tokens.len()
                    && (0..words).all(|i| {
                        super::strip_possessive(self.lower(k + i))
                            == super::strip_possessive(self.lower(t + i))
                    })
            });
            let t = first_use.unwrap_or(t);
            let s = self.doc.sentence_of(t);
            let prev = s.checked_sub(1)?;
            let range = self.doc.sentences[prev].tokens.clone();
            let subject = self
                .mentions_in(range.start, range.end)
                .find(|m| !self.is_possessive(m.tokens.end - 1))
                .filter(|m| self.entities[m.entity].kind == EntityKind::Person)?
                .entity;
            let other_title = self
                .roles
                .iter()
                .any(|r| r.holder == subject && r.title != title);
            return (!other_title).then_some((subject, t - 1));
        }
        None
    }

    /// Whether the noun at `t` stands alone, no modifier or determiner before it: it opens
    /// its sentence, or follows a verb, a conjunction or a punctuation mark ("accused
    /// ministers of", "Ministers deny"; not "EC farm ministers", "the ministers").
    fn bare_noun_at(&self, t: usize) -> bool {
        let s = self.doc.sentence_of(t);
        if t == self.doc.sentences[s].tokens.start || !self.is_word(t - 1) {
            return true;
        }
        matches!(
            self.lower(t - 1),
            "and" | "but" | "that" | "by" | "as" | "urged" | "told" | "asked"
        ) || self.is_report_verb(t - 1)
    }

    /// Whether the word at `k` is a verb of speech, accusation or denial ("said",
    /// "accused", "denied").
    fn is_report_verb(&self, k: usize) -> bool {
        let w = self.lower(k);
        super::entities::SPEECH_VERBS.contains(&w)
            || self.lex.accusation_cues.contains_key(w)
            || self.lex.denial_cues.contains_key(w)
    }

    /// The country whose government a description at `t` means ("the government", "the
    /// administration", "ministers"): the country of the head of government named last in
    /// the three sentences before, else the latest country named there (not as a place),
    /// else the country the article names most around it (since `window`).
    fn government_at(&self, t: usize, window: usize) -> Option<usize> {
        let s = self.doc.sentence_of(t);
        let from = self.doc.sentences[s.saturating_sub(3)].tokens.start;
        // the country of the head of government named last ("the president ... a charge
        // the administration denies"), else the latest country named
        // else the country the article names most (a British story's "the government")
        // (not a country named later in the same sentence: "accusing the government of
        // lying over the Iraq war" is not Iraq's)
        let top = || {
            let end = (t + DESCRIPTION_WINDOW).min(self.doc.tokens.len());
            let here = self.doc.sentences[s].tokens.end;
            let mentions = || {
                self.mentions_in(window, end)
                    .filter(|m| m.tokens.start < t || m.tokens.start >= here)
            };
            // (a country named only as a place, "the war in Iraq", is the setting, not
            // the state whose government this is)
            let acting = self.mention_counts(
                EntityKind::Country,
                mentions().filter(|m| !self.after_place_preposition(m.tokens.start)),
            );
            let counts = if acting.is_empty() {
                self.mention_counts(EntityKind::Country, mentions())
            } else {
                acting
            };
            counts.iter().max_by_key(|c| c.1).map(|c| c.0)
        };
        // (a head of government whose title has no country yet, "President George W
        // Bush", heads the article's country)
        let leader = self
            .mentions_in(from, t)
            .filter_map(|m| {
                let country = self.roles.iter().find_map(|r| {
                    let head = r.title.rsplit(' ').next().unwrap_or("");
                    let gov = self
                        .lex
                        .role_heads
                        .get(head)
                        .is_some_and(|kind| kind == "gov");
                    if r.holder != m.entity || !gov {
                        return None;
                    }
                    match r.of {
                        Some(o) => (self.entities[o].kind == EntityKind::Country).then_some(o),
                        None => top(),
                    }
                })?;
                Some((m.tokens.start, country))
            })
            .max_by_key(|&(at, _)| at)
            .map(|(_, c)| c);
        let near = leader.or_else(|| {
            self.mentions_in(from, t)
                .filter(|m| {
                    self.entities[m.entity].kind == EntityKind::Country
                        && !self.after_place_preposition(m.tokens.start)
                })
                .max_by_key(|m| m.tokens.start)
                .map(|m| m.entity)
        });
        near.or_else(top)
    }

    /// A title after "the" and the name or demonym of its owner (tokens `start..end`, entity
    /// `owner`): "the Russian president", "the Manchester United manager", "the Labour
    /// party chairman". `Some(Some(p))`: the person named last before it whom the article
    /// gives that title in that owner. `Some(None)`: no one named holds it, and the title is
    /// one that does not speak for its owner (a player, a manager: "accused the Arsenal
    /// striker" accuses no club). `None`: no such description (the owner's name is read as
    /// it stands, "the Labour spokesman" for Labour).
    fn owner_title_holder(&self, owner: usize, start: usize, end: usize) -> Option<Option<usize>> {
        if start == 0 || self.lower(start - 1) != "the" || self.is_possessive(end - 1) {
            return None;
        }
        if !matches!(
            self.entities[owner].kind,
            EntityKind::Country | EntityKind::Organization
        ) {
            return None;
        }
        let n = self.doc.tokens.len();
        // title modifiers, then a lower-case head: "the Russian foreign minister"
        let mut head = end;
        while head < n
            && head < end + 3
            && self.is_word(head)
            && !self.is_cap(head)
            && self.lex.role_head(self.lower(head)).is_none()
            && self.lex.is_role_modifier(self.lower(head))
        {
            head += 1;
        }
        if head >= n || !self.is_word(head) || self.is_cap(head) {
            return None;
        }
        let head_word = super::strip_possessive(self.lower(head));
        let kind = self.lex.role_heads.get(head_word)?;
        // ("the White House spokesman" speaks for the White House)
        if self.lex.is_cue("agent-noun", head_word) {
            return None;
        }
        let title = self.title_words(end..head + 1);
        let holders: Vec<usize> = self
            .roles
            .iter()
            .filter(|r| r.of == Some(owner))
            .filter(|r| {
                r.title == title
                    || (r.title.ends_with(title.as_str())
                        && r.title[..r.title.len() - title.len()].ends_with(' ')
                        && !r.title.split(' ').any(|w| RANK_WORDS.contains(&w)))
            })
            .map(|r| r.holder)
            .collect();
        let window = start.saturating_sub(DESCRIPTION_WINDOW);
        let held = self.latest_named(&holders, window, start);
        if held.is_some() {
            return Some(held);
        }
        // no one named holds it: a head of state or government acts for the state, an
        // officer for the body; a player or a coach for no one
        (kind == "other").then_some(None)
    }

    /// The person a description of one person after "the" at `t` means: a demonym of one
    /// ("The Russian", "the Frenchman"; not a people, "the Japanese") or an age ("The
    /// 19-year-old"), maybe with a role word ("the Greek sprinter"), then a verb. That is the
    /// person "he" or "she" there would mean (whoever of the two was named last).
    fn described_person(&self, t: usize) -> Option<usize> {
        let n = self.doc.tokens.len();
        if t == 0 || t + 1 >= n || self.lower(t - 1) != "the" {
            return None;
        }
        let w = self.lower(t);
        let age = w
            .strip_suffix("-year-old")
            .is_some_and(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()));
        let demonym = self.mention(t).is_some_and(|m| {
            m.rule == "country.demonym" && m.tokens.end == t + 1 && !names_a_people(w)
        });
        if !age && !demonym {
            return None;
        }
        let mut v = t + 1;
        // (a sport's or trade's word, "sprinter", "striker"; not a title of state, "The
        // Russian president", "the Iraqi spokesman", read as titles are)
        if v + 1 < n
            && !self.is_cap(v)
            && self
                .lex
                .role_heads
                .get(self.lower(v))
                .is_some_and(|k| k == "other")
        {
            v += 1;
        }
        let next = self.lower(v);
        let verb = !self.is_cap(v)
            && (self.reports_or_charges(next)
                || matches!(
                    next,
                    "has" | "had" | "is" | "was" | "will" | "insisted" | "admitted"
                ));
        if !verb {
            return None;
        }
        let last = |e: usize| {
            self.mentions_in(t.saturating_sub(DESCRIPTION_WINDOW), t)
                .filter(|m| m.entity == e)
                .map(|m| m.tokens.start)
                .max()
        };
        [false, true]
            .into_iter()
            .filter_map(|female| self.resolve_person(t - 1, female))
            .max_by_key(|&e| last(e))
    }

    /// The organization an organization noun at `t` ("company", "union", "agency") means:
    /// the latest one named since `window` whose name holds the noun (or a kin word), else,
    /// for a company noun, the organization the article names most so far.
    fn described_organization(&self, t: usize, noun: &str, window: usize) -> Option<usize> {
        // "the agency" after "the Environmental Protection Agency": the latest organization
        // whose name holds the noun
        // "the panel" is the Tower Commission, "the union" the National Association of
        // Broadcast Employees, "the regulator" an authority (the class named once, not per
        // mention)
        let kin = format!("name-of-{noun}");
        let named = self
            .mentions_in(window, t)
            .filter(|m| self.entities[m.entity].kind == EntityKind::Organization)
            .filter(|m| {
                let name = &self.entities[m.entity].name;
                name.to_lowercase()
                    .split(' ')
                    .any(|w| w == noun || self.lex.is_cue(&kin, w))
                    // ("UKIP ... the party": a party named by its short form)
                    || (noun == "party" && self.lex.parties.contains_key(name.as_str()))
                    // ("a Greek-based consortium, North Aegean Petroleum Co ... the
                    // consortium": introduced by the noun in apposition)
                    // (an indefinite description: "a Greek-based consortium, X"; not "to buy
                    // the company, Apex said", where the name opens the next clause)
                    || (m.tokens.start >= 2
                        && self.word(m.tokens.start - 1) == ","
                        && super::strip_possessive(self.lower(m.tokens.start - 2)) == noun
                        && (m.tokens.start.saturating_sub(7)..m.tokens.start - 2)
                            .any(|k| matches!(self.lower(k), "a" | "an"))
                        && !(m.tokens.end < self.doc.tokens.len()
                            && SPEECH_VERBS.contains(&self.lower(m.tokens.end))))
            })
            .max_by_key(|m| m.tokens.start)
            .map(|m| m.entity);
        if named.is_some() || !self.lex.is_cue("company-description", noun) {
            return named;
        }
        // "An IBM Nederland spokesman said the firm denied ...": the organization whose
        // spokesman speaks in this sentence
        let s = self.doc.sentence_of(t);
        let start = self.doc.sentences[s].tokens.start;
        let speaking = self
            .mentions_in(start, t)
            .filter(|m| {
                self.entities[m.entity].kind == EntityKind::Organization
                    && m.tokens.end < t
                    && self.lex.is_cue("agent-noun", self.lower(m.tokens.end))
            })
            .map(|m| m.entity)
            .last();
        if speaking.is_some() {
            return speaking;
        }
        // the organization the article names most so far (ties: the latest): "the
        // company" in a story about a company means that company, not the regulator
        // named in the sentence before
        // (a public body is no company: "the EPA ... the company" is another)
        let counts = self.mention_counts(
            EntityKind::Organization,
            self.mentions_in(window, t)
                .filter(|m| !self.is_public_body(m.entity)),
        );
        counts.iter().max_by_key(|c| (c.1, c.2)).map(|c| c.0)
    }

    /// The mentions that start in tokens `from..to`, in text order, read through the token
    /// index: linear in the window, not in the article.
    pub(super) fn mentions_in(
        &self,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = &super::TokMention> + '_ {
        (from..to.min(self.mention_at.len())).filter_map(move |k| {
            let m = self.mention(k)?;
            (m.tokens.start == k).then_some(m)
        })
    }

    /// The organization or country "they" refers to, as "it" does; British English makes
    /// organizations plural ("the Conservatives ... they").
    fn resolve_they(&self, t: usize) -> Option<usize> {
        self.resolve_it(t)
    }

    /// Whether token `k` is a common noun that the word before it modifies: lower case, and
    /// not a preposition, conjunction, adverb or other function word that can follow a name.
    pub(super) fn is_modified_noun(&self, k: usize) -> bool {
        let t = &self.doc.tokens[k];
        if t.kind != crate::text::TokenKind::Word || t.cap {
            return false;
        }
        let w = self.lower(k);
        !(super::syntax::PREPOSITIONS.contains(&w)
            || GOVERNMENT_NOUNS.contains(&w)
            || self.lex.is_cue("after-name-word", w)
            || (w.len() > 4 && w.ends_with("ly"))
            || w.ends_with("ed")
            || w.ends_with("s") && self.lex.accusation_cues.contains_key(w))
    }

    /// "the men", "the three executives", "the other seven protesters" at `t` (the "the"):
    /// the people of the nearest sentence before that names at least two (exactly the number
    /// said, when one is said and a sentence has that many). Returns them and the token after
    /// the phrase; `None` when `t` opens no such phrase or no sentence names a group (within
    /// a long article's length before it).
    pub(super) fn plural_people_at(&self, t: usize, end: usize) -> Option<(Vec<usize>, usize)> {
        if t >= end || self.lower(t) != "the" {
            return None;
        }
        let mut k = t + 1;
        let mut count = None;
        while k < end && self.lex.is_cue("group-modifier", self.lower(k)) {
            if let Some(n) = number_word(self.lower(k)) {
                count = Some(n);
            }
            k += 1;
        }
        if k >= end {
            return None;
        }
        if self.lex.is_cue("people-noun", self.lower(k)) {
            return self.group_named_before(t, count).map(|p| (p, k + 1));
        }
        // "the tobacco companies denied", "the two oil firms": bodies named together before
        // (past at most two modifiers that do not set other bodies apart, "the rival firms")
        let mut noun = k;
        while noun < end
            && noun < k + 2
            && self.is_word(noun)
            && !self.is_cap(noun)
            && self.mention(noun).is_none()
            && !self.lex.is_cue("plural-company-noun", self.lower(noun))
            && !self.lex.is_cue("plural-state-noun", self.lower(noun))
            && !self.lex.is_cue("other-body-modifier", self.lower(noun))
        {
            noun += 1;
        }
        if noun >= end {
            return None;
        }
        let kind = if self.lex.is_cue("plural-company-noun", self.lower(noun)) {
            EntityKind::Organization
        } else if noun == k && self.lex.is_cue("plural-state-noun", self.lower(noun)) {
            EntityKind::Country
        } else {
            return None;
        };
        self.bodies_named_before(t, count, kind)
            .map(|b| (b, noun + 1))
    }

    /// A title's words at `tokens`, lower case and without possessive endings, as roles keep
    /// them ("the Russian foreign minister's" -> "foreign minister").
    fn title_words(&self, tokens: std::ops::Range<usize>) -> String {
        tokens
            .map(|k| super::strip_possessive(self.lower(k)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Of `entities`, the one named last in tokens `from..to`.
    fn latest_named(&self, entities: &[usize], from: usize, to: usize) -> Option<usize> {
        self.mentions_in(from, to)
            .filter(|m| entities.contains(&m.entity))
            .max_by_key(|m| m.tokens.start)
            .map(|m| m.entity)
    }

    /// The sentences (token ranges) from the one holding `t` back to the start of the
    /// description window, nearest first.
    fn sentences_back(&self, t: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        (0..=self.doc.sentence_of(t))
            .rev()
            .map(|s| self.doc.sentences[s].tokens.clone())
            .take_while(move |range| range.end + DESCRIPTION_WINDOW >= t)
    }

    /// Whether an organization is a public body (a government's, an international one, an
    /// army or a party, by a keyword of its name): no company.
    fn is_public_body(&self, e: usize) -> bool {
        self.entities[e].name.split(' ').any(|w| {
            self.lex
                .org_keyword(w)
                .is_some_and(|kind| matches!(kind, "gov" | "intl" | "mil" | "party"))
        })
    }

    /// The bodies of `kind` of the nearest sentence up to token `t` that names at least two
    /// (exactly `count`, when given), leaving out public bodies when companies are meant and
    /// places ("in Japan") when states are.
    fn bodies_named_before(
        &self,
        t: usize,
        count: Option<usize>,
        kind: EntityKind,
    ) -> Option<Vec<usize>> {
        let mut best: Option<Vec<usize>> = None;
        // (without a number, within the ten sentences before: "the companies" is a group the
        // story is still about)
        let reach = if count.is_some() { usize::MAX } else { 11 };
        for range in self.sentences_back(t).take(reach) {
            let mut bodies: Vec<usize> = Vec::new();
            for m in self.mentions_in(range.start, range.end.min(t)) {
                let e = m.entity;
                if self.entities[e].kind != kind || bodies.contains(&e) {
                    continue;
                }
                let public = kind == EntityKind::Organization && self.is_public_body(e);
                // ("Capital Records and EMI Records, two units of Thorn-EMI": the parent
                // named to describe them is not one of them)
                let owner_of = m.tokens.start >= 2 && self.lower(m.tokens.start - 1) == "of" && {
                    let noun = self.lower(m.tokens.start - 2);
                    let singular = noun.strip_suffix('s').unwrap_or(noun);
                    self.lex.is_cue("relation-noun", singular)
                        || self.lex.is_cue("company-relation", noun)
                };
                if public || owner_of || self.after_place_preposition(m.tokens.start) {
                    continue;
                }
                bodies.push(e);
            }
            match count {
                _ if bodies.len() < 2 => continue,
                Some(n) if bodies.len() != n => continue,
                Some(_) => return Some(bodies),
                // (no number: the largest group named together, the nearest of equals; "the
                // companies" after a list of five is the five, not two named since)
                None if best.as_ref().is_some_and(|b| b.len() >= bodies.len()) => continue,
                None => best = Some(bodies),
            }
        }
        best
    }

    /// "All three", "both two" at `t`: the people named together before, as "the three" reads
    /// them. Returns them and the token after the number.
    pub(super) fn plural_people_numbered(
        &self,
        t: usize,
        end: usize,
    ) -> Option<(Vec<usize>, usize)> {
        if t + 2 > end || t + 2 > self.doc.tokens.len() {
            return None;
        }
        let count = number_word(self.lower(t + 1))?;
        self.group_named_before(t, Some(count)).map(|p| (p, t + 2))
    }

    /// The people of the nearest sentence up to token `t` that names at least two (exactly
    /// `count`, when given and a sentence has that many), leaving out kin named to describe
    /// one of them ("Otis Ferry, the son of rock star Bryan Ferry").
    fn group_named_before(&self, t: usize, count: Option<usize>) -> Option<Vec<usize>> {
        let mut best: Option<Vec<usize>> = None;
        let mut ranges = self.sentences_back(t);
        while let Some(range) = ranges.next() {
            let people = self.people_named_in(range.clone(), t, false);
            if people.len() < 2 {
                continue;
            }
            match count {
                Some(n) if people.len() != n => {
                    best.get_or_insert(people);
                }
                Some(_) => return Some(people),
                None => {
                    // "The other protesters are A, B and C" after "Eight protesters ... Those
                    // charged included D and E ... One of the men, F": the rest of a group
                    // whose size the article gave; the group is all of them when the people
                    // named in the sentences before make up that size
                    let opens = range.start..(range.start + 4).min(range.end);
                    let rest = opens.clone().any(|k| self.lower(k) == "other")
                        && opens
                            .clone()
                            .any(|k| self.lex.is_cue("people-noun", self.lower(k)));
                    let size = rest.then(|| self.stated_group_size(range.start)).flatten();
                    let Some(size) = size.filter(|&n| n > people.len()) else {
                        return Some(people);
                    };
                    let mut all = people.clone();
                    for earlier in ranges.by_ref() {
                        for p in self.people_named_in(earlier, t, true) {
                            if !all.contains(&p) {
                                all.push(p);
                            }
                        }
                        if all.len() >= size {
                            break;
                        }
                    }
                    return Some(if all.len() == size { all } else { people });
                }
            }
        }
        best
    }

    /// The people named in `range` before token `t`, leaving out kin named to describe one of
    /// them ("the son of rock star Bryan Ferry") and, when `members_only`, anyone named after
    /// a title or relation word ("The men's solicitor Matthew Knight": one who serves them).
    fn people_named_in(
        &self,
        range: std::ops::Range<usize>,
        t: usize,
        members_only: bool,
    ) -> Vec<usize> {
        let mut people: Vec<usize> = Vec::new();
        for m in self.mentions_in(range.start, range.end.min(t)) {
            let start = m.tokens.start;
            // ("the son of rock star Bryan Ferry": "of" after a noun of kin, within a
            // title's words)
            let kin = (start.saturating_sub(4).max(range.start + 1)..start)
                .any(|k| self.lower(k) == "of" && self.lex.is_cue("kin-noun", self.lower(k - 1)));
            // ("The men's solicitor Matthew Knight", "Speaker Michael Martin")
            let titled = members_only
                && start > range.start
                && (self.lex.role_head(self.lower(start - 1)).is_some()
                    || self.lex.is_cue("relation-noun", self.lower(start - 1)));
            if self.entities[m.entity].kind == EntityKind::Person
                && !kin
                && !titled
                && !people.contains(&m.entity)
            {
                people.push(m.entity);
            }
        }
        people
    }

    /// The size of a group of people the article gave before token `t`: the largest number
    /// word right before a people noun ("Eight protesters", "the five men").
    fn stated_group_size(&self, t: usize) -> Option<usize> {
        let from = t.saturating_sub(DESCRIPTION_WINDOW);
        (from..t.saturating_sub(1))
            .filter(|&k| self.lex.is_cue("people-noun", self.lower(k + 1)))
            .filter_map(|k| number_word(self.lower(k)))
            .max()
    }
}

/// A demonym's form that names a people ("the Japanese", "the French", "the Americans"), not
/// one person ("The Australian").
fn names_a_people(w: &str) -> bool {
    w.ends_with('s') || w.ends_with("ese") || w.ends_with("ish") || w.ends_with("ch")
}

/// "two" -> 2 ... "twelve" -> 12.
fn number_word(w: &str) -> Option<usize> {
    const WORDS: [&str; 11] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];
    WORDS.iter().position(|x| *x == w).map(|i| i + 2)
}

/// How far back (in tokens) a definite description looks for what it means: the length of a
/// long news article, so that a very long text stays linear.
const DESCRIPTION_WINDOW: usize = 3000;

/// Words that set a title's holder apart from the plain title's ("the prime minister" is not
/// the deputy prime minister).
const RANK_WORDS: &[&str] = &[
    "deputy",
    "vice",
    "shadow",
    "assistant",
    "junior",
    "former",
    "under",
    "acting",
    "ex",
];
