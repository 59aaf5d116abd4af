import { asGrid, broadcast } from "./broadcast";

describe("broadcast", () => {
  it("repeats a single value against a range", () => {
    const r = broadcast([asGrid<number>([[1], [2], [3]]), asGrid<number>(10)], ([a, b]) => a * b);
    expect(r).toEqual({ ok: true, value: [[10], [20], [30]] });
  });

  it("repeats a row against a column, as Excel array arithmetic does", () => {
    const r = broadcast([[[1], [2]], [[10, 20, 30]]], ([a, b]) => a + b);
    expect(r).toEqual({
      ok: true,
      value: [
        [11, 21, 31],
        [12, 22, 32],
      ],
    });
  });

  it("refuses ranges whose sizes do not fit, naming them", () => {
    const r = broadcast(
      [
        [[1], [2], [3]],
        [[1], [2]],
      ],
      ([a, b]) => a + b,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain("3×1, 2×1");
  });
});
