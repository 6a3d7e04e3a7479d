//! Named entities: countries from the gazetteer, people and organizations from capitalized
//! chunks, and the links that make one entity of every way an article names it.

use super::{Ctx, EntityKind};
use crate::lexicon::{CountryForm, CountryPattern};
use crate::text::TokenKind;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// Words that end place names, which are neither people nor organizations.
const PLACE_WORDS: crate::lexicon::WordClass = crate::lexicon::WordClass("place-word");

/// Acronyms that are not organizations ("CEO", "GDP", "MP").
const NOT_ACRONYMS: crate::lexicon::WordClass = crate::lexicon::WordClass("not-acronym");

/// Single words that name an institution of the state ("Congress", "Knesset").
const STANDALONE_INSTITUTIONS: crate::lexicon::WordClass =
    crate::lexicon::WordClass("standalone-institution");

/// Verbs of saying, for "X said" contexts.
pub(super) const SPEECH_VERBS: crate::lexicon::WordClass = crate::lexicon::WordClass("speech-verb");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ChunkKind {
    Person,
    Organization,
    Unknown,
}

#[derive(Debug, Clone)]
struct Chunk {
    /// All tokens.
    tokens: Range<usize>,
    /// The name part (after titles, honorifics and a leading country word).
    name: Range<usize>,
    kind: ChunkKind,
    rule: &'static str,
}

impl Ctx<'_> {
    pub(super) fn find_entities(&mut self) {
        self.find_countries();
        let chunks = self.find_chunks();
        // every organization word, indexed by the word before it (one pass over the text)
        for k in 1..self.doc.tokens.len() {
            if self.lex.org_keyword(self.base(k)).is_some() {
                let before = self.word(k - 1).to_owned();
                self.org_word_after.entry(before).or_default().push(k);
            }
        }
        let chunks: Vec<Chunk> = chunks.into_iter().map(|c| self.classify(c)).collect();
        self.add_people(&chunks);
        self.add_organizations(&chunks);
        self.resolve_unknowns(&chunks);
        self.resolve_caps_sentences();
        self.retype_companies_named_like_people();
    }

    /// "Fannie Mae", "Freddie Mac": a name read as a person by its given name is an
    /// organization when the text treats it as one: "X, which ..." and never "X, who ...", a
    /// company noun right before it ("mortgage giant Fannie Mae") or after it ("Sal Oppenheim
    /// investment bank"), or a company named by it and a legal form ("Reed Tool" beside
    /// "Reed Tool Co"), and no title or honorific.
    fn retype_companies_named_like_people(&mut self) {
        let n = self.doc.tokens.len();
        for e in 0..self.entities.len() {
            if self.entities[e].kind != EntityKind::Person
                || self.entities[e].rule == "person.title"
            {
                continue;
            }
            // ("Reed Tool" beside "Reed Tool Co": a company's name without its legal form)
            let name = &self.entities[e].name;
            let short_of_company = self.entities.iter().any(|o| {
                o.kind == EntityKind::Organization
                    && o.name
                        .strip_prefix(name.as_str())
                        .and_then(|rest| rest.strip_prefix(' '))
                        .is_some_and(|rest| {
                            !rest.is_empty()
                                && rest
                                    .split(' ')
                                    .all(|w| self.lex.is_cue("legal-form", w.trim_end_matches('.')))
                        })
            });
            let (mut which, mut who, mut company_noun) = (0, 0, usize::from(short_of_company));
            for m in self.mentions.iter().filter(|m| m.entity == e) {
                let end = m.tokens.end;
                if end + 1 < n && self.word(end) == "," {
                    match self.lower(end + 1) {
                        "which" => which += 1,
                        "who" | "whose" => who += 1,
                        _ => {}
                    }
                }
                let start = m.tokens.start;
                if start > 0 && self.lex.is_cue("company-noun", self.lower(start - 1)) {
                    company_noun += 1;
                }
                // "Freddie Mac, the country's other largest mortgage firm, ..."
                if end + 2 < n
                    && self.word(end) == ","
                    && matches!(self.lower(end + 1), "the" | "a" | "an")
                {
                    // the apposition's head noun, lower case, with no title in it ("a
                    // telecoms analyst with Deutsche Bank" is a person's)
                    // (the head is before any preposition: "a board member of Germany's
                    // central bank" is a member's)
                    let stop = (end + 2..(end + 9).min(n)).find(|&k| {
                        matches!(self.word(k), "," | "." | ")" | ";")
                            || super::syntax::PREPOSITIONS.contains(&self.lower(k))
                    });
                    if let Some(stop) = stop {
                        let h = stop - 1;
                        let titled =
                            (end + 2..stop).any(|k| self.lex.role_head(self.word(k)).is_some());
                        if !titled
                            && !self.is_cap(h)
                            && self.lex.is_cue("company-noun", self.lower(h))
                        {
                            company_noun += 1;
                        }
                    }
                }
                // "from Sal Oppenheim investment bank", "of Morgan Grenfell bank": a company
                // noun right after it, at most one lower-case word between, ending the phrase
                // (not "Mary Poppins film company's ...": the noun is its own)
                // (not a possessor, "Maxwell's company", nor "Jacobs controlled company", "the
                // Roy Disney family company": a participle or the family between)
                // (nor one a newspaper is one of: "The Sun, a Rupert Murdoch newspaper"; "the
                // Berliner Zeitung newspaper" is the paper)
                let owned = start > 0 && matches!(self.lower(start - 1), "a" | "an");
                let after = (!self.is_possessive(end - 1) && !owned)
                    .then(|| {
                        (end..(end + 2).min(n))
                            .take_while(|&k| {
                                // (nor a verb before the noun: "Radcliffe trains daily",
                                // "Wenger can bank on")
                                let w = self.lower(k);
                                let noun = self.lex.is_cue("company-noun", w);
                                self.is_word(k)
                                    && !self.is_cap(k)
                                    && (noun || !w.ends_with("ed"))
                                    && (noun
                                        || !w.ends_with('s')
                                        || w == "news"
                                        || w.ends_with("ss"))
                                    && !matches!(
                                        w,
                                        "family"
                                            | "own"
                                            | "new"
                                            | "can"
                                            | "could"
                                            | "will"
                                            | "would"
                                            | "may"
                                            | "might"
                                            | "must"
                                            | "should"
                                    )
                            })
                            .find(|&k| self.lex.is_cue("company-noun", self.lower(k)))
                    })
                    .flatten();
                if let Some(k) = after {
                    let ends = self.phrase_ends_after(k, n)
                        || SPEECH_VERBS.contains(&self.lower(k + 1))
                        || matches!(
                            self.lower(k + 1),
                            "is" | "was" | "has" | "had" | "and" | "which" | "that"
                        );
                    if ends && !self.is_possessive(k) {
                        company_noun += 1;
                    }
                }
                // "governor Satoshi Sumita, which": a titled person; the clause is the bank's
                if start > 0 && self.lex.role_head(self.word(start - 1)).is_some() {
                    who += 1;
                }
            }
            if who == 0 && (which > 0 || company_noun > 0) {
                self.retyped.push((e, self.entities[e].rule));
                self.entities[e].kind = EntityKind::Organization;
                self.entities[e].rule = "org.retyped";
            }
        }
    }

    /// "Beck-Crespel is a specialist steel firm in Armentieres": a name not yet known that
    /// opens a sentence and is said to be a company (a company noun ends the predicate's
    /// noun phrase, after at most four lower-case words) is an organization.
    pub(super) fn find_copula_companies(&mut self) {
        for s in 0..self.doc.sentences.len() {
            let start = self.doc.sentences[s].tokens.start;
            let end = self.doc.sentences[s].tokens.end;
            let Some(chunk) = self.unknown_chunk_at(start) else {
                continue;
            };
            let mut k = chunk.end;
            // ("Balco (The Bay Area Laboratory Cooperative) is the company ...": past a name
            // spelt out in brackets)
            if k < end && self.word(k) == "(" {
                if let Some(close) = (k + 1..(k + 12).min(end)).find(|&t| self.word(t) == ")") {
                    k = close + 1;
                }
            }
            if k + 3 >= end
                || !matches!(self.lower(k), "is" | "was")
                || !matches!(self.lower(k + 1), "a" | "an" | "the")
            {
                continue;
            }
            let head = (k + 2..(k + 7).min(end))
                .take_while(|&t| self.is_word(t) && !self.is_cap(t))
                .find(|&t| self.lex.is_cue("company-noun", self.lower(t)));
            // (the noun phrase ends there: "a firm in ...", "a company that ...", "a company
            // based in ...", not "a company director")
            let ends = head.is_some_and(|h| {
                self.phrase_ends_after(h, end)
                    || matches!(self.lower(h + 1), "that" | "which" | "whose")
                    || (!self.is_cap(h + 1) && self.lower(h + 1).ends_with("ed"))
            });
            if ends {
                if let Some(e) = self.promote_unknown(chunk) {
                    if self.entities[e].rule == "org.actor" {
                        self.entities[e].rule = "org.copula";
                    }
                }
            }
        }
    }

    /// Whether a noun phrase ends at token `h`: the text (up to `end`) ends, or a
    /// punctuation mark or a preposition follows ("a steel firm in Armentieres", "investment
    /// bank, told Reuters").
    fn phrase_ends_after(&self, h: usize, end: usize) -> bool {
        h + 1 >= end
            || !self.is_word(h + 1)
            || super::syntax::PREPOSITIONS.contains(&self.lower(h + 1))
    }

    /// Whether a nickname in double quotation marks follows the one-word first name at
    /// `first`: 'Burkhard "Bobby" Junger', 'Paul "Gazza" Gascoigne'.
    fn nickname_after(&self, first: usize, end: usize) -> bool {
        first + 4 < end
            && self.lex.given_names.contains(self.word(first))
            && matches!(self.word(first + 1), "\"" | "\u{201c}")
            && self.is_cap(first + 2)
            && matches!(self.word(first + 3), "\"" | "\u{201d}")
            && self.is_cap(first + 4)
            && self.is_word(first + 4)
    }

    /// True when token `k` is "office" after a title's possessive: "District Attorney's
    /// office", "Sheriff's office" (the office of a title, a body of its own).
    fn title_office_at(&self, k: usize) -> bool {
        k > 0
            && self.lower(k) == "office"
            && self.is_possessive(k - 1)
            && self.lex.role_head(self.base(k - 1)).is_some()
    }

    /// A retyped name that holds a role ("Kurt Wulff, oil analyst at ...") is a person after
    /// all: roles are people's.
    pub(super) fn restore_role_holders(&mut self) {
        for (e, rule) in std::mem::take(&mut self.retyped) {
            // (not a title after "its": "media giant Vivendi Universal, its boss and another
            // top executive" names the company's people, not the company)
            // (nor one it owns itself)
            let own = |r: &super::model::Role| {
                let t = self
                    .doc
                    .tokens
                    .partition_point(|t| t.span.start < r.span.bytes.start);
                // ("its boss", "its new boss", "its former chief executive")
                let its = (t.saturating_sub(3)..t).any(|k| self.lower(k) == "its");
                !its && r.of != Some(e)
            };
            // (one that owns another's title stays an organization: "Robert Bishop, Sealed
            // Power group vice president")
            let owns = self.roles.iter().any(|r| r.of == Some(e));
            if !owns && self.roles.iter().any(|r| r.holder == e && own(r)) {
                self.entities[e].kind = EntityKind::Person;
                self.entities[e].rule = rule;
            } else {
                // (an organization holds no title)
                self.roles.retain(|r| r.holder != e);
            }
        }
    }

    /// Countries: every gazetteer match that survives the context checks.
    fn find_countries(&mut self) {
        let text = self.doc.text;
        let mut by_country: HashMap<usize, usize> = HashMap::default();
        // every gazetteer form starts with a capital (or a letter without case): the search
        // starts at capitalized words and at their capitalized parts ("Texas-New Mexico")
        let mut starts = Vec::new();
        for t in &self.doc.tokens {
            if t.kind != TokenKind::Word {
                continue;
            }
            let start = t.span.start;
            if !(t.cap
                || (text.as_bytes()[start] >= 0x80
                    && text[start..]
                        .chars()
                        .next()
                        .is_some_and(|c| !c.is_lowercase())))
            {
                continue;
            }
            starts.push(start);
            let w = &text[t.span.clone()];
            if w.contains('-') {
                starts.extend(
                    w.match_indices('-')
                        .map(|(k, _)| k + 1)
                        .filter(|&k| w[k..].chars().next().is_some_and(char::is_uppercase))
                        .map(|k| start + k),
                );
            }
        }
        let matches = self.lex.find_countries_at(text, starts);
        // historical states mentioned by name take their capital ("Moscow" in a story about
        // the Soviet Union)
        let named: Vec<usize> = matches
            .iter()
            .filter_map(|(_, p)| match p {
                CountryPattern::Country(c, CountryForm::Name | CountryForm::Demonym) => Some(*c),
                _ => None,
            })
            .collect();
        for (range, pattern) in matches {
            let CountryPattern::Country(mut country, form) = pattern else {
                continue;
            };
            let Some(tokens) = self.tokens_of(&range) else {
                continue;
            };
            let next_cap = tokens.end < self.doc.tokens.len()
                && self.is_cap(tokens.end)
                && !self
                    .lex
                    .capitalized_stopwords
                    .contains(self.word(tokens.end))
                && !self.in_caps_sentence(tokens.start);
            let surface = &text[range.clone()];
            if form == CountryForm::Name
                && self.lex.country_given_names.contains(surface)
                && next_cap
            {
                continue;
            }
            // "Morgan Stanley", "Port Louis Harbour": a capital inside a longer name
            let prev_cap = tokens.start > 0
                && self.doc.tokens[tokens.start - 1].kind == TokenKind::Word
                // (in the same sentence: a headline's last word is no part of the name)
                && self.doc.sentence_of(tokens.start - 1) == self.doc.sentence_of(tokens.start)
                && self.is_cap(tokens.start - 1)
                && !self
                    .lex
                    .capitalized_stopwords
                    .contains(self.word(tokens.start - 1))
                && !self.in_caps_sentence(tokens.start);
            if form == CountryForm::Capital {
                if next_cap || prev_cap || self.locative_before(tokens.start) {
                    continue;
                }
                if let Some(&other) = named
                    .iter()
                    .find(|&&c| c != country && self.lex.is_capital_of(surface, c))
                {
                    country = other;
                }
            }
            let entity = *by_country.entry(country).or_insert_with(|| {
                let name = self.lex.countries[country].name.clone();
                self.entities.push(super::Entity {
                    kind: EntityKind::Country,
                    name,
                    country: Some(country),
                    mentions: Vec::new(),
                    aliases: Vec::new(),
                    rule: "country.gazetteer",
                });
                self.entities.len() - 1
            });
            let rule = match form {
                CountryForm::Name => "country.name",
                CountryForm::Demonym => "country.demonym",
                CountryForm::Capital => "country.capital",
            };
            self.add_mention(entity, tokens, rule);
        }
    }

    /// Tokens covering a byte range that starts on a token; the last token may carry a
    /// possessive ending beyond the range.
    fn tokens_of(&self, range: &Range<usize>) -> Option<Range<usize>> {
        let toks = &self.doc.tokens;
        let start = toks.partition_point(|t| t.span.start < range.start);
        if start >= toks.len() || toks[start].span.start != range.start {
            return None;
        }
        let mut end = start;
        while end < toks.len() && toks[end].span.end <= range.end {
            end += 1;
        }
        if end < toks.len() && toks[end].span.start < range.end {
            // the range ends inside token `end`: accept a possessive remainder only
            let rest = &self.doc.text[range.end..toks[end].span.end];
            if !matches!(rest, "'s" | "\u{2019}s" | "'" | "\u{2019}" | "'S") {
                return None;
            }
            end += 1;
        }
        (end > start).then_some(start..end)
    }

    /// "in Beijing", "to Moscow": a capital after a locative word names the city.
    fn locative_before(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.lower(i - 1),
                "in" | "at"
                    | "near"
                    | "from"
                    | "to"
                    | "into"
                    | "outside"
                    | "via"
                    | "around"
                    | "visit"
                    | "visited"
                    | "visiting"
                    | "across"
                    | "of"
            )
    }

    /// Maximal runs of capitalized words (with name particles and initials) outside
    /// all-caps sentences, less leading stop words.
    fn find_chunks(&self) -> Vec<Chunk> {
        let mut chunks: Vec<Chunk> = Vec::new();
        for s in &self.doc.sentences {
            if s.all_caps {
                continue;
            }
            let mut i = s.tokens.start;
            while i < s.tokens.end {
                // a stock ticker, "<LHAG.F>", "<PRY>", names no one (a name in brackets,
                // "<Olympic Airways>", does)
                if let Some(end) = self.ticker_end(i, s.tokens.end) {
                    i = end;
                    continue;
                }
                if !self.is_cap(i) {
                    i += 1;
                    continue;
                }
                let start = i;
                let mut j = i + 1;
                while j < s.tokens.end {
                    // ("European People's Party", "Workers' Party": a possessive inside a
                    // name before its keyword)
                    if self.is_possessive(j - 1)
                        && !(self.lex.is_cue("name-possessive", self.word(j - 1)) && self.is_cap(j))
                    {
                        break;
                    }
                    // "Professional Footballers' Association", "National Farmers' Union": a
                    // plural's apostrophe (its own token) inside a name whose keyword follows
                    // (not "Lloyds' Moore said")
                    if matches!(self.word(j), "'" | "\u{2019}")
                        && self.doc.tokens[j].span.start == self.doc.tokens[j - 1].span.end
                        && self.word(j - 1).ends_with('s')
                        && (j + 1..(j + 4).min(s.tokens.end))
                            .take_while(|&k| self.is_cap(k))
                            .any(|k| self.lex.org_keyword(self.base(k)).is_some())
                    {
                        j += 2;
                        continue;
                    }
                    // "Treasury Secretary James Baker Monday said": a weekday or a month
                    // after a name is no part of it
                    if self.is_cap(j) && self.lex.is_cue("date-word", self.lower(j)) {
                        break;
                    }
                    // "Labour MPs", "Tory MEPs": members written as an abbreviation after
                    // their party are no part of its name (not "Ottawa Senators")
                    if self.lex.is_cue("member-noun", self.lower(j))
                        && self
                            .word(j)
                            .chars()
                            .filter(char::is_ascii_uppercase)
                            .count()
                            >= 2
                    {
                        break;
                    }
                    if self.is_cap(j) {
                        j += 1;
                        continue;
                    }
                    // a nickname in quotation marks after a one-word first name: 'Burkhard
                    // "Bobby" Junger', 'Paul "Gazza" Gascoigne'
                    if j == start + 1 && self.nickname_after(start, s.tokens.end) {
                        j += 4;
                        continue;
                    }
                    // particles inside names: "Punta del Este", "Ludwig van Beethoven"
                    let w = self.word(j);
                    if self.lex.is_cue("name-particle", w)
                        && j + 1 < s.tokens.end
                        && self.is_cap(j + 1)
                    {
                        j += 2;
                        continue;
                    }
                    break;
                }
                // organization names with "of", "on", "for", "and": "Bank of England",
                // "General Agreement on Tariffs and Trade"
                let mut has_of = false;
                loop {
                    // (or the keyword comes after "of", in a name with no title nor given
                    // name: "Victims of Crime Trust", not "Chairman of Mobil Corp" nor
                    // "analyst Sanford Margoshes of Shearson Lehman Brothers")
                    let keyworded =
                        (start..j).any(|t| self.lex.org_keyword(self.base(t)).is_some());
                    let ends_org = keyworded
                        || (j + 1 < s.tokens.end
                            && self.word(j) == "of"
                            // (nor a name after a title: "analyst Orin Middleton of ...")
                            && !(start > s.tokens.start
                                && self.lex.role_head(self.word(start - 1)).is_some())
                            && (start..j).all(|t| {
                                !self.is_title_word(t)
                                    && !self.lex.given_names.contains(self.word(t))
                            })
                            && (j + 1..(j + 5).min(s.tokens.end))
                                .take_while(|&t| self.is_cap(t) && !self.is_possessive(t))
                                .any(|t| self.lex.org_keyword(self.base(t)).is_some()));
                    // "Institute for the Study of Labour", "Ministry of the Interior": "the"
                    // after a keyword's "of"/"for", before a capitalized word
                    let the_named = j + 2 < s.tokens.end
                        && matches!(self.word(j), "of" | "for")
                        && self.word(j + 1) == "the"
                        && self.is_cap(j + 2)
                        && !self.lex.is_cue("date-word", self.lower(j + 2))
                        && keyworded;
                    if j + 1 < s.tokens.end
                        && (self.is_cap(j + 1) || the_named)
                        && !self.is_possessive(j - 1)
                        // "Apex Mining Corp on Monday", "the Bank in January": a date
                        && !self.lex.is_cue("date-word", self.lower(j + 1))
                        && ((matches!(self.word(j), "of" | "on" | "for") && ends_org)
                            // ("the Department of Homeland Security and Alex Azar": a person's
                            // given name after "and" opens another name)
                            || (matches!(self.word(j), "and" | "&")
                                && has_of
                                && !(self.lex.given_names.contains(self.word(j + 1))
                                    && j + 2 < s.tokens.end
                                    && self.is_cap(j + 2)
                                    && self.lex.org_keyword(self.base(j + 2)).is_none()))
                            || (matches!(self.word(j), "and" | "&")
                                && self.and_joins_org_name(start, j, s.tokens.end)))
                    {
                        has_of |= matches!(self.word(j), "of" | "on" | "for");
                        let mut k = j + 1;
                        // ("Institute for the Study of Labour": "the" inside the name)
                        if self.word(k) == "the" {
                            k += 1;
                        }
                        while k < s.tokens.end && self.is_cap(k) && !self.is_possessive(k - 1) {
                            k += 1;
                        }
                        j = k;
                        continue;
                    }
                    break;
                }
                // "Brian Monteith MSP", "Ken Macdonald QC": letters after a name are not part
                // of it
                while j > start + 2 && self.lex.is_cue("post-nominal", self.word(j - 1)) {
                    j -= 1;
                }
                // "the Los Angeles County District Attorney's office": the office of a title
                // is a body of its own, named with it
                if j < s.tokens.end && j > start + 1 && self.title_office_at(j) {
                    j += 1;
                }
                // "Conservative Shadow chancellor", "Tory Deputy leader": a title's capitalized
                // adjective before its lower-case head is the title's, not the name's (nouns
                // such as "Party" or "Bank" stay: "New Democratic Party leader")
                while j > start + 1
                    && j < s.tokens.end
                    && self.lex.is_cue("title-adjective-cap", self.lower(j - 1))
                    && !self.is_cap(j)
                    && self.lex.role_head(self.word(j)).is_some()
                {
                    j -= 1;
                }
                let mut a = start;
                // "names First Boston Corp", "First Chicago Corp": inside a sentence, an
                // ordinal opening a company's name is the name's
                let company_ordinal = a > s.tokens.start
                    && !is_quote_word(self.word(a - 1))
                    && matches!(self.word(a), "First" | "Second" | "Third")
                    && j > a + 1
                    && self.lex.org_keyword(self.base(j - 1)).is_some();
                // ("the Sunday Telegraph", "Sunday Times": a weekday opening a paper's name)
                let paper_day = a + 1 < j
                    && self.lex.is_cue("date-word", self.lower(a))
                    && self
                        .lex
                        .org_keyword(self.base(a + 1))
                        .is_some_and(|kind| kind == "media");
                // ("Ten Cate said", "De Croo also said": a name's particle, written with a
                // capital before the rest of the name, stays)
                while !company_ordinal
                    && !paper_day
                    && a < j
                    && self.lex.capitalized_stopwords.contains(self.word(a))
                    && !(a + 1 < j
                        && self
                            .lex
                            .is_cue("name-particle", &self.word(a).to_lowercase()))
                {
                    a += 1;
                }
                // "Prospective Tory candidate": a leading modifier before a word that is no
                // title is not part of the name
                while a + 1 < j
                    && self.lex.is_cue("leading-modifier", self.lower(a))
                    && self.lex.role_head(self.word(a + 1)).is_none()
                    && !self.lex.is_role_modifier(self.word(a + 1))
                    && !self.lex.honorifics.contains(self.word(a + 1))
                {
                    a += 1;
                }
                // "the CIA William Casey": an acronym or country word, then a given name and
                // a surname, are two chunks
                let mut pieces = Vec::new();
                let mut from = a;
                // the word linking the chunk to what stands before it: "of", "to", "for" ...
                let link = if a > s.tokens.start && self.word(a - 1) != "the" {
                    Some(self.word(a - 1))
                } else if a > s.tokens.start + 1 {
                    Some(self.word(a - 2))
                } else {
                    None
                };
                for k in a + 1..j.saturating_sub(1) {
                    // "Federal Reserve Board Chairman Paul Volcker": an organization, then a
                    // title and a name, are two chunks
                    // ("FTC Bureau of Consumer Protection Director William MacLeod": any
                    // name that is no title, then a title and a given name)
                    if self.lex.role_head(self.word(k)).is_some()
                        && (self.lex.org_keyword(self.base(k - 1)).is_some()
                            || (!self.is_title_word(k - 1)
                                && k + 2 < j
                                && self.lex.given_names.contains(self.word(k + 1))))
                        && (k + 1..j).all(|t| self.lex.org_keyword(self.base(t)).is_none())
                        && (k + 1..j).any(|t| !self.is_title_word(t))
                    {
                        pieces.push(from..k);
                        from = k;
                        continue;
                    }
                    // "Chancellor of the Exchequer Nigel Lawson": after "of (the)", an
                    // institution's name, then a given name and a surname; after "to"/"for"
                    // only when the words before are an organization's ("Ambassador to the
                    // United Nations John Bolton", not "Minister for Foreign Affairs Rashid
                    // Abdulla al-Nuaimi" or "to the Los Angeles Chamber of Commerce")
                    let after_of = || match link {
                        Some("of") => true,
                        Some("to" | "for") => {
                            !(j < s.tokens.end && self.word(j) == "of")
                                && ((from..k).any(|t| self.lex.org_keyword(self.base(t)).is_some())
                                    || self
                                        .lex
                                        .known_organizations
                                        .contains_key(&self.name_of(from..k)))
                        }
                        _ => false,
                    };
                    // (not right after the name's own preposition, nor a country's first
                    // word: "Federation of Hong Kong Industry")
                    // (not a firm's partner: "J.P. Morgan and Co")
                    if self.lex.given_names.contains(self.word(k))
                        && self.is_cap(k - 1)
                        && !self.is_country_token(k)
                        && !(k + 1..j).any(|t| matches!(self.word(t), "and" | "&"))
                        && (self.is_acronym(self.word(k - 1))
                            || self.is_country_token(k - 1)
                            // "Liberal Democrat David Laws", "Ohio Democrat Howard Metzenbaum":
                            // a party (or its member's word) before a given name and surname
                            || self.lex.parties.contains_key(self.word(k - 1))
                            // ("Lib Dem Norman Baker": a party's two-word form)
                            || (k >= from + 2
                                && self.lex.parties.contains_key(self.name_of(k - 2..k).as_str()))
                            || (!self.lex.given_names.contains(self.word(k - 1)) && after_of())
                            // "the 12-member European Community John Smith", "Trident
                            // Seafoods Corp. Charles Bundrant": an organization's name ends
                            // at its closing keyword (not one opening it: "Bank Julius Baer")
                            || (k - 1 > from
                                && self.lex.org_keyword(self.base(k - 1)).is_some()
                                && self.lex.org_keyword(self.base(from)).is_none()
                                && k + 1 < j))
                        && !self.is_title_word(k - 1)
                    {
                        pieces.push(from..k);
                        from = k;
                    }
                }
                // "Kidder, Peabody and Co", "Smith Barney, Harris Upham and Co": partners named
                // with a comma before "and Co" are one firm; the chunk before the comma joins
                // (partners by surname: not a firm of its own, "Citicorp, J.P. Morgan and Co")
                let partners = (from + 2..j).any(|t| {
                    matches!(self.word(t - 1), "and" | "&")
                        && self
                            .lex
                            .is_cue("firm-partners", self.word(t).trim_end_matches('.'))
                }) && (from..j)
                    .all(|t| !self.word(t).trim_end_matches('.').contains('.'));
                if partners && from == start && start >= s.tokens.start + 2 {
                    if let Some(prev) = chunks.last().filter(|c| {
                        c.tokens.end + 1 == start
                            && self.word(start - 1) == ","
                            && c.tokens.len() <= 2
                            && (c.tokens.clone()).all(|t| !self.is_country_token(t))
                            // (not a phrase's place opening the sentence: "In London,
                            // Jefferies and Co said"; but "analyst at Kidder, Peabody and Co")
                            && !(c.tokens.start == s.tokens.start + 1
                                && super::syntax::PREPOSITIONS
                                    .contains(&self.lower(s.tokens.start)))
                    }) {
                        from = prev.tokens.start;
                        chunks.pop();
                    }
                }
                pieces.push(from..j);
                for piece in pieces.into_iter().filter(|p| !p.is_empty()) {
                    chunks.push(Chunk {
                        tokens: piece.clone(),
                        name: piece,
                        kind: ChunkKind::Unknown,
                        rule: "",
                    });
                }
                i = j;
            }
        }
        chunks
    }

    /// The token after a stock ticker opening at `i` ("<", then capitals, digits and dots
    /// written together, then ">"), before `end`.
    pub(super) fn ticker_end(&self, i: usize, end: usize) -> Option<usize> {
        if self.word(i) != "<" {
            return None;
        }
        let close = (i + 1..(i + 8).min(end)).find(|&j| self.word(j) == ">")?;
        let glued = (i + 1..=close)
            .all(|j| self.doc.tokens[j].span.start == self.doc.tokens[j - 1].span.end);
        let ticker = close > i + 1
            && (i + 1..close).all(|j| {
                self.word(j)
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
            });
        (glued && ticker).then_some(close + 1)
    }

    /// "Securities and Exchange Commission", "Procter and Gamble Co": one word, "and", one
    /// word and an organization keyword. Two names joined by "and" ("Ford and General Motors
    /// Corp", "Britain and France") fail one of the tests.
    fn and_joins_org_name(&self, mut start: usize, and: usize, end: usize) -> bool {
        while start < and && self.lex.capitalized_stopwords.contains(self.word(start)) {
            start += 1;
        }
        // "U.S. Securities and Exchange Commission": a country's name before a one-word start
        if and == start + 2
            && self.is_country_token(start)
            && self
                .mention(start)
                .is_some_and(|m| m.rule != "country.demonym")
            && self.and_joins_org_name(start + 1, and, end)
        {
            return true;
        }
        // one word before "and", or two ("British Printing and Communication Corp PLC"),
        // none of them a keyword of its own
        // (or three after a country word: "China International Trust and Investment Corp")
        // (no legal form before "and": not "China Steel Corp and Formosa Plastics Corp")
        let three = and == start + 3
            && self.is_country_token(start)
            && (start + 1..and).all(|t| {
                !self.is_country_token(t)
                    && !self
                        .lex
                        .is_cue("legal-form", self.base(t).trim_end_matches('.'))
            });
        if !(and == start + 1 || and == start + 2 || three) || and + 2 > end {
            return false;
        }
        // "Jefferies and Co", "Morgan Stanley and Co Inc", "W.H. Smith and Sons": a firm's
        // partners, then the word for the rest of them
        if self
            .lex
            .is_cue("firm-partners", self.word(and + 1).trim_end_matches('.'))
            && self.is_cap(and + 1)
            && (start..and).all(|t| !self.is_country_token(t) && !self.is_title_word(t))
        {
            return true;
        }
        if and + 3 > end {
            return false;
        }
        let w = self.word(start);
        let (next, keyword) = (and + 1, and + 2);
        // after the keyword, only more keywords: "Corp PLC", "Co Ltd"
        // ("General Motors Corp" is a name of its own: "Motors" is no legal form)
        let legal = |t: usize| {
            self.lex
                .is_cue("legal-form", self.base(t).trim_end_matches('.'))
        };
        let mut after = keyword + 1;
        while after < end && self.is_cap(after) && legal(after - 1) && legal(after) {
            after += 1;
        }
        let two = and == start + 2;
        self.is_cap(next)
            && self.is_cap(keyword)
            && self.lex.org_keyword(self.base(keyword)).is_some()
            && !(after < end && self.is_cap(after))
            // ("Securities and Exchange Commission" keeps its one-word start)
            && !(two && (start..and).any(|t| self.lex.org_keyword(self.base(t)).is_some()))
            && !self.lex.given_names.contains(w)
            && !self.is_acronym(w)
            // "the Bundesbank and Finance Ministry": two institutions
            && !self.lex.known_organizations.contains_key(w)
            // "Britain and France"; but a demonym may open a two-word name ("British Printing")
            && (!self.is_country_token(start)
                || three
                || two
                    && self.mention(start).is_some_and(|m| m.rule == "country.demonym"))
            && !(two && self.is_country_token(start + 1))
            && !self.is_country_token(next)
    }

    fn is_title_word(&self, i: usize) -> bool {
        let w = self.word(i);
        self.lex.honorifics.contains(w)
            || self.lex.title_abbreviations.contains_key(w)
            || self.lex.role_head(w).is_some()
            || (self.lex.is_role_modifier(w) && !self.party_before_title(i))
    }

    /// True when the word at `k` names a party before a title rather than modifying it: "Labour
    /// MP X", "Labour minister Y" (a party's), not "Labour Minister Z" (the minister of labour,
    /// as a portfolio is written, capitalized).
    pub(super) fn party_before_title(&self, k: usize) -> bool {
        let next = k + 1;
        self.is_cap(k)
            && self.lex.parties.contains_key(self.word(k))
            && next < self.doc.tokens.len()
            && !(self.is_cap(next)
                && matches!(
                    self.lower(next),
                    "minister" | "secretary" | "commissioner" | "ministry"
                ))
    }

    /// The organization of the political party that the word at `k` names ("Tory" in "Tory MP
    /// X"): the one already made for any of its forms, else a new one.
    pub(super) fn party_at(&mut self, k: usize) -> Option<usize> {
        let name = self.name_of(k..k + 1);
        self.party_entity(&name)
    }

    /// The organization of the party a form names, made once per article (named by that
    /// form, as the article first names it).
    fn party_entity(&mut self, form: &str) -> Option<usize> {
        let party = self.lex.parties.get(form)?;
        let (key, iso2) = (org_key(&party.name), party.iso2.clone());
        Some(self.keyed_organization(form, key, &iso2))
    }

    /// The organization of comparison key `key`, made once per article under `name`, with the
    /// country of `iso2` when the article names it.
    fn keyed_organization(&mut self, name: &str, key: String, iso2: &str) -> usize {
        if let Some(o) = self.org_keys.iter().find(|o| o.key == key) {
            return o.entity;
        }
        let country = self.named_country(iso2);
        let e = self.new_entity(
            EntityKind::Organization,
            name.to_owned(),
            country,
            "org.known",
        );
        self.org_keys.push(OrgKey::new(e, key));
        e
    }

    /// The country of ISO code `iso2` when the article names it: a party's country is given
    /// only then ("Labour" in a story from Israel or New Zealand is not the British party's).
    fn named_country(&self, iso2: &str) -> Option<usize> {
        let c = self.lex.country_by_iso2(iso2)?;
        self.entities
            .iter()
            .any(|e| e.kind == EntityKind::Country && e.country == Some(c))
            .then_some(c)
    }

    /// True when `toks`, written `name`, name a political party: a form of it ("Tories"), or
    /// its adjective inside a sentence ("Tory plans"; not "Conservative estimates put ..."
    /// opening one).
    fn names_party(&self, toks: &Range<usize>, name: &str) -> bool {
        self.lex.parties.get(name).is_some_and(|p| {
            !p.adjective
                || self.doc.sentences[self.doc.sentence_of(toks.start)]
                    .tokens
                    .start
                    != toks.start
                // ("Tory MPs criticised ...": before its members, even opening a sentence)
                || (toks.end < self.doc.tokens.len()
                    && self.lex.is_cue("member-noun", self.lower(toks.end)))
        })
    }

    fn is_country_token(&self, i: usize) -> bool {
        self.mention(i)
            .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Country)
    }

    fn classify(&self, mut c: Chunk) -> Chunk {
        let toks = c.tokens.clone();
        let name = self.name_of(toks.clone());
        let known =
            self.lex.known_organizations.contains_key(&name) || self.names_party(&toks, &name);
        let keyword = toks.len() >= 2
            && toks
                .clone()
                .any(|t| self.lex.org_keyword(self.base(t)).is_some());
        let institution = (toks.len() == 1
            && STANDALONE_INSTITUTIONS.contains(&self.base(toks.start)))
            // ("District Attorney's office": a title's office, read as one chunk)
            || (toks.len() >= 3 && self.title_office_at(toks.end - 1));
        if known || keyword || institution {
            c.kind = ChunkKind::Organization;
            c.rule = if known {
                "org.known"
            } else if institution && toks.len() > 1 {
                "org.title-office"
            } else {
                "org.keyword"
            };
            return c;
        }
        // "<Southern Air Transport> said": Reuters brackets a company's name (a private one,
        // with no ticker)
        if toks.start > 0
            && self.word(toks.start - 1) == "<"
            && toks.end < self.doc.tokens.len()
            && self.word(toks.end) == ">"
        {
            c.kind = ChunkKind::Organization;
            c.rule = "org.bracketed";
            return c;
        }
        // a leading country word, then titles and honorifics
        let mut n = toks.start;
        while n < toks.end
            && self.is_country_token(n)
            && self.mention(n).is_some_and(|m| m.tokens.end <= toks.end)
        {
            n = self.mention(n).map(|m| m.tokens.end).unwrap_or(n + 1);
        }
        let mut titled = false;
        while n + 1 < toks.end {
            if self.is_title_word(n) {
                titled = true;
                n += 1;
                continue;
            }
            // "Deputy U.S. Trade Representative X", "Deputy British Foreign Secretary Y": a
            // country word inside the title, more title words after it
            let country_end = self
                .mention(n)
                .filter(|m| {
                    self.entities[m.entity].kind == EntityKind::Country && m.tokens.end <= toks.end
                })
                .map(|m| m.tokens.end);
            match country_end {
                Some(e) if titled && e + 1 < toks.end && self.is_title_word(e) => n = e,
                _ => break,
            }
        }
        if !titled {
            // "Ruritanian Foreign Minister Anna Berg": the last run of title words inside the
            // chunk, followed by a name
            if let Some(p) = (n + 1..toks.end.saturating_sub(1))
                .rev()
                .find(|&p| self.is_title_word(p) && !self.is_title_word(p + 1))
            {
                if self.lex.role_head(self.word(p)).is_some()
                    || self.lex.honorifics.contains(self.word(p))
                {
                    titled = true;
                    n = p + 1;
                }
            }
        }
        // "Baroness Kennedy", "Lord Woolf": a peer's title is part of how news names them
        let title_end = n;
        if titled && n > toks.start && self.lex.is_cue("peerage", self.word(n - 1)) {
            n -= 1;
        }
        c.name = n..toks.end;
        let name_len = c.name.len();
        if name_len == 0 || c.name.clone().all(|t| self.is_title_word(t)) {
            return c;
        }
        // the whole name is a country ("Kuwait", "Britain's")
        if (c.name.clone()).all(|t| self.is_country_token(t)) {
            return c;
        }
        let first = self.base(c.name.start);
        // ("CAOBISCO", "COMECON": a longer acronym; chunks are read outside all-caps
        // headlines only)
        let letters = first.chars().filter(|ch| ch.is_alphabetic()).count();
        let long_acronym = (7..=9).contains(&letters)
            && first.chars().all(|ch| ch.is_uppercase())
            && !NOT_ACRONYMS.contains(&first);
        if name_len == 1 && (self.is_acronym(first) || long_acronym) {
            c.kind = ChunkKind::Organization;
            c.rule = "org.acronym";
            return c;
        }
        // (a given name that is also a place word opens a person's name, "Bill Gates"; a
        // place word that is also a surname closes one after a given name, "Frank Field",
        // "Damon Hill"; not "Davis Cup", "Beverly Hills", "Harris County")
        let name = c.name.clone();
        let given_first = name.len() >= 2 && self.lex.given_names.contains(self.base(name.start));
        // (two words, or three with an initial between: not "George Washington Bridge")
        let person_shaped = name.len() == 2
            || (name.len() == 3 && self.base(name.start + 1).trim_end_matches('.').len() == 1);
        let place = name.clone().any(|t| {
            let w = self.base(t);
            PLACE_WORDS.contains(&w)
                && !(given_first
                    && person_shaped
                    && ((t == name.start
                        && self.lex.is_cue("given-name-place-word", w)
                        && !PLACE_WORDS.contains(&self.base(name.end - 1)))
                        || (t + 1 == name.end && self.lex.is_cue("surname-place-word", w))))
        });
        let has_country = c.name.clone().any(|t| self.is_country_token(t));
        if place || has_country {
            return c;
        }
        // a title needs a head or an honorific: "Senior Notes", "Home Shopping" have only a
        // modifier ("senior official", "Home Secretary") before a common word
        let real_title = (toks.start..title_end).any(|t| {
            let w = self.word(t);
            self.lex.role_head(w).is_some()
                || self.lex.honorifics.contains(w)
                || self.lex.title_abbreviations.contains_key(w)
        });
        if titled && real_title {
            c.kind = ChunkKind::Person;
            c.rule = "person.title";
            return c;
        }
        if (2..=5).contains(&name_len)
            && self.lex.given_names.contains(first)
            && self.name_shaped(&c.name)
        {
            c.kind = ChunkKind::Person;
            c.rule = "person.given-name";
            return c;
        }
        if (2..=4).contains(&name_len) && self.name_shaped(&c.name) {
            // a role word just before: "spokesman George Foulkes", "lawyer, Hugh Ray"
            let mut p = toks.start;
            if p > 0 && self.word(p - 1) == "," {
                p -= 1;
            }
            let comma = p < toks.start;
            // "one man, Sion Aubrey Roberts"; "Plaid Cymru's former President, Dafydd Wigley"
            if p > 0
                && ((self.lex.role_head(self.word(p - 1)).is_some()
                    && (!self.is_cap(p - 1) || comma))
                    || self.lex.is_cue("person-word", self.lower(p - 1))
                    // ("17-year-old Virginia Giuffre": an age; not "a 24-year-old Los
                    // Angeles man", a place modifying a noun)
                    || (self.lower(p - 1).strip_suffix("-year-old").is_some_and(|n| {
                        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
                    }) && (toks.end >= self.doc.tokens.len()
                        || (!self.is_word(toks.end)
                            // (not "the 150-year-old Jardine Matheson, which ...")
                            && !(toks.end + 1 < self.doc.tokens.len()
                                && self.lower(toks.end + 1) == "which"))
                        || self.lex.is_cue("after-age-word", self.lower(toks.end)))))
            {
                c.kind = ChunkKind::Person;
                c.rule = "person.role-before";
                return c;
            }
            // "X, a ... official"
            if toks.end + 1 < self.doc.tokens.len() && self.word(toks.end) == "," {
                // (a possessor's title may run long: "X, Japan's deputy minister of
                // International Trade and Industry,")
                let opens_possessor = toks.end + 1 < self.doc.tokens.len()
                    && self.is_cap(toks.end + 1)
                    && self.is_possessive(toks.end + 1);
                let limit = (toks.end + 12).min(self.doc.tokens.len());
                if let Some(k) =
                    (toks.end + 1..limit).find(|&k| self.word(k) == "," || self.word(k) == ".")
                {
                    let opens = toks.end + 1;
                    // "X, chairman of Y", "X, Chairman of Y", "X, executive vice president
                    // of Y": a bare title, its head before "of"/"for"/"at"
                    let bare_title = (opens..k).find(|&t| {
                        self.lex.role_head(self.lower(t)).is_some()
                            && t + 1 < self.doc.tokens.len()
                            && matches!(self.lower(t + 1), "of" | "for" | "at")
                    });
                    let bare_title = bare_title.is_some_and(|h| {
                        (opens..h).all(|t| self.lex.is_role_modifier(self.lower(t)))
                    });
                    // "X, Japan's deputy minister of ...", "X, IBM's chief executive": a
                    // possessor's title, its head within four words of lower-case modifiers
                    // (not "Texas Air, Eastern's new owner": what companies are to each other)
                    let possessor_title = opens_possessor
                        && (opens + 1..(opens + 5).min(k))
                            .take_while(|&t| !self.is_cap(t) && self.is_word(t))
                            .any(|t| {
                                let w = self.lower(t);
                                self.lex.role_head(w).is_some()
                                    && !self.lex.is_cue("org-description", w)
                                    && !self.lex.is_cue("company-relation", w)
                            })
                        && !self.named_as_organization(&c.name);
                    if bare_title
                        || possessor_title
                        // (the apposition's head comes early: "a senior official of ...")
                        || (opens..k.min(opens + 6)).any(|t| {
                            !self.is_cap(t)
                                && self.lex.role_head(self.word(t)).is_some()
                                && !self.lex.is_cue("capital-only-title", self.word(t))
                        })
                            && matches!(
                                self.lower(opens),
                                "a" | "an" | "the" | "who" | "its" | "his" | "her"
                            )
                            && !self.named_as_organization(&c.name)
                    {
                        c.kind = ChunkKind::Person;
                        c.rule = "person.apposition";
                        return c;
                    }
                }
            }
            // "X said", and '"...," said X.' / 'said X, who ...'
            let inverted = toks.start > 0
                && matches!(self.word(toks.start - 1), "said" | "says")
                && (toks.end >= self.doc.tokens.len()
                    || matches!(self.word(toks.end), "," | "." | ";"));
            // (not a place where a body speaks from: "the Federal Banking Supervisory Office in
            // West Berlin said")
            let placed = toks.start > 0 && matches!(self.lower(toks.start - 1), "in" | "at");
            if (inverted
                || (toks.end < self.doc.tokens.len()
                    && SPEECH_VERBS.contains(&self.word(toks.end))))
                && !placed
                && !self.named_as_organization(&c.name)
            {
                c.kind = ChunkKind::Person;
                c.rule = "person.speaker";
                return c;
            }
        }
        c
    }

    /// Whether the words of `name` stand elsewhere in the article before an organization
    /// word ("said McDonnell Douglas" in a story about McDonnell Douglas Corp).
    fn named_as_organization(&self, name: &Range<usize>) -> bool {
        let len = name.len();
        let Some(ends) = self.org_word_after.get(self.word(name.end - 1)) else {
            return false;
        };
        ends.iter().any(|&j| {
            j >= len
                && j - len != name.start
                && (0..len).all(|i| self.word(j - len + i) == self.word(name.start + i))
        })
    }

    /// Every word of a person-like name starts with a capital and has a lowercase letter
    /// (or is an initial).
    fn name_shaped(&self, name: &Range<usize>) -> bool {
        // "Theresa May", "Brian May": after a given name, a month that is also a name
        let given_first = self.lex.given_names.contains(self.base(name.start));
        name.clone().all(|t| {
            let w = self.base(t);
            // "J." and "J.F.": single capitals with dots
            let bare = w.trim_end_matches('.');
            let initial = bare.chars().count() == 1
                || (w.ends_with('.')
                    && bare
                        .split('.')
                        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase)));
            // ("Henk Ten Cate", "Rafael Van der Vaart": a particle written with a capital
            // inside a name)
            let inner_particle = t > name.start
                && t + 1 < name.end
                && self.lex.is_cue("name-particle", &w.to_lowercase());
            initial
                || inner_particle
                || (w.chars().any(char::is_lowercase)
                    && (!self.lex.capitalized_stopwords.contains(w)
                        || (given_first
                            && t > name.start
                            && t + 1 == name.end
                            && w.len() > 2
                            && (self.lex.female_names.contains(w)
                                || self.lex.given_names.contains(w)))))
        }) && !name
            .clone()
            .any(|t| self.lex.org_keyword(self.base(t)).is_some())
            // ("Virginia Democrats": a party after a place that is also a given name)
            && !(name.start + 1..name.end).any(|t| self.lex.parties.contains_key(self.word(t)))
    }

    fn is_acronym(&self, w: &str) -> bool {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        (2..=6).contains(&letters)
            && w.chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_numeric())
            && !NOT_ACRONYMS.contains(&w)
    }

    /// One person entity per person: full names first, then shorter forms joined to them.
    fn add_people(&mut self, chunks: &[Chunk]) {
        let mut people: Vec<(usize, Vec<String>)> = Vec::new(); // entity, name words as keys
        let mut order: Vec<&Chunk> = chunks
            .iter()
            .filter(|c| c.kind == ChunkKind::Person)
            .collect();
        // longer names first so "Obama" joins "Barack Obama" wherever it comes
        order.sort_by_key(|c| (std::cmp::Reverse(c.name.len()), c.name.start));
        for c in order {
            // ('Burkhard "Bobby" Junger': the name without the quoted nickname)
            let nickname = self
                .nickname_after(c.name.start, c.name.end)
                .then_some(c.name.start + 1..c.name.start + 4);
            let kept: Vec<usize> = c
                .name
                .clone()
                .filter(|t| nickname.as_ref().is_none_or(|n| !n.contains(t)))
                .collect();
            let words: Vec<String> = kept.iter().map(|&t| person_key(self.base(t))).collect();
            // ("Mr Howard": after a courtesy title a lone given name is a surname, never Howard
            // Flight's given name; "Sir Alex" is a given name, and "Dr Khoo" the first word of
            // Khoo Kay Peng, a name no given name)
            let surname_only = words.len() == 1
                && c.name.start > 0
                && matches!(
                    self.word(c.name.start - 1).trim_end_matches('.'),
                    "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Messrs"
                )
                && self.lex.given_names.contains(self.word(c.name.start))
                // ("Mr Wang" is Wang Xuebing: a family name that comes first)
                && !self.lex.is_cue("family-name-first", self.word(c.name.start));
            let entity = match self.find_person(&people, &words, surname_only) {
                Some(e) => e,
                None => {
                    let name = match &nickname {
                        Some(n) => format!(
                            "{} {}",
                            self.name_of(c.name.start..n.start),
                            self.name_of(n.end..c.name.end)
                        ),
                        None => self.name_of(c.name.clone()),
                    };
                    let e = self.new_entity(EntityKind::Person, name, None, c.rule);
                    people.push((e, words));
                    e
                }
            };
            self.add_mention(entity, c.name.clone(), c.rule);
            self.person_chunks
                .push((c.tokens.clone(), c.name.clone(), entity));
        }
        self.person_chunks.sort_by_key(|c| c.0.start);
        self.person_words = people;
    }

    /// The person a name refers to: the same words, or a surname or given name of one person.
    /// Names are compared as [`person_key`]s.
    fn find_person(
        &self,
        people: &[(usize, Vec<String>)],
        words: &[String],
        surname_only: bool,
    ) -> Option<usize> {
        if let Some((e, _)) = people.iter().find(|(_, p)| p == words) {
            return Some(*e);
        }
        let last = words.last()?;
        // (each candidate with whether the name is its surname)
        let candidates: Vec<(usize, bool)> = people
            .iter()
            .filter_map(|(e, p)| {
                if p.len() <= words.len() {
                    return None;
                }
                let plast = p.last().map(String::as_str).unwrap_or_default();
                let fits = (words.len() == 1
                    && (plast == last || (p[0] == *last && !surname_only)))
                    || (words.len() >= 2
                        && plast == last
                        && (p[0] == words[0] || p[0].chars().next() == words[0].chars().next()))
                    || (!words.is_empty()
                        && (!surname_only || plast == last)
                        && p.contains(last)
                        && words.iter().all(|w| p.contains(w)));
                fits.then_some((*e, plast == last))
            })
            .collect();
        // ("Mr Howard" with Michael Howard and Howard Flight named: a lone name is a surname
        // before it is a given name)
        if candidates.len() > 1 && words.len() == 1 {
            let mut surnames = candidates.iter().filter(|c| c.1);
            if let (Some(&(e, _)), None) = (surnames.next(), surnames.next()) {
                return Some(e);
            }
        }
        // a name shared by two people stays unresolved
        (candidates.len() == 1).then(|| candidates[0].0)
    }

    /// Organizations: one entity per name, with acronyms and short forms joined to it.
    fn add_organizations(&mut self, chunks: &[Chunk]) {
        let mut orgs: Vec<OrgKey> = Vec::new();
        for c in chunks.iter().filter(|c| c.kind == ChunkKind::Organization) {
            let mut toks = c.tokens.clone();
            // "Kuwait News Agency KUNA": a trailing acronym is an alias
            let mut acronym = None;
            // (not a legal form: "... Corp PLC", "... Holdings AG")
            if toks.len() >= 3
                && self.is_acronym(self.word(toks.end - 1))
                && self.lex.org_keyword(self.word(toks.end - 1)).is_none()
            {
                acronym = Some(toks.end - 1..toks.end);
                toks.end -= 1;
            }
            let mut name = self.name_of(toks.clone());
            // "... sued Delta Steel Inc. A spokesman ...": the period that ends the sentence is
            // no part of the name
            let s = self.doc.sentence_of(toks.start);
            if name.ends_with('.') && toks.end == self.doc.sentences[s].tokens.end {
                name.pop();
            }
            // "Tories", "Tory": one party by any of its forms, named by the first noun form
            // the article uses ("Democrats", not "Democratic" from "Democratic leaders")
            let party = self.lex.parties.get(&name);
            let party_country = party.and_then(|p| self.named_country(&p.iso2));
            let key = org_key(party.map_or(name.as_str(), |p| p.name.as_str()));
            let entity = match orgs.iter().find(|o| o.key == key || o.initials == key) {
                Some(o) => {
                    let named = &self.entities[o.entity].name;
                    let adjective_name = self.lex.parties.get(named).is_some_and(|p| p.adjective);
                    if party.is_some_and(|p| !p.adjective) && adjective_name {
                        self.entities[o.entity].name = name.clone();
                    }
                    o.entity
                }
                None => match self.match_acronym(&orgs, &name) {
                    Some(e) => e,
                    None => {
                        let country = toks
                            .clone()
                            .find_map(|t| {
                                self.mention(t)
                                    .filter(|m| self.entities[m.entity].kind == EntityKind::Country)
                                    .and_then(|m| self.entities[m.entity].country)
                            })
                            .or(party_country)
                            .or_else(|| {
                                self.lex
                                    .known_organizations
                                    .get(&name)
                                    .and_then(|iso| self.lex.country_by_iso2(iso))
                            });
                        let e = self.new_entity(
                            EntityKind::Organization,
                            name.clone(),
                            country,
                            c.rule,
                        );
                        orgs.push(OrgKey::new(e, key));
                        e
                    }
                },
            };
            // country words inside an organization's name stay country mentions too, so the
            // organization mention is recorded on the tokens that are free
            let free: Vec<usize> = toks
                .clone()
                .filter(|&t| self.mention_at[t].is_none())
                .collect();
            if free.len() == toks.len() {
                self.add_mention(entity, toks.clone(), c.rule);
            } else {
                self.org_overlaps.push((entity, toks.clone(), c.rule));
                // "Soviet Communist Party": the free words after the country word carry the
                // organization's mention, so it can act ("... Party has criticised")
                let tail = toks
                    .clone()
                    .rev()
                    .take_while(|&t| self.mention_at[t].is_none())
                    .count();
                if tail > 0 {
                    self.add_mention(entity, toks.end - tail..toks.end, c.rule);
                } else {
                    // "Bank of Japan": the free words before the country word
                    let head = toks
                        .clone()
                        .take_while(|&t| self.mention_at[t].is_none())
                        .count();
                    if head > 0 {
                        self.add_mention(entity, toks.start..toks.start + head, c.rule);
                    }
                }
            }
            // "(EC)" or a trailing acronym: an alias
            let paren = toks.end + 2 < self.doc.tokens.len()
                && self.word(toks.end) == "("
                && self.word(toks.end + 2) == ")"
                && self.is_acronym(self.word(toks.end + 1));
            let alias = acronym.or(paren.then(|| toks.end + 1..toks.end + 2));
            if let Some(a) = alias {
                let text = self.word(a.start).to_owned();
                if !self.entities[entity].aliases.contains(&text) {
                    self.entities[entity].aliases.push(text.clone());
                }
                orgs.push(OrgKey::new(entity, org_key(&text)));
                self.add_mention(entity, a, "org.acronym-alias");
            }
        }
        self.org_keys = orgs;
    }

    fn match_acronym(&self, orgs: &[OrgKey], name: &str) -> Option<usize> {
        let key = org_key(name);
        let key_initials = initials(&key);
        // ("EPA" for "U.S. Environmental Protection Agency": a leading country's initial
        // is no part of the acronym)
        let national = |o: &OrgKey| {
            ["us ", "uk "].iter().any(|p| o.key.starts_with(p))
                && o.initials.get(1..) == Some(key.as_str())
                && key.len() >= 2
        };
        // (a name spelled out, not one holding an acronym: "EC Commission" is no "EC")
        let spelled = name.split(' ').all(|w| !self.is_acronym(w));
        orgs.iter()
            .find(|o| (spelled && key_initials == o.key) || o.initials == key || national(o))
            .map(|o| o.entity)
    }

    /// Capitalized chunks left over: surnames of known people, short forms of known
    /// organizations ("Labour" for "Labour Party", "the Ministry").
    fn resolve_unknowns(&mut self, chunks: &[Chunk]) {
        let people = self.person_words.clone();
        let orgs = self.org_keys.clone();
        // the organizations of more than one word, by their first word
        let mut by_first_word: std::collections::HashMap<&str, Vec<usize>> =
            std::collections::HashMap::new();
        for (i, o) in orgs.iter().enumerate() {
            if let Some((first, _)) = o.key.split_once(' ') {
                by_first_word.entry(first).or_default().push(i);
            }
        }
        for c in chunks.iter().filter(|c| c.kind == ChunkKind::Unknown) {
            let name = c.name.clone();
            if name.is_empty() || name.clone().any(|t| self.mention_at[t].is_some()) {
                continue;
            }
            let words: Vec<&str> = name.clone().map(|t| self.base(t)).collect();
            let keys: Vec<String> = words.iter().map(|w| person_key(w)).collect();
            if let Some(e) = self.find_person(&people, &keys, false) {
                self.add_mention(e, name, "person.short-name");
                continue;
            }
            // "Barack Obama" after "President Obama": the fuller name joins the person and
            // becomes its name
            if words.len() >= 2 && words.len() <= 4 && self.name_shaped(&name) {
                let owners: Vec<usize> = people
                    .iter()
                    .filter(|(_, p)| p.len() < keys.len() && keys.ends_with(p))
                    .map(|(e, _)| *e)
                    .collect();
                if owners.len() == 1 {
                    let e = owners[0];
                    let full = self.name_of(name.clone());
                    if full.len() > self.entities[e].name.len() {
                        self.entities[e].name = full;
                    }
                    if let Some(p) = self.person_words.iter_mut().find(|(pe, _)| *pe == e) {
                        if keys.len() > p.1.len() {
                            p.1 = keys.clone();
                        }
                    }
                    self.add_mention(e, name, "person.full-name");
                    continue;
                }
            }
            // ("Trade and Industry Secretary Paul Channon" after "the Trade Ministry": a
            // portfolio joined to another before a title is no short form of a body's name)
            if name.end + 2 < self.doc.tokens.len() && self.joins_portfolio(name.end) {
                self.unknown_chunks.push(name);
                continue;
            }
            let key = org_key(&self.name_of(name.clone()));
            // "British Printing" for "British Printing and Communication Corp PLC": a
            // demonym the country rules took, then the name's next words
            let led = (name.start > 0 && self.is_country_token(name.start - 1)).then(|| {
                org_key(&format!(
                    "{} {}",
                    self.word(name.start - 1),
                    self.name_of(name.clone())
                ))
            });
            let short = orgs
                .iter()
                .find(|o| {
                    o.key == key
                        || o.initials == key
                        // "Labour" for "Labour Party": the rest is organization keywords
                        || o.key
                            .strip_prefix(key.as_str())
                            .and_then(|rest| rest.strip_prefix(' '))
                            .is_some_and(|rest| {
                                rest.split(' ').all(|w| self.lex.is_org_keyword_lower(w))
                            })
                        || (name.len() == 1
                            && self.lex.org_keyword(words[0]).is_some()
                            && self.entities[o.entity].name.ends_with(words[0]))
                })
                .or_else(|| {
                    let led = led.as_ref()?;
                    let first = led.split(' ').next()?;
                    by_first_word
                        .get(first)?
                        .iter()
                        .map(|&i| &orgs[i])
                        .find(|o| {
                            o.key.len() > led.len() + 1
                                && o.key.starts_with(led.as_str())
                                && o.key.as_bytes()[led.len()] == b' '
                        })
                })
                // "Harcourt" for "Harcourt Brace Jovanovich Inc": a company's first word,
                // when it is a word of no other use
                .or_else(|| {
                    if name.len() != 1 || words[0].len() <= 2 {
                        return None;
                    }
                    let o = by_first_word
                        .get(key.as_str())?
                        .iter()
                        .map(|&i| &orgs[i])
                        .find(|o| !o.key.contains(" and "))?;
                    self.is_distinctive(words[0]).then_some(o)
                });
            if let Some(o) = short {
                self.add_mention(o.entity, name, "org.short-name");
                continue;
            }
            self.unknown_chunks.push(name);
        }
    }

    /// A capitalized word that is nothing but a name: no stopword, given name, title,
    /// organization keyword or country word.
    fn is_distinctive(&self, w: &str) -> bool {
        !self.lex.capitalized_stopwords.contains(w)
            && !self.lex.given_names.contains(w)
            && self.lex.org_keyword(w).is_none()
            && self.lex.role_head(w).is_none()
            && !self.lex.is_role_modifier(w)
            && !self.lex.honorifics.contains(w)
            && self.lex.find_countries(w).is_empty()
    }

    /// All-caps headlines: known names, matched without regard to case.
    fn resolve_caps_sentences(&mut self) {
        if !self.doc.sentences.iter().any(|s| s.all_caps) {
            return;
        }
        let mut names: Vec<(Vec<String>, usize)> = Vec::new();
        for (e, entity) in self.entities.iter().enumerate() {
            if entity.kind == EntityKind::Country {
                continue;
            }
            let mut forms = vec![entity.name.clone()];
            forms.extend(entity.aliases.iter().cloned());
            if entity.kind == EntityKind::Person {
                if let Some(last) = entity.name.split_whitespace().last() {
                    forms.push(last.to_owned());
                }
            }
            // "TEXACO SUES PENNZOIL" for Texaco Inc and Pennzoil Co: an organization's words
            // before its first keyword ("Anglo American" of Anglo American Corp of South
            // Africa Ltd)
            if entity.kind == EntityKind::Organization {
                let words: Vec<&str> = entity.name.split_whitespace().collect();
                let lead = words
                    .iter()
                    .take_while(|w| self.lex.org_keyword(w).is_none())
                    .count();
                // (not an acronym, which names its own organization: "FTC" of "FTC Bureau of
                // Consumer Protection" is the Federal Trade Commission)
                if lead > 0
                    && lead < words.len()
                    && !self.lex.capitalized_stopwords.contains(words[0])
                    && !(lead == 1 && self.is_acronym(words[0]))
                {
                    forms.push(words[..lead].join(" "));
                }
            }
            for f in forms {
                names.push((f.split_whitespace().map(|w| w.to_uppercase()).collect(), e));
            }
        }
        // every form the body calls an entity by: "Harcourt" for Harcourt Brace Jovanovich Inc
        let mut seen: std::collections::HashSet<Vec<String>> =
            names.iter().map(|(w, _)| w.clone()).collect();
        for m in &self.mentions {
            if self.entities[m.entity].kind == EntityKind::Country
                || self.in_caps_sentence(m.tokens.start)
            {
                continue;
            }
            let words: Vec<String> = m
                .tokens
                .clone()
                .map(|t| strip_possessive_upper(self.word(t)))
                .collect();
            if seen.insert(words.clone()) {
                names.push((words, m.entity));
            }
        }
        names.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let sentences: Vec<Range<usize>> = self
            .doc
            .sentences
            .iter()
            .filter(|s| s.all_caps)
            .map(|s| s.tokens.clone())
            .collect();
        for s in sentences {
            let mut i = s.start;
            while i < s.end {
                let hit = names.iter().find(|(words, _)| {
                    i + words.len() <= s.end
                        && words
                            .iter()
                            .enumerate()
                            .all(|(k, w)| strip_possessive_upper(self.word(i + k)) == *w)
                });
                if let Some((words, e)) = hit {
                    let n = words.len();
                    self.add_mention(*e, i..i + n, "caps.known-name");
                    i += n;
                } else {
                    i += 1;
                }
            }
        }
    }

    /// Whether the one-word name stands somewhere in the article as a body's does: right
    /// before a lower-case title word ("Chelsea manager", "Arsenal vice-chairman") or a plural
    /// verb ("Chelsea have").
    fn names_a_body(&self, name: &str) -> bool {
        if name.contains(' ') {
            return false;
        }
        let n = self.doc.tokens.len();
        (0..n.saturating_sub(1)).any(|k| {
            self.word(k) == name
                && ((!self.is_cap(k + 1)
                    && self.lex.role_head(self.word(k + 1)).is_some()
                    // (not "Ray star", "Devon singer": a work's or a place's)
                    && !self.lex.is_cue("work-role", self.word(k + 1)))
                    // "Chelsea have ...", "Chelsea were charged": a plural verb after one
                    // name is a team's or a company's, as British English has them
                    || (k == 0 || !matches!(self.lower(k - 1), "and" | "&" | ","))
                        && self.lex.is_cue("plural-verb", self.word(k + 1)))
        })
    }

    /// Turns an unknown chunk into an organization, because it acts (accuses, denies, owns a
    /// role). Returns the entity.
    pub(super) fn promote_unknown(&mut self, tokens: Range<usize>) -> Option<usize> {
        let pos = self
            .unknown_chunks
            .iter()
            .position(|c| c.start <= tokens.start && tokens.end <= c.end)?;
        let mut chunk = self.unknown_chunks[pos].clone();
        // "Minister hits out at Yukos sale", "the Economics Minister denied": title words
        // alone name no one
        // (but an institution a title word names: "The Treasury dismissed the research")
        if chunk.clone().all(|t| {
            (self.lex.role_head(self.word(t)).is_some() || self.lex.is_role_modifier(self.word(t)))
                && !self.lex.is_cue("titled-institution", self.word(t))
                && !self.lex.parties.contains_key(self.word(t))
        }) {
            return None;
        }
        // "Scottish Finance Minister (Tom McCabe)": before a person's name the title words are
        // not the organization's ("the Scottish Executive" keeps its last word)
        let before_person = self
            .mention(chunk.end)
            .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person);
        while before_person
            && chunk.end > chunk.start + 1
            && (self.lex.role_head(self.word(chunk.end - 1)).is_some()
                || self.lex.is_role_modifier(self.word(chunk.end - 1)))
        {
            chunk.end -= 1;
        }
        if tokens.end > chunk.end {
            return None;
        }
        // "Lib Dem Treasury spokesman", "A senior Tory MP has criticised": a party's name,
        // then a portfolio or a title, is the party's (its member speaks for it)
        for n in [3, 2, 1] {
            if chunk.len() > n
                && (chunk.start + n..chunk.end).all(|t| {
                    self.lex.is_role_modifier(self.word(t))
                        || self.lex.role_head(self.word(t)).is_some()
                })
            {
                let form = self.name_of(chunk.start..chunk.start + n);
                if let Some(e) = self.party_entity(&form) {
                    self.add_mention(e, chunk.clone(), "org.known");
                    self.unknown_chunks
                        .retain(|c| self.mention_at[c.start].is_none());
                    return Some(e);
                }
            }
        }
        // "Ohio Democrat", "Texas Republican", "California Republicans": a place's member of a
        // party speaks for the party (the longest form: "Liberal Democrat" is no US "Democrat";
        // a chunk that is a party's name itself is named below)
        let whole_party = self
            .lex
            .parties
            .contains_key(self.name_of(chunk.clone()).as_str());
        let party_suffix = (1..chunk.len())
            .rev()
            .filter(|_| !whole_party)
            .map(|n| self.name_of(chunk.end - n..chunk.end))
            .find(|form| self.lex.parties.contains_key(form.as_str()));
        if let Some(form) = party_suffix {
            if let Some(e) = self.party_entity(&form) {
                self.add_mention(e, chunk.clone(), "org.known");
                self.unknown_chunks
                    .retain(|c| self.mention_at[c.start].is_none());
                return Some(e);
            }
        }
        // "new White House Chief (of Staff Howard Baker)", "GM Vice President (and chief
        // labor negotiator Alfred Warren)", "Jeremy Dear, NUJ General Secretary": title words
        // after a body's name are the title's; the chunk names the body when the article or
        // the lexicon knows it by the rest, else no one (a name of "of", "for" or "and" keeps
        // them: "Office of the Deputy Prime Minister"; so do bodies a title word ends,
        // "Scottish Executive", "Burger King", "Toronto Star")
        let last = self.word(chunk.end - 1);
        let titled = chunk.len() > 1
            && self.lex.role_head(last).is_some()
            && !self.lex.is_cue("titled-institution", last)
            && !self.lex.is_cue("body-final-title", last)
            && !chunk
                .clone()
                .any(|t| matches!(self.lower(t), "of" | "for" | "on" | "and" | "the" | "&"));
        if titled {
            let mut end = chunk.end;
            while end > chunk.start
                && (self.lex.role_head(self.word(end - 1)).is_some()
                    || self.lex.is_role_modifier(self.word(end - 1)))
            {
                end -= 1;
            }
            // (past "New", "Former", "Acting" before it: "New White House Chief of Staff")
            let mut begin = chunk.start;
            while begin < end && matches!(self.word(begin), "New" | "Former" | "Acting" | "Then") {
                begin += 1;
            }
            if begin == end || tokens.start >= end {
                return None;
            }
            let body = self.name_of(begin..end);
            let key = org_key(&body);
            let known = self
                .org_keys
                .iter()
                .find(|o| o.key == key || o.initials == key)
                .map(|o| o.entity)
                // ("White House Chief of Staff Howard Baker said": an institution the
                // lexicon knows, named here first)
                .or_else(|| self.known_organization_entity(&body));
            if let Some(e) = known {
                self.add_mention(e, begin..end, "org.actor");
                let start = chunk.start;
                self.unknown_chunks.retain(|c| c.start != start);
            }
            return known;
        }
        // "Congressional leaders": an adjective the lexicon knows for an institution
        // ("Congressional" for Congress) names it, before those who speak for it (not
        // "Congressional testimony")
        let adjective = self
            .lex
            .known_organization_adjectives
            .get(self.name_of(chunk.clone()).as_str())
            .cloned();
        if let Some(body) = adjective {
            if chunk.end >= self.doc.tokens.len() || !self.speaks_for_noun(chunk.end) {
                return None;
            }
            let e = self.known_organization_entity(&body)?;
            self.add_mention(e, chunk.clone(), "org.known");
            self.unknown_chunks
                .retain(|c| self.mention_at[c.start].is_none());
            return Some(e);
        }
        let name = self.name_of(chunk.clone());
        // a lone given name is a person's, unless the article sets it before a title or a
        // plural verb as organizations are ("Chelsea manager Jose Mourinho", "Chelsea have")
        if self.lex.given_names.contains(name.as_str()) && !self.names_a_body(&name) {
            return None;
        }
        let key = org_key(&name);
        let existing = self
            .org_keys
            .iter()
            .find(|o| o.key == key)
            .map(|o| o.entity)
            .or_else(|| self.party_entity(&name));
        let e = existing.unwrap_or_else(|| {
            let e = self.new_entity(EntityKind::Organization, name, None, "org.actor");
            self.org_keys.push(OrgKey::new(e, key));
            e
        });
        // every other mention of the same name becomes a mention too
        let others: Vec<Range<usize>> = self
            .unknown_chunks
            .iter()
            .filter(|c| self.name_of((*c).clone()) == self.entities[e].name)
            .cloned()
            .collect();
        for c in others {
            self.add_mention(e, c, "org.actor");
        }
        self.unknown_chunks
            .retain(|c| self.mention_at[c.start].is_none());
        Some(e)
    }

    /// The organization the known-organizations lexicon names `body` ("White House",
    /// "Congress"), made once per article, with its country when the article names it.
    fn known_organization_entity(&mut self, body: &str) -> Option<usize> {
        let iso2 = self.lex.known_organizations.get(body)?.clone();
        Some(self.keyed_organization(body, org_key(body), &iso2))
    }

    /// Whether token `k` is a noun of those who speak for a body: "leaders", "critics",
    /// "officials", "MPs".
    pub(super) fn speaks_for_noun(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.lex.is_cue("spokes-noun", w)
            || self.lex.is_cue("member-noun", w)
            || super::events::GOVERNMENT_NOUNS.contains(&w)
            || matches!(w, "critics" | "members" | "sources" | "aides")
    }
}

/// A person's name word as names are compared: lower case, without a final dot or an
/// "al-"/"el-" particle.
fn person_key(w: &str) -> String {
    let w = w.trim_end_matches('.');
    let w = w
        .strip_prefix("al-")
        .or_else(|| w.strip_prefix("el-"))
        .unwrap_or(w);
    w.to_lowercase()
}

/// An organization's comparison key ([`org_key`]) and its initials, computed once.
#[derive(Debug, Clone)]
pub(super) struct OrgKey {
    pub(super) entity: usize,
    pub(super) key: String,
    pub(super) initials: String,
}

impl OrgKey {
    fn new(entity: usize, key: String) -> Self {
        Self {
            entity,
            initials: initials(&key),
            key,
        }
    }
}

fn strip_possessive_upper(w: &str) -> String {
    super::strip_possessive(w).to_uppercase()
}

/// A comparison key for organization names: lower case, no dots, no leading "the".
fn org_key(name: &str) -> String {
    let lower = name.to_lowercase().replace(['.', ','], "");
    let mut key = lower.strip_prefix("the ").unwrap_or(&lower).to_owned();
    // "JWT Group Inc" and "JWT Group" are one company; "Labour Party" and "Labour" one party
    for suffix in [
        " inc", " corp", " co", " ltd", " plc", " llc", " ag", " sa", " nv", " party",
    ] {
        if key.len() > suffix.len() + 2 && key.ends_with(suffix) {
            key.truncate(key.len() - suffix.len());
            break;
        }
    }
    key
}

/// Initials of the capitalized words of a key ("national security agency" -> "nsa").
fn initials(key: &str) -> String {
    key.split(' ')
        .filter(|w| !matches!(*w, "of" | "on" | "for" | "and" | "the" | "&"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// An opening quotation mark or bracket, after which a word is capitalized as a sentence's first.
fn is_quote_word(w: &str) -> bool {
    matches!(w, "\"" | "'" | "\u{201c}" | "\u{2018}" | "(" | ":" | "-")
}
