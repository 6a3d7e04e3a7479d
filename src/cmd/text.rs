//! `newsgraph text`: the text newsgraph reads from each article.

use super::*;

/// `newsgraph text`: each article's text, articles apart by a form feed line.
pub(crate) fn run(a: TextArgs) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut first = true;
    for file in crate::input::expand(&a.inputs)? {
        crate::input::read_file_with(&file, true, &mut |article| {
            let io = |source| crate::input::InputError::Io {
                path: file.path.clone(),
                source,
            };
            if !first {
                writeln!(out, "\u{c}").map_err(io)?;
            }
            first = false;
            let text = match (&article.title, a.body_only) {
                (Some(t), true) => article
                    .text
                    .strip_prefix(t.as_str())
                    .map_or(article.text.as_str(), str::trim_start),
                _ => article.text.as_str(),
            };
            writeln!(out, "{}", text.trim_end()).map_err(io)
        })?;
    }
    out.flush()?;
    Ok(())
}
