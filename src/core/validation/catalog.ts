import { Severity } from "./finding";

/**
 * Every rule the validator raises: its stable id, default severity and one message template per
 * language, filled with the finding's figures ({name} placeholders; see message.ts). docs/rules.md
 * documents each id with an example; a test keeps the two in step.
 */
export interface RuleDefinition {
  severity: Severity;
  vi: string;
  en: string;
}

export const RULE_CATALOG = {
  "structure/missing-table": {
    severity: "error",
    vi: "Không tìm thấy bảng {table}: cần một dòng tiêu đề có các cột {labels}.",
    en: "No {table} table: a header row with the columns {labels} is needed.",
  },
  "structure/missing-column": {
    severity: "error",
    vi: "Bảng {table} thiếu cột bắt buộc \"{column}\".",
    en: "The {table} table lacks the required column \"{column}\".",
  },
  "header/province": {
    severity: "error",
    vi: "Nhãn \"Tỉnh/Thành phố\" không có tên tỉnh ở ô bên phải.",
    en: "The \"Province\" label has no province name in the cell to its right.",
  },
  "header/year": {
    severity: "warning",
    vi: "Không đọc được năm báo cáo (\"{text}\"): chưa kiểm tra định mức hỗ trợ.",
    en: "The report year cannot be read (\"{text}\"): support ceilings were not checked.",
  },
  "header/period": {
    severity: "warning",
    vi: "Kỳ báo cáo \"{text}\" không thuộc danh mục (6 tháng, 8 tháng, 9 tháng, 11 tháng, Cả năm, \"N tháng\").",
    en: "The report period \"{text}\" is not one of 6, 8, 9, 11 months, full year or \"N months\".",
  },
  "header/unit": {
    severity: "error",
    vi: "Đơn vị tính \"{text}\" không rõ (triệu đồng, tỷ đồng, nghìn đồng, đồng): số liệu được đọc theo triệu đồng.",
    en: "The unit \"{text}\" is unknown (million, billion, thousand VND, VND): amounts were read in million VND.",
  },
  "type/not-number": {
    severity: "error",
    vi: "{column} phải là số: {reason}",
    en: "{column} must be a number: {reason}",
  },
  "type/text-number": {
    severity: "warning",
    vi: "{column} là số nhập dạng văn bản \"{text}\", được đọc là {value}{style}.",
    en: "{column} is a number typed as text \"{text}\", read as {value}{style}.",
  },
  "type/formula-error": {
    severity: "error",
    vi: "{column}: công thức trả về lỗi {error}.",
    en: "{column}: the formula returns the error {error}.",
  },
  "enum/source": {
    severity: "error",
    vi: "Nguồn kinh phí \"{text}\" không thuộc danh mục ({allowed}).",
    en: "The source \"{text}\" is not one of {allowed}.",
  },
  "enum/activity": {
    severity: "error",
    vi: "Nội dung \"{text}\" không phải nội dung khuyến công nào trong danh mục (MH, NR, SXSH, MMTB, DCCN, BCSP, HCNN, HCTN, PTB, DT, TV, TTTT, HNHT, CCN, MT, TLDN, NLQL, KHAC hoặc tên tiếng Việt).",
    en: "The activity \"{text}\" is not a known khuyến công activity (MH, NR, SXSH, MMTB, DCCN, BCSP, HCNN, HCTN, PTB, DT, TV, TTTT, HNHT, CCN, MT, TLDN, NLQL, KHAC or a Vietnamese name).",
  },
  "enum/status": {
    severity: "warning",
    vi: "Tình trạng \"{text}\" không thuộc danh mục ({allowed}).",
    en: "The status \"{text}\" is not one of {allowed}.",
  },
  "value/negative": {
    severity: "error",
    vi: "{column} âm: {value}.",
    en: "{column} is negative: {value}.",
  },
  "value/missing": {
    severity: "warning",
    vi: "Đề án \"{name}\" thiếu {column}.",
    en: "Project \"{name}\" has no {column}.",
  },
  "value/beneficiaries": {
    severity: "error",
    vi: "Số cơ sở thụ hưởng phải là số nguyên từ 1 trở lên, ô ghi {value}: định mức được tính cho 1 cơ sở.",
    en: "The number of beneficiaries must be a whole number ≥ 1, the cell holds {value}: ceilings were applied for 1.",
  },
  "value/support-exceeds-total": {
    severity: "error",
    vi: "Kinh phí khuyến công {support} lớn hơn tổng kinh phí {total} {unit}.",
    en: "The support {support} exceeds the total cost {total} {unit}.",
  },
  "calc/project-total": {
    severity: "error",
    vi: "Tổng kinh phí {total} ≠ kinh phí khuyến công {support} + vốn đối ứng {counterpart} = {sum} {unit} (lệch {gap}, đã tính sai số làm tròn).",
    en: "Total cost {total} ≠ support {support} + counterpart {counterpart} = {sum} {unit} (off by {gap} beyond rounding).",
  },
  "calc/total-row": {
    severity: "error",
    vi: "Dòng tổng cột {column}: {total} ≠ tổng các dòng {sum} {unit} (lệch {gap}, đã tính sai số làm tròn).",
    en: "Total row, column {column}: {total} ≠ the sum of the rows {sum} {unit} (off by {gap} beyond rounding).",
  },
  "calc/completion": {
    severity: "error",
    vi: "Tỷ lệ đạt {stated} ({source}) không thể có từ thực hiện {actual} / kế hoạch {plan} = {computed}.",
    en: "Completion {stated} ({source}) cannot come from actual {actual} / plan {plan} = {computed}.",
  },
  "calc/completion-denominator": {
    severity: "warning",
    vi: "Tỷ lệ đạt {stated} của {source} không khớp kế hoạch {source} ({computed}) nhưng khớp khi chia cho tổng kế hoạch {plan} ({alternative}): ghi rõ mẫu số.",
    en: "Completion {stated} of {source} does not match its own plan ({computed}) but matches the total plan {plan} ({alternative}): state the denominator.",
  },
  "calc/truncated": {
    severity: "info",
    vi: "{column} {stated} là số cắt bớt của {computed}, không phải số làm tròn.",
    en: "{column} {stated} is a truncation of {computed}, not a rounding.",
  },
  "cap/percent": {
    severity: "error",
    vi: "Kinh phí khuyến công {support} vượt {percent} tổng kinh phí {total} (tối đa {max} {unit}) cho nội dung {activity}{scope}.",
    en: "The support {support} exceeds {percent} of the total cost {total} (at most {max} {unit}) for activity {activity}{scope}.",
  },
  "cap/amount": {
    severity: "error",
    vi: "Kinh phí khuyến công {support} vượt mức tối đa {cap} × {units} {per} = {max} {unit} cho nội dung {activity}{scope}.",
    en: "The support {support} exceeds the cap {cap} × {units} {per} = {max} {unit} for activity {activity}{scope}.",
  },
  "cap/local-above-national": {
    severity: "warning",
    vi: "Mức của tỉnh cho nội dung {activity} ({local}) cao hơn mức quốc gia ({national}, {basis}).",
    en: "The local ceiling for activity {activity} ({local}) is above the national one ({national}, {basis}).",
  },
  "rules/bad-row": {
    severity: "error",
    vi: "Dòng quy định trên sheet KC_QuyDinh không dùng được: {reason}",
    en: "A row of the KC_QuyDinh sheet cannot be used: {reason}",
  },
  "dup/project-code": {
    severity: "error",
    vi: "Mã đề án \"{code}\" trùng với dòng {first}.",
    en: "Project code \"{code}\" repeats row {first}.",
  },
  "unit/suspect-scale": {
    severity: "warning",
    vi: "{column} {value} {unit} gấp khoảng {factor} lần mức thường gặp của cột này ở các tỉnh ({median} {unit}): có thể nhập nhầm đơn vị ({guess}).",
    en: "{column} {value} {unit} is about {factor} times the usual value of this column across provinces ({median} {unit}): perhaps a unit mix-up ({guess}).",
  },
  "unit/suspect-sheet-scale": {
    severity: "warning",
    vi: "Số liệu cột {column} của sheet gấp khoảng {factor} lần các tỉnh khác sau khi quy đổi (trung vị {median} so với {reference} {unit}): kiểm tra đơn vị tính \"{stated}\".",
    en: "Column {column} of this sheet is about {factor} times the other provinces once converted (median {median} against {reference} {unit}): check the unit \"{stated}\".",
  },
  "plan/support-gap": {
    severity: "warning",
    vi: "Kế hoạch {fund} {plan} ≠ tổng kinh phí khuyến công của {count} đề án {fund} là {sum} {unit} (chênh {gap}; có thể còn kinh phí chưa phân bổ).",
    en: "The {fund} plan {plan} ≠ the support of its {count} {fund} projects, {sum} {unit} (gap {gap}; funds may be unallocated).",
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof RULE_CATALOG;
export const RULE_IDS = Object.keys(RULE_CATALOG) as RuleId[];
