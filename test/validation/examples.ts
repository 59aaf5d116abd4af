import { composeProvinceSheet, ProvinceSheetInput } from "../../src/core/standard/compose";
import { validateWorkbook, ValidateOptions } from "../../src/core/validation/engine";
import { grid, l7, l9 } from "../reading/layouts";
import { Finding } from "../../src/core/validation/finding";
import { GridSheet, sheetFromValues } from "../../src/core/workbook/snapshot";
import { goodInput, sheetOf, withFunding, withProject } from "./fixtures";
import { reviewWorkbook } from "../../src/core/review/review";
import { buildSummaryPlan } from "../../src/core/summary/build-plan";
import { sheet } from "../review/sheets";

/** One small workbook per rule id that makes it fire: docs/rules.md shows these findings. */
export function ruleExamples(): Record<string, Finding> {
  const found: Record<string, Finding> = {};
  const collect = (sheets: GridSheet[], options?: ValidateOptions) => {
    for (const f of validateWorkbook({ sheets }, options).findings) found[f.rule] ??= f;
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
  // Real layouts (real-layouts.md): an export's empty total and no unit (L7), a column-number identity,
  // two units, a unit the figures contradict (L9), a row's fund against the title, an ambiguous province.
  const empty = l7();
  for (const c of [3, 4]) (empty as unknown as { rows: unknown[][] }).rows[5][c] = undefined;
  collect([empty]);
  collect([
    grid("Bieu 2", [
      ["BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2023"],
      [null, null, null, null, "ĐVT: triệu đồng"],
      ["TT", "Nội dung", "KCQG", "KCĐP", "Tổng số"],
      ["A", "B", 1, 2, "3=1+2"],
      [1, "Đào tạo nghề", 100, 50, 150],
      [2, "Thông tin tuyên truyền", 40, 20, 70],
    ]),
  ]);
  collect([
    grid("Bieu 3", [
      ["DANH SÁCH ĐỀ ÁN KHUYẾN CÔNG NĂM 2023"],
      [null, null, null, "ĐVT: triệu đồng"],
      ["STT", "Tên đề án", "Tổng kinh phí (tỷ đồng)", "Kinh phí hỗ trợ", "Vốn đối ứng"],
      [1, "Hỗ trợ ứng dụng máy sấy", 1.2, 300, 900],
    ]),
  ]);
  const dong = l9("DP");
  (dong as unknown as { rows: { value: unknown }[][] }).rows[3][3] = { value: 1100000000 };
  (dong as unknown as { rows: { value: unknown }[][] }).rows[4][3] = { value: 50000000 };
  collect([dong]);
  collect([
    grid("KCDP", [
      ["KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2023"],
      [null, null, null, null, "ĐVT: triệu đồng"],
      ["STT", "Tên đề án", "Nguồn kinh phí", "Nội dung", "Tổng kinh phí", "Kinh phí hỗ trợ", "Vốn đối ứng"],
      [1, "Đào tạo nghề mây tre đan", "KCQG", "DT", 100, 100, 0],
    ]),
  ]);
  collect([grid("BD", [["UBND TỈNH BD"], ["BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2023"], ["Nguồn kinh phí", "Kế hoạch năm", "Thực hiện"], ["KCQG", 10, 9]])]);
  collect([
    sheetFromValues("TH", [
      ["Nguồn kinh phí", "Kế hoạch năm"],
      ["XYZ", "abc"],
    ]),
  ]);
  // Results by fund written the wrong way round against the funding report of the same year (Bến Tre's export).
  const results = grid(
    "Kết quả",
    [
      ["BÁO CÁO KẾT QUẢ CÔNG TÁC KHUYẾN CÔNG"],
      [null],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm báo cáo 2023"],
      [null, null, null, "KCQG", "KCĐP"],
      [1, "Số lao động mới được đào tạo", "Lao động", 30, 0],
      [2, "Số lao động được đào tạo nâng cao tay nghề", "Lao động", 0, 25],
      [3, "Số học viên được đào tạo khởi sự doanh nghiệp", "Học viên", 20, 0],
    ],
    ["D3:E3"],
  );
  const funding = grid(
    "Kinh phí",
    [
      ["BÁO CÁO KINH PHÍ KHUYẾN CÔNG"],
      ["ĐVT: triệu đồng"],
      ["TT", "Chỉ tiêu", "Năm báo cáo 2023"],
      [null, null, "KCĐP", "KCQG"],
      [1, "Hỗ trợ đào tạo nghề cho lao động mới", 180, null],
      [2, "Hỗ trợ đào tạo nâng cao tay nghề", null, 90],
      [3, "Hỗ trợ đào tạo khởi sự doanh nghiệp", 60, null],
    ],
    ["C3:D3"],
  );
  collect([results, funding]);
  // A correction made for a header that has changed since.
  collect([
    l7(),
    sheetFromValues("KC_CachDoc", [
      ["Sheet", "Sửa gì", "Ô", "Đọc là", "Ô đang ghi"],
      ["Sheet1", "Vai trò cột", "D4", "KCQG", "Năm 2022 › KCĐP"],
    ]),
  ]);
  one(goodInput({ province: "Hà Tây" }));
  one(goodInput({ province: "BD" }));
  one(goodInput({ province: "Bến Tre", year: 2025 }));
  collect([
    new GridSheet("Đắk Nông", composeProvinceSheet(goodInput()).rows),
    new GridSheet("Đắk Nông (2)", composeProvinceSheet(goodInput({ province: "Tỉnh Đắc Nông" })).rows),
  ]);
  for (const f of formulaExamples()) found[f.rule] ??= f;
  for (const f of summaryExamples()) found[f.rule] ??= f;
  return found;
}

/**
 * One small workbook per formula rule (kc review; kc validate runs the same review on province
 * sheets): a regional table whose cached values agree with its figures, so only the formulas tell.
 */
function formulaExamples(): Finding[] {
  const region = sheet("Tổng hợp", [
    ["Tỉnh", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt", "Kế hoạch (đồng)", "Kế hoạch (triệu)", "Cùng kỳ"],
    ["Bến Tre", 1200, 1100, "=C2/B2", 1200000000, "=E2/1000000", 1000],
    ["Trà Vinh", 2207, 2000, "=C3/B3", 2207000000, "=E3/1000000", 1900],
    ["Vĩnh Long", 1500, 1400, "=C4/B3", 1500000000, "=E4/1000", 1300],
    ["Đồng Tháp", 1100, 1000, "=C5/B5", 1100000000, "=E5/1000000", 950],
    ["An Giang", 1300, 1250, "=C6/B6", 1300000000, "=E6/1000000", 1200],
    ["Tổng cộng", "=SUM(B2:B6)", 6800, "=C7/B7", "=SUM(E2:E5)", "=SUM(F2:F6)", "=SUM(G2:G6)"],
    [null, null, null, null, null, null, null],
    ["So với tổng", "=B2/B8", "=C2/C7+#REF!", null, null, null, null],
    ["Định mức", "=C3/2207", null, null, null, null, null],
  ]);
  const sections = sheet("Đề án", [
    ["I", "KCQG", "=SUM(C2:C3)"],
    [1, "Máy sấy cà phê", 300],
    [2, "Chế biến hạt điều", 900],
    ["II", "KCĐP", "=SUM(C5:C6)"],
    [3, "Máy ép dầu", 550],
    [4, "Đào tạo nghề", 57],
    [null, "Tổng cộng", "=SUM(C1:C6)"],
  ]);
  const estimate = sheet("Dự toán", [
    ["Hội chợ", 120],
    ["Đào tạo", 80],
    ["Tư vấn", 45],
    [null, null],
    ["Cộng", "=SUM(B1:B4)"],
  ]);
  const numbered = sheet("Biểu 2", [
    ["TT", "Nguồn", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
    ["A", "B", "1", "2", "3=2/1"],
    [1, "KCQG", 1200, 1100, "=D3/C3*100"],
    [2, "KCĐP", 2207, 2000, "=D4/C3*100"],
    [null, "Tổng cộng", 3407, 3100, "=D5/C5*100"],
  ]);
  const errors = sheet("Lỗi", [
    ["Kế hoạch", 0],
    ["Thực hiện", 1100],
    ["Tỷ lệ", { value: { error: "#DIV/0!" }, formula: "B2/B1" }],
    ["Tỷ lệ (%)", { value: { error: "#DIV/0!" }, formula: "B3*100" }],
  ]);
  const table = sheet("Bảng", [["Kế hoạch"], [1200], [2207], ["=SUM(A1:A3)"]]);
  const typedTotal = sheet("Chi tiết", [
    ["Hạng mục", "Kế hoạch", "Thực hiện"],
    ["Hội chợ", 100, 80],
    ["Đào tạo", 200, 150],
    ["Tư vấn", 300, 240],
    ["Cộng", "=SUM(B2:B4)", 470],
  ]);
  const hints = (s: { name: string }) => (s.name === "Bảng" ? { tables: [{ top: 1, bottom: 3, left: 0, right: 0, totalRows: [3] }] } : undefined);
  const review = reviewWorkbook({ sheets: [region, sections, estimate, numbered, errors, table, typedTotal] }, hints);
  return [...review.findings, ...review.notes];
}

/**
 * The summary's own findings: Vĩnh Long 2025 against 2024 with only Bến Tre's report (Trà Vinh and the old
 * Vĩnh Long missing), and --region south given Hà Nội's report.
 */
function summaryExamples(): Finding[] {
  const snapshot = {
    sheets: [
      sheetOf(goodInput({ province: "Vĩnh Long", year: 2025 })),
      sheetOf(goodInput({ province: "Hà Nội", year: 2025 })),
      sheetOf(goodInput({ province: "Bến Tre", year: 2024 }), "Bến Tre 2024"),
    ],
  };
  const report = validateWorkbook(snapshot);
  return buildSummaryPlan(snapshot, report, { lang: "vi", region: "south" }).findings ?? [];
}
