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
    let meta = page_metadata(&document);
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
    // the headline: the page's own (JSON-LD, og:title), else its <title> as Readability
    // cleans it, which often keeps the site's name ("... | Example News")
    let title = match meta.headline.as_deref() {
        Some(h) => h.to_owned(),
        None => crate::extract::normalize_space(found.title.trim()),
    };
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
    // who wrote it and who published it: the page's JSON-LD, else its meta tags, else the
    // byline Readability found
    article.authors = if meta.authors.is_empty() {
        found
            .byline
            .as_deref()
            .map(split_byline)
            .unwrap_or_default()
    } else {
        meta.authors
    };
    article.publisher = meta.publisher.or_else(|| {
        found
            .site_name
            .as_deref()
            .map(|n| crate::extract::normalize_space(n.trim()))
            .filter(|n| {
                n.chars().count() >= 2 && n.len() < 100 && !n.contains("://") && !n.contains('|')
            })
    });
    // "2019-05-14T08:00:00Z": the day
    article.date = found
        .published_time
        .as_deref()
        .map(|d| d.trim().chars().take(10).collect::<String>())
        .filter(|d| crate::input::is_calendar_date(d));
    let lang = found
        .lang
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .or(meta.language);
    article.language = lang
        .as_deref()
        .map(|l| l.replace('_', "-"))
        .filter(|l| crate::input::is_language_tag(l));
    match lang.as_deref() {
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
/// and captions ("Photo: ...", "(Image: ...)", "Credit...", "1of4 ...", "In this ...
/// photograph", "(AP Photo/...)"), dates of update ("Updated on: ..."), links to other
/// stories ("... …"), bylines, contacts (an e-mail address or a handle alone) and buttons
/// ("Close"). On `../shared/web/` this moves F1 from .955 to .961 (precision .922 -> .934,
/// recall .991 -> .990); dropping short lines too (section names) lost more recall than it
/// gained (.952), since the true bodies keep their subheadings, and so did dropping a line
/// seen before (recipes and interviews repeat theirs).
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
    /// Words of a button or a counter alone on a line.
    const BUTTONS: &[&str] = &[
        "close",
        "share",
        "menu",
        "subscribe",
        "advertisement",
        "comments",
    ];
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let t = line.trim();
        let lower = t.to_lowercase();
        let words = t.split_whitespace().count();
        let sentence = t.ends_with(['.', '!', '?', '"', '\u{201d}', ':']);
        let first_words: String = lower
            .split_whitespace()
            .take(12)
            .collect::<Vec<_>>()
            .join(" ");
        let furniture = STARTS.iter().any(|p| lower.starts_with(p))
            || t.ends_with('\u{2026}')
            // a byline: "By Phil Helsel"
            || (lower.starts_with("by ") && words <= 5 && !sentence)
            // a gallery's caption: "1of4Grass Valley's ...", "2 of 4 ..."
            || is_gallery_count(&lower)
            // a photo's caption: "In this Sunday, Nov. 10, 2019, photograph, ...", "...
            // (AP Photo/David Zalubowski)"
            || (lower.starts_with("in this ")
                && (first_words.contains("photo,")
                    || first_words.contains("photograph,")
                    || first_words.contains("file photo")))
            || lower.contains("(ap photo")
            || lower.contains("(photo:")
            // a contact: an e-mail address or a social handle alone
            || (words == 1 && (t.contains('@') || lower.contains("twitter.com/")))
            // a button or a counter: "Close", "4"
            || (words == 1 && (BUTTONS.contains(&lower.as_str()) || t.chars().all(|c| c.is_ascii_digit())))
            // an update stamp after the date: "Nov. 20, 2019Updated: Nov. 20, 2019"
            || (words <= 12 && lower.contains("updated:"));
        if !furniture {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// What a page says of itself besides its text.
#[derive(Debug, Default, PartialEq, Eq)]
struct Metadata {
    headline: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    language: Option<String>,
}

/// The page's authors, publisher and language from its schema.org JSON-LD (the first
/// `NewsArticle`, `Article`, `BlogPosting` ... in it, `@graph` included), else from its meta
/// tags (`author`, `og:site_name`, `og:locale`). An author given as an organization is its
/// publisher, not a person.
fn page_metadata(document: &dom_query::Document) -> Metadata {
    let mut meta = Metadata::default();
    for script in document
        .select(r#"script[type="application/ld+json"]"#)
        .iter()
    {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(script.text().trim()) else {
            continue;
        };
        if let Some(article) = find_article(&value) {
            meta.headline = article
                .get("headline")
                .and_then(|h| h.as_str())
                .map(|h| crate::extract::normalize_space(h.trim()))
                .filter(|h| !h.is_empty());
            meta.authors = names(article.get("author"), true);
            meta.publisher = names(article.get("publisher"), false).into_iter().next();
            meta.language = article
                .get("inLanguage")
                .and_then(|l| l.as_str())
                .map(|l| l.trim().to_owned());
            break;
        }
    }
    let content = |selector: &str| {
        document
            .select_single(selector)
            .attr("content")
            .map(|c| crate::extract::normalize_space(c.trim()))
            .filter(|c| !c.is_empty())
    };
    if meta.authors.is_empty() {
        meta.authors = content(r#"meta[name="author"]"#)
            .map(|a| split_byline(&a))
            .unwrap_or_default();
    }
    if meta.publisher.is_none() {
        meta.publisher = content(r#"meta[property="og:site_name"]"#);
    }
    if meta.headline.is_none() {
        meta.headline = content(r#"meta[property="og:title"]"#);
    }
    // a publisher's name, not a URL or a list of sections
    meta.publisher = meta
        .publisher
        .filter(|p| p.chars().count() >= 2 && !p.contains("://") && !p.contains('|'));
    if meta.language.is_none() {
        meta.language = content(r#"meta[property="og:locale"]"#);
    }
    meta
}

/// The first news article object in a JSON-LD document.
fn find_article(v: &serde_json::Value) -> Option<&serde_json::Value> {
    const TYPES: &[&str] = &[
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
    ];
    match v {
        serde_json::Value::Array(items) => items.iter().find_map(find_article),
        serde_json::Value::Object(o) => {
            let typed = match o.get("@type") {
                Some(serde_json::Value::String(t)) => TYPES.contains(&t.as_str()),
                Some(serde_json::Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| TYPES.contains(&t))),
                _ => false,
            };
            if typed {
                Some(v)
            } else {
                o.get("@graph").and_then(find_article)
            }
        }
        _ => None,
    }
}

/// The names in a JSON-LD author or publisher value: a string, an object with a `name`, or a
/// list of them. For people (`people`), organizations are left out and a string is read as
/// a byline ("Jane Doe and John Roe").
fn names(v: Option<&serde_json::Value>, people: bool) -> Vec<String> {
    let Some(v) = v else { return Vec::new() };
    match v {
        serde_json::Value::String(s) if people => split_byline(s),
        serde_json::Value::String(s) => {
            let s = crate::extract::normalize_space(s.trim());
            (!s.is_empty()).then_some(s).into_iter().collect()
        }
        serde_json::Value::Array(items) => {
            items.iter().flat_map(|i| names(Some(i), people)).collect()
        }
        serde_json::Value::Object(o) => {
            let organization = o
                .get("@type")
                .and_then(|t| t.as_str())
                .is_some_and(|t| t == "Organization" || t == "NewsMediaOrganization");
            if people && organization {
                return Vec::new();
            }
            names(o.get("name"), people)
        }
        _ => Vec::new(),
    }
}

/// The people of a byline: "By Jane Doe and John Roe", "Jane Doe, John Roe"; not a URL, an
/// e-mail address or a sentence.
fn split_byline(byline: &str) -> Vec<String> {
    let text = crate::extract::normalize_space(byline.trim());
    let text = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("by "))
        .unwrap_or(&text);
    text.split(|c| c == ',' || c == '&' || c == '|')
        .flat_map(|part| part.split(" and "))
        .map(|n| n.trim().trim_end_matches('.').trim().to_owned())
        .filter(|n| is_person_name(n))
        .collect()
}

/// A byline's name that is a person's: two to five capitalized words, not a URL, an e-mail
/// address, a desk or an agency ("AP Auto Writer", "CNN Editor-at-large", "The Associated
/// Press", "Reuters").
fn is_person_name(n: &str) -> bool {
    const NOT_PEOPLE: &[&str] = &[
        "staff",
        "writer",
        "writers",
        "editor",
        "editors",
        "press",
        "news",
        "reporter",
        "reporters",
        "correspondent",
        "desk",
        "team",
        "service",
        "wire",
        "agency",
        "media",
        "group",
        "contributor",
        "contributors",
        "newsroom",
        "bureau",
        "online",
        "digital",
        "report",
        "editor-at-large",
        "magazine",
        "times",
        "post",
        "daily",
        "insider",
    ];
    let words: Vec<&str> = n.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && !n.contains("://")
        && !n.contains('@')
        && !n.chars().any(|c| c.is_ascii_digit())
        && words[0] != "The"
        // "CNN Business", "CBS Detroit": an acronym first, in a name not all in capitals
        && !(words[0].len() <= 4
            && words[0].chars().all(|c| c.is_ascii_uppercase())
            && !words.iter().all(|w| w.chars().all(|c| !c.is_lowercase())))
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| {
            NOT_PEOPLE.contains(
                &w.to_lowercase()
                    .trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
            )
        })
}

/// "1of4...", "2 of 12 ...": a picture's number in a gallery, at the start of its caption.
fn is_gallery_count(lower: &str) -> bool {
    let digits = lower.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let rest = lower[digits..].trim_start();
    rest.strip_prefix("of")
        .map(str::trim_start)
        .is_some_and(|r| r.bytes().next().is_some_and(|b| b.is_ascii_digit()))
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
    fn a_page_gives_its_authors_publisher_and_language() {
        let page = PAGE.replace(
            "</head>",
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebSite","name":"Example"},
{"@type":"NewsArticle","headline":"Chile accuses Peru","inLanguage":"en-GB",
 "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Hale"},{"@type":"Organization","name":"Example Newsroom"}],
 "publisher":{"@type":"NewsMediaOrganization","name":"Example News"}}]}</script></head>"#,
        );
        let Page::Article(a) = read_page(&page, "page.html") else {
            panic!("no article");
        };
        assert_eq!(a.authors, ["Ana Ruiz", "Tom Hale"]);
        assert_eq!(a.publisher.as_deref(), Some("Example News"));
        assert_eq!(a.language.as_deref(), Some("en"));
        // from the meta tags when there is no JSON-LD
        let page = PAGE.replace(
            "</head>",
            r#"<meta name="author" content="By Ana Ruiz and Tom Hale"><meta property="og:site_name" content="Example News"></head>"#,
        );
        let Page::Article(a) = read_page(&page, "page.html") else {
            panic!("no article");
        };
        assert_eq!(a.authors, ["Ana Ruiz", "Tom Hale"]);
        assert_eq!(a.publisher.as_deref(), Some("Example News"));
        assert_eq!(
            split_byline("https://example.org/ana, ana@example.org"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn furniture_lines_are_dropped_and_the_story_kept() {
        let text = "Storm cuts power to 10,000 homes.\n1of4A shopper looks at extension cords.\n\
            In this Sunday, Nov. 10, 2019, photograph, cars sit at a dealership. (AP Photo/Ann Lee)\n\
            Close\n4\nann.lee@example.com\nNov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.\n\
            Crews expect to restore it by Friday.\nIn this town, photos of the storm spread fast.\n";
        assert_eq!(
            drop_page_furniture(text),
            "Storm cuts power to 10,000 homes.\nCrews expect to restore it by Friday.\n\
             In this town, photos of the storm spread fast.\n"
        );
    }

    #[test]
    fn a_page_in_another_language_is_not_read() {
        let page = PAGE.replace("lang=\"en\"", "lang=\"de\"");
        assert!(matches!(read_page(&page, "p.html"), Page::NotEnglish(l, _) if l == "de"));
        assert_eq!(read_page("<html></html>", "p.html"), Page::Empty);
    }
}
