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
  clang libclang-rt-14-dev           # libFuzzer targets and sanitizer runtime
  clang-format                       # style check
  dpkg-dev man-db binutils           # the .deb (CPack), man -l and readelf in the install test
  python3 python3-jsonschema python3-yaml  # schema validation in the test suite
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

preset=dev
[[ "${CI:-}" == "true" ]] && preset=ci
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
