#!/usr/bin/env python3
"""newsgraph as a map step under Apache Spark (local mode): JSON Lines in, N-Quads out.

Each Spark partition's records are piped through `newsgraph extract --format nquads -`
(RDD.pipe); newsgraph reads JSON Lines on stdin and writes each article's quads together, so
the partitions' outputs concatenated hold exactly the quads of one run on one machine (the
shared country descriptions come once per partition; as RDF, a set, that changes nothing).

Usage:
    python3 examples/spark_extract.py OUT_DIR INPUT.jsonl [INPUT.jsonl ...]
        [--bin PATH] [--partitions N] [--master local[2]]

OUT_DIR receives Spark's part files (part-00000, ...); `cat OUT_DIR/part-*` is N-Quads.
Needs pyspark (`pip install pyspark`) and a Java runtime (17 works).
"""
import argparse
import os
import shutil
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--bin", default=shutil.which("newsgraph") or "newsgraph")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", default="local[2]")
    a = ap.parse_args()

    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(a.master)
        .appName("newsgraph-extract")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        paths = ",".join(os.path.abspath(p) for p in a.inputs)
        records = spark.sparkContext.textFile(paths, minPartitions=a.partitions)
        # one newsgraph process per partition; --quiet keeps the summary off stderr
        quads = records.filter(lambda line: line.strip()).pipe(
            f"{os.path.abspath(a.bin)} extract --quiet --format nquads -"
        )
        if os.path.exists(a.out_dir):
            shutil.rmtree(a.out_dir)
        quads.saveAsTextFile(a.out_dir)
        parts = records.getNumPartitions()
    finally:
        spark.stop()
    print(f"wrote {a.out_dir} from {parts} partitions", file=sys.stderr)


if __name__ == "__main__":
    main()
