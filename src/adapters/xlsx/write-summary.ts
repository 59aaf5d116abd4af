import { buildSummaryPlan, SummaryOptions } from "../../core/summary/build-plan";
import { SummaryPlan } from "../../core/summary/plan-types";
import { validateWorkbook, ValidateOptions } from "../../core/validation/engine";
import { ValidationReport } from "../../core/validation/finding";
import { checkExcelJsCapacity, loadExcelWorkbook, quietly } from "./exceljs-load";
import { readWorkbookSnapshot } from "./package/read-workbook";
import { checkReadBack } from "./read-back";
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
 * Reads an .xlsx in memory with KC's reader, validates it, plans the summary tabs and writes them
 * into a copy of the workbook (through ExcelJS, which loads the bytes only to write them), then reads
 * the copy back and refuses it unless every sheet it kept reads as in the input. Throws
 * UnreadableWorkbookError for a file that is not a readable .xlsx, or that cannot be written faithfully.
 */
export async function summarizeWorkbook(data: Uint8Array, options: SummarizeOptions): Promise<SummarizeResult> {
  const name = options.name ?? "workbook";
  const snapshot = await readWorkbookSnapshot(data, name);
  const report = validateWorkbook(snapshot, options.validate);
  const plan = buildSummaryPlan(snapshot, report, options);
  checkExcelJsCapacity(snapshot, name);
  const workbook = await loadExcelWorkbook(data, name);
  applySummaryPlan(workbook, plan);
  // ExcelJS drops the charts of a workbook it reads and cannot write any: they are added to its output.
  const output = await addChartsToXlsx(new Uint8Array(await quietly(() => workbook.xlsx.writeBuffer())), plan.sheets);
  const replaced = new Set([...plan.remove, ...plan.sheets.flatMap((s) => (s.replaces === undefined ? [] : [s.replaces]))]);
  await checkReadBack(
    snapshot,
    output,
    snapshot.sheets.map((s) => s.name).filter((n) => !replaced.has(n)),
    name,
  );
  return { plan, report, output };
}
