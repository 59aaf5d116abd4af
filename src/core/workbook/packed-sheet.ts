import { MergeSweep } from "./merges";
import { Cell, cellOf, CellValue, MergeRange, SheetSnapshot } from "./snapshot";

/** How a packed cell's value is stored: the number itself, or an index into `texts`. */
const Kind = {
  Number: 0,
  Text: 1,
  False: 2,
  True: 3,
  Error: 4,
  /** A formula without a cached result. */
  Null: 5,
} as const;

/**
 * A sheet as flat typed arrays: the cells of row r are entries rowStart[r] … rowStart[r + 1] − 1, in
 * column order. Typed arrays live outside the JavaScript heap and move between threads without a copy,
 * so a sheet of many thousand rows costs the garbage collector a handful of objects, not one per cell.
 */
export interface PackedSheetData {
  name: string;
  rowCount: number;
  colCount: number;
  rowStart: Int32Array;
  cols: Int32Array;
  kinds: Uint8Array;
  /** The number of a Number cell; for Text and Error cells, the index of their text in `texts`. */
  numbers: Float64Array;
  texts: string[];
  /** Per cell, 0 for no number format, else 1 + its index in `formats`. */
  formatIds: Int32Array;
  formats: string[];
  /** Cell indexes holding a formula, ascending, and their formula texts. */
  formulaCells: Int32Array;
  formulas: string[];
  /** Merged ranges, four numbers each (top, left, bottom, right), by top row then left column. */
  merges: Int32Array;
}

/** The buffers of a packed sheet, to transfer rather than copy it to another thread. */
export function packedBuffers(data: PackedSheetData): ArrayBuffer[] {
  return [data.rowStart, data.cols, data.kinds, data.numbers, data.formatIds, data.formulaCells, data.merges].map((a) => a.buffer as ArrayBuffer);
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const bigger = make(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Builds a packed sheet cell by cell. Readers give rows in ascending order and cells in column order,
 * as Excel writes them; a file that does not is still read whole (sorted once at the end, a later
 * cell at the same address replacing an earlier one). The sheet's size is that of its cells: an empty
 * row element or a merge does not widen it.
 */
export class PackedSheetBuilder {
  private cellRows = new Int32Array(256);
  private cols = new Int32Array(256);
  private kinds = new Uint8Array(256);
  private numbers = new Float64Array(256);
  private formatIds = new Int32Array(256);
  private readonly texts: string[] = [];
  private readonly textIndex = new Map<string, number>();
  private readonly formats: string[] = [];
  private readonly formatIndex = new Map<string, number>();
  private readonly formulaOf = new Map<number, string>();
  private size = 0;
  private row = 0;
  private lastRow = -1;
  private lastCol = -1;
  private ordered = true;

  constructor(readonly name: string) {}

  /** Makes `row` (0-based) the row the next cells belong to. */
  startRow(row: number): void {
    this.row = row;
  }

  /** The cells added so far. */
  get cellCount(): number {
    return this.size;
  }

  /** Adds a cell of the current row. */
  add(col: number, value: CellValue, format?: string, formula?: string): void {
    if (this.row < this.lastRow || (this.row === this.lastRow && col <= this.lastCol)) this.ordered = false;
    this.lastRow = this.row;
    this.lastCol = col;
    const i = this.size++;
    if (i >= this.cols.length) {
      const n = i + 1;
      this.cellRows = grow(this.cellRows, n, (k) => new Int32Array(k));
      this.cols = grow(this.cols, n, (k) => new Int32Array(k));
      this.kinds = grow(this.kinds, n, (k) => new Uint8Array(k));
      this.numbers = grow(this.numbers, n, (k) => new Float64Array(k));
      this.formatIds = grow(this.formatIds, n, (k) => new Int32Array(k));
    }
    this.cellRows[i] = this.row;
    this.cols[i] = col;
    if (typeof value === "number") {
      this.kinds[i] = Kind.Number;
      this.numbers[i] = value;
    } else if (typeof value === "string") {
      this.kinds[i] = Kind.Text;
      this.numbers[i] = this.textId(value);
    } else if (typeof value === "boolean") {
      this.kinds[i] = value ? Kind.True : Kind.False;
    } else if (value === null) {
      this.kinds[i] = Kind.Null;
    } else {
      this.kinds[i] = Kind.Error;
      this.numbers[i] = this.textId(value.error);
    }
    this.formatIds[i] = format ? this.formatId(format) : 0;
    if (formula !== undefined) this.formulaOf.set(i, formula);
  }

  /** Each distinct text is kept once: a column of sources or activities repeats a handful of words. */
  private textId(text: string): number {
    let id = this.textIndex.get(text);
    if (id === undefined) {
      id = this.texts.push(text) - 1;
      this.textIndex.set(text, id);
    }
    return id;
  }

  private formatId(format: string): number {
    let id = this.formatIndex.get(format);
    if (id === undefined) {
      id = this.formats.push(format);
      this.formatIndex.set(format, id);
    }
    return id;
  }

  /** The cells in (row, column) order, the last of any two at one address kept. */
  private order(): Int32Array {
    const { cellRows, cols } = this;
    const sorted = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => cellRows[a] - cellRows[b] || cols[a] - cols[b] || a - b);
    const kept = sorted.filter((i, k) => k + 1 === sorted.length || cellRows[sorted[k + 1]] !== cellRows[i] || cols[sorted[k + 1]] !== cols[i]);
    return Int32Array.from(kept);
  }

  /**
   * The cells kept: in order, without those a merged range covers other than its top-left one (Excel
   * shows only that one; what a file stores under the others is not read). Undefined when all are,
   * in the order they came.
   */
  private kept(merges: readonly MergeRange[]): Int32Array | undefined {
    let order = this.ordered ? undefined : this.order();
    if (merges.length === 0) return order;
    order ??= Int32Array.from({ length: this.size }, (_, i) => i);
    const sweep = new MergeSweep(merges);
    const { cellRows, cols } = this;
    let row = -1;
    return order.filter((i) => {
      if (cellRows[i] !== row) sweep.advanceTo((row = cellRows[i]));
      const range = sweep.at(cols[i]);
      return !range || (range.top === row && range.left === cols[i]);
    });
  }

  /**
   * The sheet built, in arrays of its size (the builder must not be used after), with its merged
   * ranges, which must not overlap.
   */
  finish(merges: readonly MergeRange[] = []): PackedSheetData {
    const order = this.kept(merges);
    const n = order ? order.length : this.size;
    const pick = <T extends Int32Array | Uint8Array | Float64Array>(from: T, make: (k: number) => T): T => {
      if (!order) return from.slice(0, n) as T;
      const to = make(n);
      for (let k = 0; k < n; k++) to[k] = from[order[k]];
      return to;
    };
    const rows = pick(this.cellRows, (k) => new Int32Array(k));
    const cols = pick(this.cols, (k) => new Int32Array(k));
    const rowCount = n > 0 ? rows[n - 1] + 1 : 0;
    let colCount = 0;
    for (let k = 0; k < n; k++) if (cols[k] >= colCount) colCount = cols[k] + 1;
    const rowStart = new Int32Array(rowCount + 1);
    for (let k = 0, r = 0; r <= rowCount; r++) {
      while (k < n && rows[k] < r) k++;
      rowStart[r] = k;
    }
    const formulaCells: number[] = [];
    const formulas: string[] = [];
    if (this.formulaOf.size > 0) {
      if (!order) {
        // Cells were added in order, so the map's keys already ascend.
        for (const [i, formula] of this.formulaOf) {
          formulaCells.push(i);
          formulas.push(formula);
        }
      } else {
        order.forEach((i, k) => {
          const formula = this.formulaOf.get(i);
          if (formula !== undefined) {
            formulaCells.push(k);
            formulas.push(formula);
          }
        });
      }
    }
    const corners = new Int32Array(merges.length * 4);
    [...merges].sort((a, b) => a.top - b.top || a.left - b.left).forEach((m, i) => corners.set([m.top, m.left, m.bottom, m.right], i * 4));
    return {
      name: this.name,
      rowCount,
      colCount,
      rowStart,
      cols,
      kinds: pick(this.kinds, (k) => new Uint8Array(k)),
      numbers: pick(this.numbers, (k) => new Float64Array(k)),
      texts: this.texts,
      formatIds: pick(this.formatIds, (k) => new Int32Array(k)),
      formats: this.formats,
      formulaCells: Int32Array.from(formulaCells),
      formulas,
      merges: corners,
    };
  }
}

/** A packed sheet read as a snapshot: each Cell is made when asked, and dropped by the caller. */
export class PackedSheet implements SheetSnapshot {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private mergeList?: readonly MergeRange[];

  constructor(private readonly data: PackedSheetData) {
    this.name = data.name;
    this.rowCount = data.rowCount;
    this.colCount = data.colCount;
  }

  /** The cells the sheet holds. */
  get cellCount(): number {
    return this.data.cols.length;
  }

  /** Calls `visit` with the row and column of every cell the sheet holds, row by row. */
  eachCell(visit: (row: number, col: number) => void): void {
    const { rowStart, cols } = this.data;
    for (let r = 0; r < this.rowCount; r++) for (let i = rowStart[r]; i < rowStart[r + 1]; i++) visit(r, cols[i]);
  }

  get merges(): readonly MergeRange[] {
    if (!this.mergeList) {
      const m = this.data.merges;
      const list: MergeRange[] = [];
      for (let i = 0; i < m.length; i += 4) list.push({ top: m[i], left: m[i + 1], bottom: m[i + 2], right: m[i + 3] });
      this.mergeList = list;
    }
    return this.mergeList;
  }

  /** The index of the cell at (row, col), or −1. */
  private indexOf(row: number, col: number): number {
    const { rowStart, cols } = this.data;
    if (row < 0 || row >= this.rowCount) return -1;
    let lo = rowStart[row];
    let hi = rowStart[row + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = cols[mid];
      if (c === col) return mid;
      if (c < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private valueAt(i: number): CellValue {
    const { kinds, numbers, texts } = this.data;
    switch (kinds[i]) {
      case Kind.Number:
        return numbers[i];
      case Kind.Text:
        return texts[numbers[i]];
      case Kind.False:
        return false;
      case Kind.True:
        return true;
      case Kind.Error:
        return { error: texts[numbers[i]] };
      default:
        return null;
    }
  }

  private formulaAt(i: number): string | undefined {
    const { formulaCells, formulas } = this.data;
    let lo = 0;
    let hi = formulaCells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (formulaCells[mid] === i) return formulas[mid];
      if (formulaCells[mid] < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  cell(row: number, col: number): Cell | undefined {
    const i = this.indexOf(row, col);
    if (i < 0) return undefined;
    const value = this.valueAt(i);
    const formula = this.formulaAt(i);
    const id = this.data.formatIds[i];
    return cellOf(value, formula, id === 0 ? undefined : this.data.formats[id - 1]);
  }
}
