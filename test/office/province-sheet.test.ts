import { createProvinceSheetIn } from "../../src/adapters/office/province-sheet";
import { readSnapshotIn } from "../../src/adapters/office/read-snapshot";
import { freeSheetName } from "../../src/core/workbook/sheet-names";
import { reportOf } from "../../src/core/reading/view";
import { validateWorkbook } from "../../src/core/validation/engine";
import { FakeExcel } from "./fake-excel";

const options = { province: "Cần Thơ", year: 2024, period: "9 tháng", unit: "tỷ đồng" };

describe("freeSheetName", () => {
  it("drops characters Excel forbids, cuts to 31 and numbers duplicates case-insensitively", () => {
    expect(freeSheetName("TP. Hồ Chí Minh", [])).toBe("TP. Hồ Chí Minh");
    expect(freeSheetName("Bà Rịa/Vũng Tàu [cũ]", [])).toBe("Bà Rịa Vũng Tàu cũ");
    expect(freeSheetName("Cần Thơ", ["cần thơ", "Cần Thơ (2)"])).toBe("Cần Thơ (3)");
    const long = "Tỉnh có một cái tên rất là dài để thử giới hạn";
    const name = freeSheetName(long, [freeSheetName(long, [])]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(" (2)")).toBe(true);
    expect(freeSheetName("  ::  ", [])).toBe("Tinh");
  });
});

describe("createProvinceSheetIn", () => {
  it("adds a standard sheet the reader recognises, under a free name, in 2 syncs, leaving other sheets alone", async () => {
    const fake = new FakeExcel();
    const existing = fake.addSheet("Cần Thơ", { A1: "bảng cũ của người dùng" });
    const name = await createProvinceSheetIn(fake.asContext(), options);
    expect(name).toBe("Cần Thơ (2)");
    expect(fake.syncs).toBe(2);
    expect(existing.writes).toBe(0);
    expect(fake.activeSheet).toBe(name);

    const sheet = fake.sheet(name)!;
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.frozen.rows).toBeGreaterThan(0);
    const lists = sheet.validations.map((v) => (v.rule as { list: { source: string } }).list.source);
    expect(lists).toContain("KCQG,KCĐP,KCQG điểm");
    expect(lists.some((l) => l.includes("MMTB"))).toBe(true);
    expect(lists).toContain("Kế hoạch,Đang thực hiện,Hoàn thành,Dừng");
    expect(lists).toContain("KCQG,KCĐP,Tổng cộng");

    const { snapshot } = await readSnapshotIn(fake.asContext());
    const read = reportOf(snapshot.sheets.find((s) => s.name === name)!)!;
    expect(read.header).toMatchObject({ province: "Cần Thơ", year: 2024, months: 9, unit: "ty" });
    expect(read.reading.tables.map((t) => t.kind)).toEqual(["funding", "projects"]);
    expect(read.reading.tables[0].rows.map((r) => r.fund?.value)).toEqual(["KCQG", "KCDP", "total"]);
    expect(read.reading.tables[1].columns.map((c) => c.role.kind)).not.toContain("unknown");
    const errors = validateWorkbook(snapshot).findings.filter((f) => f.sheet === name && f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("uses drop-down lists (ExcelApi 1.8), within the manifest's minimum: a host emulating 1.7 refuses them", async () => {
    const fake = new FakeExcel({ requirementSets: ["ExcelApi 1.10"] });
    const name = await createProvinceSheetIn(fake.asContext(), options);
    expect(fake.sheet(name)!.validations.length).toBeGreaterThan(0);
    await expect(createProvinceSheetIn(new FakeExcel({ requirementSets: ["ExcelApi 1.7"] }).asContext(), options)).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });
});
