#!/usr/bin/env python3
"""Peak resident memory of evalscore per output format, for a small and a big corpus.

Usage: bench/memory.py [--small N] [--big N] [--jobs J] [--formats text,csv,...]

Issue 11 item 14 asks peak RSS for 100,000 files <= 2x that for 10,000, in every
format: this prints both and their ratio, format by format (run one after the
other, so the machine's load matters less than for times; run nothing else).
Corpora come from bench/generate.py, cached as bench/run.py caches them.
Uses build-bench/evalscore (bench/run.sh builds it). About 10-20 minutes at
the defaults on 2 cores.
"""
import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import EVALSCORE, corpus, run  # noqa: E402

FORMATS = ["text", "csv", "csv --sort total", "json", "markdown", "html", "xlsx", "sarif",
           "github", "gitlab"]


def command(fmt, jobs, inputs, out_dir):
    name, *extra = fmt.split()
    out = os.path.join(out_dir, "report." + name)
    return [EVALSCORE, "--no-config", f"-j{jobs}", "-f", name, *extra, "-o", out, inputs]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=10000)
    parser.add_argument("--big", type=int, default=100000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--dir", default=os.environ.get("EVALSCORE_BENCH_DIR", "/tmp/evalscore-bench"))
    args = parser.parse_args()
    small, big = corpus(args.small, args.dir), corpus(args.big, args.dir)
    print(f"peak resident memory (MiB), evalscore -j{args.jobs}, {args.small} and {args.big} files")
    print(f"{'format':<18} {args.small:>9} {args.big:>9} {'ratio':>6}  (target <= 2)")
    worst = 0.0
    with tempfile.TemporaryDirectory() as out_dir:
        for fmt in args.formats.split(","):
            _, rss_small = run(command(fmt, args.jobs, small, out_dir))
            _, rss_big = run(command(fmt, args.jobs, big, out_dir))
            ratio = rss_big / rss_small
            worst = max(worst, ratio)
            print(f"{fmt:<18} {rss_small / 1024:>9.1f} {rss_big / 1024:>9.1f} {ratio:>6.2f}", flush=True)
    print(f"worst ratio {worst:.2f}")


if __name__ == "__main__":
    main()
