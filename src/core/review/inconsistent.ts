import { sharedFormulaAt } from "../formulas/shared-formula";
import { num } from "../validation/message";
import { a1 } from "../workbook/snapshot";
import { evaluateFormula } from "./evaluate";
import { boxA1, parseFormula, ParsedFormula } from "./formula";
import { CellKind, ReviewGrid } from "./grid";
import { Axis, linesAlong, Position, stretches } from "./lines";
import { shapeDifference, ShapeDifference } from "./shape-difference";
import { SuspectSink } from "./suspect";

export interface RegionOptions {
  /** The fewest cells of one shape that make a region others are judged against, at a cell (2 inside a known table, else 3). */
  minRegion: (row: number, col: number) => number;
  /** Cells of lines of totals already judged as a whole (see checkTotalLines): not judged again along that axis. */
  settled?: (axis: Axis, row: number, col: number) => boolean;
}

/** The fewest cells of one shape that make a region along a line: the smallest any of its cells allows. */
export function minRegionOf(line: Position[], options: RegionOptions): number {
  return Math.min(...line.map((p) => options.minRegion(p.row, p.col)));
}

/** The share of a line's formulas the region must hold for the others to be judged against it. */
const DOMINANCE = 0.6;

/**
 * Formulas inconsistent with their region. Along every row and column, the formula cells of a line
 * (bridging single blank cells) are grouped by their R1C1 shape; where one shape holds most of the
 * line's formulas of the same structure, a short stretch of another shape that differs from it only in references or literals (a range
 * one row short, a column off, another constant) is a suspect, and the region's formula moved to the
 * suspect's cell is the proposed fix. A stretch whose shape runs on across the line (its own region
 * along the other axis) is a different computation, not a slip, and is left alone.
 */
export function checkRegions(grid: ReviewGrid, sink: SuspectSink, options: RegionOptions): void {
  const isFormula = (r: number, c: number) => grid.kind(r, c) === CellKind.Formula;
  for (const axis of ["column", "row"] as Axis[]) {
    for (const line of linesAlong(grid, axis, isFormula)) {
      const minRegion = minRegionOf(line, options);
      const settled = options.settled;
      if (settled && line.some((p) => settled(axis, p.row, p.col))) continue;
      if (line.length >= minRegion + 1) judgeLine(grid, sink, line, axis, minRegion);
    }
  }
}

function judgeLine(grid: ReviewGrid, sink: SuspectSink, line: Position[], axis: Axis, minRegion: number): void {
  const formulas = line.map((p) => grid.formula(p.row, p.col)!);
  const counts = new Map<string, number>();
  for (const f of formulas) counts.set(f.shape, (counts.get(f.shape) ?? 0) + 1);
  const [shape, count] = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best));
  const model = formulas.find((f) => f.shape === shape)!;
  // The region must hold most of the formulas comparable with it: a total row's ratio cells beside its
  // sums are another computation and do not dilute the sums' region.
  const comparable = formulas.filter((f) => shapeDifference(f, model).kind !== "structure").length;
  if (count < minRegion || count < DOMINANCE * comparable) return;
  const region = line.filter((_, i) => formulas[i].shape === shape);
  // Shapes that differ from the region's in literals only: more than one is data written into formulas.
  const literalVariants = new Set(formulas.filter((f) => f.shape !== shape && shapeDifference(f, model).kind === "constants").map((f) => f.shape));
  // Stretches of the line that depart from the region, judged one by one.
  for (let i = 0; i < line.length;) {
    if (formulas[i].shape === shape) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < line.length && formulas[j + 1].shape === formulas[i].shape) j++;
    const stretch = line.slice(i, j + 1);
    const inRegion = (k: number) => formulas[k].shape === shape;
    const between = line.slice(0, i).some((_, k) => inRegion(k)) && line.slice(j + 1).some((_, k) => inRegion(j + 1 + k));
    judgeStretch(grid, sink, { stretch, region, before: i > 0, after: j + 1 < line.length, between, axis, otherShapes: literalVariants.size });
    i = j + 1;
  }
}

interface Stretch {
  stretch: Position[];
  region: Position[];
  /** Formulas of the line lie before and after the stretch (it is not at an end of the line). */
  before: boolean;
  after: boolean;
  /** Cells of the region lie on both sides of the stretch. */
  between: boolean;
  axis: Axis;
  /** How many shapes of the line differ from the region's in literals only. */
  otherShapes: number;
}

function judgeStretch(grid: ReviewGrid, sink: SuspectSink, s: Stretch): void {
  const { stretch, region } = s;
  if (stretch.length > Math.max(2, Math.floor(region.length / 3))) return;
  const first = stretch[0];
  const suspect = grid.formula(first.row, first.col)!;
  const model = nearest(region, first);
  const modelFormula = grid.formula(model.row, model.col)!;
  const difference = shapeDifference(suspect, modelFormula);
  if (difference.kind === "structure" || difference.kind === "same" || difference.count > 2) return;
  // Literals that vary from row to row (a divisor per row) are data written into formulas, not a slip.
  if (difference.kind === "constants" && s.otherShapes > 1) return;
  if (ownRegionAcross(grid, first, suspect, s.axis)) return;
  if (otherDirection(suspect, modelFormula, first, model) || cornerTotal(suspect, modelFormula)) return;
  // A literal of its own at an end of the region (a last row over a part year) is another case as often as a slip.
  if (difference.kind === "constants" && powerOfTen(difference) === undefined && !s.between) return;
  const sandwiched = s.before && s.after;
  const confidence = (region.length / (region.length + stretch.length)) * (difference.count === 1 ? 1 : 0.85) * (sandwiched ? 1 : 0.85);
  for (const p of stretch) {
    const found = grid.formula(p.row, p.col)!;
    const proposedText = sharedFormulaAt(modelFormula.text, a1(model.row, model.col), a1(p.row, p.col));
    if (!readsFiguresAt(grid, proposedText, p) || computesTheSame(found.text, proposedText)) continue;
    // The fix would read blanks where the cell reads figures: the row is laid out otherwise (its cases in another column).
    if (figuresRead(grid, parseFormula(proposedText, p.row, p.col)) < figuresRead(grid, found)) continue;
    const proposed = `=${proposedText}`;
    const detail = { region: stretches(region), proposed, confidence, found: `=${found.text}` };
    const power = powerOfTen(difference);
    if (power !== undefined) {
      const [mine, theirs] = difference.constants[0];
      sink.add(
        "formula/unit-power",
        p,
        { constant: num(mine, 0), usual: num(theirs, 0), factor: num(10 ** Math.abs(power), 0), region: detail.region.map(boxA1).join(", ") },
        detail,
      );
    } else {
      sink.add(
        "formula/inconsistent",
        p,
        { found: `=${found.text}`, region: detail.region.map(boxA1).join(", "), count: String(region.length), proposed },
        detail,
      );
    }
  }
}

/** The exponent k when the formulas differ only in one literal, by a factor 10^k (|k| ≥ 1). */
function powerOfTen(difference: ShapeDifference): number | undefined {
  if (difference.kind !== "constants" || difference.constants.length !== 1) return undefined;
  const [mine, theirs] = difference.constants[0];
  if (mine === 0 || theirs === 0) return undefined;
  const k = Math.log10(Math.abs(mine / theirs));
  const rounded = Math.round(k);
  return rounded !== 0 && Math.abs(k - rounded) < 1e-9 ? rounded : undefined;
}

function nearest(region: Position[], p: Position): Position {
  return region.reduce((best, q) => (distance(q, p) < distance(best, p) ? q : best));
}

function distance(a: Position, b: Position): number {
  return Math.abs(a.row - b.row) + Math.abs(a.col - b.col);
}

/**
 * The suspect's shape fills a run of three or more cells across the line (a column of its own when
 * the line is a row, bridging single blank cells): a computation of its own, not a slip in the line's.
 */
function ownRegionAcross(grid: ReviewGrid, p: Position, formula: ParsedFormula, axis: Axis): boolean {
  const [dr, dc] = axis === "row" ? [1, 0] : [0, 1];
  let n = 1;
  for (const sign of [-1, 1]) {
    let gap = 0;
    for (let k = 1; ; k++) {
      const r = p.row + sign * k * dr;
      const c = p.col + sign * k * dc;
      const other = grid.formula(r, c);
      if (other && other.shape === formula.shape) {
        n++;
        gap = 0;
      } else if (!other && grid.inside(r, c) && grid.isBlank(r, c) && gap === 0) gap++;
      else break;
    }
  }
  return n >= 3;
}

/**
 * The suspect totals in another direction than the region: a subtotal of its own column standing in a
 * column of row totals (`=SUM(K44:K47)` among `=SUM(H12:J12)`), or the reverse, is another
 * computation, not a slip. (A row of column totals with one cell adding across is judged with the
 * row's totals, see checkTotalRows.)
 */
function otherDirection(suspect: ParsedFormula, region: ParsedFormula, at: Position, regionAt: Position): boolean {
  const a = totalDirection(suspect, at);
  const b = totalDirection(region, regionAt);
  return a !== undefined && a !== b;
}

/** "column" when a formula adds a range of its own column, "row" of its own row. */
function totalDirection(f: ParsedFormula, p: Position): "column" | "row" | undefined {
  for (const r of f.refs) {
    if (r.sheet !== undefined) continue;
    if (r.left === p.col && r.right === p.col && r.bottom > r.top) return "column";
    if (r.top === p.row && r.bottom === p.row && r.right > r.left) return "row";
  }
  return undefined;
}

/** The suspect aggregates a block of rows and columns where the region's ranges are single rows or columns: the corner's grand total. */
function cornerTotal(suspect: ParsedFormula, region: ParsedFormula): boolean {
  const block = (f: ParsedFormula) => f.refs.some((r) => r.sheet === undefined && !r.whole && r.bottom > r.top && r.right > r.left);
  return block(suspect) && !block(region);
}

/** The proposed formula reads no text cell of the sheet through a single-cell reference (a heading, a "TOTAL" column). */
function readsFiguresAt(grid: ReviewGrid, text: string, p: Position): boolean {
  const proposed = parseFormula(text, p.row, p.col);
  if (proposed.errors.length > 0) return false;
  return proposed.refs.every((r) => r.sheet !== undefined || r.top !== r.bottom || r.left !== r.right || grid.kind(r.top, r.left) !== CellKind.Text);
}

/** How many of a formula's references on its own sheet read a figure (a cell, or a range holding one). */
function figuresRead(grid: ReviewGrid, formula: ParsedFormula): number {
  let n = 0;
  for (const r of formula.refs) {
    if (r.sheet !== undefined || r.whole) continue;
    let figure = false;
    for (let row = r.top; row <= Math.min(r.bottom, grid.rows - 1) && !figure; row++) {
      for (let col = r.left; col <= Math.min(r.right, grid.cols - 1) && !figure; col++) figure = grid.isFigure(row, col);
    }
    if (figure) n++;
  }
  return n;
}

/** Two formulas that compute the same on made-up figures (`=E73*C73` and `=C73*E73`) are the same formula. */
function computesTheSame(a: string, b: string): boolean {
  for (const seed of [1, 2]) {
    const values = (r: number, c: number) => 1 + ((r * 7919 + c * 104729 + seed * 13) % 997) / 7;
    const x = evaluateFormula(a, values);
    const y = evaluateFormula(b, values);
    if (x === undefined || y === undefined || Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x))) return false;
  }
  return true;
}
