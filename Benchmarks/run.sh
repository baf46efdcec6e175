#!/bin/sh
# The benchmark harness (README, "Benchmarks"): builds khenthuong in release mode, creates a Python virtual
# environment with the peers (python-calamine, XlsxWriter) from PyPI, generates the inputs once, and prints the
# figures. Usage: Benchmarks/run.sh [--repeat N]   (run from anywhere; needs /usr/bin/time: Debian package "time")
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
venv="$repo/.build-bench/venv"
data="${KHENTHUONG_BENCH_DATA:-$repo/.build-bench/data}"

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install time" >&2; exit 2; }
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet python-calamine xlsxwriter
fi
swift build -c release --scratch-path .build-release --product khenthuong
# The writer's floor (libxlsxwriter alone replaying the run's workbooks): skipped when no C compiler is there.
if command -v cc >/dev/null 2>&1 && { [ ! -x .build-bench/writer_floor ] || [ Benchmarks/writer_floor.c -nt .build-bench/writer_floor ]; }; then
    cc -O2 -o .build-bench/writer_floor Benchmarks/writer_floor.c $(pkg-config --cflags --libs xlsxwriter) -lpthread
fi
if [ ! -f "$data/reader-100k.xlsx" ]; then
    "$venv/bin/python" Benchmarks/generate.py "$data"
fi
exec "$venv/bin/python" Benchmarks/bench.py .build-release/release/khenthuong "$data" "$@"
