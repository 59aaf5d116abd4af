import { sharedFormulaAt } from "../formulas/shared-formula";
import { a1, columnLetter } from "../workbook/snapshot";
import { evaluateFormula } from "./evaluate";
import { CellKind, ReviewGrid } from "./grid";
import { ColumnExpression, ColumnIdentity, parseColumnIdentity, ReviewHints } from "./hints";
import { SuspectSink } from "./suspect";

/** Identities to judge and the rows they hold on. */
interface IdentityRows {
  identity: ColumnIdentity;
  rows: number[];
}

/**
 * The identities a table states for its columns ("3=1+2" in a column-number row, or completion =
 * actual / plan from the reader's labels), against the formulas of those columns. A formula is judged by
 * what it computes, not how it is written: it and the identity are evaluated on the same made-up figures
 * (so `=SUM(C5:D5)` computes "3=1+2" as well as `=C5+D5`); a completion in percentage points (×100)
 * is the same identity. Formulas the evaluator cannot follow are left alone.
 */
export function checkColumnIdentities(grid: ReviewGrid, sink: SuspectSink, hints?: ReviewHints): void {
  for (const { identity, rows } of [...hintedIdentities(hints), ...statedIdentities(grid)]) {
    const verdicts = rows.map((row) => ({ row, verdict: judgeRow(grid, identity, row) }));
    // The column's own way of writing the identity (IFERROR, ×100 for percentage points), moved to a breaking cell, is the fix.
    const model = verdicts.find((v) => v.verdict === "holds");
    for (const { row, verdict } of verdicts) {
      if (verdict !== "breaks") continue;
      const formula = grid.formula(row, identity.column)!;
      const found = `=${formula.text}`;
      const proposed = model
        ? `=${sharedFormulaAt(grid.formula(model.row, identity.column)!.text, a1(model.row, identity.column), a1(row, identity.column))}`
        : `=${expressionText(identity.expression, row)}`;
      sink.add(
        "formula/column-identity",
        { row, col: identity.column },
        { identity: identity.stated ?? describe(identity), found, proposed },
        { region: [{ top: row, bottom: row, left: identity.column, right: identity.column }], proposed, confidence: 0.95, found },
      );
    }
  }
}

/** Whether the formula of the identity's column at a row computes the identity; "skip" where there is nothing to judge. */
function judgeRow(grid: ReviewGrid, identity: ColumnIdentity, row: number): "holds" | "breaks" | "skip" {
  const formula = grid.formula(row, identity.column);
  if (!formula) return "skip";
  // A total adding its own column (=SUM(E9:E12)) follows an additive identity in value only.
  const ownColumn = formula.refs.length > 0 && formula.refs.every((ref) => ref.left === identity.column && ref.right === identity.column);
  if (ownColumn && isAdditive(identity.expression)) return "skip";
  const expected = expressionText(identity.expression, row);
  const trial = (seed: number) => {
    const values = (r: number, c: number) => 1 + ((r * 7919 + c * 104729 + seed * 13) % 997) / 7;
    return { actual: evaluateFormula(formula.text, values), wanted: evaluateFormula(expected, values) };
  };
  const results = [trial(1), trial(2)];
  if (results.some((t) => t.actual === undefined || t.wanted === undefined)) return "skip";
  const same = (factor: number) => results.every((t) => Math.abs(t.actual! - factor * t.wanted!) <= 1e-9 * Math.max(1, Math.abs(t.actual!)));
  return same(1) || (isRatio(identity.expression) && same(100)) ? "holds" : "breaks";
}

function hintedIdentities(hints: ReviewHints | undefined): IdentityRows[] {
  const result: IdentityRows[] = [];
  for (const table of hints?.tables ?? []) {
    const skipped = new Set([...(table.sectionRows ?? []), ...(table.ofWhichRows ?? [])]);
    // A total row may add its column (=SUM(G10:G20)) where the items add their columns: an additive identity holds there in value only.
    const totals = new Set([...(table.totalRows ?? []), ...(table.subtotalRows ?? [])]);
    for (const identity of table.columnIdentities ?? []) {
      const rows: number[] = [];
      for (let r = table.top; r <= table.bottom; r++) {
        if (skipped.has(r) || r === table.columnNumberRow || (totals.has(r) && isAdditive(identity.expression))) continue;
        rows.push(r);
      }
      result.push({ identity, rows });
    }
  }
  return result;
}

/** Cells of a column-number row: letters, small whole numbers ("1", "(2)") and identities ("3=1+2"). */
type NumberRowCell = { kind: "letter" } | { kind: "number"; n: number } | { kind: "identity"; text: string; n: number };

function numberRowCell(grid: ReviewGrid, row: number, col: number): NumberRowCell | undefined {
  const k = grid.kind(row, col);
  if (k === CellKind.Number) {
    const n = grid.number(row, col)!;
    return Number.isInteger(n) && n > 0 && n < 100 ? { kind: "number", n } : undefined;
  }
  const text = grid.text(row, col);
  if (text === undefined) return undefined;
  const bare = text.replace(/[()\s]/g, "");
  if (bare.length === 1 && bare >= "A" && bare <= "Z") return { kind: "letter" };
  const eq = bare.indexOf("=");
  const head = Number(eq < 0 ? bare : bare.slice(0, eq));
  if (!Number.isInteger(head) || head <= 0 || head >= 100) return undefined;
  return eq < 0 ? { kind: "number", n: head } : { kind: "identity", text, n: head };
}

/** Column-number rows found on the grid, and their identities over the rows below, down to the first blank row. */
function statedIdentities(grid: ReviewGrid): IdentityRows[] {
  const result: IdentityRows[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const cells = new Map<number, NumberRowCell>();
    let other = false;
    for (let c = 0; c < grid.cols && !other; c++) {
      if (grid.isBlank(r, c)) continue;
      const cell = numberRowCell(grid, r, c);
      if (cell) cells.set(c, cell);
      else other = true;
    }
    const identities = [...cells].filter(([, cell]) => cell.kind === "identity");
    if (other || cells.size < 3 || identities.length === 0) continue;
    const columnOf = new Map<number, number>();
    for (const [c, cell] of cells) if (cell.kind !== "letter") columnOf.set(cell.n, c);
    const rows = bodyBelow(grid, r, [...cells.keys()]);
    for (const [, cell] of identities) {
      if (cell.kind !== "identity") continue;
      const identity = parseColumnIdentity(cell.text, (n) => columnOf.get(n));
      if (identity) result.push({ identity, rows });
    }
  }
  return result;
}

function bodyBelow(grid: ReviewGrid, row: number, columns: number[]): number[] {
  const rows: number[] = [];
  for (let r = row + 1; r < grid.rows; r++) {
    if (columns.every((c) => grid.isBlank(r, c))) break;
    rows.push(r);
  }
  return rows;
}

/** The identity written as a formula of one row ("C5+D5"); inner operations in parentheses. */
function expressionText(expression: ColumnExpression, row: number, inner = false): string {
  if ("column" in expression) return a1(row, expression.column);
  const text = `${expressionText(expression.left, row, true)}${expression.op}${expressionText(expression.right, row, true)}`;
  return inner ? `(${text})` : text;
}

function isAdditive(expression: ColumnExpression): boolean {
  return "column" in expression || ((expression.op === "+" || expression.op === "-") && isAdditive(expression.left) && isAdditive(expression.right));
}

function isRatio(expression: ColumnExpression): boolean {
  return !("column" in expression) && expression.op === "/";
}

function describe(identity: ColumnIdentity): string {
  const text = (e: ColumnExpression): string => ("column" in e ? columnLetter(e.column) : `${text(e.left)} ${e.op} ${text(e.right)}`);
  return `${columnLetter(identity.column)} = ${text(identity.expression)}`;
}
