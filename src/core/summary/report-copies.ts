import { monthEnd } from "../dates/iso-day";
import { Bilingual, bilingual } from "../message";
import { officialName } from "../provinces";
import { isCorrectionsSheet } from "../reading/corrections";
import { readSheet } from "../reading/read-sheet";
import { reportOf, ReportView } from "../reading/view";
import { labelKey } from "../standard/labels";
import { RULES_SHEET_NAME } from "../standard/layout";
import { makeFinding } from "../validation/context";
import { Finding } from "../validation/finding";
import { periodLabel } from "../validation/province-checks";
import { freeSheetName } from "../workbook/sheet-names";
import { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { SourceRecord } from "../workbook/source-record";
import { isGeneratedSheet } from "./tab-names";

/**
 * `kc summarize a.xlsx b.xlsx bao-cao/ -o khu-vuc.xlsx` (and the web page given several files): which sheets
 * of which files go into the summary workbook, under which names. Every province report of every file is
 * copied (the adapter's importSheet: values, formulas, formats, merges, widths, with its source recorded),
 * named for its province ("Vĩnh Long"; "Bến Tre 2024" for the year before the report year), so the summary
 * tabs' formulas point at the copies and a reviewer can trace every figure. A file that holds no report is
 * unusable with the reason; a second report of a province and period already taken from another file is a
 * finding, not a second row; a newer file for a province whose copy the workbook already holds replaces
 * that copy in place (a file already copied, same SHA-256, is left as it is).
 */

/** A file read: its name as the user gave it, its SHA-256 and its sheets. */
export interface ReportFile {
  file: string;
  sha256: string;
  snapshot: WorkbookSnapshot;
}

/** A copy the summary workbook already holds (from an earlier run), with its `_KC_Source` record. */
export interface ExistingCopy {
  sheet: string;
  record: SourceRecord;
}

/** One sheet to copy: from which file and sheet, under which name, in place of which earlier copy. */
export interface CopyStep {
  file: string;
  source: string;
  name: string;
  replaces?: string;
}

export type FileStatus = "copied" | "replaced" | "unchanged" | "duplicate" | "unusable";

export interface FileCopies {
  file: string;
  status: FileStatus;
  copies: CopyStep[];
  /** Why nothing of the file is used (unusable, duplicate). */
  reason?: Bilingual;
  notices: Bilingual[];
}

export interface CopiesPlan {
  files: FileCopies[];
  /** province/duplicate-report findings on the copies kept. */
  findings: Finding[];
}

/**
 * Why a sheet is not a province report KC reads, or undefined when it is one, in whatever layout (KC's
 * standard or the layouts provinces send, src/core/reading). `fileName` may name the province or the year.
 */
export function notAReport(sheet: SheetSnapshot, fileName?: string): Bilingual | undefined {
  if (isGeneratedSheet(sheet)) return bilingual("bảng tổng hợp do KC tạo, không phải báo cáo tỉnh.", "a summary tab KC wrote, not a province report.");
  if (labelKey(sheet.name) === labelKey(RULES_SHEET_NAME))
    return bilingual("bảng quy tắc của KC, không phải báo cáo tỉnh.", "KC's rules sheet, not a province report.");
  if (isCorrectionsSheet(sheet))
    return bilingual(
      "cách đọc do cán bộ sửa (KC_CachDoc), không phải báo cáo tỉnh.",
      "the officer's corrections of readings (KC_CachDoc), not a province report.",
    );
  const reading = readSheet(sheet, { fileName });
  if (reading.status !== "not-report") return undefined;
  const why = (lang: "vi" | "en") => reading.reasons.map((r) => r[lang]).join("; ");
  return bilingual(`không phải báo cáo tỉnh KC đọc được: ${why("vi")}.`, `not a province report KC reads: ${why("en")}.`);
}

/** A report with what makes it one province's report for one period ("63:83|2024|12"); no key when it names no unit. */
interface KeyedReport {
  view: ReportView;
  key?: string;
}

const baseName = (path: string) => path.replace(/^.*[\\/]/, "");

function keyOf(view: ReportView): string | undefined {
  const unit = view.reading.facts.province?.unit;
  return unit && view.header.year !== undefined ? `${unit.id}|${view.header.year}|${view.header.months ?? 12}` : undefined;
}

/** The province reports of a file, KC's own sheets and tables by province left out. */
function reportsOf(file: ReportFile): { reports: KeyedReport[]; left: string[] } {
  const reports: KeyedReport[] = [];
  const left: string[] = [];
  for (const sheet of file.snapshot.sheets) {
    const why = notAReport(sheet, baseName(file.file));
    const view = why ? undefined : reportOf(sheet, { fileName: baseName(file.file) });
    // A table listing provinces (a regional annex) is no province's report.
    if (!view || view.reading.tables.every((t) => t.kind === "regional")) {
      left.push(`"${sheet.name}" (${why?.vi ?? "bảng theo tỉnh, không phải báo cáo của một tỉnh"})`);
      continue;
    }
    reports.push({ view, key: keyOf(view) });
  }
  return { reports, left };
}

function unusableReason(file: string, left: readonly string[]): Bilingual {
  return bilingual(
    `${file}: không sheet nào là báo cáo tỉnh KC đọc được: ${left.join("; ")}.`,
    `${file}: no sheet is a province report KC reads (${left.length} sheet(s); kc validate --explain says why).`,
  );
}

/**
 * Plans the copies of the files' reports into a summary workbook holding `workbook` (its sheets) and
 * `existing` (the copies an earlier run made): names, replacements, duplicates, unusable files.
 */
export function planReportCopies(files: readonly ReportFile[], workbook: WorkbookSnapshot, existing: readonly ExistingCopy[]): CopiesPlan {
  const read = files.map((f) => ({ file: f, ...reportsOf(f) }));
  const existingByKey = new Map<string, { copy: ExistingCopy; view: ReportView }[]>();
  for (const copy of existing) {
    const sheet = workbook.sheets.find((s) => s.name === copy.sheet);
    const view = sheet && reportOf(sheet, { fileName: copy.record.file });
    const key = view && keyOf(view);
    if (key) existingByKey.set(key, [...(existingByKey.get(key) ?? []), { copy, view }]);
  }
  const years = [...read.flatMap((r) => r.reports.map((x) => x.view.header.year)), ...[...existingByKey.values()].flat().map((e) => e.view.header.year)];
  const reportYear = Math.max(...years.filter((y): y is number => y !== undefined), 0);

  const taken = workbook.sheets.map((s) => s.name);
  const firstOf = new Map<string, { file: string; view: ReportView; name: string }>();
  const findings: Finding[] = [];
  const out: FileCopies[] = [];
  for (const { file, reports, left } of read) {
    const name = file.file;
    if (reports.length === 0) {
      out.push({ file: name, status: "unusable", copies: [], reason: unusableReason(name, left), notices: [] });
      continue;
    }
    const copies: CopyStep[] = [];
    const notices: Bilingual[] = [];
    let unchanged = 0;
    let duplicates = 0;
    const byKey = groupByKey(reports);
    for (const [groupKey, group] of byKey) {
      const key = groupKey.startsWith("?") ? undefined : groupKey;
      const first = key ? firstOf.get(key) : undefined;
      if (first) {
        duplicates += group.length;
        findings.push(duplicateFinding(first, group[0].view, name));
        continue;
      }
      const olds = key ? (existingByKey.get(key) ?? []) : [];
      if (olds.some((o) => o.copy.record.sha256 === file.sha256)) {
        unchanged += group.length;
        const kept = olds.find((o) => o.copy.record.sha256 === file.sha256)!;
        if (key) firstOf.set(key, { file: name, view: kept.view, name: kept.copy.sheet });
        continue;
      }
      group.forEach((report, i) => {
        const old = olds[i];
        const wanted = copyName(report.view, group.length > 1, reportYear);
        const copyAs = old ? old.copy.sheet : freeSheetName(wanted, taken);
        if (!old) taken.push(copyAs);
        copies.push({ file: name, source: report.view.sheet, name: copyAs, replaces: old?.copy.sheet });
        if (old)
          notices.push(
            bilingual(
              `Sheet '${copyAs}' (chép từ ${old.copy.record.file}) được thay bằng sheet '${report.view.sheet}' của ${baseName(name)}.`,
              `Sheet '${copyAs}' (copied from ${old.copy.record.file}) is replaced by sheet '${report.view.sheet}' of ${baseName(name)}.`,
            ),
          );
        if (key && i === 0) firstOf.set(key, { file: name, view: report.view, name: copyAs });
      });
    }
    const status: FileStatus =
      copies.length === 0 ? (duplicates > 0 && unchanged === 0 ? "duplicate" : "unchanged") : copies.some((c) => c.replaces) ? "replaced" : "copied";
    const reason =
      status === "duplicate"
        ? bilingual(
            `${name}: các báo cáo trong tệp trùng tỉnh và kỳ với báo cáo đã lấy từ tệp khác: không cộng lần thứ hai.`,
            `${name}: its reports are for the same provinces and periods as reports taken from another file: not counted twice.`,
          )
        : undefined;
    out.push({ file: name, status, copies, reason, notices });
  }
  return { files: out, findings };
}

/** The reports of a file by province and period, in the file's order; a report naming no unit alone under a key of its own ("?1"). */
function groupByKey(reports: readonly KeyedReport[]): Map<string, KeyedReport[]> {
  const groups = new Map<string, KeyedReport[]>();
  reports.forEach((r, i) => {
    const key = r.key ?? `?${i}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  });
  return groups;
}

/** "Vĩnh Long"; "Bến Tre 2024" for a year other than the report year; "Vĩnh Long - BC KC DP" for one of a report's several sheets. */
function copyName(view: ReportView, several: boolean, reportYear: number): string {
  const province = view.header.province ?? view.sheet;
  const year = view.header.year !== undefined && view.header.year !== reportYear ? ` ${view.header.year}` : "";
  return several ? `${province}${year} - ${view.sheet}` : `${province}${year}`;
}

function duplicateFinding(first: { file: string; view: ReportView; name: string }, later: ReportView, file: string): Finding {
  const unit = later.reading.facts.province!.unit!;
  const year = later.header.year!;
  return makeFinding(first.name, "province/duplicate-report", first.view.header.provinceCell, {
    province: officialName(unit, monthEnd(year, later.header.months ?? 12)).fullName,
    period: periodLabel(year, later.header.months),
    other: bilingual(`tệp ${baseName(file)}, sheet "${later.sheet}" (không được cộng)`, `file ${baseName(file)}, sheet "${later.sheet}" (not counted)`),
  });
}
