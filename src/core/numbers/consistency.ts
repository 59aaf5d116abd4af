import { Decimal } from "./decimal-config";
import { DecimalLike, Interval, sumIntervals, toDecimal } from "./interval";

export type RoundingMode = "round" | "truncate";

/** How a stated figure relates to what the other figures allow. */
export type Verdict = "consistent" | "truncated" | "inconsistent";

/**
 * Whether `stated`, shown with `decimals` digits, can come from a value in `exact`.
 * In "round" mode a figure that only a truncation explains is "truncated" (an info, not an error);
 * in "truncate" mode only truncation counts.
 */
export function judgeStated(stated: DecimalLike, decimals: number, exact: Interval, mode: RoundingMode = "round"): Verdict {
  const truncation = Interval.truncated(stated, decimals).intersects(exact);
  if (mode === "truncate") return truncation ? "consistent" : "inconsistent";
  if (Interval.shown(stated, decimals).intersects(exact)) return "consistent";
  return truncation ? "truncated" : "inconsistent";
}

/** The interval a stated figure stands for under the rounding mode. */
export function statedInterval(stated: DecimalLike, decimals: number, mode: RoundingMode = "round"): Interval {
  return mode === "round" ? Interval.shown(stated, decimals) : Interval.truncated(stated, decimals);
}

/**
 * 0 when a total can be the sum of its parts once every figure's rounding is counted, else the
 * smallest gap no rounding explains: positive when the total is too large, negative when too small.
 */
export function sumGap(total: Interval, parts: readonly Interval[]): Decimal {
  return total.gapFrom(sumIntervals(parts));
}

export function isSumConsistent(total: Interval, parts: readonly Interval[]): boolean {
  return sumGap(total, parts).isZero();
}

export { toDecimal };
