//! News feeds (RSS 2.0, Atom; parsed by `feed-rs`): each item is an article, its text the
//! item's content (else its description) as plain text, with its title, link and date.
//! newsgraph fetches nothing: an item carries the text its feed holds.

use crate::input::{Article, InputError, InputFile};

/// Feed items read in this process whose page was in the same input (for the summary line).
pub static JOINED_ITEMS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A URL as a key for joining a feed item to its page: scheme and host in lower case, no
/// `www.`, no fragment, no tracking parameters (`utm_*`), no trailing slash; `http` and
/// `https` alike.
pub fn url_key(url: &str) -> String {
    let Ok(mut u) = url::Url::parse(url.trim()) else {
        return url.trim().to_owned();
    };
    u.set_fragment(None);
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| !k.starts_with("utm_"))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
    let host = u
        .host_str()
        .unwrap_or("")
        .trim_start_matches("www.")
        .to_owned();
    let path = u.path().trim_end_matches('/').to_owned();
    let query = u.query().map(|q| format!("?{q}")).unwrap_or_default();
    format!("{host}{path}{query}")
}

/// Reads the items of one feed file.
pub fn read_feed(
    file: &InputFile,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let path = file.path.as_path();
    let reader = crate::input::open_reader(path)?;
    read_feed_from(reader, path, &file.name, f)
}

/// Reads the items of a feed from a stream (stdin, or a file, gunzipped when it is `.gz`);
/// `path` names it in errors, `name` in each article's source.
pub fn read_feed_from(
    reader: Box<dyn std::io::BufRead + '_>,
    path: &std::path::Path,
    name: &str,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let feed = feed_rs::parser::parse(reader).map_err(|e| InputError::Record {
        path: path.to_owned(),
        line: 1,
        message: format!("not an RSS or Atom feed: {e}"),
    })?;
    for (n, entry) in feed.entries.into_iter().enumerate() {
        let html = entry
            .content
            .and_then(|c| c.body)
            .or_else(|| entry.summary.map(|s| s.content))
            .unwrap_or_default();
        let text = html_to_text(&html);
        if text.trim().is_empty() {
            continue;
        }
        let title = entry
            .title
            .map(|t| crate::extract::normalize_space(html_to_text(&t.content).trim()))
            .filter(|t| !t.is_empty());
        let link = entry.links.first().map(|l| l.href.trim().to_owned());
        let id = link
            .clone()
            .or_else(|| (!entry.id.is_empty()).then(|| entry.id.clone()))
            .unwrap_or_else(|| format!("{name}-{}", n + 1));
        let mut article = Article::from_parts(
            &id,
            title.as_deref(),
            text.trim(),
            format!("{name}#item-{}", n + 1),
        );
        article.url = link;
        article.authors = entry
            .authors
            .iter()
            .map(|p| crate::extract::normalize_space(p.name.as_deref().unwrap_or("").trim()))
            .filter(|n| !n.is_empty() && !n.contains('@') && !n.contains("://"))
            .collect();
        article.date = entry
            .published
            .or(entry.updated)
            .map(|d| d.format("%Y-%m-%d").to_string());
        f(article)?;
    }
    Ok(())
}

/// The text of an HTML fragment, with a line break where a block ends (a paragraph, a list
/// item, a heading, a line break), so sentences do not run together.
pub fn html_to_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return html.to_owned();
    }
    let mut marked = String::with_capacity(html.len() + 64);
    let lower = html.to_ascii_lowercase();
    let mut last = 0;
    for (i, _) in lower.match_indices('<') {
        let tag = &lower[i..];
        let block = [
            "</p", "<br", "</div", "</li", "</h1", "</h2", "</h3", "</h4", "</tr", "<p ", "<p>",
        ]
        .iter()
        .any(|b| tag.starts_with(b));
        if block {
            marked.push_str(&html[last..i]);
            marked.push('\n');
            last = i;
        }
    }
    marked.push_str(&html[last..]);
    let doc = dom_query::Document::from(marked.as_str());
    let text = doc.select("body").text();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod url_tests {
    use super::url_key;

    #[test]
    fn a_page_and_its_feed_item_share_a_key() {
        assert_eq!(
            url_key("https://www.news.example/world/chile-peru/?utm_source=rss#top"),
            url_key("http://news.example/world/chile-peru")
        );
        assert_ne!(
            url_key("https://news.example/a?id=1"),
            url_key("https://news.example/a?id=2")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_become_lines_of_text() {
        assert_eq!(
            html_to_text("<p>Chile accused Peru.</p><p>Peru denied it &amp; more.</p>"),
            "Chile accused Peru.\nPeru denied it & more."
        );
        assert_eq!(html_to_text("plain text"), "plain text");
    }
}
