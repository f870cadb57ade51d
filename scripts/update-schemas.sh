#!/usr/bin/env bash
# Regenerates the JSON Schemas of schemas/ from the tables in the core:
#   evalscore-project.schema.json   from the vocabulary (src/core/vocabulary.cc)
#   evalscore-profile.schema.json   its checks.severity block from the check
#                                   catalogue (src/core/check_catalogue.cc), its
#                                   enums from src/core/profile_enums.h; the
#                                   generator fails when its keys are not the
#                                   loader's (src/core/profile_keys.h)
# by tools/gen_schemas.cc (built with the tests).
#
# Usage: scripts/update-schemas.sh [--check] [GEN_SCHEMAS]
#   --check      change nothing; exit 1 and show the difference when a committed
#                schema is not what the generator prints (ctest: schema.generated)
#   GEN_SCHEMAS  the generator; default build/tests/gen_schemas
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
check=0
if [[ ${1:-} == --check ]]; then
  check=1
  shift
fi
gen=${1:-$root/build/tests/gen_schemas}
if [[ ! -x $gen ]]; then
  echo "update-schemas.sh: no generator at $gen (cmake --build build first)" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gen" project >"$tmp/evalscore-project.schema.json"
"$gen" profile "$root/schemas/evalscore-profile.schema.json" >"$tmp/evalscore-profile.schema.json"
status=0
for name in evalscore-project.schema.json evalscore-profile.schema.json; do
  if cmp -s "$tmp/$name" "$root/schemas/$name"; then
    continue
  fi
  if ((check)); then
    echo "schemas/$name is not what tools/gen_schemas.cc prints; run scripts/update-schemas.sh" >&2
    diff -u "$root/schemas/$name" "$tmp/$name" | head -40 >&2 || true
    status=1
  else
    cp "$tmp/$name" "$root/schemas/$name"
    echo "updated schemas/$name"
  fi
done
exit $status
