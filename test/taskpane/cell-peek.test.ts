import { peekAround } from "../../src/app/cell-peek";
import { sheetFromValues } from "../../src/core/workbook/snapshot";

describe("peekAround", () => {
  const sheet = sheetFromValues("Cà Mau", [
    ["Tỉnh/Thành phố", "Cà Mau", null],
    [null, 102, 123],
    [null, { value: 235, formula: "B2+C2+10" }, null],
  ]);

  it("gives the cells around a cell, clipped at A1, with the cell marked", () => {
    const peek = peekAround(sheet, "B3", 1);
    expect(peek.columns).toEqual(["A", "B", "C"]);
    expect(peek.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    const target = peek.rows.flatMap((r) => r.cells).filter((c) => c.target);
    expect(target).toEqual([{ address: "B3", value: 235, formula: "B2+C2+10", format: undefined, target: true }]);
    expect(peek.rows[0].cells.map((c) => c.value)).toEqual([undefined, 102, 123]);
  });

  it("shows A1 for a finding about a whole sheet", () => {
    const peek = peekAround(sheet, "", 2);
    expect(peek.cell).toBe("A1");
    expect(peek.rows[0].cells[0]).toMatchObject({ address: "A1", value: "Tỉnh/Thành phố", target: true });
  });

  it("widens to show a region, marks its cells, and keeps the cell when the region is longer than the window", () => {
    const long = sheetFromValues(
      "Long An",
      Array.from({ length: 30 }, (_, r) => [`Dòng ${r + 1}`, r + 1]),
    );
    const peek = peekAround(long, "B21", 1, ["B3:B20"]);
    expect(peek.rows.map((r) => r.row)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    expect(peek.columns).toEqual(["A", "B", "C"]);
    const marked = peek.rows.flatMap((r) => r.cells).filter((c) => c.inRegion);
    expect(marked.map((c) => c.address)).toEqual(["B11", "B12", "B13", "B14", "B15", "B16", "B17", "B18", "B19", "B20"]);
    expect(peek.rows.flatMap((r) => r.cells).find((c) => c.target)).toMatchObject({ address: "B21", inRegion: false });
    const short = peekAround(long, "B6", 1, ["B2:B4", "D6"]);
    expect(short.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(short.columns).toEqual(["A", "B", "C", "D"]);
    expect(peekAround(long, "B6", 1).rows[0].cells[0].inRegion).toBeUndefined();
  });
});
