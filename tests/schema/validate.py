#!/usr/bin/env python3
"""Checks the JSON Schemas of schemas/ (issue #7, editor support).

Usage: validate.py SOURCE_DIR   (run by ctest as schema.validate)

  a. both schema files are valid draft-07 schemas;
  b. every examples/*.yaml validates against the project schema, and the same
     example with one `points` misspelled `ponits` is rejected at that row
     (what VS Code's YAML extension would underline); so do tests/zh-keys/*.yaml
     and the template `evalscore init` writes (src/cli/init_template.cc);
  c. every profiles/*.yaml validates against the profile schema;
  d. every tests/schema/cases/*.yaml is accepted or rejected as its header says:
         # schema: project | profile
         # expect: accept | reject
         # at: ["indicators", "产出指标", "数量指标", 1]   (reject: the error's path)
         # key: ponits                                    (reject: the key it names)
  e. the bad inputs of tests/bad-input/ that the schema can see are rejected;
  f. the schemas list exactly the keys, aliases, enum values and check codes of
     the loaders (src/core/load_project.cc, load_profile.cc, profile_enums.h,
     check_catalogue.cc), so the two cannot drift apart.

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
import sys

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


def check_init_template(validator):
    """The project file `evalscore init` writes (src/cli/init_template.cc), if there is one."""
    relpath = os.path.join("src", "cli", "init_template.cc")
    path = os.path.join(SOURCE, relpath)
    if not os.path.exists(path):
        return
    m = re.search(r'R"\((.*?)\)"', read_source(relpath), re.S)
    if not m:
        fail(relpath, "no raw-string template found")
        return
    # Keys are written {中文|english}: check the template with each set of keys.
    for side, name in ((1, "Chinese"), (2, "English")):
        text = re.sub(r"\{([^|{}]*)\|([^|{}]*)\}", lambda k: k.group(side), m.group(1))
        # The placeholders are meant to be flagged until filled in; filled with a
        # value of the right shape the template must be valid.
        text = re.sub(r"请填写\S*", '"1"', text)
        expect_valid(validator, path, text,
                     relpath + " (the `evalscore init` template, %s keys)" % name)


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


# ---------------------------------------------------------------- f. in sync with the loaders
def read_source(relpath):
    with open(os.path.join(SOURCE, relpath), encoding="utf-8") as f:
        return f.read()


def field_tables(relpath):
    """{table name: [(key, [aliases])]} of the FieldSpec tables of a source file."""
    tables = {}
    text = read_source(relpath)
    for m in re.finditer(r"const std::vector<FieldSpec> (\w+) = \{(.*?)\};\n", text, re.S):
        entries = re.findall(r'\{"([^"]+)",\s*\{([^{}]*)\}\}', m.group(2))
        tables[m.group(1)] = [(k, re.findall(r'"([^"]+)"', a)) for k, a in entries]
    return tables


def names_of(table):
    out = set()
    for key, aliases in table:
        out.add(key)
        out.update(aliases)
    return out


def compare(what, expected, schema_node):
    got = set((schema_node or {}).get("properties", {}))
    if not expected:
        fail(what, "no keys found in the source (did its layout change?)")
    elif got != expected:
        missing, extra = sorted(expected - got), sorted(got - expected)
        fail(what, "schema differs from the loader: missing %s, not in the loader %s"
             % (missing, extra))
    else:
        ok(what, "%d keys match the loader" % len(got))


def check_project_sync(schema):
    tables = field_tables("src/core/load_project.cc")
    d = schema["definitions"]
    pairs = [("kTopFields", schema), ("kProjectFields", d["project"]),
             ("kGoalFields", d["goals"]), ("kFundsFields", d["funds"]),
             ("kFundsRowFields", d["fundsRow"]), ("kGroupFields", d["group"]),
             ("kIndicatorFields", d["row"]), ("kTargetFields", d["target"]),
             ("kReportedFields", d["reported"])]
    for table, node in pairs:
        compare("project schema vs %s" % table, names_of(tables.get(table, [])), node)
    parts = [(k, a) for k, a in tables.get("kIndicatorFields", []) if k != "parts"]
    compare("project schema part rows vs kIndicatorFields without parts", names_of(parts),
            d["part"])
    m = re.search(r"kWeightKeys = \{([^}]*)\}", read_source("src/core/load_project.cc"))
    weight_keys = set(re.findall(r'"([^"]+)"', m.group(1))) if m else set()
    level1 = {k: v for k, v in d["category"]["properties"].items()
              if v.get("$ref") != "#/definitions/group"}
    compare("project schema level-1 weight vs kWeightKeys", weight_keys, {"properties": level1})


def check_profile_sync(schema):
    tables = field_tables("src/core/load_profile.cc")
    p = schema["properties"]
    ind = p["indicators"]["properties"]
    pairs = [("kTop", schema), ("kBudget", p["budget"]), ("kIndicators", p["indicators"]),
             ("kQualitative", ind["qualitative"]),
             ("kGrade", ind["qualitative"]["properties"]["achieved"]),
             ("kOver", ind["over_achievement"]), ("kRounding", p["rounding"]),
             ("kBand", p["grades"]["items"]), ("kChecks", p["checks"])]
    for table, node in pairs:
        compare("profile schema vs %s" % table, names_of(tables.get(table, [])), node)
    q = ind["qualitative"]["properties"]
    for other in ("partial", "not_achieved"):  # same shape as achieved (defaults differ)
        compare("profile schema qualitative.%s vs kGrade" % other,
                names_of(tables.get("kGrade", [])), q[other])

    enums_h = read_source("src/core/profile_enums.h")
    enum_fields = {
        "kDenominatorNames": p["budget"]["properties"]["denominator"],
        "kZeroBudgetNames": p["budget"]["properties"]["zero_budget"],
        "kReverseNames": ind["reverse"], "kEqualNames": ind["equal"], "kRangeNames": ind["range"],
        "kFallbackNames": ind["unscorable"], "kDeadlineNames": ind["deadline_missed"],
        "kNotApplicableNames": ind["not_applicable"],
        "kRateRoundingNames": p["rounding"]["properties"]["rate"],
        "kRoundModeNames": p["rounding"]["properties"]["score_mode"],
        "kDeductNames": ind["over_achievement"]["properties"]["deduct"],
        "kLevelSplitNames": ind["level_split"],
    }
    found = re.findall(r"EnumNames<\w+> (\w+) = \{(.*?)\};", enums_h, re.S)
    if {name for name, _ in found} != set(enum_fields):
        fail("profile schema enums", "profile_enums.h has tables %s; the test knows %s"
             % (sorted(n for n, _ in found), sorted(enum_fields)))
    for name, body in found:
        if name not in enum_fields:
            continue
        expected = re.findall(r'"([^"]+)"', body)
        got = enum_fields[name].get("enum", [])
        if sorted(expected) != sorted(got):
            fail("profile schema vs %s" % name, "enum %s, the loader %s" % (got, expected))
        else:
            ok("profile schema vs %s" % name, " | ".join(got))

    catalogue = read_source("src/core/check_catalogue.cc")
    expected = set()
    for code, name in re.findall(r'\{"(ES\d{3})", "([A-Z0-9_]+)",', catalogue):
        expected.update((code, name))
    compare("profile schema severity vs check_catalogue.cc", expected,
            p["checks"]["properties"]["severity"])


def main():
    global SOURCE
    if len(sys.argv) != 2:
        print("usage: validate.py SOURCE_DIR", file=sys.stderr)
        return 2
    SOURCE = os.path.abspath(sys.argv[1])

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
    check_init_template(validators["project"])
    for path in profiles:
        expect_valid(validators["profile"], path)
    for path in cases:
        check_case(validators, path)
    for name in BAD_INPUTS:
        check_bad_input(validators["project"], name)
    check_project_sync(project_schema)
    check_profile_sync(profile_schema)

    if FAILURES:
        print("%d failure(s): %s" % (len(FAILURES), ", ".join(sorted(set(FAILURES)))))
        return 1
    print("all schema checks passed (%d examples, %d profiles, %d cases, %d bad inputs)"
          % (len(examples), len(profiles), len(cases), len(BAD_INPUTS)))
    return 0


SOURCE = "."

if __name__ == "__main__":
    sys.exit(main())
