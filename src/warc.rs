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

/// WARC records skipped in this process (not an HTML response, a repeat, not English,
/// malformed).
pub static SKIPPED_RECORDS: AtomicUsize = AtomicUsize::new(0);
/// Of those, records whose head could not be read.
pub static MALFORMED_RECORDS: AtomicUsize = AtomicUsize::new(0);

/// The largest record body read; a larger one is passed over (skipped).
const MAX_RECORD: usize = 64 << 20;

/// One WARC record: its named fields and its block.
struct Record {
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why a record could not be read.
enum Bad {
    /// Its head is not a WARC head (no version line, a field without a colon, no
    /// Content-Length); reading goes on at the next `WARC/` line.
    Malformed(String),
    /// The stream broke off.
    Io(std::io::Error),
}

/// WARC records, one at a time, from a stream (WARC 1.0 and 1.1, ISO 28500): a version line,
/// named fields up to a blank line, a block of Content-Length bytes, two line ends. Written
/// here rather than taken from the `warc` crate, whose reader cannot go on after a bad record:
/// this one skips to the next record's version line, so one broken record loses only itself.
struct Records<R: BufRead> {
    reader: R,
    line: Vec<u8>,
    /// A version line already read while looking for the next record.
    pending: bool,
}

impl<R: BufRead> Records<R> {
    fn new(reader: R) -> Self {
        Self {
            reader,
            line: Vec::new(),
            pending: false,
        }
    }

    /// The next line into `self.line`; false at the end of the stream.
    fn read_line(&mut self) -> Result<bool, Bad> {
        self.line.clear();
        let n = self
            .reader
            .read_until(b'\n', &mut self.line)
            .map_err(Bad::Io)?;
        Ok(n > 0)
    }

    fn next_record(&mut self) -> Result<Option<Record>, Bad> {
        // the version line, past blank lines (and, after a bad record, anything else)
        if !self.pending {
            loop {
                if !self.read_line()? {
                    return Ok(None);
                }
                if self.line.starts_with(b"WARC/") {
                    break;
                }
            }
        }
        self.pending = false;
        let mut headers = Vec::new();
        loop {
            if !self.read_line()? {
                return Err(Bad::Malformed(
                    "the archive ends inside a record's head".into(),
                ));
            }
            let line = String::from_utf8_lossy(&self.line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                break;
            }
            if line.starts_with("WARC/") {
                // a new record began before this one's head ended
                self.pending = true;
                return Err(Bad::Malformed("a record's head with no end".into()));
            }
            match line.split_once(':') {
                Some((k, v)) => headers.push((k.trim().to_owned(), v.trim().to_owned())),
                None => {
                    return Err(Bad::Malformed(format!(
                        "a head line with no name: {line:?}"
                    )))
                }
            }
        }
        let record = Record {
            headers,
            body: Vec::new(),
        };
        let Some(length) = record
            .header("Content-Length")
            .and_then(|l| l.trim().parse::<u64>().ok())
        else {
            return Err(Bad::Malformed("no Content-Length".into()));
        };
        if length > MAX_RECORD as u64 {
            std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink())
                .map_err(Bad::Io)?;
            return Err(Bad::Malformed(format!(
                "a block of {length} bytes, over the limit"
            )));
        }
        let mut body = Vec::with_capacity(length as usize);
        (&mut self.reader)
            .take(length)
            .read_to_end(&mut body)
            .map_err(Bad::Io)?;
        if (body.len() as u64) < length {
            return Err(Bad::Io(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                format!(
                    "the last record's block has {} of its {length} bytes",
                    body.len()
                ),
            )));
        }
        Ok(Some(Record { body, ..record }))
    }
}

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
    let mut records = Records::new(reader);
    let mut n = 0usize;
    loop {
        n += 1;
        let record = match records.next_record() {
            Ok(Some(r)) => r,
            Ok(None) => break,
            // a record whose head cannot be read is skipped, and the next one found
            Err(Bad::Malformed(why)) => {
                SKIPPED_RECORDS.fetch_add(1, Ordering::Relaxed);
                MALFORMED_RECORDS.fetch_add(1, Ordering::Relaxed);
                eprintln!(
                    "newsgraph: warning: {}: WARC record {n}: {why}; skipped",
                    path.display()
                );
                continue;
            }
            // a stream that breaks off (a truncated gzip, a cut file): the records before it
            // are kept, and the run stops with the error
            Err(Bad::Io(e)) => {
                return Err(InputError::Record {
                    path: path.to_owned(),
                    line: n,
                    message: format!("WARC record {n}: the archive breaks off: {e}"),
                })
            }
        };
        let skip = || {
            SKIPPED_RECORDS.fetch_add(1, Ordering::Relaxed);
        };
        if !record
            .header("WARC-Type")
            .is_some_and(|t| t.eq_ignore_ascii_case("response"))
        {
            skip();
            continue;
        }
        let uri = record
            .header("WARC-Target-URI")
            .map(|u| u.trim().trim_matches(['<', '>']).to_owned())
            .unwrap_or_default();
        let Some(html) = html_payload(&record.body) else {
            skip();
            continue;
        };
        if !uri.is_empty() && !seen_uri.insert(uri.clone()) {
            skip();
            continue;
        }
        let id = record
            .header("WARC-Record-ID")
            .unwrap_or("")
            .trim()
            .trim_matches(['<', '>'])
            .to_owned();
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
