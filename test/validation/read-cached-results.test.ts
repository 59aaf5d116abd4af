import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { streamWorkbookSheets } from "../../src/adapters/xlsx/read-file";
import { SheetSnapshot } from "../../src/core/workbook/snapshot";

// ExcelJS 4.4 drops falsy cached results from a formula's value: 0, FALSE and "" must still be read.
async function workbookWithFalsyResults(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tổng");
  ws.getCell("A1").value = 0;
  ws.getCell("A2").value = { formula: "SUM(A1:A1)", result: 0 };
  ws.getCell("A3").value = { formula: "A1>1", result: false };
  ws.getCell("A4").value = { formula: "A1+7", result: 7 };
  ws.getCell("A5").value = { formula: "A1+8" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function column(sheet: SheetSnapshot) {
  return [1, 2, 3, 4].map((row) => ({ value: sheet.cell(row, 0)?.value, formula: sheet.cell(row, 0)?.formula }));
}

const expected = [
  { value: 0, formula: "SUM(A1:A1)" },
  { value: false, formula: "A1>1" },
  { value: 7, formula: "A1+7" },
  { value: null, formula: "A1+8" },
];

describe("cached results of formulas", () => {
  it("are read in memory, 0 and FALSE included", async () => {
    const snapshot = await readWorkbookSnapshot(new Uint8Array(await workbookWithFalsyResults()));
    expect(column(snapshot.sheets[0])).toEqual(expected);
  });

  it("are read by the streaming reader, 0 and FALSE included", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kc-cached-")), "book.xlsx");
    writeFileSync(path, await workbookWithFalsyResults());
    const sheets: SheetSnapshot[] = [];
    for await (const sheet of streamWorkbookSheets(path)) sheets.push(sheet);
    expect(column(sheets[0])).toEqual(expected);
  });
});
