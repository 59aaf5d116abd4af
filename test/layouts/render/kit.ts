import { Decimal } from "../../../src/core/numbers/decimal-config";
import { MoneyUnit, unitExponent } from "../../../src/core/numbers/units";
import { columnLetter, parseA1 } from "../../../src/core/workbook/snapshot";
import { ColumnKey, FundKey, RowKind, TableKey } from "../key";
import { CellStyle, CorpusSheet } from "../workbook/corpus-workbook";

/** How a layout shows amounts: its unit, the digits it shows and the number format that shows them. */
export interface AmountStyle {
  unit: MoneyUnit;
  decimals: number;
  format: string;
}

export const DONG: AmountStyle = { unit: "dong", decimals: 0, format: "#,##0" };
export const TRIEU: AmountStyle = { unit: "trieu", decimals: 0, format: "#,##0" };
export const TRIEU_1: AmountStyle = { unit: "trieu", decimals: 1, format: "#,##0.0" };
export const TY: AmountStyle = { unit: "ty", decimals: 3, format: "#,##0.000" };
/** The accounting format of Bến Tre's project template (L8): a zero shows as "-". */
export const ACCOUNTING = '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)';

/** An amount in đồng as the layout shows it; throws when the digits shown cannot hold it exactly. */
export function shown(amount: Decimal, style: AmountStyle): number {
  const value = amount.div(new Decimal(10).pow(unitExponent(style.unit)));
  if (value.decimalPlaces() > style.decimals) {
    throw new Error(`${amount.toString()} đồng cannot be shown exactly in ${style.unit} with ${style.decimals} decimals`);
  }
  return value.toNumber();
}

/** How a layout states a percentage: a fraction under a % format, or percentage points under "0.0". */
export interface PercentStyle {
  points: boolean;
  decimals: number;
}

export function percentFormat(style: PercentStyle): string {
  const digits = style.decimals > 0 ? `.${"0".repeat(style.decimals)}` : "";
  return style.points ? `0${digits}` : `0${digits}%`;
}

/** The formula an officer computes a ratio with, rounded to what they write (a typed figure). */
export function ratioFormula(numerator: string, denominator: string, style: PercentStyle): string {
  return style.points ? `ROUND(${numerator}/${denominator}*100,${style.decimals})` : `ROUND(${numerator}/${denominator},${style.decimals + 2})`;
}

/** The same ratio as a live formula, unrounded, as Excel shows it through its format. */
export function liveRatioFormula(numerator: string, denominator: string, style: PercentStyle): string {
  return style.points ? `${numerator}/${denominator}*100` : `${numerator}/${denominator}`;
}

// ---------------------------------------------------------------------------------------------------
// Writing: titles, header cells, notes, signature blocks.

export const HEADER_STYLE: CellStyle = { bold: true, wrap: true, align: "center", valign: "middle", border: true };

/** A text over a merged range (or one cell), styled. */
export function text(sheet: CorpusSheet, range: string, value: string, style: CellStyle = {}): void {
  const [from, to] = range.split(":");
  sheet.set(from, value, { style });
  if (to && to !== from) sheet.merge(range);
}

export function title(sheet: CorpusSheet, range: string, value: string, style: CellStyle = {}): void {
  text(sheet, range, value, { bold: true, align: "center", valign: "middle", wrap: true, size: 12, ...style });
}

export function header(sheet: CorpusSheet, range: string, value: string): void {
  text(sheet, range, value, HEADER_STYLE);
}

export function nextColumn(column: string, by = 1): string {
  return columnLetter(parseA1(`${column}1`).col + by);
}

/**
 * The signature block most official forms end with: a date line and titles on the right, the preparer
 * on the left, names a few rows below. Returns the last row written.
 */
export function signatureBlock(
  sheet: CorpusSheet,
  row: number,
  left: { from: string; to: string; title: string; name: string },
  right: { from: string; to: string; date: string; title: string; name: string },
): number {
  text(sheet, `${right.from}${row}:${right.to}${row}`, right.date, { italic: true, align: "center" });
  text(sheet, `${left.from}${row + 1}:${left.to}${row + 1}`, left.title, { bold: true, align: "center" });
  text(sheet, `${right.from}${row + 1}:${right.to}${row + 1}`, right.title, { bold: true, align: "center" });
  text(sheet, `${left.from}${row + 5}:${left.to}${row + 5}`, left.name, { bold: true, align: "center" });
  text(sheet, `${right.from}${row + 5}:${right.to}${row + 5}`, right.name, { bold: true, align: "center" });
  return row + 5;
}

/** "Nơi nhận:" and its recipients, on the left of a decision's last page. Returns the last row. */
export function recipients(sheet: CorpusSheet, row: number, column: string, lines: readonly string[]): number {
  sheet.set(`${column}${row}`, "Nơi nhận:", { style: { bold: true, italic: true } });
  lines.forEach((line, i) => sheet.set(`${column}${row + 1 + i}`, line, { style: { size: 9 } }));
  return row + lines.length;
}

// ---------------------------------------------------------------------------------------------------
// The answer key of one table, built as the renderer writes it.

export class TableKeyBuilder {
  readonly columns: Record<string, ColumnKey> = {};
  readonly rows: Record<number, Exclude<RowKind, "data">> = {};
  readonly sectionFunds: Record<number, FundKey> = {};
  readonly sectionActivities: Record<number, string> = {};
  readonly sectionProvinces: Record<number, string> = {};
  readonly emptyTotals: number[] = [];
  columnIdentities?: string[];

  constructor(
    readonly headerRows: number[],
    readonly firstColumn: string,
    readonly lastColumn: string,
  ) {}

  column(letter: string, key: ColumnKey): this {
    this.columns[letter] = key;
    return this;
  }

  row(row: number, kind: Exclude<RowKind, "data">): this {
    this.rows[row] = kind;
    return this;
  }

  build(lastRow: number): TableKey {
    const key: TableKey = {
      range: `${this.firstColumn}${this.headerRows[0]}:${this.lastColumn}${lastRow}`,
      headerRows: this.headerRows,
      columns: this.columns,
      rows: this.rows,
    };
    if (this.columnIdentities) key.columnIdentities = this.columnIdentities;
    if (Object.keys(this.sectionFunds).length > 0) key.sectionFunds = this.sectionFunds;
    if (Object.keys(this.sectionActivities).length > 0) key.sectionActivities = this.sectionActivities;
    if (Object.keys(this.sectionProvinces).length > 0) key.sectionProvinces = this.sectionProvinces;
    if (this.emptyTotals.length > 0) key.emptyTotals = this.emptyTotals;
    return key;
  }
}

/** Roman numerals for section rows. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}
