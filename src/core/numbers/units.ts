import { Decimal } from "./decimal-config";
import { foldLabel } from "../text/fold";
import { Bilingual, bilingual } from "../message";

/** Money units of khuyến công reports, by their power of ten. */
export type MoneyUnit = "dong" | "nghin" | "trieu" | "ty";

export const MONEY_UNITS = ["dong", "nghin", "trieu", "ty"] as const;

const EXPONENT: Record<MoneyUnit, number> = { dong: 0, nghin: 3, trieu: 6, ty: 9 };

const NAMES: Record<MoneyUnit, Bilingual> = {
  dong: bilingual("đồng", "VND"),
  nghin: bilingual("nghìn đồng", "thousand VND"),
  trieu: bilingual("triệu đồng", "million VND"),
  ty: bilingual("tỷ đồng", "billion VND"),
};

// Folded spellings (see foldLabel) seen in reports and sheets, English included.
const ALIASES: Record<string, MoneyUnit> = {
  dong: "dong",
  d: "dong",
  vnd: "dong",
  "nghin dong": "nghin",
  nghin: "nghin",
  "ngan dong": "nghin",
  ngan: "nghin",
  "ng d": "nghin",
  "thousand vnd": "nghin",
  thousand: "nghin",
  "trieu dong": "trieu",
  trieu: "trieu",
  trd: "trieu",
  "tr d": "trieu",
  "tr dong": "trieu",
  tr: "trieu",
  "million vnd": "trieu",
  million: "trieu",
  "mil vnd": "trieu",
  "ty dong": "ty",
  ty: "ty",
  "ti dong": "ty",
  ti: "ty",
  "billion vnd": "ty",
  billion: "ty",
  "bn vnd": "ty",
};

export function parseUnit(text: string): MoneyUnit | undefined {
  const key = foldLabel(text).replace(/^(don vi tinh|dvt|unit)\s*/, "");
  return ALIASES[key];
}

export function unitName(unit: MoneyUnit): Bilingual {
  return NAMES[unit];
}

export function unitExponent(unit: MoneyUnit): number {
  return EXPONENT[unit];
}

const FACTORS = new Map<number, Decimal>();

/** The factor that turns an amount in `from` into one in `to`: triệu → tỷ is 0.001. Computed once per exponent (summaries ask per cell). */
export function unitFactor(from: MoneyUnit, to: MoneyUnit): Decimal {
  const exponent = EXPONENT[from] - EXPONENT[to];
  let factor = FACTORS.get(exponent);
  if (factor === undefined) {
    factor = new Decimal(10).pow(exponent);
    FACTORS.set(exponent, factor);
  }
  return factor;
}

export function convertAmount(value: Decimal, from: MoneyUnit, to: MoneyUnit): Decimal {
  return value.times(unitFactor(from, to));
}

/** Decimals of a converted figure keep its precision: 3.604,5 triệu (1 digit) is 3,6045 tỷ (4 digits). */
export function convertedDecimals(decimals: number, from: MoneyUnit, to: MoneyUnit): number {
  return decimals + EXPONENT[to] - EXPONENT[from];
}
