import ExcelJS from "exceljs";
import { PackedWorkbook } from "./package/read-workbook";
import { count, refuse } from "./package/refusal";

/**
 * Cells and merged cells ExcelJS is given at most: it holds about a kilobyte per cell (1,26 million
 * cells took 1,45 GB) and expands each merge cell by cell, so past these the summary is refused rather
 * than the memory ceiling broken. Until the package writer replaces ExcelJS on the writing side.
 */
export const EXCELJS_LIMITS = { cells: 1_500_000, mergedCells: 1_000_000 } as const;

/** Runs `work` with console output (ExcelJS's warnings) kept off the user's terminal. */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const saved = { warn: console.warn, log: console.log, error: console.error, info: console.info };
  const silent = () => undefined;
  Object.assign(console, { warn: silent, log: silent, error: silent, info: silent });
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}

/** Refuses to hand ExcelJS a workbook it would hold past the memory ceiling. */
export function checkExcelJsCapacity(snapshot: PackedWorkbook, file: string): void {
  let cells = 0;
  let merged = 0;
  for (const sheet of snapshot.sheets) {
    cells += sheet.cellCount;
    for (const m of sheet.merges ?? []) merged += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  }
  if (cells > EXCELJS_LIMITS.cells || merged > EXCELJS_LIMITS.mergedCells) {
    const [what, limit] = cells > EXCELJS_LIMITS.cells ? [cells, EXCELJS_LIMITS.cells] : [merged, EXCELJS_LIMITS.mergedCells];
    const noun = cells > EXCELJS_LIMITS.cells ? { vi: "ô", en: "cells" } : { vi: "ô gộp", en: "merged cells" };
    throw refuse(
      "unsupported",
      file,
      `KC đọc được tệp nhưng chưa ghi được bảng tổng hợp vào bảng tính có ${count(what, "vi")} ${noun.vi} (bộ ghi hiện tại giữ tối đa ${count(limit, "vi")}); không ghi gì.`,
      `KC read the file but cannot yet write the summary into a workbook of ${count(what, "en")} ${noun.en} (the current writer holds at most ${count(limit, "en")}); nothing was written.`,
    );
  }
}

/**
 * Loads an .xlsx that KC's reader accepted into ExcelJS, only to write a copy of it (the summary tabs,
 * a new province sheet). What ExcelJS cannot load is refused in words.
 */
export async function loadExcelWorkbook(data: ArrayBuffer | Uint8Array, file = "workbook"): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; it accepts any ArrayBuffer view (JSZip underneath).
    await quietly(() => workbook.xlsx.load((data instanceof Uint8Array ? data : new Uint8Array(data)) as unknown as ExcelJS.Buffer));
  } catch {
    throw refuse(
      "unsupported",
      file,
      "KC đọc được tệp nhưng bộ ghi hiện tại (ExcelJS) không mở được nó để ghi bản sao; không ghi gì.",
      "KC read the file but its current writer (ExcelJS) cannot open it to write a copy; nothing was written.",
    );
  }
  return workbook;
}
