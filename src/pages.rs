//! The pages `serve` gives browsers: a home page (what the store holds, the top accusers and
//! accused, a search box), search by name, a page per entity and per article (its text with
//! mentions and facts marked at their offsets), the accusation network drawn as SVG, and a
//! query page. HTML comes from `maud`, which escapes every value it writes; the pages carry
//! no script and read the store only.

use crate::network::{self, By, Filter, Network};
use crate::store::{GraphStore, StoreError};
use maud::{html, Markup, PreEscaped, DOCTYPE};
use oxigraph::model::Literal;
use oxigraph::sparql::{CancellationToken, QueryResults};
use std::collections::{BTreeMap, HashMap};

/// The style sheet of every page (served at `/static/style.css`).
pub const STYLE: &str = concat!(
    "body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
header { background: #1f3a5f; color: #fff; padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
header a { color: #fff; }
header form { margin-left: auto; }
main { padding: 1rem; max-width: 72rem; margin: auto; }
a { color: #1f5fa8; }
a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f5b041; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; background: #fff; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
.counts li { background: #fff; border: 1px solid #ddd; padding: .5rem 1rem; }
.counts strong { display: block; font-size: 1.4rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
.article-text { background: #fff; border: 1px solid #ddd; padding: 1rem; white-space: pre-wrap; }
.article-text .evidence { background: #fdebd0; }
.article-text .evidence:target { background: #f9c74f; }
.mention { border-bottom: 2px solid #888; text-decoration: none; color: inherit; }
.mention.person { border-color: #28b463; }
.mention.organization { border-color: #f39c12; }
.mention.country { border-color: #2e86c1; }
.mention.role { border-color: #8e44ad; border-bottom-style: dotted; }
.kind { font-size: .8rem; color: #555; }
blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #f5b041; }
.rule { font-family: monospace; font-size: .8rem; color: #555; }
.network-picture { background: #fff; border: 1px solid #ddd; overflow: auto; }
.network-picture svg { max-width: 100%; height: auto; }
form.filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
textarea { width: 100%; font-family: monospace; }
@media (max-width: 40rem) { header form { margin-left: 0; } th, td { padding: .2rem; } }
",
);

const PREFIXES: &str = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
";

/// The canned queries of `queries/`, one click away on the query page.
pub const CANNED: &[(&str, &str)] = &[
    ("accusations", include_str!("../queries/accusations.rq")),
    ("denials", include_str!("../queries/denials.rq")),
    (
        "denials-with-accusations",
        include_str!("../queries/denials-with-accusations.rq"),
    ),
    ("top-accusers", include_str!("../queries/top-accusers.rq")),
    (
        "accusation-categories",
        include_str!("../queries/accusation-categories.rq"),
    ),
    (
        "accusations-against-country",
        include_str!("../queries/accusations-against-country.rq"),
    ),
    ("evidence", include_str!("../queries/evidence.rq")),
    ("people", include_str!("../queries/people.rq")),
    (
        "people-by-country",
        include_str!("../queries/people-by-country.rq"),
    ),
    ("roles", include_str!("../queries/roles.rq")),
    ("countries", include_str!("../queries/countries.rq")),
    (
        "countries-mentioned",
        include_str!("../queries/countries-mentioned.rq"),
    ),
    (
        "schema-org-view",
        include_str!("../queries/schema-org-view.rq"),
    ),
];

/// The CAMEO categories of accusations, for the network's filter.
const CATEGORIES: &[(&str, &str)] = &[
    ("111", "111 criticize or denounce"),
    ("112", "112 accuse (all kinds)"),
    ("1121", "1121 of crime, corruption"),
    ("1122", "1122 of human rights abuses"),
    ("1123", "1123 of aggression"),
    ("1124", "1124 of war crimes"),
    ("1125", "1125 of espionage, treason"),
];

type Row = HashMap<String, String>;

/// What the pages read: the store, the base its IRIs were minted under, and a token that
/// stops the page's queries at the server's deadline.
pub struct Site<'a> {
    pub store: &'a GraphStore,
    pub base: &'a str,
    pub token: CancellationToken,
}

impl Site<'_> {
    fn select(&self, query: &str) -> Result<Vec<Row>, StoreError> {
        self.store
            .select_rows(&format!("{PREFIXES}{query}"), Some(self.token.clone()))
    }

    /// The page path of an IRI: its path under the base, else `/resource?iri=`.
    pub fn href(&self, iri: &str) -> String {
        match iri.strip_prefix(self.base) {
            Some(rest) if !rest.is_empty() && !rest.contains(['?', '#']) => format!("/{rest}"),
            _ => format!(
                "/resource?iri={}",
                url::form_urlencoded::byte_serialize(iri.as_bytes()).collect::<String>()
            ),
        }
    }

    /// The link to a sentence or mention IRI (`<article>#char=b,e`): the article's page at
    /// that anchor.
    fn evidence_href(&self, sentence_iri: &str) -> String {
        match sentence_iri.split_once('#') {
            Some((article, fragment)) => format!("{}#{fragment}", self.href(article)),
            None => self.href(sentence_iri),
        }
    }

    fn count(&self, class: &str) -> Result<usize, StoreError> {
        let rows = self.select(&format!("SELECT (COUNT(*) AS ?n) WHERE {{ ?x a {class} }}"))?;
        Ok(rows
            .first()
            .and_then(|r| r.get("n"))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0))
    }
}

/// A SPARQL string literal of `s`, escaped.
fn literal(s: &str) -> String {
    Literal::new_simple_literal(s).to_string()
}

fn get<'r>(row: &'r Row, k: &str) -> &'r str {
    row.get(k).map(String::as_str).unwrap_or("")
}

fn kind_of(type_iri: &str) -> &'static str {
    match type_iri.rsplit('#').next() {
        Some("Person") => "person",
        Some("Country") => "country",
        Some("Organization") => "organization",
        Some("Article") => "article",
        _ => "",
    }
}

/// A whole page: head, header with the search box, and `body`.
pub fn layout(title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · newsgraph" }
                link rel="stylesheet" href="/static/style.css";
            }
            body {
                header {
                    a href="/" { strong { "newsgraph" } }
                    a href="/network" { "Network" }
                    a href="/ui/query" { "Query" }
                    form action="/search" method="get" role="search" {
                        label for="q" { "Search " }
                        input id="q" name="q" type="search" placeholder="a person, organization or country";
                        " "
                        button type="submit" { "Search" }
                    }
                }
                main { (body) }
            }
        }
    }
    .into_string()
}

/// The home page.
pub fn home(site: &Site) -> Result<String, StoreError> {
    let counts = [
        ("articles", site.count("ng:Article")?),
        ("people", site.count("ng:Person")?),
        ("organizations", site.count("ng:Organization")?),
        ("countries", site.count("ng:Country")?),
        ("accusations", site.count("ng:Accusation")?),
        ("denials", site.count("ng:Denial")?),
    ];
    let top = |role: &str| {
        site.select(&format!(
            "SELECT ?name ?type (COUNT(DISTINCT ?a) AS ?n) (SAMPLE(?x) AS ?x) WHERE {{
               ?a a ng:Accusation ; ng:{role} ?x . ?x schema:name ?name ; a ?type .
               FILTER(?type IN (ng:Person, ng:Organization, ng:Country))
             }} GROUP BY ?name ?type ORDER BY DESC(?n) ?name LIMIT 10"
        ))
    };
    let (accusers, accused) = (top("accuser")?, top("accused")?);
    let table = |caption: &str, rows: &[Row]| {
        html! {
            table {
                caption { (caption) }
                thead { tr { th { "Name" } th { "Kind" } th { "Accusations" } } }
                tbody {
                    @for r in rows {
                        tr {
                            td { a href=(site.href(get(r, "x"))) { (get(r, "name")) } }
                            td.kind { (kind_of(get(r, "type"))) }
                            td { (get(r, "n")) }
                        }
                    }
                }
            }
        }
    };
    let body = html! {
        h1 { "What the store holds" }
        ul.counts {
            @for (name, n) in counts {
                li { strong { (n) } (name) }
            }
        }
        p { a href="/network" { "The accusation network" } " · " a href="/ui/query" { "Ask in SPARQL" } }
        div.columns {
            div { (table("Top accusers", &accusers)) }
            div { (table("Most accused", &accused)) }
        }
    };
    Ok(layout("Home", body))
}

/// Search by name over people, organizations and countries; same-named entities of several
/// articles are one result.
pub fn search(site: &Site, q: &str) -> Result<String, StoreError> {
    let q = q.trim();
    let mut groups: BTreeMap<(String, &'static str), Vec<String>> = BTreeMap::new();
    if !q.is_empty() {
        let rows = site.select(&format!(
            "SELECT ?x ?name ?type WHERE {{
               ?x schema:name ?name ; a ?type .
               FILTER(?type IN (ng:Person, ng:Organization, ng:Country))
               FILTER(CONTAINS(LCASE(?name), LCASE({})))
             }} LIMIT 2000",
            literal(q)
        ))?;
        for r in &rows {
            groups
                .entry((get(r, "name").to_owned(), kind_of(get(r, "type"))))
                .or_default()
                .push(get(r, "x").to_owned());
        }
    }
    let body = html! {
        h1 { "Search" }
        form action="/search" method="get" {
            label for="search-q" { "Name " }
            input id="search-q" name="q" type="search" value=(q);
            " " button type="submit" { "Search" }
        }
        @if !q.is_empty() {
            p { (groups.len()) " names found for “" (q) "”" }
            table.results {
                thead { tr { th { "Name" } th { "Kind" } th { "Articles" } } }
                tbody {
                    @for ((name, kind), iris) in &groups {
                        tr {
                            td { a href=(site.href(&iris[0])) { (name) } }
                            td.kind { (kind) }
                            td { (iris.len()) }
                        }
                    }
                }
            }
        }
    };
    Ok(layout("Search", body))
}

/// What an IRI is: its type among the page kinds, if the store describes it.
pub fn type_of(site: &Site, iri: &str) -> Result<Option<&'static str>, StoreError> {
    let rows = site.select(&format!(
        "SELECT ?type WHERE {{ <{iri}> a ?type }} LIMIT 10"
    ))?;
    Ok(rows
        .iter()
        .map(|r| kind_of(get(r, "type")))
        .find(|k| !k.is_empty()))
}

fn evidence_block(site: &Site, r: &Row) -> Markup {
    html! {
        blockquote {
            (get(r, "sentence"))
            " "
            a href=(site.evidence_href(get(r, "s"))) { "in the article" }
        }
    }
}

/// A page for a person, organization or country.
pub fn entity(site: &Site, iri: &str, kind: &str) -> Result<String, StoreError> {
    let e = format!("<{iri}>");
    let about = site.select(&format!(
        "SELECT ?name ?article ?headline ?iso2 ?same WHERE {{
           {e} schema:name ?name .
           OPTIONAL {{ {e} prov:wasDerivedFrom ?article . OPTIONAL {{ ?article schema:headline ?headline }} }}
           OPTIONAL {{ {e} ng:iso2 ?iso2 }}
           OPTIONAL {{ {e} owl:sameAs ?same }}
         }} LIMIT 1"
    ))?;
    let name = about
        .first()
        .map(|r| get(r, "name").to_owned())
        .unwrap_or_default();
    let mentions = site.select(&format!(
        "SELECT ?m ?text ?b WHERE {{ {e} ng:mention ?m . ?m nif:anchorOf ?text ; nif:beginIndex ?b }} LIMIT 200"
    ))?;
    let roles = site.select(&format!(
        "SELECT ?title ?o ?oname ?s ?sentence ?rule WHERE {{
           ?r ng:holder {e} ; ng:title ?title .
           OPTIONAL {{ ?r ng:roleOf ?o . ?o schema:name ?oname }}
           OPTIONAL {{ ?r ng:rule ?rule }}
           OPTIONAL {{ ?r ng:evidence ?s . ?s nif:anchorOf ?sentence }}
         }} LIMIT 200"
    ))?;
    let members = site.select(&format!(
        "SELECT ?title ?h ?hname WHERE {{ ?r ng:roleOf {e} ; ng:title ?title ; ng:holder ?h . ?h schema:name ?hname }} LIMIT 200"
    ))?;
    let accusations = |side: &str, other: &str| {
        site.select(&format!(
            "SELECT ?a ?y ?yname ?charge ?cat ?s ?sentence ?rule WHERE {{
               ?a ng:{side} {e} ; ng:{other} ?y ; ng:evidence ?s .
               ?y schema:name ?yname . ?s nif:anchorOf ?sentence .
               OPTIONAL {{ ?a ng:charge ?charge }} OPTIONAL {{ ?a ng:category ?cat }}
               OPTIONAL {{ ?a ng:rule ?rule }}
             }} LIMIT 500"
        ))
    };
    let (made, received) = (
        accusations("accuser", "accused")?,
        accusations("accused", "accuser")?,
    );
    let denials = site.select(&format!(
        "SELECT ?d ?charge ?s ?sentence ?x ?xname ?rule WHERE {{
           ?d ng:denier {e} ; ng:evidence ?s . ?s nif:anchorOf ?sentence .
           OPTIONAL {{ ?d ng:charge ?charge }} OPTIONAL {{ ?d ng:rule ?rule }}
           OPTIONAL {{ ?d ng:answers ?a . ?a ng:accuser ?x . ?x schema:name ?xname }}
         }} LIMIT 500"
    ))?;
    let articles = site.select(&format!(
        "SELECT ?article ?headline ?date WHERE {{
           ?article schema:mentions {e} .
           OPTIONAL {{ ?article schema:headline ?headline }}
           OPTIONAL {{ ?article schema:datePublished ?date }}
         }} ORDER BY DESC(?date) LIMIT 200"
    ))?;
    let type_iri = match kind {
        "person" => "ng:Person",
        "country" => "ng:Country",
        _ => "ng:Organization",
    };
    let elsewhere = if kind == "country" {
        Vec::new()
    } else {
        site.select(&format!(
            "SELECT ?o ?headline WHERE {{
               ?o schema:name {} ; a {type_iri} . FILTER(?o != {e})
               OPTIONAL {{ ?o prov:wasDerivedFrom ?article . ?article schema:headline ?headline }}
             }} LIMIT 100",
            literal(&name)
        ))?
    };
    let cat = |r: &Row| {
        network::cameo_code(get(r, "cat"))
            .map(str::to_owned)
            .unwrap_or_default()
    };
    let body = html! {
        h1 { (name) " " span.kind { (kind) } }
        @if let Some(r) = about.first() {
            @if !get(r, "article").is_empty() {
                p { "In " a href=(site.href(get(r, "article"))) { (get(r, "headline")) } }
            }
            @if !get(r, "iso2").is_empty() {
                p { "ISO 3166: " (get(r, "iso2")) @if !get(r, "same").is_empty() { " · " a href=(get(r, "same")) rel="external" { "Wikidata" } } }
            }
        }
        @for (title, verb, rows) in [("Accusations made", "Accuses ", &made), ("Accusations received", "Accused by ", &received)] {
            section {
                h2 { (title) " (" (rows.len()) ")" }
                @for r in rows {
                    div.fact {
                        (verb) a href=(site.href(get(r, "y"))) { (get(r, "yname")) }
                        @if !get(r, "charge").is_empty() { " of “" (get(r, "charge")) "”" }
                        " " span.kind { "CAMEO " (cat(r)) } " " span.rule { (get(r, "rule")) }
                        (evidence_block(site, r))
                    }
                }
            }
        }
        section {
            h2 { "Denials (" (denials.len()) ")" }
            @for r in &denials {
                div.fact {
                    "Denies"
                    @if !get(r, "charge").is_empty() { " “" (get(r, "charge")) "”" }
                    @if !get(r, "x").is_empty() { " (answering " a href=(site.href(get(r, "x"))) { (get(r, "xname")) } ")" }
                    " " span.rule { (get(r, "rule")) }
                    (evidence_block(site, r))
                }
            }
        }
        @if !roles.is_empty() {
            section {
                h2 { "Roles" }
                @for r in &roles {
                    div.fact {
                        (get(r, "title"))
                        @if !get(r, "o").is_empty() { " of " a href=(site.href(get(r, "o"))) { (get(r, "oname")) } }
                        " " span.rule { (get(r, "rule")) }
                        @if !get(r, "s").is_empty() { (evidence_block(site, r)) }
                    }
                }
            }
        }
        @if !members.is_empty() {
            section {
                h2 { "People with a role here" }
                ul {
                    @for r in &members {
                        li { a href=(site.href(get(r, "h"))) { (get(r, "hname")) } ", " (get(r, "title")) }
                    }
                }
            }
        }
        section {
            h2 { "Mentions (" (mentions.len()) ")" }
            p {
                @for (i, r) in mentions.iter().enumerate() {
                    @if i > 0 { " · " }
                    a href=(site.evidence_href(get(r, "m"))) { (get(r, "text")) }
                }
            }
        }
        section {
            h2 { "Articles (" (articles.len()) ")" }
            ul {
                @for r in &articles {
                    li {
                        a href=(site.href(get(r, "article"))) {
                            @if get(r, "headline").is_empty() { (get(r, "article")) } @else { (get(r, "headline")) }
                        }
                        @if !get(r, "date").is_empty() { " " span.kind { (get(r, "date")) } }
                    }
                }
            }
        }
        @if !elsewhere.is_empty() {
            section {
                h2 { "The same name in other articles (" (elsewhere.len()) ")" }
                ul {
                    @for r in &elsewhere {
                        li { a href=(site.href(get(r, "o"))) { (name) } " in " (get(r, "headline")) }
                    }
                }
            }
        }
    };
    Ok(layout(&name, body))
}

/// A page for an article: its text with mentions and evidence sentences marked at their
/// offsets, and its facts beside it with their rule ids.
pub fn article(site: &Site, iri: &str) -> Result<String, StoreError> {
    let a = format!("<{iri}>");
    let about = site.select(&format!(
        "SELECT ?text ?headline ?date ?url ?source ?id WHERE {{
           {a} nif:isString ?text .
           OPTIONAL {{ {a} schema:headline ?headline }} OPTIONAL {{ {a} schema:datePublished ?date }}
           OPTIONAL {{ {a} schema:url ?url }} OPTIONAL {{ {a} ng:source ?source }}
           OPTIONAL {{ {a} ng:identifier ?id }}
         }} LIMIT 1"
    ))?;
    let Some(about) = about.into_iter().next() else {
        return Ok(layout(
            "Article",
            html! { h1 { "No text for this article" } },
        ));
    };
    let mentions = site.select(&format!(
        "SELECT ?m ?b ?e ?x ?type WHERE {{
           ?m a ng:Mention ; ng:article {a} ; nif:beginIndex ?b ; nif:endIndex ?e .
           OPTIONAL {{ ?m ng:denotes ?x . ?x a ?type FILTER(?type IN (ng:Person, ng:Organization, ng:Country)) }}
         }}"
    ))?;
    let facts = site.select(&format!(
        "SELECT ?f ?type ?xname ?x ?yname ?y ?charge ?cat ?rule ?s ?sb ?se WHERE {{
           ?f prov:wasDerivedFrom {a} ; a ?type ; ng:evidence ?s .
           FILTER(?type IN (ng:Accusation, ng:Denial, ng:Role))
           ?s nif:beginIndex ?sb ; nif:endIndex ?se .
           OPTIONAL {{ ?f ng:rule ?rule }} OPTIONAL {{ ?f ng:charge ?charge }} OPTIONAL {{ ?f ng:category ?cat }}
           OPTIONAL {{ ?f ng:accuser|ng:denier|ng:holder ?x . ?x schema:name ?xname }}
           OPTIONAL {{ ?f ng:accused|ng:roleOf ?y . ?y schema:name ?yname }}
           OPTIONAL {{ ?f ng:title ?title }}
         }}"
    ))?;
    let credits = site.select(&format!(
        "SELECT ?x ?name ?role WHERE {{
           {{ {a} schema:author ?x BIND(\"author\" AS ?role) }}
           UNION {{ {a} schema:publisher ?x BIND(\"publisher\" AS ?role) }}
           ?x schema:name ?name
         }}"
    ))?;
    let text = get(&about, "text");
    let chars: Vec<char> = text.chars().collect();
    let num = |r: &Row, k: &str| get(r, k).parse::<usize>().ok();
    // evidence sentences, and mentions inside them, as non-overlapping ranges
    let mut sentences: Vec<(usize, usize)> = facts
        .iter()
        .filter_map(|r| Some((num(r, "sb")?, num(r, "se")?)))
        .filter(|&(b, e)| b < e && e <= chars.len())
        .collect();
    sentences.sort_unstable();
    sentences.dedup();
    let mut marks: Vec<(usize, usize, String, String)> = mentions
        .iter()
        .filter_map(|r| {
            let (b, e) = (num(r, "b")?, num(r, "e")?);
            let kind = match kind_of(get(r, "type")) {
                "" => "role",
                k => k,
            };
            let href = match get(r, "x") {
                "" => String::new(),
                x => site.href(x),
            };
            (b < e && e <= chars.len()).then(|| (b, e, kind.to_owned(), href))
        })
        .collect();
    marks.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let text_html = mark_text(&chars, &sentences, &marks);
    let kind_name = |t: &str| t.rsplit('#').next().unwrap_or("").to_owned();
    let mut facts_sorted = facts.clone();
    facts_sorted.sort_by_key(|r| (num(r, "sb"), get(r, "f").to_owned()));
    facts_sorted.dedup_by(|a, b| get(a, "f") == get(b, "f"));
    let headline = match get(&about, "headline") {
        "" => get(&about, "id").to_owned(),
        h => h.to_owned(),
    };
    let body = html! {
        h1 { (headline) }
        p.kind {
            @let authors: Vec<&Row> = credits.iter().filter(|r| get(r, "role") == "author").collect();
            @if !authors.is_empty() {
                "by "
                @for (i, r) in authors.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(site.href(get(r, "x"))) { (get(r, "name")) }
                }
                " · "
            }
            @for r in credits.iter().filter(|r| get(r, "role") == "publisher") {
                a href=(site.href(get(r, "x"))) { (get(r, "name")) } " · "
            }
            @if !get(&about, "date").is_empty() { (get(&about, "date")) " · " }
            @if !get(&about, "url").is_empty() { a href=(get(&about, "url")) rel="external nofollow" { "original" } " · " }
            "source " (get(&about, "source"))
        }
        div.columns {
            div {
                h2 { "Text" }
                div.article-text { (PreEscaped(text_html)) }
            }
            div {
                h2 { "Facts (" (facts_sorted.len()) ")" }
                table {
                    thead { tr { th { "Fact" } th { "Who" } th { "Whom / of" } th { "Rule" } } }
                    tbody {
                        @for r in &facts_sorted {
                            tr {
                                td {
                                    a href=(format!("#char={},{}", get(r, "sb"), get(r, "se"))) { (kind_name(get(r, "type"))) }
                                    @if !get(r, "charge").is_empty() { br; "“" (get(r, "charge")) "”" }
                                    @if let Some(c) = network::cameo_code(get(r, "cat")) { br; span.kind { "CAMEO " (c) } }
                                }
                                td { @if !get(r, "x").is_empty() { a href=(site.href(get(r, "x"))) { (get(r, "xname")) } } }
                                td { @if !get(r, "y").is_empty() { a href=(site.href(get(r, "y"))) { (get(r, "yname")) } } }
                                td.rule { (get(r, "rule")) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout(&headline, body))
}

/// The text as HTML: evidence sentences as spans with their `char=b,e` id, mentions inside
/// them as links to their entity; everything escaped.
fn mark_text(
    chars: &[char],
    sentences: &[(usize, usize)],
    marks: &[(usize, usize, String, String)],
) -> String {
    let escape = |s: &str| maud::html! { (s) }.into_string();
    let mut out = String::new();
    let mut at = 0;
    let mut mark_i = 0;
    let push_plain = |out: &mut String, from: usize, to: usize, mark_i: &mut usize| {
        // the stretch [from, to) with the mentions that fall wholly inside it
        let mut k = from;
        while *mark_i < marks.len() && marks[*mark_i].0 < to {
            let (b, e, kind, href) = &marks[*mark_i];
            *mark_i += 1;
            if *b < k || *e > to {
                continue; // overlaps what is written already, or crosses the stretch's end
            }
            out.push_str(&escape(&chars[k..*b].iter().collect::<String>()));
            let inner = escape(&chars[*b..*e].iter().collect::<String>());
            if href.is_empty() {
                out.push_str(&format!("<span class=\"mention {kind}\">{inner}</span>"));
            } else {
                out.push_str(&format!(
                    "<a class=\"mention {kind}\" href=\"{}\">{inner}</a>",
                    escape(href)
                ));
            }
            k = *e;
        }
        out.push_str(&escape(&chars[k..to].iter().collect::<String>()));
    };
    for &(b, e) in sentences {
        if b < at {
            continue;
        }
        push_plain(&mut out, at, b, &mut mark_i);
        out.push_str(&format!("<span class=\"evidence\" id=\"char={b},{e}\">"));
        push_plain(&mut out, b, e, &mut mark_i);
        out.push_str("</span>");
        at = e;
    }
    push_plain(&mut out, at, chars.len(), &mut mark_i);
    out
}

/// The filters and layout of the network page, from its query parameters.
pub struct NetworkParams {
    pub by: By,
    pub filter: Filter,
}

impl NetworkParams {
    pub fn from_query(params: &[(String, String)]) -> Result<Self, String> {
        let p = |name: &str| {
            params
                .iter()
                .find(|(k, v)| k == name && !v.is_empty())
                .map(|(_, v)| v.clone())
        };
        let by = match p("by").as_deref() {
            None | Some("actor") => By::Actor,
            Some("country") => By::Country,
            Some(other) => return Err(format!("by={other:?}: use actor or country")),
        };
        let category = p("category");
        if let Some(c) = &category {
            if !CATEGORIES.iter().any(|(k, _)| k == c) {
                return Err(format!("category={c:?}: use one of 111, 112, 1121-1125"));
            }
        }
        let day = |name: &str| -> Result<Option<String>, String> {
            match p(name) {
                Some(d) if !crate::input::is_calendar_date(&d) => {
                    Err(format!("{name}={d:?}: use a day as YYYY-MM-DD"))
                }
                d => Ok(d),
            }
        };
        let top = match p("top") {
            Some(t) => t
                .parse::<usize>()
                .ok()
                .filter(|&t| (1..=500).contains(&t))
                .ok_or_else(|| format!("top={t:?}: use a number from 1 to 500"))?,
            None => 60,
        };
        Ok(Self {
            by,
            filter: Filter {
                category,
                since: day("since")?,
                until: day("until")?,
                top,
            },
        })
    }

    /// The same filters as query parameters.
    fn query_string(&self) -> String {
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        s.append_pair(
            "by",
            if self.by == By::Country {
                "country"
            } else {
                "actor"
            },
        );
        if let Some(c) = &self.filter.category {
            s.append_pair("category", c);
        }
        if let Some(d) = &self.filter.since {
            s.append_pair("since", d);
        }
        if let Some(d) = &self.filter.until {
            s.append_pair("until", d);
        }
        s.append_pair("top", &self.filter.top.to_string());
        s.finish()
    }
}

/// The network of the store under these filters.
pub fn network_of(site: &Site, params: &NetworkParams) -> Result<Network, StoreError> {
    network::network_cancellable(
        site.store,
        params.by,
        &params.filter,
        Some(site.token.clone()),
    )
}

/// The network page: filters, the picture (links to each node's page and each edge's
/// evidence), the edges as a table, and the files to download.
pub fn network_page(site: &Site, params: &NetworkParams) -> Result<String, StoreError> {
    let net = network_of(site, params)?;
    let qs = params.query_string();
    let edge_href = |s: &network::Node, t: &network::Node| {
        let mut q = url::form_urlencoded::Serializer::new(qs.clone());
        q.append_pair("source", &s.id);
        q.append_pair("target", &t.id);
        Some(format!("/network/edge?{}", q.finish()))
    };
    let svg = net.to_svg(960.0, 640.0, &|n| Some(site.href(&n.iri)), &edge_href);
    let mut edges: Vec<&network::Edge> = net.edges.iter().collect();
    edges.sort_by(|a, b| b.weight.cmp(&a.weight));
    let f = &params.filter;
    let body = html! {
        h1 { "Who accuses whom" }
        form.filters action="/network" method="get" {
            label { "Nodes " select name="by" {
                option value="actor" selected[params.by == By::Actor] { "actors" }
                option value="country" selected[params.by == By::Country] { "countries" }
            } }
            label { "Category " select name="category" {
                option value="" { "all" }
                @for (code, name) in CATEGORIES {
                    option value=(code) selected[f.category.as_deref() == Some(*code)] { (name) }
                }
            } }
            label { "From " input type="date" name="since" value=(f.since.clone().unwrap_or_default()); }
            label { "To " input type="date" name="until" value=(f.until.clone().unwrap_or_default()); }
            label { "Nodes at most " input type="number" name="top" min="1" max="500" value=(f.top); }
            button type="submit" { "Draw" }
        }
        p {
            (net.nodes.len()) " nodes, " (net.edges.len()) " edges, "
            (net.edges.iter().map(|e| e.weight).sum::<usize>()) " accusations."
            @if net.without_country > 0 { " " (net.without_country) " left out: a side with no known country." }
            " Download: "
            @for (i, fmt) in ["dot", "graphml", "gexf", "svg"].iter().enumerate() {
                @if i > 0 { ", " }
                a href=(format!("/network?{qs}&format={fmt}")) { (fmt.to_uppercase()) }
            }
        }
        div.network-picture { (PreEscaped(svg)) }
        h2 { "Edges" }
        table.edges {
            thead { tr { th { "Accuser" } th { "Accused" } th { "Accusations" } th { "Categories" } } }
            tbody {
                @for e in &edges {
                    @let (s, t) = (&net.nodes[e.source], &net.nodes[e.target]);
                    tr {
                        td { a href=(site.href(&s.iri)) { (s.label) } }
                        td { a href=(site.href(&t.iri)) { (t.label) } }
                        td { a href=(edge_href(s, t).unwrap_or_default()) { (e.weight) } }
                        td { @for (c, n) in &e.categories { (c) " ×" (n) " " } }
                    }
                }
            }
        }
    };
    Ok(layout("Network", body))
}

/// The evidence of one edge of the network.
pub fn edge_page(
    site: &Site,
    params: &NetworkParams,
    source: &str,
    target: &str,
) -> Result<Option<String>, StoreError> {
    // (all of the network: the edge may join nodes past the picture's `top`)
    let all = NetworkParams {
        by: params.by,
        filter: Filter {
            top: 0,
            ..params.filter.clone()
        },
    };
    let net = network_of(site, &all)?;
    let find = |id: &str| net.nodes.iter().position(|n| n.id == id);
    let (Some(s), Some(t)) = (find(source), find(target)) else {
        return Ok(None);
    };
    let Some(edge) = net.edges.iter().find(|e| e.source == s && e.target == t) else {
        return Ok(None);
    };
    let (sn, tn) = (&net.nodes[s], &net.nodes[t]);
    let title = format!("{} accuses {}", sn.label, tn.label);
    let body = html! {
        h1 {
            a href=(site.href(&sn.iri)) { (sn.label) } " accuses " a href=(site.href(&tn.iri)) { (tn.label) }
        }
        p { (edge.weight) " accusations. " a href=(format!("/network?{}", params.query_string())) { "Back to the network" } }
        @for ev in &edge.evidence {
            div.fact {
                @if let Some(c) = &ev.charge { "“" (c) "” " }
                @if let Some(c) = &ev.category { span.kind { "CAMEO " (c) } " " }
                @if let Some(d) = &ev.date { span.kind { (d) } }
                blockquote.evidence-sentence {
                    (ev.sentence) " "
                    a href=(site.evidence_href(&ev.sentence_iri)) { "in the article" }
                }
            }
        }
    };
    Ok(Some(layout(&title, body)))
}

/// The query page: a SPARQL editor with the canned queries one click away, and the results of
/// a query as a table. Only queries run here (an update is refused by the parser).
pub fn query_page(site: &Site, query: Option<&str>, row_limit: usize) -> String {
    let text = query.unwrap_or(CANNED[0].1);
    let result: Option<Result<(Vec<String>, Vec<Vec<String>>, bool), String>> = query.map(|q| {
        let results = site
            .store
            .query_cancellable(q, Some(site.token.clone()))
            .map_err(|e| e.to_string())?;
        let mut truncated = false;
        match results {
            QueryResults::Solutions(solutions) => {
                let vars: Vec<String> = solutions
                    .variables()
                    .iter()
                    .map(|v| v.as_str().to_owned())
                    .collect();
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.map_err(|e| e.to_string())?;
                    if rows.len() == row_limit {
                        truncated = true;
                        break;
                    }
                    rows.push(
                        vars.iter()
                            .map(|v| {
                                s.get(v.as_str())
                                    .map(crate::store::term_text)
                                    .unwrap_or_default()
                            })
                            .collect(),
                    );
                }
                Ok((vars, rows, truncated))
            }
            QueryResults::Boolean(b) => {
                Ok((vec!["answer".into()], vec![vec![b.to_string()]], false))
            }
            QueryResults::Graph(triples) => {
                let mut rows = Vec::new();
                for t in triples {
                    let t = t.map_err(|e| e.to_string())?;
                    if rows.len() == row_limit {
                        truncated = true;
                        break;
                    }
                    rows.push(vec![
                        t.subject.to_string(),
                        t.predicate.to_string(),
                        t.object.to_string(),
                    ]);
                }
                Ok((
                    vec!["subject".into(), "predicate".into(), "object".into()],
                    rows,
                    truncated,
                ))
            }
        }
    });
    let cell = |v: &str| {
        if v.starts_with("http://") || v.starts_with("https://") {
            html! { a href=(site.href(v)) { (v) } }
        } else {
            html! { (v) }
        }
    };
    let body = html! {
        h1 { "Ask in SPARQL" }
        p.canned {
            "Canned queries: "
            @for (i, (name, q)) in CANNED.iter().enumerate() {
                @if i > 0 { " · " }
                a href=(format!("/ui/query?query={}", url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>())) { (name) }
            }
        }
        form action="/ui/query" method="get" {
            label for="query" { "Query" }
            textarea id="query" name="query" rows="14" { (text) }
            button type="submit" { "Run" }
        }
        @if let Some(r) = &result {
            @match r {
                Err(e) => { p.error role="alert" { "The query failed: " (e) } }
                Ok((vars, rows, truncated)) => {
                    p { (rows.len()) " rows" @if *truncated { " (the first " (row_limit) ")" } }
                    table.results {
                        thead { tr { @for v in vars { th { (v) } } } }
                        tbody { @for row in rows { tr { @for v in row { td { (cell(v)) } } } } }
                    }
                }
            }
        }
    };
    layout("Query", body)
}

/// The page of an error.
pub fn error_page(title: &str, message: &str) -> String {
    layout(title, html! { h1 { (title) } p { (message) } })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_marks_nest_in_sentences() {
        let chars: Vec<char> = "<b>Ann</b> & Bo said.".chars().collect();
        let html = mark_text(
            &chars,
            &[(0, 21)],
            &[
                (3, 6, "person".into(), "/p/ann".into()),
                (4, 5, "role".into(), String::new()),
            ],
        );
        assert_eq!(
            html,
            "<span class=\"evidence\" id=\"char=0,21\">&lt;b&gt;<a class=\"mention person\" href=\"/p/ann\">Ann</a>&lt;/b&gt; &amp; Bo said.</span>"
        );
    }

    #[test]
    fn network_parameters_are_checked() {
        let q = |s: &str| -> Vec<(String, String)> {
            url::form_urlencoded::parse(s.as_bytes())
                .into_owned()
                .collect()
        };
        assert!(
            NetworkParams::from_query(&q("by=country&category=1121&since=1987-01-01&top=10"))
                .is_ok()
        );
        for bad in [
            "by=planet",
            "category=42",
            "since=1987-02-30",
            "top=0",
            "top=x",
        ] {
            assert!(NetworkParams::from_query(&q(bad)).is_err(), "{bad}");
        }
    }
}
