#!/usr/bin/env bash
# Installs what evalscore needs from Debian 12 packages (as root) and builds it
# into build/. Safe to run again: packages already present are not fetched.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake ninja-build pkg-config   # toolchain
  libyaml-cpp-dev                    # YAML parser (design card)
  libcli11-dev                       # command line (design card)
  libfmt-dev                         # formatting (design card)
  libgtest-dev libgmock-dev          # tests (design card)
  nlohmann-json3-dev                 # JSON output
  libxlsxwriter-dev                  # the xlsx form (-f xlsx)
  libzip-dev                         # reading .xlsx/.docx containers (zip) from memory
  libminizip-dev                     # -f xlsx reads back libxlsxwriter's small workbook to merge it
  libpugixml-dev                     # the XML parts of .xlsx/.docx
  libfreexl-dev                      # reading Excel 97-2003 .xls forms
  libgsf-1-dev                       # the OLE2 container of .xls (hidden sheets, formula results)
  clang libclang-rt-14-dev           # libFuzzer targets and sanitizer runtime
  clang-format                       # style check
  dpkg-dev man-db binutils           # the .deb (CPack), man -l and readelf in the install test
  python3 python3-jsonschema python3-yaml  # schema validation in the test suite
  strace                             # process test: a directory scan opens each file once
)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# LibreOffice only rebuilds the committed form fixtures (scripts/make-form-fixtures.py);
# neither the build nor the tests need it. EVALSCORE_FIXTURE_TOOLS=1 installs it.
if [[ "${EVALSCORE_FIXTURE_TOOLS:-}" == "1" ]]; then
  apt-get update -qq
  for p in libreoffice-calc-nogui libreoffice-writer-nogui fonts-noto-cjk; do
    dpkg -s "$p" >/dev/null 2>&1 || apt-get install -y -qq --no-install-recommends "$p"
  done
fi

preset=dev
[[ "${CI:-}" == "true" ]] && preset=ci
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
