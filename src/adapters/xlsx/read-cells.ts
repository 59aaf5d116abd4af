import type { Cell as ExcelCell, CellValue as ExcelValue } from "exceljs";
import { Cell, cellOf, CellValue } from "../../core/workbook/snapshot";

// Excel's day 0 in the 1900 date system, as a JavaScript time.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function serialOfDate(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / 86400000;
}

/** A plain value of ExcelJS (a formula's result included) as a snapshot value. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isNaN(v) ? { error: "#ERROR!" } : v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialOfDate(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
    if ("text" in o) return plainValue(o.text);
    if ("result" in o) return plainValue(o.result);
  }
  return String(v);
}

/** The formula text of an ExcelJS cell, when it holds one (a shared one moved to the cell by ExcelJS). */
function formulaOf(value: ExcelValue, cell: Pick<ExcelCell, "formula">): string | undefined {
  if (typeof value !== "object" || value === null || value instanceof Date) return undefined;
  const o = value as unknown as Record<string, unknown>;
  if (typeof o.formula === "string") return o.formula;
  if (typeof o.sharedFormula === "string") return cell.formula ?? "";
  return undefined;
}

/**
 * An ExcelJS cell as a snapshot cell: its value (a formula's cached result), formula text, number format.
 * A formula's `value` from ExcelJS 4.4 drops a cached result that is 0, FALSE or "" (its copy keeps only
 * truthy fields), so the result is taken from the cell's own `result`.
 */
export function snapshotCell(cell: Pick<ExcelCell, "value" | "numFmt" | "result" | "formula">): Cell | undefined {
  const value: ExcelValue = cell.value;
  if (value === null || value === undefined) return undefined;
  const formula = formulaOf(value, cell);
  return cellOf(plainValue(formula === undefined ? value : cell.result), formula, cell.numFmt || undefined);
}

/** Reads one ExcelJS cell; merged cells other than their top-left one read as empty. */
export function snapshotOfExcelCell(cell: ExcelCell): Cell | undefined {
  if (cell.isMerged && cell.master !== cell) return undefined;
  return snapshotCell(cell);
}
