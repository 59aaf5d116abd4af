import { corpus } from "../layouts/catalogue";
import { PlantedKind } from "../layouts/key";
import { toWorkbookSnapshot } from "../layouts/workbook/to-snapshot";
import { reviewWorkbook } from "../../src/core/review/review";
import { reportHints } from "../../src/core/review/reading-hints";

/** The kinds the layouts corpus plants for the formula review (test/layouts/key.ts). */
const REVIEW_KINDS: PlantedKind[] = ["subtotal-typed-over-sum", "sum-one-row-short", "formula-one-column-off", "completion-wrong-plan"];

/**
 * Planted mistakes that leave every figure right today: the review lists them as notes, apart from the
 * suspects (a SUM replaced by its own value is right until an item is corrected).
 */
const NOTE_KINDS: PlantedKind[] = ["subtotal-typed-over-sum"];

/**
 * The formula review on the layouts corpus, as kc review runs it (the sheets it reads as reports with
 * their tables as hints, every other sheet from the grid and its column-number rows): each planted
 * formula error is found at its cell (as a suspect, or as a note when the figures are right today),
 * nothing else is flagged on a workbook with planted errors, and a clean workbook draws no finding and
 * no note at all.
 */
describe("formula review on the layouts corpus", () => {
  const entries = corpus();
  const reviewed = entries.map((entry) => ({ entry, report: reviewWorkbook(toWorkbookSnapshot(entry.rendered.workbook), reportHints) }));
  const cells = (list: { sheet: string; cell: string }[]) => list.map((f) => `${f.sheet}!${f.cell}`).sort();

  it("plants formula errors in several layouts, and some clean workbooks hold formulas", () => {
    const planted = entries.flatMap((e) => e.rendered.key.planted.filter((p) => REVIEW_KINDS.includes(p.kind)));
    expect(new Set(planted.map((p) => p.kind))).toEqual(new Set(REVIEW_KINDS));
    expect(reviewed.filter(({ entry, report }) => entry.twin === undefined && report.stats.formulas > 0).length).toBeGreaterThanOrEqual(4);
  });

  for (const { entry, report } of reviewed) {
    const planted = entry.rendered.key.planted.filter((p) => REVIEW_KINDS.includes(p.kind));
    if (entry.twin === undefined) {
      it(`${entry.id}: clean, no finding and no note`, () => {
        expect(cells(report.findings)).toEqual([]);
        expect(cells(report.notes)).toEqual([]);
      });
    } else if (planted.length > 0) {
      it(`${entry.id}: each planted formula error at its cell (typed subtotals as notes), nothing else`, () => {
        expect(cells(report.findings)).toEqual(cells(planted.filter((p) => !NOTE_KINDS.includes(p.kind))));
        expect(cells(report.notes)).toEqual(cells(planted.filter((p) => NOTE_KINDS.includes(p.kind))));
        for (const f of [...report.findings, ...report.notes]) expect(f.rule).toMatch(/^formula\//);
      });
    }
  }
});
