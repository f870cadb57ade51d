#!/usr/bin/python3
"""Builds the bad form files in this directory from ../fixtures/forms/central.xlsx
(standard library only). Run: python3 tests/bad-forms/make.py
Each file and its expected message: tests/cli/forms_test.cc (BadFormTest)."""
import io
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, "..", "fixtures", "forms", "central.xlsx")
SHEET = "xl/worksheets/sheet1.xml"


def parts():
    with zipfile.ZipFile(GOOD) as z:
        return {n: z.read(n) for n in z.namelist()}


def write(name, files, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", method) as z:
        for n, data in files.items():
            z.writestr(n, data)


def strings(files):
    return re.findall(rb"<si>(.*?)</si>", files["xl/sharedStrings.xml"], re.S)


def replace_string(files, old, new):
    files["xl/sharedStrings.xml"] = files["xl/sharedStrings.xml"].replace(old.encode(), new.encode(), 1)


def main():
    # The indicator header without 年度指标值 (年度\n指标值 → 年度\n说明).
    f = parts()
    f["xl/sharedStrings.xml"] = f["xl/sharedStrings.xml"].replace("指标值".encode(), "说明".encode())
    write("no-target-column.xlsx", f)
    # A formula saved without its cached value (全年执行 of the total row, E6).
    f = parts()
    f[SHEET] = re.sub(rb'<c r="E6"([^>]*)><v>[^<]*</v></c>', rb'<c r="E6"\1><f>SUM(E7:E8)</f></c>',
                      f[SHEET], count=1)
    write("formula-without-value.xlsx", f)
    # A zip bomb: the sheet inflates to 300 MiB of spaces.
    f = parts()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n, data in f.items():
            if n == SHEET:
                with z.open(n, "w", force_zip64=True) as w:
                    chunk = b" " * (1 << 20)
                    for _ in range(300):
                        w.write(chunk)
            else:
                z.writestr(n, data)
    open(os.path.join(HERE, "zip-bomb.xlsx"), "wb").write(buf.getvalue())
    # Billion laughs in the shared strings.
    f = parts()
    lol = (b'<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY a "lollollollollol">'
           b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    f["xl/sharedStrings.xml"] = lol + f["xl/sharedStrings.xml"].split(b"?>", 1)[1].replace(
        b"<si>", b"<si><t>&c;</t></si><si>", 1)
    write("entity-expansion.xlsx", f)
    # A sheet whose cells reach row 1,048,576 and column XFD, and no form.
    f = parts()
    f[SHEET] = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>'
                b'<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>'
                b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>y</t></is></c></row>'
                b'</sheetData></worksheet>')
    write("huge-sheet.xlsx", f)
    # Corrupt: the zip cut in half.
    data = open(GOOD, "rb").read()
    open(os.path.join(HERE, "truncated.xlsx"), "wb").write(data[: len(data) // 2])
    # HTML saved with an .xls name, as some systems export.
    open(os.path.join(HERE, "html-as.xls"), "w", encoding="utf-8").write(
        "<html><head><meta charset='utf-8'></head><body><table><tr><td>项目名称</td>"
        "<td>某项目</td></tr></table></body></html>\n")
    # A password-protected workbook: Office stores it as an OLE2 file with an
    # EncryptedPackage stream (only the header and the directory name matter here).
    ole = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
    ole += "EncryptedPackage".encode("utf-16-le") + bytes(512 - 32)
    open(os.path.join(HERE, "encrypted.xlsx"), "wb").write(bytes(ole))
    # A workbook with no form in it.
    f = parts()
    f[SHEET] = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>' +
                '<t>通讯录</t></is></c></row></sheetData></worksheet>'.encode())
    write("no-form.xlsx", f)
    # A Word document nested 60,000 elements deep (past the stack of a recursive reader) (and no table).
    with zipfile.ZipFile(os.path.join(HERE, "..", "fixtures", "forms", "report.docx")) as z:
        f = {n: z.read(n) for n in z.namelist()}
    depth = 60000
    f["word/document.xml"] = (
        b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body><w:p>' + b"<w:r>" * depth + b"<w:t>x</w:t>" +
        b"</w:r>" * depth + b"</w:p></w:body></w:document>")
    write("deep-nesting.docx", f)


if __name__ == "__main__":
    main()
