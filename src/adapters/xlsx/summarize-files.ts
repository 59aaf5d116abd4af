import { Bilingual, bilingual } from "../../core/message";
import { buildSummaryPlan, SummaryOptions } from "../../core/summary/build-plan";
import { SummaryPlan } from "../../core/summary/plan-types";
import { FileCopies, planReportCopies, ReportFile } from "../../core/summary/report-copies";
import { validateWorkbook, ValidateOptions } from "../../core/validation/engine";
import { ValidationReport } from "../../core/validation/finding";
import { buildReport } from "../../core/validation/stats";
import { readWorkbookSnapshot } from "./package/read-workbook";
import { UnreadableWorkbookError } from "./package/refusal";
import { importedSheets, importSheet } from "./package-writer/sheet-import";
import { writeSummaryPlan } from "./package-writer/summary-writer";
import { WorkbookPackage } from "./package-writer/workbook-package";
import { sha256Hex } from "./sha256";

/** A file given to summarize: its name as the user knows it (a path on the command line) and its bytes. */
export interface InputWorkbook {
  file: string;
  bytes: Uint8Array;
}

export interface SummarizeFilesOptions extends SummaryOptions {
  /** The name of the workbook written (for messages). */
  outputName: string;
  /** A summary workbook of an earlier run to bring up to date: its copies are replaced by newer files. */
  into?: InputWorkbook;
  validate?: ValidateOptions;
  /** Called before each file is read, with its number and the count. */
  onFile?: (index: number, count: number, file: string) => void;
}

export interface SummarizeFilesResult {
  /** Each file given, in order: copied, replaced, unchanged, duplicate or unusable, with its reason. */
  files: FileCopies[];
  plan: SummaryPlan;
  /** The validation of the summary workbook's sheets (the copies), with the duplicates across files. */
  report: ValidationReport;
  /** What the copies do not carry (drawings, comments…), per copy. */
  notices: Bilingual[];
  output: Uint8Array;
}

/** Is this workbook one KC wrote as a summary (its generated tabs or its copies)? */
function isSummaryWorkbook(pkg: WorkbookPackage): boolean {
  return importedSheets(pkg).length > 0 || pkg.workbook.sheets.some((s) => pkg.generatedRoleOf(s) !== undefined);
}

/**
 * One summary workbook from many files (`kc summarize a.xlsx b.xlsx bao-cao/ -o khu-vuc.xlsx`, the web page
 * given several files): every province report of every file is copied into a new workbook (or into `into`,
 * a summary of an earlier run, replacing a province's copy with a newer file's) with KC's package writer,
 * then that workbook is validated and its summary tabs written over the copies. A file that cannot be read
 * or holds no report is set aside with its reason and the others are used. Runs in Node, browsers and
 * workers (no file I/O here).
 */
export async function summarizeFiles(inputs: readonly InputWorkbook[], options: SummarizeFilesOptions): Promise<SummarizeFilesResult> {
  const read: ReportFile[] = [];
  const unreadable = new Map<string, FileCopies>();
  for (const [i, input] of inputs.entries()) {
    options.onFile?.(i + 1, inputs.length, input.file);
    try {
      const snapshot = await readWorkbookSnapshot(input.bytes, input.file);
      read.push({ file: input.file, sha256: await sha256Hex(input.bytes), snapshot });
    } catch (err) {
      if (!(err instanceof UnreadableWorkbookError)) throw err;
      unreadable.set(input.file, { file: input.file, status: "unusable", copies: [], reason: err.text, notices: [] });
    }
  }

  const target = options.into ? await WorkbookPackage.open(options.into.bytes, options.into.file) : await WorkbookPackage.create(options.outputName);
  if (options.into && !isSummaryWorkbook(target))
    throw new UnreadableWorkbookError(
      "unsupported",
      bilingual(
        `${options.into.file}: không phải sổ tổng hợp KC đã ghi (không có bảng TH_ nào, không có sheet nào KC chép): KC không ghi vào tệp này.`,
        `${options.into.file}: not a summary workbook KC wrote (no TH_ tab, no sheet KC copied): KC does not write into it.`,
      ),
    );
  const before = options.into ? await readWorkbookSnapshot(options.into.bytes, options.into.file) : { sheets: [] };
  const copies = planReportCopies(read, before, importedSheets(target));

  if (!options.into && copies.files.every((f) => f.copies.length === 0)) {
    const reasons = inputs.map((i) => unreadable.get(i.file)?.reason ?? copies.files.find((f) => f.file === i.file)?.reason).filter((r) => r !== undefined);
    throw new UnreadableWorkbookError(
      "unsupported",
      bilingual(
        ["không có báo cáo tỉnh nào để tổng hợp.", ...reasons.map((r) => `  ${r.vi}`)].join("\n"),
        ["no province report to summarize.", ...reasons.map((r) => `  ${r.en}`)].join("\n"),
      ),
    );
  }
  const bytesOf = new Map(inputs.map((i) => [i.file, i.bytes]));
  const notices: Bilingual[] = [];
  for (const file of copies.files) {
    notices.push(...file.notices);
    for (const step of file.copies) {
      const result = await importSheet(target, { bytes: bytesOf.get(step.file)!, file: step.file }, step.source, { name: step.name, replaces: step.replaces });
      notices.push(...result.notices);
    }
  }
  const files = inputs.map((i) => unreadable.get(i.file) ?? copies.files.find((f) => f.file === i.file)!);

  const copied = await target.save();
  const snapshot = await readWorkbookSnapshot(copied, options.outputName);
  const validated = validateWorkbook(snapshot, options.validate);
  const report = copies.findings.length === 0 ? validated : buildReport([...validated.findings, ...copies.findings], validated.sheets, validated.meta);
  const plan = buildSummaryPlan(snapshot, report, options);
  const pkg = await WorkbookPackage.open(copied, options.outputName, snapshot);
  await writeSummaryPlan(pkg, plan);
  return { files, plan, report, notices, output: await pkg.save() };
}
