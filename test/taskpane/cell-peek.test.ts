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
});
