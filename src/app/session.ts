import type { Bilingual, Lang } from "../core/message";
import type { RoundingMode } from "../core/numbers/consistency";
import type { RulePack } from "../core/rules/schema";
import type { ValidationReport } from "../core/validation/finding";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { ProvinceCompletion } from "./completion";
import type { UndoSupport, WorkbookPort } from "./port";

/** What one validation run knows about the workbook. */
export interface Analysis {
  snapshot: WorkbookSnapshot;
  report: ValidationReport;
  completion: ProvinceCompletion[];
  /** Packs of the workbook's KC_QuyDinh sheet; undefined without one. */
  workbookPacks?: RulePack[];
  /** The report year the province sheets agree on. */
  reportYear?: number;
}

export interface AnalysisSettings {
  rounding: RoundingMode;
}

/** Share of the progress bar the read takes; validation takes the rest. */
const READ_SHARE = 0.8;

/** The engine's chunk: loaded on the first check, at the same time as the read (see analysis-engine.ts). */
function loadAnalysisEngine() {
  return import(/* webpackChunkName: "engine" */ "./analysis-engine");
}

/**
 * Reads the workbook through the port and validates it with core. `onProgress` gets a fraction in
 * [0, 1]: the read's steps, then the validation's sheets.
 */
export async function analyseWorkbook(port: WorkbookPort, settings: AnalysisSettings, onProgress?: (fraction: number) => void): Promise<Analysis> {
  const [snapshot, engine] = await Promise.all([
    port.readSnapshot((done, total) => onProgress?.((READ_SHARE * done) / Math.max(total, 1))),
    loadAnalysisEngine(),
  ]);
  // The web page knows the file's name, which may name the province or the year a title block leaves out.
  const fileName = port.host.fileName;
  const report = await engine.validateWorkbookAsync(snapshot, {
    rounding: settings.rounding,
    fileName,
    onProgress: (done, total) => onProgress?.(READ_SHARE + ((1 - READ_SHARE) * done) / Math.max(total, 1)),
    // A timer turn, not a microtask: the pane repaints its progress bar between sheets.
    pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  });
  onProgress?.(1);
  return {
    snapshot,
    report,
    completion: engine.completionByProvince(snapshot, fileName),
    workbookPacks: engine.workbookRulePacks(snapshot),
    reportYear: engine.reportYearOf(snapshot, fileName),
  };
}

export interface SummarySettings extends AnalysisSettings {
  lang: Lang;
  /** Words naming the region in the report ("khu vực phía Nam"). */
  region?: string;
}

/**
 * Writes the summary tabs: re-reads and re-validates first, so the tabs describe the workbook as it
 * is now, not as it was at the last validation. Returns the fresh analysis, the notices and how the
 * write can be undone.
 */
export async function writeSummaryTabs(
  port: WorkbookPort,
  settings: SummarySettings,
  onProgress?: (fraction: number) => void,
): Promise<{ analysis: Analysis; notices: Bilingual[]; written: string[]; undo: UndoSupport }> {
  const analysis = await analyseWorkbook(port, settings, (f) => onProgress?.(f * 0.7));
  // The planner is needed only here: loaded on first use, out of the pane's start-up.
  const { buildSummaryPlan } = await import(/* webpackChunkName: "summary-plan" */ "../core/summary/build-plan");
  const region = settings.region?.trim();
  const plan = buildSummaryPlan(analysis.snapshot, analysis.report, {
    lang: settings.lang,
    region: region || undefined,
    read: { fileName: port.host.fileName },
  });
  const { notices, undo } = await port.writeSummary(plan);
  onProgress?.(1);
  return { analysis, notices, written: plan.sheets.map((s) => s.name), undo };
}
