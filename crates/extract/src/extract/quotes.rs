//! Quotations and who speaks them: `"...," X said`, `X said: "..."`, `"...," said X`, a
//! quotation that runs on over the following sentences of its paragraph, and a paragraph of
//! quotation that names no speaker, spoken by the one the paragraph before names. First-person
//! pronouns inside a quotation ("I", "we") stand for its speaker, so the event rules read `"We
//! have done nothing wrong," he said` as a denial by him.

use super::entities::SPEECH_VERBS;
use super::Ctx;
use std::ops::Range;

/// Quotation marks that open or close a quotation.
fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "\u{201c}" | "\u{201d}" | "''" | "``")
}

impl Ctx<'_> {
    /// The token range of the paragraph holding token `t`: paragraphs end at a blank line.
    fn paragraph_start(&self, t: usize) -> usize {
        let mut s = self.doc.sentence_of(t);
        // (at most 30 sentences back: a text with no blank lines stays linear)
        let limit = s.saturating_sub(30);
        while s > limit {
            let prev = &self.doc.sentences[s - 1];
            let cur = &self.doc.sentences[s];
            let gap = &self.doc.text[prev.span.end.min(cur.span.start)..cur.span.start];
            if gap.contains('\n') {
                break;
            }
            s -= 1;
        }
        self.doc.sentences[s].tokens.start
    }

    /// Whether token `t` is inside a quotation: an odd number of quotation marks between the
    /// start of its paragraph and it (curly quotes count by direction).
    pub(super) fn in_quote(&self, t: usize) -> bool {
        let mut open = false;
        // (at most 600 tokens back, however long the paragraph)
        for k in self.paragraph_start(t).max(t.saturating_sub(600))..t {
            match self.word(k) {
                "\u{201c}" | "``" => open = true,
                "\u{201d}" | "''" => open = false,
                // a straight quote opens after a space (or at the start) and closes after a
                // word: `retrospectively. "We are` opens again though no mark closed the last
                "\"" => {
                    let start = self.doc.tokens[k].span.start;
                    open = start == 0
                        || self.doc.text[..start].chars().next_back().is_some_and(|c| {
                            c.is_whitespace() || matches!(c, '(' | '[' | '\u{2014}')
                        });
                }
                _ => {}
            }
        }
        open
    }

    /// The speaker of the quotation that holds token `t`: the attribution in its own sentence,
    /// else in the sentences of the same paragraph before it (the quotation runs on),
    /// up to six sentences back.
    pub(super) fn quote_speaker(&mut self, t: usize) -> Option<usize> {
        if self.in_attribution || !self.in_quote(t) {
            return None;
        }
        self.in_attribution = true;
        let s = self.doc.sentence_of(t);
        let para = self.paragraph_start(t);
        let mut found = None;
        let mut tried_ahead = false;
        let mut k = s;
        loop {
            let range = self.doc.sentences[k].tokens.clone();
            if let Some(e) = self.attribution(&range) {
                found = Some(e);
                break;
            }
            // at the sentence where the quotation opens, the attribution where it closes comes
            // before anything earlier ('"We were robbed. Y lied to us," X said.'; 'Y said Z.
            // "A. B," X said.')
            if !self.in_quote(range.start) {
                tried_ahead = true;
                found = self.attribution_ahead(s);
                if found.is_some() {
                    break;
                }
            }
            if range.start <= para || k == 0 || s - k >= 6 {
                break;
            }
            k -= 1;
        }
        if found.is_none() && !tried_ahead {
            found = self.attribution_ahead(s);
        }
        if found.is_none() {
            found = self.earlier_paragraph_speaker(para);
        }
        self.in_attribution = false;
        found
    }

    /// The speaker of a paragraph that opens with a quotation and names no one who speaks
    /// it: the one the paragraph before names as speaking (`X told MPs: "...` whose quotation
    /// runs on into the next paragraph, as news writes it; `"...," he said.` then a paragraph
    /// of quotation alone), past at most two more such paragraphs.
    fn earlier_paragraph_speaker(&mut self, para: usize) -> Option<usize> {
        let mut start = para;
        for _ in 0..3 {
            if start == 0 || !is_quote_mark(self.word(start)) {
                return None;
            }
            let before = self.paragraph_start(start - 1);
            let last = self.doc.sentence_of(start - 1);
            let first = self.doc.sentence_of(before);
            for k in (first..=last).rev() {
                let range = self.doc.sentences[k].tokens.clone();
                if let Some(e) = self.attribution(&range) {
                    return Some(e);
                }
            }
            start = before;
        }
        None
    }

    /// The attribution of a quotation that goes on past sentence `s`: in the following
    /// sentences while the quotation stays open (at most four).
    fn attribution_ahead(&mut self, s: usize) -> Option<usize> {
        let mut k = s + 1;
        while k < self.doc.sentences.len() && k <= s + 4 {
            let range = self.doc.sentences[k].tokens.clone();
            if range.is_empty() || !self.in_quote(range.start) {
                break;
            }
            if let Some(e) = self.attribution(&range) {
                return Some(e);
            }
            k += 1;
        }
        None
    }

    /// "X said", "said X", "he told reporters" outside the quotation marks of a sentence.
    fn attribution(&mut self, sentence: &Range<usize>) -> Option<usize> {
        let verbs: Vec<usize> = sentence
            .clone()
            .filter(|&k| SPEECH_VERBS.contains(&self.lower(k)) && !self.in_quote(k))
            .collect();
        for v in verbs {
            // "X said" (the subject, not past a quotation mark)
            if v > sentence.start && !is_quote_mark(self.word(v - 1)) && self.word(v - 1) != "," {
                if let Some((e, _)) = self.subject_before(v, sentence) {
                    return Some(e);
                }
            }
            // ", said X" / ", X said"
            if v + 1 < sentence.end {
                if let Some(&e) = self.object_list(v + 1, sentence, 6).0.first() {
                    return Some(e);
                }
            }
            if let Some((e, _)) = self.subject_before(v, sentence) {
                return Some(e);
            }
        }
        None
    }
}
