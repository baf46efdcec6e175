#!/usr/bin/env python3
"""The writer's floor, part 1: turns the workbooks a `khenthuong run` wrote into a replay of libxlsxwriter calls.

usage: writer_floor.py OUTPUT_DIR REPLAY_FILE

Every workbook under OUTPUT_DIR (the council list and each unit's feedback) is read back part by part, and
each sheet's rows, cells (text, number, blank, with their style number), row heights and cell comments are
written to REPLAY_FILE, one call a line. `writer_floor.c` replays the file with libxlsxwriter alone, so that
the time libxlsxwriter and zlib need for exactly these cells is measured apart from everything khenthuong
does to decide them (see README, "Benchmarks").

Lines (tab-separated; text with backslash, tab, newline and carriage return escaped as \\\\, \\t, \\n, \\r):
  W path | S name | R row height | T row col style text | N row col style number | B row col style
  | C row col text | E          (rows and columns 0-based, as libxlsxwriter counts)
"""
import html
import re
import sys
import zipfile
from pathlib import Path

ROW = re.compile(rb'<row r="(\d+)"([^>]*?)(/?)>')
CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?(?:/>|>(.*?)</c>)', re.S)
TEXT = re.compile(rb'<t[^>]*>(.*?)</t>', re.S)
VALUE = re.compile(rb'<v>(.*?)</v>', re.S)
HEIGHT = re.compile(rb'ht="([\d.]+)"')
COMMENT = re.compile(rb'<comment ref="([A-Z]+)(\d+)"[^>]*>(.*?)</comment>', re.S)
CONTROL = re.compile(r'_x([0-9A-F]{4})_')


def column(letters):
    n = 0
    for byte in letters:
        n = n * 26 + byte - 64
    return n - 1


def text(raw):
    """XML character data as the text that was written (entities and libxlsxwriter's _xHHHH_ decoded)."""
    decoded = html.unescape(raw.decode("utf-8"))
    return CONTROL.sub(lambda m: chr(int(m.group(1), 16)), decoded)


def escape(value):
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def sheets(book):
    """(name, sheet part, comments part or None) in the workbook's order."""
    workbook = book.read("xl/workbook.xml")
    rels = book.read("xl/_rels/workbook.xml.rels")
    targets = dict(re.findall(rb'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    for name, rid in re.findall(rb'<sheet name="([^"]*)" sheetId="\d+" r:id="(rId\d+)"', workbook):
        part = "xl/" + targets[rid].decode()
        rel_part = part.replace("worksheets/", "worksheets/_rels/") + ".rels"
        comments = None
        if rel_part in book.namelist():
            found = re.search(rb'Target="\.\./(comments\d+\.xml)"', book.read(rel_part))
            comments = "xl/" + found.group(1).decode() if found else None
        yield text(name), part, comments


def shared_strings(book):
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    return ["".join(text(t) for t in TEXT.findall(item))
            for item in re.findall(rb"<si>(.*?)</si>", book.read("xl/sharedStrings.xml"), re.S)]


def replay(path, out):
    book = zipfile.ZipFile(path)
    strings = shared_strings(book)
    out.write(f"W\t{escape(str(path))}\n")
    for name, part, comments_part in sheets(book):
        out.write(f"S\t{escape(name)}\n")
        xml = book.read(part)
        data = xml[xml.find(b"<sheetData"):xml.find(b"</sheetData>")]
        rows = list(ROW.finditer(data))
        for index, row in enumerate(rows):
            number = int(row.group(1)) - 1
            height = HEIGHT.search(row.group(2))
            if height:
                out.write(f"R\t{number}\t{height.group(1).decode()}\n")
            if row.group(3):
                continue
            end = rows[index + 1].start() if index + 1 < len(rows) else len(data)
            for cell in CELL.finditer(data, row.end(), end):
                col, style, kind, body = column(cell.group(1)), int(cell.group(3) or 0), cell.group(4), cell.group(5)
                if body is None:
                    out.write(f"B\t{number}\t{col}\t{style}\n")
                elif kind in (b"inlineStr", b"str"):
                    out.write(f"T\t{number}\t{col}\t{style}\t{escape(''.join(text(t) for t in TEXT.findall(body)))}\n")
                elif kind == b"s":
                    out.write(f"T\t{number}\t{col}\t{style}\t{escape(strings[int(VALUE.search(body).group(1))])}\n")
                else:
                    out.write(f"N\t{number}\t{col}\t{style}\t{VALUE.search(body).group(1).decode()}\n")
        if comments_part:
            for ref_col, ref_row, body in COMMENT.findall(book.read(comments_part)):
                note = "".join(text(t) for t in TEXT.findall(body))
                out.write(f"C\t{int(ref_row) - 1}\t{column(ref_col)}\t{escape(note)}\n")
    out.write("E\n")


def main(argv):
    outputs, target = Path(argv[0]), Path(argv[1])
    books = sorted(outputs.rglob("*.xlsx"), key=lambda p: -p.stat().st_size)  # the largest first
    with open(target, "w", encoding="utf-8") as out:
        for path in books:
            replay(path, out)
    print(f"{len(books)} workbooks → {target}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
