import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { summarizeWorkbook } from "../../src/adapters/xlsx/write-summary";
import { PARAGRAPH_WIDTH, paragraphHeight } from "../../src/core/summary/report-tab";

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
    for (const p of paragraphs) {
      expect(p.height).toBe(paragraphHeight(p.text));
      // At least one line per column width of text, whatever the font.
      expect(p.height).toBeGreaterThanOrEqual(15 * Math.ceil(p.text.length / PARAGRAPH_WIDTH));
    }
    expect(Math.max(...paragraphs.map((p) => p.height ?? 0))).toBeGreaterThan(15);
  });
});
