//! Web pages as articles: the main text of a saved news page, without navigation, adverts
//! and comments, by `dom_smoothie` (a port of Mozilla's Readability, chosen by measurement
//! on the 120 pages of `../shared/web/`: see the README), with the page's headline, date,
//! canonical URL and language.

use crate::input::Article;
use dom_smoothie::{Config, Readability, TextMode};

/// Pages skipped in this process because they are not in English (for the summary line).
pub static SKIPPED_NOT_ENGLISH: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);

/// What a page gives besides its article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// An article in English (or of no stated language).
    Article(Article),
    /// A page in another language (newsgraph extracts from English only): its language
    /// tag, and its article all the same (`newsgraph text` prints it).
    NotEnglish(String, Article),
    /// A page with no article text.
    Empty,
}

/// Reads one saved page. `name` is the file's name (its id when the page has no canonical
/// URL; its source).
pub fn read_page(html: &str, name: &str) -> Page {
    let config = Config {
        // paragraphs keep their line breaks: sentences end where the page ends them
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // parsed once: the canonical URL is read from the same document Readability cleans
    let document = dom_query::Document::from(html);
    let canonical = canonical_url(&document);
    let Ok(mut readability) =
        Readability::with_document(document, canonical.as_deref(), Some(config))
    else {
        return Page::Empty;
    };
    let Ok(found) = readability.parse() else {
        return Page::Empty;
    };
    let cleaned = drop_page_furniture(&found.text_content);
    let body = cleaned.trim();
    if body.is_empty() {
        return Page::Empty;
    }
    let title = crate::extract::normalize_space(found.title.trim());
    let id = canonical.clone().unwrap_or_else(|| {
        name.rsplit_once('.')
            .map_or(name, |(stem, _)| stem)
            .to_owned()
    });
    let mut article = Article::from_parts(
        &id,
        (!title.is_empty()).then_some(title.as_str()),
        body,
        name.to_owned(),
    );
    article.url = canonical;
    // "2019-05-14T08:00:00Z": the day
    article.date = found
        .published_time
        .as_deref()
        .map(|d| d.trim().chars().take(10).collect::<String>())
        .filter(|d| crate::input::is_calendar_date(d));
    match found
        .lang
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        Some(lang)
            if !lang
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .eq_ignore_ascii_case("en") =>
        {
            Page::NotEnglish(lang.to_owned(), article)
        }
        _ => Page::Article(article),
    }
}

/// Lines of a page's main text that belong to the page, not to the article: picture credits
/// and captions ("Photo: ...", "(Image: ...)", "Credit..."), dates of update ("Updated on:
/// ..."), links to other stories ("... …") and bylines. On `../shared/web/` this moves F1
/// from .955 to .959 (precision .922 -> .929, recall .991 -> .990); dropping short lines too
/// (section names, buttons) lost more recall than it gained (.952), since the true bodies keep
/// their subheadings.
fn drop_page_furniture(text: &str) -> String {
    const STARTS: &[&str] = &[
        "photo:",
        "image:",
        "(image",
        "image ",
        "credit",
        "caption",
        "updated",
        "posted",
        "published",
        "advertisement",
        "read more",
        "related:",
        "more:",
        "getty",
        "(photo",
        "pictured:",
        "picture:",
    ];
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let t = line.trim();
        let lower = t.to_lowercase();
        let words = t.split_whitespace().count();
        let sentence = t.ends_with(['.', '!', '?', '"', '\u{201d}', ':']);
        let furniture = STARTS.iter().any(|p| lower.starts_with(p))
            || t.ends_with('\u{2026}')
            // a byline: "By Phil Helsel"
            || (lower.starts_with("by ") && words <= 5 && !sentence);
        if !furniture {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The page's canonical URL: `<link rel="canonical" href="...">`, else `og:url`, when it is
/// an absolute http(s) URL.
fn canonical_url(document: &dom_query::Document) -> Option<String> {
    let link = document
        .select_single(r#"link[rel="canonical"]"#)
        .attr("href");
    let og = || {
        document
            .select_single(r#"meta[property="og:url"]"#)
            .attr("content")
    };
    link.or_else(og)
        .map(|u| u.trim().to_owned())
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html lang="en"><head><title>Chile accuses Peru | Example News</title>
<link rel="canonical" href="https://news.example/world/chile-peru?x=1&amp;y=2">
<meta property="article:published_time" content="2019-05-14T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Chile accuses Peru</h1>
<p>Chile accused Peru of violating the fishing treaty on Monday, officials said in Santiago.</p>
<p>Peru denied the charges and said its boats had stayed in their own waters all season.</p>
<p>The dispute over the southern fishing grounds has simmered for a decade between them.</p>
</article><footer>Copyright Example News. Subscribe to our newsletter.</footer></body></html>"#;

    #[test]
    fn a_page_gives_its_article_headline_url_and_date() {
        let Page::Article(a) = read_page(PAGE, "page.html") else {
            panic!("no article");
        };
        assert!(a
            .text
            .contains("Chile accused Peru of violating the fishing treaty"));
        assert!(a.text.contains("Peru denied the charges"));
        assert!(!a.text.contains("Subscribe"), "{}", a.text);
        assert!(!a.text.contains("Home World"), "{}", a.text);
        assert_eq!(
            a.url.as_deref(),
            Some("https://news.example/world/chile-peru?x=1&y=2")
        );
        assert_eq!(a.id, "https://news.example/world/chile-peru?x=1&y=2");
        assert_eq!(a.date.as_deref(), Some("2019-05-14"));
        assert!(a.title.is_some());
    }

    #[test]
    fn a_page_in_another_language_is_not_read() {
        let page = PAGE.replace("lang=\"en\"", "lang=\"de\"");
        assert!(matches!(read_page(&page, "p.html"), Page::NotEnglish(l, _) if l == "de"));
        assert_eq!(read_page("<html></html>", "p.html"), Page::Empty);
    }
}
