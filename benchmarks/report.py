#!/usr/bin/env python3
"""Prints the Markdown tables of benchmarks/README.md from a JMH JSON result file.

Usage: python3 benchmarks/report.py results.json
Scores are medians of every measured iteration (all forks); ratios compare medians of the
same run.
"""
import json
import statistics
import sys


def load(path):
    out = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        key = (name[-2], name[-1], tuple(sorted(r.get("params", {}).items())))
        raw = [x for fork in r["primaryMetric"]["rawData"] for x in fork]
        sec = {}
        for k, m in r.get("secondaryMetrics", {}).items():
            vals = [x for fork in m.get("rawData", []) for x in fork]
            sec[k] = statistics.median(vals) if vals else m["score"]
        out[key] = dict(median=statistics.median(raw), mean=r["primaryMetric"]["score"],
                        error=r["primaryMetric"]["scoreError"], unit=r["primaryMetric"]["scoreUnit"],
                        n=len(raw), sec=sec)
    return out


def get(res, cls, method, **params):
    key = (cls, method, tuple(sorted((k, str(v)) for k, v in params.items())))
    return res.get(key)


def main():
    res = load(sys.argv[1])
    print("### Decoding and encoding (throughput, higher is better)\n")
    print("| benchmark | document | median docs/s | MB/s | vs databind records | vs bare tokens |")
    print("|---|---|---:|---:|---:|---:|")
    for cls, base, limit in (("DecodeBenchmark", "databindRecords", "tokenLoop"),
                             ("EncodeBenchmark", "databindRecords", "tokenGenerator")):
        for doc in ("GOVERNANCE", "REMITTANCES"):
            b = get(res, cls, base, document=doc)
            t = get(res, cls, limit, document=doc)
            extra = ("tokenLoopWithStrings",) if cls == "DecodeBenchmark" else ()
            for m in ("migov", base, limit) + extra:
                r = get(res, cls, m, document=doc)
                if not r:
                    continue
                mbs = r["sec"].get("bytes", 0) / 1e6
                print(f"| {cls.replace('Benchmark', '')}.{m} | {doc.lower()} | {r['median']:.3f} "
                      f"| {mbs:.0f} | {r['median'] / b['median']:.2f} | {r['median'] / t['median']:.2f} |")
    print("\n### Checks within decoding (ms per document, lower is better)\n")
    print("| document | decode | checks alone | rebuild | checks / decode | checks add to decoding |")
    print("|---|---:|---:|---:|---:|---:|")
    for doc in ("GOVERNANCE", "REMITTANCES"):
        d = get(res, "ChecksBenchmark", "decode", document=doc)
        c = get(res, "ChecksBenchmark", "checks", document=doc)
        rb = get(res, "ChecksBenchmark", "rebuild", document=doc)
        if d and c and rb:
            print(f"| {doc.lower()} | {d['median']:.1f} | {c['median']:.1f} | {rb['median']:.1f} "
                  f"| {100 * c['median'] / d['median']:.0f}% "
                  f"| {100 * c['median'] / (d['median'] - c['median']):.0f}% |")
    print("\n### Dataset.validate() (lower is better)\n")
    print("| meetings | median ms | µs per meeting | per meeting vs 1,000 "
          "| walk, µs per meeting | walk per meeting vs 1,000 | validate / walk |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    first = None
    first_walk = None
    for n in (1000, 10000, 100000):
        v = get(res, "ValidationBenchmark", "validate", meetings=n)
        w = get(res, "ValidationBenchmark", "walk", meetings=n)
        if v:
            per = v["median"] / n
            first = first or per
            walk = ""
            if w:
                per_walk = w["median"] / n
                first_walk = first_walk or per_walk
                walk = (f" {per_walk:.2f} | {per_walk / first_walk:.2f} "
                        f"| {v['median'] / w['median']:.1f} |")
            else:
                walk = " — | — | — |"
            print(f"| {n:,} | {v['median'] / 1000:.1f} | {per:.2f} | {per / first:.2f} |{walk}")
    print("\n### Memory (JOL GraphLayout.totalSize)\n")
    print("| series | observations | retained bytes | bytes per observation |")
    print("|---|---:|---:|---:|")
    for s in ("IRREGULAR_1M", "MONTHLY_MAX"):
        f = get(res, "FootprintBenchmark", "measure", series=s)
        if f:
            print(f"| {s} | {f['sec']['observations']:,.0f} | {f['sec']['totalBytes']:,.0f} "
                  f"| {f['sec']['bytesPerObservation']:.2f} |")
    print("\n### JSON Lines of 1,000,000 observations, -Xmx256m\n")
    print("| benchmark | median passes/s | seconds per pass | MB/s |")
    print("|---|---:|---:|---:|")
    for m in ("write", "read"):
        r = get(res, "JsonLinesBenchmark", m)
        if r:
            print(f"| JsonLines.{m} | {r['median']:.3f} | {1 / r['median']:.2f} "
                  f"| {r['sec'].get('bytes', 0) / 1e6:.0f} |")


if __name__ == "__main__":
    main()
