import { PackedSheet } from "../../../core/workbook/packed-sheet";
import { WorkbookSnapshot } from "../../../core/workbook/snapshot";
import { PackageLimits } from "./limits";
import { openPackage, readSheet } from "./package";

/** A workbook as KC's reader reads it: every worksheet packed. */
export interface PackedWorkbook extends WorkbookSnapshot {
  sheets: PackedSheet[];
}

export interface ReadWorkbookOptions {
  limits?: PackageLimits;
  /** Called after each worksheet read, with how many of how many. */
  onSheet?: (done: number, total: number) => void;
}

/**
 * Reads a whole .xlsx/.xlsm held in memory into a snapshot (browser, Web Worker or Node): every
 * worksheet's values, formulas, cached results, number formats and merges, as every command reads
 * them. Throws UnreadableWorkbookError, naming `file`, for what cannot be read.
 */
export async function readWorkbookSnapshot(data: ArrayBuffer | Uint8Array, file = "workbook", options: ReadWorkbookOptions = {}): Promise<PackedWorkbook> {
  const pkg = openPackage(data instanceof Uint8Array ? data : new Uint8Array(data), file, options.limits);
  const sheets = pkg.worksheets.map((sheet, i) => {
    const read = new PackedSheet(readSheet(pkg, sheet));
    options.onSheet?.(i + 1, pkg.worksheets.length);
    return read;
  });
  return { sheets, date1904: pkg.workbook.date1904 };
}
