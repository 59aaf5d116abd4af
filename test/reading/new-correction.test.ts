import { readCorrections } from "../../src/core/reading/corrections";
import { correctionsSheetRows, correctionsSheetRowsWithout, newCorrection } from "../../src/core/reading/new-correction";
import { readSheet } from "../../src/core/reading/read-sheet";
import { sheetFromValues } from "../../src/core/workbook/snapshot";
import { grid, l11 } from "./layouts";

const _ = undefined;

/** Two tables with a column D each: funding by fund (header row 3), then projects with support by fund (header rows 7–8). */
function twoTables() {
  return grid(
    "Ben Tre",
    [
      ["UBND TỈNH BẾN TRE"],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2023", _, _, _, "ĐVT: triệu đồng"],
      ["STT", "Nguồn kinh phí", "Số đề án", "Kế hoạch năm", "Thực hiện"],
      [1, "Kinh phí khuyến công quốc gia", 1, 500, 450],
      [2, "Kinh phí khuyến công địa phương", 2, 800, 700],
      [],
      ["STT", "Tên đề án", "Thời gian thực hiện (năm)", "Nguồn vốn", _, "Đơn vị thụ hưởng"],
      [_, _, _, "TW", "Địa phương"],
      [1, "Hỗ trợ ứng dụng máy sấy", 2023, 450, 0, "Cơ sở A"],
      [2, "Đào tạo nghề đan lát", 2023, 0, 300, "Cơ sở B"],
      [3, "Hỗ trợ ứng dụng máy ép", 2023, 0, 400, "Cơ sở C"],
    ],
    ["D7:E7", "A7:A8", "B7:B8", "C7:C8", "F7:F8"],
  );
}

describe("a new correction, checked against the sheet before it is written (kc correct)", () => {
  it("records a column's header as it reads now, at the header cell of the column", () => {
    const made = newCorrection(readSheet(l11()), "column", "G7", "KCQG hỗ trợ");
    expect(made).toEqual({ ok: true, correction: { sheet: "Phu luc", kind: "column", where: "G7", value: "KCQG hỗ trợ", was: "Kinh phí › KCĐP hỗ trợ" } });
    // Any cell of the column inside the table names it: the header cell is what is written.
    expect(newCorrection(readSheet(l11()), "column", "$g$12", "Bỏ qua")).toMatchObject({ ok: true, correction: { where: "G7", value: "Bỏ qua" } });
  });

  it("records a section row's label, at its label cell", () => {
    const made = newCorrection(readSheet(l11()), "fund", "A10", "KCQG");
    expect(made).toMatchObject({ ok: true, correction: { where: "B10", was: "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến (2 đề án)" } });
  });

  it("refuses what could not apply: no headed column there, no section row, a value KC cannot read, a short province name", () => {
    const reading = readSheet(l11());
    const reason = (kind: Parameters<typeof newCorrection>[1], where: string, value: string) => {
      const made = newCorrection(reading, kind, where, value);
      return made.ok ? "written" : made.reason.en;
    };
    expect(reason("column", "Z7", "KCQG")).toBe("no table has a headed column at Z7.");
    expect(reason("column", "", "KCQG")).toContain("header cell of the column is needed");
    expect(reason("column", "G7", "")).toContain("the header the column should have is needed");
    expect(reason("column", "7G", "KCQG")).toContain("is no cell");
    expect(reason("fund", "B11", "KCQG")).toContain("is not the label of a section row");
    expect(reason("fund", "B10", "KCX")).toContain("neither KCQG nor KCĐP");
    expect(reason("unit", "", "đô la")).toContain("unknown");
    expect(reason("year", "", "hai nghìn")).toContain("is no year");
    expect(reason("province", "", "BD")).toContain("Bình Dương");
    expect(reason("province", "", "Đắk Lắk")).toBe("written");
    expect(reason("not-report", "", "")).toBe("written");
  });

  it("corrects only the table whose header holds the cell: another table's column D is left as read", () => {
    const sheet = twoTables();
    const made = newCorrection(readSheet(sheet), "column", "D8", "Nguồn vốn › KCĐP");
    expect(made).toMatchObject({ ok: true, correction: { where: "D8", was: "Nguồn vốn › TW" } });
    if (!made.ok) return;
    const rows = correctionsSheetRows(undefined, made.correction);
    const reading = readSheet(sheet, { corrections: readCorrections(sheetFromValues("KC_CachDoc", rows)).bySheet.get("Ben Tre") });
    expect(reading.corrections).toEqual({ applied: [2], stale: [] });
    const [funding, projects] = reading.tables;
    expect(funding.columns.find((c) => c.col === 3)?.role).toMatchObject({ kind: "amount", measure: "plan" });
    expect(projects.columns.find((c) => c.col === 3)).toMatchObject({ role: { fund: "KCDP" }, evidence: { kind: "correction", cell: "KC_CachDoc!A3" } });
  });

  it("adds a row to KC's corrections sheet, or replaces the correction of the same place, keeping notes and rows KC cannot read", () => {
    const kept = sheetFromValues("KC_CachDoc", [
      ["KC:corrections:v1"],
      ["Sheet", "Sửa gì", "Ô", "Đọc là", "Ô đang ghi", "Ghi chú"],
      ["Phu luc", "Vai trò cột", "G7", "KCQG", "Kinh phí › KCĐP hỗ trợ", "hệ thống ghi nhầm"],
      ["Phu luc", "Màu sắc", "A1", "đỏ", null, null],
    ]);
    const replaced = correctionsSheetRows(kept, { sheet: "Phu luc", kind: "column", where: "G7", value: "Bỏ qua", was: "Kinh phí › KCĐP hỗ trợ" });
    expect(replaced.slice(2)).toEqual([
      ["Phu luc", "Vai trò cột", "G7", "Bỏ qua", "Kinh phí › KCĐP hỗ trợ", "hệ thống ghi nhầm"],
      ["Phu luc", "Màu sắc", "A1", "đỏ", null, null],
    ]);
    const added = correctionsSheetRows(kept, { sheet: "Phu luc", kind: "year", where: "", value: "2020", was: "" });
    expect(added).toHaveLength(5);
    expect(added[4]).toEqual(["Phu luc", "Năm", "", "2020", ""]);
    expect(
      readCorrections(sheetFromValues("KC_CachDoc", added))
        .bySheet.get("Phu luc")
        ?.map((c) => c.kind),
    ).toEqual(["column", "year"]);
  });

  it("removes one correction from KC's corrections sheet, every other row kept as it was", () => {
    const kept = sheetFromValues("KC_CachDoc", [
      ["KC:corrections:v1"],
      ["Sheet", "Sửa gì", "Ô", "Đọc là", "Ô đang ghi", "Ghi chú"],
      ["Phu luc", "Vai trò cột", "G7", "KCQG", "Kinh phí › KCĐP hỗ trợ", "hệ thống ghi nhầm"],
      ["Phu luc", "Năm", null, 2020, null, "ghi tay"],
    ]);
    const rows = correctionsSheetRowsWithout(kept, 2);
    expect(rows).toEqual([
      ["KC:corrections:v1", null, null, null, null, null],
      ["Sheet", "Sửa gì", "Ô", "Đọc là", "Ô đang ghi", "Ghi chú"],
      ["Phu luc", "Năm", null, 2020, null, "ghi tay"],
    ]);
    const book = readCorrections(sheetFromValues("KC_CachDoc", rows));
    expect(book.bySheet.get("Phu luc")?.map((c) => [c.kind, c.value])).toEqual([["year", "2020"]]);
  });
});
