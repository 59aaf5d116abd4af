import { SheetReading } from "../core/reading/types";
import { FileOutcome } from "../core/validation/files-report";
import { ReportIdentity } from "../core/validation/province-checks";
import { ExpandedInputs, isSetAside } from "./inputs";
import { inputErrorText, isInputError, validateFile, ValidateFileOptions } from "./io";
import { bilingual } from "../core/message";

export interface ValidateInputsOptions extends Omit<ValidateFileOptions, "onReports" | "onReading"> {
  /** Hears each sheet's reading with the file it is in (`kc validate --explain`). */
  onReading?: (reading: SheetReading, file: string) => void;
  /** Called before each file is read, with its number, the count of files and its path. */
  onFile?: (index: number, count: number, path: string) => void;
}

/**
 * Validates every file of the inputs, one after the other; a file that cannot be read (not a workbook,
 * password-protected, corrupt, no worksheet) is set aside with its reason and the others are still read.
 */
export async function validateInputs(inputs: ExpandedInputs, options: ValidateInputsOptions): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const count = inputs.entries.filter((e) => !isSetAside(e)).length;
  let index = 0;
  for (const entry of inputs.entries) {
    if (isSetAside(entry)) {
      outcomes.push({ file: entry.path, status: entry.status, reason: entry.reason });
      continue;
    }
    options.onFile?.(++index, count, entry.path);
    let reports: readonly ReportIdentity[] = [];
    try {
      const onReading = options.onReading;
      const report = await validateFile(entry.path, {
        ...options,
        onReading: onReading && ((reading) => onReading(reading, entry.path)),
        onReports: (r) => (reports = r),
      });
      outcomes.push({ file: entry.path, status: "ok", report, reports });
    } catch (err) {
      // One bad file must not stop a folder of reports: any failure to read it sets it aside, with its reason.
      const reason = isInputError(err)
        ? bilingual(inputErrorText(err, "vi"), inputErrorText(err, "en"))
        : bilingual(`${entry.path}: không đọc được (${String(err)}).`, `${entry.path}: cannot be read (${String(err)}).`);
      outcomes.push({ file: entry.path, status: "unusable", reason });
    }
  }
  return outcomes;
}
