import { CellValue, parseA1 } from "../../../src/core/workbook/snapshot";

/**
 * The corpus's own picture of a workbook, richer than a snapshot: what the producers write (values, live
 * formulas with their cached results, number formats, merges, widths, a little styling for a person
 * opening the file) and, for figures an officer typed after computing them by hand, the formula they
 * computed (`typed`). A typed figure is written as a constant; its formula only keeps it in step when a
 * planted error changes a figure it depends on, as the officer's own arithmetic would.
 */
export interface CorpusCell {
  /** The value, or for a live formula its cached result (recalculate() sets it). */
  value: CellValue;
  /** A live formula, without "=" (written to the file). */
  formula?: string;
  /** How a typed constant was computed, without "=" (never written to the file). */
  typed?: string;
  format?: string;
  style?: CellStyle;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle" | "bottom";
  border?: boolean;
  size?: number;
}

export class CorpusSheet {
  readonly cells = new Map<string, CorpusCell>();
  readonly merges: string[] = [];
  /** Column widths in characters, by letter. */
  readonly widths = new Map<string, number>();
  /** Row heights in points, by 1-based row. */
  readonly heights = new Map<number, number>();
  /** Ranges drawn with thin borders on every cell (styling only: producers without styles drop it). */
  readonly boxes: string[] = [];

  constructor(public name: string) {}

  /** Writes a cell; undefined or null clears it. */
  set(address: string, value: CellValue | undefined, extra: Omit<CorpusCell, "value"> = {}): CorpusCell | undefined {
    if (value === undefined || value === null) {
      this.cells.delete(address);
      return undefined;
    }
    const cell = withExtra({ value }, extra);
    this.cells.set(address, cell);
    return cell;
  }

  /** A live formula; its cached value comes from recalculate(). */
  formula(address: string, formula: string, extra: Omit<CorpusCell, "value" | "formula"> = {}): CorpusCell {
    const cell = withExtra({ value: 0, formula }, extra);
    this.cells.set(address, cell);
    return cell;
  }

  /** A constant the officer computed by hand as `formula` (its value comes from recalculate()). */
  typed(address: string, formula: string, extra: Omit<CorpusCell, "value" | "typed"> = {}): CorpusCell {
    const cell = withExtra({ value: 0, typed: formula }, extra);
    this.cells.set(address, cell);
    return cell;
  }

  get(address: string): CorpusCell | undefined {
    return this.cells.get(address);
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  width(column: string, chars: number): void {
    this.widths.set(column, chars);
  }

  /** 1-based last row and column holding a cell. */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const address of this.cells.keys()) {
      const { row, col } = parseA1(address);
      rows = Math.max(rows, row + 1);
      cols = Math.max(cols, col + 1);
    }
    for (const range of this.merges) {
      const end = parseA1(range.split(":")[1]);
      rows = Math.max(rows, end.row + 1);
      cols = Math.max(cols, end.col + 1);
    }
    return { rows, cols };
  }

  clone(): CorpusSheet {
    const copy = new CorpusSheet(this.name);
    for (const [address, cell] of this.cells) copy.cells.set(address, cell.style ? { ...cell, style: { ...cell.style } } : { ...cell });
    copy.merges.push(...this.merges);
    copy.boxes.push(...this.boxes);
    for (const [k, v] of this.widths) copy.widths.set(k, v);
    for (const [k, v] of this.heights) copy.heights.set(k, v);
    return copy;
  }
}

export interface CorpusWorkbook {
  /** The file name the workbook is saved under. */
  fileName: string;
  sheets: CorpusSheet[];
}

export function cloneWorkbook(workbook: CorpusWorkbook): CorpusWorkbook {
  return { fileName: workbook.fileName, sheets: workbook.sheets.map((s) => s.clone()) };
}

export function sheetNamed(workbook: CorpusWorkbook, name: string): CorpusSheet {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`${workbook.fileName}: no sheet "${name}"`);
  return sheet;
}

/** The cell with the extra parts that are given (no key holds undefined, so cells compare equal by value). */
function withExtra(cell: CorpusCell, extra: Partial<CorpusCell>): CorpusCell {
  if (extra.formula !== undefined) cell.formula = extra.formula;
  if (extra.typed !== undefined) cell.typed = extra.typed;
  if (extra.format !== undefined) cell.format = extra.format;
  if (extra.style !== undefined) cell.style = extra.style;
  return cell;
}

/** "D7:F9" → its 1-based bounds. */
export function rangeBounds(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return { top: a.row + 1, left: a.col + 1, bottom: b.row + 1, right: b.col + 1 };
}
