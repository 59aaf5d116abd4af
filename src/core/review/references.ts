import { a1 } from "../workbook/snapshot";
import { boxA1, FormulaReference, ParsedFormula } from "./formula";
import { ReviewGrid } from "./grid";
import { ReviewHints, TableHint } from "./hints";
import { SuspectSink } from "./suspect";

/** How far along its column or row a formula looks for others of its shape to compare its references with. */
const PEER_REACH = 6;

/**
 * References: a formula holding #REF! (a deleted cell), a single-cell reference to an empty cell where
 * the formulas of the same shape around it all read figures at that place, and, inside a table a reader
 * knows, a reference from a figure column into the table's header band or just below its last row.
 */
export function checkReferences(grid: ReviewGrid, sink: SuspectSink, hints?: ReviewHints): void {
  for (const { row, col, formula } of grid.formulaCells) {
    const found = `=${formula.text}`;
    if (formula.errors.includes("#REF!")) {
      sink.add("formula/ref-deleted", { row, col }, { found }, { region: [], confidence: 1, found });
      continue;
    }
    formula.refs.forEach((ref, k) => {
      if (ref.sheet !== undefined || ref.outside || ref.whole || ref.top !== ref.bottom || ref.left !== ref.right) return;
      if (grid.value(ref.top, ref.left) !== undefined || !emptyAround(grid, ref.top, ref.left)) return;
      if (!peersReadFigures(grid, row, col, formula, k)) return;
      const target = a1(ref.top, ref.left);
      sink.add("formula/ref-empty", { row, col }, { found, target }, { region: [ref], confidence: 0.7, found });
    });
    const table = hints?.tables.find((t) => row >= t.top && row <= t.bottom && col >= t.left && col <= t.right);
    if (table && (table.figureColumns?.includes(col) ?? true)) checkInsideTable(sink, row, col, formula, table);
  }
}

/** No figure in the cells around: the reference points into a gap of the sheet, not at a missing figure among others. */
function emptyAround(grid: ReviewGrid, row: number, col: number): boolean {
  for (let r = row - 1; r <= row + 1; r++) for (let c = col - 1; c <= col + 1; c++) if (grid.isFigure(r, c)) return false;
  return true;
}

/**
 * The formulas of the same shape next to this one along its column and row read figures through their
 * k-th reference, where this one reads an empty cell: two such peers at least.
 */
function peersReadFigures(grid: ReviewGrid, row: number, col: number, formula: ParsedFormula, k: number): boolean {
  let peers = 0;
  for (const [dr, dc] of [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ]) {
    for (let step = 1; step <= PEER_REACH; step++) {
      const r = row + dr * step;
      const c = col + dc * step;
      const other = grid.formula(r, c);
      if (!other || other.shape !== formula.shape) break;
      const ref = other.refs[k];
      if (!ref || grid.value(ref.top, ref.left) === undefined) return false;
      peers++;
    }
  }
  return peers >= 2;
}

function checkInsideTable(sink: SuspectSink, row: number, col: number, formula: ParsedFormula, table: TableHint): void {
  const found = `=${formula.text}`;
  const slipped = formula.refs.find((ref) => ref.sheet === undefined && !ref.outside && !ref.whole && slipsOut(ref, table));
  if (!slipped) return;
  const tableBox = { top: table.top, left: table.left, bottom: table.bottom, right: table.right };
  sink.add(
    "formula/ref-outside-table",
    { row, col },
    { found, target: boxA1(slipped), table: boxA1(tableBox) },
    { region: [tableBox], confidence: 0.85, found },
  );
}

/** A range within the table's columns that starts in the body and reaches out of it: into the header band above, or below the last row. */
function slipsOut(ref: FormulaReference, table: TableHint): boolean {
  if (ref.right < table.left || ref.left > table.right) return false;
  const intoHeader = ref.top < table.top && ref.bottom >= table.top;
  const belowBody = ref.bottom > table.bottom && ref.top <= table.bottom;
  return intoHeader || belowBody;
}
