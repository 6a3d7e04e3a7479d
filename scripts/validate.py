"""SHACL validation for `newsgraph validate`, with pyshacl (an existing, independent SHACL
engine: newsgraph does not implement SHACL itself).

Usage: python3 validate.py SHAPES.ttl DATA.nq [DATA.nq ...]
Each DATA file is validated on its own (the union of its graphs); one JSON object per violation
on stdout: {"file", "focus", "path", "value", "message", "severity", "evidence"}, where
evidence is the text behind the focus node (its evidence sentence, its anchor text, or its name)
and the article it comes from. A last line {"conforms": bool, "triples": n} per file.
Exit status 0 when every file conforms, 1 when some do not, 2 when pyshacl is missing.
"""
import json
import sys

try:
    import rdflib
    from pyshacl import validate
except ImportError:
    print("validate needs pyshacl: pip install pyshacl", file=sys.stderr)
    sys.exit(2)

NG = rdflib.Namespace("https://w3id.org/newsgraph/ontology#")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def evidence(g, focus):
    for s in g.objects(focus, NG.evidence):
        text = g.value(s, NIF.anchorOf)
        if text:
            return str(text)
    for p in (NIF.anchorOf, SCHEMA.name, rdflib.RDFS.label):
        v = g.value(focus, p)
        if v:
            return str(v)
    return ""


def main():
    shapes = rdflib.Graph().parse(sys.argv[1], format="turtle")
    all_ok = True
    for path in sys.argv[2:]:
        ds = rdflib.Dataset(default_union=True)
        ext = path.rsplit(".", 1)[-1].lower()
        fmt = {"nq": "nquads", "nt": "nt", "ttl": "turtle", "trig": "trig", "jsonld": "json-ld",
               "json": "json-ld", "rdf": "xml", "xml": "xml", "owl": "xml"}.get(ext, "turtle")
        ds.parse(path, format=fmt)
        g = rdflib.Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
        for t in ds.default_context.triples((None, None, None)):
            g.add(t)
        conforms, report, _ = validate(g, shacl_graph=shapes, inference="none")
        for r in report.subjects(rdflib.RDF.type, SH.ValidationResult):
            focus = report.value(r, SH.focusNode)
            article = g.value(focus, PROV.wasDerivedFrom) or g.value(focus, NG.article)
            print(json.dumps({
                "file": path,
                "focus": str(focus),
                "path": str(report.value(r, SH.resultPath) or ""),
                "value": str(report.value(r, SH.value) or ""),
                "message": str(report.value(r, SH.resultMessage) or ""),
                "severity": str(report.value(r, SH.resultSeverity) or "").rsplit("#", 1)[-1],
                "evidence": evidence(g, focus),
                "article": str(article or ""),
            }))
        print(json.dumps({"file": path, "conforms": bool(conforms), "triples": len(g)}))
        all_ok &= bool(conforms)
    sys.exit(0 if all_ok else 1)


if __name__ == "__main__":
    main()
