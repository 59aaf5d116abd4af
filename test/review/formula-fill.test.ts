import { fillFormula, parseFormula, ParsedFormula } from "../../src/core/review/formula";
import { sharedFormulaAt } from "../../src/core/formulas/shared-formula";
import { a1 } from "../../src/core/workbook/snapshot";

/** What the review reads of a parsed formula (the fill template aside). */
function reading(f: ParsedFormula | undefined) {
  if (!f) return undefined;
  const { fill: _fill, ...rest } = f;
  return rest;
}

describe("fillFormula: a formula filled down or across, without parsing it again", () => {
  const formulas = [
    "B2*C2",
    "+D2+C2",
    "SUM(B2:D2)-A2",
    "$B$1*C2",
    "B$1/$A2",
    "(G2/G$21)*100",
    "IF(B2>0, C2/B2, 0)",
    "'My Sheet'!B2+Sheet2!$C$3",
    'B2&" kg"',
    "SUM(B2:B9)/1605",
    "B2/1000000",
    "Rate*B2",
  ];

  for (const text of formulas) {
    for (const [rows, cols] of [
      [1, 0],
      [0, 1],
      [7, 0],
    ]) {
      it(`${text} moved by ${rows} rows, ${cols} columns reads as the parsed formula`, () => {
        const source = parseFormula(text, 1, 4);
        const moved = sharedFormulaAt(text, a1(1, 4), a1(1 + rows, 4 + cols));
        const filled = fillFormula(source, rows, cols, moved);
        expect(filled).toBeDefined();
        expect(reading(filled)).toEqual(reading(parseFormula(moved, 1 + rows, 4 + cols)));
      });
    }
  }

  it("refuses a text that is not the filled formula", () => {
    const source = parseFormula("B2*C2", 1, 4);
    expect(fillFormula(source, 1, 0, "B3*C4")).toBeUndefined();
    expect(fillFormula(source, 1, 0, "B2*C2")).toBeUndefined();
  });

  it("leaves whole columns and lower-case references to the parser", () => {
    expect(parseFormula("SUM(A:A)", 0, 1).fill).toBeUndefined();
    expect(parseFormula("b2*c2", 1, 4).fill).toBeUndefined();
  });

  it("refuses a move that would take a reference off the sheet", () => {
    const source = parseFormula("A1+B1", 0, 2);
    expect(fillFormula(source, 0, -1, "#REF!+A1")).toBeUndefined();
  });
});
