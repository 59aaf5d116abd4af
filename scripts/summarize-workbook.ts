/**
 * The whole summary in memory (read, validate, plan, write), for the demo, the measurement of the writer and the tests.
 * KC's own callers stream instead: `kc summarize` (src/cli/commands/summarize.ts) and the web page's package worker.
 */
import { buildSummaryPlan, SummaryOptions } from "../src/core/summary/build-plan";
import { SummaryPlan } from "../src/core/summary/plan-types";
import { validateWorkbook, ValidateOptions } from "../src/core/validation/engine";
import { ValidationReport } from "../src/core/validation/finding";
import { WorkbookSnapshot } from "../src/core/workbook/snapshot";
import { writeSummaryPlan } from "../src/adapters/xlsx/package-writer/summary-writer";
import { WorkbookPackage } from "../src/adapters/xlsx/package-writer/workbook-package";
import { readWorkbookSnapshot } from "../src/adapters/xlsx/package/read-workbook";

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

/** The package `input` with the plan's tabs written into it; every other part as it was. `read`: the snapshot already read from `input`. */
export async function writeSummaryToPackage(input: Uint8Array, plan: SummaryPlan, fileName: string, read?: WorkbookSnapshot): Promise<Uint8Array> {
  const pkg = await WorkbookPackage.open(input, fileName, read);
  await writeSummaryPlan(pkg, plan);
  return pkg.save();
}
