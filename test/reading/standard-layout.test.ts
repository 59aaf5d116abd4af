import ExcelJS from "exceljs";
import { writeFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { composeProvinceSheet } from "../../src/core/standard/compose";
import { readSheet } from "../../src/core/reading/read-sheet";
import { reportOf } from "../../src/core/reading/view";
import { validateWorkbook } from "../../src/core/validation/engine";
import { GridSheet, SheetSnapshot, sheetFromValues } from "../../src/core/workbook/snapshot";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { streamWorkbookSheets } from "../../src/adapters/xlsx/read-file";
import { exceljsSnapshot } from "../helpers/exceljs-snapshot";
import { writeProvinceWorksheet } from "../../scripts/exceljs-province-sheet";
import { goodInput, sheetOf, workbookOf } from "../validation/fixtures";

describe("KC's standard layout, read like any other", () => {
  it("reads the header block, both tables, their columns, rows and cells", () => {
    const view = reportOf(sheetOf(goodInput()))!;
    const { facts, tables, status } = view.reading;
    expect(status).toBe("read");
    expect(facts.province).toMatchObject({ value: "Đắk Nông", evidence: { kind: "label", cell: "B3" } });
    expect(facts.year?.value).toBe(2023);
    expect(facts.months?.value).toBe(12);
    expect(view.header).toMatchObject({ province: "Đắk Nông", provinceCell: "B3", unit: "trieu", unitCell: "B6" });
    expect(tables.map((t) => t.kind)).toEqual(["funding", "projects"]);
    const [funding, projects] = tables;
    expect(funding.headerRows).toEqual([8]);
    expect(funding.columns.map((c) => c.role)).toEqual([
      { kind: "label" },
      { kind: "amount", measure: "plan" },
      { kind: "amount", measure: "actual" },
      { kind: "percent", measure: "completion" },
      { kind: "amount", measure: "sameLastYear" },
      { kind: "amount", measure: "previousPlan" },
    ]);
    expect(funding.rows.map((r) => [r.kind, r.fund?.value])).toEqual([
      ["data", "KCQG"],
      ["data", "KCDP"],
      ["total", "total"],
    ]);
    expect(funding.rows[2].parts).toEqual([9, 10]);
    expect(view.funding?.figures.KCQG.plan?.[0].cell.address).toBe("B10");
    expect(view.funding?.figures.KCQG.plan?.[0].cell.number?.decimals).toBe(2);
    expect(projects.columns.map((c) => c.role.kind)).toEqual([
      "no",
      "code",
      "label",
      "fund",
      "activity",
      "count",
      "amount",
      "amount",
      "amount",
      "status",
      "note",
    ]);
    expect(view.projects).toHaveLength(6);
    expect(view.projects[0].row).toBe(15);
    const p = view.projects[2];
    expect(p).toMatchObject({ source: "KCDP", activity: "MMTB", beneficiaries: 2, status: "done", unit: "trieu" });
    expect(p.cells.support?.number?.value.toNumber()).toBe(550);
    expect(p.cells.support?.number?.interval.toString()).toBe("[549.995; 550.005]");
  });

  it("reads a sheet once for the checks, the review and the summary: the same file name and corrections give the same reading", () => {
    const sheet = sheetOf(goodInput());
    const first = readSheet(sheet, { fileName: "dak-nong-2023.xlsx" });
    expect(readSheet(sheet, { fileName: "dak-nong-2023.xlsx", corrections: [] })).toBe(first);
    const corrected = readSheet(sheet, {
      fileName: "dak-nong-2023.xlsx",
      corrections: [{ row: 2, sheet: sheet.name, kind: "year", where: "", value: "2024", was: "" }],
    });
    expect(corrected).not.toBe(first);
    expect([first.facts.year?.value, corrected.facts.year?.value]).toEqual([2023, 2024]);
    expect(readSheet(sheet, { fileName: "other.xlsx" })).not.toBe(first);
  });

  it("does not take a notes sheet for a report, and says why", () => {
    const reading = readSheet(sheetFromValues("Ghi chú", [["Ghi chú"], ["Số liệu tổng hợp từ các tỉnh", 2023]]));
    expect(reading.status).toBe("not-report");
    expect(reading.reasons[0].vi).toContain("không có bảng");
  });

  it("reads English labels, reordered columns and NFD labels", () => {
    const input = goodInput({ english: true, projectColumns: ["support", "name", "total", "counterpart", "activity", "source", "code", "beneficiaries"] });
    const grid = composeProvinceSheet(input).rows.map((r) => r.map((c) => (c && typeof c.value === "string" ? { ...c, value: c.value.normalize("NFD") } : c)));
    const view = reportOf(new GridSheet("X", grid))!;
    expect(view.header.province?.normalize("NFC")).toBe("Đắk Nông");
    const roles = view.reading.tables[1].columns.map((c) => `${c.col}:${c.role.kind}:${(c.role as { measure?: string }).measure ?? ""}`);
    expect(roles.slice(0, 3)).toEqual(["0:amount:support", "1:label:", "2:amount:cost"]);
    expect(view.projects[0].source).toBe("KCQG");
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
    const view = reportOf(snapshot.sheets[0])!;
    expect(snapshot.sheets[0].cell(9, 3)?.format).toBe("0.00%");
    expect(view.projects[1].cells.total?.number?.decimals).toBe(2);
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
