#!/usr/bin/env python3
"""Issue 11: hostile text through every output format, read back.

Forms whose names hold a vertical tab (Word's Shift+Enter), escape sequences,
a forged line and a formula, and one name of 40,000 characters: the xlsx must
be well-formed XML throughout (read back with zipfile + minidom), the long
name cut with a note, two runs byte-identical; CSV and JSON must parse; text
must hold no control character but the line feed.
Usage: hostile_output_test.py EVALSCORE_BINARY SOURCE_DIR
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import xml.dom.minidom
import zipfile

binary, src = sys.argv[1], sys.argv[2]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def form(name):
    # Funds and a reported total over the recomputed one put the form on every
    # dashboard table too: the scatter sheet and the over-statement ranking.
    return ("format: evalscore/1\nproject:\n  name: " + json.dumps(name, ensure_ascii=False) +
            "\nfunds:\n  points: 10\n  total: {initial: 10, budget: 10, executed: 5}\n"
            "indicators:\n  产出指标:\n    数量指标:\n"
            "      - {name: " + json.dumps(name, ensure_ascii=False) +
            ", target: 10人, actual: 10人, points: 10, score: 10}\n"
            "reported: {points: 20, total: 20}\n")


def run(*args):
    return subprocess.run([binary, "--no-config", "--lang", "en", *args], capture_output=True)


with tempfile.TemporaryDirectory() as tmp:
    hostile = "=HYPERLINK(\"http://x\")\x0bline\x1b[31mred\x07\nerror: forged\x01\ufffe\uffff"
    with open(os.path.join(tmp, "a.yaml"), "w", encoding="utf-8") as f:
        f.write(form(hostile))
    with open(os.path.join(tmp, "b.yaml"), "w", encoding="utf-8") as f:
        f.write(form("长" * 40000))

    book = os.path.join(tmp, "out.xlsx")
    r = run("-f", "xlsx", "-o", book, tmp)
    check(r.returncode == 0, "xlsx run exited %d: %s" % (r.returncode, r.stderr.decode()))
    check(r.stderr == b"", "xlsx run wrote to stderr: %r" % r.stderr[:200])
    with zipfile.ZipFile(book) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    xml.dom.minidom.parseString(z.read(name))
                except Exception as e:  # noqa: BLE001 - any parse error fails the test
                    check(False, "%s is not well-formed XML: %s" % (name, e))
        # Text is in the shared strings (dashboard) or inline in the sheets.
        shared = "".join(z.read(n).decode("utf-8") for n in z.namelist()
                         if n == "xl/sharedStrings.xml" or n.startswith("xl/worksheets/"))
        check("line" in shared and "\x0b" not in shared, "vertical tab not replaced")
        check("长" * 32767 in shared and "长" * 32768 not in shared, "long name not cut at 32767")
        check("cell limit was cut" in shared, "no note about the cut text")
    again = os.path.join(tmp, "again.xlsx")
    run("-f", "xlsx", "-o", again, tmp)
    with open(book, "rb") as a, open(again, "rb") as b:
        check(a.read() == b.read(), "two xlsx runs differ (timestamp?)")

    r = run("-f", "csv", tmp)
    rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8"), newline="")))
    check(len(rows) == 3, "CSV does not parse into 3 rows: %d" % len(rows))
    check(rows[1][2].startswith("'="), "CSV formula not neutralised: %r" % rows[1][2][:20])

    r = run("-f", "json", tmp)
    doc = json.loads(r.stdout.decode("utf-8"))
    check(doc["projects"][0]["project"]["name"] == hostile, "JSON does not carry the name exactly")

    for fmt in ("text", "markdown", "html"):
        r = run("-f", fmt, tmp)
        bad = [c for c in r.stdout.decode("utf-8") if (ord(c) < 0x20 and c != "\n") or c == "\x7f"]
        check(not bad, "%s output holds control characters %r" % (fmt, sorted(set(bad))))
        check(b"\nerror: forged" not in r.stdout or fmt != "text", fmt + ": forged line")

    r = run("check", tmp)
    check(b"\x1b" not in r.stderr and b"\x1b" not in r.stdout, "check output holds ESC")

if failures:
    print("hostile_output_test: %d failure(s)" % len(failures))
    sys.exit(1)
print("ok: hostile text safe in every format")
