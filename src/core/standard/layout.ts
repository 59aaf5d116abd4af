import { ACTIVITIES } from "../rules/activities";
import { Bilingual, bilingual } from "../message";
import { MoneyUnit } from "../numbers/units";

/**
 * The province sheet standard (docs/standard.md) as data: the reader matches these labels,
 * the ExcelJS template and the task pane's Office.js "new province sheet" both write them.
 */

export type HeaderKey = "province" | "year" | "period" | "unit";
export type FundingColumn = "source" | "plan" | "actual" | "completion" | "sameLastYear" | "previousPlan";
export type ProjectColumn = "no" | "code" | "name" | "source" | "activity" | "beneficiaries" | "total" | "support" | "counterpart" | "status" | "notes";

/** What a column holds, which decides how it is read, formatted and validated. */
export type ColumnKind = "text" | "amount" | "percent" | "count" | "list";

export interface LabelSpec<K extends string> {
  key: K;
  /** The label written by the template (Vietnamese) and its English alias. */
  label: Bilingual;
  /** Other spellings accepted when reading (compared folded: see foldLabel). */
  aliases: readonly string[];
}

export interface ColumnSpec<K extends string> extends LabelSpec<K> {
  kind: ColumnKind;
  required: boolean;
  /** Column width in characters for the template. */
  width: number;
  /** The list a "list" column's data validation offers. */
  list?: readonly string[];
}

export const HEADER_FIELDS: readonly LabelSpec<HeaderKey>[] = [
  { key: "province", label: bilingual("Tỉnh/Thành phố", "Province"), aliases: ["Tỉnh", "Tỉnh, thành phố", "Tên tỉnh", "Province/City"] },
  { key: "year", label: bilingual("Năm báo cáo", "Year"), aliases: ["Năm", "Report year"] },
  { key: "period", label: bilingual("Kỳ báo cáo", "Period"), aliases: ["Kỳ", "Report period"] },
  { key: "unit", label: bilingual("Đơn vị tính", "Unit"), aliases: ["ĐVT", "Đơn vị"] },
];

/** Sources a funding row may name, as the template lists them. */
export const FUNDING_SOURCES = ["KCQG", "KCĐP", "Tổng cộng"] as const;
/** Sources a project may name. */
export const PROJECT_SOURCES = ["KCQG", "KCĐP", "KCQG điểm"] as const;
export const PROJECT_STATUSES = ["Kế hoạch", "Đang thực hiện", "Hoàn thành", "Dừng"] as const;
export const PERIODS = ["6 tháng", "8 tháng", "9 tháng", "11 tháng", "Cả năm"] as const;
export const UNITS: readonly { unit: MoneyUnit; label: string }[] = [
  { unit: "trieu", label: "triệu đồng" },
  { unit: "ty", label: "tỷ đồng" },
  { unit: "nghin", label: "nghìn đồng" },
  { unit: "dong", label: "đồng" },
];

export const FUNDING_COLUMNS: readonly ColumnSpec<FundingColumn>[] = [
  {
    key: "source",
    label: bilingual("Nguồn kinh phí", "Source"),
    aliases: ["Nguồn", "Funding source"],
    kind: "list",
    required: true,
    width: 18,
    list: FUNDING_SOURCES,
  },
  { key: "plan", label: bilingual("Kế hoạch năm", "Annual plan"), aliases: ["Kế hoạch", "Plan"], kind: "amount", required: true, width: 16 },
  { key: "actual", label: bilingual("Thực hiện", "Actual"), aliases: ["Kinh phí thực hiện", "Thực hiện trong kỳ"], kind: "amount", required: true, width: 16 },
  {
    key: "completion",
    label: bilingual("Tỷ lệ đạt (%)", "Completion %"),
    aliases: ["Tỷ lệ đạt", "Tỷ lệ", "Tỷ lệ hoàn thành", "Completion"],
    kind: "percent",
    required: false,
    width: 14,
  },
  {
    key: "sameLastYear",
    label: bilingual("Thực hiện cùng kỳ năm trước", "Same period last year"),
    aliases: ["Cùng kỳ năm trước", "Cùng kỳ"],
    kind: "amount",
    required: false,
    width: 20,
  },
  {
    key: "previousPlan",
    label: bilingual("Kế hoạch năm trước", "Previous annual plan"),
    aliases: ["Kế hoạch năm trước đó"],
    kind: "amount",
    required: false,
    width: 18,
  },
];

export const PROJECT_COLUMNS: readonly ColumnSpec<ProjectColumn>[] = [
  { key: "no", label: bilingual("STT", "No."), aliases: ["TT", "Số TT", "Số thứ tự", "No"], kind: "text", required: false, width: 6 },
  { key: "code", label: bilingual("Mã đề án", "Project code"), aliases: ["Mã", "Code"], kind: "text", required: false, width: 12 },
  { key: "name", label: bilingual("Tên đề án", "Project name"), aliases: ["Tên đề án khuyến công", "Project"], kind: "text", required: true, width: 40 },
  {
    key: "source",
    label: bilingual("Nguồn kinh phí", "Source"),
    aliases: ["Nguồn", "Funding source"],
    kind: "list",
    required: true,
    width: 14,
    list: PROJECT_SOURCES,
  },
  {
    key: "activity",
    label: bilingual("Nội dung", "Activity"),
    aliases: ["Nội dung hỗ trợ", "Nội dung khuyến công", "Mã nội dung", "Activity code"],
    kind: "list",
    required: true,
    width: 12,
    list: ACTIVITIES.map((a) => a.code),
  },
  {
    key: "beneficiaries",
    label: bilingual("Số cơ sở thụ hưởng", "Beneficiaries"),
    aliases: ["Số cơ sở", "Số đơn vị thụ hưởng", "Số cơ sở được hỗ trợ"],
    kind: "count",
    required: false,
    width: 12,
  },
  {
    key: "total",
    label: bilingual("Tổng kinh phí", "Total cost"),
    aliases: ["Tổng kinh phí thực hiện", "Tổng vốn", "Total"],
    kind: "amount",
    required: true,
    width: 16,
  },
  {
    key: "support",
    label: bilingual("Kinh phí khuyến công", "Support"),
    aliases: ["Kinh phí khuyến công hỗ trợ", "Kinh phí hỗ trợ", "Khuyến công hỗ trợ"],
    kind: "amount",
    required: true,
    width: 16,
  },
  {
    key: "counterpart",
    label: bilingual("Vốn đối ứng", "Counterpart"),
    aliases: ["Nguồn đối ứng", "Vốn đối ứng của đơn vị thụ hưởng", "Đối ứng"],
    kind: "amount",
    required: true,
    width: 16,
  },
  {
    key: "status",
    label: bilingual("Tình trạng", "Status"),
    aliases: ["Trạng thái", "Tình trạng thực hiện"],
    kind: "list",
    required: false,
    width: 16,
    list: PROJECT_STATUSES,
  },
  { key: "notes", label: bilingual("Ghi chú", "Notes"), aliases: ["Note"], kind: "text", required: false, width: 24 },
];

/** Number formats the template gives each kind of column (the reader takes precision from them). */
export const NUMBER_FORMATS = {
  amount: "#,##0.00",
  percent: "0.00%",
  count: "0",
  year: "0",
} as const;

/** Titles the template writes above each table (informative: the reader finds tables by their header rows). */
export const TABLE_TITLES = {
  sheet: bilingual("BÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG", "Khuyến công report"),
  funding: bilingual("I. KINH PHÍ KHUYẾN CÔNG", "I. Funding by source"),
  projects: bilingual("II. DANH SÁCH ĐỀ ÁN", "II. Projects"),
} as const;

/** The labels that make a header row: a funding table needs both of these. */
export const FUNDING_HEADER_KEYS: readonly FundingColumn[] = ["source", "plan"];
export const PROJECT_HEADER_KEYS: readonly ProjectColumn[] = ["name", "total"];

/** Labels of a rule-override sheet (section 4). */
export const RULES_SHEET_NAME = "KC_QuyDinh";
export type RulesColumn = "activity" | "source" | "maxPercent" | "maxAmount" | "unit" | "per" | "basis" | "from" | "province";
export const RULES_COLUMNS: readonly LabelSpec<RulesColumn>[] = [
  { key: "activity", label: bilingual("Nội dung", "Activity"), aliases: ["Mã nội dung"] },
  { key: "source", label: bilingual("Nguồn kinh phí", "Source"), aliases: ["Nguồn"] },
  { key: "maxPercent", label: bilingual("Tỷ lệ tối đa (%)", "Max percent"), aliases: ["Tỷ lệ tối đa", "Max %"] },
  { key: "maxAmount", label: bilingual("Mức tối đa", "Max amount"), aliases: ["Mức hỗ trợ tối đa"] },
  { key: "unit", label: bilingual("Đơn vị", "Unit"), aliases: ["Đơn vị tính", "ĐVT"] },
  { key: "per", label: bilingual("Theo", "Per"), aliases: ["Tính theo"] },
  { key: "basis", label: bilingual("Căn cứ", "Basis"), aliases: ["Căn cứ pháp lý", "Legal basis"] },
  { key: "from", label: bilingual("Hiệu lực từ", "Effective from"), aliases: ["Ngày hiệu lực", "Từ ngày"] },
  { key: "province", label: bilingual("Tỉnh/Thành phố", "Province"), aliases: ["Tỉnh"] },
];
