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
    // the headline: the page's own (JSON-LD, og:title), else its <title> as Readability
    // cleans it; without the site's name after it ("... | TheHill", "... - Digg")
    let full_title = match meta.headline.as_deref() {
        Some(h) => h.to_owned(),
        None => crate::extract::normalize_space(found.title.trim()),
    };
    let site = [meta.publisher.as_deref(), found.site_name.as_deref()];
    let title = without_site_name(&full_title, canonical.as_deref(), &site).to_owned();
    let cleaned = drop_page_furniture(&found.text_content);
    // (the headline again at the head of the text is said once)
    let cleaned = drop_repeated_headline(&cleaned, &[&title, &full_title]);
    let body = cleaned.trim();
    if body.is_empty() {
        return Page::Empty;
    }
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

/// Patterns of page furniture, compiled once (see `drop_page_furniture`).
struct Furniture {
    /// A line that opens a block of links to other stories: "You may also like...",
    /// "Related", "More from UK", "Most read stories", "Don't miss".
    marker: regex::Regex,
    /// A date or time alone: "November 18, 2019 | 4:10pm", "First Published: Tuesday,
    /// November 19, 2019 08:38 AM", "18 NOV 2019", "Today 12:01 AM".
    date: regex::Regex,
    /// A call to sign up, subscribe or follow: "Sign up for our newsletter", "Follow us on
    /// Twitter", "Get breaking news alerts ...", "Write to Al Root at ...@...".
    call_start: regex::Regex,
    call_word: regex::Regex,
    call_anywhere: regex::Regex,
    /// A picture's credit or caption: "Alex Wong | Getty Images", "(Image credit: NASA)",
    /// "..., left, and ...", "An artist's concept of ...", "Jason Cipriani/ZDNet".
    credit: regex::Regex,
    placed: regex::Regex,
    caption: regex::Regex,
    slash_credit: regex::Regex,
    /// A byline or a credit line: "By Mike Wuerthele and Malcolm Owen", "Tom Krisher, AP
    /// Auto Writer", "(Reporting by ...; Editing by ...)", "... contributed to this report."
    byline: regex::Regex,
    contributed: regex::Regex,
    /// An author's note at the end: "Phil Helsel is a reporter for NBC News."
    bio: regex::Regex,
    /// A link to another story introduced by a label: "Related: ...", "Read more: ...".
    labelled_link: regex::Regex,
}

impl Furniture {
    fn get() -> &'static Furniture {
        static FURNITURE: std::sync::OnceLock<Furniture> = std::sync::OnceLock::new();
        FURNITURE.get_or_init(|| {
            let re = |p: &str| regex::Regex::new(p).expect("furniture pattern");
            const MONTH: &str = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?";
            const WEEKDAY: &str = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?";
            // a day ("November 18, 2019", "18 Nov 2019"), a time ("4:10pm", "9.28 a.m. UTC"),
            // and what may open the line ("First Published:", "Updated")
            let day = format!(
                r"([0-9]{{1,2}}(st|nd|rd|th)? +{MONTH}|{MONTH} +[0-9]{{1,2}}(st|nd|rd|th)?)(,? +[0-9]{{4}})?"
            );
            let time = r"[0-9]{1,2}(:[0-9]{2} *(am|pm|a\.m\.|p\.m\.)?|[.][0-9]{2} *(am|pm|a\.m\.|p\.m\.)) *[a-z]{0,4}\.?";
            let prefix = r"((first |last )?(published|updated|posted|modified)( on)?:? *)?";
            Furniture {
                marker: re(r"(?i)^(you may also like|you might also like|related|related (news|articles|stories|posts|content|coverage)( from .*)?|more from( .*)?|more (great )?[a-z ]*stories|more articles from( .*)?|more on this( story)?|recent (articles|posts|stories)|popular( this week| now| stories)?|most (read|popular|viewed)( stories)?|top stories( .*)?|don['’]t miss|read more|recommended( for you| stories)?|see also|also read|trending( now| stories)?|latest (news|stories)|what to read next|further reading|read next|up next|editor['’]s picks|around the web)[:.…]*$"),
                date: re(&format!(
                    r"(?i)^{prefix}(({WEEKDAY} *)?{day}( *(,|\||-|–|at)? *{time})?|(today|yesterday)? *{time})( +[0-9]{{4}})?( *\(.*\))? *[|,]?$"
                )),
                call_start: re(r"(?i)^(sign up|subscribe|get the|get our|get access|click here|follow us|follow him|follow her|download|join our|want more|like us|have a tip|there['’]s plenty more)(?-u:\b)"),
                call_word: re(r"(?i)(newsletter|inbox|subscri|app(?-u:\b)|twitter|facebook|e-?mail|click|forum|magazine)"),
                call_anywhere: re(r"(?i)(delivered (to your inbox|weekday mornings|every morning|daily)|meet your inbox|breaking news alerts|sign up for our|subscribe to our|if you enjoyed this article)"),
                credit: re(r"(?i)(getty images|/getty|\| getty|\(credit:|image credit|photo credit|\(image:|\(photo:|^©|^photo:|(?-u:\b)ap photo(?-u:\b)|/ap(?-u:\b)|(?-u:\b)ap file(?-u:\b))"),
                placed: re(r"(?i)(, left,|, right,|, center,|\(left\)|\(right\)|\(center\)|\(l-r\)|, from left,)"),
                caption: re(r"(?i)^(an? |this |the )?(artist['’]s (concept|impression|rendering) of|(illustration|photo|photograph|picture|image|file photo|satellite image|screenshot) (shows|showing|of|from|taken))(?-u:\b)|(?-u:\b)took this (image|photo|picture)(?-u:\b)"),
                slash_credit: re(r"^[A-Z][^\s/]+( [A-Z][^\s/]+){0,3} ?/ ?[A-Z][^/]{1,30}$"),
                byline: re(r"(?i)^(by .+|[a-z][^\s,]+( [a-z][^\s,]+){0,3}, (ap |associated press |afp |reuters |bloomberg )?[a-z ]{0,20}(writer|correspondent|reporter|editor))$"),
                contributed: re(r"(?i)(contributed to this (report|story|article)|^\(?(reporting by|additional reporting|editing by|writing by|compiled by)(?-u:\b))"),
                bio: re(r"^[A-Z][^\s]+( [A-Z][^\s]+){0,2} (is an?|is the|has been an?|joined|covers|writes) .*(?i:(?-u:\b)(writer|reporter|editor|journalist|correspondent|columnist|contributor|author|curator|magazine|news)(?-u:\b))"),
                labelled_link: re(r"(?i)^(related( [a-z]+)?|also read|read also|see also|read more|more)\s*:"),
            }
        })
    }
}

/// Whether a line ends as a sentence does and has a few words.
fn is_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', '"', '\u{201d}']) && t.split_whitespace().count() >= 4
}

/// Lines of a page's main text that belong to the page, not to the article: picture credits
/// and captions ("Photo: ...", "(Image: ...)", "Alex Wong | Getty Images", "..., left, and
/// ...", "An artist's concept of ..."), dates and update stamps alone on a line, links to
/// other stories (a block after "You may also like", "Related", "More from UK", "Most read";
/// "... …"; "Related: ..."), bylines and credit lines ("By ...", "Tom Krisher, AP Auto
/// Writer", "(Reporting by ...)", "... contributed to this report."), an author's note among
/// the last lines ("X is a reporter for ..."), calls to subscribe, sign up or follow, share
/// buttons ("Whatsapp Facebook Pinterest"), contacts (an e-mail address or a handle alone),
/// a breadcrumb ("News > Nation") or a section's name opening the text ("Entertainment"),
/// and buttons ("Close", "Advertisement"). Each is a pattern of the web, not of one site.
/// On `../shared/web/` (120 pages) these move `newsgraph text` from F1 .949 to .960
/// (precision .910 -> .932, recall .990 -> .989; BENCHMARKS.md). Left in: dropping every short
/// line or every line seen before (the true bodies keep subheadings, lists and repeated
/// lines), all-capital lines (subheadings), lines in brackets and the last line's name.
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
        "advert",
        "comments",
        "tags",
        "iklan",
    ];
    /// Lines of a page's controls and notices, whole.
    const CONTROLS: &[&str] = &[
        "view author archive",
        "email the author",
        "follow on twitter",
        "about the author",
        "enlarge image",
        "sharing is caring!",
        "tell us what you think...",
        "post comment (+)",
        "breaking news emails",
        "see more photos:",
        "this slideshow requires javascript.",
        "make msn my homepage",
        "you have been successfully subscribed!",
        "text size",
        "learn more",
        "print article",
        "order reprints",
        "reuters",
        "associated press",
        "ap",
        "afp",
        "bloomberg",
        "source: news agencies",
        "source: agencies",
        "source: reuters",
        "source: ap",
        "source: afp",
    ];
    /// Words of share buttons.
    const SHARE: &[&str] = &[
        "whatsapp",
        "facebook",
        "twitter",
        "pinterest",
        "pint",
        "linkedin",
        "email",
        "e-mail",
        "share",
        "tweet",
        "reddit",
        "print",
        "copy",
        "link",
        "messenger",
        "telegram",
        "flipboard",
        "sms",
        "mail",
        "comments",
        "save",
    ];
    let f = Furniture::get();
    let lines: Vec<&str> = text.lines().collect();
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let first_two = &filled[..filled.len().min(2)];
    let last_three = &filled[filled.len().saturating_sub(3)..];
    let mut links_block = false;
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let lower = t.to_lowercase();
        let words = t.split_whitespace().count();
        let sentence = t.ends_with(['.', '!', '?', '"', '\u{201d}', ':']);
        // a block of links to other stories: after its label, the titles (no sentence, or a
        // short question) up to the next sentence
        if words <= 7 && f.marker.is_match(t) {
            links_block = true;
            continue;
        }
        if links_block {
            if words <= 20 && (!is_sentence(t) || (t.ends_with('?') && words <= 12)) {
                continue;
            }
            links_block = false;
        }
        let first_words: String = lower
            .split_whitespace()
            .take(12)
            .collect::<Vec<_>>()
            .join(" ");
        let quoted = t.contains(['"', '\u{201c}']);
        let furniture = STARTS.iter().any(|p| lower.starts_with(p))
            || t.ends_with('\u{2026}')
            || CONTROLS.contains(&lower.as_str())
            // a byline: "By Phil Helsel", "By HNN Staff | November 18, 2019 at 2:26 PM"
            || (lower.starts_with("by ") && words <= 5 && !sentence)
            || (lower.starts_with("by ") && words <= 25 && t.contains(" | "))
            || (words <= 9 && !t.ends_with('.') && f.byline.is_match(t))
            || (words <= 40 && f.contributed.is_match(t))
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
            || (words <= 60 && f.credit.is_match(t))
            || (words <= 60 && f.placed.is_match(t))
            || (words <= 40 && !quoted && f.caption.is_match(t))
            || (words <= 6 && f.slash_credit.is_match(t))
            // a contact: an e-mail address or a social handle alone, or "Write to ... at"
            || (words == 1 && (t.contains('@') || lower.contains("twitter.com/")))
            || (words <= 20
                && t.contains('@')
                && ["write to ", "contact ", "email ", "e-mail "]
                    .iter()
                    .any(|p| lower.starts_with(p)))
            // a call to subscribe, sign up or follow
            || (words <= 45 && f.call_start.is_match(t) && f.call_word.is_match(t))
            || (words <= 30 && f.call_anywhere.is_match(t))
            // share buttons: "Whatsapp Facebook Pint"
            || (words <= 8
                && t.split_whitespace().all(|w| {
                    SHARE.contains(&w.to_lowercase().trim_matches(|c| c == '.' || c == ',' || c == '|'))
                }))
            // a button or a counter: "Close", "4"
            || (words == 1 && (BUTTONS.contains(&lower.as_str()) || t.chars().all(|c| c.is_ascii_digit())))
            // an update stamp after the date: "Nov. 20, 2019Updated: Nov. 20, 2019"
            || (words <= 12 && lower.contains("updated:"))
            // a date or a time alone
            || (words <= 14 && t.chars().any(|c| c.is_ascii_digit()) && f.date.is_match(t))
            // a breadcrumb: "News > Nation"
            || (words <= 8 && t.contains(" > "))
            // a link introduced by a label: "Related: ...", "Read more: ..."
            || (words <= 14 && f.labelled_link.is_match(t))
            // a section's name opening the text: "Entertainment", "Opinion Columnist"
            || (first_two.contains(&i) && words <= 3 && t.ends_with(char::is_alphanumeric))
            // an author's note at the end
            || (last_three.contains(&i) && words <= 60 && f.bio.is_match(t));
        if !furniture {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A headline without the site's name after its last " | ", " - " or " — ": a name of at
/// most six words that is the publisher's, or that one of the labels of the page's host
/// opens or ends ("TheHill" on thehill.com, "Sky News" on news.sky.com; not "China" on
/// chinadaily.com.cn, which only begins a label).
fn without_site_name<'a>(title: &'a str, url: Option<&str>, site: &[Option<&str>]) -> &'a str {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    // the host's labels but the last (and "www", "com", "co" ...): "sky" and "news" in
    // news.sky.com
    let labels: Vec<String> = url
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_owned))
        .map(|h| {
            let parts: Vec<&str> = h.split('.').collect();
            parts[..parts.len().saturating_sub(1)]
                .iter()
                .filter(|l| !matches!(**l, "www" | "com" | "co" | "org" | "net" | "ac" | "gov"))
                .map(|l| l.to_lowercase())
                .collect()
        })
        .unwrap_or_default();
    for sep in [" | ", " - ", " \u{2014} ", " \u{2013} "] {
        let Some((head, tail)) = title.rsplit_once(sep) else {
            continue;
        };
        let tail_key = key(tail);
        let by_host = labels.iter().any(|l| {
            l.len() >= 3
                && (tail_key == *l
                    || (l.len() >= 4
                        && (tail_key.starts_with(l.as_str()) || tail_key.ends_with(l.as_str()))))
        });
        let named = !tail_key.is_empty()
            && tail.split_whitespace().count() <= 6
            && (by_host || site.iter().flatten().any(|s| key(s) == tail_key));
        if named && !head.trim().is_empty() {
            return head.trim_end();
        }
    }
    title
}

/// The text without a line among its first three that repeats the headline (in any of its
/// forms), word for word.
fn drop_repeated_headline(text: &str, headlines: &[&str]) -> String {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let heads: Vec<Vec<String>> = headlines
        .iter()
        .map(|h| words(h))
        .filter(|w| !w.is_empty())
        .collect();
    let mut filled = 0;
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if !line.trim().is_empty() {
            filled += 1;
            if filled <= 3 && heads.contains(&words(line)) {
                continue;
            }
        }
        out.push_str(line);
        out.push('\n');
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
    fn links_to_other_stories_calls_dates_credits_and_notes_are_dropped() {
        let text = "Entertainment\n\nThe band will tour in 2020, its manager said on Monday.\n\
            November 18, 2019 | 4:10pm\n\
            Tom Krisher, AP Auto Writer\n\
            Andreas Thurner, left, and Todd George stand by the car at the show in Los Angeles.\n\
            Alex Wong | Getty Images\n\
            Get the latest updates right in your inbox. Subscribe to our newsletters.\n\
            Subscribers will pay $5 more a month from May, the company said.\n\
            What the tour means\n\
            Tickets go on sale on Friday at 10 a.m.\n\
            You may also like...\n\nWho will make the Rock Hall in 2020?\n\n\
            Fans really want the band in the Rock Hall\n\n\
            Phil Helsel is a reporter for NBC News.\n";
        assert_eq!(
            drop_page_furniture(text),
            "\nThe band will tour in 2020, its manager said on Monday.\n\
             Subscribers will pay $5 more a month from May, the company said.\n\
             What the tour means\n\
             Tickets go on sale on Friday at 10 a.m.\n\n\n\n"
        );
    }

    #[test]
    fn the_headline_loses_the_site_name_and_is_not_repeated() {
        let url = Some("https://www.thehill.com/homenews/471033");
        assert_eq!(
            without_site_name("Governor doubles down on campaign | TheHill", url, &[]),
            "Governor doubles down on campaign"
        );
        assert_eq!(
            without_site_name(
                "Open thread - The GiveWell Blog",
                None,
                &[Some("The GiveWell Blog")]
            ),
            "Open thread"
        );
        assert_eq!(
            without_site_name(
                "Ministers meet - Sky News",
                Some("https://news.sky.com/story/1"),
                &[]
            ),
            "Ministers meet"
        );
        assert_eq!(
            without_site_name(
                "Trade talks resume - China",
                Some("https://www.chinadaily.com.cn/a/1"),
                &[]
            ),
            "Trade talks resume - China"
        );
        // (a dash inside the headline is kept: "Venezuela - a crisis" names no site)
        assert_eq!(
            without_site_name("Venezuela - a crisis deepens", url, &[Some("The Hill")]),
            "Venezuela - a crisis deepens"
        );
        assert_eq!(
            drop_repeated_headline(
                "Open thread\n\nOur goal is to answer questions.\n",
                &["Open thread"]
            ),
            "\nOur goal is to answer questions.\n"
        );
    }

    #[test]
    fn a_page_in_another_language_is_not_read() {
        let page = PAGE.replace("lang=\"en\"", "lang=\"de\"");
        assert!(matches!(read_page(&page, "p.html"), Page::NotEnglish(l, _) if l == "de"));
        assert_eq!(read_page("<html></html>", "p.html"), Page::Empty);
    }
}
