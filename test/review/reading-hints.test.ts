import { readSheet } from "../../src/core/reading/read-sheet";
import { reportHints } from "../../src/core/review/reading-hints";
import { reviewWorkbook } from "../../src/core/review/review";
import { sheetOf, goodInput } from "../validation/fixtures";
import { sheet } from "./sheets";

/** The formula review's hints made from the reading of a sheet, whatever its layout (src/core/review/reading-hints.ts). */
describe("review hints from the reading", () => {
  it("give KC's standard its two tables: total rows, completion = actual / plan, cost = support + counterpart", () => {
    const hints = reportHints(sheetOf(goodInput()))!;
    expect(hints.tables).toHaveLength(2);
    const [funding, projects] = hints.tables;
    // Funding: rows 10–12 (KCQG, KCĐP, Tổng cộng), columns A–F; completion (D) = actual (C) / plan (B).
    expect(funding).toMatchObject({ top: 9, bottom: 11, left: 0, totalRows: [11] });
    expect(funding.columnIdentities).toContainEqual({ column: 3, expression: { op: "/", left: { column: 2 }, right: { column: 1 } } });
    expect(projects.columnIdentities).toContainEqual({ column: 6, expression: { op: "+", left: { column: 7 }, right: { column: 8 } } });
  });

  it("take a column-number row's identities as stated, and leave the row out of the body", () => {
    const hints = reportHints(
      sheet("Sheet1", [
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN KINH PHÍ KHUYẾN CÔNG NĂM 2023"],
        ["ĐVT: triệu đồng"],
        ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
        ["A", "B", 1, 2, "3=2/1"],
        ["1", "Đào tạo nghề", 100, 90, 90],
        ["2", "Hỗ trợ máy móc thiết bị", 200, 180, 90],
        ["", "Tổng cộng", 300, 270, 90],
      ]),
    )!;
    expect(hints.tables).toHaveLength(1);
    expect(hints.tables[0]).toMatchObject({ top: 4, bottom: 6, columnNumberRow: 3, totalRows: [6] });
    expect(hints.tables[0].columnIdentities).toEqual([{ column: 4, expression: { op: "/", left: { column: 3 }, right: { column: 2 } }, stated: "3=2/1" }]);
  });

  it("make 'of which' rows the items of a parent whose own SUM adds them (L10), so a SUM one row short is found", () => {
    const rows = [
      ["BÁO CÁO KẾT QUẢ BÌNH CHỌN SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU NĂM 2023"],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Cấp trung ương", "Cấp tỉnh"],
      ["A", "B", "C", 1, 2],
      [1, "Số sản phẩm đăng ký tham gia bình chọn", "Sản phẩm", "=SUM(D5:D7)", "=SUM(E5:E6)"],
      ["Tr.đó", "- Nhóm thủ công mỹ nghệ", "Sản phẩm", 3, 23],
      ["", "- Nhóm chế biến nông, lâm, thủy sản", "Sản phẩm", 4, 15],
      ["", "- Nhóm sản phẩm khác", "Sản phẩm", 6, 29],
    ];
    const hints = reportHints(sheet("Sheet1", rows))!;
    expect(hints.tables[0].ofWhichRows).toEqual([]);
    expect(hints.tables[0].subtotalRows).toEqual([3]);
    const review = reviewWorkbook({ sheets: [sheet("Sheet1", rows)] }, reportHints);
    expect(review.findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(["E4 formula/sum-omits-rows"]);
  });

  it("keep 'of which' rows out of the items when no formula of their parent adds them", () => {
    const hints = reportHints(
      sheet("Sheet1", [
        ["BÁO CÁO KẾT QUẢ BÌNH CHỌN SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU NĂM 2023"],
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Cấp trung ương", "Cấp tỉnh"],
        ["A", "B", "C", 1, 2],
        [1, "Số sản phẩm đăng ký tham gia bình chọn", "Sản phẩm", 13, 67],
        ["Tr.đó", "- Nhóm thủ công mỹ nghệ", "Sản phẩm", 3, 23],
        ["", "- Nhóm chế biến nông, lâm, thủy sản", "Sản phẩm", 4, 15],
      ]),
    )!;
    expect(hints.tables[0].ofWhichRows).toEqual([4, 5]);
    expect(hints.tables[0].subtotalRows).toEqual([]);
  });

  it("give none for a table read in part (columns of figures KC could not place), nor for a sheet that is no report", () => {
    const partial = sheet("summary", [
      ["", "", "ASSETS", "", "LOANS", ""],
      ["", "No.", "Dollars", "% of", "Dollars", "% of"],
      ["Trust Companies", 9, 2078769, 20, 1377629, 10],
      ["Limited Purpose Banks", 7, 26686, 1, 404, 1],
      ["National Banks", 7, 1442222, 9, 6508230, 45],
      ["TOTAL", "=SUM(B3:B5)", "=SUM(C3:C5)", 100, "=SUM(E3:E5)", 100],
    ]);
    const reading = readSheet(partial);
    expect(reading.tables.length).toBe(1);
    expect(reading.tables[0].unreadColumns.length).toBeGreaterThan(0);
    expect(reportHints(partial)?.tables ?? []).toEqual([]);
    expect(reportHints(sheet("Ghi chú", [["Ghi chú"], ["Số liệu minh họa"]]))).toBeUndefined();
  });
});
