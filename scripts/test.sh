#!/usr/bin/env bash
# The whole test suite: unit and CLI tests, the same under AddressSanitizer +
# UndefinedBehaviorSanitizer, and the formatting check. Run after setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit and CLI tests (build/)"
ctest --test-dir build --output-on-failure -j "$(nproc)"

echo "== the same under ASan + UBSan (build-asan/)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DEVALSCORE_SANITIZE=ON \
  -DEVALSCORE_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build build-asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)"

echo "== clang-format"
files=$(git ls-files '*.cc' '*.h' 2>/dev/null || find include src tests -name '*.cc' -o -name '*.h')
clang-format --dry-run --Werror $files
echo "all checks passed"
