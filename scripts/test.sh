#!/usr/bin/env bash
# The whole test suite: unit and CLI tests; the same under AddressSanitizer +
# UndefinedBehaviorSanitizer; a bounded libFuzzer run per target; the
# formatting check. Run after setup.sh (which builds build/).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit and CLI tests (build/)"
ctest --test-dir build --output-on-failure -j "$(nproc)"

echo "== the same under ASan + UBSan (preset asan-ubsan, build-asan/)"
cmake --preset asan-ubsan >/dev/null
cmake --build --preset asan-ubsan
ctest --preset asan-ubsan -j "$(nproc)"

echo "== fuzzing: a fixed number of executions per target, seed 1 (preset fuzz, build-fuzz/)"
bash scripts/fuzz.sh

echo "== clang-format"
clang-format --dry-run --Werror $(git ls-files '*.cc' '*.h')
echo "all checks passed"
