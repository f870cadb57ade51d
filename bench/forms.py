#!/usr/bin/env python3
"""Form-reader benchmark: scoring N forms as .xlsx against the same forms as
YAML, and against `unzip -p` of their sheet XML (the inflate floor, process
start included), side by side in interleaved rounds; then the peak memory of
reading one workbook with 100 form sheets.

Usage: bench/forms.py [--files 1000] [--rounds 3] [--evalscore build/evalscore]
(about a minute on 2 cores). The xlsx forms are evalscore's own -f xlsx
renderings of bench/generate.py's project files, read back as forms.
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kw)


def timed(cmd, **kw):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - start


def peak_kib(cmd):
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True).stderr.strip().splitlines()
    return int(out[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--evalscore", default=os.path.join(ROOT, "build", "evalscore"))
    a = ap.parse_args()
    exe = os.path.abspath(a.evalscore)
    work = f"/tmp/evalscore-forms-bench-{a.files}"
    yaml_dir, xlsx_dir = os.path.join(work, "yaml"), os.path.join(work, "xlsx")
    if not os.path.isdir(xlsx_dir):
        run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), str(a.files), yaml_dir])
        os.makedirs(xlsx_dir)
        yamls = sorted(glob.glob(os.path.join(yaml_dir, "**", "*.yaml"), recursive=True))
        procs = []
        for i, y in enumerate(yamls):
            out = os.path.join(xlsx_dir, f"{i:05d}.xlsx")
            procs.append(subprocess.Popen([exe, "--no-config", "-f", "xlsx", "-o", out, y],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            if len(procs) >= 4:
                procs.pop(0).wait()
        for p in procs:
            p.wait()
    xlsx = sorted(glob.glob(os.path.join(xlsx_dir, "*.xlsx")))
    base = [exe, "--no-config", "-j1", "-f", "csv", "-o", "/dev/null"]
    unzip = "for f in " + xlsx_dir + "/*.xlsx; do unzip -p \"$f\" 'xl/worksheets/*.xml'; done"
    times = {"yaml": [], "xlsx": [], "unzip": []}
    for _ in range(a.rounds):
        times["yaml"].append(timed(base + [yaml_dir]))
        times["xlsx"].append(timed(base + xlsx))
        times["unzip"].append(timed(["bash", "-c", unzip + " >/dev/null"]))
    med = {k: statistics.median(v) for k, v in times.items()}
    n = len(xlsx)
    print(f"{n} forms, median of {a.rounds} rounds, -j1:")
    for k in ("yaml", "xlsx", "unzip"):
        print(f"  {k:6s} {med[k]:7.3f} s  {n / med[k]:8.0f} forms/s")
    print(f"  xlsx ÷ yaml time   {med['xlsx'] / med['yaml']:.2f}")
    print(f"  xlsx ÷ unzip time  {med['xlsx'] / med['unzip']:.2f}")
    big = os.path.join(work, "100-sheets.xlsx")
    if not os.path.exists(big):
        yamls = sorted(glob.glob(os.path.join(yaml_dir, "**", "*.yaml"), recursive=True))[:100]
        run([exe, "--no-config", "-f", "xlsx", "-o", big] + yamls)
    one, hundred = peak_kib(base + [xlsx[0]]), peak_kib(base + [big])
    print(f"peak RSS: one form {one / 1024:.1f} MiB; one workbook of 100 form sheets "
          f"({os.path.getsize(big) // 1024} KiB) {hundred / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
