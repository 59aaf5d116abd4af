import { Bilingual, bilingual, Lang } from "../message";
import { unitName } from "../numbers/units";
import { ColumnRole, Confidence, Evidence, EvidenceKind, FundOrTotal, Period, ReadingStatus, RowKind, TableKind } from "./types";

/** The words the reading is told in (the explanation, the task pane's reading view): Vietnamese first. */

const MEASURES: Record<string, Bilingual> = {
  plan: bilingual("kế hoạch", "plan"),
  allocated: bilingual("kế hoạch đã phân bổ", "allocated plan"),
  actual: bilingual("thực hiện", "actual"),
  sameLastYear: bilingual("thực hiện cùng kỳ năm trước", "same period last year"),
  previousPlan: bilingual("kế hoạch năm trước", "previous year's plan"),
  cost: bilingual("tổng kinh phí", "total cost"),
  support: bilingual("kinh phí khuyến công hỗ trợ", "support"),
  counterpart: bilingual("vốn đối ứng", "counterpart funds"),
  completion: bilingual("tỷ lệ đạt (% kế hoạch)", "completion (% of plan)"),
  samePeriod: bilingual("so với cùng kỳ (%)", "ratio to the same period (%)"),
  share: bilingual("tỷ trọng (%)", "share (%)"),
  growth: bilingual("tăng/giảm (%)", "growth (%)"),
  projects: bilingual("số đề án", "number of projects"),
  beneficiaries: bilingual("số cơ sở thụ hưởng", "number of beneficiaries"),
  indicator: bilingual("số lượng (chỉ tiêu)", "count (indicator)"),
};

const PLAIN: Record<string, Bilingual> = {
  no: bilingual("số thứ tự", "row number"),
  label: bilingual("nhãn dòng (tên đề án, chỉ tiêu, nội dung)", "row label (project, indicator, content)"),
  unit: bilingual("đơn vị tính từng dòng", "per-row unit"),
  fund: bilingual("nguồn kinh phí từng dòng", "per-row fund"),
  activity: bilingual("nội dung khuyến công", "activity"),
  beneficiary: bilingual("đơn vị thụ hưởng", "beneficiaries"),
  status: bilingual("tình trạng", "status"),
  code: bilingual("mã đề án", "project code"),
  time: bilingual("thời gian thực hiện", "duration"),
  note: bilingual("ghi chú, địa chỉ (không phải số liệu)", "notes, addresses (not figures)"),
  unknown: bilingual("chưa hiểu: không đọc", "not understood: not read"),
};

export function fundName(fund: FundOrTotal): Bilingual {
  return fund === "KCQG" ? bilingual("KCQG", "KCQG") : fund === "KCDP" ? bilingual("KCĐP", "KCĐP") : bilingual("tổng các nguồn", "all funds");
}

export function periodName(period: Period): Bilingual {
  if (period.months !== undefined && period.months < 12)
    return bilingual(`${period.months} tháng${period.year ? ` năm ${period.year}` : ""}`, `${period.months} months${period.year ? ` of ${period.year}` : ""}`);
  return period.year ? bilingual(`năm ${period.year}`, `year ${period.year}`) : bilingual("cả năm", "full year");
}

export function roleName(role: ColumnRole): Bilingual {
  if (role.kind === "amount" || role.kind === "percent" || role.kind === "count") {
    const parts = [MEASURES[role.measure]];
    if (role.fund) parts.push(fundName(role.fund));
    if (role.period) parts.push(periodName(role.period));
    return bilingual(parts.map((p) => p.vi).join(", "), parts.map((p) => p.en).join(", "));
  }
  return PLAIN[role.kind];
}

const EVIDENCE: Record<EvidenceKind, Bilingual> = {
  label: bilingual("nhãn", "label"),
  title: bilingual("tiêu đề", "title"),
  "unit-line": bilingual("dòng đơn vị tính", "unit line"),
  "sheet-name": bilingual("tên sheet", "sheet name"),
  "file-name": bilingual("tên tệp", "file name"),
  section: bilingual("dòng mục", "section row"),
  value: bilingual("giá trị ô", "cell value"),
  inferred: bilingual("suy từ tên", "inferred from the name"),
  formula: bilingual("công thức", "formula"),
  correction: bilingual("cán bộ sửa cách đọc", "officer's correction"),
  default: bilingual("mặc định của biểu mẫu chuẩn", "the standard's default"),
};

export function evidenceText(evidence: Evidence, lang: Lang): string {
  const where = [evidence.cell, evidence.text !== undefined ? `"${evidence.text}"` : undefined].filter((s) => s !== undefined).join(" ");
  return `${EVIDENCE[evidence.kind][lang]}${where ? ` ${where}` : ""}`;
}

export function confidenceText(confidence: Confidence, lang: Lang): string {
  if (confidence === "certain") return "";
  return confidence === "likely" ? (lang === "vi" ? " (có lẽ)" : " (likely)") : lang === "vi" ? " (giả định)" : " (assumed)";
}

export const STATUS_NAMES: Record<ReadingStatus, Bilingual> = {
  read: bilingual("đã đọc", "read"),
  partial: bilingual("đọc được một phần", "read in part"),
  "not-report": bilingual("không phải báo cáo", "not a report"),
};

export const TABLE_NAMES: Record<TableKind, Bilingual> = {
  funding: bilingual("kinh phí theo nguồn", "funding by source"),
  projects: bilingual("danh sách đề án", "projects"),
  activities: bilingual("kinh phí theo nội dung", "funding by activity"),
  indicators: bilingual("chỉ tiêu kết quả", "result indicators"),
  regional: bilingual("tổng hợp theo tỉnh", "by province"),
  other: bilingual("bảng khác", "other table"),
};

export const ROW_NAMES: Record<RowKind, Bilingual> = {
  data: bilingual("dòng số liệu", "item"),
  total: bilingual("dòng tổng", "total"),
  subtotal: bilingual("dòng mục có số cộng", "section total"),
  section: bilingual("dòng mục", "section heading"),
  ofWhich: bilingual('dòng "trong đó" (không cộng vào tổng)', '"of which" row (not added into totals)'),
  columnNumbers: bilingual("dòng đánh số cột", "column-number row"),
  blank: bilingual("dòng trống", "blank row"),
};

export function unitText(unit: Parameters<typeof unitName>[0], lang: Lang): string {
  return unitName(unit)[lang];
}
