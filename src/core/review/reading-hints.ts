import { readSheet } from "../reading/read-sheet";
import { ColumnIdentity as StatedIdentity, ReadColumn, ReadTable, SheetReading } from "../reading/types";
import { SheetSnapshot } from "../workbook/snapshot";
import { ColumnExpression, ColumnIdentity, ReviewHints, TableHint } from "./hints";

/**
 * Review hints of a sheet in any layout KC reads (undefined when it is no report): each table the
 * reading found with its total, section and "of which" rows, its column-number row and the identities
 * between its columns. For `kc review` and the review view, which read a sheet without the workbook's
 * corrections; `kc validate` hands the reading it already made to readingHints.
 */
export function reportHints(sheet: SheetSnapshot): ReviewHints | undefined {
  const reading = readSheet(sheet);
  return reading.status === "not-report" ? undefined : readingHints(reading, sheet);
}

/** The tables of a reading as review hints (tables with no figure column give none). */
export function readingHints(reading: SheetReading, sheet: SheetSnapshot): ReviewHints {
  return { tables: reading.tables.map((t) => tableHint(t, sheet)).filter((t) => t !== undefined) };
}

const isFigure = (c: ReadColumn) => c.role.kind === "amount" || c.role.kind === "percent" || c.role.kind === "count";

function tableHint(table: ReadTable, sheet: SheetSnapshot): TableHint | undefined {
  const figureColumns = table.columns.filter(isFigure).map((c) => c.col);
  const body = table.rows.filter((r) => r.kind !== "columnNumbers");
  if (figureColumns.length === 0 || body.length === 0) return undefined;
  // Hints sharpen the review (two cells make a region, a SUM leaving out an item is an error): only a table
  // read whole gives them, with its row labels and every column of figures placed.
  if (table.unreadColumns.length > 0 || !table.columns.some((c) => c.role.kind === "label")) return undefined;
  const summed = partsSummedByFormula(table, sheet, figureColumns);
  const rowsOf = (kind: string) => table.rows.filter((r) => r.kind === kind && !summed.parts.has(r.row)).map((r) => r.row);
  const hint: TableHint = {
    top: body[0].row,
    bottom: body[body.length - 1].row,
    left: table.left,
    right: table.right,
    figureColumns,
    totalRows: rowsOf("total"),
    subtotalRows: [...rowsOf("subtotal"), ...summed.parents],
    sectionRows: rowsOf("section"),
    ofWhichRows: rowsOf("ofWhich"),
    columnIdentities: [...table.identities.map(statedIdentity), ...labelledIdentities(table)],
  };
  if (table.columnNumberRow !== undefined) hint.columnNumberRow = table.columnNumberRow;
  return hint;
}

/** Rows of a sheet a formula refers to ("SUM(E14:E17)" → 13…16, 0-based); ranges spanning columns count by their rows. */
function referencedRows(formula: string): (row: number) => boolean {
  const spans: [number, number][] = [];
  for (const m of formula.matchAll(/\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?/g)) {
    const a = Number(m[1]) - 1;
    const b = m[2] !== undefined ? Number(m[2]) - 1 : a;
    spans.push([Math.min(a, b), Math.max(a, b)]);
  }
  return (row) => spans.some(([a, b]) => row >= a && row <= b);
}

/**
 * "Of which" rows are parts of their parent, which no total adds, unless the sheet's own formula says so
 * (L10: "Số sản phẩm … | =SUM(E9:E12)" over its "Tr.đó" rows): there the parent is a subtotal of those
 * rows and they are its items, so a SUM that leaves one out is found.
 */
function partsSummedByFormula(table: ReadTable, sheet: SheetSnapshot, figureColumns: number[]): { parts: Set<number>; parents: number[] } {
  const parts = new Set<number>();
  const parents = new Set<number>();
  const refersTo = new Map<number, (row: number) => boolean>();
  for (const row of table.rows) {
    if (row.kind !== "ofWhich" || row.parent === undefined) continue;
    let refers = refersTo.get(row.parent);
    if (!refers) {
      const formulas = figureColumns.map((c) => sheet.cell(row.parent!, c)?.formula).filter((f) => f !== undefined);
      const tests = formulas.map(referencedRows);
      refers = (r: number) => tests.some((t) => t(r));
      refersTo.set(row.parent, refers);
    }
    if (refers(row.row)) {
      parts.add(row.row);
      parents.add(row.parent);
    }
  }
  return { parts, parents: [...parents] };
}

/** "3=4+5" of the column-number row as the review's expression tree (left to right). */
function statedIdentity(id: StatedIdentity): ColumnIdentity {
  const term = (i: number): ColumnExpression => ({ column: id.operands[i] });
  let expression: ColumnExpression = term(0);
  for (let i = 1; i < id.operands.length; i++) {
    const op = id.op === "/" ? "/" : id.signs[i] < 0 ? "-" : "+";
    expression = { op, left: expression, right: term(i) };
  }
  return { column: id.target, expression, stated: id.text };
}

/**
 * What the headers say a column computes, where the column-number row does not state it already:
 * completion = actual / plan and total cost = support + counterpart, within one fund and period.
 */
function labelledIdentities(table: ReadTable): ColumnIdentity[] {
  const stated = new Set(table.identities.map((i) => i.target));
  const out: ColumnIdentity[] = [];
  const same = (a: ReadColumn, b: ReadColumn) => {
    const ra = a.role as { fund?: string; period?: { year?: number; months?: number } };
    const rb = b.role as { fund?: string; period?: { year?: number; months?: number } };
    return (ra.fund ?? "total") === (rb.fund ?? "total") && ra.period?.year === rb.period?.year && ra.period?.months === rb.period?.months;
  };
  const amount = (measure: string, like: ReadColumn) => table.columns.find((c) => c.role.kind === "amount" && c.role.measure === measure && same(c, like));
  for (const column of table.columns) {
    if (stated.has(column.col)) continue;
    if (column.role.kind === "percent" && column.role.measure === "completion") {
      const actual = amount("actual", column);
      const plan = amount("plan", column);
      if (actual && plan) out.push({ column: column.col, expression: { op: "/", left: { column: actual.col }, right: { column: plan.col } } });
    } else if (column.role.kind === "amount" && column.role.measure === "cost") {
      const support = amount("support", column);
      const counterpart = amount("counterpart", column);
      if (support && counterpart) out.push({ column: column.col, expression: { op: "+", left: { column: support.col }, right: { column: counterpart.col } } });
    }
  }
  return out;
}
