import { judgeStated, sumGap } from "../numbers/consistency";
import { Interval, sumIntervals } from "../numbers/interval";
import { measureInterval } from "../numbers/ratios";
import { bilingual, Bilingual } from "../message";
import { FundingColumn, ProjectColumn } from "../standard/layout";
import { FundingRow, FundingTable, ProjectRow, ReadCell, ReadNumber } from "../standard/province-sheet";
import { completionAsFraction } from "../standard/read-province-sheet";
import { fastFigure, figureArg, figureInterval, fundingLabel, projectLabel, screeningMargin, SheetContext, unitArg } from "./context";
import { num, pct } from "./message";

const ZERO = Interval.exact(0);

/** Interval of a cell's figure, 0 for an empty cell, undefined when the cell holds no usable number. */
function cellInterval(cell: ReadCell | undefined, ctx: SheetContext): Interval | undefined {
  if (!cell || cell.empty) return ZERO;
  return cell.number ? figureInterval(cell.number, ctx.mode) : undefined;
}

const maxDecimals = (numbers: (ReadNumber | undefined)[]) => Math.max(0, ...numbers.map((n) => n?.decimals ?? 0));
const asPair = (i: Interval): [number, number] => [i.lo.toNumber(), i.hi.toNumber()];

/** Tổng kinh phí = kinh phí khuyến công + vốn đối ứng; support ≤ total. */
export function checkProjectTotals(rows: ProjectRow[], ctx: SheetContext): void {
  for (const row of rows) {
    if (row.isTotal) continue;
    const { total, support, counterpart } = row.cells;
    if (!total?.number || !support?.number) continue;
    if (clearlyConsistent(total.number, support.number, counterpart, ctx)) continue;
    const t = figureInterval(total.number, ctx.mode);
    const s = figureInterval(support.number, ctx.mode);
    if (s.lo.gt(t.hi)) {
      ctx.report(
        "value/support-exceeds-total",
        support.address,
        { support: figureArg(support.number), total: figureArg(total.number), unit: unitArg(ctx.unit) },
        { related: [total.address], found: support.number.value.toNumber(), expected: [0, t.hi.toNumber()] },
      );
    }
    // Without a counterpart column there is no identity to judge; an empty counterpart cell is 0.
    const c = counterpart ? cellInterval(counterpart, ctx) : undefined;
    if (!c) continue;
    const gap = sumGap(t, [s, c]);
    if (gap.isZero()) continue;
    const decimals = maxDecimals([total.number, support.number, counterpart?.number]);
    const sum = s.plus(c);
    ctx.report(
      "calc/project-total",
      total.address,
      {
        total: figureArg(total.number),
        support: figureArg(support.number),
        counterpart: counterpart?.number ? figureArg(counterpart.number) : num(0, 0),
        sum: num(sum.mid, decimals),
        gap: num(t.mid.minus(sum.mid).abs(), decimals),
        unit: unitArg(ctx.unit),
      },
      { related: [support.address, ...(counterpart ? [counterpart.address] : [])], expected: asPair(sum), found: total.number.value.toNumber() },
    );
  }
}

/** Doubles show, with room to spare, support ≤ total and total = support + counterpart: skip the exact judgement. */
export function clearlyConsistent(total: ReadNumber, support: ReadNumber, counterpart: ReadCell | undefined, ctx: SheetContext): boolean {
  if (ctx.mode !== "round" || !counterpart) return false;
  const t = fastFigure(total);
  const s = fastFigure(support);
  const c = counterpart.empty ? { v: 0, h: 0 } : counterpart.number && fastFigure(counterpart.number);
  if (!t || !s || !c) return false;
  const margin = screeningMargin(t.v, s.v, c.v);
  const supportFits = s.v - s.h < t.v + t.h - margin;
  return supportFits && Math.abs(t.v - s.v - c.v) < t.h + s.h + c.h - margin;
}

/** Doubles show, with room to spare, that a figure is the sum of cells (empty cells 0): skip the exact judgement. */
export function clearlySums(total: ReadNumber, parts: (ReadCell | undefined)[], ctx: SheetContext): boolean {
  if (ctx.mode !== "round") return false;
  const t = fastFigure(total);
  if (!t) return false;
  let sum = 0;
  let tolerance = t.h;
  let size = Math.abs(t.v);
  for (const cell of parts) {
    if (!cell || cell.empty) continue;
    const f = cell.number && fastFigure(cell.number);
    if (!f) return false;
    sum += f.v;
    tolerance += f.h;
    size += Math.abs(f.v);
  }
  return Math.abs(t.v - sum) < tolerance - screeningMargin(size) * (parts.length + 1);
}

interface TotalRowCheck<K extends string> {
  rows: { row: number; isTotal: boolean; cells: Partial<Record<K, ReadCell>> }[];
  columns: readonly K[];
  label: (key: K) => Bilingual;
}

/**
 * A total row equals the sum of the rows above it (back to the previous total row), column by column,
 * once every figure's rounding is counted.
 */
function checkTotalRows<K extends string>({ rows, columns, label }: TotalRowCheck<K>, ctx: SheetContext): void {
  let parts: typeof rows = [];
  for (const row of rows) {
    if (!row.isTotal) {
      parts.push(row);
      continue;
    }
    for (const key of columns) {
      const totalCell = row.cells[key];
      if (!totalCell?.number) continue;
      if (
        clearlySums(
          totalCell.number,
          parts.map((p) => p.cells[key]),
          ctx,
        )
      )
        continue;
      const intervals = parts.map((p) => cellInterval(p.cells[key], ctx));
      if (intervals.some((i) => i === undefined)) continue;
      const sum = sumIntervals(intervals as Interval[]);
      const total = figureInterval(totalCell.number, ctx.mode);
      if (sumGap(total, intervals as Interval[]).isZero()) continue;
      const decimals = maxDecimals([totalCell.number, ...parts.map((p) => p.cells[key]?.number)]);
      ctx.report(
        "calc/total-row",
        totalCell.address,
        {
          column: label(key),
          total: figureArg(totalCell.number),
          sum: num(sum.mid, decimals),
          gap: num(total.mid.minus(sum.mid).abs(), decimals),
          unit: unitArg(ctx.unit),
        },
        {
          related: parts.map((p) => p.cells[key]?.address).filter((a): a is string => a !== undefined),
          expected: asPair(sum),
          found: totalCell.number.value.toNumber(),
        },
      );
    }
    parts = [];
  }
}

const FUNDING_SUMMED: readonly FundingColumn[] = ["plan", "actual", "sameLastYear", "previousPlan"];
const PROJECT_SUMMED: readonly ProjectColumn[] = ["beneficiaries", "total", "support", "counterpart"];

export function checkFundingTotalRows(rows: FundingRow[], ctx: SheetContext): void {
  checkTotalRows({ rows: rows.map((r) => ({ ...r, isTotal: r.source === "total" })), columns: FUNDING_SUMMED, label: fundingLabel }, ctx);
}

export function checkProjectTotalRows(rows: ProjectRow[], ctx: SheetContext): void {
  checkTotalRows({ rows, columns: PROJECT_SUMMED, label: projectLabel }, ctx);
}

const SOURCE_NAMES: Record<string, Bilingual> = {
  KCQG: bilingual("KCQG", "KCQG"),
  KCQG_DIEM: bilingual("KCQG điểm", "KCQG pilot"),
  KCDP: bilingual("KCĐP", "KCĐP"),
  total: bilingual("tổng", "total"),
  other: bilingual("nguồn khác", "other source"),
};

/** The total plan of the table: its total row's, else the sum of the source rows'. */
function totalPlan(table: FundingTable, ctx: SheetContext): { interval: Interval; number?: ReadNumber } | undefined {
  const totalRow = table.rows.find((r) => r.source === "total" && r.cells.plan?.number);
  if (totalRow) return { interval: figureInterval(totalRow.cells.plan!.number!, ctx.mode), number: totalRow.cells.plan!.number };
  const parts = table.rows.filter((r) => r.source !== "total").map((r) => cellInterval(r.cells.plan, ctx));
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  return { interval: sumIntervals(parts as Interval[]) };
}

/**
 * A stated completion must be a rounding of actual / plan. When a source's completion only matches the
 * total plan, say so (some reports divide by the total plan) rather than call it wrong.
 */
export function checkCompletion(table: FundingTable, ctx: SheetContext): void {
  for (const row of table.rows) {
    const { completion, plan, actual } = row.cells;
    if (!completion?.number || !plan?.number || !actual?.number) continue;
    const stated = completionAsFraction(completion.number, table.completionScale);
    const exact = measureInterval("completion", figureInterval(actual.number, ctx.mode), figureInterval(plan.number, ctx.mode));
    if (!exact) continue;
    const verdict = judgeStated(stated.value, stated.decimals, exact, ctx.mode);
    if (verdict === "consistent") continue;
    const shownDecimals = Math.max(stated.decimals, 2);
    const common = {
      stated: pct(stated.value, Math.max(stated.decimals - 2, 0)),
      computed: pct(exact.mid, shownDecimals),
      source: SOURCE_NAMES[row.source],
    };
    const extra = {
      related: [actual.address, plan.address],
      expected: [exact.lo.toNumber(), exact.hi.toNumber()] as [number, number],
      found: stated.value.toNumber(),
    };
    if (verdict === "truncated") {
      ctx.report("calc/truncated", completion.address, { ...common, column: fundingLabel("completion") }, extra);
      continue;
    }
    const whole = row.source === "total" ? undefined : totalPlan(table, ctx);
    const alternative = whole && measureInterval("completion", figureInterval(actual.number, ctx.mode), whole.interval);
    if (alternative && judgeStated(stated.value, stated.decimals, alternative, ctx.mode) !== "inconsistent") {
      ctx.report(
        "calc/completion-denominator",
        completion.address,
        {
          ...common,
          plan: whole?.number ? figureArg(whole.number) : num(whole!.interval.mid, plan.number.decimals),
          alternative: pct(alternative.mid, shownDecimals),
        },
        extra,
      );
      continue;
    }
    ctx.report("calc/completion", completion.address, { ...common, actual: figureArg(actual.number), plan: figureArg(plan.number) }, extra);
  }
}

/**
 * The plan of a source against the support of that source's projects (KCQG điểm counts as KCQG;
 * stopped projects do not count). A gap is a warning: provinces may hold unallocated funds.
 */
export function checkPlanSupportGap(funding: FundingTable, projects: ProjectRow[], ctx: SheetContext): void {
  for (const fund of ["KCQG", "KCDP"] as const) {
    const planCell = funding.rows.find((r) => r.source === fund)?.cells.plan;
    if (!planCell?.number) continue;
    const mine = projects.filter((p) => !p.isTotal && p.status !== "stopped" && (p.source === fund || (fund === "KCQG" && p.source === "KCQG_DIEM")));
    if (
      clearlySums(
        planCell.number,
        mine.map((p) => p.cells.support),
        ctx,
      )
    )
      continue;
    const supports = mine.map((p) => cellInterval(p.cells.support, ctx));
    if (supports.some((s) => s === undefined)) continue;
    const plan = figureInterval(planCell.number, ctx.mode);
    if (sumGap(plan, supports as Interval[]).isZero()) continue;
    const sum = sumIntervals(supports as Interval[]);
    const decimals = maxDecimals([planCell.number, ...mine.map((p) => p.cells.support?.number)]);
    ctx.report(
      "plan/support-gap",
      planCell.address,
      {
        fund: SOURCE_NAMES[fund],
        plan: figureArg(planCell.number),
        count: String(mine.length),
        sum: num(sum.mid, decimals),
        gap: num(plan.mid.minus(sum.mid).abs(), decimals),
        unit: unitArg(ctx.unit),
      },
      { expected: asPair(sum), found: planCell.number.value.toNumber() },
    );
  }
}
