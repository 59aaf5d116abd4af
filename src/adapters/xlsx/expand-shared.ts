import { sharedFormulaAt } from "../../core/formulas/shared-formula";
import { a1, Cell, cellOf, parseA1, SheetSnapshot } from "../../core/workbook/snapshot";

const PLACEHOLDER = "(shared ";

/**
 * A sheet whose shared-formula cells give their own formula: the readers name a shared formula's other
 * cells by its first cell ("(shared B4)"), and the formula review needs each cell's formula, moved
 * from the first cell's as Excel fills it (sharedFormulaAt). Glue for the review until the package
 * reader expands shared formulas itself; other cells pass through untouched.
 */
export function withSharedFormulas(sheet: SheetSnapshot): SheetSnapshot {
  return {
    name: sheet.name,
    merges: sheet.merges,
    rowCount: sheet.rowCount,
    colCount: sheet.colCount,
    cell(row: number, col: number): Cell | undefined {
      const cell = sheet.cell(row, col);
      const formula = cell?.formula;
      if (!cell || formula === undefined || !formula.startsWith(PLACEHOLDER) || !formula.endsWith(")")) return cell;
      const master = formula.slice(PLACEHOLDER.length, -1).trim();
      let at: { row: number; col: number };
      try {
        at = parseA1(master);
      } catch {
        return cell;
      }
      const masterFormula = sheet.cell(at.row, at.col)?.formula;
      if (masterFormula === undefined || masterFormula.startsWith(PLACEHOLDER)) return cell;
      return cellOf(cell.value, sharedFormulaAt(masterFormula, master, a1(row, col)), cell.format);
    },
  };
}
