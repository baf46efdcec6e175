#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (address sanitizer on; linked by lld, as gold trips on the
# instrumented objects) and runs each for a bounded time:
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]      (default 60 s; targets: FuzzCSV FuzzXLSX FuzzXLS FuzzMIME FuzzLayout)
# Seeds come from fixtures/ and ../shared/conformance/; the working corpora and any crash, leak or timeout
# input are kept in .build-fuzz/ (corpus/<target>/, artifacts/<target>/). Runs every target, then exits
# non-zero if any crashed, leaked, timed out or ran out of memory (its log tail and input are printed).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzCSV FuzzXLSX FuzzXLS FuzzMIME FuzzLayout)
scratch="$repo/.build-fuzz"
roots=(fixtures)
if [ -d "$repo/../shared/conformance" ]; then roots+=("$repo/../shared/conformance"); fi

build_start=$(date +%s)
(cd Fuzz && swift build -c debug --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1 \
  | { grep -Ev '^\[[0-9]+/[0-9]+\] ' || true; })
echo "fuzz: build took $(( $(date +%s) - build_start )) s"
bin="$scratch/debug"

# Seeds: copied (never moved) into the working corpus; a target's input format decides which files and
# what prefix byte (the XLSX and MIME targets read their first byte as a mode).
seed() {
  local target=$1 dir="$scratch/corpus/$1"
  mkdir -p "$dir"
  case $target in
    FuzzCSV|FuzzLayout)
      find fixtures -type f \( -name '*.csv' -o -name '*.txt' \) -size -256k -exec cp -n {} "$dir/" \; ;;
    FuzzXLS)
      find "${roots[@]}" -type f -name '*.xls' -size -256k -exec cp -n {} "$dir/" \; ;;
    FuzzXLSX)
      if command -v python3 >/dev/null; then
        find "${roots[@]}" -type f -name '*.xlsx' -size -256k -print0 | xargs -0 python3 scripts/fuzz_seeds.py xlsx "$dir"
      else  # whole files only (mode byte 0); the XML-part seeds need Python's zipfile
        find "${roots[@]}" -type f -name '*.xlsx' -size -256k -print0 | while IFS= read -r -d '' f; do
          { printf '\000'; cat "$f"; } >"$dir/$(cksum <"$f" | cut -d' ' -f1).seed"; done
      fi ;;
    FuzzMIME)  # mode byte: 1 for an mbox (starts "From "), 0 for one message
      find fixtures/mail fixtures/hostile -type f \( -name '*.eml' -o -name '*.mbox' -o -path '*/Maildir/*' \) -print0 \
        | while IFS= read -r -d '' f; do
            if [ "$(head -c 5 "$f")" = "From " ]; then mode='\001'; else mode='\000'; fi
            { printf "$mode"; cat "$f"; } >"$dir/$(cksum <"$f" | cut -d' ' -f1).seed"
          done ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  seed "$target"
  artifacts="$scratch/artifacts/$target/"
  mkdir -p "$artifacts"
  log="$scratch/$target.log"
  start=$(date +%s)
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 "$bin/$target" "$scratch/corpus/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$artifacts" >"$log" 2>&1
  code=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  echo "fuzz: $target ran $(( $(date +%s) - start )) s, $runs inputs, coverage $cov edges, corpus $(ls "$scratch/corpus/$target" | wc -l) files, exit $code"
  if [ "$code" != 0 ]; then
    status=1
    echo "fuzz: $target FAILED; the end of its log ($log):" >&2
    tail -40 "$log" >&2
    ls -l "$artifacts" >&2
  fi
done
exit $status
