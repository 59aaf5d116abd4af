import { Decimal } from "../numbers/decimal-config";
import { formatNumber, formatPercent } from "../numbers/format-vi";
import { Bilingual, Lang } from "../message";
import { RULE_CATALOG, RuleId } from "./catalog";

/** A figure of a message: written the Vietnamese way in vi (1.234,5) and the English way in en. */
export interface NumberArg {
  number: Decimal | number;
  decimals: number;
}
export interface PercentArg {
  /** A fraction: 0.8841 is 88,41%. */
  percent: Decimal | number;
  /** Decimals of the percentage points shown. */
  decimals: number;
}
export type MessageArg = string | Bilingual | NumberArg | PercentArg;
export type MessageArgs = Record<string, MessageArg>;

/** Figures in messages show at most this many decimals (a General cell's 15 digits help no reader). */
const MAX_DECIMALS = 6;

export function num(value: Decimal | number, decimals: number): NumberArg {
  return { number: value, decimals: Math.min(Math.max(decimals, 0), MAX_DECIMALS) };
}

export function pct(fraction: Decimal | number, decimals = 2): PercentArg {
  return { percent: fraction, decimals: Math.min(Math.max(decimals, 0), MAX_DECIMALS) };
}

function render(arg: MessageArg, lang: Lang): string {
  if (typeof arg === "string") return arg;
  if ("vi" in arg) return arg[lang];
  if ("percent" in arg) return formatPercent(arg.percent, arg.decimals, lang);
  return formatNumber(arg.number, arg.decimals, lang);
}

/** The message of a rule, its template filled with the figures in both languages. */
export function ruleMessage(rule: RuleId, args: MessageArgs): Bilingual {
  const def = RULE_CATALOG[rule];
  const fill = (template: string, lang: Lang) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? render(args[name], lang) : whole));
  return { vi: fill(def.vi, "vi").normalize("NFC"), en: fill(def.en, "en") };
}
