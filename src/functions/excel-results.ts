import { asGrid, broadcast, Grid } from "../core/functions/broadcast";
import { CellInput } from "../core/functions/arguments";
import { Bilingual, bilingual, Lang } from "../core/message";
import { ErrorKind, Failure, failure, Result } from "../core/result";

/** What a custom function hands back to a cell: a value, or an Excel error with its reason. */
export type ExcelValue = number | string | boolean | CustomFunctions.Error;

function errorCode(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/** Vietnamese unless Office says the user works in another language. */
export function messageLanguage(): Lang {
  try {
    const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return !language || language.toLowerCase().startsWith("vi") ? "vi" : "en";
  } catch {
    return "vi";
  }
}

function messageText(message: Bilingual): string {
  return message[messageLanguage()];
}

/** Excel shows a custom message only with #VALUE! and #N/A; the other codes take none. */
export function excelError(f: Failure): CustomFunctions.Error {
  const code = errorCode(f.error);
  return f.error === "value" || f.error === "na" ? new CustomFunctions.Error(code, messageText(f.message)) : new CustomFunctions.Error(code);
}

export function toExcel<T extends number | string | boolean>(result: Result<T>): T | CustomFunctions.Error {
  return result.ok ? result.value : excelError(result);
}

/** Runs a computation so that a defect answers #VALUE! in the cell instead of a JavaScript exception. */
export function guarded<T>(compute: () => Result<T>): Result<T> {
  try {
    return compute();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure("value", bilingual(`Lỗi không mong đợi: ${detail}`, `Unexpected error: ${detail}`));
  }
}

/**
 * Applies a cell computation over range arguments of one shape (single values, rows and columns are
 * repeated), each result cell a value or its own error; ranges that do not fit answer one #VALUE!.
 */
export function overRanges<T extends number | string | boolean>(
  ranges: readonly (CellInput | CellInput[][])[],
  cell: (values: CellInput[]) => Result<T>,
): ExcelValue[][] {
  const grids: Grid<CellInput>[] = ranges.map((r) => asGrid<CellInput>(r));
  const out = broadcast(grids, (values) => toExcel(guarded(() => cell(values))));
  return out.ok ? out.value : [[excelError(out)]];
}
