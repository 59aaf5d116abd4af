import { Decimal } from "../numbers/decimal-config";
import { MoneyUnit, unitFactor } from "../numbers/units";
import { Bilingual, bilingual } from "../message";
import { ReadCell } from "../standard/province-sheet";
import { FigureCell } from "../reading/view";
import { CellValue, isCellError } from "../workbook/snapshot";
import { sheetRef } from "./sheet-ref";

/**
 * Province cells as parts of summary formulas, each with the value the formula computes, so the cached
 * result written beside a formula is what Excel will show. Exact decimals throughout; a number cell is
 * taken at its stored double's shortest decimal (as Excel reads it).
 */
export interface Figure {
  /** Undefined when there is nothing to add: the summary cell stays blank. */
  formula?: string;
  value: Decimal;
}

/** Collects notices once per cell. */
export class Notices {
  private readonly byKey = new Map<string, Bilingual>();
  add(key: string, notice: Bilingual): void {
    if (!this.byKey.has(key)) this.byKey.set(key, notice);
  }
  list(): Bilingual[] {
    return [...this.byKey.values()];
  }
}

/** "/1000" for a triệu sheet, "" for a tỷ sheet: the conversion is part of every formula. */
export function toTyDivisor(unit: MoneyUnit): string {
  const factor = unitFactor(unit, "ty");
  return factor.eq(1) ? "" : `/${new Decimal(1).div(factor).toFixed()}`;
}

function numberOf(value: CellValue | undefined): Decimal | undefined {
  return typeof value === "number" && Number.isFinite(value) ? new Decimal(value) : undefined;
}

/**
 * A number typed as text, read by a formula that does not depend on Excel's locale: sign, integer
 * digits and decimal digits are cut out with the separators the reader found (Vietnamese "3.604,5",
 * English "3,604.5") and only digit strings are given to VALUE. Once the cell holds a real number,
 * ISNUMBER takes it as it is. Undefined for text the formula cannot read exactly as the engine does.
 */
export function textNumberTerm(ref: string, cell: ReadCell): Figure | undefined {
  const text = typeof cell.raw?.value === "string" ? cell.raw.value : undefined;
  const n = cell.number;
  if (text === undefined || !n || n.origin !== "text" || n.percentText) return undefined;
  const compact = text.replace(/ /g, "");
  if (!/^-?[0-9.,]+$/.test(compact)) return undefined;
  const style = n.style ?? "plain";
  const decimal = style === "en" || (style === "plain" && compact.includes(".")) ? "." : ",";
  const group = decimal === "," ? "." : ",";
  const t = `SUBSTITUTE(TRIM(${ref})," ","")`;
  const body = `SUBSTITUTE(SUBSTITUTE(${t},"-",""),"${group}","")`;
  const cut = `FIND("${decimal}",${body}&"${decimal}")`;
  const digits = `VALUE("0"&LEFT(${body},${cut}-1))`;
  const fraction = `MID(${body},${cut}+1,30)`;
  const parsed = `IF(LEFT(${t},1)="-",-1,1)*(${digits}+IF(${fraction}="",0,VALUE(${fraction})/10^LEN(${fraction})))`;
  return { formula: `IF(ISNUMBER(${ref}),${ref},IFERROR(${parsed},0))`, value: n.value };
}

/**
 * One cell in arithmetic. A number or an empty cell is referenced as it is; a number typed as text is
 * read by textNumberTerm. Anything else (a logical, an error, text that is no number) would make "+"
 * an error, so it is read through IFERROR(N(…),0), which counts it as 0, and the user is told.
 */
export function cellTerm(sheet: string, cell: ReadCell, notices: Notices): Figure {
  const ref = sheetRef(sheet, cell.address);
  const v = cell.raw?.value;
  const n = numberOf(v);
  if (n) return { formula: ref, value: n };
  if (v === undefined || v === null) return { formula: ref, value: new Decimal(0) };
  if (typeof v === "string" && v.trim() === "") return { formula: `IFERROR(N(${ref}),0)`, value: new Decimal(0) };
  const text = textNumberTerm(ref, cell);
  if (text) {
    notices.add(ref, textNumberNotice(ref, String(v)));
    return text;
  }
  notices.add(
    ref,
    bilingual(
      `Ô ${ref} không chứa số (${isCellError(v) ? v.error : String(v)}): các bảng tổng hợp tính ô này là ${v === true ? 1 : 0}. Hãy nhập lại dưới dạng số.`,
      `Cell ${ref} does not hold a number (${isCellError(v) ? v.error : String(v)}): the summary tabs count it as ${v === true ? 1 : 0}. Enter it as a number.`,
    ),
  );
  return { formula: `IFERROR(N(${ref}),0)`, value: new Decimal(v === true ? 1 : 0) };
}

/**
 * The sum of a fund's figure cells converted to tỷ đồng, each unit's cells divided once:
 * ('Cà Mau'!C7+'Cà Mau'!C8)/1000, or several such terms when a sheet mixes units.
 */
export function figureSum(sheet: string, cells: readonly FigureCell[] | undefined, notices: Notices): Figure {
  if (!cells || cells.length === 0) return { value: new Decimal(0) };
  const byUnit = new Map<string, FigureCell[]>();
  for (const c of cells) byUnit.set(c.unit, [...(byUnit.get(c.unit) ?? []), c]);
  const parts: string[] = [];
  let value = new Decimal(0);
  for (const group of byUnit.values()) {
    const unit = group[0].unit;
    const terms = group.map((c) => cellTerm(sheet, c.cell, notices));
    const divisor = toTyDivisor(unit);
    const sum = terms.map((t) => t.formula).join("+");
    parts.push(divisor === "" ? sum : terms.length > 1 ? `(${sum})${divisor}` : `${sum}${divisor}`);
    value = value.plus(terms.reduce((acc, t) => acc.plus(t.value), new Decimal(0)).times(unitFactor(unit, "ty")));
  }
  return { formula: parts.join("+"), value };
}

export function textNumberNotice(ref: string, text: string) {
  return bilingual(
    `Ô ${ref} chứa số dạng văn bản ("${text}"): các bảng tổng hợp đọc số này bằng công thức; nên nhập lại dưới dạng số.`,
    `Cell ${ref} holds a number as text ("${text}"): the summary tabs read it with a formula; better enter it as a number.`,
  );
}
