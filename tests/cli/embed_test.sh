#!/usr/bin/env bash
# examples/embed: a program linking the core library scores the seed form.
# Usage: embed_test.sh in-tree EMBED_BIN SOURCE_DIR
#        embed_test.sh installed BUILD_DIR SOURCE_DIR CXX_COMPILER
# `installed` installs the library (component dev) into a temporary prefix and
# builds examples/embed on its own against it with find_package(evalscore).
set -uo pipefail
mode="$1"; src="$3"
fail() { echo "FAIL: $*"; exit 1; }
# The seed by hand: funds 5.38 / 22.41 = 24.01% × 10 = 2.40; every named row met:
# 产出 10 + 8 + 8 + 8 + 8 + 8 = 50 (the blank row's 8 is not scored), 效益 3 × 10 = 30,
# 满意度 10; total 50 + 30 + 10 + 2.40 = 92.40, 优 (≥ 90).
expected=$'92.40 优\n产出指标 50.00 / 50\n效益指标 30.00 / 30\n满意度指标 10.00 / 10'
check_output() {  # BIN
  local out
  out=$("$1" "$src/examples/01-seed-chengde-2021.yaml") || fail "$1 exited $?"
  [ "$(head -4 <<<"$out")" = "$expected" ] || fail "$1 printed:
$out
expected:
$expected"
  echo "ok: $1"
}
if [ "$mode" = in-tree ]; then
  check_output "$2"
  exit 0
fi
build="$2"; cxx="$4"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --component dev --prefix "$tmp/prefix" >/dev/null || fail "install dev"
[ -f "$tmp/prefix/include/evalscore/evaluate.h" ] || fail "evaluate.h not installed"
# Every installed header stands on its own (no header of src/ behind it).
for h in "$tmp"/prefix/include/evalscore/*.h; do
  echo "#include \"evalscore/$(basename "$h")\"" |
    "$cxx" -std=c++20 -fsyntax-only -I"$tmp/prefix/include" -x c++ - 2>"$tmp/header.log" ||
    fail "$(basename "$h") does not compile on its own: $(head -5 "$tmp/header.log")"
done
cmake -S "$src/examples/embed" -B "$tmp/build" -DCMAKE_PREFIX_PATH="$tmp/prefix" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release >"$tmp/configure.log" 2>&1 ||
  fail "configure against the installed package: $(cat "$tmp/configure.log")"
cmake --build "$tmp/build" >"$tmp/build.log" 2>&1 || fail "build: $(tail -30 "$tmp/build.log")"
check_output "$tmp/build/evalscore_embed"
