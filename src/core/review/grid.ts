import { CellValue, isCellError, SheetSnapshot } from "../workbook/snapshot";
import { fillFormula, parseFormula, ParsedFormula } from "./formula";

/** What a cell holds, as the review sees it. */
export const CellKind = {
  /** Nothing, spaces, or a dash standing for nothing ("-", "–"). */
  Blank: 0,
  Number: 1,
  Text: 2,
  /** A logical value or an error typed as a value. */
  Other: 3,
  Formula: 4,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

const DASHES = new Set(["-", "–", "—", "--"]);

function kindOfValue(value: CellValue): CellKind {
  if (value === null) return CellKind.Blank;
  if (typeof value === "number") return CellKind.Number;
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" || DASHES.has(t) ? CellKind.Blank : CellKind.Text;
  }
  return CellKind.Other;
}

/**
 * A sheet as the formula review reads it: the kind of every cell, each formula parsed once, and the
 * cached values. Built once per sheet; the checks only read it.
 */
export class ReviewGrid {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  private readonly kinds: Uint8Array;
  /** Cells shown as percentages (a "%" number format). */
  private readonly percents: Uint8Array;
  /** Dense by cell index (row × cols + col): a Map of every cell costs more than the review itself. */
  private readonly values: (CellValue | undefined)[];
  private readonly formulas: (ParsedFormula | undefined)[];
  /** Formula cells in row order, then column order. */
  readonly formulaCells: { row: number; col: number; formula: ParsedFormula }[] = [];

  constructor(sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.rows = sheet.rowCount;
    this.cols = sheet.colCount;
    this.kinds = new Uint8Array(this.rows * this.cols);
    this.percents = new Uint8Array(this.rows * this.cols);
    this.values = new Array<CellValue | undefined>(this.rows * this.cols);
    this.formulas = new Array<ParsedFormula | undefined>(this.rows * this.cols);
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        const cell = sheet.cell(r, c);
        if (!cell) continue;
        const i = r * this.cols + c;
        this.values[i] = cell.value;
        if (cell.format?.includes("%")) this.percents[i] = 1;
        if (cell.formula !== undefined && cell.formula !== "") {
          // A formula filled from the one above or on the left is that formula moved, without parsing it again.
          const above = r > 0 ? this.formulas[i - this.cols] : undefined;
          const left = c > 0 ? this.formulas[i - 1] : undefined;
          const formula =
            (above && fillFormula(above, 1, 0, cell.formula)) ?? (left && fillFormula(left, 0, 1, cell.formula)) ?? parseFormula(cell.formula, r, c);
          this.formulas[i] = formula;
          this.formulaCells.push({ row: r, col: c, formula });
          this.kinds[i] = CellKind.Formula;
        } else {
          this.kinds[i] = kindOfValue(cell.value);
        }
      }
    }
  }

  inside(row: number, col: number): boolean {
    return row >= 0 && col >= 0 && row < this.rows && col < this.cols;
  }

  kind(row: number, col: number): CellKind {
    return this.inside(row, col) ? (this.kinds[row * this.cols + col] as CellKind) : CellKind.Blank;
  }

  formula(row: number, col: number): ParsedFormula | undefined {
    return this.inside(row, col) ? this.formulas[row * this.cols + col] : undefined;
  }

  /** The value, or for a formula its cached result. */
  value(row: number, col: number): CellValue | undefined {
    return this.inside(row, col) ? this.values[row * this.cols + col] : undefined;
  }

  /** The number a cell holds or a formula last gave, if any. */
  number(row: number, col: number): number | undefined {
    const v = this.value(row, col);
    return typeof v === "number" ? v : undefined;
  }

  /** A typed number or a formula whose result is a number or nothing yet: a figure of a table. */
  isFigure(row: number, col: number): boolean {
    const k = this.kind(row, col);
    if (k === CellKind.Number) return true;
    if (k !== CellKind.Formula) return false;
    const v = this.value(row, col);
    return typeof v === "number" || v === null || v === undefined || v === "";
  }

  private figureRows?: Uint8Array;
  private figureCols?: Uint8Array;

  /** The row holds a figure somewhere (not a spacer or a heading). */
  rowHasFigure(row: number): boolean {
    this.countFigures();
    return this.inside(row, 0) && this.figureRows![row] === 1;
  }

  /** The column holds a figure somewhere. */
  colHasFigure(col: number): boolean {
    this.countFigures();
    return this.inside(0, col) && this.figureCols![col] === 1;
  }

  private countFigures(): void {
    if (this.figureRows) return;
    this.figureRows = new Uint8Array(this.rows);
    this.figureCols = new Uint8Array(this.cols);
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        if (this.isFigure(r, c)) {
          this.figureRows[r] = 1;
          this.figureCols[c] = 1;
        }
      }
    }
  }

  private readCounts?: Int32Array;

  /** A formula of the sheet reads the cell (through a reference to it or a range covering it). */
  isRead(row: number, col: number): boolean {
    if (!this.inside(row, col)) return false;
    if (!this.readCounts) this.readCounts = this.countReads();
    return this.readCounts[row * (this.cols + 1) + col] > 0;
  }

  /** How many references of the sheet's formulas cover each cell: a difference array summed once, whatever the ranges' sizes. */
  private countReads(): Int32Array {
    const width = this.cols + 1;
    const counts = new Int32Array((this.rows + 1) * width);
    for (const { formula } of this.formulaCells) {
      for (const ref of formula.refs) {
        if (ref.sheet !== undefined || ref.top >= this.rows || ref.left >= this.cols) continue;
        const bottom = Math.min(ref.bottom, this.rows - 1) + 1;
        const right = Math.min(ref.right, this.cols - 1) + 1;
        counts[ref.top * width + ref.left]++;
        counts[ref.top * width + right]--;
        counts[bottom * width + ref.left]--;
        counts[bottom * width + right]++;
      }
    }
    for (let r = 0; r <= this.rows; r++) for (let c = 1; c <= this.cols; c++) counts[r * width + c] += counts[r * width + c - 1];
    for (let r = 1; r <= this.rows; r++) for (let c = 0; c <= this.cols; c++) counts[r * width + c] += counts[(r - 1) * width + c];
    return counts;
  }

  /** The cell shows a percentage (its number format has "%"). */
  isPercent(row: number, col: number): boolean {
    return this.inside(row, col) && this.percents[row * this.cols + col] === 1;
  }

  isError(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v !== undefined && isCellError(v);
  }

  isBlank(row: number, col: number): boolean {
    return this.kind(row, col) === CellKind.Blank;
  }

  /** The cell's text, trimmed, for a text cell. */
  text(row: number, col: number): string | undefined {
    const v = this.value(row, col);
    return this.kind(row, col) === CellKind.Text && typeof v === "string" ? v.trim() : undefined;
  }
}
