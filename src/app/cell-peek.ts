import { parseRangeRef } from "../core/workbook/merges";
import { a1, CellValue, columnLetter, MergeRange, parseA1, SheetSnapshot } from "../core/workbook/snapshot";

/** The cells around a finding's cell, for a host with no grid to select it in (the web page), and for the review view. */
export interface CellPeek {
  sheet: string;
  cell: string;
  columns: string[];
  rows: { row: number; cells: PeekCell[] }[];
  /** The formula the formula review proposes for the cell, when the peek shows a suspect. */
  proposed?: string;
}

export interface PeekCell {
  address: string;
  value: CellValue | undefined;
  formula?: string;
  format?: string;
  /** The cell the peek is about. */
  target: boolean;
  /** Inside one of the ranges the peek was asked to mark (a suspect's region). */
  inRegion?: boolean;
}

/** The most rows and columns a peek widened to show a region holds: enough for a section, small enough for a 350 px pane. */
const MAX_ROWS = 12;
const MAX_COLS = 7;

/**
 * `radius` rows and columns on each side of `cell` (clipped at A1), with the cell itself marked. With
 * `region` (A1 ranges on the same sheet), the window widens to show the region too, up to MAX_ROWS ×
 * MAX_COLS kept around the cell, and the region's cells are marked.
 */
export function peekAround(sheet: SheetSnapshot, cell: string, radius = 2, region: readonly string[] = []): CellPeek {
  const target = parseA1(cell || "A1");
  const boxes = region.map(parseRangeRef).filter((b): b is MergeRange => b !== undefined);
  const rows = span(
    target.row,
    radius,
    boxes.map((b) => [b.top, b.bottom]),
    MAX_ROWS,
  );
  const cols = span(
    target.col,
    radius,
    boxes.map((b) => [b.left, b.right]),
    MAX_COLS,
  );
  const inRegion = (r: number, c: number) => boxes.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  const columns = [];
  for (let c = cols.from; c <= cols.to; c++) columns.push(columnLetter(c));
  const out = [];
  for (let r = rows.from; r <= rows.to; r++) {
    const cells: PeekCell[] = [];
    for (let c = cols.from; c <= cols.to; c++) {
      const found = sheet.cell(r, c);
      const peek: PeekCell = {
        address: a1(r, c),
        value: found?.value,
        formula: found?.formula,
        format: found?.format,
        target: r === target.row && c === target.col,
      };
      if (boxes.length > 0) peek.inRegion = inRegion(r, c);
      cells.push(peek);
    }
    out.push({ row: r + 1, cells });
  }
  return { sheet: sheet.name, cell: cell || "A1", columns, rows: out };
}

/** The rows (or columns) to show: `radius` around `at`, widened over `extents`, at most `max` kept around `at`; never below 0. */
function span(at: number, radius: number, extents: [number, number][], max: number): { from: number; to: number } {
  let from = Math.max(0, at - radius);
  let to = at + radius;
  for (const [lo, hi] of extents) {
    from = Math.min(from, lo);
    to = Math.max(to, hi);
  }
  if (to - from + 1 <= max) return { from, to };
  // Too wide: keep `at` with as much on each side as the widened span has, `max` in all.
  const before = Math.min(at - from, Math.max(Math.floor((max - 1) / 2), max - 1 - (to - at)));
  from = at - before;
  return { from, to: from + max - 1 };
}
