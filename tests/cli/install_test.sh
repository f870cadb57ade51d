#!/usr/bin/env bash
# `cmake --install` into a prefix, and the CPack .deb unpacked: both must give a
# working evalscore and man page. Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build="$1"; src="$2"
fail() { echo "FAIL: $*"; exit 1; }
# The hand-written man page: UTF-8, rendered without '?' replacement characters
# (its NAME line once read ???????), every subcommand, the exit codes, the file
# format, and every option that --help lists.
check_man() {  # MAN_FILE BIN
  local page="$1" bin="$2" text
  [ -f "$page" ] || fail "no man page $page"
  iconv -f UTF-8 -t UTF-8 "$page" >/dev/null 2>&1 || fail "$page is not valid UTF-8"
  text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$page" 2>/dev/null) || fail "man -l $page"
  grep -q "evalscore - score and audit 项目支出绩效自评表" <<<"$text" ||
    fail "NAME line not rendered in UTF-8: $(echo "$text" | grep -A1 NAME | tail -1)"
  grep -q '??' <<<"$text" && fail "'?' replacement characters in the man page"
  for s in "evalscore check" "evalscore explain" "evalscore report" "evalscore init" \
           "evalscore rules list" "evalscore rules show" "EXIT STATUS" "FILE FORMAT" \
           "项目名称" "schema_version 2"; do
    grep -qF -- "$s" <<<"$text" || fail "man page lacks '$s'"
  done
  for opt in $("$bin" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
    grep -qF -- "$opt" <<<"$text" || fail "man page lacks $opt (document it in docs/evalscore.1)"
  done
}
check_tree() {  # ROOT BIN_DIR SHARE_DIR
  local bin="$2/evalscore" share="$3"
  [ -x "$bin" ] || fail "no $bin"
  out=$(cd "$src" && "$bin" --no-config -f csv examples/01-seed-chengde-2021.yaml) || fail "$bin failed"
  grep -q ',92.40,' <<<"$out" || fail "$bin did not score the seed 92.40"
  check_man "$share/man/man1/evalscore.1" "$bin"
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
# Debian's documentation files and a stripped binary.
[ -f "$root/usr/share/doc/evalscore/copyright" ] || fail ".deb lacks usr/share/doc/evalscore/copyright"
grep -q "^License: MIT" "$root/usr/share/doc/evalscore/copyright" || fail "copyright is not DEP-5"
gzip -dc "$root/usr/share/doc/evalscore/changelog.gz" | head -1 | grep -q "^evalscore (0.1.0)" ||
  fail ".deb lacks a Debian changelog.gz"
readelf -S "$root/usr/bin/evalscore" | grep -qE '\.(debug_info|symtab)' &&
  fail "the packaged binary is not stripped"
echo "ok: .deb has copyright, changelog.gz, a stripped binary ($(du -k "$deb" | cut -f1) KiB)"
rm -rf "$prefix" "$debdir" "$root"
