import { Decimal } from "../numbers/decimal-config";
import { storedFigureInterval, RoundingMode, shownFigure } from "../numbers/consistency";
import { Interval } from "../numbers/interval";
import { MoneyUnit, unitExponent, unitFactor } from "../numbers/units";
import { bilingual, Bilingual } from "../message";
import { Ceiling, CeilingBasis } from "../rules/schema";
import { CeilingQuery, Fund, maxSupport, SelectedCeiling } from "../rules/select";
import { ReadNumber } from "../standard/province-sheet";
import { ProjectRow } from "../reading/view";
import { fastFigureOf, screeningMargin, SheetContext, unitArg } from "./context";
import { num, pct } from "./message";

/** A figure kept small (its stored double and shown digits) so deferred checks do not hold whole sheets. */
export interface CompactFigure {
  value: number;
  decimals: number;
}

export function compact(n: ReadNumber): CompactFigure {
  return { value: n.double, decimals: n.decimals };
}

/** The figure as shown: the stored value rounded to its shown digits. */
function shownOf(f: CompactFigure): Decimal {
  return shownFigure(f.value, f.decimals);
}

export function compactInterval(f: CompactFigure, mode: RoundingMode): Interval {
  return storedFigureInterval(f.value, f.decimals, mode);
}

/** Doubles show the support well under both parts of the ceiling: skip the exact judgement. */
export function clearlyUnderCap(subject: CapSubject, ceiling: Ceiling, units: number, unit: MoneyUnit, mode: RoundingMode): boolean {
  if (mode !== "round") return false;
  const s = fastFigureOf(subject.support.value, subject.support.decimals);
  const t = fastFigureOf(subject.total.value, subject.total.decimals);
  if (!s || !t) return false;
  const margin = screeningMargin(s.v, t.v);
  const low = s.v - s.h;
  if (ceiling.maxPercent !== undefined && !(low < ((t.v + t.h) * ceiling.maxPercent) / 100 - margin)) return false;
  if (ceiling.maxAmount !== undefined && !(low < ceiling.maxAmount * units * 10 ** (unitExponent(ceiling.amountUnit) - unitExponent(unit)) - margin))
    return false;
  return true;
}

/** What a cap check needs of one project. */
export interface CapSubject {
  activity: string;
  fund: Fund;
  beneficiaries: number;
  support: CompactFigure;
  total: CompactFigure;
  supportCell: string;
  totalCell: string;
  /** The unit of the project's amounts. */
  unit: MoneyUnit;
  /** The activity was guessed from the project's name: the finding says so. */
  inferred: boolean;
  /** False when the row names no beneficiary: caps per establishment are not judged. */
  perUnitKnown: boolean;
}

export function capSubject(row: ProjectRow): CapSubject | undefined {
  if (!row.activity || row.unitDoubt) return undefined;
  const { support, total } = row.cells;
  if (!support?.number || !total?.number) return undefined;
  if (row.source !== "KCQG" && row.source !== "KCQG_DIEM" && row.source !== "KCDP") return undefined;
  return {
    activity: row.activity,
    fund: row.source,
    beneficiaries: row.beneficiaries,
    support: compact(support.number),
    total: compact(total.number),
    supportCell: support.address,
    totalCell: total.address,
    unit: row.unit,
    inferred: row.activityInferred,
    perUnitKnown: row.beneficiariesKnown,
  };
}

/** Bases whose cap multiplies by the beneficiaries: the standard has no count of models, so a project with several beneficiaries may hold one model each (the lenient reading). */
const PER_BENEFICIARY: readonly CeilingBasis[] = ["establishment", "enterprise", "model"];

const PER_NAMES: Record<CeilingBasis, Bilingual> = {
  project: bilingual("đề án", "project"),
  model: bilingual("mô hình", "models"),
  establishment: bilingual("cơ sở", "establishments"),
  cluster: bilingual("cụm công nghiệp", "clusters"),
  round: bilingual("vòng", "rounds"),
  enterprise: bilingual("doanh nghiệp", "enterprises"),
};

const FALLBACK_SCOPE = bilingual(
  " (KCĐP: tỉnh chưa có quy định riêng, áp mức quốc gia làm mức trần)",
  " (KCĐP: no provincial rule known, the national ceiling is used as an upper bound)",
);
const INFERRED_SCOPE = bilingual(" (nội dung suy từ tên đề án)", " (activity inferred from the project's name)");

function scopeOf({ nationalFallback, inferred }: { nationalFallback: boolean; inferred: boolean }): Bilingual {
  const parts = [nationalFallback ? FALLBACK_SCOPE : undefined, inferred ? INFERRED_SCOPE : undefined].filter((p): p is Bilingual => p !== undefined);
  return bilingual(parts.map((p) => p.vi).join(""), parts.map((p) => p.en).join(""));
}

export type CeilingSelector = (query: CeilingQuery) => SelectedCeiling | undefined;

/** support ≤ percentage × total cost and support ≤ cap × units, both judged with the figures' rounding. */
export function checkCap(subject: CapSubject, query: Omit<CeilingQuery, "activity" | "fund">, select: CeilingSelector, ctx: SheetContext): void {
  const selected = select({ province: query.province, year: query.year, activity: subject.activity, fund: subject.fund });
  if (!selected) return;
  const { ceiling, pack, nationalFallback } = selected;
  const perBeneficiary = PER_BENEFICIARY.includes(ceiling.per);
  const units = perBeneficiary ? subject.beneficiaries : 1;
  const unit = subject.unit;
  if (clearlyUnderCap(subject, ceiling, units, unit, ctx.mode)) return;
  const support = compactInterval(subject.support, ctx.mode);
  const total = compactInterval(subject.total, ctx.mode);
  const extra = {
    related: [subject.totalCell],
    basis: pack.basis,
    found: subject.support.value,
    // A ceiling judged on a national fallback, or on an activity guessed from the project's name, is a warning.
    severity: nationalFallback || subject.inferred ? ("warning" as const) : undefined,
  };
  const common = {
    support: num(shownOf(subject.support), subject.support.decimals),
    activity: subject.activity,
    unit: unitArg(unit),
    scope: scopeOf({ nationalFallback, inferred: subject.inferred }),
  };
  if (ceiling.maxPercent !== undefined) {
    const max = total.hi.times(ceiling.maxPercent).div(100);
    if (support.lo.gt(max)) {
      const shownMax = shownOf(subject.total).times(ceiling.maxPercent).div(100);
      ctx.report(
        "cap/percent",
        subject.supportCell,
        {
          ...common,
          percent: pct(ceiling.maxPercent / 100, new Decimal(ceiling.maxPercent).decimalPlaces()),
          total: num(shownOf(subject.total), subject.total.decimals),
          max: num(shownMax, Math.min(shownMax.decimalPlaces(), Math.max(subject.total.decimals, 0) + 2)),
        },
        { ...extra, expected: [0, max.toNumber()] },
      );
    }
  }
  if (ceiling.maxAmount !== undefined && (subject.perUnitKnown || !perBeneficiary)) {
    const max = maxSupport({ ...ceiling, maxPercent: undefined }, total.hi, units, unit);
    if (support.lo.gt(max)) {
      const cap = new Decimal(ceiling.maxAmount).times(unitFactor(ceiling.amountUnit, unit));
      ctx.report(
        "cap/amount",
        subject.supportCell,
        { ...common, cap: num(cap, cap.decimalPlaces()), units: String(units), per: PER_NAMES[ceiling.per], max: num(max, max.decimalPlaces()) },
        { ...extra, expected: [0, max.toNumber()] },
      );
    }
  }
}
