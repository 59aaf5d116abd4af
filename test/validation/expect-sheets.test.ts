import { WorkbookValidator, validateWorkbook } from "../../src/core/validation/engine";
import { SheetSnapshot, sheetFromValues } from "../../src/core/workbook/snapshot";
import { goodInput, sheetOf, withProject } from "./fixtures";

const rulesSheet = () =>
  sheetFromValues("KC_QuyDinh", [
    ["Nội dung", "Nguồn kinh phí", "Tỷ lệ tối đa (%)", "Mức tối đa", "Đơn vị", "Theo", "Căn cứ", "Hiệu lực từ"],
    ["MMTB", "KCĐP", 50, 200, "triệu đồng", "cơ sở", "NQ 01/2022/NQ-HĐND", "01/01/2022"],
  ]);

/** Sheets one at a time, as the streaming CLI adds them, the names announced first. */
function streamed(sheets: SheetSnapshot[]) {
  const validator = new WorkbookValidator();
  validator.expectSheets(sheets.map((s) => s.name));
  for (const sheet of sheets) validator.addSheet(sheet);
  return validator.finish();
}

describe("WorkbookValidator.expectSheets", () => {
  it("still waits for a KC_QuyDinh sheet that comes after the province sheets", () => {
    const sheets = [sheetOf(goodInput()), rulesSheet()];
    const report = streamed(sheets);
    expect(report.findings.find((f) => f.rule === "cap/amount")?.basis).toBe("NQ 01/2022/NQ-HĐND");
    expect(report).toEqual(validateWorkbook({ sheets }));
  });

  it("without a KC_QuyDinh sheet judges KCĐP caps as the whole-workbook validation does", () => {
    const sheets = [sheetOf(withProject(2, { beneficiaries: 1 })), sheetOf({ ...goodInput(), province: "Lâm Đồng" })];
    const report = streamed(sheets);
    expect(report.findings.filter((f) => f.rule === "cap/amount").map((f) => [f.sheet, f.severity])).toEqual([["Đắk Nông", "warning"]]);
    expect(report).toEqual(validateWorkbook({ sheets }));
  });
});
