import { buildSummaryPlan, SummaryOptions } from "../../core/summary/build-plan";
import { SummaryPlan } from "../../core/summary/plan-types";
import { validateWorkbook, ValidateOptions } from "../../core/validation/engine";
import { ValidationReport } from "../../core/validation/finding";
import { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { writeSummaryToPackage } from "./package-writer/summary-writer";
import { readWorkbookSnapshot } from "./package/read-workbook";

export interface SummarizeOptions extends SummaryOptions {
  /** The file's name, for error messages. */
  name?: string;
  validate?: ValidateOptions;
}

export interface SummarizeResult {
  plan: SummaryPlan;
  report: ValidationReport;
  /** The input package with the summary tabs: every other part as it was, generated tabs replaced. */
  output: Uint8Array;
}

/**
 * Reads a workbook package held in memory with KC's reader, validates it, plans the summary tabs and
 * writes them into the same package (src/adapters/xlsx/package-writer). Throws UnreadableWorkbookError
 * for a file that is not a readable workbook.
 */
export async function summarizeWorkbook(data: Uint8Array, options: SummarizeOptions): Promise<SummarizeResult> {
  return summarizeSnapshot(data, await readWorkbookSnapshot(data, options.name ?? "workbook"), options);
}

/** The same, from a snapshot already read from `data`. */
export async function summarizeSnapshot(data: Uint8Array, snapshot: WorkbookSnapshot, options: SummarizeOptions): Promise<SummarizeResult> {
  // The file's name may name the province or the year a title block leaves out.
  const report = validateWorkbook(snapshot, { fileName: options.name, ...options.validate });
  const plan = buildSummaryPlan(snapshot, report, { ...options, read: { fileName: options.name, ...options.read } });
  const output = await writeSummaryToPackage(data, plan, options.name ?? "workbook", snapshot);
  return { plan, report, output };
}
