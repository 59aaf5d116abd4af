import { Decimal } from "../numbers/decimal-config";
import { Interval } from "../numbers/interval";
import { NumberStyle } from "../numbers/number-text";
import { MoneyUnit } from "../numbers/units";
import { Bilingual } from "../message";
import { Fund } from "../rules/select";
import { Cell } from "../workbook/snapshot";
import { FundingColumn, ProjectColumn } from "./layout";

export type { FundingColumn, ProjectColumn } from "./layout";

/** Where a number came from: a number cell, a formula's cached number, or text read as a number. */
export type NumberOrigin = "number" | "formula" | "text";

/** A number read from a cell, with the digits it shows and the interval those digits stand for. */
export interface ReadNumber {
  /** The value as a double (after Excel's 15 significant digits): for fast screening, never for verdicts. */
  double: number;
  /** The stored value (for a formula, its cached result), or the value of the text, exactly. */
  value: Decimal;
  /** Digits shown after the point, in the units of `value` (a 0.00% format shows 4 of a fraction). */
  decimals: number;
  /** The values the shown figure can stand for under round-to-nearest. */
  interval: Interval;
  origin: NumberOrigin;
  /** The cell's number format is a percentage format: `value` is a fraction. */
  percentFormat: boolean;
  /** Text written with a trailing "%": `value` is in percentage points. */
  percentText: boolean;
  /** For text: how it was written ("vi" 1.234,5, "en" 1,234.5, "plain"). */
  style?: NumberStyle;
}

/** What is wrong with a cell that should hold a number. */
export type CellProblem = { kind: "not-number"; reason: Bilingual } | { kind: "formula-error"; error: string };

/** One cell of a table or of the header, as read. */
export interface ReadCell {
  row: number;
  col: number;
  /** A1 address ("G12"). */
  address: string;
  raw?: Cell;
  empty: boolean;
  /** NFC, trimmed text of a text cell (also set for a text number). */
  text?: string;
  /** Set when a number could be read (a number, a formula's number, or text written as a number). */
  number?: ReadNumber;
  /** Set when the column wants a number and the cell cannot give one. */
  problem?: CellProblem;
}

export interface HeaderField<T> {
  /** Undefined when the label is there but its value cannot be read. */
  value: T | undefined;
  /** The value cell's text as shown (for messages). */
  text: string;
  labelCell: string;
  /** The cell holding the value (right of the label). */
  cell: string;
  row: number;
  col: number;
}

export interface ReportPeriod {
  /** 1–12; 12 for "Cả năm". */
  months: number;
  text: string;
}

export interface ProvinceHeader {
  province: HeaderField<string>;
  year?: HeaderField<number>;
  period?: HeaderField<ReportPeriod>;
  /** Present when the sheet has a "Đơn vị tính" label. */
  unitField?: HeaderField<MoneyUnit>;
  /** The unit amounts are in: the stated one, or triệu đồng when absent or unreadable. */
  unit: MoneyUnit;
}

/** A source of a row: a fund, a total row, or text the standard does not know (empty text included). */
export type RowSource = Fund | "total" | "other";

/** How the completion column's numbers are to be read. */
export interface CompletionScale {
  /** "fraction": 0.8841 (a % format or a value ≤ 3); "points": 88.41 (General cells over 3 or text with %). */
  scale: "fraction" | "points";
  reason: Bilingual;
}

export interface TableBase<K extends string> {
  /** 0-based row of the header labels. */
  headerRow: number;
  /** 0-based column index of each column found. */
  columns: Partial<Record<K, number>>;
  /** The header cell of each column found ("C8"). */
  headerCells: Partial<Record<K, string>>;
  /** Required columns the header row lacks. */
  missing: K[];
  /** 0-based rows of the first and last data rows (not counting total rows); undefined when the table is empty. */
  firstDataRow?: number;
  lastDataRow?: number;
  /** 0-based row where the table ends (the first empty row or the sheet's end), exclusive. */
  endRow: number;
}

export interface FundingRow {
  row: number;
  source: RowSource;
  sourceText: string;
  cells: Partial<Record<FundingColumn, ReadCell>>;
}

export interface FundingTable extends TableBase<FundingColumn> {
  rows: FundingRow[];
  completionScale?: CompletionScale;
}

export type ProjectStatus = "plan" | "ongoing" | "done" | "stopped";

export interface ProjectRow {
  row: number;
  /** A "Tổng cộng"/"Cộng" row at the foot of the list: not a project. */
  isTotal: boolean;
  source: RowSource;
  sourceText: string;
  /** The activity code (e.g. "MMTB") when the text names a known activity. */
  activity?: string;
  activityText: string;
  status?: ProjectStatus;
  statusText: string;
  /** Number of beneficiary establishments: the cell's whole number ≥ 1, else 1. */
  beneficiaries: number;
  cells: Partial<Record<ProjectColumn, ReadCell>>;
}

export interface ProjectTable extends TableBase<ProjectColumn> {
  rows: ProjectRow[];
}

/** A province sheet read by its labels: header block, funding table, project table. */
export interface ProvinceSheet {
  sheet: string;
  header: ProvinceHeader;
  funding?: FundingTable;
  projects?: ProjectTable;
}
