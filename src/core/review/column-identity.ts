import { sharedFormulaAt } from "../formulas/shared-formula";
import { a1, columnLetter } from "../workbook/snapshot";
import { evaluateFormula } from "./evaluate";
import { boxA1, singleSumRange } from "./formula";
import { ReviewGrid } from "./grid";
import { ColumnExpression, ColumnIdentity, ReviewHints } from "./hints";
import { SuspectSink } from "./suspect";

/** Identities to judge and the rows they hold on. */
interface IdentityRows {
  identity: ColumnIdentity;
  rows: number[];
}

/**
 * The identities a table states for its columns ("3=1+2" in a column-number row, found on the grid by
 * statedTables, or completion = actual / plan from a reader's labels), against the formulas of those columns. A formula is judged by
 * what it computes, not how it is written: it and the identity are evaluated on the same made-up figures
 * (so `=SUM(C5:D5)` computes "3=1+2" as well as `=C5+D5`); a completion in percentage points (×100)
 * is the same identity. Formulas the evaluator cannot follow are left alone.
 */
export function checkColumnIdentities(grid: ReviewGrid, sink: SuspectSink, hints?: ReviewHints): void {
  for (const { identity, rows } of hintedIdentities(hints)) {
    // A formula's verdict depends on its relative shape only: rows filled from one formula are judged once.
    const byShape = new Map<string, Verdict>();
    const verdictAt = (row: number): Verdict => {
      const shape = grid.formula(row, identity.column)?.shape;
      if (shape === undefined) return "skip";
      let verdict = byShape.get(shape);
      if (verdict === undefined) byShape.set(shape, (verdict = judgeRow(grid, identity, row)));
      return verdict;
    };
    const verdicts = rows.map((row) => ({ row, verdict: verdictAt(row) }));
    // The column's own way of writing the identity (IFERROR, ×100 for percentage points), moved to a breaking cell, is the fix.
    const model = verdicts.find((v) => v.verdict === "holds");
    for (const { row, verdict } of verdicts) {
      if (verdict !== "breaks") continue;
      const formula = grid.formula(row, identity.column)!;
      const found = `=${formula.text}`;
      // A column total that adds another column (=SUM(D12:D31) in column C): the fix is the same total of its own column.
      const total = singleSumRange(formula);
      const proposed =
        total && total.left === total.right && total.bottom > total.top
          ? `=SUM(${boxA1({ ...total, left: identity.column, right: identity.column })})`
          : model
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
type Verdict = "holds" | "breaks" | "skip";

function judgeRow(grid: ReviewGrid, identity: ColumnIdentity, row: number): Verdict {
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
    const rows: number[] = [];
    for (let r = table.top; r <= table.bottom; r++) if (!skipped.has(r) && r !== table.columnNumberRow) rows.push(r);
    for (const identity of table.columnIdentities ?? []) result.push({ identity, rows });
  }
  return result;
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
