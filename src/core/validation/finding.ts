import { Bilingual } from "../message";

export type Severity = "error" | "warning" | "info";

/**
 * One problem found in a workbook, pointing at the cell that holds the figure found wrong (for an
 * identity, the total's cell). Rule ids are namespaced and stable: see docs/rules.md.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address, or "" for a finding about the whole sheet. */
  cell: string;
  related: string[];
  message: Bilingual;
  /** A value, or an interval [lo, hi] the figure should lie in. */
  expected?: number | string | [number, number];
  found?: number | string | boolean | null;
  /** The legal text a rule finding rests on. */
  basis?: string;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidationStats extends SeverityCounts {
  sheets: number;
  /** Sheets read as reports (wholly or in part), whatever their layout. */
  provinceSheets: number;
  findings: number;
  bySheet: Record<string, SeverityCounts & { provinceSheet: boolean }>;
  byRule: Record<string, number>;
  /** Where the CLI parsed the workbook: in a worker thread, or in its main thread when no worker could run. */
  parsedIn?: "worker" | "main-thread";
}

/** How a sheet was read: "rules" (KC_QuyDinh), "corrections" (KC_CachDoc) and "generated" (KC's own tabs) are KC's sheets. */
export type SheetStatus = "read" | "partial" | "not-report" | "rules" | "corrections" | "generated";

/** One table of a sheet as read: where it is, what it holds, what each column was read as. */
export interface TableSummary {
  range: string;
  kind: string;
  headerRows: number[];
  /** Column letter → its role ("amount:plan:KCQG", "label", "unknown"). */
  columns: Record<string, string>;
  rows: number;
}

export interface SheetSummary {
  name: string;
  status: SheetStatus;
  /** Why a sheet is read in part or is not a report (Vietnamese, then English). */
  reason?: Bilingual;
  tables: TableSummary[];
}

/** What produced a report: the rule library, the rounding mode, the checks that could not run. */
export interface ValidationMeta {
  ruleLibrary: string;
  rounding: "round" | "truncate";
  /** Checks left out, and why (a sheet without a year gets no ceiling check…). */
  skipped: Bilingual[];
}

export interface ValidationReport {
  findings: Finding[];
  stats: ValidationStats;
  sheets: SheetSummary[];
  meta: ValidationMeta;
}
