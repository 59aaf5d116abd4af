import { Decimal } from "./decimal-config";
import { storedFigureInterval } from "./consistency";
import { Interval, toDecimal } from "./interval";

/** What a number format shows of a stored value. */
export interface ShownDigits {
  /** Digits after the decimal point, in the units of the stored value (a 0.00% format shows 4). */
  decimals: number;
  percent: boolean;
}

/** Digits a "General" cell shows: those of the shortest text of its value (12.57 → 2). */
export function decimalsOfValue(value: number | Decimal): number {
  return Math.max(0, toDecimal(value).decimalPlaces());
}

/**
 * Digits a number format shows, from its first section: "#,##0.00" → 2, "0.0%" → 3 (percent),
 * "#,##0" → 0. Undefined for "General", text formats and empty formats: the value's own digits count.
 * Trailing commas scale by thousands ("#,##0.0," shows thousands with one digit: 4 stored decimals fewer).
 */
export function digitsOfFormat(format: string | undefined | null): ShownDigits | undefined {
  if (!format) return undefined;
  const section = firstSection(format);
  const plain = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  if (/^\s*general\s*$/i.test(plain) || plain.trim() === "@" || !/[0#?]/.test(plain)) return undefined;
  const percent = plain.includes("%");
  const exponent = /[eE][+-]/.test(plain);
  if (exponent) return undefined;
  const point = plain.indexOf(".");
  let decimals = 0;
  if (point >= 0) {
    const after = /^[0#?]*/.exec(plain.slice(point + 1));
    decimals = after ? after[0].length : 0;
  }
  const scaling = /[0#?](,+)(?![0#?])/.exec(plain);
  const thousands = scaling ? scaling[1].length : 0;
  return { decimals: decimals + (percent ? 2 : 0) - 3 * thousands, percent };
}

function firstSection(format: string): string {
  let inQuotes = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === "\\") i++;
    else if (c === ";" && !inQuotes) return format.slice(0, i);
  }
  return format;
}

/**
 * The interval a stored number can stand for given how it is shown: its format's digits, or its own
 * digits under "General" (see storedFigureInterval, the one place intervals of figures come from).
 */
export function shownInterval(value: number | Decimal, format?: string | null): Interval {
  const digits = digitsOfFormat(format);
  return storedFigureInterval(value, digits ? digits.decimals : decimalsOfValue(value), "round");
}
