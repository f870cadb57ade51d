#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (+ ASan/UBSan) into build-fuzz/ and
# runs each for FUZZ_SECONDS (default 60), seeded from examples/, tests/ and
# profiles/. A crash leaves its input in build-fuzz/crash-*; turn it into a
# regression test under tests/fuzz-regressions/ (scored by the unit tests).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target fuzz_load_project fuzz_value_parser fuzz_load_profile

seeds=build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds"/{project,value,profile}
cp examples/*.yaml tests/bad-input/*.yaml tests/encodings/*.yaml "$seeds/project/"
[ -d tests/fuzz-regressions ] && cp tests/fuzz-regressions/* "$seeds/project/" 2>/dev/null || true
cp profiles/*.yaml "$seeds/profile/"
i=0
for v in "15万人" ">=95%" "≧20000亩" "﹦72890元" "200余人" "11月底前" "2023年12月" "90%-95%" \
         "不少于12 种" "98%以上" "215,457.6" "＞＝９０％" "<=5300元/人*月" "及时处理" "/"; do
  printf '%s' "$v" > "$seeds/value/$((i++))"
done

status=0
for target in project:fuzz_load_project value:fuzz_value_parser profile:fuzz_load_profile; do
  corpus="build-fuzz/corpus-${target%%:*}"
  mkdir -p "$corpus"
  echo "== ${target##*:} for ${seconds}s"
  if ! (cd build-fuzz && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
        "./fuzz/${target##*:}" -seed=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 "../$corpus" "../$seeds/${target%%:*}" \
        2>"../build-fuzz/${target##*:}.log"); then
    status=1
    tail -40 "build-fuzz/${target##*:}.log"
  fi
  grep -E "stat::number_of_executed_units|stat::new_units_added|Done [0-9]+ runs" \
    "build-fuzz/${target##*:}.log" || true
done
exit $status
