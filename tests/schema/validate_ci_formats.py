#!/usr/bin/env python3
"""-f sarif, -f github and -f gitlab over the examples and the bad inputs:
SARIF validates against the SARIF 2.1.0 subset schema (sarif-2.1.0-subset.schema.json)
with every ruleIndex naming its rule and the exit code recorded; GitHub lines are
well-formed workflow commands; the GitLab report has unique fingerprints; all
three carry one annotation per finding, input error and failed --fail-under.

Usage: validate_ci_formats.py EVALSCORE SOURCE_DIR"""
import json
import os
import re
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


with open(os.path.join(SOURCE, "tests", "schema", "sarif-2.1.0-subset.schema.json"),
          encoding="utf-8") as f:
    sarif_schema = json.load(f)
jsonschema.Draft7Validator.check_schema(sarif_schema)
sarif_validator = jsonschema.Draft7Validator(sarif_schema)

for args in (["examples/"], ["--fail-under", "95", "examples/", "tests/bad-input/"],
             ["tests/yaml-slips/"], ["check", "examples/"]):
    sub, rest = (args[:1], args[1:]) if args[0] == "check" else ([], args)
    what = " ".join(args)
    _, js = run(*sub, "-f", "json", *rest)
    doc = json.loads(js)
    expected = 0
    for p in doc["projects"]:
        expected += len(p.get("errors", [])) + len(p.get("diagnostics", []))
        expected += "fail_under" in p.get("gate", {}).get("failed", [])
    json_exit = doc["summary"]["gates"]["exit_code"]

    code, out = run(*sub, "-f", "sarif", *rest)
    log = json.loads(out)
    errors = list(sarif_validator.iter_errors(log))
    for e in errors[:5]:
        check(False, "sarif %s: %s: %s" % (what, "/".join(map(str, e.absolute_path)), e.message[:200]))
    check(not errors, "sarif %s: valid against the SARIF 2.1.0 subset schema" % what)
    run0 = log["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    check(len({r["id"] for r in rules}) == len(rules), "sarif %s: rule ids unique" % what)
    check(all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run0["results"]),
          "sarif %s: every ruleIndex names its ruleId" % what)
    check(len(run0["results"]) == expected,
          "sarif %s: %d results = findings + input errors + fail_under (%d)" % (what, len(run0["results"]), expected))
    check(run0["invocations"][0]["exitCode"] == code == json_exit,
          "sarif %s: invocation exitCode %s = process %s = JSON %s" % (what, run0["invocations"][0]["exitCode"], code, json_exit))

    code, out = run(*sub, "-f", "github", *rest)
    lines = out.splitlines()
    command = re.compile(r"^::(error|warning|notice) file=[^,:\r\n]+(,line=[1-9][0-9]*)?,title=ES[0-9]{3} [A-Z_]+::[^\r\n]+$")
    bad = [l for l in lines if not command.match(l)]
    check(not bad, "github %s: every line a workflow command%s" % (what, (": " + bad[0]) if bad else ""))
    check(len(lines) == expected, "github %s: %d annotations (%d)" % (what, len(lines), expected))
    check(code == json_exit, "github %s: exit code %s" % (what, code))

    code, out = run(*sub, "-f", "gitlab", *rest)
    issues = json.loads(out)
    ok = all(set(i) == {"description", "check_name", "fingerprint", "severity", "location"}
             and i["severity"] in ("info", "minor", "major", "critical", "blocker")
             and i["location"]["lines"]["begin"] >= 1 for i in issues)
    check(ok, "gitlab %s: every issue has the Code Quality fields" % what)
    check(len({i["fingerprint"] for i in issues}) == len(issues), "gitlab %s: fingerprints unique" % what)
    check(len(issues) == expected, "gitlab %s: %d issues (%d)" % (what, len(issues), expected))

# Same bytes twice (fingerprints are stable between runs).
check(run("-f", "gitlab", "examples/")[1] == run("-f", "gitlab", "-j", "1", "examples/")[1],
      "gitlab: identical output across runs and -j")

print("%d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
