import { a1 } from "../workbook/snapshot";
import { addedCells } from "./formula";
import { CellKind, ReviewGrid } from "./grid";
import { Position } from "./lines";
import { isCountingCell, isTotalRow } from "./sums";
import { SuspectSink } from "./suspect";

/** The fewest cells a sum of single cells adds for a cell it passes over to be an item it skips. */
const MIN_ADDED = 3;

/**
 * Totals that skip an item: a formula adding single cells of one column (or one row) — `=C5+C6+C8+C9`,
 * `=SUM(C5,C6,C8,C9)` — that passes over a cell between them holding a figure of the same kind as those
 * it adds (a typed number among typed numbers, a formula of the same shape among formulas), which no
 * formula of the sheet reads: a row left out of the total and counted nowhere else. A row whose label
 * names a total or a rate, and a heading that counts (years, column numbers), are no such item.
 */
export function checkSkippedItems(grid: ReviewGrid, sink: SuspectSink): void {
  for (const { row, col, formula } of grid.formulaCells) {
    const refs = addedCells(formula);
    if (!refs || refs.length < MIN_ADDED) continue;
    if (!refs.every((r) => r.sheet === undefined && !r.outside && r.top === r.bottom && r.left === r.right)) continue;
    const vertical = refs.every((r) => r.left === refs[0].left);
    if (!vertical && !refs.every((r) => r.top === refs[0].top)) continue;
    const added: Position[] = refs.map((r) => ({ row: r.top, col: r.left }));
    const along = (p: Position) => (vertical ? p.row : p.col);
    const at = (k: number): Position => (vertical ? { row: k, col: refs[0].left } : { row: refs[0].top, col: k });
    const positions = new Set(added.map(along));
    const first = Math.min(...positions);
    const last = Math.max(...positions);
    const sameKind = kindOf(grid, added);
    if (!sameKind) continue;
    const skipped: Position[] = [];
    for (let k = first + 1; k < last; k++) {
      const p = at(k);
      if (positions.has(k) || (p.row === row && p.col === col)) continue;
      if (!sameKind(p) || grid.isRead(p.row, p.col) || isCountingCell(grid, p.row, p.col, vertical)) continue;
      if (vertical ? isTotalRow(grid, p.row, p.col) : false) continue;
      skipped.push(p);
    }
    if (skipped.length === 0 || skipped.length * 2 > positions.size) continue;
    const cells = [...added, ...skipped].sort((a, b) => along(a) - along(b)).map((p) => a1(p.row, p.col));
    const found = `=${formula.text}`;
    const proposed = formula.functions.length > 0 ? `=SUM(${cells.join(",")})` : `=${cells.join("+")}`;
    const region = [at(first), at(last)].map((p) => ({ top: p.row, left: p.col, bottom: p.row, right: p.col }));
    const span = { top: region[0].top, left: region[0].left, bottom: region[1].bottom, right: region[1].right };
    sink.add(
      "formula/sum-omits-rows",
      { row, col },
      { found, missing: skipped.map((p) => a1(p.row, p.col)).join(", "), proposed },
      { region: [span], proposed, confidence: 0.7, found },
    );
  }
}

/** What the added cells are, as a test of another cell: typed numbers, or formulas of one of their shapes. */
function kindOf(grid: ReviewGrid, added: Position[]): ((p: Position) => boolean) | undefined {
  const kinds = added.map((p) => grid.kind(p.row, p.col));
  if (kinds.every((k) => k === CellKind.Number)) return (p) => grid.kind(p.row, p.col) === CellKind.Number;
  if (kinds.every((k) => k === CellKind.Formula)) {
    const shapes = new Set(added.map((p) => grid.formula(p.row, p.col)!.shape));
    return (p) => shapes.has(grid.formula(p.row, p.col)?.shape ?? "") && grid.isFigure(p.row, p.col);
  }
  return undefined;
}
