import { Decimal } from "./decimal-config";
import { DecimalLike, toDecimal } from "./interval";
import { Lang } from "../message";
import { MoneyUnit, unitName } from "./units";

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * Formats a number the way Vietnamese reports write it, whatever the host's locale:
 * 4792.98 → "4.792,98". Rounds half away from zero, as Excel's ROUND does.
 */
export function formatNumber(value: DecimalLike, decimals = 2, lang: Lang = "vi"): string {
  const { group, decimal } = SEPARATORS[lang];
  const rounded = toDecimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const negative = rounded.isNegative() && !rounded.isZero();
  const [intPart, frac] = rounded.abs().toFixed(decimals).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${frac ? decimal + frac : ""}`;
}

/** 0.8841 → "88,41%" (the value is a fraction, as Excel stores percentages). */
export function formatPercent(fraction: DecimalLike, decimals = 2, lang: Lang = "vi"): string {
  return `${formatNumber(toDecimal(fraction).times(100), decimals, lang)}%`;
}

/** 79.07, "ty" → "79,07 tỷ đồng". */
export function formatAmount(value: DecimalLike, decimals = 2, unit?: MoneyUnit, lang: Lang = "vi"): string {
  const number = formatNumber(value, decimals, lang);
  return unit ? `${number} ${unitName(unit)[lang]}` : number;
}
