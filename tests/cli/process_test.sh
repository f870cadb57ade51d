#!/usr/bin/env bash
# Tests that need a real process: a closed output pipe, an interrupted run
# writing with -o. Usage: process_test.sh EVALSCORE_BINARY SOURCE_DIR CASE
set -uo pipefail
bin="$1"; src="$2"; case="$3"
cd "$src"
fail() { echo "FAIL: $*"; exit 1; }

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
  # The only input is a FIFO nobody writes to, so the run blocks after opening
  # its temporary output; SIGINT then must leave the target as it was and
  # remove the temporary file.
  dir=$(mktemp -d)
  mkfifo "$dir/stuck.yaml"
  echo "OLD REPORT" > "$dir/report.csv"
  "$bin" --no-config -f csv -o "$dir/report.csv" "$dir/stuck.yaml" &
  pid=$!
  for _ in $(seq 100); do ls "$dir"/report.csv.tmp.* >/dev/null 2>&1 && break; sleep 0.05; done
  ls "$dir"/report.csv.tmp.* >/dev/null 2>&1 || fail "no temporary file appeared"
  kill -INT "$pid"
  wait "$pid"; status=$?
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
  echo "$out" | grep -q ',92.40,' || fail "no report on /dev/stdout"
  echo "ok: special files written directly"
  ;;
*) fail "unknown case $case" ;;
esac
