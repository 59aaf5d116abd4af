import { Decimal } from "../numbers/decimal-config";
import { formatNumber, formatPercent } from "../numbers/format-vi";
import { Bilingual, Lang } from "../message";
import { RULE_CATALOG, RuleArgName, RuleId } from "./catalog";

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
/** The figures of a rule's message: exactly the placeholders its templates name, each required. */
export type RuleArgs<R extends RuleId> = Record<RuleArgName<R>, MessageArg>;

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
export function ruleMessage<R extends RuleId>(rule: R, args: RuleArgs<R>): Bilingual {
  const { message } = RULE_CATALOG[rule];
  const given = args as MessageArgs;
  const fill = (template: string, lang: Lang) =>
    template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
      if (!(name in given)) throw new Error(`rule ${rule}: no value for {${name}}`);
      return render(given[name], lang);
    });
  return { vi: fill(message.vi, "vi").normalize("NFC"), en: fill(message.en, "en") };
}
