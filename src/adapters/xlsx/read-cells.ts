import type { Cell as ExcelCell, CellValue as ExcelValue } from "exceljs";
import { Cell, CellValue } from "../../core/workbook/snapshot";

// Excel's day 0 in the 1900 date system, as a JavaScript time.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function serialOfDate(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / 86400000;
}

/** A plain value of ExcelJS (a formula's result included) as a snapshot value. */
function plainValue(v: unknown): CellValue {
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

/** An ExcelJS cell as a snapshot cell: its value (a formula's cached result), formula text, number format. */
export function snapshotCell(value: ExcelValue, numFmt: string | undefined): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  const cell: Cell = { value: plainValue(value) };
  if (typeof value === "object" && !(value instanceof Date)) {
    const o = value as unknown as Record<string, unknown>;
    if (typeof o.formula === "string") cell.formula = o.formula;
    else if (typeof o.sharedFormula === "string") cell.formula = `(shared ${o.sharedFormula})`;
    if (cell.formula !== undefined && !("result" in o)) cell.value = null;
  }
  if (numFmt) cell.format = numFmt;
  return cell;
}

/** Reads one ExcelJS cell; merged cells other than their top-left one read as empty. */
export function snapshotOfExcelCell(cell: ExcelCell): Cell | undefined {
  if (cell.isMerged && cell.master !== cell) return undefined;
  return snapshotCell(cell.value, cell.numFmt);
}
