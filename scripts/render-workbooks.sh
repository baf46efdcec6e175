#!/bin/sh
# Renders every .xlsx in DIR to PDF (LibreOffice, headless) and to PNG pages (pdftoppm), so a person can
# look at what the workbooks print. Output: DIR/render/<name>.pdf and DIR/render/<name>-<page>.png.
# Needs: soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils).
set -eu
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 DIR (a folder holding .xlsx files)" >&2
    exit 2
fi
dir=$1
out="$dir/render"
for tool in soffice pdftoppm; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is not installed (apt-get install libreoffice-calc-nogui poppler-utils)" >&2; exit 2; }
done
mkdir -p "$out"
# A private LibreOffice profile, so the script neither needs nor disturbs a user's.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
found=0
for book in "$dir"/*.xlsx; do
    [ -e "$book" ] || continue
    found=1
    name=$(basename "$book" .xlsx)
    soffice --headless -env:UserInstallation="file://$profile" --convert-to pdf --outdir "$out" "$book" >/dev/null 2>&1 \
        || { echo "could not convert $book" >&2; continue; }
    pdftoppm -r 60 -png "$out/$name.pdf" "$out/$name"
    echo "$out/$name.pdf: $(ls "$out/$name"-[0-9]*.png | wc -l) page(s)"
done
[ "$found" -eq 1 ] || echo "no .xlsx in $dir" >&2
