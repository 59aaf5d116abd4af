import { sharedFormulaAt } from "../formulas/shared-formula";
import { a1 } from "../workbook/snapshot";
import { evaluateFormula } from "./evaluate";
import { boxA1, CellBox, parseFormula, ParsedFormula, singleAggregate } from "./formula";
import { CellKind, ReviewGrid } from "./grid";
import { Axis, stretches } from "./lines";
import { checkExtents, coversItems, findTotalLines, LineTotal, totalCell, TotalLine } from "./total-lines";
import { reportTyped } from "./hard-coded";
import { SuspectSink } from "./suspect";

/**
 * Lines of totals judged as a whole, where a line of formulas alone cannot tell which side is wrong:
 * - totals whose ranges stop short of items that another total of the line adds (`=SUM(E9:E10)`
 *   beside `=SUM(D8:D10)` when row 8 holds figures; `=SUM(B7:D7)` under `=SUM(B6:E6)` when E7 holds
 *   a figure): the short ones are the suspects, however many (see checkExtents);
 * and, in rows of totals:
 * - a cell that adds the totals beside it across the row (`=SUM(C7:D7)`) where its own column holds
 *   items nobody totals: the row's total of its own column is the fix;
 * - a SUM of a column of ratios (`=SUM(F30:F32)` under `=E30/D30`): the ratio of the totals is the fix;
 * - a typed number at the end of the row whose column holds items: a total typed by hand.
 * Returns the cells of the lines whose totals disagree, by axis, which the line-by-line check then
 * leaves alone along that axis.
 */
export function checkTotalLines(grid: ReviewGrid, sink: SuspectSink): Record<Axis, Set<string>> {
  const settled: Record<Axis, Set<string>> = { row: new Set(), column: new Set() };
  for (const axis of ["row", "column"] as Axis[]) {
    for (const line of findTotalLines(grid, axis)) {
      if (checkExtents(grid, sink, line)) for (const t of line.totals) settled[axis].add(a1(totalCell(line, t.at).row, totalCell(line, t.at).col));
      if (axis !== "row") continue;
      checkAcross(grid, sink, line);
      if (line.fn === "SUM") checkRatioSums(grid, sink, line);
      checkTypedEnds(grid, sink, line);
    }
  }
  return settled;
}

/** A formula moved from one cell to another, as Excel fills it. */
function moved(grid: ReviewGrid, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return sharedFormulaAt(grid.formula(from.row, from.col)!.text, a1(from.row, from.col), a1(to.row, to.col));
}

/** The total of the row nearest to a column. */
function nearestTotal(totals: LineTotal[], col: number): LineTotal {
  return totals.reduce((best, t) => (Math.abs(t.at - col) < Math.abs(best.at - col) ? t : best));
}

/** The columns next to a row of totals: from one left of its first total to one right of its last, a blank cell bridged. */
function besideColumns(totals: LineTotal[]): number[] {
  const cols = totals.map((t) => t.at);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const result: number[] = [];
  for (let c = Math.max(0, first - 2); c <= last + 2; c++) if (!cols.includes(c)) result.push(c);
  return result;
}

/** The figures of a column in the item rows, and whether any of them is a total across its own row (a total column). */
function columnItems(grid: ReviewGrid, col: number, items: { from: number; to: number }): { figures: number; acrossTotals: number } {
  let figures = 0;
  let acrossTotals = 0;
  for (let r = items.from; r <= items.to; r++) {
    if (!grid.isFigure(r, col)) continue;
    figures++;
    const f = grid.formula(r, col);
    if (f && f.refs.some((ref) => ref.sheet === undefined && ref.top === r && ref.bottom === r && ref.right > ref.left)) acrossTotals++;
  }
  return { figures, acrossTotals };
}

/** Nothing but a blank or another figure of the row between two columns: they belong to one line of the row. */
function sameLine(grid: ReviewGrid, row: number, a: number, b: number): boolean {
  for (let c = Math.min(a, b) + 1; c < Math.max(a, b); c++) if (grid.kind(row, c) === CellKind.Text) return false;
  return true;
}

/** A cell of the row that totals the row's totals across instead of its own column's items. */
function checkAcross(grid: ReviewGrid, sink: SuspectSink, totalRow: TotalLine): void {
  const { index: row, totals, items } = totalRow;
  for (const col of besideColumns(totals)) {
    const formula = grid.formula(row, col);
    const aggregate = formula ? singleAggregate(formula) : undefined;
    if (!formula || !aggregate || aggregate.range.sheet !== undefined || aggregate.range.top !== row || aggregate.range.bottom !== row) continue;
    const nearest = nearestTotal(totals, col);
    if (!totals.some((t) => t.at >= aggregate.range.left && t.at <= aggregate.range.right) || !sameLine(grid, row, col, nearest.at)) continue;
    // Its column's items are figures of their own, not totals across their rows (then adding across is the same total).
    const { figures, acrossTotals } = columnItems(grid, col, items);
    if (figures === 0 || acrossTotals > 0) continue;
    const proposedText = moved(grid, { row, col: nearest.at }, { row, col });
    const would = evaluateFormula(proposedText, (r, c) => grid.number(r, c));
    const value = grid.number(row, col);
    if (would === undefined || (value !== undefined && sameFigure(would, value))) continue;
    const region = stretches(totals.map((t) => ({ row, col: t.at })));
    const proposed = `=${proposedText}`;
    const found = `=${formula.text}`;
    sink.add(
      "formula/inconsistent",
      { row, col },
      { found, region: region.map(boxA1).join(", "), count: String(totals.length), proposed },
      { region, proposed, confidence: 0.8, found },
    );
  }
}

/**
 * A ratio of two cells of the formula's own row (`=E30/D30`, `=E30/D30*100`). A share of one fixed total
 * (`=(G15/G$21)*100`) is left out: shares of one total add up, ratios over each row's own base do not.
 */
function isRowRatio(formula: ParsedFormula, row: number): boolean {
  if (formula.functions.length > 0 || formula.refs.length < 2) return false;
  if (!formula.refs.every((ref) => ref.sheet === undefined && ref.top === ref.bottom && ref.left === ref.right && ref.top === row)) return false;
  const divide = formula.shapeTokens.indexOf("/");
  // The divisor is a cell of the row written relative to it (R[0] or R), not a fixed row ("R21C").
  const divisor = formula.shapeTokens[divide + 1];
  return divide > 0 && divisor !== undefined && formula.tokenKinds[divide + 1] !== "number" && !/^R\d/.test(divisor);
}

/** The fewest cells of a ratio's shape in its column for the column to be a column of ratios. */
const MIN_RATIO_COLUMN = 3;

/** A SUM of a column of ratios: the total of a ratio is the ratio of the totals, the column's own formula moved to the row. */
function checkRatioSums(grid: ReviewGrid, sink: SuspectSink, totalRow: TotalLine): void {
  const { index: row, totals } = totalRow;
  for (const { at: col, from, to } of totals) {
    const shapes = new Set<string>();
    let model: { row: number; formula: ParsedFormula } | undefined;
    let typed = false;
    for (let r = from; r <= to; r++) {
      const k = grid.kind(r, col);
      if (k === CellKind.Number) typed = true;
      const f = grid.formula(r, col);
      if (!f) continue;
      shapes.add(f.shape);
      if (isRowRatio(f, r)) model = { row: r, formula: f };
    }
    if (typed || !model || shapes.size !== 1) continue;
    const ratio = model;
    const column: CellBox[] = [];
    for (let r = 0; r < grid.rows; r++) if (grid.formula(r, col)?.shape === ratio.formula.shape) column.push({ top: r, bottom: r, left: col, right: col });
    if (column.length < MIN_RATIO_COLUMN) continue;
    const proposedText = moved(grid, { row: ratio.row, col }, { row, col });
    const proposedFormula = parseFormula(proposedText, row, col);
    if (proposedFormula.errors.length > 0 || !proposedFormula.refs.every((ref) => grid.isFigure(ref.top, ref.left))) continue;
    const region = mergeRuns(column);
    const proposed = `=${proposedText}`;
    const found = `=${grid.formula(row, col)!.text}`;
    sink.add(
      "formula/inconsistent",
      { row, col },
      { found, region: region.map(boxA1).join(", "), count: String(column.length), proposed },
      { region, proposed, confidence: 0.8, found },
    );
  }
}

/** Single cells of one column merged into runs. */
function mergeRuns(cells: CellBox[]): CellBox[] {
  const runs: CellBox[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.bottom + 1 === c.top) last.bottom = c.bottom;
    else runs.push({ ...c });
  }
  return runs;
}

/** A typed number at the end of a row of totals, where its column holds items: a total typed by hand. */
function checkTypedEnds(grid: ReviewGrid, sink: SuspectSink, totalRow: TotalLine): void {
  const { index: row, totals, items } = totalRow;
  for (const col of besideColumns(totals)) {
    if (grid.kind(row, col) !== CellKind.Number || sink.has(row, col)) continue;
    // The fix is moved from a total that covers the item rows: a total of the row stopping short is a suspect of its own.
    const covering = totals.filter((t) => coversItems(t, items));
    const nearest = nearestTotal(covering.length > 0 ? covering : totals, col);
    if (!sameLine(grid, row, col, nearest.at) || grid.isPercent(row, col) !== grid.isPercent(row, nearest.at)) continue;
    // Items in the column, as many as in the nearest total's: a column of figures the row leaves to a hand-typed number.
    const own = columnItems(grid, col, items).figures;
    const theirs = columnItems(grid, nearest.at, items).figures;
    if (own < 2 || own < theirs / 2 || isNumbering(grid, col, items)) continue;
    const proposedText = moved(grid, { row, col: nearest.at }, { row, col });
    const would = evaluateFormula(proposedText, (r, c) => grid.number(r, c));
    const value = grid.number(row, col)!;
    if (would === undefined || !sameSize(would, value)) continue;
    const region = stretches(totals.map((t) => ({ row, col: t.at })));
    reportTyped(grid, sink, { row, col }, { value, proposed: proposedText, region, count: totals.length, confidence: 0.85 });
  }
}

/** A column of codes or serial numbers (11700, 11701, 11702): most of its items one more than the item above. */
function isNumbering(grid: ReviewGrid, col: number, items: { from: number; to: number }): boolean {
  let pairs = 0;
  let steps = 0;
  let previous: number | undefined;
  for (let r = items.from; r <= items.to; r++) {
    const n = grid.kind(r, col) === CellKind.Number ? grid.number(r, col) : undefined;
    if (n === undefined) continue;
    if (previous !== undefined) {
      pairs++;
      if (n === previous + 1) steps++;
    }
    previous = n;
  }
  return pairs > 0 && steps * 2 >= pairs;
}

/** Two figures equal once the doubles' own rounding is allowed for. */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Within a factor of two of each other, of one sign: a total of the same items, typed with a slip or gone stale. */
function sameSize(a: number, b: number): boolean {
  if (a === 0 || b === 0) return sameFigure(a, b);
  const ratio = a / b;
  return ratio > 0 && ratio <= 2 && ratio >= 0.5;
}
