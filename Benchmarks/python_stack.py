#!/usr/bin/env python3
"""The peer khenthuong is measured against: the same job done with the Python stack a developer would pick.

`python3 Benchmarks/python_stack.py INBOX OUTDIR` reads every spreadsheet under INBOX with python-calamine (CSV
with the csv module), finds the header row and maps columns by their Vietnamese names, reads values (dates in
Excel serials, date objects or dd/mm/yyyy text; ratings; award forms by name or alias), applies the award criteria
of III.1 row by row (required fields, kind and award form, rating, initiative decision in the award year,
discipline), marks likely duplicates across units by folded name and birth date, then writes with XlsxWriter the
council list (eligible rows, rows not eligible with reasons, a summary per unit) and one feedback workbook per
unit (its rows as sent, each faulty cell highlighted, with a findings column). Formats are created once per
workbook, as libxlsxwriter's users do. It is a fair, simpler subset of khenthuong's work: no layout quirks,
legacy encodings or mail.

`python3 Benchmarks/python_stack.py --read-only FILE…` only reads the files with python-calamine (every cell of
every sheet), the reader peer.
"""
import csv
import datetime as dt
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import xlsxwriter
from python_calamine import CalamineWorkbook

YEAR = 2025
FIELDS = {  # folded header prefix -> field
    "stt": "no", "loai": "kind", "ho va ten": "name", "ten tap the": "name", "ngay sinh": "birth",
    "nam sinh": "birth", "chuc vu": "position", "xep loai": "rating", "tom tat thanh tich": "achievements",
    "thanh tich": "achievements", "ten sang kien": "initiative", "sang kien": "initiative",
    "so qd": "dec_no", "ngay qd": "dec_date", "ky luat": "discipline", "bao cao thanh tich": "report",
    "bctt": "report", "hinh thuc": "award", "thu tu uu tien": "priority", "ghi chu": "note",
}
AWARDS = {"bang khen cua chu tich ubnd tinh": "BK", "bang khen ubnd tinh": "BK", "bang khen": "BK", "bk": "BK",
          "giay khen cua giam doc so": "GK", "giay khen": "GK", "gk": "GK"}
EXCELLENT = {"hoan thanh xuat sac nhiem vu", "htxsnv"}
NO_DISCIPLINE = {"", "khong", "khong co", "nhac nho"}


def fold(text):
    """Lower case without diacritics (đ → d), spaces collapsed: how headers and names are compared."""
    text = unicodedata.normalize("NFD", str(text).replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn").lower()
    return " ".join(text.split())


def read_rows(path):
    """Every row of every sheet, as lists of Python values."""
    if path.suffix.lower() == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            return [list(csv.reader(f))]
    wb = CalamineWorkbook.from_path(str(path))
    return [wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]


def to_date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)) and 1 < v < 100000:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(v))
    parts = str(v).strip().replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        try:
            return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            return None
    return None


def text(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def check(row, kind_default):
    """The findings of one row (rule id, field) and its parsed values."""
    findings = []
    name = text(row.get("name"))
    if not name:
        findings.append(("S-REQUIRED", "name"))
    kind_text = fold(row.get("kind", "")) or kind_default
    kind = "col" if kind_text.startswith("tap the") or kind_text == "col" else "ind"
    award = AWARDS.get(fold(row.get("award", "")))
    if award is None:
        findings.append(("S-VALUE", "award"))
    elif award == "BK" and kind == "ind":
        findings.append(("R-AWARD-SUBJECT", "award"))
    if not text(row.get("achievements")):
        findings.append(("R-COL-ACHIEVEMENT" if kind == "col" else "R-IND-CONTRIBUTION", "achievements"))
    dec_date = to_date(row.get("dec_date")) if text(row.get("dec_date")) else None
    if not text(row.get("initiative")) or not text(row.get("dec_no")) or dec_date is None or dec_date.year != YEAR:
        findings.append(("R-COL-INITIATIVE" if kind == "col" else "R-IND-INITIATIVE", "initiative"))
    if fold(row.get("discipline", "")) not in NO_DISCIPLINE:
        findings.append(("R-COL-DISCIPLINE" if kind == "col" else "R-IND-DISCIPLINE", "discipline"))
    if kind == "ind":
        if fold(row.get("rating", "")) not in EXCELLENT:
            findings.append(("R-IND-RATING", "rating"))
        birth = row.get("birth")
        if text(birth) and to_date(birth) is None and not text(birth).isdigit():
            findings.append(("S-VALUE", "birth"))
    elif not text(row.get("report")):
        findings.append(("R-COL-REPORT", "report"))
    return findings, dict(name=name, kind=kind, award=award, birth=to_date(row.get("birth")) if text(
        row.get("birth")) else None, dec_date=dec_date)


def read_unit(path):
    """The nominee rows of one file: header found by its STT cell, section rows set the kind."""
    rows_out = []
    for sheet in read_rows(path):
        header_at = next((i for i, r in enumerate(sheet) if r and fold(r[0]) == "stt"), None)
        if header_at is None:
            continue
        columns = {}
        for c, h in enumerate(sheet[header_at]):
            key = fold(h)
            for prefix, field in FIELDS.items():
                if key.startswith(prefix) and field not in columns.values():
                    columns[c] = field
                    break
        kind_default = ""
        for i, r in enumerate(sheet[header_at + 1:], start=header_at + 2):
            first = fold(r[0]) if r else ""
            if first.startswith("i. tap the"):
                kind_default = "tap the"
                continue
            if first.startswith("ii. ca nhan"):
                kind_default = "ca nhan"
                continue
            if not isinstance(r[0], (int, float)) and not first.isdigit():
                continue  # column numbers, totals, signature block
            row = {field: r[c] for c, field in columns.items() if c < len(r)}
            findings, values = check(row, kind_default)
            rows_out.append(dict(sheet_row=i, cells=r, row=row, findings=findings, **values))
    return rows_out


def write_council(path, units):
    wb = xlsxwriter.Workbook(str(path))
    title = wb.add_format({"bold": True, "font_name": "Times New Roman", "font_size": 13, "align": "center"})
    head = wb.add_format({"bold": True, "border": 1, "text_wrap": True, "font_name": "Times New Roman"})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "font_name": "Times New Roman"})
    date = wb.add_format({"border": 1, "num_format": "dd/mm/yyyy", "font_name": "Times New Roman"})
    headers = ["STT", "Đơn vị", "Họ và tên / Tên tập thể", "Ngày sinh", "Hình thức", "Lý do / Ghi chú"]
    eligible, rejected = wb.add_worksheet("Danh sách"), wb.add_worksheet("Không đủ điều kiện")
    summary = wb.add_worksheet("Tổng hợp")
    for ws in (eligible, rejected):
        ws.merge_range(0, 0, 0, 5, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", title)
        ws.write_row(2, 0, headers, head)
    counts = {"ok": 2, "bad": 2}
    for code, rows in units:
        for r in rows:
            ws, key = (eligible, "ok") if not r["findings"] else (rejected, "bad")
            counts[key] += 1
            n = counts[key]
            ws.write_number(n, 0, n - 2, cell)
            ws.write_string(n, 1, code, cell)
            ws.write_string(n, 2, r["name"], cell)
            if r["birth"]:
                ws.write_datetime(n, 3, dt.datetime(r["birth"].year, r["birth"].month, r["birth"].day), date)
            else:
                ws.write_blank(n, 3, None, cell)
            ws.write_string(n, 4, r["award"] or "", cell)
            ws.write_string(n, 5, "; ".join(f"{rule} ({f})" for rule, f in r["findings"]) or
                            ("Có thể trùng" if r.get("duplicate") else ""), cell)
    summary.write_row(0, 0, ["Đơn vị", "Số dòng", "Đủ điều kiện", "Không đủ điều kiện"], head)
    for i, (code, rows) in enumerate(units, start=1):
        bad = sum(1 for r in rows if r["findings"])
        summary.write_row(i, 0, [code, len(rows), len(rows) - bad, bad], cell)
    wb.close()


def write_feedback(path, code, rows):
    wb = xlsxwriter.Workbook(str(path))
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    faulty = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bg_color": "#FFC7CE"})
    note = wb.add_format({"border": 1, "text_wrap": True, "font_color": "#9C0006"})
    ws = wb.add_worksheet(code)
    ws.write_row(0, 0, ["Dòng", "Họ và tên / Tên tập thể", "Kết quả", "Cần sửa"], cell)
    for i, r in enumerate(rows, start=1):
        bad_fields = {f for _, f in r["findings"]}
        ws.write_number(i, 0, r["sheet_row"], cell)
        ws.write_string(i, 1, r["name"], faulty if "name" in bad_fields else cell)
        ws.write_string(i, 2, "Không đủ điều kiện" if r["findings"] else "Đủ điều kiện", cell)
        ws.write_string(i, 3, "; ".join(f"{rule} ({f})" for rule, f in r["findings"]), note)
        for c, v in enumerate(r["cells"]):  # the row as sent
            fmt = cell
            if isinstance(v, (dt.date, dt.datetime)):
                ws.write_string(i, 4 + c, v.strftime("%d/%m/%Y"), fmt)
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                ws.write_number(i, 4 + c, v, fmt)
            elif v not in (None, ""):
                ws.write_string(i, 4 + c, str(v), fmt)
    wb.close()


def main(argv):
    if argv[:1] == ["--read-only"]:
        cells = sum(len(r) for p in argv[1:] for sheet in read_rows(Path(p)) for r in sheet)
        print(f"read {cells} cells", file=sys.stderr)
        return
    inbox, out = Path(argv[0]), Path(argv[1])
    (out / "phan-hoi").mkdir(parents=True, exist_ok=True)
    units = []
    for path in sorted(p for p in inbox.rglob("*") if p.suffix.lower() in (".xlsx", ".csv")):
        units.append((path.parent.name.upper(), read_unit(path)))
    seen = defaultdict(list)
    for code, rows in units:
        for r in rows:
            seen[(fold(r["name"]), r["birth"])].append(code)
    for code, rows in units:
        for r in rows:
            r["duplicate"] = len(set(seen[(fold(r["name"]), r["birth"])])) > 1
    write_council(out / f"danh-sach-de-nghi-khen-thuong-{YEAR}.xlsx", units)
    for code, rows in units:
        write_feedback(out / "phan-hoi" / f"{code}.xlsx", code, rows)
    print(f"{sum(len(r) for _, r in units)} rows from {len(units)} files", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
