#!/usr/bin/env python3
"""Deterministic benchmark inputs for khenthuong: `python3 Benchmarks/generate.py OUTDIR`.

OUTDIR/province-xlsx/   10 registered units × 10,000 rows, one XLSX per unit (shared string table, as Excel writes)
OUTDIR/province-csv/    the same rows as UTF-8 CSV (with BOM, as Excel's "CSV UTF-8" writes)
OUTDIR/department/      10 units × 30 rows, XLSX: the size of a real yearly batch
OUTDIR/reader-100k.xlsx 100,000 rows × 16 columns of mixed text, numbers and dates for the reader alone

Every inbox has a `received.yaml` putting each unit's folder before the deadline. Rows are valid nominations of
the example campaign (pipelines/cchc-2024-2025.yaml) with realistic Vietnamese values, so every row goes through
every rule; a few are made ineligible on purpose (rating, discipline, missing decision) so the findings paths and
the feedback workbooks do real work too. Same seed, same bytes: document properties are pinned.
"""
import csv
import datetime as dt
import random
import sys
from pathlib import Path

import xlsxwriter

UNITS = [
    ("VP", "Văn phòng Sở"), ("TTRA", "Thanh tra Sở"), ("KHTC", "Phòng Kế hoạch - Tài chính"),
    ("LDVL", "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp"), ("NCC", "Phòng Người có công"),
    ("BTXH", "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới"), ("PCTNXH", "Phòng Phòng, chống tệ nạn xã hội"),
    ("TTDVVL", "Trung tâm Dịch vụ việc làm"), ("CSCN", "Cơ sở Cai nghiện ma túy tỉnh"),
    ("TTBTXH", "Trung tâm Bảo trợ xã hội tỉnh"),
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai"]
MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Đức", "Thu", "Kim", "Xuân", "Hoài", "Công",
          "Thành", "Bảo", "Phương"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Khánh",
         "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Nhung", "Oanh", "Phúc", "Phương", "Quân",
         "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Uyên", "Vân", "Việt", "Yến"]
POSITIONS = ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Kế toán viên",
             "Thanh tra viên", "Cán sự", "Phó Giám đốc Trung tâm", "Nhân viên", "Công tác xã hội viên"]
CONTRIB = [
    "Tham mưu xây dựng Kế hoạch CCHC năm 2025 của Sở; theo dõi, đánh giá Chỉ số SIPAS",
    "Tham mưu rút ngắn thời gian giải quyết thủ tục hành chính; hướng dẫn người dân nộp hồ sơ trực tuyến",
    "Tham mưu số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; cập nhật dịch vụ công trực tuyến",
    "Tham mưu triển khai Chỉ số PAR INDEX, PAPI; đề xuất giải pháp nâng mức hài lòng của người dân",
]
ACH_COL = ("Tuyên truyền CCHC đến 100% công chức; giải quyết đúng hạn 100% hồ sơ; nâng Chỉ số SIPAS, PAR INDEX; "
           "đề xuất mô hình tiếp nhận hồ sơ không giấy tờ")
INIT = [
    "Ứng dụng chữ ký số và phần mềm quản lý văn bản trong xử lý hồ sơ công việc",
    "Mã QR tra cứu tiến độ giải quyết hồ sơ thủ tục hành chính",
    "Tiếp nhận hồ sơ trợ cấp thất nghiệp qua dịch vụ công trực tuyến toàn trình",
    "Số hóa hồ sơ người có công trên phần mềm quản lý đối tượng",
    "Bảng theo dõi thời hạn giải quyết hồ sơ trên phần mềm Một cửa điện tử",
]
DECISIONS = [("12/QĐ-HĐSK", dt.date(2025, 11, 5)), ("09/QĐ-HĐSK", dt.date(2025, 9, 16)),
             ("15/QĐ-HĐSK", dt.date(2025, 10, 20))]
HEADERS = ["STT", "Họ và tên / Tên tập thể", "Ngày sinh", "Chức vụ", "Xếp loại năm 2025", "Tóm tắt thành tích",
           "Tên sáng kiến", "Số QĐ công nhận sáng kiến", "Ngày QĐ công nhận", "Kỷ luật (nếu có)",
           "Báo cáo thành tích (mẫu 08)", "Hình thức đề nghị khen thưởng", "Thứ tự ưu tiên", "Ghi chú"]
PINNED = dt.datetime(2025, 12, 1, 8, 0, 0)


def nominees(code, name, count, rng):
    """`count` rows for one unit: a few collectives first, then individuals; about 1 in 20 made ineligible."""
    rows = []
    for i in range(count):
        dec_no, dec_date = DECISIONS[rng.randrange(len(DECISIONS))]
        r = dict(kind="col" if i < max(1, count // 100) else "ind", dec_no=dec_no, dec_date=dec_date,
                 initiative=INIT[rng.randrange(len(INIT))], discipline="Không", rating="Hoàn thành xuất sắc nhiệm vụ",
                 note="")
        if r["kind"] == "col":
            r.update(name=f"Tổ công tác số {i + 1} - {name}", birth=None, position="",
                     achievements=ACH_COL, report="Có", award="Giấy khen của Giám đốc Sở" if i else
                     "Bằng khen của Chủ tịch UBND tỉnh", rating="")
        else:
            person = f"{FAMILY[rng.randrange(len(FAMILY))]} {MIDDLE[rng.randrange(len(MIDDLE))]} " \
                     f"{GIVEN[rng.randrange(len(GIVEN))]}"
            r.update(name=person, birth=dt.date(1965 + rng.randrange(35), 1 + rng.randrange(12), 1 + rng.randrange(28)),
                     position=POSITIONS[rng.randrange(len(POSITIONS))], achievements=CONTRIB[rng.randrange(4)],
                     report="", award="Giấy khen của Giám đốc Sở")
            fault = rng.randrange(20)
            if fault == 0:
                r["rating"] = "Hoàn thành tốt nhiệm vụ"
            elif fault == 1:
                r["discipline"] = "Khiển trách"
            elif fault == 2:
                r["dec_no"], r["dec_date"] = "", None
        r["priority"] = i + 1
        rows.append(r)
    return rows


def write_xlsx(path, code, name, rows):
    """One unit's sheet in the layout units use: title block, header, column numbers, section rows, signature."""
    wb = xlsxwriter.Workbook(str(path))  # not constant_memory: Excel's shared string table
    wb.set_properties({"created": PINNED, "author": "khenthuong bench"})
    ws = wb.add_worksheet("Danh sách")
    bold = wb.add_format({"bold": True})
    date = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.write(0, 0, "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", bold)
    ws.write(0, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold)
    ws.write(1, 0, name.upper(), bold)
    ws.write(1, 5, "Độc lập - Tự do - Hạnh phúc", bold)
    ws.write(3, 0, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", bold)
    ws.write(4, 0, 'Phong trào thi đua "Đẩy mạnh cải cách hành chính nhà nước" năm 2025')
    for c, h in enumerate(HEADERS):
        ws.write(6, c, h, bold)
        ws.write(7, c, f"({c + 1})")
    r = 8
    section = None
    for row in rows:
        if row["kind"] != section:
            section = row["kind"]
            ws.write(r, 0, "I. TẬP THỂ" if section == "col" else "II. CÁ NHÂN", bold)
            r += 1
        values = [row["priority"], row["name"], row["birth"], row["position"], row["rating"], row["achievements"],
                  row["initiative"], row["dec_no"], row["dec_date"], row["discipline"], row["report"], row["award"],
                  row["priority"], row["note"]]
        for c, v in enumerate(values):
            if isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), date)
            elif v not in (None, ""):
                ws.write(r, c, v)
        r += 1
    r += 1
    ws.write(r, 9, "Bình Phước, ngày 05 tháng 12 năm 2025")
    ws.write(r + 1, 1, "Người lập biểu", bold)
    ws.write(r + 1, 9, "THỦ TRƯỞNG ĐƠN VỊ", bold)
    wb.close()


def write_csv(path, rows):
    """The same rows as a flat CSV with a kind column, dates as dd/mm/yyyy."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["STT", "Loại"] + HEADERS[1:13])
        for row in rows:
            fmt = lambda d: d.strftime("%d/%m/%Y") if d else ""  # noqa: E731
            w.writerow([row["priority"], "Tập thể" if row["kind"] == "col" else "Cá nhân", row["name"],
                        fmt(row["birth"]), row["position"], row["rating"], row["achievements"], row["initiative"],
                        row["dec_no"], fmt(row["dec_date"]), row["discipline"], row["report"], row["award"],
                        row["priority"]])


def write_inbox(folder, rows_per_unit, ext, seed):
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    received = ["# Received times of the benchmark inbox: every unit before the deadline."]
    for day, (code, name) in enumerate(UNITS):
        (folder / code.lower()).mkdir(exist_ok=True)
        rows = nominees(code, name, rows_per_unit, rng)
        path = folder / code.lower() / f"{code}_de_nghi.{ext}"
        write_xlsx(path, code, name, rows) if ext == "xlsx" else write_csv(path, rows)
        received.append(f"{code.lower()}/: 2025-12-{day + 1:02d}T09:00:00")
    (folder / "received.yaml").write_text("\n".join(received) + "\n", encoding="utf-8")


def write_reader_sheet(path, rows, seed):
    """100k × 16: text from a few hundred distinct strings (shared), numbers, dates, as a big register looks."""
    rng = random.Random(seed)
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": PINNED})
    ws = wb.add_worksheet("Data")
    date = wb.add_format({"num_format": "dd/mm/yyyy"})
    for c in range(16):
        ws.write(0, c, f"Cột {c + 1}")
    for r in range(1, rows + 1):
        ws.write_number(r, 0, r)
        ws.write_string(r, 1, f"{FAMILY[rng.randrange(20)]} {MIDDLE[rng.randrange(16)]} {GIVEN[rng.randrange(36)]}")
        ws.write_datetime(r, 2, dt.datetime(1965 + rng.randrange(35), 1 + rng.randrange(12), 1 + rng.randrange(28)),
                          date)
        ws.write_string(r, 3, POSITIONS[rng.randrange(len(POSITIONS))])
        ws.write_string(r, 4, "Hoàn thành xuất sắc nhiệm vụ")
        ws.write_string(r, 5, CONTRIB[rng.randrange(4)])
        ws.write_string(r, 6, INIT[rng.randrange(len(INIT))])
        d = DECISIONS[rng.randrange(3)]
        ws.write_string(r, 7, d[0])
        ws.write_datetime(r, 8, dt.datetime(d[1].year, d[1].month, d[1].day), date)
        ws.write_string(r, 9, "Không")
        ws.write_number(r, 10, rng.randrange(1, 1000) * 1.25)
        ws.write_string(r, 11, "Giấy khen của Giám đốc Sở")
        ws.write_number(r, 12, rng.randrange(100000))
        ws.write_string(r, 13, UNITS[rng.randrange(10)][1])
        ws.write_boolean(r, 14, bool(rng.randrange(2)))
        ws.write_string(r, 15, f"Ghi chú {rng.randrange(500)}")
    wb.close()


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/khenthuong-bench")
    out.mkdir(parents=True, exist_ok=True)
    write_inbox(out / "province-xlsx", 10_000, "xlsx", seed=2025)
    write_inbox(out / "province-csv", 10_000, "csv", seed=2025)
    write_inbox(out / "department", 30, "xlsx", seed=30)
    write_reader_sheet(out / "reader-100k.xlsx", 100_000, seed=16)
    print(f"benchmark inputs written to {out}")


if __name__ == "__main__":
    main()
