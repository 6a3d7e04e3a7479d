//! One news article as read, before extraction: what the mapper describes and what every
//! reader (text, JSON Lines, pages, feeds, archives) makes.

use sha2::{Digest, Sha256};

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Identifier, unique within a collection ("reuters-9247", a file stem).
    pub id: String,
    /// Headline, when known.
    pub title: Option<String>,
    /// Publication date as written (ISO 8601 date expected).
    pub date: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Who wrote it, as the source names them (a page's JSON-LD, meta tags or byline; a
    /// record's `authors`, a feed item's authors).
    pub authors: Vec<String>,
    /// Who published it (a page's JSON-LD publisher or `og:site_name`; a record's
    /// `publisher`).
    pub publisher: Option<String>,
    /// Its language as a BCP 47 tag ("en", "en-GB"), when the source says.
    pub language: Option<String>,
    /// Where newsgraph read it: "path" or "path:line".
    pub source: String,
    /// The full text the extractor reads and offsets refer to (NFC-normalized).
    pub text: String,
}

impl Article {
    /// Builds an article from a title and a body, as a JSON Lines record gives them.
    pub fn from_parts(id: &str, title: Option<&str>, body: &str, source: String) -> Self {
        let title = title
            .map(|t| decode_numeric_references(t.trim()).into_owned())
            .filter(|t| !t.is_empty());
        let title = title.as_deref();
        let body = decode_numeric_references(body);
        let text = match title {
            Some(t) => format!("{t}\n\n{body}"),
            None => body.into_owned(),
        };
        let text = match newsgraph_extract::text::nfc(&text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(normal) => normal,
        };
        Self::new(id, title.map(str::to_owned), source, text)
    }

    /// An article with only an id, a title, a source and its text (the readers fill in the
    /// rest where their input says).
    fn new(id: &str, title: Option<String>, source: String, text: String) -> Self {
        Self {
            id: id.to_owned(),
            title,
            date: None,
            url: None,
            authors: Vec::new(),
            publisher: None,
            language: None,
            source,
            text,
        }
    }

    /// Builds an article from the content of a `.txt` file: the first line is the title when
    /// a blank line follows it.
    pub fn from_txt(id: &str, content: &str, source: String) -> Self {
        let content =
            decode_numeric_references(content.strip_prefix('\u{feff}').unwrap_or(content));
        let content = newsgraph_extract::text::nfc(&content).into_owned();
        let mut lines = content.splitn(3, '\n');
        let first = lines.next().unwrap_or("");
        let second = lines.next();
        let title = (second.is_some_and(|l| l.trim().is_empty()) && !first.trim().is_empty())
            .then(|| first.trim().to_owned());
        Self::new(id, title, source, content)
    }

    /// SHA-256 of the text, hex.
    pub fn content_hash(&self) -> String {
        hex(&Sha256::digest(self.text.as_bytes()))
    }
}

/// Text with its numeric character references decoded: "Bryn F&#244;n" is "Bryn Fôn" (news
/// text exported from web pages keeps some). Named references ("&lt;") stay as written: in
/// plain text they may be meant literally; a reference to no character, or to a control
/// character, stays too.
pub fn decode_numeric_references(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("&#") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let (digits, radix) = match after.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (after, 10),
        };
        let len = digits
            .bytes()
            .take(8)
            .take_while(|&b| char::from(b).is_digit(radix))
            .count();
        let decoded = (len > 0 && digits[len..].starts_with(';'))
            .then(|| u32::from_str_radix(&digits[..len], radix).ok())
            .flatten()
            .and_then(char::from_u32)
            .filter(|c| !c.is_control() || c.is_whitespace());
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &digits[len + 1..];
            }
            None => {
                out.push_str("&#");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::decode_numeric_references as d;

    #[test]
    fn numeric_references_are_decoded_and_nothing_else() {
        assert_eq!(d("Bryn F&#244;n"), "Bryn Fôn");
        assert_eq!(d("caf&#xE9; &#233;t&#xe9;"), "café été");
        assert_eq!(d("a &lt; b &amp; c"), "a &lt; b &amp; c");
        assert_eq!(
            d("&#; &#xZZ; &#99999999; &#0; &#12"),
            "&#; &#xZZ; &#99999999; &#0; &#12"
        );
        assert_eq!(d("no references"), "no references");
    }
}

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(2 * bytes.len());
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// Whether a date is written YYYY-MM-DD.
pub fn date_shaped(d: &str) -> bool {
    d.len() == 10
        && d.bytes().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Whether a YYYY-MM-DD date names a day of the Gregorian calendar ("2004-02-30" does not),
/// as XML Schema's `xsd:date` parser (Oxigraph's) reads it.
pub fn is_calendar_date(d: &str) -> bool {
    date_shaped(d) && d.parse::<oxsdatatypes::Date>().is_ok()
}

/// An article's URL as an IRI, normalized by the URL standard and then checked against RFC
/// 3987 (the `url` crate keeps `{`, `|`, `^` and backquotes, which no IRI may hold); `None`
/// when it is no absolute IRI.
pub fn url_iri(u: &str) -> Option<oxrdf::NamedNode> {
    let parsed = url::Url::parse(u.trim()).ok()?;
    oxrdf::NamedNode::new(parsed.as_str()).ok()
}
