#!/usr/bin/env python3
"""Rewrites the severity block of schemas/evalscore-profile.schema.json from
src/core/check_catalogue.cc: one property per check code and name, and a
case-insensitive pattern for both. Run after adding a check; the schema test
(tests/schema/validate.py) fails when the two drift apart."""
import json
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SCHEMA = os.path.join(ROOT, "schemas", "evalscore-profile.schema.json")
CATALOGUE = os.path.join(ROOT, "src", "core", "check_catalogue.cc")
LEVELS = ["off", "info", "warning", "error"]
ENTRY = re.compile(r'\{"(ES\d{3})",\s*"([A-Z0-9_]+)",\s*S::k(\w+),\s*((?:"(?:[^"\\]|\\.)*"\s*)+),', re.S)


def checks():
    text = open(CATALOGUE, encoding="utf-8").read()
    found = []
    for code, name, severity, summary in ENTRY.findall(text):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', summary)
        found.append((code, name, severity.lower(), json.loads('"' + "".join(parts) + '"')))
    return sorted(found, key=lambda c: c[0])


def insensitive(word):
    return "".join("[%s%s]" % (c.upper(), c.lower()) if c.isalpha() else c for c in word)


def severity_block(old):
    props = {}
    alternatives = []
    for code, name, severity, summary in checks():
        text = "%s %s 的级别（默认 %s）。\n%s %s: %s (default %s)." % (
            code, name, severity, code, name, summary, severity)
        for key in (code, name):
            props[key] = {"title": key, "description": text, "type": "string", "enum": LEVELS}
            alternatives.append(insensitive(key))
    block = {k: v for k, v in old.items() if k not in ("properties", "patternProperties")}
    block["properties"] = props
    block["patternProperties"] = {"^(?:%s)$" % "|".join(alternatives):
                                  {"type": "string", "enum": LEVELS}}
    return block


def dump(value):
    text = json.dumps(value, ensure_ascii=False, indent=2)
    # Arrays of scalars on one line, as the checked-in file writes them.
    return re.sub(r"\[\s*((?:(?:\"[^\"]*\"|-?[\d.]+|true|false|null),?\s*)+)\]",
                  lambda m: "[" + ", ".join(x.strip() for x in m.group(1).split(",") if x.strip()) + "]",
                  text)


def main():
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    checks_props = schema["properties"]["checks"]["properties"]
    checks_props["severity"] = severity_block(checks_props["severity"])
    with open(SCHEMA, "w", encoding="utf-8") as f:
        f.write(dump(schema) + "\n")


if __name__ == "__main__":
    main()
