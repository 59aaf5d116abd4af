import { Lang } from "../message";
import { findingSections, severityCounts } from "../validation/report-text";
import { ReviewReport } from "./review";

/**
 * The formula review for people: a summary line, then the findings of each sheet (top to bottom) with
 * severity, cell, rule and message (which names the formula the review proposes). Vietnamese by default.
 */
export function formatReviewText(report: ReviewReport, lang: Lang = "vi", source?: string): string {
  const { stats } = report;
  const title = lang === "vi" ? "Rà soát công thức" : "Formula review of";
  const read =
    lang === "vi"
      ? `${stats.formulas} công thức trên ${stats.sheets} sheet`
      : `${stats.formulas} formula${stats.formulas === 1 ? "" : "s"} on ${stats.sheets} sheet${stats.sheets === 1 ? "" : "s"}`;
  const lines = [`${title}${source ? ` ${source}` : ""}: ${read}; ${severityCounts(stats, lang)}.`];
  lines.push(...findingSections(report, lang));
  if (stats.formulas === 0) lines.push(lang === "vi" ? "Bảng tính không có công thức nào để rà soát." : "The workbook holds no formula to review.");
  else if (report.findings.length === 0) lines.push(lang === "vi" ? "Không thấy công thức nào đáng ngờ." : "No suspicious formula found.");
  return lines.join("\n") + "\n";
}
