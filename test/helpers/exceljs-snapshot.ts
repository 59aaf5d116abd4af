import ExcelJS from "exceljs";
import { Cell, cellOf, CellValue, GridSheet, MergeRange, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { parseRangeRef } from "../../src/core/workbook/merges";

/**
 * A second reader of .xlsx files, ExcelJS's in-memory one, as tests' reference: KC's package reader
 * must read what ExcelJS reads on the files ExcelJS understands (another producer's view, so neither
 * library is trusted alone). Merged cells other than the top-left one read as empty, as in KC.
 */
export async function exceljsSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { sheets: workbook.worksheets.map(sheetOf) };
}

// Excel's day 0 in the 1900 date system, as a JavaScript time.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isNaN(v) ? { error: "#ERROR!" } : v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
    if ("text" in o) return plainValue(o.text);
    if ("result" in o) return plainValue(o.result);
  }
  return String(v);
}

/** ExcelJS 4.4's formula value drops a cached result that is 0, FALSE or "": the result is the cell's own. */
function cellOfExcel(cell: ExcelJS.Cell): Cell | undefined {
  if (cell.isMerged && cell.master !== cell) return undefined;
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  let formula: string | undefined;
  if (typeof value === "object" && !(value instanceof Date)) {
    const o = value as unknown as Record<string, unknown>;
    if (typeof o.formula === "string") formula = o.formula;
    else if (typeof o.sharedFormula === "string") formula = cell.formula ?? "";
  }
  return cellOf(plainValue(formula === undefined ? value : cell.result), formula, cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined);
}

function sheetOf(ws: ExcelJS.Worksheet): GridSheet {
  const rows: (Cell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = cellOfExcel(cell);
    });
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRangeRef).filter((m): m is MergeRange => m !== undefined);
  return new GridSheet(ws.name, rows, merges);
}
