#!/usr/bin/python3
"""Builds tests/fixtures/forms/escaped.xlsx from central.xlsx (standard library only):
the same form with the _xHHHH_ escapes of ECMA-376 ST_Xstring that Excel writes
(a carriage return pasted from Windows text as _x000D_ before the line feed, a
literal "_x" sequence as _x005F_x..., any character may be escaped):
  D13 name    人脸识别_x000D_\\n系统认证人        (shared string)
  E13 target  15万_x000D_\\n人                     (shared string)
  D15 name    系统运行_x000D_\\n情况                (inline string)
  E18 target  及时_x000D_\\n处理                    (a formula's cached string, t="str")
  E12 label   年度_x000D_\\n指标值; A3 label 项目_x540D_称 (名 escaped)
  G4  unit    承德县承县居民社会养老保险_x005F_x0041_  (reads as ..._x0041_)
  sheet name  自评_x8868_                           (表 escaped)
Its twin is tests/fixtures/forms/escaped.yaml. Run: python3 scripts/make-escaped-form.py
The fixture is committed; the test suite does not run this."""
import os
import re
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMS = os.path.join(ROOT, "tests", "fixtures", "forms")
STRINGS = "xl/sharedStrings.xml"
SHEET = "xl/worksheets/sheet1.xml"


def replace_once(text, old, new):
    if text.count(old) != 1:
        raise SystemExit(f"expected exactly one {old!r}")
    return text.replace(old, new)


def main():
    with zipfile.ZipFile(os.path.join(FORMS, "central.xlsx")) as z:
        parts = {n: z.read(n).decode("utf-8") if n.endswith((".xml", ".rels")) else z.read(n)
                 for n in z.namelist()}
    s = parts[STRINGS]
    for old, new in [(">人脸识别系统认证人<", ">人脸识别_x000D_\n系统认证人<"),
                     (">年度&#10;指标值<", ">年度_x000D_&#10;指标值<"),
                     (">项目名称<", ">项目_x540D_称<"),
                     (">承德县承县居民社会养老保险<", ">承德县承县居民社会养老保险_x005F_x0041_<")]:
        s = replace_once(s, old, new)
    # 15万人 is rich text (runs in two fonts): escape inside the second run.
    s = replace_once(s, '>15</t></r><r><rPr><sz val="10"/><rFont val="Noto Sans CJK SC"/>'
                     '<family val="2"/></rPr><t xml:space="preserve">万人<',
                     '>15</t></r><r><rPr><sz val="10"/><rFont val="Noto Sans CJK SC"/>'
                     '<family val="2"/></rPr><t xml:space="preserve">万_x000D_\n人<')
    parts[STRINGS] = s
    sheet = parts[SHEET]
    sheet = re.sub(r'<c r="D15"([^>]*?) t="s"><v>\d+</v></c>',
                   r'<c r="D15"\1 t="inlineStr"><is><t>系统运行_x000D_' + "\n" + r'情况</t></is></c>',
                   sheet, count=1)
    sheet = re.sub(r'<c r="E18"([^>]*?) t="s"><v>\d+</v></c>',
                   r'<c r="E18"\1 t="str"><f>"及时处理"</f><v>及时_x000D_' + "\n" + r'处理</v></c>',
                   sheet, count=1)
    if "系统运行_x000D_" not in sheet or "及时_x000D_" not in sheet:
        raise SystemExit("D15 or E18 not found")
    parts[SHEET] = sheet
    parts["xl/workbook.xml"] = replace_once(parts["xl/workbook.xml"], 'name="自评表"',
                                            'name="自评_x8868_"')
    with zipfile.ZipFile(os.path.join(FORMS, "escaped.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2021, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


if __name__ == "__main__":
    main()
