import { evaluateFormula } from "../../src/core/review/evaluate";
import { Cell, CellValue, GridSheet } from "../../src/core/workbook/snapshot";

/** A cell as a test writes it: a value, "=…" for a formula, or a whole Cell (an error value, a format). */
export type TestCell = CellValue | Cell | undefined;

/**
 * A sheet from rows of cells, formulas written "=…" (A1, as Excel stores them). Each formula gets the
 * cached result Excel would have saved, computed from the sheet's figures, so values and formulas agree
 * and only the formulas can tell a mistake.
 */
export function sheet(name: string, rows: TestCell[][]): GridSheet {
  const formulas = new Map<string, string>();
  const typed = new Map<string, CellValue>();
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "string" && cell.startsWith("=")) formulas.set(`${r},${c}`, cell.slice(1));
      else if (cell !== undefined && cell !== null && !(typeof cell === "object" && "value" in cell)) typed.set(`${r},${c}`, cell);
    }),
  );
  const memo = new Map<string, number | undefined>();
  const valueAt = (r: number, c: number, seen: Set<string>): number | undefined => {
    const key = `${r},${c}`;
    const given = rows[r]?.[c];
    if (given && typeof given === "object" && "value" in given) return typeof given.value === "number" ? given.value : undefined;
    const v = typed.get(key);
    if (typeof v === "number") return v;
    const f = formulas.get(key);
    if (f === undefined || seen.has(key)) return undefined;
    if (!memo.has(key))
      memo.set(
        key,
        evaluateFormula(f, (rr, cc) => valueAt(rr, cc, new Set([...seen, key]))),
      );
    return memo.get(key);
  };
  const cells = rows.map((row, r) =>
    row.map((cell, c): Cell | undefined => {
      if (cell === undefined || cell === null) return undefined;
      if (typeof cell === "object" && "value" in cell) return cell;
      if (typeof cell === "string" && cell.startsWith("=")) return { value: valueAt(r, c, new Set()) ?? null, formula: cell.slice(1) };
      return { value: cell };
    }),
  );
  return new GridSheet(name, cells);
}
