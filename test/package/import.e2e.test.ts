import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { importSheet } from "../../src/adapters/xlsx/package-writer/sheet-import";
import { WorkbookPackage } from "../../src/adapters/xlsx/package-writer/workbook-package";
import { summarizeWorkbook } from "../../scripts/summarize-workbook";
import { SOUTHERN_2023 } from "../summary/fixtures";
import { readFormulaResults, recalculateWithLibreOffice } from "../summary/libreoffice";
import { excelStyleParts, zipParts } from "./producers";

jest.setTimeout(180_000);

describe("a region workbook put together from one file per province, then summarized", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-import-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("LibreOffice computes the copied sheets' formulas and the summary's to the values cached", async () => {
    const region = await WorkbookPackage.create("khu-vuc.xlsx");
    for (const fixture of SOUTHERN_2023) {
      // Each province sends its own workbook (with the user's extras of the Excel-style producer).
      const file = await zipParts(excelStyleParts([fixture]));
      await importSheet(region, { bytes: file, file: `${fixture.sheet}.xlsx` }, fixture.sheet, { name: fixture.sheet });
    }
    const copies = await region.save();
    const { plan, output } = await summarizeWorkbook(copies, { lang: "vi", name: "khu-vuc.xlsx", region: "khu vực phía Nam" });
    expect(plan.notices.filter((n) => /no province sheet/.test(n.en))).toEqual([]);
    const path = join(dir, "khu-vuc.xlsx");
    writeFileSync(path, output);
    const recalculated = await readFormulaResults(await recalculateWithLibreOffice(path, join(dir, "recalc")));
    const cached = await readFormulaResults(path);
    const mismatches: string[] = [];
    let formulas = 0;
    for (const [sheet, cells] of cached) {
      for (const [address, value] of cells) {
        formulas++;
        const got = recalculated.get(sheet)?.get(address);
        const same = typeof got === "number" && typeof value === "number" ? Math.abs(got - value) <= 1e-9 * Math.max(1, Math.abs(got)) : got === value;
        if (!same) mismatches.push(`${sheet}!${address}: cached ${JSON.stringify(value)}, LibreOffice ${JSON.stringify(got)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(60);
  });
});
