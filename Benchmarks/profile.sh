#!/bin/sh
# Where the time goes, stage by stage, counted in instructions (valgrind's callgrind: the same count for the same
# binary and input whatever else the machine is doing). Profiles `khenthuong run` on one unit of the province
# inbox (10,000 rows; a whole province would take an hour under valgrind) and prints each stage's inclusive
# instruction count. Usage: Benchmarks/profile.sh [DATA_DIR]   (DATA_DIR from Benchmarks/generate.py)
# Needs valgrind (Debian package). The binary is copied without debug info: valgrind 3.19 cannot read Swift 6's.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
data="${1:-${KHENTHUONG_BENCH_DATA:-$repo/.build-bench/data}}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$repo"
swift build -c release --scratch-path .build-release --product khenthuong >/dev/null
cp .build-release/release/khenthuong "$work/khenthuong" && strip -g "$work/khenthuong"
mkdir -p "$work/inbox"
cp -r "$data/province-xlsx/btxh" "$work/inbox/"
grep '^btxh' "$data/province-xlsx/received.yaml" > "$work/inbox/received.yaml"
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$work/khenthuong" run pipelines/cchc-2024-2025.yaml \
    --inbox "$work/inbox" --out "$work/out" --lang en --quiet 2>&1 | grep -E "Collected" || true
callgrind_annotate --inclusive=yes "$work/callgrind.out" 2>/dev/null > "$work/inclusive.txt"
total=$(grep "PROGRAM TOTALS" "$work/inclusive.txt" | awk '{gsub(",", "", $1); print $1}')
stage() {  # label, a pattern naming the stage's function
    count=$(grep -E "$2" "$work/inclusive.txt" | head -1 | awk '{gsub(",", "", $1); print $1}')
    awk -v label="$1" -v n="${count:-0}" -v t="$total" 'BEGIN { printf "  %-44s %16.0f  %5.1f%%\n", label, n, n * 100 / t }'
}
echo "instructions, run on 1 unit × 10,000 rows (XLSX):"
printf "  %-44s %16s\n" "whole run" "$total"
stage "read sheets (XLSX reader)" 'XLSXReaderVAA17SpreadsheetReaderA2aDP9loadSheet2at'
stage "read + map + validate (per input)" 'InputReadingO6record3for'
stage "  layout (headers, sections, text repair)" 'LayoutFinderO4find'
stage "  values (per row)" 'RowValueReaderV4readyAA0B6ValuesVAA07LocatedB0VF '
stage "consolidate" 'ConsolidatorO11consolidate'
stage "council workbook" 'CouncilWorkbookO5write'
stage "feedback workbooks" 'FeedbackWorkbookO5write'
stage "libxlsxwriter closing both (XML, zip)" 'workbook_close '
stage "report.json" 'JSONValueO5write6toFile'
