import ExcelJS from "exceljs";
import { callsKcFunction } from "../../src/app/kc-formulas";
import { convertKcFormulas, findKcFormulas } from "../../src/adapters/xlsx/kc-values";

describe("callsKcFunction", () => {
  it("sees a call to a KC function, as Excel shows it and as a file stores it", () => {
    expect(callsKcFunction("=KC.COMPLETION(B5,C5)")).toBe(true);
    expect(callsKcFunction("ROUND(kc.share(A1, A2), 2)")).toBe(true);
    expect(callsKcFunction("_xldudf_KC_COMPLETION(B5,C5)")).toBe(true);
    expect(callsKcFunction('IF(A1>0,KC.TEXT(A1),"")')).toBe(true);
  });

  it("ignores sheet names, other add-ins and text that merely mentions KC", () => {
    expect(callsKcFunction("=KC_QuyDinh!B4*2")).toBe(false);
    expect(callsKcFunction("=XKC.SUM(A1)")).toBe(false);
    expect(callsKcFunction('="dùng =KC.COMPLETION(a;b)"')).toBe(false);
    expect(callsKcFunction("=SUM(A1:A9)")).toBe(false);
    expect(callsKcFunction(undefined)).toBe(false);
  });
});

describe("KC formulas to values in an .xlsx copy (web page)", () => {
  it("turns each KC formula into its cached result, shared clones included, and leaves other formulas", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tính toán");
    sheet.getCell("A1").value = 64.18;
    sheet.getCell("B1").value = 72.59;
    sheet.getCell("C1").value = { formula: "KC.COMPLETION(A1,B1)", result: 0.8841, shareType: "shared", ref: "C1:C2" } as ExcelJS.CellFormulaValue;
    sheet.getCell("C2").value = { sharedFormula: "C1", result: 0.5 } as ExcelJS.CellSharedFormulaValue;
    sheet.getCell("D1").value = { formula: "A1+B1", result: 136.77 };
    sheet.getCell("E1").value = { formula: 'KC.PARSE("x")', result: { error: "#VALUE!" } } as ExcelJS.CellFormulaValue;
    workbook.addWorksheet("Trống");
    expect(findKcFormulas(workbook)).toEqual([{ sheet: "Tính toán", cells: 3 }]);
    expect(convertKcFormulas(workbook)).toBe(3);
    expect(sheet.getCell("C1").value).toBe(0.8841);
    expect(sheet.getCell("C2").value).toBe(0.5);
    expect(sheet.getCell("E1").value).toEqual({ error: "#VALUE!" });
    expect(sheet.getCell("D1").formula).toBe("A1+B1");
    expect(findKcFormulas(workbook)).toEqual([]);
  });
});
