import { Decimal } from "./decimal-config";

export type DecimalLike = Decimal | number | string;

const HALF_STEPS = new Map<number, Decimal>();

/** Half the step of the last shown digit, remembered: figures use a handful of digit counts. */
function halfStep(decimals: number): Decimal {
  let half = HALF_STEPS.get(decimals);
  if (half === undefined) {
    half = new Decimal(10).pow(-decimals).div(2);
    HALF_STEPS.set(decimals, half);
  }
  return half;
}

/** A closed interval [lo, hi] of exact decimals. Immutable. */
export class Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;

  constructor(lo: DecimalLike, hi: DecimalLike = lo) {
    const a = toDecimal(lo);
    const b = toDecimal(hi);
    if (a.isNaN() || b.isNaN()) throw new RangeError("Interval bound is not a number");
    // Comparing rather than Decimal.min/max: no new Decimal per bound (intervals are made by the million).
    const ordered = a.lte(b);
    this.lo = ordered ? a : b;
    this.hi = ordered ? b : a;
  }

  static exact(value: DecimalLike): Interval {
    return new Interval(value, value);
  }

  /** The values a figure shown with `decimals` digits after the point can stand for (round to nearest). */
  static shown(value: DecimalLike, decimals: number): Interval {
    const v = toDecimal(value);
    const half = halfStep(decimals);
    return new Interval(v.minus(half), v.plus(half));
  }

  /** The values whose truncation to `decimals` digits gives the figure (toward zero). */
  static truncated(value: DecimalLike, decimals: number): Interval {
    const v = toDecimal(value);
    const step = halfStep(decimals).times(2);
    if (v.isZero()) return new Interval(step.neg(), step);
    return v.isPositive() ? new Interval(v, v.plus(step)) : new Interval(v.minus(step), v);
  }

  /** An interval open upward: "hơn 48,2 tỷ" is at least 48,15 tỷ. */
  static atLeast(lo: DecimalLike): Interval {
    return new Interval(lo, Infinity);
  }

  // Bounds may be infinite (an open end): ∞ − ∞ widens to the whole line, 0 × ∞ is 0.
  plus(other: Interval): Interval {
    return new Interval(orElse(this.lo.plus(other.lo), -Infinity), orElse(this.hi.plus(other.hi), Infinity));
  }

  minus(other: Interval): Interval {
    return new Interval(orElse(this.lo.minus(other.hi), -Infinity), orElse(this.hi.minus(other.lo), Infinity));
  }

  times(other: Interval): Interval {
    if (this.lo.gte(0) && other.lo.gte(0) && this.hi.isFinite() && other.hi.isFinite()) return new Interval(this.lo.times(other.lo), this.hi.times(other.hi));
    const p = [this.lo.times(other.lo), this.lo.times(other.hi), this.hi.times(other.lo), this.hi.times(other.hi)].map((x) => orElse(x, 0));
    return new Interval(Decimal.min(...p), Decimal.max(...p));
  }

  /** Undefined when the divisor can be zero, or both are unbounded: nothing can then be said of the quotient. */
  dividedBy(other: Interval): Interval | undefined {
    if (other.containsZero()) return undefined;
    if (this.lo.gte(0) && other.lo.gt(0) && this.hi.isFinite() && other.hi.isFinite()) return new Interval(this.lo.div(other.hi), this.hi.div(other.lo));
    const q = [this.lo.div(other.lo), this.lo.div(other.hi), this.hi.div(other.lo), this.hi.div(other.hi)];
    if (q.some((x) => x.isNaN())) return undefined;
    return new Interval(Decimal.min(...q), Decimal.max(...q));
  }

  scale(factor: DecimalLike): Interval {
    const f = toDecimal(factor);
    if (f.gt(0)) return new Interval(orElse(this.lo.times(f), 0), orElse(this.hi.times(f), 0));
    return this.times(Interval.exact(f));
  }

  shift(offset: DecimalLike): Interval {
    return this.plus(Interval.exact(offset));
  }

  containsZero(): boolean {
    return this.lo.lte(0) && this.hi.gte(0);
  }

  contains(value: DecimalLike): boolean {
    const v = toDecimal(value);
    return this.lo.lte(v) && this.hi.gte(v);
  }

  intersects(other: Interval): boolean {
    return this.lo.lte(other.hi) && other.lo.lte(this.hi);
  }

  /** Signed distance from `other` to this interval: 0 when they meet, > 0 when this lies above. */
  gapFrom(other: Interval): Decimal {
    if (this.lo.gt(other.hi)) return this.lo.minus(other.hi);
    if (this.hi.lt(other.lo)) return this.hi.minus(other.lo);
    return new Decimal(0);
  }

  hull(other: Interval): Interval {
    return new Interval(Decimal.min(this.lo, other.lo), Decimal.max(this.hi, other.hi));
  }

  get mid(): Decimal {
    return this.lo.plus(this.hi).div(2);
  }

  get width(): Decimal {
    return this.hi.minus(this.lo);
  }

  toJSON(): [number, number] {
    return [this.lo.toNumber(), this.hi.toNumber()];
  }

  toString(): string {
    return `[${this.lo.toString()}; ${this.hi.toString()}]`;
  }
}

export function toDecimal(value: DecimalLike): Decimal {
  if (value instanceof Decimal) return value;
  // String(number) is the shortest text that reads back as the same double: 0.1 stays 0.1.
  return new Decimal(typeof value === "number" ? String(value) : value);
}

function orElse(value: Decimal, fallback: number): Decimal {
  return value.isNaN() ? new Decimal(fallback) : value;
}

export function sumIntervals(parts: readonly Interval[]): Interval {
  return parts.reduce((acc, p) => acc.plus(p), Interval.exact(0));
}
