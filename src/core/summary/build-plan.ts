import { bilingual, Lang } from "../message";
import { Finding } from "../validation/finding";
import { buildReport } from "../validation/stats";
import { compareWithYearBefore, splitByYear } from "./comparison";
import { regionCode, regionName, scopeToRegion } from "./region-scope";
import { ReadSheetOptions } from "../reading/read-sheet";
import { ReportView, workbookReports } from "../reading/view";
import { isRulesSheet } from "../validation/rules-sheet";
import { ValidationReport } from "../validation/finding";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { buildActivitiesTab } from "./activities-tab";
import { buildFindingsTab } from "./findings-tab";
import { buildFundingTab } from "./funding-tab";
import { ExistingSheet, SheetPlan, SummaryPlan, SummaryRole } from "./plan-types";
import { Notices } from "./province-terms";
import { buildReportTab } from "./report-tab";
import { SheetDraft } from "./sheet-draft";
import { existingSheets, generatedRole, planTabNames } from "./tab-names";
import { label, TabLabel } from "./tab-labels";

export interface SummaryOptions {
  lang: Lang;
  /** The sheets of the workbook with their generated role; read from the snapshot when absent. */
  existingSheets?: ExistingSheet[];
  /**
   * The region: "north", "central" or "south" picks that khuyến công region's provinces (the grouping of the
   * report date's boundaries) and names it in the report; other words only name the region in the report
   * ("khu vực phía Nam"), as before regions were data.
   */
  region?: string;
  /** How sheets are read: the file name, the province finder. */
  read?: ReadSheetOptions;
}

/**
 * The summary tabs of a workbook (docs/standard.md §5) as a plan both adapters execute:
 * TH_KinhPhi, TH_NoiDung, TH_KiemTra, TH_BaoCao, named so that no user sheet is overwritten and
 * previously generated tabs are replaced in place. Province sheets are only read.
 */
export function buildSummaryPlan(snapshot: WorkbookSnapshot, report: ValidationReport, options: SummaryOptions): SummaryPlan {
  const { lang } = options;
  const notices = new Notices();
  const naming = planTabNames(options.existingSheets ?? existingSheets(snapshot));
  const nameOf = (role: SummaryRole) => naming.tabs.find((t) => t.role === role)!;

  const reports: ReportView[] = workbookReports(snapshot, options.read, (s) => generatedRole(s) !== undefined || isRulesSheet(s));
  // A regional table lists provinces: it is no province's report, and is not added as one.
  const provinces = reports.filter((p) => !p.reading.tables.every((t) => t.kind === "regional"));
  for (const p of reports) {
    if (provinces.includes(p)) continue;
    notices.add(
      `regional:${p.sheet}`,
      bilingual(
        `Trang "${p.sheet}" là bảng tổng hợp theo tỉnh: không cộng vào các bảng tổng hợp như một tỉnh.`,
        `Sheet "${p.sheet}" is a table by province: it is not added to the summary as one province.`,
      ),
    );
  }
  for (const p of provinces) {
    if (!p.funding)
      notices.add(
        `nofunding:${p.sheet}`,
        bilingual(
          `Trang "${p.sheet}" không có bảng kinh phí: dòng của tỉnh này trong TH_KinhPhi để trống.`,
          `Sheet "${p.sheet}" has no funding table: its row of TH_KinhPhi is blank.`,
        ),
      );
  }
  const split = splitByYear(provinces);
  const region = options.region ? regionCode(options.region) : undefined;
  const scoped = region ? scopeToRegion(split, region, latestYear(split.rows), commonMonths(split.rows)) : { ...split, findings: [] };
  const rows = scoped.rows;
  if (rows.length === 0)
    notices.add(
      "noprovince",
      bilingual("Không có trang tỉnh nào: các bảng tổng hợp không có số liệu.", "No province sheet: the summary tabs hold no figures."),
    );

  const year =
    commonValue(
      rows.map((p) => p.header.year),
      "year",
      notices,
    ) ?? new Date().getFullYear();
  const months =
    commonValue(
      rows.map((p) => p.header.months),
      "period",
      notices,
    ) ?? 12;
  const comparison = compareWithYearBefore(scoped, notices);
  const findings = [...scoped.findings, ...comparison.findings];
  const regionWords = region ? regionName(region).vi : options.region;
  const periodText = months === 12 ? "Cả năm" : `${months} tháng`;
  const period = { months, text: periodText.normalize("NFC") };
  const heading = (key: TabLabel) => {
    const base = `${label(key, lang)} ${lang === "vi" ? "NĂM" : ""} ${year}`.replace(/\s+/g, " ");
    const part = months < 12 ? ` (${period.text})` : "";
    const where = region ? regionName(region)[lang] : options.region;
    return `${base}${part}${where ? ` - ${where}` : ""}`;
  };

  const funding = nameOf("funding");
  const { draft: fundingDraft, totals } = buildFundingTab({ name: funding.name, provinces: rows, lang, heading: heading("fundingTitle"), notices, comparison });
  const activitiesDraft = buildActivitiesTab(rows, lang, heading("activitiesTitle"), notices);
  const findingsDraft = buildFindingsTab(withSummaryFindings(report, findings), lang, label("findingsTitle", lang));
  const rebased = comparison.rebased && comparison.year !== undefined ? { comparisonYear: comparison.year } : undefined;
  const { draft: reportDraft, paragraphs } = buildReportTab(funding.name, totals, { year, period, region: regionWords, rebased }, lang, heading("reportTitle"));

  const drafts: Record<SummaryRole, SheetDraft> = { funding: fundingDraft, activities: activitiesDraft, findings: findingsDraft, report: reportDraft };
  const sheets: SheetPlan[] = naming.tabs.map((t) => drafts[t.role].toPlan(t.name, t.replaces));
  return { sheets, remove: naming.remove, notices: [...naming.notices, ...notices.list()], paragraphs, findings };
}

/** The latest year the reports state (the report year), else this year. */
function latestYear(reports: readonly ReportView[]): number {
  const years = reports.map((r) => r.header.year).filter((y): y is number => y !== undefined);
  return years.length > 0 ? Math.max(...years) : new Date().getFullYear();
}

/** The period most reports state, in months (12 when none does). */
function commonMonths(reports: readonly ReportView[]): number {
  return (
    commonValue(
      reports.map((r) => r.header.months),
      "period",
      new Notices(),
    ) ?? 12
  );
}

/** The validation report with the summary's own findings after its own, for TH_KiemTra. */
function withSummaryFindings(report: ValidationReport, findings: readonly Finding[]): ValidationReport {
  return findings.length === 0 ? report : buildReport([...report.findings, ...findings], report.sheets, report.meta);
}

/** The value most sheets state; a notice when they disagree. */
function commonValue<T extends string | number>(values: (T | undefined)[], what: "year" | "period", notices: Notices): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length > 1) {
    const vi = what === "year" ? "năm báo cáo" : "kỳ báo cáo";
    notices.add(
      `mixed:${what}`,
      bilingual(
        `Các trang tỉnh ghi ${vi} khác nhau (${sorted.map(([v]) => String(v)).join(", ")}): bảng tổng hợp dùng ${String(sorted[0][0])}.`,
        `Province sheets state different ${what === "year" ? "years" : "periods (months)"} (${sorted.map(([v]) => String(v)).join(", ")}): the summary uses ${String(sorted[0][0])}.`,
      ),
    );
  }
  return sorted[0]?.[0];
}
