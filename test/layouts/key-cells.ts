import { columnLetter } from "../../src/core/workbook/snapshot";
import { ColumnKey, RowKind, TableKey, WorkbookKey } from "./key";
import { CorpusSheet, CorpusWorkbook, rangeBounds, sheetNamed } from "./workbook/corpus-workbook";

/**
 * Reading a key against its workbook: the tables of every sheet, their rows by kind and their columns by
 * role. Used by the plants (to find where an error can go) and by the corpus's own tests.
 */

export interface KeyedTable {
  sheet: CorpusSheet;
  index: number;
  table: TableKey;
  bounds: { top: number; left: number; bottom: number; right: number };
}

export function keyedTables(workbook: CorpusWorkbook, key: WorkbookKey): KeyedTable[] {
  const out: KeyedTable[] = [];
  for (const [name, sheetKey] of Object.entries(key.sheets)) {
    const sheet = sheetNamed(workbook, name);
    sheetKey.tables.forEach((table, index) => out.push({ sheet, index, table, bounds: rangeBounds(table.range) }));
  }
  return out;
}

/** The kind of a row of the table below its header band. */
export function rowKind(t: KeyedTable, row: number): RowKind {
  return t.table.rows[row] ?? "data";
}

/** The rows below the header band, in order. */
export function bodyRows(t: KeyedTable): number[] {
  const first = Math.max(...t.table.headerRows) + 1;
  const out: number[] = [];
  for (let r = first; r <= t.bounds.bottom; r++) out.push(r);
  return out;
}

export function rowsOfKind(t: KeyedTable, ...kinds: RowKind[]): number[] {
  return bodyRows(t).filter((r) => kinds.includes(rowKind(t, r)));
}

/** Columns whose role matches, by letter, in column order. */
export function columnsWhere(t: KeyedTable, match: (c: ColumnKey) => boolean): string[] {
  const out: string[] = [];
  for (let c = t.bounds.left; c <= t.bounds.right; c++) {
    const letter = columnLetter(c - 1);
    const role = t.table.columns[letter];
    if (role && match(role)) out.push(letter);
  }
  return out;
}

export function isFigure(c: ColumnKey): boolean {
  return c.kind === "amount" || c.kind === "count" || c.kind === "percent";
}

/** The activity code of a row: its activity column, else the nearest section above it that names one. */
export function activityOfRow(t: KeyedTable, row: number): string | undefined {
  const column = columnsWhere(t, (c) => c.kind === "activity")[0];
  if (column) {
    const v = t.sheet.get(`${column}${row}`)?.value;
    if (typeof v === "string") return v;
  }
  const sections = Object.keys(t.table.sectionActivities ?? {})
    .map(Number)
    .filter((r) => r < row)
    .sort((a, b) => b - a);
  return sections.length > 0 ? t.table.sectionActivities![sections[0]] : undefined;
}

/** The column letter each label of the column-number row stands over ("3" → "F"). */
export function columnNumbers(t: KeyedTable): Map<string, string> {
  const row = rowsOfKind(t, "columnNumbers")[0];
  const out = new Map<string, string>();
  if (row === undefined) return out;
  for (let c = t.bounds.left; c <= t.bounds.right; c++) {
    const letter = columnLetter(c - 1);
    const v = t.sheet.get(`${letter}${row}`)?.value;
    if (v === undefined || v === null) continue;
    out.set(String(v).split("=")[0].trim(), letter);
  }
  return out;
}

/** "3=4+5" → { left: "3", right: ["4", "5"], op: "+" }; "4=3/2" → { left: "4", right: ["3", "2"], op: "/" }. */
export function parseIdentity(identity: string): { left: string; right: string[]; op: "+" | "/" } {
  const [left, right] = identity.split("=").map((s) => s.trim());
  if (right.includes("/")) return { left, right: right.split("/").map((s) => s.trim()), op: "/" };
  return { left, right: right.split("+").map((s) => s.trim()), op: "+" };
}
