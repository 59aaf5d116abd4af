import ExcelJS from "exceljs";
import { writeFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { composeProvinceSheet } from "../../src/core/standard/compose";
import { readProvinceSheet } from "../../src/core/standard/read-province-sheet";
import { validateWorkbook } from "../../src/core/validation/engine";
import { GridSheet, SheetSnapshot, sheetFromValues } from "../../src/core/workbook/snapshot";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { streamWorkbookSheets } from "../../src/adapters/xlsx/read-file";
import { exceljsSnapshot } from "../helpers/exceljs-snapshot";
import { writeProvinceWorksheet } from "../../src/adapters/xlsx/template";
import { goodInput, sheetOf, workbookOf } from "./fixtures";

describe("readProvinceSheet", () => {
  it("reads the header block, both tables, their columns and cells", () => {
    const ps = readProvinceSheet(sheetOf(goodInput()))!;
    expect(ps.header.province).toMatchObject({ value: "Đắk Nông", cell: "B3", labelCell: "A3" });
    expect(ps.header.year?.value).toBe(2023);
    expect(ps.header.period?.value?.months).toBe(12);
    expect(ps.header.unit).toBe("trieu");
    expect(ps.funding?.headerRow).toBe(8);
    expect(ps.funding?.columns).toMatchObject({ source: 0, plan: 1, actual: 2, completion: 3 });
    expect(ps.funding?.rows.map((r) => r.source)).toEqual(["KCQG", "KCDP", "total"]);
    expect(ps.funding?.rows[0].cells.plan?.address).toBe("B10");
    expect(ps.funding?.rows[0].cells.completion?.number?.decimals).toBe(4);
    expect(ps.projects?.rows).toHaveLength(6);
    expect(ps.projects?.firstDataRow).toBe(15);
    expect(ps.projects?.lastDataRow).toBe(20);
    const p = ps.projects!.rows[2];
    expect(p).toMatchObject({ source: "KCDP", activity: "MMTB", beneficiaries: 2, status: "done" });
    expect(p.cells.support?.number?.value.toNumber()).toBe(550);
    expect(p.cells.support?.number?.interval.toString()).toBe("[549.995; 550.005]");
  });

  it("is undefined for a sheet with no province label (a notes sheet)", () => {
    expect(readProvinceSheet(sheetFromValues("Ghi chú", [["Ghi chú"], ["Số liệu tổng hợp từ các tỉnh", 2023]]))).toBeUndefined();
  });

  it("reads English labels, reordered columns and NFD labels", () => {
    const input = goodInput({ english: true, projectColumns: ["support", "name", "total", "counterpart", "activity", "source", "code", "beneficiaries"] });
    const grid = composeProvinceSheet(input).rows.map((r) => r.map((c) => (c && typeof c.value === "string" ? { ...c, value: c.value.normalize("NFD") } : c)));
    const ps = readProvinceSheet(new GridSheet("X", grid))!;
    expect(ps.header.province.value?.normalize("NFC")).toBe("Đắk Nông");
    expect(ps.projects?.columns).toMatchObject({ support: 0, name: 1, total: 2, source: 5 });
    expect(ps.projects?.rows[0].source).toBe("KCQG");
    expect(validateWorkbook(workbookOf(new GridSheet("X", grid))).findings).toEqual([]);
  });
});

describe("the .xlsx readers", () => {
  async function writeGood(): Promise<{ path: string; buffer: Buffer }> {
    const wb = new ExcelJS.Workbook();
    writeProvinceWorksheet(wb, "Đắk Nông", composeProvinceSheet(goodInput()));
    wb.addWorksheet("Ghi chú").getCell("A1").value = "Ghi chú: số liệu minh họa";
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const path = join(mkdtempSync(join(tmpdir(), "kc-")), "good.xlsx");
    writeFileSync(path, buffer);
    return { path, buffer };
  }

  it("round-trips a province sheet through ExcelJS with formats kept", async () => {
    const { buffer } = await writeGood();
    const snapshot = await readWorkbookSnapshot(new Uint8Array(buffer));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Đắk Nông", "Ghi chú"]);
    const ps = readProvinceSheet(snapshot.sheets[0])!;
    expect(ps.funding?.rows[0].cells.completion?.raw?.format).toBe("0.00%");
    expect(ps.projects?.rows[1].cells.total?.number?.decimals).toBe(2);
    const report = validateWorkbook(snapshot);
    expect(report.findings).toEqual([]);
    expect(report.stats).toMatchObject({ sheets: 2, provinceSheets: 1, errors: 0 });
  });

  it("streams the sheets ExcelJS's in-memory reader reads", async () => {
    const { path, buffer } = await writeGood();
    const whole = await exceljsSnapshot(buffer);
    const streamed: SheetSnapshot[] = [];
    for await (const sheet of streamWorkbookSheets(path)) streamed.push(sheet);
    expect(streamed.map((s) => s.name)).toEqual(["Đắk Nông", "Ghi chú"]);
    const a = whole.sheets[0];
    const b = streamed[0];
    for (let r = 0; r < a.rowCount; r++) for (let c = 0; c < a.colCount; c++) expect(b.cell(r, c)).toEqual(a.cell(r, c));
  });
});
