//! News feeds (RSS 2.0, Atom; parsed by `feed-rs`): each item is an article, its text the
//! item's content (else its description) as plain text, with its title, link and date.
//! newsgraph fetches nothing: an item carries the text its feed holds.

use crate::input::{Article, InputError, InputFile};

/// Reads the items of one feed file.
pub fn read_feed(
    file: &InputFile,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let path = file.path.as_path();
    let handle = std::fs::File::open(path).map_err(|source| InputError::Io {
        path: path.to_owned(),
        source,
    })?;
    let feed = feed_rs::parser::parse(std::io::BufReader::new(handle)).map_err(|e| {
        InputError::Record {
            path: path.to_owned(),
            line: 1,
            message: format!("not an RSS or Atom feed: {e}"),
        }
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
            .unwrap_or_else(|| format!("{}-{}", file.name, n + 1));
        let mut article = Article::from_parts(
            &id,
            title.as_deref(),
            text.trim(),
            format!("{}#item-{}", file.name, n + 1),
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
