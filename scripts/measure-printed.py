#!/usr/bin/env python3
"""Counts the numbers the forms print (row 得分, funds 执行率 and 得分, 总分) that some
built-in profile reproduces, that a finding flags under the file's own profile, or neither.
Usage: measure-printed.py BINARY DIR [--verbose]"""
import json, subprocess, sys, os

def run(binary, path, rules=None):
    cmd = [binary, "--no-config", "--lang", "en", "-f", "json"] + (["--rules", rules] if rules else []) + [path]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    project = json.loads(out)["projects"][0]
    return project if project.get("status") != "error" else {"diagnostics": [], "unreadable": True}

def decimals(x):
    for d in range(7):
        if abs(x * 10**d - round(x * 10**d)) < 1e-6: return d
    return 6

def numbers(p):
    """(key, printed, recomputed, line) of every printed number of a project."""
    out = []
    b = p.get("budget") or {}
    row = b.get("total_row") or {}
    if row.get("reported_rate") is not None and b.get("rate") is not None:
        out.append(("rate", row["reported_rate"], b["rate"], row.get("reported_rate_decimals")))
    if row.get("reported_score") is not None:
        out.append(("funds", row["reported_score"], b.get("score"), None))
    for i, ind in enumerate(p.get("indicators", [])):
        if ind.get("reported") is not None:
            out.append(("row%d" % i, ind["reported"], ind.get("score"), ind.get("line")))
    rep = p.get("reported") or {}
    if rep.get("total") is not None:
        out.append(("total", rep["total"], p.get("total"), None))
    return out

def same(key, printed, recomputed, printed_decimals=None):
    if recomputed is None: return False
    if key == "rate":
        tol = 0.5 * 10 ** -(printed_decimals if printed_decimals is not None else decimals(printed)) + 1e-9
        return abs(printed - recomputed * 100) <= tol or (printed <= 1 and abs(printed - recomputed) <= tol)
    return abs(printed - recomputed) <= 0.01 + 1e-9

FLAGS = {"rate": {"ES102", "ES604", "ES606", "ES105", "ES108"},
         "funds": {"ES103", "ES605", "ES606", "ES105", "ES108", "ES607"},
         "total": {"ES401", "ES202"}}
ROW_FLAGS = {"ES301", "ES302", "ES303", "ES304", "ES306", "ES307", "ES312", "ES313", "ES317"}

def main():
    binary, directory = sys.argv[1], sys.argv[2]
    verbose = "--verbose" in sys.argv
    listing = subprocess.run([binary, "rules", "list"], capture_output=True, text=True).stdout
    profiles = [l.split()[0] for l in listing.splitlines() if l.strip() and not l[0].isspace()]
    totals = {"reproduced": 0, "flagged": 0, "neither": 0}
    for f in sorted(os.listdir(directory)):
        if not f.endswith(".yaml"): continue
        path = os.path.join(directory, f)
        own = run(binary, path)
        if own.get("unreadable"):
            totals.setdefault("unreadable files", 0)
            totals["unreadable files"] += 1
            continue
        runs = [own] + [run(binary, path, r) for r in profiles]
        base = numbers(own)
        for k, (key, printed, _, line) in enumerate(base):
            ok = False
            for r in runs:
                nums = {n[0]: n for n in numbers(r)}
                if key in nums and same(key, printed, nums[key][2], line if key == "rate" else None):
                    ok = True
            if ok:
                totals["reproduced"] += 1; continue
            codes = {d["code"] for d in own["diagnostics"]
                     if (key in FLAGS and d["code"] in FLAGS[key]) or
                        (key.startswith("row") and d["code"] in ROW_FLAGS and d.get("line") == line)}
            which = "flagged" if codes else "neither"
            totals[which] += 1
            if verbose: print(f, key, printed, which, sorted(codes))
    print(json.dumps({"profiles": profiles, **totals}))

main()
