import { a1 } from "../workbook/snapshot";
import { boxA1, FormulaReference, ParsedFormula } from "./formula";
import { ReviewGrid } from "./grid";
import { ReviewHints, TableHint } from "./hints";
import { SuspectSink } from "./suspect";

/**
 * References: a formula holding #REF! (a deleted cell), an operand pointing at an empty cell of a row or
 * column without figures, and, inside a known table, a range of a figure column that reaches out of the
 * table's body (into its header band, or below its last row).
 */
export function checkReferences(grid: ReviewGrid, sink: SuspectSink, hints?: ReviewHints): void {
  for (const { row, col, formula } of grid.formulaCells) {
    const found = `=${formula.text}`;
    if (formula.errors.includes("#REF!")) {
      sink.add("formula/ref-deleted", { row, col }, { found }, { region: [], confidence: 1, found });
      continue;
    }
    const target = emptyOperand(grid, formula);
    if (target) sink.add("formula/ref-empty", { row, col }, { found, target: a1(target.top, target.left) }, { region: [target], confidence: 0.75, found });
    const table = hints?.tables.find((t) => row >= t.top && row <= t.bottom && col >= t.left && col <= t.right);
    if (table && (table.figureColumns?.includes(col) ?? true)) checkInsideTable(sink, row, col, formula, table);
  }
}

/**
 * A cell reference used directly in arithmetic (not inside a function such as SUM, which passes over
 * blanks by design) that points at an empty cell of a row or column holding no figure at all (a
 * spacer row, a heading, an empty column), while another operand reads a figure: a reference that
 * slipped off its table.
 */
function emptyOperand(grid: ReviewGrid, formula: ParsedFormula): FormulaReference | undefined {
  const operands = formula.refs.filter((ref) => !insideCall(formula, ref.token) && ref.sheet === undefined && !ref.outside && !ref.whole);
  const single = operands.filter((ref) => ref.top === ref.bottom && ref.left === ref.right);
  const empty = single.find((ref) => grid.value(ref.top, ref.left) === undefined && (!grid.rowHasFigure(ref.top) || !grid.colHasFigure(ref.left)));
  if (!empty) return undefined;
  return operands.some((ref) => ref !== empty && grid.isFigure(ref.top, ref.left)) ? empty : undefined;
}

/** The token sits inside the parentheses of a function call. */
function insideCall(formula: ParsedFormula, token: number): boolean {
  let depth = 0;
  const calls: boolean[] = [];
  for (let i = 0; i < token; i++) {
    const kind = formula.tokenKinds[i];
    const text = formula.shapeTokens[i];
    if (kind === "func") {
      calls.push(true);
      i++; // its "("
      depth++;
    } else if (text === "(") {
      calls.push(false);
      depth++;
    } else if (text === ")") {
      calls.pop();
      depth--;
    }
  }
  return depth > 0 && calls.includes(true);
}

function checkInsideTable(sink: SuspectSink, row: number, col: number, formula: ParsedFormula, table: TableHint): void {
  const found = `=${formula.text}`;
  const slipped = formula.refs.find((ref) => ref.sheet === undefined && !ref.outside && !ref.whole && slipsOut(ref, table));
  if (!slipped) return;
  const tableBox = { top: table.top, left: table.left, bottom: table.bottom, right: table.right };
  // The part of the range beyond the table: the rows above its body, or below.
  const outside = slipped.top < table.top ? { ...slipped, bottom: table.top - 1 } : { ...slipped, top: table.bottom + 1 };
  sink.add(
    "formula/ref-outside-table",
    { row, col },
    { found, target: boxA1(outside), table: boxA1(tableBox) },
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
