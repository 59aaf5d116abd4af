import { sharedFormulaAt } from "../formulas/shared-formula";
import { num } from "../validation/message";
import { a1 } from "../workbook/snapshot";
import { boxA1, parseFormula } from "./formula";
import { CellKind, ReviewGrid } from "./grid";
import { Axis, linesAlong, Position, stretches } from "./lines";
import { RegionOptions } from "./inconsistent";
import { SuspectSink } from "./suspect";

/**
 * Numbers typed where the region holds formulas. Along every row and column, the figures of a line
 * (typed numbers and formulas, bridging single blank cells) are looked at together: where the line's
 * formulas share one shape in at least `minRegion` cells, a typed number between them or right next to
 * them is a suspect, provided the region's formula moved to its cell reads figures there and the region
 * does not read the number itself (a seed value, an input).
 */
export function checkHardCoded(grid: ReviewGrid, sink: SuspectSink, options: RegionOptions): void {
  const isFigure = (r: number, c: number) => grid.isFigure(r, c);
  for (const axis of ["row", "column"] as Axis[]) {
    for (const line of linesAlong(grid, axis, isFigure)) {
      const formulas = line.filter((p) => grid.kind(p.row, p.col) === CellKind.Formula);
      const typed = line.filter((p) => grid.kind(p.row, p.col) === CellKind.Number);
      if (formulas.length < options.minRegion || typed.length === 0) continue;
      const counts = new Map<string, Position[]>();
      for (const p of formulas) {
        const shape = grid.formula(p.row, p.col)!.shape;
        counts.set(shape, [...(counts.get(shape) ?? []), p]);
      }
      const region = [...counts.values()].reduce((best, next) => (next.length > best.length ? next : best));
      if (region.length < options.minRegion || region.length < typed.length) continue;
      for (const p of typed) judgeTyped(grid, sink, p, region, axis);
    }
  }
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
  const own = proposed.refs.filter((r) => r.sheet === undefined && !r.whole);
  if (own.length === 0 || !own.some((r) => readsFigure(grid, r))) return;
  // The region reads this number: it is the formulas' input, not one of their results.
  for (const q of region) {
    const f = grid.formula(q.row, q.col)!;
    if (f.refs.some((r) => r.sheet === undefined && p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right)) return;
  }
  const confidence = region.length / (region.length + 1);
  const boxes = stretches(region);
  const value = grid.number(p.row, p.col)!;
  sink.add(
    "formula/hard-coded",
    p,
    { value: num(value, decimalsShown(value)), count: String(region.length), region: boxes.map(boxA1).join(", "), proposed: `=${proposedText}` },
    { region: boxes, proposed: `=${proposedText}`, confidence, found: value },
  );
}

function readsFigure(grid: ReviewGrid, r: { top: number; left: number; bottom: number; right: number }): boolean {
  for (let row = r.top; row <= Math.min(r.bottom, grid.rows - 1); row++) {
    for (let col = r.left; col <= Math.min(r.right, grid.cols - 1); col++) if (grid.isFigure(row, col)) return true;
  }
  return false;
}

function decimalsShown(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}
