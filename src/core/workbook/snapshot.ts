/**
 * A host-independent picture of a workbook: what the adapters (Office.js, ExcelJS) read and the
 * engine judges. Rows and columns are 0-based here; `a1()` gives the address users see.
 */
export interface CellError {
  error: string; // "#DIV/0!", "#REF!", …
}

export type CellValue = number | string | boolean | null | CellError;

export interface Cell {
  /** The value, or for a formula its cached result. */
  value: CellValue;
  /** Formula text without the leading "=", in the language Excel stores (English names, commas). */
  formula?: string;
  /** The number format ("#,##0.00", "0.00%", "General"…). */
  format?: string;
}

/** A merged range, 0-based and inclusive: the top-left cell holds the value, the others read as empty. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** The sheet's merged ranges, when the reader knows them (readers of real layouts need them). */
  merges?: readonly MergeRange[];
  /** Rows × columns that may hold cells; cells beyond are empty. */
  rowCount: number;
  colCount: number;
  cell(row: number, col: number): Cell | undefined;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Serial dates count from 1904-01-01 (set by readers of .xlsx files that say so). */
  date1904?: boolean;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** A sheet held as dense rows, the form both adapters build. */
export class GridSheet implements SheetSnapshot {
  readonly rowCount: number;
  readonly colCount: number;

  constructor(
    readonly name: string,
    private readonly rows: (Cell | undefined)[][],
    readonly merges: readonly MergeRange[] = [],
  ) {
    this.rowCount = rows.length;
    this.colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  }

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }
}

/** Builds a sheet from plain values, for tests and generators: null leaves a cell empty. */
export function sheetFromValues(name: string, values: (CellValue | Cell | undefined)[][]): GridSheet {
  return new GridSheet(
    name,
    values.map((r) => r.map((v) => (v === undefined || v === null ? undefined : isCell(v) ? v : { value: v }))),
  );
}

function isCell(v: CellValue | Cell): v is Cell {
  return typeof v === "object" && v !== null && "value" in v;
}

/** 0-based column → "A", "B", … "AA". */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based row and column → "B7". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "B7" → { row: 6, col: 1 }. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new RangeError(`Not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnOfA1(m[1]) };
}

/**
 * The 0-based column of the letters an A1 reference starts with ("BC12" → 54, "b7" → 1), −1 when it
 * starts with none. No regular expression and no object: readers call it for every cell.
 */
export function columnOfA1(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  return col - 1;
}

/** A cell from its parts; each shape is built whole, so no cell needs a second object for a field added later. */
export function cellOf(value: CellValue, formula: string | undefined, format: string | undefined): Cell {
  if (formula !== undefined) return format ? { value, formula, format } : { value, formula };
  return format ? { value, format } : { value };
}
