import { a1, cellOf, columnOfA1, parseA1 } from "./snapshot";

describe("A1 addresses", () => {
  it("reads a reference's column letters, case-blind, and says when there are none", () => {
    expect(["A1", "b7", "Z9", "AA10", "BC12", "XFD1048576"].map(columnOfA1)).toEqual([0, 1, 25, 26, 54, 16383]);
    expect(["", "12", "$A$1"].map(columnOfA1)).toEqual([-1, -1, -1]);
  });

  it("parses what a1 writes, with or without $", () => {
    for (const [row, col] of [
      [0, 0],
      [6, 1],
      [1048575, 16383],
      [41, 702],
    ])
      expect(parseA1(a1(row, col))).toEqual({ row, col });
    expect(parseA1("$C$4")).toEqual({ row: 3, col: 2 });
    expect(() => parseA1("R1C1")).toThrow(RangeError);
  });

  it("builds each cell shape whole", () => {
    expect([cellOf(1, undefined, undefined), cellOf(1, "A1", undefined), cellOf(1, undefined, "0%"), cellOf(null, "B2", "0")]).toEqual([
      { value: 1 },
      { value: 1, formula: "A1" },
      { value: 1, format: "0%" },
      { value: null, formula: "B2", format: "0" },
    ]);
    expect(Object.keys(cellOf(1, undefined, undefined))).toEqual(["value"]);
  });
});
