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
 * The report for people: a summary line; the sheets read only in part and those that are no report, each
 * with why (KC never keeps quiet about what it did not read); what produced the report (rule library,
 * rounding, checks left out); then findings grouped by sheet in workbook order, each with severity, cell,
 * rule id and message (Vietnamese by default).
 */
export function formatReportText(report: ValidationReport, lang: Lang = "vi", source?: string): string {
  const vi = lang === "vi";
  const { stats } = report;
  const lines: string[] = [];
  const title = vi ? "Kiểm tra" : "Checked";
  const sheets = vi
    ? `${stats.provinceSheets} sheet đọc được / ${stats.sheets} sheet`
    : `${stats.provinceSheets} sheet${stats.provinceSheets === 1 ? "" : "s"} read of ${stats.sheets}`;
  lines.push(`${title}${source ? ` ${source}` : ""}: ${sheets}; ${severityCounts(stats, lang)}.`);
  const partial = report.sheets.filter((s) => s.status === "partial");
  const unread = report.sheets.filter((s) => s.status === "not-report");
  if (partial.length > 0) {
    lines.push(vi ? "Sheet chỉ đọc được một phần:" : "Sheets read in part:");
    for (const s of partial) lines.push(`  - ${s.name}: ${s.reason?.[lang] ?? ""}`);
  }
  if (unread.length > 0) {
    lines.push(vi ? "Sheet không phải báo cáo (không kiểm tra):" : "Sheets that are no report (not checked):");
    for (const s of unread) lines.push(`  - ${s.name}: ${s.reason?.[lang] ?? ""}`);
  }
  for (const skipped of report.meta.skipped) lines.push(`${vi ? "Chưa kiểm tra" : "Not checked"}: ${skipped[lang]}`);
  lines.push(
    vi
      ? `Bộ quy định ${report.meta.ruleLibrary}; số liệu coi là ${report.meta.rounding === "round" ? "làm tròn" : "cắt bớt"}.`
      : `Rule library ${report.meta.ruleLibrary}; figures taken as ${report.meta.rounding === "round" ? "rounded" : "truncated"}.`,
  );
  lines.push(...findingSections(report, lang));
  if (report.findings.length === 0) lines.push("", vi ? "Không có lỗi nào." : "No findings.");
  return lines.join("\n") + "\n";
}

/** The findings grouped by sheet in report order, each line severity, cell, rule id, message and basis; findings about the whole workbook first. */
export function findingSections(report: Pick<ValidationReport, "findings" | "stats">, lang: Lang): string[] {
  const { stats } = report;
  const names = SEVERITY_NAMES[lang];
  const width = Math.max(...Object.values(names).map((n) => n.length));
  const lines: string[] = [];
  const bySheet = new Map<string, Finding[]>();
  for (const f of report.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, findings] of bySheet) {
    const name = sheet === "" ? (lang === "vi" ? "(cả sổ)" : "(workbook)") : sheet;
    lines.push("", `== ${name} (${severityCounts(stats.bySheet[sheet] ?? { errors: 0, warnings: 0, infos: 0 }, lang)}) ==`);
    const cellWidth = Math.max(4, ...findings.map((f) => f.cell.length));
    for (const f of findings) {
      const basis = f.basis ? ` [${lang === "vi" ? "Căn cứ" : "Basis"}: ${f.basis}]` : "";
      lines.push(`  ${names[f.severity].padEnd(width)}  ${(f.cell || "-").padEnd(cellWidth)}  ${f.rule}: ${f.message[lang]}${basis}`);
    }
  }
  return lines;
}
