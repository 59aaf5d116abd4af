import { Decimal } from "../numbers/decimal-config";
import { FigureCell, FundingMeasure, FundingView } from "../reading/view";
import { Figure, figureSum, Notices } from "./province-terms";

type Figures = FundingView["figures"];

/**
 * Whether a report gives its funds' own rows (KCQG, KCĐP) for the plan or the actual: then a province's
 * total is KCQG + KCĐP, else the report's total row. One decision for both measures, so a province's plan
 * and actual always cover the same scope (TH_KinhPhi and the pane's completion overview both ask here).
 */
export function hasFundRows(figures: Figures): boolean {
  return (["plan", "actual"] as const).some((m) => (figures.KCQG[m]?.length ?? 0) + (figures.KCDP[m]?.length ?? 0) > 0);
}

/** The cells that make a province's total of a measure: its funds' rows when it has them (hasFundRows), else its total row. */
export function provinceTotalCells(figures: Figures, measure: FundingMeasure): FigureCell[] {
  if (hasFundRows(figures)) return [...(figures.KCQG[measure] ?? []), ...(figures.KCDP[measure] ?? [])];
  return [...(figures.total[measure] ?? [])];
}

/**
 * A province's total of a measure in tỷ đồng, as TH_KinhPhi's formula computes it (each unit's cells summed,
 * then divided once). A measure only the total row states (same period, previous plan) is taken from it.
 */
export function provinceTotal(sheet: string, figures: Figures, measure: FundingMeasure, notices: Notices = new Notices()): Figure {
  const cells = provinceTotalCells(figures, measure);
  return figureSum(sheet, cells.length > 0 ? cells : figures.total[measure], notices);
}

export interface ProvinceCompletion {
  /** tỷ đồng */
  plan: Decimal;
  actual: Decimal;
  /** actual / plan; undefined when the plan is zero. */
  completion?: Decimal;
}

/**
 * A province's completion of its annual plan, all funds: the one computation behind TH_KinhPhi's total
 * columns and the task pane's completion overview. Undefined when the report states no plan or no actual.
 */
export function provinceCompletion(sheet: string, figures: Figures): ProvinceCompletion | undefined {
  const plan = provinceTotal(sheet, figures, "plan");
  const actual = provinceTotal(sheet, figures, "actual");
  if (plan.formula === undefined || actual.formula === undefined) return undefined;
  return { plan: plan.value, actual: actual.value, completion: plan.value.isZero() ? undefined : actual.value.div(plan.value) };
}
