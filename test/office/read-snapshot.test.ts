import { readOfficeSnapshot, readSnapshotIn } from "../../src/adapters/office/read-snapshot";
import { DEFAULT_READ_LIMITS, parseUsedAddress, planReads } from "../../src/adapters/office/read-plan";
import { officeCell } from "../../src/adapters/office/cells";
import { FakeExcel } from "./fake-excel";
import { provinceWorkbook } from "./province-fixture";

const asContext = (fake: FakeExcel) => fake.context as unknown as Excel.RequestContext;

describe("officeCell", () => {
  it("strips the formula's '=' and keeps the cached value", () => {
    expect(officeCell(12, "=SUM(A1:A3)", "#,##0")).toEqual({ value: 12, formula: "SUM(A1:A3)", format: "#,##0" });
  });
  it("maps error literals to CellError", () => {
    expect(officeCell("#DIV/0!", "=A1/0", "General")).toEqual({ value: { error: "#DIV/0!" }, formula: "A1/0", format: "General" });
  });
  it("leaves empty cells out but keeps a formula that returns empty text", () => {
    expect(officeCell("", "", "General")).toBeUndefined();
    expect(officeCell("", '=IF(A1,"","")', "General")).toEqual({ value: null, formula: 'IF(A1,"","")', format: "General" });
  });
  it("keeps text typed as numbers as text", () => {
    expect(officeCell("1.656", "1.656", "@")).toEqual({ value: "1.656", format: "@" });
  });
});

describe("planReads", () => {
  it("parses used addresses with quoted sheet names", () => {
    expect(parseUsedAddress("Bà Rịa - Vũng Tàu", "'Bà Rịa - Vũng Tàu'!B2:K40")).toEqual({
      sheet: "Bà Rịa - Vũng Tàu",
      startRow: 1,
      startCol: 1,
      rowCount: 39,
      colCount: 10,
    });
    expect(parseUsedAddress("S", "S!C3")).toEqual({ sheet: "S", startRow: 2, startCol: 2, rowCount: 1, colCount: 1 });
  });

  it("cuts a tall sheet into row chunks under the chunk budget", () => {
    const plan = planReads([{ sheet: "big", startRow: 0, startCol: 0, rowCount: 200_000, colCount: 20 }]);
    const cellsPerChunk = DEFAULT_READ_LIMITS.maxChunkBytes / DEFAULT_READ_LIMITS.bytesPerCell;
    expect(plan.chunkCount).toBe(Math.ceil((200_000 * 20) / cellsPerChunk));
    expect(plan.largestChunkBytes).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.maxChunkBytes);
    expect(plan.largestBatchBytes).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.maxSyncBytes);
    const rows = plan.batches.flat().reduce((n, c) => n + c.rowCount, 0);
    expect(rows).toBe(200_000);
  });

  it("puts every chunk of an ordinary workbook in one batch", () => {
    const areas = Array.from({ length: 63 }, (_, i) => ({ sheet: `S${i}`, startRow: 0, startCol: 0, rowCount: 50, colCount: 12 }));
    expect(planReads(areas).batches).toHaveLength(1);
  });
});

describe("readSnapshotIn", () => {
  it("reads values, formulas, formats and errors into a snapshot in 3 syncs", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Cần Thơ", {
      B2: "Tỉnh/Thành phố",
      C2: "Cần Thơ",
      C10: { value: 1200.5, format: "#,##0.0" },
      D10: { value: 2401, formula: "=C10*2", format: "#,##0" },
      E10: { value: "#DIV/0!", formula: "=C10/0" },
    });
    fake.addSheet("Trống");
    const { snapshot, stats } = await readSnapshotIn(asContext(fake));
    expect(stats.syncs).toBe(3);
    expect(fake.syncs).toBe(3);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Cần Thơ", "Trống"]);
    const sheet = snapshot.sheets[0];
    expect(sheet.cell(1, 1)).toEqual({ value: "Tỉnh/Thành phố", format: "General" });
    expect(sheet.cell(9, 2)).toEqual({ value: 1200.5, format: "#,##0.0" });
    expect(sheet.cell(9, 3)).toEqual({ value: 2401, formula: "C10*2", format: "#,##0" });
    expect(sheet.cell(9, 4)?.value).toEqual({ error: "#DIV/0!" });
    expect(sheet.cell(0, 0)).toBeUndefined();
    expect(sheet.rowCount).toBe(10);
    expect(snapshot.sheets[1].rowCount).toBe(0);
  });

  it.each([1, 20, 63])("takes 3 syncs for %i province sheets", async (count) => {
    const fake = provinceWorkbook(count);
    const progress: [number, number][] = [];
    const { snapshot, stats } = await readSnapshotIn(asContext(fake), { onProgress: (d, t) => progress.push([d, t]) });
    expect(fake.syncs).toBe(3);
    expect(snapshot.sheets).toHaveLength(count);
    expect(stats.rangeLoads).toBe(count);
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(Math.max(...fake.syncRecords.map((r) => r.responseBytes))).toBeLessThan(5 * 2 ** 20);
    // Reading never writes.
    expect(fake.sheets.every((s) => s.writes === 0)).toBe(true);
  });

  it("splits a batch and retries when the host refuses a response as too large", async () => {
    const fake = new FakeExcel({ maxResponseBytes: 20_000 });
    for (const name of ["A", "B", "C", "D"]) {
      const sheet = fake.addSheet(name);
      for (let r = 1; r <= 100; r++) for (const col of ["A", "B", "C", "D", "E"]) sheet.set(`${col}${r}`, r * 1.5);
    }
    const { snapshot } = await readSnapshotIn(asContext(fake));
    expect(snapshot.sheets.map((s) => s.cell(99, 4)?.value)).toEqual([150, 150, 150, 150]);
    expect(fake.syncs).toBeGreaterThan(3);
  });

  it("reads the cells with values when formatting alone stretches the used range far beyond them", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Cần Thơ", { A1: "Tỉnh/Thành phố", B1: "Cần Thơ", C3: { value: 5, formula: "=2+3" }, Z200000: { value: "", format: "0.00" } });
    const { snapshot, stats } = await readSnapshotIn(fake.asContext());
    expect(fake.syncs).toBe(3);
    expect(stats.plan.chunkCount).toBe(1);
    expect(snapshot.sheets[0].rowCount).toBe(3);
    expect(snapshot.sheets[0].cell(2, 2)).toEqual({ value: 5, formula: "2+3", format: "General" });
  });

  it("keeps the formatted used range when it is not much larger than the data", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S", { A1: 1, B2: { value: "", formula: '=""' }, D4: { value: "", format: "0.00" } });
    const { snapshot } = await readSnapshotIn(fake.asContext());
    expect(snapshot.sheets[0].rowCount).toBe(4);
    expect(snapshot.sheets[0].cell(1, 1)).toEqual({ value: null, formula: '""', format: "General" });
  });

  it("is reachable through Excel.run", async () => {
    const fake = provinceWorkbook(2);
    fake.install();
    const snapshot = await readOfficeSnapshot();
    expect(snapshot.sheets).toHaveLength(2);
  });
});
