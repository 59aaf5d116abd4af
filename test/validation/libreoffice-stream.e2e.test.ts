import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { exceljsSnapshot } from "../helpers/exceljs-snapshot";
import { streamWorkbookSheets } from "../../src/adapters/xlsx/read-file";
import { validateWorkbook } from "../../src/core/validation/engine";
import { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { cellDifferences } from "../helpers/same-cells";
import { recalculateWithLibreOffice } from "../summary/libreoffice";

const SAMPLE = join(__dirname, "..", "..", "samples", "khu-vuc-phia-nam-2023.xlsx");

// Excel and LibreOffice write worksheet XML differently from ExcelJS (explicit types, shared formulas,
// their own style indexes): KC's reader must read a workbook LibreOffice saved as ExcelJS's in-memory
// reader does (the reference of test/helpers/exceljs-snapshot.ts), and the validation must not tell
// which reader it got.
describe("a workbook saved by LibreOffice", () => {
  let path: string;
  beforeAll(async () => {
    path = await recalculateWithLibreOffice(SAMPLE, mkdtempSync(join(tmpdir(), "kc-lo-stream-")));
  }, 180_000);

  it("reads cell for cell as ExcelJS's in-memory reader reads it, and validates the same", async () => {
    const whole = await exceljsSnapshot(new Uint8Array(readFileSync(path)));
    const streamed: SheetSnapshot[] = [];
    for await (const sheet of streamWorkbookSheets(path)) streamed.push(sheet);
    expect(streamed.map((s) => s.name)).toEqual(whole.sheets.map((s) => s.name));
    const differences = streamed.flatMap((sheet, i) => cellDifferences(sheet, whole.sheets[i]));
    expect(differences.slice(0, 5)).toEqual([]);
    const report = validateWorkbook({ sheets: streamed });
    expect(report).toEqual(validateWorkbook(whole));
    expect(report.stats.errors).toBeGreaterThan(0);
  });
});
