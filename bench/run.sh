#!/usr/bin/env bash
# Builds the release binaries and runs the benchmark (see bench/run.py).
# Usage: bench/run.sh [--files N] [--big N] [--rounds R]; takes 2-4 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
dpkg -s libbenchmark-dev >/dev/null 2>&1 || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libbenchmark-dev
}
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DEVALSCORE_BUILD_BENCH=ON \
  -DEVALSCORE_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench >/dev/null
exec python3 bench/run.py "$@"
