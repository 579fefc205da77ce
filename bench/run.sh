#!/usr/bin/env bash
# Benchmark of `lexgap check` (not part of the tests): a generated 1,000-page PDF and every statute in
# ../shared/corpus/text/. Prints wall time, pages/s and peak RSS; compares with pdftotext on the same PDF.
# Usage: bench/run.sh [PAGES]   (installs poppler-utils for pdftotext when missing and apt-get is usable)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-1000}"
mvn -B -q -DskipTests test-compile package
out=target/bench
mkdir -p "$out"
cp="target/test-classes:target/lexgap.jar"
gen=$(java -cp "$cp" org.lexgap.bench.BenchmarkPdf "$out/statute-$pages.pdf" "$pages")
echo "$gen"
generated=$(sed -n 's/.* \([0-9][0-9]*\) sections,.*/\1/p' <<<"$gen")

measure() { # label, command...
  local label="$1"; shift
  local load
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >"$out/stdout.txt" 2>"$out/stderr.txt" || {
    echo "$label: FAILED"; cat "$out/stderr.txt"; return 0; }
  read -r secs rss <"$out/time.txt"
  printf '%-58s %8.2f s  %6d MB peak RSS  (load %s)\n' "$label" "$secs" "$((rss / 1024))" "$load"
}

if ! command -v pdftotext >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (apt-get install -y -qq poppler-utils >/dev/null 2>&1 || true)
fi
echo "== $pages-page PDF"
measure "lexgap check statute-$pages.pdf (json)" ./lexgap check "$out/statute-$pages.pdf" --format json
secs=$(cut -d' ' -f1 "$out/time.txt")
awk -v p="$pages" -v s="$secs" 'BEGIN { printf "  = %.1f pages/s\n", p / s }'
# The timing means little if the structure was not found (e.g. section heads the parser rejects).
found=$(grep -m1 -o '"provisions" *: *[0-9]*' "$out/stdout.txt" | grep -o '[0-9]*$' || true)
if [ "${found:-0}" != "$generated" ]; then
  echo "  WARNING: the generator wrote $generated sections but check found ${found:-none}"
fi
measure "lexgap extract statute-$pages.pdf" ./lexgap extract "$out/statute-$pages.pdf" --format json
if command -v pdftotext >/dev/null 2>&1; then
  measure "pdftotext statute-$pages.pdf" pdftotext "$out/statute-$pages.pdf" "$out/statute.txt"
else
  echo "pdftotext: not installed (apt-get install poppler-utils)"
fi
if [ -d ../shared/corpus/text ]; then
  echo "== ../shared/corpus/text"
  for f in ../shared/corpus/text/*.txt; do
    measure "lexgap check $(basename "$f")" ./lexgap check "$f" --format json
  done
  measure "lexgap check (whole corpus, one run)" ./lexgap check ../shared/corpus/text --format json
fi
