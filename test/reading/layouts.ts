import { Cell, CellValue, GridSheet, MergeRange, parseA1 } from "../../src/core/workbook/snapshot";

/**
 * Sheets in the layouts of real-layouts.md, written for the reader's tests (figures invented, shapes as
 * described): rows of values (null leaves a cell empty) and merges in A1 notation.
 */
export function grid(name: string, rows: (CellValue | Cell | undefined)[][], merges: string[] = []): GridSheet {
  const cells = rows.map((r) =>
    r.map((v) => (v === undefined || v === null ? undefined : typeof v === "object" && v !== null && "value" in v ? v : { value: v as CellValue })),
  );
  return new GridSheet(name, cells, merges.map(range));
}

export function range(text: string): MergeRange {
  const [a, b] = text.split(":");
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

const _ = null;

/** L6: indicators × KCQG/KCĐP, "Năm Báo Cáo: 2023" in D3, column-letter row with "A" only, total first and empty. */
export function l6(): GridSheet {
  return grid(
    "Sheet1",
    [
      ["BÁO CÁO KẾT QUẢ CÔNG TÁC KHUYẾN CÔNG"],
      [_],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm Báo Cáo: 2023"],
      [_, _, _, "KCQG", "KCĐP"],
      [_],
      ["A"],
      [_, "Tổng số"],
      [1, "Số lao động mới được đào tạo", "Lao động", 120, 85],
      [_, "- Trong đó số lao động có việc làm sau đào tạo", "Lao động", 100, 70],
      [2, "Số lao động được đào tạo nâng cao tay nghề", "Lao động", 30, 40],
      [9, "Số mô hình trình diễn kỹ thuật được xây dựng", "Mô hình", 1, 0],
      [_, "- Tổng số vốn đầu tư thu hút được", "Tr. Đồng", 1850, 0],
      [_],
      [_, "Ghi chú:  - KCQG: Khuyến công quốc gia"],
      [_, "                - KCĐP: Khuyến công địa phương"],
    ],
    ["A1:E1", "A2:E2", "A3:A5", "B3:B5", "C3:C5", "D3:E3", "D4:D5", "E4:E5"],
  );
}

/** L7: activities × KCĐP/KCQG (opposite order to L6), total first, no unit line. */
export function l7(): GridSheet {
  return grid(
    "Sheet1",
    [
      ["BÁO CÁO  KINH PHÍ KHUYẾN CÔNG"],
      [_],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm Báo Cáo: 2023"],
      [_, _, _, "KCĐP", "KCQG"],
      [_],
      [_, "Tổng số kinh phí", _, 1290, 600],
      [1, "Hỗ trợ đào tạo nghề cho lao động mới", _, 180, _],
      [2, "Hỗ trợ đào tạo nâng cao tay nghề", _, _, _],
      [10, "Hỗ trợ chuyển giao công nghệ, ứng dụng máy móc, thiết bị tiên tiến và tiến bộ KHKT", _, 1110, 600],
      [24, "Chi nội dung khác", _, _, _],
      [_],
      [_, "Ghi chú:  - KCQG: Khuyến công quốc gia"],
    ],
    ["A1:E1", "A3:A5", "B3:B5", "C3:C5", "D3:E3", "D4:D5", "E4:E5"],
  );
}

/** L9: one sheet per fund, fund in the title and the sheet name, unit "tỷ đồng" in the header. */
export function l9(fund: "DP" | "TW" = "DP"): GridSheet {
  return grid(
    `BC KC ${fund}`,
    [
      [`BÁO CÁO DỰ ÁN KHUYẾN CÔNG\n(Kinh phí ${fund === "DP" ? "địa phương" : "trung ương"})`],
      [_],
      ["TT", "Tên dự án", "Thời gian thực hiện\n(năm)", "Kinh phí hỗ trợ\n(tỷ đồng)", "Đơn vị\nđược hỗ trợ"],
      [1, "Hỗ trợ ứng dụng máy móc thiết bị sản xuất gạch", 2023, 0.3, "Cơ sở A (xã An Hiệp), Cơ sở B (xã Tân Phú)"],
      [2, "Tập huấn kỹ thuật chế biến", 2023, 0.05, _],
    ],
    ["A1:E1"],
  );
}

/** L11: decision annex, sections by activity with figures, total first, ĐVT line, column-number row with "4=5+6". */
export function l11(): GridSheet {
  return grid(
    "Phu luc",
    [
      ["UBND TỈNH ĐẮK LẮK"],
      [_, _, "PHỤ LỤC"],
      [_, "KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2020"],
      [_, "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15 tháng 3 năm 2020 của UBND tỉnh)"],
      [_, _, _, _, _, _, "ĐVT: triệu đồng"],
      ["STT", "Nội dung / Tên đề án", "Đơn vị thực hiện", "Đơn vị thụ hưởng, địa điểm", "Thời gian TH", "Kinh phí", _, _, "Ghi chú"],
      [_, _, _, _, _, "Tổng cộng", "KCĐP hỗ trợ", "Đối ứng"],
      ["A", "B", 1, 2, 3, "4=5+6", 5, 6, 7],
      [_, "TỔNG CỘNG (4 đề án)", _, _, _, 1240, 650, 590],
      ["I", "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến (2 đề án)", _, _, _, 1050, 460, 590],
      [1, "Hỗ trợ ứng dụng máy ép dầu", "TTKC", "Cơ sở X, xã Ea Kao", 2020, 420, 126, 294],
      [2, "Hỗ trợ ứng dụng máy sấy cà phê", "TTKC", "Cơ sở Y, xã Hòa Thắng", 2020, 630, 334, 296],
      ["II", "Đào tạo nghề, truyền nghề (2 đề án)", _, _, _, 190, 190, 0],
      [1, "Đào tạo nghề đan lát", "TTKC", _, 2020, 100, 100, 0],
      [2, "Đào tạo nghề dệt thổ cẩm", "TTKC", _, 2020, 90, 90, 0],
    ],
    ["F6:H6", "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7", "I6:I7"],
  );
}
