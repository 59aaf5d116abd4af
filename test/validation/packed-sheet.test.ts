import { MessageChannel } from "worker_threads";
import { packedBuffers, PackedSheet, PackedSheetBuilder, PackedSheetData } from "../../src/core/workbook/packed-sheet";

describe("PackedSheet", () => {
  it("reads every value kind back, and nothing between or beyond the cells", () => {
    const b = new PackedSheetBuilder("B");
    b.startRow(0);
    b.add(0, 1.5, "0.0");
    b.add(3, "x");
    b.add(5, true);
    b.add(6, false);
    b.add(9, { error: "#REF!" }, undefined, "A1/0");
    b.startRow(3);
    b.add(2, null, undefined, "B1");
    const s = new PackedSheet(b.finish());
    expect([0, 1, 3, 5, 6, 9].map((c) => s.cell(0, c))).toEqual([
      { value: 1.5, format: "0.0" },
      undefined,
      { value: "x" },
      { value: true },
      { value: false },
      { value: { error: "#REF!" }, formula: "A1/0" },
    ]);
    expect(s.cell(1, 0)).toBeUndefined();
    expect(s.cell(3, 2)).toEqual({ value: null, formula: "B1" });
    expect(s.cell(3, 3)).toBeUndefined();
    expect(s.cell(-1, 0)).toBeUndefined();
    expect(s.cell(4, 0)).toBeUndefined();
    expect([s.rowCount, s.colCount]).toEqual([4, 10]);
  });

  it("reads a file whose rows or cells are out of order whole, the later of two cells at one address kept", () => {
    const b = new PackedSheetBuilder("C");
    b.startRow(2);
    b.add(3, "d");
    b.add(1, "b");
    b.startRow(0);
    b.add(0, 1, undefined, "X1");
    b.startRow(2);
    b.add(1, "b2", "@");
    const s = new PackedSheet(b.finish());
    expect([s.cell(0, 0), s.cell(2, 1), s.cell(2, 3), s.cell(1, 0)]).toEqual([
      { value: 1, formula: "X1" },
      { value: "b2", format: "@" },
      { value: "d" },
      undefined,
    ]);
    expect([s.rowCount, s.colCount]).toEqual([3, 4]);
  });

  it("keeps each distinct text once, however often the sheet repeats it", () => {
    const b = new PackedSheetBuilder("D");
    for (let r = 0; r < 50; r++) {
      b.startRow(r);
      b.add(0, r % 2 ? "KCQG" : "KCĐP");
      b.add(1, { error: "#N/A" });
    }
    const data = b.finish();
    expect([...data.texts].sort()).toEqual(["#N/A", "KCQG", "KCĐP"]);
    const s = new PackedSheet(data);
    expect([s.cell(48, 0), s.cell(49, 0), s.cell(49, 1)]).toEqual([{ value: "KCĐP" }, { value: "KCQG" }, { value: { error: "#N/A" } }]);
  });

  it("grows past its first arrays and crosses a thread boundary with its buffers transferred", async () => {
    const b = new PackedSheetBuilder("Lớn");
    for (let r = 0; r < 3000; r++) {
      b.startRow(r);
      for (let c = 0; c < 5; c++) b.add(c, c === 1 ? `r${r}` : r * 10 + c, c === 2 ? "#,##0" : undefined, c === 4 ? `A${r + 1}*2` : undefined);
    }
    const built = b.finish();
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<PackedSheetData>((resolve) => port2.once("message", resolve));
    port1.postMessage(built, packedBuffers(built));
    const copy = new PackedSheet(await received);
    port1.close();
    expect(built.numbers.length).toBe(0); // transferred, not copied
    expect(copy.cell(2999, 1)).toEqual({ value: "r2999" });
    expect(copy.cell(1234, 2)).toEqual({ value: 12342, format: "#,##0" });
    expect(copy.cell(17, 4)).toEqual({ value: 174, formula: "A18*2" });
    expect([copy.rowCount, copy.colCount]).toEqual([3000, 5]);
  });
});
