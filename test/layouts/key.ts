/**
 * The answer key of the layouts corpus: what a reader of province reports must find on each sheet of each
 * layout, in plain terms that do not depend on the reader's own types. The corpus (test/layouts/) writes a key
 * for every workbook it builds; the reader's tests turn the reader's result into an `ObservedSheet` and compare.
 *
 * Cells and ranges are A1 strings on the sheet the key describes ("D7", "A3:E30"). Rows are 1-based numbers.
 */

export type MoneyUnitKey = "dong" | "nghin" | "trieu" | "ty";
export type FundKey = "total" | "KCQG" | "KCDP";

/** What a column holds. Amount, percent and count columns say what they measure. */
export type ColumnKey =
  | { kind: "no" } // TT / STT
  | { kind: "label" } // chỉ tiêu, nội dung, tên đề án, nguồn kinh phí written as a row label
  | { kind: "unit" } // a per-row "Đơn vị tính" column
  | { kind: "fund" } // a per-row fund value ("KCQG", "Trung ương", "1")
  | { kind: "activity" } // a per-row activity (code or name)
  | { kind: "beneficiary" } // đơn vị thụ hưởng (one or several in the cell)
  | { kind: "status" }
  | { kind: "code" } // mã đề án
  | { kind: "time" } // thời gian thực hiện
  | { kind: "note" } // ghi chú, địa chỉ, đính kèm…
  | { kind: "amount"; measure: AmountMeasure; fund?: FundKey; period?: PeriodKey }
  | { kind: "percent"; measure: PercentMeasure; fund?: FundKey; period?: PeriodKey }
  | { kind: "count"; measure: "projects" | "beneficiaries" | "indicator"; fund?: FundKey; period?: PeriodKey };

export type AmountMeasure =
  | "plan" // kế hoạch (năm)
  | "allocated" // kế hoạch đã phân bổ
  | "actual" // thực hiện, giải ngân, ước thực hiện
  | "sameLastYear" // thực hiện cùng kỳ năm trước
  | "previousPlan" // kế hoạch năm trước
  | "cost" // tổng kinh phí of a project (support + counterpart)
  | "support" // kinh phí khuyến công hỗ trợ
  | "counterpart"; // vốn đối ứng

export type PercentMeasure = "completion" | "samePeriod" | "share" | "growth";

/** The period a column belongs to, when its header says it (two-period tables). */
export interface PeriodKey {
  year: number;
  /** 12 for a full year. */
  months: number;
}

export type RowKind =
  | "data" // an item: a project, a fund, an activity, a province
  | "total" // the table's grand total
  | "subtotal" // a section's total (a section row carrying figures)
  | "section" // a heading row without figures
  | "ofWhich" // "- Trong đó …", "Tr.đó": part of its parent, not added into a total
  | "columnNumbers" // "A | B | 1 | 2 | 3=4+5"
  | "blank";

export interface TableKey {
  /** The whole table, header band included. */
  range: string;
  /** 1-based rows of the header band (1–3 rows), not counting a column-number row. */
  headerRows: number[];
  /** Every column of the table that holds something, by letter. */
  columns: Record<string, ColumnKey>;
  /** The kind of every row below the header band that is not "data" (rows absent here are data rows). */
  rows: Record<number, Exclude<RowKind, "data">>;
  /** Identities the column-number row states, as written ("3=4+5"). */
  columnIdentities?: string[];
  /** The fund of each section or row, when the layout gives it by section rows ("I. KCQG"): row → fund. */
  sectionFunds?: Record<number, FundKey>;
  /** The activity code (program-rules.md) of each section row, when the layout groups by activity ("I. Hỗ trợ ứng dụng máy móc…"): row → code. */
  sectionActivities?: Record<number, string>;
  /** The province of each section row, when the layout groups by province or unit ("1. Tỉnh Thái Nguyên"): row → official name. */
  sectionProvinces?: Record<number, string>;
  /** Total rows whose figures are empty although they total items (a finding is expected). */
  emptyTotals?: number[];
}

export type SheetStatusKey = "read" | "partial" | "not-report";

export interface SheetKey {
  status: SheetStatusKey;
  /** The official province name (2025 list or the 63 before, as of the report's date), when the sheet names one. */
  province?: string;
  year?: number;
  /** Months of the reporting period: 12 for a full year. */
  months?: number;
  /** The fund the whole sheet is about, when the title or sheet name says so. */
  fund?: FundKey;
  /** The money unit of the amounts (undefined when the sheet holds no money amount). */
  unit?: MoneyUnitKey;
  tables: TableKey[];
}

/** The error kinds planted in corpus workbooks; the reader's tests map each to the rule ids that must fire. */
export type PlantedKind =
  | "total-mismatch" // a total ≠ the sum of what it totals
  | "subtotal-mismatch" // a section subtotal ≠ the sum of its items
  | "identity-mismatch" // tổng kinh phí ≠ hỗ trợ + đối ứng
  | "column-identity" // a column-number identity ("3=4+5") that the figures break
  | "completion-mismatch" // a stated % of plan that actual / plan cannot give
  | "cap-exceeded" // support above the ceiling of its activity
  | "text-number" // a number typed as text
  | "header-contradiction" // KCĐP figures under a KCQG header, a total in đồng under "(tỷ đồng)"
  | "empty-total" // a total row left empty
  | "subtotal-typed-over-sum" // formula review: a constant where the region holds SUMs
  | "sum-one-row-short" // formula review: a SUM whose range stops one row short
  | "formula-one-column-off" // formula review: a row's formula points one column off
  | "completion-wrong-plan"; // formula review: a completion divided by the wrong plan

export interface PlantedError {
  sheet: string;
  /** The cell the finding must point at. */
  cell: string;
  kind: PlantedKind;
  note: string;
}

export interface WorkbookKey {
  /** The file name the workbook is saved under (province and year may be read from it). */
  fileName: string;
  sheets: Record<string, SheetKey>;
  /** Empty for a clean workbook: then no finding of severity "error" may appear. */
  planted: PlantedError[];
}
