import { a1 } from "../../core/workbook/snapshot";

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * Covers a set of cells (0-based row, col) with few rectangles: runs of adjacent columns in a row,
 * then runs of rows with the same column span stacked. A table body becomes one rectangle, so a style
 * costs one format call instead of one per cell.
 */
export function coverWithRectangles(cells: Iterable<{ row: number; col: number }>): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row) ?? [];
    cols.push(col);
    byRow.set(row, cols);
  }
  const runs: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i === cols.length || cols[i] !== cols[i - 1] + 1) {
        runs.push({ r0: row, r1: row, c0: start, c1: cols[i - 1] });
        start = cols[i];
      }
    }
  }
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const run of runs) {
    const key = `${run.c0}:${run.c1}`;
    const prev = open.get(key);
    if (prev && prev.r1 === run.r0 - 1) prev.r1 = run.r0;
    else {
      if (prev) done.push(prev);
      open.set(key, { ...run });
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

export function rectAddress(rect: Rect): string {
  const from = a1(rect.r0, rect.c0);
  const to = a1(rect.r1, rect.c1);
  return from === to ? from : `${from}:${to}`;
}
