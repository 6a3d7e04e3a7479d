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
    read_warc_from(reader, path, &file.name, f)
}

/// Reads the HTML responses of a WARC stream (stdin, or a file opened by [`read_warc`]);
/// `path` names it in errors, `name` in each article's source.
pub fn read_warc_from(
    reader: Box<dyn BufRead + '_>,
    path: &std::path::Path,
    name: &str,
    f: &mut dyn FnMut(Article) -> Result<(), InputError>,
) -> Result<(), InputError> {
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
        let name = format!("{name}#{id}");
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
/// deflate when the response says so. The head is parsed by `httparse` (hyper's parser).
fn html_payload(http: &[u8]) -> Option<String> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut response = httparse::Response::new(&mut headers);
    let httparse::Status::Complete(head_len) = response.parse(http).ok()? else {
        return None;
    };
    if response.code != Some(200) {
        return None;
    }
    let header = |name: &str| {
        response
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).to_ascii_lowercase())
    };
    if !header("content-type").is_some_and(|t| t.contains("html")) {
        return None;
    }
    let body = &http[head_len..];
    let body = if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        dechunk(body)?
    } else {
        body.to_vec()
    };
    let bytes = match header("content-encoding").as_deref() {
        Some("gzip" | "x-gzip") => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .ok()?;
            out
        }
        Some("deflate") => {
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
        let httparse::Status::Complete((at, size)) = httparse::parse_chunk_size(body).ok()? else {
            return None;
        };
        let size = usize::try_from(size).ok()?;
        body = &body[at..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size + 2..)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn payloads_chunked_or_gzipped_are_decoded() {
        let plain = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>";
        assert_eq!(html_payload(plain).as_deref(), Some("<p>Hi</p>"));
        let chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>H\r\n5\r\ni</p>\r\n0\r\n\r\n";
        assert_eq!(html_payload(chunked).as_deref(), Some("<p>Hi</p>"));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<p>Hi</p>").unwrap();
        let mut zipped =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        zipped.extend(gz.finish().unwrap());
        assert_eq!(html_payload(&zipped).as_deref(), Some("<p>Hi</p>"));
        assert!(
            html_payload(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nx").is_none()
        );
        assert!(html_payload(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG").is_none());
    }
}
