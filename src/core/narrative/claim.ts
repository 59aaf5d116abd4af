import { Bilingual, bilingual } from "../message";
import { Decimal } from "../numbers/decimal-config";
import { formatNumber } from "../numbers/format-vi";
import { Interval } from "../numbers/interval";
import { FigureScope, partText, ScopePart } from "./scope";

/**
 * What a numeric claim of report text says:
 * - amount-sum: a total amount and its parts ("7.231 triệu đồng, trong đó … 3.407 …, … 3.824 …");
 * - count-sum: a count and its parts ("20 đề án, gồm 13 …, 3 …, 2 … và 2 …");
 * - done-of-total: "13/13 đề án" (done ≤ total);
 * - completion, growth, ratio, share: a percentage and the phrase that gives it its meaning.
 */
export type ClaimKind = "amount-sum" | "count-sum" | "done-of-total" | "completion" | "growth" | "ratio" | "share";

/**
 * consistent: some values the figures stand for make the claim true; inconsistent: none do;
 * truncated: only a truncation (not a rounding) of the true value gives the stated figure;
 * unverifiable: the text does not give what the check needs.
 */
export type ClaimVerdict = "consistent" | "inconsistent" | "truncated" | "unverifiable";

export interface Claim {
  /** The exact span of the text the claim stands on: its sentence or clause. */
  quote: string;
  kind: ClaimKind;
  verdict: ClaimVerdict;
  /**
   * The stated figure as written: a percentage in points (signed: "giảm 5%" is -5), a total in its
   * own unit, a count, the done count of "13/13".
   */
  stated: number;
  /**
   * The interval the other figures allow for the stated one, in the same terms; null when unverifiable.
   * An end left open by a bound ("hơn 2,2 tỷ") is infinite (null in JSON).
   */
  computed: [number, number] | null;
  message: Bilingual;
  /** What the stated figure is about (of a percentage: the figure it is measured on), with the stated figure's qualifier. */
  scope: FigureScope;
  /** For an unverifiable claim: the part of its base the text does not establish. */
  missing?: ScopePart;
  /** Offsets of `quote` in the checked text (NFC). */
  start: number;
  end: number;
}

/** An interval as JSON numbers, rounded well below any figure's precision. */
export function intervalJson(interval: Interval): [number, number] {
  return [interval.lo.toDecimalPlaces(10).toNumber(), interval.hi.toDecimalPlaces(10).toNumber()];
}

/** "35,98" or "88,40–88,42": the interval at the given digits, one figure when both ends agree; "≥ 4,65" for an open end. */
export function formatRange(interval: Interval, decimals: number, suffix: string | Bilingual = ""): Bilingual {
  const d = Math.max(0, decimals);
  const one = (v: Decimal, lang: "vi" | "en") => formatNumber(v, d, lang) + (typeof suffix === "string" ? suffix : suffix[lang]);
  const both = (lang: "vi" | "en") => {
    if (!interval.hi.isFinite()) return interval.lo.isFinite() ? `≥ ${one(interval.lo, lang)}` : "?";
    if (!interval.lo.isFinite()) return `≤ ${one(interval.hi, lang)}`;
    return one(interval.lo, lang) === one(interval.hi, lang) ? one(interval.mid, lang) : `${one(interval.lo, lang)} – ${one(interval.hi, lang)}`;
  };
  return bilingual(both("vi"), both("en"));
}

/** The message of a judged claim, from what was computed and how. */
export function verdictMessage(verdict: Exclude<ClaimVerdict, "unverifiable">, stated: string, computed: Bilingual, basis: Bilingual): Bilingual {
  switch (verdict) {
    case "consistent":
      return bilingual(`Khớp: ${basis.vi} cho ${computed.vi}.`, `Consistent: ${basis.en} gives ${computed.en}.`);
    case "truncated":
      return bilingual(
        `${stated} là số cắt bớt, không phải số làm tròn: ${basis.vi} cho ${computed.vi}.`,
        `${stated} is a truncation, not a rounding: ${basis.en} gives ${computed.en}.`,
      );
    case "inconsistent":
      return bilingual(`Không khớp: ${basis.vi} cho ${computed.vi}, không phải ${stated}.`, `Inconsistent: ${basis.en} gives ${computed.en}, not ${stated}.`);
  }
}

/** "Không kiểm tra được: văn bản không nêu kế hoạch của KCĐP năm 2022 (thiếu: kỳ (năm, số tháng))." */
export function unverifiableMessage(what: Bilingual, missing?: ScopePart): Bilingual {
  const part = missing && missing !== "base" && missing !== "figure" && missing !== "whole" ? partText(missing) : undefined;
  return bilingual(
    `Không kiểm tra được: văn bản không nêu ${what.vi}${part ? ` cùng ${part.vi} với số này` : ""}.`,
    `Cannot be checked: the text does not give ${what.en}${part ? ` with the same ${part.en.replace(/^the /, "")} as this figure` : ""}.`,
  );
}
