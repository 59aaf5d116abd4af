import { composeProvinceSheet, ProvinceSheetInput } from "../../src/core/standard/compose";
import { validateWorkbook } from "../../src/core/validation/engine";
import { Finding } from "../../src/core/validation/finding";
import { GridSheet, sheetFromValues } from "../../src/core/workbook/snapshot";
import { goodInput, sheetOf, withFunding, withProject } from "./fixtures";

/** One small workbook per rule id that makes it fire: docs/rules.md shows these findings. */
export function ruleExamples(): Record<string, Finding> {
  const found: Record<string, Finding> = {};
  const collect = (sheets: GridSheet[]) => {
    for (const f of validateWorkbook({ sheets }).findings) found[f.rule] ??= f;
  };
  const one = (input: ProvinceSheetInput) => collect([sheetOf(input)]);
  collect([
    sheetFromValues("Tỉnh A", [
      [null],
      [null],
      ["Tỉnh/Thành phố", "An Giang"],
      ["Năm báo cáo", "năm nay"],
      ["Kỳ báo cáo", "quý 3"],
      ["Đơn vị tính", "USD"],
      [null],
      ["Nguồn kinh phí", "Kế hoạch năm"],
      ["KCQG", 12],
    ]),
  ]);
  collect([sheetFromValues("Tỉnh B", [[null], [null], ["Tỉnh/Thành phố", null], ["Năm báo cáo", 2023]])]);
  one(withProject(0, { total: "1.656", support: "bảy trăm", counterpart: { value: { error: "#REF!" }, formula: "G16-H16" } }));
  one(withProject(1, { source: "Ngân sách TW", activity: "Trồng lúa", status: "Xong", beneficiaries: 1.5 }));
  one(withProject(3, { counterpart: -1, total: 57, support: 58 }));
  one(withProject(4, { total: null }));
  one(withProject(0, { total: 710 }));
  one(withFunding(2, { plan: 3410 }));
  one(withFunding(0, { completion: 0.95 }));
  one(withFunding(1, { completion: "58,70%" }));
  one(withFunding(0, { completion: { value: 91.66, format: "General" } }));
  one(withProject(0, { total: 500, support: 300, counterpart: 200 }));
  one(withProject(0, { total: 1300, support: 600, counterpart: 700 }));
  one(withProject(3, { code: "dn-01" }));
  one(withProject(1, { status: "Dừng" }));
  collect([
    sheetOf(goodInput()),
    sheetFromValues("KC_QuyDinh", [
      ["Nội dung", "Nguồn kinh phí", "Tỷ lệ tối đa (%)", "Mức tối đa", "Đơn vị", "Theo", "Căn cứ", "Hiệu lực từ"],
      ["MH", "KCĐP", 30, 1500, "triệu đồng", "mô hình", "NQ 01/2022/NQ-HĐND", "01/01/2022"],
      ["Bay lượn", "KCĐP", 30, 100, "triệu đồng", "đề án", "NQ 01/2022/NQ-HĐND", "01/01/2022"],
    ]),
  ]);
  const scaled = (name: string, k: number, unit: ProvinceSheetInput["unit"] = "trieu") => {
    const input = goodInput({ province: name, unit });
    return new GridSheet(
      name,
      composeProvinceSheet({
        ...input,
        projects: input.projects!.map((p, i) => (i === 4 ? { ...p, total: 150 * k, support: 100 * k, counterpart: 50 * k } : p)),
      }).rows,
    );
  };
  collect([scaled("An Giang", 1), scaled("Cà Mau", 1), scaled("Bạc Liêu", 1), scaled("Hậu Giang", 1e6)]);
  collect([
    sheetOf(goodInput({ province: "An Giang" })),
    sheetOf(goodInput({ province: "Cà Mau" })),
    sheetOf(goodInput({ province: "Bạc Liêu" })),
    sheetOf(goodInput({ province: "Kiên Giang", unit: "ty" })),
  ]);
  one(goodInput({ province: "Hà Tây" }));
  one(goodInput({ province: "BD" }));
  one(goodInput({ province: "Bến Tre", year: 2025 }));
  collect([
    new GridSheet("Đắk Nông", composeProvinceSheet(goodInput()).rows),
    new GridSheet("Đắk Nông (2)", composeProvinceSheet(goodInput({ province: "Tỉnh Đắc Nông" })).rows),
  ]);
  return found;
}
