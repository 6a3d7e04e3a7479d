//! The accusation network: who accuses whom, read from a store, as a weighted directed graph
//! of actors (people, organizations, countries) or of countries, with the CAMEO categories
//! and the evidence of each edge; written as DOT (Graphviz), GraphML and GEXF (Gephi,
//! networkx) and SVG (drawn here, with no script and nothing fetched).
//!
//! People and organizations are nodes of one article in the graph (one node per person per
//! article); the network joins those of the same kind and name across articles, so that
//! "Tony Blair" of forty articles is one node. Countries are shared already.

use crate::store::{GraphStore, StoreError};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    /// Each accuser and accused (people and organizations joined by name across articles).
    Actor,
    /// The country each side is, belongs to or speaks for; sides with no known country are
    /// left out.
    Country,
}

/// Which accusations count.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// A CAMEO code or its prefix: "112" keeps 112 and 1121-1125.
    pub category: Option<String>,
    /// Articles dated on or after this day (YYYY-MM-DD); undated articles are left out.
    pub since: Option<String>,
    /// Articles dated on or before this day.
    pub until: Option<String>,
    /// Keep the nodes of the heaviest edges, at most this many nodes (0: all).
    pub top: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Person,
    Organization,
    Country,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Country => "country",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Node {
    /// A stable id: the country's IRI, or kind and name.
    pub id: String,
    /// The IRI of the node's first entity (its page).
    pub iri: String,
    pub label: String,
    pub kind: Kind,
    /// Accusations made and received.
    pub made: usize,
    pub received: usize,
}

/// One accusation behind an edge.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub accusation: String,
    pub article: String,
    /// The evidence sentence's IRI (`<article>#char=b,e`) and text.
    pub sentence_iri: String,
    pub sentence: String,
    pub date: Option<String>,
    pub category: Option<String>,
    pub charge: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Edge {
    pub source: usize,
    pub target: usize,
    /// Number of accusations.
    pub weight: usize,
    /// CAMEO code -> accusations.
    pub categories: BTreeMap<String, usize>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Default)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// Accusations left out because a side has no country (by country).
    pub without_country: usize,
}

const PREFIXES: &str = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
";

/// Every accusation with both sides, its evidence, category, charge, date, and the country
/// of each side (itself; an organization's country; the country of a person's role, directly
/// or through the role's organization), as `queries/accusations.rq` reads it.
const ACCUSATIONS: &str = "SELECT * WHERE {
  ?a a ng:Accusation ; ng:accuser ?x ; ng:accused ?y ; ng:evidence ?s .
  ?s ng:article ?article ; nif:anchorOf ?sentence .
  ?x schema:name ?xname ; a ?xtype . ?y schema:name ?yname ; a ?ytype .
  FILTER(?xtype IN (ng:Person, ng:Organization, ng:Country))
  FILTER(?ytype IN (ng:Person, ng:Organization, ng:Country))
  OPTIONAL { ?a ng:category ?cat }
  OPTIONAL { ?a ng:charge ?charge }
  OPTIONAL { ?article schema:datePublished ?date }
}";

/// The country of each of a set of actors (`VALUES ?e`): itself; an organization's country;
/// the country of a person's role, directly or through the role's organization; the lowest
/// rank first, as `queries/accusations.rq` reads it.
const COUNTRIES: &str = "SELECT ?e ?c ?rank WHERE {
  VALUES ?e { #ACTORS# }
  { ?e ng:iso2 ?i BIND(?e AS ?c) BIND(1 AS ?rank) }
  UNION { ?e ng:country ?c BIND(2 AS ?rank) }
  UNION { ?r ng:holder ?e ; ng:roleOf ?c . ?c ng:iso2 ?i BIND(3 AS ?rank) }
  UNION { ?r ng:holder ?e ; ng:roleOf ?o . ?o ng:country ?c BIND(4 AS ?rank) }
}";

fn kind_of(type_iri: &str) -> Kind {
    match type_iri.rsplit('#').next() {
        Some("Person") => Kind::Person,
        Some("Country") => Kind::Country,
        _ => Kind::Organization,
    }
}

/// The CAMEO code of a category IRI (`ng:cameo-1121` -> "1121").
pub fn cameo_code(category_iri: &str) -> Option<&str> {
    category_iri.rsplit_once("cameo-").map(|(_, c)| c)
}

/// The network of the store's accusations.
pub fn network(store: &GraphStore, by: By, filter: &Filter) -> Result<Network, StoreError> {
    network_cancellable(store, by, filter, None)
}

/// Like [`network`]; cancelling `token` stops its queries.
pub fn network_cancellable(
    store: &GraphStore,
    by: By,
    filter: &Filter,
    token: Option<oxigraph::sparql::CancellationToken>,
) -> Result<Network, StoreError> {
    let rows = store.select_rows(&format!("{PREFIXES}{ACCUSATIONS}"), token.clone())?;
    // one accusation may come in several rows (types, roles): the first, with the first
    // country found on each side
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut accusations: Vec<HashMap<String, String>> = Vec::new();
    for row in rows {
        let a = row.get("a").cloned().unwrap_or_default();
        match seen.get(&a) {
            Some(&i) => {
                let kept = &mut accusations[i];
                for (k, v) in row {
                    kept.entry(k).or_insert(v);
                }
            }
            None => {
                seen.insert(a, accusations.len());
                accusations.push(row);
            }
        }
    }
    accusations.sort_by(|a, b| a.get("a").cmp(&b.get("a")));
    let countries = if by == By::Country {
        countries_of(store, &accusations, token.clone())?
    } else {
        HashMap::new()
    };
    let mut net = Network::default();
    let mut node_index: HashMap<String, usize> = HashMap::new();
    let mut edge_index: HashMap<(usize, usize), usize> = HashMap::new();
    for row in &accusations {
        let get = |k: &str| row.get(k).cloned();
        let category = get("cat").and_then(|c| cameo_code(&c).map(str::to_owned));
        if let Some(want) = &filter.category {
            if !category
                .as_deref()
                .is_some_and(|c| c.starts_with(want.as_str()))
            {
                continue;
            }
        }
        let date = get("date");
        if filter.since.is_some() || filter.until.is_some() {
            let Some(d) = date.as_deref() else { continue };
            if filter.since.as_deref().is_some_and(|s| d < s)
                || filter.until.as_deref().is_some_and(|u| d > u)
            {
                continue;
            }
        }
        let side = |iri: &str, name: &str, kind: Kind| -> Option<(String, String, String, Kind)> {
            match by {
                By::Actor => {
                    let id = if kind == Kind::Country {
                        iri.to_owned()
                    } else {
                        format!("{}:{}", kind.as_str(), name.to_lowercase())
                    };
                    Some((id, iri.to_owned(), name.to_owned(), kind))
                }
                By::Country => {
                    let c = countries.get(iri)?;
                    Some((c.clone(), c.clone(), String::new(), Kind::Country))
                }
            }
        };
        let x = side(
            &get("x").unwrap_or_default(),
            &get("xname").unwrap_or_default(),
            kind_of(&get("xtype").unwrap_or_default()),
        );
        let y = side(
            &get("y").unwrap_or_default(),
            &get("yname").unwrap_or_default(),
            kind_of(&get("ytype").unwrap_or_default()),
        );
        let (Some(x), Some(y)) = (x, y) else {
            net.without_country += 1;
            continue;
        };
        // a country accusing itself (a minister of his own government) is no edge
        if x.0 == y.0 {
            continue;
        }
        let mut node = |(id, iri, label, kind): (String, String, String, Kind)| -> usize {
            *node_index.entry(id.clone()).or_insert_with(|| {
                net.nodes.push(Node {
                    id,
                    iri,
                    label,
                    kind,
                    made: 0,
                    received: 0,
                });
                net.nodes.len() - 1
            })
        };
        let (s, t) = (node(x), node(y));
        net.nodes[s].made += 1;
        net.nodes[t].received += 1;
        let e = *edge_index.entry((s, t)).or_insert_with(|| {
            net.edges.push(Edge {
                source: s,
                target: t,
                weight: 0,
                categories: BTreeMap::new(),
                evidence: Vec::new(),
            });
            net.edges.len() - 1
        });
        let edge = &mut net.edges[e];
        edge.weight += 1;
        if let Some(c) = &category {
            *edge.categories.entry(c.clone()).or_default() += 1;
        }
        edge.evidence.push(Evidence {
            accusation: get("a").unwrap_or_default(),
            article: get("article").unwrap_or_default(),
            sentence_iri: get("s").unwrap_or_default(),
            sentence: get("sentence").unwrap_or_default(),
            date,
            category,
            charge: get("charge"),
        });
    }
    if by == By::Country {
        name_countries(store, &mut net, token)?;
    }
    if filter.top > 0 && net.nodes.len() > filter.top {
        net = net.top(filter.top);
    }
    Ok(net)
}

/// The country of each side of the accusations (see [`COUNTRIES`]).
fn countries_of(
    store: &GraphStore,
    accusations: &[HashMap<String, String>],
    token: Option<oxigraph::sparql::CancellationToken>,
) -> Result<HashMap<String, String>, StoreError> {
    let mut actors: Vec<&str> = accusations
        .iter()
        .flat_map(|r| [r.get("x"), r.get("y")])
        .flatten()
        .map(String::as_str)
        .collect();
    actors.sort_unstable();
    actors.dedup();
    let mut best: HashMap<String, (u32, String)> = HashMap::new();
    for chunk in actors.chunks(2000) {
        let values: String = chunk.iter().map(|e| format!("<{e}> ")).collect();
        let query = COUNTRIES.replace("#ACTORS#", &values);
        for row in store.select_rows(&format!("{PREFIXES}{query}"), token.clone())? {
            let (Some(e), Some(c)) = (row.get("e"), row.get("c")) else {
                continue;
            };
            let rank: u32 = row.get("rank").and_then(|r| r.parse().ok()).unwrap_or(9);
            let slot = best.entry(e.clone()).or_insert((u32::MAX, String::new()));
            if (rank, c) < (slot.0, &slot.1) {
                *slot = (rank, c.clone());
            }
        }
    }
    Ok(best.into_iter().map(|(e, (_, c))| (e, c)).collect())
}

/// Country nodes get their names from the store.
fn name_countries(
    store: &GraphStore,
    net: &mut Network,
    token: Option<oxigraph::sparql::CancellationToken>,
) -> Result<(), StoreError> {
    if net.nodes.is_empty() {
        return Ok(());
    }
    let values: String = net.nodes.iter().map(|n| format!("<{}> ", n.iri)).collect();
    let rows = store.select_rows(
        &format!("{PREFIXES}SELECT ?c (SAMPLE(?n) AS ?name) WHERE {{ VALUES ?c {{ {values} }} ?c schema:name ?n }} GROUP BY ?c"),
        token,
    )?;
    let names: HashMap<&str, &str> = rows
        .iter()
        .filter_map(|r| Some((r.get("c")?.as_str(), r.get("name")?.as_str())))
        .collect();
    for n in &mut net.nodes {
        n.label = names
            .get(n.iri.as_str())
            .map(|s| (*s).to_owned())
            .unwrap_or_else(|| n.iri.rsplit('/').next().unwrap_or("").to_owned());
    }
    Ok(())
}

impl Network {
    /// The subgraph of the `n` nodes with the most accusations made and received.
    fn top(self, n: usize) -> Network {
        let mut order: Vec<usize> = (0..self.nodes.len()).collect();
        order.sort_by(|&a, &b| {
            let wa = self.nodes[a].made + self.nodes[a].received;
            let wb = self.nodes[b].made + self.nodes[b].received;
            wb.cmp(&wa).then(self.nodes[a].id.cmp(&self.nodes[b].id))
        });
        let mut new_index = vec![usize::MAX; self.nodes.len()];
        let mut nodes = Vec::new();
        for &i in order.iter().take(n) {
            new_index[i] = nodes.len();
            nodes.push(self.nodes[i].clone());
        }
        let edges = self
            .edges
            .into_iter()
            .filter(|e| new_index[e.source] != usize::MAX && new_index[e.target] != usize::MAX)
            .map(|mut e| {
                e.source = new_index[e.source];
                e.target = new_index[e.target];
                e
            })
            .collect();
        Network {
            nodes,
            edges,
            without_country: self.without_country,
        }
    }

    /// Node positions in a `width` x `height` box: a force-directed layout
    /// (Fruchterman-Reingold), started on a circle in node order, so the same network is
    /// always drawn the same way.
    pub fn layout(&self, width: f64, height: f64) -> Vec<(f64, f64)> {
        let n = self.nodes.len();
        if n == 0 {
            return Vec::new();
        }
        let (cx, cy) = (width / 2.0, height / 2.0);
        let radius = width.min(height) * 0.38;
        let mut pos: Vec<(f64, f64)> = (0..n)
            .map(|i| {
                let a = std::f64::consts::TAU * i as f64 / n as f64;
                (cx + radius * a.cos(), cy + radius * a.sin())
            })
            .collect();
        if n == 1 {
            return vec![(cx, cy)];
        }
        let k = (width * height / n as f64).sqrt() * 0.4;
        let mut temperature = width / 10.0;
        for _ in 0..300 {
            let mut disp = vec![(0.0f64, 0.0f64); n];
            for i in 0..n {
                for j in i + 1..n {
                    let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                    let d = (dx * dx + dy * dy).sqrt().max(0.01);
                    // (nodes far apart do not push: parts that are not joined stay near)
                    if d > 2.0 * k {
                        continue;
                    }
                    let f = k * k / d;
                    disp[i].0 += dx / d * f;
                    disp[i].1 += dy / d * f;
                    disp[j].0 -= dx / d * f;
                    disp[j].1 -= dy / d * f;
                }
            }
            for e in &self.edges {
                let (s, t) = (e.source, e.target);
                let (dx, dy) = (pos[s].0 - pos[t].0, pos[s].1 - pos[t].1);
                let d = (dx * dx + dy * dy).sqrt().max(0.01);
                let f = d * d / k;
                disp[s].0 -= dx / d * f;
                disp[s].1 -= dy / d * f;
                disp[t].0 += dx / d * f;
                disp[t].1 += dy / d * f;
            }
            for i in 0..n {
                // a pull to the middle keeps the parts that are not joined together
                let (gx, gy) = (cx - pos[i].0, cy - pos[i].1);
                let g = (gx * gx + gy * gy).sqrt();
                disp[i].0 += gx * g / k * 0.1;
                disp[i].1 += gy * g / k * 0.1;
                let d = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1)
                    .sqrt()
                    .max(0.01);
                let step = d.min(temperature);
                pos[i].0 += disp[i].0 / d * step;
                pos[i].1 += disp[i].1 / d * step;
            }
            temperature = (temperature * 0.98).max(1.0);
        }
        // scaled into the box, with room for the labels
        let (mx, my) = (width * 0.12, height * 0.08);
        let (min_x, max_x) = pos
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
        let (min_y, max_y) = pos
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        let sx = (width - 2.0 * mx) / (max_x - min_x).max(1.0);
        let sy = (height - 2.0 * my) / (max_y - min_y).max(1.0);
        let scale = sx.min(sy);
        let (ox, oy) = (
            (width - (max_x - min_x) * scale) / 2.0,
            (height - (max_y - min_y) * scale) / 2.0,
        );
        for p in &mut pos {
            p.0 = ox + (p.0 - min_x) * scale;
            p.1 = oy + (p.1 - min_y) * scale;
        }
        pos
    }

    fn categories_text(e: &Edge) -> String {
        e.categories
            .iter()
            .map(|(c, n)| format!("{c}:{n}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Graphviz DOT.
    pub fn to_dot(&self) -> String {
        fn quote(s: &str) -> String {
            format!(
                "\"{}\"",
                s.replace('\\', "\\\\")
                    .replace('"', "\\\"")
                    .replace('\n', " ")
            )
        }
        let mut out = String::from("digraph accusations {\n  node [shape=ellipse];\n");
        for (i, n) in self.nodes.iter().enumerate() {
            let _ = writeln!(
                out,
                "  n{i} [label={}, kind={}, iri={}, made={}, received={}];",
                quote(&n.label),
                quote(n.kind.as_str()),
                quote(&n.iri),
                n.made,
                n.received
            );
        }
        for e in &self.edges {
            let _ = writeln!(
                out,
                "  n{} -> n{} [weight={w}, label=\"{w}\", penwidth={p:.1}, categories={}];",
                e.source,
                e.target,
                quote(&Self::categories_text(e)),
                w = e.weight,
                p = 1.0 + (e.weight as f64).ln(),
            );
        }
        out.push_str("}\n");
        out
    }

    /// GraphML (networkx, Gephi, yEd).
    pub fn to_graphml(&self) -> String {
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        );
        for (id, on, name, ty) in [
            ("label", "node", "label", "string"),
            ("kind", "node", "kind", "string"),
            ("iri", "node", "iri", "string"),
            ("made", "node", "made", "int"),
            ("received", "node", "received", "int"),
            ("weight", "edge", "weight", "int"),
            ("categories", "edge", "categories", "string"),
        ] {
            let _ = writeln!(
                out,
                "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
            );
        }
        out.push_str("  <graph id=\"accusations\" edgedefault=\"directed\">\n");
        for (i, n) in self.nodes.iter().enumerate() {
            let _ = writeln!(
                out,
                "    <node id=\"n{i}\"><data key=\"label\">{}</data><data key=\"kind\">{}</data><data key=\"iri\">{}</data><data key=\"made\">{}</data><data key=\"received\">{}</data></node>",
                xml(&n.label),
                n.kind.as_str(),
                xml(&n.iri),
                n.made,
                n.received
            );
        }
        for (i, e) in self.edges.iter().enumerate() {
            let _ = writeln!(
                out,
                "    <edge id=\"e{i}\" source=\"n{}\" target=\"n{}\"><data key=\"weight\">{}</data><data key=\"categories\">{}</data></edge>",
                e.source,
                e.target,
                e.weight,
                xml(&Self::categories_text(e))
            );
        }
        out.push_str("  </graph>\n</graphml>\n");
        out
    }

    /// GEXF 1.2 (Gephi, networkx).
    pub fn to_gexf(&self) -> String {
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n  <meta><creator>newsgraph</creator><description>who accuses whom</description></meta>\n  <graph mode=\"static\" defaultedgetype=\"directed\">\n",
        );
        out.push_str("    <attributes class=\"node\">\n      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n      <attribute id=\"iri\" title=\"iri\" type=\"string\"/>\n      <attribute id=\"made\" title=\"made\" type=\"integer\"/>\n      <attribute id=\"received\" title=\"received\" type=\"integer\"/>\n    </attributes>\n");
        out.push_str("    <attributes class=\"edge\">\n      <attribute id=\"categories\" title=\"categories\" type=\"string\"/>\n    </attributes>\n    <nodes>\n");
        for (i, n) in self.nodes.iter().enumerate() {
            let _ = writeln!(
                out,
                "      <node id=\"n{i}\" label=\"{}\"><attvalues><attvalue for=\"kind\" value=\"{}\"/><attvalue for=\"iri\" value=\"{}\"/><attvalue for=\"made\" value=\"{}\"/><attvalue for=\"received\" value=\"{}\"/></attvalues></node>",
                xml(&n.label),
                n.kind.as_str(),
                xml(&n.iri),
                n.made,
                n.received
            );
        }
        out.push_str("    </nodes>\n    <edges>\n");
        for (i, e) in self.edges.iter().enumerate() {
            let _ = writeln!(
                out,
                "      <edge id=\"e{i}\" source=\"n{}\" target=\"n{}\" weight=\"{}\"><attvalues><attvalue for=\"categories\" value=\"{}\"/></attvalues></edge>",
                e.source,
                e.target,
                e.weight,
                xml(&Self::categories_text(e))
            );
        }
        out.push_str("    </edges>\n  </graph>\n</gexf>\n");
        out
    }

    /// An SVG picture. `node_href` and `edge_href` give each node's and each edge's link
    /// (its page, its evidence); none when they return `None`.
    pub fn to_svg(
        &self,
        width: f64,
        height: f64,
        node_href: &dyn Fn(&Node) -> Option<String>,
        edge_href: &dyn Fn(&Node, &Node) -> Option<String>,
    ) -> String {
        let pos = self.layout(width, height);
        let max_weight = self.edges.iter().map(|e| e.weight).max().unwrap_or(1) as f64;
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" class=\"network\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"network-title\">\n<title id=\"network-title\">Who accuses whom: {} actors, {} edges</title>\n<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"12\" markerHeight=\"12\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#b03a2e\"/></marker></defs>\n<g class=\"edges\">\n",
            self.nodes.len(),
            self.edges.len()
        );
        let radius = |n: &Node| 6.0 + ((n.made + n.received) as f64).sqrt() * 3.0;
        for e in &self.edges {
            let (s, t) = (&self.nodes[e.source], &self.nodes[e.target]);
            let (p, q) = (pos[e.source], pos[e.target]);
            // from the rim of one circle to the rim of the other
            let (dx, dy) = (q.0 - p.0, q.1 - p.1);
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            let (x1, y1) = (p.0 + dx / d * radius(s), p.1 + dy / d * radius(s));
            let (x2, y2) = (
                q.0 - dx / d * (radius(t) + 2.0),
                q.1 - dy / d * (radius(t) + 2.0),
            );
            let stroke = 1.0 + 5.0 * e.weight as f64 / max_weight;
            let title = format!(
                "{} accuses {}: {} ({})",
                s.label,
                t.label,
                e.weight,
                Self::categories_text(e)
            );
            let line = format!(
                "<line class=\"edge\" data-source=\"{}\" data-target=\"{}\" data-weight=\"{}\" data-categories=\"{}\" x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke-width=\"{stroke:.1}\" marker-end=\"url(#arrow)\"><title>{}</title></line>",
                xml(&s.label),
                xml(&t.label),
                e.weight,
                xml(&Self::categories_text(e)),
                xml(&title)
            );
            match edge_href(s, t) {
                Some(h) => {
                    let _ = writeln!(out, "<a href=\"{}\">{line}</a>", xml(&h));
                }
                None => {
                    let _ = writeln!(out, "{line}");
                }
            }
        }
        out.push_str("</g>\n<g class=\"nodes\">\n");
        for (i, n) in self.nodes.iter().enumerate() {
            let (x, y) = pos[i];
            let r = radius(n);
            let body = format!(
                "<g class=\"node {kind}\" data-id=\"{}\" data-label=\"{}\" data-kind=\"{kind}\"><circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\"><title>{}: {} made, {} received</title></circle><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text></g>",
                xml(&n.id),
                xml(&n.label),
                xml(&n.label),
                n.made,
                n.received,
                x,
                y + r + 13.0,
                xml(&n.label),
                kind = n.kind.as_str(),
            );
            match node_href(n) {
                Some(h) => {
                    let _ = writeln!(out, "<a href=\"{}\">{body}</a>", xml(&h));
                }
                None => {
                    let _ = writeln!(out, "{body}");
                }
            }
        }
        out.push_str("</g>\n</svg>\n");
        out
    }

    /// A standalone SVG file: its own styles, nodes linked to their IRIs.
    pub fn to_svg_document(&self) -> String {
        let svg = self.to_svg(960.0, 640.0, &|n| Some(n.iri.clone()), &|_, _| None);
        let style = format!("<style>{SVG_STYLE}</style>\n");
        let svg = svg.replacen("<defs>", &format!("{style}<defs>"), 1);
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}")
    }
}

/// Styles of the network picture (in the SVG file, and in the pages' style sheet).
pub const SVG_STYLE: &str = ".network { background: #fff; font: 12px sans-serif; }
.network .edge { stroke: #b03a2e; stroke-opacity: 0.6; }
.network .node circle { stroke: #333; stroke-width: 1; }
.network .node.country circle { fill: #2e86c1; }
.network .node.organization circle { fill: #f5b041; }
.network .node.person circle { fill: #58d68d; }
.network text { fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.network a:focus circle, .network a:hover circle { stroke-width: 3; }
.network a:focus .edge, .network a:hover .edge { stroke-opacity: 1; }";

/// Text escaped for XML content and double-quoted attributes; characters XML 1.0 cannot
/// hold are left out.
pub fn xml(s: &str) -> String {
    let clean: String = s
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || ('\u{20}'..='\u{D7FF}').contains(&c)
                || ('\u{E000}'..='\u{FFFD}').contains(&c)
                || c >= '\u{10000}'
        })
        .collect();
    quick_xml::escape::escape(clean.as_str()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Network {
        let node = |id: &str, kind| Node {
            id: id.into(),
            iri: format!("https://example.org/{id}"),
            label: id.into(),
            kind,
            made: 1,
            received: 1,
        };
        Network {
            nodes: vec![
                node("A & \"B\"", Kind::Country),
                node("C<script>", Kind::Person),
            ],
            edges: vec![Edge {
                source: 0,
                target: 1,
                weight: 2,
                categories: [("112".to_owned(), 2)].into_iter().collect(),
                evidence: Vec::new(),
            }],
            without_country: 0,
        }
    }

    #[test]
    fn names_are_escaped_in_every_format() {
        let n = small();
        assert!(n.to_dot().contains(r#"label="A & \"B\"""#));
        for doc in [n.to_graphml(), n.to_gexf(), n.to_svg_document()] {
            assert!(doc.contains("A &amp; &quot;B&quot;"), "{doc}");
            assert!(!doc.contains("<script>"), "{doc}");
        }
    }

    #[test]
    fn layout_is_deterministic_and_inside_the_box() {
        let n = small();
        let a = n.layout(400.0, 300.0);
        assert_eq!(a, n.layout(400.0, 300.0));
        for (x, y) in a {
            assert!(
                (0.0..=400.0).contains(&x) && (0.0..=300.0).contains(&y),
                "{x} {y}"
            );
        }
    }

    #[test]
    fn xml_drops_characters_xml_cannot_hold() {
        assert_eq!(xml("a\u{7}b\u{FFFE}c<"), "abc&lt;");
    }
}
