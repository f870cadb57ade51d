#!/usr/bin/env bash
# Renders the review dashboard (evalscore review) in headless Chromium: a PNG
# screenshot of the first screen (docs/dashboard.png, shown in the README), a
# PDF printed on A4, and a check that the page rendered (the DOM Chromium
# built holds the four charts and the tables). Kept out of the test suite.
# Usage: screenshot-dashboard.sh [PATH...]   (default: examples/ tests/review-batch/)
# Installs Debian's chromium (and CJK fonts) with apt-get if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/dashboard
mkdir -p "$out" docs
for p in chromium fonts-noto-cjk; do
  dpkg -s "$p" >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$p"; }
done
[ $# -gt 0 ] || set -- examples/ tests/review-batch/
build/evalscore --no-config --lang zh review -o "$out/review.html" "$@" || [ $? -le 2 ]
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars "$@" "file://$PWD/$out/review.html"
}
chrome --dump-dom >"$out/review.dom.html" 2>"$out/chromium.log"
svgs=$(grep -o '<svg' "$out/review.dom.html" | wc -l)
[ "$svgs" -ge 4 ] || { echo "the rendered page has $svgs charts, expected 4"; exit 1; }
grep -q '按主管部门' "$out/review.dom.html" || { echo "the rendered page lacks the tables"; exit 1; }
chrome --window-size=1240,1754 --screenshot="$PWD/docs/dashboard.png" 2>>"$out/chromium.log"
chrome --print-to-pdf="$PWD/$out/review.pdf" --no-pdf-header-footer 2>>"$out/chromium.log"
echo "rendered: $svgs charts; wrote docs/dashboard.png and $out/review.pdf"
