import { Bilingual, bilingual, Lang } from "../message";
import { makeFinding } from "./context";
import { sortFindings } from "./engine";
import { Finding, SeverityCounts, SheetSummary, ValidationMeta, ValidationReport, ValidationStats } from "./finding";
import { duplicateArgs, duplicateReports, ReportIdentity } from "./province-checks";
import { formatReportText } from "./report-text";
import { buildReport } from "./stats";

/**
 * The validation of several input files at once (`kc validate a.xlsx b.xlsx bao-cao/`): each file read is
 * validated on its own, then reports are compared across files (two reports for one province and period).
 * A file that could not be used is listed with its reason and never counted as having no errors.
 */
export type FileStatus = "ok" | "unusable" | "skipped";

export interface FileEntry {
  file: string;
  /** ok: read and validated; unusable: meant as a report but could not be read; skipped: not a report (listed only). */
  status: FileStatus;
  reason?: Bilingual;
  /** The file's own statistics, when read. */
  stats?: ValidationStats;
  /** How each sheet of the file was read, and what produced its report, when read. */
  sheets?: SheetSummary[];
  meta?: ValidationMeta;
}

export interface FileFinding extends Finding {
  file: string;
}

export interface FilesStats extends SeverityCounts {
  files: number;
  readFiles: number;
  unusableFiles: number;
  skippedFiles: number;
  sheets: number;
  provinceSheets: number;
  findings: number;
  byRule: Record<string, number>;
}

export interface FilesReport {
  files: FileEntry[];
  findings: FileFinding[];
  stats: FilesStats;
}

/** What validating one input gave: a report and the reports its sheets are, or why there is none. */
export type FileOutcome =
  | { file: string; status: "ok"; report: ValidationReport; reports: readonly ReportIdentity[] }
  | { file: string; status: "unusable" | "skipped"; reason: Bilingual };

/** Adds findings to a file's report, keeping sheet-then-cell order and its statistics right. */
function withFindings(report: ValidationReport, added: Finding[]): ValidationReport {
  if (added.length === 0) return report;
  return buildReport(sortFindings([...report.findings, ...added], report.sheets), report.sheets, report.meta);
}

/** Why no sheet of a file was read as a report: each sheet with its reason (src/core/reading). */
function notAReport(file: string, report: ValidationReport): Bilingual {
  const why = (lang: Lang) => report.sheets.map((s) => `"${s.name}"${s.reason ? ` (${s.reason[lang]})` : ""}`).join("; ");
  return bilingual(
    `${file}: không sheet nào trong ${report.stats.sheets} sheet đọc được là báo cáo khuyến công: ${why("vi")}.`,
    `${file}: none of its ${report.stats.sheets} sheets could be read as a khuyến công report: ${why("en")}.`,
  );
}

/**
 * The combined report of several inputs, in the order given, with the duplicates found across files. A workbook
 * read without a single province sheet is not a report: it is unusable input, named with the reason.
 */
export function combineFileOutcomes(outcomes: readonly FileOutcome[]): FilesReport {
  const identities = outcomes.flatMap((o) => (o.status === "ok" ? o.reports.map((r) => ({ ...r, file: o.file })) : []));
  const acrossFiles = new Map<string, Finding[]>();
  for (const [later, first] of duplicateReports(identities)) {
    if (later.file === first.file) continue; // the file's own validation reported it
    const finding = makeFinding(later.sheet, "province/duplicate-report", later.cell, duplicateArgs(later, first));
    acrossFiles.set(later.file!, [...(acrossFiles.get(later.file!) ?? []), finding]);
  }
  const files: FileEntry[] = [];
  const findings: FileFinding[] = [];
  const stats: FilesStats = {
    files: outcomes.length,
    readFiles: 0,
    unusableFiles: 0,
    skippedFiles: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    sheets: 0,
    provinceSheets: 0,
    findings: 0,
    byRule: {},
  };
  for (const o of outcomes) {
    if (o.status !== "ok") {
      files.push({ file: o.file, status: o.status, reason: o.reason });
      if (o.status === "unusable") stats.unusableFiles++;
      else stats.skippedFiles++;
      continue;
    }
    if (o.report.stats.provinceSheets === 0) {
      files.push({ file: o.file, status: "unusable", reason: notAReport(o.file, o.report) });
      stats.unusableFiles++;
      continue;
    }
    const report = withFindings(o.report, acrossFiles.get(o.file) ?? []);
    files.push({ file: o.file, status: "ok", stats: report.stats, sheets: report.sheets, meta: report.meta });
    findings.push(...report.findings.map((f) => ({ ...f, file: o.file })));
    stats.readFiles++;
    for (const key of ["errors", "warnings", "infos", "sheets", "provinceSheets", "findings"] as const) stats[key] += report.stats[key];
    for (const [rule, n] of Object.entries(report.stats.byRule)) stats.byRule[rule] = (stats.byRule[rule] ?? 0) + n;
  }
  return { files, findings, stats };
}

/**
 * 2 when an input could not be used (the check is incomplete, whatever the others hold), else 1 when a file
 * read has an error, else 0. Skipped files (not reports) do not count.
 */
export function filesExitCode(report: FilesReport): 0 | 1 | 2 {
  if (report.stats.unusableFiles > 0 || report.stats.readFiles === 0) return 2;
  return report.stats.errors > 0 ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** A reason without the file name it starts with, under a heading that already names the file. */
function withoutPath(reason: string, file: string): string {
  return reason.startsWith(`${file}: `) ? reason.slice(file.length + 2) : reason;
}

/** The report for people: one summary line, then each file in the order given, its findings grouped by sheet. */
export function formatFilesReportText(report: FilesReport, lang: Lang = "vi"): string {
  const { stats } = report;
  const vi = lang === "vi";
  const parts = [vi ? `${stats.readFiles} đọc được` : `${stats.readFiles} read`];
  if (stats.unusableFiles > 0) parts.push(vi ? `${stats.unusableFiles} không dùng được` : `${stats.unusableFiles} unusable`);
  if (stats.skippedFiles > 0) parts.push(vi ? `${stats.skippedFiles} bỏ qua` : `${stats.skippedFiles} skipped`);
  const sheets = vi ? `${stats.provinceSheets} sheet đọc được / ${stats.sheets} sheet` : `${plural(stats.provinceSheets, "sheet")} read of ${stats.sheets}`;
  const counts = vi
    ? `${stats.errors} lỗi, ${stats.warnings} cảnh báo, ${stats.infos} ghi chú`
    : `${plural(stats.errors, "error")}, ${plural(stats.warnings, "warning")}, ${stats.infos} info`;
  const lines = [`${vi ? "Kiểm tra" : "Checked"} ${vi ? `${stats.files} tệp` : plural(stats.files, "file")} (${parts.join(", ")}): ${sheets}; ${counts}.`];
  for (const entry of report.files) {
    if (entry.status === "skipped") continue;
    lines.push("", `### ${entry.file}`);
    if (entry.status === "ok") {
      const findings = report.findings.filter((f) => f.file === entry.file).map(({ file: _file, ...f }) => f);
      lines.push(formatReportText({ findings, stats: entry.stats!, sheets: entry.sheets!, meta: entry.meta! }, lang).trimEnd());
    } else {
      lines.push(`${vi ? "KHÔNG DÙNG ĐƯỢC" : "UNUSABLE"}: ${withoutPath(entry.reason![lang], entry.file)}`);
    }
  }
  if (stats.readFiles === 0 && stats.unusableFiles === 0) {
    lines.push("", vi ? "Không có tệp .xlsx nào để kiểm tra." : "There was no .xlsx file to check.");
  }
  const skipped = report.files.filter((f) => f.status === "skipped");
  if (skipped.length > 0) {
    lines.push("", vi ? "Bỏ qua (không phải báo cáo):" : "Skipped (not reports):");
    for (const f of skipped) lines.push(`  ${f.reason![lang]}`);
  }
  if (stats.unusableFiles > 0) {
    lines.push(
      "",
      vi
        ? `${stats.unusableFiles} tệp không dùng được: kết quả trên chưa gồm các tệp này.`
        : `${plural(stats.unusableFiles, "file")} could not be used: the results above do not cover them.`,
    );
  }
  return lines.join("\n") + "\n";
}
