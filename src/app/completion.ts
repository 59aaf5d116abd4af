import { Decimal } from "../core/numbers/decimal-config";
import { measure } from "../core/numbers/ratios";
import { convertAmount } from "../core/numbers/units";
import { FigureCell, workbookReports } from "../core/reading/view";
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
    if (!figures) continue;
    const cells = (m: "plan" | "actual") => {
      const funds = [...(figures.KCQG[m] ?? []), ...(figures.KCDP[m] ?? [])];
      return funds.length > 0 ? funds : (figures.total[m] ?? []);
    };
    const plan = sumInTy(cells("plan"));
    const actual = sumInTy(cells("actual"));
    if (!plan || !actual) continue;
    const ratio = measure("completion", actual, plan);
    out.push({
      sheet: view.sheet,
      province: view.header.province ?? view.sheet,
      plan: plan.toNumber(),
      actual: actual.toNumber(),
      completion: ratio.ok ? ratio.value.toNumber() : undefined,
    });
  }
  return out;
}

function sumInTy(cells: FigureCell[]): Decimal | undefined {
  if (cells.length === 0) return undefined;
  let sum = new Decimal(0);
  for (const { cell, unit } of cells) {
    const n = cell.number;
    if (!n) return undefined;
    sum = sum.plus(convertAmount(n.value, unit, "ty"));
  }
  return sum;
}
