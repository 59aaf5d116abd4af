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
 * The figure a stored value shows with `decimals` digits after the point (negative for thousands-scaled
 * formats: −3 shows thousands), as Excel displays it: rounded half away from zero.
 */
export function shownFigure(stored: DecimalLike, decimals: number): Decimal {
  const v = toDecimal(stored);
  if (decimals >= 0) return v.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const step = new Decimal(10).pow(-decimals);
  return v.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
}

/**
 * THE interval of a stored figure: the values the figure it shows (`shownFigure`) can stand for under the
 * rounding mode. Every check (identities, totals, completion, ceilings) and every reader gets its
 * intervals here, so they cannot disagree on a format (1234 under `#,##0,` shows 1 thousand: [500; 1500]).
 */
export function storedFigureInterval(stored: DecimalLike, decimals: number, mode: RoundingMode = "round"): Interval {
  return statedInterval(shownFigure(stored, decimals), decimals, mode);
}

/**
 * 0 when a total can be the sum of its parts once every figure's rounding is counted, else the
 * smallest gap no rounding explains: positive when the total is too large, negative when too small.
 */
export function sumGap(total: Interval, parts: readonly Interval[]): Decimal {
  return total.gapFrom(sumIntervals(parts));
}

export { toDecimal };
