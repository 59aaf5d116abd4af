import { monthEnd } from "../dates/iso-day";
import { bilingual, Bilingual, Lang } from "../message";
import { Decimal } from "../numbers/decimal-config";
import { officialName, ProvinceUnit, predecessorsOf, successorOf } from "../provinces";
import { BoundaryVersion } from "../provinces/data";
import { ReportView } from "../reading/view";
import { makeFinding } from "../validation/context";
import { Finding } from "../validation/finding";
import { periodLabel } from "../validation/province-checks";
import { Figure, Notices } from "./province-terms";
import { provinceTotal } from "./province-total";

/**
 * Reports of two years in one summary (`kc summarize` given 2025's reports and 2024's): the latest year's
 * reports are TH_KinhPhi's rows; the year before's are comparison reports, whose actual becomes the row's
 * "same period last year" and whose plan its "previous plan". When the two years' boundaries differ (2025's
 * 34 units against 2024's 63), each old province's figures go to its successor: Vĩnh Long 2025 is compared
 * with Bến Tre + Trà Vinh + Vĩnh Long 2024, as one formula a reviewer can read.
 */
export interface YearSplit {
  /** The report year's reports (and reports of other years, with a notice): one row each. */
  rows: ReportView[];
  /** The year before's reports, summed into the rows they belong to. */
  comparison: ReportView[];
}

/** The latest year any report states, and its reports apart from the year before's. */
export function splitByYear(reports: readonly ReportView[]): YearSplit {
  const years = reports.map((r) => r.header.year).filter((y): y is number => y !== undefined);
  if (years.length === 0) return { rows: [...reports], comparison: [] };
  const latest = Math.max(...years);
  const comparison = reports.filter((r) => r.header.year === latest - 1);
  // Only when the report year itself is there: a workbook of one year is all rows.
  if (comparison.length === reports.length) return { rows: [...reports], comparison: [] };
  return { rows: reports.filter((r) => !comparison.includes(r)), comparison };
}

/** The comparison figures of one row, each one formula over the comparison reports' cells. */
export interface RowComparison {
  sameLastYear?: Figure;
  previousPlan?: Figure;
  /** The comparison reports summed into this row, in the order of their units' codes. */
  sources: ReportView[];
  /** What the row's comparison figures add, for its note ("Năm 2024: Bến Tre + Trà Vinh + Vĩnh Long"). */
  note?: Bilingual;
}

export interface Comparison {
  byRow: Map<ReportView, RowComparison>;
  findings: Finding[];
  /** Whether the report year's boundaries differ from the comparison year's (2025's 34 against 2024's 63). */
  rebased: boolean;
  /** The comparison year, when there is one. */
  year?: number;
}

const unitOf = (r: ReportView): ProvinceUnit | undefined => r.reading.facts.province?.unit;

/** The unit of the report year's boundaries a comparison report's province belongs to. */
function rowUnitOf(unit: ProvinceUnit, version: BoundaryVersion): ProvinceUnit {
  return unit.version === version || version === "63" ? unit : successorOf(unit);
}

function joinNames(units: readonly ProvinceUnit[], day: string | undefined): string {
  return units.map((u) => officialName(u, day).name).join(", ");
}

/**
 * Matches the comparison reports to the rows on the report year's boundaries and builds each row's
 * comparison figures. A row some of whose predecessors sent no comparison report gets no figure (a partial
 * sum would mislead) and a `summary/predecessor-missing` finding; a comparison report no row takes is named
 * in a notice.
 */
export function compareWithYearBefore(split: YearSplit, notices: Notices): Comparison {
  const byRow = new Map<ReportView, RowComparison>();
  const findings: Finding[] = [];
  const year = split.comparison[0]?.header.year;
  const rowVersion = split.rows.map(unitOf).find((u) => u !== undefined)?.version;
  const comparisonVersion = split.comparison.map(unitOf).find((u) => u !== undefined)?.version;
  const rebased = rowVersion !== undefined && comparisonVersion !== undefined && rowVersion !== comparisonVersion;
  if (split.comparison.length === 0 || rowVersion === undefined) return { byRow, findings, rebased: false, year };

  const taken = new Set<ReportView>();
  for (const row of split.rows) {
    const unit = unitOf(row);
    if (!unit) continue;
    const sources = split.comparison.filter((c) => {
      const u = unitOf(c);
      return u !== undefined && rowUnitOf(u, unit.version).id === unit.id;
    });
    const expected = rebased ? predecessorsOf(unit) : [unit];
    const missing = expected.filter((e) => !sources.some((s) => unitOf(s)!.id === e.id));
    sources.forEach((s) => taken.add(s));
    // No comparison report for the row: what the report states of its own year before stands.
    if (sources.length === 0 && (!rebased || statesComparison(row))) continue;
    const comparisonDay = monthEnd(year!, row.header.months ?? 12);
    if (missing.length > 0) {
      if (rebased)
        findings.push(
          makeFinding(row.sheet, "summary/predecessor-missing", row.header.provinceCell, {
            province: officialName(unit).fullName,
            predecessors: joinNames(expected, comparisonDay),
            missing: joinNames(missing, comparisonDay),
            period: periodLabel(year!, row.header.months),
          }),
        );
      byRow.set(row, { sources: [] });
      continue;
    }
    const ordered = [...sources].sort((a, b) => unitOf(a)!.code.localeCompare(unitOf(b)!.code));
    byRow.set(row, rowComparison(row, ordered, year!, rebased, notices));
  }
  for (const c of split.comparison) {
    if (taken.has(c)) continue;
    notices.add(
      `comparison:${c.sheet}`,
      bilingual(
        `Trang "${c.sheet}" (năm ${year}) không ứng với tỉnh nào có báo cáo năm ${year! + 1}: không dùng để so sánh.`,
        `Sheet "${c.sheet}" (${year}) matches no province reporting for ${year! + 1}: it is not used for the comparison.`,
      ),
    );
  }
  return { byRow, findings, rebased, year };
}

/** Whether a report states its own same period or previous plan (a single-report comparison may then stand). */
function statesComparison(row: ReportView): boolean {
  const f = row.funding?.figures;
  return !!f && (["KCQG", "KCDP", "total"] as const).some((fund) => (f[fund].sameLastYear?.length ?? 0) + (f[fund].previousPlan?.length ?? 0) > 0);
}

function sumFigures(figures: readonly Figure[]): Figure | undefined {
  const parts = figures.filter((f) => f.formula !== undefined);
  if (parts.length === 0) return undefined;
  return { formula: parts.map((f) => f.formula).join("+"), value: figures.reduce((acc, f) => acc.plus(f.value), new Decimal(0)) };
}

function rowComparison(row: ReportView, sources: readonly ReportView[], year: number, rebased: boolean, notices: Notices): RowComparison {
  const samePeriod = sources.filter((s) => (s.header.months ?? 12) === (row.header.months ?? 12));
  if (samePeriod.length < sources.length)
    notices.add(
      `comparison-period:${row.sheet}`,
      bilingual(
        `Báo cáo năm ${year} của ${row.header.province ?? row.sheet} không cùng kỳ với báo cáo năm ${year + 1}: chỉ lấy kế hoạch năm trước, không lấy số cùng kỳ.`,
        `The ${year} report of ${row.header.province ?? row.sheet} covers another period than the ${year + 1} one: only the previous plan is taken, not the same period.`,
      ),
    );
  const total = (s: ReportView, measure: "plan" | "actual") =>
    s.funding ? provinceTotal(s.sheet, s.funding.figures, measure, notices) : { value: new Decimal(0) };
  const sameLastYear = samePeriod.length === sources.length ? sumFigures(sources.map((s) => total(s, "actual"))) : undefined;
  const previousPlan = sumFigures(sources.map((s) => total(s, "plan")));
  const names = sources.map((s) => s.header.province ?? s.sheet).join(" + ");
  const boundary = (lang: Lang) => (rebased ? (lang === "vi" ? " (cộng theo địa giới mới)" : " (summed on the new boundaries)") : "");
  const note = bilingual(`Năm ${year}: ${names}${boundary("vi")}`, `${year}: ${names}${boundary("en")}`);
  return { sameLastYear, previousPlan, sources: [...sources], note };
}
