import { Bilingual } from "../message";
import { MoneyUnit } from "../numbers/units";
import type { AmbiguousResolution, ProvinceUnit, UnknownResolution } from "../provinces";

/**
 * How KC read a sheet: what it found where, on what evidence, how sure it is. One value per sheet,
 * whatever the layout (KC's standard, the official forms rebuilt by hand, provincial exports, regional
 * annexes): the checks, the summary, the text of `kc validate --explain` and the task pane's reading view
 * all start from it. Rows and columns are 0-based; `a1()` gives the addresses users see.
 */

/** The two funds of the programme; "total" for a figure over both. */
export type FundOf = "KCQG" | "KCDP";
export type FundOrTotal = FundOf | "total";

/** What a money column measures. */
export type AmountMeasure = "plan" | "allocated" | "actual" | "sameLastYear" | "previousPlan" | "cost" | "support" | "counterpart";
export type PercentMeasure = "completion" | "samePeriod" | "share" | "growth";
export type CountMeasure = "projects" | "beneficiaries" | "indicator";

/** The period a column's figures belong to, when its header says it. */
export interface Period {
  year?: number;
  /** 12 for a full year. */
  months?: number;
}

/** What a column holds (the vocabulary of test/layouts/key.ts, so a reading compares with an answer key). */
export type ColumnRole =
  | { kind: "no" }
  | { kind: "label" }
  | { kind: "unit" }
  | { kind: "fund" }
  | { kind: "activity" }
  | { kind: "beneficiary" }
  | { kind: "status" }
  | { kind: "code" }
  | { kind: "time" }
  | { kind: "note" }
  | { kind: "amount"; measure: AmountMeasure; fund?: FundOrTotal; period?: Period }
  | { kind: "percent"; measure: PercentMeasure; fund?: FundOrTotal; period?: Period }
  | { kind: "count"; measure: CountMeasure; fund?: FundOrTotal; period?: Period }
  /** A header KC could not understand: its cells are not read. */
  | { kind: "unknown" };

/** What tells KC something. */
export type EvidenceKind =
  /** A header or label cell ("Kế hoạch năm", "Tỉnh/Thành phố | An Giang"). */
  | "label"
  /** The title block ("UBND TỈNH BẾN TRE", "… NĂM 2023"). */
  | "title"
  /** A unit line above the table ("ĐVT: triệu đồng"). */
  | "unit-line"
  | "sheet-name"
  | "file-name"
  /** A section row ("I. KINH PHÍ KHUYẾN CÔNG QUỐC GIA"). */
  | "section"
  /** The values of the cells (a per-row fund "Trung ương", names listed in a cell). */
  | "value"
  /** Guessed from a project's name or the table's shape, and said so. */
  | "inferred"
  /** The sheet's own formula. */
  | "formula"
  /** The officer's correction, kept in the workbook's KC_CachDoc sheet. */
  | "correction"
  /** The standard's default (triệu đồng when its "Đơn vị tính" is absent). */
  | "default";

export interface Evidence {
  kind: EvidenceKind;
  /** The cell it was read from, when there is one ("A1"). */
  cell?: string;
  /** The text it was read from, as written. */
  text?: string;
}

/**
 * How sure KC is: "certain" when a label or the officer says so, "likely" when read from values or a
 * pattern, "assumed" when nothing says it and KC took the usual reading (always reported).
 */
export type Confidence = "certain" | "likely" | "assumed";

export interface Fact<T> {
  value: T;
  evidence: Evidence;
  confidence: Confidence;
}

/** The province a sheet reports on, named as the official list has it on the report's day. */
export interface ProvinceFact extends Fact<string> {
  /** The official unit (src/core/provinces); undefined when the standard's province cell names none: the value is then as written. */
  unit?: ProvinceUnit;
  /** The name as written ("Bến Tre" in "UBND TỈNH BẾN TRE" is "BẾN TRE"; the standard's whole cell value). */
  written: string;
}

/** A province name KC met but could not resolve to one official unit: a short form or several names (ambiguous), or none known. */
export interface ProvinceDoubt {
  text: string;
  cell?: string;
  resolution: AmbiguousResolution | UnknownResolution;
}

/** A label whose value could not be read (the standard's "Năm báo cáo | năm nay"). */
export interface UnreadValue {
  field: "province" | "year" | "period" | "unit";
  labelCell: string;
  cell: string;
  text: string;
}

/** What the title block, the sheet name and the file name say about the whole sheet. */
export interface TitleFacts {
  /** The sheet's title as written ("BÁO CÁO KẾT QUẢ CÔNG TÁC KHUYẾN CÔNG"). */
  title?: { text: string; cell: string };
  province?: ProvinceFact;
  provinceDoubt?: ProvinceDoubt;
  year?: Fact<number>;
  /** Months of the reporting period: 12 for a full year. */
  months?: Fact<number>;
  fund?: Fact<FundOf>;
  unit?: Fact<MoneyUnit>;
  /** Labels of the standard's header block whose value could not be read. */
  unread: UnreadValue[];
  /** True when the sheet carries the standard's header block ("Tỉnh/Thành phố" label and value). */
  standardHeader: boolean;
}

export type RowKind = "data" | "total" | "subtotal" | "section" | "ofWhich" | "columnNumbers" | "blank";

export interface TableRow {
  row: number;
  kind: RowKind;
  /** The row's label as written (trimmed, NFC). */
  label: string;
  /** The text of its number column ("1", "II", "Tr.đó"). */
  no: string;
  /** Total and subtotal rows: the rows whose figures they add up. */
  parts?: number[];
  /** "Of which" rows: the row they are part of. */
  parent?: number;
  /** The nearest section row above, if any. */
  section?: number;
  /** A data row continuing the project of the row above (several beneficiaries on sub-rows). */
  continues?: number;
  fund?: Fact<FundOrTotal>;
  /** Activity code (program-rules.md). */
  activity?: Fact<string>;
  /** The row's money unit when a per-row unit column states one. */
  unit?: Fact<MoneyUnit>;
  /** The per-row unit column's text when it is no money unit ("Lao động"). */
  otherUnit?: string;
  /** Beneficiaries of a project row: names in its cell, or 1 per sub-row; 0 when none is named. */
  beneficiaries?: Fact<number>;
  /** A section row naming a province ("TỈNH THÁI NGUYÊN" in the ministry's list by province). */
  province?: Fact<string>;
}

export interface ReadColumn {
  col: number;
  /** The header path as written, parents first: ["Năm 2023", "KCQG", "KH"]. */
  header: string[];
  /** The cell of the lowest header of the path. */
  headerCell: string;
  role: ColumnRole;
  evidence: Evidence;
  confidence: Confidence;
  /** The column's money unit when its header states one ("Kinh phí hỗ trợ (tỷ đồng)"). */
  unit?: Fact<MoneyUnit>;
  /** Its entry in the column-number row ("3", "3=4+5"). */
  number?: string;
  /** The name used in messages: the header as written, and in English its role. */
  label: Bilingual;
}

/** "3=4+5" of a column-number row: target column = operands combined. */
export interface ColumnIdentity {
  text: string;
  cell: string;
  target: number;
  op: "+" | "-" | "/";
  /** Columns (0-based) of the operands, in order; for "+"/"-" the signs of the terms. */
  operands: number[];
  signs: number[];
}

export type TableKind = "funding" | "projects" | "activities" | "indicators" | "regional" | "other";

export interface ReadTable {
  kind: TableKind;
  /** 0-based, inclusive: header band to last row. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  headerRows: number[];
  columnNumberRow?: number;
  columns: ReadColumn[];
  /** Every row below the header band (blank and column-number rows included), in order. */
  rows: TableRow[];
  identities: ColumnIdentity[];
  /** The money unit of the table's amounts (a column may state its own). */
  unit?: Fact<MoneyUnit>;
  /** The fund of the whole table (the title, the sheet name, a correction). */
  fund?: Fact<FundOf>;
  /** Whether the rows are told apart by a per-row fund ("KCQG", "KCĐP") rather than by columns. */
  fundByRow: boolean;
  /** Columns that look like money but whose header KC could not place. */
  unreadColumns: number[];
  /** Amount columns whose figures contradict their stated unit (ceilings and scales are not judged on them). */
  unitContradicted: number[];
}

/**
 * The row of a table at a sheet row: a table's rows run without a gap from its first row below the header
 * band (blank rows included), so a row is found by its offset, with no map.
 */
export function rowAt(table: { rows: readonly TableRow[] }, row: number): TableRow | undefined {
  const first = table.rows[0]?.row;
  return first === undefined ? undefined : table.rows[row - first];
}

export type ReadingStatus = "read" | "partial" | "not-report";

/** A correction of the officer that no longer fits the sheet. */
export interface StaleCorrection {
  row: number;
  what: string;
  where: string;
  reason: Bilingual;
}

export interface SheetReading {
  sheet: string;
  status: ReadingStatus;
  /** Why a sheet is read in part or is not a report; what is missing. */
  reasons: Bilingual[];
  facts: TitleFacts;
  tables: ReadTable[];
  /** Corrections applied (their KC_CachDoc rows) and those that no longer fit. */
  corrections: { applied: number[]; stale: StaleCorrection[] };
  /** Conflicts between two pieces of evidence KC met and did not resolve (reported as findings). */
  conflicts: ReadingConflict[];
}

/** Two readings of the same thing that disagree: reported, never repaired silently. */
export type ReadingConflict =
  | { kind: "unit"; cell: string; stated: MoneyUnit; other: MoneyUnit; otherCell: string }
  | { kind: "unit-values"; cell: string; column: Bilingual; stated: MoneyUnit; likely: MoneyUnit; cells: string[]; median: number }
  | { kind: "fund"; cell: string; stated: FundOf; other: FundOf; otherCell: string; otherText: string };
