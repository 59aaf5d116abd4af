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
  provinceSheets: number;
  findings: number;
  bySheet: Record<string, SeverityCounts & { provinceSheet: boolean }>;
  byRule: Record<string, number>;
  /** Where the CLI parsed the workbook: in a worker thread, or in its main thread when no worker could run. */
  parsedIn?: "worker" | "main-thread";
}

export interface ValidationReport {
  findings: Finding[];
  stats: ValidationStats;
}
