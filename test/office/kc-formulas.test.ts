import { convertKcFormulasIn, findKcFormulasIn } from "../../src/adapters/office/kc-formulas";
import { FakeExcel } from "./fake-excel";

function workbook(requirementSets?: string[]): FakeExcel {
  const fake = new FakeExcel({ requirementSets });
  fake
    .addSheet("Tính toán", {
      A1: 64.18,
      B1: 72.59,
      C1: { value: 0.8841, formula: "=KC.COMPLETION(A1,B1)", format: "0.00%" },
      C2: { value: 136.77, formula: "=A1+B1" },
      D1: { value: 1, formula: "=KC.PARSE(F1:F3)" },
      // Cells a dynamic array spills into: Excel shows their value as their formula.
      D2: 2,
      D3: 3,
    })
    .spills.set("D1", "D1:D3");
  fake.addSheet("Cần Thơ", { A1: "Tỉnh/Thành phố", B1: "Cần Thơ" });
  return fake;
}

describe("KC formulas to values in Excel", () => {
  it("counts the KC formulas by sheet without changing anything", async () => {
    const fake = workbook();
    expect(await findKcFormulasIn(fake.asContext())).toEqual([{ sheet: "Tính toán", cells: 2 }]);
    expect(fake.sheets.every((s) => s.writes === 0)).toBe(true);
  });

  it("writes each KC result as a value, a spilled result over its whole range, and leaves other formulas and sheets alone", async () => {
    const fake = workbook(["ExcelApi 1.12"]);
    expect(await convertKcFormulasIn(fake.asContext(), fake.requirements)).toBe(2);
    const sheet = fake.sheet("Tính toán")!;
    expect(sheet.get("C1")).toEqual({ value: 0.8841, format: "0.00%" });
    expect(sheet.get("C2")).toEqual({ value: 136.77, formula: "=A1+B1" });
    expect(["D1", "D2", "D3"].map((a) => sheet.get(a))).toEqual([{ value: 1 }, { value: 2 }, { value: 3 }]);
    expect(fake.sheet("Cần Thơ")!.writes).toBe(0);
    expect(await findKcFormulasIn(fake.asContext())).toEqual([]);
  });

  it("on a host without dynamic arrays (ExcelApi below 1.12) asks for no spill and converts the formula cells", async () => {
    const fake = workbook(["ExcelApi 1.10"]);
    expect(await convertKcFormulasIn(fake.asContext(), fake.requirements)).toBe(2);
    expect(fake.sheet("Tính toán")!.get("D1")).toEqual({ value: 1 });
  });
});
