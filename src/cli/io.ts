import { closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { SheetReading } from "../core/reading/types";
import { Bilingual, Lang } from "../core/message";
import { RoundingMode } from "../core/numbers/consistency";
import { builtInRuleLibrary, loadRuleLibrary } from "../core/rules/library";
import { RuleLibrary } from "../core/rules/schema";
import { WorkbookValidator } from "../core/validation/engine";
import { extendRuleLibrary } from "../core/validation/extend-library";
import { ValidationReport } from "../core/validation/finding";
import { ReportIdentity } from "../core/validation/province-checks";
import { ParseThread, streamWorkbookSheetsInWorker } from "../adapters/xlsx/read-workbook-worker";
import { UnreadableWorkbookError } from "../adapters/xlsx/package/refusal";
import { streamWorkbookSheets } from "../adapters/xlsx/read-file";
import { ReviewReport, WorkbookReviewer } from "../core/review/review";
import { reportHints } from "../core/review/reading-hints";
import { SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { NotGeneratedError } from "../adapters/xlsx/package-writer/write-errors";

/** Input the CLI cannot use: printed as one line on stderr, exit code 2, nothing written. */
export class InputError extends Error {
  readonly text?: Bilingual;
  /** A message in both languages, or one text holding both ("vi / en"). */
  constructor(message: string | Bilingual) {
    super(typeof message === "string" ? message : message.en);
    if (typeof message !== "string") this.text = message;
  }
}

export function isInputError(err: unknown): err is InputError | UnreadableWorkbookError | NotGeneratedError {
  return err instanceof InputError || err instanceof UnreadableWorkbookError || err instanceof NotGeneratedError;
}

/** The message of an unusable-input error in the user's language. */
export function inputErrorText(err: InputError | UnreadableWorkbookError | NotGeneratedError, lang: Lang): string {
  return err.text ? err.text[lang] : err.message;
}

export function parseChoice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${option}: "${value}" không hợp lệ / is not valid (${allowed.join(", ")})`);
}

/** Help of the --rounding option every command that judges figures takes. */
export const ROUNDING_HELP = "round | truncate: cách làm tròn số liệu báo cáo / how stated figures were rounded";

export function parseLang(value: string): Lang {
  return parseChoice(value, ["vi", "en"] as const, "--lang");
}

export function parseRounding(value: string): RoundingMode {
  return parseChoice<RoundingMode>(value, ["round", "truncate"], "--rounding");
}

/** The built-in library, extended by a rule pack file when given (see extendRuleLibrary). */
export function ruleLibraryFrom(path: string | undefined): RuleLibrary {
  const base = builtInRuleLibrary();
  if (!path) return base;
  if (!existsSync(path)) throw new InputError(`${path}: không tìm thấy gói quy định / no such rule pack`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new InputError(`${path}: không phải JSON hợp lệ / not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const loaded = loadRuleLibrary(data, path);
  if (!loaded.ok) throw new InputError(`${loaded.message.vi} / ${loaded.message.en}`);
  return extendRuleLibrary(base, loaded.value);
}

export interface ValidateFileOptions {
  rules: RuleLibrary;
  rounding: RoundingMode;
  /** Hears each sheet's reading (for --explain). */
  onReading?: (reading: SheetReading) => void;
  /** Called after each sheet with its number and name (the CLI shows it on a terminal). */
  onSheet?: (index: number, name: string) => void;
  /** Called at the end with the province and period each province sheet reports, for checks across files. */
  onReports?: (reports: readonly ReportIdentity[]) => void;
}

/**
 * Validates an .xlsx file by streaming it one sheet at a time (the CLI always streams in Node: memory
 * holds a few sheets plus small samples, whatever the workbook's size), parsed in a worker thread while
 * this thread checks the sheet before.
 */
export async function validateFile(path: string, options: ValidateFileOptions): Promise<ValidationReport> {
  return (await streamAndValidate(path, options, false)).report;
}

/**
 * The same reading and checks, keeping every sheet (packed, as the reader hands them over): what
 * `kc summarize` plans the summary tabs from.
 */
export async function readAndValidateFile(path: string, options: ValidateFileOptions): Promise<{ report: ValidationReport; snapshot: WorkbookSnapshot }> {
  return streamAndValidate(path, options, true);
}

async function streamAndValidate(path: string, options: ValidateFileOptions, keep: boolean): Promise<{ report: ValidationReport; snapshot: WorkbookSnapshot }> {
  const validator = new WorkbookValidator({ rules: options.rules, rounding: options.rounding, fileName: basename(path), onReading: options.onReading });
  const kept: SheetSnapshot[] = [];
  let index = 0;
  let parsedIn: ParseThread | undefined;
  const sheets = streamWorkbookSheetsInWorker(
    path,
    (names) => validator.expectSheets(names),
    (thread) => (parsedIn = thread),
  );
  for await (const sheet of sheets) {
    validator.addSheet(sheet);
    if (keep) kept.push(sheet);
    index++;
    options.onSheet?.(index, sheet.name);
  }
  const report = validator.finish();
  report.stats.parsedIn = parsedIn;
  options.onReports?.(validator.reportIdentities());
  return { report, snapshot: { sheets: kept } };
}

export interface OutputOptions {
  /** Overwrite an existing output (never an input). */
  force?: boolean;
  /** The files the command read: the output may be none of them, by any path or link. */
  inputs: readonly string[];
}

const refuseOutput = (output: string, vi: string, en: string) => new InputError({ vi: `${output}: ${vi}`, en: `${output}: ${en}` });

/** The file a path names, by device and inode (a hard link, a symbolic link, `..` all lead to it), if it exists. */
function fileIdentity(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** The absolute path of a file that may not exist yet, its folder resolved through links. */
function canonicalPath(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    try {
      return join(realpathSync(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/**
 * Refuses, before any work, an output KC must not write: one of the inputs (the same file by device
 * and inode, so hard links too, or by path through `..` and symbolic links), an existing file without
 * --force, a folder, a path whose folder does not exist.
 */
export function checkOutputFile(output: string, options: OutputOptions): void {
  const target = fileIdentity(output);
  const path = canonicalPath(output);
  for (const input of options.inputs) {
    if ((target !== undefined && target === fileIdentity(input)) || path === canonicalPath(input)) {
      throw refuseOutput(output, "là tệp đầu vào; KC không bao giờ ghi đè tệp đầu vào.", "is the input file; KC never writes over its input.");
    }
  }
  let stat;
  try {
    stat = statSync(output);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw refuseOutput(output, "là một thư mục, không phải tệp.", "is a folder, not a file.");
  if (stat && !options.force) throw refuseOutput(output, "tệp đã có, dùng --force để ghi đè.", "exists; use --force to overwrite it.");
  if (!existsSync(dirname(resolve(output)))) throw refuseOutput(output, "thư mục chứa tệp không tồn tại.", "its folder does not exist.");
}

/**
 * Writes `bytes` to `output`, the one way every writing command writes: the checks of checkOutputFile,
 * then a temporary file in the output's folder, flushed, then put in place at once (renamed over the
 * output with --force, linked to a name that must not exist without it), so a reader never sees a
 * half-written file and an interrupted run leaves none.
 */
export function writeOutputFile(output: string, bytes: Uint8Array, options: OutputOptions): void {
  checkOutputFile(output, options);
  const temporary = join(dirname(resolve(output)), `.${basename(output)}.kc-${process.pid}-${Date.now().toString(36)}.tmp`);
  const failed = (err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return refuseOutput(output, "tệp đã có, dùng --force để ghi đè.", "exists; use --force to overwrite it.");
    return refuseOutput(output, `không ghi được (${code ?? String(err)}).`, `cannot be written (${code ?? String(err)}).`);
  };
  try {
    const fd = openSync(temporary, "wx");
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.force) renameSync(temporary, output);
    else linkSync(temporary, output);
  } catch (err) {
    throw failed(err);
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}

/** Files from this size are parsed in a worker thread by `kc review`. */
const WORKER_FROM_BYTES = 2 * 1024 * 1024;

/**
 * Reviews the formulas of an .xlsx file, one sheet at a time like validateFile (any workbook, not only
 * province sheets); the sheets read as reports, whatever their layout, give the review their tables as hints. A parser
 * thread costs its start (about a second): it pays off only for a file large enough that parsing one
 * sheet overlaps the review of the one before.
 */
export async function reviewFile(path: string, onSheet?: (index: number, name: string) => void): Promise<ReviewReport> {
  const reviewer = new WorkbookReviewer(reportHints);
  let bytes = 0;
  try {
    bytes = statSync(path).size;
  } catch {
    // The reader refuses a missing or unreadable file in words.
  }
  const sheets = bytes >= WORKER_FROM_BYTES ? streamWorkbookSheetsInWorker(path) : streamWorkbookSheets(path);
  let index = 0;
  for await (const sheet of sheets) {
    reviewer.addSheet(sheet);
    index++;
    onSheet?.(index, sheet.name);
  }
  return reviewer.finish();
}
