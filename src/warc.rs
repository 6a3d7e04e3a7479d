//! Web archives (WARC 1.0 and 1.1, plain or gzipped, read record by record): every `response`
//! record of an HTML page is an article, read as a saved page is (`crate::html`); the rest
//! (requests, metadata, images, redirects, pages not in English) is skipped and counted.
//! An article's id and URL are the page's canonical URL, else the record's target URI; its
//! source names the file and the record's id. A page the archive holds twice (same URI or
//! same text) is read once.

use crate::input::{Article, InputError, InputFile};
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::sync::atomic::{AtomicUsize, Ordering};
use warc::{RecordType, WarcHeader, WarcReader};

/// WARC records skipped in this process (not an HTML response, a repeat, not English).
pub static SKIPPED_RECORDS: AtomicUsize = AtomicUsize::new(0);

/// Reads the HTML responses of a WARC file (gzipped when its name ends in `.gz`).
pub fn read_warc(
    file: &InputFile,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let path = file.path.as_path();
    let io = |source| InputError::Io {
        path: path.to_owned(),
        source,
    };
    let handle = std::fs::File::open(path).map_err(io)?;
    let gz = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::with_capacity(
            1 << 20,
            flate2::read::MultiGzDecoder::new(BufReader::new(handle)),
        ))
    } else {
        Box::new(BufReader::with_capacity(1 << 20, handle))
    };
    let mut seen_uri = HashSet::new();
    let mut seen_text = HashSet::new();
    for (n, record) in WarcReader::new(reader).iter_records().enumerate() {
        let record = record.map_err(|e| InputError::Record {
            path: path.to_owned(),
            line: n + 1,
            message: format!("WARC record {}: {e}", n + 1),
        })?;
        let skip = || {
            SKIPPED_RECORDS.fetch_add(1, Ordering::Relaxed);
        };
        if *record.warc_type() != RecordType::Response {
            skip();
            continue;
        }
        let uri = record
            .header(WarcHeader::TargetURI)
            .map(|u| u.trim().trim_matches(['<', '>']).to_owned())
            .unwrap_or_default();
        let Some(html) = html_payload(record.body()) else {
            skip();
            continue;
        };
        if !uri.is_empty() && !seen_uri.insert(uri.clone()) {
            skip();
            continue;
        }
        let id = record.warc_id().trim_matches(['<', '>']).to_owned();
        let name = format!("{}#{id}", file.name);
        match crate::html::read_page(&html, &name) {
            crate::html::Page::Article(mut article) => {
                if !seen_text.insert(article.content_hash()) {
                    skip();
                    continue;
                }
                // the page's canonical URL names it, else the URI it was fetched from
                if article.url.is_none() && !uri.is_empty() {
                    article.id = uri.clone();
                    if crate::input::url_iri(&uri).is_some() {
                        article.url = Some(uri.clone());
                    }
                }
                // (a page fetched under two URIs with one canonical name is read once)
                if let Some(canonical) = article.url.clone().filter(|c| *c != uri) {
                    if !seen_uri.insert(canonical) {
                        skip();
                        continue;
                    }
                }
                f(article)?;
            }
            crate::html::Page::NotEnglish(..) | crate::html::Page::Empty => skip(),
        }
    }
    Ok(())
}

/// The HTML of an HTTP response (status 200, an HTML content type), decoded from gzip or
/// deflate when the response says so.
fn html_payload(http: &[u8]) -> Option<String> {
    let end = http.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&http[..end]).ok()?;
    let body = &http[end + 4..];
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?;
    if status != "200" {
        return None;
    }
    let mut html = false;
    let mut encoding = String::new();
    let mut chunked = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => html = value.contains("html"),
            "content-encoding" => encoding = value,
            "transfer-encoding" => chunked = value.contains("chunked"),
            _ => {}
        }
    }
    if !html {
        return None;
    }
    let body = if chunked {
        dechunk(body)?
    } else {
        body.to_vec()
    };
    let bytes = match encoding.as_str() {
        "gzip" | "x-gzip" => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .ok()?;
            out
        }
        "deflate" => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .read_to_end(&mut out)
                .ok()?;
            out
        }
        _ => body,
    };
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// A chunked HTTP body, joined.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n")?;
        let size = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size + 2..)?;
    }
}
