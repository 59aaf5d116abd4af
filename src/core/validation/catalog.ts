import { Bilingual } from "../message";
import { Severity } from "./finding";

/**
 * Every rule the validator raises, in one place: its stable id, default severity, a short title for
 * lists and filters, one message template per language filled with the finding's figures ({name}
 * placeholders, typed: see RuleArgs), what it checks, and what it enforces (a section of the standard
 * in docs/, or the legal basis its rule pack names). docs/rules.md is generated from this table.
 */
export interface RuleDefinition {
  severity: Severity;
  title: Bilingual;
  message: { vi: string; en: string };
  /** What the rule checks, for docs/rules.md (English). */
  description: string;
  /** The section of the standard, the domain or the legal basis the rule enforces. */
  enforces: string;
}

export const RULE_CATALOG = {
  "structure/missing-table": {
    severity: "error",
    title: { vi: "Thiếu bảng", en: "Missing table" },
    message: {
      vi: "Không tìm thấy bảng {table}: cần một dòng tiêu đề có các cột {labels}.",
      en: "No {table} table: a header row with the columns {labels} is needed.",
    },
    description:
      'A province sheet (it has a "Tỉnh/Thành phố" label) lacks the funding table (a header row with "Nguồn kinh phí" and "Kế hoạch năm") or the project table ("Tên đề án" and "Tổng kinh phí"). Sheet-level: no cell.',
    enforces: "docs/standard.md §2, §3",
  },
  "structure/missing-column": {
    severity: "error",
    title: { vi: "Thiếu cột bắt buộc", en: "Missing required column" },
    message: {
      vi: 'Bảng {table} thiếu cột bắt buộc "{column}".',
      en: 'The {table} table lacks the required column "{column}".',
    },
    description:
      "A table's header row lacks a required column (funding: source, annual plan, actual; projects: name, source, activity, total cost, support, counterpart).",
    enforces: "docs/standard.md §2, §3",
  },
  "header/province": {
    severity: "error",
    title: { vi: "Thiếu tên tỉnh", en: "Province name missing" },
    message: {
      vi: 'Nhãn "Tỉnh/Thành phố" không có tên tỉnh ở ô bên phải.',
      en: 'The "Province" label has no province name in the cell to its right.',
    },
    description: 'The "Tỉnh/Thành phố" label has nothing to its right.',
    enforces: "docs/standard.md §1",
  },
  "header/year": {
    severity: "warning",
    title: { vi: "Không đọc được năm báo cáo", en: "Report year unreadable" },
    message: {
      vi: 'Không đọc được năm báo cáo ("{text}"): chưa kiểm tra định mức hỗ trợ.',
      en: 'The report year cannot be read ("{text}"): support ceilings were not checked.',
    },
    description: 'No "Năm báo cáo" label, or its value holds no year: ceilings, which depend on the year, are not checked.',
    enforces: "docs/standard.md §1",
  },
  "header/period": {
    severity: "warning",
    title: { vi: "Kỳ báo cáo không rõ", en: "Unknown report period" },
    message: {
      vi: 'Kỳ báo cáo "{text}" không thuộc danh mục (6 tháng, 8 tháng, 9 tháng, 11 tháng, Cả năm, "N tháng").',
      en: 'The report period "{text}" is not one of 6, 8, 9, 11 months, full year or "N months".',
    },
    description: '"Kỳ báo cáo" is not "N tháng" (1–12) or "Cả năm".',
    enforces: "docs/standard.md §1",
  },
  "header/unit": {
    severity: "error",
    title: { vi: "Đơn vị tính không rõ", en: "Unknown unit" },
    message: {
      vi: 'Đơn vị tính "{text}" không rõ (triệu đồng, tỷ đồng, nghìn đồng, đồng): số liệu được đọc theo triệu đồng.',
      en: 'The unit "{text}" is unknown (million, billion, thousand VND, VND): amounts were read in million VND.',
    },
    description: '"Đơn vị tính" is not a money unit; amounts are then read in triệu đồng (the standard\'s default).',
    enforces: "docs/standard.md §1",
  },
  "province/unknown": {
    severity: "warning",
    title: { vi: "Không nhận ra tỉnh", en: "Unknown province" },
    message: {
      vi: "{reason}",
      en: "{reason}",
    },
    description:
      "The standard's \"Tỉnh/Thành phố\" value names none of the units in force at the end of the report period (the 63 provinces and cities until 30/6/2025, the 34 from 1/7/2025), however written: prefixes, case, tone-mark placement, no diacritics, old spellings and abbreviations are all accepted (src/core/provinces). A real layout's title block is searched for a name, never reported unknown.",
    enforces: "docs/standard.md §1; Nghị quyết 202/2025/QH15",
  },
  "province/ambiguous": {
    severity: "warning",
    title: { vi: "Tên tỉnh viết tắt mơ hồ", en: "Ambiguous province short form" },
    message: {
      vi: "{reason}",
      en: "{reason}",
    },
    description:
      'The province a sheet names (the standard\'s "Tỉnh/Thành phố" value, or the issuer or title of a real layout: "UBND TỈNH BD") is a short form that may mean several units (BD, QN, ĐN, HN, BT, TN…) or a text naming several: KC never guesses; the message lists the candidates. A short form in a sheet or file name is not read as a province at all.',
    enforces: "docs/standard.md §1",
  },
  "province/old-name": {
    severity: "info",
    title: { vi: "Tên tỉnh trước sáp nhập", en: "Province name from before the merger" },
    message: {
      vi: "Báo cáo {period} ghi tên tỉnh trước sáp nhập: {merged}",
      en: "The report for {period} names a province from before the merger: {merged}",
    },
    description:
      "A report whose period ends on or after 1/7/2025 names one of the 63 old provinces (in its header block, issuer, title, sheet name or file name): the message names the 2025 unit it became part of, and the others merged with it.",
    enforces: "Nghị quyết 202/2025/QH15",
  },
  "province/duplicate-report": {
    severity: "error",
    title: { vi: "Hai báo cáo cùng tỉnh, cùng kỳ", en: "Two reports for one province and period" },
    message: {
      vi: "Đã có báo cáo của {province} cho {period} ở {other}: hai báo cáo cùng tỉnh, cùng kỳ sẽ bị cộng hai lần khi tổng hợp.",
      en: "A report of {province} for {period} is already in {other}: two reports for the same province and period would be counted twice in a summary.",
    },
    description:
      "Two sheets in KC's standard layout (in one workbook, or in two files given to kc validate) name the same unit, year and period in their header block (the same unit: the same province however spelt; an old province and its successor are different units). Points at the later sheet's province cell; related is the first when both are in one workbook. Sheets in the layouts provinces send are not compared: one report spans several sheets there (funding, projects, results), all naming the province.",
    enforces: "docs/standard.md §1, §5",
  },
  "type/not-number": {
    severity: "error",
    title: { vi: "Ô cần số nhưng không phải số", en: "Not a number" },
    message: {
      vi: "{column} phải là số: {reason}",
      en: "{column} must be a number: {reason}",
    },
    description:
      'A cell of an amount, percentage or count column holds text that is no number (parseNumberText refuses ambiguous text such as "1,656" rather than guess), or a logical value.',
    enforces: "docs/standard.md §3",
  },
  "type/text-number": {
    severity: "warning",
    title: { vi: "Số nhập dạng văn bản", en: "Number typed as text" },
    message: {
      vi: '{column} là số nhập dạng văn bản "{text}", được đọc là {value}{style}.',
      en: '{column} is a number typed as text "{text}", read as {value}{style}.',
    },
    description:
      'A number typed as text. It is read (Vietnamese first: "1.656" is 1656) and used, and reported with the value read; English-style text is pointed out.',
    enforces: "docs/standard.md §3",
  },
  "type/formula-error": {
    severity: "error",
    title: { vi: "Công thức trả về lỗi", en: "Formula returns an error" },
    message: {
      vi: "{column}: công thức trả về lỗi {error}.",
      en: "{column}: the formula returns the error {error}.",
    },
    description: "A formula's cached result is an Excel error (#REF!, #DIV/0!…).",
    enforces: "docs/standard.md §3",
  },
  "enum/source": {
    severity: "error",
    title: { vi: "Nguồn kinh phí không thuộc danh mục", en: "Unknown fund" },
    message: {
      vi: 'Nguồn kinh phí "{text}" không thuộc danh mục ({allowed}).',
      en: 'The source "{text}" is not one of {allowed}.',
    },
    description: 'A source other than KCQG, KCĐP, KCQG điểm (projects) or KCQG, KCĐP, Tổng cộng (funding), compared folded ("kcdp" is KCĐP).',
    enforces: "docs/standard.md §2, §3",
  },
  "enum/activity": {
    severity: "error",
    title: { vi: "Nội dung không thuộc danh mục", en: "Unknown activity" },
    message: {
      vi: 'Nội dung "{text}" không phải nội dung khuyến công nào trong danh mục (MH, NR, SXSH, MMTB, DCCN, BCSP, HCNN, HCTN, PTB, DT, TV, TTTT, HNHT, CCN, MT, TLDN, NLQL, KHAC hoặc tên tiếng Việt).',
      en: 'The activity "{text}" is not a known khuyến công activity (MH, NR, SXSH, MMTB, DCCN, BCSP, HCNN, HCTN, PTB, DT, TV, TTTT, HNHT, CCN, MT, TLDN, NLQL, KHAC or a Vietnamese name).',
    },
    description:
      "An activity that is neither a code of docs/program-rules.md nor the Vietnamese or English name or an alias of one (src/core/rules/activities.json).",
    enforces: "docs/program-rules.md, Activities",
  },
  "enum/status": {
    severity: "warning",
    title: { vi: "Tình trạng không thuộc danh mục", en: "Unknown status" },
    message: {
      vi: 'Tình trạng "{text}" không thuộc danh mục ({allowed}).',
      en: 'The status "{text}" is not one of {allowed}.',
    },
    description: "A status other than Kế hoạch, Đang thực hiện, Hoàn thành, Dừng (or their English names).",
    enforces: "docs/standard.md §3",
  },
  "value/negative": {
    severity: "error",
    title: { vi: "Số âm", en: "Negative amount" },
    message: {
      vi: "{column} âm: {value}.",
      en: "{column} is negative: {value}.",
    },
    description: "A negative amount (plan, actual, total cost, support, counterpart, beneficiaries).",
    enforces: "docs/standard.md §2, §3",
  },
  "value/missing": {
    severity: "warning",
    title: { vi: "Đề án thiếu số liệu", en: "Project figure missing" },
    message: {
      vi: 'Đề án "{name}" thiếu {column}.',
      en: 'Project "{name}" has no {column}.',
    },
    description: "A project row without a total cost or support.",
    enforces: "docs/standard.md §3",
  },
  "value/beneficiaries": {
    severity: "error",
    title: { vi: "Số cơ sở thụ hưởng không hợp lệ", en: "Invalid number of beneficiaries" },
    message: {
      vi: "Số cơ sở thụ hưởng phải là số nguyên từ 1 trở lên, ô ghi {value}: định mức được tính cho 1 cơ sở.",
      en: "The number of beneficiaries must be a whole number ≥ 1, the cell holds {value}: ceilings were applied for 1.",
    },
    description: '"Số cơ sở thụ hưởng" that is not a whole number ≥ 1; caps are then applied for one beneficiary.',
    enforces: "docs/standard.md §3",
  },
  "value/support-exceeds-total": {
    severity: "error",
    title: { vi: "Hỗ trợ lớn hơn tổng kinh phí", en: "Support above total cost" },
    message: {
      vi: "Kinh phí khuyến công {support} lớn hơn tổng kinh phí {total} {unit}.",
      en: "The support {support} exceeds the total cost {total} {unit}.",
    },
    description: "Support above the total cost, beyond what the shown digits allow.",
    enforces: "docs/standard.md §3",
  },
  "calc/project-total": {
    severity: "error",
    title: { vi: "Tổng kinh phí ≠ hỗ trợ + đối ứng", en: "Total ≠ support + counterpart" },
    message: {
      vi: "Tổng kinh phí {total} ≠ kinh phí khuyến công {support} + vốn đối ứng {counterpart} = {sum} {unit} (lệch {gap}, đã tính sai số làm tròn).",
      en: "Total cost {total} ≠ support {support} + counterpart {counterpart} = {sum} {unit} (off by {gap} beyond rounding).",
    },
    description:
      "Tổng kinh phí ≠ kinh phí khuyến công + vốn đối ứng, judged on intervals: each figure stands for the values its shown digits round from (an empty counterpart is 0; without a counterpart column nothing is judged). The finding points at the total; related cells are support and counterpart; expected is the interval of the sum.",
    enforces: "docs/standard.md §3 (identity)",
  },
  "calc/total-row": {
    severity: "error",
    title: { vi: "Dòng tổng không khớp", en: "Total row does not add up" },
    message: {
      vi: "Dòng tổng cột {column}: {total} ≠ tổng các dòng {sum} {unit} (lệch {gap}, đã tính sai số làm tròn).",
      en: "Total row, column {column}: {total} ≠ the sum of the rows {sum} {unit} (off by {gap} beyond rounding).",
    },
    description:
      'A "Tổng cộng" row (funding table, or a total row under the projects) differs from the sum of the rows above it, column by column, once rounding is counted.',
    enforces: "docs/standard.md §2",
  },
  "calc/empty-total": {
    severity: "warning",
    title: { vi: "Dòng tổng để trống", en: "Total left empty" },
    message: {
      vi: 'Dòng tổng "{label}" để trống ở cột {column} trong khi các dòng được cộng có số liệu (tổng của chúng là {sum} {unit}): ô trống không được coi là 0.',
      en: 'The total row "{label}" is empty in column {column} although the rows it adds hold figures (their sum is {sum} {unit}): an empty cell is not read as 0.',
    },
    description:
      "A total or section row whose cell is empty (or a dash) in a column where the rows it adds hold figures, as in reports exported by systems that fill the items but not the total. KC does not read the empty total as 0; the finding gives the sum it would hold.",
    enforces: "docs/layouts.md, What is read (totals)",
  },
  "calc/column-identity": {
    severity: "error",
    title: { vi: "Đẳng thức của dòng đánh số cột không đúng", en: "Column-number identity broken" },
    message: {
      vi: 'Theo dòng đánh số cột "{identity}": {target} ≠ {expression} = {computed}{unit} (lệch {gap}, đã tính sai số làm tròn).',
      en: 'By the column-number row\'s "{identity}": {target} ≠ {expression} = {computed}{unit} (off by {gap} beyond rounding).',
    },
    description:
      'An identity written in a column-number row ("4=5+6", "3=2/1") that a row\'s figures break, judged with the digits shown like every identity (a ratio against the digits of the percentage). Identities that restate a rule KC already checks (total cost = support + counterpart, completion = actual / plan) are left to that rule.',
    enforces: "docs/layouts.md, What is read (column-number row)",
  },
  "read/no-report": {
    severity: "error",
    title: { vi: "Không đọc được báo cáo nào", en: "No report could be read" },
    message: {
      vi: 'Không có sheet nào đọc được như một báo cáo khuyến công ({sheets}). KC tìm một bảng có dòng tiêu đề như "Tên đề án | Tổng kinh phí | Kinh phí hỗ trợ", "Nguồn kinh phí | Kế hoạch | Thực hiện" hay "Chỉ tiêu | KCQG | KCĐP" và có số liệu bên dưới. Cách khắc phục: lập báo cáo theo biểu mẫu chuẩn (kc template), hoặc ghi cách đọc vào sheet KC_CachDoc (xem docs/layouts.md).',
      en: 'No sheet could be read as a khuyến công report ({sheets}). KC looks for a table with a header row such as "Tên đề án | Tổng kinh phí | Kinh phí hỗ trợ", "Nguồn kinh phí | Kế hoạch | Thực hiện" or "Chỉ tiêu | KCQG | KCĐP" with figures below. Way out: write the report in the standard template (kc template), or record how to read it in a KC_CachDoc sheet (see docs/layouts.md).',
    },
    description:
      'A workbook in which no sheet could be read as a report: KC never says "no error" about what it did not read. Workbook-level (no sheet, no cell); the exit code is 1.',
    enforces: "docs/layouts.md, Reading status (never silent)",
  },
  "read/unit-assumed": {
    severity: "warning",
    title: { vi: "Không rõ đơn vị tính", en: "Unit not stated" },
    message: {
      vi: 'Không thấy đơn vị tính của bảng {table} (dòng "ĐVT: …", "(triệu đồng)" trong tiêu đề cột, hay cột đơn vị tính): số liệu được đọc theo {unit} ({why}).',
      en: 'No unit is stated for the table {table} (an "ĐVT: …" line, "(triệu đồng)" in a header, or a unit column): amounts were read in {unit} ({why}).',
    },
    description:
      "A table of amounts with no unit anywhere: no unit line above it, none in its headers, no per-row unit column, and not KC's standard (whose default is triệu đồng). KC reads đồng when the amounts are that large (a median of 100.000 or more, as import files write them), else triệu đồng, and says so; record the unit in the sheet or in KC_CachDoc.",
    enforces: "docs/layouts.md, What is read (unit)",
  },
  "read/unit-conflict": {
    severity: "warning",
    title: { vi: "Hai đơn vị tính khác nhau", en: "Two units stated" },
    message: {
      vi: "Tiêu đề cột ghi {stated} nhưng {otherCell} ghi {other}: cột được đọc theo {stated}.",
      en: "The column header says {stated} but {otherCell} says {other}: the column was read in {stated}.",
    },
    description:
      'A column header states a unit ("(tỷ đồng)") other than the unit line of its table ("ĐVT: triệu đồng"). The header\'s unit is used for its column.',
    enforces: "docs/layouts.md, What is read (unit)",
  },
  "read/unit-contradiction": {
    severity: "error",
    title: { vi: "Đơn vị tính mâu thuẫn với số liệu", en: "Unit contradicts the figures" },
    message: {
      vi: "Cột {column} được ghi đơn vị {stated} nhưng số liệu (trung vị {median}) chỉ hợp lý nếu là {likely}: đơn vị hoặc số liệu sai.",
      en: "Column {column} is stated in {stated} but its figures (median {median}) only make sense in {likely}: the unit or the figures are wrong.",
    },
    description:
      'A column whose figures cannot be in the unit its header or unit line states (a total cost in đồng under "Kinh phí hỗ trợ (tỷ đồng)", as a provincial export writes it): the median amount converted to đồng lies outside 100 nghìn – 10.000 tỷ. Reported at the cell stating the unit, never repaired silently.',
    enforces: "docs/layouts.md, What is read (unit)",
  },
  "read/fund-conflict": {
    severity: "error",
    title: { vi: "Nguồn kinh phí mâu thuẫn", en: "Conflicting fund" },
    message: {
      vi: 'Ô này ghi nguồn {stated} nhưng {otherCell} ("{otherText}") ghi {other}.',
      en: 'This cell says {stated} but {otherCell} ("{otherText}") says {other}.',
    },
    description:
      "Two indications of the fund disagree: a project's own fund against its section row or the sheet's title, or the title against the sheet's name. KC reads the row's own value and reports the conflict.",
    enforces: "docs/layouts.md, What is read (fund)",
  },
  "read/fund-swapped": {
    severity: "error",
    title: { vi: "Cột KCQG/KCĐP bị ghi ngược", en: "KCQG/KCĐP columns swapped" },
    message: {
      vi: "Số liệu dưới cột KCQG và KCĐP của bảng này ngược với kinh phí ở sheet {other}: {rows} chỉ tiêu có số ở nguồn mà sheet kia không cấp kinh phí, trong khi nguồn còn lại có cấp. Có thể hai cột nguồn bị ghi nhầm chỗ (như tệp xuất từ hệ thống báo cáo): kiểm tra tiêu đề cột.",
      en: "The figures under this table's KCQG and KCĐP columns are the reverse of the funding on sheet {other}: {rows} indicators hold figures under a fund that sheet says paid nothing, while the other fund paid. The two fund columns are probably written the wrong way round (as a reporting system's export does): check the headers.",
    },
    description:
      "A results table by fund (KCQG | KCĐP) cross-checked against the funding table by activity of the same report: an indicator counts something for a fund only where that fund paid for the activity. When rows keep holding figures under the fund that paid nothing and the other fund paid (at least two rows, and more than three times as many as the rows that agree), the headers contradict the figures (real-layouts.md §2.1, Bến Tre's export). Reported at the KCQG header; only a second source can expose it.",
    enforces: "docs/layouts.md, What is read (fund)",
  },
  "read/correction-stale": {
    severity: "warning",
    title: { vi: "Cách đọc đã sửa không còn khớp", en: "Correction no longer fits" },
    message: {
      vi: "Dòng {row} của sheet KC_CachDoc ({what}{where} trên sheet {sheet}) không được áp dụng: {reason}",
      en: "Row {row} of the KC_CachDoc sheet ({what}{where} on sheet {sheet}) was not applied: {reason}",
    },
    description:
      "A correction of the reading kept in the KC_CachDoc sheet that no longer fits its sheet (the header it was made for has moved or changed, the sheet is gone) or cannot be understood. It is not applied; the sheet is read as it is.",
    enforces: "docs/layouts.md (corrections)",
  },
  "calc/completion": {
    severity: "error",
    title: { vi: "Tỷ lệ đạt không khớp", en: "Completion does not match" },
    message: {
      vi: "Tỷ lệ đạt {stated} ({source}) không thể có từ thực hiện {actual} / kế hoạch {plan} = {computed}.",
      en: "Completion {stated} ({source}) cannot come from actual {actual} / plan {plan} = {computed}.",
    },
    description: 'A stated "Tỷ lệ đạt" that no rounding of actual / plan gives. See "Percentages" below for how the cell is read.',
    enforces: "docs/standard.md §2",
  },
  "calc/completion-denominator": {
    severity: "warning",
    title: { vi: "Tỷ lệ đạt tính trên tổng kế hoạch", en: "Completion over the total plan" },
    message: {
      vi: "Tỷ lệ đạt {stated} của {source} không khớp kế hoạch {source} ({computed}) nhưng khớp khi chia cho {denominator} {plan} ({alternative}): ghi rõ mẫu số.",
      en: "Completion {stated} of {source} does not match its own plan ({computed}) but matches the {denominator} {plan} ({alternative}): state the denominator.",
    },
    description:
      'A stated completion does not match its own plan but matches another plan the report shows: the total plan (a fund\'s completion divided by the plan of all funds) or the allocated plan (a "trong đó: đã phân bổ" row); the finding names the denominator instead of calling the figure wrong.',
    enforces: "docs/standard.md §2",
  },
  "calc/truncated": {
    severity: "info",
    title: { vi: "Số cắt bớt thay vì làm tròn", en: "Truncated, not rounded" },
    message: {
      vi: "{column} {stated} là số cắt bớt của {computed}, không phải số làm tròn.",
      en: "{column} {stated} is a truncation of {computed}, not a rounding.",
    },
    description:
      "A stated percentage that is a truncation of the computed value, not a rounding (66,4387% written 66,43%): an info. With `--rounding truncate` truncations are the expected form and roundings are not accepted.",
    enforces: 'docs/domain.md, "How figures are written"',
  },
  "cap/percent": {
    severity: "error",
    title: { vi: "Vượt tỷ lệ hỗ trợ tối đa", en: "Above the support percentage" },
    message: {
      vi: "Kinh phí khuyến công {support} vượt {percent} tổng kinh phí {total} (tối đa {max} {unit}) cho nội dung {activity}{scope}.",
      en: "The support {support} exceeds {percent} of the total cost {total} (at most {max} {unit}) for activity {activity}{scope}.",
    },
    description: "Support above the ceiling's percentage of the total cost (support ≤ p% × total, with the total's rounding in the project's favour).",
    enforces: "the basis its rule pack cites (docs/program-rules.md: TT 28/2018/TT-BTC Điều 8, provincial resolutions)",
  },
  "cap/amount": {
    severity: "error",
    title: { vi: "Vượt mức hỗ trợ tối đa", en: "Above the support cap" },
    message: {
      vi: "Kinh phí khuyến công {support} vượt mức tối đa {cap} × {units} {per} = {max} {unit} cho nội dung {activity}{scope}.",
      en: "The support {support} exceeds the cap {cap} × {units} {per} = {max} {unit} for activity {activity}{scope}.",
    },
    description:
      "Support above the ceiling's absolute cap × units, the cap converted to the sheet's unit (300 triệu is 0,3 on a tỷ đồng sheet). Units: the number of beneficiaries for caps per establishment, per enterprise and per model (the standard has no count of models: a project with several beneficiaries may hold one model each, the lenient reading); 1 for caps per project, cluster or round.",
    enforces: "the basis its rule pack cites (docs/program-rules.md: TT 28/2018/TT-BTC Điều 8, provincial resolutions)",
  },
  "cap/local-above-national": {
    severity: "warning",
    title: { vi: "Mức của tỉnh cao hơn mức quốc gia", en: "Local ceiling above national" },
    message: {
      vi: "Mức của tỉnh cho nội dung {activity} ({local}) cao hơn mức quốc gia ({national}, {basis}).",
      en: "The local ceiling for activity {activity} ({local}) is above the national one ({national}, {basis}).",
    },
    description:
      "A KC_QuyDinh ceiling above the national one in force (docs/program-rules.md: verified local ceilings are at or below national ones, but it is not confirmed as a legal requirement).",
    enforces: "docs/program-rules.md, Provincial ceilings",
  },
  "rules/bad-row": {
    severity: "error",
    title: { vi: "Dòng quy định không dùng được", en: "Unusable rule row" },
    message: {
      vi: "Dòng quy định trên sheet KC_QuyDinh không dùng được: {reason}",
      en: "A row of the KC_QuyDinh sheet cannot be used: {reason}",
    },
    description:
      'A KC_QuyDinh row that cannot be used: unknown activity, a source other than KCĐP, a non-numeric ceiling, an unknown unit or "Theo", an unreadable date, or a ceiling the rule-pack schema refuses.',
    enforces: "docs/standard.md §4",
  },
  "dup/project-code": {
    severity: "error",
    title: { vi: "Trùng mã đề án", en: "Duplicate project code" },
    message: {
      vi: 'Mã đề án "{code}" trùng với dòng {first}.',
      en: 'Project code "{code}" repeats row {first}.',
    },
    description: "A project code used twice in a sheet (codes compared folded). Points at the second; related is the first.",
    enforces: "docs/standard.md §3",
  },
  "unit/suspect-scale": {
    severity: "warning",
    title: { vi: "Có thể nhầm đơn vị", en: "Possible unit mix-up" },
    message: {
      vi: "{column} {value} {unit} gấp khoảng {factor} lần mức thường gặp của cột này ở các tỉnh ({median} {unit}): có thể nhập nhầm đơn vị ({guess}).",
      en: "{column} {value} {unit} is about {factor} times the usual value of this column across provinces ({median} {unit}): perhaps a unit mix-up ({guess}).",
    },
    description:
      "An amount about 10³, 10⁶ or 10⁹ times off the usual value of its column across province sheets (values converted to đồng; the usual value is the median of the sheets' medians with three or more sheets, else the median of all values; flagged from a factor of about 316 = 10^2,5).",
    enforces: "docs/standard.md §1 (unit)",
  },
  "unit/suspect-sheet-scale": {
    severity: "warning",
    title: { vi: "Đơn vị tính của sheet có thể sai", en: "Sheet unit probably wrong" },
    message: {
      vi: 'Số liệu cột {column} của sheet gấp khoảng {factor} lần các tỉnh khác sau khi quy đổi (trung vị {median} so với {reference} {unit}): kiểm tra đơn vị tính "{stated}".',
      en: 'Column {column} of this sheet is about {factor} times the other provinces once converted (median {median} against {reference} {unit}): check the unit "{stated}".',
    },
    description:
      "A whole sheet whose column median is a power of 1.000 off the other provinces once converted: the stated unit is likely wrong. Reported once, at the unit cell, instead of a finding per cell.",
    enforces: "docs/standard.md §1 (unit)",
  },
  "plan/support-gap": {
    severity: "warning",
    title: { vi: "Kế hoạch ≠ tổng hỗ trợ các đề án", en: "Plan ≠ projects' support" },
    message: {
      vi: "Kế hoạch {fund} {plan} ≠ tổng kinh phí khuyến công của {count} đề án {fund} là {sum} {unit} (chênh {gap}; có thể còn kinh phí chưa phân bổ).",
      en: "The {fund} plan {plan} ≠ the support of its {count} {fund} projects, {sum} {unit} (gap {gap}; funds may be unallocated).",
    },
    description:
      "A source's annual plan ≠ the support of that source's projects (KCQG điểm counts as KCQG; stopped projects do not count): a warning, since provinces may hold unallocated funds.",
    enforces: "docs/standard.md §2, §3",
  },
  "formula/inconsistent": {
    severity: "warning",
    title: { vi: "Công thức khác vùng", en: "Formula inconsistent with its region" },
    message: {
      vi: "Công thức {found} khác {count} ô cùng vùng {region}; theo vùng, ô này sẽ là {proposed}.",
      en: "The formula {found} departs from the formulas of its region {region}; following the region, this cell would hold {proposed}.",
    },
    description:
      "Along each row and column, formula cells (bridging single blank cells) are grouped by their relative (R1C1) shape; where one shape holds at least 60% of the line's formulas of the same structure and three cells or more (two inside a known table: a reader's, or one a column-number row announces), a stretch of at most two cells (or a third of the region) whose formula differs from it only in references or in literals is a suspect: a range one row short, a reference one column off. Left alone: a suspect whose own shape fills three cells across the line (a computation of its own), a total in another direction than the region's (a subtotal of its own column among row totals, or the reverse), the corner's grand total over a whole block among totals of single rows or columns, literals that vary row by row (data written into formulas) and a literal of its own at an end of the region (a last row over a part year; between the region's cells it is a suspect), a formula that computes the same as the region's (`=C5*B5` beside `=B5*C5`), a fix that would read a heading, and a fix that would read blanks where the cell reads figures (a row laid out otherwise). Lines of totals (two or more cells of a row that each aggregate their own column with one function, `=SUM(D8:D14)`, or of a column that each aggregate their own row, `=SUM(B7:E7)`) are judged as a whole instead: the totals whose range stops short of items another total of the line adds are the suspects, however many (items blank in their own column or row count only in a line of three totals or more; leaving out a figure is `formula/sum-omits-rows`; a total adding no figure at all is left alone); a cell that adds the row's totals across (`=SUM(C7:D7)`) while its own column holds items nobody totals is a suspect with its column's total as the fix; and a SUM of a column of ratios over each row's own base (`=SUM(F30:F32)` under `=E30/D30`) is a suspect with the ratio of the totals as the fix (shares of one fixed total add up and are left alone). `related` is the region, `expected` the region's formula moved to the suspect's cell.",
    enforces: "formula review (issue #11): copied formulas stay copies",
  },
  "formula/hard-coded": {
    severity: "info",
    title: { vi: "Số nhập tay giữa các công thức", en: "Number typed among formulas" },
    message: {
      vi: "Ô này là số nhập tay {value}, trong khi {count} ô cùng vùng {region} là công thức; theo vùng, ô này sẽ là {proposed}.",
      en: "This cell holds the typed number {value} where its region {region} holds formulas; following the region it would hold {proposed}.",
    },
    description:
      "A note, not a suspect: a number typed where its region holds formulas, which is what the region's formula gives there once rounding is allowed for (each typed figure the formula reads stands for the values its own decimals allow, and the typed number may be their result rounded or truncated, as the value checks allow it), or where the review cannot compute that formula. Right today, but it will not follow its inputs when they are corrected. Found where `formula/hard-coded-differs` looks, and also beside a cell that totals its own column with one SUM, when the same SUM over this column gives the typed number (a subtotal overwritten by its own value); inside a known table, a total row's typed figure equal to the SUM of the table's items. `expected` is the formula the cell would hold.",
    enforces: "formula review (issue #11): computed figures stay computed",
  },
  "formula/hard-coded-differs": {
    severity: "warning",
    title: { vi: "Số nhập tay khác kết quả công thức", en: "Typed number differs from its formula" },
    message: {
      vi: "Ô này là số nhập tay {value}, trong khi {count} ô cùng vùng {region} là công thức; theo vùng, ô này sẽ là {proposed}, tức {computed} (chênh {gap}).",
      en: "This cell holds the typed number {value} where its region {region} holds formulas; following the region it would hold {proposed}, which gives {computed} (a gap of {gap}).",
    },
    description:
      "A number typed where its region holds formulas, and the figure the region's formula gives there differs from it by more than the rounding of the figures it reads explains: a total, subtotal or ratio typed by hand that is wrong today, stale or mistyped. Where: between the formulas of a line of figures (a row or column, bridging single blank cells) whose formulas share one shape in three cells or more (two inside a known table); left alone there are a number at the ends of the line (a seed value, a total), a number the formulas read, a percentage among amounts, a number the region's formula would not come near (within a factor of three: another measure), and a cell where that formula would read no figure. And at the end of (or between) a row of totals whose column holds items of its own, when the row's total (one covering the item rows) moved to it gives a figure of the same size (within a factor of two); a column of codes or serial numbers (11700, 11701, …) is left alone. A typed number the formula's figure explains is the note `formula/hard-coded`. The message gives the formula's figure and the gap; `expected` is the formula the cell would hold.",
    enforces: "formula review (issue #11): computed figures stay computed",
  },
  "formula/sum-omits-rows": {
    severity: "warning",
    title: { vi: "Tổng bỏ sót dòng", en: "Sum leaves out rows" },
    message: {
      vi: "{found} bỏ sót {missing}, nằm sát hoặc xen giữa các ô được cộng; đề xuất {proposed}.",
      en: "{found} leaves out {missing}, next to or among the cells it adds; proposed {proposed}.",
    },
    description:
      "A total (a formula that is one SUM down a column) whose range stops short: figures of the same kind as its items (typed numbers, or formulas of the items' shape) lie right beyond its first or last cell, up to what bounds the block: a heading, a blank, another total, a row whose label names a total or a rate, a header row that counts (years, column numbers). On a bare grid at most two such rows (more is a partial sum by design; a blank cell in a row holding figures elsewhere does not end the block, so an item spread over several rows counts with the block) and the finding is a warning; inside a table the reader knows, the items are the table's item rows and the finding is an error. Also, in a line of totals (a row of totals each adding its own column, or a column of totals each adding its own row), a total whose range stops short of items another total of the line adds, where its own column (row) holds a figure there: one total covering the items is evidence enough, so a majority leaving out a column of figures is short. And a sum of single cells of one column or row (`=C5+C6+C8+C9`, `=SUM(C5,C6,C8,C9)`, three cells or more) that passes over a cell holding a figure of the same kind, which no formula of the sheet reads (a row left out and counted nowhere else; a row labelled as a total or a rate is left alone). A lone SUM across a row is not judged: the columns beside a row's range are as often other measures as forgotten ones.",
    enforces: "formula review (issue #11): a total adds all its items",
  },
  "formula/sum-covers-blanks": {
    severity: "info",
    title: { vi: "Tổng cộng qua dòng trống", en: "Sum covers blank rows" },
    message: {
      vi: "{found} cộng qua cả ô của dòng trống hoặc dòng tiêu đề ({cells}): một số nhập sau này vào đó sẽ lặng lẽ vào tổng.",
      en: "{found} also covers cells of blank or heading rows ({cells}): a figure typed there later joins the total unseen.",
    },
    description:
      "A note, not a suspect: a SUM down a column, adding two figures or more, whose range reaches past its items, its first or last row holding no figure anywhere in the row (a blank spacer row, a section heading); the message names every such row it covers. The total is right today, but a figure typed there later joins it unseen.",
    enforces: "formula review (issue #11): a total adds its items, and only them",
  },
  "formula/sum-double-counts": {
    severity: "error",
    title: { vi: "Tổng cộng trùng", en: "Sum counts figures twice" },
    message: {
      vi: "{found} cộng cả {subtotals}, vốn đã là tổng của các ô cũng nằm trong vùng cộng: số liệu bị tính hai lần.",
      en: "{found} adds {subtotals}, which already total cells inside the same range: figures are counted twice.",
    },
    description:
      "A SUM whose range includes a cell that itself adds cells of that range (by SUM or by +): a section subtotal added together with its items, or a total row inside the range of the grand total. `related` is the range and the subtotals.",
    enforces: "formula review (issue #11): a total adds each figure once",
  },
  "formula/ref-empty": {
    severity: "warning",
    title: { vi: "Tham chiếu ô trống", en: "Reference to an empty cell" },
    message: {
      vi: "Công thức {found} tham chiếu ô trống {target}.",
      en: "The formula {found} refers to the empty cell {target}.",
    },
    description:
      "A cell reference used directly in arithmetic (not inside a function such as SUM, which passes over blanks by design) points at an empty cell of a row or a column that holds no figure at all (a spacer row, a heading, an empty column), while another operand of the formula reads a figure: a reference that slipped off its table. A figure missing among others is not reported here.",
    enforces: "formula review (issue #11)",
  },
  "formula/ref-outside-table": {
    severity: "warning",
    title: { vi: "Tham chiếu ra ngoài bảng", en: "Reference outside the table" },
    message: {
      vi: "Công thức {found} tham chiếu {target}, nằm ngoài bảng {table}.",
      en: "The formula {found} refers to {target}, outside its table {table}.",
    },
    description:
      "Inside a table the reader knows, a range in a formula of a figure column starts in the table's body and reaches out of it: into the header band above (a column-number row would then be added to the total) or below the last row. The message names the part outside.",
    enforces: "formula review (issue #11)",
  },
  "formula/ref-deleted": {
    severity: "error",
    title: { vi: "Tham chiếu đã bị xóa (#REF!)", en: "Deleted reference (#REF!)" },
    message: {
      vi: "Công thức {found} chứa #REF!: ô hoặc dòng nó tham chiếu đã bị xóa.",
      en: "The formula {found} contains #REF!: a cell or row it referred to was deleted.",
    },
    description: "A formula that contains the #REF! error literal, left when a cell, row or column it referred to was deleted.",
    enforces: "formula review (issue #11)",
  },
  "formula/error-flows": {
    severity: "error",
    title: { vi: "Lỗi lan sang công thức khác", en: "Error value flows on" },
    message: {
      vi: "Ô này trả về {error} và lỗi lan sang các công thức khác: {cells} ({count} ô).",
      en: "This cell gives {error}, and the error flows on into other formulas: {cells} ({count} in all).",
    },
    description:
      "A cell whose value is an error (#DIV/0!, #N/A…) that other formulas of the workbook read, so the error spreads to them: the finding points at the source, `related` lists the formulas it reaches. A source written =NA() (a figure marked not available on purpose, a gap a chart leaves open) is not reported.",
    enforces: "formula review (issue #11)",
  },
  "formula/constant-in-formula": {
    severity: "info",
    title: { vi: "Hằng số thay cho ô của bảng", en: "Constant instead of a cell" },
    message: {
      vi: "Công thức {found} dùng hằng số {constant}, trong khi bảng có đúng số này ở {source}: nên tham chiếu ô đó.",
      en: "The formula {found} uses the constant {constant}, while the table holds that figure in {source}: refer to that cell.",
    },
    description:
      "A note, not a suspect: a formula that reads cells also uses a literal that a typed figure of the same sheet holds (`=C3/2207` where B3 is 2207). Right today, but when the figure is corrected the formula will not follow. Literals of fewer than three significant digits, whole numbers up to 31, powers of ten and calendar factors are left alone, and so are formulas of literals only and a literal that the column's formulas of the same shape vary row by row (a divisor per row is data, and a typed figure equal to one of them a coincidence).",
    enforces: "formula review (issue #11)",
  },
  "formula/unit-power": {
    severity: "warning",
    title: { vi: "Quy đổi đơn vị sai lũy thừa 10", en: "Unit conversion off by a power of ten" },
    message: {
      vi: "Công thức quy đổi với {constant}, các ô cùng vùng {region} dùng {usual}: lệch {factor} lần.",
      en: "The formula converts with {constant} where its region {region} uses {usual}: off by a factor of {factor}.",
    },
    description:
      "A formula that differs from its region only in one literal, by a power of ten (`/1000` among `/1000000`): a unit conversion (đồng, nghìn, triệu, tỷ) with the wrong power.",
    enforces: "formula review (issue #11); khuyến công domain, units",
  },
  "formula/column-identity": {
    severity: "error",
    title: { vi: "Công thức không theo dòng đánh số cột", en: "Formula breaks the column identity" },
    message: {
      vi: "Cột này phải là {identity}, nhưng công thức {found} không tính như vậy; đề xuất {proposed}.",
      en: "This column is {identity}, but the formula {found} does not compute that; proposed {proposed}.",
    },
    description:
      'A table states what a column computes (a column-number row "3=1+2", or what the reader knows: completion = actual / plan, cost = support + counterpart) and a formula of that column computes something else: other columns, another row. Typed numbers are judged by the value checks, not here.',
    enforces: "real-layouts.md (column-number row); standard §2, §3",
  },
  "summary/predecessor-missing": {
    severity: "warning",
    title: { vi: "Thiếu báo cáo năm trước của tỉnh cũ", en: "A predecessor's comparison report is missing" },
    message: {
      vi: "{province} được hợp thành từ {predecessors}; thiếu báo cáo {period} của {missing}: số năm trước theo địa giới mới không cộng được, TH_KinhPhi để trống.",
      en: "{province} was formed from {predecessors}; the report of {missing} for {period} is missing: the comparison figure on the new boundaries cannot be summed, TH_KinhPhi leaves it blank.",
    },
    description:
      "The summary compares a report year on the 34 units (from 1/7/2025) with a comparison year on the 63 (kc summarize given both years' reports): each new unit's previous-year and same-period figures are the sum of its predecessors' reports. When some predecessor's report is missing the sum would be partial: the cell stays blank and this finding names the missing provinces. Points at the report-year sheet's province cell.",
    enforces: "provinces.md (NQ 202/2025/QH15); docs/summary.md (across the merger)",
  },
  "summary/region-missing": {
    severity: "warning",
    title: { vi: "Thiếu báo cáo của tỉnh trong vùng", en: "A province of the region has no report" },
    message: {
      vi: "{region} ({version}) gồm {count} tỉnh, thành phố; chưa có báo cáo {period} của: {missing}.",
      en: "{region} ({version}) has {count} provinces; no report for {period} from: {missing}.",
    },
    description:
      "kc summarize --region north|central|south (or the pane's region setting naming one): the region's units in the boundary version of the report date (63 before 1/7/2025, 34 after) that no report read names. Workbook-level: no sheet, no cell.",
    enforces: "provinces.md (regions before and after the merger)",
  },
  "summary/outside-region": {
    severity: "warning",
    title: { vi: "Báo cáo không thuộc vùng", en: "Report outside the region" },
    message: {
      vi: "{province} không thuộc {region} ({version}): báo cáo này không được cộng vào các bảng tổng hợp.",
      en: "{province} is not in {region} ({version}): this report is left out of the summary tabs.",
    },
    description:
      "kc summarize --region: a report of a province outside the region (in the boundary version of the report date; an old province counts by its successor after the merger) is read and checked but not summed. Points at the sheet's province cell.",
    enforces: "provinces.md (regions before and after the merger)",
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof RULE_CATALOG;
/** @public Every rule id in catalogue order: docs/rules.md (scripts/rules-doc) and the tests walk it; KC itself looks rules up by id. */
export const RULE_IDS = Object.keys(RULE_CATALOG) as RuleId[];

/** The names between braces in a template: "A {x} and {y}" → "x" | "y". */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The names a rule's messages need: a call that misses one does not compile. */
export type RuleArgName<R extends RuleId> = Placeholders<(typeof RULE_CATALOG)[R]["message"]["vi"]> | Placeholders<(typeof RULE_CATALOG)[R]["message"]["en"]>;
