//! Input: articles from plain text files, JSON Lines files, folders of them, or stdin.
//!
//! Offsets in the graph count characters of the text the tool read: for a `.txt` file, the
//! whole file (the title line included); for a JSON Lines record, the title, a blank line and
//! the body (`title + "\n\n" + text`), which is also what a `.txt` export of it would hold.

use serde::Deserialize;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use thiserror::Error;

pub use newsgraph_rdf::article::{date_shaped, hex, is_calendar_date, url_iri, Article};

/// The longest article read, in bytes of text: one article is one unit of memory and of
/// store transaction (a 50 MB "article" into a store took 123 s and 4.2 GB); news articles
/// are kilobytes.
pub const MAX_ARTICLE_BYTES: usize = 16 << 20;

/// What can go wrong while reading input.
#[derive(Debug, Error)]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not UTF-8.
    #[error("{path}{}: invalid UTF-8 (byte offset {offset} in that line or file)", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Utf8 {
        /// The file.
        path: PathBuf,
        /// The line, for JSON Lines.
        line: Option<usize>,
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// A JSON Lines record is malformed.
    #[error("{path}:{line}: {message}")]
    Record {
        /// The file.
        path: PathBuf,
        /// The line (1-based).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An article has no text.
    #[error("{path}{}: empty article", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Empty {
        /// The file.
        path: PathBuf,
        /// The line, for JSON Lines.
        line: Option<usize>,
    },
    /// An article longer than newsgraph reads in one piece.
    #[error("{path}{}: an article of {size} bytes, over the limit of {MAX_ARTICLE_BYTES} (split it into articles)", line.map(|l| format!(":{l}")).unwrap_or_default())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The line, for JSON Lines.
        line: Option<usize>,
        /// Its size in bytes.
        size: usize,
    },
    /// A folder holds no article file, or a file holds no article.
    #[error("{path}: no articles in it (a folder needs .txt or .jsonl files; a .jsonl file one record per line)")]
    NoArticles {
        /// The folder or file.
        path: PathBuf,
    },
    /// Reading was stopped by the consumer of the articles (not an input fault; never shown).
    #[error("reading stopped")]
    Stopped,
    /// The input is of no kind newsgraph reads.
    #[error(
        "{path}: not a .txt, .jsonl or .html file, nor a folder (RDF files are read by `load`)"
    )]
    UnknownKind {
        /// The path.
        path: PathBuf,
    },
}

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    title: Option<String>,
    text: Option<String>,
    date: Option<String>,
    url: Option<String>,
    /// A name or a list of names.
    authors: Option<serde_json::Value>,
    publisher: Option<String>,
    language: Option<String>,
}

/// The kinds of input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One article, `.txt`.
    Text,
    /// Articles, one JSON object a line.
    JsonLines,
    /// A saved web page, `.html` or `.htm`: its main text is the article.
    Html,
    /// A web archive, `.warc` or `.warc.gz`: each HTML response is an article.
    Warc,
    /// A news feed, RSS 2.0 or Atom (`.rss`, `.atom`, `.xml`): each item is an article.
    Feed,
}

/// A file to read, and the name it goes by in the data: its path relative to the input the
/// user gave (the file's own name for a file, the path below the folder for a folder's files),
/// so article ids and `ng:source` are the same on every machine and two `001.txt` in different
/// folders stay two articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Where to read it (`-` for stdin).
    pub path: PathBuf,
    /// Its name relative to the input root (`<stdin>` for stdin).
    pub name: String,
}

/// Expands inputs into files, folders into their `.txt` and `.jsonl` files (sorted, so the
/// order is stable). `-` stays as is (stdin, read as JSON Lines when it starts with `{`).
pub fn expand(inputs: &[PathBuf]) -> Result<Vec<InputFile>, InputError> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(InputFile {
                path: input.clone(),
                name: "<stdin>".into(),
            });
            continue;
        }
        let meta = fs::metadata(input).map_err(|source| InputError::Io {
            path: input.clone(),
            source,
        })?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files)?;
            if files.is_empty() {
                return Err(InputError::NoArticles {
                    path: input.clone(),
                });
            }
            files.sort();
            out.extend(files.into_iter().map(|path| {
                let rel = path.strip_prefix(input).unwrap_or(&path);
                let name = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                InputFile { path, name }
            }));
        } else {
            let name = input.file_name().map_or_else(
                || input.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            out.push(InputFile {
                path: input.clone(),
                name,
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let entries = fs::read_dir(dir).map_err(|source| InputError::Io {
        path: dir.to_owned(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| InputError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if kind_of(&path).is_some()
            // (an .xml file in a folder may be anything: feeds are named on the command line)
            && !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xml"))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// The kind of a file, by extension; a `.gz` file is the kind of what it holds
/// (`day.jsonl.gz`, `page.html.gz`, `crawl.warc.gz`).
pub fn kind_of(path: &Path) -> Option<InputKind> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "txt" => Some(InputKind::Text),
        "jsonl" | "ndjson" => Some(InputKind::JsonLines),
        "html" | "htm" => Some(InputKind::Html),
        "warc" => Some(InputKind::Warc),
        "rss" | "atom" | "xml" => Some(InputKind::Feed),
        "gz" => kind_of(Path::new(path.file_stem()?)),
        _ => None,
    }
}

/// Whether a file is gzipped, by its extension.
fn is_gz(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// A file opened for reading, gunzipped when it is `.gz` (gzip members one after another, as
/// `cat a.gz b.gz` makes, read as one stream).
pub fn open_reader(path: &Path) -> Result<Box<dyn BufRead>, InputError> {
    let handle = fs::File::open(path).map_err(|source| InputError::Io {
        path: path.to_owned(),
        source,
    })?;
    Ok(if is_gz(path) {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(BufReader::new(handle)),
        ))
    } else {
        Box::new(BufReader::with_capacity(1 << 16, handle))
    })
}

/// What a stream holds, from its first bytes (for stdin, which has no name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sniffed {
    Gzip,
    Warc,
    JsonLines,
    Feed,
    Html,
    Text,
}

fn sniff(head: &[u8]) -> Sniffed {
    if head.starts_with(&[0x1f, 0x8b]) {
        return Sniffed::Gzip;
    }
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    let head = head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(head);
    if head.starts_with(b"WARC/") {
        return Sniffed::Warc;
    }
    if head.first() == Some(&b'{') {
        return Sniffed::JsonLines;
    }
    if head.first() == Some(&b'<') {
        let lower = String::from_utf8_lossy(&head[..head.len().min(4096)]).to_ascii_lowercase();
        if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf") {
            return Sniffed::Feed;
        }
        if lower.contains("<html")
            || lower.contains("<!doctype html")
            || lower.contains("<head")
            || lower.contains("<body")
        {
            return Sniffed::Html;
        }
    }
    Sniffed::Text
}

/// Reads articles from one file (or stdin for `-`), calling `f` for each, in order.
/// Stops at the first error, after every article before it was handed on.
pub fn read_file(
    file: &InputFile,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    read_file_with(file, false, f)
}

/// Like [`read_file`]; with `all_languages`, web pages in another language than English are
/// read too (for `newsgraph text`), where extraction skips them with a warning.
pub fn read_file_with(
    file: &InputFile,
    all_languages: bool,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let path = file.path.as_path();
    if path.as_os_str() == "-" {
        let reader: Box<dyn BufRead> = Box::new(BufReader::new(std::io::stdin().lock()));
        return read_stream(reader, all_languages, f);
    }
    match kind_of(path) {
        Some(InputKind::Text) => {
            let bytes = read_article_file(path)?;
            let text = String::from_utf8(bytes).map_err(|e| InputError::Utf8 {
                path: path.to_owned(),
                line: None,
                offset: e.utf8_error().valid_up_to(),
            })?;
            if text.trim().is_empty() {
                return Err(InputError::Empty {
                    path: path.to_owned(),
                    line: None,
                });
            }
            // the name without its extension: "ruritania", "world/001"
            let id = file
                .name
                .rsplit_once('.')
                .map_or(file.name.as_str(), |(stem, _)| stem)
                .to_owned();
            let id = if id.is_empty() {
                "article".to_owned()
            } else {
                id
            };
            f(Article::from_txt(&id, &text, file.name.clone()))
        }
        Some(InputKind::Warc) => crate::warc::read_warc(file, f),
        Some(InputKind::Feed) => crate::feed::read_feed(file, f),
        Some(InputKind::Html) => {
            let bytes = read_article_file(path)?;
            read_page_bytes(&bytes, path, &file.name, all_languages, f)
        }
        Some(InputKind::JsonLines) => {
            read_jsonl_named(open_reader(path)?, path, Some(&file.name), f)
        }
        None => Err(InputError::UnknownKind {
            path: path.to_owned(),
        }),
    }
}

/// Reads a saved page. Pages in another encoding than UTF-8 are read with U+FFFD for what
/// does not decode (saved pages are UTF-8 in the great majority).
fn read_page_bytes(
    bytes: &[u8],
    path: &Path,
    name: &str,
    all_languages: bool,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let html = String::from_utf8_lossy(bytes);
    match crate::html::read_page(&html, name) {
        crate::html::Page::Article(article) => f(article),
        crate::html::Page::NotEnglish(_, article) if all_languages => f(article),
        crate::html::Page::NotEnglish(lang, _) => {
            crate::html::SKIPPED_NOT_ENGLISH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            eprintln!(
                "newsgraph: warning: {}: a page in {lang:?}, skipped (newsgraph reads English)",
                path.display()
            );
            Ok(())
        }
        crate::html::Page::Empty => Err(InputError::Empty {
            path: path.to_owned(),
            line: None,
        }),
    }
}

/// Reads stdin, whose kind is told by its first bytes: gzip (then what it holds), a WARC
/// archive, JSON Lines (streamed record by record: a map step under Spark or GNU parallel), an
/// RSS or Atom feed, a web page, else one plain-text article (read whole, white space kept
/// for the offsets).
fn read_stream(
    mut reader: Box<dyn BufRead + '_>,
    all_languages: bool,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let stdin = Path::new("<stdin>");
    let io = |source| InputError::Io {
        path: stdin.to_owned(),
        source,
    };
    // the first bytes (up to 4 KiB, or all there is), read and put back in front
    let mut head = Vec::with_capacity(4096);
    reader
        .by_ref()
        .take(4096)
        .read_to_end(&mut head)
        .map_err(io)?;
    let kind = sniff(&head);
    let reader: Box<dyn BufRead + '_> =
        Box::new(BufReader::new(std::io::Cursor::new(head).chain(reader)));
    match kind {
        Sniffed::Gzip => read_stream(
            Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(reader))),
            all_languages,
            f,
        ),
        Sniffed::Warc => crate::warc::read_warc_from(reader, stdin, "<stdin>", f),
        Sniffed::JsonLines => read_jsonl_named(reader, stdin, None, f),
        Sniffed::Feed => crate::feed::read_feed_from(reader, stdin, "<stdin>", f),
        Sniffed::Html | Sniffed::Text => {
            // (read no more than the limit allows: stdin may be endless)
            let mut bytes = Vec::new();
            reader
                .take((MAX_ARTICLE_BYTES + 1) as u64)
                .read_to_end(&mut bytes)
                .map_err(io)?;
            if bytes.len() > MAX_ARTICLE_BYTES {
                return Err(InputError::TooLarge {
                    path: stdin.to_owned(),
                    line: None,
                    size: bytes.len(),
                });
            }
            if kind == Sniffed::Html {
                return read_page_bytes(&bytes, stdin, "<stdin>", all_languages, f);
            }
            let text = String::from_utf8(bytes).map_err(|e| InputError::Utf8 {
                path: stdin.to_owned(),
                line: None,
                offset: e.utf8_error().valid_up_to(),
            })?;
            if text.trim().is_empty() {
                return Err(InputError::Empty {
                    path: stdin.to_owned(),
                    line: None,
                });
            }
            let id = format!(
                "stdin-{}",
                &Article::from_txt("", &text, String::new()).content_hash()[..16]
            );
            f(Article::from_txt(&id, &text, "<stdin>".into()))
        }
    }
}

/// The bytes of a file that holds one article (a `.txt`, a saved page), refused when over
/// [`MAX_ARTICLE_BYTES`]: by its size before it is read into memory, and by what was read
/// (it may have grown).
fn read_article_file(path: &Path) -> Result<Vec<u8>, InputError> {
    let too_large = |size: usize| InputError::TooLarge {
        path: path.to_owned(),
        line: None,
        size,
    };
    if is_gz(path) {
        // (the limit is on what it holds: read no more than that)
        let mut bytes = Vec::new();
        open_reader(path)?
            .take((MAX_ARTICLE_BYTES + 1) as u64)
            .read_to_end(&mut bytes)
            .map_err(|source| InputError::Io {
                path: path.to_owned(),
                source,
            })?;
        if bytes.len() > MAX_ARTICLE_BYTES {
            return Err(too_large(bytes.len()));
        }
        return Ok(bytes);
    }
    if let Ok(meta) = fs::metadata(path) {
        if meta.len() > MAX_ARTICLE_BYTES as u64 {
            return Err(too_large(usize::try_from(meta.len()).unwrap_or(usize::MAX)));
        }
    }
    let bytes = fs::read(path).map_err(|source| InputError::Io {
        path: path.to_owned(),
        source,
    })?;
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(bytes.len()));
    }
    Ok(bytes)
}

/// Reads JSON Lines records; blank lines are skipped. Errors name `path` and the line.
pub fn read_jsonl(
    reader: impl BufRead,
    path: &Path,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    read_jsonl_named(reader, path, Some(&path.display().to_string()), f)
}

/// Like [`read_jsonl`]; each article's source is `name:line`, or `<stdin>` when `name` is
/// `None`.
pub fn read_jsonl_named(
    mut reader: impl BufRead,
    path: &Path,
    name: Option<&str>,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|source| InputError::Io {
                path: path.to_owned(),
                source,
            })?;
        if n == 0 {
            return Ok(());
        }
        line += 1;
        let text = std::str::from_utf8(&buf).map_err(|e| InputError::Utf8 {
            path: path.to_owned(),
            line: Some(line),
            offset: e.valid_up_to(),
        })?;
        // a byte order mark before the first record
        let text = if line == 1 {
            text.strip_prefix('\u{feff}').unwrap_or(text)
        } else {
            text
        };
        if text.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(text).map_err(|e| InputError::Record {
            path: path.to_owned(),
            line,
            message: format!("malformed JSON at column {}: {e}", e.column()),
        })?;
        let id = match record.id {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => {
                return Err(InputError::Record {
                    path: path.to_owned(),
                    line,
                    message: "\"id\" must be a non-empty string or a number".into(),
                })
            }
            None => {
                return Err(InputError::Record {
                    path: path.to_owned(),
                    line,
                    message: "missing \"id\"".into(),
                })
            }
        };
        let body = record.text.unwrap_or_default();
        if body.trim().is_empty() {
            return Err(InputError::Empty {
                path: path.to_owned(),
                line: Some(line),
            });
        }
        if body.len() > MAX_ARTICLE_BYTES {
            return Err(InputError::TooLarge {
                path: path.to_owned(),
                line: Some(line),
                size: body.len(),
            });
        }
        let mut article = Article::from_parts(
            &id,
            record.title.as_deref(),
            &body,
            match name {
                Some(name) => format!("{name}:{line}"),
                None => "<stdin>".to_owned(),
            },
        );
        article.date = record.date.filter(|d| !d.trim().is_empty());
        if let Some(d) = &article.date {
            if date_shaped(d) && !is_calendar_date(d) {
                eprintln!(
                    "newsgraph: warning: {}:{line}: date {d:?} is no calendar date; kept as text",
                    path.display()
                );
            }
        }
        article.authors = match record.authors {
            Some(serde_json::Value::String(a)) => vec![a],
            Some(serde_json::Value::Array(list)) => list
                .into_iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
        .into_iter()
        .map(|a| crate::extract::normalize_space(a.trim()))
        .filter(|a| !a.is_empty())
        .collect();
        article.publisher = record
            .publisher
            .map(|p| crate::extract::normalize_space(p.trim()))
            .filter(|p| !p.is_empty());
        article.language = record.language.filter(|l| is_language_tag(l));
        article.url = record.url.filter(|u| !u.trim().is_empty());
        if let Some(u) = &article.url {
            if url_iri(u).is_none() {
                eprintln!(
                    "newsgraph: warning: {}:{line}: url {u:?} is no IRI; kept as text",
                    path.display()
                );
            }
        }
        f(article)?;
    }
}

/// A BCP 47 language tag as pages and records write them: "en", "en-GB", "zh-Hant-TW".
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn txt_title_is_first_line_before_a_blank_line() {
        let a = Article::from_txt("x", "Title here\n\nBody text.", "x.txt".into());
        assert_eq!(a.title.as_deref(), Some("Title here"));
        assert_eq!(a.text, "Title here\n\nBody text.");
        let b = Article::from_txt("y", "No title line\nstill body", "y.txt".into());
        assert_eq!(b.title, None);
    }

    #[test]
    fn jsonl_reports_file_line_and_problem() {
        let data = "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Body.\"}\n\n{\"id\":\"b\",\"text\":\n";
        let mut seen = Vec::new();
        let err = read_jsonl(data.as_bytes(), Path::new("f.jsonl"), &mut |a| {
            seen.push(a.id);
            Ok(())
        })
        .unwrap_err();
        assert_eq!(seen, vec!["a"]);
        assert!(
            err.to_string().starts_with("f.jsonl:3: malformed JSON"),
            "{err}"
        );
    }

    #[test]
    fn jsonl_rejects_empty_articles_and_bad_utf8() {
        let err = read_jsonl(
            &b"{\"id\":\"a\",\"text\":\"  \"}\n"[..],
            Path::new("f.jsonl"),
            &mut |_| Ok(()),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "f.jsonl:1: empty article");
        let err = read_jsonl(
            &b"{\"id\":\"a\",\"text\":\"\xff\"}\n"[..],
            Path::new("f.jsonl"),
            &mut |_| Ok(()),
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("f.jsonl:1: invalid UTF-8"),
            "{err}"
        );
    }

    #[test]
    fn calendar_dates() {
        for d in ["2004-02-29", "2000-02-29", "1987-12-31"] {
            assert!(is_calendar_date(d), "{d}");
        }
        for d in [
            "2004-02-30",
            "1900-02-29",
            "2023-13-01",
            "2023-00-10",
            "yesterday",
            "2004-2-3",
        ] {
            assert!(!is_calendar_date(d), "{d}");
        }
    }

    #[test]
    fn hash_is_stable() {
        let a = Article::from_parts("a", Some("T"), "B", String::new());
        assert_eq!(a.text, "T\n\nB");
        assert_eq!(a.content_hash().len(), 64);
        assert_eq!(
            a.content_hash(),
            Article::from_parts("a", Some("T"), "B", "other".into()).content_hash()
        );
    }
}
