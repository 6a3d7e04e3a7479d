//! Roles: titles and positions of people, and the country or organization they belong to.
//!
//! Three shapes cover most of news English:
//! - before the name: "Labour foreign affairs spokesman George Foulkes", "Kuwait's Crown
//!   Prince and Prime Minister Sheikh Saad", "the then head of the CIA William Casey";
//! - before the name, set off by a comma: "the spokesman of Chinese diplomacy, Hua Chunying",
//!   "Its lawyer, Hugh Ray";
//! - after the name: "Warren Lavorel, a U.S. Trade official,".

use super::entities::SPEECH_VERBS;
use super::{Ctx, EntityKind, Role};
use std::ops::Range;

/// Words after a title that make it no sentence's subject: "The minister of ...".
const PREPOSITIONS_AFTER_TITLE: &[&str] = &["of", "for", "to", "at", "and", "or", "in"];

#[derive(Debug, Clone, PartialEq)]
enum Item {
    /// A title word (token index).
    Word(usize),
    /// A country or organization that may own a role.
    Owner(usize, usize),
    /// "of", "to", "at", "for" after a title.
    Of,
    /// "and" or a comma between titles.
    And,
}

impl Ctx<'_> {
    pub(super) fn find_roles(&mut self) {
        let chunks = self.person_chunks.clone();
        for (tokens, name, person) in chunks {
            let before = self.zone_before(tokens.start, name.start);
            let known = self.roles.len();
            self.roles_from_zone(person, &before, "role.before-name");
            self.owner_after_name(known, name.end);
            let after = self.zone_after(name.end);
            self.roles_from_zone(person, &after, "role.apposition");
            let said = self.zone_copula(name.start, name.end);
            self.roles_from_zone(person, &said, "role.copula");
            // "Brian Monteith MSP", "Ken Macdonald QC"
            if name.end < self.doc.tokens.len()
                && self.lex.is_cue("post-nominal", self.word(name.end))
            {
                self.add_role_words(person, &[name.end], None, "role.post-nominal");
            }
        }
        // later, shorter mentions of someone named before: "Jose Reyes ... Reyes, the Arsenal
        // striker, said" (an apposition), "Hege is the CEO of DH" (a title said of them)
        let short: Vec<(usize, usize, usize)> = self
            .mentions
            .iter()
            .filter(|m| {
                m.rule == "person.short-name" && self.entities[m.entity].kind == EntityKind::Person
            })
            .map(|m| (m.entity, m.tokens.start, m.tokens.end))
            .collect();
        for (person, start, end) in short {
            let said = self.zone_copula(start, end);
            self.roles_from_zone(person, &said, "role.copula");
            if end >= self.doc.tokens.len() || self.word(end) != "," {
                continue;
            }
            // (not a list's next title and name: "between North, the then head of the CIA
            // William Casey and Thatcher")
            let limit = (end + 12).min(self.doc.tokens.len());
            let names_next = (end + 1..limit)
                .take_while(|&j| !matches!(self.word(j), "," | ";" | "." | "and"))
                .any(|j| {
                    self.mention(j)
                        .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
                });
            if names_next {
                continue;
            }
            let after = self.zone_after(end);
            self.roles_from_zone(person, &after, "role.apposition");
        }
        self.find_capacity_roles();
        self.find_description_roles();
    }

    /// "Analyst Joseph Rooney of Morgan Stanley said", "King Fahd of Saudi Arabia": the titles
    /// before a name, from the roles at `from` on, that found no owner there take the
    /// organization (or, for a title of state, the country) named right after the name by
    /// "of".
    fn owner_after_name(&mut self, from: usize, name_end: usize) {
        if from == self.roles.len() || name_end + 1 >= self.doc.tokens.len() {
            return;
        }
        // (not "at": "President Reagan at the White House" is where he is; nor "with": "a bid
        // by founder and chairman Eddie Antar with First City Capital Corp" is a partner)
        // ... but "Analyst Joseph Rooney with brokers James Capel", "at brokers Hoare Govett": a
        // company noun names the firm one works at
        let n = self.doc.tokens.len();
        // (with "with", not a company's own officer: "a bid by chairman Eddie Antar with
        // investment firm Zayre Corp" is a partner's)
        let officer = self.roles[from..]
            .iter()
            .any(|r| self.lex.is_cue("officer-title", title_head(&r.title)));
        let firm = (matches!(self.lower(name_end), "at" | "of")
            || (self.lower(name_end) == "with" && !officer))
            .then(|| {
                (name_end + 1..(name_end + 3).min(n))
                    .take_while(|&t| self.is_word(t) && !self.is_cap(t))
                    .find(|&t| self.lex.is_cue("company-noun", self.lower(t)))
                    .filter(|&t| t + 1 < n && self.is_cap(t + 1))
            })
            .flatten()
            .map(|t| t + 1);
        // ("Analyst Stephen Reitman with Phillips and Drew", "economist Ann Grey at Apex
        // Bank": one who works at a firm, by the firm's name)
        let works_at = self.roles[from..]
            .iter()
            .all(|r| self.lex.is_cue("works-at-title", title_head(&r.title)));
        let firm = firm.or_else(|| {
            (works_at
                && matches!(self.lower(name_end), "at" | "with")
                && self.is_cap(name_end + 1)
                && (self.mention(name_end + 1).is_some()
                    || self.unknown_chunk_at(name_end + 1).is_some()))
            .then_some(name_end + 1)
        });
        if firm.is_none() && self.lower(name_end) != "of" {
            return;
        }
        let mut k = firm.unwrap_or(name_end + 1);
        if self.lower(k) == "the" && k + 1 < n {
            k += 1;
        }
        // (a firm's name the text has not yet made an entity: "brokers Hoare Govett")
        if firm.is_some() && self.mention(k).is_none() {
            if let Some(chunk) = self.unknown_chunk_at(k) {
                self.promote_unknown(chunk);
            }
        }
        // (the whole phrase is the owner: "of Morgan Stanley said", not "of Britain's
        // biggest bank" nor "of Morgan Stanley's London office")
        let Some(m) = self.mention(k) else { return };
        let (owner, end, rule) = (m.entity, m.tokens.end, m.rule);
        // (a name of its own, not the first word of a longer one: "of the Brazilian
        // Association of ...", "of the U.S. District Court")
        if self.is_possessive(end - 1)
            || rule == "country.demonym"
            || (end < self.doc.tokens.len() && self.is_cap(end))
        {
            return;
        }
        // (a country owns a title of state, "King Fahd of Saudi Arabia"; for others it is
        // where the holder is from, "Vice chairman Sir Denis Henry of Grenada")
        let fits = match self.entities[owner].kind {
            EntityKind::Organization => true,
            EntityKind::Country => self.roles[from..]
                .iter()
                .all(|r| self.is_state_title(&r.title)),
            _ => false,
        };
        if !fits {
            return;
        }
        for r in &mut self.roles[from..] {
            if r.of.is_none() {
                r.of = Some(owner);
                r.rule = "role.owner-after-name";
            }
        }
    }

    /// "Tony Blair has launched an attack on ... . The prime minister has told ...": a
    /// sentence that opens with "The" and a title, the article's first use of it, continues
    /// the subject of the sentence before, a person named with no title yet, whose title it
    /// is (when no one else named holds it).
    fn find_description_roles(&mut self) {
        let mut seen: Vec<String> = Vec::new();
        for s in 1..self.doc.sentences.len() {
            let range = self.doc.sentences[s].tokens.clone();
            if range.len() < 4 || self.word(range.start) != "The" || self.doc.sentences[s].all_caps
            {
                continue;
            }
            // modifiers, then the head ("The prime minister", "The Chancellor")
            let mut head = range.start + 1;
            while head + 1 < range.end
                && head < range.start + 4
                && self.lex.role_head(self.word(head)).is_none()
                && self.lex.is_role_modifier(self.word(head))
            {
                head += 1;
            }
            if self.lex.role_head(self.word(head)).is_none() || head + 1 >= range.end {
                continue;
            }
            // the description is the subject: a verb follows, not a name, "of", a comma or a
            // possessive ("The Chancellor Gordon Brown", "The minister of ...")
            let next = head + 1;
            if self.is_cap(next)
                || !self.is_word(next)
                || self.is_possessive(head)
                || PREPOSITIONS_AFTER_TITLE.contains(&self.lower(next))
            {
                continue;
            }
            let title: String = (range.start + 1..=head)
                .map(|k| self.lower(k))
                .collect::<Vec<_>>()
                .join(" ");
            let first_use = !seen.contains(&title);
            seen.push(title.clone());
            if !first_use || self.roles.iter().any(|r| r.title.ends_with(title.as_str())) {
                continue;
            }
            let prev = self.doc.sentences[s - 1].tokens.clone();
            let Some(m) = self.mention(prev.start) else {
                continue;
            };
            let (person, end) = (m.entity, m.tokens.end);
            if self.entities[person].kind != EntityKind::Person
                || self.is_possessive(end - 1)
                || self.roles.iter().any(|r| r.holder == person)
            {
                continue;
            }
            let words: Vec<usize> = (range.start + 1..=head).collect();
            self.add_role_words(person, &words, None, "role.description");
        }
    }

    /// "speaking in her capacity as a lawyer": the title a pronoun's person acts in.
    fn find_capacity_roles(&mut self) {
        let n = self.doc.tokens.len();
        for k in 0..n.saturating_sub(3) {
            if self.lower(k) != "capacity" || self.lower(k + 1) != "as" {
                continue;
            }
            if k == 0 || !matches!(self.lower(k - 1), "his" | "her") {
                continue;
            }
            let pronoun = if self.lower(k - 1) == "her" {
                "she"
            } else {
                "he"
            };
            let Some(person) = self.resolve_pronoun(k - 1, pronoun) else {
                continue;
            };
            if self.entities[person].kind != EntityKind::Person {
                continue;
            }
            let mut t = k + 2;
            if t < n && matches!(self.lower(t), "a" | "an" | "the") {
                t += 1;
            }
            let sentence_end = self.doc.sentences[self.doc.sentence_of(k)].tokens.end;
            let mut words = Vec::new();
            while t < sentence_end && words.len() < 5 && self.is_title_token(t) {
                words.push(t);
                t += 1;
            }
            let mut owner = None;
            if t + 1 < sentence_end && matches!(self.lower(t), "of" | "for" | "to") {
                let o = if self.lower(t + 1) == "the" {
                    t + 2
                } else {
                    t + 1
                };
                owner = (o < sentence_end)
                    .then(|| self.owner_at(o))
                    .flatten()
                    .map(|(e, _)| e);
            }
            self.add_role_words(person, &words, owner, "role.capacity");
        }
    }

    /// An owner at token `k`: a country or organization mention, a possessive pronoun, or a
    /// person holding a title of state named in the possessive ("Reagan's National Security
    /// Adviser": a patron, whose country the staff title takes).
    fn owner_at(&mut self, k: usize) -> Option<(usize, usize)> {
        if let Some(m) = self.mention(k) {
            let e = m.entity;
            let start = m.tokens.start;
            // ("Reagan's National Security Adviser": the adviser of one who holds a title of
            // state serves that one, whose country passes on, as "adviser to Reagan"; not
            // "Cosby's lawyer")
            let patron = self.entities[e].kind == EntityKind::Person
                && self.is_possessive(m.tokens.end - 1)
                && self
                    .roles
                    .iter()
                    .any(|r| r.holder == e && self.is_state_title(&r.title));
            return (patron
                || matches!(
                    self.entities[e].kind,
                    EntityKind::Country | EntityKind::Organization
                ))
            .then_some((e, start));
        }
        let lower = self.lower(k);
        // "the club's managing director, Keith Edelman", "the company's founder Victor Conte":
        // the organization the description means
        if k > 0
            && self.lower(k - 1) == "the"
            && self.is_possessive(k)
            && !self.is_cap(k)
            && self
                .lex
                .is_cue("org-description", super::strip_possessive(lower))
        {
            return self
                .actor_at(k)
                .filter(|&(e, _)| self.entities[e].kind == EntityKind::Organization)
                .map(|(e, _)| (e, k - 1));
        }
        if matches!(lower, "its" | "their") {
            // "Kazakhstan, which has been criticised since the ousting of its veteran leader":
            // the nearest country or organization before it in the sentence, else the one the
            // text last spoke of
            let s = self.doc.sentence_of(k);
            let from = self.doc.sentences[s].tokens.start;
            let near = self
                .mentions
                .iter()
                .filter(|m| m.tokens.start >= from && m.tokens.end <= k)
                .filter(|m| {
                    matches!(
                        self.entities[m.entity].kind,
                        EntityKind::Country | EntityKind::Organization
                    )
                })
                .max_by_key(|m| m.tokens.start)
                .map(|m| m.entity);
            // "Yukos claims ... the ambitions of its founder X": a name the article has not
            // made an entity yet, opening the sentence as its subject, is what "its" stands for
            let subject = || {
                let first = (from..k).find(|&t| self.is_cap(t))?;
                // (not "Commentators and Yukos", "Neither Computerland")
                (first == from
                    && self.unknown_chunk_at(first).is_some()
                    && !self.lex.plural_nouns.contains(self.lower(first))
                    && !self.lex.capitalized_stopwords.contains(self.word(first)))
                .then_some(first)
            };
            if near.is_none() {
                if let Some(first) = subject() {
                    if let Some(e) = self.promote_unknown(first..first + 1) {
                        return Some((e, k));
                    }
                }
            }
            return near.or_else(|| self.resolve_it(k)).map(|e| (e, k));
        }
        // (not a portfolio joined to another before their title: "Posts and
        // Telecommunications Minister X")
        let portfolio = self.mention(k).is_none()
            && k + 2 < self.doc.tokens.len()
            && self.joins_portfolio(k + 1);
        if self.is_cap(k) && !portfolio {
            if let Some(e) = self.promote_unknown(k..k + 1) {
                let start = self.mention(k).map(|m| m.tokens.start).unwrap_or(k);
                return Some((e, start));
            }
            // "Tory MP Patrick Mercer": a capitalized word opening a titled name's chunk,
            // right before the title, is the title's organization
            let opens_title = k + 1 < self.doc.tokens.len()
                && self.is_title_token(k + 1)
                && !self.is_title_token(k)
                && self.mention(k).is_none()
                && !self.lex.capitalized_stopwords.contains(self.word(k))
                && !self.lex.given_names.contains(self.word(k))
                && !self.lex.plural_nouns.contains(self.lower(k))
                && self
                    .person_chunks
                    .iter()
                    .any(|(tokens, _, _)| tokens.start == k);
            if opens_title {
                let e = self.party_at(k).unwrap_or_else(|| {
                    let name = self.name_of(k..k + 1);
                    self.new_entity(EntityKind::Organization, name, None, "org.actor")
                });
                self.add_mention(e, k..k + 1, "org.actor");
                return Some((e, k));
            }
        }
        None
    }

    /// The length in tokens of a multiword title starting at `start` whose words from `from`
    /// on run past the title's head ("Secretary | of State"), if one matches.
    pub(super) fn multiword_title_at(&self, start: usize, from: usize) -> Option<usize> {
        let n = self.doc.tokens.len();
        self.lex
            .multiword_titles
            .iter()
            .filter(|words| start + words.len() > from && start + words.len() <= n)
            .filter(|words| {
                words
                    .iter()
                    .enumerate()
                    .all(|(i, w)| self.lower(start + i) == *w)
            })
            .map(|words| words.len())
            .max()
    }

    /// Where a title of several words that "the" opens starts, when its last word is at
    /// `end` and "the" is at `from` or after: "the secretary of state" before its verb.
    pub(super) fn multiword_title_ending_at(&self, end: usize, from: usize) -> Option<usize> {
        self.lex
            .multiword_titles
            .iter()
            .map(Vec::len)
            .filter(|&n| n > 1 && end >= from + n)
            .find_map(|n| {
                let start = end + 1 - n;
                (self.lower(start - 1) == "the"
                    && self.multiword_title_at(start, start + 1) == Some(n))
                .then_some(start)
            })
    }

    /// "Chinese diplomacy", "the Iraqi government": a government noun after a country word
    /// stands for the country.
    fn government_noun_owner(&self, k: usize) -> Option<(usize, usize)> {
        if k == 0 || !super::events::GOVERNMENT_NOUNS.contains(&self.lower(k)) {
            return None;
        }
        let m = self.mention(k - 1)?;
        (self.entities[m.entity].kind == EntityKind::Country).then_some((m.entity, m.tokens.start))
    }

    fn is_title_token(&self, k: usize) -> bool {
        let w = self.word(k);
        self.lex.role_head(w).is_some()
            || (self.lex.is_role_modifier(w) && !self.party_before_title(k))
            || self.lex.honorifics.contains(w)
    }

    /// The title zone before a name: titles inside the chunk and the words before it.
    fn zone_before(&mut self, chunk_start: usize, name_start: usize) -> Vec<Item> {
        let sentence = self.doc.sentence_of(name_start);
        let s_start = self
            .doc
            .sentences
            .get(sentence)
            .map(|s| s.tokens.start)
            .unwrap_or(0);
        let mut items = Vec::new();
        let mut k = name_start;
        let mut comma_used = false;
        let mut steps = 0;
        while k > s_start && steps < 14 {
            steps += 1;
            let t = k - 1;
            let w = self.word(t);
            let lower = w.to_lowercase();
            let owner_mention = self.mention(t).is_some_and(|m| {
                matches!(
                    self.entities[m.entity].kind,
                    EntityKind::Country | EntityKind::Organization
                )
            });
            if self.is_title_token(t)
                && !owner_mention
                && !(t >= chunk_start && self.mention(t).is_some())
            {
                items.push(Item::Word(t));
                k = t;
                continue;
            }
            if lower == "and" && !items.is_empty() {
                // "the prime minister and Mr Brown": with no title word of its own after
                // "and" (only an honorific), the title before it is another person's
                let has_head = items.iter().any(
                    |i| matches!(i, Item::Word(w) if self.lex.role_head(self.word(*w)).is_some()),
                );
                if !has_head {
                    break;
                }
                items.push(Item::And);
                k = t;
                continue;
            }
            if matches!(lower.as_str(), "of" | "to" | "at" | "for") && !items.is_empty() {
                // "spokesman for Prime Minister Tony Blair", "adviser to President Obama":
                // the name has its title already, and the one before "for"/"to" is another
                // person's
                let has_head = items.iter().any(
                    |i| matches!(i, Item::Word(w) if self.lex.role_head(self.word(*w)).is_some()),
                );
                if matches!(lower.as_str(), "to" | "for") && has_head {
                    break;
                }
                items.push(Item::Of);
                k = t;
                continue;
            }
            if matches!(lower.as_str(), "the" | "a" | "an" | "then" | "former") {
                k = t;
                continue;
            }
            // "its veteran leader Dinmukhamed Kunayev", "Its new leader, Gennady Kolbin": a
            // temporal adjective between a title and its owner
            if !items.is_empty() && self.lex.is_cue("title-adjective", &lower) {
                k = t;
                continue;
            }
            // "Labour election chief X", "The Liberal Democrat parliamentary chairman X",
            // "VW's former foreign currency chief X": up to three lower-case modifiers of the
            // title between it and its owner
            if matches!(items.last(), Some(Item::Word(_))) && self.is_word(t) && !self.is_cap(t) {
                // (a singular noun or adjective, from the data: no verb, plural or function
                // word, "The Senate overrode President Reagan's veto"; nor a title of its own,
                // "the Pakistani president met Prime Minister X")
                let modifier = |j: usize| {
                    let w = self.lower(j);
                    self.is_word(j)
                        && !self.is_cap(j)
                        && self.lex.modifier_words.contains(w)
                        && self.lex.role_head(w).is_none()
                };
                let first = (t.saturating_sub(2).max(s_start + 1)..=t)
                    .rev()
                    .take_while(|&j| modifier(j))
                    .last();
                // (or a title word of the same title before them: "CNN's chief medical
                // correspondent X")
                let owned = first.filter(|&j| {
                    let o = j - 1;
                    self.mention(o).is_some_and(|m| {
                        matches!(
                            self.entities[m.entity].kind,
                            EntityKind::Country | EntityKind::Organization
                        )
                    }) || self.lex.role_head(self.lower(o)).is_some()
                });
                if let Some(j) = owned {
                    k = j;
                    continue;
                }
            }
            if w == ")" {
                // skip a parenthesis: "the National Security Agency (NSA), General ..."
                let open = (t.saturating_sub(6).max(s_start)..t)
                    .rev()
                    .find(|&j| self.word(j) == "(");
                match open {
                    Some(j) => {
                        k = j;
                        continue;
                    }
                    None => break,
                }
            }
            if w == "," && !comma_used && t > s_start {
                // "Its lawyer, Hugh Ray": only when a title stands just before the comma, or an
                // owner in parentheses "(NSA),"
                let prev = self.word(t - 1);
                if self.lex.role_head(prev).is_some()
                    || prev == ")"
                    || self.mention(t - 1).is_some()
                    || self.government_noun_owner(t - 1).is_some()
                {
                    comma_used = true;
                    k = t;
                    continue;
                }
                break;
            }
            // "Bank of Japan governor X": an organization whose name ends in a country word
            let named_with_country = self
                .org_named_with_country(|toks| toks.end == t + 1 && toks.start >= s_start)
                .map(|(e, toks)| (e, toks.start));
            if let Some((e, start)) = named_with_country
                .or_else(|| self.government_noun_owner(t))
                .or_else(|| self.owner_at(t))
            {
                items.push(Item::Owner(e, start));
                k = start;
                // an owner stands before its titles or after "of": keep going only after "of"
                let after_of =
                    start > s_start && matches!(self.lower(start - 1), "of" | "to" | "the");
                if !after_of {
                    break;
                }
                continue;
            }
            if let Some(m) = self.mention(t) {
                // "the national security adviser to Barack Obama, Tom Donilon"
                let start = m.tokens.start;
                let after_to = start > s_start && matches!(self.lower(start - 1), "to" | "of");
                if self.entities[m.entity].kind == EntityKind::Person && after_to {
                    let e = m.entity;
                    items.push(Item::Owner(e, start));
                    k = start;
                    continue;
                }
            }
            break;
        }
        items.reverse();
        items
    }

    /// The zone after a name: ", a U.S. Trade official," or ", spokesman for the ministry".
    fn zone_after(&mut self, name_end: usize) -> Vec<Item> {
        let n = self.doc.tokens.len();
        if name_end + 1 >= n || self.word(name_end) != "," {
            return Vec::new();
        }
        self.zone_from(name_end + 1)
    }

    /// The zone of a title a name is said to hold: "X is the CEO of DH", "X, who was the
    /// acting director of the Department of Homeland Security,", "X has been named chairman".
    fn zone_copula(&mut self, name_start: usize, name_end: usize) -> Vec<Item> {
        let sentence = self.doc.sentence_of(name_start);
        let Some(s_end) = self.doc.sentences.get(sentence).map(|s| s.tokens.end) else {
            return Vec::new();
        };
        // "Paradyne said it named Jerry Kendall as president", "appointed X chief executive":
        // the one named holds the title after "as" (or right after the name), the appointing
        // subject owns it when the text names no owner
        if name_start >= 1
            && name_end + 1 < s_end
            && matches!(
                self.lower(name_start - 1),
                "named" | "appointed" | "elected" | "promoted" | "names" | "appoints"
            )
        {
            let from = name_end + usize::from(self.lower(name_end) == "as");
            let mut items = self.zone_from(from);
            // (else the name's own clause: "elected Tom Ruiz, who is chief executive of Y")
            let titled = items.iter().any(|i| matches!(i, Item::Word(_)));
            if titled && !items.iter().any(|i| matches!(i, Item::Owner(..))) {
                let range = self.doc.sentences[sentence].tokens.clone();
                let appointer = self
                    .subject_before(name_start - 1, &range)
                    .filter(|&(e, _)| self.entities[e].kind == EntityKind::Organization);
                if let Some((e, at)) = appointer {
                    items.push(Item::Of);
                    items.push(Item::Owner(e, at));
                }
            }
            if titled {
                return items;
            }
        }
        // ("X resigned as chairman", "X, who stepped down as chief executive": a post left
        // or held, after "as")
        let left = |ctx: &Self, v: usize| {
            let w = ctx.lower(v);
            let after = if w == "stepped" && v + 1 < s_end && ctx.lower(v + 1) == "down" {
                v + 2
            } else {
                v + 1
            };
            (matches!(
                w,
                "resigned" | "retired" | "quit" | "served" | "serves" | "stepped"
            ) && after + 1 < s_end
                && ctx.lower(after) == "as")
                .then_some(after)
        };
        let mut k = name_end;
        // (", who": a relative clause on the name)
        let relative = k + 1 < s_end && self.word(k) == "," && self.lower(k + 1) == "who";
        if relative {
            k += 2;
        } else if k + 2 < s_end && self.lower(k) == "who" && left(self, k + 1).is_some() {
            // ("succeeding Robert Wiggins who resigned as chairman")
            k += 1;
        }
        // (else the name is the subject: not "the husband of Karen Holt is a director")
        // ("after Vladimir Putin became president": a conjunction opens a clause, the name
        // its subject)
        if !relative
            && name_start > 0
            && matches!(
                self.lower(name_start - 1),
                "of" | "for" | "to" | "with" | "by" | "from" | "about" | "against" | "at" | "on"
            )
        {
            return Vec::new();
        }
        // the verb: a form of "be", "become", "remain", or a passive "named", "appointed"
        let start = k;
        while k < s_end && k < start + 3 {
            let w = self.lower(k);
            if matches!(w, "has" | "had" | "have" | "been" | "also" | "now") {
                k += 1;
                continue;
            }
            break;
        }
        if let Some(as_at) = (k < s_end).then(|| left(self, k)).flatten() {
            let items = self.zone_from(as_at + 1);
            return if items.iter().any(|i| matches!(i, Item::Word(_))) {
                items
            } else {
                Vec::new()
            };
        }
        let verb = k < s_end
            && matches!(
                self.lower(k),
                "is" | "was"
                    | "became"
                    | "becomes"
                    | "remains"
                    | "remained"
                    | "named"
                    | "appointed"
                    | "elected"
            );
        // ("was named", "has been appointed": the participle after "be")
        let passive_after = |ctx: &Self, v: usize| {
            v + 1 < s_end && matches!(ctx.lower(v + 1), "named" | "appointed" | "elected")
        };
        if !verb || k + 1 >= s_end {
            return Vec::new();
        }
        // (the named and appointed only as passives: "X named Y chairman" names Y)
        if matches!(self.lower(k), "named" | "appointed" | "elected")
            && !(k > start && self.lower(k - 1) == "been")
        {
            return Vec::new();
        }
        let mut v = k;
        if matches!(self.lower(v), "is" | "was") && passive_after(self, v) {
            v += 1;
        }
        let mut from = v + 1;
        if from < s_end && self.lower(from) == "as" {
            from += 1;
        }
        // (a title must follow: not "X is the son of Y", "X was the first to ...")
        let mut items = self.zone_from(from);
        if !items.iter().any(|i| matches!(i, Item::Word(_))) {
            return Vec::new();
        }
        // ("Infotron Systems Corp said James C. Castle has been named president": the company
        // that announces its own appointment owns the post)
        let appointed = matches!(self.lower(v), "named" | "appointed" | "elected");
        if appointed && !items.iter().any(|i| matches!(i, Item::Owner(..))) {
            let mut b = name_start;
            if b > 0 && self.lower(b - 1) == "that" {
                b -= 1;
            }
            let announcer = (b > 1 && SPEECH_VERBS.contains(&self.lower(b - 1)))
                .then(|| self.mention(b - 2))
                .flatten()
                .filter(|m| self.entities[m.entity].kind == EntityKind::Organization)
                .map(|m| (m.entity, m.tokens.start));
            if let Some((e, at)) = announcer {
                items.push(Item::Of);
                items.push(Item::Owner(e, at));
            }
        }
        items
    }

    /// Titles and owners read from token `k` on: ", a U.S. Trade official," after the comma.
    fn zone_from(&mut self, k: usize) -> Vec<Item> {
        let n = self.doc.tokens.len();
        if k >= n {
            return Vec::new();
        }
        let sentence = self.doc.sentence_of(k);
        let s_end = self
            .doc
            .sentences
            .get(sentence)
            .map(|s| s.tokens.end)
            .unwrap_or(n);
        let mut items = Vec::new();
        let mut k = k;
        // ("Milos Milosavljevic, also a Deputy Prime Minister, said")
        while k < s_end
            && matches!(
                self.lower(k),
                "a" | "an" | "the" | "then" | "former" | "its" | "his" | "her" | "also" | "now"
            )
        {
            if matches!(self.lower(k), "its") {
                if let Some((e, s)) = self.owner_at(k) {
                    items.push(Item::Owner(e, s));
                }
            }
            k += 1;
        }
        let mut has_head = false;
        // where "to"/"for" after the title stands: a person after it is the one served
        let mut patron_at = None;
        while k < s_end && items.len() < 12 {
            let w = self.word(k);
            let lower = w.to_lowercase();
            // "chairman of the Korea Development Bank", "governor of the Bank of Japan": an
            // organization whose name holds a country word
            if let Some((e, toks)) = self.org_named_with_country(|toks| toks.start == k) {
                let end = toks.end;
                items.push(Item::Owner(e, k));
                k = end;
                if has_head {
                    break;
                }
                continue;
            }
            if let Some(m) = self.mention(k) {
                let (e, end, start) = (m.entity, m.tokens.end, m.tokens.start);
                if matches!(
                    self.entities[e].kind,
                    EntityKind::Country | EntityKind::Organization
                ) {
                    // "a strategist at Moscow's Sovlink Securities": the possessor names where
                    // the owner is; the owner is the organization after it
                    let owned_next = self.is_possessive(end - 1)
                        && self.mention(end).is_some_and(|n| {
                            self.entities[n.entity].kind == EntityKind::Organization
                        });
                    if owned_next {
                        k = end;
                        continue;
                    }
                    // "chairman of Spain's most powerful bank, Santander Central Hispano": the
                    // possessor's description, then the owner's name in apposition
                    let named_after = (self.is_possessive(end - 1)
                        && matches!(items.last(), Some(Item::Of)))
                    .then(|| {
                        let noun = (end..(end + 4).min(s_end))
                            .take_while(|&t| self.is_word(t) && !self.is_cap(t))
                            .find(|&t| self.lex.is_cue("org-description", self.lower(t)))?;
                        let name = if noun + 1 < s_end && self.word(noun + 1) == "," {
                            noun + 2
                        } else {
                            noun + 1
                        };
                        (name < s_end
                            && (self.mention(name).is_some_and(|n| {
                                self.entities[n.entity].kind == EntityKind::Organization
                            }) || self.unknown_chunk_at(name).is_some()))
                        .then_some(name)
                    })
                    .flatten();
                    if let Some(name) = named_after {
                        k = name;
                        continue;
                    }
                    // "of P2P network Red Swoosh", "at Dutch bank ABN Amro": a name or demonym
                    // modifying a description before the owner's name
                    let described_next = matches!(items.last(), Some(Item::Of))
                        && end + 1 < s_end
                        && !self.is_possessive(end - 1)
                        && self.lex.is_cue("org-description", self.lower(end))
                        && self.is_cap(end + 1)
                        && (self.mention(end + 1).is_some_and(|n| {
                            self.entities[n.entity].kind == EntityKind::Organization
                        }) || self.unknown_chunk_at(end + 1).is_some());
                    if described_next {
                        k = end + 1;
                        continue;
                    }
                    items.push(Item::Owner(e, start));
                    k = end;
                    if has_head {
                        break;
                    }
                    continue;
                }
                if self.entities[e].kind == EntityKind::Person {
                    // ", national security adviser to (President) Joe Biden,": the title
                    // serves that person, who stands as its owner
                    if let Some(to) = patron_at.filter(|_| has_head) {
                        items.truncate(to + 1);
                        items.push(Item::Owner(e, start));
                        break;
                    }
                    // ", Colonel North and ...": the titles are the next person's
                    return Vec::new();
                }
                break;
            }
            if self.is_title_token(k) {
                has_head |= self.lex.role_head(w).is_some();
                items.push(Item::Word(k));
                k += 1;
                continue;
            }
            // ", founder and chairman of Red Swoosh,": titles joined by "and" share the owner
            if lower == "and"
                && has_head
                && matches!(items.last(), Some(Item::Word(_)))
                && k + 1 < s_end
                && self.is_title_token(k + 1)
                && !self.is_cap(k + 1)
            {
                items.push(Item::And);
                k += 1;
                continue;
            }
            // ("an analyst with Morgan Stanley": "with" the firm one works at; not a person,
            // "with Dean Witter Reynolds" read as one, nor "with 20 years' experience")
            let with_body = lower == "with"
                && k + 1 < s_end
                && self.mention(k + 1).is_some_and(|m| {
                    matches!(
                        self.entities[m.entity].kind,
                        EntityKind::Organization | EntityKind::Country
                    )
                });
            if (matches!(lower.as_str(), "of" | "at" | "for" | "to") || with_body) && has_head {
                if matches!(lower.as_str(), "for" | "to") {
                    patron_at = Some(items.len());
                }
                items.push(Item::Of);
                k += 1;
                if k < s_end && self.lower(k) == "the" {
                    k += 1;
                }
                continue;
            }
            // ", Acme chief executive": an unknown name is an owner only when a title head
            // follows it; in a list of names (", Martyn Williams and ...") it is left alone
            let head_follows = (k + 1..(k + 5).min(s_end))
                .take_while(|&t| self.is_cap(t) || self.is_title_token(t))
                .any(|t| self.lex.role_head(self.word(t)).is_some());
            if self.is_cap(k) && !has_head && head_follows {
                if let Some((e, start)) = self.owner_at(k) {
                    items.push(Item::Owner(e, start));
                    k += 1;
                    continue;
                }
            }
            if has_head && matches!(items.last(), Some(Item::Of)) && !self.is_cap(k) {
                // "senior vice president of its computer unit": whom "its" stands for
                if matches!(lower.as_str(), "its" | "their") {
                    if let Some((e, start)) = self.owner_at(k) {
                        items.push(Item::Owner(e, start));
                    }
                    break;
                }
                // "vice president of anti-piracy firm Overpeer": past a description that
                // ends in an organization noun to the name
                // ("of P2P network Red Swoosh": a modifier with a digit too)
                let described = (k..(k + 4).min(s_end))
                    .take_while(|&t| {
                        self.is_word(t)
                            && (!self.is_cap(t)
                                || (self.mention(t).is_none()
                                    && self.word(t).chars().any(|c| c.is_ascii_digit())))
                    })
                    .find(|&t| {
                        self.lex.is_cue("org-description", self.lower(t))
                            && t + 1 < s_end
                            && self.is_cap(t + 1)
                    });
                if let Some(t) = described {
                    k = t + 1;
                    continue;
                }
                // "director of studies at the Trade Policy Research Centre", "vice president
                // of finance at X": the title's field, then where it is held
                let field = (k..(k + 3).min(s_end))
                    .take_while(|&t| {
                        self.is_word(t)
                            && !self.is_cap(t)
                            && !matches!(self.lower(t), "at" | "with" | "of" | "and" | "the")
                    })
                    .count();
                let at = k + field;
                if field > 0 && at + 1 < s_end && matches!(self.lower(at), "at" | "with") {
                    let name = at + 1 + usize::from(self.lower(at + 1) == "the");
                    if name < s_end && self.is_cap(name) {
                        k = name;
                        continue;
                    }
                }
            }
            if self.is_cap(k) && has_head && matches!(items.last(), Some(Item::Of)) {
                // "at Moscow's Sovlink Securities": past a possessor to the organization
                if self.is_possessive(k)
                    && self
                        .mention(k + 1)
                        .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Organization)
                {
                    k += 1;
                    continue;
                }
                if let Some((e, start)) = self.owner_at(k) {
                    items.push(Item::Owner(e, start));
                }
            }
            break;
        }
        // an apposition must end the clause: ", a U.S. official," / "." / "said"
        if !has_head {
            return Vec::new();
        }
        items
    }

    /// Reads titles and owners from a zone and records the roles.
    fn roles_from_zone(&mut self, person: usize, items: &[Item], rule: &'static str) {
        // split into runs of title words; each run's owner is an owner right before it, or
        // one after "of" right after it
        let mut runs: Vec<(Range<usize>, Option<usize>)> = Vec::new();
        let mut pending_owner: Option<usize> = None;
        let mut joined = false;
        let mut i = 0;
        while i < items.len() {
            match &items[i] {
                Item::Owner(e, _) => {
                    pending_owner = Some(*e);
                    joined = false;
                    i += 1;
                }
                Item::Word(_) => {
                    let start = i;
                    while i < items.len() && matches!(items[i], Item::Word(_)) {
                        i += 1;
                    }
                    let mut owner = pending_owner.take();
                    if i + 1 < items.len() && items[i] == Item::Of {
                        if let Item::Owner(e, at) = items[i + 1] {
                            // "U.S. ambassador to Ukraine": a diplomat serves the state that
                            // sends him, not the one after "to"
                            let to = at > 0
                                && (self.lower(at - 1) == "to"
                                    || (at > 1
                                        && self.lower(at - 1) == "the"
                                        && self.lower(at - 2) == "to"));
                            let diplomat = matches!(items[i - 1], Item::Word(w)
                                if self.lex.is_cue("diplomat-title", self.lower(w)));
                            // (with no sender named, the body after "to" stands: "Ambassador
                            // to the United Nations John Bolton")
                            if !(to && diplomat && owner.is_some()) {
                                owner = Some(e);
                            }
                            i += 2;
                        }
                    }
                    // "Kuwait's Crown Prince and Prime Minister": titles joined by "and"
                    // share the owner
                    if owner.is_none() && joined {
                        owner = runs.last().and_then(|r| r.1);
                    }
                    // ("founder and chairman of X": the first title too)
                    if joined && owner.is_some() {
                        if let Some(last) = runs.last_mut().filter(|r| r.1.is_none()) {
                            last.1 = owner;
                        }
                    }
                    joined = false;
                    runs.push((start..i, owner));
                }
                Item::And => {
                    joined = true;
                    i += 1;
                }
                Item::Of => {
                    i += 1;
                }
            }
        }
        for (run, owner) in runs {
            let words: Vec<usize> = items[run]
                .iter()
                .filter_map(|it| {
                    if let Item::Word(t) = it {
                        Some(*t)
                    } else {
                        None
                    }
                })
                .collect();
            self.add_role_words(person, &words, owner, rule);
        }
    }

    /// Splits a run of title words at each head ("Junior Foreign Officer Minister" stays one
    /// title; "General" alone is one) and records each title.
    fn add_role_words(
        &mut self,
        person: usize,
        words: &[usize],
        owner: Option<usize>,
        rule: &'static str,
    ) {
        let mut title: Vec<usize> = Vec::new();
        let mut titles: Vec<Vec<usize>> = Vec::new();
        for &t in words {
            let w = self.word(t);
            // an honorific breaks titles, unless it is a title itself ("Cardinal", "Bishop")
            if self.lex.honorifics.contains(w) && self.lex.role_head(w).is_none() {
                if !title.is_empty() {
                    titles.push(std::mem::take(&mut title));
                }
                continue;
            }
            title.push(t);
        }
        if !title.is_empty() {
            titles.push(title);
        }
        for title in titles {
            // the title must end with a head; trailing modifiers are dropped
            let Some(last_head) = title
                .iter()
                .rposition(|&t| self.lex.role_head(self.word(t)).is_some())
            else {
                continue;
            };
            let title = &title[..=last_head];
            let text: Vec<String> = title
                .iter()
                .filter(|&&t| !matches!(self.lower(t), "then" | "former" | "ex"))
                .map(|&t| {
                    let w = self.word(t);
                    self.lex
                        .title_abbreviations
                        .get(w)
                        .cloned()
                        .unwrap_or_else(|| w.to_lowercase())
                })
                .collect();
            if text.is_empty() {
                continue;
            }
            // "Secretary of State", "Chancellor of the Exchequer": the title runs on, and the
            // words it runs on with are not its owner
            let mut text = text;
            let mut owner = owner;
            let last = title[title.len() - 1];
            if let Some(n) = self.multiword_title_at(title[0], last + 1) {
                text = (title[0]..title[0] + n)
                    .map(|t| self.lower(t).to_owned())
                    .collect();
                let end = title[0] + n;
                if owner.is_some_and(|o| {
                    self.mentions
                        .iter()
                        .any(|m| m.entity == o && m.tokens.start > last && m.tokens.start < end)
                }) {
                    owner = None;
                }
            }
            let owner = owner.filter(|&o| o != person);
            // an owner that is a person passes on that person's country ("adviser to Obama");
            // when it is not known yet, it is looked up again after the default owners
            // ("President Clinton's lawyer" is his own, not the state's: before the title, a
            // possessive patron passes on a country to the staff of an office only)
            let staff = matches!(
                text.last().map(String::as_str),
                Some(
                    "adviser"
                        | "advisor"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "aide"
                        | "secretary"
                        | "staff"
                        | "envoy"
                        | "counsellor"
                        | "counselor"
                )
            );
            let before_title = |o: usize| {
                (title[0].saturating_sub(3)..title[0])
                    .any(|k| self.mention(k).is_some_and(|m| m.entity == o))
            };
            let owner = owner.filter(|&o| {
                self.entities[o].kind != EntityKind::Person || staff || !before_title(o)
            });
            let patron = owner.filter(|&o| self.entities[o].kind == EntityKind::Person);
            let owner = match patron {
                Some(o) => self.roles.iter().find(|r| r.holder == o).and_then(|r| r.of),
                None => owner,
            };
            let span = self.span_of(title[0]..title[title.len() - 1] + 1);
            let sentence = self.doc.sentence_of(title[0]);
            let title_text = text.join(" ");
            if self.roles.iter().any(|r| {
                r.holder == person && r.title == title_text && (r.of == owner || owner.is_none())
            }) {
                continue;
            }
            if let Some(p) = patron.filter(|_| owner.is_none()) {
                self.patrons.push((self.roles.len(), p));
            }
            self.roles.push(Role {
                holder: person,
                title: title_text,
                of: owner,
                span,
                sentence,
                rule,
            });
        }
    }

    /// Government, diplomatic, military and legislative titles with no owner in the text belong
    /// to the country the same person's other roles name, else to the country the article is
    /// about: named most often, a name where the country acts or owns counting twice, one where
    /// things happen to it ("in Iraq", "aid to Iraq") once.
    pub(super) fn default_role_owners(&mut self) {
        // the countries and organizations the article names, most named first (once per
        // article, not once per role)
        let by_count = |kind| {
            let mut counts: Vec<(usize, usize)> = self
                .mention_counts(kind, self.mentions.iter())
                .into_iter()
                .map(|(e, n, _)| (e, n))
                .collect();
            counts.sort_by_key(|&(e, n)| (std::cmp::Reverse(n), e));
            counts
        };
        // (a country counts where it acts or owns, not where things happen to it: "the war
        // in Iraq", "troops sent to Iraq", "sanctions against Iraq" leave a British story's
        // prime minister British)
        let mut counts: Vec<(usize, usize)> = {
            let mut n: Vec<(usize, usize)> = Vec::new();
            let mut add = |e: usize, weight: usize| match n.iter_mut().find(|c| c.0 == e) {
                Some(c) => c.1 += weight,
                None => n.push((e, weight)),
            };
            // the article's country entities by gazetteer index (once, not per mention)
            let states: rustc_hash::FxHashMap<usize, usize> = self
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntityKind::Country)
                .filter_map(|(i, e)| e.country.map(|g| (g, i)))
                .collect();
            for m in self.mentions.iter() {
                // ("The White House announced", "the Kremlin said": a state's institution
                // acting counts for its state, when the article names the state)
                let entity = &self.entities[m.entity];
                if entity.kind == EntityKind::Organization && entity.rule == "org.known" {
                    if let Some(&state) = entity.country.and_then(|g| states.get(&g)) {
                        add(state, 2);
                    }
                    continue;
                }
                if entity.kind != EntityKind::Country {
                    continue;
                }
                let start = m.tokens.start;
                let s_start = self.doc.sentences[self.doc.sentence_of(start)].tokens.start;
                let placed = self.after_object_preposition(start, s_start, true) || {
                    let mut k = start;
                    if k > s_start && matches!(self.lower(k - 1), "the" | "a" | "an") {
                        k -= 1;
                    }
                    k > s_start
                        && matches!(
                            self.lower(k - 1),
                            "in" | "from" | "across" | "throughout" | "inside" | "at"
                        )
                };
                // ("Japanese goods", "Japanese failure": a demonym before a thing is no actor
                // either; "Japanese officials" is)
                let end = m.tokens.end;
                let described = m.rule == "country.demonym"
                    && end < self.doc.tokens.len()
                    && self.is_word(end)
                    && !self.is_cap(end)
                    && !super::events::GOVERNMENT_NOUNS.contains(&self.lower(end))
                    && !self.lex.is_cue("state-agent-noun", self.lower(end));
                // (a place counts once, an actor or owner twice)
                add(m.entity, if placed || described { 1 } else { 2 });
            }
            n
        };
        counts.sort_by_key(|&(e, n)| (std::cmp::Reverse(n), e));
        let orgs = by_count(EntityKind::Organization);
        // countries the text itself gives as owners of roles, by sentence and holder: in
        // "Iranian Charge d'Affaires Baqeri ... confer with Foreign Undersecretary Shaheen",
        // "Iranian" is Baqeri's, not Shaheen's
        let mut given: Vec<(usize, usize, usize)> = self
            .roles
            .iter()
            .filter_map(|r| r.of.map(|o| (r.sentence, r.holder, o)))
            .collect();
        // a title that serves a person ("national security adviser to Barack Obama") takes
        // that person's owner, once the others are known
        let patrons = std::mem::take(&mut self.patrons);
        for i in 0..self.roles.len() {
            if self.roles[i].of.is_some() || patrons.iter().any(|&(r, _)| r == i) {
                continue;
            }
            if let Some(o) = self.list_partner_organization(i, &given) {
                self.roles[i].of = Some(o);
                self.roles[i].rule = "role.list-owner";
                // the next title of the list shares it in turn
                given.push((self.roles[i].sentence, self.roles[i].holder, o));
                continue;
            }
            self.default_owner(i, &counts, &orgs, &given);
        }
        for (i, patron) in patrons {
            let owner = self
                .roles
                .iter()
                .find(|r| r.holder == patron && r.of.is_some())
                .and_then(|r| r.of);
            match owner {
                Some(o) => {
                    self.roles[i].of = Some(o);
                    self.roles[i].rule = "role.patron-country";
                }
                None => self.default_owner(i, &counts, &orgs, &given),
            }
        }
    }

    /// The organization of the titled person just before this title in a list: "BBC chairman
    /// Gavyn Davies, director-general Greg Dyke and reporter Andrew Gilligan" are all the
    /// BBC's. Organizations only: "Japanese Prime Minister Nakasone and President Reagan" join
    /// two countries' leaders as often as one's.
    fn list_partner_organization(
        &self,
        i: usize,
        given: &[(usize, usize, usize)],
    ) -> Option<usize> {
        let t = self.title_start(i);
        if t < 2 || !matches!(self.lower(t - 1), "," | "and") {
            return None;
        }
        self.partner_owner(i, t - 2, given, EntityKind::Organization)
    }

    /// The country the text gives the titled person just before this title, joined to it by
    /// ", his"/", her": "French President Francois Mitterrand, his Prime Minister Jacques
    /// Chirac".
    fn partner_country(&self, i: usize, given: &[(usize, usize, usize)]) -> Option<usize> {
        let t = self.title_start(i);
        // (not "and": "talks between Japanese Prime Minister Nakasone and President Reagan"
        // join two countries as often as one)
        if !(t >= 2 && matches!(self.lower(t - 1), "his" | "her") && self.word(t - 2) == ",") {
            return None;
        }
        self.partner_owner(i, t.checked_sub(3)?, given, EntityKind::Country)
    }

    /// A title of state: government, diplomacy or a legislature ("foreign minister",
    /// "ambassador", "senator").
    fn is_state_title(&self, title: &str) -> bool {
        self.lex
            .role_heads
            .get(title_head(title))
            .is_some_and(|k| matches!(k.as_str(), "gov" | "dip" | "leg"))
    }

    /// The first token of role `i`'s title.
    fn title_start(&self, i: usize) -> usize {
        let start = self.roles[i].span.bytes.start;
        self.doc.tokens.partition_point(|t| t.span.start < start)
    }

    /// The owner of `kind` the text gives the person named at token `at`, another holder
    /// in role `i`'s sentence.
    fn partner_owner(
        &self,
        i: usize,
        at: usize,
        given: &[(usize, usize, usize)],
        kind: EntityKind,
    ) -> Option<usize> {
        let role = &self.roles[i];
        let partner = self.mention(at)?.entity;
        if partner == role.holder
            || self.entities[partner].kind != EntityKind::Person
            || self.doc.sentence_of(at) != role.sentence
        {
            return None;
        }
        given
            .iter()
            .find(|&&(s, h, _)| s == role.sentence && h == partner)
            .map(|&(_, _, o)| o)
            .filter(|&o| self.entities[o].kind == kind)
    }

    /// An organization for a business title that names none ("chief executive Franklin
    /// Raines ... have left the firm"): the organization the article names most, when it names
    /// it at least three times and twice as often as any other.
    fn default_organization(&mut self, i: usize, counts: &[(usize, usize)]) {
        // a company's own officers only ("analyst X at Y" is someone else's)
        let head = title_head(&self.roles[i].title);
        if !self.lex.is_cue("officer-title", head) {
            return;
        }
        let sentence = self.roles[i].sentence;
        let range = self.doc.sentences[sentence].tokens.clone();
        let t = self.title_start(i);
        // (no unknown name before the title: "Shell Chairman X", "GAO Senior Associate
        // Director Y")
        let named_before = t > range.start
            && self.is_cap(t - 1)
            && !self.is_title_token(t - 1)
            && self.mention(t - 1).is_none();
        if named_before {
            return;
        }
        // the organization the article is about, when the sentence names no other
        if let Some(&(top, n)) = counts.first() {
            let second = counts.get(1).map_or(0, |c| c.1);
            let other_org = self.mentions_in(range.start, range.end).any(|m| {
                m.entity != top && self.entities[m.entity].kind == EntityKind::Organization
            });
            if n >= 3 && n >= 2 * second && !other_org {
                self.roles[i].of = Some(top);
                self.roles[i].rule = "role.default-organization";
                return;
            }
        }
        // else the local organization, unless the title is of a body the text names by its
        // noun ("subcommittee chairman Howard Metzenbaum", "Lib Dem constitutional affairs
        // committee chairman Alan Beith"): read in the words of a title before its holder's
        // name and the three before it; a body the organization's own name holds is its own
        // ("committee chairman X" of the "Senate Agriculture Committee")
        let body_noun = (self.roles[i].rule == "role.before-name")
            .then(|| {
                // (up to the holder's name: "Subcommittee Chairman Howard Metzenbaum")
                let holder = self.roles[i].holder;
                let name_at = (t..range.end)
                    .find(|&k| self.mention(k).is_some_and(|m| m.entity == holder))
                    .unwrap_or((t + 6).min(range.end));
                (t.saturating_sub(3).max(range.start)..name_at)
                    .find(|&k| self.lex.is_cue("body-noun", self.lower(k)))
            })
            .flatten()
            .map(|k| self.lower(k).to_owned());
        let own_body = |org: usize| match &body_noun {
            None => true,
            Some(noun) => self.entities[org]
                .name
                .to_lowercase()
                .split(' ')
                .any(|w| w == noun),
        };
        // "Canadian Pacific Air Lines said president and chief executive Donald Carty
        // resigned": the one organization of its own sentence, named before the title as the
        // clause's actor (not after a preposition, "a loss to Jefferies Group", nor quoted,
        // nor a possessor: "Eli Lilly's chief medical officer" is read where it stands), when
        // the sentence names no other
        let actor_before = {
            let mut orgs = self
                .mentions_in(range.start, range.end)
                .filter(|m| self.entities[m.entity].kind == EntityKind::Organization);
            let first = orgs.next();
            let only = first.filter(|f| orgs.all(|m| m.entity == f.entity));
            only.filter(|m| {
                m.tokens.end <= t
                    && !self.in_quote(m.tokens.start)
                    && !self.is_possessive(m.tokens.end - 1)
                    && !(m.tokens.start > range.start
                        && (super::syntax::PREPOSITIONS.contains(&self.lower(m.tokens.start - 1))
                            || (m.tokens.start > range.start + 1
                                && matches!(self.lower(m.tokens.start - 1), "the" | "a" | "an")
                                && super::syntax::PREPOSITIONS
                                    .contains(&self.lower(m.tokens.start - 2)))))
            })
            .map(|m| m.entity)
        };
        // "Beck-Crespel is a specialist steel firm ... Director Hugues Charbonnier says": else
        // the one organization the role's sentence and the three before it name
        let one_in = |from: usize| {
            let mut local = None;
            for m in self.mentions_in(from, range.end) {
                // (not a place named as one: "in Europe these days")
                if self.entities[m.entity].kind != EntityKind::Organization
                    || self.after_place_preposition(m.tokens.start)
                {
                    continue;
                }
                match local {
                    Some(e) if e != m.entity => return None,
                    _ => local = Some(m.entity),
                }
            }
            local
        };
        let from = self.doc.sentences[sentence.saturating_sub(3)].tokens.start;
        // (not the title of one the organization acts on in that sentence: "Greenpeace
        // criticised chairman Peter Sutherland")
        let acts_on = |org: usize| {
            self.mentions_in(range.start, t)
                .filter(|m| m.entity == org)
                .any(|m| {
                    (m.tokens.end..t).any(|k| {
                        let w = self.lower(k);
                        self.lex.accusation_cues.contains_key(w)
                            || self.lex.denial_cues.contains_key(w)
                    })
                })
        };
        if let Some(org) = actor_before
            .or_else(|| one_in(from))
            .filter(|&o| own_body(o) && !acts_on(o))
        {
            self.roles[i].of = Some(org);
            self.roles[i].rule = "role.local-organization";
        }
    }

    /// Whether an organization is a political party the lexicon knows (by any of its forms).
    fn is_party(&self, e: usize) -> bool {
        let name = self.entities[e].name.as_str();
        self.lex.parties.contains_key(name) || self.lex.parties.values().any(|p| p.name == name)
    }

    /// A country for a government title that names none: the holder's own country from
    /// another of their roles, else the one country of the sentence that no other holder's
    /// title claims, else the article's main country; never one the holder accuses.
    fn default_owner(
        &mut self,
        i: usize,
        counts: &[(usize, usize)],
        orgs: &[(usize, usize)],
        given: &[(usize, usize, usize)],
    ) {
        let head = title_head(&self.roles[i].title).to_owned();
        // "an EC Commission spokesman said farm commissioner X": the organization of the
        // sentence (or the one before) whose name the title is made from (Commission -> commissioner, Congress
        // -> congressman, Council -> councillor)
        let sentence = self.roles[i].sentence;
        // (the mentions of those two sentences only: linear however long the article)
        let from = self.doc.sentences[sentence.saturating_sub(1)].tokens.start;
        let to = self.doc.sentences[sentence].tokens.end;
        let made_from = self
            .mentions_in(from, to)
            .filter(|m| self.entities[m.entity].kind == EntityKind::Organization)
            .map(|m| m.entity)
            .find(|&e| {
                self.entities[e].name.split(' ').any(|w| {
                    let w = w.to_lowercase();
                    w.len() >= 5 && head.len() > w.len() && head.starts_with(w.as_str())
                })
            });
        if let Some(org) = made_from {
            self.roles[i].of = Some(org);
            self.roles[i].rule = "role.title-organization";
            return;
        }
        // "shadow foreign secretary": an opposition party's title, never the state's; the
        // party the holder has another title in, else none (not the party of another
        // shadow title: "Lib Dem shadow chancellor Vince Cable" and Oliver Letwin are not
        // of one party)
        if self.roles[i].title.starts_with("shadow ") {
            let holder = self.roles[i].holder;
            let party = self
                .roles
                .iter()
                .filter(|r| r.holder == holder)
                .find_map(|r| r.of.filter(|&o| self.is_party(o)));
            if let Some(p) = party {
                self.roles[i].of = Some(p);
                self.roles[i].rule = "role.shadow-party";
            }
            return;
        }
        let kind = self.lex.role_heads.get(&head).cloned().unwrap_or_default();
        if kind == "bus" {
            self.default_organization(i, orgs);
            return;
        }
        if !matches!(kind.as_str(), "gov" | "dip" | "leg") {
            return;
        }
        let holder = self.roles[i].holder;
        let sibling = self.roles.iter().find(|r| {
            r.holder == holder
                && r.of
                    .is_some_and(|o| self.entities[o].kind == EntityKind::Country)
        });
        let own = sibling.and_then(|r| r.of);
        // "Treasury Secretary James Baker" in a story about Japan: an office only one country
        // names so (cue classes state-title-XX), when the article names that country (after
        // the holder's own country from another role: "Argentine Treasury Secretary Mario
        // Brodersohn ... Treasury Secretary Brodersohn")
        if own.is_none() {
            let title = &self.roles[i].title;
            let national = self.entities.iter().position(|e| {
                e.kind == EntityKind::Country
                    && e.country.is_some_and(|g| {
                        let key = &self.lex.countries[g].key;
                        self.lex.is_cue(&format!("state-title-{key}"), title)
                    })
            });
            if let Some(c) = national {
                self.roles[i].of = Some(c);
                self.roles[i].rule = "role.national-title";
                return;
            }
        }
        // a country the holder accuses is not the holder's own ("President Obama accused
        // China")
        let accused: Vec<usize> = self
            .accusations
            .iter()
            .filter(|a| a.accuser == holder)
            .map(|a| a.accused)
            .collect();
        // else the country of a titled partner ("French President X, his Prime Minister Y"),
        // else the one country named in the role's own sentence, else the article's
        let partner = self.partner_country(i, given);
        let range = self.doc.sentences[sentence].tokens.clone();
        let mut in_sentence: Vec<usize> = self
            .mentions_in(range.start, range.end)
            .filter(|m| {
                self.entities[m.entity].kind == EntityKind::Country
                    && !accused.contains(&m.entity)
                    // ("imposed tariffs on Japanese goods", "talks with Japan": a country the
                    // holder acts on or deals with is not the holder's)
                    && !self.after_object_preposition(m.tokens.start, range.start, true)
                    && !given
                        .iter()
                        .any(|&(s, h, o)| s == sentence && h != holder && o == m.entity)
            })
            .map(|m| m.entity)
            .collect();
        in_sentence.sort_unstable();
        in_sentence.dedup();
        let only = (in_sentence.len() == 1).then(|| in_sentence[0]);
        // "Industry Minister John Button said in Canberra": the country whose capital the
        // holder speaks in, when the article names that country
        let spoken_in = (range.start + 1..range.end)
            // ("said in Canberra", "In Paris, ... said": where the holder speaks, not where
            // a meeting was, "agreed last month in Paris")
            .filter(|&k| {
                self.lower(k - 1) == "in"
                    && self.is_cap(k)
                    && (k - 1 == range.start
                        || (k >= range.start + 2 && SPEECH_VERBS.contains(&self.lower(k - 2))))
            })
            .find_map(|k| {
                let one = self.word(k).to_owned();
                let two = (k + 1 < range.end).then(|| format!("{one} {}", self.word(k + 1)));
                two.and_then(|w| self.lex.capital_country(&w))
                    .or_else(|| self.lex.capital_country(&one))
            })
            .and_then(|c| {
                self.entities
                    .iter()
                    .position(|e| e.kind == EntityKind::Country && e.country == Some(c))
            })
            .filter(|c| !accused.contains(c));
        // (nor a country the holder acts on in the role's sentence; "to" is left out here:
        // "wants migrants to come to the UK" names the holder's own)
        let targets: Vec<usize> = self
            .mentions_in(range.start, range.end)
            .filter(|m| {
                self.entities[m.entity].kind == EntityKind::Country
                    && self.after_object_preposition(m.tokens.start, range.start, false)
            })
            .map(|m| m.entity)
            .collect();
        // ("Finance Minister X and U.S. Treasury Secretary Y": a country written on a later
        // title of the sentence sets that one apart; "U.S. Treasury Secretary Y and Commerce
        // Secretary Z" shares it)
        // (not a title after "of": "King X accepted the resignation of Belgian Prime Minister
        // Y" is about X's own country's minister)
        let here = self.roles[i].span.bytes.start;
        let set_apart: Vec<usize> = self
            .roles
            .iter()
            .filter(|r| r.sentence == sentence && r.holder != holder && r.span.bytes.start > here)
            .filter(|r| {
                let t = self
                    .doc
                    .tokens
                    .partition_point(|t| t.span.start < r.span.bytes.start);
                let mut b = t;
                while b > range.start && (self.is_cap(b - 1) || self.lower(b - 1) == "the") {
                    b -= 1;
                }
                !(b > range.start && self.lower(b - 1) == "of")
            })
            .filter_map(|r| r.of)
            .filter(|&o| given.iter().any(|&(s, _, g)| s == sentence && g == o))
            .collect();
        let top = counts
            .iter()
            .map(|c| c.0)
            .find(|c| !accused.contains(c) && !targets.contains(c) && !set_apart.contains(c));
        let owner = own.or(partner).or(spoken_in).or(only).or(top);
        if owner.is_some() {
            self.roles[i].of = owner;
            self.roles[i].rule = "role.default-country";
        }
    }

    /// True when the phrase at `start` is the object of a preposition of dealing or
    /// direction ("on Japanese goods", "with Japan", "to the Soviet Union", "visit Thailand
    /// and Indonesia" after such a phrase), past an article; not a possessor ("with the
    /// Philippines' creditors") nor an origin ("the delegate from Grenada").
    fn after_object_preposition(&self, start: usize, from: usize, with_to: bool) -> bool {
        let m_end = self.mention(start).map_or(start + 1, |m| m.tokens.end);
        if self.is_possessive(m_end - 1) {
            return false;
        }
        let mut k = start;
        if k > from && matches!(self.lower(k - 1), "the" | "a" | "an") {
            k -= 1;
        }
        if k <= from {
            return false;
        }
        let w = self.lower(k - 1);
        if matches!(
            w,
            "on" | "against" | "with" | "toward" | "towards" | "into" | "over" | "about"
        ) || (with_to && w == "to")
        {
            return true;
        }
        // "Thailand and Indonesia": a country joined to one that is such an object
        if matches!(w, "and" | "or" | ",") && k >= from + 2 {
            if let Some(m) = self.mention(k - 2) {
                let (s, e) = (m.tokens.start, m.entity);
                return self.entities[e].kind == EntityKind::Country
                    && self.after_object_preposition(s, from, with_to);
            }
        }
        false
    }
}

/// The word a title is named by: the last, or the one before "of" ("chancellor" of "chancellor
/// of the exchequer", "secretary" of "secretary of state").
fn title_head(title: &str) -> &str {
    let lead = title.split(" of ").next().unwrap_or(title);
    lead.rsplit(' ').next().unwrap_or(lead)
}
