import { Interval, sumIntervals } from "./interval";

describe("Interval", () => {
  it("stands for the values a shown figure can be, without binary drift", () => {
    const i = Interval.shown(88.41, 2);
    expect(i.lo.toString()).toBe("88.405");
    expect(i.hi.toString()).toBe("88.415");
  });

  it("adds, subtracts, multiplies and divides bound by bound", () => {
    const a = new Interval(1, 2);
    const b = new Interval(3, 5);
    expect(a.plus(b).toString()).toBe("[4; 7]");
    expect(a.minus(b).toString()).toBe("[-4; -1]");
    expect(new Interval(-1, 2).times(b).toString()).toBe("[-5; 10]");
    expect(b.dividedBy(new Interval(2, 4))?.toString()).toBe("[0.75; 2.5]");
  });

  it("refuses to divide by an interval that holds zero", () => {
    expect(new Interval(1, 2).dividedBy(new Interval(-1, 1))).toBeUndefined();
  });

  it("counts the rounding of every part of a sum (Đông Nam Bộ 2013: 5,32 + 31,44 vs 36,77)", () => {
    const parts = sumIntervals([Interval.shown(5.32, 2), Interval.shown(31.44, 2)]);
    expect(parts.intersects(Interval.shown(36.77, 2))).toBe(true);
    expect(parts.intersects(Interval.shown(36.79, 2))).toBe(false);
  });

  it("measures the signed gap between two intervals", () => {
    expect(new Interval(5, 6).gapFrom(new Interval(1, 2)).toString()).toBe("3");
    expect(new Interval(1, 2).gapFrom(new Interval(5, 6)).toString()).toBe("-3");
    expect(new Interval(1, 5).gapFrom(new Interval(4, 6)).toString()).toBe("0");
  });

  it("truncation intervals run away from zero from the figure", () => {
    expect(Interval.truncated(66.43, 2).toString()).toBe("[66.43; 66.44]");
    expect(Interval.truncated(-1.5, 1).toString()).toBe("[-1.6; -1.5]");
  });
});
