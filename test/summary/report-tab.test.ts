import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { summarizeWorkbook } from "../../scripts/summarize-workbook";
import { PARAGRAPH_WIDTH } from "../../src/core/summary/report-tab";

const SAMPLE = join(__dirname, "..", "..", "samples", "khu-vuc-phia-nam-2023.xlsx");

describe("TH_BaoCao rows", () => {
  it("are tall enough to show each wrapped paragraph in full, in the written file", async () => {
    const result = await summarizeWorkbook(new Uint8Array(readFileSync(SAMPLE)), { lang: "vi" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.output as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("TH_BaoCao")!;
    const paragraphs: { text: string; height: number | undefined }[] = [];
    sheet.eachRow((row) => {
      const value = row.getCell(1).value as ExcelJS.CellFormulaValue;
      if (value && typeof value === "object" && "formula" in value) paragraphs.push({ text: String(value.result), height: row.height });
    });
    expect(paragraphs.length).toBeGreaterThanOrEqual(2);
    // At least one 15-point line per column width of text, whatever the font.
    for (const p of paragraphs) expect(p.height).toBeGreaterThanOrEqual(15 * Math.ceil(p.text.length / PARAGRAPH_WIDTH));
    expect(Math.max(...paragraphs.map((p) => p.height ?? 0))).toBeGreaterThan(15);
  });
});

describe("rows of wrapped text", () => {
  it("are tall enough for wrapped header labels and activity names", async () => {
    const result = await summarizeWorkbook(new Uint8Array(readFileSync(SAMPLE)), { lang: "vi" });
    const funding = result.plan.sheets.find((s) => s.role === "funding")!;
    // "Thực hiện cùng kỳ" and "So với cùng kỳ (%)" do not fit their columns on one line.
    const header = funding.cells.filter((c) => c.styles?.includes("header") && typeof c.value === "string" && /cùng kỳ/.test(String(c.value)));
    expect(header.length).toBeGreaterThan(0);
    const row = Number(/\d+$/.exec(header[header.length - 1].address)![0]);
    expect(funding.rowHeights[row]).toBeGreaterThanOrEqual(30);
    const activities = result.plan.sheets.find((s) => s.role === "activities")!;
    const machinery = activities.cells.find((c) => c.value === "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ")!;
    expect(activities.rowHeights[Number(/\d+$/.exec(machinery.address)![0])]).toBeGreaterThanOrEqual(30);
  });
});
