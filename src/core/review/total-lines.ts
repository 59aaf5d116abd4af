import { sharedFormulaAt } from "../formulas/shared-formula";
import { a1 } from "../workbook/snapshot";
import { boxA1, singleAggregate } from "./formula";
import { CellKind, ReviewGrid } from "./grid";
import { Axis, Position, stretches } from "./lines";
import { isCountingCell } from "./sums";
import { SuspectSink } from "./suspect";

/**
 * A total of a line of totals: one aggregate of the items of its own column (in a row of totals, items
 * are rows) or of its own row (in a column of totals, items are columns), `from`–`to` along the items.
 */
export interface LineTotal {
  /** The total's column in a row of totals, its row in a column of totals. */
  at: number;
  from: number;
  to: number;
}

/**
 * A line of totals: two or more cells of one row that each aggregate their own column with the same
 * function (`=SUM(D8:D14)`, `=SUM(E8:E14)`, …), all over rows above the row or all below it (axis
 * "row"); or, the same turned by a quarter, cells of one column that each aggregate their own row
 * (`=SUM(B7:D7)`, `=SUM(B8:D8)`, …), all left of the column or all right of it (axis "column").
 */
export interface TotalLine {
  axis: Axis;
  /** The row of a row of totals, the column of a column of totals. */
  index: number;
  fn: string;
  totals: LineTotal[];
  /** The items: the first and last rows (columns) within the totals' ranges holding a figure of one of the totals' own lines. */
  items: { from: number; to: number };
}

/** The cell of a total of the line. */
export function totalCell(line: TotalLine, at: number): Position {
  return line.axis === "row" ? { row: line.index, col: at } : { row: at, col: line.index };
}

/** The item `k` (a row of a row of totals, a column of a column of totals) of the total at `at`. */
export function itemCell(line: TotalLine, at: number, k: number): Position {
  return line.axis === "row" ? { row: k, col: at } : { row: at, col: k };
}

export const coversItems = (t: LineTotal, items: { from: number; to: number }) => t.from <= items.from && t.to >= items.to;

/** The lines of totals of a sheet along one axis, found from the grid. */
export function findTotalLines(grid: ReviewGrid, axis: Axis): TotalLine[] {
  const groups = new Map<string, { index: number; fn: string; totals: LineTotal[] }>();
  for (const { row, col, formula } of grid.formulaCells) {
    const aggregate = singleAggregate(formula);
    if (!aggregate) continue;
    const { fn, range } = aggregate;
    if (range.sheet !== undefined || range.whole || (row >= range.top && row <= range.bottom && col >= range.left && col <= range.right)) continue;
    const ownColumn = range.left === col && range.right === col;
    const ownRow = range.top === row && range.bottom === row;
    if (axis === "row" ? !ownColumn : !ownRow) continue;
    const [index, at, from, to] = axis === "row" ? [row, col, range.top, range.bottom] : [col, row, range.left, range.right];
    const key = `${index}|${fn}|${from > index}`;
    const group = groups.get(key) ?? { index, fn, totals: [] };
    group.totals.push({ at, from, to });
    groups.set(key, group);
  }
  const lines: TotalLine[] = [];
  for (const group of groups.values()) {
    if (group.totals.length < 2) continue;
    const line = { axis, ...group, items: { from: 0, to: -1 } };
    const items = itemSpan(grid, line);
    if (items) lines.push({ ...line, items });
  }
  return lines;
}

/**
 * The first and last items, within the span the totals' ranges cover, holding a figure in one of the
 * totals' own lines (a first row of years or column numbers counting across is a heading, not an item).
 */
function itemSpan(grid: ReviewGrid, line: TotalLine): { from: number; to: number } | undefined {
  const { totals } = line;
  const from = Math.min(...totals.map((t) => t.from));
  const to = Math.max(...totals.map((t) => t.to));
  const figure = (t: LineTotal, k: number) => {
    const p = itemCell(line, t.at, k);
    return grid.isFigure(p.row, p.col);
  };
  const counting = (t: LineTotal, k: number) => {
    const p = itemCell(line, t.at, k);
    return isCountingCell(grid, p.row, p.col, line.axis === "row");
  };
  const hasFigure = (k: number) => totals.some((t) => figure(t, k));
  const heading = (k: number) => totals.every((t) => !figure(t, k) || counting(t, k));
  let first = from;
  // A heading counts across once: rows of small whole numbers one after another are items.
  while (first <= to && (!hasFigure(first) || (heading(first) && !heading(first + 1)))) first++;
  let last = to;
  while (last >= first && !hasFigure(last)) last--;
  return first <= last ? { from: first, to: last } : undefined;
}

/** The fewest totals in a line for a range stopping short of items blank in its own line to be a slip. */
const MIN_TOTALS_FOR_BLANKS = 3;

/**
 * The totals of a line that stop short of its items, judged against those that cover them: leaving out
 * a figure of its own column (row) is `formula/sum-omits-rows`, leaving out only blanks of its own an
 * inconsistency when the line has three totals or more. True when the line's ranges disagree (its
 * cells are then judged here, not again along the line).
 */
export function checkExtents(grid: ReviewGrid, sink: SuspectSink, line: TotalLine): boolean {
  const { totals, items } = line;
  const models = totals.filter((t) => coversItems(t, items));
  const short = totals.filter((t) => !coversItems(t, items));
  if (short.length === 0) return false;
  if (models.length === 0) return true;
  const region = stretches(models.map((t) => totalCell(line, t.at)));
  for (const t of short) {
    const item = (k: number) => itemCell(line, t.at, k);
    const kinds = (ks: number[], test: (p: Position) => boolean) => ks.filter((k) => test(item(k)));
    // A total adding no figure of its own line totals nothing yet (an empty column of a template, a
    // formula left under a column of labels): how far it reaches cannot be told from its items.
    const own: number[] = [];
    for (let k = t.from; k <= t.to; k++) own.push(k);
    if (kinds(own, (p) => grid.isFigure(p.row, p.col)).length === 0) continue;
    const omitted: number[] = [];
    for (let k = items.from; k <= items.to; k++) if (k < t.from || k > t.to) omitted.push(k);
    // A heading of its own line among the items the others add: its range rightly starts after it.
    if (kinds(omitted, (p) => grid.kind(p.row, p.col) === CellKind.Text).length > 0) continue;
    // Leaving out a figure of its own line is wrong today; leaving out items blank in it is a slip waiting
    // for a figure, told only by a line of three totals or more (two may simply have their items at different places).
    const lost = kinds(omitted, (p) => grid.isFigure(p.row, p.col));
    if (lost.length === 0 && totals.length < MIN_TOTALS_FOR_BLANKS) continue;
    const model = models.reduce((best, m) => (Math.abs(m.at - t.at) < Math.abs(best.at - t.at) ? m : best));
    const at = totalCell(line, t.at);
    const from = totalCell(line, model.at);
    const proposed = `=${sharedFormulaAt(grid.formula(from.row, from.col)!.text, a1(from.row, from.col), a1(at.row, at.col))}`;
    const found = `=${grid.formula(at.row, at.col)!.text}`;
    if (lost.length > 0 && line.fn === "SUM") {
      const a = item(Math.min(t.from, items.from));
      const b = item(Math.max(t.to, items.to));
      const range = { top: a.row, left: a.col, bottom: b.row, right: b.col };
      const missing = lost.map((k) => a1(item(k).row, item(k).col)).join(", ");
      sink.add("formula/sum-omits-rows", at, { found, missing, proposed }, { region: [range, ...region], proposed, confidence: 0.9, found });
    } else {
      sink.add(
        "formula/inconsistent",
        at,
        { found, region: region.map(boxA1).join(", "), count: String(models.length), proposed },
        { region, proposed, confidence: lost.length > 0 ? 0.9 : 0.65, found },
      );
    }
  }
  return true;
}
