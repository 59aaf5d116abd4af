import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runKc } from "../helpers/run-kc";

const dir = mkdtempSync(join(tmpdir(), "kc-review-"));

/**
 * A plain workbook (no province sheet): amounts = quantity × price filled down as one shared formula,
 * as Excel saves a filled column, with row `slip` (1-based) typed by hand as `slip.formula`, or as the
 * number the formula gives when `slip.formula` is absent.
 */
async function amountsWorkbook(name: string, slip?: { row: number; formula?: string }): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bán hàng");
  ws.addRow(["Mặt hàng", "Số lượng", "Đơn giá", "Thành tiền"]);
  for (let i = 0; i < 6; i++) ws.addRow([`Hàng ${i + 1}`, i + 2, 10 * (i + 1)]);
  for (let r = 2; r <= 7; r++) {
    const result = (ws.getCell(`B${r}`).value as number) * (ws.getCell(`C${r}`).value as number);
    if (slip && slip.row === r) ws.getCell(`D${r}`).value = slip.formula ? { formula: slip.formula, result } : result;
    else if (r === 2) ws.getCell("D2").value = { formula: "B2*C2", shareType: "shared", ref: "D2:D7", result } as ExcelJS.CellValue;
    else ws.getCell(`D${r}`).value = { sharedFormula: "D2", result } as ExcelJS.CellValue;
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("kc review", () => {
  it("exits 1 and reports a formula inconsistent with its shared-formula region, with the fix, in JSON", async () => {
    const path = await amountsWorkbook("slip.xlsx", { row: 5, formula: "B5*B5" });
    const r = await runKc("review", path, "--format", "json");
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(["findings", "notes", "stats"]);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      rule: "formula/inconsistent",
      severity: "warning",
      sheet: "Bán hàng",
      cell: "D5",
      related: ["D2:D4", "D6:D7"],
      expected: "=B5*C5",
      found: "=B5*B5",
    });
    expect(report.stats).toMatchObject({ formulas: 6, findings: 1, warnings: 1, sheets: 1, notes: 0 });
  });

  it("exits 0 when all it has are notes, and lists them apart: a number typed where the column holds formulas, equal to their result", async () => {
    const path = await amountsWorkbook("note.xlsx", { row: 4 });
    const json = await runKc("review", path, "--format", "json");
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out);
    expect(report.findings).toEqual([]);
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toMatchObject({ rule: "formula/hard-coded", severity: "info", cell: "D4", expected: "=B4*C4", found: 120 });
    expect(report.stats).toMatchObject({ formulas: 5, findings: 0, notes: 1 });
    const text = await runKc("review", path, "--lang", "en");
    expect(text.code).toBe(0);
    expect(text.out).toContain("0 errors, 0 warnings; 1 note.");
    expect(text.out).toContain("No suspicious formula found.");
    expect(text.out).toMatch(/Notes \(right today[^\n]*\n\n== Bán hàng ==\n +D4 +formula\/hard-coded: This cell holds the typed number 120/);
  });

  it("exits 0 on a workbook whose formulas agree, and says how many formulas it read", async () => {
    const path = await amountsWorkbook("clean.xlsx");
    const r = await runKc("review", path, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("6 formulas on 1 sheet");
    expect(r.out).toContain("No suspicious formula found.");
  });

  it("names the proposed formula in the text report (Vietnamese by default)", async () => {
    const path = await amountsWorkbook("slip-text.xlsx", { row: 3, formula: "B3*C4" });
    const r = await runKc("review", path);
    expect(r.code).toBe(1);
    expect(r.out).toContain("D3");
    expect(r.out).toMatch(/D3 +formula\/inconsistent: .*ô này sẽ là =B3\*C3\./);
  });

  it("exits 2 with one line on stderr for a file that is not a workbook", async () => {
    const path = join(dir, "not.xlsx");
    writeFileSync(path, "not a workbook");
    const r = await runKc("review", path);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("kc review:");
  });

  it("exits 2 on a bad option", async () => {
    const path = await amountsWorkbook("opt.xlsx");
    const r = await runKc("review", path, "--format", "xml");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format");
  });
});
