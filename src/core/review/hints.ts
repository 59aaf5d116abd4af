import { parse, tokenize } from "@borgar/fx";
import type { AstExpression } from "@borgar/fx";

/**
 * What a reader of khuyến công reports knows about a sheet, handed to the formula review to sharpen it.
 * Everything is optional: without hints the review works from the grid alone. Rows and columns are
 * 0-based. The reader of report layouts (src/core/reading) fills them (reading-hints.ts).
 */
export interface ReviewHints {
  tables: TableHint[];
}

export interface TableHint {
  /** The table's body: its first and last rows below the header band (a column-number row excluded), its columns. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The columns that hold figures (amounts, percentages, counts); the others are labels. */
  figureColumns?: number[];
  /** The grand-total row(s), above or below the items. */
  totalRows?: number[];
  /** Section rows carrying figures: each totals the items below it, up to the next section or total row. */
  subtotalRows?: number[];
  /** Section headings without figures, and "of which" rows, which no total adds. */
  sectionRows?: number[];
  ofWhichRows?: number[];
  /** The column-number row ("A | B | 1 | 2 | 3=1+2"), when the table has one. */
  columnNumberRow?: number;
  /** What a column computes from other columns of the same row: completion = actual / plan, cost = support + counterpart. */
  columnIdentities?: ColumnIdentity[];
}

/** A column computed from other columns of its row. */
export interface ColumnIdentity {
  column: number;
  expression: ColumnExpression;
  /** As the sheet states it ("3=1+2"), for messages; absent when the reader knows it from the header labels. */
  stated?: string;
}

export type ColumnExpression = { column: number } | { op: "+" | "-" | "*" | "/"; left: ColumnExpression; right: ColumnExpression };

/**
 * Reads an identity of a column-number row ("3=1+2", "4 = 3/2", "(5)=(3)-(4)") into a ColumnIdentity,
 * given the column each number labels. The right side is parsed as a formula (@borgar/fx), its numbers
 * taken for columns. Undefined when the text is no such identity or names a number no column carries.
 */
export function parseColumnIdentity(text: string, columnOfNumber: (n: number) => number | undefined): ColumnIdentity | undefined {
  const eq = text.indexOf("=");
  if (eq <= 0) return undefined;
  const target = Number(text.slice(0, eq).replace(/[()\s]/g, ""));
  const column = Number.isInteger(target) ? columnOfNumber(target) : undefined;
  if (column === undefined) return undefined;
  let tree: AstExpression;
  try {
    tree = parse(tokenize(`=${text.slice(eq + 1)}`, { mergeRefs: true, negativeNumbers: false }));
  } catch {
    return undefined;
  }
  const expression = expressionOf(tree, columnOfNumber);
  return expression ? { column, expression, stated: text.trim() } : undefined;
}

function expressionOf(node: AstExpression, columnOfNumber: (n: number) => number | undefined): ColumnExpression | undefined {
  if (node.type === "Literal" && typeof node.value === "number") {
    const column = Number.isInteger(node.value) ? columnOfNumber(node.value) : undefined;
    return column === undefined ? undefined : { column };
  }
  if (node.type === "BinaryExpression" && ["+", "-", "*", "/"].includes(node.operator) && node.arguments.length === 2) {
    const left = expressionOf(node.arguments[0], columnOfNumber);
    const right = expressionOf(node.arguments[1], columnOfNumber);
    return left && right ? { op: node.operator as "+" | "-" | "*" | "/", left, right } : undefined;
  }
  return undefined;
}

/** The columns an expression reads. */
export function expressionColumns(expression: ColumnExpression): number[] {
  return "column" in expression ? [expression.column] : [...expressionColumns(expression.left), ...expressionColumns(expression.right)];
}
