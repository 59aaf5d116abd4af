import { CellBox } from "./formula";
import { ReviewGrid } from "./grid";

export type Axis = "row" | "column";

export interface Position {
  row: number;
  col: number;
}

/**
 * The lines of a sheet along one axis: maximal sequences of cells that pass `member`, in each row (axis
 * "row") or column, bridging at most `maxGap` blank cells (a spacer column, a heading row left empty). A
 * non-blank cell that is not a member ends the line.
 */
export function linesAlong(grid: ReviewGrid, axis: Axis, member: (row: number, col: number) => boolean, maxGap = 1): Position[][] {
  const lines: Position[][] = [];
  const outer = axis === "row" ? grid.rows : grid.cols;
  const inner = axis === "row" ? grid.cols : grid.rows;
  for (let i = 0; i < outer; i++) {
    let line: Position[] = [];
    let gap = 0;
    const close = () => {
      if (line.length > 0) lines.push(line);
      line = [];
      gap = 0;
    };
    for (let j = 0; j < inner; j++) {
      const row = axis === "row" ? i : j;
      const col = axis === "row" ? j : i;
      if (member(row, col)) {
        line.push({ row, col });
        gap = 0;
      } else if (line.length > 0 && grid.isBlank(row, col) && gap < maxGap) {
        gap++;
      } else {
        close();
      }
    }
    close();
  }
  return lines;
}

/** The smallest boxes covering positions that lie along one row or column: one box per unbroken stretch. */
export function stretches(positions: readonly Position[]): CellBox[] {
  const sorted = [...positions].sort((a, b) => a.row - b.row || a.col - b.col);
  const boxes: CellBox[] = [];
  for (const p of sorted) {
    const last = boxes[boxes.length - 1];
    if (last && last.left === p.col && last.right === p.col && last.bottom + 1 === p.row) last.bottom = p.row;
    else if (last && last.top === p.row && last.bottom === p.row && last.right + 1 === p.col) last.right = p.col;
    else boxes.push({ top: p.row, left: p.col, bottom: p.row, right: p.col });
  }
  return boxes;
}
