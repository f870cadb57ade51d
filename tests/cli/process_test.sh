#!/usr/bin/env bash
# Tests that need a real process: a closed output pipe, an interrupted run
# writing with -o. Usage: process_test.sh EVALSCORE_BINARY SOURCE_DIR CASE
set -uo pipefail
bin="$1"; src="$2"; case="$3"
cd "$src"
fail() { echo "FAIL: $*"; exit 1; }
# Peak RSS of one evalscore run (-j1, arguments appended), in KiB; -1 when the
# run failed.
peak_kib() {
  python3 - "$bin" --no-config -q -j1 "$@" <<'PY'
import resource, subprocess, sys
status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if status == 0 else -1)
PY
}
# Generated forms (bench/generate.py, seed 11) in $1/small (250) and $1/big ($2).
generate_pair() {
  python3 bench/generate.py 250 "$1/small" 11 >/dev/null || fail "generate"
  python3 bench/generate.py "$2" "$1/big" 11 >/dev/null || fail "generate"
}
# Peak RSS growth in KiB from $1/small to $1/big (generate_pair) of evalscore
# with the arguments after $2, writing $1/small.$2 and $1/big.$2; use as
# `g=$(growth_kib ...) || fail "$g"`.
growth_kib() {
  local dir="$1" tag="$2" small big
  shift 2
  small=$(peak_kib "$@" -o "$dir/small.$tag" "$dir/small")
  big=$(peak_kib "$@" -o "$dir/big.$tag" "$dir/big")
  if [ "$small" -le 0 ] || [ "$big" -le 0 ]; then
    echo "a run of '$*' failed ($small, $big KiB)"
    return 1
  fi
  echo $((big - small))
}

case "$case" in
broken_pipe)
  # Enough output to fill the pipe after head has gone; evalscore must end
  # quietly (exit 0, nothing on stderr) rather than die of SIGPIPE or complain.
  err=$(mktemp)
  many=$(mktemp -d)
  for i in $(seq 40); do mkdir "$many/$i" && cp examples/*.yaml "$many/$i/"; done
  "$bin" --no-config "$many" 2>"$err" | head -n 1 >/dev/null
  status=${PIPESTATUS[0]}
  rm -rf "$many"
  [ "$status" -eq 0 ] || fail "exit status $status after the reader closed the pipe"
  [ ! -s "$err" ] || fail "stderr: $(cat "$err")"
  echo "ok: closed pipe ends quietly"
  ;;
interrupted_output)
  # The only input is standard input, a pipe nobody writes to, so the run
  # blocks after opening its temporary output; SIGINT then must leave the
  # target as it was and remove the temporary file.
  dir=$(mktemp -d)
  mkfifo "$dir/feed"
  echo "OLD REPORT" > "$dir/report.csv"
  "$bin" --no-config -f csv -o "$dir/report.csv" - <"$dir/feed" &
  pid=$!
  exec 9>"$dir/feed"  # the writer end, kept open and silent
  for _ in $(seq 100); do ls "$dir"/report.csv.tmp.* >/dev/null 2>&1 && break; sleep 0.05; done
  ls "$dir"/report.csv.tmp.* >/dev/null 2>&1 || fail "no temporary file appeared"
  kill -INT "$pid"
  wait "$pid"; status=$?
  exec 9>&-
  [ "$status" -ne 0 ] || fail "an interrupted run exited 0"
  [ "$(cat "$dir/report.csv")" = "OLD REPORT" ] || fail "the target was changed"
  ! ls "$dir"/report.csv.tmp.* >/dev/null 2>&1 || fail "the temporary file was left behind"
  rm -rf "$dir"
  echo "ok: interrupted run leaves the target and no temporary file"
  ;;
special_output)
  # /dev/null and /dev/stdout are written directly, never renamed over.
  "$bin" --no-config -o /dev/null examples/ || fail "-o /dev/null failed"
  [ -c /dev/null ] || fail "/dev/null is no longer a device"
  out=$("$bin" --no-config -f csv -o /dev/stdout examples/01-seed-chengde-2021.yaml) || fail "-o /dev/stdout"
  grep -q ',92.40,' <<<"$out" || fail "no report on /dev/stdout"
  echo "ok: special files written directly"
  ;;
output_is_input)
  # -o naming an input (directly, through a symlink or a hard link) is refused
  # and the form is untouched; `--` ends the options, so a file named
  # --output=a.yaml is an input, not an option.
  dir=$(mktemp -d)
  cp examples/01-seed-chengde-2021.yaml "$dir/a.yaml"
  before=$(md5sum <"$dir/a.yaml")
  ln -s a.yaml "$dir/link.yaml"; ln "$dir/a.yaml" "$dir/hard.yaml"
  for out in "$dir/a.yaml" "$dir/link.yaml" "$dir/hard.yaml"; do
    "$bin" --no-config -o "$out" "$dir/a.yaml" 2>"$dir/err"; status=$?
    [ "$status" -eq 3 ] || fail "-o $out (an input) exited $status"
    grep -q "refusing to overwrite" "$dir/err" || fail "no reason given: $(cat "$dir/err")"
  done
  "$bin" --no-config -o "$dir/a.yaml" "$dir" 2>/dev/null && fail "-o an input found in a directory was accepted"
  "$bin" --no-config -o "$dir/a.yaml" - <"$dir/a.yaml" 2>/dev/null && fail "-o the file on stdin was accepted"
  [ "$(md5sum <"$dir/a.yaml")" = "$before" ] || fail "the form was changed"
  (cd "$dir" && : >'--output=a.yaml' && "$bin" --no-config -f csv -- * >out.csv 2>/dev/null)
  [ "$(md5sum <"$dir/a.yaml")" = "$before" ] || fail "a file named --output=a.yaml was taken as an option"
  grep -q "^'--output=a.yaml,error" "$dir/out.csv" || fail "the file named --output=a.yaml was not an input"
  "$bin" --no-config -o "" "$dir/a.yaml" >/dev/null 2>&1; status=$?
  [ "$status" -eq 3 ] || fail "-o '' exited $status (it must not write to stdout)"
  rm -rf "$dir"
  echo "ok: an output that is an input is refused; -- ends the options"
  ;;
temp_file_safety)
  # The temporary file is created fresh (O_EXCL, random name): a planted
  # symlink named like the old FILE.tmp.<pid> is never followed. A symlinked
  # target is written through (the link stays); the target keeps its mode.
  dir=$(mktemp -d)
  echo "SECRET" >"$dir/secret"; chmod 600 "$dir/secret"
  for pid in $(seq $$ $(( $$ + 300 ))); do ln -s secret "$dir/report.csv.tmp.$pid"; done
  echo "OLD" >"$dir/report.csv"; chmod 640 "$dir/report.csv"
  "$bin" --no-config -f csv -o "$dir/report.csv" examples/01-seed-chengde-2021.yaml || fail "run failed"
  [ "$(cat "$dir/secret")" = "SECRET" ] || fail "a planted symlink was followed"
  grep -q ',92.40,' "$dir/report.csv" || fail "no report written"
  [ "$(stat -c %a "$dir/report.csv")" = 640 ] || fail "mode $(stat -c %a "$dir/report.csv"), not 640"
  mkdir "$dir/real"; echo OLD >"$dir/real/r.csv"; chmod 604 "$dir/real/r.csv"
  ln -s real/r.csv "$dir/link.csv"
  "$bin" --no-config -f csv -o "$dir/link.csv" examples/01-seed-chengde-2021.yaml || fail "run via link failed"
  [ -L "$dir/link.csv" ] || fail "the symlink was replaced by a file"
  grep -q ',92.40,' "$dir/real/r.csv" || fail "the link's target was not written"
  [ "$(stat -c %a "$dir/real/r.csv")" = 604 ] || fail "the link's target lost its mode"
  ls "$dir"/real/*.tmp.* "$dir"/report.csv.tmp.?????? >/dev/null 2>&1 && fail "a temporary file was left"
  "$bin" --no-config -f xlsx -o "$dir/book.xlsx" examples/01-seed-chengde-2021.yaml || fail "xlsx failed"
  unzip -tq "$dir/book.xlsx" >/dev/null || fail "the xlsx is not a valid zip"
  rm -rf "$dir"
  echo "ok: temporary file never follows a link; links written through; mode kept"
  ;;
config_trust)
  # A .evalscore.yaml in a parent directory is honoured only inside the walk
  # limits (a repository root stops it) and only when owned by the user or
  # root and not group/world-writable; -v and JSON say which config was used.
  dir=$(mktemp -d)
  mkdir -p "$dir/up/repo/.git" "$dir/up/repo/sub"
  cp examples/01-seed-chengde-2021.yaml "$dir/up/repo/sub/a.yaml"
  printf 'rules: no-such-profile\n' >"$dir/up/.evalscore.yaml"
  (cd "$dir/up/repo/sub" && "$bin" a.yaml >/dev/null 2>&1) || fail "a config above the repository root was used"
  printf 'severity:\n  ES101: error\n' >"$dir/up/repo/.evalscore.yaml"
  chmod 666 "$dir/up/repo/.evalscore.yaml"
  (cd "$dir/up/repo/sub" && "$bin" check a.yaml >/dev/null 2>"$dir/err"); status=$?
  [ "$status" -eq 0 ] || fail "a world-writable config was honoured (exit $status)"
  grep -q "warning: ignoring .*writable by group or others" "$dir/err" || fail "no warning: $(cat "$dir/err")"
  (cd "$dir/up/repo/sub" && "$bin" --lang zh check a.yaml >/dev/null 2>"$dir/err")
  grep -q "evalscore: 警告: 忽略 .*：同组或其他用户可以写入它" "$dir/err" || fail "no Chinese warning: $(cat "$dir/err")"
  chmod 644 "$dir/up/repo/.evalscore.yaml"
  (cd "$dir/up/repo/sub" && "$bin" check -v a.yaml >/dev/null 2>"$dir/err"); status=$?
  [ "$status" -eq 1 ] || fail "the user's own config was not honoured (exit $status)"
  grep -q "config $dir/up/repo/.evalscore.yaml" "$dir/err" || fail "-v does not name the config"
  (cd "$dir/up/repo/sub" && "$bin" -f json a.yaml) | grep -q "\"config\": \"$dir/up/repo/.evalscore.yaml\"" \
    || fail "JSON does not name the config"
  if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
    chown nobody "$dir/up/repo/.evalscore.yaml"
    (cd "$dir/up/repo/sub" && "$bin" check a.yaml >/dev/null 2>"$dir/err") || fail "another user's config was honoured"
    grep -q "belongs to another user" "$dir/err" || fail "no warning about the owner"
  fi
  rm -rf "$dir"
  echo "ok: config walk bounded; untrusted configs ignored with a warning; config named"
  ;;
fifo_inputs)
  # FIFOs as a scanned *.yaml, as rules:, as --config: refused at once, never a hang.
  dir=$(mktemp -d)
  mkfifo "$dir/stuck.yaml" "$dir/rules.yaml" "$dir/config.yaml"
  cp examples/01-seed-chengde-2021.yaml "$dir/ok.yaml"
  sed 's/^rules: .*//; s/^format: evalscore\/1/format: evalscore\/1\nrules: rules.yaml/' \
    examples/01-seed-chengde-2021.yaml >"$dir/named.yaml"
  timeout 10 "$bin" --no-config -f csv "$dir" >"$dir/out.csv" 2>/dev/null; status=$?
  [ "$status" -eq 2 ] || fail "a directory with FIFOs exited $status"
  grep -q 'stuck.yaml,error.*not a regular file (a FIFO)' "$dir/out.csv" || fail "FIFO input not refused: $(cat "$dir/out.csv")"
  grep -q 'named.yaml,error.*not a regular file (a FIFO)' "$dir/out.csv" || fail "FIFO rules: not refused"
  grep -q 'ok.yaml,scored' "$dir/out.csv" || fail "the good file was not scored"
  timeout 10 "$bin" --config "$dir/config.yaml" "$dir/ok.yaml" >/dev/null 2>"$dir/err"; status=$?
  [ "$status" -eq 3 ] || fail "--config FIFO exited $status"
  grep -q "not a regular file (a FIFO)" "$dir/err" || fail "--config FIFO: $(cat "$dir/err")"
  rm -rf "$dir"
  echo "ok: FIFOs refused without blocking"
  ;;
too_deep)
  # A form deeper than PATH_MAX is accounted for (an error row), not skipped.
  dir=$(mktemp -d)
  cp examples/01-seed-chengde-2021.yaml "$dir/top.yaml"
  name=$(printf 'd%.0s' $(seq 200))
  deep="$dir"
  (cd "$dir" && for _ in $(seq 25); do mkdir "$name" && cd "$name" || exit 1; done
   cp "$src/examples/01-seed-chengde-2021.yaml" deep.yaml) || fail "setup"
  timeout 20 "$bin" --no-config -f csv "$dir" >"$dir/out.csv" 2>/dev/null; status=$?
  [ "$status" -eq 2 ] || fail "exit $status with an unreadable deep file"
  rows=$(($(wc -l <"$dir/out.csv") - 1))
  [ "$rows" -ge 2 ] || fail "the deep file was skipped silently: $(cut -c1-80 "$dir/out.csv")"
  grep -q 'too long\|File name too long' "$dir/out.csv" || fail "no reason given for the deep file"
  rm -rf "$dir"
  echo "ok: files deeper than PATH_MAX are reported"
  ;;
thread_limit)
  # -j far above what the system allows falls back to fewer threads.
  out=$(bash -c 'ulimit -u 40 2>/dev/null; exec "$0" --no-config -f csv -j 100000 examples/' "$bin" 2>&1); status=$?
  [ "$status" -le 1 ] || fail "-j 100000 under ulimit -u 40 exited $status: $(echo "$out" | tail -2)"
  [ "$(echo "$out" | grep -c ',scored,')" -ge 10 ] || fail "not every example was scored"
  echo "ok: -j above the thread limit falls back"
  ;;
pipe_stops_batch)
  # A closed pipe stops the batch: far fewer files are read than exist.
  many=$(mktemp -d)
  for i in $(seq 120); do mkdir "$many/$i" && cp examples/*.yaml "$many/$i/"; done
  start=$(date +%s%N)
  "$bin" --no-config -j 1 "$many" 2>/dev/null | head -c 100 >/dev/null
  status=${PIPESTATUS[0]}
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  full_start=$(date +%s%N)
  "$bin" --no-config -j 1 "$many" >/dev/null 2>&1
  full_ms=$(( ($(date +%s%N) - full_start) / 1000000 ))
  rm -rf "$many"
  [ "$status" -eq 0 ] || fail "exit $status after the reader closed the pipe"
  [ "$ms" -lt $(( full_ms / 2 )) ] || fail "the batch went on after the pipe closed (${ms} ms vs ${full_ms} ms for all)"
  echo "ok: closed pipe stops the batch (${ms} ms vs ${full_ms} ms)"
  ;;
profile_dirs)
  # A project may name a profile outside its tree only in a directory the
  # user's config lists under profile_dirs.
  dir=$(mktemp -d)
  mkdir -p "$dir/shared" "$dir/forms"
  printf 'extends: sichuan-2023\nname: shared-rules\n' >"$dir/shared/mine.yaml"
  sed 's/^format: evalscore\/1/format: evalscore\/1\nrules: mine.yaml/' \
    examples/01-seed-chengde-2021.yaml >"$dir/forms/a.yaml"
  out=$("$bin" --no-config -f csv "$dir/forms/a.yaml" 2>/dev/null)
  grep -q "a.yaml,error" <<<"$out" || fail "a profile elsewhere was read without profile_dirs"
  printf 'profile_dirs: [shared]\n' >"$dir/config.yaml"
  out=$("$bin" --config "$dir/config.yaml" -f csv "$dir/forms/a.yaml" 2>&1) || fail "profile_dirs: $out"
  grep -q ",scored,.*shared-rules" <<<"$out" || fail "the profile in profile_dirs was not used: $out"
  rm -rf "$dir"
  echo "ok: profile_dirs widens what a project may name"
  ;;
xlsx_many_projects)
  # 65,531 inputs: Excel allows 65,530 links per sheet, so the summary goes on
  # in a second sheet instead of failing the batch.
  dir=$(mktemp -d)
  (cd "$dir" && "$bin" --no-config -q -f xlsx -o many.xlsx $(seq -f "%05g" 1 65531) 2>/dev/null)
  status=$?
  [ "$status" -eq 2 ] || fail "exit $status (every input is missing: 2)"
  python3 - "$dir/many.xlsx" <<'PY' || fail "the summary was not split"
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode())
assert names == ["汇总 summary", "概览 dashboard", "散点 scatter data", "汇总 summary 2"], names
assert z.read("xl/worksheets/sheet1.xml").decode().count("<row ") == 65531  # header + 65,530
assert z.read("xl/worksheets/sheet4.xml").decode().count("<row ") == 2      # header + 1
PY
  rm -rf "$dir"
  echo "ok: more than 65,530 projects continue on a further summary sheet"
  ;;
symlink_loop)
  dir=$(mktemp -d)
  ln -s loop.yaml "$dir/loop.yaml"
  out=$("$bin" --no-config -f csv "$dir/loop.yaml" 2>/dev/null)
  grep -q 'symbolic link loop' <<<"$out" || fail "a symlink loop is not named: $out"
  rm -rf "$dir"
  echo "ok: symlink loop named"
  ;;
opens_once)
  # A directory scan opens each form file once (the mark of evalscore's own
  # reports is seen as the file is read; an .xls reaches libfreexl from the
  # bytes already read), counted with strace: 3 forms + 1 report = 4 opens.
  command -v strace >/dev/null || { echo "skipped: no strace"; exit 0; }
  strace -f -o /dev/null true 2>/dev/null || { echo "skipped: ptrace not permitted"; exit 0; }
  dir=$(mktemp -d)
  cp tests/fixtures/forms/central.xlsx "$dir/a.xlsx"
  cp tests/fixtures/forms/formulas.xls "$dir/b.xls"
  cp tests/fixtures/forms/report.docx "$dir/c.docx"
  "$bin" --no-config -f xlsx -o "$dir/report.xlsx" "$dir/a.xlsx" || fail "writing the report"
  # LeakSanitizer cannot run under ptrace; -j 1: the .xls child is forked, and
  # gcc 12's ASan allocator is not fork-safe while another thread allocates.
  ASAN_OPTIONS=detect_leaks=0 strace -f -e trace=open,openat -o "$dir/trace" \
    "$bin" --no-config -j 1 -f csv "$dir" >/dev/null \
    || fail "the scan failed"
  for f in a.xlsx b.xls c.docx report.xlsx; do
    n=$(grep -c "\"$dir/$f\"" "$dir/trace")
    [ "$n" -eq 1 ] || fail "$f opened $n times"
  done
  rm -rf "$dir"
  echo "ok: each file of a directory scan opened once"
  ;;
csv_memory_flat)
  # The batch checks keep ~0.1 KiB per form in memory (hashes and references;
  # the forms and compared rows go to anonymous temporary files), not the whole
  # summary of each form (issue 11 item 14). Peak RSS growth from 250 to 2,000
  # generated forms (-j1, -f csv): measured 6.8-7.0 MiB with the forms held
  # (~4 KiB a form), 2.1-3.0 MiB with hashed rows and worded findings held,
  # 0-0.2 MiB now. Bound: 1.5 MiB. Sanitizers skip this.
  [ -z "${EVALSCORE_SANITIZED:-}" ] || { echo "skip: RSS under a sanitizer"; exit 77; }
  dir=$(mktemp -d)
  generate_pair "$dir" 2000
  grown=$(growth_kib "$dir" csv -f csv) || fail "$grown"
  [ "$grown" -le 1536 ] || fail "csv's peak RSS grew by $grown KiB from 250 to 2,000 forms"
  # The batch checks still ran: a copied row is flagged.
  grep -q "ES502" <("$bin" --no-config -q -j1 -f json "$dir/small" 2>/dev/null) ||
    fail "no batch finding"
  rm -rf "$dir"
  echo "ok: csv peak memory grows by $grown KiB from 250 to 2,000 forms"
  ;;
streamed_memory_flat)
  # -f json, -f sarif and -f gitlab keep nothing per form (issue 11 item 14):
  # each project, batch finding, result or issue is written as it comes (SARIF's
  # results through a spool file, its exit code coming first). What each keeps
  # per form is its peak RSS growth from 250 to 2,000 generated forms (-j1)
  # less that of -f csv (the batch checks' record every format keeps).
  # Measured before: json +5.0 MiB, sarif +107 MiB, gitlab +37 MiB; after:
  # within 0.1 MiB of csv. Bound: 1 MiB. Sanitizers skip this.
  [ -z "${EVALSCORE_SANITIZED:-}" ] || { echo "skip: RSS under a sanitizer"; exit 77; }
  dir=$(mktemp -d)
  generate_pair "$dir" 2000
  declare -A grown
  for f in csv json sarif gitlab; do
    grown[$f]=$(growth_kib "$dir" $f -f $f) || fail "${grown[$f]}"
  done
  report=""
  for f in json sarif gitlab; do
    extra=$((grown[$f] - grown[csv]))
    report="$report $f ${extra}"
    [ "$extra" -le 1024 ] ||
      fail "$f's peak RSS grew by $extra KiB more than csv's (${grown[csv]} KiB) from 250 to 2,000 forms"
  done
  # The streamed documents are whole: every project, one result per issue.
  python3 - "$dir" <<'PY' || fail "a streamed document is incomplete"
import json, sys
d = sys.argv[1]
doc = json.load(open(d + "/big.json", encoding="utf-8"))
assert len(doc["projects"]) == 2000 and doc["summary"]["files"] == 2000
assert doc.get("batch_findings"), "no batch finding"
results = json.load(open(d + "/big.sarif", encoding="utf-8"))["runs"][0]["results"]
issues = json.load(open(d + "/big.gitlab", encoding="utf-8"))
assert len(results) == len(issues) > 2000, (len(results), len(issues))
PY
  rm -rf "$dir"
  echo "ok: KiB grown more than csv's from 250 to 2,000 forms:$report"
  ;;
summary_memory_flat)
  # -f text, markdown and html keep no row of their summary table in memory,
  # nor the dashboards (review) a record per form (issue 11 item 14): they go
  # to an anonymous temporary file, read back at the end. What each keeps per
  # form is its peak RSS growth from 250 to 2,000 generated forms (-j1) less
  # that of -f csv. Measured: the rows in
  # memory (before) 2.0-2.4 MiB for the 1,750 forms (~1.3 KiB each; review
  # -f json 7.6 MiB); spooled 0.2-0.7 MiB more than csv (review -f html: its
  # 200 embedded forms). Bound: 1 MiB. Sanitizers skip this.
  [ -z "${EVALSCORE_SANITIZED:-}" ] || { echo "skip: RSS under a sanitizer"; exit 77; }
  dir=$(mktemp -d)
  generate_pair "$dir" 2000
  csv=$(growth_kib "$dir" csv -f csv) || fail "$csv"
  for format in "-f text" "-f markdown" "-f html" "review -f html" "review -f json"; do
    # shellcheck disable=SC2086 # the command and format are two words
    grown=$(growth_kib "$dir" out $format) || fail "$grown"
    grown=$((grown - csv))
    [ "$grown" -le 1024 ] ||
      fail "$format's peak RSS grew by $grown KiB more than csv's ($csv KiB) from 250 to 2,000 forms"
    echo "ok: $format peak memory grows by $grown KiB more than csv's from 250 to 2,000 forms"
  done
  # The summary table still lists every form.
  "$bin" --no-config -q -j1 -f text "$dir/big" 2>/dev/null | grep -c "^$dir/big/[^ :]* " >"$dir/rows"
  [ "$(cat "$dir/rows")" -eq 2000 ] || fail "text summary rows: $(cat "$dir/rows")"
  rm -rf "$dir"
  ;;
xlsx_memory_flat)
  # -f xlsx keeps no report (issue 11 item 14): each form sheet is written into
  # the output zip as it comes and the dashboard keeps a small record per form.
  # What xlsx itself keeps per form is its peak RSS growth from 250 to 1,000
  # generated forms (-j1) less that of -f csv (every format keeps the batch
  # checks' record per form). Measured: libxlsxwriter form sheets (before)
  # ~4.9 MiB for the 750 forms (~6.7 KiB each); streamed form sheets 0.8-1.1 MiB
  # (the summary's link and the scatter's cells kept by libxlsxwriter, minizip's
  # directory entry); with those spooled too, 0-0.1 MiB.
  # Bound: 768 KiB. Sanitizers keep freed memory in quarantine, so their builds skip this.
  [ -z "${EVALSCORE_SANITIZED:-}" ] || { echo "skip: RSS under a sanitizer"; exit 77; }
  dir=$(mktemp -d)
  generate_pair "$dir" 1000
  grown=$(growth_kib "$dir" xlsx -f xlsx) || fail "$grown"
  csv=$(growth_kib "$dir" csv -f csv) || fail "$csv"
  grown=$((grown - csv))
  [ "$grown" -le 768 ] ||
    fail "xlsx's peak RSS grew by $grown KiB more than csv's ($csv KiB) from 250 to 1,000 forms"
  # The summary and dashboard sheets, filled last, still cover every form.
  python3 - "$dir/big.xlsx" <<'PY' || fail "the workbook is incomplete"
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode())
assert names[:3] == ["汇总 summary", "概览 dashboard", "散点 scatter data"], names[:4]
assert len(names) == 3 + 1000 and names[3].startswith("0001 "), (len(names), names[3])
summary = z.read("xl/worksheets/sheet1.xml").decode()
assert summary.count("<row ") == 1001, summary.count("<row ")  # header + one per form
links = re.findall(r'<hyperlink ref="C(\d+)" location="&#39;([^&]+)&#39;!A1"', summary)
assert links == [(str(i + 2), n) for i, n in enumerate(names[3:])], "a summary row lacks its link"
dashboard = z.read("xl/worksheets/sheet2.xml").decode()
files = re.search(r'<c r="B3"[^>]*><v>([^<]+)</v>', dashboard)  # 自评表（份）
assert files and float(files.group(1)) == 1000, files
scatter = z.read("xl/worksheets/sheet3.xml").decode()  # a row per form with a rate and self-score
points = re.findall(r'<row r="\d+"><c r="A\d+"[^>]*><v>(\d+)</v>', scatter)
assert len(points) > 500 and points == sorted(points, key=int), len(points)
form = z.read("xl/worksheets/sheet1003.xml").decode()  # the last form, rows intact
assert "<mergeCell " in form and form.count("<row ") > 20, "last form sheet"
PY
  rm -rf "$dir"
  echo "ok: xlsx peak memory grows by $grown KiB more than csv's from 250 to 1,000 forms"
  ;;
xlsx_temp_dir)
  # The temporary files (summary rows, sheet names, libxlsxwriter's workbook)
  # go into a private directory (mkdtemp, 0700) under $TMPDIR, removed after a
  # run, a failed run and an interrupted one.
  dir=$(mktemp -d)
  mkdir "$dir/tmp"
  export TMPDIR="$dir/tmp"
  "$bin" --no-config -q -f xlsx -o "$dir/a.xlsx" examples/01-seed-chengde-2021.yaml ||
    fail "xlsx run failed"
  [ -z "$(ls -A "$dir/tmp")" ] || fail "left in TMPDIR: $(ls -A "$dir/tmp")"
  # No usable TMPDIR: a clear error, the previous report untouched.
  echo "OLD" >"$dir/b.xlsx"
  out=$(TMPDIR="$dir/missing" "$bin" --no-config -q -f xlsx -o "$dir/b.xlsx" \
    examples/01-seed-chengde-2021.yaml 2>&1)
  status=$?
  [ "$status" -ne 0 ] || fail "a run without a temporary directory exited 0"
  grep -q "temporary directory.*$dir/missing" <<<"$out" || fail "error does not name TMPDIR: $out"
  [ "$(cat "$dir/b.xlsx")" = "OLD" ] || fail "the previous report was changed"
  # Interrupted in the middle of 1,000 forms (seconds of work), once the
  # private directory exists (0700).
  python3 bench/generate.py 1000 "$dir/forms" 5 >/dev/null || fail "generate"
  "$bin" --no-config -q -j1 -f xlsx -o "$dir/c.xlsx" "$dir/forms" 2>/dev/null &
  pid=$!
  for _ in $(seq 200); do [ -n "$(ls -A "$dir/tmp")" ] && break; sleep 0.02; done
  private=$(ls -d "$dir"/tmp/evalscore-xlsx.* 2>/dev/null)
  [ -n "$private" ] || fail "no private directory appeared in TMPDIR"
  [ "$(stat -c %a "$private")" = "700" ] || fail "private directory mode $(stat -c %a "$private")"
  kill -INT "$pid"
  wait "$pid"
  status=$?
  [ "$status" -ne 0 ] || fail "an interrupted run exited 0"
  [ -z "$(ls -A "$dir/tmp")" ] || fail "left in TMPDIR after SIGINT: $(ls -A "$dir/tmp")"
  ! ls "$dir"/c.xlsx* >/dev/null 2>&1 || fail "an interrupted run left $(ls "$dir"/c.xlsx*)"
  # The disk fills up (a 300 KiB file-size limit) while the output zip is
  # written: an error naming the -o file (not the descriptor it is written
  # through), no output file, nothing left in TMPDIR.
  out=$(bash -c 'ulimit -f 300; trap "" XFSZ; exec "$0" --no-config -q -j1 -f xlsx -o "$1" "$2"' \
    "$bin" "$dir/d.xlsx" "$dir/forms" 2>&1)
  status=$?
  [ "$status" -eq 3 ] || fail "a run out of disk exited $status: $out"
  grep -q "writing the xlsx file $dir/d.xlsx failed.*File too large" <<<"$out" ||
    fail "the error does not name the output file: $out"
  ! ls "$dir"/d.xlsx* >/dev/null 2>&1 || fail "a run out of disk left $(ls "$dir"/d.xlsx*)"
  [ -z "$(ls -A "$dir/tmp")" ] || fail "left in TMPDIR after a full disk: $(ls -A "$dir/tmp")"
  rm -rf "$dir"
  echo "ok: xlsx temporary files in a private directory, removed on every path"
  ;;
*) fail "unknown case $case" ;;
esac
