#!/usr/bin/python3
"""Builds the form fixtures (tests/fixtures/forms/*.xlsx, *.xls, *.docx) from the
HTML tables in tests/fixtures/forms/src/ with LibreOffice headless.

Each source is an HTML file holding one or more <table>s (rowspan/colspan for
merged cells, <br> for line breaks inside a cell). A spreadsheet source becomes
one sheet per table (data-sheet="name", data-hidden for a hidden sheet) written
as flat ODS, then converted to .xlsx and .xls; a source whose <body> has
data-kind="docx" becomes a Word document (flat ODT, paragraphs before each
table kept) converted to .docx. Cell attributes:
  data-type="string"   keep a number as text (as many exports do)
  data-type="percent"  data-value="0.24": a number formatted as a percentage
  data-type="date"     data-value="2021-12-31": a date cell
  data-formula="of:=[.D7]/[.C7]" data-value="0.24": a formula with its cached value
  data-formula="of:=IF(...)" data-type="string": a formula whose cached value is the
                       cell's text (in .xls: a FORMULA record followed by a STRING record)
A table with data-hidden becomes a hidden sheet (a decoy form there is never read).
Anything else that reads as a number is a number cell.

Run once after editing a source: python3 scripts/make-form-fixtures.py
The fixtures are committed; the test suite does not need LibreOffice.
"""
import html
import html.parser
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "tests", "fixtures", "forms", "src")
OUT = os.path.join(ROOT, "tests", "fixtures", "forms")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"')


class Source(html.parser.HTMLParser):
    """Tables (rows of cells with attributes) and the paragraphs before each."""

    def __init__(self):
        super().__init__()
        self.kind = "sheets"
        self.tables = []       # [{attrs, rows: [[cell]], before: [str]}]
        self.paragraphs = []   # paragraphs since the last table
        self.cell = None
        self.para = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body" and a.get("data-kind"):
            self.kind = a["data-kind"]
        elif tag == "table":
            self.tables.append({"attrs": a, "rows": [], "before": self.paragraphs})
            self.paragraphs = []
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self.cell = {"attrs": a, "text": ""}
            self.tables[-1]["rows"][-1].append(self.cell)
        elif tag == "br" and self.cell is not None:
            self.cell["text"] += "\n"
        elif tag == "p" and self.cell is None:
            self.para = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.cell = None
        elif tag == "p" and self.para is not None:
            self.paragraphs.append(self.para.strip())
            self.para = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += re.sub(r"\s*\n\s*", "", data) if "\n" in data else data
        elif self.para is not None:
            self.para += data


def layout(rows):
    """HTML rows with rowspan/colspan as a grid: (r, c) -> cell, covered spots -> None."""
    grid, taken = {}, set()
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            rs = int(cell["attrs"].get("rowspan", 1))
            cs = int(cell["attrs"].get("colspan", 1))
            grid[(r, c)] = dict(cell, rs=rs, cs=cs)
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
                    if dr or dc:
                        grid[(r + dr, c + dc)] = None
            c += cs
    return grid


def cell_xml(cell):
    if cell is None:
        return "<table:covered-table-cell/>"
    a, text = cell["attrs"], cell["text"].strip()
    span = ""
    if cell["rs"] > 1 or cell["cs"] > 1:
        span = f' table:number-rows-spanned="{cell["rs"]}" table:number-columns-spanned="{cell["cs"]}"'
    paras = "".join(f"<text:p>{html.escape(p)}</text:p>" for p in text.split("\n")) if text else ""
    kind = a.get("data-type")
    value = ""
    style = ' table:style-name="ce_wrap"'
    if a.get("data-formula") and kind == "string":
        value = (f' table:formula="{html.escape(a["data-formula"])}"'
                 f' office:value-type="string" office:string-value="{html.escape(text)}"')
    elif a.get("data-formula"):
        value = (f' table:formula="{html.escape(a["data-formula"])}"'
                 f' office:value-type="float" office:value="{a["data-value"]}"')
        if kind == "percent":
            value = value.replace('"float"', '"percentage"')
            style = ' table:style-name="ce_pct"'
    elif kind == "percent":
        value = f' office:value-type="percentage" office:value="{a["data-value"]}"'
        style = ' table:style-name="ce_pct"'
    elif kind == "date":
        value = f' office:value-type="date" office:date-value="{a["data-value"]}"'
        style = ' table:style-name="ce_date"'
    elif kind != "string" and re.fullmatch(r"-?\d+(\.\d+)?", text):
        value = f' office:value-type="float" office:value="{text}"'
    else:
        value = ' office:value-type="string"'
    return f"<table:table-cell{style}{span}{value}>{paras}</table:table-cell>"


def table_xml(t, name):
    grid = layout(t["rows"])
    rows = max(r for r, _ in grid) + 1
    cols = max(c for _, c in grid) + 1
    hidden = ' table:style-name="ta_hidden"' if "data-hidden" in t["attrs"] else ""
    out = [f'<table:table table:name="{html.escape(name)}"{hidden}>',
           f'<table:table-column table:number-columns-repeated="{cols}"/>']
    for r in range(rows):
        out.append("<table:table-row>")
        for c in range(cols):
            out.append(cell_xml(grid[(r, c)]) if (r, c) in grid else "<table:table-cell/>")
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="ta_hidden" style:family="table">'
    '<style:table-properties table:display="false"/></style:style>'
    '<number:percentage-style style:name="N_pct"><number:number number:decimal-places="0" '
    'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
    '<number:date-style style:name="N_date"><number:year number:style="long"/><number:text>-'
    '</number:text><number:month number:style="long"/><number:text>-</number:text>'
    '<number:day number:style="long"/></number:date-style>'
    '<style:style style:name="ce_wrap" style:family="table-cell">'
    '<style:table-cell-properties fo:wrap-option="wrap"/></style:style>'
    '<style:style style:name="ce_pct" style:family="table-cell" style:data-style-name="N_pct"/>'
    '<style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_date"/>'
    "</office:automatic-styles>")


def fods(src):
    sheets = "".join(table_xml(t, t["attrs"].get("data-sheet", f"Sheet{i + 1}"))
                     for i, t in enumerate(src.tables))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
            f"<office:body><office:spreadsheet>{sheets}</office:spreadsheet></office:body>"
            "</office:document>\n")


def fodt(src):
    body = []
    for i, t in enumerate(src.tables):
        body += [f"<text:p>{html.escape(p)}</text:p>" for p in t["before"]]
        body.append(table_xml(t, f"表{i + 1}"))
    body += [f"<text:p>{html.escape(p)}</text:p>" for p in src.paragraphs]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} '
            f'office:mimetype="application/vnd.oasis.opendocument.text">{STYLES}'
            f"<office:body><office:text>{''.join(body)}</office:text></office:body>"
            "</office:document>\n")


# The .xls is converted from the .xlsx, with LibreOffice recalculating formulas when it
# loads it: converted straight from the flat file, its .xls export writes a text
# formula's result as the number 0 (no STRING record). So each data-value (and the text
# of a data-type="string" formula) must be what the formula gives.
RECALC_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode"
 oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def convert(path, fmt, profile):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", fmt, "--outdir", OUT, path],
                   check=True, stdout=subprocess.DEVNULL)


def main():
    names = sys.argv[1:] or sorted(n for n in os.listdir(SRC) if n.endswith(".html"))
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(RECALC_ON_LOAD)
        for name in names:
            src = Source()
            with open(os.path.join(SRC, name), encoding="utf-8") as f:
                src.feed(f.read())
            stem = name[:-len(".html")]
            if src.kind == "docx":
                flat = os.path.join(tmp, stem + ".fodt")
                open(flat, "w", encoding="utf-8").write(fodt(src))
                convert(flat, 'docx:MS Word 2007 XML', profile)
            else:
                flat = os.path.join(tmp, stem + ".fods")
                open(flat, "w", encoding="utf-8").write(fods(src))
                convert(flat, 'xlsx:Calc MS Excel 2007 XML', profile)
                convert(os.path.join(OUT, stem + ".xlsx"), 'xls:MS Excel 97', profile)
            print("built", stem)


if __name__ == "__main__":
    main()
