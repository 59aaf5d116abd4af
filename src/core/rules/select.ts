import { Decimal } from "../numbers/decimal-config";
import { MoneyUnit, unitFactor } from "../numbers/units";
import { foldLabel } from "../text/fold";
import { resolveProvince } from "../provinces/resolve";
import { Ceiling, RuleLibrary, RulePack } from "./schema";

/** Funding sources of the standard; "KCQG điểm" (national pilot) is national money. */
export type Fund = "KCQG" | "KCQG_DIEM" | "KCDP";

export interface CeilingQuery {
  activity: string;
  fund: Fund;
  province?: string;
  year: number;
}

export interface SelectedCeiling {
  ceiling: Ceiling;
  pack: RulePack;
  /** True when a KCĐP project is bounded by the national ceiling because its province has no rule. */
  nationalFallback: boolean;
}

/**
 * One key per province however its name is written ("TP. Cần Thơ" and "Cần Thơ", "TP.HCM" and "Thành phố Hồ Chí
 * Minh", "Thừa Thiên Huế" and "Huế"): the folded name of the unit it resolves to; an unknown name keeps its own
 * folded text without prefix.
 */
export function provinceKey(name: string): string {
  const unit = resolveProvince(name, { version: "63", approximate: true });
  return foldLabel(unit.kind === "unit" ? unit.unit.name : name)
    .replace(/^(tinh|thanh pho|tp)\s+/, "")
    .trim();
}

function inForceDuring(pack: RulePack, year: number): boolean {
  const from = pack.effectiveFrom ? Number(pack.effectiveFrom.slice(0, 4)) : -Infinity;
  const to = pack.effectiveTo ? Number(pack.effectiveTo.slice(0, 4)) : Infinity;
  return from <= year && year <= to;
}

/**
 * The ceiling that binds a project, or undefined when none is known. Among packs in force at some
 * time in the report year, the most lenient ceiling wins: a project approved before a change in the
 * year must not be flagged. Unverified (U) ceilings are skipped: they are never enforced.
 */
export function selectCeiling(library: RuleLibrary, query: CeilingQuery): SelectedCeiling | undefined {
  const candidates = (packs: RulePack[]) =>
    packs
      .filter((p) => inForceDuring(p, query.year))
      .flatMap((pack) => pack.ceilings.filter((c) => c.activity === query.activity && c.status !== "U").map((ceiling) => ({ pack, ceiling })));

  if (query.fund === "KCDP" && query.province) {
    const key = provinceKey(query.province);
    const local = candidates(library.packs.filter((p) => p.fund === "KCDP" && p.province && provinceKey(p.province) === key));
    if (local.length > 0) return { ...mostLenient(local), nationalFallback: false };
  }
  const national = candidates(library.packs.filter((p) => p.fund === "KCQG"));
  if (national.length === 0) return undefined;
  return { ...mostLenient(national), nationalFallback: query.fund === "KCDP" };
}

/** The unverified ceiling of an activity, if docs/program-rules.md knows one: for messages, never enforced. */
export function unverifiedCeiling(library: RuleLibrary, activity: string, year: number): { ceiling: Ceiling; pack: RulePack } | undefined {
  for (const pack of library.packs) {
    if (pack.fund !== "KCQG" || !inForceDuring(pack, year)) continue;
    const ceiling = pack.ceilings.find((c) => c.activity === activity && c.status === "U");
    if (ceiling) return { ceiling, pack };
  }
  return undefined;
}

function mostLenient(list: { pack: RulePack; ceiling: Ceiling }[]) {
  const score = (c: Ceiling) => [c.maxPercent ?? 100, c.maxAmount === undefined ? Infinity : c.maxAmount * unitFactor(c.amountUnit, "dong").toNumber()];
  return list.reduce((best, next) => {
    const [bp, ba] = score(best.ceiling);
    const [np, na] = score(next.ceiling);
    return np >= bp && na >= ba && (np > bp || na > ba) ? next : best;
  });
}

/**
 * The largest support a ceiling allows: min(percentage × cost, cap × units), in `unit`.
 * Both parts bind; a part the ceiling lacks does not.
 */
export function maxSupport(ceiling: Ceiling, totalCost: Decimal, units: number, unit: MoneyUnit): Decimal {
  const byPercent = ceiling.maxPercent !== undefined ? totalCost.times(ceiling.maxPercent).div(100) : undefined;
  const byAmount = ceiling.maxAmount !== undefined ? new Decimal(ceiling.maxAmount).times(units).times(unitFactor(ceiling.amountUnit, unit)) : undefined;
  if (byPercent && byAmount) return Decimal.min(byPercent, byAmount);
  return (byPercent ?? byAmount) as Decimal;
}
