import { sharedFormulaAt } from "../formulas/shared-formula";
import { a1 } from "../workbook/snapshot";
import { evaluateFormula } from "./evaluate";
import { boxA1, CellBox, parseFormula, ParsedFormula, singleAggregate } from "./formula";
import { CellKind, ReviewGrid } from "./grid";
import { isCountingCell } from "./sums";
import { reportTyped } from "./hard-coded";
import { SuspectSink } from "./suspect";

/** A cell of a row of totals: one aggregate of its own column over the rows above it (or below). */
interface ColumnTotal {
  col: number;
  top: number;
  bottom: number;
}

/**
 * A row of totals: two or more cells of one row that each aggregate their own column with the same
 * function (`=SUM(D8:D14)`, `=SUM(E8:E14)`, …), all over rows above the row or all below it.
 */
export interface TotalRow {
  row: number;
  fn: string;
  totals: ColumnTotal[];
  /** The item rows: from the first to the last row within the totals' ranges that holds a figure in one of their columns. */
  items: { top: number; bottom: number };
}

/** The rows of totals of a sheet, found from the grid. */
export function findTotalRows(grid: ReviewGrid): TotalRow[] {
  const groups = new Map<string, { row: number; fn: string; totals: ColumnTotal[] }>();
  for (const { row, col, formula } of grid.formulaCells) {
    const aggregate = singleAggregate(formula);
    if (!aggregate) continue;
    const { fn, range } = aggregate;
    if (range.sheet !== undefined || range.whole || range.left !== col || range.right !== col || (row >= range.top && row <= range.bottom)) continue;
    const below = range.top > row;
    const key = `${row}|${fn}|${below}`;
    const group = groups.get(key) ?? { row, fn, totals: [] };
    group.totals.push({ col, top: range.top, bottom: range.bottom });
    groups.set(key, group);
  }
  const rows: TotalRow[] = [];
  for (const group of groups.values()) {
    if (group.totals.length < 2) continue;
    const items = itemRows(grid, group.totals);
    if (items) rows.push({ ...group, items });
  }
  return rows;
}

/**
 * The first and last rows, within the span the totals' ranges cover, holding a figure in one of the
 * totals' columns (a first row of years or column numbers counting across is a heading, not an item).
 */
function itemRows(grid: ReviewGrid, totals: ColumnTotal[]): { top: number; bottom: number } | undefined {
  const top = Math.min(...totals.map((t) => t.top));
  const bottom = Math.max(...totals.map((t) => t.bottom));
  const hasFigure = (r: number) => totals.some((t) => grid.isFigure(r, t.col));
  const heading = (r: number) => totals.every((t) => !grid.isFigure(r, t.col) || isCountingCell(grid, r, t.col, true));
  let first = top;
  // A heading counts across once: rows of small whole numbers one after another are items.
  while (first <= bottom && (!hasFigure(first) || (heading(first) && !heading(first + 1)))) first++;
  let last = bottom;
  while (last >= first && !hasFigure(last)) last--;
  return first <= last ? { top: first, bottom: last } : undefined;
}

/**
 * Rows of totals judged as a whole, where a line of formulas alone cannot tell which side is wrong:
 * - totals whose ranges stop short of item rows that another total of the row adds (`=SUM(E9:E10)`
 *   beside `=SUM(D8:D10)` when row 8 holds figures): the short ones are the suspects, however many;
 * - a cell that adds the totals beside it across the row (`=SUM(C7:D7)`) where its own column holds
 *   items nobody totals: the row's total of its own column is the fix;
 * - a SUM of a column of ratios (`=SUM(F30:F32)` under `=E30/D30`): the ratio of the totals is the fix;
 * - a typed number at the end of the row whose column holds items: a total typed by hand.
 * Returns the cells of the rows whose totals disagree, which the line-by-line check then leaves alone.
 */
export function checkTotalRows(grid: ReviewGrid, sink: SuspectSink): Set<string> {
  const settled = new Set<string>();
  for (const totalRow of findTotalRows(grid)) {
    if (checkExtents(grid, sink, totalRow)) for (const t of totalRow.totals) settled.add(a1(totalRow.row, t.col));
    checkAcross(grid, sink, totalRow);
    if (totalRow.fn === "SUM") checkRatioSums(grid, sink, totalRow);
    checkTypedEnds(grid, sink, totalRow);
  }
  return settled;
}

const covers = (t: ColumnTotal, items: { top: number; bottom: number }) => t.top <= items.top && t.bottom >= items.bottom;

/** The totals that stop short of the item rows, judged against those that cover them. True when the row's ranges disagree. */
function checkExtents(grid: ReviewGrid, sink: SuspectSink, totalRow: TotalRow): boolean {
  const { row, totals, items } = totalRow;
  const models = totals.filter((t) => covers(t, items));
  const short = totals.filter((t) => !covers(t, items));
  if (short.length === 0) return false;
  if (models.length === 0) return true;
  const region = models.map((t) => ({ top: row, bottom: row, left: t.col, right: t.col }));
  for (const t of short) {
    // A total adding no figure of its own column totals nothing yet (an empty column of a template, a
    // formula left under a column of labels): how far it reaches cannot be told from its items.
    if (!holdsFigure(grid, t)) continue;
    const omitted: number[] = [];
    for (let r = items.top; r <= items.bottom; r++) if (r < t.top || r > t.bottom) omitted.push(r);
    // A heading of this column among the rows the others add: its range rightly starts below it.
    if (omitted.some((r) => grid.kind(r, t.col) === CellKind.Text)) continue;
    // Leaving out a figure of its own column is wrong today; leaving out rows blank in it is a slip waiting
    // for a figure, told only by a row of three totals or more (two may simply have their items at different rows).
    const lost = omitted.filter((r) => grid.isFigure(r, t.col));
    if (lost.length === 0 && totals.length < MIN_TOTALS_FOR_BLANKS) continue;
    const model = models.reduce((best, m) => (Math.abs(m.col - t.col) < Math.abs(best.col - t.col) ? m : best));
    const proposed = `=${moved(grid, { row, col: model.col }, { row, col: t.col })}`;
    const found = `=${grid.formula(row, t.col)!.text}`;
    if (lost.length > 0 && totalRow.fn === "SUM") {
      const range = { top: Math.min(t.top, items.top), bottom: Math.max(t.bottom, items.bottom), left: t.col, right: t.col };
      const missing = lost.map((r) => a1(r, t.col)).join(", ");
      sink.add("formula/sum-omits-rows", { row, col: t.col }, { found, missing, proposed }, { region: [range, ...region], proposed, confidence: 0.9, found });
    } else {
      sink.add(
        "formula/inconsistent",
        { row, col: t.col },
        { found, region: region.map(boxA1).join(", "), count: String(models.length), proposed },
        { region, proposed, confidence: lost.length > 0 ? 0.9 : 0.65, found },
      );
    }
  }
  return true;
}

function holdsFigure(grid: ReviewGrid, t: ColumnTotal): boolean {
  for (let r = t.top; r <= t.bottom; r++) if (grid.isFigure(r, t.col)) return true;
  return false;
}

/** The fewest totals in a row for a range stopping short of rows blank in its own column to be a slip. */
const MIN_TOTALS_FOR_BLANKS = 3;

/** A formula moved from one cell to another, as Excel fills it. */
function moved(grid: ReviewGrid, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return sharedFormulaAt(grid.formula(from.row, from.col)!.text, a1(from.row, from.col), a1(to.row, to.col));
}

/** The total of the row nearest to a column. */
function nearestTotal(totals: ColumnTotal[], col: number): ColumnTotal {
  return totals.reduce((best, t) => (Math.abs(t.col - col) < Math.abs(best.col - col) ? t : best));
}

/** The columns next to a row of totals: from one left of its first total to one right of its last, a blank cell bridged. */
function besideColumns(totals: ColumnTotal[]): number[] {
  const cols = totals.map((t) => t.col);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const result: number[] = [];
  for (let c = Math.max(0, first - 2); c <= last + 2; c++) if (!cols.includes(c)) result.push(c);
  return result;
}

/** The figures of a column in the item rows, and whether any of them is a total across its own row (a total column). */
function columnItems(grid: ReviewGrid, col: number, items: { top: number; bottom: number }): { figures: number; acrossTotals: number } {
  let figures = 0;
  let acrossTotals = 0;
  for (let r = items.top; r <= items.bottom; r++) {
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
function checkAcross(grid: ReviewGrid, sink: SuspectSink, totalRow: TotalRow): void {
  const { row, totals, items } = totalRow;
  for (const col of besideColumns(totals)) {
    const formula = grid.formula(row, col);
    const aggregate = formula ? singleAggregate(formula) : undefined;
    if (!formula || !aggregate || aggregate.range.sheet !== undefined || aggregate.range.top !== row || aggregate.range.bottom !== row) continue;
    const nearest = nearestTotal(totals, col);
    if (!totals.some((t) => t.col >= aggregate.range.left && t.col <= aggregate.range.right) || !sameLine(grid, row, col, nearest.col)) continue;
    // Its column's items are figures of their own, not totals across their rows (then adding across is the same total).
    const { figures, acrossTotals } = columnItems(grid, col, items);
    if (figures === 0 || acrossTotals > 0) continue;
    const proposedText = moved(grid, { row, col: nearest.col }, { row, col });
    const would = evaluateFormula(proposedText, (r, c) => grid.number(r, c));
    const value = grid.number(row, col);
    if (would === undefined || (value !== undefined && sameFigure(would, value))) continue;
    const region = totals.map((t) => ({ top: row, bottom: row, left: t.col, right: t.col }));
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
function checkRatioSums(grid: ReviewGrid, sink: SuspectSink, totalRow: TotalRow): void {
  const { row, totals } = totalRow;
  for (const t of totals) {
    const shapes = new Set<string>();
    let model: { row: number; formula: ParsedFormula } | undefined;
    let typed = false;
    for (let r = t.top; r <= t.bottom; r++) {
      const k = grid.kind(r, t.col);
      if (k === CellKind.Number) typed = true;
      const f = grid.formula(r, t.col);
      if (!f) continue;
      shapes.add(f.shape);
      if (isRowRatio(f, r)) model = { row: r, formula: f };
    }
    if (typed || !model || shapes.size !== 1) continue;
    const ratio = model;
    const column: CellBox[] = [];
    for (let r = 0; r < grid.rows; r++)
      if (grid.formula(r, t.col)?.shape === ratio.formula.shape) column.push({ top: r, bottom: r, left: t.col, right: t.col });
    if (column.length < MIN_RATIO_COLUMN) continue;
    const proposedText = moved(grid, { row: ratio.row, col: t.col }, { row, col: t.col });
    const proposedFormula = parseFormula(proposedText, row, t.col);
    if (proposedFormula.errors.length > 0 || !proposedFormula.refs.every((ref) => grid.isFigure(ref.top, ref.left))) continue;
    const region = mergeRuns(column);
    const proposed = `=${proposedText}`;
    const found = `=${grid.formula(row, t.col)!.text}`;
    sink.add(
      "formula/inconsistent",
      { row, col: t.col },
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
function checkTypedEnds(grid: ReviewGrid, sink: SuspectSink, totalRow: TotalRow): void {
  const { row, totals, items } = totalRow;
  for (const col of besideColumns(totals)) {
    if (grid.kind(row, col) !== CellKind.Number || sink.has(row, col)) continue;
    // The fix is moved from a total that covers the item rows: a total of the row stopping short is a suspect of its own.
    const covering = totals.filter((t) => covers(t, items));
    const nearest = nearestTotal(covering.length > 0 ? covering : totals, col);
    if (!sameLine(grid, row, col, nearest.col) || grid.isPercent(row, col) !== grid.isPercent(row, nearest.col)) continue;
    // Items in the column, as many as in the nearest total's: a column of figures the row leaves to a hand-typed number.
    const own = columnItems(grid, col, items).figures;
    const theirs = columnItems(grid, nearest.col, items).figures;
    if (own < 2 || own < theirs / 2 || isNumbering(grid, col, items)) continue;
    const proposedText = moved(grid, { row, col: nearest.col }, { row, col });
    const would = evaluateFormula(proposedText, (r, c) => grid.number(r, c));
    const value = grid.number(row, col)!;
    if (would === undefined || !sameSize(would, value)) continue;
    const region = totals.map((t) => ({ top: row, bottom: row, left: t.col, right: t.col }));
    reportTyped(grid, sink, { row, col }, { value, proposed: proposedText, region, count: totals.length, confidence: 0.85 });
  }
}

/** A column of codes or serial numbers (11700, 11701, 11702): most of its items one more than the item above. */
function isNumbering(grid: ReviewGrid, col: number, items: { top: number; bottom: number }): boolean {
  let pairs = 0;
  let steps = 0;
  let previous: number | undefined;
  for (let r = items.top; r <= items.bottom; r++) {
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
