#!/usr/bin/env python3
"""Checks the JSON Schemas of schemas/ (issue #7, editor support).

Usage: validate.py SOURCE_DIR [EVALSCORE]   (run by ctest as schema.validate)

  a. both schema files are valid draft-07 schemas;
  b. every examples/*.yaml validates against the project schema, and the same
     example with one `points` misspelled `ponits` is rejected at that row
     (what VS Code's YAML extension would underline); so do tests/zh-keys/*.yaml
     and the templates `evalscore init --zh/--en` print (given EVALSCORE);
  c. every profiles/*.yaml validates against the profile schema;
  d. every tests/schema/cases/*.yaml is accepted or rejected as its header says:
         # schema: project | profile
         # expect: accept | reject
         # at: ["indicators", "产出指标", "数量指标", 1]   (reject: the error's path)
         # key: ponits                                    (reject: the key it names)
  e. the bad inputs of tests/bad-input/ that the schema can see are rejected.

The project schema is generated from the vocabulary table and the profile
schema's severity block from the check catalogue (tools/gen_schemas.cc; ctest
schema.generated checks the committed files); no test reads C++ source.

YAML is read as yaml-language-server reads it (YAML 1.2 core schema): `off`,
`yes` and `2021-06-01` are text, only true/false are booleans.

Needs the Python modules jsonschema and yaml (Debian: python3-jsonschema,
python3-yaml). Prints one line per file checked; exits 1 on any failure.
"""
import copy
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml
from jsonschema import Draft7Validator


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with the YAML 1.2 core schema's implicit types."""


Yaml12Loader.yaml_implicit_resolvers = {}
for _tag, _regexp in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$"),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    ("tag:yaml.org,2002:merge", r"^<<$"),
]:
    Yaml12Loader.add_implicit_resolver(_tag, re.compile(_regexp), None)


def _int12(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    return int(text, 0) if text.startswith("0x") else int(text, 10)


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _int12)

FAILURES = []


def ok(what, detail=""):
    print("ok    %s%s" % (what, (": " + detail) if detail else ""))


def fail(what, detail):
    print("FAIL  %s: %s" % (what, detail))
    FAILURES.append(what)


def where(path):
    parts = ["[%d]" % p if isinstance(p, int) else str(p) for p in path]
    return " › ".join(parts) if parts else "(top level)"


def short(error):
    msg = error.message
    return msg if len(msg) <= 200 else msg[:197] + "..."


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Yaml12Loader)


def rel(path):
    return os.path.relpath(path, SOURCE)


def sorted_errors(validator, doc):
    return sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])


# ---------------------------------------------------------------- a. schemas
def load_schema(name):
    path = os.path.join(SOURCE, "schemas", name)
    what = "schemas/" + name
    try:
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        fail(what, "cannot read: %s" % e)
        return None
    if schema.get("$schema") != "http://json-schema.org/draft-07/schema#":
        fail(what, "$schema is not draft-07 (what yaml-language-server reads)")
        return None
    try:
        Draft7Validator.check_schema(schema)
    except Exception as e:  # jsonschema.SchemaError
        fail(what, "not a valid draft-07 schema: %s" % getattr(e, "message", e))
        return None
    ok(what, "valid draft-07 schema")
    return schema


# ---------------------------------------------------------------- b, c. examples, profiles
def expect_valid(validator, path, text=None, what=None):
    what = what or rel(path)
    try:
        if text is None:
            doc = load_yaml(path)
        else:
            doc = yaml.load(text, Loader=Yaml12Loader)
    except (OSError, yaml.YAMLError) as e:
        fail(what, "cannot read YAML: %s" % e)
        return None
    errors = sorted_errors(validator, doc)
    if errors:
        for e in errors[:5]:
            fail(what, "%s: %s" % (where(e.absolute_path), short(e)))
        return None
    ok(what, "valid")
    return doc


def check_init_template(validator, evalscore):
    """The project files `evalscore init` writes, with Chinese and with English keys."""
    if not evalscore:
        return
    for flag, name in (("--zh", "Chinese"), ("--en", "English")):
        what = "`evalscore init %s` template (%s keys)" % (flag, name)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "template.yaml")
            run = subprocess.run([evalscore, "init", flag, path], capture_output=True)
            if run.returncode != 0 or not os.path.exists(path):
                fail(what, "evalscore init failed: %s" % run.stderr.decode(errors="replace"))
                continue
            with open(path, encoding="utf-8") as f:
                text = f.read()
        # The placeholders are meant to be flagged until filled in; filled with a
        # value of the right shape the template must be valid.
        text = re.sub(r"请填写\S*", '"1"', text)
        expect_valid(validator, path, text, what)


def find_row_with(node, keys, path=()):
    """Path of the first indicator row (a mapping in a list) with one of `keys`."""
    if isinstance(node, dict):
        for k, v in node.items():
            found = find_row_with(v, keys, path + (k,))
            if found is not None:
                return found
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, dict) and any(k in item for k in keys):
                return path + (i,)
    return None


def expect_typo_flagged(validator, path, doc):
    what = rel(path) + " with ponits"
    indicators = doc.get("indicators", doc.get("绩效指标"))
    top_key = "indicators" if "indicators" in doc else "绩效指标"
    row_path = find_row_with(indicators, ("points",))
    if row_path is None:
        ok(what, "skipped (no row with an English `points` key)")
        return
    row_path = (top_key,) + row_path
    mutated = copy.deepcopy(doc)
    row = mutated
    for p in row_path:
        row = row[p]
    row["ponits"] = row.pop("points")
    hits = [e for e in validator.iter_errors(mutated)
            if tuple(e.absolute_path) == row_path and "'ponits'" in e.message]
    if hits:
        ok(what, "rejected at %s: %s" % (where(row_path), short(hits[0])))
    else:
        fail(what, "not flagged at %s" % where(row_path))


# ---------------------------------------------------------------- d. cases
def read_header(path):
    header = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*(schema|expect|at|key):\s*(.*?)\s*$", line)
            if m:
                header[m.group(1)] = m.group(2)
    return header


def check_case(validators, path):
    what = rel(path)
    h = read_header(path)
    if h.get("schema") not in validators or h.get("expect") not in ("accept", "reject"):
        fail(what, "header needs '# schema: project|profile' and '# expect: accept|reject'")
        return
    validator = validators[h["schema"]]
    if h["expect"] == "accept":
        expect_valid(validator, path)
        return
    try:
        doc = load_yaml(path)
    except (OSError, yaml.YAMLError) as e:
        fail(what, "cannot read YAML: %s" % e)
        return
    errors = sorted_errors(validator, doc)
    if not errors:
        fail(what, "accepted, but it must be rejected")
        return
    at = json.loads(h["at"]) if "at" in h else None
    key = h.get("key")
    hits = [e for e in errors
            if (at is None or list(e.absolute_path) == at)
            and (key is None or "'%s'" % key in e.message)]
    if not hits:
        fail(what, "rejected, but not at %s%s; errors: %s" % (
            where(at or []), " naming '%s'" % key if key else "",
            "; ".join("%s: %s" % (where(e.absolute_path), short(e)) for e in errors[:3])))
        return
    ok(what, "rejected at %s: %s" % (where(hits[0].absolute_path), short(hits[0])))


# ---------------------------------------------------------------- e. bad inputs
# Inputs of tests/bad-input/ that the loader refuses for a reason a schema can
# express. (Not here: YAML syntax, encodings, duplicate keys, which PyYAML
# drops silently but yaml-language-server reports itself, .nan, and checks that
# need the scorer.)
BAD_INPUTS = [
    "absurd-number.yaml", "bad-currency.yaml", "empty-indicator-name.yaml",
    "infinite-points.yaml", "key-and-alias.yaml", "list-for-text.yaml",
    "missing-format.yaml", "missing-indicators.yaml", "missing-name.yaml",
    "missing-project.yaml", "negative-budget.yaml", "not-a-mapping.yaml",
    "text-for-number.yaml", "unknown-key-typo.yaml", "unsupported-format.yaml",
]


def check_bad_input(validator, name):
    path = os.path.join(SOURCE, "tests", "bad-input", name)
    what = rel(path)
    try:
        doc = load_yaml(path)
    except (OSError, yaml.YAMLError) as e:
        fail(what, "cannot read YAML: %s" % e)
        return
    errors = sorted_errors(validator, doc)
    if errors:
        ok(what, "rejected at %s: %s" % (where(errors[0].absolute_path), short(errors[0])))
    else:
        fail(what, "accepted by the schema, refused by evalscore")


def main():
    global SOURCE
    if len(sys.argv) not in (2, 3):
        print("usage: validate.py SOURCE_DIR [EVALSCORE]", file=sys.stderr)
        return 2
    SOURCE = os.path.abspath(sys.argv[1])
    evalscore = sys.argv[2] if len(sys.argv) == 3 else None

    project_schema = load_schema("evalscore-project.schema.json")
    profile_schema = load_schema("evalscore-profile.schema.json")
    if project_schema is None or profile_schema is None:
        print("%d failure(s)" % len(FAILURES))
        return 1
    validators = {"project": Draft7Validator(project_schema),
                  "profile": Draft7Validator(profile_schema)}

    examples = sorted(glob.glob(os.path.join(SOURCE, "examples", "*.yaml")))
    profiles = sorted(glob.glob(os.path.join(SOURCE, "profiles", "*.yaml")))
    cases = sorted(glob.glob(os.path.join(SOURCE, "tests", "schema", "cases", "*.yaml")))
    for what, files in (("examples/*.yaml", examples), ("profiles/*.yaml", profiles),
                        ("tests/schema/cases/*.yaml", cases)):
        if not files:
            fail(what, "no files found")

    for path in examples:
        doc = expect_valid(validators["project"], path)
        if isinstance(doc, dict):
            expect_typo_flagged(validators["project"], path, doc)
    # Other project files kept as test inputs (the Chinese-keyed seed).
    for path in sorted(glob.glob(os.path.join(SOURCE, "tests", "zh-keys", "*.yaml"))):
        expect_valid(validators["project"], path)
    check_init_template(validators["project"], evalscore)
    for path in profiles:
        expect_valid(validators["profile"], path)
    for path in cases:
        check_case(validators, path)
    for name in BAD_INPUTS:
        check_bad_input(validators["project"], name)

    if FAILURES:
        print("%d failure(s): %s" % (len(FAILURES), ", ".join(sorted(set(FAILURES)))))
        return 1
    print("all schema checks passed (%d examples, %d profiles, %d cases, %d bad inputs)"
          % (len(examples), len(profiles), len(cases), len(BAD_INPUTS)))
    return 0


SOURCE = "."

if __name__ == "__main__":
    sys.exit(main())
