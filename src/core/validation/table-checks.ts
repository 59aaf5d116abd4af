import { judgeStated, sumGap } from "../numbers/consistency";
import { Interval, sumIntervals } from "../numbers/interval";
import { MoneyUnit, unitFactor } from "../numbers/units";
import { measureInterval } from "../numbers/ratios";
import { bilingual, Bilingual } from "../message";
import { fundName } from "../reading/role-names";
import { ColumnIdentity, FundOrTotal, ReadColumn, ReadTable, rowAt, TableRow } from "../reading/types";
import { cellUnit } from "../reading/view";
import { ReadCell, ReadNumber } from "../standard/province-sheet";
import { readNumberCell } from "../standard/read-cell";
import { SheetSnapshot } from "../workbook/snapshot";
import { checkNumberCell } from "./cell-checks";
import { completionAsFraction, completionScaleOf, CompletionScale } from "./completion-scale";
import { fastFigure, figureArg, figureInterval, screeningMargin, SheetContext, unitArg } from "./context";
import { num, pct } from "./message";

/**
 * The checks every table gets, whatever its layout: each figure cell (text numbers, errors, negatives),
 * each total against what it adds (wherever it stands; an empty total reported, not read as 0), the
 * identities of the column-number row, total cost = support + counterpart on every row that has the
 * three, and each stated completion against actual / plan (naming the denominator that fits when the
 * report divided by another plan).
 */
export function checkTable(sheet: SheetSnapshot, table: ReadTable, ctx: SheetContext, sheetUnit: MoneyUnit): void {
  const t = new TableCells(sheet, table, sheetUnit);
  checkCells(t, ctx);
  checkTotals(t, ctx);
  checkCostIdentity(t, ctx);
  const covered = checkCompletions(t, ctx);
  checkColumnIdentities(t, ctx, covered);
}

const FIGURES = new Set(["amount", "percent", "count"]);
const CHECKED_ROWS = new Set(["data", "subtotal", "total", "ofWhich"]);

/** A table's figure cells, read from the sheet when asked, with each cell's unit. */
class TableCells {
  readonly figureColumns: ReadColumn[];

  private readonly scales = new Map<number, CompletionScale | undefined>();
  constructor(
    readonly sheet: SheetSnapshot,
    readonly table: ReadTable,
    readonly sheetUnit: MoneyUnit,
  ) {
    this.figureColumns = table.columns.filter((c) => FIGURES.has(c.role.kind));
  }
  cell(row: number, col: number): ReadCell {
    return readNumberCell(this.sheet, row, col);
  }
  unit(column: ReadColumn, row: TableRow | undefined): MoneyUnit {
    return cellUnit(this.table, column, row, this.sheetUnit);
  }
  column(col: number): ReadColumn | undefined {
    return this.table.columns.find((c) => c.col === col);
  }
  /** How a percentage column's numbers are to be read: fractions or percentage points. */
  scale(column: ReadColumn): CompletionScale | undefined {
    if (!this.scales.has(column.col)) {
      const numbers: ReadNumber[] = [];
      for (const row of this.table.rows) {
        if (!CHECKED_ROWS.has(row.kind)) continue;
        const n = this.cell(row.row, column.col).number;
        if (n) numbers.push(n);
      }
      this.scales.set(column.col, completionScaleOf(numbers));
    }
    return this.scales.get(column.col);
  }
}

function checkCells(t: TableCells, ctx: SheetContext): void {
  for (const row of t.table.rows) {
    if (!CHECKED_ROWS.has(row.kind)) continue;
    for (const column of t.figureColumns) {
      const role = column.role as { kind: string; measure: string };
      const mayBeNegative = role.kind === "percent" && role.measure === "growth";
      checkNumberCell(t.cell(row.row, column.col), column.label, ctx, mayBeNegative);
    }
  }
}

const ZERO = Interval.exact(0);

function cellInterval(cell: ReadCell | undefined, ctx: SheetContext): Interval | undefined {
  if (!cell || cell.empty) return ZERO;
  return cell.number ? figureInterval(cell.number, ctx.mode) : undefined;
}

const maxDecimals = (numbers: (ReadNumber | undefined)[]) => Math.max(0, ...numbers.map((n) => n?.decimals ?? 0));
const asPair = (i: Interval): [number, number] => [i.lo.toNumber(), i.hi.toNumber()];

/** Doubles show, with room to spare, that a figure is the sum of cells (empty cells 0): skip the exact judgement. */
export function clearlySums(total: ReadNumber, parts: (ReadCell | undefined)[], ctx: SheetContext, factors?: number[]): boolean {
  if (ctx.mode !== "round") return false;
  const t = fastFigure(total);
  if (!t) return false;
  let sum = 0;
  let tolerance = t.h;
  let size = Math.abs(t.v);
  for (let i = 0; i < parts.length; i++) {
    const cell = parts[i];
    if (!cell || cell.empty) continue;
    const f = cell.number && fastFigure(cell.number);
    if (!f) return false;
    const k = factors?.[i] ?? 1;
    sum += f.v * k;
    tolerance += f.h * Math.abs(k);
    size += Math.abs(f.v * k);
  }
  return Math.abs(t.v - sum) < tolerance - screeningMargin(size) * (parts.length + 1);
}

/** Whether a column's figures add up down the rows: amounts and counts, not percentages or row numbers. */
function summable(column: ReadColumn): boolean {
  return column.role.kind === "amount" || column.role.kind === "count";
}

/**
 * Each total and section total against the rows it adds, column by column, in the total's unit. Rows of
 * an indicator table in different units ("Lao động", "Mô hình") are not added. An empty total whose
 * rows hold figures is reported, never taken as 0.
 */
function checkTotals(t: TableCells, ctx: SheetContext): void {
  for (const row of t.table.rows) {
    if (!row.parts || row.parts.length === 0) continue;
    const parts = row.parts.map((r) => rowAt(t.table, r)).filter((r): r is TableRow => r !== undefined);
    for (const column of t.figureColumns) {
      if (!summable(column)) continue;
      const totalCell = t.cell(row.row, column.col);
      const partCells = parts.map((p) => t.cell(p.row, column.col));
      const unit = t.unit(column, row);
      const factors = parts.map((p) => unitFactor(t.unit(column, p), unit).toNumber());
      if (totalCell.empty) {
        // A count of projects or beneficiaries is often left out of a total row: only amounts and indicators are expected there.
        if (column.role.kind === "count" && column.role.measure !== "indicator") continue;
        if (!partCells.some((c) => c.number)) continue;
        const intervals = partCells.map((c, i) => cellInterval(c, ctx)?.scale(factors[i]));
        if (intervals.some((i) => i === undefined)) continue;
        const sum = sumIntervals(intervals as Interval[]);
        ctx.report(
          "calc/empty-total",
          totalCell.address,
          { label: row.label || row.no, column: column.label, sum: num(sum.mid, maxDecimals(partCells.map((c) => c.number))), unit: unitArg(unit) },
          { related: partCells.filter((c) => c.number).map((c) => c.address), expected: asPair(sum), found: null },
        );
        continue;
      }
      if (!totalCell.number) continue;
      if (clearlySums(totalCell.number, partCells, ctx, factors)) continue;
      const intervals = partCells.map((c, i) => cellInterval(c, ctx)?.scale(factors[i]));
      if (intervals.some((i) => i === undefined)) continue;
      const total = figureInterval(totalCell.number, ctx.mode);
      if (sumGap(total, intervals as Interval[]).isZero()) continue;
      const sum = sumIntervals(intervals as Interval[]);
      const decimals = maxDecimals([totalCell.number, ...partCells.map((c) => c.number)]);
      ctx.report(
        "calc/total-row",
        totalCell.address,
        {
          column: column.label,
          total: figureArg(totalCell.number),
          sum: num(sum.mid, decimals),
          gap: num(total.mid.minus(sum.mid).abs(), decimals),
          unit: unitArg(unit),
        },
        { related: partCells.map((c) => c.address), expected: asPair(sum), found: totalCell.number.value.toNumber() },
      );
    }
  }
}

/** The columns of total cost, support and counterpart of a table, when it has the three (or two of them). */
function costColumns(t: TableCells): { cost?: ReadColumn; support?: ReadColumn; counterpart?: ReadColumn } {
  const plain = (measure: string) =>
    t.table.columns.find((c) => c.role.kind === "amount" && c.role.measure === measure && (!c.role.fund || c.role.fund === "total")) ??
    t.table.columns.find((c) => c.role.kind === "amount" && c.role.measure === measure);
  return { cost: plain("cost"), support: plain("support"), counterpart: plain("counterpart") };
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

/**
 * Tổng kinh phí = kinh phí khuyến công + vốn đối ứng, and support ≤ total, on every item row that states
 * them (a total's identity follows from its columns' totals, which are checked on their own).
 */
function checkCostIdentity(t: TableCells, ctx: SheetContext): void {
  const { cost, support, counterpart } = costColumns(t);
  if (!cost || !support) return;
  for (const row of t.table.rows) {
    if (row.kind !== "data") continue;
    const total = t.cell(row.row, cost.col);
    const s = t.cell(row.row, support.col);
    const c = counterpart ? t.cell(row.row, counterpart.col) : undefined;
    if (!total.number || !s.number) continue;
    const unit = t.unit(cost, row);
    // Support and counterpart may be in another unit than the total cost ("Tổng kinh phí (tỷ đồng)" beside triệu).
    const ks = unitFactor(t.unit(support, row), unit);
    const kc = counterpart ? unitFactor(t.unit(counterpart, row), unit) : ks;
    const sameUnits = ks.eq(1) && kc.eq(1);
    if (sameUnits && clearlyConsistent(total.number, s.number, c, ctx)) continue;
    const ti = figureInterval(total.number, ctx.mode);
    const si = figureInterval(s.number, ctx.mode).scale(ks);
    if (si.lo.gt(ti.hi)) {
      ctx.report(
        "value/support-exceeds-total",
        s.address,
        { support: figureArg(s.number), total: figureArg(total.number), unit: unitArg(unit) },
        { related: [total.address], found: s.number.value.toNumber(), expected: [0, ti.hi.toNumber()] },
      );
    }
    // Without a counterpart column there is no identity to judge; an empty counterpart cell is 0.
    const ci = c ? cellInterval(c, ctx)?.scale(kc) : undefined;
    if (!ci) continue;
    const gap = sumGap(ti, [si, ci]);
    if (gap.isZero()) continue;
    const decimals = maxDecimals([total.number, s.number, c?.number]);
    const sum = si.plus(ci);
    ctx.report(
      "calc/project-total",
      total.address,
      {
        total: figureArg(total.number),
        support: figureArg(s.number),
        counterpart: c?.number ? figureArg(c.number) : num(0, 0),
        sum: num(sum.mid, decimals),
        gap: num(ti.mid.minus(sum.mid).abs(), decimals),
        unit: unitArg(unit),
      },
      { related: [s.address, ...(c ? [c.address] : [])], expected: asPair(sum), found: total.number.value.toNumber() },
    );
  }
}

const samePeriod = (a: ReadColumn, b: ReadColumn) => {
  const p = (a.role as { period?: { year?: number; months?: number } }).period;
  const q = (b.role as { period?: { year?: number; months?: number } }).period;
  return (p?.year ?? 0) === (q?.year ?? 0) && (p?.months ?? 0) === (q?.months ?? 0);
};
const fundOf = (c: ReadColumn) => (c.role as { fund?: FundOrTotal }).fund;

const DENOMINATORS = {
  total: bilingual("tổng kế hoạch", "total plan"),
  allocated: bilingual("kế hoạch đã phân bổ", "allocated plan"),
};

/**
 * A stated completion must be a rounding of actual / plan (the plan and actual of its fund and period).
 * When only another plan the report shows fits (the plan of all funds, or the allocated plan of a
 * "trong đó: đã phân bổ" row), the finding says which. Returns the percentage columns it judged.
 */
function checkCompletions(t: TableCells, ctx: SheetContext): Set<number> {
  const judged = new Set<number>();
  const amounts = t.table.columns.filter((c) => c.role.kind === "amount");
  for (const column of t.figureColumns) {
    if (column.role.kind !== "percent" || column.role.measure !== "completion") continue;
    const fund = fundOf(column);
    const find = (measure: string, f: FundOrTotal | undefined) =>
      amounts.find((c) => (c.role as { measure: string }).measure === measure && fundOf(c) === f && samePeriod(c, column));
    const actualCol = find("actual", fund);
    const planCol = find("plan", fund) ?? find("allocated", fund);
    if (!actualCol || !planCol) continue;
    judged.add(column.col);
    const totalPlanCol = fund && fund !== "total" ? find("plan", "total") : undefined;
    const scale = t.scale(column);
    const grand = t.table.rows.find((r) => r.kind === "total" && (r.parts?.length ?? 0) > 0);
    for (const row of t.table.rows) {
      if (!CHECKED_ROWS.has(row.kind)) continue;
      const completion = t.cell(row.row, column.col);
      const plan = t.cell(row.row, planCol.col);
      const actual = t.cell(row.row, actualCol.col);
      if (!completion.number || !plan.number || !actual.number) continue;
      const stated = completionAsFraction(completion.number, scale);
      const exact = measureInterval("completion", figureInterval(actual.number, ctx.mode), figureInterval(plan.number, ctx.mode));
      if (!exact) continue;
      const verdict = judgeStated(stated.value, stated.decimals, exact, ctx.mode);
      if (verdict === "consistent") continue;
      const shownDecimals = Math.max(stated.decimals, 2);
      const source = rowFundName(row, fund);
      const common = { stated: pct(stated.value, Math.max(stated.decimals - 2, 0)), computed: pct(exact.mid, shownDecimals), source };
      const extra = {
        related: [actual.address, plan.address],
        expected: [exact.lo.toNumber(), exact.hi.toNumber()] as [number, number],
        found: stated.value.toNumber(),
      };
      if (verdict === "truncated") {
        ctx.report("calc/truncated", completion.address, { ...common, column: column.label }, extra);
        continue;
      }
      const alternatives = otherPlans(t, row, planCol, totalPlanCol, grand, ctx);
      const fits = alternatives.find((a) => {
        const q = measureInterval("completion", figureInterval(actual.number!, ctx.mode), a.interval);
        return q && judgeStated(stated.value, stated.decimals, q, ctx.mode) !== "inconsistent";
      });
      if (fits) {
        const q = measureInterval("completion", figureInterval(actual.number, ctx.mode), fits.interval)!;
        ctx.report(
          "calc/completion-denominator",
          completion.address,
          { ...common, plan: fits.shown, alternative: pct(q.mid, shownDecimals), denominator: DENOMINATORS[fits.kind] },
          extra,
        );
        continue;
      }
      ctx.report("calc/completion", completion.address, { ...common, actual: figureArg(actual.number), plan: figureArg(plan.number) }, extra);
    }
  }
  return judged;
}

function rowFundName(row: TableRow, columnFund: FundOrTotal | undefined): Bilingual {
  if (columnFund) return fundName(columnFund);
  if (row.kind === "total") return bilingual("tổng", "total");
  if (row.fund) return fundName(row.fund.value);
  return bilingual(row.label || "dòng", row.label || "row");
}

interface OtherPlan {
  kind: keyof typeof DENOMINATORS;
  interval: Interval;
  shown: ReturnType<typeof figureArg>;
}

/** Plans a completion may have been divided by instead of its own. */
function otherPlans(
  t: TableCells,
  row: TableRow,
  planCol: ReadColumn,
  totalPlanCol: ReadColumn | undefined,
  grand: TableRow | undefined,
  ctx: SheetContext,
): OtherPlan[] {
  const out: OtherPlan[] = [];
  const add = (kind: OtherPlan["kind"], cell: ReadCell) => {
    if (cell.number) out.push({ kind, interval: figureInterval(cell.number, ctx.mode), shown: figureArg(cell.number) });
  };
  if (totalPlanCol) add("total", t.cell(row.row, totalPlanCol.col));
  else if (row.kind !== "total" && t.table.fundByRow) {
    if (grand && grand.row !== row.row) add("total", t.cell(grand.row, planCol.col));
    else {
      const parts = t.table.rows.filter((r) => (r.kind === "data" || r.kind === "subtotal") && r.section === undefined);
      const intervals = parts.map((p) => cellInterval(t.cell(p.row, planCol.col), ctx));
      if (parts.length > 1 && intervals.every((i) => i !== undefined)) {
        const sum = sumIntervals(intervals as Interval[]);
        out.push({ kind: "total", interval: sum, shown: num(sum.mid, maxDecimals(parts.map((p) => t.cell(p.row, planCol.col).number))) });
      }
    }
  }
  for (const child of t.table.rows) {
    if (child.kind === "ofWhich" && child.parent === row.row && /phan bo/.test(foldAscii(child.label))) add("allocated", t.cell(child.row, planCol.col));
  }
  return out;
}

function foldAscii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase();
}

/**
 * The identities of the column-number row ("4=5+6", "3=2/1"), on every row with figures. Those KC
 * already judges by the columns' roles (total cost = support + counterpart, a completion column) are left
 * to those rules.
 */
function checkColumnIdentities(t: TableCells, ctx: SheetContext, completions: Set<number>): void {
  const { cost, support, counterpart } = costColumns(t);
  for (const id of t.table.identities) {
    if (id.op === "+" && cost && support && counterpart && id.target === cost.col && sameSet(id.operands, [support.col, counterpart.col])) continue;
    if (id.op === "/" && completions.has(id.target)) continue;
    const target = t.column(id.target);
    const operands = id.operands.map((c) => t.column(c));
    if (!target || operands.some((c) => c === undefined)) continue;
    for (const row of t.table.rows) {
      if (!CHECKED_ROWS.has(row.kind)) continue;
      if (id.op === "/") checkRatioIdentity(t, ctx, id, target, operands as ReadColumn[], row);
      else checkSumIdentity(t, ctx, id, target, operands as ReadColumn[], row);
    }
  }
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function identityArgs(id: ColumnIdentity, target: ReadColumn, operands: ReadColumn[]) {
  const number = (c: ReadColumn) => c.number?.replace(/\s*=.*$/, "").replace(/[()]/g, "") ?? String(c.col + 1);
  const name = (c: ReadColumn) => bilingual(`${number(c)} (${c.label.vi})`, `${number(c)} (${c.label.vi})`);
  const ops = operands.map((c, i) => (i === 0 ? "" : id.op === "/" ? " / " : id.signs[i] < 0 ? " − " : " + ") + `{${i}}`).join("");
  const expression = (lang: "vi" | "en") => ops.replace(/\{(\d+)\}/g, (_m, i) => name(operands[Number(i)])[lang]);
  return { target: name(target), expression: bilingual(expression("vi"), expression("en")) };
}

function checkSumIdentity(t: TableCells, ctx: SheetContext, id: ColumnIdentity, target: ReadColumn, operands: ReadColumn[], row: TableRow): void {
  const total = t.cell(row.row, target.col);
  if (!total.number) return;
  const cells = operands.map((c) => t.cell(row.row, c.col));
  if (cells.every((c) => c.empty)) return;
  const unit = t.unit(target, row);
  const factors = operands.map((c, i) => id.signs[i] * unitFactor(t.unit(c, row), unit).toNumber());
  if (clearlySums(total.number, cells, ctx, factors)) return;
  const intervals = cells.map((c, i) => cellInterval(c, ctx)?.scale(factors[i]));
  if (intervals.some((i) => i === undefined)) return;
  const ti = figureInterval(total.number, ctx.mode);
  if (sumGap(ti, intervals as Interval[]).isZero()) return;
  const sum = sumIntervals(intervals as Interval[]);
  const decimals = maxDecimals([total.number, ...cells.map((c) => c.number)]);
  const money = target.role.kind === "amount";
  ctx.report(
    "calc/column-identity",
    total.address,
    {
      identity: id.text,
      ...identityArgs(id, target, operands),
      computed: num(sum.mid, decimals),
      unit: money ? bilingual(` ${unitArg(unit).vi}`, ` ${unitArg(unit).en}`) : bilingual("", ""),
      gap: num(ti.mid.minus(sum.mid).abs(), decimals),
    },
    { related: cells.map((c) => c.address), expected: asPair(sum), found: total.number.value.toNumber() },
  );
}

function checkRatioIdentity(t: TableCells, ctx: SheetContext, id: ColumnIdentity, target: ReadColumn, operands: ReadColumn[], row: TableRow): void {
  const stated = t.cell(row.row, target.col);
  const [a, b] = operands.map((c) => t.cell(row.row, c.col));
  if (!stated.number || !a.number || !b.number) return;
  const fraction = completionAsFraction(stated.number, t.scale(target));
  const q = measureInterval("completion", figureInterval(a.number, ctx.mode), figureInterval(b.number, ctx.mode));
  if (!q) return;
  const verdict = judgeStated(fraction.value, fraction.decimals, q, ctx.mode);
  if (verdict !== "inconsistent") return;
  ctx.report(
    "calc/column-identity",
    stated.address,
    {
      identity: id.text,
      ...identityArgs(id, target, operands),
      computed: pct(q.mid, Math.max(fraction.decimals, 2)),
      unit: bilingual("", ""),
      gap: pct(fraction.value.minus(q.mid).abs(), Math.max(fraction.decimals, 2)),
    },
    { related: [a.address, b.address], expected: asPair(q), found: fraction.value.toNumber() },
  );
}
