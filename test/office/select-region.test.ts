import { selectRegionIn } from "../../src/adapters/office/navigate";
import { FakeExcel } from "./fake-excel";

/** A province sheet with a completion column whose D4 divides by the wrong plan. */
function workbook(requirementSets?: string[]): FakeExcel {
  const fake = new FakeExcel({ requirementSets });
  fake.addSheet("Ghi chú", { A1: "Không phải báo cáo" });
  fake.addSheet("Tiền Giang", {
    B2: 100,
    C2: 80,
    D2: { value: 0.8, formula: "=C2/B2" },
    B3: 200,
    C3: 150,
    D3: { value: 0.75, formula: "=C3/B3" },
    B4: 300,
    C4: 240,
    D4: { value: 1.2, formula: "=C4/B3" },
  });
  return fake;
}

describe("selecting a suspect with its region in Excel", () => {
  it("selects the cell first and its region as one multi-area selection where the host has ExcelApi 1.18, in one sync", async () => {
    const fake = workbook(["ExcelApi 1.18"]);
    const how = await selectRegionIn(fake.asContext(), "Tiền Giang", "D4", ["D2:D3", "D5:D6"], fake.requirements);
    expect(how).toBe("region");
    expect(fake.activeSheet).toBe("Tiền Giang");
    expect(fake.selection).toEqual({ sheet: "Tiền Giang", address: "D4, D2:D3, D5:D6" });
    expect(fake.syncs).toBe(1);
  });

  it("selects the cell alone below ExcelApi 1.18 (the fake refuses RangeAreas.select there) and says so", async () => {
    const fake = workbook(["ExcelApi 1.10"]);
    const how = await selectRegionIn(fake.asContext(), "Tiền Giang", "D4", ["D2:D3"], fake.requirements);
    expect(how).toBe("cell");
    expect(fake.selection).toEqual({ sheet: "Tiền Giang", address: "D4" });
    // The guard is what keeps the call away: the same host refuses the member itself.
    expect(() => fake.context.workbook.worksheets.getItem("Tiền Giang").getRanges("D4, D2:D3").select()).toThrow(/RangeAreas.select needs ExcelApi 1.18/);
  });

  it("writes nothing into the sheet: no fill, no format, no value", async () => {
    const fake = workbook(["ExcelApi 1.18"]);
    await selectRegionIn(fake.asContext(), "Tiền Giang", "D4", ["D2:D3"], fake.requirements);
    expect(fake.sheet("Tiền Giang")!.writes).toBe(0);
    expect(fake.sheet("Tiền Giang")!.formats).toEqual([]);
    expect(fake.sheet("Tiền Giang")!.get("D4")).toEqual({ value: 1.2, formula: "=C4/B3" });
  });

  it("selects a whole-sheet suspect at A1, and fails at sync for a sheet renamed since the review", async () => {
    const fake = workbook();
    expect(await selectRegionIn(fake.asContext(), "Ghi chú", "", [], fake.requirements)).toBe("cell");
    expect(fake.selection).toEqual({ sheet: "Ghi chú", address: "A1" });
    await expect(selectRegionIn(fake.asContext(), "Tiền Giang (2)", "D4", ["D2:D3"], fake.requirements)).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
