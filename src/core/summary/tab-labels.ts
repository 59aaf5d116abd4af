import { Bilingual, bilingual, Lang } from "../message";

/** Every fixed text of the summary tabs, in both languages. */
export const TAB_LABELS = {
  fundingTitle: bilingual("TỔNG HỢP KINH PHÍ KHUYẾN CÔNG", "KHUYẾN CÔNG FUNDING SUMMARY"),
  activitiesTitle: bilingual("TỔNG HỢP ĐỀ ÁN KHUYẾN CÔNG THEO NỘI DUNG", "KHUYẾN CÔNG PROJECTS BY ACTIVITY"),
  findingsTitle: bilingual("KẾT QUẢ KIỂM TRA SỐ LIỆU", "DATA CHECK FINDINGS"),
  reportTitle: bilingual("BÁO CÁO TỔNG HỢP", "SUMMARY REPORT"),
  year: bilingual("năm", "year"),
  unitTy: bilingual("Đơn vị tính: tỷ đồng", "Unit: billion VND"),
  unitActivities: bilingual("Đơn vị tính: tỷ đồng (số đề án, số cơ sở: đơn vị)", "Unit: billion VND (projects and beneficiaries: count)"),
  formulasNote: bilingual(
    "Mọi số liệu là công thức trỏ về ô của trang tỉnh; bấm tên tỉnh để mở trang.",
    "Every figure is a formula over the province sheets' cells; click a province to open its sheet.",
  ),
  reportNote: bilingual("Các đoạn văn là công thức tính từ dòng tổng cộng của", "The paragraphs are formulas over the total row of"),
  locality: bilingual("Địa phương", "Locality"),
  kcqg: bilingual("Khuyến công quốc gia (KCQG)", "National funds (KCQG)"),
  kcdp: bilingual("Khuyến công địa phương (KCĐP)", "Local funds (KCĐP)"),
  total: bilingual("Tổng cộng", "Total"),
  sameLastYearGroup: bilingual("Cùng kỳ năm trước", "Same period last year"),
  previousPlanGroup: bilingual("Kế hoạch năm trước", "Previous year's plan"),
  plan: bilingual("Kế hoạch", "Plan"),
  actual: bilingual("Thực hiện", "Actual"),
  completion: bilingual("Tỷ lệ đạt (%)", "Completion (%)"),
  sameLastYear: bilingual("Thực hiện cùng kỳ", "Actual, same period"),
  ratio: bilingual("So với cùng kỳ (%)", "Ratio to same period (%)"),
  previousPlan: bilingual("Kế hoạch năm trước", "Previous plan"),
  growth: bilingual("Tăng/giảm kế hoạch (%)", "Plan growth (%)"),
  comparisonNote: bilingual("Số năm trước lấy từ", "Previous year from"),
  code: bilingual("Mã", "Code"),
  activity: bilingual("Nội dung", "Activity"),
  unknownActivity: bilingual("Chưa xác định nội dung", "Activity not recognised"),
  projects: bilingual("Số đề án", "Projects"),
  beneficiaries: bilingual("Số cơ sở thụ hưởng", "Beneficiaries"),
  totalCost: bilingual("Tổng kinh phí", "Total cost"),
  supportKcqg: bilingual("Kinh phí KCQG hỗ trợ", "KCQG support"),
  supportKcdp: bilingual("Kinh phí KCĐP hỗ trợ", "KCĐP support"),
  counterpart: bilingual("Vốn đối ứng", "Counterpart funds"),
  no: bilingual("STT", "No."),
  severity: bilingual("Mức độ", "Severity"),
  rule: bilingual("Quy tắc", "Rule"),
  ruleId: bilingual("Mã quy tắc", "Rule id"),
  sheet: bilingual("Trang tính", "Sheet"),
  cell: bilingual("Ô", "Cell"),
  message: bilingual("Nội dung", "Message"),
  expected: bilingual("Giá trị đúng", "Expected"),
  found: bilingual("Giá trị tìm thấy", "Found"),
  basis: bilingual("Căn cứ", "Legal basis"),
  noFindings: bilingual("Không có phát hiện nào.", "No findings."),
  error: bilingual("Lỗi", "Error"),
  warning: bilingual("Cảnh báo", "Warning"),
  info: bilingual("Thông tin", "Info"),
  chartTitle: bilingual("Tỷ lệ đạt kế hoạch theo địa phương", "Completion by locality"),
} satisfies Record<string, Bilingual>;

export type TabLabel = keyof typeof TAB_LABELS;

export function label(key: TabLabel, lang: Lang): string {
  return TAB_LABELS[key][lang];
}
