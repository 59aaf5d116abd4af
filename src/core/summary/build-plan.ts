import { bilingual, Lang } from "../message";
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
  /** Words naming the region in the report ("khu vực phía Nam"). */
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
  if (provinces.length === 0)
    notices.add(
      "noprovince",
      bilingual("Không có trang tỉnh nào: các bảng tổng hợp không có số liệu.", "No province sheet: the summary tabs hold no figures."),
    );

  const year =
    commonValue(
      provinces.map((p) => p.header.year),
      "year",
      notices,
    ) ?? new Date().getFullYear();
  const months =
    commonValue(
      provinces.map((p) => p.header.months),
      "period",
      notices,
    ) ?? 12;
  const periodText = months === 12 ? "Cả năm" : `${months} tháng`;
  const period = { months, text: periodText.normalize("NFC") };
  const heading = (key: TabLabel) => {
    const base = `${label(key, lang)} ${lang === "vi" ? "NĂM" : ""} ${year}`.replace(/\s+/g, " ");
    const part = months < 12 ? ` (${period.text})` : "";
    return `${base}${part}${options.region ? ` - ${options.region}` : ""}`;
  };

  const funding = nameOf("funding");
  const { draft: fundingDraft, totals } = buildFundingTab(funding.name, provinces, lang, heading("fundingTitle"), notices);
  const activitiesDraft = buildActivitiesTab(provinces, lang, heading("activitiesTitle"), notices);
  const findingsDraft = buildFindingsTab(report, lang, label("findingsTitle", lang));
  const { draft: reportDraft, paragraphs } = buildReportTab(funding.name, totals, { year, period, region: options.region }, lang, heading("reportTitle"));

  const drafts: Record<SummaryRole, SheetDraft> = { funding: fundingDraft, activities: activitiesDraft, findings: findingsDraft, report: reportDraft };
  const sheets: SheetPlan[] = naming.tabs.map((t) => drafts[t.role].toPlan(t.name, t.replaces));
  return { sheets, remove: naming.remove, notices: [...naming.notices, ...notices.list()], paragraphs };
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
