#!/usr/bin/env bash
# Rewrites tests/golden/ from the current build. Review the diff before
# committing: the golden files are the expected output of the examples.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/evalscore
for f in text:txt csv:csv json:json; do
  "$bin" --no-config --lang en -f "${f%%:*}" -j 2 examples/ > "tests/golden/examples.${f##*:}" || true
done
"$bin" --no-config --lang en explain examples/01-seed-chengde-2021.yaml > tests/golden/seed-explain.txt || true
"$bin" --no-config --lang en check --sort overstatement examples/ > tests/golden/examples-check.txt || true
"$bin" --no-config --lang en -f markdown examples/01-seed-chengde-2021.yaml > tests/golden/seed.md || true
"$bin" --no-config --lang en report examples/01-seed-chengde-2021.yaml > tests/golden/seed-report.txt || true
"$bin" --no-config --lang en review -f json examples/ > tests/golden/examples-review.json || true
"$bin" --no-config --lang en report --summary tests/review-batch/ > tests/golden/review-batch-summary.md || true
git diff --stat tests/golden/ || true
