#!/usr/bin/env bash
# Renders the document outputs with heavy tools kept out of the test suite:
# the xlsx form to PDF with LibreOffice, the HTML page to PDF with Chromium
# (when installed), then PNG pages to look at. Usage: render-documents.sh [FILE.yaml]
# Installs LibreOffice (calc, no GUI), poppler-utils and CJK fonts if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
input="${1:-examples/01-seed-chengde-2021.yaml}"
out=build/documents
mkdir -p "$out"
for p in libreoffice-calc-nogui poppler-utils fonts-noto-cjk; do
  dpkg -s "$p" >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$p"; }
done
name=$(basename "$input" .yaml)
build/evalscore --no-config -f xlsx -o "$out/$name.xlsx" "$input" || [ $? -le 1 ]
build/evalscore --no-config -f html -o "$out/$name.html" "$input" || [ $? -le 1 ]
(cd "$out" && timeout 180 libreoffice --headless --convert-to pdf "$name.xlsx" >/dev/null)
pdftotext -layout "$out/$name.pdf" - | grep -q "总分" || { echo "the PDF lacks the form"; exit 1; }
if command -v chromium >/dev/null; then
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" \
    --print-to-pdf="$out/$name.html.pdf" "file://$PWD/$out/$name.html" 2>/dev/null
fi
pdftoppm -png -r 70 "$out/$name.pdf" "$out/$name-page"
echo "wrote $out/$name.pdf and PNG pages $out/$name-page-*.png"
