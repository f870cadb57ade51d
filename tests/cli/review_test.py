#!/usr/bin/env python3
"""The review dashboard read back (issue 16). Usage: review_test.py EVALSCORE SOURCE_DIR

Runs `evalscore review` over examples/ and tests/review-batch/ and checks that
the figures printed in the HTML page (each inline SVG parsed as XML, the
headline boxes, the tables) and in the workbook (dashboard sheet, native
charts, Chinese summary headers, print set-up, conditional colours) are those
of `review -f json`, whose own figures the C++ tests compare with the batch
summary. Standard library only.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

SVG = "{http://www.w3.org/2000/svg}"
M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
failures = []
PATHS = ["examples/", "tests/review-batch/"]


def check(ok, what):
    if not ok:
        failures.append(what)
    return ok


def run(binary, args, cwd):
    return subprocess.run([binary, "--no-config", "--lang", "zh"] + args, cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def svgs(html):
    """Each inline <svg> parsed as XML (a parse error fails the test)."""
    out = []
    for i, text in enumerate(re.findall(r"<svg.*?</svg>", html, re.S)):
        try:
            out.append(ET.fromstring(text))
        except ET.ParseError as e:
            check(False, f"svg {i} is not well-formed XML: {e}")
    return out


def by_label(charts, label):
    found = [s for s in charts if s.get("aria-label") == label]
    check(len(found) == 1, f"expected one chart {label!r}, found {len(found)}")
    return found[0] if found else ET.Element("svg")


def close(a, b):
    return abs(float(a) - float(b)) < 0.006


def check_scatter(chart, d):
    points = {int(c.get("data-form")): c for c in chart.iter(SVG + "circle")}
    expected = [f for f in d["forms"] if f.get("rate") is not None and f.get("self_pct") is not None]
    check(sorted(points) == [f["number"] for f in expected],
          f"scatter points {sorted(points)} != forms with a rate and a self-score")
    for f in expected:
        c = points.get(f["number"])
        if c is None:
            continue
        check(close(c.get("data-rate"), f["rate"] * 100), f"scatter rate of form {f['number']}")
        check(close(c.get("data-value"), f["self_pct"]), f"scatter score of form {f['number']}")
        check((c.get("data-incomplete") == "1") == f["incomplete"],
              f"scatter: form {f['number']} incomplete mark")
    q = chart.find(f"{SVG}rect[@class='quadrant']")
    check(q is not None and close(q.get("data-low-execution"), d["thresholds"]["low_execution"] * 100),
          "scatter: the shaded quadrant is missing or at the wrong threshold")


def check_histogram(chart, d):
    bins = [(float(r.get("data-low")), int(r.get("data-value")), r.get("class"))
            for r in chart.iter(SVG + "rect") if r.get("class", "").startswith("bin")]
    for b in d["histogram"]:
        got = {cls: v for low, v, cls in bins if low == b["low"]}
        check(got.get("bin") == b["complete"] and got.get("bin-incomplete") == b["incomplete"],
              f"histogram bin {b['low']}: {got} != {b}")
    check(sum(v for _, v, _ in bins) == d["headline"]["scored"], "histogram does not add up to scored")


def check_bars(chart, d):
    bars = [(int(r.get("data-form")), float(r.get("data-value")))
            for r in chart.iter(SVG + "rect") if r.get("class") == "bar"]
    forms = {f["number"]: f for f in d["forms"]}
    check([n for n, _ in bars] == d["top_overstating"],
          f"over-statement bars {bars} != top_overstating {d['top_overstating']}")
    for n, v in bars:
        check(close(v, forms[n]["over_pct"]), f"bar of form {n}: {v} != {forms[n]['over_pct']}")
        check(not forms[n]["incomplete"], f"incomplete form {n} ranked among complete ones")


def check_codes(chart, d):
    bars = [(r.get("data-code"), float(r.get("data-value")))
            for r in chart.iter(SVG + "rect") if r.get("class") == "bar"]
    expected = [(c["code"], c["findings"]) for c in d["codes"][:12]]
    check(bars == expected, f"code bars {bars} != {expected}")


def check_page(html, d):
    check("<script" not in html.lower(), "the dashboard contains a script")
    external = [u for u in re.findall(r"(?:src|href)=\"([^\"#][^\"]*)\"", html)]
    check(not external, f"the dashboard refers to external resources: {external[:3]}")
    ids = set(re.findall(r"id=\"(form-\d+)\"", html))
    for target in set(re.findall(r"href=\"#(form-\d+)\"", html)):
        check(target in ids, f"link #{target} has no target in the page")
    check({f"form-{n}" for n in d["attention"]} <= ids, "an attention form is not rendered")
    h = d["headline"]
    for value, label in ((str(h["files"]), "自评表（份）"), (f"{h['overstating']} 份", "自评高报"),
                         (f"{h['over_points']:.2f} 分", "高报合计")):
        check(f"<b>{value}</b><span>{label}</span>" in html, f"headline {label} is not {value}")
    rows = re.search(r"<table class=\"dash-table groups\">.*?</table>", html, re.S)
    if check(rows is not None, "no department table"):
        keys = re.findall(r"<td class=\"key\">(.*?)</td>", rows.group(0))
        check(keys == [g["key"] for g in d["by_department"]],
              f"department rows {keys} != {[g['key'] for g in d['by_department']]}")


def check_workbook(path, d):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        charts = [n for n in names if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        check(len(charts) == 5, f"expected 5 native charts, found {charts}")
        kinds = set()
        for n in charts:
            plot = ET.fromstring(z.read(n)).find(f"{C}chart/{C}plotArea")
            kinds |= {child.tag.replace(C, "") for child in plot if child.tag.endswith("Chart")}
        check({"scatterChart", "barChart"} <= kinds, f"chart kinds {kinds}")
        book = ET.fromstring(z.read("xl/workbook.xml"))
        sheets = [s.get("name") for s in book.iter(M + "sheet")]
        check(sheets[:2] == ["汇总 summary", "概览 dashboard"], f"first sheets {sheets[:2]}")
        shared = [("".join(t.text or "" for t in si.iter(M + "t")))
                  for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(M + "si")]
        summary = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        first = ["".join(t.text or "" for t in c.iter(M + "t"))  # inline strings
                 for c in summary.find(f"{M}sheetData/{M}row")]
        check(first[:3] == ["文件", "状态", "项目名称"], f"summary headers {first[:3]} not Chinese")
        setup = summary.find(M + "pageSetup")
        check(setup is not None and setup.get("orientation") == "landscape", "summary not landscape")
        fit = summary.find(f"{M}sheetPr/{M}pageSetUpPr")
        check(fit is not None and fit.get("fitToPage") == "1", "summary not fitted to the page width")
        check(summary.find(M + "conditionalFormatting") is not None, "summary has no colours")
        dash = ET.fromstring(z.read("xl/worksheets/sheet2.xml"))
        cells = {}
        for c in dash.iter(M + "c"):
            v = c.find(M + "v")
            if v is not None:
                cells[c.get("r")] = shared[int(v.text)] if c.get("t") == "s" else float(v.text)
        check(cells.get("A3") == "自评表（份）" and cells.get("B3") == d["headline"]["files"],
              f"dashboard sheet: files {cells.get('A3')} {cells.get('B3')}")
        check(close(cells.get("B10", -1), d["headline"]["over_points"]),
              f"dashboard sheet: over-statement sum {cells.get('B10')}")
        check_scatter_sheet(z, charts, sheets, d)


def check_scatter_sheet(z, charts, sheets, d):
    """The scatter's points: a row per form with a rate and a self-score on the
    third sheet, the score in D, or in E for 满分但钱没花完; the chart reads them."""
    check(sheets[2] == "散点 scatter data", f"third sheet {sheets[2]}")
    scatter = [z.read(n).decode() for n in charts if "scatterChart" in z.read(n).decode()]
    refs = re.findall(r"<c:f>([^<]+)</c:f>", scatter[0]) if scatter else []
    check(refs and all(r.startswith("'散点 scatter data'!") for r in refs), f"scatter refers {refs}")
    rows = {}
    for row in ET.fromstring(z.read("xl/worksheets/sheet3.xml")).iter(M + "row"):
        cells = {re.sub(r"\d", "", c.get("r")): c for c in row}
        value = {k: float(c.find(M + "v").text) for k, c in cells.items() if c.find(M + "v") is not None}
        if "A" in value:
            rows[int(value["A"])] = value
    expected = [f for f in d["forms"] if f.get("rate") is not None and f.get("self_pct") is not None]
    check(sorted(rows) == [f["number"] for f in expected],
          f"scatter sheet rows {sorted(rows)} != forms with a rate and a self-score")
    for f in expected:
        v = rows.get(f["number"], {})
        column = "E" if f.get("full_marks_no_money") else "D"
        check(close(v.get("C", -1), f["rate"]) and close(v.get(column, -1), f["self_pct"]),
              f"scatter sheet: form {f['number']} {v} != rate {f['rate']}, {column} {f['self_pct']}")


def main():
    binary, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    d = json.loads(run(binary, ["review", "-f", "json"] + PATHS, source).stdout)
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "review.html")
        r = run(binary, ["review", "-o", page] + PATHS, source)
        check(r.returncode == 2, f"review exited {r.returncode} (one input is broken): {r.stderr}")
        html = open(page, encoding="utf-8").read()
        charts = svgs(html)
        check(len(charts) == 4, f"expected 4 charts, found {len(charts)}")
        check_scatter(by_label(charts, "执行率与自评得分"), d)
        check_histogram(by_label(charts, "总分分布"), d)
        check_bars(by_label(charts, "自评高报排名"), d)
        check_codes(by_label(charts, "复核发现（按代码）"), d)
        check_page(html, d)
        book = os.path.join(tmp, "review.xlsx")
        r = run(binary, ["review", "-f", "xlsx", "-o", book] + PATHS, source)
        if check(os.path.exists(book), f"review -f xlsx wrote nothing: {r.stderr}"):
            check_workbook(book, d)
        grouped = os.path.join(tmp, "grouped.xlsx")
        run(binary, ["-f", "xlsx", "--group-by", "unit", "-o", grouped] + PATHS, source)
        with zipfile.ZipFile(grouped) as z:
            names = [s.get("name") for s in ET.fromstring(z.read("xl/workbook.xml")).iter(M + "sheet")]
        check(names[:3] == ["汇总 summary", "概览 dashboard", "分组 unit"],
              f"--group-by unit: sheets {names[:3]}")
    for f in failures:
        print("FAIL:", f)
    print(f"review_test: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
