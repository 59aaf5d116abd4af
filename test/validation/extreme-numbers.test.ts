import { composeProvinceSheet } from "../../src/core/standard/compose";
import { buildSummaryPlan } from "../../src/core/summary/build-plan";
import { validateWorkbook } from "../../src/core/validation/engine";
import { Cell, GridSheet, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { goodInput } from "./fixtures";

/** Excel's largest number, its negative, the smallest subnormal, negative zero. */
const EXTREMES = [1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -0];

const standardRows = () => composeProvinceSheet(goodInput()).rows.map((r) => r.map((c) => (c ? { ...c } : undefined)));

function checkAndPlan(rows: (Cell | undefined)[][]) {
  const snapshot: WorkbookSnapshot = { sheets: [new GridSheet("Đắk Nông", rows)] };
  const report = validateWorkbook(snapshot, { rounding: "round" });
  buildSummaryPlan(snapshot, report, { lang: "vi" });
  return report;
}

describe("the numbers a cell can hold at the edges of the double range", () => {
  it("are checked and summarised in every cell of a province sheet, one cell at a time", () => {
    const rows = standardRows();
    const failures: string[] = [];
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const copy = rows.map((x) => x.slice());
        copy[r][c] = { ...cell, value: EXTREMES[0] };
        try {
          checkAndPlan(copy);
        } catch (err) {
          failures.push(`R${r + 1}C${c + 1}: ${String(err)}`);
        }
      }),
    );
    expect(failures).toEqual([]);
  });

  it.each(EXTREMES)("are checked in every numeric cell at once (%p), and reported where they break an identity", (value) => {
    const rows = standardRows().map((row) => row.map((cell) => (cell && typeof cell.value === "number" ? { ...cell, value } : cell)));
    const report = checkAndPlan(rows);
    if (value !== 0) expect(report.stats.errors).toBeGreaterThan(0);
    expect(report.findings.filter((f) => /NaN|Infinity/.test(f.message.vi + f.message.en)).map((f) => f.message.en)).toEqual([]);
  });
});
