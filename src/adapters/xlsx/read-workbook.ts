import ExcelJS from "exceljs";
import { Cell, GridSheet, WorkbookSnapshot } from "../../core/workbook/snapshot";
import { snapshotOfExcelCell } from "./read-cells";
import { checkWorkbookSignature, corruptWorkbook } from "./read-errors";

/**
 * Reads a whole .xlsx held in memory (Node or the browser: no file system) into a snapshot: every
 * worksheet's values, formulas' cached results and number formats. Throws UnreadableWorkbookError for
 * an encrypted, non-xlsx or corrupt file.
 */
export async function readWorkbookSnapshot(data: ArrayBuffer | Uint8Array, name = "workbook"): Promise<WorkbookSnapshot> {
  return snapshotOfWorkbook(await loadExcelWorkbook(data, name));
}

/** Loads an .xlsx held in memory with ExcelJS, refusing encrypted, non-xlsx and corrupt files by name. */
export async function loadExcelWorkbook(data: ArrayBuffer | Uint8Array, name = "workbook"): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkWorkbookSignature(bytes.subarray(0, 8), name);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; it accepts any ArrayBuffer view (JSZip underneath).
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw corruptWorkbook(name, err);
  }
  return workbook;
}

export function snapshotOfWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(sheetOfWorksheet) };
}

export function sheetOfWorksheet(ws: ExcelJS.Worksheet): GridSheet {
  const rows: (Cell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = snapshotOfExcelCell(cell);
    });
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return new GridSheet(ws.name, rows);
}
