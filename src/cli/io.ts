import { existsSync, readFileSync } from "fs";
import { Lang } from "../core/message";
import { RoundingMode } from "../core/numbers/consistency";
import { builtInRuleLibrary, loadRuleLibrary } from "../core/rules/library";
import { RuleLibrary } from "../core/rules/schema";
import { WorkbookValidator } from "../core/validation/engine";
import { extendRuleLibrary } from "../core/validation/extend-library";
import { ValidationReport } from "../core/validation/finding";
import { SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { streamWorkbookSheetsInWorker } from "../adapters/xlsx/read-workbook-worker";
import { UnreadableWorkbookError } from "../adapters/xlsx/read-errors";
import { NotGeneratedError } from "../adapters/xlsx/package-writer/write-errors";

/** Input the CLI cannot use: printed as one line on stderr, exit code 2, nothing written. */
export class InputError extends Error {}

export function isInputError(err: unknown): err is Error {
  return err instanceof InputError || err instanceof UnreadableWorkbookError || err instanceof NotGeneratedError;
}

/** The message of an unusable-input error in the user's language. */
export function inputErrorText(err: Error, lang: Lang): string {
  return err instanceof UnreadableWorkbookError || err instanceof NotGeneratedError ? err.text[lang] : err.message;
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
  /** Called after each sheet with its number and name (the CLI shows it on a terminal). */
  onSheet?: (index: number, name: string) => void;
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
  const validator = new WorkbookValidator({ rules: options.rules, rounding: options.rounding });
  const sheets: SheetSnapshot[] = [];
  let index = 0;
  for await (const sheet of streamWorkbookSheetsInWorker(path, (names) => validator.expectSheets(names))) {
    validator.addSheet(sheet);
    if (keep) sheets.push(sheet);
    index++;
    options.onSheet?.(index, sheet.name);
  }
  if (index === 0) throw new InputError(`${path}: tệp không có sheet nào, không phải bảng tính .xlsx / no worksheets, not an .xlsx workbook`);
  return { report: validator.finish(), snapshot: { sheets } };
}
