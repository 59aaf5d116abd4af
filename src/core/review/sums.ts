import type { AstExpression } from "@borgar/fx";
import { a1 } from "../workbook/snapshot";
import { referenceBox } from "./evaluate";
import { addedCells, boxA1, CellBox, formulaTree } from "./formula";
import { CellKind, ReviewGrid } from "./grid";
import { ReviewHints, TableHint } from "./hints";
import { SuspectSink } from "./suspect";

/** A SUM over one column or one row of the formula's own sheet. */
interface LineSum {
  row: number;
  col: number;
  box: CellBox;
  vertical: boolean;
}

/**
 * SUM ranges: a SUM that adds a subtotal together with the items it totals (or a total row inside the
 * grand total's range), and a SUM whose range stops short of the block of figures it totals. Inside a
 * table a reader knows, the block is the table's items (or its section's), else it is the run of
 * figures next to the range, bounded by a heading or a blank.
 */
export function checkSums(grid: ReviewGrid, sink: SuspectSink, hints?: ReviewHints): void {
  for (const { row, col, formula } of grid.formulaCells) {
    if (!formula.functions.includes("SUM")) continue;
    const tree = formulaTree(formula.text);
    if (!tree) continue;
    const boxes = sumBoxes(tree);
    for (const box of boxes) checkDoubleCount(grid, sink, row, col, box);
    const only = topLevelSum(tree);
    if (only && boxes.length === 1) {
      const box = boxes[0];
      // Only sums down a column: the rows of a block are items of one kind, while the columns beside a
      // row's range are as often other measures (receipts beside issues) as forgotten ones.
      if (box.left === box.right) {
        checkOmitted(grid, sink, { row, col, box, vertical: true }, tableAt(hints, row, col));
        if (!sink.has(row, col)) checkCoveredBlanks(grid, sink, { row, col, box, vertical: true });
      }
    }
  }
}

/** The same-sheet ranges a formula's SUM calls add. */
function sumBoxes(node: AstExpression): CellBox[] {
  const boxes: CellBox[] = [];
  const visit = (n: AstExpression) => {
    if (n.type === "CallExpression") {
      if (n.callee.name.toUpperCase() === "SUM") {
        for (const arg of n.arguments) {
          const box = arg.type === "ReferenceIdentifier" ? referenceBox(arg.value) : undefined;
          if (box) boxes.push(box);
          else visit(arg);
        }
      } else n.arguments.forEach(visit);
    } else if (n.type === "BinaryExpression" || n.type === "UnaryExpression") n.arguments.forEach(visit);
  };
  visit(node);
  return boxes;
}

/** The formula is one SUM call and nothing else (a total), so its range is what the cell totals. */
function topLevelSum(node: AstExpression): boolean {
  return node.type === "CallExpression" && node.callee.name.toUpperCase() === "SUM";
}

function checkDoubleCount(grid: ReviewGrid, sink: SuspectSink, row: number, col: number, box: CellBox): void {
  const subtotals: { row: number; col: number }[] = [];
  for (let r = box.top; r <= Math.min(box.bottom, grid.rows - 1); r++) {
    for (let c = box.left; c <= Math.min(box.right, grid.cols - 1); c++) {
      if ((r === row && c === col) || grid.kind(r, c) !== CellKind.Formula) continue;
      const added = addedCells(grid.formula(r, c)!);
      if (!added) continue;
      const overlaps = added.some((b) => b.sheet === undefined && overlapsOutside(b, box, r, c));
      if (overlaps) subtotals.push({ row: r, col: c });
    }
  }
  if (subtotals.length === 0) return;
  const found = grid.formula(row, col)!;
  const cells = subtotals.map((s) => a1(s.row, s.col));
  sink.add(
    "formula/sum-double-counts",
    { row, col },
    { found: `=${found.text}`, subtotals: cells.join(", ") },
    { region: [box, ...subtotals.map((s) => ({ top: s.row, left: s.col, bottom: s.row, right: s.col }))], confidence: 0.95, found: `=${found.text}` },
  );
}

/** Whether `inner` covers a cell of `outer` other than (row, col). */
function overlapsOutside(inner: CellBox, outer: CellBox, row: number, col: number): boolean {
  const top = Math.max(inner.top, outer.top);
  const bottom = Math.min(inner.bottom, outer.bottom);
  const left = Math.max(inner.left, outer.left);
  const right = Math.min(inner.right, outer.right);
  if (top > bottom || left > right) return false;
  return !(top === bottom && left === right && top === row && left === col);
}

function tableAt(hints: ReviewHints | undefined, row: number, col: number): TableHint | undefined {
  return hints?.tables.find((t) => row >= t.top && row <= t.bottom && col >= t.left && col <= t.right);
}

/** The most rows a bare-grid block may extend beyond a range for the SUM to be called short (beyond that it is a partial sum by design). */
const MAX_OMITTED = 2;

function checkOmitted(grid: ReviewGrid, sink: SuspectSink, sum: LineSum, table: TableHint | undefined): void {
  const { box, vertical } = sum;
  // Walk along the summed line: position i on it is (row, col) of the i-th cell.
  const at = (i: number) => (vertical ? { row: i, col: box.left } : { row: box.top, col: i });
  const start = vertical ? box.top : box.left;
  const end = vertical ? box.bottom : box.right;
  const self = vertical ? sum.row : sum.col;
  const sameLine = vertical ? sum.col === box.left : sum.row === box.top;
  if (!sameLine) return;
  const likeItems = itemKind(grid, box);
  if (!likeItems) return;
  const isItem = (i: number) => {
    const p = at(i);
    if (!grid.isFigure(p.row, p.col) || isTotalLike(grid, p.row, p.col)) return false;
    if (table) return isTableItem(table, vertical ? p.row : p.col, vertical);
    return likeItems(p.row, p.col) && !isCountingCell(grid, p.row, p.col, vertical) && !isTotalRow(grid, p.row, p.col);
  };
  // On a bare grid, a blank cell of a row holding figures elsewhere is a row of the block too (an item
  // spread over several rows): the walk goes on past it, and the items beyond count toward the block.
  const continues = (i: number) => {
    const p = at(i);
    return !table && vertical && grid.isBlank(p.row, p.col) && grid.rowHasFigure(p.row);
  };
  const missing: number[] = [];
  let beyond = 0;
  const walk = (from: number, step: number, stop: number) => {
    let adjacent = true;
    for (let i = from; step > 0 ? i < stop : i > stop; i += step) {
      if (isItem(i)) {
        if (adjacent) missing.push(i);
        else beyond++;
      } else if (continues(i)) adjacent = false;
      else break;
    }
  };
  if (self > end) {
    // A total below (or right of) its range: figures between the range and the total, and just before the range.
    walk(end + 1, 1, self);
    walk(start - 1, -1, -1);
  } else if (self < start) {
    // A total above its items (khuyến công layouts often put it first).
    walk(start - 1, -1, self);
    walk(end + 1, 1, vertical ? grid.rows : grid.cols);
  } else return;
  if (missing.length === 0 || (!table && missing.length + beyond > MAX_OMITTED)) return;
  const lo = Math.min(start, ...missing);
  const hi = Math.max(end, ...missing);
  const fixed: CellBox = vertical ? { top: lo, bottom: hi, left: box.left, right: box.left } : { top: box.top, bottom: box.top, left: lo, right: hi };
  const found = grid.formula(sum.row, sum.col)!;
  const proposed = `=SUM(${boxA1(fixed)})`;
  const cells = missing.sort((x, y) => x - y).map((i) => a1(at(i).row, at(i).col));
  sink.add(
    "formula/sum-omits-rows",
    { row: sum.row, col: sum.col },
    { found: `=${found.text}`, missing: cells.join(", "), proposed },
    { region: [fixed], proposed, confidence: table ? 0.95 : 0.8, found: `=${found.text}`, ...(table ? { severity: "error" as const } : {}) },
  );
}

function isTableItem(table: TableHint, index: number, vertical: boolean): boolean {
  if (!vertical) return index >= table.left && index <= table.right && (table.figureColumns?.includes(index) ?? true);
  if (index < table.top || index > table.bottom) return false;
  const excluded = [...(table.totalRows ?? []), ...(table.subtotalRows ?? []), ...(table.sectionRows ?? []), ...(table.ofWhichRows ?? [])];
  return !excluded.includes(index) && index !== table.columnNumberRow;
}

/** A cell that totals others (a SUM), so leaving it out of a range is right. */
function isTotalLike(grid: ReviewGrid, row: number, col: number): boolean {
  const f = grid.formula(row, col);
  return f !== undefined && f.functions.includes("SUM");
}

/**
 * What the items of a range are: typed numbers, or formulas (then cells beyond the range must be
 * formulas too, of the items' most common shape). Undefined for a range without figures.
 */
function itemKind(grid: ReviewGrid, box: CellBox): ((row: number, col: number) => boolean) | undefined {
  let typed = 0;
  const shapes = new Map<string, number>();
  for (let r = box.top; r <= Math.min(box.bottom, grid.rows - 1); r++) {
    for (let c = box.left; c <= box.right; c++) {
      const k = grid.kind(r, c);
      if (k === CellKind.Number) typed++;
      else if (k === CellKind.Formula && grid.isFigure(r, c)) {
        const shape = grid.formula(r, c)!.shape;
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      }
    }
  }
  const formulas = [...shapes.values()].reduce((n, x) => n + x, 0);
  if (typed + formulas === 0) return undefined;
  if (typed >= formulas) return (r, c) => grid.kind(r, c) === CellKind.Number;
  const [shape] = [...shapes].reduce((best, next) => (next[1] > best[1] ? next : best));
  return (r, c) => grid.formula(r, c)?.shape === shape;
}

/**
 * Words of a row label (Vietnamese and English) that make the row no item of a total: a total itself,
 * or a rate, a share, an average.
 */
const NOT_ITEM_WORDS = ["total", "tổng", "cộng", "subtotal", "sum", "rate", "ratio", "percent", "%", "average", "tỷ lệ", "tỉ lệ", "bình quân", "trung bình"];

/** The row's label (its first text left of the column) names a total or a rate. */
export function isTotalRow(grid: ReviewGrid, row: number, col: number): boolean {
  for (let c = 0; c < col; c++) {
    const text = grid.text(row, c)?.toLowerCase().normalize("NFC");
    if (text) return NOT_ITEM_WORDS.some((w) => text.includes(w));
  }
  return false;
}

/**
 * A cell of a header row that counts across the table (column numbers "1 | 2 | 3", years "1993 |
 * 1994"): a whole number whose neighbour across the table is one less or one more.
 */
export function isCountingCell(grid: ReviewGrid, row: number, col: number, vertical: boolean): boolean {
  const n = grid.kind(row, col) === CellKind.Number ? grid.number(row, col) : undefined;
  if (n === undefined || !Number.isInteger(n)) return false;
  const [dr, dc] = vertical ? [0, 1] : [1, 0];
  // The nearest numbers across the table, a few cells away at most (account numbers under spaced headings).
  for (const sign of [-1, 1]) {
    for (let k = 1; k <= 4; k++) {
      const other = grid.kind(row + sign * k * dr, col + sign * k * dc) === CellKind.Number ? grid.number(row + sign * k * dr, col + sign * k * dc) : undefined;
      if (other === undefined) continue;
      if (other === n + sign) return true;
      break;
    }
  }
  return false;
}

/**
 * A SUM down a column whose range covers rows that hold no figure in that column: blank spacer rows or
 * heading rows between sections. Harmless today, but a figure typed there later (or a year in a
 * heading) joins the total unseen.
 */
function checkCoveredBlanks(grid: ReviewGrid, sink: SuspectSink, sum: LineSum): void {
  const { box } = sum;
  const empty: number[] = [];
  let figures = 0;
  for (let r = box.top; r <= box.bottom; r++) {
    if (grid.isFigure(r, box.left)) figures++;
    // A row without a figure anywhere: a spacer or a heading, not an item whose figure is missing.
    else if (!grid.rowHasFigure(r)) empty.push(r);
  }
  // Only a range that reaches past its items: its first or last row is such a row.
  if (empty.length === 0 || figures < 2 || (!empty.includes(box.top) && !empty.includes(box.bottom))) return;
  const found = grid.formula(sum.row, sum.col)!;
  const cells = empty.map((r) => a1(r, box.left));
  sink.add(
    "formula/sum-covers-blanks",
    { row: sum.row, col: sum.col },
    { found: `=${found.text}`, cells: cells.length > 6 ? `${cells.slice(0, 6).join(", ")}, …` : cells.join(", ") },
    { region: [box], confidence: 0.4, found: `=${found.text}` },
  );
}
