import { reviewSheet } from "../../src/core/review/review";
import { findTotalLines } from "../../src/core/review/total-lines";
import { ReviewGrid } from "../../src/core/review/grid";
import { sheet, TestCell } from "./sheets";

/** The review's findings on one sheet as "CELL rule" strings, top to bottom. */
function flags(rows: TestCell[][]): string[] {
  return reviewSheet(sheet("S", rows))
    .suspects.sort((a, b) => a.row - b.row || a.col - b.col)
    .map((s) => `${s.finding.cell} ${s.finding.rule}`);
}

function suspectAt(rows: TestCell[][], cell: string) {
  const found = reviewSheet(sheet("S", rows)).suspects.find((s) => s.finding.cell === cell);
  if (!found) throw new Error(`no suspect at ${cell}: ${flags(rows).join("; ")}`);
  return found;
}

describe("rows of totals", () => {
  it("finds a row of column totals and its item rows", () => {
    const rows: TestCell[][] = [
      ["", "X", "Y"],
      ["a", 1, 2],
      ["b", 3, 4],
      ["Total", "=SUM(B2:B3)", "=SUM(C2:C3)"],
    ];
    const found = findTotalLines(new ReviewGrid(sheet("S", rows)), "row");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ axis: "row", index: 3, fn: "SUM", items: { from: 1, to: 2 } });
    expect(findTotalLines(new ReviewGrid(sheet("S", rows)), "column")).toEqual([]);
  });

  describe("totals that stop short of the item rows another total adds", () => {
    // Row 2 holds a figure in column B only; the other totals start a row lower.
    const table = (c5: string, d5: string, e5: string): TestCell[][] => [
      ["", "A", "B", "C", "D"],
      ["x", 10, null, null, null],
      ["y", 1, 2, 3, 4],
      ["z", 5, 6, 7, 8],
      ["Total", "=SUM(B2:B4)", c5, d5, e5],
    ];

    it("flags every short total, however many, and leaves the one that covers the items alone", () => {
      const found = flags(table("=SUM(C3:C4)", "=SUM(D3:D4)", "=SUM(E3:E4)"));
      expect(found).toEqual(["C5 formula/inconsistent", "D5 formula/inconsistent", "E5 formula/inconsistent"]);
      expect(suspectAt(table("=SUM(C3:C4)", "=SUM(D3:D4)", "=SUM(E3:E4)"), "C5").proposed).toBe("=SUM(C2:C4)");
    });

    it("stays silent when every total covers the item rows", () => {
      expect(flags(table("=SUM(C2:C4)", "=SUM(D2:D4)", "=SUM(E2:E4)"))).toEqual([]);
    });

    it("needs three totals when the rows left out are blank in the short total's own column", () => {
      const rows: TestCell[][] = [
        ["", "A", "B"],
        ["x", 10, null],
        ["y", 1, 2],
        ["Total", "=SUM(B2:B3)", "=SUM(C3:C3)"],
      ];
      expect(flags(rows)).toEqual([]);
    });

    it("calls a short total that leaves out a figure of its own column a SUM that omits rows", () => {
      const rows: TestCell[][] = [
        ["", "A", "B"],
        ["x", 10, 20],
        ["y", 1, 2],
        ["z", 3, 4],
        ["Total", "=SUM(B2:B4)", "=SUM(C3:C4)"],
      ];
      const s = suspectAt(rows, "C5");
      expect(s.finding.rule).toBe("formula/sum-omits-rows");
      expect(s.proposed).toBe("=SUM(C2:C4)");
      expect(s.finding.message.en).toContain("C2");
    });

    it("leaves alone a total whose column has its heading in the rows the others add", () => {
      const rows: TestCell[][] = [
        ["", "A", "B", "C"],
        ["x", 10, "Sub", 5],
        ["y", 1, 2, 3],
        ["z", 5, 6, 7],
        ["Total", "=SUM(B2:B4)", "=SUM(C3:C4)", "=SUM(D2:D4)"],
      ];
      expect(flags(rows)).toEqual([]);
    });
  });

  describe("a cell adding the totals across instead of its own column", () => {
    it("flags it and proposes the total of its own column", () => {
      const rows: TestCell[][] = [
        ["", "FY01", "FY02", "FY03"],
        ["a", 1, 2, 3],
        ["b", 4, 5, 6],
        ["Total", "=SUM(B2:B3)", "=SUM(C2:C3)", "=SUM(B4:C4)"],
      ];
      const s = suspectAt(rows, "D4");
      expect(s.finding.rule).toBe("formula/inconsistent");
      expect(s.proposed).toBe("=SUM(D2:D3)");
    });

    it("stays silent in a total column, whose items add across too", () => {
      const rows: TestCell[][] = [
        ["", "FY01", "FY02", "Total"],
        ["a", 1, 2, "=SUM(B2:C2)"],
        ["b", 4, 5, "=SUM(B3:C3)"],
        ["Total", "=SUM(B2:B3)", "=SUM(C2:C3)", "=SUM(B4:C4)"],
      ];
      expect(flags(rows)).toEqual([]);
    });
  });

  describe("a SUM of a column of ratios", () => {
    const table = (d5: string, rate: (r: number) => string): TestCell[][] => [
      ["", "Plan", "Actual", "Rate"],
      ["a", 100, 80, rate(2)],
      ["b", 200, 150, rate(3)],
      ["c", 300, 240, rate(4)],
      ["Total", "=SUM(B2:B4)", "=SUM(C2:C4)", d5],
    ];

    it("flags it: the rate of the total row is the ratio of its totals", () => {
      const s = suspectAt(
        table("=SUM(D2:D4)", (r) => `=C${r}/B${r}`),
        "D5",
      );
      expect(s.finding.rule).toBe("formula/inconsistent");
      expect(s.proposed).toBe("=C5/B5");
    });

    it("stays silent on shares of one fixed total, which add up", () => {
      expect(flags(table("=SUM(D2:D4)", (r) => `=C${r}/C$5*100`))).toEqual([]);
    });

    it("stays silent when the total row computes the ratio", () => {
      expect(flags(table("=C5/B5", (r) => `=C${r}/B${r}`))).toEqual([]);
    });
  });

  describe("columns of totals: the same turned by a quarter, each cell totalling its own row", () => {
    // Hours of weeks 1 to 4 and their total; week 4 of some rows is an estimate computed from the others.
    const hours = (totals: string[]): TestCell[][] => [
      ["", "Week 1", "Week 2", "Week 3", "Week 4", "Total"],
      ["Green", 10, 10.5, 5.25, 8.5, totals[0]],
      ["Smith", 15, 18, 20.5, "=AVERAGE(B3:D3)", totals[1]],
      ["Jones", 13, 21.5, 16, "=AVERAGE(B4:D4)", totals[2]],
      ["Adams", 42.5, 38, 43, "=AVERAGE(B5:D5)", totals[3]],
    ];

    it("flags a row's total that leaves out a figure of its row the others add, with their range as the fix", () => {
      const rows = hours(["=SUM(B2:E2)", "=SUM(B3:E3)", "=SUM(B4:D4)", "=SUM(B5:E5)"]);
      expect(flags(rows)).toEqual(["F4 formula/sum-omits-rows"]);
      expect(suspectAt(rows, "F4").proposed).toBe("=SUM(B4:E4)");
    });

    it("flags the majority when they all leave out a column of figures one total adds: one row covering the items tells the others are short", () => {
      const rows = hours(["=SUM(B2:E2)", "=SUM(B3:D3)", "=SUM(B4:D4)", "=SUM(B5:D5)"]);
      expect(flags(rows)).toEqual(["F3 formula/sum-omits-rows", "F4 formula/sum-omits-rows", "F5 formula/sum-omits-rows"]);
      expect(suspectAt(rows, "F5").finding.message.en).toContain("leaves out E5");
    });

    it("stays silent when every row's total covers its figures", () => {
      expect(flags(hours(["=SUM(B2:E2)", "=SUM(B3:E3)", "=SUM(B4:E4)", "=SUM(B5:E5)"]))).toEqual([]);
    });
  });

  describe("a number typed at the end of a row of totals", () => {
    const typedTotal = (d5: number): TestCell[][] => [
      ["", "X", "Y", "Z"],
      ["a", 1, 2, 3],
      ["b", 4, 5, 6],
      ["c", 7, 8, 9],
      ["Total", "=SUM(B2:B4)", "=SUM(C2:C4)", d5],
    ];

    it("flags a typed total of a column of items that is not its items' sum, with the row's SUM as the fix", () => {
      const s = suspectAt(typedTotal(21), "D5");
      expect(s.finding.rule).toBe("formula/hard-coded-differs");
      expect(s.finding.severity).toBe("warning");
      expect(s.proposed).toBe("=SUM(D2:D4)");
      expect(s.finding.found).toBe(21);
      expect(s.finding.message.en).toContain("which gives 18 (a gap of 3)");
    });

    it("notes a typed total its rounded items explain (3 + 6 + 9 typed as 17: each item may stand for up to half a unit more or less)", () => {
      expect(suspectAt(typedTotal(17), "D5").finding.rule).toBe("formula/hard-coded");
    });

    it("notes a typed total equal to its items' sum: right today, it will not follow a correction", () => {
      const s = suspectAt(typedTotal(18), "D5");
      expect(s.finding.rule).toBe("formula/hard-coded");
      expect(s.finding.severity).toBe("info");
      expect(s.proposed).toBe("=SUM(D2:D4)");
    });

    it("leaves alone a column of codes and a figure of another size", () => {
      const rows: TestCell[][] = [
        ["Item", "Code", "FY01", "FY02", "Share"],
        ["a", 30000, 5, 6, 20],
        ["b", 30001, 7, 8, 30],
        ["c", 30002, 9, 10, 50],
        ["Total", 91140, "=SUM(C2:C4)", "=SUM(D2:D4)", 1],
      ];
      expect(flags(rows)).toEqual([]);
    });
  });
});

describe("formula/inconsistent leaves alone", () => {
  it("the corner's grand total over the whole block", () => {
    const rows: TestCell[][] = [
      [1, 2, 3, "=AVERAGE(A1:C1)"],
      [4, 5, 6, "=AVERAGE(A2:C2)"],
      [7, 8, 9, "=AVERAGE(A3:C3)"],
      ["=AVERAGE(A1:A3)", "=AVERAGE(B1:B3)", "=AVERAGE(C1:C3)", "=AVERAGE(A1:C3)"],
    ];
    expect(flags(rows)).toEqual([]);
  });

  it("a subtotal of its own column standing in a column of row totals", () => {
    const rows: TestCell[][] = [
      ["Task", 1, 2, "=SUM(B1:C1)"],
      ["Task", 3, 4, "=SUM(B2:C2)"],
      ["Section", 0, null, "=SUM(D4:D5)"],
      ["Task", 5, 6, "=SUM(B4:C4)"],
      ["Task", 7, 8, "=SUM(B5:C5)"],
    ];
    expect(flags(rows)).toEqual([]);
  });

  it("a literal of its own in the last row (a part year), while one between the region's cells is flagged", () => {
    const column = (last: number, middle: number): TestCell[][] => [
      [8241, `=A1/8760`],
      [8673, `=A2/8760`],
      [8326, `=A3/${middle}`],
      [8684, `=A4/8760`],
      [1816, `=A5/${last}`],
    ];
    expect(flags(column(2088, 8760))).toEqual([]);
    expect(flags(column(8760, 8670))).toEqual(["B3 formula/inconsistent"]);
  });

  it("a fix that would read blanks where the cell reads figures", () => {
    const rows: TestCell[][] = [
      [1, 0.5, 0.2, 0.1, "=SUM(B1:D1)-A1"],
      [1, 0.4, 0.3, 0.2, "=SUM(B2:D2)-A2"],
      [1, 0.3, 0.3, 0.3, "=SUM(B3:D3)-A3"],
      [null, 100, 50, 40, "=SUM(C4:D4)-B4"],
    ];
    expect(flags(rows)).toEqual([]);
  });
});

describe("formula/constant-in-formula leaves alone", () => {
  it("a divisor per row that happens to equal a typed figure of the table", () => {
    const rows: TestCell[][] = [
      [233, "=A1/239"],
      [231, "=A2/236"],
      [195, "=A3/233"],
    ];
    expect(flags(rows)).toEqual([]);
  });
});

describe("formula/sum-omits-rows on a bare grid", () => {
  it("takes a SUM over part of a block whose items spread over several rows for a partial sum", () => {
    const rows: TestCell[][] = [
      ["County", "Population", "Monitors"],
      ["Z", 10453, 2],
      ["A", 57494, 1],
      [null, null, 1],
      ["B", 84803, null],
      ["C", 93894, 1],
      ["D", 285720, 5],
      ["E", 16357, 1],
      ["State", "=SUM(B6:B8)", 11],
    ];
    expect(flags(rows).filter((f) => f.includes("sum-omits-rows"))).toEqual([]);
  });
});
