#!/usr/bin/env bash
# `cmake --install` into a prefix, and the CPack .deb unpacked: both must give a
# working evalscore and man page. Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build="$1"; src="$2"
fail() { echo "FAIL: $*"; exit 1; }
check_tree() {  # ROOT BIN_DIR SHARE_DIR
  local bin="$2/evalscore" share="$3"
  [ -x "$bin" ] || fail "no $bin"
  out=$(cd "$src" && "$bin" --no-config -f csv examples/01-seed-chengde-2021.yaml) || fail "$bin failed"
  echo "$out" | grep -q ',92.40,' || fail "$bin did not score the seed 92.40"
  [ -f "$share/man/man1/evalscore.1" ] || fail "no man page under $share"
  MANWIDTH=100 man -l "$share/man/man1/evalscore.1" 2>/dev/null | grep -q -- "--fail-under" ||
    fail "man page lacks the options of --help"
  for f in evalscore/profiles/central-2020.yaml evalscore/schemas/evalscore-project.schema.json; do
    [ -f "$share/$f" ] || fail "no $share/$f"
  done
  echo "ok: $1"
}
prefix=$(mktemp -d)
cmake --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install"
check_tree "cmake --install" "$prefix/bin" "$prefix/share"
debdir=$(mktemp -d)
(cd "$build" && cpack -G DEB -B "$debdir" >/dev/null) || fail "cpack"
deb=$(ls "$debdir"/*.deb | head -1)
[ -f "$deb" ] || fail "no .deb"
dpkg-deb -f "$deb" Package | grep -q evalscore || fail "package name"
dpkg-deb -f "$deb" Depends | grep -q libyaml-cpp || fail "Depends lacks libyaml-cpp: $(dpkg-deb -f "$deb" Depends)"
root=$(mktemp -d)
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x"
check_tree ".deb ($(basename "$deb"))" "$root/usr/bin" "$root/usr/share"
rm -rf "$prefix" "$debdir" "$root"
