import { translateFormulaToA1, translateFormulaToR1C1 } from "@borgar/fx";

/**
 * The formula a cell holds when it shares the formula of `master` (SpreadsheetML `<f t="shared">`):
 * the master's formula with its relative references moved by the offset between the two cells, as
 * Excel fills it. A reference moved off the grid becomes #REF!, as in Excel. Formulas are without the
 * leading "=" (the stored form), and so is the result.
 */
export function sharedFormulaAt(masterFormula: string, masterA1: string, targetA1: string): string {
  return sharedFormulaFiller(masterFormula, masterA1)(targetA1);
}

/**
 * sharedFormulaAt for many cells of one shared formula: the master's formula is made relative (R1C1)
 * once, and each cell's formula is that form placed at the cell.
 */
export function sharedFormulaFiller(masterFormula: string, masterA1: string): (targetA1: string) => string {
  let r1c1: string | undefined;
  return (targetA1) => {
    if (masterA1 === targetA1) return masterFormula;
    r1c1 ??= translateFormulaToR1C1(`=${masterFormula}`, masterA1);
    const moved = translateFormulaToA1(r1c1, targetA1, { wrapEdges: false });
    return moved.startsWith("=") ? moved.slice(1) : moved;
  };
}
