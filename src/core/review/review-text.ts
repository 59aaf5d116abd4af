import { Lang } from "../message";
import { findingSections } from "../validation/report-text";
import { Finding } from "../validation/finding";
import { ReviewReport } from "./review";

/**
 * The formula review for people: a summary line, the suspects of each sheet (top to bottom) with
 * severity, cell, rule and message (which names the formula the review proposes), then the notes apart
 * (right today, fragile). Vietnamese by default.
 */
export function formatReviewText(report: ReviewReport, lang: Lang = "vi", source?: string): string {
  const { stats } = report;
  const title = lang === "vi" ? "Rà soát công thức" : "Formula review of";
  const read =
    lang === "vi"
      ? `${stats.formulas} công thức trên ${stats.sheets} sheet`
      : `${stats.formulas} formula${stats.formulas === 1 ? "" : "s"} on ${stats.sheets} sheet${stats.sheets === 1 ? "" : "s"}`;
  const counts =
    lang === "vi"
      ? `${stats.errors} lỗi, ${stats.warnings} cảnh báo; ${stats.notes} ghi chú`
      : `${stats.errors} error${stats.errors === 1 ? "" : "s"}, ${stats.warnings} warning${stats.warnings === 1 ? "" : "s"}; ${stats.notes} note${stats.notes === 1 ? "" : "s"}`;
  const lines = [`${title}${source ? ` ${source}` : ""}: ${read}; ${counts}.`];
  // Each sheet's heading counts its notes too, listed further down.
  const bySheet = Object.fromEntries(
    Object.entries(stats.bySheet).map(([sheet, counts]) => [sheet, { ...counts, infos: report.notes.filter((f) => f.sheet === sheet).length }]),
  );
  lines.push(...findingSections({ findings: report.findings, stats: { ...stats, bySheet } }, lang));
  if (stats.formulas === 0) lines.push(lang === "vi" ? "Bảng tính không có công thức nào để rà soát." : "The workbook holds no formula to review.");
  else if (report.findings.length === 0) lines.push(lang === "vi" ? "Không thấy công thức nào đáng ngờ." : "No suspicious formula found.");
  if (report.notes.length > 0) {
    lines.push(
      "",
      lang === "vi"
        ? "Ghi chú (đúng hôm nay nhưng dễ sai khi số liệu được sửa; không tính là phát hiện):"
        : "Notes (right today, but fragile when figures are corrected; not counted as findings):",
    );
    lines.push(...noteSections(report.notes, lang));
  }
  return lines.join("\n") + "\n";
}

/** The notes grouped by sheet, each line cell, rule id and message. */
function noteSections(notes: Finding[], lang: Lang): string[] {
  const lines: string[] = [];
  const bySheet = new Map<string, Finding[]>();
  for (const f of notes) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, list] of bySheet) {
    lines.push("", `== ${sheet} ==`);
    const width = Math.max(4, ...list.map((f) => f.cell.length));
    for (const f of list) lines.push(`  ${(f.cell || "-").padEnd(width)}  ${f.rule}: ${f.message[lang]}`);
  }
  return lines;
}
