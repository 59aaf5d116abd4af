import { sumGap } from "../numbers/consistency";
import { Interval, sumIntervals } from "../numbers/interval";
import { unitFactor } from "../numbers/units";
import { bilingual, Bilingual } from "../message";
import { ReportView } from "../reading/view";
import { ReadCell, ReadNumber } from "../standard/province-sheet";
import { figureArg, figureInterval, SheetContext, unitArg } from "./context";
import { num } from "./message";
import { clearlySums } from "./table-checks";

const FUND_NAMES: Record<"KCQG" | "KCDP", Bilingual> = {
  KCQG: bilingual("KCQG", "KCQG"),
  KCDP: bilingual("KCĐP", "KCĐP"),
};

const maxDecimals = (numbers: (ReadNumber | undefined)[]) => Math.max(0, ...numbers.map((n) => n?.decimals ?? 0));

/**
 * The plan of a fund against the support of that fund's projects (KCQG điểm counts as KCQG; stopped
 * projects do not count), when a sheet states both and the plan is one cell. A gap is a warning:
 * provinces may hold unallocated funds.
 */
export function checkPlanSupportGap(view: ReportView, ctx: SheetContext): void {
  if (!view.funding || view.projects.length === 0) return;
  for (const fund of ["KCQG", "KCDP"] as const) {
    const plans = view.funding.figures[fund].plan;
    if (!plans || plans.length !== 1 || !plans[0].cell.number) continue;
    const { cell: planCell, unit } = plans[0];
    const planNumber = planCell.number!;
    const mine = view.projects.filter((p) => p.status !== "stopped" && (p.source === fund || (fund === "KCQG" && p.source === "KCQG_DIEM")));
    const supports = mine.map((p) => p.cells.support);
    const factors = mine.map((p) => unitFactor(p.unit, unit).toNumber());
    if (clearlySums(planNumber, supports, ctx, factors)) continue;
    const intervals = supports.map((c, i) => cellInterval(c, ctx)?.scale(factors[i]));
    if (intervals.some((s) => s === undefined)) continue;
    const plan = figureInterval(planNumber, ctx.mode);
    if (sumGap(plan, intervals as Interval[]).isZero()) continue;
    const sum = sumIntervals(intervals as Interval[]);
    const decimals = maxDecimals([planNumber, ...supports.map((c) => c?.number)]);
    ctx.report(
      "plan/support-gap",
      planCell.address,
      {
        fund: FUND_NAMES[fund],
        plan: figureArg(planNumber),
        count: String(mine.length),
        sum: num(sum.mid, decimals),
        gap: num(plan.mid.minus(sum.mid).abs(), decimals),
        unit: unitArg(unit),
      },
      { expected: [sum.lo.toNumber(), sum.hi.toNumber()], found: planNumber.value.toNumber() },
    );
  }
}

function cellInterval(cell: ReadCell | undefined, ctx: SheetContext): Interval | undefined {
  if (!cell || cell.empty) return Interval.exact(0);
  return cell.number ? figureInterval(cell.number, ctx.mode) : undefined;
}
