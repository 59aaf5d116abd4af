import { reviewSheet, reviewWorkbook } from "../../src/core/review/review";
import { ReviewHints } from "../../src/core/review/hints";
import { sheet, TestCell } from "./sheets";

/** The review's findings on one sheet as "CELL rule" strings, top to bottom. */
function flags(rows: TestCell[][], hints?: ReviewHints): string[] {
  return reviewSheet(sheet("S", rows), hints)
    .suspects.sort((a, b) => a.row - b.row || a.col - b.col)
    .map((s) => `${s.finding.cell} ${s.finding.rule}`);
}

function suspectAt(rows: TestCell[][], cell: string, hints?: ReviewHints) {
  const found = reviewSheet(sheet("S", rows), hints).suspects.find((s) => s.finding.cell === cell);
  if (!found) throw new Error(`no suspect at ${cell}`);
  return found;
}

// A small table: quantity, price, amount = quantity × price, and a total row.
const amounts = (d5: string): TestCell[][] => [
  ["Item", "Qty", "Price", "Amount"],
  ["a", 2, 10, "=B2*C2"],
  ["b", 3, 20, "=B3*C3"],
  ["c", 4, 30, "=B4*C4"],
  ["d", 5, 40, d5],
  ["e", 6, 50, "=B6*C6"],
  ["Total", "=SUM(B2:B6)", null, "=SUM(D2:D6)"],
];

describe("formula/inconsistent", () => {
  it("flags a formula one column off in its column's region, with the region's formula as the fix", () => {
    const s = suspectAt(amounts("=B5*B5"), "D5");
    expect(s.finding.rule).toBe("formula/inconsistent");
    expect(s.proposed).toBe("=B5*C5");
    expect(s.finding.expected).toBe("=B5*C5");
    expect(s.region).toEqual(["D2:D4", "D6"]);
    expect(s.finding.message.vi).toContain("=B5*B5");
  });

  it("stays silent on a consistent table, its total row included", () => {
    expect(flags(amounts("=B5*C5"))).toEqual([]);
  });

  it("takes a formula written the other way round (=C5*B5) for the same formula", () => {
    expect(flags(amounts("=C5*B5"))).toEqual([]);
  });

  it("leaves alone a cell whose shape runs across its own row (a computation of its own)", () => {
    const rows: TestCell[][] = [
      [1, 2, 3, 4],
      ["=A1*2", "=B1*2", "=C1*2", "=D1*2"],
      ["=A1*2", "=B1*2", "=C1*2", "=D1*2"],
      ["=A1+A2", "=B1+B2", "=C1+C2", "=D1+D2"],
      ["=A1*2", "=B1*2", "=C1*2", "=D1*2"],
    ];
    expect(flags(rows)).toEqual([]);
  });

  it("flags a range one row short in a row of totals", () => {
    const rows: TestCell[][] = [
      ["", "X", "Y", "Z", "W"],
      ["a", 1, 2, 3, 4],
      ["b", 5, 6, 7, 8],
      ["c", 9, 10, 11, 12],
      ["Sum", "=SUM(B2:B4)", "=SUM(C2:C4)", "=SUM(D2:D3)", "=SUM(E2:E4)"],
    ];
    const s = suspectAt(rows, "D5");
    expect(s.proposed).toBe("=SUM(D2:D4)");
  });
});

describe("formula/unit-power", () => {
  it("flags a conversion by 1000 among conversions by 1000000", () => {
    const rows: TestCell[][] = [
      [1500000, "=A1/1000000"],
      [2500000, "=A2/1000000"],
      [3500000, "=A3/1000"],
      [4500000, "=A4/1000000"],
    ];
    const s = suspectAt(rows, "B3");
    expect(s.finding.rule).toBe("formula/unit-power");
    expect(s.proposed).toBe("=A3/1000000");
    expect(s.finding.message.en).toContain("1,000");
  });

  it("leaves alone literals that vary row by row (a divisor per row is data)", () => {
    const rows: TestCell[][] = [
      [31, "=A1/31"],
      [28, "=A2/28"],
      [31, "=A3/31"],
      [30, "=A4/30"],
    ];
    expect(flags(rows)).toEqual([]);
  });
});

describe("formula/hard-coded", () => {
  const totals = (d5: TestCell): TestCell[][] => [
    ["", "X", "Y", "Z", "W"],
    ["a", 1, 2, 3, 4],
    ["b", 5, 6, 7, 8],
    ["c", 9, 10, 11, 12],
    ["Sum", "=SUM(B2:B4)", "=SUM(C2:C4)", d5, "=SUM(E2:E4)"],
  ];

  it("notes a subtotal typed over its SUM with its own value", () => {
    const s = suspectAt(totals(21), "D5");
    expect(s.finding.rule).toBe("formula/hard-coded");
    expect(s.finding.severity).toBe("info");
    expect(s.proposed).toBe("=SUM(D2:D4)");
    expect(s.finding.found).toBe(21);
  });

  it("flags as a suspect a number typed between formulas that is not what their formula gives", () => {
    const rows: TestCell[][] = [
      ["Qty", "Price", "Amount"],
      [2, 10, "=A2*B2"],
      [3, 20, "=A3*B3"],
      [4, 30, 150],
      [5, 40, "=A5*B5"],
    ];
    const s = suspectAt(rows, "C4");
    expect(s.finding.rule).toBe("formula/hard-coded-differs");
    expect(s.finding.severity).toBe("warning");
    expect(s.proposed).toBe("=A4*B4");
    expect(s.finding.message.vi).toContain("tức 120 (chênh 30)");
  });

  it("stays silent when the total is a formula", () => {
    expect(flags(totals("=SUM(D2:D4)"))).toEqual([]);
  });

  it("leaves alone a seed value the formulas read", () => {
    const rows: TestCell[][] = [[100], ["=A1*1.1"], ["=A2*1.1"], ["=A3*1.1"], ["=A4*1.1"]];
    expect(flags(rows)).toEqual([]);
  });
});

describe("formula/sum-omits-rows", () => {
  const column = (total: string): TestCell[][] => [["Items"], [10], [20], [30], [40], [total]];

  it("flags a SUM one row short and proposes the whole block", () => {
    const s = suspectAt(column("=SUM(A2:A4)"), "A6");
    expect(s.finding.rule).toBe("formula/sum-omits-rows");
    expect(s.proposed).toBe("=SUM(A2:A5)");
    expect(s.finding.message.en).toContain("A5");
  });

  it("stays silent on a SUM over the whole block", () => {
    expect(flags(column("=SUM(A2:A5)"))).toEqual([]);
  });

  it("does not take a row of years or column numbers above the items for an item", () => {
    const rows: TestCell[][] = [
      [2021, 2022, 2023],
      [1, 2, 3],
      [4, 5, 6],
      ["=SUM(A2:A3)", "=SUM(B2:B3)", "=SUM(C2:C3)"],
    ];
    expect(flags(rows)).toEqual([]);
  });

  it("flags a sum of single cells that passes over an item of the same kind no formula reads", () => {
    const rows: TestCell[][] = [["Items"], [10], [20], [30], [40], [50], ["=A2+A3+A5+A6"]];
    const s = suspectAt(rows, "A7");
    expect(s.finding.rule).toBe("formula/sum-omits-rows");
    expect(s.finding.message.en).toContain("leaves out A4");
    expect(s.proposed).toBe("=A2+A3+A4+A5+A6");
    expect(suspectAt([["Items"], [10], [20], [30], [40], [50], ["=SUM(A2,A3,A5,A6)"]], "A7").proposed).toBe("=SUM(A2,A3,A4,A5,A6)");
  });

  it("leaves alone a sum of single cells passing over a cell another formula reads, or a row labelled as a total", () => {
    const read: TestCell[][] = [
      ["", "Items", "Other"],
      ["a", 10, null],
      ["b", 20, null],
      ["c", 30, "=B4*2"],
      ["d", 40, null],
      ["e", 50, null],
      ["Total", "=B2+B3+B5+B6", null],
    ];
    expect(flags(read)).toEqual([]);
    const labelled: TestCell[][] = [
      ["a", 10],
      ["b", 20],
      ["Subtotal", 30],
      ["d", 40],
      ["e", 50],
      ["Total", "=B1+B2+B4+B5"],
    ];
    expect(flags(labelled)).toEqual([]);
  });

  it("inside a known table, counts every item row of the table", () => {
    const rows: TestCell[][] = [["Nguồn"], [100], [200], [300], ["=SUM(A2:A3)"]];
    const hints: ReviewHints = { tables: [{ top: 1, bottom: 4, left: 0, right: 0, totalRows: [4] }] };
    expect(suspectAt(rows, "A5", hints).proposed).toBe("=SUM(A2:A4)");
  });
});

describe("formula/sum-double-counts", () => {
  const sections = (grand: string): TestCell[][] => [
    ["I", "=SUM(B2:B3)"],
    ["a", 10],
    ["b", 20],
    ["II", "=SUM(B5:B6)"],
    ["c", 30],
    ["d", 40],
    ["Total", grand],
  ];

  it("flags a grand total that adds the section subtotals together with their items", () => {
    const sheetRows = sections("=SUM(B1:B6)");
    const s = suspectAt(sheetRows, "B7");
    expect(s.finding.rule).toBe("formula/sum-double-counts");
    expect(s.finding.severity).toBe("error");
    expect(s.finding.message.en).toContain("B1, B4");
  });

  it("stays silent when the grand total adds the subtotals only", () => {
    expect(flags(sections("=B1+B4"))).toEqual([]);
  });
});

describe("formula/sum-covers-blanks", () => {
  it("notes a SUM whose range reaches a blank spacer row", () => {
    const rows: TestCell[][] = [
      ["a", 1],
      ["b", 2],
      ["c", 3],
      [null, null],
      ["Total", "=SUM(B1:B4)"],
    ];
    const s = suspectAt(rows, "B5");
    expect(s.finding.rule).toBe("formula/sum-covers-blanks");
    expect(s.finding.severity).toBe("info");
  });

  it("stays silent on an item whose figure is missing in a row holding other figures", () => {
    const rows: TestCell[][] = [
      ["a", 1, 5],
      ["b", 2, 6],
      ["c", null, 7],
      ["Total", "=SUM(B1:B3)", "=SUM(C1:C3)"],
    ];
    expect(flags(rows)).toEqual([]);
  });
});

describe("references", () => {
  it("formula/ref-deleted: a formula holding #REF!", () => {
    expect(flags([[1, 2, "=A1+#REF!"]])).toEqual(["C1 formula/ref-deleted"]);
  });

  it("formula/ref-empty: an operand pointing into a blank row while the other reads a figure", () => {
    const rows: TestCell[][] = [
      ["Plan", "Actual", "%"],
      [100, 80, "=B2/A3"],
    ];
    const s = suspectAt(rows, "C2");
    expect(s.finding.rule).toBe("formula/ref-empty");
    expect(s.finding.message.en).toContain("A3");
  });

  it("formula/ref-empty stays silent on SUM over blanks and on a figure missing among others", () => {
    const rows: TestCell[][] = [
      [1, 2, "=A1+B1"],
      [3, null, "=A2+B2"],
      [5, 6, "=SUM(A1:B3)"],
    ];
    expect(flags(rows).filter((f) => f.includes("ref-empty"))).toEqual([]);
  });

  it("formula/ref-outside-table: a range reaching from a known table into its header band", () => {
    const rows: TestCell[][] = [["Plan"], [100], [200], ["=SUM(A1:A3)"]];
    const hints: ReviewHints = { tables: [{ top: 1, bottom: 3, left: 0, right: 0, totalRows: [3] }] };
    expect(flags(rows, hints)).toContain("A4 formula/ref-outside-table");
  });
});

describe("formula/error-flows", () => {
  it("reports the source of an error once, with the formulas it reaches on other sheets", () => {
    const a = sheet("A", [[0, 5, { value: { error: "#DIV/0!" }, formula: "B1/A1" }]]);
    const b = sheet("B", [
      [
        { value: { error: "#DIV/0!" }, formula: "A!C1*2" },
        { value: { error: "#DIV/0!" }, formula: "A1+1" },
      ],
    ]);
    const report = reviewWorkbook({ sheets: [a, b] });
    const flows = report.findings.filter((f) => f.rule === "formula/error-flows");
    expect(flows.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["A!C1"]);
    expect(flows[0].related).toEqual(["'B'!A1", "'B'!B1"]);
  });

  it("leaves alone #N/A put there on purpose with =NA(), and what it reaches", () => {
    const na = { error: "#N/A" };
    const rows: TestCell[][] = [
      [
        { value: na, formula: "NA()" },
        { value: na, formula: "A1*2" },
        { value: na, formula: "B1+1" },
      ],
    ];
    expect(reviewWorkbook({ sheets: [sheet("A", rows)] }).findings).toEqual([]);
  });

  it("stays silent on an error nobody reads", () => {
    const a = sheet("A", [[0, 5, { value: { error: "#DIV/0!" }, formula: "B1/A1" }]]);
    expect(reviewWorkbook({ sheets: [a] }).findings).toEqual([]);
  });
});

describe("formula/constant-in-formula", () => {
  it("flags a literal that copies a figure of the table", () => {
    const rows: TestCell[][] = [
      ["Plan", 4120],
      ["Actual", 3500, "=B2/4120"],
    ];
    const s = suspectAt(rows, "C2");
    expect(s.finding.rule).toBe("formula/constant-in-formula");
    expect(s.region).toEqual(["B1"]);
  });

  it("leaves alone powers of ten, small factors and formulas of literals only", () => {
    const rows: TestCell[][] = [
      [1000, 12, 4120],
      ["=A1/1000", "=B1*12", "=4120/2"],
    ];
    expect(flags(rows)).toEqual([]);
  });
});

describe("formula/column-identity", () => {
  const table = (e4: string): TestCell[][] => [
    ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
    ["A", "B", "1", "2", "3=2/1"],
    [1, "KCQG", 100, 80, "=D3/C3"],
    [2, "KCĐP", 200, 150, e4],
  ];

  it("flags a completion over the wrong plan (cached values agree, only the formula tells)", () => {
    const s = suspectAt(table("=D4/C3"), "E4");
    expect(s.finding.rule).toBe("formula/column-identity");
    expect(s.proposed).toBe("=D4/C4");
    expect(s.finding.message.vi).toContain("3=2/1");
  });

  it("accepts the identity however written, in percentage points too", () => {
    expect(flags(table("=D4/C4*100"))).toEqual([]);
    expect(flags(table("=IFERROR(D4/C4,0)"))).toEqual([]);
  });

  it("checks the identities the hints give, without a column-number row", () => {
    const rows: TestCell[][] = [
      ["Nguồn", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
      ["KCQG", 100, 80, "=C2/B2"],
      ["KCĐP", 200, 150, "=C3/B4"],
      ["Tổng cộng", "=SUM(B2:B3)", "=SUM(C2:C3)", "=C4/B4"],
    ];
    const hints: ReviewHints = {
      tables: [
        {
          top: 1,
          bottom: 3,
          left: 0,
          right: 3,
          totalRows: [3],
          columnIdentities: [{ column: 3, expression: { op: "/", left: { column: 2 }, right: { column: 1 } } }],
        },
      ],
    };
    expect(suspectAt(rows, "D3", hints).proposed).toBe("=C3/B3");
  });
});
