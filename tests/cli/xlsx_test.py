#!/usr/bin/env python3
"""The xlsx form read back (issue #8). Usage: xlsx_test.py EVALSCORE SOURCE_DIR

Runs `evalscore -f xlsx` over examples/, unzips the workbook and checks the
sheet XML: the summary sheet against the CSV output, the seed's form (merged
indicator groups, numbers as numbers, 92.4 and 2.4), the highlight where a
reported score differs, and the failure paths. Standard library only.
"""
import csv
import glob
import io
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
    return ok


def run(binary, args, cwd):
    return subprocess.run([binary, "--no-config"] + args, cwd=cwd, capture_output=True,
                          text=True, timeout=60)


def split_ref(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return m.group(1), int(m.group(2))


class Book:
    """A workbook's sheets as {name: (cells, root)}; cells maps "G24" to
    (kind, value, style): kind "n" for numbers, "s" for text."""

    def __init__(self, path):
        with zipfile.ZipFile(path) as z:
            shared = []
            if "xl/sharedStrings.xml" in z.namelist():
                for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(M + "si"):
                    shared.append("".join(t.text or "" for t in si.iter(M + "t")))
            rels = {r.get("Id"): r.get("Target") for r in
                    ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(PKG + "Relationship")}
            self.names = []
            self.sheets = {}
            for s in ET.fromstring(z.read("xl/workbook.xml")).iter(M + "sheet"):
                root = ET.fromstring(z.read("xl/" + rels[s.get(R + "id")].lstrip("/")))
                self.names.append(s.get("name"))
                self.sheets[s.get("name")] = (self._cells(root, shared), root)
            self.highlight = self._highlight_styles(ET.fromstring(z.read("xl/styles.xml")))

    @staticmethod
    def _cells(root, shared):
        cells = {}
        for c in root.iter(M + "c"):
            kind = c.get("t", "n")
            if kind == "inlineStr":  # the form and summary sheets (constant_memory mode)
                text = "".join(t.text or "" for t in c.iter(M + "t"))
                cells[c.get("r")] = ("s", text, c.get("s"))
                continue
            v = c.find(M + "v")
            if v is None:
                continue
            if kind == "s":
                cells[c.get("r")] = ("s", shared[int(v.text)], c.get("s"))
            elif kind == "str":
                cells[c.get("r")] = ("s", v.text, c.get("s"))
            else:
                cells[c.get("r")] = ("n", float(v.text), c.get("s"))
        return cells

    @staticmethod
    def _highlight_styles(styles):
        """Indices of the cell styles filled with the highlight colour."""
        fills = [i for i, f in enumerate(styles.find(M + "fills"))
                 if any((c.get("rgb") or "").upper().endswith("FFC7CE") for c in f.iter(M + "fgColor"))]
        xfs = styles.find(M + "cellXfs")
        return {str(i) for i, xf in enumerate(xfs) if int(xf.get("fillId", "0")) in fills}

    def sheet_with(self, fragment):
        names = [n for n in self.names if fragment in n]
        return self.sheets[names[0]] if names else ({}, None)


def find_text(cells, text, column=None):
    """The reference of the first cell whose text starts with `text`."""
    refs = [r for r, (k, v, _) in cells.items() if k == "s" and v.startswith(text)
            and (column is None or split_ref(r)[0] == column)]
    return sorted(refs, key=lambda r: split_ref(r)[1])[0] if refs else None


def beside(ref, column):
    return column + str(split_ref(ref)[1])


def check_number(cells, ref, expected, what):
    cell = cells.get(ref)
    if check(cell is not None, f"{what}: no cell {ref}"):
        check(cell[0] == "n", f"{what}: {ref} is text {cell[1]!r}, not a number")
        check(cell[0] != "n" or abs(cell[1] - expected) < 1e-9,
              f"{what}: {ref} is {cell[1]}, expected {expected}")


def check_summary(book, csv_text, inputs):
    check(book.names[0] == "汇总 summary", f"first sheet is {book.names[0]!r}")
    cells, root = book.sheets[book.names[0]]
    rows = [r for r in root.iter(M + "row") if r.find(M + "c") is not None]
    check(len(rows) == 1 + inputs, f"summary has {len(rows)} rows, expected 1 + {inputs}")
    f = root.find(M + "autoFilter")
    check(f is not None and f.get("ref") == f"A1:V{1 + inputs}",
          f"summary autoFilter: {None if f is None else f.get('ref')}")
    pane = root.find(f"{M}sheetViews/{M}sheetView/{M}pane")
    check(pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1",
          "summary header row is not frozen")
    table = list(csv.reader(io.StringIO(csv_text)))
    columns = "ABCDEFGHIJKLMNOPQRSTUV"
    check([cells.get(c + "1", (0, ""))[1] for c in columns] == table[0], "summary header != CSV")
    numeric = {"year", "execution_rate", "budget_score", "indicator_score", "total", "max_total",
               "reported_total", "difference", "errors", "warnings", "infos",
               "reviewed_total"}
    for i, row in enumerate(table[1:], start=2):
        for col, name, value in zip(columns, table[0], row):
            ref = f"{col}{i}"
            if name in numeric and value:
                scale = 100 if name == "execution_rate" else 1
                check_number(cells, ref, float(value) / scale, f"summary {name} row {i}")
            elif value:
                check(cells.get(ref, (0, ""))[1] == value, f"summary {ref} ({name}) != {value!r}")


def check_seed(book):
    cells, root = book.sheet_with("生存认证人脸识别")
    if not check(root is not None, f"no sheet for the seed in {book.names}"):
        return
    merges = [m.get("ref") for m in root.iter(M + "mergeCell")]
    for text, column in (("产出指标", "A"), ("质量指标", "B")):
        ref = find_text(cells, text, column)
        check(ref is not None and any(m.startswith(ref + ":") and split_ref(m.split(":")[1])[1] >
                                      split_ref(ref)[1] for m in merges),
              f"seed: {text} ({ref}) is not merged over its rows; merges {merges}")
    total = find_text(cells, "总分", "A")
    if check(total is not None, "seed: no 总分 row"):
        check_number(cells, beside(total, "G"), 92.4, "seed 总分")
    funds = find_text(cells, "年度资金总额", "A")
    if check(funds is not None, "seed: no 年度资金总额 row"):
        check_number(cells, beside(funds, "G"), 2.4, "seed funds 得分")
        check_number(cells, beside(funds, "B"), 22.41, "seed 年初预算数")
    check(find_text(cells, "ES107") is not None, "seed: finding ES107 not listed")
    check(not any(s in book.highlight for _, _, s in cells.values()),
          "seed: a cell is highlighted though every reported score matches")


def check_highlight(book):
    cells, root = book.sheet_with("暖通改造")
    if not check(root is not None, f"no sheet for example 07 in {book.names}"):
        return
    hits = [r for r, (k, v, s) in cells.items() if k == "n" and s in book.highlight]
    values = sorted(cells[r][1] for r in hits)
    check(8.62 in values and 9 in values,
          f"example 07: expected 8.62 and 9 highlighted, got {values} (styles {book.highlight})")


LENIENT_FORM = """format: evalscore/1
project: {name: 容差}
rules: %s
indicators:
  产出指标:
    数量指标:
      - {name: 完成数, target: 10个, actual: 10个, points: 10, score: 9.7}
"""


def check_tolerance(binary):
    """Issue #12: the form's highlight uses the profile's checks.score_tolerance
    (it was a fixed 0.01 in xlsx only). 9.7 printed, 10 recomputed: |0.3| is
    above the default 0.01 (highlighted) and within 0.5 (not highlighted)."""
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "lenient.yaml"), "w", encoding="utf-8") as f:
            f.write("extends: central-2020\nchecks: {score_tolerance: 0.5}\n")
        for rules, expect in (("central-2020", True), ("lenient.yaml", False)):
            form = os.path.join(tmp, "form.yaml")
            with open(form, "w", encoding="utf-8") as f:
                f.write(LENIENT_FORM % rules)
            out = os.path.join(tmp, "out.xlsx")
            r = run(binary, ["-f", "xlsx", "-o", out, "form.yaml"], tmp)
            if not check(os.path.exists(out), f"tolerance ({rules}): no workbook: {r.stderr}"):
                continue
            book = Book(out)
            cells, _ = book.sheet_with("容差")
            hits = sorted(v for k, v, s in (cells or {}).values() if k == "n" and s in book.highlight)
            check(hits == ([9.7, 10] if expect else []),
                  f"tolerance ({rules}): highlighted {hits}, expected {expect}")
            md = run(binary, ["-f", "markdown", "form.yaml"], tmp).stdout
            row = [line for line in md.splitlines() if line.startswith("| ") and "完成数" in line]
            check(len(row) == 1 and ("**10.00**" in row[0]) == expect,
                  f"tolerance ({rules}): markdown row {row}, bold expected {expect}")


def check_failures(binary, source, tmp):
    r = run(binary, ["-f", "xlsx", "examples/"], source)
    check(r.returncode == 3, f"-f xlsx without -o exited {r.returncode}, expected 3")
    target = os.path.join(tmp, "missing-dir", "out.xlsx")
    r = run(binary, ["-f", "xlsx", "-o", target, "examples/"], source)
    check(r.returncode == 3, f"unwritable -o exited {r.returncode}, expected 3")
    check("xlsx" in r.stderr, f"unwritable -o: no xlsx error message: {r.stderr!r}")
    check(not os.path.exists(target), "unwritable -o: output exists")
    r = run(binary, ["--rules", "no-such-profile", "-f", "xlsx", "-o", f"{tmp}/bad.xlsx",
                     "examples/"], source)
    check(r.returncode == 3 and not os.path.exists(f"{tmp}/bad.xlsx"),
          f"failed run (exit {r.returncode}) left {tmp}/bad.xlsx or did not fail")


def check_unscorable_input(binary, source, tmp):
    out = os.path.join(tmp, "with-error.xlsx")
    run(binary, ["-f", "xlsx", "-o", out, "examples/01-seed-chengde-2021.yaml",
                 "no-such-file.yaml"], source)
    if check(os.path.exists(out), "an unscorable input: no workbook written"):
        cells, _ = Book(out).sheets["汇总 summary"]
        check(cells.get("B3", (0, ""))[1] == "error" and cells.get("T3", (0, ""))[1] != "",
              "an unscorable input: summary row 3 lacks status error and its message")


def check_package(path):
    """The zip as a package (stdlib zipfile): every sheet workbook.xml lists
    has a relationship, a part in the zip and a content type; every form sheet
    (named "NN title", streamed into the zip as it was made) is listed once;
    docProps/app.xml counts and names them all; every CRC is right."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        check(len(names) == len(set(names)), f"duplicate zip entries: {names}")
        check(z.testzip() is None, "a zip entry fails its CRC")
        check(all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in z.infolist()),
              "zip entries carry a clock time")
        rels = {r.get("Id"): r.get("Target") for r in
                ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(PKG + "Relationship")}
        types = ET.fromstring(z.read("[Content_Types].xml"))
        overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(CT + "Override")}
        sheets = list(ET.fromstring(z.read("xl/workbook.xml")).iter(M + "sheet"))
        ids = [s.get("sheetId") for s in sheets]
        check(len(ids) == len(set(ids)), f"sheetIds repeat: {ids}")
        for s in sheets:
            part = "xl/" + rels.get(s.get(R + "id"), "?")
            check(part in names, f"sheet {s.get('name')!r}: part {part} missing")
            check(overrides.get("/" + part, "").endswith("worksheet+xml"),
                  f"sheet {s.get('name')!r}: no worksheet content type for {part}")
        listed = [s.get("name") for s in sheets]
        forms = [n for n in listed if re.match(r"\d+ ", n)]
        summary, _ = Book(path).sheets["汇总 summary"]
        scored = [r for r, c in summary.items() if r.startswith("B") and c[1] == "scored"]
        check(len(forms) == len(scored) > 0 and len(set(forms)) == len(forms),
              f"{len(scored)} scored inputs, form sheets listed: {forms}")
        check(listed[:3] == ["汇总 summary", "概览 dashboard", "散点 scatter data"]
              and listed[3:] == forms, f"sheet order: {listed}")
        # Each scored summary row's project name links to its form sheet, in order.
        _, root = Book(path).sheets["汇总 summary"]
        links = [(h.get("ref"), h.get("location")) for h in root.iter(M + "hyperlink")]
        rows = sorted((r for r in scored), key=lambda r: split_ref(r)[1])
        check(links == [("C" + r[1:], f"'{name}'!A1") for r, name in zip(rows, forms)],
              f"summary links {links[:3]}... != the form sheets in order")
        check(all(summary[ref][2] == summary[links[0][0]][2] for ref, _ in links),
              "the linked names do not share one (hyperlink) style")
        app = z.read("docProps/app.xml").decode()
        count = re.search(r"<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>(\d+)", app)
        check(count and int(count.group(1)) == len(listed), f"app.xml worksheet count {count}")
        titles = re.findall(r"<vt:lpstr>([^<]*)</vt:lpstr>", app.split("<TitlesOfParts>")[1])
        check(titles[:len(listed)] == [n.replace("&", "&amp;") for n in listed],
              "app.xml TitlesOfParts does not list the sheets in order")


def check_deterministic(binary, source, tmp):
    """Same inputs, same bytes, whatever -j."""
    outs = []
    for jobs in ("1", "2"):
        out = os.path.join(tmp, f"j{jobs}.xlsx")
        run(binary, ["-j", jobs, "-f", "xlsx", "-o", out, "examples/"], source)
        with open(out, "rb") as f:
            outs.append(f.read())
        os.remove(out)
    check(outs[0] == outs[1] and len(outs[0]) > 0, "-j1 and -j2 workbooks differ")


def main():
    binary, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    inputs = len(glob.glob(os.path.join(source, "examples", "*.yaml")))
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.xlsx")
        r = run(binary, ["-f", "xlsx", "-o", out, "examples/"], source)
        if check(r.returncode == 0 and os.path.exists(out),
                 f"-f xlsx exited {r.returncode}: {r.stderr}"):
            book = Book(out)
            check_summary(book, run(binary, ["-f", "csv", "examples/"], source).stdout, inputs)
            check_seed(book)
            check_highlight(book)
            check_package(out)
        check_deterministic(binary, source, tmp)
        check_failures(binary, source, tmp)
        check_tolerance(binary)
        check_unscorable_input(binary, source, tmp)
        check(sorted(os.listdir(tmp)) == ["out.xlsx", "with-error.xlsx"],
              f"files left behind: {os.listdir(tmp)}")
    for f in failures:
        print("FAIL:", f)
    print(f"xlsx_test: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
