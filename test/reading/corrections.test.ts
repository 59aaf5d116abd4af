import { correctionRows, readCorrections } from "../../src/core/reading/corrections";
import { readSheet } from "../../src/core/reading/read-sheet";
import { validateWorkbook, WorkbookValidator } from "../../src/core/validation/engine";
import { GridSheet, sheetFromValues } from "../../src/core/workbook/snapshot";
import { l6, l7, l9 } from "./layouts";

const book = (rows: (string | null)[][]) => sheetFromValues("KC_CachDoc", [["Sheet", "Sửa gì", "Ô", "Đọc là", "Ô đang ghi", "Ghi chú"], ...rows]);
const roleOf = (sheet: GridSheet, rows: (string | null)[][], col: number) => {
  const corrections = readCorrections(book(rows)).bySheet.get(sheet.name);
  const reading = readSheet(sheet, { corrections });
  return { reading, column: reading.tables[0]?.columns.find((c) => c.col === col) };
};

describe("corrections kept in the workbook (KC_CachDoc)", () => {
  it("reads its rows, with Vietnamese or English labels, and names the rows it cannot understand", () => {
    const b = readCorrections(
      sheetFromValues("KC_CachDoc", [
        ["KC:corrections:v1"],
        ["Sheet", "What", "Cell", "Read as", "Was"],
        ["Sheet1", "Column role", "D4", "KCĐP › Thực hiện", "Năm Báo Cáo: 2023 › KCQG"],
        ["Sheet1", "Màu sắc", "D4", "đỏ", null],
        [null, "Năm", null, "2023", null],
      ]),
    );
    expect(b.bySheet.get("Sheet1")).toEqual([
      { row: 2, sheet: "Sheet1", kind: "column", where: "D4", value: "KCĐP › Thực hiện", was: "Năm Báo Cáo: 2023 › KCQG" },
    ]);
    expect(b.problems.map((p) => [p.row, p.reason.en])).toEqual([
      [3, expect.stringContaining('"Màu sắc" is not a known correction')],
      [4, "the row names no sheet."],
    ]);
  });

  it("changes a column's role when its header still reads as it did, and says so in the evidence", () => {
    const { column } = roleOf(l6(), [["Sheet1", "Vai trò cột", "D4", "KCĐP", "Năm Báo Cáo: 2023 › KCQG"]], 3);
    expect(column?.role).toEqual({ kind: "count", measure: "indicator", fund: "KCDP" });
    expect(column?.evidence).toEqual({ kind: "correction", cell: "KC_CachDoc!A2", text: "KCĐP" });
  });

  it("does not apply a correction whose cell no longer says what it said, and reports it at its row", () => {
    const { column, reading } = roleOf(l6(), [["Sheet1", "Vai trò cột", "D4", "KCĐP", "KCQG › Năm 2022"]], 3);
    expect(column?.role).toEqual({ kind: "count", measure: "indicator", fund: "KCQG" });
    expect(reading.corrections.stale).toEqual([expect.objectContaining({ row: 1, where: "D4" })]);
    const f = validateWorkbook({ sheets: [l6(), book([["Sheet1", "Vai trò cột", "D4", "KCĐP", "KCQG › Năm 2022"]])] }).findings;
    expect(f.map((x) => `${x.sheet}!${x.cell} ${x.rule}`)).toContain("KC_CachDoc!A2 read/correction-stale");
    expect(f.find((x) => x.rule === "read/correction-stale")?.message.vi).toContain('bây giờ ghi "Năm Báo Cáo: 2023 › KCQG"');
  });

  it("sets the unit, the province, the year, and marks a sheet as no report", () => {
    const corrections = readCorrections(
      book([
        ["Sheet1", "Đơn vị tính", null, "triệu đồng", null],
        ["Sheet1", "Tỉnh", null, "Bến Tre", null],
        ["Sheet1", "Năm", null, "2024", null],
      ]),
    ).bySheet.get("Sheet1");
    const reading = readSheet(l7(), { corrections });
    expect(reading.tables[0].unit).toMatchObject({ value: "trieu", confidence: "certain", evidence: { kind: "correction" } });
    expect([reading.facts.province?.value, reading.facts.year?.value, reading.corrections.applied]).toEqual(["Bến Tre", 2024, [1, 2, 3]]);
    const none = readSheet(l7(), { corrections: readCorrections(book([["Sheet1", "Không phải báo cáo", null, null, null]])).bySheet.get("Sheet1") });
    expect(none.status).toBe("not-report");
    expect(none.reasons[0].vi).toContain("không phải báo cáo");
  });

  it("applies corrections to the sheets before the KC_CachDoc sheet when streaming, and names sheets that do not exist", () => {
    const sheets = [
      l7(),
      l9(),
      book([
        ["Sheet1", "Đơn vị tính", null, "tỷ đồng", null],
        ["Không có", "Năm", null, "2023", null],
      ]),
    ];
    const streamed = new WorkbookValidator();
    streamed.expectSheets(sheets.map((s) => s.name));
    for (const s of sheets) streamed.addSheet(s);
    const report = streamed.finish();
    expect(report.findings.filter((f) => f.rule === "read/unit-assumed")).toEqual([]);
    expect(report.findings.filter((f) => f.rule === "read/correction-stale").map((f) => [f.cell, f.message.en])).toEqual([
      ["A3", expect.stringContaining('no sheet is named "Không có"')],
    ]);
    expect(report.sheets.map((s) => [s.name, s.status])).toEqual([
      ["Sheet1", "read"],
      ["BC KC DP", "read"],
      ["KC_CachDoc", "corrections"],
    ]);
  });

  it("writes the rows a writer adds as the KC_CachDoc sheet, which read back as the same corrections", () => {
    const rows = correctionRows([{ sheet: "Sheet1", kind: "column", where: "D4", value: "KCĐP", was: "Năm Báo Cáo: 2023 › KCQG" }]);
    expect(rows[0]).toEqual(["KC:corrections:v1"]);
    const back = readCorrections(sheetFromValues("KC_CachDoc", rows));
    expect(back.bySheet.get("Sheet1")).toEqual([{ row: 2, sheet: "Sheet1", kind: "column", where: "D4", value: "KCĐP", was: "Năm Báo Cáo: 2023 › KCQG" }]);
  });
});
