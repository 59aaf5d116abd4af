import type { CellValue } from "../../src/core/workbook/snapshot";

const _ = null;

/**
 * A project list in a province's own layout, for the reading view's tests: column E ("Phần doanh nghiệp
 * góp") is the counterpart funds, a header KC does not know, so the sheet is read in part and row 6's
 * total cost (250 ≠ 150 + 80) goes unchecked until the officer corrects the column's role.
 */
export function kienGiangRows(counterpartHeader = "Phần doanh nghiệp góp"): CellValue[][] {
  return [
    ["UBND TỈNH KIÊN GIANG"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG NĂM 2023"],
    [_, _, _, _, "ĐVT: triệu đồng"],
    ["STT", "Tên đề án", "Tổng kinh phí", "Kinh phí khuyến công hỗ trợ", counterpartHeader, "Nguồn vốn"],
    [1, "Hỗ trợ ứng dụng máy sấy nông sản", 900, 300, 600, "KCĐP"],
    [2, "Đào tạo nghề mây tre đan", 250, 150, 80, "KCĐP"],
    [3, "Hỗ trợ ứng dụng máy ép viên", 700, 280, 420, "KCQG"],
    [_, "Tổng cộng", 1850, 730, 1100],
  ];
}
