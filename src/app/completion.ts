import { workbookReports } from "../core/reading/view";
import { provinceCompletion } from "../core/summary/province-total";
import { isGeneratedSheet } from "../core/summary/tab-names";
import { isRulesSheet } from "../core/validation/rules-sheet";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";

/** One bar of the task pane's overview: a province's completion of its annual plan, all sources. */
export interface ProvinceCompletion {
  sheet: string;
  province: string;
  /** In tỷ đồng, whatever the sheet's unit. */
  plan: number;
  actual: number;
  /** actual / plan as a fraction; undefined when the plan is zero or missing. */
  completion?: number;
}

/**
 * Completion by province, from each report's funding figures whatever its layout: the funds' own rows
 * when the report has them, else its total. Sheets without readable funding figures are left out (their
 * findings and reading status say why).
 */
export function completionByProvince(snapshot: WorkbookSnapshot, fileName?: string): ProvinceCompletion[] {
  const out: ProvinceCompletion[] = [];
  for (const view of workbookReports(snapshot, { fileName }, (s) => isGeneratedSheet(s) || isRulesSheet(s))) {
    const figures = view.funding?.figures;
    // The same totals as TH_KinhPhi's row of the province (core/summary/province-total.ts).
    const totals = figures && provinceCompletion(view.sheet, figures);
    if (!totals) continue;
    out.push({
      sheet: view.sheet,
      province: view.header.province ?? view.sheet,
      plan: totals.plan.toNumber(),
      actual: totals.actual.toNumber(),
      completion: totals.completion?.toNumber(),
    });
  }
  return out;
}
