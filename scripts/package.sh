#!/usr/bin/env bash
# Builds the .deb from a Release tree (build-release/, no tests) and prints its
# path: optimised, stripped (CPACK_STRIP_FILES), with the hand-written man page,
# copyright and changelog. About 2 minutes on 2 cores from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release
(cd build-release && cpack -G DEB >/dev/null)
ls -l build-release/evalscore_*.deb
