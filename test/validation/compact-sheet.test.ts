import type { Cell as ExcelCell, Row as ExcelRow } from "exceljs";
import { CompactSheet, snapshotCell } from "../../src/adapters/xlsx/read-cells";

type FakeCell = Pick<ExcelCell, "value" | "numFmt" | "result">;

/** An ExcelJS row as the streaming reader hands it over: its number and its non-empty cells by column. */
function row(number: number, cells: Record<number, FakeCell>): ExcelRow {
  return {
    number,
    eachCell: (_options: unknown, visit: (cell: FakeCell, col: number) => void) => {
      for (const [col, cell] of Object.entries(cells)) visit(cell, Number(col));
    },
  } as unknown as ExcelRow;
}

const cell = (value: unknown, numFmt = "", result?: unknown) => ({ value, numFmt, result }) as unknown as FakeCell;

describe("CompactSheet", () => {
  const rows: [number, Record<number, FakeCell>][] = [
    [2, { 1: cell("Tỉnh/Thành phố"), 2: cell("An Giang") }],
    [4, { 1: cell(1234.5, "#,##0.0"), 3: cell({ formula: "A1+B1", result: 0 }, "#,##0", 0), 4: cell({ sharedFormula: "C4" }, "", 7) }],
    [5, { 2: cell(null, "0.00%"), 6: cell({ error: "#DIV/0!" }), 7: cell(new Date(Date.UTC(2023, 0, 1))) }],
    [6, { 1: cell({ formula: "X1" }, "General", undefined) }],
  ];
  const sheet = new CompactSheet("A");
  for (const [n, cells] of rows) sheet.addRow(row(n, cells));

  it("gives every cell as snapshotCell reads it, empty ones undefined", () => {
    for (const [n, cells] of rows) {
      for (let c = 0; c < 8; c++) expect(sheet.cell(n - 1, c)).toEqual(cells[c + 1] ? snapshotCell(cells[c + 1]) : undefined);
    }
    expect(sheet.cell(1, 1)).toEqual({ value: "An Giang" });
    expect(sheet.cell(3, 2)).toEqual({ value: 0, formula: "A1+B1", format: "#,##0" });
    expect(sheet.cell(5, 0)).toEqual({ value: null, formula: "X1", format: "General" });
    expect(sheet.cell(0, 0)).toBeUndefined();
    expect(sheet.cell(9, 0)).toBeUndefined();
  });

  it("counts rows and columns as the grid of snapshot cells did (a cell with only a format widens its row)", () => {
    expect(sheet.rowCount).toBe(6);
    expect(sheet.colCount).toBe(7);
  });
});
