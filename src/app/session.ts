import type { Bilingual, Lang } from "../core/message";
import type { RoundingMode } from "../core/numbers/consistency";
import { validateWorkbookAsync } from "../core/validation/engine";
import type { ValidationReport } from "../core/validation/finding";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { completionByProvince, ProvinceCompletion } from "./completion";
import type { WorkbookPort } from "./port";

/** What one validation run knows about the workbook. */
export interface Analysis {
  snapshot: WorkbookSnapshot;
  report: ValidationReport;
  completion: ProvinceCompletion[];
}

export interface AnalysisSettings {
  rounding: RoundingMode;
}

/** Share of the progress bar the read takes; validation takes the rest. */
const READ_SHARE = 0.8;

/**
 * Reads the workbook through the port and validates it with core. `onProgress` gets a fraction in
 * [0, 1]: the read's steps, then the validation's sheets.
 */
export async function analyseWorkbook(port: WorkbookPort, settings: AnalysisSettings, onProgress?: (fraction: number) => void): Promise<Analysis> {
  const snapshot = await port.readSnapshot((done, total) => onProgress?.((READ_SHARE * done) / Math.max(total, 1)));
  const report = await validateWorkbookAsync(snapshot, {
    rounding: settings.rounding,
    onProgress: (done, total) => onProgress?.(READ_SHARE + ((1 - READ_SHARE) * done) / Math.max(total, 1)),
    // A timer turn, not a microtask: the pane repaints its progress bar between sheets.
    pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  });
  onProgress?.(1);
  return { snapshot, report, completion: completionByProvince(snapshot) };
}

/**
 * Writes the summary tabs: re-reads and re-validates first, so the tabs describe the workbook as it
 * is now, not as it was at the last validation. Returns the fresh analysis and the notices.
 */
export async function writeSummaryTabs(
  port: WorkbookPort,
  settings: AnalysisSettings & { lang: Lang },
  onProgress?: (fraction: number) => void,
): Promise<{ analysis: Analysis; notices: Bilingual[]; written: string[] }> {
  const analysis = await analyseWorkbook(port, settings, (f) => onProgress?.(f * 0.7));
  // The planner is needed only here: loaded on first use, out of the pane's start-up.
  const { buildSummaryPlan } = await import(/* webpackChunkName: "summary-plan" */ "../core/summary/build-plan");
  const plan = buildSummaryPlan(analysis.snapshot, analysis.report, { lang: settings.lang });
  const notices = await port.writeSummary(plan);
  onProgress?.(1);
  return { analysis, notices, written: plan.sheets.map((s) => s.name) };
}
