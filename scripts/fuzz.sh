#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (+ ASan/UBSan) into build-fuzz/ and
# runs each target from a fresh corpus seeded from examples/, tests/ and
# profiles/ (plus seeds for alias amplification, many keys and hostile text)
# with a fixed seed and a fixed number of executions (about a minute
# each on 2 cores), so that a run is reproducible: what passes here passes in
# CI. FUZZ_SECONDS (default 900, about 15 times the usual minute, so a loaded
# 2-core machine still finishes) only guards against a runaway run: a target
# that stops at the cap before its executions are done FAILS, saying so, rather
# than passing on fewer executions than asked (libFuzzer itself exits 0 at
# -max_total_time). FUZZ_SCALE multiplies the executions (e.g. 10 for a longer
# hunt). A crash or hang leaves its input in build-fuzz/; turn it into a
# regression input under tests/fuzz-regressions/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-900}"
cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target fuzz_load_project fuzz_value_parser fuzz_load_profile fuzz_run_command \
  fuzz_form_readers

seeds=build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds"/{project,value,profile,command,forms}
cp examples/*.yaml tests/bad-input/*.yaml tests/encodings/*.yaml "$seeds/project/"
[ -d tests/fuzz-regressions ] && cp tests/fuzz-regressions/* "$seeds/project/" 2>/dev/null || true
cp profiles/*.yaml "$seeds/profile/"
cp tests/fixtures/forms/*.xls* tests/fixtures/forms/*.docx "$seeds/forms/"
find tests/bad-forms -name "*.xls*" -size -64k -exec cp {} "$seeds/forms/" \;
python3 tests/bad-forms/make_xls.py --streams "$seeds/forms"  # Workbook streams for WalkBiff
cp examples/0[1-4]*.yaml tests/bad-input/*.yaml "$seeds/command/"
# Seeds for the resource limits (issue 11): alias amplification, many keys,
# hostile text (control characters, formulas, a vertical tab).
{ printf 'format: evalscore/1\nproject:\n  name: &a "%s"\n' "$(head -c 40000 /dev/zero | tr '\0' x)"
  printf '  unit: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n  department: [*b, *b, *b, *b, *b, *b, *b, *b]\n'
} >"$seeds/command/alias-amplification.yaml"
{ printf 'format: evalscore/1\nproject: {name: x}\nindicators:\n  a:\n'
  for k in $(seq 3000); do printf '    k%d: []\n' "$k"; done
} >"$seeds/command/many-keys.yaml"
printf 'format: evalscore/1\nproject:\n  name: "=1+1\\e[31m\\v\\nerror: x"\nindicators:\n  a:\n    b:\n      - {name: "@x\\x01", target: 10人, actual: 9人, points: 10, score: 10}\n' \
  >"$seeds/command/hostile-text.yaml"
for f in "$seeds"/command/*; do cp "$f" "$seeds/project/"; done
i=0
for v in "15万人" ">=95%" "≧20000亩" "﹦72890元" "200余人" "11月底前" "2023年12月" "90%-95%" \
         "不少于12 种" "98%以上" "215,457.6" "＞＝９０％" "<=5300元/人*月" "及时处理" "/"; do
  printf '%s' "$v" > "$seeds/value/$((i++))"
done

scale="${FUZZ_SCALE:-1}"
declare -A runs=([project]=$((30000 * scale)) [value]=$((3000000 * scale)) [profile]=$((400000 * scale))
                [command]=$((600 * scale)) [forms]=$((20000 * scale)))
# The whole command gets a tighter budget: no input may need 1 GB under ASan (the
# largest seed, 5,000 aliased rows through every format in Chinese, peaks at ~400 MB
# on its own; ASan's quarantine keeps freed memory, so the process grows past that).
declare -A rss=([project]=2048 [value]=2048 [profile]=2048 [command]=1024 [forms]=2048)
# A form file is a zip of several parts: longer inputs than a project file.
declare -A max_len=([project]=65536 [value]=65536 [profile]=65536 [command]=65536 [forms]=262144)
status=0
for target in project:fuzz_load_project value:fuzz_value_parser profile:fuzz_load_profile \
              command:fuzz_run_command forms:fuzz_form_readers; do
  corpus="build-fuzz/corpus-${target%%:*}"
  rm -rf "$corpus" && mkdir -p "$corpus"
  echo "== ${target##*:}: ${runs[${target%%:*}]} executions (at most ${seconds}s)"
  if ! (cd build-fuzz && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
        "./fuzz/${target##*:}" -seed=1 -runs="${runs[${target%%:*}]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb="${rss[${target%%:*}]}" \
        -max_len="${max_len[${target%%:*}]}" -print_final_stats=1 "../$corpus" "../$seeds/${target%%:*}" \
        2>"../build-fuzz/${target##*:}.log"); then
    status=1
    tail -40 "build-fuzz/${target##*:}.log"
  fi
  grep -E "stat::number_of_executed_units|stat::new_units_added|Done [0-9]+ runs" \
    "build-fuzz/${target##*:}.log" || true
  # Reproducible means every asked execution ran: a run cut short by the time
  # cap (or by anything else) is a failure, not a quieter pass.
  executed=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' \
    "build-fuzz/${target##*:}.log" | tail -1)
  if [ -z "$executed" ] || [ "$executed" -lt "${runs[${target%%:*}]}" ]; then
    echo "FAIL: ${target##*:} stopped after ${executed:-?} of ${runs[${target%%:*}]} executions" \
         "(time cap ${seconds}s reached, or the run died): not the fixed run;" \
         "raise FUZZ_SECONDS on a slow machine"
    status=1
  fi
done
exit $status
