#!/usr/bin/env python3
"""Web pages end to end: newsgraph over the 120 real pages of ../shared/web/ as files and as
one gzipped WARC archive (built here, a gzip member per record, as Common Crawl writes them),
beside Python's trafilatura over the same pages in one process (text only: it extracts no
facts). Also the peak memory of newsgraph over an archive 20 times larger (the same pages
under other URIs: it must stay flat).

    python3 benches/web.py [--bin target/release/newsgraph] [--runs 3]

Prints a Markdown section for BENCHMARKS.md. Standard library only (trafilatura is timed when
it is installed: pip install trafilatura lxml_html_clean).
"""
import argparse
import gzip
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEB = os.path.join(ROOT, "..", "shared", "web", "html")


def record(uri, html):
    """A WARC/1.1 response record holding an HTTP response of the page."""
    body = html
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    head = ("WARC/1.1\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2019-06-01T00:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def run(cmd):
    """Seconds and peak resident memory (MB) of one run of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    secs = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return secs, max(peak, before) / 1024


def best(cmd, runs):
    times = [run(cmd) for _ in range(runs)]
    return min(t for t, _ in times), max(m for _, m in times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newsgraph"))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    names = sorted(n for n in os.listdir(WEB) if n.endswith(".html.gz"))
    pages = [gzip.decompress(open(os.path.join(WEB, n), "rb").read()) for n in names]
    mb = sum(len(p) for p in pages) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "pages")
        os.mkdir(folder)
        for n, p in zip(names, pages):
            open(os.path.join(folder, n[:-3]), "wb").write(p)
        warc = os.path.join(tmp, "crawl.warc.gz")
        with open(warc, "wb") as out:
            for i, p in enumerate(pages):
                out.write(record(f"https://bench.example/{i}", p))
        big = os.path.join(tmp, "big.warc.gz")
        with open(big, "wb") as out:
            for k in range(20):
                for i, p in enumerate(pages):
                    out.write(record(f"https://bench.example/{k}/{i}", p))
        extract = [a.bin, "extract", "--quiet", "--threads", "1", "--format", "nquads", "-o", os.devnull]
        rows = []
        t, m = best(extract + [folder], a.runs)
        rows.append(("newsgraph extract, pages as files (1 thread)", t, m))
        t, m = best(extract + [warc], a.runs)
        rows.append(("newsgraph extract, one .warc.gz (1 thread)", t, m))
        _, big_mem = best(extract + [big], 1)
        traf = None
        try:
            import trafilatura  # noqa: F401
            code = ("import gzip,os,sys,trafilatura\n"
                    "d=sys.argv[1]\n"
                    "for n in sorted(os.listdir(d)):\n"
                    "    trafilatura.extract(open(os.path.join(d,n),encoding='utf-8',errors='replace').read())\n")
            traf = best([sys.executable, "-c", code, folder], a.runs)
            version = trafilatura.__version__
        except ImportError:
            version = None
    print("## Web pages and web archives\n")
    print(f"`python3 benches/web.py` over the {len(pages)} pages of `../shared/web/` "
          f"({mb:.1f} MB of HTML), best of {a.runs} runs, one thread, 2-core machine. newsgraph "
          "does everything (main text, extraction, RDF); trafilatura only the text.\n")
    print("| what | seconds | pages/s | MB/s | peak memory |")
    print("|---|---|---|---|---|")
    for name, t, m in rows:
        print(f"| {name} | {t:.2f} | {len(pages) / t:.0f} | {mb / t:.1f} | {m:.0f} MB |")
    if traf:
        t, m = traf
        print(f"| Python trafilatura {version} `extract`, text only, one process | {t:.2f} | "
              f"{len(pages) / t:.0f} | {mb / t:.1f} | {m:.0f} MB |")
    print()
    files_t, warc_t = rows[0][1], rows[1][1]
    print(f"The archive runs at {files_t / warc_t:.2f}x the pages/s of the same pages as files. "
          f"An archive 20 times larger ({20 * len(pages)} records) peaks at {big_mem:.0f} MB "
          f"(the small one: {rows[1][2]:.0f} MB): records are read one at a time.")
    if traf:
        print(f"newsgraph end to end is {(traf[0] / rows[0][1]):.1f}x trafilatura's pages/s "
              "on the same pages.")


if __name__ == "__main__":
    main()
