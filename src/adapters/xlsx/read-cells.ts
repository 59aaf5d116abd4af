import type { Cell as ExcelCell, CellValue as ExcelValue, Row as ExcelRow } from "exceljs";
import { Cell, CellValue, SheetSnapshot } from "../../core/workbook/snapshot";

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

/** The formula text of an ExcelJS value, when it is a formula (a shared one named by its master cell). */
function formulaOf(value: ExcelValue): string | undefined {
  if (typeof value !== "object" || value === null || value instanceof Date) return undefined;
  const o = value as unknown as Record<string, unknown>;
  if (typeof o.formula === "string") return o.formula;
  if (typeof o.sharedFormula === "string") return `(shared ${o.sharedFormula})`;
  return undefined;
}

/** A snapshot cell from its parts; each shape is built whole, so no cell needs a second object for a field added later. */
function cellOf(value: CellValue, formula: string | undefined, format: string | undefined): Cell {
  if (formula !== undefined) return format ? { value, formula, format } : { value, formula };
  return format ? { value, format } : { value };
}

/**
 * An ExcelJS cell as a snapshot cell: its value (a formula's cached result), formula text, number format.
 * A formula's `value` from ExcelJS 4.4 drops a cached result that is 0, FALSE or "" (its copy keeps only
 * truthy fields), so the result is taken from the cell's own `result`.
 */
export function snapshotCell(cell: Pick<ExcelCell, "value" | "numFmt" | "result">): Cell | undefined {
  const value: ExcelValue = cell.value;
  if (value === null || value === undefined) return undefined;
  const formula = formulaOf(value);
  return cellOf(plainValue(formula === undefined ? value : cell.result), formula, cell.numFmt || undefined);
}

/** Excel's largest column count: a cell's key in a sheet-wide map is row × this + column. */
const MAX_COLUMNS = 16384;

/**
 * A sheet as the streaming reader keeps it: each row holds its cells' values and number formats in
 * arrays (formulas, rare, in a map), and a cell's snapshot Cell is made when asked. A sheet of many
 * thousand rows then costs a few arrays per row rather than an object per cell, which keeps the
 * garbage collector's work near that of a plain read.
 */
export interface CompactSheetData {
  name: string;
  rowCount: number;
  colCount: number;
  values: (CellValue | undefined)[][];
  formats: ((string | undefined)[] | undefined)[];
  formulas: Map<number, string>;
}

export class CompactSheet implements SheetSnapshot {
  rowCount = 0;
  colCount = 0;
  /** Per row, per column: the value, null for a formula without a cached result, undefined for no cell. */
  private readonly values: (CellValue | undefined)[][] = [];
  private readonly formats: ((string | undefined)[] | undefined)[] = [];
  private readonly formulas = new Map<number, string>();

  constructor(readonly name: string) {}

  /** The sheet as plain data, for postMessage (structured clone) from a parsing worker. */
  toData(): CompactSheetData {
    return { name: this.name, rowCount: this.rowCount, colCount: this.colCount, values: this.values, formats: this.formats, formulas: this.formulas };
  }

  /** Takes in rows sent as data (a part of this sheet: rows keep their numbers). */
  absorb(data: CompactSheetData): void {
    data.values.forEach((row, r) => (this.values[r] = row));
    data.formats.forEach((row, r) => (this.formats[r] = row));
    for (const [key, formula] of data.formulas) this.formulas.set(key, formula);
    this.rowCount = Math.max(this.rowCount, data.rowCount);
    this.colCount = Math.max(this.colCount, data.colCount);
  }

  /** Adds an ExcelJS row, its cells as snapshotCell reads them. */
  addRow(row: ExcelRow): void {
    const r = row.number - 1;
    const values: (CellValue | undefined)[] = [];
    let formats: (string | undefined)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      const value: ExcelValue = cell.value;
      if (value === null || value === undefined) {
        values[c] = undefined;
        return;
      }
      const formula = formulaOf(value);
      values[c] = plainValue(formula === undefined ? value : cell.result);
      if (formula !== undefined) this.formulas.set(r * MAX_COLUMNS + c, formula);
      const format = cell.numFmt;
      if (format) (formats ??= [])[c] = format;
    });
    this.values[r] = values;
    this.formats[r] = formats;
    this.rowCount = Math.max(this.rowCount, r + 1);
    this.colCount = Math.max(this.colCount, values.length);
  }

  cell(row: number, col: number): Cell | undefined {
    const value = this.values[row]?.[col];
    if (value === undefined) return undefined;
    const formula = this.formulas.size > 0 ? this.formulas.get(row * MAX_COLUMNS + col) : undefined;
    return cellOf(value, formula, this.formats[row]?.[col]);
  }
}

/** Reads one ExcelJS cell; merged cells other than their top-left one read as empty. */
export function snapshotOfExcelCell(cell: ExcelCell): Cell | undefined {
  if (cell.isMerged && cell.master !== cell) return undefined;
  return snapshotCell(cell);
}
