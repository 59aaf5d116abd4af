import { buildSummaryPlan, SummaryOptions } from "../../core/summary/build-plan";
import { SummaryPlan } from "../../core/summary/plan-types";
import { validateWorkbook, ValidateOptions } from "../../core/validation/engine";
import { ValidationReport } from "../../core/validation/finding";
import { loadExcelWorkbook, snapshotOfWorkbook } from "./read-workbook";
import { applySummaryPlan } from "./write-plan";
import { addChartsToXlsx } from "./write-chart";

export interface SummarizeOptions extends SummaryOptions {
  /** The file's name, for error messages. */
  name?: string;
  validate?: ValidateOptions;
}

export interface SummarizeResult {
  plan: SummaryPlan;
  report: ValidationReport;
  /** The whole workbook with the summary tabs: province sheets as they were, generated tabs replaced. */
  output: Uint8Array;
}

/**
 * Reads an .xlsx in memory, validates it, plans the summary tabs and writes them into the same
 * workbook. Throws UnreadableWorkbookError for a file that is not a readable .xlsx.
 */
export async function summarizeWorkbook(data: Uint8Array, options: SummarizeOptions): Promise<SummarizeResult> {
  const name = options.name ?? "workbook";
  const workbook = await loadExcelWorkbook(data, name);
  const snapshot = snapshotOfWorkbook(workbook);
  // The file's name may name the province or the year a title block leaves out.
  const report = validateWorkbook(snapshot, { fileName: options.name, ...options.validate });
  const plan = buildSummaryPlan(snapshot, report, { ...options, read: { fileName: options.name, ...options.read } });
  applySummaryPlan(workbook, plan);
  // ExcelJS drops the charts of a workbook it reads and cannot write any: they are added to its output.
  const output = await addChartsToXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), plan.sheets);
  return { plan, report, output };
}
