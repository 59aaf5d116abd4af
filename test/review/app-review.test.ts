import { reviewOpenWorkbook } from "../../src/app/review";
import { stepReview, suspectPeek } from "../../src/app/review-walk";
import type { WorkbookPort } from "../../src/app/port";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { sheet } from "./sheets";

/** A port that only reads: the review needs nothing else. */
function portOf(snapshot: WorkbookSnapshot): Pick<WorkbookPort, "readSnapshot"> {
  return {
    readSnapshot: async (onProgress) => {
      onProgress?.(1, 1);
      return snapshot;
    },
  };
}

const workbook: WorkbookSnapshot = {
  sheets: [
    sheet("Tổng hợp", [
      // Headers no report uses: the review works from the grid alone (the reading gives no hints).
      ["Mục", "Cột 1", "Cột 2", "Cột 3"],
      ["A", 100, 80, "=C2/B2"],
      ["B", 200, 150, "=C3/B3"],
      ["C", 300, 240, "=C4/B3"],
      ["D", 400, 300, "=C5/B5"],
      ["Cộng", "=SUM(B2:B5)", "=SUM(C2:C5)", "=C6/B6"],
    ]),
    sheet("Lỗi", [[1, "=A1+#REF!"]]),
    sheet("Chi tiết", [
      ["Mục", "Cột 1", "Cột 2"],
      ["A", 100, 80],
      ["B", 200, 150],
      ["Cộng", "=SUM(B2:B3)", 230],
    ]),
  ],
};

describe("the review view's data (src/app/review.ts)", () => {
  it("gives the suspects in rank order, errors first, each with its region, proposed fix and cell to go to", async () => {
    const fractions: number[] = [];
    const view = await reviewOpenWorkbook(portOf(workbook), (f) => fractions.push(f));
    expect(view.items.map((i) => [i.rank, i.sheet, i.cell, i.rule])).toEqual([
      [1, "Lỗi", "B1", "formula/ref-deleted"],
      [2, "Tổng hợp", "D4", "formula/inconsistent"],
    ]);
    expect(view.items[1]).toMatchObject({ region: ["D2:D3", "D5:D6"], proposed: "=C4/B4", found: "=C4/B3", severity: "warning" });
    expect(view.items[1].message.vi).toContain("=C4/B4");
    expect(view.stats.formulas).toBe(9);
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it("lists apart, as notes the walk does not stop at, what is right today: a total typed with its items' sum", async () => {
    const view = await reviewOpenWorkbook(portOf(workbook));
    expect(view.notes.map((i) => [i.rank, i.sheet, i.cell, i.rule, i.severity])).toEqual([[1, "Chi tiết", "C4", "formula/hard-coded", "info"]]);
    expect(view.notes[0]).toMatchObject({ proposed: "=SUM(C2:C3)", found: 230, region: ["B4"] });
    expect(view.items.map((i) => i.cell)).not.toContain("C4");
    expect(view.stats).toMatchObject({ notes: 1, findings: 2 });
  });

  it("knows the identities of a table the reader reads: a completion over the wrong plan is the column's identity broken", async () => {
    const report: WorkbookSnapshot = {
      sheets: [
        sheet("Tổng hợp", [
          ["Tỉnh", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
          ["A", 100, 80, "=C2/B2"],
          ["B", 200, 150, "=C3/B3"],
          ["C", 300, 240, "=C4/B3"],
          ["D", 400, 300, "=C5/B5"],
          ["Cộng", "=SUM(B2:B5)", "=SUM(C2:C5)", "=C6/B6"],
        ]),
      ],
    };
    const view = await reviewOpenWorkbook(portOf(report));
    expect(view.items.map((i) => [i.cell, i.rule, i.severity, i.proposed])).toEqual([["D4", "formula/column-identity", "error", "=C4/B4"]]);
    expect(view.stats.provinceSheets).toBe(1);
  });

  it("steps to the next and previous suspect, wrapping around", async () => {
    const view = await reviewOpenWorkbook(portOf(workbook));
    expect(stepReview(view, -1, 1)).toBe(0);
    expect(stepReview(view, 0, 1)).toBe(1);
    expect(stepReview(view, 1, 1)).toBe(0);
    expect(stepReview(view, 0, -1)).toBe(1);
    expect(stepReview({ items: [] }, 0, 1)).toBe(-1);
  });

  it("shows the cells around a suspect as the review read them, its region marked", async () => {
    const view = await reviewOpenWorkbook(portOf(workbook));
    const peek = suspectPeek(view, view.items[1])!;
    expect(peek.sheet).toBe("Tổng hợp");
    expect(peek.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    const cells = peek.rows.flatMap((r) => r.cells);
    expect(cells.find((c) => c.target)).toMatchObject({ address: "D4", formula: "C4/B3", inRegion: false });
    expect(cells.filter((c) => c.inRegion).map((c) => c.address)).toEqual(["D2", "D3", "D5", "D6"]);
    expect(suspectPeek({ ...view, snapshot: { sheets: [] } }, view.items[1])).toBeUndefined();
  });
});
