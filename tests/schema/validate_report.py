#!/usr/bin/env python3
"""The JSON report contract: every example's JSON (and every bad input's)
validates against schemas/evalscore-report.schema.json; the JSON's exit code is
the process's; rates agree with the CSV; every input error has a specific code.

Usage: validate_report.py EVALSCORE SOURCE_DIR"""
import csv
import io
import json
import os
import subprocess
import sys

import jsonschema

EVALSCORE, SOURCE = sys.argv[1], sys.argv[2]
failures = []


def run(*args):
    p = subprocess.run([EVALSCORE, "--no-config", "--lang", "en", *args], cwd=SOURCE,
                       capture_output=True, check=False)
    return p.returncode, p.stdout.decode("utf-8")


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures.append(what)


with open(os.path.join(SOURCE, "schemas", "evalscore-report.schema.json"), encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)

examples = sorted(os.path.join("examples", n) for n in os.listdir(os.path.join(SOURCE, "examples"))
                  if n.endswith(".yaml"))
runs = [[e] for e in examples] + [
    ["examples/"],
    ["--group-by", "year", "examples/"],
    ["--group-by", "department", "--fail-under", "95", "examples/"],
    ["--group-by", "unit", "--strict", "examples/"],
    ["--sort", "overstatement", "examples/", "tests/bad-input/"],
    ["check", "examples/"],
    ["tests/bad-input/"],
    ["tests/yaml-slips/"],
    ["tests/zh-keys/", "tests/encodings/"],
    # Forms read from workbooks and documents: locations name the sheet and cell,
    # and the twins give batch findings located at cells.
    ["-j", "1", "tests/fixtures/forms/"],
    ["-j", "1", "tests/bad-forms/"],
]
for args in runs:
    what = "evalscore -f json " + " ".join(args)
    code, out = run(*(args[:1] if args[0] == "check" else []), "-f", "json",
                    *(args[1:] if args[0] == "check" else args))
    try:
        doc = json.loads(out)
    except json.JSONDecodeError as e:
        check(False, "%s: not JSON: %s" % (what, e))
        continue
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        check(False, "%s: %s: %s" % (what, "/".join(map(str, e.absolute_path)), e.message[:200]))
    check(not errors, what + ": valid against the report schema")
    check(doc["summary"]["gates"]["exit_code"] == code,
          "%s: summary.gates.exit_code %s is the exit code %s" % (what, doc["summary"]["gates"]["exit_code"], code))
    for p in doc["projects"]:
        for e in p.get("errors", []):
            if e["code"] == "ES000":
                check(False, "%s: %s: input error without a specific code: %s" % (what, p["path"], e["message"]))

# Rates: the JSON's budget.rate is the CSV's execution_rate (percent, 2 decimals).
_, js = run("-f", "json", "examples/")
_, cs = run("-f", "csv", "examples/")
csv_rate = {r["path"]: r["execution_rate"] for r in csv.DictReader(io.StringIO(cs))}
for p in json.loads(js)["projects"]:
    rate = p["budget"].get("rate")
    if rate is not None:
        check(float(csv_rate[p["path"]]) == rate,
              "%s: JSON rate %s = CSV execution_rate %s" % (p["path"], rate, csv_rate[p["path"]]))

# The gate verdict names the failing projects.
code, out = run("-f", "json", "--fail-under", "95", "examples/01-seed-chengde-2021.yaml",
                "examples/02-tianchang-shuihanzaihai-2022.yaml")
gates = json.loads(out)["summary"]["gates"]
check(code == 1 and gates["failed"] == ["examples/01-seed-chengde-2021.yaml"] and gates["fail_under"] == 95,
      "--fail-under 95: the seed (92.40) fails, 天长 (100.00) passes, exit 1")

print("%d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
