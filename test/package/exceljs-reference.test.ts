import ExcelJS from "exceljs";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { validateWorkbook } from "../../src/core/validation/engine";
import { prefixElements, zipParts } from "../../scripts/fuzz/package-parts";
import { exceljsSnapshot } from "../helpers/exceljs-snapshot";
import { cellDifferences } from "../helpers/same-cells";

const SAMPLE = join(__dirname, "..", "..", "samples", "khu-vuc-phia-nam-2023.xlsx");

/** The package with every SpreadsheetML part's elements prefixed `x:` (the parts' XML rewritten, nothing else). */
function prefixed(bytes: Uint8Array): Uint8Array {
  const parts: Record<string, string | Uint8Array> = {};
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    const sml = /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name);
    parts[name] = sml ? prefixElements(new TextDecoder().decode(content), "x") : content;
  }
  return zipParts(parts);
}

describe("KC's package reader against ExcelJS's in-memory reader (a second producer's view)", () => {
  it("reads the sample workbook cell for cell as ExcelJS does, and the same with every element prefixed x:", async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const reference = await exceljsSnapshot(bytes);
    const kc = await readWorkbookSnapshot(bytes);
    expect(kc.sheets.map((s) => s.name)).toEqual(reference.sheets.map((s) => s.name));
    expect(kc.sheets.flatMap((s, i) => cellDifferences(s, reference.sheets[i])).slice(0, 5)).toEqual([]);
    const rewritten = await readWorkbookSnapshot(prefixed(bytes));
    expect(rewritten.sheets.flatMap((s, i) => cellDifferences(s, kc.sheets[i])).slice(0, 5)).toEqual([]);
    expect(validateWorkbook(rewritten)).toEqual(validateWorkbook(kc));
  });

  it("reads random cell contents ExcelJS wrote as ExcelJS reads them", async () => {
    const content = fc.oneof(
      fc.string({ unit: "binary-ascii" }),
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("Tổng cộng", "a & b < c > d \"e\" 'f'", " khoảng trắng ", "1.656", "88,41%", "=SUM(A1)"),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.option(content, { nil: undefined }), { maxLength: 6 }), { maxLength: 6 }), async (grid) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Ngẫu nhiên");
        grid.forEach((row, r) => row.forEach((value, c) => value !== undefined && (ws.getCell(r + 1, c + 1).value = value)));
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const [reference] = (await exceljsSnapshot(bytes)).sheets;
        const [kc] = (await readWorkbookSnapshot(bytes)).sheets;
        expect(cellDifferences(kc, reference).slice(0, 5)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
