import { Decimal } from "../numbers/decimal-config";
import { Interval } from "../numbers/interval";
import { storedFigureInterval } from "../numbers/consistency";
import { NumberStyle, parseNumberText } from "../numbers/number-text";
import { decimalsOfValue, digitsOfFormat, ShownDigits, shownInterval } from "../numbers/precision";
import { bilingual } from "../message";
import { a1, Cell, isCellError, SheetSnapshot } from "../workbook/snapshot";
import { CellProblem, NumberOrigin, ReadCell, ReadNumber } from "./province-sheet";

/** The text a cell shows, NFC and trimmed; "" for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  const v = cell?.value;
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v.normalize("NFC").trim();
  if (isCellError(v)) return v.error;
  return String(v);
}

/**
 * A read cell. Its address, its snapshot cell and its number's exact value and interval are computed
 * when first asked: a large workbook has millions of cells and most are never in a finding.
 */
class SheetCell implements ReadCell {
  // Every field is set here, so all cells share one shape.
  constructor(
    private readonly sheet: SheetSnapshot,
    readonly row: number,
    readonly col: number,
    readonly empty: boolean,
    public text: string | undefined = undefined,
    public number: ReadNumber | undefined = undefined,
    public problem: CellProblem | undefined = undefined,
  ) {}
  get raw(): Cell | undefined {
    return this.sheet.cell(this.row, this.col);
  }
  get address(): string {
    return a1(this.row, this.col);
  }
  toJSON() {
    const { row, col, raw, empty, text, number, problem, address } = this;
    return { row, col, raw, empty, text, number, problem, address };
  }
}

/** Reads a cell as text (names, codes, sources): numbers are kept as their text too. */
export function readTextCell(sheet: SheetSnapshot, row: number, col: number): ReadCell {
  const raw = sheet.cell(row, col);
  const text = cellText(raw);
  return text === "" ? new SheetCell(sheet, row, col, true) : new SheetCell(sheet, row, col, false, text);
}

const FORMAT_DIGITS = new Map<string, ShownDigits | undefined>();

/** digitsOfFormat, remembered per format: a workbook uses a handful of formats for millions of cells. */
function formatDigits(format: string | undefined): ShownDigits | undefined {
  if (!format) return undefined;
  if (!FORMAT_DIGITS.has(format)) FORMAT_DIGITS.set(format, digitsOfFormat(format));
  return FORMAT_DIGITS.get(format);
}

class CellNumber implements ReadNumber {
  private exact: Decimal | undefined;
  private shown: Interval | undefined = undefined;
  constructor(
    readonly double: number,
    readonly decimals: number,
    readonly origin: NumberOrigin,
    readonly percentFormat: boolean,
    readonly percentText: boolean,
    private readonly format: string | undefined,
    exact?: Decimal,
    public style: NumberStyle | undefined = undefined,
  ) {
    this.exact = exact;
  }
  get value(): Decimal {
    return (this.exact ??= new Decimal(String(this.double)));
  }
  get interval(): Interval {
    return (this.shown ??= this.origin === "text" ? storedFigureInterval(this.value, this.decimals) : shownInterval(this.value, this.format));
  }
  toJSON() {
    const { double, decimals, origin, percentFormat, percentText, style } = this;
    return { double, value: this.value.toString(), decimals, interval: this.interval.toJSON(), origin, percentFormat, percentText, style };
  }
}

/**
 * Reads a cell that should hold a number: a number, a formula's cached number, or a number written as
 * text (Vietnamese first). Its precision is the digits its format shows, or under "General" its own
 * digits (after Excel's 15 significant digits, so binary noise of a formula does not count).
 */
export function readNumberCell(sheet: SheetSnapshot, row: number, col: number): ReadCell {
  const raw = sheet.cell(row, col);
  const v = raw?.value;
  if (v === undefined || v === null) return new SheetCell(sheet, row, col, true);
  if (typeof v === "number") {
    if (Number.isFinite(v)) return new SheetCell(sheet, row, col, false, undefined, numberOfValue(v, raw?.format, raw?.formula !== undefined));
    return new SheetCell(sheet, row, col, false, undefined, undefined, {
      kind: "not-number",
      reason: bilingual("giá trị không hữu hạn.", "not a finite value."),
    });
  }
  if (typeof v === "string" && v.trim() === "") return new SheetCell(sheet, row, col, true);
  if (isCellError(v)) return new SheetCell(sheet, row, col, false, v.error, undefined, { kind: "formula-error", error: v.error });
  if (typeof v === "boolean") {
    return new SheetCell(sheet, row, col, false, String(v).toUpperCase(), undefined, {
      kind: "not-number",
      reason: bilingual("ô chứa giá trị logic.", "the cell holds a logical value."),
    });
  }
  const text = v.normalize("NFC").trim();
  const parsed = parseNumberText(text);
  if (!parsed.ok) return new SheetCell(sheet, row, col, false, text, undefined, { kind: "not-number", reason: parsed.message });
  const { value, decimals, style, percent } = parsed.value;
  return new SheetCell(sheet, row, col, false, text, new CellNumber(value.toNumber(), decimals, "text", false, percent, undefined, value, style));
}

export function numberOfValue(v: number, format: string | undefined, formula: boolean): ReadNumber {
  const rounded = Number.isInteger(v) && Math.abs(v) < 1e15 ? v : Number(v.toPrecision(15));
  // Excel's largest numbers (±1.7976931348623157E+308) round past the largest double at 15 digits.
  const double = Number.isFinite(rounded) ? rounded : v;
  const digits = formatDigits(format);
  const decimals = digits ? digits.decimals : Number.isInteger(double) ? 0 : decimalsOfValue(double);
  return new CellNumber(double, decimals, formula ? "formula" : "number", digits?.percent ?? false, false, format);
}
