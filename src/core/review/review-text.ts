import { Lang } from "../message";
import { Finding } from "../validation/finding";
import { severityCounts, SEVERITY_NAMES } from "../validation/report-text";
import { ReviewReport } from "./review";

/**
 * The formula review for people: a summary line, then the findings of each sheet (top to bottom) with
 * severity, cell, rule and message, and under each the formula the review proposes. Vietnamese by default.
 */
export function formatReviewText(report: ReviewReport, lang: Lang = "vi", source?: string): string {
  const { stats } = report;
  const names = SEVERITY_NAMES[lang];
  const width = Math.max(...Object.values(names).map((n) => n.length));
  const title = lang === "vi" ? "Rà soát công thức" : "Formula review of";
  const read =
    lang === "vi"
      ? `${stats.formulas} công thức trên ${stats.sheets} sheet`
      : `${stats.formulas} formula${stats.formulas === 1 ? "" : "s"} on ${stats.sheets} sheet${stats.sheets === 1 ? "" : "s"}`;
  const lines = [`${title}${source ? ` ${source}` : ""}: ${read}; ${severityCounts(stats, lang)}.`];
  const bySheet = new Map<string, Finding[]>();
  for (const f of report.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  const proposedLabel = lang === "vi" ? "đề xuất" : "proposed";
  for (const [sheet, findings] of bySheet) {
    lines.push("", `== ${sheet} (${severityCounts(stats.bySheet[sheet] ?? { errors: 0, warnings: 0, infos: 0 }, lang)}) ==`);
    const cellWidth = Math.max(4, ...findings.map((f) => f.cell.length));
    for (const f of findings) {
      lines.push(`  ${names[f.severity].padEnd(width)}  ${(f.cell || "-").padEnd(cellWidth)}  ${f.rule}: ${f.message[lang]}`);
      if (typeof f.expected === "string" && f.expected.startsWith("="))
        lines.push(`  ${"".padEnd(width)}  ${"".padEnd(cellWidth)}  → ${proposedLabel}: ${f.expected}`);
    }
  }
  if (stats.formulas === 0) lines.push(lang === "vi" ? "Bảng tính không có công thức nào để rà soát." : "The workbook holds no formula to review.");
  else if (report.findings.length === 0) lines.push(lang === "vi" ? "Không thấy công thức nào đáng ngờ." : "No suspicious formula found.");
  return lines.join("\n") + "\n";
}
