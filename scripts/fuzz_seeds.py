#!/usr/bin/env python3
"""Seed files for the XLSX fuzz target, whose first byte is a mode (see Fuzz/Sources/FuzzXLSX/main.swift).

  fuzz_seeds.py xlsx DIR FILE.xlsx…   0x00 + the whole file; 0x01 + first sheet XML + NUL + shared strings XML
"""
import hashlib, os, sys, zipfile

def put(folder, data):
    name = hashlib.sha1(data).hexdigest()
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)

def main():
    kind, folder, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(folder, exist_ok=True)
    for path in files:
        with open(path, "rb") as f:
            data = f.read()
        put(folder, b"\x00" + data)
        try:
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                sheet = next((n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")), None)
                if sheet is None:
                    continue
                strings = z.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else b""
                put(folder, b"\x01" + z.read(sheet)[:200000] + b"\x00" + strings[:60000])
        except (zipfile.BadZipFile, KeyError, OSError):
            pass

main()
