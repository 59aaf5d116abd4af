import { corpus } from "../layouts/catalogue";
import { PlantedKind } from "../layouts/key";
import { toWorkbookSnapshot } from "../layouts/workbook/to-snapshot";
import { reviewWorkbook } from "../../src/core/review/review";
import { reportHints } from "../../src/core/review/reading-hints";

/** The kinds the layouts corpus plants for the formula review (test/layouts/key.ts). */
const REVIEW_KINDS: PlantedKind[] = ["subtotal-typed-over-sum", "sum-one-row-short", "formula-one-column-off", "completion-wrong-plan"];

/**
 * The formula review on the layouts corpus, as kc review runs it (the sheets it reads as reports with
 * their tables as hints, every other sheet from the grid and its column-number rows): each planted
 * formula error is found at its cell, nothing else is flagged on a workbook with planted errors, and a
 * clean workbook draws no finding at all.
 */
describe("formula review on the layouts corpus", () => {
  const entries = corpus();
  const reviewed = entries.map((entry) => ({ entry, report: reviewWorkbook(toWorkbookSnapshot(entry.rendered.workbook), reportHints) }));

  it("plants formula errors in several layouts, and some clean workbooks hold formulas", () => {
    const planted = entries.flatMap((e) => e.rendered.key.planted.filter((p) => REVIEW_KINDS.includes(p.kind)));
    expect(new Set(planted.map((p) => p.kind))).toEqual(new Set(REVIEW_KINDS));
    expect(reviewed.filter(({ entry, report }) => entry.twin === undefined && report.stats.formulas > 0).length).toBeGreaterThanOrEqual(4);
  });

  for (const { entry, report } of reviewed) {
    const planted = entry.rendered.key.planted.filter((p) => REVIEW_KINDS.includes(p.kind));
    if (entry.twin === undefined) {
      it(`${entry.id}: clean, no finding`, () => {
        expect(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
      });
    } else if (planted.length > 0) {
      it(`${entry.id}: each planted formula error at its cell, nothing else`, () => {
        const flagged = report.findings.map((f) => `${f.sheet}!${f.cell}`).sort();
        expect(flagged).toEqual(planted.map((p) => `${p.sheet}!${p.cell}`).sort());
        for (const f of report.findings) expect(f.rule).toMatch(/^formula\//);
      });
    }
  }
});
