import { tokenTypes } from "@borgar/fx";
import { num } from "../validation/message";
import { decimalsOfValue } from "../numbers/precision";
import { a1 } from "../workbook/snapshot";
import { ParsedFormula } from "./formula";
import { CellKind, ReviewGrid } from "./grid";
import { SuspectSink } from "./suspect";

/** Literals that are factors of their own (percent, units, calendar), never a figure of the table. */
function isCommonFactor(n: number): boolean {
  const a = Math.abs(n);
  if (Number.isInteger(a) && a <= 31) return true;
  if ([0.5, 0.25, 0.75, 52, 60, 360, 365, 366, 1024, 3600].includes(a)) return true;
  const k = Math.log10(a);
  return Math.abs(k - Math.round(k)) < 1e-12;
}

/**
 * A literal inside a formula where the sheet holds that very figure in a typed cell (`=C5/4120` while
 * B12 holds 4120): when the figure is corrected the formula will not follow. Small whole numbers,
 * powers of ten and calendar factors are left alone.
 */
export function checkConstants(grid: ReviewGrid, sink: SuspectSink): void {
  const typed = typedFigures(grid);
  if (typed.size === 0) return;
  for (const { row, col, formula } of grid.formulaCells) {
    // A formula of literals only ("=2.04/3") is a calculation typed in a cell, not a figure read from the table.
    if (formula.refs.length === 0) continue;
    for (const { value, token } of formula.numbers) {
      if (isCommonFactor(value) || significantDigits(value) < 3 || variesDownColumn(grid, row, col, token)) continue;
      const source = typed.get(value);
      if (!source) continue;
      const found = `=${formula.text}`;
      const at = a1(source.row, source.col);
      sink.add(
        "formula/constant-in-formula",
        { row, col },
        { found, constant: num(value, decimalsOfValue(value)), source: at },
        { region: [{ top: source.row, left: source.col, bottom: source.row, right: source.col }], confidence: 0.6, found },
      );
      break;
    }
  }
}

/**
 * The formulas of the column written like this one (the same shape once literals are set aside) carry
 * another literal in this place: a divisor per row (`=G6/239`, `=G7/236`) is data written into the
 * formulas, and a typed figure equal to one of them is a coincidence.
 */
function variesDownColumn(grid: ReviewGrid, row: number, col: number, token: number): boolean {
  const formula = grid.formula(row, col)!;
  const masked = maskLiterals(formula);
  for (let r = 0; r < grid.rows; r++) {
    const other = r === row ? undefined : grid.formula(r, col);
    if (
      other &&
      other.shapeTokens.length === formula.shapeTokens.length &&
      other.shapeTokens[token] !== formula.shapeTokens[token] &&
      maskLiterals(other) === masked
    )
      return true;
  }
  return false;
}

function maskLiterals(formula: ParsedFormula): string {
  return formula.shapeTokens.map((t, i) => (formula.tokenKinds[i] === tokenTypes.NUMBER ? "#" : t)).join("\u0001");
}

/** The typed numbers of the sheet by value (the first cell holding each). */
function typedFigures(grid: ReviewGrid): Map<number, { row: number; col: number }> {
  const figures = new Map<number, { row: number; col: number }>();
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      if (grid.kind(r, c) !== CellKind.Number) continue;
      const n = grid.number(r, c)!;
      if (!isCommonFactor(n) && !figures.has(n)) figures.set(n, { row: r, col: c });
    }
  }
  return figures;
}

/** Digits of a number without its leading and trailing zeros: 4120 has 3, 0.0525 has 3. */
function significantDigits(n: number): number {
  const digits = Math.abs(n).toPrecision(15).replace(".", "").replace(/e.*$/, "");
  const trimmed = digits.replace(/^0+/, "").replace(/0+$/, "");
  return trimmed.length;
}
