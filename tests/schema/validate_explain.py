#!/usr/bin/env python3
"""The explain JSON contract: `evalscore explain -f json` over every example,
layout case, form fixture and bad input (in English and Chinese), and over the
check catalogue, validates against schemas/evalscore-explain.schema.json; each
finding's message_id and args are the score JSON's for the same finding.

Usage: validate_explain.py EVALSCORE SOURCE_DIR"""
import json
import os
import subprocess
import sys

import jsonschema

EVALSCORE, SOURCE = sys.argv[1], sys.argv[2]
failures = []


def run(*args):
    p = subprocess.run([EVALSCORE, "--no-config", *args], cwd=SOURCE, capture_output=True,
                       check=False)
    return p.returncode, p.stdout.decode("utf-8")


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures.append(what)


with open(os.path.join(SOURCE, "schemas", "evalscore-explain.schema.json"), encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)

runs = [
    ["--lang", "en", "examples/"],
    ["--lang", "zh", "examples/"],
    ["--lang", "en", "tests/cases/layouts/"],
    ["--lang", "en", "-j", "1", "tests/fixtures/forms/"],
    ["--lang", "en", "-j", "1", "tests/bad-forms/"],
    ["--lang", "en", "tests/bad-input/"],
    ["--lang", "zh", "tests/yaml-slips/"],
    ["--lang", "en"],  # the check catalogue
    ["--lang", "zh", "ES102", "LOW_EXECUTION"],
]
docs = {}
for args in runs:
    what = "evalscore explain -f json " + " ".join(args)
    _, out = run(args[0], args[1], "explain", "-f", "json", *args[2:])
    try:
        doc = json.loads(out)
    except json.JSONDecodeError as e:
        check(False, "%s: not JSON: %s" % (what, e))
        continue
    docs[" ".join(args)] = doc
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        check(False, "%s: %s: %s" % (what, "/".join(map(str, e.absolute_path)), e.message[:200]))
    check(not errors, what + ": valid against the explain schema")

# The same findings, with the same ids and arguments, as the score JSON gives.
_, out = run("--lang", "en", "-f", "json", "examples/")
scored = {p["path"]: p.get("diagnostics", []) for p in json.loads(out)["projects"]}
for e in docs.get("--lang en examples/", {}).get("explanations", []):
    theirs = [(d["code"], d["message_id"], d["args"]) for d in scored.get(e["path"], [])]
    ours = [(d["code"], d["message_id"], d["args"]) for d in e.get("findings", [])]
    check(ours == theirs, "%s: findings' message_id and args are the score JSON's" % e["path"])

sys.exit(1 if failures else 0)
