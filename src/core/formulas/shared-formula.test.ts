import { sharedFormulaAt } from "./shared-formula";

describe("sharedFormulaAt", () => {
  it("moves relative references and keeps absolute ones", () => {
    expect(sharedFormulaAt("SUM(D9:D12)+$A$1+Sheet2!B3", "D8", "E8")).toBe("SUM(E9:E12)+$A$1+Sheet2!C3");
    expect(sharedFormulaAt("C5/$C$4", "D5", "D9")).toBe("C9/$C$4");
    expect(sharedFormulaAt("'Bến Tre'!E12*1000", "B2", "B3")).toBe("'Bến Tre'!E13*1000");
  });
  it("gives the master's own formula at the master", () => {
    expect(sharedFormulaAt("A1+1", "B1", "B1")).toBe("A1+1");
  });
  it("turns a reference moved off the grid into #REF!, as Excel does", () => {
    expect(sharedFormulaAt("A1-1", "B2", "A1")).toContain("#REF!");
  });
});
