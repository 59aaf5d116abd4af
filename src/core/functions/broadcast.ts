import { bilingual } from "../message";
import { failure, Result, success } from "../result";

/** A rectangular block of values, rows of columns, as a spreadsheet range is handed over. */
export type Grid<T> = T[][];

/** A range argument, or a single value standing for a 1×1 range. */
export function asGrid<T>(value: T | Grid<T>): Grid<T> {
  if (Array.isArray(value)) {
    if (value.length === 0) return [[undefined as T]];
    return value.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return [[value]];
}

function shape(grid: Grid<unknown>): [number, number] {
  return [grid.length, grid.reduce((m, r) => Math.max(m, r.length), 0)];
}

/**
 * The shape a set of ranges combines to, as Excel's array arithmetic does: along each dimension every
 * range has either the common size or size 1 (a single value, a row or a column is repeated).
 */
export function broadcastShape(grids: readonly Grid<unknown>[]): Result<[number, number]> {
  const shapes = grids.map(shape);
  const rows = Math.max(1, ...shapes.map((s) => s[0]));
  const cols = Math.max(1, ...shapes.map((s) => s[1]));
  for (const [r, c] of shapes) {
    if ((r !== rows && r !== 1) || (c !== cols && c !== 1)) {
      const list = shapes.map(([a, b]) => `${a}×${b}`).join(", ");
      return failure(
        "value",
        bilingual(
          `Các vùng có kích thước không khớp nhau (${list}): cần cùng kích thước, hoặc một ô đơn.`,
          `The ranges' sizes do not match (${list}): use ranges of the same size, or a single cell.`,
        ),
      );
    }
  }
  return success([rows, cols]);
}

/** Applies `cell` to each position of the combined shape, repeating single rows, columns and values. */
export function broadcast<T, R>(grids: readonly Grid<T>[], cell: (values: T[]) => R): Result<Grid<R>> {
  const combined = broadcastShape(grids);
  if (!combined.ok) return combined;
  const [rows, cols] = combined.value;
  const out: Grid<R> = [];
  for (let r = 0; r < rows; r++) {
    const line: R[] = [];
    for (let c = 0; c < cols; c++) {
      line.push(cell(grids.map((g) => pick(g, r, c))));
    }
    out.push(line);
  }
  return success(out);
}

function pick<T>(grid: Grid<T>, r: number, c: number): T {
  const row = grid.length === 1 ? grid[0] : grid[r];
  return row.length === 1 ? row[0] : row[c];
}
