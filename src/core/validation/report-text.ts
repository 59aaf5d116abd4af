import { Lang } from "../message";
import { Finding, Severity, ValidationReport } from "./finding";

export const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  vi: { error: "LỖI", warning: "CẢNH BÁO", info: "GHI CHÚ" },
  en: { error: "ERROR", warning: "WARNING", info: "INFO" },
};

export function severityCounts(c: { errors: number; warnings: number; infos: number }, lang: Lang): string {
  return lang === "vi"
    ? `${c.errors} lỗi, ${c.warnings} cảnh báo, ${c.infos} ghi chú`
    : `${c.errors} error${c.errors === 1 ? "" : "s"}, ${c.warnings} warning${c.warnings === 1 ? "" : "s"}, ${c.infos} info`;
}

/**
 * The report for people: a summary line, then findings grouped by sheet in workbook order, each with
 * severity, cell, rule id and message (Vietnamese by default).
 */
export function formatReportText(report: ValidationReport, lang: Lang = "vi", source?: string): string {
  const { stats } = report;
  const title = lang === "vi" ? "Kiểm tra" : "Checked";
  const sheets =
    lang === "vi"
      ? `${stats.provinceSheets} sheet tỉnh / ${stats.sheets} sheet`
      : `${stats.provinceSheets} province sheet${stats.provinceSheets === 1 ? "" : "s"} of ${stats.sheets}`;
  const lines = [`${title}${source ? ` ${source}` : ""}: ${sheets}; ${severityCounts(stats, lang)}.`, ...findingSections(report, lang)];
  if (report.findings.length === 0) lines.push(lang === "vi" ? "Không có lỗi nào." : "No findings.");
  return lines.join("\n") + "\n";
}

/** The findings grouped by sheet in report order, each line severity, cell, rule id, message and basis. */
export function findingSections(report: ValidationReport, lang: Lang): string[] {
  const { stats } = report;
  const names = SEVERITY_NAMES[lang];
  const width = Math.max(...Object.values(names).map((n) => n.length));
  const lines: string[] = [];
  const bySheet = new Map<string, Finding[]>();
  for (const f of report.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, findings] of bySheet) {
    lines.push("", `== ${sheet} (${severityCounts(stats.bySheet[sheet] ?? { errors: 0, warnings: 0, infos: 0 }, lang)}) ==`);
    const cellWidth = Math.max(4, ...findings.map((f) => f.cell.length));
    for (const f of findings) {
      const basis = f.basis ? ` [${lang === "vi" ? "Căn cứ" : "Basis"}: ${f.basis}]` : "";
      lines.push(`  ${names[f.severity].padEnd(width)}  ${(f.cell || "-").padEnd(cellWidth)}  ${f.rule}: ${f.message[lang]}${basis}`);
    }
  }
  return lines;
}
