import { Interval } from "./interval";
import { judgeStated, sumGap } from "./consistency";
import { measureInterval } from "./ratios";

describe("judgeStated", () => {
  const exact = Interval.exact(3512.4 / 4120.75);

  it("accepts a rounding and refuses a truncation in round mode", () => {
    expect(judgeStated(0.8524, 4, exact)).toBe("consistent");
    expect(judgeStated(0.8523, 4, exact)).toBe("truncated");
    expect(judgeStated(0.8522, 4, exact)).toBe("inconsistent");
  });

  it("accepts only a truncation in truncate mode", () => {
    expect(judgeStated(0.8523, 4, exact, "truncate")).toBe("consistent");
    expect(judgeStated(0.8524, 4, exact, "truncate")).toBe("inconsistent");
  });

  it("judges a growth rate with the precision of both years (12,4 vs 10,73 stated as 15,6%)", () => {
    const growth = measureInterval("growth", Interval.shown(12.4, 1), Interval.shown(10.73, 2))!;
    expect(judgeStated(0.156, 3, growth)).toBe("consistent");
    // 36,77 / 27,04 − 1 = 35,98%: "35%" is not a rounding of it, only a truncation; "34%" is neither.
    const dnb = measureInterval("growth", Interval.shown(36.77, 2), Interval.shown(27.04, 2))!;
    expect(judgeStated(0.35, 2, dnb)).toBe("truncated");
    expect(judgeStated(0.34, 2, dnb)).toBe("inconsistent");
  });
});

describe("sumGap", () => {
  it("is zero when rounding explains the difference", () => {
    expect(sumGap(Interval.shown(12.57, 2), [Interval.shown(4.31, 2), Interval.shown(8.25, 2)]).toNumber()).toBe(0);
  });

  it("is the smallest unexplained gap, signed", () => {
    expect(sumGap(Interval.shown(12.6, 2), [Interval.shown(4.31, 2), Interval.shown(8.25, 2)]).toString()).toBe("0.025");
    expect(sumGap(Interval.exact(10), [Interval.exact(4), Interval.exact(8)]).toString()).toBe("-2");
  });
});
