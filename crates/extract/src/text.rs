//! Text layer: tokens and sentences over an article's text, with exact spans.
//!
//! Every token and sentence keeps its byte range (to slice the `&str`) and the extractor turns
//! byte ranges into character ranges (Unicode code points) only when it builds evidence, through
//! [`CharIndex`]. Sentence splitting is rule based and tuned for newswire: abbreviations such as
//! "U.S.", "Gen." or "Jan." do not end a sentence, a blank line always does, and an all-caps
//! headline is a sentence of its own.

use std::ops::Range;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `s` in Unicode NFC. The quick check answers for almost all news text (ASCII is NFC), so the
/// normalizer's per-character work is only done where it can change something.
pub fn nfc(s: &str) -> std::borrow::Cow<'_, str> {
    let s = xml_safe(s);
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s
    } else {
        std::borrow::Cow::Owned(s.nfc().collect())
    }
}

/// Whether a character can stand in an XML 1.0 document (and so in every RDF syntax):
/// not a control character other than tab, line feed and carriage return, nor U+FFFE/U+FFFF.
fn xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// A character written as a space: one XML 1.0 cannot hold, or U+FFFD, which strict parsers
/// such as Jena's riot warn of in a string (it stands for bytes the source could not decode).
fn written_as_space(c: char) -> bool {
    !xml_char(c) || c == '\u{fffd}'
}

/// The text with every character that no XML 1.0 document may hold (U+0007, U+FFFE ...)
/// replaced by a space, one character for one, so offsets in code points do not move:
/// RDF/XML cannot carry them even escaped, and a graph must read back in every syntax. U+FFFD
/// (undecodable bytes) becomes a space too: strict parsers such as Jena's riot warn of it.
pub fn xml_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let suspect = s
        .bytes()
        .any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0xbf);
    if !suspect || !s.chars().any(written_as_space) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| if written_as_space(c) { ' ' } else { c })
            .collect(),
    )
}

/// A word, number or punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// What kind of token this is.
    pub kind: TokenKind,
    /// A word written with a capital ([`is_capitalized`]).
    pub cap: bool,
}

/// The kinds of token the splitter tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner apostrophes, hyphens and abbreviation dots).
    Word,
    /// Digits, possibly with separators.
    Number,
    /// Any other visible character.
    Punct,
}

/// A sentence: a token range and its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Index range into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Byte range in the text.
    pub span: Range<usize>,
    /// True for a sentence written in capitals (a Reuters headline), or a headline in title
    /// case: its capitals mark no names.
    pub all_caps: bool,
}

/// The splitter's words by kind (`ontology/lexicon/abbreviations.tsv`): abbreviations that
/// keep their period, titles that stand before a name, words that open a sentence.
struct SplitterWords {
    abbreviations: Vec<&'static str>,
    titles: Vec<&'static str>,
    openers: Vec<&'static str>,
}

fn splitter_words() -> &'static SplitterWords {
    static WORDS: std::sync::OnceLock<SplitterWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = SplitterWords {
            abbreviations: Vec::new(),
            titles: Vec::new(),
            openers: Vec::new(),
        };
        for line in crate::lexicon::data("lexicon/abbreviations.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match line.split_once('\t') {
                Some(("abbreviation", word)) => w.abbreviations.push(word.trim()),
                Some(("title", word)) => w.titles.push(word.trim()),
                Some(("opener", word)) => w.openers.push(word.trim()),
                _ => {}
            }
        }
        w
    })
}

/// A tokenized, sentence-split article text.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The text the offsets refer to.
    pub text: &'a str,
    /// All tokens in text order.
    pub tokens: Vec<Token>,
    /// All sentences in text order.
    pub sentences: Vec<Sentence>,
}

impl<'a> Document<'a> {
    /// Tokenizes `text` and splits it into sentences.
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        Self {
            text,
            tokens,
            sentences,
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].span.clone()]
    }

    /// The text between the start of token `a` and the end of token `b - 1`.
    pub fn slice(&self, tokens: Range<usize>) -> &'a str {
        if tokens.is_empty() {
            return "";
        }
        &self.text[self.tokens[tokens.start].span.start..self.tokens[tokens.end - 1].span.end]
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.end <= i)
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// True for a word written with a capital: "Obama", "al-Sabah", "d'Affaires", "U.S.".
/// (The tokenizer answers one-part ASCII words itself, from their first letter.)
pub fn is_capitalized(w: &str) -> bool {
    let mut parts = w.split('-');
    let first = parts.next().unwrap_or("");
    let starts_upper = |p: &str| p.chars().next().is_some_and(char::is_uppercase);
    let particle = |p: &str| {
        matches!(
            p,
            "al" | "el" | "bin" | "ibn" | "abu" | "ul" | "ad" | "as" | "an" | "ash"
        )
    };
    let first_ok = starts_upper(first)
        || particle(first)
        || (first.len() > 2
            && (first.starts_with("d'") || first.starts_with("d\u{2019}"))
            && first.chars().nth(2).is_some_and(char::is_uppercase));
    first_ok
        && parts.all(|p| starts_upper(p) || p.chars().all(|c| !c.is_alphabetic()))
        && (starts_upper(first) || w.contains(['-', '\'', '\u{2019}']))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The endings of web names the tokenizer keeps in one word ("Amazon.com", "Booking.com").
const WEB_SUFFIXES: &[&str] = &["com", "net", "org"];

/// Splits text into tokens. Words keep inner apostrophes ("O'Donoghue", "don't"), hyphens
/// ("Van-Thinh", "al-Sabah") and dots of dotted abbreviations ("U.S.", "U.S"); a period after
/// a known abbreviation or a single capital letter (an initial) stays with the word; so do
/// the dots of web names ("Amazon.com").
pub fn tokenize(text: &str) -> Vec<Token> {
    // news text is mostly ASCII: there a byte is a character, and the tokenizer needs no
    // table of characters (building one was most of its time)
    if text.is_ascii() {
        let bytes = text.as_bytes();
        tokenize_chars(text, bytes.len(), |k| char::from(bytes[k]), |k| k)
    } else {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        tokenize_chars(text, chars.len(), |k| chars[k].1, |k| chars[k].0)
    }
}

/// The tokenizer over `n` characters: `char_at(k)` is the k-th character, `offset(k)` its
/// byte offset.
#[inline(always)]
fn tokenize_chars(
    text: &str,
    n: usize,
    char_at: impl Fn(usize) -> char,
    offset: impl Fn(usize) -> usize,
) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let end_of = |k: usize| if k < n { offset(k) } else { text.len() };
    let mut i = 0;
    while i < n {
        let (start, c) = (offset(i), char_at(i));
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            let mut digits = c.is_numeric();
            // whether the word has only digits, dots and commas
            let mut numeric = digits;
            // whether an apostrophe, hyphen or ampersand joins parts of the word
            let mut joined = false;
            while j < n {
                let c = char_at(j);
                if is_word_char(c) {
                    numeric &= c.is_numeric();
                    j += 1;
                } else if (is_apostrophe(c) || c == '-' || c == '&')
                    && j + 1 < n
                    && is_word_char(char_at(j + 1))
                    && !(c == '&' && !char_at(j - 1).is_uppercase())
                    // ("ex-Downing Street media chief", "ex-E17 singer": "ex" before a name
                    // is a word of its own, as "former" is; a name of three characters at
                    // least, so that "Ex-Im Bank" stays one word)
                    && !(c == '-'
                        && j == i + 2
                        && text[start..offset(j)].eq_ignore_ascii_case("ex")
                        && char_at(j + 1).is_uppercase()
                        && j + 4 <= n
                        && (j + 1..j + 4).all(|k| is_word_char(char_at(k))))
                {
                    numeric = false;
                    joined = true;
                    j += 1;
                } else if (c == '.' || c == ',')
                    && digits
                    && j + 1 < n
                    && char_at(j + 1).is_numeric()
                {
                    j += 1;
                } else if c == '.'
                    && j + 1 < n
                    && char_at(j + 1).is_alphabetic()
                    && j >= 1
                    && char_at(j - 1).is_alphabetic()
                    && (j < 2 || !char_at(j - 2).is_alphabetic())
                {
                    // dotted abbreviation: U.S, U.K., e.g.
                    j += 1;
                } else if c == '.'
                    && j >= 1
                    && char_at(j - 1).is_alphanumeric()
                    && WEB_SUFFIXES.iter().any(|tld| {
                        let end = j + 1 + tld.len();
                        end <= n
                            && tld
                                .bytes()
                                .enumerate()
                                .all(|(d, b)| char_at(j + 1 + d) == char::from(b))
                            && (end == n || !char_at(end).is_alphanumeric())
                    })
                {
                    // a web name: "Amazon.com Inc", "Booking.com"
                    j += 1;
                } else {
                    break;
                }
            }
            if numeric {
                digits = true;
            }
            let word = &text[start..end_of(j)];
            // a one-part word with an ASCII first letter needs no closer look
            let cap = !digits
                && if !joined && c.is_ascii() {
                    c.is_ascii_uppercase()
                } else {
                    is_capitalized(word)
                };
            // keep a trailing period for abbreviations and initials
            if j < n && char_at(j) == '.' {
                let bare = word.trim_end_matches('.');
                // ("He founded X.com.": a web name keeps no sentence's period)
                let web = WEB_SUFFIXES
                    .iter()
                    .any(|t| word.strip_suffix(t).is_some_and(|rest| rest.ends_with('.')));
                let dotted = !web
                    && word.contains('.')
                    && word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
                let initial = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
                if dotted
                    || initial
                    || splitter_words().abbreviations.contains(&bare)
                    || splitter_words().titles.contains(&bare)
                {
                    j += 1;
                }
            }
            tokens.push(Token {
                span: start..end_of(j),
                kind: if digits {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
                cap,
            });
            i = j;
        } else {
            tokens.push(Token {
                span: start..end_of(i + 1),
                kind: TokenKind::Punct,
                cap: false,
            });
            i += 1;
        }
    }
    tokens
}

fn is_closing(s: &str) -> bool {
    matches!(s, "\"" | "'" | "\u{201d}" | "\u{2019}" | ")" | "]")
}

fn has_letters_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_lowercase() {
                return false;
            }
        }
    }
    letters >= 4
}

/// A headline in title case ("Republicans Are Following Trump to Nowhere"): at least four
/// words, every word longer than three letters capitalized, and three or more of them. Its
/// capitals mark no names, as a headline in capitals does not.
fn is_title_case(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '\u{2019}')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() > 3).collect();
    words.len() >= 4
        && long.len() >= 3
        && long
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Splits tokens into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let push = |sentences: &mut Vec<Sentence>, a: usize, b: usize| {
        if a < b {
            let span = tokens[a].span.start..tokens[b - 1].span.end;
            // (the headline: in capitals, or in title case on a line of its own with no full
            // stop)
            let headline = sentences.is_empty()
                && !text[span.clone()].ends_with('.')
                && text[span.end..]
                    .trim_start_matches([' ', '\t', '\r'])
                    .starts_with('\n');
            let all_caps = has_letters_all_caps(&text[span.clone()])
                || (headline && is_title_case(&text[span.clone()]));
            sentences.push(Sentence {
                tokens: a..b,
                span,
                all_caps,
            });
        }
    };
    while i < tokens.len() {
        // a blank line (or a line break after a headline) ends the sentence before token i+1
        if i + 1 < tokens.len() {
            let gap = &text[tokens[i].span.end..tokens[i + 1].span.start];
            let breaks = gap.matches('\n').count();
            if breaks >= 2 || (breaks == 1 && sentences.is_empty() && start == 0) {
                push(&mut sentences, start, i + 1);
                start = i + 1;
                i += 1;
                continue;
            }
        }
        let t = &text[tokens[i].span.clone()];
        // ("<TOYO.T>", "example.com": a full stop glued to a short code in capitals or a
        // lower-case word ends nothing; "Monday.The company", scraped without its space, still
        // ends)
        let glued = tokens.get(i + 1).is_some_and(|n| {
            let w = &text[n.span.clone()];
            n.span.start == tokens[i].span.end
                && n.kind == TokenKind::Word
                && (w.starts_with(|c: char| c.is_lowercase())
                    || (w.len() <= 4
                        && w.chars()
                            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())))
        });
        let ends = (matches!(t, "." | "!" | "?") && !(t == "." && glued))
            || (tokens[i].kind == TokenKind::Word && t.ends_with('.') && t.len() > 1 && {
                // an abbreviation ends a sentence before a word that only opens one ("...
                // against Delta Steel Inc. The suit ..."); before a name or any other
                // capital it stays inside ("U.S. Officials", "Mr. Smith"), and a title's
                // abbreviation never ends one
                // (not after a dotted one: Reuters capitalizes the word after "U.S." inside
                // a sentence, "with the U.S. If Washington imposes ...")
                let bare = t.trim_end_matches('.');
                !splitter_words().titles.contains(&bare)
                    && !bare.contains('.')
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| splitter_words().openers.contains(&&text[n.span.clone()]))
            });
        if ends {
            let mut j = i + 1;
            // closing quotes and brackets stay with the sentence, but a straight quote that
            // opens the next sentence (space before it, a word glued after it) does not
            while j < tokens.len()
                && is_closing(&text[tokens[j].span.clone()])
                && !(tokens[j - 1].span.end < tokens[j].span.start
                    && tokens.get(j + 1).is_some_and(|n| {
                        n.span.start == tokens[j].span.end && n.kind != TokenKind::Punct
                    }))
            {
                j += 1;
            }
            let next_starts = j >= tokens.len() || {
                let next = &text[tokens[j].span.clone()];
                let c = next.chars().next().unwrap_or(' ');
                c.is_uppercase()
                    || c.is_numeric()
                    || matches!(next, "\"" | "\u{201c}" | "'" | "\u{2018}" | "(")
            };
            if next_starts {
                push(&mut sentences, start, j);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(&mut sentences, start, tokens.len());
    sentences
}

/// Maps byte offsets to character (Unicode code point) offsets in one pass over the text.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// `byte_to_char[b]` for every char boundary `b`; other entries are unused.
    starts: Vec<u32>,
}

impl CharIndex {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0u32; text.len() + 1];
        let mut count = 0u32;
        for (b, _) in text.char_indices() {
            starts[b] = count;
            count += 1;
        }
        starts[text.len()] = count;
        Self { starts }
    }

    /// The character offset of byte offset `b` (a char boundary).
    pub fn char_offset(&self, b: usize) -> usize {
        self.starts[b.min(self.starts.len() - 1)] as usize
    }

    /// The character range of a byte range.
    pub fn chars(&self, bytes: &Range<usize>) -> Range<usize> {
        self.char_offset(bytes.start)..self.char_offset(bytes.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<&str> {
        Document::new(text)
            .sentences
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect()
    }

    #[test]
    fn keeps_abbreviations_names_and_initials_whole() {
        assert_eq!(
            words("Gen. Keith Alexander met U.S. officials and George W. Bush's O'Donoghue."),
            vec![
                "Gen.",
                "Keith",
                "Alexander",
                "met",
                "U.S.",
                "officials",
                "and",
                "George",
                "W.",
                "Bush's",
                "O'Donoghue",
                "."
            ]
        );
        assert_eq!(
            words("al-Sabah, $27.5bn"),
            vec!["al-Sabah", ",", "$", "27.5bn"]
        );
    }

    #[test]
    fn splits_sentences_but_not_at_abbreviations() {
        let text = "TITLE HERE\n\nMr. Smith went to the U.S. Embassy on Jan. 5. He said “no.” Then he left. \"Bye,\" he said. Apex sued Delta Steel Inc. The suit names U.S. Officials at Smith Corp. It said.";
        assert_eq!(
            sentence_texts(text),
            vec![
                "TITLE HERE",
                "Mr. Smith went to the U.S. Embassy on Jan. 5.",
                "He said “no.”",
                "Then he left.",
                "\"Bye,\" he said.",
                "Apex sued Delta Steel Inc.",
                "The suit names U.S. Officials at Smith Corp.",
                "It said."
            ]
        );
        let doc = Document::new(text);
        assert!(doc.sentences[0].all_caps);
        assert!(!doc.sentences[1].all_caps);
    }

    #[test]
    fn a_web_name_is_one_word_and_ends_no_sentence_of_its_own() {
        let text = "TITLE\n\nAmazon.com Inc sued him. He founded X.com. Prices fell at Booking.com on Monday.";
        assert_eq!(
            words("Amazon.com Inc and Booking.com, not U.S."),
            vec![
                "Amazon.com",
                "Inc",
                "and",
                "Booking.com",
                ",",
                "not",
                "U.S."
            ]
        );
        assert_eq!(
            sentence_texts(text),
            vec![
                "TITLE",
                "Amazon.com Inc sued him.",
                "He founded X.com.",
                "Prices fell at Booking.com on Monday."
            ]
        );
    }

    #[test]
    fn ex_before_a_name_is_a_word_of_its_own() {
        let text = "ex-Downing Street chief, Ex-E17 singer, Ex-Im Bank, ex-wife";
        let words: Vec<&str> = tokenize(text)
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect();
        assert_eq!(
            words,
            [
                "ex", "-", "Downing", "Street", "chief", ",", "Ex", "-", "E17", "singer", ",",
                "Ex-Im", "Bank", ",", "ex-wife"
            ]
        );
    }

    #[test]
    fn a_full_stop_glued_to_the_next_word_ends_no_sentence() {
        let text = "TITLE HERE\n\nToyota Motor Co's <TOYO.T> U.S. unit denied the report. See example.com for more.On Monday.The company spoke.";
        let doc = Document::new(text);
        let spans: Vec<&str> = doc
            .sentences
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect();
        assert_eq!(
            spans,
            [
                "TITLE HERE",
                "Toyota Motor Co's <TOYO.T> U.S. unit denied the report.",
                "See example.com for more.",
                "On Monday.",
                "The company spoke."
            ]
        );
    }

    #[test]
    fn a_headline_in_title_case_marks_no_names() {
        let title =
            Document::new("Republicans Are Following Trump to Nowhere\n\nTrump Tower is tall.");
        assert!(title.sentences[0].all_caps);
        assert!(!title.sentences[1].all_caps);
        let plain = Document::new("Minister hits out at Yukos sale\n\nHe said so.");
        assert!(!plain.sentences[0].all_caps);
        // (only the headline: a body sentence of names is read as written)
        let body = Document::new("Headline here\n\nJohn Smith Met Mary Jones Today.");
        assert!(!body.sentences[1].all_caps);
    }

    #[test]
    fn char_offsets_count_code_points() {
        let text = "“Hé” said Zoë";
        let idx = CharIndex::new(text);
        let b = text.find("Zoë").unwrap();
        assert_eq!(idx.char_offset(b), 10);
        assert_eq!(idx.chars(&(b..text.len())), 10..13);
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "",
            ".",
            "\n\n\n",
            "'-'",
            "A.",
            "a.b.c.d.e",
            "\u{301}x",
            "..!?\"",
            "U.S",
        ] {
            let doc = Document::new(text);
            for s in &doc.sentences {
                assert!(text.get(s.span.clone()).is_some());
            }
        }
    }
}
