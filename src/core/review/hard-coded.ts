import { sharedFormulaAt } from "../formulas/shared-formula";
import { num } from "../validation/message";
import { a1 } from "../workbook/snapshot";
import { decimalsOfValue } from "../numbers/precision";
import { evaluateFormula, evaluateFormulaInterval } from "./evaluate";
import { Interval } from "../numbers/interval";
import { judgeStated } from "../numbers/consistency";
import { boxA1, CellBox, parseFormula, singleSumRange } from "./formula";
import { ReviewHints, TableHint } from "./hints";
import { CellKind, ReviewGrid } from "./grid";
import { Axis, linesAlong, Position, stretches } from "./lines";
import { minRegionOf, RegionOptions } from "./inconsistent";
import { SuspectSink } from "./suspect";

/**
 * Numbers typed where the region holds formulas. Along every row and column, the figures of a line
 * (typed numbers and formulas, bridging single blank cells) are looked at together: where the line's
 * formulas share one shape in at least `minRegion` cells, a typed number between them or right next to
 * them is a suspect, provided the region's formula moved to its cell reads figures there and the region
 * does not read the number itself (a seed value, an input).
 */
export function checkHardCoded(grid: ReviewGrid, sink: SuspectSink, options: RegionOptions, hints?: ReviewHints): void {
  const isFigure = (r: number, c: number) => grid.isFigure(r, c);
  for (const axis of ["row", "column"] as Axis[]) {
    for (const line of linesAlong(grid, axis, isFigure)) {
      const minRegion = minRegionOf(line, options);
      const formulas = line.filter((p) => grid.kind(p.row, p.col) === CellKind.Formula);
      const typed = line.filter((p) => grid.kind(p.row, p.col) === CellKind.Number);
      if (formulas.length < minRegion || typed.length === 0) continue;
      const counts = new Map<string, Position[]>();
      for (const p of formulas) {
        const shape = grid.formula(p.row, p.col)!.shape;
        counts.set(shape, [...(counts.get(shape) ?? []), p]);
      }
      const region = [...counts.values()].reduce((best, next) => (next.length > best.length ? next : best));
      if (region.length < minRegion || region.length < typed.length) continue;
      for (const p of typed) judgeTyped(grid, sink, p, region, axis);
    }
  }
  checkTypedTotals(grid, sink, hints);
}

/**
 * Totals typed beside totals that add up: a typed number in a row where a neighbouring cell totals its
 * own column with one SUM, when the same SUM over this column gives exactly the typed number (a subtotal
 * overwritten with its own value: right today, stale at the next correction). Inside a table a reader
 * knows, a total row's typed figure is judged against the SUM of the table's items in its column.
 */
function checkTypedTotals(grid: ReviewGrid, sink: SuspectSink, hints: ReviewHints | undefined): void {
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      if (grid.kind(r, c) !== CellKind.Number || sink.has(r, c) || grid.isPercent(r, c)) continue;
      const typed = grid.number(r, c)!;
      const table = hints?.tables.find((t) => (t.totalRows ?? []).includes(r) && c >= t.left && c <= t.right && (t.figureColumns?.includes(c) ?? true));
      const siblings = columnTotalsBeside(grid, r, c);
      if (siblings.length === 0) continue;
      const candidates = table ? [itemsSum(table, r, c)].filter((x) => x !== undefined) : siblings.map((q) => movedSum(grid, q, { row: r, col: c }));
      for (const proposed of candidates) {
        const total = evaluateFormula(proposed, (rr, cc) => grid.number(rr, cc));
        if (total === undefined || !sameFigure(total, typed)) continue;
        const region = stretches(siblings);
        reportTyped(grid, sink, { row: r, col: c }, { value: typed, proposed, region, count: siblings.length, confidence: table ? 0.9 : 0.85 });
        break;
      }
    }
  }
}

/** The cells of the row near (r, c) — the nearest figures on each side, within three columns — that are one SUM down their own column. */
function columnTotalsBeside(grid: ReviewGrid, r: number, c: number): Position[] {
  const found: Position[] = [];
  for (const step of [-1, 1]) {
    for (let k = 1; k <= 3; k++) {
      const col = c + step * k;
      if (!grid.isFigure(r, col)) continue;
      const f = grid.formula(r, col);
      const box = f ? singleSumRange(f) : undefined;
      if (box && box.left === col && box.right === col && !(r >= box.top && r <= box.bottom)) found.push({ row: r, col });
      break;
    }
  }
  return found;
}

function movedSum(grid: ReviewGrid, from: Position, to: Position): string {
  return sharedFormulaAt(grid.formula(from.row, from.col)!.text, a1(from.row, from.col), a1(to.row, to.col));
}

/** SUM over the item rows of a known table in one column, when they run unbroken (the items of a total row). */
function itemsSum(table: TableHint, row: number, col: number): string | undefined {
  const excluded = new Set([...(table.totalRows ?? []), ...(table.subtotalRows ?? []), ...(table.sectionRows ?? []), ...(table.ofWhichRows ?? [])]);
  const items: number[] = [];
  for (let r = table.top; r <= table.bottom; r++) if (!excluded.has(r) && r !== row && r !== table.columnNumberRow) items.push(r);
  if (items.length === 0 || items[items.length - 1] - items[0] + 1 !== items.length) return undefined;
  return `SUM(${a1(items[0], col)}:${a1(items[items.length - 1], col)})`;
}

/** Two figures equal once the doubles' own rounding is allowed for. */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function judgeTyped(grid: ReviewGrid, sink: SuspectSink, p: Position, region: Position[], axis: Axis): void {
  const along = (q: Position) => (axis === "row" ? q.col : q.row);
  const first = Math.min(...region.map(along));
  const last = Math.max(...region.map(along));
  const at = along(p);
  // Only between formulas of the region: at its ends a typed number is as often a seed value or a total.
  if (at <= first || at >= last) return;
  // A percentage among amounts (the completion of a total row beside its SUMs) is another measure.
  if (grid.isPercent(p.row, p.col) !== grid.isPercent(region[0].row, region[0].col)) return;
  const model = region.reduce((best, q) => (Math.abs(along(q) - at) < Math.abs(along(best) - at) ? q : best));
  const modelFormula = grid.formula(model.row, model.col)!;
  const proposedText = sharedFormulaAt(modelFormula.text, a1(model.row, model.col), a1(p.row, p.col));
  const proposed = parseFormula(proposedText, p.row, p.col);
  if (proposed.errors.length > 0) return;
  // The region's formula would give a figure of another size here (a sum of percentages over a typed
  // ratio): the number is another measure, not a hard-coded result.
  const value = grid.number(p.row, p.col)!;
  const would = evaluateFormula(proposedText, (r, c) => grid.number(r, c));
  if (would !== undefined && !sameSize(would, value)) return;
  const own = proposed.refs.filter((r) => r.sheet === undefined && !r.whole);
  if (own.length === 0 || !own.some((r) => readsFigure(grid, r))) return;
  // The region reads this number: it is the formulas' input, not one of their results.
  for (const q of region) {
    const f = grid.formula(q.row, q.col)!;
    if (f.refs.some((r) => r.sheet === undefined && p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right)) return;
  }
  const confidence = region.length / (region.length + 1);
  reportTyped(grid, sink, p, { value, proposed: proposedText, region: stretches(region), count: region.length, confidence });
}

/** A typed number where the region holds formulas. */
export interface TypedAmongFormulas {
  value: number;
  /** The formula the cell would hold, without "=". */
  proposed: string;
  region: CellBox[];
  /** The formula cells of the region. */
  count: number;
  confidence: number;
}

/**
 * Reports a typed number among formulas: a suspect (`formula/hard-coded-differs`) when the region's
 * formula gives another figure there, wrong today; a note (`formula/hard-coded`) when it gives the typed
 * number (the rounding of the figures it reads allowed for, truncation included, as the value checks
 * allow it), or when the review cannot compute it.
 */
export function reportTyped(grid: ReviewGrid, sink: SuspectSink, at: Position, t: TypedAmongFormulas): void {
  const decimals = decimalsOfValue(t.value);
  const proposed = `=${t.proposed}`;
  const common = { value: num(t.value, decimals), count: String(t.count), region: t.region.map(boxA1).join(", "), proposed };
  const detail = { region: t.region, proposed, confidence: t.confidence, found: t.value };
  const would = evaluateFormula(t.proposed, (r, c) => grid.number(r, c));
  if (would === undefined || typedAgrees(grid, t.value, t.proposed)) {
    sink.add("formula/hard-coded", at, common, detail);
    return;
  }
  const shown = Math.max(decimals, Math.min(decimalsOfValue(would), 2));
  sink.add("formula/hard-coded-differs", at, { ...common, computed: num(would, shown), gap: num(Math.abs(would - t.value), shown) }, detail);
}

/**
 * A typed figure is what a formula gives on the sheet's figures once their rounding is counted: each
 * typed figure it reads stands for the values its own decimals allow, and the typed figure may be their
 * result rounded or truncated to its decimals (a total of rounded items off by one, a ratio typed 5.3).
 */
export function typedAgrees(grid: ReviewGrid, typed: number, formula: string): boolean {
  const range = evaluateFormulaInterval(formula, (r, c) => {
    const n = grid.number(r, c);
    if (n === undefined) return undefined;
    return grid.kind(r, c) === CellKind.Number ? Interval.shown(n, decimalsOfValue(n)) : Interval.exact(n);
  });
  return range !== undefined && judgeStated(typed, decimalsOfValue(typed), range) !== "inconsistent";
}

function readsFigure(grid: ReviewGrid, r: { top: number; left: number; bottom: number; right: number }): boolean {
  for (let row = r.top; row <= Math.min(r.bottom, grid.rows - 1); row++) {
    for (let col = r.left; col <= Math.min(r.right, grid.cols - 1); col++) if (grid.isFigure(row, col)) return true;
  }
  return false;
}

/** Within a factor of three of each other (both zero counts as the same size). */
function sameSize(a: number, b: number): boolean {
  if (a === 0 || b === 0) return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) || Math.abs(a) + Math.abs(b) < 1e-9;
  const ratio = Math.abs(a / b);
  return Math.sign(a) === Math.sign(b) && ratio <= 3 && ratio >= 1 / 3;
}
